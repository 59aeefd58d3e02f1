"""Word analysis: lemmas, parts of speech and inflection for Russian; light rules for English.

Russian inflection is real morphology (pymorphy3 and its OpenCorpora dictionaries), so
"Маше", "Машу" and "для Маши" all reach the lemma "маша", and "в ванной" reaches "ванная".
Analyses are cached per ``Morphology`` instance: a household app's vocabulary repeats, so the
steady-state cost of a word is a dictionary look-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final

from policy_core._spelling import RussianSpeller
from policy_core.lang import BUILT_IN, MorphologyWords, SuffixRule, TextWords

__all__ = ["Morphology", "WordInfo", "rule_lemma"]

_CACHE_SIZE: Final = 65_536
_FAMILY_NAMES = frozenset({"Surn", "Patr"})  # OpenCorpora: a surname, a patronymic
_FEMININE_SINGULAR = frozenset({"femn", "sing"})  # OpenCorpora: feminine, singular
_VERB, _NOUN = "VERB", "NOUN"  # OpenCorpora parts of speech
_VERB_READINGS = frozenset({"VERB", "INFN"})  # a finite verb, an infinitive
# a letter typed three times or more in a row ("pleeease", "пожааалуйста"): a word stretched
_STRETCHED: Final = re.compile(r"(\w)\1{2,}")
# … or twice ("pleasee", "плииз"): a word stretched only when, read once, it is one of the
# words chat stretches and at least this long ("bcc" is no "bc")
_DOUBLED: Final = re.compile(r"(\w)\1")
_DOUBLED_MIN: Final = 4
_DIRECT: Final = 0.2  # how likely a nominative/accusative reading must be to beat a genitive one
_PERSON: Final = frozenset({"Name", "Surn", "Patr"})  # OpenCorpora: a person's names
_PROPER: Final = _PERSON | {"Geox"}  # … and a place's
_ADJECTIVES: Final = frozenset({"ADJF", "PRTF"})  # OpenCorpora: a full adjective, a participle
_STUB_FORMS: Final = 1000  # dictionary forms read after a stub at most ("раст": some 13,000)
# OpenCorpora: a particle, an interjection, a conjunction: no object of a verb before them
_NO_OBJECTS: Final = frozenset({"PRCL", "INTJ", "CONJ"})
# OpenCorpora: the nominative and the accusative, a thing named or a verb's direct object
_DIRECT_CASES: Final = frozenset({"nomn", "accs"})
# OpenCorpora cases an item's head may be in: named, the object of a buying verb, or a
# genitive after a count or as a partitive ("купи хлеба")
_ITEM_CASES: Final = _DIRECT_CASES | {"gent", "gen2", "acc2"}


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the rules need to know about one (normalised) word."""

    norm: str
    lemma: str  # the most probable dictionary form
    lemmas: frozenset[str]  # every dictionary form the word may have (for name matching)
    pos: str | None  # OpenCorpora part of speech for Russian ("NOUN", "INFN", ...), else None
    is_name: bool  # the most probable reading is a first name
    may_be_name: bool  # some reading is a first name or a patronymic ("Ване", "Михалычу")
    is_imperative: bool
    is_infinitive: bool
    is_russian: bool
    noun_case: str | None = None  # the case of the most probable reading, when it is a noun
    may_be_direct: bool = False  # some noun reading is nominative or accusative ("яйца")
    is_past: bool = False  # a verb in the past tense ("купил"): a report, not a request
    is_future: bool = False  # a verb in the future tense ("почистит"): said of its doer
    surname_or_adjective: bool = False  # "бородинский": read as an adjective after a noun
    # "мой посуду", "полей цветы": the lemma of an imperative reading less likely than another
    imperative_too: str | None = None
    is_third_person: bool = False  # a verb of the 3rd person ("отключат"), not one addressed
    is_own_plan: bool = False  # 1st person singular future ("куплю", "схожу"): the speaker's
    # not in the dictionary, and no typo of a word that is: a brand or a borrowing
    # ("несквик", "хайнц"), read by its ending only
    guessed: bool = False
    # 2nd person future ("купишь", "напомнишь", "добавите"): asked of the one spoken to
    is_asked_future: bool = False
    # a verb of the 1st person, not an imperative ("купим", "сделаю", "будем"): the speaker's
    is_first_person: bool = False
    # a first name that another reading makes a thing, an inanimate noun in the nominative and
    # no place ("Наполеон": the cake, "Виктория": the strawberry; not "Оксана", "Лена")
    thing_named_too: bool = False
    # a noun naming a living being, a person or an animal ("кота", "ребёнка"): no thing
    is_animate: bool = False
    # a noun or a pronoun in the dative ("Пете", "ему", "мне"): the one a deed is for
    is_dative: bool = False
    # a feminine singular noun or adjective ("лампочка", "стиральная"): its accusative differs
    # from its nominative ("ворота", "время", "кран" are their own)
    is_feminine: bool = False

    @property
    def may_say_deed(self) -> bool:
        """Whether the word may say a task's deed: any English word, a Russian imperative or
        infinitive, or a verb in the future of the 3rd person, the deed told of its doer
        ("пусть Петя вынесет мусор", "Дима почистит снег")."""
        return (
            not self.is_russian
            or self.is_imperative
            or self.is_infinitive
            or (self.is_future and self.is_third_person)
        )


