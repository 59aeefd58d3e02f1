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
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from policy_core._extraction import Extraction

__all__ = [
    "FEATURES",
    "SHIPPED_CALIBRATION",
    "Calibration",
    "feature_vector",
    "features",
    "load_calibration",
]

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
_NAME_CAP: Final = 4
_TEXT_CAP: Final = 3 * _WORD_CAP


def feature_vector(extraction: Extraction, word_count: int) -> tuple[float, ...]:
    """The model's inputs for one extraction that executes, in ``FEATURES`` order; each lies
    in [0, 1]. (A tuple: this runs for every execute, and a dict costs a microsecond.)"""
    items = extraction.items
    task = extraction.task
    count = len(items)
    item_words = max([len(item.name.split()) for item in items]) if items else 0
    quantified = sum([item.quantity is not None for item in items]) / count if items else 0.0
    if task is None:
        assignee = due = zone = 0.0
        title_words = 0
    else:
        assignee = float(task.assignee_from == "text")
        due = float(task.due is not None)
        zone = float(task.zone_id is not None)
        title_words = len(task.title.split())
    intent = extraction.intent
    return (
        float(intent == "create_task"),
        float(intent == "mixed"),
        (count if count < _ITEM_CAP else _ITEM_CAP) / _ITEM_CAP,
        quantified,
        float(extraction.list_from == "text"),
        assignee,
        due,
        zone,
        (item_words if item_words < _NAME_CAP else _NAME_CAP) / _NAME_CAP,
        (title_words if title_words < _WORD_CAP else _WORD_CAP) / _WORD_CAP,
        (word_count if word_count < _TEXT_CAP else _TEXT_CAP) / _TEXT_CAP,
    )


def features(extraction: Extraction, word_count: int) -> dict[str, float]:
    """``feature_vector`` by name."""
    return dict(zip(FEATURES, feature_vector(extraction, word_count), strict=True))


@dataclass(frozen=True, slots=True)
class Calibration:
    """A fitted logistic model: ``p = 1 / (1 + exp(-(bias + sum(w_f * x_f))))``."""

    bias: float
    weights: Mapping[str, float]
    fitted_on: str = ""
    vector: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vector", tuple(self.weights.get(n, 0.0) for n in FEATURES))

    def probability(self, values: Mapping[str, float]) -> float:
        """The probability for features given by name (a missing feature counts 0)."""
        return self.probability_of(tuple(values.get(name, 0.0) for name in FEATURES))

    def probability_of(self, vector: tuple[float, ...]) -> float:
        """The probability for a ``feature_vector``."""
        score = self.bias + sum(map(operator.mul, self.vector, vector))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def probability_for(self, extraction: Extraction, word_count: int) -> float:
        """``probability_of(feature_vector(extraction, word_count))`` in one pass, without the
        vector (this runs for every execute). The terms are added in ``FEATURES`` order, as
        ``probability_of`` adds them, so both give the very same float; a zero term is left
        out (adding a zero changes no sum) and a one is its weight."""
        (
            w_task, w_mixed, w_items, w_quantified, w_list, w_assignee, w_due, w_zone,
            w_item_words, w_title_words, w_text_words,
        ) = self.vector  # fmt: skip
        total = 0.0
        intent = extraction.intent
        if intent == "create_task":
            total += w_task
        elif intent == "mixed":
            total += w_mixed
        items, task = extraction.items, extraction.task
        count = len(items)
        item_words = 0  # the longest item name's words
        if count:
            total += w_items * ((count if count < _ITEM_CAP else _ITEM_CAP) / _ITEM_CAP)
            # one walk over the items for both of their features (two comprehensions cost a
            # frame and a list each)
            quantified = 0
            for item in items:
                if item.quantity is not None:
                    quantified += 1
                words = len(item.name.split())
                item_words = max(item_words, words)
            if quantified:
                total += w_quantified * (quantified / count)
        if extraction.list_from == "text":
            total += w_list
        if task is not None:
            if task.assignee_from == "text":
                total += w_assignee
            if task.due is not None:
                total += w_due
            if task.zone_id is not None:
                total += w_zone
        if item_words:
            capped = item_words if item_words < _NAME_CAP else _NAME_CAP
            total += w_item_words * (capped / _NAME_CAP)
        if task is not None:
            title_words = len(task.title.split())
            if title_words:
                capped = title_words if title_words < _WORD_CAP else _WORD_CAP
                total += w_title_words * (capped / _WORD_CAP)
        if word_count:
            capped = word_count if word_count < _TEXT_CAP else _TEXT_CAP
            total += w_text_words * (capped / _TEXT_CAP)
        score = self.bias + total
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
