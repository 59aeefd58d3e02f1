"""The service's OpenAPI 3.1 document, built from the published contract schemas.

The CommandDTO and DecisionDTO schemas are policy-core's published JSON Schemas (which its
pydantic models are proven to agree with), their ``$defs`` lifted into
``components/schemas``; the problem document's schema comes from its pydantic model. So the
document cannot drift from what ``/v1/decide`` validates and answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from policy_core import load_schema
from policy_llm.serve._problems import MEDIA_TYPE, Problem

__all__ = ["openapi_document"]

_REF = "#/components/schemas/"


def _lifted(schema: Mapping[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$defs`` moved into ``components`` and its refs pointed there."""
    text = json.dumps({k: v for k, v in schema.items() if k not in {"$defs", "$schema", "$id"}})
    defs = schema.get("$defs", {})
    for name, definition in defs.items():
        components[name] = json.loads(json.dumps(definition).replace("#/$defs/", _REF))
    lifted: dict[str, Any] = json.loads(text.replace("#/$defs/", _REF))
    return lifted


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {MEDIA_TYPE: {"schema": {"$ref": _REF + "Problem"}}},
    }


def openapi_document(version: str, *, authenticated: bool) -> dict[str, Any]:
    """The OpenAPI document of the service at ``version``; ``authenticated`` adds the
    bearer scheme to the routes that need a token."""
    components: dict[str, Any] = {}
    components["CommandDTO"] = _lifted(load_schema("command"), components)
    components["DecisionDTO"] = _lifted(load_schema("decision"), components)
    problem = Problem.model_json_schema(ref_template=_REF + "{model}")
    components.update(problem.pop("$defs", {}))
    components["Problem"] = problem
    secured: dict[str, Any] = {"security": [{"bearer": []}]} if authenticated else {}
    unauthorised = {"401": _problem("No token, or not a token the service knows.")}
    status_schema = {
        "type": "object",
        "required": ["status"],
        "properties": {"status": {"type": "string"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "HomeTask Policy Platform",
            "version": version,
            "description": "Decisions for household commands (SPEC §10).",
        },
        "paths": {
            "/v1/decide": {
                "post": {
                    "operationId": "decide",
                    "summary": "Decide one command.",
                    **secured,
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": _REF + "CommandDTO"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "The decision.",
                            "content": {
                                "application/json": {"schema": {"$ref": _REF + "DecisionDTO"}}
                            },
                        },
                        "400": _problem("The body is not JSON."),
                        **(unauthorised if authenticated else {}),
                        "408": _problem("The body did not arrive within the request timeout."),
                        "413": _problem("The body is larger than the limit."),
                        "415": _problem("The body is not labelled as JSON."),
                        "422": _problem("The command breaks the contract: every violation."),
                        "503": _problem("No decision within the request timeout."),
                    },
                }
            },
            "/healthz": {
                "get": {
                    "operationId": "healthz",
                    "summary": "The process lives.",
                    "responses": {
                        "200": {
                            "description": "Alive.",
                            "content": {"application/json": {"schema": status_schema}},
                        }
                    },
                }
            },
            "/readyz": {
                "get": {
                    "operationId": "readyz",
                    "summary": "Ready to decide: the rules loaded, the LLM runtime started when on.",
                    "responses": {
                        "200": {
                            "description": "Ready.",
                            "content": {"application/json": {"schema": status_schema}},
                        },
                        "503": _problem("Not ready yet, or no longer."),
                    },
                }
            },
            "/metrics": {
                "get": {
                    "operationId": "metrics",
                    "summary": "Metrics in the Prometheus text format.",
                    **secured,
                    "responses": {
                        "200": {
                            "description": "The metrics.",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        },
                        **(unauthorised if authenticated else {}),
                    },
                }
            },
        },
        "components": {
            "schemas": components,
            **(
                {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
                if authenticated
                else {}
            ),
        },
    }
