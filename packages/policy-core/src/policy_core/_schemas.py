"""The published JSON Schemas of contract 2.1.0 and validators built once per process."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, Literal

from policy_core._rfc3339 import is_date_time

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

CONTRACT_VERSION: Final = "2.1.0"
SchemaName = Literal["command", "decision"]


@cache
def _schema_text(name: SchemaName) -> str:
    return resources.files("policy_core").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")


def load_schema(name: SchemaName) -> dict[str, Any]:
    """Return a fresh copy of a published schema (``"command"`` or ``"decision"``).

    >>> load_schema("command")["title"]
    'CommandDTO'
    """
    schema: dict[str, Any] = json.loads(_schema_text(name))
    return schema


def compile_validator(schema: Mapping[str, Any]) -> Validator:
    """A Draft 2020-12 validator for ``schema`` that enforces the ``date-time`` format.

    jsonschema checks ``date-time`` only when an optional extra happens to be installed; the
    contract says the format is enforced, so the check here is the platform's own RFC 3339
    test, the same one the models use.
    """
    # Imported here: jsonschema is only needed to report violations and in tests, not on the
    # hot path of deciding a valid command.
    from jsonschema import Draft202012Validator, FormatChecker  # noqa: PLC0415

    checker = FormatChecker(formats=())
    checker.checks("date-time")(is_date_time)
    return Draft202012Validator(schema, format_checker=checker)


@cache
def schema_validator(name: SchemaName) -> Validator:
    """A validator for a published schema, compiled once per process."""
    return compile_validator(load_schema(name))
