"""Notices (SPEC §4, "The open world"): a message from a shop, a bank or a school, pasted in.

A notice tells a status and asks the household for nothing the platform serves, though it
may hold a payment word, an imperative or a buying noun ("Your Maccas order #482 is being
prepared", "A $84.12 card purchase … was approved. Reply NO", "Footy training moved to
Thursday due to ground works. Please bring water bottles", "Итого к оплате: 2 845,60 ₽").
It is clarified, before the corridor: a receipt is no request to pay. Read as

* a **status**: a link verb, then (past "been", "being" …) a status word ("are due", "is
  being prepared", "has shipped"), or a status word anywhere in a first sentence opened by
  the reader's possessive ("Your Netflix membership payment failed");
* a notice's own **phrase** ("due to": because of);
* a **receipt label**: a label, a colon, an amount ("Total: $64.12", "Баланс: 18 320 р.").

A command that reminds ("remind me, the rent is due Friday"), adds to a list or names a member
("Tom's bike will be ready at 5, pick it up") is the household's own and read as usual.
The words are each language's (``OpenWorldWords.notice_*``, ``receipt_labels``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from policy_core._classes import (
    CLASS_WORDS,
    NOTICE_CALLS,
    NOTICE_LABELS,
    NOTICE_LINKS,
    NOTICE_MARKERS,
    READER_POSSESSIVES,
    RECEIPT_LABELS,
)
from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import CorridorWords, OpenWorldWords, TriggerWords

__all__ = ["has_phrase", "is_notice"]

_SENTENCE_ENDS = frozenset(".!?\n")
_LABEL_REACH: Final = 3  # "Итого к оплате:": the colon at most three tokens after the label
_AMOUNT_REACH: Final = 2  # "Total: $64.12": the amount after the colon, a currency sign between
_COLON: Final = ":"
_NEWLINE: Final = "\n"
_NUMBER: Final = "number"
_SHORT_FORMS = frozenset({"PRTS", "ADJS"})  # OpenCorpora: "доставлен", "собран", "готов"


def has_phrase(words: Words, phrases: Mapping[str, tuple[tuple[str, ...], ...]]) -> bool:
    """One of ``phrases`` (tuples of spellings, under their first spelling:
    ``OpenWorldWords.notice_by_first`` …) stands in the text."""
    norms = words.norms
    if phrases.keys().isdisjoint(norms):
        return False  # most texts: no phrase's first word (one test in C)
    for i, norm in enumerate(norms):
        for phrase in phrases.get(norm, ()):
            if norms[i : i + len(phrase)] == phrase:
                return True
    return False


def _status_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A link verb, then past skipped words a status word ("are due", "has been shipped"),
    or past a passive's "be" any participle ("will be held", "has been moved")."""
    norms = words.norms
    for i, norm in enumerate(norms):
        if norm not in o.notice_links:
            continue
        k, passive = words.next_words[i], False
        while k is not None and norms[k] in o.notice_skips:
            passive = passive or norms[k] in o.notice_passives
            k = words.next_words[k]
        if k is None:
            continue
        if norms[k] in o.notice_states:
            return True
        if passive and (
            norms[k] in o.notice_participles or norms[k].endswith(t.participle_endings)
        ):
            return True
    return False


