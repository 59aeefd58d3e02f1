"""A misspelt product word repaired from the languages' known products ("oatmeel",
"yougurt", "avacado", "buter"), or an item's last word written as it sounds ("frozen
peetsa", "box of nales", "honey nut serial").

A word no dictionary reads is compared with ``ShoppingWords.known_products``: when exactly
one known product is one typist's slip away (a vowel for another, a vowel or a doubled letter
lost or added, two neighbours swapped), the word is that product. The look-up goes through an index of every product's one-letter deletions
(``ShoppingWords.product_deletions``, built once with the lexicon), so a word costs a few dictionary look-ups, not a scan. Short
words (under four letters) and words one edit from two products are left as typed; a word
of four letters is repaired only by a letter it lost ("bred" → "bread"). A vowel slip in
the word's first syllable is no repair: it changes the word's stressed sound ("poppers" is no
"peppers", "litter" no "letter").

A last word that no slip repairs is compared by its sound (``sound_key``): its consonants as
heard ("ts", "zz" one sound; "c" before "e" an "s") and its vowels' sounds ("ee" and "i" one
sound, "ai" and a vowel with a silent final "e" another). When exactly one known product
sounds so, the word is that product ("peetsa" → "pizza", "nales" → "nails"); the vowels keep
"poppers" from "peppers" here too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from policy_core.lang import ShoppingWords

__all__ = ["repair_by_sound", "repair_product", "sound_key"]

_SHORTEST: Final = 4  # shorter words are too often someone's abbreviation
_SUBSTITUTED: Final = 5  # from this length on a wrong or swapped letter is repaired too
_SOUNDED: Final = 5  # from this length on a word is compared by its sound ("liam" is no "lime")


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def _typo_of(
    word: str, product: str, vowels: frozenset[str], digraphs: frozenset[str] = frozenset()
) -> bool:
    """``word`` is ``product`` with one slip a typist makes: a vowel for another ("oatmeel",
    "avacado"), a vowel or a doubled letter lost or added ("bred", "buter", "bannanas",
    "yougurt"), the first letter of a digraph that spells one sound lost ("chiken",
    "crakers": ``digraphs``), or two neighbours swapped. A consonant for another, lost or added, makes
    another word too often to repair ("plugs" is no "plums", "minced" no "mince"), and so
    does a slip at the word's edge: a typist keeps the first letter ("live" is no "olive") and
    a last vowel for another is another word's ending ("paste" is no "pasta")."""
    n, m = len(word), len(product)
    if abs(n - m) > 1 or word == product or word[0] != product[0]:
        return False
    if n == m:
        diff = [k for k in range(n) if word[k] != product[k]]
        if len(diff) == 1:
            k = diff[0]
            return (
                k != n - 1
                and word[k] in vowels
                and product[k] in vowels
                and _past_first_vowel(word, k, vowels)
            )
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == product[b] and word[b] == product[a]
    short, long = (word, product) if n < m else (product, word)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    if short[k:] != long[k + 1 :]:
        return False
    extra = long[k]
    doubled = (k > 0 and long[k - 1] == extra) or (k + 1 < len(long) and long[k + 1] == extra)
    return extra in vowels or doubled or long[k : k + 2] in digraphs


def _past_first_vowel(word: str, k: int, vowels: frozenset[str]) -> bool:
    """The letter at ``k`` comes after the word's first vowels ("oatm[e]el", not "p[o]ppers")."""
    first = next((i for i, ch in enumerate(word) if ch in vowels), len(word))
    while first < len(word) and word[first] in vowels:
        first += 1
    return k >= first


def sound_key(
    word: str,
    spellings: tuple[tuple[str, str], ...],
    vowel_sounds: Mapping[str, str],
    vowels: frozenset[str],
    silent: tuple[tuple[str, str], ...] = (),
) -> tuple[str, tuple[str, ...], tuple[bool, ...]]:
    """How ``word`` sounds: its consonants as heard, each once, its vowels' sounds, and which
    of those are long (two letters, or a vowel a silent ending lengthens: ``silent`` holds
    each such ending after a consonant after a vowel, with what is heard of it: "nales").

    >>> from policy_core.lang import BUILT_IN
    >>> s = BUILT_IN.vocabulary.shopping
    >>> args = (s.product_sound_spellings, s.product_vowel_sounds, s.product_vowels)
    >>> sound_key("peetsa", *args)[:2] == sound_key("pizza", *args)[:2]
    True
    """
    for typed, heard in spellings:
        if typed in word:
            word = word.replace(typed, heard)
    lengthened = False  # a silent ending after a vowel and a consonant ("nales", "cake")
    for ending, heard in silent:
        n = len(ending)
        if (
            len(word) > n + 1
            and word.endswith(ending)
            and word[-n - 1] not in vowels
            and word[-n - 2] in vowels
        ):
            word, lengthened = word[:-n] + heard, True
            break
    consonants: list[str] = []
    sounds: list[str] = []
    longs: list[bool] = []
    for group in _sound_groups(vowels).findall(word):
        if group[0] in vowels:
            sounds.append(vowel_sounds.get(group[:2], group[0]))
            longs.append(len(group) > 1)
        elif not consonants or consonants[-1] != group:
            consonants.append(group)
    if lengthened and longs:
        longs[-1] = True
    return "".join(consonants), tuple(sounds), tuple(longs)


