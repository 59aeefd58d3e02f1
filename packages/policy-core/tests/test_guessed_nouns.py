"""Issue #12, ninth batch: a word no dictionary holds is read as a noun before a verb.

Slang and coined names of things ("очистник", "обувник", "вешайник") are not in the Russian
dictionary; the analyser guesses them from their ending, and for "-ник" a past verb
("…никнуть") comes out as likely as the noun. The dictionary has the verbs, so such a word is
a noun when a noun reading is as likely: it may be bought and needed. Each row is decided
through ``decide()`` against the bilingual test household (``policy_core.testing``); none is a
golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("нужен очистник для плиты", ["очистник для плиты"]),
        ("купи обувник", ["обувник"]),
        ("нужен вешайник", ["вешайник"]),
        ("возьми варежник", ["варежник"]),
    ],
)
def test_a_guessed_noun_is_bought(text: str, names: list[str]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert item_names(document) == names
