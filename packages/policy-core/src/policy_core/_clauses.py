"""Splitting a command into its shopping part and its task part.

A *trigger* starts a clause: a buying verb ("купи", "buy", "add ... to the list", "нужно
молоко", "we're out of"), or a task opener (a reminder, "попроси Петю", an imperative or
infinitive chore verb, "нужно вынести", "we need to"). A clause runs to the next trigger of the
other kind; words before the first trigger belong to the first clause.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

from policy_core._classes import (
    ADVERBIAL_OPENERS,
    APPOINTMENTS,
    ASSIGN_HEADS,
    AUXILIARIES,
    CHORE_NOMINALS,
    CHORE_NOUNS,
    CORRECTION_WORDS,
    DISH_TARGETS,
    DUE_WORDS,
    DUTY_HEADS,
    EDIT_WORDS,
    ELSEWHERE,
    ERRAND_PLACES,
    GAME_WORLDS,
    INFORM_VERBS,
    LIST_WORDS,
    MODALS,
    MOMENTARY_STARTS,
    NEED_NEGATIONS,
    NEGATIONS,
    NEGATIVE_SUBJECTS,
    PLEA_STARTS,
    PRIVATIVES,
    REASON_WORDS,
    REMIND_VERBS,
    SHOP_VERBS,
    STOP_VERBS,
    TASK_NOUNS,
    TOLD_PRONOUNS,
)
from policy_core._household import HouseholdIndex
from policy_core._morphology import WordInfo
from policy_core._numbers import read_number
from policy_core._pasted import english_past, regular_past
from policy_core._reasons import before_reasons, reason_told
from policy_core._units import is_measure_word
from policy_core._words import Words
from policy_core.lang import DateWords, OpenWorldWords, TaskWords, TriggerWords, Vocabulary

__all__ = [
    "Clause",
    "ClauseKind",
    "adding_refused",
    "asks_outside",
    "assigns_a_chore",
    "chore_within",
    "covered_chore",
    "dative_doer_last",
    "duty_put_on",
    "edit_told_at",
    "gerund_deed",
    "list_noun_at",
    "need_done",
    "negated",
    "opens_sentence",
    "quoted_tokens",
    "request_gerund",
    "split_clauses",
    "task_tag",
    "verbless",
]

ClauseKind = Literal["shop", "task"]


class Clause(NamedTuple):
    kind: ClauseKind
    start: int  # first token of the clause (including words before its trigger)
    trigger: int  # the trigger token
    end: int  # one past the last token


_DOER_WINDOW: Final = 3  # how many tokens before a verb may name its doer
_FAR_DOER_WINDOW: Final = 9  # … and how far back, with only a when or where between
_LIST_PHRASE_WINDOW: Final = 5  # "on the Costco list": how far back the preposition may stand
_APPOINTMENT_WINDOW: Final = 6  # "записать <object> к …": where the "к" may stand
_CONDITIONAL_REACH: Final = 5  # "Ты бы, дочка, прикупила": tokens from "бы" back to the verb
# an opening quotation mark: its closing one
_QUOTES: Final = MappingProxyType({"«": "»", "“": "”", '"': '"', "'": "'", "„": "“"})
# Any of the quotation marks, searched for in the text at C speed (a set's isdisjoint(text)
# steps through the text character by character).
_QUOTE_MARK: Final = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_NO_TOKENS: Final[frozenset[int]] = frozenset()
_PURPOSE_REACH: Final = 4  # "скажи Пете, чтобы (он в субботу) вынес …": words before each step
_VERB_POS: Final = frozenset({"VERB", "INFN"})  # OpenCorpora parts of speech of a verb
_CLOCK_KINDS: Final = frozenset({"number", "time"})  # tokens of a count or a clock time
_NUMBER_KIND: Final = "number"  # a token's kind
_PARTICLE: Final = "PRCL"  # OpenCorpora: a particle ("бы", "же")
_ASKING: Final = "?"  # a question's mark
_ADJECTIVE: Final = "ADJF"  # OpenCorpora: a full adjective
_VERB: Final = "VERB"  # OpenCorpora: a finite verb
_DATIVE: Final = "datv"  # OpenCorpora: the dative case
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case
_PRONOUN: Final = "NPRO"  # OpenCorpora: a pronoun
_GENITIVE: Final = "gent"  # OpenCorpora: the genitive case
_INSTRUMENTAL: Final = "ablt"  # OpenCorpora: the instrumental case ("за хлебом")
_PLACE_CASES: Final = frozenset({"loct", "loc2"})  # OpenCorpora: the locative cases ("в кране")
_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition
_ADVERB: Final = "ADVB"  # OpenCorpora: an adverb
_SHORT_FORMS: Final = frozenset({"ADJS", "PRTS"})  # OpenCorpora: a short adjective or participle
_CONJUNCTION: Final = "CONJ"  # OpenCorpora: a conjunction ("что", "чтобы")
_NOUN: Final = "NOUN"  # OpenCorpora: a noun
_TIME_KIND: Final = "time"  # a token's kind: a clock time ("19:00")
_STOPS_A_DOER: Final = frozenset({"VERB", "INFN", "NPRO"})  # a verb or a pronoun stands between
# tuple.__new__ builds a Clause without the named tuple's Python-level __new__.
_new_tuple: Final = tuple.__new__


def _is_verbal(words: Words, index: int) -> bool:
    info = words.infos[index]
    return info is not None and (info.is_infinitive or info.is_imperative)


def _switched_deed(words: Words, i: int, nxt: int, t: TriggerWords) -> bool:
    """ "завтра надо clean the garage", "нужно call the plumber": a Russian need word, then the
    deed said in English (code-switching), an English chore or doer verb right after it."""
    need, verb = words.infos[i], words.infos[nxt]
    return (
        need is not None
        and need.is_russian
        and verb is not None
        and not verb.is_russian
        and (words.norms[nxt] in t.chore_verbs or words.norms[nxt] in t.doer_verbs)
    )


_NUMERAL: Final = "NUMR"
_OBJECT_POS: Final = frozenset(
    {"NOUN", "ADJF", "PREP", _NUMERAL, "PRTF"}
)  # what an object may hold
_OBJECT_REACH: Final = 5  # "надо батареи на балконе покрасить": the infinitive within five words


def _object_then_infinitive(words: Words, index: int, t: TriggerWords) -> bool:
    """ "надо батареи на балконе покрасить", "нужно окна помыть": after a need word, an object
    (nouns, adjectives, prepositions; no mark between) and then the infinitive of a deed that is
    no purchase: the need frames the deed, its object said first."""
    for k in range(index, min(index + _OBJECT_REACH + 1, len(words))):
        info = words.infos[k]
        if info is None or not info.is_russian or words.norms[k] in t.joiners:
            return False  # a mark, a number, a joiner or a word in English ends the object
        if info.is_infinitive:
            return k > index and not words.matches(k, t.shop_verbs)
        if info.pos not in _OBJECT_POS:
            return False
    return False


def _is_out_of(words: Words, i: int, nxt: int | None, t: TriggerWords) -> bool:
    """ "out of": the first word at ``i`` and the second the next word; "out of station",
    "out of town", "out of order" tell where someone is or a state, no shortage, as does
    what food is taken out of closing its clause ("out of the fridge", "out of stock":
    ``TriggerWords.out_of_holders``)."""
    if nxt is None or (words.norms[i], words.norms[nxt]) not in t.out_of:
        return False
    what = words.next_words[nxt]
    determined = False
    while what is not None and words.norms[what] in t.noun_determiners:
        what, determined = words.next_words[what], True
    if what is None:
        return True
    norm, after = words.norms[what], what + 1
    closes = after == len(words) or words.is_punct(after)
    if determined and norm in t.out_of_rooms and _leaves_a_room(words, after, t):
        return False
    if norm in t.out_of_idioms:
        # "out of stock", "out of hand, again", "out of control in here": an idiom only
        # before a mark, the end or a preposition ("out of hand soap" is a shortage)
        return not (
            closes
            or words.norms[after] in t.function_words
            or words.norms[after] in t.out_of_idiom_ends
        )
    return norm not in t.out_of_places and not (closes and norm in t.out_of_holders)


def _leaves_a_room(words: Words, after: int, t: TriggerWords) -> bool:
    """What follows a room after "out of the" ends the phrase: a mark, the end, a preposition
    or a word of how ("…out of the room crying", "…out of the house in tears"); a noun
    there makes the room a product's name ("out of the kitchen roll")."""
    if after == len(words) or words.is_punct(after):
        return True
    norm = words.norms[after]
    ending = t.gerund_ending
    return norm in t.function_words or (bool(ending) and norm.endswith(ending))


def _is_particle(words: Words, index: int) -> bool:
    info = words.infos[index]
    return info is not None and info.pos == _PARTICLE


def _opens_clause(words: Words, i: int, t: TriggerWords) -> bool:
    """Only transparent words ("please", "also") stand before ``i``."""
    return all(words.norms[k] in t.transparent for k in range(i) if words.infos[k] is not None)


def _subject_of_a_verb(words: Words, i: int, t: TriggerWords) -> bool:
    """The word at ``i``, or it and the noun after it, stand before an auxiliary with no mark
    between: the subject of a statement, not a verb."""
    if words.vocabulary.isdisjoint(t.auxiliaries):
        return False
    for k in (i + 1, i + 2):
        if k >= len(words) or words.infos[k] is None:
            return False
        if words.norms[k] in t.auxiliaries:
            return True
    return False


_SUBJECT_REACH: Final = 5  # "chore chart for March is up": the auxiliary a few words on


