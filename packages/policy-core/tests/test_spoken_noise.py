"""Issue #12, session 12: the noise of a voice transcript (``_noise``, ``_wake``).

Sounds of hesitation, discourse openers, "вот" pointing at the product found, a hedge on a
count, a word the recogniser split in two, a wake word with no comma. Each row is a whole
answer (``answer_of``); beside them, rows where the same words are words of the request or
stand before a question or a device command, which must not act. No phrasing is taken from
golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import DEFAULT_LISTS, answer_of, decide_text, items_of

_HOUSEHOLD_LISTS = (*DEFAULT_LISTS, {"list_id": "l-house", "name": "Хозтовары"})


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # hesitation sounds, drawn out or hyphenated, wherever they stand
        ("возьми э-э кабачки и ммм баклажаны", ("start_job", ("кабачки", "баклажаны"), ())),
        ("закажи эээ изюм", ("start_job", ("изюм",), ())),
        ("хм купи фундук", ("start_job", ("фундук",), ())),
        ("buy um walnuts and uhh raisins", ("start_job", ("walnuts", "raisins"), ())),
        ("erm add hazelnuts", ("start_job", ("hazelnuts",), ())),
        # discourse openers before a request verb, a wake word or one another
        ("короче возьми кабачки", ("start_job", ("кабачки",), ())),
        ("значит так, закажи изюм", ("start_job", ("изюм",), ())),
        ("ну маруся возьми фундук", ("start_job", ("фундук",), ())),
        ("okay so add raisins", ("start_job", ("raisins",), ())),
        ("hey alexa um add walnuts", ("start_job", ("walnuts",), ())),
        # "вот" at an item's start, and the product said again after it
        ("а вот кабачки возьми", ("start_job", ("кабачки",), ())),
        (
            "возьми это как его ну для пола швабру вот швабру для пола",
            ("start_job", ("швабра для пола",), ()),
        ),
        # a filler phrase inside the item
        ("возьми в общем кабачки", ("start_job", ("кабачки",), ())),
        ("возьми, так сказать, изюм", ("start_job", ("изюм",), ())),
        ("grab, let me think, raisins", ("start_job", ("raisins",), ())),
        # a hedge on a count
        ("grab walnuts and like four jars of honey", ("start_job", ("walnuts", "honey"), ())),
        # split words
        ("возьми с гущёнку", ("start_job", ("сгущёнка",), ())),
        ("закажи по мидоры и огурцы", ("start_job", ("помидоры", "огурцы"), ())),
        ("возьми мыло ат комаров", ("start_job", ("мыло от комаров",), ())),
    ],
)
def test_the_noise_of_a_transcript_is_no_word_of_the_request(
    text: str, answer: tuple[object, ...]
) -> None:
    assert answer_of(decide_text(text)) == answer


def test_a_hedged_count_keeps_its_number() -> None:
    assert items_of(decide_text("add like six cans of beans")) == [("beans", "6", "can")]
    assert items_of(decide_text("I'd like six cans of beans")) == [("beans", "6", "can")]


def test_a_split_list_name_is_the_list() -> None:
    document = decide_text("закинь в хоз товары губки", lists=_HOUSEHOLD_LISTS)
    assert answer_of(document) == ("start_job", ("губки",), ())
    (proposed,) = document["payload"]["proposed_actions"]
    assert proposed["payload"]["item"]["list_id"] == "l-house"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a pronoun object is a vague item still
        ("возьми это", ("clarify", ("item.name",))),
        ("возьми ну эти... как их там", ("clarify", ("item.name",))),
        ("возьми вот это", ("clarify", ("item.name",))),
        # "так", "слушай", "like" as words of the sentence
        ("слушай радио", ("clarify", ("intent",))),
        ("так много изюма съели", ("clarify", ("intent",))),
        # a preposition before a word it governs stays: no split word
        ("возьми ведро под раковину", ("start_job", ("ведро под раковину",), ())),
        ("возьми изюм на завтра", ("start_job", ("изюм",), ())),
        # noise before a question or a device command leaves it one
        ("эээ сколько варить фасоль", ("clarify", ("intent",))),
        ("ну алиса выключи торшер", ("reject", "device_control_not_supported")),
        ("um alexa dim the hall lamp", ("reject", "device_control_not_supported")),
        ("so what time does the pharmacy close", ("clarify", ("intent",))),
        ("короче, какая завтра погода", ("clarify", ("intent",))),
        # a called name with a preposition after it is the thing bought
        ("салют на праздник возьми", ("start_job", ("салют",), ())),
    ],
)
def test_noise_words_that_are_words_of_the_sentence_stay(
    text: str, answer: tuple[object, ...]
) -> None:
    assert answer_of(decide_text(text)) == answer


def test_a_called_wake_word_with_no_comma_before_a_request() -> None:
    assert answer_of(decide_text("салют изюм закончился возьми")) == (
        "start_job",
        ("изюм",),
        (),
    )


def test_a_product_no_dictionary_holds_starts_an_item_in_a_list_said_without_commas() -> None:
    assert answer_of(decide_text("возьми нутеллу овсянку и печенье")) == (
        "start_job",
        ("нутелла", "овсянка", "печенье"),
        (),
    )
    # a brand that names no product of its own stays before its noun
    assert answer_of(decide_text("возьми хайнц кетчуп")) == ("start_job", ("хайнц кетчуп",), ())


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "возьми апельсины три кило лимонад две бутылки",
            [("апельсины", "3", "kg"), ("лимонад", "2", "bottle")],
        ),
        ("возьми ряженку 2 пачки батон", [("ряженка", "2", "pack"), ("батон", None, None)]),
        ("grab two melons 4 lemons", [("melons", "2", None), ("lemons", "4", None)]),
        # a code system's number, an adjective after the measure, a link: one item
        ("возьми салфетки 3 пачки размер 2", [("салфетки размер 2", "3", "pack")]),
        ("возьми шланг 5 метров резиновый", [("шланг резиновый", "5", "метр")]),
        ("grab 4 packs of 6 bread rolls", [("bread rolls", "4", "pack")]),
    ],
)
def test_a_list_said_without_commas_splits_at_each_items_count(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    assert items_of(decide_text(text)) == items
