"""A counting HTTP proxy on loopback, between the platform and the LLM server.

Every request the platform sends goes through it, so the smoke session can count real round
trips at the server side — and prove that with the kill switch off there are none. It can also
rewrite one chosen answer (``tamper``): the real model answered, and the proxy turns the
answer into an ungrounded one, so the refusal path is exercised on every run whatever the
small model happens to say.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

import httpx

__all__ = ["CountingProxy", "RoundTrip"]

Tamper = Callable[[dict[str, Any], dict[str, Any]], dict[str, Any] | None]


@dataclass(frozen=True, slots=True)
class RoundTrip:
    """One request the proxy forwarded."""

    path: str
    status: int
    latency_ms: float
    tampered: bool


class CountingProxy:
    """Forwards ``POST``/``GET`` under ``/v1`` to ``upstream`` and records each round trip."""

    def __init__(self, upstream: str, *, tamper: Tamper | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self.tamper = tamper
        self._trips: list[RoundTrip] = []
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=httpx.Timeout(300.0, connect=10.0))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def trips(self) -> list[RoundTrip]:
        with self._lock:
            return list(self._trips)

    def _record(self, trip: RoundTrip) -> None:
        with self._lock:
            self._trips.append(trip)

    def _forward(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, bytes, bool]:
        started = time.perf_counter()
        suffix = path.removeprefix("/v1")
        response = self._client.request(
            method, self.upstream + suffix, content=body, headers=headers
        )
        content, tampered = response.content, False
        if self.tamper is not None and response.status_code == 200 and body:
            changed = self.tamper(json.loads(body), response.json())
            if changed is not None:
                content, tampered = json.dumps(changed).encode(), True
        latency_ms = (time.perf_counter() - started) * 1000
        self._record(RoundTrip(path, response.status_code, latency_ms, tampered))
        return response.status_code, content, tampered

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _relay(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() in ("authorization", "content-type", "accept")
                }
                try:
                    status, content, _ = proxy._forward(method, self.path, body, headers)
                except httpx.HTTPError as exc:
                    status, content = 502, json.dumps({"error": {"message": str(exc)}}).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its deadline passed); the trip is still counted

            def do_POST(self) -> None:
                self._relay("POST")

            def do_GET(self) -> None:
                self._relay("GET")

            def log_message(self, format: str, *args: Any) -> None:
                return  # quiet: the smoke prints its own summary

        return Handler

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
