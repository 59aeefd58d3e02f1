"""Dynamic few-shot: the worked examples nearest to a command, shown to the model before it.

A small model copies far better than it follows instructions. The bank is read from golden
case files (the open half, ``golden/cases``: cases whose expectations are public; a path
under a ``sealed`` directory is refused, so held-back cases can never leak into a prompt).
Each case becomes an example: its text and the extraction a perfect model would answer,
made from the case's expectation. Left out: an answer the extraction schema refuses (a unit
it lacks), a "mixed" case whose expectation leaves its task or items unsaid, a text longer
than ``MAX_EXAMPLE_CHARS`` (it would cost every prompt it joins), and a repeated text.

Nearness is lemma overlap: the command's and each example's words are reduced to lemmas by
the rules' own morphology (pymorphy3 for Russian, suffix rules for English), and an example
scores the sum, over the lemmas it shares with the command, of how rare each lemma is in the
bank (inverse document frequency), so "buy" or "и" count for little and "молоко" for much.
An example from the command's own household scores ``SAME_HOUSEHOLD_BONUS`` more: its ids
are ones the model may copy. Ties keep the bank's order, so a command always gets the same
examples.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from policy_core import RulePolicy
from policy_llm._extraction import extraction_schema
from policy_llm._structured import schema_violations
from policy_llm.exceptions import LLMMisconfiguredError

__all__ = [
    "MAX_EXAMPLE_CHARS",
    "SAME_HOUSEHOLD_BONUS",
    "Example",
    "ExampleBank",
    "answer_from_case",
    "load_examples",
]

#: The longest example text kept.
MAX_EXAMPLE_CHARS = 200
#: What an example from the command's household adds to its score (a common word's weight
#: is about 1, a rare one's about 7).
SAME_HOUSEHOLD_BONUS = 2.0

_WORD = re.compile(r"\w+")
_CONTEXTS = "contexts.json"
_CONFIDENCE = 0.9  # what an example answer says of itself
# How much of a household name must occur in the text for an example to keep its id: a
# resolved default (the list no one named) is not something the model should copy.
_NAME_PREFIX = 4


@dataclass(frozen=True, slots=True)
class Example:
    """A command text, the extraction to answer it with, and its household's id."""

    text: str
    answer: Mapping[str, Any]
    household: str | None = None


class ExampleBank:
    """Examples, and the lemma index that finds the nearest ones to a text."""

    def __init__(self, examples: Sequence[Example], rules: RulePolicy) -> None:
        self._rules = rules
        self.examples = tuple(examples)
        self._lemmas = [self.lemmas(example.text) for example in self.examples]
        counts = Counter(lemma for lemmas in self._lemmas for lemma in lemmas)
        size = len(self.examples)
        self._weight = {lemma: math.log((1 + size) / (1 + n)) + 1 for lemma, n in counts.items()}

    def __len__(self) -> int:
        return len(self.examples)

    def lemmas(self, text: str) -> frozenset[str]:
        """The lemmas of ``text``'s words, as the rules read them."""
        info = self._rules.morphology.info
        return frozenset(info(word).lemma for word in _WORD.findall(text.casefold()))

    def nearest(self, text: str, k: int, household: str | None = None) -> tuple[Example, ...]:
        """The ``k`` examples sharing the most (rarity-weighted) lemmas with ``text``, the
        nearest *last* (next to the command, where a small model looks); an example with
        nothing in common is never chosen, nor one with the very same text."""
        if k <= 0:
            return ()
        wanted = self.lemmas(text)
        folded = text.casefold().strip()
        scored = (
            (
                sum(self._weight[lemma] for lemma in shared)
                + (SAME_HOUSEHOLD_BONUS if household and household == example.household else 0),
                -index,
            )
            for index, (example, lemmas) in enumerate(zip(self.examples, self._lemmas, strict=True))
            if (shared := wanted & lemmas) and example.text.casefold().strip() != folded
        )
        best = heapq.nlargest(k, scored)  # ties: the earlier example (larger -index) first
        return tuple(self.examples[-negated] for _, negated in reversed(best))


