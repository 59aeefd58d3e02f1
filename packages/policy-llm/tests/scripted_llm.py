"""A scripted OpenAI-compatible LLM on 127.0.0.1, and the policy files that point at it.

:class:`ScriptedLLM` is a real threaded HTTP server (``POST /v1/chat/completions``) whose
answer to each request is decided by the test. Its ``script`` is one answer for every request
or a function of the request (:class:`Received`: the body, the command text the prompt
carries, whether it is a repair turn), so requests that arrive concurrently (an evaluation
running four cases at a time) or depend on what was asked (the model after an escalation, the
command's text) get the right answer whatever their order. An answer is an extraction (a
mapping, sent as the message content's JSON), a string (the content as it is) or a
:class:`Reply` (a status, a delay, a raw body). The server records every request and counts
TCP connections, and a delayed reply watches its connection, so a test can see that a budget
cancelled a call (``disconnects``) rather than left it running.

Where ``loopback_server`` misbehaves below HTTP (resets, stalls, floods) for the client's
tests, this server speaks plain HTTP for the tests of everything built on the client; the
two share the API key and the completion envelope.

Run as a script, it serves one fixed extraction until stdin closes (``bench_shadow.py``).
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from loopback_server import API_KEY, completion

__all__ = [
    "API_KEY",
    "SERVED_MODEL",
    "Answer",
    "Received",
    "Reply",
    "Script",
    "ScriptedLLM",
    "by_text",
    "env_for",
    "extraction",
    "in_order",
    "item",
    "policy_file",
    "task",
]

SERVED_MODEL = "served-model"
"""The model every completion says it came from, whatever model was asked for."""

_USAGE = (11, 7)  # prompt and completion tokens of every completion


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
    OpenAI-style error body instead, with ``content`` as its message. ``raw`` replaces the
    whole body."""

    content: Mapping[str, Any] | str | None = None
    status: int = 200
    delay_s: float = 0.0
    raw: bytes | None = None


@dataclass(frozen=True, slots=True)
class Received:
    """One request as the server read it."""

    body: dict[str, Any]
    path: str
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


def in_order(*answers: Answer) -> Script:
    """A script playing ``answers`` in arrival order, the last repeating."""
    if not answers:
        raise ValueError("at least one answer")
    lock = threading.Lock()
    played = 0

    def answer(_request: Received) -> Answer:
        nonlocal played
        with lock:
            found = answers[min(played, len(answers) - 1)]
            played += 1
        return found

    return answer


def _command_text(messages: list[dict[str, Any]]) -> tuple[str | None, bool]:
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    text: str | None = None
    for message in users:
        data = _data(message)
        if data is not None:
            text = data
    repair = bool(users) and text is not None and _data(users[-1]) is None
    return text, repair


def _data(message: dict[str, Any]) -> str | None:
    """The command text of a data message (JSON with a ``text``); None for any other."""
    try:
        data = json.loads(message.get("content", ""))
    except (TypeError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return str(data["text"])
    return None


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
        reply = owner.record(Received(body, self.path, text, repair, time.monotonic()))
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
            envelope = completion(content, model=SERVED_MODEL, usage=_USAGE)
            self._send(reply.status, json.dumps(envelope).encode())
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
    ``requests``; ``connections`` counts the TCP connections accepted and ``disconnects``
    the delayed replies whose client hung up first. ``policy_file`` is a test policy file
    (fast retries, no escalation, a breaker that never opens) whose endpoint ``environ()``
    fills in.
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
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        self._directory = tempfile.TemporaryDirectory(prefix="scripted-llm-")
        # Every endpoint value comes from environ(), so a test can send the requests elsewhere
        # or try another key; one repair turn and no escalation make "invalid JSON twice" two
        # requests; each test owns its failures, so the breaker never opens.
        self.policy_file = policy_file(
            Path(self._directory.name),
            "${LLM_BASE_URL}",
            api_key="${LLM_API_KEY}",
            model="${LLM_MODEL}",
            structured_output="${LLM_STRUCTURED_OUTPUT:-json_schema}",
            timeout_s=15,
            escalate=False,
            max_retries=2,
            breaker_failures=1000,
        )

    def environ(self, **extra: str) -> dict[str, str]:
        """The environment ``policy_file`` reads its endpoint from."""
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
    def bodies(self) -> tuple[dict[str, Any], ...]:
        """The body of every request, in arrival order."""
        return tuple(r.body for r in self.requests)

    @property
    def paths(self) -> tuple[str, ...]:
        """The path of every request, in arrival order."""
        return tuple(r.path for r in self.requests)

    def texts(self) -> list[str | None]:
        """The command text of every request, in arrival order."""
        return [r.text for r in self.requests]

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._requests)

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._connections)

    @property
    def disconnects(self) -> int:
        with self._lock:
            return self._disconnects

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


# -- pointing a runtime at it -----------------------------------------------------------


def env_for(url: str, **overrides: str) -> dict[str, str]:
    """The environment of an enabled LLM policy on the shipped policy file, pointing at
    ``url``: distinct fast and careful models, short timeouts."""
    env = {
        "LLM_POLICY_ENABLED": "true",
        "LLM_BASE_URL": url,
        "LLM_API_KEY": API_KEY,
        "LLM_MODEL": "fast-model",
        "LLM_STRONG_MODEL": "careful-model",
        "LLM_TIMEOUT_S": "3",
        "LLM_STRONG_TIMEOUT_S": "3",
    }
    env.update(overrides)
    return env


def policy_file(
    directory: Path,
    url: str,
    *,
    structured_output: str = "json_schema",
    repair_attempts: int = 1,
    timeout_s: float = 3.0,
    escalate: bool = True,
    max_retries: int = 1,
    extra_profiles: Sequence[str] = (),
    api_key: str = API_KEY,
    model: str = "fast-model",
    breaker_failures: int | None = None,
) -> Path:
    """``directory``/policy.toml for ``url`` with millisecond retry waits; ``fast`` (model
    ``model``) escalates to ``careful`` (model ``careful-model``) when ``escalate``."""
    escalate_line = 'escalate_to = "careful"' if escalate else ""
    breaker_line = "" if breaker_failures is None else f"breaker_failures = {breaker_failures}"
    text = f"""
version = 1
[endpoint]
base_url = {json.dumps(url)}
api_key = {json.dumps(api_key)}
model = {json.dumps(model)}
max_retries = {max_retries}
backoff_initial_s = 0.01
backoff_max_s = 0.02
retry_after_cap_s = 0.05
connect_timeout_s = 1.0
{breaker_line}

[profiles.fast]
timeout_s = {timeout_s}
max_tokens = 300
structured_output = "{structured_output}"
{escalate_line}

[profiles.careful]
model = "careful-model"
timeout_s = {timeout_s}
max_tokens = 600
temperature = 0.1
structured_output = "{structured_output}"

{chr(10).join(extra_profiles)}

[tasks.extraction]
profile = "fast"
repair_attempts = {repair_attempts}
"""
    path = directory / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


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
