"""Record models and their published JSON Schemas agree; every record has the common fields."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import ValidationError

from policy_observability import (
    RECORD_SCHEMA_VERSION,
    AssistHint,
    LogRecord,
    LogType,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    RecordValidationError,
    ShadowAgreement,
    UnknownLogTypeError,
    example_record,
    is_secret_name,
    record_model,
    record_schema,
    validate_record,
)
from policy_observability._records import sensitive_exclusion
from policy_observability._schemas import build_schema, schema_filename

KINDS = list(LogType)


def _document(kind: LogType) -> dict[str, Any]:
    document: dict[str, Any] = example_record(kind).model_dump(mode="json")
    return document


def _validator(kind: LogType) -> Draft202012Validator:
    return Draft202012Validator(record_schema(kind), format_checker=FormatChecker())


def _spelling(node: Any) -> Any:
    """One spelling for what pydantic releases write differently but mean the same:
    ``const`` with or without a one-item ``enum``, ``$ref`` alone or wrapped in ``allOf``."""
    if isinstance(node, list):
        return [_spelling(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _spelling(value) for key, value in node.items()}
    if "const" in node and node.get("enum") == [node["const"]]:
        del node["enum"]
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and set(all_of[0]) == {"$ref"}:
        del node["allOf"]
        node["$ref"] = all_of[0]["$ref"]
    return node


@pytest.mark.parametrize("kind", KINDS)
def test_the_committed_schema_is_the_one_the_model_generates(kind: LogType) -> None:
    # If this fails after a model change: python packages/policy-observability/scripts/generate_schemas.py
    assert _spelling(record_schema(kind)) == _spelling(build_schema(kind))


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_files_ship_inside_the_package(kind: LogType) -> None:
    text = (
        resources.files("policy_observability")
        .joinpath("schemas", schema_filename(kind))
        .read_text("utf-8")
    )
    Draft202012Validator.check_schema(json.loads(text))


@pytest.mark.parametrize("kind", KINDS)
def test_what_the_model_writes_validates_against_the_schema(kind: LogType) -> None:
    document = _document(kind)
    assert list(_validator(kind).iter_errors(document)) == []
    assert validate_record(document) is kind
    # ...also with the sensitive fields left out, as LogHub writes them by default.
    lean = example_record(kind).model_dump(
        mode="json", exclude=sensitive_exclusion(record_model(kind))
    )
    assert list(_validator(kind).iter_errors(lean)) == []


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_rejects_a_record_missing_any_required_field(kind: LogType) -> None:
    schema = record_schema(kind)
    required = schema["required"]
    assert {"log_type", "schema_version", "timestamp", "command_id", "trace_id"} <= set(required)
    for field in required:
        document = _document(kind)
        del document[field]
        assert not _validator(kind).is_valid(document), field
        if field == "log_type":
            continue  # validate_record cannot pick a schema: UnknownLogTypeError, tested below
        with pytest.raises(RecordValidationError) as caught:
            validate_record(document)
        assert any(field in message for _, message in caught.value.errors)


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_rejects_unknown_fields_and_bad_timestamps(kind: LogType) -> None:
    validator = _validator(kind)
    assert not validator.is_valid(_document(kind) | {"api_key": "sk-secret"})
    for stamp in (
        "2026-03-14T09:26:53+03:00",
        "2026-03-14 09:26:53Z",
        "yesterday",
        "2026-03-14T09:26:53",
    ):
        assert not validator.is_valid(_document(kind) | {"timestamp": stamp}), stamp


@pytest.mark.parametrize("kind", KINDS)
def test_sensitive_fields_are_marked_and_never_required(kind: LogType) -> None:
    schema = record_schema(kind)
    for definition in [schema, *schema.get("$defs", {}).values()]:
        sensitive = {n for n, p in definition.get("properties", {}).items() if p.get("x-sensitive")}
        assert not sensitive & set(definition.get("required", []))


def test_the_sensitive_fields_are_the_user_content_ones() -> None:
    exclusions = {kind.value: sensitive_exclusion(record_model(kind)) for kind in KINDS}
    assert exclusions == {
        "pipeline_latency": {},
        "fallback_metrics": {},
        "shadow_router": {
            "user_text": True,
            "deterministic_item_names": True,
            "llm_item_names": True,
        },
        "assist": {"hints": {"__all__": {"value": True}}, "user_text": True},
        "partial_trust_risk": {"user_text": True, "item_names": True},
        "decision": {
            "user_text": True,
            "item_names": True,
            "task_title": True,
            "member_names": True,
        },
    }


@pytest.mark.parametrize("kind", KINDS)
def test_every_record_carries_the_common_fields(kind: LogType) -> None:
    record = record_model(kind)
    document = _document(kind)
    assert document["log_type"] == kind.value == record.LOG_TYPE
    assert document["schema_version"] == RECORD_SCHEMA_VERSION
    assert document["timestamp"].endswith("Z")
    assert document["command_id"]
    assert document["trace_id"]
    assert issubclass(record, LogRecord)
    assert record.model_config.get("frozen")
    assert record.model_config.get("extra") == "forbid"


def test_timestamps_default_to_now_in_utc_and_are_converted_to_utc() -> None:
    before = datetime.now(UTC)
    record = PipelineLatencyRecord(
        command_id="c",
        trace_id="t",
        total_s=1.0,
        mode="deterministic",
        llm_enabled=False,
        decision_version="d",
    )
    assert before <= record.timestamp <= datetime.now(UTC)
    moscow = datetime(2026, 3, 14, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    shifted = record.model_copy(update={"timestamp": moscow})
    converted = PipelineLatencyRecord.model_validate(shifted.model_dump())
    assert converted.model_dump(mode="json")["timestamp"] == "2026-03-14T09:00:00Z"
    with pytest.raises(ValidationError):
        PipelineLatencyRecord.model_validate(
            record.model_dump() | {"timestamp": datetime(2026, 3, 14)}
        )


def test_records_are_frozen_and_refuse_unknown_fields() -> None:
    record = PipelineLatencyRecord.model_validate(example_record("pipeline_latency").model_dump())
    with pytest.raises(ValidationError):
        record.total_s = 2.0  # type: ignore[misc]
    with pytest.raises(ValidationError):
        PipelineLatencyRecord.model_validate(
            record.model_dump() | {"api_key": "sk-abcdefghijklmnop"}
        )


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ({"total_s": -1.0}, "negative latency"),
        ({"total_s": float("inf")}, "infinite latency"),
        ({"total_s": float("nan")}, "NaN latency"),
        ({"mode": "yolo"}, "unknown mode"),
        ({"stages_s": {"two words": 1.0}}, "a stage name is a code, not text"),
        ({"command_id": ""}, "empty join key"),
    ],
)
def test_bad_values_are_refused_when_the_record_is_built(bad: dict[str, Any], why: str) -> None:
    base = example_record("pipeline_latency").model_dump()
    with pytest.raises(ValidationError):
        PipelineLatencyRecord.model_validate(base | bad)


def test_consistency_rules() -> None:
    with pytest.raises(ValidationError):
        AssistHint(field="due", offered=False, accepted=True)
    with pytest.raises(ValidationError):
        PartialTrustRiskRecord(
            command_id="c", trace_id="t", corridor="add_shopping_item", sampled=False, accepted=True
        )


@pytest.mark.parametrize(
    ("agreement", "overall"),
    [
        (ShadowAgreement(), None),
        (ShadowAgreement(intent=True, outcome=True), True),
        (ShadowAgreement(intent=True, item_names=False), False),
        (ShadowAgreement(quantities=None, task_fields=True), True),
    ],
)
def test_overall_agreement_is_every_comparable_field(
    agreement: ShadowAgreement, overall: bool | None
) -> None:
    assert agreement.overall() is overall


def test_no_record_field_is_named_like_a_credential() -> None:
    for kind in KINDS:
        schema = record_schema(kind)
        for definition in [schema, *schema.get("$defs", {}).values()]:
            for name in definition.get("properties", {}):
                assert not is_secret_name(name), (kind, name)


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("api_key", True),
        ("API_KEY", True),
        ("llm_api_key", True),
        ("apiKey", True),
        ("x-api-key", True),
        ("Authorization", True),
        ("proxy_authorization", True),
        ("access_token", True),
        ("refreshToken", True),
        ("token", True),
        ("auth", True),
        ("client_secret", True),
        ("password", True),
        ("bearer", True),
        ("idempotency_key", True),
        ("prompt_tokens", False),  # a usage count
        ("keyboard", False),
        ("monkey", False),
        ("tokenize", False),
        ("author", False),
        ("validate", False),
        ("llm_shadow_submit", False),
    ],
)
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


def test_validate_record_needs_a_known_log_type() -> None:
    with pytest.raises(UnknownLogTypeError):
        validate_record({"log_type": "weather"})
    with pytest.raises(UnknownLogTypeError):
        validate_record({})
