"""What the aggregation reads from a log line: a typed view per log type, checked in one call.

These views name only the fields the summary uses and ignore the rest, so logs written by a
newer record schema (with more fields) still aggregate. ``parse_line`` parses the JSON, picks
the view by ``log_type`` and checks types and ranges inside pydantic-core in a single call:
as fast as parsing the JSON alone, which is what makes streaming millions of lines cheap.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, TypeAdapter, ValidationError
from typing_extensions import TypedDict

__all__ = [
    "AssistLine",
    "DecisionLine",
    "FallbackLine",
    "LineRecord",
    "PartialTrustLine",
    "PipelineLine",
    "ShadowLine",
    "describe_error",
    "parse_line",
]

_STRICT = ConfigDict(strict=True)  # no "1.5" for a number, no 1 for a boolean
Millis = Annotated[float, Field(ge=0, allow_inf_nan=False)]


class _Line(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    timestamp: AwareDatetime


class PipelineLine(_Line):
    """pipeline_latency, as aggregated."""

    log_type: Literal["pipeline_latency"]
    total_ms: Millis
    stages: dict[str, Millis]
    mode: str


class FallbackLine(_Line):
    """fallback_metrics, as aggregated."""

    log_type: Literal["fallback_metrics"]
    mode: str
    llm_outcome: str
    llm_error_type: str | None
    fallback_reason: str | None
    deterministic_used: bool
    llm_latency_ms: Millis | None


class ShadowLine(_Line):
    """shadow_router, as aggregated."""

    log_type: Literal["shadow_router"]
    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_latency_ms: Millis
    llm_latency_ms: Millis | None
    llm_error_type: str | None


class HintLine(TypedDict):
    """One assist hint, as aggregated."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]
    field: str
    offered: bool
    accepted: bool
    reason: str | None


class AssistLine(_Line):
    """assist, as aggregated."""

    log_type: Literal["assist"]
    hints: list[HintLine]
    latency_ms: Millis | None
    llm_error_type: str | None


class PartialTrustLine(_Line):
    """partial_trust_risk, as aggregated."""

    log_type: Literal["partial_trust_risk"]
    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]
    latency_ms: Millis | None
    llm_error_type: str | None


class DecisionLine(_Line):
    """decision, as aggregated."""

    log_type: Literal["decision"]
    outcome: str
    action: str
    status: str
    language: str
    decision_version: str
    confidence: Annotated[float, Field(ge=0, le=1)]


LineRecord = Annotated[
    PipelineLine | FallbackLine | ShadowLine | AssistLine | PartialTrustLine | DecisionLine,
    Field(discriminator="log_type"),
]
_ADAPTER: TypeAdapter[Any] = TypeAdapter(LineRecord)
#: Parse one JSON line into its typed view, or raise ``pydantic.ValidationError``. (The core
#: validator itself: TypeAdapter's Python wrapper costs a fifth of the time per line.)
parse_line = _ADAPTER.validator.validate_json


def describe_error(exc: ValidationError) -> str:
    """A one-line reason for a rejected line: the first problem and where it is."""
    first = exc.errors(include_url=False, include_input=False)[0]
    kind = first["type"]
    if kind == "json_invalid":
        return "not valid JSON"
    if kind == "union_tag_invalid":
        return f"unknown log_type {str(first.get('ctx', {}).get('tag', ''))[:40]!r}"
    if kind == "union_tag_not_found":
        return "no log_type"
    if kind == "model_attributes_type" or (kind == "dict_type" and not first["loc"]):
        return "not a JSON object"
    where = ".".join(str(part) for part in first["loc"][1:]) or "line"
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{extra}"
