"""A request taken back in the same text, and a condition said before a request (issue #12,
round 25).

* **taken back**: a request, then, set off from it by a mark, what withdraws it with nothing
  asked after it: a cancel said as a clause of its own ("купи торт и свечи — не, отменяется,
  праздник перенесли", "напомни Пете вынести мусор… а, он уже вынес, не надо", "…, ignore
  me", "…, cancel"; ``OpenWorldWords.takeback_cancels``), or a withdrawing word opening the
  clause (``takeback_withdrawals``: "стоп", "wait", "no") and a clause that tells why ("купи
  хлеба. хотя стоп, Дима уже купил", "add eggs. wait, no, we still have half a carton"): a
  Russian verb that asks nothing, an English subject, auxiliary or a word of a deed already
  done (``takeback_done_words``). A request verb after it ("…, стоп, лучше купи кефир")
  asks again: nothing is withdrawn here.
* **a condition before the request**: "если в пятёрочке будет свежая рыба, купи", "if they
  have ripe avocados grab two". Golden and the wording corpus read a conditional request as
  a request (the condition dropped: "if the bakery's open, grab a couple of baguettes"); what
  the condition names is no item of it: a consequence naming nothing of its own (a verb,
  a count, a measure) is read alone, so what to buy is asked (``after_condition``); one
  that names anything is read whole, so the condition's list, date and member stay.
* **said instead**: a retraction or a cancel, then a request verb opening a clause of its
  own: that request read alone (``asked_after_takeback``); a member corrected to a person who
  is no member: who does it is asked (``doer_corrected``); a correction in speech, an
  ellipsis before its term or a word that settles the replacement said last ("…, а нет,
  кефир лучше", "…, одного хватит"): read as the correction it is (``correction_settled``).

Each reading is its own function, called where the command is read (``_read.read``,
``_restated_requests.as_asked``); the words are each language's (``OpenWorldWords``
``takeback_*``).
"""

from __future__ import annotations

from typing import Final

from policy_core._classes import (
    RESTART_STARTS,
    RESTART_WITHDRAWALS,
    RETRACTION_STARTS,
    TAKEBACK_STARTS,
    TAKEBACK_WITHDRAWALS,
)
from policy_core._household import HouseholdIndex
from policy_core._units import is_measure_word
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = [
    "after_condition",
    "asked_after_takeback",
    "correction_settled",
    "doer_corrected",
    "item_taken_back",
    "need_told_again",
    "taken_back",
]

_PUNCT: Final = "punct"
_FULL_STOP: Final = "."  # one full stop ends a sentence; three, or "…", are a pause
_QUESTION: Final = "?"  # a clause closed by it asks
_BARE_WORDS: Final = 4  # the most words a bare replacement after a pause is said in


def _after_mark(words: Words, i: int) -> bool:
    """Token ``i`` opens a clause: a mark right before it."""
    return i > 0 and words.tokens[i - 1].kind == _PUNCT


def _asks(words: Words, k: int, v: Vocabulary) -> bool:
    """Token ``k`` is a request's verb: a Russian imperative, or an English buying, adding,
    reminding or chore verb as spelled (its past, "bought", "got", asks nothing)."""
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return info.is_imperative
    t, norm = v.triggers, words.norms[k]
    return (
        norm in t.shop_verbs
        or norm in t.soft_shop_verbs
        or norm in t.add_verbs
        or norm in t.remind_verbs
        or norm in t.chore_verbs
    )


def _request_at(words: Words, v: Vocabulary) -> int | None:
    """The first request verb of the command, or None."""
    return next((k for k in range(len(words)) if _asks(words, k, v)), None)


