"""Full stops typed for spaces: "купить яблоки.бананы", "Аня.добавь рис", "сахар 2кг.и муку".

Someone who types a full stop and no space after it (an old hand on a keyboard, a phone's
small keys) glues two words with it; the dot stands for the boundary it would mark with a
space, a sentence's end, a list's next item or the pause after a name called. Each such dot
is written with a space after it (". "), so every reader reads it as it reads ". ".

A dot between two words is glued so only where it is no abbreviation's and no address's:

- the word before it is two letters or more, or letters glued to a number ("2кг.и",
  "1л.хлеб"): "т.е.", "г.Москва", initials ("Е.В.") abbreviate with one letter;
- that word abbreviates what follows (``TextWords.stop_abbreviations``: "ул.Ленина",
  "им.Пушкина", "ст.л."), or the word after it is one letter closed by a dot ("ст.л.",
  "и т.д."): an abbreviation, kept;
- the word after it ends a domain (``TextWords.stop_domains``: "сайт.рф"), or the run of
  text around it holds an address's marks ("@", "/"): an address, kept;
- numbers on either side ("1.5", "8.30", "каб.214", "10.03") are no words: kept.

Both words are of a script other than Latin: dotted Latin names are files, code and
addresses ("test.py", "item.name", "Booking.com"), and phone keyboards put the space after
an English full stop themselves.
"""

from __future__ import annotations

import re
from typing import Final

from policy_core.lang import TextWords

__all__ = ["with_glued_stops_spaced"]

# a dot between a run of letters (numbers before them allowed: "2кг") and a letter, both of
# a script other than Latin; the run before is the whole word (no letter, digit or dot before
# it), the word after is read to its end with the mark that follows it
_GLUED: Final = re.compile(
    r"(?<![\w.])(\d*)([^\W\d_A-Za-z]+)\.(?=([^\W\d_A-Za-z]+)(\.?))",
)
_ADDRESS_MARKS: Final = re.compile(r"[@/]")
_SPACE: Final = re.compile(r"\s")
_SHORTEST: Final = 2  # letters of a word a dot after ends no abbreviation


def with_glued_stops_spaced(text: str, text_words: TextWords) -> str:
    """``text`` with a space after each full stop typed between two words for the boundary
    it marks (the module's doc); any other text as it is.

    >>> from policy_core.lang import BUILT_IN
    >>> with_glued_stops_spaced("купить яблоки.бананы, т.е. 1.5 кг", BUILT_IN.vocabulary.text)
    'купить яблоки. бананы, т.е. 1.5 кг'
    """
    while True:  # a word between two glued stops is read after the first is spaced
        cuts = [m.end() for m in _GLUED.finditer(text) if _is_glued_stop(text, m, text_words)]
        if not cuts:
            return text
        parts: list[str] = []
        done = 0
        for cut in cuts:
            parts += (text[done:cut], " ")
            done = cut
        parts.append(text[done:])
        text = "".join(parts)


def _is_glued_stop(text: str, match: re.Match[str], text_words: TextWords) -> bool:
    """The dot ``match`` holds marks a boundary (the module's doc): no abbreviation's and no
    address's."""
    digits, before, after, closed = match.groups()
    if len(before) < _SHORTEST and not digits:
        return False  # "т.е.", "г.Москва", "Е.В."
    if before.casefold() in text_words.stop_abbreviations:
        return False  # "ул.Ленина", "им.Пушкина"
    if len(after) == 1 and closed:
        return False  # "ст.л.", "т.д."
    if after.casefold() in text_words.stop_domains:
        return False  # "сайт.рф"
    return _ADDRESS_MARKS.search(_run_around(text, match.start(), match.end())) is None


def _run_around(text: str, start: int, end: int) -> str:
    """The run of text without spaces that holds ``text[start:end]``."""
    left = max((m.end() for m in _SPACE.finditer(text, 0, start)), default=0)
    right = _SPACE.search(text, end)
    return text[left : right.start() if right else len(text)]
