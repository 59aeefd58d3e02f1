"""Issue #12, round 26 (precision): irony, jokes and list edits reported, products named but
nothing asked (``policy_core._statements``, ``policy_core._clauses``).

- an edit of a list told, not asked: a Russian adding verb in the past, an English adding
  verb's past ("added"), or "put" after a subject no one is called by or a member's name with a
  sign of the past (``_clauses.edit_told_at``); with nothing else asked the text is a statement
  (``_statements._edit_reported``), beside a request of the speaker's own only the request acts;
- sarcasm: a mocking tag closing the text after a mark ("…, ага конечно", "…, yeah right",
  "…, any day now"), a mocking "since you're so" and an adjective ("…, раз такой щедрый"), a
  booster "while we're" (no request verb after a booster opening a clause: "yeah sure, while
  you're out grab some milk" asks);
- a refusal said to someone: a buying verb, then the hearer's own ("get your own crisps",
  "…, купите свой");
- a chat bot's command talked of inside a line ("вот так: /add хлеб — и всё"), a song's marks
  round the words, a question closed by a tag of curiosity ("…? просто интересно"), an
  incredulous "do you really think" ("ты серьёзно думаешь, что …"), thanks for a deed done
  ("thanks for adding …"), an extrapolation "at this rate".

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text

_ASKS = ("clarify", ("intent",))
_GROCERIES = "l-groceries"


def _whole(text: str) -> tuple[Any, ...]:
    """The whole answer: (action, item names and lists, task titles and assignees); a
    clarify's missing fields."""
    document = decide_text(text)
    action, payload = document["action"], document["payload"]
    if action == "clarify":
        return (action, tuple(payload["missing_fields"]))
    proposed = [a["payload"] for a in payload.get("proposed_actions", [])]
    items = tuple((p["item"]["name"], p["item"].get("list_id")) for p in proposed if "item" in p)
    tasks = tuple((p["task"]["title"], p["task"]["assignee_id"]) for p in proposed if "task" in p)
    return (action, items, tasks)


@pytest.mark.parametrize(
    "text",
    [
        # an edit of a list told: a Russian past, an English past, "put" after a subject
        "Маша в список чипсы вписала, хитрая",
        "Петь, ты в список сыр добавил",
        "Петя записал себе задачу «отдыхать» ахаха",
        "Tom just put crisps on the list three times lol",
        'Tom put "cake" on the Costco list again 🙃',
        "Tom put a speedboat on the list, he's hilarious",
        "someone put a jet ski on the list",
        "the app added dog treats to Costco, Tom you genius",
        # sarcasm: a mocking tag closing the text, "since you're so", openers and boosters
        "Маша хочет покрасить кухню в розовый, ага конечно",
        "Tom will buy me a pony, yeah right",
        "Tom will fix the fence, any day now",
        "давай, купи мне айфон, раз такой щедрый",
        "yeah sure, let's get a hot tub while we're at it",
        # a refusal said to someone: buy your own
        "get your own crisps",
        "buy ur own coffee Tom",
        "этот сыр мой, купите свой",
        # a bot's command talked of, a song, a question asked to know
        "вот так: /add хлеб — и всё, Маша",
        "> /task Петя посуда\nну ты и шутник",
        "typing /task does nothing on my phone",
        "🎶 tea and biscuits, take me back 🎶",
        "🎵 bread and butter, bring me home 🎵",
        "а можно ли поставить задачу коту? просто интересно",
        "can you put socks on the shopping list? just curious",
        # an incredulous "do you really think": doubted, not asked
        "ты серьёзно думаешь, что Маша купит хлеб",
        "you really think Tom will take the bins out",
        # thanks for a deed done; an extrapolation "at this rate"
        "ty for adding the crisps Tom",
        "thank you so much for adding the yoghurt",
        "we'll need a second fridge at this rate",
        "такими темпами нам нужен второй холодильник",
    ],
)
def test_joked_or_told_asks_intent(text: str) -> None:
    assert _whole(text) == _ASKS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own request beside an edit told acts, the told product not bought
        (
            "Tom added yogurt to the list, add bread too",
            ("start_job", (("bread", _GROCERIES),), ()),
        ),
        (
            "Петя добавил молоко, купи ещё хлеба",
            ("start_job", (("хлеб", _GROCERIES),), ()),
        ),
    ],
)
def test_own_request_beside_an_edit_told(text: str, expected: tuple[Any, ...]) -> None:
    assert _whole(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tom called, not told of; a conditional's past; a participle asked for; a modal
        ("Tom, put milk on the list", ("start_job", (("milk", _GROCERIES),), ())),
        ("Tom put milk on the list", ("start_job", (("milk", _GROCERIES),), ())),
        ("ты бы добавил творог в список", ("start_job", (("творог", _GROCERIES),), ())),
        ("Tom wants jam added to the list", ("start_job", (("jam", _GROCERIES),), ())),
        ("can someone put foil on the list", ("start_job", (("foil", _GROCERIES),), ())),
        # agreement, a reason, commands said, a song beside a request, a plain polite question
        ("yeah sure, add eggs too", ("start_job", (("eggs", _GROCERIES),), ())),
        ("купи торт, раз такой праздник", ("start_job", (("торт", _GROCERIES),), ())),
        ("buy milk for your own lunch", ("start_job", (("milk", _GROCERIES),), ())),
        ("/add молоко", ("start_job", (("молоко", _GROCERIES),), ())),
        ("@HomeTaskBot /add яблоки", ("start_job", (("яблоки", _GROCERIES),), ())),
        ("купи хлеб, а /add не работает", ("start_job", (("хлеб", _GROCERIES),), ())),
        ("add milk 🎶", ("start_job", (("milk", _GROCERIES),), ())),
        ("можно добавить хлеб в список?", ("start_job", (("хлеб", _GROCERIES),), ())),
        ("at this rate just buy two cartons of milk", ("start_job", (("milk", _GROCERIES),), ())),
        ("add eggs, thanks for checking", ("start_job", (("eggs", _GROCERIES),), ())),
        # a recall or an agreement, then a request after the booster: asked
        ("yeah sure, while you're out grab some milk", ("start_job", (("milk", _GROCERIES),), ())),
        ("oh yeah, totally forgot, add eggs", ("start_job", (("eggs", _GROCERIES),), ())),
    ],
)
def test_near_misses_keep_their_answers(text: str, expected: tuple[Any, ...]) -> None:
    assert _whole(text) == expected


def test_a_request_opening_the_text_is_no_mocking_tag() -> None:
    # "any day now" after a request says when, mocks nothing: the nappies are bought
    whole = _whole("buy nappies, any day now")
    assert whole[0] == "start_job"
    assert ("nappies", _GROCERIES) in whole[1]
