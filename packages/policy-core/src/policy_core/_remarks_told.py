"""Remarks told, never asked (SPEC §4, "The open world"; issue #12, round 31, precision).

Each is a construction of the language, read only while nothing is asked beside it
(``_stories.asks_beside``: no Russian imperative or free infinitive, no need word, no "пусть",
no English buying, adding, reminding or chore verb opening a clause):

* an **evaluation**: a word of worth said of a product or a deed
  (``OpenWorldWords.evaluative_predicates``), after an English copula past adverbs of
  degree ("Costco rotisserie chicken is the best deal in town", "buying the big pack at
  Costco is always cheaper in the end imo"; "is better to mop the hall" needs the deed) or in
  a Russian clause whose infinitive is its subject ("по-моему мыть окна зимой бессмысленно"); a degree of excess before a Russian
  adjective in a text with no verb and no number ("эти бананы слишком зелёные");
* a **wish contrary to fact** opening the text with no clause after it ("вот если бы Петя
  хоть раз сам купил хлеб без напоминаний", "если бы Tom покупал milk так же часто как
  пиво", "if only Tom bought milk as often as beer");
* a **chore's state told**: completion or a heap right after a chore's noun ("laundry done,
  всё висит", "dishes finished", "laundry гора уже до потолка");
* an **outage** announced (``outage_notice``, read with the notices: "Water shutoff on
  Wednesday 9am-5pm, please store water");
* a **price list** pasted in (``price_list``, read with the notices): two prices with a currency ("Сегодня в Магните: курица
  охлаждённая 199₽/кг, гречка 900 г 79₽, …").

"купи бананы, эти слишком зелёные", "milk is cheaper at Aldi, get it there", "если бы ты
купил хлеб, было бы здорово", "laundry done, now fold it", "купи курицу за 199₽" keep their
readings. A run-out said ("we're out of coffee AGAIN") is read as before: a need word asks.
The words are each language's; the matching is here.
"""

from __future__ import annotations

import re
from typing import Final

from policy_core._classes import CHORE_NOUNS, DUTY_HEADS, RAN_OUT_STATES, TOLD_CUES
from policy_core._household import HouseholdIndex
from policy_core._stories import asks_beside
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["clause_within", "outage_notice", "past_its_joiner", "price_list", "remark_told"]

_CLAUSE_MARKS: Final = frozenset(",.;:!?—–-…")  # marks that close a clause
_ADJECTIVES: Final = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})  # OpenCorpora: adjectives
_VERBS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive
_NUMBER: Final = "number"
_PRICE: Final = re.compile(r"[$£€]\s?\d|\d\s?(?:₽|руб\b|р\b)", re.IGNORECASE)
_PRICES: Final = 2  # a price list: two prices at least ("молоко 89₽" alone is a price tag)
_PREDICATE_REACH: Final = 3  # "is | always | cheaper", "is | the | best"


def clause_within(words: Words, k: int, marks: frozenset[str] = _CLAUSE_MARKS) -> tuple[int, int]:
    """The clause around ``k``: from after the mark before it to the mark after it (``marks``:
    what closes a clause; a remark told here also ends at a dash, ``_told_not_asked`` not)."""
    start = k
    while start > 0 and words.norms[start - 1] not in marks:
        start -= 1
    end = k + 1
    while end < len(words) and words.norms[end] not in marks:
        end += 1
    return start, end


