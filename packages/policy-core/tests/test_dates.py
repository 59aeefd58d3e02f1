"""Due phrases (SPEC §4.2 "Due"): every row is one example, readable as the rule it pins.

Reference moments (all 10:00 local unless named otherwise):
THU 2026-03-05 (a Thursday), FRI 03-06, SAT 03-07, SUN 03-08, NYE 2026-12-31 (a Thursday).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_core import _dates
from policy_core._dates import DueMatch, find_due
from policy_core._text import normalise_text, tokenize
from policy_core.lang import BUILT_IN

_LEXICON = BUILT_IN.vocabulary

THU = "2026-03-05T10:00:00+03:00"
THU_EVENING = "2026-03-05T20:00:00+03:00"
FRI = "2026-03-06T10:00:00+03:00"
SAT = "2026-03-07T10:00:00+03:00"
SUN = "2026-03-08T10:00:00+03:00"
NYE = "2026-12-31T10:00:00+03:00"
APR30 = "2026-04-30T10:00:00+03:00"
LEAP = "2028-02-28T12:00:00+00:00"
UTC = "2026-03-05T10:00:00+00:00"
NEW_YORK_LATE = "2026-03-05T22:30:00-05:00"  # already 03-06 in UTC
INDIA_EARLY = "2026-03-06T01:00:00+05:30"  # still 03-05 in UTC
LA_NYE_LATE = "2026-12-31T23:30:00-08:00"  # already 2027 in UTC


def match(text: str, now: str) -> DueMatch | None:
    return find_due(
        tokenize(normalise_text(text, _LEXICON.text), _LEXICON.text),
        datetime.fromisoformat(now),
        _LEXICON.dates,
        _LEXICON.numbers,
    )


def due(text: str, now: str) -> str | None:
    found = match(text, now)
    return None if found is None else found.due


def phrase(text: str, now: str = THU) -> str | None:
    """The due phrase's tokens, in order, as the caller would cut them from a title."""
    tokens = tokenize(normalise_text(text, _LEXICON.text), _LEXICON.text)
    found = find_due(tokens, datetime.fromisoformat(now), _LEXICON.dates, _LEXICON.numbers)
    return None if found is None else " ".join(tokens[i].text for i in sorted(found.token_indices))


DAYS = [
    ("сегодня", THU, "2026-03-05"),
    ("today", THU, "2026-03-05"),
    ("завтра", THU, "2026-03-06"),
    ("Tomorrow", THU, "2026-03-06"),
    ("на завтра", THU, "2026-03-06"),
    ("by tomorrow", THU, "2026-03-06"),
    ("послезавтра", THU, "2026-03-07"),
    ("the day after tomorrow", THU, "2026-03-07"),
    ("завтра", APR30, "2026-05-01"),
    ("tomorrow", LEAP, "2028-02-29"),
    ("послезавтра", LEAP, "2028-03-01"),
    ("завтра", NYE, "2027-01-01"),
    ("послезавтра", NYE, "2027-01-02"),
]

