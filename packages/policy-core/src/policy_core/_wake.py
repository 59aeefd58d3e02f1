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
"""

from __future__ import annotations

from policy_core._household import HouseholdIndex
from policy_core._words import Words
from policy_core.lang import OpenWorldWords

__all__ = ["after_wake_word"]

_COMMA = ","


def after_wake_word(words: Words, household: HouseholdIndex, o: OpenWorldWords) -> str | None:
    """The text after an opening wake word, or None when the command opens with none (or holds
    nothing after it)."""
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
            first + 1 < len(words) and norms[first + 1] == _COMMA
        )
        if not (norms[first] in o.wake_words or called):
            return None
    if household.find_member(words, wake) is not None:
        return None  # "Алиса, вынеси мусор": the member Алиса is asked
    rest = words.next_words[wake]
    if rest is None:
        return None
    return words.text[words.tokens[rest].start :]
