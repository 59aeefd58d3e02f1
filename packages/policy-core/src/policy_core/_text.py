"""Tokens: the words, numbers and times of a command, with their positions in the text.

Every rule matches whole tokens, never substrings ("papaya" holds no "pay"). A token keeps
its original spelling, a normalised form (case-folded, letters folded as the languages'
``TextWords`` say: ``ё`` read as ``е``) and its span.
"""

from __future__ import annotations

import re
import unicodedata
from functools import partial
from typing import Final, Literal, NamedTuple

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
TOKEN_PATTERN: Final = re.compile(
    r"(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<time>\d{1,2}:\d{2}(?![\d:]))"
    r"|(?P<number>\d+(?:[.,]\d+)?)"
    r"|(?P<punct>[^\w\s])",
)
# Invisible characters people paste from chats; they must not split or glue words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# ``str.translate`` with a dict walks the text in Python-object steps; a search is ~10x cheaper
# and almost every text has none of them.
_HAS_INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# What a photographed or pasted note holds beside its words, each rewritten before tokens are
# read (``_has_note_marks`` tells whether any is there; most texts have none):
# - a word with Latin look-alike letters or digits in it ("хлe6", "Kупить", "к0лбаса"),
#   respelt in its own script when every Latin letter in it has a twin there
#   (``TextWords.lookalikes``); a digit is read as a letter between two letters ("0" only) or
#   when the word holds a Latin twin too ("хлe6"), never in a glued measure ("молоко2л");
# - struck-through text, which the writer crossed off: letters overlaid with a stroke
#   ("с̶ы̶р̶") or marked as chats mark it ("~~сыр~~", "~сыр~"), dropped;
# - a word broken by a hyphen at a line's end ("по-\nсуды"), joined.
_STROKES: Final = re.compile("[\u0335\u0336\u0338~]")
_LINE_END_HYPHEN: Final = re.compile("-[ \t]*\n")
_RUN: Final = re.compile(r"[^\W_]+")
_STRUCK: Final = re.compile(
    "(?:\\S[\u0335\u0336\u0338]+)+"
    "|~~[^~\n]+~~"
    r"|(?<![\w~])~(?=[^\s~])[^~\n]+(?<=[^\s~])~(?![\w~])"
)
_BROKEN_WORD: Final = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[a-zа-яё])")
_LATIN: Final = re.compile("[a-zA-Z]")
# a mark written as a mark: a comma, a colon, a line break, or a full stop not inside a number
_WRITTEN_MARK: Final = re.compile(r"[,;:!?\n]|\.(?!\d)")
_FIRST_WORD: Final = re.compile(r"\w+")
# A stammer typed out: the first sounds of a word said over, each cut off by a hyphen, before
# the word ("к-к-купи", "до-добавь", "ст-ст-стиральный", "b-b-buy"), or one letter said over
# alone ("в-в-в"); a run of letter pieces joined by hyphens whose first is short
# (``_unstammered`` tells which are a stammer).
# a word said after the text's start or a trailing-off, a trailing-off ("...", "…") and the
# same word said again: the speaker restarts at it ("завтра... позвонить... позвонить врачу"
# is "… позвонить врачу"; a word of two letters or more, in any case: "и... и" is no restart
# of a word). A word that ends a clause before the trailing-off opens the next sentence when
# said again ("take out the bins... bins are overflowing"): no restart.
_SAID_AGAIN: Final = re.compile(
    r"(^\s*|(?:\.{2,}|…)\s*)(\w{2,})\s*(?:\.{2,}|…)\s*(\2)(?![\w-])", re.IGNORECASE
)
_STAMMER: Final = re.compile(r"(?<![\w-])[^\W\d_]{1,3}(?:-[^\W\d_]+)+(?![\w-])")
_STAMMER_PIECE: Final = 3  # the most letters a stammered piece holds


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


_new_tuple: Final = tuple.__new__


