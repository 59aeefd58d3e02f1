"""A real threaded OpenAI-compatible server on 127.0.0.1 whose answers a test decides per request.

Where ``loopback_server`` plays a fixed script in arrival order, this one asks a *responder*
(a function of the request body) for every answer, so requests that arrive concurrently (an
evaluation running four cases at a time) or depend on what was asked (the model name after an
escalation, the command's text) get the right answer whatever their order. It records every
request body and counts requests and TCP connections.

Also here: the environment and policy files the extraction tests point at such a server.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

__all__ = [
    "API_KEY",
    "Answer",
    "OpenAIServer",
    "chat",
    "env_for",
    "extraction",
    "extraction_json",
    "in_order",
    "last_user_text",
    "policy_file",
    "running",
]

API_KEY = "sk-extraction-SECRET-7b1e94c2d0a6"
"""The key every test endpoint uses; no output, message or repr may contain it."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer: ``status`` and ``body``, sent after ``delay_s``."""

    status: int = 200
    body: bytes = b""
    delay_s: float = 0.0


Responder = Callable[[dict[str, Any]], Answer]


def chat(content: str, *, model: str = "served-model", delay_s: float = 0.0) -> Answer:
    """A 200 chat completion whose first choice says ``content``."""
    envelope = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }
    return Answer(200, json.dumps(envelope).encode(), delay_s)


def extraction_json(**fields: Any) -> str:
    """A schema-valid extraction (an empty ``unknown`` one, with ``fields`` overriding)."""
    document: dict[str, Any] = {
        "intent": "unknown",
        "items": [],
        "list_id": None,
        "task": None,
        "confidence": 0.9,
    }
    document.update(fields)
    return json.dumps(document, ensure_ascii=False)


def extraction(**fields: Any) -> Answer:
    """A chat completion carrying ``extraction_json(**fields)``."""
    return chat(extraction_json(**fields))


def in_order(*answers: Answer) -> Responder:
    """A responder that plays ``answers`` in arrival order, the last repeating."""
    if not answers:
        raise ValueError("at least one answer")
    lock = threading.Lock()
    played = 0

    def respond(_body: dict[str, Any]) -> Answer:
        nonlocal played
        with lock:
            answer = answers[min(played, len(answers) - 1)]
            played += 1
        return answer

    return respond


def _no_script(_body: dict[str, Any]) -> Answer:
    return Answer(500, b'{"error": {"message": "no responder set"}}')


class OpenAIServer:
    """The server; a context manager that starts it and stops it (threads end promptly).

    ``url`` is the API root (``http://127.0.0.1:<port>/v1``); ``respond`` may be replaced
    at any time. ``bodies`` are the parsed request bodies in arrival order.
    """

    def __init__(self, respond: Responder = _no_script) -> None:
        self.respond = respond
        self._lock = threading.Lock()
        self._bodies: list[dict[str, Any]] = []
        self._paths: list[str] = []
        self._connections = 0
        self._stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"unparsed": raw.decode("utf-8", "replace")}
                with owner._lock:
                    owner._bodies.append(body)
                    owner._paths.append(self.path)
                answer = owner.respond(body)
                if answer.delay_s and owner._stopping.wait(answer.delay_s):
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the tests read what they need from the recorded requests."""

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self) -> Any:
                accepted = super().get_request()
                with owner._lock:
                    owner._connections += 1
                return accepted

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def bodies(self) -> tuple[dict[str, Any], ...]:
        with self._lock:
            return tuple(self._bodies)

    @property
    def paths(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._paths)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._bodies)

    @property
    def connections(self) -> int:
        with self._lock:
            return self._connections


@contextmanager
def running(respond: Responder = _no_script) -> Iterator[OpenAIServer]:
    with OpenAIServer(respond) as server:
        yield server


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
) -> Path:
    """A policy file for ``url`` with millisecond retry waits; ``fast`` escalates to
    ``careful`` (model ``careful-model``) when ``escalate``."""
    escalate_line = 'escalate_to = "careful"' if escalate else ""
    text = f"""
version = 1
[endpoint]
base_url = {json.dumps(url)}
api_key = {json.dumps(api_key)}
model = "fast-model"
max_retries = {max_retries}
backoff_initial_s = 0.01
backoff_max_s = 0.02
retry_after_cap_s = 0.05
connect_timeout_s = 1.0

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


def last_user_text(body: Mapping[str, Any]) -> str:
    """The command text of an extraction request (the last user message's ``text``)."""
    for message in reversed(body["messages"]):
        if message["role"] != "user":
            continue
        try:
            data = json.loads(message["content"])
        except ValueError:
            continue  # a repair turn
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            return data["text"]
    return ""