WEEKDAYS = [
    ("в понедельник", THU, "2026-03-09"),
    ("во вторник", THU, "2026-03-10"),
    ("в среду", THU, "2026-03-11"),
    ("в четверг", THU, "2026-03-12"),  # today is Thursday: strictly after today
    ("в пятницу", THU, "2026-03-06"),
    ("в субботу", THU, "2026-03-07"),
    ("в воскресенье", THU, "2026-03-08"),
    ("к пятнице", THU, "2026-03-06"),
    ("до пятницы", THU, "2026-03-06"),
    ("к понедельнику", THU, "2026-03-09"),
    ("в следующую среду", THU, "2026-03-11"),
    ("в это воскресенье", THU, "2026-03-08"),
    ("on friday", THU, "2026-03-06"),
    ("Friday", THU, "2026-03-06"),
    ("by friday", THU, "2026-03-06"),
    ("next friday", THU, "2026-03-06"),
    ("this friday", THU, "2026-03-06"),
    ("until MONDAY", THU, "2026-03-09"),
    ("пн", THU, "2026-03-09"),
    ("вт", THU, "2026-03-10"),
    ("ср", THU, "2026-03-11"),
    ("чт", THU, "2026-03-12"),
    ("пт", THU, "2026-03-06"),
    ("сб", THU, "2026-03-07"),
    ("вс", THU, "2026-03-08"),
    ("mon", THU, "2026-03-09"),
    ("tue", THU, "2026-03-10"),
    ("tues", THU, "2026-03-10"),
    ("on wed", THU, "2026-03-11"),
    ("thu", THU, "2026-03-12"),
    ("thur", THU, "2026-03-12"),
    ("thurs", THU, "2026-03-12"),
    ("fri", THU, "2026-03-06"),
    ("on sat", THU, "2026-03-07"),
    ("by sun", THU, "2026-03-08"),
    # week boundaries
    ("в пятницу", FRI, "2026-03-13"),
    ("в субботу", SAT, "2026-03-14"),
    ("в воскресенье", SAT, "2026-03-08"),
    ("в понедельник", SUN, "2026-03-09"),
    ("в воскресенье", SUN, "2026-03-15"),
    ("on sunday", SUN, "2026-03-15"),
    # month and year boundaries
    ("в понедельник", APR30, "2026-05-04"),
    ("в пятницу", NYE, "2027-01-01"),
    ("on monday", NYE, "2027-01-04"),
]

SPANS = [
    ("через 3 дня", THU, "2026-03-08"),
    ("через 1 день", THU, "2026-03-06"),
    ("через день", THU, "2026-03-06"),
    ("через два дня", THU, "2026-03-07"),
    ("через пять дней", THU, "2026-03-10"),
    ("через двадцать один день", THU, "2026-03-26"),
    ("через пару дней", THU, "2026-03-07"),
    ("через неделю", THU, "2026-03-12"),
    ("через 2 недели", THU, "2026-03-19"),
    ("in 3 days", THU, "2026-03-08"),
    ("in two days", THU, "2026-03-07"),
    ("in a day", THU, "2026-03-06"),
    ("in a couple of days", THU, "2026-03-07"),
    ("in a week", THU, "2026-03-12"),
    ("in 2 weeks", THU, "2026-03-19"),
    ("через 3 дня", NYE, "2027-01-03"),
    ("in 10 days", "2026-02-25T10:00:00+03:00", "2026-03-07"),
    ("через 2 часа", THU, "2026-03-05T12:00:00+03:00"),
    ("через полчаса", THU, "2026-03-05T10:30:00+03:00"),
    ("через полтора часа", THU, "2026-03-05T11:30:00+03:00"),
    ("in 30 minutes", THU, "2026-03-05T10:30:00+03:00"),
    ("in an hour", "2026-03-05T10:00:45+03:00", "2026-03-05T11:00:00+03:00"),  # to the minute
    ("через 3 часа", "2026-12-31T22:00:00+03:00", "2027-01-01T01:00:00+03:00"),
]

WEEKENDS = [
    ("на выходных", THU, "2026-03-07"),
    ("в выходные", THU, "2026-03-07"),
    ("на этих выходных", THU, "2026-03-07"),
    ("к выходным", THU, "2026-03-07"),
    ("this weekend", THU, "2026-03-07"),
    ("on the weekend", THU, "2026-03-07"),
    ("at the weekend", THU, "2026-03-07"),
    ("over the weekend", THU, "2026-03-07"),
    ("на выходных", FRI, "2026-03-07"),
    ("next weekend", THU, "2026-03-14"),
    ("на следующих выходных", THU, "2026-03-14"),
    ("на выходных", NYE, "2027-01-02"),
    # the weekend already under way is today
    ("на выходных", SAT, "2026-03-07"),
    ("this weekend", SUN, "2026-03-08"),
    ("next weekend", SAT, "2026-03-14"),
    ("next weekend", SUN, "2026-03-14"),
]

