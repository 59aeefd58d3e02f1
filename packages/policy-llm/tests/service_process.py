"""The HTTP service as the tests meet it: a real ``policy-serve`` process on 127.0.0.1.

:class:`Service` starts ``python -m policy_llm._serve_cli`` on a free port with the
environment a test gives it, waits until ``/readyz`` answers, and stops it with SIGTERM (as a
process manager would), keeping what it printed. ``raw_request`` speaks HTTP over a plain
socket, for what a client library will not send (bodies that trickle in, lying lengths).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import IO, Self

import httpx

__all__ = ["READY_TIMEOUT_S", "Service", "free_port", "raw_request"]

READY_TIMEOUT_S = 60.0  # loading the morphology takes seconds on a busy machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Service:
    """One service process; use as a context manager."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        *,
        args: Sequence[str] = (),
        host: str = "127.0.0.1",
        wait_ready: bool = True,
    ) -> None:
        self.port = free_port()
        self.host = host
        self.url = f"http://127.0.0.1:{self.port}"
        self._output: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "SERVE_"))}
        env.update({"NO_PROXY": "*", "no_proxy": "*", **(environ or {})})
        command = [sys.executable, "-m", "policy_llm._serve_cli"]
        command += ["--host", host, "--port", str(self.port), *args]
        self.process = subprocess.Popen(
            command, env=env, stdout=self._output, stderr=subprocess.STDOUT, text=True
        )
        self.returncode: int | None = None
        self._printed = ""
        if wait_ready:
            self.wait_ready()

    def wait_ready(self, timeout_s: float = READY_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the service exited: {self.output()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"the service was not ready in {timeout_s} s: {self.output()}")

    def client(self, **options: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, trust_env=False, **options)  # type: ignore[arg-type]

    def stop(self, timeout_s: float = 30.0) -> float:
        """SIGTERM, then wait; the seconds it took to exit."""
        started = time.monotonic()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.returncode = self.process.returncode
        return time.monotonic() - started

    def output(self) -> str:
        """What the process printed so far (all of it, once stopped)."""
        if self._output.closed:
            return self._printed
        self._output.flush()
        self._output.seek(0)
        return self._output.read()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        self._printed = self.output()
        self._output.close()


def raw_request(
    port: int, head: bytes, body_chunks: Sequence[bytes], *, pause_s: float
) -> tuple[bytes, float]:
    """Send ``head``, then each chunk ``pause_s`` apart until the server answers; what it
    answered, and the seconds from the first byte sent to the first byte answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        started = time.monotonic()
        sock.sendall(head)
        for chunk in body_chunks:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break  # the server has answered (or closed): stop sending
            try:
                sock.sendall(chunk)
            except OSError:
                break
            time.sleep(pause_s)
        select.select([sock], [], [], 30)
        answered_after = time.monotonic() - started
        received = b""
        with contextlib.suppress(OSError):
            while part := sock.recv(65536):
                received += part
        return received, answered_after
