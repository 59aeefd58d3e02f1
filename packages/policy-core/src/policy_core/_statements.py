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

from operator import attrgetter

from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["is_statement", "retracts"]

_PUNCT = "punct"
_OWN_PLAN = attrgetter("is_own_plan")


def _has_phrase(words: Words, phrases: tuple[tuple[str, ...], ...]) -> bool:
    norms = words.norms
    vocabulary = words.vocabulary
    for phrase in phrases:
        if phrase[0] not in vocabulary:
            continue
        size = len(phrase)
        for i in range(len(norms) - size + 1):
            if norms[i : i + size] == phrase:
                return True
    return False


def retracts(words: Words, o: OpenWorldWords) -> bool:
    """A retraction word last or before a mark ("забей гвоздь" is a chore), or a retraction
    phrase anywhere."""
    if words.vocabulary.isdisjoint(o.retraction_starts):
        return False  # most commands
    if _has_phrase(words, o.retraction_phrases):
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
    return False


def _mocks(words: Words, o: OpenWorldWords) -> bool:
    """A mocking opener at the start and a booster anywhere after it."""
    first = words.first_word
    if first is None:
        return False
    norms = words.norms
    opener = next((len(p) for p in o.mock_openers if norms[first : first + len(p)] == p), None)
    if opener is None:
        return False
    rest = norms[first + opener :]
    return any(rest[i : i + len(p)] == p for p in o.mock_boosters for i in range(len(rest)))


def _plans_it(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "я сама куплю", "I'll buy milk": the speaker says what they will do themselves
    (unless a reminder frames it: "напомни мне, что я куплю хлеб")."""
    if not words.vocabulary.isdisjoint(t.remind_verbs):
        return False
    # Most texts hold no such verb: the first test stays in C (no comprehension frame).
    if any(map(_OWN_PLAN, filter(None, words.infos))):
        plans = [info.lemma for info in filter(None, words.infos) if info.is_own_plan]
        if not t.buy_or_add_verbs.isdisjoint(plans):
            return True  # "я куплю молоко, а ты купи хлеб": the speaker buys it
        # "запиши в список …, пирогов им напеку", "попрошу записать …": a request said too
        return not _asks_too(words, t)
    first = words.first_word
    return first is not None and words.norms[first] in o.own_plan_openers


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


def _needs_no_product(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A need word followed by a need no one buys ("a hug", "помощь") or a verb that is no
    chore alone ("подумать", "talk"), with nothing after it but ``idle_tail`` words."""
    count = len(words)
    for i in range(count):
        if not words.matches(i, t.need_words):
            continue
        k = words.next_words[i]
        verb = False  # "needs to help grandma": after "to", a verb, not a need
        while k is not None and (words.norms[k] in t.to_markers or words.norms[k] in o.idle_tail):
            verb = verb or words.norms[k] in t.to_markers
            k = words.next_words[k]
        if k is None:
            return False
        if not verb and words.matches(k, o.abstract_needs):
            return True  # "нужна помощь с уроками": help is no product, whatever follows
        if not words.matches(k, o.idle_verbs):
            return False
        rest = range(k + 1, count)
        return all(words.infos[j] is None or words.norms[j] in o.idle_tail for j in rest)
    return False


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


def is_statement(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The command retracts, hedges, tells the speaker's own plan or needs no product."""
    if _plans_it(words, o, t):
        return True
    if words.vocabulary.isdisjoint(o.statement_markers):
        return False  # most commands
    return (
        retracts(words, o)
        or _mocks(words, o)
        or _has_phrase(words, o.hedge_phrases)
        or not words.vocabulary.isdisjoint(o.hedge_words)
        or _needs_no_product(words, o, t)
        or _alone_idle(words, o)
    )
