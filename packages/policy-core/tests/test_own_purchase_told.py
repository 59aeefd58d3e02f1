"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): what the speaker
says they will buy themselves, as the corpus authors wrote it (round 23, false actions).

The speaker's future right before an English buying or getting verb, anywhere in the text
(``OpenWorldWords.own_buy_leads``: "I'll", "ill", "imma", "we'll"; before round 23 only
"I'll" or "imma" opening the text was read): "running late, i'll grab bread on the way back",
"ill pick up the cake myself tomorrow", "after work imma grab coffee beans", "haha sure I'll
buy you a yacht". The speaker's own errand or a joke, nothing for the list ("I'm gonna get
milk" is left a purchase, as ``test_precision_constructions.py`` has it).

Not with a standing phrase ("from now on I'll buy oat milk" buys it:
``test_precision_sixteenth.py``), nor with a request beside it: another English request or buying verb in its plain form and
not negated, a Russian imperative, or a need word ("we need foil, I'll grab some", "…, add
them to the list", "buy milk, I'll grab the eggs" still buy). Decided
through ``decide()`` against the bilingual default household, by the rules alone (the
evidence gate off) and with the default settings; none is a corpus or golden sentence. Every
asked row acted before; the kept rows are near misses whose answer must not change.
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
        "running late, i'll grab bread on the way back",
        "ill pick up the cake myself tomorrow",
        "this weekend I'll buy new towels, no rush",
        "ok fine we'll get pizza tonight",
        "after work imma grab coffee beans",
        "haha sure I'll buy you a yacht",
    ],
)
def test_an_own_purchase_told_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "we're out of bin bags, I'll get some later, add them to the list",
            shopping_answer("bin bags"),
        ),
        ("buy milk, I'll grab the eggs", shopping_answer("milk")),
        ("we need foil, I'll grab some", shopping_answer("foil")),
        # "ill" the adjective, not "I'll" (fix round 23: the review's sentences, then ours)
        ("lucy's ill buy some tissues", shopping_answer("tissues")),
        ("tom is ill pick up some paracetamol", shopping_answer("paracetamol")),
        ("emma's been ill, get some soup", shopping_answer("soup")),
        ("mum's ill, get some lemsip", shopping_answer("lemsip")),
        ("jack is feeling ill grab some calpol", shopping_answer("calpol")),
    ],
)
def test_an_own_purchase_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the review's sentences (fix round 23)
        ("i'll grab milk, add eggs to the list", shopping_answer("eggs")),
        ("i'll grab milk, can you add eggs to the costco list", shopping_answer("eggs")),
        ("i'll get bread, buy milk please", shopping_answer("milk")),
        ("i'll get молоко, купи хлеб", shopping_answer("хлеб")),
        ("ill buy the milk, you buy the bread", shopping_answer("bread")),
        ("tom, i'll grab milk, you get bread please", shopping_answer("bread")),
        # phrasings of our own
        ("I'll pick up bread, can you add butter to the list", shopping_answer("butter")),
        ("I'll be late tonight, buy milk please", shopping_answer("milk")),
        ("we'll grab the cake, add candles to the list", shopping_answer("candles")),
        # a member called after a mark, then the verb
        ("i'll grab milk, Tom buy bread", shopping_answer("bread")),
        ("we'll get milk, Tom get some bread", shopping_answer("bread")),
    ],
)
def test_a_request_after_the_speakers_own_plan_is_read(text: str, answer: tuple[Any, ...]) -> None:
    """``_unserved.after_own_plan``: the speaker's own deed opening the text (past a member
    called), then a request after a mark, a courtesy or the one asked: the request alone."""
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        "i'll grab milk and pick up bread",  # one subject, its deeds joined
        "I'll grab milk, thanks",  # a courtesy alone asks nothing
        "ill grab some milk, lucy's ill",  # "ill" the adjective last, the lead first
        "i'll grab milk, you get the door",  # a getting verb past "you", no product
        "I'll grab milk, Tom knows",  # a member called, no verb of buying after
    ],
)
def test_an_own_plan_with_nothing_asked_after_still_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        # the second review's sentences (fix round 23): the listener's own treat
        "I'll grab milk, you grab a coffee",
        "I'll grab milk, you get a coffee for yourself",
        "I'll grab milk, you get yourself a coffee",
        # the speakers' own purchase beside the listener's share, no household product asked
        "we'll grab pizza, you get drinks",
        # phrasings of our own
        "I'll pick up bread, you buy yourself a beer",
        "we'll get the cake, you grab a soda",
        "we'll grab pizza, you pick up drinks",
        "ill get the milk, you grab a sandwich for yourselves",
        # the plan's own product asked again is the plan's, never bought
        "I'll grab milk, you get milk too",
        "we'll pick up bread, you grab the bread",
    ],
)
def test_the_listeners_own_treat_after_the_speakers_plan_asks(text: str) -> None:
    """``_unserved._got_for_the_household``: "you get X" after the speaker's own plan is the
    household's only for a known product with no reflexive after the verb and no single
    serving's article before it; ``_statements._buys_it_myself``: the listener's share is no
    request beside the plan, so the plan's own products are never bought."""
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we'll grab milk, you grab bread", shopping_answer("bread")),
        ("we'll grab milk, you get some bread", shopping_answer("bread")),
        ("I'll grab milk, you get eggs", shopping_answer("eggs")),  # a plural's own spelling
        ("i'll grab milk, you add a coffee to the list", shopping_answer("coffee")),
    ],
)
def test_the_households_product_after_the_speakers_plan_is_read(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text, RULES_ALONE) == answer
