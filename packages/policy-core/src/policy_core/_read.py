"""What the rules read in a command's text: a Draft, before any resolution.

``read`` finds the clauses, the items, the task and its due phrase and names them; the
resolution (default list and assignee, what to ask when something is missing) is
``_resolve.resolve``'s, the same for the rules' draft as for an LLM's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from typing import Final

from policy_core._adverts import advertised
from policy_core._classes import (
    CLOCK_READS,
    DEVICE_VERBS,
    DUE_STARTS,
    MESSAGE_VERBS,
    ON_OFF,
    PASTED_MARKERS,
    PAYMENT_STARTS,
    RAN_OUT_STATES,
    REASON_OPENERS,
    REASON_STARTS,
    RESTART_KEYS,
    RETRACTION_STARTS,
    SET_PARTS,
    SWITCH_VERBS,
    TAKEBACK_STARTS,
    TIME_PREPS,
    TITLE_STOPS,
    TOLD_CUES,
    WordClasses,
)
from policy_core._clauses import Clause, handed_chore, lament_object, split_clauses, verbless
from policy_core._comments import comment_start, reason_opens
from policy_core._corridor import corridor_code, outsiders_list
from policy_core._cued_lists import buying_verb, cued_list, home_section
from policy_core._dates import DueMatch, find_due
from policy_core._deeds_asked import asked_command
from policy_core._errand_runners import whoever_goes
from policy_core._household import KIND_LIST_ID, HouseholdIndex, with_kinds_said
from policy_core._intent import Intent
from policy_core._morphology import Morphology
from policy_core._notices import is_notice
from policy_core._pasted import is_recipe, letter_request
from policy_core._reasons import joined_after, told_done
from policy_core._relayed_messages import relays_a_message, told_before
from policy_core._remarks_told import outage_notice, price_list
from policy_core._resolve import Draft, TaskDraft
from policy_core._restart import withdraws_all
from policy_core._rota import rota_text
from policy_core._runout_complaints import run_out_complained
from policy_core._runouts_told import products_wanted, run_out_told, wanted
from policy_core._shopping import (
    ShoppingReading,
    ran_out_products,
    read_bare_list,
    read_ran_out,
    read_shopping,
)
from policy_core._spoken_lists import list_in_speech, need_said_last
from policy_core._statements import retracts
from policy_core._stories import habit_told, tells_a_story
from policy_core._takeback import taken_back
from policy_core._tasks import TaskReading, aside_mark, event_mark, event_told, read_task
from policy_core._two_requests import listed_deed, request_splits
from policy_core._unserved import remarked, served_part, unserved
from policy_core._words import Words, analyse_words
from policy_core.lang import TriggerWords, Vocabulary

__all__ = ["NOTHING_FOUND", "precheck", "read"]

_BLANK: Final = Draft("unknown", blank=True)
_DATE: Final = len("2026-03-05")
# Why no request was read (``Extraction.unrecognised``): a family that reads a reason to ask
# returns _UNKNOWN; only a text in which nothing at all was recognised is NOTHING_FOUND.
_UNKNOWN: Final = Draft("unknown", unrecognised="unserved")
_REQUESTS: Final = frozenset({"add_shopping_item", "create_task", "mixed"})  # a draft that asks
_TOLD_BESIDE: Final = frozenset({"create_task", "mixed"})  # a reading a reason may have added to
_ONE_KIND: Final = frozenset({"add_shopping_item", "create_task"})  # a draft of one request's kind
_BOUGHT: Final = frozenset({"add_shopping_item", "mixed"})  # a draft that buys
# a reading a run-out told as a complaint takes back (``_runout_complaints``): a purchase, or
# nothing yet, before a part of the text or a reading again finds one
_COMPLAINED: Final = frozenset({"add_shopping_item", "unknown"})
# the corridor's refusals a comment's words may have brought ("the smart lock keeps beeping")
_COMMENTED_CODES: Final = frozenset({"payment_not_supported", "device_control_not_supported"})


def _outsiders_code(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> str | None:
    """ "в список Кирилла": a named outsider's list is another household's."""
    if outsiders_list(
        words,
        vocabulary,
        lambda i: household.find_member(words, i) is not None,
        lambda i: bool(household.find_lists(words, i, i + 1)),
        parents_outside=household.parents_outside,
    ):
        return "foreign_household"
    return None


_SYMBOLS: Final = Draft("unknown", unrecognised="symbols")
_RETRACTED: Final = Draft("unknown", unrecognised="retracted")
# a payment's or a device's words: a habit told of them is the corridor's to answer
_CORRIDOR_DEEDS: Final = PAYMENT_STARTS | DEVICE_VERBS | SWITCH_VERBS | ON_OFF
# a retraction, an editing term, a take-back (``retracts``, ``withdraws_all``, ``taken_back``)
_WITHDRAWN: Final = RETRACTION_STARTS | RESTART_KEYS | TAKEBACK_STARTS
NOTHING_FOUND: Final = Draft("unknown", unrecognised="nothing_recognised")
# the readings of a text as not served or withdrawn that a cued list overrules (``read``)
_CUES_OVERRULE: Final = frozenset({"unserved"})
# tuple.__new__ builds the named tuples without their Python-level __new__ (once a command).
_new_tuple: Final = tuple.__new__
# A digit is always read as a number or a time token: a text with none and no due word holds
# no due phrase (``find_due``'s own first test, here on the whole text at C speed).
_DIGIT: Final = re.compile(r"\d")
# Blank once normalised: white space and the invisible characters ``normalise_text`` drops.
_BLANK_TEXT: Final = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*")
_TOO_LONG: Final = Draft("unsupported", reject_code="text_too_long")
_SENTENCE_ENDS: Final = frozenset(".!?")
_CLAUSE_MARKS: Final = frozenset(",;")  # "…, so remind me tonight …": another clause before it
_COMMA: Final = ","  # "книгу, которую …": between a noun and the clause about it
_NOUN: Final = "NOUN"  # OpenCorpora: a noun
_PARTICIPLE: Final = "PRTF"  # OpenCorpora: a full participle ("куртку, купленную …")
_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition ("маме, с которой …")
_ADDRESS_MARKS: Final = frozenset(",:")  # after a name spoken to: "Oleg, can you …"
_VERB_POS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive


class _Reader:
    """What every reader of one command needs besides the words it reads: the household, the
    morphology, the vocabulary and its word classes, and the command's ``now``; ``part``
    reads a part of the command alone with them.

    Built once a command, by ``read``, and shared by every part read again (``part`` reads
    with this same object); nothing assigns to it after ``__init__``. A plain class with
    ``__slots__``, not a dataclass or a named tuple: compiled (mypyc), its attributes are read
    from the native object's fields."""

    __slots__ = ("household", "morphology", "now", "vocabulary", "word_classes")

    def __init__(
        self,
        household: HouseholdIndex,
        morphology: Morphology,
        vocabulary: Vocabulary,
        *,
        now: datetime,
        word_classes: WordClasses,
    ) -> None:
        self.household = household
        self.morphology = morphology
        self.vocabulary = vocabulary
        self.now = now
        self.word_classes = word_classes

    def words(self, text: str) -> Words:
        """The words of ``text`` (already normalised: a part of the command, or its words put
        another way)."""
        return analyse_words(
            text, self.morphology, self.vocabulary.text, self.word_classes, normalised=True
        )

    def part(self, text: str) -> Draft:
        """``read`` of a part of the command, or of its words put another way (already
        normalised): the request before a comment, the comment alone, a rota's chore."""
        return _read(self.words(text), self)


