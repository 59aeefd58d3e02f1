"""Someone else's words or a past story (SPEC §4, "The open world"; issue #12, round 25).

A text may carry a request that is not the speaker's now: a request told with what came of it
("хотела купить хлеба, но пекарня была закрыта", "мама просила Арама купить хлеба, он принёс
батон", "она сказала «купи хлеба», а я пришёл с пивом", "i told him to buy milk and he came
back with chips", "I put yogurt on the list and Tom came back with pudding cups"); a deed set
in the past or in a habit gone by ("We used to buy Costco rice but not anymore", "в прошлый раз
мы забыли купить хлеб"); a habit told with "keep" ("my mum keeps telling me to buy a first aid
kit and I keep ignoring her"); a joke passed on under its name ("мем: «когда просишь купить
хлеб…»"); a message copied from a chat under a label with a verb of copying ("скопировал из
чата: …", "pasted from discord: …") or closed by a note that says so ("… (copied from family
chat)", "… (из нашего чата лол)"); a sender's reminder ("Напоминание от банка: …", "Reminder
from Dr. Patel's office: …") and the speaker reminding many ("напоминаю всем, что …",
"Напоминаю, что в четверг собрание", "Напоминаю, завтра собрание в 18:00"). They are
clarified, never acted on.

Each is a story only while nothing is asked beside it: no Russian imperative outside a quotation
(past a discourse opener: "слушай"), no infinitive standing for a request (one a verb governs,
"хотела купить", is none), no need word, no "пусть", no English adding or buying verb opening
a clause ("…, so put it on the list"), no question, no wake word. "бабушка просила купить
молока", "мама просила купить хлеба, а я забыла", "Kate asked me to get bread, add it" are
requests still. The words are each language's (``OpenWorldWords.story_heads`` …); the matching
is here.
"""

from __future__ import annotations

import re
from typing import Final

from policy_core._classes import (
    COPY_VERBS,
    HABIT_CUES,
    JOKE_LABELS,
    NEED_WORDS,
    RAN_OUT_STATES,
    STORY_CUES,
    STORY_DEEDS,
)
from policy_core._household import HouseholdIndex
from policy_core._morphology import WordInfo
from policy_core._pasted import regular_past
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["asks_beside", "habit_told", "tells_a_story"]

# A quotation: what someone else said, its imperatives theirs ("она сказала «купи хлеба»").
_QUOTE: Final = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
# One of the marks a quotation opens with, searched for at C speed (a set's isdisjoint(text)
# steps through the text a character at a time, making a string of each non-Latin one).
_QUOTE_MARK: Final = re.compile('[«“"]')
_COLON: Final = ":"
_ASKED: Final = "?"
_OPEN, _CLOSE = "(", ")"
_LEFT_BRACKET, _RIGHT_BRACKET = "[", "]"
_VERB_TAGS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive
_GOVERNOR_REACH: Final = 3  # "хотела купить", "просила Арама купить", "я тебе говорил купить"
_CONTRACTION_MARKS: Final = "'’"  # a contracted auxiliary's first mark ("'ll", "'s")
_HEAD_REACH: Final = 3  # "told him to buy", "asked Tom to pick up", "wanted to get"
_REPORT_REACH: Final = 4  # "сказал, что ему нужно": the need a few words after the reporting verb
_LABEL_REACH: Final = 4  # "мам смотри мем:", "скопировал из чата дома:": the label's first words
_NOTE_REACH: Final = 3  # "(из нашего чата)", "(copied from the family chat)": the source's words
_SENDER_REACH: Final = 6  # "Reminder from Dr. Patel's office:": the sender's words before the colon
_PAST_SIZE: Final = 5  # an English regular past is this long at least ("red", "bed" are none)
_ENDING_SIZE: Final = 2  # … read by an ending this long ("-ed", "-ied"; "-d" alone ends "bread")
_SENTENCE_ENDS: Final = frozenset(".!?")
_ANNOUNCE_MARKS: Final = frozenset(",:.!—–-")  # "Напоминаю, …", "Напоминаю: …", "Напоминаю — …"
_DIALOGUE_TURNS: Final = 2  # sentences before a chat's note: a dialogue copied, not one request


def _regular_past(norm: str, o: OpenWorldWords) -> bool:
    """An English regular past ("returned", "tidied"; ``OpenWorldWords.past_endings``) of a
    word long enough to be one ("red", "bed" are none)."""
    return len(norm) >= _PAST_SIZE and any(
        len(ending) >= _ENDING_SIZE and norm.endswith(ending) for ending, _ in o.past_endings
    )


def _quoted(words: Words) -> frozenset[int]:
    """The indices of the tokens inside a quotation."""
    text = words.text
    if _QUOTE_MARK.search(text) is None:
        return frozenset()
    spans = [m.span() for m in _QUOTE.finditer(text)]
    return frozenset(
        k
        for k, token in enumerate(words.tokens)
        if any(start < token.start < end for start, end in spans)
    )


def _governed(words: Words, k: int, *, past: bool) -> bool:
    """The Russian infinitive at ``k`` follows a verb a few words before it, no mark between
    ("хотела купить", "просила Арама купить"); with ``past`` the verb is in the past."""
    for j in range(k - 1, max(-1, k - 1 - _GOVERNOR_REACH), -1):
        info = words.infos[j]
        if info is None:
            return False
        if info.pos in _VERB_TAGS:
            return info.is_past if past else True
    return False


