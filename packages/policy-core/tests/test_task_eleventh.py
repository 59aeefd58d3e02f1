"""Issue #12, household tasks read right (SPEC §4.2), the b11 round: a half hour said
shortly, a due said in a clause of its own before the task, asides and insistence tags after
the title, who does a task spoken to at the start of a mixed command or a reminder for me.

Each row is decided through ``decide()`` against the default household (Анна, Петя, Маша,
Tom; a Wednesday, 10:00 in Moscow); none is a golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, items_of, task_of


def _task(text: str, **command: Any) -> dict[str, Any]:
    document = decide_text(text, **command)
    task = task_of(document)
    assert task is not None, document
    return task


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("Маша, в пол десятого вечера разбери посудомойку", "Разбери посудомойку", "21:30"),
        ("Петя, полпятого дня забери велосипед из ремонта", "Забери велосипед из ремонта", "16:30"),
        ("в пол-двенадцатого проветри спальню", "Проветри спальню", "11:30"),
        ("к пол второго дня свари суп", "Свари суп", "13:30"),
    ],
)
def test_a_half_hour_said_shortly_is_the_due(text: str, title: str, due: str) -> None:
    task = _task(text)
    assert task["title"] == title
    assert str(task.get("due", ""))[11:16] == due


@pytest.mark.parametrize(
    "text",
    ["вымой пол второго этажа", "Петя, подмети пол третьего подъезда"],
)
def test_a_floor_before_an_ordinal_is_no_half_hour(text: str) -> None:
    task = _task(text)
    assert "due" not in task or task["due"] is None
    assert "пол" in str(task["title"])


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "я в рейсе до 22, сегодня в 18:30 кто-нибудь встретьте курьера с пылесосом",
            "2026-03-04T18:30:00+03:00",
        ),
        (
            "поскольку в пятницу мы уезжаем на дачу, Маше послезавтра постирать шторы",
            "2026-03-06",
        ),
        (
            "we leave for the airport on Sunday, Tom, wash the car on Friday",
            "2026-03-06",
        ),
    ],
)
def test_a_due_in_a_clause_of_its_own_gives_way_to_the_tasks(text: str, due: str) -> None:
    assert _task(text).get("due") == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Завтра, Петя, почисти ковёр в 8", "2026-03-05T08:00:00+03:00"),
        ("в пятницу, Маша, постирай шторы", "2026-03-06"),
    ],
)
def test_a_due_set_off_by_a_comma_alone_is_still_the_tasks(text: str, due: str) -> None:
    assert _task(text).get("due") == due


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, rake the leaves on Sunday, no arguing", "Rake the leaves"),
        ("Tom - defrost the freezer tonight, no excuses!", "Defrost the freezer"),
        ("Петя, разбери антресоль в субботу, и никаких отговорок", "Разбери антресоль"),
        ("Маша, почисти духовку, без разговоров", "Почисти духовку"),
        (
            "Петя, отнеси ботинки в мастерскую — у меня, увы, весь день приём",
            "Отнеси ботинки в мастерскую",
        ),
        ("Маша, помой люстру, к сожалению, мне не дотянуться", "Помой люстру"),
        ("Tom, descale the kettle, I'm afraid it's furred up again", "Descale the kettle"),
        ("Tom, mop the hallway, as usual it is muddy", "Mop the hallway"),
    ],
)
def test_an_aside_or_an_insistence_tag_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _task(text)["title"] == title


def test_a_possessor_inside_the_title_stays() -> None:
    assert _task("забери ключи у меня в офисе")["title"] == "Забери ключи у меня в офисе"


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Петя, купи порошок и постирай шторы", "u-petya"),
        ("Tom, grab some bin bags and sweep the garage", "u-tom"),
        ("Маша, купи хлеб и пусть Петя протрёт плиту", "u-petya"),
    ],
)
def test_a_member_spoken_to_before_a_mixed_command_does_its_task(text: str, assignee: str) -> None:
    document = decide_text(text)
    assert items_of(document)
    task = task_of(document)
    assert task is not None, document
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text",
    [
        "Петя, напомни мне в пятницу заплатить за интернет",
        "Tom, you know what, remind me to book the dentist",
        "Маша, где зарядка? и напомни мне вечером позвонить бабушке",
    ],
)
def test_a_reminder_for_me_is_mine_whoever_is_spoken_to(text: str) -> None:
    assert _task(text)["assignee_id"] == "u-anna"


def test_a_speaker_who_names_themself_is_the_one_reminded() -> None:
    assert _task("я Маша напомни мне в субботу полить кактус")["assignee_id"] == "u-masha"


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Tom, on Thursday hoover the landing", "Hoover the landing", "u-tom"),
        ("Tom, this weekend mow the verge", "Mow the verge", "u-tom"),
        ("after lunch scrub the barbecue", "Scrub the barbecue", "u-anna"),
        ("Tom, in the garage sweep up the sawdust", "Sweep up the sawdust", "u-tom"),
    ],
)
def test_an_imperative_after_a_fronted_adverbial_is_a_task(
    text: str, title: str, assignee: str
) -> None:
    task = _task(text)
    assert (task["title"], task["assignee_id"]) == (title, assignee)


@pytest.mark.parametrize(
    "text",
    [
        "on top of the wardrobe dust settles fast",
        "after the match we cleaned the kit",
        "in the end Tom washed the van",
    ],
)
def test_a_phrase_before_no_imperative_makes_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("who ate the last biscuit? Tom, mow the verge tomorrow", "Mow the verge", "u-tom"),
        ("где мой зонт? Маша, подмети балкон", "Подмети балкон", "u-masha"),
        (
            "will it snow tonight? anyway Tom needs to salt the drive",
            "Salt the drive",
            "u-tom",
        ),
        (
            "сколько времени? всё равно Пете надо погладить брюки",
            "Погладить брюки",
            "u-petya",
        ),
    ],
)
def test_a_member_asked_a_deed_after_a_question_is_a_request(
    text: str, title: str, assignee: str
) -> None:
    task = _task(text)
    assert (task["title"], task["assignee_id"]) == (title, assignee)


@pytest.mark.parametrize(
    "text",
    [
        "who broke the vase? Tom, you are grounded",
        "где Петя? Маша, ты молодец",
        "what's for dinner? anyway the film starts at eight",
    ],
)
def test_a_member_called_after_a_question_with_no_deed_asks_nothing(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("mum said rake the leaves on the lawn", "Rake the leaves on the lawn"),
        ("Tom says fold the towels", "Fold the towels"),
        ("grandpa said scrub the porch steps", "Scrub the porch steps"),
    ],
)
def test_an_imperative_relayed_from_a_person_is_the_speakers_task(text: str, title: str) -> None:
    task = _task(text)
    assert (task["title"], task["assignee_id"]) == (title, "u-anna")


@pytest.mark.parametrize(
    "text",
    [
        "dad says clean energy is the future",
        "my coach said wash days are the worst",
        "he said clean the room",
    ],
)
def test_a_saying_that_tells_or_has_no_person_is_no_relayed_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("i gotta iron my shirts tonight", "Iron my shirts"),
        ("Tom hafta sweep the patio", "Sweep the patio"),
    ],
)
def test_an_obligation_holding_its_to_before_a_chore_is_a_task(text: str, title: str) -> None:
    assert _task(text)["title"] == title


@pytest.mark.parametrize("text", ["i gotta go", "you gotta see this", "we gotta say it works"])
def test_an_obligation_holding_its_to_before_no_chore_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None
