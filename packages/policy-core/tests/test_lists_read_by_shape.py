"""Issue #12, the open world (SPEC §4.1), session 19: a list of products said with no verb,
none of them measured or known to the lexicon ("soccer cleats for jack", "хлебцы и хумус").

The rules read such a text by its shape (``_shopping.read_bare_list`` with ``by_shape``) and
it acts only when the evidence model scores its wording at least
``PolicySettings.min_list_evidence`` (0.7 by default): below it, nothing is read, as before.
The shape itself refuses words no product's name holds (a verb, a pronoun, a state word, a
member named first as a subject) and names it cannot split ("bread milk bananas").

The mechanism is tested with two models of our own, one that scores every row's wording high
and one that scores it low, so no row depends on the shipped weights; the last test checks the
shipped model's default on rows of our own. None is a corpus or golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core import PolicySettings, RulePolicy, decide, explain
from policy_core._evidence import EvidenceModel, evidence_terms
from policy_core._policy import default_policy
from policy_core.testing import FixedClock, items_of, make_command

READ = {
    "ski wax and goggle straps": ["ski wax", "goggle straps"],
    "нитки мулине и пяльцы": ["нитки мулине", "пяльцы"],
    "термос и налобный фонарик": ["термос", "налобный фонарик"],
    "ski wax and goggle straps for Tom": ["ski wax", "goggle straps"],  # whom for: no item
    "термос и налобный фонарик для Пети": ["термос", "налобный фонарик"],
}
# Each row is read when the shape's word tests are switched off (checked when they were
# written): only its own test refuses it.
REFUSED = [
    "goggles for Tom",  # one thing alone, named in one word
    "Tom asked for ski wax and goggle straps",  # a told verb
    "ski wax and goggle straps for her",  # a pronoun
    "ski wax and goggle straps, the broken ones",  # a state
    "Маша пяльцы и канву",  # a member named first, a word after the name
    "пяльцы и канва для него",  # a Russian personal pronoun (its part of speech)
    "пяльцы и канва больше",  # a Russian comparative (its part of speech)
    "нитки мулине, яркие",  # an adjective alone names no product
    "пяльцы и канва, урок",  # a lesson, by its lemma
    "rash and chills",  # symptoms
    "ski wax and an ad",  # a name of two letters
    "WD-40 and goggle straps",  # a code name typed with a number, which the readers split
]
ROWS = [*READ, *REFUSED]
_TERMS = {term: 0.001 for text in ROWS for term in evidence_terms(text)}
BELIEVER = EvidenceModel(6.0, _TERMS, "scores every row high")
DOUBTER = EvidenceModel(-6.0, _TERMS, "scores every row low")


def _decide(text: str, model: EvidenceModel, **settings: Any) -> dict[str, Any]:
    policy = RulePolicy(default_policy().morphology, evidence=model)
    chosen = PolicySettings(deterministic_ids=True, clock=FixedClock(), **settings)
    command = make_command(text, defaults={"default_list_id": "l-groceries"})
    return decide(command, chosen, policy=policy).to_json_dict()


def _asks_intent(document: dict[str, Any]) -> bool:
    return document["action"] == "clarify" and document["payload"]["missing_fields"] == ["intent"]


@pytest.mark.parametrize(("text", "names"), READ.items())
def test_a_list_read_by_its_shape_acts_on_the_models_word(text: str, names: list[str]) -> None:
    document = _decide(text, BELIEVER)
    assert document["action"] == "start_job"
    assert [name for name, _, _ in items_of(document)] == names


@pytest.mark.parametrize("text", READ)
def test_below_min_list_evidence_nothing_is_read(text: str) -> None:
    assert _asks_intent(_decide(text, DOUBTER))
    # the gate off (min_action_evidence 0) does not let a shape act without its evidence
    assert _asks_intent(_decide(text, DOUBTER, min_action_evidence=0.0))
    policy = RulePolicy(default_policy().morphology, evidence=DOUBTER)
    assert explain(make_command(text), PolicySettings(), policy=policy).intent == "unknown"


@pytest.mark.parametrize("text", READ)
def test_min_list_evidence_one_reads_no_list_by_its_shape(text: str) -> None:
    # a model certain to the last digit (its probability is 1.0 exactly) reads none either
    certain = EvidenceModel(1000.0, _TERMS, "scores every row 1")
    assert _decide(text, certain, min_list_evidence=0.99)["action"] == "start_job"
    assert _asks_intent(_decide(text, certain, min_list_evidence=1.0))
    doubted = _decide(text, DOUBTER, min_list_evidence=0.0, min_action_evidence=0.0)
    assert doubted["action"] == "start_job"


@pytest.mark.parametrize("text", REFUSED)
def test_words_no_product_holds_refuse_the_shape(text: str) -> None:
    assert _asks_intent(_decide(text, BELIEVER, min_list_evidence=0.0))


def test_the_shipped_model_holds_back_lists_of_things_not_bought() -> None:
    """With the shipped weights and the default settings, lists of the shape that name
    animals, weather or mail ask; each acts once ``min_list_evidence`` is 0, so the model,
    not the shape, holds it back."""
    for text in ("dogs and cats", "rain and wind", "кошки и собаки", "звонки и письма"):
        assert _asks_intent(decide(make_command(text), PolicySettings()).to_json_dict())
        assert decide(make_command(text), PolicySettings(min_list_evidence=0.0)).action == (
            "start_job"
        )


def test_the_setting_is_read_from_the_environment() -> None:
    settings = PolicySettings.from_env({"POLICY_MIN_LIST_EVIDENCE": "0.9"})
    assert settings.min_list_evidence == 0.9
    assert PolicySettings().min_list_evidence == 0.7
