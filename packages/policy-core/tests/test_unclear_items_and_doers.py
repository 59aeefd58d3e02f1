"""Issue #12, the open world (SPEC §4): household requests that name no clear item, or no
member as the doer, as the round-25 household authors wrote them ("buy some of those, you know
which ones", "поручи соседке покормить кота", "напомни диме на прошлой неделе …", "dishes!!").

- A name that is only a plural pro-form ("…, you know which ones"), a self-introduction's
  "here" ("Anna here. …"), a placeholder after a count alone ("пару вещей"), "недостающее",
  "тех самых" name no product (``ShoppingWords.vague_items``, ``pro_form_heads``,
  ``weak_placeholders``); a piece after the item opened by a preposition of what it comes in
  ("…, в синей упаковке", "…, in the small pots": ``qualifier_prepositions``) is no item;
  a courtesy stretched in chat ("pleeease", "плиииз") is read as the courtesy
  (``_morphology``); "the usual" before a known product says which one (``habit_markers``).
- A delegating verb the dictionary reads first as a noun ("поручи": ``imperative_first``), a
  second or third person's kin ("your dad", "твоему папе", "его маме":
  ``TaskWords.person_determiners``) and a member's kin ("Tom's brother": ``owner_endings``)
  name a doer outside the household: the assignee is asked; "remind me to ask the neighbour
  …" is the speaker's own task.
- A week or a weekend gone ("на прошлой неделе", "last weekend": ``DateWords.past_week_mods``)
  is a due already past, asked; a day gone in a clause about a noun inside the task ("the
  jacket I bought last week": ``past_deed_openers``) is when that was, no due.
- People in a clause about what is got ("get something the kids will like":
  ``_clauses._collects``) are no errand of collecting them.
- A chore's name alone with marks ("dishes!!") asks what is meant, as golden's "bins" and
  "мусор" do; "laundry tonight", "Tom dishes" stay tasks.

Round 25's review of the family added guards, each with rows below that failed before:

- After a delegating verb, an indefinite or collective word ("поручи (это) кому-нибудь", "ask
  somebody to …": ``TaskWords.unnamed_doers``) names no member: the assignee is asked; a
  reminder to everyone ("напомни всем …") stays the speaker's, as the wording corpus has it.
- "remind me to ask/tell X …" is the speaker's deed from the asking verb on ("Ask the plumber
  about the leak"); a member spoken to before "ask X about …" (``asked_about_preps``) does the
  asking ("Tom, ask your uncle about the car"); a week or weekend after "about"/"про"
  (``DateWords.topic_preps``) is talked of, no due.
- "the usual" before a unit or kind "of" a product (``habit_links``: "the usual box of cereal")
  asks which.
- A piece after the item opened by "в"/"in" holding a count is read as before, for its amount;
  one opened by "с"/"без"/"with"/"without" after a comma is part of the item's name
  (``makeup_prepositions``: "сыр, без плесени" is "сыр без плесени").
- A product, then people in a clause about it ("get apples the kids like") is bought.
- A member's relative opening the clause ("Tom's uncle should …": ``owner_endings``) is no
  member; a courtesy typed with a letter twice ("плииз", "pleasee") is the courtesy.
- A week gone after "from"/"like"/"с"/"как" (``past_source_preps``), in a clause about a noun
  that may be a verb ("the book he …"), after a Russian participle ("посылку, заказанную …"),
  a relative after its preposition ("соседке, с которой …") or a free relative ("what we …":
  ``free_relatives``) is part of the title, no due.

Each row is decided through ``decide()`` against the bilingual default household (Анна
speaks; Петя, Маша and Tom are members), by the rules alone (the evidence gate off); none is
a corpus or golden sentence. Every changed row answered otherwise before these rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_of,
    answer_to,
    decide_text,
    items_of,
    shopping_answer,
    task_answer,
    tasks_of,
)

ASKS_ITEM = ("clarify", ("item.name",))
ASKS_DOER = ("clarify", ("task.assignee_id",))
ASKS_DUE = ("clarify", ("task.due",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # no product named
        ("grab a few of those, you know which ones", ASKS_ITEM),
        ("Anna here. grab the bits from the list", ASKS_ITEM),
        ("Tom here. get the stuff I wrote down", ASKS_ITEM),
        ("докупи недостающего к ужину", ASKS_ITEM),
        ("купи три вещи", ASKS_ITEM),
        ("возьми то, в красной пачке", ASKS_ITEM),
        ("закинь ещё парочку, тех самых", ASKS_ITEM),
        # the product named, its packing or a courtesy no item of its own
        ("grab the usual rye bread", shopping_answer("rye bread")),
        ("get the usual coffee beans", shopping_answer("coffee beans")),
        ("купи молоко, в зелёной упаковке", shopping_answer("молоко")),
        ("buy yoghurt, in the small pots", shopping_answer("yoghurt")),
        ("add coffee pleeease", shopping_answer("coffee")),
        ("купи хлеба плиииз", shopping_answer("хлеб")),
        # a doer outside the household
        ("поручи соседу полить цветы", ASKS_DOER),
        ("remind Tom's brother to return the ladder", ASKS_DOER),
        ("ask your dad to fix the fence", ASKS_DOER),
        ("напомни твоему папе забрать ключи", ASKS_DOER),
        ("попроси вашу бабушку забрать Машу", ASKS_DOER),
        ("напомни его маме забрать детей", ASKS_DOER),
        ("попроси её брата починить кран", ASKS_DOER),
        ("поручи Пете покормить кота", task_answer("Покормить кота", "u-petya")),
        # a week gone
        ("напомни Пете на прошлой неделе забрать посылку", ASKS_DUE),
        ("remind Tom last week to book the MOT", ASKS_DUE),
        ("remind Tom last weekend to mow the lawn", ASKS_DUE),
        ("напомни Маше на прошлых выходных полить цветы", ASKS_DUE),
        # a chore's name alone
        ("dishes!!", ASKS_WHAT_IS_MEANT),
        ("Laundry!", ASKS_WHAT_IS_MEANT),
    ],
)
def test_an_unclear_item_or_doer_is_read(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        "get something the kids will like",
        "get anything the kids will drink",
        "get whatever the kids want for lunch",
    ],
)
def test_people_in_a_clause_about_the_object_are_not_collected(text: str) -> None:
    # "the kids" in a clause about what is got: no errand of collecting them, no task; no
    # product named, so which one is asked
    assert answer_to(text, RULES_ALONE) == ASKS_ITEM


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a product first: it is bought, the clause about it no errand
        ("get apples the kids like", shopping_answer("apples")),
        ("get the cheese the kids will eat", shopping_answer("cheese")),
        # past a preposition the people are whom it is for, read as before
        ("get cereal for the kids", task_answer("Get cereal for the kids", "u-anna")),
    ],
)
def test_a_product_before_a_clause_about_it_is_bought(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("remind me to ask the neighbour about the ladder", "Ask the neighbour about the ladder"),
        ("напомни мне попросить соседа вернуть дрель", "Попросить соседа вернуть дрель"),
        ("remind me to ask the plumber about the leak", "Ask the plumber about the leak"),
        ("remind me to tell the babysitter to lock up", "Tell the babysitter to lock up"),
        ("напомни мне попросить соседку полить цветы", "Попросить соседку полить цветы"),
        ("remind me to ask someone to look at the boiler", "Ask someone to look at the boiler"),
        ("remind me to ask my brother about the weekend", "Ask my brother about the weekend"),
    ],
)
def test_the_speaker_asking_an_outsider_is_the_speakers_task(text: str, title: str) -> None:
    # the title begins at the asking verb, the weekend asked about is no due
    document = decide_text(text)
    assert answer_of(document) == task_answer(title, "u-anna")
    assert [task.get("due") for task in tasks_of(document)] == [None]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # after a delegating verb, no one named: who is asked
        ("поручи это кому-то", ASKS_DOER),
        ("попроси кого-нибудь помыть машину", ASKS_DOER),
        ("ask somebody to clean the gutters", ASKS_DOER),
        # a member spoken to asks someone about a thing: the member's deed
        ("Tom, ask your uncle about the car", task_answer("Ask your uncle about the car", "u-tom")),
        # … but a deed passed on, or a day asked about, asks as before
        ("Tom, tell your uncle to fix the car", ASKS_DOER),
        ("Tom, ask your uncle about Friday", ASKS_DOER),
        # "the usual" unit or kind of a product: which one
        ("buy the usual box of cereal", ASKS_ITEM),
        ("get the usual brand of tea", ASKS_ITEM),
        ("get the usual type of rice", ASKS_ITEM),
        ("get the usual oat milk", shopping_answer("oat milk")),
        # what it is made with or without: a part of its name
        ("купи сыр, без плесени", shopping_answer("сыр без плесени")),
        ("buy crackers, with rosemary", shopping_answer("crackers with rosemary")),
        ("купи кефир, без лактозы, и хлеб", shopping_answer("кефир без лактозы", "хлеб")),
        ("купи хлеб, с Петей", shopping_answer("хлеб")),
        ("купи масло, в синей пачке", shopping_answer("масло")),
        # a week gone that is part of the task's words
        (
            "remind Tom to bring back the iron he took last week",
            task_answer("Bring back the iron he took last week", "u-tom"),
        ),
        (
            "remind me to answer the message from last week",
            task_answer("Answer the message from last week", "u-anna"),
        ),
        (
            "remind me to book the table like last week",
            task_answer("Book the table like last week", "u-anna"),
        ),
        (
            "напомни Пете полить цветы, как на прошлой неделе",
            task_answer("Полить цветы, как на прошлой неделе", "u-petya"),
        ),
        (
            "напомни мне забрать посылку, заказанную на прошлой неделе",
            task_answer("Забрать посылку", "u-anna"),
        ),
        (
            "напомни мне написать соседке, с которой мы виделись на прошлой неделе",
            task_answer("Написать соседке", "u-anna"),
        ),
        (
            "remind me to rebook what we cancelled last week",
            task_answer("Rebook what we cancelled last week", "u-anna"),
        ),
        # a member's relative opening the clause before the doer's link: no member
        ("Tom's uncle should clean the gutters", ASKS_DOER),
        ("Tom's room needs hoovering", task_answer("Hoover Tom's room", "u-tom")),
        # a courtesy with a letter typed twice
        ("купи сыр плииз", shopping_answer("сыр")),
        ("get apples pleasee", shopping_answer("apples")),
        ("buy toffee", shopping_answer("toffee")),
        # a week gone said as the reminder's own when still asks
        ("remind Tom last week to call the vet", ASKS_DUE),
        ("remind me to return the shirt last week", ASKS_DUE),
    ],
)
def test_the_reviews_near_misses(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


def test_a_count_in_what_it_comes_in_is_its_amount() -> None:
    # "…, в трёх бутылках": a count, read as before (its amount kept), not dropped
    assert [(q, u) for _, q, u in items_of(decide_text("купи сок, в трёх бутылках"))] == [
        ("3", "bottle")
    ]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("напомни мне позвонить соседке", task_answer("Позвонить соседке", "u-anna")),
        ("remind Tom to call his brother", task_answer("Call his brother", "u-tom")),
        (
            "remind me to return the jacket I bought last week",
            task_answer("Return the jacket I bought last week", "u-anna"),
        ),
        (
            "напомни Маше отдать книгу, которую она взяла на прошлой неделе",
            task_answer("Отдать книгу, которую она взяла на прошлой неделе", "u-masha"),
        ),
        ("Tom, fix the shelf next week", task_answer("Fix the shelf", "u-tom")),
        ("Tom, mow the lawn this weekend", task_answer("Mow the lawn", "u-tom")),
        ("pick up the kids from school", task_answer("Pick up the kids from school", "u-anna")),
        ("Tom, get the dry cleaning tomorrow", task_answer("Get the dry cleaning", "u-tom")),
        ("laundry tonight", task_answer("Laundry", "u-anna")),
        ("Tom dishes", task_answer("Dishes", "u-tom")),
        ("get the ones", ASKS_ITEM),
    ],
)
def test_a_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("напомни всем убрать игрушки", "u-anna"), ("remind everyone to clean the kitchen", "u-anna")],
)
def test_a_reminder_to_everyone_stays_the_speakers(text: str, speaker: str) -> None:
    # no assignee asked, as the wording corpus labels it (the title keeps "всем"/"everyone to")
    document = decide_text(text, RULES_ALONE)
    assert document["action"] == "start_job"
    assert [task["assignee_id"] for task in tasks_of(document)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence after a comma telling the deed done, or what the reminder is about, is no
        # clause about the task's noun: its day gone is still the due, asked (the final review)
        "напомни Пете вынести мусор, он уже вынес вчера",
        "напомни Маше что вчера она не сделала уроки",
        "remind Tom to walk the dog, he already did yesterday",
        "remind Tom to pay the electric bill, we paid it yesterday",
    ],
)
def test_a_sentence_after_a_comma_is_no_clause_about_the_noun(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_DUE
