"""LogHub: emits to the enabled sinks, never raises, counts failures and warns once per sink."""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policy_observability import (
    LogHub,
    LogType,
    ObservabilitySettings,
    PipelineLatencyRecord,
    example_record,
    record_model,
    validate_record,
)
from policy_observability.testing import FailingSink, MemorySink

LOGGER = "policy_observability"
MARKER = "PRIVATE-MARKER-42"
API_KEY = "sk-live-4f9a8b7c6d5e4f3a2b1c"


def _settings(tmp_path: Path, *kinds: LogType | str, **extra: Any) -> ObservabilitySettings:
    return ObservabilitySettings(
        enabled=frozenset(LogType(k) for k in kinds), log_dir=tmp_path, **extra
    )


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def test_emit_writes_one_line_per_record_to_its_own_file(tmp_path: Path) -> None:
    with LogHub(_settings(tmp_path, *LogType)) as hub:
        for kind in LogType:
            assert hub.enabled(kind)
            assert hub.enabled(kind.value)
            hub.emit(example_record(kind))
            hub.emit(example_record(kind))
        assert hub.failures == dict.fromkeys(LogType, 0)
    for kind in LogType:
        lines = _lines(tmp_path / f"{kind.value}.jsonl")
        assert [line["log_type"] for line in lines] == [kind.value, kind.value]
        assert lines[0]["trace_id"] == example_record(kind).trace_id


def test_disabled_types_are_not_written_and_no_file_is_created(tmp_path: Path) -> None:
    with LogHub(_settings(tmp_path, LogType.DECISION)) as hub:
        assert not hub.enabled(LogType.SHADOW_ROUTER)
        hub.emit(example_record(LogType.SHADOW_ROUTER))
        assert sorted(p.name for p in tmp_path.iterdir()) == []
        hub.emit(example_record(LogType.DECISION))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["decision.jsonl"]


def test_files_are_opened_lazily_and_directories_created(tmp_path: Path) -> None:
    settings = ObservabilitySettings(
        enabled=frozenset({LogType.ASSIST}), log_dir=tmp_path / "a" / "b"
    )
    with LogHub(settings) as hub:
        assert not (tmp_path / "a").exists()
        hub.emit(example_record(LogType.ASSIST))
    assert (tmp_path / "a" / "b" / "assist.jsonl").is_file()


def _private(kind: LogType) -> Any:
    """The example record with the marker (and an API key) in every sensitive field."""
    document = example_record(kind).model_dump()
    for name, info in record_model(kind).model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("x-sensitive"):
            tuple_field = name.endswith("names")
            document[name] = (MARKER, API_KEY) if tuple_field else f"{MARKER} {API_KEY}"
    if kind is LogType.ASSIST:
        document["hints"] = [
            hint | {"value": f"{MARKER} Bearer abcdefghijklmnopqrstu"} for hint in document["hints"]
        ]
    if kind is LogType.PIPELINE_LATENCY:
        document["stages_s"] = {
            "validate": 0.1,
            "api_key": 1.0,
            "Authorization": 2.0,
            "x-api-token": 3.0,
        }
    return record_model(kind).model_validate(document)


@pytest.mark.parametrize("log_user_text", [False, True])
def test_user_content_is_written_only_with_log_user_text(
    tmp_path: Path, log_user_text: bool
) -> None:
    with LogHub(_settings(tmp_path, *LogType, log_user_text=log_user_text)) as hub:
        assert hub.log_user_text is log_user_text
        for kind in LogType:
            hub.emit(_private(kind))
    written = {path.name: path.read_text("utf-8") for path in tmp_path.iterdir()}
    assert len(written) == len(LogType)
    for name, text in written.items():
        assert API_KEY not in text, name
        assert "abcdefghijklmnopqrstu" not in text, name
        assert "api_key" not in text
        assert "Authorization" not in text
        assert "x-api-token" not in text
        has_sensitive_fields = name not in {"pipeline_latency.jsonl", "fallback_metrics.jsonl"}
        assert (MARKER in text) is (log_user_text and has_sensitive_fields), name
        if log_user_text and has_sensitive_fields:
            assert "[REDACTED]" in text
    # Every written line still matches its published schema.
    for text in written.values():
        for line in text.splitlines():
            validate_record(json.loads(line))


