"""The six record types: frozen pydantic models, one per JSONL log (record schema 2).

Every record carries ``log_type``, ``schema_version``, a UTC ``timestamp`` and the join keys
``command_id`` and ``trace_id``. Fields marked sensitive (``x-sensitive`` in the schema) hold
user content; ``LogHub`` writes them only when ``LOG_USER_TEXT=true``.

Names follow the OpenTelemetry GenAI semantic conventions where one exists: a record that
describes an LLM call writes ``gen_ai.provider.name``, ``gen_ai.request.model``,
``gen_ai.response.model``, ``gen_ai.usage.input_tokens``, ``gen_ai.usage.output_tokens``,
``error.type`` and the call's ``gen_ai.client.operation.duration`` (seconds), beside its
``estimated_cost_usd``. Every duration is in seconds. In Python the fields have plain names
(``request_model``, ``error_type``, ``llm_duration_s``); the JSON keys are their aliases.
Records of schema 1 (milliseconds, ``llm_error_type``) are still read by the aggregation
(``_upgrade``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator
from typing_extensions import TypedDict

from policy_observability._redact import is_secret_name, redact_secrets, scrub_mapping
from policy_observability._types import RECORD_SCHEMA_VERSION, LlmOutcome, LogType, Mode

__all__ = [
    "AssistHint",
    "AssistRecord",
    "DecisionRecord",
    "FallbackMetricsRecord",
    "LlmCallFields",
    "LlmCallRecord",
    "LogRecord",
    "PartialTrustRiskRecord",
    "PipelineLatencyRecord",
    "ShadowAgreement",
    "ShadowRouterRecord",
]

TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$"


def _to_utc(value: datetime) -> datetime:
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def _drop_secret_keys(stages: dict[str, float]) -> dict[str, float]:
    if any(map(is_secret_name, stages)):
        return scrub_mapping(stages)
    return stages


def _utc_now() -> datetime:
    return datetime.now(UTC)


UtcTimestamp = Annotated[
    AwareDatetime,
    AfterValidator(_to_utc),
    Field(
        description="When the record was made: RFC 3339, UTC, with a trailing Z.",
        json_schema_extra={"pattern": TIMESTAMP_PATTERN},
    ),
]
Identifier = Annotated[str, Field(min_length=1, max_length=200)]
# Codes (reasons, error types, flags, stage and field names) are short tokens without spaces,
# which also keeps sentences of user text out of the fields that are always written.
Code = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:/-]{1,64}$")]
Seconds = Annotated[float, Field(ge=0, description="Seconds.")]
Tokens = Annotated[int, Field(ge=0)]
Money = Annotated[float, Field(ge=0)]
ModelName = Annotated[str, Field(min_length=1, max_length=200)]
Ratio = Annotated[float, Field(ge=0, le=1)]
Version = Annotated[str, Field(min_length=1, max_length=100)]
SensitiveText = Annotated[str, AfterValidator(redact_secrets)]


def _sensitive(description: str) -> Any:
    """A field holding user content: optional, marked ``x-sensitive``, credential-masked."""
    return Field(
        default=None,
        description=f"{description} Written only when LOG_USER_TEXT=true.",
        json_schema_extra={"x-sensitive": True},
    )


def _added(default: Any, description: str) -> Any:
    """A field added to schema 2 after its first release: lines written before it lack it, so
    the published schema does not require it (``x-added``), and a line without it reads as
    ``default``."""
    return Field(default=default, description=description, json_schema_extra={"x-added": True})


class LogRecord(BaseModel):
    """Fields every record has. Subclasses fix ``log_type``; build those, not this."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        allow_inf_nan=False,
        # Fields with defaults are always written, so the published schema requires them.
        json_schema_serialization_defaults_required=True,
        # Python names in code (request_model=...), the conventions' names in JSON.
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )
    LOG_TYPE: ClassVar[LogType]

    log_type: str = Field(description="Which log this record belongs to.")
    schema_version: Literal["2.0.0"] = Field(
        default=RECORD_SCHEMA_VERSION, description="Version of this record schema."
    )
    timestamp: UtcTimestamp = Field(default_factory=_utc_now)
    command_id: Identifier = Field(description="The CommandDTO's command_id (join key).")
    trace_id: Identifier = Field(description="The decision's trace_id (join key).")


class PipelineLatencyRecord(LogRecord):
    """One per decision: how long it took, in total and per stage."""

    LOG_TYPE: ClassVar[LogType] = LogType.PIPELINE_LATENCY
    log_type: Literal["pipeline_latency"] = "pipeline_latency"
    total_s: Seconds = Field(description="Wall time of the whole decision, seconds.")
    stages_s: Annotated[dict[Code, Seconds], AfterValidator(_drop_secret_keys)] = Field(
        default_factory=dict, description="Stage name -> seconds spent in it."
    )
    mode: Mode = Field(description="The LLM mode in effect (deterministic when none).")
    llm_enabled: bool = Field(description="Whether the LLM kill switch was on.")
    decision_version: Version = Field(description="Which policy and version decided.")


