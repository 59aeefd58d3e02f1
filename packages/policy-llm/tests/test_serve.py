"""The HTTP service (SPEC §10) against a real ``policy-serve`` process on 127.0.0.1.

Every test talks HTTP to a process the test started: the decision and its problems (422 with
every violation, 400, 413, 415, odd Unicode, deep nesting), the probes and metrics, the LLM
modes through the service against the scripted LLM (the kill switch sends nothing), bearer
tokens, a body that trickles in, and shutdown with shadow work queued.
"""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hybrid_harness import rules_decision
from scripted_llm import Reply, ScriptedLLM, extraction
from service_process import Service, raw_request

from policy_core import validate_decision
from policy_core.testing import make_command

PROBLEM = "application/problem+json"
TOKEN = "t0ken-for-the-tests-0123456789"  # noqa: S105 - a test token


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    """The rules alone, deterministic ids, a small body limit and request timeout."""
    environ = {
        "POLICY_DETERMINISTIC_IDS": "true",
        "SERVE_MAX_BODY_BYTES": "20000",
        "SERVE_REQUEST_TIMEOUT_S": "1.5",
    }
    with Service(environ) as running:
        yield running


@pytest.fixture
def http(service: Service) -> Iterator[httpx.Client]:
    with service.client() as client:
        yield client


def without_time(decision: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in decision.items() if k != "created_at"}


def problem_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("urn:hometask:problem:")
    assert {"title", "detail"} <= body.keys()
    return body


# -- decisions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["купи 2 литра молока и хлеб", "remind Tom to take out the trash tomorrow at 7pm"]
)
def test_a_command_gets_the_decision_the_library_gives(http: httpx.Client, text: str) -> None:
    command = make_command(text)
    response = http.post("/v1/decide", json=command)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-length"] == str(len(response.content))  # not chunked
    assert "transfer-encoding" not in response.headers
    answered = response.json()
    validate_decision(answered)
    expected = rules_decision(command).to_json_dict()
    assert without_time(answered) == without_time(expected)


