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
    "anti-fog spray for the mask": ["anti-fog spray"],
    "нитки мулине и пяльцы": ["нитки мулине", "пяльцы"],
    "термос и налобный фонарик": ["термос", "налобный фонарик"],
    "cereal for Tom": ["cereal"],  # whom it is for is no item
    "йогурт для Маши": ["йогурт"],
}
REFUSED = [
    "Tom asked for ski wax",  # a subject and its verb
    "Lucy's waxing her skis tonight",  # a member named first, then a word
    "goggle straps, 3 of them broken",  # a pronoun
    "ski wax's gone",  # a state
    "пяльцы больше не нужны",  # a comparative, a negation
    "Маша просила пяльцы",  # a verb
    "нитки мулине, яркие",  # an adjective alone names no product
    "wax goggles straps",  # one name or three
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
    assert _asks_intent(_decide(text, BELIEVER, min_list_evidence=1.0))
    doubted = _decide(text, DOUBTER, min_list_evidence=0.0, min_action_evidence=0.0)
    assert doubted["action"] == "start_job"


@pytest.mark.parametrize("text", REFUSED)
def test_words_no_product_holds_refuse_the_shape(text: str) -> None:
    assert _asks_intent(_decide(text, BELIEVER, min_list_evidence=0.0))


@pytest.mark.parametrize(
    "text",
    [
        "the blue one",  # a reply
        "great pizza",  # a rating
        "2 tickets",  # a count
    ],
)
def test_the_shipped_model_reads_no_reply_as_a_list(text: str) -> None:
    document = decide(make_command(text), PolicySettings()).to_json_dict()
    assert _asks_intent(document)


def test_the_setting_is_read_from_the_environment() -> None:
    settings = PolicySettings.from_env({"POLICY_MIN_LIST_EVIDENCE": "0.9"})
    assert settings.min_list_evidence == 0.9
    assert PolicySettings().min_list_evidence == 0.7
