"""The aggregation's fast reader: whole blocks of log lines decoded by msgspec in one C loop.

``_lines`` (pydantic) stays the definition of what a line means: which lines are malformed and
why. These views read the same fields with the same types and ranges, so a line they accept is
one ``parse_line`` accepts with the same values; a block they cannot take whole (a malformed
line, a blank one, bytes that are not UTF-8) is handed back to ``parse_line`` line by line. Two
differences are closed around them: msgspec skips unknown fields without checking their UTF-8
(so a block must be valid UTF-8 first), and it rounds timestamps with more than six fractional
digits to the microsecond where pydantic truncates (so ``Aggregator`` re-reads the few lines
whose timestamp could decide a result: the extremes and the ``--since``/``--until`` bounds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, Literal, TypeAlias

import msgspec

from policy_observability._lines import line_tag

__all__ = [
    "ActionValue",
    "Assist",
    "AssistV1",
    "Decision",
    "DecisionOutcomeValue",
    "DecisionV1",
    "Fallback",
    "FallbackV1",
    "FastRecord",
    "HeldBackValue",
    "Hint",
    "ModeValue",
    "OldRecord",
    "OutcomeValue",
    "PartialTrust",
    "PartialTrustV1",
    "Pipeline",
    "PipelineV1",
    "Shadow",
    "ShadowV1",
    "StatusValue",
    "decode_block",
    "from_checked",
]

_Duration = Annotated[float, msgspec.Meta(ge=0)]  # JSON has no NaN or infinity to refuse
_Count = Annotated[int, msgspec.Meta(ge=0)]
_Time = Annotated[datetime, msgspec.Meta(tz=True)]
# The values the record schemas allow where the aggregation reads any string: msgspec hands
# back one shared str for each (no new object per line). A line with another value is still
# aggregated, by the pydantic views (a test holds these to the record models).
ModeValue = Literal["deterministic", "shadow", "assist", "partial_trust"]
OutcomeValue = Literal["ok", "timeout", "error", "rejected", "skipped", "disabled"]
StatusValue = Literal["ok", "clarify", "error"]
DecisionOutcomeValue = Literal["execute", "clarify", "reject", "confirm"]
ActionValue = Literal[
    "start_job", "propose_create_task", "propose_add_shopping_item", "clarify", "reject", "confirm"
]
HeldBackValue = Literal["evidence", "confidence"]
# The versions each family reads whole; any other (a later minor version, none at all) goes
# to the pydantic views, which pick the family by line_tag.
_V2 = Literal["2.0.0"]
_V1 = Literal["1.0.0"]


class _Line(msgspec.Struct, frozen=True, gc=False, tag_field="log_type"):
    timestamp: _Time


class _LineV2(_Line, frozen=True, gc=False):
    schema_version: _V2


class Pipeline(_LineV2, frozen=True, gc=False, tag="pipeline_latency"):
    """pipeline_latency, as aggregated."""

    total_s: _Duration
    stages_s: dict[str, _Duration]
    mode: ModeValue


class _Call(_LineV2, frozen=True, gc=False):
    """What the aggregation reads of an LLM call."""

    llm_duration_s: _Duration | None = msgspec.field(name="gen_ai.client.operation.duration")
    error_type: str | None = msgspec.field(name="error.type")


class _Usage(_Call, frozen=True, gc=False):
    """An LLM call whose tokens and cost the aggregation adds up."""

    request_model: str | None = msgspec.field(name="gen_ai.request.model")
    input_tokens: _Count | None = msgspec.field(name="gen_ai.usage.input_tokens")
    output_tokens: _Count | None = msgspec.field(name="gen_ai.usage.output_tokens")
    estimated_cost_usd: Annotated[float, msgspec.Meta(ge=0)] | None


class Fallback(_Usage, frozen=True, gc=False, tag="fallback_metrics"):
    """fallback_metrics, as aggregated."""

    mode: ModeValue
    llm_outcome: OutcomeValue
    fallback_reason: str | None
    deterministic_used: bool


class Shadow(_Usage, frozen=True, gc=False, tag="shadow_router"):
    """shadow_router, as aggregated."""

    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_s: _Duration
    reused_reading: bool


class Hint(msgspec.Struct, frozen=True, gc=False):
    """One assist hint, as aggregated."""

    field: str
    offered: bool
    accepted: bool
    reason: str | None


class Assist(_Call, frozen=True, gc=False, tag="assist"):
    """assist, as aggregated."""

    hints: list[Hint]


class PartialTrust(_Call, frozen=True, gc=False, tag="partial_trust_risk"):
    """partial_trust_risk, as aggregated."""

    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]


class _DecisionFields(_Line, frozen=True, gc=False):
    outcome: DecisionOutcomeValue
    action: ActionValue
    status: StatusValue
    language: str
    decision_version: str
    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)]


class Decision(_DecisionFields, frozen=True, gc=False, tag="decision"):
    """decision, as aggregated (``held_back`` None when the line has none: written before the
    field was added)."""

    schema_version: _V2
    held_back: HeldBackValue | None = None


# Schema 1: milliseconds, llm_error_type; ``_upgrade`` turns each into its version-2 struct.


class _LineV1(_Line, frozen=True, gc=False):
    schema_version: _V1


class PipelineV1(_LineV1, frozen=True, gc=False, tag="pipeline_latency"):
    """pipeline_latency of schema 1, as aggregated."""

    total_ms: _Duration
    stages: dict[str, _Duration]
    mode: ModeValue


class FallbackV1(_LineV1, frozen=True, gc=False, tag="fallback_metrics"):
    """fallback_metrics of schema 1, as aggregated."""

    mode: ModeValue
    llm_outcome: OutcomeValue
    llm_error_type: str | None
    fallback_reason: str | None
    deterministic_used: bool
    llm_latency_ms: _Duration | None


class ShadowV1(_LineV1, frozen=True, gc=False, tag="shadow_router"):
    """shadow_router of schema 1, as aggregated."""

    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_latency_ms: _Duration
    llm_latency_ms: _Duration | None
    llm_error_type: str | None


class AssistV1(_LineV1, frozen=True, gc=False, tag="assist"):
    """assist of schema 1, as aggregated."""

    hints: list[Hint]
    latency_ms: _Duration | None
    llm_error_type: str | None


class PartialTrustV1(_LineV1, frozen=True, gc=False, tag="partial_trust_risk"):
    """partial_trust_risk of schema 1, as aggregated."""

    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]
    latency_ms: _Duration | None
    llm_error_type: str | None


class DecisionV1(_DecisionFields, frozen=True, gc=False, tag="decision"):
    """decision of schema 1, as aggregated (the fields of version 2)."""

    schema_version: _V1


FastRecord: TypeAlias = Pipeline | Fallback | Shadow | Assist | PartialTrust | Decision
OldRecord: TypeAlias = PipelineV1 | FallbackV1 | ShadowV1 | AssistV1 | PartialTrustV1 | DecisionV1
_BY_TAG: dict[str, type[FastRecord] | type[OldRecord]] = {
    **{f"{kind.__struct_config__.tag}@2": kind for kind in FastRecord.__args__},
    **{f"{kind.__struct_config__.tag}@1": kind for kind in OldRecord.__args__},
}
_DECODER: msgspec.json.Decoder[FastRecord] = msgspec.json.Decoder(FastRecord)
_DECODER_V1: msgspec.json.Decoder[OldRecord] = msgspec.json.Decoder(OldRecord)
_SINGLE: dict[type[Any], msgspec.json.Decoder[Any]] = {
    kind: msgspec.json.Decoder(kind) for kind in _BY_TAG.values()
}
_ERRORS = (msgspec.ValidationError, msgspec.DecodeError)


def _decode(
    lines: Sequence[bytes], union: msgspec.json.Decoder[Any]
) -> tuple[list[Any], bool] | None:
    try:
        # A file holds one log type: decoding for the first line's type proves it of the rest.
        first = union.decode(lines[0])
        return list(map(_SINGLE[type(first)].decode, lines)), True
    except _ERRORS:
        pass
    try:
        return list(map(union.decode, lines)), False
    except _ERRORS:
        return None


def decode_block(lines: Sequence[bytes]) -> tuple[list[FastRecord], bool] | None:
    """Every line decoded (in the shape of schema 2), and whether they are all of one type;
    None when any line is not a well-formed record of a known type, all of one version."""
    if not lines:
        return [], True
    joined = b"\n".join(lines)
    if not joined.isascii():
        try:
            joined.decode("utf-8")
        except UnicodeDecodeError:
            return None
    decoded = _decode(lines, _DECODER)
    if decoded is not None:
        return decoded
    old = _decode(lines, _DECODER_V1)
    if old is None:
        return None
    from policy_observability._upgrade import upgrade_all  # noqa: PLC0415 (old files only)

    return upgrade_all(old[0]), old[1]


def from_checked(line: Mapping[str, Any]) -> FastRecord:
    """The view of a line that ``parse_line`` accepted (its values already checked), in the
    shape of schema 2."""
    kind = _BY_TAG[line_tag(line) or ""]
    values = {
        name: line[name]
        for name in kind.__struct_fields__
        if name != "schema_version" and name in line  # (a field added later: its default)
    }
    if "hints" in values:
        values["hints"] = [Hint(**hint) for hint in values["hints"]]
    version = "2.0.0" if kind in FastRecord.__args__ else "1.0.0"
    record = kind(schema_version=version, **values)  # type: ignore[arg-type]
    if isinstance(record, FastRecord):
        return record
    from policy_observability._upgrade import upgrade  # noqa: PLC0415 (old files only)

    return upgrade(record)
