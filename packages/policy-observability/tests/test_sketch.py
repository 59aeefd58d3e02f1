"""QuantileSketch: nearest-rank percentiles within the documented accuracy, bounded memory."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_observability import QuantileSketch
from policy_observability._sketch import RELATIVE_ACCURACY

# Zero, or at least the smallest normal double: below it the sketch reports 0 (documented).
latencies = st.one_of(st.just(0.0), st.floats(min_value=2.3e-308, max_value=1e7))


def nearest_rank(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


@settings(max_examples=300, deadline=None)
@given(st.lists(latencies, min_size=1, max_size=700), st.floats(min_value=0.001, max_value=1.0))
def test_quantiles_are_within_the_documented_accuracy_of_nearest_rank(
    values: list[float], q: float
) -> None:
    sketch = QuantileSketch(values)
    exact = nearest_rank(values, q)
    assert abs(sketch.quantile(q) - exact) <= RELATIVE_ACCURACY * exact
    assert sketch.max == max(values)
    assert sketch.min == min(values)
    assert sketch.count == len(values)


@settings(max_examples=100, deadline=None)
@given(st.lists(latencies, max_size=600), st.lists(latencies, max_size=600))
def test_merging_equals_one_sketch_of_everything(left: list[float], right: list[float]) -> None:
    merged = QuantileSketch(left)
    merged.merge(QuantileSketch(right))
    whole = QuantileSketch(left + right)
    assert merged.summary() == whole.summary()


def test_extend_equals_adding_one_by_one() -> None:
    values = [random.Random(3).lognormvariate(0, 1) for _ in range(1000)]
    one_by_one = QuantileSketch(values)
    batched = QuantileSketch()
    batched.extend(list(values[:500]))
    batched.extend(list(values[500:]))
    assert batched.summary() == one_by_one.summary()


def test_a_small_known_set() -> None:
    sketch = QuantileSketch([float(v) for v in range(1, 11)])
    assert sketch.quantile(0.5) == pytest.approx(5.0, rel=RELATIVE_ACCURACY)
    assert sketch.quantile(0.95) == 10.0  # rank 10 of 10: the exact maximum
    assert sketch.summary()["mean"] == 5.5
    assert QuantileSketch([0.0, 0.0, 0.0]).quantile(0.5) == 0.0
    assert QuantileSketch([7.25]).summary() == {
        "count": 1,
        "p50": 7.25,
        "p95": 7.25,
        "p99": 7.25,
        "max": 7.25,
        "mean": 7.25,
    }


def test_an_empty_sketch() -> None:
    sketch = QuantileSketch()
    assert math.isnan(sketch.quantile(0.5))
    assert sketch.summary() == {
        "count": 0,
        "p50": None,
        "p95": None,
        "p99": None,
        "max": None,
        "mean": None,
    }


@pytest.mark.parametrize("bad", [-0.001, float("nan"), float("inf")])
def test_impossible_latencies_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="finite number"):
        QuantileSketch().add(bad)
    with pytest.raises(ValueError, match="finite numbers"):
        QuantileSketch().extend([1.0, bad])
    with pytest.raises(ValueError, match="q must be"):
        QuantileSketch([1.0]).quantile(0)


def test_memory_is_bounded_by_the_range_not_the_count() -> None:
    rng = random.Random(11)
    sketch = QuantileSketch()
    for _ in range(200_000):
        sketch.add(rng.uniform(0.001, 1000.0))
    octaves = math.log2(1000.0 / 0.001) + 1
    assert len(sketch._buckets) <= 64 * octaves
    assert len(sketch._pending) < 256