def _is_symbol(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("S") for ch in text)


def _first_of_each(clauses: list[Clause]) -> tuple[Clause | None, Clause | None]:
    """The first shopping clause and the first task clause."""
    shop: Clause | None = None
    task: Clause | None = None
    for clause in clauses:
        if clause.kind == "shop":
            if shop is None:
                shop = clause
        elif task is None:
            task = clause
    return shop, task


def _own_due(
    words: Words, clause: Clause, due: DueMatch, now: datetime, vocabulary: Vocabulary
) -> DueMatch:
    """ "Invitation: … Tue Mar 10, 3:30pm\n\nremind Tom to take Jack … on Tuesday at 3pm",
    "I am out of station from tomorrow, so kindly remind me tonight to …": a due phrase in a
    sentence or a clause before the task's frame gives way to the task's own; so does one in a
    clause of its own before it, one with a subject or a verb ("я на смене до 20, сегодня в 17:00
    заберите …", "так как в субботу приезжает свекровь, напомните Пете завтра …")."""
    trigger = clause.trigger
    before = [i for i in due.token_indices if i < trigger]
    if not before:
        return due
    start = trigger
    if not (
        _sentence_between(words, max(before), trigger)
        or any(
            words.norms[k] in _CLAUSE_MARKS and words.norms[k + 1] in vocabulary.tasks.clause_links
            for k in range(max(before) + 1, trigger)
        )
    ):
        start = _own_clause(words, min(before), trigger, vocabulary)
        if start < 0:
            if not _event_before_frame(words, max(before), trigger):
                return due
            start = trigger
    own = find_due(words.tokens[start : clause.end], now, vocabulary.dates, vocabulary.numbers)
    if own is None:
        return due
    return DueMatch(own.due, frozenset(i + start for i in own.token_indices))


def _not_a_past_deed(
    words: Words, clause: Clause, due: DueMatch, now: datetime, vocabulary: Vocabulary
) -> DueMatch | None:
    """ "remind me to return the shoes I bought last week", "напомни Пете вернуть книгу,
    которую он взял на прошлой неделе": a day gone said after the task's frame and, past it, a
    word opening a clause of its own (``DateWords.past_deed_openers``: an English subject
    pronoun with no comma before it, a relative word) is when that deed was done: the task's
    due is its own when, read before that word, or none."""
    if due.due[:_DATE] >= now.date().isoformat():
        return due  # most dues: not gone
    first = min(due.token_indices)
    d = vocabulary.dates
    opener = next(
        (
            k
            for k in range(clause.trigger + 1, first)
            if words.norms[k] in d.free_relatives
            or (
                (words.norms[k] in d.past_deed_openers or _participle(words, k))
                and _after_its_head(words, k, vocabulary)
            )
        ),
        None,
    )
    if opener is None:
        return due
    own = find_due(words.tokens[clause.start : opener], now, vocabulary.dates, vocabulary.numbers)
    if own is None:
        return None
    return DueMatch(own.due, frozenset(i + clause.start for i in own.token_indices))


def _task_due(
    words: Words, task_clause: Clause, due: DueMatch, now: datetime, vocabulary: Vocabulary
) -> tuple[DueMatch | None, Clause]:
    """The task's own when, not one in a clause before it or in a remark after it, nor a day
    gone inside a clause about a noun of the task (``_not_a_past_deed``)."""
    found, task_clause = _not_an_event(
        words,
        *_not_a_remark(
            words,
            task_clause,
            _own_due(words, task_clause, due, now, vocabulary),
            now,
            vocabulary,
        ),
        now,
        vocabulary,
    )
    if found is None:
        return None, task_clause
    found = _not_in_an_aside(words, task_clause, found, now, vocabulary)
    return _not_a_past_deed(words, task_clause, found, now, vocabulary), task_clause


def _not_in_an_aside(
    words: Words, clause: Clause, due: DueMatch, now: datetime, vocabulary: Vocabulary
) -> DueMatch:
    """ "Диме напомни завтра забрать Машу с танцев, у меня созвон до восьми": a when said in
    an aside after the deed (from where the title ends, ``_tasks.aside_mark``, to the next
    mark) is the aside's; the task's due is its own when, read before the aside. With none
    before it, the when stays ("fix the tap. Tomorrow please"), and so does one said after
    the aside ends ("…, она помогала — поставь ему на вечер")."""
    if max(due.token_indices) <= clause.trigger or not words.classes2 & TITLE_STOPS:
        return due  # most dues: said before the deed, or no aside can start
    k = vocabulary.tasks
    mark = aside_mark(words, clause.trigger, clause.end, k, vocabulary.triggers)
    if mark < 0 or max(due.token_indices) < mark:
        return due
    stops = k.aside_marks | k.sentence_ends
    end = next((j for j in range(mark + 1, clause.end) if words.norms[j] in stops), clause.end)
    if max(due.token_indices) >= end:
        return due  # "…, она мне помогала — поставь ему на вечер": said after the aside ends
    own = find_due(words.tokens[clause.start : mark], now, vocabulary.dates, vocabulary.numbers)
    if own is None:
        return due
    return DueMatch(own.due, frozenset(i + clause.start for i in own.token_indices))


def _after_its_head(words: Words, k: int, vocabulary: Vocabulary) -> bool:
    """The word at ``k`` opens a clause about the noun right before it (a comma between at
    most): "the shoes I bought" (an English noun after its determiner), "книгу, которую она
    взяла"; not after a pronoun, a name or a verb ("напомнишь мне, что я просила вчера",
    "remind tom he was meant to …") nor after a sentence's end."""
    j = k - 1
    if j > 0 and (info := words.infos[j]) is not None and info.pos == _PREPOSITION:
        j -= 1  # "маме, с которой говорили": the relative after its preposition
    if j > 0 and words.norms[j] == _COMMA:
        if words.norms[k] in vocabulary.tasks.subject_pronouns:
            return False  # "walk the dog, he already did yesterday": a sentence of its own
        j -= 1
    info = words.infos[j] if j >= 0 else None
    if info is None:
        return False
    if info.is_russian:
        return info.pos == _NOUN
    k_words, determiners = vocabulary.tasks, vocabulary.triggers.noun_determiners
    norm = words.norms[j]
    return not (
        norm in k_words.self_words
        or norm in k_words.subject_pronouns
        or norm in vocabulary.dates.past_deed_openers
        # a word that may be a verb is a noun right after a determiner ("the book he …")
        or (
            words.matches(j, vocabulary.triggers.candidates)
            and words.norms[j - 1] not in determiners
        )
    ) and any(words.norms[m] in determiners for m in range(max(j - 2, 0), j))


def _participle(words: Words, k: int) -> bool:
    """A Russian full participle ("куртку, купленную на прошлой неделе"): a clause of its own
    about the noun before it."""
    info = words.infos[k]
    return info is not None and info.is_russian and info.pos == _PARTICIPLE


