"""Issue #12, household tasks read right (SPEC §4.2): who does the task, its title and its
frame, as new authors say them.

Each row is decided through ``decide()``; none is a golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, task_of, tasked

# A bilingual household whose members are written in either alphabet.
_MEMBERS: tuple[dict[str, Any], ...] = (
    {"user_id": "u-kate", "display_name": "Kate"},
    {"user_id": "u-oleg", "display_name": "Олег"},
    {"user_id": "u-liam", "display_name": "Liam"},
    {"user_id": "u-yulya", "display_name": "Юля"},
    {"user_id": "u-sam", "display_name": "Sam"},
)


def _task(text: str, **command: Any) -> dict[str, Any]:
    document = decide_text(text, members=_MEMBERS, **command)
    task = task_of(document)
    assert task is not None, document
    return task


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Кейт надо оформить пропуск на парковку", "u-kate"),
        ("попроси кейт разобрать антресоль", "u-kate"),
        ("Лиаму нужно починить велосипед", "u-liam"),
        ("напомни Лиаму про велосипед", "u-liam"),
        ("Oleg needs to fix the bike", "u-oleg"),
        ("remind Yulia to renew the parking permit", "u-yulya"),
        ("ask Julia to sort the attic", "u-yulya"),
        ("Сэму нужно разобрать антресоль", "u-sam"),
    ],
)
def test_a_member_written_in_the_other_alphabet_is_that_member(text: str, assignee: str) -> None:
    assert _task(text)["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text",
    [
        "Сам разберу антресоль в субботу, напомни мне",  # "Сам" is no spelling of "Sam"
        "напомни мне в субботу о том, что нужно разобрать антресоль",
    ],
)
def test_a_common_word_is_no_member_in_the_other_alphabet(text: str) -> None:
    members = (*_MEMBERS, {"user_id": "u-tom", "display_name": "Tom"})
    document = decide_text(text, members=members, user_id="u-kate")
    task = task_of(document)
    assert task is None or task["assignee_id"] == "u-kate", document


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom, defrost the freezer on Friday, it's full of ice", "Defrost the freezer"),
        ("Tom needs to sweep the porch, there's sand everywhere", "Sweep the porch"),
        ("remind Tom to oil the gate hinges. Also what's the weather", "Oil the gate hinges"),
        ("Tom, descale the kettle, he's been dodging it for weeks", "Descale the kettle"),
        ("Tom should trim the hedge (it's blocking the path)", "Trim the hedge"),
        ("remind me to wrap the presents because the party is on Sunday", "Wrap the presents"),
        ("Tom, iron the school shirts like a good man", "Iron the school shirts"),
        ("remind me to label the jars, no rush", "Label the jars"),
        ("remind me to polish the boots whenever you get a chance", "Polish the boots"),
        ("Пете разобрать кладовку, он давно обещал", "Разобрать кладовку"),
        ("напомни Маше покормить рыбок, потому что она забывает", "Покормить рыбок"),
        ("Пете почистить ковёр в субботу. Он знает", "Почистить ковёр"),
        ("Маше разобрать шкаф, когда сможешь", "Разобрать шкаф"),
    ],
)
def test_the_title_ends_where_the_speaker_goes_on(text: str, title: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("remind me to buy stamps, envelopes and tape", "Buy stamps, envelopes and tape"),
        ("remind Tom to ring Dr. Patel", "Ring Dr. Patel"),
        ("напомни Пете, он обещал вымыть машину", None),  # the deed follows the aside
    ],
)
def test_a_comma_or_full_stop_inside_the_task_keeps_it(text: str, title: str | None) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    if title is not None:
        assert task["title"] == title
    else:
        assert "машину" in task["title"]


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Tom phone the council about the pothole", "Phone the council about the pothole", "u-tom"),
        ("Tom, could you phone the garage about Friday", "Phone the garage about", "u-tom"),
        ("tom can u text everyone the address", "Text everyone the address", "u-tom"),
        ("Tom dear, once you're home, could you cancel the window cleaner", None, "u-tom"),
        ("Tom, sharpen the kitchen knives at the weekend", "Sharpen the kitchen knives", "u-tom"),
        ("unblock the bathroom sink", "Unblock the bathroom sink", "u-anna"),
    ],
)
def test_a_member_asked_before_an_errand_verb_is_its_doer(
    text: str, title: str | None, assignee: str
) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee
    if title is not None:
        assert task["title"].startswith(title)
    else:
        assert task["title"].startswith("Cancel the window cleaner")


@pytest.mark.parametrize(
    "text",
    [
        "phone the council",  # a call asked of the assistant
        "text Tom that the bus is late",
        "email Tom's boss",
        "Tom, phone case and screen protector",  # products, no deed
    ],
)
def test_an_errand_verb_without_a_member_asked_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


def test_someone_a_causative_verb_names_before_an_errand_is_asked_about() -> None:
    document = decide_text("get Oisin to phone the vet")
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["task.assignee_id"]


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("make it Tom's job to scrub the barbecue grill", "Scrub the barbecue grill", "u-tom"),
        ("it's Masha's turn to water the ferns", "Water the ferns", "u-masha"),
        ("сегодня очередь Пети пылесосить ковры", "Пылесосить ковры", "u-petya"),
        ("это обязанность Маши — кормить черепаху", "Кормить черепаху", "u-masha"),
    ],
)
def test_whose_duty_a_deed_is_names_its_doer(text: str, title: str, assignee: str) -> None:
    assert tasked(text) == (title, assignee)


def test_a_members_job_as_a_thing_names_no_duty() -> None:
    task = task_of(decide_text("remind me to scan Tom's job offer"))
    assert task is not None
    assert task["title"] == "Scan Tom's job offer"
    assert task["assignee_id"] == "u-anna"


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Так, слушай. Пете в субботу разобрать гараж", "Разобрать гараж", "u-petya"),
        ("Right, sorted. Tom: oil the squeaky gate", "Oil the squeaky gate", "u-tom"),
        ("Короче. Новое дело: Маше полить кактусы", "Полить кактусы", "u-masha"),
    ],
)
def test_a_sentence_before_the_task_is_no_part_of_its_title(
    text: str, title: str, assignee: str
) -> None:
    assert tasked(text) == (title, assignee)


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("запили таску на Петю: подклеить обои в коридоре", "Подклеить обои в коридоре", "u-petya"),
        ("засетапь тудушку на Машу разобрать антресоль", "Разобрать антресоль", "u-masha"),
        ("назначь на Петю мытьё машины", "Мытьё машины", "u-petya"),
        ("поставь задачку Маше: сложить пазл", "Сложить пазл", "u-masha"),
    ],
)
def test_a_task_created_in_slang_names_its_doer_after_na(
    text: str, title: str, assignee: str
) -> None:
    assert tasked(text) == (title, assignee)


def test_a_task_put_on_a_stranger_asks_who() -> None:
    document = decide_text("запили таску на Зорана: подклеить обои")
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["task.assignee_id"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("get the gas meter checked before Monday", "Get the gas meter checked"),
        ("get the hedge cut tomorrow", "Get the hedge cut"),
        ("get the chimney swept asap", "Get the chimney swept asap"),
    ],
)
def test_a_thing_got_done_by_someone_is_a_task(text: str, title: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["title"] == title


def test_a_product_before_its_participle_is_still_bought() -> None:
    document = decide_text("get minced beef before Friday")
    assert task_of(document) is None


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Петру надлежит заменить фильтр в аквариуме", "u-petya"),
        ("прошу Марию разобрать антресоль", "u-masha"),
        ("Машуля, сложи пазл", "u-masha"),
        ("напомни Петеньке покормить черепаху", "u-petya"),
        ("Anna needs to defrost the freezer", "u-anna"),
        ("remind Thomas to oil the gate", "u-tom"),
        ("Tommy, sweep the porch", "u-tom"),
    ],
)
def test_a_members_full_short_or_fond_name_is_that_member(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee


def test_a_wake_word_is_no_fond_name() -> None:
    # "Маруся" is a smart speaker, not a fond "Маша"
    document = decide_text("маруся сколько варить перловку")
    assert task_of(document) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Поручаю Пете заменить лампочку в коридоре.", "Заменить лампочку в коридоре"),
        ("Надлежит в субботу разобрать кладовку.", "Разобрать кладовку"),
        ("Требуется заклеить окно на зиму.", "Заклеить окно на зиму"),
        ("Петя ковёр пылесосить надо", "Ковёр пылесосить"),
    ],
)
def test_officialese_and_simple_russian_frames_are_no_part_of_the_title(
    text: str, title: str
) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["title"] == title


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("the hedge needs trimming", "Trim the hedge", "u-anna"),
        ("the shed badly needs clearing out before Sunday", "Clear out the shed", "u-anna"),
        ("Tom, the radiators need bleeding", "Bleed the radiators", "u-tom"),
        ("the goldfish tank wants cleaning, Tom", "Clean the goldfish tank", "u-tom"),
        ("the recycling needs putting away", "Put away the recycling", "u-anna"),
        ("Masha's bike needs fixing", "Fix Masha's bike", "u-masha"),
    ],
)
def test_a_chore_said_as_a_state_is_the_deed(text: str, title: str, assignee: str) -> None:
    assert tasked(text) == (title, assignee)


@pytest.mark.parametrize(
    "text", ["we need washing powder", "the baby needs nappies", "I need a hedge trimmer"]
)
def test_a_need_for_a_thing_is_still_a_purchase(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tom and Masha need to sweep the yard",
        "Tom or Masha should sweep the yard",
        "remind Tom and Masha to water the seedlings",
        "Петя и Маша, подметите двор",
        "напомни Пете и Маше полить рассаду",
        "Петя или Маша пусть подметёт двор",
    ],
)
def test_two_members_as_doers_ask_whom_the_task_is_for(text: str) -> None:
    document = decide_text(text)
    assert document["action"] == "clarify", document
    assert document["payload"]["missing_fields"] == ["task.assignee_id"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom needs to fetch Masha and Petya from the pool", "Fetch Masha and Petya from the pool"),
        ("Анна, отвези Машу и Петю в бассейн", "Отвези Машу и Петю в бассейн"),
    ],
)
def test_members_the_task_is_about_stay_in_its_title(text: str, title: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["title"] == title


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("give the barbecue a scrub on Sunday", "u-anna"),
        ("Tom, give the hallway a quick hoover", "u-tom"),
        ("Tom, take a look at the dripping shower", "u-tom"),
        ("Tom, give Masha a lift to choir", "u-tom"),
    ],
)
def test_a_chore_said_as_a_noun_after_a_light_verb_is_a_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text", ["have a look at this cake recipe", "give me a hand", "take a look at the forecast"]
)
def test_a_look_asked_of_no_member_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


def test_a_member_taken_somewhere_by_an_adding_verb_is_no_purchase() -> None:
    document = decide_text("Анна, закинь Петю на плавание")
    task = task_of(document)
    assert task is not None
    assert task["assignee_id"] == "u-anna"
    assert "Петю" in task["title"]


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        (
            "I'm away at a conference from Monday, so remind me tonight to print the boarding pass",
            "Print the boarding pass",
            "2026-03-04T19:00:00+03:00",
        ),
        (
            "в субботу у нас гости, так что напомни мне завтра утром разморозить мясо",
            "Разморозить мясо",
            "2026-03-05T09:00:00+03:00",
        ),
        (
            "on Saturday, remind Tom to oil the gate at 4pm",
            "Oil the gate",
            "2026-03-07T16:00:00+03:00",
        ),
    ],
)
def test_a_due_in_a_clause_before_the_reminder_gives_way_to_its_own(
    text: str, title: str, due: str
) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert (task["title"], task.get("due")) == (title, due)


@pytest.mark.parametrize(
    "text",
    [
        "Beta, remind me to renew the gas cylinder booking",
        "Сынок, напомни мне продлить абонемент в бассейн",
    ],
)
def test_whom_the_speaker_calls_is_no_doer_of_their_own_reminder(text: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == "u-anna"


@pytest.mark.parametrize(
    ("text", "shops"),
    [("I'm out of town until Friday", False), ("we're out of rice", True)],
)
def test_out_of_a_place_is_no_shortage(text: str, shops: bool) -> None:
    document = decide_text(text)
    assert (document["action"] == "start_job") == shops


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Tom's collecting the new glasses on Thursday", "Collect the new glasses", "u-tom"),
        ("Masha is feeding the rabbits tomorrow", "Feed the rabbits", "u-masha"),
        ("Tom is taking out the compost tonight", "Take out the compost", "u-tom"),
    ],
)
def test_a_members_deed_arranged_for_a_day_is_a_task(text: str, title: str, assignee: str) -> None:
    assert tasked(text) == (title, assignee)


@pytest.mark.parametrize(
    "text",
    [
        "Tom is painting the fence right now",  # no day said: what is going on
        "Tom's baking tray broke on Monday",  # a gerund naming a thing
        "Tom is sleeping tomorrow",  # no chore
    ],
)
def test_a_member_doing_something_without_an_arranged_chore_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


def test_a_person_taken_somewhere_by_an_adding_verb_is_no_purchase() -> None:
    task = task_of(decide_text("Петя, закинь бабушку на рынок в субботу"))
    assert task is not None
    assert task["assignee_id"] == "u-petya"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Петя, закинь старые лыжи на балкон в субботу", "z-balcony"),
        ("Tom, stick the camping chairs in the garage", "z-garage"),
    ],
)
def test_a_thing_put_into_a_room_is_a_chore_no_purchase(text: str, zone: str) -> None:
    zones = ({"zone_id": "z-balcony", "name": "Балкон"}, {"zone_id": "z-garage", "name": "Garage"})
    task = task_of(decide_text(text, zones=zones))
    assert task is not None
    assert task["zone_id"] == zone


@pytest.mark.parametrize(
    "text",
    [
        "закинь в список новую губку для кухни",  # a list named: bought
        "put the match on the garage telly",  # a thing the room holds: no chore
    ],
)
def test_a_list_or_a_thing_in_the_room_is_no_chore(text: str) -> None:
    zones = ({"zone_id": "z-garage", "name": "Garage"},)
    assert task_of(decide_text(text, zones=zones)) is None


@pytest.mark.parametrize(
    ("text", "zones", "zone"),
    [
        ("Тому убрать в гараже", ({"zone_id": "z-g", "name": "Garage"},), "z-g"),
        ("Petya needs to mop the kitchen", ({"zone_id": "z-k", "name": "Кухня"},), "z-k"),
        ("Маше пропылесосить в зале", ({"zone_id": "z-l", "name": "Living room"},), "z-l"),
        ("Tom, sweep the loft", ({"zone_id": "z-a", "name": "Чердак"},), "z-a"),
    ],
)
def test_a_zone_said_in_the_other_language_is_that_zone(
    text: str, zones: tuple[dict[str, str], ...], zone: str
) -> None:
    task = task_of(decide_text(text, zones=zones))
    assert task is not None
    assert task["zone_id"] == zone


def test_a_room_word_inside_a_product_stays_the_product() -> None:
    zones = ({"zone_id": "z-k", "name": "Кухня"},)
    document = decide_text("buy kitchen roll", zones=zones)
    assert task_of(document) is None


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Довожу до сведения Маши: к четвергу необходимо сдать книги", "Сдать книги", "u-masha"),
        ("Сообщаю Петру: в субботу требуется подмести гараж.", "Подмести гараж", "u-petya"),
        ("Уведомляю Машу — разобрать антресоль", "Разобрать антресоль", "u-masha"),
    ],
)
def test_a_deed_made_known_to_a_member_is_their_task(text: str, title: str, assignee: str) -> None:
    assert tasked(text) == (title, assignee)


@pytest.mark.parametrize(
    "text", ["сообщи Пете: обед на плите", "Сообщаю, что я уже дома", "сообщи Маше, что мы едем"]
)
def test_a_message_passed_on_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Tom, you're on ironing duty this weekend", "Ironing duty", "u-tom"),
        ("tom ur on laundry tomorrow", "Laundry", "u-tom"),
        ("Петя, на тебе стирка в субботу", "Стирка", "u-petya"),
        ("Маша, с тебя готовка ужина сегодня", "Готовка ужина", "u-masha"),
    ],
)
def test_a_chore_put_on_a_member_without_a_verb_is_their_task(
    text: str, title: str, assignee: str
) -> None:
    assert tasked(text) == (title, assignee)


@pytest.mark.parametrize(
    "text", ["на тебе лица нет", "heavy duty bin bags", "Tom is on lunch with a client"]
)
def test_a_chore_word_put_on_no_member_is_no_task(text: str) -> None:
    assert task_of(decide_text(text)) is None
