"""Structured output: read a completion's content as a JSON object and check it against a schema.

Pure functions shared by the sync and async clients. Models often wrap JSON in a Markdown
fence (```json ... ```), even when asked not to; one such fence around the whole content is
accepted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jsonschema import exceptions as jsonschema_exceptions
from jsonschema import validators
from jsonschema.protocols import Validator

from policy_core import Violation
from policy_llm._wire import ChatResult, JsonResult
from policy_llm.exceptions import LLMInvalidJSONError, LLMMisconfiguredError, LLMSchemaInvalidError

__all__ = ["check_schema", "json_result", "parse_json_object", "schema_violations"]

_COMPILED_SCHEMAS = 32  # distinct schemas kept compiled (one per LLM task in practice)
_FENCE = re.compile(r"\A```[ \t]*(?:json)?[ \t]*\r?\n(?P<body>.*?)\r?\n?[ \t]*```\Z", re.S | re.I)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json_object(content: str) -> dict[str, Any]:
    """The JSON object ``content`` holds, fence or not; :class:`LLMInvalidJSONError` otherwise.

    >>> parse_json_object('```json\\n{"intent": "unknown"}\\n```')
    {'intent': 'unknown'}
    """
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced is not None:
        text = fenced.group("body").strip()
    try:
        document = json.loads(text, parse_constant=_no_constants)
    except ValueError as exc:
        raise LLMInvalidJSONError(
            f"content is not valid JSON ({len(content)} characters)", content=content
        ) from exc
    if not isinstance(document, dict):
        raise LLMInvalidJSONError(
            f"content is a JSON {type(document).__name__}, not an object", content=content
        )
    return document


@lru_cache(maxsize=_COMPILED_SCHEMAS)
def _compiled(canonical: str) -> Validator:
    schema = json.loads(canonical)
    kind = validators.validator_for(schema)
    kind.check_schema(schema)
    return kind(schema)


def compiled_validator(schema: Mapping[str, Any]) -> Validator:
    """The validator of ``schema``, checked against its metaschema and compiled once per
    distinct schema (checking costs milliseconds; every call of a task sends the same one).

    Raises ``LLMMisconfiguredError`` for a schema that is not itself valid.
    """
    canonical = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return _compiled(canonical)
    except jsonschema_exceptions.SchemaError as exc:
        raise LLMMisconfiguredError("schema", f"not a valid JSON Schema: {exc.message}") from exc


def check_schema(schema: Mapping[str, Any]) -> None:
    """Refuse a schema that is not itself valid, before any request is sent for it."""
    compiled_validator(schema)


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def schema_violations(
    document: Mapping[str, Any], schema: Mapping[str, Any]
) -> tuple[Violation, ...]:
    """Every way ``document`` breaks ``schema``, ordered by where in the document."""
    validator = compiled_validator(schema)
    errors = sorted(
        validator.iter_errors(document),
        key=lambda error: [str(part) for part in error.absolute_path],
    )
    return tuple(Violation(_pointer(error.absolute_path), error.message) for error in errors)


def json_result(
    result: ChatResult, schema: Mapping[str, Any] | None, *, finish_reason: str | None = None
) -> JsonResult:
    """``result``'s content as a JSON object meeting ``schema`` (unchecked when ``None``).

    Raises :class:`LLMInvalidJSONError` or :class:`LLMSchemaInvalidError`; the message says
    when the model stopped at its token limit, the usual cause of cut-off JSON. Neither
    message quotes the content or the values in it.
    """
    try:
        data = parse_json_object(result.content)
    except LLMInvalidJSONError as exc:
        hint = "; the output stopped at max_tokens" if finish_reason == "length" else ""
        raise LLMInvalidJSONError(
            exc.message + hint,
            content=result.content,
            attempts=result.attempts,
            usage=result.spent,
        ) from exc.__cause__
    if schema is None:
        return JsonResult(data=data, result=result)
    violations = schema_violations(data, schema)
    if violations:
        where = ", ".join(violation.pointer or "/" for violation in violations[:5])
        count = len(violations)
        noun = "violation" if count == 1 else "violations"
        raise LLMSchemaInvalidError(
            f"content breaks the schema: {count} {noun} at {where}",
            content=result.content,
            violations=violations,
            attempts=result.attempts,
            usage=result.spent,
        )
    return JsonResult(data=data, result=result)
