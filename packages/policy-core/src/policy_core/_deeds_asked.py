"""A deed asked as a question or hedged, read as the command it asks (issue #12, round 35).

People ask a household deed in a question's or a wish's form more often than they command it:
"Emma, could you take the recycling to the curb tonight?" asks what "Emma, take the recycling
to the curb tonight" says; "Света, помоешь посуду вечером?" what "Света, помой посуду
вечером" says; "кто-нибудь может сходить за хлебом?" and "было бы неплохо, если бы
кто-нибудь вынес мусор" what "сходи за хлебом" and "вынеси мусор" say (a deed asked of
someone unnamed is the requester's to hand on, as the golden set reads "can someone …").

``asked_command`` puts such a text as the command it asks, the frame dropped and a Russian
verb put in the imperative; ``_read`` reads it only when the text as said read nothing, and
takes the reading only when it is a request: a text already read keeps its reading, and a
question of fact ("ты помыл посуду?", "can you believe …?", "кто выносит мусор?") has no
frame here or asks no deed once put as a command.
"""

from __future__ import annotations

from typing import Final

from policy_core._classes import ASK_CUES, GENERAL_MARKERS
from policy_core._household import HouseholdIndex
from policy_core._morphology import Morphology
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TriggerWords, Vocabulary

__all__ = ["asked_command"]

_COMMA: Final = ","
_QUESTION_MARK: Final = "?"
_CALLED_REACH: Final = 3  # "Jack, sweetheart, could you …": the words one is called by
_BETWEEN_REACH: Final = 5  # "Дима, ты сможешь завтра в 8 утра отвезти …": words before the verb


def asked_command(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary, morphology: Morphology
) -> str | None:
    """The command a question or a hedge opening the text asks, or None when it opens with
    none of them.

    Read past leads (``OpenWorldWords.ask_leads``: "hey", "so", "а", "слушай") and one called
    (a member, a capitalised name, a word one calls a person by: "love", "папа"), each frame
    asks the verb after it (past ``ask_between`` and, in Russian, a when):

    - a modal and the one spoken to (``ask_modals``, ``ask_addressees``): "love can you
      vacuum the living room …" → "vacuum the living room …", "Emma, could you …" → "Emma,
      …"; a Russian modal before an infinitive: "Дима, ты сможешь завтра отвезти Машу в
      бассейн?" → "Дима, завтра отвезти Машу в бассейн";
    - a Russian verb of the 2nd person future, negated or not: "Света, помоешь посуду
      вечером?" → "Света, помыть посуду вечером", "не добавишь творог?" → "добавь творог";
    - someone (``ask_someones``) beside a modal (``ask_someone_modals``), or a Russian 3rd
      person future after it: "could someone water the tomatoes", "может кто-нибудь выгулять
      Бобика в 9?", "кто-нибудь сходит за водой?" → the imperative alone;
    - a hedge (``ask_hedges``) and its link (``ask_hedge_links``) before someone or one named
      and a Russian past or future, or before a frame of its own: "было бы неплохо, если бы
      кто-нибудь вынес мусор" → "вынести мусор", "any chance someone could …",
      "было бы здорово, если бы Петя пропылесосил …" → "Петя, пропылесосить …".

    A Russian verb must be a deed the household asks (an errand, buying, adding or reminding
    lemma), a chore put as its infinitive ("Света, помыть посуду вечером", as a chore asked
    in the future is titled), a purchase, an adding or a reminder as its imperative. None
    for a text with a question's particle or a choice (``ask_questions``: "ли", "или":
    "купишь ли ты …", "…или мне?") or a mark of a plan ("себе"), and for a verb of taking
    with no thing in the genitive after it ("захватишь шуруповёрт из гаража?")."""
    o, t = vocabulary.open_world, vocabulary.triggers
    if not words.classes4 & ASK_CUES and not any(
        info is not None and info.is_asked_future for info in words.infos
    ):
        return None  # most texts: no frame of an ask
    norms = words.norms
    if (
        any(
            (norms[k] in o.ask_questions or norms[k] in o.asked_plan_marks)
            and not _polite_particle(words, k, o, t)
            for k in range(len(words))
        )
        or _confirmed(words, o)
        or words.phrase_from(0, o.curious_tails)  # "…? just curious"
    ):
        return None
    first = _past_leads(words, o)
    opening = words.first_word
    if first is None or opening is None or any(words.infos[k] is None for k in range(opening)):
        return None  # '"Emma can you grab bread" — that was Tom', "> can you …": quoted
    if not vocabulary.corridor.purpose_conjunctions.isdisjoint(norms):
        return None  # "а можно как-то сделать, чтобы список видели все?": a wish of the app
    called = _called_end(words, first, household, vocabulary)
    after = words.infos[called] if called < len(words) else None
    if (
        called > first
        and after is not None
        and after.is_russian
        and norms[called - 1] != _COMMA
        and norms[called - 1] in vocabulary.shopping.address_words
    ):
        return None  # "мам а ты можешь …?": a word of address with no comma, unread
    found = _frame(words, called, o, t, morphology)
    if found is None and called != first:
        called = first  # "Tomorrow can you …": no one called, the frame opens the text
        found = _frame(words, called, o, t, morphology)
    if found is None or _not_asked(words, verb=found[1], called=called > first, v=vocabulary):
        return None
    dropped, verb, imperative = found
    if verb + 1 < len(words) and norms[verb + 1] in o.ask_polite_particles:
        # "не помоешь ли ты ванну": the particle and the one spoken to after it
        dropped |= {verb + 1}
        if verb + 2 < len(words) and norms[verb + 2] in o.ask_addressees:
            dropped |= {verb + 2}
    address = vocabulary.shopping.address_words
    # "Jack, sweetheart, could you …" asks Jack; "love can you …", "папа, ты …" no one named
    names = [k for k in range(first, called) if words.infos[k] is not None]
    names = [k for k in names if words.norms[k] not in address]
    last = words.last_word()
    if (
        last is not None
        and last > verb
        and words.norms[last] in address
        and words.norms[last - 1] not in t.noun_determiners
    ):
        dropped = dropped | {last}  # "can you pick up my prescription tomorrow dad"
    return _rebuilt(words, names, called, dropped, verb=verb, imperative=imperative)


