"""Adverts (SPEC §4, "The open world"; issue #12, round 38, precision).

A shop's message pasted or forwarded into the app speaks to its customers, not to the
household: "Скидка 30%. Купите два йогурта по цене одного", "Купите 2 пиццы и получите третью
в подарок!", "Только сегодня: купи 3 шампуня по цене 2", "Buy 2 pizzas and get the third
free!", "Buy now and save 30%!". Its imperative is the shop's, and it is clarified. Read as an
**offer** in the **shop's voice**:

* the offer: a deal's own wording (``OpenWorldWords.offer_deals``: "half price", "за
  полцены"), words a count of items follows (``offer_priced``: "по цене одного", "for the price
  of 2"; "по цене 30 рублей", "for the price of $5" are prices, no deal), words a count or an
  amount follows (``offer_counted``: "скидка 30%", "save 30%"), or a reward;
* the voice: a reward — a verb of the customer's receiving, then in its clause a gift that
  ends its phrase (``offer_rewards``, ``offer_gifts``, ``offer_gift_tails``: "получите третью в
  подарок", "get the third free", "get 20% off"); the shop's call (``offer_calls``: "только
  сегодня", "при покупке", "this week only", "order now"); or a Russian buying verb in the
  imperative to many ("Купите …", "Покупайте …"; ``plural_imperative_endings``).

The household's own request beside a deal keeps its reading: a member or a list named, a wake
word, an adding, reminding or need word, a question, or a singular imperative with no call
("купи шампунь, сейчас 3 по цене 2", "купи йогурты, там скидка 30%", "купи цветы в подарок
маме", "buy gluten free bread"). So does a purchase that opens the text (``_households_purchase``:
a buying or taking imperative, after a vocative at most; a plural one only after a vocative or
with ``offer_household_calls``: "Дети, купите молоко, там скидка 20%") whose own clause holds
no offer, no call and no reward, with no reward opening a clause after it: the deal past the
mark is the reason to buy ("купи йогурты, только сегодня скидка 30%", "buy 2 pizzas, we get the
third free"). The deal or the call first, or in the imperative's clause, stays the shop's
("Только сегодня: купи 2 кетчупа по цене 1", "Купите 2 пиццы и получите третью в подарок!",
"Buy one pizza, get one free!"). The words are each language's; the matching is here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from policy_core._household import HouseholdIndex
from policy_core._numbers import read_number
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords, Vocabulary

__all__ = ["advertised"]

_ASKED: Final = "?"
_CLAUSE_MARKS: Final = frozenset(",.;:!?—–()")  # marks that close a reward's clause
_REWARD_REACH: Final = 5  # "получите | третью | пиццу | в подарок", "get | the | third | free"
_ADDRESS_SIZE: Final = 2  # words of a vocative before the request ("Дети,", "Папа Петя,")
# a deal counts a few items ("3 по цене 2", "for the price of one"); a bigger number after
# "по цене" is an amount ("по цене 49")
_DEAL_COUNT_MOST: Final = Decimal(10)


def _phrase_in(words: Words, phrases: tuple[tuple[str, ...], ...], span: range) -> list[int]:
    """Where each of ``phrases`` said inside ``span`` ends (the index after its last token)."""
    norms = words.norms
    firsts = {phrase[0] for phrase in phrases}
    ends: list[int] = []
    for i in span:
        if norms[i] not in firsts:
            continue
        size = words.phrase_length(i, phrases)
        if size and i + size <= span.stop:
            ends.append(i + size)
    return ends


def _counted(
    words: Words, o: OpenWorldWords, v: Vocabulary, span: range, *, called: bool = False
) -> bool:
    """Words a count or an amount follows ("скидка 30%", "save 30%"), or words a count of
    items follows ("по цене одного", "for the price of 2"; not an amount: "по цене 30
    рублей", "for the price of $5", "по цене 49", unless the shop's call opens the text:
    ``called``, "Успейте купить! Печенье по цене 59 рублей")."""
    numbers, tokens = v.numbers, words.tokens
    if any(
        end < len(words) and read_number(tokens, end, numbers) is not None
        for end in _phrase_in(words, o.offer_counted, span)
    ):
        return True
    money = o.currency_marks | v.corridor.money_words
    for end in _phrase_in(words, o.offer_priced, span):
        if end >= len(words) or words.matches(end, money):
            continue  # "for the price of $5"
        count = read_number(tokens, end, numbers)
        if called and count is not None:
            return True
        if (
            count is not None
            and count.value == int(count.value)
            and count.value <= _DEAL_COUNT_MOST
            and not (count.end < len(words) and words.matches(count.end, money))
        ):
            return True
    return False


def _reward_at(words: Words, o: OpenWorldWords, k: int) -> bool:
    """A verb of the customer's receiving at ``k``, then in its clause a gift that ends its
    phrase ("получите третью в подарок", "get the third free", "get 20% off"; "get gluten
    free bread" names a product)."""
    if words.norms[k] not in o.offer_rewards:
        return False
    count = len(words)
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


def _rewarded(words: Words, o: OpenWorldWords, span: range) -> bool:
    """A reward said inside ``span`` (``_reward_at``)."""
    if words.vocabulary.isdisjoint(o.offer_rewards):
        return False
    return any(_reward_at(words, o, k) for k in span)


def _offered(
    words: Words, o: OpenWorldWords, v: Vocabulary, span: range, *, called: bool = False
) -> bool:
    """An offer said inside ``span``: a deal's wording, a count after its words, a reward."""
    return (
        bool(_phrase_in(words, o.offer_deals, span))
        or _counted(words, o, v, span, called=called)
        or _rewarded(words, o, span)
    )


def _plural_bid(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The Russian imperative at ``k`` is said to many ("Купите …", "Покупайте …")."""
    endings = o.plural_imperative_endings
    return bool(endings) and words.norms[k].endswith(endings)


def _bids_many(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A Russian buying verb in the imperative to many, no "вы" before it ("Купите …",
    "Покупайте …"; "вы купите хлеб" tells)."""
    for k, info in enumerate(words.infos):
        if (
            info is not None
            and info.is_russian
            and words.matches(k, t.shop_verbs)
            and _plural_bid(words, k, o)
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


def _clause_end(words: Words, start: int) -> int:
    """The index of the first mark from ``start`` on that closes a clause (or the end)."""
    return next(
        (i for i in range(start, len(words)) if words.norms[i] in _CLAUSE_MARKS), len(words)
    )


def _vocative(words: Words, household: HouseholdIndex, v: Vocabulary, span: range) -> bool:
    """``span`` calls people: a word or two, each a member, a name or a word one calls a person
    by ("Дети", "Ребята", "Папа")."""
    address = v.shopping.address_words
    return 0 < len(span) <= _ADDRESS_SIZE and all(
        (info := words.infos[i]) is not None
        and (
            info.may_be_name
            or words.matches(i, address)
            or household.find_member(words, i) is not None
        )
        for i in span
    )


def _buys(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` is a buying or taking imperative ("купи", "возьми", "купите", "buy",
    "get", "pick")."""
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return words.matches(k, t.shop_verbs) and (
            info.is_imperative or info.imperative_too is not None
        )
    return words.matches(k, t.shop_verbs | t.soft_shop_verbs)


def _households_purchase(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The text opens with the household's purchase, a vocative before it at most, its own
    clause clean of any offer, call or reward and no reward opening a clause after it: the
    deal past the mark is the reason to buy ("купи йогурты, только сегодня скидка 30%",
    "Дети, купите молоко, там скидка 20%", "buy 2 pizzas, we get the third free")."""
    o, t = v.open_world, v.triggers
    k = words.first_word
    if k is None:
        return False
    end = _clause_end(words, k)
    addressed = (
        end < len(words)
        and words.norms[end] == ","
        and _vocative(words, household, v, range(k, end))
    )
    if addressed:
        nxt = words.next_words[end]
        if nxt is None:
            return False
        k, end = nxt, _clause_end(words, nxt)
    if not _buys(words, k, t):
        return False
    clause = range(k, end)
    if _plural_bid(words, k, o) and not (
        addressed or _phrase_in(words, o.offer_household_calls, clause)
    ):
        return False  # "Купите молоко Простоквашино! Скидка 20%": said to customers
    if _offered(words, o, v, clause) or _phrase_in(words, o.offer_calls, clause):
        return False  # "Купите 2 пиццы и получите третью в подарок!"
    return not any(
        words.is_punct(i - 1) and _reward_at(words, o, i) for i in range(end + 1, len(words))
    )  # "Buy one pizza, get one free!"


def advertised(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The command is an advert pasted in: an offer in the shop's voice, and none of the
    household's own words."""
    o, t = v.open_world, v.triggers
    if words.vocabulary.isdisjoint(o.offer_starts) and "%" not in words.text:
        return False  # most commands: no word of a deal
    whole = range(len(words))
    rewarded = _rewarded(words, o, whole)
    first = words.first_word
    called = first is not None and bool(words.phrase_length(first, o.offer_calls))
    if not (rewarded or _offered(words, o, v, whole, called=called)):
        return False  # most commands: no deal
    voiced = rewarded or bool(_phrase_in(words, o.offer_calls, whole)) or _bids_many(words, o, t)
    return (
        voiced
        and not _household_asks(words, household, o, t)
        and not _households_purchase(words, household, v)
    )