def _not_a_remark(
    words: Words, clause: Clause, due: DueMatch, now: datetime, vocabulary: Vocabulary
) -> tuple[DueMatch, Clause]:
    """ "Jack feed Maple tonight it's your turn, Lucy did it yesterday", "Маше завтра помыть
    посуду, вчера мыл Петя": a day gone, said in a clause of its own after a mark (words
    besides a when in it: someone did something), tells what was done; the task's due is its
    own when, read before the mark, and the task's clause ends there. "в понедельник, 2
    марта, …" (a weekday beside a gone date) stays asked."""
    today = now.date().isoformat()
    if due.due[:_DATE] >= today:
        return due, clause  # most dues: not gone
    norms, dates = words.norms, vocabulary.dates
    last = max(due.token_indices)
    mark = next(
        (k for k in range(last - 1, clause.start, -1) if norms[k] in _CLAUSE_MARKS),
        -1,
    )
    if mark <= clause.trigger:
        return due, clause
    stop = next((k for k in range(last + 1, clause.end) if norms[k] in _CLAUSE_MARKS), clause.end)
    if all(
        k in due.token_indices or words.is_punct(k) or norms[k] in dates.due_words
        for k in range(mark + 1, stop)
    ):
        return due, clause  # nothing but a when after the mark: "в понедельник, 2 марта"
    own = find_due(words.tokens[clause.start : mark], now, dates, vocabulary.numbers)
    if own is None or own.due[:_DATE] < today:
        return due, clause
    indices = frozenset(i + clause.start for i in own.token_indices)
    return DueMatch(own.due, indices), clause._replace(end=mark)


def _not_an_event(
    words: Words, due: DueMatch, clause: Clause, now: datetime, vocabulary: Vocabulary
) -> tuple[DueMatch | None, Clause]:
    """ "Lucy, strip the beds tomorrow morning, new guests check in at 4", "помой посуду
    завтра утром, гости придут в пять": a when said in an event told after the deed and a
    mark (``_tasks.event_mark``) is the event's; the task's due is its own when, read before
    the mark, and the task's clause ends there. With no when before the mark the task has
    no due: "Tom, vacuum the living room, guests arrive at 3" is not due at 3."""
    mark = event_mark(words, clause.start, clause.end, vocabulary.tasks)
    if mark < 0 or max(due.token_indices) < mark:
        return due, clause  # most dues: no event told, or the due said before it
    own = find_due(words.tokens[clause.start : mark], now, vocabulary.dates, vocabulary.numbers)
    if own is None:
        return None, clause._replace(end=mark)
    indices = frozenset(i + clause.start for i in own.token_indices)
    return DueMatch(own.due, indices), clause._replace(end=mark)


