"""Vague and referring words never become items (SPEC §4, "The open world"; issue #12,
session 12): an object whose head is a pronoun, a placeholder noun or "всё" names no product,
whatever modifies it, and a piece that only qualifies the item before is no item. Every row
asserts the whole answer (the clarify's fields, or the items' names); the phrasings share no
content word with the golden cases.

- A pronoun in every word of the name, by its lemma as well as its spelling ("эти", "ту").
- A placeholder noun as the name's first noun ("штуковина", "хреновина", "штучка", "вещи"),
  beside the same construction with a product head, which acts ("прокладку для крана").
- An English pro-form ("one", "ones") after another word of the piece, last or before a
  preposition or a clause ("the big one", "the one for …"); first in the piece it is a count.
- A demonstrative or "всё" standing as the head before a relative word or a preposition
  ("тот, который …", "всё для окрошки"), and not after a word that makes it a conjunction
  ("а то", "не то").
- A piece opened by a restricting particle with no noun ("…, только недорогой") qualifies the
  item before it.
- After a soft buying verb ("get"), a vague object with a person after it ("the stuff Tom
  wants") is still a purchase with no item named: the person is in a clause about it.
- A heading that names the kind of goods with a vague word, then a colon: the items after the
  colon are read ("picnic stuff: …"), the vague word names none of them.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to as answer
from policy_core.testing import shopping_answer as items

Answer = tuple[Any, ...]
NAME: Answer = ("clarify", ("item.name",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun in every word
        ("купи эти", NAME),
        ("закажи ну ту... короче сама знаешь", NAME),
        # a placeholder noun heads the name
        ("возьми ту штуковину для душа", NAME),
        ("купи хреновину для кофемашины", NAME),
        ("запиши штучку для зарядки", NAME),
        ("купи ту вещь для похода", NAME),
        ("get the thingy for the sink", NAME),
        ("add the whatchamacallit for the mower", NAME),
        # a pro-form standing for the noun
        ("buy the one for the hob", NAME),
        ("buy a cheap one", NAME),
        ("buy the one you got last time", NAME),
        ("get bananas, the ripe ones", items("bananas")),
        ("buy one loaf", items("loaf")),
        # a demonstrative or "всё" standing as the head
        ("закинь в список ту, которую мы брали в прошлый раз", NAME),
        ("купи тот, который Лена советовала", NAME),
        ("купи всё для окрошки", NAME),
        ("купи всё, что нужно для окрошки", NAME),
        ("возьми у станции то, о чём Лена писала", NAME),
        ("buy everything for the picnic", NAME),
        ("купи что-либо к обеду", NAME),
        ("купи кое-что для Лены", NAME),
        # a person after a soft buying verb's vague object tells whose it is
        ("get the stuff Tom wants for his fishing trip", NAME),
        ("get the thing the mechanic recommended", NAME),
        ("get Tom to sweep the patio", ("start_job", (), (("Sweep the patio", "u-tom"),))),
        # a heading that names the kind of goods with a vague word, then the items
        ("picnic stuff: paper napkins, lemonade", items("paper napkins", "lemonade")),
        ("купи всё для окрошки: огурцы, редиску", items("огурцы", "редиска")),
        # a qualifier after a vague object is no item either
        ("возьми чё-нибудь к кофе, но недорогое", NAME),
        # a product head acts, with the same modifiers
        ("возьми прокладку для крана", items("прокладка для крана")),
        ("купи фильтр для кофемашины", items("фильтр для кофемашины")),
        ("купи мешки для вещей", items("мешки для вещей")),
        ("купи батареек, штуки 4", items("батарейки")),
        ("возьми кефир а то что-то кончился", items("кефир")),
        ("купи кефир, не то что в прошлый раз", items("кефир")),
        ("купи ручку, а то эта не пишет", items("ручка")),
        # a restricting particle with no noun qualifies the item before it
        ("купи сыр, только недорогой", items("сыр")),
        ("купи сыр, главное не плесневелый", items("сыр")),
        ("возьми йогурт, желательно греческий", items("йогурт")),
    ],
)
def test_vague_objects(text: str, expected: Answer) -> None:
    assert answer(text) == expected
