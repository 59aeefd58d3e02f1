"""``policy-obs``: summarise observability logs for operators, and print record schemas.

::

    policy-obs aggregate PATH... [--since T] [--until T] [--type TYPE]... [--format table|json]
    policy-obs schema TYPE

Exit status: 0 with a report, 2 for a usage error (a bad option or timestamp, a missing path).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib.metadata import version
from typing import TextIO

from policy_observability._aggregate import aggregate_paths
from policy_observability._report import render_json, render_table
from policy_observability._schemas import record_schema
from policy_observability._types import LogType
from policy_observability.exceptions import AggregationInputError

__all__ = ["main"]

_TYPE_NAMES = [kind.value for kind in LogType]


def _moment(text: str) -> datetime:
    """An RFC 3339 date-time (``Z`` or an offset; none means UTC) or a date (midnight UTC)."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date-time such as 2026-03-14T09:00:00Z or a date such as 2026-03-14"
        ) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _types(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in _TYPE_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown log type {', '.join(unknown) or text!r}; choose from {', '.join(_TYPE_NAMES)}"
        )
    return names


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-obs", description="HomeTask policy observability logs: summaries and schemas."
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {version('policy-observability')}"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    agg = commands.add_parser(
        "aggregate",
        help="summarise JSONL logs (files, directories, rotated and gzipped files)",
        description="Summarise observability logs; rollout signals first. Directories are "
        "searched recursively for *.jsonl, rotated *.jsonl.N and gzipped *.jsonl*.gz files.",
    )
    agg.add_argument("paths", nargs="+", metavar="PATH", help="log file or directory")
    agg.add_argument("--since", type=_moment, help="keep records at or after this time")
    agg.add_argument("--until", type=_moment, help="keep records before this time")
    agg.add_argument(
        "--type",
        dest="types",
        action="append",
        type=_types,
        metavar="TYPE",
        help="only these log types (repeat or comma-separate)",
    )
    agg.add_argument("--format", choices=("table", "json"), default="table")
    agg.add_argument(
        "--max-warnings",
        type=int,
        default=20,
        metavar="N",
        help="print at most N malformed-line warnings (default 20); the total is always shown",
    )
    schema = commands.add_parser("schema", help="print the JSON Schema of a log type")
    schema.add_argument("log_type", choices=_TYPE_NAMES)
    return parser


class _Warnings:
    """Prints the first ``limit`` malformed-line warnings, counts the rest."""

    def __init__(self, stream: TextIO, limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.count = 0

    def malformed(self, path: str, line: int, reason: str) -> None:
        self.count += 1
        if self.count <= self.limit:
            print(f"{path}:{line}: malformed line skipped: {reason}", file=self.stream)

    def unreadable(self, path: str, line: int, reason: str) -> None:
        print(f"{path}:{line}: {reason}", file=self.stream)

    def close(self) -> None:
        if self.count > self.limit:
            hidden = self.count - self.limit
            print(
                f"... {hidden} more malformed {'line' if hidden == 1 else 'lines'} not shown "
                f"({self.count} malformed lines in all)",
                file=self.stream,
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``policy-obs``; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(record_schema(args.log_type), indent=2, ensure_ascii=False))
        return 0
    if args.since and args.until and args.since >= args.until:
        parser.error("--since must be earlier than --until")
    types = sorted({name for group in args.types for name in group}) if args.types else None
    warnings = _Warnings(sys.stderr, max(args.max_warnings, 0))
    try:
        report = aggregate_paths(
            args.paths,
            since=args.since,
            until=args.until,
            types=types,
            on_malformed=warnings.malformed,
            on_unreadable=warnings.unreadable,
        )
    except AggregationInputError as exc:
        print(f"policy-obs: {exc}", file=sys.stderr)
        return 2
    warnings.close()
    if report["inputs"]["files"] == 0:
        print("policy-obs: no log files found under the given paths", file=sys.stderr)
    text = render_json(report) + "\n" if args.format == "json" else render_table(report)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