@lru_cache(maxsize=4)
def _sound_groups(vowels: frozenset[str]) -> re.Pattern[str]:
    """A run of ``vowels`` or any other one letter: ``sound_key``'s groups (built once)."""
    return re.compile(f"[{''.join(sorted(vowels))}]+|.")


@lru_cache(maxsize=4)
def _sound_index(
    known: frozenset[str],
    spellings: tuple[tuple[str, str], ...],
    vowel_sounds: tuple[tuple[str, str], ...],
    vowels: frozenset[str],
    silent: tuple[tuple[str, str], ...],
) -> Mapping[tuple[str, tuple[str, ...]], tuple[tuple[str, tuple[bool, ...]], ...]]:
    """Each sound of the known Latin-lettered products: the products that sound so, with their
    long vowels (built once per lexicon)."""
    sounds = dict(vowel_sounds)
    index: dict[tuple[str, tuple[str, ...]], list[tuple[str, tuple[bool, ...]]]] = {}
    for product in sorted(known):
        if product.isascii() and product.isalpha():
            consonants, heard, longs = sound_key(product, spellings, sounds, vowels, silent)
            index.setdefault((consonants, heard), []).append((product, longs))
    return {key: tuple(found) for key, found in index.items()}


def repair_by_sound(
    word: str,
    known: frozenset[str],
    s: ShoppingWords,
) -> str | None:
    """The one known product ``word`` sounds as, or None (none, or two: "peetsa" → "pizza").

    Words under five letters, plurals of a known product ("pizzas") and a word with a short
    vowel where the product has a long one ("licks" is no "leeks", "stick" no "steak") are
    left as typed.

    >>> from policy_core.lang import BUILT_IN
    >>> s = BUILT_IN.vocabulary.shopping
    >>> [repair_by_sound(w, s.repair_targets, s) for w in ("nales", "poppers", "licks")]
    ['nails', None, None]
    """
    if len(word) < _SOUNDED or word in known or not (word.isascii() and word.isalpha()):
        return None
    spellings, vowel_sounds, vowels = (
        s.product_sound_spellings,
        s.product_vowel_sounds,
        s.product_vowels,
    )
    if not spellings or any(
        word.endswith(ending) and word[: -len(ending)] in known for ending in s.product_plurals
    ):
        return None  # a language with no sounds told; a known product's plural ("pizzas")
    silent = tuple(s.product_silent_endings.items())
    index = _sound_index(known, spellings, tuple(sorted(vowel_sounds.items())), vowels, silent)
    consonants, heard, longs = sound_key(word, spellings, vowel_sounds, vowels, silent)
    found = [
        product
        for product, product_longs in index.get((consonants, heard), ())
        if not any(p and not w for w, p in zip(longs, product_longs, strict=True))
    ]
    return found[0] if len(found) == 1 else None


def repair_product(
    word: str,
    known: frozenset[str],
    deletions: Mapping[str, frozenset[str]],
    vowels: frozenset[str],
    digraphs: frozenset[str] = frozenset(),
) -> str | None:
    """The known product ``word`` misspells, or None.

    >>> from policy_core.lang import BUILT_IN
    >>> s = BUILT_IN.vocabulary.shopping
    >>> args = (s.known_products, s.product_deletions, s.product_vowels)
    >>> [repair_product(w, *args) for w in ("oatmeel", "milk", "plums")]
    ['oatmeal', None, None]
    """
    if len(word) < _SHORTEST or word in known or not word.isalpha():
        return None
    found = set(deletions.get(word, ()))
    for variant in _deletions(word):
        found.update(deletions.get(variant, ()))
        if variant in known:
            found.add(variant)
    candidates = {p for p in found if _typo_of(word, p, vowels, digraphs)}
    if len(candidates) != 1:
        return None
    (product,) = candidates
    if len(word) < _SUBSTITUTED and len(product) != len(word) + 1:
        return None
    return product
