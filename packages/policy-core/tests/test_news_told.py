"""Issue #12, round 26 (precision): plans, habits, lessons and opinions told as news, the
speaker informing and nobody asked (``policy_core._stories``, ``_statements``,
``_unserved``).

- a member's deed told in the present, a future or a progressive with a habit phrase or a
  span every time it falls ("as usual", "like always", "как обычно", "every Sunday",
  "каждую субботу"): a habit told, clarify ``["intent"]`` (``_stories._habit_told``); the
  same deed without the habit word stays the member's task (golden's convention), an
  ability asked of the listener ("можешь как обычно взять …") still asks, and a habit of
  paying or of a device is the corridor's reject;
- a purchase put off to the next time with a modal or a need and no imperative ("next time
  we should buy …", "в следующий раз надо покупать …"): a lesson told
  (``_statements._lesson_for_next_time``); "next time you're at the shop, buy …", "next
  time <member> goes …, he should get …" and "в следующий раз купи …" still buy;
- a reminder reported: a remind verb in the past, "что"/"that" and an event told ("мама
  напомнила, что у Пети завтра контрольная"; ``_statements._reminder_reported``); a need
  reminded (a time come too: "…, что пора купить …"), a remind verb asked and a wish for a
  reminder ("хочу, чтобы ты напомнил …") still act;
- an opinion said over years or months: a saying verb ("been saying", "твердит") and a span
  of them said of it ("for years", "годами"; ``_statements._said_for_long``); the span or
  the saying alone, or a span said of another verb, keeps the reading;
- a lack told: a Russian infinitive in the clause of a negative predicative of what is
  lacking ("кормить нечем", "поливать огород нечем"; ``_clauses._lack_told``): no deed; a
  purchase beside it buys alone;
- the speakers' own plan in the plural: "мы" and a verb of the 1st person future in its
  sentence, no imperative (``_statements._our_plans``), as "я сама куплю" is the speaker's;
  "купим хлеба", "давай купим …" still buy, and a need, a duty, a 2nd person future or a
  member in another clause or sentence keeps that part's reading;
- someone's opinion reported of what a person should do or may need ("the vet said Tom
  should walk twice a day", "… might need new boots next spring"): advice, not a request
  (``_unserved._reported_predicate``); a chore or a purchase relayed with "should" ("mom says
  Tom should clean the garage"), a need of "we" reported, and advice made a reminder still
  act.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence. Each row of
``test_news_is_not_acted_on`` acted before this round's rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, full_answer

_ASKS = ("clarify", ("intent",))
_GROCERIES = "l-groceries"
_TONIGHT = "2026-03-04T19:00:00+03:00"  # the test household's clock is a Wednesday morning


def _task(title: str, assignee: str, due: str | None = None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, due),))


def _item(name: str, quantity: str | None = None, unit: str | None = None) -> tuple[Any, ...]:
    return ("start_job", ((name, quantity, unit, _GROCERIES),), ())


@pytest.mark.parametrize(
    "text",
    [
        # a habit phrase or span with a member's deed told
        "Tom will take out the bins on Friday as usual",
        "Tom'll do the school run tomorrow like always",
        "Tom's hoovering the living room every Sunday",
        "Tom is picking up the kids every Tuesday",
        "Петя как обычно в пятницу вынесет мусор",
        "Петя как всегда завтра заберёт посылку",
        "Маша как обычно в субботу поедет на рынок за овощами",
        # a lesson for the next time
        "next time we should buy the bigger box of cereal, this one is gone in a day",
        "next time we need to get the family pack of chicken",
        "в следующий раз надо покупать стиральный порошок побольше",
        "в следующий раз стоит взять большую упаковку подгузников",
        # an opinion reported
        "the vet said Tom should walk twice a day",
        "the trainer said Tom might need new boots next spring",
        # a reminder reported: a past remind verb, "что", an event
        "мама напомнила, что у Пети завтра контрольная",
        "бабушка напомнила нам, что Маша в субботу уезжает в лагерь",
        # an opinion said over years or months
        "Tom's been saying for months that the shed needs a new roof",
        "бабушка годами твердит, что ковёр надо выбросить",
        # a lack told: an infinitive in the clause of "нечем", "некогда"
        "Куры плохо несутся, кормить нечем",
        "жара, поливать огород нечем",
        # the speakers' own plan in the plural
        "мы с Петей в субботу привезём продукты",
        "мы завтра сами купим хлеб",
        # the speaker's own purchase with the future said apart from its subject
        "we will buy the birthday cake on Saturday",
        "I will get the printer ink after work",
    ],
)
def test_news_is_not_acted_on(text: str) -> None:
    assert full_answer(text) == _ASKS


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the member's deed without a habit word: golden's task
        ("Tom will take out the bins on Friday", _task("Take out the bins", "u-tom", "2026-03-06")),
        # the one spoken to asked with the habit phrase: an ability, no deed told
        ("можешь как обычно взять творог", _item("творог")),
        (
            "можешь как всегда забрать посылку на почте",
            _task("Как всегда забрать посылку на почте", "u-anna"),
        ),
        # a span said of another verb than the saying one: the need after it asks
        ("папа говорит, что Маша вечно теряет ключи, надо купить брелок", _item("брелок")),
        (
            "бабушка говорит, что кран годами течёт, надо вызвать сантехника",
            _task("Вызвать сантехника", "u-anna"),
        ),
        # a member right after "next time" opens a when: a request's frame
        ("next time Masha drives to the market she should pick up eggs", _item("eggs")),
        # a need, a duty, a 2nd person future beside the speakers' plural plan, in another
        # clause or sentence: that part keeps its reading
        (
            "мы в воскресенье уедем к бабушке, Маша должна полить цветы",
            _task("Полить цветы", "u-masha", "2026-03-08"),
        ),
        ("мы вернёмся поздно, надо купить молоко", _item("молоко")),
        ("мы будем у бабушки до вечера, нужен хлеб", _item("хлеб")),
        (
            "мы в воскресенье поедем в лес. Маше надо взять корзинку",
            _task("Взять корзинку", "u-masha", "2026-03-08"),
        ),
        ("мы завтра поедем к маме, купишь хлеб?", _item("хлеб")),
        # the future said apart with a need, or asked of the listener
        ("we will need more printer ink", _item("printer ink")),
        ("will you get the birthday cake on Saturday?", _item("birthday cake")),
        # a time come reminded is a need reminded
        ("Маша напомнила, что пора купить новый фильтр для воды", _item("новый фильтр для воды")),
        # the next time framing a request
        ("next time you're at the shop, buy some rice", _item("rice")),
        ("в следующий раз купи две пачки гречки", _item("гречка", "2", "pack")),
        ("next time, grab two packs of rice", _item("rice", "2", "pack")),
        # a chore relayed, a need reported, advice made a reminder
        ("mom says Tom should clean the garage", _task("Clean the garage", "u-tom")),
        ("Tom says we need more rice", _item("rice")),
        (
            "the doctor says Tom should rest more, make it a reminder for tonight",
            _task("Rest more", "u-tom", _TONIGHT),
        ),
        # a need reminded, a reminder asked, a wish for one, a request after the report
        ("мама напомнила, что надо купить хлеб", _item("хлеб")),
        (
            "напомни, что Маша завтра уезжает в лагерь",
            _task("Уезжает в лагерь", "u-masha", "2026-03-05"),
        ),
        (
            "хочу, чтобы ты напомнил мне послезавтра продлить пропуск",
            _task("Продлить пропуск", "u-anna", "2026-03-06"),
        ),
        # a span without a saying, a saying without a span
        ("we've been out of rice for months, buy some", _item("rice")),
        ("мама говорит, что надо купить новый чайник", _item("новый чайник")),
        ("Tom's been saying we need a new kettle", _item("new kettle")),
        # a purchase beside the lack buys alone (a task of the lack was proposed before)
        ("купи корм, кормить нечем", _item("корм")),
        ("добавь мыло, а то руки мыть нечем", _item("мыло")),
        ("напомни Пете полить огурцы, а то жара", _task("Полить огурцы", "u-petya")),
        # "let's" without the subject, a modal asked, a reminder beside the plan
        ("купим хлеба", _item("хлеб")),
        ("давай купим хлеба", _item("хлеб")),
        ("мы можем добавить хлеб в список?", _item("хлеб")),
        (
            "мы в субботу поедем на дачу, напомни Пете взять удочки",
            _task("Взять удочки", "u-petya", "2026-03-07"),
        ),
    ],
)
def test_requests_beside_news_still_act(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Маша каждый месяц платит за интернет", "payment_not_supported"),
        ("Маша каждый вечер выключает свет в коридоре", "device_control_not_supported"),
    ],
)
def test_a_habit_of_paying_or_of_a_device_is_rejected(text: str, code: str) -> None:
    """A habit told of a payment or a device: the corridor's reject, as without the habit."""
    document = decide_text(text)
    assert (document["action"], document["payload"]["code"]) == ("reject", code)


def test_a_deed_no_one_is_there_for_keeps_its_words() -> None:
    """ "некому" tells a deed someone is wanted for, no lack: the deed's words stay in the
    title ("Забери её" alone lost what to fetch)."""
    document = decide_text("некому забрать посылку, Маша, забери её")
    task = document["payload"]["proposed_actions"][0]["payload"]["task"]
    assert document["action"] == "start_job"
    assert (task["assignee_id"], "посылку" in task["title"]) == ("u-masha", True)
