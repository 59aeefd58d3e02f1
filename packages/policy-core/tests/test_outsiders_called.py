"""One called to do a chore who is no member (issue #12, round 35; ``_outsiders_called``,
``_outsider_tasks``).

A member called by name before a chore is read in many wordings ("Tom, …", "tom pls …",
"yo Tom …", "@bot Tom — …", "Tom dear, …"); one who is no member was read in a few of them
only, and the rest asked nothing understood. The words that may call someone (a first name
of either language, in lower case or not; a Russian word whose likelier reading is a name, or
one with the comma that calls) are made members for one more reading, and a task that reading
gives the one called asks who does it (SPEC §4.2: a name not a member → clarify
``task.assignee_id``). An endearment that calls ("honey could you …", "Tom, sweetheart, …") is
read past: the chore is the member's named beside it, else the requester's, as "honey, take
out the trash" already was. A greeting before a member called is a call, no chit-chat ("hey
Tom, …"); a speaker's remark after a chore with no mark ends the title ("… i'll owe you
one"); "patch", "stack", "haul", "shift" are deeds asked of a member.

Near-misses stay as they were: news of a person, a greeting, a question, a smart speaker's
name, what is told of one in the future ("Дима в субботу поедет в город"), a threat, a meal,
a blessing, a message to pass on, office work, and text that only opens with a capital.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

ASKS_WHO = ("clarify", ("task.assignee_id",))
NOTHING = ("clarify", ("intent",))
TONIGHT = "2026-03-04T19:00:00+03:00"


@pytest.mark.parametrize(
    "text",
    [
        # a first name in chat's lower case, then the chore (no comma)
        "jack clean your room by tonight i'm not asking again",
        "emma book the car in for its service thursday",
        "nina please water the plants on friday",
        "liam pls hoover the stairs tmrw",
        # a name past an opener, a mention, a causative, a courtesy or a note
        "yo Jack, wipe down the kitchen counters tonight",
        "@HomeTaskBot Jack — clean the hamster cage on saturday",
        "have jack vacuum the living room",
        "Please, Lucy should arrange her shoes before the visitors come on Saturday",
        "Kindly note Jack should tidy his room before Friday",
        "Emma - drop off the dry cleaning Thursday morning",
        # Russian: a name with the comma that calls, a dative, a question asked of them
        "Дима, в субботу прикрути полку в детской",
        "Дим, накачай колёса у велика на выходных",
        "Олег, помоешь посуду вечером?",
        "Дима, а ты можешь вечером собрать шкаф в детской?",
        "Олегу fix the shelf in the garage на выходных",
        "Света feed the chickens вечером",
        "Kate посуда tonight",
        # the name beside an endearment
        "Jack, sweetheart, could you take the bins out tonight",
        # review: the phrasal deed of one who is no member
        "jack pump out the septic tank before the in-laws come next week",
    ],
)
def test_one_called_who_is_no_member_is_asked_for(text: str) -> None:
    assert full_answer(text) == ASKS_WHO


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an endearment beside a member's name: the member's chore
        (
            "Tom, sweetheart, could you take the bins out tonight",
            ("start_job", (), (("Take the bins out", "u-tom", TONIGHT),)),
        ),
        (
            "Darling Tom, would you please take the bins out tonight",
            ("start_job", (), (("Take the bins out", "u-tom", TONIGHT),)),
        ),
        # an endearment alone calls: the requester's, as "honey, take out the trash" is
        (
            "honey could you water the plants in the garden tomorrow morning",
            (
                "start_job",
                (),
                (("Water the plants in the garden", "u-anna", "2026-03-05T09:00:00+03:00"),),
            ),
        ),
        (
            "babe please mop the kitchen tonight i'll owe you one",
            ("start_job", (), (("Mop the kitchen", "u-anna", TONIGHT),)),
        ),
        (
            "love can you vacuum the living room before saturday",
            ("start_job", (), (("Vacuum the living room", "u-anna", "2026-03-07"),)),
        ),
        # a greeting before a member called is a call
        (
            "hey Tom, wipe down the kitchen counters tonight",
            ("start_job", (), (("Wipe down the kitchen counters", "u-tom", TONIGHT),)),
        ),
        (
            "yo Tom помой посуду tonight, your turn",
            ("start_job", (), (("Помой посуду", "u-tom", TONIGHT),)),
        ),
        # deeds asked of a member
        (
            "Tom please patch the holes in the living room wall tomorrow",
            (
                "start_job",
                (),
                (("Patch the holes in the living room wall", "u-tom", "2026-03-05"),),
            ),
        ),
        (
            "Tom, stack the firewood in the garage by sunday",
            ("start_job", (), (("Stack the firewood in the garage", "u-tom", "2026-03-08"),)),
        ),
        # review: a Russian greeting before a member calls and is no part of the title
        (
            "привет Маша, вынеси мусор",
            ("start_job", (), (("Вынеси мусор", "u-masha", None),)),
        ),
        (
            "здравствуй Маша, полей цветы",
            ("start_job", (), (("Полей цветы", "u-masha", None),)),
        ),
        (
            "доброе утро Маша, вынеси мусор",
            ("start_job", (), (("Вынеси мусор", "u-masha", None),)),
        ),
        # review: a phrasal deed the lexicon lacks, dated "next week"
        (
            "Tom pump out the septic tank before the in-laws come next week",
            (
                "start_job",
                (),
                (("Pump out the septic tank before the in-laws come", "u-tom", "2026-03-09"),),
            ),
        ),
        # review: an endearment before a phrasal deed
        (
            "babe pick up the dry cleaning tomorrow",
            ("start_job", (), (("Pick up the dry cleaning", "u-anna", "2026-03-05"),)),
        ),
        # the speaker's remark after the chore, no mark
        (
            "Tom mop the kitchen i'll owe you one",
            ("start_job", (), (("Mop the kitchen", "u-tom", None),)),
        ),
    ],
)
def test_called_members_and_endearments(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news of a person, a question, a greeting, thanks
        ("Jack cleaned his room yesterday", NOTHING),
        ("jack is coming home on friday", NOTHING),
        ("Did Jack clean his room?", NOTHING),
        ("good morning Jack", NOTHING),
        ("hi jack", NOTHING),
        ("hey Tom, the kitchen looks great", NOTHING),
        ("Jack, thanks for unloading the dishwasher", NOTHING),
        ("Дима вынес мусор", NOTHING),
        ("Доброе утро, Дима", NOTHING),
        ("Дима, ты дома?", NOTHING),
        # told of one, not asked: a plan in the future, a threat, a meal, a blessing
        ("Дима в субботу поедет в город за запчастями", NOTHING),
        ("Тёма, ещё раз тронешь сестру — останешься без мультиков!", NOTHING),
        ("Тимур, кушай давай не болтай", NOTHING),
        ("Спасибо, милая, дай бог здоровья", NOTHING),
        ("Свете передай привет", NOTHING),
        # a message to pass on, what is said of someone
        ("tell jack dinner is ready", NOTHING),
        ("Ivan says Sam put the shelf together upside down haha", NOTHING),
        # office work is no household errand of one who is no member
        ("Асель, зашарь плиз презентацию для митинга с подрядчиком", NOTHING),
        # a word a name may be, read as what it likelier is
        ("Тема урока: существительное. Цель: повторить падежи.", NOTHING),
        # a smart speaker's name
        ("alexa turn off the lights", ("reject", "device_control_not_supported")),
        ("Алиса, включи музыку", ("reject", "device_control_not_supported")),
        # endearments that call no one to a chore
        ("Love to all, Nana xx", NOTHING),
        ("love you mum xx", NOTHING),
        ("honey is in the cupboard", NOTHING),
        ("babe I'm home", NOTHING),
        ("babe, did you take the bins out?", NOTHING),
        ("babe come over tonight", NOTHING),
        ("доброе утро", NOTHING),
        # text opening with a capital, a notice, a salutation, a name in capitals
        ("Reminder: sprint retro tomorrow at 11:00 in Zoom", NOTHING),
        ("Dear parents, please bring a packed lunch on Friday", NOTHING),
        # the deeds' words said of no one, or as nouns
        ("the night shift starts at 9", NOTHING),
        ("patch the holes in the wall", NOTHING),
        # a saying deed keeps what it says
        (
            "Send the team a Slack that I'm offline from 3 to 4 for school",
            (
                "start_job",
                (),
                (
                    (
                        "Send the team a Slack that I'm offline from 3 to 4 for school",
                        "u-anna",
                        None,
                    ),
                ),
            ),
        ),
    ],
)
def test_near_misses_stay(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
