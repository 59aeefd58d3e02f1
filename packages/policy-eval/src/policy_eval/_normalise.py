"""Normalised item names and task titles, so a comparison tolerates form, not content.

A name is case-folded, ``ё`` read as ``е``, punctuation dropped and every word reduced to its
lemmas: Russian words to their dictionary forms with pymorphy3 ("молока" → "молоко"),
English words to a light plural-stripping stem ("apples" ≈ "apple", "berries" ≈ "berry").
Two item names are the same when they have as many words and each pair of words shares a
lemma: an ambiguous Russian form keeps all its readings ("молочка" may be "молочко" or
"молочка"), so a right name is never lost to a wrong guess of the analyser. Word order is
kept: "red apples" and "apples red" are different names.
"""

from __future__ import annotations

import difflib
import re

import pymorphy3

__all__ = ["TITLE_PASS_THRESHOLD", "NameForms", "NameNormaliser", "english_stem"]

# Titles at or above this difflib ratio (on normalised text) count as the same title: it lets
# through an inflected word or a dropped particle, not a different task.
TITLE_PASS_THRESHOLD = 0.8

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = frozenset("aeiou")

NameForms = tuple[frozenset[str], ...]


def english_stem(word: str) -> str:
    """A light, symmetric plural stem: singular and plural of a word reach the same form.

    A trailing ``s`` goes (not from ``-ss``, ``-us``, ``-is``), then a consonant's ``y`` becomes
    ``i``, then a trailing ``e`` goes, so apple/apples, box/boxes, berry/berries and
    cookie/cookies each meet. Irregular plurals (knife/knives) are not handled.

    >>> [english_stem(w) for w in ("apples", "apple", "berries", "berry", "boxes", "box")]
    ['appl', 'appl', 'berri', 'berri', 'box', 'box']
    """
    stem = word
    if len(stem) > 3 and stem.endswith("s") and not stem.endswith(("ss", "us", "is")):
        stem = stem[:-1]
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in _VOWELS:
        stem = stem[:-1] + "i"
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]
    return stem


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("ё", "е"))


class NameNormaliser:
    """Normalises names and titles; build one per evaluation (the analyser is costly to load).

    Lemmas are memoised on the instance, so a word is analysed once per evaluation.

    >>> normaliser = NameNormaliser()
    >>> normaliser.name("2 Литра МОЛОКА!")
    '2 литр молоко'
    >>> normaliser.same("молочко", "молочка"), normaliser.same("apples", "apple")
    (True, True)
    """

    def __init__(self) -> None:
        self._morph = pymorphy3.MorphAnalyzer()
        self._lemmas: dict[str, tuple[str, ...]] = {}

    def _lemmas_of(self, word: str) -> tuple[str, ...]:
        """The word's lemmas, the analyser's best guess first."""
        cached = self._lemmas.get(word)
        if cached is not None:
            return cached
        if _CYRILLIC.search(word):
            readings = (str(p.normal_form).replace("ё", "е") for p in self._morph.parse(word))
            lemmas = tuple(dict.fromkeys(readings)) or (word,)
        else:
            lemmas = (english_stem(word),)
        self._lemmas[word] = lemmas
        return lemmas

    def name(self, text: str) -> str:
        """The canonical normalised form: each word's most likely lemma."""
        return " ".join(self._lemmas_of(word)[0] for word in _words(text))

    def forms(self, text: str) -> NameForms:
        """Every lemma of every word, for ``same``-style matching of many names."""
        return tuple(frozenset(self._lemmas_of(word)) for word in _words(text))

    @staticmethod
    def forms_match(left: NameForms, right: NameForms) -> bool:
        """Whether two names' forms match word for word (a shared lemma per position)."""
        return len(left) == len(right) and all(a & b for a, b in zip(left, right, strict=True))

    def same(self, left: str, right: str) -> bool:
        """Whether two item names are the same name in different forms."""
        return self.forms_match(self.forms(left), self.forms(right))

    def similarity(self, expected: str, actual: str) -> float:
        """difflib's ratio of two titles after normalisation (1.0 = the same)."""
        left, right = self.name(expected), self.name(actual)
        if left == right:
            return 1.0
        return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()
