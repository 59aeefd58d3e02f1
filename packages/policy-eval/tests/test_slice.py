"""The --bucket slice: fixed by the ids alone, a partition of the dataset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy_eval._cli import EXIT_BAD_INPUT, EXIT_OK, main
from policy_eval._dataset import load_golden
from policy_eval._slice import Bucket, parse_bucket


def test_buckets_partition_the_cases(tiny_golden: Path) -> None:
    dataset = load_golden(tiny_golden)
    slices = [Bucket(index, 3).of(dataset) for index in range(3)]
    ids = sorted(case.id for part in slices for case in part.cases)
    assert ids == sorted(case.id for case in dataset.cases)
    assert len({part.digest for part in slices} | {dataset.digest}) == 4


def test_a_bucket_is_the_same_on_every_run(tiny_golden: Path) -> None:
    first = Bucket(1, 2).of(load_golden(tiny_golden))
    again = Bucket(1, 2).of(load_golden(tiny_golden))
    assert [c.id for c in first.cases] == [c.id for c in again.cases]
    assert first.digest == again.digest


@pytest.mark.parametrize("text", ["1", "a/2", "2/2", "0/0", "-1/3", "/"])
def test_bad_buckets_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"B/N|B < N"):
        parse_bucket(text)


def test_run_with_a_bucket_evaluates_only_its_cases(tiny_golden: Path, tmp_path: Path) -> None:
    dataset = load_golden(tiny_golden)
    bucket = next(b for b in (Bucket(i, 2) for i in range(2)) if 0 < len(b.of(dataset).cases) < 3)
    reports = tmp_path / "reports"
    argv = ["run", "--golden", str(tiny_golden), "--report-dir", str(reports)]
    assert main([*argv, "--bucket", f"{bucket.index}/2", "--no-progress"]) == EXIT_OK
    report = json.loads((reports / "report.json").read_text("utf-8"))
    assert report["dataset"]["cases"] == len(bucket.of(dataset).cases)


def test_run_refuses_a_malformed_bucket(tiny_golden: Path, tmp_path: Path) -> None:
    argv = ["run", "--golden", str(tiny_golden), "--report-dir", str(tmp_path), "--bucket", "3"]
    assert main(argv) == EXIT_BAD_INPUT


def test_policies_may_be_named_comma_separated(tiny_golden: Path, tmp_path: Path) -> None:
    argv = ["run", "--golden", str(tiny_golden), "--report-dir", str(tmp_path)]
    assert main([*argv, "--policy", "deterministic, ", "--no-progress"]) == EXIT_OK
    assert main([*argv, "--policy", "deterministic,nosuch", "--no-progress"]) == EXIT_BAD_INPUT
