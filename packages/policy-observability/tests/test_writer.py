"""JsonlWriter on its own: whole lines, rotation and its edge cases, following moved files."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from policy_observability import JsonlWriter


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
