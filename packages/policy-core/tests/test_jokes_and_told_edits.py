"""Issue #12, round 26 (precision): irony, jokes and list edits reported, products named but
nothing asked (``policy_core._statements``, ``policy_core._clauses``).

- an edit of a list told, not asked: a Russian adding verb in the past, an English adding
  verb's past ("added"), or "put" after a subject no one is called by or a member's name with a
  sign of the past (``_clauses.edit_told_at``); with nothing else asked the text is a statement
  (``_statements._edit_reported``), beside a request of the speaker's own only the request acts;
- sarcasm: a mocking tag closing the text after a mark ("…, ага конечно", "…, yeah right",
  "…, any day now"), a mocking "since you're so" and an adjective ("…, раз такой щедрый"), a
  booster "while we're"; a request said before the tag (an imperative past a name or a
  courtesy, a need, a run-out) acts and the tag names no item;
- a refusal said to someone: a buying verb, then the hearer's own ("get your own crisps",
  "…, купите свой");
- a chat bot's command talked of inside a line ("вот так: /add хлеб — и всё"), a song's marks
  round the words, a question closed by a tag of curiosity ("…? просто интересно"), an
  incredulous "do you really think" ("ты серьёзно думаешь, что …"), thanks for a deed done
  ("thanks for adding …"), an extrapolation "at this rate";
- each read as a remark in its own clause (``_statements.remark``): a request the clause
  splitter reads outside it still acts, without the remark's words where they name no item
  (``_clauses.asks_outside``, ``_unserved.served_part``).

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
        "Tom, you added the bread twice, fix it",
        "Tom put chocolate on the list twice",
        "Tom put cake on the list yesterday",
        "Tom put chips on the list earlier",
        "the app added dog treats to Costco, Tom you genius",
        # sarcasm: a mocking tag closing the text, "since you're so", openers and boosters
        "Маша хочет покрасить кухню в розовый, ага конечно",
        "Tom will buy me a pony, yeah right",
        "Tom will fix the fence, any day now",
        "Петя мне яхту подарит, раз такой щедрый",
        "давай, купи мне ещё шубу, раз такая щедрая",
        "you'll get me a pony, since you're so rich",
        "Tom will hoover the stairs, as if",
        "Маша уберёт в комнате, ну-ну",
        "Tom will mow the lawn, yeah right",
        "yeah sure, let's get a hot tub while we're at it",
        # a refusal said to someone: buy your own
        "get your own crisps",
        "buy ur own coffee Tom",
        "этот сыр мой, купите свой",
        "Петя, а колу покупай свою",
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
        "at that rate we'll need a bigger fridge",
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
        # a run-out or a chore asked in a clause of its own beside an edit or thanks
        (
            "Tom added eggs, we've run out of cheese",
            ("start_job", (("cheese", _GROCERIES),), ()),
        ),
        (
            "thanks for cleaning, Tom, please take out the bins tonight",
            ("start_job", (), (("Take out the bins", "u-tom"),)),
        ),
        (
            "такими темпами надо помыть окна сегодня",
            ("start_job", (), (("Помыть окна", "u-anna"),)),
        ),
        # a refusal beside a request: the refused product is no item
        (
            "Tom, get your own crisps, and add bread for everyone",
            ("start_job", (("bread", _GROCERIES),), ()),
        ),
        ("Петя, купи хлеб, а колу покупай свою", ("start_job", (("хлеб", _GROCERIES),), ())),
        # a doubt asked, then a request in a sentence of its own; the speaker's own view asks
        (
            "you honestly think we have enough? fine, buy more rice",
            ("start_job", (("rice", _GROCERIES),), ()),
        ),
        (
            "вы правда думаете, что хватит? купите ещё сахара",
            ("start_job", (("сахар", _GROCERIES),), ()),
        ),
        (
            "I really think Tom should mow the lawn this weekend",
            ("start_job", (), (("Mow the lawn", "u-tom"),)),
        ),
        # a request before a mocking tag, past a name or a courtesy: the tag names no item
        ("Tom, mow the lawn, any day now", ("start_job", (), (("Mow the lawn", "u-tom"),))),
        ("please get bin bags, any day now", ("start_job", (("bin bags", _GROCERIES),), ())),
        ("we need bread, any day now", ("start_job", (("bread", _GROCERIES),), ())),
        ("Маша, купи мне розы, раз ты такая щедрая", ("start_job", (("розы", _GROCERIES),), ())),
        ("buy nappies, any day now", ("start_job", (("nappies", _GROCERIES),), ())),
        # a courtesy or a greeting before a bot's command
        ("please /add eggs", ("start_job", (("eggs", _GROCERIES),), ())),
        ("hi /add eggs", ("start_job", (("eggs", _GROCERIES),), ())),
    ],
)
def test_a_request_beside_a_remark_acts_alone(text: str, expected: tuple[Any, ...]) -> None:
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
        # a recall, then a request: asked
        ("oh yeah, totally forgot, add eggs", ("start_job", (("eggs", _GROCERIES),), ())),
    ],
)
def test_near_misses_keep_their_answers(text: str, expected: tuple[Any, ...]) -> None:
    assert _whole(text) == expected
