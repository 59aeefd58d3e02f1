"""Someone's own deed to come, reported as the whole text (issue #12, round 19): a subject of
a word or two, a verb of telling ("сказал", "обещала", "пишет", "said", "promised",
"reckons"), then a clause whose verb tells the deed as theirs to do ("…, что сам купит …",
"… he'll buy …", "… she's getting …") asks the assistant nothing: clarify ``["intent"]``.
A request reported ("сказал купить", "told me to buy", "сказала, что надо купить") or the
speaker's own obligation ("mum said I have to …") still acts; a request said after the report
("… so add bread", "…, а ты возьми хлеб") is read alone (``after_reported_plan``)."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        # Russian: a 3rd-person future verb after the report, with or without its doer
        "Маша говорит, что купит творог после работы",
        "Маша сказала, что сама возьмёт молоко",
        "Дима обещал, что закажет воду на дачу",
        "бабушка говорит, что купит рассаду на рынке",
        "Петя пишет, что сам купит корм коту",
        # English: "'ll" or "will", "is going to", "'s" and an "-ing" form
        "Lucy promised she will buy the birthday candles",
        "Jack told me he'll grab some batteries after school",
        "Tom reckons he'll buy a new kettle",
        "Jack promised he will tidy his room tonight",
        # "he'd" told in the past, "is gonna", a courtesy alone after the deed
        "Tom said he'd grab milk",
        "Lucy said she'd pick up the bread on her way",
        "Tom said hed grab batteries",
        "Tom said he is gonna buy milk",
        "Lucy says she is gonna get eggs",
        "Tom said he'll grab milk thanks",
        "Lucy said she'll buy the bread, thanks",
        # a member's deed told: a name as the reported clause's subject
        "Маша сказала, что Петя купит творог",
        "Tom said Lucy will buy milk",
        "Петя говорит, что Маша заберёт посылку",
    ],
)
def test_a_reported_plan_asks_nothing(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request reported: the verb after the report is an infinitive or a need
        ("Петя сказал купить творог", shopping_answer("творог")),
        ("Маша сказала, что надо купить творог", shopping_answer("творог")),
        ("Tom told me to buy eggs", shopping_answer("eggs")),
        # a request said after the report: the request alone (the deed reported is theirs)
        ("Маша сказала, что купит творог, а ты возьми хлеб", shopping_answer("хлеб")),
        ("Tom said he'll grab eggs, please add bread", shopping_answer("bread")),
        ("Tom said he'll grab milk so add bread", shopping_answer("bread")),
        ("Tom said he'll grab milk, can you add bread", shopping_answer("bread")),
        ("Lucy said she'll get eggs so add butter", shopping_answer("butter")),
        ("Tom said he'll buy batteries, can you add tape", shopping_answer("tape")),
        ("Дима сказал, что купит масло, а ты купи хлеб", shopping_answer("хлеб")),
        ("Петя пишет, что сам возьмёт молоко, добавь ещё сыр", shopping_answer("сыр")),
        ("Маша сказала, что заберёт посылку, нужен ещё скотч", shopping_answer("скотч")),
        ("Tom said the shop will close early, buy milk now", shopping_answer("milk")),
        # a later sentence opened by a discourse word before the request
        ("Tom said he'll grab milk. ok add eggs", shopping_answer("eggs")),
        ("Lucy said she'll get bread? ok add butter", shopping_answer("butter")),
        # the speaker's own obligation reported
        ("mum said I have to hoover the stairs", task_answer("Hoover the stairs", "u-anna")),
    ],
)
def test_a_request_beside_a_report_still_acts(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
