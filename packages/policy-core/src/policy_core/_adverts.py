"""Adverts (SPEC §4, "The open world"; issue #12, round 38, precision).

A shop's message pasted or forwarded into the app speaks to its customers, not to the
household: "Скидка 30%. Купите два йогурта по цене одного", "Купите 2 пиццы и получите третью
в подарок!", "Только сегодня: купи 3 шампуня по цене 2", "Buy 2 pizzas and get the third
free!", "Buy now and save 30%!". Its imperative is the shop's, and it is clarified. Read as an
**offer** in the **shop's voice**:

* the offer: a deal's own wording (``OpenWorldWords.offer_deals``: "for the price of", "за
  полцены"), words a count or an amount follows (``offer_counted``: "по цене одного", "скидка
  30%", "save 30%"), or a reward;
* the voice: a reward — a verb of the customer's receiving, then in its clause a gift that
  ends its phrase (``offer_rewards``, ``offer_gifts``, ``offer_gift_tails``: "получите третью в
  подарок", "get the third free", "get 20% off"); the shop's call (``offer_calls``: "только
  сегодня", "при покупке", "this week only", "order now"); or a Russian buying verb in the
  imperative to many ("Купите …", "Покупайте …"; ``plural_imperative_endings``).

The household's own request beside a deal keeps its reading: a member or a list named, a wake
word, an adding, reminding or need word, a question, or a singular imperative with no call
("купи шампунь, сейчас 3 по цене 2", "купи йогурты, там скидка 30%", "купи цветы в подарок
маме", "buy gluten free bread"). The words are each language's; the matching is here.
"""

from __future__ import annotations

from typing import Final

from policy_core._household import HouseholdIndex
from policy_core._numbers import read_number
from policy_core._words import Words
from policy_core.lang import NumberWords, OpenWorldWords, TriggerWords

__all__ = ["advertised"]

_ASKED: Final = "?"
_CLAUSE_MARKS: Final = frozenset(",.;:!?—–()")  # marks that close a reward's clause
_REWARD_REACH: Final = 5  # "получите | третью | пиццу | в подарок", "get | the | third | free"


def _phrase_at(words: Words, phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where each of ``phrases`` said in the text ends (the index after its last token)."""
    norms = words.norms
    firsts = {phrase[0] for phrase in phrases}
    ends: list[int] = []
    for i, norm in enumerate(norms):
        if norm not in firsts:
            continue
        size = words.phrase_length(i, phrases)
        if size:
            ends.append(i + size)
    return ends


def _counted(words: Words, o: OpenWorldWords, numbers: NumberWords) -> bool:
    """Words a count or an amount follows ("по цене одного", "скидка 30%", "save 30%")."""
    return any(
        end < len(words) and read_number(words.tokens, end, numbers) is not None
        for end in _phrase_at(words, o.offer_counted)
    )


def _rewarded(words: Words, o: OpenWorldWords) -> bool:
    """A verb of the customer's receiving, then in its clause a gift that ends its phrase
    ("получите третью в подарок", "get the third free", "get 20% off"; "get gluten free
    bread" names a product)."""
    if words.vocabulary.isdisjoint(o.offer_rewards):
        return False
    count = len(words)
    for k in range(count):
        if words.norms[k] not in o.offer_rewards:
            continue
        for j in range(k + 1, min(count, k + 1 + _REWARD_REACH)):
            if words.norms[j] in _CLAUSE_MARKS:
                break
            size = words.phrase_length(j, o.offer_gifts)
            if not size:
                continue
            after = j + size
            if (
                after >= count
                or words.is_punct(after)
                or words.tokens[after].kind == "number"
                or words.norms[after] in o.offer_gift_tails
            ):
                return True
    return False


def _bids_many(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A Russian buying verb in the imperative to many, no "вы" before it ("Купите …",
    "Покупайте …"; "вы купите хлеб" tells)."""
    endings = o.plural_imperative_endings
    if not endings:
        return False
    for k, info in enumerate(words.infos):
        if (
            info is not None
            and info.is_russian
            and words.matches(k, t.shop_verbs)
            and words.norms[k].endswith(endings)
            and (info.is_imperative or info.imperative_too is not None)
            and all(words.norms[j] not in o.second_person_words for j in range(k))
        ):
            return True
    return False


def _household_asks(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """The household's own words: a question, a member or a list named, a wake word, an
    adding, reminding or need word."""
    if _ASKED in words.text or household.find_lists(words):
        return True
    asks = (t.add_verbs, t.remind_verbs, t.need_words, o.wake_words)
    return any(
        words.is_word(k)
        and (
            household.find_member(words, k) is not None
            or any(words.matches(k, kind) for kind in asks)
        )
        for k in range(len(words))
    )


def advertised(
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    numbers: NumberWords,
) -> bool:
    """The command is an advert pasted in: an offer in the shop's voice, and none of the
    household's own words."""
    if words.vocabulary.isdisjoint(o.offer_starts) and "%" not in words.text:
        return False  # most commands: no word of a deal
    rewarded = _rewarded(words, o)
    offered = rewarded or bool(_phrase_at(words, o.offer_deals)) or _counted(words, o, numbers)
    if not offered:
        return False  # most commands: no deal
    voiced = rewarded or bool(_phrase_at(words, o.offer_calls)) or _bids_many(words, o, t)
    return voiced and not _household_asks(words, household, o, t)
