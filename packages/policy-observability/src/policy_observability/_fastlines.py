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

__all__ = [
    "ActionValue",
    "Assist",
    "Decision",
    "DecisionOutcomeValue",
    "Fallback",
    "FastRecord",
    "Hint",
    "ModeValue",
    "OutcomeValue",
    "PartialTrust",
    "Pipeline",
    "Shadow",
    "StatusValue",
    "decode_block",
    "from_checked",
]

_Millis = Annotated[float, msgspec.Meta(ge=0)]  # JSON has no NaN or infinity to refuse
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


class _Line(msgspec.Struct, frozen=True, gc=False, tag_field="log_type"):
    timestamp: _Time


class Pipeline(_Line, frozen=True, gc=False, tag="pipeline_latency"):
    """pipeline_latency, as aggregated."""

    total_ms: _Millis
    stages: dict[str, _Millis]
    mode: ModeValue


class Fallback(_Line, frozen=True, gc=False, tag="fallback_metrics"):
    """fallback_metrics, as aggregated."""

    mode: ModeValue
    llm_outcome: OutcomeValue
    llm_error_type: str | None
    fallback_reason: str | None
    deterministic_used: bool
    llm_latency_ms: _Millis | None


class Shadow(_Line, frozen=True, gc=False, tag="shadow_router"):
    """shadow_router, as aggregated."""

    sampled: bool
    agreement: dict[str, bool | None]
    overall_agreement: bool | None
    deterministic_latency_ms: _Millis
    llm_latency_ms: _Millis | None
    llm_error_type: str | None


class Hint(msgspec.Struct, frozen=True, gc=False):
    """One assist hint, as aggregated."""

    field: str
    offered: bool
    accepted: bool
    reason: str | None


class Assist(_Line, frozen=True, gc=False, tag="assist"):
    """assist, as aggregated."""

    hints: list[Hint]
    latency_ms: _Millis | None
    llm_error_type: str | None


class PartialTrust(_Line, frozen=True, gc=False, tag="partial_trust_risk"):
    """partial_trust_risk, as aggregated."""

    corridor: str
    sampled: bool
    accepted: bool
    reason_codes: list[str]
    risk_flags: list[str]
    latency_ms: _Millis | None
    llm_error_type: str | None


class Decision(_Line, frozen=True, gc=False, tag="decision"):
    """decision, as aggregated."""

    outcome: DecisionOutcomeValue
    action: ActionValue
    status: StatusValue
    language: str
    decision_version: str
    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)]


FastRecord: TypeAlias = Pipeline | Fallback | Shadow | Assist | PartialTrust | Decision
_BY_TYPE: dict[str, type[FastRecord]] = {
    "pipeline_latency": Pipeline,
    "fallback_metrics": Fallback,
    "shadow_router": Shadow,
    "assist": Assist,
    "partial_trust_risk": PartialTrust,
    "decision": Decision,
}
_DECODER: msgspec.json.Decoder[FastRecord] = msgspec.json.Decoder(FastRecord)
_SINGLE: dict[type[FastRecord], msgspec.json.Decoder[Any]] = {
    kind: msgspec.json.Decoder(kind) for kind in _BY_TYPE.values()
}


def decode_block(lines: Sequence[bytes]) -> tuple[list[FastRecord], bool] | None:
    """Every line decoded, and whether they are all of one type; None when any line is not a
    well-formed record of a known type."""
    if not lines:
        return [], True
    joined = b"\n".join(lines)
    if not joined.isascii():
        try:
            joined.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        # A file holds one log type: decoding for the first line's type proves it of the rest.
        first = _DECODER.decode(lines[0])
        return list(map(_SINGLE[type(first)].decode, lines)), True
    except (msgspec.ValidationError, msgspec.DecodeError):
        pass
    try:
        return list(map(_DECODER.decode, lines)), False
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None


def from_checked(line: Mapping[str, Any]) -> FastRecord:
    """The view of a line that ``parse_line`` accepted (its values already checked)."""
    kind = _BY_TYPE[line["log_type"]]
    values = {name: line[name] for name in kind.__struct_fields__}
    if kind is Assist:
        values["hints"] = [Hint(**hint) for hint in values["hints"]]
    return kind(**values)
