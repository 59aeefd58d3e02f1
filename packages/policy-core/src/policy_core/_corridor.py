"""The household corridor: requests the platform refuses (SPEC §4, row 3).

Each check reads whole words and lemmas, so "papaya" is no payment and "купи лампочку" is
a purchase, not device control.
"""

from __future__ import annotations

from itertools import repeat

from policy_core import _lexicon as lx
from policy_core._words import Words

__all__ = ["corridor_code"]

_CLEARING = frozenset({"очистить", "clear", "wipe", "empty", "purge"})
_WINDOW = 5  # how far (in tokens) a verb may stand from its object


def _near(words: Words, index: int, vocabulary: frozenset[str], window: int = _WINDOW) -> bool:
    low, high = max(0, index - window), min(len(words), index + window + 1)
    return any(words.matches(i, vocabulary) for i in range(low, high) if i != index)


# Each check below first asks whether the text holds a word it could start from at all (every
# spelling and lemma a test reads is in ``words.vocabulary``): most texts that reach the
# checks hold a marker of one kind only.
_PAYMENT_STARTS = lx.PAY_WORDS | lx.TRANSFER_WORDS
_FOREIGN_STARTS = lx.FOREIGN_MARKERS | lx.OTHER_WORDS | frozenset({"семья", "'"})
_BULK_STARTS = lx.BULK_VERBS | lx.STANDING_MARKERS


def _has_plural_possessive(vocabulary: frozenset[str]) -> bool:
    # map() keeps the per-word suffix test in C.
    return any(map(str.endswith, vocabulary, repeat("s'")))


def _is_payment(words: Words) -> bool:
    if words.vocabulary.isdisjoint(_PAYMENT_STARTS):
        return False
    for i in range(len(words)):
        if words.has_lemma(i, lx.PAY_WORDS):
            return True
        if words.has_lemma(i, lx.TRANSFER_WORDS) and _near(words, i, lx.MONEY_WORDS, 6):
            return True
    return False


def _is_device_control(words: Words) -> bool:
    if words.vocabulary.isdisjoint(lx.DEVICE_VERBS):
        return False
    for i in range(len(words)):
        if not words.has_lemma(i, lx.DEVICE_VERBS):
            continue
        if any(words.matches(k, lx.REMIND_VERBS) for k in range(i)):
            return False
        if words.has_lemma(i, lx.DEVICE_ALWAYS_VERBS):
            return True
        if words.norms[i] in {"turn", "switch"} and _near(words, i, lx.ON_OFF, 4):
            return True
        if _near(words, i, lx.DEVICE_NOUNS, 4) and not _near(words, i, lx.SHOP_VERBS, 3):
            return words.norms[i] not in {"open", "close", "открыть", "закрыть"} or _near(
                words, i, frozenset({"garage", "gate", "ворота", "замок", "lock", "blinds"}), 3
            )
    return False


def _is_foreign(words: Words) -> bool:
    if words.vocabulary.isdisjoint(_FOREIGN_STARTS) and not _has_plural_possessive(
        words.vocabulary
    ):
        return False
    for i in range(len(words)):
        if words.matches(i, lx.FOREIGN_MARKERS):
            return True
        if words.matches(i, lx.OTHER_WORDS) and _near(words, i, lx.HOUSEHOLD_WORDS, 3):
            return words.norms[i] != "other" or _near(words, i, frozenset({"household", "family"}))
        # "семье Петровых", "the Johnsons' household", "the Smith family's list"
        if words.lemmas[i] in {"семья"} and i + 1 < len(words):
            nxt = words.norms[i + 1]
            if nxt.endswith(("ых", "их")) and len(nxt) > 4:
                return True
        norm = words.norms[i]
        possessive_plural = norm.endswith("s'") or (
            norm.endswith("s") and i + 1 < len(words) and words.norms[i + 1] == "'"
        )
        if possessive_plural and len(norm) > 3 and _near(words, i, lx.HOUSEHOLD_WORDS, 3):
            return True
    return False


def _is_bulk(words: Words) -> bool:
    count = len(words)
    vocabulary = words.vocabulary
    if not vocabulary.isdisjoint(_BULK_STARTS):  # a bulk verb or a standing marker
        for i in range(count):
            if words.has_lemma(i, lx.BULK_VERBS):
                window = range(i + 1, min(count, i + 5))
                has_all = any(words.matches(j, lx.ALL_WORDS) for j in window)
                has_object = any(words.matches(j, lx.BULK_OBJECTS) for j in window)
                if has_all and has_object:
                    return True
                if words.has_lemma(i, _CLEARING) and has_object:
                    return any(words.matches(j, lx.LIST_WORDS) for j in window)
            if words.matches(i, lx.STANDING_MARKERS) and _near(words, i, lx.STANDING_VERBS, 4):
                return True
    norms = words.norms
    for phrase in lx.STANDING_PHRASES:
        first, size = phrase[0], len(phrase)
        if first not in vocabulary:
            continue
        for i in range(count - size + 1):
            if (
                norms[i] == first
                and norms[i : i + size] == phrase
                and _near(words, i, lx.STANDING_VERBS, 5)
            ):
                return True
    return False


# A text holding none of these words cannot leave the corridor: most commands stop here.
_ANY_MARKER = (
    lx.PAY_WORDS | lx.TRANSFER_WORDS | lx.DEVICE_VERBS | lx.FOREIGN_MARKERS | lx.OTHER_WORDS
    | lx.BULK_VERBS | lx.STANDING_MARKERS | frozenset(p[0] for p in lx.STANDING_PHRASES)
    | frozenset({"семья", "'"})
)  # fmt: skip


def corridor_code(words: Words) -> str | None:
    """The reject code for a request outside the household corridor, or None."""
    # Most commands return here.
    if words.vocabulary.isdisjoint(_ANY_MARKER) and not _has_plural_possessive(words.vocabulary):
        return None
    if _is_payment(words):
        return "payment_not_supported"
    if _is_device_control(words):
        return "device_control_not_supported"
    if _is_foreign(words):
        return "foreign_household"
    if _is_bulk(words):
        return "bulk_operation_not_supported"
    return None
