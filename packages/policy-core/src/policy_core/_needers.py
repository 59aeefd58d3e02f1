"""Who needs a thing, said beside a need whose object is a pro-form (round 37): "the school
needs it", "…, Lucy needs it for school", "школе он нужен", "ему это нужно". The pro-form
refers back to what was named before; the needer is never a product and no part of a task's
title. One reading serves the shopping items (``_shopping._without_needer``) and the titles
(``_tasks._before_needer``)."""

from __future__ import annotations

from typing import Final

from policy_core._classes import NEED_WORDS
from policy_core._words import Words
from policy_core.lang import Vocabulary

_PLACE_CASES: Final = frozenset({"loct", "loc2"})  # OpenCorpora: the locative ("в школе")
_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition
# OpenCorpora: a pronoun not in the dative, an adverb: said between a Russian needer and its
# need ("школе он нужен", "малышу они срочно нужны")
_NEED_ASIDES: Final = frozenset({"NPRO", "ADVB", "PRCL"})  # ("это" read as a particle)


def has_need(words: Words) -> bool:
    """A need word is in the text at all (the bank-1 class lookup every reader asks first)."""
    return bool(words.classes1 & NEED_WORDS)


def needs_pro_form(words: Words, need: int, v: Vocabulary) -> bool:
    """A need word whose object, right after it, is a pro-form: "needs it", "need them",
    "need that for school", "need this", "needs some" (a pointer with no noun after it)."""
    s, norms = v.shopping, words.norms
    at = need + 1
    if not (norms[at] in s.need_pro_objects or norms[at] in s.need_pro_pointers):
        return False
    if not words.matches(need, v.triggers.need_words):
        return False
    if norms[at] in s.need_pro_objects:
        return True
    nxt = at + 1  # a pointer: no noun of its own after it ("need that cheese")
    if nxt < len(words) and norms[nxt] in s.need_partitives:
        return False  # "I need more of them Fig Newtons": a part of what it names
    return (
        nxt >= len(words)
        or not words.is_word(nxt)
        or norms[nxt] in s.need_pro_tails
        or norms[nxt] in s.separators
        or norms[nxt].endswith(v.triggers.participle_endings)
    )


def needer_start(
    words: Words, need: int, low: int, opens: bool, v: Vocabulary, *, reach: int = 0
) -> int:
    """Where the subject of the need at ``need`` opens: a subject pronoun alone ("he"), else
    back to a mark or ``low`` where the clause ``opens`` there ("…, housing needs it"), a
    determiner ("the school", "the guy next door") or a capitalised name ("Lucy", with its
    title: "mr Brown"), with a question's auxiliary before it ("does the car need it");
    with none of these before the buying verb's object, the word before the need alone ("buy
    printer paper jack needs it": the paper kept); so too past ``reach`` words where one is
    given (a title's object before it: "charge the laptop masha needs it")."""
    s, t, norms = v.shopping, v.triggers, words.norms
    if need - 1 >= low and norms[need - 1] in s.needer_pronouns:
        first = need - 1
    else:
        first = need
        while first > low and words.is_word(first - 1) and norms[first - 1] not in s.separators:
            if reach and need - first >= reach:
                return need - 1
            first -= 1
            if norms[first] in t.noun_determiners or words.is_capitalised(first):
                break
        else:
            if not opens and first == low:
                return need - 1
        if first > low and norms[first - 1] in v.tasks.name_titles:
            first -= 1  # "mr Brown needs them"
    if first > low and norms[first - 1] in s.need_askers:
        first -= 1  # "does the car need it"
    return first


def russian_need(words: Words, need: int, v: Vocabulary) -> bool:
    """``need`` is a Russian need word ("нужен", "нужна", "нужно", "надо") of a thing, no
    infinitive after it: "диме надо отвезти кота" asks a deed of Дима, its doer in the
    dative, no needer."""
    info = words.infos[need]
    if info is None or not info.is_russian or not words.matches(need, v.triggers.need_words):
        return False
    nxt = words.next_words[need]
    return nxt is None or (after := words.infos[nxt]) is None or not after.is_infinitive


def russian_needer(words: Words, need: int, start: int) -> int:
    """Where the needer in the dative said right before a Russian need opens, past the
    need's pro-form and an adverb ("школе он нужен", "пульту они нужны", "малышу они срочно
    нужны", "коту нужен", "ему это нужно"); ``need`` when none is said. A noun read in the
    locative with no preposition before it is the dative ("школе"); one after a preposition
    is a place or a time ("в школе нужны", "к весне надо", "по пачке надо")."""
    infos = words.infos
    k = need - 1
    while k >= start:
        info = infos[k]
        if info is None or not info.is_russian:
            break
        governed = k > 0 and (prev := infos[k - 1]) is not None and prev.pos == _PREPOSITION
        if not governed and (info.is_dative or info.noun_case in _PLACE_CASES):
            return k  # the nearest one ("верни учебник учителю, ему он нужен": "ему")
        if info.pos not in _NEED_ASIDES:
            break
        k -= 1
    return need


def russian_pro_form(words: Words, start: int, end: int, v: Vocabulary) -> bool:
    """A pro-form of the thing needed from ``start`` to ``end`` (``ShoppingWords.
    needed_pro_forms``, between a needer and its need: "маше он нужен", "ему это нужно"): the
    thing needed is the one named before ("нам просто нужна новая шторка" names it after)."""
    return any(words.norms[k] in v.shopping.needed_pro_forms for k in range(start, end))
