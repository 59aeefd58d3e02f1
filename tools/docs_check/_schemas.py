"""Log record schemas: the tables in the observability guide against the published schemas.

Convention: in ``docs/guides/observability.md`` each log type has a ``<!-- schema: TYPE -->``
marker followed by a table with the columns ``field | type | required | description``, one
row per field, nested fields as ``agreement.intent`` and ``hints[].field``. The table must
equal what ``policy_observability.record_schema(TYPE)`` publishes:

* the same field names;
* the same JSON type, written as ``python -m tools.docs_check --render-schema TYPE`` writes
  it (``string``, ``number or null``, ``array of object``, ``object of number``,
  ``string (date-time)``);
* ``yes`` in *required* exactly for the fields the schema requires;
* ``**Sensitive**`` in the description exactly for the fields marked ``x-sensitive``;
* every allowed value of a ``const`` or ``enum`` field, in backticks, in the description.

Each log type also needs a JSON example in the guide (a ```json block holding one record)
that ``validate_record`` accepts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tools.docs_check._markdown import Document, Table, plain_cell
from tools.docs_check._problems import Problem

__all__ = [
    "SCHEMA_GUIDE",
    "FieldSpec",
    "check_schemas",
    "render_schema_table",
    "schema_fields",
]

SCHEMA_GUIDE = "docs/guides/observability.md"
_COLUMNS = ("field", "type", "required", "description")

Schema = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record schema, flattened (``agreement.intent``, ``hints[].reason``)."""

    name: str
    type: str
    required: bool
    sensitive: bool
    values: tuple[str, ...]  # the allowed values of a const or enum field
    description: str


def _resolve(node: Schema, definitions: Schema) -> Schema:
    while "$ref" in node:
        target = definitions[str(node["$ref"]).rsplit("/", 1)[-1]]
        node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
    return node


def _alternatives(node: Schema, definitions: Schema) -> tuple[list[Schema], bool]:
    """The non-null alternatives of a node, and whether null is allowed."""
    node = _resolve(node, definitions)
    options = node.get("anyOf") or node.get("oneOf")
    if options is None:
        kinds = node.get("type")
        if isinstance(kinds, list) and "null" in kinds:
            rest = [kind for kind in kinds if kind != "null"]
            return [{**node, "type": rest[0] if len(rest) == 1 else rest}], True
        return [node], kinds == "null"
    resolved = [_resolve(option, definitions) for option in options]
    nullable = any(option.get("type") == "null" for option in resolved)
    return [option for option in resolved if option.get("type") != "null"], nullable


def render_type(node: Schema, definitions: Schema) -> str:
    """A schema node's JSON type in the words the guide's tables use.

    >>> render_type({"anyOf": [{"type": "number"}, {"type": "null"}]}, {})
    'number or null'
    >>> render_type({"type": "array", "items": {"type": "string"}}, {})
    'array of string'
    """
    options, nullable = _alternatives(node, definitions)
    words = [_render_one(option, definitions) for option in options]
    if nullable:
        words.append("null")
    return " or ".join(words)


def _render_one(node: Schema, definitions: Schema) -> str:
    kind = node.get("type")
    if kind is None and "const" in node:
        kind = _json_type(node["const"])
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    if kind == "array":
        items = node.get("items")
        if not isinstance(items, Mapping):
            return "array"
        inner = render_type(items, definitions)
        return f"array of ({inner})" if " or " in inner else f"array of {inner}"
    if kind == "object" and "properties" not in node:
        values = node.get("additionalProperties")
        patterns = node.get("patternProperties")
        if not isinstance(values, Mapping) and isinstance(patterns, Mapping) and len(patterns) == 1:
            values = next(iter(patterns.values()))
        if isinstance(values, Mapping):
            return f"object of {render_type(values, definitions)}"
    if kind == "string" and "format" in node:
        return f"string ({node['format']})"
    return str(kind)


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string" if isinstance(value, str) else "null"


