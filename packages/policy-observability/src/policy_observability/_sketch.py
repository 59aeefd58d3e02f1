"""QuantileSketch: the one percentile method of this package, in bounded memory.

The method: **nearest rank** (the p-th percentile of n values is the ``ceil(p/100 * n)``-th
smallest value), computed on a log-linear histogram whose buckets are 1/64 of a power of two
wide. A bucket is read straight from the bits of the IEEE 754 double (exponent and the top 6
mantissa bits), which orders like the values themselves for numbers >= 0; a percentile is the
midpoint of its bucket, so it is within 2**-7 (0.78%) of the exact nearest-rank value. The
result is clamped to the exact minimum and maximum, which are kept alongside, and the top rank
(p100, and p99 of fewer than 100 values) is the exact maximum. (Subnormal values, below
2.2e-308, fall in the bucket of zero and are reported as 0.)

Memory is one counter per occupied bucket (64 per power of two: about 3,200 from 1e-6 to 1e9
ms, whatever the number of values) plus at most 256 values waiting to be binned; binning in
batches with C-level conversions is what lets the aggregation read hundreds of thousands of
records a second. Sketches merge exactly, so parts can be summarised apart and combined.
"""

from __future__ import annotations

import math
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from operator import rshift

__all__ = ["RELATIVE_ACCURACY", "QuantileSketch"]

_MANTISSA_BITS = 6  # 64 buckets per power of two
_SHIFT = 52 - _MANTISSA_BITS
#: The largest relative difference between a reported percentile and the exact one.
RELATIVE_ACCURACY = 2.0 ** -(_MANTISSA_BITS + 1)
_BATCH = 256
_INF = math.inf
_WORD_SHIFT = _SHIFT - 32  # the bucket from the top 32 bits of a double
_CLEAR_LOW_6_BITS = bytes(byte & 0xC0 for byte in range(256))
_LITTLE_ENDIAN = sys.byteorder == "little" and array("I").itemsize == 4


def _bucket_bounds(key: int) -> tuple[float, float]:
    """The smallest value of bucket ``key`` and the smallest of the next bucket."""
    low, high = struct.unpack("<2d", struct.pack("<2q", key << _SHIFT, (key + 1) << _SHIFT))
    return low, high


