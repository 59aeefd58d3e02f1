"""LLMSettings: the one validated object that says which LLM modes run, and how much of them.

Everything is off by default. ``LLM_POLICY_ENABLED`` is the kill switch: while it is false no
client is built, no policy file is read and no socket is opened, whatever the mode flags say.
The endpoint itself (URL, key, model, profiles) lives in the policy file, read only when the
switch is on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from policy_llm.exceptions import LLMMisconfiguredError

__all__ = [
    "ENV_VARIABLES",
    "AssistSettings",
    "Corridor",
    "LLMSettings",
    "PartialTrustSettings",
    "ServeSettings",
    "ShadowSettings",
]

Corridor = Literal["add_shopping_item", "create_task"]

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class ShadowSettings(BaseModel):
    """Shadow mode: the LLM decides beside the rules in the background; nothing it says is used."""

    model_config = _FROZEN

    enabled: bool = False
    sample_rate: float = Field(default=1.0, ge=0, le=1, description="Share of commands shadowed.")
    budget_ms: int = Field(default=5000, ge=1, description="Cancel an LLM call after this long.")
    queue_size: int = Field(default=256, ge=1, description="Comparisons waiting or running.")


class AssistSettings(BaseModel):
    """Assist mode: the LLM fills fields the rules left empty, within a synchronous budget."""

    model_config = _FROZEN

    enabled: bool = False
    sample_rate: float = Field(default=1.0, ge=0, le=1, description="Share of commands assisted.")
    budget_ms: int = Field(default=1500, ge=1, description="The decision waits at most this long.")


class PartialTrustSettings(BaseModel):
    """Partial trust: inside the corridor, a sampled LLM decision may replace the rules'."""

    model_config = _FROZEN

    enabled: bool = False
    sample_rate: float = Field(default=0.01, ge=0, le=1, description="Share of candidates tried.")
    corridor: frozenset[Corridor] = Field(default=frozenset({"add_shopping_item"}))
    min_confidence: float = Field(default=0.8, ge=0, le=1)
    budget_ms: int = Field(default=1500, ge=1, description="The decision waits at most this long.")

    @field_validator("corridor")
    @classmethod
    def _not_empty(cls, value: frozenset[Corridor]) -> frozenset[Corridor]:
        if not value:
            raise ValueError("the corridor needs at least one intent")
        return value


class ServeSettings(BaseModel):
    """The HTTP service (``policy-serve``, the ``serve`` extra): limits, bounds and tokens."""

    model_config = _FROZEN

    tokens: tuple[SecretStr, ...] = Field(
        default=(), description="Bearer tokens a request may carry; none: no authentication."
    )
    max_body_bytes: int = Field(
        default=65_536, ge=1_024, le=16_777_216, description="A larger body answers 413."
    )
    request_timeout_s: float = Field(
        default=10.0, gt=0, le=600, description="Reading the body and deciding, at most."
    )
    shutdown_timeout_s: float = Field(
        default=10.0, ge=0, le=600, description="Draining requests and shadow work, at most."
    )

    @field_validator("tokens")
    @classmethod
    def _usable_tokens(cls, value: tuple[SecretStr, ...]) -> tuple[SecretStr, ...]:
        for token in value:
            secret = token.get_secret_value()
            if len(secret) < 16 or not secret.isascii() or not secret.isprintable():
                raise ValueError(
                    "each token needs at least 16 visible ASCII characters (not shown here)"
                )
        return value


