"""``policy-llm check``: is the configured endpoint reachable, and does structured output work?

It reads the policy file (``LLM_POLICY_FILE`` or the shipped default) whatever the kill
switch says — checking an endpoint before turning it on is the point — and makes two calls:
a plain ping, then one extraction in the profile's structured-output mode, validated against
the extraction schema with no repair. Exit status: 0 both worked, 1 a call failed (the error
type says why), 2 the configuration is wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, TextIO

from policy_core import parse_command
from policy_llm._ask import structured_request
from policy_llm._client import LLMClient
from policy_llm._extraction import extraction_schema
from policy_llm._llm_policy import EXTRACTION_TASK
from policy_llm._policy_file import PolicyFile
from policy_llm._prompt import extraction_messages
from policy_llm._runtime import load_checked_policy
from policy_llm._settings import LLMSettings
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import LLMError, LLMMisconfiguredError

__all__ = ["main"]

_SAMPLE_TEXT = "buy 2 litres of milk and bread"
_SAMPLE_COMMAND: Mapping[str, Any] = {
    "command_id": "policy-llm-check",
    "user_id": "u-1",
    "text": _SAMPLE_TEXT,
    "capabilities": ["propose_add_shopping_item"],
    "context": {
        "household": {
            "household_id": "hh-check",
            "members": [{"user_id": "u-1", "display_name": "Sam"}],
            "shopping_lists": [{"list_id": "l-1", "name": "Groceries"}],
        }
    },
    "timestamp": "2026-03-04T10:00:00+00:00",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policy-llm", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('policy-llm')}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="ping the endpoint and try structured output")
    check.add_argument(
        "--policy-file", type=Path, help="policy file to read (default: LLM_POLICY_FILE or shipped)"
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def _ping(client: LLMClient, policy: PolicyFile) -> dict[str, Any]:
    profile = policy.profile_for(EXTRACTION_TASK)
    request = ChatRequest(
        messages=({"role": "user", "content": "Reply with one word: pong"},),
        model=policy.model_for(profile),
        temperature=0.0,
        max_tokens=8,
        timeout_s=profile.timeout_s,
    )
    try:
        result = client.complete(request)
    except LLMError as exc:
        return {"ok": False, "error_type": exc.error_type, "error": str(exc)}
    return {
        "ok": True,
        "model": result.model,
        "latency_ms": round(result.latency_ms, 1),
        "attempts": result.attempts,
        "total_tokens": result.usage.total_tokens,
    }


def _structured(client: LLMClient, policy: PolicyFile) -> dict[str, Any]:
    profile = policy.profile_for(EXTRACTION_TASK)
    schema = extraction_schema()
    command = parse_command(_SAMPLE_COMMAND)
    in_prompt = schema if profile.structured_output == "prompt" else None
    request = structured_request(
        extraction_messages(command, schema=in_prompt),
        profile,
        policy.model_for(profile),
        schema,
        profile.timeout_s,
    )
    report: dict[str, Any] = {"mode": profile.structured_output}
    try:
        result = client.complete_json(request)
    except LLMError as exc:
        return report | {"ok": False, "error_type": exc.error_type, "error": str(exc)}
    items = [item.get("name") for item in result.data.get("items", [])]
    return report | {
        "ok": True,
        "latency_ms": round(result.result.latency_ms, 1),
        "intent": result.data.get("intent"),
        "items": len(items),
    }


def _print_text(report: Mapping[str, Any], out: TextIO) -> None:
    print(f"endpoint: {report['endpoint']}  model: {report['model']}", file=out)
    if not report["llm_policy_enabled"]:
        print("note: LLM_POLICY_ENABLED is off, so no LLM mode will call this endpoint", file=out)
    ping = report["ping"]
    if ping["ok"]:
        print(
            f"ping: ok  model={ping['model']}  latency={ping['latency_ms']} ms  "
            f"tokens={ping['total_tokens']}",
            file=out,
        )
    else:
        print(f"ping: FAILED  {ping['error_type']}: {ping['error']}", file=out)
    structured = report["structured_output"]
    if structured["ok"]:
        print(
            f"structured output ({structured['mode']}): works  latency="
            f"{structured['latency_ms']} ms  intent={structured['intent']}  "
            f"items={structured['items']}",
            file=out,
        )
    else:
        print(
            f"structured output ({structured['mode']}): FAILED  "
            f"{structured['error_type']}: {structured['error']}",
            file=out,
        )


def check(
    policy_file: Path | None,
    environ: Mapping[str, str],
    *,
    as_json: bool = False,
    out: TextIO | None = None,
) -> int:
    """Run the check; returns the exit status. ``out`` defaults to ``sys.stdout`` as it is
    when called (a default bound at import would miss later redirection)."""
    if out is None:
        out = sys.stdout
    try:
        settings = LLMSettings.from_env(environ)
        policy = load_checked_policy(policy_file or settings.policy_file, environ)
    except LLMMisconfiguredError as exc:
        print(f"policy-llm check: misconfigured: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with LLMClient(policy.endpoint) as client:
        report: dict[str, Any] = {
            "endpoint": policy.endpoint.base_url,
            "model": policy.model_for(policy.profile_for(EXTRACTION_TASK)),
            "llm_policy_enabled": settings.enabled,
            "ping": _ping(client, policy),
            "structured_output": _structured(client, policy),
        }
    report["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 1)
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False), file=out)
    else:
        _print_text(report, out)
    return 0 if report["ping"]["ok"] and report["structured_output"]["ok"] else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return check(args.policy_file, os.environ, as_json=args.json)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
