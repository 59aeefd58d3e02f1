"""The evidence model (``_evidence``) and the ``min_action_evidence`` gate it serves."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_core import PolicySettings, RulePolicy, SettingsError, parse_command
from policy_core._evidence import (
    ANALYZER,
    SHIPPED_EVIDENCE,
    EvidenceModel,
    evidence_terms,
    parse_evidence_model,
)
from policy_core.testing import FixedClock, decide_text, make_command


def _settings(evidence: float) -> PolicySettings:
    return PolicySettings(deterministic_ids=True, clock=FixedClock(), min_action_evidence=evidence)


def test_terms_are_words_pairs_stems_and_edges_folded_as_the_rules_fold() -> None:
    terms = evidence_terms("Купи ЁЛОЧНЫЕ игрушки!")
    assert {"купи", "елочные", "игрушки", "!"} <= terms  # words and marks, case and ё folded
    assert {"купи елочные", "елочные игрушки", "игрушки !"} <= terms  # neighbours
    assert {"^ купи", "! $"} <= terms  # what opens and closes the text
    assert {"елочн~", "игруш~"} <= terms  # a word longer than five letters by its stem
    assert "купи~" not in terms  # a short word has no stem of its own
    assert evidence_terms("") == {"^ $"}


def test_a_model_adds_the_weights_of_the_terms_present_once() -> None:
    model = EvidenceModel(-1.0, {"купи": 2.0, "^ купи": 1.0, "свет": -5.0})
    assert model.probability("купи купи") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability("включи свет") == pytest.approx(1 / (1 + math.exp(6.0)))
    assert model.probability("что-то новое") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_a_model_has_no_opinion_of_a_text_none_of_whose_terms_it_weighs() -> None:
    """Words it never saw tell it nothing: the gate lets such a text act as the rules read
    it (a language the model was not fitted on), whatever the prior of the fitted data."""
    model = EvidenceModel(-3.0, {"свет": -5.0, "^ купи": 1.0})
    assert model.opinion("buy marshmallows") is None
    assert model.probability("buy marshmallows") == pytest.approx(1 / (1 + math.exp(3.0)))
    assert model.opinion("купи зефир") == pytest.approx(1 / (1 + math.exp(2.0)))
    assert model.opinion("включи свет") == pytest.approx(1 / (1 + math.exp(8.0)))
    assert SHIPPED_EVIDENCE.opinion("αγόρασε γάλα και ψωμί") is None


@given(
    st.lists(st.sampled_from(["купи", "молока", "молоко", "хлеб", "?", "!", "milk"]), max_size=8)
)
def test_the_score_sums_the_weights_of_evidence_terms_each_once(said: list[str]) -> None:
    """``probability`` looks the terms up by kind without building them: it weighs exactly
    ``evidence_terms``' set (a repeated word, pair or stem counts once)."""
    weights = {"купи": 0.5, "^ купи": 0.25, "молок~": 1.0, "молока $": -2.0, "купи купи": 4.0,
               "? $": -0.75, "^ $": 8.0, "хлеб ?": 0.125, "! milk": -1.5}  # fmt: skip
    model = EvidenceModel(-0.5, weights)
    text = " ".join(said)
    score = -0.5 + sum(weights.get(term, 0.0) for term in evidence_terms(text))
    assert model.probability(text) == pytest.approx(1 / (1 + math.exp(-score)))


@given(
    st.text(st.characters(categories=["L", "Nd", "Zs", "Po"]), max_size=120),
    st.sampled_from(["\u00ad", "\u200b", "\u2060"]),
)
def test_what_normalising_removes_changes_no_score(text: str, invisible: str) -> None:
    """The model reads the text as the rules do: a soft hyphen or a zero-width character
    inside every word (as pasted text carries them) changes nothing."""
    hidden = "".join(char + invisible if char.isalpha() else char for char in text)
    assert SHIPPED_EVIDENCE.probability(hidden) == SHIPPED_EVIDENCE.probability(text)


def test_look_alike_letters_score_as_the_letters_they_stand_for() -> None:
    assert SHIPPED_EVIDENCE.probability("Kупи хлe6") == SHIPPED_EVIDENCE.probability("купи хлеб")


def test_the_shipped_model_tells_requests_from_device_commands_and_questions() -> None:
    requests = ["купи два литра молока", "remind Tom to take out the trash tomorrow"]
    others = ["включи свет на кухне", "what's the weather tomorrow?", "сколько времени?"]
    lowest_request = min(SHIPPED_EVIDENCE.probability(text) for text in requests)
    assert all(SHIPPED_EVIDENCE.probability(text) < lowest_request for text in others)
    assert SHIPPED_EVIDENCE.fitted_on.startswith("golden open half")


