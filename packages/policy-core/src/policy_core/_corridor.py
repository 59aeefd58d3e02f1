"""The household corridor: requests the platform refuses (SPEC §4, row 3).

Each check reads whole words and lemmas, so "papaya" is no payment and "купи лампочку" is
a purchase, not device control.
"""

from __future__ import annotations

from itertools import repeat

from policy_core._words import Words
from policy_core.lang import CorridorWords, TriggerWords, Vocabulary

__all__ = ["corridor_code"]

_WINDOW = 5  # how far (in tokens) a verb may stand from its object
_BULK_WINDOW = 7  # "clear out the hardware store list": the object may stand a few words on
_PARTICIPLES = frozenset({"PRTF", "PRTS"})  # OpenCorpora: full and short participles


def _near(words: Words, index: int, vocabulary: frozenset[str], window: int = _WINDOW) -> bool:
    low, high = max(0, index - window), min(len(words), index + window + 1)
    return any(words.matches(i, vocabulary) for i in range(low, high) if i != index)


# Each check below first asks whether the text holds a word it could start from at all (every
# spelling and lemma a test reads is in ``words.vocabulary``): most texts that reach the
# checks hold a marker of one kind only.


def _has_plural_possessive(words: Words, c: CorridorWords) -> bool:
    # The spellings only (a lemma never keeps a possessive ending), about half the text's
    # vocabulary; map() keeps the per-word suffix test in C.
    return any(map(str.endswith, words.norms, repeat(c.plural_possessive_endings)))


def _is_payment(words: Words, c: CorridorWords) -> bool:
    if words.vocabulary.isdisjoint(c.payment_starts):
        return False
    for i in range(len(words)):
        if words.has_lemma(i, c.pay_words):
            return True
        if words.has_lemma(i, c.transfer_words) and _near(words, i, c.money_words, 6):
            return True
    return False


def _is_participle(words: Words, index: int) -> bool:
    info = words.infos[index]
    return info is not None and info.pos in _PARTICIPLES


def _asks_for_something(words: Words, t: TriggerWords) -> bool:
    wanted = t.shop_verbs | t.add_verbs | t.remind_verbs | t.need_words
    return not words.vocabulary.isdisjoint(wanted)


