"""Issue #12, sixteenth batch: a member called opens a clause of their own after a request.

A word whose likelier reading is a noun but which may be a chore's imperative ("полей",
"мой") is the imperative when it opens a clause, past only a member called and a joiner,
after a mark ("купи соль, и Маша — полей фикус", "… . Петя — мой посуду"), and no verb
follows it. Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of, tasks_of


@pytest.mark.parametrize(
    ("text", "item", "title", "doer"),
    [
        ("закажи соль, а Петя — полей огород", "соль", "Полей огород", "u-petya"),
        ("купи губку. Маша — мой сковородку", "губка", "Мой сковородку", "u-masha"),
        ("возьми лейку, и Маша — полей рассаду", "лейка", "Полей рассаду", "u-masha"),
    ],
)
def test_a_member_called_after_a_request_gets_the_chore(
    text: str, item: str, title: str, doer: str
) -> None:
    document = decide_text(text)
    assert document["action"] == "confirm"
    assert [name for name, _, _ in items_of(document)] == [item]
    assert [(task["title"], task["assignee_id"]) for task in tasks_of(document)] == [(title, doer)]


@pytest.mark.parametrize(
    ("text", "item", "title", "doer"),
    [
        # the member called with a comma after a mark opens the clause: the doer
        ("закажи наполнитель. Маша, покорми кота", "наполнитель", "Покорми кота", "u-masha"),
        ("возьми бумагу, а Петя, сложи коробки", "бумага", "Сложи коробки", "u-petya"),
        (
            "grab firelighters, and Tom, sweep the chimney",
            "firelighters",
            "Sweep the chimney",
            "u-tom",
        ),
    ],
)
def test_a_member_called_with_a_comma_after_a_request_does_the_chore(
    text: str, item: str, title: str, doer: str
) -> None:
    document = decide_text(text)
    assert [name for name, _, _ in items_of(document)] == [item]
    assert [(task["title"], task["assignee_id"]) for task in tasks_of(document)] == [(title, doer)]


def test_a_possessive_with_its_own_verb_opens_no_chore() -> None:
    document = decide_text("купи соль, мой брат заедет вечером")
    assert document["action"] == "start_job"
    assert not tasks_of(document)


@pytest.mark.parametrize(
    "text",
    [
        # a name not a member's, called before the chore: who is meant is asked (SPEC §4.2),
        # no items "дим", "поля цветы" (review finding 5, 1b2c4dd)
        "купите сахар, и Дима — полей цветы",
        "купи молоко, и Вова — мой посуду",
        "закажите воду, и Гоша — полей огород",
    ],
)
def test_a_name_not_a_member_called_before_a_chore_asks_who(text: str) -> None:
    document = decide_text(text)
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["task.assignee_id"]
