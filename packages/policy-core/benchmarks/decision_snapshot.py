"""Snapshot of the rules' behaviour: one JSON line per decision, for before/after comparisons.

Decides every text of the golden cases, of ``bench_decide.py``'s corpus and every string
literal of policy-core's tests, under every golden context, several capability sets and
several timestamps, with deterministic ids and a fixed clock. Each line holds the decision
and the extraction behind it; for one capability set it also holds what ``RulePolicy.assemble``
makes of that extraction read back as a ``Draft`` (the LLM's resolution path).

A refactoring that must not change behaviour is checked by running this against the tree
before and after it (``PYTHONPATH`` pointing at each tree's ``packages/*/src``) and comparing
the outputs byte for byte::

    python packages/policy-core/benchmarks/decision_snapshot.py --out before.jsonl
    cmp before.jsonl after.jsonl

``--tests`` names the test folder whose literals are read; pass the same folder to both runs.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

CAPABILITY_SETS = [
    ["start_job", "propose_create_task", "propose_add_shopping_item", "clarify", "reject", "confirm"],
    ["start_job", "clarify", "reject"],
    ["propose_add_shopping_item", "reject"],
    ["propose_create_task", "clarify"],
    ["clarify", "reject"],
    ["confirm", "propose_create_task", "propose_add_shopping_item", "reject"],
]  # fmt: skip
TIMESTAMPS = [
    None,  # the context's own timestamp
    "2026-03-04T10:00:00+03:00",
    "2026-03-06T23:59:00-05:00",
    "2026-03-08T00:30:00Z",
    "2026-12-31T22:00:00+05:30",
]


def _golden_texts(golden: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted((golden / "cases").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def _bench_texts() -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_decide", HERE / "bench_decide.py")
    if spec is None or spec.loader is None:
        raise ImportError(HERE / "bench_decide.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return [*bench.RU_TEXTS, *bench.EN_TEXTS, *bench.MIXED_TEXTS]


def _test_literals(tests: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(tests.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.extend(
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value
        )
    return found


def _texts(golden: Path, tests: Path) -> list[str]:
    seen: dict[str, None] = {}
    for text in [*_golden_texts(golden), *_bench_texts(), *_test_literals(tests)]:
        seen.setdefault(text, None)
    return list(seen)


def _draft_of(extraction: Any) -> Any:
    """The extraction read back as a Draft, as an LLM that agreed with the rules would."""
    from policy_core import Draft, TaskDraft

    task = None
    if extraction.task is not None:
        t = extraction.task
        task = TaskDraft(t.title, t.assignee_id, t.zone_id, t.due)
    return Draft(extraction.intent, extraction.items, extraction.list_id, task)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--golden", type=Path, default=ROOT / "golden")
    parser.add_argument("--tests", type=Path, default=ROOT / "packages/policy-core/tests")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    from policy_core import CommandValidationError, PolicySettings, RulePolicy, explain
    from policy_core import parse_command as parse
    from policy_core.testing import FixedClock

    contexts = json.loads((args.golden / "contexts.json").read_text(encoding="utf-8"))
    texts = _texts(args.golden, args.tests)
    settings = PolicySettings(
        deterministic_ids=True, clock=FixedClock(datetime(2026, 3, 4, 7, 0, 5, tzinfo=UTC))
    )
    policy = RulePolicy()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for t, text in enumerate(texts):
            for name, ctx in sorted(contexts.items()):
                for c, caps in enumerate(CAPABILITY_SETS):
                    for s, stamp in enumerate(TIMESTAMPS):
                        command = {
                            "command_id": f"snap-{t}-{name}-{c}-{s}",
                            "user_id": ctx["user_id"],
                            "text": text,
                            "timestamp": stamp or ctx["timestamp"],
                            "capabilities": caps,
                            "context": ctx["context"],
                        }
                        record: dict[str, Any] = {"id": command["command_id"]}
                        try:
                            explanation = explain(command, settings, policy=policy)
                        except CommandValidationError as exc:
                            record["invalid"] = [[v.pointer, v.message] for v in exc.violations]
                        else:
                            record["decision"] = explanation.decision.model_dump(mode="json")
                            record["extraction"] = repr(explanation.extraction)
                            if c == 0:
                                draft = _draft_of(explanation.extraction)
                                assembled = policy.assemble(parse(command), draft)
                                record["assembled"] = repr(assembled)
                        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                        count += 1
    print(f"{count} decisions from {len(texts)} texts -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
