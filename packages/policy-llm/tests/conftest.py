"""Fixtures for the client tests: a scripted loopback server and settings pointing at it.

pytest's importlib import mode puts no test directory on ``sys.path``, so the helper module
``loopback_server.py`` is loaded here, by path, under its own name; the test modules then
import it as usual.
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


_load_helper("loopback_server")

from loopback_server import API_KEY, LoopbackServer  # noqa: E402

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
