"""Due dates: find a due phrase in a tokenised command and resolve it against its timestamp.

Everything is relative to ``now``, the command's own aware timestamp, in *its* UTC offset;
the wall clock is never read. Matching is on whole tokens, so "satisfy" holds no "sat".

Rules and the choices behind them:

- Days: "сегодня"/"today", "завтра"/"tomorrow", "послезавтра"/"the day after tomorrow".
- Weekdays in any case form or abbreviation ("в пятницу", "к пятнице", "до пятницы", "on
  friday", "by fri", "пт") mean the next such day *strictly after* today: "в пятницу" said
  on a Friday is next week's Friday. "next friday" and "this friday" mean the same day as
  "friday". Plurals ("sundays", "по пятницам") are routines, not due dates, and do not match,
  nor do noun compounds ("sunday school"). "sun", "sat" and "wed" are also ordinary English
  words, so they count only after "on", "by", "next", "this", "until", "till" or "before".
- "через N дней"/"in N days" (N in digits or words, "пару"/"a couple of" = 2), weeks (+7 N),
  hours and minutes ("через 2 часа", "in 30 minutes": now plus the span, to the minute).
- Weekend ("на выходных", "в выходные", "this weekend", "on/at the weekend") is its Saturday:
  the coming Saturday on Monday to Friday; *today* on Saturday and on Sunday, because the
  weekend being spoken of is already under way. "next weekend" is the Saturday after that.
- Times: "18:00", "в 8.00", "at 6pm", "6:30pm", "7 a.m.", "в 7 вечера" (19:00), "в 8 утра",
  "в 3 часа дня" (15:00), "в 2 ночи" (02:00), "в полдень"/"at noon" (12:00), "в час" (13:00,
  lunchtime). An hour without am/pm or a part of the day is on the 24-hour clock ("в 8" is
  08:00: guessing the evening would be wrong as often as right). A bare number after "в"/"at"
  is an hour only beside another due word or at the end of a clause: "в 2 коробки" is not.
  Midnight ("в полночь", "at midnight") is the *end* of the day named, 00:00 of the next one.
- Parts of the day: "утром"/"morning" 09:00, "днём"/"afternoon" 14:00 (the middle of the
  afternoon, after lunch), "вечером"/"evening"/"tonight" 19:00. An explicit time wins over a
  part of the day, which only says which half of the clock it is on: "вечером в 8" is 20:00.
  "с утра", "до утра", "до вечера", "к вечеру" are parts of the day too. English "morning",
  "afternoon", "evening" need "in"/"by"/"this" or a day ("friday evening"): "the morning
  routine" and "an evening walk" are not due dates; "good morning" never is.
- With no date, a time (or part of the day) means today if that moment is still ahead of
  ``now``, else tomorrow. "tonight", "this evening", "сегодня вечером" always mean today.
- Calendar dates: "5 марта", "5-го марта", "on March 5", "March 5th", "5th of March", "on the
  5th", "5 числа": the next such date not before today (years are not read). A day of the month
  without a month must end the phrase ("on the 5th floor" is a floor).

The first phrase of each kind (date, time, part of the day) wins; the indices returned cover
every token of those phrases, prepositions included, so the caller can cut them from a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from policy_core._numbers import read_number
from policy_core._text import Token

__all__ = ["DueMatch", "find_due"]


class DueMatch(NamedTuple):
    """A resolved due date and the tokens of the phrase that gave it.

    ``due`` is ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS±HH:MM`` when a time was given.
    """

    due: str
    token_indices: frozenset[int]


def _forms(value: int, *words: str) -> dict[str, int]:
    return dict.fromkeys(words, value)


def _numbered(first: int, table: str) -> MappingProxyType[str, int]:
    """``"a b | c"`` → a and b are ``first``, c is ``first + 1``."""
    groups = enumerate(table.split("|"), first)
    return MappingProxyType({word: number for number, words in groups for word in words.split()})


_DAY_OFFSETS = MappingProxyType(
    {"сегодня": 0, "today": 0, "завтра": 1, "tomorrow": 1, "послезавтра": 2}
)
_WEEKDAYS = MappingProxyType(
    {
        **_forms(0, "понедельник", "понедельника", "понедельнику", "пн", "monday", "mon"),
        **_forms(1, "вторник", "вторника", "вторнику", "вт", "tuesday", "tue", "tues"),
        **_forms(2, "среда", "среду", "среды", "среде", "ср", "wednesday", "wed"),
        **_forms(3, "четверг", "четверга", "четвергу", "чт", "thursday", "thu", "thur", "thurs"),
        **_forms(4, "пятница", "пятницу", "пятницы", "пятнице", "пт", "friday", "fri"),
        **_forms(5, "суббота", "субботу", "субботы", "субботе", "сб", "saturday", "sat"),
        **_forms(6, "воскресенье", "воскресенья", "воскресенью", "вс", "sunday", "sun"),
    }
)
_AMBIGUOUS_WEEKDAYS = frozenset({"sun", "sat", "wed"})
_STRONG_WEEKDAY_LEADS = frozenset({"on", "by", "next", "this", "until", "till", "before"})
_WEEKDAY_MODS = frozenset(
    {"next", "this", "coming", "эту", "этот", "это", "следующую", "следующий", "следующее"}
    | {"ближайшую", "ближайший", "ближайшее"}
)
_WEEKDAY_PREPS = frozenset({"в", "во", "к", "до", "on", "by", "until", "till", "before"})
_COMPOUND_NOUNS = frozenset({"school", "service", "services", "roast", "paper", "league"})
_WEEKEND = frozenset({"выходные", "выходных", "выходным", "weekend", "уикенд", "уикенда"})
_WEEKEND_MODS = frozenset({"эти", "этих", "этим", "следующие", "следующих", "this", "next", "the"})
_NEXT = frozenset({"next", "следующие", "следующих"})
_WEEKEND_PREPS = frozenset({"на", "в", "к", "до", "on", "at", "over", "by", "for"})
_DAY_PREPS = frozenset({"на", "до", "by", "for", "until", "till", "before"})
_THE = frozenset({"the"})
_NOTHING: frozenset[str] = frozenset()
_PARTS = MappingProxyType(
    {"утром": 9, "morning": 9, "днем": 14, "afternoon": 14, "вечером": 19, "evening": 19}
)
_EN_PARTS = frozenset({"morning", "afternoon", "evening"})
_DAY_NAMES = frozenset({*_DAY_OFFSETS, *_WEEKDAYS})  # "tomorrow morning", "friday evening"
# "с утра", "до вечера", "к вечеру": a part of the day after a preposition.
_PARTS_AFTER = MappingProxyType({"утра": 9, "утру": 9, "вечера": 19, "вечеру": 19})
_PART_MODS = frozenset({"the", "this"})
_PART_PREPS = frozenset({"in", "by"})
_MONTHS = _numbered(
    1,
    """января january jan | февраля february feb | марта march mar | апреля april apr | мая may
    | июня june jun | июля july jul | августа august aug | сентября september sep sept
    | октября october oct | ноября november nov | декабря december dec""",
)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_RU_ORDINALS = frozenset({"го", "е", "ого"})
_AFTER_DAY_OF_MONTH = frozenset({"please", "at", "in", "and", "then", "в", "и", "пожалуйста"})
_DATE_PREPS = frozenset({"к", "до", "on", "by", "until", "till", "before", "for"})
# Span units in minutes; days and weeks resolve to a date, the rest to a moment.
_SPANS = MappingProxyType(
    {
        **_forms(1440, "день", "дня", "дней", "сутки", "суток", "day", "days"),
        **_forms(10080, "неделю", "недели", "недель", "week", "weeks"),
        **_forms(60, "час", "часа", "часов", "hour", "hours", "hr", "hrs"),
        **_forms(1, "минуту", "минуты", "минут", "мин", "minute", "minutes", "min", "mins"),
        "полчаса": 30,
    }
)
_SPAN_WORDS = frozenset({"через", "in", "within"})
_ONE = Decimal(1)
_MAX_SPAN_MINUTES = 3660 * 1440
_TIME_PREPS = frozenset({"в", "во", "к", "до", "около", "at", "by", "around", "before", "until"})
_HOUR_WORDS = frozenset({"час", "часа", "часов"})
_OCLOCK = frozenset({"o'clock", "oclock"})
_MERIDIEMS = MappingProxyType(
    {"am": "am", "pm": "pm", "утра": "am", "дня": "day", "вечера": "pm", "ночи": "night"}
)
_NAMED_TIMES = MappingProxyType({"полдень": 12, "noon": 12, "полночь": 24, "midnight": 24})
# Words that can start (by their core) a date, a part of the day or a span; a quick filter.
_DAY_TRIGGERS = frozenset(
    {"tonight", "day", *_PARTS_AFTER, *_SPAN_WORDS, *_DAY_OFFSETS, *_WEEKDAYS, *_WEEKEND, *_PARTS}
    | _MONTHS.keys()
)


# Every phrase _find can read holds a number or a time, or one of these words (a day
# trigger, a preposition before a spelled-out hour, a named time).
_DUE_WORDS = frozenset({*_DAY_TRIGGERS, *_TIME_PREPS, *_NAMED_TIMES})
_DIGIT_KINDS = frozenset({"number", "time"})


class _Hit(NamedTuple):
    """``tokens[start:end]``: a ``date``, a ``part`` of the day, a ``time`` or a ``moment``."""

    kind: str
    start: int
    end: int
    day: date | None = None
    hour: int = 0  # for a time, 24 is midnight at the end of the day
    minute: int = 0
    meridiem: bool = False  # the time says its half of the clock ("pm", "вечера", "noon")
    moment: datetime | None = None


def _lead(tokens: Sequence[Token], i: int, mods: frozenset[str], preps: frozenset[str]) -> int:
    """Where the phrase whose core starts at ``i`` begins: ``[prep] [modifier] core``."""
    if i > 0 and tokens[i - 1].norm in mods:
        i -= 1
    if i > 0 and tokens[i - 1].norm in preps:
        i -= 1
    return i


def _weekday(tokens: Sequence[Token], i: int, today: date) -> _Hit | None:
    word = tokens[i].norm
    if i + 1 < len(tokens) and tokens[i + 1].norm in _COMPOUND_NOUNS:
        return None
    start = _lead(tokens, i, _WEEKDAY_MODS, _WEEKDAY_PREPS)
    if word in _AMBIGUOUS_WEEKDAYS and not (
        _STRONG_WEEKDAY_LEADS & {t.norm for t in tokens[start:i]}
    ):
        return None
    ahead = (_WEEKDAYS[word] - today.weekday() - 1) % 7 + 1
    return _Hit("date", start, i + 1, today + timedelta(days=ahead))


def _weekend(tokens: Sequence[Token], i: int, today: date) -> _Hit | None:
    start = _lead(tokens, i, _WEEKEND_MODS, _WEEKEND_PREPS)
    if start == i:
        return None  # a bare "выходные" is as often "days off" as a date
    weekday = today.weekday()
    day = today if weekday >= 5 else today + timedelta(days=5 - weekday)
    if any(t.norm in _NEXT for t in tokens[start:i]):
        day += timedelta(days=7 - (weekday == 6))
    return _Hit("date", start, i + 1, day)


def _span(tokens: Sequence[Token], i: int, now: datetime) -> _Hit | None:
    n, j = len(tokens), i + 1
    number = read_number(tokens, j)
    value = _ONE
    if number is not None:
        value, j = number.value, number.end
    elif j < n and tokens[j].norm in ("a", "an"):
        j += 1
    elif tokens[i].norm != "через":  # "через неделю" needs no number, "in week" is not English
        return None
    if j < n and tokens[j].norm == "of":
        j += 1
    if j >= n or tokens[j].norm not in _SPANS:
        return None
    minutes = value * _SPANS[tokens[j].norm]
    if minutes != int(minutes) or not 0 < minutes <= _MAX_SPAN_MINUTES:
        return None
    if minutes % 1440 == 0:
        return _Hit("date", i, j + 1, now.date() + timedelta(days=int(minutes) // 1440))
    moment = now.replace(second=0, microsecond=0) + timedelta(minutes=int(minutes))
    return _Hit("moment", i, j + 1, moment=moment)


def _day_number(token: Token) -> int | None:
    if token.kind == "number" and token.norm.isdigit() and len(token.norm) <= 2:
        value = int(token.norm)
        return value if 1 <= value <= 31 else None
    return None


def _skip_ordinal(tokens: Sequence[Token], j: int) -> int:
    if j < len(tokens) and tokens[j].norm in _ORDINALS:
        return j + 1
    if j + 1 < len(tokens) and tokens[j].norm == "-" and tokens[j + 1].norm in _RU_ORDINALS:
        return j + 2
    return j


def _on_or_after(today: date, month: int | None, day: int) -> date | None:
    """The first date on or after ``today`` with this day (and month, when given)."""
    year, current = today.year, month or today.month
    for _ in range(12 * 8 + 1):  # Feb 29 may be eight years away
        try:
            found = date(year, current, day)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        if month is None:
            year, current = (year + 1, 1) if current == 12 else (year, current + 1)
        else:
            year += 1
    return None  # pragma: no cover - every valid day recurs within eight years


def _calendar(tokens: Sequence[Token], i: int, today: date) -> _Hit | None:
    n, month = len(tokens), _MONTHS.get(tokens[i].norm)
    if month is not None:  # "March 5th"
        day = _day_number(tokens[i + 1]) if i + 1 < n else None
        if day is None:
            return None
        end = _skip_ordinal(tokens, i + 2)
    else:  # "5 марта", "5th of March", "the 5th", "5 числа"
        day = _day_number(tokens[i])
        if day is None:
            return None
        end = _skip_ordinal(tokens, i + 1)
        ordinal = end > i + 1
        after_of = end + 1 if ordinal and end < n and tokens[end].norm == "of" else end
        if after_of < n and tokens[after_of].norm in _MONTHS:
            month, end = _MONTHS[tokens[after_of].norm], after_of + 1
        elif end < n and tokens[end].norm in ("числа", "числу"):
            end += 1
        elif not ordinal:
            return None
    word_after = tokens[end].norm if end < n and tokens[end].kind == "word" else None
    if month is None and word_after is not None and word_after not in _AFTER_DAY_OF_MONTH:
        return None  # "on the 5th floor" is not a date
    start = _lead(tokens, i, _THE, _DATE_PREPS)
    found = _on_or_after(today, month, day)
    return None if found is None else _Hit("date", start, end, found)


def _day_phrase(tokens: Sequence[Token], i: int, now: datetime) -> _Hit | None:
    """A date, a part of the day or a span that starts (by its core word) at ``tokens[i]``."""
    word, today, n = tokens[i].norm, now.date(), len(tokens)
    if word in _SPAN_WORDS:
        return _span(tokens, i, now)
    if word in _DAY_OFFSETS:
        day = today + timedelta(days=_DAY_OFFSETS[word])
        return _Hit("date", _lead(tokens, i, _NOTHING, _DAY_PREPS), i + 1, day)
    if word == "tonight":
        return _Hit("part", _lead(tokens, i, _NOTHING, _DAY_PREPS), i + 1, today, 19)
    if word == "day" and [t.norm for t in tokens[i + 1 : i + 3]] == ["after", "tomorrow"]:
        start = _lead(tokens, i, _THE, _DAY_PREPS)
        return _Hit("date", start, i + 3, today + timedelta(days=2))
    if word in _WEEKDAYS:
        return _weekday(tokens, i, today)
    if word in _WEEKEND:
        return _weekend(tokens, i, today)
    if word in _PARTS:
        before = tokens[i - 1].norm if i else ""
        if before in ("good", "с", "со") or (i + 1 < n and tokens[i + 1].norm == "рождения"):
            return None  # "good morning", "с днём рождения"
        start = _lead(tokens, i, _PART_MODS, _PART_PREPS)
        bare = start == i or tokens[start].norm == "the"
        if word in _EN_PARTS and bare and before not in _DAY_NAMES:
            return None  # "morning routine", "an evening walk"
        this = any(t.norm == "this" for t in tokens[start:i])
        return _Hit("part", start, i + 1, today if this else None, _PARTS[word])
    if word in _PARTS_AFTER and i and tokens[i - 1].norm in ("с", "до", "к"):
        return _Hit("part", i - 1, i + 1, None, _PARTS_AFTER[word])
    if word in _MONTHS or tokens[i].kind == "number":
        return _calendar(tokens, i, today)
    return None


def _meridiem(tokens: Sequence[Token], j: int) -> tuple[str | None, int]:
    if j >= len(tokens):
        return None, j
    word = tokens[j].norm
    if word in _MERIDIEMS:
        return _MERIDIEMS[word], j + 1
    if word in ("a", "p") and [t.norm for t in tokens[j + 1 : j + 3]] == [".", "m"]:  # "a.m."
        end = j + 4 if j + 3 < len(tokens) and tokens[j + 3].norm == "." else j + 3
        return ("am" if word == "a" else "pm"), end
    return None, j


def _on_clock(hour: int, meridiem: str) -> int | None:
    """The 24-hour value of ``hour`` said with am/pm or "утра"/"дня"/"вечера"/"ночи"."""
    if meridiem in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + (12 if meridiem == "pm" else 0)
    if meridiem == "day":
        return hour + 12 if 1 <= hour <= 6 else hour
    if meridiem == "night":
        return 0 if hour == 12 else hour + 12 if 7 <= hour <= 11 else hour
    return hour + 12 if hour < 12 else hour  # вечера


def _time(tokens: Sequence[Token], i: int, claimed: set[int]) -> _Hit | None:
    """A clock time whose number (or named time) is ``tokens[i]``."""
    token, n = tokens[i], len(tokens)
    start = i - 1 if i and tokens[i - 1].norm in _TIME_PREPS else i
    if token.norm in _NAMED_TIMES:
        return _Hit("time", start, i + 1, hour=_NAMED_TIMES[token.norm], meridiem=True)
    minute, end, strong = 0, i + 1, token.kind == "time"
    if token.kind == "time" or (token.kind == "number" and "." in token.norm):
        hour_text, _, minute_text = token.norm.replace(":", ".").partition(".")
        if len(minute_text) != 2:
            return None
        hour, minute = int(hour_text), int(minute_text)
    elif token.kind == "number":
        hour = int(token.norm)
    elif start < i and token.norm == "час":
        hour = 1 if _meridiem(tokens, end)[0] else 13  # "в час" is lunchtime, not 1 a.m.
    elif start < i and (number := read_number(tokens, i)) is not None:
        hour, end = int(number.value), number.end
        if number.value != hour:
            return None
    else:
        return None
    hour_word = end < n and tokens[end].norm in _HOUR_WORDS
    if hour_word or (end < n and tokens[end].norm in _OCLOCK):
        strong = strong or not hour_word
        end += 1
    meridiem, end = _meridiem(tokens, end)
    if meridiem is not None:
        clock = _on_clock(hour, meridiem)
        if clock is None:
            return None
        hour, strong = clock, True
    if hour > 23 or minute > 59:
        return None
    if not strong:
        if start == i:
            return None
        beside = (start > 0 and start - 1 in claimed) or end >= n or end in claimed
        if not (hour_word or "." in token.norm or beside or tokens[end].kind == "punct"):
            return None
    return _Hit("time", start, end, None, hour, minute, meridiem is not None)


def _find(tokens: Sequence[Token], now: datetime) -> DueMatch | None:
    hits: dict[str, _Hit] = {}
    claimed: set[int] = set()
    n, i = len(tokens), 0
    while i < n:
        token = tokens[i]
        triggers = token.kind == "number" or token.norm in _DAY_TRIGGERS
        hit = _day_phrase(tokens, i, now) if triggers else None
        if hit is None:
            i += 1
            continue
        hits.setdefault(hit.kind, hit)
        claimed.update(range(hit.start, hit.end))
        i = hit.end
    clock = None
    for i, token in enumerate(tokens):
        if i in claimed or token.kind == "punct":
            continue
        after_prep = i > 0 and tokens[i - 1].norm in _TIME_PREPS  # "в восемь", "в полдень"
        if token.kind != "word" or after_prep or token.norm in _NAMED_TIMES:
            clock = _time(tokens, i, claimed)
            if clock is not None:
                break
    moment = hits.get("moment")
    if moment is not None and moment.moment is not None:  # "через 2 часа" says it all
        return DueMatch(moment.moment.isoformat(), frozenset(range(moment.start, moment.end)))
    spans = [*hits.values(), clock] if clock else [*hits.values()]
    indices = frozenset(k for span in spans for k in range(span.start, span.end))
    date_hit, part_hit = hits.get("date"), hits.get("part")
    day = date_hit.day if date_hit else part_hit.day if part_hit else None
    if clock is not None:
        hour, minute = clock.hour, clock.minute
        if not clock.meridiem and part_hit and part_hit.hour > 12 and 1 <= hour < 12:
            hour += 12  # "вечером в 8"
    elif part_hit is not None:
        hour, minute = part_hit.hour, 0
    else:
        return None if day is None else DueMatch(day.isoformat(), indices)
    if hour == 24:  # midnight closes the day named, today by default
        due = datetime.combine(day or now.date(), time(), now.tzinfo) + timedelta(days=1)
    else:
        due = datetime.combine(day or now.date(), time(hour, minute), now.tzinfo)
        if day is None and due <= now:
            due += timedelta(days=1)
    return DueMatch(due.isoformat(timespec="seconds"), indices)


def find_due(tokens: Sequence[Token], now: datetime) -> DueMatch | None:
    """Find the due phrase in ``tokens`` and resolve it against ``now`` (an aware datetime).

    >>> from policy_core._text import tokenize
    >>> now = datetime.fromisoformat("2026-03-05T10:00:00+03:00")
    >>> find_due(tokenize("вынести мусор завтра в 19:00"), now).due
    '2026-03-06T19:00:00+03:00'
    """
    offset = now.utcoffset()
    if offset is None:
        raise ValueError("find_due needs an aware datetime")
    if not any(t.kind in _DIGIT_KINDS or t.norm in _DUE_WORDS for t in tokens):
        return None  # most commands: no number, time or due word, so no phrase can start
    try:
        # The same wall clock under a fixed offset: no trip through UTC, no DST surprises.
        return _find(tokens, now.replace(tzinfo=timezone(offset)))
    except OverflowError:  # a date past year 9999
        return None
