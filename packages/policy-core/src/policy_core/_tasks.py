"""Task clauses: title, assignee and zone (SPEC §4.2). The due date comes from ``_dates``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, NamedTuple

from policy_core._classes import (
    ASSIGN_HEADS,
    COORDINATORS,
    DEED_MARKS,
    DUTY_NOUNS,
    EVENT_SUBJECTS,
    HANDOVER_LINKS,
    HANDOVER_WORDS,
    PERSON_NEGATIONS,
    PERSON_NOUNS,
    REMIND_VERBS,
    REPORTING_LEMMAS,
    SENTENCE_ENDS,
    TITLE_STOPS,
    UNNAMED_DOERS,
)
from policy_core._clauses import (
    Clause,
    assigns_a_chore,
    covered_chore,
    dative_doer_last,
    duty_put_on,
    duty_when,
    gerund_deed,
    gerund_verb,
    momentary_lead,
    name_called,
    need_done,
    task_tag,
    told_done,
)
from policy_core._household import HouseholdIndex, NamedThing
from policy_core._morphology import WordInfo
from policy_core._needers import (
    has_need,
    needer_start,
    needs_pro_form,
    russian_need,
    russian_needer,
)
from policy_core._title_remarks import without_dating_occasion, without_remark_piece
from policy_core._words import Words
from policy_core.lang import TaskWords, TriggerWords, Vocabulary

__all__ = ["TaskReading", "read_task"]


# tuple.__new__ builds a TaskReading without the named tuple's Python-level __new__.
_new_tuple: Final = tuple.__new__


class TaskReading(NamedTuple):
    title: str | None
    assignee: NamedThing | None  # a member named in the text
    unknown_assignee: str | None  # a person named in the text who is not a member
    zone: NamedThing | None


def _unknown_subject(
    words: Words, i: int, start: int, end: int, skip: set[int], *, k: TaskWords
) -> bool:
    """ "Дилноза завтра пусть заберёт стулья", "Гульнора должна забрать …": a capitalised
    word no dictionary knows (no typo of one) that opens the clause (a due phrase aside) and
    is followed, past the due phrase, by a link to the doer's verb or by an infinitive, is
    its doer: a person's name, not a product's or a place's (neither is told to do)."""
    if not words.is_capitalised(i):
        return False
    if any(j not in skip and words.infos[j] is not None for j in range(start, i)):
        return False
    j = i + 1
    while j < end and j in skip:
        j += 1
    if j >= end:
        return False
    info = words.infos[j]
    return words.norms[j] in k.doer_links or (info is not None and info.is_infinitive)


def _doer_first(words: Words, i: int, start: int, end: int, skip: set[int]) -> bool:
    """ "ване завтра вынести мусор": a name that opens the clause (a due phrase aside) with an
    infinitive right after it is the doer, written in lower case or not; one that may be
    the infinitive's object ("балкон цветы полить", "посуду помыть") is none."""
    if any(k not in skip and words.infos[k] is not None for k in range(start, i)):
        return False
    doer = words.infos[i]
    if doer is not None and doer.is_russian and doer.may_be_direct:
        return False
    j = i + 1
    while j < end and j in skip:
        j += 1
    info = words.infos[j] if j < end else None
    return info is not None and info.is_infinitive


def _chore_after_link(words: Words, i: int, end: int, k: TaskWords, t: TriggerWords) -> bool:
    """The word at ``i``, a doer's link or mark, then (past "to") a chore verb or a phrasal
    deed's verb, its particle and its object: "dave can sort the tap", "priya needs to hoover",
    "chloe to feed the cat", "ava needs to pick up her toys"; a pronoun names no one ("u can
    hoover the stairs"), nor a thing that goes somewhere ("trash needs to go out tonight")."""
    norms = words.norms
    if norms[i] in k.subject_pronouns:
        return False
    j = i + 2
    if j < end and norms[j] in k.doer_marks:
        j += 1
    return j < end and (
        norms[j] in t.chore_verbs
        or (
            j + 2 < end
            and words.infos[j] is not None
            and norms[j + 1] in k.deed_particles
            and norms[j + 2] in k.deed_object_openers
        )
    )


def _person_noun(
    words: Words, i: int, start: int, k: TaskWords, household: HouseholdIndex | None = None
) -> bool:
    """ "напомни няне забрать Машу", "ask the babysitter to …": a person named by a noun right
    after a frame (past "the", "my"); no member is named so. So is one who opens the clause
    before a link to the doer's verb ("the babysitter needs to …", "няня пусть сварит …"), and
    one a task is put down for ("a job for Grandpa to fix …", "a chore for Uncle Pete: …")."""
    if not words.has_lemma(i, k.person_nouns):  # any reading: "тёте" is read "тета" first
        return False
    j = i - 1
    if (
        j > start
        and words.norms[j - 1] in k.person_determiners
        and ((info := words.infos[j]) is None or info.pos not in _VERB_POS)
    ):
        j -= 1  # "the dog walker": one word between the determiner and the noun, no verb
    elif (j > start and _name_possessive(words, j, k)) or (
        j >= start and words.is_capitalised(j) and words.norms[j].endswith(k.owner_endings)
    ):
        # "напомни Олиной маме", "ask Kate's sister", "Tom's brother should …": someone's
        # relative, named by whose
        j -= 1
    elif j > start and words.norms[j] in k.owner_marks:
        j -= 2  # "have the kids' grandma pick …": the owners' apostrophe, a token of its own
    while j >= start and words.norms[j] in k.person_determiners:
        j -= 1
    if j == start and j < i - 1 and _apposed_name(words, j, k):
        j -= 1  # "Paulo the handyman to fix …": the name, then who he is
    if j < start:
        nxt = words.next_words[i]
        if nxt is not None and _carried_name(words, nxt, k, household):
            nxt = words.next_words[nxt]  # "бабушке Вале надо …", "our cleaner Maria to …"
        if nxt is not None and (
            words.norms[nxt] in k.doer_links
            or (words.norms[nxt] in k.doer_marks and _deed_follows(words, nxt, k))
            or _plural_link(words, i, nxt, k)
        ):
            return True
        if _called_to_do(words, i, k):
            return True
        return _asked_first(words, i, k)
    if words.norms[j] in k.message_deed_links and _verb_after(words, i):
        return True  # "нужно, чтобы мастер посмотрел стиральную машину": whom the need asks
    if words.norms[j] in k.person_openers or words.lemmas[j] in k.person_opener_lemmas:
        if _owner_of_next(words, i, k):
            return False  # "make Dad's lunch": whose the lunch is; no one is made to do it
        # "let the plumber in", "get the electrician round": one let in or called out
        nxt = words.next_words[i]
        return nxt is None or words.norms[nxt] not in k.visit_particles
    if words.norms[j] in k.assignee_prepositions:
        nxt = i + 1
        if nxt < len(words) and words.infos[nxt] and words.is_capitalised(nxt):
            nxt += 1  # "for Uncle Pete to …": the noun, then a name
        return nxt < len(words) and words.norms[nxt] in k.doer_marks
    return False


def _owner_of_next(words: Words, i: int, k: TaskWords) -> bool:
    """An English possessive at ``i`` ("Dad's", "Olga's", "the kids'") before a word of its
    own: whose the thing named next is ("make Dad's lunch", "redo Dad's pill box"), never who
    is made to do the deed ("make Dad eat his lunch" names him). The one owned may be asked
    in turn, not the owner: a person ("remind grandpa's neighbor mrs kowalski to …", "have the
    neighbour's kid walk the dog") or one with a doer's mark right after it ("ask Dad's carer
    to come at 12")."""
    nxt = i + 1
    return (
        words.infos[i] is not None  # any script: "wash Маша's PE kit"
        and nxt < len(words)
        and words.infos[nxt] is not None
        and words.norms[i].endswith(k.owner_endings)
        and not words.has_lemma(nxt, k.person_nouns)
        and words.norms[nxt] not in k.owned_people
        and (nxt + 1 >= len(words) or words.norms[nxt + 1] not in k.doer_marks)
    )


def _verb_after(words: Words, i: int) -> bool:
    """A Russian finite verb right after the word at ``i`` ("чтобы мастер посмотрел")."""
    nxt = words.next_words[i]
    verb = words.infos[nxt] if nxt is not None else None
    return verb is not None and verb.is_russian and verb.pos == _VERB


def _plural_link(words: Words, i: int, nxt: int, k: TaskWords) -> bool:
    """ "the movers need to take the sofa", "the cleaners have to do …": a plural person
    noun (its lemma another word), a plural doer's link and "to"."""
    after = words.next_words[nxt]
    return (
        words.norms[nxt] in k.plural_doer_links
        and words.lemmas[i] != words.norms[i]
        and after is not None
        and words.norms[after] in k.doer_marks
    )


def _called_to_do(words: Words, i: int, k: TaskWords) -> bool:
    """ "няня, погуляй с собакой", "бабушка, испеки пирог в субботу": a person noun in the
    nominative called before a comma and a Russian imperative is told the chore; kin one
    calls a member by (``TaskWords.called_kin``: "мама, забери …") is none."""
    info = words.infos[i]
    if (
        info is None
        or not info.is_russian
        or info.noun_case != _NOMINATIVE
        or i + 1 >= len(words)
        or words.norms[i + 1] != ","
        or words.has_lemma(i, k.called_kin)
    ):
        return False
    verb_at = words.next_words[i + 1]
    verb = words.infos[verb_at] if verb_at is not None else None
    return (
        verb is not None and verb.is_russian and (verb.is_imperative or bool(verb.imperative_too))
    )


def _carried_name(
    words: Words, j: int, k: TaskWords, household: HouseholdIndex | None = None
) -> bool:
    """A capitalised name right after a person noun, in its case ("бабушке Вале", "cleaner
    Maria"): the noun's person by name, not another one; a member so named ("брату Пете",
    "Dad Tom") is the doer himself, read as a member (SPEC §4.2)."""
    info = words.infos[j]
    if info is None or not words.is_capitalised(j) or words.norms[j] in k.subject_pronouns:
        return False
    if household is not None and household.find_member(words, j) is not None:
        return False
    if info.is_russian:
        return info.may_be_name
    return True


def _apposed_name(words: Words, j: int, k: TaskWords) -> bool:
    """ "Paulo the handyman …": a capitalised English word opening the clause right before
    "the"/"our" and a person noun names that person."""
    info = words.infos[j]
    return (
        info is not None
        and not info.is_russian
        and words.is_capitalised(j)
        and words.norms[j] not in k.subject_pronouns
        and words.norms[j + 1] in k.person_determiners
    )


def _deed_follows(words: Words, mark: int, k: TaskWords) -> bool:
    """After "to" (or ":"), a deed: "the handyman to fix …", not "the handyman to the door";
    a Russian one in the infinitive."""
    nxt = words.next_words[mark]
    info = words.infos[nxt] if nxt is not None else None
    if info is None or nxt is None:
        return False
    if info.is_russian:
        return info.is_infinitive
    named = words.is_capitalised(nxt) and not words.tokens[nxt].text.isupper()  # "TO PICK UP"
    return words.norms[nxt] not in k.person_determiners and not named


_LATIN_DOER_REACH: Final = (
    2  # words (the due phrase aside) between the link and the verb, the verb too
)


def _latin_doer(words: Words, i: int, end: int, skip: set[int], v: Vocabulary) -> bool:
    """ "Sam должен помыть машину", "Liam должна забрать посылку", "Alex пусть купит …": a
    capitalised Latin-spelt word opening a Russian clause, then a link that agrees with a
    person ("должен", "пусть"; not "надо": "Xbox надо …") and a Russian verb, is the one who does it, named in the other script; a product, a shop, a
    list, a zone or a day so placed ("Ikea надо съездить", "Garage надо убрать") is none."""
    k = v.tasks
    info = words.infos[i]
    if info is None or info.is_russian or i in skip or not words.is_capitalised(i):
        return False
    norm, lemma = words.norms[i], words.lemmas[i]
    if any(
        key in v.shopping.known_products
        or key in v.shopping.shops
        or key in v.triggers.list_words
        or key in k.not_people
        or key in k.self_words
        or key in k.scaffold_leading
        or key in v.dates.due_words
        for key in (norm, lemma)
    ):
        return False
    j = i + 1
    link = words.infos[j] if j < end else None
    if link is None or not link.is_russian or words.norms[j] not in k.person_doer_links:
        return False  # "Xbox надо отнести …": "надо", "нужно" follow a thing as well
    seen = 0
    nxt = words.next_words[j]
    while nxt is not None and nxt < end and seen < _LATIN_DOER_REACH:
        if nxt not in skip:  # past the due phrase ("Ben должен в субботу покрасить …")
            verb = words.infos[nxt]
            if verb is not None and verb.is_russian and verb.pos in _VERB_POS:
                return True
            seen += 1  # "Sam должен газон покосить": an object before the verb
        nxt = words.next_words[nxt]
    return False


def _task_tag(words: Words, i: int, end: int, t: TriggerWords) -> bool:
    """ "Коле задача: …", "Коле задача заправить машину", "…, Кате таска": a task noun right
    after the name tags the task for that person; one a finite verb or a negation tells about
    ("Коле задача не понравилась", "Кате задание понравилось") is the subject of a remark."""
    if i + 1 >= end or not words.matches(i + 1, t.task_nouns):
        return False
    j = i + 2
    if j >= end:
        return True
    info = words.infos[j]
    if info is None:  # ":", "—", ","
        return True
    if words.norms[j] in t.negations:
        return False
    return not (info.is_russian and info.pos in _VERB_POS and not info.is_infinitive)


def _unknown_doer(
    words: Words,
    start: int,
    end: int,
    skip: set[int],
    v: Vocabulary,
    *,
    household: HouseholdIndex | None = None,
) -> int | None:
    """The person named who is no member and may do the task, in either script."""
    found = _unknown_person(words, start, end, skip, k=v.tasks, t=v.triggers, household=household)
    if found is None and _latin_doer(words, start, end, skip, v):
        return start
    return found


_POSSESSIVE_STEM: Final = 2  # "Олиной": a stem of at least this many letters before the ending


