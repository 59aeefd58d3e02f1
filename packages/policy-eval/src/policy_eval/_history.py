"""The history file: one JSON line per run, appended, so reports can plot the trend.

A line holds when the run finished, the commit it ran on, the dataset's digest and size,
which cases ran, the gate's verdict and each policy's metrics (no case, no text: the file
can be kept and shared freely)::

    {"time": "2026-03-04T10:00:00Z", "commit": "1291ccd…", "dataset": {"digest": "sha256:…",
     "cases": 2237}, "selection": {"split": "all", "filters": [], "limit": null},
     "gate": "passed", "policies": {"deterministic": {"version": "0.1.0", "metrics": {…}}}}

Lines are appended with one write each; a line that cannot be read (a run killed while
writing, a hand edit) is skipped when reading, never fatal.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from policy_eval._baseline import PUBLIC_MODE

__all__ = [
    "HISTORY_LIMIT",
    "append_history",
    "current_commit",
    "history_entry",
    "read_history",
    "run_stamp",
]

HISTORY_LIMIT: Final = 200  # the trend shows at most this many of the latest runs
_GIT_TIMEOUT_S: Final = 5


def current_commit(environ: Mapping[str, str], where: Path) -> str | None:
    """The commit being evaluated: ``GITHUB_SHA`` in GitHub Actions, else ``git rev-parse
    HEAD`` run in ``where``; ``None`` when neither answers (not a checkout, no git)."""
    stated = environ.get("GITHUB_SHA", "").strip()
    if stated:
        return stated
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607 - git from PATH, as a user runs it
            cwd=where,
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else None


def run_stamp(environ: Mapping[str, str], where: Path) -> dict[str, Any]:
    """The report's ``run`` object: the time now (UTC) and the commit."""
    now = datetime.now(UTC).replace(microsecond=0)
    return {
        "time": now.isoformat().replace("+00:00", "Z"),
        "commit": current_commit(environ, where),
    }


def history_entry(report: Mapping[str, Any]) -> dict[str, Any]:
    """The history line of a report document."""
    run = report.get("run") or {}
    gate = report.get("gate")
    return {
        "time": run.get("time"),
        "commit": run.get("commit"),
        "dataset": {"digest": report["dataset"]["digest"], "cases": report["dataset"]["cases"]},
        "selection": report.get("selection"),
        "gate": None if gate is None else ("passed" if gate["passed"] else "failed"),
        "policies": {
            policy["name"]: {"version": policy["version"], "metrics": policy["metrics"]}
            for policy in report["policies"]
        },
    }


def append_history(path: str | Path, entry: Mapping[str, Any]) -> None:
    """Append ``entry`` as one line (the file is created when missing)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PUBLIC_MODE)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)


def read_history(path: str | Path, limit: int = HISTORY_LIMIT) -> list[dict[str, Any]]:
    """The last ``limit`` readable lines of the history file, oldest first ([] if none)."""
    try:
        text = Path(path).read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("policies"), dict):
            entries.append(entry)
    return entries[-limit:] if limit > 0 else []
