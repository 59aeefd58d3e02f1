"""Issue #12, the open world (SPEC §4: the policy acts only on what it understood): what is
told, not asked, names chores and products and is no task and no item (round 33, precision).

Each group is a construction of the language, not a sentence: a plan of someone else told in
the progressive ("Tom's doing the costco run saturday", "Mom is coming tomorrow"), a wish of
someone else ("… wants to do a viewing"), a future said by "he", "she", "they"; a duty
disputed (a turn with the speaker's own denied, a duty reported and then denied or doubted);
a feeling or a lack of time said of a deed; a need or an ask denied after its negation;
pasted labels, recipes' headers, notices to a group, a work letter, a report under its
heading; a score or a sum told with its number. The near misses say the same words as
requests and keep their readings: a request beside the told clause is read without it, a
turn told with nothing denied is the member's task, a denied need beside a purchase buys the
rest.

Decided through ``decide()`` against the bilingual default household (members Анна, Петя,
Маша, Tom), by the rules alone (the evidence gate off). Every row of the told tables acted
before the round (the brief's examples and wordings of our own); the near misses answer as
before, or better where noted.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import RULES_ALONE, answer_to, full_answer, shopping_answer, task_answer

ASK_INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        # a plan of someone else told in the progressive, a wish of someone else, a future
        # said by a pronoun
        "we're planning a bbq saturday, tom's doing the grill",
        "Tom's doing the costco run saturday",
        "Tom is doing the dishes tonight",
        "Mom is coming tomorrow, she will cook",
        "my mum's coming on saturday to help with the baby",
        "Hausmeister is coming at 10 tomorrow to check the Rauchmelder",
        "the kids are splitting chores this week, Lucy has chooks and Jack has the calves",
        "Emma said Tom's cooking tonight so we'll see",
        "the estate agent wants to do a viewing on wednesday",
        "he will pick up milk on the way",
    ],
)
def test_a_plan_of_someone_else_asks_the_intent(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        # a turn with the speaker's own denied
        "it's literally Lucy's turn to do the dishes not mine",
        "it's Маша's turn to мыть посуду, not mine",
        "вообще-то сегодня очередь Маши мыть посуду, не моя",
        "сегодня очередь Пети выносить мусор, а не моя",
        # a duty reported, then denied or doubted
        "jack says i have to do dishes but that's a lie",
        "tom says i have to mow the lawn but that's not true",
        "петя говорит что я должна мыть посуду но это неправда",
        "маша говорит что я должен выносить мусор, но это враньё",
        "Петя говорит, что мусор выносить должен Дима, а Дима говорит, что Петя. Я пас",
        "I think Jack's supposed to vacuum today but who knows",
        # the review's: a turn denied before its noun, a third person's turn denied
        "сегодня не моя очередь выносить мусор",
        "Masha says it's not her turn to feed the cat",
    ],
)
def test_a_duty_disputed_asks_the_intent(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        # a feeling or a lack of time said of a deed
        "терпеть не могу чистить рыбу",
        "я вообще не понимаю зачем мыть посуду если она снова грязная будет",
        "у меня exam завтра, нет время готовить",
        "нет времени готовить сегодня, устала",
        "Петя не хочет выносить мусор",
        # a need or an ask denied after its negation, beside clauses told
        "мы сегодня ужинаем у бабушки, готовить не надо",
        "я не просила покупать эти огурцы",
        "папа сказал уголь сам купит, в список не надо",
        "Хлеб покупать не надо, у нас ещё есть",
        "Молоко покупать не нужно, Петя уже купил",
        "Milk is already on the list, do not add again",
        "no lunch needed tomorrow, it's a field trip with lunch provided",
        "no bread needed this week, we're away",
        # the review's: "есть ещё" is "there is", told
        "хлеб покупать не надо, есть ещё",
        "молоко покупать не надо, есть ещё",
    ],
)
def test_a_feeling_or_a_need_denied_asks_the_intent(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        # a label: a dose beside its noun, a garment's care, a recipe's header
        "Take 1 tablet twice daily with food. Do not exceed 4 tablets in 24 hours",
        "Take 2 capsules once daily with water",
        "Стирать при 30 градусах, не отбеливать, гладить при низкой температуре",
        "Serves 4. Prep time 20 min. Cook time 35 min.",
        "Serves 6. Prep time 15 min.",
        # a notice said to a group, a work letter, a report under its heading
        "Field trip to the science museum on March 12. Students should bring a packed lunch.",
        "Students must bring their PE kit on Monday.",
        "Ребята должны принести на урок технологии: ткань, нитки, иголку, ножницы. Спасибо!",
        "Коллеги, добрый день! Прошу прислать апдейты по задачам до конца дня. Спасибо",
        "Quarterly review: Lucy completed 14 tasks, Jack 9",
        "Neighborhood group: garbage pickup moved to Thursday this week",
        "Contains: milk, eggs, wheat",
        "Dosage: 5 ml every 6 hours",
        # a score or a sum told with its number
        "lucy got 10 out of 10 on her speling test!",
        "Lessons learned: buying in bulk at Costco saved us $40 this month",
        "продукты за неделю cost нам 15k, ужас",
    ],
)
def test_pasted_text_a_score_or_a_sum_asks_the_intent(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK_INTENT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a request beside the told clause is read without it (before: the run, the dishes
        # and the feeling were tasks too)
        ("Tom's doing the costco run saturday, add paper towels", shopping_answer("paper towels")),
        ("Tom's doing the dishes tonight, buy dish soap", shopping_answer("dish soap")),
        (
            "терпеть не могу чистить рыбу, Петя почисти",
            task_answer("Почисти рыбу", "u-petya"),
        ),
        ("Масе нет времени готовить, купи пельмени", shopping_answer("пельмени")),
        # the review's: a denied need alone beside a purchase, a future told beside one
        ("готовить не надо, но купи торт", shopping_answer("торт")),
        ("he will pick up milk on the way, also get eggs", shopping_answer("eggs")),
    ],
)
def test_a_request_beside_what_is_told_is_read_without_it(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a turn told with nothing denied is the member's task; a reminder of it asks
        (
            "it's Tom's turn to do the dishes tonight",
            ("start_job", (), (("Do the dishes", "u-tom", "2026-03-04T19:00:00+03:00"),)),
        ),
        (
            "сегодня очередь Пети выносить мусор",
            ("start_job", (), (("Выносить мусор", "u-petya", "2026-03-04"),)),
        ),
        ("remind Jack it's his turn to do the dishes", ("clarify", ("task.assignee_id",))),
        ("Lucy has to clean her room today", ("clarify", ("task.assignee_id",))),
        # the review's: a request that refers back to the told clause keeps its member and
        # its due; a member's wish is a request; kids told to do homework are asked
        (
            "Tom's doing the costco run saturday, remind him to take the coupons",
            ("start_job", (), (("Take the coupons", "u-tom", "2026-03-07"),)),
        ),
        (
            "Tom's cooking tonight, remind him to buy garlic",
            ("start_job", (), (("Buy garlic", "u-tom", "2026-03-04T19:00:00+03:00"),)),
        ),
        (
            "Петя не хочет выносить мусор, напомни ему",
            ("start_job", (), (("Выносить мусор", "u-petya", None),)),
        ),
        (
            "Masha wants to make lemonade for the party",
            ("start_job", (), (("Make lemonade for the party", "u-masha", None),)),
        ),
        # an errand told of a member stays a task; a plan of someone else beside a request
        # keeps the request's reading, its due among it
        (
            "Tom's picking up the dry cleaning on friday",
            ("start_job", (), (("Pick up the dry cleaning", "u-tom", "2026-03-06"),)),
        ),
        (
            "Dad's coming tomorrow, clean the guest room",
            ("start_job", (), (("Clean the guest room", "u-anna", "2026-03-05"),)),
        ),
        (
            "Tom has to tidy the living room on Saturday, grandma's coming",
            ("start_job", (), (("Tidy the living room", "u-tom", "2026-03-07"),)),
        ),
        # a denied need beside a purchase buys the rest
        (
            "хлеб не надо, а молоко купи",
            ("start_job", (("молоко", None, None, "l-groceries"),), ()),
        ),
        ("сахар не нужен, купи мёд", ("start_job", (("мёд", None, None, "l-groceries"),), ())),
        (
            "no eggs needed, put bacon and english muffins on instead",
            (
                "start_job",
                (
                    ("bacon", None, None, "l-groceries"),
                    ("english muffins", None, None, "l-groceries"),
                ),
                (),
            ),
        ),
        ("don't add milk, add eggs", ("start_job", (("eggs", None, None, "l-groceries"),), ())),
        # a list beside a plan is a list; a label's words in a request ask
        (
            "Jam, strawberry, and clotted cream, the grandchildren are coming for a cream tea on Sunday.",
            (
                "start_job",
                (
                    ("jam", None, None, "l-groceries"),
                    ("strawberry", None, None, "l-groceries"),
                    ("clotted cream", None, None, "l-groceries"),
                ),
                (),
            ),
        ),
        (
            "Serves 4, buy 2 kg of chicken",
            ("start_job", (("chicken", "2", "kg", "l-groceries"),), ()),
        ),
        (
            "water the plants twice daily",
            ("start_job", (), (("Water the plants twice daily", "u-anna", None),)),
        ),
        (
            "кормить кота 2 раза в день",
            ("start_job", (), (("Кормить кота 2 раза в день", "u-anna", None),)),
        ),
        (
            "приготовь ужин на 6 порций",
            ("start_job", (), (("Приготовь ужин на 6 порций", "u-anna", None),)),
        ),
        (
            "Update: Tom needs to fix the tap",
            ("start_job", (), (("Fix the tap", "u-tom", None),)),
        ),
        (
            "Weekly update: buy milk and bread",
            (
                "start_job",
                (("milk", None, None, "l-groceries"), ("bread", None, None, "l-groceries")),
                (),
            ),
        ),
        (
            "we spent $200 on groceries, add rice",
            ("start_job", (("rice", None, None, "l-groceries"),), ()),
        ),
    ],
)
def test_near_misses_keep_their_readings(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer
