"""Benchmark: aggregation beside DuckDB (CPU, wall, memory), and the cost of ``LogHub.emit``.

1. Writes ``--records`` (default 1,000,000) realistic records of all six types through a
   ``LogHub`` with rotation on, then gzips half of the rotated files as logrotate would.
2. Aggregates them with ``policy-obs aggregate`` (``aggregate_paths`` and the JSON report) and
   with DuckDB (``SET threads=1``; ``read_json`` over the same files, plain and gzipped, and one
   query per figure family the report has: counts by type, outcome, mode, reason; the same
   rates; ``quantile_disc`` percentiles per stage, mode and log type), each in a fresh child
   process, so CPU time, wall time and peak RSS are that run's own. They alternate,
   ``--repeat`` times (default 3), and the medians are printed with the ratio. A last child
   aggregates a quarter of the files to show that memory does not grow with the records.
3. Times ``hub.emit`` for a typical pipeline_latency record with the file sink on, and all the
   records of one decision (pipeline_latency + decision + fallback_metrics), built and emitted.

DuckDB is a benchmark-only dependency (``nox -s bench-obs`` installs it); without it the
DuckDB rows are skipped. Run it with ``nox -s bench-obs``, or directly:
``python packages/policy-observability/benchmarks/bench_aggregate.py [--records N]``.
"""

