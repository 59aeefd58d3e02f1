"""Many processes and threads appending to one file: every record once, none torn, none lost."""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

import pytest

PROCESSES = 8
THREADS = 4
PER_THREAD = 5_000
WORKER = Path(__file__).with_name("concurrent_writer.py")


def _run_writers(log_dir: Path, *, max_bytes: int, backups: int) -> None:
    args = [str(log_dir), "", str(THREADS), str(PER_THREAD), str(max_bytes), str(backups)]
    children = []
    for process in range(PROCESSES):
        args[1] = str(process)
        children.append(
            subprocess.Popen([sys.executable, str(WORKER), *args], stderr=subprocess.PIPE)
        )
    for child in children:
        _, err = child.communicate(timeout=240)
        assert child.returncode == 0, err.decode()


def _check_every_record_once(files: list[Path]) -> None:
    seen: collections.Counter[str] = collections.Counter()
    for path in files:
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), f"{path} ends in a partial line"
        for line in data.splitlines():
            record = json.loads(line)  # a torn or interleaved line would not parse
            assert record["log_type"] == "pipeline_latency"
            assert record["trace_id"] == "trace-" + record["command_id"][1:].replace("-t", "-", 1)
            seen[record["command_id"]] += 1
    expected = {
        f"p{p}-t{t}-{s}"
        for p in range(PROCESSES)
        for t in range(THREADS)
        for s in range(PER_THREAD)
    }
    assert len(seen) == len(expected) == PROCESSES * THREADS * PER_THREAD
    assert set(seen) == expected, "records lost"
    duplicated = [key for key, count in seen.items() if count != 1]
    assert duplicated == [], "records written twice"


@pytest.mark.slow
def test_processes_and_threads_share_one_file_without_rotation(tmp_path: Path) -> None:
    _run_writers(tmp_path, max_bytes=0, backups=0)
    files = sorted(tmp_path.glob("pipeline_latency.jsonl*"))
    assert [f.name for f in files] == ["pipeline_latency.jsonl"]
    _check_every_record_once(files)


@pytest.mark.slow
def test_no_record_is_lost_across_rotations_by_many_processes(tmp_path: Path) -> None:
    max_bytes = 512 * 1024
    _run_writers(tmp_path, max_bytes=max_bytes, backups=10_000)
    files = sorted(
        p for p in tmp_path.glob("pipeline_latency.jsonl*") if not p.name.endswith(".lock")
    )
    assert len(files) > 50, "the test should rotate many times"
    _check_every_record_once(files)
    # Files are cut near the limit. (While one process rotates, the others do not wait for the
    # lock: they keep appending, so a file can pass the limit; it is never lost.)
    sizes = sorted(f.stat().st_size for f in files)
    assert sizes[len(sizes) // 2] < max_bytes * 2, sizes
