"""Task requests the rules did not recognise (issue #12, round 21; the wording corpus's task
requests): each row of the first tables was asked about or read wrongly on 1e89841, in
phrasings of our own; the near-miss rows pass through the same checks and answer as before.

- a tag closing the command that names what was said a task, its doer and its when after its
  noun ("…, make that a task", "…, task for Tom", "…, task him", "…, задача Маше", "… задача на
  пятницу", "… — поставь мне задачу на завтра"; ``_clauses.task_tag``:
  ``TaskWords.task_tag_openers``, ``task_tag_states``): no list edited by a verb before it
  ("clean", "поменять" edit a list only when the list is theirs: ``_unserved._edit_verb``), no
  correction ("make that" opens the tag: ``_restart._repair``), and no part of the title
  (``_tasks._trimmed``, ``_tasks._from_frame``, ``_tasks._tag_anchor``);
- "пущай" is "пусть" (``MorphologyWords.shorthands``, with the dialect "завтре"), and after
  "пусть" and its member the deed's verb after its object is said as its infinitive
  (``_tasks._let_deed``);
- a swap verb with a remind verb or a task noun is a chore reminded of, no list entry changed
  (``_unserved._changes_an_entry``);
- a polite frame before a remind verb and a deed's infinitive asks for the reminder
  ("можно попросить напомнить Пете …?": ``_unserved._reminds_of_a_deed``);
- a doer's link of either language before a chore verb of the other ("Петя должен hoover the
  living room": ``_clauses._after_member_modal``, ``TaskWords.doer_links``);
- "sometime" before a when is the when's ("… sometime next week": ``_statements._hedges``,
  ``OpenWorldWords.hedge_when_followers``), and a scheduling verb's imperative with a chore's
  noun for its object puts the chore in the calendar ("запланируй уборку на субботу":
  ``_clauses._schedules_a_chore``, ``TriggerWords.schedule_verbs``);
- a note a creation verb makes is cut from the title with it ("make a note for Tom to call
  the plumber": ``_tasks._creates_task``, ``TaskWords.note_nouns``);
- "с" before a device noun, past its adjectives or not, is still the means ("пропылесось
  гостиную с новым роботом" is device control);
- "haul", "lug" are no chore verbs ("lug nuts" is a product, "haul ass" an idiom); a member's
  duty with a when, "is" and a chore's gerund is their task ("Jack's job this week is wiping
  down the counters": ``_clauses._duty_is``);
- a task noun with its state after it ("task accomplished", "задача завершена") or closing a
  deed told done ("Петя вынес мусор — задача Маше на завтра") makes no task
  (``_clauses._state_of_a_task``), and a tag with a colon and words after it frames the task
  after the colon, its doer no one who told a deed done (``_tasks._members``).
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, decide_text, shopping_answer, task_answer, task_of

INTENT = ("clarify", ("intent",))


def _answers_with_due(text: str, expected: tuple[object, ...], due: str | None) -> None:
    """``text`` answers ``expected`` (``answer_to``), its task due ``due``."""
    assert answer_to(text) == expected
    task = task_of(decide_text(text))
    assert task is not None
    assert task.get("due") == due


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        ("Tom has to mow the lawn on saturday, make that a task",
         task_answer("Mow the lawn", "u-tom"), "2026-03-07"),
        ("Tom should wash the car tomorrow make it a task",
         task_answer("Wash the car", "u-tom"), "2026-03-05"),
        ("sweep the garage on friday, task for Tom",
         task_answer("Sweep the garage", "u-tom"), "2026-03-06"),
        ("Tom must clean the gutters this weekend, task him",
         task_answer("Clean the gutters", "u-tom"), "2026-03-07"),
        ("TOM MUST CLEAN THE GARAGE TONIGHT,MAKE TASK",
         task_answer("CLEAN THE GARAGE", "u-tom"), "2026-03-04T19:00:00+03:00"),
        ("empty the dishwasher tonight — task for Tom",
         task_answer("Empty the dishwasher", "u-tom"), "2026-03-04T19:00:00+03:00"),
        ("Петя должен убрать в ванной, задача ему на завтра",
         task_answer("Убрать в ванной", "u-petya"), "2026-03-05"),
        ("кухня — помыть плиту, задача Маше", task_answer("Помыть плиту", "u-masha"), None),
        ("поменять лампочку в ванной, задача Пете",
         task_answer("Поменять лампочку в ванной", "u-petya"), None),
        ("сходить на почту забрать посылку задача на пятницу",
         task_answer("Сходить на почту забрать посылку", "u-anna"), "2026-03-06"),
        ("почистить ковёр, задача Маше на субботу",
         task_answer("Почистить ковёр", "u-masha"), "2026-03-07"),
        ("прикрутить поручень в ванной — поставь мне задачу на завтра",
         task_answer("Прикрутить поручень в ванной", "u-anna"), "2026-03-05"),
    ],
)  # fmt: skip
def test_a_task_tag_closing_the_command_names_the_deed_before_it(
    text: str, expected: tuple[object, ...], due: str | None
) -> None:
    _answers_with_due(text, expected, due)


@pytest.mark.parametrize(
    "text",
    [
        # a task noun that is the object of an edit verb edits the task
        "cancel the task for Tom",
        "delete Tom's reminder",
        "move the task to friday",
        "перенеси задачу на пятницу",
        "удали задачу Пете",
        "убери задачу про мусор",
        # a task told done or asked about, a swap of a list entry, a recall asked politely
        "Петя убрал на кухне, задача выполнена",
        "is the garage task for Tom?",
        "поменяй молоко на кефир",
        "замени сметану на йогурт в списке",
        "можно напомнить, сколько стоит хлеб?",
        "можно напомнить, где лежит зарядка?",
        "is it possible to remind me where the charger is?",
        "Tom должен 500 рублей",
    ],
)
def test_near_misses_still_ask(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy milk, make that oat milk", shopping_answer("oat milk")),  # a correction still
        ("задача Маше: помыть плиту", task_answer("Помыть плиту", "u-masha")),  # frame first
        ("remind Tom to mow the lawn, make that tomorrow", task_answer("Mow the lawn", "u-tom")),
    ],
)
def test_near_misses_keep_their_reading(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        ("Дрова наколоть, пущай Петя", task_answer("Дрова наколоть", "u-petya"), None),
        ("Мусор вынести, пущай Маша", task_answer("Мусор вынести", "u-masha"), None),
        ("пущай Маша посуду помоет", task_answer("Посуду помыть", "u-masha"), None),
        ("пусть Петя в магазин сходит", task_answer("В магазин сходить", "u-petya"), None),
        ("Пете завтре мусор вынести", task_answer("Мусор вынести", "u-petya"), "2026-03-05"),
        ("можно попросить напомнить Пете в пятницу забрать посылку?",
         task_answer("Забрать посылку", "u-petya"), "2026-03-06"),
        ("можно напомнить Маше завтра полить цветы?",
         task_answer("Полить цветы", "u-masha"), "2026-03-05"),
        ("поменять шины на зимние напомни в ноябре",
         task_answer("Поменять шины на зимние в ноябре", "u-anna"), None),
        ("поменять колёса на зимние напомни в субботу",
         task_answer("Поменять колёса на зимние", "u-anna"), "2026-03-07"),
        ("заменить батарейки на новые, напомни Пете завтра",
         task_answer("Заменить батарейки на новые", "u-petya"), "2026-03-05"),
        ("Tom должен fix the shelf in the garage в воскресенье",
         task_answer("Fix the shelf in the garage", "u-tom"), "2026-03-08"),
        ("Маша должна clean the bathroom tonight",
         task_answer("Clean the bathroom", "u-masha"), "2026-03-04T19:00:00+03:00"),
    ],
)  # fmt: skip
def test_doers_and_frames_the_rules_missed(
    text: str, expected: tuple[object, ...], due: str | None
) -> None:
    _answers_with_due(text, expected, due)


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        # "sometime" before a when is the when's, no wondering (``_statements._hedges``)
        ("Tom, wash the car sometime on saturday", task_answer("Wash the car", "u-tom"),
         "2026-03-07"),
        ("remind me to call the plumber sometime tomorrow",
         task_answer("Call the plumber", "u-anna"), "2026-03-05"),
        ("sweep the patio sometime next week", task_answer("Sweep the patio", "u-anna"),
         "2026-03-09"),
        # a scheduling verb's imperative with a chore's noun for its object
        # (``_clauses._schedules_a_chore``: ``TriggerWords.schedule_verbs``, ``chore_nouns``)
        ("запланируй уборку в ванной на пятницу", task_answer("Уборку в ванной", "u-anna"),
         "2026-03-06"),
        ("запланируй генеральную уборку на выходные",
         task_answer("Генеральную уборку", "u-anna"), "2026-03-07"),
        ("запланируй стирку на завтра", task_answer("Стирку", "u-anna"), "2026-03-05"),
    ],
)  # fmt: skip
def test_a_when_after_sometime_and_a_chore_scheduled(
    text: str, expected: tuple[object, ...], due: str | None
) -> None:
    _answers_with_due(text, expected, due)


@pytest.mark.parametrize(
    "text",
    [
        "someday I'll clean the garage",
        "we should go to Paris sometime",
        "I wonder if we need milk",
        "maybe sometime next week we could paint the fence",
        "запланируй отпуск на июль",
        "запланируй встречу с клиентом на понедельник",
        "мы запланировали уборку на субботу",
    ],
)
def test_a_hedge_a_plan_or_no_chore_scheduled_still_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note a creation verb makes is cut from the title with it (``TaskWords.note_nouns``)
        ("make a note for Tom to call the plumber tomorrow",
         task_answer("Call the plumber", "u-tom")),
        ("make a note to call the plumber tomorrow", task_answer("Call the plumber", "u-anna")),
        ("сделай заметку для Пети позвонить сантехнику завтра",
         task_answer("Позвонить сантехнику", "u-petya")),
        ("сделай пометку: Пете вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ],
)  # fmt: skip
def test_a_note_made_is_no_part_of_the_title(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


def test_a_note_verb_alone_still_asks() -> None:
    assert answer_to("note down the meter reading") == INTENT


@pytest.mark.parametrize(
    "text", ["пропылесось гостиную новым роботом", "пропылесось гостиную с новым роботом"]
)
def test_a_device_as_the_means_past_its_adjective_is_still_control(text: str) -> None:
    assert answer_to(text) == ("reject", "device_control_not_supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "haul", "lug" name no chore: a product's noun, an idiom
        ("lug nuts for the car on the Costco list", shopping_answer("lug nuts")),
        ("Jack, haul ass, we're late", INTENT),
    ],
)
def test_hauling_words_are_no_chore(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        # a member's duty, a when, "is" and a chore's gerund (``_clauses._duty_is``)
        ("Tom's job tonight is setting the table", task_answer("Set the table", "u-tom"),
         "2026-03-04T19:00:00+03:00"),
        ("Tom, your job tonight is setting the table", task_answer("Set the table", "u-tom"),
         "2026-03-04T19:00:00+03:00"),
        ("Маша, your job is cleaning your room", task_answer("Clean your room", "u-masha"), None),
        # a when no due phrase reads stays in the title
        ("Tom's job this week is wiping down the kitchen counters",
         task_answer("Wipe down the kitchen counters this week", "u-tom"), None),
    ],
)  # fmt: skip
def test_a_members_duty_told_as_a_chores_gerund(
    text: str, expected: tuple[object, ...], due: str | None
) -> None:
    _answers_with_due(text, expected, due)


@pytest.mark.parametrize(
    "text",
    [
        "Tom's job is cleaning offices",
        "Tom's job is driving a bus",
        "Tom, your job is driving a bus",
        "my job is cleaning the house",
        "Tom's job was washing the car",
        "Tom, your job at school is cleaning the whiteboard",
        "Tom's job at the office is cleaning the floors",
        "Tom's job on Saturdays is mowing the lawn",
    ],
)
def test_a_trade_or_a_past_duty_still_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a task noun with its state after it, or closing a deed told done: no task
        # (``_clauses._state_of_a_task``, ``TaskWords.task_tag_states``)
        ("Tom mopped the floor, task accomplished", INTENT),
        ("Tom washed the car, task achieved", INTENT),
        ("task complete", INTENT),
        ("Tom raked the leaves, task for Маша", INTENT),
        ("Петя вынес мусор — задача Маше на завтра", INTENT),
        ("Петя вынес мусор, задача завершена", INTENT),
        ("задача сделана", INTENT),
        # a tag with a colon and words after it frames the task said after the colon
        ("Tom raked the leaves, task for Маша: water the plants",
         task_answer("Water the plants", "u-masha")),
        ("Маша полила цветы, задача Пете: вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ],
)  # fmt: skip
def test_a_task_told_done_is_no_task(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("water the plants tomorrow, task for Маша", task_answer("Water the plants", "u-masha")),
        ("вынести мусор — задача Пете на завтра", task_answer("Вынести мусор", "u-petya")),
        ("задача Пете: вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ],
)
def test_a_tag_after_a_deed_asked_still_makes_the_task(
    text: str, expected: tuple[object, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "пусть" before a verb in the past grants a deed told done (``_clauses._let_past``)
        ("пусть Петя мусор вынес", INTENT),
        ("пусть Маша цветы полила", INTENT),
        ("пусть Петя мусор вынесет", task_answer("Мусор вынести", "u-petya")),
    ],
)
def test_let_before_a_past_verb_asks_for_nothing(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a past verb before a tag a creating verb opens: the task is still made
        ("Tom wanted the gutters cleaned, create a task for me", "The gutters cleaned"),
        ("Маша просила помыть окна, создай задачу Пете", "Помыть окна"),
    ],
)
def test_a_past_verb_before_a_created_task_still_makes_it(text: str, title: str) -> None:
    answer = answer_to(text)
    assert answer[0] == "start_job"
    assert answer[2][0][0] == title
