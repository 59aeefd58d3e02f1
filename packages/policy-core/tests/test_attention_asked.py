"""Issue #12, round 35 (the merged round's new non-requests): attention asked is no chore.

A verb that shows or sets a riddle ("посмотри", "угадай", "зацени", "guess", "look"),
asked of one called or of no one, before what is shown (a question word: "что", "как",
"what", "who"), asks the listener to look or guess: nothing to do and nothing to buy. The
rules had read it as the member's task ("Петя, угадай, что у меня в руке") and, with an
endearment read past, as the speaker's. A buying, adding or remind verb in the text, or
another imperative after what is shown ("…, и сделай так же у себя"), keeps the request.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``).
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_ASK_WHAT: Any = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "Петя, посмотри, что Маша нарисовала",
        "милый, посмотри, что Петя нарисовал",
        "Петя, угадай, что у меня в руке",
        "зай, зацени, какой я торт испекла",
        "Дима, представь, сколько стоит теперь гречка",
        "Tom, guess what",
        "honey, look what Jack made",
        "Lucy guess what I found in the garage",
    ],
)
def test_attention_asked_is_no_chore(text: str) -> None:
    assert full_answer(text) == _ASK_WHAT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Маша, посмотри, как Петя убрал комнату, и сделай так же у себя",
            (
                "start_job",
                (),
                (("Посмотри, как Петя убрал комнату, и сделай так же у себя", "u-masha", None),),
            ),
        ),
        (
            "Петя, посмотри кран в ванной в субботу",
            ("start_job", (), (("Посмотри кран в ванной", "u-petya", "2026-03-07"),)),
        ),
        (
            "Tom, look at the leak under the sink and fix it",
            ("start_job", (), (("Fix it", "u-tom", None),)),
        ),
    ],
)
def test_a_deed_beside_what_is_shown_is_still_read(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
