"""Shopping clauses: the items (name, quantity, unit) and the list they go to (SPEC §4.1)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Final, NamedTuple

from policy_core._classes import (
    ABSTRACT_NEEDS,
    ARTICLES,
    CLAUSE_MARKERS,
    CLAUSE_WORDS,
    CODE_STARTS,
    COMPLEMENT_PREPOSITIONS,
    CONDITION_WORDS,
    COORDINATED_PREPOSITIONS,
    CORRECTION_WORDS,
    DAY_TRIGGERS,
    DESTINATION_PREPOSITIONS,
    DIGIT_PREPOSITIONS,
    DIMENSION_WORDS,
    EMPHASES,
    FUSED_REFUSALS,
    JOINED_STARTS,
    KITCHEN_MEASURES,
    LIST_LEMMAS,
    LISTED_JOKES,
    MAKEUP_PREPOSITIONS,
    MATERIAL_PREPOSITIONS,
    NEED_WORDS,
    NEGATIONS,
    NOISE_STARTS,
    PACK_SIZES,
    PHRASE_STARTS,
    PIECE_FILLERS,
    PLACEHOLDER_NOUNS,
    PRO_FORM_HEADS,
    QUALIFIER_PARTICLES,
    REASON_STARTS,
    RELATIVE_WORDS,
    RESTART_KEYS,
    SALE_NOUNS,
    SHARED_UNITS,
    SHOPS,
    SIZE_WORDS,
    SPEC_PREPOSITIONS,
    STRENGTH_UNITS,
    SUBSTITUTIONS,
    TALLY_YES,
    TOLD_SUBJECTS,
    UNIT_LINKS,
    USE_OBJECTS,
    VAGUE_MARKERS,
)
from policy_core._clauses import Clause, adding_refused, list_noun_at, run_out_state, verbless
from policy_core._household import HouseholdIndex, NamedThing
from policy_core._item_remarks import (
    governed_pronoun,
    named_doer_told,
    occasion_after_list,
    qualifier_of_the_one,
    said_for_the_product,
    told_in_english,
    whose_favourite,
    without_bracketed_asides,
)
from policy_core._items import ItemDraft
from policy_core._morphology import Morphology, WordInfo
from policy_core._needers import (
    needer_start,
    needs_pro_form,
    russian_need,
    russian_needer,
    russian_pro_form,
)
from policy_core._numbers import fraction_at, read_number
from policy_core._pasted import regular_past
from policy_core._products import repair_by_sound, repair_product
from policy_core._text import Token, normalise_text
from policy_core._units import Measure, is_measure_word, read_measure
from policy_core._words import Words
from policy_core.lang import OpenWorldWords, ShoppingWords, TriggerWords, Vocabulary

__all__ = [
    "ItemDraft",
    "ShoppingReading",
    "ran_out_products",
    "read_bare_list",
    "read_ran_out",
    "read_shopping",
    "without_relay_tail",
]

_PRONOUN: Final = "NPRO"  # OpenCorpora: a pronoun ("ему", "него") is never a product
_VERB: Final = "VERB"  # OpenCorpora: a finite verb or an imperative
_INFINITIVE: Final = "INFN"  # OpenCorpora: an infinitive
_VERBS: Final = frozenset({_VERB, _INFINITIVE})
_NO_INDICES: Final[frozenset[int]] = frozenset()
_RELAY_TAIL_MARKS: Final = frozenset(",—–-")  # "…, Петя просил", "… — дети просили"
_OTHER_SYMBOL: Final = "So"  # Unicode: an emoji or a pictograph ("🥛", "🛒")
# Unicode: what a pictograph may be typed with: a skin tone ("Sk"), a variation selector
# ("Mn"), a joiner ("Cf")
_PICTOGRAPH_CATEGORIES: Final = frozenset({_OTHER_SYMBOL, "Sk", "Mn", "Cf"})
# (``_number_spec``'s, ``_strength_spec``'s, ``_code_spec``'s first tests)
_SPEC_STARTS: Final = SPEC_PREPOSITIONS | STRENGTH_UNITS | CODE_STARTS
# (``_complement``'s, with ``_material_complement``'s)
_COMPLEMENT_STARTS: Final = (
    COMPLEMENT_PREPOSITIONS | COORDINATED_PREPOSITIONS | MATERIAL_PREPOSITIONS
)
_NO_MEASURE: Final = Measure(None, None, frozenset())
# a word standing for a code said apart from the name ("омега 3"), read after a measure
_CODE_NAME: Final = Token("code", "\ufffc", 0, 0, "word")
_NAME_WORDS: Final = 4  # a list's name before "list" is at most three words long
_DATIVE: Final = "datv"  # OpenCorpora: the dative case
_NOMINATIVE: Final = "nomn"  # OpenCorpora: the nominative case
_NOUN: Final = "NOUN"  # OpenCorpora: a noun  # an item is a noun phrase, never a clause
_ADJECTIVE: Final = "ADJF"  # OpenCorpora: a full adjective
_SHORT_STATES: Final = frozenset({"ADJS", "PRTS"})  # OpenCorpora: a short adjective, participle
_TOLD_ADVERBS: Final = 2  # particles and adverbs between a told subject and its verb
_JOINING_POS: Final = frozenset({"CONJ", "PRCL"})  # OpenCorpora: a conjunction, a particle
_SHORTEST_TOLD_VERB: Final = (
    3  # letters: a told verb after the items ("ест", "сдох"), no code's letter
)
# OpenCorpora: the words before a product said alone's complement ("туалетная бумага")
_DESCRIBING: Final = frozenset({_ADJECTIVE, "PRTF"})  # OpenCorpora: a full adjective or participle
_REFERRING: Final = frozenset(
    {*_DESCRIBING, _PRONOUN}
)  # "прежний", "наш": a subject said for a noun
_ADVERB: Final = "ADVB"  # OpenCorpora: an adverb ("вообще", "совсем"): how or when, no product
_PREPOSITION: Final = "PREP"  # OpenCorpora: a preposition, which governs the noun after it
_GENITIVE: Final = "gent"  # OpenCorpora: the genitive case
# what a Russian item said with its count has had last (``_split_at_counts``)
_NO_PART, _NAME_PART, _COUNT_PART, _UNIT_PART = range(4)
# OpenCorpora: the cases of a noun a count governs ("два лайма", "пять яиц", "одну пачку")
_COUNTED_CASES: Final = frozenset({"nomn", "gent", "accs", "gen2"})
_DIRECT_CASES: Final = frozenset({"nomn", "accs"})  # OpenCorpora: the nominative and accusative
_SPOKEN: Final = frozenset(
    {"PRCL", "ADVB", "INTJ"}
)  # OpenCorpora: particles, adverbs, interjections
_SEVERAL: Final = 2  # "две батарейки", "три лимона": a count that makes the head plural
_ENUMERATION_MARKS: Final = frozenset({")", "."})  # "1) хлеб", "2. кефир": a numbered line
_LINE_MARK: Final = ")"  # "… 2) кефир": a numbered line inside the text
_DOT: Final = "."  # after a unit's abbreviation, no end of an item
_COLON: Final = ":"  # after a heading, the items
_LINE_BREAK: Final = "\n"  # a note's line: one item each ("кефир 1л\nтворог 2 пач.")
# OpenCorpora: words that lead into the next word ("туалетная\nбумага", "средство для\nпосуды",
# "две\nпачки"): a line break after one of them is inside the item
_LEADS_ON: Final = frozenset({"ADJF", "PRTF", "PREP", "CONJ", "NUMR"})
_BARE_LIST_WORDS: Final = 16  # a list said with no verb is short: no letter, no notice
_BARE_NAME_WORDS: Final = 3  # … and each of its names at most three words ("semi skimmed milk")
_SHAPE_NAME_WORDS: Final = 2  # … two, when no product in it is known ("soccer cleats")
# OpenCorpora's parts of speech no product's name holds: verbs, predicatives ("нет"),
# comparatives ("больше"), gerunds, short participles, personal pronouns
_NOT_IN_A_NAME: Final = frozenset({"VERB", "INFN", "PRED", "COMP", "GRND", "PRTS", "NPRO"})
_ADJECTIVES: Final = frozenset({"ADJF", "PRTF"})  # a name of these alone names no product
_SHAPE_SHORTEST: Final = 2  # letters: a name this short is a word or an abbreviation ("ad", "TV")
# a list read by its shape holds two products at least: one thing said alone ("a note for
# Tom", "a surprise for Lucy", "size 10") is as often no purchase …
_SHAPE_ITEMS: Final = 2
_SHAPE_ALONE_WORDS: Final = 2  # … unless its name is two words with no digit ("soccer cleats")
_HEADING_WORDS: Final = 4  # … and a heading before it at most four ("так, по дому: …")
_NEWLINE: Final = "\n"  # a line break: a heading said on a line of its own ends there
_ACCUSATIVE: Final = "accs"  # OpenCorpora: the accusative case
_CONJUNCTION: Final = "CONJ"  # OpenCorpora: a conjunction ("и", "или")
# OpenCorpora: adjectives, participles, conjunctions, numerals and particles ("пожалуйста")
_OBJECT_POS: Final = frozenset({"ADJF", "PRTF", "CONJ", "NUMR", "PRCL", "INTJ"})
# A number token is digits: a text without any holds none, and most names hold no number.
_HAS_DIGIT: Final = re.compile(r"\d")
# a price typed after a product: whole units and two decimals ("3.99", "79,90")
_PRICE: Final = re.compile(r"\d+[.,]\d\d")
# tuple.__new__ builds a named tuple without its Python-level __new__ (as Token and Draft are).
_new_tuple: Final = tuple.__new__


class ShoppingReading(NamedTuple):
    items: tuple[ItemDraft, ...]
    named_list: NamedThing | None  # a known list the text names
    unknown_list: bool  # the text names a list the household does not have
    # read from the text's shape alone: products with no verb, none measured or known to the
    # lexicon ("tortillas, salsa and sour cream for taco night"): acts on the evidence model's
    # word only (``PolicySettings.min_list_evidence``)
    by_shape: bool = False


def _list_noun_phrase(words: Words, clause: Clause, v: Vocabulary, used: set[int]) -> None:
    """A noun that calls a list by what it holds closing its phrase after a preposition that
    puts things on a list, past the clause's trigger, anywhere in the clause
    (``_clauses.list_noun_at``: "put hot dogs on groceries for the 4th", "… on groceries
    pleeease"): its phrase joins ``used``, no word of an item ("hot dogs groceries"). The
    list is the one a list word names, the default."""
    if words.vocabulary.isdisjoint(v.shopping.cue_heading_nouns):
        return  # most texts
    for k in range(clause.trigger + 2, clause.end):
        if list_noun_at(words, k, v):
            used.update((k - 1, k))


def _list_phrase(
    words: Words, clause: Clause, household: HouseholdIndex, v: Vocabulary
) -> tuple[set[int], NamedThing | None, bool]:
    """Tokens of the list phrase ("в список продуктов", "to the Costco list") and its list."""
    start, end = clause.start, clause.end
    s, list_words = v.shopping, v.triggers.list_words
    used: set[int] = set()
    named: NamedThing | None = None
    for thing, name_at, name_end in household.find_lists(words, start, end):
        i, j = _quoted_name(words, (name_at, name_end), clause, s)
        before = i - 1
        while before >= start and words.norms[before] in s.list_determiners:
            before -= 1
        near_list_word = any(
            words.matches(k, list_words) for k in range(max(start, i - 2), min(end, j + 2))
        )
        if name_at == clause.trigger:  # the list named first is the clause's trigger
            named = named or thing
            marked = j < end and words.norms[j] in v.triggers.list_marks
            used.update(range(max(before, start), j + 1 if marked else j))
        elif near_list_word or (before >= start and words.norms[before] in s.list_prepositions):
            if not adding_refused(words, i, v.triggers):
                # "don't add milk to the costco list, add it to the groceries list": the list
                # refused names none
                named = named or thing
            used.update(range(max(before, start), j))
        elif (
            i > clause.trigger + 1
            and _ends_clause(words, j, end)
            and (
                words.norms[i - 1] not in s.separators  # "фрукты и продукты": two items
                or _labels_last(words, i - 1, start, s)
            )
        ):
            named = named or thing  # "купи губки хозтовары", "add paper towels costco"
            used.update(range(i, j))
    # "добавь в покупкт …", "add bananas to grocerirs": its phrase joins ``used``
    named = named or _misspelt_list(words, clause, household, v, used)
    if not words.classes2 & LIST_LEMMAS:  # every lemma is in the vocabulary
        return used, named, False  # no "список"/"list": most texts
    unknown = False
    for k in range(start, end):
        if words.lemmas[k] not in s.list_lemmas:
            continue
        used.add(k)
        b = k - 1
        while b >= start and (words.norms[b] in s.list_determiners or b in used):
            used.add(b)
            b -= 1
        if named is None and b >= start and words.norms[b] not in s.list_prepositions:
            # "to the walmart list": words no list is named by, between a preposition and
            # "list", name a list the household does not have (and are no item)
            p = b
            while p >= start and p > k - _NAME_WORDS and words.infos[p] is not None:
                if words.norms[p] in s.list_prepositions:
                    break
                p -= 1
            if p >= start and words.norms[p] in s.list_prepositions:
                used.update(range(p, k))
                unknown = True
            elif (
                p < start
                and k + 1 < end
                and words.norms[k + 1] in v.triggers.list_marks
                and all(words.infos[m] is not None for m in range(start, k))
            ):
                # "Bunnings list: screws …": words opening the command before "list" and its
                # colon name a list the household does not have (and are no item)
                used.update(range(start, k))
                unknown = True
        if b >= start and words.norms[b] in s.list_prepositions:
            used.add(b)
            # "to the Costco list": an unknown word between preposition and "list" names a list
            if (
                named is None
                and k - b >= 2
                and any(words.norms[m] not in s.list_determiners for m in range(b + 1, k))
            ):
                unknown = True
        # "список покупок/продуктов": the genitive after "список" is part of the phrase
        nxt = k + 1
        if nxt < end and words.lemmas[nxt] in s.list_genitives and named is None:
            used.add(nxt)
    return used, named, unknown


_LIST_TYPO_SHORTEST: Final = 5  # shorter names are too often another word one letter away


def _misspelt_list(
    words: Words, clause: Clause, household: HouseholdIndex, v: Vocabulary, used: set[int]
) -> NamedThing | None:
    """ "добавь в продуктв 1 кг яблок", "add bananas & greek yoghurt to grocerirs": a word
    no dictionary knows, after a preposition of where items go (past ``list_determiners``),
    right after the verb, or before a mark, the clause's end or "list", one edit (a letter
    missing, extra, wrong, or two swapped) from one word of exactly one list's name (its
    lemma, or its spelling) names that list; one that says "list" where no list is called
    so, or one edit from it ("в покупкт", "to groceries,"; not before "list": "on the
    groceries list" is a list the household lacks), names none. The preposition, the word
    and what stands between them join ``used``, the list phrase's tokens."""
    s, norms, infos = v.shopping, words.norms, words.infos
    start, end, trigger = clause.start, clause.end, clause.trigger
    for k in range(start + 1, end):
        at = k - 1
        while at > start and norms[at] in s.list_determiners:  # "to the costko list"
            at -= 1
        if norms[at] not in s.list_goal_prepositions:
            continue
        info = infos[k]
        if (
            info is None
            or len(norms[k]) < _LIST_TYPO_SHORTEST
            or (info.is_russian and not info.guessed)
            or norms[k] in s.known_products
            or not (
                at == trigger + 1
                or k + 1 >= end
                or words.tokens[k + 1].kind == "punct"  # "… to grocerirs, not sauce"
                or words.lemmas[k + 1] in s.list_lemmas  # "… costko list"
            )
        ):
            continue
        found = [
            thing
            for thing, keys in household.list_names
            if len(keys) == 1
            and len(keys[0]) >= _LIST_TYPO_SHORTEST
            and (_one_edit(norms[k], keys[0]) or _one_edit(norms[k], _said_name(thing, v)))
        ]
        if len({thing.id for thing in found}) == 1:
            used.update(range(at, k + 1))
            return found[0]
        if not found and k + 1 < end and words.lemmas[k + 1] in s.list_lemmas:
            continue  # "on the groceries list": a list the household lacks, read below
        if not found and _misspells_a_list_word(norms[k], s):
            used.update(range(at, k + 1))  # "в покупкт": the list word, no name, no item
    return None


def _misspells_a_list_word(typed: str, s: ShoppingWords) -> bool:
    """ "покупкт", "groceries" where no list is called so: a word that says "list" ("покупки",
    "groceries": ``cue_heading_nouns``; "список": ``list_lemmas``) of five letters or more, or
    one edit from one."""
    return any(
        len(word) >= _LIST_TYPO_SHORTEST and (typed == word or _one_edit(typed, word))
        for word in s.list_lemmas | s.cue_heading_nouns
    )


def _said_name(thing: NamedThing, v: Vocabulary) -> str:
    """A list's name as its words are compared, lower case ("Покупки": "покупки")."""
    return normalise_text(thing.name, v.text).strip().lower()


def _one_edit(typed: str, name: str) -> bool:
    """``typed`` is ``name`` with one letter missing, extra or wrong, or two swapped."""
    if typed == name or abs(len(typed) - len(name)) > 1:
        return False
    if len(typed) == len(name):
        differ = [k for k in range(len(name)) if typed[k] != name[k]]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == name[differ[1]]
            and typed[differ[1]] == name[differ[0]]
        )
    short, long = (typed, name) if len(typed) < len(name) else (name, typed)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _quoted_name(
    words: Words, span: tuple[int, int], clause: Clause, s: ShoppingWords
) -> tuple[int, int]:
    """The span ``(i, j)`` of a list's name ``words[i:j]`` with the quotes around it ("в
    «Продукты»", 'to "Costco"'): both marks belong to the name's phrase, none to an item."""
    (i, j), norms = span, words.norms
    if (
        i > clause.start
        and j < clause.end
        and norms[i - 1] in s.list_name_quotes
        and norms[j] in s.list_name_quotes
    ):
        return i - 1, j + 1
    return i, j


def _labels_last(words: Words, mark: int, start: int, s: ShoppingWords) -> bool:
    """ "milk, eggs — pharmacy", "губки, порошок — хозтовары": a list's name said alone at the
    end after a dash that is the clause's only heading mark labels the list; a list whose
    items a dash parts ("молоко - хлеб - продукты") keeps the name as an item."""
    norms, marks = words.norms, s.list_heading_marks
    return norms[mark] in marks and not any(norms[k] in marks for k in range(start, mark))


def _ends_clause(words: Words, j: int, end: int) -> bool:
    """Nothing but marks from ``j`` to the clause's end."""
    return all(words.infos[k] is None and words.tokens[k].kind == "punct" for k in range(j, end))


def _pieces(
    words: Words, indices: list[int], morphology: Morphology, v: Vocabulary
) -> list[list[int]]:
    pieces: list[list[int]] = [[]]
    separators = v.shopping.separators
    abbreviations = v.units.abbreviations
    chosen = set(indices)
    shop, add = v.triggers.shop_verbs, v.triggers.add_verbs  # (not "нужно для борща")
    tokens = words.tokens
    lines = _LINE_BREAK in words.text
    joined = words.classes2 & JOINED_STARTS  # a joined name's first word is said ("mac")
    complements = words.classes0 & COORDINATED_PREPOSITIONS  # (what _continues_complement reads)
    for index in indices:
        before = index - 1
        if tokens[index].kind == "number" and _numbers_a_line(words, index):
            pieces.append([])  # "… 2) cling film": a numbered line starts an item
        elif lines and pieces[-1] and before >= 0 and _line_starts(words, before, v):
            pieces.append([])  # "соевый соус 250 мл\nкунжут": a note's next line
        if (
            pieces[-1]
            and pieces[-1][-1] < before  # (a count said anew goes before: "пачку, нет, две")
            and before not in chosen
            and (words.matches(before, shop) or words.matches(before, add))
        ):
            pieces.append([])  # "- cough drops add these": a verb between ends an item
        if (
            words.norms[index] in separators
            and not (
                joined and _joins_a_name(words, index, v.shopping)  # "mac and cheese"
            )
            and not (complements and _continues_complement(words, index, v))
            and not (  # the "N" of "N95 masks": a letter of a code, typed onto its number
                tokens[index].kind == "word" and _typed_onto_number(words, index)
            )
            and not (
                words.tokens[index].kind == "punct"
                and index > 0
                and (
                    # the dot of "2 lbs. of" ("молоко 2 л, хлеб": a comma still ends the item)
                    (words.norms[index] == _DOT and words.norms[index - 1] in abbreviations)
                    or fraction_at(words.tokens, index - 1)  # the slash of "1/2 gallon"
                    or _glued_inside(words, index)  # the hyphen of "WD-40"
                )
            )
        ):
            pieces.append([])
        else:
            pieces[-1].append(index)
    out: list[list[int]] = []
    no_articles = not words.classes2 & ARTICLES  # (English said without commas)
    for whole in pieces:
        for piece in _split_at_counts(words, whole, v):
            if no_articles:
                out.extend(_split_noun_run(words, piece, morphology, v))
            else:
                for run in _split_at_articles(words, piece, v):
                    out.extend(_split_noun_run(words, run, morphology, v))
    phrases = v.shopping.product_phrases
    if phrases:  # "milk eggs", "squash fish fingers kitchen roll", "яйца milk"
        out = [run for part in out for run in _split_product_run(words, part, v.shopping)]
    return [p for p in out if p]


def _split_product_run(words: Words, part: list[int], s: ShoppingWords) -> list[list[int]]:
    """A part that is nothing but known products typed one after another, English or mixed
    ("milk eggs", "squash fish fingers kitchen roll", "яйца milk"), one item each; a product
    named by more words stays whole (``product_phrases``: "peanut butter", "fish fingers").
    A part holding any other word ("sunscreen spf 50", "no added sugar squash") or only
    Russian words (read by ``_split_noun_run``) is left as it is."""
    if len(part) < 2 or part[-1] - part[0] != len(part) - 1:
        return [part]
    infos, norms, tokens = words.infos, words.norms, words.tokens
    if all((info := infos[k]) is not None and info.is_russian for k in part):
        return [part]
    runs: list[list[int]] = []
    n = 0
    while n < len(part):
        size = next(
            (
                size
                for size in (3, 2, 1)
                if tuple(norms[k] for k in part[n : n + size]) in s.product_phrases
            ),
            0,
        )
        if not size and tokens[part[n]].kind == "word" and words.matches(part[n], s.known_products):
            size = 1
        if not size:
            return [part]  # a word of no known product: a name as typed
        if runs and (
            _kind_in_english(words, runs[-1][-1], part[n], s)
            or _modifies(words, runs[-1], part[n : n + size], s)
        ):
            return [part]
        runs.append(part[n : n + size])
        n += size
    return runs


def _modifies(words: Words, first: list[int], second: list[int], s: ShoppingWords) -> bool:
    """A one-word product that names a flavour, a meat, a fruit or a grain before a product
    named by such words ("chocolate ice cream", "pork sausages", "rice milk", "cheese pizza":
    ``kind_words`` before ``kind_heads``): one product, no two items ("milk
    eggs", "bread butter", "cheese grapes" split)."""
    norms = words.norms
    return (
        len(first) == 1
        and norms[first[0]] in s.kind_words
        and " ".join([norms[k] for k in second]) in s.kind_heads
    )


def _split_at_counts(words: Words, piece: list[int], v: Vocabulary) -> list[list[int]]:
    """A list said without commas, each item with its count (speech-to-text writes no
    commas). Russian says the count after the name: a noun in a direct case (or an adjective
    before one) after a name in a direct case, its count and its unit starts the next item
    ("мандарины два кило шампанское три бутылки", "молоко 2 литра хлеб"). English says it
    before: a count after a name whose item opened with its own count starts the next ("three
    yogurts 2 avocados"). A Russian name in the genitive before its count ("молока шесть
    литров творог две пачки") is a name too. A code system's number ("подгузники 2 пачки размер 4"), a link ("3
    packs of 2 …"), a bare count ("купи хлеб две булки": the count is the next item's), an
    adjective alone after the measure ("кабель 3 метра медный") start nothing."""
    tokens, norms, infos = words.tokens, words.norms, words.infos
    numbers, units = v.numbers, v.units.forms
    for index in piece:  # (``read_number``'s first filter, without a call per word: most pieces)
        norm = norms[index]
        if (
            tokens[index].kind == "number"
            or norm in numbers.words
            or norm in numbers.articles
            or norm in numbers.decimal_points
            or norm in numbers.decimal_zeros
        ):
            break
    else:
        return [piece]
    counts = [read_number(tokens, index, numbers) is not None for index in piece]
    if not any(counts):
        return [piece]
    parts: list[list[int]] = [[]]
    led = False  # the current item opened with its count (English)
    named = False  # a name's word was said in the current item
    state = _NO_PART  # what came last: a name's word, its count, its unit
    partitive = False  # the last name's word was a partitive ("молока шесть литров")
    posed = False  # an English product said before its count and unit ("beef 2 pounds")
    for n, index in enumerate(piece):
        info = infos[index]
        if counts[n]:
            nxt = piece[n + 1] if n + 1 < len(piece) else None
            following = infos[nxt] if nxt is not None else None
            if (
                led
                and named
                and info is None
                and following is not None
                and not following.is_russian
                # "2 percent", "6 free range", "3 of them": what the count is said of
                and words.matches(index + 1, v.shopping.known_products)
                # "zinc 50 mg": a strength (or another measure) after the number
                and norms[index + 1] not in units
                and norms[index + 1] not in v.shopping.strength_units
                and n > 0
                and not (words.classes2 & CODE_STARTS and _code_system_at(words, piece[n - 1], v))
                and not _glued_to_word(tokens, index)  # "3 N99 filters": a code
            ) or (n > 0 and _count_starts_next(words, piece, n, parts[-1], v)):
                parts.append([])  # "three yogurts | 2 avocados", "три авокадо | два лайма"
                named = False
            elif not parts[-1]:
                led = True
            if posed and state == _COUNT_PART and norms[index] in v.units.multipliers:
                # "… 2 pounds eggs a dozen": in a list whose counts follow their products,
                # a count's multiplier measures the item whole ("milk a dozen eggs" opens one)
                state = _UNIT_PART
            else:
                state = _COUNT_PART if state == _NAME_PART else _NO_PART
            parts[-1].append(index)
            continue
        if norms[index] in units and info is not None:
            posed = posed or (state == _COUNT_PART and not led and not info.is_russian)
            state = _UNIT_PART if state == _COUNT_PART else _NO_PART
        elif info is not None:
            if (
                state == _UNIT_PART
                and info.is_russian
                and (
                    # "… два мотка | мелких гвоздей три пачки": a partitive said with its
                    # adjective, its own measure after it, is the next item's
                    _described_partitive(words, index, piece[n + 1 :], v)
                    or (
                        (
                            _starts_a_name(words, index, piece[n + 1 :])
                            or _partitive_before_measure(words, index, piece[n + 1 :], v)
                        )
                        and _opens_an_item(words, index, piece[n + 1 :], v)
                        # after a partitive, a noun ("молока шесть литров творог"): an
                        # adjective there is as often a brand's ("пельменей две пачки
                        # сибирская коллекция")
                        and not (partitive and info.pos != _NOUN)
                    )
                )
                and not (words.classes2 & CODE_STARTS and _code_system_at(words, index, v))
            ):
                parts.append([])  # "мандарины два кило | шампанское"
                led = False
            elif n > 1 and info.is_russian and _named_after_counted(words, piece, n, v):
                parts.append([])  # "два лайма | кинзу"
                led = False
            elif (
                state == _UNIT_PART
                and not led
                and _product_after_measure(words, piece, n, parts[-1], v)
            ):
                parts.append([])  # "ground beef 2 pounds | eggs a dozen"
            english_posed = (  # an English name said before its count ("okra 2 pounds")
                not info.is_russian and not led and words.matches(index, v.shopping.known_products)
            )
            russian_name = info.is_russian and _starts_a_name(words, index, [])
            english_name = not info.is_russian and (
                norms[index] not in v.units.name_links
                and norms[index] not in numbers.articles
                and norms[index] not in v.shopping.item_filler
            )
            named = named or russian_name or english_name
            # "молока шесть литров творог …": a name in the genitive before its count
            # (the partitive of speech) is a name's word as much as one in a direct case
            # ("2 кг картошки 3 кг лука": one a measure before it governs is no such name)
            partitive = bool(
                info.is_russian
                and info.pos == _NOUN
                and info.noun_case == _GENITIVE
                and not any(counts[m] for m in range(n) if piece[m] in parts[-1])
            )
            state = _NAME_PART if russian_name or partitive or english_posed else _NO_PART
        elif not parts[-1]:
            led = False
        parts[-1].append(index)
    return parts


def _product_after_measure(
    words: Words, piece: list[int], n: int, part: list[int], v: Vocabulary
) -> bool:
    """An English product (or a word before one) right after the measure said after the last
    item's name (in ``part``) starts the next item: a list said without commas with each
    count after its product ("ground beef 2 pounds | eggs a dozen | whole milk", "potatoes 2
    bags | onions"); a word that only describes ("2 pounds extra lean") stays with the item,
    and so does the same product said again ("milk 2 gallons whole milk": a restatement)."""
    index = piece[n]
    info = words.infos[index]
    if info is None or info.is_russian or piece[n - 1] != index - 1:
        return False
    # the last item's product: its word right before its count
    product = next(
        (
            part[k - 1]
            for k in range(1, len(part))
            if read_number(words.tokens, part[k], v.numbers) is not None
        ),
        -1,
    )
    if words.matches(index, v.shopping.known_products):
        return not _same_product(words, index, product)
    return (
        n + 1 < len(piece)
        and piece[n + 1] == index + 1
        and (following := words.infos[index + 1]) is not None
        and not following.is_russian
        and words.matches(index + 1, v.shopping.known_products)
        and not _same_product(words, index + 1, product)
    )


def _same_product(words: Words, index: int, product: int) -> bool:
    """The word at ``index`` names the product at ``product`` again ("milk … whole milk")."""
    said, again = words.infos[product] if product >= 0 else None, words.infos[index]
    return said is not None and again is not None and said.lemma == again.lemma


def _count_starts_next(
    words: Words, piece: list[int], n: int, part: list[int], v: Vocabulary
) -> bool:
    """The count at ``piece[n]``, right after a noun or a unit of an item (``part``) that has
    its name and its measure already, starts the next item when a product's name follows it,
    after its unit and "of" if said: a list said without commas ("три авокадо | два лайма",
    "кило яблок | два кило апельсинов", "молоко 2 литра | 3 йогурта", "кинзы пучок | два
    лайма", "8 kilo chicken thighs | 2 flats of eggs", "milk 1 gallon | 2 loaves of bread").
    Not after a word binding the count to the item (a rate, a price, a time: "3 пачки по 72
    шт", "2 pizzas for 10", ``count_bound_leads``; a code: "size 4 diapers"), nor in a name
    that holds its number ("2 пиццы четыре сыра", ``named_counts``), nor before what is no
    product (``_counts_a_product``); an item with no measure yet keeps a count after its name
    ("яйца 10 штук", "молоко 2 хлеба" is left unread)."""
    index, before = piece[n], piece[n - 1]
    tokens, norms = words.tokens, words.norms
    numbers, s = v.numbers, v.shopping
    if (
        before != index - 1
        or tokens[before].kind != "word"
        or norms[index] in numbers.articles  # "… a bag of salt": ``_split_at_articles``'s
        or _glued_to_word(tokens, index)  # "b 12", "3.2%"
        or words.matches(before, s.count_bound_leads)
        or words.matches(before, s.code_systems)  # "size | 4 diapers": a code's number
        or not _counted_before(words, before)
        or read_number(tokens, before, numbers) is not None  # "two point | five"
        or (index + 1 < len(norms) and (norms[index], norms[index + 1]) in s.named_counts)
        or _said_approximately(words, before, v)
        or not _measured_and_named(words, part, v)
    ):
        return False
    number = read_number(tokens, index, numbers)
    if number is None or number.end > piece[-1]:
        return False
    at = number.end
    if norms[at] in numbers.words and at < piece[-1]:
        at += 1  # "2 десятка | яиц", "1 dozen | eggs": a count's multiplier
    linked = False
    if norms[at] in v.units.forms and norms[at] not in s.strength_units:
        at += 1  # "два кило | картошки", "2 bags | of rice"
        if at < len(norms) and norms[at] in s.measure_links:
            at, linked = at + 1, True
    elif at + 1 < len(norms) and norms[at + 1] in s.measure_links:
        at, linked = at + 2, True  # "2 flats of | eggs": a measure word with no code
    if at > piece[-1] or tokens[at].kind != "word":
        return False
    return _counts_a_product(words, at, linked, v)


def _named_after_counted(words: Words, piece: list[int], n: int, v: Vocabulary) -> bool:
    """A Russian noun of the dictionary in the nominative or the accusative right after a noun
    in the genitive that a count right before it governs starts the next item, one said with
    no count ("два лайма | кинзу"); after a unit the name goes on ("три бутылки удобрения",
    "2 бутылки колы зеро"), and an adjective ("вина красного"), a name capitalised or guessed
    ("чая Липтон"), a dative ("корма кошке") and what is no product (``uncounted_heads``) stay
    with the item."""
    index, counted, count = piece[n], piece[n - 1], piece[n - 2]
    info, counted_info = words.infos[index], words.infos[counted]
    if (
        info is None
        or info.pos != _NOUN
        or (info.guessed and not words.matches(index, v.shopping.known_products))  # "кинзу"
        or info.noun_case not in _DIRECT_CASES
        or counted != index - 1
        or count != counted - 1
        or counted_info is None
        or counted_info.pos != _NOUN
        or counted_info.noun_case != _GENITIVE
        or words.is_capitalised(index)
        or words.matches(index, v.shopping.uncounted_heads)
        or is_measure_word(words.norms[index], v.units)
        or is_measure_word(words.norms[counted], v.units)  # "три бутылки удобрения"
    ):
        return False
    # (after a unit the item's name goes on: "2 бутылки колы зеро")
    return read_number(words.tokens, count, v.numbers) is not None


