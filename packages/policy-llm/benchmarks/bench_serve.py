"""Benchmark: policy-serve under load, beside in-process decide() on the same commands.

For 1, 2 and 4 worker processes it starts ``policy-serve`` on 127.0.0.1, warms it, and
drives ``POST /v1/decide`` with wrk (Debian's package; ``nox -s bench-serve`` installs it)
cycling through policy-core's bench corpus. It prints requests/s, p50/p99 latency and
errors for each, and in-process ``HybridPolicy.decide`` throughput on the same commands (one
process, one thread) measured in the same run. The ratios: one worker against in-process
(the HTTP overhead), and each worker count against one (the scaling).

Targets: one worker at least 40% of in-process throughput; two workers at least 1.6x one.
Both the server and wrk share this machine's cores, so the run also measures how much faster
two processes burn CPU than one: no worker count can scale past that.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from policy_llm import HybridPolicy

ROOT = Path(__file__).resolve().parents[3]
BENCH_DECIDE = ROOT / "packages" / "policy-core" / "benchmarks" / "bench_decide.py"


def corpus() -> list[dict[str, Any]]:
    """policy-core's bench corpus: realistic RU/EN/mixed commands with their households."""
    spec = importlib.util.spec_from_file_location("bench_decide", BENCH_DECIDE)
    if spec is None or spec.loader is None:
        raise ImportError(BENCH_DECIDE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    commands: list[dict[str, Any]] = module.corpus()
    return commands


def in_process_rate(commands: list[dict[str, Any]], seconds: float) -> float:
    """Decisions per second of HybridPolicy (the rules; what the service runs) in one thread."""
    with HybridPolicy.from_env({}) as policy:
        for command in commands:  # warm: the household index cache, the morphology
            policy.decide(command)
        done = 0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            for command in commands:
                policy.decide(command)
            done += len(commands)
        return done / (time.perf_counter() - started)


def _burn(rounds: int) -> float:
    started = time.perf_counter()
    total = 0
    for n in range(rounds):
        total += n * n
    return time.perf_counter() - started


def cpu_scaling(rounds: int = 6_000_000) -> float:
    """How much faster two processes burn CPU than one: the ceiling on any worker scaling
    here (a VM's two vCPUs may share one physical core)."""
    one = min(_burn(rounds) for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1, 1])  # both processes started before the clock runs
        two = max(pool.map(_burn, [rounds, rounds]))
    return 2 * one / two


def lua_script(commands: list[dict[str, Any]], folder: Path) -> Path:
    """A wrk script that POSTs the commands in turn."""
    bodies = ",\n".join(
        "[==[" + json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "]==]" for c in commands
    )
    script = folder / "decide.lua"
    script.write_text(
        "local bodies = {\n" + bodies + "\n}\n"
        "local i = 0\n"
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        "request = function()\n"
        "  i = i % #bodies + 1\n"
        "  return wrk.format(nil, nil, nil, bodies[i])\n"
        "end\n",
        encoding="utf-8",
    )
    return script


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def service(workers: int) -> Any:
    port = free_port()
    serve = shutil.which("policy-serve") or str(Path(sys.executable).with_name("policy-serve"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "SERVE_"))}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [serve, "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/readyz", timeout=1, trust_env=False).status_code == 200:
                    break
            time.sleep(0.2)
        else:
            raise TimeoutError("policy-serve did not get ready")
        yield url
    finally:
        process.terminate()
        process.wait(30)


def wrk(
    url: str, script: Path, *, seconds: int, connections: int, threads: int
) -> dict[str, float]:
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections)]
    command += ["-d", f"{seconds}s", "-s", str(script), f"{url}/v1/decide"]
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
    )
    out = completed.stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return {
        "rate": rate,
        "p50_ms": _latency_ms(out, "50%"),
        "p99_ms": _latency_ms(out, "99%"),
        "errors": errors,
        "requests": total,
    }


def _latency_ms(out: str, label: str) -> float:
    match = re.search(rf"^\s*{re.escape(label)}\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
    if match is None:
        raise ValueError(f"no {label} latency in wrk's output")
    value, unit = float(match.group(1)), match.group(2)
    return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per run")
    parser.add_argument("--connections", type=int, default=32, help="wrk's open connections")
    parser.add_argument("--threads", type=int, default=1, help="wrk's threads")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to measure")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("bench-serve: wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    commands = corpus()
    print(f"{len(commands)} commands, {os.cpu_count()} CPUs, wrk -t{args.threads} "
          f"-c{args.connections} -d{args.seconds}s")  # fmt: skip
    rows: list[tuple[int, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as folder:
        script = lua_script(commands, Path(folder))
        for workers in (int(n) for n in args.workers.split(",")):
            with service(workers) as url:
                wrk(url, script, seconds=2, connections=args.connections, threads=args.threads)
                measured = wrk(
                    url,
                    script,
                    seconds=args.seconds,
                    connections=args.connections,
                    threads=args.threads,
                )
            rows.append((workers, measured))
    in_process = in_process_rate(commands, float(args.seconds))
    ceiling = cpu_scaling()
    one = rows[0][1]["rate"] if rows and rows[0][0] == 1 else None
    print(f"CPU: two processes burn {ceiling:.2f}x as fast as one (the ceiling on scaling here)")
    print()
    print(f"{'':>12} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
          f"{'/ in-proc':>9} {'/ 1 worker':>10}")  # fmt: skip
    print(f"{'in-process':>12} {in_process:9.0f} {'':>8} {'':>8} {'':>7} {1.0:9.2f}")
    for workers, m in rows:
        scale = f"{m['rate'] / one:10.2f}" if one else f"{'':>10}"
        print(
            f"{f'{workers} worker' + ('s' if workers > 1 else ''):>12} {m['rate']:9.0f} "
            f"{m['p50_ms']:8.2f} {m['p99_ms']:8.2f} {int(m['errors']):7d} "
            f"{m['rate'] / in_process:9.2f} {scale}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