def _values(node: Schema, definitions: Schema) -> tuple[str, ...]:
    options, _ = _alternatives(node, definitions)
    found: list[str] = []
    for option in options:
        if "const" in option:
            found.append(str(option["const"]))
        found.extend(str(value) for value in option.get("enum", ()))
    return tuple(found)


def schema_fields(schema: Schema) -> list[FieldSpec]:
    """Every field of a record schema, nested objects flattened, in schema order."""
    return list(_walk(schema, "", schema.get("$defs", {})))


def _walk(node: Schema, prefix: str, definitions: Schema) -> Iterator[FieldSpec]:
    node = _resolve(node, definitions)
    required = set(node.get("required", ()))
    for name, child in node.get("properties", {}).items():
        resolved = _resolve(child, definitions)
        yield FieldSpec(
            name=f"{prefix}{name}",
            type=render_type(child, definitions),
            required=name in required,
            sensitive=bool(resolved.get("x-sensitive")),
            values=_values(child, definitions),
            description=str(resolved.get("description", "")),
        )
        options, _ = _alternatives(child, definitions)
        for option in options:
            if option.get("type") == "object" and "properties" in option:
                yield from _walk(option, f"{prefix}{name}.", definitions)
            items = option.get("items")
            if option.get("type") == "array" and isinstance(items, Mapping):
                inner = _resolve(items, definitions)
                if inner.get("type") == "object" and "properties" in inner:
                    yield from _walk(inner, f"{prefix}{name}[].", definitions)


def _describe(spec: FieldSpec) -> str:
    text = spec.description.strip()
    if spec.sensitive:
        text = f"**Sensitive**: {text}"
    if len(spec.values) == 1:
        text = f"{text} Always `{spec.values[0]}`.".strip()
    elif spec.values:
        text = f"{text} One of {', '.join(f'`{value}`' for value in spec.values)}.".strip()
    return text.replace("|", "\\|")


def render_schema_table(log_type: str, schema: Schema) -> str:
    """The marker and table that document ``log_type`` (descriptions may be edited after)."""
    lines = [
        f"<!-- schema: {log_type} -->",
        "| field | type | required | description |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| `{spec.name}` | {spec.type} | {'yes' if spec.required else 'no'} | {_describe(spec)} |"
        for spec in schema_fields(schema)
    ]
    return "\n".join(lines) + "\n"


def _normal_type(text: str) -> str:
    return " ".join(plain_cell(text).lower().split())


def _table_after(document: Document, line: int) -> Table | None:
    following = [table for table in document.tables if table.line > line]
    return min(following, key=lambda table: table.line) if following else None


def _compare_table(
    document: Document, log_type: str, table: Table, specs: Sequence[FieldSpec]
) -> list[Problem]:
    where = document.relative
    headers = [plain_cell(cell).lower() for cell in table.header]
    missing = [column for column in _COLUMNS if column not in headers]
    if missing:
        return [
            Problem(
                where,
                table.line,
                f"{log_type}: the schema table needs the columns {' | '.join(_COLUMNS)} "
                f"(missing: {', '.join(missing)})",
            )
        ]
    column = {name: headers.index(name) for name in _COLUMNS}
    expected = {spec.name: spec for spec in specs}
    problems: list[Problem] = []
    seen: set[str] = set()
    for row in table.rows:
        cells = [*row.cells, *[""] * len(headers)]
        name = plain_cell(cells[column["field"]])
        if name in seen:
            problems.append(
                Problem(where, row.line, f"{log_type}: field '{name}' documented twice")
            )
            continue
        seen.add(name)
        spec = expected.get(name)
        if spec is None:
            problems.append(
                Problem(
                    where, row.line, f"{log_type}: field '{name}' documented but not in the schema"
                )
            )
            continue
        documented_type = _normal_type(cells[column["type"]])
        if documented_type != spec.type:
            problems.append(
                Problem(
                    where,
                    row.line,
                    f"{log_type}: field '{name}' documented as type '{documented_type}' "
                    f"but the schema says '{spec.type}'",
                )
            )
        required = plain_cell(cells[column["required"]]).lower()
        if required not in {"yes", "no"}:
            problems.append(
                Problem(
                    where,
                    row.line,
                    f"{log_type}: field '{name}': required must be yes or no, not {required!r}",
                )
            )
        elif (required == "yes") != spec.required:
            says = "required" if spec.required else "optional"
            problems.append(
                Problem(
                    where,
                    row.line,
                    f"{log_type}: field '{name}' documented as required={required} "
                    f"but the schema makes it {says}",
                )
            )
        description = cells[column["description"]]
        if ("**sensitive**" in description.lower()) != spec.sensitive:
            says = "sensitive (x-sensitive)" if spec.sensitive else "not sensitive"
            problems.append(
                Problem(
                    where,
                    row.line,
                    f"{log_type}: field '{name}' is {says} in the schema; its description "
                    f"must {'' if spec.sensitive else 'not '}say **Sensitive**",
                )
            )
        absent = [value for value in spec.values if f"`{value}`" not in description]
        if absent:
            problems.append(
                Problem(
                    where,
                    row.line,
                    f"{log_type}: field '{name}': allowed value(s) "
                    f"{', '.join(repr(value) for value in absent)} not in its description",
                )
            )
    problems.extend(
        Problem(
            where,
            table.line,
            f"{log_type}: field '{spec.name}' is in the schema but not documented",
        )
        for spec in specs
        if spec.name not in seen
    )
    return problems


