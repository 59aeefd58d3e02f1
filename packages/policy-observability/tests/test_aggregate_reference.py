"""The fast aggregation against the reference: the same report from the same files, odd lines too.

``aggregate_paths`` decodes blocks of lines with msgspec and sums them column by column. The
reference below is the aggregation as it was before: one line at a time through the pydantic
views (``parse_line``) into the same tables. Every report, every malformed-line warning (file,
line number, reason) and every unreadable-file note must be identical.
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from policy_observability import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LlmCallFields,
    LogRecord,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
    aggregate_paths,
)
from policy_observability import _reading as reading
from policy_observability._aggregator import Aggregator
from policy_observability._fastlines import (
    ActionValue,
    Assist,
    Decision,
    DecisionOutcomeValue,
    Fallback,
    HeldBackValue,
    ModeValue,
    OutcomeValue,
    PartialTrust,
    Pipeline,
    Shadow,
    StatusValue,
    from_checked,
)
from policy_observability._lines import describe_error, parse_line
from policy_observability._reading import MAX_LINE, discover_files, iter_blocks, iter_lines
from policy_observability._report import AGREEMENT_FIELDS, build_report
from policy_observability._types import LlmOutcome, Mode

T0 = datetime(2026, 3, 14, tzinfo=UTC)


class Reference(Aggregator):
    """The aggregation one line at a time, as it was before blocks: the meaning of a report."""

    def feed_line(self, raw: bytes, number: int, on_malformed: Callable[[int, str], None]) -> None:
        self.lines += 1
        try:
            record = parse_line(raw)
        except ValidationError as exc:
            if raw.strip():
                self.malformed += 1
                on_malformed(number, describe_error(exc))
            return
        kind, when = record["log_type"], record["timestamp"]
        if (
            (self.types is not None and kind not in self.types)
            or (self.since is not None and when < self.since)
            or (self.until is not None and when >= self.until)
        ):
            self.filtered_out += 1
            return
        getattr(self, f"_ref_{kind}")(from_checked(record))  # schema 1 upgraded
        self.counts[kind] += 1
        if self.first_seen is None or when < self.first_seen:
            self.first_seen = when
        if self.last_seen is None or when > self.last_seen:
            self.last_seen = when

    def _ref_pipeline_latency(self, line: Pipeline) -> None:
        self.stages.add("total", line.total_s)
        self.stages.add_items(line.stages_s.items())
        self.total_by_mode.add(line.mode, line.total_s)

    def _ref_usage(self, line: Fallback | Shadow, mode: str) -> None:
        if line.request_model is not None:
            self.usage.add(
                line.request_model,
                mode,
                line.input_tokens,
                line.output_tokens,
                line.estimated_cost_usd,
            )

    def _ref_fallback_metrics(self, line: Fallback) -> None:
        mode, outcome, reason = line.mode, line.llm_outcome, line.fallback_reason
        self.llm_outcomes.add(outcome)
        self.fallback_modes.add(mode)
        if reason is not None:
            self.fallback_reasons.add(reason)
        if line.error_type is not None:
            self.fallback_errors.add(line.error_type)
        self.deterministic_used.add(mode, line.deterministic_used)
        if outcome not in {"skipped", "disabled"}:
            self.fallback_rate.add(mode, reason is not None)
            self.llm_error_rate.add(mode, outcome in {"timeout", "error"})
        if line.llm_duration_s is not None:
            self.llm_latency.add("fallback_metrics", line.llm_duration_s)
        if mode != "shadow":
            self._ref_usage(line, mode)

    def _ref_shadow_router(self, line: Shadow) -> None:
        self.shadow_sampled.add("all", line.sampled)
        for name in AGREEMENT_FIELDS:
            agreed = line.agreement.get(name)
            if agreed is not None:
                self.shadow_agreement.add(name, agreed)
        if line.overall_agreement is not None:
            self.shadow_agreement.add("overall", line.overall_agreement)
        if line.error_type is not None:
            self.shadow_errors.add(line.error_type)
        self.shadow_deterministic.add(line.deterministic_s)
        if line.llm_duration_s is not None:
            self.llm_latency.add("shadow_router", line.llm_duration_s)
        if not line.reused_reading:
            self._ref_usage(line, "shadow")

    def _ref_assist(self, line: Assist) -> None:
        for hint in line.hints:
            self.assist_offered.add(hint.field, hint.offered)
            if hint.offered:
                self.assist_acceptance.add(hint.field, hint.accepted)
                if not hint.accepted and hint.reason is not None:
                    self.assist_rejections.add(f"{hint.field}:{hint.reason}")
        if line.error_type is not None:
            self.assist_errors.add(line.error_type)
        if line.llm_duration_s is not None:
            self.llm_latency.add("assist", line.llm_duration_s)

    def _ref_partial_trust_risk(self, line: PartialTrust) -> None:
        self.trust_sampled.add(line.corridor, line.sampled)
        if line.sampled:
            self.trust_acceptance.add(line.corridor, line.accepted)
        for reason in line.reason_codes:
            self.trust_reasons.add(reason)
        for flag in line.risk_flags:
            self.trust_flags.add(flag)
        if line.error_type is not None:
            self.trust_errors.add(line.error_type)
        if line.llm_duration_s is not None:
            self.llm_latency.add("partial_trust_risk", line.llm_duration_s)

    def _ref_decision(self, line: Decision) -> None:
        self.outcomes.add(line.outcome)
        self.actions.add(line.action)
        self.statuses.add(line.status)
        self.languages.add(line.language)
        self.decision_versions.add(line.decision_version)
        if line.held_back is not None:
            self.held_back.add(line.held_back)
        self.confidence.add(line.confidence)


def reference_paths(paths: Iterable[Path], **options: Any) -> tuple[dict[str, Any], list[Any]]:
    """The reference report, and every warning it gave, in order."""
    heard: list[Any] = []
    reference = Reference(**options)
    files = discover_files(paths)
    unreadable: list[dict[str, Any]] = []

    def unreadable_file(path: str, line: int, reason: str) -> None:
        unreadable.append({"path": path, "line": line, "reason": reason})
        heard.append(("unreadable", path, line, reason))

    for path in files:
        for number, raw in iter_lines(path, unreadable_file):
            reference.feed_line(
                raw, number, lambda n, why, path=path: heard.append(("malformed", path, n, why))
            )
    return build_report(reference, files=files, unreadable=unreadable), heard


def fast_paths(paths: Iterable[Path], **options: Any) -> tuple[dict[str, Any], list[Any]]:
    """``aggregate_paths``'s report, and every warning it gave, in order."""
    heard: list[Any] = []
    report = aggregate_paths(
        paths,
        on_malformed=lambda path, n, why: heard.append(("malformed", path, n, why)),
        on_unreadable=lambda path, n, why: heard.append(("unreadable", path, n, why)),
        **options,
    )
    return report, heard


