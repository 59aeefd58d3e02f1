"""Environment variables: the ones the code reads against the ones the docs document.

Read by the code, found three ways, none of which needs to know a package:

* string constants used as environment keys in ``packages/*/src/**/*.py``: ``os.environ[K]``,
  ``os.environ.get(K)``, ``os.getenv(K)``, ``K in env``, ``env[K]``, ``env.get(K)``, and any
  call that is handed the environment (``env``, ``environ``, ``os.environ``) or whose name says
  ``env`` (``env_bool(env, K)``, ``_section(env, {"f": (K, parse)})``). A key held in a local
  name is followed to its literal (``for name, field in (("K", "f"), ...)``);
* ``${NAME}`` and ``${NAME:-default}`` in ``packages/*/src/**/*.toml`` (shipped policy files);
* every module-level ``ENV_VARIABLES`` (a mapping of name to default, or a collection of
  names) in those sources, imported in a subprocess: the way a package declares names it
  builds dynamically, such as ``<TYPE>_LOG_ENABLED``.

Documented: the first column of every Markdown table whose first header is ``Variable`` (any
case) in README.md, docs/**/*.md and packages/*/README.md. Where such a table has a
``Default`` column and a package's ``ENV_VARIABLES`` gives a plain default, the two must agree.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tools.docs_check._markdown import Document, Table, plain_cell
from tools.docs_check._problems import Problem

__all__ = [
    "CodeVariables",
    "DocumentedVariable",
    "check_env_vars",
    "code_variables",
    "documented_variables",
]

ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]+$")
_ENV_RECEIVER = re.compile(r"^_?env(?:iron(?:ment)?)?$", re.IGNORECASE)
# ``$${`` is a literal; a default may hold another placeholder: ``${A:-${B}}``.
_TOML_REFERENCE = re.compile(r"(?<!\$)\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<default>:-)?")
_ENV_METHODS = frozenset({"get", "pop", "setdefault", "__getitem__", "__contains__"})
_GETENV = frozenset({"getenv", "putenv", "unsetenv"})
_BACKTICKED = re.compile(r"`([^`]+)`")

# Run in a subprocess so a package's import cannot disturb the checker (or another root's
# modules of the same name): prints {module: {"variables": {name: default}} | {"error": ...}}.
_REGISTRY_SCRIPT = """
import importlib, json, sys
from collections.abc import Mapping
found = {}
for module_name in sys.argv[1:]:
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        found[module_name] = {"error": f"{type(exc).__name__}: {exc}"}
        continue
    value = getattr(module, "ENV_VARIABLES", None)
    if isinstance(value, Mapping):
        found[module_name] = {"variables": {str(k): None if v is None else str(v) for k, v in value.items()}}
    elif isinstance(value, (list, tuple, set, frozenset)):
        found[module_name] = {"variables": {str(k): None for k in value}}
    else:
        found[module_name] = {"error": f"ENV_VARIABLES is a {type(value).__name__}, not a mapping or a collection of names"}
