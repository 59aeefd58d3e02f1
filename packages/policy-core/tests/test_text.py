"""Tokens: whole words with their original spelling, a folded form and exact spans."""

from __future__ import annotations

import pytest

from policy_core._text import normalise_text, tokenize
from policy_core.lang import BUILT_IN


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        ("Купи 2 литра молока, в 18:00!", ["купи", "2", "литра", "молока", ",", "в", "18:00", "!"]),
        ("Ёлку и ЁЖИКА", ["елку", "и", "ежика"]),
        ("don’t buy 1,5 kg", ["don't", "buy", "1.5", "kg"]),
        ("Straße и Ёж", ["strasse", "и", "еж"]),  # "ß" folds to two letters: per-word path
        ("робот-пылесос 2кг", ["робот-пылесос", "2", "кг"]),
        ("zero\u200bwidth", ["zerowidth"]),
    ],
)
def test_tokens_fold_and_keep_their_spans(text: str, norms: list[str]) -> None:
    normalised = normalise_text(text, BUILT_IN.vocabulary.text)
    tokens = tokenize(normalised, BUILT_IN.vocabulary.text)
    assert [t.norm for t in tokens] == norms
    for token in tokens:
        assert normalised[token.start : token.end] == token.text
