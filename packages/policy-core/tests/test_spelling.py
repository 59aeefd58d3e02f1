"""Typos spelled as pronounced are corrected; known words are never touched."""

from __future__ import annotations

import pytest

from policy_core import decide
from policy_core._morphology import Morphology
from policy_core._spelling import RussianSpeller
from policy_core.lang import BUILT_IN


@pytest.fixture(scope="module")
def morphology() -> Morphology:
    return Morphology()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("хлеп", "хлеб"),  # voiced/voiceless
        ("малако", "молоко"),  # two unstressed vowels
        ("калбасу", "колбасу"),
        ("памидоры", "помидоры"),
        ("агурцы", "огурцы"),
        ("зафтра", "завтра"),
        ("мусар", "мусор"),
        ("ваной", "ванной"),  # a double consonant typed once
    ],
)
def test_pronounced_spellings_are_corrected(morphology: Morphology, typed: str, meant: str) -> None:
    assert morphology.info(typed).norm == meant


@pytest.mark.parametrize("word", ["молочко", "купи", "пете", "хозтовары", "мусор", "кот", "papaya"])
def test_known_words_and_latin_are_left_alone(morphology: Morphology, word: str) -> None:
    assert morphology.info(word).norm == word


def test_uncorrectable_words_stay_as_typed() -> None:
    speller = RussianSpeller(frozenset({"хлеб"}).__contains__, BUILT_IN.vocabulary.morphology)
    assert speller.correct("абырвалг") == "абырвалг"
    assert speller.correct("хлп") == "хлп"  # too short to guess


def test_a_typo_reaches_the_decision(morphology: Morphology) -> None:
    document = decide(
        {
            "command_id": "c",
            "user_id": "u",
            "text": "напомни пете зафтра вынести мусар",
            "timestamp": "2026-03-04T10:00:00+03:00",
            "capabilities": ["propose_create_task"],
            "context": {
                "household": {
                    "members": [{"user_id": "u"}, {"user_id": "p", "display_name": "Петя"}]
                }
            },
        }
    ).to_json_dict()
    task = document["payload"]["task"]
    assert task["assignee_id"] == "p"
    assert task["due"] == "2026-03-05"
    assert task["title"] == "Вынести мусар"  # the title keeps the user's own words
