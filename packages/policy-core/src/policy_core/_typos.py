"""A misspelt verb at the head of a command ("кпи молочка", "remidn me to …").

People type the verb that opens a command fast and get it wrong; the rules then see no
trigger at all. The first or the last word of a command (the verb comes first, or last in
"две банки тушёнки кпи") is read as one of the languages' ``head_spellings`` when it is one
edit away from it (a letter missing, extra, wrong, or two swapped) and is no word of its own:
not in the Russian dictionary, not a word any lexicon reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

from policy_core._words import Words

__all__ = ["one_edit_spellings", "respell_head"]

_SHORTEST: Final = 3  # shorter words are too often someone's abbreviation


def one_edit_spellings(targets: Iterable[str], alphabet: str) -> dict[str, str]:
    """Every spelling one edit from a target (over ``alphabet``) mapped to that target; the
    targets themselves are left out.

    >>> one_edit_spellings(["купи"], "купи")["кпи"], "купи" in one_edit_spellings(["купи"], "к")
    ('купи', False)
    """
    spellings: dict[str, str] = {}
    for target in sorted(targets):
        n = len(target)
        variants = {target[:k] + target[k + 1 :] for k in range(n)}
        variants |= {target[:k] + target[k + 1] + target[k] + target[k + 2 :] for k in range(n - 1)}
        for letter in alphabet:
            variants |= {target[:k] + letter + target[k + 1 :] for k in range(n)}
            variants |= {target[:k] + letter + target[k:] for k in range(n + 1)}
        for variant in variants:
            spellings.setdefault(variant, target)
    for target in targets:
        spellings.pop(target, None)
    return spellings


def respell_head(
    words: Words,
    typos: Mapping[str, str],
    known: Callable[[str], bool],
    readable: frozenset[str],
    courtesies: frozenset[str] = frozenset(),
) -> str | None:
    """The text with a misspelt head verb respelt, or None when there is none to respell.

    ``typos`` maps a misspelling to its head verb (``one_edit_spellings``); ``known`` says a
    word is in a dictionary; ``readable`` holds every word a lexicon reads; a head verb may
    follow ``courtesies`` that open the command ("pls addd chicken breast", "плиз дабавь …").
    """
    first = words.first_word
    if first is None:
        return None
    infos, norms = words.infos, words.norms
    first = _past_courtesies(words, first, courtesies)
    last = len(infos) - 1
    while infos[last] is None:
        last -= 1
    if norms[first] not in typos and norms[last] not in typos:
        return None  # most commands: no near miss of a head verb at either end
    for index in (first, last):
        norm = norms[index]
        target = typos.get(norm)
        if target is None or len(norm) < _SHORTEST or norm in readable:
            continue  # most words: no near miss of a head verb at all
        info = words.infos[index]
        russian = info is not None and info.is_russian
        if (not russian and index != first) or (russian and known(norm)):
            continue  # an English last word is too often a noun; a Russian word of its own
        if _called(words, index):
            continue  # "Ned, take out the trash": a name called, no verb
        token = words.tokens[index]
        return words.text[: token.start] + target + words.text[token.end :]
    return None


def _past_courtesies(words: Words, first: int, courtesies: frozenset[str]) -> int:
    """The first word at or after ``first`` that is no courtesy ("pls", "please", "плиз"):
    where the head verb stands when a courtesy opens the command; ``first`` when none does
    or nothing else follows."""
    index = first
    while words.norms[index] in courtesies:
        following = words.next_words[index]
        if following is None:
            return first
        index = following
    return index


def _called(words: Words, index: int) -> bool:
    """A mark (a comma, a colon) right after the word: it is someone called, as "Ned, …" is,
    never the verb of a command, which runs on into its object ("ned brown bread")."""
    following = index + 1
    return following < len(words.tokens) and words.tokens[following].kind == "punct"
