"""Calibration of confidence: reliability bins and the expected calibration error (ECE).

A decision's confidence claims the probability that the whole decision is right. Over the
decisions that act (execute or confirm), sorted into equal-width confidence bins, ECE is the
case-weighted mean gap between each bin's mean confidence and its share of passed cases:
``sum(n_b / N * |passed_b - confidence_b|)``. 0 is perfect; 0.05 means confidence is off by
five points on average.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

__all__ = ["ACTING_OUTCOMES", "BINS", "ReliabilityBin", "expected_calibration_error", "reliability"]

ACTING_OUTCOMES: Final = frozenset({"execute", "confirm"})
BINS: Final = 10


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """One confidence bin: [low, high), its decisions, their mean confidence and pass share."""

    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = BINS) -> list[ReliabilityBin]:
    """The non-empty bins of (confidence, passed) pairs; confidence 1.0 falls in the top bin.

    >>> [(b.count, b.accuracy) for b in reliability([(0.95, True), (0.97, False), (0.2, False)])]
    [(1, 0.0), (2, 0.5)]
    """
    grouped: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for confidence, passed in pairs:
        index = min(bins - 1, max(0, int(confidence * bins)))
        grouped[index].append((confidence, passed))
    result = []
    for index, members in enumerate(grouped):
        if members:
            result.append(
                ReliabilityBin(
                    low=index / bins,
                    high=(index + 1) / bins,
                    count=len(members),
                    mean_confidence=sum(c for c, _ in members) / len(members),
                    accuracy=sum(1 for _, ok in members if ok) / len(members),
                )
            )
    return result


def expected_calibration_error(
    pairs: Sequence[tuple[float, bool]], bins: int = BINS
) -> float | None:
    """ECE over (confidence, passed) pairs; ``None`` when there are none.

    >>> expected_calibration_error([(0.9, True)] * 9 + [(0.9, False)])
    0.0
    """
    if not pairs:
        return None
    total = len(pairs)
    gap = sum(
        b.count / total * abs(b.accuracy - b.mean_confidence) for b in reliability(pairs, bins)
    )
    return round(gap, 12)
