"""Run by test_hub.py in its own process: emit into a directory this process cannot write.

Tests run as root, which ignores permission bits; so the child drops to the ``nobody`` user
before it touches the directory, and the kernel really answers EACCES. Everything is imported
first: the interpreter itself may live where ``nobody`` cannot read. Prints one JSON line.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from policy_observability import LogHub, LogType, ObservabilitySettings, example_record

NOBODY = 65534


def main() -> None:
    """Emit three records into argv[1] and report what happened."""
    directory = Path(sys.argv[1])
    records = [example_record(LogType.DECISION), example_record(LogType.ASSIST)]
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    warnings: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warnings.append(record.getMessage())

    logging.getLogger("policy_observability").addHandler(Collect(logging.WARNING))

    settings = ObservabilitySettings(
        enabled=frozenset({LogType.DECISION, LogType.ASSIST}),
        log_dir=directory,
        paths={LogType.ASSIST: Path("nested/assist.jsonl")},  # a directory it cannot create
        retry_seconds=0,
    )
    with LogHub(settings) as hub:
        for _ in range(3):
            for record in records:
                hub.emit(record)
        failures = {kind.value: count for kind, count in hub.failures.items()}
    report = {
        "uid": os.geteuid(),
        "writable": os.access(directory, os.W_OK),
        "failures": failures,
        "warnings": warnings,
        "files": sorted(os.listdir(directory)),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
