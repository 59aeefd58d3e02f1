"""Issue #12, household tasks read right (SPEC §4.2), session 8: who does a task when the
speaker names them after the deed, in a fond form, before the frame or with a negation, and
where the title ends when the speaker goes on without a conjunction.

Each row is decided through ``decide()``; none is a golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, item_names, task_of

_ENGLISH: tuple[dict[str, Any], ...] = (
    {"user_id": "u-emma", "display_name": "Emma"},
    {"user_id": "u-tom", "display_name": "Tom"},
    {"user_id": "u-jack", "display_name": "Jack"},
    {"user_id": "u-lucy", "display_name": "Lucy"},
)


def _task(text: str, **command: Any) -> dict[str, Any]:
    document = decide_text(text, **command)
    task = task_of(document)
    assert task is not None, document
    return task


def _asks_who(text: str, **command: Any) -> bool:
    document = decide_text(text, **command)
    return document["payload"].get("missing_fields") == ["task.assignee_id"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Пете напомни дверцу шкафа починить скрипит же", "Дверцу шкафа починить"),
        ("Маше надо завтра бельё погладить накопилось много", "Бельё погладить"),
        ("Пете напомни лампочку в коридоре поменять она опять перегорела", None),
        ("Маше в субботу окна помыть надо не забыть", "Окна помыть"),
        ("напомни Маше цветы полить, сегодня её очередь", "Цветы полить"),
        ("Пете вынести мусор, понял", "Вынести мусор"),
        ("Пете напомни починить кран, который капает", "Починить кран, который капает"),
        ("Маше помыть стекло на кухне", "Помыть стекло на кухне"),
    ],
)
def test_a_state_or_a_tag_said_after_the_deed_is_no_part_of_the_title(
    text: str, title: str | None
) -> None:
    found = _task(text)["title"]
    if title is None:
        assert found == "Лампочку в коридоре поменять"
    else:
        assert found == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("remind Jack to descale the kettle tomorrow, no pressure", "Descale the kettle"),
        ("Lucy's turn to wipe the hob tonight, just saying", "Wipe the hob"),
        ("Jack bleed the radiators on Sunday, his turn x", "Bleed the radiators"),
    ],
)
def test_an_english_tag_after_the_deed_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["title"] == title


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("Пете напомни ботинки почистить", "u-petya", "Ботинки почистить"),
        ("Машеньке скажи шкаф разобрать", "u-masha", "Шкаф разобрать"),
        (
            "Петеньке передай ковёр на кухне пропылесосить",
            "u-petya",
            "Ковёр на кухне пропылесосить",
        ),
        ("Петруше напомни велосипед смазать", "u-petya", "Велосипед смазать"),
        ("Машке скажи рыбок покормить", "u-masha", "Рыбок покормить"),
        ("Анечке напомни квитанции разобрать", "u-anna", "Квитанции разобрать"),
        ("шкаф разобрать скажи Маше", "u-masha", "Шкаф разобрать"),
    ],
)
def test_a_member_in_the_dative_before_the_frame_is_whom_it_asks(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text)
    assert (task["assignee_id"], task["title"]) == (assignee, title)


def test_a_member_who_said_something_is_still_no_doer() -> None:
    assert _task("Маша сказала, что нужно разобрать шкаф")["assignee_id"] == "u-anna"


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("remind Jackie to bleed the radiators", "u-jack"),
        ("ask Ems to wipe the hob tomorrow", "u-emma"),
        ("Lucie, sweep the porch", "u-lucy"),
    ],
)
def test_an_english_fond_name_is_that_member(text: str, assignee: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["assignee_id"] == assignee


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("remind me, not Tom, to book the vet on Friday", "u-emma", "Book the vet"),
        ("ask Jack, not Lucy, to hang the washing", "u-jack", "Hang the washing"),
        ("Lucy not Jack should scrub the grill", "u-lucy", "Scrub the grill"),
    ],
)
def test_a_person_said_with_a_negation_does_not_do_it(text: str, assignee: str, title: str) -> None:
    task = _task(text, members=_ENGLISH, user_id="u-emma")
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("напомни Маше, а не Пете, рыбок покормить", "u-masha", "Рыбок покормить"),
        ("не Пете, а Маше напомни шкаф разобрать", "u-masha", "Шкаф разобрать"),
    ],
)
def test_a_russian_person_said_with_a_negation_does_not_do_it(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text)
    assert (task["assignee_id"], task["title"]) == (assignee, title)


def test_a_stranger_named_with_a_negated_member_is_asked_about() -> None:
    assert _asks_who("remind Mike, not Tom, to oil the hinges", members=_ENGLISH)


@pytest.mark.parametrize(
    "text",
    [
        "вадик пусть вынесет мусор",
        "олег должен починить кран",
        "Гене с пятого этажа скажи пусть стремянку вернёт",
        "Вадиму передай пусть ключи занесёт",
    ],
)
def test_a_stranger_named_before_the_deed_is_asked_about(text: str) -> None:
    assert _asks_who(text)


@pytest.mark.parametrize(
    "text",
    [
        "have the neighbour feed the cat on Sunday",
        "have the babysitter take Lucy to the park",
    ],
)
def test_someone_else_a_causative_verb_names_is_asked_about(text: str) -> None:
    assert _asks_who(text, members=_ENGLISH)


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("окна помыть Маша пусть займётся завтра", "u-masha", "Окна помыть"),
        ("ковёр выбить надо, пусть Петя займётся", "u-petya", "Ковёр выбить"),
        ("полы помыть надо Петя пусть сделает в субботу", "u-petya", "Полы помыть"),
        ("кладовку разобрать, Маша пусть", "u-masha", "Кладовку разобрать"),
    ],
)
def test_who_does_it_said_after_the_deed_is_its_doer(text: str, assignee: str, title: str) -> None:
    task = _task(text)
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("clear the gutters this weekend, let Tom handle it", "u-tom", "Clear the gutters"),
        ("wash the car, Jack can take care of it", "u-jack", "Wash the car"),
        ("recycle the can", "u-emma", "Recycle the can"),
    ],
)
def test_who_does_it_said_after_an_english_deed_is_its_doer(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text, members=_ENGLISH, user_id="u-emma")
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind Jack to defrost the freezer tmw", "2026-03-05"),
        ("remind Jack to defrost the freezer tomorow", "2026-03-05"),
        ("Jack take the recycling out thurs night", "2026-03-05T19:00:00+03:00"),
        ("remind me to repot the fern fri eve", "2026-03-06T19:00:00+03:00"),
        ("Tom fix the gate sat arvo", "2026-03-07T14:00:00+03:00"),
        ("remind me to ring the vet at midday", "2026-03-04T12:00:00+03:00"),
        ("remind Lucy to walk the dog tonite", "2026-03-04T19:00:00+03:00"),
        ("remind Lucy to water the ferns weds", "2026-03-11"),
    ],
)
def test_an_english_day_said_short_or_misspelt_is_its_due(text: str, due: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["due"] == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Маше вечерком бельё развесить", "2026-03-04T19:00:00+03:00"),
        ("Пете утречком ботинки почистить", "2026-03-05T09:00:00+03:00"),
        ("седня Пете ботинки почистить", "2026-03-04"),
        ("в воскресение Маше шкаф разобрать", "2026-03-08"),
        ("Пете в пятн ботинки почистить", "2026-03-06"),
        ("Маше в чтв шкаф разобрать", "2026-03-05"),
    ],
)
def test_a_russian_day_said_fondly_or_short_is_its_due(text: str, due: str) -> None:
    assert _task(text)["due"] == due


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("jack put the green bin out wed evening", "Put the green bin out"),
        ("Lucy, put the clean towels away", "Put the clean towels away"),
    ],
)
def test_a_chore_phrasal_said_around_its_object_is_a_task(text: str, title: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["title"] == title


@pytest.mark.parametrize("text", ["put the lights out", "put the candles out"])
def test_putting_out_a_light_or_a_flame_is_no_chore(text: str) -> None:
    document = decide_text(text, members=_ENGLISH, user_id="u-emma")
    assert task_of(document) is None


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("Lucy could maybe hoover the stairs tonight", "u-lucy", "Hoover the stairs"),
        ("Tom could probably bleed the radiators", "u-tom", "Bleed the radiators"),
        ("Jack can perhaps rake the leaves on Saturday", "u-jack", "Rake the leaves"),
    ],
)
def test_a_hedge_after_a_members_modal_is_no_part_of_the_task(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text, members=_ENGLISH, user_id="u-emma")
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize("text", ["Tom will be late tonight", "Lucy should be home by nine"])
def test_a_member_and_a_state_is_no_task(text: str) -> None:
    document = decide_text(text, members=_ENGLISH, user_id="u-emma")
    assert task_of(document) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, don't forget to pick up the parcel tomorrow", "Pick up the parcel"),
        ("Lucy pick up the repairs from the cobbler", "Pick up the repairs from the cobbler"),
    ],
)
def test_what_is_picked_up_and_not_bought_is_an_errand(text: str, title: str) -> None:
    document = decide_text(text, members=_ENGLISH, user_id="u-emma")
    task = task_of(document)
    assert task is not None, document
    assert task["title"] == title


@pytest.mark.parametrize(
    ("text", "items", "title"),
    [
        ("сметана\nгречка\nПете ботинки почистить", ["сметана", "гречка"], "Ботинки почистить"),
        ("сметана, гречка и Маше шкаф разобрать", ["сметана", "гречка"], "Шкаф разобрать"),
    ],
)
def test_products_listed_before_a_task_with_no_verb_are_bought_too(
    text: str, items: list[str], title: str
) -> None:
    document = decide_text(text)
    assert item_names(document) == items, document
    task = task_of(document)
    assert task is not None
    assert task["title"] == title


def test_an_english_note_of_products_then_a_task_is_both() -> None:
    document = decide_text("oat milk\ncrumpets\nJack rake the leaves", members=_ENGLISH)
    assert item_names(document) == ["oat milk", "crumpets"], document
    task = task_of(document)
    assert task is not None
    assert (task["title"], task["assignee_id"]) == ("Rake the leaves", "u-jack")


@pytest.mark.parametrize(
    ("text", "assignee", "title", "due"),
    [
        ("Маша окулист 12.03 15:30", "u-masha", "Окулист", "2026-03-12T15:30:00+03:00"),
        ("Пете: логопед в пятницу", "u-petya", "Логопед", "2026-03-06"),
    ],
)
def test_a_members_visit_and_when_with_no_verb_is_their_task(
    text: str, assignee: str, title: str, due: str
) -> None:
    task = _task(text)
    assert (task["assignee_id"], task["title"], task["due"]) == (assignee, title, due)


def test_an_english_members_lesson_and_when_is_their_task() -> None:
    task = _task("Lucy - violin 4pm tomorrow", members=_ENGLISH, user_id="u-emma")
    assert (task["assignee_id"], task["title"]) == ("u-lucy", "Violin")


def test_a_member_and_a_visit_with_no_when_tells_what_they_are() -> None:
    assert task_of(decide_text("Маша стоматолог")) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Маше наварить борща", "Наварить борща"),
        ("налепить вареников в субботу", "Налепить вареников"),
        ("Пете замариновать мясо вечером", "Замариновать мясо"),
    ],
)
def test_a_russian_cooking_deed_is_a_task(text: str, title: str) -> None:
    assert _task(text)["title"] == title


def test_a_note_of_products_then_a_cooking_line_is_both() -> None:
    document = decide_text("мука 2 кг\nнапечь блинов в воскресенье")
    assert item_names(document) == ["мука"], document
    task = task_of(document)
    assert task is not None
    assert task["title"] == "Напечь блинов"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Пете протереть пыль а то чихаем", "Протереть пыль"),
        ("Маше убрать игрушки иначе мультиков не будет", "Убрать игрушки"),
        ("Пете прочистить слив так как вода стоит", "Прочистить слив"),
        ("Маше покормить кота пока мы на даче", "Покормить кота"),
    ],
)
def test_a_russian_reason_or_condition_after_the_deed_is_no_part_of_the_title(
    text: str, title: str
) -> None:
    assert _task(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom reseal the bath it's going mouldy", "Reseal the bath"),
        ("Jack sweep the patio or else the leaves will rot", "Sweep the patio"),
        ("remind Lucy to water the ferns while we're away", "Water the ferns"),
        ("Tom check if it's leaking", "Check if it's leaking"),
    ],
)
def test_an_english_reason_after_the_deed_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["title"] == title


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("Пете мусор", "u-petya", "Мусор"),
        ("Маше: стирка, глажка", "u-masha", "Стирка, глажка"),
    ],
)
def test_a_member_and_a_chore_with_no_verb_is_their_task(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text)
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize(
    ("text", "assignee", "title"),
    [
        ("Jack - recycling tonight", "u-jack", "Recycling"),
        ("Lucy, hoovering", "u-lucy", "Hoovering"),
    ],
)
def test_an_english_member_and_a_chore_with_no_verb_is_their_task(
    text: str, assignee: str, title: str
) -> None:
    task = _task(text, members=_ENGLISH, user_id="u-emma")
    assert (task["assignee_id"], task["title"]) == (assignee, title)


@pytest.mark.parametrize("text", ["Маша посуду помыла", "Маше уроки"])
def test_a_member_and_a_deed_told_done_or_no_chore_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize("text", ["Jack, laundry is done", "Tom dishes are clean already"])
def test_a_chore_told_done_is_no_task(text: str) -> None:
    assert task_of(decide_text(text, members=_ENGLISH, user_id="u-emma")) is None


def test_a_chore_that_has_to_be_done_is_still_one() -> None:
    task = _task("Jack, dishes have to be done tonight", members=_ENGLISH, user_id="u-emma")
    assert task["assignee_id"] == "u-jack"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Маше протереть зеркало ну пожалуйста", "Протереть зеркало"),
        ("Пете сложить вещи короче", "Сложить вещи"),
    ],
)
def test_a_russian_filler_at_the_end_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _task(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom descale the kettle mate", "Descale the kettle"),
        ("remind Jack to hang the washing innit", "Hang the washing"),
    ],
)
def test_an_english_filler_at_the_end_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _task(text, members=_ENGLISH, user_id="u-emma")["title"] == title


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind Tom to service the mower a week from today", "2026-03-11"),
        ("remind Tom to service the mower two days from tomorrow", "2026-03-07"),
        ("remind Tom to service the mower 3 weeks from today", "2026-03-25"),
    ],
)
def test_a_span_from_a_day_is_that_many_days_past_it(text: str, due: str) -> None:
    task = _task(text, members=_ENGLISH, user_id="u-emma")
    assert (task["title"], task["due"]) == ("Service the mower", due)