def _tells(words: Words, i: int, v: Vocabulary) -> bool:
    """The clause from ``i`` tells, in its first words, why: a word of a deed done or a state
    (``takeback_done_words``: "уже", "already", "still"), a Russian verb that asks nothing
    ("Дима купил", "праздник перенесли"), an English subject or auxiliary ("we have …")."""
    o, s, t = v.open_world, v.shopping, v.triggers
    if _runs_out(words, i, v):
        return False  # "…, no, we're out": the need told again, nothing withdrawn
    clause = _clause(words, i)
    for k in clause:
        if words.matches(k, o.takeback_corrections):
            if any(words.norms[j] in o.takeback_done_words for j in clause if j < k):
                return True  # "…, wait, we still need flour too": asked, as it was
            # "…, no, we need two", "…, нет, Дима хочет овсяное": a correction; negated, a
            # reason ("…, no, we don't need any", "…, стоп, Маше не нужно")
            if any(words.norms[j] in o.takeback_referents for j in clause):
                return True  # "…, no, Tom needs it for the cake": no new product; asked
            return any(words.norms[j] in t.negations for j in range(max(i, k - 2), k))
        nxt = words.next_words[k]
        if words.norms[k] in o.takeback_beneficiary_links and nxt is not None:
            named = words.infos[nxt]
            proper = named is not None and not named.is_russian and words.tokens[nxt].text.istitle()
            if named is not None and (named.is_name or proper):
                return False  # "…, wait, it's for Tom", "…, это для Маши": whom it is for
    if any(words.norms[k] in o.takeback_done_words for k in clause):
        return True  # "…, хотя стоп, Дима уже купил", "…, wait, we still have half a carton"
    if any(_counted(words, k, v) for k in clause):
        return False  # "…, стой, взять два": a count corrected
    seen = 0
    for k in range(i, len(words)):
        info = words.infos[k]
        if info is None:
            if seen and words.tokens[k].kind == _PUNCT:
                break  # the clause ends
            continue
        seen += 1
        if seen > 2:
            break
        norm = words.norms[k]
        if norm in o.takeback_done_words:
            return True
        if words.phrase_length(k, t.restart_by_first.get(norm, ())):
            return False  # "…, no, I mean egg whites": a correction, no reason told
        if info.is_russian:
            if info.pos == "VERB" and not info.is_imperative and not info.is_first_person:
                return True  # "Дима купил", "праздник перенесли"; "…, подожди, мешаю" is none
        elif norm in s.subject_pronouns or norm in t.auxiliaries:
            return True
    return False


def _clause(words: Words, i: int) -> list[int]:
    """The words of the clause from ``i``: to its first mark after a word."""
    said: list[int] = []
    for k in range(i, len(words)):
        if words.infos[k] is not None:
            said.append(k)
        elif said and words.tokens[k].kind == _PUNCT:
            break
    return said


def _counted(words: Words, k: int, v: Vocabulary) -> bool:
    """The word at ``k`` is a count: a number written or said ("два", "two", "пару")."""
    n, norm = v.numbers, words.norms[k]
    return words.tokens[k].kind == "number" or norm in n.units or norm in n.tens or norm in n.solo


def _runs_out(words: Words, i: int, v: Vocabulary) -> bool:
    """The clause from ``i`` (to its first mark after a word) tells something ran out
    (``ShoppingWords.ran_out_states``, ``ran_out_verbs``: "we're out", "it's gone";
    ``TriggerWords.out_of_words``: "он кончился", "закончилось")."""
    s = v.shopping
    kinds = (s.ran_out_states, s.ran_out_verbs, v.triggers.out_of_words)
    return any(words.matches(k, kind) for k in _clause(words, i) for kind in kinds)


def need_told_again(words: Words, v: Vocabulary) -> str | None:
    """A request, then set off by a mark a withdrawing word and a clause that tells the thing
    ran out (``_runs_out``: "купи хлеб, подожди, он кончился", "buy milk, no, we're out"):
    the need told again, nothing withdrawn; the request read without them ("стоп" was read
    as an item "стопы"). None otherwise."""
    o = v.open_world
    if not words.classes0 & TAKEBACK_WITHDRAWALS:
        return None  # most commands
    request = _request_at(words, v)
    if request is None:
        return None
    for i in range(request + 2, len(words)):
        if not _after_mark(words, i) or words.norms[i] not in o.takeback_withdrawals:
            continue
        end, cancelled, withdrawing = _run(words, i, v)
        if cancelled or not withdrawing or end >= len(words) or not _runs_out(words, end, v):
            continue
        if any(_asks(words, k, v) for k in range(end, len(words))) or any(
            words.tokens[k].text == _QUESTION for k in range(end, len(words))
        ):
            return None  # "…, wait, are we out?": asked, not told
        return words.text[: words.tokens[i - 1].start]
    return None


