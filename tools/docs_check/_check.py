"""Running the checks over a repository root and collecting what they found."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tools.docs_check._envvars import check_env_vars, code_variables, documented_variables
from tools.docs_check._links import check_links
from tools.docs_check._markdown import doc_files, parse_markdown
from tools.docs_check._problems import Problem
from tools.docs_check._runnable import RunSummary, check_runnable
from tools.docs_check._schemas import check_schemas

__all__ = ["CHECKS", "Report", "run_checks"]

CHECKS = ("env", "schemas", "links", "runnable")


@dataclass(slots=True)
class Report:
    """The problems found (sorted by file and line) and one line of figures per check."""

    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run_checks(
    root: Path, checks: Iterable[str] = CHECKS, *, python: str = sys.executable
) -> Report:
    """Run the named checks over the repository at ``root``.

    ``python`` is the interpreter that imports the packages (to read ``ENV_VARIABLES``) and
    runs the Python examples; its ``bin`` folder goes first on the examples' ``PATH``.
    """
    wanted = set(checks)
    unknown = wanted - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(sorted(unknown))}")
    report = Report()
    documents = [parse_markdown(path, root) for path in doc_files(root)]
    code = code_variables(root, python) if wanted & {"env", "runnable"} else None
    if "env" in wanted and code is not None:
        report.problems += check_env_vars(documents, code)
        rows, _ = documented_variables(documents)
        report.notes.append(
            f"env: {len(code.reads)} variables read by the code; "
            f"{len(rows)} rows in environment-variable tables"
        )
    if "schemas" in wanted:
        report.problems += check_schemas(documents)
        report.notes.append("schemas: log schema tables and example records compared")
    if "links" in wanted:
        report.problems += check_links(root, documents)
        count = sum(len(document.links) for document in documents)
        report.notes.append(f"links: {count} links in {len(documents)} Markdown files")
    if "runnable" in wanted:
        summary = RunSummary()
        started = time.monotonic()
        report.problems += check_runnable(
            root,
            documents,
            python=python,
            scrub=frozenset(code.reads) if code is not None else frozenset(),
            summary=summary,
        )
        report.notes.append(
            f"runnable: {summary.blocks} blocks run in {time.monotonic() - started:.1f} s"
        )
    report.problems.sort()
    return report