TIMES = [
    ("в 18:00", THU, "2026-03-05T18:00:00+03:00"),
    ("at 18:00", THU, "2026-03-05T18:00:00+03:00"),
    ("к 18:00", THU, "2026-03-05T18:00:00+03:00"),
    ("в 10:01", THU, "2026-03-05T10:01:00+03:00"),
    ("в 8:00", THU, "2026-03-06T08:00:00+03:00"),  # 08:00 has passed: tomorrow
    ("в 8.00", THU, "2026-03-06T08:00:00+03:00"),
    ("в 10:00", THU, "2026-03-06T10:00:00+03:00"),  # now is not ahead of now
    ("at 6pm", THU, "2026-03-05T18:00:00+03:00"),
    ("at 6 pm", THU, "2026-03-05T18:00:00+03:00"),
    ("6pm", THU, "2026-03-05T18:00:00+03:00"),
    ("at 6:30pm", THU, "2026-03-05T18:30:00+03:00"),
    ("at 7 a.m.", THU, "2026-03-06T07:00:00+03:00"),
    ("7am", THU, "2026-03-06T07:00:00+03:00"),
    ("at 12pm", THU, "2026-03-05T12:00:00+03:00"),
    ("at 12am", THU, "2026-03-06T00:00:00+03:00"),
    ("at 8 o'clock", THU, "2026-03-06T08:00:00+03:00"),
    ("at seven pm", THU, "2026-03-05T19:00:00+03:00"),
    ("в 7 вечера", THU, "2026-03-05T19:00:00+03:00"),
    ("в восемь вечера", THU, "2026-03-05T20:00:00+03:00"),
    ("в 8 утра", THU, "2026-03-06T08:00:00+03:00"),
    ("в 3 часа дня", THU, "2026-03-05T15:00:00+03:00"),
    ("в 12 дня", THU, "2026-03-05T12:00:00+03:00"),
    ("в час дня", THU, "2026-03-05T13:00:00+03:00"),
    ("в час", THU, "2026-03-05T13:00:00+03:00"),
    ("в 2 ночи", THU, "2026-03-06T02:00:00+03:00"),
    ("в час ночи", THU, "2026-03-06T01:00:00+03:00"),
    ("в 11 ночи", THU, "2026-03-05T23:00:00+03:00"),
    ("в 9 часов", THU, "2026-03-06T09:00:00+03:00"),
    ("в 21", THU, "2026-03-05T21:00:00+03:00"),
    ("в полдень", THU, "2026-03-05T12:00:00+03:00"),
    ("at noon", THU, "2026-03-05T12:00:00+03:00"),
    ("в полночь", THU, "2026-03-06T00:00:00+03:00"),  # midnight closes today
    ("at midnight", THU, "2026-03-06T00:00:00+03:00"),
    ("в 18:00", THU_EVENING, "2026-03-06T18:00:00+03:00"),
    ("в 21:30", THU_EVENING, "2026-03-05T21:30:00+03:00"),
    ("at noon", THU_EVENING, "2026-03-06T12:00:00+03:00"),
]

