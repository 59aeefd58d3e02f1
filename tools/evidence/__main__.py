"""``python -m tools.evidence [--golden golden] [--exclude PATTERN] [--check]``: fit
policy-core's evidence model.

Reads the **open** half of the golden dataset (never the sealed half) except the files that
match ``--exclude`` (default ``b6_*.jsonl``: the calibration is fitted there, on text neither
the rules nor this model were developed on), labels each case by its expected intent (a
shopping item, a task or both: a request the platform serves; anything else: not one) and fits
an L2-regularised logistic regression over ``policy_core._evidence.evidence_terms`` with
scikit-learn (the ``fit`` dependency group). Terms whose weight rounds below ``MIN_WEIGHT`` are
left out, and the rest are written to ``policy_core/data/evidence.json``. It then prints how
well the model alone separates the two kinds of case on the open half (fit) and the sealed
half (check). ``--check`` writes nothing and exits 1 when the shipped model scores any golden
case more than ``CHECK_TOLERANCE`` away from a refit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from policy_core._evidence import EvidenceModel, evidence_terms, parse_evidence_model
from tools._shipped import fitter_parser, golden_cases, write_or_check

TARGET = Path("packages/policy-core/src/policy_core/data/evidence.json")
ACTING_INTENTS = frozenset({"add_shopping_item", "create_task", "mixed"})
C = 1.0  # inverse L2 strength, chosen by leave-one-batch-out accuracy on the open half
MIN_WEIGHT = 0.05
DIGITS = 4
TOLERANCE = 1e-8  # the solver's: fitted to convergence, so a refit lands on the same weights
CHECK_TOLERANCE = 0.01

Sample = tuple[str, bool]


def samples(golden: Path, split: str, exclude: str = "") -> list[Sample]:
    """(text, the case expects a request the platform serves) for every case of ``split``."""
    return [
        (case.command.text, case.expected.intent in ACTING_INTENTS)
        for case in golden_cases(golden, split, exclude=exclude)
    ]


def fit(data: Sequence[Sample], note: str, c: float = C) -> EvidenceModel:
    """The model fitted on ``data`` (both kinds of case are needed)."""
    labels = [label for _, label in data]
    if all(labels) or not any(labels):
        raise SystemExit("evidence: the cases to fit on need both requests and non-requests")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(evidence_terms(text), 1) for text, _ in data])
    regression = LogisticRegression(C=c, tol=TOLERANCE, max_iter=50_000).fit(matrix, labels)
    weights = {
        str(term): round(float(weight), DIGITS)
        for term, weight in zip(
            vectorizer.get_feature_names_out(), regression.coef_[0], strict=True
        )
        if abs(weight) >= MIN_WEIGHT
    }
    return EvidenceModel(round(float(regression.intercept_[0]), DIGITS), weights, note)


def _agrees(shipped: EvidenceModel, fitted: EvidenceModel, data: Sequence[Sample]) -> bool:
    """The two models score every case within ``CHECK_TOLERANCE`` of each other: a refit
    by another version of the solver or its BLAS moves weights by rounding, not decisions."""
    largest = max(abs(shipped.probability(text) - fitted.probability(text)) for text, _ in data)
    print(f"largest difference in a case's score, shipped against refit: {largest:.4f}")
    return largest <= CHECK_TOLERANCE


def accuracy(model: EvidenceModel, data: Sequence[Sample]) -> float:
    """The share of cases the model alone puts on the right side of 0.5."""
    return sum((model.probability(text) >= 0.5) == label for text, label in data) / len(data)


def main(argv: list[str] | None = None) -> int:
    parser = fitter_parser("python -m tools.evidence")
    parser.add_argument(
        "--exclude",
        default="b6_*.jsonl",
        metavar="PATTERN",
        help="leave out the open cases of the files matching this shell pattern",
    )
    args = parser.parse_args(argv)
    data = samples(args.golden, "open", args.exclude)
    if not data:
        raise SystemExit(f"evidence: no open cases outside {args.exclude!r}")
    without = f" without files {args.exclude}" if args.exclude else ""
    model = fit(data, f"golden open half{without}: {len(data)} cases, C={C}")
    sealed = samples(args.golden, "sealed")
    print(
        f"fit on open: {len(data)} cases, {len(model.weights)} terms, "
        f"accuracy {accuracy(model, data):.4f}"
    )
    if sealed:
        print(f"check on sealed: {len(sealed)} cases, accuracy {accuracy(model, sealed):.4f}")
    return write_or_check(
        "evidence",
        TARGET,
        model.to_json(),
        lambda document: _agrees(parse_evidence_model(document), model, data + sealed),
        check=args.check,
        ensure_ascii=False,
        indent=0,
    )


if __name__ == "__main__":
    sys.exit(main())
