"""Bounded accumulators behind the aggregation: counts, hit rates and latency sketches by key.

Each keeps at most ``max_keys`` distinct keys; later new keys are folded into ``(other)``, so
a log with millions of distinct reason codes or stage names cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from policy_observability._sketch import QuantileSketch

__all__ = ["OTHER", "RateTable", "SketchTable", "Tally", "UsageTable"]

OTHER = "(other)"
_BATCH = 256


def rate_cell(hits: int, total: int) -> dict[str, Any]:
    """``{"rate", "hits", "total"}``; the rate is rounded to 4 places, None when total is 0."""
    return {"rate": round(hits / total, 4) if total else None, "hits": hits, "total": total}


class Tally:
    """``key -> count``; ``counts()`` lists the biggest first."""

    __slots__ = ("_counts", "_max_keys")

    def __init__(self, max_keys: int) -> None:
        self._max_keys = max_keys
        self._counts: dict[str, int] = {}

    def add(self, key: str) -> None:
        """Count one occurrence of ``key``."""
        counts = self._counts
        if key in counts:
            counts[key] += 1
        elif len(counts) < self._max_keys:
            counts[key] = 1
        else:
            counts[OTHER] = counts.get(OTHER, 0) + 1

    def add_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        """``add`` each key its count of times; keys in the order they were first seen."""
        own, room = self._counts, self._max_keys
        for key, count in counts:
            if key in own:
                own[key] += count
            elif len(own) < room:
                own[key] = count
            else:
                own[OTHER] = own.get(OTHER, 0) + count

    def counts(self) -> dict[str, int]:
        """The counts, largest first, ties by key."""
        return dict(sorted(self._counts.items(), key=lambda item: (-item[1], item[0])))


class RateTable:
    """``key -> (hits, total)``: how often something held, per key."""

    __slots__ = ("_cells", "_max_keys")

    def __init__(self, max_keys: int) -> None:
        self._max_keys = max_keys
        self._cells: dict[str, list[int]] = {}

    def add(self, key: str, hit: bool) -> None:
        """Record one observation of ``key``: a hit or a miss."""
        cell = self._cells.get(key)
        if cell is None:
            if len(self._cells) >= self._max_keys:
                key = OTHER
            cell = self._cells.setdefault(key, [0, 0])
        cell[0] += hit
        cell[1] += 1

    def add_counts(self, key: str, hits: int, total: int) -> None:
        """``add`` ``total`` observations of ``key`` at once, ``hits`` of them hits."""
        cell = self._cells.get(key)
        if cell is None:
            if len(self._cells) >= self._max_keys:
                key = OTHER
            cell = self._cells.setdefault(key, [0, 0])
        cell[0] += hits
        cell[1] += total

    def overall(self) -> dict[str, Any]:
        """The rate over every key."""
        cells = self._cells.values()
        return rate_cell(sum(c[0] for c in cells), sum(c[1] for c in cells))

    def rates(self, order: Sequence[str] = ()) -> dict[str, dict[str, Any]]:
        """``key -> rate cell``: keys named in ``order`` first, then the rest sorted."""
        rank = {key: index for index, key in enumerate(order)}
        keys = sorted(self._cells, key=lambda key: (rank.get(key, len(rank)), key))
        return {key: rate_cell(*self._cells[key]) for key in keys}


class UsageTable:
    """``(model, mode) -> calls, tokens and estimated cost`` of the LLM calls records carry.

    A call's tokens are added when the endpoint reported them and its cost when the policy
    file priced its model (``priced_calls`` says how many were), so a total is never made up
    of guesses. Past ``max_keys`` pairs, new ones are counted under ``((other), (other))``.
    """

    __slots__ = ("_cells", "_max_keys")

    def __init__(self, max_keys: int) -> None:
        self._max_keys = max_keys
        # [calls, input tokens, output tokens, priced calls, cost]
        self._cells: dict[tuple[str, str], list[Any]] = {}

    def add(
        self,
        model: str,
        mode: str,
        input_tokens: int | None,
        output_tokens: int | None,
        cost: float | None,
    ) -> None:
        """Count one call of ``model`` in ``mode``."""
        key = (model, mode)
        cell = self._cells.get(key)
        if cell is None:
            if len(self._cells) >= self._max_keys:
                key = (OTHER, OTHER)
            cell = self._cells.setdefault(key, [0, 0, 0, 0, 0.0])
        cell[0] += 1
        if input_tokens is not None:
            cell[1] += input_tokens
        if output_tokens is not None:
            cell[2] += output_tokens
        if cost is not None:
            cell[3] += 1
            cell[4] += cost

    def rows(self) -> list[dict[str, Any]]:
        """One row per (model, mode), the costliest first, then by tokens and name."""
        rows = [
            _usage_row(cell, model=model, mode=mode) for (model, mode), cell in self._cells.items()
        ]
        rows.sort(
            key=lambda row: (
                -row["estimated_cost_usd"],
                -row["input_tokens"],
                row["model"],
                row["mode"],
            )
        )
        return rows

    def total(self) -> dict[str, Any]:
        """Every call added up."""
        total: list[Any] = [0, 0, 0, 0, 0.0]
        for cell in self._cells.values():
            total = [a + b for a, b in zip(total, cell, strict=True)]
        return _usage_row(total)


def _usage_row(cell: list[Any], **key: str) -> dict[str, Any]:
    calls, input_tokens, output_tokens, priced, cost = cell
    return {
        **key,
        "calls": calls,
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "priced_calls": priced,
        "estimated_cost_usd": round(cost, 6),
    }


class SketchTable:
    """``key -> QuantileSketch`` in first-seen order, fed in batches.

    Values wait in a short list per key and go into the key's sketch 256 at a time: one
    method call per batch instead of one per value, which matters at a million lines.
    """

    __slots__ = ("_max_keys", "_pending", "_sketches")

    def __init__(self, max_keys: int) -> None:
        self._max_keys = max_keys
        self._sketches: dict[str, QuantileSketch] = {}
        self._pending: dict[str, list[float]] = {}

    def _new(self, key: str) -> list[float]:
        if len(self._sketches) >= self._max_keys:
            key = OTHER
            if key in self._pending:
                return self._pending[key]
        self._sketches[key] = QuantileSketch()
        pending: list[float] = []
        self._pending[key] = pending
        return pending

    def add(self, key: str, value: float) -> None:
        """Add ``value`` (finite, >= 0) to the sketch of ``key``."""
        pending = self._pending.get(key)
        if pending is None:  # an empty list is a flushed key, not a new one
            pending = self._new(key)
        pending.append(value)
        if len(pending) >= _BATCH:
            self._flush(key)

    def add_items(self, items: Iterable[tuple[str, float]]) -> None:
        """``add`` for each ``(key, value)`` pair."""
        pending_by_key = self._pending
        for key, value in items:
            pending = pending_by_key.get(key)
            if pending is None:
                pending = self._new(key)
            pending.append(value)
            if len(pending) >= _BATCH:
                self._flush(key)

    def fits(self, keys: Iterable[str]) -> bool:
        """Whether ``keys`` can all be added without any of them going under ``(other)``."""
        new = [key for key in keys if key not in self._sketches]
        return OTHER not in new and len(self._sketches) + len(new) <= self._max_keys

    def add_many(self, key: str, values: list[float]) -> None:
        """``add`` each value, in order, to the sketch of ``key`` (one that ``fits``)."""
        if not values:
            return
        pending = self._pending.get(key)
        if pending is None:
            pending = self._new(key)
        # The same batches of 256 as one add at a time, so the sums add up in the same order.
        pending.extend(values)
        whole = len(pending) - len(pending) % _BATCH
        if whole:
            self._sketches[key].add_batches(pending[:whole])
            del pending[:whole]

    def _flush(self, key: str) -> None:
        name = key if key in self._sketches else OTHER
        self._sketches[name].extend(self._pending[name])  # empties the list

    def get(self, key: str) -> QuantileSketch:
        """The sketch of ``key`` (an empty one when never seen)."""
        if key not in self._sketches:
            return QuantileSketch()
        self._flush(key)
        return self._sketches[key]

    def summaries(self, scale: float = 1.0) -> dict[str, dict[str, Any]]:
        """``key -> summary`` (its values times ``scale``) in first-seen order."""
        return {key: self.get(key).summary(scale) for key in self._sketches}
