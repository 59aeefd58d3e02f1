"""Issue #12, tenth batch: a question, then a request in a sentence of its own.

A family chat opens with a question the platform does not answer ("кто сегодня дежурит?",
"what's for dinner tonight?") and goes on, after its mark or a line break, with a request
("…? и напомни Маше …", "…\\nПете нужно …"): the request is read alone, so a day or a member
said in the question is no part of it. A request whose question comes after it, or a
question with nothing asked after it, is read as before. Each row is decided through
``decide()`` against the bilingual test household (``policy_core.testing``); none is a golden
sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, task_of


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        (
            "кто сегодня дежурит по кухне? и напомни Пете вынести мусор",
            "Вынести мусор",
            "u-petya",
            None,
        ),
        (
            "Где пульт?\nМаше нужно погладить рубашку в четверг",
            "Погладить рубашку",
            "u-masha",
            "2026-03-05",
        ),
        ("what's on tv tonight? remind Tom to oil the hinges", "Oil the hinges", "u-tom", None),
    ],
)
def test_the_request_after_a_question_is_read_alone(
    text: str, title: str, assignee: str, due: str | None
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    task = task_of(document)
    assert task is not None, document
    assert task["title"] == title
    assert task["assignee_id"] == assignee
    assert (task.get("due") or "")[:10] == (due or "")


def test_a_purchase_after_a_question_is_read_alone() -> None:
    document = decide_text("ну как ты там? купи яблок")
    assert document["action"] == "start_job", document
    assert item_names(document) == ["яблоки"]
    assert task_of(document) is None


@pytest.mark.parametrize(
    "text",
    [
        "где мои очки? кто-нибудь видел?",
        "what's for tea? no idea, really",
        "Что на ужин? Может, пиццу?",
    ],
)
def test_questions_alone_still_ask(text: str) -> None:
    assert asks_intent(decide_text(text))