def load_examples(path: str | Path, rules: RulePolicy) -> ExampleBank:
    """The bank of every case in ``path`` (a golden ``.jsonl`` file or a directory of them,
    whose ``contexts.json`` sits in the same directory or the one above).

    Raises ``LLMMisconfiguredError`` (field ``examples``) for a missing path, a sealed one,
    or a case that cannot be read.
    """
    root = Path(path)
    if "sealed" in root.resolve().parts:
        raise LLMMisconfiguredError(
            "examples", f"{root} is sealed: examples come only from the open cases"
        )
    files = sorted(root.glob("*.jsonl")) if root.is_dir() else [root]
    if not files or not all(file.is_file() for file in files):
        raise LLMMisconfiguredError("examples", f"{root}: no golden case files (*.jsonl) there")
    contexts = _contexts(root if root.is_dir() else root.parent)
    schema = extraction_schema()
    examples: dict[str, Example] = {}
    for file in files:
        for number, line in enumerate(file.read_text("utf-8").splitlines(), 1):
            for example in _example(file, number, line, contexts) if line.strip() else ():
                if _usable(example, schema):
                    examples.setdefault(example.text.casefold().strip(), example)
    return ExampleBank(list(examples.values()), rules)


def _usable(example: Example, schema: Mapping[str, Any]) -> bool:
    answer = example.answer
    if len(example.text) > MAX_EXAMPLE_CHARS or schema_violations(answer, schema):
        return False
    return answer["intent"] != "mixed" or bool(answer["task"] and answer["items"])


def _contexts(folder: Path) -> Mapping[str, Any]:
    for candidate in (folder / _CONTEXTS, folder.parent / _CONTEXTS):
        if candidate.is_file():
            document = json.loads(candidate.read_text("utf-8"))
            return document if isinstance(document, dict) else {}
    return {}


def _example(file: Path, number: int, line: str, contexts: Mapping[str, Any]) -> Iterable[Example]:
    try:
        case = json.loads(line)
        command = case.get("command") or {}
        text = case.get("text") or command.get("text")
        named = contexts.get(case.get("context", ""), {})
        household = (command.get("context") or named.get("context") or {}).get("household", {})
        if not isinstance(text, str) or not text.strip():
            return ()
        ident = household.get("household_id")
        answer = answer_from_case(text, case["expected"], household)
        return (Example(text, answer, ident if isinstance(ident, str) else None),)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LLMMisconfiguredError(
            "examples", f"{file}:{number}: not a golden case ({type(exc).__name__})"
        ) from None


def _spoken(name: object, text: str) -> bool:
    """Whether a household name (a list's, member's, zone's) occurs in ``text``, allowing an
    inflected ending ("Пете" for "Петя")."""
    if not isinstance(name, str) or not name.strip():
        return False
    stem = name.casefold()[:_NAME_PREFIX] if len(name) > _NAME_PREFIX else name.casefold()[:3]
    return stem in text.casefold()


def _names(entries: object, key: str, label: str) -> dict[str, str]:
    if not isinstance(entries, list):
        return {}
    return {
        entry[key]: entry.get(label) or entry[key]
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get(key), str)
    }


def _number(value: object) -> int | float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return int(number) if number == number.to_integral_value() else float(number)


def answer_from_case(
    text: str, expected: Mapping[str, Any], household: Mapping[str, Any]
) -> dict[str, Any]:
    """The extraction a perfect model answers for a golden case's text.

    Ids the text does not name (a default list, the default assignee) are left null, as the
    prompt asks: the rules fill those in themselves.

    >>> answer_from_case("buy 2 l of milk", {"intent": "add_shopping_item",
    ...     "items": [{"name": "milk", "quantity": "2", "unit": "l"}],
    ...     "list_id": "l-groceries"}, {})["items"]
    [{'name': 'milk', 'quantity': 2, 'unit': 'l'}]
    """
    lists = _names(household.get("shopping_lists"), "list_id", "name")
    members = _names(household.get("members"), "user_id", "display_name")
    zones = _names(household.get("zones"), "zone_id", "name")

    def named(ident: object, names: Mapping[str, str]) -> str | None:
        if isinstance(ident, str) and ident in names and _spoken(names[ident], text):
            return ident
        return None

    items = [
        {
            "name": item["name"],
            "quantity": _number(item.get("quantity")),
            "unit": item.get("unit"),
        }
        for item in expected.get("items") or ()
    ]
    task = None
    wanted = expected.get("task")
    if isinstance(wanted, Mapping) and isinstance(wanted.get("title"), str):
        due = wanted.get("due")
        task = {
            "title": wanted["title"],
            "assignee_id": named(wanted.get("assignee_id"), members),
            "zone_id": named(wanted.get("zone_id"), zones),
            "due": due if isinstance(due, str) else None,
        }
    return {
        "intent": expected["intent"],
        "items": items,
        "list_id": named(expected.get("list_id"), lists),
        "task": task,
        "confidence": _CONFIDENCE,
    }
