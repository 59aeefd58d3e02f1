"""LLMSettings.from_env: everything off by default, every variable read, bad values named."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from policy_core import PolicyError
from policy_llm import ENV_VARIABLES, LLMMisconfiguredError, LLMSettings


class RecordingEnv(Mapping[str, str]):
    """An environment that remembers every name looked up in it."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)
        self.looked_up: set[str] = set()

    def __getitem__(self, name: str) -> str:
        self.looked_up.add(name)
        return self._values[name]

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.looked_up.add(name)
        return name in self._values

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("from_env must look variables up by name, not scan the environment")

    def __len__(self) -> int:
        return len(self._values)


def test_defaults_are_all_off() -> None:
    settings = LLMSettings.from_env({})
    assert settings == LLMSettings()
    assert settings.enabled is False
    assert settings.policy_file is None
    assert (settings.shadow.enabled, settings.assist.enabled, settings.partial_trust.enabled) == (
        False,
        False,
        False,
    )
    assert settings.any_mode is False
    assert settings.partial_trust.corridor == frozenset({"add_shopping_item"})


def test_the_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLM_POLICY_ENABLED", "true")
    monkeypatch.setenv("LLM_SHADOW_ENABLED", "on")
    assert LLMSettings.from_env().any_mode is True


def test_mode_flags_do_nothing_without_the_kill_switch() -> None:
    settings = LLMSettings.from_env(
        {"LLM_SHADOW_ENABLED": "1", "LLM_ASSIST_ENABLED": "1", "LLM_PARTIAL_TRUST_ENABLED": "1"}
    )
    assert settings.shadow.enabled
    assert settings.assist.enabled
    assert settings.partial_trust.enabled
    assert settings.enabled is False
    assert settings.any_mode is False


def test_from_env_reads_exactly_the_documented_variables() -> None:
    env = RecordingEnv({"LLM_POLICY_ENABLED": "true", "UNRELATED": "x"})
    LLMSettings.from_env(env)
    assert env.looked_up == set(ENV_VARIABLES)


Getter = Callable[[LLMSettings], Any]

READS: list[tuple[str, str, Getter, Any]] = [
    ("LLM_POLICY_ENABLED", "true", lambda s: s.enabled, True),
    ("LLM_POLICY_FILE", " /etc/llm/policy.toml ", lambda s: s.policy_file, Path("/etc/llm/policy.toml")),
    ("LLM_SHADOW_ENABLED", "yes", lambda s: s.shadow.enabled, True),
    ("LLM_SHADOW_SAMPLE_RATE", "0.25", lambda s: s.shadow.sample_rate, 0.25),
    ("LLM_SHADOW_BUDGET_MS", "750", lambda s: s.shadow.budget_ms, 750),
    ("LLM_SHADOW_QUEUE_SIZE", "8", lambda s: s.shadow.queue_size, 8),
    ("LLM_ASSIST_ENABLED", "ON", lambda s: s.assist.enabled, True),
    ("LLM_ASSIST_BUDGET_MS", "300", lambda s: s.assist.budget_ms, 300),
    ("LLM_ASSIST_SAMPLE_RATE", "0.25", lambda s: s.assist.sample_rate, 0.25),
    ("LLM_PARTIAL_TRUST_ENABLED", "1", lambda s: s.partial_trust.enabled, True),
    ("LLM_PARTIAL_TRUST_SAMPLE_RATE", "0.5", lambda s: s.partial_trust.sample_rate, 0.5),
    ("LLM_PARTIAL_TRUST_CORRIDOR", "create_task", lambda s: s.partial_trust.corridor, frozenset({"create_task"})),
    ("LLM_PARTIAL_TRUST_CORRIDOR", " add_shopping_item , create_task ", lambda s: s.partial_trust.corridor, frozenset({"add_shopping_item", "create_task"})),
    ("LLM_PARTIAL_TRUST_MIN_CONFIDENCE", "0.95", lambda s: s.partial_trust.min_confidence, 0.95),
    ("LLM_PARTIAL_TRUST_BUDGET_MS", "2000", lambda s: s.partial_trust.budget_ms, 2000),
    ("SERVE_TOKENS", " token-number-one-0123 , token-number-two-4567 ", lambda s: [t.get_secret_value() for t in s.serve.tokens], ["token-number-one-0123", "token-number-two-4567"]),
    ("SERVE_MAX_BODY_BYTES", "4096", lambda s: s.serve.max_body_bytes, 4096),
    ("SERVE_REQUEST_TIMEOUT_S", "2.5", lambda s: s.serve.request_timeout_s, 2.5),
    ("SERVE_SHUTDOWN_TIMEOUT_S", "0", lambda s: s.serve.shutdown_timeout_s, 0.0),
]  # fmt: skip


@pytest.mark.parametrize(("variable", "value", "get", "expected"), READS)
def test_every_variable_is_read(variable: str, value: str, get: Getter, expected: Any) -> None:
    assert get(LLMSettings.from_env({variable: value})) == expected
    assert get(LLMSettings()) != expected, "the row must change something"


def test_the_table_covers_every_documented_variable() -> None:
    assert {row[0] for row in READS} == set(ENV_VARIABLES)


