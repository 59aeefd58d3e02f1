"""Remarks that look like chores (issue #12, round 19, the re-review's false executes): a
member's name and a colon opening a chat line that asks nothing of them (a deed told done, its
past verb before the object: "Tom: washed the car"; a question answered after its mark or by a
second sender), a wish or greeting ending the text after a member's name, with or without a
day word before it (``OpenWorldWords.wish_phrases``: "Tom: take care", "Пете завтра get well
soon"), a step's label and number opening the text (``OpenWorldWords.step_nouns``: "Step 1:
wash the rice", "Шаг 1: …") and a joke marker ending it (``OpenWorldWords.joke_words``: "…
lol jk") ask what to do. A chore after the name, a wish phrase with an object of its own, a
courtesy after the question mark, a dish named after the name, and a request after the joke
marker act as before."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        # a deed told done: the past verb, then its object
        "Tom: mopped the kitchen floor",
        "Tom: took the bins out last night",
        "Tom: tidied his room already",
        "Tom: watered the plants this morning",
        # a question, then its answer or a second sender
        "Tom: wash the dishes? done",
        "Tom: can someone feed the cat? Маша: on it",
    ],
)
def test_a_chat_line_after_a_members_name_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    "text",
    [
        "Tom: good night!",
        "Tom: merry christmas",
        "Пете: поправляйся",
        "Пете завтра get well",
        "Пете завтра take a break",
        "Пете сегодня take care of yourself",
        "Tom: break a leg!",
    ],
)
def test_a_wish_to_a_member_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    "text",
    [
        "Шаг 3: помой морковь",
        "Tom: walk the dog jk",
        "mop the floor jk",
        "купи торт, шучу",
    ],
)
def test_a_step_label_or_a_joke_marker_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom: take care of the hamster", task_answer("Take care of the hamster", "u-tom")),
        ("Tom: baked beans", task_answer("Baked beans", "u-tom")),
        ("Tom: wash the dishes? thanks", task_answer("Wash the dishes", "u-tom")),
        ("Маше сегодня take the bins out", task_answer("Take the bins out", "u-masha")),
        ("Пете завтра make a cake", task_answer("Make a cake", "u-petya")),
        ("Tom: sweep the porch Sunday, I'm away all week", task_answer("Sweep the porch", "u-tom")),
        ("step on the scale and buy batteries", shopping_answer("batteries")),
        ("jk. remind Tom to feed the cat tonight", task_answer("Feed the cat", "u-tom")),
        ("buy milk, not kidding", shopping_answer("milk")),
        ("купи торт, я не шучу", shopping_answer("торт")),
    ],
)
def test_near_misses_act_as_before(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after the items: "it's"/"that's" as its subject (``ShoppingWords.
        # subject_pronouns``), or a verb and the speaker alone (``speaker_objects``)
        ("get bananas, it's half price", shopping_answer("bananas")),
        ("pick up eggs and ring me", shopping_answer("eggs")),
        ("grab some cheese and text us", shopping_answer("cheese")),
        # near-misses: the speaker after a preposition is whom the item is for
        ("buy milk and a card for me", shopping_answer("milk", "card")),
        ("buy juice and crisps for us", shopping_answer("juice", "crisps")),
    ],
)
def test_a_clause_after_the_items_adds_no_item(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
