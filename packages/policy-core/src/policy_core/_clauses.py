"""Splitting a command into its shopping part and its task part.

A *trigger* starts a clause: a buying verb ("купи", "buy", "add ... to the list", "нужно
молоко", "we're out of"), or a task opener (a reminder, "попроси Петю", an imperative or
infinitive chore verb, "нужно вынести", "we need to"). A clause runs to the next trigger of the
other kind; words before the first trigger belong to the first clause.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from policy_core import _lexicon as lx
from policy_core._household import HouseholdIndex
from policy_core._words import Words

__all__ = ["Clause", "split_clauses"]

ClauseKind = Literal["shop", "task"]

_JOINERS = frozenset(
    {",", ";", ":", "и", "а", "and", "then", "also", "plus", "потом", "затем", "&", ".", "but"}
)
_PEOPLE = frozenset(
    {
        "kids", "kid", "children", "child", "son", "daughter", "mom", "dad", "grandma",
        "grandpa", "him", "her", "them", "baby", "дети", "ребенок", "сын", "дочь", "мама",
        "папа", "бабушка", "дедушка",
    }
)  # fmt: skip


# Words that may stand between a clause start and its verb ("Kate завтра clean ...").
_TRANSPARENT = frozenset(
    {"please", "pls", "plz", "also", "just", "kindly", "завтра", "сегодня", "tomorrow",
     "today", "tonight", "pls,"}
)  # fmt: skip

# After these, a buying verb is the task itself ("напомни купить хлеб", "ask Tom to buy milk").
_TASK_OBJECT_OPENERS = lx.REMIND_VERBS | {"попросить", "поручить", "ask", "tell", "пусть"}


class Clause(NamedTuple):
    kind: ClauseKind
    start: int  # first token of the clause (including words before its trigger)
    trigger: int  # the trigger token
    end: int  # one past the last token


def _is_verbal(words: Words, index: int) -> bool:
    info = words.infos[index]
    return info is not None and (info.is_infinitive or info.is_imperative)


def _shop_trigger(words: Words, i: int, household: HouseholdIndex) -> bool:
    lemma, norm = words.lemmas[i], words.norms[i]
    nxt = words.next_words[i]
    if norm == "by" and i == 0 and nxt is not None:
        return True  # "by milk": the most common typo of "buy"
    if words.matches(i, lx.LIST_WORDS) and i + 1 < len(words) and words.norms[i + 1] == ":":
        return True  # "grocery list: milk, eggs"
    if lemma in lx.SHOP_VERBS or norm in lx.SHOP_VERBS:
        if norm in {"order"} and nxt is not None and words.norms[nxt] in {"pizza", "takeout"}:
            return True
        return norm != "взять" or nxt is None or household.find_member(words, nxt) is None
    if norm in {"get", "pick", "grab"} or lemma == "взять":
        if nxt is None:
            return norm != "pick"
        following = range(nxt, min(len(words), nxt + 4))
        if any(words.norms[j] in _PEOPLE or household.find_member(words, j) for j in following):
            return False
        return not (norm == "get" and words.norms[nxt] in {"to", "rid", "ready", "the"}
                    and words.norms[nxt] != "the")  # fmt: skip
    if lemma in lx.ADD_VERBS or norm in lx.ADD_VERBS:
        if nxt is not None and (words.matches(nxt, lx.TASK_NOUNS) or words.norms[nxt] == "a"):
            after = words.next_words[nxt]
            target = after if words.norms[nxt] == "a" and after is not None else nxt
            if words.matches(target, lx.TASK_NOUNS):
                return False
        return norm != "put" or any(words.matches(j, lx.LIST_WORDS) for j in range(i, len(words)))
    if lemma in lx.NEED_WORDS or norm in lx.NEED_WORDS:
        if nxt is None:
            return False
        if words.norms[nxt] in {"to", "чтобы"} or _is_verbal(words, nxt):
            return False
        info = words.infos[nxt]
        return (
            info is None
            or info.pos in (None, "NOUN", "ADJF", "NUMR")
            or (words.tokens[nxt].kind == "number")
        )
    if lemma in lx.OUT_OF_WORDS:
        return True
    return norm == "out" and nxt is not None and words.norms[nxt] == "of"


def _task_trigger(words: Words, i: int, household: HouseholdIndex) -> bool:
    lemma, norm = words.lemmas[i], words.norms[i]
    if lemma in lx.REMIND_VERBS or norm in lx.REMIND_VERBS:
        return True
    if words.matches(i, lx.TASK_NOUNS):
        return True
    nxt = words.next_words[i]
    if lemma in lx.NEED_WORDS or norm in lx.NEED_WORDS or norm in {"have", "has", "must"}:
        if nxt is None:
            return False
        if words.norms[nxt] == "to":
            verb = words.next_words[nxt]
            return verb is not None and not words.matches(verb, lx.SHOP_VERBS)
        return _is_verbal(words, nxt) and not words.matches(nxt, lx.SHOP_VERBS)
    if norm == "пусть":
        return True
    if lemma in {"попросить", "поручить", "ask", "tell"}:
        return True
    info = words.infos[i]
    if info is not None and info.is_russian:
        if not (info.is_infinitive or info.is_imperative):
            return False
        return not (lemma in lx.NON_TASK_VERBS or lemma in lx.SHOP_VERBS or lemma in lx.ADD_VERBS)
    if norm in lx.EN_CHORE_VERBS and _clause_initial(words, i, household):
        return True
    return _after_member_modal(words, i, household)


def _after_member_modal(words: Words, i: int, household: HouseholdIndex) -> bool:
    """ "lucy should practice piano", "lucy to set the table", "tom's job: clean ..."."""
    j = i - 1
    if j >= 0 and words.norms[j] in {"should", "must", "to", ":", "needs", "has", "can", "will"}:
        k = j - 1
        while k >= 0 and words.norms[k] in {"needs", "has", "job", "'s", "task"}:
            k -= 1
        return k >= 0 and household.find_member(words, k) is not None
    return False


def _explicit_task(words: Words, i: int) -> bool:
    """Task openers that are requests even inside a question ("can you remind Tom ...")."""
    return words.matches(i, lx.REMIND_VERBS)


def _clause_initial(words: Words, i: int, household: HouseholdIndex) -> bool:
    """English verbs open a task only at the start of a clause ("Tom, clean ...")."""
    j = i - 1
    while j >= 0 and words.norms[j] in _TRANSPARENT:
        j -= 1
    if j < 0 or words.norms[j] in _JOINERS:
        return True
    if words.norms[j] in {"to", "should", "must", "can", "could", "will", "ll", "'ll", "needs"}:
        return True
    if j >= 1 and words.norms[j - 1] in {"have", "let", "make", "get", "ask", "tell"}:
        return True  # "have Mike clean the garage": Mike may not be a member
    return household.find_member(words, j) is not None


_MODALS = frozenset({"should", "must", "to", ":", "needs", "has", "can", "will"})
# Every word either trigger test can accept (besides verbs, "by" and words after a modal):
# any other word is skipped without running the tests.
_CANDIDATES = (
    lx.REMIND_VERBS | lx.TASK_NOUNS | lx.NEED_WORDS | lx.SHOP_VERBS | lx.ADD_VERBS
    | lx.OUT_OF_WORDS | lx.LIST_WORDS | lx.EN_CHORE_VERBS | _TASK_OBJECT_OPENERS
    | frozenset({"have", "has", "must", "пусть", "попросить", "поручить", "ask", "tell", "get",
                 "pick", "grab", "взять", "out"})
)  # fmt: skip


def split_clauses(words: Words, household: HouseholdIndex) -> list[Clause]:
    """The shopping and task clauses of the command, in text order (possibly none)."""
    triggers: list[tuple[int, ClauseKind]] = []
    in_task_object = False
    first = words.first_word
    chatter = first is not None and (
        words.matches(first, lx.QUESTION_WORDS) or words.matches(first, lx.GREETINGS)
    )
    norms, lemmas = words.norms, words.lemmas
    for i, info in enumerate(words.infos):
        norm = norms[i]
        if norm in _JOINERS:
            in_task_object = False
        # Only a word that may pass a trigger test is tested (inline: this runs per token).
        if info is None or not (
            norm in _CANDIDATES
            or lemmas[i] in _CANDIDATES
            or info.is_infinitive
            or info.is_imperative
            or (i == 0 and norm == "by")
            or (i > 0 and norms[i - 1] in _MODALS)
        ):
            continue
        if chatter and not _explicit_task(words, i):
            pass
        elif _task_trigger(words, i, household) and not (
            words.lemmas[i] in lx.SHOP_VERBS or words.norms[i] in lx.SHOP_VERBS
        ):
            if not triggers or triggers[-1][1] != "task":
                triggers.append((i, "task"))
            # "напомни купить хлеб", "ask Tom to buy milk": the purchase is the task.
            in_task_object = (
                words.lemmas[i] in _TASK_OBJECT_OPENERS
                or words.norms[i] in _TASK_OBJECT_OPENERS
                or words.matches(i, lx.TASK_NOUNS)
            )
            continue
        if _shop_trigger(words, i, household):
            if in_task_object and triggers and triggers[-1][1] == "task":
                in_task_object = False
                continue
            if not triggers or triggers[-1][1] != "shop":
                triggers.append((i, "shop"))
    # A clause begins after the last joiner before its trigger, so "а Маше завтра помыть
    # посуду" and "and lucy needs to ..." keep their assignee and due phrase.
    starts = [0]
    for n in range(1, len(triggers)):
        low, index = triggers[n - 1][0], triggers[n][0]
        joiner = next(
            (j for j in range(index - 1, low, -1) if words.norms[j] in _JOINERS), index - 1
        )
        starts.append(joiner + 1)
    clauses: list[Clause] = []
    for n, (index, kind) in enumerate(triggers):
        end = starts[n + 1] if n + 1 < len(triggers) else len(words)
        clauses.append(Clause(kind, starts[n], index, end))
    return clauses
