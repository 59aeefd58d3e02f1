"""Review of the session-11 rules round, findings 4 and 5 (list named last) with finding 7's
rule that a negative row asserts the whole answer.

- A need adverb ("срочно", "тоже", "also", "urgently") skipped after a need word still leaves
  the open world's test for what is needed: a person, service or emergency one calls or books
  ("скорая", "ветеринар", "the police", "a haircut": ``OpenWorldWords.service_needs``) is no
  product, so the request is asked about (SPEC §4 "The open world"); a product said beside it
  is still bought, and a product whose name holds such a word ("доктор мом") is still one.
- Every need adverb between the need word and what is needed stays out of the item's name
  ("нужен прям очень хороший сыр" buys "хороший сыр"); "still" after a need is the adjective
  ("still water") and stays.
- A list named last may be followed, after a mark, by a word of urgency or courtesy
  ("…, продукты, срочно", "…, costco list, please"): the list still closes the text and is
  no item; a greeting or a room number before it still adds nothing.

Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, items_of

_LIST_ID = {"Продукты": "l-groceries", "Costco": "l-costco"}


@pytest.mark.parametrize(
    "text",
    [
        "нужна срочно скорая",  # the review's
        "коту срочно нужен ветеринар",
        "we urgently need the police",
        "he also needs a haircut",
        "нам позарез нужен нотариус",
    ],
)
def test_a_service_after_a_need_adverb_is_asked_about(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("нужен врач, и купи молоко", [("молоко", None, None)]),
        ("Tom needs a doctor and some plasters", [("plasters", None, None)]),
        ("нужен доктор мом", [("доктор мом", None, None)]),  # a syrup: the service is no head
        ("we need nurse shoes", [("nurse shoes", None, None)]),
    ],
)
def test_a_service_beside_a_product_leaves_the_product(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("нужен прям очень хороший сыр", [("хороший сыр", None, None)]),  # the review's
        ("нужна ещё прям свежая рыба", [("свежая рыба", None, None)]),
        ("we need really good olive oil", [("good olive oil", None, None)]),
        ("we need still water", [("still water", None, None)]),
    ],
)
def test_every_need_adverb_stays_out_of_the_item(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document) == items
    actions = document["payload"]["proposed_actions"]
    assert {a["payload"]["item"]["list_id"] for a in actions} == {"l-groceries"}


@pytest.mark.parametrize(
    ("text", "items", "list_name"),
    [
        ("кефир, 2 литра, продукты, срочно", [("кефир", "2", "l")], "Продукты"),  # the review's
        ("гречка, три пачки, продукты, пожалуйста", [("гречка", "3", "pack")], "Продукты"),
        ("oat milk, 2 cartons, costco list, please", [("oat milk", "2", "box")], "Costco"),
    ],
)
def test_a_word_of_urgency_after_a_list_named_last_is_no_item(
    text: str, items: list[tuple[str, str | None, str | None]], list_name: str
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document) == items
    actions = document["payload"]["proposed_actions"]
    assert {a["payload"]["item"]["list_id"] for a in actions} == {_LIST_ID[list_name]}


@pytest.mark.parametrize(
    "text", ["hello, costco, please", "room 12, costco list, thanks", "Tom, 2 hours, costco, asap"]
)
def test_a_closing_word_adds_no_product_before_a_list_named_last(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document