def taken_back(words: Words, v: Vocabulary) -> bool:
    """A request, then a take-back and nothing asked after it (see the module's note): the
    request is withdrawn and nothing replaces it."""
    o = v.open_world
    if words.vocabulary.isdisjoint(o.takeback_starts):
        return False  # most commands
    request = _request_at(words, v)
    if request is None:
        return False
    count, infos = len(words), words.infos
    i = request + 1
    while i < count:
        if infos[i] is None or not _opens(words, i, v):
            i += 1
            continue
        end, cancelled, withdrawing = _run(words, i, v)
        if end == i:
            i += 1
            continue
        if end < count and words.norms[end] in o.condition_openers:
            i = end  # "…, cancel it if he can't make it": a deed on a condition, no take-back
            continue
        told = end < count and _tells(words, end, v)
        set_off = end == count or words.tokens[end].kind == _PUNCT
        if (cancelled and (set_off or told)) or (withdrawing and told):
            return not any(_asked_again(words, k, v) for k in range(end, count))
        i = end
    return False


def _opens(words: Words, i: int, v: Vocabulary) -> bool:
    """A take-back may start at ``i``: after a mark, at a withdrawing word ("стоп", "wait")
    that is no negation of the word before it ("хлеб не надо"), or at a cancel not led by a
    word that makes it a deed's ("remind Tom to cancel")."""
    o, norms = v.open_world, words.norms
    if _after_mark(words, i):
        return True
    if norms[i] in v.triggers.negations:
        return False  # "…, хотя хлеб не надо": what is negated is the word before
    if norms[i] in o.takeback_withdrawals:
        return True
    before = norms[i - 1]
    if before in o.takeback_leads or before in v.triggers.negations:
        return False  # "remind Tom to cancel", "…, не забудь"
    said = words.infos[i - 1]
    if said is not None and (said.is_name or said.is_dative or _asks(words, i - 1, v)):
        return False  # "напомни Диме отменить", "напомни отменить запись": the deed's verb
    return bool(words.phrase_length(i, o.takeback_cancels))


def _run(words: Words, i: int, v: Vocabulary) -> tuple[int, bool, bool]:
    """The end of the take-back's words from ``i`` (marks, openers, withdrawing words,
    cancels, a request verb negated), whether a cancel is among them, and whether a
    withdrawing word is."""
    o, norms, infos = v.open_world, words.norms, words.infos
    negations = v.triggers.negations
    k, count = i, len(words)
    cancelled = withdrawing = False
    while k < count:
        if infos[k] is None:
            k += 1
            continue
        size = words.phrase_length(k, o.takeback_cancels)
        if size:
            cancelled = True
            k += size
            continue
        nxt = words.next_words[k]
        if (
            norms[k] in negations
            and nxt is not None
            and words.phrase_length(nxt, o.takeback_cancels)
        ):
            break  # "не забудь", "don't forget it": a cancel negated asks
        if k > i and norms[k] in negations and nxt is not None and _asks_anew(words, nxt, v):
            # "…, отмена, не добавляй", "…, нет, don't buy": the request verb negated in a
            # take-back ("«Принцессу Нури» не берите" withdraws only what it names)
            cancelled = True
            k = nxt + 1
            continue
        if norms[k] in negations and k + 1 < count and words.tokens[k + 1].kind != _PUNCT:
            break  # "…, не выживут": a negation that is no "no" said alone
        if norms[k] in o.takeback_withdrawals:
            withdrawing = True
        elif norms[k] not in o.takeback_openers:
            break
        k += 1
    while k > i and infos[k - 1] is None:
        k -= 1  # the marks closing the run are no part of it
    return k, cancelled, withdrawing


def _asked_again(words: Words, k: int, v: Vocabulary) -> bool:
    """A request verb at ``k``, not negated: asked again after the take-back."""
    if not _asks(words, k, v):
        return False
    before = words.norms[k - 1] if k else ""
    return before not in v.triggers.negations