PARTS_OF_DAY = [
    ("утром", THU, "2026-03-06T09:00:00+03:00"),  # 09:00 has passed
    ("in the morning", THU, "2026-03-06T09:00:00+03:00"),
    ("с утра", THU, "2026-03-06T09:00:00+03:00"),
    ("this morning", THU, "2026-03-05T09:00:00+03:00"),  # "this" pins today
    ("днём", THU, "2026-03-05T14:00:00+03:00"),
    ("in the afternoon", THU, "2026-03-05T14:00:00+03:00"),
    ("вечером", THU, "2026-03-05T19:00:00+03:00"),
    ("in the evening", THU, "2026-03-05T19:00:00+03:00"),
    ("this evening", THU, "2026-03-05T19:00:00+03:00"),
    ("tonight", THU, "2026-03-05T19:00:00+03:00"),
    ("сегодня вечером", THU, "2026-03-05T19:00:00+03:00"),
    ("вечером", THU_EVENING, "2026-03-06T19:00:00+03:00"),
    ("tonight", THU_EVENING, "2026-03-05T19:00:00+03:00"),  # tonight is always today
    ("сегодня вечером", THU_EVENING, "2026-03-05T19:00:00+03:00"),
    ("завтра утром", THU, "2026-03-06T09:00:00+03:00"),
    ("tomorrow morning", THU, "2026-03-06T09:00:00+03:00"),
    ("tomorrow afternoon", THU, "2026-03-06T14:00:00+03:00"),
    ("завтра с утра", THU, "2026-03-06T09:00:00+03:00"),
    ("до вечера", THU, "2026-03-05T19:00:00+03:00"),
    ("к вечеру", THU, "2026-03-05T19:00:00+03:00"),
    ("до утра", THU, "2026-03-06T09:00:00+03:00"),
    ("by the evening", THU, "2026-03-05T19:00:00+03:00"),
    ("в пятницу вечером", THU, "2026-03-06T19:00:00+03:00"),
    ("friday evening", THU, "2026-03-06T19:00:00+03:00"),
    ("на выходных утром", THU, "2026-03-07T09:00:00+03:00"),
]

COMBINED = [
    ("завтра в 19:00", THU, "2026-03-06T19:00:00+03:00"),
    ("tomorrow at 7pm", THU, "2026-03-06T19:00:00+03:00"),
    ("завтра в 8", THU, "2026-03-06T08:00:00+03:00"),  # no am/pm: the 24-hour clock
    ("завтра вечером в 8", THU, "2026-03-06T20:00:00+03:00"),  # the time wins, evening = pm
    ("tomorrow evening at 8", THU, "2026-03-06T20:00:00+03:00"),
    ("tonight at 9", THU, "2026-03-05T21:00:00+03:00"),
    ("днём в 3", THU, "2026-03-05T15:00:00+03:00"),
    ("утром в 7", THU, "2026-03-06T07:00:00+03:00"),
    ("завтра утром в 7:30", THU, "2026-03-06T07:30:00+03:00"),
    ("завтра вечером в 8 утра", THU, "2026-03-06T08:00:00+03:00"),  # an explicit half wins
    ("в 18:00 в пятницу", THU, "2026-03-06T18:00:00+03:00"),
    ("friday at 5pm", THU, "2026-03-06T17:00:00+03:00"),
    ("через 3 дня в 10:00", THU, "2026-03-08T10:00:00+03:00"),
    ("в субботу в полночь", THU, "2026-03-08T00:00:00+03:00"),  # the end of Saturday
    ("5 марта в 18:00", THU, "2026-03-05T18:00:00+03:00"),
    ("10 апреля в 9 утра", THU, "2026-04-10T09:00:00+03:00"),
]

CALENDAR = [
    ("5 марта", THU, "2026-03-05"),  # today is not before today
    ("4 марта", THU, "2026-03-04"),  # gone yesterday: kept, so the reader asks (SPEC §4.2)
    ("4 сентября", THU, "2026-09-04"),  # more than half a year back: next time it comes
    ("2 февраля", THU, "2026-02-02"),
    ("10 апреля", THU, "2026-04-10"),
    ("к 10 апреля", THU, "2026-04-10"),
    ("5-го марта", THU, "2026-03-05"),
    ("on March 5", THU, "2026-03-05"),
    ("March 5th", THU, "2026-03-05"),
    ("5th of March", THU, "2026-03-05"),
    ("by Apr 1st", THU, "2026-04-01"),
    ("on the 5th", THU, "2026-03-05"),
    ("on the 4th", THU, "2026-04-04"),
    ("fix the tap on the 5th please", THU, "2026-03-05"),
    ("on the 5th at 6pm", THU, "2026-03-05T18:00:00+03:00"),
    ("до 31 числа", THU, "2026-03-31"),
    ("к 5 числу", THU, "2026-03-05"),
    ("on the 31st", APR30, "2026-05-31"),  # April has no 31st
    ("29 февраля", THU, "2028-02-29"),
    ("1 января", NYE, "2027-01-01"),
    ("Dec 31", NYE, "2026-12-31"),
]

