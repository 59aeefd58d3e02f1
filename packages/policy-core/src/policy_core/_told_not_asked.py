"""What is told, not asked (SPEC §4, "The open world"; issue #12, round 33, precision).

A member of the household tells the others something that names a chore or a product and
asks nothing of anyone. Each reading is a construction of the language:

* a **plan of someone else** told in the progressive ("we're planning a bbq saturday, tom's
  doing the grill", "Mom is coming tomorrow, she will cook", "the kids are splitting chores
  this week"), a wish of someone else ("the estate agent wants to do a viewing on
  wednesday"), a future told of "he", "she", "they";
* a **duty disputed**: a turn with the speaker's own denied ("it's literally Lucy's turn to do
  the dishes not mine", "сегодня очередь Маши мыть посуду, не моя"), a duty reported and then
  denied or doubted ("jack says i have to do dishes but that's a lie", "петя говорит что я
  должна мыть посуду но это неправда", "I think Jack's supposed to vacuum today but who
  knows");
* a **feeling** or a lack of time said of a deed ("терпеть не могу чистить рыбу", "я не
  понимаю зачем мыть посуду", "нет время готовить");
* a **need denied** after its negation ("Хлеб покупать не надо, у нас ещё есть", "в список не
  надо", "no lunch needed tomorrow", "do not add again", "я не просила покупать эти огурцы");
* **pasted text**: a label (a dose, a garment's care, a recipe's header: "Take 1 tablet twice
  daily with food", "Стирать при 30 градусах, не отбеливать", "Serves 4. Prep time 20 min"),
  a notice said to a group ("Students should bring a packed lunch", "Ребята должны принести
  …"), a work letter ("Коллеги, добрый день! …"), a report under its heading ("Quarterly
  review: Lucy completed 14 tasks");
* a **score or a sum** told with its number ("lucy got 10 out of 10", "saved us $40",
  "cost нам 15k").

A construction is read only while its own words ask nothing (``_stories.asks_beside``, a
task's noun, a remind verb, an English buying or adding word after no negation, "to",
auxiliary or "will"). It is the whole text's remark when nothing else is said, or when what
else is said tells (a finite verb, a pronoun, a link: "папа сказал уголь сам купит, в список
не надо"; a sum, a dispute, a feeling and a heading also beside bare words: "…, ужас"). Beside
a request its clause is the remark and the request is read without it ("Tom's doing the
costco run saturday, add paper towels" adds paper towels alone; "терпеть не могу чистить
рыбу, Петя почисти"); never when a word after it refers back to it ("…, remind him to
take the coupons", "…, put it on her list"); a plan's only when it names a member; a denied
need's only when it is the need alone ("готовить не надо, но купи торт"; its negation's
readers keep "хлеб не надо, а молоко купи"). Beside bare words (a list) it is nothing ("Jam, clotted
cream, the grandchildren are coming for tea"). A label or a notice is the whole text or
nothing, and only with no member named, no Russian imperative and no buying, adding,
reminding or need word ("…, remind Jack" asks). "remind Jack it's his turn to do the dishes",
"Lucy has to clean her room today", "Tom's picking up the dry cleaning on friday" keep their
readings. The words are each language's (``OpenWorldWords``); the matching is here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from policy_core._classes import UNASKED_CUES
from policy_core._household import HouseholdIndex
from policy_core._remarks_told import clause_within, past_its_joiner
from policy_core._stories import asks_beside
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords

__all__ = ["told_not_asked"]

_CLAUSE_MARKS: Final = frozenset(",.;:!?—–…")  # marks that close a clause
_SENTENCE_ENDS: Final = frozenset(".!?…\n")  # marks that close a sentence
_COLON: Final = ":"
_NUMBER: Final = "number"
_FINITE: Final = "VERB"  # OpenCorpora: a finite verb
_PRONOUN: Final = "NPRO"  # OpenCorpora: a pronoun
_HEADING_REACH: Final = 3  # "Quarterly review:", "Neighborhood group:", "Lessons learned:"


def _asks_in(
    words: Words, span: tuple[int, int], at: int, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """The words of ``span`` ask something of their own (``_stories.asks_beside``), the
    construction's own words at ``at`` ("no lunch needed", "do not add") and a Russian
    infinitive or an English "-ing" form inside it aside: the deed told ("покупать не надо",
    "терпеть не могу чистить рыбу", "tom's doing the grill")."""
    start, end = span
    # (the construction's word with the two before it and a Russian infinitive it governs:
    # "do not add", "no lunch needed", "не просила покупать")
    skipped = set(range(start)) | set(range(end, len(words))) | {at - 2, at - 1, at}
    after = words.infos[at + 1] if at + 1 < len(words) else None
    if after is not None and after.is_russian and after.is_infinitive:
        skipped.add(at + 1)
    for k in range(start, end):
        info = words.infos[k]
        if info is not None and (
            (info.is_russian and info.is_infinitive and words.norms[k] not in t.request_openers)
            or (not info.is_russian and words.norms[k].endswith(o.gerund_endings))
        ):
            skipped.add(k)  # a deed told ("терпеть не могу чистить рыбу"), not a purchase
    return asks_beside(words, o, t, frozenset(skipped)) or any(
        _asks_by_its_word(words, k, o, t) for k in range(start, end) if k not in skipped
    )


def _asks_by_its_word(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The word at ``k`` asks wherever it stands: a task's noun or a remind verb ("…, so make
    a task for Lucy …"), an English buying or adding word after no negation, "to" or
    auxiliary or future ("grandma's coming add her favorite cookies"; "do not add", "to get",
    "he will pick up" tell)."""
    if not words.is_word(k):
        return False
    norms = words.norms
    if norms[k] in t.task_nouns or words.matches(k, t.remind_verbs):
        return True  # (as spelt: "splitting chores", "completed 14 tasks" tell)
    info = words.infos[k]
    if info is None or info.is_russian or norms[k] not in t.request_openers:
        return False
    before = norms[k - 1] if k > 0 else ""
    after = norms[k + 1] if k + 1 < len(words) else ""
    return not (
        before in t.negations
        or before in t.to_markers
        or before in t.auxiliaries
        or before in o.told_futures  # "he will pick up milk": told
        or after.endswith(t.participle_endings)  # "garbage pickup moved to Thursday": a noun
    )