def after_condition(words: Words, v: Vocabulary) -> str | None:
    """A condition opening the command (``OpenWorldWords.condition_openers``), then a request
    verb opening the consequence: after the condition's mark or "то", a Russian imperative, or
    an English request verb after a word that is no subject, modal or lead of the condition's
    own verb (``takeback_leads``: "if you get a chance …", "if we need to buy …"): the verb
    alone when the consequence names nothing of its own (``_consequence``), or None. A
    consequence of the speaker's own ("if the store's out of oat milk I'll just get almond",
    "если будет скидка, купим") is no request and is left to ``_unserved``; a negated one
    ("…, не покупай") is left as it is."""
    o = v.open_world
    first = words.first_word
    if first is None or words.norms[first] not in o.condition_openers:
        return None  # most commands
    norms, count = words.norms, len(words)
    if any(norms[k] in o.speaker_contractions for k in range(count)):
        return None  # "if the store's out of oat milk I'll just get almond": a plan told
    own = (
        o.speaker_subjects | o.plan_modals | o.takeback_leads | v.shopping.subject_pronouns
        | v.triggers.auxiliaries
    )  # fmt: skip
    t = v.triggers
    unmarked = t.shop_verbs | t.soft_shop_verbs | t.add_verbs | t.remind_verbs
    for k in range(first + 2, count):
        if not _asks(words, k, v):
            continue
        before = norms[k - 1]
        if before in v.triggers.negations:
            return None
        info = words.infos[k]
        opening = _after_mark(words, k) or before in o.condition_thens
        if opening or (info is not None and info.is_russian):
            return _consequence(words, k, v)
        if norms[k] not in unmarked:
            continue  # "… the big pack of diapers": a chore verb's spelling may be a noun
        if before not in own:
            return _consequence(words, k, v)
        return None  # "if you get a chance …": the condition's own verb
    return None


def _consequence(words: Words, verb: int, v: Vocabulary) -> str | None:
    """The consequence's verb alone when nothing of its own follows it, only marks, a count
    or a measure, and words that name nothing ("…, купи", "…, купи ты", "…, get some",
    "…, возьми пачку", "…, get a loaf": what it measures is what the condition named, and
    the household's readers take a purchase on the shop's stock as a question): what to buy
    is asked, and nothing the condition names is an item. None when the consequence names
    anything else (a product, a member, a list, a date): the command is read whole, so the
    condition's list, date and member are kept ("если пойдёшь в хозтовары, купи губки",
    "if it rains tomorrow, remind Jack …", "if Jack is home early, remind him …")."""
    norms, tokens, n = words.norms, words.tokens, v.numbers
    naming_nothing = (
        n.articles, v.triggers.function_words, v.shopping.subject_pronouns,
        v.open_world.takeback_referents, v.open_world.consequence_fillers,
    )  # fmt: skip
    for k in range(verb + 1, len(words)):
        if words.infos[k] is None:
            if tokens[k].kind in (_PUNCT, "number"):
                continue
            return None
        norm = norms[k]
        if _counted(words, k, v) or is_measure_word(norm, v.units):
            continue
        if not any(norm in kind for kind in naming_nothing):
            return None
    return tokens[verb].text


def _set_off(words: Words, end: int, retraction_words: frozenset[str]) -> bool:
    """A retraction ending before ``end`` is said as one: a mark, another retraction word or
    the text's end follows it; one that governs a word ("отмена брони в субботу, напомни
    Пете", "cancel the booking on Saturday, remind Tom") is a noun or a deed, no retraction."""
    return end >= len(words) or words.is_punct(end) or words.norms[end] in retraction_words


