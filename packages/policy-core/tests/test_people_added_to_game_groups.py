"""Issue #12, the open world (SPEC §4, "an item must be a product-like noun phrase"): a person
added to a game's or a chat's group, as the corpus authors wrote it (round 23, false actions).

``_unserved._adds_a_person_to_a_group`` reads an adding verb whose object is a person, then a
link ("to", "into", "as"; "в", "как") and a group within a few words, as the app's
administration, no item. Round 23 widens what it knows, in both languages:

- the groups of a game or a friends list (``OpenWorldWords.membership_nouns``: "party",
  "lobby", "squad", "clan", "guild", "friend"; "друг", "пати", "лобби", "клан": "add me to
  the squad", "add her as a friend", "добавь его в друзья");
- a friend past a possessive, and their name before the link (``OpenWorldWords.joinees``:
  "friend", "mate", "buddy", "pal", "bestie"; "друг", "подруга": "add my mate Chris to the
  household", "добавь мою подругу в семью").

A product for a friend or a party, or a list named after the group, stays a purchase.
Decided through ``decide()`` against the bilingual default household, by the rules alone (the
evidence gate off) and with the default settings; none is a corpus or golden sentence. Every
asked row acted before (the person or the group became an item); the kept rows are near
misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        # a game's or a friends list's group
        "add me to the squad",
        "add us to the lobby",
        "add her as a friend",
        "add my buddy to the clan",
        "добавь меня в лобби",
        "добавь его в друзья",
        # a friend past a possessive, named or not
        "add my mate Chris to the household",
        "добавь мою подругу в семью",
        # a first name in lower case, and a friends list (fix round 23: the review's
        # sentences, then phrasings of our own)
        "add sam to my party",
        "add jake to the squad",
        "add sam to the discord server",
        "add my mate dave to the friends list",
        "add sam to my friends list",
        "add chris to the lobby",
        "add ben to my friends list",
    ],
)
def test_a_person_added_to_a_group_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("add party hats to the list", shopping_answer("party hats")),
        ("add balloons for sam's party", shopping_answer("balloons")),
        ("add sam's birthday cake to the list", shopping_answer("sam's birthday cake")),
        ("add crisps for my mate's party", shopping_answer("crisps")),
        ("add cake to the friends list", ("clarify", ("item.list_id",))),
        ("добавь торт для друга в список", shopping_answer("торт для друга")),
        ("добавь в список торт для пати", shopping_answer("торт для пати")),
    ],
)
def test_a_product_for_a_friend_or_a_party_keeps_its_answer(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text, RULES_ALONE) == answer
