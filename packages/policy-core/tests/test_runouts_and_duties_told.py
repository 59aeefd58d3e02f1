"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): a run-out or a
duty that is told, not asked, as the corpus authors wrote it (round 22, false actions).

Three constructions, in both languages:

- a run-out said as a habit: a recurring adverb in the run-out's clause (no mark or joiner
  between; ``TriggerWords.recurring_adverbs``: "always", "constantly", "вечно", "всегда",
  "постоянно"), "we always run out of foil right before a roast", "у нас вечно кончаются
  батарейки": a complaint, not this week's need;
- a run-out dated on a day gone, in its clause: a past modifier before a week, a weekday or
  a part of the day ("last night", "на прошлой неделе"), or, the run-out said in the past
  ("ran out", ``TriggerWords.out_of_pasts``; a Russian past), a weekday ("ещё в четверг", "on
  Thursday"): the story of that day ("we ran out of rice on Thursday and made do with
  pasta"), not what to buy; a day before today ("yesterday", "вчера") only with a past told
  in another clause ("вчера кончилась гречка, пришлось варить рис"; "молоко кончилось вчера"
  alone is a bare run-out and buys: ``test_told_states_beside_requests.py``); "since
  yesterday", "since last week" tell when the shortage began and it still asks;
- a member's plan told in the analytic future, in the command's first clause
  (``OpenWorldWords.future_auxiliaries``, among the ``plan_verbs``: "в воскресенье Петя будет
  красить забор"), read as any plan told; after a mark it tells why ("Пете покрасить забор. В
  субботу будут гости" asks the chore);
- a duty owed and not done: an obligation word beside a past copula
  (``OpenWorldWords.owed_words`` with ``past_copulas``: "должен был", "должна была", "was
  supposed to") before the deed, the way a lapse is told ("Маша должна была полить цветы").

Each is read only when nothing is asked beside it: a Russian imperative or an English request
or fetching verb outside the run-out's clause ("… yesterday, add some", "вечно кончается,
купи две") still buys it, and an English request a few words past the owed deed ("…, so add it")
still asks. Decided through ``decide()`` against the bilingual default household, by the rules
alone (the evidence gate off) and with the default settings; none is a corpus or golden
sentence. Every asked row acted before these rules; the kept rows are near misses whose answer
must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
    task_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        # a run-out as a habit
        "we always run out of foil right before a roast",
        "we constantly run out of bin bags in this house",
        "у нас вечно кончаются батарейки, как назло",
        "соль у нас всегда заканчивается посреди готовки",
        "we're always out of ice, it's a mystery",
        "у Пети постоянно кончаются тетради",
        # a run-out on a day gone, told as a story
        "we ran out of rice on Thursday and made do with pasta",
        "we ran out of butter last night so the cookies never happened",
        "ran out of nappies yesterday but Tom bought a pack on his way home",
        "сметана кончилась вчера, а Петя съел последнюю ложку",
        "сахар закончился ещё в четверг, а никто и не заметил",
        "вчера кончилась гречка, пришлось варить рис",
        "на прошлой неделе закончился порошок, я стирала гелем",
        # a duty owed and not done
        "Tom was supposed to fix the gate on Sunday, never happened",
        "Маша должна была полить цветы, но забыла",
        "Петя должен был пропылесосить ещё в обед",
        # a member's plan told in the analytic future
        "в воскресенье Петя будет красить забор",
        "Петя в четверг будет мыть машину",
        "завтра Маша будет гладить бельё",
    ],
)
def test_a_runout_or_duty_told_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a run-out now, with no habit or day gone
        ("we're out of foil", shopping_answer("foil")),
        ("батарейки кончились", shopping_answer("батарейки")),
        # a day gone or a habit beside a request of its own
        ("гречка кончилась вчера, купи", shopping_answer("гречка")),
        ("we ran out of rice yesterday, add some", shopping_answer("rice")),
        ("у нас вечно кончаются батарейки, купи", shopping_answer("батарейки")),
        # a habit or a day in another clause
        ("купи сметану, она вечно кончается", shopping_answer("сметана")),
        # the shortage began then and holds
        ("out of rice since yesterday", shopping_answer("rice")),
        # an obligation now, or an owed deed with a request after it
        ("Петя должен пропылесосить", task_answer("Пропылесосить", "u-petya")),
        (
            "Tom was supposed to get foil but he forgot, so add it to the list",
            shopping_answer("foil"),
        ),
        # the analytic future after the chore asked, or beside a request
        (
            "Пете к пятнице покрасить забор. В субботу будут гости",
            task_answer("Покрасить забор", "u-petya"),
        ),
        ("добавь краску, дед будет красить забор", shopping_answer("краска")),
    ],
)
def test_a_runout_or_duty_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