def asked_after_takeback(words: Words, v: Vocabulary) -> str | None:
    """A retraction (``OpenWorldWords.retraction_words``, ``retraction_phrases``) or a cancel
    (``takeback_cancels``), then a request verb opening a clause of its own after it, past a
    mark and words that resume (``takeback_resumers``: "просто", "лучше", "just", "actually"):
    the request said instead ("закажи… хотя нет, просто добавь в список молоко", "Remind me to
    file the brief. Never mind. Actually just remind me to pick up my suits"). The text
    before the first request verb (a name called, a wake word) and the new request from its
    verb on, or None. A request verb negated ("…, нет, не читай, …") is passed over."""
    o = v.open_world
    if not words.classes0 & (RETRACTION_STARTS | TAKEBACK_STARTS):
        return None  # most commands
    count, norms = len(words), words.norms
    retracted: int | None = None  # the end of the first retraction
    phrased = True  # the retraction is one of ``retraction_words`` or ``retraction_phrases``
    opened = 0  # where it starts
    for i in range(count):
        if words.infos[i] is None:
            continue
        size = words.phrase_length(i, o.retraction_phrases)
        if not size and norms[i] in o.retraction_words:
            size = 1
        if size and _set_off(words, i + size, o.retraction_words):
            retracted, opened = i + size, i
            break
        if _opens(words, i, v):
            end, cancelled, _ = _run(words, i, v)
            if cancelled:
                # "…, а нет, не надо, …", "…, нет, не читай, …"
                retracted, opened, phrased = end, i, False
                break
    if retracted is None:
        return None
    for k in range(retracted, count):
        if not _asks_anew(words, k, v) or not _resumes(words, retracted, k, v):
            continue
        if _editing(words, k, v):
            return None  # "…, no wait, make that three": a correction ``_restart`` reads
        if (k == retracted and not phrased) or words.next_words[k] is None:
            return None  # "…, не надо remind": what the cancel governs; a verb alone asks nothing
        if (
            words.matches(k, v.triggers.buy_or_add_verbs)
            and any(norms[j] in v.shopping.subject_pronouns for j in range(k + 1, count))
            and _consequence(words, k, v)
        ):
            # "Дима, купи хлеб. хотя нет, Петя, купи ты": only who buys is said again, and
            # a purchase has no doer: the first request stands
            first = next((j for j in range(opened) if _asks(words, j, v)), None)
            if first is None or not any(
                words.matches(j, v.triggers.buy_or_add_verbs) for j in range(first, opened)
            ):
                return None
            return words.text[: words.tokens[opened].start]
        if any(norms[j] in o.takeback_referents for j in range(k + 1, count)):
            return None  # "…, а нет, поставь ей задачу …": who "ей" is was said before
        first = next((j for j in range(opened) if _asks_anew(words, j, v)), None)
        head = "" if first is None else words.text[: words.tokens[first].start]
        return head + words.text[words.tokens[k].start :]
    return None


def _asks_anew(words: Words, k: int, v: Vocabulary) -> bool:
    """A buying, adding, reminding or chore verb at ``k`` (a Russian one in the imperative),
    no word of a retraction or a cancel ("забудь")."""
    info = words.infos[k]
    if info is None or (info.is_russian and not info.is_imperative):
        return False
    o, t, norm = v.open_world, v.triggers, words.norms[k]
    if norm in o.retraction_starts or norm in o.takeback_starts:
        return False
    verbs = (t.buy_or_add_verbs, t.soft_shop_verbs, t.remind_verbs, t.chore_verbs, t.doer_verbs)
    if info.is_russian:
        return any(words.matches(k, kind) for kind in verbs)
    return any(norm in kind for kind in verbs)


def _resumes(words: Words, start: int, k: int, v: Vocabulary) -> bool:
    """The request verb at ``k`` opens a clause: between a mark (or the retraction's end at
    ``start``) and it only words that resume, take back or open a take-back."""
    o, norms = v.open_world, words.norms
    j = k - 1
    while j >= start:
        if words.tokens[j].kind == _PUNCT:
            return True
        norm = norms[j]
        if not (
            norm in o.takeback_resumers
            or norm in o.takeback_openers
            or norm in o.takeback_withdrawals
            or norm in o.retraction_starts
        ):
            return False
        j -= 1
    return True