def assert_same(paths: list[Path], **options: Any) -> dict[str, Any]:
    fast, fast_heard = fast_paths(paths, **options)
    reference, reference_heard = reference_paths(paths, **options)
    assert json.dumps(fast) == json.dumps(reference)  # the same keys in the same order too
    assert fast_heard == reference_heard
    return fast


# --- a corpus of realistic records, and odd lines among them ---------------------------------


def records(rng: random.Random, count: int, start: datetime = T0) -> list[LogRecord]:
    """``count`` records of every type, with realistic spreads and a few rarities."""
    out: list[LogRecord] = []
    modes = ("deterministic", "shadow", "assist", "partial_trust")
    for index in range(count):
        join = {
            "command_id": f"c{index}",
            "trace_id": f"t{index}",
            "timestamp": start + timedelta(milliseconds=50 * index + rng.randrange(3)),
        }
        kind = index % 6
        mode = rng.choice(modes)
        latency = round(rng.lognormvariate(6.5, 0.5) / 1000, rng.choice((5, 9)))
        call = _call(rng)
        if kind == 0:
            stages = {name: rng.lognormvariate(-8.4, 0.6) for name in ("validate", "decide")}
            if rng.random() < 0.1:
                stages["gate"] = 0.0
            out.append(
                PipelineLatencyRecord(
                    **join,
                    total_s=sum(stages.values()),
                    stages_s=stages,
                    mode=mode,
                    llm_enabled=mode != "deterministic",
                    decision_version="deterministic/0.1.0",
                )
            )
        elif kind == 1:
            outcome, action, status = rng.choice(
                (
                    ("execute", "start_job", "ok"),
                    ("clarify", "clarify", "clarify"),
                    ("reject", "reject", "error"),
                )
            )
            out.append(
                DecisionRecord(
                    **join,
                    decision_id=f"d{index}",
                    status=status,
                    outcome=outcome,
                    action=action,
                    confidence=rng.random(),
                    contract_version="2.1.0",
                    decision_version=rng.choice(("deterministic/0.1.0", "llm/0.2.0")),
                    language=rng.choice(("ru", "en")),
                    held_back=rng.choice((None, "evidence", "confidence"))
                    if outcome == "clarify"
                    else None,
                    user_text=rng.choice((None, 'купи "молоко"\t\\ 🍎')),
                )
            )
        elif kind == 2:
            llm = rng.choice(("ok", "timeout", "error", "skipped", "disabled"))
            out.append(
                FallbackMetricsRecord(
                    **join,
                    mode=mode,
                    llm_outcome=llm,
                    error_type={"timeout": "timeout", "error": "unavailable"}.get(llm),
                    fallback_reason=None if llm == "ok" else f"llm_{llm}",
                    deterministic_used=llm != "ok",
                    llm_duration_s=latency if llm in {"ok", "timeout", "error"} else None,
                    **(call if llm in {"ok", "timeout", "error"} else {}),
                )
            )
        elif kind == 3:
            agreement = ShadowAgreement(
                intent=rng.choice((True, False, None)),
                outcome=rng.choice((True, False)),
                item_names=rng.choice((True, None)),
            )
            out.append(
                ShadowRouterRecord(
                    **join,
                    sampled=rng.random() < 0.9,
                    agreement=agreement,
                    overall_agreement=agreement.overall(),
                    deterministic_s=rng.random() / 1000,
                    llm_duration_s=rng.choice((None, latency)),
                    error_type=rng.choice((None, "timeout")),
                    reused_reading=rng.random() < 0.3,
                    **call,
                )
            )
        elif kind == 4:
            out.append(
                AssistRecord(
                    **join,
                    hints=tuple(
                        AssistHint(
                            field=rng.choice(("items", "due", "assignee_id")),
                            offered=(offered := rng.random() < 0.8),
                            accepted=(accepted := offered and rng.random() < 0.6),
                            reason=None if accepted else rng.choice((None, "not_grounded")),
                        )
                        for _ in range(rng.randrange(3))
                    ),
                    llm_duration_s=rng.choice((None, latency)),
                    **call,
                )
            )
        else:
            out.append(
                PartialTrustRiskRecord(
                    **join,
                    corridor=rng.choice(("add_shopping_item", "create_task")),
                    sampled=(sampled := rng.random() < 0.8),
                    accepted=sampled and rng.random() < 0.7,
                    reason_codes=tuple(rng.sample(("item_not_grounded", "low_confidence"), 1)),
                    risk_flags=rng.choice(((), ("fewer_items_than_rules",))),
                    confidence=rng.random(),
                    llm_duration_s=latency,
                    **call,
                )
            )
    return out


