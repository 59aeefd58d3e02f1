"""A verbless list said with a cue that it is to buy (issue #12, round 28).

People name products without a buying verb when something else says they are to be bought:
a courtesy ("loo roll & bin bags pls"), a known list or a shop at an edge of the list ("party
stuff for costco: …", "Charmin, Dawn dish soap - costco", "…, всё в хозтовары", "в продукты
бульон и сухари", "… → хозтовары"), a heading that calls them what is bought ("a few bits
from tesco: …", "just the basics - …"), a need said in the progressive or the future ("We're
needing …", "we'll want …"), a measure said first ("полтора кило говядины …"), a product in a
pack put "on" with the list unsaid ("put a bottle of Irn Bru on, the big one") or a
correction of the list ("two boxes of granola bars, no wait, make that three").

``cued_list`` puts such a text as the request it is ("buy …", "купи …", "we need …") and
names the list said; ``_read`` reads that text only when nothing was read in the text as
said, keeps it only when it reads a purchase, and marks it ``by_shape``: the evidence model
has the last word (``RulePolicy._shaped``), as for any list read without a verb. A list with
no cue ("oats honey yogurt", "в холодильнике: молоко, яйца", "menu for sat: …") is left as it
was, and so is a text with a verb or a question ("costco was packed today", "pharmacy closes
at 8?", "2 lbs of ground beef is way too much").
"""

from __future__ import annotations

from typing import Final, NamedTuple

from policy_core._household import HouseholdIndex
from policy_core._units import canonical_unit, is_measure_word
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["CuedList", "buying_verb", "corrected_list", "cued_list", "need_said_plainly"]

# the most words a heading before the list holds ("skint till payday so just the basics -")
_HEADING_WORDS: Final = 8
_QUESTION: Final = "?"
_ITEM_ENDS = frozenset({",", ".", ";", "!"})
_MARKS = frozenset({":", "-", "—", "–", "→"})  # a heading's or a list's, not an item's
_VERB_POS = frozenset({"VERB", "INFN"})  # OpenCorpora parts of speech of a verb
# … and of a Russian predicate with no verb: a short adjective or participle ("закрыты")
_PREDICATE_POS = frozenset({"ADJS", "PRTS"})
_ADVERB_POS: Final = "ADVB"
_RUN_TOGETHER: Final = 3  # known products in a row that no one product's name holds
_LOCATIVES = frozenset({"loct", "loc2"})  # OpenCorpora's prepositional cases: "в шкафу"


class CuedList(NamedTuple):
    """The request a cued list is (``text``), the id of the list it names (or None), and
    whether its cue is one a reading that found the text not served yields to (``overrules``:
    a list or shop named at its edge, a heading: "party stuff for costco: …" is no paste)."""

    text: str
    list_id: str | None = None
    overrules: bool = False


