"""An English event told after a chore (issue #12, round 23, task titles), in phrasings of our
own, with the near-misses the rule must leave as they were:

- after the deed, a mark, then a person or a pet (``TaskWords.event_subjects``), its
  determiner aside ("the", "our", "new"; ``event_determiners``), and a finite verb right
  after it (``event_verbs``: "guests arrive at 5", "the dog spilled its water", "our
  neighbours left it a mess") tell why the task is asked, as the Russian "…, гости придут"
  already did: the title ends at the mark (``_tasks._without_told_event``);
- a list of things after the mark ("…, cats and fish", "…, kids toys too") or a person with
  no verb ("…, guests") stays in the title;
- a when said in such an event (either language) is the event's: the task's due is its own
  when before the mark ("…tomorrow morning, guests arrive at 5": 09:00 tomorrow;
  ``_read._not_an_event``, ``_tasks.event_mark``); with no when before the mark the task has
  no due ("…, guests arrive at 3" is not due at 3); with none in the event, the due is read
  as before.
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, decide_text, task_answer, task_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, wash the bedding, guests arrive at 5", "Wash the bedding"),
        ("Tom, mop the kitchen, the dog spilled its water", "Mop the kitchen"),
        ("Tom, clean the fridge, our neighbours left it a mess", "Clean the fridge"),
        ("Tom, wipe the table, the kids made a mess", "Wipe the table"),
        ("Tom, make up the sofa bed, new guests check in tonight", "Make up the sofa bed"),
        # a visitor by trade or an event as the subject, and "starts"/"begins"
        ("Tom, clear the hallway, the plumber comes at 10", "Clear the hallway"),
        ("Tom, set up the chairs, the game starts at 4", "Set up the chairs"),
        ("Tom, mow the lawn saturday, the party starts at 2", "Mow the lawn"),
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
        ("Tom, mow the lawn, party", "Mow the lawn, party", "u-tom"),
        ("помой посуду, гости придут в пять", "Помой посуду", "u-anna"),
    ],
)
def test_near_misses_of_a_told_event_stay(text: str, title: str, assignee: str) -> None:
    assert answer_to(text) == task_answer(title, assignee)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tom, wash the bedding tomorrow morning, guests arrive at 5", "2026-03-05T09:00:00+03:00"),
        ("Tom, mop the kitchen on friday, the kids come back at 6", "2026-03-06"),
        ("Петя, помой посуду завтра утром, гости придут в пять", "2026-03-05T09:00:00+03:00"),
    ],
)
def test_a_when_in_a_told_event_is_no_due(text: str, due: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task.get("due") == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tom, wash the bedding tomorrow at 11, guests arrive at 5", "2026-03-05T11:00:00+03:00"),
        ("Tom, wash the bedding tomorrow, guests", "2026-03-05"),
    ],
)
def test_near_misses_of_a_when_in_an_event(text: str, due: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task.get("due") == due


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, wash the bedding, guests arrive at 5", "Wash the bedding"),
        ("Tom, vacuum the living room, guests arrive at 3", "Vacuum the living room"),
        ("remind Tom to vacuum, guests arrive at 3", "Vacuum"),
        ("Tom needs to mop the hall, the kids get home at 4", "Mop the hall"),
        ("Tom, scrub the tub, grandma is coming at 6", "Scrub the tub"),
        ("Петя, помой посуду, гости придут в пять", "Помой посуду"),
        ("Петя, почини кран, сантехник придёт в 10", "Почини кран"),
        ("Петя, протри пыль, бабушка приедет в субботу", "Протри пыль"),
    ],
)
def test_a_when_only_in_the_event_is_no_due(text: str, title: str) -> None:
    # an event's time is never the task's: with no when of the task's own, no due
    task = task_of(decide_text(text))
    assert task is not None
    assert task.get("title") == title
    assert task.get("due") is None
