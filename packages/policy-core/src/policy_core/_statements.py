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

from itertools import repeat
from operator import attrgetter

from policy_core._classes import (
    HEDGE_WORDS,
    NEED_WORDS,
    PERFECT_AUXILIARIES,
    REMIND_VERBS,
    REQUEST_WORDS,
    RETRACTION_STARTS,
    SHOP_VERBS,
    STATEMENT_MARKERS,
)
from policy_core._notices import has_phrase
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["is_statement", "retracts"]

_PUNCT = "punct"
_OWN_PLAN = attrgetter("is_own_plan")


def retracts(words: Words, o: OpenWorldWords) -> bool:
    """A retraction word last or before a mark ("забей гвоздь" is a chore), or a retraction
    phrase anywhere."""
    if not words.classes & RETRACTION_STARTS:
        return False  # most commands
    if has_phrase(words, o.retraction_phrases):
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
    if words.classes & REMIND_VERBS:
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
    if plans:
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
        while k is not None and (
            words.norms[k] in t.to_markers
            or words.norms[k] in o.idle_tail
            or words.norms[k] in o.vague_deeds
        ):
            verb = verb or words.norms[k] in t.to_markers
            k = words.next_words[k]
        if k is None:
            return False
        if not verb and words.matches(k, o.abstract_needs):
            return True  # "нужна помощь с уроками": help is no product, whatever follows
        if words.matches(k, o.deed_verbs):
            # "не понял, что надо делать", "we need to do something": no deed named
            rest = range(k + 1, count)
            return all(words.infos[j] is None or words.norms[j] in o.vague_deeds for j in rest)
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
    if words.classes & NEED_WORDS:
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
    if not words.vocabulary.isdisjoint(t.request_words):
        return False
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
        if norm in o.irregular_participles or norm.endswith(t.participle_endings):
            return True
    return False


_POLITE_REACH = 3  # "… could you possibly just add …": the verb past a few fillers


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


def is_statement(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The command retracts, hedges, tells the speaker's own plan or needs no product."""
    if _plans_it(words, o, t):
        return True
    classes = words.classes
    if (
        o.third_person_endings
        # a word of either class ``_tells_a_habit`` reads with ``has_lemma``: most have none
        and classes & (SHOP_VERBS | REQUEST_WORDS)
        # and a word with the ending it tells by ("buys"): none in most (Russian) commands
        and any(map(str.endswith, words.norms, repeat(o.third_person_endings)))
        and _tells_a_habit(words, o, t)
    ):
        return True
    if classes & PERFECT_AUXILIARIES and _perfect_told(words, o, t):
        return True
    if not classes & STATEMENT_MARKERS:
        return False  # most commands
    return (
        retracts(words, o)
        or _mocks(words, o)
        or has_phrase(words, o.hedge_phrases)
        or (classes & HEDGE_WORDS and not _wonders_politely(words, o, t))
        or _needs_no_product(words, o, t)
        or _alone_idle(words, o)
        or (not words.vocabulary.isdisjoint(o.deed_verbs) and _vague_deed(words, o, t))
    )