def doer_corrected(words: Words, household: HouseholdIndex, v: Vocabulary) -> str | None:
    """A member named, then a term that withdraws (``TriggerWords.restart_withdrawals``,
    ``takeback_withdrawals`` with ``takeback_openers`` and ``takeback_resumers`` around it:
    "а нет, лучше", "no, actually"), then a person who is no member: a person noun
    (``TaskWords.person_nouns``: "дяде Саше", "Grandma") or a name, in Russian in the
    member's case: the member replaced by that person ("напомни Диме, а нет, лучше дяде
    Саше, отвезти коробки", "remind Tom — no, actually Grandma — to pick up the cake"), so who
    is to do it is asked. A member said instead is ``_restart``'s."""
    o, t = v.open_world, v.triggers
    if not words.classes0 & (RESTART_WITHDRAWALS | TAKEBACK_WITHDRAWALS):
        return None  # most commands
    count, norms, tokens = len(words), words.norms, words.tokens
    term = o.takeback_openers | o.takeback_resumers | t.restart_words
    for i in range(count):
        if household.find_member(words, i) is None:
            continue
        k, withdrawn = i + 1, False
        while k < count and (
            words.infos[k] is None or norms[k] in term or _withdrawing(norms[k], v)
        ):
            withdrawn = withdrawn or _withdrawing(norms[k], v)
            k += 1
        if not withdrawn or k == i + 1 or k >= count or household.find_member(words, k) is not None:
            continue
        if _someone_else(words, i, k, v):
            return words.text[: tokens[i].start] + _person_said(words, k, v)
    return None


def _person_said(words: Words, k: int, v: Vocabulary) -> str:
    """The text from the person said instead at ``k`` on, the marks closing that person's
    words dropped ("remind Tom, no, Grandma, to pick up the cake": "Grandma to pick up the
    cake"; with the comma the rest was read as a list of items)."""
    tokens, count = words.tokens, len(words)
    j = k + 1
    while (
        j < count
        and (info := words.infos[j]) is not None
        and (info.is_name or words.matches(j, v.tasks.person_nouns))
    ):
        j += 1  # "дяде Саше"
    m = j
    while m < count and tokens[m].kind == _PUNCT:
        m += 1
    if m in (j, count):
        return words.text[tokens[k].start :]
    return words.text[tokens[k].start : tokens[j - 1].end] + " " + words.text[tokens[m].start :]


def _withdrawing(norm: str, v: Vocabulary) -> bool:
    return norm in v.triggers.restart_withdrawals or norm in v.open_world.takeback_withdrawals


def _someone_else(words: Words, member: int, k: int, v: Vocabulary) -> bool:
    """The word at ``k`` names a person (a person noun, a name), in Russian in the case of
    the member at ``member``."""
    info, named = words.infos[k], words.infos[member]
    if info is None or named is None:
        return False
    person = words.matches(k, v.tasks.person_nouns) or info.is_name
    if info.is_russian:
        return person and info.noun_case is not None and info.noun_case == named.noun_case
    return person and not named.is_russian


def correction_settled(words: Words, v: Vocabulary) -> str | None:
    """A self-correction said in speech: an ellipsis before its editing term read as a pause
    ("купи молоко… а нет, кефир": a comma, so ``_restart`` reads the correction), and a word
    that settles the replacement said last (``takeback_settlers``: "…, а нет, кефир лучше",
    "…, хотя нет, одного хватит", "…, no, oat milk is better") dropped. None when the text
    holds neither, or no editing term (``TriggerWords.restart_starts``)."""
    t, o = v.triggers, v.open_world
    if not words.classes0 & RESTART_STARTS:
        return None  # most commands
    norms, tokens, count = words.norms, words.tokens, len(words)
    edits: list[tuple[int, int, str]] = []
    starts = t.restart_starts  # (``_editing``'s first test, here before a call per word)
    terms = [k for k in range(count) if norms[k] in starts and _editing(words, k, v)]
    for k in terms:
        if not k:
            continue
        j = k - 1
        while j > 0 and norms[j] in o.takeback_pauses:
            j -= 1
        marks = k - 1 - j  # "…" one mark, "..." three
        if (
            marks
            and words.infos[j] is not None
            and (marks > 1 or norms[k - 1] != _FULL_STOP or _phrase_term(words, k, v))
            and _bare_replacement(words, k, v)
        ):
            edits.append((tokens[j + 1].start, tokens[k].start, ", "))  # "…" read as a pause
    first = terms[0] if terms else None
    for phrase in o.takeback_settlers:
        size = len(phrase)
        end = count
        while end > 0 and words.infos[end - 1] is None:
            end -= 1  # marks closing the text
        at = end - size
        if at < 2 or first is None or first >= at or norms[at:end] != phrase:
            continue
        before = at - 1
        if words.infos[before] is None:
            break  # "…, нет, хватит": the settler said alone stops, settles nothing
        recounted = _recounted(words, first, before, v)
        if recounted is not None:
            return recounted  # "buy two loaves, no wait, one is enough": one loaf
        edits.append((tokens[before].end, tokens[end - 1].end, ""))
        break
    if not edits:
        return None
    text = words.text
    for start, stop, said in sorted(edits, reverse=True):
        text = text[:start] + said + text[stop:]
    return text