class LLMSettings(BaseModel):
    """Which LLM modes run. Build it directly or with ``from_env``.

    >>> LLMSettings().enabled, LLMSettings().shadow.enabled
    (False, False)
    """

    model_config = _FROZEN

    enabled: bool = Field(default=False, description="The kill switch (LLM_POLICY_ENABLED).")
    policy_file: Path | None = Field(
        default=None, description="The policy file; None means the one shipped with policy-llm."
    )
    shadow: ShadowSettings = Field(default_factory=ShadowSettings)
    assist: AssistSettings = Field(default_factory=AssistSettings)
    partial_trust: PartialTrustSettings = Field(default_factory=PartialTrustSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)

    @property
    def any_mode(self) -> bool:
        """The switch is on and at least one mode is enabled."""
        return self.enabled and (
            self.shadow.enabled or self.assist.enabled or self.partial_trust.enabled
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LLMSettings:
        """Read the ``LLM_*`` variables of ``ENV_VARIABLES`` (``os.environ`` by default).

        A value that cannot be read raises ``LLMMisconfiguredError`` naming the variable.
        """
        env = os.environ if environ is None else environ
        values: dict[str, object] = {"enabled": _flag(env, "LLM_POLICY_ENABLED")}
        if env.get("LLM_POLICY_FILE", "").strip():
            values["policy_file"] = Path(env["LLM_POLICY_FILE"].strip())
        values["shadow"] = _section(
            env,
            {
                "enabled": ("LLM_SHADOW_ENABLED", _flag),
                "sample_rate": ("LLM_SHADOW_SAMPLE_RATE", _number),
                "budget_ms": ("LLM_SHADOW_BUDGET_MS", _number),
                "queue_size": ("LLM_SHADOW_QUEUE_SIZE", _number),
            },
        )
        values["assist"] = _section(
            env,
            {
                "enabled": ("LLM_ASSIST_ENABLED", _flag),
                "sample_rate": ("LLM_ASSIST_SAMPLE_RATE", _number),
                "budget_ms": ("LLM_ASSIST_BUDGET_MS", _number),
            },
        )
        values["partial_trust"] = _section(
            env,
            {
                "enabled": ("LLM_PARTIAL_TRUST_ENABLED", _flag),
                "sample_rate": ("LLM_PARTIAL_TRUST_SAMPLE_RATE", _number),
                "corridor": ("LLM_PARTIAL_TRUST_CORRIDOR", _names),
                "min_confidence": ("LLM_PARTIAL_TRUST_MIN_CONFIDENCE", _number),
                "budget_ms": ("LLM_PARTIAL_TRUST_BUDGET_MS", _number),
            },
        )
        values["serve"] = _section(
            env,
            {
                "tokens": ("SERVE_TOKENS", _names),
                "max_body_bytes": ("SERVE_MAX_BODY_BYTES", _number),
                "request_timeout_s": ("SERVE_REQUEST_TIMEOUT_S", _number),
                "shutdown_timeout_s": ("SERVE_SHUTDOWN_TIMEOUT_S", _number),
            },
        )
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(map(str, first["loc"]))
            raise LLMMisconfiguredError(_variable_of(where), first["msg"]) from None


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise LLMMisconfiguredError(name, f"expected true or false, got {env[name]!r}")


def _number(env: Mapping[str, str], name: str) -> str:
    """The raw text: pydantic converts it, and its error is reported against ``name``."""
    return env[name].strip()


def _names(env: Mapping[str, str], name: str) -> list[str]:
    return [part.strip() for part in env[name].split(",") if part.strip()]


_Read = Callable[[Mapping[str, str], str], object]


def _section(env: Mapping[str, str], fields: Mapping[str, tuple[str, _Read]]) -> dict[str, object]:
    """The section's values for the variables that are set (an empty one counts as unset)."""
    return {
        field: read(env, name)
        for field, (name, read) in fields.items()
        if env.get(name, "").strip()
    }


# The settings field path (as pydantic reports it) -> the variable that sets it.
_FIELD_VARIABLES: Mapping[str, str] = MappingProxyType(
    {
        "enabled": "LLM_POLICY_ENABLED",
        "policy_file": "LLM_POLICY_FILE",
        "shadow.enabled": "LLM_SHADOW_ENABLED",
        "shadow.sample_rate": "LLM_SHADOW_SAMPLE_RATE",
        "shadow.budget_ms": "LLM_SHADOW_BUDGET_MS",
        "shadow.queue_size": "LLM_SHADOW_QUEUE_SIZE",
        "assist.enabled": "LLM_ASSIST_ENABLED",
        "assist.sample_rate": "LLM_ASSIST_SAMPLE_RATE",
        "assist.budget_ms": "LLM_ASSIST_BUDGET_MS",
        "partial_trust.enabled": "LLM_PARTIAL_TRUST_ENABLED",
        "partial_trust.sample_rate": "LLM_PARTIAL_TRUST_SAMPLE_RATE",
        "partial_trust.corridor": "LLM_PARTIAL_TRUST_CORRIDOR",
        "partial_trust.min_confidence": "LLM_PARTIAL_TRUST_MIN_CONFIDENCE",
        "partial_trust.budget_ms": "LLM_PARTIAL_TRUST_BUDGET_MS",
        "serve.tokens": "SERVE_TOKENS",
        "serve.max_body_bytes": "SERVE_MAX_BODY_BYTES",
        "serve.request_timeout_s": "SERVE_REQUEST_TIMEOUT_S",
        "serve.shutdown_timeout_s": "SERVE_SHUTDOWN_TIMEOUT_S",
    }
)


def _variable_of(where: str) -> str:
    for field, variable in _FIELD_VARIABLES.items():
        if where == field or where.startswith(field + "."):
            return variable
    return where


#: Every variable ``LLMSettings.from_env`` reads, with its default as documented. The
#: endpoint's own variables (LLM_BASE_URL, ...) are read by the policy file.
ENV_VARIABLES: Mapping[str, str] = MappingProxyType(
    {
        "LLM_POLICY_ENABLED": "false",
        "LLM_POLICY_FILE": "(the shipped policy.default.toml)",
        "LLM_SHADOW_ENABLED": "false",
        "LLM_SHADOW_SAMPLE_RATE": "1.0",
        "LLM_SHADOW_BUDGET_MS": "5000",
        "LLM_SHADOW_QUEUE_SIZE": "256",
        "LLM_ASSIST_ENABLED": "false",
        "LLM_ASSIST_SAMPLE_RATE": "1.0",
        "LLM_ASSIST_BUDGET_MS": "1500",
        "LLM_PARTIAL_TRUST_ENABLED": "false",
        "LLM_PARTIAL_TRUST_SAMPLE_RATE": "0.01",
        "LLM_PARTIAL_TRUST_CORRIDOR": "add_shopping_item",
        "LLM_PARTIAL_TRUST_MIN_CONFIDENCE": "0.8",
        "LLM_PARTIAL_TRUST_BUDGET_MS": "1500",
        "SERVE_TOKENS": "(none: no authentication)",
        "SERVE_MAX_BODY_BYTES": "65536",
        "SERVE_REQUEST_TIMEOUT_S": "10",
        "SERVE_SHUTDOWN_TIMEOUT_S": "10",
    }
)