def _not_asked(words: Words, *, verb: int, called: bool, v: Vocabulary) -> bool:
    """The Russian verb at ``verb`` asks no deed of the household though a frame holds it:
    the speaker as company (``asked_company_marks``: "Маша, погуляешь со мной?"), a chore
    only done to a thing with a living being after it (``thing_only_errands``: "Петя,
    погладишь кота вечером?"); in the 2nd person future, a chore asked of no one called and
    no task named ("помоешь посуду?": a question, as round 24 read it) or a buying verb
    with no product the lexicon knows ("купишь гараж?", "ты купишь вечером новый
    телевизор?")."""
    info = words.infos[verb]
    if info is None or not info.is_russian:
        return False
    o, t = v.open_world, v.triggers
    lemma, nxt = words.lemmas[verb], words.next_words[verb]
    if not o.asked_company_marks.isdisjoint(words.norms[verb + 1 :]):
        return True
    if lemma in o.thing_only_errands and nxt is not None:
        living = words.infos[nxt]
        if living is not None and living.is_animate:
            return True
    if lemma in t.add_verbs or lemma in t.remind_verbs:
        return False
    if lemma in t.shop_verbs or lemma in t.request_openers:
        # "купишь гараж?", "кто-нибудь купит мне наконец собаку?": no product the lexicon
        # knows, a wish
        products = v.shopping.known_products
        return not any(words.has_lemma(j, products) for j in range(len(words)))
    if not info.is_asked_future:
        return False
    # "сделаешь задачу для Пети: …?", "напоминалку сделаешь …?": the app asked to make a task
    return not called and not any(words.matches(j, t.task_nouns) for j in range(len(words)))