def _recounted(words: Words, term: int, said: int, v: Vocabulary) -> str | None:
    """A count settled on a measure noun that is the only item: the request ends, before the
    editing term at ``term``, in a count and a measure word ("buy two loaves"), and the one
    word said at ``said`` before the settler is a count ("…, no wait, one is enough"): the
    request with that count in place of its own ("buy one loaves": the loaves kept as the
    item). None otherwise (a measure with its product: ``_restart`` reads the count)."""
    tokens = words.tokens
    if not _counted(words, said, v) or (said > 0 and words.infos[said - 1] is not None):
        return None
    last = term - 1
    while last > 0 and words.infos[last] is None:
        last -= 1
    if last < 2 or not is_measure_word(words.norms[last], v.units):
        return None
    count = last - 1
    if not _counted(words, count, v):
        return None
    text = words.text
    return (
        text[: tokens[count].start] + tokens[said].text + text[tokens[count].end : tokens[last].end]
    )


def _phrase_term(words: Words, k: int, v: Vocabulary) -> bool:
    """The editing term at ``k`` is one of ``TriggerWords.restart_phrases`` ("no wait",
    "хотя нет"): after a full stop it still corrects what was just said ("buy three apples. no
    wait, four"), where a bare "нет" may open a sentence of its own ("Купи хлеб. Нет молока")."""
    t = v.triggers
    return bool(words.phrase_length(k, t.restart_by_first.get(words.norms[k], ())))


def _editing(words: Words, k: int, v: Vocabulary) -> bool:
    """An editing term starts at ``k``: one of ``TriggerWords.restart_words`` or the first
    word of one of ``restart_phrases`` said there ("в смысле"; "в понедельник" is none)."""
    t, norm = v.triggers, words.norms[k]
    if words.infos[k] is None or norm not in t.restart_starts:
        return False
    return norm in t.restart_words or bool(words.phrase_length(k, t.restart_by_first.get(norm, ())))


def _bare_replacement(words: Words, k: int, v: Vocabulary) -> bool:
    """After the editing term at ``k`` (its words, fillers and marks), only a replacement
    ends the text: at most ``_BARE_WORDS`` words, no mark between them, no verb asking
    anything ("…, а нет, кефир лучше"; "… no wait scratch the eggs, hens are laying" is
    more)."""
    o, t, norms = v.open_world, v.triggers, words.norms
    count = len(words)
    j = k
    while j < count and (
        words.infos[j] is None
        or norms[j] in t.restart_words
        or norms[j] in o.takeback_openers
        or norms[j] in t.restart_starts
    ):
        j += 1
    said = 0
    for n in range(j, count):
        if words.infos[n] is None:
            if any(words.infos[m] is not None for m in range(n, count)):
                return False  # a mark, then more
            continue
        said += 1
        if _asks(words, n, v) or norms[n] in o.takeback_starts:
            return False
    return 0 < said <= _BARE_WORDS


def _needless(words: Words, j: int, v: Vocabulary) -> tuple[int, int, int] | None:
    """The clause from ``j``: at most a pronoun, a need negated (a negation, then one of
    ``takeback_corrections``: "we don't need", "нам не нужен"), then a product of at most
    three words closing the clause: (the negation, the product's first word, its last), or
    None."""
    clause = _clause(words, j)
    for at, n in enumerate(clause[:2]):
        info = words.infos[n]
        if words.norms[n] not in v.triggers.negations:
            if at or not (
                words.norms[n] in v.shopping.subject_pronouns
                or (info is not None and info.pos == "NPRO")
            ):
                return None  # "we", "нам"
            continue
        rest = clause[at + 1 :]
        if not rest or not words.matches(rest[0], v.open_world.takeback_corrections):
            return None
        product = rest[1:]
        if not 0 < len(product) <= 3 or product != list(range(product[0], product[-1] + 1)):
            return None
        end = product[-1] + 1
        if end < len(words) and words.tokens[end].kind != _PUNCT:
            return None
        return n, product[0], product[-1]
    return None