def _told_message(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "Lucy, tell Jack thanks", "Маша, передай Пете, что гости придут в пять": a member
    called before a mark, then an imperative that passes words on (``TaskWords.
    message_verbs``), a second member and no deed after it (no infinitive, no imperative, no
    chore verb, none of ``message_deed_links``: "to", "чтобы") passes a message on: no task;
    a verb that also hands a thing over (``handover_verbs``) only before ", что"."""
    if not words.classes3 & MESSAGE_VERBS:
        return False  # most texts: no verb that passes words on
    k = vocabulary.tasks
    clauses = split_clauses(words, household, vocabulary)
    if len(clauses) != 1 or clauses[0].kind != "task":
        return False
    clause = clauses[0]
    verb = clause.trigger
    if not words.matches(verb, k.message_verbs) or verb < clause.start + 2:
        return False
    info = words.infos[verb]
    if info is None or not (info.is_imperative or not info.is_russian):
        return False
    called = clause.start
    if household.find_member(words, called) is None or not words.is_punct(called + 1):
        return False
    told = words.next_words[verb]
    while told is not None and words.norms[told] in k.relay_courtesies:
        told = words.next_words[told]
    if told is None or household.find_member(words, told) is None:
        return False
    if words.matches(verb, k.handover_verbs) and not (
        told + 2 < clause.end
        and words.is_punct(told + 1)
        and words.norms[told + 2] in k.message_openers
    ):
        return False  # "Маша, передай Пете ключи": a thing handed over
    for j in range(told + 1, clause.end):
        after = words.infos[j]
        if words.norms[j] in k.message_deed_links:
            return False
        if after is not None and after.is_russian and (after.is_infinitive or after.is_imperative):
            return False
        if words.matches(j, vocabulary.triggers.chore_verbs):
            return False  # "tell Jack clean up the room": a deed
    return True


def _event_before_frame(words: Words, last: int, trigger: int) -> bool:
    """ "послезавтра внук приезжает напомни мне сегодня …": with no mark, a Russian subject
    in the nominative and the verb said of it (the third person or the past, no imperative)
    between the due phrase ending at ``last`` and the task's ``trigger`` tell an event, whose
    when it is; the task's own when after the trigger wins (``_own_due``)."""
    infos = words.infos
    return any(event_told(infos[k], infos[k + 1]) for k in range(last + 1, trigger - 1))


def _own_clause(words: Words, first: int, trigger: int, vocabulary: Vocabulary) -> int:
    """Where the task's part begins (past the mark) when the due phrase that starts at
    ``first`` lies in a clause ended by a mark before the ``trigger`` that has a subject
    pronoun, an opener of an aside or a reason, or a finite verb of its own: it tells of
    something else than the task. -1 when it does not."""
    norms, infos, marks = words.norms, words.infos, vocabulary.tasks.aside_marks
    end = next((k for k in range(first + 1, trigger) if norms[k] in marks), -1)
    if end < 0:
        return -1
    start = first
    while start > 0 and norms[start - 1] not in marks and norms[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    openers = vocabulary.tasks.aside_openers
    for k in range(start, end):
        info = infos[k]
        if info is not None and (norms[k] in openers or info.pos == "VERB"):
            return end + 1
    return -1


def _addressed(
    words: Words,
    task: TaskReading,
    clause: Clause,
    shop: Clause | None,
    household: HouseholdIndex,
) -> TaskReading:
    """ "Oleg, can you buy charcoal and clean the grill?", "Маша, купи хлеб и вынеси мусор": a
    member spoken to at the start of a command that buys before its task (the name, then a
    comma) is asked for both requests, so does the task when its clause names no doer."""
    if (
        shop is None
        or shop.start > clause.start
        or task.assignee is not None
        or task.unknown_assignee is not None
        or clause.start < 2  # the name and its mark
    ):
        return task
    if not (words.is_punct(1) and words.norms[1] in _ADDRESS_MARKS):
        return task
    member = household.find_member(words, 0)
    return task if member is None else task._replace(assignee=member)


def _sentence_between(words: Words, start: int, stop: int) -> bool:
    """A sentence ends between the tokens ``start`` and ``stop``: a full stop, a question or
    an exclamation mark, or a line break."""
    tokens = words.tokens
    for k in range(start + 1, stop + 1):
        if tokens[k - 1].norm in _SENTENCE_ENDS and tokens[k - 1].kind == "punct":
            return True
        if words.starts_a_line(k):
            return True
    return False


def _note_list(
    words: Words, clause: Clause, due: frozenset[int], ctx: _Reader
) -> tuple[ShoppingReading | None, Clause]:
    """The products listed before the task with no verb, and the task's clause from where it
    begins; (None, the clause) when nothing is listed so."""
    household, vocabulary = ctx.household, ctx.vocabulary
    split = _list_before_task(words, clause, household, due, vocabulary)
    if split <= 0:
        return None, clause
    listed = ctx.words(words.text[: words.tokens[split].start])
    shopping = read_bare_list(listed, household, ctx.morphology, frozenset(), v=vocabulary)
    if shopping is None or not shopping.items:
        return None, clause
    return shopping, clause._replace(start=split)


def _list_before_task(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    due: frozenset[int],
    vocabulary: Vocabulary,
) -> int:
    """Where a task begins after a list of products said before it with no verb, on lines of
    their own or before a joiner ("молоко\nхлеб\nПете пропылесосить", "milk, eggs and Tom
    mow the lawn"): the task's first token (its doer, or its verb), or 0 when there is none."""
    t = vocabulary.triggers
    anchor = next(
        (i for i in range(clause.trigger) if household.find_member(words, i) is not None),
        clause.trigger,
    )
    split = 0
    infos, norms = words.infos, words.norms
    for i in range(1, anchor + 1):
        if i in due:
            return 0  # a when said before the task is its own
        if words.starts_a_line(i) or (
            norms[i - 1] in t.joiners and norms[i - 1] not in t.label_marks
        ):
            split = i
    if split == 0:
        return 0
    for i in range(split):
        info = infos[i]
        if info is not None and (
            info.pos in _VERB_POS or norms[i] in t.candidates or words.lemmas[i] in t.candidates
        ):
            return 0  # a verb or a trigger word: not a bare list
    return split


def precheck(text: str, max_length: int) -> Draft | None:
    """Rows 1 and 2 of the precedence: blank, then too long.

    Decided on the text as sent, before normalisation, so an over-long text costs nothing to
    refuse (NFKC makes one U+FDFA eighteen characters), and again on the normalised text,
    which may be longer."""
    if len(text) > max_length:
        return _BLANK if _BLANK_TEXT.fullmatch(text) else _TOO_LONG
    if not text.strip():
        return _BLANK
    return None


def _ran_out_report(words: Words, ctx: _Reader) -> Draft | None:
    """A run-out report said after its products as the whole text: the products read alone
    (``_shopping.ran_out_products``), a purchase; None when the text is none or names no
    product."""
    if not words.classes3 & RAN_OUT_STATES:
        return None  # most commands tell no state (``ran_out_products``' own first test)
    vocabulary = ctx.vocabulary
    span = ran_out_products(words, vocabulary)
    if span is None:
        return None
    products = ctx.words(words.text[span[0] : span[1]])
    reading = read_ran_out(products, ctx.household, ctx.morphology, v=vocabulary, used_up=span[2])
    if reading is None or not reading.items:
        return None
    listed = reading.named_list.id if reading.named_list is not None else None
    fields = ("add_shopping_item", reading.items, listed, None, reading.unknown_list)
    return _new_tuple(Draft, (*fields, None, False, None, False))


def _pasted_in(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """A receipt or a school notice (no request, not even to pay), or a recipe pasted in: its
    oven is preheated by no one ("I need 2 lbs of shrimp and a bag of stir fry veggies"
    measures what it buys); or someone else's words or a past story (``_stories``: "i told
    him to buy milk and he came back with chips", "скопировал из чата: …")."""
    return (
        is_notice(words, household, vocabulary.open_world, vocabulary.triggers, vocabulary.corridor)
        or is_recipe(
            words,
            vocabulary.open_world,
            vocabulary.units.forms,
            vocabulary.triggers.purchase_words,
            household,
            lists=vocabulary.triggers.list_words,
        )
        or advertised(words, household, vocabulary)
        or tells_a_story(
            words,
            household,
            vocabulary.open_world,
            vocabulary.triggers,
            vocabulary.shopping.relay_tellers,
            vocabulary.shopping.known_products,
        )
        or (
            # (both readers' own first test, here once: most commands name no price nor outage)
            bool(words.classes4 & TOLD_CUES)
            and (
                price_list(words, vocabulary.open_world, vocabulary.triggers)
                or outage_notice(words, vocabulary.open_world, vocabulary.triggers, household)
            )
        )
    )


def _habit_rejected(words: Words, vocabulary: Vocabulary) -> Draft:
    """A habit of paying or of working a device told (a payment's or a device's words and
    ``habit_told``): the corridor's reject, as said without the habit ("Дима каждый месяц
    платит за квартиру", "Петя каждый вечер выключает свет"); unknown for any other story
    or message passed on."""
    if not words.classes1 & _CORRIDOR_DEEDS or not habit_told(
        words, vocabulary.open_world, vocabulary.triggers
    ):
        return _UNKNOWN
    rejected = _corridor_reject(words, vocabulary)
    return _UNKNOWN if rejected is None else rejected


def _corridor_reject(words: Words, vocabulary: Vocabulary) -> Draft | None:
    """The corridor's reject of the command as said (a payment, a device, …), or None."""
    code = corridor_code(words, vocabulary)
    return None if code is None else Draft("unsupported", reject_code=code)


def _served_refusal(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> Draft | None:
    """The part served, read as a command, refused again: one that asks the assistant itself
    (unknown), or one outside the corridor ("would you mind sending Tom $20?" read as "send
    Tom $20": a payment); None when it stands."""
    if unserved(words, household, vocabulary, remarked(words, household, vocabulary)):
        return _UNKNOWN
    return _corridor_reject(words, vocabulary)


def _request_beside_comment(words: Words, whole: Draft, ctx: _Reader) -> Draft | None:
    """ "put AA batteries on the costco list, the smart lock keeps beeping", "Дима, полей завтра
    цветы, они уже просят пощады": the request before a comment (``_comments.comment_start``)
    read alone, when the comment read alone asks nothing, the request so read asks something
    and it only takes away what the comment made of the whole reading (``_only_taken_away``);
    None: the whole text's reading (``whole``) stands."""
    if whole.intent == "unknown" and whole.unrecognised != NOTHING_FOUND.unrecognised:
        return None  # a story, a quote, a question: a reader of the whole text said so
    if whole.intent == "unsupported" and whole.reject_code not in _COMMENTED_CODES:
        return None
    if whole.intent == "add_shopping_item" and len(whole.items) < 2:
        return None  # nothing a comment could have added (``_only_taken_away``)
    task = whole.task
    if (
        whole.intent == "create_task"
        and not (task is not None and task.due_gone)
        # (a task's comment may only have named its doer after a reason's opener, below)
        and not (words.classes2 & REASON_STARTS or words.classes4 & REASON_OPENERS)
    ):
        return None  # nothing a comment could have added (``_only_taken_away``)
    vocabulary = ctx.vocabulary
    mark = comment_start(words, vocabulary)
    if mark < 0:
        return None
    reason = reason_opens(words, words.next_words[mark], vocabulary)
    if whole.intent == "create_task" and not reason and not (task is not None and task.due_gone):
        return None
    split = words.tokens[mark]
    request = ctx.part(words.text[: split.start])
    if whole.intent in _TOLD_BESIDE and (reason or whole.intent == "create_task"):
        # "Добавь гречку, а то Ольга опять спросит, …", "buy milk because Tom will …": what a
        # reason's opener says is why the request is asked, no second request nor its doer
        # ("Вынеси мусор, а то Маша опять будет жаловаться" is the speaker's); one joined
        # after it is ("…, а то посуду мыть нечем и Петя пусть вынесет мусор"); a day gone
        # told in a comment is no due ("Напомни Пете вынести мусор, он вчера опять забыл")
        if whole.intent == "create_task" and not (
            _asked_outright(words, mark, vocabulary)
            # "напомни Пете вынести мусор, он уже вынес вчера": the day gone is still asked
            and not (
                not reason
                and request.task is not None
                and request.task.title is not None
                and told_done(words, mark, request.task.title, vocabulary.triggers)
            )
        ):
            return None  # "не моя очередь мыть посуду!!! я вчера мыла": nothing asked
        joined = joined_after(words, mark, ctx.household, vocabulary)
        return request if not joined and _told_beside(whole, request, reason=reason) else None
    if request.intent not in _REQUESTS or request.by_shape or not _only_taken_away(whole, request):
        return None
    if whole.intent == "unknown" and not _asks_in_words(words, mark, vocabulary):
        return None  # "курица в морозилке, картошка на балконе, ужин будет": no request said
    comment = ctx.part(words.text[split.end :])
    if comment.intent in _REQUESTS:
        return None  # "…, I need you to take the bins out": a second request
    return request


def _asked_outright(words: Words, end: int, vocabulary: Vocabulary) -> bool:
    """Before ``end``, a task asked outright: a Russian imperative not negated ("напомни",
    "вынеси"), "пусть", or an English remind verb or a request's first word ("remind Tom
    …", "take out …")."""
    t = vocabulary.triggers
    norms = words.norms
    for k in range(end):
        info = words.infos[k]
        if info is None:
            continue
        if norms[k] in t.let_words or words.matches(k, t.remind_verbs):
            return True
        if info.is_russian:
            if info.is_imperative and not (k > 0 and norms[k - 1] in t.negations):
                return True
        elif k == words.first_word and words.matches(k, t.candidates):
            return True
    return False


def _told_beside(whole: Draft, request: Draft, *, reason: bool) -> bool:
    """The request read alone (``request``) is what the whole reading asked less what the
    comment told: the whole mixed reading's purchase, its items each read the same, and no
    task; or the whole task's title, asked with no day gone, its doer its own only after a
    reason's opener."""
    if whole.intent == "mixed":
        return (
            request.intent == "add_shopping_item"
            and request.task is None
            and request.items == whole.items
            and request.list_id == whole.list_id
        )
    mine, theirs = request.task, whole.task
    return (
        request.intent == "create_task"
        and mine is not None
        and theirs is not None
        and mine.title == theirs.title
        and not mine.due_gone
        and (reason or mine.assignee_id == theirs.assignee_id)
        and (mine.assignee_id != theirs.assignee_id or theirs.due_gone)
    )


def _only_taken_away(whole: Draft, request: Draft) -> bool:
    """The request read alone (``request``) is the whole text's reading less what the comment
    made of it: anything when the whole asked nothing or was refused; otherwise the same task
    and fewer items, each read the same ("add кефир, the Russian store has it": no item
    "russian"), or the same items and the task that was read in the comment gone."""
    if whole.intent not in _REQUESTS:
        return True
    if request.task != whole.task:
        return False
    if not request.items:
        return whole.task is not None and bool(whole.items)  # the comment's items gone
    return len(request.items) < len(whole.items) and all(i in whole.items for i in request.items)


def _asks_in_words(words: Words, end: int, vocabulary: Vocabulary) -> bool:
    """Before ``end``, a verb that asks: a Russian imperative (or a word that may be one:
    "полей") or infinitive, or an English word that may start a request (``TriggerWords.
    candidates``: "buy", "remind", "list"), and no verb told ("клей кончился ещё в
    понедельник": a report, "клей" no imperative). A Russian noun that a request may
    start with is none ("посуда на Маше, как всегда": a habit told), nor is a product the
    lexicon knows that may also be a verb ("чай и пряники, мы сидим в гостиной": "чай" is
    no "чаять")."""
    candidates = vocabulary.triggers.candidates
    products = vocabulary.shopping.known_products
    infos = words.infos[:end]
    if any(info is not None and info.is_past for info in infos):
        return False
    for i, info in enumerate(infos):
        if info is None:
            continue
        if info.is_russian:
            if info.is_infinitive or (
                (info.is_imperative or info.imperative_too is not None)
                and words.norms[i] not in products
            ):
                return True
        elif words.matches(i, candidates):
            return True
    return False


def _served(words: Words, ctx: _Reader) -> Draft | Words:
    """The words the request is read in: ``words``, or the part served of a text beside a part
    that is not (``served_part``); a Draft when the text is not served (``unserved``) or its
    served part is refused again (``_served_refusal``)."""
    household, vocabulary = ctx.household, ctx.vocabulary
    said = remarked(words, household, vocabulary)  # (``unserved`` and ``served_part`` read it)
    if unserved(words, household, vocabulary, said):
        return _UNKNOWN
    served = served_part(words, household, vocabulary, said)
    if served is None:
        return words
    # "купи хлеба. кстати, а сметана у нас ещё есть?", "set a timer …, put avocados on the
    # list": the request is read without the part beside it that is not served
    words = ctx.words(served)
    refused = _served_refusal(words, household, vocabulary)
    return words if refused is None else refused


def read(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    vocabulary: Vocabulary,
    *,
    now: datetime,
    word_classes: WordClasses,
) -> Draft:
    """Read an analysed command (past ``precheck``) into a Draft; ``word_classes`` are the
    vocabulary's word classes (``analyse_words`` reads a part of the command again with them).

    A comment after the request (``_comments.comment_start``) may only take away what its own
    words made of the whole (``_request_beside_comment``); a text in which nothing was read
    may be a rota told (``_rota_task``) or a list inside what is said around it
    (``_list_in_speech``). A kind of list the household has none of is read as a list named
    and asked (``_household.with_kinds_said``)."""
    s = vocabulary.shopping
    t = vocabulary.triggers
    kept = with_kinds_said(
        household,
        words,
        s.list_kinds,
        links=s.list_prepositions,
        marks=t.list_marks,
        routes=(s.kind_route_words, t.fetch_verbs),  # (looked up in turn: no union built)
    )
    if kept is not None:
        # "в хозтовары губки" where no list is called so: read as for a household that keeps
        # it, the list then asked when products go on it; any other reading is the text's
        # own ("хозтовары: 500 рублей потратила")
        reader = _Reader(kept, morphology, vocabulary, now=now, word_classes=word_classes)
        draft = _read(words, reader)
        if draft.list_id == KIND_LIST_ID and draft.items:
            return draft._replace(list_id=None, unknown_list=True)
    reader = _Reader(household, morphology, vocabulary, now=now, word_classes=word_classes)
    return _read(words, reader)


def _read(words: Words, ctx: _Reader) -> Draft:
    """``read`` with the reader of the command (``_Reader``), for its parts too."""
    whole = _read_whole(words, ctx)
    if whole.intent in _COMPLAINED and run_out_complained(words, ctx.vocabulary):
        # "ugh we're out of milk again, who keeps drinking it": a complaint, nothing asked
        # (nor in a part of it: "…, the cows eat like crazy, I told you …")
        return whole if whole.intent == "unknown" else _UNKNOWN
    commented = _request_beside_comment(words, whole, ctx)
    if commented is not None:
        return commented
    if whole.intent == "create_task" and (handed := _handed_chore(words, ctx)):
        return handed
    if whole.intent in _ONE_KIND:
        return _two_requests(words, whole, ctx)
    if whole is not NOTHING_FOUND:
        if whole.intent == "unknown" and (put := _put_to_whoever_goes(words, ctx)):
            return put  # "кто пойдёт в пятёрочку — бананы, …": asked as a question, no question
        if whole.intent == "unknown" and (home := _home_part(words, ctx)):
            return home  # "по работе: позвонить клиенту; по дому: картошка": the home's part
        if whole.intent == "unknown" and whole.unrecognised in _CUES_OVERRULE:
            # "party stuff for costco: …" read as pasted, "…, no wait, make that three" as
            # withdrawn: a list or shop named at the list's edge, or its correction, says more
            cued = _cued_purchase(words, ctx, overruling=True)
            if cued is None:
                cued = _asked_deed(words, ctx)  # "Света, помоешь посуду вечером?"
            return whole if cued is None else cued
        return whole  # nearly every command
    for reread in (
        _home_part,
        _rota_task,
        _list_in_speech,
        _need_last,
        _put_to_whoever_goes,
        _run_out_told,
        _cued_purchase,
        _asked_deed,
    ):
        draft = reread(words, ctx)
        if draft is not None:
            return draft
    return whole


def _asked_deed(words: Words, ctx: _Reader) -> Draft | None:
    """A deed asked as a question or hedged, read as the command it asks
    (``_deeds_asked.asked_command``: "Emma, could you take the recycling out?" as "Emma,
    take the recycling out"), when that reads a request; None otherwise."""
    asked = asked_command(words, ctx.household, ctx.vocabulary, ctx.morphology)
    if asked is None:
        return None
    draft = ctx.part(asked)
    if draft.intent == "create_task" and any(
        words.matches(k, ctx.vocabulary.triggers.list_words) for k in range(len(words))
    ):
        # "can you clear all the ticked stuff off the groceries list": the app's list edited,
        # no chore
        return None
    return draft if draft.intent in _REQUESTS else None


def _handed_chore(words: Words, ctx: _Reader) -> Draft | None:
    """ "ugh I'm exhausted, Tom can you do the dishes tonight", "у Маши музыкалка в 16:00, Петя
    пусть помоет посуду": the chore asked of a member after a comma
    (``_clauses.handed_chore``) read alone, its doer, title and due its own, when what comes
    before it read alone asks nothing (a feeling, a lament, another member's plan) and the
    chore read alone is a member's task that names what it is done on; None: the whole text's
    reading stands ("Петя, помой посуду, я устала", "собаку к ветеринару, Петя пусть отведёт")."""
    start = handed_chore(words, ctx.household, ctx.vocabulary.tasks)
    if start is None or _only_its_due(words, start, ctx.now, ctx.vocabulary):
        return None
    before = ctx.part(words.text[:start])
    if before.intent in _REQUESTS:
        return None
    chore = ctx.part(words.text[start:])
    if chore.intent != "create_task" or chore.task is None or chore.task.assignee_id is None:
        return None
    title = chore.task.title
    if title is None:
        return None  # "снег от калитки отгрести, пущай Петя": the chore is before the comma
    if " " in title:
        return chore
    # a bare verb: what it is done on was said before the comma ("собаку к ветеринару, Петя
    # пусть отведёт", "в ванной лампочка перегорела, Петя пусть поменяет"), so the whole
    # reading stands, unless the lament's own infinitive named it ("устала мыть посуду, Петя
    # помой сегодня" is "Помой посуду")
    said = lament_object(words, start)
    if said is None:
        return None
    full = ctx.part(f"{words.text[start:]} {said}")
    return full if full.intent == "create_task" and full.task is not None else None


def _only_its_due(words: Words, start: int, now: datetime, vocabulary: Vocabulary) -> bool:
    """Before character ``start`` only a due phrase: the chore's own time said first
    ("послезавтра вечером пусть Маша в гостиной пыль протрёт"), no clause of its own."""
    before = [t for t in words.tokens if t.start < start]
    due = find_due(before, now, vocabulary.dates, vocabulary.numbers)
    return due is not None and all(
        t.kind == "punct" or i in due.token_indices for i, t in enumerate(before)
    )


def _two_requests(words: Words, whole: Draft, ctx: _Reader) -> Draft:
    """ "Петя пусть купит батарейки, а Дима в среду отвезёт бабушке продукты", "мне — забрать
    вещи из химчистки в пятницу, и в хозтовары лампочки": the two sides of a second request's
    start (``_two_requests.request_splits``) read alone, when one is a purchase and the other
    a task: both asked (SPEC §4 row 4); when both are purchases ("Петя пусть купит батарейки,
    а Маша — лампочки"), every item; otherwise the whole text's reading (``whole``) stands
    ("помой и вытри посуду", "вынеси мусор, а то воняет", "milk and eggs")."""
    household, vocabulary = ctx.household, ctx.vocabulary
    for end, start, numbered in request_splits(words, household, vocabulary):
        first = ctx.part(words.text[:end])
        if first.intent not in _ONE_KIND:
            continue
        second = ctx.part(words.text[start:])
        if numbered and second.intent not in _ONE_KIND:
            deed = listed_deed(words, start, household, vocabulary)  # "… 2) Jack hoovers …"
            if deed is not None:
                second = ctx.part(deed)
        # "Петя пусть купит батарейки": a member's purchase told as a task, unless a frame
        # makes it one ("напомни Пете купить хлеб"); read so only beside another request
        bought = [
            _purchase_told(words, span, part, ctx) if part.intent == "create_task" else None
            for span, part in (((0, end), first), ((start, len(words.text)), second))
        ]
        first = bought[0] or first
        second = bought[1] or second
        if _taken_along(words, (start, len(words.text)), first, second, vocabulary):
            continue  # "Петя, вынеси мусор, и не забудь пакеты": one chore
        mixed = (
            _purchase_and_task(first, second)
            or _purchase_and_task(second, first)
            or _two_purchases(first, second)  # "…, а Маша — лампочки"
        )
        if mixed is not None:
            return mixed
    return whole


def _purchase_told(words: Words, span: tuple[int, int], part: Draft, ctx: _Reader) -> Draft | None:
    """A part's task (``part``, read from the characters ``span``) as a purchase, when the part
    holds a buying or list-adding verb, its title read alone is one ("Петя пусть купит батарейки": "Купить
    батарейки") and no frame
    makes it a task ("напомни Пете купить хлеб", "задача: …", "нужно купить …" stay tasks);
    None otherwise."""
    k, t = ctx.vocabulary.tasks, ctx.vocabulary.triggers
    frames = k.request_cues | t.remind_verbs | t.task_nouns
    if any(norm in frames or lemma in frames for norm, lemma in _span_keys(words, span)):
        return None
    if not _buying_said(words, span, t):
        return None  # "Дима пусть отвезёт бабушке продукты": no buying or adding verb, a task
    title = part.task.title if part.task is not None else None
    if title is None:
        return None
    bought = ctx.part(title)
    return bought if bought.intent == "add_shopping_item" and bought.items else None


def _taken_along(
    words: Words, span: tuple[int, int], task: Draft, shop: Draft, vocabulary: Vocabulary
) -> bool:
    """ "Петя, вынеси мусор, и не забудь пакеты", "Tom, take the bins out, and don't forget
    the bags": after a task, a thing only not to be forgotten (a verb of forgetting in the
    second part, the characters ``span``, and no buying or adding verb) is what the chore
    takes along, not a purchase of its own; "…, и не забудь купить пакеты" buys."""
    if task.intent != "create_task" or shop.intent != "add_shopping_item":
        return False
    t = vocabulary.triggers
    if _buying_said(words, span, t):
        return False  # "…, и не забудь купить пакеты": a purchase
    forget = t.forget_verbs
    return any(norm in forget or lemma in forget for norm, lemma in _span_keys(words, span))


def _span_keys(words: Words, span: tuple[int, int]) -> Iterator[tuple[str, str]]:
    """The spelling and the lemma of each token that starts within the characters ``span``."""
    lo, hi = span
    norms, lemmas = words.norms, words.lemmas
    for i, token in enumerate(words.tokens):
        if lo <= token.start < hi:
            yield norms[i], lemmas[i]


def _buying_said(words: Words, span: tuple[int, int], triggers: TriggerWords) -> bool:
    """A buying or list-adding verb (``TriggerWords.buy_or_add_verbs``) said within the
    characters ``span``: its spelling or its lemma."""
    verbs = triggers.buy_or_add_verbs
    return any(norm in verbs or lemma in verbs for norm, lemma in _span_keys(words, span))


def _two_purchases(first: Draft, second: Draft) -> Draft | None:
    """The purchase of both sides ("Петя пусть купит батарейки, а Маша — лампочки": both
    items), when both are purchases on the same list (or one names none); None otherwise."""
    if first.intent != "add_shopping_item" or second.intent != "add_shopping_item":
        return None
    if not first.items or not second.items:
        return None
    if first.list_id is not None and second.list_id is not None and first.list_id != second.list_id:
        return None
    items = first.items + tuple(i for i in second.items if i not in first.items)
    return Draft(
        "add_shopping_item",
        items,
        first.list_id or second.list_id,
        None,
        first.unknown_list or second.unknown_list,
    )


def _purchase_and_task(shop: Draft, task: Draft) -> Draft | None:
    """The mixed request of a purchase read alone (``shop``) and a task read alone (``task``);
    None when they are not so."""
    if shop.intent != "add_shopping_item" or not shop.items:
        return None
    if task.intent != "create_task" or task.task is None or task.task.title is None:
        return None
    return Draft("mixed", shop.items, shop.list_id, task.task, shop.unknown_list)


def _rota_task(words: Words, ctx: _Reader) -> Draft | None:
    """A rota told (``_rota.rota_text``: "15 марта Маша моет холодильник, её очередь") read
    with its chore's verb in the infinitive, when that reads a task of a member named, with
    a due to come; None otherwise."""
    text = rota_text(words, ctx.vocabulary)
    if text is None:
        return None
    draft = ctx.part(text)
    task = draft.task
    if (
        draft.intent != "create_task"
        or task is None
        or task.assignee_id is None
        or task.due is None
        or task.due_gone
    ):
        return None
    return draft


def _list_in_speech(words: Words, ctx: _Reader) -> Draft | None:
    """A verbless list read alone, once what is said around it is left out
    (``_spoken_lists.list_in_speech``: "kids want pancakes so eggs, flour and lemons", "…, а
    то Дима ворчит"), when that reads a purchase; None otherwise."""
    said = list_in_speech(words, ctx.vocabulary)
    if said is None:
        return None
    listed = ctx.part(said)
    return listed if listed.intent == "add_shopping_item" and listed.items else None


def _need_last(words: Words, ctx: _Reader) -> Draft | None:
    """A need said last after a list with no verb (``_spoken_lists.need_said_last``: "loo
    roll and kitchen roll need", "milk needed") read as said first ("need loo roll and
    kitchen roll"), when that reads a purchase and nothing else; None otherwise."""
    said = need_said_last(words, ctx.household, ctx.vocabulary)
    if said is None:
        return None
    draft = ctx.part(said)
    if draft.intent != "add_shopping_item" or not draft.items or draft.task is not None:
        return None
    return draft


def _run_out_told(words: Words, ctx: _Reader) -> Draft | None:
    """A need or a run-out told plainly, the whole text (``_runouts_told.run_out_told``: "no
    more bread", "eggs are gone", "хлеба нет", "Alex says we've got no bread left"; a want
    relayed, ``wanted``: "Jack wants bananas"), read as the purchase it asks, when that reads
    one and nothing else; None otherwise."""
    vocabulary = ctx.vocabulary
    said = run_out_told(words, ctx.household, vocabulary)
    want = None if said is not None else wanted(words, ctx.household, vocabulary)
    if said is None and want is None:
        return None
    draft = ctx.part(said or want or "")
    if draft.intent != "add_shopping_item" or not draft.items or draft.task is not None:
        return None
    if want is not None and not products_wanted(
        [(item.name, item.quantity is not None) for item in draft.items], vocabulary.shopping
    ):
        return None  # "Jack wants a dog"
    return draft


def _home_part(words: Words, ctx: _Reader) -> Draft | None:
    """The household's part under its heading read alone (``_cued_lists.home_section``: "по
    работе: декларации … . по дому: картошка, морковь, свёкла"), when that reads a request;
    the part about work is none of the household's. None otherwise."""
    part = home_section(words, ctx.vocabulary)
    if part is None:
        return None
    draft = ctx.part(part)
    return draft if draft.intent in _REQUESTS else None


def _put_to_whoever_goes(words: Words, ctx: _Reader) -> Draft | None:
    """The purchase after a "whoever goes" opener read alone (``_errand_runners.whoever_goes``:
    "кто пойдёт в пятёрочку — бананы, …", "кто в магазин возьмите батон"), on the list the
    opener names; products said alone, with no verb, are read as bought ("купи …", marked
    ``by_shape`` as a cued list is: the evidence model has the last word). None when the opener
    is not there or what follows asks for nothing to buy (a chore alone: "— проверьте срок
    годности у молока")."""
    asked = whoever_goes(words, ctx.household, ctx.vocabulary.shopping)
    if asked is None:
        return None
    said = ctx.words(asked.text)
    draft = _read(said, ctx)  # (``ctx.part``, with the words kept for the checks below)
    if draft.intent in _BOUGHT and not draft.items and not _opens_asking(said):
        return None  # "кто пойдёт в магазин, тот и выбирает что купить": nothing asked
    if draft.intent not in _BOUGHT:
        if not verbless(said, ctx.vocabulary.triggers):
            return None  # "кто пойдёт в магазин — я уже купила хлеб": told, not asked
        draft = ctx.part(f"{buying_verb(said, ctx.vocabulary)} {asked.text}")
        if draft.intent != "add_shopping_item" or not draft.items or draft.task is not None:
            return None
        draft = draft._replace(by_shape=True)  # the evidence model's to pass, as a cued list
    if asked.list_id is not None:
        draft = draft._replace(list_id=asked.list_id, unknown_list=False)
    return draft


def _opens_asking(words: Words) -> bool:
    """The first word is an imperative ("возьмите что обычно": what to buy is asked)."""
    first = words.first_word
    info = None if first is None else words.infos[first]
    return info is not None and (info.is_imperative or info.imperative_too is not None)


def _cued_purchase(words: Words, ctx: _Reader, *, overruling: bool = False) -> Draft | None:
    """A verbless list said with a cue that it is to buy, read as the request it is
    (``_cued_lists.cued_list``: "loo roll & bin bags pls" as "buy loo roll & bin bags",
    "гель → хозтовары" as "купи гель" on Хозтовары), when that reads a purchase and nothing
    else; marked ``by_shape``, the evidence model's to pass (``RulePolicy._shaped``). With
    ``overruling`` (the text was read as not served), only a cue that overrules such a
    reading (``CuedList.overrules``), never a notice to many readers. None otherwise."""
    household, vocabulary = ctx.household, ctx.vocabulary
    cued = cued_list(words, household, vocabulary)
    if cued is None or (overruling and not cued.overrules):
        return None
    if overruling and (
        is_notice(words, household, vocabulary.open_world, vocabulary.triggers, vocabulary.corridor)
        or price_list(words, vocabulary.open_world, vocabulary.triggers)
    ):
        # "Сбор помощи для приюта: нужны корм, …": a call to many readers; "Сегодня в
        # Магните: курица 199₽/кг, …": a shop's prices
        return None
    draft = ctx.part(cued.text)
    if draft.intent != "add_shopping_item" or not draft.items or draft.task is not None:
        return None
    if cued.list_id is not None:
        draft = draft._replace(list_id=cued.list_id, unknown_list=False)
    return draft._replace(by_shape=True)


def _read_whole(words: Words, ctx: _Reader) -> Draft:
    """``read`` of the whole text."""
    household, morphology, vocabulary, now = ctx.household, ctx.morphology, ctx.vocabulary, ctx.now
    if words.first_word is None and all(t.kind == "punct" for t in words.tokens):
        # Marks alone ("...", "?") say nothing; symbols ("👍") say something not understood.
        return _SYMBOLS if any(_is_symbol(t.text) for t in words.tokens) else _BLANK
    if words.classes0 & _WITHDRAWN and (  # (each reader's first test: most commands hold none)
        retracts(words, vocabulary.open_world)
        or withdraws_all(words, vocabulary)
        or taken_back(words, vocabulary)
    ):
        return _RETRACTED  # "pay the bill, no wait, never mind": nothing is asked any more
    if words.classes0 & PASTED_MARKERS and (
        signed := letter_request(words, vocabulary.open_world, vocabulary.triggers)
    ):
        # "…, добавьте в список аптечную ромашку. С уважением, Галина Петровна": the letter's
        # request, read without its closing
        return ctx.part(signed)
    if (
        _pasted_in(words, household, vocabulary)
        or _told_message(words, household, vocabulary)
        or relays_a_message(words, household, vocabulary)
        or told_before(words, vocabulary)
    ):
        # … or "Lucy, tell Jack thanks", "tell jack dinner is ready", "I already told tom
        # to clean his room": no deed
        return _habit_rejected(words, vocabulary)
    code = corridor_code(words, vocabulary) or _outsiders_code(words, household, vocabulary)
    if code is not None:
        return Draft("unsupported", reject_code=code)
    served = _served(words, ctx)
    if isinstance(served, Draft):
        return served
    words = served

    if (ran_out := _ran_out_report(words, ctx)) is not None:
        return ran_out  # "toilet paper ran out", "the coffee's run out": what ran out, to buy
    if not words.vocabulary.isdisjoint(vocabulary.shopping.told_left) and (
        told := _run_out_told(words, ctx)
    ):
        return told  # "no milk left": the product, not a bare list "milk left"
    clauses = split_clauses(words, household, vocabulary)
    dates = vocabulary.dates
    due = None
    # ``find_due`` reads on past its own first test (a digit or a due word: "в", "at" are)
    # only where a phrase may start: a digit, a day's or a clock's word, or a time
    # preposition and a word the clock reads ("в ванной", "at Tesco" start none)
    if (
        _DIGIT.search(words.text)
        or words.classes2 & DUE_STARTS
        or words.classes4 & SET_PARTS  # "на вечер" (its bank is not DUE_STARTS')
        or (words.classes1 & TIME_PREPS and words.classes2 & CLOCK_READS)
    ):
        due = find_due(words.tokens, now, dates, vocabulary.numbers)
    shop_clause, task_clause = _first_of_each(clauses)
    if due is not None and task_clause is not None:
        due, task_clause = _task_due(words, task_clause, due, now, vocabulary)
    due_indices = due.token_indices if due is not None else frozenset()

    shopping = None
    if shop_clause is not None:
        shopping = read_shopping(
            words, shop_clause, household, morphology, due_indices, v=vocabulary
        )
    elif not clauses:
        # "1.5kg chicken thighs", "молоко 2 л и хлебушек": products measured, no verb at all
        shopping = read_bare_list(
            words, household, morphology, due_indices, v=vocabulary, by_shape=True
        )
    elif task_clause is not None and task_clause.start == 0 and task_clause.trigger > 1:
        # "молоко\nхлеб\nПете пропылесосить в гостиной": a note's products before its task
        shopping, task_clause = _note_list(words, task_clause, due_indices, ctx)
    task = None
    if task_clause is not None:
        task = _addressed(
            words,
            read_task(words, task_clause, household, due_indices, vocabulary),
            task_clause,
            shop_clause,
            household,
        )

    has_items = shopping is not None and bool(shopping.items)
    has_task = task is not None and task.title is not None
    if has_items and has_task:
        intent: Intent = "mixed"
    elif has_items or (shopping is not None and not has_task):
        intent = "add_shopping_item"
    elif task is not None:
        intent = "create_task"
    else:
        return NOTHING_FOUND

    task_draft = None
    if task is not None and intent != "add_shopping_item":
        task_due = due
        if intent == "mixed" and due is not None and task_clause is not None:
            # "купи огурцы (вчера вспоминала) и напомни Маше вечером …": the task's own due
            # phrase, not one said in the shopping part
            task_due = find_due(
                words.tokens[task_clause.start : task_clause.end], now, dates, vocabulary.numbers
            )
        task_draft = _new_tuple(
            TaskDraft,
            (
                task.title,
                task.assignee.id if task.assignee is not None else None,
                task.zone.id if task.zone is not None else None,
                task_due.due if task_due is not None else None,
                task.unknown_assignee,
                task_due is not None and task_due.due[:_DATE] < now.date().isoformat(),
            ),
        )
    if shopping is None or intent == "create_task":
        return _new_tuple(Draft, (intent, (), None, task_draft, False, None, False, None, False))
    named = shopping.named_list.id if shopping.named_list is not None else None
    fields = (
        intent,
        shopping.items,
        named,
        task_draft,
        shopping.unknown_list,
        None,
        False,
        None,
        shopping.by_shape,
    )
    return _new_tuple(Draft, fields)
