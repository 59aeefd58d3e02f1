"""Issue #12, ninth batch: a Russian need word said last, with the list beside it.

"Батареек надо" buys batteries; so does "батареек в хозтовары надо" and "батареек надо в
хозтовары": the list the purchase goes to (a list preposition and one of the household's
lists) may stand on either side of the need word, and the product before it may head a
complement ("губок для посуды в хозтовары надо"). A person before the need word still buys
nothing ("мне в хозтовары надо"). A genitive noun after an adjective in the genitive singular
keeps that number in its name ("туалетной бумаги" is "туалетная бумага", not "бумаги"). Each
row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, items_of

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "names", "list_id"),
    [
        ("батареек в Costco надо", ["батарейки"], "l-costco"),
        ("соли надо в продукты", ["соль"], "l-groceries"),
        ("щёток для обуви в продукты нужно", ["щётки для обуви"], "l-groceries"),
    ],
)
def test_the_list_beside_a_need_word_said_last(text: str, names: list[str], list_id: str) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert [name for name, _, _ in items_of(document)] == names
    actions = document["payload"]["proposed_actions"]
    assert {a["payload"]["item"]["list_id"] for a in actions} == {list_id}


def test_a_person_before_it_buys_nothing() -> None:
    assert asks_intent(decide_text("мне в продукты надо"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("купи белой краски", "белая краска"),
        ("купи детской присыпки", "детская присыпка"),
        ("купи свежих яиц", "свежие яйца"),
    ],
)
def test_an_adjective_says_the_number_of_its_noun(text: str, name: str) -> None:
    document = decide_text(text)
    assert [n for n, _, _ in items_of(document)] == [name]
