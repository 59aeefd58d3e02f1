"""Correcting the typos people make when typing Russian quickly on a phone.

Most Russian typos in a household chat are spelled as pronounced: unstressed vowels swapped
("малако", "памидоры"), voiced and voiceless consonants confused ("хлеп", "зафтра"), a double
consonant typed once ("ваной"). For a word the dictionary does not know, the corrector tries
a sound spelt as heard ("децкой", "убратся"), then those substitutions (at most two) whose
word is a known product or a command's verb ("малако"), then one slip of any letter (lost,
added, wrong, two swapped) that makes exactly one such word ("хлед" → "хлеб", "чипсв" →
"чипсы", "купть" → "купить"), and last a single substitution the dictionary knows ("вынисти").
Two substitutions to a word no lexicon names are no correction: a rare word is as near a
brand or a borrowing as it is to its typo ("барсик" is no "парсек"). Known words are never
changed, save the few a typo spells far more often than anyone means them ("калу" → "колу").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Final

from policy_core.lang import MorphologyWords

__all__ = ["RussianSpeller"]

_MIN_LENGTH: Final = 4
_FAR_LENGTH: Final = 6  # from this length on a consonant far from the one typed is a slip too
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


def _one_slips(
    word: str, letters: str, near: Mapping[str, str], vowels: str
) -> Iterator[tuple[str, bool]]:
    """Each spelling one typist's slip from ``word``, with whether the slip is a near one.

    Near: a letter lost, a letter typed twice, two neighbours swapped, a letter for one beside
    it on the keyboard or sounding like it (``near``). Far: a consonant for another consonant
    inside a word of six letters or more (a shorter one is a name as often: "мурки"). The
    first letter is kept (a typist starts right: "слайм" is no "лайм"), an extra letter is
    only one typed twice ("помидорку" is no "помидору"), and a far slip never touches a vowel
    or the last letter, where a word's ending tells another word ("чупсы" is no "чипсы",
    "макаронс" no "макароны")."""
    n = len(word)
    far = n >= _FAR_LENGTH
    for k in range(1, n):
        close = near.get(word[k], "")
        consonant = far and word[k] not in vowels and k != n - 1
        for letter in letters:
            if letter != word[k]:
                if letter in close:
                    yield word[:k] + letter + word[k + 1 :], True
                elif consonant and letter not in vowels:
                    yield word[:k] + letter + word[k + 1 :], False
    for k in range(1, n + 1):
        for letter in letters:
            yield word[:k] + letter + word[k:], True
    for k in range(1, n):
        if word[k] == word[k - 1]:
            yield word[:k] + word[k + 1 :], True
    for k in range(1, n - 1):
        if word[k] != word[k + 1]:
            yield word[:k] + word[k + 1] + word[k] + word[k + 2 :], True


def _neighbours(rows: tuple[str, ...], swaps: Mapping[str, str]) -> dict[str, str]:
    """Each letter's near letters: beside it on a staggered keyboard row (``rows``, top
    first: a key touches two keys of the row below, at its column and the one before) and
    those the swaps put for it."""
    near: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, letter in enumerate(row):
            around = set(row[max(c - 1, 0) : c + 2])
            if r + 1 < len(rows):
                around.update(rows[r + 1][max(c - 1, 0) : c + 1])
            if r > 0:
                around.update(rows[r - 1][c : c + 2])
            near.setdefault(letter, set()).update(around - {letter})
    for letter, put in swaps.items():
        near.setdefault(letter, set()).update(put)
    return {letter: "".join(sorted(close)) for letter, close in near.items()}


class RussianSpeller:
    """Corrects unknown Russian words; ``is_known`` is the dictionary's membership test, the
    letters a typo swaps or types once come from the languages' ``MorphologyWords``;
    ``lemmas`` gives a known word's dictionary forms and ``targets`` the lemmas a correction
    prefers (the known products and ``MorphologyWords.speller_verbs``)."""

    def __init__(
        self,
        is_known: Callable[[str], bool],
        words: MorphologyWords,
        lemmas: Callable[[str], frozenset[str]] | None = None,
        targets: frozenset[str] = frozenset(),
    ) -> None:
        self._is_known = is_known
        self._swaps = words.speller_swaps
        self._doubled = words.speller_doubled
        self._keeps = words.speller_keeps | words.speller_loanwords | words.indeclinable
        self._sounds = words.speller_sounds
        self._lemmas = lemmas or (lambda word: frozenset({word}))
        self._targets = targets  # products, by any of their forms' lemmas
        self._verbs = words.speller_verbs  # verbs, by their spelling: "купть" is no "купит"
        self._vowels = words.speller_vowels
        self._letters = words.speller_letters  # the letters a slip may type
        self._near = _neighbours(words.speller_keyboard, self._swaps)

    def correct(self, word: str) -> str:
        """``word`` itself when known or uncorrectable, else the closest known spelling.

        >>> from policy_core.lang import BUILT_IN
        >>> known = {"хлеб", "молоко"}.__contains__
        >>> RussianSpeller(known, BUILT_IN.vocabulary.morphology).correct("хлеп")
        'хлеб'
        """
        if not _MIN_LENGTH <= len(word) <= _MAX_LENGTH or word in self._keeps:
            return word
        if self._is_known(word):
            return word
        # A missed double letter is one keystroke: try it before swapping sounds.
        for candidate in _doublings(word, self._doubled):
            if self._is_known(candidate):
                return candidate
        for typed, meant in self._sounds:
            if typed in word:
                candidate = word.replace(typed, meant, 1)
                if self._is_known(candidate):
                    return candidate
        found = self._to_target(_substitutions(word, self._swaps)) or self._one_slip(word)
        if found is not None:
            return found
        for candidate in _single_substitutions(word, self._swaps):
            if self._is_known(candidate):
                return candidate
        return word

    def names_a_target(self, word: str) -> bool:
        """``word`` is a form of a known product or a command verb ("огурцы", "сметане"): a
        word the speller reads as one is that word, never a borrowing."""
        return word in self._verbs or (
            self._is_known(word)
            and (word in self._targets or not self._targets.isdisjoint(self._lemmas(word)))
        )

    def _to_target(self, candidates: Iterator[str]) -> str | None:
        """The first known candidate whose lemma is a target ("малако" → "молоко")."""
        for candidate in candidates:
            if candidate in self._verbs or (
                self._is_known(candidate)
                and (
                    candidate in self._targets
                    or not self._targets.isdisjoint(self._lemmas(candidate))
                )
            ):
                return candidate
        return None

    def _one_slip(self, word: str) -> str | None:
        """The spelling one slip away that is a target's form, when all such spellings are
        forms of one target ("чипсв" → "чипсы"); None when none is, or two targets are as near
        ("кора" is as near "кола" as "корм"). A near slip outranks a far one: "сухарков" lost
        an "и" ("сухариков"), no "а" typed for "у" ("сахарков")."""
        if not self._targets and not self._verbs:
            return None
        found: dict[bool, str] = {}  # the first spelling of each nearness
        named: dict[bool, frozenset[str]] = {}  # … the targets it names
        tied: set[bool] = set()  # nearnesses with two targets
        for candidate, near in _one_slips(word, self._letters, self._near, self._vowels):
            if candidate in self._verbs:
                targets = frozenset({candidate})
            elif not self._is_known(candidate):
                continue
            else:
                targets = self._targets & (self._lemmas(candidate) | {candidate})
                if not targets:
                    continue
            if near not in found:
                found[near], named[near] = candidate, targets
            elif named[near] != targets:
                tied.add(near)  # two targets as near: neither
        for near in (True, False):
            if near in found:
                return None if near in tied else found[near]
        return None


def _single_substitutions(word: str, swaps: Mapping[str, str]) -> Iterator[str]:
    """Each spelling with one letter swapped for one of its alternatives."""
    for a, ch in enumerate(word):
        for x in swaps.get(ch, ""):
            yield word[:a] + x + word[a + 1 :]
