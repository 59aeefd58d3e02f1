"""``python -m tools.calibrate [--golden golden] [--fit-on PATTERN] [--check]``: fit
policy-core's confidence.

Runs the deterministic policy over the cases of independent authors in the **open** half of the
golden dataset (never the sealed half), takes every decision that executes or confirms with
whether its case passed, fits the logistic model of ``policy_core._confidence`` and writes
``policy_core/data/calibration.json``. It then prints the expected calibration error on the
open half (fit) and the sealed half (check). ``--check`` writes nothing and exits 1 when the
shipped file differs from a refit.

``--fit-on PATTERN`` fits on the open cases whose file name matches the shell pattern only
(``b4_*.jsonl``): the newest batch's open half, fitted on before any rule is tuned on it. The
rest of the open half is where the rules are developed, so they pass it far more often than
unseen traffic and a fit on it is overconfident.
"""

from __future__ import annotations

import sys
from pathlib import Path

from policy_core import PolicySettings, RulePolicy
from policy_core._confidence import FEATURES, Calibration, features, parse_calibration
from policy_eval import Comparer
from policy_eval._calibration import ACTING_OUTCOMES, expected_calibration_error
from policy_eval._evaluate import summarise
from policy_eval._policies import discover_policies, select_policies
from policy_eval._runner import run_policy
from tools._shipped import fitter_parser, golden_cases, write_or_check
from tools.calibrate._fit import fit_logistic

FOLDS = 5
L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
TARGET = Path("packages/policy-core/src/policy_core/data/calibration.json")


# The cases written by independent authors (SPEC §7): the first golden cases were written by
# the rules' own authors and pass far more often than real traffic would, so fitting on them
# would make every confidence too high.
INDEPENDENT_TAGS = frozenset({"household", "ood"})


def _samples(golden: Path, split: str, files: str = "*") -> list[tuple[dict[str, float], bool]]:
    cases = [
        case
        for case in golden_cases(golden, split, files=files)
        if INDEPENDENT_TAGS & set(case.tags)
    ]
    if not cases:
        raise SystemExit(f"calibrate: no independent open cases in files matching {files!r}")
    (policy,) = select_policies(discover_policies({}), ["deterministic"])
    result = summarise(run_policy(policy, cases), Comparer())
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


def _fit(pairs: list[tuple[dict[str, float], bool]], l2: float, note: str) -> Calibration:
    weights = fit_logistic(
        [[x[name] for name in FEATURES] for x, _ in pairs], [ok for _, ok in pairs], l2=l2
    )
    return Calibration(
        round(weights[0], 4),
        {name: round(w, 4) for name, w in zip(FEATURES, weights[1:], strict=True)},
        note,
    )


def _cross_validated_ece(pairs: list[tuple[dict[str, float], bool]], l2: float) -> float:
    """Mean ECE over five folds of the open half (every fifth decision held out in turn)."""
    total = 0.0
    for fold in range(FOLDS):
        train = [p for n, p in enumerate(pairs) if n % FOLDS != fold]
        held = [p for n, p in enumerate(pairs) if n % FOLDS == fold]
        total += _ece(_fit(train, l2, ""), held) or 0.0
    return total / FOLDS


def main(argv: list[str] | None = None) -> int:
    parser = fitter_parser("python -m tools.calibrate")
    parser.add_argument("--l2", type=float, help="regularisation (default: chosen by 5-fold CV)")
    parser.add_argument(
        "--fit-on",
        default="*",
        metavar="PATTERN",
        help="fit on the open cases of the files matching this shell pattern (default: all)",
    )
    args = parser.parse_args(argv)
    fit = _samples(args.golden, "open", args.fit_on)
    l2 = args.l2
    if l2 is None:
        scores = {value: _cross_validated_ece(fit, value) for value in L2_GRID}
        l2 = min(scores, key=lambda value: scores[value])
        print("5-fold ECE on open by l2: " + ", ".join(f"{k}: {v:.4f}" for k, v in scores.items()))
    where = "" if args.fit_on == "*" else f" of files {args.fit_on}"
    calibration = _fit(
        fit,
        l2,
        f"golden open half{where}, independent authors: {len(fit)} acting decisions, l2={l2}",
    )
    sealed = _samples(args.golden, "sealed")
    print(f"fit on open: {len(fit)} decisions, l2={l2}, ECE {_ece(calibration, fit):.4f}")
    print(f"check on sealed: {len(sealed)} decisions, ECE {_ece(calibration, sealed):.4f}")
    return write_or_check(
        "calibration",
        TARGET,
        calibration.to_json(),
        lambda document: parse_calibration(document).to_json() == calibration.to_json(),
        check=args.check,
    )


if __name__ == "__main__":
    sys.exit(main())
