"""Shared fixtures: a tiny golden directory, hand-built cases and decisions, a fake policy.

The tiny golden directory uses the repository's real ``golden/case.schema.json`` (so the
tests check the schema the dataset is written against) and contexts of its own (so edits to
the real contexts cannot break these tests).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from policy_core import CommandDTO, DecisionDTO, parse_command, validate_decision
from policy_eval import Comparer, GoldenCase, NameNormaliser
from policy_eval._cases import expectation_from_json

REPO_ROOT = next(
    parent
    for parent in Path(__file__).resolve().parents
    if (parent / "golden" / "case.schema.json").is_file()
)
REAL_GOLDEN = REPO_ROOT / "golden"

CONTEXTS: dict[str, Any] = {
    "home_ru": {
        "description": "Tiny Russian household for tests.",
        "user_id": "u-anna",
        "timestamp": "2026-03-04T10:00:00+03:00",
        "context": {
            "household": {
                "members": [
                    {"user_id": "u-anna", "display_name": "Анна"},
                    {"user_id": "u-petya", "display_name": "Петя"},
                ],
                "shopping_lists": [{"list_id": "l-products", "name": "Продукты"}],
            }
        },
    },
    "home_en": {
        "user_id": "u-emma",
        "timestamp": "2026-03-04T18:30:00-05:00",
        "context": {
            "household": {
                "members": [
                    {"user_id": "u-emma", "display_name": "Emma"},
                    {"user_id": "u-tom", "display_name": "Tom"},
                ],
                "zones": [{"zone_id": "z-kitchen", "name": "Kitchen"}],
            }
        },
    },
}

# Cases whose expectations hold for any reasonable policy, plus one no policy can meet (a
# blank text can never be a task), so the CLI tests can force a regression.
TINY_CASES: list[dict[str, Any]] = [
    {
        "id": "en-weather",
        "lang": "en",
        "difficulty": "easy",
        "tags": ["unknown"],
        "text": "What's the weather like?",
        "context": "home_en",
        "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"},
    },
    {
        "id": "ru-blank",
        "lang": "ru",
        "difficulty": "easy",
        "tags": ["blank"],
        "text": "   ",
        "context": "home_ru",
        "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"},
    },
    {
        "id": "en-unmeetable",
        "lang": "en",
        "difficulty": "hard",
        "tags": ["unmeetable"],
        "notes": "Deliberately unmeetable: a blank text is never a task.",
        "text": "",
        "context": "home_en",
        "expected": {"intent": "create_task", "outcome": "execute", "action": "start_job"},
    },
]


def write_lines(path: Path, lines: Iterable[Mapping[str, Any] | str]) -> Path:
    """Write JSONL: dicts are dumped, strings written as they are (to plant broken lines)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(
        (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
        for line in lines
    )
    path.write_text(text, encoding="utf-8")
    return path


def make_golden(
    root: Path,
    cases: Iterable[Mapping[str, Any] | str] = TINY_CASES,
    sealed: Iterable[Mapping[str, Any] | str] = (),
) -> Path:
    """A golden directory at ``root``: the real case schema, test contexts, one case file
    and, when ``sealed`` holds cases, a sealed half (``sealed/held.jsonl``)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "case.schema.json").write_bytes((REAL_GOLDEN / "case.schema.json").read_bytes())
    (root / "contexts.json").write_text(
        json.dumps(CONTEXTS, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    write_lines(root / "cases" / "tiny.jsonl", cases)
    held = list(sealed)
    if held:
        write_lines(root / "sealed" / "held.jsonl", held)
    return root


@pytest.fixture
def tiny_golden(tmp_path: Path) -> Path:
    return make_golden(tmp_path / "golden")


@pytest.fixture(scope="session")
def comparer() -> Comparer:
    return Comparer(NameNormaliser())


def _command(case_id: str, text: str) -> CommandDTO:
    return parse_command(
        {
            "command_id": case_id,
            "user_id": "u-emma",
            "text": text,
            "timestamp": "2026-03-04T18:30:00-05:00",
            "capabilities": ["start_job", "clarify", "reject"],
            "context": CONTEXTS["home_en"]["context"],
        }
    )


def build_case(
    expected: Mapping[str, Any],
    *,
    case_id: str = "c1",
    text: str = "text",
    lang: str = "en",
    difficulty: str = "easy",
    tags: tuple[str, ...] = (),
) -> GoldenCase:
    return GoldenCase(
        id=case_id,
        lang=lang,
        difficulty=difficulty,
        tags=tags,
        notes="",
        command=_command(case_id, text),
        expected=expectation_from_json(expected),
        source="cases/test.jsonl",
        line=1,
    )


_SHAPES = {
    "start_job": ("execute", "ok"),
    "propose_create_task": ("execute", "ok"),
    "propose_add_shopping_item": ("execute", "ok"),
    "clarify": ("clarify", "clarify"),
    "reject": ("reject", "error"),
    "confirm": ("confirm", "ok"),
}


def build_decision(action: str, payload: Mapping[str, Any], command_id: str = "c1") -> DecisionDTO:
    outcome, status = _SHAPES[action]
    return validate_decision(
        {
            "decision_id": f"d-{command_id}",
            "command_id": command_id,
            "status": status,
            "action": action,
            "decision_outcome": outcome,
            "confidence": 0.9,
            "payload": dict(payload),
            "explanation": "test",
            "trace_id": f"t-{command_id}",
            "schema_version": "2.1.0",
            "decision_version": "test/1",
            "created_at": "2026-03-04T18:30:00-05:00",
        }
    )


def shopping_job(*items: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "job_id": "j1",
        "job_type": "add_shopping_item",
        "proposed_actions": [
            {"action": "propose_add_shopping_item", "payload": {"item": dict(item)}}
            for item in items
        ],
    }


def task_job(**task: Any) -> dict[str, Any]:
    return {
        "job_id": "j1",
        "job_type": "create_task",
        "proposed_actions": [{"action": "propose_create_task", "payload": {"task": task}}],
    }


@dataclass
class ScriptedPolicy:
    """A test double of the Policy seam: answers from a script keyed by command_id, raising
    the scripted exception where the script holds one."""

    name: str = "scripted"
    version: str = "0.0.1"
    concurrent: bool = False
    script: Mapping[str, DecisionDTO | Exception] = field(default_factory=dict)
    fallback: Callable[[CommandDTO], DecisionDTO] | None = None

    def decide(self, command: CommandDTO) -> DecisionDTO:
        answer = self.script.get(command.command_id)
        if isinstance(answer, Exception):
            raise answer
        if answer is not None:
            return answer
        if self.fallback is None:
            raise LookupError(command.command_id)
        return self.fallback(command)


def clarify_everything(command: CommandDTO) -> DecisionDTO:
    return build_decision(
        "clarify", {"question": "?", "missing_fields": ["intent"]}, command.command_id
    )


@dataclass(frozen=True)
class Kit:
    """The helpers above, handed to tests as one fixture (test modules cannot import
    conftest under ``--import-mode=importlib``)."""

    real_golden: Path = REAL_GOLDEN
    tiny_cases: tuple[dict[str, Any], ...] = tuple(TINY_CASES)
    contexts: Mapping[str, Any] = field(default_factory=lambda: CONTEXTS)
    case: Callable[..., GoldenCase] = build_case
    decision: Callable[..., DecisionDTO] = build_decision
    shopping_job: Callable[..., dict[str, Any]] = shopping_job
    task_job: Callable[..., dict[str, Any]] = task_job
    make_golden: Callable[..., Path] = make_golden
    write_lines: Callable[..., Path] = write_lines
    scripted: type[ScriptedPolicy] = ScriptedPolicy
    clarify_everything: Callable[[CommandDTO], DecisionDTO] = clarify_everything


@pytest.fixture(scope="session")
def kit() -> Kit:
    return Kit()


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    # Run inside CI, the tests must not write the job's summary nor print its annotations.
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_SHA"):
        monkeypatch.delenv(name, raising=False)
