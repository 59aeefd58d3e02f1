"""Issue #12, round 27: a verbless list of products said with what people say around it
(``policy_core._spoken_lists``).

- a reason before the list, led to it by a consequence word ("…, so eggs, milk and flour",
  "Петя простыл, так что лимонов три штуки …", "Tom's birthday saturday so …"; no past told
  in it: "we had friends round so …" is a story), or an aside on the speaker's memory opening
  the text ("ой, пока не забыла, …", "oh, before I forget, …"); a pause after a joiner and a
  word closing the list ("…, хлеб и… яйца. всё");
- a courtesy or a reminder among or after the items ("пачку творога будь добра и кефир",
  "два десятка яиц не забудь");
- a remark after the list, set off by a mark, opened by a reason or a condition ("…, а то
  бабушка ворчит", "…, если будет по акции") or by a person and a clause that tells a need
  (something used up, someone ill, a day or a deed to come: "…, the kids drink it like
  water", "…, Маша вчера всё съела"); a deed told done or doing is a story ("…, мы
  пообедали", "…, the kids loved it");
- a Russian name in the genitive before its count in a list typed without commas ("кефира
  два литра творог три пачки"):

the list alone is read, with its quantities, units and list. Near-misses stay as they were: a
remark that tells the products had, bought, brought or sent ("…, всё уже есть", "…, we have
plenty", "…, бабушка прислала с дачи"), the speaker's own purchase ("…, I'll get them"), a
remark about a thing ("…, обед будет", "…, the fridge is empty again"), an aside between
items ("cereal, the one the kids like, and milk"), a question, a picture, a negated lead or
list, and a reason followed by no list at all.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``: the rules alone); none is a golden or a corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_ASKS = ("clarify", ("intent",))
_G = "l-groceries"

READ: dict[str, tuple[Any, ...]] = {
    # a reason, then a consequence word
    "the kids want waffles on sunday so eggs, milk and flour": (
        ("eggs", None, None, _G),
        ("milk", None, None, _G),
        ("flour", None, None, _G),
    ),
    "Петя простыл, так что лимонов три штуки и мёд": (
        ("лимоны", "3", "pcs", _G),
        ("мёд", None, None, _G),
    ),
    "Tom's birthday saturday so cake and candles": (  # a day to come, no verb
        ("cake", None, None, _G),
        ("candles", None, None, _G),
    ),
    "завтра блины пеку, так что мука и молоко": (
        ("мука", None, None, _G),
        ("молоко", None, None, _G),
    ),
    "гости придут в субботу, так что 2 кг картошки и бутылку масла": (
        ("картошка", "2", "kg", _G),
        ("масло", "1", "bottle", _G),
    ),
    # a memory aside opening the text
    "ой, пока не забыла, пачку масла и батон": (
        ("масло", "1", "pack", _G),
        ("батон", None, None, _G),
    ),
    # a pause after a joiner, the list closed
    "ой, пока не забыла… молоко, хлеб и… яйца. всё": (
        ("молоко", None, None, _G),
        ("хлеб", None, None, _G),
        ("яйца", None, None, _G),
    ),
    # a courtesy or a reminder among or after the items
    "пачку творога будь добра и кефир": (("творог", "1", "pack", _G), ("кефир", None, None, _G)),
    "два десятка яиц не забудь": (("яйца", "20", None, _G),),
    # a remark after the list: a reason, a condition, a person and a clause
    "пару пачек чая, а то бабушка ворчит": (("чай", "2", "pack", _G),),
    "пару пачек гречки и рис, если будет по акции": (
        ("гречка", "2", "pack", _G),
        ("рис", None, None, _G),
    ),
    "three bottles of squash, the kids drink it like water": (("squash", "3", "bottle", _G),),
    "молоко и яйца, Маша вчера всё съела": (("молоко", None, None, _G), ("яйца", None, None, _G)),
    # a name in the genitive before its count, in a list typed without commas
    "кефира два литра творог три пачки и хлеб": (
        ("кефир", "2", "l", _G),
        ("творог", "3", "pack", _G),
        ("хлеб", None, None, _G),
    ),
    "купи сахара два кило муки килограмм": (("сахар", "2", "kg", _G), ("мука", "1", "kg", _G)),
}

# Each row read its items so before this family; it still does.
AS_BEFORE: dict[str, tuple[Any, ...]] = {
    # measures first, each item with its own (round 33: the second count starts an item)
    "купи 2 кг картошки 3 кг лука": (("картошка", "2", "kg", _G), ("лук", "3", "kg", _G)),
    "купи мешок 5 кг картошки": (("мешок картошки", "5", "kg", _G),),
}

# Each row asked what was meant before this family; it still does.
STILL_ASKS = [
    "молоко, яйца, хлеб, всё уже есть",  # the products had
    "milk, eggs and bread, we have plenty",
    "молоко и хлеб, Маша уже купила",  # bought
    "3 кг яблок, бабушка прислала с дачи",  # sent
    "milk, eggs and bread, I'll get them on the way home",  # the speaker's own purchase
    "сыр и творог, я же просила",  # an ask told back
    "рыба в морозилке, овощи на балконе, обед будет",  # where things are; a thing's remark
    "2 kg of rice, the fridge is empty again",  # a remark about a thing
    "cereal, the one the kids like, and milk",  # an aside between items
    "milk and eggs, is that all?",  # a question
    "молоко, хлеб, сыр, всё как всегда 🙃",  # a picture: a mood
    "молоко, не хлеб, а то Петя ворчит",  # a negated item
    "it rained all day so we stayed home",  # a consequence, no list
    # a story: a past told before the consequence word, a deed done or doing told after
    "we had friends round so pizza and beer",
    "Tom was hungry so eggs and toast",
    "вчера были гости, поэтому торт и вино",
    "суп и салат, мы пообедали на веранде",
    "чай и пряники, мы сидим в гостиной",
    "pizza, cake, balloons, the kids loved it",
    "хлеб и сыр, он любит на ужин",
    "в холодильнике... молоко и яйца",  # a pause after no joiner
    "Маша простыла, так что сидит дома",
    "пока помню, позвони бабушке",  # a memory aside before no list
]


@pytest.mark.parametrize(("text", "items"), READ.items())
def test_the_list_inside_speech_is_read(text: str, items: tuple[Any, ...]) -> None:
    assert full_answer(text) == ("start_job", items, ())


@pytest.mark.parametrize(("text", "items"), AS_BEFORE.items())
def test_measures_said_first_read_as_before(text: str, items: tuple[Any, ...]) -> None:
    assert full_answer(text) == ("start_job", items, ())


@pytest.mark.parametrize("text", STILL_ASKS)
def test_near_misses_still_ask(text: str) -> None:
    assert full_answer(text) == _ASKS