def _strip(word: str, rules: tuple[SuffixRule, ...]) -> str | None:
    """``word`` under the first rule that applies to it, or None."""
    for rule in rules:
        if (
            len(word) > rule.longer_than
            and word.endswith(rule.endings)
            and not (rule.unless_endings and word.endswith(rule.unless_endings))
            and word not in rule.unless_words
        ):
            return word[: len(word) - rule.cut] + rule.add
    return None


def rule_lemma(word: str, words: MorphologyWords) -> str:
    """A plural/possessive-insensitive key for words no dictionary reads ("apples" -> "apple")."""
    word = _strip(word, words.possessive_rules) or word
    return _strip(word, words.suffix_rules) or word


def _places_only(parses: list[Any]) -> bool:
    """Every reading is a place's name ("соба", "собу": only "Соб")."""
    return all(p.tag.POS == _NOUN and "Geox" in p.tag for p in parses)


def _indeclinable_noun(norm: str, lemmas: frozenset[str] = frozenset()) -> WordInfo:
    """A borrowed noun that never declines (``MorphologyWords.indeclinable``) whose spelling the
    dictionary reads only as another part of speech ("бисли" as a past of "биснуть"): the noun,
    in the nominative or the accusative, kept as typed."""
    return WordInfo(
        norm,
        norm,
        lemmas | {norm},
        _NOUN,
        False,
        False,
        False,
        False,
        True,
        noun_case="nomn",
        may_be_direct=True,
        guessed=True,
    )


