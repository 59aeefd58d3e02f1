"""``python -m tools.evidence [--golden golden] [--exclude PATTERN] [--corpus DIR] [--check]``:
fit policy-core's evidence model.

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
case more than ``CHECK_TOLERANCE`` away from a refit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from policy_core._evidence import EvidenceModel, evidence_terms, parse_evidence_model
from policy_eval import Dataset, load_golden
from tools._shipped import fitter_parser, golden_cases, write_or_check

TARGET = Path("packages/policy-core/src/policy_core/data/evidence.json")
CORPUS = Path("tools/evidence/corpus")
CORPUS_FIELDS = frozenset({"text", "acting", "lang"})
CORPUS_LANGS = frozenset({"ru", "en", "mixed"})
ACTING_INTENTS = frozenset({"add_shopping_item", "create_task", "mixed"})
C = 1.0  # inverse L2 strength, chosen by leave-one-batch-out false executes kept (README)
MIN_WEIGHT = 0.05
DIGITS = 4
TOLERANCE = 1e-8  # the solver's: fitted to convergence, so a refit lands on the same weights
CHECK_TOLERANCE = 0.01

Sample = tuple[str, bool]


def samples(golden: Path | Dataset, split: str, exclude: str = "") -> list[Sample]:
    """(text, the case expects a request the platform serves) for every case of ``split``."""
    return [
        (case.command.text, case.expected.intent in ACTING_INTENTS)
        for case in golden_cases(golden, split, exclude=exclude)
    ]


def _corpus_problem(row: object) -> str | None:
    """What is wrong with one parsed line of the corpus, or None."""
    if not isinstance(row, dict):
        return f"expected an object, got {type(row).__name__}"
    if missing := sorted(CORPUS_FIELDS - set(row)):
        return f"missing field(s) {', '.join(missing)}"
    if extra := sorted(set(row) - CORPUS_FIELDS):
        shown = ", ".join(repr(name[:40]) for name in extra[:3])
        return f"unexpected field(s) {shown}" + (
            f" and {len(extra) - 3} more" if len(extra) > 3 else ""
        )
    if not isinstance(row["text"], str) or not row["text"].strip():
        return "text: expected a non-empty string"
    if not isinstance(row["acting"], bool):
        return "acting: expected true or false"
    if row["lang"] not in CORPUS_LANGS:
        return f"lang: expected one of {sorted(CORPUS_LANGS)}"
    return None


def corpus_samples(directory: Path) -> list[Sample]:
    """(text, it asks for a request the platform serves) for every line of the ``*.jsonl``
    files in ``directory``, in file and line order; a line that is not such an object stops
    the fit, naming its file, line and problem."""
    if not directory.is_dir():
        raise SystemExit(f"evidence: the corpus {directory} is not a folder")
    data: list[Sample] = []
    for path in sorted(directory.glob("*.jsonl")):
        lines = path.read_text("utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"evidence: {path}:{number}: not JSON ({exc.msg})") from None
            if problem := _corpus_problem(row):
                raise SystemExit(f"evidence: {path}:{number}: {problem}")
            data.append((row["text"], row["acting"]))
    return data


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
    args = parser.parse_args(argv)
    dataset = load_golden(args.golden)  # read once: the open half, the sealed half, all
    data = samples(dataset, "open", args.exclude)
    if not data:
        raise SystemExit(f"evidence: no open cases outside {args.exclude!r}")
    golden_terms = {
        frozenset(evidence_terms(case.command.text)) for case in golden_cases(dataset, "all")
    }
    corpus = [
        sample
        for sample in corpus_samples(args.corpus)
        if frozenset(evidence_terms(sample[0])) not in golden_terms
    ]  # a text the model cannot tell from a golden case's would fit on that case's answer
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
