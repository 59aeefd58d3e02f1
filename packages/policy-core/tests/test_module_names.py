"""Each module of policy_core binds a top-level name once.

A reach or a word set written twice under one name in a long matcher module silently gives
every reader the later value: session 15 found three such pairs (``_DUTY_REACH`` 4 then 3,
``_DEED_REACH`` 4 then 6, ``_CLAUSE_MARKS`` two different sets), each written for one reader
and read by another."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import policy_core

MODULES = sorted(Path(policy_core.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    """How many times each name is bound at the module's top level (``__all__`` aside)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
            continue
        else:
            continue
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id != "__all__")
    return names


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("_REACH = 4\ndef f() -> int:\n    return _REACH\n_REACH = 3\n")
    assert _top_level_names(tree)["_REACH"] == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text("utf-8")))
    assert [name for name, count in names.items() if count > 1] == []
