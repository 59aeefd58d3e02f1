"""Prove the policy-core wheel works installed alone (run by ``nox -s build``; not a pytest file).

Run it with the python of a fresh virtual environment that holds only the policy-core wheel and
its declared dependencies. It checks that the siblings and httpx are absent, that ``decide()``
answers a Russian and an English command with decisions valid against the published schema,
and that the ``policy-decide`` console script installed next to that python works.

    .nox/wheel-alone/bin/python packages/policy-core/tests/wheel_alone_check.py
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, NoReturn

from jsonschema import Draft202012Validator

import policy_core
from policy_core import PolicySettings, decide, load_schema, validate_decision
from policy_core._schemas import schema_validator
from policy_core.testing import make_command

ABSENT = ("policy_eval", "policy_llm", "httpx")


def fail(message: str) -> NoReturn:
    print(f"wheel-alone check: FAILED: {message}", file=sys.stderr)
    raise SystemExit(1)


def check_absent() -> None:
    for name in ABSENT:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        fail(f"{name} is importable; the environment must hold policy-core and its deps only")


def check_installed_from_the_wheel() -> None:
    location = Path(policy_core.__file__).resolve()
    if "site-packages" not in location.parts:
        fail(f"policy_core was imported from {location}, not from the installed wheel")
    for shipped in ("py.typed", "schemas/command.schema.json", "schemas/decision.schema.json"):
        if not (location.parent / shipped).is_file():
            fail(f"the wheel does not ship policy_core/{shipped}")


def validate(document: dict[str, Any]) -> None:
    errors = [
        e.message for e in Draft202012Validator(load_schema("decision")).iter_errors(document)
    ]
    # the same schema again with date-time enforced, and the model
    errors += [e.message for e in schema_validator("decision").iter_errors(document)]
    if errors:
        fail(f"decision does not match the published schema: {errors}")
    validate_decision(document)


def check_decide() -> None:
    settings = PolicySettings(deterministic_ids=True)
    for command_id, text in (
        ("wheel-ru", "Купи 2 литра молока и хлеб"),
        ("wheel-en", "Remind Tom to take out the trash tomorrow at 6pm"),
    ):
        document = decide(make_command(text, command_id=command_id), settings).to_json_dict()
        validate(document)
        if document["command_id"] != command_id:
            fail(f"decision for {command_id} carries command_id {document['command_id']!r}")
        print(f"  {command_id}: {document['action']} ({document['decision_outcome']})")


def check_console_script() -> None:
    name = "policy-decide.exe" if os.name == "nt" else "policy-decide"
    script = Path(sys.executable).parent / name
    if not script.is_file():
        fail(f"the console script is not installed at {script}")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_")}
    environment["PYTHONIOENCODING"] = "utf-8"
    with tempfile.TemporaryDirectory() as folder:
        good = Path(folder) / "command.json"
        good.write_text(
            json.dumps(make_command("купи молоко", command_id="wheel-cli"), ensure_ascii=False),
            encoding="utf-8",
        )
        bad = Path(folder) / "invalid.json"
        bad.write_text('{"text": 1}', encoding="utf-8")
        ok = subprocess.run(
            [str(script), "--deterministic-ids", str(good)],
            capture_output=True,
            env=environment,
            timeout=120,
            check=False,
        )
        refused = subprocess.run(
            [str(script), str(bad)], capture_output=True, env=environment, timeout=120, check=False
        )
    if ok.returncode != 0:
        fail(f"policy-decide exited {ok.returncode}: {ok.stderr.decode(errors='replace')}")
    try:
        document = json.loads(ok.stdout.decode("utf-8"))
    except ValueError as exc:
        fail(f"policy-decide printed something that is not JSON: {exc}")
    validate(document)
    if document["command_id"] != "wheel-cli":
        fail("policy-decide answered for another command")
    if refused.returncode != 2 or refused.stdout or b"/text" not in refused.stderr:
        fail(f"policy-decide on invalid input: exit {refused.returncode}, {refused.stderr!r}")
    print(f"  {script.name}: exit 0 on a valid command, exit 2 on an invalid one")


def main() -> None:
    check_absent()
    check_installed_from_the_wheel()
    check_decide()
    check_console_script()
    print("wheel-alone check: ok")


if __name__ == "__main__":
    main()
