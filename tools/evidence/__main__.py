"""``python -m tools.evidence [--golden golden] [--exclude PATTERN] [--corpus DIR]
[--check | --measure [--threshold P …]]``: fit policy-core's evidence model.

Reads the **open** half of the golden dataset (never the sealed half) except the files that
match ``--exclude`` (default ``b6_*.jsonl``: the calibration is fitted there, on text neither
the rules nor this model were developed on), labels each case by its expected intent (a
shopping item, a task or both: a request the platform serves; anything else: not one), adds
the labelled texts of the wording corpus (``--corpus``, default ``tools/evidence/corpus``:
texts independent authors wrote for this model alone, each with that same judgement; see its
README) and fits an L2-regularised logistic regression over
``policy_core._evidence.evidence_terms`` with
scikit-learn (the ``fit`` dependency group). Terms whose weight rounds below ``MIN_WEIGHT`` are
left out, and the rest are written to ``policy_core/data/evidence.json``. It then prints how
well the model alone separates the two kinds of case on the open half (fit) and the sealed
half (check). ``--check`` writes nothing and exits 1 when the shipped model scores any golden
case more than ``CHECK_TOLERANCE`` away from a refit. ``--measure`` writes nothing either: it
scores each corpus file by a model fitted without it, over the rules' own reading
(``_measure``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from policy_core import PolicySettings
from policy_core._evidence import EvidenceModel, evidence_terms, parse_evidence_model
from policy_eval import load_golden
from tools._shipped import fitter_parser, write_or_check
from tools.evidence._fit import (
    CORPUS,
    C,
    Sample,
    accuracy,
    corpus_samples,
    fit,
    golden_term_sets,
    read_corpus,
    samples,
)
from tools.evidence._measure import measure

__all__ = ["CORPUS", "corpus_samples", "fit", "main", "samples"]

TARGET = Path("packages/policy-core/src/policy_core/data/evidence.json")
CHECK_TOLERANCE = 0.01


def _agrees(shipped: EvidenceModel, fitted: EvidenceModel, data: Sequence[Sample]) -> bool:
    """The two models score every case within ``CHECK_TOLERANCE`` of each other: a refit
    by another version of the solver or its BLAS moves weights by rounding, not decisions."""
    largest = max(abs(shipped.probability(text) - fitted.probability(text)) for text, _ in data)
    print(f"largest difference in a case's score, shipped against refit: {largest:.4f}")
    return largest <= CHECK_TOLERANCE


def _probability(text: str) -> float:
    """A threshold as --threshold takes it: a number in 0..1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in 0..1, got {text[:40]!r}") from None
    if not 0.0 <= value <= 1.0:  # NaN fails both comparisons
        raise argparse.ArgumentTypeError(f"expected a number in 0..1, got {text[:40]!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = fitter_parser("python -m tools.evidence")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="DIR",
        help="also fit on the labelled texts of DIR/*.jsonl (none: an empty folder)",
    )
    parser.add_argument(
        "--exclude",
        default="b6_*.jsonl",
        metavar="PATTERN",
        help="leave out the open cases of the files matching this shell pattern",
    )
    parser.add_argument(
        "--measure",
        action="store_true",
        help="write nothing; score each corpus file by a model fitted without it (README)",
    )
    parser.add_argument(
        "--threshold",
        type=_probability,
        nargs="+",
        default=[PolicySettings().min_action_evidence],
        metavar="P",
        help="the gates --measure counts at (default: min_action_evidence's); the first's "
        "table is printed file by file",
    )
    args = parser.parse_args(argv)
    dataset = load_golden(args.golden)  # read once: the open half, the sealed half, all
    data = samples(dataset, "open", args.exclude)
    if not data:
        raise SystemExit(f"evidence: no open cases outside {args.exclude!r}")
    known = golden_term_sets(dataset)
    lines = [
        line
        for line in read_corpus(args.corpus)
        if frozenset(evidence_terms(line.text)) not in known
    ]
    corpus = [(line.text, line.acting) for line in lines]
    if args.measure:
        return measure(data, lines, args.threshold, args.golden)
    without = f" without files {args.exclude}" if args.exclude else ""
    model = fit(
        data + corpus,
        f"golden open half{without}: {len(data)} cases; wording corpus: {len(corpus)} texts; C={C}",
    )
    sealed = samples(dataset, "sealed")
    print(
        f"fit on open: {len(data)} cases, {len(model.weights)} terms, "
        f"accuracy {accuracy(model, data):.4f}"
    )
    if corpus:
        print(f"fit on the corpus: {len(corpus)} texts, accuracy {accuracy(model, corpus):.4f}")
    if sealed:
        print(f"check on sealed: {len(sealed)} cases, accuracy {accuracy(model, sealed):.4f}")
    return write_or_check(
        "evidence",
        TARGET,
        model.to_json(),
        lambda document: _agrees(parse_evidence_model(document), model, data + corpus + sealed),
        check=args.check,
        ensure_ascii=False,
        indent=0,
    )


if __name__ == "__main__":
    sys.exit(main())
