"""A GBNF grammar from a JSON Schema, no looser than the schema: llama.cpp's ``grammar`` field.

llama.cpp's servers constrain sampling with a GBNF grammar. Their own schema converter (used
for ``response_format: {"type": "json_object", "schema": ...}``) leaves out numeric bounds,
and llama-cpp-python's falls back to "any JSON" when a schema does not convert, so a small
model can still write a confidence of 9 or a quantity of 0. The grammar built here admits only
documents the schema accepts: every answer parses and validates.

It covers the keywords an extraction schema needs and refuses the rest
(``LLMMisconfiguredError``) rather than build a grammar that would admit more than the schema:

- ``enum`` and ``const`` (any JSON values), ``anyOf``/``oneOf``, ``type`` (one or a list);
- strings: ``minLength``/``maxLength`` (characters; control characters only escaped);
- numbers and integers: unbounded, or bounded below by 0 (``minimum`` or
  ``exclusiveMinimum``) and optionally above (``maximum`` >= 1); no exponent form;
- arrays: ``items``, ``minItems``, ``maxItems``;
- objects: ``properties`` with ``additionalProperties: false`` and every property
  ``required``, written in the schema's order.

Whitespace is at most one space between tokens, so a model cannot run away in blank space.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from policy_llm.exceptions import LLMMisconfiguredError

__all__ = ["schema_grammar"]

_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "title", "description", "default", "examples"}
)
_KEYWORDS: Mapping[str, frozenset[str]] = {
    "string": frozenset({"minLength", "maxLength"}),
    "number": frozenset({"minimum", "exclusiveMinimum", "maximum"}),
    "integer": frozenset({"minimum", "exclusiveMinimum", "maximum"}),
    "array": frozenset({"items", "minItems", "maxItems"}),
    "object": frozenset({"properties", "required", "additionalProperties"}),
    "boolean": frozenset(),
    "null": frozenset(),
}
_KNOWN = frozenset().union(*_KEYWORDS.values())
_FRACTION_DIGITS = 6  # the most a number's fraction may have (0.123456)

_SHARED = (
    'ws ::= " "?',
    'char ::= [^"\\\\\\x00-\\x1F\\x7F] | "\\\\" (["\\\\/bfnrt] | "u" [0-9a-fA-F]{4})',
)


def schema_grammar(schema: Mapping[str, Any]) -> str:
    """The GBNF grammar (rule ``root``) of the JSON documents ``schema`` accepts.

    Built once per distinct schema. Raises ``LLMMisconfiguredError`` (field ``schema``) for a
    keyword it cannot express exactly.

    >>> print(schema_grammar({"enum": ["a", None]}).splitlines()[0])
    root ::= ("\\"a\\"" | "null")
    """
    canonical = json.dumps(schema, sort_keys=False, separators=(",", ":"), ensure_ascii=False)
    return _grammar(canonical)


@lru_cache(maxsize=16)
def _grammar(canonical: str) -> str:
    builder = _Builder()
    root = builder.node(json.loads(canonical), "")
    return "\n".join([f"root ::= {root}", *builder.rules, *_SHARED]) + "\n"


def _literal(text: str) -> str:
    """``text`` as a GBNF string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def _json_literal(value: object) -> str:
    return _literal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