def _name_possessive(words: Words, j: int, k: TaskWords) -> bool:
    """A capitalised Russian possessive made from a first name ("Олиной", "Петиному")."""
    info = words.infos[j]
    norm = words.norms[j]
    return (
        info is not None
        and info.is_russian
        and words.is_capitalised(j)
        and any(
            norm.endswith(e) and len(norm) - len(e) >= _POSSESSIVE_STEM
            for e in k.name_possessive_endings
        )
    )


def _asked_first(words: Words, i: int, k: TaskWords) -> bool:
    """ "бабушке Гале напомни …", "няне скажи …": a person noun in the dative opening the
    clause, past the name it may carry, right before the frame that asks (``person_opener_
    lemmas``) is whom the frame asks ("бабушка сказала …" tells, in the nominative)."""
    info = words.infos[i]
    if info is None or not info.is_russian or info.noun_case != _DATIVE:
        return False
    nxt = words.next_words[i]
    if nxt is not None and nxt == i + 1:
        named = words.infos[nxt]
        if named is not None and named.may_be_name and named.noun_case in (_DATIVE, None):
            nxt = words.next_words[nxt]  # "бабушке Гале"
    return nxt is not None and words.lemmas[nxt] in k.person_opener_lemmas


def _unknown_person(
    words: Words,
    start: int,
    end: int,
    skip: set[int],
    *,
    k: TaskWords,
    t: TriggerWords,
    spoken_to: bool = False,
    household: HouseholdIndex | None = None,
) -> int | None:
    """A person named who is no member and may do the task; with ``spoken_to`` (a member
    was called before the frame), one in the dative after the deed's verb receives it."""
    infos = words.infos
    nouns = bool(words.classes4 & PERSON_NOUNS)
    unnamed = bool(words.classes4 & UNNAMED_DOERS)
    for i in range(start, end):
        info = infos[i]  # None for all but words
        if info is None or i in skip:
            continue
        if unnamed and words.norms[i] in k.unnamed_doers and _delegated_to(words, i, start, k, t):
            return i  # "поручи (это) кому-нибудь", "ask someone to …": no member named
        if (
            i > start
            and words.norms[i - 1] in k.non_doer_prepositions
            and _deed_before(words, i - 1, start, t)
        ):
            continue  # "проветри у дедушки в комнате": whose room, not who airs it
        if nouns and _person_noun(words, i, start, k, household):
            return i
        if nouns and _kin_dative_opens(words, i, start, end, skip, k=k, t=t):
            return i  # "деду Толе проверить насос в колодце": the relative is put the chore
        if info.is_russian:
            if info.norm in k.self_words:
                continue
            if not info.may_be_name:
                if _named_after_frame(words, i, start, k):
                    return i  # "напомни Светке …": a name the dictionary does not know
                if info.guessed and _unknown_subject(words, i, start, end, skip, k=k):
                    return i  # "Дилноза завтра пусть заберёт …": a name no dictionary knows
                continue
            if i > start and words.lemmas[i - 1] in k.person_nouns:
                continue  # "поздравить внучку Катю": who the task is about, by her name
            if info.may_be_direct and _verb_before(words, i, start, t):
                continue  # "покорми Рекса", "свози Мурку к ветеринару": what the deed is on
            if (
                spoken_to
                and info.noun_case == _DATIVE
                and _verb_before(words, i, start, t)
                and not words.has_lemma(i - 1, t.purpose_frames)
            ):
                continue  # "Маша, отнеси Светлане Петровне заявление": whom the deed is for
            if _given_to(words, i, start, t):
                continue  # "напомни завтра дать Мише антибиотик": whom the deed is for
            before = words.lemmas[i - 1] if i > start else ""
            after = words.norms[i + 1] if i + 1 < end else ""
            capitalised = words.is_capitalised(i)
            if (
                before in k.person_opener_lemmas
                or (i > start and words.norms[i - 1] in k.person_openers)  # "remind Серёжу"
                or (i > start and _task_link(words, i - 1, start, t, k))  # "таску на Милицу"
                or (i == start and after == ",")
                or (capitalised and info.is_name)
                or (info.is_name and after in k.doer_links)  # "кирилл пусть помоет …"
                # "Коле задача: …", "Серёже задание: …": a name read first as another word
                or (capitalised and _task_tag(words, i, end, t))
                or (capitalised and i == start and _told_after(words, i, end, k))
                or _doer_first(words, i, start, end, skip)
                # "Марисоль пусть помоет окна": a name no dictionary knows, read a noun too
                or (info.guessed and _unknown_subject(words, i, start, end, skip, k=k))
            ):
                return i
            continue
        norm = words.norms[i]
        if (
            norm in k.not_people
            or norm in k.self_words
            or norm in t.chore_verbs
            or norm in k.scaffold_leading
        ):
            continue
        nxt = words.norms[i + 1] if i + 1 < end else ""
        prev = words.norms[i - 1] if i > start else ""
        capitalised = words.is_capitalised(i)
        opened = prev in k.person_openers or (
            i > start and words.lemmas[i - 1] in k.person_opener_lemmas
        )
        if (
            opened
            and (nxt in k.person_followers or capitalised or (nxt in t.chore_verbs and i + 2 < end))
            and not _owner_of_next(words, i, k)  # "make Olga's lunch": hers, not her deed
        ):
            return i  # "remind Mike, …", "напомни James to …", "make chloe feed the cat"
        if _placed_outsider(words, i, start, k):
            return i  # "have kyle from next door mow …", "ask the kid across the road to …"
        if capitalised and prev in t.need_complementisers and _need_that_deed(words, i, start, t):
            return i  # "need that Lucy feed the cat": the deed asked of her, no member
        if (
            capitalised
            and i == start
            and nxt in k.person_followers
            and not _speakers_own_after(words, i + 2, end, k)
        ):
            return i  # "Mike, …"; "Ma'am, I need to iron …" calls her, the speaker's deed
        if i == start and name_called(words, i, household, t):
            return i  # "Kate sterilise bottles tonight": one called with no comma
        if capitalised and i == start + 1 and prev in k.name_titles and nxt in k.person_followers:
            return i  # "Coach Mike to pick up the kit", "Mrs Patel needs to …"
        if (
            i == start
            and (nxt in k.doer_links or nxt in k.doer_marks)
            and _chore_after_link(words, i, end, k, t)
        ):
            return i  # "dave can sort the leaky tap": a name in chat's lower case, then its deed
        if (
            capitalised
            and (nxt in k.doer_marks or nxt in k.put_down_dashes)
            and _put_down_for(words, i, start, k)
        ):
            return i  # "a task for Harry to fix …", "a task for Lucy - hoover …"
        if (
            capitalised
            and nxt in k.name_honorifics
            and i + 2 < end
            and (words.norms[i + 2] in k.doer_marks or words.norms[i + 2] in k.put_down_dashes)
            and _put_down_for(words, i, start, k)
        ):
            return i  # "a task for Priya didi — water …", "a job for Raju bhaiya to fix …"
        if (
            capitalised
            and prev in t.to_markers
            and words.classes2 & ASSIGN_HEADS
            and any(words.matches(j, t.assign_heads) for j in range(start, i - 1))
        ):
            return i  # "assign the turnover clean to Megan": whom the chore is given
    return None


_NEEDER_REACH: Final = 2  # a needer after a title's object: "the car", "the teacher"


def _before_needer(words: Words, kept: list[int], v: Vocabulary) -> list[int]:
    """The title up to a need said after the deed with a pro-form or a needer in the dative
    (``_needers``), whether or not the need is still in the title: "Tom replace the air
    filter the car needs it", "remind Petya to iron his shirt he needs it on friday", "Петя,
    отсканируй паспорт, банку он нужен сегодня", "Петя, выгуляй собаку, ей это нужно" end
    before who needs it. A need that is the deed's own frame, first in the title, is left
    ("Маше нужно убрать комнату")."""
    if not kept or not has_need(words):
        return kept  # (most titles: no need word in the text)
    for need in range(kept[0] + 1, len(words)):
        if need + 1 < len(words) and needs_pro_form(words, need, v):
            first = needer_start(words, need, kept[0] + 1, False, v, reach=_NEEDER_REACH)
        elif russian_need(words, need, v):
            first = russian_needer(words, need, kept[0] + 1)
        else:
            continue
        if kept[0] < first < need:
            cut = [i for i in kept if i < first]
            while cut and words.is_punct(cut[-1]):
                cut.pop()  # "Распечатать договор, арендодателю …": no mark left last
            return cut
    return kept


def _need_that_deed(words: Words, i: int, start: int, t: TriggerWords) -> bool:
    """A need word two before ``i`` (its "that" between) and a chore's or a doer's verb
    after it: "I need that Lucy takes her medicine", "need that Lucy feed the cat" (a
    learner's "I need Lucy to …", the calque of "нужно, чтобы …"): ``i`` is the doer."""
    verb = i + 1
    return (
        i - 2 >= start
        and words.matches(i - 2, t.need_words)
        and verb < len(words)
        and (words.has_lemma(verb, t.chore_verbs) or words.has_lemma(verb, t.doer_verbs))
    )


_OWN_REMARK_AT: Final = 2  # "mop the kitchen i'll …": a verb and its object before the remark
_OWN_REACH: Final = 3  # "I need to", "I have to": the words after "I" that hold no "you"


def _speakers_own_after(words: Words, j: int, end: int, k: TaskWords) -> bool:
    """The clause after one called opens with the speaker ("Ma'am, I need to iron the
    uniforms", "Honey, I have to clean …"), no one spoken to in its next words: the deed is
    the speaker's, the one called no doer ("Mike, I want you to fix …" asks Mike); English
    only ("Alex, я тебе задачу ставлю …" puts the task to Alex)."""
    return (
        j < end
        and words.norms[j] in k.self_words
        and not ((info := words.infos[j]) is not None and info.is_russian)  # English only
        and not any(
            words.norms[n] in k.tag_addressees for n in range(j + 1, min(end, j + 1 + _OWN_REACH))
        )
    )


def _kin_dative_opens(
    words: Words, i: int, start: int, end: int, skip: set[int], *, k: TaskWords, t: TriggerWords
) -> bool:
    """ "деду Толе проверить насос в колодце", "бабушке в субботу полить рассаду": a person
    noun in the dative opening the clause (past the name it carries and the due phrase),
    right before an infinitive, is put the chore, as a first name so placed is ("Серёже
    починить кран"). An infinitive that takes whom it is for (``TriggerWords.recipient_
    verbs``: "маме позвонить", "бабушке испечь пирог") keeps the speaker's reading."""
    info = words.infos[i]
    if (
        info is None
        or not info.is_russian
        or info.noun_case != _DATIVE
        or not words.has_lemma(i, k.person_nouns)
        or (labelled := _opens_or_labelled(words, i, start, skip, t)) is None
    ):
        return False
    j = i + 1
    if j < end and words.is_capitalised(j) and (named := words.infos[j]) is not None:
        j += 1 if named.may_be_name else 0  # "деду Толе"
    while j < end and (j in skip or words.norms[j] in k.doer_marks):
        j += 1  # "в субботу", "бабушке: испечь …"
    verb = words.infos[j] if j < end else None
    return (
        verb is not None
        and verb.is_infinitive
        and (labelled or not words.has_lemma(j, t.recipient_verbs))
    )


_LABEL_MARK: Final = ":"  # a task's label ends: "создай задачу: …"


def _opens_or_labelled(
    words: Words, i: int, start: int, skip: set[int], t: TriggerWords
) -> bool | None:
    """False when the word at ``i`` opens the clause (a due phrase aside), True when it
    follows a task's noun or its label's mark ("создай задачу: дедушке Толе …", "поставь
    задачу бабушке: испечь …": put down for them, whatever the deed), None otherwise."""
    j = i - 1
    while j >= start and (j in skip or (words.infos[j] is None and words.norms[j] != _LABEL_MARK)):
        j -= 1
    if j < start:
        return False
    if words.norms[j] == _LABEL_MARK and j > start:
        j -= 1
    return True if words.matches(j, t.task_nouns) else None


def _placed_outsider(words: Words, i: int, start: int, k: TaskWords) -> bool:
    """One placed by where they live (``TaskWords.outsider_places``) is a doer who is no
    member: after a frame ("have kyle from next door mow the lawn", "ask the kid across the
    road to …"), opening the clause before a doer's link or mark ("the lady next door should
    feed the cat", "the man from next door will …"), or after "for" before the task's mark
    ("task for Mrs Henderson next door: collect our mail")."""
    if i + 1 >= len(words) or words.norms[i + 1] not in k.outsider_place_openers:
        return False
    placed = words.phrase_length(i + 1, k.outsider_places)
    if not placed:
        return False
    j = i - 1
    while j >= start and (
        words.norms[j] in k.person_determiners or words.norms[j] in k.name_titles
    ):
        j -= 1
    if j >= start and (
        words.norms[j] in k.person_openers or words.lemmas[j] in k.person_opener_lemmas
    ):
        return True
    after = i + 1 + placed
    nxt = words.norms[after] if after < len(words) else ""
    if j < start:
        return nxt in k.doer_links or nxt in k.doer_marks or nxt in k.plural_doer_links
    return words.norms[j] in k.assignee_prepositions and (
        nxt in k.doer_marks or nxt in k.put_down_dashes
    )


def _delegated_to(words: Words, i: int, start: int, k: TaskWords, t: TriggerWords) -> bool:
    """The word at ``i`` comes right after a delegating verb (``TriggerWords.delegate_verbs``),
    or one word past it that is not the speaker ("поручи это кому-нибудь"). A reminder to
    everyone ("remind everyone to clean the kitchen", "напомни всем …") is the speaker's, as
    the wording corpus labels it, and "need someone to water the plants" golden's."""
    for j in (i - 1, i - 2):
        if j < start or words.is_punct(j) or words.norms[j] in k.self_words:
            return False
        if words.matches(j, t.delegate_verbs):
            return True
    return False


_NOUN: Final = "NOUN"  # OpenCorpora: a noun
_VERB_POS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive
# OpenCorpora: an adverb, an interjection, a particle, a conjunction: no thing
# to be reminded of ("хорошо, напомни мне", "ладно, напомни")
_NO_THING_POS: Final = frozenset({"ADVB", "INTJ", "PRCL", "CONJ"})
_TELL_REACH: Final = 4  # "Гене с третьего этажа скажи …": words between the name and the frame