def test_a_model_round_trips_through_its_json_form() -> None:
    model = EvidenceModel(0.5, {"b": -1.0, "a": 2.0}, "here")
    document = model.to_json()
    assert list(document["weights"]) == ["a", "b"]  # type: ignore[call-overload]
    assert parse_evidence_model(document) == model


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"analyzer": "chars/2", "bias": 0, "weights": {}}, "analyzer"),
        ({"analyzer": ANALYZER, "bias": "high", "weights": {}}, "numeric `bias`"),
        ({"analyzer": ANALYZER, "bias": math.nan, "weights": {}}, "numeric `bias`"),
        ({"analyzer": ANALYZER, "bias": math.inf, "weights": {}}, "numeric `bias`"),
        ({"analyzer": ANALYZER, "bias": True, "weights": {}}, "numeric `bias`"),
        ({"analyzer": ANALYZER, "bias": 0, "weights": []}, "`weights` object"),
        ({"analyzer": ANALYZER, "bias": 0, "weights": {"x" * 500: "1"}}, "not a number"),
        ({"analyzer": ANALYZER, "bias": 0, "weights": {"x": math.nan}}, "not a number"),
    ],
)
def test_a_malformed_model_is_refused_by_name(document: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        parse_evidence_model(document)
    assert len(str(caught.value)) < 120  # a long term is cut, not echoed whole


def test_an_execute_whose_wording_scores_below_the_setting_becomes_a_clarify() -> None:
    text = "купи молоко"
    score = SHIPPED_EVIDENCE.probability(text)
    assert 0.0 < score < 1.0
    acting = decide_text(text, _settings(max(0.0, score - 0.01)))
    asked = decide_text(text, _settings(min(1.0, score + 0.01)))
    assert acting["action"] == "start_job"
    assert asked["action"] == "clarify"
    assert asked["payload"]["missing_fields"] == ["intent"]
    assert asked["confidence"] <= min(0.5, acting["confidence"])
    # the explanation says the wording stopped it, with its score and the threshold
    floor = f"{min(1.0, score + 0.01):.3g}"
    assert asked["explanation"] == (
        f"Не выполнено: формулировка похожа на запрос к приложению на {score:.3g}, "
        f"ниже порога {floor}."
    )


def test_the_gate_weighs_executes_only() -> None:
    """A question or a device command answers as before whatever the setting."""
    for text in ("включи свет на кухне", "что на ужин?"):
        assert decide_text(text, _settings(1.0)) == decide_text(text, _settings(0.0))


def _acted_on_and_scored_low() -> str:
    """A command the rules act on whose wording the shipped model scores below the default
    (found among a few, so that a refit of the model cannot leave the test with nothing)."""
    candidates = [
        "я уже помыла посуду, помой посуду на неделе",
        "кстати, как там дела у Пети? пусть вынесет мусор",
        "ну вот опять, короче, добавь сыр",
        "лол, Петя, помой посуду",
    ]
    for text in candidates:
        if decide_text(text)["action"] == "start_job" and SHIPPED_EVIDENCE.probability(text) < 0.15:
            return text
    raise AssertionError("no candidate is both acted on and scored below 0.15")


def test_the_default_gate_is_on_and_the_testing_helper_reads_the_rules_alone() -> None:
    assert PolicySettings().min_action_evidence == pytest.approx(0.15)
    text = _acted_on_and_scored_low()
    assert decide_text(text)["action"] == "start_job"  # the rules alone
    assert decide_text(text, _settings(0.15))["action"] == "clarify"  # as a service answers


def test_a_refusal_for_a_capability_is_not_turned_into_a_question() -> None:
    text = _acted_on_and_scored_low()
    caps = ["start_job", "clarify", "reject"]
    alone = decide_text(text, capabilities=caps)
    gated = decide_text(text, _settings(0.15), capabilities=caps)
    assert gated == alone
    assert alone["payload"]["missing_fields"][0].startswith("capability.")


def test_a_reading_made_elsewhere_is_weighed_only_when_asked() -> None:
    rules, strict = RulePolicy(), _settings(1.0)
    command = parse_command(make_command("купи молоко"))
    extraction = rules.extract(command, strict)
    elsewhere = rules.decide_extraction(command, extraction, strict, decision_version="llm/x")
    own = rules.decide_extraction(
        command, extraction, strict, decision_version="rules", weigh_wording=True
    )
    assert elsewhere.action == "start_job"
    assert own.action == "clarify"
    assert own.to_json_dict()["action"] == rules.decide(command, strict).to_json_dict()["action"]


def test_min_action_evidence_from_the_environment() -> None:
    settings = PolicySettings.from_env({"POLICY_MIN_ACTION_EVIDENCE": " 0 "})
    assert settings.min_action_evidence == 0.0
    for bad in ("some", "nan", "-inf", "1.01", "-0.5"):
        with pytest.raises(SettingsError) as caught:
            PolicySettings.from_env({"POLICY_MIN_ACTION_EVIDENCE": bad})
        message = str(caught.value)
        assert "POLICY_MIN_ACTION_EVIDENCE" in message or "min_action_evidence" in message