def check_schemas(documents: Sequence[Document]) -> list[Problem]:
    """The guide's schema tables and examples against policy_observability's schemas."""
    guide = next((d for d in documents if d.relative == SCHEMA_GUIDE), None)
    if guide is None:
        return [Problem(SCHEMA_GUIDE, 1, "the observability guide is missing")]
    try:
        from policy_observability import (  # noqa: PLC0415 - only this check needs the package
            LogType,
            ObservabilityError,
            record_schema,
            validate_record,
        )
    except ImportError as exc:
        return [Problem(SCHEMA_GUIDE, 1, f"cannot import policy_observability: {exc}")]
    problems: list[Problem] = []
    known = [kind.value for kind in LogType]
    tables: dict[str, int] = {}
    for marker in guide.markers:
        if marker.kind != "schema":
            continue
        log_type = marker.argument
        if log_type not in known:
            problems.append(
                Problem(
                    guide.relative, marker.line, f"schema marker names no log type: {log_type!r}"
                )
            )
            continue
        if log_type in tables:
            problems.append(
                Problem(
                    guide.relative,
                    marker.line,
                    f"{log_type}: a second schema table (the first is at line {tables[log_type]})",
                )
            )
            continue
        table = _table_after(guide, marker.line)
        if table is None:
            problems.append(
                Problem(
                    guide.relative, marker.line, f"{log_type}: no table follows the schema marker"
                )
            )
            continue
        tables[log_type] = table.line
        problems += _compare_table(guide, log_type, table, schema_fields(record_schema(log_type)))
    examples: set[str] = set()
    for fence in guide.fences:
        if fence.language != "json":
            continue
        try:
            document = json.loads(fence.body)
        except json.JSONDecodeError as exc:
            problems.append(
                Problem(
                    guide.relative,
                    fence.line + exc.lineno,
                    f"json block is not valid JSON: {exc.msg}",
                )
            )
            continue
        if not isinstance(document, dict) or "log_type" not in document:
            continue
        examples.add(str(document["log_type"]))  # reported below when it does not validate
        try:
            validate_record(document)
        except ObservabilityError as exc:
            problems.append(
                Problem(
                    guide.relative,
                    fence.line,
                    f"example record of {document.get('log_type')!r} does not validate",
                    detail=str(exc),
                )
            )
    for log_type in known:
        if log_type not in tables:
            problems.append(
                Problem(
                    guide.relative,
                    1,
                    f"log type {log_type} has no schema table (<!-- schema: {log_type} --> and a table)",
                )
            )
        if log_type not in examples:
            problems.append(
                Problem(
                    guide.relative,
                    1,
                    f"log type {log_type} has no example record (a ```json block)",
                )
            )
    return problems
