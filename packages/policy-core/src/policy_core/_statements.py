"""What is said but not asked (SPEC §4, "The open world", row 7): clarified, never acted on.

* a **retraction**: the request is taken back ("купи молоко, а не, забей", "add eggs.
  actually never mind", "buy milk, no wait, cancel that");
* a **hedge**: wondering aloud, not asking ("I wonder if we need milk", "может купить торт?
  как думаешь", "we should get a dog someday");
* **sarcasm**: a mocking opener and more piled on ("ну да, купи ещё яхту", "yeah sure, buy a
  yacht while you're at it");
* the speaker's **own plan** ("я сама куплю", "I'll buy milk on the way home");
* a **need no one can buy or do** for them ("I need a hug", "нужна помощь с уроками", "мне
  нужно подумать", "we need to talk"; "I need to talk to the landlord" is a task).

The words are each language's (``OpenWorldWords``); the matching is here.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import repeat
from operator import attrgetter
from types import MappingProxyType
from typing import Final, NamedTuple

from policy_core._classes import (
    DEVICE_NOUNS,
    EDIT_WORDS,
    HEDGE_WORDS,
    LAPSE_VERBS,
    LONG_SPANS,
    MUSING_PARTICLES,
    NEED_WORDS,
    NEXT_TIME_MARKS,
    OWED_WORDS,
    OWN_BUY_WORDS,
    PAST_COPULAS,
    PERFECT_AUXILIARIES,
    PLAN_VERBS,
    PLURAL_PLAN_SUBJECTS,
    REMARK_WORDS,
    REMIND_VERBS,
    REQUEST_WORDS,
    RESUMPTIVES,
    RETRACTION_STARTS,
    SHOP_VERBS,
    STATEMENT_MARKERS,
    STOCK_WORDS,
    TOLD_CUES,
)
from policy_core._clauses import clause_around, edit_told_at, joins, negated
from policy_core._household import HouseholdIndex
from policy_core._notices import has_phrase
from policy_core._remarks_told import remark_told
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

_DATIVE: Final = "datv"  # OpenCorpora: the dative case
_CONJ: Final = "CONJ"  # OpenCorpora: a conjunction
_NOUN: Final = "NOUN"  # OpenCorpora: a noun
_GENITIVE: Final = "gent"  # OpenCorpora: the genitive case
_QUESTION: Final = "?"
_REMARK_ENDS: Final = frozenset(".!?")  # marks that close a remark's sentence
_NEWLINE: Final = "\n"

__all__ = ["Remark", "adjective_lead", "is_statement", "remark", "retracts"]

_PUNCT: Final = "punct"
_WORD: Final = "word"
_OWN_PLAN: Final = attrgetter("is_own_plan")


# the cases a noun after "в" has where things go ("в продукты", "в список"; the nominative is
# the likeliest reading of many an inanimate accusative)
_WHERE_TO_CASES: Final = frozenset({"accs", "nomn"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", "…"})  # marks that end a sentence
_SPAN_REACH: Final = 3  # "been saying for years", "твердит уже много лет"
_LIST_GOAL_ENDS: Final = frozenset({".", "!"})  # marks that may close "… — всё в продукты"


def retracts(words: Words, o: OpenWorldWords) -> bool:
    """A retraction word last or before a mark ("забей гвоздь" is a chore), or a retraction
    phrase anywhere."""
    if not words.classes0 & RETRACTION_STARTS:
        return False  # most commands
    if has_phrase(words, o.retraction_by_first):
        return True
    if words.vocabulary.isdisjoint(o.retraction_words):
        return False
    count = len(words)
    for i in range(count):
        if words.norms[i] not in o.retraction_words:
            continue
        if words.next_words[i] is None:
            return True
        if i + 1 < count and words.tokens[i + 1].kind == _PUNCT:
            return True
        if _withdrawn_after(words, i, o):
            return True  # "добавь хлеб ой отмена отмена не надо"
    return False


def _withdrawn_after(words: Words, i: int, o: OpenWorldWords) -> bool:
    """After the retraction word at ``i`` only retraction words and withdrawals said alone
    (``OpenWorldWords.withdrawal_tails``: "… отмена отмена не надо", "…, cancel, don't"),
    a verb said again after one of them ("… отмена, не добавляй"), to the end
    of the text ("отмена брони в субботу" is no retraction of a request)."""
    kept = o.retraction_words | o.withdrawal_tails
    said = frozenset(words.lemmas[:i])
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    return all(
        words.tokens[k].kind == _PUNCT
        or norms[k] in kept
        # a verb said again after a negated withdrawal: the request's own word or a negated
        # imperative ("… отмена, не добавляй", "…, cancel, don't add")
        or (
            norms[k - 1] in o.withdrawal_negations
            and (lemmas[k] in said or ((info := infos[k]) is not None and info.is_imperative))
        )
        for k in range(i + 1, len(words))
    )


def _mocks(words: Words, o: OpenWorldWords) -> bool:
    """A mocking opener at the start and a booster after it ("yeah sure let's buy a pony
    while we're at it", "конечно, а ещё слона купи")."""
    first = words.first_word
    if first is None:
        return False
    norms = words.norms
    opener = next((len(p) for p in o.mock_openers if norms[first : first + len(p)] == p), None)
    if opener is None:
        return False
    return any(words.phrase_length(k, o.mock_boosters) for k in range(first + opener, len(words)))


_QUALITIES: Final = frozenset({"ADJF", "ADJS"})  # OpenCorpora: full and short adjectives


def _mocked_at_the_end(words: Words, first: int, o: OpenWorldWords) -> int | None:
    """Where a sarcastic tag set off by a mark and closing the text begins, only marks after
    it: the tag itself ("Петя предлагает покрасить детскую в чёрный, ага конечно", "Jack will
    clean the garage, any day now": ``OpenWorldWords.mock_tails``) or a mocking "since you're
    so" and one word, a Russian one an adjective ("…, раз такой щедрый": ``mock_tail_leads``;
    "купи торт, раз такой праздник" says why); the tag said after a mark, so the words before
    it are what it mocks ("купи хлеб ага конечно" is none). A request in a clause before it
    (``remark``'s caller) asks and the tag says when or why."""
    last = max(k for k in range(len(words)) if words.is_word(k))
    norms = words.norms
    start = _tail_said(words, first, last, o.mock_tails)
    if start is not None:
        return start
    info = words.infos[last]
    if info is not None and info.is_russian and info.pos not in _QUALITIES:
        return None  # "купи торт, раз такой праздник": a noun says why, no mocking
    for lead in o.mock_tail_leads:
        start = last - len(lead)
        if start > first and norms[start:last] == lead and words.is_punct(start - 1):
            return start
    return None


def _tail_said(
    words: Words, first: int, last: int, tails: tuple[tuple[str, ...], ...]
) -> int | None:
    """Where one of ``tails`` ending at the last word ``last`` begins, a mark before it,
    words before that."""
    norms = words.norms
    for tail in tails:
        start = last + 1 - len(tail)
        if start > first and norms[start : last + 1] == tail and words.is_punct(start - 1):
            return start
    return None


def _asked_to_know(words: Words, o: OpenWorldWords) -> bool:
    """A question, then a tag of curiosity closing the text (``OpenWorldWords.curious_tails``:
    "скажи, а можно ли добавить в список человека? просто интересно", "can you add a pet to
    the list? just curious"): asked to know, nothing to do."""
    first = words.first_word
    if first is None or _QUESTION not in words.text:
        return False  # most commands
    last = max(k for k in range(len(words)) if words.is_word(k))
    return (
        _QUESTION in words.norms[first:last]
        and _tail_said(words, first, last, o.curious_tails) is not None
    )


class Remark(NamedTuple):
    """A clause that remarks and asks nothing (``remark``): ``start``..``end``; ``cut``: a
    request beside it is read without it (its words name no item: "buy your own beer", "any
    day now"); ``verbs_ask``: a chore's trigger or a buying, adding or reminding word inside
    it asks all the same ("такими темпами надо вынести мусор сегодня", "… нужно купить ещё
    молока"; a need alone is foreseen); ``said_only``: outside it only a request said as one (an
    imperative, a need, a run-out) asks, not a deed told of someone ("Jack will clean the
    garage, any day now")."""

    start: int
    end: int
    cut: bool = True
    verbs_ask: bool = False
    said_only: bool = False  # only a request said as one outside it asks (a mocking tag)


def _between_marks(words: Words, k: int) -> tuple[int, int]:
    """The words around ``k`` between the marks before and after it."""
    start = k
    while start > 0 and not words.is_punct(start - 1):
        start -= 1
    end = k + 1
    while end < len(words) and not words.is_punct(end):
        end += 1
    return start, end


def _sentence(words: Words, k: int) -> tuple[int, int]:
    """The sentence holding ``k``: from after the last end mark or line break before it up to
    and with the next end mark."""
    tokens, text = words.tokens, words.text
    start = k
    while start > 0 and not (
        tokens[start - 1].norm in _REMARK_ENDS
        or _NEWLINE in text[tokens[start - 1].end : tokens[start].start]
    ):
        start -= 1
    end = k + 1
    while end < len(words) and _NEWLINE not in text[tokens[end - 1].end : tokens[end].start]:
        end += 1
        if tokens[end - 1].norm in _REMARK_ENDS:
            break
    return start, end


def _doubted(words: Words, o: OpenWorldWords) -> Remark | None:
    """An incredulous "do you really think" asked of the one spoken to
    (``OpenWorldWords.incredulous_frames`` after ``incredulous_subjects``: "а ты правда
    думаешь, что Петя сам вынесет мусор? ха-ха", "you seriously think Tom will cook
    tonight?"): what follows in its sentence is doubted, nothing asked; "I really think you
    should add milk" asks, and a request in a sentence of its own asks ("…? ok add it")."""
    vocabulary = words.vocabulary
    if all(frame[-1] not in vocabulary for frame in o.incredulous_frames):
        return None  # most commands
    for k in range(len(words)):
        if not words.phrase_length(k, o.incredulous_frames):
            continue
        if not any(words.norms[j] in o.incredulous_subjects for j in range(max(0, k - 2), k)):
            continue  # "I really think …": the speaker's own view
        return Remark(*_sentence(words, k), cut=False)
    return None


def _thanked_for(words: Words, o: OpenWorldWords) -> Remark | None:
    """A thanking word, then its link and a gerund (``OpenWorldWords.thanks_words``,
    ``thanks_skips``, ``thanks_links``, ``gerund_endings``: "thanks for adding the eggs",
    "thank you so much for buying coffee"): a deed done is thanked for, in the words between
    its marks."""
    if words.vocabulary.isdisjoint(o.thanks_words):
        return None  # most commands
    norms, count = words.norms, len(words)
    for k in range(count):
        j = _thanks_link(words, k, o)
        if j is not None and j + 1 < count and norms[j + 1].endswith(o.gerund_endings):
            return Remark(*_between_marks(words, k))
    return None


def _thanks_link(words: Words, k: int, o: OpenWorldWords) -> int | None:
    """Where the link of a thanking word at ``k`` stands, past its skips and commas ("thank
    you so much for", "спасибо, что"), or None when no thanks opens there."""
    norms, count = words.norms, len(words)
    if norms[k] not in o.thanks_words:
        return None
    j = k + 1
    while j < count and (norms[j] in o.thanks_skips or norms[j] == ","):
        j += 1
    return j if j < count and norms[j] in o.thanks_links else None


def _thanked_for_reminder(words: Words, o: OpenWorldWords) -> Remark | None:
    """A thanking word, then its link and, within three words, a reminder given before
    (``OpenWorldWords.thanks_words``, ``thanks_skips``, ``thanks_links``,
    ``thanks_reminders``: "thank you for the reminder this morning, I would've forgotten the
    permission slip", "спасибо, что вчера напомнил про Arzttermin", "спасибо за напоминание,
    всё сделала"): the reminder was given and is thanked for, in the words from the thanks to
    its clause's end; a request beside it still asks, read without them ("thanks for the
    reminder about milk, we're out of eggs" adds the eggs alone)."""
    if words.vocabulary.isdisjoint(o.thanks_words):
        return None  # most commands
    count = len(words)
    for k in range(count):
        j = _thanks_link(words, k, o)
        if j is None:
            continue
        for i in range(j + 1, min(j + 4, count)):
            if words.is_punct(i):
                break
            if words.matches(i, o.thanks_reminders):
                # from the thanks to the reminder's clause end ("спасибо, что напомнил …")
                return Remark(_between_marks(words, k)[0], _between_marks(words, i)[1])
    return None


def _foreseen(words: Words, o: OpenWorldWords) -> Remark | None:
    """An extrapolation "at this rate" (``OpenWorldWords.rate_phrases``: "we need a bigger
    house at this rate"): what is needed in its clause (the next one where it stands alone:
    "at this rate, we'll need …") is foreseen, not asked; a chore's trigger or a buying word
    there asks ("такими темпами надо вынести мусор сегодня"), and so does a request in a
    clause of its own ("at this rate we'll need more milk, add 2 cartons")."""
    vocabulary = words.vocabulary
    if all(phrase[-1] not in vocabulary for phrase in o.rate_phrases):
        return None  # most commands
    for k in range(len(words)):
        length = words.phrase_length(k, o.rate_phrases)
        if not length:
            continue
        start, end = _between_marks(words, k)
        if start == k and end == k + length and end + 1 < len(words):
            end = _between_marks(words, end + 1)[1]  # "at this rate, we'll need a new fridge"
        return Remark(start, end, cut=False, verbs_ask=True)
    return None


def _sung(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A song's mark beside the words (``OpenWorldWords.song_marks``: "🎵 milk and honey,
    take me home 🎵", "you can't always get what you want 🎶"): sung or quoted, nothing
    asked; a buying, adding or reminding word that is no lyric's verb still asks ("add milk
    🎶" adds it)."""
    text = words.text
    if all(mark not in text for mark in o.song_marks):
        return False  # most commands (each mark looked for at C speed, a loop when compiled)
    asks = t.purchase_words | t.remind_verbs
    return not any(words.is_word(k) and words.matches(k, asks) for k in range(len(words)))


_PRONOUN: Final = "NPRO"  # OpenCorpora's pronoun: "разбежалась я пылесосить"


def _refuses_outright(words: Words, o: OpenWorldWords) -> bool:
    """A refusal said back, not a request: a refusal opener before a mark ("ага щас, …",
    "ещё чего, сам выноси …", "as if, …") with no imperative after it but one the speaker
    leaves to themself ("ага щас, Петя, вынеси мусор" asks Petya); a mocking "as if I'd run to" before an
    infinitive past a pronoun ("разбежалась я пылесосить", "разбежался мыть посуду"); "do it
    yourself": a doer and a reflexive right before an imperative ("сам себе купи свои
    энергетики"), or the doer alone before an imperative that ends the text ("да ладно, сам
    купи"; "сам посмотри кран в субботу" asks Dima) or closing the text after one ("купи
    сам", "buy it yourself": ``_after_a_deed``; "Петя, купи сам хлеб" asks)."""
    first = words.first_word
    if first is None:
        return False
    norms, infos = words.norms, words.infos
    for phrase in o.refusal_openers:
        end = first + len(phrase)
        if norms[first:end] == phrase and end < len(words) and words.is_punct(end):
            # "ага щас, Петя, вынеси мусор", "ещё чего, купи молока": an opener, then a
            # request of its own; "ещё чего, сам выноси" and no request at all refuse
            rest = range(end, len(words))
            asked = any(infos[k] is not None and infos[k].is_imperative for k in rest)  # type: ignore[union-attr]
            if not asked or any(norms[k] in o.self_doers for k in rest):
                return True
    for k, info in enumerate(infos):
        if info is None:
            continue
        if norms[k] in o.mock_runs:
            nxt = words.next_words[k]
            if nxt is not None and not infos[nxt].is_infinitive:  # type: ignore[union-attr]
                pronoun = infos[nxt].pos == _PRONOUN  # type: ignore[union-attr]
                nxt = words.next_words[nxt] if pronoun else None
            if nxt is not None and infos[nxt].is_infinitive:  # type: ignore[union-attr]
                return True
        elif norms[k] in o.self_doers:
            nxt = words.next_words[k]
            if nxt is not None and norms[nxt] in o.self_reflexives:
                nxt = words.next_words[nxt]
                if nxt is not None and infos[nxt].is_imperative:  # type: ignore[union-attr]
                    return True
            elif (
                nxt is not None
                and infos[nxt].is_imperative  # type: ignore[union-attr]
                and words.next_words[nxt] is None
            ):
                return True
            elif nxt is None and _after_a_deed(words, k, o):
                return True  # "купи сам", "buy it yourself": the doer closing the text
    return False


def _after_a_deed(words: Words, k: int, o: OpenWorldWords) -> bool:
    """Right before ``k`` a Russian imperative, or an English verb and its pronoun object
    (``OpenWorldWords.self_objects``): "купи сам", "buy it yourself", "do it yourself"."""
    before = k - 1
    if before < 0 or not words.is_word(before):
        return False
    info = words.infos[before]
    if info is not None and info.is_russian:
        return info.is_imperative
    if words.norms[before] not in o.self_objects:
        return False
    verb = before - 1
    return verb >= 0 and words.is_word(verb) and (verb == 0 or words.is_punct(verb - 1))


_WHEN_REACH: Final = 5  # "on my day off": the words of a when before the speaker's plan


def past_a_when(words: Words, lead: int, o: OpenWorldWords) -> int | None:
    """The speaker's future right after a when opening the text at ``lead`` ("on my day off
    I'll …", "after work I'll …"): its index, past the when's words (no mark, no verb between,
    at most ``_WHEN_REACH``); None when no such future follows."""
    for k in range(lead + 1, min(len(words), lead + 1 + _WHEN_REACH)):
        if words.infos[k] is None:
            return None  # a mark: "on Friday, add …" is no plan of the speaker's
        if words.norms[k] in o.own_plan_openers:
            return k
    return None


def _plans_it(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    standing: Mapping[str, tuple[tuple[str, ...], ...]],
    household: HouseholdIndex | None = None,
) -> bool:
    """ "я сама куплю", "I'll buy milk": the speaker says what they will do themselves
    (unless a reminder frames it: "напомни мне, что я куплю хлеб")."""
    if words.classes1 & REMIND_VERBS:
        return False
    # Most texts hold no such verb: the first test stays in C (no comprehension frame).
    # "Довожу до сведения Пети: …", "прошу внести …": the speaker's speech act, no plan
    plans = (
        [
            info.lemma
            for info in filter(None, words.infos)
            if info.is_own_plan and info.lemmas.isdisjoint(o.performative_lemmas)
        ]
        if any(map(_OWN_PLAN, filter(None, words.infos)))
        else []
    )
    if not plans and words.classes3 & PLURAL_PLAN_SUBJECTS:
        plans = _our_plans(words, o, t, household)
    if plans:
        if not t.buy_or_add_verbs.isdisjoint(plans):
            # "я куплю молоко, а ты купи хлеб": the speaker buys it; "после ночной куплю сам,
            # запиши гречку и тушёнку": what they will buy is asked onto the list still
            return not _asks_to_write(words, t)
        # "запиши в список …, пирогов им напеку", "попрошу записать …": a request said too;
        # "поменяй коту лоток, я буду отсыпаться": a chore asked, the speaker's plan its reason
        return not _asks_too(words, t) and not _asks_a_chore(words, o, t)
    first = words.first_word
    if first is not None and words.norms[first] in o.own_plan_when_leads:
        first = past_a_when(words, first, o)  # "on my day off I'll do costco": a plan told
    if first is not None and words.norms[first] in o.own_plan_openers:
        return True
    return (
        bool(words.classes3 & OWN_BUY_WORDS)  # (a lead or an auxiliary: most commands neither)
        and _buys_it_myself(words, o, t)
        and not has_phrase(words, standing)  # "from now on I'll buy oat milk": a standing buy
    )


def _our_plans(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> list[str]:
    """The lemmas of the 1st person future verbs after the speakers' plural subject
    (``OpenWorldWords.plural_plan_subjects``: "мы … приедем, привезём продукты") in its
    sentence (up to a mark that ends one); none when anything else may ask (``_kept_beside``)."""
    lemmas: list[str] = []
    ours: set[int] = set()  # the clauses the plan is told in
    after = False
    clause = 0
    for k, info in enumerate(words.infos):
        if info is None:
            if words.is_punct(k):
                clause += 1
            if words.tokens[k].text in _SENTENCE_ENDS:
                after = False
            continue
        if words.norms[k] in o.plural_plan_subjects:
            after = True
            ours.add(clause)
        elif after and info.is_future and info.is_first_person:
            lemmas.append(info.lemma)
            ours.add(clause)
    if not lemmas or _kept_beside(words, o, t, household, ours):
        return []
    return lemmas


def _kept_beside(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    household: HouseholdIndex | None,
    ours: set[int],
) -> bool:
    """Beside the speakers' plural plan told in the clauses ``ours``, something that keeps its
    own reading: an imperative or a 2nd person future ("мы купим хлеб, а ты купи молоко"), a
    need, a duty or a time come (``TriggerWords.need_words``, ``OpenWorldWords.need_frames``:
    "мы уедем, надо купить корм коту", "…, Петя должен покормить кота"), a task's word, or a
    member in another clause or sentence ("мы уедем. Петя покормит кота")."""
    if words.classes1 & NEED_WORDS or not words.vocabulary.isdisjoint(o.need_frames):
        return True
    clause = 0
    for k, info in enumerate(words.infos):
        if info is None:
            if words.is_punct(k):
                clause += 1
            continue
        if info.is_imperative or info.is_asked_future or words.matches(k, t.task_nouns):
            return True
        if (
            clause not in ours
            and household is not None
            and household.find_member(words, k) is not None
        ):
            return True
    return False


def _buys_it_myself(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The speaker's future anywhere right before an English buying or getting verb
    (``OpenWorldWords.own_buy_leads``: "stuck at work till 8, i'll grab something for
    dinner", "ill grab milk myself", "tomorrow I'll buy you a pastry"; ``own_buy_subjects``
    and ``own_buy_auxiliaries`` said apart: "we will buy milk tomorrow"): what the speaker will
    buy themselves, nothing asked; not with a request beside it (another English request or
    buying verb in its plain form, not negated, a Russian imperative or a need word: "we're
    out of loo roll, I'll get it tomorrow, add it to the list" asks)."""
    bought: set[int] = set()
    norms = words.norms
    for k in range(len(words)):
        said_apart = (
            norms[k] in o.own_buy_auxiliaries and k > 0 and norms[k - 1] in o.own_buy_subjects
        )  # "we will buy milk tomorrow"
        if not said_apart and (norms[k] not in o.own_buy_leads or adjective_lead(words, k, o)):
            continue
        verb = words.next_words[k]
        if verb is not None and (
            words.norms[verb] in t.shop_verbs or words.norms[verb] in t.soft_shop_verbs
        ):
            bought.add(verb)
    if not bought:
        return False
    for k, info in enumerate(words.infos):
        if info is None or k in bought:
            continue
        if info.is_russian:
            if info.is_imperative:
                return False
            continue
        norm = words.norms[k]
        if words.matches(k, t.need_words):
            return False  # "we need milk, I'll grab some": a need said
        if (
            k > 0
            and words.norms[k - 1] in t.addressees
            and (norm in t.shop_verbs or norm in t.soft_shop_verbs)
        ):
            continue  # "we'll grab pizza, you get drinks": the listener's share, not asked of us
        if (
            norm == words.lemmas[k]
            and (norm in t.request_words or norm in t.shop_verbs or norm in t.soft_shop_verbs)
            and not negated(words, k, t)
        ):
            return False
    return True


def adjective_lead(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The lead at ``k`` is the adjective ``adjective_leads`` also spells ("ill"): after a
    linking word or a subject fused with its copula ("tom is ill pick up some paracetamol",
    "lucy's ill buy some tissues") or before a mark ("emma's been ill, get some soup")."""
    if words.norms[k] not in o.adjective_leads:
        return False
    if k + 1 < len(words) and words.infos[k + 1] is None:
        return True  # "…ill, get some soup"
    before = k - 1
    if before < 0 or words.infos[before] is None:
        return False
    norm = words.norms[before]
    return norm in o.adjective_links or norm.endswith(o.copula_endings)


def _asks_to_write(words: Words, t: TriggerWords) -> bool:
    """A Russian imperative of adding or writing down ("запиши", "добавь"): the list asked
    for beside the speaker's own plan."""
    return any(
        info is not None and info.is_imperative and info.lemma in t.add_verbs
        for info in words.infos
    )


def _asks_too(words: Words, t: TriggerWords) -> bool:
    """An imperative adding or buying verb, or "попрошу" (the speaker's polite "please")."""
    for info in words.infos:
        if info is None:
            continue
        if info.is_imperative and info.lemma in t.buy_or_add_verbs:
            return True
        if info.is_own_plan and info.lemma in t.delegate_verbs:
            return True
    return False


def _put_on_a_name(words: Words, i: int, t: TriggerWords) -> bool:
    """A first name in the dative stands before the infinitive at ``i`` in its clause (no
    mark between): "Завтра вечером Маше посуду на кухне помыть" puts the chore on her; not
    when asked ("Маше посуду помыть?"), negated anywhere ("Маше посуду мыть не надо, …") or
    done by the speaker ("…, я сама помою")."""
    if _QUESTION in words.norms or not t.negations.isdisjoint(words.norms):
        return False
    lemma = words.lemmas[i]
    if any(info is not None and info.is_own_plan and info.lemma == lemma for info in words.infos):
        return False
    for k in range(i - 1, -1, -1):
        info = words.infos[k]
        if info is None:
            if words.tokens[k].kind == "punct":
                return False
            continue
        if info.is_name and info.noun_case == _DATIVE:
            return True
    return False


def _plan_set_off(words: Words, i: int) -> bool:
    """A mark stands between the infinitive at ``i`` and the speaker's plan after it ("Маше
    посуду помыть, я поздно вернусь"); with none ("… помыть я поздно вернусь", "… помыть а я
    отдохну") the task's words would run into the plan: it is read as before."""
    for k in range(i + 1, len(words)):
        if words.tokens[k].kind == "punct":
            nxt = words.next_words[k]
            # "…, а я отдохну": the title would run on into the plan past its conjunction
            return nxt is None or (after := words.infos[nxt]) is None or after.pos != _CONJ
        info = words.infos[k]
        if info is not None and info.is_own_plan:
            return False
    return True


def _needed_of_another(words: Words, i: int, t: TriggerWords) -> bool:
    """The infinitive at ``i`` right after a need ("Нужно помыть балкон …"), and the speaker
    plans no such deed themselves ("надо помыть посуду, я сама помою" is their own)."""
    if i < 1 or not words.matches(i - 1, t.need_words):
        return False
    lemma = words.lemmas[i]
    return not any(
        info is not None and info.is_own_plan and info.lemma == lemma for info in words.infos
    )


def _asks_a_chore(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A Russian imperative of an errand or chore (``errand_lemmas``: "поменяй", "вынеси"),
    or its infinitive after a name in the dative ("Маше посуду помыть") or right after a need
    ("Нужно помыть балкон в субботу. Я одна это делать не буду"), not negated, before the
    speaker's plan ("…, я буду отсыпаться", "…, я с дачи поздно вернусь"): the chore is
    asked."""
    for i, info in enumerate(words.infos):
        if info is None or info.lemma not in o.errand_lemmas:
            continue
        if not (
            info.is_imperative
            or (
                info.is_infinitive
                and (_put_on_a_name(words, i, t) or _needed_of_another(words, i, t))
                and _plan_set_off(words, i)
            )
        ):
            continue
        if info.is_own_plan or any(
            later is not None and later.is_own_plan for later in words.infos[:i]
        ):
            return False  # "я сама помою, а ты вынеси …" is read as before
        return not negated(words, i, t)
    return False


def _tells_a_stock(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A stock told to be there, no request: the product said first, then a word of
    fullness right before a holder (``OpenWorldWords.stock_fullness``, ``stock_holders``:
    "картошки полный мешок на балконе", "rice full bag in the pantry"), or a word of what is
    still left right before a part (``stock_left``, ``stock_parts``: "хлеба ещё half a
    loaf", "молока ещё полпакета"), with no request said: no trigger or need word, no
    Russian verb ("купи ещё полпачки", "нужен полный мешок картошки" keep their readings).
    The product before is a Russian noun in the genitive, or an English word that is no
    count or determiner (``stock_counts``): "ещё полпакета молока", "и ещё полбуханки
    хлеба", "2 full cartons of eggs", "full bag of rice and a jar of honey" ask for more."""
    keys = words.vocabulary
    full, left = not keys.isdisjoint(o.stock_fullness), not keys.isdisjoint(o.stock_left)
    if not (full or left):
        return False  # (most commands)
    told = False
    for k in range(len(words)):
        nxt = words.next_words[k]
        if nxt is None:
            continue
        if (
            full and words.matches(k, o.stock_fullness) and words.matches(nxt, o.stock_holders)
        ) or (left and words.matches(k, o.stock_left) and words.matches(nxt, o.stock_parts)):
            told = _stock_product_before(words, k, o)
            if told:
                break
    return told and not any(
        words.matches(k, t.candidates)
        or words.matches(k, t.need_words)
        or ((info := words.infos[k]) is not None and info.is_russian and info.pos in _VERB_POS)
        for k in range(len(words))
    )


def _stock_product_before(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The word right before token ``k`` names a stock's product: a Russian noun in the
    genitive ("картошки полный мешок"), an English word that is no count or determiner
    ("cereal still half a box"; not "2 full cartons", "a full bag")."""
    if k == 0 or (info := words.infos[k - 1]) is None:
        return False
    if info.is_russian:
        return info.pos == _NOUN and info.noun_case == _GENITIVE
    return words.norms[k - 1] not in o.stock_counts


def _needs_no_product(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A need word followed by a need no one buys ("a hug", "помощь") or a verb that is no
    chore alone ("подумать", "talk"), with nothing after it but ``idle_tail`` words."""
    count = len(words)
    for i in range(count):
        if not words.matches(i, t.need_words):
            continue
        k = words.next_words[i]
        verb = False  # "needs to help grandma": after "to", a verb, not a need
        while k is not None and (
            words.norms[k] in t.to_markers
            or words.norms[k] in o.idle_tail
            or words.norms[k] in o.vague_deeds
            or words.norms[k] in t.need_adverbs  # "нужна ещё помощь"
        ):
            verb = verb or words.norms[k] in t.to_markers
            k = words.next_words[k]
        if k is None:
            return False
        if not verb and words.matches(k, o.abstract_needs):
            return True  # "нужна помощь с уроками": help is no product, whatever follows
        if not verb and words.matches(k, o.service_needs) and _service_alone(words, k, t, o):
            return True  # "нужна срочно скорая", "we urgently need the police"
        if words.matches(k, o.deed_verbs):
            # "не понял, что надо делать", "we need to do something": no deed named
            rest = range(k + 1, count)
            return all(words.infos[j] is None or words.norms[j] in o.vague_deeds for j in rest)
        if not words.matches(k, o.idle_verbs):
            return False
        rest = range(k + 1, count)
        return all(words.infos[j] is None or words.norms[j] in o.idle_tail for j in rest)
    return False


_PHRASE_ENDS: Final = frozenset({"PREP", "PRCL", "ADVB", "INTJ"})
_VERB_POS: Final = frozenset({"VERB", "INFN"})


def _service_alone(words: Words, k: int, t: TriggerWords, o: OpenWorldWords) -> bool:
    """The service at ``k`` ends its noun phrase (a mark, a preposition, an adverb or nothing
    follows: "нужен врач для ребёнка", not "доктор мом", "nurse shoes") and no verb follows:
    "нужен врач, и купи молоко" still buys the milk."""
    count = len(words)
    after = k + 1
    if after < count and (info := words.infos[after]) is not None:
        norm = words.norms[after]
        if not (
            info.pos in _PHRASE_ENDS
            or norm in t.need_adverbs
            or norm in t.function_words
            or norm in o.idle_tail
        ):
            return False
    return all(
        (info := words.infos[j]) is None or info.pos not in _VERB_POS for j in range(after, count)
    )


def _alone_idle(words: Words, o: OpenWorldWords) -> bool:
    """The command is one idle verb or need word and nothing but ``idle_tail`` words:
    "помоги", "help me"."""
    first = words.first_word
    if first is None or not (
        words.matches(first, o.idle_verbs) or words.matches(first, o.abstract_needs)
    ):
        return False
    rest = range(first + 1, len(words))
    return all(words.infos[j] is None or words.norms[j] in o.idle_tail for j in rest)


def _vague_deed(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A verb of doing in general opening the command with nothing named after it ("please do
    the needful", "handle it", "sort it out", "сделай это", "разберись с этим как-нибудь"):
    no chore and nothing to buy is said."""
    first = words.first_word
    while first is not None and (
        words.norms[first] in t.transparent
        or words.norms[first] in o.vague_deeds
        or words.norms[first] in t.modals
        or words.norms[first] in o.own_plan_openers
    ):
        first = words.next_words[first]  # "please", "ну", "will do", "I'll do it"
    if first is None or not words.matches(first, o.deed_verbs):
        return False
    rest = range(first + 1, len(words))
    return all(words.infos[j] is None or words.norms[j] in o.vague_deeds for j in rest)


def _tells_a_habit(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "mum always buys the wrong milk", "Tom gets the bread on Fridays": an English buying or
    adding verb in its 3rd-person form tells what someone does, and no such verb is asked
    in its own form ("mum buys the wrong milk, get the blue one" asks)."""
    if words.classes1 & NEED_WORDS:
        return False  # "Lucy says we need more glue sticks": a need reported
    told = False
    for i, info in enumerate(words.infos):
        if info is None or info.is_russian:
            continue
        norm = words.norms[i]
        if norm == words.lemmas[i] and (  # (``words.matches``: its spelling is its lemma)
            norm in t.buy_or_add_verbs or norm in t.soft_shop_verbs
        ):
            return False  # "get coco pops …": asked
        # "pops", "sticks", "throws" are things: only the buying and plain adding verbs tell
        if (
            norm != words.lemmas[i]
            and norm.endswith(o.third_person_endings)
            and (words.has_lemma(i, t.shop_verbs) or words.has_lemma(i, t.request_words))
            and not words.has_lemma(i, t.list_only_add_verbs)
        ):
            told = True
    return told


def _perfect_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "Tom has cleaned the garage", "Lucy has fed the cat", "we've already done the dishes":
    a perfect tells a deed done; with no request in the text ("Tom has used the milk up, we
    need more" asks) nothing is asked ("Tom has to clean" is an obligation)."""
    if words.classes1 & REQUEST_WORDS and any(
        words.matches(k, t.request_words) and not negated(words, k, t) for k in range(len(words))
    ):
        return False  # "… so there's no need to remind anyone" asks nothing
    for i in range(len(words)):
        if words.norms[i] not in o.perfect_auxiliaries:
            continue
        k = words.next_words[i]
        while k is not None and words.norms[k] in o.perfect_skips:
            k = words.next_words[k]
        info = words.infos[k] if k is not None else None
        if k is None or info is None or info.is_russian:
            continue
        norm = words.norms[k]
        after = words.next_words[k]
        if after is not None and words.norms[after] in t.to_markers:
            continue  # "Tom has promised to mow …": what is owed follows
        if after is not None:
            then = words.next_words[after]
            if then is not None and (words.norms[after], words.norms[then]) in t.out_of:
                continue  # "we've run out of kitchen roll": a need
            if _closes_a_clause(words, after) and any(
                words.norms[after] == first for first, _of in t.out_of
            ):
                continue  # "toothpaste has run out.", "the milk has run out": a need
        if norm in o.irregular_participles or norm.endswith(t.participle_endings):
            return True
    return False


def _closes_a_clause(words: Words, k: int) -> bool:
    """The word at ``k`` ends the text or comes right before a mark."""
    return k + 1 == len(words.tokens) or words.is_punct(k + 1)


_POLITE_REACH: Final = 3  # "… could you possibly just add …": the verb past a few fillers


def _wonders_politely(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A hedge word that frames a polite request: "I was wondering if you could add bread",
    "wondering whether you'd pick up the parcel": the hedge, "if"/"whether", a subject, a
    modal, then (past fillers) a request or a fetching verb; "I wonder if we need milk" and
    "I wonder if it could rain" wonder."""
    norms = words.norms
    for k in range(len(words)):
        if norms[k] not in o.hedge_words:
            continue
        steps = words.next_words[k]
        if steps is None or norms[steps] not in o.indirect_openers:
            return False
        modal = words.next_words[steps]  # the subject, then the modal ("you'd": both)
        if modal is not None and norms[modal] not in o.polite_contractions:
            modal = words.next_words[modal]
            if modal is not None and norms[modal] not in o.polite_openers:
                return False
        if modal is None:
            return False
        j, seen = words.next_words[modal], 0
        while j is not None and seen < _POLITE_REACH:
            if words.matches(j, t.request_openers) or words.matches(j, t.remind_verbs):
                return True
            if norms[j] not in o.asking_fillers:
                return False
            j, seen = words.next_words[j], seen + 1
        return False
    return False


_LAPSE_REACH: Final = 3  # "forgot to feed", "забыла опять полить", "didn't even feed"
_HEDGE_REACH: Final = 2  # "чуть не забыла", "I almost forgot"


def tells_a_lapse(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A lapse told, no request: a verb of forgetting, failing or neglecting (Russian in the
    past or the third person, English in a finite form), then a deed a few words on ("Kate
    forgot to turn off the light", "Маша опять забыла полить цветы", "Tom didn't feed the
    cat"), with nothing commanded in the command: no Russian imperative, no need word, no
    English request verb but the deed's own ("Петя забыл вынести мусор, напомни ему" asks);
    a need told in the past is one too ("Пете надо было забрать торт"); not the speaker's
    own near miss ("чуть не забыла …", "I forgot to …", "before I forget")
    nor one asked of the reader ("сможешь пропылесосить?"). So is a plan told, a verb of
    intending, promising or hoping so, its deed at once ("Петя собирается помыть машину",
    "we're planning to paint the fence", "Tom's going to tidy his room"; "Tom's going to
    the shop, add milk" asks). Callers gate on ``LAPSE_VERBS`` or ``PLAN_VERBS`` (or
    ``PAST_COPULAS`` with ``NEED_WORDS``)."""
    needs = bool(words.classes1 & NEED_WORDS)
    plans = bool(words.classes0 & PLAN_VERBS)
    owed = bool(words.classes1 & OWED_WORDS)
    owing = False  # an owed deed told ("должен был"): a let word after it asks it done
    planned = False
    lapse: int | None = None
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_russian and info.is_imperative:
            return False
        if owing and words.norms[k] in t.let_words:
            return False  # "Петя должен был убрать, пусть уберёт сегодня": a request after it
        if (
            owing
            and (
                words.norms[k] in o.owed_askers
                or (
                    words.norms[k] in o.polite_openers
                    and k + 1 < len(words)
                    and words.norms[k + 1] in o.owed_addressees
                )
            )
            and lapse is not None
            and any(map(words.is_punct, range(lapse + 1, k)))
        ):
            return False  # "Tom was supposed to buy milk, can you get it": asked in its own clause
        if (
            lapse is None
            and needs
            and words.norms[k] in o.past_copulas
            and k > 0
            and words.matches(k - 1, t.need_words)
            and not (k + 1 < len(words) and words.norms[k + 1] in o.subjunctives)
        ):
            lapse = k  # "Диме надо было забрать торт": a need told in the past
            continue
        if lapse is None and owed and words.norms[k] in o.past_copulas:
            owed_at = _owed_beside(words, k, o)
            if owed_at is not None:
                lapse, owing = owed_at, True  # "Дима должен был вынести …", "Tom was supposed to …"
                continue
        if (
            lapse is None
            and (words.matches(k, o.lapse_verbs) or (plans and words.matches(k, o.plan_verbs)))
            and not (words.norms[k] in o.future_auxiliaries and any(map(words.is_punct, range(k))))
        ):
            if info.is_russian and not (
                info.pos == "VERB" and (info.is_past or info.is_third_person)
            ):
                return False  # "не забудь полить", "сможешь пропылесосить?": to the reader
            planned = not words.matches(k, o.lapse_verbs)
            if not planned and any(
                words.norms[j] in o.lapse_hedges for j in range(max(0, k - _HEDGE_REACH), k)
            ):
                return False
            lapse = k
            continue
        if (
            not info.is_russian
            and words.norms[k] in t.request_words
            and (lapse is None or k > lapse + _LAPSE_REACH)
            and (k == 0 or words.norms[k - 1] not in o.lapse_links)
        ):
            return False  # "Tom forgot the milk, buy some": a request of its own
    if lapse is None or (needs and words.norms[lapse] not in o.past_copulas):
        return False  # "Tom forgot the milk, we need some": a need of its own
    for j in range(lapse + 1, min(len(words), lapse + 1 + _LAPSE_REACH)):
        info = words.infos[j]
        if info is None:
            return False  # a mark: "Kate forgot, switch it off"
        if info.is_russian:
            if info.is_infinitive:
                return True
        elif planned:
            return j == lapse + 1 and words.norms[j] in o.lapse_links  # "wants me to …" relays
        elif (
            words.norms[j] in o.lapse_links
            or words.norms[lapse].endswith(o.lapse_negated_endings)
            or words.matches(j, t.candidates)  # (request words are candidates)
        ):
            return True
    return False


def _weary_of(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A word of weariness or a feeling (``OpenWorldWords.weary_words``), then past
    ``weary_fillers`` a Russian infinitive or "что" ("надоело напоминать про посуду", "устала
    мыть посуду каждый вечер", "достало, что никто не выносит мусор", "ненавижу гладить
    рубашки"), and nothing asked: no Russian imperative, need or let word, and outside the
    feeling's clause no trigger word ("устала мыть посуду, Петя, помой ты", "надоело,
    пусть Петя моет", "устала просить, купите уже хлеба" ask: "купите" is a trigger the
    tagger may not call an imperative)."""
    weary: tuple[int, int] | None = None
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if (info.is_russian and info.is_imperative) or words.matches(k, t.need_words):
            return False
        if words.norms[k] in t.let_words:
            return False
        if weary is not None or words.norms[k] not in o.weary_words:
            continue
        j = words.next_words[k]
        while j is not None and words.norms[j] in o.weary_fillers:
            j = words.next_words[j]
        if j is None or (nxt := words.infos[j]) is None:
            continue
        if (nxt.is_russian and nxt.is_infinitive) or words.norms[j] in (o.report_complementisers):
            weary = clause_around(words, k, t)
    return weary is not None and not _trigger_outside(words, weary, t)


def _trigger_outside(words: Words, span: tuple[int, int], t: TriggerWords) -> bool:
    """A trigger word (``TriggerWords.candidates``) outside the clause ``span``, its own
    clause's first word past a name or a member called ("…, купите уже хлеба", "…, so
    Petya take out the trash tonight")."""
    start, end = span
    for k in range(len(words)):
        if start <= k < end or words.infos[k] is None or not words.matches(k, t.candidates):
            continue
        if not negated(words, k, t):
            return True
    return False


def _guessed_deed(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A word of guessing (``OpenWorldWords.guess_words``) with a third person's future within
    three words of it (a Russian future of the third person, an English one of
    ``guess_modals`` after a subject that is not the one spoken to or the speaker,
    ``guess_addressees``): "Tom will probably grab eggs on the way", "maybe Tom will buy
    milk", "Петя наверное купит хлеб": a guess told, nothing asked; not with a Russian
    imperative, a need, let or obligation word, or an English request word opening a clause ("Tom will
    probably buy milk, get bread", "you'll probably need milk", "Tom should grab eggs")."""
    guessed: tuple[int, int] | None = None
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if (info.is_russian and info.is_imperative) or words.matches(k, t.need_words):
            return False
        if words.norms[k] in t.let_words or words.norms[k] in t.obligation_words:
            return False  # "…, пусть …", "Tom will probably have to fix the gate"
        if not info.is_russian and _opens_a_clause(words, k, t) and words.matches(k, t.candidates):
            return False  # "…, get bread"
        if guessed is None and words.norms[k] in o.guess_words:
            near = range(max(0, k - _GUESS_REACH), min(len(words), k + _GUESS_REACH + 1))
            if any(_future_told(words, j, o) for j in near):
                guessed = clause_around(words, k, t)
    # "…, so Petya take out the trash tonight": a trigger in a clause of its own asks
    return guessed is not None and not _trigger_outside(words, guessed, t)


_GUESS_REACH: Final = (
    3  # "Tom will probably grab", "probably Tom will mow", "Петя, наверное, купит"
)


def _future_told(words: Words, j: int, o: OpenWorldWords) -> bool:
    """The word at ``j`` tells a third person's future: a Russian verb so ("купит"), or an
    English modal of ``guess_modals`` after a word not among ``guess_addressees``."""
    info = words.infos[j]
    if info is None:
        return False
    if info.is_russian:
        return info.is_future and info.is_third_person
    if words.norms[j] not in o.guess_modals or j == 0:
        return False
    return words.is_word(j - 1) and words.norms[j - 1] not in o.guess_addressees


def _opens_a_clause(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` opens its clause: first, or after a mark or a joiner."""
    return k == 0 or words.is_punct(k - 1) or joins(words, k - 1, t)


def _owed_beside(words: Words, k: int, o: OpenWorldWords) -> int | None:
    """An obligation word right before or after the past copula at ``k`` ("должен был",
    "был должен", "was supposed"): its index, the deed's infinitive to follow it."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and words.norms[j] in o.owed_words:
            return max(j, k)
    return None


def _muses(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A Russian particle of maybe opening a clause, then an infinitive ("хм, может купить
    новый чайник", "а может покрасить забор в синий", "мб завести кошку"): the speaker
    muses, nothing asked; not with an imperative or a need word anywhere ("может, купи
    хлеба", "мб ещё бананы возьми"), nor after a subject ("Петя может вынести мусор").
    Callers gate on ``MUSING_PARTICLES``."""
    if words.classes1 & NEED_WORDS:
        return False
    mused = False
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_imperative:
            return False
        if mused or words.norms[k] not in o.musing_particles:
            continue
        before = k - 1
        while before >= 0 and words.norms[before] in o.musing_leads:
            before -= 1
        if before >= 0 and words.infos[before] is not None:
            continue  # "Петя может …": a subject's modal
        nxt = words.next_words[k]
        nxt_info = words.infos[nxt] if nxt is not None else None
        mused = nxt_info is not None and nxt_info.is_infinitive
    return mused


def _goes_to_a_list(
    words: Words, goal: int, t: TriggerWords, household: HouseholdIndex | None
) -> bool:
    """The list phrase after "всё в" names where the things go: a list word or one of the
    household's lists, in the accusative (where they go, not where they are: "— всё в
    продуктах", "— всё в списке"), closing the text past a full stop or "!" at most (nothing
    told after it: "— всё в продукты добавлено", "…, ха-ха", "…?"), and no thing the smart
    home runs among the things ("вода, свет — всё в хозтовары": bills, no goods)."""
    if words.classes1 & DEVICE_NOUNS:
        return False
    end = None
    if words.matches(goal, t.list_words):
        end = goal + 1
        while end < len(words) and words.is_word(end) and words.matches(end, t.list_words):
            end += 1  # "в список покупок"
    elif household is not None:
        end = next((j for _, i, j in household.find_lists(words, goal) if i == goal), None)
    if end is None:
        return False
    info = words.infos[goal]
    if info is not None and info.is_russian and info.noun_case not in _WHERE_TO_CASES:
        return False
    return all(words.norms[k] in _LIST_GOAL_ENDS for k in range(end, len(words)))


def _comments_on_a_list(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> bool:
    """Things named with no verb, a dash, then a word standing for them all and what is said
    of them ("молоко, хлеб, яйца — всё в холодильнике", "milk, eggs, bread - all sorted",
    "батончики, сухарики — это вредно"): a comment on the things, none asked for; not the
    list closed ("…, хлеб — всё"), nor what they are for or when ("… — это на завтра"), nor
    the list they go to ("… — всё в продукты", "… — всё в список": a list phrase's
    preposition, then a list word or one of the household's lists), nor with a verb or a
    need word anywhere. Callers gate on ``RESUMPTIVES``."""
    dash = next((k for k, token in enumerate(words.tokens) if token.norm in t.member_dashes), None)
    if dash is None or words.first_word is None or words.first_word > dash:
        return False
    head = dash + 1
    if head >= len(words) or words.norms[head] not in o.resumptives:
        return False
    said = words.next_words[head]
    if said is None or words.norms[said] in o.resumptive_purposes:
        return False
    goal = words.next_words[said] if words.norms[said] in t.list_phrase_preps else None
    if goal is not None and _goes_to_a_list(words, goal, t, household):
        return False  # "… — всё в продукты": where they all go
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if (
            (info.is_russian and (info.is_imperative or info.is_infinitive))
            or words.norms[k] in t.request_words
            or words.matches(k, t.need_words)
        ):
            return False
    return True


def _lesson_for_next_time(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> bool:
    """ "next time we should get the big bag of dog food, this one goes fast", "в следующий раз
    надо брать большую пачку порошка": a purchase put off to the next time
    (``OpenWorldWords.next_time_phrases``) with a modal or a need, and no imperative (a Russian
    one, an English buying verb in its own form after no modal: "next time get the big bag",
    "в следующий раз купи побольше" ask); nor a when after the phrase ("next time you're in
    town, …" frames a request)."""
    norms = words.norms
    end = None
    for i in range(len(words)):
        length = words.phrase_length(i, o.next_time_phrases)
        if length:
            end = i + length - 1
            break
    if end is None:
        return False
    if _when_follows(words, end, o, t, household):
        return False
    modal = False
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_russian:
            if info.is_imperative:
                return False
        elif norms[k] == words.lemmas[k] and (
            norms[k] in t.buy_or_add_verbs or norms[k] in t.soft_shop_verbs
        ):
            before = k - 1
            if before < 0 or not (
                norms[before] in o.lesson_modals
                or norms[before] in t.modals
                or norms[before] in t.to_markers
            ):
                return False  # "next time get …": asked
        if norms[k] in o.lesson_modals or words.matches(k, t.need_words):
            modal = True
    return modal


def _when_follows(
    words: Words, end: int, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> bool:
    """After the next-time phrase ending at ``end``, a when-clause opens: a word of one
    (``next_time_whens``: "you're in town", "когда пойдёшь"), a member ("next time Jack goes to
    Costco …") or an English subject and a verb that is no modal nor need ("next time we go
    …"; "next time we should get …" tells a lesson)."""
    after = words.next_words[end]
    if after is None:
        return False
    norms = words.norms
    if norms[after] in o.next_time_whens or (
        household is not None and household.find_member(words, after) is not None
    ):
        return True
    verb = words.next_words[after]
    return (
        verb is not None
        and norms[after] in o.story_subjects
        and words.infos[verb] is not None
        and not words.infos[verb].is_russian  # type: ignore[union-attr]
        and norms[verb] not in o.lesson_modals
        and norms[verb] not in t.modals
        and not words.matches(verb, t.need_words)
    )


def _reminder_reported(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "жена напомнила, что Маша завтра уезжает на соревнования", "Tom reminded me that Jack
    has football at 5": a remind verb in the past (a Russian past, an English "-ed" form),
    whom it was said to, then "что"/"that" (``reminder_report_links``) and a clause that
    tells an event: no need word, no run-out, no imperative in the text, no wish or request
    before the verb (``reminder_report_blocks``: "хочу, чтобы ты напомнил мне …"). A third
    person's present tells one too, with "что"/"that" or what it is about after it
    (``reminder_topic_links``: "Стоматология Улыбка напоминает о приёме 6 марта в 14:30").
    "мама напомнила, что надо купить хлеб" and "…, напомни ей собрать сумку" still ask."""
    if words.classes1 & NEED_WORDS or not words.vocabulary.isdisjoint(o.need_frames):
        return False  # "мама напомнила, что надо (пора) купить хлеб": a need reported
    norms = words.norms
    for k, info in enumerate(words.infos):
        if info is None or not words.matches(k, t.remind_verbs):
            continue
        present = _remind_present(words, k, o)
        if info.is_russian:
            if not (info.is_past or present):
                return False
        elif not (
            present or (norms[k] != words.lemmas[k] and norms[k].endswith(t.participle_endings))
        ):
            return False
        if any(norms[j] in o.reminder_report_blocks for j in range(k)):
            return False
        nxt = words.next_words[k]
        while nxt is not None and norms[nxt] in o.reminder_report_skips:
            nxt = words.next_words[nxt]
        if nxt is None or not (
            norms[nxt] in o.reminder_report_links
            or (present and norms[nxt] in o.reminder_topic_links)
        ):
            return False
        return not _asked_or_out(words, t)
    return False


def _remind_present(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The remind verb at ``k`` is a third person's present: a Russian one so tagged
    ("напоминает"), an English one with a third person's ending ("reminds")."""
    info = words.infos[k]
    if info is None or info.is_imperative:
        return False
    if info.is_russian:
        return info.is_third_person and not info.is_past and not info.is_future
    return words.norms[k] != words.lemmas[k] and words.norms[k].endswith(o.third_person_endings)


def _said_for_long(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "Emma's been saying for years that the garden needs a makeover", "свекровь годами
    твердит, что шторы надо поменять": a saying verb (an English gerund after "been", a
    Russian verb of saying not in the imperative) with a span of years or months
    (``long_spans``) of its own (``_span_of``), nothing asked and no run-out
    (``_asked_or_out``): an opinion told over a long time, not a need told now ("мама
    говорит, что Петя вечно забывает, надо напомнить ему …" still asks)."""
    said = False
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_russian:
            saying = words.lemmas[k] in o.long_sayings and not info.is_imperative
        else:
            saying = (
                words.norms[k] in o.long_sayings and words.norms[k - 1] in o.long_saying_auxiliaries
            )
        said = said or (saying and _span_of(words, k, o))
    return said and not _asked_or_out(words, t)


def _span_of(words: Words, k: int, o: OpenWorldWords) -> bool:
    """A span (``long_spans``) right before the saying verb at ``k`` ("годами твердит") or
    after it before a mark or "что"/"that" (``reminder_report_links``: "been saying for years
    that …", "твердит годами, что …")."""
    if k > 0 and words.norms[k - 1] in o.long_spans:
        return True
    j = k + 1
    while j < len(words) and not words.is_punct(j) and j <= k + _SPAN_REACH:
        norm = words.norms[j]
        if norm in o.long_spans:
            return True
        if norm in o.reminder_report_links:
            return False
        j += 1
    return False


def _asked_or_out(words: Words, t: TriggerWords) -> bool:
    """An imperative (a Russian one; an English buying, adding or remind verb in its own
    form) or a run-out is said in the text."""
    norms = words.norms
    for j, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_imperative or words.matches(j, t.out_of_words):
            return True
        if (
            not info.is_russian
            and norms[j] == words.lemmas[j]
            and (
                norms[j] in t.buy_or_add_verbs
                or norms[j] in t.soft_shop_verbs
                or norms[j] in t.remind_verbs
            )
        ):
            return True
        nxt = words.next_words[j]
        if nxt is not None and (norms[j], norms[nxt]) in t.out_of:
            return True
    return False


def _edit_reported(
    words: Words, t: TriggerWords, household: HouseholdIndex | None
) -> Remark | None:
    """An edit of a list told (``_clauses.edit_told_at``: "хаха Маша опять поставила себе
    задачу «спать»", "Jack put "nap" on the chore list again 😂", "lol the bot added Lynx
    Africa to groceries"), in the clauses of its verbs. Callers gate on ``EDIT_WORDS``."""
    if household is None:
        return None
    # (a word none of whose spelling and lemma is an edit's is none: ``edit_told_at``)
    norms, lemmas, edits = words.norms, words.lemmas, t.edit_words
    told = [
        k
        for k in range(len(words))
        if (norms[k] in edits or lemmas[k] in edits) and edit_told_at(words, k, household, t)
    ]
    if not told:
        return None
    # from the first told verb to a mark or a word that asks after the last ("yesterday Tom
    # added milk and bread to the list" tells whose list; "add what Tom added last week
    # again" asks), read whole where a request stands outside ("Tom put beer on the list
    # again, please also put chips on it")
    asks = t.request_words | t.buy_or_add_verbs
    end = told[-1] + 1
    while end < len(words) and not (
        words.is_punct(end) and (words.norms[end] in t.joiners or words.norms[end] in _REMARK_ENDS)
    ):
        info = words.infos[end]
        if words.matches(end, asks) or (info is not None and info.is_imperative):
            break
        end += 1
    return Remark(told[0], end, cut=False)


def _buy_your_own(words: Words, o: OpenWorldWords, t: TriggerWords) -> Remark | None:
    """A buying verb, then the hearer's own (``OpenWorldWords.own_refusals``: "buy your own
    energy drinks", "get ur own snacks") or the reflexive possessive closing its clause
    (``own_refusal_ends``: "шампунь на полке — мой, берите свой", "а пиво покупай своё"): a
    refusal said to someone in that clause, nothing asked of the app."""
    vocabulary = words.vocabulary
    if vocabulary.isdisjoint(o.own_refusal_ends) and not any(
        p[0] in vocabulary for p in o.own_refusals
    ):
        return None  # most commands
    norms = words.norms
    buying = t.shop_verbs | t.soft_shop_verbs
    for k in range(len(words) - 1):
        if not words.matches(k, buying):
            continue
        nxt = words.next_words[k]
        if nxt is None:
            continue
        start, end = clause_around(words, k, t)
        if any(norms[nxt : nxt + len(p)] == p for p in o.own_refusals) or (
            nxt + 1 == end and norms[nxt] in o.own_refusal_ends
        ):
            return Remark(start, end)
    return None


def _opens_a_command(words: Words, before: list[int], o: OpenWorldWords, t: TriggerWords) -> bool:
    """The words ``before`` a command's mark on its line only open it: joining marks, courtesies and
    assents (``OpenWorldWords.tag_assents``: "pls /add milk"), greetings ("hi /add milk") and
    a bot's mention (``mention_marks`` and the name after it: "@HomeTaskBot /add яблоки")."""
    norms = words.norms
    skip = False
    for j in before:
        if skip:
            skip = False
        elif norms[j] in o.mention_marks:
            skip = True
        elif not (
            (words.is_punct(j) and norms[j] in t.joiners)  # not a quote's ">"
            or words.matches(j, o.tag_assents)
            or words.matches(j, t.greetings)
        ):
            return False
    return True


def _command_talked_of(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A chat bot's command (``OpenWorldWords.command_marks`` right before a word, not inside
    a word: "Europe/Moscow") said only inside a line ("пример: /task Петя мусор завтра — так
    пишется", "`/add` это команда, а не текст", "пробовал /task, бот молчит", "> /add чипсы"
    quoted): the command talked of, nothing asked; a command opening a line, past a mention
    at most (``mention_marks``: "@HomeTaskBot /add яблоки", "> хлеба нет\n/add хлеб"), is
    one; a buying, adding or reminding word besides asks ("купи хлеб, /add не работает").
    """
    text, tokens = words.text, words.tokens
    if all(mark not in text for mark in o.command_marks):
        return False  # most commands (each mark looked for at C speed, a loop when compiled)
    talked = False
    said: set[int] = set()  # the commands' words
    for k in range(len(tokens) - 1):
        mark, word = tokens[k], tokens[k + 1]
        if mark.norm not in o.command_marks or word.kind != _WORD or word.start != mark.end:
            continue
        if (
            k > 0
            and tokens[k - 1].end == mark.start
            and (tokens[k - 1].kind == _WORD or tokens[k - 1].norm in o.command_marks)
        ):
            continue  # "Europe/Moscow", "и/или", "https://…"
        line = text.rfind("\n", 0, mark.start) + 1
        before = [j for j in range(k) if tokens[j].start >= line]
        if _opens_a_command(words, before, o, t):
            return False  # a command said
        talked = True
        said.add(k + 1)
    asks = t.purchase_words | t.soft_shop_verbs | t.remind_verbs
    return talked and not any(
        k not in said and words.is_word(k) and words.matches(k, asks) for k in range(len(words))
    )


def _hedges(words: Words, o: OpenWorldWords) -> bool:
    """A hedge word that wonders: not one a when follows ("clean out the gutters sometime next
    week", "sometime on Saturday": ``OpenWorldWords.hedge_when_followers``)."""
    for k in range(len(words)):
        if words.norms[k] in o.hedge_words:
            nxt = words.next_words[k]
            if nxt is None or words.norms[nxt] not in o.hedge_when_followers:
                return True
    return False


def remark(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> Remark | None:
    """A clause that remarks on a deed, a refusal or a doubt and asks nothing: an edit of a
    list told, an evaluation, a wish contrary to fact or a chore's state
    (``_remarks_told.remark_told``), "buy your own", an incredulous "you really think …?", thanks for a deed done,
    "at this rate", a sarcastic tag closing the text (the whole text where a mocking booster
    piles on before it: "…, купи мне ещё машину, раз такой щедрый"). The caller reads it as no request
    unless a request stands outside it (``_clauses.asks_outside``), and then reads the
    request without it where its words name no item."""
    if words.classes3 & EDIT_WORDS and (found := _edit_reported(words, t, household)):
        return found
    # (``remark_told``'s own first test, here before the call: a class most commands lack)
    told = remark_told(words, o, t, household) if words.classes4 & TOLD_CUES else None
    if told is not None:
        # "Costco rotisserie chicken is the best deal in town"; a request beside it is read
        # without it ("Готовить дома дешевле, купи гречку")
        return Remark(*told)
    if words.classes0 & REMARK_WORDS:  # (most commands hold none)
        # the first that reads one, each read only when those before it read none
        read = _buy_your_own(words, o, t)
        if read is None:
            read = _thanked_for_reminder(words, o)
        if read is None:
            read = _thanked_for(words, o)
        if read is None:
            read = _foreseen(words, o)
        if read is not None:
            return read
        if o.incredulous_frames and (found := _doubted(words, o)):
            return found
    first = words.first_word
    if first is not None and words.classes0 & STATEMENT_MARKERS:
        tail = _mocked_at_the_end(words, first, o)
        if tail is not None and any(
            words.phrase_length(k, o.mock_boosters) for k in range(first, tail)
        ):
            return Remark(0, len(words))  # "ну давай, купи мне ещё машину, раз такой щедрый"
        if tail is not None:
            return Remark(tail - 1, len(words), said_only=True)
    return None


def is_statement(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    standing: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({}),
    household: HouseholdIndex | None = None,
) -> bool:
    """The command retracts, hedges, tells the speaker's own plan or needs no product;
    ``standing`` holds the standing phrases (``CorridorWords.standing_by_first``: "from now
    on I'll buy oat milk" sets what is bought, no plan told), ``household`` whose lists a
    comment on a list may name as where things go."""
    if _plans_it(words, o, t, standing, household):
        return True
    if words.classes3 & NEXT_TIME_MARKS and _lesson_for_next_time(words, o, t, household):
        return True
    if words.classes1 & REMIND_VERBS and _reminder_reported(words, o, t):
        return True
    if words.classes3 & LONG_SPANS and _said_for_long(words, o, t):
        return True
    if (
        words.classes0 & (LAPSE_VERBS | PLAN_VERBS)
        or (words.classes0 & PAST_COPULAS and words.classes1 & (NEED_WORDS | OWED_WORDS))
    ) and tells_a_lapse(words, o, t):
        return True
    if o.weary_words and not words.vocabulary.isdisjoint(o.weary_words) and _weary_of(words, o, t):
        return True
    if not words.vocabulary.isdisjoint(o.guess_words) and _guessed_deed(words, o, t):
        return True
    if words.classes0 & RESUMPTIVES and _comments_on_a_list(words, o, t, household):
        return True
    if words.classes0 & MUSING_PARTICLES and _muses(words, o, t):
        return True
    if (
        o.third_person_endings
        # a word of either class ``_tells_a_habit`` reads with ``has_lemma``: most have none
        and words.classes1 & (SHOP_VERBS | REQUEST_WORDS)
        # and a word with the ending it tells by ("buys"): none in most (Russian) commands
        and any(map(str.endswith, words.norms, repeat(o.third_person_endings)))
        and _tells_a_habit(words, o, t)
    ):
        return True
    if words.classes0 & PERFECT_AUXILIARIES and _perfect_told(words, o, t):
        return True
    if o.command_marks and _command_talked_of(words, o, t):
        return True
    if o.song_marks and _sung(words, o, t):
        return True
    # (``_asked_to_know`` and ``_tells_a_stock`` test these first: most commands hold neither)
    if o.curious_tails and _QUESTION in words.text and _asked_to_know(words, o):
        return True
    if words.classes3 & STOCK_WORDS and _tells_a_stock(words, o, t):
        return True
    if not words.classes0 & STATEMENT_MARKERS:
        return False  # most commands
    return (
        retracts(words, o)
        or _mocks(words, o)
        or _refuses_outright(words, o)
        or has_phrase(words, o.hedge_by_first)
        or (
            words.classes2 & HEDGE_WORDS
            and _hedges(words, o)
            and not _wonders_politely(words, o, t)
        )
        or (words.classes1 & NEED_WORDS and _needs_no_product(words, o, t))
        or _alone_idle(words, o)
        or (not words.vocabulary.isdisjoint(o.deed_verbs) and _vague_deed(words, o, t))
    )
