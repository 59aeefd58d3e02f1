"""``aggregate_paths``: the log files under some paths, summarised into the report.

The work is ``Aggregator``'s (``_aggregator``), imported when a summary is asked for: it
decodes with msgspec, which a process that only emits records never needs to load.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from policy_observability._reading import discover_files, iter_blocks
from policy_observability._report import build_report
from policy_observability._types import LogType

__all__ = ["aggregate_paths"]


def aggregate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    types: Iterable[LogType | str] | None = None,
    on_malformed: Callable[[str, int, str], None] | None = None,
    on_unreadable: Callable[[str, int, str], None] | None = None,
) -> dict[str, Any]:
    """Summarise the log files under ``paths`` (files or directories, plain or gzipped).

    ``on_malformed(path, line_number, reason)`` hears about every skipped line and
    ``on_unreadable(path, line_number, reason)`` about files that could not be read to the
    end. Returns the report that ``policy-obs aggregate --format json`` prints. Raises
    ``AggregationInputError`` when a path does not exist.
    """
    from policy_observability._aggregator import Aggregator  # noqa: PLC0415 (see the docstring)

    aggregator = Aggregator(since=since, until=until, types=types)
    files = discover_files(paths)
    unreadable: list[dict[str, Any]] = []

    def unreadable_file(path: str, line: int, reason: str) -> None:
        unreadable.append({"path": path, "line": line, "reason": reason})
        if on_unreadable is not None:
            on_unreadable(path, line, reason)

    for path in files:
        report_line = None
        if on_malformed is not None:
            report_line = functools.partial(on_malformed, path)
        number = 1
        for block in iter_blocks(path, unreadable_file):
            aggregator.feed_block(block, number, report_line)
            number += len(block)
    return build_report(aggregator, files=files, unreadable=unreadable)
