"""The public surface of policy-core, and the one version the four packages share."""

from __future__ import annotations

import ast
import re
import tomllib
import types
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pytest

import policy_core

PUBLIC_NAMES = [
    "ACTION_THRESHOLD_VARIABLES",
    "CAPABILITIES",
    "CONTRACT_VERSION",
    "CommandDTO",
    "CommandValidationError",
    "DecisionDTO",
    "Draft",
    "Explanation",
    "Extraction",
    "Intent",
    "ItemDraft",
    "PolicyError",
    "PolicySettings",
    "RulePolicy",
    "SettingsError",
    "StageClock",
    "TaskDraft",
    "TaskFields",
    "Violation",
    "__version__",
    "compile_validator",
    "decide",
    "decision_intent",
    "emit_decision_records",
    "explain",
    "load_schema",
    "parse_command",
    "parse_command_json",
    "parse_date_time",
    "validate_decision",
]

REPOSITORY = Path(__file__).resolve().parents[3]
PACKAGES = REPOSITORY / "packages"
SIBLING = re.compile(r"^(policy-[a-z]+)\s*(.*)$")


def test_all_is_pinned_and_sorted() -> None:
    assert policy_core.__all__ == PUBLIC_NAMES
    assert sorted(policy_core.__all__) == policy_core.__all__


def test_every_public_name_resolves() -> None:
    for name in policy_core.__all__:
        assert getattr(policy_core, name) is not None, name
    namespace: dict[str, Any] = {}
    exec("from policy_core import *", namespace)  # noqa: S102 - the star import is the point
    assert set(namespace) - {"__builtins__"} == set(PUBLIC_NAMES)


def test_nothing_surprising_is_public() -> None:
    """Public attributes outside __all__ may only be submodules (policy_core.testing...)."""
    extra = {
        name
        for name in vars(policy_core)
        if not name.startswith("_") and name not in policy_core.__all__
    }
    assert all(isinstance(getattr(policy_core, name), types.ModuleType) for name in extra), extra


def test_the_exception_tree() -> None:
    assert issubclass(policy_core.CommandValidationError, policy_core.PolicyError)
    assert issubclass(policy_core.CommandValidationError, ValueError)
    assert issubclass(policy_core.SettingsError, policy_core.PolicyError)
    assert issubclass(policy_core.SettingsError, ValueError)


def test_version_comes_from_the_installed_metadata() -> None:
    assert policy_core.__version__ == metadata.version("policy-core")
    assert re.fullmatch(r"\d+\.\d+\.\d+", policy_core.__version__)


def test_contract_version_names_the_published_schemas() -> None:
    assert policy_core.CONTRACT_VERSION == "2.1.0"
    for name in ("command", "decision"):
        schema = policy_core.load_schema(name)
        assert f"/{policy_core.CONTRACT_VERSION}/" in schema["$id"]
    # a fresh copy each time: callers may not corrupt the published schema
    policy_core.load_schema("command")["title"] = "changed"
    assert policy_core.load_schema("command")["title"] == "CommandDTO"


def test_py_typed_and_the_schemas_are_shipped() -> None:
    package = resources.files("policy_core")
    assert package.joinpath("py.typed").is_file()
    assert package.joinpath("schemas/command.schema.json").is_file()
    assert package.joinpath("schemas/decision.schema.json").is_file()
    # In a wheel install the RECORD lists the files; an editable install lists none of them.
    recorded = {str(path) for path in metadata.files("policy-core") or ()}
    if any(path.startswith("policy_core/") for path in recorded):
        assert "policy_core/py.typed" in recorded
        assert "policy_core/schemas/decision.schema.json" in recorded


def test_the_console_script_is_declared() -> None:
    scripts = {
        entry.name: entry.value
        for entry in metadata.distribution("policy-core").entry_points
        if entry.group == "console_scripts"
    }
    assert scripts == {"policy-decide": "policy_core._cli:main"}


# --- the four packages, read from the repository -------------------------------------------


def _pyprojects() -> dict[str, dict[str, Any]]:
    if not PACKAGES.is_dir():
        pytest.skip("not running from the repository (no packages/ folder)")
    found = {}
    for path in sorted(PACKAGES.glob("*/pyproject.toml")):
        with path.open("rb") as file:
            found[path.parent.name] = tomllib.load(file)
    return found


def test_the_four_packages_share_one_version() -> None:
    projects = _pyprojects()
    assert set(projects) == {"policy-core", "policy-llm", "policy-eval", "policy-observability"}
    versions = {name: project["project"]["version"] for name, project in projects.items()}
    assert len(set(versions.values())) == 1, versions
    assert set(versions.values()) == {policy_core.__version__}
    for name, project in projects.items():
        assert project["project"]["name"] == name


def test_siblings_are_pinned_exactly() -> None:
    projects = _pyprojects()
    shared = projects["policy-core"]["project"]["version"]
    for name, project in projects.items():
        for requirement in project["project"].get("dependencies", []):
            match = SIBLING.match(requirement)
            if match:
                assert match.group(2) == f"=={shared}", f"{name}: {requirement}"


def test_the_noxfile_dependency_map_matches_the_pyprojects() -> None:
    """The noxfile declares the sibling graph once; the distributions must declare the same."""
    projects = _pyprojects()
    noxfile = REPOSITORY / "noxfile.py"
    declared: dict[str, tuple[str, ...]] | None = None
    for node in ast.parse(noxfile.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "PACKAGES"
            and node.value is not None
        ):
            declared = ast.literal_eval(node.value)
    assert declared is not None, "noxfile.py defines no PACKAGES map"
    for name, project in projects.items():
        siblings = {
            match.group(1)
            for requirement in project["project"].get("dependencies", [])
            if (match := SIBLING.match(requirement))
        }
        assert siblings == set(declared[name]), name