@pytest.mark.parametrize(
    ("variable", "documented"),
    [
        (name, value)
        for name, value in ENV_VARIABLES.items()
        if name not in {"LLM_POLICY_FILE", "SERVE_TOKENS"}  # documented in words: none
    ],
)
def test_documented_defaults_are_the_defaults(variable: str, documented: str) -> None:
    assert LLMSettings.from_env({variable: documented}) == LLMSettings()


@pytest.mark.parametrize("spelling", ["1", "true", "TRUE", " yes ", "on", "On"])
def test_true_spellings(spelling: str) -> None:
    assert LLMSettings.from_env({"LLM_POLICY_ENABLED": spelling}).enabled is True


@pytest.mark.parametrize("spelling", ["0", "false", "False", "no", "off", "", "   "])
def test_false_spellings(spelling: str) -> None:
    assert LLMSettings.from_env({"LLM_POLICY_ENABLED": spelling}).enabled is False


@pytest.mark.parametrize(
    "variable", ["LLM_SHADOW_SAMPLE_RATE", "LLM_PARTIAL_TRUST_CORRIDOR", "LLM_ASSIST_BUDGET_MS"]
)
def test_an_empty_value_counts_as_unset(variable: str) -> None:
    assert LLMSettings.from_env({variable: "  "}) == LLMSettings()


BAD: list[tuple[str, str]] = [
    ("LLM_POLICY_ENABLED", "maybe"),
    ("LLM_POLICY_ENABLED", "2"),
    ("LLM_SHADOW_ENABLED", "enabled"),
    ("LLM_ASSIST_ENABLED", "y"),
    ("LLM_PARTIAL_TRUST_ENABLED", "tru"),
    ("LLM_SHADOW_SAMPLE_RATE", "1.5"),
    ("LLM_SHADOW_SAMPLE_RATE", "abc"),
    ("LLM_SHADOW_SAMPLE_RATE", "-0.1"),
    ("LLM_SHADOW_SAMPLE_RATE", "nan"),
    ("LLM_SHADOW_SAMPLE_RATE", "50%"),
    ("LLM_SHADOW_BUDGET_MS", "0"),
    ("LLM_SHADOW_BUDGET_MS", "1.5"),
    ("LLM_SHADOW_BUDGET_MS", "fast"),
    ("LLM_SHADOW_QUEUE_SIZE", "0"),
    ("LLM_SHADOW_QUEUE_SIZE", "-3"),
    ("LLM_ASSIST_BUDGET_MS", "-1"),
    ("LLM_ASSIST_SAMPLE_RATE", "-0.1"),
    ("LLM_PARTIAL_TRUST_SAMPLE_RATE", "1.01"),
    ("LLM_PARTIAL_TRUST_CORRIDOR", "payments"),
    ("LLM_PARTIAL_TRUST_CORRIDOR", "add_shopping_item,payments"),
    ("LLM_PARTIAL_TRUST_CORRIDOR", ","),
    ("LLM_PARTIAL_TRUST_CORRIDOR", " , , "),
    ("LLM_PARTIAL_TRUST_MIN_CONFIDENCE", "2"),
    ("LLM_PARTIAL_TRUST_MIN_CONFIDENCE", "high"),
    ("LLM_PARTIAL_TRUST_BUDGET_MS", "1e3x"),
    ("SERVE_TOKENS", "short-token"),
    ("SERVE_TOKENS", "a-long-enough-token-but-with-é-in-it"),
    ("SERVE_MAX_BODY_BYTES", "100"),
    ("SERVE_MAX_BODY_BYTES", "lots"),
    ("SERVE_REQUEST_TIMEOUT_S", "0"),
    ("SERVE_SHUTDOWN_TIMEOUT_S", "-1"),
]


@pytest.mark.parametrize(("variable", "value"), BAD)
def test_a_bad_value_names_its_variable(variable: str, value: str) -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        LLMSettings.from_env({variable: value})
    error = caught.value
    assert error.field == variable
    assert str(error).startswith(f"{variable}: ")
    assert error.error_type == "misconfigured"
    assert isinstance(error, PolicyError)
    assert error.__cause__ is None  # pydantic's own error (which quotes the input) is not chained


def test_the_first_bad_variable_is_named_among_good_ones() -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        LLMSettings.from_env(
            {
                "LLM_POLICY_ENABLED": "true",
                "LLM_SHADOW_ENABLED": "true",
                "LLM_PARTIAL_TRUST_SAMPLE_RATE": "7",
            }
        )
    assert caught.value.field == "LLM_PARTIAL_TRUST_SAMPLE_RATE"


def test_settings_are_frozen() -> None:
    settings = LLMSettings()
    with pytest.raises(ValidationError):
        settings.enabled = True  # type: ignore[misc]


def test_an_empty_corridor_is_refused_when_built_directly() -> None:
    with pytest.raises(ValidationError, match="at least one intent"):
        LLMSettings.model_validate({"partial_trust": {"corridor": []}})


def test_a_refused_token_is_never_shown() -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        LLMSettings.from_env({"SERVE_TOKENS": "good-token-0123456789,tiny-secret"})
    assert caught.value.field == "SERVE_TOKENS"
    assert "tiny-secret" not in str(caught.value)
    assert "good-token" not in str(caught.value)
    accepted = "x" * 20 + "-secret"
    assert accepted not in repr(LLMSettings.from_env({"SERVE_TOKENS": accepted}))
