"""A doer who is not a member, named in chat's lower case before a phrasal deed (issue #12,
round 23, executes that should have asked for a field), in phrasings of our own, with the
near-misses the rule must leave as they were:

- a word opening the clause in lower case, a doer's link ("needs to", "can", "to"), then a
  phrasal deed's verb, its particle and an object opened by an article or a possessive
  ("mia can put away the dishes", "ava needs to pick up her toys"; ``TaskWords.
  deed_particles``, ``deed_object_openers``, read in ``_tasks._chore_after_link`` as a chore
  verb is) names the doer: one who is no member asks who should do it
  (``task.assignee_id``), as the capitalised name already did;
- a member so named does the deed; a thing that goes somewhere with no object ("the trash
  needs to go out"), a pronoun ("u", "we", "someone") and a purchase ("pick up milk") are
  read as before.
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))


@pytest.mark.parametrize(
    "text",
    [
        "ava needs to pick up her toys",
        "mia can put away the dishes",
        "noah needs to put back the books on the shelf",
        "liam should put away his socks",
    ],
)
def test_a_lower_case_outsider_before_a_phrasal_deed_asks_who(text: str) -> None:
    assert answer_to(text) == ASSIGNEE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ava needs to pick up her toys", ASSIGNEE),
        ("liam needs to take out the bins", ASSIGNEE),
        ("zoe has to clear up her room", ASSIGNEE),
        ("tom needs to pick up his toys", task_answer("Pick up his toys", "u-tom")),
        ("u need to put away ur toys", task_answer("Put away ur toys", "u-anna")),
        ("we need to put away the dishes", task_answer("Put away the dishes", "u-anna")),
        ("someone needs to put away the dishes", task_answer("Put away the dishes", "u-anna")),
        ("mia needs to pick up milk", shopping_answer("milk")),
    ],
)
def test_near_misses_of_a_phrasal_deed_stay(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize("text", ["trash needs to go out tonight", "the bins need to go out"])
def test_a_thing_that_goes_out_names_no_doer(text: str) -> None:
    # a particle with no object after it ("go out") is no phrasal deed of a doer: the thing
    # is not asked about as a member (its title is left to the task reading)
    assert answer_to(text)[0] == "start_job"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pick up" before a possessive of another person: one's own things tidied, not bought
        # (``_clauses._owned_picked``; ``TriggerWords.collecting_particles``, ``owned_possessives``)
        ("max needs to pick up his socks", ASSIGNEE),
        ("noah has to pick up his lego", ASSIGNEE),
        ("Tom, pick up your toys", task_answer("Pick up your toys", "u-tom")),
        ("tom pick up ur clothes", task_answer("Pick up ur clothes", "u-tom")),
    ],
)
def test_picking_up_ones_own_things_is_no_purchase(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
