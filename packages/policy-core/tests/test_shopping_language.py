"""Issue #12, seventh batch: household purchases read from the language, not from sentences.

One word class or construction per test — every buying and list-adding verb of Russian (the
officialese "приобрести", "внести в перечень" too), measure words of every declension, a
measure said once for several products, an adjective after its noun in its place. Each row is
decided through ``decide()`` against the bilingual test household (``policy_core.testing``);
none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of, started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("приобрети зубную пасту", [("зубная паста", None, None)]),
        ("Необходимо приобрести фольгу", [("фольга", None, None)]),
        ("прошу приобрести пергамент", [("пергамент", None, None)]),
        ("затарься минералкой", [("минералка", None, None)]),
        ("бери сосиски", [("сосиски", None, None)]),
        ("прихватывай салфетки", [("салфетки", None, None)]),
        ("заказывайте пиццу", [("пицца", None, None)]),
        ("раздобудь корицу", [("корица", None, None)]),
    ],
)
def test_every_buying_verb_buys(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("впиши в список зубочистки", [("зубочистки", None, None)]),
        ("допиши в список скрепки", [("скрепки", None, None)]),
        ("черкни в список уксус", [("уксус", None, None)]),
        ("вбей в список изюм", [("изюм", None, None)]),
        ("добавляй в список ванилин", [("ванилин", None, None)]),
        ("прошу внести в перечень покупок крахмал", [("крахмал", None, None)]),
        ("занеси в перечень закупок соду", [("сода", None, None)]),
    ],
)
def test_every_list_adding_verb_and_list_word_adds(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "я беру отпуск в июле",  # a present tense tells, it asks nothing
        "мы записываем видео",
        "он заказывает такси",
    ],
)
def test_an_imperfective_verb_told_in_the_present_buys_nothing(text: str) -> None:
    assert not items_of(decide_text(text))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи палку колбасы", [("колбаса", "1", "палка")]),
        ("купи два ведра песка", [("песок", "2", "ведро")]),
        ("возьми бутыль масла", [("масло", "1", "bottle")]),
        ("купи кулёк конфет", [("конфеты", "1", "bag")]),
        ("купи 20 метров шланга", [("шланг", "20", "метр")]),
        ("возьми пачечку чая", [("чай", "1", "pack")]),
        ("купи моток скотча", [("скотч", "1", "моток")]),
        ("buy a block of feta", [("feta", "1", "block")]),
        ("get 3 pots of hummus", [("hummus", "3", "pot")]),
        ("add two sachets of yeast", [("yeast", "2", "sachet")]),
        ("buy a bale of straw", [("straw", "1", "bale")]),
        ("buy a pot", [("pot", None, None)]),  # a unit word alone is the product
    ],
)
def test_measure_words_of_every_kind(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи творог, полкило", [("творог", "0.5", "kg")]),
        ("купи сахар полкило", [("сахар", "0.5", "kg")]),
        ("купи кофе молотый пачка", [("кофе молотый", "1", "pack")]),
        ("купи рис бурый, килограмм", [("рис бурый", "1", "kg")]),
        ("газовый ключ купи одну штуку", [("газовый ключ", "1", "pcs")]),
    ],
)
def test_a_measure_after_its_product_and_its_adjective(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи груш и яблок по килограмму", [("груши", "1", "kg"), ("яблоки", "1", "kg")]),
        (
            "возьми укроп и петрушку, по пучку",
            [("укроп", "1", "пучок"), ("петрушка", "1", "пучок")],
        ),
        ("купи соль и соду по 2 пачки", [("соль", "2", "pack"), ("сода", "2", "pack")]),
        ("купи мёд 2 банки и варенье, по банке", [("мёд", "2", "can"), ("варенье", "1", "can")]),
        ("buy plums and kiwis, a kilo of each", [("plums", "1", "kg"), ("kiwis", "1", "kg")]),
        ("grab rice and lentils, 2 kg each", [("rice", "2", "kg"), ("lentils", "2", "kg")]),
    ],
)
def test_one_measure_said_once_for_several_products(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи сыр плавленый", [("сыр плавленый", None, None)]),
        ("возьми колбасу варёную", [("колбаса варёная", None, None)]),
        (
            "купи горошек зелёный консервированный",
            [("горошек зелёный консервированный", None, None)],
        ),
        ("купи зелёный горошек", [("зелёный горошек", None, None)]),
    ],
)
def test_an_adjective_keeps_its_place_beside_its_noun(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи творожок в Перекрёстке", [("творожок", None, None)]),
        ("возьми вату в аптеке", [("вата", None, None)]),
        ("купи гвозди в ближайшем строительном магазине", [("гвозди", None, None)]),
        ("купи на рынке мёд", [("мёд", None, None)]),
        ("купи в Ленте мандарины", [("мандарины", None, None)]),
        ("grab crumpets in Sainsbury's", [("crumpets", None, None)]),
        ("buy firelighters in the corner shop", [("firelighters", None, None)]),
        (
            "get oat biscuits at Lidl and tinned peaches",
            [("oat biscuits", None, None), ("tinned peaches", None, None)],
        ),
    ],
)
def test_the_shop_is_no_part_of_the_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("купи чай в пакетиках", "чай в пакетиках"),  # how it comes, not where
        ("купи сыр в нарезке", "сыр в нарезке"),
        ("buy beans in tomato sauce", "beans in tomato sauce"),
    ],
)
def test_a_complement_that_names_no_shop_stays(text: str, name: str) -> None:
    assert [item[0] for item in started_items(text)] == [name]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("add crumpets, the toaster is finally fixed", [("crumpets", None, None)]),
        ("buy lentils, we're running low", [("lentils", None, None)]),
        ("get sparkling water or I'll die of thirst", [("sparkling water", None, None)]),
        ("add hot sauce if they stock it", [("hot sauce", None, None)]),
        ("grab dill pickles before you head home", [("dill pickles", None, None)]),
        ("add mango chutney cheers", [("mango chutney", None, None)]),
        ("add plasters, the twins keep falling over", [("plasters", None, None)]),
        (
            "add flour, a can of chickpeas and limes",
            [("flour", None, None), ("chickpeas", "1", "can"), ("limes", None, None)],
        ),
    ],
)
def test_an_english_clause_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи кефир обязательно", [("кефир", None, None)]),
        ("соли совсем нет, купи", [("соль", None, None)]),
        ("возьми опять халву", [("халва", None, None)]),
        ("купи варенье нет ряженку", [("ряженка", None, None)]),  # a product corrects one
    ],
)
def test_a_russian_adverb_is_no_part_of_an_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "купи всё необходимое",
        "возьми чего-нибудь вкусненького",
        "прошу приобрести всё остальное",
        "buy the essentials",
        "grab some bits and bobs",
    ],
)
def test_a_word_for_whatever_is_needed_names_no_product(text: str) -> None:
    document = decide_text(text, defaults={"default_list_id": "l-groceries"})
    assert document["payload"].get("missing_fields") == ["item.name"], document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи сыр хохланд", [("сыр хохланд", None, None)]),
        ("возьми йогурт активиа и хлеб", [("йогурт активиа", None, None), ("хлеб", None, None)]),
        ("купи творог сметану", [("творог", None, None), ("сметана", None, None)]),  # two known
    ],
)
def test_a_brand_after_its_noun_stays_in_the_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "сахар, соль и гречка",
            [("сахар", None, None), ("соль", None, None), ("гречка", None, None)],
        ),
        ("творог два и сметана", [("творог", "2", None), ("сметана", None, None)]),
        (
            "scones, clotted cream & jam",
            [("scones", None, None), ("clotted cream", None, None), ("jam", None, None)],
        ),
        ("6 crumpets", [("crumpets", "6", None)]),
    ],
)
def test_a_verbless_list_of_common_products_is_a_purchase(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "lights, camera, action",
        "pizza and a movie",
        "кино и вино",
        "2 tickets",
        "red, green and blue",
        "мама и папа",
    ],
)
def test_words_that_are_mostly_no_products_are_no_list(text: str) -> None:
    assert not items_of(decide_text(text, defaults={"default_list_id": "l-groceries"}))


@pytest.mark.parametrize(
    ("text", "name"),
    [("buy a glue stick", "glue stick"), ("buy a stack of plates", "stack of plates")],
)
def test_a_real_word_is_not_respelt_as_a_product(text: str, name: str) -> None:
    first = started_items(text)[0][0]
    assert first.split(maxsplit=1)[0] == name.split(maxsplit=1)[0]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("add a couple of tins of sardines", [("sardines", "2", "can")]),
        ("add three jars of pesto", [("pesto", "3", "jar")]),
        (
            "купи: 1) гречку — 2 пачки; 2) мёд — 1 банка",
            [("гречка", "2", "pack"), ("мёд", "1", "can")],
        ),
        ("buy: 1. foil 2) cling film", [("foil", None, None), ("cling film", None, None)]),
        ("add M-16 bolts", [("m-16 bolts", None, None)]),  # a spec typed with its hyphen
        ("купи сухари, для супа", [("сухари", None, None)]),
        ("get limes, for the mojitos", [("limes", None, None)]),
        ("ad 2kg carrots to costco", [("carrots", "2", "kg")]),
        (
            "add 2 kilos of plums a tub of yoghurt and a loaf",
            [("plums", "2", "kg"), ("yoghurt", "1", "tub"), ("loaf", None, None)],
        ),
        ("add half a dozen scones", [("scones", "6", None)]),
    ],
)
def test_counts_lines_and_marks_of_a_spoken_or_written_list(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи столовую ложку", [("столовая ложка", None, None)]),
        ("возьми душевую лейку", [("душевая лейка", None, None)]),
        ("купи две ванные шторки", [("ванные шторки", "2", None)]),
        ("купи рис бурый, килограмм", [("рис бурый", "1", "kg")]),
        ("купи сахар соль", [("сахар", None, None), ("соль", None, None)]),
    ],
)
def test_an_adjective_that_may_be_a_noun_agrees_with_the_noun_after_it(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("изоленту купи и батарейки", [("изолента", None, None), ("батарейки", None, None)]),
        ("мёду возьми да сахару", [("мёд", None, None), ("сахар", None, None)]),
        ("crisps get and dips", [("crisps", None, None), ("dips", None, None)]),
        ("купи и творог", [("творог", None, None)]),
    ],
)
def test_a_list_said_around_its_verb(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("сбегай за сметаной", [("сметана", None, None)]),
        ("смотайся в магазин за кефиром и батоном", [("кефир", None, None), ("батон", None, None)]),
        ("заскочи в аптеку за бинтом", [("бинт", None, None)]),
        ("изюму надо", [("изюм", None, None)]),
        ("крупы полкило нужно", [("крупа", "0.5", "kg")]),
        ("подгузники бы нужны", [("подгузники", None, None)]),
    ],
)
def test_sent_for_a_product_or_needing_it_after_its_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "сходи за Машей в садик",  # a member fetched: an errand, no purchase
        "сходи в собес за справкой",
        "электрик нужен",  # a person is needed, never bought
        "отпуск нужен",
        "мне надо",
    ],
)
def test_no_product_sent_for_or_needed_buys_nothing(text: str) -> None:
    assert not items_of(decide_text(text, defaults={"default_list_id": "l-groceries"}))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи розетку на три гнезда", [("розетка на три гнезда", None, None)]),
        ("возьми альбом по 24 листа две штуки", [("альбом по 24 листа", "2", "pcs")]),
        ("купи кастрюлю на 5 литров", [("кастрюля", None, None)]),  # a unit: no spec kept
        ("купи филе минтая и хлеб", [("филе минтая", None, None), ("хлеб", None, None)]),
        ("купи бананы яблоки", [("бананы", None, None), ("яблоки", None, None)]),
    ],
)
def test_a_spec_or_a_genitive_after_the_head_stays_in_its_name(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "leeks x2, 1 swede, parsnips",
            [("leeks", "2", None), ("swede", "1", None), ("parsnips", None, None)],
        ),
    ],
)
def test_a_verbless_list_with_counts(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    ["Score: 3, 2", "Total: 64.12", "Ответ: да", "Ingredients: 2 cups rice, 1 can coconut milk"],
)
def test_a_label_and_numbers_are_no_list(text: str) -> None:
    assert not items_of(decide_text(text, defaults={"default_list_id": "l-groceries"}))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("булочек с маком возьми штук пять в пекарне", [("булочки с маком", "5", "pcs")]),
        ("add oat milk xx", [("oat milk", None, None)]),
    ],
)
def test_a_shop_or_a_sign_off_after_the_measure_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("корица кончилась, добавь её и ваниль", [("корица", None, None), ("ваниль", None, None)]),
        (
            "we're out of mustard, add it and relish",
            [("mustard", None, None), ("relish", None, None)],
        ),
        ("соль закончилась, купи её", [("соль", None, None)]),
    ],
)
def test_a_pronoun_after_the_verb_is_the_product_named_before(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("add chutney, thanks a bunch", [("chutney", None, None)]),
        ("get kale, cheers mate", [("kale", None, None)]),
        ("купи хлеб, к обеду сметану", [("хлеб", None, None), ("сметана", None, None)]),
    ],
)
def test_a_piece_opened_by_a_cut_word_with_no_product_is_no_item(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items