def _is_verbless_control(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    """ "pause", "громче", "lights off downstairs", "свет в детской на 10 процентов"."""
    vocabulary = words.vocabulary
    if vocabulary.isdisjoint(c.media_commands) and vocabulary.isdisjoint(c.device_settings):
        return False
    if _asks_for_something(words, t):
        return False
    for i in range(len(words)):
        if words.matches(i, c.media_commands):
            return True
        if words.matches(i, c.device_settings) and _near(words, i, c.device_nouns, 4):
            return True
    return False


def _in_reminder(words: Words, i: int, c: CorridorWords, t: TriggerWords) -> bool:
    """The verb at ``i`` is the object of a reminder before it, with no conjunction between
    ("remind Jack to feed the cat and turn the porch light on" asks the assistant for light)."""
    for k in range(i - 1, -1, -1):
        if words.matches(k, t.remind_verbs):
            return True
        if words.norms[k] in c.conjunctions:
            return False
    return False


_INSTRUMENTAL = "ablt"  # OpenCorpora: the instrumental case ("роботом")


def _device_does_it(words: Words, c: CorridorWords) -> bool:
    """ "пропылесось гостиную роботом", "пусть робот пропылесосит кухню", "make coffee with the
    coffee maker", "have the roomba clean the kitchen": the device is the means or the doer
    ("почисти кофемашину" cleans the device: a chore)."""
    if words.vocabulary.isdisjoint(c.device_nouns):
        return False
    for i, info in enumerate(words.infos):
        if info is None or not words.matches(i, c.device_nouns):
            continue
        if info.noun_case == _INSTRUMENTAL:
            return True
        j = i - 1
        while j >= 0 and words.norms[j] in c.determiners:
            j -= 1
        if j >= 0 and words.norms[j] in c.means_openers:
            return True
    return False


def _is_device_control(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    if _is_verbless_control(words, c, t) or _device_does_it(words, c):
        return True
    if words.vocabulary.isdisjoint(c.device_verbs):
        return False
    for i in range(len(words)):
        if not words.has_lemma(i, c.device_verbs) or _is_participle(words, i):
            continue  # "выключен ли утюг?" asks about a state; it controls nothing
        if _in_reminder(words, i, c, t):
            return False  # "remind Lucy to turn off the tv": the task is hers
        if words.has_lemma(i, c.device_always_verbs):
            return True
        if words.norms[i] in c.switch_verbs and _near(words, i, c.on_off, 4):
            return True
        if _near(words, i, c.device_nouns, 4) and not _near(words, i, t.shop_verbs, 3):
            return words.norms[i] not in c.opening_verbs or _near(words, i, c.openable, 3)
    return False


def _is_foreign(words: Words, c: CorridorWords) -> bool:
    if words.vocabulary.isdisjoint(c.foreign_starts) and not _has_plural_possessive(words, c):
        return False
    for i in range(len(words)):
        if words.matches(i, c.foreign_markers):
            return True
        if words.matches(i, c.other_words) and _near(words, i, c.household_words, 3):
            return words.norms[i] not in c.weak_other_words or _near(words, i, c.household_nouns)
        # "семье Петровых", "the Johnsons' household", "the Smith family's list"
        if words.lemmas[i] in c.family_lemmas and i + 1 < len(words):
            nxt = words.norms[i + 1]
            if nxt.endswith(c.family_name_endings) and len(nxt) > 4:
                return True
        norm = words.norms[i]
        possessive_plural = norm.endswith(c.plural_possessive_endings) or (
            norm.endswith(c.plural_endings) and i + 1 < len(words) and words.norms[i + 1] == "'"
        )
        if possessive_plural and len(norm) > 3 and _near(words, i, c.household_words, 3):
            return True
    return False


def _is_bulk(words: Words, c: CorridorWords, t: TriggerWords) -> bool:
    count = len(words)
    vocabulary = words.vocabulary
    if not vocabulary.isdisjoint(c.bulk_starts):  # a bulk verb or a standing marker
        for i in range(count):
            if words.has_lemma(i, c.bulk_verbs):
                window = range(i + 1, min(count, i + _BULK_WINDOW))
                has_all = any(words.matches(j, c.all_words) for j in window)
                has_object = any(words.matches(j, c.bulk_objects) for j in window)
                if has_all and has_object:
                    return True
                if words.has_lemma(i, c.clearing_verbs) and has_object:
                    return any(words.matches(j, t.list_words) for j in window)
            if words.matches(i, c.standing_markers) and _near(words, i, c.standing_verbs, 4):
                return True
    norms = words.norms
    for phrase in c.standing_phrases:
        first, size = phrase[0], len(phrase)
        if first not in vocabulary:
            continue
        for i in range(count - size + 1):
            if (
                norms[i] == first
                and norms[i : i + size] == phrase
                and _near(words, i, c.standing_verbs, _BULK_WINDOW)
            ):
                return True
    return False


def corridor_code(words: Words, vocabulary: Vocabulary) -> str | None:
    """The reject code for a request outside the household corridor, or None."""
    c = vocabulary.corridor
    # A text holding none of the markers cannot leave the corridor: most commands return here.
    if words.vocabulary.isdisjoint(c.any_marker) and not _has_plural_possessive(words, c):
        return None
    t = vocabulary.triggers
    if _is_payment(words, c):
        return "payment_not_supported"
    if _is_device_control(words, c, t):
        return "device_control_not_supported"
    if _is_foreign(words, c):
        return "foreign_household"
    if _is_bulk(words, c, t):
        return "bulk_operation_not_supported"
    return None