def _after_a_copula(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The English word at ``k`` follows a copula (``TriggerWords.progressive_links``: "is",
    "'s", "are"), past at most a few adverbs of degree and articles (``predicate_adverbs``)."""
    j = k - 1
    while j >= 0 and k - j <= _PREDICATE_REACH and words.norms[j] in o.predicate_adverbs:
        j -= 1
    return j >= 0 and (
        words.norms[j] in t.progressive_links
        or any(words.norms[j].endswith(link) for link in t.progressive_links if link[0] == "'")
    )


def _subjects(words: Words, start: int, end: int, o: OpenWorldWords) -> frozenset[int]:
    """The verbs between ``start`` and ``end`` that may be the subject of what is said of
    them: a Russian infinitive ("мыть окна … бессмысленно"), an English "-ing" form ("buying
    the big pack … is cheaper")."""
    found = set()
    for k in range(start, end):
        info = words.infos[k]
        if info is None:
            continue
        if (info.is_russian and info.is_infinitive) or (
            not info.is_russian and words.norms[k].endswith(o.gerund_endings)
        ):
            found.add(k)
    return frozenset(found)


def _deed_follows(words: Words, k: int, t: TriggerWords) -> bool:
    """ "to" right after the English word of worth at ``k``: an impersonal need of a deed
    ("(it) is better to mop the hall today"), no evaluation of a thing."""
    nxt = words.next_words[k]
    return nxt is not None and words.norms[nxt] in t.to_markers


def _evaluated(words: Words, o: OpenWorldWords, t: TriggerWords) -> tuple[int, int] | None:
    """The clause of an evaluation (its words from ``start`` to ``end``), or None when the
    text holds none: a word of worth after an English copula or in a Russian clause; a degree
    of excess right before a Russian adjective in a text with no verb and no number."""
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if words.matches(k, o.evaluative_predicates):
            if info.is_russian or (
                _after_a_copula(words, k, o, t) and not _deed_follows(words, k, t)
            ):
                return clause_within(words, k)
        elif words.norms[k] in o.excess_degrees and info.is_russian and k + 1 < len(words):
            after = words.infos[k + 1]
            if (
                after is not None
                and after.pos in _ADJECTIVES
                and not any(i is not None and i.pos in _VERBS for i in words.infos)
                and all(token.kind != _NUMBER for token in words.tokens)
            ):
                return clause_within(words, k)
    return None


def _asks_within(
    words: Words,
    span: tuple[int, int],
    o: OpenWorldWords,
    t: TriggerWords,
    subject: frozenset[int] = frozenset(),
) -> bool:
    """The clause ``span`` asks something of its own (``_stories.asks_beside``), its subject
    aside (``subject``, or ``_subjects``: "laundry" of "laundry done", "мыть" of "мыть окна
    … бессмысленно"): what stands outside it is the caller's to read."""
    start, end = span
    outside = frozenset(k for k in range(len(words)) if not start <= k < end)
    return asks_beside(words, o, t, outside | subject | _subjects(words, start, end, o))


def _wished_contrary(words: Words, o: OpenWorldWords) -> bool:
    """The text opens, past fillers, with a wish contrary to fact ("если бы", "if only") and
    no mark closes a clause after it with words beyond ("если бы ты купил хлеб, было бы
    здорово" asks politely)."""
    k = words.first_word
    while k is not None and words.norms[k] in o.counterfactual_fillers:
        k = words.next_words[k]
    if k is None:
        return False
    norms = words.norms
    for lead in o.counterfactual_leads:
        if norms[k] == lead[0] and tuple(norms[k : k + len(lead)]) == lead:
            last = max(j for j in range(len(words)) if words.is_word(j))
            return not any(norms[j] in _CLAUSE_MARKS for j in range(k, last))
    return False


def _state_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """The chore's noun a state right follows (``OpenWorldWords.chore_states``: "laundry
    done", "dishes finished", "laundry гора"), or None."""
    if not words.classes2 & (CHORE_NOUNS | DUTY_HEADS):
        return None
    for k in range(len(words) - 1):
        if (
            words.next_words[k] == k + 1
            and words.norms[k + 1] in o.chore_states
            and (words.matches(k, t.chore_nouns) or words.matches(k, t.duty_heads))
        ):
            return k
    return None


def price_list(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """Two prices with a currency and nothing asked: a shop's price list or a receipt pasted
    in ("Сегодня в Магните: курица охлаждённая 199₽/кг, гречка 900 г 79₽, …"); "купи курицу
    за 199₽ и гречку за 79₽" asks."""
    return (
        bool(words.classes4 & TOLD_CUES)  # a currency among them: most commands name none
        and len(_PRICE.findall(words.text)) >= _PRICES
        and not asks_beside(words, o, t, frozenset())
    )


def outage_notice(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> bool:
    """A service's interruption announced (``OpenWorldWords.outage_nouns``: "Water shutoff on
    Wednesday 9am-5pm, please store water", "Power outage tomorrow 10am-2pm, please charge
    your devices"), no member of ``household`` named and no buying, adding, reminding or need
    word: a notice pasted in, its imperatives said to every reader; "power outage tomorrow,
    Tom charge the power bank" and "…, buy candles" ask."""
    if not words.classes4 & TOLD_CUES or words.vocabulary.isdisjoint(o.outage_nouns):
        return False  # most commands: no outage
    asks = (t.request_openers, t.remind_verbs, t.need_words)
    return not any(
        words.is_word(k)
        and (
            household.find_member(words, k) is not None
            or any(words.matches(k, kind) for kind in asks)
        )
        for k in range(len(words))
    )


def remark_told(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> tuple[int, int] | None:
    """The words (``start``, ``end``) of an evaluation, a wish contrary to fact (the whole
    text) or a chore's state (the whole text, when nothing is asked in it and no member of
    ``household`` is named after it: "laundry done, Jack take it upstairs" asks him, "Tom
    dishes done" tells him) whose own words
    ask nothing, or None; the caller (``_statements.remark``) reads a request outside it as
    asked, without the remark and the joiner after it (``past_its_joiner``: "Готовить дома
    дешевле, купи гречку" buys гречка alone; "…, they're cheaper in bulk")."""
    if not words.classes4 & TOLD_CUES:
        return None  # most commands: no word of worth, excess, state or contrary wish
    if words.classes3 & RAN_OUT_STATES or any(
        (words.norms[k], words.norms[k + 1]) in t.out_of for k in range(len(words) - 1)
    ):
        return None  # a run-out said beside it is read as before
    if _wished_contrary(words, o):
        whole = (0, len(words))
        return None if _asks_within(words, whole, o, t) else whole
    state = _state_told(words, o, t)
    if state is not None:
        whole = (0, len(words))
        # a member named after the state may be asked ("laundry done, Jack take it
        # upstairs"); one called before it is told ("Tom dishes done", "Tom, laundry done")
        named = household is not None and any(
            words.is_word(k) and household.find_member(words, k) is not None
            for k in range(state + 2, len(words))
        )
        return None if named or _asks_within(words, whole, o, t, frozenset({state})) else whole
    span = _evaluated(words, o, t)
    if span is None or _asks_within(words, span, o, t):
        return None
    return span[0], past_its_joiner(words, span[1], o, t)


def past_its_joiner(words: Words, end: int, o: OpenWorldWords, t: TriggerWords) -> int:
    """Where a request after a remark ending at ``end`` starts: past the marks and the
    joining words between them ("…, но Петя пусть помоет зеркало", "…, so add rice"), so
    that the request read without the remark opens with its own words."""
    k = end
    while k < len(words) and (
        words.is_punct(k)
        or words.norms[k] in t.joiners
        or words.norms[k] in o.outcome_contrasts
        or words.norms[k] in t.consequence_joiners
    ):
        k += 1
    return k
