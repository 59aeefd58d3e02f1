"""Dependencies point one way: policy-core runs without httpx, policy-llm or policy-eval, and
policy-observability needs none of its siblings (SPEC section 2)."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

FORBIDDEN_IN_CORE = frozenset({"httpx", "policy_llm", "policy_eval"})
FORBIDDEN_IN_OBSERVABILITY = frozenset({"httpx", "policy_core", "policy_llm", "policy_eval"})
# What policy-core's modules may import besides the standard library: its declared
# dependencies (pydantic_core and typing_extensions come with pydantic).
CORE_THIRD_PARTY = frozenset(
    {"pydantic", "pydantic_core", "typing_extensions", "jsonschema", "pymorphy3"}
)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        pytest.skip(f"{name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _imports(path: Path) -> set[str]:
    """Top-level names of every module ``path`` imports, literally or through importlib."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in {"import_module", "__import__", "find_spec"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value.split(".")[0])
    return names


def _offenders(package: Path, forbidden: frozenset[str]) -> dict[str, set[str]]:
    modules = sorted(package.rglob("*.py"))
    assert modules, f"no modules under {package}"
    found = {}
    for module in modules:
        bad = _imports(module) & forbidden
        if bad:
            found[str(module.relative_to(package))] = bad
    return found


def test_policy_core_imports_no_forbidden_sibling() -> None:
    assert _offenders(_package_dir("policy_core"), FORBIDDEN_IN_CORE) == {}


def test_policy_core_imports_only_what_it_declares() -> None:
    package = _package_dir("policy_core")
    allowed = (
        set(sys.stdlib_module_names) | CORE_THIRD_PARTY | {"policy_core", "policy_observability"}
    )
    undeclared = {
        str(module.relative_to(package)): _imports(module) - allowed
        for module in sorted(package.rglob("*.py"))
    }
    assert {name: bad for name, bad in undeclared.items() if bad} == {}


def test_policy_observability_imports_no_sibling() -> None:
    assert _offenders(_package_dir("policy_observability"), FORBIDDEN_IN_OBSERVABILITY) == {}


def test_the_checker_sees_every_kind_of_import(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        textwrap.dedent(
            """
            import httpx.client
            from policy_llm import x
            from . import relative
            import importlib
            importlib.import_module("policy_eval.runner")
            def later():
                import json
            """
        ),
        encoding="utf-8",
    )
    assert _imports(module) == {"httpx", "policy_llm", "importlib", "policy_eval", "json"}


def test_policy_core_decides_with_its_siblings_and_httpx_unimportable() -> None:
    # A None entry in sys.modules makes every import of that name raise ImportError, exactly
    # as if the distribution were not installed.
    program = textwrap.dedent(
        """
        import sys
        BLOCKED = ("httpx", "policy_llm", "policy_eval")
        for name in BLOCKED:
            sys.modules[name] = None
        for name in BLOCKED:
            try:
                __import__(name)
            except ImportError:
                pass
            else:
                raise SystemExit(f"{name} was importable")

        import policy_core
        from policy_core import PolicySettings, decide
        from policy_core._schemas import schema_validator
        from policy_core.testing import make_command

        decision = decide(make_command("Купи молоко", command_id="cmd-alone"),
                          PolicySettings(deterministic_ids=True))
        assert decision.command_id == "cmd-alone"
        assert schema_validator("decision").is_valid(decision.to_json_dict())
        leaked = sorted(n for n in sys.modules
                        if n.split(".")[0] in BLOCKED and sys.modules[n] is not None)
        assert not leaked, leaked
        print("decided", decision.action)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("decided ")
