"""RFC 9457 problem documents: every error the service answers, typed and bounded.

A problem says what went wrong (``type``, ``title``, ``status``, ``detail``) and, for an
invalid command, lists its violations, each with the JSON pointer policy-core found it at.
The list is cut at ``MAX_VIOLATIONS`` (``violation_count`` still says how many there were),
and each violation is already cut to a bounded length by policy-core.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import JSONResponse

from policy_core.exceptions import Violation

__all__ = [
    "MAX_VIOLATIONS",
    "MEDIA_TYPE",
    "Problem",
    "ProblemViolation",
    "internal_error",
    "not_ready",
    "problem_response",
    "unauthorised",
]

MEDIA_TYPE = "application/problem+json"
MAX_VIOLATIONS = 100
_TYPE_BASE = "urn:hometask:problem:"


class ProblemViolation(BaseModel):
    """One way the command breaks the contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pointer: str = Field(description="RFC 6901 JSON pointer to the offending value.")
    message: str = Field(description="What is wrong with it.")


class Problem(BaseModel):
    """An RFC 9457 problem document, with the service's extension members."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str = Field(description="A URN naming the kind of problem.")
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    instance: str | None = Field(default=None, description="The path that was asked for.")
    violations: tuple[ProblemViolation, ...] | None = None
    violation_count: int | None = Field(default=None, ge=0)


def problem_response(
    status: int,
    kind: str,
    title: str,
    detail: str,
    *,
    instance: str | None = None,
    violations: Sequence[Violation] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """The problem as a response with the problem media type."""
    listed = None
    count = None
    if violations is not None:
        listed = tuple(ProblemViolation(pointer=v.pointer, message=v.message) for v in violations)
        count = len(listed)
        listed = listed[:MAX_VIOLATIONS]
    problem = Problem(
        type=_TYPE_BASE + kind,
        title=title,
        status=status,
        detail=detail,
        instance=instance,
        violations=listed,
        violation_count=count,
    )
    body: dict[str, Any] = problem.model_dump(mode="json", exclude_none=True)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def unauthorised(path: str) -> JSONResponse:
    """401: the request carried no token the service knows."""
    return problem_response(
        401,
        "unauthorised",
        "Unauthorised",
        "send a bearer token the service knows: Authorization: Bearer <token>",
        instance=path,
        headers={"WWW-Authenticate": 'Bearer realm="hometask"'},
    )


def not_ready(path: str) -> JSONResponse:
    """503: the policy is not built yet, or the service is stopping."""
    return problem_response(
        503,
        "not-ready",
        "Not ready",
        "the service is starting or stopping",
        instance=path,
        headers={"Retry-After": "1"},
    )


def internal_error(path: str) -> JSONResponse:
    """500: an unexpected error, whose traceback went to the log and never to the client."""
    return problem_response(
        500,
        "internal-error",
        "Internal error",
        "the service failed to answer; the error is in its log",
        instance=path,
    )
