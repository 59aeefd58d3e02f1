"""policy-llm installs on its own with only its declared dependencies."""

from __future__ import annotations

from importlib.metadata import requires, version

import policy_llm


def test_version_comes_from_the_installed_distribution() -> None:
    assert policy_llm.__version__ == version("policy-llm")


def test_depends_on_policy_core_pinned_exactly_and_on_httpx() -> None:
    declared = requires("policy-llm") or []
    assert f"policy-core=={version('policy-core')}" in declared
    assert any(req.startswith("httpx") for req in declared)
