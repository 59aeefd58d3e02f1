"""A scripted OpenAI-compatible LLM on 127.0.0.1, and the harness the LLM-mode tests drive it with.

:class:`ScriptedLLM` is a real threaded HTTP server (``POST /v1/chat/completions``) whose
answer to each request is decided by the test: its ``script`` maps the request (the command
text the prompt carries, whether it is a repair turn, the whole body) to a :class:`Reply`: the
extraction to return as the message content, a delay, a status. It records every body it
received and counts the requests, and a delayed reply watches its connection, so a test can
see that a budget cancelled a call (``disconnects``) rather than left it running.

:func:`make_policy` builds a :class:`~policy_llm.HybridPolicy` against the server with every
record captured in memory (:class:`Logs`). It writes a test policy file (fast retries, no
escalation, a breaker that never opens) unless ``shipped_policy=True`` asks for the policy
file that ships with policy-llm.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import select
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from policy_core import (
    CommandDTO,
    DecisionDTO,
    PolicySettings,
    RulePolicy,
    compile_validator,
    decide,
    load_schema,
    validate_decision,
)
from policy_core.testing import FixedClock
from policy_llm import (
    AssistSettings,
    HybridPolicy,
    LLMSettings,
    PartialTrustSettings,
    ShadowSettings,
)
from policy_observability import (
    LogHub,
    LogType,
    ObservabilitySettings,
    Sink,
    validate_record,
)
from policy_observability.testing import MemorySink

__all__ = [
    "API_KEY",
    "RULES",
    "Answer",
    "Logs",
    "Received",
    "Reply",
    "Script",
    "ScriptedLLM",
    "assert_schema_valid",
    "by_text",
    "extraction",
    "item",
    "make_logs",
    "make_policy",
    "rules_decision",
    "task",
    "valid_records",
]

API_KEY = "test-key-123"

# One rule policy for every test policy: building one loads the morphology dictionaries.
RULES = RulePolicy()

# The test policy file: the shipped one's shape, with retries that wait milliseconds, one
# repair turn and no escalation (so "invalid JSON twice" is two requests), and a breaker that
# never opens (each test owns its failures).
TEST_POLICY_FILE = """\
version = 1
[endpoint]
base_url = "${LLM_BASE_URL}"
api_key = "${LLM_API_KEY}"
model = "${LLM_MODEL}"
connect_timeout_s = 1.0
max_retries = 2
backoff_initial_s = 0.01
backoff_max_s = 0.02
breaker_failures = 1000
[profiles.fast]
temperature = 0.0
max_tokens = 400
timeout_s = 15
structured_output = "${LLM_STRUCTURED_OUTPUT:-json_schema}"
[tasks.extraction]
profile = "fast"
repair_attempts = 1
"""


# -- answers ----------------------------------------------------------------------------


def item(name: str, quantity: float | None = None, unit: str | None = None) -> dict[str, Any]:
    """One item of an extraction answer."""
    return {"name": name, "quantity": quantity, "unit": unit}


def task(
    title: str,
    *,
    assignee_id: str | None = None,
    zone_id: str | None = None,
    due: str | None = None,
) -> dict[str, Any]:
    """The task of an extraction answer."""
    return {"title": title, "assignee_id": assignee_id, "zone_id": zone_id, "due": due}


def extraction(
    intent: str = "add_shopping_item",
    items: Iterable[dict[str, Any] | str] = (),
    *,
    list_id: str | None = None,
    task: dict[str, Any] | None = None,
    confidence: float = 0.95,
) -> dict[str, Any]:
    """A schema-valid extraction answer (an item given as a string has no quantity)."""
    return {
        "intent": intent,
        "items": [item(i) if isinstance(i, str) else i for i in items],
        "list_id": list_id,
        "task": task,
        "confidence": confidence,
    }


@dataclass(frozen=True, slots=True)
class Reply:
    """What the server answers: ``content`` (a mapping is sent as its JSON) in a chat
    completion envelope with ``status`` after ``delay_s``; a status other than 2xx sends an
    OpenAI-style error body instead. ``raw`` replaces the whole body."""

    content: Mapping[str, Any] | str | None = None
    status: int = 200
    delay_s: float = 0.0
    raw: bytes | None = None


@dataclass(frozen=True, slots=True)
class Received:
    """One request as the server read it."""

    body: dict[str, Any]
    text: str | None  # the command text the prompt carries (the last JSON data message)
    repair: bool  # the last user message is a repair turn, not the command
    received_at: float  # time.monotonic()

    @property
    def messages(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = self.body.get("messages", [])
        return messages


Answer = Reply | Mapping[str, Any] | str
Script = Callable[[Received], Answer] | Answer


def by_text(answers: Mapping[str, Answer], default: Answer | None = None) -> Script:
    """A script answering each command text (compared case-insensitively) from ``answers``."""
    folded = {text.casefold(): answer for text, answer in answers.items()}

    def answer(request: Received) -> Answer:
        found = folded.get((request.text or "").casefold(), default)
        if found is None:
            return Reply(status=500, content="no scripted answer for this text")
        return found

    return answer


def _command_text(messages: list[dict[str, Any]]) -> tuple[str | None, bool]:
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    text: str | None = None
    for message in users:
        try:
            data = json.loads(message.get("content", ""))
        except (TypeError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            text = data["text"]
    repair = bool(users) and text is not None and not _is_data(users[-1])
    return text, repair


def _is_data(message: dict[str, Any]) -> bool:
    try:
        data = json.loads(message.get("content", ""))
    except (TypeError, ValueError):
        return False
    return isinstance(data, dict) and "text" in data


def _envelope(content: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70},
    }


# -- the server -------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the client's connection pool is used
    server: _Server
    timeout = 10  # an idle keep-alive connection ends on its own
    # Headers and body go out as two writes; without TCP_NODELAY the second waits for the
    # client's delayed ACK (40 ms a request on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read ``ScriptedLLM.requests`` instead."""

    def do_POST(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, b'{"error": {"message": "not found"}}')
            return
        if self.headers.get("Authorization") != f"Bearer {API_KEY}":
            self._send(401, b'{"error": {"message": "bad key"}}')
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self._send(400, b'{"error": {"message": "not JSON"}}')
            return
        text, repair = _command_text(body.get("messages", []))
        request = Received(body, text, repair, time.monotonic())
        reply = owner.record(request)
        if reply.delay_s > 0 and not self._wait(reply.delay_s):
            owner.count_disconnect()
            self.close_connection = True
            return
        if reply.raw is not None:
            self._send(reply.status, reply.raw)
        elif 200 <= reply.status < 300:
            content = reply.content
            if not isinstance(content, str):
                content = json.dumps(content, ensure_ascii=False)
            model = str(body.get("model", "m"))
            self._send(reply.status, json.dumps(_envelope(content, model)).encode())
        else:
            message = reply.content if isinstance(reply.content, str) else "scripted failure"
            self._send(reply.status, json.dumps({"error": {"message": message}}).encode())

    def _wait(self, seconds: float) -> bool:
        """Wait ``seconds``; False as soon as the client hangs up (or the server stops).

        A hang-up makes the socket readable with nothing to read, so the wait sleeps in
        ``select`` rather than polling: a thousand delayed replies cost no CPU.
        """
        deadline = time.monotonic() + seconds
        stopping = self.server.owner.stopping
        while (left := deadline - time.monotonic()) > 0:
            if stopping.is_set():
                return False
            try:
                readable, _, _ = select.select([self.connection], [], [], left)
                if readable and self.connection.recv(1, socket.MSG_PEEK) == b"":
                    return False
            except OSError:
                return False
            if readable:  # bytes, not a hang-up (a pipelined request): keep waiting
                time.sleep(min(left, 0.005))
        return True

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # a burst of connections must not wait on the listen backlog
    owner: ScriptedLLM

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a cancelled call, a closed pool) is expected: no traceback."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner.track(request)
        super().process_request(request, client_address)


