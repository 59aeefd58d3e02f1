"""Issue #12, round 21 (precision): non-requests the rules acted on, read by construction.

- an online order placed through the assistant: an order verb with a ready meal after it
  ("order sushi for tonight", "закажи роллы на вечер": ``OpenWorldWords.order_takeaways``), a
  buying verb heading the command with a channel right after an online preposition ("buy it
  again on Amazon", "купи через Самокат …": ``online_prepositions``), the app's chat bot
  called first ("@bot …", "бот, …": a wake word) — clarify ``["intent"]``
  (``_unserved._orders_through``, ``_wake``);
- a condition opening the command, then the speaker's own deed or a possibility as its
  consequence ("if the rain stops we'll paint the fence", "если будет распродажа, купим
  пылесос", "если кончится сахар, можно взять мёд"): a plan told, clarify ``["intent"]``
  (``_unserved._conditional_plan``); a consequence asked of someone, a condition spoken to the
  listener or a request after the plan still act;
- the speaker recalling a request already made, as a reproach ("I told Tom three times to mow
  the lawn", "я же просила купить сметану", "я просила взять ряженку, а не кефир"): clarify
  ``["intent"]`` (``_unserved._request_recalled``); an assignment told with no reproach ("I
  asked Tom to walk the dog"), someone else's request relayed, a request after it still act;
- the speaker's hope or intention told ("надеюсь, Маша не забудет сметану", "собираемся в
  субботу покрасить забор"): clarify ``["intent"]`` (``_unserved._intention_told``); the
  listener after it, a need, a remind verb or a request after it still act;
- a pasted text headed by what it is or where it comes from ("Vet notes: …", "Screenshot text:
  …", "Скриншот: …") or by an e-mail's header ("From: swim club — …"): clarify ``["intent"]``
  (``_notices._source_labelled``); a buying verb after it, a member named, a list named first
  still act;
- a request said only inside quotation marks, the words outside them telling who said it
  (""grab bin bags on the way" — Tom texted that an hour ago", "«купи молоко» — это Маша мне
  утром написала"): clarify ``["intent"]`` (``_unserved._request_quoted``); a trigger word,
  an imperative or an infinitive outside the quotes still acts;
- a recipe's step beside kitchen work in another step ("Картошку почистить, отварить, размять
  с маслом", "Beat the eggs, then pour into the pan"): a recipe pasted in, clarify
  ``["intent"]`` (``_pasted.is_recipe``); a member named, a task frame, a Russian imperative
  (in either order of the two steps) or two chores joined by "and"/"и" still act;
- a summoning verb's imperative heading the command ("вызови электрика", "вызовите
  неотложку"): the assistant asked to call someone, clarify ``["intent"]``
  (``_unserved._summons``); its infinitive (an errand), a member called, a frame still act.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

_ASKS = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a ready meal ordered is a takeaway the assistant would order
        ("order sushi for the kids tonight", _ASKS),
        ("order two pizzas for Friday night", _ASKS),
        ("закажи роллы на вечер", _ASKS),
        ("закажите суши к шести", _ASKS),
        # a buying verb, then an online shop right after an online preposition
        ("buy the same charger again on amazon", _ASKS),
        ("купи через Самокат бананы", _ASKS),
        ("купи на озоне чехол для телефона", _ASKS),
        # the app's chat bot called first, then an order
        ("@bot order a deliveroo for dinner", _ASKS),
        ("бот, закажи роллы", _ASKS),
        ("@bot order a chinese takeaway", _ASKS),
        # still purchases: a bare order of a product, a buying verb with no channel, a meal
        # bought, the bot called before a purchase
        ("order a box of dishwasher tablets", shopping_answer("dishwasher tablets")),
        ("buy bread on the way back", shopping_answer("bread")),
        ("купи на ужин курицу", shopping_answer("курица")),
        ("get a frozen pizza", shopping_answer("frozen pizza")),
        ("купи пиццу", shopping_answer("пицца")),
        ("@bot add oat milk", shopping_answer("oat milk")),
        ("бот, купи кефир", shopping_answer("кефир")),
        # a member sent to order keeps the errand's reading
        ("Петя, закажи пиццу", shopping_answer("пицца")),
        # the takeaway word is no head of what is ordered: another word after it, a
        # complement, a storage place after it buy products
        ("order pizza sauce and pasta", shopping_answer("pizza sauce", "pasta")),
        ("order pizza flour and yeast", shopping_answer("pizza flour", "yeast")),
        ("закажи соус для пиццы", shopping_answer("соус для пиццы")),
        ("order mini pizzas for the freezer", shopping_answer("mini pizzas for the freezer")),
        (
            "закажи замороженную пиццу в морозилку",
            shopping_answer("замороженная пицца в морозилку"),
        ),
    ],
)
def test_an_online_order_through_the_assistant_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the speaker's subject and a modal, or the two fused, after the condition
        ("if we get a dog we'll need a bigger car", _ASKS),
        ("if the shop has ripe mangoes I'll grab two", _ASKS),
        ("if Tom passes his test we'd buy him a car", _ASKS),
        # Russian: past the condition's mark, a verb of the first person or "можно"
        ("если будет распродажа, купим пылесос", _ASKS),
        ("если кончится сахар, можно взять мёд", _ASKS),
        # still asked: a consequence asked of someone, a condition spoken to the listener,
        # a request after the plan
        ("if the pharmacy is open, pick up some plasters", shopping_answer("plasters")),
        ("если будет свежий хлеб, купи батон", shopping_answer("батон")),
        ("if you're passing Tesco, grab milk", shopping_answer("milk")),
        ("if it snows, remind Tom to salt the path", task_answer("Salt the path", "u-tom")),
        (
            "если будет время, помоем окна, а Пете надо вынести мусор",
            task_answer("Вынести мусор", "u-petya"),
        ),
        # a courtesy or time condition, then "можно" and a request verb: asked politely
        ("если не трудно, можно купить кефира", shopping_answer("кефир")),
        ("если будет время, можно взять сметану", shopping_answer("сметана")),
        ("если не сложно, можно добавить яйца в список", shopping_answer("яйца")),
    ],
)
def test_a_condition_then_the_speakers_plan_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the listener asked, a count of times, the reproach's particle, a product set against
        # another
        ("I told you to add eggs and you forgot", _ASKS),
        ("I told Tom three times to mow the lawn", _ASKS),
        ("я дважды говорила Пете вынести мусор", _ASKS),
        ("я же просила купить сметану", _ASKS),
        ("я просила взять ряженку, а не кефир", _ASKS),
        # still asked: an assignment told, someone else's request relayed, a request after
        ("I asked Tom to walk the dog", task_answer("Walk the dog", "u-tom")),
        ("я сказала Маше помыть посуду", task_answer("Помыть посуду", "u-masha")),
        ("Tom told me to buy lemons", shopping_answer("lemons")),
        ("I told Tom twice to buy onions, so add onions to the list", shopping_answer("onions")),
        ("я же просила купить хлеб, купи сегодня", shopping_answer("хлеб")),
        # the request itself after a mark; "to the list" marks no deed
        ("I told you three times, add eggs to the list", shopping_answer("eggs")),
        ("I asked you already: add butter to my list", shopping_answer("butter")),
    ],
)
def test_a_request_recalled_as_a_reproach_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("надеюсь, Маша не забудет сметану", _ASKS),
        ("собираемся в субботу покрасить забор", _ASKS),
        ("планирую завтра разобрать шкаф", _ASKS),
        # still asked: the listener after it, a need, a request after it
        ("hope you can pick up eggs", shopping_answer("eggs")),
        ("надеюсь, ты купишь сметану", shopping_answer("сметана")),
        ("думаю, надо купить яйца", shopping_answer("яйца")),
        ("думаю купить хлеб, добавь в список", shopping_answer("хлеб")),
        # a hope that someone else can do a chore asks it
        ("hoping somebody could walk the dog tonight", task_answer("Walk the dog", "u-anna")),
        ("hoping Tom can water the plants", task_answer("Water the plants", "u-tom")),
    ],
)
def test_a_hope_or_an_intention_told_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Vet notes: Biscuit to take half a tablet daily with food", _ASKS),
        ("Screenshot text: swim lessons cancelled, collect the kids at 5", _ASKS),
        ("From: swim club — lessons cancelled this week, collect the kids at 5", _ASKS),
        ("Скриншот: забрать детей в 17:00", _ASKS),
        # still asked: a buying verb after the label, a member named, a list named first
        ("Text: buy more milk", shopping_answer("milk")),
        ("Tom's text: get bread", shopping_answer("bread")),
        ("from Tom: grab milk", shopping_answer("milk")),
        ("Costco: paper towels", shopping_answer("paper towels")),
        ("Купить: хлеб, молоко", shopping_answer("хлеб", "молоко")),
    ],
)
def test_a_pasted_text_under_its_label_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ('"grab bin bags on the way" — Tom texted that an hour ago', _ASKS),
        ('Kate wrote "someone buy lemons" in the group chat lol', _ASKS),
        ("«купи молоко» — это Маша мне утром написала", _ASKS),
        ('"не забудь полить цветы" — записка от соседки, лол', _ASKS),
        # still asked: a trigger word or an infinitive outside the quotes
        ('add "oat milk" to the list', shopping_answer("oat milk")),
        ("купи сыр «Российский»", shopping_answer("сыр российский")),
        ('Lucy said "buy more cereal" but we still have two boxes', shopping_answer("cereal")),
        # a run-out relayed in quotes after a verb of saying, as it is unquoted
        ('Tom says "we\'re out of butter"', shopping_answer("butter")),
        ("Петя говорит «сахар закончился»", shopping_answer("сахар")),
    ],
)
def test_a_request_only_quoted_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Картошку почистить, отварить, размять с маслом", _ASKS),
        ("Морковь натереть, обжарить на масле", _ASKS),
        ("whisk the cream, then chill for an hour", _ASKS),
        # still asked: a member named, a Russian imperative
        (
            "Tom bake a cake and chop the onions tonight",
            task_answer("Bake a cake and chop the onions", "u-tom"),
        ),
        (
            "Маша, обжарь лук и свари макароны",
            task_answer("Обжарь лук и свари макароны", "u-masha"),
        ),
        # either order: kitchen work first, then a recipe step, asked of someone, under a
        # task frame, or a pair of chores joined by "and"/"и"
        (
            "Маша, нарежь морковь и обжарь её",
            task_answer("Нарежь морковь и обжарь её", "u-masha"),
        ),
        (
            "remind Tom to peel the carrots and sauté them",
            task_answer("Peel the carrots and sauté them", "u-tom"),
        ),
        (
            "надо почистить картошку и обжарить",
            task_answer("Почистить картошку и обжарить", "u-anna"),
        ),
        (
            "we need to cook lunch: slice the peppers and fry them",
            task_answer("Cook lunch: slice the peppers and fry them", "u-anna"),
        ),
    ],
)
def test_a_recipe_step_beside_kitchen_work_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("вызови электрика на завтра", _ASKS),
        ("вызовите неотложку, маме плохо", _ASKS),
        # still asked: the infinitive (an errand), a member called, a remind frame
        ("в субботу вызвать сантехника", task_answer("Вызвать сантехника", "u-anna")),
        ("Петя, вызови мастера", task_answer("Вызови мастера", "u-petya")),
        ("напомни Маше вызвать сантехника", task_answer("Вызвать сантехника", "u-masha")),
    ],
)
def test_the_assistant_asked_to_summon_someone_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