def test_a_stage_named_like_a_credential_is_dropped(tmp_path: Path) -> None:
    record = _private(LogType.PIPELINE_LATENCY)
    assert set(record.stages_s) == {"validate"}


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A directory outside pytest's private tmp tree, reachable by an unprivileged child."""
    path = Path(tempfile.mkdtemp(prefix="obs-readonly-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for sub in [path, *path.rglob("*")]:
            if sub.is_dir():
                sub.chmod(0o755)
        shutil.rmtree(path, ignore_errors=True)


def test_read_only_directory_permission_denied_even_for_root(scratch: Path) -> None:
    readonly = scratch / "readonly"
    readonly.mkdir()
    readonly.chmod(0o555)
    child = Path(__file__).with_name("readonly_child.py")
    done = subprocess.run(
        [sys.executable, str(child), str(readonly)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    if report["writable"]:
        pytest.skip("could not drop privileges: the directory stays writable for this user")
    assert report["failures"] == {"assist": 3, "decision": 3}
    assert len(report["warnings"]) == 2  # one per sink, not one per record
    assert all("Permission denied" in w for w in report["warnings"])
    assert report["files"] == []


@pytest.mark.parametrize("case", ["path_is_directory", "dev_full", "parent_is_a_file", "proc"])
def test_failing_sinks_never_raise_count_every_record_and_warn_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    if case == "path_is_directory":
        path = tmp_path / "decision.jsonl"
        path.mkdir()
        expected = "Is a directory"
    elif case == "dev_full":
        if not os.path.exists("/dev/full"):
            pytest.skip("no /dev/full on this system")
        path, expected = Path("/dev/full"), "No space left on device"
    elif case == "parent_is_a_file":
        (tmp_path / "plain").write_text("not a directory")
        path, expected = tmp_path / "plain" / "decision.jsonl", "exists"
    else:
        path, expected = Path("/proc/policy-observability/decision.jsonl"), ""
    settings = _settings(
        tmp_path, LogType.DECISION, LogType.ASSIST, paths={LogType.DECISION: path}, retry_seconds=0
    )
    caplog.set_level(logging.WARNING, logger=LOGGER)
    with LogHub(settings) as hub:
        for _ in range(5):
            hub.emit(example_record(LogType.DECISION))  # must not raise
            hub.emit(example_record(LogType.ASSIST))  # the healthy sink is unaffected
        assert hub.failures == {LogType.DECISION: 5, LogType.ASSIST: 0}
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert str(path) in warnings[0].getMessage()
    assert expected in warnings[0].getMessage()
    assert len(_lines(tmp_path / "assist.jsonl")) == 5


def test_a_failed_sink_is_left_alone_until_the_retry_time(caplog: pytest.LogCaptureFixture) -> None:
    sink = FailingSink(errno.EACCES)
    with LogHub(ObservabilitySettings(retry_seconds=3600), sinks={LogType.DECISION: sink}) as hub:
        for _ in range(10):
            hub.emit(example_record(LogType.DECISION))
        assert sink.attempts == 1
        assert hub.failures[LogType.DECISION] == 10
    assert len(_warnings(caplog)) == 1


def test_a_sink_that_recovers_is_used_again(caplog: pytest.LogCaptureFixture) -> None:
    class Flaky(MemorySink):
        broken = True

        def write(self, line: bytes) -> None:
            if self.broken:
                raise OSError(errno.ENOSPC, "No space left on device")
            super().write(line)

    sink = Flaky()
    caplog.set_level(logging.INFO, logger=LOGGER)
    with LogHub(ObservabilitySettings(retry_seconds=0), sinks={LogType.DECISION: sink}) as hub:
        hub.emit(example_record(LogType.DECISION))
        sink.broken = False
        hub.emit(example_record(LogType.DECISION))
        assert hub.failures[LogType.DECISION] == 1
    assert len(sink.records()) == 1
    assert [r.levelname for r in caplog.records if r.name == LOGGER] == ["WARNING", "INFO"]


def test_every_outage_of_a_sink_is_warned_not_only_the_first(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Flaky(MemorySink):
        broken = False

        def write(self, line: bytes) -> None:
            if self.broken:
                raise OSError(errno.ENOSPC, "No space left on device")
            super().write(line)

    sink = Flaky()
    caplog.set_level(logging.INFO, logger=LOGGER)
    with LogHub(ObservabilitySettings(retry_seconds=0), sinks={LogType.DECISION: sink}) as hub:
        for _ in range(3):
            sink.broken = True
            hub.emit(example_record(LogType.DECISION))
            sink.broken = False
            hub.emit(example_record(LogType.DECISION))
        assert hub.failures[LogType.DECISION] == 3
    levels = [r.levelname for r in caplog.records if r.name == LOGGER]
    assert levels == ["WARNING", "INFO"] * 3


def test_a_second_outage_after_a_recovery_is_warned_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A real failing file: its path turns into a directory (EISDIR) and back, twice.
    path = tmp_path / "decision.jsonl"
    caplog.set_level(logging.INFO, logger=LOGGER)
    settings = _settings(tmp_path, LogType.DECISION, retry_seconds=0)
    with LogHub(settings) as hub:
        for _ in range(2):
            path.mkdir()
            hub.emit(example_record(LogType.DECISION))
            hub.emit(example_record(LogType.DECISION))
            path.rmdir()
            hub.emit(example_record(LogType.DECISION))
            path.unlink()  # the next outage starts from a fresh file
        assert hub.failures[LogType.DECISION] == 4
    messages = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == LOGGER]
    assert [level for level, _ in messages] == ["WARNING", "INFO", "WARNING", "INFO"]
    assert "2 records were lost" in messages[1][1]


def test_a_record_that_cannot_be_serialised_costs_only_itself(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sink = MemorySink()
    broken = PipelineLatencyRecord.model_construct(total_s=object())  # type: ignore[call-arg, arg-type]  # bypasses validation
    with LogHub(
        ObservabilitySettings(retry_seconds=3600), sinks={LogType.PIPELINE_LATENCY: sink}
    ) as hub:
        hub.emit(broken)
        hub.emit(example_record(LogType.PIPELINE_LATENCY))
        assert hub.failures[LogType.PIPELINE_LATENCY] == 1
    assert len(sink.records()) == 1
    assert len(_warnings(caplog)) == 1


def test_emit_of_something_that_is_not_a_record_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with LogHub(ObservabilitySettings()) as hub:
        hub.emit("not a record")  # type: ignore[arg-type]
        hub.emit({"log_type": "decision"})  # type: ignore[arg-type]
    assert len(_warnings(caplog)) == 1


def test_close_closes_sinks_keeps_counts_and_drops_later_records(tmp_path: Path) -> None:
    sink = MemorySink()
    failing = FailingSink()
    hub = LogHub(
        ObservabilitySettings(retry_seconds=0),
        sinks={LogType.DECISION: sink, LogType.ASSIST: failing},
    )
    hub.emit(example_record(LogType.ASSIST))
    hub.close()
    hub.close()  # idempotent
    assert hub.closed
    assert sink.closed
    hub.emit(example_record(LogType.DECISION))
    assert sink.lines == []
    assert hub.failures == {LogType.DECISION: 0, LogType.ASSIST: 1}


def test_sinks_given_in_code_enable_their_type() -> None:
    sink = MemorySink()
    hub = LogHub(ObservabilitySettings(), sinks={"shadow_router": sink})
    assert hub.enabled(LogType.SHADOW_ROUTER)
    assert not hub.enabled(LogType.DECISION)
    hub.emit(example_record(LogType.SHADOW_ROUTER))
    assert sink.records()[0]["log_type"] == "shadow_router"
    assert "user_text" not in sink.records()[0]
