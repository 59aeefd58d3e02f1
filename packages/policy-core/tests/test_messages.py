"""Sentences count in words: "1 item", "2 items"; Russian nouns take their three forms."""

from __future__ import annotations

import pytest

from policy_core import decide, parse_command
from policy_core._messages import message, plural_form, sentence
from policy_core.lang import BUILT_IN

RU_FORMS = ("покупка", "покупки", "покупок")


@pytest.mark.parametrize(
    ("count", "form"),
    [(1, "покупка"), (2, "покупки"), (4, "покупки"), (5, "покупок"), (11, "покупок"),
     (12, "покупок"), (21, "покупка"), (22, "покупки"), (25, "покупок"), (111, "покупок")],
)  # fmt: skip
def test_russian_takes_one_few_many(count: int, form: str) -> None:
    assert plural_form(count, RU_FORMS) == form


@pytest.mark.parametrize(("count", "text"), [(0, "0 items"), (1, "1 item"), (2, "2 items")])
def test_a_sentence_counts_in_words(count: int, text: str) -> None:
    catalogue = {"w": "shopping ({count} {count:item|items})"}
    assert message(catalogue, "w", count=count) == f"shopping ({text})"


def test_an_explanation_of_one_item_says_item() -> None:
    command = parse_command(
        {
            "command_id": "c-one",
            "user_id": "u-1",
            "text": "buy milk",
            "timestamp": "2026-03-04T10:00:00+00:00",
            "capabilities": ["start_job", "propose_add_shopping_item"],
            "context": {
                "household": {
                    "household_id": "h-1",
                    "members": [{"user_id": "u-1", "display_name": "Sam"}],
                    "shopping_lists": [{"list_id": "l-1", "name": "Groceries"}],
                }
            },
        }
    )
    assert decide(command).explanation == "Recognised shopping (1 item)."


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    ("key", "name", "values"),
    [
        ("w.items", "count", [1, 2, 5, 11, 21]),
        ("x.execute", "what", ["shopping (2 items)", "a task"]),
        ("x.reject", "code", ["payment_not_supported", "capability_not_granted"]),
        ("x.clarify", "fields", ["intent", "item.list_id, task.title"]),
    ],
)
def test_a_sentence_filled_once_is_the_message(
    language: str, key: str, name: str, values: list[object]
) -> None:
    catalogue = BUILT_IN.messages(language)
    for value in values:
        assert isinstance(value, str | int)
        assert sentence(catalogue[key], name, value) == message(catalogue, key, **{name: value})
