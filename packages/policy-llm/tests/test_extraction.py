"""The extraction schema and read_answer: what a schema-valid answer becomes as a Draft."""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft202012Validator

from policy_core import Draft, ItemDraft, TaskDraft
from policy_core._units import canonical_unit
from policy_core.lang import BUILT_IN
from policy_llm import extraction_schema
from policy_llm._extraction import EXTRACTION_SCHEMA_VERSION, LLMReading, read_answer


def answer(**fields: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "intent": "add_shopping_item",
        "items": [],
        "list_id": None,
        "task": None,
        "confidence": 0.9,
    }
    document.update(fields)
    Draft202012Validator(extraction_schema()).validate(document)  # only valid answers are read
    return document


def item(name: str, quantity: float | None = None, unit: str | None = None) -> dict[str, Any]:
    return {"name": name, "quantity": quantity, "unit": unit}


# --- the schema -----------------------------------------------------------------------------


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = extraction_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert jsonschema.validators.validator_for(schema) is Draft202012Validator


def test_the_schema_is_shipped_in_the_package_and_versioned() -> None:
    text = resources.files("policy_llm").joinpath("schemas/extraction.schema.json").read_text()
    assert json.loads(text) == extraction_schema()
    assert extraction_schema()["$id"].endswith("/" + EXTRACTION_SCHEMA_VERSION)


def _objects(node: object, where: str = "") -> list[tuple[str, Mapping[str, Any]]]:
    """Every object schema inside ``node`` (``type: object`` or with ``properties``)."""
    found: list[tuple[str, Mapping[str, Any]]] = []
    if isinstance(node, Mapping):
        if node.get("type") == "object" or "properties" in node:
            found.append((where or "/", node))
        for key, value in node.items():
            found += _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _objects(value, f"{where}/{index}")
    return found


def test_every_property_is_required_and_no_extra_allowed_for_openai_strict_mode() -> None:
    objects = _objects(extraction_schema())
    assert len(objects) == 3  # the answer, an item, a task
    for where, node in objects:
        assert node.get("additionalProperties") is False, where
        assert sorted(node["required"]) == sorted(node["properties"]), where


@pytest.mark.parametrize("missing", ["intent", "items", "list_id", "task", "confidence"])
def test_an_answer_missing_a_property_is_invalid(missing: str) -> None:
    document = answer()
    del document[missing]
    assert not Draft202012Validator(extraction_schema()).is_valid(document)


@pytest.mark.parametrize(
    "bad",
    [
        {"intent": "pay_bill"},
        {"items": [{"name": "milk", "quantity": 1}]},  # unit missing
        {"items": [{"name": "milk", "quantity": 0, "unit": None}]},
        {"items": [{"name": "milk", "quantity": "2", "unit": None}]},
        {"items": [{"name": "milk", "quantity": None, "unit": "litre"}]},
        {"items": [{"name": "", "quantity": None, "unit": None}]},
        {"task": {"title": "x", "assignee_id": None, "zone_id": None}},
        {"confidence": 1.5},
        {"extra": True},
    ],
)
def test_the_schema_refuses_bad_answers(bad: dict[str, Any]) -> None:
    document = {"intent": "add_shopping_item", "items": [], "list_id": None, "task": None}
    document |= {"confidence": 0.5} | bad
    assert not Draft202012Validator(extraction_schema()).is_valid(document)


def _unit_enum() -> list[str | None]:
    items = extraction_schema()["properties"]["items"]["items"]
    return list(items["properties"]["unit"]["enum"])


def test_every_unit_in_the_schema_is_canonical_for_policy_core() -> None:
    units = [unit for unit in _unit_enum() if unit is not None]
    assert None in _unit_enum()
    assert len(units) == len(set(units))
    not_canonical = [unit for unit in units if canonical_unit(unit, BUILT_IN.vocabulary) != unit]
    assert not_canonical == []


def test_the_contract_unit_codes_are_all_in_the_schema() -> None:
    codes = {"kg", "g", "l", "ml", "pcs", "pack", "bottle", "can", "loaf", "box", "bag"}
    assert codes <= set(_unit_enum())


# --- read_answer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (2.0, "2"),
        (2, "2"),
        (0.5, "0.5"),
        (1.5, "1.5"),
        (1.25, "1.25"),
        (10.0, "10"),
        (100.0, "100"),
        (100000, "100000"),
        (100000.0, "100000"),
        (1e-7, "0.0000001"),
        (2.5e-5, "0.000025"),
        (12, "12"),
        (None, None),
    ],
)
def test_quantities_are_decimal_strings_never_in_exponent_form(
    quantity: float | None, expected: str | None
) -> None:
    reading = read_answer(answer(items=[item("milk", quantity)]))
    assert reading.draft.items[0].quantity == expected
    if expected is not None:
        assert "e" not in expected.lower()
        assert float(expected) == quantity


def test_a_whole_answer_reads_into_a_draft() -> None:
    reading = read_answer(
        answer(
            intent="mixed",
            items=[item("молоко", 2.0, "l"), item(" bread ", None, None)],
            list_id="l-groceries",
            task={
                "title": "Вынести мусор",
                "assignee_id": "u-petya",
                "zone_id": "z-kitchen",
                "due": "2026-03-05T19:00:00+03:00",
            },
            confidence=1,
        )
    )
    assert reading == LLMReading(
        Draft(
            "mixed",
            items=(ItemDraft("молоко", "2", "l"), ItemDraft("bread", None, None)),
            list_id="l-groceries",
            task=TaskDraft("Вынести мусор", "u-petya", "z-kitchen", "2026-03-05T19:00:00+03:00"),
        ),
        1.0,
    )
    assert isinstance(reading.confidence, float)


def test_blank_names_are_dropped() -> None:
    reading = read_answer(answer(items=[item("  "), item("eggs", 6), item("\t\n")]))
    assert reading.draft.items == (ItemDraft("eggs", "6", None),)


def test_a_null_task_reads_as_none_and_blank_fields_as_unnamed() -> None:
    assert read_answer(answer(task=None)).draft.task is None
    task = {"title": "  ", "assignee_id": " ", "zone_id": None, "due": ""}
    reading = read_answer(answer(intent="create_task", task=task))
    assert reading.draft.task == TaskDraft(None, None, None, None)


def test_blank_list_id_is_unnamed() -> None:
    assert read_answer(answer(list_id="  ")).draft.list_id is None


@pytest.mark.parametrize(
    "name",
    ["молоко", "ёжики в тумане", "crème fraîche", "🍎 apples", "סבון", "草莓", "hlé\u200bb"],
)
def test_unicode_names_are_kept_as_written(name: str) -> None:
    assert read_answer(answer(items=[item(name)])).draft.items[0].name == name


@pytest.mark.parametrize(
    "intent", ["add_shopping_item", "create_task", "mixed", "unsupported", "unknown"]
)
def test_every_intent_reads(intent: str) -> None:
    assert read_answer(answer(intent=intent)).draft.intent == intent


def test_the_docstring_example_holds() -> None:
    data = {
        "intent": "add_shopping_item",
        "list_id": None,
        "task": None,
        "confidence": 0.9,
        "items": [{"name": "milk", "quantity": 2.0, "unit": "l"}],
    }
    assert read_answer(data).draft.items == (ItemDraft(name="milk", quantity="2", unit="l"),)
