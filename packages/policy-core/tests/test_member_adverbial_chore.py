"""A member named, a Russian phrase of time, then an English chore (issue #12, round 19): the
Russian prepositions of time (``TriggerWords.adverbial_openers`` in Russian: "в", "на", "к")
open an adverbial the chore verb may follow when the phrase names a day or a part of one
(``TriggerWords.adverbial_days``: "маше в пятницу feed the cat") or a zone ("Пете в ванной
clean the sink"), as the English ones do ("Tom, on Wednesday wash the car"): the member's
task, its due resolved. A phrase no due reads ("пете в 6 …", "… после школы …") would be lost
from the task, and an English clause with a verb of its own ("… clean energy is the future")
is a remark: both ask as before, and so does a phrase with no one named before it."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, decide_text, shopping_answer, task_answer, task_of

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        ("пете в субботу mow the lawn", task_answer("Mow the lawn", "u-petya"), "2026-03-07"),
        ("Маше на выходных wash the car лол", task_answer("Wash the car", "u-masha"), "2026-03-07"),
        ("пете к пятнице tidy the garage", task_answer("Tidy the garage", "u-petya"), "2026-03-06"),
        # a verb whose deed its object makes, with a chore's noun
        ("маше в пятницу do the dishes", task_answer("Do the dishes", "u-masha"), "2026-03-06"),
        ("пете в субботу take the bins out", task_answer("Take the bins out", "u-petya"), "2026-03-07"),
    ],
)  # fmt: skip
def test_the_members_chore_after_a_russian_phrase_of_time(
    text: str, expected: tuple[object, ...], due: str
) -> None:
    assert answer_to(text) == expected
    task = task_of(decide_text(text))
    assert task is not None
    assert task.get("due") == due


@pytest.mark.parametrize(
    "text",
    [
        # the phrase names no day a due reads: the task would lose it
        "пете в 6 take out the trash",
        "Пете до обеда take out the trash",
        "маше после школы clean the room",
        "пете после школы walk the dog",
        "маше до ужина walk the dog",
        # the English clause has a verb of its own: a remark, not a chore
        "маше в пятницу clean energy is the future",
        "пете в субботу clean air is important",
        "Маше на выходных clean water is a right",
        # a verb whose deed its object makes: a wish or a goodbye, not a chore
        "Маше в пятницу take care",
        "Пете на выходных take a break",
        "Пете в субботу take it easy",
        "Маше в пятницу take it out on me",
        # a question asked of the member, then chat
        "Маше в пятницу feed the cat? она не может",
        "Пете в субботу wash the car? он занят",
    ],
)
def test_a_phrase_with_no_due_or_a_remark_asks_as_before(text: str) -> None:
    assert answer_to(text) == INTENT


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
