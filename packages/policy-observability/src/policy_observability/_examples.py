"""One example record per log type: published in the schemas and used by docs and tests."""

from __future__ import annotations

from datetime import UTC, datetime

from policy_observability._records import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LogRecord,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
)
from policy_observability._types import LlmOutcome, LogType, Mode, parse_log_type

__all__ = ["example_record"]

_WHEN = datetime(2026, 3, 14, 9, 26, 53, 589000, tzinfo=UTC)
_JOIN = {"command_id": "cmd-7f3a", "trace_id": "trace-01HZX3K9", "timestamp": _WHEN}


def example_record(log_type: LogType | str) -> LogRecord:
    """A realistic record of ``log_type``, with every sensitive field filled.

    >>> example_record("decision").outcome
    'execute'
    """
    match parse_log_type(log_type):
        case LogType.PIPELINE_LATENCY:
            return PipelineLatencyRecord(
                **_JOIN,
                total_s=0.003412,
                stages_s={
                    "validate": 0.00061,
                    "extract": 0.00187,
                    "build": 0.00052,
                    "shadow": 0.00002,
                },
                mode=Mode.SHADOW,
                llm_enabled=True,
                decision_version="deterministic/0.1.0",
            )
        case LogType.FALLBACK_METRICS:
            return FallbackMetricsRecord(
                **_JOIN,
                mode=Mode.PARTIAL_TRUST,
                llm_outcome=LlmOutcome.TIMEOUT,
                error_type="timeout",
                fallback_reason="timeout",
                deterministic_used=True,
                provider="openai",
                request_model="gpt-4o-mini",
                llm_duration_s=1.5,
            )
        case LogType.SHADOW_ROUTER:
            agreement = ShadowAgreement(
                intent=True, outcome=True, action=True, item_names=False, quantities=True
            )
            return ShadowRouterRecord(
                **_JOIN,
                sampled=True,
                agreement=agreement,
                overall_agreement=agreement.overall(),
                deterministic_s=0.0029,
                provider="openai",
                request_model="gpt-4o-mini",
                response_model="gpt-4o-mini-2024-07-18",
                input_tokens=1184,
                output_tokens=96,
                estimated_cost_usd=0.0002352,
                llm_duration_s=0.8425,
                user_text="купи 2 литра молока и хлеб",
                deterministic_item_names=("молоко", "хлеб"),
                llm_item_names=("молоко",),
            )
        case LogType.ASSIST:
            return AssistRecord(
                **_JOIN,
                hints=(
                    AssistHint(field="assignee_id", offered=True, accepted=True, value="u-masha"),
                    AssistHint(
                        field="items",
                        offered=True,
                        accepted=False,
                        reason="not_grounded",
                        value="сыр",
                    ),
                    AssistHint(field="due", offered=False, accepted=False, reason="not_offered"),
                ),
                provider="openai",
                request_model="gpt-4o-mini",
                response_model="gpt-4o-mini-2024-07-18",
                input_tokens=1090,
                output_tokens=71,
                estimated_cost_usd=0.0002061,
                llm_duration_s=0.611,
                user_text="Маше вынести мусор",
            )
        case LogType.PARTIAL_TRUST_RISK:
            return PartialTrustRiskRecord(
                **_JOIN,
                corridor="add_shopping_item",
                sampled=True,
                accepted=False,
                # "cheese": a word the text lacks, and an item the rules did not find
                reason_codes=("item_not_grounded", "items_added"),
                risk_flags=(),
                confidence=0.74,
                provider="openai",
                request_model="llama-3.1-8b-instruct",
                response_model="llama-3.1-8b-instruct",
                input_tokens=1102,
                output_tokens=88,
                llm_duration_s=0.9302,
                user_text="buy milk and eggs",
                item_names=("milk", "cheese"),
            )
        case LogType.DECISION:
            return DecisionRecord(
                **_JOIN,
                decision_id="dec-5b1e",
                status="ok",
                outcome="execute",
                action="start_job",
                confidence=0.92,
                contract_version="2.1.0",
                decision_version="deterministic/0.1.0",
                language="ru",
                user_text="Напомни Пете завтра вынести мусор",
                task_title="Вынести мусор",
                member_names=("Петя",),
            )
