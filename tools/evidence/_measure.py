"""``python -m tools.evidence --measure``: what the gate does to text by authors it never
learnt from.

Each file of the wording corpus was written by one author. For each file in turn, a model is
fitted on the golden open half and every *other* file, and scores that file's texts; the rules
decide each text with the gate off, in the golden household of its language (``family_ru``,
``family_en``, ``mixed_couple``). Counted per file and in all: the texts the rules act on (an
execute or a confirm), and of those, the ones the gate at ``threshold`` turns into a clarify,
by that model and by one fitted on the golden open half alone. A request held back is the
gate's cost; a non-request held back is a false action it prevents. Nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from policy_core import PolicySettings, decide
from policy_core._evidence import EvidenceModel
from tools.evidence._fit import CorpusText, Sample, fit

HOUSEHOLD_OF_LANG = {"ru": "family_ru", "en": "family_en", "mixed": "mixed_couple"}
ALL_CAPABILITIES = (
    "start_job",
    "propose_create_task",
    "propose_add_shopping_item",
    "clarify",
    "reject",
    "confirm",
)
ACTING_ACTIONS = frozenset(
    {"start_job", "confirm", "propose_create_task", "propose_add_shopping_item"}
)


@dataclass
class Tally:
    """One kind of text (requests or non-requests) of one file, or of all."""

    texts: int = 0
    acted: int = 0  # by the rules, the gate off
    held_by_golden: int = 0  # of those, below the threshold for the golden-only model
    held_by_others: int = 0  # of those, below it for the model fitted without the file

    def add(self, other: Tally) -> None:
        self.texts += other.texts
        self.acted += other.acted
        self.held_by_golden += other.held_by_golden
        self.held_by_others += other.held_by_others

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
            "capabilities": list(ALL_CAPABILITIES),
            "context": household["context"],
        },
        PolicySettings(min_action_evidence=0.0),
    )
    return decision.action in ACTING_ACTIONS


def _tally(
    lines: Sequence[CorpusText],
    acting: bool,
    acted: Sequence[bool],
    models: tuple[EvidenceModel, EvidenceModel],
    threshold: float,
) -> Tally:
    golden_only, others = models
    tally = Tally()
    for line, rules_acted in zip(lines, acted, strict=True):
        if line.acting != acting:
            continue
        tally.texts += 1
        if rules_acted:
            tally.acted += 1
            tally.held_by_golden += golden_only.probability(line.text) < threshold
            tally.held_by_others += others.probability(line.text) < threshold
    return tally


def measure(
    golden_open: Sequence[Sample], corpus: Sequence[CorpusText], threshold: float, golden: Path
) -> int:
    """Print the leave-one-file-out table (module docstring); 0."""
    households = json.loads((golden / "contexts.json").read_text("utf-8"))
    files = sorted({line.source for line in corpus})
    if len(files) < 2:
        raise SystemExit("evidence: --measure needs a corpus of at least two files")
    golden_only = fit(golden_open, "golden open half")
    print(
        f"gate at {threshold}; each file scored by a model fitted on the golden open half and the "
        "other files ('others') and by one fitted on the golden open half alone ('golden')\n"
        f"{'file':<14}|{'requests':^33}|{'non-requests':^33}\n"
        f"{'':<14}|{'texts  acted  golden  others':>32} |{'texts  acted  golden  others':>32}"
    )
    totals = (Tally(), Tally())
    for path in files:
        own = [line for line in corpus if line.source == path]
        rest = [(line.text, line.acting) for line in corpus if line.source != path]
        models = (golden_only, fit([*golden_open, *rest], f"without {path.name}"))
        acted = [rules_act(line, households) for line in own]
        row = tuple(_tally(own, kind, acted, models, threshold) for kind in (True, False))
        for total, part in zip(totals, row, strict=True):
            total.add(part)
        print(f"{path.name:<14}| {row[0].cells()} | {row[1].cells()}")
    requests, others = totals
    print(f"{'all':<14}| {requests.cells()} | {others.cells()}")
    print(
        f"acted on after the gate: requests {requests.acted - requests.held_by_others} of "
        f"{requests.texts}, non-requests {others.acted - others.held_by_others} of {others.texts} "
        f"(rules alone: {requests.acted} and {others.acted}; with the golden-only model: "
        f"{requests.acted - requests.held_by_golden} and {others.acted - others.held_by_golden})"
    )
    return 0