def _told_after(words: Words, i: int, end: int, k: TaskWords) -> bool:
    """ "Гене с третьего этажа скажи, пусть …", "Вадиму передай …": a name opening the
    clause, then within a few words and no other verb, a telling or asking frame in the
    imperative: the one told does it."""
    for j in range(i + 1, min(end, i + 1 + _TELL_REACH)):
        info = words.infos[j]
        if info is None or info.pos not in _VERB_POS:
            continue
        return info.is_imperative and words.lemmas[j] in k.person_opener_lemmas
    return False


def _verb_before(words: Words, i: int, start: int, t: TriggerWords) -> bool:
    """The word before ``i`` is an imperative or an infinitive that frames no doer: a name
    in the accusative right after it is what the deed works on ("выгулять Рекса", "покорми
    Мурку"), not who does it ("попроси Сергея", "напомни Светке" are frames)."""
    verb = words.infos[i - 1] if i > start else None
    return (
        verb is not None
        and (verb.is_imperative or verb.is_infinitive)
        and words.lemmas[i - 1] not in t.delegate_verbs
        and not _is_frame(words, i - 1, t)
    )


def _told_chore(
    words: Words, kept: list[int], trigger: int, info: WordInfo | None, v: Vocabulary
) -> tuple[list[int], bool]:
    """ "Петя моет посуду — напомни ему вечером": when the trigger is a chore told in the
    present, the title is the chore told, not the frame after it; and whether it is."""
    if info is None or not _told_present(info, words.lemmas[trigger], v):
        return kept, False
    return _before_frame(words, kept, trigger, v.triggers), True


def _told_zones(
    words: Words, zones: list[tuple[NamedThing, int, int]], trigger: int
) -> list[tuple[NamedThing, int, int]]:
    """ "Маша гладит бельё, он мне с гаражом помогал — напомни ей": the zone of a chore told
    is in the chore's own words, never in the reason after its mark."""
    end = next((m for m in range(trigger, len(words)) if words.is_punct(m)), len(words))
    return [zone for zone in zones if zone[1] < end]


def _told_present(info: WordInfo, lemma: str, v: Vocabulary) -> bool:
    """A Russian chore verb in the present tense ("моет", "драит"): a member's chore told."""
    return (
        info.is_russian
        and info.pos == "VERB"
        and not (info.is_past or info.is_future or info.is_imperative or info.is_infinitive)
        and lemma in v.open_world.errand_lemmas
    )


def _before_frame(words: Words, kept: list[int], trigger: int, t: TriggerWords) -> list[int]:
    """The title's words before the remind or add verb said after the chore told, without the
    marks that end them."""
    frame = next(
        (
            k
            for k in kept
            if k > trigger and (words.matches(k, t.remind_verbs) or words.matches(k, t.add_verbs))
        ),
        -1,
    )
    if frame < 0:
        return kept
    kept = [k for k in kept if k < frame]
    while kept and words.is_punct(kept[-1]):
        kept.pop()
    return kept


def _deed_before(words: Words, i: int, start: int, t: TriggerWords) -> bool:
    """The deed's verb, an imperative or an infinitive (no frame, no delegating or telling
    verb: "скажи, чтобы у Димы убрали" names no deed of its own), is the nearest verb before
    ``i`` in the clause, with no mark between them ("вынеси мусор, у Димы ключи" is a remark
    of its own)."""
    for j in range(i - 1, start - 1, -1):
        if words.is_punct(j):
            return False
        verb = words.infos[j]
        if verb is None or not verb.is_russian:
            continue
        if verb.is_imperative or verb.is_infinitive or verb.imperative_too:
            return (
                words.lemmas[j] not in t.delegate_verbs
                and words.lemmas[j] not in t.purpose_frames
                and not _is_frame(words, j, t)
            )  # ("полей цветы": a noun's reading first, an imperative's too)
        if verb.pos == "VERB":
            return False
    return False


def _given_to(words: Words, i: int, start: int, t: TriggerWords) -> bool:
    """ "напомни завтра в 9 дать Мише антибиотик", "напомни мне отвезти яйца Тамаре
    Ивановне": a name in the dative after the deed's infinitive (the nearest verb before it,
    no mark and no task's noun between), that infinitive asked by a remind verb naming no one
    before it, receives the deed; it does not do it. A name right after the frame is the one
    reminded ("напомни Мише дать …"); "создай задачу Ивану — …" puts it down for him."""
    info = words.infos[i]
    if info is None or info.noun_case != _DATIVE:
        return False
    j = i - 1
    while j > start:
        if words.is_punct(j) or words.matches(j, t.task_nouns):
            return False
        verb = words.infos[j]
        if verb is not None and verb.pos in _VERB_POS:
            break
        j -= 1
    verb = words.infos[j]
    if j <= start or verb is None or not verb.is_infinitive or _is_frame(words, j, t):
        return False
    for n in range(j - 1, start - 1, -1):
        before = words.infos[n]
        if before is not None and before.is_russian and before.may_be_name:
            return False  # "напомни Kate …", "напомни Пете завтра дать …"
        if words.matches(n, t.remind_verbs):
            return True
    return False


def _named_after_frame(words: Words, i: int, start: int, k: TaskWords) -> bool:
    """A capitalised noun right after a frame ("напомни Светке", "пусть Светка") names a
    person, even one the dictionary reads as a common noun."""
    info = words.infos[i]
    return (
        i > start
        and info is not None
        and info.pos == _NOUN
        and words.is_capitalised(i)
        and words.lemmas[i - 1] in k.person_opener_lemmas
    )


def _put_down_for(words: Words, i: int, start: int, k: TaskWords) -> bool:
    """The word at ``i`` follows "for" (past "the"): whom a task is put down for."""
    j = i - 1
    while j >= start and words.norms[j] in k.person_determiners:
        j -= 1
    return j >= start and words.norms[j] in k.assignee_prepositions


_ACCUSATIVE: Final = "accs"  # OpenCorpora: the accusative case
_PRONOUN: Final = "NPRO"  # OpenCorpora: a pronoun
_VERB: Final = "VERB"  # OpenCorpora: a finite verb


def _is_object(words: Words, i: int, start: int, t: TriggerWords) -> bool:
    """ "отвезти Петю на футбол", "забрать Машу из школы": a member in the accusative right
    after a chore verb is what the task is about, not who does it ("попроси Машу …" names
    the doer: a frame)."""
    info = words.infos[i]
    if info is not None and not info.is_russian and i > start:
        # "take Tom to the dentist", "help Tom with …": a member right after a chore verb;
        # "get the batteries back from Tom": whom the thing comes from
        if words.norms[i - 1] in t.source_prepositions:
            return True
        return words.norms[i - 1] in t.chore_verbs and not _is_frame(words, i - 1, t)
    if info is None or not info.is_russian or info.noun_case != _ACCUSATIVE or i <= start:
        return False
    verb = words.infos[i - 1]
    return (
        verb is not None
        and (verb.is_infinitive or verb.is_imperative)
        and not _is_frame(words, i - 1, t)
    )


_WISH_REACH: Final = 3  # "…, Tom wants to park …": the words before the wish


def _wish_told_after(words: Words, kept: list[int], n: int, t: TriggerWords) -> bool:
    """From ``kept[n]`` (after a mark), someone's wish or plan told within a few words
    (``TriggerWords.told_wants`` before "to": "Petya needs to clean the garage, Tom wants to
    park the car there"): why, no part of the chore."""
    for m in range(n, min(len(kept) - 1, n + _WISH_REACH)):
        if words.norms[kept[m]] in t.told_wants and words.norms[kept[m + 1]] in t.to_markers:
            return True
    return False


def _tells_apart(words: Words, kept: list[int], n: int, k: TaskWords) -> bool:
    """Whether the deed stands before the mark at ``kept[n - 1]`` (``WordInfo.may_say_deed``:
    an imperative or infinitive, a future told of its doer, or a word in English) and a
    clause of its own follows it, one no subordinator opens ("починить кран, который
    капает" keeps what it tells of; "пусть Петя ковёр выбьет, дед велел" ends at the mark)."""
    if n >= len(kept) or words.norms[kept[n]] in k.subordinators:
        return False
    deed_before = False
    for m in kept[: n - 1]:
        info = words.infos[m]
        if info is not None and info.may_say_deed:
            deed_before = True
            break
    return deed_before and (
        _told_apart(words, kept, n)
        or _state_told(words, kept, n, k)
        or _visit_told(words, kept, n, k)
        or _name_told(words, kept, n, k)
    )


def _name_told(words: Words, kept: list[int], n: int, k: TaskWords) -> bool:
    """ "remind me to sit with Dad tomorrow evening, Olga has work", "Lucy, wash the car, Tom
    is away": after the mark, a capitalised English name right before a verb that tells
    (``TaskWords.comment_verbs``) is a clause of its own, why the deed falls to whom it does,
    no part of the task."""
    if n + 1 >= len(kept):
        return False
    name, verb = kept[n], kept[n + 1]
    if words.norms[name] in k.comment_verbs and kept[n - 1] == name - 2:
        name, verb = name - 1, name  # the member's name read as the doer, dropped from kept
    return (
        verb == name + 1
        and words.infos[name] is not None  # any script: "…, Маша has a cold"
        and words.is_capitalised(name)
        and words.norms[verb] in k.comment_verbs
    )


# words from an English comment's determiner to its verb: "…, the mirror is a disaster",
# "…, his bike and all that lacrosse stuff is everywhere"
_STATE_REACH: Final = 8


def _state_told(words: Words, kept: list[int], n: int, k: TaskWords) -> bool:
    """ "Tom, clean the bathroom tomorrow, the mirror is a disaster": after the mark, an
    English determiner opens a subject and, a few words on, a verb that tells
    (``TaskWords.comment_verbs``), no subordinator between: a clause about something else
    than the task."""
    norms = words.norms
    if norms[kept[n]] not in k.deed_object_openers:
        return False
    for m in kept[n + 1 : n + 1 + _STATE_REACH]:
        norm = norms[m]
        if norm in k.subordinators and norms[m - 1] not in k.pre_determiners:
            return False  # "water the plants, the ones that are dry": what the deed is done on
        if norm in k.comment_verbs:
            return True
    return False


def _told_apart(words: Words, kept: list[int], n: int) -> bool:
    """ "…, в ванной течёт", "…, к Новому году надо, чтоб блестели", "…, туда поставим
    коробки": what follows the mark holds a Russian verb in the present or past, or in the
    speaker's own future (no imperative, infinitive or other future, which may say the deed
    itself), a clause that tells of something else than the task."""
    for m in kept[n:]:
        info = words.infos[m]
        if (
            info is not None
            and info.is_russian
            and info.pos == _VERB
            and not info.is_imperative
            # "…, а в ванной пусть протрёт зеркало": the deed itself
            and not (info.is_future and not info.is_first_person)
        ):
            return True
    return False


