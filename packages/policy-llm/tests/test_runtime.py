"""build_runtime: the kill switch builds nothing and opens nothing; placeholder keys are refused
without being echoed; a real key never shows in a repr."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any, NoReturn

import pytest
from scripted_llm import API_KEY, ScriptedLLM, env_for, policy_file

from policy_llm import (
    LLMMisconfiguredError,
    LLMRuntime,
    LLMSettings,
    build_runtime,
    is_placeholder_key,
)


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise NetworkUsedError(f"a connection was attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def threads() -> set[threading.Thread]:
    return set(threading.enumerate())


def test_the_guard_would_notice_a_connection(no_network: None, llm: ScriptedLLM) -> None:
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", llm.port))
    with pytest.raises(NetworkUsedError), socket.socket() as raw:
        raw.connect(("127.0.0.1", llm.port))


@pytest.mark.parametrize("switch", [None, "false", "0", "off", ""])
def test_switched_off_nothing_is_built_read_or_opened(
    no_network: None, llm: ScriptedLLM, switch: str | None
) -> None:
    env = env_for(
        llm.url,
        LLM_SHADOW_ENABLED="true",
        LLM_ASSIST_ENABLED="true",
        LLM_PARTIAL_TRUST_ENABLED="true",
        LLM_POLICY_FILE="/nonexistent/policy.toml",  # never read while off
    )
    if switch is None:
        del env["LLM_POLICY_ENABLED"]
    else:
        env["LLM_POLICY_ENABLED"] = switch
    before = threads()
    assert build_runtime(LLMSettings.from_env(env), env) is None
    assert threads() == before
    assert llm.connections == 0


def test_switched_off_even_a_placeholder_key_and_no_endpoint_are_fine(no_network: None) -> None:
    env = {"LLM_API_KEY": "changeme"}
    assert build_runtime(LLMSettings.from_env(env), env) is None


PLACEHOLDERS = [
    "changeme",
    "CHANGEME",
    "change-me",
    "<your-key>",
    "<YOUR_OPENAI_API_KEY>",
    "sk-...xxx",
    "sk-xxxxxxxxxxxxxxxx",
    "{API_KEY}",
    "your-api-key",
    "your_key_here",
    "********",
    "xxx",
    "$OPENAI_API_KEY",  # a variable a .env file or compose file left unexpanded
    "  ",
    "\t",
    # Stand-ins seen in READMEs, .env.example files and tutorials.
    "replace_me",
    "REPLACE-ME",
    "dummy",
    "dummy-key",
    "sk-dummy",
    "insert-key-here",
    "INSERT_YOUR_KEY_HERE",
    "insert-your-api-key-here",
    "sk-REDACTED",
    "redacted",
    "your_api_key",
    "YOUR_API_KEY",
    "test",
    "TEST",
    "sk-test",
    "test-key",
    "fake-key",
    "secret",
    "API-KEY",
    "apikey",
    "key-here",
    "token",
    "example",
    "sk-example",
    "foobar",
    "fixme",
    "tbd",
    "setme",
    "password",
    "123456",
    "0000",
]


@pytest.mark.parametrize("key", PLACEHOLDERS)
def test_placeholder_keys_are_refused_without_echoing_them(no_network: None, key: str) -> None:
    env = env_for("http://127.0.0.1:9/v1", LLM_API_KEY=key)
    before = threads()
    with pytest.raises(LLMMisconfiguredError) as caught:
        build_runtime(LLMSettings.from_env(env), env)
    error = caught.value
    message = str(error)
    assert "LLM_API_KEY" in message
    assert error.field == "endpoint.api_key"
    if key.strip():  # a blank one is refused earlier, as an unset variable
        assert "placeholder" in message
        assert key not in message
        assert key not in repr(error.args)
    assert threads() == before  # refused before the loop thread starts


@pytest.mark.parametrize("key", ["", "  ", "changeme", "<your-key>"])
def test_placeholder_keys_written_in_a_policy_file_are_refused(
    tmp_path: Path, no_network: None, key: str
) -> None:
    path = policy_file(tmp_path, "http://127.0.0.1:9/v1", api_key=key)
    env = {"LLM_POLICY_ENABLED": "true", "LLM_POLICY_FILE": str(path)}
    with pytest.raises(LLMMisconfiguredError, match="placeholder") as caught:
        build_runtime(LLMSettings.from_env(env), env)
    if key.strip():
        assert key not in str(caught.value)


def test_an_empty_key_is_refused_naming_the_variable(no_network: None) -> None:
    env = env_for("http://127.0.0.1:9/v1", LLM_API_KEY="")
    with pytest.raises(LLMMisconfiguredError, match="LLM_API_KEY"):
        build_runtime(LLMSettings.from_env(env), env)


def test_a_missing_base_url_is_refused_naming_the_variable(no_network: None) -> None:
    env = env_for("http://127.0.0.1:9/v1")
    del env["LLM_BASE_URL"]
    with pytest.raises(LLMMisconfiguredError, match="LLM_BASE_URL"):
        build_runtime(LLMSettings.from_env(env), env)


@pytest.mark.parametrize(
    "key",
    [
        API_KEY,
        "sk-proj-4fZk29aQ0c1bXyP8mW3n",
        "sk-ant-api03-AbCdEf0123456789",
        "gsk_8f2b9c0d1e2f3a4b5c6d",
        "EMPTY",  # vLLM's documented stand-in for a server without auth
        "sk-no-key-required",  # llama.cpp's
        "ollama",
        "local-dev-key",
        "sk-test-4f9a8b7c6d5e4f3a2b1c",  # a provider's real test-mode key
        "sk_test_51HqLyjWDarjtT1zdp7dc",
        "testing-gateway-7d2e",
        "dummy-proxy-4f9a8b7c",
    ],
)
def test_real_and_local_keys_are_accepted(no_network: None, key: str) -> None:
    assert not is_placeholder_key(key)
    env = env_for("http://127.0.0.1:9/v1", LLM_API_KEY=key)
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert isinstance(runtime, LLMRuntime)
    runtime.close()


@pytest.mark.parametrize("key", [*PLACEHOLDERS, ""])
def test_is_placeholder_key_table(key: str) -> None:
    assert is_placeholder_key(key)


NOT_ASCII = [
    pytest.param(API_KEY + "\u00a0", id="trailing-no-break-space"),
    pytest.param("\u201c" + API_KEY + "\u201d", id="curly-quotes"),
    pytest.param(API_KEY[:8] + "\u200b" + API_KEY[8:], id="zero-width-space"),
    pytest.param(API_KEY.replace("a", "\u0430"), id="cyrillic-a"),
    pytest.param(API_KEY + "\n", id="line-break"),
    pytest.param(API_KEY[:8] + " " + API_KEY[8:], id="inner-space"),
]


@pytest.mark.parametrize("key", NOT_ASCII)
def test_a_key_an_http_header_cannot_carry_is_a_typed_error_without_the_key(
    no_network: None, key: str
) -> None:
    env = env_for("http://127.0.0.1:9/v1", LLM_API_KEY=key)
    before = threads()
    with pytest.raises(LLMMisconfiguredError) as caught:
        build_runtime(LLMSettings.from_env(env), env)
    error = caught.value
    assert error.field == "endpoint.api_key"
    shown = [str(error), repr(error.args), repr(error.__cause__), repr(error.__context__)]
    for text in shown:
        assert API_KEY[:12] not in text
        assert API_KEY[-12:] not in text
    assert "LLM_API_KEY" in str(error)
    assert "U+" in str(error)  # which character, by code point only
    assert threads() == before


def test_a_key_an_http_header_cannot_carry_is_refused_in_a_policy_file_too(
    tmp_path: Path, no_network: None
) -> None:
    path = policy_file(tmp_path, "http://127.0.0.1:9/v1", api_key=API_KEY + "\u00a0")
    env = {"LLM_POLICY_ENABLED": "true", "LLM_POLICY_FILE": str(path)}
    with pytest.raises(LLMMisconfiguredError, match="U\\+00A0") as caught:
        build_runtime(LLMSettings.from_env(env), env)
    assert API_KEY[:12] not in str(caught.value)


def test_the_key_never_shows_in_a_repr(no_network: None) -> None:
    env = env_for("http://127.0.0.1:9/v1")
    settings = LLMSettings.from_env(env)
    with build_runtime(settings, env) as runtime:  # type: ignore[union-attr]
        shown = [
            repr(runtime),
            str(runtime),
            repr(runtime.client),
            repr(runtime.policy),
            str(runtime.policy),
            repr(runtime.policy.endpoint),
            runtime.policy.model_dump_json(),
            repr(runtime.settings),
        ]
        assert "127.0.0.1:9" in repr(runtime)
        assert "fast-model" in repr(runtime)
    for text in shown:
        assert API_KEY not in text


def test_close_stops_the_loop_thread_and_may_be_repeated(no_network: None) -> None:
    env = env_for("http://127.0.0.1:9/v1")
    before = threads()
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    started = threads() - before
    assert {thread.name for thread in started} == {"policy-llm"}
    runtime.close()
    runtime.close()
    assert not any(thread.is_alive() for thread in started)


def test_the_runtime_reads_the_policy_file_named_in_the_settings(
    tmp_path: Path, no_network: None
) -> None:
    path = policy_file(tmp_path, "http://127.0.0.1:9/v1", timeout_s=1.5)
    env = {"LLM_POLICY_ENABLED": "true", "LLM_POLICY_FILE": str(path)}
    with build_runtime(LLMSettings.from_env(env), env) as runtime:  # type: ignore[union-attr]
        assert runtime.policy.source == str(path)
        assert runtime.policy.profiles["fast"].timeout_s == 1.5
        assert runtime.client.endpoint.max_retries == 1