class LlmCallFields(TypedDict, total=False):
    """The fields a record that describes an LLM call shares, by their Python names: what
    ``LlmCallRecord`` subclasses take as keyword arguments (``**fields``)."""

    provider: str | None
    request_model: str | None
    response_model: str | None
    input_tokens: int | None
    output_tokens: int | None
    estimated_cost_usd: float | None
    llm_duration_s: float | None
    error_type: str | None


class LlmCallRecord(LogRecord):
    """A record that describes an LLM call: its provider, model, tokens, cost, time, error.

    All are null when no call was made (the command was not sampled, the switch was off) and
    each is null when it is unknown: tokens the endpoint did not report, the cost of a model
    the policy file has no price for, the model of a call that failed before any answer.
    """

    provider: ModelName | None = Field(
        default=None,
        alias="gen_ai.provider.name",
        description="The GenAI provider (the API flavour spoken), e.g. openai.",
    )
    request_model: ModelName | None = Field(
        default=None, alias="gen_ai.request.model", description="The model asked for."
    )
    response_model: ModelName | None = Field(
        default=None, alias="gen_ai.response.model", description="The model that answered."
    )
    input_tokens: Tokens | None = Field(
        default=None,
        alias="gen_ai.usage.input_tokens",
        description="Prompt tokens, every completion of the call (repairs too) added up.",
    )
    output_tokens: Tokens | None = Field(
        default=None,
        alias="gen_ai.usage.output_tokens",
        description="Completion tokens, every completion of the call added up.",
    )
    estimated_cost_usd: Money | None = Field(
        default=None,
        description="Tokens times the policy file's prices, US dollars (null: no price).",
    )
    llm_duration_s: Seconds | None = Field(
        default=None,
        alias="gen_ai.client.operation.duration",
        description="LLM call time, seconds.",
    )
    error_type: Code | None = Field(
        default=None,
        alias="error.type",
        description="Error taxonomy code when the call failed or timed out.",
    )


class FallbackMetricsRecord(LlmCallRecord):
    """One per decision where an LLM mode was on: what the LLM did and what was used."""

    LOG_TYPE: ClassVar[LogType] = LogType.FALLBACK_METRICS
    log_type: Literal["fallback_metrics"] = "fallback_metrics"
    mode: Mode = Field(description="The LLM mode in effect.")
    llm_outcome: LlmOutcome = Field(description="What became of the LLM call.")
    fallback_reason: Code | None = Field(
        default=None,
        description="Why the deterministic decision replaced the LLM's (null: no fallback).",
    )
    deterministic_used: bool = Field(description="Whether the returned decision is the rules'.")


class ShadowAgreement(BaseModel):
    """Per-field agreement of the shadow LLM with the rules; null when not comparable."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", json_schema_serialization_defaults_required=True
    )

    intent: bool | None = None
    outcome: bool | None = None
    action: bool | None = None
    item_names: bool | None = None
    quantities: bool | None = None
    task_fields: bool | None = None

    def overall(self) -> bool | None:
        """All comparable fields agree (None when no field was comparable).

        >>> ShadowAgreement(intent=True, outcome=False).overall()
        False
        """
        values = [v for v in self.model_dump().values() if v is not None]
        return all(values) if values else None


class ShadowRouterRecord(LlmCallRecord):
    """One per shadow comparison of the LLM's decision with the deterministic one."""

    LOG_TYPE: ClassVar[LogType] = LogType.SHADOW_ROUTER
    log_type: Literal["shadow_router"] = "shadow_router"
    sampled: bool = Field(description="Whether the command fell in the shadow sample.")
    agreement: ShadowAgreement = Field(
        default_factory=ShadowAgreement, description="Agreement per field."
    )
    overall_agreement: bool | None = Field(
        default=None, description="Every comparable field agrees; null when not compared."
    )
    deterministic_s: Seconds = Field(description="Deterministic policy time, seconds.")
    reused_reading: bool = Field(
        default=False,
        description=(
            "The comparison used the reading the decision's mode made (whose tokens and cost "
            "its fallback_metrics record counts) rather than a call of its own."
        ),
    )
    user_text: SensitiveText | None = _sensitive("The command text.")
    deterministic_item_names: tuple[SensitiveText, ...] | None = _sensitive(
        "Item names the rules found."
    )
    llm_item_names: tuple[SensitiveText, ...] | None = _sensitive("Item names the LLM found.")


