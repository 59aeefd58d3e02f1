"""Everything ``policy-eval run`` leaves behind, written in one place and one order.

Into the report directory: ``report.json``, ``report.md``, ``report.html`` and ``junit.xml``
(mode 0600: they quote case texts and decisions). Then one line appended to the history file
(``history.jsonl`` in the report directory unless told otherwise; the HTML report's trend
reads the earlier lines first), and in GitHub Actions the job summary
(``GITHUB_STEP_SUMMARY``). The annotations are returned for the command line to print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from policy_eval._baseline import PRIVATE_MODE, write_text
from policy_eval._github import workflow_commands, write_job_summary
from policy_eval._history import append_history, history_entry, read_history
from policy_eval._junit import render_junit
from policy_eval._report import ReportPaths, write_reports

__all__ = ["HISTORY_FILE", "JUNIT_FILE", "OUTPUT_FILES", "Written", "write_outputs"]

HISTORY_FILE: Final = "history.jsonl"
JUNIT_FILE: Final = "junit.xml"
# What one run writes into the report directory (removed when a dataset is invalid).
OUTPUT_FILES: Final = ("report.json", "report.md", "report.html", JUNIT_FILE)


@dataclass(frozen=True, slots=True)
class Written:
    """Where a run's outputs went; ``history`` and ``summary`` are None when not written."""

    reports: ReportPaths
    junit: Path
    history: Path | None
    summary: Path | None
    annotations: tuple[str, ...]


def write_outputs(
    report: Mapping[str, Any],
    directory: str | Path,
    *,
    history: Path | None,
    environ: Mapping[str, str],
) -> Written:
    """Write the reports, the JUnit XML, the history line and the job summary of a run."""
    folder = Path(directory)
    entry = history_entry(report)
    earlier = read_history(history) if history is not None else []
    paths = write_reports(report, folder, history=[*earlier, entry])
    junit = folder / JUNIT_FILE
    write_text(junit, render_junit(report), mode=PRIVATE_MODE)
    if history is not None:
        append_history(history, entry)
    summary = write_job_summary(environ, report)
    return Written(paths, junit, history, summary, tuple(workflow_commands(environ, report)))
