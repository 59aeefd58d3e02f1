"""Benchmark: aggregation throughput and memory, and the cost of ``LogHub.emit``.

1. Writes ``--records`` (default 1,000,000) realistic records of all six types through a
   ``LogHub`` with rotation on, then gzips half of the rotated files as logrotate would.
2. Aggregates them in a fresh child process (so the figures are the aggregation's alone) and
   prints records/s and peak RSS; a second child aggregates a quarter of the files to show that
   memory does not grow with the number of records.
3. Times ``hub.emit`` for a typical pipeline_latency record with the file sink on, and all the
   records of one decision (pipeline_latency + decision + fallback_metrics), built and emitted.

Run it with ``nox -s bench-obs``, or directly:
``python packages/policy-observability/benchmarks/bench_aggregate.py [--records N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from policy_observability import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LogHub,
    LogRecord,
    LogType,
    ObservabilitySettings,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
)

_STAGES = ("validate", "analyse", "decide", "gate", "build")
_ACTIONS = (
    ("execute", "start_job", "ok"),
    ("execute", "propose_add_shopping_item", "ok"),
    ("clarify", "clarify", "clarify"),
    ("reject", "reject", "error"),
    ("confirm", "confirm", "ok"),
)


def _decision_records(rng: random.Random, index: int, when: datetime) -> list[LogRecord]:
    """The records one decision produces, with realistic spreads of values."""
    join = {"command_id": f"cmd-{index:08d}", "trace_id": f"tr-{index:08d}", "timestamp": when}
    mode = rng.choices(("deterministic", "shadow", "assist", "partial_trust"), (5, 3, 1, 1))[0]
    stages = {name: round(rng.lognormvariate(-1.5, 0.6), 4) for name in _STAGES}
    records: list[LogRecord] = [
        PipelineLatencyRecord(
            **join,
            total_ms=round(sum(stages.values()) + rng.random() * 0.1, 4),
            stages=stages,
            mode=mode,
            llm_enabled=mode != "deterministic",
            decision_version="deterministic@0.1.0",
        )
    ]
    outcome, action, status = rng.choice(_ACTIONS)
    records.append(
        DecisionRecord(
            **join,
            decision_id=f"dec-{index:08d}",
            status=status,
            outcome=outcome,
            action=action,
            confidence=round(rng.random(), 3),
            contract_version="2.1.0",
            decision_version="deterministic@0.1.0",
            language=rng.choice(("ru", "en")),
        )
    )
    if mode == "deterministic":
        return records
    llm_ms = round(rng.lognormvariate(6.5, 0.5), 2)
    llm = rng.choices(("ok", "timeout", "error", "rejected"), (90, 4, 2, 4))[0]
    records.append(
        FallbackMetricsRecord(
            **join,
            mode=mode,
            llm_outcome=llm,
            llm_error_type={"timeout": "timeout", "error": "unavailable"}.get(llm),
            fallback_reason=None if llm == "ok" else f"llm_{llm}",
            deterministic_used=mode == "shadow" or llm != "ok",
            llm_latency_ms=llm_ms,
        )
    )
    if mode == "shadow":
        agreement = ShadowAgreement(
            intent=rng.random() < 0.97,
            outcome=rng.random() < 0.95,
            action=rng.random() < 0.95,
            item_names=rng.random() < 0.9 if rng.random() < 0.6 else None,
            quantities=rng.random() < 0.92 if rng.random() < 0.6 else None,
            task_fields=rng.random() < 0.85 if rng.random() < 0.4 else None,
        )
        records.append(
            ShadowRouterRecord(
                **join,
                sampled=True,
                agreement=agreement,
                overall_agreement=agreement.overall(),
                deterministic_latency_ms=stages["decide"],
                llm_latency_ms=llm_ms,
            )
        )
    elif mode == "assist":
        accepted = rng.random() < 0.7
        records.append(
            AssistRecord(
                **join,
                hints=(
                    AssistHint(
                        field=rng.choice(("items", "assignee_id", "due")),
                        offered=True,
                        accepted=accepted,
                        reason=None if accepted else "not_grounded",
                    ),
                ),
                latency_ms=llm_ms,
            )
        )
    else:
        accepted = rng.random() < 0.8
        records.append(
            PartialTrustRiskRecord(
                **join,
                corridor="add_shopping_item",
                sampled=True,
                accepted=accepted,
                reason_codes=() if accepted else ("item_not_grounded",),
                confidence=round(rng.random(), 3),
                latency_ms=llm_ms,
            )
        )
    return records


def generate(directory: Path, target: int) -> int:
    """Write about ``target`` records through a LogHub with rotation; gzip half the backups."""
    rng = random.Random(20260314)
    settings = ObservabilitySettings(
        enabled=frozenset(LogType),
        log_dir=directory,
        max_bytes=16 * 1024 * 1024,
        backup_count=100,
    )
    start = datetime(2026, 3, 14, tzinfo=UTC)
    written = 0
    index = 0
    with LogHub(settings) as hub:
        while written < target:
            when = start + timedelta(milliseconds=index * 50)
            for record in _decision_records(rng, index, when):
                hub.emit(record)
                written += 1
            index += 1
        if any(hub.failures.values()):
            raise SystemExit(f"records were lost while generating: {hub.failures}")
    for position, path in enumerate(sorted(directory.glob("*.jsonl.*[0-9]"))):
        if position % 2 == 0:
            with path.open("rb") as source, gzip.open(f"{path}.gz", "wb", compresslevel=1) as out:
                shutil.copyfileobj(source, out)
            path.unlink()
    return written


_CHILD = """
import json, resource, sys, time
from policy_observability import aggregate_paths
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
report = aggregate_paths(sys.argv[1:])
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"elapsed": elapsed, "cpu": cpu, "records": report["inputs"]["records"],
                  "malformed": report["inputs"]["malformed"], "files": report["inputs"]["files"],
                  "base_kib": base, "peak_kib": peak}))
