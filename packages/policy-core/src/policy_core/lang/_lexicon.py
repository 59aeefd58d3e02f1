"""The shape of a language's data: one frozen ``Lexicon`` per language, in typed groups.

Each group holds the words one matcher reads (``_clauses`` reads ``TriggerWords``, ``_dates``
reads ``DateWords`` …). Russian entries are lemmas or the inflected forms a matcher compares
spellings with, as each field says; English entries are the forms people type. Punctuation a
language uses as a word (a joiner, a list colon) belongs to its lexicon too.

``merge`` unions lexicon groups field by field: the rules read every language's words at once,
so mixed text ("купи milk и bread") is read as it is written. A group's derived fields (after
``__post_init__``) are unions of its own fields that the matchers test first; they are
recomputed for every merge and never written by a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal, TypeAlias, TypeVar

__all__ = [
    "MESSAGE_KEYS",
    "CorridorWords",
    "DateWords",
    "Language",
    "Lexicon",
    "Meridiem",
    "MorphologyWords",
    "NumberWords",
    "OpenWorldWords",
    "ShoppingWords",
    "SuffixRule",
    "TaskWords",
    "TextWords",
    "TriggerWords",
    "UnitWords",
    "Vocabulary",
    "merge",
]

Language: TypeAlias = str
"""A language's code in the registry ("ru", "en", …), as decisions and log records carry it."""

Meridiem: TypeAlias = Literal["am", "pm", "day", "night"]
"""Which half of the clock an hour is on: "pm", "вечера" (pm), "дня" (day), "ночи" (night)."""

Words: TypeAlias = frozenset[str]
_NONE: Words = frozenset()


def _no_map() -> Mapping[str, Any]:
    return MappingProxyType({})


def _no_pair_map() -> Mapping[tuple[str, str], int]:
    return MappingProxyType({})


MESSAGE_KEYS = frozenset(
    {
        "q.text", "q.intent", "q.item.name", "q.item.list_id", "q.task.assignee_id",
        "q.task.title", "q.task.due", "q.low_confidence", "q.capability", "opt.shopping", "opt.task", "r.text_too_long",
        "r.payment_not_supported", "r.device_control_not_supported", "r.foreign_household",
        "r.bulk_operation_not_supported", "r.capability_not_granted", "ui.items", "ui.task",
        "ui.mixed", "ui.items_confirm", "why.mixed", "why.several", "x.execute", "x.clarify",
        "x.unsure", "x.unheard", "x.reject", "x.confirm", "w.items", "w.task",
    }
)  # fmt: skip
"""Every sentence a decision may carry; each language's catalogue holds exactly these."""


def _set(target: object, name: str, value: object) -> None:
    object.__setattr__(target, name, value)


def _by_first(
    phrases: tuple[tuple[str, ...], ...],
) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The phrases under their first words, in their order."""
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        found[phrase[0]] = (*found.get(phrase[0], ()), phrase)
    return MappingProxyType(found)


_Reduced: TypeAlias = tuple[Callable[..., object], tuple[type, dict[str, object]]]


def _reduce(value: object) -> _Reduced:
    """How pickle and copy rebuild a word group: through its constructor, with every field it
    takes. Compiled (mypyc: the policy-core README, "The compiled build"), a frozen class has
    no dataclass ``__setstate__`` to restore its slots with, and ``copy.copy`` failed."""
    given = {f.name: getattr(value, f.name) for f in fields(value) if f.init}  # type: ignore[arg-type]
    return _rebuilt, (type(value), given)


def _rebuilt(cls: type, given: dict[str, object]) -> object:
    return cls(**given)


@dataclass(frozen=True, slots=True)
class SuffixRule:
    """An inflection rule for words no dictionary reads: ``apples`` → ``apple``.

    A word longer than ``longer_than`` that ends with one of ``endings`` (and with none of
    ``unless_endings``, and is none of ``unless_words``) loses ``cut`` letters and gains ``add``.
    """

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    endings: tuple[str, ...]
    longer_than: int
    cut: int
    add: str = ""
    unless_endings: tuple[str, ...] = ()
    unless_words: Words = _NONE


@dataclass(frozen=True, slots=True)
class TextWords:
    """How text is compared: letters read as others (``ё`` as ``е``, ``’`` as ``'``)."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    folds: tuple[tuple[str, str], ...] = ()
    # A member's first name written in the other alphabet ("Kate" as "Кейт", "Олег" as
    # "Oleg"): each letter or letter group (longest first; "^" marks a word's first letter)
    # with its usual spellings there, and the names no letter rule spells ("kate": "кейт").
    letter_spellings: Mapping[str, tuple[str, ...]] = field(default_factory=_no_map)
    name_spellings: Mapping[str, Words] = field(default_factory=_no_map)
    # The language typed in Latin letters (Russian as "kupi moloko", "napomni Mashe"): each
    # Latin letter or letter group with the letters it stands for, likeliest first ("sh":
    # "ш"; "y": "ы", "й"; "^" marks a word's first letters, "t$" its last, "$" alone a sign
    # dropped after it where it makes an imperative). ``_translit`` reads a text whose words
    # are no other language's and spell this language's dictionary words so.
    translit_letters: Mapping[str, tuple[str, ...]] = field(default_factory=_no_map)
    # The short words of that language whose Latin spelling is also another language's word
    # ("do" до, "no" но, "to" то, "my" мы), read in its letters in a text typed so ("obnovi
    # spisok do subboty"). No other such word is: "buy", "get", "wine" stay as typed, though
    # the dictionary may guess a form their letters spell ("буй", "геть", "вине").
    translit_function_words: Words = _NONE
    # One person's first name in its full, short and fond forms ("Дмитрий", "Дима", "Димка";
    # "Katherine", "Kate", "Katie"), and the endings fond forms take ("Маша": "Машенька").
    name_forms: tuple[Words, ...] = ()
    # One room of a home as either language names it ("кухня", "kitchen"): a zone said in the
    # other language is that zone.
    room_names: tuple[Words, ...] = ()
    fond_endings: Mapping[str, tuple[str, ...]] = field(default_factory=_no_map)
    # Latin letters and digits that look like letters of the language's own script, as a
    # camera's text recognition or a keyboard left in the other layout writes them inside its
    # words ("хлe6", "к0лбаса"): each with the letter it stands for. ``lookalike_script`` is a
    # regex character class of the letters such a word is written in; ``lookalike_search``
    # finds one of them (``None`` when no language has look-alikes).
    lookalikes: Mapping[str, str] = field(default_factory=_no_map)
    lookalike_script: str = ""
    lookalike_search: Callable[[str], re.Match[str] | None] | None = field(
        init=False, repr=False, compare=False
    )
    # a letter of ``lookalike_script`` beside a Latin letter or a digit, found from the Latin
    # letters and digits (a Russian text has few of them; a search starting at every letter
    # of the script tried each)
    mixed_scripts_search: Callable[[str], re.Match[str] | None] | None = field(
        init=False, repr=False, compare=False
    )
    # Punctuation said aloud, as voice typing writes it when it does not render it
    # ("молоко запятая хлеб точка", "eggs new line bacon period"): each phrase with its mark.
    # ``spoken_marks`` are read as their mark wherever they are said; ``spoken_stops`` are
    # words of their own too ("точка доступа", "period pads"), read as a mark only where a
    # sentence ends: last in the text, or before another spoken mark or a word of
    # ``stop_followers`` ("… яиц точка и ещё сметану"). ``spoken_search`` finds any of the
    # phrases as whole words, in any case (``None`` when no language has them).
    spoken_marks: Mapping[str, str] = field(default_factory=_no_map)
    spoken_stops: Mapping[str, str] = field(default_factory=_no_map)
    stop_followers: Words = _NONE
    # spoken marks read so only when the text says another mark aloud ("colon": "list colon
    # apples comma pears"; "colon cleanse tea" keeps its word)
    spoken_paired: Words = _NONE
    # The short first parts of hyphenated words the language writes ("по" in "по-польски",
    # "co" in "co-codamol"): said once before a word they begin, such a part is that word's
    # own, not a stammer (``_text._unstammered``: "к-к-купи" is "купи", "по-по-позвони"
    # "позвони").
    hyphen_prefixes: Words = _NONE
    # the words of one letter: one said over alone is that word ("в-в-в продукты" is "в
    # продукты"); any other letter said over alone is a hesitation, dropped whole ("купи
    # м-м-м хлеба" is "купи хлеба": ``_text._unstammered``)
    letter_words: Words = _NONE
    # A full stop typed for a space between two words ("купить яблоки.бананы") is read as
    # ". " (``_glued_stops``), except after a word that abbreviates what follows it with a
    # dot ("ул.Ленина", "им.Пушкина", "ст.л."), lower case, and before a word that ends a
    # domain name ("госуслуги.рф")
    stop_abbreviations: Words = _NONE
    stop_domains: Words = _NONE
    spoken_search: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # the longest word of each phrase: a text none of whose words is one says none (a word
    # test is cheaper than the search, and almost every text says no punctuation aloud)
    spoken_keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        script = f"(?:{self.lookalike_script})" if self.lookalike_script else ""
        setattr_ = object.__setattr__
        spoken = sorted({*self.spoken_marks, *self.spoken_stops}, key=len, reverse=True)
        keys = frozenset(max(phrase.split(), key=len) for phrase in spoken)
        setattr_(self, "spoken_keys", keys)
        pattern = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in spoken)
        setattr_(
            self,
            "spoken_search",
            re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE) if spoken else None,
        )
        setattr_(self, "lookalike_search", re.compile(script).search if script else None)
        mixed = f"[a-zA-Z0-9](?:(?<={script}[a-zA-Z0-9])|(?<=[a-zA-Z])(?={script}))"
        setattr_(self, "mixed_scripts_search", re.compile(mixed).search if script else None)