def _call(rng: random.Random) -> LlmCallFields:
    """The model, tokens and cost of a call, some unknown (no usage, no price, no model)."""
    model = rng.choice(("gpt-4o-mini", "gpt-4o-mini", "smollm2", None))
    if model is None:
        return {}
    tokens_in = rng.choice((None, rng.randrange(300, 2000)))
    tokens_out = None if tokens_in is None else rng.randrange(0, 400)
    priced = model != "smollm2" and tokens_out is not None and tokens_in is not None
    return {
        "provider": "openai",
        "request_model": model,
        "input_tokens": tokens_in,
        "output_tokens": tokens_out,
        "estimated_cost_usd": (tokens_in * 0.15 + tokens_out * 0.6) / 1e6 if priced else None,
    }


def as_v1(line: bytes) -> bytes:
    """A line of schema 2 as schema 1 wrote it: milliseconds, llm_error_type, no usage."""
    doc = json.loads(line)
    if doc.get("schema_version") != "2.0.0":
        return line
    doc["schema_version"] = "1.0.0"
    for name in (*USAGE_KEYS, "reused_reading"):
        doc.pop(name, None)
    renames = {
        "total_s": "total_ms",
        "stages_s": "stages",
        "deterministic_s": "deterministic_latency_ms",
        "error.type": "llm_error_type",
    }
    call = "latency_ms" if doc["log_type"] in {"assist", "partial_trust_risk"} else "llm_latency_ms"
    renames["gen_ai.client.operation.duration"] = call
    out = {}
    for key, value in doc.items():
        old = value
        if key in {"total_s", "deterministic_s", "gen_ai.client.operation.duration"}:
            old = None if value is None else value * 1000
        elif key == "stages_s":
            old = {stage: seconds * 1000 for stage, seconds in value.items()}
        out[renames.get(key, key)] = old
    return json.dumps(out, ensure_ascii=False).encode()