def _polite_particle(words: Words, k: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "Маша, не помоешь ли ты ванну": the particle at ``k`` right after a negated verb of
    the 2nd person future (``ask_polite_particles``) asks politely, no question of fact."""
    verb = words.infos[k - 1] if k >= 2 else None
    return (
        words.norms[k] in o.ask_polite_particles
        and verb is not None
        and verb.is_asked_future
        and words.norms[k - 2] in t.negations
    )


def _confirmed(words: Words, o: OpenWorldWords) -> bool:
    """ "Маша, ты же уберёшь в комнате, да?", "…, right?": the text closes with a word of
    confirmation after a mark (``OpenWorldWords.confirmation_tags``): the speaker checks
    what they think, no deed asked."""
    last = words.last_word()
    return (
        last is not None
        and last > 0
        and words.norms[last] in o.confirmation_tags
        and words.infos[last - 1] is None
    )


def _past_leads(words: Words, o: OpenWorldWords) -> int | None:
    """The first word past the leads opening the text ("hey", "so", "а", "слушай") and the
    marks after them."""
    k = words.first_word
    while k is not None and words.norms[k] in o.ask_leads:
        k = words.next_words[k]
    return k


def _called_end(words: Words, first: int, household: HouseholdIndex, vocabulary: Vocabulary) -> int:
    """Where the words after one called at ``first`` start: past a member, a capitalised name
    or a word one calls a person by (``ShoppingWords.address_words``: "love", "папа"), a few
    together ("Jack, sweetheart", "Sam mate", "Darling Lucy"), and their commas; ``first``
    when none is called."""
    t = vocabulary.triggers
    address = vocabulary.shopping.address_words
    k, seen = first, 0
    while k < len(words) and seen < _CALLED_REACH:
        if words.norms[k] == _COMMA:
            k += 1
            continue
        info = words.infos[k]
        if info is None or not (
            household.find_member(words, k) is not None
            or words.norms[k] in address
            or (
                words.is_capitalised(k)
                and not words.matches(k, t.question_words)
                and words.norms[k] not in t.function_words
            )
        ):
            break
        k, seen = k + 1, seen + 1
    return k


def _frame(
    words: Words,
    start: int,
    o: OpenWorldWords,
    t: TriggerWords,
    morphology: Morphology,
    *,
    hedged: bool = False,
) -> tuple[frozenset[int], int, str | None] | None:
    """The frame of an ask opening at ``start``: the words it drops, the verb it asks and,
    for a Russian verb, its imperative (None: the verb stays as said). After a hedge
    (``hedged``) the one spoken to may come before the modal ("any chance you could …")."""
    if start >= len(words) or words.infos[start] is None:
        return None
    norms = words.norms
    nxt = start + 1
    if nxt < len(words) and (
        (norms[start] in o.ask_modals and norms[nxt] in o.ask_addressees)
        or (norms[start] in o.ask_someone_modals and norms[nxt] in o.ask_someones)
        or (norms[start] in o.ask_someones and norms[nxt] in o.ask_someone_modals)
        or (hedged and norms[start] in o.ask_addressees and norms[nxt] in o.ask_modals)
    ):
        dropped = {start, nxt}
        verb = _past_between(words, nxt + 1, o, t, dropped)
        if verb is None:
            return None
        info = words.infos[verb]
        if info is not None and info.is_russian:
            return _russian_verb(words, verb, dropped, o, t, morphology=morphology, infinitive=True)
        # "could you please …": an English verb, put as said; not "can you not …", "would
        # you be able to …", "can you make the writing bigger?" (a setting changed)
        if (
            info is None
            or words.classes0 & GENERAL_MARKERS  # "can you even get fresh yeast at Aldi?"
            or norms[verb] in t.negations
            or norms[verb] in o.ask_unasked_verbs
            or norms[verb] in o.marvel_verbs  # "can you imagine …?"
            or not o.ask_setting_changes.isdisjoint(norms[verb:])
            or _phrase_at(words, verb, o.ask_exclamations) is not None
        ):
            return None  # "would you take a look at this mess": an exclamation
        return frozenset(dropped), verb, None
    if (hedge := _phrase_at(words, start, o.ask_hedges)) is not None:
        return _hedged(words, start, hedge, o, t, morphology=morphology)
    opened = start
    leave = _phrase_at(words, opened, o.ask_leave_frames)
    while leave is None and opened + 1 < len(words) and norms[opened] in o.ask_between:
        opened += 1  # "Петя, ты не против вынести мусор?": the frame past "ты"
        leave = _phrase_at(words, opened, o.ask_leave_frames)
    if leave is None:
        opened = start
    if leave is not None or (opened == start and norms[start] in o.ask_maybe_frames):
        found = _left_to_do(words, opened, leave, o, t, morphology=morphology)
        if found is None:
            return None
        return found[0] | frozenset(range(start, opened)), found[1], found[2]
    if norms[start] in o.ask_someones:
        dropped = {start}
        verb = _past_between(words, nxt, o, t, dropped)
        if verb is None:
            return None
        return _russian_verb(words, verb, dropped, o, t, morphology=morphology, third=True)
    dropped = set()
    verb = _past_between(words, start, o, t, dropped, russian_when=True)
    if verb is None:
        return None
    if norms[verb] in o.ask_modals:
        modal = words.infos[verb]
        if (
            modal is not None
            and modal.is_past
            and set(t.conditional_particles).isdisjoint(norms[start : verb + 2])
        ):
            return None  # "Маша, ты могла помыть посуду?" asks of the past; "ты бы не могла …" asks
        dropped.add(verb)
        verb_after = _past_between(words, verb + 1, o, t, dropped, russian_when=True)
        if verb_after is None:
            return None
        return _russian_verb(
            words, verb_after, dropped, o, t, morphology=morphology, infinitive=True
        )
    return _russian_verb(words, verb, dropped, o, t, morphology=morphology)


def _past_between(
    words: Words,
    k: int,
    o: OpenWorldWords,
    t: TriggerWords,
    dropped: set[int],
    *,
    russian_when: bool = False,
) -> int | None:
    """The first word from ``k`` past the words that may stand between a frame and its verb
    (``ask_between``, added to ``dropped``; with ``russian_when``, a Russian when, where or
    object of a few words, kept: "завтра в 8 утра", "хлеб"); None at a mark, a question word
    ("что ты купишь?", "когда вынесешь мусор?" ask a fact) or the text's end."""
    seen = 0
    while k < len(words) and seen <= _BETWEEN_REACH:
        info = words.infos[k]
        if info is None:
            if not russian_when or words.tokens[k].kind not in _WHEN_TOKENS:
                return None  # a mark: the frame asks nothing of its own
        elif words.matches(k, t.question_words):
            return None
        elif words.norms[k] in o.ask_between:
            dropped.add(k)
        elif not (russian_when and info.is_russian and info.pos in _WHEN_PARTS):
            return k
        k, seen = k + 1, seen + 1
    return None


# what a Russian when, where or object before the verb is made of (OpenCorpora): nouns,
# adjectives, numerals, adverbs, prepositions ("завтра в 8 утра", "до субботы", "хлеб"); a
# pronoun or a conjunction is none ("что ты купишь?" asks what)
_WHEN_PARTS = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "ADVB", "PREP"})
_WHEN_TOKENS = frozenset({"number", "time"})  # "в 8 утра", "в 18:30"


