"""Issue #12, sixteenth batch: where a purchase is made on a journey is no part of an item.

"on <a possessive or the> way [home, back, from work …]" and "по пути / по дороге / на
обратном пути [домой, с работы …]" say when and where the buyer passes a shop; they never
name a product. Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import started_items


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pick up shoe polish on ur way back", "shoe polish"),
        ("get kitchen roll on your way from school", "kitchen roll"),
        ("buy oat milk on my way", "oat milk"),
        ("купи батарейки по пути с тренировки", "батарейки"),
        ("возьми кефир на обратной дороге", "кефир"),
        ("захвати мандарины по дороге обратно", "мандарины"),
    ],
)
def test_a_route_is_no_part_of_the_item(text: str, name: str) -> None:
    assert [item for item, _, _ in started_items(text)] == [name]
