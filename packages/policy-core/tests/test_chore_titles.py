"""Issue #12, round 29: a task's title is the chore in the user's words, without what
surrounds it (SPEC §4.2 "Title": without the scaffolding, the assignee phrase, the due
phrase).

Read here (``policy_core._tasks``, ``_dates``, ``_text``, ``lang/``):

- a courtesy said before the chore (``TaskWords.courtesy_openings``: "будь любезна", "не
  сочтите за труд", "be a love and") is no part of the title;
- a frame of taking a deed on or of writing it down before a colon
  (``TaskWords.colon_frames``: "take ownership: …", "запиши: …", "schedule a chore: …"):
  the title is what follows the colon;
- an admonition after a mark closing the text, a negation and a verb ("…, и не опаздывай в
  этот раз", "…, and don't be late for dinner"; ``admonition_negations``) is cut, a verb of
  forgetting (``admonition_deeds``) keeps its deed;
- a visit told after a mark ("…, Nana's coming"; ``visitor_verbs``) and the weather a chore
  races ("… before it rains", "… до дождя"; ``weather_clauses``) are why now, no part of
  the chore ("before it fills up", "before the guests come" stay);
- the word that opens a turn goes with the turn tag ("… щас его очередь");
- a task tag "put it in (as) …" closes the command ("…, put it in the tasks for me");
- a Russian need with the deed's object said before it ("кота к ветеринару Маше надо
  отвезти"): the object opens the title in the user's order;
- a word said again after a trailing-off ("позвонить... позвонить врачу") is one word;
- a weekday or "завтра" spelt by ear ("saterday", "завтр") is the day, out of the title;
  "в чистый четверг" is Holy Thursday (``DateWords.feast_days``: days from Orthodox
  Easter); "на утро", "на вечер" closing a phrase after a
  day or a word that sets a task ("на завтра, на утро", "поставь ему на вечер") is that
  part of the day.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence. Each row of
``test_title_is_the_chore`` answered otherwise before this round's rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_GROCERIES = "l-groceries"
_TODAY = "2026-03-04"  # the test household's clock is a Wednesday morning
_TOMORROW = "2026-03-05"
_FRIDAY = "2026-03-06"
_SATURDAY = "2026-03-07"


def _task(title: str, assignee: str, due: str | None = None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, due),))


def _items(*names: str) -> tuple[Any, ...]:
    return ("start_job", tuple((name, None, None, _GROCERIES) for name in names), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy before the chore
        (
            "ну будьте любезны маша на кухне шторы постирай завтра",
            _task("На кухне шторы постирай", "u-masha", _TOMORROW),
        ),
        # a frame before a colon
        (
            "Tom, take ownership please: clean the gutters on saturday",
            _task("Clean the gutters", "u-tom", _SATURDAY),
        ),
        (
            "please schedule a chore: wash the windows tomorrow",
            _task("Wash the windows", "u-anna", _TOMORROW),
        ),
        (
            "запиши мне на вечер: помыть пол на кухне",
            _task("Помыть пол на кухне", "u-anna", "2026-03-04T19:00:00+03:00"),
        ),
        # an admonition closing the text
        (
            "Петя, в пятницу забери бабушку с вокзала, и не опаздывай",
            _task("Забери бабушку с вокзала", "u-petya", _FRIDAY),
        ),
        (
            "Tom, clean your room, and don't be late for dinner",
            _task("Clean your room", "u-tom"),
        ),
        # a visit told, the weather raced
        (
            "Tom, mow the lawn on saturday, grandma's visiting",
            _task("Mow the lawn", "u-tom", _SATURDAY),
        ),
        (
            "Tom bring the bikes in before it rains",
            _task("Bring the bikes in", "u-tom"),
        ),
        (
            "Маше снять бельё с балкона до дождя",
            _task("Снять бельё с балкона", "u-masha"),
        ),
        # the turn's opener with its tag
        (
            "пусть маша сегодня помоет посуду щас её очередь",
            _task("Помыть посуду", "u-masha", _TODAY),
        ),
        # a task tag with "put … in"
        (
            "wash the car on friday, put it in the tasks for me",
            _task("Wash the car", "u-anna", _FRIDAY),
        ),
        # the object before a need
        (
            "это самое цветы на балконе Маше надо полить в пятницу",
            _task("Цветы на балконе полить", "u-masha", _FRIDAY),
        ),
        # a word said again after a trailing-off
        (
            "напомни Пете завтра... позвонить... позвонить в ЖЭК",
            _task("Позвонить в ЖЭК", "u-petya", _TOMORROW),
        ),
        # a day spelt by ear, a named Thursday, a part of the day set
        (
            "Tom needs to fix the gate on saterday",
            _task("Fix the gate", "u-tom", _SATURDAY),
        ),
        ("петя почисти ковёр завтр", _task("Почисти ковёр", "u-petya", _TOMORROW)),
        # Holy Thursday 2026 (Orthodox Easter: 12 April); Clean Monday 2026 is gone: 2027's
        ("в чистый четверг Маше помыть окна", _task("Помыть окна", "u-masha", "2026-04-09")),
        ("в чистый понедельник убрать дом", _task("Убрать дом", "u-anna", "2027-03-15")),
        (
            "запиши на завтра, на утро: погладить рубашки",
            _task("Погладить рубашки", "u-anna", "2026-03-05T09:00:00+03:00"),
        ),
        (
            "Маша сегодня моет пол вместо Пети, поставь ей на вечер",
            _task("Мыть пол вместо Пети", "u-masha", "2026-03-04T19:00:00+03:00"),
        ),
    ],
)
def test_title_is_the_chore(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chore's own limit stays
        (
            "remind me to book the summer camp before it fills up",
            _task("Book the summer camp before it fills up", "u-anna"),
        ),
        (
            "Tom, tidy the garage before the guests come",
            _task("Tidy the garage before the guests come", "u-tom"),
        ),
        # a verb of forgetting asks a deed of its own
        (
            "Tom, wash the car, and don't forget the mats",
            _task("Wash the car, and don't forget the mats", "u-tom"),
        ),
        # a frame before a colon read before this round
        (
            "Петя, возьми на себя: в субботу починить полку",
            _task("Починить полку", "u-petya", _SATURDAY),
        ),
        # a colon with no frame before it
        ("Петя, купи хлеб: белый и чёрный", _items("хлеб", "белый", "чёрный")),
        # the need's object after it, a doer or a place before it
        ("Маше надо полить цветы", _task("Полить цветы", "u-masha")),
        ("дома нужно вымыть балкон в субботу", _task("Вымыть балкон", "u-anna", _SATURDAY)),
        # "на вечер" said of an item or with no day or task word before it
        ("купи попкорн на вечер кино", _items("попкорн")),
        # a courtesy that asks a purchase stays no task
        ("будь добра, купи хлеба", _items("хлеб")),
        # a restart with no trailing-off, and a story
        ("I was at the shop... shop was closed", ("clarify", ("intent",))),
        # a word closing a clause before the trailing-off opens the next sentence
        ("take out the bins... bins are overflowing", _task("Take out the bins", "u-anna")),
        ("Tom mow the lawn... lawn looks awful", _task("Mow the lawn", "u-tom")),
        # a weekday with no word of the church year
        ("в четверг Маше помыть окна", _task("Помыть окна", "u-masha", _TOMORROW)),
    ],
)
def test_near_misses_keep_their_answers(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
