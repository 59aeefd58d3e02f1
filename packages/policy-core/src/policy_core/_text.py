"""Tokens: the words, numbers and times of a command, with their positions in the text.

Every rule matches whole tokens, never substrings ("papaya" holds no "pay"). A token keeps
its original spelling, a normalised form (case-folded, ``ё`` read as ``е``) and its span.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, NamedTuple

__all__ = ["Token", "TokenKind", "detect_language", "normalise_text", "normalise_word", "tokenize"]

TokenKind = Literal["word", "number", "time", "punct"]

_TOKEN = re.compile(
    r"(?P<time>\d{1,2}:\d{2}(?![\d:]))"
    r"|(?P<number>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])",
)
# Invisible characters people paste from chats; they must not split or glue words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


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


def normalise_text(text: str) -> str:
    """NFKC-normalise and drop invisible characters; spans refer to this string."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE)


def normalise_word(word: str) -> str:
    """Case-fold and read ``ё`` as ``е``, the way every rule compares words."""
    return word.casefold().replace("ё", "е").replace("’", "'")


def tokenize(text: str) -> tuple[Token, ...]:
    """Split already-normalised text into tokens.

    >>> [t.norm for t in tokenize("Купи 2 литра молока, в 18:00!")]
    ['купи', '2', 'литра', 'молока', ',', 'в', '18:00', '!']
    """
    folded = normalise_word(text)
    # Case-folding the whole text once is cheaper than once per word; it keeps every span
    # unless a character folds to several ("ß" -> "ss"), when words are folded one by one.
    aligned = len(folded) == len(text)
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        value = text[start:end]
        if kind == "time":
            norm = value
        elif kind == "number":
            norm = value.replace(",", ".")
        elif aligned:
            norm = folded[start:end]
        else:
            norm = normalise_word(value)
        tokens.append(Token(value, norm, start, end, kind))  # type: ignore[arg-type]
    return tuple(tokens)


def detect_language(text: str) -> Literal["ru", "en"]:
    """Russian when any Cyrillic letter is present, English otherwise."""
    return "ru" if _CYRILLIC.search(text) else "en"