@dataclass(frozen=True, slots=True)
class MorphologyWords:
    """Word analysis: which words the dictionary reads, rules for the others, typo repairs."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    dictionary_letters: str = ""  # a regex character class: words the dictionary analyses
    # the dictionary's tags of the imperative said to one ("помой", not "помоем"): the command
    # a question or a hedge asks (``Morphology.imperative``)
    imperative_tags: Words = _NONE
    possessive_rules: tuple[SuffixRule, ...] = ()  # applied first ("tom's" → "tom")
    suffix_rules: tuple[SuffixRule, ...] = ()  # the first that applies gives the lemma
    speller_swaps: Mapping[str, str] = field(
        default_factory=_no_map
    )  # letters a typo swaps, each key to every letter put for it ("хлеп" → "хлеб")
    speller_doubled: Words = _NONE  # consonants a typo types once ("ваной" → "ванной")
    speller_keeps: Words = _NONE  # chat words the speller leaves as typed ("плиз" is no "близ")
    # letters spelling a sound as heard, each pair (typed, meant), one tried at a time
    # ("децкой" → "детской", "убратся" → "убраться")
    speller_sounds: tuple[tuple[str, str], ...] = ()
    # lemmas of dictionary words a typo spells far more often than anyone means them: the
    # speller reads such a word as a product's typo when one swap makes it one ("калу" → "колу")
    speller_unlikely: Words = _NONE
    # verbs (infinitives) a word one letter away from is read as, with the known products
    # ("купть" → "купить"): besides the products, the words a command most often misspells
    speller_verbs: Words = _NONE
    speller_letters: str = ""  # the letters a slip may type, lost or added ("хлед" → "хлеб")
    # the keyboard's letter rows, top first: a letter for its neighbour is a near slip
    speller_keyboard: tuple[str, ...] = ()
    speller_vowels: str = ""  # a far slip never puts one of these for another letter
    # a particle hyphened onto an imperative, read as the imperative ("купи-ка", "напомни-ка")
    imperative_particles: tuple[str, ...] = ()
    # Texting shorthand for a function word (a pronoun, a courtesy word, a time adverb, a
    # conjunction): read as the word it spells ("ur" → "your", "pls" → "please", "tmrw" →
    # "tomorrow", "щас" → "сейчас", "пжлст" → "пожалуйста"), so it never joins an item or a
    # title and every rule that knows the word knows it.
    shorthands: Mapping[str, str] = field(default_factory=_no_map)
    # brands, borrowed products and words of address written in the language's letters, with
    # their case forms: the speller leaves them as typed ("киндер" is no "гендер", "липтон" no
    # "лептон", "келин" no "гелин")
    speller_loanwords: Words = _NONE
    # borrowed nouns that never decline and that no dictionary holds as nouns, whose ending a
    # guess reads as a case of another word ("тахини" is no "тахина"; "тофу", "тирамису" no
    # feminine's accusative; "суши" no "суша"): kept as typed
    indeclinable: Words = _NONE
    # the last letters of an item's head noun the dictionary does not hold in a case an item
    # takes (a borrowing), read as it is named: kept as typed (a neuter's or an indeclinable's
    # vowel: "маскарпоне", "гоудзи"; any consonant is kept too) …
    borrowed_kept: str = ""
    # … endings that in a word the dictionary knows (only in a case no item is in) are a
    # masculine's partitive, read by the dictionary ("дихлофосу", "калу"; "собу" is a place) …
    borrowed_known_partitives: tuple[str, ...] = ()
    # … endings of indeclinable borrowings kept as typed before any other reading (Japanese
    # "-ацу", "-дзу": "тонкацу", "юдзу"; not "таблетницу", "кинзу", "кунафу") …
    borrowed_indeclinable_endings: tuple[str, ...] = ()
    # … endings read as a feminine's accusative, each with the nominative's for it, first
    # match wins ("буррату" → "буррата", "Фрутоняню" → "фрутоняня") …
    borrowed_accusatives: tuple[tuple[str, str], ...] = ()
    # … kept as typed when said with no count, a word as named ("харисса", "соба") …
    borrowed_named: str = ""
    # … read by the guess: a Russian plural or genitive ("пюрешки", "гематогенки") …
    borrowed_russian_plural: tuple[str, ...] = ()
    # … and a Russian genitive plural ("наггетсов", "вкусняшек") …
    borrowed_genitive_plural: tuple[str, ...] = ()
    # endings of such a head that may be a plural ("чурросы", "гоудзи"): its number is read
    borrowed_plural: tuple[str, ...] = ()
    # verbs (infinitives) whose imperative puts items on a list ("купи", "добавь"): right
    # after one, and in the list of items it opens ("…, роллы и суши"), a word ending its
    # item that is both an imperative and a noun in the nominative or the accusative is the
    # noun ("купи суши"; "суши бельё" stays the verb)
    item_verbs: Words = _NONE
    item_joiners: Words = _NONE  # words joining the items of such a list ("и")
    # spellings read first as the verb's imperative where the dictionary puts a rare noun first
    # ("поручи": a plural-only noun, handrails; "поручи соседке покормить кота" delegates)
    imperative_first: Words = _NONE


@dataclass(frozen=True, slots=True)
class TriggerWords:
    """What starts a shopping or task clause, and what a question or greeting opens with."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    shop_verbs: Words = _NONE  # lemmas and spellings of buying verbs
    soft_shop_verbs: Words = _NONE  # "get", "pick": buying unless a person or chore follows
    # right after a soft buying verb (past a determiner), a head that names no product ("get
    # the stuff Lucy needs", "grab whatever the vet said"): a person after it is in a clause
    # about it, not whom the verb sets to work; a purchase with no item named
    vague_objects: Words = _NONE
    verbs_needing_object: Words = _NONE  # "pick" alone buys nothing
    # after a soft buying verb, what is collected, not bought: "pick up the dry cleaning"
    collected_things: Words = _NONE
    # spellings: soft buying verbs whose object said to lie in a zone of the home is picked
    # up from there, not bought ("pick up the dog poop in the garden"; "get a rug in the
    # living room" may buy one)
    zone_collecting_verbs: Words = _NONE
    # spellings: words that open an English command as adverbs or interjections, never a
    # name called before the verb with no comma ("Now clean the garage", "Seriously clean
    # …"; "Kate clean the garage" calls Kate: ``_clauses.name_called``)
    opening_adverbs: Words = _NONE
    # spellings: words that open an English command before a chore verb yet call no one who
    # could do it: everyone or anyone at once, a device ("Everyone clean up", "Roomba clean the
    # kitchen"; ``_clauses._may_name_one``)
    uncalled_openers: Words = _NONE
    # spellings: the modals of duty after which a capitalised word opening the text may name
    # one who is no member, to be asked for ("Sam must phone the boiler man"; "Sam could …",
    # "Sam will …" offer or tell: ``_clauses._after_member_modal``)
    duty_modals: Words = _NONE
    # spellings: verbs of motion said right before a bare chore verb, one deed with it ("go
    # clean the garage", "Tom go take out the trash"): read past, as "go and …"
    serial_verbs: Words = _NONE
    # spellings: reflexive pronouns; right after a chore verb the deed is done for or on its
    # doer alone, no chore of the household ("fix yourself a sandwich", "go make yourself a
    # coffee", "wash yourself": the chore verbs in ``_clauses._task_trigger``)
    reflexive_objects: Words = _NONE
    # … and with their particle ("up"), before a possessive of another person ("his", "her",
    # "their", "your"): one's own things picked up, tidied, not bought ("pick up his socks",
    # "Lucy, pick up your toys"; "pick up my usual coffee" may buy)
    collecting_particles: Words = _NONE
    owned_possessives: Words = _NONE
    person_taking_verbs: Words = _NONE  # "взять Машу" takes a person along, buys nothing
    order_verbs: Words = _NONE  # "order" …
    ordered_meals: Words = _NONE  # … "pizza": always a purchase
    not_buying_after: Mapping[str, Words] = field(
        default_factory=_no_map
    )  # "get" + "ready"/"rid"/"to"
    buy_typos: Words = _NONE  # a first word typed for "buy" or "add" ("by milk", "ad eggs")
    head_spellings: Words = _NONE  # a misspelt head verb is respelt as one of these
    add_verbs: Words = _NONE
    # lemmas: a motion verb sending for a product, and its link ("сбегай за хлебом")
    fetch_verbs: Words = _NONE
    fetch_links: Words = _NONE
    list_only_add_verbs: Words = _NONE  # "put" adds only with a list word in the clause
    # endings of a list-only add verb's form that is no imperative, a noun or a 3rd person
    # ("Kate broke another pair of sticks", "Mum pops …"): ``_clauses`` reads no add there
    told_s_endings: tuple[str, ...] = ()
    list_only_particles: Words = _NONE  # … or with these after it: "put down three cans"
    list_phrase_preps: Words = _NONE  # "bin bags on the list", "for the Costco list: …"
    report_subjects: Words = _NONE  # … unless a text opening so tells: "I added milk to the list"
    # an edit of a list told, not asked (``_clauses._edit_told``; spellings): an adding verb's
    # English past that is no imperative ("Tom added milk to the list", "the bot added …") …
    edit_pasts: Words = _NONE
    # … not a participle after a word that asks for it done ("… be added to the list", "can I
    # get oat milk added …", "have it added", "Tom wants Nutella added …")
    edit_participle_heads: Words = _NONE
    # … a past spelt as the imperative ("put"), told when a subject no one is called by comes
    # before it ("someone put …", "he put …") …
    # right before or after an adding verb, a place: the thing is put there, no list
    # ("…, туда поставим коробки для сбора", "поставь туда вазу", "put it over there")
    place_adverbs: Words = _NONE
    edit_ambiguous_pasts: Words = _NONE
    edit_subjects: Words = _NONE
    # … or a member's name with an adverb of a deed done between ("Tom just put …") or a
    # sign of the past or of the member spoken of after it ("… again", "… 4 times", "…
    # he's so dumb")
    edit_past_adverbs: Words = _NONE
    edit_past_signs: Words = _NONE
    wish_phrases: frozenset[tuple[str, str]] = frozenset()  # "I'd like a bag of flour"
    participle_endings: tuple[str, ...] = ()  # "get the car washed": a chore, not a purchase
    irregular_participles: Words = _NONE  # "have the chimney swept", "get the lawn mown"
    done_followers: Words = _NONE  # may follow such a participle: "… checked before Friday"
    addressees: Words = _NONE  # "Emma, could you wipe …": the member asked
    appointment_verbs: Words = _NONE  # "записать малыша к врачу": books, unless a list is named
    appointment_links: Words = _NONE  # … "к", "на" after the object
    # writing onto a list: a Russian member in the dative after one is whom the entry is for
    # ("запиши Петеньке творожков"), not one taken somewhere ("закинь Машу на танцы")
    list_writing_verbs: Words = _NONE
    task_noun_articles: Words = _NONE  # "add a task"
    list_words: Words = _NONE
    list_marks: Words = _NONE  # after a list's name first: "Pharmacy: …", "Хозтовары — …"
    list_last_marks: Words = _NONE  # before a list's name last: "…, costco list"
    # urgency and courtesy that may close a text after a list named last: "…, продукты, срочно"
    list_last_tail: Words = _NONE
    need_words: Words = _NONE
    told_pronouns: Words = _NONE  # the member a told chore is put down for: "напомни ему"
    need_adverbs: Words = _NONE  # between a need and what is needed: "нужен ещё уголь"
    purpose_markers: Words = _NONE  # "need to …", "нужно, чтобы …": a task, not an item
    # lemmas and spellings before a purpose clause with its doer and a past verb: a task
    # ("скажи Пете, чтобы вынес мусор", "надобно, чтобы Дима прочистил желоба")
    purpose_frames: Words = _NONE
    to_markers: Words = _NONE  # the infinitive marker after "need"/"have"
    obligation_words: Words = _NONE  # "have/has/must to": a task opener like "need"
    out_of_words: Words = _NONE  # lemmas: "закончиться"
    # a period or an event a run-out verb tells ended, right beside it past these particles
    # ("фильм закончился", "Кончилось лето", "кончились каникулы"): no shortage (lemmas)
    ended_periods: Words = _NONE
    ended_period_particles: Words = _NONE
    out_of: frozenset[tuple[str, str]] = frozenset()  # "out of"
    # English pasts of buying or getting (spellings; Russian pasts are the morphology's): a
    # purchase told done in a clause beside a run-out ("we ran out of coffee so I got some")
    bought_pasts: Words = _NONE
    # what may follow such a past and still be the product that ran out: "I got some"
    bought_refs: Words = _NONE
    # words of a recurring state said in the clause of a run-out ("we always run out of
    # tape", "we keep running out of milk", "every week we run out of eggs", "у нас вечно
    # кончается скотч", "каждую неделю кончается сахар"): a complaint about a habit, not this
    # week's need
    recurring_adverbs: Words = _NONE
    # a conjunction of a condition or a time to come before the run-out in its clause
    # ("когда молоко кончится, купим ещё", "if we run out of milk, use water", "when we're
    # out of eggs, …"): a run-out that has not happened, nothing to buy now
    run_out_conditions: Words = _NONE
    # … and a word of every time before a buying verb in a text with one of those
    # ("always buy milk when it runs out", "каждый раз, когда кончается хлеб, покупай
    # новый", "whenever we run out of eggs, buy two dozen"): a standing rule of restocking,
    # refused as bulk
    restock_recurrences: Words = _NONE
    run_out_particles: Words = _NONE  # an English run-out's particle: "run out", "are out of"
    # … after one of these the run-out is an event to come ("when the milk runs out"); after
    # a copula it is a state now ("if we're out of eggs, get a dozen" asks)
    run_out_events: Words = _NONE
    out_of_pasts: Words = _NONE  # before "out of", a past: "we ran out of bread on Monday"
    # a run-out dated on a span gone besides a week or a day (``DateWords``): its past
    # modifiers ("в прошлом месяце", "на прошлых выходных"), the spans (spellings and lemmas:
    # "last month", "last weekend"), and after a span a word of ago ("two weeks ago", "неделю
    # назад"), with the run-out in the past
    past_span_mods: Words = _NONE
    past_spans: Words = _NONE
    ago_words: Words = _NONE
    remind_verbs: Words = _NONE
    delegate_verbs: Words = _NONE  # lemmas: "попросить", "ask"
    let_words: Words = _NONE  # "пусть Петя …"
    task_nouns: Words = _NONE
    create_verbs: Words = _NONE
    # lemmas of no deed: asking the assistant, a state ("be"), how one behaves ("успокойся")
    # right after a delegating verb (``delegate_verbs``), the one spoken to: the speaker asks
    # the listener, so the verb after says the request itself ("я хотела бы попросить вас
    # добавить в список кефир" adds the kefir, as "прошу вас добавить …" does)
    asked_listeners: Words = _NONE
    # lemmas of a wish or intent: in the third person present before an infinitive, it
    # tells someone's wish ("Маша хочет попросить тебя …", "Петя собирается убрать гараж")
    told_wish_lemmas: Words = _NONE
    non_task_verbs: Words = _NONE
    # lemmas: a verb of ``non_task_verbs`` that shuts or opens a supply of the house, with
    # one of ``supplies`` as its object and a due said, is a chore for later ("Коля в субботу
    # закрыть воду на зиму"; "закрой дверь", "закрой кран" said now stay none)
    supply_verbs: Words = _NONE
    supplies: Words = _NONE  # lemmas: "вода", "газ", "вентиль", "стояк"
    # lemmas: having a meal; a call to it ("Маш, иди ужинать", "садитесь обедать") is no chore
    meal_verbs: Words = _NONE
    # an act done in the moment by the one spoken to, with nothing to work on: the body's
    # posture or place, buckling up, haste, dressing, growing up ("сядь", "пристегнись",
    # "поторопись", "behave", "chill"; lemmas in Russian, spellings in English): a member told
    # to do one is spoken to, no chore, unless a frame or a due makes it one for later
    momentary_verbs: Words = _NONE
    # English verbs that are such an act only with the particle after them ("grow up", "calm
    # down", "hurry up", "get dressed", "get down here")
    momentary_phrasals: frozenset[tuple[str, str]] = frozenset()
    # a verb and its particle that ask no household deed whatever their object: a look-up, a
    # mood, a show ("look up the bus times", "cheer up", "show off the garden"); a word of
    # the lexicon's none with its particle may otherwise be a chore it does not know yet
    # (``_clauses._unknown_deed``)
    no_deed_phrasals: frozenset[tuple[str, str]] = frozenset()
    # a verb of letting: negated, it covers the verbs of its complement ("don't let it sit
    # and get musty": "get" buys nothing; ``_clauses._under_negated_let``)
    # nouns of a group of people ("team", "guests"): an unknown verb worked on them ("hype up
    # the team") is no chore of the house (``_clauses._unknown_deed``), as on ``people``
    crowd_nouns: Words = _NONE
    # a preposition and the machines of the house it puts things into: after a carrying verb,
    # a chore ("throw the towels in the dryer"; ``_clauses._carries_on_an_errand``)
    machine_prepositions: Words = _NONE
    machine_places: Words = _NONE
    permit_verbs: Words = _NONE
    permit_joiners: Words = _NONE  # … past these only: "and"
    # the endings of an English verb told, not asked: past, third person, gerund ("pumped up",
    # "pumps up", "pumping up"), and what keeps a word whole ("press", "toss")
    told_verb_endings: tuple[str, ...] = ()
    told_verb_keeps: tuple[str, ...] = ()
    # … and the irregular pasts that end in none of them ("took out", "blew up", "swept up")
    told_irregular_pasts: Words = _NONE
    # an auxiliary cliticised onto the word before a verb ("kate's blown up", "they'll pump
    # up"): the verb is told of that subject
    clitic_links: tuple[str, ...] = ()
    # lemmas: handing a thing at hand to the one beside ("отдай Пете машинку", "передай соль",
    # "подай мне пульт"); with no place and no one but a member or the speaker to take it, a
    # thing passed in the room, no errand ("отдай ключи соседке", "… в библиотеку" are errands)
    handing_verbs: Words = _NONE
    # lemmas or spellings: calling someone on the phone ("набери", "перезвони", "call",
    # "ring"); with the speaker as the one called ("набери мне", "call me back") a phone act
    calling_verbs: Words = _NONE
    # lemmas or spellings: taking, putting or answering the phone, with one of ``phone_nouns``
    # as the object ("забери трубку", "положи телефон", "pick up the phone")
    phone_verbs: Words = _NONE
    phone_nouns: Words = _NONE  # lemmas or spellings: the phone and what is held as one
    # spellings between such a verb and the phone: a particle or a possessive ("up", "the",
    # "свой")
    phone_determiners: Words = _NONE
    # English verbs that are such an act before a gerund: a habit to drop now ("stop kicking
    # the seat", "tell Jack to stop being annoying")
    momentary_gerund_heads: Words = _NONE
    # lemmas or spellings: recording a message on the phone, with one of ``recordings`` as
    # the object ("запиши голосовое Пете", "record a voice note"): a phone act, nothing listed
    recording_verbs: Words = _NONE
    recordings: Words = _NONE
    # lemmas or spellings: looking something up now ("проверь", "check"), with one of
    # ``lookup_objects`` (what an app or a site shows: a balance, a status, grades) in the
    # words after it: a look-up asked of the assistant, no chore ("check my bank balance",
    # "проверь статус заказа"; "check the smoke alarms" is one)
    lookup_verbs: Words = _NONE
    lookup_objects: Words = _NONE
    # lemmas: going into a place, with an online one (``OpenWorldWords.order_channels`` or
    # ``online_places``) right after its preposition: an app opened, no errand ("зайди в
    # электронный дневник"; "зайди в аптеку" is one)
    visit_verbs: Words = _NONE
    online_places: Words = _NONE  # lemmas: what is visited only online ("госуслуги")
    chore_verbs: Words = _NONE  # verbs that open a task at a clause's start (no morphology)
    # verbs that open a task only when a member is asked before them ("Tom, ring the
    # landlord"; "ring Tom's mobile", "text Jack that …" ask the assistant)
    doer_verbs: Words = _NONE
    # a light verb with a chore as a noun: "give the car a wash", "have a look at the boiler"
    pronoun_objects: Words = _NONE  # "add them", "возьми их": the things said before
    # lemmas: a deed made known to a member named after ("Довожу до сведения Пети: …",
    # "Сообщаю Диме: …") is asked of them; said to no member, nothing is asked
    inform_verbs: Words = _NONE
    # a chore put on a member with no verb: "Jack, you're on dishes tonight", "lucy ur on
    # bathroom duty", "Петя, на тебе посуда", "Маша, с тебя уборка": the chore's noun (or
    # "duty"), after "on" or after the phrase that puts it on "you"
    duty_heads: Words = _NONE
    duty_links: Words = _NONE  # "on"
    duty_phrases: tuple[tuple[str, ...], ...] = ()  # "на тебе", "с тебя", "за тобой"
    # before an English duty's link, the present of "be" or its subject with it ("is",
    # "you're"; a member's "Tom's"): "Tom was in charge of …" reports the past, no duty put on
    duty_present: Words = _NONE
    willing_phrase: tuple[str, ...] = ()  # "up for": a duty's gerund after it, never a noun
    place_prepositions: Words = _NONE  # "закинь шины в гараж", "put … in the garage"
    # An adding verb that carries a thing to or from a place or a person of an errand, with no
    # list in the command, is the errand, not an entry added: "занеси стулья от соседей",
    # "закинь форму в стирку", "pop the coat in at the dry cleaner's". ``errand_prepositions``
    # head the phrase ("в", "к", "от", "у", "из"; "to", "at", "from"); ``errand_places``
    # (lemmas or spellings) are what a household carries things to or fetches them from.
    errand_prepositions: Words = _NONE
    errand_places: Words = _NONE
    # of the adding verbs, those that carry a thing ("занеси", "закинь", "pop", "drop"):
    # "добавь в аптеку бинты", "add stamps from the post office" add items, no errand
    carrying_verbs: Words = _NONE
    # what is cooked or mixed, and what it is cooked in: an adding verb's "в"/"to" that names
    # one adds an ingredient in a recipe's step ("добавь в фарш яйцо", "add salt to the water");
    # so does a text the assistant writes ("добавь в ответ слово …", "add … to your reply")
    dish_targets: Words = _NONE
    mixing_prepositions: Words = _NONE  # "в", "во", "to", "into", "in"
    role_determiners: Words = _NONE  # "the"/"each" before a role owing a modal's deed
    step_breaks: Words = _NONE  # what ends an adding step's reach (not "," nor "and")
    light_verbs: Words = _NONE
    chore_adjectives: Words = _NONE  # between: "a quick hoover", "a good clean"
    look_nouns: Words = _NONE  # a look is a deed asked of a member: "have a look at …"
    # … what may follow one as its object, beside a determiner, a preposition, a person or a
    # name: "ring up", "call mum", "text everyone"
    doer_verb_objects: Words = _NONE
    # a verb and its particle that open a task so, the verb alone adding to a list or no chore
    chore_phrasals: frozenset[tuple[str, str]] = frozenset()  # "put up the shelves"
    # A verb of assigning ("assign", "give", "hand"; "поручить", "передать"), in its own
    # clause a chore's noun (``chore_nouns``, ``duty_heads`` or a chore verb's gerund) and who
    # receives it ("to Megan", "Пете"): the chore is put on that person, a member or not
    # ("assign the turnover clean to Megan", "give Tom the ironing", "поручи Пете уборку").
    assign_heads: Words = _NONE
    # a need's "that" before its doer and the doer's verb, a calque of "нужно, чтобы Петя …":
    # "I need that Lucy feeds the cat" asks Lucy to, nothing is bought
    need_complementisers: Words = _NONE
    # a verb of taking a chore over from someone, a chore's noun after it: "Tom's covering my
    # school run tomorrow" is Tom's deed, "Tom is covering the costs" none
    handover_verbs: Words = _NONE
    # lemmas of verbs whose dative is whom the deed goes to or is for ("книги вернуть Пете",
    # "суп сварить Маше"): never its doer, wherever the dative stands; after any other
    # infinitive and its object, a member in the dative said last (only a when after it) does
    # the deed ("банки простерилизовать Анне в воскресенье", "окна помыть Пете в субботу")
    recipient_verbs: Words = _NONE
    # of the other infinitives, those of a chore on the house and its things, whose dative
    # said last is the doer ("окна помыть Пете"); after any other ("уроки проверить Пете",
    # "ногти подстричь Пете", "суп разогреть Маше") the dative is whom the deed is done to or
    # for, and the requester does it as before
    doer_last_verbs: Words = _NONE
    # after a taking verb's object, a particle of moving it ("get the decorations down", "get
    # the deposit back", "get the bins out"): nothing is bought; said to someone, a chore
    moving_particles: Words = _NONE
    # before a member, whom a thing is got back or taken from ("get the batteries back from
    # Tom"): the member is what the deed is about, never its doer
    source_prepositions: Words = _NONE
    chore_nouns: Words = _NONE
    # lemmas of verbs that put a deed in the calendar ("запланируй уборку на субботу"): a task
    # when a chore's noun is their object
    schedule_verbs: Words = _NONE
    # a verb and its particle of calling somewhere on an errand, then its place (past "the",
    # "at", "to" or an errand place): "swing by the cleaner's", "stop off at the post office"
    call_phrasals: frozenset[tuple[str, str]] = frozenset()
    speaker_words: Words = _NONE  # before a verb opener, the speaker offers: "i", "we"
    # A need or obligation whose subject is the speaker or the listener ("I have to …", "you
    # need to …", "мне надо …", "вам нужно …") before a verb of no household deed is a
    # remark: talk, perception, feeling (``remark_verbs``: "we have to talk", "нам нужно
    # обсудить", "you have to see this") and motion away with no destination
    # (``leaving_verbs``: "I have to go", "мне надо бежать"; "go to the post office" is an
    # errand, ``destination_words``). ``need_subjects``: "i", "we", "you"; "мне", "нам", "тебе".
    need_subjects: Words = _NONE
    # talk with a third party is an errand ("I need to talk to the landlord", "мне надо
    # поговорить с хозяйкой"); with the speaker or the listener ("we need to talk to you",
    # "нам надо поговорить с тобой") it stays a remark
    talk_prepositions: Words = _NONE
    talk_partners: Words = _NONE
    remark_verbs: Words = _NONE
    leaving_verbs: Words = _NONE
    destination_words: Words = _NONE
    # The speaker's wish before an infinitive ("I want to bake a cake", "I'd like to make
    # pancakes", "хочу шарлотку испечь") is a remark; a wish that names another doer ("I want
    # you to …", "хочу, чтобы Петя …") or asks or adds ("хотела бы попросить/добавить") stays.
    wish_words: Words = _NONE  # en: after "i"/"we" ("want"), or "like"/"love" after "'d"/"would"
    wish_conditionals: Words = _NONE  # the speaker's conditional in one word: "i'd", "we'd"
    wish_auxiliaries: Words = _NONE  # after the speaker: "i would like to"
    wish_listeners: Words = _NONE  # "ты хотела бы испечь …?": the listener's wish, asked
    # a verb of beginning between the wish and its infinitive: "хочу начать готовить …", "I
    # want to start meal prepping": the wish still the speaker's own
    wish_onsets: Words = _NONE
    # after an English verb with no morphology, a word that makes it a noun ("sort of", "kind
    # of": "Jack did his room, sort of" hedges, sorts nothing)
    noun_links: Words = _NONE
    # an adverb of sequence before an English chore verb opening its clause ("…, now fold
    # it", "…, then sweep the floor"): the verb still opens it
    sequence_adverbs: Words = _NONE
    # A person who is not a member (``people``: "dad", "grandma", "мама") told as the subject
    # of a future buying verb ("dad is gonna get us a trampoline", "grandma will buy the
    # cake", "мама завтра купит торт") reports a plan, no purchase asked. English marks the
    # future with these before the verb ("gonna", "will", "'ll"; "going" before "to").
    future_markers: Words = _NONE
    # a past verb beside one of these asks, unless the speaker is its subject ("ты бы купила
    # хлеба", "купили бы вы молока"; "я бы купила" is the speaker's own wish)
    conditional_particles: Words = _NONE
    people: Words = _NONE  # persons who are not members: "get the kids" buys nothing
    # after an English person word, a word of these leaves it a person ("add the kids to the
    # chat"); any other word makes it name what a product is for ("add baby wipes")
    person_links: Words = _NONE
    joiners: Words = _NONE  # what ends a clause: ",", "and", "потом"
    # words of consequence that end a clause for the run-out, no-one and price checks: "we
    # always run out of tape so buy some", "никто не купил хлеб, поэтому купи ты"; and the
    # pairs whose first word does ("так что", "вот и")
    consequence_joiners: Words = _NONE
    consequence_pairs: frozenset[tuple[str, str]] = frozenset()
    transparent: Words = _NONE  # may stand between a clause's start and its verb
    # open an adverbial phrase of time or place that may stand before an imperative read
    # without morphology ("Tom, on Wednesday wash the car", "after your shift pick up …")
    adverbial_openers: Words = _NONE
    # the openers that are a bare day ("tomorrow", "on Thursday"'s "Thursday"): their phrase
    # holds only time words after them ("tomorrow morning", "tonight at 7"), never a subject
    day_openers: Words = _NONE
    # the days a phrase opened by another language's ``adverbial_openers`` must name so that
    # the due resolves ("маше в пятницу feed the cat"; "пете в 6 …", "… после школы …" do not)
    adverbial_days: Words = _NONE
    # verbs whose deed their object makes ("take care", "make a wish", "take a break"): after
    # another language's phrase of time they name no chore by themselves
    object_made_verbs: Words = _NONE
    # trigger words that are also units a number counts: "toilet roll 2 packs", "3 лотка"
    count_units: Words = _NONE
    time_words: Words = _NONE  # "morning", "at", "noon", "pm": what a day's phrase may hold
    # a clock time's mark after its digits ("5pm", "7 am"): such a time opens an adverbial
    # phrase before an imperative read without morphology ("Jack, 5pm tomorrow vacuum …")
    clock_marks: Words = _NONE
    # a clock time said by its own word ("noon tomorrow", "midnight"): such a time opens an
    # adverbial phrase before an imperative read without morphology, as "5pm" does ("Lucy,
    # noon tomorrow please hoover …")
    clock_nouns: Words = _NONE
    # the endings of a possessive ("Tom's", "the kids'"): the one so named owns the word after
    # it and is no object of the verb ("add Tom's wheat free bread" adds bread, not Tom)
    owner_endings: tuple[str, ...] = ()
    # a modal opening a question about someone named right after it ("Could Tom make lunch
    # tonight?", "Will Tom make Grandma's lunch tomorrow?"): asked about, never asked of them
    question_modals: Words = _NONE
    # a verb that tells someone comes, before "to" and the deed they come for ("the carer
    # comes at 12 to make Dad's lunch"): why they come, no one asked
    arrival_verbs: Words = _NONE
    # after a person and one of these, an imperative is relayed: "dad said hose down …"
    relay_verbs: Words = _NONE
    # an obligation word holding its own "to" ("gotta", "hafta"): a chore verb must follow
    to_contractions: Words = _NONE
    # a copula opening the text with its subject dropped (a Romance speaker's "is necessary
    # to …", from "es necesario …"), then one of these impersonal predicates: a statement
    # of need, no yes/no question
    dropped_copulas: Words = _NONE
    impersonal_predicates: Words = _NONE
    modals: Words = _NONE  # "lucy should practice": after a member, a verb opens a task
    # lemmas: between a member in the dative and an infinitive, a state or feeling of theirs
    # ("Маше трудно посуду помыть", "Пете лень мусор вынести", "Диме некогда …"): told of
    # them, no deed asked; so is a past verb there ("Маше сказали …", "Маше пришлось …")
    dative_states: Words = _NONE
    # a Russian negative predicative of what is lacking ("нечем", "некогда", "негде"): an
    # infinitive right before or after it in its clause tells a lack, no deed asked
    # ("Коза молока мало даёт, кормить нечем", "дышать нечем"): spellings; not "некому",
    # a deed someone is wanted for ("некому забрать Машу из школы")
    lacking_states: Words = _NONE
    # a lament or a refusal that governs an infinitive (issue #12, round 31, ``_reasons``):
    # English words right before "to" and the verb ("too tired to cook", "no energy to cook",
    # "can't be bothered to cook"); Russian words a few words from the infinitive in its
    # clause, no other verb between ("после смены сил нет готовить", "мне лень готовить",
    # "готовить я сегодня отказываюсь", "купи молоко, а то Маше нечего пить"): spellings;
    # the deed is lamented, refused or lacking, none asked
    lament_heads: Words = _NONE
    # after "не", a Russian speaker's refusal of the infinitive in its clause ("готовить я
    # сегодня не буду", "не хочу готовить"): spellings
    refusal_verbs: Words = _NONE
    # an English clause told after a request, its subject opening it after a mark (or a
    # reason's opener) and one of ``told_frame_verbs`` before "to" and the verb ("…, we've
    # been using shampoo to do the dishes", "…, the doctor told Tom to drink more"): the
    # deed is the reason told, none asked (``_reasons.told_to_do``); ``told_frame_subjects``:
    # the subject's words (a determiner before a noun counts: "the doctor")
    told_frame_verbs: Words = _NONE
    told_frame_subjects: Words = _NONE
    # the object pronouns of a deed told taken up by a remind verb right before one ("…,
    # remind him", "напомни ему"): the told deed is the task then
    taken_up_pronouns: Words = _NONE
    # lemmas: after a purchase asked first, a Russian finite verb of another's plan or wish
    # governing an infinitive in a clause of its own ("…, Маша будет делать салат", "…, Петя
    # хочет суши сделать"): the plan is the purchase's reason (``_reasons.plan_told``)
    plan_lemmas: Words = _NONE
    # after a purchase asked first, a Russian word of no one to do it near the infinitive in
    # its clause ("купи пиццу, готовить некому"); alone it still asks for a doer ("некому
    # забрать посылку")
    doerless_states: Words = _NONE
    # a comment that tells the task's deed done ("…, он уже вынес вчера", "…, he already did
    # yesterday"): its day gone is still asked (``_reasons.told_done``)
    done_adverbs: Words = _NONE
    modal_hedges: Words = _NONE  # between the modal and its verb: "lucy could maybe feed …"
    # the pronoun of the one spoken to, between a member called and a verb in the 2nd person
    # future: the same doer ("Дима, ты же заберёшь Машу?")
    asked_subjects: Words = _NONE
    # after a question asked, words that take it back or give up on it ("ты не купишь
    # батареек? нет? ладно"), and the words that do so after a negation ("не надо")
    resignation_words: Words = _NONE
    resigned_after_negation: Words = _NONE
    member_modal_links: Words = _NONE  # "tom's job: clean"
    verb_openers: Words = _NONE  # before a verb, a clause has begun: "to", "should"
    # … and, before "you" asked after a member named, these too ("Tom, would you please
    # hoover the living room", "Lucy, will you feed the cat"): a request of the one called
    asking_modals: Words = _NONE
    # before "to" and a verb (past one named between), someone's wish or plan told
    # ("grandma wants to bake pies", "I'm planning to bake bread"): no deed asked
    told_wants: Words = _NONE
    member_dashes: Words = _NONE  # "Tom - feed the dog": after a member, the deed follows
    label_marks: Words = _NONE  # "task for Lucy: …": after a task's label, still its object
    product_modifiers: Words = _NONE  # chore nouns that say what a product is for: "laundry"
    causative_verbs: Words = _NONE  # "have Mike clean the garage"
    # those of them that take the bare verb after whom they ask ("have Pat collect …"; "get"
    # and "ask" take "to": "get Baby Dove wash" names a product)
    bare_causative_verbs: Words = _NONE
    question_words: Words = _NONE
    greetings: Words = _NONE
    negations: Words = _NONE  # before a trigger (or its need word), nothing is asked: "не готовь"
    # a subject of no one before a trigger in its clause: said of no one, nothing is asked
    # ("nobody wants to clean the bathroom", "никто не просил покупать торт")
    negative_subjects: Words = _NONE
    negative_subject_pairs: frozenset[tuple[str, str]] = frozenset()  # "no one"
    need_negations: Words = _NONE  # before a need word, nothing is needed: "no need to buy"
    # before a trigger (past ``privative_fillers``) it tells how a deed went, asking nothing:
    # "без напоминаний", "без лишних напоминаний", "without being reminded", "without asking"
    privatives: Words = _NONE
    privative_fillers: Words = _NONE
    # lemmas: right before a trigger, it is stopped: "stop buying", "enough adding sweets"
    stop_verbs: Words = _NONE
    # read only where an adding before a list phrase may be refused (``_clauses.adding_refused``):
    # the adding verbs' forms ``add_verbs`` leaves out, gerunds and imperfective lemmas ("stop
    # putting candy on the list", "не надо добавлять молоко в список") …
    refused_add_forms: Words = _NONE
    gerund_ending: str = ""  # after a need word, a chore verb so is a deed: "needs washing" …
    # after a need word, an object then a participle is a deed done to it ("we need the
    # gutters cleaned"): its title opens with this verb ("Get the gutters cleaned")
    done_title_verb: str = ""
    gerund_followers: Words = _NONE  # … when it ends the clause or one of these follows it
    gerund_restores: tuple[str, ...] = ()  # what a stem may have lost: "", "e" ("hoovering")
    out_of_places: Words = _NONE  # "out of station", "out of order": a place or a state
    # after "out of", an idiom of a state only before a mark, the end or a preposition ("out
    # of stock", "out of hand at school"); before a noun a product ("out of hand soap")
    out_of_idioms: Words = _NONE
    out_of_idiom_ends: Words = _NONE  # after the idiom, as a mark: "out of stock online"
    # … or what food is taken out of, closing its clause ("the cheese is out of the fridge",
    # "the cake is out of the oven", "out of stock"; "out of oven cleaner" is a shortage)
    out_of_holders: Words = _NONE
    # … or a room or part of a home someone goes out of, after a determiner and before a mark,
    # the end, a preposition or a word of how ("the kids ran out of the house", "she ran out of
    # the room crying"; "we're out of the kitchen roll" is a shortage)
    out_of_rooms: Words = _NONE
    # a run-out said of someone else's stock (``_clauses._runs_out_elsewhere``), read in the
    # run-out's own clause: a place outside the home that is no shops entry (lemmas: "на
    # работе", "в переговорке", "at work", "in the game", "at the canteen") after a place
    # preposition (the Russian place in the prepositional: "кофе на работу" is where it goes;
    # an English one closing its phrase: "in the game room" is a room), any place after a
    # qualifier ("на офисной кухне", "the office kitchen is out of coffee"); a person outside
    # the home after the holder's link ("у соседки") or, in English, the run-out's subject
    # ("our neighbours ran out of firewood") as a shop or a place is ("the store was out of
    # bread": the words of the verb between, ``out_of_subject_links``)
    out_of_outside_places: Words = _NONE
    out_of_outsiders: Words = _NONE
    out_of_place_preps: Words = _NONE  # "… in the game", "… at tesco", "в игре", "на работе"
    out_of_holder_links: Words = _NONE  # "у соседей"
    out_of_place_qualifiers: Words = _NONE  # "на офисной кухне", "the office fridge"
    out_of_subject_links: Words = _NONE  # "the store was out", "the supermarket ran out"
    # the household's own stock said in the run-out's clause ("we're out of milk at home and
    # at work") or in a clause with no verb ("дома и на работе кончился кофе", "у соседей
    # кончилась соль, у нас тоже"): the run-out is the household's as well
    out_of_home_words: Words = _NONE
    # before a place's preposition: a comparison ("как у соседей") or someone said to be
    # there ("я в магазине, …", "I'm at the store"): the place is no stock's
    out_of_place_comparisons: Words = _NONE
    # verbs of telling (lemmas): beside someone else's run-out they ask no purchase ("…,
    # скажите админу", "…, someone tell facilities"), and the text is a story of it
    out_of_tell_verbs: Words = _NONE
    out_of_presences: Words = _NONE
    gerund_particles: Words = _NONE  # may follow such a gerund: "taking out", "tidying up"
    gerund_needs: Words = _NONE  # "the lawn needs mowing", "the gutters want clearing"
    progressive_links: Words = _NONE  # "Tom is picking up …": "be" before a gerund
    forget_verbs: Words = _NONE  # lemmas: negated, they remind ("не забудь", "don't forget")
    # said first in its clause, these remind too ("remember to text the landlord"), past one
    # of ``remember_objects`` in a learner's calque of "recuérdame" ("remember me to …")
    remember_verbs: Words = _NONE
    remember_objects: Words = _NONE
    negated_auxiliaries: Words = _NONE  # before a negation spelt apart: "do not forget"
    noun_determiners: Words = _NONE  # before a buying word, it is a noun: "your order"
    auxiliaries: Words = _NONE  # after a buying word (or it and a noun), it was one: "order has"
    function_words: Words = _NONE  # prepositions: never a verb, never a need's object
    # A spoken self-correction's editing term, between what is withdrawn and what replaces it
    # ("запиши, ой нет, добавь …", "Пете, то есть Маше", "to Costco, I mean to Tesco"):
    # single words and phrases (``_restart``); ``restart_said_as`` holds the one correction
    # word per language a purchase's reading knows (``ShoppingWords.correction_words``), said
    # for a phrase it does not ("чай, то есть кофе" is read as "чай, вернее кофе")
    restart_words: Words = _NONE
    restart_phrases: tuple[tuple[str, ...], ...] = ()
    restart_said_as: Words = _NONE
    # an editing term that only settles a count, a restart only before a number ("…, пусть
    # будет пять", "давай четыре", "let's say six", "call it ten")
    restart_settling: tuple[tuple[str, ...], ...] = ()
    # a particle that says the replacement is all that is left, of the term when it follows
    # one ("…, wait no, just bread", "…, ой нет, только хлеб": "bread" replaces the list)
    restart_restrictives: Words = _NONE
    # a word telling a stock, in a short clause between a term and a restrictive particle:
    # the reason for the correction, of the term ("…, wait no, we have peanut butter — just
    # bread", "…, ой нет, масло у нас есть, только хлеб")
    restart_stock_words: Words = _NONE
    # a word of an editing term that withdraws what was said, not only apologises or exclaims:
    # before a request verb, the request before it is withdrawn ("…, no wait, buy …")
    restart_withdrawals: Words = _NONE
    # a word of absence: after a genitive it tells what is missing, no term ("молока нет")
    restart_absences: Words = _NONE
    # a word a restart never starts at: said again, it repeats nothing ("the", "и", "and")
    restart_unrepeated: Words = _NONE
    # after "не X" withdrawn, the link to what replaces it: "не кефир, а ряженку", "not X but Y"
    restart_contrasts: Words = _NONE
    # after a term, a member said with a word that adds ("…, ой, Маше тоже", "…, oops, and Tom
    # too"): the member joins the one named before, with the joiner of its language
    restart_also: Words = _NONE
    # after a term, in a request someone reported, a word that adds it to the one withdrawn
    # ("…, no wait Jack says add eggs too", "…, ой нет, Петя говорит купи ещё батон"): both
    # are asked for, the reported one replaces nothing (``_restart._told_instead``)
    restart_additions: Words = _NONE
    # after a term and a negated need, the words that only tell it was not needed ("…, ой, не
    # надо было", "…, sorry, no need to"): the request is withdrawn
    restart_need_links: Words = _NONE
    restart_also_joiners: Words = _NONE
    # derived
    restart_starts: Words = field(init=False, repr=False, compare=False)  # words, phrases' firsts
    # a word every editing term holds, for the class a command is tested on first: the single
    # words and each phrase's longest word not a conjunction ("mean", "смысле"; not "i", "или")
    restart_keys: Words = field(init=False, repr=False, compare=False)
    restart_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )  # each editing phrase under its first word
    task_object_openers: Words = field(init=False, repr=False, compare=False)
    purchase_words: Words = field(init=False, repr=False, compare=False)
    buy_or_add_verbs: Words = field(init=False, repr=False, compare=False)
    edit_words: Words = field(init=False, repr=False, compare=False)  # add verbs and their pasts
    phrasal_heads: Words = field(init=False, repr=False, compare=False)  # chore_phrasals' verbs
    request_words: Words = field(init=False, repr=False, compare=False)  # buy, add, remind, need
    remind_frames: Words = field(init=False, repr=False, compare=False)  # remind verbs, "task"
    task_frames: Words = field(init=False, repr=False, compare=False)  # request or remind frame
    # a buying, adding or fetching verb opening a clause of its own: "…, put avocados on the list"
    request_openers: Words = field(init=False, repr=False, compare=False)
    out_of_parts: Words = field(init=False, repr=False, compare=False)
    candidates: Words = field(init=False, repr=False, compare=False)
    # spellings ``split_clauses`` tests a word on: candidates, "buy" typos, doer verbs
    candidate_spellings: Words = field(init=False, repr=False, compare=False)
    duty_phrase_ends: Words = field(init=False, repr=False, compare=False)  # "тебе", "тобой"
    # a word an act of the moment may be told by (``_clauses._momentary_act``' first test): a
    # momentary verb or a phrasal's first word, a gerund's head, a calling, phone, handing,
    # recording, look-up or visiting verb
    momentary_starts: Words = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        openers = self.remind_verbs | self.delegate_verbs | self.let_words
        _set(self, "task_object_openers", openers)
        _set(
            self,
            "momentary_starts",
            self.momentary_verbs
            | frozenset(first for first, _ in self.momentary_phrasals)
            | self.momentary_gerund_heads
            | self.calling_verbs
            | self.phone_verbs
            | self.handing_verbs
            | self.recording_verbs
            | self.lookup_verbs
            | self.visit_verbs,
        )
        restarts = (*self.restart_phrases, *self.restart_settling)
        _set(self, "restart_starts", self.restart_words | frozenset(p[0] for p in restarts))
        unrepeated = self.restart_unrepeated
        keys = frozenset(max(p, key=lambda w: (w not in unrepeated, len(w))) for p in restarts if p)
        _set(self, "restart_keys", self.restart_words | keys)
        _set(
            self,
            "restart_by_first",
            MappingProxyType(
                {
                    first: tuple(p for p in self.restart_phrases if p[0] == first)
                    for first in {p[0] for p in self.restart_phrases}
                }
            ),
        )
        purchase = self.shop_verbs | self.add_verbs | self.need_words | self.out_of_words
        _set(self, "purchase_words", purchase)
        buy_or_add = self.shop_verbs | self.add_verbs
        _set(self, "buy_or_add_verbs", buy_or_add)
        _set(self, "edit_words", self.add_verbs | self.edit_pasts | self.edit_ambiguous_pasts)
        _set(self, "phrasal_heads", frozenset(verb for verb, _ in self.chore_phrasals))
        # "поставь", "put": a request only beside a list, no mark of one on its own
        requests = (buy_or_add - self.list_only_add_verbs) | self.remind_verbs | self.need_words
        _set(self, "request_words", requests)
        _set(self, "remind_frames", self.remind_verbs | self.task_nouns)
        _set(self, "task_frames", requests | self.task_nouns)
        _set(self, "request_openers", buy_or_add | self.soft_shop_verbs)
        _set(self, "out_of_parts", frozenset(word for pair in self.out_of for word in pair))
        _set(
            self,
            "candidates",
            self.remind_verbs | self.task_nouns | self.need_words | self.shop_verbs
            | self.add_verbs | self.out_of_words | self.list_words | self.chore_verbs
            | openers | self.obligation_words | self.soft_shop_verbs | self.purpose_frames
            | self.gerund_needs | self.light_verbs | self.duty_heads
            | frozenset(first for first, _ in self.out_of)
            | frozenset(second for _, second in self.wish_phrases),
        )  # fmt: skip
        spellings = (
            self.candidates | self.buy_typos | self.doer_verbs | self.assign_heads
        ) | self.chore_nouns
        _set(self, "candidate_spellings", spellings)
        _set(self, "duty_phrase_ends", frozenset(p[-1] for p in self.duty_phrases if p))