def test_the_guides_curl_command_works(http: httpx.Client) -> None:
    """``curl -s localhost:8000/v1/decide -d @command.json`` with the guide's example file:
    curl's -d labels the body application/x-www-form-urlencoded and drops its newlines."""
    example = Path(__file__).parents[3] / "docs" / "examples" / "command.json"
    body = example.read_bytes().replace(b"\r", b"").replace(b"\n", b"")
    response = http.post(
        "/v1/decide",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    answered = response.json()
    expected = rules_decision(json.loads(body)).to_json_dict()
    assert without_time(answered) == without_time(expected)
    assert answered["action"] == "start_job"


def test_an_invalid_command_lists_every_violation(http: httpx.Client) -> None:
    command = make_command()
    command["text"] = 5
    del command["user_id"]
    command["capabilities"] = ["start_job", "fly"]
    body = problem_of(http.post("/v1/decide", json=command), 422)
    pointers = {violation["pointer"] for violation in body["violations"]}
    assert {"/text", "/user_id", "/capabilities/1"} <= pointers
    assert body["violation_count"] == len(body["violations"])


def test_thousands_of_violations_answer_a_bounded_problem(http: httpx.Client) -> None:
    command = make_command()
    command["capabilities"] = [f"nope-{n}" for n in range(900)]
    response = http.post("/v1/decide", json=command)
    body = problem_of(response, 422)
    assert len(body["violations"]) == 100
    assert body["violation_count"] >= 900
    assert len(response.content) < 60_000


@pytest.mark.parametrize(
    "body",
    [b"{", b"not json", b"\xff\xfe\x00", b'{"a": NaN}', b"[" * 100_00 + b"]" * 100_00],
    ids=["cut", "words", "bad-utf8", "nan", "deep"],
)
def test_a_body_that_is_not_json_is_a_400_problem(http: httpx.Client, body: bytes) -> None:
    response = http.post("/v1/decide", content=body, headers={"content-type": "application/json"})
    assert response.status_code in {400, 422}, response.text  # "deep" may parse, then fail
    problem_of(response, response.status_code)
    assert len(response.content) < 2_000


@pytest.mark.parametrize(("depth", "status"), [(50, 422), (1_500, 400), (9_000, 400)])
def test_nested_input_is_a_problem_naming_the_field_or_the_nesting(
    http: httpx.Client, depth: int, status: int
) -> None:
    text = json.dumps(make_command())
    deep = "[" * depth + '"x"' + "]" * depth
    body = (text[:-1] + f', "deep": {deep}}}').encode()
    response = http.post("/v1/decide", content=body, headers={"content-type": "application/json"})
    problem = problem_of(response, status)
    if status == 422:
        assert problem["violations"][0]["pointer"].startswith("/deep/0"), problem
        assert "nested" in problem["violations"][0]["message"]
    else:
        assert "nested too deep" in problem["detail"]
    assert len(response.content) < 5_000


@pytest.mark.parametrize(
    "text",
    ["купи \ud800 молоко", "купи молоко \U0001f95b\u200d\u202e", "\x00\x01 купи хлеб", "ﷺ" * 500],
    ids=["lone-surrogate", "emoji-bidi", "controls", "wide-ligature"],
)
def test_odd_unicode_never_breaks_the_service(http: httpx.Client, text: str) -> None:
    command = make_command()
    command["text"] = text
    body = json.dumps(command).encode()  # ASCII-escaped: a lone surrogate travels as \ud800
    response = http.post("/v1/decide", content=body, headers={"content-type": "application/json"})
    assert response.status_code in {200, 422}, response.text
    if response.status_code == 200:
        validate_decision(response.json())


def test_a_body_over_the_limit_is_a_413_whether_declared_or_streamed(
    service: Service, http: httpx.Client
) -> None:
    big = b'{"text": "' + b"a" * 30_000 + b'"}'
    problem_of(
        http.post("/v1/decide", content=big, headers={"content-type": "application/json"}), 413
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        for _ in range(30):
            yield b" " * 1_000

    streamed = http.post(
        "/v1/decide", content=chunks(), headers={"content-type": "application/json"}
    )
    problem_of(streamed, 413)


def test_a_body_not_labelled_json_is_a_415(http: httpx.Client) -> None:
    body = json.dumps(make_command()).encode()
    for label in ("text/plain", "application/xml", "multipart/form-data; boundary=x"):
        response = http.post("/v1/decide", content=body, headers={"content-type": label})
        problem_of(response, 415)
    unlabelled = http.build_request("POST", "/v1/decide", content=body)
    assert "content-type" not in unlabelled.headers
    problem_of(http.send(unlabelled), 415)


def test_unknown_routes_and_methods_are_problems_too(http: httpx.Client) -> None:
    problem_of(http.get("/v2/decide"), 404)
    problem_of(http.get("/v1/decide"), 405)


# -- probes, metrics, OpenAPI ---------------------------------------------------------------


def test_the_probes_say_alive_and_ready(http: httpx.Client) -> None:
    assert http.get("/healthz").json() == {"status": "ok"}
    assert http.get("/readyz").json() == {"status": "ready", "llm": "off"}


def counter(metrics: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in metrics.splitlines():
        if line.startswith(f"{name}{{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    if not labels and (match := re.search(rf"^{name} (\S+)$", metrics, re.M)):
        return float(match.group(1))
    raise AssertionError(f"no {name}{{{wanted}}} in the metrics")


def test_metrics_count_decisions_by_action_and_outcome(http: httpx.Client) -> None:
    def executed() -> float:
        text = http.get("/metrics").text
        try:
            return counter(text, "hometask_decisions_total", action="start_job", outcome="execute")
        except AssertionError:
            return 0.0

    before = executed()
    for n in range(3):
        assert http.post("/v1/decide", json=make_command(command_id=f"m-{n}")).status_code == 200
    response = http.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain")
    assert executed() == before + 3
    assert (
        counter(response.text, "hometask_http_requests_total", route="/v1/decide", status="200")
        >= 3
    )


def test_the_openapi_document_describes_the_contract(http: httpx.Client) -> None:
    document = http.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    decide = document["paths"]["/v1/decide"]["post"]
    body_ref = decide["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert body_ref == "#/components/schemas/CommandDTO"
    assert {"200", "400", "413", "415", "422"} <= decide["responses"].keys()
    schemas = document["components"]["schemas"]
    assert schemas["CommandDTO"]["required"] == [
        "command_id", "user_id", "text", "timestamp", "capabilities", "context"
    ]  # fmt: skip
    text = json.dumps(document)
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', text))
    assert refs <= schemas.keys()  # every reference resolves
    assert "$defs" not in text


# -- bodies that trickle in -------------------------------------------------------------


def test_a_client_that_leaves_mid_body_is_counted_and_not_an_error(service: Service) -> None:
    body = json.dumps(make_command()).encode()
    head = (
        b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    with service.client() as http:

        def gone() -> float:
            metrics = http.get("/metrics").text
            try:
                return counter(
                    metrics, "hometask_http_requests_total", route="/v1/decide", status="499"
                )
            except AssertionError:
                return 0.0

        before = gone()
        with socket.create_connection(("127.0.0.1", service.port), timeout=10) as sock:
            sock.sendall(head + body[: len(body) // 2])
        deadline = time.monotonic() + 10
        while gone() == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gone() == before + 1
        assert http.post("/v1/decide", json=make_command()).status_code == 200
    assert "unexpected error" not in service.output()
    assert "Traceback" not in service.output()


def test_a_body_sent_byte_by_byte_is_cut_off_at_the_request_timeout(service: Service) -> None:
    body = json.dumps(make_command()).encode()
    head = (
        b"POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    chunks = [body[i : i + 1] for i in range(len(body))]
    # Meanwhile the service answers others at once: the slow client holds no worker.
    with service.client() as other:
        answered, after_s = raw_request(service.port, head, chunks[:40], pause_s=0.05)
        started = time.monotonic()
        assert other.post("/v1/decide", json=make_command()).status_code == 200
        assert time.monotonic() - started < 5
    answered, after_s = raw_request(service.port, head, chunks, pause_s=0.2)
    assert answered.startswith(b"HTTP/1.1 408"), answered[:200]
    assert b"request-timeout" in answered
    assert after_s < 1.5 + 5  # the timeout, with room for a loaded machine
    assert after_s < len(chunks) * 0.2  # long before the whole body could have arrived


# -- the LLM modes through the service ----------------------------------------------------


def llm_environ(llm: ScriptedLLM, **modes: str) -> dict[str, str]:
    return {
        **llm.environ(),
        "LLM_POLICY_ENABLED": "true",
        "LLM_POLICY_FILE": str(llm.policy_file),
        "POLICY_DETERMINISTIC_IDS": "true",
        **modes,
    }


def test_the_kill_switch_off_sends_nothing_to_the_model(llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    environ = llm_environ(
        llm,
        LLM_POLICY_ENABLED="false",
        LLM_SHADOW_ENABLED="true",
        LLM_ASSIST_ENABLED="true",
        LLM_PARTIAL_TRUST_ENABLED="true",
        LLM_PARTIAL_TRUST_SAMPLE_RATE="1",
    )
    with Service(environ) as running, running.client() as http:
        assert http.get("/readyz").json()["llm"] == "off"
        for text in ("купи молоко", "купи что-нибудь к чаю", "помой посуду"):
            command = make_command(text)
            answered = http.post("/v1/decide", json=command).json()
            assert without_time(answered) == without_time(rules_decision(command).to_json_dict())
    assert llm.count == 0


def test_assist_and_partial_trust_decide_through_the_service(llm: ScriptedLLM) -> None:
    def answer(received: Any) -> Any:
        if "чаю" in (received.text or ""):
            return extraction(items=["чай"], confidence=0.5)  # fails partial trust; assist fills
        return extraction(items=["молоко"])

    llm.script = answer
    environ = llm_environ(
        llm,
        LLM_ASSIST_ENABLED="true",
        LLM_PARTIAL_TRUST_ENABLED="true",
        LLM_PARTIAL_TRUST_SAMPLE_RATE="1",
    )
    with Service(environ) as running, running.client() as http:
        assert http.get("/readyz").json()["llm"] == "on"
        trusted = http.post("/v1/decide", json=make_command("купи молоко")).json()
        assisted = http.post("/v1/decide", json=make_command("купи что-нибудь к чаю")).json()
    assert trusted["decision_version"].startswith("llm/")
    assert "+assist:" in assisted["decision_version"]
    assert assisted["payload"]["proposed_actions"][0]["payload"]["item"]["name"] == "чай"
    assert llm.count == 2


def test_a_model_past_its_budget_leaves_the_rules_decision(llm: ScriptedLLM) -> None:
    llm.script = Reply(extraction(items=["чай"]), delay_s=5.0)
    environ = llm_environ(llm, LLM_ASSIST_ENABLED="true", LLM_ASSIST_BUDGET_MS="300")
    with Service(environ) as running, running.client() as http:
        command = make_command("купи что-нибудь к чаю")
        started = time.monotonic()
        answered = http.post("/v1/decide", json=command).json()
        assert time.monotonic() - started < 4
    assert without_time(answered) == without_time(rules_decision(command).to_json_dict())


def test_shutdown_with_shadow_work_queued_ends_within_its_bound(
    llm: ScriptedLLM, tmp_path: Path
) -> None:
    llm.script = Reply(extraction(items=["молоко"]), delay_s=30.0)  # never done in time
    environ = llm_environ(
        llm,
        LLM_SHADOW_ENABLED="true",
        LLM_SHADOW_BUDGET_MS="60000",
        SERVE_SHUTDOWN_TIMEOUT_S="2",
        POLICY_LOG_DIR=str(tmp_path),
    )
    with Service(environ) as running:
        with running.client() as http:
            for n in range(6):
                command = make_command("купи молоко", command_id=f"s-{n}")
                assert http.post("/v1/decide", json=command).status_code == 200
        assert llm.wait_for(lambda: llm.count >= 1)  # shadow calls are under way
        took_s = running.stop()
        output = running.output()
    # uvicorn finishes its shutdown, then re-raises the signal: policy-serve exits 128 + 15.
    assert running.returncode in {0, 128 + signal.SIGTERM}, output
    assert took_s < 2 + 5 + 5  # the bound, the client's close, a loaded machine
    assert "Application shutdown complete" in output
    assert llm.wait_for(lambda: llm.disconnects >= 1)  # the calls were cancelled, not left


# -- tokens ---------------------------------------------------------------------------------


def test_tokens_guard_decisions_and_metrics_but_not_the_probes(llm: ScriptedLLM) -> None:
    environ = {"SERVE_TOKENS": f"{TOKEN}, another-token-0123456789"}
    with Service(environ) as running, running.client() as http:
        command = make_command()
        missing = problem_of(http.post("/v1/decide", json=command), 401)
        assert TOKEN not in json.dumps(missing)
        wrong = http.post("/v1/decide", json=command, headers={"Authorization": "Bearer nope"})
        assert problem_of(wrong, 401)
        assert wrong.headers["www-authenticate"].startswith("Bearer")
        basic = http.post("/v1/decide", json=command, headers={"Authorization": f"Basic {TOKEN}"})
        problem_of(basic, 401)
        right = http.post("/v1/decide", json=command, headers={"Authorization": f"Bearer {TOKEN}"})
        assert right.status_code == 200
        problem_of(http.get("/metrics"), 401)
        assert http.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert http.get("/healthz").status_code == 200
        assert http.get("/readyz").status_code == 200
        document = http.get("/openapi.json").json()
        assert document["paths"]["/v1/decide"]["post"]["security"] == [{"bearer": []}]
        running.stop()
        assert TOKEN not in running.output()


def test_a_short_token_is_refused_at_start_up_without_showing_it() -> None:
    with Service({"SERVE_TOKENS": "short-secret"}, wait_ready=False) as running:
        running.process.wait(60)
        output = running.output()
    assert running.process.returncode == 2
    assert "SERVE_TOKENS" in output
    assert "short-secret" not in output


def test_a_bad_setting_exits_2_naming_its_variable() -> None:
    with Service({"SERVE_MAX_BODY_BYTES": "lots"}, wait_ready=False) as running:
        running.process.wait(60)
    assert running.process.returncode == 2
    assert "SERVE_MAX_BODY_BYTES" in running.output()


def test_an_open_address_without_tokens_warns_once() -> None:
    with Service(host="0.0.0.0") as running:  # noqa: S104 - the case under test
        running.stop()
        output = running.output()
    assert output.count("without SERVE_TOKENS") == 1


# -- several workers ----------------------------------------------------------------------


def test_two_workers_answer_and_count_together(tmp_path: Path) -> None:
    with (
        Service({"TMPDIR": str(tmp_path)}, args=["--workers", "2"]) as running,
        running.client() as http,
    ):
        assert [p.name[:21] for p in tmp_path.iterdir()] == ["policy-serve-metrics-"]
        for n in range(20):
            # A fresh connection each time, so both workers get some.
            with running.client() as one:
                assert (
                    one.post("/v1/decide", json=make_command(command_id=f"w-{n}")).status_code
                    == 200
                )
        text = http.get("/metrics").text
    total = counter(text, "hometask_decisions_total", action="start_job", outcome="execute")
    assert total == 20
    assert list(tmp_path.iterdir()) == []  # the workers' metrics folder went with them


# -- the OpenAPI document, fuzzed -----------------------------------------------------------


def test_schemathesis_finds_nothing(service: Service, tmp_path: Path) -> None:
    """Valid and invalid commands generated from the OpenAPI document: no 5xx, every answer
    matches the document (status, media type, schema), every invalid input refused."""
    report = tmp_path / "junit.xml"
    config = Path(__file__).with_name("schemathesis.toml")
    command = [str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(config)]
    command += ["run"]
    command += [f"{service.url}/openapi.json", "--checks", "all", "--max-examples", "60"]
    command += ["--seed", "20261204", "--report", "junit", "--report-junit-path", str(report)]
    command += ["--generation-database", "none"]
    completed = subprocess.run(
        command,
        cwd=tmp_path,  # schemathesis keeps a cache in its working directory
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-4000:]
    assert "No issues found" in completed.stdout
    assert report.read_text().count("<testcase") >= 4  # every operation was tested


# -- executes held back ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "reason"),
    [("POLICY_MIN_ACTION_EVIDENCE", "evidence"), ("POLICY_MIN_EXECUTE_CONFIDENCE", "confidence")],
)
def test_metrics_count_executes_held_back_by_reason(variable: str, reason: str) -> None:
    """A threshold no decision reaches: every execute is asked about instead, and /metrics
    says so, by the threshold that held it (the decision log's ``held_back``)."""
    other = "confidence" if reason == "evidence" else "evidence"
    with (
        Service({"POLICY_DETERMINISTIC_IDS": "true", variable: "0.999"}) as running,
        running.client() as http,
    ):
        for n in range(2):
            answer = http.post("/v1/decide", json=make_command(command_id=f"h-{n}")).json()
            assert (answer["action"], answer["payload"]["missing_fields"]) == (
                "clarify",
                ["intent"],
            )
        said = http.post("/v1/decide", json=make_command("спасибо", command_id="h-x"))
        assert said.json()["action"] == "clarify"  # asked anyway: nothing held back
        text = http.get("/metrics").text
    assert counter(text, "hometask_decisions_held_back_total", reason=reason) == 2
    assert f'hometask_decisions_held_back_total{{reason="{other}"}}' not in text
    assert counter(text, "hometask_decisions_total", action="clarify", outcome="clarify") == 3