OFFSETS = [
    ("tomorrow at 6pm", UTC, "2026-03-06T18:00:00+00:00"),
    ("tomorrow at 6pm", "2026-03-05T10:00:00Z", "2026-03-06T18:00:00+00:00"),  # never "Z"
    ("сегодня", NEW_YORK_LATE, "2026-03-05"),  # the local date, not the UTC one
    ("tomorrow", NEW_YORK_LATE, "2026-03-06"),
    ("в пятницу", NEW_YORK_LATE, "2026-03-06"),  # still Thursday in New York
    ("at 11pm", NEW_YORK_LATE, "2026-03-05T23:00:00-05:00"),
    ("tonight", NEW_YORK_LATE, "2026-03-05T19:00:00-05:00"),
    ("через 2 часа", NEW_YORK_LATE, "2026-03-06T00:30:00-05:00"),
    ("today", INDIA_EARLY, "2026-03-06"),
    ("в пятницу", INDIA_EARLY, "2026-03-13"),  # already Friday in India
    ("в 9 утра", INDIA_EARLY, "2026-03-06T09:00:00+05:30"),
    ("tomorrow", LA_NYE_LATE, "2027-01-01"),
    ("в 18:00", LA_NYE_LATE, "2027-01-01T18:00:00-08:00"),
    ("через 2 часа", LA_NYE_LATE, "2027-01-01T01:30:00-08:00"),
    ("на выходных", LA_NYE_LATE, "2027-01-02"),
]


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    DAYS + WEEKDAYS + SPANS + WEEKENDS + TIMES + PARTS_OF_DAY + COMBINED + CALENDAR + OFFSETS,
)
def test_due_is_resolved_against_the_command_timestamp(text: str, now: str, expected: str) -> None:
    assert due(text, now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Напомни Пете завтра в 19:00 вынести мусор", "завтра в 19:00"),
        ("Напомни Пете завтра вынести мусор в 19:00", "завтра в 19:00"),
        ("take out the trash tomorrow at 7pm", "tomorrow at 7 pm"),
        ("feed the cat at 7 a.m. tomorrow", "at 7 a . m . tomorrow"),
        ("сделай это в пятницу", "в пятницу"),
        ("помыть окна в ванной в субботу", "в субботу"),
        ("положи 2 коробки в кладовку завтра", "завтра"),
        ("вынести мусор на выходных", "на выходных"),
        ("water the plants on the weekend", "on the weekend"),
        ("call grandma in a couple of days", "in a couple of days"),
        ("помыть окна через 2 недели", "через 2 недели"),
        ("помыть посуду завтра вечером в 8", "завтра вечером в 8"),
        ("пропылесосить в 3 часа дня", "в 3 часа дня"),
        ("clean the garage this friday evening", "this friday evening"),
        ("fix the tap on the 5th", "on the 5 th"),
        ("полить цветы 10 апреля", "10 апреля"),
        ("вынести мусор к 18:00!", "к 18:00"),
        ("walk the dog in the morning", "in the morning"),
        ("помыть окна до вечера", "до вечера"),
        ("buy flowers for mum's birthday in 2 weeks", "in 2 weeks"),
        ("поздравить маму с днём рождения завтра", "завтра"),
    ],
)
def test_indices_cover_the_whole_due_phrase(text: str, expected: str) -> None:
    assert phrase(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "вынести мусор",
        "papaya",
        "satellite",
        "satisfy the landlord",
        "dry the towels in the sun",  # "sun" needs "on"/"by"/"next"... to be Sunday
        "sundays are for cleaning",  # a routine, not a due date
        "take the kids to sunday school",
        "по пятницам мыть пол",
        "good morning, take out the trash",
        "положи в 2 коробки",  # a bare number after "в" is an hour only beside a due word
        "купи 2 литра молока",
        "убирайся 3 часа",  # a duration, not a time
        "clean the 5th floor bathroom",
        "clean the windows on the 5th floor",
        "set up the morning routine",
        "take the dog for an evening walk",
        "не выходи в час пик",
        "march in the parade",
        "may I clean the kitchen",
        "выходные дни",
        "at 25:00",
        "в 8.5",
        "put it in 2 bags",
        "через 99999999999 дней",
        "through the day",
    ],
)
def test_no_due_phrase(text: str) -> None:
    assert match(text, THU) is None


