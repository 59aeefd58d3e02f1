"""A request put to whoever goes somewhere (issue #12, round 35).

"кто пойдёт в пятёрочку — бананы, зелёные яблоки, кило мандаринов", "кто будет в фикс прайсе
возьмите контейнеры для еды", "кто в магазин — возьмите батон и пакет кефира": a Russian
household chat asks whoever passes a shop, by a question word that asks nothing. The opener
("кто", perhaps a verb of going or being, a preposition and a place) addresses the request as
a name does; the request is what follows it, after a mark or from its imperative on. Said
with a comma and an imperative the rules read it already ("кто пойдёт в магазин, купите
хлеба"); said with a dash, a colon or no mark, or with the products alone, they asked what
was meant.

``whoever_goes`` finds the opener and returns the request after it, with the list the opener
names (a known list: "кто пойдёт в хозтовары — губки"). The place must be a shop
(``ShoppingWords.shops``) or a known list ("кто идёт в кино — попкорн", "кто будет на кухне —
помойте посуду" ask, as before), and what is taken must be no living being and nothing of
someone's (``errand_takings``: "— возьмите собаку", "— возьмите мою карту"). A question after
the place ("кто пойдёт в магазин?", "кто в магазин — я или ты?") asks, as before.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import ShoppingWords

__all__ = ["ErrandRequest", "whoever_goes"]

_PLACE_WORDS: Final = 4  # the most words a place holds ("рядом с большим ашаном")
_BOUNDARIES = frozenset({"—", "–", "-", ":", ","})  # a mark that ends the opener
_QUESTION: Final = "?"
# the parts of speech that end a place (OpenCorpora): a verb, an infinitive, a short adjective
# ("нужен"), a predicative ("нужно"), a pronoun ("я")
_NOT_A_PLACE = frozenset({"VERB", "INFN", "ADJS", "PRED", "NPRO"})


class ErrandRequest(NamedTuple):
    """The request after a "whoever goes" opener (``text``) and the id of a known list the
    opener names (or None)."""

    text: str
    list_id: str | None


def _place_end(words: Words, start: int) -> int:
    """The index past the place that starts at ``start``: up to a mark, a verb, a need, a
    pronoun (``_NOT_A_PLACE``: "кто пойдёт в магазин нужен сахар", "… я купила хлеб") or
    ``_PLACE_WORDS`` words."""
    end = start
    while end < len(words) and end - start < _PLACE_WORDS and not words.is_punct(end):
        info = words.infos[end]
        if info is not None and (
            info.is_imperative or info.imperative_too is not None or info.pos in _NOT_A_PLACE
        ):
            break
        end += 1
    return end


def _taken_along(words: Words, k: int) -> bool:
    """Word ``k`` is a living being right after the imperative that takes it ("возьмите
    собаку", "возьмите Машу с собой"), not one a thing is for ("минералку для деда") nor a
    thing the analyser also reads as a being ("… и ночник в детскую")."""
    info = words.infos[k]
    before = words.infos[k - 1] if k > 0 else None
    return (
        info is not None
        and info.is_animate
        and before is not None
        and (before.is_imperative or before.imperative_too is not None)
    )


def _going_end(words: Words, start: int, s: ShoppingWords) -> int:
    """The index past the verbs of going after "кто" ("пойдёт", "будет проходить"), one word
    before them allowed ("кто первый пойдёт", "кто сегодня будет"); ``start`` when none."""
    for first in (start, start + 1):
        k = first
        while k < len(words) and words.matches(k, s.errand_goings):
            k += 1
        if k > first:
            return k
    return start


def whoever_goes(words: Words, household: HouseholdIndex, s: ShoppingWords) -> ErrandRequest | None:
    """The request put to whoever goes to the place the text opens with, or None when the
    text opens with no such opener (most commands: the first word is no ``errand_askers``)."""
    first = words.first_word
    if first is None or words.norms[first] not in s.errand_askers:
        return None
    norms, infos = words.norms, words.infos
    k = _going_end(words, first + 1, s)  # "кто пойдёт", "кто будет проходить"
    if k >= len(words) or norms[k] not in s.errand_links:
        return None  # "кто пойдёт, купите хлеба" reads already; "кто это купил?" asks
    place = k + 1
    k = _place_end(words, place)
    if k == place or k >= len(words):
        return None
    if words.is_punct(k):
        if norms[k] not in _BOUNDARIES:
            return None  # "кто пойдёт в магазин?"
        start = k + 1
    else:
        start = k  # an imperative: "кто в магазин возьмите батон"
    rest = [j for j in range(start, len(words)) if infos[j] is not None]
    if not rest or _QUESTION in words.text[words.tokens[start].start :]:
        return None
    named = household.find_lists(words, place, k)
    list_id = named[0][0].id if named else None
    if list_id is None and not any(words.matches(j, s.shops) for j in range(place, k)):
        return None  # "кто идёт в кино — попкорн", "кто будет на кухне — помойте посуду"
    if any(
        info is not None and (_taken_along(words, j) or norms[j] in s.errand_takings)
        for j, info in enumerate(infos[start:], start)
    ):
        return None  # "— возьмите собаку", "— возьмите мою карту": taken along, not bought
    return ErrandRequest(words.text[words.tokens[start].start :], list_id)
