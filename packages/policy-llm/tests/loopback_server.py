"""A real HTTP/1.1 server on 127.0.0.1 whose every answer is scripted by the test.

The client tests run against this instead of a mock, so timeouts, resets, trickled bytes and
oversized bodies go through real sockets. Each request received takes the next step of the
script (the last step repeats once the script runs out); the server records every request
and counts connections, so a test can assert what reached it and how often.

Steps:

* :class:`Reply` — a status, headers and body, optionally after a delay or a byte at a time;
* :class:`Reset` — abort the connection with a TCP RST (``SO_LINGER`` 0) after the request;
* :class:`Stall` — send some raw bytes, then hold the connection open without finishing;
* :class:`Flood` — a 200 whose body is ``size`` bytes, sent until the client hangs up.

Raw sockets rather than ``http.server``: the steps need control below HTTP (half a body,
an RST), and keep-alive must work so connection pooling can be observed.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

__all__ = [
    "API_KEY",
    "Flood",
    "LoopbackServer",
    "Received",
    "Reply",
    "Reset",
    "Stall",
    "Step",
    "chat_reply",
    "completion",
]

API_KEY = "sk-test-MARKER-3f9c2a7be1d04"
"""The key the tests' endpoints use; no log, repr, message or exception argument may hold it."""

_CHUNK = 64 * 1024
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer with ``status``, ``headers`` and ``body`` (Content-Length is added), after
    ``delay_s``; with ``drip_interval_s`` set, the whole response (status line included)
    goes out one byte per interval."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drip_interval_s: float | None = None


@dataclass(frozen=True, slots=True)
class Reset:
    """Read the request, then abort the connection: SO_LINGER 0 makes close() send an RST."""


@dataclass(frozen=True, slots=True)
class Stall:
    """Send ``data`` (raw bytes, e.g. a status line, headers and half a body), then keep the
    connection open, silent, for ``hold_s`` before closing it."""

    data: bytes
    hold_s: float = 30.0


@dataclass(frozen=True, slots=True)
class Flood:
    """A 200 with a ``size``-byte body, sent in 64 KiB chunks until done or the client goes;
    ``chunked`` uses Transfer-Encoding: chunked instead of declaring the length."""

    size: int
    chunked: bool = False


Step = Reply | Reset | Stall | Flood


