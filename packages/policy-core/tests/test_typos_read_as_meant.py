"""Issue #12, round 31: words typed wrong are read as the words meant, right words are kept.

A product or a command's verb typed one letter wrong on a phone ("хлед", "чипсв", "купть"),
spelt as heard ("децкой", "убратся", "frozen peetsa", "a box of nales", "honey nut serial"), or
a head verb with a letter lost ("ned brown bread") is read as the word meant. A word any
lexicon or the dictionary knows, a word as near two products as one, and a word whose first
vowel would change ("party poppers" is no "party peppers") are kept as typed. Each row is the
whole answer against the bilingual test household (``policy_core.testing``); none is a golden
sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

G = "l-groceries"


def _items(*items: tuple[str, str | None, str | None]) -> tuple[Any, ...]:
    return ("start_job", tuple((name, q, u, G) for name, q, u in items), ())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Russian: one slip against the products and the command verbs
        ("купи малако и хлед", _items(("молоко", None, None), ("хлеб", None, None))),
        ("купи чипсв и сухарков", _items(("чипсы", None, None), ("сухарики", None, None))),
        (
            "купи зубную пасту и шампуть",
            _items(("зубная паста", None, None), ("шампунь", None, None)),
        ),
        (
            "купи смитану и творох",
            _items(("сметана", None, None), ("творох", None, None)),
        ),  # no "дворы"
        ("купи макароны и грещку", _items(("макароны", None, None), ("гречка", None, None))),
        ("купи пелмени две пачки", _items(("пельмени", "2", "pack"))),
        (
            "молоко хлед масло",
            _items(("молоко", None, None), ("хлеб", None, None), ("масло", None, None)),
        ),
        # a dictionary word a typo spells far more often than it is meant
        # a misspelt verb inside the sentence
        ("к ужину нужно купть курицу и рис", _items(("курица", None, None), ("рис", None, None))),
        ("не забудь купть молоко", _items(("молоко", None, None))),
        # sounds spelt as heard
        (
            "мне нада убратся в децкой в субботу",
            ("start_job", (), (("Убратся в децкой", "u-anna", "2026-03-07"),)),
        ),
        # English: the item's last word by its sound, a slip, a head verb with a letter lost
        ("add hamer and a box of nales", _items(("hammer", None, None), ("nails", "1", "box"))),
        (
            "add honey nut serial and peanut butter",
            _items(("honey nut cereal", None, None), ("peanut butter", None, None)),
        ),
        ("add frozen peetsa", _items(("frozen pizza", None, None))),
        (
            "add bananas,apels and sereal",
            _items(("bananas", None, None), ("apples", None, None), ("cereal", None, None)),
        ),
        ("ned milk and eggs", _items(("milk", None, None), ("eggs", None, None))),
        ("add onions and garlick", _items(("onions", None, None), ("garlic", None, None))),
        # right words kept: a first vowel changed is another word; two substitutions to a word
        # no lexicon names are no correction
        (
            "add balloons and party poppers",
            _items(("balloons", None, None), ("party poppers", None, None)),
        ),
        ("add jalapeno poppers", _items(("jalapeno poppers", None, None))),
        ("купи наполнитель барсик", _items(("наполнитель барсик", None, None))),
    ],
)
def test_a_typo_is_read_as_meant(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("купи кефир и бифидок", _items(("кефир", None, None), ("бифидок", None, None))),
        ("купи халву и щербет", _items(("халва", None, None), ("щербет", None, None))),
        ("купи лабане", _items(("лабане", None, None))),
        (
            "купи сушки к чаю",
            _items(
                ("сушки", None, None),
            ),
        ),
        (
            "купи сухари",
            _items(
                ("сухари", None, None),
            ),
        ),
        (
            "купи колу",
            _items(
                ("кола", None, None),
            ),
        ),
        (
            "add Bounty to the list",
            _items(
                ("bounty", None, None),
            ),
        ),
        ("add tp and paper towels", _items(("tp", None, None), ("paper towels", None, None))),
        ("add snags and bread rolls", _items(("snags", None, None), ("bread rolls", None, None))),
        ("add tatties and neeps", _items(("tatties", None, None), ("neeps", None, None))),
        (
            "add serial cables",
            _items(
                ("serial cables", None, None),
            ),
        ),
        (
            "add party peppers",
            _items(
                ("party peppers", None, None),
            ),
        ),
        (
            "add nail polish",
            _items(
                ("nail polish", None, None),
            ),
        ),
        ("add peas and pizza", _items(("peas", None, None), ("pizza", None, None))),
        ("Ned, take out the trash", ("clarify", ("task.assignee_id",))),
        ("i love peetsa", ("clarify", ("intent",))),
        ("калу не надо", ("clarify", ("intent",))),
        ("мы уже купили малако", ("clarify", ("intent",))),
        ("the party poppers were loud", ("clarify", ("intent",))),
    ],
)
def test_a_right_word_is_kept(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer
