"""A misspelt product word repaired from the languages' known products ("oatmeel",
"yougurt", "avacado", "buter").

A word no dictionary reads is compared with ``ShoppingWords.known_products``: when exactly
one known product is one typist's slip away (a vowel for another, a vowel or a doubled letter
lost or added, two neighbours swapped), the word is that product. The look-up goes through an index of every product's one-letter deletions
(``ShoppingWords.product_deletions``, built once with the lexicon), so a word costs a few dictionary look-ups, not a scan. Short
words (under four letters) and words one edit from two products are left as typed; a word
of four letters is repaired only by a letter it lost ("bred" → "bread").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["repair_product"]

_SHORTEST: Final = 4  # shorter words are too often someone's abbreviation
_SUBSTITUTED: Final = 5  # from this length on a wrong or swapped letter is repaired too


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
            return k != n - 1 and word[k] in vowels and product[k] in vowels
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == product[b] and word[b] == product[a]
    short, long = (word, product) if n < m else (product, word)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    if short[k:] != long[k + 1 :]:
        return False
    extra = long[k]
    doubled = (k > 0 and long[k - 1] == extra) or (k + 1 < len(long) and long[k + 1] == extra)
    return extra in vowels or doubled or long[k : k + 2] in digraphs


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
