"""The JSON Schemas policy-eval publishes for its own documents (report and baseline)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from policy_eval._jsonschema import compile_validator

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["EvalSchemaName", "eval_schema", "eval_schema_validator"]

EvalSchemaName = Literal["report", "baseline"]


@cache
def _schema_text(name: EvalSchemaName) -> str:
    return resources.files("policy_eval").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")


def eval_schema(name: EvalSchemaName) -> dict[str, Any]:
    """A fresh copy of the schema of policy-eval's ``report`` or ``baseline`` document.

    >>> eval_schema("report")["title"]
    'policy-eval report'
    """
    schema: dict[str, Any] = json.loads(_schema_text(name))
    return schema


@cache
def eval_schema_validator(name: EvalSchemaName) -> Validator:
    """A validator for one of the schemas, compiled once per process."""
    return compile_validator(eval_schema(name))
