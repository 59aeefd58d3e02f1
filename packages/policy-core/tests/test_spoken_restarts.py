"""Issue #12, sixteenth batch: a spoken self-correction withdraws what it corrects.

A repair is what is withdrawn, an editing term ("ой", "нет", "то есть", "в смысле", "вернее",
"хотя нет", "пусть будет" before a number; "sorry", "I mean", "or rather", "no wait", "let's
say" before a number) and what replaces it: a word said again negated ("то есть не …, а …"),
a restart at a word said just before ("в …, нет, в …"), a request verb for a request verb, a
member for a member, a due for a due, a product or a count for a product or a count. Each row
is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, started_items, task_of, tasked

Item = tuple[str, str | None, str | None]


def _list_of(text: str) -> str:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    lists = {a["payload"]["item"]["list_id"] for a in document["payload"]["proposed_actions"]}
    assert len(lists) == 1, lists
    return lists.pop()


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a verb withdrawn, said again negated, and another verb
        ("впиши, ой нет, не впиши, закинь в список салфетки", [("салфетки", None, None)]),
        # a request verb for a request verb
        ("возьми, то есть закажи, шампунь", [("шампунь", None, None)]),
        ("buy, sorry, put sponges on the list", [("sponges", None, None)]),
        ("order, I mean add, dish soap to the list", [("dish soap", None, None)]),
    ],
)
def test_a_verb_said_again_replaces_the_one_withdrawn(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a product for a product, whatever the editing term
        ("купи горчицу, то есть хрен", [("хрен", None, None)]),
        ("купи сок, в смысле морс", [("морс", None, None)]),
        ("buy crackers, or rather rice cakes", [("rice cakes", None, None)]),
        ("купи печенье, хотя нет, вафли", [("вафли", None, None)]),
        ("buy hummus, no wait, guacamole", [("guacamole", None, None)]),
        # an indeclinable noun after "нет" corrects: it reports nothing missing
        ("купи сок, нет, пюре", [("пюре", None, None)]),
        ("купи сок нет пюре", [("пюре", None, None)]),
        # the product withdrawn, said again negated, and a contrast word
        ("купи пряники, вернее не пряники, а сушки", [("сушки", None, None)]),
        ("buy mayo, I mean not mayo but aioli", [("aioli", None, None)]),
        # a count settled: said again, or another after "пусть будет", "let's say"
        ("возьми баранок три пачки нет четыре пусть будет четыре", [("баранки", "4", "pack")]),
        ("купи огурцов два кило, пусть будет три", [("огурцы", "3", "kg")]),
        ("get 6 lemons, let's say 8", [("lemons", "8", None)]),
    ],
)
def test_a_product_or_count_replaces_the_one_withdrawn(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "list_id"),
    [
        ("добавь губки в Продукты, нет, в Costco", "l-costco"),
        ("put napkins on the Продукты list, sorry, on the Costco list", "l-costco"),
        ("add tinfoil to Costco, I mean to Продукты", "l-groceries"),
    ],
)
def test_a_list_said_again_replaces_the_one_withdrawn(text: str, list_id: str) -> None:
    assert _list_of(text) == list_id


@pytest.mark.parametrize(
    ("text", "title", "doer"),
    [
        ("напомни Маше, то есть Пете, вынести коробки", "Вынести коробки", "u-petya"),
        ("попроси Петю, нет, Машу погладить рубашки", "Погладить рубашки", "u-masha"),
        ("напомни Тому, ой, Маше забрать посылку", "Забрать посылку", "u-masha"),
        ("remind Masha, I mean Tom, to call the vet", "Call the vet", "u-tom"),
        ("remind Petya, no, not Petya, Masha to sweep the porch", "Sweep the porch", "u-masha"),
        # a member said alone at the end replaces the one named before
        ("скажи Маше подмести двор, ой, Пете", "Подмести двор", "u-petya"),
    ],
)
def test_a_member_said_again_replaces_the_doer_withdrawn(text: str, title: str, doer: str) -> None:
    assert tasked(text) == (title, doer)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("напомни Пете в четверг, нет, в субботу помыть велосипед", "2026-03-07"),
        ("remind Tom to renew the parking permit on Thursday, sorry, Saturday", "2026-03-07"),
        ("напомни Маше послезавтра, то есть завтра, разобрать шкаф", "2026-03-05"),
    ],
)
def test_a_due_said_again_replaces_the_one_withdrawn(text: str, due: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["due"] == due
    assert not any(word in task["title"].lower() for word in ("нет", "sorry", "то есть"))


@pytest.mark.parametrize(
    "text",
    [
        # a retraction with nothing to replace what it withdraws still withdraws it
        "купи мёд, а нет, не надо",
        "buy bagels, no wait, we still have some",
        "order a cake, wait no",
    ],
)
def test_a_retraction_that_replaces_nothing_withdraws_the_request(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # "нет" before a genitive, no mark between: what is missing, not a correction
        ("купи батон, нет хлеба", [("батон", None, None)]),
        # an English "no" before a product answers nothing
        ("add porridge oats, no raisins", [("porridge oats", None, None)]),
    ],
)
def test_a_word_that_only_may_correct_keeps_the_product(text: str, items: list[Item]) -> None:
    # the whole list: "raisins" or "хлеб" proposed beside it is a wrong answer
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a term that withdraws, then a request verb: the request before it is withdrawn
        ("впиши в Costco сахар, нет, погоди, закажи мёд", [("мёд", None, None)]),
        ("put tinfoil on the list, no wait, buy cling film", [("cling film", None, None)]),
        ("order a ham, I mean, buy a turkey", [("turkey", None, None)]),
        # a retraction phrase before a correction a purchase knows: the correction stands
        ("grab some limes, no wait, make that three", [("limes", "3", None)]),
        # a preference said right after the buying verb is no part of the item
        ("купи лучше ватные диски", [("ватные диски", None, None)]),
    ],
)
def test_a_withdrawing_term_before_a_new_request_keeps_only_it(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # an apology or an exclamation between two requests withdraws neither
        (
            "купи батарейки, извини, добавь ещё скотч",
            [("батарейки", None, None), ("скотч", None, None)],
        ),
        ("add rolls, oops, order sushi too", [("rolls", None, None), ("sushi", None, None)]),
        # "нет" after a genitive tells what is missing: the verb after it asks for it
        ("соли совсем нет, возьми пачку", [("соль", "1", "pack")]),
    ],
)
def test_a_term_that_withdraws_nothing_keeps_every_request(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        # an editing term, then only a negated need: the request is withdrawn
        "напомни Маше, ой, не надо",
        "закажи такси, ой нет, не нужно",
        "book the dentist, sorry, don't",
        "buy charcoal, oops, no need",
    ],
)
def test_a_term_then_a_negated_need_withdraws_the_request(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a term no reading knows, left unread, is no product
        ("купи творог, в смысле если будет свежий", [("творог", None, None)]),
        ("возьми укроп, то есть если недорого", [("укроп", None, None)]),
    ],
)
def test_a_term_left_unread_is_no_product(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        # "пусть" right before a verb of no deed wishes or concedes: no one is asked
        "пусть будет уютно",
        "пусть думает что хочет",
    ],
)
def test_let_before_a_verb_of_no_deed_asks_no_task(text: str) -> None:
    assert asks_intent(decide_text(text))


def test_a_wish_after_a_purchase_leaves_the_purchase_alone() -> None:
    assert started_items("купи конфетти, пусть будет праздник") == [("конфетти", None, None)]
