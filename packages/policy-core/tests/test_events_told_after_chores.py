"""An English event told after a chore (issue #12, round 23, task titles), in phrasings of our
own, with the near-misses the rule must leave as they were:

- after the deed, a mark, then a person or a pet (``TaskWords.event_subjects``), its
  determiner aside ("the", "our", "new"; ``event_determiners``), and a finite verb right
  after it (``event_verbs``: "guests arrive at 5", "the dog spilled its water", "our
  neighbours left it a mess") tell why the task is asked, as the Russian "…, гости придут"
  already did: the title ends at the mark (``_tasks._without_told_event``);
- a list of things after the mark ("…, cats and fish", "…, kids toys too") or a person with
  no verb ("…, guests") stays in the title.
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, task_answer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, wash the bedding, guests arrive at 5", "Wash the bedding"),
        ("Tom, mop the kitchen, the dog spilled its water", "Mop the kitchen"),
        ("Tom, clean the fridge, our neighbours left it a mess", "Clean the fridge"),
        ("Tom, wipe the table, the kids made a mess", "Wipe the table"),
        ("Tom, make up the sofa bed, new guests check in tonight", "Make up the sofa bed"),
    ],
)
def test_an_event_told_after_the_chore_ends_the_title(text: str, title: str) -> None:
    assert answer_to(text) == task_answer(title, "u-tom")


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Tom, feed the dog, cats and fish", "Feed the dog, cats and fish", "u-tom"),
        ("Tom, wash the car, kids toys too", "Wash the car, kids toys too", "u-tom"),
        ("Tom, tidy the garden, guests", "Tidy the garden, guests", "u-tom"),
        ("помой посуду, гости придут в пять", "Помой посуду", "u-anna"),
    ],
)
def test_near_misses_of_a_told_event_stay(text: str, title: str, assignee: str) -> None:
    assert answer_to(text) == task_answer(title, assignee)