USAGE_KEYS = (
    "gen_ai.provider.name",
    "gen_ai.request.model",
    "gen_ai.response.model",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "estimated_cost_usd",
)


def lines_of(items: Iterable[LogRecord]) -> list[bytes]:
    return [item.model_dump_json().encode() for item in items]


# Lines the reference skips or reads in its own way, each beside well-formed ones.
ODD_LINES = [
    b"",
    b"   ",
    b"this is not json",
    b"[1, 2, 3]",
    b'"a string"',
    b"null",
    b'{"log_type": "weather", "timestamp": "2026-03-14T00:00:00Z"}',
    b'{"timestamp": "2026-03-14T00:00:00Z", "total_ms": 1}',
    b'{"log_type": "decision", "timestamp": "2026-03-14T00:00:00Z"}',
    (
        b'{"log_type":"pipeline_latency","timestamp":"2026-03-14T00:00:01Z","total_ms":-1,'
        b'"stages":{},"mode":"shadow"}'
    ),
    (
        b'{"log_type":"pipeline_latency","timestamp":"2026-03-14T00:00:01Z","total_ms":NaN,'
        b'"stages":{},"mode":"shadow"}'
    ),
    (
        b'{"log_type":"pipeline_latency","timestamp":"2026-03-14T00:00:01Z","total_ms":1e400,'
        b'"stages":{},"mode":"shadow"}'
    ),
    (
        b'{"log_type":"pipeline_latency","timestamp":"2026-03-14T00:00:01","total_ms":1,'
        b'"stages":{},"mode":"shadow"}'
    ),
    # accepted by the reference though no writer of ours makes them:
    (
        b'{"log_type":"pipeline_latency","timestamp":"2026-03-14T03:00:00+03:00","total_ms":2,'
        b'"stages":{"total":1,"(other)":2},"mode":"mode_from_the_future","x":[1,{"y":null}]}'
    ),
    (
        b'{"log_type":"pipeline_latency","timestamp":"1773446400","total_ms":3,'
        b'"stages":{"a":1,"a":2},"mode":"shadow","schema_version":"2.0.0"}'
    ),
    (
        b'{"log_type":"decision","timestamp":"2026-03-14T00:00:00.1234567Z","outcome":"maybe",'
        b'"action":"start_job","status":"ok","language":"ru","decision_version":"v1",'
        b'"confidence":1}'
    ),
    (
        b'{"log_type":"decision","timestamp":"2026-03-13T23:59:59.9999999Z","outcome":"execute",'
        b'"action":"start_job","status":"ok","language":"ru","decision_version":"v1",'
        b'"confidence":0,"command_id":NaN}'
    ),
    (
        b'{"log_type":"decision","timestamp":"2026-03-14T00:00:00Z","outcome":"execute",'
        b'"action":"start_job","status":"ok","language":"ru","decision_version":"v1",'
        b'"confidence":0.5,"user_text":"\xff\xfe"}'
    ),
    (
        b'{"log_type":"fallback_metrics","timestamp":"2026-03-14T00:00:00Z","mode":"shadow",'
        b'"llm_outcome":"ok","llm_error_type":null,"fallback_reason":null,'
        b'"deterministic_used":1,"llm_latency_ms":null}'
    ),
    (
        b'{"log_type":"shadow_router","timestamp":"2026-03-14T00:00:00Z","sampled":true,'
        b'"agreement":{"intent":true,"mood":false},"overall_agreement":null,'
        b'"deterministic_latency_ms":0,"llm_latency_ms":null,"llm_error_type":null}\r'
    ),
    (
        b'{"log_type":"assist","timestamp":"2026-03-14T00:00:00Z","hints":[{"field":"due",'
        b'"offered":true,"accepted":false,"reason":"late","value":"x"}],"latency_ms":null,'
        b'"llm_error_type":"rate_limited"}'
    ),
    (
        b'{"log_type":"partial_trust_risk","timestamp":"2026-03-14T00:00:00Z","corridor":"c",'
        b'"sampled":true,"accepted":true,"reason_codes":["a",null],"risk_flags":[],'
        b'"latency_ms":null,"llm_error_type":null}'
    ),
    b"\xef\xbb\xbf{}",
]


