"""Russian typed in Latin letters ("kupi moloko i yaytsa", "napomni Mashe v subbotu …").

A text all in ASCII whose words are mostly no other language's words, and of whose words at
least two (and more than half) spell, by a language's ``TextWords.translit_letters``, words
its dictionary knows, is read in that language's letters: the rules read "купи молоко и
яйца" as they read any Russian text. What the text names is given back as typed: an item
"moloko", a title "Otnesti veshchi v prachechnuyu" (``Respelling.typed``).

Cheap for every other text: a text with a letter outside ASCII returns at its first such
letter (emoji and other marks aside), and an English one after a set look-up per word
(half of its words are English words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice, product
from types import MappingProxyType
from typing import Final

from policy_core.lang import Languages
from policy_core.lang._registry import _every_word

__all__ = ["Respelling", "Transliteration", "foreign_words"]

_WORD: Final = re.compile(r"\b[A-Za-z][A-Za-z'`]*(?:-[A-Za-z][A-Za-z'`]*)*")
_CYRILLIC_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPELLINGS_TRIED: Final = 160
_CUTS_TRIED: Final = 6  # ways to cut a word into letter groups
_CHANGES_TRIED: Final = 3  # letters read otherwise than their first spelling
_UNREAD: Final = ("", False, None)
_STEM: Final = 3  # letters a word and its other form share, at least …
_ENDING: Final = 3  # … and letters of its ending, at most
# what comes before a clause's first word: nothing, or a mark that ends the one before
_CLAUSE_END: Final = re.compile(r"(?:.*[,.!?;:\n])?\s*", re.DOTALL)
_OTHER_LETTER: Final = re.compile(r"[^\W\d_A-Za-z]")  # a letter outside ASCII ("к", "é")
# a web or mail address, whose letters are no words ("https://www.shop.com/dp/B07")
_MAY_HOLD_ADDRESS: Final = re.compile(r"[/@]|www|\.[a-z]")
# An address: a scheme, "www.", a mail address, a dotted name with a path
# ("ozon.ru/t/abc"), or one ending in a common top-level domain ("shop.com"). Other dots
# between letters are prose: "moloko.hleb" typed without a space, "i t.d." и т.д.
_NOT_PROSE: Final = re.compile(
    r"\S*(?:://|www\.)\S*|\S+@\S+\.\S+"
    r"|\S+\.[A-Za-z]{2,}/\S*"
    r"|\S+\.(?:com|net|org|info|io|ru|su|by|ua|kz|de|uk|eu|me|co|app|shop|store)"
    r"(?![A-Za-z0-9])"
)
_CACHE_SIZE: Final = 4096


@dataclass(frozen=True, slots=True)
class Respelling:
    """A text read in the other script (``text``), with the way back to its typed words:
    each read word with its typed spelling, and a letter-by-letter spelling for the rest."""

    text: str
    back: Mapping[str, str]
    romanise: Callable[[str], str]
    fold: Callable[[str], str]  # letters read as others ("ё" as "е")

    def typed(self, phrase: str | None) -> str | None:
        """``phrase`` (a name or title read from ``text``) in the spelling the text was typed
        in: each word as typed, a word the rules changed ("молока" read as "молоко") spelt
        letter by letter; a title keeps its capital."""
        if not phrase:
            return phrase
        respelt = _CYRILLIC_WORD.sub(self._word, phrase)
        if phrase[0].isupper():
            respelt = respelt[:1].upper() + respelt[1:]
        return respelt

    def _word(self, match: re.Match[str]) -> str:
        word = match.group()
        typed = self.back.get(word.casefold())
        if typed is None:
            return self._near(word) if not word.isascii() else word
        return typed.lower() if word.islower() else typed

    def _near(self, word: str) -> str:
        """A word the rules put in another form than the text's ("хлеб" of "hleba",
        "зубная" of "zubnuyu"): the typed word's stem with the new ending spelt, where the
        typed word ends as its own ending is spelt; else the word spelt letter by letter."""
        low = self.fold(word.casefold())
        for read, typed in self.back.items():
            folded = self.fold(read)
            stem = next(
                (i for i, (a, b) in enumerate(zip(low, folded, strict=False)) if a != b),
                min(len(low), len(folded)),
            )
            if stem >= _STEM and stem >= len(low) - _ENDING:
                ending = self.romanise(folded[stem:])
                if typed.lower().endswith(ending):
                    return typed[: len(typed) - len(ending)].lower() + self.romanise(low[stem:])
        return self.romanise(word)


class Transliteration:
    """Reads Latin-letter text as the language ``letters`` spell (see the module's doc).

    ``foreign``: the words of the languages written in Latin letters (a text half of which
    are such words is theirs); ``is_known``: whether the dictionary knows a word;
    ``is_imperative``: whether a word reads as an imperative ("поставь");
    ``romanise``: each letter's usual Latin spelling, for the way back; ``folds``: letters
    read as others when a word is matched to its typed form ("ё" as "е"); ``function_words``:
    the words of ``foreign`` read in the other script all the same ("do", "no": до, но);
    ``is_name``: whether a word reads as a first name (a capitalised foreign word that
    spells one is read: "napomni Pete" Пете)."""

    def __init__(
        self,
        letters: Mapping[str, tuple[str, ...]],
        foreign: frozenset[str],
        is_known: Callable[[str], bool],
        is_imperative: Callable[[str], bool],
        romanise: Mapping[str, str],
        *,
        folds: tuple[tuple[str, str], ...] = (),
        function_words: frozenset[str] = frozenset(),
        is_name: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self._letters = letters
        self._longest = max(map(len, letters), default=0)
        self._foreign = foreign
        self._is_known = is_known
        self._is_imperative = is_imperative
        self._function_words = function_words
        self._is_name = is_name
        self._dropped = letters.get("$", ())  # signs dropped after a word's last letter
        self._romanise_table = MappingProxyType(dict(romanise))
        self._folds = str.maketrans({a: b for a, b in folds if len(a) == 1})
        self.spell: Callable[[str], tuple[str, bool, str | None]] = lru_cache(maxsize=_CACHE_SIZE)(
            self._spell
        )

    def _groups(self, word: str, start: int) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The letter groups ``word[start:]`` may begin with, longest first, as their ends
        and spellings (the last letter: its word-final spellings alone, where it has some)."""
        if start == len(word) - 1:
            spelt = self._letters.get(word[start] + "$")
            if spelt is not None:
                yield start + 1, spelt
                return
        for size in range(min(self._longest, len(word) - start), 0, -1):
            group = word[start : start + size]
            spelt = (start == 0 and self._letters.get("^" + group)) or self._letters.get(group)
            if spelt is not None:
                yield start + size, spelt

    def _segments(self, word: str) -> Iterator[tuple[tuple[str, ...], ...]]:
        """Each way to cut ``word`` into letter groups, longest groups first ("shodi":
        "sh"+"o"+"d"+"i" before "s"+"h"+…), as the groups' spellings.

        A loop over an explicit stack, not a call per group: a word of a thousand letters
        is cut as one of five. Only groups after which the rest of the word can still be
        cut are tried (``ends``), so a letter no group spells costs one pass, not every cut
        of the letters before it."""
        ends = [False] * len(word) + [True]  # word[i:] can be cut into groups
        for start in range(len(word) - 1, -1, -1):
            ends[start] = any(ends[end] for end, _ in self._groups(word, start))
        if not ends[0]:
            return
        stack: list[tuple[int, tuple[tuple[str, ...], ...]]] = [(0, ())]
        while stack:
            start, cut = stack.pop()
            if start == len(word):
                yield cut
                continue
            nexts = [(end, (*cut, spelt)) for end, spelt in self._groups(word, start) if ends[end]]
            stack.extend(reversed(nexts))  # the longest group is taken first

    def _spellings(self, word: str) -> Iterator[str]:
        """Every reading of ``word``, the likeliest first: fewest letters read otherwise than
        their first spelling ("vozmi": "возми", then "возьми"), longest groups first."""
        cuts = list(islice(self._segments(word), _CUTS_TRIED))
        for changed in range(_CHANGES_TRIED + 1):
            for cut in cuts:
                choices = [i for i, spelt in enumerate(cut) if len(spelt) > 1]
                for places in combinations(choices, changed):
                    options = [
                        spelt[1:] if i in places else spelt[:1] for i, spelt in enumerate(cut)
                    ]
                    for letters in product(*options):
                        yield "".join(letters)

    def _spell(self, word: str) -> tuple[str, bool, str | None]:
        """``word`` (lower case) in the other script, whether the dictionary knows it, and
        the imperative it may be with a sign dropped after its last letter."""
        first: str | None = None
        found: str | None = None
        for spelling in islice(self._spellings(word), _SPELLINGS_TRIED):
            if first is None:
                first = spelling
            if self._is_known(spelling):
                found = spelling
                break
        base = found or first or word
        # an imperative whose last sign was dropped ("postav": поставь, not the noun
        # "постав"; "ostav", "prigotov"), read so where a clause starts (``read``); a first
        # name is no such verb ("Boris, vynesi musor": Борис, not "борись")
        if found is not None and self._is_name(base):
            return base, True, None
        for sign in self._dropped:
            if self._is_known(base + sign) and self._is_imperative(base + sign):
                return base, found is not None, base + sign
        return base, found is not None, None

    def _counts(self, word: str, spelt: Mapping[str, tuple[str, bool, str | None]]) -> bool:
        """Whether a word past the first with a capital is evidence of the text's language:
        in capitals ("MOLOKO"), or spelling a known word that is no first name ("Moloko")."""
        if word.isupper() and len(word) > 1:
            return True
        reading = spelt.get(word.lower(), _UNREAD)
        return reading[1] and not self._is_name(reading[0])

    def _fold(self, word: str) -> str:
        return word.translate(self._folds)

    def romanise(self, word: str) -> str:
        table = self._romanise_table
        return "".join(table.get(ch, ch) for ch in word.lower())

    def read(self, text: str) -> Respelling | None:
        """``text`` in the other script when it is that language typed in Latin letters."""
        if not self._letters or (not text.isascii() and _OTHER_LETTER.search(text)):
            return None  # a letter of another script: Cyrillic text is read as it is
        tokens = text.lower().split()
        if len(self._foreign.intersection(tokens)) * 2 >= len(tokens):
            return None  # half its words English at a glance: most English text ends here
        addresses = (
            [match.span() for match in _NOT_PROSE.finditer(text)]
            if _MAY_HOLD_ADDRESS.search(text)
            else []
        )
        prose = _NOT_PROSE.sub(" ", text) if addresses else text
        foreign = self._foreign
        lowered = _WORD.findall(prose.lower())
        own = [word for word in lowered if word not in foreign]
        if len(own) * 2 <= len(lowered) or len(own) < 2:  # two words at least
            return None
        found = _WORD.findall(prose)
        spelt = {word: self.spell(word.strip("'`")) for word in own}
        # A name (a capital past the first word: "Lidle", "India") is no evidence either way.
        # (Unless every word has one: "Kupi Moloka" is typed in title case.) A word in capitals
        # is text ("kupi MOLOKO"), and so is a capitalised one that spells a word other than a
        # first name ("kupi Moloko").
        counted = (
            found
            if all(word[0].isupper() for word in found)
            else [
                word
                for i, word in enumerate(found)
                if i == 0 or not word[0].isupper() or self._counts(word, spelt)
            ]
        )
        known = sum(1 for word in counted if spelt.get(word.lower(), _UNREAD)[1])
        if known < 2 or known * 3 < len(counted) * 2:  # two thirds, two words
            return None
        # In such a text a word the other language knows is read too when it is one of this
        # language's short words ("do pyatnicy" до пятницы) or, capitalised, spells a first
        # name ("napomni Pete": Petya's dative). Any other stays as typed ("buy", "wine",
        # "plz"), though the dictionary may guess a form its letters spell ("буй", "вине").
        for word in found:
            key = word.lower()
            if key in spelt:
                continue
            function_word = key in self._function_words
            if not function_word and not word[:1].isupper():
                continue
            reading = self.spell(key.strip("'`"))
            if reading[1] and (function_word or self._is_name(reading[0])):
                spelt[key] = (reading[0], True, None)
        back: dict[str, str] = {}

        def respell(match: re.Match[str]) -> str:
            typed = match.group()
            if any(start <= match.start() < end for start, end in addresses):
                return typed  # in a web or mail address
            reading = spelt.get(typed.lower())
            if reading is None:
                return typed  # a word of the other language ("plz", "ok") stays as typed
            cyrillic = reading[0]
            if reading[2] is not None and _CLAUSE_END.fullmatch(text, 0, match.start()):
                cyrillic = reading[2]  # a command's imperative: "postav chaynik"
            if cyrillic == typed.lower():
                return typed
            back.setdefault(cyrillic, typed.strip("'`"))
            if typed.isupper() and len(typed) > 1:
                cyrillic = cyrillic.upper()
            elif typed[0].isupper():
                cyrillic = cyrillic.capitalize()
            # a quoted word keeps its closing quote ("kupi 'moloko'"); a final "'" otherwise
            # is a soft sign, read ("sol'" соль)
            quote = typed[-1]
            if quote in "'`" and match.start() > 0 and text[match.start() - 1] == quote:
                cyrillic += quote
            return cyrillic

        respelt = _WORD.sub(respell, text)
        return Respelling(respelt, MappingProxyType(back), self.romanise, self._fold)


def foreign_words(languages: Languages) -> frozenset[str]:
    """The Latin-letter words of the languages typed in no other script (English's): a
    text half of which are such words is theirs, never transliterated."""
    own = frozenset().union(
        *(
            _every_word(lx.vocabulary)
            for lx in languages.lexicons
            if lx.vocabulary.text.translit_letters
        )
    )
    return frozenset(
        word
        for lx in languages.lexicons
        if not lx.vocabulary.text.translit_letters
        for phrase in _every_word(lx.vocabulary)
        for word in phrase.split()
        if word.isascii() and word not in own
    )
