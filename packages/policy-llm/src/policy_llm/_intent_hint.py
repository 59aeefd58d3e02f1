"""The intent hint: which request a command is, where the rules recognised none.

Offered only where the rules read the text, found no request and no reason to ask
(``Extraction.unrecognised`` is ``nothing_recognised``: no question, no request to the
assistant, no list edit, no statement, nothing pasted, retracted or injected). The model's
reading says a purchase or a task; the rules decide every field. They read the command again
with an explicit trigger in front ("купи …"/"buy …", "напомни …"/"remind …") and their
reading is the one used, when

* the text asks nothing: no question mark, none of the rules' question words ("во сколько
  у Пети тренировка"; ``question``), and it is one sentence, not a letter, a notice or a
  greeting and something else (``several_sentences``);
* what the model read (items, or a title) is in the text (``not_grounded``), each item is one
  the rules read as an item, of at most three words and no span of time ("10 minutes";
  ``not_an_item``), and the command grants the action (``capability_not_granted``);
* the rules, reading with the trigger, read the model's intent and the same things: its items
  one to one, or a title whose every word is in the model's title, with nothing left to ask
  (``not_read_by_rules``); a reading of both at once is not hinted (``mixed_not_hinted``);
* more than the trigger says it is a request (``no_evidence``). A purchase: two items or more,
  and either a count the rules read on one of them with every number of the text a count
  ("capsicum x3, 1 red onion, garlic"), or the rules read the text as a purchase once its
  items are replaced by a product anyone buys ("get Baby Dove wash and cotton buds please"
  as "get milk and milk please"; "не надо покупать …" stays negated). A task: a member the
  text names as the doer, a due, and a title that names something past its verb ("tom - oil
  change next week"). A lone word the model calls an item ("thanks mate"), a report
  ("Петя выключил свет в ванной") or an arrival told ("Петя приедет в субботу") is neither;
* the reading accounts for the whole text (``text_unaccounted``): every word is one of the
  rules' items or title, a name of the household's (member, list, zone), a time word or a
  number, or a word in which the rules, asked to buy just it, find nothing ("please", "the",
  "dozen"). "get Baby Dove wash and cotton buds for the trip please" is refused for "trip".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from policy_core import Draft, Extraction
from policy_llm._agreement import grounded, same_words
from policy_llm._hint_judge import BUY, REMIND, WORD, HintJudge
from policy_observability import AssistHint

__all__ = ["INTENT_FIELD", "intent_hint"]

INTENT_FIELD = "intent"
_MIN_ITEMS = 2  # a list of things, not a lone word
_MAX_NAME_WORDS = 3  # a list's names are short ("red onion"), not a sentence cut up
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# What ends a sentence inside the text: a letter, a notice, a greeting and then something else.
_SENTENCE_BREAK = re.compile(r"[!;:\n]|\.\s+\S")
_END_MARKS = " \t\n.!"
_HINTED = ("add_shopping_item", "create_task", "mixed")


def intent_hint(judge: HintJudge, draft: Draft) -> tuple[AssistHint, Extraction | None]:
    """The hint for the intent of a command the rules recognised nothing in, and the rules'
    reading it leads to (None: refused or not offered)."""
    reason: str | None
    reading: Extraction | None = None
    if draft.intent not in _HINTED:
        return judge.hint(INTENT_FIELD, None, None), None
    if judge.asks():
        reason = "question"
    elif _SENTENCE_BREAK.search(judge.command.text.rstrip(_END_MARKS)):
        reason = "several_sentences"
    elif draft.intent == "mixed":
        reason = "mixed_not_hinted"
    elif draft.intent == "add_shopping_item":
        reason, reading = _purchase(judge, draft)
    else:
        reason, reading = _task(judge, draft)
    hint = judge.hint(INTENT_FIELD, draft.intent, reason)
    return hint, reading if hint.accepted else None


def _purchase(judge: HintJudge, draft: Draft) -> tuple[str | None, Extraction | None]:
    if not draft.items:
        return "not_grounded", None
    refused = judge.items(draft.items)
    if refused is not None:
        return refused, None
    if any(
        len(item.name.split()) > _MAX_NAME_WORDS or judge.is_time(item.name) for item in draft.items
    ):
        return "not_an_item", None  # a sentence cut up, or a span of time: no thing to buy
    reading = judge.reread(judge.command.text, BUY)
    ours = list(reading.items)
    if reading.intent != draft.intent or reading.missing or len(ours) != len(draft.items):
        return "not_read_by_rules", None
    for item in draft.items:
        match = next((o for o in ours if same_words(judge.rules, o.name, item.name)), None)
        if match is None:
            return "not_read_by_rules", None
        ours.remove(match)
    names = [item.name for item in reading.items]
    if len(names) < _MIN_ITEMS or not (_counted(judge, reading) or judge.buys(names)):
        return "no_evidence", None
    if judge.unaccounted(names):
        return "text_unaccounted", None
    return None, reading


def _counted(judge: HintJudge, reading: Extraction) -> bool:
    """At least one item is counted, and every number the text writes is a quantity of one
    of them (no price, time or address read as a count)."""
    items = reading.items
    counts = {_number(item.quantity) for item in items if item.quantity is not None}
    written = {_number(n) for n in _NUMBER.findall(judge.command.text)}
    return bool(counts) and written <= counts


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _has_object(judge: HintJudge, title: str) -> bool:
    """Past its first word (the verb), the title names something: "Oil change", "Picking up
    the dry cleaning"; "Приехать", an arrival told, names nothing to do."""
    return any(
        not judge.no_content(word) and not judge.is_time(word) for word in WORD.findall(title)[1:]
    )


def _task(judge: HintJudge, draft: Draft) -> tuple[str | None, Extraction | None]:
    title = draft.task.title if draft.task is not None else None
    if not title:
        return "not_grounded", None
    refused = judge.title(title)
    if refused is not None:
        return refused, None
    reading = judge.reread(judge.command.text, REMIND)
    task = reading.task
    if (
        reading.intent != draft.intent
        or reading.missing
        or task is None
        or not grounded(judge.rules, task.title, title)
    ):
        return "not_read_by_rules", None
    if task.assignee_from != "text" or task.due is None or not _has_object(judge, task.title):
        return "no_evidence", None  # a member named, when, and what to do it to
    if judge.unaccounted([task.title]):
        return "text_unaccounted", None
    return None, reading
