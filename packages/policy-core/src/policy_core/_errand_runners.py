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
names (a known list: "кто пойдёт в хозтовары — губки") and whether the place is a shop
(``ShoppingWords.shops``): only a shop or a list makes products said alone a purchase ("кто
идёт в кино — попкорн с меня" buys nothing). A question after the place ("кто пойдёт в
магазин?", "кто в магазин — я или ты?") asks, as before.
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


class ErrandRequest(NamedTuple):
    """The request after a "whoever goes" opener (``text``), the id of a known list the
    opener names (or None), and whether its place is a shop or that list (``at_a_shop``)."""

    text: str
    list_id: str | None
    at_a_shop: bool


def _place_end(words: Words, start: int) -> int:
    """The index past the place that starts at ``start``: up to a mark, an imperative or
    ``_PLACE_WORDS`` words."""
    end = start
    while end < len(words) and end - start < _PLACE_WORDS and not words.is_punct(end):
        info = words.infos[end]
        if info is not None and info.is_imperative:
            break
        end += 1
    return end


def whoever_goes(words: Words, household: HouseholdIndex, s: ShoppingWords) -> ErrandRequest | None:
    """The request put to whoever goes to the place the text opens with, or None when the
    text opens with no such opener (most commands: the first word is no ``errand_askers``)."""
    first = words.first_word
    if first is None or words.norms[first] not in s.errand_askers:
        return None
    norms, infos = words.norms, words.infos
    k = first + 1
    if k < len(words) and words.matches(k, s.errand_goings):
        k += 1  # "кто пойдёт", "кто будет"
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
    at_a_shop = list_id is not None or any(words.matches(j, s.shops) for j in range(place, k))
    return ErrandRequest(words.text[words.tokens[start].start :], list_id, at_a_shop)
