"""Tokens: the words, numbers and times of a command, with their positions in the text.

Every rule matches whole tokens, never substrings ("papaya" holds no "pay"). A token keeps
its original spelling, a normalised form (case-folded, letters folded as the languages'
``TextWords`` say: ``ё`` read as ``е``) and its span.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, NamedTuple

from policy_core.lang import TextWords

__all__ = [
    "TOKEN_PATTERN",
    "Token",
    "TokenKind",
    "normalise_text",
    "normalise_word",
    "tokenize",
]

TokenKind = Literal["word", "number", "time", "punct"]

# What a token is (``tokenize``; ``_words.analyse_words`` runs the same scan inline).
# The alternatives start with disjoint characters (a letter, a digit, neither), except time
# and number, whose order matters; words come first because most tokens are words.
TOKEN_PATTERN = re.compile(
    r"(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<time>\d{1,2}:\d{2}(?![\d:]))"
    r"|(?P<number>\d+(?:[.,]\d+)?)"
    r"|(?P<punct>[^\w\s])",
)
# Invisible characters people paste from chats; they must not split or glue words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# ``str.translate`` with a dict walks the text in Python-object steps; a search is ~10x cheaper
# and almost every text has none of them.
_HAS_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


class Token(NamedTuple):
    """One token of a command. ``start``/``end`` index the normalised text.

    A named tuple rather than a frozen dataclass: every command makes a dozen of these, and
    a tuple is built several times faster.
    """

    text: str
    norm: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


_new_tuple = tuple.__new__


def normalise_text(text: str) -> str:
    """NFKC-normalise and drop invisible characters; spans refer to this string."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def normalise_word(word: str, text_words: TextWords) -> str:
    """Case-fold and fold letters (``ё`` as ``е``), the way every rule compares words."""
    word = word.casefold()
    for letter, read_as in text_words.folds:
        word = word.replace(letter, read_as)
    return word


def tokenize(text: str, text_words: TextWords) -> tuple[Token, ...]:
    """Split already-normalised text into tokens.

    >>> from policy_core.lang import BUILT_IN
    >>> [t.norm for t in tokenize("Купи 2 литра молока, в 18:00!", BUILT_IN.vocabulary.text)]
    ['купи', '2', 'литра', 'молока', ',', 'в', '18:00', '!']
    """
    folded = normalise_word(text, text_words)
    # Case-folding the whole text once is cheaper than once per word; it keeps every span
    # unless a character folds to several ("ß" -> "ss"), when words are folded one by one.
    aligned = len(folded) == len(text)
    tokens: list[Token] = []
    append = tokens.append
    for match in TOKEN_PATTERN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        value = text[start:end]
        if kind == "number":
            norm = value.replace(",", ".")
        elif kind == "time":
            norm = value
        elif aligned:
            norm = folded[start:end]
        else:
            norm = normalise_word(value, text_words)
        # tuple.__new__ skips the named tuple's Python-level __new__ (a frame per token).
        append(_new_tuple(Token, (value, norm, start, end, kind)))
    return tuple(tokens)
