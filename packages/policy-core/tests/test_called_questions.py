"""Issue #12, the open world (SPEC §4, row 7): a member called first, then a yes-no question
("Tom, do you feed the cat tonight", "Tom does Петя mop tomorrow"), asks what to do, as the
same question does without the call; a name's possessive after "do" ("do Tom's laundry") is
the deed's object, and a courtesy verb after the subject ("do you mind taking …") asks for
the deed.

Each row is decided through ``decide()`` against the bilingual default household (Анна,
Петя, Маша, Tom); none is a golden sentence. Four of the asked rows acted before this rule
(the other two were asked by other rules already); the two uncalled possessive and courtesy
rows asked before it, and the other kept rows answered as they do now.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a member called, then an auxiliary and its subject: a question
        ("Tom do you feed the cat tonight", ASK),
        ("Tom, does Маша hoover the hallway on Friday", ASK),
        ("Tom, are we out of oat milk", ASK),
        ("Tom, did you pick up the dry cleaning", ASK),
        ("Tom, should we repaint the fence on Sunday", ASK),
        ("Tom, do you want to wash the car or mow the lawn tomorrow", ASK),
        # kept: a called member told to do something
        ("Tom, do the ironing tonight", task_answer("Do the ironing", "u-tom")),
        ("Tom, can you wipe the fridge shelves", task_answer("Wipe the fridge shelves", "u-tom")),
        ("Tom could you add rye bread", shopping_answer("rye bread")),
        # a name's possessive is the object; a courtesy verb asks for the deed
        ("Tom, do Маша's ironing tonight", task_answer("Do Маша's ironing", "u-tom")),
        ("do Tom's ironing tonight", task_answer("Do Tom's ironing", "u-anna")),
        (
            "do you mind wiping the fridge shelves",
            # round 26: the courtesy's gerund is read as its imperative, the title the plain
            # request's ("wipe the fridge shelves")
            task_answer("Wipe the fridge shelves", "u-anna"),
        ),
    ],
)
def test_a_called_member_then_a_question(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