def _clause_start(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The English word at ``k`` opens a clause: the text's first word, or one after a mark,
    a link, a courtesy, a modal or a suggestion ("…, so put it on the list", "please add …",
    "can you get …", "we should get it again", "let's get it again")."""
    before = k - 1
    if before < 0:
        return True
    if words.is_punct(before):
        return True
    norm = words.norms[before]
    if _future_of(words, before, o, t):
        return False  # "Tom will get the groceries …": told
    return (
        norm in o.outcome_contrasts
        or norm in o.asking_fillers
        or norm in o.discourse_openers
        or norm in o.suggestion_leads
        or (norm in t.modals and norm not in t.to_markers)
        or _asked_anew(words, k, o, t)
    )


def _future_of(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The modal at ``k`` is a future marker after its subject, a word that is no courtesy
    ("Tom will get the groceries …": told; "please will get …", "will get" opening: asked)."""
    subject = k - 1
    return (
        words.norms[k] in t.future_markers
        and subject >= 0
        and words.infos[subject] is not None
        and words.norms[subject] not in o.asking_fillers
        and words.norms[subject] not in o.discourse_openers
    )


def _asked_anew(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The bare English verb at ``k`` asks anew with no comma before it: a word of its own
    before it (no "to", subject, habit adverb, modal or negation) and one of ``retake_words``
    after it ("we used to buy oat milk get some again"; "we used to buy it" tells)."""
    after = k + 1
    if after >= len(words) or words.norms[after] not in o.retake_words:
        return False
    norm = words.norms[k - 1]
    return words.infos[k - 1] is not None and not (
        norm in t.to_markers
        or norm in o.story_subjects
        or norm in o.habit_adverbs
        or norm in t.modals
        or norm in t.negations
    )


def _asks(
    words: Words, o: OpenWorldWords, t: TriggerWords, quoted: frozenset[int], *, start: int = 0
) -> bool:
    """Something is asked from ``start`` on, outside the quotations: a Russian imperative (not
    a discourse opener), an infinitive no verb governs, a need word un-negated, "пусть", an
    English buying, adding or remind verb in its own form opening a clause, a wake word."""
    for k in range(start, len(words)):
        info = words.infos[k]
        if info is None or k in quoted:
            continue
        norm = words.norms[k]
        if norm in o.discourse_openers and not (info.is_russian and info.is_infinitive):
            continue
        if info.is_russian:
            if (
                info.is_imperative
                or _plural_imperative(words, k, o)
                or (info.is_infinitive and not _governed(words, k, past=False))
            ):
                return True
        elif (
            norm == words.lemmas[k]
            and (
                norm in t.buy_or_add_verbs
                or norm in t.soft_shop_verbs
                or norm in t.remind_verbs
                or norm in o.story_imperatives
            )
            and _clause_start(words, k, o, t)
        ):
            return True
        if norm in t.let_words or words.matches(k, o.wake_words):
            return True
        if (
            words.classes1 & NEED_WORDS
            and words.matches(k, t.need_words)
            and (k == 0 or words.norms[k - 1] not in t.negations)
            and not _reported(words, k, o)
        ):
            return True
    return False


def _plural_imperative(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The Russian verb at ``k`` is read first as a 2nd person future with an imperative
    reading too, and no pronoun of the one spoken to before it: an imperative to many
    ("напоминаю всем, купите хлеб"; "вы купите хлеб" tells)."""
    info = words.infos[k]
    return (
        info is not None
        and info.is_asked_future
        and info.imperative_too is not None
        and all(words.norms[j] not in o.second_person_words for j in range(k))
    )


def _reported(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The word at ``k`` stands in someone's words reported a few words after a reporting verb
    in the past, within its sentence ("Петя сказал, что ему нужно 5 тетрадей")."""
    for j in range(k - 1, max(-1, k - 1 - _REPORT_REACH), -1):
        if words.tokens[j].text in _SENTENCE_ENDS:
            return False
        if words.norms[j] in o.story_heads:
            return True
    return False


def _deed(words: Words, k: int, o: OpenWorldWords, t: TriggerWords, quoted: frozenset[int]) -> bool:
    """The word at ``k`` is a buying or adding deed someone asked, wanted or did: a quoted
    request after a verb of saying ("сказала «купи хлеба»"), a Russian infinitive after a past
    verb ("хотела купить", "просила Арама купить"), an English one after a reporting verb and
    "to" ("told him to buy", "wanted to get"), an English past deed after its subject ("I put
    yogurt on the list")."""
    if not (
        words.matches(k, t.shop_verbs)
        or words.matches(k, t.add_verbs)
        or words.matches(k, t.soft_shop_verbs)
    ):
        return False
    info = words.infos[k]
    if info is None:
        return False
    if k in quoted:
        opening = next((j for j in range(k - 1, -1, -1) if j not in quoted), None)
        said = opening
        while said is not None and said >= 0 and words.infos[said] is None:
            said -= 1
        if said is None or said < 0 or (info_said := words.infos[said]) is None:
            return False
        return (info_said.is_russian and info_said.is_past) or words.norms[said] in o.story_heads
    if info.is_russian:
        return info.is_infinitive and _governed(words, k, past=True)
    before = k - 1
    if before >= 0 and words.norms[before] in o.story_subjects:
        return words.norms[k] != words.lemmas[k] or words.norms[k] in t.list_only_add_verbs
    if before < 0 or words.norms[before] not in t.to_markers:
        return False
    return any(words.norms[j] in o.story_heads for j in range(max(0, before - _HEAD_REACH), before))


def _outcome(
    words: Words, deed: int, o: OpenWorldWords, t: TriggerWords, *, voided: bool = False
) -> bool:
    """After the deed, what came of it: after a contrast a past verb, un-negated, no lapse and
    no run-out ("…, но пекарня была закрыта", "…, а я пришёл с пивом"); after another mark or
    a link a past verb of bringing or coming ("…, он принёс батон", "… and he came back");
    with ``voided`` (a need reported), after a contrast a past verb of bringing, coming or
    finding ("…, но потом выяснилось …"; "… but the shop was closed" still needs it)."""
    contrast = opened = False
    for k in range(deed + 1, len(words)):
        info = words.infos[k]
        norm = words.norms[k]
        if norm in o.outcome_contrasts:
            contrast = opened = True
            continue
        if norm in t.joiners or info is None:
            opened = opened or norm in t.joiners or words.is_punct(k)
            continue
        if not opened:
            continue
        past = (
            (info.pos == "VERB" and info.is_past)
            if info.is_russian
            else norm in o.story_pasts or _regular_past(norm, o)
        )
        if not past:
            continue
        if k > 0 and words.norms[k - 1] in t.negations:
            continue
        if words.matches(k, o.lapse_verbs) or words.matches(k, t.out_of_words):
            continue
        if (
            norm in o.request_reports
            or _busy(words, k, o)
            or _buys_named(words, k, o, t, before_only=contrast)
        ):
            continue  # another request, the speaker kept away, another thing bought
        if voided:
            if contrast and (words.matches(k, o.outcome_verbs) or words.matches(k, o.void_verbs)):
                return True
        elif contrast or words.matches(k, o.outcome_verbs):
            return True
    return False


def _busy(words: Words, k: int, o: OpenWorldWords) -> bool:
    """A word of ``busy_words`` a word or two after the past verb at ``k``: the speaker busy
    or away, a lapse ("…, но я была на работе", "… but I was busy")."""
    return any(words.norms[j] in o.busy_words for j in range(k + 1, min(len(words), k + 3)))


def _buys_named(
    words: Words, k: int, o: OpenWorldWords, t: TriggerWords, *, before_only: bool = False
) -> bool:
    """The Russian past verb at ``k`` buys and its clause names a thing (an inanimate noun),
    with ``before_only`` (after a contrast) before the verb: that thing bought, what was asked
    still to buy ("…, Петя купил молоко", "…, молоко я купила", "…, а молоко уже купили";
    "…, а я купила торт" buys another instead, an outcome)."""
    info = words.infos[k]
    if info is None or not info.is_russian or not words.matches(k, t.shop_verbs):
        return False

    def bound(j: int) -> bool:
        return words.is_punct(j) or words.norms[j] in o.outcome_contrasts

    start = k - 1
    while start >= 0 and not bound(start):
        start -= 1
    end = k + 1
    while end < len(words) and not bound(end):
        end += 1
    return any(
        (noun := words.infos[j]) is not None and noun.pos == "NOUN" and not noun.is_animate
        for j in range(start + 1, k if before_only else end)
        if j != k
    )


def _asked_deed(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The word at ``k`` is any deed asked or wanted in the past: a Russian infinitive after
    a past verb ("попросила Петю вынести мусор"), an English verb after a reporting verb and
    "to" ("asked Liam to fix the TV")."""
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return info.is_infinitive and _governed(words, k, past=True)
    before = k - 1
    return (
        before >= 0
        and words.norms[before] in t.to_markers
        and any(
            words.norms[j] in o.story_heads for j in range(max(0, before - _HEAD_REACH), before)
        )
    )


def _done_after(words: Words, deed: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """After a mark past the deed, the same verb in the past: the deed told done ("…, Liam
    fixed it", "…, он вынес")."""
    norm, lemma = words.norms[deed], words.lemmas[deed]
    russian = words.infos[deed] is not None and words.infos[deed].is_russian  # type: ignore[union-attr]
    marked = False
    for k in range(deed + 1, len(words)):
        info = words.infos[k]
        if info is None:
            marked = marked or words.is_punct(k)
            continue
        if not marked or words.norms[k - 1] in t.negations:
            continue  # "…, а он не вынес": not done, still to do
        if russian:
            if info.is_past and words.lemmas[k] == lemma and not _buys_named(words, k, o, t):
                return True
        elif regular_past(words.norms[k], o, frozenset((norm,))):
            return True
    return False


def _request_and_outcome(
    words: Words, o: OpenWorldWords, t: TriggerWords, quoted: frozenset[int]
) -> bool:
    """A request told, then what came of it, or then told done; a need reported, then after a
    contrast what voids it ("Петя сказал, что ему нужно 5 тетрадей, но потом выяснилось …";
    "Дима сказал, что нужна изолента" asks)."""
    return any(
        (_deed(words, k, o, t, quoted) and _outcome(words, k, o, t))
        or (_asked_deed(words, k, o, t) and _done_after(words, k, o, t))
        or (
            words.matches(k, t.need_words)
            and _reported(words, k, o)
            and _outcome(words, k, o, t, voided=True)
        )
        for k in range(len(words))
    )


def _past_framed(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A past frame ("used to", "last time", "в прошлый раз", "раньше", "в детстве", "as a
    kid") and a buying or adding deed: an English one after "to" or in the past, a Russian one
    in the past or governed by a past verb ("мы забыли купить хлеб"); or any deed a frame
    ending on "to" governs, or a Russian deed so told ("my grandma used to make
    bread every weekend", "в детстве мама заставляла меня мыть посуду"), no English chore
    verb opening a clause of its own beside it ("we used to …, now clean it yourself")."""
    norms, vocabulary = words.norms, words.vocabulary
    ends = [
        i + len(phrase)
        for phrase in o.past_frames
        if phrase[0] in vocabulary  # (a frame's first word unsaid: no word to walk)
        for i in range(len(words))
        if norms[i] == phrase[0] and norms[i : i + len(phrase)] == phrase
    ]
    if not ends:
        return False
    if _past_deed(words, ends, o, t) and not _chore_opens_a_clause(words, t):
        return True
    for k, info in enumerate(words.infos):
        if info is None or not (
            words.matches(k, t.shop_verbs)
            or words.matches(k, t.add_verbs)
            or words.matches(k, t.soft_shop_verbs)
        ):
            continue
        if info.is_russian:
            if info.is_past or (info.is_infinitive and _governed(words, k, past=True)):
                return True
        elif (k > 0 and norms[k - 1] in t.to_markers) or norms[k] != words.lemmas[k]:
            return True
    return False


def _past_deed(words: Words, ends: list[int], o: OpenWorldWords, t: TriggerWords) -> bool:
    """A deed set in the past by a frame ending before ``ends``: the English verb a frame
    ending on "to" governs ("used to make"), or that follows a contracted "would" after the
    frame (``past_habit_subjects``: "back then we'd buy …"), a Russian verb in the past or
    governed by a past verb ("мыли", "заставляла … мыть")."""
    for end in ends:
        if end < len(words) and words.norms[end - 1] in t.to_markers and words.is_word(end):
            return True
        if any(
            words.norms[k] in o.past_habit_subjects and k + 1 < len(words) and words.is_word(k + 1)
            for k in range(end, len(words))
        ):
            return True
    for k, info in enumerate(words.infos):
        if (
            info is not None
            and info.is_russian
            and info.pos in _VERB_TAGS
            and (info.is_past or (info.is_infinitive and _governed(words, k, past=True)))
        ):
            return True
    return False


def asks_beside(words: Words, o: OpenWorldWords, t: TriggerWords, subjects: frozenset[int]) -> bool:
    """Something is asked (``_asks``, outside quotations) or an English chore verb opens a
    clause; a word among ``subjects`` is the subject of what is said of it ("мыть окна зимой
    бессмысленно", "buying the big pack … is cheaper", "laundry done"), no request."""
    skipped = _quoted(words) | subjects
    return _asks(words, o, t, skipped) or _chore_opens_a_clause(words, t, skipped)


def _chore_opens_a_clause(
    words: Words, t: TriggerWords, skipped: frozenset[int] = frozenset()
) -> bool:
    """An English chore verb in its own form opens a clause (the text or past a mark or a
    joiner, a name called and an adverb of sequence): asked ("…, now clean your room", "…,
    Tom sort it")."""
    for k, info in enumerate(words.infos):
        if info is None or info.is_russian or k in skipped or words.norms[k] not in t.chore_verbs:
            continue
        before = k - 1
        while before >= 0 and (
            words.norms[before] in t.transparent or words.norms[before] in t.sequence_adverbs
        ):
            before -= 1
        if before >= 0 and words.is_capitalised(before):
            before -= 1  # "…, Tom sort it": a name called before it
        if before < 0 or words.is_punct(before) or words.norms[before] in t.joiners:
            return True
    return False


def _keeps_at_it(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "keep(s)" and a gerund, then "to" and a buying or adding deed a few words on ("my mum
    keeps telling me to buy …", "I keep forgetting to buy bread")."""
    for i in range(len(words) - 1):
        if words.norms[i] not in o.keep_verbs or not words.norms[i + 1].endswith(o.gerund_endings):
            continue
        if words.norms[i] == words.lemmas[i] and (
            i == 0
            or words.infos[i - 1] is None
            or words.norms[i - 1] in o.asking_fillers
            or words.norms[i - 1] in o.discourse_openers
        ):
            continue  # "please keep reminding me to buy milk": asked, no subject before it
        for k in range(i + 2, min(len(words), i + 3 + _HEAD_REACH)):
            if words.norms[k - 1] in t.to_markers and (
                words.matches(k, t.shop_verbs)
                or words.matches(k, t.add_verbs)
                or words.matches(k, t.soft_shop_verbs)
            ):
                return True
    return False


def _habit_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A habit told, no rule set from now on: a habit adverb and a buying verb in the present,
    a Russian finite verb ("мы всегда покупаем тетради в Ашане"), an English one after its
    subject or in its "-s" form ("we usually get the eggs at the market", "mum always buys
    …"); or a habit phrase or span (``habit_phrases``, ``habit_span_leads``: "as usual",
    "как обычно", "every Saturday") and any deed told in the present, a future or a
    progressive ("Tom will get the groceries on Saturday as usual", "Дима как обычно в
    субботу поедет за продуктами", "Tom's doing the school run every Friday")."""
    vocabulary = words.vocabulary
    if not vocabulary.isdisjoint(o.habit_breakers):
        return False
    phrased = _habit_phrased(words, o) and not _framed_or_bid(words, t)
    if not phrased and vocabulary.isdisjoint(o.habit_adverbs):
        return False
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        buys = words.matches(k, t.shop_verbs) or words.matches(k, t.soft_shop_verbs)
        if not (buys or phrased):
            continue
        if info.is_russian:
            if (
                info.pos == "VERB"
                and not (info.is_past or info.is_imperative)
                and (buys or _doer_told(info, o))
            ):
                return True
        elif (buys and _buying_told(words, k, o)) or (phrased and _deed_told(words, k, o, t)):
            return True
    return False


def _doer_told(info: WordInfo, o: OpenWorldWords) -> bool:
    """The Russian finite verb ``info`` tells a deed of its doer: the 3rd person (a member's,
    anyone's) or the speaker's 1st, no ability, wish or intention (``habit_non_deeds``:
    "можешь как обычно купить хлеб", "Петя может как обычно …" ask)."""
    return (info.is_third_person or info.is_first_person) and info.lemma not in o.habit_non_deeds


def _habit_phrased(words: Words, o: OpenWorldWords) -> bool:
    """A habit phrase ("as usual", "как обычно") or a span's lead before a word ("every
    Saturday", "каждую субботу") is in the text."""
    if words.vocabulary.isdisjoint(o.habit_cues):
        return False
    norms = words.norms
    for i in range(len(words)):
        span = words.next_words[i]
        if (
            norms[i] in o.habit_span_leads
            and span is not None
            and words.matches(span, o.habit_spans)
        ):
            return True
        for phrase in o.habit_phrases:
            if norms[i] == phrase[0] and norms[i : i + len(phrase)] == phrase:
                return True
    return False


def _framed_or_bid(words: Words, t: TriggerWords) -> bool:
    """A task's word names the deed a task ("set up a task: Lucy empties the dishwasher every
    evening", "…, make it a task for him"), a Russian imperative or 2nd person future ("Петя
    как обычно вынесет мусор, а ты купи хлеб"), or an English chore verb in its own form opens
    a clause ("check Lucy's reading log every evening"): the habit is asked for, not told."""
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if words.matches(k, t.task_nouns) or (
            info.is_russian and (info.is_imperative or info.is_asked_future)
        ):
            return True
        if (
            not info.is_russian
            and words.norms[k] in t.chore_verbs
            and (k == 0 or words.is_punct(k - 1))
        ):
            return True
    return False


def _buying_told(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The English buying verb at ``k`` is told after its subject or in its "-s" form."""
    subject = k - 1
    if subject >= 0 and words.norms[subject] in o.habit_adverbs:
        subject -= 1  # "we usually get …"
    return (subject >= 0 and words.norms[subject] in o.story_subjects) or (
        words.norms[k] != words.lemmas[k] and words.norms[k].endswith(o.third_person_endings)
    )


def _deed_told(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The English word at ``k`` is a deed told of its doer: after a future marker with a
    subject before it ("Tom will get …", "Tom'll get …"), an "-ing" form after "is" or "'s"
    ("Tom's doing …"), a chore's or a buying verb's "-s" form ("Tom takes out the bins …")."""
    if k == 0:
        return False
    before = words.norms[k - 1]
    if words.infos[k - 1] is not None and (
        (before in t.future_markers and k >= 2 and words.infos[k - 2] is not None)
        or any(before.endswith(m) for m in t.future_markers if m[0] in _CONTRACTION_MARKS)
    ):
        return True
    norm = words.norms[k]
    if norm.endswith(o.gerund_endings) and (
        before in t.progressive_links
        or any(before.endswith(m) for m in t.progressive_links if m[0] in _CONTRACTION_MARKS)
    ):
        return True
    return (
        norm != words.lemmas[k]
        and norm.endswith(o.third_person_endings)
        and (words.lemmas[k] in t.chore_verbs or words.has_lemma(k, t.shop_verbs))
    )


def _joke_labelled(words: Words, o: OpenWorldWords) -> bool:
    """A joke's name heads the text: among its first words before a colon ("мам смотри мем:
    «…»", "meme: …"), or in brackets opening it ("[мем] когда …")."""
    tokens = words.tokens
    first = words.first_word
    if first is None:
        return False
    if first > 0 and tokens[first - 1].text == _LEFT_BRACKET:
        after = first + 1
        return (
            words.matches(first, o.joke_labels)
            and after < len(words)
            and tokens[after].text == _RIGHT_BRACKET
        )
    for k in range(first, min(len(words) - 1, first + _LABEL_REACH)):
        if words.is_punct(k):
            return False
        if words.matches(k, o.joke_labels) and tokens[k + 1].text == _COLON:
            return all(words.norms[j] not in o.label_negations for j in range(max(0, k - 2), k))
    return False


def _own_add(words: Words, start: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """After the copied message opened at ``start``, an adding verb the user says: in a
    sentence or on a line after the message's first ("…: купить хлеб. добавь", "…\nadd
    bread"), or closing the text with only a pronoun or where it goes after it ("…: хлеб,
    молоко, добавь", "… k, add it", "…, добавь в список")."""
    ended = False
    for k in range(start, len(words)):
        token = words.tokens[k]
        if k > 0 and "\n" in words.text[words.tokens[k - 1].end : token.start]:
            ended = True
        if token.text in _SENTENCE_ENDS:
            ended = True
            continue
        if words.infos[k] is None or not words.matches(k, t.add_verbs):
            continue
        if ended or all(
            words.infos[j] is None
            or words.norms[j] in o.object_pronouns
            or words.matches(j, t.list_words)
            or words.norms[j] in t.list_phrase_preps
            for j in range(k + 1, len(words))
        ):
            return True
    return False


def _copy_labelled(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A label with a verb of copying, its source word and a chat opens the text before a
    colon ("скопировал из чата: …", "pasted from discord: …"; "скопировала из заметок: молоко,
    хлеб" is the speaker's own list); a request of the user's own on a line after it still
    asks ("…\nдобавь хлеб")."""
    first = words.first_word
    if first is None:
        return False
    copied = sourced = chat = False
    for k in range(first, min(len(words), first + _LABEL_REACH + 1)):
        if words.tokens[k].text == _COLON:
            if not chat:
                return False
            if _own_add(words, k + 1, o, t):
                return False
            line = words.text.find("\n", words.tokens[k].start)
            if line < 0:
                return True
            rest = next((j for j, tok in enumerate(words.tokens) if tok.start > line), len(words))
            return not _asks(words, o, t, frozenset(), start=rest)
        if words.is_punct(k):
            return False
        copied = copied or words.matches(k, o.copy_verbs)
        sourced = sourced or (copied and words.norms[k] in o.copy_sources)
        chat = chat or (sourced and words.matches(k, o.chat_nouns))
    return False


def _copy_noted(words: Words, o: OpenWorldWords) -> bool:
    """A note in brackets closes the text and says it was copied from a chat: a verb of
    copying and a chat ("(copied from family chat)"; "(скопировала из рецепта)" is the user's
    own), or the source word and a chat a few words on after a dialogue of two sentences or
    more ("— Мам, а можно мне собаку? — Нет. … (из нашего чата лол)")."""
    tokens = words.tokens
    last = len(tokens) - 1
    while last >= 0 and words.infos[last] is None and tokens[last].text != _CLOSE:
        last -= 1
    if last < 0 or tokens[last].text != _CLOSE:
        return False
    opening = next((j for j in range(last - 1, -1, -1) if tokens[j].text in (_OPEN, _CLOSE)), None)
    if opening is None or tokens[opening].text != _OPEN:
        return False
    inside = range(opening + 1, last)
    if any(words.matches(k, o.copy_verbs) for k in inside):
        return any(words.matches(k, o.chat_nouns) for k in inside)  # a recipe is one's own
    if sum(words.tokens[j].text in _SENTENCE_ENDS for j in range(opening)) < _DIALOGUE_TURNS:
        return False  # "купи хлеба (из нашего чата)": one request, told where it was said
    return any(
        words.norms[k] in o.copy_sources
        and any(
            words.matches(j, o.chat_nouns) for j in range(k + 1, min(last, k + 1 + _NOTE_REACH))
        )
        for k in inside
    )


def _sender_reminds(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex, kin: frozenset[str]
) -> bool:
    """The reminder's noun, a sender's word and a sender who is no member (and no pronoun)
    open the text before a colon, and nothing is asked ("Напоминание от банка: …", "Reminder
    from Dr. Patel's office: …"); "Reminder from Tom: …" is a member's, "Напоминание от мамы:
    купить хлеб" asks."""
    first = words.first_word
    if first is None or not words.matches(first, o.reminder_nouns):
        return False
    sender = words.next_words[first]
    if sender is None or words.norms[sender] not in o.sender_labels:
        return False
    name = words.next_words[sender]
    if name is None or words.norms[name] in o.message_pronouns or words.has_lemma(name, kin):
        return False  # "Напоминание от бабушки: …": kin, as a member
    for k in range(name, min(len(words), name + _SENDER_REACH)):
        if words.tokens[k].text == _COLON:
            return k > name and not _asks(words, o, t, _quoted(words) | _service_steps(words, o))
        if words.infos[k] is not None and household.find_member(words, k) is not None:
            return False
    return False


def _service_steps(words: Words, o: OpenWorldWords) -> frozenset[int]:
    """The words of a sender's instruction to its reader: a purpose of a reply code
    (``reply_code_purposes``: "отмены", "cancel") and the rest of its sentence ("Для отмены
    позвоните по номеру 122", "To cancel, call 555-0122"): what the sender asks of whoever
    reads it, not what the user asks."""
    steps: set[int] = set()
    for k in range(len(words)):
        if words.norms[k] not in o.reply_code_purposes or k in steps:
            continue
        j = k
        while j < len(words) and words.norms[j] not in _SENTENCE_ENDS:
            steps.add(j)
            j += 1
    return frozenset(steps)


def _reminds_to(words: Words, k: int, t: TriggerWords) -> bool:
    """A buying or adding infinitive a few words after the speaker's reminder at ``k``, no
    mark between: a purchase asked of many ("напоминаю всем купить хлеб"; "напоминаю всем
    сдать деньги на подарок" announces)."""
    for j in range(k + 1, min(len(words), k + 2 + _GOVERNOR_REACH)):
        info = words.infos[j]
        if info is None:
            return False
        if info.is_infinitive:
            return words.matches(j, t.shop_verbs) or words.matches(j, t.add_verbs)
    return False


def _announced_apart(words: Words, k: int) -> bool:
    """The speaker's reminder at ``k`` opens its clause and a mark sets it apart from what it
    tells ("Напоминаю, завтра родительское собрание в 18:00", "Коллеги, напоминаю: …"); the
    caller asks that nothing is asked after it ("Напоминаю, завтра купить хлеб" asks)."""
    opens = k == words.first_word or (k > 0 and words.is_punct(k - 1))
    return opens and k + 1 < len(words) and words.norms[k + 1] in _ANNOUNCE_MARKS


def _tells_event(words: Words, start: int) -> bool:
    """After the speaker's reminder, a finite verb of the third person tells what will happen
    ("Напомню, в четверг отключат горячую воду", "напоминаю, завтра приезжает бабушка"): an
    event reported, whatever it names."""
    return any(
        (info := words.infos[i]) is not None
        and info.is_russian
        and info.is_third_person
        and not info.is_past
        for i in range(start, len(words))
    )


def _names_wanted(words: Words, start: int, t: TriggerWords, products: frozenset[str]) -> bool:
    """After the speaker's reminder, a product (``products``) or a chore's noun is named
    ("напоминаю: хлеб и молоко", "напоминаю, завтра вынос мусора"): a purchase or a chore
    asked."""
    return any(
        words.is_word(i)
        and not (words.keys(i).isdisjoint(products) and words.keys(i).isdisjoint(t.chore_nouns))
        for i in range(start, len(words))
    )


def _announces(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    household: HouseholdIndex,
    products: frozenset[str],
) -> bool:
    """The speaker reminds many in the first person, whom or "что" right after the verb
    ("напоминаю всем, что …", "Напоминаю, что в четверг собрание") or a mark after the verb
    opening its clause (``_announced_apart``: "Напоминаю, завтра родительское собрание в
    18:00"), asking nothing beside it and naming no member ("Петя, напоминаю: в среду вынести
    мусор" asks; "напоминаю про хлеб" is no announcement); set apart, it names no run-out, and
    what follows the mark names no product (``products``) and no chore's noun either
    ("напоминаю: хлеб и молоко", "напоминаю, завтра вынос мусора" ask) unless it reports an
    event (``_tells_event``: "Напомню, в четверг отключат горячую воду" tells)."""
    if words.vocabulary.isdisjoint(o.announce_verbs):
        return False  # most commands: no announcing verb
    followed = [
        k
        for k in range(len(words))
        if words.norms[k] in o.announce_verbs
        and (nxt := words.next_words[k]) is not None
        and words.norms[nxt] in o.announce_followers
    ]
    if not followed:
        apart = [
            k
            for k in range(len(words))
            if words.norms[k] in o.announce_verbs and _announced_apart(words, k)
        ]
        if not apart or words.classes3 & RAN_OUT_STATES:
            return False  # "напоминаю: молоко кончилось"
        if not words.vocabulary.isdisjoint(t.out_of_words):
            return False  # "напоминаю, нет хлеба"
        if not any(_tells_event(words, k + 2) for k in apart) and any(
            _names_wanted(words, k + 2, t, products) for k in apart
        ):
            return False  # "напоминаю: хлеб и молоко", "…: вынос мусора"
    elif any(_reminds_to(words, k, t) for k in followed):
        return False
    if _asks(words, o, t, _quoted(words)):
        return False
    return all(
        words.infos[k] is None or household.find_member(words, k) is None for k in range(len(words))
    )


_TURN_LABEL: Final = re.compile(r"\[[^\]\n]{1,24}\][ \t]*:")
_TURNS: Final = 2  # two speakers' turns: a chat copied in
_QUOTED_LINE: Final = re.compile(r"(?m)^[ \t]*>[^\n]*")
_QUOTE_OPENER: Final = ">"


def _bracket_turns(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """Two speakers' turns, each name in brackets before a colon ("[mom]: buy bread on your
    way home [me]: k"): a chat copied in; not with an adding verb in the last turn, the
    user's ("… [me]: k, add it")."""
    labels = list(_TURN_LABEL.finditer(words.text))
    if len(labels) < _TURNS:
        return False
    last = labels[-1].end()
    return not any(
        words.tokens[k].start >= last
        and words.infos[k] is not None
        and words.matches(k, t.add_verbs)
        for k in range(len(words))
    )


def _chat_sender(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A sender, then a chat in brackets, then a colon opens the text ("Маша (группа Семья):
    …"): a message copied from the chat."""
    tokens = words.tokens
    first = words.first_word
    if first is None:
        return False
    opening = next(
        (k for k in range(first, min(len(words), first + _LABEL_REACH)) if tokens[k].text == _OPEN),
        None,
    )
    if opening is None or any(words.infos[k] is None for k in range(first, opening)):
        return False
    chat = False
    for k in range(opening + 1, min(len(words) - 1, opening + 1 + _NOTE_REACH + 1)):
        if tokens[k].text == _CLOSE:
            return chat and tokens[k + 1].text == _COLON and not _own_add(words, k + 2, o, t)
        chat = chat or words.matches(k, o.chat_nouns)
    return False


def _email_headed(words: Words, o: OpenWorldWords) -> bool:
    """An e-mail's headers open the text: its sender's label and a colon, then its subject's
    ("From: Emma. Subject: potluck. Please bring …"; the caller lets an adding verb ask, as a
    notice does)."""
    first = words.first_word
    if first is None or words.norms[first] not in o.sender_labels:
        return False
    if first + 1 >= len(words) or words.tokens[first + 1].text != _COLON:
        return False
    return any(
        words.norms[k] in o.subject_labels and words.tokens[k + 1].text == _COLON
        for k in range(first + 2, len(words) - 1)
    )


def _quote_answered(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> bool:
    """A line quoted from a message and an English reply beside it that asks nothing and
    tells something: a past ("he did it already"), an existential ("there's a bottle under
    the sink"), or only reply words and members' names ("Jack no"); "> we need dish soap\nok
    add it" asks. (Russian replies: ``_pasted``.)"""
    spans = [m.span() for m in _QUOTED_LINE.finditer(words.text)]
    if not spans:
        return False
    quoted = frozenset(
        k
        for k, token in enumerate(words.tokens)
        if any(start <= token.start < end for start, end in spans)
    )
    reply = [k for k in range(len(words)) if k not in quoted and words.infos[k] is not None]
    if not reply or not quoted or _ASKED in words.text:
        return False
    if any(words.infos[k].is_russian for k in reply):  # type: ignore[union-attr]
        return False
    if _asks(words, o, t, quoted):
        return False
    norms = words.norms
    for k in reply:
        norm = norms[k]
        if norm in o.story_pasts or _regular_past(norm, o):
            return True
        nxt = words.next_words[k]
        if norm in o.existential_heads and (
            norm != words.lemmas[k] or (nxt is not None and norms[nxt] in o.existential_links)
        ):
            return True
    return any(norms[k] in o.reply_words for k in reply) and all(
        norms[k] in o.reply_words or household.find_member(words, k) is not None for k in reply
    )


def _prohibits(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A rule posted for everyone ("Категорически запрещается кормить кота со стола",
    "Smoking is prohibited in the flat"), nothing asked beside it."""
    return not words.vocabulary.isdisjoint(o.prohibition_words) and not _asks(
        words, o, t, _quoted(words)
    )


def tells_a_story(  # noqa: PLR0917 - the text, its household and four word lists
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    kin: frozenset[str],
    products: frozenset[str],
) -> bool:
    """The text carries someone else's words or a past story and asks nothing of its own;
    ``kin`` (``ShoppingWords.relay_tellers``) send reminders as members do; ``products``
    (``ShoppingWords.known_products``) named after the speaker's reminder ask to buy them."""
    vocabulary = words.vocabulary
    deeds = bool(words.classes1 & STORY_DEEDS)
    cued = bool(words.classes3 & STORY_CUES)
    habitual = bool(words.classes3 & HABIT_CUES)
    text = words.text
    if _LEFT_BRACKET in text and _bracket_turns(words, o, t):
        return True
    if _QUOTE_OPENER in text and _quote_answered(words, o, t, household):
        return True
    if not (deeds or cued or habitual):
        return False  # most commands: no buying or adding verb, no cue
    if cued:
        if (
            _chat_sender(words, o, t)
            or (_email_headed(words, o) and vocabulary.isdisjoint(t.add_verbs))
            or _prohibits(words, o, t)
        ):
            return True
        if (
            (words.classes3 & JOKE_LABELS and _joke_labelled(words, o))
            or (words.classes3 & COPY_VERBS and _copy_labelled(words, o, t))
            or _copy_noted(words, o)
        ):
            return True
        if _sender_reminds(words, o, t, household, kin) or _announces(
            words, o, t, household, products
        ):
            return True
    if _ASKED in text:
        return False
    quoted = _quoted(words)
    if _asks(words, o, t, quoted):
        return False
    if _request_and_outcome(words, o, t, quoted):
        return True
    return (cued and (_past_framed(words, o, t) or _keeps_at_it(words, o, t))) or (
        habitual and _habit_told(words, o, t)
    )


def habit_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A habit told (``_habit_told``), for the reader to let the corridor answer first when a
    payment's or a device's words are said ("Дима каждый месяц платит за квартиру" rejects)."""
    return bool(words.classes3 & HABIT_CUES) and _habit_told(words, o, t)
