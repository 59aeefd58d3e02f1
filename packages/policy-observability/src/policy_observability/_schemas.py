"""The published JSON Schemas of the records: built from the models, committed, shipped.

``schemas/<log_type>.schema.json`` inside the package are the published files;
``build_schema`` regenerates them from the models (``scripts/generate_schemas.py``) and a test
keeps the two equal, so the models and the documents cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from policy_observability._examples import example_record
from policy_observability._records import RECORD_MODELS, LogRecord
from policy_observability._types import RECORD_SCHEMA_VERSION, LogType, parse_log_type
from policy_observability.exceptions import RecordValidationError, UnknownLogTypeError

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["build_schema", "record_model", "record_schema", "schema_filename", "validate_record"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def record_model(log_type: LogType | str) -> type[LogRecord]:
    """The model class of a log type.

    >>> record_model("assist").__name__
    'AssistRecord'
    """
    return RECORD_MODELS[parse_log_type(log_type)]


def schema_filename(log_type: LogType | str) -> str:
    """The file name of a type's published schema, e.g. ``assist.schema.json``."""
    return f"{parse_log_type(log_type).value}.schema.json"


def _unrequire_optional(node: dict[str, Any]) -> None:
    # Sensitive fields are left out unless LOG_USER_TEXT=true, so they can never be required;
    # nor can a field added to the schema after lines without it were written (``x-added``).
    properties = node.get("properties", {})
    optional = {
        name for name, prop in properties.items() if prop.get("x-sensitive") or prop.get("x-added")
    }
    if "required" in node:
        node["required"] = [name for name in node["required"] if name not in optional]


def build_schema(log_type: LogType | str) -> dict[str, Any]:
    """Generate the JSON Schema of a log type from its model (what the committed file holds)."""
    kind = parse_log_type(log_type)
    model = RECORD_MODELS[kind]
    generated = model.model_json_schema(mode="serialization")
    _unrequire_optional(generated)
    for definition in generated.get("$defs", {}).values():
        _unrequire_optional(definition)
    schema: dict[str, Any] = {
        "$schema": _DIALECT,
        "$id": f"urn:hometask:policy-observability:{kind.value}:{RECORD_SCHEMA_VERSION}",
        "title": f"{kind.value} log record",
    }
    schema.update((key, value) for key, value in generated.items() if key != "title")
    schema["examples"] = [example_record(kind).model_dump(mode="json")]
    return schema


@cache
def _schema_text(kind: LogType) -> str:
    files = resources.files("policy_observability").joinpath("schemas")
    return files.joinpath(schema_filename(kind)).read_text("utf-8")


def record_schema(log_type: LogType | str) -> dict[str, Any]:
    """A fresh copy of the published JSON Schema of a log type.

    >>> record_schema("shadow_router")["properties"]["log_type"]["const"]
    'shadow_router'
    """
    schema: dict[str, Any] = json.loads(_schema_text(parse_log_type(log_type)))
    return schema


@cache
def _validator(kind: LogType) -> Validator:
    # jsonschema is needed only to check documents (tests, docs, tools), never to emit.
    from jsonschema import Draft202012Validator, FormatChecker  # noqa: PLC0415

    return Draft202012Validator(record_schema(kind), format_checker=FormatChecker())


def validate_record(document: Mapping[str, Any]) -> LogType:
    """Check a parsed log line against its type's schema; return the type or raise.

    Raises ``RecordValidationError`` listing every violation, or ``UnknownLogTypeError``
    when ``log_type`` is missing or unknown.
    """
    name = document.get("log_type")
    if not isinstance(name, str):
        raise UnknownLogTypeError(name)
    kind = parse_log_type(name)
    errors = sorted(_validator(kind).iter_errors(document), key=lambda error: error.json_path)
    if errors:
        found = tuple(
            ("".join(f"/{part}" for part in error.absolute_path), error.message) for error in errors
        )
        raise RecordValidationError(kind.value, found)
    return kind
