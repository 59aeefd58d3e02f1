"""Run by test_writer.py in its own process: fill the file-size limit in the middle of a record.

``RLIMIT_FSIZE`` makes the kernel cut a write short at the limit and fail the next one with
EFBIG, exactly as a full disk does, without filling a disk. Python ignores SIGXFSZ, so the
process lives on. The limit is lowered for two records and raised again: the disk "recovers".
Prints one JSON line: the hub's failure count and the file's lines.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from policy_observability import (
    JsonlWriter,
    LogHub,
    LogType,
    ObservabilitySettings,
    example_record,
)


def main() -> None:
    """Emit five records into argv[1]; the second is cut short, the third finds no room."""
    path = Path(sys.argv[1])
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    writer = JsonlWriter(path, check_interval=3600)
    with LogHub(ObservabilitySettings(retry_seconds=0), sinks={LogType.DECISION: writer}) as hub:
        record = example_record(LogType.DECISION)
        hub.emit(record)
        size = path.stat().st_size
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + size // 2, hard))
        hub.emit(record)  # half of it fits: a short write, then EFBIG
        hub.emit(record)  # no room at all
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        hub.emit(record)
        hub.emit(record)
        failures = hub.failures[LogType.DECISION]
    lines = path.read_bytes().split(b"\n")
    print(json.dumps({"failures": failures, "lines": [line.decode() for line in lines]}))


if __name__ == "__main__":
    main()
