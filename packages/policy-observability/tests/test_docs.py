"""The documentation tells the truth: docstring examples run, the README names every variable
and every field of every record schema."""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import policy_observability
from policy_observability import ENV_VARIABLES, LogType, record_schema, validate_record

README = Path(__file__).resolve().parents[1] / "README.md"
MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(policy_observability.__path__, "policy_observability.")
)


@pytest.mark.parametrize("name", [m for m in MODULES if not m.endswith("__main__")])
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_the_readme_documents_every_variable_with_its_default() -> None:
    text = README.read_text("utf-8")
    for variable, default in ENV_VARIABLES.items():
        row = re.search(rf"^\| `{variable}` \| `([^`]*)`", text, re.MULTILINE)
        assert row, variable
        assert row.group(1) == default, variable


@pytest.mark.parametrize("kind", list(LogType))
def test_the_readme_documents_every_field_of_every_record(kind: LogType) -> None:
    text = README.read_text("utf-8")
    section = text.split(f"#### `{kind.value}`", 1)[1].split("####", 1)[0]
    schema = record_schema(kind)
    names = list(schema["properties"])
    for definition in schema.get("$defs", {}).values():
        names += list(definition.get("properties", {}))
    for name in names:
        assert f"`{name}`" in section, (kind.value, name)


def test_the_readme_python_examples_run_and_write_valid_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICY_LOG_DIR", str(tmp_path))
    monkeypatch.setenv("LOG_USER_TEXT", "true")
    for kind in LogType:
        monkeypatch.setenv(f"{kind.env_prefix}_LOG_ENABLED", "true")
    blocks = re.findall(r"```python\n(.*?)```", README.read_text("utf-8"), re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, str(README), "exec"), {})  # noqa: S102 - our own documentation
    written = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert written == sorted(f"{kind.value}.jsonl" for kind in LogType)
    for path in tmp_path.glob("*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            validate_record(json.loads(line))