print(json.dumps(found))
"""


@dataclass(frozen=True, slots=True)
class Location:
    """Where a variable is read or declared."""

    path: str
    line: int
    how: str


@dataclass(slots=True)
class CodeVariables:
    """Every variable the code reads (first location first) and the defaults it declares."""

    reads: dict[str, list[Location]]
    defaults: dict[str, str | None]
    problems: list[Problem]


@dataclass(frozen=True, slots=True)
class DocumentedVariable:
    """One row of an environment-variable table."""

    name: str
    path: str
    line: int
    default: str | None  # the Default cell, when the table has one


def _is_env(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return _ENV_RECEIVER.match(node.id) is not None
    if isinstance(node, ast.Attribute):
        return node.attr == "environ" or _ENV_RECEIVER.match(node.attr) is not None
    return False


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Reads(ast.NodeVisitor):
    """Collects (name, line, how) for every environment key a module reads."""

    def __init__(self) -> None:
        self.found: list[tuple[str, int, str]] = []
        self._scopes: list[ast.AST] = []

    def visit_Module(self, node: ast.Module) -> None:
        self._scoped(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._scoped(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._scoped(node)

    def _scoped(self, node: ast.AST) -> None:
        self._scopes.append(node)
        self.generic_visit(node)
        self._scopes.pop()

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if _is_env(node.value):
            self._key(node.slice, node.lineno, "env[...]")
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for operator, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(operator, ast.In | ast.NotIn) and _is_env(right):
                self._key(node.left, node.lineno, "'...' in env")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        name = _call_name(func)
        if name in _GETENV and node.args:
            self._key(node.args[0], node.lineno, f"{name}()")
        elif (
            isinstance(func, ast.Attribute) and name in _ENV_METHODS and _is_env(func.value)
        ) and node.args:
            self._key(node.args[0], node.lineno, f"env.{name}()")
        elif "env" in name.lower() or any(_is_env(argument) for argument in arguments):
            for argument in arguments:
                if not _is_env(argument):
                    for constant in self._constants(argument):
                        self.found.append((constant, node.lineno, f"{name or 'call'}(env, ...)"))
        self.generic_visit(node)

    def _key(self, node: ast.expr, line: int, how: str) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if ENV_NAME.match(node.value):
                self.found.append((node.value, line, how))
        elif isinstance(node, ast.Name):
            for constant in self._resolve(node.id):
                self.found.append((constant, line, how))

    def _constants(self, node: ast.expr) -> Iterator[str]:
        for child in ast.walk(node):
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                if ENV_NAME.match(child.value):
                    yield child.value
            elif isinstance(child, ast.Name) and child is node:
                yield from self._resolve(child.id)

    def _resolve(self, name: str) -> Iterator[str]:
        """The string literals a local name is bound to in the innermost enclosing scope."""
        scope = self._scopes[-1] if self._scopes else None
        if scope is None:
            return
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets
            ):
                yield from _literal_strings(node.value)
            elif isinstance(node, ast.For | ast.comprehension):
                yield from _loop_strings(node.target, node.iter, name)


def _literal_strings(node: ast.expr) -> Iterator[str]:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and ENV_NAME.match(node.value)
    ):
        yield node.value


def _loop_strings(target: ast.expr, iterable: ast.expr, name: str) -> Iterator[str]:
    if not isinstance(iterable, ast.Tuple | ast.List | ast.Set):
        return
    if isinstance(target, ast.Name) and target.id == name:
        for element in iterable.elts:
            yield from _literal_strings(element)
    elif isinstance(target, ast.Tuple):
        for position, part in enumerate(target.elts):
            if isinstance(part, ast.Name) and part.id == name:
                for element in iterable.elts:
                    if isinstance(element, ast.Tuple) and position < len(element.elts):
                        yield from _literal_strings(element.elts[position])


def _source_files(root: Path, pattern: str) -> list[Path]:
    return sorted(path for path in root.glob(f"packages/*/src/**/{pattern}") if path.is_file())


def _module_name(path: Path) -> str | None:
    parts = path.parts
    if "src" not in parts:
        return None
    inner = list(parts[len(parts) - parts[::-1].index("src") :])
    inner[-1] = inner[-1].removesuffix(".py")
    if inner[-1] == "__init__":
        inner.pop()
    return ".".join(inner) or None


def _declares_registry(tree: ast.Module) -> int | None:
    for statement in tree.body:
        targets: Sequence[ast.expr] = ()
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign):
            targets = (statement.target,)
        if any(isinstance(t, ast.Name) and t.id == "ENV_VARIABLES" for t in targets):
            return statement.lineno
    return None


def code_variables(root: Path, python: str = sys.executable) -> CodeVariables:
    """Every environment variable the sources under ``root/packages`` read or declare."""
    found = CodeVariables(reads={}, defaults={}, problems=[])

    def add(name: str, location: Location) -> None:
        found.reads.setdefault(name, []).append(location)

    registries: dict[str, Location] = {}
    for path in _source_files(root, "*.py"):
        relative = path.relative_to(root).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            found.problems.append(Problem(relative, exc.lineno or 1, f"cannot parse: {exc.msg}"))
            continue
        reads = _Reads()
        reads.visit(tree)
        for name, line, how in reads.found:
            add(name, Location(relative, line, how))
        declared = _declares_registry(tree)
        module = _module_name(path.relative_to(root))
        if declared is not None and module is not None:
            registries[module] = Location(relative, declared, "ENV_VARIABLES")
    toml_defaults: dict[str, set[str | None]] = {}
    for path in _source_files(root, "*.toml"):
        relative = path.relative_to(root).as_posix()
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text.lstrip().startswith("#"):
                continue
            for match in _TOML_REFERENCE.finditer(text):
                add(match["name"], Location(relative, number, "${...} in a policy file"))
                default = _placeholder_default(text, match.end()) if match["default"] else None
                toml_defaults.setdefault(match["name"], set()).add(default)
    # A default given the same way everywhere a policy file names the variable is checked.
    for name, defaults in toml_defaults.items():
        found.defaults[name] = next(iter(defaults)) if len(defaults) == 1 else None
    _read_registries(root, python, registries, found)
    return found


def _placeholder_default(text: str, start: int) -> str | None:
    """The default of ``${NAME:-default}`` starting at ``start``; None if it holds a placeholder."""
    depth = 1
    for index in range(start, len(text)):
        if text.startswith("${", index):
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                default = text[start:index]
                return None if "${" in default else default
    return None


def _read_registries(
    root: Path, python: str, registries: dict[str, Location], found: CodeVariables
) -> None:
    if not registries:
        return
    sources = [str(path) for path in sorted(root.glob("packages/*/src")) if path.is_dir()]
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [*sources, *filter(None, [environment.get("PYTHONPATH")])]
    )
    modules = sorted(registries)
    result = subprocess.run(  # noqa: S603 - our own interpreter on the repository's modules
        [python, "-c", _REGISTRY_SCRIPT, *modules],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        first = registries[modules[0]]
        tail = "\n".join(result.stderr.splitlines()[-15:])
        found.problems.append(
            Problem(first.path, first.line, "could not read ENV_VARIABLES", detail=tail)
        )
        return
    answers: dict[str, dict[str, object]] = json.loads(result.stdout)
    for module, answer in answers.items():
        where = registries[module]
        if "error" in answer:
            found.problems.append(
                Problem(
                    where.path, where.line, f"cannot read {module}.ENV_VARIABLES: {answer['error']}"
                )
            )
            continue
        variables = answer.get("variables")
        for name, default in (variables if isinstance(variables, dict) else {}).items():
            found.reads.setdefault(name, []).append(where)
            found.defaults[name] = default if isinstance(default, str) else None


def _is_variable_table(table: Table) -> bool:
    return bool(table.header) and plain_cell(table.header[0]).lower() == "variable"


def documented_variables(
    documents: Sequence[Document],
) -> tuple[list[DocumentedVariable], list[Problem]]:
    """Every row of every environment-variable table, and rows that name no variable."""
    rows: list[DocumentedVariable] = []
    problems: list[Problem] = []
    for document in documents:
        for table in filter(_is_variable_table, document.tables):
            headers = [plain_cell(cell).lower() for cell in table.header]
            default_column = headers.index("default") if "default" in headers else None
            for row in table.rows:
                first = row.cells[0] if row.cells else ""
                names = [n for n in _BACKTICKED.findall(first) if ENV_NAME.match(n)]
                if not names and ENV_NAME.match(plain_cell(first)):
                    names = [plain_cell(first)]
                if not names:
                    problems.append(
                        Problem(
                            document.relative,
                            row.line,
                            f"environment-variable table row names no variable: {first!r}",
                        )
                    )
                    continue
                default = None
                if default_column is not None and default_column < len(row.cells):
                    default = row.cells[default_column]
                rows.extend(
                    DocumentedVariable(name, document.relative, row.line, default) for name in names
                )
    return rows, problems


def _documents_default(cell: str, expected: str) -> bool:
    return expected in _BACKTICKED.findall(cell) or plain_cell(cell) == expected


def check_env_vars(documents: Sequence[Document], code: CodeVariables) -> list[Problem]:
    """Every variable read is documented, every documented one is read, defaults agree."""
    documented, problems = documented_variables(documents)
    problems += code.problems
    documented_names = {row.name for row in documented}
    for name, locations in sorted(code.reads.items()):
        if name not in documented_names:
            where = locations[0]
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    f"environment variable {name} is read here ({where.how}) but no "
                    "environment-variable table in the docs documents it",
                )
            )
    for row in documented:
        if row.name not in code.reads:
            problems.append(
                Problem(
                    row.path,
                    row.line,
                    f"environment variable {row.name} is documented but no code reads it",
                )
            )
            continue
        expected = code.defaults.get(row.name)
        if (
            row.default is not None
            and expected
            and not expected.startswith("(")
            and " " not in expected
            and not _documents_default(row.default, expected)
        ):
            problems.append(
                Problem(
                    row.path,
                    row.line,
                    f"environment variable {row.name}: documented default {plain_cell(row.default)!r} "
                    f"but the code's default is {expected!r}",
                )
            )
    return problems
