"""A smart speaker's name opening the command is an address, not a word of the request.

"алиса как приготовить сырники", "alexa did jack feed the dog", "ok google, add eggs", "слушай
маруся, добавь кефир": voice traffic opens with the speaker's wake word (its name, perhaps after
"hey"/"ok"/"слушай" and before a comma). It names no device to control and no doer: the rules
read what follows it, as if the command had opened there. A name that is also a verb or a
brand ("google the recipe", "Amazon order #…") is a wake word only when called: after an opener
or before a comma. A wake word that is a member's name ("Алиса, вынеси мусор" in a household
with an Алиса) addresses the member and stays; one said later ("выключи алису") is read as
usual. The words are each language's (``OpenWorldWords.wake_words``, ``wake_openers``,
``called_wake_words``).

Speech-to-text writes no comma: a called name opening the command is the speaker's name too
when the request starts right after it, its verb there ("яндекс купи хлеба") or a noun in the
nominative with a predicate of its own before the request verb ("салют средство для мытья
посуды кончилось добавь в хозтовары"). A word that may belong to the name keeps it: "салют на
новый год купи", "салют красивый купи", "google calendar add …" (see ``_requested_after``).
"""

from __future__ import annotations

from typing import Final

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import OpenWorldWords

__all__ = ["after_wake_word"]

_COMMA: Final = ","
_NOT_ADDRESSED = frozenset({"PREP", "CONJ"})  # "салют на новый год купи": the fireworks
_NOUN: Final = "NOUN"
_VERB: Final = "VERB"
_NOMINATIVE: Final = "nomn"


def after_wake_word(
    words: Words, household: HouseholdIndex, o: OpenWorldWords, requests: frozenset[str]
) -> str | None:
    """The text after an opening wake word, or None when the command opens with none (or holds
    nothing after it); ``requests`` are the request verbs' lemmas."""
    first = words.first_word
    if first is None:
        return None
    norms = words.norms
    if norms[first] in o.wake_openers:
        wake = words.next_words[first]
        if wake is None or not (norms[wake] in o.wake_words or norms[wake] in o.called_wake_words):
            return None
    else:
        wake = first
        called = norms[first] in o.called_wake_words and (
            first + 1 < len(words)
            and (norms[first + 1] == _COMMA or _requested_after(words, first, requests))
        )
        if not (norms[first] in o.wake_words or called):
            return None
    if household.find_member(words, wake) is not None:
        return None  # "Алиса, вынеси мусор": the member Алиса is asked
    rest = words.next_words[wake]
    if rest is None:
        return None
    return words.text[words.tokens[rest].start :]


def _requested_after(words: Words, first: int, requests: frozenset[str]) -> bool:
    """Right after the name ``first``, the request itself: its verb with a word after it
    ("яндекс купи хлеба"), or a noun in the nominative that a predicate of its own follows
    before the request verb ("салют средство … кончилось добавь"). A word that may belong to
    the name is its object or its compound ("салют красивый купи", "салют детям купи",
    "яндекс станцию купи", "google calendar add …", "computer repair remind me", "салют
    купи"): no address."""
    after = first + 1
    info = words.infos[after]
    if info is None or info.pos in _NOT_ADDRESSED:
        return False
    if info.is_imperative or words.has_lemma(after, requests):
        return words.next_words[after] is not None
    if info.pos != _NOUN or info.noun_case != _NOMINATIVE:
        return False
    predicate = False
    for k in range(after + 1, len(words)):
        later = words.infos[k]
        if later is None:
            continue
        if later.is_imperative or words.has_lemma(k, requests):
            return predicate
        predicate = predicate or later.pos == _VERB
    return False