def _reader_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The text opens with the reader's possessive ("Your order …", "Ваш заказ …"), past a
    sender's name before a colon at most (``_after_sender``: "Аптека: ваш заказ (нурофен, 2
    упаковки) готов к выдаче"), and its first sentence holds a status word; after a label
    ("Reminder: your appointment is on …") a link verb tells it too."""
    first = words.first_word
    labelled = False
    if (
        first is not None
        and (words.matches(first, o.notice_labels) or words.matches(first, t.task_nouns))
        and first + 1 < len(words)
        and words.norms[first + 1] in _LABEL_MARKS
    ):
        first, labelled = words.next_words[first], True
    elif first is not None and not words.matches(first, o.reader_possessives):
        first = _after_sender(words, first)  # "Аптека: ваш заказ (…) готов к выдаче"
    if first is None or not words.matches(first, o.reader_possessives):
        return False
    for k in range(first + 1, len(words)):
        if words.tokens[k].kind == "punct" and words.norms[k] in _SENTENCE_ENDS:
            return False
        if words.matches(k, o.notice_states) or _is_short_participle(words, k):
            return True
        if labelled and words.norms[k] in o.notice_links:
            return True
    return False


_VERB_TAGS = frozenset({"VERB", "INFN"})
_SENDER_WORDS: Final = 3  # "Аптека:", "Доставка ВкусВилл:", "Boots Pharmacy Online:"


def _after_sender(words: Words, first: int) -> int | None:
    """The word after a colon that closes a sender's name of at most three words opening the
    text, none a verb ("Аптека: …", "Доставка ВкусВилл: …"); None when there is none."""
    k: int | None = first
    for _ in range(_SENDER_WORDS):
        if k is None or k + 1 >= len(words):
            return None
        info = words.infos[k]
        if info is None or info.pos in _VERB_TAGS or info.is_imperative:
            return None
        if words.norms[k + 1] == _COLON:
            return words.next_words[k + 1]
        if words.is_punct(k + 1):
            return None
        k = words.next_words[k]
    return None


def _is_short_participle(words: Words, index: int) -> bool:
    """ "Ваш заказ собран": a short participle or adjective tells a status."""
    info = words.infos[index]
    return info is not None and info.pos in _SHORT_FORMS


def _receipt_label(words: Words, o: OpenWorldWords) -> bool:
    """A label, a colon, an amount: "Total: $64.12", "Итого к оплате: 2 845,60 ₽"; or a label
    opening a line of its own below priced lines, then the amount ("хлеб — 45 руб\nитого 134",
    "eggs 2.50\nsubtotal 3.70"): the last line of a receipt typed or pasted in ("купи
    молоко\nитого 3 пакета" prices nothing above it)."""
    count = len(words)
    tokens = words.tokens
    for i in range(count):
        if not words.matches(i, o.receipt_labels):
            continue
        if (
            words.starts_a_line(i)
            and any(tokens[k].kind == _NUMBER for k in range(i))
            and any(
                tokens[k].kind == _NUMBER for k in range(i + 1, min(count, i + 1 + _AMOUNT_REACH))
            )
        ):
            return True
        for c in range(i + 1, min(count, i + 1 + _LABEL_REACH)):
            if words.norms[c] == _COLON:
                after = range(c + 1, min(count, c + 1 + _AMOUNT_REACH))
                if any(words.tokens[k].kind == _NUMBER for k in after):
                    return True
                break
    return False


_HEADLINE: Final = 5  # "Order #A2291 confirmed:", "Заказ № 5512 доставлен.": a few words at most
_HEADLINE_ENDS = frozenset(".!:\n")
_HEADLINE_MARK: Final = re.compile(r"[.!:\n]")  # a text with none of them holds no headline
_LABEL_MARKS = frozenset(":!")


def _headline_told(words: Words, o: OpenWorldWords) -> bool:
    """The text opens with a headline whose last word is a status ("Order #A2291 confirmed:
    …", "Payment received.", "Заказ доставлен!"): a few words, then a mark or a line break."""
    seen = 0
    last: int | None = None
    tokens = words.tokens
    for k in range(len(words)):
        if tokens[k].kind == "punct" and words.norms[k] in _HEADLINE_ENDS:
            break
        if k > 0 and "\n" in words.text[tokens[k - 1].end : tokens[k].start]:
            break
        if words.infos[k] is not None:
            seen += 1
            last = k
            if seen > _HEADLINE:
                return False
    else:
        return False  # the whole text is the headline: "Bins due" may ask for something
    return last is not None and (
        words.matches(last, o.notice_states) or _is_short_participle(words, last)
    )


def _labelled(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A label heads the text before ":" or "!" ("Внимание! …", "Notice: …") and no buying
    verb follows it ("Update: buy more milk" is the household's own request)."""
    first = words.first_word
    if first is None or not words.matches(first, o.notice_labels):
        return False
    if first + 1 >= len(words) or words.norms[first + 1] not in _LABEL_MARKS:
        return False
    return words.vocabulary.isdisjoint(t.shop_verbs)


_SOURCE_LABEL_REACH: Final = (
    3  # "Vet discharge notes: …": the label's word among the command's first three
)
_LABEL_DASHES = frozenset("-—–")


def _source_labelled(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """What a pasted text is or where it comes from heads it (``source_labels``, among the
    command's first words, the last before ":" or a dash: "Costco receipt: …", "Screenshot
    text: …", "Vet discharge notes: …", "Neighborhood group: …"), or an e-mail's header opens
    it ("From: Lincoln Elementary — …": ``sender_labels`` and a colon); no buying verb follows
    it ("Text: buy more milk" is the household's own request)."""
    k = words.first_word
    for n in range(_SOURCE_LABEL_REACH):
        if k is None or k + 1 >= len(words):
            return False
        mark = words.norms[k + 1]
        if (
            words.matches(k, o.source_labels) and (mark in _LABEL_MARKS or mark in _LABEL_DASHES)
        ) or (n == 0 and words.norms[k] in o.sender_labels and mark in _LABEL_MARKS):
            return words.vocabulary.isdisjoint(t.shop_verbs)
        if words.is_punct(k + 1):
            return False
        k = words.next_words[k]
    return False


_SIGNATURE_WORDS: Final = 3  # "Совет дома.", "the HOA board": a body's name, a word or two after it


def _signed_by_a_body(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The text's last sentence, after another one, is a body's signature: past an article or
    a possessive (``signature_skips``) a body that writes to many (``signature_bodies``), a
    word or two after it at most ("Завтра субботник. Принести перчатки и пакеты.
    Родкомитет", "…. Совет дома.", "…\nThe PTA"); no buying verb asked of one ("купи
    перчатки. Родкомитет" is the household's own request; "перчатки берите свои" asks many)."""
    if words.vocabulary.isdisjoint(o.signature_bodies):
        return False  # most commands
    start: int | None = None  # the last sentence's first word
    for k in range(1, len(words)):
        if words.infos[k] is None:
            continue
        if words.starts_a_line(k) or (
            words.is_punct(k - 1) and words.norms[k - 1] in _SENTENCE_ENDS
        ):
            start = k
    if start is None:
        return False
    last = [k for k in range(start, len(words)) if words.infos[k] is not None]
    if not last or len(last) > _SIGNATURE_WORDS:
        return False
    head = next((k for k in last if words.norms[k] not in o.signature_skips), None)
    if head is None or words.norms[head] not in o.signature_bodies:
        return False
    # the body's name alone: "Совет дома", "the HOA board"; "HOA complaint", "Council rules",
    # "Дирекция просила", "Совет дня" give a reason, no signature
    if any(words.norms[k] not in o.signature_bodies | o.signature_tails for k in last if k > head):
        return False
    return not _asked_of_one(words, o, t)


def _asked_of_one(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A verb asked of one reader, not of a notice's many: a buying verb ("купи перчатки",
    "buy some gloves") or any Russian imperative in the singular ("Вынеси мусор", "Помой
    окна"); "перчатки берите свои", "Взять перчатки" ask many (an English imperative tells
    no number: only its buying verb asks one)."""
    for k, info in enumerate(words.infos):
        if info is None or _asks_many(words, k, o):
            continue
        if words.matches(k, t.shop_verbs) or (info.is_russian and info.is_imperative):
            return True
    return False


_CLAUSE_MARKS = frozenset(",.;:!?\n")
_IMPERATIVE_MARKS = _CLAUSE_MARKS - {":"}  # "Residents should prepare: water, …" lists


def _request_beside(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """Beside an alert or advice to the public (``advice_phrases``), one reader is asked,
    outside the clause the advice governs ("Residents should buy water" asks the public): a
    singular Russian imperative or a buying verb (``_asked_of_one``'s), an English chore or
    buying verb opening a clause ("Frost advisory in effect tonight, bring the plants in"),
    or a need right before a verb ("…, нужно переставить машину завтра", "Need to water the
    garden tonight")."""
    advised = _advised(words, o)
    for k, info in enumerate(words.infos):
        if info is None or k in advised or _asks_many(words, k, o):
            continue
        if words.matches(k, t.shop_verbs) or (info.is_russian and info.is_imperative):
            return True
        if not info.is_russian and _english_imperative(words, k, t):
            return True  # "…, bring the plants in", "…, get 2 bottles of water"
        if words.matches(k, t.need_words) and _verb_after(words, k, t):
            return True
    return False


def _advised(words: Words, o: OpenWorldWords) -> frozenset[int]:
    """The words of each advice phrase and of the clause after it, up to a clause's mark:
    what the public is told ("Residents should buy bottled water and batteries")."""
    norms, told = words.norms, set[int]()
    for i, norm in enumerate(norms):
        for phrase in o.advice_by_first.get(norm, ()):
            if norms[i : i + len(phrase)] != phrase:
                continue
            k = i
            while k < len(words) and not (k > i + len(phrase) - 1 and _opens_clause(words, k)):
                told.add(k)
                k += 1
    return frozenset(told)


def _english_imperative(words: Words, k: int, t: TriggerWords) -> bool:
    """An English chore or errand verb (``chore_verbs``, ``soft_shop_verbs``) opens a clause
    at ``k`` and a word follows it ("…, bring the plants in", "…, get 2 bottles of water");
    a list after a colon names things ("complete preparations: water, batteries")."""
    return (
        words.matches(k, t.chore_verbs | t.soft_shop_verbs)
        and _opens_clause(words, k, _IMPERATIVE_MARKS)
        and k + 1 < len(words)
        and not words.is_punct(k + 1)
    )


def _opens_clause(words: Words, k: int, marks: frozenset[str] = _CLAUSE_MARKS) -> bool:
    """The word at ``k`` opens the text or a clause: a clause's mark or a new line before it."""
    if k == 0:
        return True
    if words.starts_a_line(k):
        return True
    return words.is_punct(k - 1) and words.norms[k - 1] in marks


def _verb_after(words: Words, k: int, t: TriggerWords) -> bool:
    """A verb right after the need at ``k``, past its adverbs: a Russian infinitive ("нужно
    переставить", "надо срочно купить"), in English past "to" ("need to water")."""
    nxt = words.next_words[k]
    while nxt is not None and words.norms[nxt] in t.need_adverbs:
        nxt = words.next_words[nxt]
    if nxt is None or (info := words.infos[nxt]) is None:
        return False
    if info.is_russian:
        return info.is_infinitive
    return words.norms[nxt] in t.to_markers and words.next_words[nxt] is not None


def _chore_asked(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A chore or an errand asked of one: a singular Russian imperative or a buying verb
    (``_asked_of_one``), or an English chore verb opening the text ("wash the pajamas, …",
    "Iron the dress …"; "…, bring a gold coin" after the notice's news asks its readers)."""
    if _asked_of_one(words, o, t):
        return True
    return words.opens_english_with(t.chore_verbs)


def _asks_many(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The Russian verb at ``k`` asks a notice's readers: an infinitive of instruction
    ("Взять перчатки") or an imperative addressed to many ("перчатки берите свои")."""
    info = words.infos[k]
    return (
        info is not None
        and info.is_russian
        and (
            info.is_infinitive
            or (
                info.is_imperative
                and bool(o.plural_imperative_endings)
                and words.norms[k].endswith(o.plural_imperative_endings)
            )
        )
    )


_HEADING_REACH: Final = 7  # "Supply list grade 3:", "Список канцелярии для 3Б класса:"
_COLLECT_REACH: Final = 2  # "можно забрать", "можно будет забрать": the verb a word after at most


def _has_digit(words: Words, k: int) -> bool:
    return any(ch.isdigit() for ch in words.tokens[k].text)


def _class_list_headed(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> bool:
    """A heading before the text's first ":" holds a list word and a class named by its grade
    (``class_words``: in English the word, then the number, "Supply list grade 3: …", "Year 5
    list: …"; in Russian the number, then the word, "Список для 3Б класса: …"; no noun
    after it, "2 class parties"): the school's list for a whole class; no buying verb asked
    and no household list named ("Grocery list for …")."""
    if words.vocabulary.isdisjoint(o.class_words):
        return False  # most commands
    listed = graded = False
    for k in range(min(len(words), _HEADING_REACH + 1)):
        if words.norms[k] == _COLON:
            return (
                listed
                and graded
                and words.vocabulary.isdisjoint(t.shop_verbs)
                and not household.find_lists(words, 0, k)
            )
        listed = listed or words.matches(k, t.list_words)
        graded = graded or _grade_at(words, k, o, t)
    return False


def _grade_at(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A class named by its grade at ``k``: "grade 3", "class 2", "Year 5"; "3 класс", "2А
    класса" (the number first in Russian), no noun but a list word after it."""
    info = words.infos[k]
    if info is None or not words.matches(k, o.class_words):
        return False
    if not info.is_russian:
        return k + 1 < len(words) and _has_digit(words, k + 1)
    nxt = words.next_words[k]
    return (
        k > 0
        and _has_digit(words, k - 1)
        and (nxt is None or nxt != k + 1 or words.matches(nxt, t.list_words))
    )


def _dress_day(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A school's dress-up day is named: what is worn joined to the day's head as one name
    (``day_heads``, ``dress_day_words``: in English right before it, "Monday is pajama day",
    "crazy hair day"; in Russian right after it or past a preposition of the name,
    ``dress_day_links``: "в четверг день пижам", "день без формы"); "the day after tomorrow"
    is a date. No buying verb, no need and no chore asked of one ("buy pajamas for pajama
    day", "we need a hat for hat day", "wash the pajamas, friday is pajama day")."""
    if words.vocabulary.isdisjoint(o.dress_day_words) or words.vocabulary.isdisjoint(o.day_heads):
        return False  # most commands
    named = False
    for k in range(len(words)):
        if words.norms[k] not in o.day_heads:
            continue
        before, after = k - 1, k + 1  # tokens right beside it, no mark between
        if after < len(words) and words.norms[after] in o.dress_day_links:
            after += 1
        info = words.infos[k]
        named = named or (
            (before >= 0 and words.norms[before] in o.dress_day_words)
            or (
                after < len(words)
                and info is not None
                and info.is_russian
                and words.norms[after] in o.dress_day_words
            )
        )
    return (
        named
        and words.vocabulary.isdisjoint(t.shop_verbs | t.need_words)
        and not _chore_asked(words, o, t)
    )


def _ready_to_collect(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A status word ("готовы", a short participle), then "можно" (``possibility_words``)
    and, a word between at most, a verb of collecting (``collect_verbs``): "анализы готовы,
    можно забрать в среду", "заказ собран, можно будет получить завтра" tells a result ready, asked of nobody; no imperative to one and no need word
    ("…, забери в среду", "…, надо забрать")."""
    if words.vocabulary.isdisjoint(o.collect_verbs) or words.vocabulary.isdisjoint(
        o.possibility_words
    ):
        return False  # most commands
    status = collected = False
    for k in range(len(words)):
        info = words.infos[k]
        if info is None:
            continue
        if (info.is_imperative and not _asks_many(words, k, o)) or words.matches(k, t.need_words):
            return False  # "…, забери в среду", "…, надо забрать": asked of someone
        if words.matches(k, o.notice_states) or _is_short_participle(words, k):
            status = True
        elif status and words.norms[k] in o.possibility_words:
            nxt, seen = words.next_words[k], 0  # "можно забрать", "можно будет забрать"
            while nxt is not None and seen < _COLLECT_REACH and not collected:
                collected = words.matches(nxt, o.collect_verbs)
                nxt, seen = words.next_words[nxt], seen + 1
    return collected


def _addressed_reminder(words: Words, t: TriggerWords) -> bool:
    """A remind verb asked of the assistant ("remind me", "напомни"); a sender's "напоминаем",
    "напоминает" tells its reader."""
    for k, info in enumerate(words.infos):
        if info is None or not words.matches(k, t.remind_verbs):
            continue
        if not info.is_russian or info.is_imperative or info.is_infinitive:
            return True
    return False


def is_notice(
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    c: CorridorWords | None = None,
) -> bool:
    """The command is a notice pasted in: a status told, a notice's phrase or label, a
    headline's status, a receipt; not one the speaker asks to pay (``c``'s pay words)."""
    # (each reader asked only where its first test's words are said: most commands hold none)
    headed = bool(words.classes3 & CLASS_WORDS) and _class_list_headed(words, o, t, household)
    called = (
        headed
        or (  # "Supply list grade 3: …"
            bool(words.classes3 & NOTICE_CALLS)
            and (
                (  # "volunteers needed", "спасибо, соседи"; "…, купи перчатки" asks one
                    has_phrase(words, o.call_by_first) and not _asked_of_one(words, o, t)
                )
                or _dress_day(words, o, t)  # "Monday is pajama day"
                or _ready_to_collect(words, o, t)  # "анализы готовы, можно забрать в среду"
            )
        )
        or (  # "HURRICANE WATCH in effect", "Residents should …"; "…; buy batteries" asks one
            has_phrase(words, o.advice_by_first) and not _request_beside(words, o, t)
        )
    )
    if not called and not words.classes0 & NOTICE_MARKERS:
        return False  # most commands: no status word, no label
    vocabulary, text = words.vocabulary, words.text
    # a receipt tells of a member too ("Перевод от Дмитрий И. +3 000 р. Баланс: …"); a status
    # may be told to one ("Tom's bike will be ready at 5, pick it up", "Заказ доставлен. Петя,
    # забери его"). Each reader is asked only when the text holds what it starts from: a
    # receipt's label and a colon, a headline's closing mark, a link verb, a possessive, a label.
    printed = (
        bool(words.classes0 & RECEIPT_LABELS)
        and (_COLON in text or _NEWLINE in text)
        and _receipt_label(words, o)
    )
    coded = not printed and not vocabulary.isdisjoint(o.reply_code_verbs) and _reply_coded(words, o)
    if not (
        printed
        or coded
        or called
        or (_HEADLINE_MARK.search(text) is not None and _headline_told(words, o))
        or (words.classes0 & NOTICE_LINKS and _status_told(words, o, t))
        or (words.classes0 & READER_POSSESSIVES and _reader_told(words, o, t))
        or has_phrase(words, o.notice_by_first)
        or (words.classes0 & NOTICE_LABELS and _labelled(words, o, t))
        or _source_labelled(words, o, t)
        or _signed_by_a_body(words, o, t)
    ):
        return False
    adds = not vocabulary.isdisjoint(t.add_verbs) and any(
        # "Вы записаны к врачу": a short participle tells a status, it asks nothing added
        words.matches(k, t.add_verbs) and not _is_short_participle(words, k)
        for k in range(len(words))
    )
    if adds and headed:  # "4 glue sticks" in a class's list: a noun, no verb of adding
        adds = not t.add_verbs.isdisjoint(words.norms)
    if adds or (not vocabulary.isdisjoint(t.remind_verbs) and _addressed_reminder(words, t)):
        return False  # "remind me, the rent is due Friday": the household's own request
    if c is not None and _asked_to_pay(words, c):
        return False  # "Оплати электрика, Дима сказал сумму: 2 400": the speaker's request
    return (
        printed
        or coded  # "Appointment reminder: Jack Smith, … Reply C to confirm": the member its reader
        or _sender_voiced(words, household, o, t)  # "Поликлиника: напоминаем о записи Маши …"
        or not any(household.find_member(words, k) is not None for k in range(len(words)))
    )


def _sender_voiced(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """A sender's own verb of informing in the first person plural ("напоминаем",
    "сообщаем": ``sender_voice_verbs``), no imperative asked of one and no member addressed
    in the dative ("…, отвези её", "напоминаем Пете: вынести мусор" ask a member), no duty
    set by an obligation or a need right before an infinitive ("напоминаем: Маша должна
    вынести мусор"; ``owed_words``, ``need_words``): a member named is the notice's subject
    ("напоминаем о записи Маши …")."""
    if words.vocabulary.isdisjoint(o.sender_voice_verbs):
        return False
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_imperative and not _asks_many(words, k, o):
            return False
        if info.is_dative and household.find_member(words, k) is not None:
            return False
        if words.norms[k] in o.owed_words or words.matches(k, t.need_words):
            nxt = words.next_words[k]  # "Напоминаем: Маша должна вынести мусор": a duty set
            if nxt is not None and (deed := words.infos[nxt]) is not None and deed.is_infinitive:
                return False
    return True


_CLAUSE_OPENERS = frozenset(",.;!")


def _asked_to_pay(words: Words, c: CorridorWords) -> bool:
    """A pay word commanded at a clause's start, past courtesies (``CorridorWords.pay_words``
    a Russian imperative, ``pay_commands`` in English; ``courtesies``): "Оплати электрика, Дима сказал сумму: 2 400", "Pay Mrs Parker's deposit
    back to her card, the wedding cake is cancelled", "… is pending since January, kindly
    pay it today itself": the speaker asks it paid, whatever the notice beside it says (the
    corridor refuses it): the text opened by it, or a clause by a courtesy and it;
    "Платёж выполнен. Сумма: 2 400" (no command), "Your bill is ready. Pay now at …" (a
    sentence of the notice's own) are notices."""
    if words.vocabulary.isdisjoint(c.pay_words):
        return False
    opened, first, courteous = True, True, False  # the text's start opens a clause
    for k in range(len(words)):
        if words.tokens[k].kind == "punct":
            opened = opened or words.norms[k] in _CLAUSE_OPENERS
            continue
        info = words.infos[k]
        if opened and info is not None and words.norms[k] in c.courtesies:
            courteous = True
            continue  # "kindly pay …", "пожалуйста, оплати …"
        if (
            opened
            and (first or courteous)
            and info is not None
            and words.has_lemma(k, c.pay_words)
            and (info.is_imperative if info.is_russian else words.norms[k] in c.pay_commands)
        ):
            return True
        opened = first = courteous = False
    return False


_CODE_SIZE: Final = 6  # "C", "1", "STOP", "YES": a short code in capitals or digits
_PURPOSE_REACH: Final = 4  # "Reply C to confirm", "отправьте НЕТ для отмены записи"


def _is_code(token: str) -> bool:
    bare = token.strip("\"'«»“”")
    return 0 < len(bare) <= _CODE_SIZE and (bare.isdigit() or bare.isupper())


def _reply_coded(words: Words, o: OpenWorldWords) -> bool:
    """A verb of replying, the next token a short code in capitals or digits, and a word of
    purpose among the words around it ("Reply C to confirm", "Text STOP to unsubscribe",
    "Ответьте 1 для подтверждения", "Для отмены отправьте НЕТ"); "text Tom to confirm the
    time" names no code."""
    norms, tokens = words.norms, words.tokens
    for i in range(len(words)):
        if norms[i] not in o.reply_code_verbs or i + 1 >= len(words):
            continue
        if not _is_code(tokens[i + 1].text):
            continue
        around = range(max(0, i - _PURPOSE_REACH), min(len(words), i + 2 + _PURPOSE_REACH))
        if any(norms[k] in o.reply_code_purposes for k in around):
            return True
    return False