def _subject_before(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> str | None:
    """The third person whose progressive the gerund at ``k`` is: the word before a link
    ("Mom is coming", "the kids are splitting") or the word a link is contracted onto ("tom's
    doing"), or None."""
    if k == 0 or not words.is_word(k - 1):
        return None
    link = words.norms[k - 1]
    if link in t.progressive_links:
        return words.norms[k - 2] if k >= 2 and words.is_word(k - 2) else None
    for contracted in o.link_endings:
        if link.endswith(contracted) and len(link) > len(contracted):
            return link[: -len(contracted)]
    return None


def _plan_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A gerund of a plan (``plan_gerunds``) after a link whose subject is a third person
    ("tom's doing the grill", "Mom is coming tomorrow"; "I'm doing", "you're doing", "it's
    doing" and a question's "who's doing" are not told of someone else)."""
    for k, norm in enumerate(words.norms):
        if norm in o.plan_gerunds:
            subject = _subject_before(words, k, o, t)
            if subject is not None and subject not in o.unplanned_subjects:
                return k
    return None


def _wish_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A wish of someone else right before "to" ("the estate agent wants to do a viewing";
    "mum wants you to …" passes a request on: no "to" right after)."""
    for k, norm in enumerate(words.norms[:-1]):
        if norm in o.wish_verbs and words.norms[k + 1] in t.to_markers and k > 0:
            return k
    return None


def _future_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A future told of a third person by a pronoun ("…, she will cook", "they'll sort it")."""
    norms = words.norms
    for k, norm in enumerate(norms):
        if norm in o.told_futures and k > 0 and norms[k - 1] in o.third_person_pronouns:
            return k
        for ending in o.future_endings:
            if norm.endswith(ending) and norm[: -len(ending)] in o.third_person_pronouns:
                return k
    return None


def _turn_disputed(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A turn's noun and a turn denied anywhere in the text ("… Lucy's turn to do the dishes
    not mine", "очередь Маши мыть посуду, не моя", "сегодня не моя очередь …", "Masha says
    it's not her turn …"), or a duty reported (a reporting
    verb, "supposed", a turn) and a denial or a doubt after it ("… but that's a lie", "… но
    это неправда", "… but who knows", "… Я пас")."""
    for k in range(len(words)):
        if words.matches(k, o.turn_nouns) and words.phrase_from(0, o.own_turn_denials):
            return k
        if words.matches(k, o.duty_reports) and words.phrase_from(k + 1, o.duty_denials):
            return k
    return None


def _feeling_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A feeling or a lack of time (``deed_feelings``) with words after it in its clause
    ("терпеть не могу чистить рыбу", "нет время готовить", "Петя не хочет выносить мусор");
    one said of no one is that reading's (``TriggerWords.negative_subjects``: "никто не
    хочет выносить мусор, Петя вынеси" keeps its chore for the request)."""
    for k in range(len(words)):
        length = words.phrase_length(k, o.deed_feelings)
        if (
            length
            and k + length < len(words)
            and words.is_word(k + length)
            and not (k > 0 and words.norms[k - 1] in t.negative_subjects)
        ):
            return k
    return None


def _need_denied(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A need or an ask (``denied_needs``) right after its negation ("покупать не надо", "не
    просила покупать", "do not add"), or an English one a word after ("no lunch needed")."""
    norms = words.norms
    for k, info in enumerate(words.infos):
        if info is None or k == 0 or not words.matches(k, o.denied_needs):
            continue
        if norms[k - 1] in o.need_denial_negations or (
            not info.is_russian
            and k >= 2
            and words.is_word(k - 1)
            and norms[k - 2] in o.need_denial_negations
        ):
            return k
    return None


def _label_pasted(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A label's phrase (``label_phrases``: a garment's care, a recipe's header; a dose's
    ``dose_phrases`` beside a dose's noun: "Take 1 tablet twice daily"), a
    group a notice is said to opening a sentence before its modal ("Students should bring
    …"; "Ребята должны принести …" only with a school's or a workplace's word: "Ребята
    должны убрать игрушки до ужина" asks the kids) or a work letter's address opening the text ("Коллеги, …"): pasted, the whole
    text."""
    norms = words.norms
    first = words.first_word
    if first is not None and norms[first] in o.work_addresses:
        return first
    dosed = not words.vocabulary.isdisjoint(o.dose_nouns)
    for k in range(len(words)):
        if words.phrase_length(k, o.label_phrases) or (
            dosed and words.phrase_length(k, o.dose_phrases)
        ):
            return k
        if (
            (
                norms[k] in o.notice_groups
                or (norms[k] in o.shared_groups and _school_or_work(words, o))
            )
            and (k == 0 or norms[k - 1] in _SENTENCE_ENDS)
            and k + 1 < len(words)
            and norms[k + 1] in o.notice_modals
        ):
            return k
    return None


def _school_or_work(words: Words, o: OpenWorldWords) -> bool:
    """A word of a school or a workplace is said as spelt ("… на урок технологии", "… for the
    field trip"; "уроки", homework, is none): a group shared with a household (kids,
    parents) is then a notice's addressee ("Дети должны сделать уроки до 8" asks them)."""
    return not words.vocabulary.isdisjoint(o.group_contexts) and any(
        norm in o.group_contexts for norm in words.norms
    )


def _report_headed(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A report's heading among the first words before a colon ("Quarterly review: Lucy
    completed 14 tasks", "Neighborhood group: garbage pickup moved to Thursday")."""
    norms = words.norms
    for k in range(min(_HEADING_REACH, len(words) - 1)):
        if norms[k] in o.report_headings and norms[k + 1] == _COLON:
            return k
    return None


def _sum_told(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A sum's verb with a number after it in its clause ("saved us $40", "cost нам 15k"), or
    a score: two numbers and the link between them ("10 out of 10", "10 из 10")."""
    tokens = words.tokens
    for k in range(len(words)):
        if words.norms[k] in o.sum_told_verbs:
            end = clause_within(words, k, _CLAUSE_MARKS)[1]
            if any(tokens[m].kind == _NUMBER for m in range(k + 1, end)):
                return k
        length = words.phrase_length(k, o.score_links)
        if (
            length
            and k > 0
            and tokens[k - 1].kind == _NUMBER
            and k + length < len(words)
            and tokens[k + length].kind == _NUMBER
        ):
            return k
    return None


def _told_outside(words: Words, span: tuple[int, int], o: OpenWorldWords, t: TriggerWords) -> bool:
    """Outside ``span`` a clause is told, not a bare list: a Russian finite verb or pronoun
    ("папа сказал уголь сам купит, в список не надо", "у меня exam завтра, …"), an
    existential ("хлеб покупать не надо, есть ещё") or an English
    link, auxiliary or pronoun ("Milk is already on the list, …", "…, she will cook", "…,
    it's a field trip"); "Хлеб не надо, молоко 2 литра" lists молоко."""
    start, end = span
    for k, info in enumerate(words.infos):
        if info is None or start <= k < end:
            continue
        norm = words.norms[k]
        if info.is_russian:
            if (
                (info.pos == _FINITE and not info.is_imperative)
                or info.pos == _PRONOUN
                or norm in o.existentials  # "…, есть ещё": "there is", not "to eat"
            ):
                return True
        elif (
            norm in t.auxiliaries
            or norm in t.progressive_links
            or norm in o.told_futures
            or norm in o.third_person_pronouns
            or norm in o.unplanned_subjects
            or norm.endswith(o.link_endings)
        ):
            return True
    return False


def _asked_outside(
    words: Words,
    span: tuple[int, int],
    o: OpenWorldWords,
    t: TriggerWords,
    household: HouseholdIndex | None,
) -> bool:
    """Outside ``span`` something may be asked, read broadly (the caller then lets the
    request readers judge it, ``_unserved._asked_beside``): something asked
    (``_stories.asks_beside``), a buying or adding word as spelt ("mom add chicken nuggets
    …"), a remind verb, a task's noun, a need, an obligation ("Jack has to tidy the living
    room …, grandma's coming"), or a member named ("…, Tom please clean the kitchen")."""
    start, end = span
    # (a Russian infinitive outside asks here only as a buying word: "…, у нас ещё есть")
    infinitives = (
        k for k, info in enumerate(words.infos) if info is not None and info.is_infinitive
    )
    if asks_beside(words, o, t, frozenset((*range(start, end), *infinitives))):
        return True
    norms = words.norms
    for k, info in enumerate(words.infos):
        if info is None or start <= k < end:
            continue
        if (
            norms[k] in t.request_openers
            or words.matches(k, t.remind_verbs)
            or words.matches(k, t.task_nouns)
            or words.matches(k, t.need_words)
            or words.matches(k, o.owed_words)
            or (
                norms[k] in t.obligation_words
                and k + 1 < len(words)
                and norms[k + 1] in t.to_markers
            )
            or _member_asked(words, k, household)
        ):
            return True
    return False


def _member_asked(words: Words, k: int, household: HouseholdIndex | None) -> bool:
    """The word at ``k`` names a member of ``household`` in a clause told in no past ("…, Tom
    please clean the kitchen"; "…, Петя уже купил" tells a deed done)."""
    if household is None or household.find_member(words, k) is None:
        return False
    start, end = clause_within(words, k, _CLAUSE_MARKS)
    return not any(info is not None and info.is_past for info in words.infos[start:end])


def _bare_denial(words: Words, span: tuple[int, int], at: int, o: OpenWorldWords) -> bool:
    """The clause ``span`` is the denied need alone: its word at ``at``, negations and Russian
    infinitives ("готовить не надо, но купи торт"); "no eggs needed, …" names a product the
    negation's readers keep out."""
    return all(
        k == at
        or not words.is_word(k)
        or words.norms[k] in o.need_denial_negations
        or ((info := words.infos[k]) is not None and info.is_russian and info.is_infinitive)
        for k in range(*span)
    )


def _refers_back(words: Words, span: tuple[int, int], o: OpenWorldWords) -> bool:
    """A word after ``span`` refers back to it ("…, put it on her list", "…, запиши это")."""
    return any(words.norms[k] in o.back_references for k in range(span[1], len(words)))


def _names_a_member(words: Words, span: tuple[int, int], household: HouseholdIndex | None) -> bool:
    """A member of ``household`` is named in ``span``."""
    return household is not None and any(
        household.find_member(words, k) is not None for k in range(*span)
    )


def _pasted_asks(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> bool:
    """A label or a notice asks something all the same: a member is named, a Russian
    imperative ("приготовь ужин на 6 порций"), a buying, adding, reminding or need word is
    said ("Students should bring a packed lunch, remind Jack"); its own English imperatives
    and Russian infinitives are the label's, said to every reader ("Take 1 tablet …",
    "Стирать при 30 градусах …")."""
    asks = (t.remind_verbs, t.need_words, t.purchase_words, t.add_verbs)
    return _names_a_member(words, (0, len(words)), household) or any(
        info is not None
        and (
            (info.is_russian and info.is_imperative) or any(words.matches(k, kind) for kind in asks)
        )
        for k, info in enumerate(words.infos)
    )


_Finder = Callable[[Words, OpenWorldWords, TriggerWords], int | None]


class _Reading(NamedTuple):
    """How a construction is read: ``find`` gives the word it hangs on; ``alone``: it is the
    whole text's remark even beside words that tell nothing (a sum, a dispute, a feeling:
    "…, ужас"), else only beside clauses told ("Хлеб не надо, молоко 2 литра" and "Jam,
    clotted cream, the grandchildren are coming for tea" list their products);
    ``to_the_end``: its words run from its clause to the end of the text (a dispute's denial
    closes it: "Петя говорит, что …, а Дима говорит, что Петя. Я пас"); ``clause_too``: its
    clause alone is a remark beside a request (a need denied is not: the negation's readers
    keep "no eggs needed, put bacon and english muffins on instead" as it was read, unless
    it is the need alone, ``_bare_denial``: "готовить не надо, но купи торт");
    ``of_no_member``: its subject right before its word is no member (a member's wish is a
    request: "Masha wants to make lemonade for the party" is her task); ``member_clause``:
    its clause alone is a remark only when it names a member (a plan of someone else: "Tom's
    doing the costco run saturday, add paper towels" makes no task of the run; "Dad's coming
    tomorrow, clean the guest room" keeps its reading, due tomorrow). No clause is cut when a
    word after it refers back to it (``back_references``: "Tom's doing the costco run
    saturday, remind him to take the coupons", "Петя не хочет выносить мусор, напомни ему")."""

    find: _Finder
    alone: bool = False
    to_the_end: bool = False
    clause_too: bool = True
    member_clause: bool = False
    of_no_member: bool = False


_READINGS: Final = (
    _Reading(_plan_told, member_clause=True),
    _Reading(_wish_told, member_clause=True, of_no_member=True),
    _Reading(_future_told),
    _Reading(_turn_disputed, alone=True, to_the_end=True),
    _Reading(_feeling_told, alone=True),
    _Reading(_sum_told, alone=True),
    _Reading(_report_headed, alone=True, to_the_end=True),
    _Reading(_need_denied, clause_too=False),
)


def told_not_asked(
    words: Words, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex | None
) -> tuple[int, int] | None:
    """The words (``start``, ``end``) told and not asked (the module's docstring says when
    the whole text, when a clause), or None when the text holds no such construction or it
    stands beside bare words or a request that refers back to it. The caller
    (``_unserved.remarked``) reads a request outside the words as asked, without them."""
    if not words.classes4 & UNASKED_CUES:
        return None  # most commands: no cue of any construction
    whole = (0, len(words))
    pasted = _label_pasted(words, o, t)
    if pasted is not None and not _pasted_asks(words, o, t, household):
        return whole
    for reading in _READINGS:
        at = reading.find(words, o, t)
        if at is None or (reading.of_no_member and _names_a_member(words, (at - 1, at), household)):
            continue
        span = clause_within(words, at, _CLAUSE_MARKS)
        if reading.to_the_end:
            span = (span[0], len(words))
        if _asks_in(words, span, at, o, t):
            continue  # its own words ask ("…, Tom's doing the grill so buy charcoal")
        if not any(words.is_word(k) for k in (*range(span[0]), *range(span[1], len(words)))):
            return whole
        if _asked_outside(words, span, o, t, household):
            if (
                not (reading.clause_too or _bare_denial(words, span, at, o))
                or (reading.member_clause and not _names_a_member(words, span, household))
                or _refers_back(words, span, o)  # "…, remind him to take the coupons"
            ):
                return None
            # read without it ("Tom's doing the costco run saturday, add paper towels")
            return span[0], past_its_joiner(words, span[1], o, t)
        if reading.alone or _told_outside(words, span, o, t):
            return whole
    return None
