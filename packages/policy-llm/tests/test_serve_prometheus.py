"""A real Prometheus server scrapes policy-serve, and its query API returns the decisions.

Debian's ``prometheus`` (the unit session of policy-llm installs it when missing) runs on
127.0.0.1 with a one-second scrape of the service's ``/metrics``, through the bearer token
the service asks for; the test then asks Prometheus itself, not the service, for the
decision counter.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from hybrid_harness import rules_decision
from service_process import Service, free_port

from policy_core.testing import make_command

TOKEN = "scrape-token-for-the-tests-0123"  # noqa: S105 - a test token
QUERY = "sum by (action, outcome) (hometask_decisions_total)"


def prometheus_config(target: str, folder: Path) -> Path:
    config = folder / "prometheus.yml"
    config.write_text(
        "global:\n"
        "  scrape_interval: 1s\n"
        "scrape_configs:\n"
        "  - job_name: policy-serve\n"
        "    authorization:\n"
        f"      credentials: {TOKEN}\n"
        "    static_configs:\n"
        f"      - targets: ['{target}']\n",
        encoding="utf-8",
    )
    return config


def query(url: str, promql: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{url}/api/v1/query", params={"query": promql}, timeout=5)
    response.raise_for_status()
    body = response.json()
    assert body["status"] == "success"
    result: list[dict[str, Any]] = body["data"]["result"]
    return result


def test_prometheus_scrapes_the_service_and_answers_the_decision_counter(tmp_path: Path) -> None:
    binary = shutil.which("prometheus")
    assert binary is not None, "Debian's prometheus package is needed (nox installs it)"
    with Service({"SERVE_TOKENS": TOKEN}) as service:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        expected: Counter[tuple[str, str]] = Counter()
        with service.client(headers=headers) as http:
            for n, text in enumerate(["купи молоко", "buy bread", "какая погода завтра"]):
                command = make_command(text, command_id=f"p-{n}")
                decision = rules_decision(command)
                expected[decision.action, decision.decision_outcome] += 1
                assert http.post("/v1/decide", json=command).status_code == 200
        port = free_port()
        prometheus = subprocess.Popen(
            [
                binary,
                f"--config.file={prometheus_config(f'127.0.0.1:{service.port}', tmp_path)}",
                f"--storage.tsdb.path={tmp_path / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            series: list[dict[str, Any]] = []
            deadline = time.monotonic() + 90  # start-up and the first scrapes, on a busy machine
            while time.monotonic() < deadline:
                try:
                    series = query(url, QUERY)
                except httpx.HTTPError:
                    series = []
                if sum(float(s["value"][1]) for s in series) >= 3:
                    break
                time.sleep(0.5)
            up = query(url, 'up{job="policy-serve"}')
        finally:
            prometheus.terminate()
            prometheus.wait(30)
    counted = {
        (s["metric"]["action"], s["metric"]["outcome"]): float(s["value"][1]) for s in series
    }
    assert counted == expected
    assert [s["value"][1] for s in up] == ["1"]  # scraped with the token: the target is up
