"""Calibrated confidence of an executed (or confirmed) decision, SPEC §4.3.

The confidence of an execute or confirm is the probability that the whole decision is right
(intent, items, task fields). It is a logistic model over a few features of what was read,
fitted on the open half of the golden dataset (``tools/calibrate``) and checked on the sealed
half; the weights ship as data (``data/calibration.json``) beside this module. The features
use only the extraction and the command's word count, so an LLM's draft gets a confidence on
the same scale as the rules' own reading.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from policy_core._extraction import Extraction

__all__ = ["FEATURES", "SHIPPED_CALIBRATION", "Calibration", "features", "load_calibration"]

FEATURES: Final[tuple[str, ...]] = (
    "task",
    "mixed",
    "items",
    "quantified_share",
    "list_from_text",
    "assignee_from_text",
    "due",
    "zone",
    "item_words",
    "title_words",
    "text_words",
)
_ITEM_CAP: Final = 6
_WORD_CAP: Final = 12


def features(extraction: Extraction, word_count: int) -> dict[str, float]:
    """The model's inputs for one extraction that executes; each lies in [0, 1]."""
    items = extraction.items
    task = extraction.task
    item_words = max((len(item.name.split()) for item in items), default=0)
    title_words = len(task.title.split()) if task is not None else 0
    return {
        "task": float(extraction.intent == "create_task"),
        "mixed": float(extraction.intent == "mixed"),
        "items": min(len(items), _ITEM_CAP) / _ITEM_CAP,
        "quantified_share": (
            sum(1 for item in items if item.quantity is not None) / len(items) if items else 0.0
        ),
        "list_from_text": float(extraction.list_from == "text"),
        "assignee_from_text": float(task is not None and task.assignee_from == "text"),
        "due": float(task is not None and task.due is not None),
        "zone": float(task is not None and task.zone_id is not None),
        "item_words": min(item_words, 4) / 4,
        "title_words": min(title_words, _WORD_CAP) / _WORD_CAP,
        "text_words": min(word_count, 3 * _WORD_CAP) / (3 * _WORD_CAP),
    }


@dataclass(frozen=True, slots=True)
class Calibration:
    """A fitted logistic model: ``p = 1 / (1 + exp(-(bias + sum(w_f * x_f))))``."""

    bias: float
    weights: Mapping[str, float]
    fitted_on: str = ""

    def probability(self, values: Mapping[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * x for name, x in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> dict[str, object]:
        return {
            "model": "logistic",
            "fitted_on": self.fitted_on,
            "bias": self.bias,
            "weights": {name: self.weights.get(name, 0.0) for name in FEATURES},
        }


def parse_calibration(doc: Mapping[str, object]) -> Calibration:
    """A Calibration from its JSON form; unknown feature names are refused."""
    weights = doc.get("weights")
    bias = doc.get("bias")
    if not isinstance(weights, Mapping) or not isinstance(bias, int | float):
        raise ValueError("calibration: needs a numeric `bias` and a `weights` object")
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise ValueError(f"calibration: unknown features {unknown}")
    table = {str(k): float(v) for k, v in weights.items()}
    return Calibration(float(bias), MappingProxyType(table), str(doc.get("fitted_on", "")))


def load_calibration() -> Calibration:
    """The calibration shipped with the package."""
    text = files("policy_core").joinpath("data", "calibration.json").read_text("utf-8")
    return parse_calibration(json.loads(text))


SHIPPED_CALIBRATION: Final = load_calibration()
"""The calibration in ``data/calibration.json``, read once on import (frozen)."""
