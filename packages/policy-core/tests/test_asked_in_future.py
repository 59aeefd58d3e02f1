"""Issue #12, tenth batch: a Russian request asked as a question in the 2nd person future.

"Не купишь хлеба?", "напомнишь мне …?", "а вы не возьмёте …?" ask the one spoken to to do it
(the negated form is the polite one); a buying verb un-negated asks so too ("купишь хлеба?",
round 24: tests/test_tagged_requests.py) unless a mark of a plan follows it ("ты купишь себе
…?"). A modal of "we" before
an adding verb ("мы можем внести … в список?") asks for the list too; before a buying verb it
muses ("можем купить дачу?"). A negated future said as a statement, or after a question word,
asks nothing. Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, task_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("а не купишь по дороге кефир?", ["кефир"]),
        ("Маша, не возьмёшь батон?", ["батон"]),
        ("вы не закажете корм для кошки?", ["корм для кошки"]),
        ("ты не забудешь купить спички?", ["спички"]),
        ("закинешь яйца в список?", ["яйца"]),
        ("слушай, мы можем внести зубную пасту в список?", ["зубная паста"]),
    ],
)
def test_a_future_asked_buys(text: str, names: list[str]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert item_names(document) == names


def test_a_future_asked_reminds() -> None:
    document = decide_text("не напомнишь Пете в субботу подстричь газон?")
    assert document["action"] == "start_job", document
    task = task_of(document)
    assert task is not None
    assert task["assignee_id"] == "u-petya"
    assert task["title"] == "Подстричь газон"


@pytest.mark.parametrize(
    "text",
    [
        "ты купишь себе новую машину?",
        "можем купить дачу в следующем году?",
        "почему ты не купишь нормальный чайник?",
        "ты не купишь это, я знаю",
        "не представляешь, сколько стоит икра?",
        "не забудешь, что завтра у бабушки юбилей?",
    ],
)
def test_a_plan_a_musing_or_a_statement_asks_nothing(text: str) -> None:
    assert asks_intent(decide_text(text))