class AssistHint(BaseModel):
    """One field the LLM offered to fill in assist mode, and what became of it."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", json_schema_serialization_defaults_required=True
    )

    field: Code = Field(description="The decision field, e.g. items, assignee_id, due.")
    offered: bool = Field(description="Whether the LLM offered a value.")
    accepted: bool = Field(description="Whether the value was used.")
    reason: Code | None = Field(default=None, description="Why it was dropped (null: accepted).")
    value: SensitiveText | None = _sensitive("The offered value.")

    @model_validator(mode="after")
    def _accepted_needs_offer(self) -> AssistHint:
        if self.accepted and not self.offered:
            raise ValueError("a hint cannot be accepted without being offered")
        return self


class AssistRecord(LlmCallRecord):
    """One per assist attempt: the hints offered, accepted or dropped with reasons."""

    LOG_TYPE: ClassVar[LogType] = LogType.ASSIST
    log_type: Literal["assist"] = "assist"
    hints: tuple[AssistHint, ...] = Field(default=(), description="One entry per field.")
    user_text: SensitiveText | None = _sensitive("The command text.")


class PartialTrustRiskRecord(LlmCallRecord):
    """One per partial-trust corridor candidate, accepted or not, with its reasons."""

    LOG_TYPE: ClassVar[LogType] = LogType.PARTIAL_TRUST_RISK
    log_type: Literal["partial_trust_risk"] = "partial_trust_risk"
    corridor: Code = Field(description="The corridor, e.g. add_shopping_item.")
    sampled: bool = Field(description="Whether the command fell in the sample.")
    accepted: bool = Field(description="Whether the LLM's decision replaced the rules'.")
    reason_codes: tuple[Code, ...] = Field(default=(), description="Acceptance rules that failed.")
    risk_flags: tuple[Code, ...] = Field(default=(), description="Risks noticed.")
    confidence: Ratio | None = Field(default=None, description="The LLM's confidence, 0..1.")
    user_text: SensitiveText | None = _sensitive("The command text.")
    item_names: tuple[SensitiveText, ...] | None = _sensitive("Item names the LLM proposed.")

    @model_validator(mode="after")
    def _accepted_needs_sample(self) -> PartialTrustRiskRecord:
        if self.accepted and not self.sampled:
            raise ValueError("a candidate cannot be accepted without being sampled")
        return self


class DecisionRecord(LogRecord):
    """The audit log: one per decision returned, with its ids, outcome and versions."""

    LOG_TYPE: ClassVar[LogType] = LogType.DECISION
    log_type: Literal["decision"] = "decision"
    decision_id: Identifier = Field(description="The DecisionDTO's decision_id.")
    status: Literal["ok", "clarify", "error"] = Field(description="The decision's status.")
    outcome: Literal["execute", "clarify", "reject", "confirm"] = Field(
        description="The decision_outcome."
    )
    action: Literal[
        "start_job",
        "propose_create_task",
        "propose_add_shopping_item",
        "clarify",
        "reject",
        "confirm",
    ] = Field(description="The decision's action.")
    confidence: Ratio = Field(description="The decision's confidence, 0..1.")
    contract_version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")] = Field(
        description="The DecisionDTO's schema_version (the contract version)."
    )
    decision_version: Version = Field(description="Which policy and version decided.")
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")] = Field(
        description="The command's language code, e.g. ru or en."
    )
    reject_code: Code | None = Field(default=None, description="The reject code, if rejected.")
    held_back: Literal["evidence", "confidence"] | None = _added(
        None,
        "Why an execute was held back and asked about instead (a clarify of intent, or the "
        "reject capability_not_granted where clarify is not granted): evidence, its wording "
        "scored below min_action_evidence; confidence, its confidence was below "
        "min_execute_confidence. Null for any other decision; missing from lines written "
        "before it was added.",
    )
    user_text: SensitiveText | None = _sensitive("The command text.")
    item_names: tuple[SensitiveText, ...] | None = _sensitive("Item names in the decision.")
    task_title: SensitiveText | None = _sensitive("The task title in the decision.")
    member_names: tuple[SensitiveText, ...] | None = _sensitive("Member names it mentions.")


RECORD_MODELS: dict[LogType, type[LogRecord]] = {
    model.LOG_TYPE: model
    for model in (
        PipelineLatencyRecord,
        FallbackMetricsRecord,
        ShadowRouterRecord,
        AssistRecord,
        PartialTrustRiskRecord,
        DecisionRecord,
    )
}


def sensitive_exclusion(model: type[BaseModel]) -> dict[str, Any]:
    """The pydantic ``exclude`` spec that leaves out every sensitive field, nested ones too."""
    exclude: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("x-sensitive"):
            exclude[name] = True
        elif name == "hints":
            exclude[name] = {"__all__": sensitive_exclusion(AssistHint)}
    return exclude
