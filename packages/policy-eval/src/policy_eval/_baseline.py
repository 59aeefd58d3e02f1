"""The committed baseline: the quality figures a run is gated against.

A baseline document holds, per policy, every metric except latency (latency depends on the
machine, so it would make the committed file change on every run) and the ids of the cases
that failed with the fields they failed on, so a reviewer of a baseline diff sees exactly
which cases flipped. A full JSON report is accepted as a baseline too.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from policy_eval._evaluate import Evaluation
from policy_eval._jsonschema import schema_problems
from policy_eval._schemas import eval_schema_validator
from policy_eval.exceptions import BaselineError

__all__ = [
    "BASELINE_DIGITS",
    "BASELINE_KIND",
    "PRIVATE_MODE",
    "PUBLIC_MODE",
    "REPORT_KIND",
    "Baseline",
    "BaselinePolicy",
    "baseline_document",
    "load_baseline",
    "rounded",
    "write_json",
    "write_text",
]

BASELINE_KIND: Final = "policy-eval-baseline"
REPORT_KIND: Final = "policy-eval-report"
BASELINE_DIGITS: Final = 6


@dataclass(frozen=True, slots=True)
class BaselinePolicy:
    """One policy's figures in a baseline."""

    name: str
    version: str
    metrics: Mapping[str, float | None]
    failing_cases: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Baseline:
    """A loaded baseline (from a baseline document or a full report)."""

    path: str
    cases: int
    digest: str
    policies: tuple[BaselinePolicy, ...]

    def policy(self, name: str) -> BaselinePolicy | None:
        return next((p for p in self.policies if p.name == name), None)


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, BASELINE_DIGITS)


def baseline_document(evaluation: Evaluation) -> dict[str, Any]:
    """The baseline document of an evaluation (stable: same run, same bytes)."""
    policies = []
    for result in evaluation.results:
        metrics = {
            name: rounded(value)
            for name, value in result.metrics.items()
            if not name.startswith("latency_")
        }
        failing = {check.run.case.id: list(check.failed) for check in result.open_failures}
        policies.append(
            {
                "name": result.name,
                "version": result.version,
                "metrics": metrics,
                "failing_cases": dict(sorted(failing.items())),
            }
        )
    return {
        "kind": BASELINE_KIND,
        "baseline_version": 1,
        "dataset": {
            "cases": len(evaluation.dataset.cases),
            "digest": evaluation.dataset.digest,
        },
        "policies": policies,
    }


PUBLIC_MODE: Final = 0o666  # less the umask: the baseline and the history hold no user text
PRIVATE_MODE: Final = 0o600  # reports quote case texts and decisions: the owner alone reads them


def write_text(path: str | Path, text: str, *, mode: int = PUBLIC_MODE) -> None:
    """Write a text file atomically (a temporary file beside it, then ``os.replace``).

    The file is created with ``mode`` (less the umask) and keeps it: a private report is
    never readable by others, not even for a moment.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json(path: str | Path, document: Mapping[str, Any], *, mode: int = PUBLIC_MODE) -> None:
    """Write a JSON document atomically (see :func:`write_text`)."""
    write_text(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n", mode=mode)


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline document or a full report; ``BaselineError`` otherwise."""
    shown = str(path)
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            shown,
            "no such file; create it with `policy-eval run --golden golden "
            f"--policy deterministic --write-baseline {shown}`, review it and commit it",
        ) from None
    except OSError as exc:
        raise BaselineError(shown, f"cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise BaselineError(shown, f"not valid JSON: {exc}") from exc
    kind = doc.get("kind") if isinstance(doc, dict) else None
    if kind not in (BASELINE_KIND, REPORT_KIND):
        raise BaselineError(shown, f"not a baseline or report (kind {kind!r})")
    schema = "baseline" if kind == BASELINE_KIND else "report"
    problems = schema_problems(eval_schema_validator(schema), doc)
    if problems:
        pointer, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BaselineError(shown, f"invalid {schema}: {pointer}: {message}{more}")
    policies = []
    for entry in doc["policies"]:
        if kind == BASELINE_KIND:
            failing = {case: tuple(fields) for case, fields in entry["failing_cases"].items()}
        else:
            failing = {f["id"]: tuple(f["failed"]) for f in entry["failures"]}
        policies.append(BaselinePolicy(entry["name"], entry["version"], entry["metrics"], failing))
    return Baseline(shown, doc["dataset"]["cases"], doc["dataset"]["digest"], tuple(policies))