def normalise_text(text: str, text_words: TextWords) -> str:
    """NFKC-normalise and drop invisible characters, write punctuation said aloud as its mark
    (``_with_spoken_marks``), then rewrite a note's marks (the comment above ``_STROKES``) as
    ``text_words`` spell look-alikes; spans refer to this string."""
    if not text.isascii():  # (NFKC keeps ASCII as it is, and no invisible character is ASCII)
        text = unicodedata.normalize("NFKC", text)
        if _HAS_INVISIBLE.search(text):
            text = text.translate(_INVISIBLE)
    spoken = text_words.spoken_search
    if (
        spoken is not None
        and not text_words.spoken_keys.isdisjoint(text.casefold().split())
        and _WRITTEN_MARK.search(text) is None
    ):
        text = _with_spoken_marks(text, text_words, spoken)
    if "-" in text:
        text = _without_stammers(text, text_words)
    if ".." in text or "…" in text:
        text = _SAID_AGAIN.sub(r"\1\3", text)
    if _has_note_marks(text, text_words):
        text = _BROKEN_WORD.sub("", _STRUCK.sub("", text))
        if text_words.lookalike_search is not None:
            text = _RUN.sub(partial(_respelt, text_words), text)
    return text


def _without_stammers(text: str, text_words: TextWords) -> str:
    """``text`` with each stammer typed out read as the word meant (``_unstammered``). A
    stammer said once ("к-купи": one piece before its word) counts only beside another
    stammer in the text ("н-напомни п-пете …"); alone it may be a word written so ("купи
    В-витамины", "C-clamps", "ти-тишотку") and stays as typed."""
    runs = [(m, _unstammered(text_words, m)) for m in _STAMMER.finditer(text)]
    stammers = sum(1 for _, reading in runs if reading is not None)
    if not stammers:
        return text
    out: list[str] = []
    last = 0
    for match, reading in runs:
        if reading is None:
            continue
        meant, said_over = reading
        if not said_over and stammers < 2:
            continue  # "купи В-витамины": no stammer beside it
        end = match.end()
        if not meant:  # "купи м-м-м хлеба": a hesitation, dropped with the space after it
            end += len(text[end:]) - len(text[end:].lstrip(" "))
        out += (text[last : match.start()], meant)
        last = end
    out.append(text[last:])
    meant_text = "".join(out)
    return meant_text if meant_text.strip() else text  # "x-x-x": as typed, nothing to drop to


def _unstammered(text_words: TextWords, match: re.Match[str]) -> tuple[str, bool] | None:
    """A hyphenated run read as a stammer: the word meant and whether a piece was said over
    (two pieces or more before it: "к-к-купи", "ку-ку-купи"); None for no stammer. The
    leading pieces each of at most ``_STAMMER_PIECE`` letters that begin the piece after them
    and are shorter than the word they end on ("к-к-купи" is "купи", "А-а-анна" "Анна",
    "к-кто-нибудь" "кто-нибудь"); one letter said over alone is that letter where it is a
    word ("в-в-в" is "в": ``TextWords.letter_words``), a hesitation dropped whole otherwise
    ("м-м-м"). No stammer: a word the language hyphens so ("по-польски", "co-codamol",
    "no-nonsense": ``TextWords.hyphen_prefixes``), a syllable doubled by the word itself
    (the word is the piece and one letter more: "pom-poms", "чуп-чупс", "tom-toms",
    "M-Ms"), a capital letter said once inside the text ("купи В-витамины", "add C-clamps",
    "О-образное кольцо"), any other run ("ха-ха", "кто-нибудь", "t-shirt")."""
    run = match.group()
    parts = run.split("-")
    folded = [part.casefold() for part in parts]
    said = 0  # how many pieces lead before the word they begin
    while (
        said + 1 < len(parts)
        and len(folded[said]) <= _STAMMER_PIECE
        and folded[said + 1].startswith(folded[said])
    ):
        said += 1
    if said == 0:
        return None
    word = folded[said]
    if len(word) == 1:  # one letter said over ("в-в-в"), or a hesitation ("м-м-м")
        if said + 1 != len(parts):
            return None
        return (parts[0] if word in text_words.letter_words else "", True)
    if any(len(piece) >= len(word) for piece in folded[:said]):
        return None  # "ха-ха-хаха"'s "ха-ха" is a word said twice, no stammer
    if said == 1 and (
        folded[0] in text_words.hyphen_prefixes
        or len(word) <= len(folded[0]) + 1  # "pom-poms", "чуп-чупс"
        or (len(parts[0]) == 1 and parts[0].isupper() and match.start() > 0)
    ):
        return None
    rest = "-".join(parts[said:])
    if parts[0][:1].isupper() and rest[:1].islower():
        rest = rest[:1].upper() + rest[1:]
    return rest, said > 1


