"""Log schemas: the guide's tables and examples against policy_observability's schemas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policy_observability import LogType, record_schema
from tools.docs_check import run_checks
from tools.docs_check._schemas import SCHEMA_GUIDE, render_schema_table, schema_fields
from tools.tests._tree import REPO, line_of


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    """A fake repository holding a copy of the real observability guide."""
    target = tmp_path / SCHEMA_GUIDE
    target.parent.mkdir(parents=True)
    shutil.copy(REPO / SCHEMA_GUIDE, target)
    return target


def schema_problems(guide: Path) -> list[str]:
    root = guide.parents[2]
    return [str(problem) for problem in run_checks(root, ["schemas"]).problems]


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_real_guide_matches_the_schemas(guide: Path) -> None:
    assert schema_problems(guide) == []


def test_a_renamed_field_is_reported_both_ways(guide: Path) -> None:
    replace(
        guide,
        "| `total_s` | number | yes |",
        "| `total_seconds` | number | yes |",
    )
    table = line_of(guide, "| field | type | required | description |")
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{table}: pipeline_latency: field 'total_s' is in the schema but not "
            "documented"
        ),
        (
            f"{SCHEMA_GUIDE}:{line_of(guide, '`total_seconds`')}: pipeline_latency: field "
            "'total_seconds' documented but not in the schema"
        ),
    ]


def test_a_missing_nested_field_is_reported(guide: Path) -> None:
    replace(
        guide,
        "| `agreement.quantities` | boolean or null | yes | The same quantity and unit for every matched item. |\n",
        "",
    )
    table = line_of(guide, "<!-- schema: shadow_router -->") + 1
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{table}: shadow_router: field 'agreement.quantities' is in the schema "
            "but not documented"
        )
    ]


def test_a_changed_type_is_reported(guide: Path) -> None:
    replace(guide, "| `hints[].reason` | string or null |", "| `hints[].reason` | string |")
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{line_of(guide, '`hints[].reason`')}: assist: field 'hints[].reason' "
            "documented as type 'string' but the schema says 'string or null'"
        )
    ]


def test_a_changed_required_flag_is_reported(guide: Path) -> None:
    replace(
        guide, "| `reject_code` | string or null | yes |", "| `reject_code` | string or null | no |"
    )
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{line_of(guide, '`reject_code`')}: decision: field 'reject_code' "
            "documented as required=no but the schema makes it required"
        )
    ]


def test_a_sensitive_field_must_say_so(guide: Path) -> None:
    replace(
        guide,
        "| `task_title` | string or null | no | **Sensitive**: the task title",
        "| `task_title` | string or null | no | The task title",
    )
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{line_of(guide, '`task_title`')}: decision: field 'task_title' is "
            "sensitive (x-sensitive) in the schema; its description must say **Sensitive**"
        )
    ]


def test_every_allowed_value_must_be_documented(guide: Path) -> None:
    replace(guide, "One of `ok`, `clarify`, `error`.", "One of `ok`, `clarify`.")
    assert schema_problems(guide) == [
        (
            f"{SCHEMA_GUIDE}:{line_of(guide, '| `status` |')}: decision: field 'status': allowed "
            "value(s) 'error' not in its description"
        )
    ]


def test_an_example_record_that_breaks_the_schema_is_reported(guide: Path) -> None:
    replace(guide, '"confidence": 0.93,', '"confidence": 1.5,')
    fence = line_of(guide, '"log_type": "decision",') - 2
    problems = run_checks(guide.parents[2], ["schemas"]).problems
    assert [(p.path, p.line, p.message) for p in problems] == [
        (SCHEMA_GUIDE, fence, "example record of 'decision' does not validate")
    ]
    assert "/confidence: 1.5 is greater than the maximum of 1" in problems[0].detail


def test_a_log_type_without_table_or_example_is_reported(guide: Path) -> None:
    replace(guide, "<!-- schema: assist -->\n", "")
    text = guide.read_text(encoding="utf-8")
    start = text.index('```json\n{\n  "log_type": "assist"')
    end = text.index("```\n", start + 3) + 4
    guide.write_text(text[:start] + text[end:], encoding="utf-8")
    assert schema_problems(guide) == [
        f"{SCHEMA_GUIDE}:1: log type assist has no example record (a ```json block)",
        f"{SCHEMA_GUIDE}:1: log type assist has no schema table (<!-- schema: assist --> and a table)",
    ]


def test_a_marker_naming_no_log_type_is_reported(guide: Path) -> None:
    replace(guide, "<!-- schema: decision -->", "<!-- schema: decisions -->")
    problems = schema_problems(guide)
    assert (
        f"{SCHEMA_GUIDE}:{line_of(guide, 'schema: decisions')}: schema marker names no log type: 'decisions'"
        in problems
    )


def test_a_missing_guide_is_reported(tmp_path: Path) -> None:
    assert [str(p) for p in run_checks(tmp_path, ["schemas"]).problems] == [
        f"{SCHEMA_GUIDE}:1: the observability guide is missing"
    ]


@pytest.mark.parametrize("log_type", [kind.value for kind in LogType])
def test_the_rendered_table_lists_every_field(log_type: str) -> None:
    schema = record_schema(log_type)
    table = render_schema_table(log_type, schema)
    assert table.startswith(
        f"<!-- schema: {log_type} -->\n| field | type | required | description |"
    )
    assert len(table.splitlines()) == 3 + len(schema_fields(schema))
    assert set(schema["required"]) <= {spec.name for spec in schema_fields(schema) if spec.required}


def test_nested_objects_and_arrays_are_flattened() -> None:
    names = {spec.name: spec for spec in schema_fields(record_schema("assist"))}
    assert names["hints"].type == "array of object"
    assert names["hints[].value"].sensitive
    assert not names["hints[].value"].required
    assert names["timestamp"].type == "string (date-time)"
    stages = {spec.name: spec for spec in schema_fields(record_schema("pipeline_latency"))}
    assert stages["stages_s"].type == "object of number"
    assert stages["mode"].values == ("deterministic", "shadow", "assist", "partial_trust")