# The SQL below is built from constants of this file and the generated files' names.
# ruff: noqa: S608

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from policy_observability import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LlmCallFields,
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
    stages = {name: round(rng.lognormvariate(-8.4, 0.6), 7) for name in _STAGES}
    records: list[LogRecord] = [
        PipelineLatencyRecord(
            **join,
            total_s=round(sum(stages.values()) + rng.random() * 0.0001, 7),
            stages_s=stages,
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
    llm_s = round(rng.lognormvariate(-0.4, 0.5), 5)
    llm = rng.choices(("ok", "timeout", "error", "rejected"), (90, 4, 2, 4))[0]
    tokens_in, tokens_out = rng.randrange(900, 1600), rng.randrange(40, 160)
    model = rng.choices(("gpt-4o-mini", "qwen2.5-7b-instruct"), (3, 1))[0]
    call: LlmCallFields = {
        "provider": "openai",
        "request_model": model,
        "response_model": model,
        "input_tokens": tokens_in,
        "output_tokens": tokens_out,
        "estimated_cost_usd": (tokens_in * 0.15 + tokens_out * 0.6) / 1e6
        if model == "gpt-4o-mini"
        else None,
    }
    records.append(
        FallbackMetricsRecord(
            **join,
            mode=mode,
            llm_outcome=llm,
            fallback_reason=None if llm == "ok" else f"llm_{llm}",
            deterministic_used=mode == "shadow" or llm != "ok",
            **call,
            llm_duration_s=llm_s,
            error_type={"timeout": "timeout", "error": "unavailable"}.get(llm),
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
                deterministic_s=stages["decide"],
                **call,
                llm_duration_s=llm_s,
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
                **call,
                llm_duration_s=llm_s,
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
                **call,
                llm_duration_s=llm_s,
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


_LOG_TYPES = (
    "pipeline_latency",
    "decision",
    "fallback_metrics",
    "shadow_router",
    "assist",
    "partial_trust_risk",
)
# The fields each log type's figures read, typed for read_json (the rest of a line is skipped).
_DUCKDB_COLUMNS = {
    "pipeline_latency": {
        "timestamp": "TIMESTAMPTZ",
        "total_s": "DOUBLE",
        "stages_s": "MAP(VARCHAR, DOUBLE)",
        "mode": "VARCHAR",
    },
    "decision": {
        "timestamp": "TIMESTAMPTZ",
        "outcome": "VARCHAR",
        "action": "VARCHAR",
        "status": "VARCHAR",
        "language": "VARCHAR",
        "decision_version": "VARCHAR",
        "confidence": "DOUBLE",
    },
    "fallback_metrics": {
        "timestamp": "TIMESTAMPTZ",
        "mode": "VARCHAR",
        "llm_outcome": "VARCHAR",
        "error.type": "VARCHAR",
        "fallback_reason": "VARCHAR",
        "deterministic_used": "BOOLEAN",
        "gen_ai.client.operation.duration": "DOUBLE",
        "gen_ai.request.model": "VARCHAR",
        "gen_ai.usage.input_tokens": "BIGINT",
        "gen_ai.usage.output_tokens": "BIGINT",
        "estimated_cost_usd": "DOUBLE",
    },
    "shadow_router": {
        "timestamp": "TIMESTAMPTZ",
        "sampled": "BOOLEAN",
        "agreement": "STRUCT(intent BOOLEAN, outcome BOOLEAN, action BOOLEAN, "
        "item_names BOOLEAN, quantities BOOLEAN, task_fields BOOLEAN)",
        "overall_agreement": "BOOLEAN",
        "deterministic_s": "DOUBLE",
        "reused_reading": "BOOLEAN",
        "gen_ai.client.operation.duration": "DOUBLE",
        "error.type": "VARCHAR",
        "gen_ai.request.model": "VARCHAR",
        "gen_ai.usage.input_tokens": "BIGINT",
        "gen_ai.usage.output_tokens": "BIGINT",
        "estimated_cost_usd": "DOUBLE",
    },
    "assist": {
        "timestamp": "TIMESTAMPTZ",
        "hints": "STRUCT(field VARCHAR, offered BOOLEAN, accepted BOOLEAN, reason VARCHAR)[]",
        "gen_ai.client.operation.duration": "DOUBLE",
        "error.type": "VARCHAR",
    },
    "partial_trust_risk": {
        "timestamp": "TIMESTAMPTZ",
        "corridor": "VARCHAR",
        "sampled": "BOOLEAN",
        "accepted": "BOOLEAN",
        "reason_codes": "VARCHAR[]",
        "risk_flags": "VARCHAR[]",
        "gen_ai.client.operation.duration": "DOUBLE",
        "error.type": "VARCHAR",
    },
}


def _latency(column: str) -> str:
    """count, p50/p95/p99 (nearest rank, as the report), max and mean of ``column``."""
    return (
        f"count({column}), quantile_disc({column}, [0.5, 0.95, 0.99]), max({column}), avg({column})"
    )


_ERROR = '"error.type"'
_DURATION = '"gen_ai.client.operation.duration"'
# LLM usage by model and mode, each call once (as the report counts it).
_USAGE = (
    'SELECT "gen_ai.request.model", {mode}, count(*), sum("gen_ai.usage.input_tokens"), '
    'sum("gen_ai.usage.output_tokens"), count(estimated_cost_usd), sum(estimated_cost_usd) '
    'FROM t WHERE "gen_ai.request.model" IS NOT NULL AND {where} GROUP BY ALL'
)
_AGREEMENT = ("intent", "outcome", "action", "item_names", "quantities", "task_fields")
# What the report shows, per log type, as an operator would ask DuckDB for it; `t` is the log
# type's files. Each statement reads them again, as separate queries would.
_DUCKDB_QUERIES = {
    "pipeline_latency": [
        f"SELECT count(*), min(timestamp), max(timestamp), {_latency('total_s')} FROM t",
        f"SELECT mode, {_latency('total_s')} FROM t GROUP BY mode",
        (
            f"SELECT stage, {_latency('ms')} FROM (SELECT unnest(map_keys(stages_s)) AS stage, "
            "unnest(map_values(stages_s)) AS ms FROM t) GROUP BY stage"
        ),
    ],
    "decision": [
        (
            "SELECT count(*), min(timestamp), max(timestamp), histogram(outcome), "
            "histogram(action), histogram(status), histogram(language), "
            f"histogram(decision_version), {_latency('confidence')} FROM t"
        )
    ],
    "fallback_metrics": [
        (
            "SELECT count(*), min(timestamp), max(timestamp), histogram(mode), "
            f"histogram(llm_outcome), histogram(fallback_reason), histogram({_ERROR}), "
            f"count_if(deterministic_used), {_latency(_DURATION)} FROM t"
        ),
        (
            "SELECT mode, count(*), count_if(fallback_reason IS NOT NULL), "
            "count_if(llm_outcome IN ('timeout', 'error')) FROM t "
            "WHERE llm_outcome NOT IN ('skipped', 'disabled') GROUP BY mode"
        ),
        _USAGE.format(mode="mode", where="mode <> 'shadow'"),
    ],
    "shadow_router": [
        "SELECT count(*), min(timestamp), max(timestamp), count_if(sampled), "
        + ", ".join(f"count(agreement.{f}), count_if(agreement.{f})" for f in _AGREEMENT)
        + f", count(overall_agreement), count_if(overall_agreement), histogram({_ERROR}), "
        f"{_latency('deterministic_s')}, {_latency(_DURATION)} FROM t",
        _USAGE.format(mode="'shadow'", where="NOT reused_reading"),
    ],
    "assist": [
        (
            f"SELECT count(*), min(timestamp), max(timestamp), histogram({_ERROR}), "
            f"{_latency(_DURATION)} FROM t"
        ),
        (
            "SELECT h.field, count(*), count_if(h.offered), count_if(h.offered AND h.accepted), "
            "histogram(CASE WHEN h.offered AND NOT h.accepted THEN h.reason END) "
            "FROM (SELECT unnest(hints) AS h FROM t) GROUP BY h.field"
        ),
    ],
    "partial_trust_risk": [
        (
            f"SELECT count(*), min(timestamp), max(timestamp), histogram({_ERROR}), "
            f"{_latency(_DURATION)} FROM t"
        ),
        (
            "SELECT corridor, count(*), count_if(sampled), count_if(sampled AND accepted) "
            "FROM t GROUP BY corridor"
        ),
        "SELECT histogram(code) FROM (SELECT unnest(reason_codes) AS code FROM t)",
        "SELECT histogram(flag) FROM (SELECT unnest(risk_flags) AS flag FROM t)",
    ],
}


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child_policy_obs(paths: list[str]) -> dict[str, object]:
    """``policy-obs aggregate --format json`` in this process: the report and its cost."""
    from policy_observability import aggregate_paths
    from policy_observability._report import render_json

    base = _peak_kib()
    start, cpu = time.perf_counter(), time.process_time()
    report = aggregate_paths(paths)
    render_json(report)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    inputs = report["inputs"]
    return {
        "elapsed": elapsed,
        "cpu": cpu,
        "records": inputs["records"],
        "malformed": inputs["malformed"],
        "files": inputs["files"],
        "counts": report["counts"],
        "base_kib": base,
        "peak_kib": _peak_kib(),
    }


def _child_duckdb(directory: str) -> dict[str, object]:
    """The same figures from DuckDB on one thread over the same files."""
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET threads = 1")
    files = {
        kind: sorted(
            str(path) for path in Path(directory).glob(f"{kind}.jsonl*") if path.suffix != ".lock"
        )
        for kind in _LOG_TYPES
    }
    base = _peak_kib()
    start, cpu = time.perf_counter(), time.process_time()
    counts: dict[str, int] = {}
    for kind in _LOG_TYPES:
        columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in _DUCKDB_COLUMNS[kind].items()) + "}"
        source = (
            f"read_json({files[kind]!r}, format = 'newline_delimited', "
            f"compression = 'auto', columns = {columns})"
        )
        for number, query in enumerate(_DUCKDB_QUERIES[kind]):
            rows = connection.sql(f"WITH t AS (SELECT * FROM {source}) {query}").fetchall()
            if number == 0:
                counts[kind] = rows[0][0]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "elapsed": elapsed,
        "cpu": cpu,
        "records": sum(counts.values()),
        "counts": counts,
        "version": duckdb.__version__,
        "base_kib": base,
        "peak_kib": _peak_kib(),
    }


def run_child(tool: str, paths: list[str]) -> dict[str, Any]:
    """Aggregate ``paths`` with ``tool`` in a fresh interpreter; its timing and memory."""
    command = [sys.executable, __file__, "--child", tool, *paths]  # our own interpreter and code
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def duckdb_available() -> bool:
    """Whether the duckdb package is installed here (nox -s bench-obs installs it)."""
    done = subprocess.run([sys.executable, "-c", "import duckdb"], capture_output=True, check=False)
    return done.returncode == 0


def compare(directory: Path, repeat: int) -> None:
    """Alternate policy-obs and DuckDB over the corpus; print the medians and the ratio."""
    with_duckdb = duckdb_available()
    runs: dict[str, list[dict[str, Any]]] = {"policy-obs": [], "duckdb": []}
    for _ in range(repeat):
        runs["policy-obs"].append(run_child("policy-obs", [str(directory)]))
        if with_duckdb:
            runs["duckdb"].append(run_child("duckdb", [str(directory)]))
    ours = runs["policy-obs"]
    records = ours[0]["records"]
    print(
        f"aggregate {records:,} records from {ours[0]['files']} files "
        f"(malformed {ours[0]['malformed']}), one thread, median of {repeat} alternating runs:"
    )
    print(f"  {'':<34}{'CPU s':>7}{'wall s':>8}{'records/s (CPU)':>17}{'peak RSS':>11}")
    medians = {}
    for name, label in (
        ("policy-obs", "policy-obs aggregate (JSON report)"),
        ("duckdb", f"DuckDB {runs['duckdb'][0]['version'] if runs['duckdb'] else ''}"),
    ):
        if not runs[name]:
            print(f"  {label:<34} skipped: the duckdb package is not installed")
            continue
        cpu = statistics.median(run["cpu"] for run in runs[name])
        wall = statistics.median(run["elapsed"] for run in runs[name])
        peak = max(run["peak_kib"] for run in runs[name]) / 1024
        medians[name] = cpu
        print(f"  {label:<34}{cpu:>7.2f}{wall:>8.2f}{records / cpu:>17,.0f}{peak:>8.1f} MiB")
    if "duckdb" in medians:
        same = runs["duckdb"][0]["counts"] == {k: v for k, v in ours[0]["counts"].items() if v}
        print(
            f"  CPU time policy-obs / DuckDB: {medians['policy-obs'] / medians['duckdb']:.2f} "
            f"(records per type {'agree' if same else 'DIFFER'}; "
            f"runs, CPU s: policy-obs {[round(r['cpu'], 2) for r in ours]}, "
            f"DuckDB {[round(r['cpu'], 2) for r in runs['duckdb']]})"
        )
    print(f"  (policy-obs after its imports: {ours[0]['base_kib'] / 1024:.1f} MiB)")


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
                    total_s=0.0012,
                    stages_s={
                        "validate": 0.0002,
                        "analyse": 0.0006,
                        "decide": 0.0003,
                        "build": 0.0001,
                    },
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
                    llm_duration_s=0.64,
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
    """Generate, aggregate beside DuckDB, and time emit; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each tool")
    parser.add_argument("--emit-calls", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated directory")
    parser.add_argument("--child", choices=("policy-obs", "duckdb"), help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "policy-obs":
        print(json.dumps(_child_policy_obs(args.paths)))
        return
    if args.child == "duckdb":
        print(json.dumps(_child_duckdb(args.paths[0])))
        return
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
        compare(directory, max(1, args.repeat))
        quarter = run_child("policy-obs", files[: max(1, len(files) // 4)])
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
