"""``python -m tools.evidence --measure``: what the gate does to text by authors it never
learnt from.

Each file of the wording corpus was written by one author. For each file in turn, a model is
fitted on the golden open half and every *other* file, and scores that file's texts; the rules
decide each text with the gate off, in the golden household of its language (``family_ru``,
``family_en``, ``mixed_couple``). Counted per file and in all: the texts the rules act on (an
execute or a confirm), and of those, the ones the gate at each threshold turns into a clarify,
by that model and by one fitted on the golden open half alone. A request held back is the
gate's cost; a non-request held back is a false action it prevents. Nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from policy_core import CAPABILITIES, PolicySettings, decide
from policy_eval._calibration import ACTING_OUTCOMES
from tools.evidence._fit import CorpusText, Sample, fit

HOUSEHOLD_OF_LANG = {"ru": "family_ru", "en": "family_en", "mixed": "mixed_couple"}


@dataclass
class Tally:
    """One kind of text (requests or non-requests) of one file, or of all."""

    texts: int = 0
    acted: int = 0  # by the rules, the gate off
    held_by_golden: int = 0  # of those, below the threshold for the golden-only model
    held_by_others: int = 0  # of those, below it for the model fitted without the file

    def cells(self) -> str:
        return f"{self.texts:>6} {self.acted:>6} {self.held_by_golden:>8} {self.held_by_others:>8}"


def rules_act(line: CorpusText, households: dict[str, dict[str, object]]) -> bool:
    """The rules, gate off, act on ``line`` in the golden household of its language."""
    household = households[HOUSEHOLD_OF_LANG[line.lang]]
    decision = decide(
        {
            "command_id": "measure",
            "user_id": household["user_id"],
            "text": line.text,
            "timestamp": household["timestamp"],
            "capabilities": list(CAPABILITIES),  # every one: what the rules would do
            "context": household["context"],
        },
        PolicySettings(min_action_evidence=0.0),
    )
    return decision.decision_outcome in ACTING_OUTCOMES


@dataclass(frozen=True)
class Scored:
    """One corpus text: whether the rules act on it, and its two models' scores."""

    line: CorpusText
    acted: bool
    by_golden: float  # the golden-only model's score
    by_others: float  # the score of the model fitted without the text's file


def _tally(scored: Sequence[Scored], acting: bool, threshold: float) -> Tally:
    tally = Tally()
    for text in scored:
        if text.line.acting != acting:
            continue
        tally.texts += 1
        if text.acted:
            tally.acted += 1
            tally.held_by_golden += text.by_golden < threshold
            tally.held_by_others += text.by_others < threshold
    return tally


def score_by_file(
    golden_open: Sequence[Sample], corpus: Sequence[CorpusText], golden: Path
) -> dict[str, list[Scored]]:
    """Each file's texts, decided by the rules and scored by both models (module docstring)."""
    households = json.loads((golden / "contexts.json").read_text("utf-8"))
    files = sorted({line.source for line in corpus})
    if len(files) < 2:
        raise SystemExit("evidence: --measure needs a corpus of at least two files")
    golden_only = fit(golden_open, "golden open half")
    scored: dict[str, list[Scored]] = {}
    for path in files:
        rest = [(line.text, line.acting) for line in corpus if line.source != path]
        others = fit([*golden_open, *rest], f"without {path.name}")
        scored[path.name] = [
            Scored(
                line,
                rules_act(line, households),
                golden_only.probability(line.text),
                others.probability(line.text),
            )
            for line in corpus
            if line.source == path
        ]
    return scored


def measure(
    golden_open: Sequence[Sample],
    corpus: Sequence[CorpusText],
    thresholds: Sequence[float],
    golden: Path,
) -> int:
    """Print the leave-one-file-out table at the first threshold, then every threshold's
    totals (module docstring); 0."""
    scored = score_by_file(golden_open, corpus, golden)
    everything = [text for texts in scored.values() for text in texts]
    print(
        f"gate at {thresholds[0]}; each file scored by a model fitted on the golden open half "
        "and the other files ('others') and by one fitted on the golden open half alone "
        f"('golden')\n{'file':<14}|{'requests':^33}|{'non-requests':^33}\n"
        f"{'':<14}|{'texts  acted  golden  others':>32} |{'texts  acted  golden  others':>32}"
    )
    for name, texts in [*scored.items(), ("all", everything)]:
        requests, others = (_tally(texts, kind, thresholds[0]) for kind in (True, False))
        print(f"{name:<14}| {requests.cells()} | {others.cells()}")
    for threshold in thresholds:
        requests, others = (_tally(everything, kind, threshold) for kind in (True, False))
        print(
            f"at {threshold}: acted on after the gate: requests "
            f"{requests.acted - requests.held_by_others} of {requests.texts}, non-requests "
            f"{others.acted - others.held_by_others} of {others.texts} (rules alone: "
            f"{requests.acted} and {others.acted}; with the golden-only model: "
            f"{requests.acted - requests.held_by_golden} and "
            f"{others.acted - others.held_by_golden})"
        )
    return 0
