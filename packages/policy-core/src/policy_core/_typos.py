"""A misspelt verb at the head of a command ("кпи молочка", "remidn me to …").

People type the verb that opens a command fast and get it wrong; the rules then see no
trigger at all. The first or the last word of a command (the verb comes first, or last in
"две банки тушёнки кпи") is read as one of the languages' ``head_spellings`` when it is one
edit away from it (a letter missing, extra, wrong, or two swapped) and is no word of its own:
not in the Russian dictionary, not a word any lexicon reads.
"""

from __future__ import annotations

from collections.abc import Callable

from policy_core._words import Words
from policy_core.lang import TriggerWords

__all__ = ["one_edit_apart", "respell_head"]

_SHORTEST = 3  # shorter words are too often someone's abbreviation


def one_edit_apart(word: str, target: str) -> bool:
    """``word`` becomes ``target`` by one insertion, deletion, substitution or swap.

    >>> one_edit_apart("кпи", "купи"), one_edit_apart("remidn", "remind"), one_edit_apart("a", "b")
    (True, True, True)
    >>> one_edit_apart("купи", "купи"), one_edit_apart("bread", "remind")
    (False, False)
    """
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [k for k in range(len(word)) if word[k] != target[k]]
        if len(diffs) == 1:
            return True
        first = diffs[0] if diffs else 0
        return (
            len(diffs) == 2
            and diffs[1] == first + 1
            and word[first] == target[first + 1]
            and word[first + 1] == target[first]
        )
    shorter, longer = (word, target) if len(word) < len(target) else (target, word)
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


def respell_head(
    words: Words, t: TriggerWords, known: Callable[[str], bool], readable: frozenset[str]
) -> str | None:
    """The text with a misspelt head verb respelt, or None when there is none to respell.

    ``known`` says a word is in a dictionary; ``readable`` holds every word a lexicon reads.
    """
    first = words.first_word
    if first is None:
        return None
    last = next(i for i in range(len(words.infos) - 1, first - 1, -1) if words.infos[i] is not None)
    for index in (first, last) if last != first else (first,):
        norm = words.norms[index]
        if len(norm) < _SHORTEST or norm in readable or words.lemmas[index] in readable:
            continue
        info = words.infos[index]
        russian = info is not None and info.is_russian
        if (russian and known(norm)) or (not russian and index != first):
            continue  # a word of its own; an English last word is too often a noun
        for target in t.head_spellings:
            if one_edit_apart(norm, target):
                token = words.tokens[index]
                return words.text[: token.start] + target + words.text[token.end :]
    return None
