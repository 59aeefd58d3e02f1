"""Requests the platform does not serve (SPEC §4, row 7): they are clarified, never acted on.

Read before any shopping or task clause, on the whole command:

* a **list edit**: crossing off, renaming, removing or changing an entry ("вычеркни хлеб",
  "take the milk off the list", "change the apples to 6");
* a **question** ("do we have any eggs left", "кто сегодня выносит мусор?", "выключен ли
  утюг"), unless it opens as a polite request ("can you add …", "можешь купить …?");
* a **request to the assistant** itself (a timer, the weather, a joke, a recipe) with no
  task frame before it ("напомни завести будильник" stays a task);
* **pasted text**: a letter, a recipe, structured text (``_pasted``);
* a **question put to the assistant's memory**: a remind verb, then an indirect question
  ("напомни, как зовут соседку", "remind me where I put the keys"): something to recall, no
  one to do anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from policy_core._assistant_deeds import (
    ability_question,
    assistant_deed_at,
    closing_edit,
    closing_look,
    need_refused_before,
    relayed_message,
)
from policy_core._classes import (
    ADVICE_VERBS,
    ALREADY_WORDS,
    APP_WORDS,
    ASSISTANT_DEEDS,
    ASSISTANT_VERBS,
    ASSISTANT_WORDS,
    BOOKING_VERBS,
    CLOCK_WORDS,
    CONTACT_WORDS,
    COURTESY_VERBS,
    DEITIES,
    DELIBERATION_WORDS,
    DUTY_HEADS,
    ELSEWHERE,
    ELSEWHERE_PUT,
    ENROL_VERBS,
    FORWARD_STARTS,
    GAME_WORDS,
    GENERAL_MARKERS,
    INDIRECT_STARTS,
    JOKE_WORDS,
    KNOWING_VERBS,
    LIST_OP_VERBS,
    LIST_REFS,
    LIST_VERBS,
    LIST_WORDS,
    LOOKUP_VERBS,
    MARVEL_VERBS,
    MEASURED_QUANTITIES,
    MEMBERSHIP_NOUNS,
    MESSAGE_PRONOUNS,
    MESSENGERS,
    NEED_NEGATIONS,
    NEED_WORDS,
    NEGATIONS,
    NOTE_VERBS,
    ORDER_WORDS,
    PRICE_LINKS,
    PURPOSE_CONJUNCTIONS,
    QUESTION_STARTS,
    RECALL_WORDS,
    RECALLED_THINGS,
    REMIND_VERBS,
    REPORTS,
    RUN_OUT_CONDITIONS,
    SERVICES,
    SHOP_VERBS,
    SUBJUNCTIVES,
    SUM_PARTICLES,
    SUMMON_VERBS,
    SWAP_VERBS,
    UNASKED_CUES,
    UNSERVED_MARKERS,
    WEB_WORDS,
)
from policy_core._clauses import (
    asks_outside,
    chore_within,
    clause_around,
    drops_its_subject,
    joins,
    negated,
    quoted_tokens,
    request_gerund,
    runs_out_elsewhere_alone,
    shopping_outside,
    task_tag,
)
from policy_core._household import HouseholdIndex
from policy_core._morphology import WordInfo
from policy_core._notices import has_phrase
from policy_core._nouns_told import nouns_told
from policy_core._numbers import read_number
from policy_core._pasted import english_past, is_pasted
from policy_core._statements import Remark, adjective_lead, is_statement, past_a_when, remark
from policy_core._told_not_asked import told_not_asked
from policy_core._units import is_measure_word
from policy_core._words import Words
from policy_core.lang import CorridorWords, OpenWorldWords, TriggerWords, Vocabulary

__all__ = ["after_own_plan", "after_reported_plan", "remarked", "served_part", "unserved"]

_POLITE_WINDOW: Final = 3  # a polite opener stands among the first words
_CONTACT_REACH: Final = 4  # "write down Gran's new address": the detail a few words after the verb
_DESTINATION_REACH: Final = 3  # "to the family calendar": the preposition, then up to two words
_QUESTION_MARK: Final = "?"
_PUNCT: Final = "punct"
_DATIVE: Final = "datv"  # OpenCorpora: the dative case
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case
_NOUN: Final = "NOUN"  # OpenCorpora: a noun
_SENTENCE_ENDS = frozenset(".!?")
_CLAUSE_MARKS = frozenset(".!?,:;")  # a request after one of these is a clause of its own
_OBJECT_POS = frozenset({"NOUN", "ADJF", "NUMR", "PREP"})  # the words of an object
_CLOCK_KINDS = frozenset({"number", "time"})  # tokens of a count or a clock time
# what may start a part ``served_part`` cuts off, besides a question mark at the end
_UNSERVED_PARTS: Final = QUESTION_STARTS | ASSISTANT_VERBS | ASSISTANT_WORDS


def _refers_to_list(
    words: Words,
    after: int,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    stop: int | None = None,
) -> bool:
    count = len(words) if stop is None else min(len(words), stop)
    if any(
        (words.matches(k, o.list_refs) and not _off_a_place(words, k, o))
        or words.matches(k, t.list_words)
        for k in range(after, count)
    ):
        return True
    return any(True for _ in household.find_lists(words, after, count))


def _off_a_place(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The list reference at ``k`` is a particle after a reminder's object with another place
    named right after it: "remind Tom to take the soup off the stove", "remind me to take the
    washing off the line" (a chore). "take the milk off" and "take the milk off the list" (the
    list word itself refers) edit a list; so do "check off the eggs" (the particle right
    after its verb) and, with no reminder asked, "take Lucy off the dishes rota"."""
    return (
        words.classes1 & REMIND_VERBS != 0
        and words.norms[k] in o.list_ref_particles
        and k + 1 < len(words)
        and words.norms[k + 1] in o.place_determiners
        and k > 0
        and words.infos[k - 1] is not None
        and not words.has_lemma(k - 1, o.list_edit_verbs)
    )


