"""Issue #12, thirteenth round (precision): over-eager decision paths made exact.

Each family names the path that accepted the evidence and the construction it now requires:

* The adding verb's object (``_shop_trigger``): an adding verb whose "в"/"to"/"into" phrase
  in its own clause has for its head what is cooked or what it is cooked in ("добавь в
  бульон лавровый лист", "add the butter to the pan") is a step of cooking, no purchase; a
  list named anywhere still adds, and a clause after ", and remind …" is a clause of its own.
* The verbless list (``read_bare_list``): a unit is the mark of a shopping list, but a
  kitchen measure (a pinch, a spoon, a clove, a cup; "щепотка", "ложка", "зубчик") is the
  mark of a recipe's lines: a verbless list holding one buys nothing; a buying verb does.
* A modal's subject (``_clause_initial``): a modal opens a deed for the household only
  after a member, a person word or no subject; a role named by a common noun after an
  article or a quantifier ("the Buyer shall …", "each guest must …") owes the deed in a
  contract, a notice or a report.
* A plan told (``tells_a_lapse``): verbs of agreeing, volunteering, refusing, beginning,
  liking and being used to, told before a deed's infinitive ("Петя вызвался…", "Tom agreed
  to …"), report a commitment or a habit, no request.
* A task noun (``_task_trigger``): "chore", "task", "reminder" modifying a noun that is the
  subject of an auxiliary ("the chore chart is up") is a thing told of, no task.
* Clearing in bulk (``_is_bulk``): a clearing verb ("reset", "сбросить") on a list of the
  household's tasks ("the rota", "график дежурств"); a member made the default for tasks.

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names, reject_code, task_of


@pytest.mark.parametrize(
    "text",
    [
        "добавь в бульон лавровый лист",
        "добавьте в горячий соус немного сливок",
        "теперь добавь соль и перец в тесто",
        "add the butter to the pan",
        "add a splash of milk and two eggs into the mixture",
        "add salt to the boiling water",
    ],
)
def test_an_adding_verb_into_a_dish_buys_nothing(text: str) -> None:
    document = decide_text(text)
    assert item_names(document) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("добавь сливки в список", "сливки"),
        ("add butter to the list, it's for the sauce", "butter"),
        ("add flour to the Costco list", "flour"),
        ("добавь соус", "соус"),
    ],
)
def test_an_adding_verb_with_a_list_still_adds(text: str, item: str) -> None:
    assert item in item_names(decide_text(text))


def test_a_clause_after_the_add_is_its_own() -> None:
    document = decide_text("add cream, and remind Tom to put the chicken in the marinade")
    assert "cream" in item_names(document)


@pytest.mark.parametrize(
    "text",
    [
        "2 tbsp soy sauce, a pinch of sugar, 1 tsp sesame oil",
        "4 cloves of garlic, a sprig of rosemary, 500g lamb",
        "две ложки мёда, щепотка корицы, 300 г творога",
        "3 зубчика чеснока, 200 мл сливок",
    ],
)
def test_a_verbless_list_in_kitchen_measures_is_a_recipe(text: str) -> None:
    assert item_names(decide_text(text)) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("buy 4 cloves of garlic", "garlic"),
        ("купи три зубчика чеснока", "чеснок"),
        ("молоко 2 л, творог 400 г", "молоко"),
    ],
)
def test_a_measured_purchase_still_buys(text: str, item: str) -> None:
    assert item in item_names(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Buyer shall pay the balance within thirty days of delivery.",
        "each visitor must sign the book at the front desk",
        "the winner will collect the prize on Saturday",
        "a volunteer should bring extra chairs to the hall",
    ],
)
def test_a_role_owing_a_modal_deed_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "assignee"),
    [("Tom should clean the garage", "u-tom"), ("Tom must mop the kitchen", "u-tom")],
)
def test_a_member_before_a_modal_still_gets_the_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text",
    [
        "Петя сам вызвался выносить мусор по пятницам",
        "Маша отказалась пылесосить в субботу",
        "Петя с Машей договорились убирать кухню по очереди",
        "Маша любит поливать цветы",
        "Tom agreed to paint the fence next month",
        "Tom volunteered to clean the gutters",
        "Tom refused to mow the lawn",
    ],
)
def test_a_commitment_or_habit_told_is_no_request(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "assignee"),
    [("Петя, вынеси мусор", "u-petya"), ("Tom, paint the fence next month", "u-tom")],
)
def test_the_deed_asked_still_gets_the_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text",
    [
        "the chore list for the holidays is on the fridge",
        "task app was down all morning",
        "reminder emails are so annoying",
    ],
)
def test_a_task_noun_modifying_a_subject_is_told(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize("text", ["chore for Tom: hoover the stairs", "task: clean the oven, Tom"])
def test_a_task_noun_heading_a_task_still_gives_it(text: str) -> None:
    assert task_of(decide_text(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "reset the cleaning rota from next week",
        "clear the roster and start over",
        "сбрось график дежурств",
        "make Tom the default for all garden jobs",
    ],
)
def test_clearing_the_rota_is_bulk(text: str) -> None:
    assert reject_code(decide_text(text)) == "bulk_operation_not_supported"


def test_a_device_reset_stays_a_device() -> None:
    assert reject_code(decide_text("reset the router")) == "device_control_not_supported"
