"""Full stops typed for spaces: "купить яблоки.бананы", "Аня.добавь рис", "сахар 2кг.и муку".

Someone who types a full stop and no space after it (an old hand on a keyboard, a phone's
small keys) glues two words with it; the dot stands for the boundary it would mark with a
space, a sentence's end, a list's next item or the pause after a name called. Each such dot
is written with a space after it (". "), so every reader reads it as it reads ". ".

A dot between two words is glued so only where it is no abbreviation's and no address's:

- the word before it is two letters or more, or letters glued to a number ("2кг.и",
  "1л.хлеб"): "т.е.", "г.Москва", initials ("Е.В.") abbreviate with one letter;
- that word abbreviates what follows (``TextWords.stop_abbreviations``: "ул.Ленина",
  "им.Пушкина", "ст.л."; the usual stubs of a product's adjective that are words too:
  "мед.маски", "зуб.пасту", "слив.масло"), or is a stub the dictionary tells (``is_stub``:
  no word of its own, the start of an adjective's form: "раст.масло", "хоз.мыло",
  "сгущ.молоко"), or the word after it is one letter closed by a dot ("ст.л.", "и т.д."):
  an abbreviation, kept as typed (one name: "раст.масло" is never two items);
- the word after it ends a domain (``TextWords.stop_domains``: "сайт.рф"), or the run of
  text around it holds an address's marks ("@", "/"): an address, kept;
- numbers on either side ("1.5", "8.30", "каб.214", "10.03") are no words: kept.

Both words are of a script other than Latin: dotted Latin names are files, code and
addresses ("test.py", "item.name", "Booking.com"), and phone keyboards put the space after
an English full stop themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from policy_core.lang import TextWords

__all__ = ["with_glued_stops_spaced"]

# a dot between a run of letters (numbers before them allowed: "2кг") and a letter, both of
# a script other than Latin, read in one run of text without spaces; the run before is the
# whole word when nothing but a mark (no letter, digit or dot) is before it, or the stop
# before it was spaced ("груши.сливы.персики"); the word after is read to its end with the
# mark that follows it
_GLUED: Final = re.compile(r"(\d*)([^\W\d_A-Za-z]+)\.(?=([^\W\d_A-Za-z]+)(\.?))")
_RUN: Final = re.compile(r"(?<!\S)\S*\.\S*")  # a run of text without spaces that holds a dot
_GLUED_TO: Final = re.compile(r"[\w.]")  # what glues a word to the one before it
_ADDRESS_MARKS: Final = re.compile(r"[@/]")
_SHORTEST: Final = 2  # letters of a word a dot after ends no abbreviation


def _no_stub(_word: str) -> bool:
    return False


def with_glued_stops_spaced(
    text: str, text_words: TextWords, is_stub: Callable[[str], bool] = _no_stub
) -> str:
    """``text`` with a space after each full stop typed between two words for the boundary
    it marks (the module's doc); any other text as it is. ``is_stub``: a word (lower case)
    is an adjective shortened (``Morphology.is_stub``); one pass over the text.

    >>> from policy_core.lang import BUILT_IN
    >>> with_glued_stops_spaced("купить яблоки.бананы, т.е. 1.5 кг", BUILT_IN.vocabulary.text)
    'купить яблоки. бананы, т.е. 1.5 кг'
    """
    return _RUN.sub(lambda run: _spaced(run.group(), text_words, is_stub), text)


def _spaced(run: str, text_words: TextWords, is_stub: Callable[[str], bool]) -> str:
    """The run of text without spaces ``run`` with its glued stops spaced."""
    if _ADDRESS_MARKS.search(run) is not None:
        return run  # "заказ@магазин.рф", "сайт.рф/купить": an address
    parts: list[str] = []
    done = 0
    for match in _GLUED.finditer(run):
        start = match.start()
        whole = start == done or _GLUED_TO.match(run, start - 1) is None
        if whole and _is_glued_stop(match, text_words, is_stub):
            parts += (run[done : match.end()], " ")
            done = match.end()
    if not parts:
        return run
    parts.append(run[done:])
    return "".join(parts)


def _is_glued_stop(
    match: re.Match[str], text_words: TextWords, is_stub: Callable[[str], bool]
) -> bool:
    """The dot ``match`` holds marks a boundary (the module's doc): no abbreviation's."""
    digits, before, after, closed = match.groups()
    if len(before) < _SHORTEST and not digits:
        return False  # "т.е.", "г.Москва", "Е.В."
    word = before.casefold()
    if word in text_words.stop_abbreviations or (not digits and is_stub(word)):
        return False  # "ул.Ленина", "им.Пушкина", "мед.маски", "раст.масло"
    if len(after) == 1 and closed:
        return False  # "ст.л.", "т.д."
    return after.casefold() not in text_words.stop_domains  # "сайт.рф"