class Morphology:
    """Analyses words; one instance is shared by every decision of a policy.

    ``words`` and ``text_words`` are the languages' data (the built-in languages' by default).
    """

    def __init__(
        self,
        words: MorphologyWords = BUILT_IN.vocabulary.morphology,
        text_words: TextWords = BUILT_IN.vocabulary.text,
        products: frozenset[str] = BUILT_IN.vocabulary.shopping.repair_targets,
    ) -> None:
        import pymorphy3  # noqa: PLC0415 - dictionaries load when a policy is built, not on import

        self._analyzer: Any = pymorphy3.MorphAnalyzer()
        self._words = words
        self._folds = text_words.folds
        # A language with no dictionary letters has no word the dictionary reads.
        self._dictionary_word = re.compile(words.dictionary_letters or "(?!)")
        # a typo is read as the known product or command verb it is one slip from
        self._speller = RussianSpeller(
            self._analyzer.word_is_known, words, self._dictionary_lemmas, products
        )
        # the words chat stretches and types short, and their short spellings: a stretched word
        # read as one of these is that word ("pleeease", "плиииз", "thanksss")
        self._stretchable = frozenset(words.shorthands) | frozenset(words.shorthands.values())
        self.info: Callable[[str], WordInfo] = lru_cache(maxsize=_CACHE_SIZE)(self._analyse)
        # a word as typed, never read as the shorthand it may be ("BC", "U", "PPL": capitals)
        self.own_info: Callable[[str], WordInfo] = lru_cache(maxsize=_CACHE_SIZE)(self._own)
        self.nominative: Callable[[tuple[str, ...], bool, bool], tuple[str, ...]] = lru_cache(
            maxsize=_CACHE_SIZE
        )(self._nominative)
        self.agrees: Callable[[str, str], bool] = lru_cache(maxsize=_CACHE_SIZE)(self._agrees)
        self.governed: Callable[[str], bool] = lru_cache(maxsize=_CACHE_SIZE)(self._governed)
        self.readings: Callable[[str], frozenset[tuple[str, str]]] = lru_cache(maxsize=_CACHE_SIZE)(
            self._readings
        )
        self.is_stub: Callable[[str], bool] = lru_cache(maxsize=_CACHE_SIZE)(self._is_stub)

    def _is_stub(self, word: str) -> bool:
        """``word`` (lower case) is no word of the dictionary but the start of an adjective's
        or a participle's form: an adjective shortened ("раст" of "растительное", "сгущ" of
        "сгущённое", "хоз"); not a typo ("малако") nor a name it lacks ("маскарпоне")."""
        if self.is_known(word) or not self._dictionary_word.search(word):
            return False
        dictionary = self._analyzer.dictionary
        for n, (form, (paradigm, index)) in enumerate(dictionary.words.iteritems(word)):
            if n >= _STUB_FORMS:
                return False
            if form != word and dictionary.build_tag_info(paradigm, index).POS in _ADJECTIVES:
                return True
        return False

    def _readings(self, word: str) -> frozenset[tuple[str, str]]:
        """Every (part of speech, case) the dictionary reads ``word`` as ("" for no case);
        none for a word it does not hold (a guess from the ending is no reading)."""
        if not self.is_known(word):
            return frozenset()
        return frozenset((str(p.tag.POS or ""), str(p.tag.case or "")) for p in self._parses(word))

    def _dictionary_lemmas(self, word: str) -> frozenset[str]:
        """The dictionary forms of a word the dictionary knows, ё read as е too ("тушёнку":
        "тушёнка", "тушенка")."""
        forms = {p.normal_form for p in self._parses(word)}
        return frozenset(forms | {self._fold(form) for form in forms})

    def _agrees(self, word: str, noun: str) -> bool:
        """``word`` may be an adjective agreeing with the noun ``noun`` after it: "бельевую
        верёвку" is one thing, though "бельевую" may be a noun ("бельевая", a laundry)."""
        nouns = {
            (p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
            for p in self._parses(noun)
            if p.tag.POS == "NOUN"
        }
        return any(
            (p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None) in nouns
            for p in self._parses(word)
            if p.tag.POS in ("ADJF", "PRTF")
        )

    def _governed(self, noun: str) -> bool:
        """``noun`` reads as a genitive and as an object only where a living thing's object
        is its genitive ("индейки": of a turkey, or turkeys as a subject; "минтая"): after a
        noun, its complement ("филе индейки", "филе минтая")."""
        parses = [p for p in self._parses(noun) if p.tag.POS == "NOUN"]
        return (
            bool(parses)
            and parses[0].tag.case == "gent"  # the likeliest reading ("внуки" is no "внука")
            and not any(p.tag.case == "accs" and "anim" not in p.tag for p in parses)
        )

    def may_be_singular(self, word: str) -> bool:
        """``word`` may be a singular noun, or is no word the dictionary holds ("пломбир",
        "косичку", "барбекю"; not "фрукты")."""
        parses = self._parses(word) if self.is_known(word) else []
        return not parses or any(p.tag.POS == "NOUN" and p.tag.number != "plur" for p in parses)

    def is_known(self, word: str) -> bool:
        """``word`` is in the Russian dictionary (not a guess from its ending)."""
        return bool(self._dictionary_word.search(word)) and bool(self._analyzer.word_is_known(word))

    def _parses(self, word: str) -> list[Any]:
        """pymorphy3's readings of a Cyrillic word; none for anything it cannot read.

        pymorphy3 raises ValueError on letters Unicode gives no name (Tangut, for one):
        such a word is simply not Russian to the rules.
        """
        if not self._dictionary_word.search(word):
            return []
        try:
            return list(self._analyzer.parse(word))
        except ValueError:
            return []

    def _fold(self, word: str) -> str:
        for letter, read_as in self._folds:
            word = word.replace(letter, read_as)
        return word

    def _analyse(self, norm: str) -> WordInfo:
        spelt = self._words.shorthands.get(norm)
        if spelt is not None:  # "pls", "щас": texting shorthand, read as the word it spells
            return self.info(spelt)
        if _STRETCHED.search(norm):  # "pleeease", "плиииз": a courtesy stretched, read as it
            for collapsed in (_STRETCHED.sub(r"\1", norm), _STRETCHED.sub(r"\1\1", norm)):
                if collapsed in self._stretchable:
                    return self.info(collapsed)
        elif _DOUBLED.search(norm):  # "pleasee", "плииз": the same, a letter typed twice
            collapsed = _DOUBLED.sub(r"\1", norm)
            if (
                len(collapsed) >= _DOUBLED_MIN
                and collapsed in self._stretchable
                # ("tomorrow" is itself what the typo "tomorow" spells)
                and self._words.shorthands.get(collapsed, collapsed) != norm
            ):
                return self.info(collapsed)
        return self._own(norm)

    def _own(self, norm: str) -> WordInfo:
        if norm.endswith(self._words.imperative_particles):
            base = self._imperative_base(norm)
            if base is not None:
                return base
        cyrillic = self._dictionary_word.search(norm)
        if cyrillic and (name := _strip(norm, self._words.possessive_rules)) is not None:
            # "Света's": a Russian name with an English possessive, read as the name
            own = self._own(name)
            return replace(own, norm=norm, lemmas=own.lemmas | {norm})
        if not cyrillic or not self._parses(norm):
            lemma = rule_lemma(norm, self._words)
            return WordInfo(
                norm, lemma, frozenset({lemma, norm}), None, False, False, False, False, False
            )
        known = self.is_known(norm)
        guessed = False
        if not known:
            corrected = self._speller.correct(norm)
            guessed = corrected == norm and not known
            norm = corrected
        parses = self._parses(norm)
        top = parses[0]
        if guessed and norm in self._words.indeclinable:
            # "два бисли": no past of "биснуть"; "тофу в ашане": no dative of a name "Тоф"
            return _indeclinable_noun(norm)
        if norm in self._words.imperative_first:  # "поручи …": the verb, not the handrails
            top = next((p for p in parses if p.tag.POS == _VERB and "impr" in p.tag), top)
        if guessed and top.tag.POS == _VERB:
            # a word no dictionary holds is a borrowed or slang noun ("зарядник", "худи")
            # sooner than a verb its ending suggests ("зарядникнуть"): the dictionary has the
            # verbs; a noun's reading as likely as the verb's comes first
            top = next((p for p in parses if p.tag.POS == _NOUN and p.score >= top.score), top)
        lemmas = frozenset({self._fold(p.normal_form) for p in parses} | {norm})
        tag = top.tag
        pos = tag.POS
        return WordInfo(
            norm=norm,
            lemma=self._fold(top.normal_form),
            lemmas=lemmas,
            # A plain str: pymorphy3's grammeme hashes and compares in Python, and the
            # rules test ``pos`` against sets and strings for every word of every command.
            pos=str(pos) if pos is not None else None,
            is_name="Name" in tag,
            # a first name, or a patronymic people are called by ("Михалычу", "Петровичу")
            may_be_name=any("Name" in p.tag or "Patr" in p.tag for p in parses),
            is_imperative=tag.POS == "VERB" and "impr" in tag,
            is_infinitive=tag.POS == "INFN",
            is_russian=True,
            noun_case=str(tag.case) if tag.POS == "NOUN" and tag.case else None,
            may_be_direct=any(p.tag.POS == "NOUN" and p.tag.case in _DIRECT_CASES for p in parses),
            is_past=tag.POS == "VERB" and "past" in tag,
            is_future=tag.POS == "VERB" and "futr" in tag,
            # "хлеб бородинский": a surname that is an adjective too
            surname_or_adjective=not _FAMILY_NAMES.isdisjoint(tag.grammemes)
            and any(p.tag.POS == "ADJF" for p in parses),
            imperative_too=next(
                (
                    self._fold(p.normal_form)
                    for p in parses[1:]
                    if p.tag.POS == "VERB" and "impr" in p.tag
                ),
                None,
            )
            if not (tag.POS == "VERB" and "impr" in tag)
            else None,
            is_third_person=tag.POS == "VERB" and "3per" in tag,
            is_own_plan=tag.POS == "VERB" and {"1per", "sing", "futr"} <= tag.grammemes,
            is_asked_future=tag.POS == "VERB" and {"2per", "futr"} <= tag.grammemes,
            is_first_person=tag.POS == "VERB" and "1per" in tag and "impr" not in tag,
            guessed=guessed,
            is_animate=tag.POS == "NOUN" and "anim" in tag,
            is_dative=tag.POS in ("NOUN", "NPRO") and tag.case == "datv",
            is_feminine=tag.grammemes >= _FEMININE_SINGULAR,
            thing_named_too="Name" in tag
            and any(
                p.tag.POS == "NOUN"
                and "inan" in p.tag
                and p.tag.case == "nomn"
                and "Geox" not in p.tag
                for p in parses
            ),
        )

    @property
    def item_verbs(self) -> frozenset[str]:
        """``MorphologyWords.item_verbs``: the verbs whose imperative opens a list of items."""
        return self._words.item_verbs

    @property
    def item_joiners(self) -> frozenset[str]:
        """``MorphologyWords.item_joiners``: the words joining a list's items ("и")."""
        return self._words.item_joiners

    @staticmethod
    def takes_no_object(info: WordInfo | None) -> bool:
        """``info``'s word is a particle, an interjection or a conjunction ("пожалуйста",
        "тоже"): no object of the verb before it, which ends its clause there."""
        return info is not None and info.pos in _NO_OBJECTS

    def item_noun(self, info: WordInfo) -> WordInfo | None:
        """``info``'s word read as a noun where an item stands, when it is an imperative the
        dictionary or the guess reads as a thing in the nominative or the accusative too ("суши",
        "халуми"): the noun, as typed; None for any other word ("помой": only a genitive,
        "выпей": a bird)."""
        if not (info.is_imperative and info.may_be_direct and info.is_russian):
            return None
        if not any(
            p.tag.POS == _NOUN and p.tag.case in _DIRECT_CASES and "inan" in p.tag
            for p in self._parses(info.norm)
        ):
            return None  # "выпей": only a bird's animate accusative, no thing
        return _indeclinable_noun(info.norm, info.lemmas)

    def _imperative_base(self, norm: str) -> WordInfo | None:
        """ "купи-ка", "запиши-ка": the imperative before a hyphened particle."""
        for particle in self._words.imperative_particles:
            if norm.endswith(particle) and len(norm) > len(particle):
                info = self.info(norm[: -len(particle)])
                if info.is_imperative:
                    return info
        return None

    def imperative(self, word: str) -> str | None:
        """The 2nd person singular imperative of the Russian verb ``word``, said in any
        finite form or as its infinitive ("помоешь" → "помой", "собрать" → "собери",
        "вынес" → "вынеси"): the command a question or a hedge asks (``_deeds_asked``); None
        when no verb reading has one."""
        tags = self._words.imperative_tags
        for parse in self._parses(word) if tags else ():
            if parse.tag.POS in _VERB_READINGS:
                form = parse.inflect(tags)
                if form is not None:
                    return str(form.word)
        return None

    def _nominative(
        self, words: tuple[str, ...], counted: bool, several: bool = False
    ) -> tuple[str, ...]:
        """Put a Russian noun phrase ("пачку сливочного масла") in the nominative.

        The first noun is the head; it and the adjectives before it move to the nominative,
        keeping the head's number (adjectives also take its gender), and so do the adjectives
        right after it that agree with it, in their place; other words after the head ("сок из
        апельсинов") stay as written. ``counted`` says a quantity or measure came
        with the words, so a genitive reading is the expected one ("2 литра молока");
        ``several`` says they were counted by a number from two on with no unit, so a head in
        the genitive singular ("три лимона", "4 детских творожка") is a plural.
        """
        head_index = None
        head = None
        for index, word in enumerate(words):
            parses = self._parses(word)
            if not parses:
                continue
            nouns = [p for p in parses if p.tag.POS == "NOUN"]
            if index + 1 < len(words) and self.agrees(word, words[index + 1]):
                continue  # "бельевую верёвку": an adjective, though a noun too
            # "спрей для горла": a borrowed noun no dictionary holds, read as a noun though
            # a verb's reading is as likely, heads the phrase as said
            # … and so does a listed one ("суши с лососем")
            listed = word in self._words.indeclinable
            own = next(
                (p for p in nouns if listed or (p.tag.case == "nomn" and p.word == p.normal_form)),
                None,
            )
            if own is not None and (
                listed or (parses[0].tag.POS != "NOUN" and self.info(word).guessed)
            ):
                head, head_index = own, index
                break
            if parses[0].tag.POS == "NOUN" or (nouns and index == len(words) - 1):
                # A product, not a person: "лимонов" is lemons before it is a surname.
                common = [p for p in nouns if not {"Surn", "Name", "Patr"} & p.tag.grammemes]
                head = (common or nouns)[0]
                # "купи яйца": a likely direct-object reading beats a genitive guess, while
                # a partitive "купи хлеба" (whose plural reading is unlikely) stays "хлеб".
                direct = [p for p in common if p.tag.case in _DIRECT_CASES and p.score >= _DIRECT]
                if (
                    not counted
                    and head.tag.case == "gent"
                    and direct
                    # "туалетной бумаги": an adjective before it in the genitive singular
                    # says which reading the noun has ("туалетная бумага", not "бумаги")
                    and not (
                        index > 0
                        and self._reads_as(words[index - 1], head)
                        and not self._reads_as(words[index - 1], direct[0])
                    )
                ):
                    head = direct[0]
                head_index = index
                break
        if head is None or head_index is None:
            return words
        number = head.tag.number or "sing"
        if several and number == "sing" and head.tag.case == "gent":
            number = "plur"  # "три лимона" → "лимоны"; "мыло 3" stays "мыло"
        out = list(words)
        head_form = head.inflect({"nomn", number}) or head.inflect({"nomn"})
        out[head_index] = head_form.word if head_form is not None else head.normal_form
        if head.tag.case == "accs" and "inan" in head.tag and head.tag.number == number == "plur":
            out[head_index] = words[head_index]  # "цветы" is its own nominative, not "цветки"
        borrowed = self._borrowed_nominative(words, head_index, counted)
        if borrowed is not None and not borrowed.endswith(self._words.borrowed_plural):
            number = "sing"  # "острый рамён": one thing, whatever case the guess read
        wanted = {"nomn", number}
        if borrowed is not None:
            # "тофу", "маскарпоне", "буррату" → "буррата": a borrowed head read by its
            # ending; the adjectives keep their own gender ("японское саке")
            out[head_index] = borrowed
            if borrowed != words[head_index]:
                wanted.add("femn")
        elif number == "sing" and head.tag.gender:
            wanted.add(head.tag.gender)
        for index in range(head_index):
            readings = self._parses(words[index])
            # the adjective reading, even below a noun's ("бельевую верёвку")
            parse = next((p for p in readings if p.tag.POS in ("ADJF", "PRTF")), None)
            if parse is not None and (
                readings[0] is parse or self.agrees(words[index], words[index + 1])
            ):
                form = parse.inflect(wanted)
                if form is not None:
                    out[index] = form.word
        # (after a borrowed head kept as typed, its adjectives too: "сникерс большой")
        kept = borrowed is not None and borrowed == words[head_index]
        after = [] if kept else self._agreeing_after(words, head_index, head, wanted)
        # "смесь гипоаллергенную" → "смесь гипоаллергенная": the user's word order, as a
        # catalogue names it ("сок яблочный", "сельдь слабосолёная")
        out[head_index + 1 : head_index + 1 + len(after)] = after
        return tuple(out)

    def _borrowed_known(self, parses: list[Any]) -> bool:
        """A word the dictionary holds only as a thing's noun in a case no item is in and no
        complement's instrumental, and no form of a known product: a borrowing spelt like a
        rare word's oblique case ("саке": "сак" in the prepositional; "соба": a place's
        genitive); not "мацу", "хлебом", "сметане" (a product's dative), "Диме" (a person),
        "дочке" (a living being), "бородинского" (an adjective too)."""
        if not parses or self._speller.names_a_target(parses[0].word):
            return False
        return all(
            p.tag.POS == _NOUN
            and p.tag.case not in _ITEM_CASES
            and p.tag.case != "ablt"
            and "inan" in p.tag
            and _PERSON.isdisjoint(p.tag.grammemes)
            for p in parses
        ) or _places_only(parses)

    def _borrowed_nominative(self, words: tuple[str, ...], index: int, counted: bool) -> str | None:
        """The nominative of an item's head noun ``words[index]`` that the dictionary does not
        hold in a case an item takes (a borrowing), read by its typed ending rather than by a
        guessed lemma in a case no item is in; None for a word the dictionary or the guess
        reads (an adjective, a Russian plural), or for a head a noun follows ("Барсику корм":
        one it is for).

        A vowel that ends a neuter or an indeclinable, and a consonant, are kept as typed
        ("маскарпоне", "гоудзи", "саке", "чечил"), and so are Japanese "-ацу", "-дзу"
        ("тонкацу", "юдзу"); a "-у" or "-ю" is a feminine's accusative ("буррату" →
        "буррата", "Фрутоняню" → "фрутоняня"; "тофу", "тирамису", "понзу" are listed in
        ``MorphologyWords.indeclinable``), save a known word's "-у" (a masculine's partitive:
        "дихлофосу"); an "-а", "-я" said with no count is the word as named ("харисса",
        "соба"); an "-ы" is the guess's ("моцареллы"). A listed brand's case ("киндера",
        "корвалолу") is read as before.
        """
        word = words[index]
        if word in self._words.indeclinable:
            return word  # "тахини" is no case of "тахина"
        letters = self._dictionary_word
        if (
            len(word) < 2  # a letter and its ending
            or not (letters.match(word) and letters.match(word[-1]))
            or not word.isalpha()  # "сетку-рабицу", "kate'у"
            or word[-1] == word[-2]  # "хлебаа": a word stretched
            or (index + 1 < len(words) and self._heads(words[index + 1]))
        ):
            return None
        parses = self._parses(word)
        if not parses:
            return None
        top = parses[0].tag
        last = word[-1]
        w = self._words
        known = self.is_known(word)
        if known and not (
            self._borrowed_known(parses)
            # a known word's "-у" is a masculine's partitive ("дихлофосу"), save a place's
            and (not word.endswith(w.borrowed_known_partitives) or _places_only(parses))
        ):
            return None
        if not known and (top.POS in _ADJECTIVES or word.endswith(w.borrowed_genitive_plural)):
            return None  # "безлактозного", "наггетсов", "вкусняшек": the guess reads them
        if word[:-1] in w.speller_loanwords:
            return None  # "корвалолу", "киндера": a listed brand's case, read as before
        if word.endswith(w.borrowed_indeclinable_endings):
            return word  # "понзу", "юдзу", "тонкацу"
        for ending, named in w.borrowed_accusatives:
            if word.endswith(ending):  # "буррату" → "буррата", "Фрутоняню" → "фрутоняня"
                return word[: len(word) - len(ending)] + named
        if word.endswith(w.borrowed_russian_plural):
            return None  # "пюрешки", "гематогенки", "тортильи": a Russian plural or genitive
        if last in w.borrowed_kept or last not in w.speller_vowels:
            return word  # "маскарпоне", "гоудзи", "чечил"
        if last in w.borrowed_named and not counted:
            return word  # "харисса", "соба"
        return None  # "2 бурека", "моцареллы": a genitive or a plural, read by the guess

    def _lacks_typed_letter(self, typed: str, read: str) -> bool:
        """``typed`` has a letter its folded spelling ``read`` lost ("рамён": "рамен"), the
        dictionary does not hold it so, and holds ``read`` as no common noun in the nominative
        or the accusative (only "рамена"'s genitive, "рамный"): another word, not this one;
        "шуруповёрт" is "шуруповерт"."""
        return (
            not self.is_known(typed)
            and self.is_known(read)
            and not any(
                p.tag.POS == _NOUN
                and p.tag.case in _DIRECT_CASES
                and _PERSON.isdisjoint(p.tag.grammemes)
                for p in self._parses(read)
            )
        )

    def _heads(self, word: str) -> bool:
        """The dictionary reads ``word`` first as a noun: after a head, it is the head."""
        parses = self._parses(word)
        return bool(parses) and parses[0].tag.POS == _NOUN

    def item_spelling(self, typed: str, read: str) -> str:
        """The spelling of a word an item is named by: ``read`` (the speller's reading of
        ``typed``), unless the speller bent a word that looks borrowed into another word, by
        a first consonant's twin (a typist starts right: "поке" is no "боке", "тосол" no
        "досол"),
        by its last vowel for another (an ending is no slip: "нори" is no "норе", "бенто" no
        "бинта") or past a letter the dictionary's word lacks ("рамён"): then ``typed``. A
        first vowel is a slip ("агурцы" огурцы); a typo read in a case no item is in is named
        by its dictionary form ("кабачек" → "кабачке" → "кабачок")."""
        typed = typed.casefold()
        if self._fold(typed) == read != typed and self._lacks_typed_letter(typed, read):
            return typed  # "рамён": no "рамена"
        typed = self._fold(typed)
        if (
            typed == read
            or not typed
            or not read
            or not typed.isalpha()
            or self.is_known(typed)
            or typed in self._words.shorthands
            or not self._dictionary_word.match(typed)
        ):
            return read
        if self._speller.names_a_target(read) and (
            typed[-1] == read[-1] or sum(a != b for a, b in zip(typed, read, strict=False)) < 2
        ):
            return read  # "огурци" огурцы, "дворог" творог: a product's typo ("бенто" no "бинта")
        vowels, swaps = self._words.speller_vowels, self._words.speller_swaps
        # a first consonant for its voiced or voiceless twin (the swaps pair them both ways):
        # no one spells a word's first sound by ear, it is said as written ("шетка" for
        # "щетка" is a letter that spells one sound, and read)
        first = (
            typed[0] != read[0]
            and typed[0] not in vowels
            and read[0] in swaps.get(typed[0], "")
            and typed[0] in swaps.get(read[0], "")
        )
        parses = self._parses(read)
        if first or (typed[-1] in vowels and read[-1] in vowels and typed[-1] != read[-1]):
            return typed
        if parses and all(not _PROPER.isdisjoint(p.tag.grammemes) for p in parses):
            return typed  # "лабне" is no "Лобне": a product's typo names no place or person
        if parses and self._borrowed_known(parses):
            # "кабачек" read as "кабачке": a typo of a word, in a case the typist never
            # meant, named by the word's dictionary form ("кабачок")
            return self._fold(parses[0].normal_form)
        return read

    def _reads_as(self, word: str, noun: Any) -> bool:
        """``word`` has an adjective reading in the case and number (and, singular, the
        gender) of the noun reading ``noun``."""
        tag = noun.tag
        return any(
            p.tag.POS in ("ADJF", "PRTF")
            and p.tag.case == tag.case
            and p.tag.number == tag.number
            and (tag.number != "sing" or p.tag.gender == tag.gender)
            for p in self._parses(word)
        )

    def _agreeing_after(
        self, words: tuple[str, ...], head_index: int, head: Any, wanted: set[str]
    ) -> list[str]:
        """Adjectives right after the head that agree with it, in the nominative."""
        found: list[str] = []
        heads = {
            (p.tag.case, p.tag.number)
            for p in self._parses(words[head_index])
            if p.tag.POS == "NOUN" and p.normal_form == head.normal_form
        }
        for word in words[head_index + 1 :]:
            readings = self._parses(word)
            if not any(p.tag.POS in ("ADJF", "PRTF") for p in readings):
                break
            agreeing = [
                p
                for p in readings
                if p.tag.POS in ("ADJF", "PRTF")
                and ((p.tag.case, p.tag.number) in heads or (p.tag.case, None) in heads)
            ]
            form = agreeing[0].inflect(wanted) if agreeing else None
            if form is None:
                break
            found.append(form.word)
        return found
