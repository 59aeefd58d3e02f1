"""Correcting the typos people make when typing Russian quickly on a phone.

Most Russian typos in a household chat are spelled as pronounced: unstressed vowels swapped
("малако", "памидоры"), voiced and voiceless consonants confused ("хлеп", "зафтра"), a double
consonant typed once ("ваной"). For a word the dictionary does not know, the corrector tries
those substitutions (at most two) and keeps the first spelling the dictionary knows. Known
words are never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Final

from policy_core.lang import MorphologyWords

__all__ = ["RussianSpeller"]

_MIN_LENGTH: Final = 4
_MAX_LENGTH: Final = 24  # longer "words" are no household word's typo, and their pairs grow as n²


def _substitutions(word: str, swaps: Mapping[str, str]) -> Iterator[str]:
    """Each spelling with one or two letters swapped for one of their alternatives (a swap's
    value holds each letter a typo may put for the key: "ш" → "жщ")."""
    positions = [i for i, ch in enumerate(word) if ch in swaps]
    for a in positions:
        for x in swaps[word[a]]:
            yield word[:a] + x + word[a + 1 :]
    for n, a in enumerate(positions):
        for b in positions[n + 1 :]:
            for x in swaps[word[a]]:
                for y in swaps[word[b]]:
                    yield word[:a] + x + word[a + 1 : b] + y + word[b + 1 :]


def _doublings(word: str, doubled: frozenset[str]) -> Iterator[str]:
    for i, ch in enumerate(word):
        if ch in doubled and i > 0 and (i + 1 >= len(word) or word[i + 1] != ch):
            yield word[: i + 1] + ch + word[i + 1 :]


class RussianSpeller:
    """Corrects unknown Russian words; ``is_known`` is the dictionary's membership test, the
    letters a typo swaps or types once come from the languages' ``MorphologyWords``."""

    def __init__(self, is_known: Callable[[str], bool], words: MorphologyWords) -> None:
        self._is_known = is_known
        self._swaps = words.speller_swaps
        self._doubled = words.speller_doubled
        self._keeps = words.speller_keeps | words.speller_loanwords | words.indeclinable

    def correct(self, word: str) -> str:
        """``word`` itself when known or uncorrectable, else the closest known spelling.

        >>> from policy_core.lang import BUILT_IN
        >>> known = {"хлеб", "молоко"}.__contains__
        >>> RussianSpeller(known, BUILT_IN.vocabulary.morphology).correct("хлеп")
        'хлеб'
        """
        if (
            not _MIN_LENGTH <= len(word) <= _MAX_LENGTH
            or word in self._keeps
            or self._is_known(word)
        ):
            return word
        # A missed double letter is one keystroke: try it before swapping sounds.
        for candidate in _doublings(word, self._doubled):
            if self._is_known(candidate):
                return candidate
        for candidate in _substitutions(word, self._swaps):
            if self._is_known(candidate):
                return candidate
        return word
