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
  5th", "5 числа", "двадцатого марта", "двадцать пятого числа", "15.03" (a dotted day and
  month, unless "в"/"at" makes it a clock time): the next such date not before today. A year
  after the date ("March 3rd 2027", "15 марта 2027 года") is read, and a date it puts in the
  past is a past date. A day of the month without a month must end the phrase ("on the 5th
  floor" is a floor); an ordinal word needs its month or "числа".
- "7p", "10a" (a meridiem letter glued to the hour), "half past eight", "quarter past 7 pm".
  "sat", "sun", "wed" at the very end of the text, right before a mark or right before a
  time ("mow lawn sat", "clean the bathroom sat, just saying", "sat 7p") are weekdays too,
  unless an article stands before them ("in the sun").
- Four digits of a 24-hour clock with no colon ("by 1900", "at 0930", "в 1800", "thurs
  1630", "0600 tmrw"): after a lead, or beside a day (before it only after a pronoun, a mark,
  the start or with a leading zero: "flight 1205 tomorrow" is a flight); a year near now
  after "by"/"к" alone is a year ("by 2027"; "at 2030" is 20:30), and so is any number before
  a year word ("в 1900 году"). Minutes said after the hour with no mark ("в 19 00") are its
  minutes. "at 8 of the evening" is 20:00, as "at 8 in the evening" is.

The first phrase of each kind (date, time, part of the day) wins; the indices returned cover
every token of those phrases, prepositions included, so the caller can cut them from a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Final, Literal, NamedTuple

from policy_core._numbers import read_number
from policy_core._text import Token
from policy_core.lang import DateWords, Meridiem, NumberWords

__all__ = ["DueMatch", "HitKind", "find_due"]

HitKind = Literal["date", "part", "time", "moment"]


class DueMatch(NamedTuple):
    """A resolved due date and the tokens of the phrase that gave it.

    ``due`` is ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS±HH:MM`` when a time was given.
    """

    due: str
    token_indices: frozenset[int]


_NOTHING: Final[frozenset[str]] = frozenset()
_AFTERNOON: Final = 13  # a bare hour from here on is on the 24-hour clock, never a count
_GONE_DAYS: Final = 183  # a calendar date gone by at most this long ago is gone, not next year's
_ONE: Final = Decimal(1)
_CLOCK: Final = len("23.59")  # the longest number token a clock time is written as
_MAX_SPAN_MINUTES: Final = 3660 * 1440
_DIGIT_KINDS: Final = frozenset({"number", "time"})
_MARK_KINDS: Final = frozenset({"punct"})
_HALF_HOUR: Final = 30
_YEARS_AHEAD: Final = 10  # a year written after a date is read up to this far ahead
_COMPACT_CLOCK: Final = len("1630")  # a 24-hour time written without its colon
_MINUTE_DIGITS: Final = len("00")  # minutes said after the hour with no mark: "в 19 00"
_MINUTES_IN_HOUR: Final = 60


class _Hit(NamedTuple):
    """``tokens[start:end]``: a ``date``, a ``part`` of the day, a ``time`` or a ``moment``."""

    kind: HitKind
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


def _deadline_start(tokens: Sequence[Token], start: int, d: DateWords) -> int:
    """Where a due phrase starting at ``start`` begins once a deadline's words right before it
    are counted in (``DateWords.deadline_leads``: "sign the form no later than Friday", "NLT
    1900", "не позднее пятницы"): they only say the due is a limit, so they leave the title
    with it."""
    for lead in d.deadline_leads:
        first = start - len(lead)
        if first >= 0 and all(tokens[first + k].norm == word for k, word in enumerate(lead)):
            return first
    return start


def _phrase_indices(tokens: Sequence[Token], spans: Sequence[_Hit], d: DateWords) -> frozenset[int]:
    """The token indices the due phrases ``spans`` take, each with its deadline's words."""
    return frozenset(
        k for span in spans for k in range(_deadline_start(tokens, span.start, d), span.end)
    )


def _week(tokens: Sequence[Token], i: int, today: date, d: DateWords) -> _Hit | None:
    """ "на следующей неделе", "next week": the Monday of the next week; "на прошлой неделе",
    "last week" (``past_week_mods``): the Monday of the week gone, a due already past (asked)."""
    if i == 0:
        return None
    mod = tokens[i - 1].norm
    if mod not in d.next_week_mods and mod not in d.past_week_mods:
        return None
    start = i - 2 if i > 1 and tokens[i - 2].norm in d.week_preps else i - 1
    if _not_a_when(tokens, start, mod in d.past_week_mods, d):
        return None
    if mod in d.past_week_mods:
        return _Hit("date", start, i + 1, today - timedelta(days=7 + today.weekday()))
    return _Hit("date", start, i + 1, today + timedelta(days=7 - today.weekday()))


def _week_after(tokens: Sequence[Token], i: int, d: DateWords) -> int:
    """The end of "на следующей неделе"/"next week" said right after a weekday ending at
    ``i`` ("в среду на следующей неделе", "Tuesday next week"), or ``i`` when none is."""
    j = i + 1 if i < len(tokens) and tokens[i].norm in d.week_preps else i
    if (
        j + 1 < len(tokens)
        and tokens[j].norm in d.next_week_mods
        and tokens[j + 1].norm in d.week_words
    ):
        return j + 2
    return i


def _ends_or_timed(tokens: Sequence[Token], j: int) -> bool:
    """Nothing but marks from ``j`` on, a mark closing the clause, or a time right there:
    "mow lawn sat", "clean the bathroom sat, just saying", "sat 7p"."""
    if j < len(tokens) and tokens[j].kind in _DIGIT_KINDS | _MARK_KINDS:
        return True
    return all(t.kind == "punct" for t in tokens[j:])


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter of ``year`` in the Gregorian calendar (the Julian computus, then the
    calendars' difference: 13 days from 1900 to 2099). 2026: 12 April."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


def _feast_day(tokens: Sequence[Token], i: int, today: date, d: DateWords) -> _Hit | None:
    """ "в чистый четверг", "в вербное воскресенье": a weekday named with its word as a day
    of the church year (``DateWords.feast_days``): that day this year, or next year's once
    it is gone (as a weekday is the next such day)."""
    offset = d.feast_days.get((tokens[i - 1].norm, tokens[i].norm))
    if offset is None:
        return None
    day = _orthodox_easter(today.year) + timedelta(days=offset)
    if day < today:
        day = _orthodox_easter(today.year + 1) + timedelta(days=offset)
    return _Hit("date", _lead(tokens, i - 1, _NOTHING, d.weekday_preps), i + 1, day)


def _weekday(tokens: Sequence[Token], i: int, today: date, d: DateWords) -> _Hit | None:
    word = tokens[i].norm
    if i and d.feast_days:
        feast = _feast_day(tokens, i, today, d)
        if feast is not None:
            return feast
    if i + 1 < len(tokens) and tokens[i + 1].norm in d.compound_nouns:
        return None
    start = _lead(tokens, i, d.weekday_leads, d.weekday_preps)
    past = start < i and tokens[i - 1].norm in d.past_mods
    if (
        word in d.ambiguous_weekdays
        and not past
        and not (d.strong_weekday_leads & {t.norm for t in tokens[start:i]})
        and not (i and _ends_or_timed(tokens, i + 1) and tokens[i - 1].norm not in d.articles)
        and not (i + 1 < len(tokens) and tokens[i + 1].norm in d.parts)  # "sat morning"
    ):
        return None
    if past:  # the latest such day before today: a due already gone, asked about
        back = (today.weekday() - d.weekdays[word] - 1) % 7 + 1
        return _Hit("date", start, i + 1, today - timedelta(days=back))
    end = _week_after(tokens, i + 1, d)
    if end > i + 1:  # that weekday of the next week
        monday = today + timedelta(days=7 - today.weekday())
        return _Hit("date", start, end, monday + timedelta(days=d.weekdays[word]))
    ahead = (d.weekdays[word] - today.weekday() - 1) % 7 + 1
    return _Hit("date", start, i + 1, today + timedelta(days=ahead))


def _not_a_when(tokens: Sequence[Token], start: int, past: bool, d: DateWords) -> bool:
    """A week or a weekend after a word saying it is talked of (``topic_preps``: "about the
    weekend") or, gone, that a thing is of then or done like then (``past_source_preps``:
    "from last week", "как на прошлой неделе"): no due, words of the title."""
    before = tokens[start - 1].norm if start > 0 else ""
    return before in d.topic_preps or (past and before in d.past_source_preps)


def _weekend(tokens: Sequence[Token], i: int, today: date, d: DateWords) -> _Hit | None:
    if i and tokens[i - 1].norm in d.past_week_mods:
        # "last weekend", "на прошлых выходных": the Saturday gone, a due already past
        start = i - 2 if i > 1 and tokens[i - 2].norm in d.weekend_preps else i - 1
        if _not_a_when(tokens, start, True, d):
            return None
        return _Hit("date", start, i + 1, today - timedelta(days=today.weekday() + 2))
    start = _lead(tokens, i, d.weekend_mods, d.weekend_preps)
    if start == i or _not_a_when(tokens, start, False, d):
        return None  # a bare "выходные" is as often "days off" as a date
    weekday = today.weekday()
    day = today if weekday >= 5 else today + timedelta(days=5 - weekday)
    if any(t.norm in d.next_words for t in tokens[start:i]):
        day += timedelta(days=7 - (weekday == 6))
    return _Hit("date", start, i + 1, day)


def _span(
    tokens: Sequence[Token], i: int, now: datetime, d: DateWords, numbers: NumberWords
) -> _Hit | None:
    n, j = len(tokens), i + 1
    number = read_number(tokens, j, numbers)
    value = _ONE
    if number is not None:
        value, j = number.value, number.end
    elif j < n and tokens[j].norm in numbers.articles:
        j += 1
    elif tokens[i].norm not in d.bare_span_words:  # "через неделю"; "in week" is not English
        return None
    if j < n and tokens[j].norm in d.of_words:
        j += 1
    if j >= n or tokens[j].norm not in d.spans:
        return None
    minutes = value * d.spans[tokens[j].norm]
    if minutes != int(minutes) or not 0 < minutes <= _MAX_SPAN_MINUTES:
        return None
    if minutes % 1440 == 0:
        return _Hit("date", i, j + 1, now.date() + timedelta(days=int(minutes) // 1440))
    moment = now.replace(second=0, microsecond=0) + timedelta(minutes=int(minutes))
    return _Hit("moment", i, j + 1, moment=moment)


def _span_before(
    tokens: Sequence[Token], link: int, d: DateWords, numbers: NumberWords
) -> tuple[int, int] | None:
    """The whole days a span ending right before ``link`` ("a week", "two days", "3 weeks")
    says, and where it begins; None when no span of whole days stands there."""
    unit = link - 1
    if unit < 1 or tokens[unit].norm not in d.spans:
        return None
    minutes = d.spans[tokens[unit].norm]
    for start in (unit - 1, unit - 2):
        if start < 0:
            continue
        if tokens[start].norm in numbers.articles and start == unit - 1:
            value = _ONE
        else:
            number = read_number(tokens, start, numbers)
            if number is None or number.end != unit:
                continue
            value = number.value
        total = value * minutes
        if total == int(total) and int(total) % 1440 == 0 and 0 < total <= _MAX_SPAN_MINUTES:
            return int(total) // 1440, start
    return None


def _day_number(token: Token) -> int | None:
    if token.kind == "number" and token.norm.isdigit() and len(token.norm) <= 2:
        value = int(token.norm)
        return value if 1 <= value <= 31 else None
    return None


def _skip_ordinal(tokens: Sequence[Token], j: int, d: DateWords) -> int:
    if j < len(tokens) and tokens[j].norm in d.ordinals:
        return j + 1
    if j + 1 < len(tokens) and tokens[j].norm == "-" and tokens[j + 1].norm in d.dashed_ordinals:
        return j + 2
    return j


def _on_or_after(today: date, month: int | None, day: int) -> date | None:
    """The first date on or after ``today`` with this day (and month, when given); a date
    with its month that has gone by this year, less than half a year ago, is that gone date
    ("2 марта" said on March 4th asks, it does not mean next year)."""
    if month is not None:
        try:
            this_year = date(today.year, month, day)
        except ValueError:
            this_year = None
        if this_year is not None and 0 < (today - this_year).days <= _GONE_DAYS:
            return this_year
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


def _dotted(token: Token) -> tuple[int, int] | None:
    """ "15.03": a day and a month, when the token reads as both (a clock time's minutes
    are two digits too, so a month part above 12 is a time, "8.00" is none)."""
    if token.kind != "number" or token.norm.count(".") != 1:
        return None
    day_text, _, month_text = token.norm.partition(".")
    if len(month_text) != 2 or not 1 <= len(day_text) <= 2:
        return None
    day, month = int(day_text), int(month_text)
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _year(tokens: Sequence[Token], j: int, today: date, d: DateWords) -> tuple[int | None, int]:
    """A year written after a date ("March 3rd 2027", "15 марта 2027 года") and the end."""
    k = j + 1 if j < len(tokens) and tokens[j].norm == "," else j
    if k < len(tokens) and tokens[k].kind == "number" and tokens[k].norm.isdigit():
        year = int(tokens[k].norm)
        if today.year - 1 <= year <= today.year + _YEARS_AHEAD:
            end = k + 1
            if end < len(tokens) and tokens[end].norm in d.year_words:
                end += 1
            return year, end
    return None, j


def _word_day(tokens: Sequence[Token], i: int, d: DateWords, numbers: NumberWords) -> int:
    """Where a day said as an ordinal word starts: "двадцать пятого" at "двадцать"."""
    if i and d.day_ordinals[tokens[i].norm] < 10 and tokens[i - 1].norm in numbers.tens:
        tens = numbers.tens[tokens[i - 1].norm]
        if tens in (20, 30):
            return i - 1
    return i


def _calendar(
    tokens: Sequence[Token], i: int, today: date, d: DateWords, numbers: NumberWords
) -> _Hit | None:
    n, month = len(tokens), d.months.get(tokens[i].norm)
    dotted = _dotted(tokens[i])
    first = i
    day: int | None
    before = tokens[i - 1].norm if i else ""
    if dotted is not None and (before not in d.time_preps or before in d.date_preps):
        day, month = dotted  # "15.03"
        end = i + 1
    elif tokens[i].norm in d.day_ordinals:  # "двадцатого марта", "двадцать пятого числа"
        first = _word_day(tokens, i, d, numbers)
        day = d.day_ordinals[tokens[i].norm] + (
            int(numbers.tens[tokens[first].norm]) if first < i else 0
        )
        end = i + 1
        if end < n and tokens[end].norm in d.months:
            month, end = d.months[tokens[end].norm], end + 1
        elif end < n and tokens[end].norm in d.day_of_month_words:
            end += 1
        else:
            return None  # a bare ordinal is as often "the second one" as a date
    elif month is not None:  # "March 5th"
        day = _day_number(tokens[i + 1]) if i + 1 < n else None
        if day is None:
            return None
        end = _skip_ordinal(tokens, i + 2, d)
    else:  # "5 марта", "5th of March", "the 5th", "5 числа"
        day = _day_number(tokens[i])
        if day is None:
            return None
        end = _skip_ordinal(tokens, i + 1, d)
        ordinal = end > i + 1
        after_of = end + 1 if ordinal and end < n and tokens[end].norm in d.of_words else end
        if after_of < n and tokens[after_of].norm in d.months:
            month, end = d.months[tokens[after_of].norm], after_of + 1
        elif end < n and tokens[end].norm in d.day_of_month_words:
            end += 1
        elif not ordinal:
            return None
    word_after = tokens[end].norm if end < n and tokens[end].kind == "word" else None
    said_of_month = tokens[end - 1].norm in d.day_of_month_words  # "5 числа"
    if (
        month is None
        and not said_of_month
        and word_after is not None
        and word_after not in d.after_day_of_month
    ):
        return None  # "on the 5th floor" is not a date
    start = _lead(tokens, first, d.articles, d.date_preps)
    year, end = _year(tokens, end, today, d) if month is not None else (None, end)
    if year is not None and month is not None:
        try:
            found: date | None = date(year, month, day)
        except ValueError:
            return None
    else:
        found = _on_or_after(today, month, day)
    return None if found is None else _Hit("date", start, end, found)


def _follows(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    """``tokens[i:]`` starts with ``words``."""
    return [t.norm for t in tokens[i : i + len(words)]] == list(words)


def _day_phrase(
    tokens: Sequence[Token], i: int, now: datetime, d: DateWords, numbers: NumberWords
) -> _Hit | None:
    """A date, a part of the day or a span that starts (by its core word) at ``tokens[i]``."""
    word, today, n = tokens[i].norm, now.date(), len(tokens)
    if i and tokens[i - 1].norm in d.recurrence_words:
        return None  # "every Monday", "каждую субботу": no one date
    if word in d.span_words:
        return _span(tokens, i, now, d, numbers)
    if word in d.day_offsets:
        day = today + timedelta(days=d.day_offsets[word])
        if i >= 2 and tokens[i - 1].norm in d.span_from:
            spanned = _span_before(tokens, i - 1, d, numbers)
            if spanned is not None:  # "a week from today": the span past the day
                days, start = spanned
                return _Hit("date", start, i + 1, day + timedelta(days=days))
        return _Hit("date", _lead(tokens, i, _NOTHING, d.day_preps), i + 1, day)
    if word in d.today_parts:
        start = _lead(tokens, i, _NOTHING, d.day_preps)
        return _Hit("part", start, i + 1, today, d.today_parts[word])
    for phrase, offset in d.offset_phrases:  # "the day after tomorrow"
        if word == phrase[0] and _follows(tokens, i + 1, phrase[1:]):
            start = _lead(tokens, i, d.articles, d.day_preps)
            return _Hit("date", start, i + len(phrase), today + timedelta(days=offset))
    if word in d.weekdays:
        return _weekday(tokens, i, today, d)
    if word in d.weekend:
        return _weekend(tokens, i, today, d)
    if word in d.week_words:
        return _week(tokens, i, today, d)
    if word in d.parts:
        before = tokens[i - 1].norm if i else ""
        if before in d.part_blockers or (i + 1 < n and tokens[i + 1].norm in d.part_blockers_after):
            return None  # "good morning", "с днём рождения"
        start = _hour_part_lead(tokens, _lead(tokens, i, d.part_mods, d.part_preps), d)
        bare = start == i or tokens[start].norm in d.articles
        if word in d.bare_parts and bare and before not in d.day_names:
            return None  # "morning routine", "an evening walk"
        this = any(t.norm in d.this_words for t in tokens[start:i])
        return _Hit("part", start, i + 1, today if this else None, d.parts[word])
    if word in d.set_parts and i and tokens[i - 1].norm in d.set_part_preps:
        if _part_set(tokens, i, d):
            return _Hit("part", i - 1, i + 1, None, d.set_parts[word])
        return None
    if word in d.parts_after and i and tokens[i - 1].norm in d.parts_after_preps:
        return _Hit("part", i - 1, i + 1, None, d.parts_after[word])
    if word in d.months or tokens[i].kind == "number" or word in d.day_ordinals:
        return _calendar(tokens, i, today, d, numbers)
    return None


def _hour_part_lead(tokens: Sequence[Token], start: int, d: DateWords) -> int:
    """Where a part of the day said of an hour begins: "at 8 of the evening" (a link of
    ``DateWords.hour_part_links`` between a number and the part's article) from the link;
    else ``start`` ("the smell of the evening" has no hour before its link)."""
    link = start - 1
    if (
        link > 0
        and tokens[start].norm in d.articles
        and tokens[link].norm in d.hour_part_links
        and tokens[link - 1].kind == "number"
    ):
        return link
    return start


def _part_set(tokens: Sequence[Token], i: int, d: DateWords) -> bool:
    """ "на завтра, на утро", "поставь ему на вечер": the part at ``i`` after its
    preposition closes the phrase (no word follows it) and a day (``DateWords.day_names``)
    or a word that sets a task (``part_setters``) stands before the preposition, past a
    comma, or one word before that ("запиши Пете на вечер"); "купи попкорн на вечер кино", "молока пакет, на вечер" set no time."""
    if i + 1 < len(tokens) and tokens[i + 1].kind == "word":
        return False
    j = i - 2
    while j >= 0 and tokens[j].kind == "punct":
        j -= 1
    # the word before the preposition, or the one before it ("запиши Пете на вечер")
    return any(
        tokens[m].norm in d.day_names or tokens[m].norm in d.part_setters
        for m in range(max(j - 1, 0), j + 1)
    )


def _meridiem(tokens: Sequence[Token], j: int, d: DateWords) -> tuple[Meridiem | None, int]:
    if j >= len(tokens):
        return None, j
    word = tokens[j].norm
    if word in d.meridiems:
        return d.meridiems[word], j + 1
    if word in d.glued_meridiems and j and tokens[j - 1].end == tokens[j].start:
        return d.glued_meridiems[word], j + 1  # "7p"
    if (
        word in d.dotted_meridiems  # "a.m."
        and j + 2 < len(tokens)
        and tokens[j + 1].norm == "."
        and tokens[j + 2].norm in d.dotted_meridiem_letters
    ):
        end = j + 4 if j + 3 < len(tokens) and tokens[j + 3].norm == "." else j + 3
        return d.dotted_meridiems[word], end
    return None, j


def _on_clock(hour: int, meridiem: Meridiem) -> int | None:
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


def _past_the_hour(
    tokens: Sequence[Token], i: int, start: int, d: DateWords, numbers: NumberWords
) -> _Hit | None:
    """ "half past eight", "quarter past 7 pm", "at half six": a fraction of an hour past it."""
    if i + 1 >= len(tokens):
        return None
    if tokens[i + 1].norm in d.clock_past:
        after = i + 2
    elif start < i and d.clock_fractions[tokens[i].norm] == _HALF_HOUR:
        after = i + 1  # "at half six": the British half past
        if tokens[after].norm in numbers.articles:
            return None  # "half a dozen"
    else:
        return None
    number = read_number(tokens, after, numbers)
    if number is None or number.value != int(number.value) or not 1 <= number.value <= 12:
        return None
    hour = int(number.value)
    meridiem, end = _meridiem(tokens, number.end, d)
    if meridiem is not None:
        clock = _on_clock(hour, meridiem)
        if clock is None:
            return None
        hour = clock
    minute = d.clock_fractions[tokens[i].norm]
    return _Hit("time", start, end, None, hour, minute, meridiem is not None)


def _spoken_minutes(tokens: Sequence[Token], j: int) -> bool:
    """Two digits of minutes said after an hour with no mark ("в 19 00", "at 7 30"): the
    token at ``j``."""
    if j >= len(tokens):
        return False
    token = tokens[j]
    return (
        token.kind == "number"
        and len(token.norm) == _MINUTE_DIGITS
        and token.norm.isdigit()
        and int(token.norm) < _MINUTES_IN_HOUR
    )


def _compact_clock(
    tokens: Sequence[Token], i: int, claimed: set[int], year: int, d: DateWords
) -> _Hit | None:
    """ "by 1900", "at 0630", "thurs 1630", "0600 tmrw": four digits that are a 24-hour
    time written without its colon, after a lead (``DateWords.compact_clock_leads``) or right
    beside a day phrase already read. A number that can be a year near ``year`` is one after a
    lead of ``year_leads`` alone ("by 2027", "к 2030"; "at 2030" is 20:30), any number before
    a year word is one ("в 1900 году"); "1900 rub", "room 1205" have neither lead nor day."""
    norm = tokens[i].norm
    hour, minute = int(norm[:2]), int(norm[2:])
    if hour > 23 or minute > 59:
        return None
    lead = tokens[i - 1].norm if i > 0 else ""
    led = lead in d.compact_clock_leads
    beside_day = (i > 0 and i - 1 in claimed) or (i + 1 in claimed and _opens_clock(tokens, i, d))
    if not (led or beside_day) or (i + 1 < len(tokens) and tokens[i + 1].norm in d.year_words):
        return None  # "в 1900 году": a year
    if not beside_day and lead in d.year_leads and year - 1 <= int(norm) <= year + _YEARS_AHEAD:
        return None  # "by 2027": the year ("at 2030" is half past eight)
    return _Hit("time", i - 1 if led else i, i + 1, None, hour, minute, True)


def _opens_clock(tokens: Sequence[Token], i: int, d: DateWords) -> bool:
    """Four digits before a day are its time when nothing they could number stands before
    them: a leading zero ("0600 tmrw"), the text's start, a mark or a pronoun ("remind me
    1630 fri"; ``DateWords.compact_clock_openers``); "flight 1205 tomorrow" is a flight."""
    if tokens[i].norm.startswith("0") or i == 0:
        return True
    before = tokens[i - 1]
    return before.kind == "punct" or before.norm in d.compact_clock_openers


def _time(
    tokens: Sequence[Token],
    i: int,
    claimed: set[int],
    d: DateWords,
    numbers: NumberWords,
    *,
    year: int,
) -> _Hit | None:
    """A clock time whose number (or named time) is ``tokens[i]``."""
    token, n = tokens[i], len(tokens)
    if token.kind == "number" and len(token.norm) == _COMPACT_CLOCK and token.norm.isdigit():
        return _compact_clock(tokens, i, claimed, year, d)
    start = i - 1 if i and tokens[i - 1].norm in d.time_preps else i
    if token.norm in d.named_times:
        return _Hit("time", start, i + 1, hour=d.named_times[token.norm], meridiem=True)
    if token.norm in d.clock_fractions:
        return _past_the_hour(tokens, i, start, d, numbers)
    glued = d.glued_half_hours.get(token.norm, 0)  # "полвосьмого"
    if glued or (
        i + 1 < n
        and (
            token.norm in d.half_hour_words
            or (start < i and token.norm in d.short_half_hour_words)  # "в пол восьмого"
        )
    ):
        hour = glued or d.day_ordinals.get(tokens[i + 1].norm, 0)  # "в половине восьмого": 7:30
        if 1 <= hour <= 12:
            hour = hour - 1 if hour > 1 else 12
            meridiem, end = _meridiem(tokens, i + (1 if glued else 2), d)  # "… вечера": 19:30
            clock = _on_clock(hour, meridiem) if meridiem is not None else hour
            if clock is not None:
                return _Hit("time", start, end, None, clock, _HALF_HOUR, meridiem is not None)
    if token.kind == "number" and len(token.norm) > _CLOCK:  # no time, nor an int() to take
        return None
    minute, end, strong = 0, i + 1, token.kind == "time"
    if token.kind == "time" or (token.kind == "number" and "." in token.norm):
        hour_text, _, minute_text = token.norm.replace(":", ".").partition(".")
        if len(minute_text) != 2:
            return None
        hour, minute = int(hour_text), int(minute_text)
    elif token.kind == "number":
        hour = int(token.norm)
        if start < i and _spoken_minutes(tokens, end):
            minute, end, strong = int(tokens[end].norm), end + 1, True  # "в 19 00"
    elif start < i and token.norm in d.lunch_hour_words:
        hour = 1 if _meridiem(tokens, end, d)[0] else 13  # "в час" is lunchtime, not 1 a.m.
    elif start < i and (number := read_number(tokens, i, numbers)) is not None:
        hour, end = int(number.value), number.end
        if number.value != hour:
            return None
    else:
        return None
    hour_word = end < n and tokens[end].norm in d.hour_words
    if hour_word or (end < n and tokens[end].norm in d.oclock):
        strong = strong or not hour_word
        end += 1
    meridiem, end = _meridiem(tokens, end, d)
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
        # "в 18 позаниматься": from 13 on, a number after "в"/"at" can only be the hour
        afternoon = token.kind == "number" and hour >= _AFTERNOON
        if not (
            hour_word
            or "." in token.norm
            or beside
            or afternoon
            or tokens[end].kind == "punct"
            or _ends_a_clause(tokens, end, d)
        ):
            return None
    return _Hit("time", start, end, None, hour, minute, meridiem is not None)


def _ends_a_clause(tokens: Sequence[Token], end: int, d: DateWords) -> bool:
    """A joiner at ``end`` (``DateWords.hour_joiners``), then a word that counts nothing on
    (``hour_joiner_stops``), right after a bare hour: the hour ends its clause and is a time
    ("make Dad's lunch at 12 and make sure he eats it"; "at 2 and a half" counts on)."""
    after = end + 1
    return (
        after < len(tokens)
        and tokens[end].norm in d.hour_joiners
        and tokens[after].kind == "word"
        and tokens[after].norm not in d.hour_joiner_stops
    )


def _find(
    tokens: Sequence[Token], now: datetime, d: DateWords, numbers: NumberWords
) -> DueMatch | None:
    hits: dict[HitKind, _Hit] = {}
    claimed: set[int] = set()
    more: list[_Hit] = []  # phrases past the first of their kind: out of the title too
    day_triggers = d.day_triggers
    # Where a day phrase may start (its core word or a number), found in one pass; after a
    # phrase is read, the search resumes past its end.
    set_parts = d.set_parts  # "на утро": read only where set (``_part_set``)
    starts = [
        k
        for k, t in enumerate(tokens)
        if t.kind == "number" or t.norm in day_triggers or t.norm in set_parts
    ]
    i = 0
    for k in starts:
        if k < i:
            continue
        hit = _day_phrase(tokens, k, now, d, numbers)
        if hit is None:
            continue
        if hit.start > 0 and tokens[hit.start - 1].norm in d.past_preps:
            i = hit.end  # "broken since Sunday": when a state began, no due
            continue
        first = hits.setdefault(hit.kind, hit)
        if first is not hit:
            more.append(hit)
            if (
                hit.day is not None
                and hit.day < now.date()
                and first.day is not None
                and tokens[hit.end - 1].norm not in d.week_words
                and tokens[hit.end - 1].norm not in d.weekend
            ):
                # "в понедельник 2 марта": a date gone is asked about; "tomorrow … since I
                # did his last week": a week gone after a day is when something else was
                hits[hit.kind] = hit
        claimed.update(range(hit.start, hit.end))
        i = hit.end
    clock = None
    preps, named, fractions, halves, glued = (
        d.time_preps, d.named_times, d.clock_fractions, d.half_hour_words, d.glued_half_hours
    )  # fmt: skip
    for i, token in enumerate(tokens):
        if i in claimed or token.kind == "punct":
            continue
        norm = token.norm
        if (
            token.kind != "word"
            or (i > 0 and tokens[i - 1].norm in preps)  # "в восемь", "в полдень"
            or norm in named
            or norm in fractions
            or norm in halves
            or norm in glued
        ):
            clock = _time(tokens, i, claimed, d, numbers, year=now.year)
            if clock is not None:
                break
    moment = hits.get("moment")
    if moment is not None and moment.moment is not None:  # "через 2 часа" says it all
        return DueMatch(moment.moment.isoformat(), _phrase_indices(tokens, [moment], d))
    spans = [*hits.values(), *more, clock] if clock else [*hits.values(), *more]
    indices = _phrase_indices(tokens, spans, d)
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


def find_due(
    tokens: Sequence[Token], now: datetime, dates: DateWords, numbers: NumberWords
) -> DueMatch | None:
    """Find the due phrase in ``tokens`` and resolve it against ``now`` (an aware datetime).

    >>> from policy_core._text import tokenize
    >>> from policy_core.lang import BUILT_IN
    >>> words = BUILT_IN.vocabulary
    >>> now = datetime.fromisoformat("2026-03-05T10:00:00+03:00")
    >>> tokens = tokenize("вынести мусор завтра в 19:00", words.text)
    >>> find_due(tokens, now, words.dates, words.numbers).due
    '2026-03-06T19:00:00+03:00'
    """
    offset = now.utcoffset()
    if offset is None:
        raise ValueError("find_due needs an aware datetime")
    due_words, set_parts = dates.due_words, dates.set_parts
    for token in tokens:
        if token.kind in _DIGIT_KINDS or token.norm in due_words or token.norm in set_parts:
            break
    else:
        return None  # most commands: no number, time or due word, so no phrase can start
    try:
        # The same wall clock under a fixed offset: no trip through UTC, no DST surprises.
        return _find(tokens, now.replace(tzinfo=timezone(offset)), dates, numbers)
    except OverflowError:  # a date past year 9999
        return None
