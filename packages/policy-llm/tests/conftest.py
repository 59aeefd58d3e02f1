"""Fixtures shared by the test modules, and the helper modules beside this file.

The helpers are two loopback servers, ``loopback_server`` (misbehaves below HTTP, for the
client's tests) and ``scripted_llm`` (an OpenAI-compatible LLM answering what each test
scripts), ``hybrid_harness`` (HybridPolicy with its records in memory) and ``service_process``
(a real ``policy-serve`` process on 127.0.0.1). pytest's
importlib import mode puts no test directory on ``sys.path``, so they are loaded here, by
path, under their own names, each after the helpers it imports; the test modules then import
them as usual.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


def _load_helper(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before exec: dataclasses look their module up while it runs
    spec.loader.exec_module(module)


for _name in ("loopback_server", "scripted_llm", "hybrid_harness", "service_process"):
    _load_helper(_name)

from hybrid_harness import Build, Logs, make_logs, make_policy  # noqa: E402
from loopback_server import API_KEY, LoopbackServer  # noqa: E402
from scripted_llm import ScriptedLLM  # noqa: E402

from policy_llm import HybridPolicy  # noqa: E402
from policy_llm._endpoint import EndpointSettings  # noqa: E402

EndpointFactory = Callable[..., EndpointSettings]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment would swallow the loopback requests."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A running loopback server, stopped (threads joined) after the test."""
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def endpoint(server: LoopbackServer) -> EndpointFactory:
    """Builds settings for the loopback server: small waits, so retries take milliseconds."""

    def build(**overrides: Any) -> EndpointSettings:
        fields: dict[str, Any] = {
            "base_url": server.url,
            "api_key": API_KEY,
            "model": "loopback-model",
            "connect_timeout_s": 1.0,
            "max_retries": 2,
            "backoff_initial_s": 0.01,
            "backoff_max_s": 0.05,
            "retry_after_cap_s": 1.0,
        }
        fields.update(overrides)
        return EndpointSettings(**fields)

    return build


@pytest.fixture
def llm() -> Iterator[ScriptedLLM]:
    """A running scripted LLM (every request answered 500 until the test sets a script)."""
    with ScriptedLLM() as running:
        yield running


@pytest.fixture
def build(llm: ScriptedLLM) -> Iterator[Build]:
    """Builds HybridPolicies against ``llm`` with every record kept in memory (``make_policy``'s
    options; a module may override this fixture to default a mode on); closes them after."""
    built: list[HybridPolicy] = []

    def make(logs: Logs | None = None, **options: Any) -> tuple[HybridPolicy, Logs]:
        logs = logs or make_logs()
        policy = make_policy(llm, logs=logs, **options)
        built.append(policy)
        return policy, logs

    yield make
    for policy in built:
        policy.close()