@dataclass(frozen=True, slots=True)
class ShoppingWords:
    """The items of a shopping clause and the list they go to."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    separators: Words = _NONE  # between items
    # A clause told after the items with no comma, its subject a person and then its finite
    # verb ("… пряников внук приедет в воскресенье", "… beans grandpa eats them every day"):
    # the items end before it (``_shopping._before_told_clause``). ``told_subjects``: the
    # persons and pets (Russian lemmas, read in the nominative; a first name is one too); ``told_determiners``: English words
    # before such a subject ("the grandkids"); ``told_verbs``: English finite verbs after it
    # (Russian reads a finite verb from the dictionary).
    told_subjects: Words = _NONE
    told_determiners: Words = _NONE
    told_verbs: Words = _NONE
    # English told verbs that are also a product's noun after a person word ("kids drinks",
    # "baby drink boxes"): such a verb tells a clause only after a ``told_determiners`` word
    # ("the kids drink it") or with its object right after it (``told_objects``: "grandpa
    # drinks it every day", "baby drinks a lot"); "juice and kids drinks" names a product
    told_noun_verbs: Words = _NONE
    told_objects: Words = _NONE
    # words a list read from its shape alone never holds (by spelling or lemma), beside the
    # told verbs, subject pronouns and auxiliaries above: an object or possessive pronoun, a
    # modal, a negation, a state a thing is found in, where a thing is ("6 of them kids",
    # "review my PR", "a dead bird and a broken window", "snow and ice on the driveway"):
    # with one, no list is read by its shape
    shape_stops: Words = _NONE
    # after a count, a word that only stresses it ("10 packets only", "две пачки всего"):
    # no item and no part of a name
    count_emphasis: Words = _NONE
    # a word that stresses the item, not only its count: first after the verb ("buy only
    # milk") or the whole item ("buy only": nothing named), no part of a name
    item_emphasis: Words = _NONE
    list_joiners: Words = _NONE  # right after the verb, a list begun before it goes on: "и"
    spec_prepositions: Words = _NONE  # "на пять розеток", "по 48 листов": a spec, no quantity
    # a unit of strength, dose, size, power or capacity: after a number it says what one item
    # is ("ибупрофен 400 мг", "vitamin D 1000 IU", "линейка 30 см", "a 9 volt battery"), never
    # how many are bought
    strength_units: Words = _NONE
    # A product's code, grade, size or standard is part of its name, never its quantity
    # (``_shopping._code_spec``): a code system or scale whose number or grade letter follows
    # it ("RAL 9003", "HDMI 2.1", "size 4", "размер 3", "класс А"); a scale whose number comes
    # before it ("120 grit", "14 gauge", "4 размер", "1 сорт"); a head graded by a letter after
    # it ("vitamin C", "витамин Д"), with the letters a grade is; a word between the two
    # numbers of a size said after the product's name ("4,2 на 75", "4 by 40"; a times sign,
    # ``UnitWords.times``, joins them too: "3,5х25", "2x4").
    code_systems: Words = _NONE
    code_scales: Words = _NONE
    # A list said without commas: a count after an item that opened with its own count starts
    # the next item ("три авокадо два лайма", "8 kilo chicken thighs 2 flats of eggs";
    # ``_shopping._count_starts_next``), unless a word before it binds it to the item (a
    # rate, a price, a time, a share: "по 72 шт", "2 for 5", "x 2") or the noun it counts
    # says a price, a share, a time or a grade, never a product ("2 торта 100 рублей", "2
    # пачки масла 82 процента", "2 pizzas 10 dollars", "3 кг яблок 2 сорта")
    count_bound_leads: Words = _NONE
    # the link after a measure word that has no unit's code, before its product ("2 flats of
    # eggs"): the measure starts the next item as a unit does
    measure_links: Words = _NONE
    # a lack told after the items with no mark, a negative predicative: what it is for, and
    # the lack, are no item ("рафинаду коробку к чаю нечего", "хлеба купи есть нечего";
    # ``_shopping._before_told_lack``)
    told_lacks: Words = _NONE
    uncounted_heads: Words = _NONE
    # a count and a noun that are a product's name, no count of it ("пицца четыре сыра",
    # "four cheese pizza", "хлеб семь злаков"): never the next item
    named_counts: frozenset[tuple[str, str]] = frozenset()
    graded_heads: Words = _NONE
    grade_letters: Words = _NONE
    dimension_links: Words = _NONE
    # a digit typed for the preposition it sounds like ("4 u" is "for you", "2 me" "to me")
    # before an object pronoun: no quantity
    digit_prepositions: Words = _NONE
    digit_objects: Words = _NONE
    referring_pronouns: Words = _NONE  # "добавь его": the product named before the verb
    # a need whose object is a pro-form ("the school needs it", "Lucy needs it for school",
    # "he needs them"): the pro-form refers back to what was named before the need, and
    # whoever is said right before it (its subject) needs it, no product; the tail it opens
    # with a preposition tells what for, how or when ("…, he needs it in writing"), no
    # product either. ``need_pro_objects`` always stand for a thing, ``need_pro_pointers``
    # only where no noun follows ("we need that for the party", not "we need that cheese");
    # ``needer_pronouns``: a subject said alone, the words before it may be the product
    # ("deodorant for Jack he needs it")
    need_pro_objects: Words = _NONE
    need_pro_tails: Words = _NONE  # the tail's openers: "for school", "back tomorrow"
    # the thing needed said as a pro-form between a Russian needer and its need ("маше он
    # нужен", "ему это нужно"): what follows the need tells what for, no product
    needed_pro_forms: Words = _NONE
    need_partitives: Words = _NONE  # after a pointer, a part of what follows: "more of them …"
    need_askers: Words = _NONE  # a question's auxiliary before the needer: "does the car need it"
    need_list_marks: Words = _NONE  # a list after them names the products: "need it for X: …"
    need_pro_pointers: Words = _NONE
    needer_pronouns: Words = _NONE
    # a request whose object only refers back to the product a remark beside it names
    # ("whoever finished the milk, buy more", "tahini кончился, закинь в список", "чайник
    # сломался, купи новый"): the words that stand for that product in the request's object
    # ("more", "some", "another", "new", "ещё", "новый"), beside a measure, a count, a size
    remark_objects: Words = _NONE
    # the remark: a verb before what it used up, broke or lacks ("finished the milk", "broke
    # his magnifying glass", "сломал очки"; spellings and lemmas) …
    remark_verbs: Words = _NONE
    # … a word of absence before the product ("zero ice cream", "no cereal left", "нет хлеба") …
    remark_absences: Words = _NONE
    # … or a state after it, past a copula and an adverb ("my Chyawanprash is finished",
    # "the Weetabix is gone", "tahini кончился", "чайник сломался"; spellings and lemmas)
    remark_states: Words = _NONE
    remark_copulas: Words = _NONE  # "is", "'s", "are", "has", "been", "all", "nearly"
    # what is skipped between the verb or the absence and the product ("the last of the")
    remark_determiners: Words = _NONE
    # words that end the product's phrase in a remark ("so", "and", "left", "что", a subject)
    remark_stops: Words = _NONE
    # what a remark may name that is never bought (spellings and lemmas): a part of the body,
    # work, an event ("Петя сломал ногу, купи ещё", "Tom finished the marathon, get more")
    remark_non_products: Words = _NONE
    list_prepositions: Words = _NONE
    list_determiners: Words = _NONE
    # marks a list's name is quoted in ("в «Продукты»", 'to the "Costco" list'): around a
    # known list's name, part of its phrase, so the name is no item
    list_name_quotes: Words = _NONE
    # spellings: the prepositions of where items go ("in", "to", "в"), opening a command
    # before a determiner and a list's name ("in the Party list put …"); not "from", "at"
    list_goal_prepositions: Words = _NONE
    # after the items of such a list named first, a word of order ("in the Costco list put the
    # milk first"): where on the list, not a product's word; the command is read as before
    list_order_words: Words = _NONE
    list_lemmas: Words = _NONE  # the word "list" itself
    # spellings or lemmas naming a kind of list that holds no purchases: people, numbers,
    # films, places, deeds ("my name on the guest list", "телефон в чёрный список", "the movie
    # on my watch list"); a list said last with one of them among its naming words reads no
    # product
    foreign_list_kinds: Words = _NONE
    list_genitives: Words = _NONE  # lemmas: "список покупок/продуктов"
    cut_words: Words = _NONE  # an item's name ends before these ("для", "because")
    # a relative or a question's pronoun: an item's name ends before it ("oat milk who keeps
    # chugging it"), unless it is title-cased after a title-cased word ("a Doctor Who mug")
    relative_cuts: Words = _NONE
    # a determiner right before such a word makes it part of a name, never a relative ("a Who
    # t-shirt", "the Who album")
    relative_cut_determiners: Words = _NONE
    # what a container "can" is for, said before it as one compound ("a watering can", "a
    # trash can", "a gas can"): only after these does a closing "can" head the name; after a
    # food or a drink it is the unit ("a coke can", "cat food can")
    can_compound_words: Words = _NONE
    item_filler: Words = _NONE  # spellings or lemmas never part of a name
    item_filler_forms: Words = _NONE  # spellings never part of a name
    kept_filler: Words = _NONE  # filler that may start a quantity ("a couple")

    vague_items: Words = _NONE  # "это", "something": no product on their own
    # a person or a world put on a list as a joke (issue #12, round 25): an item whose head is
    # one of ``listed_people`` (kin and partners, "person"; lemmas and English spellings) with
    # nothing before it but a Russian adjective or one of ``person_modifiers`` ("новую сестру",
    # "a new brother"), or whose every word is one of ``listed_abstracts`` or the open world's
    # ``abstract_needs`` ("world peace", "мир") is no product
    listed_people: Words = _NONE
    person_modifiers: Words = _NONE
    listed_abstracts: Words = _NONE
    vague_markers: Words = _NONE  # "чего-нибудь", "the usual": no product named at all
    # an indefinite pronoun spelt as two words, as it is spoken: its head ("чё", "шо"), then
    # its tail ("нить", "нибудь"): "купи чё нить вкусненькое" names no product
    indefinite_heads: Words = _NONE
    indefinite_tails: Words = _NONE
    # A noun that stands in for a product's name ("штука", "штуковина", "хрень"; lemmas): as
    # the first noun of an item's name it names no product, whatever modifies it ("ту штуку
    # для смесителя"); counted after a product it is the unit ("батарейки, 4 штуки")
    placeholder_nouns: Words = _NONE
    # A demonstrative followed by a relative word ("то, что Дима просил", "ту, которую ты
    # брала"): the object is what the clause tells, no product is named
    correlatives: Words = _NONE
    relative_words: Words = _NONE
    # lemmas: the thing a purchase replaces, the subject of a verb told right after the items
    # ("купи зарядку старая сдохла", "градусник электронный старый сдох"; ``_shopping.
    # _before_told_state``)
    told_state_adjectives: Words = _NONE
    # particles and adverbs between such a subject and its verb ("пульт опять не работает",
    # "эти уже воняют"); "всё" is none ("олег всё выпил вчера" tells, the list is unread)
    told_state_adverbs: Words = _NONE
    not_pointing: Words = _NONE  # before a correlative it is a conjunction ("а то", "не то")
    # a pro-form standing for the noun ("the one for the tap", "the big ones", "a cheap one"):
    # after another word of the piece, last or before one of ``pro_form_followers``, it names
    # no product; first in the piece it is a count ("one loaf")
    pro_form_heads: Words = _NONE
    pro_form_followers: Words = _NONE
    # "one" is a count unless a determiner opens its piece ("a cheap one", "the one for …")
    pro_form_counts: Words = _NONE
    # a vague marker that after a noun, or before an English one, says how much of it
    # ("яблоки все по килограмму", "everything bagels")
    quantifying_markers: Words = _NONE
    # a vague marker that before a common product says which one, the one always bought, and
    # names no product alone ("the usual oat milk", "обычное молоко"; "the usual" asks)
    habit_markers: Words = _NONE
    # … but not before a unit or a kind of a product ("the usual pack of nappies", "the usual
    # brand of coffee": which pack, which brand): a link of these after it, and it asks
    habit_links: Words = _NONE
    # placeholders that are real names too: only alone or after a pointer ("ту вещь")
    weak_placeholders: Words = _NONE
    # the marks after an item before a piece that qualifies it ("bananas, the ripe ones")
    qualifier_marks: Words = _NONE
    pro_form_determiners: Words = _NONE
    # A piece after an item opened by one of these and naming no noun qualifies that item
    # ("…, только недорогое", "…, главное свежий"), no item of its own
    qualifier_particles: Words = _NONE
    # A piece after an item opened by one of these and naming no common product and no amount
    # says what the item is packed in ("…, в синей упаковке", "…, in the blue tub"), no item
    qualifier_prepositions: Words = _NONE
    # A short piece after an item and a comma opened by one of these says what the item is
    # made with or without ("купи молоко, без лактозы", "buy bagels, with sesame"): a part of
    # that item's name, as without the comma
    makeup_prepositions: Words = _NONE
    clause_words: Words = _NONE  # auxiliaries: a piece holding one is a clause ("has shipped")
    # After the items, a piece linking a subject to a state is a reason ("…, summer is
    # coming", "…, the fridge is empty"), and a subject pronoun after a product starts a
    # clause ("coco pops or I'm moving out"), no product (the conjunctions before it too).
    clause_links: Words = _NONE
    subject_pronouns: Words = _NONE
    # the speaker as the object of a verb alone in a piece after the items ("…, and call me",
    # "… and text us"): a request to the speaker's phone, no product
    speaker_objects: Words = _NONE
    # words only a clause holds, never an item: a discourse particle or the reflexive pronoun
    # ("…, праздник всё-таки", "…, дети вели себя образцово")
    clause_particles: Words = _NONE
    # a piece after the items opening with the -ing form of a verb of doing or hosting is a
    # participle clause of circumstance ("…, making guac for 15", "…, hosting twelve on
    # Saturday"), no item; a participle that also names products before a noun ("baking soda",
    # "cooking oil") only before one of ``participle_objects`` or a number ("…, baking a cake")
    clause_participles: Words = _NONE
    attributive_participles: Words = _NONE
    participle_objects: Words = _NONE
    # a piece after the items opening with this preposition before a pronoun, a name or a
    # person is a clause of having ("…, у нас завтра геометрия", "…, у Маши день рождения")
    possessive_prepositions: Words = _NONE
    # a preposition of what an item is made with or without, after a complement: the
    # complement's own ("пастилки для горла с мятой", "корм для собак без зерна")
    chained_prepositions: Words = _NONE
    # a preposition of what an item is made with, for or against, whose complement goes on
    # past "и" before a noun in its own case ("с мёдом и лимоном", "для рук и ног")
    coordinated_prepositions: Words = _NONE
    # a preposition of the surface a tool or fastener works on, right after its head and
    # before one of ``work_materials`` (lemmas): part of the name ("саморезы по металлу",
    # "сверло по бетону", "краска по дереву"), unlike a route or a sale ("по дороге")
    material_prepositions: Words = _NONE
    # a sale or a discount (lemmas): a piece naming one is a remark on why now ("…, в Rewe
    # щас скидка", "…, big discount at Lidl"), no product
    sale_nouns: Words = _NONE
    work_materials: Words = _NONE
    # right after the head, a preposition of use (``use_prepositions``), an optional
    # determiner and at most two words ending in a device, a part of the body or an ailment
    # or pest (``use_objects``): what the item is for is part of its name ("batteries for the
    # smoke alarm", "syrup for cough", "cream for dry skin"), unlike an occasion, a dish or a
    # person ("rice for the curry", "a cake for the party", "milk for Tom")
    use_prepositions: Words = _NONE
    use_objects: Words = _NONE
    # a measure said apart after the item, opening with one of these and with no count, says
    # which pack the item comes in ("dish tabs, the big pack"): neither name nor quantity
    definite_determiners: Words = _NONE
    # after a typed verb past filler ("pls ad …", ``TriggerWords.buy_typos``), a colour that
    # names a product with it ("pls ad blue to costco": AdBlue), so the word stays
    typo_colours: Words = _NONE
    # … when the colour closes the name: the end, a mark or these after it ("ad blue for the
    # van"; "pls ad green tea" makes "ad" the verb, the colour its tea's)
    typo_colour_closers: Words = _NONE
    clause_conjunctions: Words = _NONE
    skipped_verbs: Words = _NONE  # buying verbs no trigger list holds ("get")
    phrasal_verbs: frozenset[tuple[str, str]] = frozenset()  # "pick up"
    # the only marks a list of products said with no verb may hold ("1.5kg chicken thighs",
    # "3 avos, a punnet of strawbs and 500g of greek yoghurt"); a sentence mark only last
    bare_list_marks: Words = _NONE
    bare_list_ends: Words = _NONE  # … those that may only end it
    # … and a mark it may hold only typed onto the number before it: a strength ("сметана
    # 20%", "молоко 3.2%")
    bare_list_glued_marks: Words = _NONE
    # One product said alone as the whole text acts only as a name the lexicon knows whole:
    # one known product, or one of these names of several words, lower case as typed in the
    # nominative ("toilet paper", "cottage cheese", "туалетная бумага", "корм для кота"); any
    # other word beside the product ("yes milk", "this cheese", "вот гречка", "наш хлеб") asks
    alone_names: Words = _NONE
    # … a known product's word that said alone names no purchase: a dish served or cooked
    # ("голубцы", "lasagna") or a diminutive one calls a person or a pet by ("пирожочек")
    alone_not_names: Words = _NONE
    # … and a product's word one also calls a person by, which said alone asks ("honey")
    alone_address_words: Words = _NONE
    # The irregular past of a buying or getting verb in a verbless list tells its products
    # bought, no list ("bought cheese, ham and grapes", "got the rice"); a regular one is read
    # from the verb itself ("picked", "grabbed": ``OpenWorldWords.past_endings``)
    bought_pasts: Words = _NONE
    # A run-out report said after its product, the whole text ("toilet paper ran out", "the
    # coffee's run out", "cereal is finished", "сметана is out"): the state closing it …
    ran_out_states: Words = _NONE
    # … a verb that may come before the state ("ran out", "has run out") …
    ran_out_verbs: Words = _NONE
    # … a link before either ("is finished", "have run out") …
    ran_out_copulas: Words = _NONE
    # … or the link glued onto the product's last word ("coffee's gone": the suffix) …
    ran_out_clitics: tuple[str, ...] = ()
    # … and what may close the text after the state besides a courtesy ("… again", "ugh")
    ran_out_tails: Words = _NONE
    # words of a comment said around a run-out, never part of what ran out (spellings):
    # interjections, "again" and its misspellings ("we're out of eggs agian ugh", "ugh гречка
    # закончилась", "out of milk and eggs again"); dropped where they stand, the products
    # around them kept
    run_out_comments: Words = _NONE
    # … and comments of several words, dropped the same way: "as usual" ("закончились яйца и
    # как всегда молоко", "out of milk and coffee as usual")
    run_out_comment_phrases: tuple[tuple[str, ...], ...] = ()
    # words of a remark after a run-out's mark: evaluations, a guess, the speaker, a pronoun
    # of what ran out, a question word ("ran out of coffee, nightmare", "out of eggs, guess
    # it's cereal", "…, darkest moment of my life", "…, the kids drank it all"): that piece
    # and all after it cut (Russian verbs and pronouns are read by their part of speech)
    run_out_remarks: Words = _NONE
    # A run-out told as a complaint asks nothing (``_runout_complaints``; the wording corpus's
    # authors label "ugh we're out of milk again, who keeps drinking it" no request, the bare
    # "we're out of toilet paper AGAIN" one): a word of the run-out's coming back, the anchor
    # (spellings: "again", "опять") …
    run_out_repeats: Words = _NONE
    # … with a word of exasperation ("ugh", "seriously", "блин") …
    run_out_exasperations: Words = _NONE
    # … or one of several words ("сколько можно", "ну что такое", "как так", "third time") …
    run_out_complaint_phrases: tuple[tuple[str, ...], ...] = ()
    # … or a question word or a subject no one names, told after the run-out ("…, who keeps
    # drinking it", "…, someone keeps eating it", "кто его пьёт вообще", "никто не
    # признается"; not "I think", "he said", "I checked": a hedge, a relay, a check) …
    run_out_told_subjects: Words = _NONE
    # … or a verb of eating or drinking it up, spellings and Russian lemmas ("…, mijo ate it
    # all", "Jack drinks three a day", "пьют как не в себя", "Олег всё выпил")
    run_out_consumers: Words = _NONE
    # a phrase that says the run-out comes back, as "again" does ("that's the third time
    # this week …", "каждый раз одно и то же")
    run_out_repeat_phrases: tuple[tuple[str, ...], ...] = ()
    # a run-out asked as a question, no request: a doubt opening it or a tag closing it
    # ("неужели опять закончилась туалетная бумага", "молоко закончилось или нет")
    run_out_doubt_openers: Words = _NONE
    # a run-out set at its moment of the day and told with a remark is a story, no request
    # ("ran out of coffee this morning, nightmare", "we ran out of coffee at 3am, darkest
    # moment of my life", "ну вот, соль кончилась прямо посреди готовки"; a bare "we ran out
    # of milk this morning" asks, as a bare "молоко кончилось вчера" does): the moment …
    run_out_moments: tuple[tuple[str, ...], ...] = ()
    # … or a clock's time after one of these ("at 3am")
    run_out_clock_preps: Words = _NONE
    run_out_question_tags: tuple[tuple[str, ...], ...] = ()
    # … and what makes a piece after a Russian run-out's mark one more product: a link or
    # "also" ("хлеб закончился, и масло тоже", "сыр закончился, колбаса тоже")
    run_out_also: Words = _NONE
    # … or a preposition of purpose right after the piece's first noun, a thing named with
    # what it is for ("шампунь закончился, гель для душа")
    run_out_purposes: Words = _NONE
    # what runs out but no shop sells, said as a run-out's product (no item: asked): a supply
    # of the home, a qualifier and what it qualifies closing the product ("у нас кончилась
    # горячая вода", "we're out of hot water"; "вода питьевая", "hot water bottles" are bought)
    run_out_supply_qualifiers: Words = _NONE
    run_out_supplies: Words = _NONE
    # … a device's charge: a word of the charge with a rechargeable device said in the
    # run-out's words ("батарейка на телефоне закончилась", "my laptop battery is out";
    # "батарейки для пульта закончились", "кончилась батарейка в часах" buy: batteries for
    # what is not recharged)
    run_out_charges: Words = _NONE
    run_out_charged: Words = _NONE
    # … and a possessive before the product, which tells someone's serving, no household's
    # stock ("my coffee ran out", "his milk is gone"): such a report asks
    ran_out_possessives: Words = _NONE
    # heads of household consumables a run-out report names, besides the known products
    # ("toilet paper", "cat litter", "laundry pods", "туалетная бумага")
    consumable_heads: Words = _NONE
    # A need or a run-out told plainly, the whole text, reported by a member or not
    # (``_runouts_told``: "no more bread", "no ice left in the freezer", "eggs are gone",
    # "хлеба нет", "нет больше влажных салфеток", "Alex says we've got no bread left"): a
    # word of absence before the product, or after it in Russian ("no", "нет", "нету") …
    told_absences: Words = _NONE
    # … "more" right after it ("no more rice", "нет больше яиц") or "left" closing the
    # product ("no ice left") …
    told_more: Words = _NONE
    told_left: Words = _NONE
    # … the household holding it, said first ("we've got no …", "there's no more …", "у нас
    # нет …") …
    told_holders: tuple[tuple[str, ...], ...] = ()
    # … adverbs of degree or repetition anywhere around it ("совсем", "вообще", "уже",
    # "again", "all") and words closing the text after it ("срочно", "fyi", "help", "ugh") …
    told_adverbs: Words = _NONE
    told_tails: Words = _NONE
    # … words opening the text before it ("right", "всё", "ой") …
    told_openers: Words = _NONE
    # … a member or kin who told it, a verb of saying and its complementiser ("dad says
    # there's no more loo roll", "Ольга говорит, что …"), with the teller's possessive before
    # the product ("grandad says his denture tablets ran out": his stock is the household's) …
    told_reporters: Words = _NONE
    told_complementisers: Words = _NONE
    told_teller_owners: Words = _NONE
    # … read again after the buying verb of its language ("buy", "купи"), a Russian product
    # in the genitive (a feminine singular spelt as a plural, by these endings, read back to
    # its nominative: "картошки нет" → "картошка"), a second product after a link ("картошки
    # нет и лука"), "ни" and a word closing the absence ("ни рулончика") …
    told_buy_en: str = ""
    told_buy_ru: str = ""
    told_genitive_endings: str = ""
    told_feminine_endings: str = ""
    told_links: Words = _NONE
    told_none_of: Words = _NONE
    # … a place of the home closing it after a preposition ("in the kids' bathroom", "under
    # the sink", "в холодильнике"): where the stock was, no part of the product …
    told_place_preps: Words = _NONE
    told_home_places: Words = _NONE
    # … and a dish that is served or cooked, which a state alone ("out", "finished") tells of
    # the oven or the table ("the cake is out", "the chicken is finished"): no purchase
    told_dishes: Words = _NONE
    told_dish_states: Words = _NONE  # "out", "finished", "empty" (not "gone")
    # … which, with no verb, tell a run-out only of a consumable or one of these goods of the
    # household, no food ("shampoo's out"; "butter is finished" tells food eaten or served)
    told_goods_heads: Words = _NONE
    # states read besides ``ran_out_states`` ("Rice is over", "dog food is running low"), and
    # verbs of going on before one, which tell it used up as "ran" does
    told_states: Words = _NONE
    told_low_verbs: Words = _NONE
    # a Russian state of two words closing the report after a product in the nominative
    # ("Кофе на исходе")
    told_low_pairs: frozenset[tuple[str, str]] = frozenset()
    # states said only after a link or a verb ("milk is finished"; "the dishwasher finished"
    # is the machine's cycle, told by its verb)
    told_linked_states: Words = _NONE
    # a head that names a product only after a word of its kind ("cat food", "hamster food";
    # "the food ran out" tells of a meal)
    told_kind_heads: Words = _NONE
    told_food_kinds: Words = _NONE
    # a member's or kin's want of products, the whole text ("Jack wants bananas"): the verb,
    # and words that open a wanted deed or state, no product ("wants the bathroom …" is read
    # by its missing product; "wants everyone …", "wants some help")
    relayed_wants: Words = _NONE
    told_wanted_deeds: Words = _NONE
    # before a Russian need said last, a word that tells as much as needed, no list ("и
    # сахару шо надо")
    closing_need_stops: Words = _NONE
    # A purchase said by its noun in an official's words (``_runouts_told.purchase_by_noun``:
    # "Требуется закупка картофеля в объёме 3 кг", "Прошу обеспечить закупку …: яблоки 1 кг,
    # мука"): the noun (lemmas) …
    purchase_nouns: Words = _NONE
    # … a noun of presence, a purchase only after a verb of providing ("обеспечить наличие
    # молока") …
    presence_nouns: Words = _NONE
    provide_verbs: Words = _NONE  # lemmas: "обеспечить", "организовать"
    # … the frame words that alone may come before it (lemmas: a need, a courtesy) …
    purchase_frames: Words = _NONE
    # … and the link of a measure after it, dropped ("в объёме 3 кг")
    purchase_measure_links: frozenset[tuple[str, str]] = frozenset()
    # A short heading before such a list, closed by one of these marks ("по дому: молоко 2 л,
    # творог", "for the weekend - crisps, dips and salsa"); the heading may hold no verb but a
    # memo verb ("не забыть — …", "don't forget: …")
    list_heading_marks: Words = _NONE
    list_heading_verbs: Words = _NONE
    # spellings of a verb relaying what someone asked for or dictated, in a finite form (no
    # infinitive: "просила передать: …" relays a message; no verb of saying: "мама сказала:
    # суп в холодильнике" tells): a heading may hold one beside its teller, a member, a
    # first name or one of ``relay_tellers`` ("мама просит: …", "дочка продиктовала: …")
    relay_heading_verbs: Words = _NONE
    # those of them that ask: said right after their teller at the text's start, they close
    # the heading with no mark ("бабушка просит кефир и батон", "папа просил сыр и хлеб")
    relay_asking_verbs: Words = _NONE
    # the speaker's or the listener's own ask told, no relay ("…, я же просила", "…, ты
    # просил": ``_shopping.without_relay_tail``)
    wish_speakers: Words = _NONE
    relay_tellers: Words = _NONE  # lemmas: kin and carers whose wants a member relays
    # lemmas of animals a purchase is for, read so only in the dative ("купи коту корм")
    animal_recipients: Words = _NONE
    # a piece after the items opened by one of these says whom or what they are for
    # ("…, это Рексу", "…, that's for the party")
    pointer_words: Words = _NONE
    # remarks beside a list (``_shopping._remark_beside``): a pointer that opens a clause of
    # its own when it heads a piece set off by a mark ("…, это blocker на утро": "this is …"),
    # the speaker's own deeds the analyser reads as nouns ("…, пеку сырники": "пеку" is "пек"
    # to it), and a possessive opening an apposition to a name before it ("…for Biscuit, our
    # Labrador")
    remark_pointers: Words = _NONE
    # a comment beside the list (``_item_remarks``): subjects of no one in particular before a
    # told verb ("…, nobody drinks it"); words of a bracketed condition ("(only if …)",
    # "(если …)"); prepositions before a guest or a name in brackets ("(for the guests)");
    # guests and visitors a thing is bought for ("(для гостей)")
    remark_subjects: Words = _NONE
    aside_leads: Words = _NONE
    beneficiary_prepositions: Words = _NONE
    guest_words: Words = _NONE
    # after a noun with "'s" that is "is" ("…, the fire's nearly out"), a word of its state
    contracted_states: Words = _NONE
    # after a noun with "'s" and a word in "-ing", what shows the "-ing" word a verb, a
    # preposition, a determiner, a pronoun or an adverb ("…, Dad's coughing on his tea again";
    # "mum's baking powder" names a product); the ending itself (``_item_remarks``)
    ing_told_followers: Words = _NONE
    ing_endings: tuple[str, ...] = ()
    ed_endings: tuple[str, ...] = ()  # an English past after a name: "…, Tom used the last"
    # possessives and "the" that open a clause of its own told after the items with no mark
    # ("… a pill cutter his one broke", "add bleach the toilet is grim"; ``_shopping.
    # _before_owned_told``)
    told_owner_openers: Words = _NONE
    owned_told_stops: Words = _NONE  # before the opener, a preposition or a joiner: no clause
    # "…, Tom's favourite": whose favourite the items are, said alone after a mark, no item
    # (``_item_remarks.whose_favourite``; "Tom's favourite biscuits" names one)
    favourite_words: Words = _NONE
    # adjectives the dictionary reads as nouns, said for a product ("…, старое закончилось")
    said_for_products: Words = _NONE
    own_deed_forms: Words = _NONE
    apposition_possessives: Words = _NONE
    # words said alone between marks as speech, not names ("…. yes, I'm keeping score",
    # "…, lovely, …"), and "просто" first in a piece in lower case ("купи просто воду"); inside
    # a name they stay ("Yes To shampoo", "Lovely Day candles", "масло «Просто»")
    piece_fillers: Words = _NONE
    # a word that adds one more item after a dash ("— ещё начос", "— also guacamole")
    additive_words: Words = _NONE
    # the endings of a possessive name ("Lucy's lunches this week: …"): whose a heading is
    possessive_endings: tuple[str, ...] = ()
    plural_possessive_endings: tuple[str, ...] = ()  # "…, the kids' favourite"
    apostrophes: Words = _NONE  # said apart after a plural: "kids ' favourite"
    heading_prepositions: Words = _NONE  # a product after one names an occasion ("к чаю: …")
    # terms of address: at the end of an item, alone or after a mark or a filler word, whom
    # the speaker talks to ("…, hen", "… please mate", "…, солнышко"), no part of the item
    address_words: Words = _NONE
    # Forms of address and discourse particles of the world's Englishes (round 34): a
    # particle never a word of the request, cut from the text wherever it stands (``_address``:
    # "add po in groceries", "eggs po", "abeg …", "remind Tom po to …": Filipino, Nigerian)
    discourse_particles: Words = _NONE
    # … one cut only before a mark or the text's end ("condensed milk lah", "eggs leh, 10
    # pieces": Singapore and Malaysian); before a word it may name a dish ("lor mee")
    closing_particles: Words = _NONE
    # an honorific or a vocative said last after another word of the piece, no mark between
    # ("eggs po ma'am", "add milk sir", "add ghee ji", "buy bread o", "milk and eggs yaar")
    honorifics_said_last: Words = _NONE
    # a vocative of the British Isles ending the text right after a product, no mark
    # between ("add eggs mate", "buy bread love"): not after a determiner, a preposition or
    # a word that makes a product of it (``vocative_compound_heads``: "yerba mate", "cornish
    # hen", "kopi o": an honorific said last keeps it too)
    vocatives_said_last: Words = _NONE
    vocative_compound_heads: Words = _NONE
    # an article after which a word of address is the thing named ("buy a hen", "a pet")
    address_determiners: Words = _NONE
    # what a filler form qualifies in a product's name, so the form stays ("low sodium
    # soup", "low fat milk"; "we're low on milk" drops it)
    content_qualified: Words = _NONE
    hesitations: Words = _NONE  # a pointer said while thinking before a product ("и это ряженка")
    state_words: Words = _NONE  # a piece of nothing else tells a state: "…, Tom's nearly out"
    heading_stops: Words = _NONE  # a heading of another kind of list: "Ingredients:", "Меню:"
    # a measure per time is a rate, not a purchase ("два литра воды в день", "3 pints a week")
    bare_list_rates: Words = _NONE
    # a correction said on the fly: what follows replaces what it corrects ("кефир нет ряженку")
    correction_words: Words = _NONE
    # a word that names what the item replaces, no item itself: alone or before a pronoun
    # ("возьми вместо неё пасту", "add cranberry juice instead"), before its noun in the
    # genitive ("вместо йогурта") or past a link (``substitution_links``: "instead of chips")
    substitutions: Words = _NONE
    substitution_links: Words = _NONE  # English: after a substitution, the replaced one follows
    # a negation after a product, before a need word or a buying verb, that refuses it ("кефир
    # не надо", "chips don't get"): the imperative's or the need's, not a third person's
    refusals: Words = _NONE
    fused_refusals: Words = _NONE  # a refusal and its need typed as one word: "ненадо"
    # a word closing each product of a list that ticks it yes or no ("bread yes, milk no")
    tally_yes: Words = _NONE
    tally_no: Words = _NONE
    # a correction word that marks one only before the second of a pair ("make that …",
    # "scratch that"; "make" alone is no mark)
    correction_pairs: frozenset[tuple[str, str]] = frozenset()
    # a correction word that is an answer ("no"): a mark only before a mark of punctuation or
    # another correction word ("…, no, …", "no wait"), or between two numbers ("three no four");
    # "milk, no sugar" asks for no sugar
    correction_answers: Words = _NONE
    # a preposition said right after a buying verb and the case of the noun it governs when it
    # tells what for, where to or for how long, before the product: "купи в школу тетради",
    # "на месяц корм", "к чаю печенье", "под пиво чипсы" ("в пакете", a place, is no purpose)
    purpose_prepositions: Mapping[str, str] = field(default_factory=_no_map)
    # a reason told after the items ends them: "…, а то зима на носу"
    reason_openers: frozenset[tuple[str, str]] = frozenset()
    # a condition said after the items ends them: "…, если не сложно", "… if they have any"
    condition_words: Words = _NONE
    # one product named with "and" inside it ("mac and cheese", "sweet 'n' sour"): the words
    # on either side of the joiner
    joined_names: frozenset[tuple[str, str]] = frozenset()
    # the size of one pack, typed onto its number or after an article ("a 24-pack of water",
    # "a 6 pack of La Croix", "a 2-count of sponges"): no part of the name, no quantity
    pack_sizes: Words = _NONE
    # where in the home a purchase goes is no part of it: "лампочки в ванную", "a mop for the
    # kitchen" (one of these before one of the household's zones, after the product)
    destination_prepositions: Words = _NONE
    # the particle of a verb said after its object ("put paper towels back on the list",
    # "add milk back"): said last in an item, no word of the product ("back scrubber" keeps it)
    object_particles: Words = _NONE
    # a place outside the home a purchase is taken to, by lemma, after such a preposition and
    # a word of the item: "тетради в клетку Пете в школу", "йогурты на перекус в садик",
    # "juice boxes for school" (what it is for, no part of the product)
    outside_places: Words = _NONE
    # common products, lower case, singular and plural: a word one edit from exactly one of
    # them is that product misspelt ("oatmeel", "avacado"; ``_products``)
    known_products: Words = _NONE
    # products whose kind or variety is named by a noun said after them ("сыр косичка",
    # "мороженое пломбир", "майонез провансаль", "соус барбекю"; by lemma): a noun after one
    # that is no known product names its variety, no item of its own
    variety_heads: Words = _NONE
    # nouns that name what grows or is made of the product named after them, in the
    # genitive ("саженцы малины", "семена укропа", "рассада томатов"; by lemma): the noun
    # after one is its complement, whatever case is likelier, no item of its own
    complement_heads: Words = _NONE
    # products named by one, two or three words, each of them a known product or none
    # ("peanut butter", "fish fingers", "kitchen roll", "conditioner"): a run of products
    # typed without commas is split only between these and ``known_products``
    # (``_shopping._split_product_run``)
    product_phrases: frozenset[tuple[str, ...]] = frozenset()
    # a word naming a flavour, a meat, a fruit or a grain, and the products such a word names
    # a kind of ("chocolate ice cream", "pork sausages", "rice milk"): two known products so
    # said are one product, no run to split (``_shopping._modifies``)
    kind_words: Words = _NONE
    kind_heads: Words = _NONE
    # Where a thing is bought is no part of it: "хлеб в Ашане", "bread in Aldi"; a shop (its
    # kind or its chain, by lemma or spelling) within a few words after one of these ends a name.
    shop_prepositions: Words = _NONE
    shops: Words = _NONE
    # a shop's chain named by one word in Latin letters no ``shops`` entry holds, after one of
    # these ("пельмени в Netto", "в netto", "hummus in Alphamega"; ``_shopping._chain_after``)
    chain_prepositions: Words = _NONE
    # A verbless list said with a cue that it is to buy (``_cued_lists``, issue #12 round 28):
    # ``cue_courtesies`` after the products ("loo roll & bin bags pls", "молоко, хлеб
    # пожалуйста"); ``cue_buying_verbs``, one a language, the list read as asked ("buy",
    # "купи"); ``cue_heading_nouns``, what a heading before ":" or a dash calls the products
    # ("a few bits from tesco: …", "just the basics - …"); ``cue_list_all``, "all" before a
    # list named last ("…, всё в хозтовары"); ``cue_list_links``, the preposition before a
    # list named at an edge ("в продукты …", "… - for costco"); ``cue_arrows``, a mark that
    # points at a list ("… → хозтовары"); ``cue_need_phrases``, a need said in the
    # progressive or the future ("we're needing …", "we'll want …"), each read as its value
    # ("we need"); ``cue_corrections``, a correction after a verbless list ("…, no wait,
    # make that three", "… то есть …").
    cue_courtesies: Words = _NONE
    cue_buying_verbs: Words = _NONE
    # A request put to whoever goes somewhere (``_errand_runners``, issue #12 round 35): the
    # question word that opens it (``errand_askers``: "кто"), a verb of going or being after
    # it in the future or present (``errand_goings``, spellings: "пойдёт", "будет
    # проходить"; "был" tells the past), the preposition before
    # the place (``errand_links``: "в", "мимо", "рядом"): "кто пойдёт в пятёрочку — бананы".
    errand_askers: Words = _NONE
    errand_goings: Words = _NONE
    errand_links: Words = _NONE
    # what is someone's, said after the opener: taken along, not bought ("возьмите мою карту")
    errand_takings: Words = _NONE
    cue_heading_nouns: Words = _NONE
    cue_list_all: Words = _NONE
    cue_list_links: Words = _NONE
    cue_arrows: Words = _NONE
    # a kind of list households keep apart, named by its kind where the household has no
    # list called so ("в хозтовары губки", "… в хозтовары", "хозтовары: …"): a list named
    # and not known, so the list is asked (SPEC §4.1; ``_cued_lists``, ``_shopping``)
    list_kinds: Words = _NONE
    # a way or a going right before the preposition makes the kind a destination, no list
    # ("по дороге в хозтовары купи хлеб", "on the way to pharmacy"; with
    # ``TriggerWords.fetch_verbs``: "зайди в хозтовары")
    kind_route_words: Words = _NONE
    # the prepositions before a noun that calls a list by what it holds (``cue_heading_nouns``)
    # that put a placing verb's products on that list ("put chicken nuggets on groceries")
    list_noun_links: Words = _NONE
    cue_need_phrases: Mapping[str, str] = field(default_factory=_no_map)
    cue_corrections: tuple[tuple[str, ...], ...] = ()
    # English verbs that tell rather than list (auxiliaries, copulas, modals, reports): none
    # may stand in a cued list's first item ("costco was packed today")
    cue_told_verbs: Words = _NONE
    # the link before a party's size that ends what a courtesy asks for: no product but a
    # table or a room ("a table for two please", "столик на двоих пожалуйста")
    cue_party_links: Words = _NONE
    # what may follow a courtesy that closes a cued list: a subordinator before a comment or
    # a word of address ("… pls before i lose it", "… please dear"); and the links that,
    # before it, name a list the household lacks ("… to Hardware store please")
    cue_after_courtesy: Words = _NONE
    cue_courtesy_stops: Words = _NONE
    # the joiners that carry a cued list on past its courtesy ("wipes please and a bottle …")
    cue_joiners: Words = _NONE
    # a placing verb's particle closing the clause after a product in a pack, the list left
    # unsaid ("put a bottle of Irn Bru on, …"): the list said (``cue_unsaid_list``), the
    # packs (unit codes) that make it a product
    cue_put_particles: Words = _NONE
    # copulas: a verbless list measured holds none ("2 lbs of ground beef is way too much"
    # tells of it, ``_shopping.read_bare_list``)
    cue_copulas: Words = _NONE
    # the first words of ``cue_need_phrases`` (a cheap first test)
    cue_need_starts: Words = _NONE
    # the link after such a need that makes it a plan ("we'll want to be there by 6")
    cue_need_links: Words = _NONE
    # a negation before a product a courtesy closes ("no onions please"): no purchase
    cue_negations: Words = _NONE
    # the speaker as the one served, before a courtesy: a favour asked at the table or of the
    # listener, no list ("pour me some juice pls", "налей мне чаю, пожалуйста")
    cue_favour_objects: Words = _NONE
    # a serving asked for, not a product to buy ("cup of tea pls", "чашку чая пожалуйста");
    # ``cue_of``: the English link after it
    cue_servings: Words = _NONE
    cue_of: Words = _NONE
    # a place measured products are in, told ("… in the freezer", "… left", "в шкафу": a
    # Russian preposition before a noun in the locative): stock, no purchase
    cue_place_words: Words = _NONE
    cue_place_prepositions: Words = _NONE
    cue_unsaid_list: str = ""
    cue_packed_units: Words = _NONE
    product_vowels: Words = _NONE  # letters a typist slips between, drops or adds ("oatmeel")
    # two letters spelling one sound, whose first a typist drops or adds ("chiken", "crakers")
    product_digraphs: Words = _NONE
    # letters spelling one sound, each (typed, heard), read in order when a product's last
    # word is compared by its sound ("peetsa" sounds as "pizza", "serial" as "cereal")
    product_sound_spellings: tuple[tuple[str, str], ...] = ()
    # vowel letters spelling the sound of the vowel after the colon ("ee:i": "peetsa" is "pi…")
    product_vowel_sounds: Mapping[str, str] = field(default_factory=_no_map)
    # a silent ending after a vowel and a consonant, with what is heard of it: the vowel is
    # long ("nales" sounds as "nails", "cake")
    product_silent_endings: Mapping[str, str] = field(default_factory=_no_map)
    product_plurals: tuple[str, ...] = ()  # a known product's plural is no typo ("pizzas")
    # products a misspelt word is repaired to besides ``known_products`` ("nugets", "hamer"),
    # which no other reading asks for: a text naming one reads as before
    spelling_products: Words = _NONE
    # Speech around a verbless list (``_spoken_lists``). ``speech_consequences``: after a
    # clause, the word that leads to the list it is the consequence of ("kids want pancakes
    # so eggs, flour …", "Маша простыла так лимонов …", "…, так что 3 кг крылышек …"; a
    # Russian "что" right after is the word's own)
    speech_consequences: Words = _NONE
    # words that may open the text before a memory aside ("так, пока не забыла …", "ещё,
    # пока помню, …", "oh and, before I forget, …")
    speech_openers: Words = _NONE
    # an aside on the speaker's memory before the list: one of ``memory_leads``, at most
    # two words, then one of ``memory_verbs`` ("пока помню", "пока не забыла", "while I
    # remember", "before I forget")
    memory_leads: Words = _NONE
    memory_verbs: Words = _NONE
    # a courtesy or a reminder said among or after the items ("десяток яиц будь добра и …",
    # "яиц два десятка не забудь", "…, don't forget"): no word of any item
    speech_courtesies: tuple[tuple[str, ...], ...] = ()
    # the speaker searching her memory among the items, set off by a pause or a mark
    # ("хлеб и… и что-то ещё было… а, яйца", "bin bags and erm what else, fairy liquid"): no
    # word of any item; ``recall_words`` said with a comma after such a search ("… а, яйца",
    # "…, oh, hoover bags") are her finding the next one
    search_fillers: tuple[tuple[str, ...], ...] = ()
    recall_words: Words = _NONE
    # a remark after a measured list that tells the speaker's own project the products are
    # for (``_spoken_lists._project_told``): a predicative with an infinitive ("…, деревья
    # белить пора"); a Russian verb in the first person or a past with no subject is read
    # from the morphology ("…, огурцы в мае сажаю", "…, сварку затеял")
    project_predicatives: Words = _NONE
    # a time a project in the present is planned for (by spelling or lemma: "…, огурцы в
    # мае сажаю", "…, засолку готовлю заранее"); a present with none tells what is being
    # done now ("100 грамм масла, растапливаю …": a recipe's step)
    project_times: Words = _NONE
    # a past of taking a project up (by spelling or lemma: "…, сварку затеял", "…, ремонт
    # задумали"); any other past tells a deed done ("…, выкопали на даче")
    project_starts: Words = _NONE
    # a word that insists on an item named again after the list ("…. бананы обязательно",
    # "…, milk especially"): the piece is a remark, no item of its own
    insisting_words: Words = _NONE
    # a list opened by an object in a form only the accusative has (``_shopping.
    # _object_said``: "зарядку для телефона"): the nominative's ending and the accusative's
    # of each declension that has one of its own ("-а" → "-у"), and the prepositions the
    # object's own name may take ("для", "без"); any other tells where it goes (an errand)
    object_endings: tuple[tuple[str, str], ...] = ()
    object_links: Words = _NONE
    # a need said last after a list with no verb, as a note is dictated ("loo roll and
    # kitchen roll need", "milk needed"): read as said first ("need loo roll and …");
    # ``need_said_first`` is the word it is read with
    closing_needs: Words = _NONE
    need_said_first: str = ""
    # before such a need, words no product is named with: an amount of nothing or of
    # anything, a verb's particle, help ("Stand down, nothing needed", "help needed")
    need_last_stops: Words = _NONE
    # what makes a need, in a remark after the list or a reason before it (by spelling or
    # lemma): something eaten, drunk, used up, run out, broken, lost, or someone fallen ill
    # ("…, Маруся вчера всё доела", "…, the kids go through it like water", "Маша простыла,
    # так что …"); a remark that tells any other deed done or doing ("…, мы пообедали", "…,
    # the kids loved it", "…, мы ужинаем") is a story
    need_events: Words = _NONE
    # a day to come, in a remark or a reason ("…, Jack's bake sale is tomorrow", "Tom's
    # birthday friday so …"; by spelling or lemma)
    coming_days: Words = _NONE
    future_subjects: Words = _NONE  # a subject fused with "will": "…, we'll need it Friday"
    speech_closers: Words = _NONE  # a word closing the list said last: "…. всё", "…, done"
    # a past told in a reason before the list: it is a story, no reason to buy ("we had
    # guests over so …", "вчера был праздник, поэтому …"; with English regular pasts and
    # Russian pasts of no ``need_events``)
    past_leads: Words = _NONE
    # a remark after the list is about someone: it opens with a person (beside a first
    # name, ``told_subjects`` after a ``told_determiners`` word or none, and these pronouns:
    # "…, I'm gonna die", "…, он просил") and holds a clause ("…, the kids go through it")
    remark_persons: Words = _NONE
    # in a remark after the list, words that tell the products had, bought, found or not
    # wanted ("…, we have plenty", "…, всё есть", "…, the fridge is full", "…, всё в
    # холодильнике лежит"): the list is told, not asked for (by spelling or lemma)
    settled_words: Words = _NONE
    # derived
    phrasal_firsts: Words = field(init=False, repr=False, compare=False)
    phrasal_seconds: Words = field(init=False, repr=False, compare=False)
    reason_starts: Words = field(init=False, repr=False, compare=False)
    joined_starts: Words = field(init=False, repr=False, compare=False)  # joined names' firsts
    correction_starts: Words = field(init=False, repr=False, compare=False)  # pairs' firsts
    repair_targets: Words = field(init=False, repr=False, compare=False)  # known + spelling
    # each known product and each of its one-letter deletions: the products it comes from
    product_deletions: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    # what tells a report on a product (a clause's word or link, a subject, a state) and what
    # ends the product's name in it (those, filler, a conjunction, a shop or its preposition):
    # ``_shopping._referred``
    report_words: Words = field(init=False, repr=False, compare=False)
    name_stops: Words = field(init=False, repr=False, compare=False)
    run_out_tag_firsts: Words = field(init=False, repr=False, compare=False)  # "или", "or"
    run_out_repeat_firsts: Words = field(init=False, repr=False, compare=False)  # "third"
    run_out_moment_firsts: Words = field(init=False, repr=False, compare=False)  # "this", "at"

    def __post_init__(self) -> None:
        _set(self, "reason_starts", frozenset(first for first, _ in self.reason_openers))
        _set(self, "joined_starts", frozenset(first for first, _ in self.joined_names))
        _set(self, "correction_starts", frozenset(first for first, _ in self.correction_pairs))
        reports = self.clause_words | self.clause_links | self.subject_pronouns | self.state_words
        _set(self, "report_words", reports)
        _set(
            self,
            "name_stops",
            reports | self.item_filler | self.item_filler_forms | self.clause_conjunctions
            | self.shop_prepositions | self.shops,
        )  # fmt: skip
        index: dict[str, set[str]] = {}
        _set(self, "repair_targets", self.known_products | self.spelling_products)
        for product in self.repair_targets:
            index.setdefault(product, set()).add(product)
            for k in range(len(product)):
                index.setdefault(product[:k] + product[k + 1 :], set()).add(product)
        _set(
            self,
            "product_deletions",
            MappingProxyType({key: frozenset(found) for key, found in index.items()}),
        )
        _set(self, "phrasal_firsts", frozenset(first for first, _ in self.phrasal_verbs))
        _set(self, "run_out_tag_firsts", frozenset(tag[0] for tag in self.run_out_question_tags))
        _set(self, "run_out_repeat_firsts", frozenset(p[0] for p in self.run_out_repeat_phrases))
        _set(
            self,
            "run_out_moment_firsts",
            frozenset(moment[0] for moment in self.run_out_moments) | self.run_out_clock_preps,
        )
        _set(self, "phrasal_seconds", frozenset(second for _, second in self.phrasal_verbs))


@dataclass(frozen=True, slots=True)
class TaskWords:
    """Scaffolding around a task's title, and how assignees are named."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    scaffold_leading: Words = _NONE  # spellings or lemmas cut from a title's start
    visit_particles: Words = _NONE  # "let the plumber in": a person let in is no doer
    stranded: Words = _NONE  # prepositions never a particle: "… for [next week]" ends no title
    trailing: Words = _NONE  # cut from a title's end
    # a tag question closing the command, cut from a title's end after a mark: its modal,
    # with the one spoken to after it ("…, can you", "…, would ya", "…, сможешь")
    tag_modals: Words = _NONE
    tag_addressees: Words = _NONE
    self_words: Words = _NONE  # the requester: "мне", "me"
    # words that only soften or stress ("просто", "just"): a title of these alone, with the
    # remind verb said again and whom it reminds, is no title ("напомни через 15 минут,
    # просто напомни" asks the title, as "напомни через 15 минут" does; ``_tasks._trimmed``)
    title_fillers: Words = _NONE
    # a second request joined to the first (``_two_requests``): after a clause mark, "а", "и",
    # "and" ("купи батарейки, а Дима пусть отвезёт продукты"); "плюс", "plus" with none
    request_joiners: Words = _NONE
    bare_request_joiners: Words = _NONE
    # right after such a joiner, a frame that opens a request of its own ("…, и не забыть —
    # записать Петю …", "and remind Tom …"); a member or a list named there opens one too
    request_cues: Words = _NONE
    # a report in the text: no second request is split off ("я попросила Петю купить
    # батарейки, а Машу — полить фиалки, они сделали"; a Russian past verb, not after a
    # conditional particle, is one too)
    request_reports: Words = _NONE
    not_people: Words = _NONE  # never an unknown assignee's name
    assignee_prepositions: Words = _NONE  # cut with the member: "для Маши", "for Tom"
    after_assignee: Words = _NONE  # cut after the member: "Tom," "Tom's"
    stand_in_words: Words = _NONE  # the member let off: "вместо Маши", "instead of Lucy"
    stand_in_links: Words = _NONE  # "instead [of] Lucy"
    person_openers: Words = _NONE  # spellings before an unknown name: "ask Mike to"
    person_followers: Words = _NONE  # … and after it
    person_opener_lemmas: Words = _NONE  # lemmas before an unknown dictionary name
    # indefinite and collective words that name no member: right after a delegating verb
    # ("поручи кому-нибудь …", "ask someone to …") the doer is no one in the household the
    # rules can name, asked
    unnamed_doers: Words = _NONE
    # a word that calls one person by affection, not by name, opening the command or right
    # after an opener ("honey could you water the plants …", "babe please mop the kitchen",
    # "зай, вынеси мусор"): the one called is asked, but the rules cannot tell which member
    # it is, so the task asks who (``_outsiders_called``)
    called_endearments: Words = _NONE
    # after a person asked by the member spoken to, a word saying what about ("Tom, ask the
    # neighbour about the ladder"): the asking is the member's deed, no outsider's
    asked_about_preps: Words = _NONE
    # after the deed's verb, a person after these is where, whose, to or from whom, not who:
    # "проверить у папы давление", "сходить к бабушке", "украсить кухню к Ураза-байраму"
    non_doer_prepositions: Words = _NONE
    coordinators: Words = _NONE  # "Sam and Mike": a second doer named beside the member
    person_nouns: Words = _NONE  # lemmas: "напомни няне …", "ask the babysitter …": no member
    person_determiners: Words = _NONE  # may stand between a frame and such a noun: "the", "my"
    # an English possessive's endings on a name before such a noun: "ask Kate's sister to …"
    # is her sister, no member, even when Kate is one
    owner_endings: tuple[str, ...] = ()
    # people a possessive may own, who are then the ones asked ("have the neighbour's kid walk
    # the dog"); any other word owned is whose thing it is ("make Dad's lunch": no doer read;
    # ``_tasks._owner_of_next``)
    owned_people: Words = _NONE
    # so may a possessive made from a capitalised first name ("напомни Олиной маме …")
    name_possessive_endings: tuple[str, ...] = ()
    doer_links: Words = _NONE  # after such a noun opening the clause, it does it: "needs"
    # courtesy said between a verb that passes a task on and its member ("напомни,
    # пожалуйста, Пете …", "remind, please, Lucy …"): read past it
    relay_courtesies: Words = _NONE
    # verbs that pass words on ("tell", "сказать", "передать"; spellings and lemmas): after a
    # member called, such an imperative, a second member and no deed (no infinitive, "to",
    # "чтобы") tells a message ("Lucy, tell Jack thanks", "Маша, передай Пете, что …")
    message_verbs: Words = _NONE
    message_deed_links: Words = _NONE  # what opens a deed after the member told: "to", "чтобы"
    # A message relayed (``_relayed_messages``): before ``message_verbs`` heading the command,
    # words that only ask politely or report who sent it ("can you tell Tom …", "pls tell …",
    # "Tom said to tell you …"); after the verb, whom it goes to when no member is named: a
    # pronoun ("tell her …", "… to tell you …"), or any name that is none of ``message_no_one``
    # ("tell sam …"; "tell a joke", "tell the list …", "tell everyone …" name no one)
    message_preludes: Words = _NONE
    message_reports: Words = _NONE  # "said", "asked", "wants": someone sends the message
    message_pronouns: Words = _NONE  # "him", "her", "them", "you"
    message_no_one: Words = _NONE
    # a person's progressive before a chore's or an errand's gerund asks the deed ("tell Tom
    # he's picking up the kids"; "his tea is getting cold" tells a state): the contracted
    # subject, or the subject before one of ``message_progressives``
    # a wish or a greeting said first in the message ("tell Tom thanks for the help", "tell
    # Petya hi"): never the verb of a deed ("thank grandma …" is one), whatever comes after
    message_wishes: Words = _NONE
    # praise said first in two words ("well done", "good job"): as ``message_wishes``
    message_praises: frozenset[tuple[str, ...]] = frozenset()
    # what "to" opens when it is no deed: a place or a group ("welcome to the team", "went
    # to bed"), and the states whose "to" tells a purpose ("dinner is ready to eat")
    message_to_places: Words = _NONE
    message_to_states: Words = _NONE
    # after a negation, the words that still ask ("don't forget to …" reminds)
    message_unnegated: Words = _NONE
    # words that may join a list of products passed on ("tell tom milk and eggs please")
    message_list_fillers: Words = _NONE
    # the speaker's own telling reported as done ("I already told tom to clean his room", "я
    # уже сказала пете вынести мусор"): its subject, the adverb of a deed done before the
    # verb, and the English past of ``message_verbs`` (a Russian one is read by its tense);
    # without the adverb an assignment is told and asked ("я сказала Маше помыть посуду")
    message_tellers: Words = _NONE
    message_report_adverbs: Words = _NONE
    message_pasts: Words = _NONE
    message_doers: Words = _NONE
    message_subjects: Words = _NONE
    message_progressives: Words = _NONE
    # of ``message_verbs``, those that also hand a thing over ("передай Пете ключи"): a
    # message only when a mark and one of ``message_openers`` ("что", "that") follow the member
    handover_verbs: Words = _NONE
    message_openers: Words = _NONE
    # an English event told after a chore and a mark ("…, guests arrive at 3", "…, the dog
    # ripped it"): its subject's optional determiner, the subject (a person or a pet), and a
    # finite verb right after it; the title ends at the mark (``_tasks._without_told_event``)
    event_determiners: Words = _NONE
    event_subjects: Words = _NONE
    event_verbs: Words = _NONE
    # the particle of a phrasal deed after a doer's link ("pick up", "put away"): in a name
    # written in lower case, then its link, the verb before such a particle, with an object
    # opened by one of ``deed_object_openers`` after it, is its deed as a chore verb is ("ava
    # needs to pick up her toys"; "the trash needs to go out tonight" names no doer)
    deed_particles: Words = _NONE
    deed_object_openers: Words = _NONE  # articles and possessives: "her", "the"
    # before "that"/"this", a word that makes it a determiner, no subordinator: "…, his bike
    # and all that stuff is everywhere" tells a state (``_tasks._state_told``)
    pre_determiners: Words = _NONE
    # a feminine singular noun's or adjective's nominative ending and its accusative
    # ("лампочка" → "лампочку", "стиральная" → "стиральную"), longest first: a faulty thing
    # told in the nominative, put in the title as the deed's object (``_tasks._fault_deed``)
    accusative_endings: tuple[tuple[str, str], ...] = ()
    # lemmas of verbs that tell a thing's fault ("перегореть", "капать", "заклинить"): said
    # of a thing before "пусть <member> <verb>", the deed is done on it (``_fault_deed``)
    fault_verbs: Words = _NONE
    # after a Latin-spelt word opening a Russian clause, links that agree with a person only
    # ("Sam должен …", "Sam пусть …"); "надо"/"нужно" also follow a brand or device ("Xbox надо …")
    person_doer_links: Words = _NONE
    doer_marks: Words = _NONE  # after "for" and such a noun, it does it: "to", ":"
    # a title of respect or kinship said after a name ("Priya didi", "Raju bhaiya", "Sunita ji"):
    # part of how the person is named, not a word of the task
    name_honorifics: Words = _NONE
    # a title said before a name ("Coach Mike", "Mrs Patel"): the one named is no member
    name_titles: Words = _NONE
    put_down_dashes: Words = _NONE  # after "for" and a name, the task follows: "— water …"
    # a causative verb that has a person who is no member do a deed, the deed's bare verb
    # after it ("have the movers disassemble …") or "to" and the verb ("get the cleaner to
    # do …"): which of them takes "to" is ``TriggerWords.bare_causative_verbs``'s to say
    outsider_causatives: Words = _NONE
    # a plural doer's link, then "to": "the movers need to …", "the cleaners have to …" (after
    # a person noun only: "we need to …" is the speaker's)
    plural_doer_links: Words = _NONE
    # kin one calls a member of the household by (a parent, a spouse, a child): called before
    # a command ("мама, забери …", "dad, fix …"), never the one no member who is asked about
    called_kin: Words = _NONE
    # where a person who is no member lives or comes from, said right after the name or the
    # noun ("kyle from next door", "the lady across the road"): no member is so placed
    outsider_places: tuple[tuple[str, ...], ...] = ()
    outsider_place_openers: Words = _NONE  # the first words of ``outsider_places`` (a cheap test)
    owner_marks: Words = _NONE  # the owners' apostrophe as a token of its own: "the kids' grandma"
    subject_pronouns: Words = _NONE  # before a doer's link, no name: "u can hoover …"
    # a subject fused with its auxiliary ("I'll clean it", "we'll wash them"): before a chore
    # verb it tells who does it, as a subject pronoun does
    subject_contractions: Words = _NONE
    # how a deed is done, right after its verb (and particle): "you clean up nicely" praises a
    # look, it asks no chore of anyone
    manner_adverbs: Words = _NONE
    handover_words: Words = _NONE  # "… — give that one to Tom": who does it, after the task
    # a note a creation verb makes, cut from a title with it ("make a note for Emma to pick up
    # the photos": "Pick up the photos"; spellings and lemmas)
    note_nouns: Words = _NONE
    # the listener's possessive before a duty noun ("Lucy, your job tonight is …"; spellings)
    listener_possessives: Words = _NONE
    # a tag closing the command that names what was said a task ("…, make that a task",
    # "… set that up as her task", "…, задача Ане", "…, сделай задачей"): the words that may
    # stand between its mark and its task noun (spellings or lemmas: a creating verb, a
    # pronoun for what was said, an article, a possessive) …
    task_tag_openers: Words = _NONE
    # … and the words after the noun that tell of a task already there ("task done", "задача
    # выполнена" are told, not asked; spellings or lemmas)
    task_tag_states: Words = _NONE
    # The title ends where the speaker goes on: another sentence ("… saturday. Also …"), an
    # aside after a comma opened by its own subject or a reason ("…, it's been out since
    # Tuesday", "…, он обещал", "…, потому что …"), or a coaxing tag ("like a good lad").
    duty_nouns: Words = _NONE  # "make it Tom's job to …", "обязанность Пети —": whose duty
    # after an editing term, a member's turn told, and nothing after it ("…, no wait, it's
    # Lucy's week", "…, ой нет, сейчас очередь Пети"): the words that may open it, and the
    # spans a turn is counted in beside ``duty_nouns``; the member replaces the doer (``_restart``)
    turn_openers: Words = _NONE
    turn_spans: Words = _NONE
    intensifiers: Words = _NONE  # no part of a thing's name: "the car really needs washing"
    frame_fillers: tuple[tuple[str, ...], ...] = ()  # after a frame: "до сведения", "в известность"
    # A task's title is the chore in the user's words without what surrounds it (issue #12,
    # round 29; ``_tasks``): a courtesy said before the chore ("будь любезна", "не сочтите за
    # труд", "be a dear and") or a greeting before the member called ("доброе утро Маша,
    # вынеси мусор", "good morning Tom, …"), cut from the title's start as a whole phrase
    courtesy_openings: tuple[tuple[str, ...], ...] = ()
    # a frame said before a colon and the deed after it ("take ownership плиз: отвезти …",
    # "записать на завтра, на утро: полить …"): phrases of taking a deed on; a create, remind
    # or writing-down verb before the colon frames it too
    colon_frames: tuple[tuple[str, ...], ...] = ()
    # a negated imperative after a mark closing the text is an admonition, no part of the
    # chore ("…, и не опаздывай в этот раз", "…, and don't be late again"): the negations
    admonition_negations: Words = _NONE
    # … but a verb of forgetting after it asks a deed of its own ("…, и не забудь про
    # бутылки", "…, and don't forget the mats"): spellings or lemmas
    admonition_deeds: Words = _NONE
    # why the time was chosen, after a mark: a person's coming told ("…, Nana's coming",
    # "…, grandma is visiting"): the verbs of a visit after "'s", or after a link
    visitor_verbs: Words = _NONE
    visitor_links: Words = _NONE
    visitor_endings: tuple[str, ...] = ()  # "Nana's coming": the link glued to its subject
    # the weather the chore races, after "before" ("bring the washing in before it rains"):
    # no part of the chore; "before it fills up", "before the groceries come" stay
    weather_clauses: tuple[tuple[str, ...], ...] = ()
    # after a task noun or an assigning verb, before its doer: "таску на Кейт", "назначь на …"
    task_links: Words = _NONE
    assign_verbs: Words = _NONE  # lemmas: "назначить", "повесить" (… на Олега)
    deed_marks: Words = _NONE  # … then the deed: "to", ":", "—"
    # a preposition before a member named after a chore: whose duty it is ("посуда на Маше",
    # "мусор за Петей"; ``_clauses._chore_then_member``)
    duty_holders: Words = _NONE
    sentence_ends: Words = _NONE  # marks that end a sentence: ". ! ?"
    clause_links: Words = _NONE  # after a comma, another clause: "…, so remind me …"
    aside_marks: Words = _NONE  # marks an aside follows: ", —"
    aside_openers: Words = _NONE  # spellings that open an aside after such a mark
    # a courtesy said after the deed that closes it as a mark does when an aside opener
    # follows: "take the cleats to practice pls im on shift", "… please it's bin day"
    aside_courtesies: Words = _NONE
    # … the subjects that open such an aside ("i'm", "it's", "they"): "please as soon as you
    # get home" is a when of the deed, kept
    courtesy_aside_openers: Words = _NONE
    # … except these set off by a mark of their own: a hesitation ("…, это, кинзу", "…, это
    # самое, сыр"), the product after it still asked for
    hesitation_pointers: Words = _NONE
    # … and phrases that do: "— у меня весь день совещания", ", к сожалению, …", ", i'm afraid"
    aside_phrases: tuple[tuple[str, ...], ...] = ()
    reason_openers: Words = _NONE  # … or without it: "because", "потому что"
    # … and phrases that open a reason or a condition, anywhere after the deed: "а то
    # засохнут", "так как течёт", "or they'll miss the collection"
    reason_phrases: tuple[tuple[str, ...], ...] = ()
    # a subject and its verb in one word, opening another clause with no mark: "fix the tap
    # it's dripping again" (not after a subordinator: "check if it's working")
    clause_subjects: Words = _NONE
    # … except after a verb of saying: what is said, no clause of its own ("send a text to
    # Tom saying I'm home")
    speech_leads: Words = _NONE
    tag_openers: tuple[tuple[str, ...], ...] = ()  # a coaxing tag's first words
    aside_words: Words = _NONE  # "…, and btw what's …", "кстати": an aside begins, anywhere
    # after the deed, a word that makes a later verb part of the title ("кран, который
    # капает"): a state told with none is a comment ("раковину прочистить засорилась опять")
    subordinators: Words = _NONE
    # a finite verb telling a state or an event, a few words after a determiner opening a
    # comment after the request ("…, the smart lock keeps beeping", "…, the old one broke");
    # Russian finite verbs are read from the morphology
    comment_verbs: Words = _NONE
    # before a device's or a payment's verb in a comment, words that make it told, not asked
    # ("…, I literally can't open the door", "…, we'd have to pay a fine"); English only, a
    # Russian imperative is read from the morphology
    comment_auxiliaries: Words = _NONE
    # the listener: before a device's or a payment's verb in what follows a request, it bids
    # the assistant ("…, could you turn the heating up", "…, I need you to pay …", "…, ты
    # можешь включить свет"): a command, no comment
    comment_listeners: Words = _NONE
    # "…, Маша пусть займётся", "…, let Tom handle it": who does it said after the deed, with
    # a link word, then at most a verb of doing anything and its pronoun
    handover_links: Words = _NONE
    # after a comma, before a chore asked of a member, words that tie it to the reason said
    # before it ("Петя на тренировке, поэтому пусть Маша выгуляет собаку", "I'm beat, so Tom
    # can you do the dishes"): the chore so asked is the task (``_clauses.handed_chore``)
    chore_reason_links: Words = _NONE
    extinguished: Words = _NONE  # "put the candles out": what is put out is no chore
    # a visit, a lesson or a session a member goes to: "Маша врач 12.03 15:30" is a task
    appointments: Words = _NONE
    # spellings and lemmas: nouns naming a chore by its deed, said with what the deed is done
    # on (a Russian genitive after it: "замена фильтра", "чистка вытяжки"; English words
    # before it: "oil change", "garage cleanup") in a note putting it on a member ("замена
    # фильтра в кране — Дима, через 2 дня", "tom - oil change next week";
    # ``_clauses._chore_phrase``); alone, only ``TriggerWords.duty_heads`` make such a note
    chore_nominals: Words = _NONE
    handover_deeds: Words = _NONE  # spellings or lemmas
    # "remind me, not Tom, to …", "не Пете, а Маше": the person after one is not the doer
    person_negations: Words = _NONE
    # a comment said after the deed and its mark (``_tasks._without_remark_piece``): a season,
    # a time too far to be the deed's due, opening it ("…, весной пахать"); a word of things
    # lying about, after its noun ("…, игрушки по всему полу", "…, toys everywhere"); an
    # occasion closing a short phrase with no verb ("…, landlord inspection"; never "game",
    # "match" or "show", which name products too); spellings or lemmas
    season_words: Words = _NONE
    scatter_words: Words = _NONE
    # … but a place beside the scatter word says where the deed is done ("…, upstairs and
    # everywhere", "…, on the shelves everywhere"): spellings
    place_words: Words = _NONE
    # a deed said next ("…, потом помоет посуду"): no comment, a second deed
    sequence_words: Words = _NONE
    open_brackets: Words = _NONE  # "убрать гараж (наконец-то!)": an aside in brackets
    occasion_nouns: Words = _NONE
    # after the deed, "before" and a short phrase closed by an occasion right before the due
    # ("mop the floor before the party on saturday"): the occasion only dates the deed
    dating_prepositions: Words = _NONE
    # derived
    title_stops: Words = field(init=False, repr=False, compare=False)
    reason_starts: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )  # each reason phrase under its first word
    tag_starts: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )  # each tag under its first word
    courtesy_firsts: Words = field(init=False, repr=False, compare=False)
    colon_firsts: Words = field(init=False, repr=False, compare=False)
    weather_firsts: Words = field(init=False, repr=False, compare=False)
    aside_starts: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )  # each aside phrase under its first word

    def __post_init__(self) -> None:
        _set(self, "courtesy_firsts", frozenset(p[0] for p in self.courtesy_openings))
        _set(self, "colon_firsts", frozenset(p[0] for p in self.colon_frames))
        _set(self, "weather_firsts", frozenset(p[0] for p in self.weather_clauses))
        openers = frozenset(tag[0] for tag in self.tag_openers)
        _set(
            self,
            "tag_starts",
            MappingProxyType(
                {
                    first: tuple(tag for tag in self.tag_openers if tag[0] == first)
                    for first in openers
                }
            ),
        )
        _set(
            self,
            "aside_starts",
            MappingProxyType(
                {
                    first: tuple(p for p in self.aside_phrases if p[0] == first)
                    for first in {phrase[0] for phrase in self.aside_phrases}
                }
            ),
        )
        firsts = frozenset(phrase[0] for phrase in self.reason_phrases)
        _set(
            self,
            "reason_starts",
            MappingProxyType(
                {first: tuple(p for p in self.reason_phrases if p[0] == first) for first in firsts}
            ),
        )
        stops = (
            self.sentence_ends
            | self.aside_marks
            | self.aside_courtesies
            | self.reason_openers
            | self.aside_words
            | openers
            | firsts
            | self.clause_subjects
        )
        _set(self, "title_stops", stops)


