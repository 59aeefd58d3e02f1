"""What the aggregation reads from a log line: a typed view per log type and schema version.

These views name only the fields the summary uses and ignore the rest, so logs written by a
newer record schema (with more fields) still aggregate. ``parse_line`` parses the JSON, picks
the view by ``log_type`` and the major ``schema_version`` (1 when it is missing) and checks
types and ranges inside pydantic-core in a single call. A view of version 1 holds that
version's names and units; ``_upgrade`` turns what it read into the shape of version 2.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import (
    AwareDatetime,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
)
from typing_extensions import TypedDict

__all__ = [
    "AssistLine",
    "AssistLineV1",
    "DecisionLine",
    "FallbackLine",
    "FallbackLineV1",
    "LineRecord",
    "PartialTrustLine",
    "PartialTrustLineV1",
    "PipelineLine",
    "PipelineLineV1",
    "ShadowLine",
    "ShadowLineV1",
    "describe_error",
    "line_tag",
    "parse_line",
]

_STRICT = ConfigDict(strict=True)  # no "1.5" for a number, no 1 for a boolean
Duration = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0)]
ErrorType = Annotated[str | None, Field(alias="error.type")]
LlmDuration = Annotated[Duration | None, Field(alias="gen_ai.client.operation.duration")]
RequestModel = Annotated[str | None, Field(alias="gen_ai.request.model")]
InputTokens = Annotated[Count | None, Field(alias="gen_ai.usage.input_tokens")]
OutputTokens = Annotated[Count | None, Field(alias="gen_ai.usage.output_tokens")]
Cost = Annotated[float | None, Field(ge=0, allow_inf_nan=False)]


class _Line(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    timestamp: AwareDatetime
    schema_version: NotRequired[Any]  # what line_tag read it as (missing: version 1)


class PipelineLine(_Line):
    """pipeline_latency, as aggregated."""

    log_type: Literal["pipeline_latency"]
    total_s: Duration
    stages_s: dict[str, Duration]
    mode: str


class FallbackLine(_Line):
    """fallback_metrics, as aggregated."""

    log_type: Literal["fallback_metrics"]
    mode: str
    llm_outcome: str
    error_type: ErrorType
    fallback_reason: str | None
    deterministic_used: bool
    llm_duration_s: LlmDuration
    request_model: RequestModel
    input_tokens: InputTokens
    output_tokens: OutputTokens
    estimated_cost_usd: Cost


class ShadowLine(_Line):
    """shadow_router, as aggregated."""

    log_type: Literal["shadow_router"]
    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_s: Duration
    reused_reading: bool
    llm_duration_s: LlmDuration
    error_type: ErrorType
    request_model: RequestModel
    input_tokens: InputTokens
    output_tokens: OutputTokens
    estimated_cost_usd: Cost


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
    llm_duration_s: LlmDuration
    error_type: ErrorType


class PartialTrustLine(_Line):
    """partial_trust_risk, as aggregated."""

    log_type: Literal["partial_trust_risk"]
    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]
    llm_duration_s: LlmDuration
    error_type: ErrorType


class DecisionLine(_Line):
    """decision, as aggregated (the same in both versions; ``held_back`` is missing from the
    lines written before it was added, and from every line of version 1)."""

    log_type: Literal["decision"]
    outcome: str
    action: str
    status: str
    language: str
    decision_version: str
    confidence: Annotated[float, Field(ge=0, le=1)]
    held_back: NotRequired[str | None]


# Version 1: milliseconds, and the error type as llm_error_type.


class PipelineLineV1(_Line):
    """pipeline_latency of schema 1, as aggregated."""

    log_type: Literal["pipeline_latency"]
    total_ms: Duration
    stages: dict[str, Duration]
    mode: str


class FallbackLineV1(_Line):
    """fallback_metrics of schema 1, as aggregated."""

    log_type: Literal["fallback_metrics"]
    mode: str
    llm_outcome: str
    llm_error_type: str | None
    fallback_reason: str | None
    deterministic_used: bool
    llm_latency_ms: Duration | None


class ShadowLineV1(_Line):
    """shadow_router of schema 1, as aggregated."""

    log_type: Literal["shadow_router"]
    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_latency_ms: Duration
    llm_latency_ms: Duration | None
    llm_error_type: str | None


class AssistLineV1(_Line):
    """assist of schema 1, as aggregated."""

    log_type: Literal["assist"]
    hints: list[HintLine]
    latency_ms: Duration | None
    llm_error_type: str | None


class PartialTrustLineV1(_Line):
    """partial_trust_risk of schema 1, as aggregated."""

    log_type: Literal["partial_trust_risk"]
    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]
    latency_ms: Duration | None
    llm_error_type: str | None


def line_tag(line: Any) -> str | None:
    """``<log_type>@<major version>`` of a parsed line (None without a log_type): version 1
    when ``schema_version`` is missing or starts with ``1.``, else 2 (a newer schema is read
    with the names of 2, and what it lacks makes the line malformed)."""
    if not isinstance(line, dict):
        return None
    kind = line.get("log_type")
    if not isinstance(kind, str):
        return None
    version = line.get("schema_version")
    old = not isinstance(version, str) or version.startswith("1.")
    return f"{kind}@1" if old else f"{kind}@2"


LineRecord = Annotated[
    Annotated[PipelineLine, Tag("pipeline_latency@2")]
    | Annotated[FallbackLine, Tag("fallback_metrics@2")]
    | Annotated[ShadowLine, Tag("shadow_router@2")]
    | Annotated[AssistLine, Tag("assist@2")]
    | Annotated[PartialTrustLine, Tag("partial_trust_risk@2")]
    | Annotated[DecisionLine, Tag("decision@2")]
    | Annotated[PipelineLineV1, Tag("pipeline_latency@1")]
    | Annotated[FallbackLineV1, Tag("fallback_metrics@1")]
    | Annotated[ShadowLineV1, Tag("shadow_router@1")]
    | Annotated[AssistLineV1, Tag("assist@1")]
    | Annotated[PartialTrustLineV1, Tag("partial_trust_risk@1")]
    | Annotated[DecisionLine, Tag("decision@1")],
    Discriminator(line_tag),
]
_ADAPTER: TypeAdapter[Any] = TypeAdapter(LineRecord)
#: Parse one JSON line into its typed view, or raise ``pydantic.ValidationError``. (The core
#: validator itself: TypeAdapter's Python wrapper costs a fifth of the time per line.)
parse_line = _ADAPTER.validator.validate_json


def describe_error(exc: ValidationError) -> str:
    """A one-line reason for a rejected line: the first problem and where it is."""
    first = exc.errors(include_url=False)[0]
    kind = first["type"]
    if kind == "json_invalid":
        return "not valid JSON"
    if kind == "union_tag_invalid":
        tag = str(first.get("ctx", {}).get("tag", "")).rpartition("@")[0]
        return f"unknown log_type {tag[:40]!r}"
    if kind == "union_tag_not_found":
        return "no log_type" if isinstance(first.get("input"), dict) else "not a JSON object"
    if kind == "model_attributes_type" or (kind == "dict_type" and not first["loc"]):
        return "not a JSON object"
    where = ".".join(str(part) for part in first["loc"][1:]) or "line"
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{extra}"
