"""What a record says about one LLM reading: provider, models, tokens, cost, time, error.

The same fields on every record that describes a call (``fallback_metrics``,
``shadow_router``, ``assist``, ``partial_trust_risk``), under the OpenTelemetry GenAI names
(``policy_observability.LlmCallRecord``). Tokens are every completion the reading took,
repairs and escalations included; unknown ones (the endpoint reported none) are None, and so
is the cost of a model the policy file has no price for.
"""

from __future__ import annotations

from policy_llm._ask import Answer
from policy_llm._policy_file import PolicyFile
from policy_llm.exceptions import LLMError
from policy_observability import LlmCallFields

__all__ = ["call_fields"]

_MS_PER_S = 1000.0


def call_fields(
    policy: PolicyFile,
    model: str,
    *,
    answer: Answer | None = None,
    error: LLMError | None = None,
    latency_ms: float | None = None,
) -> LlmCallFields:
    """The fields of a reading that gave ``answer``, or failed with ``error`` (then the model
    is ``model``, the one the task asks first), and took ``latency_ms``."""
    fields: LlmCallFields = {"provider": policy.endpoint.provider}
    if latency_ms is not None:
        fields["llm_duration_s"] = latency_ms / _MS_PER_S
    if answer is None:
        fields["request_model"] = model
        if error is not None:
            fields["error_type"] = error.error_type
        return fields
    answered = answer.result.result.model
    fields["request_model"] = answer.model
    fields["response_model"] = answered
    usage = answer.usage
    if usage.reported:
        fields["input_tokens"] = usage.prompt_tokens
        fields["output_tokens"] = usage.completion_tokens
        fields["estimated_cost_usd"] = policy.estimated_cost(
            (answer.model, answered), usage.prompt_tokens, usage.completion_tokens
        )
    return fields
