"""Loading and validating a golden directory: every problem reported with file, line and field.

A golden directory holds ``case.schema.json``, ``contexts.json`` (named household contexts)
and ``cases/*.jsonl`` (one case per line; blank lines are ignored), plus an optional
``sealed/*.jsonl`` of the same form: the held-back half, loaded with ``sealed=True`` so a run
can report on it apart (``Dataset.split``) and calibration never fits on it. A case is valid when it
passes the case schema (formats enforced), names a known context, has an id used nowhere
else, states an outcome that goes with its action, and builds a command that
``policy_core.parse_command`` accepts. Validation never stops at the first problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policy_core import CAPABILITIES, CommandDTO, CommandValidationError, parse_command
from policy_eval._cases import ACTION_OUTCOMES, Dataset, GoldenCase, expectation_from_json
from policy_eval._contexts import HouseholdContext, load_contexts
from policy_eval._jsonschema import compile_validator, schema_problems
from policy_eval.exceptions import DatasetError, DatasetIssue

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["ALL_CAPABILITIES", "GoldenCheck", "check_golden", "load_golden"]

ALL_CAPABILITIES = CAPABILITIES  # a case's default: every capability
_ONE_OF = "a case gives either `text` and `context`, or a full `command` (not both)"
# Fields a text + context case sets directly: a command violation there points at the case.
_OVERLAY = ("text", "capabilities", "user_id", "timestamp")


@dataclass(frozen=True, slots=True)
class GoldenCheck:
    """The outcome of checking a golden directory: the valid cases and every issue found."""

    dataset: Dataset
    issues: tuple[DatasetIssue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


def load_golden(root: str | Path) -> Dataset:
    """Load a golden directory; raise ``DatasetError`` listing every issue if any case is bad."""
    check = check_golden(root)
    if check.issues:
        raise DatasetError(check.issues)
    return check.dataset


def check_golden(root: str | Path) -> GoldenCheck:
    """Validate a golden directory without raising: valid cases plus every issue found."""
    return _Loader(Path(root)).run()


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.issues: list[DatasetIssue] = []
        self.cases: list[GoldenCase] = []
        self.first_seen: dict[str, str] = {}
        self.digest = hashlib.sha256()

    def issue(self, path: Path | str, line: int | None, field: str, problem: str) -> None:
        self.issues.append(DatasetIssue(str(path), line, field, problem))

    def run(self) -> GoldenCheck:
        files: list[str] = []
        validator = self._case_validator()
        contexts, context_issues = load_contexts(self.root / "contexts.json")
        self.issues.extend(context_issues)
        case_dir = self.root / "cases"
        paths = sorted(case_dir.glob("*.jsonl")) if case_dir.is_dir() else []
        if not paths:
            self.issue(case_dir, None, "/", "no case files (*.jsonl) found")
        sealed_dir = self.root / "sealed"
        sealed = sorted(sealed_dir.glob("*.jsonl")) if sealed_dir.is_dir() else []
        for path in [*paths, *sealed]:
            files.append(path.relative_to(self.root).as_posix())
            raw = path.read_bytes()
            self.digest.update(f"{files[-1]}\0{len(raw)}\0".encode())
            self.digest.update(raw)
            if validator is not None:
                self._load_file(path, raw, validator, contexts, sealed=path.parent == sealed_dir)
        if paths and not self.cases and not self.issues:
            self.issue(case_dir, None, "/", "the case files hold no cases")
        contexts_file = self.root / "contexts.json"
        if contexts_file.is_file():
            self.digest.update(contexts_file.read_bytes())
        dataset = Dataset(
            root=str(self.root),
            cases=tuple(self.cases),
            files=tuple(files),
            digest=f"sha256:{self.digest.hexdigest()}",
        )
        return GoldenCheck(dataset, tuple(self.issues))

    def _case_validator(self) -> Validator | None:
        path = self.root / "case.schema.json"
        try:
            schema = json.loads(path.read_text("utf-8"))
        except OSError as exc:
            self.issue(path, None, "/", f"cannot read the case schema: {exc.strerror or exc}")
            return None
        except ValueError as exc:
            self.issue(path, None, "/", f"not valid JSON: {exc}")
            return None
        return compile_validator(schema)

    def _load_file(
        self,
        path: Path,
        raw: bytes,
        validator: Validator,
        contexts: Mapping[str, HouseholdContext | None],
        *,
        sealed: bool,
    ) -> None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.issue(path, None, "/", f"not UTF-8: {exc.reason} at byte {exc.start}")
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                self._load_line(path, number, line, validator, contexts, sealed=sealed)

    def _load_line(
        self,
        path: Path,
        number: int,
        line: str,
        validator: Validator,
        contexts: Mapping[str, HouseholdContext | None],
        *,
        sealed: bool,
    ) -> None:
        try:
            doc = json.loads(line)
        except ValueError as exc:
            self.issue(path, number, "/", f"not valid JSON: {exc}")
            return
        if not isinstance(doc, dict):
            self.issue(path, number, "/", f"a case is a JSON object, got {type(doc).__name__}")
            return
        problems = schema_problems(validator, doc, one_of_message=_ONE_OF)
        for pointer, message in problems:
            self.issue(path, number, pointer, message)
        case_id = doc.get("id")
        if isinstance(case_id, str):
            where = f"{path}:{number}"
            first = self.first_seen.setdefault(case_id, where)
            if first != where:
                self.issue(path, number, "/id", f"duplicate id {case_id!r} (first at {first})")
                return
        if problems:
            return
        before = len(self.issues)
        self._check_expected(path, number, doc["expected"])
        command = self._build_command(path, number, doc, contexts)
        if command is None or len(self.issues) > before:
            return
        self.cases.append(
            GoldenCase(
                id=doc["id"],
                lang=doc["lang"],
                difficulty=doc["difficulty"],
                tags=tuple(doc["tags"]),
                notes=doc.get("notes", ""),
                command=command,
                expected=expectation_from_json(doc["expected"]),
                source=str(path),
                line=number,
                sealed=sealed,
            )
        )

    def _check_expected(self, path: Path, number: int, expected: Mapping[str, Any]) -> None:
        action, outcome = expected["action"], expected["outcome"]
        if ACTION_OUTCOMES[action] != outcome:
            self.issue(
                path,
                number,
                "/expected/outcome",
                f"{outcome!r} does not go with action {action!r} "
                f"(expected {ACTION_OUTCOMES[action]!r})",
            )
        if "reject_code" in expected and action != "reject":
            self.issue(path, number, "/expected/reject_code", "only a reject carries a code")
        if "missing_fields" in expected and action != "clarify":
            self.issue(
                path, number, "/expected/missing_fields", "only a clarify carries missing_fields"
            )

    def _build_command(
        self,
        path: Path,
        number: int,
        doc: Mapping[str, Any],
        contexts: Mapping[str, HouseholdContext | None],
    ) -> CommandDTO | None:
        case_id: str = doc["id"]
        if "command" in doc:
            command = dict(doc["command"])
            given = command.setdefault("command_id", case_id)
            if given != case_id:
                self.issue(
                    path,
                    number,
                    "/command/command_id",
                    f"must equal the case id {case_id!r} (or be left out)",
                )
                return None
        else:
            name = doc["context"]
            if name not in contexts:
                known = ", ".join(sorted(contexts)) or "none"
                self.issue(path, number, "/context", f"unknown context {name!r} (known: {known})")
                return None
            context = contexts[name]
            if context is None:  # the context itself is invalid, reported against contexts.json
                return None
            command = {
                "command_id": case_id,
                "user_id": context.user_id,
                "text": doc["text"],
                "timestamp": context.timestamp,
                "capabilities": list(ALL_CAPABILITIES),
                "context": context.context,
            }
        for name in _OVERLAY:
            if name in doc and name != "text":
                command[name] = doc[name]
        try:
            return parse_command(command)
        except CommandValidationError as exc:
            for violation in exc.violations:
                self.issue(path, number, _case_pointer(doc, violation.pointer), violation.message)
            return None


def _case_pointer(doc: Mapping[str, Any], pointer: str) -> str:
    """Where in the case a violation of the built command comes from."""
    if "command" in doc:
        return f"/command{pointer}"
    top = pointer.split("/")[1] if pointer.startswith("/") else ""
    if top in _OVERLAY:
        return pointer
    return f"/context ({doc['context']}){pointer or '/'}"
