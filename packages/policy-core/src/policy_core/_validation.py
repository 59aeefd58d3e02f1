"""Turning untrusted input into a CommandDTO, or a typed error naming every violation.

Every message is bounded: a bad value is quoted by ``_limits.shown`` (its start and its size),
and a document too deep or too large to examine is refused with only that (``_limits``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from policy_core._contracts import CommandContext, CommandDTO, DecisionDTO
from policy_core._limits import limit_violations, pointer, shown
from policy_core._schemas import SchemaName, schema_validator
from policy_core.exceptions import CommandValidationError, Violation

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = [
    "parse_command",
    "parse_command_json",
    "parse_with_context",
    "schema_violations",
    "validate_decision",
]


# jsonschema's messages open with the bad value's repr ("'x' is not of type 'integer'");
# one longer than this is quoted short instead.
_ECHO = 80


def _message(error: SchemaError) -> str:
    message = error.message
    echoed = repr(error.instance)  # safe: limit_violations ruled out deep values and huge ints
    if len(echoed) > _ECHO and message.startswith(echoed):
        return shown(error.instance) + message[len(echoed) :]
    return message


def _violations_of(error: SchemaError) -> Iterable[Violation]:
    base = list(error.absolute_path)
    instance = error.instance
    required = error.validator_value
    if error.validator == "required" and isinstance(instance, Mapping):
        for name in required if isinstance(required, list) else ():
            if name not in instance:
                yield Violation(pointer([*base, name]), "is required")
        return
    if error.validator == "additionalProperties" and isinstance(instance, Mapping):
        schema = error.schema
        known = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        for name in instance:
            if name not in known:
                yield Violation(pointer([*base, name]), "is not an allowed property")
        return
    yield Violation(pointer(base), _message(error))


def schema_violations(document: object, schema: SchemaName = "command") -> tuple[Violation, ...]:
    """Every way ``document`` breaks a published schema, sorted by JSON pointer; only what
    makes it too deep or too large to examine when it is (``_limits.limit_violations``)."""
    too_large = limit_violations(document)
    if too_large:
        return too_large
    found = {
        violation
        for error in schema_validator(schema).iter_errors(document)  # type: ignore[arg-type]
        for violation in _violations_of(error)
    }
    return tuple(sorted(found, key=lambda v: (v.pointer, v.message)))


def _model_violations(error: ValidationError) -> tuple[Violation, ...]:
    # Used only if the schema accepted what the model refused (they are tested to agree).
    return tuple(
        Violation(pointer(part for part in detail["loc"] if not _is_union_tag(part)), detail["msg"])
        for detail in error.errors(include_url=False)
    )


def _is_union_tag(part: object) -> bool:
    return isinstance(part, str) and ("[" in part or part in {"str", "float", "int"})


def parse_command(data: object) -> CommandDTO:
    """Validate ``data`` (a dict, or an existing CommandDTO) into a CommandDTO.

    Raises CommandValidationError listing every violation with its JSON pointer.
    """
    return parse_with_context(data, None)


def parse_with_context(data: object, context: CommandContext | None) -> CommandDTO:
    """``parse_command``, ``context`` put in place of the dict ``data`` holds: that dict
    validated already (``_context_memo``: the caller vouches that it is), so the validator
    takes the frozen model for what it was made from."""
    if isinstance(data, CommandDTO):
        return data
    document = data
    if context is not None and type(data) is dict:
        document = {**data, "context": context}
    try:
        # The model's own validator, called directly: ``model_validate`` only forwards its
        # (unused) options, which costs a decision about a microsecond.
        command: CommandDTO = CommandDTO.__pydantic_validator__.validate_python(document)
    except ValidationError as exc:
        violations = schema_violations(data, "command") or _model_violations(exc)
        raise CommandValidationError(violations) from exc
    return command


def parse_command_json(text: str | bytes) -> CommandDTO:
    """Parse JSON text and validate it as a CommandDTO (see ``parse_command``)."""
    try:
        data: Any = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError as exc:
        violation = Violation("", "not valid JSON: nested too deep to parse")
        raise CommandValidationError((violation,)) from exc
    except ValueError as exc:
        raise CommandValidationError((Violation("", f"not valid JSON: {exc}"),)) from exc
    return parse_command(data)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def validate_decision(data: object) -> DecisionDTO:
    """Validate a decision document against contract 2.1.0 (for consumers and tests)."""
    try:
        return DecisionDTO.model_validate(data)
    except ValidationError as exc:
        violations = schema_violations(data, "decision") or _model_violations(exc)
        raise CommandValidationError(violations, document="DecisionDTO") from exc