def test_a_date_past_year_9999_is_no_due_rather_than_a_crash() -> None:
    assert due("завтра", "9999-12-31T10:00:00+00:00") is None
    assert due("сегодня", "9999-12-31T10:00:00+00:00") == "9999-12-31"
    assert due("сегодня в 8", "9999-12-31T23:30:00-05:00") == "9999-12-31T08:00:00-05:00"
    assert due("завтра", "0001-01-01T00:30:00+01:00") == "0001-01-02"  # UTC would be year 0


def test_a_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        find_due(
            tokenize("завтра", _LEXICON.text),
            datetime(2026, 3, 5, 10),
            _LEXICON.dates,
            _LEXICON.numbers,
        )


def test_module_level_tables_are_immutable() -> None:
    names = [name for name in vars(_dates) if re.fullmatch(r"_[A-Z_]+", name)]
    tables = {name: getattr(_dates, name) for name in names}
    assert tables  # the check below must see the tables to mean anything
    for name, value in tables.items():
        assert isinstance(value, frozenset | MappingProxyType | Decimal | int), name


_WORDS = (
    "в во к до на at on by in the this next через завтра tomorrow today сегодня послезавтра "
    "пятницу friday sat sun выходных weekend вечером утром morning evening tonight a couple of "
    "days дня недели week часа 2 7 12 18:00 8.00 6:30 pm am утра вечера ночи дня полдень "
    "полночь noon 5 марта march th числа - . , мусор вынести"
)
_VOCABULARY = tuple(_WORDS.split())
_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
_NOWS = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=_OFFSETS)


@given(words=st.lists(st.sampled_from(_VOCABULARY) | st.text(max_size=5), max_size=10), now=_NOWS)
def test_any_command_gives_none_or_a_well_formed_due(words: list[str], now: datetime) -> None:
    tokens = tokenize(normalise_text(" ".join(words), _LEXICON.text), _LEXICON.text)
    found = find_due(tokens, now, _LEXICON.dates, _LEXICON.numbers)
    if found is None:
        return
    assert found.token_indices <= frozenset(range(len(tokens)))
    assert found.token_indices
    # Never before the command's own day, except a calendar date gone by this year (at most
    # half a year back), which the reader turns into a clarify of the due date.
    assert found.due[:10] >= (now.date() - timedelta(days=183)).isoformat()
    if len(found.due) > 10:
        resolved = datetime.fromisoformat(found.due)
        assert resolved.utcoffset() == now.utcoffset()
        assert found.due.endswith(now.isoformat()[-6:])


@given(
    word=st.sampled_from(["в пятницу", "во вторник", "on sunday", "monday", "сб", "thurs"]),
    now=_NOWS,
)
def test_a_weekday_is_always_one_to_seven_days_ahead(word: str, now: datetime) -> None:
    resolved = date.fromisoformat(due(word, now.isoformat()) or "")
    assert 1 <= (resolved - now.date()).days <= 7
    expected = {"в пятницу": 4, "во вторник": 1, "on sunday": 6, "monday": 0, "сб": 5}
    assert resolved.weekday() == expected.get(word, 3)