@dataclass(frozen=True, slots=True)
class CorridorWords:
    """Requests the platform refuses: payments, device control, other households, bulk."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    pay_words: Words = _NONE
    pay_phrases: tuple[tuple[str, ...], ...] = ()  # "top up" a payment …
    pay_objects: Words = _NONE  # … of these or money: "top up my Leap card", "the electric"
    checkout_phrases: tuple[tuple[str, ...], ...] = ()  # a shop's basket paid: "check out" …
    checkout_objects: Words = _NONE  # … with one of these near: "the cart", "with the Amex"
    # a setting word after one of these is the verb's particle: "tick off the dishwasher
    # tablets" strikes an entry off, switches nothing
    crossing_verbs: Words = _NONE
    # a media or device verb after the speaker as its subject (past ``speaker_links``) is the
    # speaker's own deed, nothing switched: "can I play Minecraft", "I'll skip the gym"
    speaker_subjects: Words = _NONE
    speaker_links: Words = _NONE
    paid_forms: Words = _NONE  # an English payment told as done past one of these …
    paid_links: Words = _NONE  # … links: "already paid", "we paid"
    # before the payment verb, or before its subject, the past asked or told: "did we pay …",
    # "we didn't pay"; a payment verb after these (past at most two words) asks how it is
    # done, paying nothing: "how do I pay the water bill", "как вернуть деньги за …"
    past_auxiliaries: Words = _NONE
    how_words: Words = _NONE
    transfer_words: Words = _NONE
    money_words: Words = _NONE
    device_verbs: Words = _NONE
    device_always_verbs: Words = _NONE
    device_nouns: Words = _NONE
    # an appliance in the prepositional case, spelt out ("в кофемашине", "в чайнике", "на
    # стиральной машине": the case that says where it is done, not where something is put,
    # "в духовку"), after one of ``appliance_links``, in the clause of a verb of cooking,
    # heating or adding opening the command (``appliance_verbs``, lemmas: "свари кофе в
    # кофемашине", "подогрей молоко в мультиварке", "добавь полоскание на стиральной
    # машине"): the appliance asked to do it
    appliances_at: Words = _NONE
    # a colour setting (``colour_settings``) right before a light that is no device alone
    # (``lit_nouns``: "поменяй лампочку" replaces a bulb, a chore): "поменяй цвет лампочки в
    # гостиной на синий" sets the light; a buying or request word keeps a purchase ("купи
    # лампочку, меняющую цвет")
    colour_settings: Words = _NONE
    lit_nouns: Words = _NONE
    appliance_links: Words = _NONE
    appliance_verbs: Words = _NONE
    # of ``appliance_verbs``, those that add (``appliance_adders``: "добавить") ask the
    # appliance only with one of its programmes as their object, past adjectives
    # (``appliance_programmes``, lemmas: "добавь полоскание на стиральной машине"; "добавь
    # ополаскиватель в посудомойке кончился" is a purchase); those that cook
    # (``appliance_cooks``) ask it, with no wake word, only for a drink it makes
    # (``appliance_drinks``: "свари кофе в кофемашине") or in one that cooks alone
    # (``appliances_cooking_alone``: "испеки хлеб в хлебопечке"; "испеки пирог в духовке",
    # "завари чай в чайнике" are chores),
    # and never for someone or by a time (``appliance_for_links`` after the verb: "свари
    # пельмени в мультиварке для Пети", "приготовь ужин в духовке к семи"; a dative right
    # after the verb: "испеки Маше торт в духовке")
    appliance_adders: Words = _NONE
    appliance_programmes: Words = _NONE
    appliance_cooks: Words = _NONE
    appliance_drinks: Words = _NONE
    appliances_cooking_alone: Words = _NONE
    appliance_for_links: Words = _NONE
    # an imperative setting (lemmas) right before ``colour_settings`` ("поменяй цвет
    # лампочки"): "выбери цвет лампочки", "цвет лампочки мне не нравится" set nothing
    colour_verbs: Words = _NONE
    # device nouns spelt in Latin letters in a case no device is called in ("sveta", the
    # genitive of "svet"): first in the command before a comma it is a person ("Sveta, …")
    uncalled_devices: Words = _NONE
    switch_verbs: Words = _NONE  # "turn", "switch": control with "on"/"off" near
    # lemmas of device verbs that also include in a list: "включи в список покупок молоко"
    # (a list preposition and a list right after) adds, switching nothing
    including_verbs: Words = _NONE
    # lemmas of a genitive after a list word that still make it a list the household keeps
    # ("список продуктов", "список товаров", "список дел"); any other genitive or an
    # adjective names another list ("список воспроизведения", "список избранного")
    kept_list_genitives: Words = _NONE
    placing_verbs: Words = _NONE  # "put", "chuck": control only with "on"/"off" and a device
    switched_pronouns: Words = _NONE  # "turn it down": a switch verb, one of these …
    volume_particles: Words = _NONE  # … then one of these
    games: Words = _NONE  # played, not put on: "play a game", "play cards"
    on_off: Words = _NONE
    device_settings: Words = _NONE  # a device noun near one is control with no verb: "lights off"
    media_commands: Words = _NONE  # device control on their own: "pause", "громче"
    opening_verbs: Words = _NONE  # "open": control only of what opens
    openable: Words = _NONE
    media_verbs: Words = _NONE  # lemmas: "поставь что-нибудь из …", "play something by …"
    indefinites: Words = _NONE  # … "что-нибудь", "something" …
    media_links: Words = _NONE  # … "из", "by": whose music
    setting_links: Words = _NONE  # a device, one of these, a number: "кондей на 22"
    sequence_words: Words = _NONE  # before a media noun, a command: "next song", "следующую серию"
    broadcasts: Words = _NONE  # put on to watch: "put the football on", "put the news on"
    # ``placing_verbs`` and this particle right after them play a name ("put on Rostropovich,
    # the Bach suites"); ``media_works``: what a performer's name may be followed by ("the Bach
    # suites", "the ninth symphony"); ``media_manners``: how it is played ("quietly", "loud")
    play_on_particles: Words = _NONE
    media_works: Words = _NONE
    media_manners: Words = _NONE
    courtesies: Words = _NONE  # may follow what to play: "поставь Высоцкого, пожалуйста"
    purpose_conjunctions: Words = _NONE  # "сделай так, чтобы … включалась": a wish, commanded
    reflexive_endings: tuple[str, ...] = ()  # "включаться": a device verb's reflexive lemma
    amount_followers: Words = _NONE  # after a transfer verb, a number then these is money …
    time_prepositions: Words = _NONE  # … unless one of these precedes it: "at 7", "в 7"
    # after a transfer verb, a share of a sum, then what it pays for, is money too: "переведи
    # Kate половину за свет", "send Tom his share for the rent"
    share_words: Words = _NONE  # lemmas
    share_followers: Words = _NONE
    # a bill split with someone: a splitting verb (lemmas), a bill a few words on (lemmas),
    # then a partner's link or an even share ("split the bill with Sarah", "раздели счёт за
    # свет с Машей", "поделим чек пополам")
    # lemmas: a share of a sum asked of someone ("ask Tom for half of the pizza money",
    # "попроси у Пети половину за свет")
    money_asking_verbs: Words = _NONE
    split_verbs: Words = _NONE
    bill_nouns: Words = _NONE
    split_links: Words = _NONE
    # a day or a time that makes all of a chore one deed: "поручи Пете всю посуду на сегодня"
    one_off_times: Words = _NONE
    # owners' pronouns read only in an owner's phrase tied to a list ("наших соседей")
    chain_pronouns: Words = _NONE
    duty_roles: Words = _NONE  # lemmas: a member made one who does a chore ("дежурный")
    measured_links: Words = _NONE  # after a money word, a product it weighs: "2 pounds of …"
    # lemmas: where paper is filed; bills split between them are sorted, not paid for
    paper_places: Words = _NONE
    paper_articles: Words = _NONE  # before such a place: "between the folders"
    foreign_markers: Words = _NONE
    # spellings of one outsider, a person and not a household ("соседка", "соседу", "the
    # neighbour"): asked to do a task, they are a doer who is no member (SPEC §4.2, clarify the
    # assignee), where "напомни соседям", "remind the neighbours" ask another household
    lone_outsiders: Words = _NONE
    # between an outsider and the list it owns, beside names, owners' pronouns and a comma
    # before a name: joiners, prepositions, articles and the list's qualifiers (spellings and
    # lemmas): "the list of Giorgi and Nino, our neighbors", "соседям Ковальчукам в их
    # семейный список"
    owner_chain_words: Words = _NONE
    other_words: Words = _NONE
    weak_other_words: Words = _NONE  # "other" needs "household"/"family" near
    household_words: Words = _NONE
    household_nouns: Words = _NONE
    # before someone's household named as where a task or an entry goes ("put a task on Bec's
    # household", "add a task to the Kellys' family"): another household's, rejected
    household_placing_preps: Words = _NONE
    family_lemmas: Words = _NONE  # "семье Петровых"
    family_name_endings: tuple[str, ...] = ()
    outside_owners: Words = _NONE  # lemmas: after a list word, another family's ("родителей")
    # a Russian possessive adjective made from a first name ("Олиной", "Петиных", "Машиного"):
    # capitalised, after a list word and before a genitive noun, it names someone's kin or
    # friend, another household ("в список Олиной мамы", "список Петиного друга")
    name_possessive_endings: tuple[str, ...] = ()
    # lemmas: a Russian possessive adjective of kin before a list word, another household's
    # list ("в мамин список покупок", "бабушкин список"), as "my mom's list" in English
    kin_possessives: Words = _NONE
    kin_owners: Words = _NONE  # lemmas: whose kin or friend ("мамы", "друга", "учительницы")
    # lemmas: kin who live with the speaker, a member's list after a pronoun ("список моего
    # мужа", "the list of my wife")
    household_kin: Words = _NONE
    # lemmas: kin a member is not called by (members are called by their names), right after a
    # list word in the genitive a list kept in the kin's own household ("в список бабушки",
    # "список покупок мамы"), as "grandma's list" in English; asked only when no member and
    # no list of the household is called so
    list_keeping_kin: Words = _NONE
    # lemmas among them: the speaker's mother and father, a member of a household with
    # children ("мама" from a child), outsiders only where the speaker is a parent or none is
    parent_kin: Words = _NONE
    # between a list word and its owner: "the list of the family Johnson", "of the Johnsons"
    owner_links: Words = _NONE
    plural_possessive_endings: tuple[str, ...] = ()  # "the Johnsons' list"
    possessive_endings: tuple[str, ...] = ()  # "my mom's grocery list": an outside owner's
    plural_endings: tuple[str, ...] = ()  # "the Johnsons ' list"
    bulk_verbs: Words = _NONE
    clearing_verbs: Words = _NONE  # lemmas: clearing a list is bulk
    task_lists: Words = _NONE  # "rota", "график": a list of tasks, cleared in bulk
    # what records a household's tasks besides its lists (spellings): after someone's
    # possessive, theirs ("on Sarah's chore chart")
    owned_boards: Words = _NONE
    name_joiners: Words = _NONE  # between owners' names: "Giorgi and Nino's list"
    all_words: Words = _NONE
    bulk_objects: Words = _NONE
    # a bulk object that may be things by hand, not the household's entries, when a place
    # follows it: "everything", "items" ("archive everything in the garage", "swap all the
    # items in the first aid kit") …
    thing_objects: Words = _NONE
    # … a link of containing before that place ("in", "inside"; "on the list" names a list) …
    container_links: Words = _NONE
    # … or a spot of a place after any link: "push all items to the back of the fridge"
    thing_spots: Words = _NONE
    # everyone as the doer of a bulk verb's chore: "назначь уборку на всех", "раздай всем
    # детям уборку", "assign the hoovering to everyone" (spellings: "все" names things too)
    everyone_words: Words = _NONE
    # … and what may follow such a word, still naming people: "на всех кроме Маши", "всем
    # поровну", "to everyone except Tom"
    everyone_followers: Words = _NONE
    # lemmas, among ``bulk_verbs``: sharing out ("split", "распределить") …
    share_verbs: Words = _NONE
    # … the household's entries among people, a link of sharing near it: "split the chores
    # evenly between Jack and Lucy", "распредели дела между детьми"
    share_links: Words = _NONE
    # lemmas: a swap, bulk only over the household's tasks ("поменяй местами Машу и Петю во
    # всех задачах", "swap Tom and Lucy on all the chores"; "поменяй все лампочки" is a chore)
    exchange_verbs: Words = _NONE
    # after a standing word, the link that hands a member the rest: "всё по машине теперь
    # всегда на Диму" (a name in the accusative after it)
    standing_links: Words = _NONE
    # a phrase that sets a rule on its own: "let's make it a rule", "возьми за правило"
    rule_phrases: tuple[tuple[str, ...], ...] = ()
    # … said first, past these only ("let's make it a rule"; "we should make it a rule" muses)
    rule_openers: Words = _NONE
    # lemmas: a wish frame opening the command, then a purpose conjunction, a standing word
    # and a household chore: "сделай, чтобы посуду всегда мыл папа" sets a rule
    wish_frames: Words = _NONE
    standing_markers: Words = _NONE
    standing_phrases: tuple[tuple[str, ...], ...] = ()
    standing_verbs: Words = _NONE
    # opening the clause a standing word ends, a rule set for a member for good: "make Lucy
    # do the dishes forever", "заставь Петю навсегда мыть посуду"
    standing_frames: Words = _NONE  # lemmas
    # a start from which on (a word of these, or a standing phrase that is not in
    # ``unbound_phrases``), then a member's habitual deed in its clause: a rule set, "from now
    # on Tom does the dishes", "отныне посуду моет Маша" ("every time Tom cooks …" tells when)
    rule_onsets: Words = _NONE
    unbound_phrases: tuple[tuple[str, ...], ...] = ()
    habit_links: Words = _NONE  # after a capitalised name, a habit set: "Tom will …", "Tom is"
    # standing words that say only how long ("for good", "навсегда"): a rule only in a frame
    # that asks a member's chore (``standing_frames``), never beside any verb or in a remark
    # ("he's leaving for good", "пусть Петя навсегда запомнит …")
    lasting_words: Words = _NONE
    lasting_phrases: tuple[tuple[str, ...], ...] = ()
    # a household chore as a member's habit or under a frame (lemmas and spellings): "моет
    # посуду", "hoovers"; a state ("болеет", "is away"), a motion ("ходит в школу") or a
    # keeping verb ("keep the bike") is none
    habit_deeds: Words = _NONE
    # verbs that are such a chore only with a chore's noun (``TriggerWords.duty_heads`` or
    # these objects) a few words on: "does the dishes", "walks the dog" ("takes the bus")
    habit_light_verbs: Words = _NONE
    habit_objects: Words = _NONE
    # a member put in charge: a verb (its lemma) and the words after it ("взять на себя",
    # "отвечать за"; after a link, "in charge", "responsible")
    charge_phrases: tuple[tuple[str, ...], ...] = ()
    conjunctions: Words = _NONE  # a device verb after one stands outside a reminder's frame
    means_openers: Words = _NONE  # a device noun after one does the chore: "через", "have"
    dispatch_verbs: Words = _NONE  # lemmas: a device as object is set going: "send the roomba"
    media_collections: Words = _NONE  # what plays, added to: "to the playlist", "в плейлист"
    collection_links: Words = _NONE  # … after one of these: "to", "into", "в"
    # a device's quantity added or taken away, right after the verb (a partitive or an
    # object): "добавь яркости", "прибавь громкость", "убавь басов"; no shopping item
    quantity_verbs: Words = _NONE  # lemmas: "добавить", "прибавить", "убавить"
    device_quantities: Words = _NONE  # lemmas: "яркость", "громкость", "звук", "тепло"
    quantity_fillers: Words = _NONE  # may stand between the two: "ещё", "немного", "чуть"
    # what plays, or "this" alone, added to favourites after a collection link: "добавь эту
    # песню в любимые", "add this to my favourites" ("добавь молоко в избранное" adds food)
    favourite_collections: Words = _NONE
    favourite_pronouns: Words = _NONE  # the object alone: "это", "эту", "this", "it"
    # a level set: one of these verbs opening its clause, its object (no person, no task;
    # headed by a device, a room or a heated fixture), then a setting link and a number in
    # the range of a thermostat's degrees: "set the dining room to 72", "bump the heat up to
    # 74", "поставь кондиционер на 24" ("set the alarm for 7", "поставь уборку гостиной на 10",
    # "set the kitchen timer to 25" are no level)
    level_verbs: Words = _NONE  # lemmas
    # a room or a home, heated or cooled as a whole: with a device, what heads the object a
    # level is set for ("set the dining room to 72"; "set the budget to 50" sets none)
    heated_places: Words = _NONE
    # a heated or cooled fixture that heads such an object though it is no device noun: "the
    # heated floor", "the towel rail", "air condition"
    level_heads: Words = _NONE
    # after such a number, what it counts or when it is: "to 20 minutes", "на 18 часов"
    level_breakers: Words = _NONE
    # a verb that sends money only, then a person in the dative and "за" what it pays for:
    # "переведи Андреасу за аренду" (lemmas; "отдай Пете за это книгу" gives a thing)
    money_transfer_verbs: Words = _NONE
    # English pay words as a command is spelt (the Russian imperative is read from the
    # dictionary): "pay it today", never "Payment received"
    pay_commands: Words = _NONE
    # a sum right after one of these verbs (spellings), then a link and a card or an account:
    # "put twenty dollars on the gift card", "load $50 onto my transit card"
    loading_verbs: Words = _NONE
    loading_links: Words = _NONE
    dwellings: Words = _NONE  # after a possessive, another's home: "the list at Sophie's flat"
    dwelling_links: Words = _NONE  # before a possessive alone, a home too: "the list at Jo's"
    # after a list word and a dwelling link, someone else's pronoun before a home: "karen's
    # list at her house", "the list at their place" ("my", "our" are the household's own)
    others_pronouns: Words = _NONE
    # after a list's owner in the genitive, where the owner lives, in another home: "список
    # ребят с третьего этажа", "из соседнего подъезда" (a preposition, then within a word the place)
    home_place_preps: Words = _NONE
    home_places: Words = _NONE
    vehicles: Words = _NONE  # the object of a vehicle verb: "прогрей машину", "warm up the car"
    vehicle_verbs: Words = _NONE  # lemmas: started or warmed from afar
    causatives: Words = _NONE  # "get the roomba to …": a device made to do the chore …
    causative_marks: Words = _NONE  # … when one of these follows it
    modes: Words = _NONE  # a device put in one is set: "put the heater in eco mode"
    comitatives: Words = _NONE  # before a device in the instrumental, it is held: "с пылесосом"
    determiners: Words = _NONE  # may stand between such a word and the device: "the"
    show_verbs: Words = _NONE  # lemmas/spellings: put on a screen or a speaker: "покажи" …
    return_verbs: Words = _NONE  # lemmas: a device returned … ("верни робота", "return the …")
    docks: Words = _NONE  # … to where it charges: "на базу", "to its dock"
    shown_media: Words = _NONE  # … what plays or the screen, a few words on: "видео", "FM"
    securing_verbs: Words = _NONE  # lemmas: a lock or an alarm worked: "unlock", "arm" …
    secured: Words = _NONE  # … its object: "unlock the car", "disarm the alarm"
    guard_nouns: Words = _NONE  # lemmas: a guard mode, after a link: "с охраны", "на охрану" …
    guard_links: Words = _NONE  # … "с", "на", "под" …
    guard_verbs: Words = _NONE  # … set or lifted by one of these before: "сними", "поставь"
    call_verbs: Words = _NONE  # lemmas: a machine called: "вызови лифт", "call the lift" …
    callables: Words = _NONE  # … what is called
    degree_words: Words = _NONE  # after a number, a temperature: "to 72 degrees", "22 градуса"
    degree_counts: Words = _NONE  # … or after one of these: "a couple degrees", "пару градусов"
    acting_devices: Words = _NONE  # brands called to act, even with a verb that adds: "Furbo, …"
    # a broadcast medium after a link, in a command: "найди Маяк по радио", "put Radio 4 on
    # the radio"
    broadcast_media: Words = _NONE
    broadcast_links: Words = _NONE
    # a purchase charged to a payment card: a link, a few words of whose and which card, then
    # the card ("put it on dad's credit card", "купи с папиной кредитки"); a card of
    # ``charge_cards`` is a payment card only with a qualifier or an owner ("a birthday card",
    # "открытка"), one of ``charge_means`` by its name
    charge_links: Words = _NONE
    financing_links: Words = _NONE  # only before a means: "in instalments", "в кредит"
    debit_links: Words = _NONE  # before a card or an account, whosever: "с карты", "со счёта"
    # only before an owned account: "за мой счёт", "за папин счёт" (at whose expense, as "на
    # мой счёт"); "за счёт экономии" names no owner
    expense_links: Words = _NONE
    expense_accounts: Words = _NONE
    charge_cards: Words = _NONE  # lemmas: "card", "карта"
    charge_means: Words = _NONE  # lemmas: "amex", "кредитка", "tab", "credit", "рассрочка"
    charge_qualifiers: Words = _NONE  # lemmas: "credit", "кредитный"
    owner_pronouns: Words = _NONE  # whose: "my", "his", "моей", "его"
    # a device told to do a deed: one of these verbs, then the device as the one addressed
    # ("напомни пылесосу убрать детскую", "tell the roomba to do the hall"); Russian
    # ``telling_verbs`` take it in the dative, ``asking_verbs`` in the accusative before an
    # infinitive ("попроси робота помыть пол"), English ones before ``told_links``
    telling_verbs: Words = _NONE  # lemmas
    asking_verbs: Words = _NONE  # lemmas
    told_links: Words = _NONE  # "to", "that"
    # a device kept in a state or kept out of somewhere, its noun after the verb or first in
    # the verb's clause: "оставь ночник включённым", "leave the porch light on all night",
    # "пылесос в детскую не пускай", "keep the roomba out of the nursery"
    keeping_verbs: Words = _NONE  # lemmas: "leave", "keep", "оставить": with a state …
    kept_states: Words = _NONE  # … one of these ("on", "running", "гореть") or a participle
    barring_verbs: Words = _NONE  # lemmas: "let", "пускать", "запретить": on their own
    # a device called and given a programme by its name, with no verb: "пылесос, влажная
    # уборка, кухня", "кондиционер, охлаждение", "washer, delicates cycle"
    device_programmes: Words = _NONE  # lemmas
    # derived
    payment_starts: Words = field(init=False, repr=False, compare=False)
    foreign_starts: Words = field(init=False, repr=False, compare=False)
    bulk_starts: Words = field(init=False, repr=False, compare=False)
    standing_starts: Words = field(init=False, repr=False, compare=False)  # phrases' first words
    # the standing phrases by their first word, in their order
    standing_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    charge_heads: Words = field(init=False, repr=False, compare=False)
    any_marker: Words = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pay_starts = frozenset(p[0] for p in (*self.pay_phrases, *self.checkout_phrases))
        _set(self, "charge_heads", self.charge_cards | self.charge_means)
        _set(
            self,
            "payment_starts",
            self.pay_words | self.transfer_words | pay_starts | self.charge_heads
            | self.split_verbs | self.share_words | self.money_asking_verbs,
        )  # fmt: skip
        foreign = (
            self.foreign_markers | self.other_words | self.family_lemmas | self.kin_possessives
            | {"'"}
        )  # fmt: skip
        _set(self, "foreign_starts", foreign)
        _set(self, "bulk_starts", self.bulk_verbs | self.exchange_verbs | self.standing_markers)
        _set(
            self,
            "standing_starts",
            frozenset(p[0] for p in (*self.standing_phrases, *self.rule_phrases)),
        )
        by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for phrase in self.standing_phrases:
            by_first[phrase[0]] = (*by_first.get(phrase[0], ()), phrase)
        _set(self, "standing_by_first", MappingProxyType(by_first))
        _set(
            self,
            "any_marker",
            self.pay_words | self.transfer_words | self.device_verbs | foreign | self.split_verbs
            | self.share_words
            | frozenset(p[0] for p in (*self.pay_phrases, *self.checkout_phrases))
            | self.placing_verbs
            | self.device_settings | self.media_commands | self.device_nouns
            | self.sequence_words | self.broadcasts | self.dispatch_verbs
            | self.media_collections | self.vehicle_verbs | self.openable
            | self.bulk_verbs | self.standing_markers | self.show_verbs | self.docks
            | self.securing_verbs | self.guard_nouns | self.callables | self.degree_words
            | self.broadcast_media | self.charge_heads | self.device_quantities
            | self.favourite_collections | self.exchange_verbs | self.level_verbs
            | self.appliances_at | self.colour_settings
            | frozenset(p[0] for p in (*self.standing_phrases, *self.rule_phrases)),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Numbers as words: units and teens, tens, and words that are a quantity alone."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    units: Mapping[str, Decimal] = field(
        default_factory=_no_map
    )  # may close a compound ("двадцать пять")
    tens: Mapping[str, Decimal] = field(default_factory=_no_map)
    solo: Mapping[str, Decimal] = field(default_factory=_no_map)  # "пару", "полтора", "half"
    articles: Words = _NONE  # "a", "an"
    article_numbers: Words = _NONE  # "a dozen", "a couple": the article means one of them
    decimal_points: Words = _NONE  # "two point five": a whole number, this, then tenths
    decimal_zeros: Words = _NONE  # "zero point five": a zero read only before a decimal point
    # derived
    words: Words = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "words", frozenset({*self.units, *self.tens, *self.solo}))


@dataclass(frozen=True, slots=True)
class UnitWords:
    """Units of measure: every form → its code (or a measure word's own singular)."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    forms: Mapping[str, str] = field(default_factory=_no_map)
    abbreviations: Words = _NONE  # need a number; may take a dot ("10 шт.")
    pure: Words = _NONE  # codes that only measure; other unit words may be the product
    one_before_word: Words = _NONE  # "литр молока": one, when a word follows
    one_before_link: Words = _NONE  # "a bottle of water": one, when a link follows
    links: Words = _NONE  # "of"
    # after a measured name, a link then one of these says which of the kind, no name's part:
    # "a pack of gum of each flavor", "two bags of chips of every kind"
    link_quantifiers: Words = _NONE
    # before a link with no unit read, an amount or a kind: "lots of apples", "some kind of
    # cheese" ("cream of wheat" keeps its "of": the name's own)
    vague_amounts: Words = _NONE
    container_modifiers: Words = _NONE  # "2 can openers": a modifier before a noun
    multipliers: Mapping[str, Decimal] = field(default_factory=_no_map)  # "2 dozen", "два десятка"
    times: Words = _NONE  # "milk x2"
    glued_times: Words = _NONE  # "2x milk"
    each: Words = _NONE  # "по 2"
    # "по 2 пачки каждого", "каждого по бутылке": "each one" said beside a shared measure,
    # repeating it (no product of its own)
    each_one: Words = _NONE
    shared: Words = _NONE  # "огурцов и помидоров по килограмму", "a kilo of each": every item's
    head_next: Words = _NONE  # "пакеты для мусора": the unit word is the product
    name_links: Words = _NONE  # "кофе 3 в 1": a number after these is in the name
    half_words: Words = _NONE  # "пол кило"
    half_prefixes: tuple[str, ...] = ()  # "полкило", "пол-литра"
    size_words: Words = _NONE  # "big", "большую": before a unit, the container's size
    glued_only: Words = _NONE  # "10#": a sign that measures only typed right after its number
    # prepositions of purpose whose complement, after a measure said after the product's
    # name, goes on the product ("корм 2 пачки для кошки"; "хлеб 3 банки со шпротами": not)
    measured_purposes: Words = _NONE


@dataclass(frozen=True, slots=True)
class DateWords:
    """Due phrases: days, weekdays, weekends, parts of the day, months, spans, times."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    day_offsets: Mapping[str, int] = field(default_factory=_no_map)
    offset_phrases: tuple[tuple[tuple[str, ...], int], ...] = ()  # "day after tomorrow"
    day_preps: Words = _NONE
    past_preps: Words = _NONE  # "since Sunday": a day a state began, never a due
    # "no later than Friday", "NLT 1900", "не позднее пятницы": a deadline's words before a day
    # or a time, out of the title with it
    deadline_leads: tuple[tuple[str, ...], ...] = ()
    today_parts: Mapping[str, int] = field(
        default_factory=_no_map
    )  # "tonight": a part of today, its hour
    weekdays: Mapping[str, int] = field(default_factory=_no_map)  # Monday is 0
    ambiguous_weekdays: Words = _NONE  # "sun", "sat": need a strong lead
    strong_weekday_leads: Words = _NONE
    weekday_mods: Words = _NONE
    # a weekday named with its word as a day of the church year ("чистый четверг"): its days
    # from (Orthodox) Easter; the coming one is the due (``_dates._feast_day``)
    feast_days: Mapping[tuple[str, str], int] = field(default_factory=_no_pair_map)
    past_mods: Words = _NONE  # "в прошлый вторник", "last Tuesday": the day gone, never ahead
    week_words: Words = _NONE  # "на следующей неделе", "next week": its Monday …
    next_week_mods: Words = _NONE  # … after these
    # … or the Monday of the week gone after these ("на прошлой неделе", "last week"), the
    # Saturday gone before a weekend ("last weekend", "на прошлых выходных"): a due already
    # past, asked; "the past week" is a span, no day
    past_week_mods: Words = _NONE
    # words opening a clause of its own inside a task that tells a past deed ("… the shoes I
    # bought last week", "… книгу, которую он взял на прошлой неделе"): a day gone after one
    # is when that deed was done, not the task's due. Russian has relatives only (a personal
    # pronoun or "что" after a comma opens a sentence of its own: "напомни Пете вынести
    # мусор, он уже вынес вчера" tells the deed done); an English personal pronoun opens one
    # only with no comma before it ("the shoes I bought", not "the dog, he already did")
    past_deed_openers: Words = _NONE
    # … and free relatives that open such a clause with no noun before them ("reorder what we
    # got last week", "то, о чём говорили на прошлой неделе")
    free_relatives: Words = _NONE
    # before a week or a weekend: what is talked of, no day ("ask my sister about the
    # weekend", "спроси про следующие выходные")
    topic_preps: Words = _NONE
    # before a week or a weekend gone: a thing of then or a deed done like then, no due ("the
    # photos from last weekend", "like last week", "фото с прошлых выходных", "как на прошлой
    # неделе")
    past_source_preps: Words = _NONE
    week_preps: Words = _NONE
    weekday_preps: Words = _NONE
    compound_nouns: Words = _NONE  # "sunday school"
    weekend: Words = _NONE
    weekend_mods: Words = _NONE
    next_words: Words = _NONE
    weekend_preps: Words = _NONE
    articles: Words = _NONE  # "the" before a date or a part of the day
    this_words: Words = _NONE  # "this evening": today
    parts: Mapping[str, int] = field(default_factory=_no_map)  # parts of the day and their hour
    bare_parts: Words = _NONE  # parts that need a lead or a day ("morning routine")
    part_nouns: Words = (
        _NONE  # the parts of the day as nouns (lemmas): "на вечер", "for the evening"
    )
    part_blockers: Words = _NONE  # "good morning", "с утра" read elsewhere
    part_blockers_after: Words = _NONE  # "день рождения"
    parts_after: Mapping[str, int] = field(default_factory=_no_map)  # "с утра", "до вечера"
    parts_after_preps: Words = _NONE
    # … of which these read a part only set for a day or a task said just before it ("на
    # завтра, на утро", "поставь ему на вечер"), the part closing the phrase: "на вечер
    # кино", "молока пакет, на вечер" set no time
    set_parts: Mapping[str, int] = field(default_factory=_no_map)
    set_part_preps: Words = _NONE
    part_setters: Words = _NONE
    part_mods: Words = _NONE
    part_preps: Words = _NONE
    months: Mapping[str, int] = field(default_factory=_no_map)
    ordinals: Words = _NONE  # "5th"
    dashed_ordinals: Words = _NONE  # "5-го"
    of_words: Words = _NONE  # "5th of March", "a couple of days"
    day_of_month_words: Words = _NONE  # "5 числа"
    after_day_of_month: Words = _NONE
    date_preps: Words = _NONE
    spans: Mapping[str, int] = field(default_factory=_no_map)  # span units in minutes
    span_words: Words = _NONE
    bare_span_words: Words = _NONE  # "через неделю": no number needed
    span_from: Words = _NONE  # "a week from today", "two days from tomorrow": a span past a day
    time_preps: Words = _NONE
    # before four digits said as a 24-hour clock with no colon ("by 1900", "at 0630"): that
    # time; with none, four digits are a clock only beside a day ("thurs 1630", "0600 tmrw").
    # Empty in a language whose people do not say times so: there the digits are no time
    compact_clock_leads: Words = _NONE
    # … and before a day, after these (or a mark, the start, a leading zero): "remind me 1630
    # fri"; after a noun the digits number it ("flight 1205 tomorrow")
    compact_clock_openers: Words = _NONE
    # … of which these, before four digits that can be a year near now, say the year ("by
    # 2027", "к 2030"); "at 2030", "в 2030" are times, "в 1900 году" (``year_words``) a year
    year_leads: Words = _NONE
    # between an hour and its part of the day ("at 8 of the evening", a learner's "8 de la
    # noche"): the part says which half of the clock the hour is on, as "in the evening" does
    hour_part_links: Words = _NONE
    hour_words: Words = _NONE
    lunch_hour_words: Words = _NONE  # "в час": 13:00
    oclock: Words = _NONE
    # after a bare hour ("at 12"), a joiner then a word opens the next deed: the hour ends its
    # clause ("make Dad's lunch at 12 and make sure he eats it" is at 12:00); a number or a
    # word of ``hour_joiner_stops`` after the joiner counts on ("at 2 and a half")
    hour_joiners: Words = _NONE
    hour_joiner_stops: Words = _NONE
    meridiems: Mapping[str, Meridiem] = field(default_factory=_no_map)
    dotted_meridiems: Mapping[str, Meridiem] = field(default_factory=_no_map)  # "7 a.m."
    dotted_meridiem_letters: Words = _NONE
    named_times: Mapping[str, int] = field(default_factory=_no_map)  # noon 12, midnight 24
    glued_meridiems: Mapping[str, Meridiem] = field(default_factory=_no_map)  # "7p", "10a"
    clock_fractions: Mapping[str, int] = field(default_factory=_no_map)  # "half past": 30
    clock_past: Words = _NONE  # "half past eight"
    half_hour_words: Words = _NONE  # "в половине восьмого": 7:30
    # a half hour said shortly: after a time preposition only ("в пол восьмого"; "пол второго
    # этажа" is a floor), or glued to its ordinal ("полвосьмого", "пол-восьмого": 7:30)
    short_half_hour_words: Words = _NONE
    glued_half_hours: Mapping[str, int] = field(default_factory=_no_map)
    day_ordinals: Mapping[str, int] = field(default_factory=_no_map)  # "двадцатого марта"
    year_words: Words = _NONE  # "15 марта 2027 года": after the year
    # a day or part of the day after these recurs, no one due date: it stays in the title
    # ("every Monday", "каждую субботу", "every evening")
    recurrence_words: Words = _NONE
    # derived
    weekday_leads: Words = field(init=False, repr=False, compare=False)
    day_names: Words = field(init=False, repr=False, compare=False)
    day_triggers: Words = field(init=False, repr=False, compare=False)
    due_words: Words = field(init=False, repr=False, compare=False)
    # any word of a due phrase, its prepositions and part-of-day nouns too ("через", "on")
    when_words: Words = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "weekday_leads", self.weekday_mods | self.past_mods)
        _set(self, "day_names", frozenset({*self.day_offsets, *self.weekdays}))
        triggers = frozenset(
            {*self.today_parts, *(phrase[0] for phrase, _ in self.offset_phrases)}
            | {*self.parts_after, *self.span_words, *self.day_offsets, *self.weekdays}
            | {*self.weekend, *self.parts, *self.months, *self.week_words}
            | {*self.day_ordinals}
        )
        _set(self, "day_triggers", triggers)
        _set(
            self,
            "due_words",
            frozenset(
                {*triggers, *self.time_preps, *self.named_times, *self.clock_fractions}
                | self.half_hour_words
                | {*self.glued_half_hours}
            ),
        )
        _set(
            self,
            "when_words",
            self.due_words | self.part_nouns | self.day_preps | self.part_preps
            | self.weekday_preps | self.date_preps,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class OpenWorldWords:
    """What real traffic holds besides requests the platform serves (SPEC §4, "The open world").

    A task needs positive evidence, an item must be a product: these words tell a chore from
    any imperative, a request to the assistant, a list edit, a question, reported or past
    speech and injected instructions from what a household member asks for.
    """

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    # lemmas of verbs that are a chore only when said with where in the home, a place
    # preposition then a noun in the locative ("убраться на кухне", "уберись в комнате";
    # "уберись отсюда" sends one away: ``_clauses._done_in_a_place``)
    placed_errand_lemmas: Words = _NONE
    # lemmas: the places in a home (its rooms, its furniture, the car) such a verb is done in
    # ("убраться на кухне", "прибраться в шкафу"; "уберись в голове", "убраться на работе" are
    # none: ``_clauses._done_in_a_place``); a zone of the household is one too
    placed_errand_places: Words = _NONE
    errand_lemmas: Words = _NONE  # lemmas whose imperative or infinitive opens a task alone
    assistant_words: Words = _NONE  # the thing asked of the assistant: timer, weather, joke
    services: Words = _NONE  # ordered from the assistant, never a product bought: taxi
    # words after an English service word that leave it one ordered ("a hotel room", "an
    # uber home", "tickets he bought"); any other English word after it is the noun it
    # modifies, a thing of the house ("scrub the hotel pans": ``_unserved._service_ordered``)
    service_followers: Words = _NONE
    # a search verb (lemmas) with the web a few words on asks the assistant to search: "найди
    # в интернете, как …", "look it up online", "search YouTube for …"
    search_verbs: Words = _NONE
    web_words: Words = _NONE
    # lemmas (or spellings) of weighing a choice among the first words, before a question of
    # what to do: "думаю, что бы сварить …", "не знаю, куда поставить …"
    deliberation_words: Words = _NONE
    # beside such a word, a thing of the home: "smoke alarm", "alarm battery", "egg timer"
    assistant_compounds: Words = _NONE
    note_verbs: Words = _NONE  # lemmas/spellings: noting a contact detail for the assistant …
    contact_words: Words = _NONE  # … one of these: "запиши телефон сантехника"
    # after a note verb, the conjunction that opens what is noted ("запиши, что папа разрешил
    # …"): a deed told in the past after it is a note, no request
    note_complementisers: Words = _NONE
    # after a verb that always edits a list (``list_op_verbs``: "отметь молоко" checks it off),
    # past marks and these courtesies, ``note_complementisers`` or one of ``note_beneficiaries``
    # make it a note to keep, no list edit ("отметьте, пожалуйста, что Маше нужно выучить …",
    # "отметьте для Пети: 12 марта сдать книги")
    note_courtesies: Words = _NONE
    note_beneficiaries: Words = _NONE
    # a heading naming the household's part of a text ("по работе: … . по дому: картошка,
    # морковь", "work: … home: milk, eggs"): its last word, and the prepositions it may take
    home_headings: Words = _NONE
    heading_preps: Words = _NONE
    heading_fillers: Words = _NONE  # "home stuff:", "house things:": said after the heading
    # a verb that makes a note with a note noun ("make a note that …"), and the words that
    # complete a note verb's phrase before the conjunction ("write down that …", "make a note
    # that …"): what is noted after it is read alone (``_unserved._noted_clause``)
    note_makers: Words = _NONE
    note_fillers: Words = _NONE
    assistant_verbs: Words = _NONE  # lemmas/spellings heading a request to the assistant
    # of those, a verb that works on text: the request after its colon or inside quotes opened
    # after it is the text worked on ("переведи на английский: купи хлеб"), no request
    text_verbs: Words = _NONE
    # a verb of summing with its particle right after it or after its pronoun object ("add up
    # what we spent", "add them all up", "tot up the bills") asks the assistant for a sum, no
    # product added ("add up to" amounts to; Russian says it with "посчитать", "подсчитать")
    sum_verbs: Words = _NONE
    sum_particles: Words = _NONE
    sum_objects: Words = _NONE  # between the verb and its particle: "add it all up"
    booking_verbs: Words = _NONE  # the assistant may book it itself, unless a member is named
    booked_errands: Words = _NONE  # … or a household's visit or appointment: "book the vet"
    # … but after the booking verb one of these asks the assistant to book it online itself,
    # whoever it is for ("book a vet appointment online", "book a cleaner through the app")
    booking_channels: Words = _NONE
    # a ride service that is also a common word ("grab", "bolt"), a service only as the
    # booking verb's object past an article ("Book a Grab to Changi, 6am"); ``services``
    # names a service anywhere
    booked_rides: Words = _NONE
    # an object right after the booking verb that is the speaker ("book me in at the
    # hairdresser's", "запиши меня к врачу"): the assistant asked to book for the one who
    # speaks, whatever is booked
    booked_speakers: Words = _NONE
    # an opening that drops the assistant's rules: one of ``rule_drop_verbs`` (past bridging
    # words) and one of ``rule_nouns`` a few words on ("ignore the list rules and …", "а
    # теперь представь, что правил нет, и …", "pretend there are no limits"): an instruction
    # about the assistant itself, read as ``meta_phrases`` are
    rule_drop_verbs: Words = _NONE
    rule_nouns: Words = _NONE
    # remarks told, never asked (``_remarks_told``): a word of worth said of a product or a
    # deed, after an English copula (past ``predicate_adverbs``: "Costco rotisserie chicken is
    # the best deal in town", "… is always cheaper in the end imo") or anywhere in a Russian
    # text with no verb asked ("по-моему мыть окна зимой бессмысленно")
    evaluative_predicates: Words = _NONE
    predicate_adverbs: Words = _NONE
    # a degree of excess before an adjective makes it a word of worth ("эти бананы слишком
    # зелёные"; "too" is "also" at a clause's end and is read after a copula only)
    excess_degrees: Words = _NONE
    # a wish contrary to fact opening the text, past ``counterfactual_fillers``, with no
    # clause after it ("вот если бы Петя хоть раз сам купил хлеб", "if only Tom bought milk
    # as often as beer"): phrases
    counterfactual_leads: tuple[tuple[str, ...], ...] = ()
    counterfactual_fillers: Words = _NONE
    # a chore's state told: completion or a heap right after a chore's noun ("laundry done",
    # "dishes finished", "laundry sorted", "laundry гора уже до потолка", "dishes pile")
    chore_states: Words = _NONE
    # a price: a currency sign or word right after a number ("199₽", "79 руб") or a sign
    # before one ("£4.50"); two of them and nothing asked are a price list pasted in
    currency_marks: Words = _NONE
    # a service's interruption announced (a notice pasted in: "Water shutoff on Wednesday
    # 9am-5pm, please store water", "Power outage tomorrow 10am-2pm, …"): with no member named
    # and nothing asked, what it says to do is the notice's, said to every reader
    outage_nouns: Words = _NONE
    # what is told, not asked (``_told_not_asked``; issue #12, round 33), each read only while
    # its clause, or the whole text, asks nothing:
    # a plan of someone else told in the progressive after a link (``TriggerWords.
    # progressive_links``): the gerunds of a plan, a visit, a share-out ("Tom's doing the costco
    # run saturday", "Mom is coming tomorrow", "the kids are splitting chores this week");
    # "Tom's picking up the dry cleaning on friday" tells an errand and stays a task
    plan_gerunds: Words = _NONE
    # … whose subject is no third person: the speaker, the listener, a dummy, a question's word
    unplanned_subjects: Words = _NONE
    # … and a request beside it that refers back to it ("Света's doing the hoovering on
    # Wednesday instead of me, put it on her list"): it is the request's, never cut away
    back_references: Words = _NONE
    # a Russian existential beside a denied need ("хлеб покупать не надо, есть ещё"): told
    existentials: Words = _NONE
    # … a wish of someone else, the verb right before "to" ("the estate agent wants to do a
    # viewing"; "mum wants you to …" passes a request on and is not read here); and a future of
    # a third person said by a pronoun ("…, she will cook"): the pronouns and the auxiliaries
    wish_verbs: Words = _NONE
    third_person_pronouns: Words = _NONE
    told_futures: Words = _NONE
    future_endings: tuple[str, ...] = ()  # … or its auxiliary fused to it: "she'll cook"
    # a duty disputed: a turn's noun ("it's Lucy's turn …", "очередь Маши …") with the speaker's
    # own turn denied after it (``own_turn_denials``: "not mine", "не моя"), or a duty reported
    # (``TriggerWords.people`` aside, a reporting verb, "supposed", a turn) with a denial or a
    # doubt closing it (``duty_denials``: "but that's a lie", "но это неправда", "but who
    # knows", "я пас"); "remind Jack it's his turn" asks
    turn_nouns: Words = _NONE
    own_turn_denials: tuple[tuple[str, ...], ...] = ()
    duty_reports: Words = _NONE
    duty_denials: tuple[tuple[str, ...], ...] = ()
    # a feeling or a lack of time said of a deed ("терпеть не могу чистить рыбу", "я не
    # понимаю зачем мыть посуду", "нет времени готовить", "I hate ironing"): phrases
    deed_feelings: tuple[tuple[str, ...], ...] = ()
    # a need or an ask denied after its negation, within a few words ("Хлеб покупать не надо",
    # "в список не надо", "no lunch needed", "do not add again", "я не просила покупать"):
    # the denied words (spellings and lemmas) and the negations before them
    denied_needs: Words = _NONE
    need_denial_negations: Words = _NONE
    # a label pasted in (a pack's dosage, a garment's care, a recipe's header): phrases; a
    # notice said to a group (``notice_groups`` opening it, then a modal: "Students should
    # bring …", "Ребята должны принести …"; "Коллеги, …" opening a work letter), or under a
    # report's heading before a colon (``report_headings``: "Quarterly review: …")
    label_phrases: tuple[tuple[str, ...], ...] = ()
    # … a dose's phrases, read only beside a dose's noun (spellings and lemmas: "Take 1 tablet
    # twice daily"; "water the plants twice daily" asks)
    dose_phrases: tuple[tuple[str, ...], ...] = ()
    dose_nouns: Words = _NONE
    notice_groups: Words = _NONE
    # … a group a household has too (kids, parents), a notice's addressee only beside a word
    # of a school or a workplace (``group_contexts``, spellings: "на урок", not "уроки")
    shared_groups: Words = _NONE
    group_contexts: Words = _NONE
    notice_modals: Words = _NONE
    work_addresses: Words = _NONE
    report_headings: Words = _NONE
    # a score or a sum told with its number ("got 10 out of 10", "saved us $40", "cost нам
    # 15k"): the verbs of a sum and the phrase between a score's numbers
    sum_told_verbs: Words = _NONE
    score_links: tuple[tuple[str, ...], ...] = ()
    # lemmas: a verb that enrols someone with a specialist, as an imperative with its person
    # object and one of ``appointment_links`` after it ("запиши меня к парикмахеру", "запиши
    # Машу к врачу онлайн"): booking an appointment, no note
    enrol_verbs: Words = _NONE
    appointment_links: Words = _NONE
    # a link that books only before a service (``appointment_services``): "запиши меня на
    # маникюр" ("запиши меня на завтра" is no booking)
    service_links: Words = _NONE
    appointment_services: Words = _NONE
    # something of the app itself an adding or making verb (``feature_verbs``) creates, its
    # head noun after at most the fillers and adjectives ("добавь зону игровая", "add a new
    # zone called gaming room", "добавь тёмную тему", "добавь реакцию к сообщению"): a
    # change to the app, no product and no chore (lemmas and spellings)
    feature_verbs: Words = _NONE
    app_features: Words = _NONE
    feature_fillers: Words = _NONE  # between the verb and the feature: "a", "new"
    feature_namers: Words = _NONE  # right after the feature, naming it: "called"
    # of the assistant's verbs, one asking for a route: with a request of its own after it,
    # its destination stays with the request ("navigate to Costco and buy milk": milk on
    # the Costco list)
    route_verbs: Words = _NONE
    # an occasion after the feature, in its clause: a theme for a party is an errand ("set
    # a theme for Lucy's party"), lemmas
    feature_occasions: Words = _NONE
    # a role in the app someone is made ("make Tom an admin", "сделай Петю админом")
    app_roles: Words = _NONE
    # a wish or a need (``knowing_wishes``), its link (``knowing_links``: "to") and a verb of
    # knowing (``knowing_verbs``, spellings and lemmas), then an indirect question ("Emma wanted to know if we need
    # anything", "need to know if the store is open", "grandma wants to know how to add
    # things", "Маша хочет знать, когда ужин"): a question reported or put, nothing asked of
    # the household ("узнать" after a need is an errand: "Пете нужно узнать …")
    # a verb of logging (``log_verbs``, lemmas) with a measured quantity right after it, past
    # a possessive or a member at most (``measured_quantities``, lemmas and spellings), and a
    # number a few words on ("запиши вес 6.8 кг", "log my weight 71.5", "запиши давление
    # 120 на 80"): a measurement logged, no product and no chore
    # a phrase that opens news told to the reader ("FYI", "just so you know", "к сведению"):
    # with no request said after it, what follows is news ("FYI Masha is cleaning the
    # bathroom tomorrow and Tom is buying eggs"), no task and no item
    news_openers: tuple[tuple[str, ...], ...] = ()
    # an English deed told in the progressive after such an opener (``progressive_endings``
    # after ``TriggerWords.progressive_links``, or after a subject fused with its link:
    # "tom's buying"; Russian verbs told are the morphology's)
    link_endings: tuple[str, ...] = ()
    log_verbs: Words = _NONE
    # a Russian noun of a note opening the text in the verb's place ("заметка: показания
    # счётчика воды 01245"; the English "note" is among ``log_verbs``)
    log_headings: Words = _NONE
    log_fillers: Words = _NONE  # after the verb: "note to self: …"
    measured_quantities: Words = _NONE
    measure_owners: Words = _NONE
    knowing_wishes: Words = _NONE
    # … or an indefinite asker before the verb of knowing ("кто-нибудь знает, где купить …",
    # "anyone know if Lidl is open"): a question put to whoever reads
    knowing_askers: Words = _NONE
    knowing_links: Words = _NONE
    knowing_verbs: Words = _NONE
    # an order verb (lemmas/spellings) heading the command, with one of the channels after it
    # (an online shop, a delivery service, a delivery or a website: "закажи на Озоне",
    # "order it on Amazon", "order a Tesco delivery"), or a shop after a shop preposition,
    # asks the assistant to place an order somewhere; bare "закажи X" stays a purchase
    ordering_verbs: Words = _NONE
    order_channels: Words = _NONE
    # after one of ``polite_openers`` opening an English command, the one addressed: the verb
    # after them heads the order ("can you order paper towels on Amazon?")
    polite_addressees: Words = _NONE
    # lemmas: a verb summoning someone, as an imperative heading the command ("вызови мастера
    # по газу", "вызови скорую"): the assistant asked to call them; its infinitive is a
    # household's errand ("завтра вызвать электрика"), a member called before it the member's
    summon_verbs: Words = _NONE
    # a ready meal after the order verb (spellings and lemmas: "order pizza for tonight",
    # "закажи суши на дом") is a takeaway the assistant would order, no product for a list
    order_takeaways: Words = _NONE
    # … only as the head of what is ordered: last, or before one of ``takeaway_followers`` (a
    # preposition, a link, a time, a courtesy: "order pizza for tonight", "закажи суши на
    # дом"; another word after it is what it modifies: "order pizza dough"), and with none of
    # ``storage_places`` after it ("order frozen pizzas for the freezer" stocks a product)
    takeaway_followers: Words = _NONE
    storage_places: Words = _NONE
    # a buying verb heading the command, then one of these right before a channel ("buy it
    # again on Amazon", "купи на Озоне") buys online through the assistant as ordering does
    online_prepositions: Words = _NONE
    # a getting verb heading the command, then one of these and a channel after it ("get
    # groceries delivered from Instacart"): a delivery the assistant would order
    delivery_participles: Words = _NONE
    # what may stand between a negation and the task noun or remind verb it refuses ("не
    # ставь Пете задачу", "don't make a task for Lucy", "no need for a reminder", "задачу не
    # ставьте"): the verbs that make a task, pronoun objects, articles, "for"/"to", "уже"
    refusal_fillers: Words = _NONE
    elsewhere: Words = _NONE  # a place things are put that is no list of ours: "calendar", "cart"
    list_op_verbs: Words = _NONE  # lemmas/spellings that always operate on a list: cross off
    list_edit_verbs: Words = _NONE  # lemmas/spellings that edit a list when one is referred to
    # after a list edit and a mark, the words that may open a request of its own before its
    # buying, adding or need word ("вычеркни молоко, уже купили, а вместо него запиши
    # ряженку", "…. Зато нужен кетчуп", "take the milk off, and instead add oat milk")
    edit_resumes: Words = _NONE
    list_refs: Words = _NONE  # what refers to a list or an entry of it: "list", "off"
    # … but a particle among them ("off") refers to an entry only when no other place is
    # named right after it: "take the milk off" edits a list, "take the soup off the
    # stove" and "take the washing off the line" are chores
    list_ref_particles: Words = _NONE
    place_determiners: Words = _NONE  # what opens that other place: "the", "my"
    swap_verbs: Words = _NONE  # "change X to Y": an entry swapped for another …
    swap_links: Words = _NONE  # … by these
    polite_openers: Words = _NONE  # a question opening so is a request: "can", "можешь"
    polite_contractions: Words = _NONE  # a subject and its modal in one: "you'd"
    # near the start, before a buying or adding verb, a question asks politely: "is it
    # possible to add …?", "можно добавить хлеб в список?"
    polite_frames: Words = _NONE
    # … of them, those of ease that ask only after a negation: "ты не против добавить …?",
    # "не затруднит купить …?" ("ты против купить машину?" asks an opinion)
    negated_frames: Words = _NONE
    # a verb of the mind after a polite opener marvels or guesses, asking nothing: "can you
    # believe …", "можешь представить …"
    marvel_verbs: Words = _NONE
    # a verb that shows or sets a riddle, asked of one called, before what is shown (a
    # question word; "look at the leak and fix it" asks a deed): "Петя, посмотри, что Маша нарисовала", "милый, угадай, что у
    # меня в руке", "Tom, guess what": attention asked, no chore (``_unserved._shows_something``)
    showing_verbs: Words = _NONE
    showing_links: Words = _NONE
    # a question of what can (or could have) be done in general, not a request: "… anywhere?",
    # "… вообще?", "нельзя ли было …?"
    general_markers: Words = _NONE
    # a polite opener, a verb of telling or advising, then a question word asks for advice,
    # nothing done: "could you tell me what to buy …?", "можешь подсказать, где купить …?"
    advice_verbs: Words = _NONE
    # an adding verb, these, then a list makes a list, which is not served: "добавь новый
    # список для дачи", "add a new shopping list" ("добавь в список …" adds to one)
    list_makers: Words = _NONE
    # a lapse told: a finite verb of forgetting, failing or neglecting before a deed ("Kate
    # forgot to turn off the light", "Маша опять забыла полить цветы", "Tom didn't feed the
    # cat") asks nothing, unless a hedge before it makes it the speaker's near miss ("чуть не
    # забыла", "almost forgot", "before I forget")
    lapse_verbs: Words = _NONE
    past_copulas: Words = _NONE  # after a need word: "надо было", "нужна была"
    # words of an obligation that, beside a past copula, tell a deed that was owed and not
    # done: "Дима должен был вынести мусор", "Tom was supposed to clean the garage"
    owed_words: Words = _NONE
    # in a clause after an owed deed told, a word that asks it done: a courtesy or a modal
    # asking ("Tom was supposed to buy milk, can you get it", "…, Jack take it out please")
    owed_askers: Words = _NONE
    owed_addressees: Words = _NONE  # … or a modal (``polite_openers``) before these: "can you"
    # a plan told, someone's intending, promising or hoping, before its deed: "Петя
    # собирается помыть машину", "Tom's going to tidy his room", "we're planning to paint"
    # (not wanting: "Маша хочет помыть пол" is her task)
    plan_verbs: Words = _NONE
    # of the plan verbs, an auxiliary of the future before an infinitive: a plan told only in
    # the command's first clause ("в субботу Дима будет чинить кран"; "Маше помыть окна, там
    # будут жить гости" asks the chore first)
    future_auxiliaries: Words = _NONE
    # a particle of maybe opening a clause before an infinitive muses ("хм, может купить новый
    # чайник", "а может покрасить забор"); past these words it still opens one
    musing_particles: Words = _NONE
    musing_leads: Words = _NONE
    lapse_links: Words = _NONE  # between the lapse and its deed: "forgot to feed"
    # after a verbless list and a dash, a word standing for all of it opens a comment on the
    # things ("молоко, хлеб — всё в холодильнике", "milk, eggs - all sorted"), unless what
    # they are for or when follows ("… — это на завтра", "… - that's for Sunday")
    resumptives: Words = _NONE
    resumptive_purposes: Words = _NONE
    # may open a request's sentence after a question, before its frame or member: "…? either
    # way Lucy needs to …", "…? в любом случае Пете нужно …"
    request_connectives: tuple[tuple[str, ...], ...] = ()
    # a lapse verb ending so takes its deed at once: "didn't feed"
    lapse_negated_endings: tuple[str, ...] = ()
    lapse_hedges: Words = _NONE
    # a word of guessing (spellings) near a third person's future ("Tom will probably grab eggs
    # on the way", "Петя наверное купит хлеб"): a guess told of someone, nothing asked
    guess_words: Words = _NONE
    guess_modals: Words = _NONE  # the English future's modals ("will", "might")
    # … and who is no third person before such a modal: "you'll probably need milk"
    guess_addressees: Words = _NONE
    # spellings of weariness before a deed or what wearies ("надоело напоминать про посуду",
    # "устала мыть посуду", "достало, что никто не моет"): a complaint, nothing asked (the
    # English "tired of …", "sick of …" are read as remarks already)
    weary_words: Words = _NONE
    # what may stand between the weary word and the deed ("надоело уже", "устала я")
    weary_fillers: Words = _NONE
    asking_fillers: Words = _NONE  # between a member called and the verb: "Tom, would you …"
    story_pasts: Words = _NONE  # English past and habitual forms a story is told in: "was", "we'd"
    question_openers: Words = _NONE  # a yes/no question opens with these: "do", "is" …
    # a conjunction a question may open with, its question word right after it: "а что Пете
    # завтра на обед дать", "а где купить сметану" (spellings)
    question_leads: Words = _NONE
    # a prayer: a deity addressed opening the text (spellings and lemmas: "господи", "боже",
    # "lord", "god"), past a few openers ("о", "oh", "dear"), then a petition's verb (lemmas:
    # "помочь", "сохранить", "help", "grant", "bless") asked of it, past a courtesy
    deities: Words = _NONE
    prayer_openers: Words = _NONE
    # after a prayer's mark, before the English request of one's own: "…, and buy milk"
    prayer_request_links: Words = _NONE
    # petition words that let a deed be done: a chore or purchase after one is the household's
    let_petitions: Words = _NONE
    petition_verbs: Words = _NONE
    question_subjects: Words = _NONE  # … then its subject: "we", "the"
    # … or a bare plural noun, then one of these plain verbs: a general question of its kind
    # ("do dinosaurs eat people", "do cats like milk", "do bananas go in the fridge"; not "do
    # dishes tonight")
    question_plain_verbs: Words = _NONE
    # … then a verb of courtesy, which makes the question a request: "do you mind taking …"
    courtesy_verbs: Words = _NONE
    # … and the words that may lead it, asked of the one spoken to, before a gerund that
    # asks the deed: "would you mind grabbing …", "do you mind taking …", "you mind adding …"
    courtesy_leads: Words = _NONE
    # a frame of leave that, right before a list preposition and a list, asks the items put on
    # it: "можно в список ещё майонез?", "…, можно в список?"
    leave_frames: Words = _NONE
    # before an English imperative asked with a question mark, a courtesy that makes it a
    # request ("pls remind Tom …?"), and who a remind verb reminds then ("remind me …?")
    courtesy_marks: Words = _NONE
    reminded_speakers: Words = _NONE
    # right after such an imperative or gerund (and its particle: "pick up"), words that open
    # no object bought or done: a preposition, a pronoun, a reflexive or a possessive ("picking
    # up after yourself", "pick me up at 5?", "grab her coat?")
    asked_object_stops: Words = _NONE
    # … and, past an article, the objects of idioms of those verbs: "pick up the phone", "pick
    # up the pace", "pick up the slack"
    asked_idiom_objects: Words = _NONE
    # the articles skipped before them: "the", "a"
    asked_object_articles: Words = _NONE
    # frames that ask a purchase or an adding only of a product known or measured: "ты не
    # против купить …?", "есть минутка добавить …?" ("ты не против купить квартиру?" muses)
    product_frames: Words = _NONE
    # right after a delegating verb in such a frame, a group asked, no one member: "можно
    # попросить всех убирать за собой?" asks a rule of all, no task of one
    delegated_groups: Words = _NONE
    question_particles: Words = _NONE  # anywhere, they make a question: "ли"
    # … except right after one of these and before a mark: a parenthetical aside, no question
    # ("Видите ли, внуки приезжают …", "Я, знаете ли, привыкла всё записывать")
    aside_particle_heads: Words = _NONE
    choice_words: Words = _NONE  # a question offering another choice: "or", "или", "maybe"
    already_words: Words = _NONE  # with a list named and nothing asked, told: "already on it"
    subjunctives: Words = _NONE  # a past verb beside one asks: "ты бы прикупила", "если бы взял"
    # the assistant's clock: its timekeepers ("timer", "будильник") and spans of clock time
    # ("minutes", "секунды"), never things added to a list …
    clock_words: Words = _NONE
    clock_links: Words = _NONE  # … a span's only followers: "5 minutes to the timer", "к"
    recall_words: Words = _NONE  # after "remind me", an indirect question: "как", "where"
    content_words: Words = _NONE  # … of them, these open what to remember too ("что") …
    recall_deixis: Words = _NONE  # … unless these follow: "что там"
    # a preposition the question word may follow ("напомни, во сколько …", "remind me at what
    # time …")
    recall_prepositions: Words = _NONE
    # lemmas of what is remembered, not done, right after "remind me" with no deed and no due:
    # "напомни рецепт сырников", "remind me the wifi password"
    recalled_things: Words = _NONE
    indirect_openers: Words = _NONE  # with ``recall_words``, open an indirect question: "if"
    # verbs of apology: "прости, что …", "sorry that …" apologise, no indirect question
    apology_verbs: Words = _NONE
    time_openers: Words = _NONE  # question words that open a clause of time too: "when"
    reporting_lemmas: Words = _NONE  # reported speech: "просить", "says"
    # someone's question reported, the whole text: a subject of a word or two, one of these,
    # then an indirect question ("Olga asked if she can …"; ``question_particles`` second: "можно ли")
    question_reports: Words = _NONE
    # someone's own deed reported as theirs to come, the whole text: a subject of a word or
    # two, one of these verbs of telling ("сказал", "says", "promised") …
    plan_reports: Words = _NONE
    # … words that may follow it before the reported clause ("что", "мне", "that", "me") …
    plan_report_skips: Words = _NONE
    # a time said between the verb of telling and the deed told, or after its doer ("сказала,
    # что завтра купит торт", "сказал, что сам вечером заберёт"): skipped like those
    plan_report_times: Words = _NONE
    # … the reported clause's doer ("сам", "он", "he", "she'll", "she's") …
    plan_doers: Words = _NONE
    # … doers that hold their "will" ("he'll") or their "is" ("she's") …
    plan_future_doers: Words = _NONE
    plan_progressive_doers: Words = _NONE
    # … and the auxiliaries said apart ("will", "gonna"; "is", "are")
    plan_future_auxiliaries: Words = _NONE
    plan_progressive_auxiliaries: Words = _NONE
    # … or a modal of advice or likelihood after the doer: someone's opinion of what the
    # doer should do or may need, reported, nobody asked ("Jack's coach says he should
    # practice more", "the coach said Jack might need new shin guards next season"; "mum said
    # I have to …", "Lucy says we need …" still act): spellings, and what may follow one
    # before the verb ("ought to", "should probably")
    # ``opinion_likely``: those that tell a likelihood, whatever the deed; after the others
    # the deed is advice only when nothing or a degree follows its verb (``advice_degrees``:
    # "practice more", "walk twice a day"; "mom says Jack should clean his room" relays a
    # chore)
    opinion_modals: Words = _NONE
    opinion_modal_skips: Words = _NONE
    opinion_likely: Words = _NONE
    advice_degrees: Words = _NONE
    progressive_endings: tuple[str, ...] = ()  # an English "-ing" form: "getting"
    injection_markers: Words = _NONE  # words of instructions to a model: "prompt"
    injection_roles: Words = _NONE  # a role written as one ("### SYSTEM:") is a marker too
    injection_resumes: Words = _NONE  # after a marker, the user's next request: "а потом", "then"
    injection_replies: Words = _NONE  # roles of the model's own turn: all after one is cut
    injection_echoes: Words = _NONE  # after a cut sentence, a verb asking for output …
    injection_referents: Words = _NONE  # … of what it named: "paste it", "выведи его"
    complement_prepositions: Words = _NONE  # "для", "от": a product's complement
    filler_phrases: tuple[tuple[str, ...], ...] = ()  # "будь добр", "be a love": not items
    # those of ``filler_phrases`` that may also open a noun's name, as a time said before it
    # ("after school snacks", "after dinner mints"): no item's word only where no word of the
    # items follows them ("milk after work", "after work, grab milk")
    name_opening_phrases: tuple[tuple[str, ...], ...] = ()
    letter_words: Words = _NONE  # a letter or card pasted: greetings' wishes, sign-offs
    recipe_lemmas: Words = _NONE  # cooking steps: two of them make a pasted recipe
    cooking_lemmas: Words = _NONE  # kitchen work ("chop", "boil"): a step beside a measure …
    # … or beside a recipe step, unless a task frame ("need", "remind", "нужно", "напомни")
    # asks for it or the two steps are a pair joined by one of ``chore_links`` ("and", "и"):
    # "chop the onions and fry them" is a chore, "Лук порезать, обжарить …" a recipe
    recipe_frames: Words = _NONE
    chore_links: Words = _NONE
    kitchen_measures: Words = _NONE  # … of these: "cup", "tsp", "щепотка": a recipe's line
    # a measure to taste, spelt, after one of ``taste_links`` ("salt and pepper to taste",
    # "сахар по вкусу"): a kitchen measure; "Taste the Difference sausages", "со вкусом сыра"
    # name products
    taste_measures: Words = _NONE
    taste_links: Words = _NONE
    # an adding verb that is a recipe's step when no list is said: after kitchen work ("Brown
    # the beef, then add the onions", "масло растопить, потом добавить какао") or, a Russian
    # infinitive, beside a kitchen measure ("Для теста добавить … щепотку соли"); English
    # spellings of its base form, Russian lemmas
    recipe_adding: Words = _NONE
    # a record's heading noun (an inventory, a chart, a rota; lemmas and spellings): a text
    # opening with a heading that holds one before its colon, with no request word and no
    # imperative anywhere, is a record pasted in ("Pantry inventory: pasta 4 packs, …",
    # "Инвентаризация кладовки: …", "Chore chart week 12: Mon Jack bins, …")
    record_headings: Words = _NONE
    # among them, a poll's: its question after the colon is put to the group, whatever it
    # holds ("Poll: movie night pick? Frozen, Cars, Moana"; ``_pasted._heads_a_record``)
    poll_headings: Words = _NONE
    # a dish named first as a heading, its colon right after the dish's own words (lemmas and
    # English spellings): the lines under it are its ingredients ("Борщ по-одесски: бурак,
    # капуста, …", "Chili: mince, beans, …"); "на борщ: …", "Продукты на борщ: …" name no dish
    # first, "пицца на ужин — добавьте тесто" asks
    dish_headings: Words = _NONE
    # a purchase's heading word (lemmas and English spellings): said before a dish heading's
    # colon, the lines under it are to be bought ("Рагу, продукты: кабачки, …", "Chili
    # groceries: mince, …")
    purchase_headings: Words = _NONE
    # a dimension measured (lemmas and English spellings): with its number right after it and
    # nothing asked, a measurement noted ("высота потолков 2,7, обои по 10 метров в рулоне")
    dimension_words: Words = _NONE
    # a recipe's need said to its reader ("you'll need", "понадобится"): beside a kitchen
    # measure with no buying or adding word, no list and no member, a recipe's line ("you'll
    # need two cups of flour … and a pinch of salt")
    recipe_needs: tuple[tuple[str, ...], ...] = ()
    # words after which an English step opens its clause ("…, then add", "first you melt"):
    # a cooking word elsewhere ("add roast chicken", "I'm cooking") is no step of a recipe
    step_openers: Words = _NONE
    signoff_words: Words = _NONE  # before a name that ends the text: "Love, Sarah"
    # a product's directions for use, each opening a sentence: two make a label pasted in
    # ("Apply with a putty knife. Overfill slightly …", "Нанести тонким слоем. Хранить …")
    label_lemmas: Words = _NONE
    retraction_words: Words = _NONE  # first, last or before a mark: "а не, забей", "nvm"
    retraction_phrases: tuple[tuple[str, ...], ...] = ()  # anywhere: "хотя нет", "never mind"
    hedge_words: Words = _NONE  # wondering, not asking: "wonder", "someday", "когда-нибудь"
    # after a hedge word, a word that makes it a when, not a wondering: "sometime next week",
    # "sometime this week", "sometime on Saturday" (spellings)
    hedge_when_followers: Words = _NONE
    hedge_phrases: tuple[tuple[str, ...], ...] = ()  # "как думаешь", "not sure"
    # a plea said of a hard day, closing its clause: no deed, alone or beside a request
    # ("working doubles all week, send help"; "send help, buy milk" asks the milk only)
    plea_phrases: tuple[tuple[str, ...], ...] = ()
    plea_closers: Words = _NONE  # … or these after it: "send help lol"
    own_plan_openers: Words = _NONE  # the speaker's own plan follows: "i'll", "i'm"
    # the speakers' own plan said in the plural: the subject pronoun ("мы") before a verb
    # of the 1st person future in its sentence ("мы с Лёшей в воскресенье приедем, привезём
    # продукты", "мы завтра купим хлеб"; "купим хлеба", "давай купим …" ask): spellings
    plural_plan_subjects: Words = _NONE
    # a need, a duty or a time come said beside the speakers' plural plan or in a reminder
    # reported, as well as a need word (``TriggerWords.need_words``): that part keeps its
    # reading ("мы уедем в субботу, Петя должен покормить кота", "Петя напомнил, что пора
    # купить кроссовки" ask): spellings
    need_frames: Words = _NONE
    # anywhere, right before a buying or getting verb, the speaker's future: what they will
    # buy themselves ("stuck at work, i'll grab something for dinner", "ill grab milk
    # myself", "tomorrow I'll buy you a pastry"; "I'm gonna get milk" still buys)
    own_buy_leads: Words = _NONE
    # the first word of a when said before the speaker's own plan opens the text ("on my day
    # off I'll do costco, add …", "after work I'll grab milk, you get bread"): spellings
    own_plan_when_leads: Words = _NONE
    # … or the speaker's subject, then a future auxiliary said apart ("we will buy milk
    # tomorrow", "I will get the cake on Friday"): spellings of each
    own_buy_subjects: Words = _NONE
    own_buy_auxiliaries: Words = _NONE
    # after the speaker's own plan, what makes "you get X" the listener's own treat, not the
    # household's: a reflexive ("…, you get yourself a coffee", "… a coffee for yourself") or
    # a single serving's article right before the product ("…, you grab a coffee")
    listener_own_marks: Words = _NONE
    serving_articles: Words = _NONE
    # … but one of these that is also an adjective ("ill") is the adjective after a linking
    # word (``adjective_links``, or a subject fused with its copula, ``copula_endings``: "tom
    # is ill, pick up some paracetamol", "lucy's ill buy some tissues", "emma's been ill") or
    # before a mark ("…ill, get some soup")
    adjective_leads: Words = _NONE
    adjective_links: Words = _NONE
    copula_endings: tuple[str, ...] = ()
    performative_lemmas: Words = _NONE  # said in the 1st person, a speech act: "довожу", "прошу"
    third_person_endings: tuple[str, ...] = ()  # a buying verb so ends: told ("mum buys …")
    perfect_auxiliaries: Words = _NONE  # before a participle, a deed told as done: "has" …
    perfect_skips: Words = _NONE  # … past these: "already", "just"
    irregular_participles: Words = _NONE  # … a participle with no regular ending: "done"
    mock_openers: tuple[tuple[str, ...], ...] = ()  # sarcasm opens so: "ну да", "yeah sure" …
    mock_boosters: tuple[tuple[str, ...], ...] = ()  # … and piles on: "ещё", "while you're"
    # a sarcastic tag said as a clause of its own closing the text: "…, ага конечно", "…,
    # yeah right", "…, any day now" (spellings)
    mock_tails: tuple[tuple[str, ...], ...] = ()
    # … or a mocking "since you're so" before one last word: "…, раз такой щедрый", "…, since
    # you're so rich" (spellings)
    mock_tail_leads: tuple[tuple[str, ...], ...] = ()
    # a chat bot's command is a word right after this mark ("/add", "/task"): one opening a
    # line, past a mention at most ("@HomeTaskBot /add яблоки"), is a command; one inside a
    # line only is talked of ("пример: /task …", "`/add` это команда", "как пользоваться /add?")
    command_marks: Words = _NONE
    mention_marks: Words = _NONE  # "@" before a bot's name
    # a tag of curiosity closing a question ("…? просто интересно", "…? just curious"):
    # asked to know, not to be done (spellings)
    curious_tails: tuple[tuple[str, ...], ...] = ()
    # an incredulous "do you really think": what follows is doubted, not asked ("а ты правда
    # думаешь, что Петя сам вынесет мусор?", "you really think Tom will cook?"; spellings)
    incredulous_frames: tuple[tuple[str, ...], ...] = ()
    # … asked of the one spoken to: one of these among the two words before it ("you really
    # think", "а ты правда думаешь"; "I really think you should add milk" asks)
    incredulous_subjects: Words = _NONE
    # thanks for a deed done ("thanks for adding the eggs", "thx for buying coffee"): a
    # thanking word, these skipped, a link, then a gerund (``gerund_endings``; spellings)
    thanks_words: Words = _NONE
    thanks_skips: Words = _NONE
    thanks_links: Words = _NONE
    # … or, past the link, a reminder or help given before (within three words: "thank you
    # for the reminder this morning", "спасибо, что вчера напомнил про врача", "спасибо за
    # напоминание"): a past reminder thanked for, told, nothing asked (spellings or lemmas)
    thanks_reminders: Words = _NONE
    # an extrapolation "at this rate": what is needed is foreseen, not asked ("we need a
    # bigger house at this rate", "такими темпами нам нужен второй холодильник"; spellings)
    rate_phrases: tuple[tuple[str, ...], ...] = ()
    # a song's marks: the words beside them sung or quoted ("🎵 milk and honey … 🎵")
    song_marks: Words = _NONE
    # "buy your own": a buying verb, then the hearer's own, is a refusal said to someone
    # ("buy your own energy drinks"; spellings) …
    own_refusals: tuple[tuple[str, ...], ...] = ()
    # … or the reflexive possessive closing the text after one ("…, берите свой")
    own_refusal_ends: Words = _NONE
    # a refusal opening the command before a mark ("ага щас, …", "ещё чего, …", "as if, …")
    refusal_openers: tuple[tuple[str, ...], ...] = ()
    # a mocking "as if I'd run to": the verb before an infinitive ("разбежалась я пылесосить")
    mock_runs: Words = _NONE
    # "do it yourself": the doer and the reflexive before an imperative ("сам себе купи") or
    # the doer alone before an imperative that ends the text ("да ладно, сам купи")
    self_doers: Words = _NONE
    self_reflexives: Words = _NONE
    self_objects: Words = _NONE  # between an English deed and the doer: "buy it yourself"
    abstract_needs: Words = _NONE  # needed, never bought: "help", "a hug", "отдых"
    # a stock told to be there, no request (``_statements._tells_a_stock``): a word of
    # fullness right before a holder ("картошки полный мешок на балконе", "a full jar of
    # honey in the cupboard"), or a word of what is still left right after a word and before
    # a part ("хлеба ещё half a loaf", "молока ещё полпакета", "still half a bag of flour")
    stock_fullness: Words = _NONE
    stock_holders: Words = _NONE
    stock_left: Words = _NONE
    stock_parts: Words = _NONE
    # … English words before them that are no product: a count or a determiner ("2 full
    # cartons of eggs", "a full bag of rice": asked for)
    stock_counts: Words = _NONE
    # a person, service or emergency one calls or books: needed, never bought when it is the
    # whole item ("нужна срочно скорая", "he needs a haircut"; "доктор мом", "nurse shoes" buy)
    service_needs: Words = _NONE
    idle_verbs: Words = _NONE  # needed to do, no chore when alone: "think", "поговорить"
    idle_tail: Words = _NONE  # may follow such a verb: "about it", "об этом"
    compose_verbs: Words = _NONE  # lemmas/spellings: composed for the speaker ("write me …")
    forward_openers: Words = _NONE  # opening the text, a message forwarded: "Fwd", "Пересланное"
    # a chat's name as a label opening the text: one of these among its first words, then a
    # colon ("Родительский чат: …", "Class 3B group chat: …"): a message copied from it
    chat_nouns: Words = _NONE
    forward_phrases: tuple[tuple[str, ...], ...] = ()  # anywhere: "forwarded as received"
    deed_verbs: Words = _NONE  # lemmas/spellings of doing in general: "do", "сделать" …
    vague_deeds: Words = _NONE  # … when only these follow, nothing named: "do the needful"
    # A notice pasted from a shop, a bank or a school, told of something, asking no one:
    notice_links: Words = _NONE  # a status follows these: "is", "are", "has", "will" …
    notice_skips: Words = _NONE  # … past these: "been", "being", "be", "now"
    notice_states: Words = _NONE  # the status: "due", "shipped", "approved", "cancelled"
    notice_passives: Words = _NONE  # past one of these, any participle tells it: "will be held"
    notice_participles: Words = _NONE  # participles with no regular ending: "held", "sent"
    notice_phrases: tuple[tuple[str, ...], ...] = ()  # a notice's own wording: "due to"
    # a notice's call to many readers ("volunteers needed", "Most needed:", "thank you
    # neighbors", "нужны волонтёры", "спасибо, соседи") or a shift's handover for the next
    # worker ("Shift handover", "Передача смены"); read past no other notice's marker, and
    # not when a buying verb or an imperative asks one reader
    call_phrases: tuple[tuple[str, ...], ...] = ()
    # an alert in effect ("HURRICANE WATCH in effect") or advice told to the public in the
    # third person ("Residents should …", "жителям рекомендуется …"): a notice, unless beside
    # it one reader is asked (a buying verb, an imperative opening a clause, a need before a
    # verb) outside the advice's own clause ("Residents should buy water" asks the public)
    advice_phrases: tuple[tuple[str, ...], ...] = ()
    reader_possessives: Words = _NONE  # opening the text, the reader's: "your", "ваш" …
    receipt_labels: Words = _NONE  # a label before a colon and an amount: "Total:", "Баланс:"
    notice_labels: Words = _NONE  # heading a text before ":" or "!": "Внимание!", "Notice:"
    # what a pasted text is or where it comes from, the last of the command's first words
    # before ":" or a dash ("Tesco receipt: …", "Screenshot text: …", "Neighborhood group: …",
    # "Инструкция: …"); ``sender_labels``: an e-mail's header word opening it ("From: …")
    source_labels: Words = _NONE
    sender_labels: Words = _NONE
    # a body that signs a notice to many, the whole of its last sentence after another one
    # ("…. Родкомитет", "…. Совет дома.", "…. The PTA"); ``signature_skips``: an article or a
    # possessive before it ("the", "your", "ваш")
    signature_bodies: Words = _NONE
    signature_skips: Words = _NONE
    # what may follow the body in its signature and keep it a name ("the HOA board", "Совет
    # дома"); any other word makes the sentence a reason ("HOA complaint", "Совет дня")
    signature_tails: Words = _NONE
    # a school class named by its grade ("grade 3", "Year 4", "3Б класс") beside a list word
    # in a heading before ":" ("Supply list grade 3: …", "Список для 3Б класса: …"): the
    # school's list for a whole class
    class_words: Words = _NONE
    # a school's dress-up day: the day's head and, joined to it, what is worn (right before it
    # in English, right after it in Russian: "pajama day", "crazy hair day", "день пижам")
    day_heads: Words = _NONE
    dress_day_words: Words = _NONE
    # a preposition inside a Russian dress-up day's name, between "день" and what is worn
    # ("день без формы")
    dress_day_links: Words = _NONE
    # An advert pasted or forwarded in (``_adverts``): a shop's offer in the shop's voice.
    # The offer: a deal's own wording ("half price", "за полцены"), words a count of items
    # follows (``offer_priced``: "по цене" одного, "for the price of" 2; "по цене 30 рублей"
    # is a price, no deal), or words a count or an amount follows ("скидка" 30%, "save" 30%)
    offer_deals: tuple[tuple[str, ...], ...] = ()
    offer_priced: tuple[tuple[str, ...], ...] = ()
    offer_counted: tuple[tuple[str, ...], ...] = ()
    # a verb of the customer's receiving ("получите", "get": spellings), then in its clause
    # a gift (``offer_gifts``: "в подарок", "free", "скидку") ending its phrase: past it
    # nothing, a mark, a number or one of ``offer_gift_tails`` ("get the third free!",
    # "get one free on all cereals"; "get gluten free bread" names a product)
    offer_rewards: Words = _NONE
    offer_gifts: tuple[tuple[str, ...], ...] = ()
    offer_gift_tails: Words = _NONE
    # the shop's call to every reader: a time limit, a hurry, a purchase's condition
    # ("только сегодня", "успейте", "при покупке", "this week only", "order now")
    offer_calls: tuple[tuple[str, ...], ...] = ()
    # a plural imperative said to the household, not to customers, in its clause
    # ("Купите хлеба кто-нибудь", "купите по дороге хлеб")
    offer_household_calls: tuple[tuple[str, ...], ...] = ()
    # a sender's own verb of informing in the first person plural ("напоминаем",
    # "сообщаем"): an organisation writes, and a member it names is the notice's subject
    # ("Поликлиника: напоминаем о записи Маши …"), no doer asked
    sender_voice_verbs: Words = _NONE
    # a result ready for collection: after a status, "можно" (``possibility_words``) and, a
    # word between at most, one of these ("анализы готовы, можно (будет) забрать"): a
    # service tells, nobody is asked
    collect_verbs: Words = _NONE
    # an imperative's ending addressed to many ("берите", "купите"): a notice's readers asked,
    # not one member
    plural_imperative_endings: tuple[str, ...] = ()
    # a sender's code to answer with: a verb of replying, a short code (capitals or digits,
    # quoted or not), a word of purpose near ("Reply C to confirm", "Text STOP to opt out",
    # "Ответьте 1 для подтверждения", "для отмены отправьте НЕТ"): a service wrote it
    reply_code_verbs: Words = _NONE
    reply_code_purposes: Words = _NONE
    work_nouns: Words = _NONE  # office work, no household chore: "отчёт", "deck", "slides"
    # of ``work_nouns``, those that name a household thing too when alone ("the deck", "a bug",
    # "слайд" on a playground); "slide deck" names the work
    ambiguous_work_nouns: Words = _NONE
    # verbs of household handwork: a work noun they take is the household's thing ("clean the
    # deck", "помыть слайд")
    handwork_verbs: Words = _NONE
    # a school, a home or a tradesperson for whom the work is done ("book report", "for the
    # plumber", "для школы"): the household's own errand, no office job
    household_work_owners: Words = _NONE
    # a fact one asks to be told, no deed to be reminded of: "пароль от wifi, напомни",
    # "номер сантехника, напомни" ask to recall it, they put nothing down
    recalled_facts: Words = _NONE
    # an owner's preposition before a name: "у Маши завтра день рождения, напомни" is Маша's
    # event, not Маша's deed, and the remind verb's own doer is not told by it
    owner_prepositions: Words = _NONE
    # after a name and a colon, a message someone wrote: "Lucy: I need new shoes"
    message_pronouns: Words = _NONE
    # a condition opening the command, then the speaker's own deed or a possibility as its
    # consequence ("if we had a bigger freezer I'd buy meat in bulk", "если будет скидка,
    # возьмём пачек пять", "если яйца кончатся, можно заменить бананом"): a plan told, no
    # request. ``condition_openers``: the conditional conjunctions (spellings);
    # ``speaker_subjects``: the speaker's pronouns ("i", "we"; "я", "мы"), before one of
    # ``plan_modals`` ("will", "'d", "can"; "бы"); ``speaker_contractions``: a subject fused
    # with its auxiliary ("i'll", "we'd", "im"); ``possibility_words``: a predicative of what
    # may be done ("можно"); ``polite_wants``: after the modal, a want asked politely ("if you
    # can, I'd love some milk" asks)
    # the speaker's past verbs of asking or telling (spellings): "I told Tom twice to buy
    # onions", "я же просила купить хлеб" recall a request made, no request now; the deed's
    # mark after them, where the language has one (``infinitive_marks``: "to")
    asking_reports: Words = _NONE
    infinitive_marks: Words = _NONE
    # … no infinitive's mark before one of these: "to the list", "to my list"
    mark_determiners: Words = _NONE
    # … recalled as a reproach: a particle before the verb ("я же просила"), a count of times
    # ("twice", "like five times", "опять"), a product set against another ("а не петрушку":
    # a link, then a negation)
    reproach_particles: Words = _NONE
    repeat_words: Words = _NONE
    contrast_links: Words = _NONE
    contrast_negations: Words = _NONE
    # the speaker's hope ("надеюсь", "hope") or intention with its deed's infinitive after it
    # ("собираюсь", "планирую", "думаю …"), opening the command: told, not asked (spellings)
    hope_words: Words = _NONE
    # after a hope, someone else (``someone_words``, a member, the listener) before one of
    # ``hope_abilities`` ("hoping someone can take the bins out", "hope Tom could grab …"):
    # a chore asked, as "hope u can grab bread" is
    someone_words: Words = _NONE
    hope_abilities: Words = _NONE
    intention_words: Words = _NONE
    condition_openers: Words = _NONE
    condition_thens: Words = _NONE  # "если будет скидка, то возьму": the consequence opens
    speaker_subjects: Words = _NONE
    plan_modals: Words = _NONE
    speaker_contractions: Words = _NONE
    possibility_words: Words = _NONE
    # a condition of courtesy or of time ("если не трудно", "если будет время"): a
    # possibility after it with a request verb's infinitive ("…, можно купить хлеба") asks
    courtesy_conditions: Words = _NONE
    # a verb of saying right before a quotation ("Jack says "we're out of cereal""): a
    # run-out relayed, as it is without the quotation marks
    quote_relays: Words = _NONE
    polite_wants: Words = _NONE
    # the one a message is written to ("you", "your", "ты"): a chore after "Tom:" with none of
    # these is Tom's ("Tom: mop the floor Saturday, I'm on nights"), not a message from him
    second_person_words: Words = _NONE
    # all a reply to a quoted message says when it answers its sender, not the assistant:
    # assent, refusal, thanks ("> возьми сметану\nок", "> can you grab milk?\nsure, will do")
    reply_words: Words = _NONE
    # an existential a reply may say that the analyser may read as an infinitive ("> купи
    # хлеба\nа я вчера купил, там полбатона есть": "есть", not "to eat")
    reply_copulas: Words = _NONE
    # a wish or greeting that ends the text after a member's name ("Tom: take care", "Пете
    # завтра get well soon", "Пете: береги себя"): said to them, no chore asked of them
    wish_phrases: tuple[tuple[str, ...], ...] = ()
    # an English regular past's endings, each with what restores the verb's stem ("washed",
    # "raked", "tidied"; a doubled consonant is undone too: "mopped"): after "Tom:" before its
    # object, a chore verb so told is a deed done ("Tom: washed the car already"), asks none
    past_endings: tuple[tuple[str, str], ...] = ()
    # a step's label opening the text before its number ("Step 1: wash the rice", "Шаг 2:
    # промойте фасоль"): a recipe's or an instruction's step copied in
    step_nouns: Words = _NONE
    # a joke marker ending the text ("feed the cat lol jk", "купи слона, шучу"): nothing is
    # asked ("lol jk. remind Tom …" asks after it)
    joke_words: Words = _NONE
    # laughter ("ахах", "haha"): a joke marker only before a withdrawal (``withdrawal_tails``):
    # "создай задачу …. ахах не надо"; "купи хлеб ахах" still asks for bread
    laugh_words: Words = _NONE
    # said alone after a joke marker, laughter or a retraction word to the end of the text,
    # they take the request back: "… jk don't", "… шучу, не надо", "… отмена отмена не надо"
    withdrawal_tails: Words = _NONE
    # the tails' negations: a tail withdraws only with one of them ("ахах не надо", "lol no
    # need", "jk don't"); a need said alone after laughter ("купи пиво ахах нужно", "add beer
    # lol needed") confirms the request
    withdrawal_negations: Words = _NONE
    # a command opening with an instruction to the assistant about itself: "forget everything
    # we talked about", "you are now …", "с этого момента отвечай …"; the request after it,
    # past these bridges ("and just add …", "а пока купи …"), is read alone
    meta_phrases: tuple[tuple[str, ...], ...] = ()
    meta_bridges: Words = _NONE
    wake_words: Words = _NONE  # a smart speaker's name opening a command: "alexa", "алиса" …
    wake_openers: Words = _NONE  # … perhaps after one of these: "hey", "ok", "слушай"
    called_wake_words: Words = _NONE  # wake words only after an opener or before a comma
    # A polite request frame of the speaker's own (``_address``; round 34): a subject, perhaps
    # after a modal, a request verb, perhaps "you", then "to"/"that" ("can I request to add
    # …", "may I request that you buy …"): a courtesy, no deed of the member called before it
    request_frame_verbs: Words = _NONE
    request_frame_modals: Words = _NONE
    request_frame_subjects: Words = _NONE
    request_frame_objects: Words = _NONE
    request_frame_links: Words = _NONE
    # Spoken-transcript noise (``_noise``): sounds of hesitation, never a word of a request
    # ("э", "эээ", "м-м", "uh", "erm"), wherever they stand; discourse openers that only
    # start a turn ("значит", "так", "короче", "слушай", "so", "well", "okay") before a request
    # verb, a wake word or another of them; a particle that points at the product found
    # ("вот") before a noun phrase at an item's start; hedges on a count ("like", "типа")
    # before a number; where each may stand after ("и", "and", a comma); prepositions with
    # the cases they govern (a split word: "с метану", "под солнечное масло"); prepositions
    # spelt as heard ("ат перхоти").
    hesitation_sounds: Words = _NONE
    discourse_openers: Words = _NONE
    found_word_marks: Words = _NONE
    count_hedges: Words = _NONE
    noise_boundaries: Words = _NONE
    split_prepositions: Mapping[str, Words] = field(default_factory=_no_map)
    sounded_prepositions: Mapping[str, str] = field(default_factory=_no_map)
    # A question opening with a verb in the 2nd person future asks for it done: "не
    # напомнишь мне …?", "а не купишь хлеба?", "купишь хлеба?" (a buying verb un-negated
    # unless ``asked_plan_marks`` follow it), and so does one opening with a modal of "we"
    # before an adding verb ("мы можем добавить … в список?"); these may stand before the verb
    # or the modal
    asked_future_leads: Words = _NONE
    group_modals: Words = _NONE
    # before an adding or remind verb in the 1st person plural, a proposal asked as a
    # request: "а давай добавим гречку?"
    proposal_leads: Words = _NONE
    # … unless one of these follows the buying verb: the speaker's own plan or a rhetorical
    # question ("ты купишь себе новый телефон?", "купишь ли ты когда-нибудь машину?")
    asked_plan_marks: Words = _NONE
    # verbs of taking (lemmas) that, asked un-negated, may take a thing along ("возьмёшь
    # зонт?", "возьмёшь трубку?"): a purchase only with a partitive after them ("возьмёшь
    # кефира?")
    asked_take_verbs: Words = _NONE
    # after a chore's verb asked of a member, the speaker as company: an invitation, no
    # chore ("Петя, пообедаешь с нами?", "Маша, погуляешь со мной?")
    asked_company_marks: Words = _NONE
    # A deed asked as a question or hedged, read as the command it asks (``_deeds_asked``):
    # "Emma, could you take the recycling out?", "love can you vacuum …", "Света, помоешь
    # посуду вечером?", "Дима, ты сможешь завтра отвезти Машу?", "кто-нибудь может сходить
    # за хлебом?", "было бы неплохо, если бы кто-нибудь вынес мусор". ``ask_cues``: the words
    # one such frame needs (its modal, its someone, its hedge: the reader's first test);
    # ``ask_modals`` ask of the one spoken to ("can", "could", "можешь", "сможешь"), before
    # ``ask_addressees`` ("you", "ты") or a Russian infinitive; ``ask_someones`` ask of anyone
    # ("someone", "кто-нибудь"), with ``ask_someone_modals`` beside them ("может", "could");
    # ``ask_leads`` open the text before the frame ("hey", "so", "а", "слушай");
    # ``ask_between`` may stand between the frame and the verb ("please", "же", "ты", "а");
    # ``ask_hedges`` open a hedge whose clause after ``ask_hedge_links`` ("если бы", "что",
    # "that") holds the deed in the past or the future or a frame of its own ("было бы
    # здорово, если бы Петя пропылесосил …", "any chance someone could …"; "вот бы …"
    # wishes, no ask); ``ask_questions`` make the text a question of fact, no deed asked
    # ("ли", "или": "купишь ли ты …", "…или мне?")
    ask_cues: Words = _NONE
    ask_modals: Words = _NONE
    ask_addressees: Words = _NONE
    ask_someones: Words = _NONE
    ask_someone_modals: Words = _NONE
    ask_leads: Words = _NONE
    ask_between: Words = _NONE
    ask_hedges: tuple[tuple[str, ...], ...] = ()
    ask_hedge_links: tuple[tuple[str, ...], ...] = ()
    ask_questions: Words = _NONE
    # a Russian frame of leave or ease before an infinitive a few words on ("а можно в список
    # ещё бананы кинуть?", "могу я попросить добавить …", "не сложно будет добавить …"), and
    # a maybe before an adding or reminding infinitive ("может добавить сахар?"; "может
    # купить новый чайник" muses) (``_deeds_asked._left_to_do``)
    ask_leave_frames: tuple[tuple[str, ...], ...] = ()
    ask_maybe_frames: Words = _NONE
    # the endings of a 2nd person future in the plural, which is the imperative's form too
    # ("купите", "помоете"): asked only in a question (``_deeds_asked._russian_verb``)
    asked_plural_endings: tuple[str, ...] = ()
    # after an English frame, a verb that asks no deed ("would you be able to read …?") and
    # a comparative that changes a setting ("can you make the writing bigger?")
    ask_unasked_verbs: Words = _NONE
    ask_setting_changes: Words = _NONE
    # after an English frame, an exclamation that asks no deed ("would you take a look at this
    # mess"); a Russian frame of leave alone ("можно"), which asks a deed only of adding or
    # reminding or onto a list, never with one's own leave asked (``ask_permission_subjects``:
    # "можно мне погулять?", a dative, a negation); a particle that, after a negated verb of
    # the 2nd person future, asks politely ("не помоешь ли ты …"); the forms of a round trip
    # whose future the dictionary reads as a present ("сходишь", "съездит")
    ask_exclamations: tuple[tuple[str, ...], ...] = ()
    ask_permissions: tuple[tuple[str, ...], ...] = ()
    ask_permission_subjects: Words = _NONE
    ask_polite_particles: Words = _NONE
    asked_round_trips: Words = _NONE
    # A request closed by a tag question (``_unserved._tagged_request``): "add milk to the
    # list, could you?", "добавь хлеб в список, можешь?", "купи хлеб, ладно?", "add them
    # pls?": words of assent or courtesy that close a request alone, and the one spoken to
    # after a modal (``polite_openers``: "could you", "would ya"); a confirmation ("right?",
    # "да?") is no such tag
    tag_assents: Words = _NONE
    tag_addressees: Words = _NONE
    # … but a Russian infinitive beside a dative of "me", "you", "us", no imperative, asks
    # whether the speaker should ("мне купить хлеб, хорошо?", "тебе хлеб купить, ладно?")
    deliberative_datives: Words = _NONE
    # … and an assent alone ("ok?", "ладно?") after a statement seeks agreement: the English
    # links that make one ("milk is on the list, ok?", "we're adding milk, ok?"; a Russian
    # finite verb is read by its morphology)
    statement_links: Words = _NONE
    # a choice offered ("купишь хлеба или мне?", "ты купишь хлеба или молока?", "would you
    # add milk or should I?"): no 2nd person future or tag question asks it done then
    alternative_conjunctions: Words = _NONE
    # a confirmation closing the text after a mark ("ты купишь хлеба, да?", "…, правда?",
    # "…, right?"): the speaker checks what they think, no tag of a request
    confirmation_tags: Words = _NONE
    # pronouns that name no deed after a verb asked of a member ("Tom, can you help me?";
    # a Russian pronoun is read by its morphology: "Маша, ты можешь мне помочь?")
    object_pronouns: Words = _NONE
    # chore verbs (lemmas) that are a chore only done to a thing: with a living being after
    # them they mean something else ("погладишь рубашку?" irons, "погладишь кота?" pets)
    thing_only_errands: Words = _NONE
    # a person added to a group of the app or a chat, the app's administration the platform
    # does not serve: "add me to the family group", "добавь бабушку в чат": the group's nouns
    # (lemmas), the links before them, and who may be added besides a member, a person word
    # or a capitalised name (pronouns, the bot)
    membership_nouns: Words = _NONE
    membership_links: Words = _NONE
    joinees: Words = _NONE
    # membership nouns that name a group even before a list word ("add Sam to my friends
    # list"; "the team list" names a shopping list)
    social_list_nouns: Words = _NONE
    joinee_determiners: Words = _NONE  # before a person word: "add my mom to the app"
    # a price told after a product: the link before a bare amount, a currency word at most
    # after it ("на рынке картошка по сорок", "яйца по 150 руб, грабёж"); a size or a count
    # before it ("две бутылки по 1,5", "пакета по 2") is no price
    price_links: Words = _NONE
    # nouns told, not asked (issue #12, round 27; ``_nouns_told``): a place things are kept
    # or lie on opening the text after a link ("в холодильнике молоко, яйца", "на столе хлеб
    # и масло", "in the fridge: …", "on the counter: …"; the
    # place in the case the link governs, so "в морозилку пельмени" is no such frame), the
    # words that may stand before the link ("у нас") or between it and the place ("the",
    # "our"), and the verbs of being there a stock report may hold ("есть", "лежит", "left")
    stock_links: Words = _NONE
    stock_places: Words = _NONE
    stock_leads: Words = _NONE
    stock_determiners: Words = _NONE
    stock_verbs: Words = _NONE
    # a product's state said of it ("молоко прокисло", "хлеб чёрствый", "the bread is stale");
    # as a predicate only: last in its piece or before ``state_tails`` ("чёрствый хлеб",
    # "stale bread" name a product); ``copula_states`` only after a ``state_copulas`` ("the
    # milk is off", "went bad": "off the list", "bad" alone are no state)
    product_states: Words = _NONE
    copula_states: Words = _NONE
    state_copulas: Words = _NONE
    state_tails: Words = _NONE
    # a negation before a state besides ``TriggerWords.negations`` ("bread, no stale ones")
    state_negations: Words = _NONE
    # a stock told is none once it says the place is empty ("в холодильнике пусто, молоко")
    stock_empties: Words = _NONE
    # a heading that names a stock, not a list, before its colon ("запасы: тушёнка 5 банок",
    # "инвентарь кладовки: …", "inventory: …"; lemmas and spellings)
    stock_headings: Words = _NONE
    stock_heading_marks: Words = _NONE  # the mark closing such a heading
    # a recipe's steps after its ingredients' need ("…, смешать и жарить"; Russian
    # infinitives, English plain forms: "mix and fry"): two of them tell how to cook
    cooking_steps: Words = _NONE
    # the speaker's plan before the steps ("хочу испечь пирог", "буду жарить", "want to bake"):
    # no recipe, the need stands
    cooking_plans: Words = _NONE
    # someone outside the household whose advice is reported ("врач сказал Пете пить больше
    # воды", "the dentist said …"): the adviser and the saying verbs after it (lemmas and
    # spellings); "…, напомни ему" still asks
    advisers: Words = _NONE
    adviser_verbs: Words = _NONE
    # after a saying verb's comma, the advice goes on ("сантехник сказал, что …")
    report_complementisers: Words = _NONE
    # a question of a deed done asked with no question mark: a past auxiliary in the text's
    # first three words, then a subject ("did kate buy молоко", "олег did you buy хлеб", "did
    # anyone get the batteries")
    done_question_auxiliaries: Words = _NONE
    done_question_subjects: Words = _NONE
    # a game or a gaming platform the command happens in, after a link ("в игре", "в
    # майнкрафте", "in Minecraft", "on Steam"; lemmas): what is bought, built or run out of
    # there is no household's; a game's goods and currencies bought ("v-bucks", "скин",
    # "робуксы", "донат")
    game_worlds: Words = _NONE
    game_world_links: Words = _NONE
    # the endings of an imperative of the plural a recipe addresses its reader with
    # ("обжарьте", "тушите", "добавьте"): two such, one a recipe's step, are a recipe's
    polite_imperative_endings: tuple[str, ...] = ()
    game_world_determiners: Words = _NONE  # between the link and the game: "in the game"
    game_players: Words = _NONE  # before the link, someone who is in the game: "я в игре"
    game_goods: Words = _NONE
    # a game's goods only beside a game or a weapon (``goods_games``: "a knife skin", "a skin
    # for my AWP", "skin на калаш", after one of ``goods_links``) or bought for someone alone
    # (only ``goods_fillers`` or a member between the verb and it, nothing after: "buy me a
    # skin"); otherwise a product ("a phone skin", "skins for the xbox controller", "rizla
    # skins")
    ambiguous_game_goods: Words = _NONE
    goods_games: Words = _NONE
    goods_links: Words = _NONE
    goods_fillers: Words = _NONE
    # a game's goods only in an oblique case ("оверлей с донатами"); bought, a doughnut
    oblique_game_goods: Words = _NONE
    # a messenger something is sent to, after a link ("скинь список в телеграм", "send the list
    # to Kate on WhatsApp", lemmas; the Russian one not in the prepositional: "Дима в чате
    # написал: масло …" tells what was asked there): a message, nothing bought or done
    # a word of asking right before an order verb's infinitive ("прошу заказать …", "можешь
    # заказать …", "просит заказать …"): the order is asked, as by the imperative
    order_requests: Words = _NONE
    # Requests whose doer is the assistant (``_assistant_deeds``, issue #12, round 33): the
    # app does not serve them, so they are clarified (SPEC §4, row 7), never a task for the
    # speaker or an item. A sending verb heading the command (spellings and lemmas: "send",
    # "скинуть") with something only a phone sends in its clause (``sent_contents``: "send
    # lucy a meme", "скинь маме фотку списка", "send tom the grocery list"); "send grandma the
    # birthday card" sends a thing and stays an errand
    sending_verbs: Words = _NONE
    sent_contents: Words = _NONE
    # a preposition before such a word makes it no object sent ("send Tom with the list")
    sending_prepositions: Words = _NONE
    # a verb moving a deed in time (``reschedule_verbs``), then one of ``reschedule_links``
    # and a day (``reschedule_days``) in its clause: a task of the app moved ("move cleaning
    # to sunday", "перенеси уборку на субботу"); "move the sofa to the lounge" moves a thing
    reschedule_verbs: Words = _NONE
    reschedule_links: Words = _NONE
    reschedule_days: Words = _NONE
    # a marking verb with a state of done in its clause ("mark my chore as done", "отметь
    # уборку как выполненную"): an entry of the app checked off
    marking_verbs: Words = _NONE
    done_states: Words = _NONE
    # a verb of resetting with a thing of the app as its object, past determiners and
    # possessives ("reset the chore chart", "обнули баллы"): "clear the table" is a chore
    reset_verbs: Words = _NONE
    app_objects: Words = _NONE
    # pronoun objects and courtesies after a verb closing the command ("…, убери его",
    # "… убери плиз", "…, check it")
    closing_fillers: Words = _NONE
    # a writing verb heading the command with a written piece it composes in its clause
    # ("write a polite note to the neighbours", "draft a letter to the council"): a text the
    # assistant would compose; "write a thank you card to grandma" is an errand
    writing_verbs: Words = _NONE
    composed_texts: Words = _NONE
    # a making verb (``feature_verbs``) with a new list of the app's: one of ``new_words``
    # right before ``made_lists`` ("make a new list called snacks", "сделай новый список для
    # дачи"), or such a list named (``feature_namers``: "create a list called party")
    new_words: Words = _NONE
    made_lists: Words = _NONE
    # a verb that makes a list for the speaker (``list_making_verbs``: "make a list for the
    # beach trip", "сделай список ремонт"): a list made, new or not, the assistant's to make
    list_making_verbs: Words = _NONE
    # a verb handing an entry of the app to someone else: always (``reassign_verbs``:
    # "reassign the dishes to Tom") or with a task noun in its clause (``handing_verbs``:
    # "передай задачу с посудой Пете"; "передай Пете ключи" hands a thing over)
    reassign_verbs: Words = _NONE
    handing_verbs: Words = _NONE
    # a school subject with a solving verb ("реши задачу по физике для Пети"): schoolwork
    school_subjects: Words = _NONE
    # what the assistant would work out for the speaker: a checking verb with a written piece
    # of schoolwork or a check of spelling in its clause (``checked_texts``: "check Jack's
    # essay for spelling", "проверь диктант Пети"), a solving verb with a sum (``solved_texts``:
    # "реши за Машу пример"), homework (``homework_nouns``) with the speaker's stand-in
    # phrase (``stand_in_phrases``: "сделай дз за меня", "do my homework for me")
    checking_verbs: Words = _NONE
    checked_texts: Words = _NONE
    solving_verbs: Words = _NONE
    solved_texts: Words = _NONE
    homework_nouns: Words = _NONE
    stand_in_phrases: tuple[tuple[str, ...], ...] = ()
    # a showing verb (spellings and lemmas) closing the command after a comma ("у кого сколько
    # задач, покажи", "…, show me"), or heading it after a polite opener and the one addressed
    # ("can you show me what Jack has left to do?"): the assistant asked to show it
    show_verbs: Words = _NONE
    show_closers: Words = _NONE  # after the closing verb: "me", "мне"
    # a question of what the assistant can do: one of ``ability_questions``, then the one
    # addressed and a verb of ability a few words on ("что ты умеешь", "чем ты вообще можешь помочь", "what
    # can you do")
    ability_questions: Words = _NONE
    ability_addressees: Words = _NONE
    ability_verbs: Words = _NONE
    # an ordering verb with a delivery home right after it or its object ("закажи продукты на
    # дом", phrases): an order placed, as with ``order_channels``
    delivery_phrases: tuple[tuple[str, ...], ...] = ()
    messengers: Words = _NONE
    messenger_links: Words = _NONE
    # Someone else's words or a past story (``_stories``, issue #12, round 25):
    # a request told with what came of it ("хотела купить хлеба, но пекарня была закрыта", "i
    # told him to buy milk and he came back with chips"): English past verbs that report,
    # want or try a deed after them (spellings: "told", "wanted", "tried"); the subjects
    # before an English past deed of their own ("I put yogurt on the list and …": "i", "he");
    # what came of it: after a contrast ("но", "а", "but") any past verb, un-negated and no
    # lapse or run-out ("…, но пекарня была закрыта"; "…, а я забыла" still asks), after any
    # other mark or "and" a past verb of bringing or coming (lemmas and spellings: "принести",
    # "came", "brought": "…, он принёс батон вместо матнакаша")
    story_heads: Words = _NONE
    story_subjects: Words = _NONE
    # … those of ``story_heads`` that ask or want: after a contrast one starts another request,
    # no outcome ("мама просила купить хлеба, а Дима просил пива", "… but Tom wanted milk")
    request_reports: Words = _NONE
    # the speaker busy or away after a past copula, a lapse like "забыла" ("…, но я была на
    # работе", "… but I was busy"): spellings
    busy_words: Words = _NONE
    # an English verb in its own form opening a clause that asks beside a story: a
    # relayed ask ("…, tell him to get some"): spellings
    story_imperatives: Words = _NONE
    # after a bare English buying verb with no comma before it, a word that shows it asked
    # anew ("we used to buy oat milk get some again"): spellings
    retake_words: Words = _NONE
    # before a joke's name, a word that says it is none ("not a joke: …", "без приколов: …"):
    # spellings
    label_negations: Words = _NONE
    # a suggestion before an English deed asks it beside a story ("…, let's get it again")
    suggestion_leads: Words = _NONE
    outcome_contrasts: Words = _NONE
    outcome_verbs: Words = _NONE
    # a need reported is void only by one of these or an outcome verb after a contrast
    # ("…, но потом выяснилось, что у него целая пачка", "… but then she found hers"; "… but
    # the shop was closed" still needs it): lemmas and spellings
    void_verbs: Words = _NONE
    # a frame that sets the deed in the past or in a habit gone by ("used to", "last time",
    # "в прошлый раз", "раньше"): phrases (tuples of spellings)
    past_frames: tuple[tuple[str, ...], ...] = ()
    # the contracted "would" of a habit gone by, after a past frame: the verb right after it
    # is a deed told ("back then we'd buy milk from the farm")
    past_habit_subjects: Words = _NONE
    # a habit told with "keep" and a gerund ("my mum keeps telling me to buy …", "I keep
    # forgetting to buy …"): the spellings of "keep"
    keep_verbs: Words = _NONE
    # a habit told: one of ``habit_adverbs`` ("always", "usually", "всегда", "обычно") and a
    # buying verb in the present ("we usually get the eggs at the market", "мы всегда покупаем
    # тетради в Ашане", "Дима всегда покупает не тот кефир"); none of ``habit_breakers``, which
    # set a rule from now on ("from now on we always buy oat milk", "отныне всегда покупаем …")
    habit_adverbs: Words = _NONE
    habit_breakers: Words = _NONE
    # a habit told by a phrase ("as usual", "like always", "как обычно") or by a span every
    # time it falls ("every Saturday", "каждую субботу"): with a member's deed told in its
    # clause, the present, a future or a progressive, nothing asked ("Tom will get the
    # groceries on Saturday as usual", "Дима как обычно в субботу поедет за продуктами"):
    # phrases (tuples of spellings), the spellings that lead a span and the spans they lead
    # (lemmas and spellings: a day, a part of it, a week, a weekday; "every single day")
    habit_phrases: tuple[tuple[str, ...], ...] = ()
    # the verbs that tell no deed of a habit: an ability, a wish or an intention ("можешь как
    # обычно купить хлеб" asks): lemmas
    habit_non_deeds: Words = _NONE
    habit_span_leads: Words = _NONE
    habit_spans: Words = _NONE
    # a purchase put off to the next time, said with a modal or a need and no imperative: a
    # lesson told, nothing asked now ("next time we should get the big bag, this one goes
    # fast", "в следующий раз надо брать большую пачку"): the word that marks the phrase
    # (``next_time_marks``, a quick test), the phrases (tuples of spellings), the modals a
    # lesson is said with (spellings), and the words after the phrase that open a when
    # ("next time you're in town, …", "в следующий раз, когда пойдёшь …": a request's frame)
    # a reminder reported, nobody asked: a remind verb in the past, whom it was said to
    # (``reminder_report_skips``: "мне", "me"), then "что"/"that" (``reminder_report_links``)
    # and a clause that tells an event, no need, no run-out and nothing asked ("жена
    # напомнила, что Маша завтра уезжает на соревнования", "Tom reminded me that Jack has
    # football at 5"); not after a word that makes it a wish (``reminder_report_blocks``:
    # "хочу, чтобы ты напомнил …"): spellings
    reminder_report_links: Words = _NONE
    # … or, after a third person's present remind verb, what it is about ("Стоматология
    # Улыбка напоминает о приёме 6 марта", "the dentist reminds you of your appointment"): a
    # reminder told by its sender
    reminder_topic_links: Words = _NONE
    reminder_report_skips: Words = _NONE
    reminder_report_blocks: Words = _NONE
    # an opinion told over a long time, nobody asked: a saying verb (``long_sayings``: an
    # English gerund after "been", ``long_saying_auxiliaries``; a Russian saying verb's
    # lemma) and a span of years or months (``long_spans``) in the text, no request nor
    # run-out ("Emma's been saying for years that the garden needs a makeover", "свекровь
    # годами твердит, что шторы надо поменять"): spellings and lemmas
    long_sayings: Words = _NONE
    long_saying_auxiliaries: Words = _NONE
    long_spans: Words = _NONE
    next_time_marks: Words = _NONE
    next_time_phrases: tuple[tuple[str, ...], ...] = ()
    lesson_modals: Words = _NONE
    next_time_whens: Words = _NONE
    gerund_endings: tuple[str, ...] = ()  # … the gerund's: "-ing"
    # what a joke is called, heading it before a colon or in brackets ("мем: «…»", "[мем] …",
    # "meme: …"): a joke passed on, no request
    joke_labels: Words = _NONE
    # a verb of copying in a chat's label ("скопировал из чата: …", "pasted from discord: …"),
    # or in a note closing the text ("(copied from family chat)"), or the source word alone
    # before a chat there ("(из нашего чата)"): lemmas and spellings; ``copy_sources``: "из",
    # "from"
    copy_verbs: Words = _NONE
    copy_sources: Words = _NONE
    # a sender's reminder: the reminder's noun, a sender's word and a sender who is no member
    # opening the text before a colon ("Напоминание от банка: …", "Reminder from Dr. Patel's
    # office: …"); the speaker reminding many in the first person ("напоминаю всем, что …",
    # "Напоминаю, что в четверг собрание"): spellings
    reminder_nouns: Words = _NONE
    announce_verbs: Words = _NONE
    # … the word right after the speaker's reminder, past a comma: whom, many, it reminds or
    # "что" ("напоминаю всем", "Напоминаю, что …"; "напоминаю про хлеб" asks for bread)
    announce_followers: Words = _NONE
    # an e-mail's subject label after its sender's ("From: Emma. Subject: potluck. …"):
    # spellings
    subject_labels: Words = _NONE
    # a rule posted for everyone ("Категорически запрещается кормить кота со стола", "Smoking
    # is prohibited"): spellings
    prohibition_words: Words = _NONE
    # an English existential a reply tells with ("there's a bottle under the sink"): its
    # first word and what follows it
    existential_heads: Words = _NONE
    existential_links: Words = _NONE
    # derived
    # every word a story, a joke label, a copy note or a sender's reminder starts from
    story_cues: Words = field(init=False, repr=False, compare=False)
    # every word a remark told starts from (``_remarks_told``): a word of worth, of excess,
    # of completion, a currency, an outage, the first word of a wish contrary to fact
    told_cues: Words = field(init=False, repr=False, compare=False)
    # every word a text told, not asked, starts from (``_told_not_asked``): a plan's gerund, a
    # wish, a future's auxiliary, a turn, a duty reported, a need denied, a label's first word,
    # a group a notice is said to, a report's heading, a sum's verb, a feeling's first word
    unasked_cues: Words = field(init=False, repr=False, compare=False)
    # every word a habit is told by (``habit_adverbs``, the first words of ``habit_phrases``,
    # ``habit_span_leads``)
    habit_cues: Words = field(init=False, repr=False, compare=False)
    # a request taken back in the same text (``_takeback``; round 25): ``takeback_cancels``:
    # phrases that cancel it, said as a clause of their own ("не надо", "отменяется",
    # "ignore me", "cancel"); ``takeback_withdrawals``: words that withdraw what was said,
    # opening the take-back ("стоп", "wait", "no"); ``takeback_openers``: words that may come
    # with them and ask nothing ("а", "хотя", "oh"); ``takeback_done_words``: words that tell
    # a deed is done or a thing still there ("уже", "already", "still");
    # ``takeback_leads``: words before a verb or a cancel that make it a deed's own ("remind
    # Tom to cancel", "if you get a chance")
    takeback_cancels: tuple[tuple[str, ...], ...] = ()
    takeback_withdrawals: Words = _NONE
    takeback_openers: Words = _NONE
    takeback_done_words: Words = _NONE
    takeback_leads: Words = _NONE
    # words between a retraction and the request said instead ("просто", "лучше", "just")
    takeback_resumers: Words = _NONE
    # pronouns that refer back to a person or a thing said before ("ей", "him", "it")
    takeback_referents: Words = _NONE
    # a self-correction in speech (``_takeback.correction_settled``): marks of a pause before
    # its editing term ("…"), and words that settle the replacement said last ("лучше",
    # "хватит", "is better", "will do")
    takeback_pauses: Words = _NONE
    takeback_settlers: tuple[tuple[str, ...], ...] = ()
    # words after a consequence's verb that name nothing to buy (``_takeback._consequence``:
    # "если …, купи ещё", "if …, get some more"): what to buy is the condition's, asked
    consequence_fillers: Words = _NONE
    # words of a correction after a withdrawing word, no reason for taking the request back
    # (``_takeback._tells``): a need, a wish, words reported, whom it is for ("…, no, we need
    # two", "…, нет, Дима хочет овсяное", "…, стой, мама сказала взять два"); negated they
    # are a reason ("…, no, we don't need any"); ``takeback_beneficiary_links``: a link
    # before a name that says whom it is for, also a correction ("…, wait, it's for Tom")
    takeback_corrections: Words = _NONE
    takeback_beneficiary_links: Words = _NONE
    # derived
    takeback_starts: Words = field(init=False, repr=False, compare=False)  # a take-back's
    list_verbs: Words = field(init=False, repr=False, compare=False)
    pasted_markers: Words = field(init=False, repr=False, compare=False)
    injection_words: Words = field(init=False, repr=False, compare=False)
    unserved_markers: Words = field(init=False, repr=False, compare=False)
    assistant_deed_words: Words = field(init=False, repr=False, compare=False)
    phrase_starts: Words = field(init=False, repr=False, compare=False)
    statement_markers: Words = field(init=False, repr=False, compare=False)
    retraction_starts: Words = field(init=False, repr=False, compare=False)
    notice_markers: Words = field(init=False, repr=False, compare=False)
    # every word of an offer's deal, count's lead or reward verb: ``_adverts``' first test
    offer_starts: Words = field(init=False, repr=False, compare=False)
    wake_starts: Words = field(init=False, repr=False, compare=False)
    noise_starts: Words = field(init=False, repr=False, compare=False)  # any of the noise
    split_starts: Words = field(init=False, repr=False, compare=False)  # a split word's first
    meta_starts: Words = field(init=False, repr=False, compare=False)
    # a plea's first word (``_clauses._pleads``' first test: "send" of "send help")
    plea_starts: Words = field(init=False, repr=False, compare=False)
    forward_starts: Words = field(init=False, repr=False, compare=False)
    indirect_starts: Words = field(init=False, repr=False, compare=False)  # an indirect ask
    # the filler phrases by their first word, in their order
    filler_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )

    # the words a remark of ``_statements.remark`` cannot be read without: thanking words,
    # the reflexive refusal's ends, the first word of a refusal, the last of a rate phrase and
    # of an incredulous frame (a command with none of them remarks on nothing)
    remark_words: Words = field(init=False, repr=False, compare=False)
    connective_starts: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )  # each request connective under its first word
    # the retraction, hedge, forward and notice phrases under their first words, which
    # ``_notices.has_phrase`` looks the text's words up in
    retraction_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    hedge_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    forward_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    notice_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    call_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    advice_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )
    wish_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        _set(self, "wake_starts", self.wake_words | self.wake_openers | self.called_wake_words)
        _set(
            self,
            "noise_starts",
            self.hesitation_sounds
            | self.discourse_openers
            | self.found_word_marks
            | self.count_hedges,
        )
        _set(
            self,
            "split_starts",
            frozenset(self.split_prepositions) | frozenset(self.sounded_prepositions),
        )
        _set(
            self,
            "connective_starts",
            MappingProxyType(
                {
                    first: tuple(p for p in self.request_connectives if p[0] == first)
                    for first in {phrase[0] for phrase in self.request_connectives}
                }
            ),
        )
        indirect = self.recall_words | self.indirect_openers | self.idle_verbs | self.compose_verbs
        _set(self, "indirect_starts", indirect)
        _set(self, "meta_starts", frozenset(p[0] for p in self.meta_phrases))
        _set(self, "plea_starts", frozenset(p[0] for p in self.plea_phrases))
        _set(
            self,
            "remark_words",
            self.thanks_words
            | self.own_refusal_ends
            | frozenset(p[0] for p in self.own_refusals)
            | frozenset(p[-1] for p in self.rate_phrases)
            | frozenset(p[-1] for p in self.incredulous_frames),
        )
        forwards = (
            self.forward_openers | self.chat_nouns | frozenset(p[0] for p in self.forward_phrases)
        )
        _set(self, "forward_starts", forwards)
        _set(self, "list_verbs", self.list_op_verbs | self.list_edit_verbs)
        _set(
            self,
            "notice_markers",
            self.notice_states | self.receipt_labels | self.notice_passives
            | self.reader_possessives | self.notice_labels | self.reply_code_verbs
            | self.source_labels | self.sender_labels | self.signature_bodies
            | frozenset(p[0] for p in self.notice_phrases),
        )  # fmt: skip
        offers = (*self.offer_deals, *self.offer_priced, *self.offer_counted)
        _set(self, "offer_starts", frozenset(w for p in offers for w in p) | self.offer_rewards)
        _set(self, "injection_words", self.injection_markers | self.injection_roles)
        _set(
            self,
            "unserved_markers",
            self.list_verbs | self.assistant_words | self.assistant_verbs
            | self.question_particles | self.services | self.booking_verbs | self.elsewhere
            | self.contact_words | self.ordering_verbs | self.order_channels | self.summon_verbs,
        )  # fmt: skip
        _set(
            self,
            "assistant_deed_words",
            self.sending_verbs | self.reschedule_verbs | self.marking_verbs | self.reset_verbs
            | self.made_lists | self.writing_verbs | self.reassign_verbs | self.handing_verbs
            | self.checking_verbs | self.solving_verbs | self.homework_nouns | self.show_verbs
            | self.ability_verbs,
        )  # fmt: skip
        _set(self, "phrase_starts", frozenset(phrase[0] for phrase in self.filler_phrases))
        fillers: dict[str, tuple[tuple[str, ...], ...]] = {}
        for phrase in self.filler_phrases:
            fillers[phrase[0]] = (*fillers.get(phrase[0], ()), phrase)
        _set(self, "filler_by_first", MappingProxyType(fillers))
        _set(self, "retraction_by_first", _by_first(self.retraction_phrases))
        _set(
            self,
            "takeback_starts",
            self.takeback_withdrawals | frozenset(p[0] for p in self.takeback_cancels),
        )
        _set(self, "hedge_by_first", _by_first(self.hedge_phrases))
        _set(self, "forward_by_first", _by_first(self.forward_phrases))
        _set(self, "notice_by_first", _by_first(self.notice_phrases))
        _set(self, "call_by_first", _by_first(self.call_phrases))
        _set(self, "advice_by_first", _by_first(self.advice_phrases))
        _set(self, "wish_by_first", _by_first(self.wish_phrases))
        retraction_starts = self.retraction_words | frozenset(p[0] for p in self.retraction_phrases)
        _set(self, "retraction_starts", retraction_starts)
        _set(
            self,
            "statement_markers",
            self.retraction_words | self.hedge_words | self.own_plan_openers
            | self.abstract_needs | self.service_needs | self.idle_verbs | self.deed_verbs
            | frozenset(p[0] for p in (*self.retraction_phrases, *self.hedge_phrases))
            | frozenset(p[0] for p in (*self.mock_openers, *self.mock_tails))
            | frozenset(p[0] for p in self.mock_tail_leads)
            | frozenset(p[0] for p in self.refusal_openers)
            | self.mock_runs | self.self_doers,
        )  # fmt: skip
        _set(
            self,
            "habit_cues",
            self.habit_adverbs | self.habit_span_leads
            | frozenset(p[0] for p in self.habit_phrases),
        )  # fmt: skip
        _set(
            self,
            "story_cues",
            self.story_heads | self.keep_verbs | self.habit_adverbs | self.joke_labels
            | self.copy_verbs
            | self.chat_nouns | self.reminder_nouns | self.announce_verbs
            | self.subject_labels | self.prohibition_words
            | frozenset(p[0] for p in self.past_frames),
        )  # fmt: skip
        _set(
            self,
            "told_cues",
            self.evaluative_predicates | self.excess_degrees | self.chore_states
            | self.currency_marks | self.outage_nouns
            | frozenset(p[0] for p in self.counterfactual_leads),
        )  # fmt: skip
        _set(
            self,
            "unasked_cues",
            self.plan_gerunds | self.wish_verbs | self.told_futures | self.turn_nouns
            | self.duty_reports | self.denied_needs | self.notice_groups | self.shared_groups
            | self.work_addresses
            | self.report_headings | self.sum_told_verbs
            | frozenset(p[0] for p in (*self.deed_feelings, *self.label_phrases))
            | frozenset(p[0] for p in self.dose_phrases)
            | frozenset(p[0] for p in self.score_links),
        )  # fmt: skip
        _set(
            self,
            "pasted_markers",
            self.letter_words | self.recipe_lemmas | self.signoff_words | self.kitchen_measures
            | self.label_lemmas | self.taste_measures,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every word the matchers read, by matcher."""

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    text: TextWords = field(default_factory=TextWords)
    morphology: MorphologyWords = field(default_factory=MorphologyWords)
    triggers: TriggerWords = field(default_factory=TriggerWords)
    shopping: ShoppingWords = field(default_factory=ShoppingWords)
    tasks: TaskWords = field(default_factory=TaskWords)
    corridor: CorridorWords = field(default_factory=CorridorWords)
    numbers: NumberWords = field(default_factory=NumberWords)
    units: UnitWords = field(default_factory=UnitWords)
    dates: DateWords = field(default_factory=DateWords)
    open_world: OpenWorldWords = field(default_factory=OpenWorldWords)
    # words no name of a list read by its shape alone holds (``_shopping``): a span or a time
    # of day, a chore, a service or a person one books, an ailment, pest or device
    shape_heads: Words = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        d, t, o = self.dates, self.triggers, self.open_world
        _set(
            self,
            "shape_heads",
            frozenset(d.spans) | frozenset(d.today_parts) | d.day_triggers | d.due_words
            | t.chore_nouns | t.duty_heads | o.services
            | o.service_needs | self.shopping.use_objects,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language: its code, the letters that mark it, its words and its sentences.

    ``script`` is a regex character class; text holding one of its letters is in this
    language ("" for a language told apart by no letter of its own: the registry's default).
    """

    def __reduce__(self) -> _Reduced:
        return _reduce(self)

    code: Language
    script: str
    vocabulary: Vocabulary
    messages: Mapping[str, str]

    def __post_init__(self) -> None:
        missing, extra = MESSAGE_KEYS - set(self.messages), set(self.messages) - MESSAGE_KEYS
        if missing or extra:
            raise ValueError(
                f"lexicon {self.code!r}: messages missing {sorted(missing)}, "
                f"unknown {sorted(extra)}"
            )


_G = TypeVar("_G")


def _union(first: Any, second: Any) -> Any:
    if isinstance(first, frozenset):
        return first | second
    if isinstance(first, Mapping):
        return MappingProxyType({**first, **{k: v for k, v in second.items() if k not in first}})
    if isinstance(first, tuple):
        return first + tuple(entry for entry in second if entry not in first)
    if isinstance(first, str):
        return "|".join(part for part in dict.fromkeys((first, second)) if part)
    return merge(first, second)


def merge(first: _G, second: _G) -> _G:
    """The field-by-field union of two groups of the same kind (``first`` wins a key both map)."""
    values = {
        f.name: _union(getattr(first, f.name), getattr(second, f.name))
        for f in fields(first)  # type: ignore[arg-type]
        if f.init
    }
    return type(first)(**values)