@dataclass(frozen=True, slots=True)
class Received:
    """One request as the server read it: method, path, headers (lower-case names) and body."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


def completion(
    content: str, *, model: str = "loopback-model", usage: tuple[int, int] | None = (7, 5)
) -> dict[str, Any]:
    """A Chat Completions response envelope whose first choice says ``content``."""
    envelope: dict[str, Any] = {
        "id": "chatcmpl-loopback",
        "object": "chat.completion",
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }
    if usage is not None:
        prompt, completion_tokens = usage
        envelope["usage"] = {
            "prompt_tokens": prompt,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt + completion_tokens,
        }
    return envelope


def chat_reply(content: str, **options: Any) -> Reply:
    """A 200 :class:`Reply` carrying :func:`completion` of ``content``."""
    return json_reply(completion(content, **options))


def json_reply(
    document: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> Reply:
    """A :class:`Reply` with ``document`` as its JSON body."""
    return Reply(
        status=status,
        body=json.dumps(document).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def _head(status: int, headers: Mapping[str, str]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"] + [
        f"{name}: {value}" for name, value in headers.items()
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class LoopbackServer:
    """The scripted server; a context manager that starts it and stops it (joining threads).

    ``url`` is the API root to give the client (``http://127.0.0.1:<port>/v1``).
    """

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._script: list[Step] = [Reply(status=500, body=b"no script")]
        self._next = 0
        self._received: list[Received] = []
        self._connections = 0
        self._flood_sent = 0
        self._replies_finished = 0
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="loopback-accept")

    def __enter__(self) -> Self:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def script(self, *steps: Step) -> None:
        """Answer the next requests with ``steps`` in order, the last one repeating."""
        if not steps:
            raise ValueError("a script needs at least one step")
        with self._lock:
            self._script = list(steps)
            self._next = 0

    @property
    def requests(self) -> tuple[Received, ...]:
        """Every request received so far, in order."""
        with self._lock:
            return tuple(self._received)

    @property
    def count(self) -> int:
        """How many requests have been received."""
        with self._lock:
            return len(self._received)

    @property
    def connections(self) -> int:
        """How many TCP connections have been accepted."""
        with self._lock:
            return self._connections

    @property
    def replies_finished(self) -> int:
        """How many :class:`Reply` steps were sent to their last byte (a client that gave
        up before the end of a delayed or dripping reply leaves this unchanged)."""
        with self._lock:
            return self._replies_finished

    @property
    def flood_bytes_sent(self) -> int:
        """Body bytes :class:`Flood` steps managed to hand to the kernel."""
        with self._lock:
            return self._flood_sent

    def stop(self) -> None:
        """Stop accepting, cut every open connection, wait for the threads to end."""
        self._stopping.set()
        self._acceptor.join(timeout=5)
        with self._lock:
            connections = list(self._open)
            threads = list(self._threads)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            thread = threading.Thread(
                target=self._serve, args=(connection,), name="loopback-connection"
            )
            with self._lock:
                self._connections += 1
                self._open.add(connection)
                self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        pending = b""
        try:
            while not self._stopping.is_set():
                request, pending = self._read_request(connection, pending)
                if request is None:
                    return
                if not self._perform(self._take_step(request), connection):
                    return
        except OSError:
            return  # the client went away mid-exchange, which several steps provoke
        finally:
            with self._lock:
                self._open.discard(connection)
            connection.close()

    def _take_step(self, request: Received) -> Step:
        with self._lock:
            self._received.append(request)
            step = self._script[min(self._next, len(self._script) - 1)]
            self._next += 1
            return step

    @staticmethod
    def _read_request(connection: socket.socket, pending: bytes) -> tuple[Received | None, bytes]:
        data = pending
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(_CHUNK)
            if not chunk or len(data) > _MAX_HEAD:
                return None, b""
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, path, _version = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = connection.recv(_CHUNK)
            if not chunk:
                return None, b""
            rest += chunk
        return Received(method, path, headers, rest[:length]), rest[length:]

    def _perform(self, step: Step, connection: socket.socket) -> bool:
        """Carry out ``step``; whether the connection can serve another request."""
        if isinstance(step, Reset):
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if isinstance(step, Stall):
            connection.sendall(step.data)
            self._stopping.wait(step.hold_s)
            return False
        if isinstance(step, Flood):
            self._flood(step, connection)
            return False
        if step.delay_s and self._stopping.wait(step.delay_s):
            return False
        response = _head(step.status, {**step.headers, "Content-Length": str(len(step.body))})
        response += step.body
        if step.drip_interval_s is None:
            connection.sendall(response)
        else:
            for index in range(len(response)):
                connection.sendall(response[index : index + 1])
                if self._stopping.wait(step.drip_interval_s):
                    return False
        with self._lock:
            self._replies_finished += 1
        return True

    def _flood(self, step: Flood, connection: socket.socket) -> None:
        framing = (
            {"Transfer-Encoding": "chunked"} if step.chunked else {"Content-Length": str(step.size)}
        )
        connection.sendall(_head(200, {"Content-Type": "application/json", **framing}))
        chunk = b"x" * _CHUNK
        sent = 0
        while sent < step.size and not self._stopping.is_set():
            piece = chunk[: min(_CHUNK, step.size - sent)]
            frame = b"%x\r\n%s\r\n" % (len(piece), piece) if step.chunked else piece
            connection.sendall(frame)
            sent += len(piece)
            with self._lock:
                self._flood_sent += len(piece)
        if step.chunked:
            connection.sendall(b"0\r\n\r\n")
