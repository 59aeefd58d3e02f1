"""A member named, a Russian phrase of time, then an English chore (issue #12, round 19): the
Russian prepositions of time (``TriggerWords.adverbial_openers`` in Russian: "в", "на", "к",
"после") open an adverbial the chore verb may follow ("маше в пятницу feed the cat"), as the
English ones do ("Tom, on Wednesday wash the car"): the member's task. With no one named
before the phrase, nothing changes ("в субботу clean energy is the future" still asks)."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пете в субботу mow the lawn", task_answer("Mow the lawn", "u-petya")),
        ("Маше на выходных wash the car лол", task_answer("Wash the car", "u-masha")),
        ("пете к пятнице tidy the garage", task_answer("Tidy the garage", "u-petya")),
        ("пете после школы walk the dog", task_answer("Walk the dog", "u-petya")),
    ],
)
def test_the_members_chore_after_a_russian_phrase_of_time(
    text: str, expected: tuple[object, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в пятницу feed the cat", INTENT),
        ("в субботу clean energy is the future", INTENT),
        ("купи в магазине clean wipes", shopping_answer("clean wipes")),
        ("маше в пятницу покормить кота", task_answer("Покормить кота", "u-masha")),
    ],
)
def test_no_member_before_the_phrase_reads_as_before(
    text: str, expected: tuple[object, ...]
) -> None:
    assert answer_to(text) == expected