def cued_list(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> CuedList | None:
    """The verbless list in ``words`` put as the request its cue says it is, or None when
    there is no cue, a verb or a question.

    Each cue is tried in turn: a need said otherwise, a list or shop at an edge, a courtesy,
    a measure said first, a product in a pack put "on" (the first that finds its words). A correction is read apart, by
    the whole policy (``corrected_list``)."""
    s = vocabulary.shopping
    present = words.vocabulary
    first = words.first_word
    if first is None or _QUESTION in present or words.matches(first, s.cue_buying_verbs):
        return None  # (a text already put so is read as it is: no second reading)
    listed = _list_at_edge(words, household, vocabulary)
    if listed is not None:
        return listed
    if not present.isdisjoint(s.cue_courtesies):
        return _before_courtesy(words, household, vocabulary)
    if _measured_first(words, vocabulary) and not _placed(words, vocabulary):
        return _as_bought(words, vocabulary, 0, len(words))
    if not present.isdisjoint(s.cue_put_particles):
        return _put_on(words, vocabulary)
    return None


def corrected_list(words: Words, vocabulary: Vocabulary) -> str | None:
    """A verbless list corrected as it is said, put after the buying verb: "two boxes of
    granola bars, no wait, make that three" as "buy two boxes of granola bars, no wait, make
    that three" (the policy's reading of corrections settles it: ``RulePolicy._read``); None
    without a correction after a first item with no verb, or with a buying verb first."""
    first = words.first_word
    corrections = vocabulary.shopping.cue_corrections
    if (
        first is None
        or not corrections
        or words.matches(first, vocabulary.shopping.cue_buying_verbs)
    ):
        return None
    corrected = _correction_at(words, vocabulary)
    if corrected is None or _as_bought(words, vocabulary, 0, corrected) is None:
        return None
    return f"{buying_verb(words, vocabulary)} {words.phrase(range(len(words)))}"


def buying_verb(words: Words, vocabulary: Vocabulary) -> str:
    """The buying verb in the text's language: the one not typed in ASCII when a Russian
    word is said ("купи" for "молоко, хлеб пожалуйста"), else the other ("buy" for "loo roll
    pls")."""
    russian = any(info is not None and info.is_russian for info in words.infos)
    verbs = sorted(vocabulary.shopping.cue_buying_verbs)
    for verb in verbs:
        if verb.isascii() != russian:
            return verb
    return verbs[0]


def _as_bought(
    words: Words,
    vocabulary: Vocabulary,
    start: int,
    stop: int,
    list_id: str | None = None,
    *,
    overrules: bool = False,
) -> CuedList | None:
    """Tokens ``start`` to ``stop`` after the buying verb, when they hold a word and their
    first item no verb (``_told``): "loo roll & bin bags" as "buy loo roll & bin bags"; what
    follows a mark after the first item is the reading's to judge ("…, it's going to be a
    long night" is a comment)."""
    span = [i for i in range(start, stop) if not words.is_punct(i) or i > start]
    while span and words.is_punct(span[-1]):
        span.pop()
    if not any(words.is_word(i) for i in span):
        return None
    end = _first_item_end(words, span[0], stop)
    if _numbered(words, span[0], stop):
        return None  # "groceries: 1. spinach 2. 2 lbs …": a numbered note, its own reading
    rates = vocabulary.shopping.bare_list_rates
    if any(words.matches(i, rates) for i in range(span[0], end) if words.is_word(i)):
        return None  # "2 litres of cola every week": a measure per time, no purchase
    if (
        _told(words, vocabulary, span[0], end)
        or _tells(words, vocabulary, span[0], stop)
        or _names_someone(words, vocabulary, span[0], end)
        or _for_a_party(words, vocabulary, span[0], end)
    ):
        return None
    text = f"{buying_verb(words, vocabulary)} {words.phrase(span)}"
    return CuedList(text, list_id, overrules)


def _first_item_end(words: Words, start: int, stop: int) -> int:
    """Where the first item ends: the first comma or full stop from ``start`` (or ``stop``)."""
    for i in range(start, stop):
        if words.norms[i] in _ITEM_ENDS:
            return i
    return stop


def _party_size_after(words: Words, vocabulary: Vocabulary, start: int) -> bool:
    """A party's size after its link anywhere from ``start`` ("… a table for four at 7")."""
    links, numbers = vocabulary.shopping.cue_party_links, vocabulary.numbers.words
    for i in range(start, len(words) - 1):
        if words.norms[i] in links:
            following = i + 1
            if words.tokens[following].kind == "number" or words.norms[following] in numbers:
                return True
    return False


def _for_a_party(words: Words, vocabulary: Vocabulary, start: int, stop: int) -> bool:
    """A party's size after its link ends the first item: a table or a room asked for, no
    product ("a table for two please", "столик на двоих пожалуйста")."""
    links, numbers = vocabulary.shopping.cue_party_links, vocabulary.numbers.words
    last = stop - 1
    while last > start and words.is_punct(last):
        last -= 1
    return (
        last > start
        and words.norms[last - 1] in links
        and (words.tokens[last].kind == "number" or words.norms[last] in numbers)
    )


def _numbered(words: Words, start: int, stop: int) -> bool:
    """A number followed by a full stop among the items: entries numbered ("1. spinach")."""
    tokens = words.tokens
    return any(
        tokens[i].kind == "number" and tokens[i + 1].text == "."
        for i in range(start, min(stop, len(tokens)) - 1)
    )


def _tells(words: Words, vocabulary: Vocabulary, start: int, stop: int) -> bool:
    """A clause told anywhere in the items: a Russian verb the dictionary knows ("…, старый
    Тимоша разгрыз", "Ольга, распечатай …") or an English told verb after a subject
    (``ShoppingWords.told_verbs``: "…, those lunchables Jack likes"; "grandma asked …")."""
    told = vocabulary.shopping.told_verbs
    infos, norms = words.infos, words.norms
    for i in range(start, stop):
        info = infos[i]
        if info is None:
            continue
        if norms[i] in told or (info.is_russian and info.pos in _VERB_POS and not info.guessed):
            return True
    return False


def _names_someone(words: Words, vocabulary: Vocabulary, start: int, stop: int) -> bool:
    """A person named among tokens ``start`` to ``stop``: the one spoken to or the doer of a
    chore, no product ("jack please walk the dog", "Ольга, …", "Света please clean …",
    "Ответственный за закупку — Дима"): a Russian first name, or an English one typed with
    a capital or opening the text (``TextWords.name_spellings``; "the bill please" names
    no Bill). A possessive ("Jack's packed lunch stuff") is none."""
    english = vocabulary.text.name_spellings
    infos, norms = words.infos, words.norms
    for i in range(start, stop):
        info = infos[i]
        if info is None:
            continue
        if info.is_name or (info.may_be_name and words.is_capitalised(i)):
            return True
        if norms[i] in english and (words.is_capitalised(i) or i == words.first_word):
            return True
    return False


def _told(words: Words, vocabulary: Vocabulary, start: int, stop: int) -> bool:
    """A verb among tokens ``start`` to ``stop``: a Russian one the dictionary knows
    ("хозтовары на Ленина закрылись"; a guessed word such as "кукси" is none), a Russian
    short adjective or participle ("Хозтовары — закрыты до понедельника"), a day's adverb
    opening them ("в хозтовары сегодня огромная очередь": what the day is like there), or
    an English auxiliary, copula or told verb (``ShoppingWords.cue_told_verbs``: "2 lbs of
    ground beef is way too much", "costco was packed today")."""
    told = vocabulary.shopping.cue_told_verbs
    infos, norms = words.infos, words.norms
    for i in range(start, stop):
        info = infos[i]
        if info is None:
            continue
        if norms[i] in told or (info.pos in _VERB_POS and not info.guessed):
            return True
        if info.is_russian and not info.guessed and info.pos in _PREDICATE_POS:
            return True
    opening = infos[start] if start < stop else None
    return (
        opening is not None
        and opening.pos == _ADVERB_POS
        and words.matches(start, vocabulary.shopping.coming_days)
    )


def _need_phrase_at(words: Words, vocabulary: Vocabulary) -> tuple[int, int, str] | None:
    """Where a need said otherwise begins, how many tokens it takes and how it is said
    plainly: "We're needing …" (0, 2, "we need")."""
    phrases = vocabulary.shopping.cue_need_phrases
    starts = vocabulary.shopping.cue_need_starts
    norms = words.norms
    for i in range(len(norms)):
        if norms[i] not in starts:
            continue
        for phrase, plain in phrases.items():
            parts = tuple(phrase.split())
            if norms[i : i + len(parts)] == parts:
                return i, len(parts), plain
    return None


def need_said_plainly(words: Words, vocabulary: Vocabulary) -> str | None:
    """The text with a need said in the progressive or the future said plainly (``RulePolicy``
    reads it so before anything else): "for the town run we'll want 2 loaves …" as "for the
    town run we need 2 loaves …", "We're needing Andrex" as "we need Andrex"; the reading of
    "we need" decides the rest. None without such a need (nearly every text)."""
    phrases = vocabulary.shopping.cue_need_phrases
    if not phrases or words.vocabulary.isdisjoint(vocabulary.shopping.cue_need_starts):
        return None
    found = _need_phrase_at(words, vocabulary)
    if found is None:
        return None
    at, length, plain = found
    conditions = vocabulary.shopping.condition_words
    if any(words.matches(i, conditions) for i in range(at) if words.is_word(i)):
        return None  # "if we get a dog we'll need a bigger car": a plan on a condition
    following = words.next_words[at + length - 1]
    if following is not None and words.matches(following, vocabulary.shopping.cue_need_links):
        return None  # "we'll want to be there by 6": a plan, no need of a product
    if _party_size_after(words, vocabulary, at + length):
        return None  # "we'll want a table for four at 7": a booking, no product
    before = words.phrase(range(at)) if at else ""
    after = words.phrase(range(at + length, len(words)))
    return " ".join(part for part in (before, plain, after) if part)


def _list_at_edge(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> CuedList | None:
    """A list or a shop named before or after the products, or a heading that calls them
    what is bought: "weekly: trail mix, …", "party stuff for costco: …", "a few bits from
    tesco: …", "Charmin, Dawn dish soap - costco", "гель → хозтовары", "…, всё в
    хозтовары", "в продукты бульон и сухари"; a heading the products follow with a need
    ("bake sale Friday - need 2 boxes of …")."""
    s, t = vocabulary.shopping, vocabulary.triggers
    marks = t.list_marks | s.cue_arrows
    mark = next((i for i, norm in enumerate(words.norms) if norm in marks), None)
    if mark is not None:
        headed = _under_heading(words, household, vocabulary, mark)
        if headed is not None:
            return headed
    if words.vocabulary.isdisjoint(household.list_starts):
        return None  # most texts name no list
    return _named_last(words, household, vocabulary) or _named_first(words, household, vocabulary)


def _heading_words(words: Words, start: int, stop: int) -> list[int]:
    return [i for i in range(start, stop) if words.is_word(i)]


def _under_heading(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary, mark: int
) -> CuedList | None:
    """The products after a short verbless heading closed by ``mark`` that names a list, a
    shop or what is bought ("pharmacy list: …", "a few bits from tesco: …"), or after a
    heading when a need opens them ("bake sale Friday - need …": the need read alone)."""
    s, t = vocabulary.shopping, vocabulary.triggers
    heading = _heading_words(words, 0, mark)
    if (
        not heading
        or len(heading) > _HEADING_WORDS
        or any(words.is_punct(i) for i in range(heading[0], mark))
        or _told(words, vocabulary, 0, mark)
        or _names_someone(words, vocabulary, 0, mark)
    ):
        return None  # "Пункт 1 повестки. Закупки: …", "liam pick up the party stuff: …"
    after = words.next_words[mark]
    if after is None:
        return None
    if words.matches(after, t.need_words):
        return CuedList(words.phrase(range(after, len(words))), None, True)
    lists = household.find_lists(words, 0, mark)
    list_id = lists[-1][0].id if lists else None
    if list_id is None and not any(
        words.matches(i, s.shops) or words.matches(i, s.cue_heading_nouns) for i in heading
    ):
        return None
    return _as_bought(words, vocabulary, mark + 1, len(words), list_id, overrules=True)


def _named_last(words: Words, household: HouseholdIndex, vocabulary: Vocabulary) -> CuedList | None:
    """A known list said last after a mark, perhaps after "all" and a link ("… - costco",
    "… → хозтовары", "…, всё в хозтовары", "… - for costco"): the products before it."""
    s, t = vocabulary.shopping, vocabulary.triggers
    lists = household.find_lists(words)
    if not lists:
        return None
    thing, i, j = lists[-1]
    if any(words.is_word(k) for k in range(j, len(words))):
        return None  # a word after the list's name: no list said last
    k = i - 1
    while k >= 0 and words.is_word(k) and words.matches(k, s.cue_list_links | s.cue_list_all):
        k -= 1
    if k <= 0 or words.norms[k] not in t.list_marks | s.cue_arrows | t.list_last_marks:
        return None
    if words.norms[k] in t.list_last_marks and not any(
        words.matches(m, s.cue_list_all) for m in range(k + 1, i)
    ):
        return None  # ", costco" alone may be one more item: only ", всё в …" names it
    return _as_bought(words, vocabulary, 0, k, thing.id, overrules=True)


def _named_first(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> CuedList | None:
    """A known list after a link opening the text, the products after it with no mark:
    "в продукты куриный бульон в кубиках и сухари"."""
    s = vocabulary.shopping
    first = words.first_word
    if first is None or not words.matches(first, s.cue_list_links):
        return None
    lists = household.find_lists(words, first + 1)
    if not lists or lists[0][1] != words.next_words[first]:
        return None
    thing, _, j = lists[0]
    return _as_bought(words, vocabulary, j, len(words), thing.id, overrules=True)


def _before_courtesy(
    words: Words, household: HouseholdIndex, vocabulary: Vocabulary
) -> CuedList | None:
    """The products said before a courtesy, and after it when a joiner carries the list on
    ("two packs of wipes please and a bottle of squash"); what else follows it is a comment
    ("toilet duck pls before i actually lose it") or the list alone ("oven cleaner please,
    Costco"). A courtesy first asks nothing here."""
    s = vocabulary.shopping
    at = next(
        (i for i in range(len(words)) if words.is_word(i) and words.matches(i, s.cue_courtesies)),
        None,
    )
    if at is None or at == words.first_word:
        return None
    if any(_latin_request_verb(words.norms[i], vocabulary) for i in range(at) if words.is_word(i)):
        return None  # "kupi milk i bread pls": a request verb typed in Latin letters
    if any(words.matches(i, s.cue_negations) for i in range(at) if words.is_word(i)):
        return None  # "no onions please": the opposite of a purchase
    if any(words.norms[i] in s.cue_favour_objects for i in range(at)):
        return None  # "pour me some juice pls": a favour asked of the listener
    if _serving(words, vocabulary, at) or _run_together(words, vocabulary, at):
        return None  # "cup of tea pls love"; "bread eggs milk pls": no split the shape can say
    if any(words.matches(i, s.cue_courtesy_stops) for i in range(at) if words.is_word(i)):
        return None  # "duct tape to Hardware store please": a list the household lacks
    if any(words.norms[i] in _MARKS for i in range(at)):
        return None  # "gin, tonic, ice: Party list pls": a heading's, not a courtesy's
    following = at + 1
    if following < len(words) and not (
        words.is_punct(following)
        or words.matches(following, s.cue_joiners)
        or words.matches(following, s.cue_after_courtesy)
        or words.matches(following, s.cue_courtesies)
    ):
        return None  # "jack please walk the dog": a chore asked, no list
    if following < len(words) and words.matches(following, s.cue_joiners):
        bought = _as_bought(words, vocabulary, 0, at)
        rest = _as_bought(words, vocabulary, following, len(words))
        if bought is None or rest is None:
            return None
        tail = words.phrase(range(following, len(words)))
        return CuedList(f"{bought.text} {tail}")
    bought = _as_bought(words, vocabulary, 0, at)
    named = household.find_lists(words, following)
    if bought is None or not named:
        return bought
    thing, i, j = named[0]
    if any(words.is_word(k) for k in (*range(following, i), *range(j, len(words)))):
        return bought  # a list named inside a comment: the comment's
    return bought._replace(list_id=thing.id)


def _placed(words: Words, vocabulary: Vocabulary) -> bool:
    """A place the measured products are in, told: an English place preposition or "left"
    ("2 lbs of ground beef in the freezer", "3 tins of beans left"), a Russian one before a
    noun in the locative ("две банки тушёнки в шкафу"): stock told, no purchase."""
    s = vocabulary.shopping
    infos = words.infos
    for i in range(len(words)):
        info = infos[i]
        if info is None:
            continue
        if words.matches(i, s.cue_place_words):
            return True
        following = words.next_words[i]
        if (
            words.matches(i, s.cue_place_prepositions)
            and following is not None
            and (next_info := infos[following]) is not None
            and next_info.noun_case in _LOCATIVES
        ):
            return True
    return False


def _serving(words: Words, vocabulary: Vocabulary, stop: int) -> bool:
    """A serving asked for before ``stop``: a serving word before "of" or, in Russian, any
    ("cup of tea pls love", "a glass of water pls", "чашку чая пожалуйста")."""
    servings = vocabulary.shopping.cue_servings
    for i in range(stop):
        if words.is_word(i) and words.matches(i, servings):
            following = words.next_words[i]
            info = words.infos[i]
            if (info is not None and info.is_russian) or (
                following is not None and words.matches(following, vocabulary.shopping.cue_of)
            ):
                return True
    return False


def _run_together(words: Words, vocabulary: Vocabulary, stop: int) -> bool:
    """Three known products in a row before ``stop`` with nothing between ("bread eggs milk
    pls"): one name or three, the shape cannot say ("porridge oats", two, may be one)."""
    known = vocabulary.shopping.known_products
    run = 0
    for i in range(stop):
        run = run + 1 if words.is_word(i) and words.norms[i] in known else 0
        if run >= _RUN_TOGETHER:
            return True
    return False


def _latin_request_verb(word: str, vocabulary: Vocabulary) -> bool:
    """``word``, typed in Latin letters, is a request verb of a language written otherwise,
    by the letters' first Cyrillic spellings (the last one soft too): "kupi", "dobav"."""
    letters = vocabulary.text.translit_letters
    if not letters or not word.isascii() or not word.isalpha():
        return False
    spelt: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for size in (4, 3, 2, 1):
            if word[i : i + size] in letters:
                spelt.append(letters[word[i : i + size]])
                i += size
                break
        else:
            return False
    heads = vocabulary.triggers.head_spellings
    stem = "".join(options[0] for options in spelt[:-1])
    return any(stem + last in heads for last in spelt[-1])


def _put_on(words: Words, vocabulary: Vocabulary) -> CuedList | None:
    """A placing verb, a product in a pack and the particle "on" closing the clause, the
    list left unsaid ("Oh and put a bottle of Irn Bru on, the big one"): read with the list
    said. A pack is what a shop sells in (``cue_packed_units``: bottle, can, pack, box, bag,
    jar, loaf); "put the kettle on", "put a pot of coffee on" name none and stay."""
    s = vocabulary.shopping
    placing = vocabulary.corridor.placing_verbs
    put = next((i for i in range(len(words)) if words.matches(i, placing)), None)
    if put is None:
        return None
    packed = False
    for i in range(put + 1, len(words)):
        if words.is_punct(i):
            return None  # a mark before the particle: no clause closed by it
        if words.matches(i, s.cue_put_particles):
            following = words.tokens[i + 1] if i + 1 < len(words) else None
            if not packed or (following is not None and following.kind != "punct"):
                return None
            before, after = words.phrase(range(i + 1)), words.phrase(range(i + 1, len(words)))
            return CuedList(f"{before} {s.cue_unsaid_list}{after}")
        packed = packed or canonical_unit(words.norms[i], vocabulary) in s.cue_packed_units
    return None


def _correction_at(words: Words, vocabulary: Vocabulary) -> int | None:
    """Where a correction of the list begins, after at least one word: "…, no wait, …"."""
    corrections = vocabulary.shopping.cue_corrections
    first = words.first_word
    if first is None:
        return None
    for i in range(first + 1, len(words)):
        if words.phrase_length(i, corrections):
            return i
    return None


def _measured_first(words: Words, vocabulary: Vocabulary) -> bool:
    """The text opens with a count and a unit ("полтора кило говядины …", "2 lbs of …")."""
    first = words.first_word
    if first is None:
        return False
    start = 0
    while start < len(words) and words.is_punct(start):
        start += 1
    counted = words.tokens[start].kind == "number" or words.norms[start] in (
        vocabulary.numbers.words
    )
    if not counted:
        return False
    unit = words.next_words[start]
    return unit is not None and is_measure_word(words.norms[unit], vocabulary.units)


_HEADING_MARK: Final = ":"
_SECTION_ENDS = frozenset(".!?;\n")
_SENTENCE_MARKS = frozenset(".!?;")  # what ends the part before the heading


def home_section(words: Words, vocabulary: Vocabulary) -> str | None:
    """The household's part of a text sorted under headings ("по работе: декларации … до
    15-го. по дому: картошка, морковь, свёкла", "work: slides. home: milk, eggs"): what
    follows a heading that names the home (``OpenWorldWords.home_headings``, after one of
    ``heading_preps`` or alone) and its colon, opening the text or a sentence, up to the next
    sentence's end ("home stuff: …" past a filler, ``heading_fillers``); None when no such
    heading stands after another part."""
    o = vocabulary.open_world
    if words.vocabulary.isdisjoint(o.home_headings):
        return None  # nearly every command
    for c, norm in enumerate(words.norms):
        if norm != _HEADING_MARK or c < 1:
            continue
        head = c - 2 if c >= 2 and words.norms[c - 1] in o.heading_fillers else c - 1
        if words.norms[head] not in o.home_headings:
            continue
        k = head - 1 if head >= 1 and words.norms[head - 1] in o.heading_preps else head
        if k == 0 or not (k > 0 and words.norms[k - 1] in _SENTENCE_MARKS):
            return None  # "по дому: …" alone is read as it is; another part must come first
        end = next(
            (j for j in range(c + 1, len(words)) if words.norms[j] in _SECTION_ENDS), len(words)
        )
        last = words.tokens[end - 1].end if end > c + 1 else None
        return None if last is None else words.text[words.tokens[c].end : last]
    return None
