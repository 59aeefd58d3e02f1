"""PolicySettings: the one validated configuration object of policy-core."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from policy_core.exceptions import SettingsError
from policy_observability import LogHub, hub_from_env
from policy_observability import SettingsError as ObservabilitySettingsError

__all__ = ["ACTION_THRESHOLD_VARIABLES", "PolicySettings", "utc_now"]

ACTION_THRESHOLD_VARIABLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "min_action_evidence": "POLICY_MIN_ACTION_EVIDENCE",
        "min_execute_confidence": "POLICY_MIN_EXECUTE_CONFIDENCE",
        "min_list_evidence": "POLICY_MIN_LIST_EVIDENCE",
    }
)
"""The thresholds an execute must clear, by ``PolicySettings`` field, with the environment
variable each is read from (numbers in [0, 1])."""
# The names ``PolicySettings.from_env`` reads through the mapping above, declared for the
# repository's documentation check (it finds other keys as literals where they are read).
ENV_VARIABLES: Final[tuple[str, ...]] = tuple(ACTION_THRESHOLD_VARIABLES.values())

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


# A threshold: a finite number in [0, 1].
_Threshold = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]


def utc_now() -> datetime:
    """The default clock: the current UTC time."""
    return datetime.now(UTC)


class PolicySettings(BaseModel):
    """How ``decide()`` behaves. Build it directly or from the environment with ``from_env``.

    >>> PolicySettings(deterministic_ids=True).deterministic_ids
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    deterministic_ids: bool = Field(
        default=False,
        description="Derive every id from command_id (reproducible evaluation runs).",
    )
    max_text_length: int = Field(default=1000, ge=1, description="Longer text is rejected.")
    confirm_ttl_seconds: int = Field(default=600, ge=1, description="Confirm expiry.")
    min_execute_confidence: _Threshold = Field(
        default=0.0,
        description="An execute or confirm less confident than this becomes a clarify.",
    )
    min_action_evidence: _Threshold = Field(
        default=0.15,
        description=(
            "An execute or confirm of the rules' reading whose wording the evidence model "
            "scores below this becomes a clarify (0 turns the check off)."
        ),
    )
    min_list_evidence: _Threshold = Field(
        default=0.7,
        description=(
            "A list the rules read from its shape alone (products with no verb, none of them "
            "measured or known to the lexicon) acts only when the evidence model scores its "
            "wording at least this (0: whatever it scores; 1: never, such a list is asked about)."
        ),
    )
    clock: Callable[[], datetime] = Field(
        default=utc_now,
        description="Returns the aware datetime stamped into created_at.",
        exclude=True,
    )
    log_hub: LogHub | None = Field(
        default=None,
        description="Where pipeline_latency and decision records go (None: nowhere).",
        exclude=True,
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> PolicySettings:
        """Build settings from ``POLICY_*`` environment variables (``os.environ`` by default).

        ``POLICY_DETERMINISTIC_IDS`` (bool, default false),
        ``POLICY_MAX_TEXT_LENGTH`` (int, default 1000),
        ``POLICY_CONFIRM_TTL_SECONDS`` (int, default 600),
        ``POLICY_MIN_EXECUTE_CONFIDENCE`` (a number in [0, 1], default 0),
        ``POLICY_MIN_ACTION_EVIDENCE`` (a number in [0, 1], default 0.15),
        ``POLICY_MIN_LIST_EVIDENCE`` (a number in [0, 1], default 0.7), and the logging variables of
        policy-observability (``<TYPE>_LOG_ENABLED``, ``POLICY_LOG_DIR``, ..., and ``OTEL_*``
        for OpenTelemetry export), from which a ``LogHub`` is built (it opens no file and no
        connection before its first record).
        """
        env = os.environ if environ is None else environ
        try:
            hub = hub_from_env(env)
        except ObservabilitySettingsError as exc:
            raise SettingsError(exc.variable, exc.problem) from exc
        values: dict[str, object] = {"log_hub": hub}
        if "POLICY_DETERMINISTIC_IDS" in env:
            values["deterministic_ids"] = env_bool(env, "POLICY_DETERMINISTIC_IDS")
        for name, field in (
            ("POLICY_MAX_TEXT_LENGTH", "max_text_length"),
            ("POLICY_CONFIRM_TTL_SECONDS", "confirm_ttl_seconds"),
        ):
            if name in env:
                values[field] = env_int(env, name)
        for field, name in ACTION_THRESHOLD_VARIABLES.items():
            if name in env:
                values[field] = env_float(env, name)
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise SettingsError(".".join(map(str, first["loc"])), first["msg"]) from exc


def env_bool(env: Mapping[str, str], name: str) -> bool:
    """Read a boolean environment variable, refusing anything but the usual spellings."""
    raw = env[name].strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise SettingsError(name, f"expected true or false, got {env[name]!r}")


def env_float(env: Mapping[str, str], name: str) -> float:
    """Read a finite number from an environment variable."""
    raw = env[name].strip()
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(name, f"expected a number, got {raw[:40]!r}") from None
    if not math.isfinite(value):
        raise SettingsError(name, "expected a finite number")
    return value


def env_int(env: Mapping[str, str], name: str) -> int:
    """Read an integer environment variable."""
    try:
        return int(env[name].strip())
    except ValueError:
        raise SettingsError(name, f"expected an integer, got {env[name]!r}") from None
