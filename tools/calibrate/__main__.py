"""``python -m tools.calibrate [--golden golden] [--check]``: fit policy-core's confidence.

Runs the deterministic policy over the **open** half of the golden dataset (never the sealed
half), takes every decision that executes or confirms with whether its case passed, fits the
logistic model of ``policy_core._confidence`` and writes ``policy_core/data/calibration.json``.
It then prints the expected calibration error on the open half (fit) and the sealed half
(check). ``--check`` writes nothing and exits 1 when the shipped file differs from a refit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policy_core import PolicySettings, RulePolicy
from policy_core._confidence import FEATURES, Calibration, features, parse_calibration
from policy_eval import Comparer, load_golden
from policy_eval._calibration import ACTING_OUTCOMES, expected_calibration_error
from policy_eval._evaluate import summarise
from policy_eval._policies import discover_policies, select_policies
from policy_eval._runner import run_policy
from tools.calibrate._fit import fit_logistic

TARGET = Path("packages/policy-core/src/policy_core/data/calibration.json")


def _samples(golden: Path, split: str) -> list[tuple[dict[str, float], bool]]:
    dataset = load_golden(golden).split(split)  # type: ignore[arg-type]
    (policy,) = select_policies(discover_policies({}), ["deterministic"])
    result = summarise(run_policy(policy, dataset.cases), Comparer())
    rules, settings = RulePolicy(), PolicySettings(deterministic_ids=True)
    pairs = []
    for check in result.checks:
        if check.actual_outcome not in ACTING_OUTCOMES:
            continue
        command = check.run.case.command
        extraction = rules.extract(command, settings)
        pairs.append((features(extraction, len(command.text.split())), check.passed))
    return pairs


def _ece(calibration: Calibration, pairs: list[tuple[dict[str, float], bool]]) -> float | None:
    return expected_calibration_error([(calibration.probability(x), ok) for x, ok in pairs])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.calibrate")
    parser.add_argument("--golden", type=Path, default=Path("golden"))
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args(argv)
    fit = _samples(args.golden, "open")
    weights = fit_logistic(
        [[x[name] for name in FEATURES] for x, _ in fit], [ok for _, ok in fit], l2=args.l2
    )
    calibration = Calibration(
        round(weights[0], 4),
        {name: round(w, 4) for name, w in zip(FEATURES, weights[1:], strict=True)},
        f"golden open half: {len(fit)} acting decisions, l2={args.l2}",
    )
    sealed = _samples(args.golden, "sealed")
    print(f"fit on open: {len(fit)} decisions, ECE {_ece(calibration, fit):.4f}")
    print(f"check on sealed: {len(sealed)} decisions, ECE {_ece(calibration, sealed):.4f}")
    text = json.dumps(calibration.to_json(), indent=2) + "\n"
    if args.check:
        shipped = parse_calibration(json.loads(TARGET.read_text("utf-8")))
        same = shipped.to_json() == calibration.to_json()
        print("calibration: up to date" if same else "calibration: stale, rerun without --check")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"written: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
