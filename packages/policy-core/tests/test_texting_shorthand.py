"""Issue #12, sixteenth batch: texting shorthand for a function word is read as that word.

A shorthand that spells a pronoun, a courtesy word, a time adverb or a conjunction
(``MorphologyWords.shorthands``: "u", "ur", "pls", "thx", "tmrw", "tho"; "щас", "плз",
"пжлст", "спс", "седня"; "тк" as a conjunction of reason) is the word it spells: it never
joins an item's name, and the rules that know the word (filler, dues, cut words) know it; a
digit typed for the preposition it sounds like ("4 u", "2 me") is no count.
Each row is decided through ``decide()`` against the bilingual test household; none is a
golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("can u get oat milk on ur way back", [("oat milk", None, None)]),
        ("plz pick up some limes thx", [("limes", None, None)]),
        ("grab tortillas tho", [("tortillas", None, None)]),
        ("купи лаваш плз спс", [("лаваш", None, None)]),
        ("купи творог пжлст щас", [("творог", None, None)]),
        ("купи сметану тк творог кончился", [("сметана", None, None)]),
        # a digit typed for "for" before an object pronoun is no count; a count stays one
        ("get flatbreads 4 u", [("flatbreads", None, None)]),
        ("get flatbreads 4", [("flatbreads", "4", None)]),
    ],
)
def test_shorthand_joins_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("tom walk the dog tmrw pls", "tom walk the dog tomorrow please"),
        ("маша погладь рубашки седня", "маша погладь рубашки сегодня"),
    ],
)
def test_shorthand_reads_as_the_word_it_spells(text: str, spelt: str) -> None:
    def task(document: dict[str, Any]) -> Any:
        assert document["action"] == "start_job", document
        return document["payload"]["proposed_actions"][0]["payload"]["task"]

    assert task(decide_text(text)) == task(decide_text(spelt))


@pytest.mark.parametrize("text", ["ur the best", "thx for the pasta", "спс за ужин"])
def test_shorthand_alone_asks_for_nothing_to_do(text: str) -> None:
    assert decide_text(text)["action"] == "clarify"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # review s11 finding 2: a word in capitals, or one that names a product as often
        # ("ppl", "bc", "тока", "оч"), keeps its own spelling in the item
        ("buy BC powder", [("bc powder", None, None)]),
        ("buy 2 BC powders", [("bc powders", "2", None)]),
        ("buy ppl magazine", [("ppl magazine", None, None)]),
        ("купи тока", [("ток", None, None)]),
        ("купи оч", [("оч", None, None)]),
        ("buy BC powder and milk", [("bc powder", None, None), ("milk", None, None)]),
        ("get 3 PPL magazines", [("ppl magazines", "3", None)]),
        # review s11 finding 5: "4 u" before the item, as after it, is "for you": no count
        ("get 4 u milk", [("milk", None, None)]),
        ("get 4 u some milk", [("milk", None, None)]),
        ("buy 4 u 4 u 4 u milk", [("milk", None, None)]),
        ("grab 4 u bread", [("bread", None, None)]),
        ("pick up 4 u 2 loaves of bread", [("bread", "2", "loaf")]),
    ],
)
def test_shorthand_leaves_a_product_whole(text: str, items: list[Item]) -> None:
    assert started_items(text) == items