_VERB_FORMS = frozenset({"VERB", "INFN"})  # OpenCorpora: a finite verb, an infinitive


def _russian_verb(
    words: Words,
    verb: int,
    dropped: set[int],
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    morphology: Morphology,
    infinitive: bool = False,
    third: bool = False,
    past: bool = False,
    named_before: bool = False,
) -> tuple[frozenset[int], int, str | None] | None:
    """The Russian verb at ``verb`` as the deed a frame asks: an infinitive after a modal, a
    3rd person future after someone, a past after a hedge, else the 2nd person future (a
    "не" right before it dropped: "ты не сходишь …?" asks it); a deed the household asks
    (an errand's, a buying, adding or reminding lemma), put in the imperative; what it is
    done to after it, or before it (``named_before``: "можно в список бананы кинуть?")."""
    info = words.infos[verb]
    if info is None or not info.is_russian:
        return None
    trip = words.norms[verb] in o.asked_round_trips  # "сходишь", "сходит": read as present
    if infinitive:
        form = info.is_infinitive
    elif third:
        form = (info.is_future and info.is_third_person) or trip
    elif past:
        form = info.is_past
    else:
        # the plural is the imperative's own form ("купите мне шерсти"): asked only in a
        # question ("а хлеб купите кто-нибудь сегодня?")
        form = (info.is_asked_future or trip) and (
            not words.norms[verb].endswith(o.asked_plural_endings)
            or _QUESTION_MARK in words.norms[verb:]
        )
        if form and verb > 0 and words.norms[verb - 1] in t.negations:
            # "ты не сходишь в химчистку?" asks only as the text's one question, closing it
            # ("ты не купишь батареек." tells; "вы не возьмёте кефира? ладно, сама" takes it
            # back)
            form = (
                words.norms.count(_QUESTION_MARK) == 1
                and words.text.rstrip().endswith(_QUESTION_MARK)
            ) or (verb + 1 < len(words) and words.norms[verb + 1] in o.ask_polite_particles)
            dropped.add(verb - 1)
    lemma = words.lemmas[verb]
    if not form or not (
        lemma in o.errand_lemmas
        or lemma in o.placed_errand_lemmas  # "убраться в комнате": the reader asks the place
        or lemma in t.shop_verbs
        or lemma in t.add_verbs
        or lemma in t.remind_verbs
        or lemma in t.request_openers
    ):
        return None
    nxt = words.next_words[verb]
    if not named_before and not _names_a_thing(words, verb, o):
        return None  # "Маша, поможешь?", "не поможешь ли мне?": no deed named
    if lemma in o.asked_take_verbs and (nxt is None or not _some_of(words, nxt)):
        return None  # "захватишь шуруповёрт из гаража?": taken along, nothing bought
    if not (
        lemma in t.shop_verbs
        or lemma in t.add_verbs
        or lemma in t.remind_verbs
        or lemma in t.request_openers
    ):
        # a chore put as its infinitive, as a chore asked in the future is titled ("Света,
        # помыть посуду вечером": "Помыть посуду")
        return frozenset(dropped), verb, lemma
    imperative = morphology.imperative(words.norms[verb])
    return None if imperative is None else (frozenset(dropped), verb, imperative)


