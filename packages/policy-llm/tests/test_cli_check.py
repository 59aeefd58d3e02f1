"""``policy-llm check``: 0 when the endpoint works, 1 when a call fails, 2 when misconfigured;
``--json`` prints one document; the API key is never printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from scripted_llm import (
    API_KEY,
    Answer,
    Received,
    Reply,
    ScriptedLLM,
    env_for,
    extraction,
    policy_file,
)

from policy_llm._cli import main

VALID = extraction(
    intent="add_shopping_item",
    items=[
        {"name": "milk", "quantity": 2, "unit": "l"},
        {"name": "bread", "quantity": None, "unit": None},
    ],
)


def is_ping(request: Received) -> bool:
    return bool(request.messages[-1]["content"].startswith("Reply with one word"))


def working(request: Received) -> Answer:
    return "pong" if is_ping(request) else VALID


@pytest.fixture
def llm(llm: ScriptedLLM) -> ScriptedLLM:
    """conftest's scripted LLM, answering the ping and the structured call."""
    llm.script = working
    return llm


@pytest.fixture
def use_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Replace every LLM_* variable of the process environment with ``values``."""

    def apply(values: dict[str, str]) -> None:
        for name in list(os.environ):
            if name.startswith("LLM_"):
                monkeypatch.delenv(name)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return apply


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    captured = capsys.readouterr()
    assert API_KEY not in captured.out
    assert API_KEY not in captured.err
    return status, captured.out, captured.err


def fast_env(tmp_path: Path, llm: ScriptedLLM, **options: Any) -> dict[str, str]:
    return {"LLM_POLICY_FILE": str(policy_file(tmp_path, llm.url, timeout_s=2.0, **options))}


def test_a_working_endpoint_exits_0(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env(fast_env(tmp_path, llm))
    status, out, err = run(capsys)
    assert status == 0, out + err
    assert f"endpoint: {llm.url}  model: fast-model" in out
    assert "note: LLM_POLICY_ENABLED is off" in out
    assert "ping: ok" in out
    assert "structured output (json_schema): works" in out
    assert "intent=add_shopping_item  items=2" in out
    ping, structured = llm.bodies
    assert "response_format" not in ping
    assert ping["max_tokens"] == 8
    assert structured["response_format"]["type"] == "json_schema"
    assert structured["response_format"]["json_schema"]["strict"] is True


def test_json_output_shape(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env(fast_env(tmp_path, llm) | {"LLM_POLICY_ENABLED": "true"})
    status, out, _ = run(capsys, "--json")
    assert status == 0
    report = json.loads(out)
    assert set(report) == {
        "endpoint",
        "model",
        "llm_policy_enabled",
        "ping",
        "structured_output",
        "elapsed_ms",
    }
    assert report["endpoint"] == llm.url
    assert report["model"] == "fast-model"
    assert report["llm_policy_enabled"] is True
    assert set(report["ping"]) == {"ok", "model", "latency_ms", "attempts", "total_tokens"}
    assert report["ping"]["ok"] is True
    assert report["ping"]["model"] == "served-model"  # as the server reported it
    assert report["ping"]["attempts"] == 1
    assert report["ping"]["total_tokens"] == 18
    assert report["structured_output"] == {
        "mode": "json_schema",
        "ok": True,
        "latency_ms": report["structured_output"]["latency_ms"],
        "intent": "add_shopping_item",
        "items": 2,
    }
    assert isinstance(report["elapsed_ms"], float)


def test_prompt_mode_is_checked_in_prompt_mode(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env(fast_env(tmp_path, llm, structured_output="prompt"))
    status, out, _ = run(capsys, "--json")
    assert status == 0
    assert json.loads(out)["structured_output"]["mode"] == "prompt"
    structured = llm.bodies[1]
    assert "response_format" not in structured
    assert '"additionalProperties"' in structured["messages"][0]["content"]


def test_invalid_json_from_the_structured_call_exits_1(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.script = lambda request: "pong" if is_ping(request) else "milk, bread"
    use_env(fast_env(tmp_path, llm))
    status, out, _ = run(capsys, "--json")
    assert status == 1
    report = json.loads(out)
    assert report["ping"]["ok"] is True
    assert report["structured_output"]["ok"] is False
    assert report["structured_output"]["error_type"] == "invalid_json"
    assert "milk, bread" not in report["structured_output"]["error"]  # model output stays out
    assert llm.count == 2  # the check makes no repair


def test_a_schema_violation_exits_1(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.script = lambda request: "pong" if is_ping(request) else '{"intent": "x"}'
    use_env(fast_env(tmp_path, llm))
    status, out, _ = run(capsys)
    assert status == 1
    assert "structured output (json_schema): FAILED  schema_invalid:" in out


def test_a_failing_server_exits_1(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.script = Reply(status=500, content="overloaded")
    use_env(fast_env(tmp_path, llm))
    status, out, _ = run(capsys, "--json")
    assert status == 1
    report = json.loads(out)
    assert report["ping"]["ok"] is False
    assert report["ping"]["error_type"] == "unavailable"
    assert report["structured_output"]["error_type"] == "unavailable"


def test_a_server_echoing_the_key_does_not_get_it_printed(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.script = Reply(status=401, content=f"Incorrect API key provided: {API_KEY}")
    use_env(fast_env(tmp_path, llm))
    status, out, _ = run(capsys)  # run() asserts the key is in neither stream
    assert status == 1
    assert "ping: FAILED  http_error:" in out


@pytest.mark.parametrize(
    "key",
    ["changeme", "<your-key>", "sk-...xxx", "  ", "replace_me", "dummy", "sk-REDACTED", "test"],
)
def test_a_placeholder_key_exits_2(
    key: str, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env(env_for(llm.url, LLM_API_KEY=key))
    status, out, err = run(capsys, "--json")
    assert status == 2
    assert out == ""
    assert err.startswith("policy-llm check: misconfigured: endpoint.api_key:")
    assert "LLM_API_KEY" in err
    if key.strip():
        assert key not in err
    assert llm.count == 0


@pytest.mark.parametrize("key", [API_KEY + "\u00a0", "\u201c" + API_KEY + "\u201d"])
def test_a_key_with_a_character_a_header_cannot_carry_exits_2_without_a_traceback(
    tmp_path: Path, llm: ScriptedLLM, key: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLM_")}
    env |= env_for(llm.url, LLM_API_KEY=key)
    done = subprocess.run(
        [sys.executable, "-m", "policy_llm._cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("policy-llm check: misconfigured: endpoint.api_key:")
    assert "Traceback" not in done.stderr
    assert "LLM_API_KEY" in done.stderr
    assert API_KEY[:12] not in done.stderr
    assert API_KEY[-12:] not in done.stderr
    assert llm.count == 0


def test_a_missing_base_url_exits_2(
    llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    env = env_for(llm.url)
    del env["LLM_BASE_URL"]
    use_env(env)
    status, _, err = run(capsys)
    assert status == 2
    assert "LLM_BASE_URL" in err
    assert llm.count == 0


def test_a_bad_mode_variable_exits_2(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env(fast_env(tmp_path, llm) | {"LLM_PARTIAL_TRUST_CORRIDOR": "payments"})
    status, _, err = run(capsys)
    assert status == 2
    assert "LLM_PARTIAL_TRUST_CORRIDOR" in err


def test_policy_file_option_wins_over_the_variable(
    tmp_path: Path, llm: ScriptedLLM, use_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    use_env({"LLM_POLICY_FILE": str(tmp_path / "missing.toml")})
    path = policy_file(tmp_path, llm.url, timeout_s=2.0)
    status, out, _ = run(capsys, "--policy-file", str(path), "--json")
    assert status == 0
    assert json.loads(out)["endpoint"] == llm.url


def test_the_module_runs_as_a_command(tmp_path: Path, llm: ScriptedLLM) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLM_")}
    env |= fast_env(tmp_path, llm)
    done = subprocess.run(
        [sys.executable, "-m", "policy_llm._cli", "check", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ping"]["ok"] is True
    assert API_KEY not in done.stdout + done.stderr


def test_without_a_command_it_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2
    assert "check" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's version action, as the script sees it
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"policy-llm {version('policy-llm')}\n"