def _modifies_a_subject(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """The word at ``i`` ("chore", "task", "reminder") modifies the noun right after it, and
    that noun phrase is the subject of an auxiliary a few words on, no mark between ("the
    chore chart for March is up", "task app was down", "reminder emails are annoying"): a
    thing told of, no task named; not before a mark ("Reminder: …"), a function word ("task
    for Tom: …") or a member ("reminder Tom is at the dentist …")."""
    nxt = words.next_words[i]
    if (
        nxt is None
        or nxt != i + 1
        or words.norms[nxt] in t.function_words
        or words.norms[nxt] in t.auxiliaries
        or household.find_member(words, nxt) is not None
    ):
        return False
    for k in range(nxt + 1, min(len(words), nxt + _SUBJECT_REACH)):
        if words.infos[k] is None:
            return False  # a mark or a number: the phrase ends
        if words.norms[k] in t.auxiliaries:
            return True
    return False


def _needed_after(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A Russian need word ending its clause after what is needed ("хлеба надо", "сахару
    кило надо", "памперсы нужны"): a common product or a measure right before it (a particle
    between); "мне надо", "Пете нужно", "врач нужен", "ремонт нужен" buy nothing."""
    t = v.triggers
    if not (words.lemmas[i] in t.need_words or words.norms[i] in t.need_words):
        return False
    # the list it goes to may stand on either side ("батареек в хозтовары надо", "губок надо
    # в хозтовары"): a list preposition and one of the household's lists
    listed = {
        start - 1: end
        for _list, start, end in household.find_lists(words)
        if start > 0 and words.norms[start - 1] in v.shopping.list_prepositions
    }
    nxt = words.next_words[i]
    while nxt is not None and _is_particle(words, nxt):
        nxt = words.next_words[nxt]
    if nxt is not None and nxt in listed:
        nxt = words.next_words[listed[nxt] - 1]
    if nxt is not None and words.norms[nxt] not in t.joiners:
        return False
    k = i - 1
    ends = {end - 1: start for start, end in listed.items()}
    if k in ends:
        k = ends[k] - 1
    while k >= 0 and _is_particle(words, k):
        k -= 1  # "молока бы надо"
    if k < 0 or (info := words.infos[k]) is None or not info.is_russian:
        return False
    if is_measure_word(words.norms[k], v.units):
        return True  # "сахару кило надо", "крупы полкило нужно"
    known = v.shopping.known_products
    if listed and words.lemmas[k] not in known:
        # "губок для посуды в хозтовары надо": the product heads a complement
        k = _complemented_head(words, k, v)
    return k >= 0 and words.lemmas[k] in known and household.find_member(words, k) is None


def _complemented_head(words: Words, k: int, v: Vocabulary) -> int:
    """The head before a complement ending at ``k`` ("губок для посуды": "губок"); -1 when the
    words before ``k`` are no "head, preposition, noun"."""
    prepositions = v.open_world.complement_prepositions
    j = k - 1
    while j > 0 and (info := words.infos[j]) is not None and info.pos == _ADJECTIVE:
        j -= 1  # "средство для мытья посуды": words of the complement
    if j > 0 and words.norms[j] in prepositions and words.infos[j - 1] is not None:
        return j - 1
    return -1


_FETCH_WINDOW: Final = 4  # "сходи в магазин за хлебом": the link within four words of the verb


def _fetches_a_product(words: Words, i: int, v: Vocabulary) -> bool:
    """A motion verb, "за" and a common product ("сгоняй за хлебом", "сходи в магазин за
    молоком"): a purchase; "сходи за Машей", "сходи в собес за справкой" are errands."""
    t, known = v.triggers, v.shopping.known_products
    info = words.infos[i]
    if info is None or not info.is_imperative or words.lemmas[i] not in t.fetch_verbs:
        return False
    for k in range(i + 1, min(len(words), i + 1 + _FETCH_WINDOW)):
        if words.norms[k] in t.fetch_links:
            nxt = words.next_words[k]
            return nxt is not None and words.lemmas[nxt] in known
    return False


def _put_in_a_place(words: Words, i: int, t: TriggerWords) -> bool:
    """The adding verb at ``i`` has a place adverb right before or after it
    (``TriggerWords.place_adverbs``: "…, туда поставим коробки для сбора"): a thing put
    there, no list added to, when the verb tells a plan; the caller leaves out imperatives
    ("добавь туда ещё кетчуп", "запиши туда молоко": the list is "there")."""
    return any(0 <= k < len(words) and words.norms[k] in t.place_adverbs for k in (i - 1, i + 1))


def _shop_trigger(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    t, d = v.triggers, v.dates
    lemma, norm = words.lemmas[i], words.norms[i]
    nxt = words.next_words[i]
    info = words.infos[i]
    if info is not None and info.is_past and not _conditional(words, i, t):
        # "Петя уже купил хлеб": a report of a purchase, not a request; "закончился сахар"
        # says what ran out, and asks for it
        return (
            lemma in t.out_of_words
            and not _bought(words, t)
            and not _period_ended(words, i, t)
            and not _ran_out_on_a_past_day(words, i, True, v)
            and not _runs_out_elsewhere(words, i, v)
            and not _left_unbought(words, i, t)
        )
    if norm in t.buy_typos and nxt is not None and _opens_clause(words, i, t):
        return True  # "by milk", "pls bye toilet paper": the most common typos of "buy"
    listed = norm in t.list_words or lemma in t.list_words  # (``words.matches``, read once)
    if listed and i + 1 < len(words) and words.norms[i + 1] in t.list_marks:
        return True  # "grocery list: milk, eggs"
    if listed and _after_list_preposition(words, i, household, t):
        # "bin bags on the list please", "For the Costco list, please: …"; not refused
        return not adding_refused(words, i, t) and not _edit_told(words, i, household, t)
    if i > 0 and (words.norms[i - 1], norm) in t.wish_phrases:
        return nxt is not None and words.norms[nxt] not in t.to_markers  # "I'd like a bag of"
    if (
        (i > 0 and words.norms[i - 1] in t.noun_determiners)
        or (words.classes3 & MOMENTARY_STARTS and _momentary_act(words, i, household, v))
        or (info is not None and info.is_own_plan and words.matches(i, t.buy_or_add_verbs))
        # "Маша хочет попросить тебя купить ей собаку": a purchase in someone's wish, told
        or (
            info is not None
            and info.is_infinitive
            and _told_infinitive(words, i, t, v.open_world, wish_only=True)
        )
    ):
        # "куплю сам, запиши гречку", "я добавлю... короче, …": the speaker's own deed told
        # "your order has shipped": a noun, not a request; "Петя, возьми трубку", "get down
        # here": an act of the moment, nothing bought
        return False
    if (
        i > 1
        and norm in t.order_verbs
        and words.norms[i - 2] in t.noun_determiners
        and words.is_word(i - 1)
        and words.norms[i - 1] not in t.people
        and words.norms[i - 1] not in d.due_words
    ):
        # "collect the Instacart order", "my Amazon order": a noun, what of ("this week
        # order nappies": a when, then the verb)
        return False
    if words.classes1 & AUXILIARIES and _subject_of_a_verb(words, i, t):
        return False  # "Instacart order has been delivered", "order forms are due"
    buying = lemma in t.shop_verbs or norm in t.shop_verbs
    if (
        (buying or norm in t.soft_shop_verbs)
        and i > 0
        and _plan_of_a_person(words, i, household, v)
    ):
        return False  # "dad is gonna get us a trampoline", "мама купит торт": a plan told
    if buying:
        if norm in t.order_verbs and nxt is not None and words.norms[nxt] in t.ordered_meals:
            return True
        return (
            norm not in t.person_taking_verbs
            or nxt is None
            or household.find_member(words, nxt) is None
        )
    if norm in t.soft_shop_verbs:
        if nxt is None:
            return norm not in t.verbs_needing_object
        following = _until_joiner(words, nxt, nxt + 4, t)
        head = words.next_words[nxt] if words.norms[nxt] in t.noun_determiners else nxt
        # "get the stuff Lucy needs": a person after what names nothing tells whose it is
        vague = head is not None and words.norms[head] in t.vague_objects
        # "get juice the kids like", "get the bread the kids like": a product, then a clause
        # about it with people in it: bought, the people no errand
        about = _said_of_a_product(words, following, v)
        if (
            not vague
            and not about
            and any(
                words.norms[j] in t.people or household.find_member(words, j) for j in following
            )
        ):
            return False
        if not about and _collects(words, following, v):
            return False  # "pick up the dry cleaning": collected, not bought
        if norm in t.zone_collecting_verbs and _puts_in_a_zone(words, i, household, t):
            return False  # "pick up the dog poop in the garden": there already
        if norm in t.zone_collecting_verbs and _owned_picked(words, nxt, t):
            return False  # "pick up his socks": tidied, not bought
        if _moved(words, nxt, following, t):
            return False  # "get the decorations down", "get the deposit back": moved
        if _has_done(words, following, t) or any(words.norms[j] in t.to_markers for j in following):
            return False  # "get the car washed", "get Priya to hoover the stairs"
        return words.norms[nxt] not in t.not_buying_after.get(norm, ())
    if lemma in t.add_verbs or norm in t.add_verbs:
        if (
            _told_form_of_putting(words, i, household, v)
            or _takes_a_member(words, i, household, t)
            or _puts_in_a_zone(words, i, household, t)
            or (norm in t.edit_ambiguous_pasts and edit_told_at(words, i, household, t))
            or (info is not None and not info.is_imperative and _put_in_a_place(words, i, t))
        ):
            # "закинь Машу на танцы", "закинь шины в гараж": no purchase; "Tom just put beer
            # on the list": an edit told
            return False
        if words.classes2 & ERRAND_PLACES and _carries_on_an_errand(words, i, household, t):
            return False  # "занеси стулья от соседей", "закинь форму в стирку": an errand
        if words.classes0 & DISH_TARGETS and _adds_into_a_dish(words, i, household, t):
            return False  # "добавь в фарш два яйца", "add salt to the water": a recipe's step
        if nxt is not None and (
            words.matches(nxt, t.task_nouns) or words.norms[nxt] in t.task_noun_articles
        ):
            after = words.next_words[nxt]
            article = words.norms[nxt] in t.task_noun_articles
            target = after if article and after is not None else nxt
            if words.matches(target, t.task_nouns):
                return False
        return (
            norm not in t.list_only_add_verbs
            or (
                nxt is not None
                and words.norms[nxt] in t.list_only_particles
                and (after := words.next_words[nxt]) is not None
                and words.norms[after] not in t.noun_determiners  # "put down the phone"
            )
            or _names_a_list(words, household, t, i, len(words))
            or _on_a_list_noun(words, i, v)
        )
    if lemma in t.need_words or norm in t.need_words:
        while nxt is not None and (_is_particle(words, nxt) or words.norms[nxt] in t.need_adverbs):
            nxt = words.next_words[nxt]  # "надо бы колбасы", "нужен ещё уголь"
        if nxt is None:
            return False
        object_word = words.norms[nxt]
        if object_word in t.purpose_markers or object_word in t.function_words:
            return False  # "нужно, чтобы …", "what Lucy needs for her project"
        if object_word in t.need_complementisers and _need_that_doer(words, nxt, household, t):
            return False  # "I need that Lucy takes her medicine": Lucy's deed, no purchase
        if (
            _is_verbal(words, nxt)
            or _object_then_infinitive(words, nxt, t)
            or _switched_deed(words, i, nxt, t)
        ):
            return False
        if _chore_gerund(words, nxt, t) or need_done(words, nxt, t):
            # "the car needs washing", "the dog needs walking", "we need the gutters cleaned":
            # a deed, no product
            return False
        if household.find_member(words, nxt) is not None:
            return False  # "помыть надо, Петя пусть сделает": a member is never bought
        info = words.infos[nxt]
        return (
            info is None
            or info.pos in (None, "NOUN", "ADJF", "NUMR")
            or (words.tokens[nxt].kind == "number")
        )
    if lemma in t.out_of_words:
        return (
            not _period_ended(words, i, t)
            and not _runs_out_as_a_habit(words, i, t)
            and not _runs_out_on_a_condition(words, i, t)
            and not _runs_out_elsewhere(words, i, v)
            and not _left_unbought(words, i, t)
        )
    return (
        _is_out_of(words, i, nxt, t)
        and not _runs_out_as_a_habit(words, i, t)
        and not _runs_out_on_a_condition(words, i, t)
        and not _ran_out_on_a_past_day(words, i, i > 0 and words.norms[i - 1] in t.out_of_pasts, v)
        and not _runs_out_elsewhere(words, i, v)
        and not _left_unbought(words, i, t)
    )


def _period_ended(words: Words, i: int, t: TriggerWords) -> bool:
    """The run-out verb at ``i`` tells a period or an event ended, its noun right before or
    after it, past particles and not after a place preposition (``TriggerWords.ended_periods``:
    "фильм закончился", "Кончилось лето", "у Пети кончились каникулы", "Закончилась гарантия
    на холодильник"; "в школе кончились тетради" is the notebooks'): no shortage, nothing to
    buy."""
    if words.vocabulary.isdisjoint(t.ended_periods):
        return False  # most run-outs: a product
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(words) and words.norms[k] in t.ended_period_particles:
            k += step
        if (
            0 <= k < len(words)
            and words.has_lemma(k, t.ended_periods)
            and not (k > 0 and words.norms[k - 1] in t.out_of_place_preps)  # "в школе"
        ):
            return True
    return False


def _runs_out_elsewhere(words: Words, i: int, v: Vocabulary) -> bool:
    """The run-out at ``i`` is someone else's: its own clause (between marks and joiners)
    names a place outside the home after a place preposition ("на работе кончился кофе",
    "хлеб закончился в магазине", "they were out of rye bread at Lidl", "ran out of gold in
    the game"; ``_outside_place``), someone outside it after the holder's link ("у соседки
    кончилась соль") or, in English, as the run-out's subject ("the store was out of bread",
    "our neighbours ran out of firewood"): their shortage, nothing for the household to buy.
    Not when the household's own stock is said beside it ("дома и на работе кончился кофе",
    "у соседей кончилась соль, у нас тоже"), nor when a purchase is asked anywhere else in
    the text ("на работе кончился кофе, надо купить", "в садике кончились салфетки, принеси
    завтра", "в школе кончились тетради, Петя просит новые"): the run-out names what to buy.
    A place in another clause ("кончился хлеб, в магазине тоже нет", "mum's at work and
    we're out of bread") or where the run-out is going or was noticed ("кофе на работу
    закончился", "on my way to the store we're out of eggs") is no one's stock."""
    t = v.triggers
    if not words.classes2 & ELSEWHERE:  # a place or a holder outside the home: none said
        return False  # most commands
    start, end = clause_around(words, i, t)
    outside = False
    for k in range(start, end):
        if k == i:
            continue
        if _outside_place(words, k, v) or _outside_holder(words, k, i, v):
            outside = True
            break
    return outside and not (_home_said_too(words, i, v) or _purchase_asked(words, i, v))


def _outside_place(words: Words, k: int, v: Vocabulary) -> bool:
    """A place outside the home at ``k`` after a place preposition (``_runs_out_elsewhere``):
    the Russian one in the prepositional ("на работе", "в магазине", "на офисной кухне"),
    the English one closing its phrase ("at work", "at the office, …", "in the game"; "in the
    game room fridge" is a room); not after a comparison ("как у соседей") or someone said to
    be there ("я в магазине")."""
    t = v.triggers
    info = words.infos[k]
    if info is None:
        return False
    place = words.matches(k, t.out_of_outside_places) or words.matches(k, v.shopping.shops)
    qualified = not place and words.matches(k, t.out_of_place_qualifiers) and k + 1 < len(words)
    if not (place or qualified):
        return False
    link = k - 1
    while link >= 0 and not info.is_russian and words.norms[link] in t.noun_determiners:
        link -= 1  # "at the office", "in our canteen"
    if link < 0 or words.norms[link] not in t.out_of_place_preps:
        return False
    if link > 0 and (
        words.norms[link - 1] in t.out_of_place_comparisons
        or words.norms[link - 1] in t.out_of_presences
    ):
        return False
    if info.is_russian:
        noun = words.infos[k + 1] if qualified else info
        # "в"/"на" govern the prepositional (where) or the accusative (where to: "кофе на
        # работу", "иду в магазин"); a form read as another case is the prepositional's twin
        return noun is not None and noun.noun_case not in _WHERE_TO_CASES
    if qualified:
        return False  # an English qualifier names a subject ("the office kitchen is out")
    after = k + 1
    return (
        after == len(words)
        or words.is_punct(after)
        or words.norms[after] in t.function_words
        or words.norms[after] in t.out_of_subject_links
        or words.norms[after] in t.out_of_idiom_ends
        or words.norms[after] in t.out_of_presences  # "in minecraft i ran out of food"
    )


def _outside_holder(words: Words, k: int, i: int, v: Vocabulary) -> bool:
    """Someone or somewhere outside the home holding the stock run out at ``i``: a person
    after the holder's link ("у соседки", "у коллеги"), or in English a neighbour, a shop or
    a place (after a qualifier: "the office kitchen") as the run-out's subject, only the
    verb's words between ("the corner shop was out of eggs", "her neighbour's out of sugar",
    "the supermarket ran out of turkeys"; "the games controller ran out of batteries" is a
    controller's)."""
    t = v.triggers
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        return (
            words.matches(k, t.out_of_outsiders)
            and k > 0
            and words.norms[k - 1] in t.out_of_holder_links
        )
    if k > i or words.norms[k] in t.out_of_subject_links:
        return False
    subject = (
        words.matches(k, t.out_of_outsiders)
        or words.matches(k, t.out_of_outside_places)
        or words.matches(k, v.shopping.shops)
        or (k > 0 and words.matches(k - 1, t.out_of_place_qualifiers))
    )
    if not subject or (k > 0 and words.norms[k - 1] in t.out_of_place_preps):
        return False
    return all(words.norms[j] in t.out_of_subject_links for j in range(k + 1, i))


def _home_said_too(words: Words, i: int, v: Vocabulary) -> bool:
    """The household's own stock said beside the run-out at ``i``: a home word in the
    run-out's own clause ("we're out of milk at home and at work") or in a clause with no
    verb ("дома и на работе кончился кофе", "у соседей кончилась соль, у нас тоже", "…, а у
    нас хлеб"; "на работе кончилась соль, а дома есть" tells the home has it, "…, и она
    просила у нас" tells a story); an English one after a place preposition ("at home";
    "heading home" says where someone goes)."""
    t = v.triggers
    if words.vocabulary.isdisjoint(t.out_of_home_words):
        return False
    own = clause_around(words, i, t)
    for k in range(len(words)):
        if words.norms[k] not in t.out_of_home_words:
            continue
        info = words.infos[k]
        if not (info is not None and info.is_russian) and not (
            k > 0 and words.norms[k - 1] in t.out_of_place_preps
        ):
            continue
        if own[0] <= k < own[1]:
            return True
        around = range(*clause_around(words, k, t))
        if not any(_tells_a_state(words, j) for j in around):
            return True
    return False


def _left_unbought(words: Words, i: int, t: TriggerWords) -> bool:
    """Beside the run-out at ``i`` its purchase is called off or told as someone's plan, and
    nothing is asked: a buying or getting verb negated ("молоко кончилось, не покупай ещё, я
    сама", "out of eggs but don't buy more"), or in the future told, not asked (a Russian
    future that is no imperative: "молоко кончилось, Петя купит ещё", "когда кончится, купим
    ещё"), or told done in a clause of its own (``_bought_beside``: "молоко кончилось, я уже
    купила"). A request beside it is read as before: "…, не покупай молоко, купи кефир", "…,
    Петя пусть купит", "…, don't buy milk, get oat milk"."""
    buying = t.shop_verbs | t.soft_shop_verbs
    if words.vocabulary.isdisjoint(buying) and words.vocabulary.isdisjoint(t.bought_pasts):
        return False  # most run-outs: no buying verb beside them
    left = False
    for k, info in enumerate(words.infos):
        if info is None or k == i:
            continue
        if negated(words, k, t):
            left = left or words.matches(k, buying)
            continue
        if _bought_beside(words, i, k, t):
            left = True  # "молоко кончилось, я уже купила", "…, so I got some on the way"
            continue
        if info.is_russian:
            if info.is_imperative:
                return False  # "…, купи ещё", "…, возьми кефир"
            if words.matches(k, buying) and info.is_future:
                if any(words.norms[j] in t.let_words for j in range(max(0, k - 3), k)):
                    return False  # "…, Петя пусть купит": asked of Petya
                left = True
            continue
        if (words.matches(k, buying) or words.norms[k] in t.request_words) and (
            words.norms[k] == words.lemmas[k]
        ):
            return False  # "…, add it to the list", "…, get some"
    return left


_NOUN_TAG: Final = "NOUN"


def _bought_beside(words: Words, i: int, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` tells a buying or getting done (a Russian past of ``shop_verbs`` or
    ``soft_shop_verbs``, an English one of ``bought_pasts``) in a clause other than the
    run-out's at ``i``: "we ran out of coffee so I got some on the way home", "хлеб
    кончился, Дима уже купил". In the run-out's own clause it says which stock ran out
    ("we ran out of the eggs we got on Sunday"), and the run-out buys."""
    info = words.infos[k]
    if info is None:
        return False
    if info.is_russian:
        if not (info.is_past and words.matches(k, t.shop_verbs | t.soft_shop_verbs)):
            return False
    elif words.norms[k] not in t.bought_pasts:
        return False
    start, end = clause_around(words, i, t)
    return not start <= k < end and not _other_thing_bought(words, k, t)


def _other_thing_bought(words: Words, k: int, t: TriggerWords) -> bool:
    """The buying at ``k`` names a thing of its own, not what ran out: an English word after
    it that is none of ``bought_refs`` ("Tom got bread but forgot the milk"; "I got some",
    "got more", "bought it" refer back), a Russian noun in its clause that names no one
    ("хлеб я уже купила"; "Дима уже купил" is who)."""
    info = words.infos[k]
    if info is not None and not info.is_russian:
        nxt = words.next_words[k]
        return (
            nxt is not None
            and not words.is_punct(k + 1)
            and not joins(words, k + 1, t)
            and words.norms[nxt] not in t.bought_refs
        )
    start, end = clause_around(words, k, t)
    return any(
        (other := words.infos[j]) is not None
        and other.pos == _NOUN_TAG
        and not (other.is_name or other.is_animate)
        for j in range(start, end)
        if j != k
    )


def _tells_a_state(words: Words, k: int) -> bool:
    """The word at ``k`` is a verb ("есть", "куплено"): its clause says something of its own."""
    info = words.infos[k]
    return info is not None and (info.pos in _TAG_VERB_POS or info.is_past)


def _purchase_asked(words: Words, i: int, v: Vocabulary) -> bool:
    """Besides the run-out at ``i`` a purchase is asked: a Russian imperative other than a
    verb of telling ("…, купи ей пачку", "…, принеси завтра"), a buying, adding, fetching,
    remind or need word, not past nor negated, the Russian one an infinitive ("…, надо купить"), the
    English one in its plain form ("…, grab some at the shop"), or a relayed ask in the
    present ("…, Петя просит новые"); "…, скажите админу", "…, someone tell facilities",
    "…, она просила у неё" ask no purchase."""
    t = v.triggers
    asking = t.request_words | t.soft_shop_verbs | t.fetch_verbs
    for k, info in enumerate(words.infos):
        if info is None or k == i or info.is_past or words.matches(k, t.out_of_tell_verbs):
            continue
        if words.norms[k] in v.shopping.relay_asking_verbs:
            return True
        if info.is_russian and info.is_imperative:
            return True
        if not words.matches(k, asking) or negated(words, k, t):
            continue
        if info.is_russian:
            if info.is_infinitive:
                return True
        elif words.norms[k] == words.lemmas[k]:
            return True
    return False


def runs_out_elsewhere_alone(words: Words, v: Vocabulary) -> bool:
    """The text tells someone else's run-outs (``_runs_out_elsewhere``) and none of the
    household's, and asks nothing but that someone be told ("в переговорке кончилась вода,
    скажите админу", "the office kitchen is out of coffee, someone tell facilities"): a
    story of their shortage, no task of the household's either."""
    t, keys = v.triggers, words.vocabulary
    if not words.classes2 & ELSEWHERE:  # a place or a holder outside the home: none said
        return False  # most commands
    if keys.isdisjoint(t.out_of_tell_verbs) or not (
        keys.isdisjoint(t.remind_verbs)
        and keys.isdisjoint(t.task_nouns)
        and keys.isdisjoint(t.need_words)
        and keys.isdisjoint(t.list_words)
    ):
        return False  # the run-out's own reading answers; "…, remind me to tell my boss" asks
    elsewhere = False
    for k in range(len(words)):
        nxt = words.next_words[k]
        if words.lemmas[k] in t.out_of_words or _is_out_of(words, k, nxt, t):
            if not _runs_out_elsewhere(words, k, v):
                return False
            elsewhere = True
    return elsewhere


_WHERE_TO_CASES: Final = frozenset({"accs", "nomn"})  # OpenCorpora: "на работу", "в магазин"


def _ran_out_on_a_past_day(words: Words, i: int, past: bool, v: Vocabulary) -> bool:
    """A day gone said in the run-out's clause (between marks and joiners): a past modifier
    before a week, a weekday or a part of the day ("на прошлой неделе", "last night"), or with
    the run-out in the past (``past``) a weekday or a span ago ("ещё в понедельник", "on
    Monday", "two weeks ago"), or a span gone ("в прошлом месяце", "last weekend"): "we ran
    out of bread last week" tells a story of that day, not what to buy. A recent day, before
    today, a weekday or a part of the day ("молоко кончилось вчера", "ещё в понедельник",
    "we ran out of bread last night") is a bare run-out still, unless another clause tells
    what happened then ("вчера кончилась гречка, пришлось варить рис"); a state that began then ("since yesterday", "since last week") holds."""
    t, d = v.triggers, v.dates
    if (
        words.vocabulary.isdisjoint(d.day_offsets)
        and words.vocabulary.isdisjoint(d.past_mods)
        and words.vocabulary.isdisjoint(t.past_span_mods)
        and (
            not past
            or (
                words.vocabulary.isdisjoint(d.weekdays) and words.vocabulary.isdisjoint(t.ago_words)
            )
        )
    ):
        return False  # most commands
    start, end = clause_around(words, i, t)
    if _asked_beside(words, start, end, t):
        return False
    for k in range(start, end):
        norm = words.norms[k]
        if d.day_offsets.get(norm, 0) < 0:
            # "out of milk since yesterday": the state began then and holds
            return (k == 0 or words.norms[k - 1] not in d.past_preps) and _past_told_beside(
                words, start, end, t, v.open_world
            )
        if (
            ((past and norm in d.weekdays) or norm in d.past_mods)
            and k > 0
            and words.norms[k - 1] in d.past_preps
        ):
            return False  # "out of milk since last week": the state began then and holds
        if past and norm in d.weekdays:
            # "ещё в понедельник", "on Monday": a recent day, a bare run-out as "yesterday"
            return _story_beside(words, start, end, t, v.open_world)
        if past and norm in t.ago_words:
            return True  # "like two weeks ago", "неделю назад"
        nxt = words.next_words[k]
        if (norm in d.past_mods or norm in t.past_span_mods) and nxt is not None and nxt < end:
            after = (words.norms[nxt], words.lemmas[nxt])
            if any(key in d.weekdays or key in d.parts or key in d.part_nouns for key in after):
                # "last night", "в прошлый понедельник": a recent day, as "yesterday"
                return _story_beside(words, start, end, t, v.open_world)
            if any(key in d.week_words or key in t.past_spans for key in after):
                return True  # "на прошлой неделе", "в прошлом месяце", "last weekend"
    return False


def _story_beside(words: Words, start: int, end: int, t: TriggerWords, o: OpenWorldWords) -> bool:
    """Beside a run-out dated a recent day, a past told (``_past_told_beside``) or a
    consequence drawn ("we ran out of eggs on Saturday, so no pancakes"): the day's story."""
    return _past_told_beside(words, start, end, t, o) or any(
        words.norms[k] in t.consequence_joiners for k in range(end, len(words))
    )


def _past_told_beside(
    words: Words, start: int, end: int, t: TriggerWords, o: OpenWorldWords
) -> bool:
    """Outside ``start``..``end`` a verb in the past that is no other run-out: a Russian past
    ("а Петя съел последнюю ложку") or an English story past ("but Tom bought a pack")."""
    for k, info in enumerate(words.infos):
        if info is None or start <= k < end or words.norms[k] in t.out_of_pasts:
            continue
        if info.is_russian:
            if info.pos == _VERB and info.is_past and words.lemmas[k] not in t.out_of_words:
                return True
        elif english_past(words, k, o, t) or _bought_in_the_past(words.norms[k], o, t):
            return True
    return False


def _bought_in_the_past(norm: str, o: OpenWorldWords, t: TriggerWords) -> bool:
    """``norm`` is a buying or fetching verb's English regular past ("picked", "grabbed",
    "ordered"): "ran out of milk yesterday but Tom picked some up"."""
    return regular_past(norm, o, t.shop_verbs) or regular_past(norm, o, t.soft_shop_verbs)


def _runs_out_on_a_condition(words: Words, i: int, t: TriggerWords) -> bool:
    """A conjunction of a condition or a time to come (``TriggerWords.run_out_conditions``)
    before the run-out at ``i`` in its clause, the run-out an event (``run_out_state``) ("когда молоко кончится, купим ещё", "if мы run
    out of молоко, just use water", "when we run out of milk, buy more"): a run-out that has
    not happened, no product to buy now; "we're out of milk, when you're at the shop get
    some" runs out in a clause of its own."""
    if words.vocabulary.isdisjoint(t.run_out_conditions) or run_out_state(words, i, t):
        return False  # most run-outs; "if we're out of eggs, get a dozen" asks
    start = clause_around(words, i, t)[0]
    return any(words.norms[k] in t.run_out_conditions for k in range(start, i))


def run_out_state(words: Words, i: int, t: TriggerWords) -> bool:
    """The run-out at ``i`` is a state now, not an event to come: a Russian past
    ("если сыр закончился"), an English one not after an event verb
    (``TriggerWords.run_out_events``: "we're out of eggs", "are low on"; "runs out" is an
    event)."""
    info = words.infos[i]
    if info is not None and info.is_russian:
        return info.is_past
    return i == 0 or words.norms[i - 1] not in t.run_out_events


def _runs_out_as_a_habit(words: Words, i: int, t: TriggerWords) -> bool:
    """A recurring adverb in the run-out's clause (no mark between): "we always run out of
    tape at the worst moment", "у нас вечно кончается туалетная бумага", "хлеб у нас всегда
    кончается": a complaint about a habit, not what is needed now."""
    if words.vocabulary.isdisjoint(t.recurring_adverbs):
        return False  # most commands
    start, end = clause_around(words, i, t)
    return not _asked_beside(words, start, end, t) and any(
        words.norms[k] in t.recurring_adverbs for k in range(start, end)
    )


def clause_around(words: Words, i: int, t: TriggerWords) -> tuple[int, int]:
    """The clause holding ``i``: from after the last mark or joiner before it to the next."""
    start = i
    while start > 0 and not words.is_punct(start - 1) and not joins(words, start - 1, t):
        start -= 1
    end = i + 1
    while end < len(words) and not words.is_punct(end) and not joins(words, end, t):
        end += 1
    return start, end


def shopping_outside(
    words: Words, k: int, household: HouseholdIndex, v: Vocabulary, unless: frozenset[str]
) -> bool:
    """Outside the clause that holds ``k`` (between marks and joiners) a shopping trigger
    stands: a run-out, a need or a buying verb the household says in a clause of its own
    ("кончился сахар, Петя играет в майнкрафт", "we're out of bread, Jack is in minecraft"),
    in a clause with no word of ``unless`` ("в майнкрафте кончилась еда, а в роблоксе
    кончились монеты" tells of two games)."""
    t = v.triggers
    start, end = clause_around(words, k, t)
    for j in range(len(words)):
        if start <= j < end or not words.is_word(j):
            continue
        if not _shop_trigger(words, j, household, v):
            continue
        own = range(*clause_around(words, j, t))
        if not any(words.matches(m, unless) for m in own):
            return True
    return False


def asks_outside(
    words: Words,
    start: int,
    end: int,
    household: HouseholdIndex,
    v: Vocabulary,
    *,
    said_only: bool = False,
) -> bool:
    """Outside ``start``..``end`` (a remark's clause) a request stands, read as
    ``split_clauses`` reads its triggers: a buying, adding or list verb, a need or run-out
    word, a fetching imperative or a chore's or reminder's trigger, not negated ("thanks for
    cooking, Tom, please do the dishes tomorrow", "Tom added milk, we're out of eggs", "купи
    хлеб, а пиво покупай своё"); an adding verb said as a request on its own counts too (a
    Russian imperative, an English one opening its clause: "…, please also put chips on it",
    "… ну то есть бот, поставь"). With ``said_only``, only a request said as one: an
    imperative (an English verb opening its clause past courtesies), a need or a run-out
    ("Tom, take out the trash, any day now"; not a deed told or wished of someone: "Jack will
    clean the garage, any day now", "Маша хочет покрасить кухню в розовый, ага конечно")."""
    t = v.triggers
    norms, lemmas = words.norms, words.lemmas
    for i, info in enumerate(words.infos):
        if info is None or start <= i < end:
            continue
        if negated(words, i, t):
            continue
        said = info.is_imperative if info.is_russian else _opens_its_clause(words, i, v)
        if said_only and not (
            said
            or words.matches(i, t.need_words)
            or words.matches(i, t.out_of_words)
            or norms[i] in t.out_of_parts
        ):
            continue
        if (
            (_task_trigger(words, i, household, v) and not _on_what_was_said(words, i, v))
            or _shop_trigger(words, i, household, v)
            or (info.is_imperative and _fetches_a_product(words, i, v))
            or (
                (lemmas[i] in t.need_words or norms[i] in t.need_words)
                and _needed_after(words, i, household, v)
            )
            or (said and words.matches(i, t.add_verbs))
        ):
            return True
    return False


def _on_what_was_said(words: Words, i: int, v: Vocabulary) -> bool:
    """The chore's verb at ``i`` takes only a pronoun for what was said before, closing its
    clause (``ShoppingWords.referring_pronouns``: "you added it twice, fix it"): the remark's
    own matter, no chore of the household."""
    nxt = words.next_words[i]
    return (
        nxt is not None
        and words.norms[nxt] in v.shopping.referring_pronouns
        and clause_around(words, i, v.triggers)[1] == nxt + 1
    )


def _opens_its_clause(words: Words, i: int, v: Vocabulary) -> bool:
    """The word at ``i`` opens its clause past courtesies and adverbs (``OpenWorldWords.
    tag_assents``, ``TriggerWords.edit_past_adverbs``): an adding verb so said is asked
    whatever it puts the thing on ("…, please also put chips on it")."""
    start = clause_around(words, i, v.triggers)[0]
    skipped = v.open_world.tag_assents | v.triggers.edit_past_adverbs
    return all(words.norms[j] in skipped for j in range(start, i))


def chore_within(
    words: Words, start: int, end: int, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """Inside ``start``..``end`` a chore's or reminder's trigger stands, no buying verb, not
    negated ("такими темпами надо вынести мусор сегодня")."""
    t = v.triggers
    for i in range(start, end):
        if words.infos[i] is None or words.matches(i, t.shop_verbs) or negated(words, i, t):
            continue
        if _task_trigger(words, i, household, v):
            return True
    return False


def joins(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` joins two clauses: a joiner ("and", "а") or a word of consequence
    ("so", "поэтому", the "так" of "так что"), after which a new clause asks on its own."""
    norm = words.norms[k]
    if norm in t.joiners or norm in t.consequence_joiners:
        return True
    return k + 1 < len(words) and (norm, words.norms[k + 1]) in t.consequence_pairs


def _asked_beside(words: Words, start: int, end: int, t: TriggerWords) -> bool:
    """Outside ``start``..``end`` a request is made: a Russian imperative, or an English
    request or fetching verb in its plain form, not negated ("we ran out yesterday, add
    some", "вечно кончается, купи два")."""
    for k, info in enumerate(words.infos):
        if info is None or start <= k < end:
            continue
        if info.is_russian:
            if info.is_imperative:
                return True
            continue
        norm = words.norms[k]
        if (
            norm == words.lemmas[k]
            and (norm in t.request_words or norm in t.soft_shop_verbs)
            and not negated(words, k, t)
        ):
            return True
    return False


def _moved(words: Words, nxt: int, following: range, t: TriggerWords) -> bool:
    """A taking verb's object after a determiner, then a particle of moving it ("get the
    decs down", "get the deposit back"): the thing is moved, not bought."""
    if words.norms[nxt] not in t.noun_determiners:
        return False
    for j in following:
        norm = words.norms[j]
        if j > nxt + 1 and norm in t.moving_particles:
            return True
        if norm in t.duty_present or norm in t.need_subjects:
            return False  # "get the bread we're out": "out" is in a clause of its own
    return False


def _need_that_doer(words: Words, that: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "need that Lucy feed the cat", "I need that Tom takes the bins out": after a need's
    "that", a member and then a verb (not a noun: "need that Lucy's coat …" is no deed); a
    capitalised name of no member then a chore's or a doer's verb (``chore_verbs``,
    ``doer_verbs``) as well: the deed is asked of someone the household does not hold (its
    doer asked for), never a product ("need that Lucy feed the cat" in a household with no
    Lucy)."""
    doer = words.next_words[that]
    if doer is None:
        return False
    if words.norms[doer] != words.lemmas[doer]:
        return False  # "we need that Tom's shirt …": whose thing (read "tom"), no doer
    verb = words.next_words[doer]
    if verb is None or not words.is_word(verb):
        return False
    if household.find_member(words, doer) is not None:
        return True
    return words.is_capitalised(doer) and (
        words.has_lemma(verb, t.chore_verbs) or words.has_lemma(verb, t.doer_verbs)
    )


def _plan_of_a_person(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "dad is gonna get us a trampoline", "grandma will buy the cake", "мама завтра купит
    торт": a buying verb in the future whose subject, just before it (past "is", a hedge, a
    day word), is a person who is not a member reports that person's plan. The members'
    English futures are left to the task readers ("Lucy will empty the bins tomorrow" is a
    task); a member's Russian one is told (``_member_plan_told``), past a due phrase or a
    word of doing it oneself ("Маша в субботу купит торт", "Том сам купит вино")."""
    t = v.triggers
    info = words.infos[i]
    j = i - 1
    if info is not None and info.is_russian:
        if not info.is_future or info.is_imperative:
            return False
    else:
        while j >= 0 and words.norms[j] in t.modal_hedges:
            j -= 1  # "dad will probably get"
        if j < 0:
            return False
        if words.norms[j] in t.to_markers and j >= 1 and words.norms[j - 1] in t.future_markers:
            j -= 2  # "is going to get"
        elif words.norms[j] in t.future_markers:
            j -= 1  # "is gonna get", "will get"
        else:
            return False
        while j >= 0 and words.norms[j] in t.auxiliaries:
            j -= 1  # "dad is gonna"
    while j >= 0 and (words.norms[j] in t.transparent or words.norms[j] in t.modal_hedges):
        j -= 1  # "мама завтра купит", "dad will probably get"
    russian = info is not None and info.is_russian
    if russian and _member_plan_told(words, _past_when_and_self(words, j, v), i, household, t):
        return True  # "Петя завтра купит ещё молока": his plan told
    return (
        j >= 0
        and words.matches(j, t.people)
        and household.find_member(words, j) is None
        and (j == 0 or words.norms[j - 1] not in t.causative_verbs)
    )


def _past_when_and_self(words: Words, j: int, v: Vocabulary) -> int:
    """``j`` moved back past a Russian due phrase and a word of doing it oneself
    (``DateWords.due_words``, ``OpenWorldWords.self_doers``): "Маша в субботу [купит]",
    "Том в пятницу сам [купит]" → the name's index."""
    due, own = v.dates.due_words, v.open_world.self_doers
    while j > 0 and (words.norms[j] in due or words.norms[j] in own):
        j -= 1
    return j


def _member_plan_told(
    words: Words, j: int, i: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """A member or a first name (nominative) at ``j`` as the subject of the Russian third
    person future buying verb at ``i``, with no "пусть" before ("Петя завтра купит ещё
    молока", "Дима завтра купит хлеб, он сам сказал"): that person's plan told, asked of no
    one; "Петя пусть купит молока" asks, and a comma after the name calls him ("Петя,
    купишь молока?" is a question, "Петя, купи молока" a request)."""
    if j < 0:
        return False
    verb, subject = words.infos[i], words.infos[j]
    if verb is None or not verb.is_third_person or subject is None or words.is_punct(j + 1):
        return False
    named = subject.is_name and subject.noun_case == "nomn" and not subject.thing_named_too
    if not named and household.find_member(words, j) is None:
        return False
    return not any(words.norms[k] in t.let_words for k in range(max(0, j - 2), i))


def _outsider_errand(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Mrs Patel needs to pick up the keys", "Coach Mike to get the bibs on Friday": a soft
    buying verb after "to" (past "needs", "has") with something after it, whose subject is a
    capitalised name after a title or a person noun (``TaskWords.name_titles``,
    ``person_nouns``: "Grandma Sue to pick up …") opening the text, or after a
    verb that asks someone to do it ("have Oliver pick up …", "get Oliver to pick up …";
    ``TriggerWords.causative_verbs``), no member,
    and no member collected after it: that person's errand, not a purchase; the task readers
    ask who it is. A bare capitalised word is no person: "Halloumi to get", "Remember to
    pick up milk", and "Mrs Patel to pick up Lucy" would give Lucy the task."""
    t, k = v.triggers, v.tasks
    j = i - 1
    if j < 1:
        return False
    # "have Oliver pick up …": a verb that takes the bare verb after whom it asks; after
    # "to", any asking verb ("get Oliver to pick up …")
    asking = t.bare_causative_verbs
    if words.norms[j] in t.to_markers:
        j -= 1
        asking = t.causative_verbs
        if words.norms[j] in k.doer_links:
            j -= 1
    first = words.first_word
    if first is None or j < first or not words.is_word(j):
        return False
    if j != first + 1 or not (
        (
            (words.norms[first] in k.name_titles or words.lemmas[first] in k.person_nouns)
            and asking is t.causative_verbs
        )
        or words.norms[first] in asking
    ):
        return False  # "Coach Mike to …", "Grandma Sue needs to …", "have Oliver get …"
    after = words.next_words[i]
    if after is None or any(
        household.find_member(words, m) is not None for m in range(after, len(words))
    ):
        return False  # "Mr Muscle to get", "Mrs Patel to pick up Lucy"
    info = words.infos[j]
    norm, lemma = words.norms[j], words.lemmas[j]
    return (
        info is not None
        and not info.is_russian
        and words.is_capitalised(j)
        # a product, a shop, a list, a day or "someone" opening the text names no outsider
        and not any(
            key in v.shopping.known_products
            or key in v.shopping.shops
            or key in t.list_words
            or key in t.transparent
            for key in (norm, lemma)
        )
        and norm not in k.subject_pronouns
        and norm not in v.dates.due_words
        and household.find_member(words, j) is None
        and not household.find_lists(words, j, j + 1)
        and not household.find_zones(words, j, j + 1)
    )


def _chore_gerund(words: Words, index: int, t: TriggerWords) -> bool:
    """ "washing", "mowing", "cutting", "emptying": a chore verb's gerund ending the clause
    ("needs cutting again", "need taking out"); "washing powder", "stuffing", "icing" are
    products."""
    return gerund_deed(words, index, t) is not None


def gerund_deed(words: Words, index: int, t: TriggerWords) -> tuple[str, int] | None:
    """The chore verb a gerund ending the clause stands for, and the last token of its phrase
    (a particle after it: "taking out"): ("mow", index) for "mowing", None for no chore."""
    norm, ending = words.norms[index], t.gerund_ending
    if not ending or not norm.endswith(ending) or len(norm) <= len(ending) + 2:
        return None
    last = index
    if last + 1 < len(words) and words.norms[last + 1] in t.gerund_particles:
        last += 1  # "taking out", "tidying up"
    after = last + 1
    if after < len(words) and not (
        words.tokens[after].kind == "punct" or words.norms[after] in t.gerund_followers
    ):
        return None
    verb = _gerund_verb(norm, words.norms[last] if last > index else None, t.chore_verbs, t)
    return None if verb is None else (verb, last)


_COVER_REACH: Final = 3  # "covering my Saturday school run": the chore within three words


def covered_chore(words: Words, index: int, t: TriggerWords) -> str | None:
    """The verb of taking over a chore the gerund at ``index`` is, with a chore's noun or
    gerund within a few words after it ("covering my school run", "handling the bins"), or
    None ("covering the costs" takes no chore over)."""
    norm, ending = words.norms[index], t.gerund_ending
    if not ending or not norm.endswith(ending) or len(norm) <= len(ending) + 1:
        return None  # "thing", "sing": no verb's gerund
    verb = _gerund_verb(norm, None, t.handover_verbs, t)
    if verb is None:
        return None
    for j in range(index + 1, min(len(words), index + 1 + _COVER_REACH)):
        if words.norms[j] in t.joiners:
            return None
        if (
            words.matches(j, t.chore_nouns)
            or words.matches(j, t.duty_heads)
            or gerund_verb(words, j, t) is not None
        ):
            return verb
    return None


def gerund_verb(words: Words, index: int, t: TriggerWords) -> str | None:
    """The chore or errand verb the gerund at ``index`` is ("picking" before "up": "pick"),
    wherever it stands; None for any other word."""
    norm, ending = words.norms[index], t.gerund_ending
    if not ending or not norm.endswith(ending) or len(norm) <= len(ending) + 1:
        return None  # "doing" is "do"
    after = words.next_words[index]
    particle = words.norms[after] if after is not None else None
    return _gerund_verb(norm, particle, t.chore_verbs | t.doer_verbs, t)


def request_gerund(words: Words, index: int, t: TriggerWords) -> str | None:
    """The buying, adding, remind, chore or errand verb the gerund at ``index`` is ("grabbing"
    → "grab", "picking" before "up" → "pick"); None for any other word ("mind if …", "mind
    me …")."""
    norm, ending = words.norms[index], t.gerund_ending
    if not ending or not norm.endswith(ending) or len(norm) <= len(ending) + 1:
        return None
    after = index + 1
    particle = words.norms[after] if after < len(words) else None
    verbs = t.buy_or_add_verbs | t.remind_verbs | t.chore_verbs | t.doer_verbs
    return _gerund_verb(norm, particle, verbs, t)


def _gerund_verb(
    norm: str, particle: str | None, chores: frozenset[str], t: TriggerWords
) -> str | None:
    stem = norm[: -len(t.gerund_ending)]
    if particle is not None and particle in t.gerund_particles:
        # "putting away", "picking up": a phrasal chore counts with its particle
        chores = chores | {v for v, p in t.chore_phrasals if p == particle} | t.soft_shop_verbs
    verb = next((stem + r for r in t.gerund_restores if stem + r in chores), None)
    if verb is None and stem[-1] == stem[-2] and stem[:-1] in chores:
        verb = stem[:-1]  # "cutting"
    return verb


def _conditional(words: Words, i: int, t: TriggerWords) -> bool:
    """ "ты бы купила хлеба", "Ты бы, дочка, прикупила …", "купили бы вы молока": a past verb
    with a conditional particle a few words before it or right after asks for the deed; the
    speaker as its subject ("я бы купила") only wishes."""
    if words.vocabulary.isdisjoint(t.conditional_particles):
        return False  # most texts: no "бы"
    low = max(0, i - _CONDITIONAL_REACH)
    near = range(low, min(len(words), i + 2))
    if not any(words.norms[k] in t.conditional_particles for k in near):
        return False
    return not any(words.norms[k] in t.speaker_words for k in near)


def _edit_told(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """An edit of a list told, not asked, in the clause of the list phrase at ``i`` and before
    it ("Петя добавил молоко в список", "дим ты в список молоко добавил", "lol Tom just put
    beer on the list 4 times", "the bot added Lynx Africa to the list"): the list phrase asks
    nothing (``_edit_told_at``). A request of the speaker's own in a clause of its own is read
    as before ("Tom put milk on the list, add bread too" adds the bread)."""
    if not words.classes3 & EDIT_WORDS:
        return False  # most list phrases: no adding verb said
    start, end = clause_around(words, i, t)
    # (a word none of whose spelling and lemma is an edit's is none: ``edit_told_at``)
    norms, lemmas, edits = words.norms, words.lemmas, t.edit_words
    return any(
        (norms[k] in edits or lemmas[k] in edits) and edit_told_at(words, k, household, t)
        for k in range(start, end)
    )


def edit_told_at(words: Words, k: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """The word at ``k`` tells an edit of a list done: a Russian adding verb in the past with
    no conditional particle ("ты бы добавил молоко" asks) nor a purpose marker before it
    ("хочу, чтобы ты добавил …" asks), an English adding verb's past that
    is no imperative (``TriggerWords.edit_pasts``: "added"; not a participle after a word
    asking it done in its clause, ``edit_participle_heads``: "can I get oat milk added …",
    "… requested that cough syrup be added …"), or one spelt as the imperative ("put":
    ``edit_ambiguous_pasts``) after a subject no one is called by (``edit_subjects``:
    "someone put …"; not after a modal: "can someone put …") or a member's name with a past adverb between (``edit_past_adverbs``:
    "Tom just put …") or a sign of the past or of the member spoken of after it
    (``edit_past_signs``: "Jack put nap on the chore list again", "… he's so dumb"); "Jack,
    put milk on the list" and "Jack put milk on the list" ask Jack."""
    info = words.infos[k]
    if info is None:
        return False
    norms = words.norms
    if info.is_russian:
        return (
            info.is_past
            and words.lemmas[k] in t.add_verbs
            and not _conditional(words, k, t)
            # "хочу, чтобы ты добавил молоко в список": the past of a wish, asked
            and not any(norms[m] in t.purpose_markers for m in range(k))
        )
    if norms[k] in t.edit_pasts:
        start, _end = clause_around(words, k, t)
        return not any(norms[m] in t.edit_participle_heads for m in range(start, k))
    if norms[k] not in t.edit_ambiguous_pasts:
        return False
    j = k - 1
    while j >= 0 and norms[j] in t.edit_past_adverbs:
        j -= 1
    if j < 0 or (j > 0 and norms[j - 1] in t.modals):
        return False  # "can someone put bog roll on the list": asked
    if norms[j] in t.edit_subjects:
        return True
    if household.find_member(words, j) is None:
        return False
    return j < k - 1 or any(norms[m] in t.edit_past_signs for m in range(k + 1, len(words)))


def _after_list_preposition(
    words: Words, i: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """ "on the list", "to the Costco list", "for the grocery list": the list word after a
    preposition, with at most a determiner and a list's name or kind between; not in a text
    that opens with its own subject ("I added milk to the list")."""
    first = words.first_word
    if first is not None and words.norms[first] in t.report_subjects:
        return False
    info = words.infos[i]
    if (
        info is not None
        and info.is_russian
        and (
            not info.may_be_direct  # "сыр в корзине": where it is, not where it goes
            or any(_tells(words.infos[k]) for k in range(i))  # "кот залез в корзину"
        )
    ):
        return False
    for k in range(i - 1, max(-1, i - _LIST_PHRASE_WINDOW), -1):
        norm = words.norms[k]
        if norm in t.list_phrase_preps:
            return True
        if not (
            norm in t.noun_determiners
            or _names_a_list(words, household, t, k, k + 1)  # "list", "Costco"
        ):
            return False
    return False


def adding_refused(words: Words, i: int, t: TriggerWords) -> bool:
    """An adding verb before the list phrase at ``i``, in its clause, negated, stopped or
    needed no more (``negated``: "don't add chocolate to the list", "stop adding stuff to my
    list", "enough adding sweets to the list", "no need to add milk to the list", "не
    добавляй чипсы в список", "не надо добавлять молоко в список"), in any of its forms
    (``refused_add_forms``: "quit putting candy on the list"): the list refused, nothing put
    on it."""
    if not words.classes1 & (NEGATIONS | NEED_NEGATIONS | STOP_VERBS):
        return False  # most commands
    start, _end = clause_around(words, i, t)
    return any(
        (words.matches(k, t.add_verbs) or words.matches(k, t.refused_add_forms))
        and negated(words, k, t)
        for k in range(start, i)
    )


def _tells(info: WordInfo | None) -> bool:
    """A Russian verb that tells rather than asks: past or present, not an imperative."""
    return (
        info is not None
        and info.is_russian
        and info.pos == _VERB
        and not info.is_imperative
        and info.imperative_too is None
    )


def _owned_picked(words: Words, nxt: int, t: TriggerWords) -> bool:
    """After a collecting verb, its particle then a possessive of another person ("pick up
    his socks", "pick up your toys"; ``TriggerWords.collecting_particles``,
    ``owned_possessives``): one's own things are picked up, not bought."""
    after = words.next_words[nxt]
    return (
        words.norms[nxt] in t.collecting_particles
        and after is not None
        and words.norms[after] in t.owned_possessives
    )


def _person_picked(
    words: Words, i: int, nxt: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """After the collecting verb at ``i``, its particle then a person word (past a
    determiner: "pick up the kids", "pick up grandma at the station"), or a member when
    another member is named before the verb as its doer ("Tom pick up Lucy from practice");
    the member may stand before the particle ("Emma, pick Lucy up from chess club";
    ``TriggerWords.collecting_particles``, ``people``): a person fetched, an errand, never a
    purchase. A member picked up with no doer named ("pick up Lucy"), or with one called
    only after it ("pick up Lucy, Tom": the task would go to Lucy), or with an object after
    the particle ("pick Lucy up some sweets") asks as before."""
    k: int | None
    if words.norms[nxt] in t.collecting_particles:
        k = words.next_words[nxt]
        while k is not None and words.norms[k] in t.noun_determiners:
            k = words.next_words[k]
        if k is None or any(words.is_punct(j) for j in range(nxt + 1, k)):
            return False  # "pick up, Lucy": one called
        if words.norms[k] in t.people:
            return True
    else:
        k, particle = nxt, words.next_words[nxt]
        if (
            nxt != i + 1
            or particle != nxt + 1
            or words.norms[particle] not in t.collecting_particles
        ):
            return False
        after = words.next_words[particle]
        if after is not None and words.norms[after] not in t.adverbial_openers:
            return False  # "pick Lucy up some sweets": bought for her
    picked = household.find_member(words, k)
    return picked is not None and any(
        (doer := household.find_member(words, j)) is not None and doer != picked for j in range(i)
    )


def _collects(words: Words, window: range, v: Vocabulary) -> bool:
    """A thing that is collected, not bought (``TriggerWords.collected_things``: "the kids",
    "the dry cleaning") in ``window`` after a soft buying verb, and not right after a product
    or a vague object (``vague_objects``) with no preposition between: "get something the kids
    will eat", "get bread the kids love" tell of what the kids eat, in a clause about it."""
    t, known = v.triggers, v.shopping.known_products
    for j in window:
        norm = words.norms[j]
        if norm in t.collected_things:
            return True
        if norm in t.vague_objects or words.matches(j, known):
            # only a determiner between: a clause about it ("bread the kids love"); past a
            # preposition it is read as before ("get cereal for the kids")
            return any(
                words.norms[k] in t.collected_things
                and any(words.norms[m] in t.function_words for m in range(j + 1, k))
                for k in window
                if k > j
            )
    return False


def _said_of_a_product(words: Words, window: range, v: Vocabulary) -> bool:
    """A product the lexicon knows (``ShoppingWords.known_products``) or a vague object first
    in ``window``, then people (``TriggerWords.people``, ``collected_things``) with no
    preposition between: a clause about the thing ("juice the kids like", "something the kids
    will eat"); "cereal for the kids" is read as before."""
    t, known = v.triggers, v.shopping.known_products
    for j in window:
        norm = words.norms[j]
        if norm in t.people or norm in t.collected_things:
            return False
        if norm in t.vague_objects or words.matches(j, known):
            return any(
                (words.norms[k] in t.people or words.norms[k] in t.collected_things)
                and not any(words.norms[m] in t.function_words for m in range(j + 1, k))
                for k in window
                if k > j
            )
    return False


def _until_joiner(words: Words, start: int, stop: int, t: TriggerWords) -> range:
    """``range(start, stop)`` cut at the first joiner: "get some bleach and Jack needs …"."""
    for j in range(start, min(stop, len(words))):
        if words.norms[j] in t.joiners:
            return range(start, j)
    return range(start, min(stop, len(words)))


def _has_done(words: Words, following: range, t: TriggerWords) -> bool:
    """An object then a participle that ends the phrase: "get the car washed (on Saturday)",
    never one before its noun ("get smoked salmon")."""
    for j in following:
        norm = words.norms[j]
        if j == following.start or not (
            norm.endswith(t.participle_endings) or norm in t.irregular_participles
        ):
            continue
        after = words.next_words[j]
        if (
            after is None
            or words.norms[after] in t.function_words
            or words.norms[after] in t.done_followers  # "… checked before Friday"
            or after != j + 1
        ):
            return True
    return False


def need_done(words: Words, start: int, t: TriggerWords) -> bool:
    """After a need word, from ``start``: a determiner, its noun, then a chore verb's past
    participle that ends the phrase ("we need the gutters cleaned", "Lucy needs her shoes
    fixed", "I need my pills collected from the pharmacy"): a deed done to the thing. Never a
    noun that merely ends like one ("the bird seed", "more chicken feed")."""
    if words.norms[start] not in t.noun_determiners:
        return False
    for j in _until_joiner(words, start + 2, start + 5, t):
        if _chore_participle(words.norms[j], t):
            after = words.next_words[j]
            return (
                after is None
                or after != j + 1
                or words.norms[after] in t.function_words
                or words.norms[after] in t.done_followers
            )
    return False


def _chore_participle(norm: str, t: TriggerWords) -> bool:
    """ "cleaned", "mopped", "serviced", "swept": the past participle of one of
    ``TriggerWords.chore_verbs``, by its ending or as an irregular one."""
    if norm in t.irregular_participles:
        return True
    for ending in t.participle_endings:
        if norm.endswith(ending):
            stem = norm[: -len(ending)]
            if stem[-2:-1] == stem[-1:] and stem[:-1] in t.chore_verbs:
                return True  # "mopped": "mop"
            if any(stem + restored in t.chore_verbs for restored in t.gerund_restores):
                return True  # "cleaned", "serviced"
    return False


def _bought(words: Words, t: TriggerWords) -> bool:
    """A purchase told as done ("сахар закончился, я купила")."""
    return any(
        info is not None and info.is_past and words.lemmas[k] in t.shop_verbs
        for k, info in enumerate(words.infos)
    )


def negated(words: Words, i: int, t: TriggerWords) -> bool:
    """ "не готовь много", "can't talk", "не надо покупать хлеб": a trigger negated (or whose
    need word is) asks for nothing."""
    norms = words.norms
    if norms[i] in t.negations:
        return True
    if words.matches(i, t.forget_verbs):
        return False  # "не забудь позвонить": a reminder
    nxt = words.next_words[i]
    info = words.infos[i]
    if nxt is not None and norms[nxt] in t.negations and info is not None and not info.is_russian:
        return True  # "Do not share it with anyone": English negates after its auxiliary
    j = i - 1
    if j < 0:
        return False
    if (
        words.classes1 & NEGATIVE_SUBJECTS
        or any(second in words.vocabulary for _, second in t.negative_subject_pairs)
    ) and _said_of_no_one(words, i, t):
        return True  # "nobody wants to clean the bathroom", "никто не просил покупать торт"
    if _deprived(words, j, t):
        return True  # "без напоминаний", "without being reminded": how it went
    if not t.permit_verbs.isdisjoint(words.vocabulary) and _under_negated_let(words, i, t):
        return True  # "…, don't let it sit and get musty again"
    if norms[j] in t.negations:
        # "не купишь хлеба?", "не напомнишь мне …?": a 2nd person future negated in a
        # question asks politely for it done
        return not (info is not None and info.is_asked_future and _asked_at(words, i, t))
    if words.matches(j, t.stop_verbs):
        return True  # "stop buying so much bread", "хватит покупать чипсы"
    if norms[j] in t.need_negations and words.matches(i, t.need_words):
        return True  # "no need for more bread"
    if (
        j >= 2
        and norms[j] in t.to_markers
        and words.matches(j - 1, t.need_words)
        and (norms[j - 2] in t.need_negations or norms[j - 2] in t.negations)
    ):
        return True  # "no need to buy bread", "Tom doesn't need to mow the lawn"
    if (
        j >= 1
        and norms[j - 1] in t.negations
        and (words.matches(j, t.need_words) or norms[j] in t.modals)
    ):
        return True
    return info is not None and info.is_infinitive and _negated_need_before(words, j, t)


def _under_negated_let(words: Words, i: int, t: TriggerWords) -> bool:
    """The verb at ``i`` is of the complement of a negated verb of letting
    (``TriggerWords.permit_verbs`` after a negation), within ``_PERMIT_REACH`` words with no
    mark but "and" between: "don't let it sit and get musty", "never let the dog get on the
    sofa"; "let it sit, then get bread" has a mark between, "don't let me forget to buy a
    card" a reminder ("to" or a forgetting verb between)."""
    norms = words.norms
    for k in range(i - 1, max(0, i - _PERMIT_REACH) - 1, -1):
        if (
            words.is_punct(k)
            or (norms[k] in t.joiners and norms[k] not in t.permit_joiners)
            # "don't let me forget to buy a card": a reminder, its verb after "to"
            or norms[k] in t.to_markers
            or words.matches(k, t.forget_verbs)
        ):
            return False
        if norms[k] in t.permit_verbs:
            return k >= 1 and norms[k - 1] in t.negations
    return False


def _asked_at(words: Words, i: int, t: TriggerWords) -> bool:
    """The sentence the word at ``i`` stands in closes with a question mark, or the text
    does: "ты не купишь пару лимонов? у меня простуда" asks in its first sentence, when
    what follows asks nothing more and takes nothing back (``resignation_words``: "ты не
    купишь батареек? нет? ладно", "…? не надо")."""
    for k in range(i + 1, len(words)):
        if words.norms[k] in _SENTENCE_MARKS:
            if words.norms[k] != _ASKING:
                return False
            return not _gives_up_after(words, k + 1, t)
    return words.text.rstrip().endswith(_ASKING)


def _gives_up_after(words: Words, start: int, t: TriggerWords) -> bool:
    """From ``start`` on, another question mark, or a word that takes the question back."""
    norms = words.norms
    for k in range(start, len(words)):
        if norms[k] == _ASKING or norms[k] in t.resignation_words:
            return True
        if k > start and norms[k] in t.resigned_after_negation and norms[k - 1] in t.negations:
            return True
    return False


def _said_of_no_one(words: Words, i: int, t: TriggerWords) -> bool:
    """A subject of no one before ``i`` in its clause (no mark or joiner between), with no
    verb of forgetting between ("make sure nobody forgets to feed the cat" asks it done)."""
    k = i - 1
    while k >= 0 and not words.is_punct(k) and not joins(words, k, t):
        if words.matches(k, t.forget_verbs):
            return False
        if words.norms[k] in t.negative_subjects or (
            k > 0 and (words.norms[k - 1], words.norms[k]) in t.negative_subject_pairs
        ):
            # "nobody wants to …", "no one wants to …"; "…, Jack do it today" takes it up
            return not _taken_up_after(words, i, t)
        k -= 1
    return False


def _taken_up_after(words: Words, i: int, t: TriggerWords) -> bool:
    """In a clause after the trigger at ``i`` (past a mark or joiner), the deed asked again:
    a Russian imperative ("никто не хочет мыть посуду, Маша помой") or a pronoun for it
    ("nobody wants to clean the bathroom, Jack do it today")."""
    later = False
    for k in range(i + 1, len(words)):
        if words.is_punct(k) or joins(words, k, t):
            later = True
            continue
        if not later:
            continue
        info = words.infos[k]
        if (info is not None and info.is_russian and info.is_imperative) or (
            words.norms[k] in t.pronoun_objects
        ):
            return True
    return False


_PRIVATIVE_REACH: Final = 2  # "без лишних напоминаний", "without having to remind"


def _deprived(words: Words, j: int, t: TriggerWords) -> bool:
    """A privative at ``j`` or past at most two fillers before it ("без напоминаний", "без
    лишних напоминаний", "without being reminded", "without having to remind"): the trigger
    after it tells how a deed went ("Петя сам, без напоминаний, вынес мусор"); "без сахара
    купи йогурт" puts a product between."""
    norms = words.norms
    for k in range(j, max(-1, j - _PRIVATIVE_REACH - 1), -1):
        if norms[k] in t.privatives:
            return True
        if norms[k] not in t.privative_fillers:
            return False
    return False


_NEED_REACH: Final = 2  # "не надо Пете напоминать", "не нужно завтра покупать": a doer, a when


def _negated_need_before(words: Words, j: int, t: TriggerWords) -> bool:
    """A negated need word a few words before an infinitive, in its clause, governs it ("не
    надо Пете напоминать про мусор", "не нужно завтра покупать хлеб")."""
    norms, infos = words.norms, words.infos
    for k in range(j, max(0, j - _NEED_REACH) - 1, -1):
        info = infos[k]
        if info is None:
            return False  # a mark: "не надо, Пете напомни"
        if words.matches(k, t.need_words):
            return k >= 1 and norms[k - 1] in t.negations
        if info.is_infinitive or info.is_imperative:
            return False
    return False


def _names_a_doer(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A member named before the verb ("Пете вынести мусор", "Маша, полей цветы"), or further
    back with only a when or where between, no verb and no joiner but the member's comma
    ("Пете в пятницу на следующей неделе вернуть книги", "Дима, в субботу убраться"); before
    a verb in the 2nd person future, the pronoun of the one spoken to too
    (``TriggerWords.asked_subjects``: "Дима, ты же заберёшь Машу из садика?")."""
    low = max(0, i - _DOER_WINDOW)
    if any(
        words.infos[k] is not None and household.find_member(words, k) is not None
        for k in range(low, i)
    ):
        return True
    infos, norms = words.infos, words.norms
    verb = infos[i]
    asked = verb is not None and verb.is_asked_future  # "заберёшь": the one spoken to
    for k in range(i - 1, max(-1, i - _FAR_DOER_WINDOW), -1):
        info = infos[k]
        if info is not None and household.find_member(words, k) is not None:
            return True
        if info is None and words.tokens[k].kind == "punct" and norms[k] not in t.joiners:
            return False  # "Маша, привет! Мы приедем": another sentence
        if asked and norms[k] in t.asked_subjects:
            continue  # "Дима, ты же заберёшь Машу …?": the one called, spoken to
        if info is not None and info.pos in _STOPS_A_DOER:
            return False  # another verb, or another subject ("мы")
        if norms[k] in t.joiners and not (
            k > 0 and infos[k - 1] is not None and household.find_member(words, k - 1)
        ):
            return False
    return False


def _lack_told(words: Words, i: int, t: TriggerWords) -> bool:
    """The infinitive at ``i`` shares its clause (no mark between) with a negative
    predicative of what is lacking (``TriggerWords.lacking_states``: "кормить нечем",
    "поливать огород нечем", "нечем дышать"): a lack told, no deed asked ("купи корм,
    кормить нечем" buys the food alone)."""
    if words.vocabulary.isdisjoint(t.lacking_states):
        return False  # most commands
    for step in (1, -1):
        k = i + step
        while 0 <= k < len(words) and not words.is_punct(k):
            if words.norms[k] in t.lacking_states:
                return True
            k += step
    return False


_TOLD_REACH: Final = 4  # "врач настоятельно рекомендовал Диме пить": words from the verb back


def _told_infinitive(
    words: Words, i: int, t: TriggerWords, o: OpenWorldWords, *, wish_only: bool = False
) -> bool:
    """The Russian infinitive at ``i`` governed by a finite verb said before it in its clause
    (past its object, its dative, an adverb, "не", quotation marks): a past ("…, врач
    рекомендовал Диме пить больше", "раз кое-кто «не успел» заехать в аптеку", "купи молоко,
    Петя хотел кашу варить") or someone's wish in the present (``TriggerWords.
    told_wish_lemmas``: "Маша хочет попросить тебя …"): a deed told, none asked. A past with
    "бы" is a wish or a plea said now ("хотела бы попросить"); an order or an ask relayed
    (``OpenWorldWords.story_heads``: "мама сказала Пете убрать комнату") is read as before
    unless a request was said before it ("купи молоко, мама сказала Пете пить больше"); a
    deed taken up by a pronoun later ("Петя обещал вынести мусор, напомни ему") too, and a
    subject pronoun between starts a clause of its own ("поговорили, он согласен мыть …").
    ``wish_only``: only someone's wish tells, and not before a need ("Маша хочет сок
    яблочный купить надо": the need is the speaker's)."""
    if words.classes2 & TOLD_PRONOUNS and words.classes1 & REMIND_VERBS:
        return False  # "…, напомни ему": the deed told is taken up
    if wish_only and any(
        words.matches(k, t.need_words) for k in range(i + 1, min(len(words), i + _TOLD_REACH))
    ):
        return False
    chained = False  # an infinitive between: "хочет попросить тебя купить"
    for k in range(i - 1, max(-1, i - 1 - _TOLD_REACH), -1):
        info = words.infos[k]
        if info is None:
            if words.norms[k] in _QUOTES or words.norms[k] in _QUOTES.values():
                continue  # "«не успел» заехать": the verb quoted, the same clause
            return False
        if info.pos == _PRONOUN and words.norms[k] not in t.asked_listeners:
            return False  # "…, он согласен мыть посуду": his own clause ("… тебя купить" asks)
        if info.pos in _VERB_POS:
            if info.is_infinitive:
                chained = True
                continue  # "хочет попросить тебя купить": the verb that governs the chain
            if info.pos != _VERB or not info.is_russian:
                return False
            if info.is_third_person and info.lemma in t.told_wish_lemmas:
                # "Маша хочет помыть пол" puts the chore on her, as before; beside a request
                # said before it, or over another's ask, the wish is told ("купи курицу,
                # Петя хочет плов варить", "Маша хочет попросить тебя купить …"); "никто не
                # хочет мыть посуду, Маша помой" takes it up
                return (chained or _asked_before(words, k)) and not (
                    words.classes1 & NEGATIVE_SUBJECTS
                )
            return not wish_only and (
                info.is_past
                # "Пете надо было сдать книги": a need in the past, read as a need
                and not (k > 0 and words.matches(k - 1, t.need_words))
                and not (words.norms[k] in o.story_heads and not _asked_before(words, k))
                and not any(
                    0 <= n < len(words) and words.norms[n] in t.conditional_particles
                    for n in (k - 1, k + 1)
                )
            )
    return False


def _asked_before(words: Words, k: int) -> bool:
    """A Russian imperative before a mark before ``k``: a request said before the clause
    ("Купи молоко, мама сказала …")."""
    marked = False
    for m in range(k - 1, -1, -1):
        info = words.infos[m]
        if info is None:
            marked = marked or words.is_punct(m)
        elif marked and info.is_russian and (info.is_imperative or info.imperative_too):
            return True
    return False


def _state_told(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """Before the infinitive at ``i`` in its clause, a Russian member in the dative, then a
    state of theirs or a past verb ("Маше трудно посуду помыть", "Маше сказали посуду
    помыть", "Диме некогда кран починить"): it is told of them, no deed put on them."""
    told = False
    for k in range(i - 1, max(-1, i - _FAR_DOER_WINDOW), -1):
        info = words.infos[k]
        if info is None:
            if words.tokens[k].kind == "punct":
                return False
            continue
        if words.matches(k, t.need_words):
            return False  # "Пете надо было сдать книги …, напомни": a need, in the past
        if info.noun_case == _DATIVE and household.find_member(words, k) is not None:
            return told and info.is_russian
        told = told or (info.pos == "VERB" and info.is_past) or info.lemma in t.dative_states
    return False


def _opens_command(
    words: Words, i: int, household: HouseholdIndex, joiners: frozenset[str], d: DateWords
) -> bool:
    """The word opens the command or a clause after a mark, past only a member called and a
    joiner ("Петя, мой …", "купите сахар, и Дима — полей цветы", "… . Петя — полей …") and
    a due phrase said before it ("Дима, завтра полей цветы", "Нина, через три дня полей
    фикус"), a word follows it (its object) and no verb ("мой брат купил хлеб" has its own)."""
    if words.next_words[i] is None:
        return False
    if any(info is not None and info.pos in _VERB_POS for info in words.infos[i + 1 :]):
        return False
    k = i - 1
    while k >= 0 and words.infos[k] is not None and _is_when_word(words, k, d):
        k -= 1  # "завтра", "через три дня", "на выходных" before the imperative
        while k >= 0 and _counts(words, k):
            k -= 1  # "через 2 дня", "через три дня"
    for calling in (True, False):
        while k >= 0 and words.infos[k] is None and words.norms[k] not in joiners:
            k -= 1  # the marks after a member called: "Петя, …", "Дима — …"
        if calling and k >= 0 and _called(words, k, household):
            k -= 1
    if k >= 0 and words.infos[k] is not None and words.norms[k] in joiners:
        k -= 1  # "…, и Дима — полей …"
    return k < 0 or words.infos[k] is None


def _done_in_a_place(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """Right after the verb at ``i``, a place preposition and a noun in the locative naming a
    place in the home, a zone of the household or one of ``OpenWorldWords.
    placed_errand_places``: "убраться на кухне", "уберись в комнате", "прибраться в шкафу";
    "уберись отсюда", "убраться на работу" name no place, "уберись в голове", "убраться на
    работе" no place in the home."""
    prep = words.next_words[i]
    if prep is None or prep != i + 1 or words.norms[prep] not in v.triggers.place_prepositions:
        return False
    k = prep + 1
    place = words.infos[k] if k < len(words) else None
    return (
        place is not None
        and place.is_russian
        and place.noun_case in _PLACE_CASES
        and (
            words.matches(k, v.open_world.placed_errand_places)
            or any(z[1] == k for z in household.find_zones(words, k))
        )
    )


def _counts(words: Words, k: int) -> bool:
    """The word is a number, in digits or in words ("2", "три")."""
    info = words.infos[k]
    return words.norms[k].isdigit() if info is None else info.pos == _NUMERAL


def _called(words: Words, k: int, household: HouseholdIndex) -> bool:
    """The word is a member's name, or a first name written with its capital ("Дима"): one
    called, a member or not (a name not a member's asks who is meant)."""
    if household.find_member(words, k) is not None:
        return True
    info = words.infos[k]
    return info is not None and info.is_name and words.is_capitalised(k)


def _doer_infinitive(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "маше в среду взять форму на танцы": a taking verb in the infinitive after its doer is
    what the member should do, not a purchase."""
    info = words.infos[i]
    return (
        info is not None
        and info.is_infinitive
        and words.lemmas[i] in t.soft_shop_verbs
        and _names_a_doer(words, i, household, t)
    )


_QUESTION_MARKS: Final = frozenset("?")


def _told_then_put_down(
    words: Words, i: int, household: HouseholdIndex, t: TriggerWords, d: DateWords
) -> bool:
    """ "Петя сегодня моет посуду — напомни ему вечером", "ванную драит Дима, запиши ему на
    понедельник": a chore a member does (the verb in the present, the member named before it
    or right after it) told, then a remind or add verb whose only object is a pronoun for that
    member and no deed of its own: the chore told is the task put down for them."""
    nxt = words.next_words[i]
    if not (
        _names_a_doer(words, i, household, t)
        or (nxt is not None and household.find_member(words, nxt) is not None)
    ):
        return False
    for j in range(i + 1, len(words)):
        if not (words.matches(j, t.remind_verbs) or words.matches(j, t.add_verbs)):
            continue
        if j == 0 or words.tokens[j - 1].kind != "punct":
            return False  # the frame opens a clause of its own, after a mark
        if words.norms[j - 1] in _QUESTION_MARKS:
            return False  # "Петя моет посуду? …"
        mark = next(
            (
                m
                for m in range(j - 1)
                if m != i and (words.tokens[m].kind == "punct" or words.norms[m] in t.joiners)
            ),
            None,
        )
        if mark is not None and not _told_reason(words, mark + 1, j - 1, household):
            return False  # "Маша моет окна, Петя пылесосит — …": the told chore is all that
            # comes before the frame's mark, one clause, or a reason told after it
        pronoun = words.next_words[j]
        if pronoun is None or words.norms[pronoun] not in t.told_pronouns:
            return False
        return _only_a_when(words, pronoun + 1, d)  # "напомни ему вечером", "… на понедельник"
    return False


def _told_reason(words: Words, start: int, stop: int, household: HouseholdIndex) -> bool:
    """ "…, она мне с окнами помогала — …": between a chore told and its frame, one clause
    with a verb in the past and no other verb, no member named and no mark of its own: why,
    not a second deed."""
    past = False
    for m in range(start, stop):
        info = words.infos[m]
        if info is None:
            return False
        if household.find_member(words, m) is not None:
            return False
        if info.pos in _VERB_POS:
            if not info.is_past:
                return False
            past = True
    return past


def _told_as_a_habit(words: Words, i: int, v: Vocabulary) -> bool:
    """ "с завтрашнего дня Петя выносит мусор, напомни ему вечером": the chore told is a habit
    begun or kept ("с завтрашнего дня", "отныне", "всегда" before it), not one deed to put
    down; when a reminder of it falls (each evening, or this one) is not said."""
    c, norms = v.corridor, words.norms
    for k in range(i):
        if words.matches(k, c.standing_markers):
            return True
        for phrase in c.standing_by_first.get(norms[k], ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                return True
    return False


def _only_a_when(words: Words, start: int, d: DateWords) -> bool:
    """Every word from ``start`` on belongs to a due phrase (a day, a part of the day, a
    weekday, their prepositions and modifiers): "вечером", "на понедельник", "on Friday"."""
    for k in range(start, len(words)):
        if words.infos[k] is None:
            continue  # a mark, a number, a time
        if not _is_when_word(words, k, d):
            return False
    return True


def _is_when_word(words: Words, k: int, d: DateWords) -> bool:
    """The word belongs to a due phrase: a day, a part of the day, a weekday, their
    prepositions and modifiers ("вечером", "через", "дня", "on", "Friday")."""
    return words.norms[k] in d.when_words or words.lemmas[k] in d.when_words


def _told_form_of_putting(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Kate broke another pair of sticks tonight", "Tom pops to the shop", "Mum throws the
    old bread away": a form in "-s" of a verb that adds only with a list word
    (``list_only_add_verbs``, ``told_s_endings``) right after a person, or after a verb that
    tells (``TaskWords.comment_verbs``) with no mark between, is a 3rd person or a noun of
    the clause told, no imperative of putting on the list ("stick milk on the list" adds;
    "carrot sticks", "fish sticks" keep their readings)."""
    t = v.triggers
    lemma, norm = words.lemmas[i], words.norms[i]
    if i == 0 or lemma not in t.list_only_add_verbs or norm == lemma:
        return False
    if not norm.endswith(t.told_s_endings):
        return False
    if words.norms[i - 1] in t.people or household.find_member(words, i - 1) is not None:
        return True
    told = v.tasks.comment_verbs
    for k in range(i - 1, -1, -1):
        if words.is_punct(k):
            return False
        if words.norms[k] in told:
            return True
    return False


def _doer_puts(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "Пете в среду мышеловки поставить", "Маше вставить стекло в раму": a verb that adds to
    a list only with a list word (put, stick in) in the infinitive after its doer, in a
    command with no list word and no task word, is what the member should do."""
    info = words.infos[i]
    return (
        info is not None
        and info.is_infinitive
        and words.lemmas[i] in t.list_only_add_verbs
        and _names_a_doer(words, i, household, t)
        and not any(
            words.matches(k, t.list_words) or words.matches(k, t.task_nouns)
            for k in range(len(words))
        )
    )


def _books_an_appointment(
    words: Words, i: int, t: TriggerWords, d: DateWords, o: OpenWorldWords
) -> bool:
    """ "записать малыша к педиатру", "записать машину на ТО": a writing-down verb with a "к"
    or "на" after its object books someone in, unless a list is in the clause or the link
    opens a date, at once or after its modifier ("запиши молоко на завтра", "… две пачки на
    следующую неделю", "… на эти выходные")."""
    if not words.matches(i, t.appointment_verbs):
        return False
    due_words = d.due_words
    for k in range(i + 2, min(len(words), i + _APPOINTMENT_WINDOW)):
        norm = words.norms[k]
        if norm in t.joiners or words.matches(k, t.list_words):
            return False
        if norm in t.appointment_links:
            nxt = words.next_words[k]
            return (
                nxt is not None
                and not words.matches(nxt, t.list_words)
                and words.norms[nxt] not in due_words  # "запиши молоко на завтра"
                # "запиши творога на полдник": what it is for
                and not _opens_filler(words, k, o)
                and not (
                    (words.norms[nxt] in d.weekday_leads or words.norms[nxt] in d.weekend_mods)
                    and (after := words.next_words[nxt]) is not None
                    and words.matches(after, due_words)
                )
            )
    return False


def _opens_filler(words: Words, k: int, o: OpenWorldWords) -> bool:
    """A filler phrase ("на полдник", "к чаю") starts at ``k`` (the phrases are looked up by
    their first word, as ``_shopping._without_phrases`` does)."""
    norms = words.norms
    return any(
        norms[k : k + len(phrase)] == phrase for phrase in o.filler_by_first.get(norms[k], ())
    )


def _frames_a_purpose(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "скажи Пете, чтобы вынес мусор", "надобно, чтобы Дима в воскресенье прочистил
    желоба": a frame, at most who is asked, a purpose marker, then a past verb (the doer's
    deed, asked for) within a few words; not an act of the moment or a call to it ("скажи
    Пете, чтобы сел", "…, чтобы шёл ужинать", "…, чтобы шла спать")."""
    t = v.triggers
    k = words.next_words[i]
    for _ in range(_PURPOSE_REACH):
        if k is None or words.norms[k] in t.purpose_markers:
            break
        k = words.next_words[k]
    if k is None or words.norms[k] not in t.purpose_markers:
        return False
    step: int | None = k
    for _ in range(_PURPOSE_REACH):
        step = words.next_words[step] if step is not None else None
        if step is None:
            return False
        info = words.infos[step]
        if (
            info is None
            or (info.pos in _VERB_POS and not info.is_past)
            or words.norms[step] in t.negations  # "скажи, чтобы не шумели": nothing to do
        ):
            return False
        if info.is_past:
            # "чтобы всё было хорошо"; "скажи Пете, чтобы шёл ужинать": called to the table;
            # "…, чтобы пристегнулся": an act of the moment
            return (
                words.lemmas[step] not in t.non_task_verbs
                and not _called_to_a_meal(words, step, t)
                and not _momentary_act(words, step, household, v)
            )
    return False


def _corrects_a_measure(words: Words, i: int, v: Vocabulary) -> bool:
    """ "make that …", "make it …" before a number."""
    nxt = words.next_words[i]
    if nxt is None or (words.norms[i], words.norms[nxt]) not in v.shopping.correction_pairs:
        return False
    # the token right after the pair: a number is no word token ("make it 5")
    after = next(
        (k for k in range(nxt + 1, len(words)) if words.tokens[k].kind in ("word", "number")),
        None,
    )
    return after is not None and read_number(words.tokens, after, v.numbers) is not None


def _called_to_a_meal(words: Words, i: int, t: TriggerWords) -> bool:
    """A verb of having a meal, or one right before its infinitive or imperative ("Маш, иди
    ужинать", "садитесь обедать", "иди покушай"): a call to the table, no chore ("приготовь
    ужин" cooks it); so too one before an act of the moment ("иди спать", "иди оденься")."""
    if words.lemmas[i] in t.meal_verbs:
        return True
    nxt = words.next_words[i]
    return (
        nxt is not None
        and (words.lemmas[nxt] in t.meal_verbs or words.lemmas[nxt] in t.momentary_verbs)
        and (meal := words.infos[nxt]) is not None
        # "иди ешь": the imperative read as the present ("ешь" is both), never a past
        and (meal.is_infinitive or meal.is_imperative or (meal.pos == _VERB and not meal.is_past))
    )


def _momentary_act(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The verb at ``i`` is an act done in the moment by the one spoken to, with no chore to
    work on (``TriggerWords.momentary_verbs``: "Петя, пристегнись", "Маша, сядь нормально",
    "Jack needs to behave"; ``momentary_phrasals``: "grow up", "get down here"); a call to the
    speaker ("Kate, набери мне", "Tom call me back"); the phone taken, put or answered ("Дима,
    забери трубку", "Петя, положи телефон", "pick up the phone"); a thing handed to the one
    beside (``_handed_at_hand``); a voice message recorded ("запиши голосовое Пете"); a
    look-up of what an app shows ("check my bank balance"); an app gone into ("зайди в
    электронный дневник"). A due said anywhere makes it one for later, a chore ("Петя,
    завтра отдай Маше зарядку")."""
    if not words.classes3 & MOMENTARY_STARTS:
        return False  # most commands: no word any branch reads (``momentary_starts``)
    t = v.triggers
    lemma, norm = words.lemmas[i], words.norms[i]
    nxt = words.next_words[i]
    if _of_the_moment(words, i, t):
        act = not _set_to_work(words, i, v)
    elif lemma in t.calling_verbs or norm in t.calling_verbs:
        act = nxt is not None and words.norms[nxt] in v.tasks.self_words  # "набери мне"
    elif lemma in t.phone_verbs or norm in t.phone_verbs:
        act = _phone_handled(words, i, t, v.tasks.relay_courtesies)
    elif lemma in t.handing_verbs:
        act = _handed_at_hand(words, i, household, v)
    elif lemma in t.recording_verbs or norm in t.recording_verbs:
        act = _object_among(words, i, t.recordings, _PHONE_REACH)  # "запиши голосовое"
    elif lemma in t.lookup_verbs or norm in t.lookup_verbs:
        act = _object_among(words, i, t.lookup_objects, _LOOKUP_REACH)  # "check my balance"
    elif lemma in t.visit_verbs:
        act = _goes_online(words, i, v)  # "зайди в электронный дневник"
    else:
        return False
    return act and not _when_said(words, v.dates)


def momentary_lead(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> int:
    """Where an act of the moment opens before ``i``, or -1: a joiner before ``i`` ("и",
    "потом", a comma) and before it, in its clause, an imperative that is such an act with its
    doer named ("Дима, сядь и заполни декларацию", "Петя, пристегнись, потом позвони
    бабушке"): the command after it is that member's, and the act is no part of its title."""
    norms, t = words.norms, v.triggers
    k = i - 1
    while k >= 0 and norms[k] in t.joiners:
        k -= 1
    if k == i - 1:
        return -1
    for j in range(k, max(-1, k - _MOMENT_REACH), -1):
        info = words.infos[j]
        if words.is_punct(j) or norms[j] in t.joiners:
            return -1
        if _momentary_act(words, j, household, v):
            # a Russian one said as a command; an English one has no mood to read
            said = info is None or not info.is_russian or info.is_imperative
            return j if said and _names_a_doer(words, j, household, t) else -1
        if info is not None and info.is_russian and info.pos in _VERB_POS:
            return -1
    return -1


def _of_the_moment(words: Words, i: int, t: TriggerWords) -> bool:
    """The verb at ``i`` is an act of the body or of behaviour in the moment, with no object
    to work on (``momentary_verbs``, ``momentary_phrasals``, a habit dropped before its
    gerund: "stop kicking the seat"): how one should be now, even after a need ("Jack needs
    to grow up")."""
    lemma, norm = words.lemmas[i], words.norms[i]
    if lemma in t.momentary_verbs or norm in t.momentary_verbs:
        return True
    nxt = words.next_words[i]
    if nxt is None:
        return False
    if norm in t.momentary_gerund_heads:
        return words.norms[nxt].endswith(t.gerund_ending)
    return (norm, words.norms[nxt]) in t.momentary_phrasals


def _set_to_work(words: Words, i: int, v: Vocabulary) -> bool:
    """ "за" after the verb at ``i`` and what is no place in the home after it: set to a
    job ("садись за уроки"), not a seat taken ("сядь за стол"); or, further on in its clause,
    "за" and a thing in the instrumental: sent to fetch it ("спустись в подвал за
    картошкой", "спустись к машине за сумками")."""
    fetch, places = v.triggers.fetch_links, v.open_world.placed_errand_places
    k = i + 1
    for _ in range(_FETCH_REACH):
        if k >= len(words) or words.is_punct(k) or words.norms[k] in v.triggers.joiners:
            return False
        if words.norms[k] in fetch:
            what = words.next_words[k]
            if what is None or words.lemmas[what] in places:
                return False
            info = words.infos[what]
            return k == i + 1 or (
                info is not None and info.pos == _NOUN and info.noun_case == _INSTRUMENTAL
            )
        k += 1
    return False


def _object_among(words: Words, i: int, objects: frozenset[str], reach: int) -> bool:
    """One of ``objects`` (by lemma or spelling) is among the ``reach`` words after ``i``,
    in its clause (no mark between)."""
    k = i + 1
    for _ in range(reach):
        if k >= len(words) or words.is_punct(k):
            return False
        if words.lemmas[k] in objects or words.norms[k] in objects:
            return True
        k += 1
    return False


def _goes_online(words: Words, i: int, v: Vocabulary) -> bool:
    """The verb at ``i`` goes into a place that is only online: a preposition, then at most
    one word, then an app, a site or a shop online (``OpenWorldWords.order_channels``,
    ``TriggerWords.online_places``)."""
    prep = i + 1
    info = words.infos[prep] if prep < len(words) else None
    if info is None or info.pos != _PREPOSITION:
        return False
    online = v.triggers.online_places | v.open_world.order_channels
    return _object_among(words, prep, online, 2)


def _relays_a_momentary(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A delegating verb at ``i``, whom it asks, "to" and an act of the moment ("tell Jack to
    stop being annoying", "tell everyone to come down"): passed on, still no chore."""
    k = words.next_words[i]
    for _ in range(_PURPOSE_REACH):
        if k is None:
            return False
        if words.norms[k] in v.triggers.to_markers:
            verb = words.next_words[k]
            return verb is not None and _momentary_act(words, verb, household, v)
        k = words.next_words[k]
    return False


def _phone_handled(words: Words, i: int, t: TriggerWords, courtesies: frozenset[str]) -> bool:
    """The phone is the object of the verb at ``i`` (past a particle or a possessive:
    ``phone_determiners``) and its phrase ends there: no place it goes to or comes from
    ("положи телефон на зарядку", "забери телефон из ремонта") and no noun it names
    ("grab the phone charger"); a courtesy may close it ("answer the phone please")."""
    k = words.next_words[i]
    for _ in range(_PHONE_REACH):
        if k is None or words.norms[k] not in t.phone_determiners:
            break
        k = words.next_words[k]
    if k is None or not (words.lemmas[k] in t.phone_nouns or words.norms[k] in t.phone_nouns):
        return False
    after = k + 1
    if (
        after >= len(words)
        or words.is_punct(after)
        or words.norms[after] in t.joiners
        or words.norms[after] in courtesies
    ):
        return True
    info = words.infos[after]
    return (
        info is not None
        and info.is_russian
        and info.pos != _PREPOSITION
        and not (info.pos == _NOUN and info.noun_case == _GENITIVE)
    )


def _handed_at_hand(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """A Russian verb of handing (``TriggerWords.handing_verbs``) whose clause names no place
    (a preposition), no one to take the thing but a member or the speaker (a dative that is
    neither: "отдай ключи соседке", "дай коту таблетку") and nothing told ("передай Пете,
    что …"), and names a member or the speaker to take it or a product or the phone handed:
    a thing passed in the room ("Маша, отдай Пете машинку", "передай соль")."""
    t, self_words = v.triggers, v.tasks.self_words
    k, seen, taker, at_hand = i + 1, 0, False, False
    while k < len(words) and seen < _HANDED_REACH:
        if words.is_punct(k) or words.norms[k] in t.joiners:
            break
        info = words.infos[k]
        seen += 1
        if household.find_member(words, k) is not None or words.norms[k] in self_words:
            k, taker = k + 1, True
            continue
        at_hand = at_hand or words.lemmas[k] in v.shopping.known_products
        at_hand = at_hand or words.lemmas[k] in t.phone_nouns
        if (
            info is None
            or not info.is_russian
            or info.pos in (_PREPOSITION, _CONJUNCTION)
            or info.pos in _VERB_POS
            or info.is_dative
            or words.norms[k] in t.purpose_markers
        ):
            return False
        k += 1
    # with no one named to take it, only what is on the table or the phone ("передай соль",
    # "отдай мой телефон"); "передай показания счётчиков", "подай заявление" are errands
    return taker or at_hand


def _when_said(words: Words, d: DateWords) -> bool:
    """A due is said somewhere in the text: a day, a weekday, a part of the day, a month or
    a weekend by name, a clock time, a number after a preposition of time ("в 10",
    "at 7"), or the next week ("next week", "на следующей неделе")."""
    norms, tokens = words.norms, words.tokens
    for k, norm in enumerate(norms):
        if (
            norm in d.day_offsets
            or norm in d.weekdays
            or norm in d.parts
            or norm in d.today_parts
            or norm in d.months
            or norm in d.weekend
            or tokens[k].kind == _TIME_KIND
            or (tokens[k].kind == _NUMBER_KIND and k > 0 and norms[k - 1] in d.time_preps)
            or (norm in d.week_words and k > 0 and norms[k - 1] in d.next_week_mods)
        ):
            return True
    return False


def _pleads(words: Words, i: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """A plea (``OpenWorldWords.plea_phrases``: "send help") opens at ``i`` and closes its
    clause: the end, a mark, a joiner or a closer ("lol": ``plea_closers``) follows it."""
    norms = words.norms
    for phrase in o.plea_phrases:
        end = i + len(phrase)
        if (
            norms[i] == phrase[0]
            and norms[i:end] == phrase
            and (end == len(norms) or norms[end] in t.joiners or norms[end] in o.plea_closers)
        ):
            return True
    return False


def _task_trigger(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    t, o = v.triggers, v.open_world
    lemma, norm = words.lemmas[i], words.norms[i]
    if (
        (words.classes1 & CORRECTION_WORDS and _corrects_a_measure(words, i, v))
        or (words.classes3 & PLEA_STARTS and _pleads(words, i, o, t))
        or (words.classes3 & MOMENTARY_STARTS and _momentary_act(words, i, household, v))
    ):
        # "…, make it two kilos": a purchase's measure said again, no deed; "send help, buy
        # milk": a plea said of a hard day, no deed; "Петя, пристегнись", "Kate, набери мне":
        # spoken to in the moment, no chore
        return False
    # Every word class the tests up to a delegating verb read is among ``candidates`` (the
    # informing verbs aside: any reading): a word in none of them (an imperative, an
    # infinitive, a future …) skips them.
    listed = norm in t.candidates or lemma in t.candidates
    if listed:
        if (
            (lemma in t.purpose_frames or norm in t.purpose_frames)
            and _frames_a_purpose(words, i, household, v)
        ) or (
            # "have the movers disassemble the bunk bed", "get the cleaner to do the oven"
            norm in v.tasks.outsider_causatives and _has_an_outsider_do(words, i, household, v)
        ):
            return True
        if (
            lemma in t.remind_verbs
            or norm in t.remind_verbs
            or norm in t.task_nouns  # (``words.matches``, inline)
            or lemma in t.task_nouns
        ):
            if (norm in t.task_nouns or lemma in t.task_nouns) and (
                (words.classes1 & AUXILIARIES and _modifies_a_subject(words, i, household, t))
                or _state_of_a_task(words, i, v)
            ):
                # "chore chart for March is up on the fridge": a thing told of; "…, task
                # accomplished", "… — задача Пете на завтра": a state, a report
                return False
            # "Reminder: sprint retro at 11", "напомни про планерку": office work, no chore
            return not _frames_office_work(words, i, t, o)
    nxt = words.next_words[i]
    info = words.infos[i]
    duty = t.duty_heads  # (``words.matches``, inline)
    if (
        listed
        and (norm in duty or lemma in duty)
        and _duty_said(
            words, i, duty_put_on(words, i, household, t), household, t, gerund=True, on=False
        )
    ):
        return True  # "Jack, you're on dishes tonight", "Петя, на тебе посуда"
    if _errand_frame(words, i, household, t):
        return True  # "assign the turnover clean to Megan", "swing by the cleaner's"
    if (
        words.classes1 & INFORM_VERBS  # (most texts hold none)
        and not (info.lemmas if info is not None else words.keys(i)).isdisjoint(t.inform_verbs)
        and _informs_a_member(words, i, household, t)
    ):  # (``words.has_lemma``, inline)
        return True  # "Довожу до сведения Пети: …", "Ставлю в известность Диму: …"
    if listed:
        if norm in t.light_verbs and _light_chore(words, i, household, t):
            return True  # "give the car a wash", "Tom, have a look at the boiler"
        if nxt is not None and norm in t.gerund_needs and i > 0 and _chore_gerund(words, nxt, t):
            return True  # "the lawn needs mowing", "the bins need taking out tonight"
        if lemma in t.need_words or norm in t.need_words or norm in t.obligation_words:
            if nxt is None or _remark_need(words, i, nxt, t):
                return False
            if norm in t.to_contractions:  # "i gotta vacuum my room": a chore verb only
                return words.norms[nxt] in t.chore_verbs or words.norms[nxt] in t.doer_verbs
            # "need to finish the slide deck by 5", "need to закончить презентацию": office
            # work needed, no household chore
            if words.norms[nxt] in t.to_markers:
                verb = words.next_words[nxt]
                return (
                    verb is not None
                    and not words.matches(verb, t.shop_verbs)
                    # "Jack needs to grow up a bit": how one should be, no chore
                    and not (_of_the_moment(words, verb, t) and not _when_said(words, v.dates))
                    and not _own_office_work(words, verb, household, o)
                )
            if words.norms[nxt] in t.need_complementisers and _need_that_doer(
                words, nxt, household, t
            ):
                verb = words.next_words[words.next_words[nxt] or nxt]
                return (
                    verb is not None
                    and not words.matches(verb, t.shop_verbs)
                    and not _own_office_work(words, verb, household, o)
                )
            if _is_verbal(words, nxt):
                return (
                    not words.matches(nxt, t.shop_verbs)
                    and not (_of_the_moment(words, nxt, t) and not _when_said(words, v.dates))
                    and not _own_office_work(words, nxt, household, o)
                )
            return (
                _object_then_infinitive(words, nxt, t)
                or _switched_deed(words, i, nxt, t)
                or (words.matches(i, t.need_words) and need_done(words, nxt, t))
            )
        if norm in t.let_words:
            # "пусть будет красиво", "пусть знает": a wish or a concession, no one asked;
            # "пусть Маша посуду помыла": a deed told done, granted
            return (
                (nxt is None or words.lemmas[nxt] not in t.non_task_verbs)
                and not _let_past(words, i)
                and not _let_concede(words, i, household, v)
            )
        if lemma in t.delegate_verbs:
            # "tell me the time", "скажи мне": a request to the assistant, not a delegation
            nxt = words.next_words[i]
            return (
                nxt is None
                or (
                    words.norms[nxt] not in v.tasks.self_words
                    and words.norms[nxt] not in t.asked_listeners  # "попросить вас добавить …"
                )
            ) and not (
                _relays_a_momentary(words, i, household, v)
                or (info is not None and info.is_infinitive and _told_infinitive(words, i, t, o))
            )
    if (
        info is not None
        and info.imperative_too in o.errand_lemmas
        and _opens_command(words, i, household, t.joiners, v.dates)
    ):
        return True  # "мой посуду", "Петя, полей цветы": the chore's imperative, read second
    if info is not None and info.is_russian:
        if not (info.is_infinitive or info.is_imperative):
            # "Дима в субботу почистит снег": a member named, then what they will do
            return (
                info.is_future
                and lemma not in t.non_task_verbs
                and _names_a_doer(words, i, household, t)
            ) or (
                bool(words.classes2 & TOLD_PRONOUNS)  # (most texts hold none)
                and info.pos == "VERB"
                and not info.is_past
                and lemma in o.errand_lemmas
                and _told_then_put_down(words, i, household, t, v.dates)
                and not _told_as_a_habit(words, i, v)
            )
        if lemma in t.shop_verbs:
            return _doer_infinitive(words, i, household, t)
        if lemma in t.add_verbs:
            return (
                _books_an_appointment(words, i, t, v.dates, v.open_world)
                or _takes_a_member(words, i, household, t)
                or _puts_in_a_zone(words, i, household, t)
                or bool(
                    words.classes2 & ERRAND_PLACES and _carries_on_an_errand(words, i, household, t)
                )
                or _doer_puts(words, i, household, t)
            )
        if (
            (lemma in t.non_task_verbs and not _shuts_a_supply(words, i, t, v.dates))
            or _called_to_a_meal(words, i, t)
            # "врач рекомендовал Диме пить больше", "не успел заехать в аптеку": told
            or (info.is_infinitive and _told_infinitive(words, i, t, o))
        ):
            return False
        # An imperative alone is no task ("измени цвет лампы", "забей"): a chore or errand
        # verb is, unless it works on office work ("подготовь отчёт"), and so is any verb
        # whose doer is a member named before it.
        if (
            lemma in o.errand_lemmas
            # "убраться на кухне", "уберись в комнате"; "уберись отсюда" is none
            or (lemma in o.placed_errand_lemmas and _done_in_a_place(words, i, household, v))
        ) and not _works_on_office_work(words, i, o):
            return not (
                info.is_infinitive
                and (
                    _wished(words, i, t)
                    or _state_told(words, i, household, t)
                    or _lack_told(words, i, t)
                )
            )
        if info.is_infinitive and _after_memory_frame(words, i, t, v.dates):
            return not _works_on_office_work(words, i, o)  # "не забудь позвонить бабушке"
        return (
            _names_a_doer(words, i, household, t)
            or (info.is_infinitive and _dative_doer_after(words, i, household, v))
            or (info.is_infinitive and _dative_name_opens(words, i, v))
            # "Петя, пристегнись и позвони бабушке": the act of the moment is no chore, the
            # next command is, its doer named before the first
            or (info.is_imperative and momentary_lead(words, i, household, v) >= 0)
            or (  # "запланируй уборку на кухне на субботу"
                lemma in t.schedule_verbs
                and info.is_imperative
                and _schedules_a_chore(words, i, household, t)
            )
        )
    if (
        norm in t.chore_verbs
        and (
            _clause_initial(words, i, household, t)
            # "remember me tomorrow in the morning to take out the trash"
            or _after_memory_frame(words, i, t, v.dates)
            # "Jack the bathroom sink is covered in toothpaste again clean it tonight"
            or _after_a_remark(words, i, household, v)
            # "Oleg, deal is deal, so you clean the garage on Sunday"
            or _you_on_a_day(words, i, household, v)
        )
        and not _works_on_office_work(words, i, o)
        and not (norm in t.product_modifiers and _modifies_a_product(words, i, v))
        and not _listed_compound(words, i, t)
        and not _product_listed_last(words, i, v)
        and not _chore_told(words, nxt, t)
        # "fix yourself a sandwich", "go make yourself a coffee": done for its doer alone
        and not (nxt is not None and words.norms[nxt] in t.reflexive_objects)
        and not (nxt is not None and _calls_on_a_room(words, i, nxt, household, t))
    ):
        return True
    if norm.endswith(t.gerund_ending) and _arranged(words, i, household, v):
        return True  # "Tom's picking up the dry cleaning on Friday"
    if (
        norm in t.add_verbs
        and _clause_initial(words, i, household, t)
        and (
            _puts_in_a_zone(words, i, household, t)
            or bool(
                words.classes2 & ERRAND_PLACES and _carries_on_an_errand(words, i, household, t)
            )
        )
    ):
        return True  # "Jack, put the deckchairs in the garage", "pop the duvet in at the cleaner's"
    if (
        norm in t.doer_verbs
        and (
            _asked_of_someone(words, i, household, t)
            or _after_memory_frame(words, i, t, v.dates)
            # "Tom, answer the phone and ring the plumber": his, past the act of the moment
            or momentary_lead(words, i, household, v) >= 0
        )
        and not _works_on_office_work(words, i, o)
    ) or (
        nxt == i + 1
        and words.norms[nxt] in t.gerund_particles  # (most words have no particle after)
        and _unknown_deed(words, i, household, v)
    ):
        # "Tom ring Eir about the broadband", "get Aoife to mind the dog"; "Kate pls pump up
        # the kids bike tyres in the garage on saturday": a chore the lexicon does not know
        return True
    if (
        nxt is not None
        and (norm, words.norms[nxt]) in t.chore_phrasals
        and (after := words.next_words[nxt]) is not None
        and words.norms[after] not in t.function_words  # "put up with it": no object
        and _clause_initial(words, i, household, t)
    ):
        return True  # "put up the shelves in the garage", "put away the laundry"
    if (
        norm in t.soft_shop_verbs
        and nxt is not None
        and (
            _collects(words, _until_joiner(words, nxt, nxt + 4, t), v)
            or _moved(words, nxt, _until_joiner(words, nxt, nxt + 4, t), t)
            # "Jack pick up the dog poop in the garden on saturday"
            or (norm in t.zone_collecting_verbs and _puts_in_a_zone(words, i, household, t))
            or (norm in t.zone_collecting_verbs and _owned_picked(words, nxt, t))
            or (norm in t.zone_collecting_verbs and _person_picked(words, i, nxt, household, t))
        )
        and _clause_initial(words, i, household, t)
    ):
        # "Tom, don't forget to pick up the dry cleaning tomorrow", "get the decs down"
        return True
    if (
        nxt is not None
        and norm in t.phrasal_heads
        and _particle_after(words, nxt, norm, v)
        and _clause_initial(words, i, household, t)
    ):
        return True  # "jack put the recycling out wed evening", "put the shopping away"
    if norm in t.causative_verbs and norm in t.soft_shop_verbs:
        nxt = words.next_words[i]
        if nxt is not None and _has_done(words, _until_joiner(words, nxt, nxt + 4, t), t):
            return True  # "get the car washed on saturday": a chore done by someone
        if nxt is not None and _calls_round(words, nxt, t, v.tasks):
            return True  # "get the plumber round on Monday": a visit arranged
    if i == words.first_word and info is not None and _bare_chore(words, i, household, v):
        return True
    # (``_after_member_modal``'s first test inline: most words follow no modal)
    before = words.norms[i - 1] if i > 0 else ""
    if (
        (before in t.modals or before in t.modal_hedges or before in v.tasks.doer_links)
        and not (before == _TAG_COLON and (_product_said(words, i, v) or _reply_said(words, i, v)))
        and _after_member_modal(words, i, household, t, v.tasks.doer_links)
    ):
        return True
    return (
        i >= 3
        and words.norms[i - 2] in t.modals
        and _inverted_member_modal(words, i - 1, household, t)
    ) or (  # "Lucy, your job tonight is setting the table"
        i >= 3 and words.norms[i - 1] in t.dropped_copulas and _duty_is(words, i, household, v)
    )


def _shuts_a_supply(words: Words, i: int, t: TriggerWords, d: DateWords) -> bool:
    """The verb at ``i`` shuts or opens a supply of the house (``TriggerWords.supply_verbs``
    right before one of ``supplies``) and a due is said: "Коля в субботу закрыть воду на
    зиму", a chore for that day; "закрой дверь", "Маша, закрой кран" are of the moment."""
    nxt = words.next_words[i]
    return (
        words.lemmas[i] in t.supply_verbs
        and nxt is not None
        and words.lemmas[nxt] in t.supplies
        and _when_said(words, d)
    )


def _remark_need(words: Words, i: int, nxt: int, t: TriggerWords) -> bool:
    """ "I have to go", "we need to talk", "you have to see this", "мне надо бежать", "нам
    нужно обсудить отпуск": a need or obligation at ``i`` whose subject is the speaker or the
    listener, before a verb of no household deed (talk, perception, feeling; motion away with
    no destination) is a remark. "I have to clean the garage", "мне надо купить хлеб", "I need
    to go to the post office" and "Tom has to talk to the plumber" keep their deed."""
    j = i - 1
    if j >= 0 and words.norms[j] in t.verb_openers:
        j -= 1  # "you've got to", "i have got to"
    while j >= 0 and words.norms[j] in t.modal_hedges:
        j -= 1  # "I really have to go"
    if j < 0 or words.norms[j] not in t.need_subjects:
        return False
    verb = words.next_words[nxt] if words.norms[nxt] in t.to_markers else nxt
    if verb is None:
        return False
    after = words.next_words[verb]
    if words.matches(verb, t.remark_verbs):
        if after is None or words.norms[after] not in t.talk_prepositions:
            return True
        partner = words.next_words[after]  # "talk to the landlord": an errand
        return partner is not None and words.norms[partner] in t.talk_partners
    if not words.matches(verb, t.leaving_verbs):
        return False
    return after is None or words.norms[after] not in t.destination_words


_LET_REACH: Final = 3  # "пусть Маша посуду помыла": the member and the object before the verb
_FETCH_REACH: Final = 5  # "спустись в подвал за картошкой": words from the verb to its "за"
_MOMENT_REACH: Final = 4  # "сядь за стол поудобнее": the words of an act of the moment
_HANDED_REACH: Final = 4  # "отдай Пете его машинку": the words a thing handed over may take
_PHONE_REACH: Final = 2  # "pick up the phone", "положи свой телефон": words before the phone
_LOOKUP_REACH: Final = 3  # "check my bank balance", "проверь order статус": the words to it


def _let_concede(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The first verb after "пусть" at ``i`` (past its member and object) is one of no deed
    (``non_task_verbs``), of deliberation (``OpenWorldWords.deliberation_words``) or an act of
    the moment: "пусть Петя сам решает" concedes a choice, asks for no chore."""
    k, seen = words.next_words[i], 0
    while k is not None and seen < _LET_REACH:
        info = words.infos[k]
        if info is not None and info.is_russian and info.pos in _TAG_VERB_POS:
            lemma = words.lemmas[k]
            return (
                lemma in v.triggers.non_task_verbs
                or lemma in v.open_world.deliberation_words
                or _momentary_act(words, k, household, v)
            )
        k, seen = words.next_words[k], seen + 1
    return False


def _let_past(words: Words, i: int) -> bool:
    """The first verb after "пусть" at ``i`` (past its member and object) is in the past
    tense: "пусть Маша посуду помыла" grants a deed told done, asks for none ("пусть Маша
    посуду помоет" asks)."""
    k, seen = words.next_words[i], 0
    while k is not None and seen < _LET_REACH:
        info = words.infos[k]
        if info is not None and info.is_russian and info.pos in _TAG_VERB_POS:
            return info.is_past and not info.is_infinitive
        k, seen = words.next_words[k], seen + 1
    return False


def _wished(words: Words, i: int, t: TriggerWords) -> bool:
    """ "I want to bake a cake", "I'd like to make pancakes", "хочу шарлотку испечь", "хочу
    испечь пирог": the infinitive at ``i`` governed by the speaker's wish, with at most one
    word (its object) between. "I want you to …", "хочу, чтобы Петя …", "хотела бы попросить
    …" name or ask another doer and stay. A verb of beginning between them is the wish's too
    ("хочу начать готовить …", "I want to start meal prepping": ``wish_onsets``)."""
    j = i - 1
    if j >= 0 and words.norms[j] in t.wish_onsets:
        j -= 1  # "хочу начать | готовить", "want to start | cleaning"
    if j >= 0 and words.norms[j] in t.to_markers:
        j -= 1
        if j < 1 or words.norms[j] not in t.wish_words:
            return False
        before = words.norms[j - 1]
        if before in t.wish_auxiliaries:  # "we would love to"
            return j >= 2 and words.norms[j - 2] in t.speaker_words
        return before in t.wish_conditionals or before in t.speaker_words  # "i'd like to"
    for k in range(j, max(-1, j - 3), -1):
        norm = words.norms[k]
        if norm in t.wish_words:
            # "хочу", "хотим", "хотела бы"; not "ты хотела бы" (the listener's)
            return k == 0 or words.norms[k - 1] not in t.wish_listeners
        if norm in t.conditional_particles:
            continue  # "хотела бы испечь"
        if norm in t.joiners or _is_verbal(words, k):
            return False
    return False


_WHEN_REACH: Final = 6  # "remember me tomorrow in the morning to …": the words of a when


def _before_a_when(words: Words, j: int, d: DateWords, t: TriggerWords) -> int:
    """Where the words before a phrase of when ending at ``j`` end, when they are the
    object of a verb of memory ("remember me | tomorrow in the morning | to …", "remember me
    in 2 hours to …"); ``j`` otherwise. The phrase holds only due words, numbers, times and
    determiners."""
    k = j
    while k >= 0 and j - k < _WHEN_REACH:
        norm = words.norms[k]
        if norm in t.remember_objects:
            return k if k < j and k >= 1 and words.norms[k - 1] in t.remember_verbs else j
        if not (
            norm in d.due_words
            or norm in d.date_preps  # "on friday"
            or norm in d.day_preps
            or norm in d.spans  # "in 2 hours"
            or norm in t.noun_determiners
            or words.tokens[k].kind in _CLOCK_KINDS
        ):
            return j
        k -= 1
    return j


def _after_memory_frame(words: Words, i: int, t: TriggerWords, d: DateWords | None = None) -> bool:
    """ "don't forget to ring the dentist", "не забудь позвонить бабушке", "remember to text
    the landlord", "Tom, remember me to email …": a verb of memory said to someone before
    the deed at ``i`` (past "to"), negated ("forget", "забыть") or opening its clause
    ("remember"); "I never forget to call", "did you remember to …" tell or ask."""
    norms = words.norms
    j = i - 1
    if j >= 0 and norms[j] in t.to_markers:
        j -= 1
        if d is not None:
            j = _before_a_when(words, j, d, t)  # "remember me tomorrow in the morning to …"
    if j >= 1 and norms[j] in t.remember_objects and norms[j - 1] in t.remember_verbs:
        j -= 1
    if j < 0:
        return False
    k = j - 1
    if words.matches(j, t.forget_verbs):
        if k < 0 or norms[k] not in t.negations:
            return False
        k -= 1
        if k >= 0 and norms[k] in t.negated_auxiliaries:
            k -= 1  # "do not forget to …"
    elif norms[j] not in t.remember_verbs:
        return False
    while k >= 0 and norms[k] in t.transparent:
        k -= 1
    return k < 0 or norms[k] in t.joiners


def _after_a_remark(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Jack the bathroom sink is covered in toothpaste again clean it tonight": a member
    called first with no mark (a voice note), a remark on a thing's state (a form of "be" or
    "have" in it), then the chore verb at ``i``, not after a subject, an auxiliary, a modal,
    "to" or a determiner, whose object is a pronoun (what the remark was about) with nothing
    after it but a when, a particle ("take them out") or a courtesy. "Jack the kitchen is so
    clean it's amazing", "Jack is the sink clean it tonight", "Jack, did you clean it
    yesterday?" ask nothing."""
    t = v.triggers
    norms = words.norms
    first = words.first_word
    nxt = i + 1
    if (
        first is None
        or i < first + 3
        or nxt >= len(words)
        or norms[nxt] not in t.pronoun_objects
        or _ASKING in norms
    ):
        return False
    due = v.dates.due_words
    for k in range(nxt + 1, len(words)):
        if not (
            words.tokens[k].kind == "punct"
            or words.tokens[k].kind in _CLOCK_KINDS
            or norms[k] in due
            or norms[k] in t.gerund_followers
            or norms[k] in v.tasks.trailing  # "… clean it up please"
            or (k == nxt + 1 and norms[k] in t.gerund_particles)  # "take them out tonight"
        ):
            return False
    prev = norms[i - 1]
    tw = v.tasks
    if (
        prev in tw.subject_pronouns
        or prev in tw.subject_contractions  # "…, I'll clean it tonight": the speaker does it
        or words.matches(i - 1, tw.person_nouns)  # "…, mom clean it tonight": mom does
        or (i - 1 > first and household.find_member(words, i - 1) is not None)
        or prev in t.auxiliaries
        or prev in t.modals
        or prev in t.to_markers
        or prev in t.negations
        or prev in t.noun_determiners
    ):
        return False
    if norms[first + 1] in t.auxiliaries:
        return False  # "Jack is the sink clean …": a question asked without its mark
    return household.find_member(words, first) is not None and any(
        norms[k] in t.auxiliaries for k in range(first + 2, i - 1)
    )


def _you_on_a_day(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Oleg, deal is deal — ты проиграл спор, so you clean the garage on Sunday": a member
    called first (the name, then a mark), then, opening a clause (or after "so", "then"),
    "you" and the chore verb at ``i`` with a day named after it in its clause, closing the
    command: the deed is put on them. A habit ("every Sunday"), a question, more said after
    the day ("…, right", "… and Jack feeds the cat") or no day ("you clean it so well") asks
    nothing."""
    t, d = v.triggers, v.dates
    norms = words.norms
    first = words.first_word
    if (
        first is None
        or i < first + 3
        or norms[i - 1] not in t.addressees
        or not words.is_punct(first + 1)
        or _ASKING in norms
        or not d.recurrence_words.isdisjoint(norms)
    ):
        return False
    k = i - 2
    if norms[k] in v.tasks.clause_links:
        k -= 1  # "…, so you clean …"
    if not (words.is_punct(k) or norms[k] in t.joiners):
        return False
    if household.find_member(words, first) is None:
        return False
    after = i + 1
    if after < len(words) and norms[after] in t.gerund_particles:
        after += 1
    if after < len(words) and norms[after] in v.tasks.manner_adverbs:
        return False  # "Tom, you clean up nicely tonight": praise, no chore
    day = next((m for m in range(i + 1, len(words)) if norms[m] in d.day_triggers), -1)
    if day < 0 or any(norms[m] in t.joiners for m in range(i + 1, day)):
        return False
    # the day closes the command: "…, right", "… and Jack feeds the cat" say more
    return all(
        words.is_punct(m) or norms[m] in d.due_words or words.tokens[m].kind in _CLOCK_KINDS
        for m in range(day + 1, len(words))
    )


def _chore_told(words: Words, nxt: int | None, t: TriggerWords) -> bool:
    """ "Jack, laundry is done", "Tom dishes are clean": a chore's noun then an auxiliary
    (not "has to", "is to") tells its state; nothing is asked."""
    if nxt is None or words.norms[nxt] not in t.auxiliaries:
        return False
    after = words.next_words[nxt]
    return after is None or words.norms[after] not in t.to_markers


_PARTICLE_REACH: Final = 4  # "put the green recycling bin out": the object within three words


def _particle_after(words: Words, nxt: int, verb: str, v: Vocabulary) -> bool:
    """A chore phrasal's particle after its object ("put the bins out"), with no mark and no
    joiner between: a noun's determiner, then at most three words, none a device ("put the
    lights out" is no chore) or a fire's ("candles")."""
    t = v.triggers
    if words.norms[nxt] not in t.noun_determiners:
        return False
    for k in range(nxt + 1, min(len(words), nxt + 1 + _PARTICLE_REACH)):
        norm = words.norms[k]
        if k > nxt + 1 and (verb, norm) in t.chore_phrasals:
            return True
        if (
            words.infos[k] is None
            or norm in t.joiners
            or words.matches(k, v.corridor.device_nouns)
            or words.matches(k, v.tasks.extinguished)
        ):
            return False
    return False


def _modifies_a_product(words: Words, i: int, v: Vocabulary) -> bool:
    """ "Tom, laundry detergent and dish soap", "iron tablets", "hoover bags": a chore's noun
    right before a product or a household consumable (``ShoppingWords.consumable_heads``)
    that ends the phrase names what the product is for; no deed is asked ("Tom, laundry
    tonight", "mop the floor", "rinse milk bottles" are)."""
    after = i + 1
    if after >= len(words) or words.infos[after] is None:
        return False
    known = v.shopping.known_products
    if (
        words.norms[after] not in known
        and words.lemmas[after] not in known
        # "hoover bags", "mop pads": a pack a household uses up, no object of the chore
        and words.norms[after] not in v.shopping.consumable_heads
    ):
        return False
    end = after + 1
    return end >= len(words) or words.infos[end] is None or words.norms[end] in v.triggers.joiners


def _product_listed_last(words: Words, i: int, v: Vocabulary) -> bool:
    """ "bathroom cleaner and bleach pls", "sponges and bleach": a chore word that is a
    product the lexicon knows, joined after another word and followed by nothing but a
    courtesy (``ShoppingWords.cue_courtesies``) and marks, is the last product of a list;
    with an object ("… and bleach the sink") it is the chore."""
    if i < 2 or words.norms[i - 1] not in v.triggers.joiners or not words.is_word(i - 2):
        return False
    known = v.shopping.known_products
    if words.norms[i] not in known:
        return False
    courtesies = v.shopping.cue_courtesies
    return all(
        not words.is_word(k) or words.norms[k] in courtesies for k in range(i + 1, len(words))
    )


def _listed_compound(words: Words, i: int, t: TriggerWords) -> bool:
    """ "add bread and prune juice to the list", "put … mop heads on the list": a chore word
    right before a bare noun (no determiner, no pronoun), a list phrase closing them ("to the
    list", "on the Costco list"), names a product; "water the plants" has its object."""
    nxt = i + 1
    if nxt >= len(words) or words.infos[nxt] is None:
        return False
    norm = words.norms[nxt]
    if norm in t.list_phrase_preps:
        # "add wash and brush to the list": the chore word alone, the list phrase closing it,
        # is the product (nothing is brushed); "to the garage" names no list
        return _closes_a_list(words, nxt, t)
    if norm in t.noun_determiners or norm in t.pronoun_objects or norm in t.function_words:
        return False
    for end in (nxt + 1, nxt + 2):  # a noun of one or two words
        if end < len(words) and words.norms[end] in t.list_phrase_preps:
            return _closes_a_list(words, end, t)
    return False


def _closes_a_list(words: Words, prep: int, t: TriggerWords) -> bool:
    """A list word within the four words after the preposition at ``prep`` ("to the list")."""
    return any(words.matches(k, t.list_words) for k in range(prep + 1, min(prep + 5, len(words))))


def _calls_round(words: Words, nxt: int, t: TriggerWords, k: TaskWords) -> bool:
    """ "get the plumber round", "have the electrician out": one who works in homes (past a
    determiner), then where they come: a visit to arrange, nothing bought."""
    j: int | None = nxt
    while j is not None and words.norms[j] in t.noun_determiners:
        j = words.next_words[j]
    if j is None or words.norms[j] not in t.people:
        return False
    after = words.next_words[j]
    return after is not None and words.norms[after] in k.visit_particles


def _bare_chore(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "bleed the radiators in the living room this weekend": an English word first, then a
    determiner and what it works on, is a verb said to someone; a deed in the household when
    the command says where in the home, after the object ("in the living room", not "love the
    new kitchen"), and when. (A known chore verb opens its task above without either.)"""
    t = v.triggers
    info, nxt = words.infos[i], words.next_words[i]
    norm = words.norms[i]
    if (
        info is None
        or info.is_russian
        or nxt is None
        or nxt != i + 1  # no mark between: "so, the plan …"
        or words.norms[nxt] not in t.noun_determiners
        or norm in t.noun_determiners
        or norm in t.function_words
        or norm in t.non_task_verbs
        or words.matches(i, t.question_words)
        or words.matches(i, t.greetings)
        or norm in t.transparent
        or norm in t.people
        or norm in v.shopping.clause_words
        or words.matches(i, t.buy_or_add_verbs)  # "add a couple of lemons, and remind …"
        or norm in t.soft_shop_verbs  # "get a box of nails and …"
    ):
        return False
    prepositions = v.shopping.list_prepositions
    if all(w in prepositions for w in words.vocabulary & v.dates.day_triggers):
        return False  # no day named ("in" alone starts no due)
    return any(
        j > nxt + 2 and words.norms[j - 1] in prepositions | t.noun_determiners
        for _zone, j, _end in household.find_zones(words, nxt)
    )


_WORK_REACH: Final = 3  # "подготовь deck для client meeting": the object within three words


def _works_on_office_work(words: Words, i: int, o: OpenWorldWords) -> bool:
    """The verb at ``i`` works on office work ("подготовь отчёт по продажам", "prepare the
    slides for the client"): the household's chores hold no such object."""
    if words.vocabulary.isdisjoint(o.work_nouns):
        return False  # most commands
    k, seen = words.next_words[i], 0
    while k is not None and seen < _WORK_REACH:
        if words.matches(k, o.work_nouns):
            return True
        k, seen = words.next_words[k], seen + 1
    return False


def _own_office_work(words: Words, i: int, household: HouseholdIndex, o: OpenWorldWords) -> bool:
    """The verb at ``i`` works on office work and no member is named ("need to finish the deck
    by 5", "need to закончить презентацию"): the speaker's own job; "нужно распечатать Пете
    доклад" is a member's errand. Not a verb of handwork ("clean the deck", "помыть слайд":
    ``handwork_verbs``), not a word that names a household thing too alone ("fix the bug in
    the garden": ``ambiguous_work_nouns``; "the slide deck" names the work), and not work
    for a school, a home or a tradesperson ("my book report", "the invoice for the plumber",
    "отчёт для школы": ``household_work_owners``)."""
    if words.vocabulary.isdisjoint(o.work_nouns) or words.matches(i, o.handwork_verbs):
        return False  # most commands
    found: list[int] = []
    k, seen = words.next_words[i], 0
    while k is not None and seen < _WORK_REACH:
        if words.matches(k, o.work_nouns):
            found.append(k)
        k, seen = words.next_words[k], seen + 1
    if not found or (len(found) == 1 and words.matches(found[0], o.ambiguous_work_nouns)):
        return False
    return not any(
        household.find_member(words, k) is not None or words.matches(k, o.household_work_owners)
        for k in range(len(words))
    )


def _frames_office_work(words: Words, i: int, t: TriggerWords, o: OpenWorldWords) -> bool:
    """The frame at ``i`` ("reminder:", "напомни про") names office work itself ("sprint retro",
    "планёрку") and no deed: "напомни мне подготовить отчёт", "напомни в чт доклад доделать"
    frame a member's deed."""
    if words.vocabulary.isdisjoint(o.work_nouns):
        return False  # most commands
    found = False
    k, seen = words.next_words[i], 0
    while k is not None:
        info = words.infos[k]
        if words.norms[k] in t.to_markers or (
            info is not None and (info.is_infinitive or info.is_imperative)
        ):
            return False
        if seen <= _WORK_REACH and words.matches(k, o.work_nouns):
            found = True
        k, seen = words.next_words[k], seen + 1
    return found


_TAG_OPENER_REACH: Final = 5  # "…, set that up as her task": words between the mark and the noun
_TAG_TAIL_REACH: Final = 6  # "…, task for whoever's in, no rush": the doer and the when after it
_TAG_COLON: Final = ":"  # "task for Jack: mow the lawn": the task follows the frame's colon
_TAG_VERB_POS: Final = frozenset(
    {"VERB", "INFN", "PRTF", "PRTS", "GRND"}
)  # OpenCorpora: a verb form
_TAG_NOUN: Final = "NOUN"  # OpenCorpora: the object before it ("карту")


def task_tag(words: Words, t: TriggerWords, k: TaskWords) -> int | None:
    """ "clean her room tomorrow, make that a task", "…, task for Jack", "…, task him",
    "ванная — поменять шторку, задача Ане", "сходить в банк задача на вторник": a tag closing
    the command that names what was said before it a task, its doer and its when after its
    noun and nothing else with a verb; the index where the tag starts (its mark, or its noun),
    None when there is none. The noun is no object of a verb before it ("cancel the task for
    Jack", "перенеси задачу на вторник" edit a task): a mark or a creating word
    (``TaskWords.task_tag_openers``) stands before it, or a Russian noun is in the nominative."""
    if not words.classes4 & TASK_NOUNS:
        return None  # most commands: no task noun at all
    first = words.first_word
    noun = next((i for i in range(len(words) - 1, -1, -1) if words.matches(i, t.task_nouns)), None)
    if noun is None or first is None or noun <= first:
        return None  # "task for Jack: clean …": the frame opens the command
    if _framed_by_colon(words, noun):
        return None  # "…, task for Jack: mow the lawn": a frame, its task after the colon
    tail = [m for m in range(noun + 1, len(words)) if words.infos[m] is not None]
    if len(tail) > _TAG_TAIL_REACH:
        return None
    for m in tail:
        info = words.infos[m]
        if info is not None and info.is_russian and info.pos in _TAG_VERB_POS:
            return None  # "…, задача выполнена": a state told
        if words.matches(m, k.task_tag_states) or words.norms[m] in t.auxiliaries:
            return None  # "…, task done", "… the task is on the fridge"
    start, created = noun, False
    j = noun - 1
    while j >= 0 and noun - j <= _TAG_OPENER_REACH and words.is_word(j):
        if not (words.matches(j, k.task_tag_openers) or words.norms[j] in k.self_words):
            break  # "… — поставь мне задачу на завтра": the speaker's own task
        created = created or words.matches(j, t.create_verbs) or words.matches(j, t.add_verbs)
        start, j = j, j - 1
    if start < noun and not created:
        return None  # "…, это её дело", "…, her task": whose it is told, nothing made
    if not created and _reported_before(words, start, t):
        return None  # "Маша помыла посуду — задача Пете на завтра": a deed told done
    words_before = sum(1 for m in range(start) if words.infos[m] is not None)
    if words_before < 2:
        return None  # a deed has a verb and its object before the tag
    if (
        j >= 0
        and words.is_punct(j)
        and (words.norms[j] in t.joiners or words.norms[j] in t.list_marks)
    ):
        return j  # "…, make task for him", "… — task for whoever's in"
    if created:
        return start  # "… tomorrow make that a task": the creating verb opens the tag
    info, before = words.infos[noun], words.infos[noun - 1]
    if (
        info is not None
        and info.is_russian
        and info.noun_case == _NOMINATIVE  # "… поменять карту задача на вторник"
        and before is not None
        and before.pos == _TAG_NOUN
    ):
        return noun  # "… поменять карту задача на вторник": no verb's object
    return None


def _framed_by_colon(words: Words, noun: int) -> bool:
    """A colon after the task noun at ``noun`` with words after it ("task for Jack: mow the
    lawn"): the noun frames the task said after the colon, it closes nothing."""
    return any(words.norms[m] == _TAG_COLON for m in range(noun + 1, len(words) - 1))


def told_done(words: Words, i: int, v: Vocabulary) -> bool:
    """The word after ``i`` (a member's name) is a verb in the past tense ("Tom took out the
    bins", "Маша помыла посуду"): the member reports a deed done."""
    verb = words.next_words[i]
    return verb is not None and _past_verb(words, verb, v.triggers, v.open_world)


def _reported_before(
    words: Words, end: int, t: TriggerWords, o: OpenWorldWords | None = None
) -> bool:
    """A verb in the past tense before ``end`` ("Маша помыла посуду — …"; with ``o``, an
    English one too, "Tom took out the bins, …"): a deed told done, no deed asked for."""
    return any(_past_verb(words, m, t, o) for m in range(end))


def _past_verb(words: Words, m: int, t: TriggerWords, o: OpenWorldWords | None) -> bool:
    """The word at ``m`` is a verb in the past tense: a Russian one not in the infinitive, or
    with ``o`` an English one (``_pasted.english_past``)."""
    info = words.infos[m]
    if info is None:
        return False
    if info.is_russian:
        return info.is_past and not info.is_infinitive
    return o is not None and english_past(words, m, o, t)


def _state_of_a_task(words: Words, i: int, v: Vocabulary) -> bool:
    """The task noun at ``i`` has its state told right after it ("task done", "task
    accomplished", "задача выполнена": ``TaskWords.task_tag_states``), or closes a report of a
    deed done with no deed after it ("Маша помыла посуду — задача Пете на завтра"): no task
    asked for."""
    if _framed_by_colon(words, i):
        return False  # "Tom took out the bins, task for Jack: mow the lawn": the task follows
    nxt = i + 1
    if nxt < len(words) and words.matches(nxt, v.tasks.task_tag_states):
        info = words.infos[nxt]
        return info is None or not (info.is_infinitive or info.is_imperative)
    t = v.triggers
    if any(
        words.matches(m, t.create_verbs) or words.matches(m, t.add_verbs)
        for m in range(max(0, i - _TAG_OPENER_REACH), i)
    ):
        return False  # "Emma wanted the grout cleaned, create a task for me": a task made
    return _reported_before(words, i, t, v.open_world) and not any(
        (info := words.infos[m]) is not None and (info.is_infinitive or info.is_imperative)
        for m in range(i + 1, len(words))
    )


def drops_its_subject(words: Words, t: TriggerWords) -> bool:
    """ "is necessary to wash the car", "is better to call the plumber today": the text opens
    with a copula whose subject the speaker dropped, then an impersonal predicate and its
    "to": a statement of need, not the yes/no question the copula would open."""
    first = words.first_word
    if first is None or words.norms[first] not in t.dropped_copulas:
        return False
    nxt = words.next_words[first]
    if nxt is None or words.norms[nxt] not in t.impersonal_predicates:
        return False
    after = words.next_words[nxt]
    return after is not None and words.norms[after] in t.to_markers


_SCHEDULED_REACH: Final = 3  # "запланируй генеральную уборку": a modifier or two before the noun


def _schedules_a_chore(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "запланируй уборку на кухне на субботу", "запланируй генеральную уборку": the
    scheduling verb at ``i`` takes a chore's noun for its object, past its modifiers
    ("запланируй отпуск на июль", "запланируй встречу" put no chore in the calendar; a member
    before the noun is left as it was read)."""
    k, seen = words.next_words[i], 0
    while k is not None and seen < _SCHEDULED_REACH:
        if words.matches(k, t.chore_nouns):
            return True
        info = words.infos[k]
        if info is None or info.pos != _ADJECTIVE:
            return False
        k, seen = words.next_words[k], seen + 1
    return False


_DUTY_WHEN_REACH: Final = (
    4  # "job this week is": the duty noun, a when of up to three words, the copula
)


def duty_when(words: Words, i: int, v: Vocabulary) -> tuple[int, int] | None:
    """The words between a duty noun and the copula before ``i`` ("job | this week | is
    wiping …", "job | is setting …": an empty span), when every one of them is a word of a
    when ("today", "tonight", "this week", "on Saturday"; ``_a_when_between``); None when no
    duty noun stands within reach or another word does ("your job at school is cleaning …")."""
    if i < 3 or words.norms[i - 1] not in v.triggers.dropped_copulas:
        return None
    k = v.tasks
    j = i - 2
    while j > 0 and i - j <= _DUTY_WHEN_REACH and not words.matches(j, k.duty_nouns):
        if not words.is_word(j):
            return None
        j -= 1
    if j <= 0 or not words.matches(j, k.duty_nouns):
        return None
    if j < i - 2 and not _a_when_between(words, j + 1, i - 1, v.dates):
        return None  # "your job at school is cleaning the whiteboard": no turn told
    return (j + 1, i - 1)


def _a_when_between(words: Words, start: int, end: int, d: DateWords) -> bool:
    """Every word from ``start`` to ``end`` belongs to a when (its day, part of the day,
    weekday or week, with their prepositions and modifiers), and one of them names it, in
    the singular ("on weekends", "on Saturdays" tell a habit)."""
    named = False
    for k in range(start, end):
        if words.infos[k] is None:
            continue  # a number, a time
        keys = (words.norms[k], words.lemmas[k])
        norm = words.norms[k]
        if norm in d.due_words or norm in d.weekdays or norm in d.parts:
            named = named or norm not in d.date_preps
            continue
        if norm != words.lemmas[k] and words.lemmas[k] in d.due_words:
            return False  # "Jack's job on weekends is …": a habit, a trade's hours
        if not any(
            key in d.day_preps
            or key in d.part_preps
            or key in d.weekday_preps
            or key in d.date_preps
            or key in d.week_preps
            or key in d.weekday_mods
            or key in d.this_words
            or key in d.next_words
            or key in d.articles
            for key in keys
        ):
            return False
    return named


def _duty_is(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Lucy, your job tonight is setting the table", "Jack's job this week is wiping down the
    counters": a chore's gerund at ``i`` after a copula, a duty noun before it past a when
    (``duty_when``: only a when, "Lucy, your job at school is cleaning the whiteboard" tells
    of school), and the duty a member's: a possessive of the name with a when after the duty
    noun, or "your" after the member called. "Tom's job is cleaning offices", "Tom's job is
    driving a bus" tell a trade."""
    t, k = v.triggers, v.tasks
    if i < 3 or not words.norms[i].endswith(t.gerund_ending) or not t.gerund_ending:
        return False
    after = words.next_words[i]
    stem_particle = words.norms[after] if after is not None else None
    if _gerund_verb(words.norms[i], stem_particle, t.chore_verbs, t) is None:
        return False  # "Tom's job is driving a bus": no chore
    span = duty_when(words, i, v)
    if span is None:
        return False
    j = span[0] - 1
    owner = j - 1
    if household.find_member(words, owner) is not None:
        return span[0] < span[1]  # "Jack's job this week is …": a when says it is a turn
    return (
        words.norms[owner] in k.listener_possessives
        and owner >= 2
        and words.is_punct(owner - 1)
        and household.find_member(words, owner - 2) is not None
    )  # "Lucy, your job …"


def _product_said(words: Words, i: int, v: Vocabulary) -> bool:
    """The word at ``i`` is a product the lexicon knows and no chore word: after a member's
    name and a colon it heads a list of what they want ("Kate: avocado x3, лимоны", "Tom:
    milk"), no deed put to them ("Kate: bins tonight", "Петя: посуда" stay chores; "Tom: oil
    the squeaky gate" is a verb before its determiner)."""
    known, t = v.shopping.known_products, v.triggers
    if not (words.norms[i] in known or words.lemmas[i] in known) or words.matches(i, t.candidates):
        return False
    after = words.next_words[i]
    return after is None or words.norms[after] not in t.noun_determiners


def _reply_said(words: Words, i: int, v: Vocabulary) -> bool:
    """From ``i`` to the end only words of a chat reply (``OpenWorldWords.reply_words``): after
    a member's name and a colon, a line of a chat ("Tom: lol yes", "Tom: sounds good", "Tom:
    done"), no deed put to them ("Tom: do the dishes" asks one)."""
    replies = v.open_world.reply_words
    return all(
        words.norms[k] in replies for k in range(i, len(words)) if words.infos[k] is not None
    )


def _after_member_modal(
    words: Words,
    i: int,
    household: HouseholdIndex,
    t: TriggerWords,
    links: frozenset[str] = frozenset(),
) -> bool:
    """ "lucy should practice piano", "lucy to set the table", "tom's job: clean ...", "lucy
    could maybe feed the cat" (a hedge between); a doer's link of either language (``links``,
    ``TaskWords.doer_links``) before a chore verb of the other ("Олег должен fix the shelf")."""
    j = i - 1
    if j > 0 and words.norms[j] in t.modal_hedges:
        j -= 1
    if j >= 0 and (words.norms[j] in t.modals or words.norms[j] in links):
        norm = words.norms[i]
        if norm in t.function_words or norm in t.noun_determiners:
            return False  # "the stuff Lucy needs for …": no verb follows
        if norm in t.non_task_verbs:
            return False  # "Tom will be late tonight", "Lucy could use a new coat": no deed
        if (words.norms[j] in t.need_words or words.norms[j] in t.auxiliaries) and not (
            words.matches(i, t.candidates) or norm in t.doer_verbs  # (chore verbs are candidates)
        ):
            return False  # "Lucy needs new shoes", "Lucy has a fever": no deed
        k = j - 1
        if k >= 0 and words.norms[j] in t.to_markers and words.norms[k] in t.modals:
            k -= 1  # "Lucy must to put …", "Tom should to call …": a learner's "to"
        while k >= 0 and words.norms[k] in t.member_modal_links:
            k -= 1
        # "Sam must phone the boiler man": one named first who may be no member is asked
        # for, by a modal of duty ("Sam could call …", "Sam will call …" tell or offer)
        return k >= 0 and (
            household.find_member(words, k) is not None
            or (
                words.norms[j] in t.duty_modals
                and (words.matches(i, t.candidates) or norm in t.doer_verbs)  # "Sam must go"
                and _may_name_one(words, k, household, t)
            )
        )
    return False


def _inverted_member_modal(
    words: Words, j: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """ "Tomorrow must Lucy go to the dentist", "on Friday should Tom see the doctor": the
    verb-second order a German (or Dutch, Scandinavian) speaker keeps in English, a fronted
    adverbial, then the modal, then the member, then the verb at ``j + 1``; a question ("where
    must Lucy go?", "should Tom …") opens with the modal or a question word instead."""
    if j < 2 or household.find_member(words, j) is None:
        return False
    norms = words.norms
    modal = norms[j - 1]
    if modal not in t.modals or modal in t.to_markers or norms[j + 1] in t.non_task_verbs:
        return False
    k = j - 2
    while k >= 0 and norms[k] in t.transparent:
        k -= 1
    k = _before_adverbial(words, k, t)
    return k < j - 2 and (k < 0 or norms[k] in t.joiners) and not words.text.rstrip().endswith("?")


_ASIDE_REACH: Final = 6  # "Lucy, the bathroom's yours this week - …": the aside's words at most
_SENTENCE_MARKS: Final = frozenset(".!?")
_PERMIT_REACH: Final = 5  # "don't let it sit and get …": the words from "let" to its verb
_DEED_OBJECT_REACH: Final = 5  # "the kids bike tyres": the words of an unknown deed's object
_ADVERBIAL_REACH: Final = 6  # "after your night shift on Wednesday": words before the verb


def _aside_after_address(
    words: Words, dash: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """ "Tom, you owe me - take …", "Lucy, the bathroom's yours this week - scrub …": a member
    spoken to first (the name, then a comma), then a short aside of their own ended by the
    dash before the verb: the verb after the dash is asked of the member."""
    first = words.first_word
    if first is None or first + 1 >= dash or words.norms[first + 1] != ",":
        return False
    if dash - first - 2 > _ASIDE_REACH or household.find_member(words, first) is None:
        return False
    return not any(
        words.norms[k] in t.joiners or words.tokens[k].norm in _SENTENCE_MARKS
        for k in range(first + 2, dash)
    )


def _before_adverbial(words: Words, j: int, t: TriggerWords) -> int:
    """ "Tom, on Wednesday wash the car", "after your night shift on Wednesday pick up …", "Jack,
    5pm tomorrow vacuum …": an adverbial phrase (a preposition of time or place, or a clock
    time's digits and mark, ``TriggerWords.clock_marks``, then at most a few words with no mark,
    no pronoun subject, auxiliary, modal or verb of its own) ending at ``j``, before a verb read
    without morphology: where the words before it end (``j`` when there is none)."""
    if j < 0 or not (
        words.classes2 & ADVERBIAL_OPENERS
        or words.norms[j] in t.clock_marks
        or words.norms[j] in t.clock_nouns
    ):
        return j
    norms, found = words.norms, j
    for k in range(j, max(-1, j - _ADVERBIAL_REACH), -1):
        norm = norms[k]
        clock = (norm in t.clock_marks and k >= 1 and norms[k - 1][:1].isdigit()) or (
            norm in t.clock_nouns  # "Lucy, noon tomorrow please hoover …": a clock's own word
        )
        if clock and all(
            # only days or times between it and the verb ("garage tomorrow 4pm Tom scrub …"
            # has the member between)
            norms[m] in t.day_openers or norms[m] in t.time_words
            for m in range(k + 1, j + 1)
        ):
            # "Jack, 5pm tomorrow vacuum …": a clock time is a phrase of its own
            found = k - 2 if norm in t.clock_marks else k - 1
            continue
        if (
            norm in t.joiners
            or norm in t.member_dashes  # "… this week - scrub …": no adverbial of the verb's
            or norm in t.speaker_words
            or norm in t.auxiliaries
            or norm in t.modals
            or norm in t.chore_verbs
            or norm in t.doer_verbs
        ):
            break
        if norm in t.day_openers and any(
            words.infos[m] is not None and norms[m] not in t.time_words for m in range(k + 1, j + 1)
        ):
            break  # "Tom, tomorrow the cleaners hoover …": a subject, no phrase of the day's
        if (
            norm in t.day_openers
            and k >= 1
            and (norms[k - 1] in t.member_dashes or norms[k - 1] == ",")
        ):
            found = k - 1  # "Tom - Sunday please clean out …": a day alone is a phrase of its own
            continue
        if norm in t.adverbial_openers and k < j:  # "on top": no object, no phrase
            found = k - 1  # the earliest opener: "after your shift on Wednesday"
    while found >= 0 and norms[found] in t.transparent:
        found -= 1
    return found


def _russian_day_phrase(words: Words, start: int, end: int, t: TriggerWords) -> bool:
    """The words after a Russian preposition of time, ``start`` to ``end``, name a day
    (``TriggerWords.adverbial_days``: "в пятницу"), so that the due resolves."""
    return start < end and all(words.norms[k] in t.adverbial_days for k in range(start, end))


def _makes_a_chore(words: Words, i: int, t: TriggerWords) -> bool:
    """The object-made verb at ``i`` makes a chore: a chore's noun follows ("do the dishes",
    "take the bins out", "do the laundry"); "take care", "take a break", "make a wish", "take
    it out on me" make none."""
    return any(
        words.norms[k] in t.duty_heads or words.norms[k] in t.chore_nouns
        for k in range(i + 1, len(words))
    )


def _said_of_a_noun(words: Words, i: int, t: TriggerWords) -> bool:
    """The verb at ``i`` is the first word of a subject, then a form of "be" or "have" says
    something of it: "clean energy is the future", "vacuum cleaners are so expensive now",
    "water is leaking" (up to two bare words, no determiner, no mark, before the verb)."""
    for k in range(i + 1, min(i + 4, len(words.tokens))):
        if not words.is_word(k):
            return False
        norm = words.norms[k]
        if norm in t.auxiliaries:
            return True
        if norm in t.noun_determiners or norm in t.function_words:
            return False
    return False


def _want_told(words: Words, j: int, t: TriggerWords) -> bool:
    """The "to" at ``j`` right after a wish or plan told (``TriggerWords.told_wants``) beside
    a request said before it ("add eggs, grandma wants to …", "Buy flour, I'm planning to
    …"); "Mum wants Tom to tidy his room" relays one and is read as before."""
    return (
        words.norms[j] in t.to_markers
        and j >= 1
        and words.norms[j - 1] in t.told_wants
        # "Masha wants to make lemonade" alone puts it on her, as "Маша хочет помыть пол"
        and any(words.matches(m, t.request_openers) for m in range(j - 1))
        # "nobody wants to clean the bathroom, Jack do it": the chore taken up, read as before
        and not words.classes1 & NEGATIVE_SUBJECTS
    )


def _called_before(words: Words, k: int, household: HouseholdIndex) -> bool:
    """A member called right before the word at ``k``, past marks only, opening the text or
    a sentence ("Tom, would …"; "Tom asked, would …" has a verb between)."""
    m = k - 1
    while m >= 0 and words.is_punct(m):
        m -= 1
    return (
        m >= 0 and household.find_member(words, m) is not None and (m == 0 or words.is_punct(m - 1))
    )


def _clause_initial(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """Verbs read without morphology open a task only at a clause's start ("Tom, clean ...",
    past an adverbial: "Tom, this weekend clean …")."""
    j = i - 1
    while j >= 0 and words.norms[j] in t.transparent:
        j -= 1
    if (
        j >= 0
        and j == i - 1
        and words.norms[j] in t.serial_verbs
        and (i + 1 >= len(words) or words.norms[i + 1] not in t.pronoun_objects)
    ):
        j -= 1  # "Tom go clean the garage": one deed, as "go and clean"; "go check it" none
        while j >= 0 and words.norms[j] in t.transparent:
            j -= 1
    phrase = j
    j = _before_adverbial(words, j, t)
    if j != phrase and (opener := words.infos[j + 1]) is not None and opener.is_russian:
        # "маше в пятницу feed the cat": the phrase names a day (or a zone: "Пете в ванной
        # clean the sink"), and the English clause has
        # no verb of its own ("маше в пятницу clean energy is the future" is a remark);
        # "в субботу clean …" with no one before it asks as before
        if j < 0 or not (
            _russian_day_phrase(words, j + 2, phrase + 1, t)
            or any(
                z[1] == j + 2 and z[2] == phrase + 1
                for z in household.find_zones(words, j + 2, phrase + 1)
            )
        ):
            return False  # "пете в 6 …", "… после школы …": a phrase no due reads
        if any(words.norms[k] in t.auxiliaries for k in range(i + 1, len(words))):
            return False
        # "Маше в пятницу take care", "… make a wish": a deed the object makes; "… feed the
        # cat? она не может": a question asked of her, then chat
        if (
            words.norms[i] in t.object_made_verbs and not _makes_a_chore(words, i, t)
        ) or _ASKING in words.norms[i + 1 :]:
            return False
    if _said_of_a_noun(words, i, t) or (i + 1 < len(words) and words.norms[i + 1] in t.noun_links):
        return False  # "clean energy is …"; "…, sort of": a noun, no deed
    if j < 0 or words.norms[j] in t.joiners:
        return True
    if words.norms[j] in t.member_dashes:  # "Lucy - hoover the stairs", "Tom — feed the dog"
        return j >= 1 and (
            household.find_member(words, j - 1) is not None
            or _aside_after_address(words, j, household, t)
        )
    if words.norms[j] in t.verb_openers:
        # "I can do juice boxes", "I'll clean it": the speaker's own offer, no one is asked
        if j >= 1 and words.norms[j - 1] in t.speaker_words:
            return False
        if _wished(words, i, t) or _want_told(words, j, t):
            # "I want to bake a cake", "I'd like to make pancakes": a wish; "grandma wants
            # to bake pies": someone's, told
            return False
        # "The Tenant shall return all keys", "each guest must strip the bed": a role named
        # by a common noun after an article or quantifier owes the deed (a contract's, a
        # notice's, a report's) unless it is a household's person ("the kids should tidy")
        if words.norms[j] in t.to_markers and _comes_for(words, j, t):
            return False  # "the carer comes at 12 to make lunch": why one comes
        # (a possessive of no member owns the role before a modal as a determiner would: "Dad's
        # carer will make lunch"; "Lucy's turn to clean …", "Jack's asking can …" are hers)
        return not (
            j >= 2
            and (
                words.norms[j - 2] in t.role_determiners
                or (
                    words.norms[j] not in t.to_markers
                    and words.norms[j - 2].endswith(t.owner_endings)
                    and not words.norms[j - 1].endswith(t.told_verb_endings)  # "Jack's asking"
                    and household.find_member(words, j - 2) is None
                )
            )
            and not words.matches(j - 1, t.people)
            and household.find_member(words, j - 1) is None
        )
    if (
        words.norms[j] in t.addressees
        and j >= 1
        and (words.norms[j - 1] in t.verb_openers or words.norms[j - 1] in t.asking_modals)
    ):
        # "Emma, could you wipe down …": asked of a member named before; "Tom, would you
        # please hoover …" only of the member called right before ("Tom asked, would you
        # please …" quotes what Tom asked)
        if words.norms[j - 1] in t.asking_modals:
            return _called_before(words, j - 1, household)
        return any(household.find_member(words, m) is not None for m in range(max(0, j - 4), j))
    if j >= 1 and words.norms[j - 1] in t.causative_verbs and _may_be_a_person(words, j, t):
        return True  # "have Mike clean the garage": Mike may not be a member
    if (
        j >= 2
        and words.norms[j - 1] in t.noun_determiners
        and words.norms[j - 2] in t.causative_verbs
        and words.norms[j] in t.people
    ):
        return True  # "have the neighbour water the plants": someone else asked
    if (
        j >= 2
        and words.norms[j - 2] in t.bare_causative_verbs
        and words.norms[j - 1] in t.people
        and words.is_capitalised(j)
    ):
        return True  # "have Grandma Pat collect the kids": a person noun, then the name
    if words.norms[j] in t.relay_verbs:
        return _relayed(words, i, j, household, t)
    if _owns_the_next(words, j, t):
        return False  # "add Lucy's shampoo": whose the thing is, no one called ("Lucy's …")
    if _asked_about(words, j, t):
        return False  # "Could Tom make lunch tonight?": a question about Tom
    return household.find_member(words, j) is not None or name_called(words, j, household, t)


def name_called(words: Words, j: int, household: HouseholdIndex | None, t: TriggerWords) -> bool:
    """ "Kate sterilise bottles tonight", "Sam pack the hospital bag by friday": a
    capitalised English word opening the text at ``j``, right before an English chore verb
    (``TriggerWords.chore_verbs``; past ``transparent`` words: "Kate please take out …") with
    an object after it, is one called with no comma, as "Kate, sterilise …" (one who is no
    member is asked for). A word ``_may_name_one`` refuses or a verb said to a subject ("Kate
    cleans") is none."""
    i = j + 1
    while i < len(words) and words.norms[i] in t.transparent:
        i += 1  # "Kate please take out the trash"
    if i + 1 >= len(words) or not _may_name_one(words, j, household, t):
        return False
    return not (
        words.norms[i] not in t.chore_verbs
        or words.is_punct(i + 1)
        # "Abeg make Jack iron his uniform": the deed is had done by the one after the verb
        or (words.norms[i] in t.causative_verbs and _may_be_a_person(words, i + 1, t))
    )


def _may_name_one(words: Words, j: int, household: HouseholdIndex | None, t: TriggerWords) -> bool:
    """The capitalised English word opening the text at ``j`` may be one's name: no word the
    household or the language knows for no one (a zone, a list, a person noun, a function
    word, a modal, an adverb or interjection opening a command, a joiner, a day: "Garage …",
    "Kids …", "Will …", "Now …", "Then …", "Sunday …"), not a plural ("Guests …": its
    lemma is another word), not all in capitals."""
    if j != 0 or not words.is_capitalised(j):
        return False
    info, norm = words.infos[j], words.norms[j]
    return not (
        info is None
        or info.is_russian
        or words.tokens[j].text.isupper()  # "PLEASE CLEAN …": all in capitals
        or words.lemmas[j] != norm  # "Guests must remove …", "Visitors should …": a plural
        or norm in t.function_words
        or norm in t.transparent
        or norm in t.joiners  # "Then clean the garage"
        or norm in t.consequence_joiners
        or norm in t.opening_adverbs  # "Now clean the garage"
        or norm in t.modal_hedges  # "Maybe clean the garage": a hedge, no one called
        or norm in t.uncalled_openers  # "Everyone clean up", "Roomba clean the kitchen"
        or norm in t.day_openers  # "Sunday roast …", "Friday clean …"
        or norm in t.time_words
        or norm in t.people
        or norm in t.verb_openers
        or norm in t.auxiliaries
        or norm in t.modals
        or norm in t.chore_verbs
        or norm in t.doer_verbs
        or words.matches(j, t.list_words)
        or words.matches(j, t.question_words)
        or words.matches(j, t.greetings)
        or (household is not None and any(z[1] == j for z in household.find_zones(words, j)))
    )


def _relayed(words: Words, i: int, j: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "dad said hose down the patio chairs", "Tom says feed the cat": a person (a member or
    a person noun) opening the clause, their saying verb at ``j``, then the imperative at
    ``i`` with no auxiliary after it ("mom says clean energy is the future" tells)."""
    k = j - 1
    if k < 0 or not (words.norms[k] in t.people or household.find_member(words, k) is not None):
        return False
    if k > 0 and words.norms[k - 1] not in t.joiners and words.norms[k - 1] not in t.transparent:
        return False
    return not any(
        words.norms[m] in t.auxiliaries for m in _until_joiner(words, i + 1, len(words), t)
    )


_DUTY_REACH: Final = (
    3  # "on bathroom duty", "на тебе вся посуда": words between the link and the chore
)


def duty_put_on(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> int:
    """Where the chore at ``i`` is put on a member with no verb begins (the word after "on"
    or after "на тебе"), or -1: "Jack, you're on dishes tonight", "lucy ur on bathroom duty",
    "Tom is on bin duty", "Петя, на тебе посуда", "Маша, с тебя уборка". A member must be
    named before; "на тебе лица нет" puts nothing on anyone."""
    norms = words.norms
    begin = link = -1
    for j in range(i - 1, max(-1, i - 1 - _DUTY_REACH), -1):
        if words.tokens[j].kind == "punct":
            return -1
        if norms[j] in t.duty_links:
            begin, link = j + 1, j
            break
        if norms[j] not in t.duty_phrase_ends:  # (most words end no such phrase)
            continue
        found = next(
            (
                phrase
                for phrase in t.duty_phrases
                if j + 1 >= len(phrase) and tuple(norms[j + 1 - len(phrase) : j + 1]) == phrase
            ),
            None,
        )
        if found is not None:
            begin, link = j + 1, j + 1 - len(found)
            break
    if link < 0:
        return -1
    low = max(0, link - 4)  # the member, spoken to or the subject, a few words before
    named = any(household.find_member(words, m) is not None for m in range(low, link))
    return begin if named else -1


_INFORM_REACH: Final = 4  # "довожу до сведения Пети": the member within four words of the verb


def _informs_a_member(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """The speaker's informing verb, a member named within a few words, a colon or a dash,
    then a deed in the infinitive ("Довожу до сведения Пети: в пятницу необходимо вымыть
    окно", "Сообщаю Диме: …"): the deed is asked of the member. "Сообщи Пете: ужин готов"
    asks the assistant to pass a message."""
    info = words.infos[i]
    if info is None or info.is_imperative:
        return False
    k = words.next_words[i]
    for _ in range(_INFORM_REACH):
        if k is None:
            return False
        if household.find_member(words, k) is not None:
            mark = k + 1
            if mark >= len(words) or words.norms[mark] not in t.list_marks:
                return False
            return any(
                (deed := words.infos[j]) is not None and deed.is_infinitive
                for j in range(mark + 1, len(words))
            )
        k = words.next_words[k]
    return False


def _arranged(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Tom's picking up the dry cleaning on Friday", "Lucy is doing the dishes tonight": a
    member, a form of "be" and a chore's gerund, with a day or a time said: the member's deed
    as arranged (without a when it may tell what is going on now)."""
    t = v.triggers
    if words.vocabulary.isdisjoint(v.dates.day_triggers) or (
        gerund_verb(words, i, t) is None and covered_chore(words, i, t) is None
    ):
        return False
    after = words.next_words[i]
    if after is not None and not (
        words.norms[after] in t.noun_determiners
        or words.norms[after] in t.gerund_particles
        or words.norms[after] in t.function_words
        or words.norms[after] in v.dates.day_triggers
        or household.find_member(words, after) is not None
    ):
        return False  # "Tom's washing machine broke": a gerund naming a thing
    j = i - 1
    if j >= 0 and words.norms[j] in t.progressive_links:
        j -= 1
    elif j < 0 or not words.norms[j].endswith(v.corridor.possessive_endings):
        return False  # "Tom's picking …": the "'s" is on the name
    return j >= 0 and household.find_member(words, j) is not None


def _add_task_trigger(
    words: Words, triggers: list[tuple[int, ClauseKind]], i: int, t: TriggerWords
) -> None:
    """A task's trigger at ``i`` opens a task clause unless one is open; then it goes on that
    one, but for a remind frame after a member's arranged deed ("Tom's taking the car in
    tomorrow, remind him to take the spare key"): the deed tells why, the frame is the task."""
    if not triggers or triggers[-1][1] != "task":
        triggers.append((i, "task"))
    elif (
        t.gerund_ending
        and words.norms[triggers[-1][0]].endswith(t.gerund_ending)
        and words.matches(i, t.remind_verbs)
    ):
        triggers[-1] = (i, "task")


_PLACE_FOLLOWERS: Final = frozenset({"PREP", "ADVB"})  # OpenCorpora: after a place's name
_MIXING_REACH: Final = 12  # "add two eggs and a pinch of salt to the batter"
_ZONE_REACH: Final = 8  # "stick the paddling pool in the garage": the zone within eight tokens


def _ends_a_place(words: Words, k: int, t: TriggerWords) -> bool:
    """The token at ``k`` may follow a place's name: a mark, a preposition, a when ("в гараж
    в воскресенье", "in the garage tonight"), not a noun the place names ("the living room
    TV")."""
    info = words.infos[k]
    norm = words.norms[k]
    return (
        info is None
        or norm in t.function_words
        or norm in t.joiners
        or norm in t.transparent
        or norm in t.gerund_followers
        or info.pos in _PLACE_FOLLOWERS
    )


def _on_a_list_noun(words: Words, i: int, v: Vocabulary) -> bool:
    """A noun that calls a list by what it holds (``ShoppingWords.cue_heading_nouns``:
    "groceries") closing its phrase after a preposition that puts things on a list
    (``list_noun_at``) after the verb at ``i``: "put chicken nuggets on groceries", "stick
    eggs on groceries" name a list as "on the list" does; "put the groceries away", "put
    money aside for groceries", money put on it ("put 20 bucks on groceries") name none,
    and a text opening with its own subject tells ("I put milk on groceries yesterday", as
    ``_after_list_preposition``)."""
    if words.vocabulary.isdisjoint(v.shopping.cue_heading_nouns):
        return False  # most texts
    first = words.first_word
    if first is not None and words.norms[first] in v.triggers.report_subjects:
        return False
    money = v.corridor.money_words
    for k in range(i + 2, len(words)):
        if words.matches(k, money) and not is_measure_word(words.norms[k], v.units):
            return False  # "put 20 bucks on groceries": a budget ("a pound of butter" weighs)
        if list_noun_at(words, k, v) and _closes_list_noun(words, k + 1, v.triggers):
            return True
    return False


def _closes_list_noun(words: Words, after: int, t: TriggerWords) -> bool:
    """Nothing goes on after a list's noun at ``after - 1`` to make it a thing's: the end, a
    mark, a courtesy or urgency (``list_last_tail``), a joiner or a preposition ("… on
    groceries", "… on groceries please", "… on groceries for the 4th"); "put the receipts
    on groceries pile", "put dinner on groceries tab" name a thing, no list."""
    return (
        after >= len(words)
        or words.is_punct(after)
        or words.norms[after] in t.list_last_tail
        or words.norms[after] in t.joiners
        or words.norms[after] in t.list_phrase_preps
    )


def list_noun_at(words: Words, k: int, v: Vocabulary) -> bool:
    """The word at ``k`` calls a list by what it holds (``ShoppingWords.cue_heading_nouns``:
    "groceries") after a preposition that puts things on a list (``list_noun_links``: "…
    on groceries", "… to groceries lol")."""
    s = v.shopping
    return (
        k >= 1 and words.norms[k - 1] in s.list_noun_links and words.matches(k, s.cue_heading_nouns)
    )


def _names_a_list(
    words: Words,
    household: HouseholdIndex,
    t: TriggerWords,
    start: int = 0,
    stop: int | None = None,
) -> bool:
    """A list word ("list", "список") or one of the household's lists stands in
    ``words[start:stop]``."""
    end = len(words) if stop is None else stop
    listed = bool(words.classes0 & LIST_WORDS) and any(
        words.matches(j, t.list_words) for j in range(start, end)
    )
    return listed or bool(household.find_lists(words, start, stop))


def _second_step(
    words: Words, i: int, trigger: int, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """ "напомни взвеситься и записать в приложение", "проверить счётчики и записать
    показания": an adding verb in the infinitive (``TriggerWords.add_verbs``) joined by a
    coordinator (``TaskWords.coordinators``) to the infinitive of a task said since its trigger
    is the deed's next step, no list's item; a list named in the command ("… и записать в
    список молоко"), an imperative ("…, и запиши молоко"), a product the lexicon knows after
    it ("позвонить маме и записать хлеб") or a purchase before it ("купить хлеб и записать
    молоко") still adds."""
    t = v.triggers
    if i < 2 or words.norms[i - 1] not in v.tasks.coordinators or not words.matches(i, t.add_verbs):
        return False
    known = v.shopping.known_products
    for j in range(i + 1, len(words)):
        if words.is_punct(j):
            break
        if words.matches(j, known):
            return False  # "… и записать хлеб": the product is the list's, as it was
    infos = words.infos
    deed = False
    for j in range(trigger, i - 1):
        info = infos[j]
        if info is None or not info.is_russian or not info.is_infinitive:
            continue
        if words.matches(j, t.shop_verbs):
            return False  # "напомни купить хлеб и записать молоко": the list's, as it was
        deed = True
    return deed and not _names_a_list(words, household, t)


def _puts_in_a_zone(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "закинь шины в гараж", "put the deckchairs in the garage": an adding verb whose
    "в"/"in" names a zone of the home, with no list in the command, puts something away."""
    if not household.zones or words.vocabulary.isdisjoint(household.zone_starts):
        return False
    if _names_a_list(words, household, t):
        return False
    for _zone, start, end in household.find_zones(words, i + 2, min(len(words), i + _ZONE_REACH)):
        if end < len(words) and not _ends_a_place(words, end, t):
            continue  # "on the living room TV": the zone names a thing there
        before = start - 1
        if words.norms[before] in t.noun_determiners:
            before -= 1  # "in the garage"
        if before > i + 1 and words.norms[before] in t.place_prepositions:
            # the thing first, then where it goes ("закинь на кухню губку" may buy one)
            return not any(words.norms[j] in t.joiners for j in range(i + 1, before))
    return False


def _errand_frame(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A chore assigned to someone ("assign the turnover clean to Megan", "поручи Пете
    уборку"), a chore's gerund or noun put on a member with no verb ("you're up for
    unloading the dishwasher"), or a call on the way, then its place, at a clause's start ("swing by the
    cleaner's for my coat", "stop off at the post office"; beside a buying verb, "stop by the
    shop and buy milk", the trip is the purchase's)."""
    norm = words.norms[i]
    if words.classes2 & ASSIGN_HEADS and words.matches(i, t.assign_heads):
        return assigns_a_chore(words, i, household, t)
    # (``words.matches`` of a chore noun or a duty's head needs one said: most texts hold none)
    chore = words.classes2 & CHORE_NOUNS and words.matches(i, t.chore_nouns)
    if (
        chore or (words.classes2 & DUTY_HEADS and words.matches(i, t.duty_heads))
    ) and _dative_chore(words, i, household, t):
        return True  # "12 марта Маше генеральная уборка"
    if (
        t.duty_phrases
        and (
            (gerund := norm.endswith(t.gerund_ending) and gerund_verb(words, i, t) is not None)
            or chore
        )
        and _duty_said(words, i, duty_put_on(words, i, household, t), household, t, gerund=gerund)
    ):
        return True  # "Lucy, you're up for unloading the dishwasher", "… down for the run"
    nxt = words.next_words[i]
    return (
        nxt is not None
        and (norm, words.norms[nxt]) in t.call_phrasals
        and _errand_place_after(words, nxt, t)
        and not words.classes1 & SHOP_VERBS
        and _clause_initial(words, i, household, t)
    )


def _duty_said(
    words: Words,
    i: int,
    begin: int,
    household: HouseholdIndex,
    t: TriggerWords,
    *,
    gerund: bool,
    on: bool = True,
) -> bool:
    """The chore at ``i``, put on a member from ``begin`` (``duty_put_on``), is their duty
    now: an English link has the present of "be" or the member just before it ("Tom's down
    for the school run", "you're on hoovering"; "Tom was in charge of …" is the past, "Tom
    feedback on his cleaning" no duty), and "up for" (willing) takes a chore's gerund, not a
    noun ("up for a walk" is leisure). With ``on`` false a bare "on" is read as before
    ("Jack, you're on dishes"): only a phrase is checked."""
    if begin < 1:
        return False
    norms = words.norms
    found = next(
        (
            p
            for p in t.duty_phrases
            if begin >= len(p) and tuple(norms[begin - len(p) : begin]) == p
        ),
        (norms[begin - 1],),
    )
    if not on and len(found) == 1 and found[0] in t.duty_links:
        return True
    link = begin - len(found)
    info = words.infos[link]
    if info is not None and info.is_russian:
        return True  # "Петя, на тебе уборка"
    if found == t.willing_phrase and not gerund:
        return False
    return link > 0 and (
        norms[link - 1] in t.duty_present or household.find_member(words, link - 1) is not None
    )


def _calls_on_a_room(
    words: Words, i: int, particle: int, household: HouseholdIndex, t: TriggerWords
) -> bool:
    """A call on the way (``TriggerWords.call_phrasals``: "drop in") whose place, past a
    preposition ("on", "at") and a determiner, is a zone of the household: a smart speaker's
    call into a room ("Alexa, drop in on the kitchen"), no errand; "drop in on grandma",
    "drop off the parcel" keep their readings."""
    if (words.norms[i], words.norms[particle]) not in t.call_phrasals:
        return False
    k = words.next_words[particle]
    if k is not None and (
        words.norms[k] in t.errand_prepositions or words.norms[k] in t.function_words
    ):
        k = words.next_words[k]
    while k is not None and words.norms[k] in t.noun_determiners:
        k = words.next_words[k]
    return k is not None and any(start == k for _, start, _ in household.find_zones(words, k))


def _errand_place_after(words: Words, particle: int, t: TriggerWords) -> bool:
    """After a call's particle, past an errand preposition ("off at") and a determiner, an
    errand place is named ("swing by the cleaner's", "stop off at the post office"): "pop in
    the oven", "stop by the way" name none."""
    k = words.next_words[particle]
    if k is not None and words.norms[k] in t.errand_prepositions:
        k = words.next_words[k]
    while k is not None and words.norms[k] in t.noun_determiners:
        k = words.next_words[k]
    if k is not None and not words.matches(k, t.errand_places) and _modifies(words, k, t):
        k = words.next_words[k]  # "swing by the dry cleaner"
    return k is not None and words.matches(k, t.errand_places)


def _oblique_name(words: Words, member: int, household: HouseholdIndex) -> bool:
    """The member's name at ``member`` in the dative ("Пете"), or in a form the dictionary
    reads as another name's nominative and no preposition governs ("анне": Анна's dative,
    not "Анне")."""
    named = words.infos[member]
    if named is None:
        return False
    if named.noun_case == _DATIVE:
        return True
    found = household.find_member(words, member)
    before = words.infos[member - 1] if member > 0 else None
    return (
        found is not None
        and named.noun_case == _NOMINATIVE
        and words.norms[member] not in found.keys
        and words.norms[member] != found.name.casefold()
        and (before is None or before.pos != _PREPOSITION)
    )


def dative_doer_last(
    words: Words, verb: int, member: int, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """ "на кухне банки простерилизовать под огурцы анне в воскресенье", "окна помыть Пете в
    субботу": spoken order, what the deed works on, its infinitive, then a member in the
    Russian dative with only a when after it: the member does the deed. A verb whose dative
    is whom the deed goes to or is for ("книги вернуть Пете") has none so."""
    t = v.triggers
    info = words.infos[verb]
    if info is None or not info.is_infinitive or words.has_lemma(verb, t.recipient_verbs):
        return False
    if not words.has_lemma(verb, t.doer_last_verbs):
        return False  # "уроки проверить Пете", "зубы почистить Маше": whom it is done to
    if verb < 1 or not _oblique_name(words, member, household):
        return False
    thing = words.infos[verb - 1]
    if thing is None or not thing.may_be_direct:
        return False  # "помыть Пете окна": no object said first
    for m in range(verb + 1, member):
        between = words.infos[m]
        if between is None or words.norms[m] in t.joiners or between.pos in _VERB_POS:
            return False
    return _only_a_when(words, member + 1, v.dates)


_NAME_STOPS: Final = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})  # OpenCorpora: other verbs


def _dative_name_opens(words: Words, verb: int, v: Vocabulary) -> bool:
    """A first name in the Russian dative opening the sentence of the infinitive at ``verb``,
    no other verb and no joiner between ("Диме в пятницу перекрыть воду в ванной"): a chore
    put to that person, a member or not (one who is none is asked for, SPEC §4.2); a wake
    word is the assistant called ("Алисе выключить свет")."""
    for k in range(verb - 1, -1, -1):
        info = words.infos[k]
        if words.norms[k] in _SENTENCE_MARKS or words.norms[k] in v.triggers.joiners:
            return False
        if info is None:
            continue
        if info.pos in _NAME_STOPS:
            return False
        if info.is_name and info.noun_case == _DATIVE:
            return opens_sentence(words, k) and not words.has_lemma(k, v.open_world.wake_words)
    return False


def opens_sentence(words: Words, k: int) -> bool:
    """The word at ``k`` opens the text or a sentence ("…, а Пете их нести" and "…
    рекомендовал Диме пить больше" tell the reason of something else)."""
    before = k - 1
    while (
        before >= 0 and words.infos[before] is None and words.norms[before] not in _SENTENCE_MARKS
    ):
        before -= 1
    return before < 0 or words.norms[before] in _SENTENCE_MARKS


def _dative_doer_after(words: Words, verb: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The infinitive at ``verb`` has its doer said last (``dative_doer_last``)."""
    for m in range(verb + 1, len(words)):
        if words.infos[m] is None or words.norms[m] in v.triggers.joiners:
            return False
        if household.find_member(words, m) is not None:
            return dative_doer_last(words, verb, m, household, v)
    return False


def _dative_chore(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "12 марта Маше генеральная уборка", "в субботу Пете уборка в гараже": a chore's noun
    in the nominative after a member in the Russian dative (past one adjective), in a text
    with a when, no verb at all and no mark after the chore: the member's chore, put down
    for them on that day."""
    info = words.infos[i]
    if info is None or not info.is_russian or info.noun_case != _NOMINATIVE:
        return False
    j = i - 1
    before = words.infos[j] if j >= 0 else None
    if before is not None and before.pos == _ADJECTIVE:
        j -= 1
    named = words.infos[j] if j >= 0 else None
    if named is None or named.noun_case != _DATIVE or household.find_member(words, j) is None:
        return False
    if not words.classes2 & DUE_WORDS or any(
        (words.is_punct(m) and (m < len(words) - 1 or words.norms[m] not in _SENTENCE_MARKS))
        or (words.norms[m] in t.joiners and not words.is_punct(m))
        for m in range(len(words))
    ):
        # "Пете посуда — его вечная головная боль": a remark, no day put down; "Пете уборка,
        # а Маше глажка": two chores, not one
        return False
    return not any(
        words.norms[m] in t.negations or (other is not None and other.pos in _PREDICATE_POS)
        for m, other in enumerate(words.infos)
    )  # "завтра Пете уборка не нужна", "… отменена": a predicate said of the chore


# OpenCorpora: a verb, an infinitive, a short adjective or participle ("нужна", "отменена")
_PREDICATE_POS: Final = frozenset({"VERB", "INFN", "ADJS", "PRTS"})


_ASSIGN_REACH: Final = 9  # "assign the upstairs bathroom deep-clean on Saturday to Priya"
# OpenCorpora: a finite verb, a short adjective or participle, a conjunction: after an
# assigning verb, the clause of a message passed on ("передай Пете, что стирка закончилась")
_RELAYED_POS: Final = frozenset({"VERB", "ADJS", "PRTS", "CONJ"})


def assigns_a_chore(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "assign the Saturday turnover clean to Megan", "give Tom the ironing", "поручи Пете
    уборку в субботу": an assigning verb with, in its own clause, a chore's noun (or a chore
    verb's gerund: "the hoovering") and who receives it (a member; a person's noun; "to" or,
    in Russian, the dative, then a capitalised name) puts the chore on that person. "give the
    keys to Tom", "передай Маше соль" name no chore."""
    head = words.infos[i]
    if head is not None and (head.is_past or head.is_future):
        return False  # "мама передала Пете глажку": a report, no request
    if i > 0 and words.norms[i - 1] in t.noun_determiners:
        return False  # "give Tom a hand": a noun, no assigning
    chore = person = False
    norms = words.norms
    for j in range(i + 1, min(len(words), i + _ASSIGN_REACH)):
        norm = norms[j]
        if norm in t.joiners or words.is_punct(j):
            break
        info = words.infos[j]
        if info is None:
            continue
        if info.pos in _RELAYED_POS:
            return False  # "передай Маше, что уборка отменяется": a message passed on
        if not (chore or info.is_russian) and norm in t.function_words and norm not in t.to_markers:
            return False  # "give Tom feedback on his cleaning": the chore no object
        if words.matches(j, t.chore_nouns) or words.matches(j, t.duty_heads):
            chore = True
        elif gerund_verb(words, j, t) is not None:
            chore = True  # "assign the hoovering to Tom"
        elif household.find_member(words, j) is not None or norm in t.people:
            person = True
        elif words.is_capitalised(j) and (
            norms[j - 1] in t.to_markers or (info.is_russian and info.noun_case == _DATIVE)
        ):
            person = True  # "to Megan", "Серёже": a person who is no member
    return chore and person


_ERRAND_REACH: Final = 8  # "занеси бабушкины старые зимние пледы в химчистку"


def _carries_on_an_errand(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "занеси стулья от соседей", "закинь мою форму в стирку", "pop the duvet in at the
    cleaner's": an adding verb with, in its own clause (no joiner between), a phrase of a
    place or person an errand carries things to or fetches them from (an errand preposition,
    then, past a determiner or a modifier, an errand place; or "in" a washing machine, a
    dryer or a dishwasher: ``TriggerWords.machine_prepositions``, ``machine_places``), and
    no list in the command, carries a thing on an errand: nothing is added to a list. A verb of listing alone
    ("добавь в аптеку бинты", "add stamps from the post office") carries nothing."""
    if not words.matches(i, t.carrying_verbs) or _names_a_list(words, household, t):
        return False
    norms = words.norms
    for j in range(i + 1, min(len(words), i + _ERRAND_REACH)):
        if norms[j] in t.joiners or norms[j] in t.step_breaks:
            return False
        machine = norms[j] in t.machine_prepositions
        if norms[j] not in t.errand_prepositions and not machine:
            continue
        k = words.next_words[j]
        while k is not None and norms[k] in t.noun_determiners:
            k = words.next_words[k]  # "at the cleaner's"
        if machine:  # "throw the towels in the dryer": in a machine of the house
            if k is not None and words.matches(k, t.machine_places):
                return True
            continue
        if k is not None and not words.matches(k, t.errand_places) and _modifies(words, k, t):
            k = words.next_words[k]  # "в ближайшую химчистку"
        if k is not None and words.matches(k, t.errand_places):
            return True
    return False


def _adds_into_a_dish(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "добавь в фарш два яйца и щепотку соли", "add a pinch of salt to the sauce", "add the
    eggs and the milk to the batter": an adding verb whose "в"/"to"/"into" phrase in its own
    clause (before or after its object, past "and" between its objects) has for its head what
    is cooked or what it is cooked in ("the pasta water", "в горячий бульон"), with no list in
    the command, is a step of cooking: nothing is bought. The clause ends at a sentence's mark,
    a dash, "then", or a joiner before another verb, a person or a second joiner (", and
    remind me to put the brisket in the marinade" is a clause of its own)."""
    if _names_a_list(words, household, t):
        return False
    norms = words.norms
    for j in range(i + 1, min(len(words), i + _MIXING_REACH)):
        if norms[j] in t.step_breaks or (
            norms[j] in t.joiners and _opens_a_clause(words, j, household, t)
        ):
            return False
        if norms[j] not in t.mixing_prepositions:
            continue
        k = words.next_words[j]
        if k is not None and norms[j] in t.to_markers and norms[k] not in t.noun_determiners:
            continue  # "remind Lucy to water …": "to" before a verb, no place
        while k is not None and norms[k] in t.noun_determiners:
            k = words.next_words[k]  # "to the batter", "into your dough"
        if k is not None and not words.matches(k, t.dish_targets) and _modifies(words, k, t):
            k = words.next_words[k]  # "the pasta water", "в горячий бульон"
        if k is not None and words.matches(k, t.dish_targets):
            return True
    return False


def _opens_a_clause(words: Words, j: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """The joiner at ``j`` opens a clause: another joiner, a verb of asking, adding or buying,
    the speaker or a member follows it."""
    nxt = words.next_words[j]
    if nxt is None:
        return True
    norm = words.norms[nxt]
    return (
        norm in t.joiners
        or norm in t.speaker_words
        or words.matches(nxt, t.remind_verbs)
        or words.matches(nxt, t.request_words)
        or words.matches(nxt, t.buy_or_add_verbs)
        or household.find_member(words, nxt) is not None
    )


def _modifies(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` may modify a noun after it: a Russian adjective or participle, an
    English word that is no function word, verb or person ("pasta" in "the pasta water")."""
    info = words.infos[k]
    if info is not None and info.is_russian:
        return info.pos in ("ADJF", "PRTF")
    norm = words.norms[k]
    return not (
        norm in t.function_words
        or norm in t.chore_verbs
        or norm in t.doer_verbs
        or norm in t.people
        or words.tokens[k].kind != "word"
    )


def _takes_a_member(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """ "закинь Машу на танцы", "закинь детей на тренировку": an adding verb with a member
    or a person as its object takes them somewhere (no list in the command); a Russian one
    in the dative is whom the thing is for ("запиши Петеньке творожков", "закинь бабушке
    кефир")."""
    nxt = words.next_words[i]
    return (
        nxt is not None
        and not (
            words.lemmas[i] in t.list_writing_verbs
            and (info := words.infos[nxt]) is not None
            and info.noun_case == _DATIVE
            and not any(
                (deed := words.infos[j]) is not None and deed.is_infinitive
                for j in range(nxt + 1, len(words))
            )  # "запиши Пете купить хлеб": his errand
        )
        and not _owns_the_next(words, nxt, t)  # "add Tom's wheat free bread": his bread
        and (
            household.find_member(words, nxt) is not None
            # a person word, not a pronoun: "add them" adds the products said before
            or (
                words.matches(nxt, t.people)
                and words.norms[nxt] not in t.pronoun_objects
                and not _person_modifies(words, nxt, t)
            )
        )
        and not any(words.matches(j, t.list_words) for j in range(i, len(words)))
    )


def _owns_the_next(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k`` is a possessive (``TriggerWords.owner_endings``: "Tom's", "the kids'")
    with a word after it: whose the thing named next is ("add Tom's wheat free bread", "Lucy,
    make Dad's lunch"), so the one so named is no object of the verb before it."""
    after = k + 1
    return (
        after < len(words)
        and words.infos[after] is not None
        and words.infos[k] is not None
        # (any script: "wash Маша's PE kit" is her kit)
        and words.norms[k].endswith(t.owner_endings)
    )


def _asked_about(words: Words, j: int, t: TriggerWords) -> bool:
    """A question opened by a modal right before the one named at ``j`` (``TriggerWords.
    question_modals``: "Could Tom make lunch tonight?", "Can Tom walk Dad's dog at 6?"): asked
    about them, no deed asked of them ("Tom, could you …" is asked of Tom, another reader's;
    so is one with a courtesy after the name: "Could Tom please clean out the gutters?")."""
    modal = j - 1
    return (
        modal >= 0
        # "Could Tom please clean out the gutters on Saturday?": a courtesy asks of Tom
        and (j + 1 >= len(words) or words.norms[j + 1] not in t.transparent)
        and words.norms[modal] in t.question_modals
        and (modal == 0 or words.is_punct(modal - 1))
        and words.text.rstrip().endswith("?")
    )


def _comes_for(words: Words, to: int, t: TriggerWords) -> bool:
    """A verb that tells someone comes (``TriggerWords.arrival_verbs``) a few words before
    "to" at ``to``, no joiner or mark between: the deed after "to" is why they come ("the
    carer comes at 12 to make Dad's lunch"), no request."""
    for k in range(to - 1, max(-1, to - _ADVERBIAL_REACH), -1):
        norm = words.norms[k]
        if norm in t.arrival_verbs:
            return True
        if norm in t.joiners or words.is_punct(k):
            return False
    return False


def _person_modifies(words: Words, k: int, t: TriggerWords) -> bool:
    """An English person word right before another word that links it nowhere names what a
    product is for ("add baby wipes", "add kids yoghurts"): no person added ("add the kids to
    the chat", "add baby" stay people)."""
    info, after = words.infos[k], k + 1
    return (
        info is not None
        and not info.is_russian
        and after < len(words)
        and words.infos[after] is not None
        and words.norms[after] not in t.person_links
    )


_LIGHT_REACH: Final = 5  # "give the spare room carpet a hoover": the deed noun within five words


def _light_chore(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A light verb and a chore said as a noun after "a": "give the car a wash", "do a quick
    hoover", "Tom, have a look at the boiler"; a look alone is asked of a member only ("have
    a look at this recipe" asks the assistant)."""
    k = words.next_words[i]
    for _ in range(_LIGHT_REACH):
        if k is None or words.norms[k] in t.joiners:
            return False
        if words.norms[k] in t.task_noun_articles:
            deed = words.next_words[k]
            if deed is not None and words.norms[deed] in t.chore_adjectives:
                deed = words.next_words[deed]  # "a quick hoover", "a good clean"
            if deed is None:
                return False
            if words.norms[deed] in t.chore_verbs:
                return _clause_initial(words, i, household, t)
            if words.norms[deed] in t.look_nouns:
                return _asked_of_someone(words, i, household, t)
        k = words.next_words[k]
    return False


def _asked_of_someone(words: Words, i: int, household: HouseholdIndex, t: TriggerWords) -> bool:
    """A member spoken to or named as the doer before the verb at ``i``, with only asking
    words between ("Tom ring …", "Tom, could you phone …", "tom can u text …", "Emma love,
    when you're up, could you ring …"), or someone a causative verb names ("get Aoife to
    mind …", "have Mike phone …")."""
    norms = words.norms
    after = words.next_words[i]
    if after is None or not (
        norms[after] in t.noun_determiners
        or norms[after] in t.function_words
        or norms[after] in t.people
        or norms[after] in t.doer_verb_objects
        or words.is_capitalised(after)
        or _particle_then_object(words, after, t)
    ):
        return False  # "Jack, phone charger and cable": no object a deed works on
    j = i - 1
    if j >= 2 and norms[j] in t.to_markers and norms[j - 2] in t.causative_verbs:
        return _may_be_a_person(words, j - 1, t)  # "get Aoife to mind the dog"
    if j >= 1 and norms[j - 1] in t.causative_verbs and _may_be_a_person(words, j, t):
        return True  # "have Mike phone the council"
    while j >= 0 and (
        norms[j] in t.transparent or norms[j] in t.verb_openers or norms[j] in t.addressees
    ):
        j -= 1
    j = _before_adverbial(words, j, t)  # "Tom, tomorrow at noon drive me to …"
    if j >= 0 and norms[j] == ",":
        j -= 1
    if j >= 0 and household.find_member(words, j) is not None:
        return True
    # "Emma love, when you're up, could you ring …": the member who opens the command,
    # before its comma, asked by "could you" right before the verb
    first = words.first_word
    return (
        first is not None
        and norms[i - 1] in t.addressees
        and any(norms[k] == "," for k in range(first + 1, min(first + 3, i)))
        and household.find_member(words, first) is not None
    )


def _unknown_deed(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "Kate pls pump up the kids bike tyres in the garage on saturday morning", "Jack, hose
    down the patio tomorrow": an English word no lexicon knows as a trigger, a deed of the
    moment, a look-up or a mood (``TriggerWords.candidate_spellings``, ``momentary_verbs``,
    ``momentary_phrasals``, ``lookup_verbs``, ``no_deed_phrasals``) and not told in the past,
    the third person or a gerund (``told_verb_endings``) at ``i``, with a phrasal particle and its
    object's determiner right after it (``_particle_then_object``), is a deed asked of the
    member called before it (``_asked_of_someone``) when its object, no device, its head no
    person (``TriggerWords.people``, ``crowd_nouns``, a member), ends at a
    preposition, a day, a time, a mark or the text's end (``_object_end``) and the text
    names a zone of the household or a due: a chore the lexicon does not know yet. With no
    zone and no due ("Jack, hurry up the stairs"), a question, a clause going on past the
    object ("Jack, cheer up the garage looks great") it stays what it was."""
    t = v.triggers
    norm, info = words.norms[i], words.infos[i]
    if (
        info is None
        or info.is_russian
        or not norm.isalpha()
        or norm in t.candidate_spellings
        or norm in t.momentary_verbs
        or norm in t.lookup_verbs
        or (norm, words.norms[i + 1]) in t.momentary_phrasals
        or (norm, words.norms[i + 1]) in t.no_deed_phrasals
        # "Jack pumped up the tyres", "Tom took out the trash": a deed told, not asked
        or (norm.endswith(t.told_verb_endings) and not norm.endswith(t.told_verb_keeps))
        or norm in t.told_irregular_pasts
        or not _particle_then_object(words, i + 1, t)
        or _ASKING in words.norms
        or _works_on_office_work(words, i, v.open_world)  # "beef up the presentation"
        or (i > 0 and _told_of_a_subject(words.norms[i - 1], t))
    ):
        return False
    end = _object_end(words, i + 3, t)
    return (
        end is not None
        and not any(words.matches(k, v.corridor.device_nouns) for k in range(i + 3, end))
        # "psych up the kids", "chat up the neighbours", "hype up the team": people worked
        # on, no chore of the house ("the kids bike tyres" are tyres: the head is last)
        and not words.matches(end - 1, t.people)
        and not words.matches(end - 1, t.crowd_nouns)
        and household.find_member(words, end - 1) is None
        and (bool(household.find_zones(words)) or _when_said(words, v.dates))
        and _asked_of_someone(words, i, household, t)
    )


def _told_of_a_subject(before: str, t: TriggerWords) -> bool:
    """The word before a verb makes it told of its subject, not asked: an auxiliary, a modal
    or a clitic one on a name ("lucy's been in …", "Kate's blown up …", "Jack will pump up
    …"; ``TriggerWords.clitic_links``)."""
    return (
        before in t.auxiliaries
        or before in t.progressive_links
        or before in t.modals
        or before.endswith(t.clitic_links)
    )


def _object_end(words: Words, start: int, t: TriggerWords) -> int | None:
    """Where the object that begins at ``start`` (past its determiner) ends: the first
    preposition, day, time word, joiner or mark after at least one word of it, or the text's
    end, within ``_DEED_OBJECT_REACH`` words; None when a verb's auxiliary comes first or the
    object runs on ("the garage looks great" has no end in reach)."""
    norms = words.norms
    for k in range(start, min(len(words), start + _DEED_OBJECT_REACH + 1)):
        norm = norms[k]
        if norm in t.auxiliaries or norm in t.progressive_links:
            return None
        if k > start and (
            words.is_punct(k)
            or norm in t.function_words
            or norm in t.adverbial_openers
            or norm in t.time_words
            or norm in t.joiners
        ):
            return k
    return len(words) if len(words) - start <= _DEED_OBJECT_REACH and len(words) > start else None


def _particle_then_object(words: Words, k: int, t: TriggerWords) -> bool:
    """A phrasal verb's particle at ``k`` (``TriggerWords.gerund_particles``), then the opener
    of its object (``noun_determiners``): "scrape down the grates", "pump up the kids'
    tyres"; "Jack, hurry up" and "… down there" have no object."""
    nxt = words.next_words[k]
    return (
        words.norms[k] in t.gerund_particles
        and nxt is not None
        and nxt == k + 1
        and words.norms[nxt] in t.noun_determiners
    )


def _has_an_outsider_do(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """ "have the movers disassemble the bunk bed", "have grandma pick Lucy up thursday",
    "have the neighbour's kid walk the dog", "get the cleaner to do the oven", "have kyle from
    next door mow the lawn": a causative verb (``TaskWords.outsider_causatives``) opening the
    clause, then one who is no member (``_outsider_at``), then the deed's bare verb (after
    "to" for "get") with more after it, asks them a task; who does it is then asked (SPEC
    §4.2). "have the kids tidy …" (the household's own), "have grandma over", "have the
    plumber's number ready", "have the cleaner coming" ask no one so."""
    t, k = v.triggers, v.tasks
    if not _clause_initial(words, i, household, t):
        return False
    j = _outsider_at(words, i + 1, household, k, t)
    if j < 0:
        return False
    if words.norms[i] not in t.bare_causative_verbs:
        if j >= len(words) or words.norms[j] not in t.to_markers:
            return False  # "get the cleaner a present": no deed
        j += 1
    if j + 1 >= len(words):
        return False
    info, norm = words.infos[j], words.norms[j]
    return not (
        info is None
        or info.is_russian
        or norm in t.function_words
        or norm in t.auxiliaries
        or norm in k.visit_particles  # "have grandma over", "let the plumber in"
        or norm in k.person_determiners
        # "have the cleaner coming friday": told ("bring", "ring": no gerund)
        or (norm.endswith(t.gerund_ending) and len(norm) > len(t.gerund_ending) + 2)
        or words.is_capitalised(j)
    )


def _outsider_at(
    words: Words, j: int, household: HouseholdIndex, k: TaskWords, t: TriggerWords
) -> int:
    """Where the words after one who is no member begin, that person opening at ``j``: a
    person noun (``TaskWords.person_nouns``) bare or after a determiner ("grandma", "the
    movers", "a nanny", "our neighbour Mike": the name it carries after it), a person
    (``TriggerWords.people``) after a possessive ("the neighbour's kid", "the kids' grandma",
    "Tom's mom"), or a name in lower case placed by where they live ("kyle from next door":
    ``outsider_places``); -1 for none (a member, "the kids", "Tom")."""
    n = len(words)
    if j >= n or words.infos[j] is None or household.find_member(words, j) is not None:
        if j < n - 1 and words.norms[j].endswith(k.owner_endings):
            return _person_after(words, j + 1, household, k, t)  # "Tom's mom", "Петя's tutor"
        return -1
    if (words.norms[j] in k.person_determiners or words.norms[j] in t.noun_determiners) and (
        j + 1 < n
    ):
        j += 1
        if words.norms[j].endswith(k.owner_endings):
            return _person_after(words, j + 1, household, k, t)  # "the neighbour's kid"
        if j + 1 < n and words.norms[j + 1] in k.owner_marks:
            return _person_after(words, j + 2, household, k, t)  # "the kids' grandma"
        if not words.has_lemma(j, k.person_nouns):
            return -1
        return _carried_after(words, j, household)  # "the movers", "our neighbour Mike"
    if words.norms[j].endswith(k.owner_endings):
        return _person_after(words, j + 1, household, k, t)
    if words.has_lemma(j, k.person_nouns):
        return _carried_after(words, j, household)  # "have grandma pick …"
    placed = words.phrase_length(j + 1, k.outsider_places)
    info = words.infos[j]
    if placed and info is not None and not info.is_russian and not words.is_capitalised(j):
        return j + 1 + placed  # "have kyle from next door mow …"
    return -1


def _person_after(
    words: Words, j: int, household: HouseholdIndex, k: TaskWords, t: TriggerWords
) -> int:
    """After a possessive, a person noun or a person at ``j`` ("the neighbour's kid", "Tom's
    mom"): where the words after it begin; -1 for none ("the plumber's number")."""
    if j < len(words) and (words.norms[j] in t.people or words.has_lemma(j, k.person_nouns)):
        return _carried_after(words, j, household)
    return -1


def _carried_after(words: Words, j: int, household: HouseholdIndex) -> int:
    """Past the person at ``j`` and a capitalised name it carries that is no member's, a word
    in lower case after it ("our neighbour Mike feed …"): where the words after them begin."""
    nxt = j + 1
    if (
        nxt + 1 < len(words)
        and words.is_capitalised(nxt)
        and words.infos[nxt] is not None
        and household.find_member(words, nxt) is None
        and not words.is_capitalised(nxt + 1)
    ):
        return nxt + 1
    return nxt


def _may_be_a_person(words: Words, j: int, t: TriggerWords) -> bool:
    """ "Mike", "the kids": someone a chore may be had done by; "get some bleach" has none."""
    return words.is_capitalised(j) or words.norms[j] in t.people


def verbless(words: Words, t: TriggerWords, start: int = 0, stop: int | None = None) -> bool:
    """No verb and no trigger word at all (from token ``start`` on, past a heading, up to
    ``stop``, a list named last): "лампочки в хозтовары три штуки". A trigger word right after
    a number is what it counts when it is a unit ("toilet roll 2 packs", "butter 3 sticks"), no
    trigger ("2 charge overnight" is one)."""
    infos, norms, lemmas, candidates = words.infos, words.norms, words.lemmas, t.candidates
    tokens = words.tokens
    for i in range(start, len(infos) if stop is None else stop):
        info = infos[i]
        if info is not None and (
            info.pos in _VERB_POS
            or norms[i] in t.refused_add_forms  # "quit putting sweets on the Costco list"
            or (
                (norms[i] in candidates or lemmas[i] in candidates)
                and not (
                    i > 0
                    and tokens[i - 1].kind == _NUMBER_KIND
                    and (norms[i] in t.count_units or lemmas[i] in t.count_units)
                )
            )
        ):
            return False
    return True


def _list_named_first(words: Words, household: HouseholdIndex, v: Vocabulary) -> int | None:
    """Where a known list, named first or with no verb in the text, adds what stands around it:
    "Pharmacy: cough syrup", "в хозтовары: губки", "лампочки в хозтовары три штуки"."""
    first = words.first_word
    if first is None or words.vocabulary.isdisjoint(household.list_starts):
        return None  # most commands name no list at all (``find_lists``'s own first test)
    t, prepositions = v.triggers, v.shopping.list_prepositions
    no_verb: bool | None = None
    for _thing, i, j in household.find_lists(words, first, len(words)):
        marked = j < len(words) and words.norms[j] in t.list_marks
        after_preposition = i > first and words.norms[i - 1] in prepositions
        if after_preposition and _heading_for(words, i - 2, t):
            continue  # "going to Costco later": a shop one goes to, no list
        opening = i == first or (after_preposition and i - 1 == first)
        if opening and _told_of_the_list(words, j, v):
            continue  # "Хозтовары — закрыты до понедельника": the shop, told of
        if marked and opening:
            return i
        if opening and _items_follow(words, j, t):
            return i
        if _goal_opens(words, first, i, j, v):
            return i  # "in the Party list put chips, 3 bottles of coke and ice"
        if i == first or after_preposition:
            if no_verb is None:
                no_verb = verbless(words, t)
            if no_verb and not (after_preposition and _subject_before(words, first, i - 1, v)):
                return i
        elif (
            words.norms[i - 1] in t.list_last_marks
            and _closes_text(words, j, t)
            and verbless(words, t, stop=i)
            and _products_before(words, i, v)
        ):
            return i  # "Nespresso pods, 3 boxes, costco list", "мыло, 2 куска, хозтовары"
    return None


def _told_of_the_list(words: Words, j: int, v: Vocabulary) -> bool:
    """What follows a list's name opening the command, to its first mark past the heading's
    own, tells of the shop: it opens with a Russian adverb of a day (``ShoppingWords.
    coming_days``: "в продукты сегодня огромная очередь") or holds a Russian short adjective
    or participle ("Хозтовары — закрыты до понедельника"); products said so ("хозтовары:
    губки, фейри") hold neither."""
    t, infos = v.triggers, words.infos
    k = j
    while k < len(words) and words.norms[k] in t.list_marks:
        k += 1
    if k >= len(words):
        return False
    opening = infos[k]
    if opening is not None and opening.pos == _ADVERB and words.matches(k, v.shopping.coming_days):
        return True
    for m in range(k, len(words)):
        info = infos[m]
        if info is None:
            if words.is_punct(m):
                return False
            continue
        if info.is_russian and not info.guessed and info.pos in _SHORT_FORMS:
            return True
    return False


def _subject_before(words: Words, first: int, lead: int, v: Vocabulary) -> bool:
    """A subject pronoun before the preposition at ``lead`` that a list's name follows, in a
    text with no verb the rules know (English has no part of speech here): "we went to
    costco on sunday", "im at costco rn its rammed", "we spent way too much at Costco": the
    shop told as a place someone goes or went, no list what stands around it goes to
    ("eggs to costco", "to costco: eggs" keep their items)."""
    pronouns = v.shopping.subject_pronouns
    return any(words.norms[k] in pronouns for k in range(first, lead))


def _goal_opens(words: Words, first: int, i: int, j: int, v: Vocabulary) -> bool:
    """A list's name ``words[i:j]`` after a preposition of where items go and a determiner,
    opening the command, then the word "list" and the items ("in the Party list put chips",
    "to the Weekly list add milk"): an adding verb, a number or a known product follows; not
    a list edit ("from the party list remove …"), a state ("in the Weekly list there is
    milk") or a place ("in the party room")."""
    s, t = v.shopping, v.triggers
    lead = i - 1
    if lead <= first or words.norms[lead] not in s.list_determiners:
        return False
    while lead > first and words.norms[lead] in s.list_determiners:
        lead -= 1
    if lead != first or words.norms[lead] not in s.list_goal_prepositions:
        return False
    after = j + 1
    if after >= len(words) or not words.matches(j, t.list_words):
        return False
    known = s.known_products
    return (
        (
            words.matches(after, t.buy_or_add_verbs)  # "… put chips", not "… remove chips"
            or words.tokens[after].kind == "number"
            or words.norms[after] in known
            or words.lemmas[after] in known
        )
        and _items_follow(words, after, t)
        and _items_only(words, after + 1, v)
    )


def _items_only(words: Words, j: int, v: Vocabulary) -> bool:
    """From ``j`` on, after a list named first, items alone: no state ("… 3 items are left"),
    no second where ("… put Jack in charge", "… put the chips in the fridge"), no order ("…
    put the milk first"), and no run of products or a count inside an item with no mark or
    joiner between ("… put milk eggs bread", "… put chips 3 bottles of coke": one item would
    take in the others)."""
    s, t = v.shopping, v.triggers
    norms, lemmas, known = words.norms, words.lemmas, s.known_products
    product = False  # the word before was a known product
    started = False  # an item's word stands before in this piece
    for k in range(j, len(words)):
        norm = norms[k]
        if words.is_punct(k) or norm in t.joiners or norm in s.list_joiners:
            product = started = False
            continue
        if norm in t.auxiliaries or norm in s.list_goal_prepositions or norm in s.list_order_words:
            return False
        if words.tokens[k].kind == "number" and started:
            return False
        is_known = norm in known or lemmas[k] in known
        if is_known and product:
            return False
        product, started = is_known, True
    return True


def _products_before(words: Words, i: int, v: Vocabulary) -> bool:
    """What stands before a list named last is measured (a number and a unit) or names a
    common product: "pods, 3 boxes, costco list", "aspirin - pharmacy" ("hello, costco",
    "room 12, pharmacy" list nothing)."""
    known, units = v.shopping.known_products, v.units.forms
    norms, lemmas = words.norms, words.lemmas
    return any(
        norms[k] in known
        or lemmas[k] in known
        or (words.tokens[k].kind == "number" and k + 1 < i and norms[k + 1] in units)
        for k in range(i)
    )


def _closes_text(words: Words, j: int, t: TriggerWords) -> bool:
    """Nothing but a list word ("list", "список"), marks and, set off by a mark, words of
    urgency or courtesy ("…, продукты, срочно", "…, costco list, please") follows a list's
    name ending before ``j``: the name closes the text."""
    tail = False
    for k in range(j, len(words)):
        if words.infos[k] is None:
            if words.tokens[k].kind != "punct":
                return False
            tail = True
        elif not (
            (k == j and words.matches(k, t.list_words))
            or (tail and words.norms[k] in t.list_last_tail)
        ):
            return False
    return True


def _heading_for(words: Words, k: int, t: TriggerWords) -> bool:
    """The word at ``k``, before a preposition and a list's name, is a gerund that asks for
    nothing ("going to Costco", "heading to Costco"; "adding to Costco: …" asks)."""
    ending = t.gerund_ending
    return (
        k >= 0
        and bool(ending)
        and words.norms[k].endswith(ending)
        and not words.matches(k, t.request_words)
    )


def _items_follow(words: Words, j: int, t: TriggerWords) -> bool:
    """After a list named first, words up to the next joiner and no verb but a buying one:
    "в продукты бананы и творог, а Пете …", "хозтовары средство для плиты добавь"."""
    named = False
    for k in range(j, len(words)):
        info = words.infos[k]
        if words.norms[k] in t.joiners:
            return named
        if info is None:
            continue
        if info.pos in _VERB_POS:
            return named and words.matches(k, t.purchase_words)
        named = True
    return named


def _quoted_aside(words: Words, t: TriggerWords) -> frozenset[int]:
    """The tokens inside quotation marks, when a request frame stands outside them: what was
    received and is quoted ("Учительница написала: «… нужна сменная обувь». Напомни Пете …",
    "'Your parcel is ready … Collect within 3 days.' - remind Jack to …") asks nothing."""
    inside = quoted_tokens(words)
    if not inside:
        return _NO_TOKENS
    framed = any(
        k not in inside and words.infos[k] is not None and words.matches(k, t.task_frames)
        for k in range(len(words))
    )
    return inside if framed else _NO_TOKENS


def quoted_tokens(words: Words) -> frozenset[int]:
    """The tokens inside quotation marks (none when a mark is left open: it quotes nothing)."""
    if _QUOTE_MARK.search(words.text) is None:
        return _NO_TOKENS  # most commands
    inside: set[int] = set()
    opened: str | None = None
    for k, token in enumerate(words.tokens):
        if token.kind == "punct" and (token.norm == opened or token.norm in _QUOTES):
            if token.norm == opened:
                opened = None
            elif opened is None:
                opened = _QUOTES[token.norm]
            continue
        if opened is not None:
            inside.add(k)
    if opened is not None or not inside:
        return _NO_TOKENS  # an unclosed mark quotes nothing
    return frozenset(inside)


_TIMED: Final = frozenset({"number", "time"})  # token kinds: "12.03", "15:30"
_CALL_MARKS: Final = frozenset({",", ".", "!"})  # after a member called: "Tom, …", "Jack. …"


def _member_visit(words: Words, household: HouseholdIndex, v: Vocabulary) -> list[Clause]:
    """ "Маша врач 12.03 15:30", "Пете: стоматолог в пятницу", "Jack - dentist thu 3pm": a
    member, then (past a label's mark) a visit, a lesson or a session, and when, with no verb
    at all, is that member's task, the visit its title ("Маша врач" alone tells what she
    is); so is a chore named so, when or not ("Пете мусор", "Tom - bins tonight")."""
    appointments, chores, first = v.tasks.appointments, v.triggers.duty_heads, words.first_word
    if (
        first is None
        or not words.classes2 & (APPOINTMENTS | DUTY_HEADS | CHORE_NOMINALS)
        or household.find_member(words, first) is None
    ):
        return []
    nxt = first + 1
    if nxt < len(words) and (
        words.norms[nxt] in v.tasks.deed_marks or words.norms[nxt] in _CALL_MARKS
    ):
        nxt += 1  # "Jack. Bins out. Tonight.": the member called in a sentence of their own
    if nxt >= len(words) or (
        words.norms[nxt] in v.triggers.product_modifiers and _modifies_a_product(words, nxt, v)
    ):
        return []  # "Tom, laundry detergent": what a product is for
    head, said = nxt, frozenset[int]()
    if not words.matches(nxt, chores):
        phrase = _chore_phrase(words, nxt, household, v)
        timed = words.classes2 & DUE_WORDS or any(token.kind in _TIMED for token in words.tokens)
        if phrase is not None:
            head, said = phrase  # "Олег — garage cleanup в субботу", "Дима — чистка вытяжки"
        elif not timed or not words.matches(nxt, appointments):
            return []
    t = v.triggers
    for i, info in enumerate(words.infos):
        if info is not None and (
            info.pos in _VERB_POS
            or words.norms[i] in t.auxiliaries  # "Jack, laundry is done": told
            or (
                words.matches(i, t.candidates)
                and not words.matches(i, chores)
                and not _chore_particle(words, i, t)
                and i != head
                and i not in said
            )
        ):
            return []  # a verb or a trigger word: the clauses read it
    if not _names_only_when_where(words, head, household, v, skip=said):
        return []  # "Lucy hoovering again", "Маша: стирка — её любимое занятие": told
    return [_new_tuple(Clause, ("task", 0, nxt, len(words)))]


_CHORE_OBJECT_REACH: Final = (
    3  # "замена масляного фильтра двигателя", "extractor fan filter change"
)


def _chore_phrase(
    words: Words, start: int, household: HouseholdIndex, v: Vocabulary
) -> tuple[int, frozenset[int]] | None:
    """A chore named by its noun (``TaskWords.chore_nominals``) and what it is done on,
    beginning at ``start``: the Russian noun, then the object in the genitive ("замена
    фильтра", "чистка вытяжки"), or English words before the noun ("oil change", "garage
    cleanup", "garden watering"). The noun's index and the object's, or None: a noun alone
    ("замена"), an object in another case ("замена на гречку"), a member's or a function
    word before the English noun ("Lucy's cleaning", "the change") name no chore so, nor
    one with money said ("oil change, $45": a cost noted)."""
    nominals, t = v.tasks.chore_nominals, v.triggers
    info = words.infos[start]
    if info is None or not words.vocabulary.isdisjoint(v.corridor.money_words):
        return None  # "Tom - oil change, $45": what it cost
    if info.is_russian:
        if not words.matches(start, nominals) or info.noun_case != _NOMINATIVE:
            return None
        j = start + 1
        while j < len(words) and j - start <= _CHORE_OBJECT_REACH:
            said = words.infos[j]
            if said is None or not said.is_russian or said.noun_case != _GENITIVE:
                break
            if household.find_member(words, j) is not None:
                return None  # "уборка Маши": whose, not what on
            j += 1
        if j == start + 1:
            return None
        where = words.infos[j] if j + 1 < len(words) else None
        if (
            where is not None
            and where.pos == _PREPOSITION
            and words.norms[j] in t.place_prepositions
        ):
            placed = words.infos[j + 1]  # "замена фильтра в кране": where the object is
            if placed is not None and placed.is_russian and placed.noun_case in _PLACE_CASES:
                j += 2
        return start, frozenset(range(start + 1, j))
    for noun in range(start + 1, min(len(words), start + 1 + _CHORE_OBJECT_REACH)):
        said = words.infos[noun - 1]
        norm = words.norms[noun - 1]
        if (
            said is None
            or said.is_russian
            or norm in t.function_words
            or norm in t.noun_determiners
            or norm in v.dates.due_words
            or household.find_member(words, noun - 1) is not None
        ):
            return None
        nominal = words.infos[noun]
        if nominal is not None and not nominal.is_russian and words.matches(noun, nominals):
            return noun, frozenset(range(start, noun))
    return None


def _chore_then_member(words: Words, household: HouseholdIndex, v: Vocabulary) -> list[Clause]:
    """ "посуда на Маше", "мусор за Петей сегодня", "уборка в ванной — Дима, в субботу",
    "мусор Олегу": a chore named first, with no verb, then a member whose duty it is, after a
    duty preposition (``TaskWords.duty_holders``), a dash or a comma, or in the dative; the
    chore is that member's task, as "Маше посуда" is (``_member_visit``). All else said is
    more chores, when, where, marks or fillers (``_names_only_when_where``): "посуда Маши"
    (whose dishes), "мусор на Пете висит" (a verb), "посуда на Маше, как всегда" ask."""
    first = words.first_word
    if first is None or not words.classes2 & (DUTY_HEADS | CHORE_NOMINALS):
        return []
    t = v.triggers
    head, said = first, frozenset[int]()
    if not words.matches(first, t.duty_heads):
        phrase = _chore_phrase(words, first, household, v)
        if phrase is None:
            return []
        head, said = phrase  # "замена фильтра в кране — Дима, через 2 дня"
    member = next(
        (k for k in range(head + 1, len(words)) if household.find_member(words, k) is not None),
        None,
    )
    if member is None:
        return []
    before = member - 1
    info = words.infos[member]
    if not (
        words.norms[before] in v.tasks.duty_holders
        or words.norms[before] in v.tasks.deed_marks
        or words.norms[before] in _CALL_MARKS
        or (info is not None and info.noun_case == _DATIVE)
    ):
        return []  # "посуда Маши": whose, not who does it
    for i, info in enumerate(words.infos):
        if info is not None and (
            info.pos in _VERB_POS
            or words.norms[i] in t.auxiliaries
            or (
                words.matches(i, t.candidates)
                and not words.matches(i, t.duty_heads)
                and not _chore_particle(words, i, t)
                and i != head
                and i not in said
            )
        ):
            return []  # a verb or a trigger word: the clauses read it
    if not _names_only_when_where(words, head, household, v, skip=said | {before, member}):
        return []
    return [_new_tuple(Clause, ("task", first, first, len(words)))]


def _chore_particle(words: Words, i: int, t: TriggerWords) -> bool:
    """A chore's particle right after it: "bins out", "washing in", "dishes away"."""
    return i > 0 and words.norms[i] in t.gerund_particles and words.matches(i - 1, t.duty_heads)


def _names_only_when_where(
    words: Words,
    head: int,
    household: HouseholdIndex,
    v: Vocabulary,
    skip: frozenset[int] = frozenset(),
) -> bool:
    """A fragment asks only when all it says past its visit or chore is more of them, when,
    where, and marks or fillers ("Маше: стирка, глажка", "Jack - dentist thu 3:30pm", "Пете
    мусор на кухне вечером"); any other word ("again", "её любимое занятие", "so loud")
    makes it speech about the member: a report, a complaint, a label."""
    d, t, k = v.dates, v.triggers, v.tasks
    zoned: set[int] = set()
    if not words.vocabulary.isdisjoint(household.zone_starts):
        for _zone, start, end in household.find_zones(words, head, len(words)):
            zoned.update(range(start, end))
    for i in range(head + 1, len(words)):
        if words.infos[i] is None or i in zoned or i in skip:  # (a number, a time: no info)
            continue
        norm = words.norms[i]
        if not (
            norm in d.due_words
            or norm in d.next_week_mods  # "на следующей неделе", "next week"
            or norm in d.meridiems
            or norm in d.dotted_meridiem_letters
            or norm in d.recurrence_words
            or norm in t.place_prepositions
            or norm in t.joiners
            or norm in k.deed_marks
            or norm in k.trailing
            or words.matches(i, t.duty_heads)
            or words.matches(i, k.appointments)
            or _chore_particle(words, i, t)
        ):
            return False
    return True


def _subject_after(words: Words, called: int, low: int) -> bool:
    """ "ванную драит Дима, запиши ему …": a member named right after the earlier trigger, a
    verb that tells (not one that asks), is its subject, not one called for the later clause."""
    verb = words.infos[low]
    return (
        called - 1 == low
        and verb is not None
        and verb.is_russian
        and verb.pos == "VERB"
        and not verb.is_imperative
    )


def _past_elsewhere_run_outs(words: Words, start: int, index: int, v: Vocabulary) -> int:
    """The start of the clause triggered at ``index``, moved past the clause of someone
    else's run-out (``_runs_out_elsewhere``) standing between: "на работе кончился кофе, и
    дома молоко закончилось" names the home's milk ("молоко"), not "работа кофе" nor "дом
    молоко": the home word opening the moved clause is where, not what."""
    t = v.triggers
    if not words.classes2 & ELSEWHERE:  # a place or a holder outside the home: none said
        return start  # most commands
    k = start
    while k < index:
        nxt = words.next_words[k]
        if (words.lemmas[k] in t.out_of_words or _is_out_of(words, k, nxt, t)) and (
            _runs_out_elsewhere(words, k, v)
        ):
            end = clause_around(words, k, t)[1]
            while end < index and (words.is_punct(end) or joins(words, end, t)):
                end += 1
            if end >= index:
                return start  # the trigger's own clause: read as before
            start = k = end
            continue
        k += 1
    norms, links = words.norms, t.out_of_holder_links | t.out_of_place_preps
    if start > 0 and start < index and norms[start] in links and start + 1 < index:
        start += norms[start + 1] in t.out_of_home_words  # "…, а у нас хлеб кончился"
    if start > 0 and start < index and norms[start] in t.out_of_home_words:
        start += 1  # "…, и дома молоко закончилось": where, not what
    return start


def _before_a_game(words: Words, index: int, end: int, v: Vocabulary) -> int:
    """The end of the clause triggered at ``index``, moved before a later clause (after a
    mark or a joiner) that tells of a game after its link (``OpenWorldWords.game_worlds``,
    ``game_world_links``; a Russian one not in the accusative, an English one closing its
    phrase) and names no known product: "кончился хлеб, Петя в роблоксе" buys the bread, no
    "роблокс"."""
    o, t = v.open_world, v.triggers
    if words.vocabulary.isdisjoint(o.game_worlds):
        return end  # most commands
    for k in range(index + 1, end):
        if not words.matches(k, o.game_worlds):
            continue
        link = k - 1
        if link > 0 and words.norms[link] in o.game_world_determiners:
            link -= 1  # "in the game"
        info = words.infos[k]
        if words.norms[link] not in o.game_world_links or info is None:
            continue
        if info.is_russian and info.noun_case == _GAME_FOR_CASE:
            continue  # "…, батарейки в игру": what they are for
        after = k + 1
        if not info.is_russian and not (
            after == len(words) or words.is_punct(after) or words.norms[after] in t.function_words
        ):
            continue  # "…, a lamp in the game room": a room
        start, stop = clause_around(words, k, t)
        known = v.shopping.known_products
        if start > index and not any(words.lemmas[j] in known for j in range(start, stop)):
            return start  # (a product said there is bought: "…, батарейки в майнкрафт")
    return end


_GAME_FOR_CASE: Final = "accs"  # OpenCorpora: "в игру" says what it is for


def _clause_starts(
    words: Words, triggers: list[tuple[int, ClauseKind]], household: HouseholdIndex, v: Vocabulary
) -> list[int]:
    """A clause begins after the last joiner before its trigger, so "а Маше завтра помыть
    посуду" and "and lucy needs to ..." keep their assignee and due phrase; a member called
    right after a joiner, with the comma that calls them, opens it ("купи губку. Маша, помой
    …", "…, and Tom, feed the cat")."""
    norms, joiners = words.norms, v.triggers.joiners
    starts = [0]
    for n in range(1, len(triggers)):
        low, index = triggers[n - 1][0], triggers[n][0]
        joiner = next((j for j in range(index - 1, low, -1) if norms[j] in joiners), index - 1)
        called = joiner - 1
        if (
            called > low
            and norms[called + 1] in v.tasks.person_followers
            and household.find_member(words, called) is not None
            and (called - 1 <= low or norms[called - 1] in joiners)
            and not _subject_after(words, called, low)
        ):
            joiner = called - 1
        starts.append(joiner + 1)
    return starts


def _greets_a_member(words: Words, first: int, household: HouseholdIndex) -> bool:
    """The greeting opening the text at ``first`` calls a member right after it, the request
    to follow ("hey Tom, wipe down the counters tonight", "yo Jack помой посуду"): it is a
    call, no chit-chat; a greeting alone or before anything else is ("hi, what's up")."""
    nxt = words.next_words[first]
    return nxt is not None and household.find_member(words, nxt) is not None


def split_clauses(words: Words, household: HouseholdIndex, v: Vocabulary) -> list[Clause]:
    """The shopping and task clauses of the command, in text order (possibly none)."""
    t = v.triggers
    triggers: list[tuple[int, ClauseKind]] = []
    named_first = _list_named_first(words, household, v)
    if named_first is not None:
        triggers.append((named_first, "shop"))
    in_task_object = False
    in_chore = False  # a task's verb stands before, with no joiner since
    first = words.first_word
    norms, lemmas = words.norms, words.lemmas
    chatter = first is not None and (  # (``words.matches``, inline)
        (
            (norms[first] in t.question_words or lemmas[first] in t.question_words)
            and not drops_its_subject(words, t)
        )
        or (
            (norms[first] in t.greetings or lemmas[first] in t.greetings)
            and not _greets_a_member(words, first, household)
        )
    )
    joiners, candidates, modals, spellings, gerund, particles, reasoning = (
        t.joiners,
        t.candidates,
        t.modals,
        t.candidate_spellings,
        t.gerund_ending,
        t.gerund_particles,
        # (most texts hold no reason's word; a plan told needs a gerund: ``reason_told``)
        bool(words.classes4 & REASON_WORDS),
    )
    after_modal = bool(words.classes1 & MODALS)  # (most texts hold no modal)
    told = bool(words.classes2 & TOLD_PRONOUNS)  # (most texts hold no "ему", "ей")
    negating = bool(
        words.classes1 & (NEGATIONS | NEED_NEGATIONS | STOP_VERBS | PRIVATIVES | NEGATIVE_SUBJECTS)
    )
    quoted = _quoted_aside(words, t) if _QUOTE_MARK.search(words.text) else _NO_TOKENS
    reasons: list[int] = []  # the marks before a reason told after a clause (``_reasons``)
    for i, info in enumerate(words.infos):
        norm = norms[i]
        if quoted and i in quoted:  # (most texts quote nothing)
            continue
        if norm in joiners:
            # "task for Lucy: restock the loo roll", "напомни Пете: купить хлеб": what follows
            # a task's label is still its object
            in_task_object = in_task_object and norm in t.label_marks
            in_chore = False
        # Only a word that may pass a trigger test is tested (inline: this runs per token).
        if info is None or not (
            norm in spellings  # (a candidate, a "buy" typo, a doer verb: one test)
            or lemmas[i] in candidates
            or info.is_infinitive
            or info.is_imperative
            or info.is_future
            or info.imperative_too is not None
            or (gerund and norm.endswith(gerund))
            or (told and info.pos == "VERB")  # "Петя моет посуду — напомни ему"
            or (
                after_modal
                and i > 0
                and (
                    norms[i - 1] in modals
                    or (i > 1 and norms[i - 1] in t.modal_hedges and norms[i - 2] in modals)
                    or (i > 2 and norms[i - 2] in modals)  # "tomorrow must Lucy go …"
                )
            )
            or i == first
            # "Kate, pump up the tyres …": a word before a particle (``_unknown_deed``)
            or (i + 1 < len(norms) and norms[i + 1] in particles)
        ):
            continue
        if (negating and negated(words, i, t)) or (
            (reasoning or (gerund and norm.endswith(gerund)))
            and reason_told(words, i, triggers, household, v, reasons=reasons)
        ):
            continue  # "…, too tired to cook", "…, we've been using shampoo to do the dishes"
        if chatter and not words.matches(i, t.remind_verbs):
            # Only explicit task openers are requests inside a question ("can you remind …").
            pass
        elif (
            # a buying verb (no doer's infinitive) first: it is no task's trigger whatever
            # ``_task_trigger`` says, and it is the commonest trigger of all
            not (
                (lemmas[i] in t.shop_verbs or norm in t.shop_verbs)
                and not _doer_infinitive(words, i, household, t)
            )
            and _task_trigger(words, i, household, v)
            and not (info.is_imperative and _fetches_a_product(words, i, v))
        ) or (
            # "Coach Mike to pick up the team kit": someone's errand, no purchase
            norm in t.soft_shop_verbs and _outsider_errand(words, i, household, v)
        ):
            _add_task_trigger(words, triggers, i, t)
            in_chore = True
            # "напомни купить хлеб", "ask Tom to buy milk": the purchase is the task.
            in_task_object = (
                lemmas[i] in t.task_object_openers
                or norm in t.task_object_openers
                or words.matches(i, t.task_nouns)
            )
            continue
        if (
            info.is_infinitive
            and triggers
            and triggers[-1][1] == "task"
            and _second_step(words, i, triggers[-1][0], household, v)
        ):
            continue
        if (
            _shop_trigger(words, i, household, v)
            or (info.is_imperative and _fetches_a_product(words, i, v))
            or (
                (lemmas[i] in t.need_words or norm in t.need_words)
                and _needed_after(words, i, household, v)
            )
        ):
            if in_chore and norm in t.out_of_parts:
                continue  # "take the bread out of the freezer": where from, not a shortage
            if in_task_object and triggers and triggers[-1][1] == "task":
                in_task_object = False
                continue
            if not triggers or triggers[-1][1] != "shop":
                triggers.append((i, "shop"))
    starts = _clause_starts(words, triggers, household, v)
    clauses: list[Clause] = []
    for n, (index, kind) in enumerate(triggers):
        end = starts[n + 1] if n + 1 < len(triggers) else len(words)
        # (each reader's first test: most commands name no place outside nor a game's world)
        start = (
            _past_elsewhere_run_outs(words, starts[n], index, v)
            if words.classes2 & ELSEWHERE
            else starts[n]
        )
        end = before_reasons(
            reasons,
            index,
            _before_a_game(words, index, end, v) if words.classes3 & GAME_WORLDS else end,
        )
        clauses.append(_new_tuple(Clause, (kind, start, index, end)))
    # "Маша врач 12.03 15:30": a member's visit, said with no verb
    return clauses or _member_visit(words, household, v) or _chore_then_member(words, household, v)


def handed_chore(words: Words, household: HouseholdIndex, k: TaskWords) -> int | None:
    """Where a chore asked of a member starts after a comma (past a word tying it to what was
    said before: "поэтому", "so"), as a character offset: "ugh I'm exhausted, Tom can you do
    the dishes tonight", "Петя в 17 на тренировке, поэтому пусть Маша выгуляет собаку", "у
    Маши музыкалка в 16:00, Петя пусть помоет посуду"; None when no clause after a comma
    starts so ("Петя, помой посуду, я устала"). The reader (``_read._handed_chore``) keeps
    that clause alone when what comes before it asks nothing: a feeling, a lament, another
    member's plan."""
    tokens = words.tokens
    for c, token in enumerate(tokens):
        if token.kind == "punct":
            if token.text != ",":
                continue
            i = words.next_words[c]
        elif c > 0 and (
            words.norms[c] in k.chore_reason_links
            or (_russian_let(words, c, k) and _told_before(words, c))
        ):
            i = c  # said with no comma: "я устала пусть Петя помоет посуду"
        else:
            continue
        while i is not None and words.norms[i] in k.chore_reason_links:
            i = words.next_words[i]
        if i is not None and _asks_a_member(words, i, household, k):
            return tokens[i].start
    return None


_TOLD_POS: Final = frozenset({"VERB", "ADJS", "PRED"})  # "устала", "надоело", "некогда"


def _told_before(words: Words, i: int) -> bool:
    """Before ``i`` a clause of its own: a finite verb, a short adjective or a predicative
    ("я устала пусть Петя …"); a place or a time before "пусть" is the chore's own ("в ванной
    пусть Маша зеркало протрёт")."""
    return any(info is not None and info.pos in _TOLD_POS for info in words.infos[:i])


def _russian_let(words: Words, i: int, k: TaskWords) -> bool:
    """The word at ``i`` is a Russian link that hands a chore over ("пусть", "пускай"); an
    English one ("can", "will") opens no clause with no comma before it ("when can Tom …")."""
    info = words.infos[i]
    return words.norms[i] in k.handover_links and info is not None and info.is_russian


def _asks_a_member(words: Words, i: int, household: HouseholdIndex, k: TaskWords) -> bool:
    """At ``i`` a member is asked a chore: a link and the member ("пусть Маша …", "let Tom
    …"), or the member and a link or a Russian imperative ("Tom can you …", "Петя пусть …",
    "Петя помой …")."""
    nxt = words.next_words[i]
    if nxt != i + 1 or nxt is None:
        return False  # (a mark between: "Петя, помой …" is read as it stands)
    if words.norms[i] in k.handover_links:
        return household.find_member(words, nxt) is not None
    if household.find_member(words, i) is None:
        return False
    info = words.infos[nxt]
    return words.norms[nxt] in k.handover_links or (
        info is not None and info.is_russian and info.is_imperative
    )


def lament_object(words: Words, start: int) -> str | None:
    """What the chore asked at character ``start`` (``handed_chore``) is done on, when only
    the lament before it said so: "устала мыть посуду, Петя помой сегодня" → "посуду" (the
    lament's infinitive the chore's imperative with a prefix or none: "мыть", "помой");
    None when the lament holds no such verb ("я устала, Петя помой")."""
    tokens = words.tokens
    asked = next(
        (
            info.lemma
            for i, info in enumerate(words.infos)
            if tokens[i].start >= start and info is not None and _asked_verb(info)
        ),
        None,
    )
    if asked is None:
        return None
    for i, info in enumerate(words.infos):
        if tokens[i].start >= start:
            return None
        if info is not None and info.is_infinitive and asked.endswith(info.lemma):
            end = next((k for k in range(i + 1, len(tokens)) if words.is_punct(k)), len(tokens) - 1)
            said = words.text[tokens[i].end : tokens[end].start].strip()
            return said or None
    return None


def _asked_verb(info: WordInfo) -> bool:
    """A Russian verb a chore is asked with: "помой", "пусть помоет", "помыть"."""
    return info.is_russian and (info.is_imperative or info.is_future or info.is_infinitive)