def _names_a_list(
    words: Words, end: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """A list of products named before ``end``: a list word, a household's list or one of
    ``OpenWorldWords.list_refs`` that is no task's word ("шланг из хозтоваров убери плиз";
    "мужу задача полку прикрутить и лампочку поменять" names a task)."""
    if any(
        words.infos[k] is not None
        and (
            words.matches(k, t.list_words)
            or (
                words.matches(k, o.list_refs)
                and not words.matches(k, t.task_nouns)
                and not words.matches(k, t.remind_frames)
            )
        )
        for k in range(end)
    ):
        return True
    return any(True for _ in household.find_lists(words, 0, end))


def _already_listed(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "а в списке у нас масло сливочное уже записано", "milk's already on the list", "уже
    внесла хлеб в список": an entry told to be on a list already, nothing asked (no Russian
    imperative or infinitive, no English request word: "add eggs if they're not already on
    the list" asks)."""
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_russian:
            if info.is_imperative or info.is_infinitive:
                return False
        elif words.norms[k] in t.request_words or words.norms[k] in t.list_only_add_verbs:
            return False
    return _refers_to_list(words, 0, household, o, t)


_PARTICIPLE_TAGS = frozenset({"PRTF", "PRTS"})  # OpenCorpora: "куплено", "купленный"


def _told_done(words: Words, o: OpenWorldWords, t: TriggerWords, purpose: frozenset[str]) -> bool:
    """Russian speech that asks for nothing: a purchase told as done, every buying verb in the
    past or a participle ("молоко - куплено", "хлеб купила"), or a purpose said alone, a
    purpose conjunction first ("чтоб кашку сварить"), with no imperative, no infinitive
    outside the purpose, no need word ("молоко куплено, купи хлеб" asks) and no subjunctive
    ("ты бы прикупила мыла" asks politely)."""
    if words.classes1 & (NEED_WORDS | SUBJUNCTIVES):
        return False
    first = words.first_word
    purposed = first is not None and words.norms[first] in purpose
    told = False
    for k, info in enumerate(words.infos):
        if info is None or not info.is_russian:
            continue
        if info.is_imperative or (info.is_infinitive and not purposed):
            return False
        if words.lemmas[k] in t.shop_verbs and (info.is_past or info.pos in _PARTICIPLE_TAGS):
            told = True
    return told or purposed


def _changes_an_entry(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "change the milk to oat milk", "поменяй молоко на кефир": a head verb that swaps one
    thing for another, with no zone (a chore: "поменяй лампочку на кухне")."""
    head = _head_verb(words, t)
    if head is None or not words.matches(head, o.swap_verbs):
        return False
    if words.classes1 & REMIND_VERBS or not words.vocabulary.isdisjoint(t.task_nouns):
        return False  # "поменять резину на летнюю напомни в апреле": a chore reminded of
    if any(True for _ in household.find_zones(words, head, len(words))):
        return False
    if any(household.find_member(words, k) is not None for k in range(head) if words.infos[k]):
        return False  # "Диме поменять резину на летнюю": a member's chore
    return any(
        words.norms[k] in o.swap_links and not _place_after(words, k)
        for k in range(head + 2, len(words))
    )


_LOCATIVE = frozenset({"loct", "loc2"})  # OpenCorpora: "на квартире", "на даче", "в саду"


def _place_after(words: Words, k: int) -> bool:
    """The noun after the link at ``k`` is in the locative: where the swap is done ("поменяй
    батарейки в замке на даче"), not what an entry becomes ("… на кефир")."""
    nxt = words.next_words[k]
    info = words.infos[nxt] if nxt is not None else None
    return info is not None and info.is_russian and info.noun_case in _LOCATIVE


_OBJECT_REACH: Final = 3  # "clean out the fridge": past a particle and a determiner
_LIST_NEAR: Final = 6  # "take the kettle off the list": the list a few words after the edit verb


def _works_on_a_thing(
    words: Words, i: int, household: HouseholdIndex, things: frozenset[str], t: TriggerWords
) -> bool:
    """The edit verb at ``i`` works on a device or a room ("clean out the fridge … before the
    groceries come", "clean the kitchen"): a chore, whatever list is named later."""
    k, seen = words.next_words[i], 0
    while k is not None and seen < _OBJECT_REACH:
        if words.matches(k, things) or any(
            start == k
            for _zone, start, _end in household.find_zones(
                words, k, min(len(words), k + _OBJECT_REACH)
            )
        ):
            return True
        norm = words.norms[k]
        if not (norm in t.noun_determiners or norm in t.function_words or norm in t.out_of_parts):
            return False  # past "the", "out", "up": "clean out the fridge"
        k, seen = words.next_words[k], seen + 1
    return False


def _edits_a_list(
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    things: frozenset[str] = frozenset(),
    *,
    tag: int | None = None,
) -> bool:
    if not words.classes0 & LIST_VERBS:
        return False  # most commands: no list verb at all
    if words.classes0 & SWAP_VERBS and _changes_an_entry(words, household, o, t):
        return True
    if not (
        words.classes0 & (LIST_OP_VERBS | LIST_REFS | LIST_WORDS)
        or not words.vocabulary.isdisjoint(household.list_starts)
    ):
        return False  # no verb that always edits a list, and no list an edit verb may edit
    return _edit_verb(words, household, o, t, things, tag=tag) is not None


def _edit_verb(
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    things: frozenset[str] = frozenset(),
    *,
    tag: int | None = None,
) -> int | None:
    """The first verb that edits a list: one of ``list_op_verbs``, or one of
    ``list_edit_verbs`` with a list referred to after it, before a task tag closing the
    command (``task_tag``: "clean her room, make that a task" edits none); None when none
    does."""
    for i, info in enumerate(words.infos):
        if info is None:
            continue
        if words.matches(i, o.list_op_verbs) and not _notes_for_someone(words, i, o, t):
            return i
        # any reading: "удали задачу" is read as a noun ("удаль") before the verb
        # "clean out the fridge … before the groceries come": a device or a room worked on,
        # the list named far after it ("take the kettle off the list" edits one)
        # "show me the recipe … and add bananas to the list": the list an adding verb's
        if (
            words.has_lemma(i, o.list_edit_verbs)
            and _refers_to_list(words, i + 1, household, o, t, stop=_list_stop(words, i, t, tag))
            and (
                not _works_on_a_thing(words, i, household, things, t)
                or _refers_to_list(
                    words,
                    i + 1,
                    household,
                    o,
                    t,
                    stop=i + 1 + _LIST_NEAR
                    if tag is None or tag < i
                    else min(tag, i + 1 + _LIST_NEAR),
                )
            )
        ):
            return i
    return None


def _notes_for_someone(words: Words, i: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The list verb at ``i`` ("отметить") opens a note, no edit of a list: right after it,
    past marks and courtesies (``OpenWorldWords.note_courtesies``), a beneficiary ("отметьте
    для Пети: 12 марта сдать книги") or a conjunction of what is noted before a need
    ("отметьте, пожалуйста, что Маше нужно выучить стихотворение"); "отметь молоко" and
    "отметьте, что картофель куплен" check an entry off."""
    for j in range(i + 1, len(words)):
        norm = words.norms[j]
        if words.infos[j] is None or norm in o.note_courtesies:
            continue
        if norm in o.note_complementisers:
            return any(words.matches(k, t.need_words) for k in range(j + 1, len(words)))
        return norm in o.note_beneficiaries
    return False


def _list_stop(words: Words, i: int, t: TriggerWords, tag: int | None) -> int | None:
    """Where the list an edit verb at ``i`` edits may be named up to: the next adding verb,
    or a task tag closing the command after the verb."""
    stop = _next_adding(words, i, t)
    if tag is not None and tag > i and (stop is None or tag < stop):
        return tag
    return stop


def _request_after_edit(words: Words, household: HouseholdIndex, v: Vocabulary) -> int | None:
    """After the first verb that edits a list (``list_op_verbs``, ``list_edit_verbs``), a
    request in a clause of its own: past a mark, the words that may open it
    (``OpenWorldWords.edit_resumes``) and a substitution with its pronoun ("а вместо него"),
    a buying, adding or need word first ("вычеркни молоко, уже купили, а вместо него запиши
    ряженку", "Хлеб вычеркни, Петя купил. Зато нужен кетчуп"); its index, or None. "…, а
    творог оставь" keeps and asks nothing."""
    o, t, s = v.open_world, v.triggers, v.shopping
    if not (
        words.classes0 & (LIST_OP_VERBS | LIST_REFS | LIST_WORDS)
        or not words.vocabulary.isdisjoint(household.list_starts)
    ):
        return None  # (``_edits_a_list``'s own test: no verb here edits a list)
    norms, tokens, infos = words.norms, words.tokens, words.infos
    edit = _edit_verb(words, household, o, t, v.corridor.device_nouns)
    if edit is None:
        return None
    fresh = False
    k = edit + 1
    while k < len(words):
        norm = norms[k]
        if tokens[k].kind == _PUNCT:
            fresh = fresh or norm in _CLAUSE_MARKS
        elif not fresh:
            # "покажи список и добавь туда яблоки": a joiner before an adding or buying verb;
            # "take the sunscreen off groceries and put it on …" moves what it edits
            fresh = (
                norm in t.joiners
                and k + 2 < len(words)
                and words.matches(k + 1, t.buy_or_add_verbs)
                and norms[k + 2] not in s.referring_pronouns
            )
        elif (
            norm in s.substitutions and k + 1 < len(words) and norms[k + 1] in s.referring_pronouns
        ):
            k += 1  # "а вместо него …": what it replaces, then the request
        elif words.matches(k, t.request_openers) or words.matches(k, t.need_words):
            # "…, купили уже": a purchase told, no request
            told = (info := infos[k]) is not None and info.is_past
            if told or negated(words, k, t) or _edits_again(words, k, o):
                return None
            return k
        elif norm not in o.edit_resumes:
            fresh = False
        k += 1
    return None


def _edits_again(words: Words, k: int, o: OpenWorldWords) -> bool:
    """A verb that edits a list after the request at ``k`` (any reading: "… запиши ряженку и
    удали хлеб" reads "удали" as a noun): the text to the end is no request alone."""
    return any(
        words.matches(j, o.list_op_verbs) or words.has_lemma(j, o.list_edit_verbs)
        for j in range(k + 1, len(words))
        if words.infos[j] is not None
    )


def _next_adding(words: Words, i: int, t: TriggerWords) -> int | None:
    """The first buying or adding verb after the word at ``i``: a list named past it is its.
    An English one as spelt in the list, no other form of it ("remove glue sticks from the
    list": "sticks" is the plural of a noun, no verb that adds)."""
    return next(
        (
            k
            for k in range(i + 1, len(words))
            if words.matches(k, t.buy_or_add_verbs)
            and (
                (info := words.infos[k]) is None
                or info.is_russian
                or words.norms[k] in t.buy_or_add_verbs
            )
        ),
        None,
    )


_OPENER_VERB_REACH: Final = (
    2  # "can you believe …", "could you tell me …": a subject, then the verb
)


def _opener_verbs(words: Words, opener: int) -> range:
    """Where the verb a polite opener asks about is said: right after it or past its subject
    ("can | you | believe", "можешь | подсказать")."""
    return range(opener + 1, min(len(words), opener + 2 + _OPENER_VERB_REACH))


def _polite_request(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    household: HouseholdIndex,
    *,
    addressed: frozenset[str] = frozenset(),
    products: frozenset[str] = frozenset(),
) -> bool:
    """A question that asks politely for something done: an opener with its subject and a
    verb ("can you add …", "можешь купить …?"), or a polite frame before a buying or adding
    verb. Not one that marvels or guesses, a verb of the mind after the opener ("can you
    believe they're out of bread?", "можешь представить, опять хлеба нет"), nor one asked of
    the world in general ("is it possible to buy oat milk anywhere?", "можно ли вообще
    купить …?"), nor one whose opener a question word opening the text comes before ("where
    can I buy sour cream", "where I can buy …"; "when you can, …" is a time). A member
    called first (or one called by a word in ``addressed``: "папа, …") asks them, the opener
    counted past Russian leads and day words (``asked_future_leads``, ``transparent``: "Петя,
    а ты можешь собрать шкаф?", "Дима, ты в субботу сможешь починить кран?"). A modal in the
    past asks only with a conditional particle beside it ("а Маша не могла бы помыть
    посуду?"; "Маша не могла помыть посуду?" asks of the past)."""
    first = words.first_word
    if first is None or words.classes0 & GENERAL_MARKERS:
        return False
    after = words.next_words[first]
    called = after is not None and (
        household.find_member(words, first) is not None
        or (words.norms[first] in addressed and _comma_after(words, first))
    )  # "мама, а ты можешь …?" ("мама а ты можешь забрать Петю?" would be read into a title)
    if called and after is not None:
        first = after
    while (nxt := words.next_words[first]) is not None and _leads_a_question(words, first, o, t):
        first = nxt
    window = range(first, min(len(words), first + _POLITE_WINDOW))
    opener = next((k for k in window if words.norms[k] in o.polite_openers), None)
    if (
        opener is not None
        and opener > first
        and words.matches(first, t.question_words)
        and not words.matches(first, o.time_openers)
    ):
        return False  # "where can I buy sour cream", "where I can buy …": asks where
    if opener is not None and _past_at(words, opener) and not _conditional_at(words, opener, t):
        return False  # "Маша не могла помыть посуду?", "ты вчера мог купить хлеба?": the past
    if called and opener is not None and not _deed_named(words, opener, o):
        return False  # "Маша, ты можешь мне помочь?": no deed named
    if opener is not None:
        return not (
            words.classes0 & MARVEL_VERBS
            and any(words.matches(j, o.marvel_verbs) for j in _opener_verbs(words, opener))
        ) and not (words.classes0 & ADVICE_VERBS and _asks_advice(words, opener, o, t))
    if not words.vocabulary.isdisjoint(o.leave_frames) and _leave_to_list(
        words, first, household, o, t, products=products
    ):
        return True  # "можно в список ещё майонез?"
    return not words.vocabulary.isdisjoint(o.polite_frames) and _asks_politely(
        words, first, o, t, products
    )


def _comma_after(words: Words, k: int) -> bool:
    """A comma right after the word at ``k``: a word of address so set apart."""
    return k + 1 < len(words) and words.norms[k + 1] == _COMMA


def _leave_to_list(
    words: Words,
    start: int,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    products: frozenset[str] = frozenset(),
) -> bool:
    """ "можно в список ещё майонез?", "а можно в продукты йогурты?", "…, можно в список?": a
    frame of leave (``OpenWorldWords.leave_frames``) opening the clause at ``start`` past its
    leads, then right after it a list preposition and a list word or one of the household's
    lists, and no verb after it: the items asked onto the list; no living being not a
    product known ("можно в список ещё собаку?"). Not with "ли" or a verb
    ("можно ли в список добавлять …?", "можно в список посмотреть?", "можно в список я сам
    допишу?" ask leave or a fact)."""
    k: int | None = start
    while k is not None and words.norms[k] in o.asked_future_leads:
        k = words.next_words[k]
    if k is None or words.norms[k] not in o.leave_frames:
        return False
    prep = k + 1
    target = prep + 1
    if target >= len(words) or words.norms[prep] not in t.list_phrase_preps:
        return False
    if not (words.matches(target, t.list_words) or household.find_lists(words, target, target + 1)):
        return False
    for j in range(prep, len(words)):
        info = words.infos[j]
        if words.norms[j] in o.question_particles or (
            info is not None and info.is_russian and info.pos in _VERB_FORMS
        ):
            return False
        if info is not None and info.is_animate and not words.has_lemma(j, products):
            return False  # "можно в список ещё собаку?": a living being, no product
    return True


def _conditional_at(words: Words, k: int, t: TriggerWords) -> bool:
    """A conditional particle within two words of the word at ``k`` ("мог бы", "ты бы мог",
    "бы не мог"): a past modal so asks politely, not of the past."""
    return any(
        words.norms[j] in t.conditional_particles
        for j in range(max(0, k - 2), min(len(words), k + 2))
    )


def _leads_a_question(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The word at ``k`` is a Russian lead of a question asked of the one spoken to or a day
    word ("а", "ты", "сегодня"): the opener may stand after it."""
    info = words.infos[k]
    norm = words.norms[k]
    return (
        info is not None
        and info.is_russian
        and (norm in o.asked_future_leads or norm in t.transparent)
    )


_VERB_FORMS = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive


def _deed_named(words: Words, opener: int, o: OpenWorldWords) -> bool:
    """After the modal at ``opener`` asked of a member, a verb and a word naming what it is
    done to or where, neither a pronoun ("Маша, ты можешь разобрать сушилку?"; "Маша, ты
    можешь мне помочь?", "Tom, can you help me?" name no deed)."""
    return words.naming_after(opener, o.tag_addressees | o.object_pronouns) >= 2


_ADVICE_REACH: Final = 4  # "tell me what", "подсказать, где": past a pronoun and a mark


def _asks_advice(words: Words, opener: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "could you tell me what to buy for a BBQ?", "можешь подсказать, где купить рассаду?":
    a verb of telling or advising after the opener, then a question word: advice asked
    ("can you tell Tom to buy milk" asks it done)."""
    for j in _opener_verbs(words, opener):
        if words.matches(j, o.advice_verbs):
            return any(
                words.matches(k, t.question_words)
                for k in range(j + 1, min(len(words), j + 1 + _ADVICE_REACH))
            )
    return False


def _makes_a_list(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """An adding verb whose object is a list ("добавь новый список для дачи", "add a new
    shopping list", "можно добавить список для дачи?"): a list made, which is not served;
    "добавь в список молоко", "add to the list: milk" add to one."""
    for i in range(len(words)):
        if not words.matches(i, t.add_verbs):
            continue
        k = words.next_words[i]
        while k is not None and words.norms[k] in o.list_makers:
            k = words.next_words[k]
        if k is not None and words.matches(k, t.list_words):
            return True
    return False


_FRAME_WINDOW: Final = 5  # "I was wondering if you could add …": the frame among the first words
_FRAMED_VERB: Final = 4  # … and the buying or adding verb a few words after it


def _asks_politely(
    words: Words,
    first: int,
    o: OpenWorldWords,
    t: TriggerWords,
    products: frozenset[str] = frozenset(),
) -> bool:
    """ "is it possible to add bread to the list?", "I was wondering if you could add …",
    "можно добавить хлеб в список?", "нельзя ли купить батарейки?": a polite frame near the
    start, then a buying or adding verb, or a remind or delegating verb or a task noun before
    a deed ("а Петю можно попросить перебрать картошку?", "можно Диме задачу отвезти
    резину?", "нельзя ли поручить Пете выгрузить посудомойку?"); not after a question
    word ("где можно купить …?" asks where) nor with another verb ("Мурке можно давать
    огурцы?" asks leave), nor a delegating verb with no deed ("можно попросить тебя об
    одолжении?")."""
    if words.matches(first, o.recall_words):
        return False
    for k in range(first, min(len(words), first + _FRAME_WINDOW)):
        if words.norms[k] in o.polite_frames:
            if words.norms[k] in o.negated_frames and not (
                k > 0 and words.norms[k - 1] in t.negations
            ):
                return False  # "ты против купить машину?": an opinion asked
            if _past_at(words, k) and not _conditional_at(words, k, t):
                return False  # "тебя не затруднило купить яйца?": asks of the past
            checked = words.norms[k] in o.product_frames
            return any(
                (
                    words.matches(j, t.request_openers)
                    and not (checked and not _names_a_product(words, j, products))
                )
                or (
                    (
                        words.matches(j, t.remind_verbs)
                        or words.matches(j, t.delegate_verbs)
                        or words.matches(j, t.task_nouns)
                    )
                    and not (j + 1 < len(words) and words.norms[j + 1] in o.delegated_groups)
                    and _reminds_of_a_deed(words, j, t)
                )
                for j in range(k + 1, min(len(words), k + 1 + _FRAMED_VERB))
            )
    return False


_REMINDED_DEED_REACH: Final = (
    6  # "напомнить Диме в субботу отвезти …": past the one reminded, a when
)


def _reminds_of_a_deed(words: Words, verb: int, t: TriggerWords) -> bool:
    """ "можно попросить напомнить Диме в субботу отвезти шины?", "is it possible to remind
    Tom to feed the cat?": after the remind verb at ``verb``, a deed's infinitive (or "to")
    before any question word ("можно напомнить, какое сегодня число?" asks to be told)."""
    k, seen = words.next_words[verb], 0
    while k is not None and seen <= _REMINDED_DEED_REACH:
        if words.matches(k, t.question_words):
            return False
        info = words.infos[k]
        if words.norms[k] in t.to_markers or (info is not None and info.is_infinitive):
            return True
        k, seen = words.next_words[k], seen + 1
    return False


def _opens_a_question(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    o, t = vocabulary.open_world, vocabulary.triggers
    first = words.first_word
    # each test below reads the first word's keys: none is in these classes, no question
    if first is None or not words.classes0 & QUESTION_STARTS:
        return False
    if (
        words.matches(first, t.question_words)
        and not words.matches(first, t.remind_verbs)
        and not drops_its_subject(words, t)
    ):
        return True
    if _asks_what_to_do(words, first, o):
        return True
    if words.norms[first] in o.question_leads and _led_question(words, first, o, t):
        return True
    opener = _question_opener(words, first, household, o)
    if opener is None:
        return False
    # "do we have …", "is the oven off", "did Oleg buy …": an auxiliary, then its subject (a
    # member or any name: "did Sam pick up the kids"; not a name's possessive, "do Lucy's
    # laundry"), unless a courtesy verb follows it ("do you mind taking the bins out" asks
    # for the deed)
    subject = words.next_words[opener]
    if subject is None or words.norms[subject].endswith(vocabulary.corridor.possessive_endings):
        return False
    courtesy = words.next_words[subject]
    if courtesy is not None and words.norms[courtesy] in o.courtesy_verbs:
        return False
    return (
        words.norms[subject] in o.question_subjects
        or household.find_member(words, subject) is not None
        or words.is_capitalised(subject)
        or _kind_asked_of(words, subject, vocabulary)
    )


def _kind_asked_of(words: Words, subject: int, vocabulary: Vocabulary) -> bool:
    """A bare plural noun at ``subject`` (``CorridorWords.plural_endings``), then right after
    it a plain verb (``OpenWorldWords.question_plain_verbs``): a general question of a kind
    ("do dinosaurs eat people", "do cats like milk"); "do dishes tonight" names a chore."""
    verb = subject + 1
    return (
        verb < len(words)
        and words.norms[verb] in vocabulary.open_world.question_plain_verbs
        and words.norms[subject].endswith(vocabulary.corridor.plural_endings)
        and words.infos[subject] is not None
    )


def _question_opener(
    words: Words, first: int, household: HouseholdIndex, o: OpenWorldWords
) -> int | None:
    """The auxiliary that opens a yes-no question (``OpenWorldWords.question_openers``): the
    first word, or the word after a member or anyone called first, a comma after them ("Jack,
    do you feed the cat tonight", "Tom did you buy milk", "hometask, do you like
    broccoli?"); None when neither is one."""
    if words.norms[first] in o.question_openers:
        return first
    if household.find_member(words, first) is None:
        comma = first + 1
        if comma + 1 < len(words) and words.norms[comma] == _COMMA:
            return comma + 1 if words.norms[comma + 1] in o.question_openers else None
        return None
    opener = words.next_words[first]
    return opener if opener is not None and words.norms[opener] in o.question_openers else None


def _led_question(words: Words, lead: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A conjunction opening the text (``OpenWorldWords.question_leads``: "а", "and"), then
    right after it a question word with no mark after it, and no Russian imperative anywhere
    ("а что Пете завтра на обед в школу дать", "а где купить сметану", "and where do we keep
    the batteries"): a question, as it is without the conjunction; a clause of time ("а когда
    будешь в магазине, …"), a word set off by a comma ("а что, купи хлеба") or a command
    after it ("а как придёшь, вынеси мусор") asks nothing."""
    led = words.next_words[lead]
    if (
        led != lead + 1
        or not words.matches(led, t.question_words)
        or words.matches(led, t.remind_verbs)
    ):
        return False
    after = led + 1
    if after >= len(words) or words.tokens[after].kind == "punct":
        return False
    if words.matches(led, o.time_openers) and (
        # "а когда будешь в магазине, …", "а когда придёт, пусть вынесет": a clause of time
        # before a main clause; "а когда Дима вынесет мусор" asks when
        any(
            words.tokens[j].kind == "punct" and words.norms[j] != _QUESTION_MARK
            for j in range(after, len(words))
        )
        or not words.vocabulary.isdisjoint(t.let_words)
        or not words.vocabulary.isdisjoint(t.need_words)
        or not any(info is not None and info.is_future for info in words.infos[after:])
    ):
        return False
    return not any(info is not None and info.is_imperative for info in words.infos[after:])


_INFINITIVE_REACH: Final = 2  # "чем бы заменить", "куда нам поставить": a particle or a pronoun
_DELIBERATION_REACH: Final = (
    3  # "думаю", "не знаю", "вот сижу думаю": the word among the first three
)
_INTERROGATIVE_FOLLOWERS = frozenset({"PRCL", "NPRO"})  # OpenCorpora: "бы", "нам"


def _deliberates(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A word of weighing a choice among the first words, then a question of what to do
    after a comma ("думаю, что бы сварить на неделе", "не знаю, куда поставить ёлку",
    "интересно, чем заменить пахту"): the speaker thinks aloud, no one is told to do it,
    unless a request follows in a clause of its own ("…, купи курицу")."""
    k = words.first_word
    for _ in range(_DELIBERATION_REACH):
        if k is None:
            return False
        if words.matches(k, o.deliberation_words):
            comma = k + 1
            after = words.next_words[comma] if comma < len(words) else None
            step = after + 1 if after is not None else len(words)
            between = words.infos[step] if step < len(words) else None
            return (
                after is not None  # (so a word follows the comma: "кто знает" ends at the word)
                and words.norms[comma] == _COMMA
                and between is not None
                # "что бы сварить", "куда нам поставить"; in "думаю, что надо купить" a
                # conjunction opens what is thought
                and (between.is_infinitive or between.pos in _INTERROGATIVE_FOLLOWERS)
                and _asks_what_to_do(words, after, o)
                and _request_start(words, after, t) is None
            )
        k = words.next_words[k]
    return False


def _asks_what_to_do(words: Words, first: int, o: OpenWorldWords) -> bool:
    """A Russian interrogative in any case form, then an infinitive: a question of what to do
    ("чем заменить пахту", "куда поставить ёлку", "откуда взять рассаду", "кому отдать
    коляску"), asked of the assistant, no one told to do it."""
    info = words.infos[first]
    if info is None or not info.is_russian or words.keys(first).isdisjoint(o.recall_words):
        return False
    k: int | None = first
    for _ in range(_INFINITIVE_REACH):
        k = words.next_words[k] if k is not None else None
        if k is None or k != first + 1 + _:
            return False  # a mark between: "кто: Петя"
        nxt = words.infos[k]
        if nxt is not None and nxt.is_infinitive:
            return True
    return False


_CALLING_REACH: Final = 3  # "hey hun, pick up …", "pls Tom remind …": the words before the verb


def _imperative_asked(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "hun pick up some milk on ur way home?", "take the compost down tonight, Tom?", "pls
    remind Tom to pay the bill?", "remind me tomorrow to call the vet?": an English request
    verb in its plain form opening the text, past only a greeting, a word one calls a person
    by (``ShoppingWords.address_words``), a member called or a courtesy (``courtesy_marks``),
    said to someone: one called before it or closing the text, a courtesy before it, or a
    remind verb with the speaker or a member right after it. The request in a rising voice.
    Not one said to no one ("pick up milk?", "take the bins out?": "shall I …?" offers), a
    chore named with no object right after it ("dishes, Tom?", "Tom, dishes tonight?"), a
    choice ("…, or should I?"), a confirmation ("…, right?"), an auxiliary before its subject
    ("Tom, do you want pizza?"), a remind verb before no deed
    ("remind me, did we pay the daycare?"), nor a question mark before the last ("add milk?
    or not?")."""
    o, t, s = vocabulary.open_world, vocabulary.triggers, vocabulary.shopping
    if words.text.count(_QUESTION_MARK) != 1 or not words.text.rstrip().endswith(_QUESTION_MARK):
        return False
    k = words.first_word
    called = courteous = False
    seen = 0
    while k is not None and seen < _CALLING_REACH:
        norm = words.norms[k]
        if norm in o.courtesy_marks:
            courteous = True
        elif norm in s.address_words or household.find_member(words, k) is not None:
            called = True
        elif norm not in t.greetings:
            break
        k, seen = words.next_words[k], seen + 1
    if k is None:
        return False
    info = words.infos[k]
    norm = words.norms[k]
    if (
        info is None
        or info.is_russian
        or not (norm in t.request_openers or norm in t.remind_verbs or norm in t.chore_verbs)
    ):
        return False
    if not o.choice_words.isdisjoint(words.norms) or _confirms(words, o):
        return False
    nxt = words.next_words[k]
    if nxt is None or nxt != k + 1 or words.norms[nxt] in t.transparent:
        return False  # "dishes, Tom?", "Tom, dishes tonight?": a chore named, no verb's object
    if words.norms[nxt] in o.question_subjects:
        return False  # "Tom, do you want pizza?": an auxiliary and its subject
    if norm in t.remind_verbs and not _reminds_of_a_deed(words, k, t):
        return False  # "remind me, did we pay the daycare?": a question of its own
    if norm not in t.remind_verbs and not _plain_object(words, k, o, t):
        return False  # "Lucy grab her coat?", "mom, pick me up at 5?": no object to buy or do
    last = _last_unmarked(words)
    reminds_one = (
        norm in t.remind_verbs
        and nxt is not None
        and (words.norms[nxt] in o.reminded_speakers or household.find_member(words, nxt))
    )
    closing_call = last > k + 1 and household.find_member(words, last) is not None
    return called or courteous or bool(reminds_one) or closing_call


def _plain_object(words: Words, verb: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """After the English verb (or gerund) at ``verb`` and its particle ("pick up"), an object
    that may be bought or done: not a preposition, a pronoun, a reflexive or a possessive
    (``asked_object_stops``: "picking up after yourself", "pick me up at 5", "grab her coat"),
    nor past an article an idiom's object (``asked_idiom_objects``: "pick up the phone")."""
    k = verb + 1
    if k < len(words) and words.norms[k] in t.gerund_particles:
        k += 1
    if k >= len(words) or words.tokens[k].kind == _PUNCT:
        return True  # "would you mind vacuuming?": the deed alone
    if words.norms[k] in o.asked_object_stops:
        return False
    if words.norms[k] in o.asked_object_articles:
        k += 1
    return not (k < len(words) and words.norms[k] in o.asked_idiom_objects)


_COURTESY_REACH: Final = 6  # "hey Tom, would you mind …": the courtesy verb among the first words


def _courtesy_gerund(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> tuple[int | None, int, int, str] | None:
    """ "mind grabbing a loaf on your way back?", "would you mind cleaning the mirror, Jack?",
    "Tom, do you mind taking the bins out?": a verb of courtesy (``courtesy_verbs``) asked of
    the one spoken to, past only a member called, a greeting, transparent words and its own
    leads (``courtesy_leads``: "would you", "do you"), then right after it the gerund of a
    buying, adding, remind, chore or errand verb: the deed asked as its imperative would be.
    Where the words kept before the frame start (past a greeting: "hey"), where the frame
    starts, the gerund, and the verb it stands for; None when the verb is not
    so asked ("do you mind if I take the car?", "would you mind me borrowing …", "did you
    mind cleaning …?", "Tom doesn't mind cooking", "never mind adding milk")."""
    if o.courtesy_verbs.isdisjoint(words.norms):
        return None  # most commands: no courtesy verb
    start: int | None = None
    k = words.first_word
    kept, seen = k, 0
    while k is not None and seen < _COURTESY_REACH:
        norm = words.norms[k]
        if norm in o.courtesy_verbs:
            gerund = words.next_words[k]
            if gerund is None or gerund != k + 1:
                return None
            verb = request_gerund(words, gerund, t)
            if verb is None or (
                verb not in t.remind_verbs and not _plain_object(words, gerund, o, t)
            ):
                return None  # "would you mind picking up the phone?", "… after yourself"
            return kept, (k if start is None else start), gerund, verb
        if norm in t.greetings and k == kept:
            kept = words.next_words[k]  # "hey Tom, mind …": the greeting is no part of it
        elif norm in o.courtesy_leads:
            start = k if start is None else start
        elif start is not None or not (
            norm in t.greetings
            or norm in t.transparent
            or household.find_member(words, k) is not None
            or (k == kept and words.is_capitalised(k))  # "Alex, mind …", "hey Alex, mind …"
        ):
            return None  # a lead, then another word: "do you think …", "would Tom mind …"
        k, seen = words.next_words[k], seen + 1
    return None


def courtesy_cut(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> str | None:
    """The command a courtesy question asks (``_courtesy_gerund``), as its imperative: "Emma,
    mind putting butter on groceries?" → "Emma, put butter on groceries"; None when none."""
    found = _courtesy_gerund(words, household, vocabulary.open_world, vocabulary.triggers)
    if found is None:
        return None
    kept, start, gerund, verb = found
    text, tokens = words.text, words.tokens
    rest = text[tokens[gerund].end :].rstrip()
    while rest.endswith(_QUESTION_MARK):
        rest = rest[:-1].rstrip()
    called = text[tokens[kept].start : tokens[start].start] if kept is not None else ""
    return called + verb + rest


def _asked_by_particle(words: Words, o: OpenWorldWords) -> bool:
    """A question particle ("ли", "неужели") anywhere, but for one in a parenthetical aside: a
    head of ``OpenWorldWords.aside_particle_heads`` before it and a mark after ("Видите ли,
    внуки приезжают …", "Я, знаете ли, привыкла …"); "знаете ли вы, где соль?" asks."""
    if o.question_particles.isdisjoint(words.norms):
        return False  # nearly every command
    last = len(words) - 1
    return any(
        norm in o.question_particles
        and not (
            0 < k < last
            and words.norms[k - 1] in o.aside_particle_heads
            and words.infos[k + 1] is None
        )
        for k, norm in enumerate(words.norms)
    )


def _is_question(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    o, t = vocabulary.open_world, vocabulary.triggers
    ends_asking = words.text.rstrip().endswith(_QUESTION_MARK)
    asked = (
        ends_asking
        or _opens_a_question(words, household, vocabulary)
        or _asked_by_particle(words, o)
    )
    if asked and not ends_asking and _QUESTION_MARK in words.text:
        # "кто звонил в домофон? ладно, неважно, купи батарейки": a request after the question
        # ("how many grams in a cup? And put flour on the Costco list", "какие пробки? Диме
        # надо забрать торт": a list verb, a member called before a need)
        mark = next(k for k, token in enumerate(words.tokens) if token.norm == _QUESTION_MARK)
        asked = _request_after_question(words, mark, household, o, t) is None
    elif ends_asking and question_after_request(words, o, t) is not None:
        asked = False  # "купи хлеба. кстати, а сметана у нас ещё есть?": the request stands
    elif asked and not ends_asking and words.first_word is not None:
        # "When you're next in Costco, …, put them on the Costco list": a clause of time, then
        # a request in a clause of its own ("…, pick up a bag of rice"); "какая погода
        # завтра, и напомни Пете взять зонт": a question with no mark, then a request
        asked = _question_start(words, words.first_word, o, t, household) is None
    if not asked:
        return False
    if _offers_a_choice(words, o) or _confirms(words, o):
        return True  # "купишь хлеба или мне?", "ты купишь хлеба, да?": no request asked
    if (
        _polite_request(
            words,
            o,
            t,
            household,
            addressed=vocabulary.shopping.address_words,
            products=vocabulary.shopping.known_products,
        )
        or _courtesy_gerund(words, household, o, t)
        or _imperative_asked(words, household, vocabulary)
    ):
        return False
    return not _asks_in_future(
        words,
        household,
        o,
        t,
        devices=vocabulary.corridor.device_nouns,
        products=vocabulary.shopping.known_products,
    ) and not (ends_asking and _tagged_request(words, household, vocabulary))


def _offers_a_choice(words: Words, o: OpenWorldWords) -> bool:
    """ "купишь хлеба или мне?", "ты купишь хлеба или молока?", "Маша, купишь хлеба, или
    Петя?": a choice offered (``OpenWorldWords.alternative_conjunctions``) asks which, so no
    2nd person future or tag question asks it done."""
    return not o.alternative_conjunctions.isdisjoint(words.norms)


def _last_unmarked(words: Words) -> int:
    """The index of the text's last token that is no mark; -1 when every token is one."""
    last = len(words) - 1
    while last >= 0 and words.is_punct(last):
        last -= 1
    return last


def _confirms(words: Words, o: OpenWorldWords) -> bool:
    """ "ты купишь хлеба, да?", "купишь хлеба, правда?", "…, right?": the text closes with a
    confirmation (``OpenWorldWords.confirmation_tags``) after a mark; the speaker checks what
    they think, no tag of a request."""
    last = _last_unmarked(words)
    k = last
    while k >= 0 and words.norms[k] in o.confirmation_tags:
        k -= 1
    return 0 <= k < last and words.is_punct(k)


_PARTITIVES = frozenset({"gent", "gen2"})  # OpenCorpora: the genitive, the partitive


def _chore_asked(words: Words, k: int, o: OpenWorldWords, devices: frozenset[str]) -> bool:
    """The 2nd person future at ``k``, after a member called, asks a chore or an errand of
    them (``OpenWorldWords.errand_lemmas``: "Маша, польёшь цветы?", "Петя, ты вынесешь
    мусор?"), unless a mark of a plan follows ("Петя, починишь себе велосипед?"), the speaker
    as company (``asked_company_marks``: "пообедаешь с нами?", "погуляешь со мной?" invite),
    a choice of who does it ("…или мне?"), a device ("сделаешь потише музыку?"), nothing
    after the verb ("Маша, поможешь?") or a living being after a verb that is a chore only
    done to a thing (``thing_only_errands``: "Маша, погладишь кота?")."""
    after = words.norms[k + 1 :]
    return (
        words.lemmas[k] in o.errand_lemmas
        and words.next_words[k] is not None  # "Маша, поможешь?": no deed named
        and o.asked_plan_marks.isdisjoint(after)
        and o.asked_company_marks.isdisjoint(after)
        and o.choice_words.isdisjoint(words.norms)
        and not any(words.matches(j, devices) for j in range(k + 1, len(words)))
        and not (words.lemmas[k] in o.thing_only_errands and _living_after(words, k))
    )


def _living_after(words: Words, k: int) -> bool:
    """ "погладишь кота?": a living being right after the verb at ``k`` (a person or an
    animal: the accusative of one is its genitive), no thing the chore is done to."""
    nxt = words.next_words[k]
    info = words.infos[nxt] if nxt is not None else None
    return info is not None and info.is_animate


def _partitive_after(words: Words, k: int) -> bool:
    """ "возьмёшь кефира?", "захватишь хлеба?": a noun in the genitive right after the verb at
    ``k``, some of a thing to get ("возьмёшь зонт?", "возьмёшь трубку?" take it along)."""
    nxt = words.next_words[k]
    info = words.infos[nxt] if nxt == k + 1 else None
    return info is not None and info.noun_case in _PARTITIVES and not info.is_animate


def _tagged_request(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """A request whose question mark closes only a tag after it: words of assent or courtesy,
    a modal with the one spoken to ("add avocados to the list, could you?", "добавь яблоки в
    список, можешь?", "купи хлеб, ладно?", "add them pls?"), or a clause of its own asking
    for it added in the 2nd person future or with a modal ("хлеб закончился, добавишь?",
    "масло кончилось, кинешь в список?", "туалетная бумага кончилась, можешь добавить?").
    What comes before must ask nothing itself ("did you buy milk, could you?", "где молоко,
    можешь?"); a confirmation ("the milk's in the fridge, right?") is no such tag. The rest
    of the text is then read as it is without the mark."""
    o, t = vocabulary.open_world, vocabulary.triggers
    first = words.first_word
    if first is None or (
        words.vocabulary.isdisjoint(o.tag_assents)
        and words.vocabulary.isdisjoint(o.polite_openers)
        and words.vocabulary.isdisjoint(o.leave_frames)
        and not any(info is not None and info.is_asked_future for info in words.infos)
    ):
        return False
    start = _tag_start(
        words,
        o,
        t,
        household,
        devices=vocabulary.corridor.device_nouns,
        products=vocabulary.shopping.known_products,
    )
    if start is None or start <= first:
        return False
    norms = words.norms
    if not o.question_particles.isdisjoint(norms[:start]) or _opens_a_question(
        words, household, vocabulary
    ):
        return False
    if (
        not o.deliberative_datives.isdisjoint(norms[:start]) or _dative_before(words, start)
    ) and _deliberative_infinitive(words, start, t):
        return False  # "мне купить хлеб, хорошо?", "Пете купить хлеба, ладно?": an offer
    if _reports_before(words, start, t):
        return False  # "кефир купил, можешь добавить?", "молоко выпил Петя, добавишь?"
    if all(norms[j] in o.tag_assents for j in range(start, len(words)) if words.is_word(j)) and (
        _states_before(words, start, o)
    ):
        return False  # "Петя вынесет мусор, хорошо?", "milk is on the list, ok?": agreement sought
    marks = [k for k in range(start) if norms[k] == _QUESTION_MARK]
    # "Аня, ты в магазин? возьми сметану и укроп, хорошо?": a request after an earlier question
    return not marks or _request_after_question(words, marks[-1], household, o, t) is not None


_FINITE: Final = "VERB"  # OpenCorpora: a finite verb


def _states_before(words: Words, end: int, o: OpenWorldWords) -> bool:
    """Before ``end``, a statement and no Russian imperative: a Russian finite verb ("Петя
    вынесет мусор", "молоко кончилось") or an English link of one (``statement_links``:
    "milk is on the list", "we're adding milk"); an assent after it seeks agreement."""
    stated = False
    for k in range(end):
        info = words.infos[k]
        if info is None:
            continue
        if info.is_imperative:
            return False
        stated = stated or (
            (info.is_russian and info.pos == _FINITE) or words.norms[k] in o.statement_links
        )
    return stated


def _dative_before(words: Words, end: int) -> bool:
    """Before ``end``, a Russian noun or pronoun in the dative not after a preposition: the
    one a deed is for ("Пете", "ему"; "к ужину" says when)."""
    for k in range(end):
        info = words.infos[k]
        if info is not None and info.is_dative:
            before = words.infos[k - 1] if k else None
            if before is None or before.pos != _PREPOSITION:
                return True
    return False


def _reports_before(words: Words, end: int, t: TriggerWords) -> bool:
    """Before ``end``, a Russian verb in the past that tells no running out: a report ("кефир
    купил", "молоко выпил Петя"); a tag after it asks about what was done ("хлеб
    закончился, добавишь?" asks it bought: ``TriggerWords.out_of_words``); not one that
    relays a want, a need word or an infinitive after it ("мама просила купить хлеба,
    добавишь?", "Дима сказал, что надо купить антифриз, можешь записать?")."""
    for k in range(end):
        info = words.infos[k]
        if (
            info is not None
            and info.is_russian
            and info.is_past
            and words.lemmas[k] not in t.out_of_words
        ):
            return not any(_wanted_at(words, j, t) for j in range(k + 1, end))
    return False


def _wanted_at(words: Words, j: int, t: TriggerWords) -> bool:
    """The word at ``j`` is a need word or an infinitive: a want relayed, not a report."""
    info = words.infos[j]
    return words.matches(j, t.need_words) or (info is not None and info.is_infinitive)


_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition


def _deliberative_infinitive(words: Words, end: int, t: TriggerWords) -> bool:
    """Before ``end``, a Russian infinitive with no imperative and no need word beside a
    dative of "me", "you", "us" (``OpenWorldWords.deliberative_datives``): "мне купить хлеб,
    хорошо?", "тебе хлеб купить, ладно?" ask whether the speaker should, an offer."""
    infinitive = False
    for k in range(end):
        info = words.infos[k]
        if info is None:
            continue
        if info.is_imperative or words.matches(k, t.need_words):
            return False
        infinitive = infinitive or (info.is_russian and info.is_infinitive)
    return infinitive


def _tag_start(
    words: Words,
    o: OpenWorldWords,
    t: TriggerWords,
    household: HouseholdIndex,
    *,
    devices: frozenset[str],
    products: frozenset[str],
) -> int | None:
    """Where the tag closing the text starts (see ``_tagged_request``), None when none does:
    a run of tag words ending at the last word, holding an assent or a modal, or else the
    last clause (after a mark) when it asks for an adding in the 2nd person future or with a
    modal."""
    tokens = words.tokens
    last = _last_unmarked(words)
    if last < 0:
        return None
    run = _tag_run(words, last, o)
    if run is not None:
        return run
    closing = _closing_modal(words, last, o, t)
    if closing is not None:
        return closing
    if _closing_future(words, last, household, o, t, products=products):
        return last  # "рис и нори купишь?": the items said first, the verb asked last
    # the last clause's first word
    clause = next((k + 1 for k in range(last, -1, -1) if tokens[k].kind == _PUNCT), None)
    if clause is None or clause > last:
        return None
    if (
        _asks_in_future(words, household, o, t, start=clause, devices=devices, products=products)
        or _modal_adds(words, clause, o, t)
        or _leave_to_list(words, clause, household, o, t, products=products)
    ):
        return clause
    return None


def _tag_run(words: Words, last: int, o: OpenWorldWords) -> int | None:
    """Where a run of tag words ending at ``last`` starts, holding an assent or a modal ("…,
    could you", "…, ладно", "… pls"); None when the text closes otherwise."""
    tokens, norms = words.tokens, words.norms
    tag_words = o.tag_assents | o.polite_openers | o.tag_addressees
    start, cored = last + 1, False
    while start > 0 and tokens[start - 1].kind != _PUNCT and norms[start - 1] in tag_words:
        start -= 1
        cored = cored or norms[start] not in o.tag_addressees
    return start if cored else None


def tag_cut(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> int | None:
    """Where a tag closing a request starts ("add cheese to the list, alright?", "купи хлеб,
    лады?"): the request is read without it, no tag word an item; None when none does."""
    last = _last_unmarked(words)
    if last < 0:
        return None
    run = _tag_run(words, last, vocabulary.open_world)
    if run is None or not _tagged_request(words, household, vocabulary):
        return None
    return run


def _past_at(words: Words, k: int) -> bool:
    """The word at ``k`` is a verb in the past ("мог", "могла"): a modal that asks what was."""
    info = words.infos[k]
    return info is not None and info.is_past


def _closing_modal(words: Words, last: int, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """ "пельмени и сметану можешь добавить?", "хлеб ты можешь купить?": a modal (with the one
    spoken to before or after it) right before a buying or adding verb that closes the text,
    the items said first: where the modal's run starts; None when the text closes otherwise.
    A frame of leave (``leave_frames``) so closes it before an adding verb only ("пельмени
    можно добавить?"; "хлеб можно купить?" asks whether it may be bought).
    A verb of taking (``asked_take_verbs``: "зонт можешь взять?") takes along."""
    if not words.matches(last, t.buy_or_add_verbs) or words.lemmas[last] in o.asked_take_verbs:
        return None
    k = last - 1
    if k >= 0 and words.norms[k] in o.tag_addressees:
        k -= 1
    if k >= 0 and words.norms[k] in o.leave_frames and words.matches(last, t.add_verbs):
        return k  # "пельмени и сметану можно добавить?" ("хлеб можно купить?" asks if it may)
    if k < 0 or words.norms[k] not in o.polite_openers or _past_at(words, k):
        return None  # "хлеб вчера ты мог купить?" asks of the past
    return k - 1 if k > 0 and words.norms[k - 1] in o.tag_addressees else k


def _closing_future(
    words: Words,
    last: int,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    products: frozenset[str],
) -> bool:
    """ "рис для суши и нори купишь?", "хлеб и молоко купите?": a buying verb in
    the 2nd person future closing the text, un-negated, a product the lexicon knows or one
    measured said before it, no mark of a plan or of a rhetorical question anywhere
    (``asked_plan_marks``: "телефон себе купишь?") and no verb of taking (``asked_take_verbs``:
    "зонт возьмёшь?" takes it along), no question word ("хлеб когда купишь?" asks when) and
    no one called first who is no member (the name would be read as an item)."""
    info = words.infos[last]
    if info is None or not info.is_asked_future or not words.matches(last, t.shop_verbs):
        return False  # "Петя, батарейки добавишь?" reads as Петя's chore: not so asked
    first = words.first_word
    if first is None or (
        first + 1 < len(words)
        and words.norms[first + 1] == _COMMA
        and words.is_capitalised(first)
        and household.find_member(words, first) is None
    ):
        return False  # "Олежа, рис купишь?": one called who is no member
    if any(words.matches(k, t.question_words) for k in range(last)):
        return False
    before = last - 1
    return (
        words.lemmas[last] not in o.asked_take_verbs
        and not (before >= 0 and words.norms[before] in t.negations)
        and o.asked_plan_marks.isdisjoint(words.norms)
        and _names_a_product(words, last, products)
    )


def _modal_adds(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "можешь добавить?", "can you add them?", "а ты можешь записать?": a modal (past a
    lead, with the one spoken to), then an adding verb, opening a clause."""
    step: int | None = k
    while step is not None and (
        words.norms[step] in o.asked_future_leads or words.norms[step] in o.tag_addressees
    ):
        step = words.next_words[step]
    if step is None or words.norms[step] not in o.polite_openers or _past_at(words, step):
        return False
    step = words.next_words[step]
    while step is not None and (
        words.norms[step] in o.tag_addressees or words.norms[step] in o.tag_assents
    ):
        step = words.next_words[step]
    return step is not None and words.matches(step, t.add_verbs)


def _names_a_product(words: Words, k: int, products: frozenset[str]) -> bool:
    """A buying verb asked un-negated at ``k`` asks a purchase only of a product the lexicon
    knows (``ShoppingWords.known_products``) or one measured, said after it (before it when
    nothing follows): "купишь хлеба?", "возьмёшь 2 пакета кефира?"; "ты купишь завтра
    машину?", "купишь квартиру?", "возьмёшь сдачи?" ask a plan or something else."""
    span = range(k + 1, len(words))
    if not any(words.is_word(j) for j in span):
        span = range(k)
    return any(
        words.has_lemma(j, products) or any(c.isdigit() for c in words.tokens[j].text) for j in span
    )


_NOUN_REACH: Final = 4  # "давай добавим Пете задачу вынести …": the task noun a few words on


def _adds_a_known(words: Words, verb: int, t: TriggerWords, products: frozenset[str]) -> bool:
    """After the adding verb at ``verb``, a product known or measured, or a task noun before
    a deed ("давай добавим в список напоминание позвонить бабушке?"); not "давай добавим
    остроты?", "давай добавим ещё одну комнату?", "давай добавим Пете задачу?"."""
    return _names_a_product(words, verb, products) or any(
        words.matches(j, t.task_nouns) and _reminds_of_a_deed(words, j, t)
        for j in range(verb + 1, min(len(words), verb + 1 + _NOUN_REACH))
    )


_ASKED_WINDOW: Final = (
    5  # "а ты не напомнишь …", "слушай, мы можем добавить …": the verb comes early
)


def _asks_in_future(
    words: Words,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    start: int | None = None,
    devices: frozenset[str] = frozenset(),
    products: frozenset[str] = frozenset(),
) -> bool:
    """A question opened by a verb in the 2nd person future that the platform serves, past a
    few leading particles: a remind or adding verb ("напомнишь мне завтра …?", "не добавишь
    творог в список?"), or a buying verb negated ("а не купишь хлеба?", "не возьмёте
    молока?", "не забудешь купить …?"), or a buying verb with no mark of a plan or a
    rhetorical question after it ("купишь хлеба?", "Нина, возьмёшь сыр к вечеру?"; "ты
    купишь себе новый телефон?", "купишь ли ты когда-нибудь машину?" ask no purchase:
    ``OpenWorldWords.asked_plan_marks``; a verb of taking only before some of a thing:
    "возьмёшь кефира?", not "возьмёшь зонт?"); or by a modal of "we" before an adding verb ("мы
    можем добавить … в покупки?"; "можем купить диван?" muses), or by a proposal of adding
    (``proposal_leads`` before a verb of adding or reminding in the 1st person plural: "а
    давай добавим гречку?"; "давай купим дачу?" muses). A member called first asks
    them ("Петя, не купишь батареек?"), and asks a chore of them too ("Маша, помоешь посуду
    вечером?": ``_chore_asked``, with the ``devices`` no chore acts on). ``start``: where the
    question opens, the text's first word when None ("хлеб закончился, добавишь?" asks in
    its last clause)."""
    first = words.first_word if start is None else start
    if first is None:
        return False
    infos, norms, lemmas = words.infos, words.norms, words.lemmas
    negated = called = False
    for k in range(first, min(len(words), first + _ASKED_WINDOW)):
        info = infos[k]
        if info is None:
            continue  # "слушай, не купишь …"
        if k == first and household.find_member(words, k) is not None:
            called = True
            continue
        if norms[k] in t.negations:
            negated = True
        elif info.is_asked_future:
            lemma = lemmas[k]
            return (
                lemma in t.remind_verbs
                or lemma in t.add_verbs
                or (negated and (lemma in t.request_openers or lemma in t.forget_verbs))
                or (
                    lemma in t.request_openers
                    and o.asked_plan_marks.isdisjoint(norms[k + 1 :])
                    and (lemma not in o.asked_take_verbs or _partitive_after(words, k))
                    and _names_a_product(words, k, products)
                )
                or (called and _chore_asked(words, k, o, devices))
            )
        elif norms[k] in o.proposal_leads:
            # "а давай добавим в список гречку?": a proposal of adding, made with the listener
            nxt = words.next_words[k]
            verb = infos[nxt] if nxt == k + 1 and nxt is not None else None
            return (
                verb is not None
                and verb.is_first_person
                and not verb.is_own_plan
                and (
                    (lemmas[k + 1] in t.add_verbs and _adds_a_known(words, k + 1, t, products))
                    or lemmas[k + 1] in t.remind_verbs
                )
            )
        elif norms[k] in o.group_modals:
            nxt = words.next_words[k]
            return nxt is not None and nxt == k + 1 and lemmas[nxt] in t.add_verbs
        elif norms[k] not in o.asked_future_leads and norms[k] not in t.transparent:
            return False  # "Дима, ты завтра вынесешь мусор?": a day word may stand between
    return False


def _question_start(
    words: Words, first: int, o: OpenWorldWords, t: TriggerWords, household: HouseholdIndex
) -> int | None:
    """After a question with no mark opening the command, the request in a later clause; one
    that offers a choice asks too ("сколько градусов на улице, нужна куртка или нет")."""
    k = _own_request(words, first, household, t)
    if k is None or any(words.norms[j] in o.choice_words for j in range(k, len(words))):
        return None
    return k


def question_after_request(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """A request said first, in a sentence of its own, then a question in another ("купи
    хлеба. кстати, а сметана у нас ещё есть?", "Buy eggs. By the way, is Tom home?"): where
    the question's sentence starts (its first character), for the request to be read alone.
    One whose question offers another choice ("… Or do we have some?", "… или не надо?")
    asks about the request itself: None."""
    first = words.first_word
    if first is None or not (
        words.matches(first, t.buy_or_add_verbs) or words.matches(first, t.remind_verbs)
    ):
        return None
    tokens = words.tokens
    start: int | None = None  # the first token after the last sentence end
    for k in range(first + 1, len(words)):
        if tokens[k].kind == "punct":
            if tokens[k].norm in _SENTENCE_ENDS and k + 1 < len(words):
                start = k + 1
            continue
        if words.starts_a_line(k):
            start = k
    if start is None or tokens[start].kind == "punct":
        return None
    nxt = words.next_words[start]  # "Or …", "А может, …": the question's first two words
    if words.norms[start] in o.choice_words or (
        nxt is not None and words.norms[nxt] in o.choice_words
    ):
        return None
    return tokens[start].start


def _head_verb(words: Words, t: TriggerWords) -> int | None:
    """The command's first verb: a Russian imperative or infinitive, or an English word that
    opens the command after the transparent ones ("please call mom")."""
    opened = False  # a word other than a transparent one came first
    for i, info in enumerate(words.infos):
        if info is None:
            continue
        if info.is_russian:
            if info.is_imperative or info.is_infinitive:
                return i
            opened = opened or words.norms[i] not in t.transparent
        elif words.norms[i] not in t.transparent:
            return None if opened else i
    return None


def _addressed_head(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """The command's head verb (``_head_verb``), or after a polite opener heading it and the
    one addressed, the verb after them ("can you show me …", "could u send …")."""
    head = _head_verb(words, t)
    if head is not None and words.norms[head] in o.polite_openers:
        you = words.next_words[head]
        if you is None or words.norms[you] not in o.polite_addressees:
            return None
        return words.next_words[you]
    return head


def _asks_an_assistant_deed(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> bool:
    """A deed of the assistant's the app does not serve (``_assistant_deeds``: "send lucy a
    meme", "move cleaning to sunday", "проверь диктант Пети", "что ты умеешь", "Петя просит
    написать учительнице, что он заболел"), unless a frame, a member named before its verb or
    a request of its own keeps the household's reading."""
    o, t = vocabulary.open_world, vocabulary.triggers
    asked = ability_question(words, o)
    if asked is not None and _put_to_the_assistant(words, asked, household, t):
        return True  # "напомнишь мне, что ты умеешь?": what it can do is no one's deed
    if relayed_message(words, o, vocabulary.tasks):
        return not any(words.matches(k, t.remind_frames) for k in range(len(words)))
    head = _addressed_head(words, o, t)
    if head is not None and assistant_deed_at(words, head, vocabulary):
        return not _framed_beside(words, head, household, t) and (
            _own_request(words, head, household, t) is None
        )
    return closing_look(words, o) is not None and not _asked_before_closing(words, household, t)


def _asked_before_closing(words: Words, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A frame anywhere, a member called right before the closing verb ("Петя, проверь") or a
    request said before it (a Russian imperative, an English request opener first: "купи хлеб,
    проверь"): the closing verb is no request to the assistant alone. A member told of
    ("Маша убралась в детской, проверь") calls no one."""
    last = len(words) - 1
    while last > 0 and words.infos[last] is None:
        last -= 1
    called = words.next_words[0] if words.infos[0] is None else 0
    for k in range(last):
        info = words.infos[k]
        if info is None:
            continue
        if (
            (words.matches(k, t.task_frames) or words.matches(k, t.remind_frames))
            and not words.matches(k, t.task_nouns)
        ) or (info.is_russian and info.is_imperative):
            return True
        if k == called and words.matches(k, t.request_openers):
            return True
        nxt = words.next_words[k]
        if nxt is not None and nxt >= last - 1 and household.find_member(words, k) is not None:
            return True  # "Петя, проверь"
    return False


def _put_to_the_assistant(words: Words, k: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """The question at ``k`` is put to the assistant: no member named before it (one called
    is the one asked: "Петя, как ты можешь так жить, убери в комнате", "напомни Пете, что ты
    можешь …") and no request of its own after it ("…? купи курицу", "как ты можешь так
    жить, убери в комнате": a Russian imperative)."""
    if any(
        (info := words.infos[j]) is not None
        and (
            (j < k and household.find_member(words, j) is not None)
            or (j > k and info.is_russian and info.is_imperative)
        )
        for j in range(len(words))
    ):
        return False
    return _own_request(words, k, household, t) is None


def _framed_beside(words: Words, head: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A task or remind frame before the verb at ``head`` (a task noun is none: "move my
    chore to next week" moves the app's entry; one after it is the deed's own words: "send
    Tom a text reminding him to buy milk", or a request of its own, read apart), or a member
    named before it ("Tom, send grandma the photos" is his)."""
    return any(
        (
            (words.matches(k, t.task_frames) or words.matches(k, t.remind_frames))
            and not words.matches(k, t.task_nouns)
        )
        or household.find_member(words, k) is not None
        for k in range(head)
        if words.infos[k] is not None
    )


def _puts_elsewhere(words: Words, vocabulary: Vocabulary) -> bool:
    """ "add swim practice to the family calendar", "Add to Cart": what goes into a place that
    is no list of the household's (a calendar, a shop's cart) is neither an item nor a task,
    unless a reminder frames it ("remind me to add it to the calendar")."""
    o, t = vocabulary.open_world, vocabulary.triggers
    prepositions = vocabulary.shopping.list_prepositions
    for i in range(len(words)):
        if words.infos[i] is None or not words.matches(i, o.elsewhere):
            continue
        before = range(max(0, i - _DESTINATION_REACH), i)
        if any(words.norms[k] in prepositions for k in before):
            return not any(words.matches(k, t.remind_verbs) for k in range(i))
    return False


_CLOCK_REACH: Final = 4  # "add 5 more minutes", "добавь ещё две минуты к таймеру": the object near


def _sets_the_clock(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "add a timer for the potatoes", "добавь ещё две минуты к таймеру", "add 5 mins": an
    adding verb whose object (a few words on, in its clause, not after "in"/"через": a due)
    is the assistant's timekeeper or a span of clock time asks the assistant, with no list
    named ("add an egg timer to the list") and no buying verb ("купи будильник"). A span
    before a noun names a product ("minute steaks")."""
    o, t = vocabulary.open_world, vocabulary.triggers
    numbers, dues = vocabulary.numbers.words, vocabulary.dates.span_words
    adding: int | None = None  # the adding verb last seen, while its object may follow
    for k, info in enumerate(words.infos):
        if info is None:
            if words.tokens[k].kind == "punct":
                adding = None
            continue
        if words.matches(k, t.shop_verbs):
            return False
        if words.matches(k, t.add_verbs):
            # "напомни мне в 23:00 поставить будильник": the deed reminded of, a task
            adding = None if info.is_infinitive and _after_a_reminder(words, k, t) else k
            continue
        if adding is None:
            continue
        if k - adding > _CLOCK_REACH or words.norms[k] in dues:
            adding = None
            continue
        if not words.matches(k, o.clock_words) or _in_compound(words, k, o):
            continue
        nxt = k + 1
        if nxt < len(words) and words.infos[nxt] is not None:
            norm = words.norms[nxt]
            if not (norm in o.clock_links or norm in numbers or words.matches(nxt, o.clock_words)):
                continue  # "add minute steaks"
        return not _refers_to_list(words, 0, household, o, t)
    return False


def _after_a_reminder(words: Words, k: int, t: TriggerWords) -> bool:
    """A remind verb stands before ``k`` in its sentence part (no mark between): "напомни
    мне в 23:00 поставить …"."""
    for m in range(k - 1, -1, -1):
        if words.infos[m] is None:
            if words.tokens[m].kind == "punct" and (
                words.norms[m] != ":" or (m > 0 and words.tokens[m - 1].kind == "number")
            ):
                return False  # "напомни в 23:00: поставить …": the title would take in "00:"
            continue
        if words.matches(m, t.remind_verbs):
            return True
    return False


def _notes_a_contact(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "запиши телефон сантехника", "save the plumber's number", "write down Gran's new
    address": a contact detail noted for the assistant to keep, no product ("купи телефон")."""
    head = _head_verb(words, t)
    if head is None or not words.matches(head, o.note_verbs):
        return False
    for k in range(head + 1, min(len(words), head + 1 + _CONTACT_REACH)):
        info = words.infos[k]
        if info is None:
            return False  # "запиши: зарядка для телефона" lists a product
        if words.matches(k, o.contact_words):
            return True
        if info.is_russian:
            return False  # a Russian object stands first: "запиши Пете купить телефон"
    return False


_SEARCH_REACH: Final = 3  # "найди в интернете", "look it up online", "search on YouTube"


def _searches_the_web(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """A search verb asked (an imperative or an infinitive; English by its base form) with a
    web word at most three words on ("найди в интернете, как сделать …", "поищи в гугле",
    "look it up online", "search YouTube for …"), and no request of the user's own after it
    ("найди рецепт в интернете и купи продукты" adds them)."""
    for k in range(len(words)):
        if not words.matches(k, o.web_words):
            continue
        for i in range(k - 1, max(-1, k - 1 - _SEARCH_REACH), -1):
            info = words.infos[i]
            if info is None:
                break  # a mark: the web is said in another clause
            if not words.matches(i, o.search_verbs):
                continue
            if info.is_russian and not (info.is_imperative or info.is_infinitive):
                break  # "я нашла в интернете рецепт": told
            return _own_request(words, k, household, t) is None
    return False


def _channel_in_clause(words: Words, head: int, channels: frozenset[str]) -> bool:
    """A channel after ``head`` in its clause, before a clause's mark ("book the vet online";
    "book the physio, the app is down" books no channel)."""
    for k in range(head + 1, len(words)):
        if words.tokens[k].kind == _PUNCT and words.norms[k] in _CLAUSE_MARKS:
            return False
        if words.matches(k, channels):
            return True
    return False


def _asks_the_assistant(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    framed = t.task_frames
    if words.classes0 & ASSISTANT_VERBS:
        head = _assistant_head(words, household, o, t)
        # "show me the recipe … and add bananas to the list": a request of its own after it
        if (
            head is not None
            and not _asked_before_it(words, head, t)
            and (
                (start := _own_request(words, head, household, t)) is None
                or _text_worked_on(words, head, start, o)
            )
        ):
            return True
    if words.classes4 & SUMMON_VERBS and _summons(words, household, o, t):
        return True
    if words.classes4 & BOOKING_VERBS:
        head = _head_verb(words, t)
        if head is not None and words.matches(head, o.booking_verbs):
            if _channel_in_clause(words, head, o.booking_channels) or _channel_in_clause(
                words, head, o.order_channels
            ):
                # "book a vet appointment online", "book a cleaner through the app",
                # "забронируй столик онлайн", "schedule a walmart pickup": the assistant asked to book it online itself,
                # whoever it is for; a request of its own or a remind frame keeps the reading
                return _own_request(words, head, household, t) is None and not any(
                    words.matches(k, t.remind_frames) for k in range(len(words))
                )
            if _booked_for_the_speaker(words, head, household, o, t) or _books_a_ride(
                words, head, household, o, t
            ):
                return True
            # "book a conference room", "забронируй столик": the assistant's to book; "book a
            # dentist appointment for Jack" names who it is for (a member's errand)
            # ("book Dad's eye test", "book the boiler service": a household's errand)
            return not any(
                words.matches(k, framed)
                or words.matches(k, o.booked_errands)
                or household.find_member(words, k) is not None
                for k in range(len(words))
                if words.infos[k] is not None
            )
    if words.classes4 & LOOKUP_VERBS and _looks_up_online(words, household, o, t):
        return True
    if words.classes4 & CONTACT_WORDS and _notes_a_contact(words, o, t):
        return True
    if words.classes4 & SERVICES and _service_ordered(words, o, t):
        # "закажи такси", "order an uber"; "remind Tom to call a cab" is his task
        return not any(words.matches(k, t.remind_frames) for k in range(len(words)))
    if not words.classes0 & ASSISTANT_WORDS:
        return False
    i = _assistant_word(words, household, o, t)
    return (
        i is not None
        and _own_request(words, i, household, t) is None
        and not _asked_before_it(words, i, t)
    )


def _service_ordered(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A service word (``OpenWorldWords.services``) stands as the service: Russian, or an
    English one not right before an English noun it modifies ("order an uber to the
    airport", "book a hotel room", "закажи такси эконом"); "Lucy scrub the hotel pans" names
    a thing of the house (any English word after it but a function word, a determiner, a
    joiner, a trigger, a word of time or courtesy or one of ``service_followers`` is its
    noun)."""
    norms, infos = words.norms, words.infos
    for k, info in enumerate(infos):
        if info is None or not words.matches(k, o.services):
            continue
        nxt = k + 1
        after = infos[nxt] if nxt < len(words) else None
        if (
            info.is_russian
            or after is None
            or after.is_russian
            or not norms[nxt].isalpha()
            or norms[nxt] in o.service_followers
            or norms[nxt] in o.services
            or norms[nxt] in t.function_words
            or norms[nxt] in t.to_markers
            or norms[nxt] in t.transparent
            or norms[nxt] in t.adverbial_openers
            or norms[nxt] in t.time_words
            or norms[nxt] in t.noun_determiners
            or norms[nxt] in t.joiners
            or norms[nxt] in t.candidate_spellings
        ):
            return True
    return False


def _looks_up_online(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "проверь свободные окна у стоматолога на Госуслугах", "check the vet's free slots
    online": a verb of looking up heading the command (``TriggerWords.lookup_verbs``) with
    an online channel after it in its clause (``booking_channels``) asks the assistant to
    look there itself, unless a frame, a member named before it or a request of its own
    beside it makes it a household's errand ("напомни проверить запись на Госуслугах",
    "проверь приложение и купи, что нужно"); "проверь масло в машине" names no channel."""
    head = _head_verb(words, t)
    if head is None or not words.matches(head, t.lookup_verbs):
        return False
    obj = words.next_words[head]
    while obj is not None and words.norms[obj] in t.noun_determiners:
        obj = words.next_words[obj]
    # "проверь приложение банка", "check the app": the channel is what is checked
    return (
        obj is not None
        and not words.matches(obj, o.booking_channels)
        and _channel_in_clause(words, head, o.booking_channels)
        and _unframed_errand(words, head, household, t)
    )


def _asked_before_it(words: Words, i: int, t: TriggerWords) -> bool:
    """The text opens with a request (its first word one of ``request_openers``: "put olive
    oil on the list, I want to try a new recipe tonight") and a clause mark stands before
    the assistant's word at ``i``: the request is said first, the rest beside it."""
    first = words.first_word
    if first is None or first >= i or not words.matches(first, t.request_openers):
        return False
    return any(words.norms[k] in _CLAUSE_MARKS for k in range(first + 1, i))


def _booked_for_the_speaker(
    words: Words, head: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "Book me in at the hairdresser's for Friday", "book us a GP appointment": the speaker
    right after the booking verb (``OpenWorldWords.booked_speakers``) asks the assistant to
    book for them, whatever is booked, when no frame stands anywhere ("remind me to book …",
    "book me a dentist slot, task for me"), no member is named and no request of its own
    follows."""
    obj = words.next_words[head]
    if obj is None or words.norms[obj] not in o.booked_speakers:
        return False
    return _unframed_errand(words, head, household, t)


def _books_a_ride(
    words: Words, head: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "Book a Grab to Changi, 6am", "book a bolt home": a ride service that is also a common
    word (``OpenWorldWords.booked_rides``) as the booking verb's object, past an article,
    asks the assistant to book the ride, unless a frame, a member named before it or a
    request of its own keeps a household's reading."""
    obj = words.next_words[head]
    while obj is not None and words.norms[obj] in t.noun_determiners:
        obj = words.next_words[obj]
    if obj is None or words.norms[obj] not in o.booked_rides:
        return False
    # the ride is no frame of its own ("grab" frames an errand elsewhere: "grab Lucy …")
    return not any(
        words.matches(k, t.task_frames)
        or words.matches(k, t.remind_frames)
        or (k < head and household.find_member(words, k) is not None)
        for k in range(len(words))
        if words.infos[k] is not None and k not in {head, obj}
    ) and (_own_request(words, obj, household, t) is None)


def _unframed_errand(words: Words, head: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """No task or remind frame besides the verb at ``head`` ("add" and "записать" frame a
    request themselves), no member named before it and no request of its own after it."""
    if any(
        words.matches(k, t.task_frames)
        or words.matches(k, t.remind_frames)
        or (k < head and household.find_member(words, k) is not None)
        for k in range(len(words))
        if words.infos[k] is not None and k != head
    ):
        return False
    return _own_request(words, head, household, t) is None


def _enrols(words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "запиши меня к парикмахеру", "Позвони в поликлинику, запиши меня к кардиологу",
    "запиши Машу к врачу онлайн через госуслуги": an enrolling verb's imperative
    (``OpenWorldWords.enrol_verbs``), its person object, then an appointment link
    (``appointment_links``: "к врачу") books an appointment; for the speaker
    (``booked_speakers``: "меня", "нас") or through a channel in its clause
    (``booking_channels``: "онлайн", "через сайт") it is the assistant's to book, which the
    platform does not serve. Anyone else's without a channel stays a household's errand
    ("запиши Рекса к грумеру на пятницу"); a task or remind frame ("нужно записать Машу к
    стоматологу", "напомни записать меня к врачу"), a member named before the verb
    ("Дима, запиши меня к врачу") or a request of its own after it keeps the reading; "запиши
    молоко к ужину" has no person. The infinitive after a polite opener asks the same ("ты
    можешь записать меня на маникюр?"), and "на" books before a service
    (``appointment_services``: "запиши меня на маникюр"; not "на завтра", "на дежурство")."""
    for k, info in enumerate(words.infos):
        if info is None or not info.is_russian or not words.matches(k, o.enrol_verbs):
            continue
        if not (info.is_imperative or (info.is_infinitive and _asked_politely(words, k, o))):
            continue
        obj = words.next_words[k]
        link = None if obj is None else words.next_words[obj]
        if obj is None or link is None or not _books_at(words, link, o):
            continue
        speaker = words.norms[obj] in o.booked_speakers
        if not (
            speaker
            or household.find_member(words, obj) is not None
            or words.matches(obj, t.people)
            or words.is_capitalised(obj)  # a name: "запиши Машу к врачу онлайн"
        ):
            continue
        if (speaker or _channel_in_clause(words, k, o.booking_channels)) and _unframed_errand(
            words, k, household, t
        ):
            return True
    return False


def _news_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A phrase of news opens the text (``OpenWorldWords.news_openers``: "FYI", "just so you
    know", "к сведению"), a deed is told after it (``_deed_told``: "FYI Masha is cleaning
    the bathroom tomorrow and Tom is buying eggs", "к сведению: Петя покупает хлеб") and
    nothing is asked: no imperative, infinitive or modal, no need, remind, let, list or
    courtesy word, no list named, no English request verb opening its clause: news, no task
    and no item. "FYI, buy milk", "heads up, we're out of milk", "fyi Tom must fix the
    gate", "FYI remind Tom to …", "к сведению: купить молоко", "fyi costco: milk, eggs" ask
    as before."""
    first = words.first_word
    if first is None:
        return False
    norms, o, t = words.norms, v.open_world, v.triggers
    end = next(
        (
            first + len(p)
            for p in o.news_openers
            if p[0] == norms[first] and tuple(norms[first : first + len(p)]) == p
        ),
        None,
    )
    if end is None:
        return False  # (most commands)
    told = False
    for k in range(end, len(words)):
        info = words.infos[k]
        if info is None:
            continue
        norm = norms[k]
        if (
            norm in t.let_words
            or norm in t.modals
            or norm in o.tag_assents
            or words.matches(k, t.need_words)
            or words.matches(k, t.remind_frames)
            or words.matches(k, t.list_words)
            or (info.is_russian and (info.is_imperative or info.is_infinitive))
        ):
            return False
        told = told or _deed_told(words, k, o, t)
    return (
        told
        and not household.find_lists(words)
        and not asks_outside(words, 0, end, household, v, said_only=True)
    )


def _deed_told(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The word at ``k`` tells a deed: a Russian verb neither asked of the one spoken to nor
    the speaker's ("покупает", "купил"), an English word with a progressive ending after a
    link ("is buying", "Tom's buying")."""
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return info.pos == "VERB" and not (info.is_asked_future or info.is_first_person)
    if k == 0 or not words.norms[k].endswith(o.progressive_endings):
        return False
    before = words.norms[k - 1]
    return before in t.progressive_links or before.endswith(o.link_endings)


def _asked_politely(words: Words, k: int, o: OpenWorldWords) -> bool:
    """A polite opener (``OpenWorldWords.polite_openers``: "можешь", "не могли бы") among the
    two words before ``k``: the infinitive there is asked ("ты можешь записать меня …")."""
    return any(words.norms[j] in o.polite_openers for j in range(max(0, k - 2), k))


def _books_at(words: Words, link: int, o: OpenWorldWords) -> bool:
    """The word at ``link`` links an appointment: "к" ("к врачу"), or "на" before a service
    ("на маникюр", "на приём"; ``service_links``, ``appointment_services``)."""
    if words.norms[link] in o.appointment_links:
        return True
    nxt = words.next_words[link]
    return (
        words.norms[link] in o.service_links
        and nxt is not None
        and words.matches(nxt, o.appointment_services)
    )


def _changes_the_app(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "добавь зону игровая", "add a new zone called gaming room", "добавь тёмную тему",
    "добавь реакцию 👍 к сообщению Тома", "make Tom an admin", "сделай Петю админом": an adding
    or making verb (``OpenWorldWords.feature_verbs``; a Russian one an imperative) whose
    object is something of the app (``app_features``, after at most ``feature_fillers`` and
    adjectives), or who makes someone (a member, a pronoun) one of ``app_roles``, asks to
    change the app itself: no product, no chore. A frame ("напомни добавить зону в
    приложении") keeps the reading; "добавь в зону отдыха плед" puts a place first, no
    feature."""
    for k, info in enumerate(words.infos):
        if info is None or not words.matches(k, o.feature_verbs):
            continue
        if info.is_russian and not info.is_imperative:
            continue
        if not info.is_russian and info.is_past:
            continue
        j = words.next_words[k]
        if j is not None and (
            household.find_member(words, j) is not None or words.norms[j] in o.booked_speakers
        ):
            role = words.next_words[j]  # "make Tom an admin", "promote Tom to admin"
            while role is not None and (
                words.norms[role] in o.feature_fillers or words.norms[role] in t.to_markers
            ):
                role = words.next_words[role]
            if role is not None and words.matches(role, o.app_roles):
                return _unframed_errand(words, k, household, t)
        while j is not None and (words.norms[j] in o.feature_fillers or _adjective_at(words, j)):
            j = words.next_words[j]
        if (
            j is not None
            and words.matches(j, o.app_features)
            and _heads_its_phrase(words, j, o, t)
            and (words.matches(k, t.add_verbs) or not _for_an_occasion(words, j, o))
        ):
            return _unframed_errand(words, k, household, t)
    return False


def _for_an_occasion(words: Words, j: int, o: OpenWorldWords) -> bool:
    """An occasion (``OpenWorldWords.feature_occasions``) after the feature at ``j`` in its
    clause: "set a theme for Lucy's party" is the party's, an errand (asked of a verb that is
    no adding verb: "add a theme for the party" still asks)."""
    for k in range(j + 1, len(words)):
        if words.tokens[k].kind == _PUNCT and words.norms[k] in _CLAUSE_MARKS:
            return False
        if words.matches(k, o.feature_occasions):
            return True
    return False


def _heads_its_phrase(words: Words, j: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """The English feature at ``j`` ends its noun phrase: last, before a mark, a Russian
    word, a function word, a courtesy or one of ``feature_namers`` ("add a new zone called gaming room", "add a zone for
    the shed"); before another noun it only qualifies it ("add theme party decorations",
    "add emoji stickers for Lucy" buy products). A Russian feature is its phrase's head."""
    info = words.infos[j]
    if info is not None and info.is_russian:
        return True
    nxt = words.next_words[j]
    after = None if nxt is None else words.infos[nxt]
    return (
        nxt is None
        or _clause_ends_before(words, j, nxt)
        or (after is not None and after.is_russian)  # "skin на awp": the language switches
        or words.norms[nxt] in t.function_words
        or words.norms[nxt] in t.transparent  # "add a light theme please"
        or words.norms[nxt] in o.feature_namers
    )


def _adjective_at(words: Words, k: int) -> bool:
    info = words.infos[k]
    return info is not None and info.is_russian and info.pos == _ADJECTIVE


_SHOWN_WITHIN: Final = 4  # the showing verb stands among the first words, past one called


def _shows_something(words: Words, vocabulary: Vocabulary) -> bool:
    """A verb that shows or sets a riddle among the first words, past one called and its
    mark ("Петя, посмотри, что Маша нарисовала", "милый, угадай, что у меня в руке", "Tom,
    guess what"), then a question word (past a mark) and no buying, adding or remind
    verb anywhere: attention asked, no chore and nothing to buy (the caller tests the words
    first: most commands hold none of ``OpenWorldWords.showing_verbs``)."""
    o, t = vocabulary.open_world, vocabulary.triggers
    said = words.vocabulary
    if not said.isdisjoint(t.shop_verbs) or not said.isdisjoint(t.remind_verbs):
        return False  # "Петя, посмотри, что в холодильнике, и купи, чего нет"
    for k in range(min(len(words), _SHOWN_WITHIN + 1)):
        if words.norms[k] not in o.showing_verbs:
            continue
        if any((info := words.infos[j]) is not None and info.pos in _VERB_FORMS for j in range(k)):
            return False  # a verb before it: "я купила, посмотри, что …" is another reading
        nxt = words.next_words[k]
        return (
            nxt is not None
            and words.norms[nxt] in o.showing_links
            and not any(
                (info := words.infos[j]) is not None and info.is_imperative
                for j in range(nxt + 1, len(words))
            )  # "Маша, посмотри, как Петя убрал, и сделай так же": that deed is asked
        )
    return False


def _wants_to_know(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "Emma wanted to know if we need anything from costco", "need to know if the store is
    open on sunday", "grandma wants to know how to add things", "Маша хочет знать, когда
    ужин", "кто-нибудь знает, где купить сменку": a wish or a need
    (``OpenWorldWords.knowing_wishes``), its link where the language has one
    (``knowing_links``), or an indefinite asker (``knowing_askers``), and a verb of knowing
    (``knowing_verbs``), then "if"/"whether"
    (``indirect_openers``), a question word, or a word and "ли": a question reported or put,
    which the platform does not serve; not after a request ("buy milk, Emma wants to know if
    …" buys it) nor before a request of its own ("… if not, add some")."""
    for k in range(1, len(words)):
        if words.infos[k] is None or not words.matches(k, o.knowing_verbs):
            continue
        wish = _previous_word(words, k)
        if wish is not None and words.norms[wish] in o.knowing_links:
            wish = _previous_word(words, wish)
        if wish is None or not (
            words.norms[wish] in o.knowing_wishes or words.norms[wish] in o.knowing_askers
        ):
            continue
        nxt = words.next_words[k]
        if nxt is None:
            continue
        after = words.next_words[nxt]
        if not (
            words.norms[nxt] in o.indirect_openers
            or words.norms[nxt] in t.question_words
            or (after is not None and words.norms[after] in o.question_particles)
        ):
            continue
        if any(
            (info.is_russian and info.is_imperative)
            or words.matches(j, t.shop_verbs)
            or words.matches(j, t.request_words)
            for j, info in enumerate(words.infos[:wish])
            if info is not None
        ):
            return False
        # a request inside the question itself ("…, нужно ли купить хлеб") is what is asked
        start = _own_request(words, k, household, t)
        return start is None or not _clause_ends_before(words, nxt, start)
    return False


_MEASURE_REACH: Final = 3  # "запиши вес 6.8 кг", "log Jack's temperature at 38.5": the number near


def _logs_a_measurement(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "запиши вес 6.8 кг", "log my weight 71.5 kg", "запиши Маше температуру 37.8": a
    verb of logging (``OpenWorldWords.log_verbs``; a Russian one an imperative), a measured
    quantity right after it past a possessive or a member at most (``measure_owners``,
    ``measured_quantities``), and a number a few words on: a measurement logged, which the
    platform does not keep; a frame ("напомни записать вес"), a member called before the
    verb or a request of its own keeps the reading, and a product after the verb is an item
    ("запиши сахар 2 кг"). A note's heading opening the text stands for the verb
    (``log_headings``: "заметка: показания счётчика воды 01245"); ``log_fillers`` may
    follow the verb and one word may qualify the quantity ("note to self: tire pressure 2.2
    bar")."""
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if words.matches(k, o.log_verbs):
            if info.is_russian and not info.is_imperative:
                continue
        elif not (k == words.first_word and words.matches(k, o.log_headings)):
            continue
        j = words.next_words[k]
        while j is not None and words.norms[j] in o.log_fillers:
            j = words.next_words[j]  # "note to self: …"
        if j is not None and (
            words.norms[j] in o.measure_owners or household.find_member(words, j) is not None
        ):
            j = words.next_words[j]
        if j is not None and not words.matches(j, o.measured_quantities):
            # one word that says whose or what quantity it is: "tire pressure", "blood sugar"
            nxt = words.next_words[j]
            info_j = words.infos[j]
            if info_j is not None and info_j.pos not in _VERB_POS_TAGS and nxt is not None:
                j = nxt
        if j is None or not words.matches(j, o.measured_quantities):
            continue
        if any(
            words.tokens[n].kind == _NUMBER_KIND
            for n in range(j + 1, min(len(words), j + 1 + _MEASURE_REACH))
        ):
            return _unframed_errand(words, k, household, t)
    return False


_NUMBER_KIND: Final = "number"
_VERB_POS_TAGS = frozenset({"VERB", "INFN"})


def _previous_word(words: Words, k: int) -> int | None:
    """The index of the word token before ``k``, none past a mark."""
    j = k - 1
    while j >= 0 and words.infos[j] is None:
        if words.tokens[j].kind == _PUNCT:
            return None
        j -= 1
    return j if j >= 0 else None


def _summons(words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "вызови мастера по газу", "Вызови скорую, деду плохо": a summoning verb's imperative
    heading the command (``summon_verbs``) asks the assistant to call someone, when no member
    is named before it ("Дима, вызови сантехника" is his), no frame stands anywhere ("напомни
    … вызвать") and no request of its own follows; "завтра вызвать электрика" is an errand."""
    head = _head_verb(words, t)
    info = None if head is None else words.infos[head]
    if head is None or info is None or not info.is_imperative:
        return False
    if not words.matches(head, o.summon_verbs):
        return False
    if any(
        words.matches(k, t.task_frames) or household.find_member(words, k) is not None
        for k in range(len(words))
        if words.infos[k] is not None and k != head
    ):
        return False
    return _own_request(words, head, household, t) is None


_COLON: Final = ":"
_QUOTES_OPENING = frozenset("«“„\"'")
_QUOTES_CLOSING = frozenset("»”\"'")


def _text_worked_on(words: Words, head: int, start: int, o: OpenWorldWords) -> bool:
    """The verb at ``head`` works on text (``OpenWorldWords.text_verbs``: "переведи",
    "перефразируй", "translate") and the request at ``start`` is that text: after a colon or
    inside quotes opened after the verb, in the same sentence ("переведи на английский: купи
    хлеб", "translate into French: 'buy bread'"). A request after the quote closes, or in a
    sentence of its own, is one of its own ("переведи слово «прищепки», и добавь их …")."""
    if not words.matches(head, o.text_verbs):
        return False
    norms, tokens = words.norms, words.tokens
    colon = quoted = False
    for k in range(head + 1, start):
        if tokens[k].kind != "punct":
            continue
        mark = norms[k]
        if mark in _SENTENCE_ENDS or words.starts_a_line(k):
            return False
        if quoted and mark in _QUOTES_CLOSING:
            return False  # the quote closed before the request
        if mark in _QUOTES_OPENING:
            quoted = True
        colon = colon or mark == _COLON
    return colon or quoted


def _quote_close(words: Words, at: int) -> int | None:
    """None when the word at ``at`` stands outside every quote; else the index of the mark
    that closes the quote it stands in, or -1 when the quote is never closed."""
    tokens, norms = words.tokens, words.norms
    opened = False
    for k in range(at):
        if tokens[k].kind != "punct":
            continue
        if opened and norms[k] in _QUOTES_CLOSING:
            opened = False
        elif norms[k] in _QUOTES_OPENING:
            opened = True
    if not opened:
        return None
    return next(
        (
            k
            for k in range(at + 1, len(words))
            if tokens[k].kind == "punct" and norms[k] in _QUOTES_CLOSING
        ),
        -1,
    )


def _asks_a_sum(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """ "can you add up how much we spent", "add these up for me", "tot up the receipts": a
    verb of summing, then its particle right after it or past one or two pronoun objects
    ("add it all up"), and not "to" after the particle ("that adds up to …" amounts to it);
    no request of the household's own after it ("add it up and put milk on the list")."""
    norms = words.norms
    for i in range(len(words)):
        if norms[i] not in o.sum_verbs:
            continue
        k = words.next_words[i]
        for _ in range(2):
            if k is None or norms[k] not in o.sum_objects:
                break
            k = words.next_words[k]
        if k is None or norms[k] not in o.sum_particles:
            continue
        after = words.next_words[k]
        if after is not None and norms[after] in t.to_markers:
            continue
        return _own_request(words, k, household, t) is None
    return False


def _assistant_head(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> int | None:
    """The command's head verb when it asks the assistant ("позвони маме", "call Tom's cell");
    not "напомни Анне позвонить врачу" (a frame) nor "Ивану позвонить маме" (a member named as
    the doer)."""
    head = _head_verb(words, t)
    if head is None or not words.matches(head, o.assistant_verbs):
        return None
    if any(
        words.matches(k, t.task_frames) or household.find_member(words, k) is not None
        for k in range(head)
        if words.infos[k] is not None
    ):
        return None
    return head


def _assistant_word(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> int | None:
    """The first word of ``o.assistant_words`` asked of the assistant ("tell me a joke", "set
    a timer"), or None when the first one is a member's to do, framed as a request or a thing
    of the home."""
    framed = t.task_frames
    for i in range(len(words)):
        if (
            words.matches(i, o.assistant_words)
            and not _in_compound(words, i, o)
            and not _joke_aside(words, i, o)
        ):
            if _asked_of_member(words, i, household, o):
                return None  # "Tom, would you email the school": Tom's to send
            # "Маше выучить стихотворение": a member named before the verb does something with
            # it ("tell Lucy a story" asks the assistant)
            head = _head_verb(words, t)
            doer = range(min(i, head)) if head is not None else range(i)
            if any(words.matches(k, framed) for k in range(i)) or any(
                household.find_member(words, k) is not None for k in doer
            ):
                return None
            return i
    return None


def _joke_aside(words: Words, i: int, o: OpenWorldWords) -> bool:
    """The word at ``i`` is a joke marker (``OpenWorldWords.joke_words``) said alone between
    marks or at the start before one ("…. шутка)) купи сметану"): it takes back what came
    before it, and asks the assistant for no joke ("расскажи шутку" does)."""
    tokens = words.tokens
    return (
        words.norms[i] in o.joke_words
        and (i == 0 or tokens[i - 1].kind == _PUNCT)
        and i + 1 < len(words)
        and tokens[i + 1].kind == _PUNCT
    )


def _without(words: Words, start: int, end: int, t: TriggerWords) -> str:
    """The text without the words ``start``..``end``: with the marks and joiners before them
    where they close it, else with those after them."""
    tokens, text = words.tokens, words.text
    if end >= len(words):
        while start > 0 and (words.is_punct(start - 1) or words.norms[start - 1] in t.joiners):
            start -= 1
        return text[: tokens[start].start] if start > 0 else ""
    while end < len(words) and (words.is_punct(end) or words.norms[end] in t.joiners):
        end += 1
    if end >= len(words):
        return text[: tokens[start].start]
    return text[: tokens[start].start] + text[tokens[end].start :]


def _served_beside_deed(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> str | None:
    """A deed of the assistant's (``_assistant_deeds``) beside a request in a conjunct of its
    own: the request alone ("send Tom the list and buy eggs" buys eggs, "buy eggs and send
    tom the list", "купи молоко и скинь Тому номер сантехника", "купи молоко, проверь" too; a
    remind frame or a member called before the later deed may govern it); None when there is
    none."""
    t = vocabulary.triggers
    head = _addressed_head(words, vocabulary.open_world, t)
    if (
        head is not None
        and assistant_deed_at(words, head, vocabulary)
        and not _framed_beside(words, head, household, t)
    ):
        k = _own_request(words, head, household, t)
        return None if k is None else words.text[words.tokens[k].start :]
    closing = closing_look(words, vocabulary.open_world)
    for i in range(1, len(words)):
        info = words.infos[i]
        if (
            info is None
            or not (words.is_punct(i - 1) or words.norms[i - 1] in t.joiners)
            or (info.is_russian and not info.is_imperative)
            # "купи молоко, проверь": a closing verb of showing or checking beside it
            or (i != closing and not assistant_deed_at(words, i, vocabulary))
            # "remind me to buy eggs and send Tom the list", "Маша, вынеси мусор и скинь мне
            # фотку": the frame or the member called may govern both
            or any(
                words.matches(k, t.remind_frames) or household.find_member(words, k) is not None
                for k in range(i)
                if words.infos[k]
            )
            # a request said before it ("Маша, напиши сочинение" calls a member, no more)
            or not any(
                (info_k := words.infos[k]) is not None
                and (
                    (info_k.is_russian and info_k.is_imperative)
                    or words.matches(k, t.buy_or_add_verbs)
                )
                for k in range(i)
            )
        ):
            continue
        before = _without(words, i, len(words), t)
        return before if before.strip() else None
    return None


def served_part(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary, said: Remark | None
) -> str | None:
    """Of a command ``unserved`` let through, the part that asks for something, when a part
    the platform does not serve stands beside it in a sentence or clause of its own: a
    request, then a question ("купи хлеба. кстати, а сметана у нас ещё есть?"); a request to
    the assistant, then one of the household's ("set a timer for eight minutes, put avocados
    on the list …"). None: the whole command is read. ``said`` is the text's ``remark``, read
    once for ``unserved`` and this."""
    text = words.text
    if (
        words.classes1 & REMIND_VERBS
        and words.classes0 & RECALLED_THINGS
        and (k := _request_after_recall(words, household, vocabulary)) is not None
    ):
        return text[words.tokens[k].start :]  # "remind me the recipe and add flour"
    if (
        words.classes0 & LIST_VERBS
        and (k := _request_after_edit(words, household, vocabulary)) is not None
    ):
        # "вычеркни молоко, уже купили, а вместо него запиши ряженку": the request alone
        return text[words.tokens[k].start :]
    if words.classes3 & DEITIES and (k := _request_after_prayer(words, vocabulary)) is not None:
        # "Господи, помоги Пете сдать экзамен, и купи хлеба": the prayer asks the household
        # nothing, the request after it stands
        return text[words.tokens[k].start :]
    o, t = vocabulary.open_world, vocabulary.triggers
    if said is not None and said.cut:
        # "Tom, buy your own beer and get milk", "please buy nappies, any day now", "thank
        # you for adding milk, we're out of eggs": the request without the remark
        return _without(words, said.start, said.end, t)
    if words.classes3 & JOKE_WORDS and (k := _request_after_joke(words, vocabulary)) is not None:
        # "купи хлеб, шутка, купи молоко", "add eggs jk add milk": the joke takes back what
        # came before it, the request after it stands
        return text[words.tokens[k].start :]
    if (k := _noted_clause(words, vocabulary)) is not None:
        # "write down that Lucy cleaned her room", "make a note that we need eggs": what is
        # noted, read alone
        return text[words.tokens[k].start :]
    if words.classes3 & NOTE_VERBS and (k := _request_after_note(words, vocabulary)) is not None:
        # "запиши, что Маша убрала комнату, а Петя пусть вынесет мусор": the request alone
        return text[words.tokens[k].start :]
    if (
        words.classes3 & COURTESY_VERBS
        and (courteous := courtesy_cut(words, household, vocabulary)) is not None
    ):
        # "would you mind grabbing cat food?": the deed asked, read as its imperative
        return courteous
    # "send Tom the list and buy eggs": the request beside a deed of the assistant's
    if words.classes4 & ASSISTANT_DEEDS and (
        (part := _served_beside_deed(words, household, vocabulary)) is not None
    ):
        return part
    ends_asking = text.rstrip().endswith(_QUESTION_MARK)
    if not ends_asking and not words.classes0 & _UNSERVED_PARTS:
        return None  # most commands: no question, nothing asked of the assistant
    if ends_asking:
        cut = question_after_request(words, o, t)
        if cut is not None:
            return text[:cut]
        run = tag_cut(words, household, vocabulary)
        if run is not None:
            return text[: words.tokens[run].start]  # "купи хлеб, лады?": the tag no item
    elif _QUESTION_MARK in text:
        # "что у нас на ужин?\nДиме нужно забрать …", "кто сегодня дежурит? и напомни Маше …":
        # a question, then a request in a sentence of its own (``_is_question``'s test, from
        # the last mark back): the request alone, its due and its doer its own; not one that
        # names nothing but what the question did ("'can you add lentils?' — ага, добавь",
        # "…? add them")
        for mark in range(len(words) - 1, -1, -1):
            if words.tokens[mark].norm != _QUESTION_MARK:
                continue
            k = _request_after_question(words, mark, household, o, t)
            if k is None:
                continue
            referring = vocabulary.shopping.referring_pronouns
            if any(
                words.infos[j] is not None and words.norms[j] not in referring
                for j in range(k + 1, len(words))
            ):
                return text[words.tokens[k].start :]
            break
    else:
        first = words.first_word
        if (
            first is not None
            and words.classes0 & QUESTION_STARTS  # (``_opens_a_question``'s own first test)
            and words.norms[first] not in o.time_openers  # "when you're at Costco, grab rice"
            and _opens_a_question(words, household, vocabulary)
        ):
            # "какая погода завтра, и напомни Пете взять зонт": the request alone
            k = _question_start(words, first, o, t, household)
            if k is not None:
                return text[words.tokens[k].start :]
    asked: int | None = None  # the word asking the assistant
    if words.classes0 & ASSISTANT_VERBS:
        asked = _assistant_head(words, household, o, t)
    if asked is None and words.classes0 & ASSISTANT_WORDS:
        asked = _assistant_word(words, household, o, t)
    if asked is not None:
        k = _own_request(words, asked, household, t)
        if k is not None:
            after = words.next_words[asked]
            if words.matches(asked, o.route_verbs) and after is not None:
                # "navigate to Costco and buy milk": the route's end names the list
                return text[words.tokens[after].start :]
            return text[words.tokens[k].start :]
    return None


def _asked_of_member(words: Words, i: int, household: HouseholdIndex, o: OpenWorldWords) -> bool:
    """A member called first, then (past courtesies and a modal) the word at ``i`` as the verb
    asked of them: "Tom, email the school", "Lucy, could you message the landlord"."""
    first = words.first_word
    if first is None or not _addressed(words, first) or household.find_member(words, first) is None:
        return False
    return all(
        words.norms[k] in o.asking_fillers or words.infos[k] is None for k in range(first + 2, i)
    )


def _in_compound(words: Words, i: int, o: OpenWorldWords) -> bool:
    """The assistant's word at ``i`` names a thing of the home with the word beside it ("change
    the smoke alarm battery", "buy an egg timer", "кухонный таймер")."""
    before = i - 1
    after = words.next_words[i]
    return (before >= 0 and words.matches(before, o.assistant_compounds)) or (
        after == i + 1 and words.matches(after, o.assistant_compounds)
    )


def _member_next(words: Words, k: int, household: HouseholdIndex | None) -> bool:
    """The word after ``k`` names a member, or a person by a capitalised first name (one who
    may be no member: "… и напомни Ване почистить зубы" then asks who Ваня is)."""
    nxt = words.next_words[k]
    if nxt is None or household is None:
        return False
    if household.find_member(words, nxt) is not None:
        return True
    info = words.infos[nxt]
    return info is not None and info.may_be_name and words.is_capitalised(nxt)


def _own_request(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> int | None:
    """A request of the household's own after the word at ``i``, a joiner with no mark
    opening it too (``_request_start`` with ``joined``; request openers as frames)."""
    return _request_start(words, i, t, frames=t.request_openers, household=household, joined=True)


def _request_after_question(
    words: Words, mark: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> int | None:
    """A request in a sentence of its own after the question ending at ``mark``: a request
    frame or a list verb ("how many grams in a cup? And put flour on the Costco list"), a
    member called before a need or a deed ("какие пробки? Диме надо забрать торт", "…? Tom,
    take out the recycling"), past a connective ("…? either way Lucy needs to …")."""
    return _request_start(
        words,
        mark,
        t,
        marked=True,
        frames=t.request_openers,
        household=household,
        deeds=o.errand_lemmas,
        connectives=o.connective_starts,
    )


def _request_start(
    words: Words,
    i: int,
    t: TriggerWords,
    *,
    marked: bool = False,
    frames: frozenset[str] | None = None,
    household: HouseholdIndex | None = None,
    joined: bool = False,
    deeds: frozenset[str] | None = None,
    connectives: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
) -> int | None:
    """A request of its own after the word at ``i`` ("Алиса, какая завтра погода? И запиши
    купить зонт", "… Forwarded message … ok whatever, remind me tomorrow to …"): a request
    frame opening a later sentence or clause (a mark, then at most a joiner; "… if not buy
    some" opens with no frame), as the first word of its clause past the joiners (the frame,
    or a member called before it), else ``None``. ``marked``: ``i`` ends a sentence itself;
    ``frames``: words that open a request too ("put them on the list"); ``household``: a
    member called may come first ("…? Диме надо забрать торт"). ``joined``: a joiner with no mark opens one too
    when a buying or adding verb follows it ("show me the recipe … and add bananas to the
    list"), or a remind verb and a member ("… and remind Tom to bring the washing in"); "tell
    me a joke and remind me to call mom" is one clause, the assistant's. ``deeds``: after a
    member called, a verb of a deed (these lemmas, or a chore or doer verb) opens one too
    ("…? Tom, take out the recycling"); ``connectives``: phrases the fresh clause may open
    with before its frame or member ("…? either way Lucy needs to …")."""
    tokens, infos = words.tokens, words.infos
    fresh = marked  # a mark, and only joiners since
    start: int | None = None  # a member called first in the fresh clause
    skip = 0  # past a connective phrase
    for k in range(i + 1, len(words)):
        if k < skip:
            continue
        if (
            joined
            and not fresh
            and words.norms[k - 1] in t.joiners
            and infos[k] is not None
            and (
                words.matches(k, t.buy_or_add_verbs)
                or (words.matches(k, t.remind_verbs) and _member_next(words, k, household))
            )
        ):
            return k
        if tokens[k].kind == "punct":
            fresh = fresh or tokens[k].norm in _CLAUSE_MARKS
            continue
        if words.starts_a_line(k):
            fresh = True
        if infos[k] is None:
            fresh = False
            continue
        if fresh and (
            words.matches(k, t.task_frames)
            or (frames is not None and words.matches(k, frames))
            or _frame_said_last(words, k, t, frames)
        ):
            return k if start is None else start
        if fresh and household is not None and household.find_member(words, k) is not None:
            start = k if start is None else start
            continue
        if fresh and start is not None and deeds is not None and _a_deed(words, k, t, deeds):
            return start
        if fresh and start is None and connectives is not None:
            size = _phrase_size(words, k, connectives)
            if size:
                skip = k + size
                continue
        # "…? also please add …": a joiner or a word that stands before a verb keeps it fresh
        fresh = fresh and (words.norms[k] in t.joiners or words.norms[k] in t.transparent)
        start = None
    return None


_OBJECT_FIRST: Final = 3  # "И молоко добавь", "и хлеба чёрного купи": the words of the object


def _frame_said_last(words: Words, k: int, t: TriggerWords, frames: frozenset[str] | None) -> bool:
    """From ``k``, a Russian object said first and the request's frame in the imperative
    closing the sentence ("…? И молоко добавь", "…? хлеба купи."): at most ``_OBJECT_FIRST``
    words of an object (nouns, adjectives, numbers, prepositions), then the frame, then a
    mark or the end; "…?? ну ладно добавь" says no object first."""
    for j in range(k, min(len(words), k + _OBJECT_FIRST + 1)):
        info = words.infos[j]
        if info is None or not info.is_russian:
            return False
        if info.is_imperative and (
            words.matches(j, t.task_frames) or (frames is not None and words.matches(j, frames))
        ):
            nxt = j + 1
            return j > k and (nxt == len(words) or words.norms[nxt] in _CLAUSE_MARKS)
        if info.pos not in _OBJECT_POS:
            return False
    return False


def _a_deed(words: Words, k: int, t: TriggerWords, deeds: frozenset[str]) -> bool:
    norm = words.norms[k]
    return norm in t.chore_verbs or norm in t.doer_verbs or words.matches(k, deeds)


def _phrase_size(words: Words, k: int, starts: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    """The length of the phrase of ``starts`` (each under its first word) at ``k``, or 0."""
    for phrase in starts.get(words.norms[k], ()):
        if words.norms[k : k + len(phrase)] == phrase:
            return len(phrase)
    return 0


_COMMA: Final = ","
_STORY_TOKENS: Final = 40  # a story runs long: most commands are shorter and are not looked at
_STORY_SENTENCES: Final = 3
_STORY_PASTS: Final = 3


def _tells_a_story(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """A story told ("I was forty-one year on the trawlers … he'd make us stovies …", "My Jean
    always said you change the beds on a Monday …"): three sentences or more told in the past
    or the habitual, with no request word, no polite opener, and no sentence opened by a verb
    that asks (an imperative, a chore or buying verb) or by a member called."""
    if not words.vocabulary.isdisjoint(t.request_words) or not words.vocabulary.isdisjoint(
        o.polite_openers
    ):
        return False
    sentences = pasts = 0
    opening = True
    for k, info in enumerate(words.infos):
        if info is None:
            if words.norms[k] in _SENTENCE_ENDS:
                opening = True
            continue
        if opening:
            sentences += 1
            opening = False
            if (
                info.is_imperative
                or words.matches(k, t.chore_verbs)
                or words.matches(k, t.soft_shop_verbs)
                or household.find_member(words, k) is not None
            ):
                return False
        if info.is_past or words.norms[k] in o.story_pasts:
            pasts += 1
    return sentences >= _STORY_SENTENCES and pasts >= _STORY_PASTS


def _addressed(words: Words, first: int) -> bool:
    """The command opens with whom it addresses, then a comma: "Голубушка, …", "Alexa, …"."""
    return first + 1 < len(words) and words.norms[first + 1] == _COMMA


def _asks_to_recall(words: Words, vocabulary: Vocabulary, household: HouseholdIndex) -> bool:
    """ "напомни, как зовут соседку", "remind me what's on the list": a remind verb opening the
    command, the requester at most, then a question word. A word that also opens a clause of
    time or content ("когда", "when", "что") is one only as a recall word asks ("что там")."""
    t, o = vocabulary.triggers, vocabulary.open_world
    first = words.first_word
    if first is not None and not words.matches(first, t.remind_verbs):
        # "Голубушка, напомни, как зовут …", "Будьте любезны, напомните, какое число": an
        # address or a courtesy, then a comma
        k = next(
            (
                k
                for k in range(first + 1, min(len(words), first + _POLITE_WINDOW + 2))
                if words.norms[k - 1] == _COMMA and words.matches(k, t.remind_verbs)
            ),
            None,
        )
        first = k if k is not None else first
    if first is None or not words.matches(first, t.remind_verbs):
        return False
    k = _past_the_requester(words, first, vocabulary)
    thing = _recalled_thing(words, k, vocabulary)
    if thing is not None:
        return _recall_stop(words, thing, vocabulary, household) is None
    if k is not None and words.norms[k] in o.recall_prepositions:
        after = words.next_words[k]  # "напомни, во сколько …": the question word past it
        if after is not None and words.matches(after, o.recall_words):
            k = after
    if k is None or not words.matches(k, o.recall_words):
        return False
    if words.norms[k] not in o.content_words:
        return True
    nxt = words.next_words[k]
    return nxt is not None and words.norms[nxt] in o.recall_deixis


def _recalled_thing(words: Words, k: int | None, vocabulary: Vocabulary) -> int | None:
    """What is remembered from ``k`` on, past a determiner and one English word ("the wifi
    password", "рецепт"), or None."""
    o, t = vocabulary.open_world, vocabulary.triggers
    while k is not None and words.norms[k] in t.noun_determiners:
        k = words.next_words[k]
    if k is None:
        return None
    if words.has_lemma(k, o.recalled_things):
        return k
    info, nxt = words.infos[k], words.next_words[k]
    if info is None or info.is_russian or nxt is None:
        return None
    return nxt if words.has_lemma(nxt, o.recalled_things) else None


def _reminded(info: WordInfo) -> bool:
    """A member's name so read is the one reminded: any English one ("… to Tom"), a Russian
    one in the dative ("… Маше"; "номер машины Димы" is whose)."""
    return not info.is_russian or info.noun_case == _DATIVE


def _past_the_requester(words: Words, verb: int, vocabulary: Vocabulary) -> int | None:
    """The word after the remind verb at ``verb``, past the requester ("me", "мне") and
    courtesies ("напомни пж пароль", "remind me please the wifi password")."""
    courtesies, self_words = vocabulary.corridor.courtesies, vocabulary.tasks.self_words
    k = words.next_words[verb]
    while k is not None and (words.norms[k] in courtesies or words.norms[k] in self_words):
        k = words.next_words[k]
    return k


def _recall_stop(
    words: Words, k: int, vocabulary: Vocabulary, household: HouseholdIndex
) -> int | None:
    """ "напомни рецепт сырников", "remind me the wifi password": what is remembered right after
    the remind verb, ``k``, asks to recall when no deed (an infinitive, "to", a chore verb, a
    buying or adding verb: "remind me the recipe and add flour"), no due and no member
    reminded ("напомни код от домофона Маше" is a reminder for Masha) follows it: where the
    first of them stands, or None when none does."""
    t, dates = vocabulary.triggers, vocabulary.dates
    for j in range(k + 1, len(words)):
        info = words.infos[j]
        norm = words.norms[j]
        if info is None:
            if norm.isdigit() or words.tokens[j].kind != _PUNCT:
                return j  # a number or an hour: a due
            continue
        if (
            info.is_infinitive
            or info.is_imperative
            or norm in t.to_markers
            or norm in t.chore_verbs
            or words.matches(j, t.buy_or_add_verbs)
            or (household.find_member(words, j) is not None and _reminded(info))
            or norm in dates.due_words
            or words.lemmas[j] in dates.due_words
        ):
            return j
    return None


def _request_after_recall(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> int | None:
    """ "remind me the recipe and add flour", "напомни рецепт и купи творог": a remind verb
    opening the command, a thing to recall, then a joiner and a buying or adding verb (or an
    imperative): where that request starts (the recall beside it is the assistant's to
    answer), or None."""
    t = vocabulary.triggers
    first = words.first_word
    if first is None or not words.matches(first, t.remind_verbs):
        return None
    thing = _recalled_thing(words, _past_the_requester(words, first, vocabulary), vocabulary)
    if thing is None:
        return None
    stop = _recall_stop(words, thing, vocabulary, household)
    if stop is None or words.norms[stop - 1] not in t.joiners:
        return None
    info = words.infos[stop]
    asks = words.matches(stop, t.buy_or_add_verbs) or (info is not None and info.is_imperative)
    return stop if asks else None


def _asks_indirectly(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "подскажи, как почистить духовку", "придумай, что приготовить на ужин", "check if Coles
    has nappies in stock": the command's head verb, then an indirect question, is asked of
    the assistant, and so is help asked for the speaker ("help me plan Lucy's party"). A
    frame ("напомни, где …" asks to recall; "скажи Пете, что …" is a message) or a buying
    verb ("купи, что нужно": what to buy is asked) is none, nor is an apology ("прости, что
    отвлекаю, напомни …"), nor a question with a request of its own after it ("скажи,
    сколько времени, и добавь кефир": the request is served)."""
    t, o = vocabulary.triggers, vocabulary.open_world
    head = _head_verb(words, t)
    if head is None or head != words.first_word or words.matches(head, t.question_words):
        return False
    nxt = words.next_words[head]
    if nxt is None:
        return False
    for_speaker = words.norms[nxt] in vocabulary.tasks.self_words
    if (
        # "tell Tom to …" passes a task on; "tell me how to …" asks the speaker nothing
        (
            words.matches(head, t.task_object_openers)
            and (not for_speaker or words.matches(head, t.remind_verbs))
        )
        or words.matches(head, t.buy_or_add_verbs)
        or words.has_lemma(head, o.apology_verbs)
        or _own_request(words, head, household, t) is not None
    ):
        return False
    if for_speaker and (words.matches(head, o.idle_verbs) or words.matches(head, o.compose_verbs)):
        # "help me plan Lucy's party", "помоги мне выбрать подарок", "write me a shopping
        # list for lasagne", "составь мне меню"; "напиши мне на субботу: поменять дворники"
        # notes a deed
        return not _notes_a_deed(words, nxt, vocabulary)
    if for_speaker and not words.matches(head, t.remind_frames):
        # "tell me how to bring a fever down", "скажи мне, где купить …": past the speaker
        # ("remind me where I put the keys" is read by ``_asks_to_recall``)
        nxt = words.next_words[nxt]
        if nxt is None:
            return False
    return words.norms[nxt] in o.recall_words or words.norms[nxt] in o.indirect_openers


_NOTE_REACH: Final = (
    4  # "напиши мне (на эту субботу):": the words of a when before the label's mark
)


def _noted_for_the_speaker(words: Words, vocabulary: Vocabulary) -> bool:
    """A composing verb opens the command, the speaker after it, then a deed noted
    (``_notes_a_deed``): "Напиши мне на субботу: поменять дворники и долить незамерзайку"."""
    first = words.first_word
    if first is None or not words.matches(first, vocabulary.open_world.compose_verbs):
        return False
    nxt = words.next_words[first]
    if nxt is not None and words.norms[nxt] in vocabulary.tasks.self_words:
        return _notes_a_deed(words, nxt, vocabulary)
    return _notes_a_deed(words, first, vocabulary)  # "напиши на субботу: поменять дворники"


def _notes_a_deed(words: Words, speaker: int, vocabulary: Vocabulary) -> bool:
    """After a composing verb and the speaker ("напиши мне", "write me"), at most a phrase of
    when, then a label's mark and a chore's or an errand's infinitive: "напиши мне на
    субботу: поменять дворники …" notes a deed to do ("напиши мне стих: про весну", "write me
    a poem" compose; an English deed, with no infinitive to tell it, is not read so)."""
    t, o = vocabulary.triggers, vocabulary.open_world
    if not (
        words.matches(speaker, o.compose_verbs)  # "напиши на субботу: …", no speaker said
        or (speaker > 0 and words.matches(speaker - 1, o.compose_verbs))
    ):
        return False
    dates = vocabulary.dates
    due = dates.due_words | dates.date_preps | dates.day_preps  # "на субботу"
    when = False
    for k in range(speaker + 1, min(len(words) - 1, speaker + 2 + _NOTE_REACH)):
        norm = words.norms[k]
        if norm in t.label_marks:
            return _errand_infinitive(words, k + 1, o)
        if when and _errand_infinitive(words, k, o):
            return True  # "напиши мне на субботу поменять дворники": a when, then the deed
        if not (norm in due or words.tokens[k].kind in _CLOCK_KINDS):
            return False
        when = True
    return False


def _errand_infinitive(words: Words, k: int, o: OpenWorldWords) -> bool:
    """The word at ``k`` is an errand's or a chore's infinitive ("поменять", "помыть")."""
    info = words.infos[k]
    return info is not None and info.is_infinitive and words.has_lemma(k, o.errand_lemmas)


def _passes_a_message(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "tell Tom I'm running late": a delegating verb opening the command, whom it names, then
    a message in the first or second person (no "to" and a chore: "tell Tom to mow")."""
    t, o = vocabulary.triggers, vocabulary.open_world
    first = words.first_word
    if first is None or not words.matches(first, t.delegate_verbs):
        return False
    person = words.next_words[first]
    if person is None or not (
        household.find_member(words, person) is not None or words.is_capitalised(person)
    ):
        return False
    said = words.next_words[person]
    return said is not None and words.norms[said] in o.message_pronouns


def _forwarded(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A message forwarded ("Пересланное сообщение\nМама: …", "Fwd: …", "… Forwarded as
    received."), with no request of the user's own after it in a later clause ("---------- Forwarded
    message … ok whatever, remind me tomorrow to …")."""
    first = words.first_word
    opened = first is not None and words.norms[first] in o.forward_openers
    label = None if opened else _chat_label(words, o)
    if label is not None:
        # "Родительский чат: кто сможет …, напишите Оле": its members asked, unless a request
        # of the user's own follows in a sentence after the message's first
        end = next(
            (k for k in range(label + 1, len(words)) if words.tokens[k].text in _SENTENCE_ENDS),
            None,
        )
        return end is None or _request_start(words, end, t, marked=True) is None
    if not opened and not has_phrase(words, o.forward_by_first):
        return False
    start = _request_start(words, first if first is not None else 0, t)
    if start is not None and (close := _quote_close(words, start)) is not None:
        # "переслано из рабочего чата: «кто-нибудь, купите …»": the request is the message's,
        # quoted; one of the user's own may follow the quote ("…». Добавь молоко")
        return close < 0 or _request_start(words, close, t, marked=True) is None
    return start is None


_VERB_TAGS = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive
_NOTE_MARKS = frozenset(":—–-")  # "Запиши: посадили …": what follows is the note


def _noted_deed(words: Words, first: int, v: Vocabulary) -> int | None:
    """A note verb opening the text ("запиши", ``OpenWorldWords.note_verbs``), in the
    imperative, then a colon or a dash or nothing, then a deed told done: the first verb after
    it is finite and in the past ("Запиши: посадили картошку 4 марта", "запиши — вчера
    покрасили забор"), with no imperative, infinitive or need word after it (a garden or baby
    diary's entry, no request). Not what ran out ("запиши: кончился сахар" asks for it,
    ``TriggerWords.out_of_words``) nor a request relayed ("запиши: Петя просил клей",
    ``CorridorWords.telling_verbs``, ``asking_verbs``), nor a deed negated ("запиши: не
    купили хлеб", ``TriggerWords.negations``); "запиши кефир, а то кончился" names the
    product first: a request. What is noted may open with a conjunction (``note_complementisers``:
    "запиши, что Петя купил хлеб"), and a deed negated after the past one asks nothing ("…
    разрешил мне не мыть посуду"). The deed's index, or None; ``_later_request`` tells
    whether a request follows it."""
    infos, tokens = words.infos, words.tokens
    head = infos[first]
    if head is None or not head.is_imperative or first + 1 >= len(words):
        return None
    k = first + 1
    o = v.open_world
    said = k + 1 if words.norms[k] == _COMMA and k + 1 < len(words) else k
    if words.norms[said] in o.note_complementisers:
        k = said + 1  # "запиши, что папа разрешил …": what is noted follows
    elif tokens[k].kind == "punct":
        if words.norms[k] not in _NOTE_MARKS:
            return None
        k += 1
    elif (info := infos[k]) is None or not info.is_past:
        return None  # no mark: the past verb right after the note verb
    deed = next(
        (
            j
            for j in range(k, len(words))
            if (info := infos[j]) is not None and info.pos in _VERB_TAGS
        ),
        None,
    )
    if deed is None or (info := infos[deed]) is None or not info.is_past:
        return None
    t, c = v.triggers, v.corridor
    if words.lemmas[deed] in t.out_of_words or words.matches(deed, c.telling_verbs):
        return None
    if deed and words.norms[deed - 1] in t.negations:
        return None  # "запиши: не купили хлеб": a deed not done, still wanted
    if words.matches(deed, c.asking_verbs):
        return None
    return deed


def _later_request(words: Words, deed: int, v: Vocabulary) -> int | None:
    """After the deed noted at ``deed``, the first word that asks for something: an
    imperative, an infinitive, a need word or a doer's link ("…, а Петя пусть вынесет
    мусор", ``TaskWords.doer_links``), not negated ("… разрешил мне не мыть посуду" asks
    nothing); None when none does."""
    t, links, infos, norms = v.triggers, v.tasks.doer_links, words.infos, words.norms
    return next(
        (
            j
            for j in range(deed + 1, len(words))
            if (later := infos[j]) is not None
            and (
                later.is_imperative
                or later.is_infinitive
                or words.matches(j, t.need_words)
                or norms[j] in links
            )
            and norms[j - 1] not in t.negations
        ),
        None,
    )


def _notes_a_past_deed(words: Words, first: int, v: Vocabulary) -> bool:
    """A note of a deed told done (``_noted_deed``) or of a need denied (``_noted_no_need``)
    with no request after it."""
    noted = _noted(words, first, v)
    return noted is not None and _later_request(words, noted, v) is None


def _noted(words: Words, first: int, v: Vocabulary) -> int | None:
    """The last index of what a note verb opening the text notes: a deed told done
    (``_noted_deed``) or a need denied (``_noted_no_need``); None when it notes neither."""
    deed = _noted_deed(words, first, v)
    return deed if deed is not None else _noted_no_need(words, first, v)


def _noted_no_need(words: Words, first: int, v: Vocabulary) -> int | None:
    """A note verb in the imperative, then what is noted opened by a conjunction
    (``OpenWorldWords.note_complementisers``), and in it a negation before a need word or a
    buying verb's infinitive, and an infinitive after that ("запиши, что не надо покупать молоко",
    "запиши, что молоко не нужно"): a need denied is noted, nothing asked; the index of its
    last verb, or None."""
    infos, norms, t = words.infos, words.norms, v.triggers
    head = infos[first]
    if head is None or not head.is_imperative:
        return None
    k = first + 1
    if k < len(words) and norms[k] == _COMMA:
        k += 1
    if k >= len(words) or norms[k] not in v.open_world.note_complementisers:
        return None
    for j in range(k + 1, len(words) - 1):
        if norms[j] in t.negations and (
            words.matches(j + 1, t.need_words)
            or (
                words.matches(j + 1, t.purchase_words)
                and (verb := infos[j + 1]) is not None
                and verb.is_infinitive  # "… что Петя не купил хлеб": not done, still wanted
            )
        ):
            last = j + 1
            if (
                last + 1 < len(words)
                and (info := infos[last + 1]) is not None
                and info.is_infinitive
            ):
                last += 1  # "не надо покупать"
            return last
    return None


def _request_after_joke(words: Words, v: Vocabulary) -> int | None:
    """A joke marker (``OpenWorldWords.joke_words``) after a word, not negated ("это не
    шутка" insists), and right after it, past marks, a request's verb
    (``TriggerWords.request_openers``): what came before it was the joke ("купи хлеб, шутка,
    купи молоко", "add eggs jk add milk"); the verb's index, or None."""
    o, t, norms = v.open_world, v.triggers, words.norms
    if words.vocabulary.isdisjoint(o.joke_words):
        return None  # most commands
    for i in range(1, len(words)):
        if norms[i] not in o.joke_words or norms[i - 1] in t.negations:
            continue
        if words.first_word is None or words.first_word >= i:
            continue
        k = _next_word(words, i + 1)
        if k is not None and words.infos[k] is not None and words.matches(k, t.request_openers):
            return k
    return None


def _next_word(words: Words, i: int) -> int | None:
    """The first word or number token from ``i`` on."""
    return next(
        (k for k in range(i, len(words)) if words.tokens[k].kind in ("word", "number")), None
    )


def _noted_clause(words: Words, v: Vocabulary) -> int | None:
    """A note verb (``OpenWorldWords.note_verbs``) or a verb that makes a note with a note
    noun (``note_makers``) opening the text, the words that complete its phrase
    (``note_fillers``: "write down", "make a note"), then a conjunction (``note_complementisers``)
    and a clause with a verb of its own ("write down that Lucy cleaned her room", "make a note
    that we need eggs"): the index of the clause's first word, read alone; None otherwise
    ("write down that recipe" notes a thing, no clause)."""
    o, norms, infos = v.open_world, words.norms, words.infos
    first = words.first_word
    if first is None or not o.note_complementisers or not o.note_fillers:
        return None
    made = norms[first] in o.note_makers
    if not (made or words.matches(first, o.note_verbs)):
        return None
    k = first + 1
    fillers: list[int] = []
    while k < len(words) and norms[k] in o.note_fillers:
        fillers.append(k)
        k += 1
    if not fillers or (made and not any(words.matches(j, o.note_verbs) for j in fillers)):
        return None
    if k < len(words) and norms[k] == _COMMA:
        k += 1
    if k + 1 >= len(words) or norms[k] not in o.note_complementisers:
        return None
    if not any(
        (info := infos[j]) is not None
        and (
            info.pos in _VERB_TAGS
            or info.is_past
            or words.matches(j, v.triggers.need_words)
            or words.matches(j, v.triggers.chore_verbs)
            or english_past(words, j, o, v.triggers)
        )
        for j in range(k + 1, len(words))
    ):
        return None
    return k + 1


def _request_after_note(words: Words, v: Vocabulary) -> int | None:
    """After a deed noted (``_noted_deed``: "запиши, что Маша убрала комнату"), a request in
    a clause of its own past a mark ("…, а Петя пусть вынесет мусор", "…, пусть Маша купит
    молоко"): the index the clause opens at, past a word that joins it
    (``OpenWorldWords.edit_resumes``), or None."""
    first = words.first_word
    if first is None or not words.matches(first, v.open_world.note_verbs):
        return None
    deed = _noted(words, first, v)
    if deed is None or (asked := _later_request(words, deed, v)) is None:
        return None
    tokens, norms = words.tokens, words.norms
    mark = next(
        (
            j
            for j in range(asked - 1, deed, -1)
            if tokens[j].kind == _PUNCT and norms[j] in _CLAUSE_MARKS
        ),
        None,
    )
    if mark is None:
        return None  # "запиши, что Петя купил хлеб и купи молоко": not a clause of its own
    k = mark + 1
    while k < asked and norms[k] in v.open_world.edit_resumes:
        k += 1
    return k


_LABEL_WORDS: Final = 4  # "Чат 3Б класса:", "Class 3B group chat:": a chat's name, then a colon


def _chat_label(words: Words, o: OpenWorldWords) -> int | None:
    """The colon after a chat's name opening the text: at most four words, none a Russian
    verb, one of them a chat noun; what follows was written to the chat's members, not to
    the assistant ("Учительница написала в чат: «…»" tells who wrote it: read as usual)."""
    named = False
    for k, token in enumerate(words.tokens[: _LABEL_WORDS + 1]):
        if token.text == ":":
            return k if named else None
        info = words.infos[k]
        if token.kind == "punct" or (info is not None and info.pos in _VERB_TAGS):
            return None
        named = named or words.matches(k, o.chat_nouns)
    return None


_SUBJECT_REACH: Final = 3  # "Olga", "my sister", "Tom's mum": the words a reported asker takes


def _reported_question(words: Words, o: OpenWorldWords) -> bool:
    """Someone's question reported as the whole text, asking the assistant nothing: a subject
    of a word or two, a verb of asking in the past or present (``question_reports``), then an
    indirect question, "if"/"whether" (``indirect_openers``) or a word and "ли" ("Olga asked
    if she can take the car on Saturday", "Оля спрашивала, можно ли взять машину")."""
    if words.vocabulary.isdisjoint(o.question_reports):
        return False
    first = words.first_word
    if first is None:
        return False
    for n in range(first + 1, min(len(words), first + _SUBJECT_REACH)):
        if words.norms[n] not in o.question_reports:
            continue
        nxt = words.next_words[n]
        if nxt is None:
            return False
        if words.norms[nxt] in o.indirect_openers:
            return True
        after = words.next_words[nxt]
        return after is not None and words.norms[after] in o.question_particles
    return False


def _named_doer(words: Words, k: int) -> bool:
    """The word at ``k`` is a person's name as a reported clause's subject: capitalised, in the
    nominative when Russian ("… что Петя купит …", "… said Lucy will …")."""
    info = words.infos[k]
    if info is None or not words.is_capitalised(k):
        return False
    return not info.is_russian or (info.may_be_name and info.noun_case == _NOMINATIVE)


def _reported_predicate(words: Words, start: int, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """The verb of a reported clause that tells a deed to come, from its first word
    ``start`` (past a doer, "сам" or "he'll", and a time after it, ``plan_report_times``:
    "сам завтра купит"), or None: a Russian verb of the 3rd person in
    the future ("купит", "заберёт"), an English verb after "'ll" or "will" ("he'll grab",
    "she will pick up"), or an "-ing" form after "is" ("she's getting")."""
    doer: int | None = None
    seen = 0
    k: int | None = start
    while k is not None and words.norms[k] in o.plan_doers and seen < _SUBJECT_REACH:
        doer, seen, k = k, seen + 1, words.next_words[k]
        while k is not None and words.norms[k] in o.plan_report_times:
            k = words.next_words[k]  # "… что сам завтра купит"
    if doer is None and k is not None and _named_doer(words, k):
        doer, k = k, words.next_words[k]  # "Дима сказал, что Петя купит масло"
    if k is None or (info := words.infos[k]) is None:
        return None
    if info.is_russian:
        return k if info.is_future and info.is_third_person else None
    if doer is None:
        return None  # "Tom said buy milk", "mum said i gotta …": no doer of the deed told
    if words.norms[k] in t.wish_words:
        return None  # "Tom said he'd like milk": his wish, a need
    norm = words.norms[doer]
    if norm in o.plan_future_doers:
        return k
    if words.norms[k] in o.opinion_modals:
        if any(words.matches(j, t.task_nouns) for j in range(len(words))):
            return None  # "…, set that up as a reminder for him": the advice made a task
        likely = words.norms[k] in o.opinion_likely
        k = words.next_words[k]  # "he should practice more", "Jack might need …"
        while k is not None and words.norms[k] in o.opinion_modal_skips:
            k = words.next_words[k]
        if k is None or words.infos[k] is None:
            return None
        if likely and not _relayed_deed(words, k, t):
            return k  # "the coach said Jack might need new shin guards"
        return k if _advice_after(words, k, o) else None  # "… he should practice more"
    if words.norms[k] in o.plan_future_auxiliaries:
        k = words.next_words[k]
        return None if k is None or words.norms[k] in t.wish_words else k
    if norm not in o.plan_progressive_doers:
        if words.norms[k] not in o.plan_progressive_auxiliaries:
            return None
        k = words.next_words[k]
    if k is not None and words.norms[k] in o.plan_future_auxiliaries:
        k = words.next_words[k]  # "he is gonna buy milk"
        return None if k is None or words.norms[k] in t.wish_words else k
    return k if k is not None and words.norms[k].endswith(o.progressive_endings) else None


def _request_after(
    words: Words, k: int, t: TriggerWords, o: OpenWorldWords, courtesies: frozenset[str]
) -> int | None:
    """Where a request after the reported deed starts: a Russian imperative, a politeness
    word, a let word ("…, а Петя пусть купит молоко"), or a buying, adding or asking verb opening a later piece ("…, add bread", "… so add
    bread", "…, can you add bread": past a bridging word, ``meta_bridges``, the one asked,
    ``addressees``, or a discourse opener, "…. ok add eggs"); None when nothing is asked
    after it."""
    count = len(words)
    for i in range(k + 1, count):
        info = words.infos[i]
        if info is None:
            continue
        if info.is_imperative or words.norms[i] in courtesies:
            return i
        before = i - 1
        if words.norms[i] in t.let_words:
            # "…, а Петя пусть купит молоко": the one let do it, named before the word
            opens = before > 0 and (
                words.tokens[before - 1].kind == _PUNCT or words.norms[before - 1] in t.joiners
            )
            return before if opens and words.is_word(before) else i
        if (
            words.tokens[before].kind == _PUNCT
            or words.norms[before] in t.joiners
            or words.norms[before] in o.meta_bridges
            or words.norms[before] in t.addressees
            or words.norms[before] in o.discourse_openers  # "…. ok add eggs"
        ) and words.matches(i, t.buy_or_add_verbs | t.request_words):
            return i
    return None


def _reported_deed(words: Words, o: OpenWorldWords, t: TriggerWords) -> int | None:
    """The verb of someone's own deed to come, reported at the text's start (a subject of a
    word or two, a verb of telling, ``plan_reports``, then the deed's clause), or None."""
    if words.vocabulary.isdisjoint(o.plan_reports):
        return None  # most commands
    first = words.first_word
    if first is None or words.classes1 & REMIND_VERBS:
        return None
    if words.classes1 & NEED_WORDS and not _needs_only_opined(words, o, t):
        return None  # "Lucy says we need more glue sticks": a need reported
    for n in range(first + 1, min(len(words), first + _SUBJECT_REACH)):
        if words.norms[n] not in o.plan_reports:
            continue
        k = words.next_words[n]
        while k is not None and (
            words.norms[k] in o.plan_report_skips or words.norms[k] in o.plan_report_times
        ):
            k = words.next_words[k]  # "… что завтра сам купит"
        return None if k is None else _reported_predicate(words, k, o, t)
    return None


def _relayed_deed(words: Words, k: int, t: TriggerWords) -> bool:
    """The English verb at ``k`` is a chore's or a purchase's ("clean", "buy", "get"): a deed
    relayed to its doer, not advice on how one lives."""
    norm = words.norms[k]
    return (
        norm in t.chore_verbs
        or norm in t.buy_or_add_verbs
        or norm in t.soft_shop_verbs
        or words.matches(k, t.shop_verbs)
    )


def _advice_after(words: Words, k: int, o: OpenWorldWords) -> bool:
    """Nothing, a mark or a degree (``advice_degrees``: "more", "twice a day") follows the
    verb at ``k``: how much or how often one should do it, no deed with an object."""
    after = k + 1
    return after >= len(words) or words.is_punct(after) or words.norms[after] in o.advice_degrees


def _needs_only_opined(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """Every need word follows a modal of opinion ("the coach said Jack might need new shin
    guards": a likelihood reported, not a need told)."""
    return all(
        k > 0 and words.norms[k - 1] in o.opinion_modals
        for k in range(len(words))
        if words.matches(k, t.need_words)
    )


def after_reported_plan(words: Words, vocabulary: Vocabulary) -> str | None:
    """ "Tom said he'll grab milk so add bread", "Маша сказала, что купит творог, а ты возьми
    хлеб": someone's own deed reported, then a request with words of its own past a courtesy:
    the request alone (the reported deed is theirs to do, not the assistant's), or None."""
    o, t = vocabulary.open_world, vocabulary.triggers
    verb = _reported_deed(words, o, t)
    if verb is None:
        return None
    start = _asked_after(words, verb, t, o, vocabulary.corridor.courtesies)
    return None if start is None else words.text[words.tokens[start].start :]


def after_own_plan(words: Words, vocabulary: Vocabulary, household: HouseholdIndex) -> str | None:
    """ "i'll grab milk, add eggs to the list", "I'll be late, can you buy bread", "ill buy the
    milk, you buy the bread", "Tom, I'll get milk, you get bread please": the speaker's own
    deed to come opening the text (past a member called), then a request after a mark, a
    courtesy or the one asked (``_asked_after``): the request alone, the deed being the
    speaker's to do. The speaker's future is ``own_plan_openers`` before any verb, or another
    of ``own_buy_leads`` before a buying or getting verb ("we'll grab milk, …"); "I'll grab
    milk and get bread" (one subject, joined) and "I'll grab milk, thanks" ask nothing more."""
    o, t = vocabulary.open_world, vocabulary.triggers
    lead = words.first_word
    if lead is None or words.classes1 & REMIND_VERBS:
        return None
    if household.find_member(words, lead) is not None and words.infos[lead + 1 :][:1] == (None,):
        lead = words.next_words[lead]  # "Tom, I'll get milk, …"
    if lead is not None and words.norms[lead] in o.own_plan_when_leads:
        lead = past_a_when(words, lead, o)  # "on my day off I'll do costco, add …"
    if lead is None or words.norms[lead] not in o.own_buy_leads or adjective_lead(words, lead, o):
        return None
    verb = words.next_words[lead]
    if verb is None or not (
        words.norms[lead] in o.own_plan_openers
        or words.norms[verb] in t.shop_verbs
        or words.norms[verb] in t.soft_shop_verbs
    ):
        return None
    start = _asked_after(words, verb, t, o, vocabulary.corridor.courtesies)
    if (
        start is not None
        and words.norms[start - 1] in t.addressees
        and not words.matches(start, t.add_verbs)
        and not _got_for_the_household(words, start, vocabulary)
    ):
        start = None  # "I'll grab milk, you grab a coffee": the listener's own treat
    for got in (
        _product_got_after(words, verb, vocabulary),
        _member_asked_after(words, verb, household, t),
    ):
        if got is not None and (start is None or got < start):
            start = got  # "…, you get bread please", "…, tom buy bread"
    if start is None:
        return None
    before = start - 1
    if (
        words.infos[before] is not None
        and words.norms[before] in t.joiners
        and words.infos[before - 1] is not None
    ):
        return None  # "I'll grab milk and get bread": the speaker's deeds, joined
    return words.text[words.tokens[start].start :]


_GOT_REACH: Final = 3  # "you get the bread", "you pick up some milk": the product's reach


def _product_got_after(words: Words, verb: int, vocabulary: Vocabulary) -> int | None:
    """A getting verb after ``verb`` right past the one asked, getting a household product
    (``_got_for_the_household``: "…, you get bread please", "…, you pick up some milk"), or
    None ("…, you get the door" gets nothing bought)."""
    t = vocabulary.triggers
    for i in range(verb + 2, len(words)):
        if (
            words.norms[i - 1] in t.addressees
            and words.matches(i, t.soft_shop_verbs)
            and _got_for_the_household(words, i, vocabulary)
        ):
            return i
    return None


def _got_for_the_household(words: Words, verb: int, vocabulary: Vocabulary) -> bool:
    """The getting verb at ``verb`` (past "you") gets a known product within a few words, not
    the listener's own treat: no reflexive after it (``listener_own_marks``: "…, you get
    yourself a coffee", "… a coffee for yourself") and no single serving's article right
    before the product (``serving_articles``: "…, you grab a coffee"), nor the product the
    speaker's plan before it gets ("I'll grab milk, you get milk too")."""
    o, known = vocabulary.open_world, vocabulary.shopping.known_products
    if any(words.norms[k] in o.listener_own_marks for k in range(verb + 1, len(words))):
        return False
    for j in range(verb + 1, min(len(words), verb + 2 + _GOT_REACH)):
        if words.lemmas[j] in known or words.norms[j] in known:
            return words.norms[j - 1] not in o.serving_articles and words.lemmas[j] not in {
                words.lemmas[k] for k in range(verb)
            }  # "I'll grab milk, you get milk too": the plan's own product
    return False


def _member_asked_after(
    words: Words, verb: int, household: HouseholdIndex, t: TriggerWords
) -> int | None:
    """A member called after a mark past ``verb``, then a buying, adding or getting verb
    ("i'll grab milk, tom buy bread", "we'll get milk, jack get bread"): where the call
    starts, or None."""
    for i in range(verb + 2, len(words) - 1):
        nxt = i + 1
        if (
            words.tokens[i - 1].kind == _PUNCT
            and words.is_word(nxt)
            and (words.matches(nxt, t.buy_or_add_verbs) or words.matches(nxt, t.soft_shop_verbs))
            and household.find_member(words, i) is not None
        ):
            return i
    return None


def _reported_plan(
    words: Words, o: OpenWorldWords, t: TriggerWords, courtesies: frozenset[str]
) -> bool:
    """Someone's own deed to come reported as the whole text, asking nothing: a subject of a
    word or two, a verb of telling (``plan_reports``), then a clause whose verb tells the deed
    as theirs ("Дима сказал, что сам купит масло", "Tom said he'll grab milk", "Lucy says
    she's getting the bread"); "Дима сказал купить молоко", "… что надо купить" and "Tom
    told me to buy milk" ask, and so does a request said after it."""
    if words.vocabulary.isdisjoint(o.plan_reports):
        return False  # most commands
    if any(info is not None and info.is_imperative for info in words.infos):
        return False  # "Дима сказал, что купит масло, а ты купи хлеб"
    verb = _reported_deed(words, o, t)
    return verb is not None and _asked_after(words, verb, t, o, courtesies) is None


def _conditional_plan(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """A condition opening the command, then the speaker's own deed or a possibility as its
    consequence, asking nothing ("if we had a bigger freezer I'd buy meat in bulk", "if the
    store's out of oat milk I'll just get almond", "если Маша получит пятёрку, купим ей
    мороженое", "если яйца кончатся, можно заменить бананом"): a plan told. English: the
    speaker's subject and a modal (``speaker_subjects``, ``plan_modals``) or the two fused
    (``speaker_contractions``) after the condition; Russian: past the condition's mark or
    "то", a verb of the first person, a possibility (``possibility_words``) or the speaker's
    "бы". A consequence asked of someone ("if the bakery's open, grab baguettes", "если
    станет холодно, включи …", "if it rains, remind Jack …"), a condition spoken to the
    listener ("if you could add …, I'd be grateful"), a want asked politely ("…, I'd love
    some milk"), a question or a request after the consequence keep the reading."""
    first = words.first_word
    o, t = vocabulary.open_world, vocabulary.triggers
    if first is None or (
        words.norms[first] not in o.condition_openers
        # a time to come opens it too: "когда молоко кончится, купим ещё"
        and words.norms[first] not in t.run_out_conditions
    ):
        return False  # most commands
    norms, infos = words.norms, words.infos
    if _QUESTION_MARK in norms or any(words.matches(k, t.remind_verbs) for k in range(first)):
        return False
    if any(info is not None and info.is_imperative for info in infos):
        return False  # "если Маша получит пятёрку, купи ей мороженое"
    marked = False  # the condition's mark or "то" passed (Russian)
    for k in range(first + 1, len(words)):
        info = infos[k]
        if info is None:
            marked = marked or words.tokens[k].kind == _PUNCT
            continue
        norm = norms[k]
        if norm in o.second_person_words or words.matches(k, t.remind_verbs):
            return False  # "if you could add …", "if it rains, remind Jack …"
        if norm in o.condition_thens:
            marked = True
            continue
        nxt = words.next_words[k]
        modal: int | None = None
        if norm in o.speaker_contractions:
            modal = k
        elif norm in o.speaker_subjects and nxt is not None and norms[nxt] in o.plan_modals:
            modal = nxt
        if modal is not None:
            verb = words.next_words[modal]
            if verb is not None and norms[verb] in o.polite_wants:
                return False  # "if it's no trouble, I'd love some milk"
            return not _asked_after_plan(words, modal, household, vocabulary)
        if marked and info.is_russian and (info.is_first_person or norm in o.possibility_words):
            if norm in o.possibility_words and _courtesy_asked(words, first, k, vocabulary):
                return False  # "если не трудно, можно купить хлеба"
            return not _asked_after_plan(words, k, household, vocabulary)
    return False


def _courtesy_asked(words: Words, first: int, k: int, vocabulary: Vocabulary) -> bool:
    """The condition between ``first`` and ``k`` is one of courtesy or time
    (``courtesy_conditions``: "если не трудно", "если будет время") and the possibility at
    ``k`` is followed by a request verb's infinitive ("можно купить хлеба", "можно добавить
    молоко в список"): a polite request, not a plan."""
    o, t = vocabulary.open_world, vocabulary.triggers
    if not any(words.matches(j, o.courtesy_conditions) for j in range(first + 1, k)):
        return False
    verb = words.next_words[k]
    info = None if verb is None else words.infos[verb]
    return (
        verb is not None
        and info is not None
        and info.is_infinitive
        and (words.matches(verb, t.request_openers) or words.matches(verb, t.purchase_words))
    )


_RECALLED_DEED_REACH: Final = (
    6  # "I told Jack like five times to clean …": words between the verb and "to"
)


def _request_recalled(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """The speaker recalls a request already made, asking nothing now ("I told Tom twice to
    buy onions", "I told you to add bread yesterday", "я же просила купить хлеб!", "я просила
    купить укроп, а не петрушку"): the speaker's pronoun opening the command
    (``speaker_subjects``), at most one word, a past verb of asking or telling
    (``asking_reports``), then the deed's infinitive (Russian) or its mark
    (``infinitive_marks``: "to") within a few words, and a mark that it is recalled as a
    reproach: the listener asked before the deed ("I told you to …"; "I told you, add milk"
    asks it again), a reproach's particle before the verb
    (``reproach_particles``: "же"), a count of times (``repeat_words``: "twice", "five
    times", "опять") or a product set against another (``contrast_links`` then
    ``contrast_negations``: "а не петрушку", "but not the parsley"). "I told Jack to feed the
    dog" (an assignment told), someone else's request relayed ("Tom told me to buy milk",
    "мама сказала купить манку"), an imperative, a remind verb or a request after it ("I
    asked ChatGPT …, so add those"; after a mark: "I told you twice, add milk to the list")
    keep the reading."""
    o = vocabulary.open_world
    if words.vocabulary.isdisjoint(o.asking_reports):
        return False  # most commands
    first = words.first_word
    if first is None or words.norms[first] not in o.speaker_subjects:
        return False
    if words.classes1 & REMIND_VERBS or any(
        info is not None and info.is_imperative for info in words.infos
    ):
        return False
    norms = words.norms
    verb = words.next_words[first]
    reproached = False
    if verb is not None and norms[verb] not in o.asking_reports:
        reproached = norms[verb] in o.reproach_particles  # "я же просила"
        verb = words.next_words[verb]  # "I already told"
    if verb is None or norms[verb] not in o.asking_reports:
        return False
    after = words.next_words[verb]
    reproached = reproached or (after is not None and norms[after] in o.second_person_words)
    k = after
    t = vocabulary.triggers
    for _ in range(_RECALLED_DEED_REACH):
        if k is None:
            return False
        if norms[k - 1] in _CLAUSE_MARKS and words.matches(k, t.request_openers):
            return False  # "I told you twice, add milk to the list": the request itself
        info = words.infos[k]
        if (info is not None and info.is_infinitive) or (
            norms[k] in o.infinitive_marks
            and (k + 1 >= len(words) or norms[k + 1] not in o.mark_determiners)
        ):
            break  # "to buy", not "to the list"
        k = words.next_words[k]
    else:
        return False
    if not reproached and not any(
        norms[n] in o.repeat_words
        or (n > 0 and norms[n] in o.contrast_negations and norms[n - 1] in o.contrast_links)
        for n in range(first + 1, len(words))
    ):
        return False  # "I told Jack to feed the dog": an assignment told
    return not _asked_after_plan(words, k, household, vocabulary)


_INTENTION_REACH: Final = 4  # "я сегодня вечером планирую …": words before the intention's verb
_INTENDED_REACH: Final = 4  # "собираюсь наконец-то разморозить": words before the intended deed


def _intention_told(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """The speaker's hope or intention told, asking nothing ("надеюсь Дима не забудет хлеб",
    "hope the kids leave some cookies", "собираюсь наконец-то разморозить холодильник",
    "думаю в четверг сварить борщ"): a verb of hoping (``hope_words``) or of intending with
    its deed's infinitive after it (``intention_words``) among the first words, none of them
    a verb. The listener after it ("hope you're well, could you add …", "надеюсь, ты купишь
    хлеб"), a need ("думаю, надо купить хлеб"), a question, an imperative, a remind verb or
    a request after it keep the reading."""
    o = vocabulary.open_world
    vocab = words.vocabulary
    hoping = not vocab.isdisjoint(o.hope_words)
    if not hoping and vocab.isdisjoint(o.intention_words):
        return False  # most commands
    if _QUESTION_MARK in words.norms or words.classes1 & (REMIND_VERBS | NEED_WORDS):
        return False
    infos, norms = words.infos, words.norms
    if any(info is not None and info.is_imperative for info in infos):
        return False
    k = words.first_word
    for _ in range(_INTENTION_REACH):
        if k is None:
            return False
        info = infos[k]
        if norms[k] in o.hope_words or norms[k] in o.intention_words:
            break
        if info is None or (
            info.pos in _VERB_TAGS if info.is_russian else norms[k] not in o.speaker_subjects
        ):
            return False  # "я сегодня вечером планирую", "I hope"; "Дима думает …" no
        k = words.next_words[k]
    else:
        return False
    nxt = words.next_words[k]
    if nxt is None or norms[nxt] in o.second_person_words:
        return False  # "hope you're well, …"
    if norms[k] in o.hope_words and _ability_hoped(words, nxt, household, o):
        return False  # "hoping someone can take the bins out tonight"
    if norms[k] in o.intention_words:
        deed: int | None = nxt
        for _ in range(_INTENDED_REACH):
            found = None if deed is None else infos[deed]
            if found is not None and found.is_infinitive:
                break
            deed = None if deed is None else words.next_words[deed]
        else:
            return False  # "собираюсь в магазин": no deed told
    return not _asked_after_plan(words, k, household, vocabulary)


def _ability_hoped(words: Words, doer: int, household: HouseholdIndex, o: OpenWorldWords) -> bool:
    """Someone else at ``doer`` (``someone_words``, a member) before one of
    ``hope_abilities``, after a hope: "hoping Tom can take the bins out" asks it of Tom."""
    norms = words.norms
    if norms[doer] in o.someone_words:
        after = words.next_words[doer]
    else:
        member = household.find_member(words, doer)
        if member is None:
            return False
        after = words.next_words[doer]
    return after is not None and norms[after] in o.hope_abilities


def _request_quoted(words: Words, vocabulary: Vocabulary) -> bool:
    """A request said only inside quotation marks, the words outside them telling who said
    it or what became of it (""Emma can you grab bread on your way" — that was Tom at 2pm",
    "Kate сказала «купи хлеб» в голосовом, done already", ""Take out the trash …" - note on
    the fridge from mom"): someone's words received, asked of no one here. A word outside
    that may ask (a trigger word of any kind: ``TriggerWords.candidates``, a request
    opener, a Russian imperative or infinitive: "add "milk" to groceries", "Kate переслала:
    «…». Добавь oat milk", "Газету "Тверская жизнь" купить не забыть") keeps the reading."""
    inside = quoted_tokens(words)
    if not inside:
        return False  # most commands: nothing quoted
    t = vocabulary.triggers
    if _run_out_relayed(words, inside, vocabulary):
        return False  # 'Jack says "we're out of cereal"'
    outside = False
    for k, info in enumerate(words.infos):
        if info is None or k in inside:
            continue
        outside = True
        if (
            info.is_imperative
            or info.is_infinitive
            or words.matches(k, t.candidates)
            or words.matches(k, t.request_openers)
            or words.matches(k, t.purchase_words)
        ):
            return False
    return outside and any(
        words.matches(k, t.candidates) or (info is not None and info.is_imperative)
        for k in inside
        if (info := words.infos[k]) is not None
    )


def _run_out_relayed(words: Words, inside: frozenset[int], vocabulary: Vocabulary) -> bool:
    """A verb of saying (``quote_relays``) right before the quotation, a run-out inside it
    ('Jack says "we're out of cereal"', 'Маша говорит «молоко закончилось»'): relayed as it
    would be unquoted."""
    o, t = vocabulary.open_world, vocabulary.triggers
    start = min(inside)
    before = start - 1
    while before >= 0 and words.infos[before] is None:
        before -= 1
    if before < 0 or not words.matches(before, o.quote_relays):
        return False
    norms = words.norms
    return any(
        words.lemmas[k] in t.out_of_words
        or (k + 1 in inside and (norms[k], norms[k + 1]) in t.out_of)
        for k in inside
    )


def _asked_after_plan(
    words: Words, k: int, household: HouseholdIndex, vocabulary: Vocabulary
) -> bool:
    """A request after the plan told at ``k``: one asked after it (``_asked_after``), or a
    clause of its own with a frame or a member called before a deed ("…, помоем окна, а
    Петя пусть вынесет мусор", "…, and Tom, take the bins out")."""
    o, t = vocabulary.open_world, vocabulary.triggers
    return (
        _asked_after(words, k, t, o, vocabulary.corridor.courtesies) is not None
        or _request_start(
            words,
            k,
            t,
            frames=t.request_openers | vocabulary.tasks.doer_links,
            household=household,
            joined=True,
            deeds=o.errand_lemmas,
        )
        is not None
    )


def _asked_after(
    words: Words, verb: int, t: TriggerWords, o: OpenWorldWords, courtesies: frozenset[str]
) -> int | None:
    """Where a request after the reported deed ``verb`` starts, when it holds a word past its
    courtesies ("…, thanks" alone asks nothing more), or None."""
    start = _request_after(words, verb, t, o, courtesies)
    k = start
    while k is not None and words.norms[k] in courtesies:
        k = words.next_words[k]
    return None if k is None else start


_PRAYER_OPENERS: Final = 2  # "о, милостивый Господи", "oh dear God"
_REQUEST_LEADS: Final = 2  # "…, and Jack, take out the trash": a link and a name before the verb


def _petition_at(words: Words, first: int, o: OpenWorldWords, c: CorridorWords) -> int | None:
    """A deity addressed opening the text past a few openers (``prayer_openers``,
    ``deities``), then past a courtesy a verb of petition (``petition_verbs``): its index."""
    k: int | None = first
    for _ in range(_PRAYER_OPENERS):
        if k is None or words.norms[k] not in o.prayer_openers:
            break
        k = words.next_words[k]
    if k is None or not words.matches(k, o.deities):
        return None
    verb = words.next_words[k]
    if verb is not None and words.norms[verb] in c.courtesies:
        verb = words.next_words[verb]
    if verb is None or not words.matches(verb, o.petition_verbs):
        return None
    return verb


def _request_after_prayer(words: Words, v: Vocabulary) -> int | None:
    """A petition opening the text (``_petition_at``: "Господи, помоги Пете сдать экзамен"),
    then, in a clause of its own after a mark, a request of the household's (a Russian
    imperative, an English one: ``_english_request``): where the clauses after the last
    petition's start ("Господи, помоги, Дима, купи хлеба": "Дима, купи хлеба"; "…, и купи
    хлеба": "купи хлеба"; "God help me, we're out of milk, buy some"); None otherwise."""
    o, t = v.open_world, v.triggers
    first = words.first_word
    if first is None or words.vocabulary.isdisjoint(o.deities):
        return None  # most commands
    verb = _petition_at(words, first, o, v.corridor)
    if verb is None:
        return None
    told: int | None = None  # where the clauses after the petition's start
    for m in range(verb + 1, len(words)):
        if words.tokens[m].kind != _PUNCT or words.norms[m] not in _CLAUSE_MARKS:
            continue
        start = words.next_words[m]
        if start is None:
            return None
        end = next(
            (
                j
                for j in range(start, len(words))
                if words.tokens[j].kind == _PUNCT and words.norms[j] in _CLAUSE_MARKS
            ),
            len(words),
        )
        clause = range(start, end)
        if any(words.matches(j, o.petition_verbs) for j in clause):
            told = None  # "…, сохрани Машу, …": the prayer goes on
            continue
        if told is None:
            told = start  # "…, Дима, купи хлеба", "…, we're out of milk, buy some"
        if _english_request(words, m, o, t) or any(
            (info := words.infos[j]) is not None and info.is_russian and info.is_imperative
            for j in clause
        ):
            k: int | None = told
            while k is not None and words.norms[k] in o.prayer_request_links:
                k = words.next_words[k]
            return k
    return None


def _prays(words: Words, first: int, o: OpenWorldWords, c: CorridorWords, t: TriggerWords) -> bool:
    """A deity addressed opening the text, past a few openers ("о", "oh", "dear"), then
    past marks and a courtesy a verb of petition (``OpenWorldWords.deities``,
    ``prayer_openers``, ``petition_verbs``): "Господи, помоги, чтобы Петя сдал экзамены",
    "Боже, сохрани Машу в дороге", "Lord, please let Lucy pass her exam": a prayer, nothing
    asked of the household; "Боже, купи хлеба", "oh god, buy milk", "Господи, опять молоко
    кончилось" (an exclamation, then a request or a remark) and "Господи, дай сил, вынеси
    мусор" (a Russian imperative of another verb after it) are read as before."""
    verb = _petition_at(words, first, o, c)
    if verb is None:
        return False
    rest = range(verb + 1, len(words))
    # "Боже, пусть Петя вынесет мусор": a chore or a purchase let be done is the household's
    if words.matches(verb, o.let_petitions) and any(
        words.has_lemma(j, o.errand_lemmas) or words.has_lemma(j, t.shop_verbs) for j in rest
    ):
        return False
    # "Господи, дай сил, вынеси мусор": an exclamation, then a request of the household's own
    return not any(
        (info is not None and info.is_imperative and not words.matches(j, o.petition_verbs))
        or _english_request(words, j, o, t)
        for j, info in enumerate(words.infos[verb + 1 :], verb + 1)
    )


def _english_request(words: Words, mark: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """After the mark ``mark``, past marks, links ("and", ``prayer_request_links``) and a
    member's capitalised name, an English verb that buys, adds or opens a chore (not one of
    petition): "God help me, buy milk", "Lord, help! Jack, take out the trash"."""
    if not words.is_punct(mark):
        return False
    k = words.next_words[mark]
    skipped = 0
    while (
        k is not None
        and skipped < _REQUEST_LEADS
        and (
            words.norms[k] in o.prayer_request_links
            or (words.is_capitalised(k) and not words.matches(k, o.petition_verbs))
        )
    ):
        if words.matches(k, t.shop_verbs | t.soft_shop_verbs | t.add_verbs | t.chore_verbs):
            break  # "…. Buy milk": a capitalised verb first after a mark
        k = words.next_words[k]
        skipped += 1
    return (
        k is not None
        and not ((info := words.infos[k]) is not None and info.is_russian)
        and words.matches(k, t.shop_verbs | t.soft_shop_verbs | t.add_verbs | t.chore_verbs)
        and not words.matches(k, o.petition_verbs)
    )


_LEAST_PRICE: Final = 10  # "картошка по сорок" prices; "кефир и ряженку по одной" counts each


def _price_told(words: Words, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A whole text of prices: a product, then a price link and a bare amount, a currency word
    at most after it, in every clause that holds a noun, and nothing asked ("на рынке
    картошка по сорок, а в магазине по шестьдесят", "ЯБЛОКИ ПО 200 РУБ"): what something
    costs, no purchase. Not after a count, a measure or a number in its clause ("2 бутылки по
    1,5", "сока яблочного две пачки по 0.2": a size each), nor before anything but a mark, the
    end or a currency word ("по 400 г", "по 48 листов"), nor with a request anywhere
    ("возьми пасту по 0,79") or a list named ("в продукты клубника по 350"), nor beside a
    clause of items with no price ("молоко, хлеб, сосиски по 12")."""
    o, t, tokens = v.open_world, v.triggers, words.tokens
    for k, info in enumerate(words.infos):
        if info is None:
            continue
        if (
            info.is_imperative
            or words.matches(k, t.request_words)
            or words.matches(k, t.list_words)
        ):
            return False
    if household.find_lists(words):
        return False  # "в продукты клубника по 350": what goes on a list
    priced: set[int] = set()  # the first index of each clause that tells a price
    for k in range(1, len(words) - 1):
        if words.norms[k] not in o.price_links:
            continue
        amount = read_number(tokens, k + 1, v.numbers)
        if amount is None:
            continue
        after = amount.end
        told = after < len(words) and words.matches(after, v.corridor.money_words)
        if not told and (
            (after < len(words) and not words.is_punct(after)) or amount.value < _LEAST_PRICE
        ):
            # "по 400 г", "по 48 листов", "по 2 в пакет", "ряженку по одной": a size or a
            # share each; a bare amount under ten is a count each, not a price
            continue
        j, product = k - 1, False
        while j >= 0 and not _ends_a_priced_clause(words, j, v):
            info = words.infos[j]
            if info is None or is_measure_word(words.norms[j], v.units):
                product = False  # a number or a measure before: a size each
                break
            product = product or info.pos == _NOUN
            j -= 1
        if product:
            priced.add(j + 1)
    if not priced:
        return False
    start = 0
    for k in range(len(words) + 1):
        if k < len(words) and not _ends_a_priced_clause(words, k, v):
            continue
        if start not in priced and any(
            (info := words.infos[j]) is not None and info.pos == _NOUN for j in range(start, k)
        ):
            return False  # a clause of items with no price: "молоко, хлеб, сосиски по 12"
        start = k + 1
    return True


def _ends_a_priced_clause(words: Words, k: int, v: Vocabulary) -> bool:
    """A mark or a joiner at ``k``, not one that joins a list ("молоко и кефир по 20": the
    price is of both)."""
    return words.is_punct(k) or (
        joins(words, k, v.triggers) and words.norms[k] not in v.shopping.list_joiners
    )


_GROUP_REACH: Final = 4  # "add me to the Henderson household": the group noun past a link and two


def _adds_a_person_to_a_group(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> bool:
    """An adding verb with a person for its object, right after it or right before it (a
    member, a person word past a possessive, a pronoun or the bot: ``joinees``), then a link
    and a group of the app or a chat within a few words ("add me to the family workspace",
    "add Nan as a member of the household", "добавь бабушку в семейную группу", "можно бота
    добавить в другой чат?"): the app's administration, no item; not when the group word
    names a list ("the group list") or another request is made in the command. A capitalised
    word alone may be a brand: it is a person only when the group noun ends its phrase ("add
    Kate to this group"; "add Tide to the household supplies" adds Tide), and so is a first
    name typed in lower case (``TextWords.name_spellings``: "add sam to my party", "add jake
    to the squad"), unless it is a product too. A friends list is a group
    (``social_list_nouns``: "add sam to my friends list")."""
    o, t = vocabulary.open_world, vocabulary.triggers
    names, products = vocabulary.text.name_spellings, vocabulary.shopping.known_products
    verbs = [k for k in range(len(words)) if words.matches(k, t.add_verbs)]
    if len(verbs) != 1 or any(
        words.matches(k, t.shop_verbs) or words.matches(k, t.remind_verbs)
        for k in range(len(words))
    ):
        return False
    verb = verbs[0]
    for person in (words.next_words[verb], verb - 1):
        if person is None or person < 0:
            continue
        last = _a_joinee(words, person, household, o, t)
        named = (
            last is None
            and person > 0
            and (
                words.is_capitalised(person)
                or (
                    words.norms[person] in names  # "add sam to my party"
                    and words.lemmas[person] not in products
                    and words.norms[person] not in t.function_words
                )
            )
        )
        if named:
            last = person  # a name or a brand: read by the group noun below
        if last is None:
            continue
        link = max(last, verb) + 1
        if link >= len(words) or words.norms[link] not in o.membership_links:
            return False
        for j in range(link + 1, min(len(words), link + 1 + _GROUP_REACH)):
            if words.is_punct(j):
                return False
            if words.matches(j, o.membership_nouns):
                nxt = words.next_words[j]
                social = (
                    nxt is not None
                    and words.matches(j, o.social_list_nouns)
                    and words.matches(nxt, t.list_words)
                )
                end = nxt if social and nxt is not None else j  # "… to my friends list"
                if named and not (
                    end + 1 == len(words)
                    or words.is_punct(end + 1)
                    or words.norms[end + 1] in t.function_words
                ):
                    return False  # "add Oreos to the team snacks": a brand, on a list
                return social or nxt is None or not words.matches(nxt, t.list_words)
        return False
    return False


def _framed(words: Words, t: TriggerWords, also: frozenset[str]) -> bool:
    """A remind verb, a task noun or a word of ``also`` is said: what the command tells
    beside it may still be asked ("напомни мне скинуть фото в чат")."""
    keys = words.vocabulary
    return not (
        keys.isdisjoint(t.remind_verbs) and keys.isdisjoint(t.task_nouns) and keys.isdisjoint(also)
    )


def _happens_in_a_game(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """The command happens in a game or on a gaming platform, or buys a game's goods: a link
    and a game or a platform (``OpenWorldWords.game_worlds``: "в майнкрафте у меня
    закончилась еда", "в игре мне надо собрать 10 яблок", "добавь Петю в друзья в стиме",
    "I ran out of food in Minecraft"; an English one closing its phrase: "in the game room"
    is a room), a game's currency or goods (``game_goods``: "купи мне v-bucks", "скин на
    калаш"; an English one ending its phrase, ``_heads_its_phrase``: "skin wipes" are
    wipes): nothing the household buys or does; not when a remind verb, a task noun or a
    list word frames it ("напомни Пете не сидеть в игре до ночи"). A common product bought
    beside the goods ("купи молоко и Пете робуксы", "купи чехол скин для телефона"), a game
    said where something goes ("купи батарейки в игру") or where someone is ("купи хлеб, я
    в игре"), a word that is goods only in an oblique case bought ("купи донаты к чаю";
    ``oblique_game_goods``: "оверлей с донатами"), and a request in a clause of its own beside the game ("Петя, хватит сидеть в
    игре, вынеси мусор") or a run-out, a need or a purchase in a clause of its own beside
    a game someone is in or said in another clause ("кончился сахар, Петя играет в
    майнкрафт", "Петя в игре, а у нас кончился хлеб", "we're out of bread, Jack is in
    minecraft"; ``shopping_outside``) are the household's."""
    o, t = vocabulary.open_world, vocabulary.triggers
    known = vocabulary.shopping.known_products
    if _framed(words, t, t.list_words):
        return False
    for k in range(len(words)):
        info = words.infos[k]
        if info is None:
            continue
        if (
            (words.matches(k, o.game_goods) and _heads_its_phrase(words, k, o, t))
            or (
                words.matches(k, o.ambiguous_game_goods)
                and _heads_its_phrase(words, k, o, t)
                and _goods_of_a_game(words, k, household, o, t)
            )
            or (words.matches(k, o.oblique_game_goods) and info.noun_case not in _WHERE_TO_CASES)
        ):
            if not (
                _names_a_kind(words, k)
                or any(words.lemmas[j] in known for j in range(len(words)) if j != k)
            ):
                return True
            continue
        if not (k > 0 and words.matches(k, o.game_worlds)):
            continue
        before = k - 1
        if before > 0 and words.norms[before] in o.game_world_determiners:
            before -= 1  # "in the game"
        if words.norms[before] not in o.game_world_links:
            continue
        if before > 0 and words.norms[before - 1] in o.game_players:
            continue  # "я в игре": where someone is
        if _asked_in_another_clause(words, k, t) or shopping_outside(
            words, k, household, vocabulary, o.game_worlds | o.game_goods
        ):
            continue
        nxt = k + 1
        if info.is_russian:
            if info.noun_case != _ACCUSATIVE:
                return True  # "в игре", "в фортнайте" (an unknown name's case is a guess)
            continue  # "в игру": what it is for
        if nxt == len(words) or words.is_punct(nxt):
            return True
        if words.norms[nxt] in t.function_words:
            return True
    return False


def _goods_of_a_game(
    words: Words, k: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> bool:
    """The word at ``k``, goods of a game or a product ("skin"), is a game's: a game or a
    weapon right before it ("a knife skin"), or after one of ``goods_links`` past a
    determiner ("a skin for my AWP", "skin на калаш", "the new skin in valorant"; a platform
    ending its phrase: "skins for the xbox controller" are for a controller), or bought for someone with nothing else said of it
    (only ``goods_fillers`` and members between the verb and it, nothing after: "buy me a
    skin"); "a phone skin", "a drum skin", "rizla skins" are products."""
    before = k - 1
    if before >= 0 and words.matches(before, o.goods_games):
        return True
    nxt = words.next_words[k]
    if nxt is not None and words.norms[nxt] in o.goods_links and nxt == k + 1:
        g = words.next_words[nxt]
        while g is not None and words.norms[g] in o.game_world_determiners:
            g = words.next_words[g]
        if g is None:
            return False
        if words.matches(g, o.goods_games) or words.tokens[g].text.lower() in o.goods_games:
            return True  # "in valorant", "на калаш" (the spelling before a respelling)
        # a platform ends its phrase: "skins for the xbox controller" are a controller's
        return words.matches(g, o.game_worlds) and _heads_its_phrase(words, g, o, t)
    if nxt is not None and not _clause_ends_before(words, k, nxt):
        return False
    first = words.first_word
    someone = False
    for j in range(k):
        if words.infos[j] is None or j == first:
            continue
        if words.norms[j] in o.booked_speakers or household.find_member(words, j) is not None:
            someone = True
        elif words.norms[j] not in o.goods_fillers:
            return False
    return someone


def _names_a_kind(words: Words, k: int) -> bool:
    """The word at ``k`` stands right after a noun that is bought, naming its kind ("купи
    чехол скин для телефона", "защитную плёнку скин"); "купи сыну вбаксы" buys for a son."""
    before = words.infos[k - 1] if k > 0 else None
    return (
        before is not None
        and before.pos == _NOUN
        and before.noun_case in _WHERE_TO_CASES
        and not words.is_capitalised(k - 1)
    )


def _asked_in_another_clause(words: Words, k: int, t: TriggerWords) -> bool:
    """A Russian imperative outside the clause that holds ``k`` (between marks and joiners)."""
    start, end = clause_around(words, k, t)
    return any(
        info is not None and info.is_russian and info.is_imperative and not start <= j < end
        for j, info in enumerate(words.infos)
    )


_WHERE_TO_CASES = frozenset({"accs", "nomn"})  # OpenCorpora: a bought noun's case ("чехол")
_ACCUSATIVE: Final = "accs"  # OpenCorpora: "в игру" says what it is for


def _added_in_another_clause(words: Words, k: int, t: TriggerWords) -> bool:
    """An adding verb, not past nor negated, outside the clause that holds ``k`` ("…, then
    add eggs", "add milk to the list and send it …", "… и добавь молоко")."""
    start, end = clause_around(words, k, t)
    for j, info in enumerate(words.infos):
        if info is None or start <= j < end or not words.matches(j, t.add_verbs):
            continue
        if info.is_past or negated(words, j, t):
            continue
        if not info.is_russian or info.is_imperative:
            return True
    return False


def _sent_to_a_messenger(words: Words, o: OpenWorldWords, t: TriggerWords) -> bool:
    """Something sent to a messenger: a link and a messenger (``OpenWorldWords.messengers``,
    ``messenger_links``; a Russian one not in the prepositional): "скинь мне список покупок в
    телеграм", "закинь ссылку в чат", "send the list to Kate on WhatsApp": a message, nothing
    bought or done (an adjective may stand between: "кинь ссылку на родительский чат"); not
    when a buying verb asks ("купи то, что Кейт скинула в чат"), a remind verb, a task noun
    or a need frames it ("напомни мне скинуть показания в чат", "надо скинуть фото в чат"),
    nor when a past verb tells what was written there ("учительница написала в родительский
    чат: …") or the chat is where it was ("Дима в чате написал: масло 2 пачки"), nor when an
    adding verb asks in a clause of its own ("add eggs, then share the list on WhatsApp")."""
    if _framed(words, t, t.need_words):
        return False
    sent = False
    for k in range(len(words)):
        info = words.infos[k]
        if info is None:
            continue
        if words.matches(k, t.shop_verbs) and not info.is_past:
            return False  # "купи то, что Кейт скинула в чат": a purchase asked
        if k == 0 or not words.matches(k, o.messengers) or info.noun_case == _PREPOSITIONAL:
            continue
        link = k - 1
        between = words.infos[link]
        if link > 0 and between is not None and between.pos == _ADJECTIVE:
            link -= 1  # "на родительский чат"
        said = words.infos[link - 1] if link > 0 else None
        if said is not None and said.is_past:
            continue  # "учительница написала в родительский чат: …": a message told
        if _added_in_another_clause(words, k, t):
            return False  # "скинь Диме список в телеграм и добавь молоко": an add asked too
        sent = sent or words.norms[link] in o.messenger_links
    return sent


_ADJECTIVE: Final = "ADJF"  # OpenCorpora's full adjective: "в семейный чат"
_PREPOSITIONAL: Final = "loct"  # OpenCorpora's prepositional case: "в чате", "в магазине"


def _a_joinee(
    words: Words, k: int, household: HouseholdIndex, o: OpenWorldWords, t: TriggerWords
) -> int | None:
    """The last index of someone who may join a group named at ``k``: a member, a person word
    past a possessive at most ("my mom", "бабушку"), then their name before a link ("my
    friend Sam to …"), a pronoun, the bot; a capitalised word alone may be a brand ("add Tide
    to the household supplies")."""
    if not words.is_word(k):
        return None
    nxt = words.next_words[k]
    if (
        words.norms[k] in o.joinee_determiners
        and nxt is not None
        and (
            words.matches(nxt, t.people)
            or words.matches(nxt, o.joinees)
            or household.find_member(words, nxt) is not None
        )
    ):
        name = nxt + 1
        if (
            name + 1 < len(words)
            and words.is_word(name)
            and words.norms[name + 1] in o.membership_links
            and words.norms[name] not in t.function_words
        ):
            return name  # "add my friend Sam to the household": Sam, named
        return nxt  # "add my mom to the app"
    if (
        words.matches(k, o.joinees)
        or words.matches(k, t.people)
        or household.find_member(words, k) is not None
    ):
        return k
    return None


def _bare_chore(words: Words, t: TriggerWords) -> bool:
    """ "dishes!!", "laundry!!!", "bins": a chore's name (``TriggerWords.duty_heads``) alone
    with marks, no member, no when, no frame: nothing asked of anyone (a chore is never an
    item). "laundry tmrw", "Emma laundry", "reminder: bins" still make tasks."""
    first = words.first_word
    return (
        first is not None
        and words.matches(first, t.duty_heads)
        and all(k == first or token.kind == "punct" for k, token in enumerate(words.tokens))
    )


def _asked_beside(
    words: Words, said: Remark, household: HouseholdIndex, vocabulary: Vocabulary
) -> bool:
    """Beside a remark (``_statements.remark``) a request stands: a trigger outside it, or a
    chore's trigger or a buying, adding or reminding word (no need word) inside one whose verbs
    ask (``Remark.verbs_ask``)."""
    if asks_outside(words, said.start, said.end, household, vocabulary, said_only=said.said_only):
        return True
    if not said.verbs_ask:
        return False
    t = vocabulary.triggers
    asks = t.purchase_words | t.soft_shop_verbs | t.remind_verbs
    return any(
        words.is_word(k) and words.matches(k, asks) and not words.matches(k, t.need_words)
        for k in range(said.start, said.end)
    ) or chore_within(words, said.start, said.end, household, vocabulary)


def remarked(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> Remark | None:
    """The text's ``remark``, or what it tells and does not ask (``_told_unasked``), as
    ``unserved`` and ``served_part`` read it (once a text)."""
    said = remark(words, vocabulary.open_world, vocabulary.triggers, household)
    if said is None and words.classes4 & UNASKED_CUES:  # (most commands: no cue of one)
        return _told_unasked(words, household, vocabulary)
    return said


def _told_unasked(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> Remark | None:
    """The words ``_told_not_asked.told_not_asked`` reads as told (a plan of someone else, a
    duty disputed, a feeling, a need denied, a label, a sum), as a remark: the whole text, or
    a clause beside which a request stands (``asks_outside``: "Tom's doing the costco run
    saturday, add paper towels" adds paper towels alone); None when the request readers see
    none beside the clause, so the whole text's reading stands ("no eggs needed, put bacon
    and english muffins on instead")."""
    span = told_not_asked(words, vocabulary.open_world, vocabulary.triggers, household)
    if span is None:
        return None
    start, end = span
    if (start, end) != (0, len(words)) and not asks_outside(
        words, start, end, household, vocabulary
    ):
        return None
    return Remark(start, end)


def unserved(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary, said: Remark | None
) -> bool:
    """The command is pasted text, a list edit, a question or a request to the assistant;
    ``said`` is the text's ``remark`` (``remarked``)."""
    o, t = vocabulary.open_world, vocabulary.triggers
    if (
        is_pasted(words, o, t, vocabulary.shopping.shops, household)
        or is_statement(words, o, t, vocabulary.corridor.standing_by_first, household)
        or (said is not None and not _asked_beside(words, said, household, vocabulary))
        # ``_asks_to_recall`` reads a remind verb and a recall word: most commands hold neither
        or (
            words.classes1 & REMIND_VERBS
            and words.classes0 & (RECALL_WORDS | RECALLED_THINGS)
            and _asks_to_recall(words, vocabulary, household)
        )
    ):
        return True
    if words.classes2 & DUTY_HEADS and _bare_chore(words, t):
        return True
    if len(words) >= _STORY_TOKENS and _tells_a_story(words, household, o, t):
        return True
    if words.classes0 & FORWARD_STARTS and _forwarded(words, o, t):
        return True
    if (
        words.classes3 & NOTE_VERBS
        and (first := words.first_word) is not None
        and words.matches(first, o.note_verbs)
        and _notes_a_past_deed(words, first, vocabulary)
    ):
        return True
    if words.classes2 & CLOCK_WORDS and _sets_the_clock(words, household, vocabulary):
        return True
    if words.classes0 & MEMBERSHIP_NOUNS and _adds_a_person_to_a_group(
        words, household, vocabulary
    ):
        return True
    if words.classes3 & GAME_WORDS and _happens_in_a_game(words, household, vocabulary):
        return True
    if words.classes3 & MESSENGERS and _sent_to_a_messenger(words, o, t):
        return True
    if words.classes3 & KNOWING_VERBS and _wants_to_know(words, household, o, t):
        return True
    if not words.vocabulary.isdisjoint(o.showing_verbs) and _shows_something(words, vocabulary):
        return True
    if words.classes3 & MEASURED_QUANTITIES and _logs_a_measurement(words, household, o, t):
        return True
    if words.classes3 & ENROL_VERBS and _enrols(words, household, o, t):
        return True
    if words.classes3 & APP_WORDS and _changes_the_app(words, household, o, t):
        return True
    if words.classes4 & ASSISTANT_DEEDS and _asks_an_assistant_deed(words, household, vocabulary):
        return True
    if (
        words.classes0 & LIST_VERBS
        and (edit := closing_edit(words, o)) is not None
        and (need_refused_before(words, edit, t) or _names_a_list(words, edit, household, o, t))
    ):
        # "хлеб уже не надо, убери", "шланг из хозтоваров убери плиз": an entry taken off
        return True
    if words.classes2 & ELSEWHERE and runs_out_elsewhere_alone(words, vocabulary):
        return True
    if words.classes3 & PRICE_LINKS and _price_told(words, household, vocabulary):
        return True
    if nouns_told(words, household, vocabulary):
        return True
    if o.news_openers and _news_told(words, household, vocabulary):
        return True
    if (
        words.classes3 & DEITIES
        and words.first_word is not None
        and _prays(words, words.first_word, o, vocabulary.corridor, t)
    ):
        return True
    if words.classes2 & ALREADY_WORDS and _already_listed(words, household, o, t):
        return True
    if words.classes1 & (SHOP_VERBS | PURPOSE_CONJUNCTIONS) and _told_done(
        words, o, t, vocabulary.corridor.purpose_conjunctions
    ):
        return True
    # a recall word, an indirect opener, an idle or a composing verb (one union, one test)
    if words.classes0 & INDIRECT_STARTS and _asks_indirectly(words, household, vocabulary):
        return True
    if words.classes0 & MESSAGE_PRONOUNS and _passes_a_message(words, household, vocabulary):
        return True
    if words.classes0 & LIST_WORDS and _makes_a_list(words, o, t):
        return True
    if words.classes0 & WEB_WORDS and _searches_the_web(words, household, o, t):
        return True
    if words.classes0 & SUM_PARTICLES and _asks_a_sum(words, household, o, t):
        return True
    if (
        words.classes0 & DELIBERATION_WORDS
        and words.classes0 & QUESTION_STARTS
        and _deliberates(words, o, t)
    ):
        return True
    # (each reader's first test: most commands hold none; a run-out to come's bank is not
    # REPORTS')
    if (words.classes0 & REPORTS or words.classes4 & RUN_OUT_CONDITIONS) and (
        _reported_question(words, o)
        or _reported_plan(words, o, t, vocabulary.corridor.courtesies)
        or _conditional_plan(words, household, vocabulary)
        or _request_recalled(words, household, vocabulary)
        or _intention_told(words, household, vocabulary)
    ):
        return True
    if _request_quoted(words, vocabulary):
        return True
    if words.classes1 & (NEGATIONS | NEED_NEGATIONS) and _refuses_a_frame(
        words, household, vocabulary
    ):
        return True
    first = words.first_word
    if (
        not words.classes0 & UNSERVED_MARKERS
        and not words.classes4 & LOOKUP_VERBS  # a look-up online (``_looks_up_online``)
        and not words.text.rstrip().endswith(_QUESTION_MARK)
        and (
            first is None
            # (each test of the first word needs one of its classes: most texts hold none)
            or not words.classes0 & QUESTION_STARTS
            or not (
                words.norms[first] in t.question_words  # (``words.matches``, inline)
                or words.lemmas[first] in t.question_words
                or _question_opener(words, first, household, o) is not None
                or words.norms[first] in o.question_leads  # "а что …", "and where …"
                or not words.keys(first).isdisjoint(o.recall_words)  # "чем заменить …"
            )
        )
    ):
        return False  # most commands: no marker of any kind
    return (
        (
            _edits_a_list(
                words,
                household,
                o,
                t,
                vocabulary.corridor.device_nouns,
                tag=task_tag(words, t, vocabulary.tasks),
            )
            and _request_after_edit(words, household, vocabulary) is None
        )
        or _is_question(words, household, vocabulary)
        or (
            _asks_the_assistant(words, household, o, t)
            and not _noted_for_the_speaker(words, vocabulary)
        )
        or (bool(words.classes3 & ELSEWHERE_PUT) and _puts_elsewhere(words, vocabulary))
        or (bool(words.classes3 & ORDER_WORDS) and _orders_through(words, household, vocabulary))
    )


_REFUSAL_REACH: Final = 4  # words between a negation and the task noun it refuses


def _refuses_a_frame(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "не ставь Пете задачу, он болеет", "задачу не создавай, я просто спросила", "no don't
    make a task for Lucy", "…, no need for a reminder", "не напоминай Маше про английский": a
    task noun or a remind verb refused by a negation before it (past the verbs that make a
    task, pronouns, articles, a member, a need word: ``OpenWorldWords.refusal_fillers``) or
    right after it before such a verb, a need word or the clause's end ("задачу не
    ставьте", "напоминание не нужно") asks for nothing, when no request stands before it
    and none of its own follows ("не ставь задачу, просто купи хлеб" buys). A forgetting
    verb is no filler: "не забудь поставить задачу" asks."""
    o, t = vocabulary.open_world, vocabulary.triggers
    if words.vocabulary.isdisjoint(t.task_nouns) and words.vocabulary.isdisjoint(t.remind_verbs):
        return False
    negations = t.negations | t.need_negations
    for k in range(len(words)):
        if words.infos[k] is None or not (
            words.matches(k, t.task_nouns) or words.matches(k, t.remind_verbs)
        ):
            continue
        if _refused_at(
            words, k, household=household, o=o, t=t, negations=negations
        ) and _asks_nothing_else(words, k, household, t):
            return True
    return False


def _refused_at(
    words: Words,
    k: int,
    *,
    household: HouseholdIndex,
    o: OpenWorldWords,
    t: TriggerWords,
    negations: frozenset[str],
) -> bool:
    """The task noun or remind verb at ``k`` refused by a negation (``_refuses_a_frame``)."""
    seen = 0
    i = k - 1
    while i >= 0 and seen < _REFUSAL_REACH:
        if words.infos[i] is None:
            if words.tokens[i].kind == "punct":
                break
            i -= 1
            continue
        norm = words.norms[i]
        if norm in negations:
            # "Не напомнишь мне …?": a 2nd person future negated in a question asks for it
            return i < k - 1 or negated(words, k, t)
        if not (
            norm in o.refusal_fillers
            or words.matches(i, t.need_words)
            or household.find_member(words, i) is not None
        ):
            break
        seen += 1
        i -= 1
    nxt = words.next_words[k]
    if nxt is not None and words.norms[nxt] in o.refusal_fillers:
        nxt = words.next_words[nxt]  # "напоминание уже не нужно"
    if nxt is None or words.norms[nxt] not in t.negations:
        return False
    after = words.next_words[nxt]
    return (
        after is None
        or words.norms[after] in o.refusal_fillers
        or words.matches(after, t.need_words)
        or _clause_ends_before(words, nxt, after)
    )


def _clause_ends_before(words: Words, i: int, j: int) -> bool:
    """A mark between the words at ``i`` and ``j`` ends the clause."""
    return any(words.tokens[m].kind == "punct" for m in range(i + 1, j))


def _asks_nothing_else(words: Words, k: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """No request beside the word at ``k``: no verb of buying or asking, not negated, as a
    Russian imperative or an English clause's first word, and no request of its own after
    it."""
    for j in range(len(words)):
        info = words.infos[j]
        if j == k or info is None:
            continue
        if not (words.matches(j, t.request_words) or words.matches(j, t.shop_verbs)):
            continue
        if negated(words, j, t):
            continue
        if info.is_russian and info.is_imperative:
            return False
        if not info.is_russian and (j == words.first_word or _clause_ends_before(words, j - 2, j)):
            return False
    return _own_request(words, k, household, t) is None


def _takeaway_ordered(words: Words, index: int, o: OpenWorldWords) -> bool:
    """A ready meal (``order_takeaways``) at ``index`` is what is ordered: the head of its
    phrase (last, or before a mark, another takeaway word or one of ``takeaway_followers``:
    "order pizza for tonight", "закажи пиццу пепперони"), not a complement ("тесто для
    пиццы"), kept in no storage place after it ("order pizza dough", "order frozen pizzas for
    the freezer" buy products)."""
    if not words.matches(index, o.order_takeaways):
        return False
    if index > 0 and words.norms[index - 1] in o.complement_prepositions:
        return False  # "закажи тесто для пиццы": what the product is for
    after = index + 1
    if (
        after < len(words)
        and words.is_word(after)
        and words.norms[after] not in o.takeaway_followers
        and not words.matches(after, o.order_takeaways)
    ):
        return False  # "pizza dough", "sushi rice"
    return not any(words.matches(k, o.storage_places) for k in range(after, len(words)))


def _asked_order(words: Words, o: OpenWorldWords) -> int | None:
    """An order verb right after a word of asking (``order_requests``), in whatever language
    ("можешь order пиццу через Deliveroo?"), or after a report of words said
    (``plan_reports``: "mum says order the nappies online"): the verb that heads the order."""
    return next(
        (
            k
            for k in range(1, len(words))
            if words.matches(k, o.ordering_verbs)
            and words.is_word(k - 1)
            and (words.norms[k - 1] in o.order_requests or words.norms[k - 1] in o.plan_reports)
        ),
        None,
    )


def _requested_before(words: Words, head: int, o: OpenWorldWords) -> bool:
    """A word of asking (``order_requests``) before the verb at ``head`` in its clause:
    "прошу заказать …", "можешь через Самокат взять …?"."""
    for k in range(head - 1, -1, -1):
        if words.tokens[k].kind == _PUNCT and words.norms[k] in _CLAUSE_MARKS:
            return False
        if words.norms[k] in o.order_requests:
            return True
    return False


def _channel_before(words: Words, head: int, o: OpenWorldWords) -> bool:
    """A channel right after an online preposition before the verb at ``head``, past a word
    of asking ("можешь через Самокат взять …", "можешь на Озоне купить …?")."""
    return _requested_before(words, head, o) and any(
        words.matches(k, o.order_channels)
        and words.is_word(k - 1)
        and words.norms[k - 1] in o.online_prepositions
        for k in range(1, head)
    )


def _orders_through(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> bool:
    """ "закажи подгузники на Озоне", "order paper towels on Amazon", "order a Tesco
    delivery", "закажи продукты из Перекрёстка": an order verb heading the command (a Russian
    imperative, or the English command's first word) with a channel after it
    (``OpenWorldWords.order_channels``: an online shop, a delivery service, a delivery, a
    website), a ready meal (``order_takeaways``: "order pizza for tonight", "закажи суши на
    дом") or a shop after a shop preposition asks the assistant to place an order there,
    which the platform does not serve (row 7); so does a buying verb heading the command
    with a channel right after an online preposition (``online_prepositions``: "buy it again
    on Amazon", "купи на Озоне подгузники"), and a getting verb heading it with a delivery
    participle and then a channel (``delivery_participles``: "get groceries delivered from
    Instacart"). A bare "закажи влажные салфетки" or "order a
    pack of vacuum bags" stays a purchase, "buy bread on the way" and "купи на ужин рыбу" a
    purchase; a member called before the verb ("Дима, закажи на Озоне …"), a remind frame
    ("remind me to order it on Amazon") or a request of its own after it keeps the reading.
    An order verb's infinitive asked right after a word of asking (``order_requests``:
    "прошу заказать продукты на Озоне", "можешь заказать подгузники на Озоне?", "бабушка
    просит заказать ей лекарства на Озоне") is such an order too, and so is an English order
    verb after a polite opener and the one addressed (``polite_addressees``: "can you order
    paper towels on Amazon?")."""
    o, t, s = vocabulary.open_world, vocabulary.triggers, vocabulary.shopping
    # "can you order paper towels on Amazon?", "could you order groceries … from
    # Instacart?": the verb after the one addressed heads the order
    head = _addressed_head(words, o, t)
    if head is None or not (
        words.matches(head, o.ordering_verbs) or words.matches(head, t.shop_verbs)
    ):
        # "можешь order пиццу через Deliveroo?", "mum says order the nappies online"
        asked = _asked_order(words, o)
        head = head if asked is None else asked
    if head is None:
        return False
    ordering = words.matches(head, o.ordering_verbs)
    # "get groceries delivered from Instacart": a getting verb orders only a delivery
    getting = not ordering and not words.matches(head, t.shop_verbs)
    if getting and (
        not words.matches(head, t.soft_shop_verbs)
        or words.vocabulary.isdisjoint(o.delivery_participles)
    ):
        return False
    info = words.infos[head]
    if (
        info is not None
        and info.is_russian
        and not info.is_imperative
        and not (ordering and head == words.first_word)
        and not _requested_before(words, head, o)
    ):
        return False  # "надо заказать на Озоне": a need, not an order to the assistant
    if not ordering and _channel_before(words, head, o):
        # "можешь через Самокат взять молоко …?": the channel said before the verb
        return _own_request(words, head, household, t) is None
    if any(
        words.matches(k, t.remind_frames) or household.find_member(words, k) is not None
        for k in range(head)
        if words.infos[k] is not None
    ) or any(words.matches(k, t.remind_frames) for k in range(head, len(words))):
        return False
    for k in range(head + 1, len(words)):
        if words.infos[k] is None:
            continue
        if getting:
            if words.matches(k, o.order_channels) and any(
                words.norms[j] in o.delivery_participles for j in range(head + 1, k)
            ):
                break  # "get groceries delivered from Instacart"
            continue
        if not ordering:
            if (
                words.matches(k, o.order_channels)
                and words.is_word(k - 1)
                and words.norms[k - 1] in o.online_prepositions
            ):
                break  # "buy it again on Amazon": no other channel reads a buying verb
            continue
        if (
            words.matches(k, o.order_channels)
            or _takeaway_ordered(words, k, o)
            or words.phrase_length(k, o.delivery_phrases)
        ):
            break  # "закажи продукты на дом": a delivery home
        if words.matches(k, s.shops) and any(
            words.norms[j] in s.shop_prepositions for j in range(max(head + 1, k - 2), k)
        ):
            break  # "from Tesco", "из Перекрёстка", "on the Tesco website"
    else:
        return False
    return _own_request(words, head, household, t) is None
