"""Correcting the typos people make when typing Russian quickly on a phone.

Most Russian typos in a household chat are spelled as pronounced: unstressed vowels swapped
("малако", "памидоры"), voiced and voiceless consonants confused ("хлеп", "зафтра"), a double
consonant typed once ("ваной"). For a word the dictionary does not know, the corrector tries
those substitutions (at most two) and keeps the first spelling the dictionary knows. Known
words are never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

__all__ = ["RussianSpeller"]

_SWAPS: dict[str, str] = {
    "а": "о", "о": "а", "е": "и", "и": "е", "я": "е", "ё": "о", "п": "б", "б": "п",
    "ф": "в", "в": "ф", "т": "д", "д": "т", "с": "з", "з": "с", "ш": "ж", "ж": "ш",
    "к": "г", "г": "к", "ы": "и",
}  # fmt: skip
_DOUBLING = frozenset("нслмрткп")
_MIN_LENGTH = 4
_MAX_LENGTH = 24  # longer "words" are no household word's typo, and their pairs grow as n²
_MAX_EDITS = 2


def _substitutions(word: str) -> Iterator[str]:
    positions = [i for i, ch in enumerate(word) if ch in _SWAPS]
    for a in positions:
        yield word[:a] + _SWAPS[word[a]] + word[a + 1 :]
    for n, a in enumerate(positions):
        for b in positions[n + 1 :]:
            yield word[:a] + _SWAPS[word[a]] + word[a + 1 : b] + _SWAPS[word[b]] + word[b + 1 :]


def _doublings(word: str) -> Iterator[str]:
    for i, ch in enumerate(word):
        if ch in _DOUBLING and i > 0 and (i + 1 >= len(word) or word[i + 1] != ch):
            yield word[: i + 1] + ch + word[i + 1 :]


class RussianSpeller:
    """Corrects unknown Russian words; ``is_known`` is the dictionary's membership test."""

    def __init__(self, is_known: Callable[[str], bool]) -> None:
        self._is_known = is_known

    def correct(self, word: str) -> str:
        """``word`` itself when known or uncorrectable, else the closest known spelling.

        >>> RussianSpeller({"хлеб", "молоко"}.__contains__).correct("хлеп")
        'хлеб'
        """
        if not _MIN_LENGTH <= len(word) <= _MAX_LENGTH or self._is_known(word):
            return word
        # A missed double letter is one keystroke: try it before swapping sounds.
        for candidate in _doublings(word):
            if self._is_known(candidate):
                return candidate
        for candidate in _substitutions(word):
            if self._is_known(candidate):
                return candidate
        return word
