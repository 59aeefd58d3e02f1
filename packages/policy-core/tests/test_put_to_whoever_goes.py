"""Issue #12, round 35: a request put to whoever goes somewhere is a request.

A Russian household chat asks whoever passes a shop with a question word that asks nothing:
"кто пойдёт в пятёрочку — бананы, …", "кто в магазин возьмите батон". The opener ("кто",
perhaps a verb of going or being in the future or present, a preposition and a place)
addresses the request as a name would, and what follows it, after a dash, a colon or from its
imperative on, is read as said alone when it buys something. The place must be a shop or a
known list; products said alone with no verb are bought only when the evidence model scores
the wording as a list (as any list read without a verb). A question, the past, a remark or a
chore after the opener, one taken along ("— возьмите собаку") or a place that is no shop asks,
as before.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``).
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_ASK_WHAT: Any = ("clarify", ("intent",))
_GROCERIES = "l-groceries"


def _bought(*items: tuple[str, str | None, str | None]) -> tuple[Any, ...]:
    return ("start_job", tuple((name, qty, unit, _GROCERIES) for name, qty, unit in items), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "кто пойдёт в пятёрочку — бананы, зелёные яблоки, кило мандаринов",
            _bought(
                ("бананы", None, None), ("зелёные яблоки", None, None), ("мандарины", "1", "kg")
            ),
        ),
        (
            "кто будет в фикс прайсе возьмите контейнеры для еды",
            _bought(("контейнеры для еды", None, None)),
        ),
        (
            "кто в магазин — возьмите батон и пакет кефира",
            _bought(("батон", None, None), ("кефир", "1", "bag")),
        ),
        (
            "кто пойдёт в магазин — нужны яйца и сметана",
            _bought(("яйца", None, None), ("сметана", None, None)),
        ),
        ("кто пойдет мимо магазина — купите молока", _bought(("молоко", None, None))),
        (
            "кто пойдёт в продукты: хлеб, молоко",
            _bought(("хлеб", None, None), ("молоко", None, None)),
        ),
        ("кто в магазин - хлеб и сметану", _bought(("хлеб", None, None), ("сметана", None, None))),
        # a question, the past, a remark told, a place that is no shop: asked as before
        ("кто пойдёт в магазин?", _ASK_WHAT),
        ("кто в магазин — я или ты?", _ASK_WHAT),
        ("кто был в магазине — там молоко по акции", _ASK_WHAT),
        ("кто пойдёт в магазин — там молоко по акции", _ASK_WHAT),
        ("кто пойдёт в магазин — я уже купила хлеб", _ASK_WHAT),
        ("кто ходил в магазин, чек на столе", _ASK_WHAT),
        ("кто идёт в кино — попкорн с меня", _ASK_WHAT),
        ("кто пойдёт на концерт — сбор у входа в 7", _ASK_WHAT),
        ("кто пойдёт в магазин — молоко не бери, есть", _ASK_WHAT),
        ("кто в магазин", _ASK_WHAT),
        # a place that is no shop, a chore alone, one taken along, a pronoun after the place
        ("кто будет в центре — заберите посылку на почте", _ASK_WHAT),
        ("кто будет на кухне — помойте посуду", _ASK_WHAT),
        ("кто пойдёт в магазин — проверьте срок годности у молока", _ASK_WHAT),
        ("кто пойдёт в магазин — возьмите мою карту, она на тумбочке", _ASK_WHAT),
        ("кто пойдёт в магазин — возьмите собаку", _ASK_WHAT),
        ("кто пойдет в магазин я купила хлеб молоко", _ASK_WHAT),
        ("кто идёт в кино — попкорн и кола", _ASK_WHAT),
        ("кто пойдёт в магазин, тот и выбирает что купить", _ASK_WHAT),
        ("кто пойдёт в магазин — возьмите что обычно", ("clarify", ("item.name",))),
        # the place ends at a need or a verb; verbs of going after a word, or two of them
        (
            "кто пойдет в магазин нужен сахар и мука",
            _bought(("сахар", None, None), ("мука", None, None)),
        ),
        ("кто пойдет в пятерочку купите кефир", _bought(("кефир", None, None))),
        ("кто сходит в пятёрочку — возьмите хлеб", _bought(("хлеб", None, None))),
        ("кто будет проходить мимо пятёрочки — возьмите хлеб", _bought(("хлеб", None, None))),
        (
            "кто первый пойдёт в магазин — купите туалетную бумагу",
            _bought(("туалетная бумага", None, None)),
        ),
        # said with a comma, as before
        ("кто пойдёт в магазин, купите хлеба", _bought(("хлеб", None, None))),
    ],
)
def test_a_request_put_to_whoever_goes_is_read_after_its_opener(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert full_answer(text) == expected