def _names_a_thing(words: Words, verb: int, o: OpenWorldWords) -> bool:
    """After the verb at ``verb``, a word that names what the deed is done to or where, no
    pronoun, particle or the one spoken to ("Маша, поможешь?", "не поможешь ли мне?" name
    none; "не помоешь ли ты ванну" does)."""
    return words.naming_after(verb, o.ask_polite_particles | o.ask_addressees) > 0


_PARTITIVES = frozenset({"gent", "gen2"})  # OpenCorpora: the genitive, the partitive


def _some_of(words: Words, k: int) -> bool:
    """ "возьмёшь кефира?", "захватишь хлеба?": the word at ``k``, right after a verb of
    taking, is a thing in the genitive, some of it to get ("захватишь шуруповёрт?",
    "возьмёшь зонт?" take it along)."""
    info = words.infos[k]
    return info is not None and info.noun_case in _PARTITIVES and not info.is_animate


def _hedged(
    words: Words,
    start: int,
    hedge: int,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    morphology: Morphology,
) -> tuple[frozenset[int], int, str | None] | None:
    """ "было бы неплохо, если бы кто-нибудь вынес мусор", "было бы здорово, если бы Петя пропылесосил …", "есть шанс, что кто-то постирает
    шторы?", "any chance someone could rake the leaves?": the hedge's words from ``start``
    to ``hedge`` and its link dropped, then a frame of its own, or someone (dropped) or one
    named (kept) before a Russian past or 3rd person future."""
    dropped = set(range(start, hedge))
    k = hedge
    if k < len(words) and words.norms[k] == _COMMA:
        dropped.add(k)
        k += 1
    link = _phrase_at(words, k, o.ask_hedge_links)
    if link is not None:
        dropped.update(range(k, link))
        k = link
    inner = _frame(words, k, o, t, morphology, hedged=True)
    if inner is not None and words.norms[k] in o.ask_cues | o.ask_addressees:
        return frozenset(dropped | inner[0]), inner[1], inner[2]
    if k < len(words) and words.norms[k] in o.ask_someones:
        dropped.add(k)
        k += 1
    verb = k + 1 if k < len(words) and words.is_capitalised(k) else k
    while verb < len(words) and words.norms[verb] in t.transparent:
        verb += 1  # "если бы Петя наконец пропылесосил"
    if verb >= len(words):
        return None
    told = words.infos[verb]
    if told is not None and not told.is_russian:
        # "are you able to take the car …", "is anyone able to water …": the verb as said
        if words.norms[verb] in t.negations or words.norms[verb] in o.ask_unasked_verbs:
            return None
        return frozenset(dropped), verb, None
    if told is not None and (told.is_future or words.norms[verb] in o.asked_round_trips):
        return _russian_verb(words, verb, dropped, o, t, morphology=morphology, third=True)
    conditional = set(t.conditional_particles)
    if conditional.isdisjoint(words.norms[start:k]):
        return None  # "есть шанс, что Петя вынес мусор?": whether it happened
    return _russian_verb(words, verb, dropped, o, t, morphology=morphology, past=True)


