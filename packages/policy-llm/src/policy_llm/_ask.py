"""Asking for structured output the way the policy file says: one repair, then escalation.

For a task the policy file names a profile, and each profile may name a stronger one to
escalate to. A call whose answer is not JSON, or breaks the schema, is followed by up to the
task's ``repair_attempts`` repair turns (the bad answer and what is wrong with it, asking for
the corrected object only); when those fail too the next profile of the escalation chain is
tried. Transport errors (timeout, unavailable, rate limited, HTTP errors) are not repaired or
escalated: the client already retried what was worth retrying. Everything happens before one
deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from policy_llm._async_client import AsyncLLMClient
from policy_llm._policy_file import PolicyFile, Profile
from policy_llm._wire import NO_USAGE, ChatRequest, JsonResult, StructuredMode, TokenUsage
from policy_llm.exceptions import (
    LLMInvalidJSONError,
    LLMSchemaInvalidError,
    LLMTimeoutError,
)

__all__ = ["Answer", "MessageBuilder", "ask_structured", "structured_request"]

# messages for a profile's structured-output mode: the schema goes in the prompt only when the
# endpoint is not given it as a response format.
MessageBuilder = Callable[[Mapping[str, Any] | None], Sequence[Mapping[str, str]]]

_REPAIR = (
    "Your last answer was not usable: {problem}. Reply with only the corrected JSON object, "
    "nothing else."
)
_MAX_PROBLEM = 300
_MAX_ECHO = 4000  # of the bad answer sent back in a repair turn


@dataclass(frozen=True, slots=True)
class Answer:
    """A schema-valid answer and how it was obtained: ``model`` is the one asked (the answer's
    own ``result.result.model`` is the one that says it wrote it), ``usage`` what every
    completion it took cost, the unusable ones before it included (cache hits cost nothing)."""

    data: dict[str, Any]
    result: JsonResult
    profile: str
    model: str
    repairs: int  # repair turns that were needed
    escalations: int  # profiles escalated past
    usage: TokenUsage = NO_USAGE


def structured_request(
    messages: Sequence[Mapping[str, str]],
    profile: Profile,
    model: str,
    schema: Mapping[str, Any],
    timeout_s: float,
) -> ChatRequest:
    mode: StructuredMode = profile.structured_output
    return ChatRequest(
        messages=tuple(messages),
        model=model,
        temperature=profile.temperature,
        max_tokens=profile.max_tokens,
        token_parameter=profile.token_parameter,
        timeout_s=timeout_s,
        structured=mode,
        schema=schema,
        schema_name="extraction",
    )


def _problem(exc: LLMInvalidJSONError | LLMSchemaInvalidError) -> str:
    if isinstance(exc, LLMSchemaInvalidError) and exc.violations:
        problem = "; ".join(str(v) for v in exc.violations[:3])
    else:
        problem = "it is not a JSON object"
    return problem[:_MAX_PROBLEM]


def _sendable(text: str) -> str:
    """``text`` without lone surrogates (a model can write "\\ud800" in its JSON envelope), which
    no UTF-8 request body can carry."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _repair_turn(exc: LLMInvalidJSONError | LLMSchemaInvalidError) -> list[dict[str, str]]:
    """The bad answer, echoed (cut short), and what is wrong with it."""
    return [
        {"role": "assistant", "content": _sendable(exc.content[:_MAX_ECHO])},
        {"role": "user", "content": _sendable(_REPAIR.format(problem=_problem(exc)))},
    ]


async def ask_structured(
    client: AsyncLLMClient,
    policy: PolicyFile,
    task: str,
    build_messages: MessageBuilder,
    schema: Mapping[str, Any],
    *,
    deadline: float,
    clock: Callable[[], float] = time.monotonic,
) -> Answer:
    """A schema-valid answer for ``task`` before ``deadline`` (a ``clock()`` reading).

    Raises the last ``LLMError`` when every profile of the chain failed, or
    ``LLMTimeoutError`` when the deadline passed first.
    """
    route = policy.route_for(task)
    last: LLMInvalidJSONError | LLMSchemaInvalidError | None = None
    spent = NO_USAGE  # by the unusable answers so far
    for escalations, (name, profile) in enumerate(policy.escalation_chain(task)):
        model = policy.model_for(profile)
        in_prompt = schema if profile.structured_output == "prompt" else None
        messages = list(build_messages(in_prompt))
        for repairs in range(route.repair_attempts + 1):
            remaining = deadline - clock()
            if remaining <= 0:
                raise LLMTimeoutError("the LLM time budget ran out before an answer")
            timeout = min(profile.timeout_s, remaining)
            try:
                result = await client.complete_json(
                    structured_request(messages, profile, model, schema, timeout)
                )
            except (LLMInvalidJSONError, LLMSchemaInvalidError) as exc:
                last = exc
                spent += exc.usage or NO_USAGE
                messages += _repair_turn(exc)
                continue
            usage = spent + result.result.spent
            return Answer(result.data, result, name, model, repairs, escalations, usage)
    if last is None:  # pragma: no cover - a chain always holds the task's own profile
        raise LLMTimeoutError("no profile was tried")
    raise last
