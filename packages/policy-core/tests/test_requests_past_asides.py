"""Issue #12, the open world (SPEC §4 "The open world", §4.2, §4.3), round 34: a request to a
member keeps its doer, its deed, its time and its products when "please", a time first, a
dash or a possessive of another person come in between.

- A possessive before the object names whose the thing is, never who is made to do the deed
  ("Lucy - please make Dad's lunch at 12": Lucy's task, Dad's lunch; ``_tasks._owner_of_
  next``); one owned who is asked in turn stays the doer asked ("ask Dad's carer to come").
- A member's possessive after an adding verb is whose the product is ("Add Tom's wheat free
  bread and 2 jars of applesauce"; ``_clauses._owns_the_next``, ``TriggerWords.owner_
  endings``); a possessive is no member called ("add Lucy's shampoo" adds shampoo).
- A clock's own word opens an adverbial phrase before the verb as "5pm" does ("Lucy, noon
  tomorrow please hoover …"; ``TriggerWords.clock_nouns``, ``_clauses._before_adverbial``).
- A bare hour before "and" and the next deed ends its clause: a time ("… at 12 and make sure
  he eats it"; ``DateWords.hour_joiners``, ``_dates._ends_a_clause``); "at 2 and a half"
  counts on.
- After the mark, a capitalised name right before a verb that tells is a clause of its own,
  why the deed falls to whom it does ("…, Olga has work"; ``_tasks._name_told``), and "not
  just …" says what the deed is more than (``TaskWords.aside_phrases``): no part of a title.
- "redo" is a chore verb: a member asked to redo a thing after a purchase is a task of
  theirs, no item ("…, and Lucy please redo Dad's pill box Sunday evening").

Each row is decided through ``decide()`` against a household with English and Russian members
(Lucy, Jack, Tom, Маша …) and zones; the timestamp is a Wednesday morning in Moscow. Every row
of the first table was answered otherwise before this round.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import DEFAULT_MEMBERS, full_answer

MEMBERS = (
    *DEFAULT_MEMBERS,
    {"user_id": "u-lucy", "display_name": "Lucy"},
    {"user_id": "u-jack", "display_name": "Jack"},
)
ZONES = (
    {"zone_id": "z-kitchen", "name": "Кухня"},
    {"zone_id": "z-bathroom", "name": "Bathroom"},
    {"zone_id": "z-living", "name": "Living room"},
    {"zone_id": "z-garage", "name": "Garage"},
)
WHAT: tuple[Any, ...] = ("clarify", ("intent",))


def _answer(text: str) -> tuple[Any, ...]:
    """``full_answer`` in this module's household."""
    return full_answer(text, members=MEMBERS, zones=ZONES)


def _task(title: str, member: str, due: str | None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, f"u-{member}", due),))