def odd_corpus(rng: random.Random, count: int) -> list[bytes]:
    """Well-formed lines with odd ones, torn ones and mixed types among them."""
    lines = lines_of(records(rng, count))
    lines = [as_v1(line) if rng.random() < 0.2 else line for line in lines]  # older writers
    for line in ODD_LINES:
        lines.insert(rng.randrange(len(lines) + 1), line)
    for _ in range(count // 50):  # torn writes: a cut line, then the rest of the file
        at = rng.randrange(len(lines))
        lines.insert(at, lines[at][: rng.randrange(1, len(lines[at]) + 1)])
    return lines


def write(path: Path, lines: list[bytes], *, gz: bool = False, end: bytes = b"\n") -> Path:
    data = b"\n".join(lines) + end
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


# --- the comparisons -------------------------------------------------------------------------


def test_a_corpus_of_every_type_with_odd_lines(tmp_path: Path) -> None:
    rng = random.Random(11)
    write(tmp_path / "mixed.jsonl", odd_corpus(rng, 6000))
    write(tmp_path / "mixed.jsonl.1.gz", odd_corpus(rng, 3000), gz=True)
    write(tmp_path / "torn.jsonl", odd_corpus(rng, 500), end=b"")  # no newline at the end
    by_type: dict[str, list[bytes]] = {}
    for item in records(rng, 12_000):
        by_type.setdefault(item.log_type, []).append(item.model_dump_json().encode())
    for kind, lines in by_type.items():  # one type per file, as a LogHub writes them
        write(tmp_path / f"{kind}.jsonl", lines)
        # the same type logged by schema 1, then by schema 2 after an upgrade
        write(tmp_path / f"{kind}.jsonl.1", [as_v1(line) for line in lines[:3000]])
        write(tmp_path / "upgraded" / f"{kind}.jsonl", [*map(as_v1, lines[:100]), *lines[100:300]])
    report = assert_same([tmp_path])
    assert report["llm_usage"]["by_model_and_mode"]
    assert report["inputs"]["malformed"] > len(ODD_LINES)  # the odd lines were met
    assert all(report["counts"].values())


@pytest.mark.parametrize(
    "options",
    [
        {"since": T0 + timedelta(minutes=1)},
        {"until": T0 + timedelta(minutes=2, seconds=30)},
        {"since": T0, "until": T0 + timedelta(seconds=100), "types": ["decision", "assist"]},
        {"types": ["pipeline_latency"]},
    ],
)
def test_the_window_and_the_types(tmp_path: Path, options: dict[str, Any]) -> None:
    rng = random.Random(5)
    write(tmp_path / "all.jsonl", odd_corpus(rng, 4000))
    assert_same([tmp_path], **options)


def test_timestamps_msgspec_would_round_are_read_as_pydantic_reads_them(tmp_path: Path) -> None:
    # pydantic truncates a seventh fractional digit, msgspec rounds it: the extremes and the
    # window's edges must still be the reference's, offsets included.
    base = lines_of(records(random.Random(2), 60))
    stamps = [
        "2026-03-13T23:59:59.9999995Z",
        "2026-03-13T23:59:59.999999Z",
        "2026-03-14T02:59:59.9999996+03:00",
        "2026-03-14T00:00:00.0000004Z",
        "2026-03-14T00:00:05.0000009Z",
        "2026-03-14T00:00:05.000001+00:00",
        "2026-03-14T00:00:06.9999999Z",
    ]
    lines = []
    for index, line in enumerate(base):
        doc = json.loads(line)
        doc["timestamp"] = stamps[index % len(stamps)]
        lines.append(json.dumps(doc).encode())
    write(tmp_path / "a.jsonl", lines)
    write(tmp_path / "b.jsonl", list(reversed(lines)))  # out of time order
    for options in (
        {},
        {"since": datetime(2026, 3, 14, tzinfo=UTC)},
        {"until": datetime(2026, 3, 14, 0, 0, 5, 1, tzinfo=UTC)},
        {"since": datetime(2026, 3, 13, 23, 59, 59, 999999, tzinfo=UTC)},
    ):
        assert_same([tmp_path], **options)


def test_oversized_lines_and_a_broken_gzip(tmp_path: Path) -> None:
    rng = random.Random(3)
    good = lines_of(records(rng, 300))
    write(tmp_path / "big.jsonl", [good[0], b"x" * MAX_LINE, good[1], b"y" * (MAX_LINE - 1)])
    (tmp_path / "tail.jsonl").write_bytes(good[2] + b"\n" + b"z" * (3 * MAX_LINE))
    data = gzip.compress(b"\n".join(good * 20) + b"\n")
    (tmp_path / "cut.jsonl.2.gz").write_bytes(data[: len(data) // 2])
    report = assert_same([tmp_path])
    assert len(report["inputs"]["unreadable"]) == 1


def test_tables_that_overflow_their_keys(tmp_path: Path) -> None:
    rng = random.Random(4)
    lines = []
    for index in range(2500):
        stages = {f"stage_{rng.randrange(1500)}": rng.random() for _ in range(3)}
        lines.append(
            PipelineLatencyRecord(
                command_id="c",
                trace_id="t",
                timestamp=T0,
                total_s=rng.random(),
                stages_s=stages,
                mode="shadow",
                llm_enabled=True,
                decision_version="v",
            )
            .model_dump_json()
            .encode()
        )
        lines.append(
            PartialTrustRiskRecord(
                command_id="c",
                trace_id="t",
                timestamp=T0,
                corridor=f"corridor_{index % 1300}",
                sampled=True,
                accepted=index % 3 == 0,
                reason_codes=(f"code_{index}",),
            )
            .model_dump_json()
            .encode()
        )
    write(tmp_path / "wide.jsonl", lines)
    report = assert_same([tmp_path])
    assert "(other)" in report["latency_ms"]["pipeline"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_lines_damaged_anywhere(tmp_path: Path, data: st.DataObject) -> None:
    lines = lines_of(records(random.Random(data.draw(st.integers(0, 1000))), 30))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(lines) - 1))
        line = bytearray(lines[at])
        where = data.draw(st.integers(0, len(line) - 1))
        damage = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        byte = data.draw(st.sampled_from(b'"\\{}[],:0123456789.-eEntrufals \t\xc3\xff'))
        if damage == "flip":
            line[where] = byte
        elif damage == "drop":
            del line[where]
        else:
            line.insert(where, byte)
        lines[at] = bytes(line)
    path = write(tmp_path / f"{data.draw(st.integers(0, 10**9))}.jsonl", lines)
    assert_same([path])


def test_the_fast_views_admit_the_values_of_the_record_models() -> None:
    def values(alias: Any) -> set[str]:
        return set(alias.__args__)

    assert values(ModeValue) == {mode.value for mode in Mode}
    assert values(OutcomeValue) == {outcome.value for outcome in LlmOutcome}
    fields = DecisionRecord.model_fields
    assert values(StatusValue) == values(fields["status"].annotation)
    assert values(DecisionOutcomeValue) == values(fields["outcome"].annotation)
    assert values(ActionValue) == values(fields["action"].annotation)
    (held_back, _none) = fields["held_back"].annotation.__args__
    assert values(HeldBackValue) == values(held_back)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.lists(st.sampled_from([b"\n", b"a", b"bc", b"x" * 15, b"y" * 16, b"z" * 40])).map(
        b"".join
    ),
    block=st.integers(1, 50),
    gz=st.booleans(),
)
def test_blocks_hold_the_lines_of_iter_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, block: int, gz: bool
) -> None:
    # Small blocks and a small line limit, so that lines straddle blocks and run over the limit
    # at every offset.
    monkeypatch.setattr(reading, "BLOCK", block)
    monkeypatch.setattr(reading, "MAX_LINE", 16)
    path = tmp_path / "lines.jsonl"
    path.write_bytes(gzip.compress(content) if gz else content)
    expected = [line.removesuffix(b"\n") for _, line in iter_lines(str(path), print)]
    got = [line for lines in iter_blocks(str(path), print) for line in lines]
    assert got == expected


def test_msgspec_is_loaded_to_aggregate_not_to_emit() -> None:
    code = (
        "import sys, policy_observability; loaded = 'msgspec' in sys.modules; "
        "policy_observability.aggregate_paths([]); print(loaded, 'msgspec' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