class ScriptedLLM:
    """A chat completions server on an ephemeral loopback port; use it as a context manager.

    ``script`` (settable at any time) answers each request. Every request is kept in
    ``requests``; ``disconnects`` counts delayed replies whose client hung up first.
    """

    def __init__(self, script: Script | None = None) -> None:
        self.script: Script = script if script is not None else Reply(status=500)
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._requests: list[Received] = []
        self._disconnects = 0
        self._connections: list[socket.socket] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self._directory = tempfile.TemporaryDirectory(prefix="scripted-llm-")
        self.policy_file = Path(self._directory.name) / "policy.toml"
        self.policy_file.write_text(TEST_POLICY_FILE, encoding="utf-8")

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def environ(self, **extra: str) -> dict[str, str]:
        """The environment a runtime reads its endpoint from."""
        return {
            "LLM_BASE_URL": self.url,
            "LLM_API_KEY": API_KEY,
            "LLM_MODEL": "m",
            "LLM_STRUCTURED_OUTPUT": "json_object",
            **extra,
        }

    # -- what happened ------------------------------------------------------------------

    @property
    def requests(self) -> list[Received]:
        with self._lock:
            return list(self._requests)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._requests)

    @property
    def disconnects(self) -> int:
        with self._lock:
            return self._disconnects

    def texts(self) -> list[str | None]:
        """The command text of every request, in arrival order."""
        return [r.text for r in self.requests]

    def wait_for(self, condition: Callable[[], bool], timeout_s: float = 5.0) -> bool:
        """Poll ``condition`` until it holds or ``timeout_s`` passes."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.005)
        return condition()

    # -- server side --------------------------------------------------------------------

    def record(self, request: Received) -> Reply:
        with self._lock:
            self._requests.append(request)
        script = self.script
        answer = script(request) if callable(script) else script
        if isinstance(answer, Reply):
            return answer
        return Reply(content=answer)

    def count_disconnect(self) -> None:
        with self._lock:
            self._disconnects += 1

    def track(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.append(connection)

    def close(self) -> None:
        """Stop serving, end every connection and delayed reply, remove the policy file."""
        self.stopping.set()
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)
        self._directory.cleanup()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# -- the policy under test --------------------------------------------------------------


@dataclass
class Logs:
    """A LogHub writing every record type to memory."""

    log_user_text: bool = False
    sinks: dict[LogType, MemorySink] = field(init=False)
    hub: LogHub = field(init=False)

    def __post_init__(self) -> None:
        self.sinks = {}
        sinks: dict[LogType | str, Sink] = {}
        for kind in LogType:
            self.sinks[kind] = sinks[kind] = MemorySink()
        settings = ObservabilitySettings(log_user_text=self.log_user_text)
        self.hub = LogHub(settings, sinks=sinks)

    def records(self, kind: LogType | str | None = None) -> list[dict[str, Any]]:
        """The records written so far, of one type or of all (grouped by type)."""
        if kind is not None:
            return self.sinks[LogType(kind)].records()
        return [record for sink in self.sinks.values() for record in sink.records()]

    def lines(self) -> list[bytes]:
        return [line for sink in self.sinks.values() for line in list(sink.lines)]


def make_logs(*, log_user_text: bool = False) -> Logs:
    return Logs(log_user_text=log_user_text)


def make_policy(
    server: ScriptedLLM,
    *,
    shadow: ShadowSettings | None = None,
    assist: AssistSettings | None = None,
    partial_trust: PartialTrustSettings | None = None,
    enabled: bool = True,
    logs: Logs | None = None,
    deterministic_ids: bool = True,
    shipped_policy: bool = False,
    settings: LLMSettings | None = None,
    base_url: str | None = None,
) -> HybridPolicy:
    """A HybridPolicy talking to ``server`` with the given modes (off when not given), or
    with ``settings`` as they are (from ``LLMSettings.from_env``, say) but the policy file.
    ``base_url`` sends the requests elsewhere (a port nothing listens on)."""
    policy_file = None if shipped_policy else server.policy_file
    if settings is not None:
        settings = settings.model_copy(update={"policy_file": policy_file})
    else:
        settings = LLMSettings(
            enabled=enabled,
            policy_file=policy_file,
            shadow=shadow or ShadowSettings(),
            assist=assist or AssistSettings(),
            partial_trust=partial_trust or PartialTrustSettings(),
        )
    policy_settings = PolicySettings(
        deterministic_ids=deterministic_ids,
        clock=FixedClock(),
        log_hub=logs.hub if logs is not None else None,
    )
    environ = server.environ(**({"LLM_BASE_URL": base_url} if base_url else {}))
    return HybridPolicy(settings, policy_settings, rules=RULES, environ=environ)


_DECISION_SCHEMA = compile_validator(load_schema("decision"))


def rules_decision(command: CommandDTO | Mapping[str, Any]) -> DecisionDTO:
    """What policy-core alone decides, with the ids and clock every test policy uses."""
    return decide(command, PolicySettings(deterministic_ids=True, clock=FixedClock()), policy=RULES)


def assert_schema_valid(decision: DecisionDTO) -> None:
    """The decision meets contract 2.1.0: the published JSON Schema and the model's checks."""
    document = decision.to_json_dict()
    _DECISION_SCHEMA.validate(document)
    validate_decision(document)


def valid_records(logs: Logs) -> list[dict[str, Any]]:
    """Every record written, each checked against its published schema."""
    records = logs.records()
    for record in records:
        validate_record(record)
    return records


def main(argv: list[str] | None = None) -> int:
    """Serve one fixed extraction after ``--delay`` seconds until stdin closes (benchmarks
    run the server in its own process, so that it takes no GIL time from the code measured).
    Prints the base URL on the first line of stdout."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--delay", type=float, default=0.5, help="seconds before each answer")
    parser.add_argument("--item", action="append", default=None, help="an item to answer")
    args = parser.parse_args(argv)
    answer = Reply(content=extraction(items=args.item or ["молоко"]), delay_s=args.delay)
    with ScriptedLLM(answer) as server:
        print(server.url, flush=True)
        sys.stdin.read()
        print(f"requests: {server.count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
