"""Where a task's title ends and a comment said beside it begins.

People add a remark after the chore, set off by a mark: why it is asked ("…, к вечеру
подморозит"), what it is for later ("…, весной пахать"), the state of the place ("…, игрушки
по всему полу", "…, toys everywhere"), the occasion ("…, landlord inspection 😬"). None of it
is the chore, so the title ends at the mark. An occasion said with "before" right before the
due ("mop the floor before the party on saturday") only dates the chore: the due carries it.

What is kept: a second deed ("…, потом пропылесосить"), what the deed is done on ("…, the blue
one"), a place, a deed put on another member ("…, а Маша пусть протрёт стол", "…, Маша
протрёт стол"), a subordinate clause ("кран, который капает"), and an occasion said with
"before" and no due after it ("tidy the living room before movie night"), or as a clause
("before the in-laws arrive Thursday", which the golden data keeps in the title).
"""

from __future__ import annotations

from typing import Final

from policy_core._classes import OCCASION_NOUNS
from policy_core._morphology import WordInfo
from policy_core._words import Words
from policy_core.lang import TaskWords

__all__ = ["without_dating_occasion", "without_remark_piece"]

_VERB_POS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive
_NOUN_POS: Final = frozenset({"NOUN", "NPRO"})  # OpenCorpora: a noun, a pronoun
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case
_OCCASION_WORDS: Final = 4  # "landlord inspection", "the big family party": a short phrase
_SEASON_AT: Final = 2  # the season opens the comment, past one preposition at most ("in spring")
_STATE_WORDS: Final = 3  # "раковина уже полная": a noun, an adverb, an adjective
_PREDICATE_POS: Final = frozenset({"ADJF", "ADJS"})  # OpenCorpora: a full or a short adjective
# OpenCorpora: particles, interjections, adverbs, conjunctions ("наконец-то" is read as one)
_ASIDE_POS: Final = frozenset({"PRCL", "INTJ", "ADVB", "CONJ"})


