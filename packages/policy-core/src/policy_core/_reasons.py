"""A reason said beside a request: a deed lamented, refused or told, none asked.

"после смены сил нет готовить возьми пельменей", "add frozen burritos, too tired to cook this
week", "pls add washing up liquid, we've been using shampoo to do the dishes", "Buy milk, the
doctor told Tom to drink more": the infinitive of the reason is a chore's verb, and read as a
task it made a second request beside the purchase (a ``confirm`` of a mixed request). Here an
infinitive governed by a lament or a refusal (``lamented``), and after a purchase asked first
an English one after "to" in a clause told (``told_to_do``), a deed in a reason's clause
(``in_a_reason``: "because Tom will eat it all") or a plan told in a progressive
(``plan_told``: "…, Sam's moving his stuff into the spare room this weekend"), is no trigger
of a clause (``reason_told``, for ``_clauses.split_clauses``): the request beside it is read
alone, its clause ending at the reason's mark (``before_reasons``), and a lament alone asks
nothing. A chore asked beside a purchase keeps its reading ("купи молоко и вынеси мусор",
"buy milk, Tom needs to clean the garage", "buy milk, mum told Tom to clean his room, remind
him").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from policy_core._classes import LAMENTS, REASON_OPENERS, REMIND_VERBS, TOLD_FRAME_VERBS
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import TaskWords, TriggerWords, Vocabulary

__all__ = [
    "before_reasons",
    "in_a_reason",
    "joined_after",
    "lamented",
    "plan_told",
    "reason_told",
    "told_done",
    "told_to_do",
]

_LAMENT_REACH: Final = 4  # "готовить я сегодня не буду": words from the infinitive to the lament
_TOLD_REACH: Final = (
    8  # "we've been using washing up liquid to …": words from "to" back to the mark
)
_VERB_POS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a verb stands between
_STEM: Final = 2  # letters an English past shares with its verb's start ("paid", "pay")


def reason_told(
    words: Words,
    i: int,
    triggers: Sequence[tuple[int, str]],
    household: HouseholdIndex,
    v: Vocabulary,
    *,
    reasons: list[int],
) -> bool:
    """The word ``i`` tells a reason, no clause's trigger (``triggers``: those found before
    it, in text order): a lamented or refused infinitive (``lamented``), or after a purchase
    asked first, an English deed told after "to" (``told_to_do``), a deed in a reason's clause
    (``in_a_reason``) or a plan told (``plan_told``). The mark between the last trigger and
    the reason is added to ``reasons``: the clause before ends there (``before_reasons``)."""
    t = v.triggers
    told = lamented(words, i, t) or (
        # (the shop trigger first: most texts hold none before their reason)
        bool(triggers)
        and triggers[0][1] == "shop"
        and (
            told_to_do(words, i, household, t, v.tasks)
            or in_a_reason(words, i, triggers[-1][0], t, v.tasks)
            or plan_told(words, i, household, t, v.corridor.possessive_endings)
            or _plan_of_another(words, i, triggers[-1][0], t)
            or _doerless(words, i, t)
        )
    )
    if told and triggers and (mark := _mark_before(words, i, triggers[-1][0])) is not None:
        reasons.append(mark)
    return told


def before_reasons(reasons: list[int], trigger: int, end: int) -> int:
    """A clause's ``end``, before the first reason's mark after its ``trigger`` ("add frozen
    pizza, too tired to cook tonight": the items end at the comma)."""
    if not reasons:
        return end  # most texts tell no reason
    return min([end, *(mark for mark in reasons if mark > trigger)])


def lamented(words: Words, i: int, t: TriggerWords) -> bool:
    """The infinitive at ``i`` is governed by a lament or a refusal (``TriggerWords.
    lament_heads``, ``refusal_verbs`` after "не"): an English one right before "to" ("too
    tired to cook", "no energy to cook", "can't be bothered to cook"); a Russian one within
    a few words of it in its clause, no other verb between ("после смены сил нет готовить",
    "мне лень готовить", "готовить я сегодня отказываюсь", "готовить я не буду", "а то Маше
    нечего пить"). The deed is lamented, none asked.

    >>> from policy_core.testing import full_answer
    >>> full_answer("купи пельмени, мне лень готовить")
    ('start_job', (('пельмени', None, None, 'l-groceries'),), ())
    """
    if not words.classes4 & LAMENTS:
        return False  # nearly every command
    info = words.infos[i]
    if info is None:
        return False
    if not info.is_russian:
        norms = words.norms
        return (
            i > 1
            and norms[i - 1] in t.to_markers
            and (
                norms[i - 2] in t.lament_heads
                # "I don't want to cook tonight": a refusal
                or (i > 2 and norms[i - 2] in t.refusal_verbs and norms[i - 3] in t.negations)
            )
        )
    if not info.is_infinitive:
        return False
    return _lament_near(words, i, -1, t, t.lament_heads) or _lament_near(
        words, i, 1, t, t.lament_heads
    )


def _lament_near(words: Words, i: int, step: int, t: TriggerWords, heads: frozenset[str]) -> bool:
    """A lament (one of ``heads``) or a refusal from ``i`` in the direction ``step``, within
    its clause and ``_LAMENT_REACH`` words, no other verb between."""
    norms = words.norms
    k = i + step
    while 0 <= k < len(words) and abs(k - i) <= _LAMENT_REACH and not words.is_punct(k):
        norm = norms[k]
        info = words.infos[k]
        if info is not None and not info.is_russian:
            return False  # another language's words ("купить energy drinks")
        if norm in heads:
            return True
        if norm in t.refusal_verbs:
            return k > 0 and norms[k - 1] in t.negations
        if info is not None and info.pos in _VERB_POS:
            return False  # another verb's clause ("сил нет, вынеси мусор" is asked)
        k += step
    return False


def told_to_do(
    words: Words, i: int, household: HouseholdIndex, t: TriggerWords, k: TaskWords
) -> bool:
    """The English verb at ``i``, after "to", in a clause told after a mark: its subject
    opens the clause (``TriggerWords.told_frame_subjects``, past a reason's opener: "…, we've
    been using …", "…, the doctor told …", "… because we've been …") and one of
    ``told_frame_verbs`` stands between it and "to" ("…, we've been using shampoo to do the
    dishes", "…, the doctor told Tom to drink more"). The caller holds a request said before
    it; a remind verb in the text takes the deed up ("…, mum told Tom to clean his room,
    remind him"), so none is told then.

    >>> from policy_core.testing import full_answer
    >>> full_answer("Buy milk, the doctor told Tom to drink more")
    ('start_job', (('milk', None, None, 'l-groceries'),), ())
    """
    if not words.classes4 & TOLD_FRAME_VERBS or taken_up(words, t):
        return False  # nearly every command
    if i < 3 or words.norms[i - 1] not in t.to_markers:
        return False
    info = words.infos[i]
    if info is not None and info.is_russian:
        return False
    norms = words.norms
    told = False
    m = i - 2
    while m >= 0 and i - m <= _TOLD_REACH and not words.is_punct(m):
        if norms[m] in t.told_frame_verbs:
            told = True
        elif norms[m] in t.need_words or norms[m] in t.obligation_words or norms[m] in t.modals:
            return False  # "…, we need Tom to clean the garage": a need, asked
        m -= 1
    first = m + 1
    if first < len(words) and norms[first] in k.reason_openers:
        first += 1
    return (
        told
        and m >= 0
        and words.is_punct(m)
        and first < i
        and (
            norms[first] in t.told_frame_subjects or household.find_member(words, first) is not None
        )
    )


def _mark_before(words: Words, i: int, low: int) -> int | None:
    """The last mark between ``low`` and ``i`` (the reason's infinitive): where the clause
    before the reason ends ("add frozen pizza, too tired to cook tonight" ends the items at
    the comma); none when no mark stands between."""
    for m in range(i - 1, low, -1):
        if words.is_punct(m):
            return m
    return None


def in_a_reason(words: Words, i: int, low: int, t: TriggerWords, k: TaskWords) -> bool:
    """The word ``i`` stands in a reason's clause after the trigger at ``low``: a reason's
    opener (``TaskWords.reason_openers``: "because", "cos", "потому", "поскольку") between
    them, no mark nor joiner after it ("buy bread because Tom will eat it all", "купи хлеб
    потому что Петя опять всё съест"); a Russian imperative there is asked all the same ("…
    потому что завтра гости, а ты помой посуду" has its joiner)."""
    if not words.classes4 & REASON_OPENERS:
        return False  # nearly every command
    info = words.infos[i]
    if info is not None and info.is_russian and info.is_imperative:
        return False
    norms = words.norms
    for m in range(i - 1, low, -1):
        if words.is_punct(m) or norms[m] in t.joiners:
            return False
        if norms[m] in k.reason_openers:
            return True
    return False


def plan_told(
    words: Words, i: int, household: HouseholdIndex, t: TriggerWords, endings: tuple[str, ...]
) -> bool:
    """The English gerund at ``i`` is a plan told in a clause of its own after a mark: its
    subject (a member with "'s" or before "is", or a ``told_frame_subjects`` word before a
    progressive link) opens the clause right after the mark ("…, Sam's moving his stuff into
    the spare room this weekend", "…, we're having people over Saturday"). The caller holds a
    request said before it; a remind verb in the text takes the deed up."""
    gerund = t.gerund_ending
    if not gerund or not words.norms[i].endswith(gerund) or taken_up(words, t):
        return False
    info = words.infos[i]
    if info is None or info.is_russian or i < 2:
        return False
    norms = words.norms
    j = i - 1
    if norms[j] in t.progressive_links:
        j -= 1
        if j < 0 or not (
            norms[j] in t.told_frame_subjects or household.find_member(words, j) is not None
        ):
            return False
    elif not (norms[j].endswith(endings) and household.find_member(words, j) is not None):
        return False
    return j > 0 and words.is_punct(j - 1)


def joined_after(words: Words, start: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """After ``start`` (a reason's mark), a request's joiner (``TaskWords.request_joiners``:
    "и", "and") right before a member, a word that hands a deed over ("пусть", "let") or a
    word that asks (a Russian imperative, an English trigger's word): a second request joined
    to the reason ("купи губки, а то посуду мыть нечем и Петя пусть вынесет мусор"), not a
    part of it."""
    t, norms = v.triggers, words.norms
    for k in range(start + 1, len(words) - 1):
        if norms[k] not in v.tasks.request_joiners:
            continue
        nxt = k + 1
        info = words.infos[nxt]
        if (
            household.find_member(words, nxt) is not None
            or norms[nxt] in t.let_words
            or (info is not None and info.is_russian and info.is_imperative)
            or (info is not None and not info.is_russian and words.matches(nxt, t.candidates))
        ):
            return True
    return False


def taken_up(words: Words, t: TriggerWords) -> bool:
    """A remind verb right before an object pronoun (``TriggerWords.taken_up_pronouns``: "…,
    remind him", "напомни ему"): the deed told before is taken up as the task; a remind verb
    with its own deed ("…, and remind Tom to walk the dog") takes none up."""
    if not words.classes1 & REMIND_VERBS:
        return False  # nearly every command
    norms = words.norms
    return any(
        words.matches(k, t.remind_verbs) and norms[k + 1] in t.taken_up_pronouns
        for k in range(len(words) - 1)
    )


def _plan_of_another(words: Words, i: int, low: int, t: TriggerWords) -> bool:
    """The Russian infinitive at ``i`` governed by another's plan or wish (a 3rd person's
    finite verb of ``TriggerWords.plan_lemmas``; an imperative's form between is read as its
    object: "суши") a few words before it in a clause of its own after a mark after the trigger at ``low`` ("купи огурцы, Маша будет
    делать салат", "купи рис, Петя хочет суши сделать"): the purchase's reason."""
    info = words.infos[i]
    if info is None or not info.is_russian or taken_up(words, t):
        return False
    if not info.is_infinitive and not (
        # "хочет суши сделать": an imperative's form before the infinitive is its object
        info.is_imperative and i + 1 < len(words) and _is_infinitive(words, i + 1)
    ):
        return False
    for k in range(i - 1, max(low, i - 1 - _LAMENT_REACH), -1):
        if words.is_punct(k):
            return False
        verb = words.infos[k]
        if verb is not None and verb.pos in _VERB_POS and not verb.is_imperative:
            return (
                verb.is_third_person
                and verb.lemma in t.plan_lemmas
                and _mark_before(words, k, low) is not None
            )
    return False


def _doerless(words: Words, i: int, t: TriggerWords) -> bool:
    """The Russian infinitive at ``i`` beside a word of no one to do it (``TriggerWords.
    doerless_states``) in its clause, after a purchase asked first ("купи пиццу, готовить
    некому"): the purchase's reason."""
    info = words.infos[i]
    if info is None or not info.is_russian or not info.is_infinitive:
        return False
    heads = t.doerless_states
    return _lament_near(words, i, -1, t, heads) or _lament_near(words, i, 1, t, heads)


def _is_infinitive(words: Words, k: int) -> bool:
    info = words.infos[k]
    return info is not None and info.is_infinitive


def told_done(words: Words, mark: int, title: str, t: TriggerWords) -> bool:
    """After ``mark``, the comment tells the deed of the task titled ``title`` done: a word of
    ``TriggerWords.done_adverbs`` ("уже", "already"), a Russian past of the title's verb ("…,
    он вынес вчера") or an English word spelt as it begins ("…, we paid it yesterday"), so
    its day gone stays the due asked; a comment of another deed ("…, он вчера опять забыл")
    tells none."""
    verb = title.split(" ", 1)[0].lower()
    for k in range(mark + 1, len(words)):
        info = words.infos[k]
        if info is None:
            continue
        norm = words.norms[k]
        if norm in t.done_adverbs:
            return True
        if info.is_russian:
            if info.is_past and info.lemma == verb:
                return True
        elif norm[:_STEM] == verb[:_STEM]:
            return True
    return False
