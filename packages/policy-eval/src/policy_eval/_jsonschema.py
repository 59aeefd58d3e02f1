"""JSON Schema validation the way policy-eval needs it: compiled once, formats enforced.

Validators come from policy-core's ``compile_validator``, which enforces ``date-time`` with
the platform's own RFC 3339 test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from policy_core import compile_validator, parse_date_time

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

__all__ = ["compile_validator", "is_rfc3339", "json_pointer", "parse_rfc3339", "schema_problems"]


def parse_rfc3339(value: str) -> datetime:
    """Parse an RFC 3339 date-time into an aware datetime; ``ValueError`` if it is not one.

    The one RFC 3339 reading of the platform (policy-core's), so a timestamp the dataset
    accepts is one the contract accepts.

    >>> parse_rfc3339("2026-03-04T10:00:00+03:00").utcoffset().total_seconds()
    10800.0
    """
    parsed = parse_date_time(value)
    if parsed is None:
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    return parsed


def is_rfc3339(value: object) -> bool:
    """The ``date-time`` format check: non-strings pass (``type`` judges those)."""
    return not isinstance(value, str) or parse_date_time(value) is not None


def json_pointer(path: Iterable[object]) -> str:
    """An RFC 6901 pointer for a path of keys and indexes; ``/`` for the whole document."""
    escaped = [str(part).replace("~", "~0").replace("/", "~1") for part in path]
    return "".join(f"/{part}" for part in escaped) or "/"


def _problems_of(error: ValidationError, one_of_message: str) -> Iterator[tuple[str, str]]:
    base = list(error.absolute_path)
    instance = error.instance
    rule: Any = error.validator_value
    schema: Any = error.schema
    if error.validator == "oneOf":
        # jsonschema's own message repeats the whole instance; say what the choice is instead.
        yield json_pointer(base), one_of_message
        return
    if error.validator == "required" and isinstance(instance, Mapping):
        for name in rule:
            if name not in instance:
                yield json_pointer([*base, name]), "is required"
        return
    if error.validator == "additionalProperties" and isinstance(instance, Mapping):
        known = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        for name in instance:
            if name not in known:
                yield json_pointer([*base, name]), "is not an allowed property"
        return
    message = error.message
    if len(message) > 200:
        message = message[:197] + "..."
    yield json_pointer(base), message


def schema_problems(
    validator: Validator,
    document: Any,
    *,
    one_of_message: str = "must match exactly one of the allowed forms",
) -> list[tuple[str, str]]:
    """Every (pointer, message) by which ``document`` breaks the schema, sorted by pointer."""
    found = {
        problem
        for error in validator.iter_errors(document)
        for problem in _problems_of(error, one_of_message)
    }
    return sorted(found)