def _said_approximately(words: Words, before: int, v: Vocabulary) -> bool:
    """A unit in the genitive with no count of its own right before the count: Russian says an
    amount roughly with the unit first ("мандарины килограмм два", "мяса килограмма три"), so
    the count is that unit's, no next item's ("молоко 2 литра | 3 йогурта" has its count
    before, "укропа пучок | три огурца" its unit in the nominative)."""
    info = words.infos[before]
    return (
        info is not None
        and info.noun_case == _GENITIVE  # ("укропа пучок | три огурца": a unit said after its
        and is_measure_word(words.norms[before], v.units)  # product in its own case)
        and (before == 0 or read_number(words.tokens, before - 1, v.numbers) is None)
    )


def _measured_and_named(words: Words, part: list[int], v: Vocabulary) -> bool:
    """``part`` holds a count or a measure word ("три", "2", "кило", "полкило", "пучок") and
    a word of a name (a Russian noun that is no measure, a word of another language that is
    no measure, link or number): an item said whole."""
    tokens, norms, infos = words.tokens, words.norms, words.infos
    numbers, units = v.numbers, v.units
    measured = named = False
    for k in part:
        norm = norms[k]
        if tokens[k].kind == "number" or norm in numbers.words or is_measure_word(norm, units):
            measured = True
        elif (info := infos[k]) is not None and (
            (info.is_russian and info.pos == _NOUN)
            or (
                not info.is_russian
                and norm not in units.name_links
                and norm not in numbers.articles
                and norm not in v.shopping.item_filler
            )
        ):
            named = True
    return measured and named


def _counted_before(words: Words, before: int) -> bool:
    """The word before a count ends an item's name or its measure: a Russian noun
    ("авокадо", "картошки", "литра") or a word of another language ("thighs", "gallon")."""
    info = words.infos[before]
    return info is not None and (not info.is_russian or info.pos == _NOUN)


def _counts_a_product(words: Words, at: int, linked: bool, v: Vocabulary) -> bool:
    """The word at ``at`` after a count (and its unit) opens a product's name: a Russian noun
    in a case a count governs, or an adjective before one ("два лайма", "три кило лука", "две
    пачки сливочного масла"); after "of" any other word ("2 flats of eggs"), else a known
    product ("2 avocados", "5 kg sugar"; not "750 ml red", "1 kg boneless"). Never a price, a
    share, a part, a kind, a date, a time or a code ("3 слоя", "500 листов", "3 вида", "2015
    года", ``uncounted_heads``, months, spans, ``code_systems``, ``code_scales``), nor the one
    it is for ("3 кошкам": a dative)."""
    s, dates = v.shopping, v.dates
    norm = words.norms[at]
    if (
        words.matches(at, s.uncounted_heads)
        or norm in dates.months
        or norm in dates.spans
        or norm in dates.day_of_month_words
        or words.matches(at, s.code_systems)
        or words.matches(at, s.code_scales)
        or norm in s.strength_units
        or norm in v.units.forms
        or norm in v.numbers.words
    ):
        return False
    info = words.infos[at]
    if info is None:
        return False
    if info.is_russian:
        if info.pos == _NOUN:
            # a first name that is no product ("два | петя не трогай"; "лука" is a product)
            return info.noun_case in _COUNTED_CASES and not (
                info.is_name and not words.has_lemma(at, s.known_products)
            )
        following = words.infos[at + 1] if at + 1 < len(words.norms) else None
        return (
            info.pos == _ADJECTIVE
            and following is not None
            and following.pos == _NOUN
            and following.noun_case in _COUNTED_CASES
            and not words.matches(at + 1, s.uncounted_heads)
        )
    return linked or words.matches(at, s.known_products)


def _partitive_before_measure(words: Words, index: int, rest: list[int], v: Vocabulary) -> bool:
    """A Russian noun in the genitive at ``index`` right before a count or a unit of its own
    ("сахара два кило | муки килограмм"): the partitive of the next item, not a complement
    of the last one ("кабель 3 метра медный", "мешок 5 кг картошки" keep theirs)."""
    info = words.infos[index]
    if info is None or info.pos != _NOUN or info.noun_case != _GENITIVE:
        return False
    if not rest or rest[0] != index + 1:
        return False
    return (
        read_number(words.tokens, index + 1, v.numbers) is not None
        or words.norms[index + 1] in v.units.forms
    )


def _described_partitive(words: Words, index: int, rest: list[int], v: Vocabulary) -> bool:
    """Russian adjectives in the genitive at ``index``, then a noun in the genitive right
    before its own count or unit ("мелких гвоздей три пачки", "сухих дрожжей пять пакетиков"):
    the partitive of the next item with what describes it."""
    infos = words.infos
    k = index
    while (info := infos[k]) is not None and info.pos == _ADJECTIVE:
        if k + 1 not in rest:
            return False
        k += 1
    return k > index and _partitive_before_measure(words, k, rest[rest.index(k) + 1 :], v)


def _opens_an_item(words: Words, index: int, rest: list[int], v: Vocabulary) -> bool:
    """The name at ``index`` after a measure is the next item's, not the last one's
    description: an adjective alone ("картошку 5 кг молодую", "вино 2 бутылки красное") or a
    word the dictionary lacks ("помидоры 1 кг черри") only when it is itself a known product
    ("шампанское")."""
    info = words.infos[index]
    if info is None:
        return False
    following = words.infos[rest[0]] if rest and rest[0] == index + 1 else None
    alone = info.pos == _ADJECTIVE and not (
        following is not None and following.pos == _NOUN and following.may_be_direct
    )
    if alone or info.guessed or info.pos is None:
        return words.matches(index, v.shopping.known_products)
    return True


def _glued_to_word(tokens: tuple[Token, ...], index: int) -> bool:
    """The number at ``index`` is typed onto the token before or after it."""
    return (index > 0 and tokens[index - 1].end == tokens[index].start) or (
        index + 1 < len(tokens) and tokens[index + 1].start == tokens[index].end
    )


def _starts_a_name(words: Words, index: int, rest: list[int]) -> bool:
    """A Russian noun in a direct case, or an adjective before one, at ``index``."""
    info = words.infos[index]
    if info is None:
        return False
    if info.pos == _NOUN:
        return info.may_be_direct and info.noun_case != _GENITIVE
    if info.pos == _ADJECTIVE and info.may_be_direct:
        return True  # "шампанское", "мороженое": an adjective that is a noun too
    if info.pos == _ADJECTIVE and rest and rest[0] == index + 1:
        following = words.infos[rest[0]]
        return following is not None and following.pos == _NOUN and following.may_be_direct
    return False


def _continues_complement(words: Words, index: int, v: Vocabulary) -> bool:
    """A Russian conjunction between two nouns in the same oblique case, the first governed by
    a preposition of what an item is (``coordinated_prepositions``) at most three words before
    it: the second is governed too, no item of its own ("с мёдом и лимоном", "для рук и ног",
    "от кашля и насморка"); a noun that may be nominative or accusative ("…для кошек и
    молоко") starts an item."""
    infos, norms = words.infos, words.norms
    if index < 2 or index + 1 >= len(norms) or words.tokens[index].kind != "word":
        return False
    first, second = infos[index - 1], infos[index + 1]
    if (
        first is None
        or second is None
        or not second.is_russian
        or second.pos != _NOUN
        or second.may_be_direct
        or second.noun_case in (None, "nomn")
        or first.noun_case != second.noun_case
    ):
        return False
    prepositions = v.shopping.coordinated_prepositions  # ("за кефиром и батоном": errands)
    for k in range(index - 2, max(0, index - 4) - 1, -1):
        if read_number(words.tokens, k, v.numbers) is not None or norms[k] in v.units.forms:
            return False  # "для кур два мешка и отрубей": a measure closed the item
        if norms[k] in prepositions:
            return True
    return False


def _tells(norm: str, s: ShoppingWords) -> bool:
    return (
        norm in s.clause_words
        or norm in s.item_filler_forms
        or norm in s.clause_links
        or norm in s.subject_pronouns
    )


def _split_at_articles(words: Words, piece: list[int], v: Vocabulary) -> list[list[int]]:
    """English said with no commas: an article after a noun starts the next item ("3 kilos of
    potatoes a head of cabbage and a bacon joint"); not after a number or a link ("half a
    dozen", "a bag of a good brand"), nor before a rate ("water a day")."""
    norms, articles = words.norms, v.numbers.articles
    links, number_words = v.units.name_links, v.numbers.words
    parts: list[list[int]] = [[]]
    for n, index in enumerate(piece):
        if (
            n > 0
            and parts[-1]
            and norms[index] in articles
            and n + 1 < len(piece)
            and norms[piece[n + 1]] not in v.shopping.bare_list_rates
            and (before := piece[n - 1]) == index - 1
            and words.tokens[before].kind == "word"
            and norms[before] not in links
            and norms[before] not in number_words
            and norms[before] not in articles
            and norms[before] not in v.shopping.item_filler
            and not _tells(norms[before], v.shopping)  # "there's a good lad", "you are a …"
        ):
            parts.append([])
        parts[-1].append(index)
    return parts


def _numbers_a_line(words: Words, index: int) -> bool:
    tokens = words.tokens
    return (
        tokens[index].kind == "number"
        and index + 2 < len(tokens)
        and tokens[index + 1].norm == _LINE_MARK
        and tokens[index + 1].start == tokens[index].end
        and tokens[index + 2].kind == "word"
    )


def _joins_a_name(words: Words, index: int, s: ShoppingWords) -> bool:
    """The joiner at ``index`` is inside one product's name ("mac and cheese", "Ben & Jerry's",
    "sweet 'n' sour": ``ShoppingWords.joined_names``), not between two items."""
    if index == 0 or index + 1 >= len(words.tokens) or not s.joined_names:
        return False
    norms = words.norms
    before, after = index - 1, index + 1
    if norms[before] == "'":  # "fish 'n' chips": the joiner's own marks
        before -= 1
    if after + 1 < len(norms) and norms[after] == "'":
        after += 1
    return before >= 0 and (norms[before], norms[after]) in s.joined_names


def _line_starts(words: Words, before: int, v: Vocabulary) -> bool:
    """A note's line break between ``before`` and the next token, after a word that does not
    lead into the next line (an adjective, a preposition, a number word, "of", "a")."""
    tokens = words.tokens
    if _LINE_BREAK not in words.text[tokens[before].end : tokens[before + 1].start]:
        return False
    info = words.infos[before]
    if info is None:
        return True  # "… 2 пач.\n", "… 250 мл\n"
    norm = words.norms[before]
    return not (
        info.pos in _LEADS_ON
        or norm in v.units.links
        or norm in v.units.name_links
        or norm in v.numbers.articles
        or norm in v.shopping.separators
    )


def _code_system_at(words: Words, index: int, v: Vocabulary) -> bool:
    """A code system's word before its number ("размер 3", "класс 2")."""
    after = index + 1
    return (
        words.norms[index] in v.shopping.code_systems
        and after < len(words.tokens)
        and words.tokens[after].kind == "number"
    )


def _typed_onto_number(words: Words, index: int) -> bool:
    """A word typed with no space before or after a number ("N95", "3n")."""
    tokens = words.tokens
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].kind == "number"
        and tokens[index + 1].start == tokens[index].end
    ) or (
        index > 0
        and tokens[index - 1].kind == "number"
        and tokens[index - 1].end == tokens[index].start
    )


def _glued_inside(words: Words, index: int) -> bool:
    """A mark typed with no space between a word and a number ("WD-40", "K2-18"): part of a
    name's spec, no separator."""
    tokens = words.tokens
    if index + 1 >= len(tokens):
        return False
    before, mark, after = tokens[index - 1], tokens[index], tokens[index + 1]
    return (
        before.end == mark.start
        and mark.end == after.start
        and "number" in (before.kind, after.kind)
        and "word" in (before.kind, after.kind)
    )


def _split_noun_run(
    words: Words, piece: list[int], morphology: Morphology, v: Vocabulary
) -> list[list[int]]:
    """Russian lists typed without commas: each nominative noun after a noun starts an item."""
    # Token norms are normalised already: their unit is a plain look-up (``canonical_unit``
    # without normalising again).
    numbers, unit_forms = v.numbers, v.units.forms
    parts: list[list[int]] = [[]]
    previous_noun = False
    previous_guessed = False  # "киндер сюрприз": a brand no dictionary holds before its noun
    # "полкило фарша томатную пасту": the genitive a measure governs is complete, and a noun
    # in a direct case after it, or an adjective agreeing with such a noun and not with the
    # genitive, starts an item
    measured = -1  # the genitive noun right after a measure, or -1
    last = -1  # the token before, whose measure word is asked for only before a genitive
    # "творожка сметанки", "яйца сыр": a known product said first in the genitive (a
    # partitive, or "яйца" read so) is an item of its own before the next known product
    partitive = -1
    kind = -1  # the variety said last, which a second word may go on ("эрл грей")
    variety = False
    infos, tokens, norms = words.infos, words.tokens, words.norms
    for n, index in enumerate(piece):
        info = infos[index]
        case = info.noun_case if info is not None and not info.surname_or_adjective else None
        if (
            partitive == index - 1
            and case is not None
            and _product_after_partitive(words, index, info, v)
        ):
            parts.append([])  # "творожка сметанки", "яйца сыр", "яйца хлеба"
            previous_noun = False
        elif case is not None and _opens_described(words, piece, n, morphology, v):
            # "фольга пищевая плёнка", "манку рисовую кашу": the adjective before the next
            # known noun describes it, as a list writes it, and starts its item; after a
            # product whose kinds are named after it, it names that kind ("чай зелёный сахар")
            if _kind_after(words, piece[n - 2], piece[n - 1], morphology, v.shopping):
                parts.append([])
            else:
                parts.append([parts[-1].pop()])
            previous_noun = False
        if (
            measured >= 0
            and _opens_after_genitive(words, piece, n, measured, morphology)
            # "2 пачки подгузников размер 4": a code system names the genitive's code
            and not (words.classes2 & CODE_STARTS and _code_system_at(words, index, v))
            and not _names_a_variety(words, measured, index, morphology, v)  # "колы зеро"
        ):
            parts.append([])
            measured = -1
        if case is None:
            # Not a noun: it starts no item, and ends a run of nouns if it is a word or a
            # number, or (a punctuation mark, a time) if it reads as a quantity or a unit.
            parts[-1].append(index)
            if (
                tokens[index].kind in {"word", "number"}
                or read_number(tokens, index, numbers) is not None
                # ("лук ### морковь": a sign that measures only typed onto its number)
                or (norms[index] in unit_forms and norms[index] not in v.units.glued_only)
            ):
                previous_noun = False
                measured = -1
            last = index
            continue
        if (
            previous_noun
            and info is not None
            and info.may_be_direct
            and not info.guessed  # "кетчуп хайнц", "какао несквик": a brand after its noun
            # "киндер сюрприз", "хайнц кетчуп": … or before it (not before a person: "чак-чак,
            # внуки приедут")
            and not (previous_guessed and words.lemmas[index] not in v.tasks.person_nouns)
            and norms[index] not in unit_forms
            # "бельевую верёвку": the word before may be an adjective agreeing with this noun
            and not (index > 0 and morphology.agrees(norms[index - 1], norms[index]))
            and not morphology.governed(norms[index])  # "филе индейки": its complement
            # "подгузники размер 3": a code system before its number names the item's code,
            # as a letter typed onto one does ("цемент М500")
            and not (words.classes2 & CODE_STARTS and _code_system_at(words, index, v))
            and not _typed_onto_number(words, index)
            and not (variety := _names_a_variety(words, last, index, morphology, v, kind=kind))
        ):
            parts.append([])  # ("филе килограмм": a measure after its noun starts no item)
        # "чай эрл грей": a variety of more words goes on after its first
        kind = index if variety else -1
        variety = False
        parts[-1].append(index)
        guessed = info is None or info.guessed
        measured = (
            index
            if case == _GENITIVE
            and not guessed
            and last >= 0
            and is_measure_word(norms[last], v.units)
            else -1
        )
        if read_number(tokens, index, numbers) is not None or norms[index] in unit_forms:
            # "пару лимонов", "пачку масла": a quantity or measure governs the next noun
            previous_noun = False
        elif index > 0 and (prep := infos[index - 1]) is not None and prep.pos == _PREPOSITION:
            # "бирки для подписи одежды": a preposition governs the noun after it, whatever its
            # likeliest case; the genitive after that is its complement
            previous_noun = False
        else:
            previous_noun = case in ("nomn", "accs")
        partitive = (
            index
            if case == _GENITIVE
            and measured < 0
            and not previous_noun
            and not is_measure_word(norms[index], v.units)  # "пакета молока"
            and _opens_part(words, parts[-1], index)
            and words.matches(index, v.shopping.known_products)
            else -1
        )
        # a brand no dictionary holds that is itself a known product ("нутеллу гречку") is an
        # item of its own, no brand before its noun
        previous_guessed = (
            previous_noun
            and info is not None
            and info.guessed
            and not words.matches(index, v.shopping.known_products)
        )
        # "пачку масла", "полкило фарша": a measure word before ("3 баночки пюре": a count, no
        # measure)
        last = index
    return parts


def _kind_in_english(words: Words, head: int, index: int, s: ShoppingWords) -> bool:
    """A Russian product whose kinds are named after it, then a kind in English ("сыр
    cheddar", "хлеб sourdough"; ``variety_heads``): one product."""
    head_info, info = words.infos[head], words.infos[index]
    return (
        head_info is not None
        and head_info.is_russian
        and not (info is not None and info.is_russian)
        and words.lemmas[head] in s.variety_heads
    )


def _names_a_variety(
    words: Words, head: int, index: int, morphology: Morphology, v: Vocabulary, *, kind: int = -1
) -> bool:
    """The noun at ``index`` names the variety of the product right before it, a product
    whose kinds are so named, and is no known product itself ("сыр косичка", "мороженое
    пломбир", "соус барбекю"; "сыр молоко" is two items; ``ShoppingWords.variety_heads``),
    or the second word of such a variety (``kind``: "чай эрл грей"), or is the complement of a noun that takes one ("саженцы малины"; ``complement_heads``)."""
    if head != index - 1:
        return False
    s, lemma, info = v.shopping, words.lemmas[head], words.infos[index]
    return lemma in s.complement_heads or (
        (lemma in s.variety_heads or head == kind)
        and not words.matches(index, s.known_products)
        # "сыр Мама": one spoken to ("торт Наполеон": a name that is a thing too)
        and words.lemmas[index] not in v.tasks.person_nouns
        and not (info is not None and info.is_name and not info.thing_named_too)
        and morphology.may_be_singular(words.norms[index])  # "торт фрукты": two items
    )


def _opens_part(words: Words, part: list[int], index: int) -> bool:
    """``index`` is the first noun of ``part`` and follows no number, measure or preposition
    there: "купи творожка" opens with it, "пачку творожка" does not."""
    infos = words.infos
    for k in part:
        if k == index:
            return True
        info = infos[k]
        if words.tokens[k].kind == "number" or (
            info is not None and info.pos in (_NOUN, _PREPOSITION, "NUMR")
        ):
            return False
    return False


def _product_after_partitive(
    words: Words, index: int, info: WordInfo | None, v: Vocabulary
) -> bool:
    """A known product in the genitive or a direct case right after a partitive product
    ("творожка сметанки", "яйца сыр"): the next item, no complement of the first."""
    return (
        info is not None
        and info.is_russian
        and not info.guessed
        and (info.may_be_direct or info.noun_case == _GENITIVE)
        and words.matches(index, v.shopping.known_products)
        and words.norms[index] not in v.units.forms
    )


def _kind_after(
    words: Words, noun: int, adjective: int, morphology: Morphology, s: ShoppingWords
) -> bool:
    """The adjective after ``noun`` agrees with it, a product whose kinds are named after it:
    its kind ("чай зелёный", "пасту зубную"; ``variety_heads``)."""
    return words.lemmas[noun] in s.variety_heads and morphology.agrees(
        words.norms[adjective], words.norms[noun]
    )


def _opens_described(
    words: Words, piece: list[int], n: int, morphology: Morphology, v: Vocabulary
) -> bool:
    """``piece[n]`` is a noun in a direct case after an adjective agreeing with it that
    follows a noun of its own ("фольга пищевая плёнка", "манку рисовую кашу"), one of the two
    nouns known products: the adjective opens the second item, as a list writes it ("пачку
    чая зелёного" has no noun after its adjective)."""
    if n < 2:
        return False
    index, adjective, noun = piece[n], piece[n - 1], piece[n - 2]
    if adjective != index - 1 or noun != index - 2:
        return False
    infos, norms = words.infos, words.norms
    info, described, first = infos[index], infos[adjective], infos[noun]
    if info is None or described is None or first is None:
        return False
    known = v.shopping.known_products
    return (
        described.pos in _DESCRIBING
        and info.is_russian
        and not info.guessed
        and info.noun_case in _DIRECT_CASES
        and first.noun_case in _DIRECT_CASES
        and not first.surname_or_adjective
        and norms[index] not in v.units.forms
        and norms[noun] not in v.units.forms
        and words.matches(index, known)
        and words.matches(noun, known)
        and morphology.agrees(norms[adjective], norms[index])
        and not morphology.governed(norms[index])
    )


def _opens_after_genitive(
    words: Words, piece: list[int], n: int, genitive: int, morphology: Morphology
) -> bool:
    """Whether ``piece[n]`` opens an item after the ``genitive`` a measure governs: a known
    noun in a direct case ("литр молока хлеб"), or an adjective agreeing with such a noun
    right after it and not with the genitive ("полкило фарша томатную пасту"; "пачку чая
    зелёного" keeps the adjective)."""
    index = piece[n]
    info = words.infos[index]
    if info is None or not info.is_russian or info.guessed:
        return False
    norms = words.norms
    if info.pos == _NOUN and not info.surname_or_adjective:
        return info.noun_case in _DIRECT_CASES and not morphology.governed(norms[index])
    if info.pos not in _DESCRIBING or n + 1 >= len(piece) or piece[n + 1] != index + 1:
        return False
    noun = words.infos[index + 1]
    return (
        noun is not None
        and noun.pos == _NOUN
        and not noun.guessed
        and noun.noun_case in _DIRECT_CASES
        and morphology.agrees(norms[index], norms[index + 1])
        and not morphology.agrees(norms[genitive], norms[index])
    )


def _addressed(words: Words, piece: list[int], s: ShoppingWords) -> bool:
    """The piece's last word names whom the speaker talks to, alone or after a mark or a
    filler word ("…, love", "… please hen", "…, солнышко"): "yerba mate" keeps its word, and
    so does a preposition governing a thing ("гель для душа": the shower's, no "душа")."""
    last = piece[-1]
    if words.norms[last] not in s.address_words and not _signed(words, last):
        return False
    if len(piece) == 1 or last == 0:
        return True
    before = last - 1
    info, governed = words.infos[before], words.infos[last]
    if words.norms[before] in s.address_determiners:
        return False  # "buy a hen for roasting": the thing named
    return info is None or (
        words.norms[before] in s.item_filler
        and not (info.pos == _PREPOSITION and governed is not None and not governed.is_animate)
    )


def _tells_a_sale(words: Words, opening: int, name_indices: list[int], s: ShoppingWords) -> bool:
    """The piece is a clause about a sale (``sale_nouns``, by lemma), a remark on why now: a
    sale is its head, no word of the name right after it but a determiner ("…, сегодня
    акция", "…, big discount at Target", "…, big promo this week"), and the piece follows the
    items after a mark, or names nothing but sales ("купи скидку"); a sale word before
    another word of the name names a kind of it ("a garage sale sign", "a discount card",
    "the sale cheese"), and a piece said first is an item ("a sale sign for the garage sale")."""
    if not words.classes2 & SALE_NOUNS or not name_indices:
        return False
    lemmas, norms = words.lemmas, words.norms
    named = frozenset(name_indices)
    heads = [
        i
        for i in name_indices
        if lemmas[i] in s.sale_nouns
        and (i + 1 not in named or norms[i + 1] in s.definite_determiners)
    ]
    if not heads:
        return False
    if all(lemmas[i] in s.sale_nouns for i in name_indices):
        return True
    before = opening - 1
    return before >= 0 and words.tokens[before].kind == "punct"


# a mark that ends a sentence, before a name that signs the message ("…. Оксана", "…!\nЛена")
_SENTENCE_ENDS: Final = frozenset(".!?…")


def _qualifies_content(words: Words, piece: list[int], s: ShoppingWords) -> bool:
    """The piece's first word, a filler form, qualifies what a product holds right after it
    (``content_qualified``: "low sodium soup", "low fat milk"), so it is the name's; "low on
    milk" drops it."""
    return len(piece) > 1 and words.norms[piece[1]] in s.content_qualified


def _vocative_said_last(words: Words, piece: list[int], s: ShoppingWords) -> bool:
    """The piece's last word is a vocative of the British Isles (``vocatives_said_last``) that
    ends the text, only marks after it, right after a word that is no determiner, filler,
    preposition or word making a product of it ("add eggs mate", "buy bread love", "add milk
    to the list hen"; "dog food for the pet", "yerba mate", "love hearts" keep it)."""
    last = piece[-1]
    norms = words.norms
    if norms[last] not in s.vocatives_said_last:
        return False
    if any(words.tokens[k].kind != "punct" for k in range(last + 1, len(norms))):
        return False
    before = words.infos[last - 1]
    return (
        norms[last - 1] not in s.vocative_compound_heads
        and norms[last - 1] not in s.address_determiners
        and norms[last - 1] not in s.item_filler
        and not _is_preposition(before)
    )


def _signed(words: Words, last: int) -> bool:
    """The text's last word is a Russian first name in the nominative, written with a capital,
    after a mark that ends a sentence or a new line, with only such marks after it: whom the
    message is from or to ("…. Оксана", "…!\nТаня"), no product; after a comma, with no mark
    or in quotes it may be a kind ("торт, Наполеон", "клубника Виктория", "«Наполеон»")."""
    info = words.infos[last]
    if not (
        last > 0
        and info is not None
        and info.is_russian
        and info.is_name
        and info.noun_case == _NOMINATIVE
        and words.is_capitalised(last)
        and all(words.norms[k] in _SENTENCE_ENDS for k in range(last + 1, len(words.norms)))
    ):
        return False
    tokens = words.tokens
    mark = tokens[last - 1]
    if not (
        mark.norm in _SENTENCE_ENDS or _LINE_BREAK in words.text[mark.end : tokens[last].start]
    ):
        return False
    return not (info.thing_named_too and _kind_of_head(words, last))


def _typo_names_a_colour(words: Words, i: int, s: ShoppingWords) -> bool:
    """A colour (``ShoppingWords.typo_colours``) after the typed verb at ``i`` closes the name
    with it: the end, a mark or a closer follows ("pls ad blue to costco": AdBlue)."""
    norms, after = words.norms, i + 2
    return (
        i + 1 < len(norms)
        and norms[i + 1] in s.typo_colours
        and (
            after == len(norms)
            or words.infos[after] is None
            or norms[after] in s.typo_colour_closers
        )
    )


def _kind_of_head(words: Words, last: int) -> bool:
    """The word before the mark before ``last`` is a bare noun in the nominative or the
    accusative, a head that a name read as a thing too may name a kind of ("купи торт.
    Наполеон", "клубника. Виктория"); after a complement ("… пюре из индейки. Виктория"), a
    courtesy ("Спасибо. Виктория") or before a name of no thing ("купи хлеб. Оксана") the
    name signs."""
    k = last - 1
    while k >= 0 and words.infos[k] is None:
        k -= 1  # the marks between
    info = words.infos[k] if k >= 0 else None
    return (
        info is not None and info.is_russian and _is_noun(info) and info.noun_case in _DIRECT_CASES
    )


def _for_whom(words: Words, index: int, v: Vocabulary) -> bool:
    """An animal or a person named in the dative before the product is whom it is bought for
    ("купи коту корм", "возьми козе соли-лизунца", "купи соседке хлеб"); "корм для кошек"
    keeps its genitive complement."""
    info = words.infos[index]
    return (
        info is not None
        and info.noun_case == _DATIVE
        and (
            words.lemmas[index] in v.shopping.animal_recipients
            or words.has_lemma(index, v.tasks.person_nouns)  # (any reading: "деду")
        )
    )


def _is_product_word(words: Words, index: int, v: Vocabulary) -> bool:
    info = words.infos[index]
    s = v.shopping
    return (
        info is not None
        and not info.may_be_name
        and info.pos != _PRONOUN
        and words.norms[index] not in s.item_filler
        and words.lemmas[index] not in s.item_filler
        and words.norms[index] not in s.vague_markers
        and words.lemmas[index] not in v.tasks.person_nouns  # "имбирь для бабушки": for whom
    )


def _may_head(words: Words, index: int, v: Vocabulary) -> bool:
    """A product word, or a noun the dictionary also knows as a name: a brand heads its
    complement as well ("Агрикола для томатов"; members are out of the piece already)."""
    if _is_product_word(words, index, v):
        return True
    info = words.infos[index]
    return info is not None and info.pos == _NOUN and info.may_be_name and info.is_russian


def _may_follow(words: Words, index: int, v: Vocabulary) -> bool:
    """A product word, or a common noun written in lower case that some reading makes a name
    ("удобрение для роз"); "для Лены" and "для лены" (most probably a name) are whom it is
    for."""
    if _is_product_word(words, index, v):
        return True
    info = words.infos[index]
    return (
        info is not None
        and info.pos == _NOUN
        and info.is_russian
        and not info.is_name
        and not words.is_capitalised(index)
        and words.lemmas[index] not in v.tasks.person_nouns
    )


