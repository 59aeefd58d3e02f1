"""The smoke session: real LLM round trips through shadow, assist and partial trust, and the
kill-switch proof. Run by ``nox -s smoke``.

The endpoint is the one ``LLM_BASE_URL``/``LLM_API_KEY``/``LLM_MODEL`` name when all three are
set; otherwise the embedded default LLM (``embedded_llm.py``) is started on loopback and
stopped afterwards. Every request goes through a counting proxy (``counting_proxy.py``), which
is where round trips are counted.

1. Kill switch: ``LLM_POLICY_ENABLED=false`` with every mode flag on. Golden commands are
   decided; zero requests may reach the proxy, and no LLM-mode record may be written.
2. Enabled: shadow at 100%, assist, partial trust at 100%. Real golden commands are decided.
   Asserted: round trips happened and returned 200; every decision is schema-valid; the logs
   hold one fallback_metrics and one shadow_router record per LLM-sent command and the
   partial_trust_risk and assist records expected; every accepted LLM item is grounded in the
   text; the canary (a real answer the proxy rewrites to an ungrounded item) is refused by
   both partial trust and assist.

Exit status 0 when every assertion holds; the summary names each failed one otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from counting_proxy import CountingProxy, RoundTrip
from embedded_llm import EmbeddedLLM

from policy_core import RulePolicy, validate_decision
from policy_eval import load_golden
from policy_llm import HybridPolicy
from policy_observability import validate_record

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "golden"
# Real golden commands covering each mode: purchases (partial trust), tasks with open fields
# (assist), a mixed request, a corridor reject (never sent) and a bare "купи" (the canary).
CASES = (
    "ru-cap-001",  # купи молоко
    "en-cap-014",  # buy milk
    "mx-ru-013",  # please добавь туалетную бумагу в хозтовары
    "ru-cap-008",  # напомни Пете завтра вынести мусор
    "en-cap-023",  # ask lucy to feed the cat
    "en-clarify-021",  # remind Bob to take out the trash (an unknown member)
    "ru-mixed-001",  # купи молоко и напомни Пете вынести мусор
    "en-reject-001",  # pay the internet bill: a corridor reject, never sent
    "ru-clarify-010",  # купи: the canary
)
CANARY = "ru-clarify-010"
SMOKE_TIMEOUT_S = "300"  # one call, waiting in the embedded server's queue included
SMOKE_BUDGET_MS = "600000"
NOT_SENT = {"en-reject-001"}
UNGROUNDED = {
    "intent": "add_shopping_item",
    "items": [{"name": "водка", "quantity": 1, "unit": "bottle"}],
    "list_id": None,
    "task": None,
    "confidence": 0.99,
}
LOG_TYPES = (
    "pipeline_latency",
    "fallback_metrics",
    "shadow_router",
    "assist",
    "partial_trust_risk",
    "decision",
)


class Checks:
    """Named assertions; all run, the failures are listed at the end."""

    def __init__(self) -> None:
        self.failed: list[str] = []
        self.passed = 0

    def that(self, ok: bool, what: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"  FAILED: {what}")


def _configured_endpoint(environ: Mapping[str, str]) -> dict[str, str] | None:
    names = ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL")
    if all(environ.get(name, "").strip() for name in names):
        keep = (*names, "LLM_STRUCTURED_OUTPUT", "LLM_TIMEOUT_S", "LLM_POLICY_FILE")
        return {name: environ[name] for name in keep if name in environ}
    return None


def _canary_tamper(canary_text: str) -> Any:
    marker = json.dumps({"text": canary_text}, ensure_ascii=False)

    def tamper(request: dict[str, Any], response: dict[str, Any]) -> dict[str, Any] | None:
        messages = request.get("messages") or []
        if not messages or messages[-1].get("content") != marker:
            return None
        if request.get("max_tokens", 0) <= 8:  # a ping, not an extraction
            return None
        response["choices"][0]["message"]["content"] = json.dumps(UNGROUNDED)
        return response

    return tamper


def _read_logs(log_dir: Path) -> dict[str, list[dict[str, Any]]]:
    records: dict[str, list[dict[str, Any]]] = {kind: [] for kind in LOG_TYPES}
    for kind in LOG_TYPES:
        path = log_dir / f"{kind}.jsonl"
        if path.exists():
            records[kind] = [json.loads(line) for line in path.read_text().splitlines() if line]
    return records


def _env(base: Mapping[str, str], log_dir: Path, *, enabled: bool) -> dict[str, str]:
    env = dict(base)
    env.update(
        {
            "LLM_POLICY_ENABLED": "true" if enabled else "false",
            "LLM_SHADOW_ENABLED": "true",
            "LLM_SHADOW_SAMPLE_RATE": "1",
            # Generous on purpose: the embedded model answers one request at a time, so a
            # call waits behind the others, and on a loaded 2-core machine each takes seconds.
            # The smoke proves the path, not a latency; the unit tests prove the deadlines.
            "LLM_SHADOW_BUDGET_MS": SMOKE_BUDGET_MS,
            "LLM_ASSIST_ENABLED": "true",
            "LLM_ASSIST_BUDGET_MS": SMOKE_BUDGET_MS,
            "LLM_PARTIAL_TRUST_ENABLED": "true",
            "LLM_PARTIAL_TRUST_SAMPLE_RATE": "1",
            "LLM_PARTIAL_TRUST_BUDGET_MS": SMOKE_BUDGET_MS,
            "LLM_TIMEOUT_S": base.get("LLM_TIMEOUT_S", SMOKE_TIMEOUT_S),
            "LLM_STRONG_TIMEOUT_S": base.get("LLM_STRONG_TIMEOUT_S", SMOKE_TIMEOUT_S),
            "POLICY_LOG_DIR": str(log_dir),
            "LOG_USER_TEXT": "true",  # local smoke logs only: lets the check read item names
        }
    )
    env.update({f"{kind.upper()}_LOG_ENABLED": "true" for kind in LOG_TYPES})
    return env


@contextmanager
def _endpoint(environ: Mapping[str, str], work: Path) -> Iterator[tuple[dict[str, str], str]]:
    configured = _configured_endpoint(environ)
    if configured is not None:
        yield configured, f"configured endpoint {configured['LLM_BASE_URL']}"
        return
    started = time.perf_counter()
    with EmbeddedLLM(log_path=work / "embedded-llm.log") as server:
        took = time.perf_counter() - started
        yield server.env(), f"embedded SmolLM2-135M on {server.base_url} (up in {took:.1f} s)"


def _decide_all(env: Mapping[str, str], cases: list[Any]) -> tuple[list[Any], HybridPolicy]:
    policy = HybridPolicy.from_env(env)
    decisions = []
    for case in cases:
        started = time.perf_counter()
        explanation = policy.explain(case.command)
        took = (time.perf_counter() - started) * 1000
        decisions.append((case, explanation, took))
    return decisions, policy


def _kill_switch(
    base: Mapping[str, str], cases: list[Any], proxy: CountingProxy, work: Path, checks: Checks
) -> None:
    log_dir = work / "logs-off"
    env = _env(base, log_dir, enabled=False)
    before = len(proxy.trips())
    decisions, policy = _decide_all(env, cases)
    policy.close()
    sent = len(proxy.trips()) - before
    logs = _read_logs(log_dir)
    print(f"kill switch off: {len(decisions)} decisions, {sent} requests at the server")
    checks.that(policy.runtime is None, "kill switch: no LLM runtime was built")
    checks.that(sent == 0, f"kill switch: zero requests reach the server (saw {sent})")
    for kind in ("fallback_metrics", "shadow_router", "assist", "partial_trust_risk"):
        checks.that(not logs[kind], f"kill switch: no {kind} record (saw {len(logs[kind])})")
    modes = {r["mode"] for r in logs["pipeline_latency"]}
    checks.that(modes == {"deterministic"}, f"kill switch: every decision deterministic ({modes})")


def _enabled(
    base: Mapping[str, str], cases: list[Any], proxy: CountingProxy, work: Path, checks: Checks
) -> None:
    log_dir = work / "logs-on"
    env = _env(base, log_dir, enabled=True)
    before = len(proxy.trips())
    decisions, policy = _decide_all(env, cases)
    idle = policy.shadow.wait_idle(600) if policy.shadow is not None else False
    stats = policy.shadow_stats()
    policy.close()
    trips: list[RoundTrip] = proxy.trips()[before:]
    logs = _read_logs(log_dir)

    print(f"\nLLM modes on: {len(decisions)} decisions")
    for case, explanation, took in decisions:
        d = explanation.decision
        print(
            f"  {case.id:16} {took:8.0f} ms  {d.decision_outcome:8} {d.action:26} {d.decision_version}"
        )
    latencies = [t.latency_ms for t in trips]
    statuses = Counter(t.status for t in trips)
    print(
        f"round trips: {len(trips)} (statuses {dict(statuses)}), latency p50 "
        f"{statistics.median(latencies) if latencies else 0:.0f} ms, max "
        f"{max(latencies, default=0):.0f} ms, tampered {sum(t.tampered for t in trips)}"
    )
    print(f"shadow: {stats}")
    checks.that(idle, "shadow comparisons finished")
    checks.that(len(trips) > 0, "real HTTP round trips happened")
    checks.that(
        statuses.get(200, 0) > 0 and set(statuses) == {200},
        f"every round trip succeeded ({dict(statuses)})",
    )
    checks.that(any(t.tampered for t in trips), "the canary answer passed through the proxy")
    _check_validity(decisions, logs, checks)
    _check_records(decisions, logs, checks)
    _check_grounding(decisions, logs, checks, RulePolicy())
    _check_canary(decisions, logs, checks)
    _summarise(logs)


def _check_validity(
    decisions: list[Any], logs: Mapping[str, list[dict[str, Any]]], checks: Checks
) -> None:
    for case, explanation, _ in decisions:
        try:
            validate_decision(explanation.decision.to_json_dict())
            valid = True
        except Exception:
            valid = False
        checks.that(valid, f"{case.id}: the returned decision is schema-valid")
    for kind, records in logs.items():
        for record in records:
            try:
                validate_record(record)
                ok = True
            except Exception:
                ok = False
            checks.that(ok, f"{kind} record of {record.get('command_id')} is schema-valid")


def _check_records(
    decisions: list[Any], logs: Mapping[str, list[dict[str, Any]]], checks: Checks
) -> None:
    sent = [case for case, _, _ in decisions if case.id not in NOT_SENT]
    by_command = {kind: Counter(r["command_id"] for r in logs[kind]) for kind in LOG_TYPES}
    for case in sent:
        cid = case.command.command_id
        checks.that(
            by_command["fallback_metrics"][cid] == 1, f"{case.id}: one fallback_metrics record"
        )
        checks.that(by_command["shadow_router"][cid] == 1, f"{case.id}: one shadow_router record")
    for case in (c for c, _, _ in decisions if c.id in NOT_SENT):
        cid = case.command.command_id
        checks.that(by_command["shadow_router"][cid] == 0, f"{case.id}: never sent to the model")
        skipped = [r for r in logs["fallback_metrics"] if r["command_id"] == cid]
        checks.that(
            len(skipped) == 1 and skipped[0]["llm_outcome"] == "skipped",
            f"{case.id}: its fallback_metrics record says skipped ({skipped})",
        )
    checks.that(len(logs["decision"]) == len(decisions), "one decision record per decision")
    checks.that(bool(logs["partial_trust_risk"]), "partial_trust_risk records were written")
    checks.that(bool(logs["assist"]), "assist records were written")


def _check_grounding(
    decisions: list[Any],
    logs: Mapping[str, list[dict[str, Any]]],
    checks: Checks,
    rules: RulePolicy,
) -> None:
    texts = {case.command.command_id: case.command.text for case, _, _ in decisions}
    for record in logs["partial_trust_risk"]:
        if record["accepted"]:
            names = record.get("item_names") or []
            text = texts[record["command_id"]]
            grounded = all(not rules.ungrounded_words(name, text) for name in names)
            checks.that(
                grounded, f"partial trust accepted only grounded items ({record['command_id']})"
            )
    for record in logs["assist"]:
        for hint in record["hints"]:
            if hint["accepted"] and hint["field"] == "items":
                text = texts[record["command_id"]]
                names = [n.strip() for n in (hint.get("value") or "").split(",") if n.strip()]
                ok = all(not rules.ungrounded_words(n, text) for n in names)
                checks.that(ok, f"assist accepted only grounded items ({record['command_id']})")


def _check_canary(
    decisions: list[Any], logs: Mapping[str, list[dict[str, Any]]], checks: Checks
) -> None:
    canary = next(case for case, _, _ in decisions if case.id == CANARY)
    cid = canary.command.command_id
    risk = [r for r in logs["partial_trust_risk"] if r["command_id"] == cid]
    checks.that(
        bool(risk) and not risk[0]["accepted"] and "item_not_grounded" in risk[0]["reason_codes"],
        f"partial trust refused the canary's ungrounded item ({risk})",
    )
    assist = [r for r in logs["assist"] if r["command_id"] == cid]
    refused = [h for r in assist for h in r["hints"] if h["field"] == "items"]
    checks.that(
        bool(refused) and not refused[0]["accepted"] and refused[0]["reason"] == "not_grounded",
        f"assist refused the canary's ungrounded item ({refused})",
    )
    final = next(e for c, e, _ in decisions if c.id == CANARY).decision
    checks.that(
        final.decision_version.startswith("deterministic/"), "the canary kept the rules' decision"
    )


def _summarise(logs: Mapping[str, list[dict[str, Any]]]) -> None:
    risk = logs["partial_trust_risk"]
    accepted = sum(r["accepted"] for r in risk)
    reasons = Counter(code for r in risk for code in r["reason_codes"])
    print(f"partial trust: {len(risk)} candidates, {accepted} accepted, refusals {dict(reasons)}")
    hints = [h for r in logs["assist"] for h in r["hints"]]
    fates = Counter((h["field"], h["reason"] or "accepted") for h in hints if h["offered"])
    print(f"assist: {len(logs['assist'])} attempts, offered hints {dict(fates)}")
    shadow = logs["shadow_router"]
    agree = Counter(
        field for r in shadow for field, value in r["agreement"].items() if value is True
    )
    errors = Counter(r["error.type"] for r in shadow if r["error.type"])
    print(
        f"shadow: {len(shadow)} comparisons, agreeing per field {dict(agree)}, errors {dict(errors)}"
    )
    outcomes = Counter((r["mode"], r["llm_outcome"]) for r in logs["fallback_metrics"])
    print(f"fallback_metrics: {dict(outcomes)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep logs in this directory")
    args = parser.parse_args()
    checks = Checks()
    dataset = load_golden(GOLDEN)
    by_id = {case.id: case for case in dataset.cases}
    cases = [by_id[case_id] for case_id in CASES]
    with ExitStack() as stack:
        work = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        work.mkdir(parents=True, exist_ok=True)
        base, where = stack.enter_context(_endpoint(os.environ, work))
        canary_text = by_id[CANARY].command.text
        proxy = stack.enter_context(
            CountingProxy(base["LLM_BASE_URL"], tamper=_canary_tamper(canary_text))
        )
        routed = {**base, "LLM_BASE_URL": proxy.base_url}
        print(f"smoke: {where}; requests go through the counting proxy at {proxy.base_url}\n")
        _kill_switch(routed, cases, proxy, work, checks)
        _enabled(routed, cases, proxy, work, checks)
    print(f"\nsmoke: {checks.passed} checks passed, {len(checks.failed)} failed")
    for what in checks.failed:
        print(f"  - {what}")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