class _Builder:
    """Rules are named after the schema path they come from (``items-unit``), made unique."""

    def __init__(self) -> None:
        self.rules: list[str] = []
        self._names: set[str] = {"root", "ws", "char"}

    def rule(self, hint: str, body: str) -> str:
        base = "".join(c if c.isalnum() else "-" for c in hint.lower()).strip("-") or "value"
        name, number = base, 1
        while name in self._names:
            number += 1
            name = f"{base}{number}"
        self._names.add(name)
        self.rules.append(f"{name} ::= {body}")
        return name

    def node(self, schema: object, path: str) -> str:
        """An expression for the values ``schema`` accepts."""
        if schema is True or schema == {}:
            raise _unsupported(path, "a schema that accepts anything")
        if not isinstance(schema, Mapping):
            raise _unsupported(path, f"a schema of type {type(schema).__name__}")
        if "enum" in schema or "const" in schema:
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            literals = [_json_literal(value) for value in values]
            if not literals:
                raise _unsupported(path, "an empty enum")
            return literals[0] if len(literals) == 1 else "(" + " | ".join(literals) + ")"
        for union in ("anyOf", "oneOf"):
            if union in schema:
                others = set(schema) - _ANNOTATIONS - {union}
                if others:
                    raise _unsupported(path, f"{union} beside {sorted(others)}")
                options = [self.node(option, path) for option in schema[union]]
                return self.rule(path or "union", " | ".join(f"({o})" for o in options))
        kinds = schema.get("type")
        if isinstance(kinds, list):
            options = [self._typed(schema, kind, path) for kind in kinds]
            return self.rule(path or "union", " | ".join(f"({o})" for o in options))
        if not isinstance(kinds, str):
            raise _unsupported(path, "a schema without a type, enum or const")
        return self._typed(schema, kinds, path)

    def _typed(self, schema: Mapping[str, Any], kind: str, path: str) -> str:
        if kind not in _KEYWORDS:
            raise _unsupported(path, f"type {kind!r}")
        # A keyword of another type does not apply (JSON Schema ignores it); one that no
        # type here knows (pattern, format, uniqueItems...) cannot be expressed exactly.
        unknown = set(schema) - _ANNOTATIONS - {"type"} - _KNOWN
        if unknown:
            raise _unsupported(path, f"keywords {sorted(unknown)}")
        if kind == "null":
            return '"null"'
        if kind == "boolean":
            return '("true" | "false")'
        if kind == "string":
            return self._string(schema, path)
        if kind in ("number", "integer"):
            return self.rule(path or kind, _number(schema, kind == "integer", path))
        if kind == "array":
            return self._array(schema, path)
        return self._object(schema, path)

    def _string(self, schema: Mapping[str, Any], path: str) -> str:
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        count = (
            f"{{{low},{int(high)}}}" if high is not None else ("*" if low == 0 else f"{{{low},}}")
        )
        return self.rule(path or "string", f'"\\"" char{count} "\\"" ')

    def _array(self, schema: Mapping[str, Any], path: str) -> str:
        item = self.node(schema.get("items", True), f"{path}-item" if path else "item")
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        if high is not None and int(high) < low:
            raise _unsupported(path, "maxItems below minItems")
        if high is not None and int(high) == 0:
            return self.rule(path or "array", '"[" ws "]"')
        more_low = max(low - 1, 0)
        more = f"{{{more_low},{int(high) - 1}}}" if high is not None else f"{{{more_low},}}"
        body = f'"[" ws {item} ("," ws {item}){more} ws "]"'
        if low == 0:
            body = f'"[" ws ({item} ("," ws {item}){more})? ws "]"'
        return self.rule(path or "array", body)

    def _object(self, schema: Mapping[str, Any], path: str) -> str:
        properties: Mapping[str, Any] = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            raise _unsupported(path, "an object without additionalProperties: false")
        if set(schema.get("required", ())) != set(properties):
            raise _unsupported(path, "an object whose properties are not all required")
        members = [
            f'{_json_literal(name)} ws ":" ws {self.node(sub, f"{path}-{name}" if path else name)}'
            for name, sub in properties.items()
        ]
        body = ' "," ws '.join(members)
        return self.rule(path or "object", f'"{{" ws {body} ws "}}"' if members else '"{" ws "}"')


def _number(schema: Mapping[str, Any], integer: bool, path: str) -> str:
    """Numbers without exponent, inside the schema's bounds (only the forms listed above)."""
    fraction = "" if integer else f' ("." [0-9]{{1,{_FRACTION_DIGITS}}})?'
    low = schema.get("minimum")
    above = schema.get("exclusiveMinimum")
    high = schema.get("maximum")
    if low is None and above is None:
        if high is not None:
            raise _unsupported(path, "a maximum without a minimum of 0")
        return f'"-"? ("0" | [1-9] [0-9]*){fraction}'
    if (low, above) not in ((0, None), (None, 0)):
        raise _unsupported(path, "a lower bound other than minimum or exclusiveMinimum 0")
    if high is not None and (not math.isfinite(high) or high < 1):
        raise _unsupported(path, "a maximum below 1")
    if high == 1:
        zeros = "" if integer else f' ("." "0"{{1,{_FRACTION_DIGITS}}})?'
        below_one = "" if integer else f' "." [0-9]{{0,{_FRACTION_DIGITS - 1}}} [1-9]'
        options = [f'"1"{zeros}']
        options.append(f'"0"{below_one}' if above == 0 else f'"0"{fraction}')
        return " | ".join(f"({o})" for o in options)
    # Fewer integral digits than the maximum has: every number written stays below it.
    digits = len(str(int(high))) - 1 if high is not None else None
    if digits == 0:
        raise _unsupported(path, "a maximum between 1 and 10")
    tail = f"[0-9]{{0,{digits - 1}}}" if digits is not None else "[0-9]*"
    positive = f"[1-9] {tail}{fraction}"
    if above == 0:
        small = "" if integer else f' | "0." [0-9]{{0,{_FRACTION_DIGITS - 1}}} [1-9]'
        return f"({positive}){small}"
    return f'({positive}) | "0"{fraction}'


def _unsupported(path: str, what: str) -> LLMMisconfiguredError:
    where = path or "the root"
    return LLMMisconfiguredError("schema", f"no grammar for {what} (at {where})")
