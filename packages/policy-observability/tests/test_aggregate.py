"""Aggregation over a handcrafted set of logs: every figure checked against a hand count."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from policy_observability import (
    AggregationInputError,
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LogRecord,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
    aggregate_paths,
    example_record,
)
from policy_observability._cli import main
from policy_observability._sketch import RELATIVE_ACCURACY

T0 = datetime(2026, 3, 14, tzinfo=UTC)


def _at(minute: int) -> dict[str, Any]:
    return {
        "command_id": f"c{minute}",
        "trace_id": f"t{minute}",
        "timestamp": T0 + timedelta(minutes=minute),
    }


def pipeline() -> list[LogRecord]:
    # total 1..10 ms at minutes 0..9; modes: deterministic for 1-5, shadow for 6-10.
    return [
        PipelineLatencyRecord(
            **_at(n - 1),
            total_s=n / 1000,
            stages_s={"parse": n / 2000},
            mode="deterministic" if n <= 5 else "shadow",
            llm_enabled=n > 5,
            decision_version="deterministic/0.1.0",
        )
        for n in range(1, 11)
    ]


def decisions() -> list[LogRecord]:
    rows = [
        ("execute", "start_job", "ok"),
        ("execute", "start_job", "ok"),
        ("clarify", "clarify", "clarify"),
        ("reject", "reject", "error"),
    ]
    return [
        DecisionRecord(
            **_at(minute),
            decision_id=f"d{minute}",
            status=status,
            outcome=outcome,
            action=action,
            confidence=0.25 * (minute + 1),
            contract_version="2.1.0",
            decision_version="deterministic/0.1.0",
            language="ru" if minute % 2 else "en",
        )
        for minute, (outcome, action, status) in enumerate(rows)
    ]


def fallbacks() -> list[LogRecord]:
    rows = [
        ("ok", None, None),
        ("timeout", "llm_timeout", "timeout"),
        ("error", "llm_error", "unavailable"),
        ("skipped", None, None),
        ("disabled", None, None),
    ]
    return [
        FallbackMetricsRecord(
            **_at(minute),
            mode="assist",
            llm_outcome=outcome,
            fallback_reason=reason,
            error_type=error,
            deterministic_used=outcome != "ok",
            llm_duration_s=0.1 * (minute + 1) if outcome in {"ok", "timeout", "error"} else None,
        )
        for minute, (outcome, reason, error) in enumerate(rows)
    ]


def shadows() -> list[LogRecord]:
    agreements = [
        ShadowAgreement(intent=True, outcome=True, item_names=True),
        ShadowAgreement(intent=True, outcome=True),
        ShadowAgreement(intent=True, outcome=True, item_names=False),
        ShadowAgreement(),  # the LLM failed: nothing comparable
    ]
    return [
        ShadowRouterRecord(
            **_at(minute),
            sampled=True,
            agreement=agreement,
            overall_agreement=agreement.overall(),
            deterministic_s=0.002,
            llm_duration_s=None if minute == 3 else 0.8,
            error_type="timeout" if minute == 3 else None,
        )
        for minute, agreement in enumerate(agreements)
    ]


def assists() -> list[LogRecord]:
    return [
        AssistRecord(
            **_at(0),
            hints=(
                AssistHint(field="items", offered=True, accepted=True),
                AssistHint(
                    field="assignee_id", offered=True, accepted=False, reason="not_grounded"
                ),
                AssistHint(field="due", offered=False, accepted=False, reason="not_offered"),
            ),
            llm_duration_s=0.5,
        ),
        AssistRecord(
            **_at(1),
            hints=(AssistHint(field="items", offered=True, accepted=False, reason="not_grounded"),),
            error_type=None,
        ),
    ]


def partial_trust() -> list[LogRecord]:
    return [
        PartialTrustRiskRecord(
            **_at(0),
            corridor="add_shopping_item",
            sampled=True,
            accepted=True,
            confidence=0.9,
            llm_duration_s=0.7,
        ),
        PartialTrustRiskRecord(
            **_at(1),
            corridor="add_shopping_item",
            sampled=True,
            accepted=False,
            reason_codes=("item_not_grounded",),
            risk_flags=("fewer_items_than_rules",),
        ),
        PartialTrustRiskRecord(
            **_at(2), corridor="add_shopping_item", sampled=False, accepted=False
        ),
    ]


ALL = {
    "pipeline_latency": pipeline,
    "decision": decisions,
    "fallback_metrics": fallbacks,
    "shadow_router": shadows,
    "assist": assists,
    "partial_trust_risk": partial_trust,
}


def _write(path: Path, records: Sequence[LogRecord], *, gz: bool = False) -> Path:
    data = b"".join(r.model_dump_json().encode() + b"\n" for r in records)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.fixture
def logs(tmp_path: Path) -> Path:
    directory = tmp_path / "logs"
    for name, build in ALL.items():
        _write(directory / f"{name}.jsonl", build())
    return directory


def test_counts_per_type(logs: Path) -> None:
    report = aggregate_paths([logs])
    assert report["counts"] == {
        "pipeline_latency": 10,
        "fallback_metrics": 5,
        "shadow_router": 4,
        "assist": 2,
        "partial_trust_risk": 3,
        "decision": 4,
    }
    assert report["inputs"] == {
        "files": 6,
        "lines": 28,
        "records": 28,
        "malformed": 0,
        "filtered_out": 0,
        "unreadable": [],
    }
    assert report["window"]["first_record"] == "2026-03-14T00:00:00Z"
    assert report["window"]["last_record"] == "2026-03-14T00:09:00Z"


def test_rollout_signals_come_first_and_match_a_hand_count(logs: Path) -> None:
    report = aggregate_paths([logs])
    assert next(iter(report)) == "rollout_signals"
    signals = report["rollout_signals"]
    assert signals["shadow_agreement"] == {"rate": 0.6667, "hits": 2, "total": 3}
    assert signals["partial_trust_acceptance"] == {"rate": 0.5, "hits": 1, "total": 2}
    # LLM attempts: ok, timeout, error (skipped and disabled are not attempts).
    assert signals["fallback_rate"] == {"rate": 0.6667, "hits": 2, "total": 3}
    assert signals["llm_error_rate"] == {"rate": 0.6667, "hits": 2, "total": 3}
    assert signals["p95_latency_ms"] == {"value": 10.0, "count": 10}


def _close(actual: float, exact: float) -> bool:
    return abs(actual - exact) <= RELATIVE_ACCURACY * exact + 0.0005  # + the 3-decimal rounding


def test_latency_percentiles_use_nearest_rank(logs: Path) -> None:
    latency = aggregate_paths([logs])["latency_ms"]
    total = latency["pipeline"]["total"]
    # Nearest rank over 1..10: p50 is the 5th value, p95 and p99 the 10th.
    assert total["count"] == 10
    assert total["max"] == 10.0
    assert total["mean"] == 5.5
    assert _close(total["p50"], 5.0)
    assert total["p95"] == 10.0
    assert total["p99"] == 10.0
    parse = latency["pipeline"]["parse"]
    assert _close(parse["p50"], 2.5)
    assert parse["max"] == 5.0
    assert list(latency["pipeline"]) == ["total", "parse"]
    by_mode = latency["pipeline_by_mode"]
    assert _close(by_mode["deterministic"]["p50"], 3.0)
    assert by_mode["deterministic"]["max"] == 5.0
    assert _close(by_mode["shadow"]["p50"], 8.0)
    assert by_mode["shadow"]["count"] == 5
    assert latency["llm"]["fallback_metrics"]["count"] == 3
    assert _close(latency["llm"]["fallback_metrics"]["p50"], 200.0)
    assert latency["llm"]["shadow_router"]["count"] == 3
    assert latency["shadow_deterministic"]["max"] == 2.0


def test_shadow_agreement_per_field(logs: Path) -> None:
    shadow = aggregate_paths([logs])["shadow"]
    assert shadow["comparisons"] == 4
    assert shadow["agreement"] == {
        "intent": {"rate": 1.0, "hits": 3, "total": 3},
        "outcome": {"rate": 1.0, "hits": 3, "total": 3},
        "item_names": {"rate": 0.5, "hits": 1, "total": 2},
        "overall": {"rate": 0.6667, "hits": 2, "total": 3},
    }
    assert shadow["llm_error_types"] == {"timeout": 1}


def test_fallback_reasons_and_llm_outcomes(logs: Path) -> None:
    fallback = aggregate_paths([logs])["fallback"]
    assert fallback["llm_outcomes"] == {
        "disabled": 1,
        "error": 1,
        "ok": 1,
        "skipped": 1,
        "timeout": 1,
    }
    assert fallback["fallback_reasons"] == {"llm_error": 1, "llm_timeout": 1}
    assert fallback["llm_error_types"] == {"timeout": 1, "unavailable": 1}
    assert fallback["deterministic_used"] == {"rate": 0.8, "hits": 4, "total": 5}
    assert fallback["fallback_rate_by_mode"] == {"assist": {"rate": 0.6667, "hits": 2, "total": 3}}


def test_assist_acceptance_per_field(logs: Path) -> None:
    assist = aggregate_paths([logs])["assist"]
    assert assist["attempts"] == 2
    assert assist["acceptance"] == {
        "assignee_id": {"rate": 0.0, "hits": 0, "total": 1},
        "items": {"rate": 0.5, "hits": 1, "total": 2},
    }
    assert assist["offered"]["due"] == {"rate": 0.0, "hits": 0, "total": 1}
    assert assist["rejection_reasons"] == {"assignee_id:not_grounded": 1, "items:not_grounded": 1}


def test_partial_trust_acceptance_and_reasons(logs: Path) -> None:
    trust = aggregate_paths([logs])["partial_trust"]
    assert trust["candidates"] == 3
    assert trust["sampled"] == {"rate": 0.6667, "hits": 2, "total": 3}
    assert trust["acceptance"] == {"rate": 0.5, "hits": 1, "total": 2}
    assert trust["acceptance_by_corridor"] == {
        "add_shopping_item": {"rate": 0.5, "hits": 1, "total": 2}
    }
    assert trust["reason_codes"] == {"item_not_grounded": 1}
    assert trust["risk_flags"] == {"fewer_items_than_rules": 1}


def test_decisions(logs: Path) -> None:
    decisions_ = aggregate_paths([logs])["decisions"]
    assert decisions_["outcome"] == {"execute": 2, "clarify": 1, "reject": 1}
    assert decisions_["status"] == {"ok": 2, "clarify": 1, "error": 1}
    assert decisions_["language"] == {"en": 2, "ru": 2}
    assert decisions_["confidence"]["max"] == 1.0


def test_rotated_and_gzipped_files_give_the_same_summary(tmp_path: Path, logs: Path) -> None:
    split = tmp_path / "split"
    records = pipeline()
    _write(split / "pipeline_latency.jsonl.3.gz", records[:3], gz=True)
    _write(split / "pipeline_latency.jsonl.2", records[3:5])
    _write(split / "pipeline_latency.jsonl.1.gz", records[5:8], gz=True)
    _write(split / "pipeline_latency.jsonl", records[8:])
    for name, build in ALL.items():
        if name != "pipeline_latency":
            _write(split / "nested" / "deeper" / f"{name}.jsonl", build())
    (split / "pipeline_latency.jsonl.lock").touch()
    (split / "notes.txt").write_text("not a log\n")
    (split / "archive.tar.gz").write_bytes(gzip.compress(b"not a log either\n"))
    expected = aggregate_paths([logs])
    actual = aggregate_paths([split])
    assert actual["inputs"]["files"] == 9
    for key in (
        "rollout_signals",
        "counts",
        "latency_ms",
        "shadow",
        "fallback",
        "assist",
        "partial_trust",
        "decisions",
        "window",
    ):
        assert actual[key] == expected[key], key


def test_files_can_be_named_directly_whatever_their_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.dat", decisions(), gz=True)
    assert aggregate_paths([path])["counts"]["decision"] == 4


def test_the_same_file_named_twice_is_read_once(logs: Path) -> None:
    report = aggregate_paths([logs, logs / "decision.jsonl"])
    assert report["counts"]["decision"] == 4


@pytest.mark.parametrize(
    ("since", "until", "pipeline_count", "filtered"),
    [
        (T0 + timedelta(minutes=5), None, 5, 23),  # minutes 5..9 inclusive
        (None, T0 + timedelta(minutes=2), 2, 16),  # minutes 0 and 1; until is exclusive
        (T0 + timedelta(minutes=2), T0 + timedelta(minutes=4), 2, 19),
    ],
)
def test_since_and_until(
    logs: Path, since: datetime | None, until: datetime | None, pipeline_count: int, filtered: int
) -> None:
    report = aggregate_paths([logs], since=since, until=until)
    assert report["counts"]["pipeline_latency"] == pipeline_count
    assert report["inputs"]["filtered_out"] == filtered
    assert report["inputs"]["records"] + filtered == 28


def test_type_filter(logs: Path) -> None:
    report = aggregate_paths([logs], types=["decision", "assist"])
    assert {k: v for k, v in report["counts"].items() if v} == {"decision": 4, "assist": 2}


def test_malformed_lines_are_counted_and_located(tmp_path: Path) -> None:
    good = [r.model_dump_json() for r in decisions()]
    lines = [
        good[0],
        "this is not json",
        "",
        '{"log_type": "weather", "timestamp": "2026-03-14T00:00:00Z"}',
        good[1],
        '{"log_type": "decision", "timestamp": "2026-03-14T00:00:00Z"}',
        "[1, 2, 3]",
        good[2].replace('"confidence":0.75', '"confidence":"high"'),
        good[3][:40],  # a torn last line, no newline
    ]
    path = tmp_path / "decision.jsonl"
    path.write_text("\n".join(lines))
    seen: list[tuple[str, int, str]] = []
    report = aggregate_paths([path], on_malformed=lambda p, n, why: seen.append((p, n, why)))
    assert report["counts"]["decision"] == 2
    assert report["inputs"]["malformed"] == 6
    assert report["inputs"]["lines"] == 9
    assert [(n, why) for _, n, why in seen] == [
        (2, "not valid JSON"),
        (4, "unknown log_type 'weather'"),
        (6, "outcome: Field required (and 5 more)"),
        (7, "not a JSON object"),
        (8, "confidence: Input should be a valid number"),
        (9, "not valid JSON"),
    ]
    assert all(p == str(path) for p, _, _ in seen)


def test_an_oversized_line_is_skipped_without_being_held(tmp_path: Path) -> None:
    path = tmp_path / "decision.jsonl"
    good = decisions()[0].model_dump_json()
    path.write_text(good + "\n" + "x" * (3 * 1024 * 1024) + "\n" + good + "\n")
    report = aggregate_paths([path])
    assert report["counts"]["decision"] == 2
    assert report["inputs"]["malformed"] == 1


def test_a_truncated_gzip_keeps_what_was_read_and_says_so(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(r.model_dump_json().encode() + b"\n" for r in pipeline() * 1000))
    path = tmp_path / "pipeline_latency.jsonl.1.gz"
    path.write_bytes(data[: len(data) // 2])
    problems: list[str] = []
    report = aggregate_paths([path], on_unreadable=lambda p, n, why: problems.append(why))
    assert 1000 < report["counts"]["pipeline_latency"] < 10_000
    assert len(problems) == 1
    assert len(report["inputs"]["unreadable"]) == 1


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(AggregationInputError):
        aggregate_paths([tmp_path / "nope"])


def test_cardinality_is_bounded(tmp_path: Path) -> None:
    records = [
        PartialTrustRiskRecord(
            **_at(0), corridor="c", sampled=True, accepted=False, reason_codes=(f"code_{n}",)
        )
        for n in range(1500)
    ]
    report = aggregate_paths([_write(tmp_path / "partial_trust_risk.jsonl", records)])
    codes = report["partial_trust"]["reason_codes"]
    assert len(codes) == 1001
    assert codes["(other)"] == 500


# --- the command line ---------------------------------------------------------------------


def test_cli_json_output_is_the_report(logs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["aggregate", str(logs), "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(aggregate_paths([logs])))


def test_cli_table_output_opens_with_the_rollout_signals(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["aggregate", str(logs)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "ROLLOUT SIGNALS"
    signals = "\n".join(lines[:8])
    assert "shadow agreement" in signals
    assert "66.7%" in signals
    assert "2 of 3 compared" in signals
    assert "partial-trust acceptance" in signals
    assert "50.0%" in signals
    assert "fallback rate" in signals
    assert "LLM error rate" in signals
    assert "p95 latency (ms)" in signals
    assert "10.000" in signals
    for title in (
        "RECORDS PER TYPE",
        "LATENCY (ms)",
        "SHADOW AGREEMENT",
        "FALLBACK",
        "ASSIST ACCEPTANCE",
        "PARTIAL TRUST",
        "DECISIONS",
    ):
        assert title in lines, title


def test_cli_caps_malformed_warnings_and_reports_the_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "decision.jsonl"
    path.write_text("\n".join(["garbage"] * 7) + "\n")
    assert main(["aggregate", str(path), "--max-warnings", "3", "--format", "json"]) == 0
    captured = capsys.readouterr()
    warnings = captured.err.splitlines()
    assert warnings[:3] == [
        f"{path}:{n}: malformed line skipped: not valid JSON" for n in (1, 2, 3)
    ]
    assert warnings[3] == "... 4 more malformed lines not shown (7 malformed lines in all)"
    assert json.loads(captured.out)["inputs"]["malformed"] == 7


def test_cli_since_until_and_types(logs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "aggregate",
        str(logs),
        "--since",
        "2026-03-14T00:05:00Z",
        "--until",
        "2026-03-14T01:07:00+01:00",
    ]
    assert (
        main([*args, "--type", "pipeline_latency,decision", "--type", "assist", "--format", "json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    # 01:07+01:00 is 00:07Z: minutes 5 and 6 of the pipeline records, nothing else that late.
    assert {k: v for k, v in report["counts"].items() if v} == {"pipeline_latency": 2}
    assert (
        main(
            [
                "aggregate",
                str(logs),
                "--since",
                "2026-03-14",
                "--type",
                "decision",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["counts"]["decision"] == 4


@pytest.mark.parametrize(
    "args",
    [
        ["aggregate", "/no/such/path"],
        ["aggregate", ".", "--since", "last tuesday"],
        ["aggregate", ".", "--type", "weather"],
        ["aggregate", ".", "--since", "2026-03-15", "--until", "2026-03-14"],
        ["aggregate"],
    ],
)
def test_cli_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        status = main(args)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    assert status == 2
    assert capsys.readouterr().err


def test_cli_schema_prints_a_published_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "shadow_router"]) == 0
    assert json.loads(capsys.readouterr().out)["properties"]["log_type"]["const"] == "shadow_router"


def test_the_module_runs_as_a_program(logs: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "policy_observability", "aggregate", str(logs), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout)["counts"]["decision"] == 4


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's version action, as the script sees it
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"policy-obs {version('policy-observability')}\n"


def test_cli_counts_one_of_a_kind_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "pipeline_latency.jsonl", pipeline()[:1])
    assert main(["aggregate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "input: 1 file, 1 line, 1 record, 0 malformed" in out
    assert "1 decision" in out
    assert "1 decisions" not in out


# -- record schema 1 and 2 together ----------------------------------------------------------


def _published_v1_examples() -> list[bytes]:
    """One line of schema 1 per log type: the examples its frozen, published schemas hold."""
    folder = resources.files("policy_observability").joinpath("schemas", "v1")
    lines = []
    for kind in ALL:
        schema = json.loads(folder.joinpath(f"{kind}.schema.json").read_text("utf-8"))
        assert schema["$id"].endswith(":1.0.0")
        (example,) = schema["examples"]
        lines.append(json.dumps(example).encode())
    return lines


def test_files_of_schema_1_and_2_aggregate_together_with_usage_by_model_and_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "before-upgrade.jsonl"
    old.write_bytes(b"\n".join(_published_v1_examples()) + b"\n")
    priced = FallbackMetricsRecord(
        **_at(1),
        mode="assist",
        llm_outcome="ok",
        deterministic_used=False,
        provider="openai",
        request_model="gpt-4o-mini",
        input_tokens=1000,
        output_tokens=100,
        estimated_cost_usd=0.00021,
        llm_duration_s=0.5,
    )
    reused = example_record("shadow_router").model_copy(update={"reused_reading": True})
    new = [*(example_record(kind) for kind in ALL), priced, reused]
    _write(tmp_path / "after-upgrade.jsonl", new)

    report = aggregate_paths([tmp_path])
    assert report["inputs"]["malformed"] == 0
    assert report["counts"] == {
        "pipeline_latency": 2,
        "fallback_metrics": 3,
        "shadow_router": 3,
        "assist": 2,
        "partial_trust_risk": 2,
        "decision": 2,
    }
    # 3.412 ms in schema 1, 0.003412 s in schema 2: the same figure, shown in milliseconds.
    total = report["latency_ms"]["pipeline"]["total"]
    assert total["count"] == 2
    assert total["max"] == 3.412
    assert report["latency_ms"]["pipeline"]["extract"]["max"] == 1.87
    assert report["latency_ms"]["llm"]["fallback_metrics"]["max"] == 1500.0
    assert report["latency_ms"]["shadow_deterministic"]["max"] == 2.9
    assert report["fallback"]["llm_error_types"] == {"timeout": 2}  # llm_error_type, error.type
    usage = report["llm_usage"]
    # Counted once per call: the v2 examples' partial_trust call (tokens unknown, no cost), the
    # priced assist call and the shadow's own call; not the comparison that reused a reading,
    # nor anything of schema 1 (no model), nor the assist and partial_trust_risk records.
    assert usage["by_model_and_mode"] == [
        {
            "model": "gpt-4o-mini",
            "mode": "shadow",
            "calls": 1,
            "input_tokens": 1184,
            "output_tokens": 96,
            "priced_calls": 1,
            "estimated_cost_usd": 0.000235,
        },
        {
            "model": "gpt-4o-mini",
            "mode": "assist",
            "calls": 1,
            "input_tokens": 1000,
            "output_tokens": 100,
            "priced_calls": 1,
            "estimated_cost_usd": 0.00021,
        },
        {
            "model": "gpt-4o-mini",
            "mode": "partial_trust",
            "calls": 1,
            "input_tokens": 0,
            "output_tokens": 0,
            "priced_calls": 0,
            "estimated_cost_usd": 0.0,
        },
    ]
    assert usage["total"] == {
        "calls": 3,
        "input_tokens": 2184,
        "output_tokens": 196,
        "priced_calls": 2,
        "estimated_cost_usd": 0.000445,
    }
    assert main(["aggregate", str(tmp_path)]) == 0
    table = capsys.readouterr().out.split("LLM USAGE\n", 1)[1].split("\n\n", 1)[0]
    assert table.splitlines()[1].split() == [
        "gpt-4o-mini", "shadow", "1", "1184", "96", "1", "0.000235"
    ]  # fmt: skip
    assert table.splitlines()[0].split()[:3] == ["model", "mode", "calls"]
