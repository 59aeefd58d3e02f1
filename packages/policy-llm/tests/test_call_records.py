"""The LLM call on the records: provider, models, tokens and estimated cost (record schema 2).

A real HybridPolicy against the scripted LLM, whose every completion reports 11 prompt and 7
completion tokens and says it came from ``served-model`` (the policy asks for ``m``). The
policy file prices ``m``; the records carry what the calls cost, and ``policy-obs aggregate``
adds each call up once, by model and mode.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hybrid_harness import Build, every_mode, only, settle, valid_records
from scripted_llm import SERVED_MODEL, Reply, ScriptedLLM, extraction

from policy_core.testing import make_command
from policy_llm import (
    AssistSettings,
    LLMMisconfiguredError,
    PartialTrustSettings,
    ShadowSettings,
    load_policy_file,
)
from policy_observability import LogType, aggregate_paths

PROMPT, COMPLETION = 11, 7  # what the scripted LLM reports for every completion
PRICE_IN, PRICE_OUT = 0.15, 0.60  # dollars per million tokens of "m" in the policy file
COST = (PROMPT * PRICE_IN + COMPLETION * PRICE_OUT) / 1_000_000
CALL_KEYS = (
    "gen_ai.provider.name",
    "gen_ai.request.model",
    "gen_ai.response.model",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "estimated_cost_usd",
)


@pytest.fixture
def priced(llm: ScriptedLLM) -> ScriptedLLM:
    """The scripted LLM with a policy file that prices the model it is asked for."""
    with llm.policy_file.open("a", encoding="utf-8") as file:
        file.write(f'\n[prices."m"]\ninput = {PRICE_IN}\noutput = "{PRICE_OUT}"\n')
    return llm


def call_of(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[key] for key in CALL_KEYS)


ANSWERED = ("openai", "m", SERVED_MODEL, PROMPT, COMPLETION, pytest.approx(COST))


def test_every_record_of_a_call_carries_its_model_tokens_and_cost(
    build: Build, priced: ScriptedLLM
) -> None:
    priced.script = extraction(items=["молоко", "водка"])  # refused by partial trust
    policy, logs = build(**every_mode())
    policy.decide(make_command("купи молоко"))
    settle(policy)
    assert priced.count == 1  # one reading for every mode
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    fallback = only(logs, LogType.FALLBACK_METRICS)
    shadow = only(logs, LogType.SHADOW_ROUTER)
    for record in (risk, fallback, shadow):
        assert call_of(record) == ANSWERED, record["log_type"]
        assert record["gen_ai.client.operation.duration"] > 0
        assert record["error.type"] is None
    assert shadow["reused_reading"] is True  # so its tokens are the decision's call's
    assert fallback["mode"] == "partial_trust"
    valid_records(logs)


def test_the_tokens_of_a_repaired_answer_add_up_every_completion(
    build: Build, priced: ScriptedLLM
) -> None:
    priced.script = lambda request: extraction(items=["чай"]) if request.repair else "no JSON"
    policy, logs = build(assist=AssistSettings(enabled=True))
    policy.decide(make_command("купи что-нибудь к чаю"))
    assert priced.count == 2  # the answer that was not JSON, then its repair
    record = only(logs, LogType.ASSIST)
    assert record["gen_ai.usage.input_tokens"] == 2 * PROMPT
    assert record["gen_ai.usage.output_tokens"] == 2 * COMPLETION
    assert record["estimated_cost_usd"] == pytest.approx(2 * COST)


def test_a_model_without_a_price_has_tokens_and_no_cost(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(shadow=ShadowSettings(enabled=True, sample_rate=1.0))
    policy.decide(make_command("купи молоко"))
    settle(policy)
    shadow = only(logs, LogType.SHADOW_ROUTER)
    assert call_of(shadow) == ("openai", "m", SERVED_MODEL, PROMPT, COMPLETION, None)
    assert shadow["reused_reading"] is False  # the shadow's own call


def test_a_failed_call_names_the_model_asked_and_no_tokens(
    build: Build, priced: ScriptedLLM
) -> None:
    priced.script = Reply(status=500)
    policy, logs = build(partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0))
    policy.decide(make_command("купи молоко"))
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert call_of(fallback) == ("openai", "m", None, None, None, None)
    assert fallback["error.type"] == "unavailable"
    assert fallback["gen_ai.client.operation.duration"] is None
    valid_records(logs)


def test_a_command_that_was_not_sampled_names_no_call(build: Build, priced: ScriptedLLM) -> None:
    policy, logs = build(partial_trust=PartialTrustSettings(enabled=True, sample_rate=0.0))
    policy.decide(make_command("купи молоко"))
    assert priced.count == 0
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert fallback["llm_outcome"] == "skipped"
    assert call_of(fallback) == (None,) * len(CALL_KEYS)


def test_the_aggregation_counts_each_call_once_by_model_and_mode(
    build: Build, priced: ScriptedLLM, tmp_path: Path
) -> None:
    priced.script = extraction(items=["молоко"])
    # Partial trust reads "купи молоко" and the shadow reuses its reading; "вынеси мусор" is
    # no corridor intent here, so the shadow calls on its own.
    policy, logs = build(
        shadow=ShadowSettings(enabled=True, sample_rate=1.0),
        partial_trust=PartialTrustSettings(
            enabled=True, sample_rate=1.0, corridor=frozenset({"add_shopping_item"})
        ),
    )
    policy.decide(make_command("купи молоко", command_id="c-1"))
    policy.decide(make_command("Пете вынести мусор завтра", command_id="c-2"))
    settle(policy)
    assert priced.count == 2
    for kind in LogType:
        lines = [json.dumps(record) for record in logs.records(kind)]
        (tmp_path / f"{kind.value}.jsonl").write_text("".join(f"{line}\n" for line in lines))
    usage = aggregate_paths([tmp_path])["llm_usage"]
    one_call = {
        "calls": 1,
        "input_tokens": PROMPT,
        "output_tokens": COMPLETION,
        "priced_calls": 1,
        "estimated_cost_usd": round(COST, 6),
    }
    assert sorted(usage["by_model_and_mode"], key=lambda row: row["mode"]) == [
        {"model": "m", "mode": "partial_trust", **one_call},
        {"model": "m", "mode": "shadow", **one_call},
    ]
    assert usage["total"]["calls"] == priced.count


@pytest.mark.parametrize(
    ("table", "field", "problem"),
    [
        ('input = "cheap"\noutput = 0.6', "prices.m.input", "US dollars per million tokens"),
        ("input = -0.15\noutput = 0.6", "prices.m.input", "greater than or equal to 0"),
        ("input = 0.15\noutput = nan", "prices.m.output", "finite"),
        ("input = 0.15\noutput = true", "prices.m.output", "boolean"),
        ("input = 0.15", "prices.m.output", "required key is missing"),
        ("input = 0.15\noutput = 0.6\ncurrency = 'EUR'", "prices.m.currency", "unknown key"),
    ],
)
def test_a_bad_price_is_a_named_configuration_error(
    llm: ScriptedLLM, table: str, field: str, problem: str
) -> None:
    with llm.policy_file.open("a", encoding="utf-8") as file:
        file.write(f"\n[prices.m]\n{table}\n")
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(llm.policy_file, llm.environ())
    assert caught.value.field == field
    assert problem in str(caught.value)
    assert str(llm.policy_file) in str(caught.value)