def _items(*items: tuple[str, str | None, str | None, str]) -> tuple[Any, ...]:
    return ("start_job", items, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lucy - please make Dad's lunch at 12 and make sure he eats it, not just the biscuits",
            _task("Make Dad's lunch and make sure he eats it", "lucy", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "Lucy please make Dad's lunch at 12",
            _task("Make Dad's lunch", "lucy", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "Lucy, make Mum's tea at 5pm",
            _task("Make Mum's tea", "lucy", "2026-03-04T17:00:00+03:00"),
        ),
        ("Lucy please make Olga's bed tomorrow", _task("Make Olga's bed", "lucy", "2026-03-05")),
        (
            "remind me to make Grandma's lunch at 12",
            _task("Make Grandma's lunch", "anna", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "Lucy, noon tomorrow please hoover the living room before the nurse comes",
            _task(
                "Hoover the living room before the nurse comes",
                "lucy",
                "2026-03-05T12:00:00+03:00",
            ),
        ),
        (
            "Jack, midnight tonight take out the bins",
            _task("Take out the bins", "jack", "2026-03-05T00:00:00+03:00"),
        ),
        (
            "Lucy, noon please feed the cat",
            _task("Feed the cat", "lucy", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "Add Tom's wheat free bread and 2 jars of applesauce",
            _items(
                ("wheat free bread", None, None, "l-groceries"),
                ("applesauce", "2", "jar", "l-groceries"),
            ),
        ),
        ("add Lucy's shampoo", _items(("shampoo", None, None, "l-groceries"))),
        (
            (
                "grab 6 cans of vanilla Ensure and 2 boxes of Depends at costco, and Lucy please"
                " redo Dad's pill box Sunday evening"
            ),
            (
                "confirm",
                (
                    ("vanilla ensure", "6", "can", "l-costco"),
                    ("depends", "2", "box", "l-costco"),
                ),
                (("Redo Dad's pill box", "u-lucy", "2026-03-08T19:00:00+03:00"),),
            ),
        ),
        (
            "Lucy, redo the grout in the bathroom on Saturday",
            _task("Redo the grout in the bathroom", "lucy", "2026-03-07"),
        ),
        (
            "remind me to sit with Dad tomorrow evening, Olga has work",
            _task("Sit with Dad", "anna", "2026-03-05T19:00:00+03:00"),
        ),
        (
            "Jack, make lunch at 12 and wash up",
            _task("Make lunch and wash up", "jack", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "remind me to tidy the garage, not just the shelves",
            _task("Tidy the garage", "anna", None),
        ),
        # review of the round: a day alone first, a Cyrillic name's "'s", a name told after
        (
            "Tom - Sunday please clean out Dad's fridge",
            _task("Clean out Dad's fridge", "tom", "2026-03-08"),
        ),
        ("wash Маша's PE kit tomorrow", _task("Wash Маша's PE kit", "anna", "2026-03-05")),
        ("Tom, please wash the car, Маша has a cold", _task("Wash the car", "tom", None)),
        (
            "remind me to call the plumber tomorrow, Tom knows the number",
            _task("Call the plumber", "anna", "2026-03-05"),
        ),
    ],
)
def test_a_request_keeps_its_parts_past_what_comes_between(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told, a fragment, a question, a device, a remark; one owned asked in turn
        ("Lucy's making lunch at 12", WHAT),
        ("Dad's pills at 8", WHAT),
        ("is Lucy making Dad's lunch at 12?", WHAT),
        ("Tom has work tomorrow", WHAT),
        ("Lucy, noon is fine", WHAT),
        ("Lucy, turn off the lights at noon", ("reject", "device_control_not_supported")),
        ("ask Dad's carer to come at 12", ("clarify", ("task.assignee_id",))),
        ("remind Kate's mum to bring the chairs", ("clarify", ("task.assignee_id",))),
        (
            "remind Grandma's neighbour to water the plants friday",
            ("clarify", ("task.assignee_id",)),
        ),
        ("buy Tom's favourite cereal", _items(("favourite cereal", None, None, "l-groceries"))),
        ("add Jack's cereal to the costco list", _items(("cereal", None, None, "l-costco"))),
        (
            "Lucy, wash the car on Saturday, Tom is away",
            _task("Wash the car", "lucy", "2026-03-07"),
        ),
        ("Маша, купи папин хлеб", _items(("папин хлеб", None, None, "l-groceries"))),
        # review of the round: a question about one named, one who comes for a deed, a role
        # owned by a possessive before a modal: asked about or told, never asked of them
        ("Can Tom make Dad's lunch at 12?", WHAT),
        ("Could Маша make Dad's tea tonight?", WHAT),
        ("Will Tom make Grandma's lunch tomorrow?", WHAT),
        ("the carer comes at 12 to make Dad's lunch", WHAT),
        ("Dad's carer will make Dad's lunch at 12 tomorrow", WHAT),
        ("Tom, Sunday is fine", WHAT),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert _answer(text) == expected