def _bucket_counts(values: list[float]) -> dict[int, int]:
    """Bucket -> how many of ``values`` (finite, >= 0) fall in it."""
    doubles = array("d", values).tobytes()
    if not _LITTLE_ENDIAN:
        bits = array("q", doubles)
        return Counter(map(rshift, bits, repeat(_SHIFT, len(bits))))
    # The top 32 bits of a double less their low 14 (sign, exponent and 6 mantissa bits) name
    # its bucket. Byte slicing in C gathers them, the low bits cleared, so that Counter is the
    # only step that goes value by value (twice as fast as shifting each value's bits).
    high = bytearray(len(doubles) // 2)
    high[3::4] = doubles[7::8]
    high[2::4] = doubles[6::8]
    high[1::4] = doubles[5::8].translate(_CLEAR_LOW_6_BITS)
    counts: dict[int, int] = {}
    for word, count in Counter(array("I", high)).items():  # as many as occupied buckets
        counts[word >> _WORD_SHIFT] = count
    return counts


class QuantileSketch:
    """Count, sum, min, max and nearest-rank percentiles (within 0.78%) of values >= 0.

    >>> sketch = QuantileSketch([1.0, 2.0, 3.0, 4.0, 100.0])
    >>> round(sketch.quantile(0.5), 1), sketch.quantile(0.99), sketch.max
    (3.0, 100.0, 100.0)
    """

    __slots__ = ("_buckets", "_count", "_max", "_min", "_pending", "_total")

    def __init__(self, values: Iterable[float] = ()) -> None:
        self._buckets: dict[int, int] = {}
        self._pending: list[float] = []
        self._count = 0
        self._total = 0.0
        self._min = math.inf
        self._max = -math.inf
        for value in values:
            self.add(value)

    def add(self, value: float) -> None:
        """Record one value (negative values, NaN and infinity are refused with ValueError)."""
        if not 0 <= value < _INF:
            raise ValueError(f"a latency must be a finite number >= 0, got {value!r}")
        pending = self._pending
        pending.append(value)
        if len(pending) >= _BATCH:
            self._bin(pending)

    def add_many(self, values: list[float]) -> None:
        """``add`` each value in order (all finite and >= 0, checked together, or none)."""
        if values and not (min(values) >= 0 and sum(values) < _INF):
            raise ValueError("latencies must be finite numbers >= 0")
        pending = self._pending
        pending.extend(values)
        whole = len(pending) - len(pending) % _BATCH
        if whole:
            batches = pending[:whole]
            del pending[:whole]
            self.add_batches(batches)

    def add_batches(self, values: list[float]) -> None:
        """Bin ``values`` as consecutive batches of 256, as ``add`` would, in one pass.

        The buckets are counted in one go; the sum still adds batch by batch, so it is the
        same float as 256 ``add`` calls at a time would make. For values already checked, that
        come before any waiting to be binned.
        """
        total = self._total
        for start in range(0, len(values), _BATCH):
            total += sum(values[start : start + _BATCH])
        self._count_buckets(values)
        self._total = total

    def extend(self, values: list[float]) -> None:
        """Record many values at once (all finite and >= 0, checked together, or none)."""
        # The sum is NaN or infinite when any value is: one C-level pass checks them all.
        if values and not (min(values) >= 0 and sum(values) < _INF):
            raise ValueError("latencies must be finite numbers >= 0")
        self._bin(self._pending)
        self._bin(values)

    def _bin(self, values: list[float]) -> None:
        """Move ``values`` into the buckets and empty the list."""
        if not values:
            return
        self._total += sum(values)
        self._count_buckets(values)
        values.clear()

    def _count_buckets(self, values: list[float]) -> None:
        """Count ``values`` (at least one) in the buckets, the count, min and max; not the sum."""
        buckets = self._buckets
        for key, count in _bucket_counts(values).items():
            buckets[key] = buckets.get(key, 0) + count
        self._count += len(values)
        low, high = min(values), max(values)
        self._min = min(self._min, low)
        self._max = max(self._max, high)

    @property
    def count(self) -> int:
        """How many values were added."""
        return self._count + len(self._pending)

    @property
    def min(self) -> float:
        """The exact smallest value (``inf`` when empty)."""
        self._bin(self._pending)
        return self._min

    @property
    def max(self) -> float:
        """The exact largest value (``-inf`` when empty)."""
        self._bin(self._pending)
        return self._max

    @property
    def total(self) -> float:
        """The sum of the values."""
        self._bin(self._pending)
        return self._total

    @property
    def mean(self) -> float:
        """The mean; NaN when empty."""
        count = self.count
        return self.total / count if count else math.nan

    def merge(self, other: QuantileSketch) -> None:
        """Add every value of ``other`` to this sketch."""
        self._bin(self._pending)
        other._bin(other._pending)
        for key, count in other._buckets.items():
            self._buckets[key] = self._buckets.get(key, 0) + count
        self._count += other._count
        self._total += other._total
        self._min = min(self._min, other._min)
        self._max = max(self._max, other._max)

    def quantile(self, q: float) -> float:
        """The nearest-rank ``q``-quantile (``0 < q <= 1``), within 0.78%; NaN when empty."""
        if not 0 < q <= 1:
            raise ValueError(f"q must be in (0, 1], got {q!r}")
        self._bin(self._pending)
        if self._count == 0:
            return math.nan
        rank = max(1, math.ceil(q * self._count))
        if rank == self._count:
            return self._max
        seen = 0
        for key in sorted(self._buckets):
            seen += self._buckets[key]
            if seen >= rank:
                low, high = _bucket_bounds(key)
                middle = (low + high) / 2 if low > 0 else 0.0  # bucket 0 holds zero
                return min(max(middle, self._min), self._max)
        return self._max  # unreachable: the buckets add up to the count

    def summary(self, scale: float = 1.0) -> dict[str, float | int | None]:
        """Count, p50, p95, p99, max and mean, times ``scale`` (1000: seconds shown as
        milliseconds), rounded to 3 decimals (None when empty)."""
        if self.count == 0:
            return {"count": 0, "p50": None, "p95": None, "p99": None, "max": None, "mean": None}
        return {
            "count": self.count,
            "p50": round(self.quantile(0.50) * scale, 3),
            "p95": round(self.quantile(0.95) * scale, 3),
            "p99": round(self.quantile(0.99) * scale, 3),
            "max": round(self.max * scale, 3),
            "mean": round(self.mean * scale, 3),
        }