def _with_spoken_marks(text: str, text_words: TextWords, spoken: re.Pattern[str]) -> str:
    """``text`` with each punctuation phrase said aloud written as its mark, and the space
    before it (and after a line break) dropped: "молоко запятая хлеб точка" is
    "молоко, хлеб.". Only a text with no written mark comes here (``normalise_text``): voice
    typing either writes the marks or spells them out."""
    marks, stops, paired = (
        text_words.spoken_marks,
        text_words.spoken_stops,
        text_words.spoken_paired,
    )
    matches = list(spoken.finditer(text))
    phrases = [" ".join(match.group().casefold().split()) for match in matches]
    # a stop said more than once is a mark each time ("хлеб точка молоко точка яйца")
    read = [
        phrase in marks
        or phrases.count(phrase) > 1
        or _ends_a_sentence(text, match.end(), text_words, spoken)
        for match, phrase in zip(matches, phrases, strict=True)
    ]
    # "colon" is a mark only beside another mark said ("list colon apples comma pears"),
    # a word otherwise ("colon cleanse tea")
    others = any(
        is_read and phrase not in paired for is_read, phrase in zip(read, phrases, strict=True)
    )
    parts: list[str] = []
    done = 0
    for match, phrase, is_mark in zip(matches, phrases, read, strict=True):
        mark = marks.get(phrase)
        if not is_mark or (phrase in paired and not others):
            continue  # "точка доступа", "period pads": the word itself
        parts.append(text[done : match.start()].rstrip())
        parts.append(mark or stops[phrase])
        done = match.end()
        if mark == "\n":
            while done < len(text) and text[done] in " \t":
                done += 1
    parts.append(text[done:])
    return "".join(parts)


def _ends_a_sentence(text: str, end: int, text_words: TextWords, spoken: re.Pattern[str]) -> bool:
    """What follows ``end`` is nothing, another spoken mark or a word that opens a sentence
    after a full stop (``stop_followers``)."""
    rest = text[end:].lstrip()
    if not rest or spoken.match(rest):
        return True
    following = _FIRST_WORD.match(rest)
    return following is not None and following.group().casefold() in text_words.stop_followers


def _has_note_marks(text: str, text_words: TextWords) -> bool:
    """The text holds a mark of a note (the comment above ``_STROKES``): a stroke or a tilde,
    a hyphen ending a line, or a letter with look-alikes beside a Latin one or a digit."""
    if text.isascii():  # no letter with Latin look-alikes, no stroke
        return "~" in text or ("\n" in text and _LINE_END_HYPHEN.search(text) is not None)
    mixed_scripts = text_words.mixed_scripts_search
    return (
        _STROKES.search(text) is not None
        or ("\n" in text and _LINE_END_HYPHEN.search(text) is not None)
        or (mixed_scripts is not None and mixed_scripts(text) is not None)
    )


def _respelt(text_words: TextWords, match: re.Match[str]) -> str:
    """A word with Latin look-alikes or digits in it, in its own script (see
    ``_has_note_marks``); any other run of letters and digits as it is."""
    run = match.group()
    lookalikes, in_script = text_words.lookalikes, text_words.lookalike_search
    if in_script is None or not in_script(run):
        return run
    latin = _LATIN.findall(run)
    if any(letter not in lookalikes for letter in latin):
        return run  # "Wi-Fiроутер": a real Latin word glued on
    chars = list(run)
    last = len(chars) - 1
    for i, char in enumerate(chars):
        if char.isdigit():
            if (
                char in lookalikes
                and i > 0
                and chars[i - 1].isalpha()
                and (
                    (char == "0" and i < last and chars[i + 1].isalpha())
                    or (latin and (i == last or chars[i + 1].isalpha()))
                )
            ):
                chars[i] = lookalikes[char]
        elif char in lookalikes:
            chars[i] = lookalikes[char]
    return "".join(chars)


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
