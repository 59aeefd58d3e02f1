"""Run by test_concurrency.py as one of several processes appending to the same log.

Usage: concurrent_writer.py LOG_DIR PROCESS_INDEX THREADS PER_THREAD MAX_BYTES BACKUPS

Every thread emits PER_THREAD pipeline_latency records whose command_id names the process,
thread and sequence number. Exits 1 if the hub counted any failure.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from policy_observability import LogHub, LogType, ObservabilitySettings, PipelineLatencyRecord


def main() -> int:
    """Emit the records from several threads at once; return the exit status."""
    log_dir, process, threads, per_thread, max_bytes, backups = sys.argv[1:7]
    settings = ObservabilitySettings(
        enabled=frozenset({LogType.PIPELINE_LATENCY}),
        log_dir=Path(log_dir),
        max_bytes=int(max_bytes),
        backup_count=int(backups),
    )
    start = threading.Barrier(int(threads))
    with LogHub(settings) as hub:

        def run(thread: int) -> None:
            start.wait()
            for sequence in range(int(per_thread)):
                hub.emit(
                    PipelineLatencyRecord(
                        command_id=f"p{process}-t{thread}-{sequence}",
                        trace_id=f"trace-{process}-{thread}-{sequence}",
                        total_s=0.0015,
                        stages_s={"validate": 0.00025, "decide": 0.001},
                        mode="deterministic",
                        llm_enabled=False,
                        decision_version="deterministic/0.1.0",
                    )
                )

        workers = [threading.Thread(target=run, args=(t,)) for t in range(int(threads))]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        failures = sum(hub.failures.values())
    if failures:
        print(f"process {process}: {failures} records lost", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
