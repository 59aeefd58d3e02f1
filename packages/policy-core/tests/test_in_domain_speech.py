"""Issue #12, in-domain household commands as people speak them: a list of products said with
no verb (a name of three words, a complement), fillers of speech, a correction said on the fly.

Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, items_of, started_items, task_of


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("3 tins of chopped plum tomatoes", [("chopped plum tomatoes", "3", "can")]),
        ("a bag of self raising flour", [("self raising flour", "1", "bag")]),
        ("две пачки масла для выпечки", [("масло для выпечки", "2", "pack")]),
        ("пакет корма для кошки", [("корм для кошки", "1", "bag")]),
    ],
)
def test_a_verbless_measured_product_may_have_a_three_word_name(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "два литра воды в день",
        "3 pints of water a day",
        "пять километров в неделю",
        "2 litres of cola every week",
    ],
)
def test_a_measure_per_time_said_alone_is_no_purchase(text: str) -> None:
    document = decide_text(text, defaults={"default_list_id": "l-groceries"})
    assert document["action"] != "start_job", document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("ну вот это самое купи творог", [("творог", None, None)]),
        ("значит так купи гречку и рис", [("гречка", None, None), ("рис", None, None)]),
    ],
)
def test_fillers_of_speech_are_noitems_of(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи сметану нет творог", [("творог", None, None)]),
        ("купи творог, вернее сырки, две пачки", [("сырки", "2", "pack")]),
        ("купи три кило яблок нет пять", [("яблоки", "5", "kg")]),
        ("купи литр сока, точнее два литра", [("сок", "2", "l")]),
        ("buy oat milk, sorry, soy milk", [("soy milk", None, None)]),
        ("get 4 bags of rice sorry 2", [("rice", "2", "bag")]),
        ("купи хлеб и кефир нет ряженку", [("хлеб", None, None), ("ряженка", None, None)]),
    ],
)
def test_a_correction_replaces_what_it_corrects(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("надо шторы в гостиной постирать", "Шторы в гостиной постирать"),
        ("нужно старые газеты выбросить", "Старые газеты выбросить"),
        ("ну вот надо ковёр пропылесосить", "Ковёр пропылесосить"),
    ],
)
def test_a_need_word_then_an_object_then_an_infinitive_is_onetask_of(text: str, title: str) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document) == []
    actions = document["payload"]["proposed_actions"]
    assert [a["payload"]["task"]["title"] for a in actions] == [title]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("надо хлеба купить", [("хлеб", None, None)]),
        ("нужно сметану взять", [("сметана", None, None)]),
    ],
)
def test_a_need_word_then_a_product_then_a_buying_infinitive_stays_a_purchase(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи муки пару пакетов", [("мука", "2", "bag")]),
        ("возьми огурцов три банки", [("огурцы", "3", "can")]),
        ("купи мандаринов два десятка", [("мандарины", "20", None)]),
        ("купи гречки кило два", [("гречка", "2", "kg")]),
    ],
)
def test_a_number_and_its_unit_after_a_russian_product_are_its_measure(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("две пачки чая возьми на работу", [("чай", "2", "pack")]),
        ("сгущёнку купи для бабушки", [("сгущёнка", None, None)]),
        ("купи сыр на дачу", [("сыр", None, None)]),
    ],
)
def test_what_a_purchase_is_for_is_no_product(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize("text", ["купи на дачу", "возьми для бабушки", "buy for the party"])
def test_a_purpose_alone_asks_for_the_product(text: str) -> None:
    document = decide_text(text, defaults={"default_list_id": "l-groceries"})
    assert document["action"] == "clarify", document
    assert document["payload"]["missing_fields"] == ["item.name"]


def _title(document: dict[str, Any]) -> str | None:
    task = task_of(document)
    return None if task is None else str(task["title"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("regrout the tiles in the garage on sunday", "Regrout the tiles in the garage"),
        ("oil the hinges in the living room tomorrow", "Oil the hinges in the living room"),
        ("reseal the window in the garage this weekend", "Reseal the window in the garage"),
    ],
)
def test_an_unknown_english_verb_with_a_zone_after_its_object_and_a_day_is_atask_of(
    text: str, title: str
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert _title(document) == title


@pytest.mark.parametrize(
    "text",
    [
        "watch the game on saturday",
        "enjoy the weekend",
        "love the new garage on saturday",
        "ignore the noise in the garage",
        "happy the weekend is here",
    ],
)
def test_a_word_before_a_determiner_without_a_zone_and_a_day_is_notask_of(text: str) -> None:
    document = decide_text(text)
    assert document["action"] != "start_job", document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи яйца, десяток", [("яйца", "10", None)]),
        ("купи мандарины, два десятка", [("мандарины", "20", None)]),
        ("buy eggs, a dozen", [("eggs", "12", None)]),
    ],
)
def test_a_count_said_in_words_apart_after_a_product_is_its_quantity(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("поставь в список гречку", [("гречка", None, None)]),
        ("поставьте в список соль и сахар", [("соль", None, None), ("сахар", None, None)]),
    ],
)
def test_to_put_on_a_list_adds_to_it(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize("text", ["поставь чайник", "поставь песню в плейлист"])
def test_to_put_with_no_list_adds_nothing(text: str) -> None:
    document = decide_text(text, defaults={"default_list_id": "l-groceries"})
    assert document["action"] != "start_job", document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("we need more fish fingers fr", [("fish fingers", None, None)]),
        ("buy oat milk ngl", [("oat milk", None, None)]),
    ],
)
def test_chat_fillers_are_no_part_of_an_item(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Маше выучить стихотворение к восьмому марта", "2026-03-08"),
        ("напомни Пете к двадцать пятому марта сдать книги", "2026-03-25"),
        ("Пете к тридцатому апреля сдать проект по биологии", "2026-04-30"),
    ],
)
def test_a_deadline_in_the_dative_is_the_due(text: str, due: str) -> None:
    document = decide_text(text)
    actions = document["payload"].get("proposed_actions", [])
    tasks = [a["payload"]["task"] for a in actions if "task" in a["payload"]]
    assert tasks, document
    assert tasks[0]["due"][:10] == due
    assert "к " not in tasks[0]["title"]
