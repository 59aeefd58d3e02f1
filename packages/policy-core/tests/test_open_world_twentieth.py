"""Issue #12, the open world (SPEC §4, rows 3 and 7): what the b20 authors showed the rules
acting on or misrouting, read as constructions of the language.

- Another household's list named by a description: an outsider ("соседи", "neighbours")
  tied to a list word by the owner's phrase alone (names, joiners, owners' pronouns, a list
  preposition, the list's qualifiers); an English name that is no member's, in the
  possessive after a list preposition (past other names joined to it), before a list or a
  board of tasks ("on Priya's chore chart", "to Mira and Omar's list"); parents, in slang
  too, or an ex after an owner's pronoun ("список моих предков", "the list of my parents",
  "my ex's list").
- A question opened by a conjunction ("а что …", "а где купить …", "and where …"), read as
  it is without it; a question word before "can" ("where can I buy …", "where I can buy
  …"); a prayer, a deity addressed before a petition ("Боже, помоги …"); a bank's message
  with the balance left ("Available: $1,204.55").
- Money and bulk: a bill split with someone ("split the electric bill with Tom"), a share
  of a sum asked of someone ("ask Tom for half of the pizza money"); a payment
  asked beside a notice ("Оплати сантехника, он сказал сумму: 3 500"); a chore
  assigned to a person with a standing word ("назначь уборку на Петю навсегда").

Each row is decided through ``decide()`` against the bilingual default household (Анна,
Петя, Маша, Tom; lists Продукты and Costco); none is a golden sentence. Every refused or
asked row answered otherwise before these rules; the kept rows are near misses whose answer
must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

FOREIGN = ("reject", "foreign_household")
PAYMENT = ("reject", "payment_not_supported")
BULK = ("reject", "bulk_operation_not_supported")
ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an outsider and the list it owns, only the owner's phrase between
        ("add eggs to the list of Dana and Omar, our neighbours", FOREIGN),
        ("put bread on the shopping list of Mrs Green, our neighbour", FOREIGN),
        ("запиши соседям Ивановым в их общий список молоко", FOREIGN),
        # a name that is no member's, possessive, after a list preposition
        ("put washing up on Priya's chore chart", FOREIGN),
        ("add eggs to Priya's grocery list", FOREIGN),
        ("add bread to Mira and Omar's list", FOREIGN),
        ("add milk to the list of my parents", FOREIGN),
        ("add milk to my ex's list", FOREIGN),
        # parents or a father in slang after an owner's pronoun
        ("добавь кефир в список моих предков", FOREIGN),
        ("закинь в список покупок моего бати сосиски", FOREIGN),
    ],
)
def test_another_households_list_by_description_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("а что Маше на полдник завтра дать", ASK),
        ("а где купить гречку подешевле", ASK),
        ("а какой торт Маше испечь на выходных", ASK),
        ("а что Пете в школу завтра с собой взять", ASK),
    ],
)
def test_a_question_opened_by_a_conjunction_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Боже, помоги Пете сдать экзамен", ASK),
        ("Господи, сохрани Машу в дороге, и Тому сил дай", ASK),
        ("God, help Tom get through his interview tomorrow", ASK),
        ("Господи, пусть Маша поправится", ASK),
    ],
)
def test_a_prayer_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a question word opening the text before the polite opener asks, in either order
        ("where can I buy sour cream", ASK),
        ("where we can get cheap eggs in Tbilisi", ASK),
        ("who can pick up Jack today", ASK),
        # a bank's message: the balance left, labelled, then its amount
        ("Chase: Purchase of $23.10 at KROGER on 03/05. Available: $1,204.55", ASK),
    ],
)
def test_a_question_word_before_can_and_a_bank_message_ask(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("split the electric bill with Tom", PAYMENT),
        ("раздели счёт за свет с Машей", PAYMENT),
        ("поделим чек из Ашана с Петей пополам", PAYMENT),
        # a share of a sum asked of someone
        ("ask Tom for half of the pizza money", PAYMENT),
        ("попроси у Пети половину за свет", PAYMENT),
        ("request half the electricity bill from Tom", PAYMENT),
        ("назначь уборку на Петю навсегда", BULK),
        ("assign the dishes to Tom permanently", BULK),
        ("поручи Маше посуду навсегда", BULK),
        # a pay word commanded opening the text, or after a courtesy, beside a notice
        ("Оплати сантехника, он сказал сумму: 3 500", PAYMENT),
        ("Pay the babysitter her money back to her card, the party is cancelled", PAYMENT),
        ("The water bill is overdue since March, kindly pay it today", PAYMENT),
    ],
)
def test_a_bill_split_and_a_chore_assigned_for_good_are_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a member's own board or list, a day's or a shop's list, a neighbour only helped
        ("add milk to Tom's list", ("clarify", ("item.list_id",))),
        ("add bread to Tom and Priya's list", ("clarify", ("item.list_id",))),
        ("add milk to the list for my parents", shopping_answer("milk")),
        ("add eggs to the Tesco's list", ("clarify", ("item.list_id",))),
        ("add eggs to Monday's list", ("clarify", ("item.list_id",))),
        ("купи соседям хлеба", shopping_answer("хлеб")),
        ("купи соседке хлеба и добавь в список молоко", shopping_answer("хлеб", "молоко")),
        # a clause of time, a word set off by a comma, a command after the conjunction
        ("а когда будешь в магазине, купи молока", shopping_answer("молоко")),
        ("а как вернёшься, вынеси мусор", task_answer("Вынеси мусор", "u-anna")),
        ("а что, купи хлеба", shopping_answer("хлеб")),
        ("а ещё купи хлеба", shopping_answer("хлеб")),
        ("and when you are at the shop get bread", shopping_answer("bread")),
        # an exclamation before a request, a petition before a command of another verb
        ("Боже, купи хлеба", shopping_answer("хлеб")),
        ("oh god, buy milk", shopping_answer("milk")),
        ("Господи, дай сил, вынеси мусор", task_answer("Вынеси мусор", "u-anna")),
        # no bill split, told as done, a member's task; no standing word, no chore
        ("split the cake with Tom", ASK),
        ("ask Tom to cut the cake in half", task_answer("Cut the cake in half", "u-tom")),
        ("мы разделили счёт с Машей", ASK),
        (
            "remind Tom to split the bill with Lucy",
            task_answer("Split the bill with Lucy", "u-tom"),
        ),
        ("assign the dishes to Tom tonight", task_answer("The dishes", "u-tom")),
        ("give Tom the car for good", ASK),
        # a clause of time before the request, a polite question itself, no label's colon
        ("when you can, buy milk", shopping_answer("milk")),
        ("when can you buy milk", shopping_answer("milk")),
        ("can you buy milk", shopping_answer("milk")),
        # a notice with no payment asked of the speaker's own
        ("Платёж выполнен. Сумма: 2 400", ASK),
        ("Your bill is ready. Pay now at example.com", ASK),
    ],
)
def test_near_misses_keep_their_answers(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # (fix round 20) a prayer, then an English request of the household's own
        ("God help me, buy milk", shopping_answer("milk")),
        ("Oh Lord, give me patience, and buy milk", shopping_answer("milk")),
        ("God help me, get eggs", shopping_answer("eggs")),
        ("God help us, Tom fix the sink", task_answer("Fix the sink", "u-tom")),
        ("Lord, give me patience. Tom, wash the car", task_answer("Wash the car", "u-tom")),
        # a shop's name in the possessive, with no article, names no outsider
        ("add bananas to Trader Joe's list", ("clarify", ("item.list_id",))),
        ("add chips to Trader Joe's shopping list", ("clarify", ("item.list_id",))),
        ("add paper towels to Sam's Club list", ("clarify", ("item.list_id",))),
        ("add apples to Sam's Club list", ("clarify", ("item.list_id",))),
        ("add diapers to BJ's list", ("clarify", ("item.list_id",))),
        ("add cereal to Kroger's list", ("clarify", ("item.list_id",))),
        ("add soap to Walmart's list", ("clarify", ("item.list_id",))),
        # bills sorted into paper's places, or a bill's folder, are no payment
        ("Tom, divide the bills between the folders", ASK),
        ("split the bills between the two folders", ASK),
        ("раздели счета между папками", ASK),
        ("split the bill's folder with Tom", ASK),
        # a share asked inside a reminder is the reminded member's task
        (
            "remind Tom to request half the rent from Emma",
            task_answer("Request half the rent from Emma", "u-tom"),
        ),
    ],
)
def test_requests_beside_the_twentieth_rules_act_again(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # still refused or asked: a prayer alone, an outsider's or a titled name's list
        ("Lord, please let Lucy pass her exam", ASK),
        ("God, help Tom pass the exam, and keep him safe", ASK),
        ("Господи, пусть Маша поправится", ASK),
        ("add milk to Mrs Kim's grocery list", FOREIGN),
        ("add milk to Dr Lee's list", FOREIGN),
        ("add bread to Giorgi and Nino's list", FOREIGN),
        ("add bread to the list of Giorgi and Nino, our neighbors", FOREIGN),
        ("split the bill between Tom and me", PAYMENT),
        ("раздели счета между Машей и Петей", PAYMENT),
        ("ask Tom for half of the pizza money", PAYMENT),
    ],
)
def test_the_twentieth_rules_still_refuse(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # (fix round 20) a sum asked of someone, before any deed asked, is money asked back
        ("ask Tom for $50 for the electric bill", PAYMENT),
        ("ask Tom for 20 dollars for the gas bill", PAYMENT),
        # a standing word before the chore's verb or before the person
        ("поручи Пете навсегда выносить мусор", BULK),
        ("поручи Маше навсегда мыть посуду", BULK),
        ("назначь уборку навсегда на Петю", BULK),
        # the standing word before the verb; a member made the one on duty
        ("навсегда назначь уборку на Петю", BULK),
        ("навсегда поручи Маше посуду", BULK),
        ("назначь Петю дежурным по кухне навсегда", BULK),
        # all of a chore handed to a member, with no day that makes it one deed
        ("назначь всю уборку на Петю и купи хлеба", BULK),
        ("назначь всю уборку на Петю", BULK),
        ("поручи Маше всю готовку", BULK),
    ],
)
def test_a_sum_asked_and_a_chore_for_good_or_all_of_it_are_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a deed asked with the money, a product weighed; no standing word
        ("ask Tom to get $50 from the ATM", task_answer("Get $50 from the ATM", "u-tom")),
        ("поручи Пете вынести мусор", task_answer("Вынести мусор", "u-petya")),
        ("поручи Пете всю посуду на сегодня", task_answer("Всю посуду", "u-petya")),
    ],
)
def test_a_sum_in_a_deed_and_a_chore_once_keep_their_answers(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # (fix round 20) a prayer, then a request in a clause of its own: the request alone
        ("Господи, помоги Пете сдать экзамен, и купи хлеба", shopping_answer("хлеб")),
        ("Боже, помоги мне, купи молока", shopping_answer("молоко")),
        ("Господи, помоги, Маша, купи хлеба", shopping_answer("хлеб")),
        ("Lord, help! Tom, wash the car", task_answer("Wash the car", "u-tom")),
        # a remark between the prayer and the request stays with the request
        ("God help me, we're out of milk, buy some", shopping_answer("milk")),
    ],
)
def test_a_request_after_a_prayer_is_served_alone(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # (fix round 20) "наших соседей" ties the names to the list; a title's full stop
        ("добавь хлеб в список Гиорги и Нино, наших соседей", FOREIGN),
        ("add milk to Mrs. Kim's list", FOREIGN),
        ("add eggs to Dr. Lee's grocery list", FOREIGN),
        # names that are no member's after "the list of", ending the clause
        ("add bread to the list of Giorgi and Nino", FOREIGN),
        ("put milk on the list of Priya", FOREIGN),
        ("add rice to the list of Kofi and Ama", FOREIGN),
    ],
)
def test_an_outsiders_list_by_our_pronoun_a_dotted_title_or_of_names_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("добавь хлеб в наш список", shopping_answer("хлеб")),
        ("add bread to the list of Tom", shopping_answer("bread")),
        ("add milk to the list of Costco", shopping_answer("milk")),
        ("купи соседям хлеба и добавь в наш список молоко", shopping_answer("хлеб", "молоко")),
    ],
)
def test_our_own_list_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # (fix round 20) "а когда" with a future deed and no main clause asks when; "и" leads
        ("а когда Петя вынесет мусор", ASK),
        ("а когда Маша помоет посуду", ASK),
        ("и где купить гречку", ASK),
        ("и что купить на ужин", ASK),
        # a clause of time before a command, "и" before a command
        ("а когда будешь в магазине купи молока", shopping_answer("молоко")),
        ("и купи хлеба", shopping_answer("хлеб")),
    ],
)
def test_a_question_led_by_a_conjunction_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
