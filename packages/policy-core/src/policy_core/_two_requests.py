"""Two requests said in one message: where the second begins.

"Петя пусть купит батарейки, а Дима в среду отвезёт бабушке продукты", "стиральный порошок
в хозтовары, и Дима пусть вечером помоет пол", "мне — забрать вещи из химчистки в пятницу,
и в хозтовары лампочки", "молоко, яйца плюс не забыть — записать Петю …", "1) add paper
plates to Costco 2) Jack hoovers the living room": a joiner after a clause mark ("а", "и",
"and"; "плюс", "plus" need none) with a member, a list or a request's frame right after it,
or the next number of a numbered list, may start a request of its own. ``request_splits``
only says where, and nowhere in a text that reports ("я попросила Петю купить батарейки, а
Машу — полить фиалки, они сделали"); ``_read`` reads each side alone and keeps the split only
when one side is a purchase and the other a task (SPEC §4 row 4), or both are purchases ("Петя
пусть купит батарейки, а Маша — лампочки"), so one chore with two verbs ("помой и вытри
посуду"), a task with its reason ("вынеси мусор, а то воняет"), a story ("Петя купил
батарейки, а Дима отвёз продукты") and a list ("milk and eggs") stay one reading.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["Split", "listed_deed", "request_splits"]


class Split(NamedTuple):
    """Where a second request may begin: the first part ends at ``end`` and the second starts
    at ``start`` (character offsets); ``numbered``: at the next number of a numbered list."""

    end: int
    start: int
    numbered: bool


_MARKS = frozenset(",;.—–-:")  # a clause mark before "а", "и", "and"
_NUMBER_CLOSE: Final = ")"  # "1) … 2) …"
_FIRST_NUMBER: Final = "1"
_REACH: Final = 3  # the member, list or frame is among the first words after the joiner
_MOST: Final = 2  # splits tried at most (each is two readings of a part)


def request_splits(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> list[Split]:
    """Where a second request may begin (``Split``), in text order, at most two; none in
    most texts.

    >>> from policy_core.testing import decide_text, items_of, tasks_of
    >>> document = decide_text("молоко, яйца плюс напомнить Пете вынести мусор")
    >>> items_of(document), [task["title"] for task in tasks_of(document)]
    ([('молоко', None, None), ('яйца', None, None)], ['Вынести мусор'])
    """
    k = vocabulary.tasks
    joiners = k.request_joiners
    norms = words.norms
    numbered = _FIRST_NUMBER in norms and _NUMBER_CLOSE in norms
    if words.vocabulary.isdisjoint(joiners) and not numbered:
        return []  # nearly every command
    if _reported(words, vocabulary):
        return []  # "я попросила Петю купить …, а Машу — …, они сделали": told, not asked
    tokens = words.tokens
    splits: list[Split] = []
    for j in range(1, len(tokens) - 1):
        norm = norms[j]
        if numbered and _numbered_item(words, j):
            splits.append(Split(tokens[j].start, tokens[j + 1].end, numbered=True))
        elif (
            norm in joiners
            and (norm in k.bare_request_joiners or norms[j - 1] in _MARKS)
            and _opens_request(words, j + 1, household, vocabulary)
        ):
            end = tokens[j - 1].start if norms[j - 1] in _MARKS else tokens[j].start
            splits.append(Split(end, tokens[j].end, numbered=False))
        if len(splits) == _MOST:
            break
    return splits


def _reported(words: Words, vocabulary: Vocabulary) -> bool:
    """A report in the text: a reporting word (``TaskWords.request_reports``: "asked", "said")
    or a Russian past verb not after a conditional particle ("я попросила …, они сделали";
    "я бы попросила записать …" asks)."""
    if not words.vocabulary.isdisjoint(vocabulary.tasks.request_reports):
        return True
    conditionals = vocabulary.triggers.conditional_particles
    norms = words.norms
    return any(
        info is not None
        and info.is_russian
        and info.is_past
        and not any(norms[j] in conditionals for j in range(max(0, i - 2), i))
        for i, info in enumerate(words.infos)
    )


def _numbered_item(words: Words, j: int) -> bool:
    """ "… 2) Jack hoovers …": a number past the first before its closing bracket, with the
    first ("1)") said before it."""
    norms = words.norms
    if words.tokens[j].kind != "number" or norms[j] == _FIRST_NUMBER:
        return False
    if j + 2 >= len(norms) or norms[j + 1] != _NUMBER_CLOSE:
        return False
    return any(norms[i] == _FIRST_NUMBER and norms[i + 1] == _NUMBER_CLOSE for i in range(j - 1))


def _opens_request(
    words: Words, start: int, household: HouseholdIndex, vocabulary: Vocabulary
) -> bool:
    """Among the first words from ``start``: a member ("а Дима …", "and Tom needs …"), a list
    of the household ("и в хозтовары лампочки") or a request's frame ("плюс не забыть — …")."""
    cues = vocabulary.tasks.request_cues
    stop = min(start + _REACH, len(words.tokens))
    for i in range(start, stop):
        if words.norms[i] in cues or household.find_member(words, i) is not None:
            return True
    return bool(household.find_lists(words, start, stop))


def listed_deed(
    words: Words, start: int, household: HouseholdIndex, vocabulary: Vocabulary
) -> str | None:
    """ "1) add paper plates to Costco 2) Jack hoovers the living room Saturday": an item of a
    numbered list of things to do that opens with a member and an English chore verb in its
    present ("hoovers", "mows") is that member's chore: the item from ``start`` with the verb in
    its base form ("Jack hoover the living room Saturday"), to read again; None otherwise."""
    tokens = words.tokens
    member = next((i for i, token in enumerate(tokens) if token.start >= start), None)
    if member is None or member + 1 >= len(tokens):
        return None
    if household.find_member(words, member) is None:
        return None
    verb = member + 1
    info = words.infos[verb]
    if info is None or info.is_russian or info.norm == info.lemma:
        return None
    if info.lemma not in vocabulary.triggers.chore_verbs:
        return None
    text = words.text
    return text[start : tokens[verb].start] + info.lemma + text[tokens[verb].end :]
