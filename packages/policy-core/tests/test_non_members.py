"""People who are not household members (issue #12, person18): a kinship noun in the dative
opening the clause before the frame that asks ("дедушке скажи …"), a name with an honorific a
task is put down for ("a job for Raju bhaiya — …"), a list word and a non-member's first name
in the genitive ("в список Зарины"), someone's question reported as the whole text ("Tom asked
whether …"), and an indefinite pronoun spelt as two words ("шо нибудь"). Each family has rows
that must still act: a member named, a purchase for a relative, a relative as the object."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))
ITEM = ("clarify", ("item.name",))
INTENT = ("clarify", ("intent",))
FOREIGN = ("reject", "foreign_household")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative or neighbour asked first, then the frame: no member does it
        ("дедушке скажи завтра полить огурцы", ASSIGNEE),
        ("тёте Вере передай в пятницу забрать ключи", ASSIGNEE),
        ("соседке Нине напомни в среду вернуть дрель", ASSIGNEE),
        ("няне напомни вечером погладить шторы", ASSIGNEE),
        # someone's relative, named by a possessive of a first name after the frame
        ("напомни Ваниному дедушке в пятницу забрать ключи", ASSIGNEE),
        ("попроси Лизину бабушку в среду испечь пирог", ASSIGNEE),
        ("напомни Маше позвонить Ваниной тёте", task_answer("Позвонить Ваниной тёте", "u-masha")),
        # a member asked first acts; a relative told of, or the object, is no doer
        ("Маше напомни завтра полить цветы", task_answer("Полить цветы", "u-masha")),
        ("купи бабушке лекарства", shopping_answer("лекарства")),
        ("напомни мне позвонить бабушке", task_answer("Позвонить бабушке", "u-anna")),
        ("бабушка сказала кончилась соль и надо купить", shopping_answer("соль")),
    ],
)
def test_relative_asked_first(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make a task for Raju bhaiya to fix the fan on Friday", ASSIGNEE),
        ("add a chore for Sunita ji: sweep the porch tomorrow", ASSIGNEE),
        ("make a task for Meena auntie — fold the laundry on Monday", ASSIGNEE),
        # a member the task is put down for still gets it; a gift for someone is bought
        ("make a task for Tom to water the plants", task_answer("Water the plants", "u-tom")),
        ("buy a gift for Priya didi", shopping_answer("gift")),
    ],
)
def test_name_with_honorific(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("закинь сок в список покупок Зарины", FOREIGN),
        ("добавь сухарики в список Вадима", FOREIGN),
        # any owner who lives in another flat, entrance or plot
        ("закинь в список парней из соседнего подъезда пиво", FOREIGN),
        ("внеси в список девчонок со второго этажа конфеты", FOREIGN),
        ("добавь в список продуктов сыр из дома", shopping_answer("сыр из дома")),
        # a member's list, a list named by what it holds, a list's own name
        ("добавь хлеб в список Пети", shopping_answer("хлеб")),
        ("добавь хлеб в список продуктов", shopping_answer("хлеб")),
    ],
)
def test_outsiders_list(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom asked whether we have batteries", INTENT),
        ("my neighbour asked if we could water her plants", INTENT),
        ("Оля спрашивала, можно ли взять машину в субботу", INTENT),
        ("Петя спросил, купим ли мы торт", INTENT),
        # asked to do something, or a frame that asks the assistant: acts
        ("Tom asked me to buy milk", shopping_answer("milk")),
    ],
)
def test_reported_question(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("возьми шо нибудь к чаю", ITEM),
        ("купи чо нить попить", ITEM),
        ("закинь в список чё нибудь на ужин", ITEM),
        # thread is a product
        ("купи нить для шитья", shopping_answer("нить для шитья")),
        ("купи чёрную нить и иголки", shopping_answer("чёрная нить", "иголки")),
    ],
)
def test_indefinite_in_two_words(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
