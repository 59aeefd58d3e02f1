"""The error taxonomy of SPEC §5: one class per error_type, structured attributes, no content."""

from __future__ import annotations

import doctest

import pytest

from policy_core import PolicyError, Violation
from policy_llm import exceptions
from policy_llm.exceptions import (
    LLMDisabledError,
    LLMError,
    LLMHTTPError,
    LLMInvalidJSONError,
    LLMMisconfiguredError,
    LLMRateLimitedError,
    LLMRefusedError,
    LLMSchemaInvalidError,
    LLMTimeoutError,
    LLMUnavailableError,
    redact,
)

TAXONOMY: dict[type[LLMError], str] = {
    LLMDisabledError: "disabled",
    LLMMisconfiguredError: "misconfigured",
    LLMTimeoutError: "timeout",
    LLMUnavailableError: "unavailable",
    LLMRateLimitedError: "rate_limited",
    LLMHTTPError: "http_error",
    LLMRefusedError: "refused",
    LLMInvalidJSONError: "invalid_json",
    LLMSchemaInvalidError: "schema_invalid",
}


def test_one_class_per_error_type_of_the_spec_all_under_policy_error() -> None:
    assert sorted(TAXONOMY.values()) == sorted(
        [
            "disabled",
            "misconfigured",
            "timeout",
            "unavailable",
            "rate_limited",
            "http_error",
            "refused",
            "invalid_json",
            "schema_invalid",
        ]
    )
    for cls, error_type in TAXONOMY.items():
        assert cls.error_type == error_type
        assert issubclass(cls, LLMError)
        assert issubclass(cls, PolicyError)


def test_the_module_exports_the_whole_tree() -> None:
    exported = {getattr(exceptions, name) for name in exceptions.__all__}
    assert set(TAXONOMY) | {LLMError} <= exported


def test_structured_attributes() -> None:
    misconfigured = LLMMisconfiguredError("endpoint.base_url", "must be an http:// URL")
    assert (misconfigured.field, misconfigured.problem) == (
        "endpoint.base_url",
        "must be an http:// URL",
    )
    assert str(misconfigured) == "endpoint.base_url: must be an http:// URL"
    limited = LLMRateLimitedError("slow down", retry_after_s=3.0, attempts=3)
    assert (limited.retry_after_s, limited.attempts) == (3.0, 3)
    assert LLMHTTPError("nope", status_code=404).status_code == 404
    assert LLMTimeoutError("late").attempts == 0


@pytest.mark.parametrize(
    "error",
    [
        LLMInvalidJSONError("content is not valid JSON", content="SECRET-OUTPUT"),
        LLMSchemaInvalidError(
            "content breaks the schema: 1 violation at /intent",
            content="SECRET-OUTPUT",
            violations=(Violation("/intent", "'SECRET-OUTPUT' is not one of ['x']"),),
        ),
    ],
    ids=["invalid_json", "schema_invalid"],
)
def test_model_output_is_kept_but_not_shown(
    error: LLMInvalidJSONError | LLMSchemaInvalidError,
) -> None:
    assert error.content == "SECRET-OUTPUT"
    assert "SECRET-OUTPUT" not in str(error)
    assert "SECRET-OUTPUT" not in repr(error)
    assert "SECRET-OUTPUT" not in repr(error.args)


@pytest.mark.parametrize(
    ("text", "secret", "expected"),
    [
        ("key sk-1 refused; sk-1 again", "sk-1", "key [redacted] refused; [redacted] again"),
        ("nothing here", "sk-1", "nothing here"),
        ("no key configured", "", "no key configured"),
    ],
)
def test_redact(text: str, secret: str, expected: str) -> None:
    assert redact(text, secret) == expected


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(exceptions)
    assert results.attempted > 0
    assert results.failed == 0
