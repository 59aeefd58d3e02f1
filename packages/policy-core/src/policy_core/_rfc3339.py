"""RFC 3339 ``date-time`` strings: the one definition both the schemas and the models use."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

_DATE_TIME: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)
# The spelling nearly every timestamp has: no leap second, at most microseconds, an upper-case
# "T" and "Z" and an offset within range. ``datetime.fromisoformat`` reads it exactly, so the
# groups of the general pattern need not be taken apart.
_COMMON: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\.\d{1,6})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)",
    re.ASCII,
)


def parse_date_time(value: str) -> datetime | None:
    """Return the aware datetime ``value`` denotes, or None when it is not RFC 3339.

    A leap second (``:60``) is accepted by RFC 3339 but cannot be represented; it is read as
    the last representable instant of that minute.

    >>> parse_date_time("2026-03-04T10:00:00+03:00").isoformat()
    '2026-03-04T10:00:00+03:00'
    """
    if _COMMON.fullmatch(value) is not None:
        try:
            return datetime.fromisoformat(value)
        except ValueError:  # a day the calendar lacks ("2026-02-30")
            return None
    return _parse_any(value)


def _parse_any(value: str) -> datetime | None:
    """``parse_date_time`` for every spelling (the common one included, for the tests)."""
    match = _DATE_TIME.fullmatch(value)  # fullmatch: no trailing newline slips through
    if match is None:
        return None
    offset = match.group(8)
    if offset not in ("Z", "z") and (int(offset[1:3]) > 23 or int(offset[4:6]) > 59):
        return None
    if match.group(6) != "60" and len(match.group(7) or ".") <= 7:
        # The common case: Python reads RFC 3339 directly once the format is known good.
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            if "t" not in value and "z" not in value:
                return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    leap = second == 60
    fraction = match.group(7) or ""
    micro = fraction[1:7].ljust(6, "0") if fraction else "0"
    try:
        parsed = datetime.fromisoformat(
            f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:"
            f"{59 if leap else second:02d}.{micro}{'+00:00' if offset in ('Z', 'z') else offset}"
        )
    except ValueError:
        return None
    return parsed.replace(microsecond=999_999) if leap else parsed


# ``is_date_time`` as one anchored pattern, for validators that check a string natively
# (pydantic-core's Rust regex: a model's date-time field costs no Python call). Years 0001 to
# 9999; each month's days, 29 February only in a leap year (every fourth, the centuries only
# every fourth); hours to 23, a leap second :60; any fraction; offsets to ±23:59.
# ``$`` is the end of the text in Rust's regex (a trailing newline does not match); a test
# compares the pattern with ``is_date_time`` over every date and many broken spellings.
_YEAR: Final = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_LEAP_YEAR: Final = (
    "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
)
_MONTH_DAY: Final = (
    "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    "|(?:0[13-9]|1[0-2])-(?:29|30)"
    "|(?:0[13578]|1[02])-31)"
)
_TIME: Final = (
    r"[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?"
    "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
DATE_TIME_PATTERN: Final = f"^(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29){_TIME}$"


def is_date_time(value: object) -> bool:
    """True when ``value`` is a string in RFC 3339 ``date-time`` form (non-strings pass, as in
    JSON Schema, where a format only constrains strings)."""
    if not isinstance(value, str):
        return True
    return parse_date_time(value) is not None
