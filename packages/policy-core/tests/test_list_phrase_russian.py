"""Issue #12: a Russian purchase said as where it goes, with no verb.

"Кола в список", "сыр и колбасу в покупки": products, then "в"/"во" and the list (its word
or one of the household's lists) in the accusative ask to add them, as "milk on the list"
does in English; a heading closed by a mark before the list is no item when the items follow
it ("к празднику: в список торт и свечи"). "Сыр в корзине" (where it is) and a told deed ("кот
залез в корзину", "я положила сыр в корзину") ask nothing. Each row is decided through
``decide()`` against the bilingual test household (``policy_core.testing``); none is a golden
sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, task_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("квас в список", ["квас"]),
        ("сметану и укроп в продукты", ["сметана", "укроп"]),
        ("к шашлыку: в список уголь и розжиг", ["уголь", "розжиг"]),
    ],
)
def test_products_then_the_list_they_go_to(text: str, names: list[str]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert item_names(document) == names


def test_beside_a_task_it_is_a_mixed_request() -> None:
    document = decide_text("квас в список + Маше полить цветы")
    assert document["action"] == "confirm", document
    assert item_names(document) == ["квас"]
    task = task_of(document)
    assert task is not None
    assert task["assignee_id"] == "u-masha"


@pytest.mark.parametrize(
    "text", ["сметана в корзине", "кошка залезла в корзину", "я положил квас в список"]
)
def test_where_it_is_or_a_told_deed_asks_nothing(text: str) -> None:
    assert asks_intent(decide_text(text))