def without_remark_piece(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """``kept`` up to the mark after the deed that a comment follows (``_remarks_on``):
    "закрыть теплицу, к вечеру подморозит" is "Закрыть теплицу", "descale the kettle,
    landlord inspection 😬" is "Descale the kettle"."""
    norms = words.norms
    marks = k.aside_marks
    deed = told = False  # told: the deed is a future told of its doer ("пусть Петя помоет")
    for n in range(len(kept) - 1):
        index = kept[n]
        info = words.infos[index]
        if info is not None:
            if not deed and info.may_say_deed:
                deed, told = True, info.is_future
            continue
        if not (deed and norms[index] in marks and words.infos[kept[n - 1]] is not None):
            continue
        piece = [i for i in kept[n + 1 :] if words.infos[i] is not None]
        if (
            piece
            and norms[piece[0]] not in k.subordinators
            and _remarks_on(words, piece, index, k, told=told)
        ):
            return kept[:n]
    return kept


def _remarks_on(
    words: Words, piece: list[int], mark: int, k: TaskWords, *, told: bool = False
) -> bool:
    """The words after the mark are a comment: a season opening them before a deed with no
    object, a word of things lying about after its noun with no verb, a short verbless
    phrase closed by an occasion, or a Russian impersonal future (no let-word, no one named
    as its subject, the words the reading took for the assignee included). After a deed
    told in the future (``told``) a future goes on with the same doer ("пусть Петя съездит
    на рынок, картошку привезёт"): no comment."""
    return (
        _season_plan(words, piece, k)
        or _state_said(words, piece)
        or (words.norms[mark] in k.open_brackets and _bracketed_aside(words, piece))
        or _scattered(words, piece, k)
        or _occasion_named(words, piece, k)
        or (not told and _impersonal_future(words, _said_after(words, mark + 1, k), k))
    )


def _said_after(words: Words, first: int, k: TaskWords) -> list[int]:
    """The words from ``first`` to the next mark or the end, those the reading took away
    (the assignee: "…, посуду помоет Маша") included."""
    said: list[int] = []
    for i in range(first, len(words.norms)):
        if words.tokens[i].kind == "punct" and (
            words.norms[i] in k.aside_marks or words.norms[i] in k.sentence_ends
        ):
            break
        said.append(i)
    return said


def _season_plan(words: Words, piece: list[int], k: TaskWords) -> bool:
    """ "…, весной пахать", "…, летом пригодится": a Russian season opening the comment and
    no noun after it, what the deed is for later; "…, осенью перекопать огород" is a second
    chore (its object said), "summer clothes need …" no season said alone."""
    if not any(words.matches(i, k.season_words) for i in piece[:_SEASON_AT]):
        return False
    for i in piece:
        info = words.infos[i]
        if info is None or not info.is_russian:
            return False
        if info.pos in _NOUN_POS and not words.matches(i, k.season_words):
            return False
    return True


def _has_verb(words: Words, piece: list[int], k: TaskWords) -> bool:
    """A Russian verb or an English verb that tells (``TaskWords.comment_verbs``)."""
    for i in piece:
        info = words.infos[i]
        if (info is not None and info.pos in _VERB_POS) or words.norms[i] in k.comment_verbs:
            return True
    return False


def _state_said(words: Words, piece: list[int]) -> bool:
    """ "…, раковина уже полная", "…, кухня опять грязная": a Russian noun in the nominative,
    an adverb and an adjective closing the comment, the state of a thing with no verb."""
    if len(piece) < _STATE_WORDS:
        return False
    infos = [words.infos[i] for i in piece]
    first, last = infos[0], infos[-1]
    return (
        first is not None
        and first.is_russian
        and first.pos == "NOUN"
        and first.noun_case == _NOMINATIVE
        and last is not None
        and last.pos in _PREDICATE_POS
        and all(info is not None and info.pos == "ADVB" for info in infos[1:-1])
    )


def _bracketed_aside(words: Words, piece: list[int]) -> bool:
    """ "убрать гараж (наконец-то!)", "починить кран (капает с утра)": in brackets, Russian
    particles, adverbs and interjections alone, or a finite verb that tells: no part of the
    deed; "(весь)", "(и в подвале)" go on with it."""
    verb = False
    for i in piece:
        info = words.infos[i]
        if info is None or not info.is_russian:
            return False
        if info.pos == "VERB" and not info.is_imperative:
            verb = True
        elif info.pos not in _ASIDE_POS:
            return verb
    return True


def _scattered(words: Words, piece: list[int], k: TaskWords) -> bool:
    """ "игрушки по всему полу", "toys everywhere": a word of things lying about after the
    first word, a noun (a Russian one in the nominative), no verb; "…, везде" alone, "…, на
    полках везде" and "…, upstairs and everywhere" say where the deed is done."""
    if len(piece) < 2 or not any(words.norms[i] in k.scatter_words for i in piece[1:]):
        return False
    first = words.infos[piece[0]]
    if first is None or (
        first.is_russian and not (first.pos == "NOUN" and first.noun_case == _NOMINATIVE)
    ):
        return False
    return not _has_verb(words, piece, k) and not any(
        words.norms[i] in k.coordinators or words.norms[i] in k.place_words for i in piece
    )


def _occasion_named(words: Words, piece: list[int], k: TaskWords) -> bool:
    """ "landlord inspection", "mum's birthday party": a short phrase with no verb whose last
    word names an occasion; "…, the blue one" names no occasion, and an occasion alone
    ("mow the lawn, party") may be what the deed is for."""
    return (
        1 < len(piece) <= _OCCASION_WORDS
        and words.matches(piece[-1], k.occasion_nouns)
        and not _has_verb(words, piece, k)
    )


def _impersonal_future(words: Words, piece: list[int], k: TaskWords) -> bool:
    """ "к вечеру подморозит", "завтра будет дождь": a Russian verb in the future of the 3rd
    person with no let-word before it and no person in the nominative, what will happen;
    "…, а Маша пусть протрёт стол", "…, Маша протрёт стол" put a deed on someone."""
    future = False
    for i in piece:
        info = words.infos[i]
        if info is None:
            continue
        if (
            words.norms[i] in k.handover_links
            or words.norms[i] in k.sequence_words  # "…, потом помоет посуду": a second deed
            or (_person_said(info) and not words.matches(i, k.event_subjects))
        ):
            return False  # "…, посуду помоет Маша"; "…, придут гости" tells an event
        if info.pos in _VERB_POS:
            if not (info.is_future and info.is_third_person) or info.is_imperative:
                return False
            future = True
    return future


def _person_said(info: WordInfo) -> bool:
    """A name, or an animate noun or a pronoun in the nominative: who would do it."""
    return info.is_name or (
        info.pos in _NOUN_POS
        and info.noun_case == _NOMINATIVE
        and (info.is_animate or info.pos == "NPRO")
    )


def without_dating_occasion(
    words: Words, kept: list[int], excluded: frozenset[int], k: TaskWords
) -> list[int]:
    """ "mop the kitchen floor before the party on saturday": "before" and a short phrase
    closed by an occasion, right before the due phrase (``excluded``), only date the deed:
    the title ends before them. With no due after them ("before movie night") they stay."""
    if not (words.classes4 & OCCASION_NOUNS) or len(kept) < 3 or kept[-1] + 1 not in excluded:
        return kept
    if not words.matches(kept[-1], k.occasion_nouns):
        return kept
    for n in range(len(kept) - 2, max(0, len(kept) - 2 - _OCCASION_WORDS), -1):
        if kept[n + 1] != kept[n] + 1:
            return kept  # the phrase is said in one run
        if words.norms[kept[n]] in k.dating_prepositions:
            return kept[:n]
    return kept
