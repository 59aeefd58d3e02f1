"""Punctuation said aloud, as voice typing writes it when it does not render it."""

from __future__ import annotations

import pytest

from policy_core._text import normalise_text
from policy_core.lang import BUILT_IN
from policy_core.testing import decide_text, items_of, task_of

TEXT_WORDS = BUILT_IN.vocabulary.text


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("купи кефир запятая ряженку точка", "купи кефир, ряженку."),
        ("в хозтовары двоеточие мыло", "в хозтовары: мыло"),
        ("сыр точка и ещё батон", "сыр. и ещё батон"),
        ("add rice comma beans full stop", "add rice, beans."),
        ("add oats new line honey new line tea period", "add oats\nhoney\ntea."),
        ("Add Tea Comma Sugar", "Add Tea, Sugar"),
        ("buy two point five kilos of flour period", "buy two point five kilos of flour."),
    ],
)
def test_a_spoken_mark_is_written_as_its_mark(said: str, written: str) -> None:
    assert normalise_text(said, TEXT_WORDS) == written


@pytest.mark.parametrize(
    "text",
    [
        "buy period pants",  # "period" inside a product
        "купи точка доступа",  # "точка" as a word
        "купи кефир, запятая не нужна",  # a text with written marks is left as it is
        "add 2.5 kg of rice comma beans.",
    ],
)
def test_a_word_that_is_not_said_as_a_mark_stays(text: str) -> None:
    assert normalise_text(text, TEXT_WORDS) == text


def test_items_dictated_with_their_marks_are_the_items() -> None:
    document = decide_text("купи гречку две пачки запятая сахар килограмм точка")
    assert items_of(document) == [("гречка", "2", "pack"), ("сахар", "1", "kg")]
    english = decide_text("add apples new line pears new line plums period")
    assert [name for name, _, _ in items_of(english)] == ["apples", "pears", "plums"]


def test_a_dictated_task_ends_before_its_spoken_full_stop() -> None:
    task = task_of(decide_text("напомни Пете полить цветы завтра точка"))
    assert task is not None
    assert task["title"] == "Полить цветы"
    assert task["assignee_id"] == "u-petya"


def test_a_spoken_question_mark_makes_a_question() -> None:
    document = decide_text("нужно купить хлеб вопросительный знак")
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["intent"]