def _receives(
    words: Words, i: int, clause: Clause, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """A member in the Russian dative the deed is done to, no doer: right after an infinitive
    or imperative that frames no one ("дать Маше лекарство", "отнеси Маше плед"), or before
    such an imperative ("плед Маше отнеси, Петя", "Маше помоги с уроками"). Whom a frame or
    a verb of telling asks ("напомни Пете …", "Петьке передай …"), a dative before an
    infinitive, its doer ("Пете вымыть окна", "слушай, Пете помочь мне …"), and one called
    with a comma after ("Маше, помой посуду") do the task."""
    t = v.triggers
    info = words.infos[i]
    if info is None or not info.is_russian:
        return False
    trigger = words.infos[clause.trigger]
    if trigger is None or (i < clause.trigger and trigger.is_infinitive):
        return False
    if i > clause.trigger and dative_doer_last(words, clause.trigger, i, household, v):
        return False  # "окна помыть Пете в субботу": the member said last does it
    if info.noun_case != _DATIVE:
        return False
    before = i - 1
    verb = words.infos[before] if before >= clause.start else None
    if verb is not None and (verb.is_infinitive or verb.is_imperative):
        return not _frames(words, before, t)
    return (
        i < clause.trigger
        and not words.is_punct(i + 1)
        and trigger.is_imperative
        and not _frames(words, clause.trigger, t)
    )


def _frames(words: Words, i: int, t: TriggerWords) -> bool:
    """A frame, or a verb of telling or asking that passes a deed on ("передай", "скажи"), or
    of assigning one ("доверь Маше полив")."""
    return (
        _is_frame(words, i, t)
        or words.has_lemma(i, t.purpose_frames)
        or bool(words.classes2 & ASSIGN_HEADS and words.matches(i, t.assign_heads))
    )


def _coordinated_person(
    words: Words, member: int, clause: Clause, household: HouseholdIndex, k: TaskWords
) -> int | None:
    """ "Sam and Mike need to …", "Петя и Вася, уберите …": a second doer named beside the
    member, a member too or not ("Jack and Lucy need to …", "Tom or Jack should …"): the
    task has one assignee (SPEC §4.2) and a decision never drops what was asked, so whom
    the task is for is asked."""
    for other, link in ((member + 2, member + 1), (member - 2, member - 1)):
        if not (clause.start <= other < clause.end) or words.norms[link] not in k.coordinators:
            continue
        info = words.infos[other]
        kin = words.has_lemma(other, k.person_nouns)  # "пусть Маша и бабушка испекут …"
        if info is None or not (words.is_capitalised(other) or kin):
            continue
        norm = words.norms[other]
        if (
            norm in k.self_words
            or norm in k.not_people
            or (info.is_russian and not info.may_be_name and not kin)
        ):
            continue
        other_member = household.find_member(words, other)
        if other_member is None or other_member != household.find_member(words, member):
            return other
    return None


def _other_doer(
    words: Words,
    member: int,
    clause: Clause,
    household: HouseholdIndex,
    *,
    k: TaskWords,
    t: TriggerWords,
) -> int | None:
    """A doer who is no member named beside or before the member at ``member``, or after the
    frame the member was asked before ("Олег, напомни Саше про ключи")."""
    found = None
    if words.classes4 & COORDINATORS:
        found = _coordinated_person(words, member, clause, household, k)
    if found is None and words.classes4 & PERSON_NOUNS:
        # "ask the babysitter to pick up Lucy": the doer is named first, Lucy is the object
        start = clause.start
        found = next(
            (i for i in range(start, member) if _person_noun(words, i, start, k, household)), None
        )
        after = member + 1
        if (
            found is None
            and after < clause.end
            and words.norms[member].endswith(k.owner_endings)
            and _person_noun(words, after, start, k, household)
        ):
            found = after  # "remind Kate's mum to …": her mum, not Kate, is asked
    if found is None and member < clause.trigger and not _asked_before_frame(words, member):
        # the member is spoken to; whom the frame names after it does the task
        trigger, end = clause.trigger, clause.end
        # "Маша, скажи Серёже полить цветы": from the frame that passes the task on, when the
        # deed's verb comes after it
        trigger = next(
            (
                j
                for j in range(member + 1, trigger)
                if (info := words.infos[j]) is not None
                and info.is_russian
                and info.is_imperative
                and info.lemma in k.person_opener_lemmas
            ),
            trigger,
        )
        members = {i for i in range(trigger, end) if household.find_member(words, i) is not None}
        found = _unknown_person(
            words, trigger, end, members, k=k, t=t, spoken_to=True, household=household
        )
    return found


_DATIVE: Final = "datv"  # OpenCorpora: the dative case
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case


def event_told(subject: WordInfo | None, verb: WordInfo | None) -> bool:
    """A Russian noun in the nominative and a finite verb said of it that asks nothing (the
    third person or the past, no imperative): an event told ("внук приезжает", "кран
    потёк"), not a chore asked."""
    return (
        subject is not None
        and subject.is_russian
        and subject.pos == _NOUN
        and subject.noun_case == _NOMINATIVE
        and verb is not None
        and verb.pos == _VERB
        and not verb.is_imperative
        and (verb.is_third_person or verb.is_past)
    )


_ADJECTIVE: Final = "ADJF"  # OpenCorpora: a full adjective ("стиральная")
_PLACE_REACH: Final = 2  # words of a place after its preposition: "в детской", "на верхней полке"
_DIRECT_CASES: Final = frozenset({"nomn", "accs"})  # OpenCorpora: an inanimate subject's readings


def _asked_before_frame(words: Words, member: int) -> bool:
    """ "Пете напомни цветы полить", "Машеньке скажи ковёр пропылесосить": a member in the
    dative with no comma after it, before the frame, is whom the frame asks (the spoken-to
    "Олег, напомни Саше …" is called by name, then a comma)."""
    info = words.infos[member]
    return (
        info is not None
        and info.is_russian
        and info.noun_case == _DATIVE
        and member + 1 < len(words)
        and not words.is_punct(member + 1)
    )


def _creates_task(
    words: Words, kept: list[int], t: TriggerWords, notes: frozenset[str] = frozenset()
) -> bool:
    """ "создай задачу", "add a task", "make a reminder": a creation verb before a task noun,
    or before a note (``notes``, ``TaskWords.note_nouns``: "make a note for Emma to …")."""
    norm, lemma = words.norms[kept[0]], words.lemmas[kept[0]]  # (``words.matches``, inline)
    if not (
        norm in t.create_verbs
        or lemma in t.create_verbs
        or norm in t.add_verbs
        or lemma in t.add_verbs
    ):
        return False
    return any(words.matches(k, t.task_nouns) or words.matches(k, notes) for k in kept[1:4])


def _second_named(words: Words, i: int, clause: Clause, k: TaskWords) -> bool:
    """ "Tom needs to pick up Lucy from school": a member named after the doer and after the
    verb, not beside the doer ("Tom and Lucy", "Tom, Lucy"), is who the task is about."""
    before = i - 1
    return (
        i > clause.trigger
        and before >= 0
        and words.norms[before] not in k.coordinators
        and words.norms[before] not in k.after_assignee
    )


def _reports(words: Words, i: int, v: Vocabulary) -> bool:
    """ "Маша сказала, что нужно помыть пол", "Tom says the bins need to go out": the member
    who said it is not who does it ("Маша хочет помыть пол", "Tom wants to mow" are)."""
    verb = words.next_words[i]
    if verb is None or not words.matches(verb, v.open_world.reporting_lemmas):
        return False
    said = words.infos[verb]
    if said is not None and said.is_russian and said.is_imperative:
        return False  # "Петеньке скажи ковёр пропылесосить": who is told, not who said
    after = words.next_words[verb]
    for _ in range(2):  # "wants to mow", "wants me to remind her": what they want done
        if after is None:
            return True
        info = words.infos[after]
        if words.norms[after] in v.triggers.to_markers or (info is not None and info.is_infinitive):
            return False
        after = words.next_words[after]
    return True


def _after_report(words: Words, kept: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """ "мама сказала Пете вынести мусор": who said it and the saying are no part of the task
    (a reporting verb before the clause's trigger)."""
    if not words.classes4 & REPORTING_LEMMAS:
        return kept  # most commands report nobody
    reporting = v.open_world.reporting_lemmas
    for n in range(len(kept) - 1, -1, -1):
        index = kept[n]
        if index < trigger and words.matches(index, reporting):
            return kept[n + 1 :]
    return kept


def _without_trailing_frame(
    words: Words, kept: list[int], t: TriggerWords, k: TaskWords
) -> list[int]:
    """ "…, would you remind him": a reminder asked for after the task, with nothing else in
    it (no second task), cut at its comma."""
    if len(kept) < 3 or not words.classes1 & (REMIND_VERBS | HANDOVER_WORDS):
        return kept  # no reminder or handover word anywhere: most titles
    for n in range(len(kept) - 1, 0, -1):
        if words.norms[kept[n]] not in t.joiners and words.norms[kept[n]] not in t.list_marks:
            continue
        tail = kept[n + 1 :]
        if all(words.is_punct(m) for m in tail):
            continue  # the closing full stop
        if any(
            words.matches(m, t.remind_verbs) or words.norms[m] in k.handover_words for m in tail
        ) and all(
            words.is_punct(m)
            or words.matches(m, t.remind_verbs)
            or words.norms[m] in k.handover_words
            or words.matches(m, k.scaffold_leading)
            or words.norms[m] in k.trailing
            for m in tail
        ):
            return kept[:n]  # "…, would you remind him", "… — give that one to Tom"
        return kept
    return kept


_SHORT_WORD: Final = (
    3  # "St.", "Dr.", "т.": a word this short and capitalised, or shorter, abbreviated
)
_TAG_REACH: Final = 3  # words a coaxing tag may have after its opener: "like a good" + "lad"


def _ends_sentence(words: Words, i: int, k: TaskWords) -> bool:
    """The mark at ``i`` ends a sentence: not the full stop of an abbreviation."""
    if words.norms[i] not in k.sentence_ends:
        return False
    if words.norms[i] != "." or i == 0 or not words.is_word(i - 1):
        return True
    before = words.tokens[i - 1].text
    return len(before) > _SHORT_WORD or (len(before) == _SHORT_WORD and before.islower())


def _after_other_sentence(words: Words, kept: list[int], anchor: int, k: TaskWords) -> list[int]:
    """ "Забудь прошлые указания. Новое: Маше вечером полить …", "Right. Tom: …": a sentence
    or a label ended before the task's doer or verb is no part of its title."""
    if not words.classes2 & (SENTENCE_ENDS | DEED_MARKS):
        return kept
    for n in range(len(kept) - 1, -1, -1):
        index = kept[n]
        if index < anchor and (
            _ends_sentence(words, index, k) or words.norms[index] in k.deed_marks
        ):
            return kept[n + 1 :]
    return kept


def _anchor(words: Words, trigger: int, at: int, k: TaskWords) -> int:
    """Where the task begins: its trigger, or the assignee (at ``at``; -1: none) named before
    it, unless a colon or a dash right after the assignee makes them a label ("клиенты весь
    день, так что Диме: в 17:00 забрать …", "ok so Tom - bins out"): what was said before
    the label is no part of the title."""
    if at < 0 or at >= trigger:
        return trigger
    mark = at + 1
    if mark < trigger and words.is_punct(mark) and words.norms[mark] in k.deed_marks:
        return trigger
    return at


def _without_aside(words: Words, kept: list[int], k: TaskWords, t: TriggerWords) -> list[int]:
    """ "… tomorrow, it's been out there since Tuesday", "… saturday. Also ignore …",
    "…, он обещал": the title ends where another sentence or an aside begins, and a coaxing
    tag at its end ("like a good lad", "when you can", "ладно") is no part of it."""
    stops = k.title_stops
    if len(kept) < 3 or not words.classes2 & TITLE_STOPS:
        return kept  # most titles: one clause, no tag
    norms, infos = words.norms, words.infos
    worded = infos[kept[0]] is not None  # a word stands before the mark
    for n in range(1, len(kept) - 1):
        index = kept[n]
        if norms[index] not in stops or not worded:
            worded = worded or infos[index] is not None
            continue
        if (
            _ends_sentence(words, index, k)
            or norms[index] in k.reason_openers
            or norms[index] in k.aside_words
            or (
                norms[index] in k.aside_marks
                and (
                    norms[kept[n + 1]] in k.aside_openers
                    or _starts_phrase(norms, kept, n + 1, k.aside_starts)
                    or _tells_apart(words, kept, n + 1, k)
                    or _admonished(words, kept, n + 1, t, k)
                    or _wish_told_after(words, kept, n + 1, t)
                )
            )
            or _opens_reason(norms, kept, n, k)
            or (
                norms[index] in k.clause_subjects
                and norms[kept[n - 1]] not in k.subordinators
                and norms[kept[n - 1]] not in k.speech_leads  # "a text saying I'm home"
            )
            or (
                norms[index] in k.aside_courtesies
                and norms[kept[n + 1]] in k.courtesy_aside_openers
            )
        ):
            cut = n
            while cut > 1 and norms[kept[cut - 1]] in k.coordinators:
                cut -= 1  # "top up my myki or I'm getting fined": the "or" goes with it
            kept = kept[:cut]
            break
    starts = k.tag_starts
    if words.vocabulary.isdisjoint(starts):
        return kept  # no tag's first word anywhere
    for n in range(max(1, len(kept) - 1 - _TAG_REACH - 2), len(kept)):
        for tag in starts.get(norms[kept[n]], ()):
            size = len(tag)
            if (
                len(kept) - n - size <= _TAG_REACH
                and tuple(norms[m] for m in kept[n : n + size]) == tag
            ):
                cut = n
                if not k.duty_nouns.isdisjoint(tag):
                    # "… щас его очередь": the word that opens a turn goes with it
                    while cut > 1 and norms[kept[cut - 1]] in k.turn_openers:
                        cut -= 1
                return kept[:cut]
    return kept


def _without_inner_courtesy(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """ "walk the dog please as soon as you get home", "помой пожалуйста посуду", "вынеси
    мусор, пожалуйста, когда придёшь": a courtesy inside the title
    (``TaskWords.aside_courtesies``) between two words, or between two commas that go with
    it, is no word of it; one before a single mark stays ("…, please, guests at 7" is read
    as before)."""
    norms, marks = words.norms, k.aside_marks
    out: list[int] = []
    n, size = 0, len(kept)
    while n < size:
        index = kept[n]
        if 0 < n < size - 1 and norms[index] in k.aside_courtesies:
            before, after = kept[n - 1], kept[n + 1]
            if not (words.is_punct(before) or words.is_punct(after)):
                n += 1  # "помой пожалуйста посуду"
                continue
            if norms[before] in marks and norms[after] in marks and n > 1 and n < size - 2:
                out.pop()  # "разбери, пожалуйста, завалы": the courtesy and its commas
                n += 2
                continue
        out.append(index)
        n += 1
    return out


def _without_handover(words: Words, kept: list[int], doer: int, k: TaskWords) -> list[int]:
    """ "окна помыть, Маша пусть займётся", "fix the fence, let Tom handle it": who does the
    deed, said after it (the member at ``doer``, already cut) with a link word beside it and
    at most a verb of doing anything, is no part of the title ("recycle the can" keeps it)."""
    for n in range(len(kept) - 1, 0, -1):
        index = kept[n]
        if words.norms[index] in k.handover_links:
            return kept[:n] if abs(index - doer) == 1 else kept
        if not (words.matches(index, k.handover_deeds) or words.is_punct(index)):
            return kept
    return kept


_ASIDE_POS: Final = frozenset({"NPRO", "ADVB", "PRCL"})  # OpenCorpora: "она опять (засорилась)"


def _without_comment(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """ "раковину прочистить засорилась опять", "кран подкрутить капает же всю ночь": a state
    told after the Russian deed with no conjunction (a verb in the past, or in the present of
    the third person) is why the task is asked, not the task: the title ends before it, and
    before its own subject or adverb ("…, она опять засорилась"). A relative or another
    clause's conjunction before the verb keeps it ("кран, который капает")."""
    if len(kept) < 3:
        return kept  # a deed and its object at most: nothing told after them
    infos = words.infos
    deed = False
    for n, index in enumerate(kept):
        info = infos[index]
        if info is None or not info.is_russian:
            continue
        if not deed:
            deed = info.is_infinitive or info.is_imperative
            continue
        if words.norms[index] in k.subordinators:
            return kept  # "кран, который капает", "пока не засохли"
        if (
            info.pos == _VERB
            and not info.is_imperative
            and not info.is_future
            and (info.is_past or info.is_third_person)
            and not info.may_be_direct  # "помыть стекло": a noun too
        ):
            cut = n
            while (
                cut > 1
                and (before := infos[kept[cut - 1]]) is not None
                and (before.pos in _ASIDE_POS)
            ):
                cut -= 1
            return kept[:cut]
    return kept


def _without_told_event(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """ "пироги испечь, внуки приедут", "помой посуду, гости придут в пять": after the
    Russian deed, a mark, then a subject in the nominative and a verb said of it (the third
    person, any tense, or a past) tell why the task is asked: the title ends at the mark; so
    in English a person or a pet after the mark, its determiner aside, and a finite verb
    right after it ("wash the towels, guests arrive at 3", "…, the dog ripped it")."""
    if len(kept) < 4:
        return kept  # a deed, a mark and no clause after them
    if words.classes4 & EVENT_SUBJECTS:
        kept = _before_english_event(words, kept, k)
    infos = words.infos
    deed = False
    for n, index in enumerate(kept[:-2]):
        info = infos[index]
        if not deed:
            deed = (
                info is not None and info.is_russian and (info.is_infinitive or info.is_imperative)
            )
            continue
        if not words.is_punct(index):
            continue
        if event_told(infos[kept[n + 1]], infos[kept[n + 2]]):
            return kept[:n]
    return kept


def _without_own_remark(words: Words, kept: list[int], t: TriggerWords, k: TaskWords) -> list[int]:
    """ "mop the kitchen tonight i'll owe you one", "clean your room you'll thank me": after
    an English chore verb and its object, a subject with its verb contracted ("i'll", "i'm",
    "you'll"; ``subject_contractions``) opens a remark said with no mark: the title ends
    before it. A deed of saying keeps it ("tell Tom I'll be late": ``chore_verbs`` hold no
    saying verb), as a clause after "that" does ("send a note that I'm offline …")."""
    if len(kept) < _OWN_REMARK_AT + 1 or words.vocabulary.isdisjoint(k.subject_contractions):
        return kept  # nearly every title
    if words.norms[kept[0]] not in t.chore_verbs:
        return kept
    norms = words.norms
    for n in range(_OWN_REMARK_AT, len(kept)):
        if norms[kept[n]] not in k.subject_contractions:
            continue
        before = norms[kept[n - 1]]
        if before in t.need_complementisers or before in k.subordinators:
            return kept  # "send the team a note that I'm offline …": what the deed says
        return kept[:n]
    return kept


def event_mark(words: Words, start: int, end: int, k: TaskWords) -> int:
    """Where an event told after the deed begins in ``start``–``end`` (its mark, as
    ``_without_told_event`` reads it: "…, гости придут в пять", "…, guests arrive at 3"); -1
    when none is told."""
    kept = list(range(start, end))
    cut = _without_told_event(words, kept, k)
    return kept[len(cut)] if len(cut) < len(kept) else -1


def aside_mark(words: Words, start: int, end: int, k: TaskWords, t: TriggerWords) -> int:
    """Where an aside or another sentence after the deed begins in ``start``–``end`` (where
    ``_without_aside`` ends the title: "…, у меня созвон до восьми", "… pls im on shift"); -1
    when none does."""
    kept = list(range(start, end))
    cut = _without_aside(words, kept, k, t)
    return kept[len(cut)] if len(cut) < len(kept) else -1


def _before_english_event(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """``kept`` up to the mark an English told event follows (``_without_told_event``)."""
    norms = words.norms
    for n in range(1, len(kept) - 2):
        if not words.is_punct(kept[n]) or words.infos[kept[n - 1]] is None:
            continue
        m = n + 1
        while m < min(n + 3, len(kept) - 1) and norms[kept[m]] in k.event_determiners:
            m += 1  # "…, the new guests …"
        if (
            m + 1 < len(kept)
            and kept[m + 1] == kept[m] + 1
            and norms[kept[m]] in k.event_subjects
            and norms[kept[m + 1]] in k.event_verbs
        ):
            return kept[:n]
    return kept


def _opens_reason(norms: tuple[str, ...], kept: list[int], n: int, k: TaskWords) -> bool:
    """A reason or a condition begins at ``kept[n]``: "(полить цветы) а то засохнут", "(mow
    the lawn) or else …"."""
    return _starts_phrase(norms, kept, n, k.reason_starts)


def _starts_phrase(
    norms: tuple[str, ...],
    kept: list[int],
    n: int,
    starts: Mapping[str, tuple[tuple[str, ...], ...]],
) -> bool:
    """One of the phrases of ``starts`` (each under its first word) begins at ``kept[n]``."""
    for phrase in starts.get(norms[kept[n]], ()):
        size = len(phrase)
        if tuple(norms[m] for m in kept[n : n + size]) == phrase:
            return True
    return False


def _from_deed(
    words: Words, kept: list[int], clause: Clause, household: HouseholdIndex, t: TriggerWords
) -> list[int]:
    """The title's words from where the deed begins: at an English chore verb ("Emma love,
    when you're up, could you ring …"), or at a chore put on a member ("Jack, you're on
    dishes": "Dishes", "Маша, с тебя уборка в детской": "Уборка в детской")."""
    trigger = clause.trigger
    if _bare_verb(words, trigger, t):
        return [i for i in kept if i >= trigger]
    if words.matches(trigger, t.duty_heads) or words.matches(trigger, t.chore_nouns):
        begin = duty_put_on(words, trigger, household, t)
        if begin >= 0:
            return [i for i in kept if i >= begin]
    return kept


def _bare_verb(words: Words, i: int, t: TriggerWords) -> bool:
    """An English chore or errand verb (read without morphology) heads the clause."""
    info = words.infos[i]
    return (
        info is not None
        and not info.is_russian
        and (
            words.norms[i] in t.chore_verbs
            or words.norms[i] in t.doer_verbs
            or gerund_verb(words, i, t) is not None
        )
    )


def _put_in_infinitive(words: Words, i: int, t: TriggerWords) -> bool:
    """ "Маше поставить тесто": a putting verb in the infinitive with no task or list word
    after it is the deed, not the informing frame of "ставлю в известность Диму: …" nor the
    frame of "поставить Диме задачу …"."""
    info = words.infos[i]
    return (
        info is not None
        and info.is_infinitive
        and words.lemmas[i] in t.list_only_add_verbs
        and not any(
            words.matches(k, t.task_nouns) or words.matches(k, t.list_words)
            for k in range(i + 1, len(words))
        )
    )


def _from_frame(
    words: Words,
    kept: list[int],
    clause: Clause,
    household: HouseholdIndex,
    zones: list[tuple[NamedThing, int, int]],
    *,
    purpose: bool,
    doer: int | None,
    v: Vocabulary,
) -> list[int]:
    """The title's words from the deed on: past a frame, or from the deed's verb."""
    t, trigger = v.triggers, clause.trigger
    if (
        words.classes2 & ASSIGN_HEADS
        and words.matches(trigger, t.assign_heads)
        and assigns_a_chore(words, trigger, household, t)
    ):
        # "assign the ironing to Tom": the chore follows the verb, "to" went with its doer
        # ("give the kitchen a good clean" gives no one a chore: its verb is kept)
        return [
            i
            for i in kept
            if i > trigger
            and not (doer is not None and i == doer - 1 and words.norms[i] in t.to_markers)
        ]
    framed = _is_frame(words, trigger, t)
    if framed and kept and kept[0] < trigger:
        tag = task_tag(words, t, v.tasks)
        if tag is not None and kept[0] < tag <= trigger:
            # "прикрутить поручень в ванной — поставь мне задачу на завтра": the frame is a
            # tag closing the command, the task what was said before it
            return [i for i in kept if i < tag]
    if purpose or framed:
        # "Kate wants me to remind her to …", "Будь добр, запиши задачу: …": the task is what
        # follows its frame; what stands before it is the speaker's, not the task's.
        after = [i for i in kept if i > trigger]
        if not framed or any(words.norms[i] not in v.tasks.self_words for i in after):
            return _object_before_need(words, kept, trigger, v) + after
        return (
            _reminded_of_before(words, kept, trigger, v)
            or _deed_before_frame(words, kept, trigger, v)
            or after
        )
    kept = _from_deed(words, kept, clause, household, t)
    return _after_state(words, kept, trigger, zones, v.tasks)


# OpenCorpora: the parts of speech that open a verb's object ("вымыть балкон", "… старые вещи")
_OBJECT_POS: Final = frozenset({"NOUN", "ADJF", "NPRO", "PRTF", "NUMR"})


def _object_before_need(words: Words, kept: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """ "кота к ветеринару Диме надо отвезти", "цветы Маше надо полить": a Russian need
    (``TriggerWords.need_words``) with the deed's object said before it, and only the
    object (a noun that may be direct, its prepositions and modifiers; no verb), the deed's
    infinitive right after the need: the object opens the title in the words' own order
    ("Кота к ветеринару отвезти"; a hesitation before it, "это самое", is no part of it);
    an empty list otherwise ("Маше надо …": no object)."""
    t, pointers = v.triggers, v.tasks.hesitation_pointers
    if not words.matches(trigger, t.need_words):
        return []
    after = trigger + 1
    info = words.infos[after] if after < len(words) else None
    if info is None or not info.is_infinitive:
        return []
    then = next((i for i in kept if i > after), None)
    if then is not None and then == after + 1 and words.is_word(then):
        info = words.infos[then]
        if info is None or not info.is_russian or info.pos in _OBJECT_POS:
            return []  # "Дим надо отвезти старые вещи …": the deed's object is after it
    before = [i for i in kept if i < trigger]
    while before and (
        words.norms[before[0]] in pointers or words.norms[before[0]] in v.tasks.scaffold_leading
    ):
        before.pop(0)  # "ну это самое кота …"
    if not before:
        return []
    direct = False
    for i in before:
        info = words.infos[i]
        if info is None or not info.is_russian or info.pos == _VERB or info.is_name:
            return []  # "дима в субботу надо …": who, not what
        direct = direct or (info.pos == "NOUN" and info.may_be_direct)
    return before if direct else []


def _without_let(words: Words, kept: list[int], clause: Clause, t: TriggerWords) -> list[int]:
    """ "в ванной пусть Маша зеркало протрёт": "пусть" (``TriggerWords.let_words``) that
    frames the doer inside the title is no word of it ("В ванной зеркало протереть")."""
    if words.norms[clause.trigger] not in t.let_words:
        return kept
    return [i for i in kept if i != clause.trigger]


def _deed_before_frame(words: Words, kept: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """ "бельё из машинки достать напомни через час", "ужин разогреть в 18:30 напомни": a
    Russian remind verb closing the command (at most the speaker and a when after it) with a
    deed before it, an infinitive, no finite verb, mark or negation ("хочу отдохнуть,
    напомни", "кур доить не надо, …, напомни" are none): the deed, in the user's order, is
    the task; none otherwise."""
    if not words.matches(trigger, v.triggers.remind_verbs):
        return []
    before = [i for i in kept if i < trigger]
    while before and (words.is_punct(before[-1]) or words.norms[before[-1]] in v.tasks.self_words):
        before.pop()
    infinitive = False
    for i in before:
        info = words.infos[i]
        if info is None or words.matches(i, v.triggers.negations):
            return []  # a mark inside, a negation: more than one deed's words ("… не надо, …")
        if not info.is_russian or info.pos == _VERB:
            return []  # "хочу отдохнуть, напомни": the speaker's wish
        infinitive = infinitive or info.is_infinitive
    return before if infinitive else []


def _reminded_of_before(words: Words, kept: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """ "сегодня в 16:00 прививка, напомни (мне)": a remind verb closing the command after a
    mark, with at most the speaker after it, and before it a thing with no verb (the
    appointment or the event) and no office work ("завтра в 9 планерка, напомни"): the thing
    is what to be reminded of; none otherwise. Russian only: English words carry no part of
    speech to tell a verb before the frame ("tomorrow i must pick up the van, remind me")."""
    t = v.triggers
    info = words.infos[trigger]
    if info is None or not info.is_russian or not words.matches(trigger, t.remind_verbs):
        return []  # (an English text has no parts of speech to tell a verb before it by)
    if trigger < 2:
        return []
    if not words.is_punct(trigger - 1):
        return []
    before = [i for i in kept if i < trigger]
    while before and words.is_punct(before[-1]):
        before.pop()
    o = v.open_world
    if (
        not before
        or any(
            ((info := words.infos[i]) is not None and info.pos in _VERB_POS)
            or words.matches(i, o.work_nouns)
            or words.matches(i, o.recalled_facts)  # "пароль от wifi, напомни": tell it, no task
            for i in before
        )
        or not o.owner_prepositions.isdisjoint(words.norms[:trigger])
    ):
        # "у Маши завтра день рождения, напомни": Маша's event, no deed put on her
        return []
    if all((info := words.infos[i]) is None or info.pos in _NO_THING_POS for i in before):
        return []  # "хорошо, напомни мне": no thing named to be reminded of
    return before


def _without_frame_alone(
    words: Words, kept: list[int], found: int | None, v: Vocabulary
) -> list[int]:
    """The title's words are only a frame (``_is_frame``, a verb of writing onto a list,
    ``TriggerWords.list_writing_verbs``: "Записать" of "попрошу записать на завтра"), the
    requester (``TaskWords.self_words``) and a preposition that strands no
    object (``stranded``: "For me" of "put it in the tasks for me"): no chore is said, and
    the task asks for its title (no words kept); "remind me to call mum" and "запиши мне:
    вынести мусор" say one. Not read when a doer who is no member is named ("Диме запиши
    купить цветы" asks who Дима is)."""
    if found is not None:
        return kept
    t, k = v.triggers, v.tasks
    alone = all(
        words.infos[i] is None
        or words.norms[i] in k.self_words
        or words.norms[i] in k.stranded
        or _is_frame(words, i, t)
        or words.matches(i, t.list_writing_verbs)
        for i in kept
    )
    return [] if alone else kept


def _is_frame(words: Words, i: int, t: TriggerWords) -> bool:
    norm, lemma = words.norms[i], words.lemmas[i]  # (``words.matches``, inline)
    return (
        (words.has_lemma(i, t.inform_verbs) and not _put_in_infinitive(words, i, t))
        or norm in t.remind_verbs
        or lemma in t.remind_verbs
        or norm in t.task_nouns
        or lemma in t.task_nouns
        or lemma in t.delegate_verbs
        or norm in t.need_words
        or lemma in t.need_words
    )


def _trimmed(
    words: Words,
    kept: list[int],
    clause: Clause,
    t: TriggerWords,
    k: TaskWords,
    *,
    doer: int = -1,
) -> list[int]:
    """The title's words without the scaffolding before and after the task."""
    after_noun = words.matches(clause.trigger, t.task_nouns)
    for filler in k.frame_fillers:
        if filler and (not kept or words.norms[kept[0]] != filler[0]):
            continue  # (most titles: the first word tells)
        size = len(filler)
        if tuple(words.norms[m] for m in kept[:size]) == filler:
            kept = kept[size:]  # "до сведения"
    norms, lemmas = words.norms, words.lemmas
    kept = _after_colon_frame(words, kept, k)
    courteous = not words.vocabulary.isdisjoint(k.courtesy_firsts)
    made = False  # a creation verb was cut: the note it made goes too ("make a note …")
    while kept:
        norm, lemma = norms[kept[0]], lemmas[kept[0]]  # (``words.matches``, inline)
        if courteous and norm in k.courtesy_firsts:
            size = _phrase_at(words, kept, 0, k.courtesy_openings)
            if size and not _negated_after(words, kept, size, k):
                kept = kept[size:]  # "будь любезна …", "не сочтите за труд, …"
                continue
        creates = _creates_task(words, kept, t, k.note_nouns)
        if creates:
            made = True
        elif made and (norm in k.note_nouns or lemma in k.note_nouns):
            kept.pop(0)
            continue
        if not (
            creates
            or (after_noun and (norm in t.create_verbs or lemma in t.create_verbs))  # "… поставь"
            or words.tokens[kept[0]].kind == "punct"
            or norm in k.scaffold_leading
            or lemma in k.scaffold_leading
            or norm in t.greetings  # "привет Маша, вынеси мусор": the greeting calls
            or norm in t.remind_verbs
            or lemma in t.remind_verbs
            or norm in t.task_nouns
            or lemma in t.task_nouns
            or norm in k.self_words
            or norm in k.coordinators  # "напомни Пете и Маше убрать …"
            or (  # "Олег, remember you have to fix …"; "Remember mum's birthday" stays
                norm in t.remember_verbs and len(kept) > 1 and norms[kept[1]] in k.scaffold_leading
            )
            or (  # "задачу на [10 марта]: покрасить забор": the due phrase's preposition
                _stranded(words, kept[0], k) and (len(kept) == 1 or kept[1] != kept[0] + 1)
            )
        ):
            break
        kept.pop(0)
    kept = _without_aside(words, kept, k, t)
    if len(kept) > 2 and words.classes2 & TITLE_STOPS:
        kept = _without_inner_courtesy(words, kept, k)
    kept = _without_weather(words, kept, k)
    kept = _without_told_event(words, _without_comment(words, kept, k), k)
    kept = _without_own_remark(words, kept, t, k)
    if len(kept) > 2 and words.classes2 & TITLE_STOPS:
        kept = without_remark_piece(words, kept, k)  # "…, к вечеру подморозит"
    if doer >= 0 and words.classes2 & HANDOVER_LINKS:
        kept = _without_handover(words, kept, doer, k)
    kept = _without_trailing_frame(words, kept, t, k)
    kept = _without_task_tag(words, kept, t, k)
    kept = _without_question_tag(words, kept, k)
    while kept and (
        words.is_punct(kept[-1])
        or words.norms[kept[-1]] in k.trailing
        or words.matches(kept[-1], t.remind_verbs)  # "покормить малыша напомни"
        or (  # "кухню помыть скажи Пете": the frame said last, before its member
            kept[-1] == doer - 1
            and (
                words.lemmas[kept[-1]] in k.person_opener_lemmas
                or words.norms[kept[-1]] in k.person_openers
            )
        )
        or _stranded(words, kept[-1], k)
        or (  # "цветы полить мне напомни": who is reminded, before the frame at the end
            words.norms[kept[-1]] in k.self_words
            and kept[-1] + 1 < len(words)
            and words.matches(kept[-1] + 1, t.remind_verbs)
        )
    ):
        kept.pop()
    if kept and _fillers_only(words, kept, t, k):
        return []  # "напомни через 15 минут, просто напомни": nothing to do is said
    return kept


def _fillers_only(words: Words, kept: list[int], t: TriggerWords, k: TaskWords) -> bool:
    """The title's words only soften or stress (``TaskWords.title_fillers``: "просто",
    "just", "срочно"), point at nothing named ("об этом", "of something"), say a span of
    time that was not read ("in like 5 mins", "минут десять"), the remind verb again or whom
    it reminds: "Просто", "Just remind me", "Просто напомни ему"; "Просто вынести мусор"
    names a deed. Read word by word: the first word of a deed ends it."""
    for m in kept:
        norm, info = words.norms[m], words.infos[m]
        if not (
            words.is_punct(m)
            or norm in k.title_fillers
            or norm in k.self_words
            or norm.isdigit()
            or words.matches(m, t.remind_verbs)
            or (info is not None and info.pos == "NUMR")  # a number word: "минут десять"
        ):
            return False
    return True


def _phrase_at(words: Words, kept: list[int], n: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The size of the longest of ``phrases`` said from ``kept[n]`` on (each word its
    spelling or, for a one-word phrase, its lemma: "записать" frames "запишите"); 0 for
    none. Marks between its words are skipped ("будь, любезна" is no phrase, "будь
    любезна" is)."""
    norms, lemmas = words.norms, words.lemmas
    best = 0
    for phrase in phrases:
        size = len(phrase)
        if size > len(kept) - n or size <= best:
            continue
        if size == 1:
            if norms[kept[n]] == phrase[0] or lemmas[kept[n]] == phrase[0]:
                best = 1
            continue
        if all(norms[kept[n + m]] == phrase[m] for m in range(size)) and all(
            kept[n + m] == kept[n] + m for m in range(size)
        ):
            best = size
    return best


def _negated_after(words: Words, kept: list[int], n: int, k: TaskWords) -> bool:
    """ "сделай одолжение, не шуми": a negation (``TaskWords.admonition_negations``) after
    the courtesy, past its marks: the courtesy stays, so that no title is left that says the
    opposite ("Шуми")."""
    while n < len(kept) and words.is_punct(kept[n]):
        n += 1
    return n < len(kept) and words.norms[kept[n]] in k.admonition_negations


def _after_colon_frame(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """ "Kate, take ownership плиз: отвезти вещи в химчистку", "Попрошу записать на завтра,
    на утро: полить герань": a frame of taking a deed on or of writing it down
    (``TaskWords.colon_frames``) said before a colon, and a word after it: the title is
    what follows the colon. A colon with no frame before it keeps its words ("Dentist:
    book a check-up" is no frame)."""
    if len(kept) < 3 or ":" not in words.vocabulary or words.vocabulary.isdisjoint(k.colon_firsts):
        return kept  # no colon or no frame word: most titles
    norms = words.norms
    for n in range(1, len(kept) - 1):
        if norms[kept[n]] != ":":
            continue
        after = kept[n + 1]
        if words.is_punct(after):
            return kept
        framed = any(_phrase_at(words, kept[:n], m, k.colon_frames) for m in range(n))
        return kept[n + 1 :] if framed else kept
    return kept


def _without_weather(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """ "bring the washing in before it rains", "снять бельё до дождя": the weather the
    chore races (``TaskWords.weather_clauses``), closing the title after its deed, is no
    part of it; "before it fills up", "before the groceries come" tell the chore's own
    limit and stay."""
    if len(kept) < 3 or words.vocabulary.isdisjoint(k.weather_firsts):
        return kept  # no weather word: most titles
    norms = words.norms
    for n in range(2, len(kept)):
        if norms[kept[n]] not in k.weather_firsts:
            continue
        size = _phrase_at(words, kept, n, k.weather_clauses)
        if size and all(words.is_punct(m) for m in kept[n + size :]):
            return kept[:n]
    return kept


def _admonished(words: Words, kept: list[int], n: int, t: TriggerWords, k: TaskWords) -> bool:
    """ "Иван, … забери Варю от меня, и не опаздывай в этот раз", "…, and don't be late
    again": from ``kept[n]`` (after a mark), a joiner at most, then a negation
    (``TaskWords.admonition_negations``) and a verb, an imperative in Russian: an
    admonition about how, no part of the chore. A verb of forgetting
    (``admonition_deeds``) is a deed of its own ("…, and don't forget the mats")."""
    if _phrase_at(words, kept, 0, k.courtesy_openings) >= n - 1:
        return False  # "сделай одолжение, не шуми": no deed before it
    if n < len(kept) and words.norms[kept[n]] in k.coordinators:
        n += 1
    if n >= len(kept) or words.norms[kept[n]] not in k.admonition_negations:
        return False
    if n + 1 == len(kept):
        return True  # "…, and don't [wait till saturday]": its verb went with the due
    verb = kept[n + 1]
    if verb != kept[n] + 1 or words.matches(verb, k.admonition_deeds):
        return False
    info = words.infos[verb]
    if info is None:
        return words.tokens[verb].kind == "word" and not words.matches(verb, t.remind_verbs)
    return not info.is_russian or info.is_imperative


def _visit_told(words: Words, kept: list[int], n: int, k: TaskWords) -> bool:
    """ "need to hoover the living room tomorrow, Nana's coming", "…, grandma is visiting":
    from ``kept[n]`` (after a mark), someone's coming told (a word with "'s", or a word
    and "is"/"are", then one of ``TaskWords.visitor_verbs``): why now, no part of the chore."""
    if not k.visitor_verbs or n + 1 >= len(kept):
        return False
    norms = words.norms
    verb = n + 1
    if not norms[kept[n]].endswith(k.visitor_endings):
        if n + 2 >= len(kept) or norms[kept[n + 1]] not in k.visitor_links:
            return False
        verb = n + 2
    return norms[kept[verb]] in k.visitor_verbs


_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition


def _stranded(words: Words, i: int, k: TaskWords) -> bool:
    """ "записать Петю к парикмахеру на [субботу]", "book the boiler service for [next week]":
    a preposition whose noun was the due phrase ends no title (any Russian one; of English,
    those that are never a particle: "let the plumber in" ends with one)."""
    info = words.infos[i]
    return info is not None and (info.pos == _PREPOSITION or words.norms[i] in k.stranded)


def _after_state(
    words: Words,
    kept: list[int],
    trigger: int,
    zones: list[tuple[NamedThing, int, int]],
    k: TaskWords,
) -> list[int]:
    """ "в ванной грязно, помой", "на кухне бардак — прибери": what is said of the home before
    a comma and a Russian imperative is why, not what: the title is the deed, with where it is
    done when the deed names nothing else ("Помой в ванной")."""
    verb = words.infos[trigger]
    if (
        verb is None
        or not verb.is_russian
        or not (verb.is_imperative or verb.is_infinitive)
        or words.vocabulary.isdisjoint(k.aside_marks)  # most commands: no comma before it
    ):
        return kept
    before = [i for i in kept if i < trigger]
    if not before or not any(words.norms[i] in k.aside_marks for i in before):
        return kept
    deed = [i for i in kept if i >= trigger]
    if len(deed) == 1 and zones and zones[0][2] <= trigger:
        _zone, i, j = zones[0]
        info = words.infos[i - 1] if i > 0 else None
        if info is not None and info.pos == _PREPOSITION:
            i -= 1  # "в ванной"
        deed += list(range(i, j))
    return deed


def _without_zone_label(
    words: Words, kept: list[int], zones: list[tuple[NamedThing, int, int]]
) -> list[int]:
    """ "балкон цветы полить", "кухня: посуду помыть": a room named bare before the deed's
    own object is where the task is (its zone), no part of the title ("гараж убрать" keeps it:
    the room is what is worked on)."""
    if not zones or not kept or kept[0] != zones[0][1]:
        return kept
    after = zones[0][2]
    rest = [i for i in kept if i >= after]
    while rest and words.is_punct(rest[0]):
        rest = rest[1:]
    label = words.infos[kept[0]]
    head = words.infos[rest[0]] if rest else None
    if (
        label is None
        or not label.is_russian
        or not label.may_be_direct
        or head is None
        or head.pos != _NOUN
        or len(rest) < 2
    ):
        return kept
    return rest


def _possessive(words: Words, i: int, v: Vocabulary) -> bool:
    """ "remind me to sign Lucy's permission slip", "… lucys permission slip": a member's
    possessive after the verb is whose the thing is, and stays in the title."""
    info = words.infos[i]
    if info is None or words.next_words[i] is None:
        return False
    norm = words.norms[i]
    if info.is_russian:
        return norm.endswith(v.corridor.possessive_endings)  # "wash Маша's PE kit"
    lemma = words.lemmas[i]
    return norm.endswith(v.corridor.possessive_endings) or any(
        norm == lemma + ending for ending in v.corridor.plural_endings
    )


def _spoken_to(words: Words, first: int, i: int, start: int, *, relayed: bool = False) -> bool:
    """ "Emma, Tom must fix the shelf", "Маша, Петя должен вынести мусор": the member opening
    the clause before a comma is spoken to; a member named after it, in the nominative
    where case shows, or the one the task is passed to (``relayed``: "Маша, скажи Пете …"),
    is the doer."""
    if first != start and any(words.infos[k] is not None for k in range(start, first)):
        return False
    if first + 1 >= len(words) or words.tokens[first + 1].kind != "punct" or first + 1 >= i:
        return False
    info = words.infos[i]
    return info is not None and (relayed or not info.is_russian or info.noun_case == _NOMINATIVE)


def _after_courtesy(words: Words, i: int, k: TaskWords) -> int | None:
    """The word after the one at ``i``, past marks and courtesy ("напомни, пожалуйста, Пете")."""
    nxt = words.next_words[i]
    while nxt is not None and words.norms[nxt] in k.relay_courtesies:
        nxt = words.next_words[nxt]
    return nxt


def _relayed_to(words: Words, i: int, start: int, k: TaskWords) -> bool:
    """ "скажи Пете", "попроси Петю", "напомни, пожалуйста, Пете": the member at ``i`` right
    after a Russian imperative of a verb that passes a task on (``person_opener_lemmas``),
    past marks and courtesy, is whom it is passed to."""
    j = i - 1
    while j > start and (words.is_punct(j) or words.norms[j] in k.relay_courtesies):
        j -= 1
    info = words.infos[j] if j >= start else None
    return (
        info is not None
        and info.is_russian
        and info.is_imperative
        and info.lemma in k.person_opener_lemmas
    )


def _own_chore_after(words: Words, clause: Clause) -> bool:
    """ "Маша, скажи Пете полить цветы, а сама вынеси мусор": an imperative after the deed
    passed on is a chore of the member spoken to; one task cannot carry both, so the task
    is not read as passed on."""
    return any(
        (info := words.infos[j]) is not None and info.is_russian and info.is_imperative
        for j in range(clause.trigger + 1, clause.end)
    )


class _Members(NamedTuple):
    assignee: NamedThing | None
    at: int  # where the assignee is named (-1: nowhere)
    objects: set[int]  # members the task is about, not who does it
    dropped: set[int]  # the assignee phrases and the due phrase: no part of the title


def _members(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    excluded: frozenset[int],
    in_names: set[int],
    *,
    v: Vocabulary,
) -> _Members:
    """Who does the task among the members the clause names, and who it is only about."""
    k, t = v.tasks, v.triggers
    start, end = clause.start, clause.end
    dropped: set[int] = set(excluded)
    assignee: NamedThing | None = None
    assignee_at = -1
    objects: set[int] = set()
    infos, first_names = words.infos, household.first_names
    if words.vocabulary.isdisjoint(first_names):
        return _Members(assignee, assignee_at, objects, dropped)  # no member's name at all
    # "remind me to call Tom", "напомни мне позвонить Пете": the requester does it, a member
    # after the frame is whom the task is about, and one before it is spoken to
    for_me = _for_me(words, clause, t, k)
    for i in range(start, end):
        info = infos[i]
        # Most words name no member: find_member's own first test, inline.
        if info is None or info.lemmas.isdisjoint(first_names):
            continue
        if i in in_names or i in excluded:
            continue
        member = household.find_member(words, i)
        if member is None:
            continue
        # "Jack - Orthodontist … remind Tom to take Jack": whom the reminder is for does it
        reminded = i == _after_courtesy(words, clause.trigger, k) and words.matches(
            clause.trigger, t.remind_verbs
        )
        # "Маша, скажи Пете вынести мусор": the member the task is passed to does it
        relayed = (
            i < clause.trigger
            and _relayed_to(words, i, start, k)
            and not _own_chore_after(words, clause)
        )
        if (
            not reminded
            and not relayed
            and (
                # "Kate, remind me to …": who is spoken to (the name, then a mark) reminds; the
                # speaker does it ("я Петя напомни мне …" names the speaker)
                (for_me and (i > clause.trigger or words.is_punct(i + 1)))
                or _is_object(words, i, start, t)
                or _receives(words, i, clause, household, v)
                or _reports(words, i, v)
                or (
                    i < clause.trigger
                    and words.matches(clause.trigger, t.task_nouns)
                    and told_done(words, i, v)
                )  # "Tom took out the bins, task for Jack: …": who told a deed done
                or _stood_in_for(words, i, start, k)
                or (assignee is not None and _second_named(words, i, clause, k))
                or (i - 2 in objects and words.norms[i - 1] in k.coordinators)  # "Lucy and Jack"
                or (i > clause.trigger and _possessive(words, i, v) and _duty_of(words, i, k) < 0)
            )
        ):
            objects.add(i)
            continue
        if (
            assignee is None
            or reminded
            or (i < clause.trigger and _spoken_to(words, assignee_at, i, start, relayed=relayed))
        ):
            assignee, assignee_at = member, i
        dropped.add(i)
        if i > start and (
            words.norms[i - 1] in k.assignee_prepositions or _task_link(words, i - 1, start, t, k)
        ):
            dropped.add(i - 1)
        if i + 1 < end and words.norms[i + 1] in k.after_assignee:
            dropped.add(i + 1)
    return _Members(assignee, assignee_at, objects, dropped)


def _stood_in_for(words: Words, i: int, start: int, k: TaskWords) -> bool:
    """ "вместо Маши", "instead of Lucy": the member let off the chore, not its doer."""
    return i > start and (
        words.norms[i - 1] in k.stand_in_words
        or (
            i - 1 > start
            and words.norms[i - 1] in k.stand_in_links
            and words.norms[i - 2] in k.stand_in_words
        )
    )


def _duty_of(words: Words, i: int, k: TaskWords) -> int:
    """Where the duty noun a member's name stands beside is, the deed right after both
    ("Tom's job to …", "очередь Пети мыть …", "обязанность Пети — …"), or -1 ("fix Tom's
    job application" names no duty)."""
    for j in (words.next_words[i], i - 1):
        if j is None or j < 0 or words.infos[j] is None or not words.matches(j, k.duty_nouns):
            continue
        after = max(i, j) + 1
        info = words.infos[after] if after < len(words) else None
        if after < len(words) and (
            words.norms[after] in k.deed_marks or (info is not None and info.is_infinitive)
        ):
            return j
    return -1


def _task_link(words: Words, i: int, start: int, t: TriggerWords, k: TaskWords) -> bool:
    """ "засетапь таску на Кейт", "назначь на Олега …": the word at ``i`` links a task noun
    or an assigning verb to its doer."""
    return (
        words.norms[i] in k.task_links
        and i > start
        and (words.matches(i - 1, t.task_nouns) or words.lemmas[i - 1] in k.assign_verbs)
    )


def _state_deed(
    words: Words, kept: list[int], clause: Clause, excluded: frozenset[int], v: Vocabulary
) -> str | None:
    """ "the lawn needs mowing" → "Mow the lawn", "the bins need taking out" → "Take out the
    bins": a chore said as the state of a thing is the deed on it, its verb first."""
    t = v.triggers
    trigger, nxt = clause.trigger, words.next_words[clause.trigger]
    if nxt is None or words.norms[trigger] not in t.gerund_needs:
        return None
    found = gerund_deed(words, nxt, t)
    if found is None:
        return None
    verb, last = found
    k = v.tasks
    thing = [
        i
        for i in range(clause.start, trigger)
        if i not in excluded
        and words.norms[i] not in k.intensifiers
        and (i in kept or _possessive(words, i, v))  # "Jack's room needs tidying"
    ]
    thing = _trimmed(words, thing, clause, v.triggers, k)
    parts = [verb, *(words.tokens[i].text for i in range(nxt + 1, last + 1))]
    if thing:
        parts.append(words.phrase(thing))
    title = " ".join(parts)
    return title[0].upper() + title[1:]


def _fault_deed(words: Words, kept: list[int], clause: Clause, v: Vocabulary) -> str | None:
    """ "в детской лампочка перегорела пусть Петя поменяет" → "Поменять лампочку в детской",
    "кран на кухне капает пусть Петя глянет" → "Глянуть кран на кухне": a fault told before
    "пусть" (``_fault_told``), then its member and a verb with nothing after it but a mark
    and what follows ("…, а то зальём соседей"): the deed is that verb done on the faulty
    thing, where the fault was told. A verb with an object of its own ("пусть Петя поменяет
    лампочку") is read as before."""
    trigger = clause.trigger
    if words.norms[trigger] not in v.triggers.let_words:
        return None
    after: list[int] = []
    for i in kept:
        if i <= trigger:
            continue
        if words.is_punct(i):
            if after:
                break  # "…, а то зальём соседей": why, no part of the deed
            continue
        after.append(i)
    if len(after) != 1:
        return None
    deed = words.infos[after[0]]
    if (
        deed is None
        or not deed.is_russian
        or deed.pos != _VERB
        or deed.is_past
        or deed.is_imperative
        or not (deed.is_future or deed.is_third_person)
    ):
        return None
    fault = _fault_told(words, clause.start, trigger, v.tasks)
    if fault is None:
        return None
    first, thing, verb = fault
    k = v.tasks
    parts = [deed.lemma, *(_accusative(words, m, k) for m in range(first, thing + 1))]
    place = _place_before(words, clause.start, first)
    if place >= 0:  # "в детской": the preposition in lower case, where it opened the text
        parts.append(f"{words.norms[place]} {words.phrase(range(place + 1, first))}")
    elif verb > thing + 1:  # "кран на кухне капает"
        parts.append(f"{words.norms[thing + 1]} {words.phrase(range(thing + 2, verb))}")
    title = " ".join(parts)
    return title[0].upper() + title[1:]


def _place_before(words: Words, start: int, thing: int) -> int:
    """Where a place said right before the Russian ``thing`` begins: a preposition and at most
    two words after it, no mark ("в детской лампочка", "на балконе в углу …" no); -1 when
    none is."""
    for p in range(thing - 1, max(start, thing - _PLACE_REACH - 1) - 1, -1):
        info = words.infos[p]
        if info is None:
            return -1  # a mark
        if info.pos == _PREPOSITION:
            return p if p + 1 < thing else -1
    return -1


def _fault_told(
    words: Words, start: int, trigger: int, k: TaskWords
) -> tuple[int, int, int] | None:
    """A Russian thing whose fault is told between ``start`` and ``trigger``: an inanimate
    noun in the nominative (its adjectives before it), then, right after it or past a place
    (a preposition and at most two words: "кран на кухне капает"), a verb of a fault
    (``TaskWords.fault_verbs``) said of it in the past or the present ("лампочка перегорела",
    "ворота заклинило"): where the thing's words begin, its noun and the verb; None when no
    fault is told ("время вышло")."""
    infos = words.infos
    for n in range(start, trigger - 1):
        thing = infos[n]
        if not (
            thing is not None
            and thing.is_russian
            and thing.pos == _NOUN
            and thing.noun_case in _DIRECT_CASES  # "кран": the nominative read as accusative
            and not thing.is_animate
            and not thing.may_be_name
        ):
            continue
        verb = n + 1
        place = infos[verb]
        if place is not None and place.pos == _PREPOSITION:
            verb = next(
                (
                    m
                    for m in range(n + 3, min(n + 3 + _PLACE_REACH, trigger))
                    if _fault_verb(words, m, k)
                ),
                verb,
            )
        if _fault_verb(words, verb, k):
            first = n
            while (
                first > start
                and (adjective := infos[first - 1]) is not None
                and adjective.pos == _ADJECTIVE
                and not (first > 1 and _is_preposition(infos[first - 2]))  # "в детской"
            ):
                first -= 1  # "стиральная машина"
            return first, n, verb
    return None


def _is_preposition(info: WordInfo | None) -> bool:
    """A Russian preposition ("в детской": the word after it is a place, no adjective of the
    thing after that)."""
    return info is not None and info.pos == _PREPOSITION


def _fault_verb(words: Words, i: int, k: TaskWords) -> bool:
    """A Russian verb of a fault (``TaskWords.fault_verbs``) said in the past or the present
    of a thing at ``i``."""
    verb = words.infos[i]
    return (
        verb is not None
        and verb.is_russian
        and verb.pos == _VERB
        and verb.lemma in k.fault_verbs
        and not verb.is_imperative
        and not verb.is_future
        and (verb.is_past or verb.is_third_person)
    )


def _accusative(words: Words, i: int, k: TaskWords) -> str:
    """The Russian word at ``i`` of a thing named in the nominative, put in the accusative: a
    feminine singular noun or adjective takes its accusative ending
    (``TaskWords.accusative_endings``: "лампочка" → "лампочку", "стиральная" → "стиральную");
    any other ("кран", "ворота", "время") is its own accusative."""
    norm, info = words.norms[i], words.infos[i]
    if info is None or not info.is_feminine:
        return norm
    for ending, accusative in k.accusative_endings:
        if norm.endswith(ending):
            return norm[: -len(ending)] + accusative
    return norm


def _phrase(
    words: Words, kept: list[int], respelt: tuple[int, str] | None, clause: Clause, t: TriggerWords
) -> str | None:
    """The title's words as said; a deed done to an object after a need word opens with its
    verb ("we need the gutters cleaned" → "get the gutters cleaned")."""
    if not kept:
        return None
    title = words.phrase(kept, respelt)
    if title and _done_to(words, kept, clause, t):
        return f"{t.done_title_verb} {title[0].lower()}{title[1:]}"
    return title


def _done_to(words: Words, kept: list[int], clause: Clause, t: TriggerWords) -> bool:
    """ "we need the gutters cleaned", "Lucy needs her shoes fixed": after a need word the
    task's words are an object then a participle, a deed done to it."""
    if not t.done_title_verb or not kept:
        return False
    j = kept[0] - 1
    while j >= 0 and words.norms[j] in t.noun_determiners:
        j -= 1  # "needs her shoes fixed": the owner's word left out of the title
    return j >= clause.start and words.matches(j, t.need_words) and need_done(words, j + 1, t)


def _for_me(words: Words, clause: Clause, t: TriggerWords, k: TaskWords) -> bool:
    """ "remind me …", "напомни мне …", a learner's "remember me to …": the speaker asks a
    reminder for themself."""
    trigger = clause.trigger
    after = words.next_words[trigger]
    if after is not None and words.norms[after] in k.self_words:
        return words.matches(trigger, t.remind_verbs)
    norms = words.norms
    return (
        trigger >= 3
        and norms[trigger - 1] in t.to_markers
        and norms[trigger - 2] in k.self_words
        and norms[trigger - 3] in t.remember_verbs
    )


def _asked_by_me(words: Words, clause: Clause, found: int, t: TriggerWords, k: TaskWords) -> int:
    """ "remind me to ask Mike to fix the garage door", "напомни мне попросить соседку …": the
    one named after a delegating verb (``TriggerWords.delegate_verbs``) that comes after the
    speaker's own reminder (``_for_me``) is asked by the speaker, the deed the speaker's: the
    delegating verb's index, where the title begins; -1 otherwise."""
    if found <= clause.trigger or not _for_me(words, clause, t, k):
        return -1
    return next(
        (j for j in range(clause.trigger + 1, found) if words.matches(j, t.delegate_verbs)), -1
    )


def _asking_member(
    words: Words, found: int, clause: Clause, objects: set[int], *, v: Vocabulary, due: list[int]
) -> int | None:
    """The member opening the clause, spoken to right before a delegating verb that asks
    one no member about a thing (``_asked_about``): "Tom ask your dad about the ladder"."""
    if not objects:
        return None
    first = min(objects)
    if first != clause.start or not all(
        words.is_punct(j) for j in range(first + 1, clause.trigger)
    ):
        return None
    return first if _asked_about(words, found, first, clause, v=v, due=due) else None


def _asked_about(
    words: Words, found: int, member: int, clause: Clause, *, v: Vocabulary, due: list[int]
) -> bool:
    """The member spoken to before a delegating verb, the one no member named after it, then
    what about (``TaskWords.asked_about_preps``), no day said after it ("… about Sunday"):
    "Tom, ask your dad about the ladder" asks Tom to ask, no deed of the dad's."""
    trigger = clause.trigger
    return (
        member < trigger < found
        and found + 1 < clause.end
        and words.matches(trigger, v.triggers.delegate_verbs)
        and words.norms[found + 1] in v.tasks.asked_about_preps
        and not any(i > found for i in due)
    )


def _purpose_deed(words: Words, kept: list[int]) -> list[int]:
    """ "чтобы (она) помыла посуду": the deed without the purpose clause's own subject
    pronoun, so its past verb heads the title."""
    if len(kept) > 1:
        info = words.infos[kept[0]]
        if info is not None and info.pos == _PRONOUN:
            return kept[1:]
    return kept


def _without_negated(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    excluded: frozenset[int],
    k: TaskWords,
) -> frozenset[int]:
    """ "remind me, not Tom, to renew …", "напомни Маше, а не Пете, …", "не Пете, а Маше":
    a person said with a negation, set off by a comma or opening the clause, is who does
    not do the task: neither its doer nor part of its title."""
    negated = set(excluded)
    for i in range(clause.start, clause.end - 1):
        if words.norms[i] not in k.person_negations:
            continue
        name = i + 1
        if not (
            household.find_member(words, name) is not None
            or words.norms[name] in k.self_words
            or (words.infos[name] is not None and words.is_capitalised(name))
        ):
            continue
        before = i - 1
        while before >= clause.start and words.norms[before] in k.clause_links:
            before -= 1  # "…, а не Пете", "…, and not Tom"
        after = name + 1
        if (
            before < clause.start
            or words.is_punct(before)
            or after >= clause.end
            or words.is_punct(after)
        ):
            negated.update(range(before + 1, name + 1))
    return frozenset(negated)


_PREPOSITION_POS: Final = "PREP"  # OpenCorpora: "в (апреле)"


def _without_task_tag(words: Words, kept: list[int], t: TriggerWords, k: TaskWords) -> list[int]:
    """The title without a task tag closing the command ("…, make that a task", "…, задача
    Ане") and without a Russian remind verb inside it before a when the dates did not read
    ("поменять резину на летнюю напомни в апреле": "… на летнюю в апреле")."""
    tag = task_tag(words, t, k)
    if tag is not None and kept and tag > kept[0]:
        kept = [m for m in kept if m < tag]
    if len(kept) < 3 or not words.classes1 & REMIND_VERBS:
        return kept
    return [
        m
        for n, m in enumerate(kept)
        if not (
            0 < n < len(kept) - 1
            and words.matches(m, t.remind_verbs)
            and (after := words.infos[kept[n + 1]]) is not None
            and after.pos == _PREPOSITION_POS
        )
    ]


def _without_question_tag(words: Words, kept: list[int], k: TaskWords) -> list[int]:
    """The title without a tag question closing it after a mark: a modal, then the one spoken
    to ("…the trash out, can you", "про мусор, сможешь"); a modal inside the deed stays."""
    end = len(kept)
    while end and words.is_punct(kept[end - 1]):
        end -= 1
    if end and words.norms[kept[end - 1]] in k.tag_addressees:
        end -= 1
    if (
        end < 2
        or words.norms[kept[end - 1]] not in k.tag_modals
        or not words.is_punct(kept[end - 2])
    ):
        return kept
    return kept[: end - 1]


def _tag_anchor(
    words: Words, kept: list[int], clause: Clause, assignee_at: int, v: Vocabulary
) -> int:
    """Where the task begins for ``_after_other_sentence``: ``_anchor``'s, unless the trigger
    is in a task tag closing the command ("прикрутить поручень — поставь мне задачу"): then
    the deed before the tag, past a sentence ended before it, not past its dash."""
    k, trigger = v.tasks, clause.trigger
    tag = task_tag(words, v.triggers, k) if kept and kept[0] < trigger else None
    if tag is None or not kept[0] < tag <= trigger:
        return _anchor(words, trigger, assignee_at, k)
    ends = [i for i in kept if i < tag and _ends_sentence(words, i, k)]
    return ends[-1] + 1 if ends else kept[0]


def _let_deed(
    words: Words, kept: list[int], trigger: int, t: TriggerWords
) -> tuple[int, str] | None:
    """After "пусть" and its member, the deed's verb in the future (or the present: "сходит")
    after its object ("пусть Маша посуду помоет"): the verb and its infinitive, so the title
    says the deed; a past verb is told as it was."""
    if words.norms[trigger] not in t.let_words:
        return None
    for index in kept:
        info = words.infos[index]
        if info is not None and info.pos == _VERB:
            return None if info.is_past else (index, info.lemma)
    return None


def _with_duty_when(
    words: Words,
    title: str,
    clause: Clause,
    kept: list[int],
    excluded: frozenset[int],
    *,
    v: Vocabulary,
) -> str:
    """ "Jack's job this week is wiping …": a when between the duty noun and its copula that
    no due phrase reads stays in the title, after the deed ("Wipe … this week")."""
    span = duty_when(words, clause.trigger, v)
    when = [i for i in range(*span) if i not in excluded and i not in kept] if span else []
    return f"{title} {words.phrase(when)}" if when else title


def _reminded_outsider(
    words: Words, clause: Clause, member: int, household: HouseholdIndex, v: Vocabulary
) -> int | None:
    """ "remind Megan to give Jack his inhaler", "напомни Игорю отвезти Петю": the person
    right after a remind verb, who is no member, when the member is named only after it in
    the deed: that person is whom the reminder is for (the task's doer, to ask about); None
    otherwise."""
    trigger = clause.trigger
    if member <= trigger + 1 or not words.matches(trigger, v.triggers.remind_verbs):
        return None
    person = _after_courtesy(words, trigger, v.tasks)
    if person is None or person >= member:
        return None
    found = _unknown_doer(words, person, member, set(), v, household=household)
    return found if found == person else None


def _put_down_outsider(
    words: Words, clause: Clause, member: int, household: HouseholdIndex, v: Vocabulary
) -> int | None:
    """ "make a task for Rachel to pick Lucy up …", "a task for Rachel to take Jack …": the
    one no member a task is put down for ("for" and "to"), before the member named only in
    the deed, is its doer (to ask about); None otherwise ("a task for Tom to pick up Lucy" is
    Tom's: a member is found first)."""
    k = v.tasks
    if not any(words.norms[j] in k.assignee_prepositions for j in range(clause.start, member)):
        return None
    found = _unknown_doer(words, clause.start, member, set(), v, household=household)
    if found is None or found + 1 >= member or words.norms[found + 1] not in k.doer_marks:
        return None
    return found if _put_down_for(words, found, clause.start, k) else None


def _doers(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    members: _Members,
    *,
    excluded: frozenset[int],
    in_names: set[int],
    v: Vocabulary,
) -> tuple[NamedThing | None, int, int | None, int]:
    """The member who does the task and where, the one no member named as its doer (or
    None), and the speaker's or the member's own asking verb where the title begins ("remind
    me to ask Mike …", "Tom, ask the neighbour about …"; -1 if none)."""
    k, t = v.tasks, v.triggers
    assignee, assignee_at, objects = members.assignee, members.at, members.objects
    due = sorted(excluded)  # (the due phrase's tokens: "… about Sunday" tells a day)
    asked_at = -1
    if assignee is not None:
        reminded = _reminded_outsider(words, clause, assignee_at, household, v)
        if reminded is None:
            reminded = _put_down_outsider(words, clause, assignee_at, household, v)
        if reminded is not None:
            return None, -1, reminded, -1  # "remind Megan to give Jack his inhaler"
        found = _other_doer(words, assignee_at, clause, household, k=k, t=t)
        if found is not None and _asked_about(words, found, assignee_at, clause, v=v, due=due):
            found, asked_at = None, clause.trigger  # "Tom, ask the neighbour about …"
        return assignee, assignee_at, found, asked_at
    found = _unknown_doer(
        words, clause.start, clause.end, in_names | objects | excluded, v, household=household
    )
    if found is None:
        return None, -1, None, -1
    if found < clause.trigger and _for_me(words, clause, t, k):
        found = None  # "Beta, … remind me tonight to pack …": who is spoken to
    elif (asked_at := _asked_by_me(words, clause, found, t, k)) >= 0:
        found = None  # "remind me to ask Mike to fix …": whom the speaker's own deed asks
    elif (spoken := _asking_member(words, found, clause, objects, v=v, due=due)) is not None:
        # "Tom ask your dad about the ladder": Tom, spoken to, does the asking
        assignee, assignee_at = household.find_member(words, spoken), spoken
        found, asked_at = None, clause.trigger
    return assignee, assignee_at, found, asked_at


def _after_a_momentary(
    words: Words, kept: list[int], trigger: int, household: HouseholdIndex, v: Vocabulary
) -> list[int]:
    """Without an act of the moment said alone before the trigger, a joiner between
    (``momentary_lead``): "Петя, пристегнись и позвони бабушке" is "Позвони бабушке"; an act
    said with where or how stays ("Спустись в подвал и принеси банку огурцов": where it is)."""
    lead = momentary_lead(words, trigger, household, v)
    joiners = v.triggers.joiners
    if lead < 0 or not all(words.norms[m] in joiners for m in range(lead + 1, trigger)):
        return kept
    return [i for i in kept if not lead <= i < trigger]


def read_task(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    excluded: frozenset[int],
    v: Vocabulary,
) -> TaskReading:
    """Title, assignee and zone of one task clause; ``excluded`` tokens are the due phrase."""
    k, t = v.tasks, v.triggers
    start, end = clause.start, clause.end
    if words.classes2 & PERSON_NEGATIONS:
        excluded = _without_negated(words, clause, household, excluded, k)
    zones = household.find_zones(words, start, end)
    lists = household.find_lists(words, start, end)
    in_names = {m for _, i, j in zones + lists for m in range(i, j)}
    members = _members(words, clause, household, excluded, in_names, v=v)
    assignee, assignee_at, found, asked_at = _doers(
        words, clause, household, members, excluded=excluded, in_names=in_names, v=v
    )
    dropped = members.dropped
    unknown = None
    if found is not None:
        unknown = words.tokens[found].text
        dropped.add(found)
    kept = [i for i in range(start, end) if i not in dropped]
    kept = _after_report(words, kept, clause.trigger, v)
    kept = _after_a_momentary(words, kept, clause.trigger, household, v)
    kept = _after_other_sentence(words, kept, _tag_anchor(words, kept, clause, assignee_at, v), k)
    if assignee is not None and words.classes4 & DUTY_NOUNS:
        duty = _duty_of(words, assignee_at, k)
        if duty >= 0:
            # "Make it Tom's job to hose down …", "это обязанность Пети — выносить мусор": the
            # deed follows whose duty it is
            kept = [i for i in kept if i > max(duty, assignee_at)]
    # the whole clause, before its frame is cut: "the lawn needs mowing" → "Mow the lawn"
    deed = _state_deed(words, kept, clause, excluded, v) or _fault_deed(words, kept, clause, v)
    if deed is not None:
        return _new_tuple(TaskReading, (deed, assignee, unknown, zones[0][0] if zones else None))
    purpose = words.matches(clause.trigger, t.purpose_frames)
    doer = assignee_at if assignee is not None else found
    kept = _from_frame(words, kept, clause, household, zones, purpose=purpose, doer=doer, v=v)
    framed = list(kept)  # (``_trimmed`` cuts the list in place)
    # (``_before_needer``: "Tom replace the air filter the car needs it": no needer)
    kept = without_dating_occasion(  # "… before the party on saturday": the due's
        words,
        _without_frame_alone(
            words,
            _without_zone_label(
                words,
                _without_let(
                    words,
                    _before_needer(words, _trimmed(words, kept, clause, t, k, doer=assignee_at), v),
                    clause,
                    t,
                ),
                zones,
            ),
            found,
            v,
        ),
        excluded,
        k,
    )
    if asked_at >= 0 and kept and asked_at < kept[0]:
        # "Ask the neighbour about the ladder", "Ask someone to fix …": the speaker's deed
        kept = [asked_at, *(i for i in framed if asked_at < i < kept[0]), *kept]
    # "Дима почистит снег": the task is the verb's infinitive ("Почистить снег")
    trigger = words.infos[clause.trigger]
    kept, told = _told_chore(words, kept, clause.trigger, trigger, v)
    zones = _told_zones(words, zones, clause.trigger) if told else zones
    respelt = (
        (clause.trigger, trigger.lemma)
        if trigger is not None and (trigger.is_future or told)
        else _let_deed(words, kept, clause.trigger, t)  # "пусть Маша посуду помоет"
    )
    if respelt is None and trigger is not None and not trigger.is_russian:
        verb = gerund_verb(words, clause.trigger, t) or covered_chore(words, clause.trigger, t)
        if (
            verb is not None
            and kept
            and kept[0] == clause.trigger
            and not words.matches(clause.trigger, t.duty_heads)  # "Ironing duty"
        ):
            respelt = (clause.trigger, verb)  # "Tom's picking up …": "Pick up …"
    if (
        respelt is None
        and kept
        and kept[0] >= 2
        and words.norms[kept[0] - 2] in t.need_complementisers
        and words.matches(clause.trigger, t.need_words)
    ):
        respelt = (kept[0], words.lemmas[kept[0]])  # "need that Lucy takes …": "Take …"
    if purpose:
        kept = _purpose_deed(words, kept)
    head = words.infos[kept[0]] if kept else None
    if (
        respelt is None
        and head is not None
        and head.pos == _VERB
        and (head.is_future or (purpose and head.is_past))
    ):
        # "пусть Петя погуляет с собакой", "скажи Пете, чтобы вынес мусор": "Погулять …",
        # "Вынести мусор"
        respelt = (kept[0], head.lemma)
    title = _phrase(words, kept, respelt, clause, t)
    if title:
        title = _with_duty_when(words, title[0].upper() + title[1:], clause, kept, excluded, v=v)
    return _new_tuple(
        TaskReading, (title or None, assignee, unknown, zones[0][0] if zones else None)
    )