def item_taken_back(words: Words, v: Vocabulary) -> str | None:
    """A request naming products, then in a clause of its own (past a mark and words that
    open a take-back: "хотя", "а", "actually") one of them said again and a cancel that
    negates a need (``takeback_cancels`` opening with a negation: "не надо", "не нужно",
    "not needed") at most ``_BARE_WORDS`` words on: that product is taken back ("купи молоко
    и хлеб, хотя хлеб не надо, есть ещё": молоко). Its first mention, with the link before
    it, and the clause to the text's end (what tells why) are cut, when no request verb
    follows; a purchase joined to another request ("вынеси мусор и купи хлеб, хотя хлеб не
    надо") goes with its verb and link; the only product ("купи хлеб, хлеб не надо") is cut
    alone, so what to buy is asked; None otherwise."""
    o, t = v.open_world, v.triggers
    if not words.classes0 & TAKEBACK_STARTS:
        return None  # most commands
    request = _request_at(words, v)
    if request is None:
        return None
    count, norms, lemmas, tokens = len(words), words.norms, words.lemmas, words.tokens
    for i in range(request + 2, count):
        if words.infos[i] is None or not _after_mark(words, i):
            continue
        j = i
        while j < count and (
            words.infos[j] is None
            or norms[j] in o.takeback_openers
            or norms[j] in o.takeback_withdrawals
        ):
            j += 1  # "…, хотя нет, хлеб не надо", "…, no wait, bread not needed"
        cancel = next(
            (
                n
                for n in range(j + 1, min(j + _BARE_WORDS, count))
                if norms[n] in t.negations and words.phrase_length(n, o.takeback_cancels)
            ),
            None,
        )
        if cancel is not None and all(words.infos[n] is not None for n in range(j, cancel)):
            said = cancel - 1  # the product said again, by its last word
        else:
            needless = _needless(words, j, v)  # "…, no, we don't need bread"
            if needless is None:
                continue
            cancel, j, said = needless
        first = next((m for m in range(i - 1, request, -1) if lemmas[m] == lemmas[said]), None)
        if first is None or any(_asks(words, k, v) for k in range(cancel, count)):
            continue
        start = first - (said - j)
        if start <= request or [lemmas[k] for k in range(start, first)] != [
            lemmas[k] for k in range(j, said)
        ]:
            start = first
        text, link = words.text, start - 1
        if norms[link] in t.joiners and any(
            words.infos[k] is not None for k in range(request + 1, link)
        ):
            # "… молоко и хлеб": the link before it goes with it
            cut_from = tokens[link].start if tokens[link].kind == _PUNCT else tokens[link - 1].end
            return text[:cut_from] + text[tokens[first].end : tokens[i - 1].start]
        after = first + 1
        if after < i - 1 and norms[after] in t.joiners and words.next_words[after] is not None:
            # "купи хлеб и молоко, хлеб не надо": the link after it goes with it
            resumed = words.next_words[after]
            if resumed is not None and resumed < i - 1:
                return (
                    text[: tokens[start].start] + text[tokens[resumed].start : tokens[i - 1].start]
                )
        verb = start - 1
        if (
            verb > request + 1
            and _asks(words, verb, v)
            and norms[verb - 1] in t.joiners
            and first == i - 2
        ):
            # "вынеси мусор и купи хлеб, хотя хлеб не надо": the purchase joined to another
            # request goes with its verb and link
            return (
                text[: tokens[verb - 1].start].rstrip()
                + text[tokens[first].end : tokens[i - 1].start]
            )
        if all(
            words.infos[k] is None or k == first or _asks(words, k, v)
            for k in range(request, i - 1)
        ):
            # "купи хлеб, хлеб не надо": the only product taken back; what to buy is asked
            return text[: tokens[first].start] + text[tokens[first].end : tokens[i - 1].start]
        return None
    return None
