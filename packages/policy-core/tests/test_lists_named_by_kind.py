"""Issue #12, round 35: products put on a list named by its kind, or by what it holds.

People name the list their products go on by its kind ("в хозтовары …", "… on pharmacy",
"put … on weekly"), whatever the household calls its own lists, and with a placing verb
they name it by what it holds ("put … on groceries") or type "list" with two letters swapped
("… on the lsit"). A kind the household keeps a list of is that list, as before; a kind it
keeps none of is a list named and not known, and the list is asked (SPEC §4.1; the golden
convention: "add paper towels to the tesco list" asks ``item.list_id``) — with a verb
("купи прищепки в хозтовары" bought "прищепки в хозтовары" on the default list) or without
one ("в хозтовары …", "хозтовары: …", "… в хозтовары": read as every cued list is). A kind
said where no list's name stands ("weekly meeting moved", "the pharmacy closes at 8"), a
report ("I put milk on groceries yesterday"), an inventory or a menu stay as they were.
Every row is our own sentence, none from the golden set or the corpus.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, full_answer

# the default household of ``policy_core.testing``: Продукты (the default) and Costco
KNOWN_LISTS = (
    {"list_id": "l-food", "name": "Продукты"},
    {"list_id": "l-home", "name": "Хозтовары"},
    {"list_id": "l-weekly", "name": "Weekly"},
    {"list_id": "l-chemist", "name": "Pharmacy"},
)
KEEPS_THEM: dict[str, Any] = {"lists": KNOWN_LISTS, "defaults": {"default_list_id": "l-food"}}

ASKS_THE_LIST = ("clarify", ("item.list_id",))
ASKS = ("clarify", ("intent",))


def _job(*items: tuple[str, str | None, str | None, str]) -> tuple[Any, ...]:
    return ("start_job", items, ())


def _groceries(*names: str) -> tuple[Any, ...]:
    return _job(*((name, None, None, "l-groceries") for name in names))


# a kind of list the household has none of: the list is asked
NOT_KEPT = [
    "в хозтовары щётку для обуви и крем для ботинок",
    "крем для ботинок и щётку для обуви в хозтовары",
    "хозтовары: батарейки, скотч, изолента",
    "Хозтовары — прищепки и верёвка для белья",
    "купи прищепки в хозтовары",
    "запиши прищепки в хозтовары, пожалуйста",
    "закинь в хозтовары лампочки две штуки",
    "put dental floss and mouthwash on pharmacy",
    "add plasters to pharmacy",
    "stick bin bags on weekly please",
    "lip balm and cotton pads to pharmacy pls",
]

# the same where the household keeps the list
KEPT = {
    "в хозтовары щётку для обуви и крем для ботинок": _job(
        ("щётка для обуви", None, None, "l-home"), ("крем для ботинок", None, None, "l-home")
    ),
    "купи прищепки в хозтовары": _job(("прищепки", None, None, "l-home")),
    "put dental floss and mouthwash on pharmacy": _job(
        ("dental floss", None, None, "l-chemist"), ("mouthwash", None, None, "l-chemist")
    ),
    "stick bin bags on weekly please": _job(("bin bags", None, None, "l-weekly")),
}

# a list called by what it holds, or "list" typed with two letters swapped: the default list
ON_THE_LIST = {
    "put fish fingers on groceries": _groceries("fish fingers"),
    "stick crumpets on groceries for the weekend": _groceries("crumpets"),
    "pop jaffa cakes and squash on groceries pleeease": _groceries("jaffa cakes", "squash"),
    "put oat milk on the lsit": _groceries("oat milk"),
    "pu rice on the lsit": _groceries("rice"),
    "add kitchen foil to the lisst": _groceries("kitchen foil"),
    "could you put crackers on the lst": _groceries("crackers"),
}

# near-misses: a kind where no list's name stands, a report, a place, an inventory, a menu
STAY = {
    "хозтовары на углу закрылись": ASKS,
    "хозтовары сегодня не работают?": ASKS,
    "ты был в хозтоварах?": ASKS,
    "купил губки в хозтовары": ASKS,
    "в холодильнике: молоко, яйца": ASKS,
    "menu for sat: lasagne, salad": ASKS,
    "weekly meeting moved to Thursday": ASKS,
    "the pharmacy closes at 8": ASKS,
    "pharmacy was packed today": ASKS,
    "put money aside for groceries": ASKS,
    "we spent too much on groceries": ASKS,
    "I put milk on groceries yesterday": ASKS,
    "did you put milk on the lsit?": ASKS,
    "whta is on the lsit": ASKS,
    "put your coat on": ASKS,
    "put the baby down for a nap": ASKS,
    "put the kettle on": ("reject", "device_control_not_supported"),
    "put the groceries away": ("start_job", (), (("Put the groceries away", "u-anna", None),)),
    "зайди в хозтовары": ("start_job", (), (("Зайди в хозтовары", "u-anna", None),)),
    # the review's: a kind where someone goes, a remark on the shop, money, a thing on a pile
    "по дороге в хозтовары купи хлеб": _groceries("хлеб"),
    "on the way to pharmacy grab plasters": _groceries("plasters"),
    "в хозтовары сегодня огромная очередь": ASKS,
    "Хозтовары — закрыты до понедельника": ASKS,
    "хозтовары: 500 рублей потратила": ASKS,
    "put $50 on groceries this week": ASKS,
    "put 20 bucks on groceries": ASKS,
    "put the receipts on groceries pile": ASKS,
    "put dinner on groceries tab": ASKS,
    "pu the kettle on": ("reject", "device_control_not_supported"),
    "pu the baby down": ASKS,
}

# a remark on the shop is no list where the household keeps it either
TOLD_OF_A_KEPT_LIST = [
    "в продукты сегодня огромная очередь",
    "Хозтовары — закрыты до понедельника",
    "Продукты: закрыты на учёт",
]


@pytest.mark.parametrize("text", NOT_KEPT)
def test_a_kind_of_list_not_kept_is_asked(text: str) -> None:
    assert full_answer(text) == ASKS_THE_LIST
    payload = decide_text(text)["payload"]
    assert payload["options"] == ["Продукты", "Costco"]


@pytest.mark.parametrize(("text", "answer"), KEPT.items())
def test_a_kind_of_list_kept_is_that_list(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text, **KEEPS_THEM) == answer


@pytest.mark.parametrize(("text", "answer"), ON_THE_LIST.items())
def test_a_list_called_by_what_it_holds_is_the_list(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(("text", "answer"), STAY.items())
def test_near_misses_keep_their_answers(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize("text", TOLD_OF_A_KEPT_LIST)
def test_a_remark_on_a_kept_list_is_no_purchase(text: str) -> None:
    assert full_answer(text, **KEEPS_THEM) == ASKS