def _complement(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """The complement of a product's head noun: "корм для кошек", "средство от моли", "чай в
    пакетиках", "хлеб без глютена" (a preposition after the head, then the words it governs);
    empty when the preposition names who it is for ("подарок для Лены") or nothing follows.
    Every preposition whose complement ``_pieces`` keeps whole past "и"
    (``coordinated_prepositions``: "со сливками и орехами") opens one here too."""
    material = _material_complement(words, piece, v)
    if not words.classes0 & (COMPLEMENT_PREPOSITIONS | COORDINATED_PREPOSITIONS):
        return material  # most item phrases
    prepositions = v.open_world.complement_prepositions | v.shopping.coordinated_prepositions
    chained = v.shopping.chained_prepositions
    norms = words.norms
    for n in range(1, len(piece) - 1):
        if norms[piece[n]] not in prepositions or not _may_follow(words, piece[n + 1], v):
            continue
        if not any(_may_head(words, piece[k], v) for k in range(n)):
            continue  # no head before it: "в ашане сыр"
        kept = [piece[n]]
        for k in range(n + 1, len(piece)):
            index = piece[k]
            if (
                # "для горла с мёдом": a complement of the complement; "… и лимоном": its
                # second noun
                k + 1 < len(piece)
                and piece[k + 1] == index + 1
                and piece[k - 1] == index - 1
                and (
                    (norms[index] in chained and _may_follow(words, index + 1, v))
                    or _continues_complement(words, index, v)
                )
            ):
                kept.append(index)
                continue
            if (
                norms[index] in prepositions
                or not _is_product_word(words, index, v)
                # past the noun it governs ("от моли" may read as a verb), a verb starts a
                # clause: "… без выходных работаешь"
                or (k > n + 1 and _is_verb(words.infos[index]))
            ):
                break
            kept.append(index)
        return frozenset(kept) | material
    return material


def _material_complement(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """The surface a tool, fastener or coating works on, right after a product word it
    follows: "саморезы по металлу", "сверло по бетону", "грунт по ржавчине"
    (``material_prepositions`` before one of ``work_materials``) names which kind, so the
    preposition and the material stay in the name; "по дороге", "по акции" do not."""
    if not words.classes0 & MATERIAL_PREPOSITIONS:
        return _NO_INDICES  # most item phrases
    s = v.shopping
    norms, lemmas = words.norms, words.lemmas
    for n in range(1, len(piece) - 1):
        at, material = piece[n], piece[n + 1]
        if (
            norms[at] in s.material_prepositions
            and material == at + 1
            and lemmas[material] in s.work_materials
            # the head: a product word, or the noun right before ("сверло", "грунтовку")
            and (
                _is_noun(words.infos[piece[n - 1]])
                or any(_may_head(words, piece[k], v) for k in range(n))
            )
        ):
            return frozenset((at, material))
    return _NO_INDICES


def _use_complement(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """What the item is for, said right after its head: a preposition of use, an optional
    determiner and at most two words ending in a device, a part of the body or an ailment
    ("batteries for the smoke alarm", "syrup for cough", "cream for dry skin")."""
    if not words.classes2 & USE_OBJECTS:
        return _NO_INDICES  # most item phrases
    s, norms = v.shopping, words.norms
    determiners = v.tasks.person_determiners
    for n in range(1, len(piece) - 1):
        at = piece[n]
        if norms[at] not in s.use_prepositions or piece[n - 1] != at - 1:
            continue
        k = n + 1
        if norms[piece[k]] in determiners or norms[piece[k]] in v.numbers.articles:
            k += 1
        for end in range(k, min(k + 3, len(piece))):
            if piece[end] != piece[end - 1] + 1:
                break
            if norms[piece[end]] in s.use_objects and (
                # the noun phrase ends there ("for the bike ride" is an occasion)
                end + 1 == len(piece) or piece[end + 1] != piece[end] + 1
            ):
                return frozenset(piece[n : end + 1])
        return _NO_INDICES
    return _NO_INDICES


def _is_verb(info: WordInfo | None) -> bool:
    return info is not None and info.pos in _VERBS


def _is_preposition(info: WordInfo | None) -> bool:
    return info is not None and info.is_russian and info.pos == _PREPOSITION


def _is_pronoun(info: WordInfo | None) -> bool:
    return info is not None and info.pos == _PRONOUN


def _without_sizes(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """ "two big packs of toilet paper": a size before a unit sizes the container."""
    forms, sizes = v.units.forms, v.units.size_words
    return [
        index
        for n, index in enumerate(piece)
        if not (
            words.norms[index] in sizes
            and n + 1 < len(piece)
            and words.norms[piece[n + 1]] in forms
        )
    ]


def _size_after_unit(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "кока-колы бутылку большую", "воды бутылку маленькую": a size word said last, right
    after a unit's word that a product comes before, sizes the container (as "большую бутылку"
    does, ``_without_sizes``), no word of the name."""
    norms = words.norms
    return (
        len(piece) > 2
        and norms[piece[-1]] in v.units.size_words
        and piece[-2] == piece[-1] - 1
        and norms[piece[-2]] in v.units.forms
        # a word of the product right before it, no particle of speech ("корм для кота
        # короче пакет большой" reads as before)
        and piece[-3] == piece[-2] - 1
        and (info := words.infos[piece[-3]]) is not None
        and (not info.is_russian or info.pos == _NOUN or info.pos in _DESCRIBING)
    )


def _measure_first(
    words: Words, piece: list[int], morphology: Morphology, v: Vocabulary
) -> list[int]:
    """A measure said after its product ("гречки килограмм", "мандаринов кило два", "яиц штук
    20") moved before it, where the measure reader looks for it ("два кило мандаринов")."""
    if len(piece) < 2:
        return piece
    forms, tokens = v.units.forms, words.tokens
    last, at = piece[-1], len(piece) - 2
    while at > 0 and _said_between(words, piece[at], v):
        at -= 1  # "кефирчику бы литр", "чесночку ещё головку": a particle before the measure
    prev = piece[at]
    before = words.infos[prev]
    unit = words.infos[last]
    first = words.infos[piece[0]]
    if (
        first is not None
        # "Heinz beans пару банок": a product in Latin letters, its measure said in Russian
        and (first.is_russian or (unit is not None and unit.is_russian))
        and read_number(tokens, piece[0], v.numbers) is None
    ):
        # the number, then its unit or nothing, last, after a Russian product: "дрожжей пару
        # пакетиков", "яиц два десятка" (not a model's number typed onto it: "лампочку E27")
        end = last if words.norms[last] in forms else last + 1
        for k in range(1, len(piece)):
            number = read_number(tokens, piece[k], v.numbers)
            if number is not None:
                at = piece[k]
                if (
                    number.end == end
                    # ("кило два": below; "бутылку воды 1,5 л": the size of each)
                    and all(words.norms[i] not in forms for i in piece[:k])
                    and tokens[at - 1].end != tokens[at].start
                ):
                    return [*piece[k:], *piece[:k]]
                break
    if (
        is_measure_word(words.norms[last], v.units)
        and unit is not None
        and unit.is_russian
        and before is not None
        and (
            (  # "гречки килограмм", "печенье полкило"; not "столовую ложку"
                before.pos == _NOUN and not morphology.agrees(words.norms[prev], words.norms[last])
            )
            # "чай черный пачка": an adjective after its noun; not "мусорные пакеты"
            or (
                before.pos == _ADJECTIVE
                and read_number(tokens, prev, v.numbers) is None  # ("одну штуку")
                and _noun_before(words, piece[:at])
            )
        )
        and read_number(tokens, piece[0], v.numbers) is None
    ):
        if (
            words.norms[prev] in v.units.size_words
            and morphology.agrees(words.norms[prev], words.norms[last])
            and piece[-2] == prev
        ):
            # "сосиски большую пачку", "нутеллу одну большую банку": the size agrees with
            # the measure, not the product, and goes with it ("чай черный пачка" keeps its
            # adjective: "черный" agrees with "чай")
            number = read_number(tokens, piece[at - 1], v.numbers) if at > 1 else None
            start = at - 1 if number is not None and number.end == prev else at
            if _noun_before(words, piece[:start]):
                return [*piece[start:], *piece[:start]]
        return [last, *piece[:-1]]
    for size in (1, 2):  # the number after the measure: "пачки три", "граммов двести пятьдесят"
        unit_at = len(piece) - size - 1
        if unit_at < 1 or words.norms[piece[unit_at]] not in forms:
            continue
        number = read_number(tokens, piece[unit_at + 1], v.numbers)
        if (
            number is not None
            and number.end == last + 1
            and words.infos[piece[unit_at - 1]] is not None
        ):
            return [*piece[unit_at + 1 :], piece[unit_at], *piece[:unit_at]]
    return piece


_SHOP_WORDS: Final = 3  # "в ближайшем продуктовом магазине": the shop within three words


def _without_shop_phrase(words: Words, indices: list[int], s: ShoppingWords) -> list[int]:
    """``indices`` without the shop a purchase is made in, named after the items, up to the
    next separator ("возьми штук шесть в кулинарии", "oat biscuits at Lidl and peaches")."""
    if not words.classes2 & SHOPS and not _may_name_a_chain(words, s):
        return indices
    norms = words.norms
    for n in range(1, len(indices)):
        if norms[indices[n]] in s.shop_prepositions and _shop_at(words, indices, n, s):
            end = next(
                (k for k in range(n + 1, len(indices)) if norms[indices[k]] in s.separators),
                len(indices),
            )
            return indices[:n] + indices[end:]
    return indices


def _shop_at(words: Words, piece: list[int], n: int, s: ShoppingWords) -> int:
    """Where in ``piece`` the shop named after the preposition at ``n`` is (0 when none)."""
    if words.vocabulary.isdisjoint(s.shops):
        return n + 1 if _chain_after(words, piece, n, s) else 0
    for k in range(n + 1, min(len(piece), n + 1 + _SHOP_WORDS)):
        if words.norms[piece[k]] in s.shops or words.lemmas[piece[k]] in s.shops:
            return k
    return n + 1 if _chain_after(words, piece, n, s) else 0


def _may_name_a_chain(words: Words, s: ShoppingWords) -> bool:
    """A preposition a chain's name may follow is said (``_chain_after``)."""
    return not words.vocabulary.isdisjoint(s.chain_prepositions)


def _chain_after(words: Words, piece: list[int], n: int, s: ShoppingWords) -> bool:
    """ "купи пельмени в Netto", "возьми в Alphamega два ананаса", "buy pelmeni in Netto": one
    word in Latin letters right after a preposition of a chain (``chain_prepositions``) and
    before no other Latin word but a joiner names the chain the purchase is made in (no
    ``ShoppingWords.shops`` entry needed): after a Russian preposition, capitalised or said
    last ("в netto,"); after an English one, capitalised; never a known product ("в
    Coca-Cola" is a drink)."""
    if n + 1 >= len(piece):
        return False
    at, k = piece[n], piece[n + 1]
    info, prep = words.infos[k], words.infos[at]
    if (
        k != at + 1
        or prep is None
        or words.norms[at] not in s.chain_prepositions
        or info is None
        or info.is_russian
        or words.norms[k] in s.known_products
    ):
        return False
    after = k + 1
    last = after >= len(words) or words.tokens[after].kind == "punct"
    if not (words.is_capitalised(k) or (prep.is_russian and last)):
        return False
    following = words.infos[after] if after < len(words) else None
    return (
        following is None
        or (prep.is_russian and following.is_russian)
        or words.norms[after] in s.separators
        or words.norms[after] in s.destination_prepositions  # "… in Alphamega for the bbq"
    )


def _not_adverb(info: WordInfo | None) -> bool:
    return info is None or info.pos != _ADVERB


def _without_pack_size(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """ "a 24-pack of water", "a 6 pack of La Croix", "a 2-count of sponges": the size of one
    pack (a number typed onto a pack word, or after an article and before "of") is neither the
    name nor how many are wanted."""
    norms, tokens = words.norms, words.tokens
    sizes, articles, links = v.shopping.pack_sizes, v.numbers.articles, v.units.links
    for n, index in enumerate(piece[:-1]):
        if tokens[index].kind != "number":
            continue
        k = n + 1
        typed_on = norms[piece[k]] == "-" and _glued_inside(words, piece[k])
        if typed_on:
            k += 1
        if k >= len(piece) or norms[piece[k]] not in sizes:
            continue
        after_article = n > 0 and norms[piece[n - 1]] in articles
        if typed_on or (after_article and k + 1 < len(piece) and norms[piece[k + 1]] in links):
            return piece[:n] + piece[k + 1 :]
    return piece


def _said_between(words: Words, index: int, v: Vocabulary) -> bool:
    """A Russian particle, adverb or interjection of speech ("бы", "ещё", "ну"), no part of
    a product or its measure."""
    info = words.infos[index]
    return (
        info is not None
        and info.is_russian
        and info.pos in _SPOKEN
        and words.norms[index] in v.shopping.item_filler
    )


def _noun_before(words: Words, indices: list[int]) -> bool:
    return any((info := words.infos[i]) is not None and info.pos == _NOUN for i in indices)


def _without_enumeration(words: Words, piece: list[int]) -> list[int]:
    """ "1) хлеб …", "2. кефир …": the number of a line in a numbered list, no quantity."""
    tokens = words.tokens
    if len(piece) > 2 and tokens[piece[0]].kind == "number":
        mark = tokens[piece[1]]
        if (
            mark.kind == "punct"
            and mark.norm in _ENUMERATION_MARKS
            and tokens[piece[0]].end == mark.start
            and tokens[piece[2]].kind == "word"
        ):
            return piece[2:]
    return piece


def _number_spec(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """A preposition, a number and a noun that is no unit after the head: the item's own
    spec ("удлинитель на пять розеток", "тетрадки по 48 листов", "торт на 12 персон"), kept
    in the name as said and no quantity."""
    if not words.classes2 & SPEC_PREPOSITIONS:
        return _NO_INDICES
    preps = v.shopping.spec_prepositions
    tokens, norms = words.tokens, words.norms
    for n in range(1, len(piece) - 2):
        at = piece[n]
        if norms[at] not in preps or piece[n + 1] != at + 1:
            continue
        number = read_number(tokens, at + 1, v.numbers)
        if number is None or number.end >= len(tokens) or number.end - at - 1 > len(piece) - n:
            continue
        noun = words.infos[number.end]
        if (
            noun is not None
            and noun.pos == _NOUN
            and not is_measure_word(norms[number.end], v.units)
            and number.end in piece
        ):
            return frozenset(range(at, number.end + 1))
    return _NO_INDICES


def _strength_spec(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """A number and a unit of strength, dose, size or power, after a spec preposition or none:
    what one item is ("ибупрофен 400 мг", "витамин D 1000 IU", "линейки по 30 см", "a 9 volt
    battery"), kept in the name as said and no quantity; a piece holding nothing else is no
    item of its own."""
    units, preps = v.shopping.strength_units, v.shopping.spec_prepositions
    tokens, norms = words.tokens, words.norms
    in_piece = set(piece)
    for index in piece:
        number = read_number(tokens, index, v.numbers)
        if number is None or number.end not in in_piece:
            continue
        if not words.matches(number.end, units):
            continue
        start = index - 1 if index - 1 in in_piece and norms[index - 1] in preps else index
        spec = frozenset(range(start, number.end + 1))
        if not in_piece <= spec:
            return spec
    return _NO_INDICES


def _code_spec(words: Words, piece: list[int], v: Vocabulary) -> frozenset[int]:
    """The product's code, grade, size or standard, said apart from its name's words (a code
    typed as one run, "E27", "4x40", is ``_glued_specs``'s): a code system or scale word and
    its number or grade letter ("RAL 9003", "HDMI 2.1", "size 4", "120 grit", "4 размер",
    "класс А"), a graded head's letter ("витамин Д", "vitamin C"), two numbers of a size with
    a link or a multiplication sign between them ("4,2 на 75", "3 x 2,5", "2x4s"); each with
    what is typed onto it ("286C", "D3"). Kept in the name as said, never a quantity."""
    s, tokens, norms = v.shopping, words.tokens, words.norms
    in_piece = set(piece)
    found: set[int] = set()
    for index in piece:
        norm, end = norms[index], index + 1
        # "4 размер 2 пачки": a word that took its number before it takes none after it
        if norm in s.code_systems and end in in_piece and index not in found:
            after = _code_value(words, end, in_piece, s, numbers=True)
            if after > end:
                found.update(range(index, after))
        if norm in s.graded_heads and end in in_piece:
            after = _code_value(words, end, in_piece, s, numbers=False)
            if after > end:
                found.update(range(end, after))
        if tokens[index].kind != "number":
            continue
        if end in in_piece and index not in found and norms[end] in s.code_scales:
            found.update((index, end))  # "120 grit", "4 размер"
        link, second = end, end + 1
        if (
            second in in_piece
            and (norms[link] in s.dimension_links or norms[link] in v.units.times)
            and tokens[second].kind == "number"
            # typed as one ("2x4s"), or said after the product's name ("саморезы 4,2 на 75")
            and (
                (
                    tokens[index].end == tokens[link].start
                    and tokens[link].end == tokens[second].start
                )
                or (index - 1 in in_piece and tokens[index - 1].kind == "word")
            )
            and not (norms[link] in v.units.times and _measure_after(words, second, v))
        ):
            found.update(range(index, _glued_end(words, second + 1, in_piece)))
    return frozenset(found)


def _code_value(
    words: Words, at: int, in_piece: set[int], s: ShoppingWords, *, numbers: bool
) -> int:
    """Where the number (when ``numbers``) or the grade letter at ``at`` and what is typed onto
    it end; ``at`` when there is neither. A letter that is a preposition too ("витамин с
    мёдом") is a grade only written as a capital or before no word."""
    token = words.tokens[at]
    if token.kind == "number" and numbers:
        return _glued_end(words, at + 1, in_piece)
    if token.kind != "word" or words.norms[at] not in s.grade_letters:
        return at
    end = _glued_end(words, at + 1, in_piece)
    if end > at + 1 or token.text.isupper():
        return end
    after = at + 1
    if (
        after in in_piece
        and words.tokens[after].kind == "word"
        and words.norms[after] not in s.separators
    ):
        return at
    return end


def _glued_end(words: Words, at: int, in_piece: set[int]) -> int:
    """Past the tokens typed with no space from ``at`` on ("286C", "D3", "2x4s")."""
    tokens = words.tokens
    while at in in_piece and tokens[at].start == tokens[at - 1].end and tokens[at].kind != "punct":
        at += 1
    return at


def _measure_after(words: Words, index: int, v: Vocabulary) -> bool:
    """A unit typed or said after the second number of a multiplication: "6 x 1,5 л" is six
    of one and a half litres, no size of the product."""
    following = index + 1
    return following < len(words.tokens) and words.norms[following] in v.units.forms


def _runs(indices: frozenset[int]) -> list[tuple[int, ...]]:
    """``indices`` in runs of consecutive tokens."""
    runs: list[list[int]] = []
    for index in sorted(indices):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tuple(run) for run in runs]


def _specs(
    words: Words, piece: list[int], v: Vocabulary
) -> tuple[frozenset[int], list[tuple[int, ...]]]:
    """The item's own specs said apart ("по 48 листов", "400 мг", "4,2 на 75", "RAL 9003"),
    together and run by run (specs that touch are one run: "диаметром 50 мм")."""
    spec = _number_spec(words, piece, v)
    strength = _strength_spec(words, piece, v) if words.classes2 & STRENGTH_UNITS else _NO_INDICES
    if not spec.isdisjoint(strength):  # "10 x 250 mm": one size, its unit last
        spec, strength = spec | strength, _NO_INDICES
    code = _code_spec(words, piece, v) if words.classes2 & CODE_STARTS else _NO_INDICES
    if not code:
        return spec | strength, [tuple(sorted(run)) for run in (spec, strength) if run]
    found = spec | strength | code
    return found, _runs(found)


def _specs_and_complements(
    words: Words, piece: list[int], v: Vocabulary
) -> tuple[frozenset[int], list[tuple[int, ...]], frozenset[int], frozenset[int]]:
    """The item's specs (``_specs``: together, run by run), its complement (``_complement``)
    and every word a complement or a spec holds; each reader is called only where the text
    holds a word that starts what it reads (its own first test: most item phrases hold none)."""
    spec, runs = _specs(words, piece, v) if words.classes2 & _SPEC_STARTS else (_NO_INDICES, [])
    governed = _complement(words, piece, v) if words.classes0 & _COMPLEMENT_STARTS else _NO_INDICES
    used = _use_complement(words, piece, v) if words.classes2 & USE_OBJECTS else _NO_INDICES
    return spec, runs, governed, (governed | used | spec if governed or used else spec)


def _piece_measure(words: Words, piece: list[int], spec: frozenset[int], v: Vocabulary) -> Measure:
    """The measure read from ``piece`` without its spec; its token positions are in
    ``piece``."""
    tokens = words.tokens
    if not spec:
        return read_measure([tokens[i] for i in piece], v.units, v.numbers)
    reduced = [i for i in piece if i not in spec]
    found = read_measure([tokens[i] for i in reduced], v.units, v.numbers)
    if found.unit is None and reduced and _names_a_code(words, spec, v):
        # "2 банки омега 3", "омега 3 банку": the code names the product, so "банки" is
        # its measure
        named = read_measure([*(tokens[i] for i in reduced), _CODE_NAME], v.units, v.numbers)
        if named.unit is not None and len(reduced) not in named.token_indices:
            found = named
    positions = frozenset(piece.index(reduced[p]) for p in found.token_indices)
    return Measure(found.quantity, found.unit, positions)


def _names_a_code(words: Words, spec: frozenset[int], v: Vocabulary) -> bool:
    """A code system's, scale's or graded head's word among ``spec`` ("омега 3", "size 4")."""
    s = v.shopping
    return any(
        (norm := words.norms[i]) in s.code_systems
        or norm in s.code_scales
        or norm in s.graded_heads
        for i in spec
    )


def _name_end(words: Words, piece: list[int], complement: frozenset[int], v: Vocabulary) -> int:
    """Where the words that may name the item end: before a negation, a cut word, a clause of
    its own or the shop it is bought in."""
    norms, infos, s = words.norms, words.infos, v.shopping
    negations = v.triggers.negations
    if any((info := infos[index]) is not None and info.is_infinitive for index in piece[2:]):
        purpose = _purpose_after_measure(words, piece, v)
        if purpose is not None:
            piece = piece[:purpose]
    for n, index in enumerate(piece):
        if norms[index] in negations and not (
            n + 1 < len(piece) and _is_verb(infos[piece[n + 1]])
        ):  # "milk, not cream", "молоко, не кефир": not asked for; "не переключается": a clause
            return n
        if n == 0:
            continue
        if norms[index] in s.cut_words and index not in complement:
            return n
        if (
            norms[index] in s.relative_cuts
            and not (_title_cased(words, index) and _title_cased(words, index - 1))
            and norms[index - 1] not in s.relative_cut_determiners
        ):
            # "oat milk who keeps chugging it": a clause about it; title-cased after a
            # title-cased word or after a determiner, a name ("a Doctor Who mug", "a Who
            # t-shirt", "the Who album")
            return n
        if norms[index] in s.subject_pronouns and not (
            # "купили бы вы молока": a Russian pronoun before the product is its buyer
            (info := infos[index]) is not None
            and info.is_russian
            and not _noun_before(words, piece[:n])
        ):
            end = n  # "coco pops or I'm moving out": a clause of its own
            while end > 1 and norms[piece[end - 1]] in s.clause_conjunctions:
                end -= 1
            return end
        if norms[index] in s.shop_prepositions and _shop_at(words, piece, n, s):
            return n  # "хлеб в Ашане", "bread in Aldi": where, not what
    return len(piece)


def _purpose_after_measure(words: Words, piece: list[int], v: Vocabulary) -> int | None:
    """Where a purpose said after a post-posed measure begins: a Russian infinitive, with at
    most two words of its object before it, right after a product's name, its count and its
    unit ("сахару два мешка | пчёл подкармливать", "извести ведро | стены белить"); the
    item ends at the measure. ``None`` when no such measure comes right before."""
    infos, norms = words.infos, words.norms
    for n, index in enumerate(piece):
        info = infos[index]
        if info is None or not info.is_infinitive:
            continue
        start = n
        while start > n - 2 and start > 0 and _is_noun(infos[piece[start - 1]]):
            if is_measure_word(norms[piece[start - 1]], v.units):
                break
            start -= 1
        unit = start - 1
        if (
            unit >= 2
            and piece[unit] == piece[start] - 1
            and norms[piece[unit]] in v.units.forms
            and read_number(words.tokens, piece[unit - 1], v.numbers) is not None
            and _is_noun(infos[piece[unit - 2]])
        ):
            return start
        return None
    return None


def _title_cased(words: Words, index: int) -> bool:
    """The token is typed with a capital and then small letters ("Who", not "WHO")."""
    text = words.tokens[index].text
    return text[:1].isupper() and text[1:].islower()


_CONTAINER_REACH: Final = 3  # "… the party size bag", "… the green box": the words describing it


def _without_container_after(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """ "dog food … the big bag", "coffee the large tin", "tea the green box", "chips the
    party size bag", "milk the big one": a definite determiner, a few words describing the
    container (sizes, English words that are no filler; a count measures) and a unit or, past
    at least one such word, a pro-form ("one") last, after the product's words, point at the
    container it comes in or at which one; no part of the name (with no "of" after it English
    reads no measure there)."""
    if len(piece) < 3:
        return piece
    norms, s, sizes = words.norms, v.shopping, v.units.size_words
    last = norms[piece[-1]]
    pointer = last in s.pro_form_heads
    if last not in v.units.forms and not pointer:
        return piece
    k = len(piece) - 2
    while k > 0 and norms[piece[k]] in sizes:
        k -= 1
    between = len(piece) - 2 - k
    while (
        k > 0
        and norms[piece[k]] not in s.definite_determiners
        and len(piece) - 2 - k < _CONTAINER_REACH
    ):
        index = piece[k]
        info = words.infos[index]
        if info is None or info.is_russian or norms[index] in s.item_filler:
            return piece  # a mark, a count (it measures), a filler, Russian: no container
        k -= 1
        between = len(piece) - 2 - k
    if (
        k > 0
        and norms[piece[k]] in s.definite_determiners
        and words.infos[piece[k - 1]] is not None
        and (between > 0 or not pointer)
    ):
        return piece[:k]
    return piece


def _without_found_before_pointer(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """ "купи хлеб вот этот": the found particle (``found_word_marks``) before a demonstrative
    said last, which points at the noun before it (``_without_pointers`` drops it)."""
    norms = words.norms
    if (
        len(piece) > 2
        and norms[piece[-2]] in v.open_world.found_word_marks
        and norms[piece[-1]] in v.shopping.correlatives
    ):
        return [*piece[:-2], piece[-1]]
    return piece


def _can_in_name(words: Words, piece: list[int], n: int, v: Vocabulary) -> bool:
    """The unit at ``piece[n]`` whose lemma is a filler's ("can") is a word of the name: its
    plural, never the modal, after a word of the name ("trash cans", "soda cans"), the
    singular after an article and before a word of the name ("a can opener"), or closing the
    name after one (``_can_closes_name``: "a watering can"); "cans of soda"
    and "a can of beans" measure, "12 cans" and "cans" alone name nothing, "…, can you" asks."""
    norms, filler, units = words.norms, v.shopping.item_filler, v.units
    index = piece[n]
    norm = norms[index]
    if norm not in units.forms or words.lemmas[index] not in filler:
        return False
    nxt = words.next_words[index]
    if nxt is not None and norms[nxt] in units.links:
        return False  # "cans of soda": a measure's unit
    before = index - 1
    if norm not in filler:
        return (
            n > 0
            and piece[n - 1] == before
            and words.tokens[before].kind == "word"
            and words.infos[before] is not None
            and norms[before] not in filler
            and read_number(words.tokens, before, v.numbers) is None
        )
    if n == len(piece) - 1:
        return _can_closes_name(words, piece, v)  # "a watering can"
    return (
        before >= 0
        and (
            norms[before] in v.numbers.articles
            or norms[before] in v.shopping.definite_determiners
            # "a garbage can liner": a container's compound inside the name
            or (
                n > 0
                and piece[n - 1] == before
                and words.matches(before, v.shopping.can_compound_words)
            )
        )
        and nxt == index + 1
        and norms[nxt] not in filler
    )


def _can_closes_name(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """The singular unit whose form is a filler's ("can") closing ``piece`` right after a word
    of ``ShoppingWords.can_compound_words`` (what a container is for), with a mark, a
    separator, a preposition or a courtesy after it, heads a compound ("a watering can", "the trash can and a mop", "a gas can to costco"); after a
    pronoun, a plural or a number, or before a pronoun or a verb ("… if you can", "milk can
    you get it", "add fishballs can", "12 can"), it is the modal, a tag or a measure as
    before."""
    index = piece[-1]
    norms, filler = words.norms, v.shopping.item_filler
    if len(piece) < 2 or norms[index] not in v.units.forms or norms[index] not in filler:
        return False
    before = index - 1
    if (
        piece[-2] != before
        or not words.matches(before, v.shopping.can_compound_words)  # "a coke can": the unit
        or words.infos[before] is None
        or norms[before] in filler
        or norms[before] in v.tasks.subject_pronouns
        or norms[before] in v.units.forms
        or words.lemmas[before] != norms[before]  # "add fishballs can": a plural, then a tag
        or read_number(words.tokens, before, v.numbers) is not None
    ):
        return False
    nxt = index + 1
    if nxt >= len(words.tokens) or words.tokens[nxt].kind == "punct":
        return True
    after, s = norms[nxt], v.shopping
    # a separator, where it goes or what for ("… to costco", "… for the garden"), a courtesy
    # ("… please"); not a pronoun ("… can you", "… can I") or a verb ("… can wait")
    return (
        after in s.separators
        or after in s.list_prepositions
        or after in s.cut_words
        or (after in filler and after not in v.tasks.subject_pronouns)
    )


def _opening_restart(words: Words, index: int, v: Vocabulary) -> bool:
    """An editing term of a self-correction ("стоп", "подожди") with nothing said before it
    but filler and marks ("так стоп картошки мешок", "стоп, хлеб"): it withdraws nothing and
    opens the turn, no part of the product; a word of absence ("no milk", "нет хлеба") says
    what is missing."""
    norm, t = words.norms[index], v.triggers
    if norm not in t.restart_words or norm in t.need_negations or norm in t.restart_absences:
        return False
    filler = v.shopping.item_filler
    return all(words.tokens[k].kind == "punct" or words.norms[k] in filler for k in range(index))


def _need_adverb(words: Words, k: int, v: Vocabulary) -> bool:
    """The word at ``k`` is a need adverb ("ещё", "прям", "really") said after a need word,
    with only need adverbs, particles and filler between them: "нужен прям очень хороший
    сыр", "we need a really good cheese"."""
    t, filler = v.triggers, v.shopping.item_filler
    if words.norms[k] not in t.need_adverbs:
        return False
    j = k - 1
    while j >= 0 and (info := words.infos[j]) is not None:
        if words.matches(j, t.need_words):
            return True
        norm = words.norms[j]
        if not (norm in t.need_adverbs or norm in filler or info.pos == "PRCL"):
            return False
        j -= 1
    return False


def _item_from_piece(
    words: Words, piece: list[int], morphology: Morphology, v: Vocabulary
) -> ItemDraft | None:
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    s = v.shopping
    # (the piece's first token: a sale told after a mark follows the items, ``_tells_a_sale``)
    filler, filler_forms, opening = s.item_filler, s.item_filler_forms, piece[0]
    if norms[piece[0]] in v.triggers.report_subjects and any(
        norms[i] in filler_forms or norms[i] in s.clause_words for i in piece[1:3]
    ):
        return None  # "you are a treasure", "we're all set": a clause, no product
    piece = _without_asides(words, _without_enumeration(words, piece), v)
    # (a vague heading's first test: ``_after_vague_heading``)
    piece = said = (
        _after_vague_heading(words, piece, s) if words.classes2 & VAGUE_MARKERS else piece
    )
    piece = _without_pack_size(words, piece, v) if words.classes2 & PACK_SIZES else piece
    if not piece:
        return None
    spec, runs, governed, complement = _specs_and_complements(words, piece, v)
    piece = piece[: _name_end(words, piece, complement, v)]
    if not piece:
        return None
    tokens = words.tokens
    while (
        piece
        and (
            (
                (norms[piece[0]] in filler or lemmas[piece[0]] in filler)
                and norms[piece[0]] not in s.kept_filler
            )
            or (norms[piece[0]] in filler_forms and not _qualifies_content(words, piece, s))
            or tokens[piece[0]].kind == "punct"  # "For the Costco list, please: a big bag of …"
            or _for_whom(words, piece[0], v)  # "купи попугаю смесь", "возьми сестре творог"
            # "сметана, творог и это ряженка": a pointer said while thinking, before a product
            or (len(piece) > 1 and norms[piece[0]] in s.hesitations)
            # "нужен прям очень хороший сыр": every adverb between a need and what is needed
            or (words.classes1 & NEED_WORDS and _need_adverb(words, piece[0], v))
            # "так стоп картошки мешок" (``restart_keys`` holds its first test's words)
            or (words.classes0 & RESTART_KEYS and _opening_restart(words, piece[0], v))
        )
        and not _can_in_name(words, piece, 0, v)
    ):
        piece = piece[1:]
    # Trailing marks and filler ("ряженки литр.", "пачки три плиз") end no measure; a unit
    # whose lemma is a filler's ("12 cans": "can") is the measure's.
    while piece and (
        (tokens[piece[-1]].kind == "punct" and not _glued_to_number(words, piece[-1]))
        or (
            (
                norms[piece[-1]] in filler
                or (lemmas[piece[-1]] in filler and norms[piece[-1]] not in v.units.forms)
            )
            and norms[piece[-1]] not in s.kept_filler
            and piece[-1] not in complement
            and not _can_closes_name(words, piece, v)
        )
        or _addressed(words, piece, s)  # "…, hen", "… please mate", "…, солнышко"
        # "… eggs ma'am", "… ghee ji", "… eggs mate": the world's Englishes ("kopi o" a drink)
        or (
            len(piece) > 1
            and norms[piece[-1]] in s.honorifics_said_last
            and norms[piece[-2]] not in s.vocative_compound_heads
        )
        or (len(piece) > 1 and _vocative_said_last(words, piece, s))
        # "… хлеба бородинского вот": the particle that points at what was found, said last
        or (len(piece) > 1 and norms[piece[-1]] in v.open_world.found_word_marks)
        # "put paper towels back on the list": the verb's particle after its object
        or (len(piece) > 1 and norms[piece[-1]] in s.object_particles)
        # "масло для блинов", "салфетки в дорогу": a Russian preposition whose object went as
        # a filler's form ("блин", "дорогой") ends no name
        or (len(piece) > 1 and _is_preposition(infos[piece[-1]]))
        # "кока-колы бутылку большую": a size said after the measure's word sizes it
        or (words.classes2 & SIZE_WORDS and _size_after_unit(words, piece, v))
        # "… 4 u": "for you", no count
        or (words.classes3 & DIGIT_PREPOSITIONS and _digit_for(words, piece[-1], s))
    ):
        piece = piece[:-1]
    # a spec is typed apart ("саморезы 4,2 на 75 коробку"): the measure is read without it
    piece = [index for index in piece if index not in spec] if spec else piece
    piece = _measure_first(
        words,
        _without_container_after(
            words,
            # "купи хлеб вот этот": the found particle before a pointer said last (its
            # ``found_word_marks`` are noise starts: most commands say none)
            _without_found_before_pointer(words, piece, v)
            if words.classes0 & NOISE_STARTS
            else piece,
            v,
        ),
        morphology,
        v,
    )
    piece = _without_sizes(words, piece, v) if words.classes2 & SIZE_WORDS else piece
    measure = _piece_measure(words, piece, spec, v)
    if len(measure.token_indices) == 1 and (
        _heads_a_complement(words, piece, measure, v)
        or _described(words, piece, measure, morphology)
    ):
        # "сетку от кротов", "столовую ложку": the measure word is the product itself
        measure = _NO_MEASURE
    in_measure = measure.token_indices
    # "три банки со шпротами", "две банки с огурцами": the measure's word heads it, so it
    # says what the container holds, named like any words ("шпроты", "огурцы")
    complement -= (
        governed
        if governed and _measure_heads(words, piece, governed, in_measure, v)
        else _NO_INDICES
    )
    specs = (
        _glued_specs(
            words, [i for n, i in enumerate(piece) if n not in in_measure and i not in spec]
        )
        if _HAS_DIGIT.search(words.text) and any(tokens[i].kind == "number" for i in piece)
        else []
    )
    if spec:
        # "по 48 листов", "400 мг": typed as said ("3,5х25" once, though glued too)
        specs = [*(r for r in specs if spec.isdisjoint(r)), *runs]
    in_specs = {i for run in specs for i in run}
    unit_forms, joiners = v.units.forms, s.list_joiners
    joined = words.classes2 & JOINED_STARTS  # a joined name's first word is said ("mac")
    name_indices = [
        index
        for n, index in enumerate(piece)
        if (joined and n and norms[index] in joiners and _joins_a_name(words, index, s))
        or (
            n not in in_measure
            and index not in in_specs
            and not (
                norms[index] in unit_forms
                and n - 1 not in in_measure
                and _second_measure(words, piece, n, v)
            )
            and (info := infos[index]) is not None  # a word
            # "молока вообще нет"; a word no dictionary holds is no adverb ("мишки харибо")
            and (info.pos != _ADVERB or info.guessed or index in complement)
            and (
                index in complement
                # (no filler: most words, told before a call per word)
                or (
                    not (norms[index] in filler or lemmas[index] in filler)
                    and (
                        norms[index] not in filler_forms
                        # "low sodium soup": the form qualifies what the product holds
                        or (index + 1 < len(norms) and norms[index + 1] in s.content_qualified)
                    )
                )
                or _can_in_name(words, piece, n, v)  # "trash cans", "a can opener"
            )
        )
    ]
    # "кабель длиной 5 метров", "…, width 80cm": a dimension with its size names nothing
    name_indices, specs = _name_words(words, name_indices, specs, measure, v)
    if not name_indices and not specs:
        return None
    poses = {info.pos for i in name_indices if (info := infos[i]) is not None}
    if not _VERBS.isdisjoint(poses) and any(
        _is_verb(infos[i]) for i in name_indices if i not in complement
    ):
        # A clause ("что Дима просил", "Петя уже купил") or a step ("выпекайте 40 минут",
        # "выложить яблоки") is no noun phrase.
        return None
    if words.classes2 & CLAUSE_WORDS and any(norms[i] in s.clause_words for i in name_indices):
        return None  # "has shipped", "will arrive": an auxiliary makes a clause
    if _PRONOUN in poses:
        name_indices = [i for i in name_indices if not _is_pronoun(infos[i])]
        if not name_indices:
            return None
    names = tuple([norms[i] for i in name_indices])
    if (
        names
        and not specs
        and (
            v.triggers.people.issuperset(names)
            or (words.classes3 & LISTED_JOKES and _joke_listed(words, name_indices, v))
        )
    ):
        # "add the kids": people are no product; nor a person or a world put on a list as a
        # joke ("добавь в список новую сестру", "add world peace to the list")
        return None
    if (names and s.state_words.issuperset(names)) or (
        words.classes2 & SALE_NOUNS and _tells_a_sale(words, opening, name_indices, s)
    ):
        # "…, Tom's nearly out", "…, all gone": a state told; "…, в Rewe щас скидка", "…, big
        # discount at Lidl": why now; no product
        return None
    abstract, services = v.open_world.abstract_needs, v.open_world.service_needs
    if (
        names
        and words.classes0 & ABSTRACT_NEEDS  # (every norm and lemma is in it)
        and all(lemmas[i] in abstract or norms[i] in abstract for i in name_indices)
    ):
        return None  # "купи мне счастья", "buy me some luck": no product is named
    if (
        names
        and words.classes1 & NEED_WORDS
        and all(lemmas[i] in services or norms[i] in services for i in name_indices)
    ):
        return None  # "нужна срочно скорая", "he needs a haircut": called or booked, not bought
    if (
        (names and s.vague_items.issuperset(names))
        or (
            words.classes2 & VAGUE_MARKERS
            and any(
                (norms[i] in s.vague_markers or lemmas[i] in s.vague_markers)
                and not _marker_of_a_noun(words, piece, n, name_indices, s)
                for n, i in enumerate(piece)
            )
        )
        or _vague_head(words, said, name_indices, s)
        or _split_indefinite(words, name_indices, s)
        or (
            words.classes2 & PRO_FORM_HEADS
            and _only_a_plural_pro_form(words, name_indices, bool(specs), s)
        )
        # "the usual oat milk": "usual" says which one, no word of the name
        or (
            words.classes2 & VAGUE_MARKERS
            and bool(name_indices)
            and not (name_indices := _without_habit_markers(words, name_indices, s))
        )
    ):
        return None  # "это", "чего-нибудь сладкого", "the usual stuff": no product named
    names = _dictionary_forms(
        words,
        name_indices,
        tuple([norms[i] for i in name_indices]),  # (past a habit marker)
        measure,
        morphology=morphology,
        v=v,
    )
    if specs:
        typed = [(run[0], _typed(words, run)) for run in specs]
        names = tuple(name for _, name in sorted([*zip(name_indices, names, strict=True), *typed]))
    return ItemDraft(" ".join(names), measure.quantity, measure.unit)


def _name_words(
    words: Words,
    name_indices: list[int],
    specs: list[tuple[int, ...]],
    measure: Measure,
    v: Vocabulary,
) -> tuple[list[int], list[tuple[int, ...]]]:
    """The name's words with its links (``_with_name_links``), a word said again once, no
    pointer after its noun, no dimension (``_without_dimensions``); the specs without a
    dimension's. The first and the last read only when a word of their class is said (their
    own first test): most items hold neither a unit's link nor a dimension."""
    if words.classes3 & UNIT_LINKS:
        name_indices = _with_name_links(words, name_indices, measure, v)
    name_indices = _without_pointers(words, _said_once(words, name_indices), v.shopping)
    if words.classes3 & DIMENSION_WORDS:
        return _without_dimensions(words, name_indices, specs, v)
    return name_indices, specs


def _without_dimensions(
    words: Words, name_indices: list[int], specs: list[tuple[int, ...]], v: Vocabulary
) -> tuple[list[int], list[tuple[int, ...]]]:
    """A dimension with its size is the product's size, no word of its name ("кабель длиной 5
    метров", "…, ширина 2 метра"); a size said apart with no name left is no item of its own
    ("…, width 80cm")."""
    if words.vocabulary.isdisjoint(v.open_world.dimension_words):
        return name_indices, specs  # most items
    sized = _dimension_spans(words, v)
    name_indices = [i for i in name_indices if i not in sized]
    if not name_indices:
        specs = [run for run in specs if sized.isdisjoint(run)]
    return name_indices, specs


_DIMENSION_NEAR: Final = 2  # a dimension's number follows it within this many words ("длиной 5 м")


def _dimension_spans(words: Words, v: Vocabulary) -> frozenset[int]:
    """The words of every dimension said with its size: a dimension
    (``OpenWorldWords.dimension_words``: "длиной", "width") with a number right after it or one
    word later, that number and a unit right after it ("толщиной 2 см", "width 80cm"; the word
    between is the product's: "длина кабеля 5 метров")."""
    spans: set[int] = set()
    dimensions, count = v.open_world.dimension_words, len(words)
    for index in range(count):
        if not words.matches(index, dimensions):
            continue
        after = range(index + 1, min(index + 1 + _DIMENSION_NEAR, count))
        number = next((j for j in after if words.tokens[j].kind == "number"), None)
        if number is None:
            continue
        spans.update((index, number))
        if number + 1 < count and is_measure_word(words.norms[number + 1], v.units):
            spans.add(number + 1)
    return frozenset(spans)


def _with_names_rejoined(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """A piece that is one person or world (``ShoppingWords.listed_people``,
    ``listed_abstracts``), capitalised or a Russian nominative, right after the piece before
    it, no mark or conjunction between, is the end of that piece's name ("купи карту Мир",
    "купи журнал Семья": a brand, no person put on the list); one said as its own item ("купи
    хлеб и новую сестру", "…, мир") stays apart, and so does one who may be spoken to
    (``address_words``, the people a chore is for: "купи хлеб мама", "купи хлеб брат")."""
    s, vocabulary = v.shopping, words.vocabulary
    people, abstracts = s.listed_people, s.listed_abstracts
    if vocabulary.isdisjoint(people) and vocabulary.isdisjoint(abstracts):
        return pieces  # most commands
    # who may be spoken to: looked up in each set in turn, no union built
    addressed, named_people = s.address_words, v.triggers.people
    kept = [pieces[0]]
    for piece in pieces[1:]:
        before = kept[-1]
        if (
            len(piece) == 1
            and before
            and piece[0] == before[-1] + 1
            and (info := words.infos[piece[0]]) is not None
            and (words.matches(piece[0], people) or words.matches(piece[0], abstracts))
            and not words.matches(piece[0], addressed)
            and not words.matches(piece[0], named_people)
            # a name: typed with a capital, or a Russian nominative after its noun
            and (
                words.is_capitalised(piece[0])
                or (info.is_russian and info.noun_case == _NOMINATIVE)
            )
        ):
            kept[-1] = [*before, *piece]
        else:
            kept.append(piece)
    return kept


def _joke_listed(words: Words, name_indices: list[int], v: Vocabulary) -> bool:
    """The item is a person or a world (``ShoppingWords.listed_people``, ``listed_abstracts``,
    ``OpenWorldWords.abstract_needs``), put on a list as a joke: its last word a person, every
    word before it a Russian adjective or one of ``person_modifiers`` ("новую сестру", "a new
    brother"; "a card for my sister", "sister's present" name products), or every word an
    abstraction ("world peace", "мир"; "peace lily" is a plant)."""
    s, vocabulary = v.shopping, words.vocabulary
    people, abstracts = s.listed_people, s.listed_abstracts
    if vocabulary.isdisjoint(people) and vocabulary.isdisjoint(abstracts):
        return False  # most items
    lemmas, norms = words.lemmas, words.norms
    needs = v.open_world.abstract_needs
    if all(
        lemmas[i] in abstracts or norms[i] in abstracts or lemmas[i] in needs for i in name_indices
    ):
        return True
    *before, head = name_indices
    if not (lemmas[head] in people or norms[head] in people):
        return False
    return all(
        norms[i] in s.person_modifiers
        or ((info := words.infos[i]) is not None and info.is_russian and info.pos in _ADJECTIVES)
        for i in before
    )


def _with_name_links(
    words: Words, name_indices: list[int], measure: Measure, v: Vocabulary
) -> list[int]:
    """ "three cans of cream of mushroom soup", "a box of cream of wheat", "cream of wheat":
    an "of" between two words of the name (not after the unit, not after a filler; with no
    unit read, not after a measure word) is the name's own; with no unit read, an amount or
    a kind before it ("lots of apples", "some kind of cheese": ``UnitWords.vague_amounts``)
    is no word of the name; a quantifier after it ("… of each flavor") ends the name."""
    if words.vocabulary.isdisjoint(v.units.links):
        return name_indices
    u = v.units
    qualifier = next(
        (
            index
            for index in name_indices
            if index > 0
            and words.norms[index] in u.link_quantifiers
            and words.norms[index - 1] in u.links
            and index - 2 in name_indices
        ),
        None,
    )
    if qualifier is not None:  # "a pack of gum of each flavor": which of the kind, no name
        name_indices = [index for index in name_indices if index < qualifier - 1]
    if measure.unit is None:
        # "lots of apples", "some kind of cheese": an amount or a kind before "of" says
        # how much or which, no name's word
        amounts = {
            index - 1
            for index in range(1, len(words.norms) - 1)
            if words.norms[index] in u.links and words.norms[index - 1] in u.vague_amounts
        }
        if amounts:
            name_indices = [index for index in name_indices if index not in amounts]
    kept = set(name_indices)
    links = [
        index
        for index in range(1, len(words.norms) - 1)
        if words.norms[index] in v.units.links
        and index not in kept
        and index - 1 in kept
        and index + 1 in kept
        # with no unit read, the word before "of" names no measure ("cream of wheat")
        and (measure.unit is not None or not is_measure_word(words.norms[index - 1], u))
    ]
    return sorted([*name_indices, *links]) if links else name_indices


def _only_a_plural_pro_form(
    words: Words, name_indices: list[int], specs: bool, s: ShoppingWords
) -> bool:
    """ "…, you know which ones": the name is a plural pro-form alone (``pro_form_heads`` but
    ``pro_form_counts``), with no size or code typed beside it ("the 6-18m ones"): no
    product named."""
    return (
        not specs
        and bool(name_indices)
        and bool(words.classes2 & PRO_FORM_HEADS)
        and all(
            words.norms[i] in s.pro_form_heads and words.norms[i] not in s.pro_form_counts
            for i in name_indices
        )
    )


def _without_habit_markers(words: Words, name_indices: list[int], s: ShoppingWords) -> list[int]:
    """The name without a word that says the product is the one always bought ("the usual
    oat milk": ``ShoppingWords.habit_markers``); most names hold none."""
    if not words.classes2 & VAGUE_MARKERS:
        return name_indices
    return [i for i in name_indices if words.norms[i] not in s.habit_markers]


def _split_indefinite(words: Words, name_indices: list[int], s: ShoppingWords) -> bool:
    """The name opens with an indefinite pronoun's tail right after its head, the pronoun
    spelt as two words the way it is said ("купи чё нить вкусненькое", "шо нибудь к чаю";
    ``indefinite_heads``, ``indefinite_tails``): a vague item, not thread ("нить")."""
    if not name_indices:
        return False
    first = name_indices[0]
    return (
        first > 0
        and words.norms[first] in s.indefinite_tails
        and words.norms[first - 1] in s.indefinite_heads
    )


def _after_vague_heading(words: Words, piece: list[int], s: ShoppingWords) -> list[int]:
    """``piece`` past a heading that names what kind of goods follow with a vague word, then a
    colon ("Easter brunch stuff for Party: 3 dozen eggs", "всё для окрошки: огурцы"): the
    products after the colon are the items, the vague word names none of them."""
    if not words.classes2 & VAGUE_MARKERS or len(piece) < 2:
        return piece
    norms, lemmas = words.norms, words.lemmas
    vague = [i for i in piece if norms[i] in s.vague_markers or lemmas[i] in s.vague_markers]
    if not vague:
        return piece
    colon = next((k for k in range(vague[-1] + 1, piece[-1]) if norms[k] == _COLON), None)
    return piece if colon is None else [i for i in piece if i > colon]


def _vague_head(words: Words, said: list[int], name_indices: list[int], s: ShoppingWords) -> bool:
    """A name that points at a product without naming it, whatever modifies it: a pronoun in
    every word ("эту", "ту"), a placeholder noun as its first noun ("ту штуку для смесителя",
    "хреновину для душа"; ``ShoppingWords.placeholder_nouns``), or in the piece as ``said``
    a demonstrative or "всё" standing as the head, before a relative word ("в районе то, что
    Дима просил", "ту, которую брали", "то, о чём писали") or a preposition ("всё по списку",
    "то для крана"; ``correlatives``, ``relative_words``), and not after a word that makes it
    a conjunction ("а то", "не то"; ``not_pointing``), or a pro-form after another word, last
    or before a preposition or a clause ("the one for the tap", "the big ones";
    ``pro_form_heads``, ``pro_form_followers``)."""
    if not name_indices:
        return False
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    vague = s.vague_items
    if all(norms[i] in vague or lemmas[i] in vague for i in name_indices):
        return True
    if words.classes2 & PLACEHOLDER_NOUNS:
        head = next((i for i in name_indices if (info := infos[i]) and info.pos == _NOUN), None)
        if (
            head is not None
            and lemmas[head] in s.placeholder_nouns
            and (
                lemmas[head] not in s.weak_placeholders
                or _pointed_at(words, said, head, s)
                # "добавь пару вещей": only a count before it, nothing after
                or (name_indices == [head] and head == said[-1])
            )
        ):
            return True
    if words.classes2 & PRO_FORM_HEADS and _pro_form_head(words, said, s, name_indices):
        return True  # "the one for the tap", "the big ones", "the one you got last time"
    last = len(norms) - 1
    for n, i in enumerate(said):
        if norms[i] not in s.correlatives or i == last or (i and norms[i - 1] in s.not_pointing):
            continue
        if _after_its_noun(words, said, n):
            continue  # "сыр тот, который …", "яблоки все по килограмму": it points at the noun
        after = i + 2 if norms[i + 1] == "," and i + 2 <= last else i + 1
        governed = (info := infos[after]) is not None and info.pos == _PREPOSITION
        if after == i + 1 and governed:
            return True  # "всё по списку", "то для крана"
        if words.classes2 & RELATIVE_WORDS and (
            norms[after] in s.relative_words
            or (governed and after < last and norms[after + 1] in s.relative_words)
        ):
            return True  # "то, что Дима просил", "то, о чём писали"
    return False


def _without_pointers(words: Words, name_indices: list[int], s: ShoppingWords) -> list[int]:
    """The name without a demonstrative said after its noun ("сыр тот, который …", "сыр этот
    из Ашана"): it points at the noun, no word of the name."""
    norms, pointers = words.norms, s.correlatives
    if len(name_indices) < 2 or all(norms[i] not in pointers for i in name_indices[1:]):
        return name_indices
    return [
        i
        for n, i in enumerate(name_indices)
        if not (norms[i] in pointers and _after_its_noun(words, name_indices, n))
    ]


def _after_its_noun(words: Words, said: list[int], n: int) -> bool:
    """The word ``said[n]`` comes right after a noun that no preposition governs ("сыр тот",
    "яблоки все"; not "у станции то, о чём …"): it points at that noun."""
    infos = words.infos
    if n < 1 or (info := infos[said[n - 1]]) is None or info.pos != _NOUN:
        return False
    return n < 2 or (before := infos[said[n - 2]]) is None or before.pos != _PREPOSITION


def _pointed_at(words: Words, said: list[int], head: int, s: ShoppingWords) -> bool:
    """A placeholder that is a real name too ("вещи": clothes, ``weak_placeholders``) names
    nothing only alone in the piece or after a pointer ("ту вещь для крана"), not with a
    word of its kind ("детские вещи", "вещи для Маши")."""
    norms = words.norms
    return said == [head] or any(
        norms[j] in s.correlatives or norms[j] in s.vague_items for j in said if j < head
    )


def _marker_of_a_noun(
    words: Words, piece: list[int], n: int, name_indices: list[int], s: ShoppingWords
) -> bool:
    """A vague word that only says how much of a product named beside it
    (``ShoppingWords.quantifying_markers``): "всё" after its noun ("яблоки все по
    килограмму", each a kilo), "everything" before a name holding a known product
    ("everything bagels"; ``known_products``)."""
    norms = words.norms
    if norms[piece[n]] in s.habit_markers:
        # "the usual oat milk": which one, before a name holding a known product; not before
        # a unit or a kind of it ("the usual pack of nappies": ``habit_links``)
        return not any(norms[j] in s.habit_links for j in piece[n + 1 :]) and any(
            words.matches(j, s.known_products) for j in name_indices if j > piece[n]
        )
    if norms[piece[n]] not in s.quantifying_markers:
        return False
    if _after_its_noun(words, piece, n):
        return True
    # before a name that holds a known product ("everything bagels", "everything bagel
    # seasoning"), not before a word of another kind ("everything else", "for the party")
    nxt = piece[n + 1] if n + 1 < len(piece) else None
    return (
        nxt is not None
        and nxt in name_indices
        and norms[nxt] not in s.pro_form_followers
        and any(words.matches(j, s.known_products) for j in name_indices if j > piece[n])
    )


def _pro_form_head(
    words: Words, said: list[int], s: ShoppingWords, name_indices: list[int] | None = None
) -> bool:
    """A pro-form standing as the name's head (``ShoppingWords.pro_form_heads``): after
    another word of the piece, last or before a preposition or a clause
    (``pro_form_followers``), and not in a place described after a preposition ("at the one by
    the station") nor right after one ("all in one": a product's name); "one" in the singular only after a determiner
    opening the piece ("the one for the tap", "a cheap one"; ``definite_determiners``,
    ``pro_form_determiners``) or when the name holds it ("2 boxes of sparklers … one"), else
    it is a count said after the product ("milk, just one", "bread one"; ``pro_form_counts``)."""
    norms, heads, followers = words.norms, s.pro_form_heads, s.pro_form_followers
    first = norms[said[0]]
    opened = (
        first in s.definite_determiners
        or first in s.pro_form_determiners
        or first in s.pro_form_counts  # "one brown one"
    )
    for n, i in enumerate(said):
        if norms[i] not in heads or not n:
            continue
        last = n + 1 == len(said)
        if any(norms[j] in followers for j in said[:n]) and (
            not last or norms[said[n - 1]] in followers
        ):
            return False  # "milk at the one by the station", "fairy all in one"
        if (last or norms[said[n + 1]] in followers) and (
            opened or norms[i] not in s.pro_form_counts or (name_indices and i in name_indices)
        ):
            return True  # "the one for the tap", "a cheap one", "(stick it) on the party one"
    return False


def _digit_for(words: Words, index: int, s: ShoppingWords) -> bool:
    """A digit typed for the preposition it sounds like, before an object pronoun ("4 u", "2
    me": ``ShoppingWords.digit_prepositions``, ``digit_objects``): no quantity. A pronoun in
    capitals is as typed ("4 U bolts": four U-bolts)."""
    after = index + 1
    return (
        words.tokens[index].kind == "number"
        and words.norms[index] in s.digit_prepositions
        and after < len(words.norms)
        and words.tokens[after].start > words.tokens[index].end
        and words.norms[after] in s.digit_objects
        and not words.tokens[after].text.isupper()
    )


def _without_asides(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """``piece`` without a digit typed for "for" and its object pronoun before the item ("get
    4 u milk") and without the measure of each one after a count ("сок 4 x 1 л")."""
    while (
        words.classes3 & DIGIT_PREPOSITIONS
        and len(piece) > 2
        and piece[1] == piece[0] + 1
        and _digit_for(words, piece[0], v.shopping)
    ):
        piece = piece[2:]
    if words.classes2 & CODE_STARTS:  # "сок 4 x 1 л": four, of a litre each
        piece = _without_each_measure(words, piece, v)
    return piece


def _without_each_measure(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """A count after the product's name, times a measure with its unit of quantity ("сок 4 x 1
    л", "water 4x1.5l"): the count is the quantity, as "6 x 500 ml water" reads; the measure
    of each one is left out (a unit of size, "10 x 250 mm", stays a size)."""
    tokens, norms = words.tokens, words.norms
    for n in range(1, len(piece) - 3):
        count, link, each, unit = piece[n : n + 4]
        if (
            unit == count + 3
            and tokens[count].kind == "number"
            and norms[link] in v.units.times
            and tokens[each].kind == "number"
            and norms[unit] in v.units.forms
            and any(tokens[i].kind == "word" for i in piece[:n])
        ):
            return [*piece[: n + 1], *piece[n + 4 :]]
    return piece


def _said_once(words: Words, name_indices: list[int]) -> list[int]:
    """ "молока слышь молока": a word said again while speaking is said once."""
    if len(name_indices) < 2:
        return name_indices
    norms = words.norms
    return [
        index
        for n, index in enumerate(name_indices)
        if not n or norms[index] != norms[name_indices[n - 1]]
    ]


def _measure_heads(
    words: Words,
    piece: list[int],
    governed: frozenset[int],
    in_measure: frozenset[int],
    v: Vocabulary,
) -> bool:
    """The word right before a complement's preposition is the measure's ("банки | с
    огурцами"); after the product's name, a measure counts that and a purpose goes on it
    ("корм 2 пачки | для кошки"), while what the container holds is still the measure's
    ("хлеб 3 банки | со шпротами")."""
    if not governed or not in_measure:
        return False
    start = min(governed)
    if min(in_measure) > 0 and words.norms[start] in v.units.measured_purposes:
        return False
    return start in piece and (n := piece.index(start)) > 0 and n - 1 in in_measure


def _described(words: Words, piece: list[int], measure: Measure, morphology: Morphology) -> bool:
    """A measure word said alone, last, after an adjective agreeing with it ("столовую ложку",
    "пластиковую бутылку"): a thing of that kind, not how much of one."""
    (n,) = measure.token_indices
    norms = words.norms
    return (
        n == len(piece) - 1
        and n > 0
        and words.tokens[piece[n]].kind == "word"
        and morphology.agrees(norms[piece[n - 1]], norms[piece[n]])
    )


def _heads_a_complement(words: Words, piece: list[int], measure: Measure, v: Vocabulary) -> bool:
    """A measure word said alone, right before a complement's preposition ("сетку от кротов",
    "банку для круп"): the product, not how much of one."""
    (n,) = measure.token_indices
    return (
        n + 1 < len(piece)
        and words.tokens[piece[n]].kind == "word"
        and words.norms[piece[n + 1]] in v.open_world.complement_prepositions
    )


def _dictionary_forms(
    words: Words,
    name_indices: list[int],
    names: tuple[str, ...],
    measure: Measure,
    *,
    morphology: Morphology,
    v: Vocabulary,
) -> tuple[str, ...]:
    """A Russian name in the nominative; any other with a misspelt product repaired."""
    s = v.shopping
    infos = words.infos
    for i in name_indices:
        info = infos[i]
        if info is not None and info.is_russian:
            counted = (
                measure.quantity is not None
                or measure.unit is not None
                or _after_partitive(words, name_indices[0], v)
            )
            several = measure.unit is None and _several(measure.quantity)
            # "купи нори": a borrowing the speller bent into another word is named as typed
            spelt = tuple(
                morphology.item_spelling(words.tokens[i].text, name)
                for i, name in zip(name_indices, names, strict=True)
            )
            return morphology.nominative(spelt, counted, several)
    return _repaired(names, s)  # "oatmeel", "avacado": a product misspelt


def _after_partitive(words: Words, first: int, v: Vocabulary) -> bool:
    """The name follows a known product said in the genitive right before it, a partitive
    ("купи сыра колбасы", "кефира ряженки"): it is one too, a genitive singular read as such
    ("колбаса", not "колбасы"). A genitive a measure governs is none ("литр молока яйца")."""
    before = words.infos[first - 1] if first > 0 else None
    if (
        before is None
        or not before.is_russian
        or before.noun_case != _GENITIVE
        or not words.matches(first - 1, v.shopping.known_products)
    ):
        return False
    k = first - 2
    return k < 0 or not (
        words.tokens[k].kind == "number"
        or is_measure_word(words.norms[k], v.units)
        or read_number(words.tokens, k, v.numbers) is not None
    )


def _repaired(names: tuple[str, ...], s: ShoppingWords) -> tuple[str, ...]:
    known = s.repair_targets
    if known.issuperset(names):
        return names  # most names: nothing to repair
    deletions = s.product_deletions
    vowels, digraphs = s.product_vowels, s.product_digraphs
    repaired = [repair_product(name, known, deletions, vowels, digraphs) or name for name in names]
    last = repaired[-1]
    if last not in known:  # the head written as it sounds ("frozen peetsa", "honey nut serial")
        repaired[-1] = repair_by_sound(last, known, s) or last
    return tuple(repaired)


def _second_measure(words: Words, piece: list[int], n: int, v: Vocabulary) -> bool:
    """A unit after a number or "по" besides the item's measure: the size of each ("бутылку
    воды 1,5 л", "четыре пакета молока по литру"), no part of the name."""
    if n == 0 or words.norms[piece[n]] not in v.units.forms:
        return False
    before = piece[n - 1]
    return words.tokens[before].kind == "number" or words.norms[before] in v.units.each


def _several(quantity: str | None) -> bool:
    """A count of two or more ("3", not "1" nor "1.5")."""
    return quantity is not None and quantity.isdigit() and int(quantity) >= _SEVERAL


def _glued_to_number(words: Words, index: int) -> bool:
    """A mark typed onto the number before it: the "%" of "3,2%"."""
    tokens = words.tokens
    return (
        index > 0
        and tokens[index - 1].kind == "number"
        and (tokens[index - 1].end == tokens[index].start)
    )


def _glued_specs(words: Words, indices: list[int]) -> list[tuple[int, ...]]:
    """Runs of tokens typed without a space that hold a number and a letter or a mark: a
    name's own spec ("7up", "E27", "4x40", "3,2%", "2%"), kept in the name as typed. The
    measure's tokens are not among ``indices`` ("2л", "x2" are read as measures first)."""
    tokens = words.tokens
    runs: list[tuple[int, ...]] = []
    run: list[int] = []
    for index in [*indices, -1]:
        if run and index == run[-1] + 1 and tokens[run[-1]].end == tokens[index].start:
            run.append(index)
            continue
        kinds = {tokens[k].kind for k in run}
        if len(run) > 1 and "number" in kinds and kinds != {"number"}:
            runs.append(tuple(run))
        run = [index]
    return runs


def _typed(words: Words, run: tuple[int, ...]) -> str:
    tokens = words.tokens
    return words.text[tokens[run[0]].start : tokens[run[-1]].end].lower()


def _merge(items: list[ItemDraft], words_key: list[tuple[str, ...]]) -> tuple[ItemDraft, ...]:
    merged: dict[tuple[str, ...], ItemDraft] = {}
    for item, key in zip(items, words_key, strict=True):
        kept = merged.get(key)
        if kept is None:
            merged[key] = item
        elif kept.quantity is None and item.quantity is not None:
            merged[key] = ItemDraft(kept.name, item.quantity, item.unit)
    return tuple(merged.values())


def _in_pair(norms: tuple[str, ...], i: int, end: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """``norms[i]`` is a word of one of ``pairs`` standing whole in ``norms[:end]``."""
    norm = norms[i]
    return (i + 1 < end and (norm, norms[i + 1]) in pairs) or (
        i > 0 and (norms[i - 1], norm) in pairs
    )


def read_shopping(
    words: Words,
    clause: Clause,
    household: HouseholdIndex,
    morphology: Morphology,
    excluded: frozenset[int],
    *,
    v: Vocabulary,
) -> ShoppingReading:
    """Items and list of one shopping clause; ``excluded`` tokens (a due phrase) are skipped."""
    start, end = clause.start, clause.end
    used, named, unknown = _list_phrase(words, clause, household, v)
    _list_noun_phrase(words, clause, v, used)  # "put … on groceries pleeease"
    t, s = v.triggers, v.shopping
    trigger_words, skipped = t.purchase_words, s.skipped_verbs
    content: list[int] = []
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    for i in range(start, end):
        if i in used or i in excluded:
            continue
        norm, info = norms[i], infos[i]  # (info: None for all but words)
        if (
            info is not None
            and (norm in trigger_words or lemmas[i] in trigger_words or norm in skipped)
            and (
                i == clause.trigger
                or not _list_only(words, i, t)
                or (used and _opens_amount(words, i, v))
            )
        ):
            # "…, прежний, к сожалению, закончился": what ran out is what was named
            content = _without_referring_subject(words, content, i, clause.trigger, v)
            continue  # ("glue sticks", "a bottle of pop": no verb but the trigger)
        if norm in t.fetch_links and lemmas[clause.trigger] in t.fetch_verbs:
            continue  # "сгоняй за хлебом": the link of the errand
        if norm in t.buy_typos and (
            i in (clause.trigger, start)
            # "pls ad bananas to groceries": only filler said before it, no article ("the ad")
            or (
                all(
                    norms[k] in s.item_filler
                    and norms[k] not in v.numbers.articles
                    and norms[k] not in s.definite_determiners
                    for k in range(start, i)
                )
                # "pls ad blue to costco": a colour after it names a product with it
                and not _typo_names_a_colour(words, i, s)
            )
        ):
            continue  # ("ad 5kg onions to costco": the list is the trigger, "ad" the verb)
        if norm in s.phrasal_firsts or (
            norm in s.phrasal_seconds and i > 0 and (norms[i - 1], norm) in s.phrasal_verbs
        ):
            continue  # "pick up"
        if norm in t.out_of_parts and _in_pair(norms, i, end, t.out_of):
            continue
        if (
            info is not None
            and not info.lemmas.isdisjoint(household.first_names)  # (find_member's own test)
            and household.find_member(words, i) is not None
        ):
            continue
        content.append(i)
    content = _without_destination(words, _without_phrases(words, content, v), household, s)
    content = _without_outside_place(words, content, clause.trigger, v)
    # "возьми вместо неё пасту": what the item replaces, cut before it reads as a purpose
    # (``_without_replaced``'s first test: most commands say no substitution)
    content = _without_replaced(words, content, v) if words.classes2 & SUBSTITUTIONS else content
    if s.reason_openers and words.classes2 & REASON_STARTS:
        content = _before_reason(words, content, clause.trigger, s.reason_openers)
    # a run-out's items are the product alone: "out of eggs, guess it's cereal" reads "eggs"
    content = _run_out_content(words, content, trigger := clause.trigger, v)
    # "the school needs it", "…, Lucy needs it for school": who needs it is no product
    content = _without_needer(words, content, clause, v)
    if trigger in used:  # a list named first: what stands around it is the items
        items = _read_items(words, _around_list(words, content, trigger, v), morphology, v)
    else:
        # The object follows the verb; words before it are the object only when nothing
        # follows ("малако купи"), and then without who asked for it ("мама просила …").
        after = _past_marks(words, [i for i in content if i > trigger])
        if (
            after
            and norms[after[0]] in s.shop_prepositions
            and (at := _shop_at(words, after, 0, s))
        ):
            after = after[at + 1 :]  # "купи в Ашане хлеб": where, then what
        # "… штук шесть в кулинарии"; "купи на месяц корм", "в школу тетради": what for first
        # "… juice boxes the grandkids are coming saturday": a clause told after, no item
        after = _before_told_clause(
            words, _without_shop_phrase(words, _after_purpose(words, after, v), s), s
        )
        after = _before_owned_told(words, _before_told_state(words, after, v), v)
        before = [i for i in content if i < trigger]
        after = _object_beside(words, content, before, after, trigger, v=v)
        items = _read_items(words, after, morphology, v)
        if not items:
            before = [i for i in content if i < trigger]
            items = (
                # "Петя сломал ногу, купи ещё": what is referred to is never bought; "когда
                # молоко кончится, купим ещё": nothing has run out yet
                ()
                if _unbought_remark(words, before, after, v)
                or _refers_to_a_condition(words, before, after, v)
                else _read_items(words, _said_before(words, before, after, v), morphology, v)
            )
        elif before and any(
            norms[i] in s.referring_pronouns
            # right after a buying verb or a separator ("добавь его", "…, it"; not "… have it")
            and (norms[i - 1] in s.separators or lemmas[i - 1] in trigger_words)
            for i in after
        ):
            # "лавровый лист закончился, добавь его и перец": "его" is the product before
            earlier = _read_items(
                words, _referred(words, _after_report(words, before, v), v), morphology, v
            )
            items = (*earlier, *items)
    return _new_tuple(ShoppingReading, (items, named, unknown and named is None, False))


def _without_needer(words: Words, content: list[int], clause: Clause, v: Vocabulary) -> list[int]:
    """``content`` without the subject of a need whose object is a pro-form, nor what is said
    after the pro-form up to a mark (``ShoppingWords.need_pro_objects``,
    ``need_pro_pointers``): "the school needs it by friday", "…, housing needs it", "…,
    Lucy needs it for school", "…, he needs it in writing", "the cat needs it more than I do
    lol", "buy printer paper? jack needs it for school" name no product in the need (whoever
    needs it is never one, what for, how or a remark neither), and what was named before the
    subject, past a mark, is what the pro-form refers to ("milk, the kids need it", "deodorant
    for Jack, he NEEDS it" keep the product); a need that is the clause's own verb takes no
    product after its pro-form at all ("the dog needs it, the vet said so"), but past a colon
    ("need it for the party: chips and dip") or a mark before a buying word ("Lucy needs it,
    buy milk"). A Russian need takes its needer in the dative
    before it, past its pro-form and an adverb ("купи клей, школе он нужен", "купи
    подгузники малышу они срочно нужны", "купи наполнитель коту нужен": ``_needers.russian_needer``).
    "we need that cheese" (a noun after the pointer) and "need it" with nothing before are
    left as they were."""
    s = v.shopping
    if not s.need_pro_objects or not words.classes1 & NEED_WORDS:
        return content  # (most clauses: no need word)
    dropped: set[int] = set()
    for need in range(clause.start, clause.end):
        if need + 1 < clause.end and needs_pro_form(words, need, v):
            if clause.trigger < need:  # the trigger's object may run up to the subject
                low, opens = clause.trigger + 1, False
            else:
                low, opens = clause.start, True
            dropped.update(range(needer_start(words, need, low, opens, v), need))
            last = _next_mark(words, need + 2, clause, s)
            if need == clause.trigger and not _buying_after(words, last, clause, v):
                last = clause.end  # "the dog needs it, the vet said so"
            dropped.update(range(need + 2, _colon_before(words, need + 2, last, v)))
        elif russian_need(words, need, v):
            first = russian_needer(words, need, clause.start)
            dropped.update(range(first, need))
            if first < need and russian_pro_form(words, first + 1, need, v):
                # "купи ватман маше он нужен для проекта": what for, no product ("маме
                # нужны цветы" keeps its object)
                dropped.update(range(need + 1, _next_mark(words, need + 1, clause, s)))
    return [i for i in content if i not in dropped] if dropped else content


def _next_mark(words: Words, start: int, clause: Clause, s: ShoppingWords) -> int:
    """The first separator (``ShoppingWords.separators``) from ``start`` in the clause, or
    its end."""
    last = start
    while last < clause.end and words.norms[last] not in s.separators:
        last += 1
    return last


def _buying_after(words: Words, start: int, clause: Clause, v: Vocabulary) -> bool:
    """A buying or adding word in the clause from ``start`` ("Lucy needs it, buy milk"):
    what follows the need's mark is a request of its own."""
    t = v.triggers
    return any(words.matches(k, t.purchase_words) for k in range(start, clause.end))


def _colon_before(words: Words, start: int, end: int, v: Vocabulary) -> int:
    """The first list-opening colon from ``start`` before ``end`` ("need it for the party:
    chips and dip": the list after it names the products), or ``end``."""
    return next((k for k in range(start, end) if words.norms[k] in v.shopping.need_list_marks), end)


def _run_out_content(words: Words, content: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """``content`` of a run-out report (``trigger`` a Russian run-out verb, or "out" of an
    English "out of") held to the product alone: no word of comment (``run_out_comments``,
    ``run_out_comment_phrases``: "we ran out of eggs agian ugh", "ugh гречка закончилась",
    "out of milk and eggs again", "закончились яйца и как всегда молоко"), dropped where it
    stands; after the product, a piece past a mark that holds a remark's word
    (``run_out_remarks``: an evaluation, a guess, the speaker, a question word), a Russian
    verb or pronoun is a remark and cuts the rest ("out of eggs, guess it's cereal for
    dinner", "ran out of coffee, nightmare"), and so is one a pointer opens ("we're out of
    гречка again, это уже традиция");
    "out of milk, eggs and bread again" keeps the list, and so does a list joiner with a
    possessive before a known product: "out of milk, and my shampoo"); a Russian product
    said right before the verb is what ran out: what follows the verb up to a mark is a
    comment unless it names a noun in a subject's case and no remark, or a measure ("соль
    кончилась прямо посреди готовки", "пельмени кончились капец"; "кончилась заварка",
    "яйца кончились, возьми десяток" keep it), and a later piece is one more product only
    with a link, "тоже", a count or a known product (``run_out_also``: "…, и хлеб тоже",
    "…: молоко, кефир"), a measure alone ("…, две пачки") or a thing with what it is for
    (``run_out_purposes``: "…, гель для душа"); "кофе кончился, а я без него никто", "…,
    папа в панике" are remarks; the English subject of "out of" is the holder, never the
    product ("the fridge is out of space"). A request said after the run-out reads as
    before; a run-out of what no shop sells names nothing (``_runs_out_unsold``)."""
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    t, s = v.triggers, v.shopping
    russian = lemmas[trigger] in t.out_of_words
    nxt = words.next_words[trigger]
    if not russian and (nxt is None or (norms[trigger], norms[nxt]) not in t.out_of):
        return content  # (most triggers: no run-out)
    comments, remarks, separators = s.run_out_comments, s.run_out_remarks, s.separators
    phrased: set[int] = set()  # the words of a comment of two words: "как всегда", "as usual"
    for k in range(len(words)):
        phrased.update(range(k, k + words.phrase_length(k, s.run_out_comment_phrases)))

    def comment(k: int) -> bool:
        # as spelt: an interjection is no form of a word ("блины закончились": pancakes)
        return norms[k] in comments or k in phrased

    def remark(k: int) -> bool:
        info = infos[k]
        return (
            norms[k] in remarks
            or lemmas[k] in remarks
            or words.tokens[k].text.lower() in remarks  # as typed: "капец" is no typo
            or (info is not None and (_is_verb(info) or _is_pronoun(info)))
        )

    def known(k: int) -> bool:
        return norms[k] in s.known_products or lemmas[k] in s.known_products

    def remarked(piece: list[int]) -> bool:
        # a remark's word, or a pointer at what was said opening the piece ("…, это уже
        # классика", "…, that's the third time this week")
        said = _past_marks(words, piece)
        return any(remark(k) for k in piece) or bool(said and norms[said[0]] in s.pointer_words)

    before = [i for i in content if i < trigger and not comment(i)]
    after = [i for i in content if i > trigger and not comment(i)]
    if not after:
        return [] if _runs_out_unsold(words, before, v) else before
    if any(_asks_after(words, k, v) for k in range(trigger + 1, after[-1] + 1)):
        # "…, so put down two bottles of it", "… закончился добавь его и перец": a request
        # said after the run-out reads as before
        return before + after
    marks = [n for n, i in enumerate(after) if norms[i] in separators]
    pieces = [(0, after[: marks[0]] if marks else after)] + [
        (n, after[n : next((m for m in marks if m > n), len(after))]) for n in marks
    ]
    if russian and _product_before(words, before, separators):
        first = pieces[0][1]
        head = (
            first
            if (any(_subject_noun(words, k) for k in first) and not any(remark(k) for k in first))
            or _is_measure_only(words, _past_marks(words, first), v)
            else []
        )
        kept = head
        for _, piece in pieces[1:]:
            if all(words.tokens[k].kind == "punct" for k in piece):
                kept = kept + piece  # ("…. И кофе тоже": two marks)
                continue
            said = _past_marks(words, piece)
            if not (
                _is_measure_only(words, said, v)  # "молоко закончилось, две пачки"
                or (
                    not remarked(piece)
                    and (
                        any(
                            norms[k] in s.run_out_also
                            or words.tokens[k].kind == "number"
                            or known(k)
                            for k in piece
                        )
                        or _names_what_for(words, said, s.run_out_purposes)
                    )
                )
            ):
                break  # "кофе кончился, а я без него никто", "…, папа в панике"
            kept = kept + piece
        after = kept
    else:
        cut = next(
            (
                n
                for n, piece in pieces[1:]
                if n and remarked(piece[1:]) and not _joined_possessed(words, piece, s, known)
            ),
            len(after),
        )
        after = after[:cut]
        if not russian and any(words.tokens[k].kind != "punct" for k in after):
            before = []  # "the fridge is out of space": the holder, no product
    if _runs_out_unsold(words, before + after, v):
        return []
    return before + after


def _runs_on_past_mark(words: Words, content: list[int], trigger: int, v: Vocabulary) -> bool:
    """``trigger`` is a Russian run-out verb with its product right before it, and a mark
    right after it opens what ``content`` keeps there, no request said and the product not
    named again ("шампунь закончился, гель для душа"; "хлеб закончился, купи бородинский"
    names the kind to buy, "картошка кончилась, 3 кило картошки" how much)."""
    following = [i for i in content if i > trigger]
    before = [i for i in content if i < trigger]
    lemmas = words.lemmas
    return (
        bool(following)
        and lemmas[trigger] in v.triggers.out_of_words
        and words.tokens[following[0]].kind == "punct"
        and _product_before(words, before, v.shopping.separators)
        and not any(_asks_after(words, k, v) for k in range(trigger + 1, following[-1] + 1))
        and {lemmas[i] for i in before}.isdisjoint(lemmas[i] for i in following)
    )


def _joined_possessed(
    words: Words, piece: list[int], s: ShoppingWords, known: Callable[[int], bool]
) -> bool:
    """``piece`` after a run-out's mark opens with a list joiner, then a possessive, then a
    known product and no more possessives ("…, and my shampoo", "… и мой шампунь"): one more
    product, its possessive no remark ("…, and my head hurts" is one)."""
    norms = words.norms
    said = [k for k in piece if words.tokens[k].kind != "punct"]
    return (
        len(said) > 2
        and norms[said[0]] in s.list_joiners
        and norms[said[1]] in s.ran_out_possessives
        and not any(norms[k] in s.ran_out_possessives for k in said[2:])
        and any(known(k) for k in said[2:])
    )


def _names_what_for(words: Words, piece: list[int], purposes: frozenset[str]) -> bool:
    """``piece`` is a thing named with what it is for: a noun of no living being in a
    subject's case, then a purpose preposition ("гель для душа", "средство для окон"; not
    "папа в панике")."""
    info = words.infos[piece[0]] if piece else None
    return (
        len(piece) > 2
        and info is not None
        and not info.is_animate
        and _subject_noun(words, piece[0])
        and words.norms[piece[1]] in purposes
    )


def _subject_noun(words: Words, k: int) -> bool:
    """Token ``k`` is a Russian noun that may be a subject: read in the nominative or a
    direct case, no preposition before it ("заварка", "корм"; not "у кота", "в известность")."""
    infos = words.infos
    info = infos[k]
    return (
        info is not None
        and info.pos == _NOUN
        and (info.noun_case == "nomn" or info.may_be_direct)
        and not (k > 0 and (previous := infos[k - 1]) is not None and previous.pos == _PREPOSITION)
    )


def _product_before(words: Words, before: list[int], separators: frozenset[str]) -> bool:
    """A noun that may be a subject (nominative or direct, no preposition before it) in the
    stretch of ``before`` right before a Russian run-out verb, back to a mark or a verb
    ("соль кончилась", "ну вот, кофе кончился"; "дочка говорит, что у кота закончился" none)."""
    norms, infos = words.norms, words.infos
    said = len(before)
    while (
        said and norms[before[said - 1]] not in separators and not _is_verb(infos[before[said - 1]])
    ):
        said -= 1
    return any(_subject_noun(words, k) for k in before[said:])


def _asks_after(words: Words, k: int, v: Vocabulary) -> bool:
    """Token ``k`` asks for something: a Russian imperative or infinitive; a purchase word,
    a verb skipped as a buying one or the first word of a phrasal verb opening its clause
    (after a mark or a word of consequence: "…, so put down two"; not "…, guess the kids get
    toast")."""
    norm, lemma, info = words.norms[k], words.lemmas[k], words.infos[k]
    t, s = v.triggers, v.shopping
    if info is not None and info.is_russian and (info.is_imperative or info.is_infinitive):
        return True
    if not (
        norm in t.purchase_words
        or lemma in t.purchase_words
        or norm in s.skipped_verbs
        or norm in s.phrasal_firsts
    ):
        return False
    before = k - 1
    return (
        before < 0
        or words.tokens[before].kind == "punct"
        or words.norms[before] in s.separators
        or words.norms[before] in t.consequence_joiners
        or (before > 0 and (words.norms[before - 1], words.norms[before]) in t.consequence_pairs)
    )


def _runs_out_unsold(words: Words, product: list[int], v: Vocabulary) -> bool:
    """A run-out's ``product`` is what no shop sells: a supply of the home, a qualifier and
    what it qualifies closing it ("горячая вода", "hot water"); a device's charge, a battery
    word with a charged device in the text ("батарейка на телефоне", "phone battery"); the
    speaker's own mind or patience, a possessive beside an abstract need ("мой мозг"); an
    abstract need alone, past where it is ("в холодильнике закончилось место", "we're out
    of space in the fridge", "силы закончились")."""
    product = [k for k in product if words.tokens[k].kind != "punct"]
    if not product:
        return False
    norms, lemmas, s, infos = words.norms, words.lemmas, v.shopping, words.infos
    # the product's words, less a Russian preposition's phrase and what follows an English
    # one or a determiner: "в холодильнике место" → "место", "space in the fridge" → "space"
    head: list[int] = []
    for k in product:
        info = infos[k]
        if info is not None and info.is_russian:
            if info.pos != _PREPOSITION and not (k > 0 and _preposition_at(words, k - 1)):
                head.append(k)
        elif norms[k] in s.shop_prepositions or norms[k] in v.open_world.stock_counts:
            break
        else:
            head.append(k)
    if len(head) == 1 and (
        norms[head[0]] in v.open_world.abstract_needs
        or lemmas[head[0]] in v.open_world.abstract_needs
    ):
        return True

    def said(k: int, field: frozenset[str]) -> bool:
        return norms[k] in field or lemmas[k] in field

    last = product[-1]
    if (
        said(last, s.run_out_supplies)
        and len(product) > 1
        and product[-2] == last - 1
        and said(product[-2], s.run_out_supply_qualifiers)
    ):
        return True
    if any(said(k, s.run_out_charges) for k in product) and any(
        said(k, s.run_out_charged) for k in range(len(words.tokens))
    ):
        return True
    return any(said(k, s.ran_out_possessives) for k in product) and any(
        said(k, v.open_world.abstract_needs) for k in product
    )


def _preposition_at(words: Words, k: int) -> bool:
    return (info := words.infos[k]) is not None and info.pos == _PREPOSITION


def _before_told_clause(words: Words, after: list[int], s: ShoppingWords) -> list[int]:
    """ "купи … тульских пряников внук приедет в воскресенье", "add … juice boxes the
    grandkids are coming saturday", "купи шоколад Маша просила", "buy crackers the dog eats
    them": a clause told after the items with no comma, a person or a pet its subject (a
    ``told_subjects`` word, a first name; a member's name, read apart as no item, stands
    between the items and the verb) and a finite verb right after it, is no item; the items
    go on after the next separator (a relative clause: "the cookies grandpa likes and a
    gallon of milk")."""
    if not _may_tell_a_clause(words, after, s):
        return after
    norms, infos = words.norms, words.infos
    for m in range(1, len(after)):
        verb = after[m]
        index = verb - 1
        if index == after[m - 1]:
            n = m - 1  # the subject is read with the items
            if n == 0:
                continue
        elif index > after[m - 1] and _told_subject(words, index, s):
            n = m  # a member's name, read apart: the items end before the verb
        else:
            continue
        info = infos[index]
        if info is None or not _told_subject(words, index, s):
            continue
        if index > 0 and norms[index - 1] in s.relative_words:
            continue  # "купи тот, который Лена советовала": the relative clause says which
        if info.is_russian:
            said = infos[verb]
            told = (
                info.pos == _NOUN
                and info.noun_case == "nomn"
                and _is_verb(said)
                and said is not None
                and not said.is_imperative
                and (said.is_third_person or said.is_past)
            )
        else:
            told = norms[verb] in s.told_verbs and (
                # "juice and kids drinks", "2 packs of baby drinks": a product's name unless
                # the subject has its determiner or the verb its object
                norms[verb] not in s.told_noun_verbs
                or (n > 1 and norms[after[n - 1]] in s.told_determiners)
                or (m + 1 < len(after) and norms[after[m + 1]] in s.told_objects)
            )
        if not told:
            continue
        start = n - 1 if n > 1 and norms[after[n - 1]] in s.told_determiners else n
        # the clause runs to the next separator, where the list goes on ("the cookies grandpa
        # likes and a gallon of milk")
        end = next((k for k in range(m + 1, len(after)) if norms[after[k]] in s.separators), None)
        if end is None:
            return after[:start]
        return after[:start] + _before_told_clause(words, after[end:], s)
    return after


def _before_told_state(words: Words, after: list[int], v: Vocabulary) -> list[int]:
    """ "купи зарядку для телефона в машину старая сдохла", "… бифидок папе от обычного
    кефира живот крутит", "запиши яиц десяток пигоди будем делать в воскресенье": a Russian
    finite verb that tells (no imperative; a past, a 3rd person's present or a 1st person's
    verb) said after the items with no mark at all ends them before its subject right before
    it, a noun in the nominative ("живот") or a word of the thing replaced (``ShoppingWords.
    told_state_adjectives``: "старая"), or before its object said first, a noun right before
    a 1st person's verb ("пигоди будем делать"), and before a conjunction or a particle left
    last ("… и чтоб Дима забрал …"): the reason told is no item (issue #12, round 31). A
    run-out's verb tells what to buy ("купи хлеб молоко кончилось" keeps its reading); with a
    mark between ("…, старая колесо потеряла", read by the comment's rules) or no such word
    right before the verb ("… Петя кефир не пьёт") the items read as before."""
    infos, s = words.infos, v.shopping
    for m in range(1, len(after)):
        info = infos[after[m]]
        if _short_state_of_replaced(words, after, m, s):
            if _marked_between(words, after[0] - 1, after[m]):
                return after
            return after[: m - 1]  # "… тушь моя засохла": "засохла" read a short adjective
        if (
            info is None
            or not info.is_russian
            or info.pos != _VERB
            or len(info.norm) < _SHORTEST_TOLD_VERB  # "цоколь е14": a letter of a code
            # ("будем" may also be read "будь": a 1st person's verb is none)
            or (
                (info.is_imperative or info.imperative_too is not None) and not info.is_first_person
            )
            or not (info.is_past or info.is_third_person or info.is_first_person)
            or info.lemma in v.triggers.out_of_words
        ):
            continue
        if _marked_between(words, after[0] - 1, after[m]):
            return after  # a mark between or before: the comment's own rules read it
        return after[: _told_subject_at(words, after, m, info, s)]
    return after


def _marked_between(words: Words, start: int, end: int) -> bool:
    """A mark of speech from ``start`` up to ``end``; a pictograph is none ("купи тушь 😭 моя
    засохла": the remark rules of the pieces do not split at it)."""
    return any(
        words.is_punct(k) and not _pictograph(words.tokens[k].text) for k in range(start, end)
    )


def _short_state_of_replaced(words: Words, after: list[int], m: int, s: ShoppingWords) -> bool:
    """The word at ``after[m]`` a Russian short adjective or participle ("засохла",
    "сломана") right after a word of the thing replaced (``told_state_adjectives``: "моя",
    "старая"), itself no first word: a state told of the old one ("купи тушь моя засохла")."""
    info = words.infos[after[m]]
    if info is None or not info.is_russian or info.pos not in _SHORT_STATES or m < 2:
        return False
    before = words.infos[after[m - 1]]
    return (
        after[m - 1] == after[m] - 1
        and before is not None
        and before.lemma in s.told_state_adjectives
    )


_OWNED_TOLD_REACH: Final = 3  # words from the possessive to its verb: "his old one broke"


def _before_owned_told(words: Words, after: list[int], v: Vocabulary) -> list[int]:
    """ "add … a pill cutter his one broke", "add bleach the toilet is grim", "add superglue
    the mug handle came off": an English possessive or "the" (``ShoppingWords.
    told_owner_openers``) right after a word of the items, no mark and no preposition
    before it, and within three words a verb that tells (``TaskWords.comment_verbs``,
    ``told_verbs``, ``TriggerWords.told_irregular_pasts``), no subordinator between, opens
    a clause of its own: the items end before it. "add his medicine" (the possessive first),
    "add bread and her yoghurt" (no told verb), "a box of the good tea", "add milk the one
    that is lactose free" (a relative word), "…, his one broke" (a mark: the comment's
    rules) read as before."""
    norms, s = words.norms, v.shopping
    k = v.tasks
    for m in range(1, len(after)):
        at = after[m]
        if norms[at] not in s.told_owner_openers or after[m - 1] != at - 1:
            continue
        info = words.infos[at]
        before = norms[at - 1]
        if (
            info is None
            or info.is_russian
            or before in s.told_owner_openers
            or before in s.owned_told_stops
        ):
            continue
        for n in range(m + 1, min(m + 1 + _OWNED_TOLD_REACH, len(after))):
            norm = norms[after[n]]
            if after[n] != after[n - 1] + 1 or norm in k.subordinators:
                break  # a mark or a word read apart between; "the one that is …"
            if (
                norm in k.comment_verbs
                or norm in s.told_verbs
                or norm in v.triggers.told_irregular_pasts
            ):
                if any(words.is_punct(j) for j in range(after[0], at)):
                    return after  # a mark before it: the comment's own rules read it
                return after[:m]
    return after


def _told_subject_at(
    words: Words, after: list[int], m: int, verb: WordInfo, s: ShoppingWords
) -> int:
    """Where in ``after`` the told clause of the verb at ``after[m]`` begins: at its subject
    or its object said first right before it, past a conjunction, a particle or a relative
    word before that; ``len(after)`` (nothing cut) with no such word. Up to two particles or
    adverbs of ``told_state_adverbs`` before the verb stand between ("… батарейки пульт опять не работает", "… эти уже
    воняют"), and a word of the thing replaced before the subject is its own ("… последний
    рулон остался")."""
    j = m - 1
    while j > 1 and m - j <= _TOLD_ADVERBS and after[j] == after[j + 1] - 1:
        if words.norms[after[j]] not in s.told_state_adverbs:
            break
        j -= 1  # "не", "опять", "уже" ("олег всё выпил" reads as before)
    before = words.infos[after[j]]
    if after[j] != after[j + 1] - 1 or before is None or not before.is_russian:
        return len(after)
    if j < m - 1 and before.norm in s.told_state_adverbs:
        return len(after)
    if not (
        (before.pos == _NOUN and before.noun_case == _NOMINATIVE)
        # "пульт опять не работает": with words between, a nominative that may be read so
        or (before.pos == _NOUN and before.may_be_direct and j < m - 1)
        or before.lemma in s.told_state_adjectives  # "старая сдохла"
        or (
            verb.is_first_person
            and ((before.pos == _NOUN and before.may_be_direct) or before.guessed)
        )
    ):
        return len(after)
    cut = j
    if (
        cut > 0
        and before.pos == _NOUN
        and (info := words.infos[after[cut - 1]]) is not None
        and info.lemma in s.told_state_adjectives
    ):
        cut -= 1  # "последний рулон остался": the subject's own word
    while cut > 0 and (
        words.norms[after[cut - 1]] in s.relative_words
        or ((info := words.infos[after[cut - 1]]) is not None and info.pos in _JOINING_POS)
    ):
        cut -= 1  # "хлеб который Маша любит", "… и чтоб Дима забрал"
    return cut if cut > 0 else len(after)


def _may_tell_a_clause(words: Words, after: list[int], s: ShoppingWords) -> bool:
    """A word that may be a told clause's subject is said: a ``told_subjects`` word, a
    capitalised word past the first, or a word read apart between two of ``after``."""
    if words.classes3 & TOLD_SUBJECTS:
        return True
    if len(after) < 2:
        return False
    if after[-1] - after[0] >= len(after):
        return True  # a gap: a member's name read apart
    if words.text.islower():
        return False  # no capital in the whole text (most commands): no word is capitalised
    return any(words.is_capitalised(index) for index in after[1:])


def _told_subject(words: Words, index: int, s: ShoppingWords) -> bool:
    """A told clause's subject: a ``told_subjects`` word (a person, a pet), a first name (in
    Russian by the dictionary, in English capitalised)."""
    if words.matches(index, s.told_subjects):
        return True
    info = words.infos[index]
    if info is None:
        return False
    if info.is_russian:
        return info.is_name
    return words.is_capitalised(index)


def _past_marks(words: Words, after: list[int]) -> list[int]:
    """``after`` from its first word or number: "яйца кончились, возьми десяток" (the trigger
    the report, "возьми" skipped) holds a bare measure after the mark."""
    n = 0
    while n < len(after) and words.tokens[after[n]].kind == "punct":
        n += 1
    return after[n:] if n else after


_PURPOSE_WORDS_BEFORE: Final = 3  # "на всю неделю", "в новую школу": a preposition's phrase, short


def _after_purpose(words: Words, after: list[int], v: Vocabulary) -> list[int]:
    """The words after a purpose said first ("купи на неделю гречку", "возьми к чаю печенье",
    "купи Пете в садик сменку"): a preposition and, at most two words on, a noun of the
    dictionary in the case it governs, with more than a measure said after it ("под солнечное
    масло одну бутылку" is one product, split); a preposition whose noun was a member ("для
    Маши", skipped) goes alone."""
    norms, infos, s = words.norms, words.infos, v.shopping
    if _beneficiary_before_purpose(words, after, s):
        after = after[1:]  # "возьми детям | в школу три банана"
    while len(after) > 1 and (case := s.purpose_prepositions.get(norms[after[0]])) is not None:
        # (most commands: the first word after the verb is no such preposition)
        if after[1] != after[0] + 1:  # ("для <member> в школу": the member is read apart)
            after = after[1:]
            continue
        end = next(
            (
                n
                for n in range(1, min(len(after), _PURPOSE_WORDS_BEFORE + 1))
                if (info := infos[after[n]]) is not None
                and info.pos == _NOUN
                and not info.guessed
                and (info.noun_case == case or (case == "accs" and info.may_be_direct))
            ),
            None,
        )
        if (
            end is None
            or end + 1 >= len(after)
            or any((info := infos[i]) is None or info.pos not in _DESCRIBING for i in after[1:end])
            or _is_measure_only(words, after[end + 1 :], v)
        ):
            return after
        after = after[end + 1 :]
    return after


def _beneficiary_before_purpose(words: Words, after: list[int], s: ShoppingWords) -> bool:
    """A Russian noun of a person in the dative, the one the purchase is for, right before a
    purpose said first ("возьми детям в школу три банана", "купи маме на дачу рассаду"): no
    part of the product, as a member named there ("купи Пете в садик сменку") is not."""
    if (
        len(after) < 3
        or after[1] != after[0] + 1
        or words.norms[after[1]] not in s.purpose_prepositions
    ):
        return False
    info = words.infos[after[0]]
    return (
        info is not None
        and info.pos == _NOUN
        and info.is_animate
        and info.is_dative
        and info.noun_case == "datv"
    )


def _without_referring_subject(
    words: Words, content: list[int], verb: int, trigger: int, v: Vocabulary
) -> list[int]:
    """``content`` without the subject of a report of what ran out (``verb``) said after the
    items when it names no product but refers back to one: an adjective or a pronoun alone
    ("прежний", "старые", "наш"), across pieces naming nothing ("к сожалению", "как
    водится"). A noun in the nominative is the product that ran out ("…, сахар закончился")."""
    if verb < trigger or words.lemmas[verb] not in v.triggers.out_of_words:
        return content
    infos, norms, s = words.infos, words.norms, v.shopping
    end = len(content)
    while end:
        start = end
        while start and norms[content[start - 1]] not in s.separators:
            start -= 1
        piece = [i for i in content[start:end] if infos[i] is not None]
        if any((info := infos[i]) is not None and info.noun_case == "nomn" for i in piece):
            return content
        poses = [
            info.pos if (info := infos[i]) is not None and info.is_russian else None for i in piece
        ]
        place = _place_in(words, piece)
        if any(pos in _REFERRING for pos in poses) and all(
            pos in _REFERRING or pos in _SPOKEN or piece[n] in place for n, pos in enumerate(poses)
        ):  # ("наш уже", "старые опять")
            return content[:start]
        end = start - 1 if start else 0
    return content


def _place_in(words: Words, piece: list[int]) -> set[int]:
    """The words of ``piece`` that say where: a Russian preposition and the noun after it in
    the prepositional case ("своя в погребе кончилась"; not "моющее для пола", "у меня")."""
    infos = words.infos
    place: set[int] = set()
    for at, nxt in pairwise(piece):
        first, second = infos[at], infos[nxt]
        if (
            first is not None
            and second is not None
            and first.pos == _PREPOSITION
            and second.pos == _NOUN
            and second.noun_case == "loct"
        ):
            place.update((at, nxt))
    return place


def read_ran_out(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    *,
    v: Vocabulary,
    used_up: bool = False,
) -> ShoppingReading | None:
    """The products of a run-out report (``ran_out_products``' span, analysed alone): read
    as a bare list is, one product too, its head a known product or a household consumable
    (``ShoppingWords.consumable_heads``: "toilet paper", "cat litter"); ``used_up``: a verb
    told it ran out, else the one product must be a household consumable ("kitchen roll is
    finished"; "the chicken is finished", "the cake is out" ask)."""
    if not verbless(words, v.triggers):
        return None
    return _read_bare_list(
        words, household, morphology, _NO_INDICES, v=v, ran_out=True, used_up=used_up
    )


def read_bare_list(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    excluded: frozenset[int],
    *,
    v: Vocabulary,
    by_shape: bool = False,
) -> ShoppingReading | None:
    """A list of products said with no verb at all ("1.5kg chicken thighs", "молоко 2 л и
    хлебушек плз", "3 avos, a punnet of strawbs and 500g of greek yoghurt"): a purchase only
    when the text is one run of noun phrases (no verb, no trigger word, no mark but the list's
    own, a full stop only last, no two numbers without a word between) and one of its items
    is measured in a unit, the mark of a shopping list; a bare noun ("the blue one"), a count
    ("2 tickets", "20 minutes") or a phone number asks as before. With ``by_shape``, a list
    that passes every test of its shape but has no measured or known product is read all the
    same, marked ``by_shape``: whether it acts is the evidence model's to say."""
    if _subject_and_verb_open(words, v.triggers):
        return None  # "I love honey and lemon", "we love pizza and beer": a sentence
    heading = -1
    if not words.vocabulary.isdisjoint(
        v.shopping.list_heading_marks
    ) or not words.vocabulary.isdisjoint(v.shopping.relay_asking_verbs):
        # "по дому: молоко 2 л, творог, бананы", "мама просит: …"
        heading = _list_heading(words, v, household)
    if heading >= 0:
        reading = _read_bare_list(
            words, household, morphology, excluded, v=v, start=heading + 1, by_shape=by_shape
        )
        if reading is not None:
            return reading
    elif words.classes2 & LIST_LEMMAS and (line := _heading_line(words, v, household)) > 0:
        # "список продуктов\nморковь килограмм\nсвёкла две штуки": a heading on a line
        reading = _read_bare_list(words, household, morphology, excluded, v=v, start=line)
        if reading is None or reading.named_list is not None:
            return reading
        named = household.find_lists(words, 0, line)
        return reading._replace(named_list=named[0][0]) if named else reading
    elif verbless(words, v.triggers):
        return _read_bare_list(words, household, morphology, excluded, v=v, by_shape=by_shape)
    # most commands: a verb or a trigger word, which the clauses read; a list said last
    # ("napkins on the party list", "WD-40 on the hardware list") is the one trigger word a
    # bare list may hold
    named_last = _list_named_last(words, v)
    if named_last < 0 or not verbless(words, v.triggers, stop=named_last):
        return None
    return _read_bare_list(words, household, morphology, excluded, v=v, named_last=named_last)


def _heading_line(words: Words, v: Vocabulary, household: HouseholdIndex) -> int:
    """The first token of the second line when the first line is a list's heading said with
    no mark: at most ``_HEADING_WORDS`` words, each a word for a list
    (``ShoppingWords.list_lemmas``, ``cue_heading_nouns``) or of a known list's name, one of
    them a list word ("список продуктов\nморковь …", "shopping list\nmilk …"; voice typing
    writes "абзац", "new line" as the break); 0 when there is none ("молоко\nхлеб" has no
    heading, "список\n" alone nothing after it)."""
    text = words.text
    tokens = words.tokens
    s = v.shopping
    named = {k for _thing, i, j in household.find_lists(words) for k in range(i, j)}
    listed = False
    for k in range(len(tokens) - 1):
        if k >= _HEADING_WORDS or not words.is_word(k):
            return 0
        if words.lemmas[k] in s.list_lemmas:
            listed = True
        elif k not in named and not words.has_lemma(k, s.cue_heading_nouns):
            return 0
        if _NEWLINE in text[tokens[k].end : tokens[k + 1].start]:
            return k + 1 if listed else 0
    return 0


def _subject_and_verb_open(words: Words, t: TriggerWords) -> bool:
    """A subject pronoun and a verb that is no task's open the text (``TriggerWords.
    report_subjects``, ``non_task_verbs``: "I love honey and lemon", "we like pizza and
    beer"): a sentence about the products, no list of them, whatever the tagger makes of
    the verb ("love" may be a noun)."""
    first = words.first_word
    if first is None or words.norms[first] not in t.report_subjects:
        return False
    nxt = words.next_words[first]
    return nxt is not None and words.norms[nxt] in t.non_task_verbs


def _list_named_last(words: Words, v: Vocabulary) -> int:
    """Where a list said last after products with no verb begins: a list word closing the
    text (past marks and words of courtesy or urgency) with at most three words naming it
    after a list preposition ("paper plates and napkins on the party list", "WD-40 to the
    hardware store list, please", "маски медицинские — в аптечный список"); -1 when there is
    none."""
    if not words.classes2 & LIST_LEMMAS:
        return -1  # no "list"/"список": most texts
    t, s = v.triggers, v.shopping
    norms, infos = words.norms, words.infos
    k = len(words) - 1
    while k > 0 and ((infos[k] is None and words.is_punct(k)) or norms[k] in t.list_last_tail):
        k -= 1
    if k <= 0 or not words.matches(k, t.list_words) or words.lemmas[k] not in s.list_lemmas:
        return -1
    b = k - 1
    while (
        b > 0
        and k - b <= _NAME_WORDS
        and infos[b] is not None
        and norms[b] not in s.list_prepositions
    ):
        b -= 1
    if b <= 0 or k - b > _NAME_WORDS:
        return -1
    kinds = s.foreign_list_kinds
    if any(words.matches(n, kinds) for n in range(b + 1, k)):
        return -1  # "my name on the guest list", "телефон в чёрный список": no purchases
    # where the products go ("on", "to", "в"; "… from the Costco list" may take them off);
    # a list set off by a comma alone ("room 12, costco list") is read by the clauses, which
    # ask for a product before it
    return b if norms[b] in s.list_goal_prepositions else -1


def without_relay_tail(words: Words, v: Vocabulary, household: HouseholdIndex) -> str | None:
    """ "и ещё печенье овсяное, Петя просил", "сгущёнку две банки, дети просили": a relay said
    last, its teller (a member, a first name, ``relay_tellers`` or a pronoun of the third
    person: "…, он просил") then an asking verb closing the text (``relay_asking_verbs``): the
    text before it, a verbless list, read alone as the request it relays (after a verb the
    clauses read it: "добавь творожки, Петя просил"); None otherwise. The
    speaker's own ask ("…, я же просила") is no relay (``wish_speakers``)."""
    s = v.shopping
    norms = words.norms
    k = len(words) - 1
    while k > 0 and not words.is_word(k) and words.tokens[k].kind == "punct":
        k -= 1
    if k <= 0 or norms[k] not in s.relay_asking_verbs:
        return None
    j = k - 1
    while j >= 0 and words.is_word(j) and norms[j] not in s.wish_speakers:
        info = words.infos[j]
        if not (
            (info is not None and info.is_name)
            or norms[j] in s.subject_pronouns
            or words.has_lemma(j, s.relay_tellers)
            or household.find_member(words, j) is not None
        ):
            break
        j -= 1
    start = j + 1
    if start in (k, 0) or (words.is_word(j) and norms[j] in s.wish_speakers):
        return None  # no teller, nothing relayed, or the speaker's own ask
    if not verbless(words, v.triggers, stop=start):
        return None  # "добавь чипсы в список Кирилла, он просил": the clauses read it
    end = words.tokens[start].start
    if words.tokens[j].kind == "punct" and norms[j] in _RELAY_TAIL_MARKS:
        end = words.tokens[j].start  # "…, Петя просил"
    before = words.text[:end].rstrip()
    return before or None


def _list_heading(words: Words, v: Vocabulary, household: HouseholdIndex) -> int:
    """Where a short heading before a list of products ends: the first heading mark after one
    to four words with no number, no verb but a memo verb ("не забыть — нутелла и хлебцы",
    "don't forget: …") or one verb relaying its teller's wants ("мама просит: …", "дочка
    продиктовала — …", "Аня в голосовом продиктовала: …": ``ShoppingWords.relay_heading_verbs``,
    the teller a member, a first name or ``relay_tellers``), no product but one after a
    preposition ("к чаю: …", "for the salad - …": "молоко - 2 л" is an item and its measure)
    and no word that heads another kind of list ("Ingredients:", "Состав:", "Меню:"); -1 when
    there is none. A verb that asks, right after the words naming its teller and before a
    word, ends the heading with no mark ("бабушка просит кефир и батон", "бабушка Валя
    просила …": ``relay_asking_verbs``; "Маша всегда просит сыр" tells a habit)."""
    s = v.shopping
    marks, memo, known, prepositions, stops = (
        s.list_heading_marks,
        s.list_heading_verbs,
        s.known_products,
        s.heading_prepositions,
        s.heading_stops,
    )
    norms, lemmas = words.norms, words.lemmas
    count = 0
    after_preposition = False
    relayed = False  # a relaying verb met
    teller = 0  # the words naming its teller met
    for k, info in enumerate(words.infos):
        if info is None:
            if norms[k] in marks:
                return k if count and (teller or not relayed) else -1
            if words.tokens[k].kind != "punct":
                return -1  # "2 - 3 kg": a number, no heading
            continue
        count += 1
        norm, lemma = norms[k], lemmas[k]
        if count > _HEADING_WORDS:
            return -1
        if info.pos in _VERBS and norm not in memo and lemma not in memo:
            if relayed or norm not in s.relay_heading_verbs:
                return -1  # a heading's "список", "к обеду" are trigger words, but no verb
            if (
                teller == count - 1
                and norm in s.relay_asking_verbs
                and k + 1 < len(words)
                and words.is_word(k + 1)
            ):
                return k  # "бабушка просит кефир и батон": what the teller asks for
            relayed = True
            continue
        if (
            info.is_name
            or words.has_lemma(k, s.relay_tellers)
            or household.find_member(words, k) is not None
        ):
            teller += 1
        if norm in stops or lemma in stops:
            return -1  # "Ingredients: 2 cups rice, …", "Меню: борщ, …": no shopping list
        if norm in prepositions:
            after_preposition = True
        elif not after_preposition and (norm in known or lemma in known):
            return -1
    return -1


def _read_bare_list(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    excluded: frozenset[int],
    *,
    v: Vocabulary,
    start: int = 0,
    named_last: int | None = None,
    ran_out: bool = False,
    used_up: bool = False,
    by_shape: bool = False,
) -> ShoppingReading | None:
    """``read_bare_list`` without its first filter (the tests compare the two); it asks
    ``verbless`` too, after its cheaper tests. ``start``: the first token after a heading;
    ``named_last``: where a list said last begins (``_list_named_last``), which names the
    list its one product goes to; ``by_shape``: as ``read_bare_list``'s."""
    s = v.shopping
    tokens = words.tokens
    last = len(tokens) - 1
    count = 0
    number_last = False  # no word since the last number
    pieces = bullets = 0  # the list's pieces, and those a picture opens as a bullet
    opening = True  # the next word or number opens a piece
    for k in range(start, len(tokens)):
        token = tokens[k]
        if token.kind == "punct" and _pictograph(token.text):
            if not opening or k == last or tokens[k + 1].kind != "word":
                return None  # "хлеб ✅", "milk 😂", "eggs ❌": a reaction, no list
            pieces, bullets, opening = pieces + 1, bullets + 1, False
            continue  # "🥚 яйца 10 шт, 🧀 сыр": a picture as the bullet of a product
        if token.kind != "punct" and opening:
            pieces, opening = pieces + 1, False
        if token.kind == "punct":
            if (
                token.norm in s.bare_list_glued_marks
                and _glued_to_number(words, k)
                and k > 1
                and tokens[k - 2].kind == "word"
            ):
                # "сметана 20%, 2 пачки": a product's strength, read in its name ("20% off"
                # names no product)
                number_last = False
                continue
            if token.norm not in s.bare_list_marks or (
                token.norm in s.bare_list_ends
                and k != last
                and not _abbreviated(words, k, v)  # "творог 2 пач.\nсметана"
            ):
                return None
            number_last = number_last and token.norm not in s.separators  # "x3, 1 red onion"
            opening = True
        elif token.kind == "word":
            count += 1
            number_last = False
        elif token.kind != "number" or number_last or _priced(words, k, v):
            return None  # a time of day, a phone number, a code or a price: no list
        else:
            number_last = True
    said = words.vocabulary
    if start:  # a heading's "на вечер", "for the weekend" dates no measure
        said = frozenset(words.norms[start:]).union(words.lemmas[start:])
    if (
        count == 0
        or count > _BARE_LIST_WORDS
        or not said.isdisjoint(v.dates.day_triggers)  # "5 kg lost this month"
        or not said.isdisjoint(s.bare_list_rates)  # "2 litres of water a day"
        or not verbless(words, v.triggers, start, named_last)
        or _told_done(words, start, v)
        or _copula_first(words, start, s.cue_copulas)  # "2 lbs of ground beef is too much"
        or (bullets and bullets != pieces)  # "🥛 молоко, хлеб": a bullet before each piece
    ):
        return None
    if (
        named_last is None
        and words.classes0 & KITCHEN_MEASURES
        and any(words.matches(k, v.open_world.kitchen_measures) for k in range(start, len(tokens)))
    ):
        return None  # "щепотка соли, две ложки сахара", "3 cloves of garlic": a recipe's lines
    reading = read_shopping(
        words, Clause("shop", start, -1, len(tokens)), household, morphology, excluded, v=v
    )
    items = reading.items
    links = v.units.name_links
    if any(_head_words(item.name, links) > _BARE_NAME_WORDS for item in items):
        return None  # "3 kg heavier than last year": no product's name
    if named_last is not None:
        # "WD-40 on the hardware list": the list said names what goes on it, one product too;
        # a span of time ("2 hours on the party list") is none
        spans = v.dates.spans
        if not items or any(item.name in spans for item in items):
            return None
        return reading if reading.named_list or reading.unknown_list else None
    if ran_out and not used_up:
        # "toilet paper is finished", not "the chicken is finished": a household consumable
        # alone, no food
        return (
            reading
            if _product_said_alone(words, start, items, s.consumable_heads, v, household=household)
            else None
        )
    heads = s.known_products | s.consumable_heads if ran_out else s.known_products
    if not any(item.unit is not None for item in items) and not (
        _lists_products(items, morphology, s)
        or _product_said_alone(
            words, start, items, heads, v, household=household, kinds=s.consumable_heads
        )
    ):
        if _object_said(words, start, s, household) and all(
            _named_like_a_product(item.name, morphology, household, v) for item in items
        ):
            return reading  # "зарядку для телефона": the object of a buying verb left unsaid
        if (
            not by_shape
            or not _enough_for_a_shape(items)
            or not _shaped_like_products(words, start, household, v)
        ):
            return None
        if any(
            _head_words(item.name, links) > _SHAPE_NAME_WORDS
            or not _named_like_a_product(item.name, morphology, household, v)
            for item in items
        ):
            return None  # "oats honey yogurt": one name or three, the shape cannot say
        return reading._replace(by_shape=True)
    return reading


def _object_said(words: Words, start: int, s: ShoppingWords, household: HouseholdIndex) -> bool:
    """The list opens with a Russian noun in a form only the accusative has (a noun in "-а"
    or "-я" said in "-у" or "-ю"), after its adjectives, a thing and no person, its name
    going on with a preposition of a product's name (``_named_with_a_link``: "зарядку для
    телефона", "минералку без газа"): the object of a verb left unsaid, of buying when
    nothing else is said (``_object_words``) and no other noun is said in such a nominative
    ("зелёнку и йод, аптечка пустая": a remark). Not: "швабра" (a nominative), "диски" (a
    nominative too), "кашу" alone (one word), "зарплату и премию", "пятёрку яиц" (no name
    said with a link), "Машу" (a person), "Машину куртку" (a member's), "куртку в
    химчистку", "шоколадку Пете", "еду домой" (where or to whom: an errand)."""
    infos = words.infos
    k = start
    while k < len(infos) and (info := infos[k]) is not None and info.pos in _ADJECTIVES:
        k += 1
    if k >= len(infos) or (info := infos[k]) is None or not info.is_russian:
        return False
    if (
        info.pos != _NOUN
        or info.noun_case != _ACCUSATIVE
        or not _accusative_only(info.norm, info.lemma, s.object_endings)
        or info.is_animate
        or info.is_name
        or words.next_words[k] is None  # "кашу": one word said alone
        or household.find_member(words, k) is not None  # "Машину куртку": a member's
        or not _named_with_a_link(words, k + 1, s)
    ):
        return False
    return _object_words(words, k + 1, s)


def _named_with_a_link(words: Words, after: int, s: ShoppingWords) -> bool:
    """The object's own name goes on right after it (``after``) with a preposition of
    ``ShoppingWords.object_links`` ("зарядку для телефона", "минералку без газа"): what the
    thing is for or is like, a product's name; "зарплату и премию", "пятёрку яиц",
    "Машину куртку для школы" (a member's, a noun between) name no product so."""
    info = words.infos[after] if after < len(words) else None
    return info is not None and info.pos == _PREPOSITION and words.norms[after] in s.object_links


def _accusative_only(norm: str, lemma: str, endings: tuple[tuple[str, str], ...]) -> bool:
    """A noun in an accusative of its own (``ShoppingWords.object_endings``: "зарядку" of
    "зарядка"; "перекись" no: its accusative is its nominative)."""
    return any(
        lemma.endswith(nominative) and norm == lemma[: -len(nominative)] + accusative
        for nominative, accusative in endings
    )


def _nominative_of_its_own(info: WordInfo, endings: tuple[tuple[str, str], ...]) -> bool:
    """A noun said in a nominative its accusative does not share ("аптечка")."""
    return (
        info.noun_case == _NOMINATIVE
        and info.norm == info.lemma
        and any(info.lemma.endswith(nominative) for nominative, _ in endings)
    )


def _object_words(words: Words, start: int, s: ShoppingWords) -> bool:
    """From ``start`` on, only the words of more objects and their names: adjectives, nouns
    not in the dative and no name, a preposition of ``ShoppingWords.object_links``, joiners,
    numbers and marks; no nominative of its own (``_nominative_of_its_own``: "аптечка
    пустая"), and no joiner last ("гречку и …" cut before a task goes on elsewhere)."""
    closing = next((info for info in reversed(words.infos[start:]) if info is not None), None)
    if closing is not None and closing.pos == _CONJUNCTION:
        return False
    for j in range(start, len(words)):
        info = words.infos[j]
        if info is None:
            continue
        if not info.is_russian:
            return False
        if info.pos == _PREPOSITION:
            if words.norms[j] not in s.object_links:
                return False
            continue
        if info.pos == _NOUN:
            if (
                info.is_name
                or info.is_dative
                or info.noun_case == _DATIVE
                or _nominative_of_its_own(info, s.object_endings)
            ):
                return False
            continue
        if info.pos not in _OBJECT_POS:
            return False
    return True


def _enough_for_a_shape(items: tuple[ItemDraft, ...]) -> bool:
    """Two products at least, or one whose name is two words and holds no digit ("soccer
    cleats for Jack", "лук репчатый"): a single word ("a note for Tom", "прививка для Маши")
    or a size ("size 10 for Tom") said alone is as often no purchase."""
    if len(items) >= _SHAPE_ITEMS:
        return True
    if not items:
        return False
    name = items[0].name
    return len(name.split()) == _SHAPE_ALONE_WORDS and not any(ch.isdigit() for ch in name)


def _named_like_a_product(
    name: str, morphology: Morphology, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """A name read from a list's shape alone: longer than two letters ("an ad for the car"),
    no dish or diminutive said alone (``alone_not_names``: "mac and cheese"), not the name of
    one of the household's lists ("…, costco"), not two products the lexicon knows run
    together ("bananas apples"), no word (by spelling or lemma) of
    ``Vocabulary.shape_heads``: a span or a time of day ("2 hours", "тёплый вечер"),
    a chore, a service, an ailment or a device ("lawn and gutters", "a haircut", "cough and
    fever"); a Russian one ends in no
    preposition ("мука для") and holds a noun or a word the dictionary lacks (not
    "мягкие" alone)."""
    words = name.split()
    s = v.shopping
    infos = [morphology.info(word) for word in words]
    if (
        len(name) <= _SHAPE_SHORTEST
        or name in s.alone_not_names
        or any(name == listed.name.casefold() for listed in household.lists)
        or (len(words) > 1 and all(word in s.known_products for word in words))
        or any(
            word in v.shape_heads or info.lemma in v.shape_heads
            for word, info in zip(words, infos, strict=True)
        )
    ):
        return False
    russian = [info for info in infos if info.is_russian]
    if not russian:
        return True
    return infos[-1].pos != "PREP" and any(info.pos not in _ADJECTIVES for info in russian)


def _code_named(words: Words) -> bool:
    """A word, a mark and a number typed as one anywhere in the text ("WD-40", "B-12"): a
    product's code name, which the readers may split (a heading "WD-", then a count); read by
    its shape it could be lost ("WD-40 and duct tape" adding the tape alone), so no list is
    read by its shape."""
    tokens = words.tokens
    return any(
        tokens[k].kind == "word"
        and tokens[k + 1].kind == "punct"
        and tokens[k + 2].kind == "number"
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].end == tokens[k + 2].start
        for k in range(len(tokens) - 2)
    )


def _shaped_like_products(
    words: Words, start: int, household: HouseholdIndex, v: Vocabulary
) -> bool:
    """Whether the words from ``start`` may be a list of products by their shape alone: no
    Russian verb, predicative, comparative, gerund, short participle or personal pronoun
    ("сметаны больше нет", "Петя просил"); none of the told verbs, subject pronouns,
    auxiliaries or ``shape_stops`` ("Sam asked for …", "6 of them kids", "lose it"); no code
    name typed with a number (``_code_named``); two words at least ("paper"); and no member
    named first with a word right after the name ("Emma's picking up the kids …")."""
    s = v.shopping
    stops = s.told_verbs | s.subject_pronouns | s.clause_words | s.shape_stops
    infos, norms, lemmas = words.infos, words.norms, words.lemmas
    for k in range(start, len(words)):
        info = infos[k]
        if info is None:
            continue
        if (
            norms[k] in stops
            or lemmas[k] in s.shape_stops
            or (info.is_russian and info.pos in _NOT_IN_A_NAME)
        ):
            return False
    if _code_named(words):
        return False
    first = words.first_word
    if first is None or words.next_words[first] is None:
        return False  # one word alone: ``_product_said_alone``'s to read
    return (
        first + 1 >= len(words)
        or not words.is_word(first + 1)
        or household.find_member(words, first) is None
    )


def _product_said_alone(
    words: Words,
    start: int,
    items: tuple[ItemDraft, ...],
    known: frozenset[str],
    v: Vocabulary,
    *,
    household: HouseholdIndex,
    kinds: frozenset[str] = frozenset(),
) -> bool:
    """One common product said as the whole text, with no count, as a name the lexicon knows
    whole ("гречка", "bananas pls", "toilet paper", "cottage cheese pls", "корм для кота"):
    past at most one last word of courtesy or urgency (``TriggerWords.list_last_tail``) and a
    final "!" or ".", the text is one word, a product of ``known`` (the known products; for a
    run-out report, household consumables too) by its spelling or lemma, no Russian noun in
    the genitive ("пивка", "гречки": some of it, wished), no dish or diminutive
    (``ShoppingWords.alone_not_names``: "голубцы", "lasagna", "пирожочек"), no device
    ("кондиционер"), no word one calls a person by (``alone_address_words``: "honey",
    "peanut"), no member, person or list verb; or a name of several words listed whole
    (``ShoppingWords.alone_names``) one of whose words is of ``known`` or ``kinds``
    (household consumables: "freezer bags"). Any other word beside the product asks as
    before: a reply or a reaction ("yes milk", "great pizza", "ugh milk", "craving
    chocolate"), a determiner or a pronoun ("this cheese", "your tea", "чей сыр", "наш
    хлеб"), a rating or any other adjective ("отличный сыр", "вчерашний хлеб", "свежие
    огурцы"), "вот" ("вот гречка"), a question ("price of eggs"), a dish's name ("mac and
    cheese", "caesar salad"); so do a picture ("milk 👍", "хлеб ✅"), a number or a price
    ("milk 3.99", "молоко - 2") and a mark inside."""
    if len(items) != 1 or items[0].quantity is not None:
        return False
    s, t = v.shopping, v.triggers
    infos, norms, lemmas, tokens = words.infos, words.norms, words.lemmas, words.tokens
    ends = len(tokens)
    while ends > start and tokens[ends - 1].kind == "punct" and norms[ends - 1] in s.bare_list_ends:
        ends -= 1  # "milk!", "гречка."
    if ends - start > 1 and norms[ends - 1] in t.list_last_tail:
        ends -= 1  # "milk pls", "молоко пжл": one courtesy, last
    said = range(start, ends)
    if not said or any(tokens[k].kind != "word" or norms[k] in t.list_last_tail for k in said):
        return False  # "milk 3.99", "хлеб ✅", "milk - 2", "молоко, хлеб", "pls pls"
    if any(
        household.find_member(words, k) is not None
        or words.matches(k, t.people)
        or words.matches(k, v.open_world.list_verbs)
        for k in said
    ):
        return False  # "кефир Пете", "delete eggs"
    if len(said) > 1:
        name = " ".join(norms[k] for k in said)
        return name in s.alone_names and any(
            norms[k] in known or lemmas[k] in known or norms[k] in kinds or lemmas[k] in kinds
            for k in said
        )
    k = start
    norm, lemma, info = norms[k], lemmas[k], infos[k]
    if len(tokens[k].text) > 1 and tokens[k].text.isupper():
        return False  # "ХЛЕБ", "MILK": a sign or a label shown, no word said
    if info is not None and info.is_russian and (info.pos != _NOUN or info.noun_case == _GENITIVE):
        return False  # "прокисло", "фу"; "пивка", "гречки"
    if (
        norm in s.alone_not_names
        or lemma in s.alone_not_names
        or norm in s.alone_address_words
        or words.matches(k, v.corridor.device_nouns)
    ):
        return False  # "голубцы", "пирожочек", "lasagna"; "honey"; "кондиционер"
    return norm in known or lemma in known


def _priced(words: Words, k: int, v: Vocabulary) -> bool:
    """The number at ``k`` is a price: two decimals and no unit or strength after it
    ("молоко 3.99", "кефир 79,90"; "1.25 л" measures, "milk 3.25%" is its strength)."""
    tokens = words.tokens
    if _PRICE.fullmatch(tokens[k].text) is None or (
        k + 1 < len(tokens) and tokens[k + 1].norm in v.shopping.bare_list_glued_marks
    ):
        return False
    after = words.next_words[k]
    return after is None or after != k + 1 or words.norms[after] not in v.units.forms


def ran_out_products(words: Words, v: Vocabulary) -> tuple[int, int, bool] | None:
    """Where the products of a run-out report said after them, the whole text, are in the
    text (their first and past their last character): "toilet paper ran out", "the coffee's
    run out", "cereal is finished", "сметана is out", "eggs gone again": a product of at most
    three words (past a determiner), a link or its glued suffix (``ShoppingWords.ran_out_
    copulas``, ``ran_out_clitics``), a verb (``ran_out_verbs``) and the state
    (``ran_out_states``) closing the text past marks, courtesies and ``ran_out_tails``; an
    adverb ("almost gone", "finally gone"), a particle after it ("gone off"), a picture
    ("milk gone 😭") or a longer story ("the milk ran out yesterday so …") makes none (None).
    The third value: the state follows a verb ("ran out", "has run out"), which says the
    product was used up; a state alone ("is finished", "is out", "gone") is said of cooked
    or served food too ("the chicken is finished", "the cake is out", "my coffee is gone")."""
    s = v.shopping
    if words.vocabulary.isdisjoint(s.ran_out_states):
        return None  # most commands tell no state
    norms, tokens = words.norms, words.tokens
    tails = v.triggers.list_last_tail | s.ran_out_tails
    k = len(tokens) - 1
    while k > 0 and (
        (tokens[k].kind == "punct" and not _pictograph(tokens[k].text)) or norms[k] in tails
    ):
        k -= 1
    if k <= 0 or norms[k] not in s.ran_out_states:
        return None
    used_up = norms[k - 1] in s.ran_out_verbs
    if used_up:
        k -= 1
    if k > 0 and norms[k - 1] in s.ran_out_copulas:
        k -= 1
    last = k - 1
    if last < 0 or tokens[last].kind != "word":
        return None
    end = tokens[last].end
    clitic = next((c for c in s.ran_out_clitics if norms[last].endswith(c)), None)
    if clitic is not None:
        end -= len(clitic)  # "coffee's": the product, then its link
    first = words.first_word
    if first is None:
        return None
    while first < last and norms[first] in v.triggers.noun_determiners:
        if norms[first] in s.ran_out_possessives:
            return None  # "my coffee ran out": someone's serving, no household's stock
        first += 1
    span = range(first, last + 1)
    if len(span) > _BARE_NAME_WORDS or any(tokens[j].kind != "word" for j in span):
        return None
    return tokens[first].start, end, used_up


def _copula_first(words: Words, start: int, copulas: frozenset[str]) -> bool:
    """A copula before the first comma from ``start``: the list is told of ("2 lbs of ground
    beef is way too much", "sheep are all shorn, …"); one in a comment after the products
    ("…, it's warm enough now") is the comment's."""
    if words.vocabulary.isdisjoint(copulas):
        return False  # nearly every list
    for k in range(start, len(words)):
        if words.norms[k] == ",":
            return False
        if words.norms[k] in copulas:
            return True
    return False


def _told_done(words: Words, start: int, v: Vocabulary) -> bool:
    """An English past of a buying or getting verb among the words from ``start``
    (``ShoppingWords.bought_pasts``, or a regular one: ``_regular_past_of``): products told
    bought ("bought milk, eggs and bread", "picked up milk and eggs", "milk bought"), no
    list of what to buy."""
    o, t, norms = v.open_world, v.triggers, words.norms
    return any(
        words.tokens[k].kind == "word"
        and (norms[k] in v.shopping.bought_pasts or _regular_past_of(norms[k], o, t))
        for k in range(start, len(words))
    )


def _regular_past_of(norm: str, o: OpenWorldWords, t: TriggerWords) -> bool:
    """``norm`` is an English regular past of a buying or adding verb ("picked", "ordered",
    "grabbed": ``OpenWorldWords.past_endings``; ``TriggerWords.request_openers``: the buying,
    soft buying and adding verbs)."""
    return regular_past(norm, o, t.request_openers)


def _pictograph(text: str) -> bool:
    """A run of emoji or pictographs (Unicode's "other symbol", with its modifiers, joiners
    and variation selectors), no mark of speech and no sign of money or maths."""
    categories = {unicodedata.category(ch) for ch in text}
    return _OTHER_SYMBOL in categories and categories <= _PICTOGRAPH_CATEGORIES


def _head_words(name: str, links: frozenset[str]) -> int:
    """How many words a name has before its complement ("чипсы лейс с крабом": two)."""
    count = 0
    for word in name.split():
        if word in links:
            break
        count += 1
    return count


def _abbreviated(words: Words, k: int, v: Vocabulary) -> bool:
    """The dot at ``k`` closes a unit's abbreviation typed before it ("2 пач.", "3 pkt.")."""
    return (
        words.norms[k] == _DOT
        and k > 0
        and words.norms[k - 1] in v.units.abbreviations
        and words.tokens[k - 1].end == words.tokens[k].start
    )


def _lists_products(items: tuple[ItemDraft, ...], morphology: Morphology, s: ShoppingWords) -> bool:
    """Products a shopping list holds, with no unit: two or more items, or one counted, most
    of them common products ("хлеб черный один и батон", "sliced pan, rashers, dozen eggs");
    "lights, camera, action", "pizza and a movie" or "2 tickets" are no list."""
    if not items or (len(items) == 1 and items[0].quantity is None):
        return False
    known, info = s.known_products, morphology.info
    products = sum(
        any(word in known or info(word).lemma in known for word in item.name.split())
        for item in items
    )
    return 2 * products > len(items)


def _without_destination(
    words: Words, content: list[int], household: HouseholdIndex, s: ShoppingWords
) -> list[int]:
    """ "лампочки две штуки в ванную", "a mop for the kitchen": where in the home the product
    goes (a preposition and one of the household's zones, after a word of the item) is no part
    of it."""
    # most commands say no destination's preposition, or name no zone (``find_zones``'s own
    # first test)
    if not words.classes2 & DESTINATION_PREPOSITIONS or words.vocabulary.isdisjoint(
        household.zone_starts
    ):
        return content
    dropped: set[int] = set()
    norms = words.norms
    for _zone, i, j in household.find_zones(words):
        at = i - 1
        while at > 0 and norms[at] in s.list_determiners:  # "for the kitchen"
            at -= 1
        if at > 0 and norms[at] in s.destination_prepositions and at - 1 in content:
            dropped.update(range(at, j))
    return [i for i in content if i not in dropped] if dropped else content


def _without_outside_place(
    words: Words, content: list[int], trigger: int, v: Vocabulary
) -> list[int]:
    """ "тетради в клетку Пете в школу", "йогурты на перекус в садик", "juice boxes for
    school": a place outside the home the purchase is taken to (a preposition of destination
    and one of ``ShoppingWords.outside_places``, a Russian one in the accusative, said after a
    word of the item past the verb) is no part of the product; said first ("купи в школу
    тетради") it is a purpose, read by ``_after_purpose``."""
    s = v.shopping
    if words.vocabulary.isdisjoint(s.outside_places):  # most commands name no such place
        return content
    norms, lemmas, infos = words.norms, words.lemmas, words.infos
    dropped: set[int] = set()
    for n, at in enumerate(content[:-1]):
        place = content[n + 1]
        info = infos[place]
        if (
            norms[at] in s.destination_prepositions
            and place == at + 1
            and lemmas[place] in s.outside_places
            and info is not None
            and (not info.is_russian or info.may_be_direct)
            and any(trigger < c < at for c in content[:n])
            and _ends_its_phrase(words, place, v)
        ):
            dropped.update((at, place))
    return [i for i in content if i not in dropped] if dropped else content


def _ends_its_phrase(words: Words, place: int, v: Vocabulary) -> bool:
    """Nothing goes on with the place's phrase after it: the text ends, or a mark, a measure's
    word or another purpose (a preposition of destination and a common Russian noun) follows
    ("… в школу, 6 маленьких", "… в школу штук 8", "… в школу на перекус"; not "for school
    snacks", "на дачу в Капчагай", "в школу 6 цветов")."""
    after = place + 1
    if after >= len(words) or words.tokens[after].kind == "punct":
        return True
    if is_measure_word(words.norms[after], v.units):
        return True
    if words.norms[after] not in v.shopping.destination_prepositions or after + 1 >= len(words):
        return False
    info = words.infos[after + 1]
    return (
        info is not None
        and info.is_russian
        and info.pos == _NOUN
        and not info.guessed
        and not words.is_capitalised(after + 1)
    )


def _before_condition(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """ "пару банок горошка, если не сложно", "sourdough if it's fresh": a condition said
    after the items ends them; what it tells is no product. A measure said apart before it is
    what the condition is about, and goes with it: "oats, a big bag if they have it"."""
    norms, conditions, separators = words.norms, v.shopping.condition_words, v.shopping.separators
    for n, index in enumerate(content):
        if n and norms[index] in conditions:
            k = n
            while k > 1 and _sizes_a_measure(words, content[k - 1], v):
                k -= 1
            if k < n and norms[content[k - 1]] in separators:
                return content[: k - 1]
            return content[:n]
    return content


def _sizes_a_measure(words: Words, index: int, v: Vocabulary) -> bool:
    """A word of a measure said apart: a number, an article, a size or a unit ("a big bag")."""
    norm = words.norms[index]
    return (
        words.tokens[index].kind == "number"
        or norm in v.units.forms
        or norm in v.units.size_words
        or norm in v.numbers.articles
        or norm in v.numbers.words
    )


def _before_reason(
    words: Words, content: list[int], trigger: int, openers: frozenset[tuple[str, str]]
) -> list[int]:
    """ "внеси керосину литра три, а то электричество …": the items end where a reason told
    after the verb begins."""
    norms = words.norms
    for n, index in enumerate(content):
        nxt = words.next_words[index]
        if index > trigger and nxt is not None and (norms[index], norms[nxt]) in openers:
            return content[:n]
    return content


def _opens_amount(words: Words, i: int, v: Vocabulary) -> bool:
    """The list-only verb at ``i`` opens its clause, after a mark, and a measure follows it:
    a verb, not a noun ("we're nearly out of Bounty, stick a pack on the Costco list"; not
    "chocolate, pop tarts to the list")."""
    norms = words.norms
    return (
        0 < i < len(norms) - 1
        and norms[i - 1] in v.shopping.separators
        and (norms[i + 1] in v.numbers.articles or _is_amount(words, i + 1, v))
    )


def _list_only(words: Words, i: int, t: TriggerWords) -> bool:
    """ "put", "pop", "stick": adding verbs only beside a list, nouns elsewhere."""
    return words.matches(i, t.list_only_add_verbs)


def _without_phrases(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """``content`` without the tokens of filler phrases ("будь добр", "be a love")."""
    if not words.classes0 & PHRASE_STARTS:
        return content
    o = v.open_world
    # at each word, only the phrases it starts ("ну", "ты" start dozens; most words none)
    norms, by_first = words.norms, o.filler_by_first
    dropped: set[int] = set()
    for i, norm in enumerate(norms):
        for phrase in by_first.get(norm, ()):
            size = len(phrase)
            if norms[i : i + size] == phrase and not _opens_a_name(
                words, i + size, content, phrase, v
            ):
                dropped.update(range(i, i + size))
    return [i for i in content if i not in dropped] if dropped else content


def _opens_a_name(
    words: Words, after: int, content: list[int], phrase: tuple[str, ...], v: Vocabulary
) -> bool:
    """A phrase that may open a noun's name (``name_opening_phrases``: "after school") is
    followed by a word of the items, no joiner or filler: it is part of that name ("after
    school snacks", "bread after work hours"), no filler ("milk after work, please")."""
    return (
        phrase in v.open_world.name_opening_phrases
        and after < len(words)
        and words.infos[after] is not None
        and after in content
        and words.norms[after] not in v.triggers.joiners
        and not words.matches(after, v.shopping.item_filler)
    )


def _after_report(words: Words, before: list[int], v: Vocabulary) -> list[int]:
    """The words after the last reporting verb ("внучка просила клубничный йогурт")."""
    reporting = v.open_world.reporting_lemmas
    for n in range(len(before) - 1, -1, -1):
        if words.matches(before[n], reporting):
            return before[n + 1 :]
    return before


def _around_list(words: Words, content: list[int], trigger: int, v: Vocabulary) -> list[int]:
    """The items around a list named first: the words before it (past who asked for them)
    and after it; "по кейсу Наурыза: в покупки 3 кг баранины": a heading closed by a mark
    before the list is no item when the items follow it."""
    around = _after_report(words, [i for i in content if i < trigger], v)
    following = [i for i in content if i > trigger]
    if around and following:
        marks = v.triggers.list_marks
        cut = max((k for k in range(around[0], trigger) if words.norms[k] in marks), default=-1)
        past_cut = [i for i in around if i > cut]
        if _names_something(words, past_cut + following, v):
            # (not "…, поищи у Гали — нет, в список просто": past the mark fillers alone)
            around = past_cut
        if (
            around
            and _closes_heading(words, trigger, following[0], v)
            and _is_purpose_only(words, around, v, _HEADING_WORDS)
        ):
            # "на пост в продукты: фасоль, хумус", "for the party in costco: chips": what the
            # items are for, said before the list that the heading mark closes, is no item
            around = []
    return around + following


def _names_something(words: Words, indices: list[int], v: Vocabulary) -> bool:
    """A word among ``indices`` is no mark and no filler ("нет, … просто" names nothing)."""
    filler = v.shopping.item_filler
    return any(words.infos[i] is not None and words.norms[i] not in filler for i in indices)


def _closes_heading(words: Words, trigger: int, first: int, v: Vocabulary) -> bool:
    """A heading mark stands between the list's word at ``trigger`` and ``first``, the first
    word after it read as items ("в продукты: фасоль")."""
    marks = v.shopping.list_heading_marks
    return any(words.norms[k] in marks for k in range(trigger + 1, first))


def _object_beside(
    words: Words,
    content: list[int],
    before: list[int],
    after: list[int],
    trigger: int,
    *,
    v: Vocabulary,
) -> list[int]:
    """The words read as the items of a clause whose verb is at ``trigger``: ``after`` (the
    words past it), joined with what before it names where they are one object."""
    s, norms = v.shopping, words.norms
    if before and _refers_to_a_condition(words, before, after, v):
        return []  # "когда кончится порошок, возьми большую пачку": no "когда порошок"
    remarked = _remarked(words, before, after, trigger, v) if before else None
    if remarked is not None:
        # "whoever finished the milk, buy more": the product the remark names
        return remarked[0] + remarked[1]  # the measure where the language says it
    if _unbought_remark(words, before, after, v):
        return []  # "Tom broke his arm, get another one": nothing to buy
    if not before and (told := _remark_told_after(words, after, v)):
        return told  # "buy more, we're out of milk": the remark after the request
    if (
        before
        and after
        and _is_measure_only(
            words, _before_pronoun_clause(words, _before_joiner(words, after, s), s), v
        )
    ):
        # "кофе в зёрнах купи пачку": the product before the verb, its measure after it;
        # "масло подорожало, запиши две пачки": the product its report names; "курица
        # купить один и рис": the measure, then the list goes on
        after = _referred(words, _after_report(words, before, v), v) + after
    elif (
        before
        and after
        and (norms[after[0]] in s.list_joiners or _runs_on_past_mark(words, content, trigger, v))
    ):
        # "дихлофосу купи и бельевую верёвку": one list, the verb said inside it;
        # "шампунь закончился, гель для душа": one more product past the run-out's mark
        # (what ``_run_out_content`` kept there), the one before it kept too
        after = _after_report(words, before, v) + after
    elif after and _is_purpose_only(words, after, v):
        # "три банки тушёнки возьми на дачу": what for, after the verb; "купи на дачу"
        # names no product
        after = []
    return after


def _before_joiner(words: Words, after: list[int], s: ShoppingWords) -> list[int]:
    """The words of ``after`` before its first list joiner past its first word, when they are
    Russian ("курица купить один | и рис": Russian says the product before the verb and its
    measure after it; an English unit word there is a product's: "add cups and plates", "add
    head and shoulders", "half and half"); all of them with no joiner or another language."""
    norms, infos = words.norms, words.infos
    for n in range(1, len(after)):
        if norms[after[n]] in s.list_joiners:
            russian = all(
                words.is_punct(k) or ((info := infos[k]) is not None and info.is_russian)
                for k in after[:n]
            )
            return after[:n] if russian else after
    return after


def _before_pronoun_clause(words: Words, after: list[int], s: ShoppingWords) -> list[int]:
    """``after`` up to a separator before a subject pronoun, the clause it opens told of the
    items ("…, большую банку, она сейчас со скидкой": the measure is "большую банку")."""
    norms = words.norms
    for n in range(1, len(after) - 1):
        if norms[after[n]] in s.separators and norms[after[n + 1]] in s.subject_pronouns:
            return after[:n]
    return after


def _refers_to_a_condition(
    words: Words, before: list[int], after: list[int], v: Vocabulary
) -> bool:
    """The words before the request open with a conjunction of a condition or a time to come
    (``TriggerWords.run_out_conditions``) and the request's object only refers back
    (``_refers_back``): "когда молоко кончится, купим ещё", "when we run out of milk, buy
    more", "if the kettle breaks, buy a new one" name what may be needed some day, nothing to
    buy now; "if the shop has oat milk, get two" and "когда будешь в магазине, купи хлеба"
    name their own product or keep their reading."""
    t = v.triggers
    conditions = t.run_out_conditions
    if words.vocabulary.isdisjoint(conditions):
        return False  # most requests
    return (
        bool(before)
        and words.norms[before[0]] in conditions
        and _refers_back(words, after, v)
        # "if we're out of eggs, get a dozen": a run-out now asks for the product
        and not any(
            (words.has_lemma(k, t.out_of_words) or words.norms[k] in t.run_out_particles)
            and run_out_state(words, k, t)
            for k in before
        )
    )


def _remarked(
    words: Words, before: list[int], after: list[int], trigger: int, v: Vocabulary
) -> tuple[list[int], list[int]] | None:
    """The product a remark before the request names, with the measure the request says
    (before it in English, after it in Russian: read together as one item),
    when the request's object only refers back to it (``_refers_back``): "whoever finished
    the milk, buy more" → "milk", "we're nearly out of Bounty, stick a pack on …" → "Bounty"
    and "a pack", "grandpa broke his magnifying glass so add a new one" → "magnifying glass",
    "tahini кончился, закинь в список" → "tahini"; None when the request names its own
    product ("whoever finished the milk, buy bread") or no remark names one ("buy more")."""
    s = v.shopping
    vocabulary = words.vocabulary
    if (
        vocabulary.isdisjoint(s.remark_verbs)
        and vocabulary.isdisjoint(s.remark_states)
        and vocabulary.isdisjoint(s.remark_absences)
    ) or not _refers_back(words, after, v):
        return None
    said = before
    if words.matches(trigger, s.remark_states) and _asked_after(words, trigger, v):
        # "Kate пишет, что tahini кончился, закинь в список": the run-out verb read as the
        # trigger, a request after it (alone, "хлеб и молоко закончились" is the run-out's
        # own reading)
        said = [*before, trigger]
    product = _remark_product(words, said, set(said), v)
    if not product:
        return None
    norms = words.norms
    amount = [
        i
        for i in after
        if (_is_amount(words, i, v) or norms[i] in v.numbers.articles)
        # "a new one", "add one": a pronoun, no count, unless a unit follows ("one jar")
        and (
            norms[i] not in s.remark_objects
            or (i + 1 < len(norms) and is_measure_word(norms[i + 1], v.units))
        )
    ]
    infos = words.infos
    russian = any(getattr(infos[i], "is_russian", False) for i in amount)
    if russian:
        return product, amount  # "молоко кончилось, купи ещё пачку": "молоко пачку"
    if all(read_number(words.tokens, i, v.numbers) is None for i in amount):
        # "buy a pack", "add the big bag": an English unit with no count reads no measure
        # before a name without "of"
        return [], product
    return amount, product  # "add a half dozen": "a half dozen eggs"


def _asked_after(words: Words, trigger: int, v: Vocabulary) -> bool:
    """A buying or adding verb follows the word at ``trigger`` ("…, закинь в список")."""
    purchase, lemmas = v.triggers.purchase_words, words.lemmas
    return any(
        words.infos[k] is not None and lemmas[k] in purchase
        for k in range(trigger + 1, len(lemmas))
    )


def _refers_back(words: Words, after: list[int], v: Vocabulary) -> bool:
    """``after``, the request's object, holds no word of a product's own: only words that
    stand for one said elsewhere ("more", "some", "a new one", "ещё", "новый"), a pronoun,
    fillers and a measure ("a pack", "one jar", "a half dozen", "ещё пачку")."""
    s, norms, infos = v.shopping, words.norms, words.infos
    return all(
        infos[i] is None
        or norms[i] in s.remark_objects
        or norms[i] in s.referring_pronouns
        or norms[i] in s.item_filler
        or _is_amount(words, i, v)
        for i in after
    )


def _is_amount(words: Words, i: int, v: Vocabulary) -> bool:
    """The word at ``i`` says how much or how big: a unit, a size, a count ("pack", "big",
    "two", "dozen", "пачку")."""
    norm = words.norms[i]
    return (
        is_measure_word(norm, v.units)
        or norm in v.units.size_words
        or read_number(words.tokens, i, v.numbers) is not None
    )


def _remark_product(words: Words, said: list[int], kept: set[int], v: Vocabulary) -> list[int]:
    """The product the last remark among ``said`` names: the phrase after a verb of using up
    or breaking or a word of absence, past determiners and containers ("finished the milk",
    "used the last of the bin bags", "zero ice cream", "нет хлеба", "доели последнюю банку
    огурцов"), or before a state or an absence, past a copula ("my Chyawanprash is
    finished", "чайник сломался", "молока вообще нет"; a Russian state before its subject
    too: "сломалась мышка"); [] when none does, or when what it names is a part of the body,
    work or an event, never bought ("Петя сломал ногу", "Tom finished the marathon")."""
    s, norms = v.shopping, words.norms
    for k in reversed(said):
        product: list[int] = []
        absence = norms[k] in s.remark_absences
        if absence or words.matches(k, s.remark_verbs):
            product = _remark_phrase(words, k, 1, kept, v)
        linked = k + 1 < len(norms) and norms[k + 1] in v.units.links
        state = words.matches(k, s.remark_states)
        if state and linked:
            # "we're out of milk": the product after the state and its link
            state, product = False, _remark_phrase(words, k, 1, kept, v)
        if not product and (absence or state):
            # ("finished", "broke": a state too when nothing follows, "the kettle broke")
            product = _remark_phrase(words, k, -1, kept, v)
        if not product and state and getattr(words.infos[k], "is_russian", False):
            product = _remark_phrase(words, k, 1, kept, v)
        if product:
            return [] if _never_bought(words, product, s) else product
    return []


def _remark_told_after(words: Words, after: list[int], v: Vocabulary) -> list[int]:
    """The product a remark after the request names, with the request's measure, when the
    request's object before the remark's mark only refers back ("buy more, we're out of
    milk", "get another one, the hairdryer broke", "возьми новый, старый чайник сломался");
    [] otherwise."""
    s, norms = v.shopping, words.norms
    if (
        words.vocabulary.isdisjoint(s.remark_verbs)
        and words.vocabulary.isdisjoint(s.remark_states)
        and words.vocabulary.isdisjoint(s.remark_absences)
    ):
        return []
    for n, k in enumerate(after):
        if words.infos[k] is None and norms[k] in s.separators:
            # (every token of the remark: "out of" is no item's, the content lacks it)
            asked, told = (
                after[:n],
                list(range(after[n + 1], after[-1] + 1)) if n + 1 < len(after) else [],
            )
            if not asked or not _refers_back(words, asked, v):
                return []
            product = _remark_product(words, told, set(told), v)
            return [*product] if product else []
    return []


def _never_bought(words: Words, product: list[int], s: ShoppingWords) -> bool:
    """A word of ``product`` is a part of the body, work or an event (``remark_non_products``)."""
    return any(words.matches(i, s.remark_non_products) for i in product)


def _unbought_remark(words: Words, before: list[int], after: list[int], v: Vocabulary) -> bool:
    """The request only refers back (``_refers_back``) to what a remark before it names, and
    that is never bought ("Петя сломал ногу, купи ещё", "Tom finished the marathon, get
    more"): no item at all, not the remark's words."""
    s = v.shopping
    if (
        not before
        or words.vocabulary.isdisjoint(s.remark_non_products)
        or not _refers_back(words, after, v)
    ):
        return False
    kept = set(before)
    norms = words.norms
    for k in reversed(before):
        if norms[k] in s.remark_absences or words.matches(k, s.remark_verbs):
            named = _remark_phrase(words, k, 1, kept, v)
        elif words.matches(k, s.remark_states):
            named = _remark_phrase(words, k, -1, kept, v)
        else:
            continue
        if named:
            return _never_bought(words, named, s)
    return False


def _remark_phrase(words: Words, k: int, step: int, kept: set[int], v: Vocabulary) -> list[int]:
    """The words of a product's phrase next to the remark's word at ``k``, going ``step``
    (1 after it, -1 before it), past determiners, copulas and adverbs (and after it a
    container and its link: "the last jar of"), to a mark, a stop word, an owner's "'s" or a
    word not in ``kept``, without fillers at its ends ("… finished please get …") and, before
    it, without a place said before the product ("в холодильнике лампочка"); before it,
    items joined by "and"/"и" come too, each past its determiner ("bread and milk are
    finished", "the milk and the eggs are finished"). [] when the word next to the state is
    a noun with "'s" ("the kettle's broken": the clitic stays in the name)."""
    s, norms, infos = v.shopping, words.norms, words.infos
    links, clitics = v.units.links, s.ran_out_clitics or _NO_ENDING

    def skipped(i: int) -> bool:
        return (
            words.matches(i, s.remark_determiners)
            or words.matches(i, s.remark_copulas)
            or (step > 0 and (is_measure_word(norms[i], v.units) or norms[i] in links))
        )

    i = k + step
    while i in kept and infos[i] is not None and skipped(i):
        i += step
    if step < 0 and i in kept and norms[i].endswith(clitics):
        return []
    phrase: list[int] = []
    while i in kept and len(phrase) < 6:
        norm = norms[i]
        if step < 0 and norm in s.list_joiners and phrase and i - 1 in kept:
            phrase.append(i)  # "хлопья и молоко закончились"
        elif (
            step < 0
            and phrase
            and i - 1 in kept
            and norms[i - 1] in s.list_joiners
            and words.matches(i, s.remark_determiners)
        ):
            pass  # "the milk and the eggs": the determiner of the item after "and"
        elif step < 0 and any(n > i + 1 for n in phrase) and i + 1 in _place_in(words, [i, i + 1]):
            # "в холодильнике лампочка перегорела": where, said before the product, no part
            # of it ("кофе в зёрнах закончился" keeps its complement)
            phrase = [n for n in phrase if n != i + 1]
            break
        elif (
            infos[i] is None
            or norm in s.remark_stops
            or words.matches(i, s.remark_determiners)
            or norm in s.referring_pronouns
            or words.matches(i, s.remark_states)
            or words.matches(i, s.remark_verbs)
            or (step < 0 and phrase and norm.endswith(clitics))  # "grandma's reading glasses"
        ):
            break
        else:
            phrase.append(i)
        i += step
    phrase.sort()
    while phrase and norms[phrase[0]] in s.item_filler:
        phrase.pop(0)
    while phrase and norms[phrase[-1]] in s.item_filler:
        phrase.pop()
    if phrase and (norms[phrase[0]] in s.list_joiners or norms[phrase[-1]] in s.list_joiners):
        return []
    return phrase


def _said_before(words: Words, before: list[int], after: list[int], v: Vocabulary) -> list[int]:
    """The words before the verb that name what it buys, when nothing after it does: past
    who asked for it, and, when a pronoun or a bare measure is all that follows ("no oat milk
    in Aldi, stick it on the list"), what that refers back to."""
    before = _after_report(words, before, v)
    if any(words.norms[i] in v.shopping.referring_pronouns for i in after) or (
        after and _is_measure_only(words, after, v)
    ):
        return _referred(words, before, v)
    return before


def _referred(words: Words, before: list[int], v: Vocabulary) -> list[int]:
    """What a pronoun or a bare measure after the verb refers back to, when the words before
    it report on a product ("in Aldi but they've got no oat milk, stick it on …", "тут
    сливочное масло подорожало — запиши две пачки", "в Пятёрочке нет гречки, запиши её"): the
    noun phrase around the last known product there, without the report's other words (a
    shop, a verb, "no", "нет", a subject); ``before`` as it was when no known product or no
    such word is there ("молоко и хлеб купи": a list before the verb is all of it)."""
    s = v.shopping
    known, infos, norms, lemmas = s.known_products, words.infos, words.norms, words.lemmas
    prepositions = v.triggers.function_words
    last = -1
    for n in range(len(before) - 1, -1, -1):
        k = before[n]
        if infos[k] is not None and words.matches(k, known):
            last = n
            break
    # (``words.matches`` of the union, without building the union each call)
    stops, determiners = s.name_stops, v.triggers.noun_determiners

    def part_of_name(n: int) -> bool:  # the word ``before[n]`` may be one of a name's
        k = before[n]
        info = infos[k]
        if (
            info is None
            or words.matches(k, stops)
            or words.matches(k, determiners)
            or words.matches(k, prepositions)
        ):
            return False
        if info.is_russian:
            return info.pos in _NAME_POS
        return not info.is_past

    def preposition(k: int) -> bool:
        info = infos[k]
        return info is not None and (
            info.pos == "PREP" or (not info.is_russian and norms[k] in prepositions)
        )

    def name_start(n: int) -> int:  # the first word of the name that ends at ``n``
        while n > 0 and before[n - 1] == before[n] - 1 and part_of_name(n - 1):
            n -= 1
        return n

    if last < 0:
        # no product known: the object of the preposition a report ends on ("jack keeps
        # asking for Gushers so add those")
        last = next((n for n in range(len(before) - 1, 0, -1) if part_of_name(n)), -1)
        if last < 0:
            return before
        start = name_start(last)
        if (
            start == 0
            or before[start - 1] != before[start] - 1
            or not preposition(before[start - 1])
        ):
            return before
    else:
        start = name_start(last)
    end = last
    while (
        end + 1 < len(before)
        and before[end + 1] == before[end] + 1
        and words.matches(before[end + 1], known)
    ):
        end += 1
    if start == 0 and end == len(before) - 1:
        return before
    if (
        start > 1
        and before[start - 1] == before[start] - 1
        and preposition(before[start - 1])
        and before[start - 2] == before[start - 1] - 1
        and part_of_name(start - 2)
        and not norms[before[start - 2]].endswith(v.triggers.gerund_ending or _NO_ENDING)
    ):
        return before  # "шанежек с картошкой": the product is a complement of the name
    reports = s.report_words
    gerund = v.triggers.gerund_ending or _NO_ENDING

    def reports_it(k: int) -> bool:
        info = infos[k]
        return info is not None and (
            info.is_past
            or (info.pos in _REPORT_POS and not info.is_imperative)
            or norms[k] in reports
            or lemmas[k] in reports
            or norms[k] in s.item_filler_forms
        )

    # only a report is cut away ("… подорожало", "they've got no …", "… is gone"), and the
    # preposition of its verb ("просит про сушки", "keeps asking for Gushers"), never the
    # product's own complement ("кофе в зёрнах купи пачку") nor what it is for ("что для
    # торта нужны сливки": "для" after no verb)
    if any(reports_it(k) for k in (*before[:start], *before[end + 1 :])):
        cut = before[start - 1] if start > 0 else -1
        if cut == before[start] - 1 and preposition(cut):
            verb = before[start - 2] if start > 1 else -1
            if not (verb == cut - 1 and (reports_it(verb) or norms[verb].endswith(gerund))):
                return before
        return before[start : end + 1]
    return before


_NO_ENDING: Final = "\0"  # (a language with no gerund ending: no word ends so)
_NAME_POS: Final = frozenset({"NOUN", "ADJF", "PRTF"})  # OpenCorpora: the words of a product's name
_REPORT_POS: Final = frozenset({"VERB", "PRTS", "ADJS"})  # … and those that tell its state

_PURPOSE_WORDS: Final = 3  # "на дачу", "на новый год": a preposition and a short noun phrase


def _is_purpose_only(
    words: Words, piece: list[int], v: Vocabulary, longest: int = _PURPOSE_WORDS
) -> bool:
    """ "на дачу", "для бабушки": nothing but a preposition and a short phrase (no number), what
    the purchase is for or where it goes, no product; ``longest`` words at most."""
    first = words.infos[piece[0]]
    if first is None or len(piece) > longest:
        return False
    if first.pos != "PREP" and (
        first.is_russian or words.norms[piece[0]] not in v.shopping.list_prepositions
    ):
        return False  # (not "как всегда молоко")
    return all(words.infos[i] is not None for i in piece[1:])


def _heads_the_list(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "на кекс: 200 г масла, яйца — купи", "for the cake: flour, eggs - buy them": a
    preposition and a short phrase, closed by a heading mark with the items after it, say
    what the items are for, a heading and no product ("на дачу: уголь, спички"); a heading
    is as long as any other ("costco for the monthly run: oats, …")."""
    mark = piece[-1] + 1
    return (
        mark < len(words.tokens)
        and words.norms[mark] in v.shopping.list_heading_marks
        and _is_purpose_only(words, piece, v, _HEADING_WORDS)
    )


def _whose_heading(words: Words, pieces: list[list[int]], v: Vocabulary) -> bool:
    """ "Lucy's lunches this week: string cheese, applesauce pouches, crackers", "Гуле на
    завтра для детей: творожки, кабачок и филе": the first piece, closed by a colon with two
    pieces or more after it, whose or what for the list is (a capitalised possessive first,
    or a preposition inside: ``ShoppingWords.heading_prepositions``), no number and no common
    product in it: a heading, no item ("Сыр для пиццы: моцарелла, пармезан" keeps its
    product; "Аптека: бинт, йод" is read as before)."""
    first, norms, s = pieces[0], words.norms, v.shopping
    mark = first[-1] + 1
    if len(pieces) < 3 or mark >= len(norms) or norms[mark] != _COLON:
        return False
    if any(words.tokens[i].kind == "number" or words.matches(i, s.known_products) for i in first):
        return False
    # the possessive first, or right before the piece when it names a member the reading
    # took out ("Lucy's" of the member Lucy)
    whose = (k for k in (first[0] - 1, first[0]) if k >= 0 and words.tokens[k].kind == "word")
    return any(
        words.is_capitalised(k) and words.tokens[k].text.endswith(s.possessive_endings)
        for k in whose
    ) or any(norms[i] in s.heading_prepositions for i in first[1:])


def _opens_with_having(words: Words, pieces: list[list[int]], v: Vocabulary) -> bool:
    """ "короче у меня экзамены, мне срочно стикеры": the first piece, past fillers, a having
    clause of a pronoun or a name ("у меня …", "у Маши …") set off by a mark from the items
    after it: why they are needed, no product."""
    first, norms, s = pieces[0], words.norms, v.shopping
    start = 0
    while (
        start < len(first) - 1
        and norms[first[start]] in s.item_filler
        and norms[first[start]] not in s.possessive_prepositions
    ):
        start += 1
    if norms[first[start]] not in s.possessive_prepositions:
        return False  # most commands
    between = range(first[-1] + 1, pieces[1][0])
    return any(norms[k] in s.separators for k in between) and _opens_a_clause(
        words, first[start:], s, v.triggers.people
    )


def _is_measure_only(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """ "одна банка", "штук 30", "десяток", "a dozen": a piece holding nothing but a measure
    (a count said in words alone counts: a bare digit may be anything)."""
    numbers = v.numbers
    s = v.shopping
    if not words.vocabulary.isdisjoint(s.item_filler):
        # "купи нам три пачки", "add two packs please": a filler word beside the measure
        # (not a unit whose lemma is a filler's: "12 cans")
        piece = [
            i
            for i in piece
            if words.norms[i] in s.kept_filler
            or not words.matches(i, s.item_filler)
            or (words.norms[i] in v.units.forms and words.norms[i] not in s.item_filler)
        ]
    has_unit = False
    sized = False  # "большую банку", "the big jar": a size word beside the unit
    for index in piece:
        if is_measure_word(words.norms[index], v.units):
            has_unit = True
        elif words.norms[index] in v.units.size_words:
            sized = True
        elif read_number(words.tokens, index, numbers) is None and words.infos[index] is not None:
            return False
    if sized and not has_unit:
        return False
    if has_unit:
        return True
    if not piece or any(words.tokens[i].kind != "word" for i in piece):
        return False
    measure = read_measure([words.tokens[i] for i in piece], v.units, numbers)
    return measure.quantity is not None and len(measure.token_indices) == len(piece)


_ARTICLE_AND_UNIT: Final = 2  # "a pack": the words of a measure said for the item before
_ARTICLE_COUNT: Final = "1"  # … and the count its article says ("a loaf of bread" is one loaf too)


def _measures_last(words: Words, piece: list[int], items: list[ItemDraft], v: Vocabulary) -> bool:
    """ "a pack", "a box": an indefinite article and a unit alone after an item with no unit
    is that item's measure ("we're nearly out of Bounty, stick a pack on the list"): it is
    set on the item (``items[-1]``), and the piece makes no item of its own."""
    if not (
        items
        and items[-1].unit is None
        and len(piece) == 2
        and words.norms[piece[0]] in v.numbers.articles
        and is_measure_word(words.norms[piece[1]], v.units)
    ):
        return False
    items[-1] = replace(
        items[-1],
        quantity=items[-1].quantity or _ARTICLE_COUNT,
        unit=v.units.forms.get(words.norms[piece[1]]),
    )
    return True


def _with_measures_attached(
    words: Words, pieces: list[list[int]], v: Vocabulary
) -> list[list[int]]:
    """A measure said apart after its product ("сметана, одна банка", "bin bags, штук 30")
    belongs to the product before it."""
    if len(pieces) < 2:
        return pieces
    joined: list[list[int]] = [pieces[0]]
    cut_words = v.shopping.cut_words
    definite = v.shopping.definite_determiners
    for piece in pieces[1:]:
        if _is_measure_only(words, piece, v) and not _is_measure_only(words, joined[-1], v):
            if words.norms[piece[0]] in definite and all(
                read_number(words.tokens, i, v.numbers) is None for i in piece
            ):
                continue  # "dish tabs, the big pack": which pack it comes in, no count
            before = joined[-1]
            # "Need молоко for каша, 1 liter": the measure goes before what the item is for,
            # which the name loses
            cut = next((n for n, i in enumerate(before) if n and words.norms[i] in cut_words), None)
            if cut is not None and before[cut] in _complement(words, before, v):
                cut = None  # "щётки для робота-пылесоса, две штуки": the name keeps it
            sizes = v.units.size_words
            # "нутеллу, большую банку": the size sizes the container, no part of the name
            measure = [i for i in piece if words.norms[i] not in sizes]
            joined[-1] = before + measure if cut is None else before[:cut] + measure + before[cut:]
        else:
            joined.append(piece)
    return joined


def _with_shared_measure(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """One measure said once for every item listed before it ("огурцов и помидоров по
    килограмму", "корвалол и валидол, по одной упаковке", "apples and pears, a kilo of each")
    measures each of them that has no measure of its own."""
    if len(pieces) < 2 or not words.classes4 & SHARED_UNITS:
        return pieces
    shared, each_one = v.units.shared, v.units.each_one
    # "по 2 пачки каждого", "каждого по бутылке": the "each one" said with it repeats it
    last = [i for i in pieces[-1] if words.norms[i] not in each_one]
    at = next((n for n, i in enumerate(last) if words.norms[i] in shared), None)
    if at is None:
        return pieces
    links = v.units.links
    after = words.norms[last[at]] in v.units.each
    if after:  # "по килограмму": the measure follows, and follows each product
        start, measure, kept = at, last[at + 1 :], last[at:]
    else:  # "a kilo of each", "2 kg each": it comes before, in a piece of its own
        if at != len(last) - 1:
            return pieces
        kept, articles = last[:at], v.numbers.articles  # "a kilo of" before each product
        if kept and words.norms[kept[0]] in articles and words.norms[kept[-1]] not in links:
            return pieces  # ("a bag each": no "of" to join it to a product)
        start = 0
        measure = [
            i for i in kept if words.norms[i] not in links and words.norms[i] not in articles
        ]
    if not measure or not _is_measure_only(words, measure, v):
        return pieces
    listed = [*pieces[:-1], last[:start]] if start else pieces[:-1]
    return [
        piece
        if any(_is_measured(words, i, v) for i in piece)
        else [*piece, *kept]
        if after
        else [*kept, *piece]
        for piece in listed
        if piece
    ]


def _is_measured(words: Words, index: int, v: Vocabulary) -> bool:
    return words.tokens[index].kind == "number" or is_measure_word(words.norms[index], v.units)


def _said_around(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """A piece after the first opened by a cut word ("для", "for", "before", "thanks") that
    says what for, or names no common product, or by a preposition of what the item comes in
    (``ShoppingWords.qualifier_prepositions``) naming no common product: no item."""
    s = v.shopping
    if words.norms[piece[0]] in s.pointer_words and len(piece) > 1:
        # "…, это Рексу", "…, это для бабушки", "…, that's for the dog": whom it is for
        rest = piece[1:]
        infos = words.infos
        return _said_around(words, rest, v) or all(
            (info := infos[i]) is not None and info.noun_case == _DATIVE for i in rest
        )
    if words.norms[piece[0]] in s.relative_cuts:
        # a relative or a question ("…, who drank it all", "…, who wants juice"): never an
        # item, even naming the product again
        return True
    known = s.known_products
    if words.norms[piece[0]] in s.qualifier_prepositions:
        # "…, в синей упаковке", "…, in the big tub": what it comes in, no product of its own;
        # one holding a count ("…, в двух пачках") is read as before, for its amount
        return not any(
            words.norms[i] in known
            or words.lemmas[i] in known
            or read_number(words.tokens, i, v.numbers) is not None
            for i in piece
        )
    if words.norms[piece[0]] not in s.cut_words:
        return False
    return _is_purpose_only(words, piece, v) or not any(
        words.norms[i] in known or words.lemmas[i] in known for i in piece
    )


_ANIMATE_OBJECT_CASES: Final = frozenset({"gent", "accs"})  # OpenCorpora: one form for both
_DASHES: Final = frozenset(
    "—–-"
)  # "…, финики и паста — перекус": what the list is, told after a dash
# marks of speech that set a remark off ("+", "/" and the conjunctions join one more item)
_REMARK_MARKS: Final = frozenset({*_DASHES, ",", ";", ".", "!", "?", ":", "…", "\n"})


_QUOTES: Final = frozenset("«»\"“”„'")  # "масло «Просто»": a name quoted, its words its own


def _without_piece_fillers(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """``pieces`` without those of fillers alone ("…. yes, I'm keeping score", "…, lovely,
    buy more", "ладно, просто в список: батарейки"), and without "просто" opening a piece
    in lower case, outside quotes ("купи просто воду"): ``ShoppingWords.piece_fillers``.
    Inside a name they stay ("Yes To shampoo", "Lovely Day candles", "масло «Просто»")."""
    s, norms, tokens = v.shopping, words.norms, words.tokens
    fillers, filler = s.piece_fillers, s.item_filler
    kept: list[list[int]] = []
    for piece in pieces:
        if all(norms[i] in fillers or norms[i] in filler for i in piece) and any(
            norms[i] in fillers for i in piece
        ):
            continue
        first = piece[0]
        opens = (
            norms[first] in fillers
            and len(piece) > 1
            and (info := words.infos[first]) is not None
            and info.is_russian
            and not words.is_capitalised(first)
            and (first == 0 or tokens[first - 1].text not in _QUOTES)
        )
        kept.append(piece[1:] if opens else piece)
    return kept or pieces


def _without_remarks(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """``pieces`` without the remarks beside the list (``_remark_beside``), and without the
    pieces split from a remark with nothing between ("…, буду печь | торт": the remark's
    object, no item)."""
    kept, remark = [pieces[0]], False
    for n in range(1, len(pieces)):
        piece = pieces[n]
        if not (remark and piece[0] == pieces[n - 1][-1] + 1):
            remark = _remark_beside(words, pieces, n, v)
        if not remark:
            kept.append(piece)
    return kept


def _remark_beside(words: Words, pieces: list[list[int]], n: int, v: Vocabulary) -> bool:
    """A piece after the first, set off by a mark and holding no number, that remarks on the
    list rather than names a product: the speaker's own deed ("…, пеку сырники для блога",
    "…, драники буду тереть"), a clause opened by a pointer ("…, это blocker на утро"), a
    word and a pictograph ("…, сессия 💀", "…, said nothing 🙃"), a preposition governing
    each noun ("…, на пироги для прихода"), an apposition to a name ("… for Biscuit, our
    Labrador") or what the closed list is, after a dash ("A, B и C — перекус перед
    длинной"). The last four name no common product; "…, это молоко 2 литра", "…, хлеб 🥖",
    "…, для мытья посуды средство" and "A и B, C" without a dash keep their items."""
    piece, norms, s = pieces[n], words.norms, v.shopping
    between = range(pieces[n - 1][-1] + 1, piece[0])
    if not any(norms[k] in _REMARK_MARKS for k in between):
        return False  # "ice + cups for sat 🎉", "neeps for burns night 🏴": one more item
    if any(words.tokens[i].kind == "number" for i in piece):
        return False
    if (
        told_in_english(words, piece[0], v)
        or governed_pronoun(words, piece)
        or named_doer_told(words, piece, v)
        or whose_favourite(words, piece, v)
        or qualifier_of_the_one(words, piece, v)
        or said_for_the_product(words, piece, v)
    ):
        return True  # "…, jack's hamster ate the last one", "…, the cheap one …", "…, старое"
    infos = words.infos
    if any(
        norms[i] in s.own_deed_forms or ((info := infos[i]) is not None and info.is_first_person)
        for i in piece
    ):
        return True
    if _governed_throughout(words, piece) or _opens_a_clause(words, piece, s, v.triggers.people):
        # a product governed is what they are for ("на пироги"); "…, у малыша сопли"
        return True
    known = s.known_products
    if any(words.matches(i, known) for i in piece):
        return False
    if occasion_after_list(words, piece, v):
        return True  # "…? на субботу, вечеринка"
    first, last = piece[0], piece[-1]
    possessives = s.apposition_possessives
    return (
        # "…, это blocker на утро"; "…, это, маскарпоне", "…, это самое, кинзу": a filler
        # set off by its own mark, the product after it stays
        (norms[first] in s.remark_pointers and 1 < len(piece) == last - first + 1)
        or all(norms[i] in possessives for i in piece)  # "…, наш [кот любит]": no product
        or (
            _pictograph(words.tokens[last].text)
            and _list_closed(words, pieces, n, v)
            and _names_an_occasion(words, piece)
        )
        or (norms[first] in possessives and _after_a_name(words, first))
        or (
            any(norms[k] in _DASHES for k in between)
            and _list_closed(words, pieces, n, v)
            # "— ещё начос", "— also guacamole": one more item
            and not any(norms[i] in s.additive_words for i in (*between, *piece))
            and _told_in_nominative(words, piece)
        )
    )


# Unicode's food and drink pictographs ("🍫", "🥑", "🍕"): said after one word, the product's
_FOOD_PICTOGRAPHS: Final = (
    (0x1F32D, 0x1F37F),
    (0x1F950, 0x1F96F),
    (0x1F9C0, 0x1F9CB),
    (0x1FAD0, 0x1FADB),
)


def _names_an_occasion(words: Words, piece: list[int]) -> bool:
    """The words before a pictograph say an occasion or a state, not a product: a phrase
    of two words or more ("movie night 🍿", "exam season survival kit 📚"), or one Russian
    noun in the nominative with no food pictograph ("сессия 💀"); never a Russian object in
    another case ("маракуйю 😋") nor one word of English ("burrata 😍", "guac 🥑")."""
    said = [i for i in piece if words.tokens[i].kind == "word"]
    if not said or not _told_in_nominative(words, said):
        return False
    if len(said) > 1:
        return True
    info = words.infos[said[0]]
    food = any(
        low <= ord(ch) <= high
        for ch in words.tokens[piece[-1]].text
        for low, high in _FOOD_PICTOGRAPHS
    )
    return info is not None and info.is_russian and info.noun_case == _NOMINATIVE and not food


def _told_in_nominative(words: Words, piece: list[int]) -> bool:
    """A Russian piece's first noun is in the nominative, no object of the verb before
    ("перекус перед длинной", not "начос" read as "ещё начос"'s object); English pieces pass."""
    for i in piece:
        info = words.infos[i]
        if info is not None and info.is_russian and info.pos == _NOUN:
            return info.noun_case == _NOMINATIVE
    return True


def _list_closed(words: Words, pieces: list[list[int]], n: int, v: Vocabulary) -> bool:
    """The pieces before ``pieces[n]`` make a list said to its end: its last two joined by a
    conjunction ("A, B и C, …", "teabags + digestives, …"), or one item with its count
    ("энергетики 6 банок, …"). After an open list ("хлеб, хумус 😋") a piece is one more
    item."""
    if n == 1:
        return any(words.tokens[i].kind == "number" for i in pieces[0])
    joiners = v.shopping.list_joiners
    return any(words.norms[k] in joiners for k in range(pieces[n - 2][-1] + 1, pieces[n - 1][0]))


def _after_a_name(words: Words, first: int) -> bool:
    """The word said last before ``first``, past its marks, is capitalised: a name ("…for
    Biscuit, our Labrador", "…для Маши, нашей дочки")."""
    k = first - 1
    while k > 0 and words.tokens[k].kind != "word":
        k -= 1
    return k < first - 1 and words.is_capitalised(k)


def _governed_throughout(words: Words, piece: list[int]) -> bool:
    """ "на пироги для прихода", "к чаю на вечер": a preposition first and every noun after
    one, past describing words: what the items are for, no product of its own."""
    infos = words.infos
    if (info := infos[piece[0]]) is None or info.pos != _PREPOSITION or len(piece) < 2:
        return False
    governed = False
    for i in piece:
        info = infos[i]
        if info is None:
            return False
        if info.pos == _PREPOSITION:
            governed = True
        elif info.pos == _NOUN:
            if not governed:
                return False
            governed = False
        elif info.pos not in _DESCRIBING:
            return False
    return True


def _said_without(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """A piece after the first opened by a word of absence said right before its noun, no
    mark between ("…, no raisins", "…, нет хлеба" with a genitive): what is not wanted or is
    missing; "…, no, raisins" corrects."""
    norms, tokens, t = words.norms, words.tokens, v.triggers
    first = piece[0]
    at = (
        first
        if norms[first] in t.need_negations or norms[first] in t.restart_absences
        else (first - 1)
    )
    if at < 1 or at + 1 >= len(words) or tokens[at + 1].kind != "word":
        return False
    if norms[at] in t.need_negations and norms[at].isascii():
        return norms[at - 1] in v.shopping.separators
    if norms[at] not in t.restart_absences:
        return False
    info = words.infos[at + 1]
    return (
        norms[at - 1] in v.shopping.separators
        and info is not None
        and info.noun_case == _GENITIVE
        and info.lemma != info.norm
    )


def _plan_told(words: Words, pieces: list[list[int]], n: int, v: Vocabulary) -> bool:
    """ "купи курицу и рис, завтра плов", "get mince and onions, burgers on Saturday": after a
    list a conjunction has closed, a piece set off by a mark (no conjunction) with a day word at
    its edge (alone or after a preposition of time, not one of purpose: "на завтра", "for
    tomorrow" say what the item is for) names no known product: what is planned, no item."""
    norms, s = words.norms, v.shopping
    first, last = pieces[n][0], pieces[n][-1]
    if not any(norms[k] in s.list_joiners for k in range(pieces[n - 2][-1] + 1, pieces[n - 1][0])):
        return False  # the list not closed: "молоко, хлеб завтра" may buy the bread tomorrow
    begin = pieces[n - 1][-1] + 1
    if any(norms[k] in s.list_joiners for k in range(begin, first)) or not any(
        norms[k] in s.separators for k in range(begin, first)
    ):
        return False
    end = pieces[n + 1][0] if n + 1 < len(pieces) else len(words.tokens)
    while begin < first and words.infos[begin] is None:
        begin += 1  # past the mark
    stop = last + 1
    while stop < end and words.infos[stop] is not None:
        stop += 1  # the words the piece lost to a due phrase, up to the next mark
    d, purposes = v.dates, v.open_world.resumptive_purposes
    days, preps = d.day_triggers, (d.date_preps | d.time_preps) - purposes
    if begin >= stop:
        return False
    opens = words.matches(begin, days) or (
        norms[begin] in preps and begin + 1 < stop and words.matches(begin + 1, days)
    )
    ends = words.matches(stop - 1, days) and (stop - 2 < begin or norms[stop - 2] not in purposes)
    known = s.known_products
    return (opens or ends) and not any(words.matches(i, known) for i in pieces[n])


def _without_clauses(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """``pieces`` after the first without a clause's, and without the pieces split from it
    with no separator between ("…, I'm baking a cake on Sunday": "a cake on Sunday" is the
    clause's object, no item), unless the clause asks for them ("…, so would you stick a box
    of teabags on the list")."""
    kept, norms, s, t = [pieces[0]], words.norms, v.shopping, v.triggers
    clause = False
    for previous, piece in pairwise(pieces):
        if not (
            clause and not any(norms[k] in s.separators for k in range(previous[-1] + 1, piece[0]))
        ):
            opens = _is_clause(words, piece, s, t.people)
            clause = opens and not any(
                words.matches(i, t.purchase_words) or words.matches(i, t.list_only_add_verbs)
                for i in range(piece[0], piece[-1] + 1)
            )
            if opens and not clause:
                continue  # the asking clause itself is no item
        if not clause:
            kept.append(piece)
            continue
        while len(kept) > 1 and not any(  # "…, дети всю неделю | вели себя образцово"
            norms[k] in s.separators for k in range(kept[-1][-1] + 1, piece[0])
        ):
            kept.pop()
    return kept


def _is_clause(
    words: Words, piece: list[int], s: ShoppingWords, people: frozenset[str] = frozenset()
) -> bool:
    norms = words.norms
    return (
        norms[piece[0]] in s.subject_pronouns
        # "…. кстати ты молодец", "…. btw you rock": a subject past a filler word
        or (
            len(piece) > 2
            and norms[piece[0]] in s.item_filler
            and norms[piece[1]] in s.subject_pronouns
        )
        # "…, and call me": a verb and the speaker, no product
        or (len(piece) == 2 and norms[piece[1]] in s.speaker_objects)
        or any(norms[i] in s.clause_links or norms[i] in s.clause_particles for i in piece)
        or _opens_a_clause(words, piece, s, people)
    )


def _opens_a_clause(
    words: Words, piece: list[int], s: ShoppingWords, people: frozenset[str]
) -> bool:
    """A participle of doing or hosting ("making guac for 15", "baking a cake") or a having
    clause ("у нас завтра геометрия", "у Маши день рождения") opens the piece: what the items
    are for, no item."""
    first = words.norms[piece[0]]
    if first in s.clause_participles:
        return True
    second = piece[0] + 1  # the word said next, though a member or an article split it off
    if second >= len(words.norms):
        return False
    if first in s.attributive_participles:
        return words.norms[second] in s.participle_objects or words.tokens[second].kind == "number"
    if first in s.possessive_prepositions:
        info = words.infos[second]
        return info is not None and (
            info.pos == "NPRO"
            or (info.noun_case == "gent" and (info.is_name or words.lemmas[second] in people))
            # "у малыша сопли": an animate noun, read as its accusative too ("у" governs
            # the genitive alone)
            or (info.is_animate and info.noun_case in _ANIMATE_OBJECT_CASES)
            # "у Jack опять коленка разбита": a name in Latin letters after the Russian "у"
            or (not info.is_russian and words.is_capitalised(second))
        )
    return False


def _measure_span(words: Words, piece: list[int], v: Vocabulary) -> tuple[list[int], bool]:
    """The tokens of ``piece`` that say its measure (numbers and units), and whether a unit is
    among them."""
    tokens = words.tokens
    span: list[int] = []
    unit = False
    skip_to = -1
    for index in piece:
        if index < skip_to:
            span.append(index)
            continue
        number = read_number(tokens, index, v.numbers)
        if number is not None:
            span.append(index)
            skip_to = number.end
        elif is_measure_word(words.norms[index], v.units):
            span.append(index)  # (a fused half, "пол-литра", is a number and a unit)
            unit = True
    return span, unit


def _self_corrected(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """A correction said on the fly replaces what it corrects, of the same kind, in the item
    just before it: a measure a measure ("полтора кило картошки, нет, два кило", "два пакета
    молока нет три"), a product a product ("кефир нет ряженку", "oat milk, sorry, almond
    milk"). "молоко, нет хлеба" (there is no bread: a genitive after a direct object) is no
    correction."""
    if not words.classes1 & (CORRECTION_WORDS | NEGATIONS):
        return content
    marks = v.shopping.correction_words
    norms, separators, filler = words.norms, v.shopping.separators, v.shopping.item_filler
    at = next((n for n in range(len(content) - 1, 0, -1) if _corrects(words, content, n, v)), None)
    if at is None:
        return content
    before, after = content[:at], content[at + 1 :]
    if after and (norms[content[at]], norms[after[0]]) in v.shopping.correction_pairs:
        after = after[1:]  # "make that …"
    # "пол-литра молока, ой, нет, литр", "…, no wait …": a mark, a filler word or another
    # correction word around the correction (not a negation: "нет, не сметану, а йогурт")
    negations = v.triggers.negations
    while before and (
        norms[before[-1]] in separators or norms[before[-1]] in filler or norms[before[-1]] in marks
    ):
        before = before[:-1]
    while after and (
        norms[after[0]] in separators
        or (norms[after[0]] in filler and norms[after[0]] not in negations)
    ):
        after = after[1:]
    start = next((n for n in range(len(before) - 1, -1, -1) if norms[before[n]] in separators), -1)
    head, old = before[: start + 1], before[start + 1 :]
    end = next((n for n, i in enumerate(after) if norms[i] in separators), len(after))
    new, rest = after[:end], after[end:]
    if not old or not new:
        return content
    if all(norms[i] in v.tasks.intensifiers for i in new):
        return head + old + rest  # "buy milk, I mean, really": an insistence, no product
    if _is_clause(words, new, v.shopping):
        # "buy eggs, no, we have plenty", "…, sorry, we're out": a clause, no product
        return content[:at] + content[at + 1 :]
    old_measure, _ = _measure_span(words, old, v)
    new_measure, new_unit = _measure_span(words, new, v)
    if old_measure and len(old_measure) == len(old) and new[0] in new_measure:
        return head + new + rest  # "three no four boxes of …": a count corrects a count
    if len(new_measure) == len(new):  # a measure alone corrects the measure
        if not old_measure:
            return head + new + old + rest  # "milk, make that two": its count, said late
        # "… нет три": the number alone; "… нет два кило": the number and its unit, each
        # where the old one was said ("морковь две штуки, нет, три": "морковь три штуки")
        units = v.units.forms
        dropped = {i for i in old_measure if new_unit or norms[i] not in units}
        if not dropped:
            # "пачку масла, нет, две", "a bag of rice, no, two": a unit said with no count (or
            # an article's one) gets the count said anew before it
            at = next(n for n, i in enumerate(old) if i in old_measure)
            if at and norms[old[at - 1]] in v.numbers.articles:
                return head + old[: at - 1] + new + old[at:] + rest
            return head + old[:at] + new + old[at:] + rest
        first = next(n for n, i in enumerate(old) if i in dropped)
        kept = [i for i in old if i not in dropped]
        first -= sum(1 for i in old[:first] if i in dropped)
        return head + kept[:first] + new + kept[first:] + rest
    first_new = next((i for i in new if i not in new_measure), None)
    first_old = next((i for i in old if i not in old_measure), None)
    if first_new is None or first_old is None:
        return content
    new_info, old_info = words.infos[first_new], words.infos[first_old]
    if all(not _not_adverb(words.infos[i]) for i in new if i not in new_measure):
        return content  # "порошок стиральный нет совсем": how much there is not, no product
    if (
        new_info is not None
        and new_info.noun_case == "gent"
        and new_info.lemma != new_info.norm  # "кофе", "какао": no case of their own
        and (old_info is None or old_info.noun_case != "gent")
        and _reports_absence(words, content, at, v)
    ):
        return content  # "купи молоко, нет хлеба": a report of what is missing
    kept = old_measure if not new_measure else []
    if _describes_only(words, new, new_measure):
        # "говяжий фарш, нет, лучше куриный": agreeing adjectives alone replace the old ones
        # before the same noun
        noun = next((n for n, i in enumerate(old) if _is_noun(words.infos[i])), None)
        if noun is None:
            return content
        return head + kept + new + old[noun:] + rest
    return head + kept + new + rest


def _reports_absence(words: Words, content: list[int], at: int, v: Vocabulary) -> bool:
    """The correction word may report what is missing: a negation ("нет") with no mark after
    it ("…, нет хлеба"; "…, нет, кофе" and "…, вернее кофе" correct)."""
    norms = words.norms
    if norms[content[at]] not in v.triggers.negations and norms[content[at]] not in (
        v.shopping.item_filler
    ):
        return False
    return at + 1 < len(content) and norms[content[at + 1]] not in v.shopping.separators


def _is_noun(info: WordInfo | None) -> bool:
    return info is not None and info.pos == _NOUN


def _describes_only(words: Words, piece: list[int], measure: list[int]) -> bool:
    """Every word of ``piece`` but its measure is a (Russian) adjective or participle."""
    infos = words.infos
    return all(
        (info := infos[i]) is not None and info.pos in _DESCRIBING
        for i in piece
        if i not in measure
    )


def _lone_negation(words: Words, content: list[int], n: int, v: Vocabulary) -> bool:
    """``content[n]`` is a negation said alone between marks, a word (no negation) after it
    ("купи творог, ой, не, сыр"): a colloquial "no" that corrects, as "нет" does."""
    k, negations = content[n], v.triggers.negations
    return (
        words.norms[k] in negations
        and words.is_set_off(k)
        and k + 2 < len(words)
        and words.tokens[k + 2].kind == "word"
        and words.norms[k + 2] not in negations
    )


def _corrects(words: Words, content: list[int], n: int, v: Vocabulary) -> bool:
    """``content[n]`` is a correction word said as one: "make" only before "that" or "it",
    "no" only before a mark of punctuation or another correction word, or between two
    numbers."""
    s, norms = v.shopping, words.norms
    norm = norms[content[n]]
    if norm not in s.correction_words:
        return _lone_negation(words, content, n, v)
    nxt = norms[content[n + 1]] if n + 1 < len(content) else None
    if norm in s.correction_starts:
        return (norm, nxt) in s.correction_pairs
    if norm not in s.correction_answers:
        return True
    if nxt is None:
        return False
    if nxt in s.correction_words:
        return True
    tokens, prev = words.tokens, content[n - 1]
    if read_number(tokens, content[n + 1], v.numbers) is not None:
        return read_number(tokens, prev, v.numbers) is not None or _is_measured(words, prev, v)
    return words.infos[content[n + 1]] is None and nxt != "."


_MAKEUP_WORDS: Final = 3  # "…, with extra cheese": at most this many words after the comma


def _with_makeup_folded(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """A piece right after the one before it and a comma, opened by a preposition of what a
    product is made with or without (``ShoppingWords.makeup_prepositions``), short, with no
    verb and no capitalised name ("…, с Петей"): folded into the piece before ("купи молоко,
    без лактозы" is "молоко без лактозы"; "buy pizza, with extra cheese")."""
    kept = [pieces[0]]
    for p in pieces[1:]:
        prev = kept[-1]
        if (
            words.norms[p[0]] in v.shopping.makeup_prepositions
            and p[0] >= 2
            and words.norms[p[0] - 1] == ","
            and prev[-1] == p[0] - 2
            and 1 < len(p) <= _MAKEUP_WORDS
            and all(words.tokens[i].kind == "word" for i in p[1:])  # ("…, С0": a grade)
            and not any(words.is_capitalised(i) for i in p[1:])
            and not any((info := words.infos[i]) is not None and info.pos in _VERBS for i in p)
        ):
            kept[-1] = [*prev, *p]
        else:
            kept.append(p)
    return kept


def _before_told_lack(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """A lack told after the items with no mark between (a negative predicative,
    ``ShoppingWords.told_lacks``, "нечего", "нечем") ends them, with an infinitive or a
    preposition and its noun right before it: "пачку чаю и рафинаду коробку к чаю нечего",
    "хлеба купи есть нечего" (the reason the purchase is asked, no product). With a mark
    between, the comment's rules read it."""
    lacks = v.shopping.told_lacks
    if words.vocabulary.isdisjoint(lacks):  # most commands tell no lack
        return content
    norms, infos = words.norms, words.infos
    for m in range(1, len(content)):
        k = content[m]
        if norms[k] not in lacks:
            continue
        if any(words.is_punct(j) for j in range(content[0], k)):
            return content
        cut = m
        said = infos[content[cut - 1]] if content[cut - 1] == k - 1 else None
        if said is not None and said.is_infinitive:
            cut -= 1  # "есть нечего"
        elif (
            said is not None
            and said.pos == _NOUN
            and cut >= 2  # a preposition and its noun
            and content[cut - 2] == k - 2
            and _is_preposition(infos[content[cut - 2]])
        ):
            cut -= 2  # "к чаю нечего"
        return content[:cut] if cut > 0 else content
    return content


def _read_items(
    words: Words, content: list[int], morphology: Morphology, v: Vocabulary
) -> tuple[ItemDraft, ...]:
    corrected = _self_corrected(words, content, v)
    while len(corrected) < len(content) - 1:
        # "энергетики, нет, не надо энергетики, лучше зелёный чай": each correction said
        # replaces what it corrects, the last first, while one replaces (one that only
        # drops its own word, "…, нет, всё-таки молоко", leaves the earlier ones be)
        content, corrected = corrected, _self_corrected(words, corrected, v)
    content = _before_told_lack(words, corrected, v)
    if words.classes1 & NEGATIONS:
        # "хлеб не покупай в ларьке, …": where it is not to be bought, no item
        content = _without_shop_phrase(words, content, v.shopping)
    # "купи сметану вместо йогурта", "add X instead (of Y)": no item for what it replaces
    if words.classes2 & SUBSTITUTIONS:  # (``_without_replaced``'s first test: most commands)
        content = _without_replaced(words, content, v)
    content = _without_count_emphasis(words, content, v)
    if words.classes2 & CONDITION_WORDS:
        content = _before_condition(words, content, v)
    items: list[ItemDraft] = []
    # "peanut butter (only if it's on offer lol)", "вино (для гостей)": no bracketed aside
    pieces = without_bracketed_asides(
        words, _with_shared_measure(words, _pieces(words, content, morphology, v), v), v
    )
    if words.classes3 & PIECE_FILLERS:
        pieces = _without_piece_fillers(words, pieces, v)
    if len(pieces) > 1 and (
        _heads_the_list(words, pieces[0], v)
        or _opens_with_having(words, pieces, v)
        or _whose_heading(words, pieces, v)
    ):
        pieces = pieces[1:]
    if words.classes1 & (NEGATIONS | FUSED_REFUSALS):
        # "кефир не надо, катык купи", "купи хлеб, а молоко не надо", "сметану не бери": a
        # product, then its need or its buying verb negated, is not wanted
        # "honey nut cheerios not the plain ones": the pro-form not wanted after a negation
        # asks nothing
        pieces = [_before_negation(words, p, v) for p in pieces if not _refused(words, p, v)]
    if len(pieces) > 1 and words.classes3 & TALLY_YES:
        # "bread yes, milk no", "хлеб да, молоко нет": a product ticked yes or no
        pieces = _ticked(words, pieces, v)
    if len(pieces) > 1 and words.classes2 & CLAUSE_MARKERS:
        # "…, summer is coming", "…, the fridge is empty", "…, we're out", "…, making guac":
        # a reason after the items, no product
        pieces = _without_clauses(words, pieces, v)
    if len(pieces) > 1:
        # "add eggs. P.S. also bread": a letter said alone (an abbreviation's) is no product
        pieces = [p for p in pieces if not _lone_letter(words, p)] or pieces
    if len(pieces) > 2 and words.classes2 & DAY_TRIGGERS:
        # "купи фарш и лук, в субботу котлеты", "limes and mint, mojitos tonight": a plan told
        pieces = [p for n, p in enumerate(pieces) if n < 2 or not _plan_told(words, pieces, n, v)]
    if len(pieces) > 1 and words.classes3 & MAKEUP_PREPOSITIONS:
        # "купи молоко, без лактозы", "buy bagels, with sesame": what it is made with or
        # without, a part of its name
        pieces = _with_makeup_folded(words, pieces, v)
    if len(pieces) > 1:
        # "«Боржоми», две бутылки, для желудка", "rice, for the curry": what it is for;
        # "…, before I forget, thanks a million": a clause or a thank-you, no product
        pieces = [pieces[0], *(p for p in pieces[1:] if not _said_around(words, p, v))]
        # "add porridge oats, no raisins", "купи батон, нет хлеба": what is not wanted, or
        # is missing, no item
        pieces = [pieces[0], *(p for p in pieces[1:] if not _said_without(words, p, v))]
        # "…, сессия 💀", "…, пеку сырники для блога", "…, на пироги для прихода": a remark
        # beside the list
        pieces = _without_remarks(words, pieces, v)
    if len(pieces) > 1 and words.classes2 & QUALIFIER_PARTICLES:
        # "…, только недорогое", "…, главное свежий": a qualifier of the item before
        kept, qualified = [pieces[0]], False
        for p in pieces[1:]:
            # "…, только белый и чёрный": a describing word joined to a qualifier goes on it
            qualified = _qualifies(words, p, v) or (qualified and _joined_qualifier(words, p, v))
            if not qualified:
                kept.append(p)
        pieces = kept
    if len(pieces) > 1 and words.classes2 & RELATIVE_WORDS:
        # "сыр тот, который в красной упаковке": a relative clause of the demonstrative
        # said after its noun, no item
        pieces = [
            pieces[0],
            *(p for n, p in enumerate(pieces[1:]) if not _relative_of(words, pieces[n], p, v)),
        ]
    if len(pieces) > 1:
        # "купи карту Мир", "купи журнал Семья": a name the splitter cut, no person listed
        pieces = _with_names_rejoined(words, pieces, v)
    for n, piece in enumerate(_with_measures_attached(words, pieces, v)):
        # "…, stick a pack on the list": the measure of the item before, no item (and no
        # pro-form: nothing more to ask)
        item = (
            None
            if _measures_last(words, piece, items, v)
            else _item_from_piece(words, piece, morphology, v)
        )
        if item is not None:
            items.append(item)
        elif words.classes2 & PRO_FORM_HEADS and not _pro_form_qualifies(words, piece, n, v):
            # "a white loaf and a brown one", "red apples and green ones": an item of its
            # own whose head the pro-form leaves unsaid; which one is asked, none dropped
            return ()
    if len(items) < 2:  # nothing to merge: most commands name one item
        return tuple(items)
    info_of = morphology.info
    keys = [tuple([info_of(w).lemma for w in item.name.split()]) for item in items]
    return _merge(items, keys)


_QUALIFIER_POSES: Final = frozenset(
    {"ADJF", "ADJS", "COMP", "PRTF", "PRTS", "ADVB", "PRCL", "CONJ"}
)


_NAME_OR_COUNT_POS: Final = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})  # a refused product's words


def _refused(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """A piece opened by a product (its words only, no mark between) and then a refusal (a
    negation an imperative or a need takes: ``ShoppingWords.refusals``) before a need word or
    a buying verb ("кефир не надо, …", "творогу не нужно", "нутеллу не
    бери", "молоко не надо покупать", "chips don't get"), whatever tells why after it: the
    product is not wanted. "milk, not cream" (the negation before a noun) keeps the milk;
    a pronoun or a verb before the negation ("мне не надо", "we don't need …") opens no
    product, a negation of the third person ("milk that doesn't need …") is no refusal, and
    the verb must close the refusal (a mark, a conjunction or the end after it, past an
    infinitive): a word after it refuses a variety, a count or a place, not the product
    ("батарейки не бери дорогие, возьми обычные", "молоко не бери в пакете, возьми в
    бутылке", "молоко не бери 1 литр, возьми 2", "хлеб не покупай в ларьке, купи в пекарне")."""
    t, s, norms, infos, tokens = v.triggers, v.shopping, words.norms, words.infos, words.tokens
    for n in range(1, len(piece)):
        at = piece[n]
        if norms[at] in s.fused_refusals:
            governed = at  # "кефир ненадо …": the negation and the need in one word
        elif norms[at] not in s.refusals:
            continue
        else:
            governed = at + 1
        if governed >= len(words) or infos[governed] is None:
            return False
        if governed > at and not (
            words.matches(governed, t.need_words) or words.matches(governed, t.purchase_words)
        ):
            return False
        said = piece[:n]
        if said[-1] != at - 1 or any(b != a + 1 for a, b in pairwise(said)):
            return False  # a mark or a word not the product's between
        after = governed + 1
        if (
            after < len(words)
            and infos[after] is not None
            and words.matches(after, t.purchase_words)
        ):
            after += 1  # "молоко не надо покупать …"
        if (
            after < len(words)
            and tokens[after].kind != "punct"
            and norms[after] not in s.separators
            and norms[after] not in s.clause_conjunctions
            and not _told_why(words, after)
        ):
            # "батарейки не бери дорогие, …", "молоко не бери в пакете, …", "… 1 литр, …",
            # "хлеб не покупай в ларьке, …": a variety, a count or a place refused, not the
            # product; only a mark, a conjunction or why told closes the refusal
            return False
        for k in said:
            info = infos[k]
            if tokens[k].kind == "number":
                continue
            if (
                info is None
                or norms[k] in s.subject_pronouns
                or norms[k] in s.referring_pronouns
                or norms[k] in s.relative_words
                or info.is_past
                or (info.is_russian and info.pos not in _NAME_OR_COUNT_POS)
            ):
                return False
        return True
    return False


def _ticked(words: Words, pieces: list[list[int]], v: Vocabulary) -> list[list[int]]:
    """Pieces each closed by a word that ticks it (``ShoppingWords.tally_yes``, ``tally_no``:
    "bread yes, milk no", "хлеб да, молоко нет"), one of them yes: the pieces ticked yes
    without the tick, the ones ticked no dropped; ``pieces`` as they are when any piece is
    closed by neither."""
    s, norms = v.shopping, words.norms
    last = [norms[p[-1]] if len(p) > 1 else "" for p in pieces]
    if not all(w in s.tally_yes or w in s.tally_no for w in last):
        return pieces
    return [p[:-1] for p, w in zip(pieces, last, strict=True) if w in s.tally_yes]


def _lone_letter(words: Words, piece: list[int]) -> bool:
    """A piece that is one letter with a full stop after it, an abbreviation's ("P.S." read
    as "p" and "s"); "vitamin c and d" keeps its "d"."""
    if len(piece) != 1 or len(norm := words.norms[piece[0]]) != 1 or not norm.isalpha():
        return False
    after = piece[0] + 1
    return after < len(words) and words.norms[after] == "."


def _told_why(words: Words, at: int) -> bool:
    """A clause of its own opens at ``at``, its verb first or after one word ("кефир не надо
    петя купил …", "… уже есть а хлеб купи", "… возьми ряженку"): why a product is refused,
    or the request after it, no variety of it."""
    infos = words.infos
    for k in (at, at + 1):
        if k >= len(words) or words.tokens[k].kind == "punct":
            return False
        if _is_verb(infos[k]):
            return True
    return False


def _before_negation(words: Words, piece: list[int], v: Vocabulary) -> list[int]:
    """``piece`` up to a negation after its first word that no verb follows, when a pro-form
    after it stands for the product not wanted and none before it ("cheerios not the plain
    ones"): no pro-form left to ask which one, unless only a measure is said before it ("the
    big bag not the small one" names no product); ``_name_end`` ends any other name there. A
    contrast's conjunction before the negation ("bread but not milk") closes the piece
    too."""
    norms, negations, infos = words.norms, v.triggers.negations, words.infos
    heads, determiners = v.shopping.pro_form_heads, v.triggers.noun_determiners
    for n in range(1, len(piece)):
        if norms[piece[n]] in negations and not (
            n + 1 < len(piece) and _is_verb(infos[piece[n + 1]])
        ):
            kept = piece[:n]
            # "bread but not milk", "apples but not green ones": the contrast's conjunction
            # closes what is wanted
            contrast = norms[kept[-1]] in v.shopping.clause_conjunctions
            if contrast:
                kept = kept[:-1]
            if not kept:
                return piece
            if any(norms[k] in heads for k in piece[n + 1 :]) and not any(
                norms[k] in heads for k in piece[:n]
            ):
                named = [k for k in kept if norms[k] not in determiners]
                if not named or _is_measure_only(words, named, v):
                    return piece  # "the big bag not the small one": no product named
                return kept
            return kept if contrast else piece
    return piece


def _without_replaced(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """``content`` without a substitution and what it names as replaced, no item: a pronoun
    ("вместо неё", "instead of them"), a Russian noun in the genitive and the words that agree
    before it ("вместо обычного йогурта"), an English noun phrase to the next mark ("instead of
    the plain ones"); a substitution alone ("add cranberry juice instead") is dropped alone.
    A Russian word after it that is none of these is left as it was said."""
    if not words.classes2 & SUBSTITUTIONS:
        return content  # most commands
    s, norms, infos, tokens = v.shopping, words.norms, words.infos, words.tokens
    dropped: set[int] = set()
    count = len(words)
    for i in content:
        if norms[i] not in s.substitutions:
            continue
        dropped.add(i)
        k = i + 1
        if k < count and norms[k] in s.substitution_links:
            dropped.add(k)
            k += 1
            while (
                k < count
                and tokens[k].kind != "punct"
                and norms[k] not in s.separators
                and norms[k] not in s.clause_conjunctions
            ):
                dropped.add(k)
                k += 1
            continue
        said: list[int] = []
        while k < count and (
            tokens[k].kind == "number" or ((info := infos[k]) is not None and info.is_russian)
        ):
            info = infos[k]
            if info is not None and (info.pos == _PRONOUN or info.noun_case == _GENITIVE):
                said.append(k)
                if (
                    is_measure_word(norms[k], v.units)
                    and k + 1 < count
                    and (more := infos[k + 1]) is not None
                    and more.noun_case == _GENITIVE
                ):
                    k += 1  # "вместо 3 пачек маргарина": the measure, then what it measures
                    continue
                dropped.update(said)
                # "вместо йогурта который в холодильнике": the replaced one's relative clause
                k += 1
                if k < count and norms[k] in s.relative_words:
                    while k < count and tokens[k].kind != "punct" and norms[k] not in s.separators:
                        dropped.add(k)
                        k += 1
                break
            if tokens[k].kind != "number" and (info is None or info.pos not in _ADJECTIVE_POS):
                break
            said.append(k)  # "вместо 3 пачек", "вместо обычного йогурта"
            k += 1
    return [i for i in content if i not in dropped]


_ADJECTIVE_POS: Final = frozenset({"ADJF", "PRTF"})  # OpenCorpora: words agreeing before a noun


def _without_count_emphasis(words: Words, content: list[int], v: Vocabulary) -> list[int]:
    """ "Maggi, 10 packets only", "гречку, две пачки всего", "eggs a dozen only", "milk
    only": a word that stresses a count or an item, last in its piece after what it
    stresses; "купи всего две пачки", "…, only 2 loaves": first in its piece before a count;
    "buy only milk", "buy only": an item's stressing word (``item_emphasis``) first after the
    verb. No item and no part of a name."""
    if not words.classes4 & EMPHASES:
        return content
    s = v.shopping
    norms, separators = words.norms, s.separators
    last = len(content) - 1

    def stressed(n: int) -> bool:
        norm = norms[content[n]]
        if norm not in s.count_emphasis and norm not in s.item_emphasis:
            return False
        starts = n == 0 or norms[content[n - 1]] in separators
        ends = n == last or norms[content[n + 1]] in separators
        if ends and not starts:
            return True  # after what it stresses
        if n == 0 and norm in s.item_emphasis:
            return True  # "buy only milk", "buy only"
        return (
            starts
            and not ends
            and (
                read_number(words.tokens, content[n + 1], v.numbers) is not None
                or is_measure_word(norms[content[n + 1]], v.units)
            )
        )

    return [index for n, index in enumerate(content) if not stressed(n)]


def _relative_of(words: Words, before: list[int], piece: list[int], v: Vocabulary) -> bool:
    """``piece`` is opened by a relative word ("который", "что") and the piece before it
    ends in a demonstrative said after its noun ("сыр тот, который …", "хлеб тот, что с
    отрубями"): a clause saying which one, no item."""
    s, norms = v.shopping, words.norms
    return (
        len(before) > 1
        and norms[before[-1]] in s.correlatives
        and norms[piece[0]] in s.relative_words
    )


_PRO_FORM_PHRASE: Final = 3  # words before the pro-form in its own item: "one big brown one"


def _pro_form_qualifies(words: Words, piece: list[int], n: int, v: Vocabulary) -> bool:
    """Whether a piece that named no item is anything but a pro-form item of its own: no
    pro-form head at all or none within its first words, the object of another verb, or one
    after a comma or dash right after the item it qualifies, with no count of its own ("get
    bananas, the ripe ones", "buy Persil, the bio one"). First in the list or after a list
    joiner ("… and a brown one") it is an item whose head is not said."""
    s, norms, tokens = v.shopping, words.norms, words.tokens
    said = [i for i in piece if tokens[i].kind != "punct"]
    if not said or not _pro_form_head(words, said, s):
        return True
    heads = s.pro_form_heads
    head = next(n for n, i in enumerate(said) if n and norms[i] in heads)
    if head > _PRO_FORM_PHRASE:
        return True  # "mum buys the wrong ones": a clause, no noun phrase of its own
    if not n:
        return False  # "buy the big one and milk"
    mark = piece[0] if tokens[piece[0]].kind == "punct" else piece[0] - 1
    if norms[mark] in s.list_joiners:
        return False  # "… and a brown one"
    if norms[mark] not in s.qualifier_marks:
        return True  # "…, mum buys the wrong ones": the object of a clause of its own
    determiners = s.pro_form_determiners
    return all(
        norms[i] in heads or norms[i] in determiners or read_number(tokens, i, v.numbers) is None
        for i in said
    )


def _joined_qualifier(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """A piece joined by a list joiner ("и") to a qualifier before it, all describing words
    ("…, только белый и чёрный"): it goes on with that qualifier, no item of its own."""
    infos = words.infos
    return (
        bool(piece)
        and piece[0] > 0
        and words.norms[piece[0] - 1] in v.shopping.list_joiners
        and all((info := infos[i]) is not None and info.pos in _QUALIFIER_POSES for i in piece)
    )


def _qualifies(words: Words, piece: list[int], v: Vocabulary) -> bool:
    """A piece after the first opened by a particle that restricts what was asked for
    (``ShoppingWords.qualifier_particles``: "только", "главное") and naming no noun, only
    what the item should be ("…, только недорогое", "…, но посвежее", "…, главное не
    просроченное"): it qualifies the item before, no item of its own."""
    infos = words.infos
    return (
        len(piece) > 1
        and words.norms[piece[0]] in v.shopping.qualifier_particles
        and all((info := infos[i]) is not None and info.pos in _QUALIFIER_POSES for i in piece[1:])
    )
