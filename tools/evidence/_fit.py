"""What ``python -m tools.evidence`` fits on and how: the golden open half's texts and the
wording corpus's, each labelled request or not, and the logistic regression over
``policy_core._evidence.evidence_terms`` that becomes the shipped model."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from policy_core._evidence import EvidenceModel, evidence_terms
from policy_eval import Dataset
from tools._shipped import golden_cases

CORPUS = Path("tools/evidence/corpus")
CORPUS_FIELDS = frozenset({"text", "acting", "lang"})
CORPUS_LANGS = frozenset({"ru", "en", "mixed"})
ACTING_INTENTS = frozenset({"add_shopping_item", "create_task", "mixed"})
C = 1.0  # inverse L2 strength, chosen by leave-one-batch-out false executes kept (README)
MIN_WEIGHT = 0.05
DIGITS = 4
TOLERANCE = 1e-8  # the solver's: fitted to convergence, so a refit lands on the same weights

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


class CorpusText(NamedTuple):
    """One line of the wording corpus, with the file it came from."""

    text: str
    acting: bool
    lang: str
    source: Path


def read_corpus(directory: Path) -> list[CorpusText]:
    """Every line of the ``*.jsonl`` files in ``directory``, in file and line order; a line
    that is not such an object stops the fit, naming its file, line and problem."""
    if not directory.is_dir():
        raise SystemExit(f"evidence: the corpus {directory} is not a folder")
    data: list[CorpusText] = []
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
            data.append(CorpusText(row["text"], row["acting"], row["lang"], path))
    return data


def corpus_samples(directory: Path) -> list[Sample]:
    """(text, it asks for a request the platform serves) for every line of the corpus in
    ``directory`` (``read_corpus``)."""
    return [(line.text, line.acting) for line in read_corpus(directory)]


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


def accuracy(model: EvidenceModel, data: Sequence[Sample]) -> float:
    """The share of cases the model alone puts on the right side of 0.5."""
    return sum((model.probability(text) >= 0.5) == label for text, label in data) / len(data)


def golden_term_sets(dataset: Dataset) -> frozenset[frozenset[str]]:
    """The term sets of every golden case's text (either half): a corpus text with one of
    them is left out, since fitted on it would teach the model that case's answer."""
    return frozenset(
        frozenset(evidence_terms(case.command.text)) for case in golden_cases(dataset, "all")
    )