_LEFT_REACH: Final = 6  # "можно в список ещё бананы кинуть": the words before the infinitive


def _left_to_do(
    words: Words,
    start: int,
    leave: int | None,
    o: OpenWorldWords,
    t: TriggerWords,
    *,
    morphology: Morphology,
) -> tuple[frozenset[int], int, str | None] | None:
    """ "а можно в список ещё бананы кинуть?", "могу я попросить добавить в список …?", "не
    сложно будет добавить бананы?" (``ask_leave_frames``, ending at ``leave``), "может
    добавить сахар?" (``ask_maybe_frames``, only before an adding or reminding verb: "может
    купить новый чайник" muses): the frame dropped, the infinitive after it within a few
    words, before any mark or other verb, put in the imperative."""
    k = start + 1 if leave is None else leave
    dropped = set(range(start, k))
    leave_only = leave is not None and words.norms[start:leave] in o.ask_permissions
    for j in range(k, min(len(words), k + _LEFT_REACH)):
        info = words.infos[j]
        if info is None or words.matches(j, t.question_words):
            return None
        if leave_only and (
            info.is_dative
            or words.norms[j] in o.ask_permission_subjects
            or words.norms[j] in t.negations
        ):
            return None  # "можно мне погулять?", "а можно Маше сходить в кино?": leave asked
        if info.pos in _VERB_FORMS:
            lemma = words.lemmas[j]
            adds = lemma in t.add_verbs or lemma in t.remind_verbs
            if (leave is None or leave_only) and not (
                adds or (leave_only and any(words.matches(m, t.list_words) for m in range(k, j)))
            ):
                return None  # "может купить новый чайник" muses; "можно погулять?" asks leave
            return _russian_verb(
                words, j, dropped, o, t, morphology=morphology, infinitive=True, named_before=j > k
            )
    return None


def _phrase_at(words: Words, k: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where the longest of ``phrases`` said from ``k`` ends ("можно попросить" before
    "можно"), or None."""
    size = words.phrase_length(k, phrases)
    return k + size if size else None


def _rebuilt(
    words: Words,
    names: list[int],
    called: int,
    dropped: frozenset[int],
    *,
    verb: int,
    imperative: str | None,
) -> str:
    """The command: the ``names`` called, a comma after them, then the text from ``called``
    without the ``dropped`` words, the verb put as ``imperative``, the question mark closing
    the ask a full stop ("Дим, заберёшь Машу в 6? я не успеваю": the ask is a sentence of its
    own)."""
    text, tokens = words.text, words.tokens
    pieces: list[str] = []
    if names:
        pieces.append(" ".join(tokens[k].text for k in names) + _COMMA + " ")
    at = tokens[called].start if called < len(tokens) else len(text)
    closed = False
    for k in range(called, len(tokens)):
        token = tokens[k]
        if k in dropped:
            pieces.append(text[at : token.start])
            at = token.end
        elif k == verb and imperative is not None:
            pieces.append(text[at : token.start] + imperative)
            at = token.end
        elif k > verb and not closed and token.norm == _QUESTION_MARK:
            pieces.append(text[at : token.start] + ".")
            at, closed = token.end, True
    pieces.append(text[at:])
    return " ".join("".join(pieces).split()).strip(" .")
