"""EndpointSettings: what it accepts, what it refuses (naming the field), and the key hidden."""

from __future__ import annotations

import doctest
import json
from typing import Any

import pytest
from pydantic import ValidationError

from policy_llm import _endpoint
from policy_llm._endpoint import EndpointSettings

KEY = "sk-endpoint-MARKER-93ab1c"
GOOD: dict[str, Any] = {"base_url": "http://127.0.0.1:8080/v1", "api_key": KEY, "model": "smollm2"}


def build(**changes: Any) -> EndpointSettings:
    return EndpointSettings(**{**GOOD, **changes})


def test_defaults() -> None:
    settings = build()
    assert (settings.connect_timeout_s, settings.max_retries, settings.max_response_bytes) == (
        3.0,
        2,
        2_000_000,
    )
    assert (settings.breaker_failures, settings.breaker_cooldown_s) == (5, 30.0)
    assert (settings.backoff_initial_s, settings.backoff_max_s, settings.retry_after_cap_s) == (
        0.25,
        4.0,
        10.0,
    )
    assert settings.max_connections == 10


@pytest.mark.parametrize(
    ("base_url", "chat_url"),
    [
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1/chat/completions"),
        ("https://api.openai.com/v1/", "https://api.openai.com/v1/chat/completions"),
        (" http://llm.internal ", "http://llm.internal/chat/completions"),
    ],
)
def test_the_chat_url_hangs_off_the_base_url(base_url: str, chat_url: str) -> None:
    assert build(base_url=base_url).chat_url == chat_url


def test_values_given_as_strings_are_read_as_numbers() -> None:
    # a policy file's ${VAR} substitution yields strings
    settings = build(max_retries="3", connect_timeout_s="1.5")
    assert (settings.max_retries, settings.connect_timeout_s) == (3, 1.5)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("base_url", "ftp://127.0.0.1/v1"),
        ("base_url", "127.0.0.1:8080/v1"),
        ("base_url", "http:///v1"),
        ("base_url", "http://127.0.0.1:99999/v1"),
        ("base_url", "http://127.0.0.1/v1?key=1"),
        ("base_url", "http://user:pw@127.0.0.1/v1"),
        ("base_url", 8080),
        ("model", ""),
        ("model", "   "),
        ("model", ["smollm2"]),
        ("api_key", 12345),
        ("connect_timeout_s", 0),
        ("connect_timeout_s", -1.0),
        ("connect_timeout_s", float("inf")),
        ("connect_timeout_s", "soon"),
        ("max_retries", -1),
        ("max_retries", 2.5),
        ("backoff_initial_s", -0.1),
        ("retry_after_cap_s", -1),
        ("max_response_bytes", 0),
        ("breaker_failures", 0),
        ("breaker_cooldown_s", -5),
        ("max_connections", 0),
    ],
)
def test_bad_values_are_refused_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        build(**{field: value})
    assert [error["loc"] for error in caught.value.errors()] == [(field,)]


def test_required_fields_are_named_when_missing() -> None:
    with pytest.raises(ValidationError) as caught:
        EndpointSettings()  # type: ignore[call-arg]
    assert {error["loc"] for error in caught.value.errors()} == {
        ("base_url",),
        ("api_key",),
        ("model",),
    }


def test_backoff_bounds_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="backoff_max_s must be >= backoff_initial_s"):
        build(backoff_initial_s=2.0, backoff_max_s=1.0)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        build(retries=3)
    assert caught.value.errors()[0]["loc"] == ("retries",)


def test_settings_are_frozen() -> None:
    settings = build()
    with pytest.raises(ValidationError):
        settings.model = "other"  # type: ignore[misc]


def test_the_key_is_never_shown() -> None:
    settings = build()
    shown = [
        repr(settings),
        str(settings),
        repr(settings.model_dump()),
        settings.model_dump_json(),
        json.dumps(settings.model_dump(mode="json")),
    ]
    assert not [text for text in shown if KEY in text]
    assert settings.api_key.get_secret_value() == KEY


@pytest.mark.parametrize(
    "changes",
    [{"api_key_value": KEY}, {"model": KEY, "max_retries": KEY}, {"base_url": f"ftp://{KEY}"}],
    ids=["misspelled-field", "key-in-wrong-fields", "key-in-url"],
)
def test_validation_errors_never_echo_input_values(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        build(**changes, connect_timeout_s=-1)
    shown = [
        str(caught.value),
        repr(caught.value),
        repr(caught.value.errors(include_input=False)),
    ]
    assert not [text for text in shown if KEY in text]


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(_endpoint)
    assert results.attempted > 0
    assert results.failed == 0
