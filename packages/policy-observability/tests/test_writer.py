"""JsonlWriter on its own: whole lines, rotation and its edge cases, following moved files."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policy_observability import (
    JsonlWriter,
    LogHub,
    LogType,
    ObservabilitySettings,
    example_record,
    validate_record,
)


def _line(index: int, width: int = 40) -> bytes:
    return f'{{"n":{index},"pad":"{"x" * width}"}}\n'.encode()


def _numbers(path: Path) -> list[int]:
    return [json.loads(line)["n"] for line in path.read_bytes().splitlines()]


def test_each_line_is_one_os_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_write = os.write

    def spy(fd: int, data: bytes) -> int:
        calls.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spy)
    with JsonlWriter(tmp_path / "x.jsonl") as writer:
        writer.write(_line(1))
        writer.write(_line(2, width=5000))
    assert calls == [len(_line(1)), len(_line(2, width=5000))]
    assert _numbers(tmp_path / "x.jsonl") == [1, 2]


def test_a_short_write_is_finished_not_left_torn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    state = {"first": True}

    def short(fd: int, data: bytes | memoryview) -> int:
        if state["first"]:
            state["first"] = False
            return real_write(fd, bytes(data)[:7])
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", short)
    with JsonlWriter(tmp_path / "x.jsonl") as writer:
        writer.write(_line(1))
    assert _numbers(tmp_path / "x.jsonl") == [1]


def test_rotation_keeps_backup_count_files_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    size = len(_line(0))
    with JsonlWriter(path, max_bytes=size * 10, backup_count=3) as writer:
        for index in range(100):
            writer.write(_line(index))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["log.jsonl", "log.jsonl.1", "log.jsonl.2", "log.jsonl.3", "log.jsonl.lock"]
    # Files are cut right after the line that reaches max_bytes: ten lines each.
    assert _numbers(path) == []  # the 100th line filled a file, which then rotated
    assert _numbers(tmp_path / "log.jsonl.1") == list(range(90, 100))
    assert _numbers(tmp_path / "log.jsonl.2") == list(range(80, 90))
    assert _numbers(tmp_path / "log.jsonl.3") == list(range(70, 80))


def test_no_rotation_without_size_or_count(tmp_path: Path) -> None:
    for max_bytes, backups in [(0, 3), (100, 0)]:
        path = tmp_path / f"log-{max_bytes}-{backups}.jsonl"
        with JsonlWriter(path, max_bytes=max_bytes, backup_count=backups) as writer:
            for index in range(50):
                writer.write(_line(index))
        assert _numbers(path) == list(range(50))
    assert not list(tmp_path.glob("*.jsonl.*"))


def test_a_missing_backup_does_not_break_the_order(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    size = len(_line(0))
    with JsonlWriter(path, max_bytes=size * 2, backup_count=5) as writer:
        for index in range(6):  # three rotations: .1 = 4,5  .2 = 2,3  .3 = 0,1
            writer.write(_line(index))
        (tmp_path / "log.jsonl.2").unlink()
        for index in range(6, 8):
            writer.write(_line(index))
    assert _numbers(tmp_path / "log.jsonl.1") == [6, 7]
    assert _numbers(tmp_path / "log.jsonl.2") == [4, 5]
    assert _numbers(tmp_path / "log.jsonl.3") == [0, 1]  # left where it was: the gap is filled


def test_the_writer_follows_a_file_moved_away_by_another_tool(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    with JsonlWriter(path, max_bytes=10**6, backup_count=2, check_interval=0) as writer:
        writer.write(_line(1))
        path.rename(tmp_path / "archived.jsonl")
        writer.write(_line(2))  # noticed at this write: goes to a fresh log.jsonl
        path.unlink()
        writer.write(_line(3))
    assert _numbers(tmp_path / "archived.jsonl") == [1]
    assert _numbers(path) == [3]


def test_devices_are_written_but_never_rotated(tmp_path: Path) -> None:
    with JsonlWriter("/dev/null", max_bytes=1, backup_count=2) as writer:
        for index in range(5):
            writer.write(_line(index))
    assert not os.path.exists("/dev/null.1")


def test_a_rotation_that_fails_is_reported_once_and_writing_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "log.jsonl"
    (tmp_path / "log.jsonl.lock").mkdir()  # the lock file cannot be opened
    with JsonlWriter(path, max_bytes=len(_line(0)), backup_count=2, retry_seconds=0) as writer:
        for index in range(5):
            writer.write(_line(index))
    assert _numbers(path) == list(range(5))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "cannot rotate" in warnings[0].getMessage()


def test_write_after_close_is_refused(tmp_path: Path) -> None:
    writer = JsonlWriter(tmp_path / "x.jsonl")
    writer.write(_line(1))
    writer.close()
    with pytest.raises(ValueError, match="closed"):
        writer.write(_line(2))


def test_a_failed_write_is_retried_on_a_fresh_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "x.jsonl"
    with JsonlWriter(path) as writer:
        writer.write(_line(1))
        os.close(writer._fd)  # the descriptor goes bad under the writer
        with pytest.raises(OSError, match="Bad file descriptor"):
            writer.write(_line(2))
        writer.write(_line(3))
    assert _numbers(path) == [1, 3]


def test_a_write_cut_short_by_the_file_size_limit_never_corrupts_a_later_record(
    tmp_path: Path,
) -> None:
    # A real short write: RLIMIT_FSIZE in a child process (EFBIG, like a full disk's ENOSPC).
    path = tmp_path / "decision.jsonl"
    child = Path(__file__).with_name("fsize_child.py")
    done = subprocess.run(
        [sys.executable, str(child), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    *lines, last = report["lines"]
    assert last == ""  # the file ends in a newline
    parsed, torn = [], []
    for line in lines:
        try:
            document = json.loads(line)
        except ValueError:
            torn.append(line)
            continue
        assert validate_record(document) is LogType.DECISION
        parsed.append(document)
    # Five emitted: the first, fourth and fifth whole on disk; the two others counted as lost.
    assert len(parsed) == 3
    assert report["failures"] == 2
    assert len(torn) == 1  # the cut-short remainder stands alone on its own line
    assert json.loads(lines[0]) == parsed[0]  # nothing before it was touched


def _delete_and_block(directory: Path) -> None:
    shutil.rmtree(directory)
    directory.write_text("a file where the log directory was")


def test_a_deleted_log_directory_is_noticed_at_the_next_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "logs"
    path = directory / "decision.jsonl"
    caplog.set_level(logging.INFO, logger="policy_observability")
    # The periodic path check is an hour away: only a check at each write can notice.
    writer = JsonlWriter(path, check_interval=3600)
    with LogHub(ObservabilitySettings(retry_seconds=0), sinks={LogType.DECISION: writer}) as hub:
        hub.emit(example_record(LogType.DECISION))
        shutil.rmtree(directory)
        for _ in range(100):
            hub.emit(example_record(LogType.DECISION))
        assert hub.failures[LogType.DECISION] == 0
    assert len(path.read_bytes().splitlines()) == 100  # recreated, nothing went to the void
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "deleted" in warnings[0]
    assert str(path) in warnings[0]


def test_each_outage_of_a_deleted_directory_is_counted_and_warned(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "logs"
    path = directory / "decision.jsonl"
    caplog.set_level(logging.INFO, logger="policy_observability")
    writer = JsonlWriter(path, check_interval=3600)
    with LogHub(ObservabilitySettings(retry_seconds=0), sinks={LogType.DECISION: writer}) as hub:
        for outage in range(2):
            hub.emit(example_record(LogType.DECISION))
            _delete_and_block(directory)  # it cannot be recreated while a file is in the way
            for _ in range(3):
                hub.emit(example_record(LogType.DECISION))
            assert hub.failures[LogType.DECISION] == 3 * (outage + 1)
            directory.unlink()
            hub.emit(example_record(LogType.DECISION))  # recreated: the log works again
        assert hub.failures[LogType.DECISION] == 6
    assert len(path.read_bytes().splitlines()) == 1  # the record that found it working again
    levels = [r.levelname for r in caplog.records if r.name == "policy_observability"]
    assert levels == ["WARNING", "INFO", "WARNING", "INFO"]  # the second outage warns again
