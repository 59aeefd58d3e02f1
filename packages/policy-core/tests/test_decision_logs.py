"""policy-core writes pipeline_latency and decision records through policy-observability.

Real files in a temporary directory: the records join the decision by command_id and
trace_id, hold no user text unless allowed, and a failing sink never changes a decision.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from policy_core import PolicySettings, SettingsError, decide
from policy_core.testing import ALL_CAPABILITIES
from policy_observability import LogHub, LogType, ObservabilitySettings, validate_record

NOW = datetime(2026, 3, 4, 7, 0, tzinfo=UTC)
MARKER = "Zqx7Marker"


def command(text: str) -> dict[str, Any]:
    return {
        "command_id": "cmd-logs-1",
        "user_id": "u-anna",
        "text": text,
        "timestamp": "2026-03-04T10:00:00+03:00",
        "capabilities": list(ALL_CAPABILITIES),
        "context": {
            "household": {
                "members": [
                    {"user_id": "u-anna", "display_name": "Анна"},
                    {"user_id": "u-mark", "display_name": MARKER},
                ],
                "shopping_lists": [{"list_id": "l-1", "name": MARKER + "list"}],
            }
        },
    }


def settings_with(hub: LogHub | None) -> PolicySettings:
    return PolicySettings(deterministic_ids=True, clock=lambda: NOW, log_hub=hub)


def all_logs(directory: Path, *, user_text: bool = False) -> LogHub:
    return LogHub(
        ObservabilitySettings(
            enabled=frozenset(LogType), log_dir=directory, log_user_text=user_text
        )
    )


def read_records(directory: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in sorted(directory.glob("*.jsonl"))
        for line in path.read_text().splitlines()
    ]


def test_each_decision_writes_latency_and_audit_records_joined_by_trace_id(tmp_path: Path) -> None:
    with all_logs(tmp_path) as hub:
        decision = decide(command("купи 2 литра молока"), settings_with(hub))
    records = read_records(tmp_path)
    for record in records:
        validate_record(record)  # every line matches the schema policy-observability exports
    by_type = {r["log_type"]: r for r in records}
    assert set(by_type) == {"pipeline_latency", "decision"}
    for record in records:
        assert record["command_id"] == "cmd-logs-1"
        assert record["trace_id"] == decision.trace_id
        assert record["timestamp"].endswith("Z")
    latency = by_type["pipeline_latency"]
    assert set(latency["stages_s"]) == {"validate", "extract", "build"}
    assert latency["total_s"] >= max(latency["stages_s"].values())
    assert latency["mode"] == "deterministic"
    assert latency["llm_enabled"] is False
    audit = by_type["decision"]
    assert audit["decision_id"] == decision.decision_id
    assert (audit["action"], audit["outcome"], audit["language"]) == ("start_job", "execute", "ru")
    assert audit["contract_version"] == "2.1.0"


def test_reject_code_reaches_the_audit_log(tmp_path: Path) -> None:
    with all_logs(tmp_path) as hub:
        decide(command("pay the internet bill"), settings_with(hub))
    audit = next(r for r in read_records(tmp_path) if r["log_type"] == "decision")
    assert audit["reject_code"] == "payment_not_supported"


def test_no_user_text_names_or_items_in_any_log_unless_allowed(tmp_path: Path) -> None:
    text = f"напомни {MARKER} купить {MARKER}молоко в {MARKER}list"
    with all_logs(tmp_path / "off") as hub:
        decide(command(text), settings_with(hub))
    written = "".join(p.read_text() for p in (tmp_path / "off").glob("*.jsonl"))
    assert written  # something was logged ...
    assert MARKER.lower() not in written.lower()  # ... and none of it is the user's words
    with all_logs(tmp_path / "on", user_text=True) as hub:
        decide(command(text), settings_with(hub))
    assert MARKER in "".join(p.read_text() for p in (tmp_path / "on").glob("*.jsonl"))


@pytest.mark.parametrize(
    "make_dir",
    [
        pytest.param(lambda tmp: tmp / "a-file" / "below", id="path-under-a-file"),
        pytest.param(lambda tmp: Path("/proc/self/no-such-dir"), id="unwritable-proc"),
    ],
)
def test_a_failing_sink_never_changes_a_decision(
    tmp_path: Path, make_dir: Any, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a-file").write_text("not a directory")
    reference = decide(command("купи молоко и хлеб"), settings_with(None))
    hub = all_logs(make_dir(tmp_path))
    with caplog.at_level(logging.WARNING):
        first = decide(command("купи молоко и хлеб"), settings_with(hub))
        second = decide(command("купи молоко и хлеб"), settings_with(hub))
    hub.close()
    assert first == reference
    assert second == reference
    assert sum(hub.failures.values()) >= 2
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2  # once per sink


def test_disk_full_never_changes_a_decision() -> None:
    settings = ObservabilitySettings(
        enabled=frozenset(LogType), paths={t: Path("/dev/full") for t in LogType}
    )
    with LogHub(settings) as hub:
        decision = decide(command("купи молоко"), settings_with(hub))
    assert decision == decide(command("купи молоко"), settings_with(None))
    assert hub.failures[LogType.DECISION] == 1
    assert hub.failures[LogType.PIPELINE_LATENCY] == 1


def test_settings_from_env_build_the_hub_and_name_bad_variables(tmp_path: Path) -> None:
    env = {"DECISION_LOG_ENABLED": "true", "POLICY_LOG_DIR": str(tmp_path)}
    settings = PolicySettings.from_env(env)
    assert settings.log_hub is not None
    decide(command("купи молоко"), settings)
    settings.log_hub.close()
    assert (tmp_path / "decision.jsonl").exists()
    assert not (tmp_path / "pipeline_latency.jsonl").exists()
    with pytest.raises(SettingsError) as info:
        PolicySettings.from_env({"POLICY_LOG_MAX_BYTES": "lots"})
    assert info.value.field == "POLICY_LOG_MAX_BYTES"
