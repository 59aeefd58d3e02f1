"""``python -m tools.docs_check``: check the docs against the code; exit 1 on any problem.

::

    python -m tools.docs_check                       # every check, from the repository root
    python -m tools.docs_check --check env --check links
    python -m tools.docs_check --render-schema assist   # the guide's table for a log type
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tools.docs_check._check import CHECKS, run_checks

__all__ = ["main"]


def _render(log_type: str) -> int:
    from policy_observability import LogType, record_schema  # noqa: PLC0415
    from tools.docs_check._schemas import render_schema_table  # noqa: PLC0415

    names = [kind.value for kind in LogType] if log_type == "all" else [log_type]
    print("\n".join(render_schema_table(name, record_schema(name)) for name in names), end="")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run docs-check; returns the exit status (0 clean, 1 problems found)."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.docs_check",
        description="Check that the documentation agrees with the code.",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    parser.add_argument(
        "--check",
        dest="checks",
        action="append",
        choices=CHECKS,
        help="run only this check (repeatable; default: all)",
    )
    parser.add_argument(
        "--render-schema",
        metavar="TYPE",
        help="print the schema table of a log type ('all' for every type) and exit",
    )
    args = parser.parse_args(argv)
    if args.render_schema:
        return _render(args.render_schema)
    report = run_checks(args.root.resolve(), args.checks or CHECKS)
    for problem in report.problems:
        print(problem)
    for note in report.notes:
        print(f"docs-check: {note}", file=sys.stderr)
    if report.problems:
        print(f"docs-check: {len(report.problems)} problem(s)", file=sys.stderr)
        return 1
    print("docs-check: ok", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
