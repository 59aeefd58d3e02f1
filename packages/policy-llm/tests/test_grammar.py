"""The GBNF grammar made from a schema: everything it admits the schema accepts, and the
answers a model should give are admitted.

The grammar is read back by a small GBNF reader written for these tests (the subset
``_grammar`` writes: literals, character classes, groups, ``|``, ``?``, ``*``, ``{m,n}``),
which both generates random sentences and recognises given ones.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from policy_llm._chat_api import chat_body
from policy_llm._extraction import extraction_schema
from policy_llm._grammar import schema_grammar
from policy_llm._structured import schema_violations
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import LLMMisconfiguredError

# -- a GBNF reader ----------------------------------------------------------------------------

_TOKEN = re.compile(
    r'\s*(?:(?P<lit>"(?:\\.|[^"\\])*")|(?P<cls>\[(?:\\.|[^\]\\])*\])|(?P<name>[a-z][a-z0-9-]*)'
    r"|(?P<rep>\{\d+(?:,\d*)?\})|(?P<op>[()|?*+]))"
)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", '"': '"', "]": "]", "/": "/"}


def _unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            code = text[index + 1]
            if code == "x":
                out.append(chr(int(text[index + 2 : index + 4], 16)))
                index += 4
                continue
            out.append(_ESCAPES[code])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


@dataclass(frozen=True)
class Node:
    kind: str  # lit, cls, ref, seq, alt, rep
    value: Any = None
    parts: tuple[Node, ...] = ()
    low: int = 0
    high: int | None = None


def _class_matcher(body: str) -> tuple[bool, list[tuple[str, str]]]:
    negated = body.startswith("^")
    chars = _unescape_class(body[1:] if negated else body)
    ranges, index = [], 0
    while index < len(chars):
        if index + 2 < len(chars) and chars[index + 1] == "-":
            ranges.append((chars[index], chars[index + 2]))
            index += 3
        else:
            ranges.append((chars[index], chars[index]))
            index += 1
    return negated, ranges


def _unescape_class(text: str) -> list[str]:
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\":
            code = text[index + 1]
            if code == "x":
                out.append(chr(int(text[index + 2 : index + 4], 16)))
                index += 4
                continue
            out.append(_ESCAPES[code])
            index += 2
            continue
        out.append(text[index])
        index += 1
    return out


def _parse_expression(tokens: list[tuple[str, str]], at: int) -> tuple[Node, int]:
    options, sequence = [], []
    while at < len(tokens):
        kind, text = tokens[at]
        if kind == "op" and text == ")":
            break
        if kind == "op" and text == "|":
            options.append(Node("seq", parts=tuple(sequence)))
            sequence = []
            at += 1
            continue
        if kind == "op" and text == "(":
            node, at = _parse_expression(tokens, at + 1)
            at += 1  # the ")"
        elif kind == "lit":
            node, at = Node("lit", _unescape(text[1:-1])), at + 1
        elif kind == "cls":
            node, at = Node("cls", _class_matcher(text[1:-1])), at + 1
        elif kind == "name":
            node, at = Node("ref", text), at + 1
        else:
            raise AssertionError(f"unexpected {text!r}")
        while at < len(tokens) and (tokens[at][0] == "rep" or tokens[at][1] in "?*+"):
            text = tokens[at][1]
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}.get(text, (0, None))
            if text.startswith("{"):
                low_text, _, high_text = text[1:-1].partition(",")
                low = int(low_text)
                high = int(high_text) if high_text else (None if "," in text else low)
            node = Node("rep", parts=(node,), low=low, high=high)
            at += 1
        sequence.append(node)
    options.append(Node("seq", parts=tuple(sequence)))
    return (options[0] if len(options) == 1 else Node("alt", parts=tuple(options))), at


def parse_grammar(text: str) -> dict[str, Node]:
    rules = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, body = line.partition(" ::= ")
        tokens = [
            (match.lastgroup or "", match.group(match.lastgroup or 0))
            for match in _TOKEN.finditer(body)
        ]
        assert "".join(t for _, t in tokens).replace(" ", "") == body.replace(" ", ""), line
        rules[name], _ = _parse_expression(tokens, 0)
    return rules


_POOL = [chr(c) for c in range(0x20, 0x7F)] + list("ёжЖ€\u00e9\t\n\x00\x7f")


class Grammar:
    def __init__(self, text: str) -> None:
        self.rules = parse_grammar(text)
        self._members: dict[int, list[str]] = {}

    def sample(self, rng: random.Random) -> str:
        return self._sample(self.rules["root"], rng, 0)

    def _sample(self, node: Node, rng: random.Random, depth: int) -> str:
        if node.kind == "lit":
            return str(node.value)
        if node.kind == "cls":
            members = self._members.get(id(node))
            if members is None:
                members = [c for c in _POOL if _in_class(node.value, c)]
                self._members[id(node)] = members
            return rng.choice(members)
        if node.kind == "ref":
            return self._sample(self.rules[node.value], rng, depth + 1)
        if node.kind == "seq":
            return "".join(self._sample(part, rng, depth) for part in node.parts)
        if node.kind == "alt":
            return self._sample(rng.choice(node.parts), rng, depth)
        high = node.high if node.high is not None else node.low + 3
        count = rng.choice([node.low, high, rng.randint(node.low, high)])
        return "".join(self._sample(node.parts[0], rng, depth) for _ in range(count))

    def accepts(self, text: str) -> bool:
        return len(text) in self._match(self.rules["root"], text, 0)

    def _match(self, node: Node, text: str, at: int) -> set[int]:
        if node.kind == "lit":
            return {at + len(node.value)} if text.startswith(node.value, at) else set()
        if node.kind == "cls":
            return {at + 1} if at < len(text) and _in_class(node.value, text[at]) else set()
        if node.kind == "ref":
            return self._match(self.rules[node.value], text, at)
        if node.kind == "alt":
            return set().union(*(self._match(part, text, at) for part in node.parts))
        if node.kind == "seq":
            ends = {at}
            for part in node.parts:
                ends = set().union(*(self._match(part, text, end) for end in ends))
            return ends
        ends, frontier, count = set(), {at}, 0
        while frontier and (node.high is None or count <= node.high):
            if count >= node.low:
                ends |= frontier
            if node.high is not None and count == node.high:
                break
            frontier = set().union(*(self._match(node.parts[0], text, e) for e in frontier))
            frontier -= {e for e in frontier if e in ends and count >= node.low}
            count += 1
        return ends


def _in_class(matcher: tuple[bool, list[tuple[str, str]]], char: str) -> bool:
    negated, ranges = matcher
    inside = any(low <= char <= high for low, high in ranges)
    return inside != negated


# -- the tests --------------------------------------------------------------------------------

SCHEMA = extraction_schema()


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return Grammar(schema_grammar(SCHEMA))


def samples(grammar: Grammar, count: int) -> Iterator[str]:
    rng = random.Random(17)
    for _ in range(count):
        yield grammar.sample(rng)


def test_every_sentence_of_the_grammar_is_a_valid_answer(grammar: Grammar) -> None:
    for sentence in samples(grammar, 400):
        document = json.loads(sentence)
        assert schema_violations(document, SCHEMA) == (), sentence


def test_the_answers_a_model_should_give_are_admitted(grammar: Grammar) -> None:
    answers = [
        {
            "intent": "add_shopping_item",
            "items": [
                {"name": "молоко", "quantity": 2, "unit": "l"},
                {"name": 'the "best" bread', "quantity": 0.5, "unit": None},
            ],
            "list_id": "l-groceries",
            "task": None,
            "confidence": 0.9,
        },
        {
            "intent": "create_task",
            "items": [],
            "list_id": None,
            "task": {
                "title": "вынести мусор",
                "assignee_id": "u-petya",
                "zone_id": None,
                "due": "2026-03-05T19:00:00+03:00",
            },
            "confidence": 1,
        },
    ]
    for answer in answers:
        for text in (json.dumps(answer, ensure_ascii=False), json.dumps(answer)):
            assert grammar.accepts(text), text


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("confidence", 1.5),
        ("confidence", -0.1),
        ("quantity", 0),
        ("quantity", -2),
        ("unit", "tonne"),
        ("intent", "buy"),
    ],
)
def test_out_of_bounds_answers_are_not_admitted(grammar: Grammar, change: str, value: Any) -> None:
    answer: dict[str, Any] = {
        "intent": "add_shopping_item",
        "items": [{"name": "milk", "quantity": 1, "unit": None}],
        "list_id": None,
        "task": None,
        "confidence": 0.5,
    }
    if change in ("quantity", "unit"):
        answer["items"][0][change] = value
    else:
        answer[change] = value
    assert schema_violations(answer, SCHEMA)
    assert not grammar.accepts(json.dumps(answer))


@pytest.mark.parametrize("quantity", ["100000", "1e3", "2.1234567"])
def test_the_grammar_is_stricter_than_the_schema_where_it_says(
    grammar: Grammar, quantity: str
) -> None:
    """Fewer integral digits than the maximum, no exponent, six decimals at most."""
    text = (
        '{"intent": "add_shopping_item", "items": [{"name": "milk", "quantity": '
        + quantity
        + ', "unit": null}], "list_id": null, "task": null, "confidence": 0.5}'
    )
    assert schema_violations(json.loads(text), SCHEMA) == ()
    assert not grammar.accepts(text)


def test_whitespace_is_at_most_one_space(grammar: Grammar) -> None:
    assert grammar.accepts(
        '{"intent":"unknown","items":[],"list_id":null,"task":null,"confidence":0}'
    )
    assert not grammar.accepts(
        '{"intent":  "unknown","items":[],"list_id":null,"task":null,"confidence":0}'
    )
    assert not grammar.accepts(
        '{"intent":"unknown",\n"items":[],"list_id":null,"task":null,"confidence":0}'
    )


def test_too_many_items_are_not_admitted(grammar: Grammar) -> None:
    item = {"name": "x", "quantity": None, "unit": None}

    def answer(count: int) -> str:
        document = {"intent": "add_shopping_item", "items": [item] * count, "list_id": None}
        return json.dumps({**document, "task": None, "confidence": 0.5})

    assert grammar.accepts(answer(20))
    assert not grammar.accepts(answer(21))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^a+$"},
        {"type": "number", "minimum": -5},
        {"type": "number", "maximum": 0.5, "minimum": 0},
        {"type": "object", "properties": {"a": {"type": "null"}}, "required": []},
        {"type": "object", "properties": {"a": {"type": "null"}}, "required": ["a"]},
        {"type": "array", "items": {"type": "null"}, "uniqueItems": True},
        {},
    ],
    ids=["pattern", "negative", "max-below-1", "optional", "open-object", "unique", "any"],
)
def test_what_cannot_be_expressed_exactly_is_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(LLMMisconfiguredError, match="no grammar for") as caught:
        schema_grammar(schema)
    assert caught.value.field == "schema"


def test_grammar_mode_sends_the_grammar_and_no_response_format() -> None:
    request = ChatRequest(
        messages=({"role": "user", "content": "buy milk"},),
        model="m",
        structured="grammar",
        schema=SCHEMA,
    )
    body = chat_body(request)
    assert body["grammar"] == schema_grammar(SCHEMA)
    assert "response_format" not in body


def test_llama_cpp_reads_the_grammar() -> None:
    llama_grammar = pytest.importorskip("llama_cpp.llama_grammar")
    assert llama_grammar.LlamaGrammar.from_string(schema_grammar(SCHEMA), verbose=False)