"""


def aggregate_in_child(paths: list[str]) -> dict[str, float]:
    """Aggregate ``paths`` in a fresh interpreter; return its timing and memory figures."""
    command = [sys.executable, "-c", _CHILD, *paths]  # our own interpreter and code
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def time_emit(directory: Path, calls: int) -> None:
    """Print the per-call cost of emit with the file sink on."""
    settings = ObservabilitySettings(
        enabled=frozenset(LogType), log_dir=directory / "emit", backup_count=3
    )
    rng = random.Random(7)
    when = datetime.now(UTC)
    sample = _decision_records(rng, 1, when)
    pipeline = sample[0]
    with LogHub(settings) as hub:
        for _ in range(2000):  # warm up: open the files, fill caches
            hub.emit(pipeline)
        start = time.perf_counter()
        for _ in range(calls):
            hub.emit(pipeline)
        mean_us = (time.perf_counter() - start) / calls * 1e6
        clock = time.perf_counter_ns
        samples = []
        for _ in range(calls):
            before = clock()
            hub.emit(pipeline)
            samples.append(clock() - before)
        samples.sort()
        print(f"emit pipeline_latency (built):  mean {mean_us:.2f} µs/record (loop of {calls:,})")
        print(
            f"                                p50 {samples[len(samples) // 2] / 1000:.2f} µs, "
            f"p99 {samples[len(samples) * 99 // 100] / 1000:.2f} µs (timed one by one)"
        )
        # All the records one decision in an LLM mode writes, built and emitted as policy-core
        # will: pipeline_latency, decision and fallback_metrics.
        per_decision = []
        for index in range(calls // 4):
            before = clock()
            join = {"command_id": f"c{index}", "trace_id": f"t{index}"}
            hub.emit(
                PipelineLatencyRecord(
                    **join,
                    total_ms=1.2,
                    stages={"validate": 0.2, "analyse": 0.6, "decide": 0.3, "build": 0.1},
                    mode="assist",
                    llm_enabled=True,
                    decision_version="deterministic@0.1.0",
                )
            )
            hub.emit(
                DecisionRecord(
                    **join,
                    decision_id=f"d{index}",
                    status="ok",
                    outcome="execute",
                    action="start_job",
                    confidence=0.9,
                    contract_version="2.1.0",
                    decision_version="deterministic@0.1.0",
                    language="ru",
                )
            )
            hub.emit(
                FallbackMetricsRecord(
                    **join,
                    mode="assist",
                    llm_outcome="ok",
                    deterministic_used=False,
                    llm_latency_ms=640.0,
                )
            )
            per_decision.append(clock() - before)
        per_decision.sort()
        print(
            "one decision's logs (pipeline_latency + decision + fallback_metrics), built and "
            f"emitted: p50 {per_decision[len(per_decision) // 2] / 1000:.2f} µs, "
            f"p99 {per_decision[len(per_decision) * 99 // 100] / 1000:.2f} µs"
        )
    disabled = LogHub(ObservabilitySettings())
    start = time.perf_counter()
    for _ in range(calls):
        if disabled.enabled(LogType.PIPELINE_LATENCY):
            disabled.emit(pipeline)
    print(
        "logging off, `if hub.enabled(LogType.PIPELINE_LATENCY)`: "
        f"{(time.perf_counter() - start) / calls * 1e9:.0f} ns"
    )


def main() -> None:
    """Generate, aggregate, and time emit; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--emit-calls", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated directory")
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="bench-obs-"))
    try:
        start = time.perf_counter()
        written = generate(directory, args.records)
        generated = time.perf_counter() - start
        files = sorted(str(p) for p in directory.iterdir() if not p.name.endswith(".lock"))
        size = sum(os.path.getsize(p) for p in files)
        gz = sum(p.endswith(".gz") for p in files)
        print(
            f"generated {written:,} records in {generated:.1f} s through LogHub "
            f"({written / generated:,.0f} records/s): {len(files)} files ({gz} gzipped), "
            f"{size / 2**20:.0f} MiB"
        )
        full = aggregate_in_child([str(directory)])
        print(
            f"aggregate {full['records']:,.0f} records from {full['files']:.0f} files: "
            f"{full['elapsed']:.2f} s wall, {full['records'] / full['elapsed']:,.0f} records/s "
            f"({full['records'] / full['cpu']:,.0f} records/s of CPU time), "
            f"malformed {full['malformed']:.0f}"
        )
        print(
            f"peak RSS {full['peak_kib'] / 1024:.1f} MiB "
            f"(after imports {full['base_kib'] / 1024:.1f} MiB)"
        )
        quarter = aggregate_in_child(files[: max(1, len(files) // 4)])
        print(
            f"a quarter of the files ({quarter['records']:,.0f} records): "
            f"peak RSS {quarter['peak_kib'] / 1024:.1f} MiB (memory is bounded)"
        )
        time_emit(directory, args.emit_calls)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"(this benchmark process itself peaked at {own:.0f} MiB)")
        if args.keep:
            print(f"kept {directory}")
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
