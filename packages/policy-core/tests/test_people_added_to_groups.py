"""Issue #12, the open world (SPEC §4, "an item must be a product"): a person added to a
group of the app or a chat, the app's administration the platform does not serve, as the
corpus authors wrote it (round 22, false actions: "add me to the … household", "добавь
бабушку в семейную группу").

An adding verb whose object, right after it or right before it, is someone who may join
(a member, a person word past a possessive at most, a pronoun or the bot:
``OpenWorldWords.joinees``, ``joinee_determiners``; a capitalised word alone, which may be a
brand, only when the group noun ends its phrase), then a link ("to", "into", "as", "в", "как":
``membership_links``) and, within a few words, a group noun (``membership_nouns``: group,
chat, household, workspace, admin, member; группа, чат, беседа, семья, админ) is no
purchase: intent is asked. Not when the group word names a list ("the team list"), when the
object is a thing ("Tom's cereal", "add Tide to the household supplies"), or when another
request is made in the command.

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence.
Every asked row acted before this rule; the kept rows are near misses whose answer must not
change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, RULES_ALONE, answer_to, shopping_answer


@pytest.mark.parametrize(
    "text",
    [
        "add my dad to the family chat",
        "add me to the team workspace please",
        "add Emma as an admin of the team",
        "add us into the neighbours group",
        "добавь дедушку в семейный чат",
        "добавь Петю в беседу класса",
        "добавь нас в группу дома",
        "Петю добавь в чат, пожалуйста",
    ],
)
def test_a_person_added_to_a_group_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("add Tom's cereal to the list", shopping_answer("cereal")),
        ("add granola to the list", shopping_answer("granola")),
        ("добавь молоко в список", shopping_answer("молоко")),
    ],
)
def test_a_group_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
