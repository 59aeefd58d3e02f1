"""--filter and --limit: which cases a run keeps, and that the selection has its own digest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_eval import Dataset, SpecError, load_golden, parse_filter, select_cases

CLARIFY = {"intent": "unknown", "outcome": "clarify", "action": "clarify"}


@pytest.fixture
def dataset(tmp_path: Path, kit: Any) -> Dataset:
    rows = [
        ("ru-shop-1", "ru", ["shopping", "typo"]),
        ("ru-task-1", "ru", ["task"]),
        ("en-shop-1", "en", ["shopping"]),
        ("en-task-1", "en", ["task", "typo"]),
        ("mx-shop-1", "mixed", ["shopping", "mixed_lang"]),
    ]
    cases = [
        {
            "id": case_id,
            "lang": lang,
            "difficulty": "easy",
            "tags": tags,
            "text": "hello",
            "context": "home_en",
            "expected": CLARIFY,
        }
        for case_id, lang, tags in rows
    ]
    return load_golden(kit.make_golden(tmp_path / "golden", cases))


# (filters, limit, the ids kept): one row per rule.
SELECTIONS = [
    ([], None, ["ru-shop-1", "ru-task-1", "en-shop-1", "en-task-1", "mx-shop-1"]),
    (["tag:typo"], None, ["ru-shop-1", "en-task-1"]),
    (["lang:ru"], None, ["ru-shop-1", "ru-task-1"]),
    (["id:*-shop-*"], None, ["ru-shop-1", "en-shop-1", "mx-shop-1"]),
    (["lang:ru", "lang:en"], None, ["ru-shop-1", "ru-task-1", "en-shop-1", "en-task-1"]),  # or
    (["lang:en", "tag:shopping"], None, ["en-shop-1"]),  # different kinds: and
    (["tag:mixed*"], None, ["mx-shop-1"]),  # a tag pattern
    ([], 2, ["ru-shop-1", "ru-task-1"]),
    (["tag:shopping"], 2, ["ru-shop-1", "en-shop-1"]),  # the limit after the filters
]


@pytest.mark.parametrize(("filters", "limit", "kept"), SELECTIONS)
def test_filters_and_limit_keep_these_cases(
    dataset: Dataset, filters: list[str], limit: int | None, kept: list[str]
) -> None:
    chosen = select_cases(dataset, [parse_filter(f) for f in filters], limit)
    assert [case.id for case in chosen.cases] == kept


def test_a_selection_has_its_own_digest(dataset: Dataset) -> None:
    assert select_cases(dataset) is dataset
    typo = select_cases(dataset, [parse_filter("tag:typo")])
    two = select_cases(dataset, [], 2)
    assert len({dataset.digest, typo.digest, two.digest}) == 3
    assert typo.digest == select_cases(dataset, [parse_filter("tag:typo")]).digest


@pytest.mark.parametrize("text", ["typo", "kind:x", "tag:", "lang"])
def test_a_malformed_filter_names_the_option(text: str) -> None:
    with pytest.raises(SpecError, match="KIND:PATTERN") as raised:
        parse_filter(text)
    assert raised.value.option == "--filter"


def test_a_filter_matching_nothing_is_an_error(dataset: Dataset) -> None:
    with pytest.raises(SpecError, match="no case of"):
        select_cases(dataset, [parse_filter("tag:nonexistent")])
