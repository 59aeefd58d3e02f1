"""``policy-serve``: run the HTTP decision service on uvicorn (the ``serve`` extra).

    policy-serve [--host 127.0.0.1] [--port 8000] [--workers 1] [--access-log] [--version]

Settings come from the environment (``SERVE_*``, ``LLM_*``, ``POLICY_*``, ``LOG_*``) and are
checked here, before any worker starts: a bad value exits 2 naming the variable. Bound to an
address other than loopback without ``SERVE_TOKENS``, it warns once. With several workers
and no ``PROMETHEUS_MULTIPROC_DIR`` it makes a fresh one, so ``/metrics`` counts them all.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from importlib.metadata import version

from policy_core import PolicySettings
from policy_core.exceptions import PolicyError
from policy_llm._settings import LLMSettings
from policy_llm.exceptions import LLMError

__all__ = ["main"]

EXIT_CONFIG = 2
_APP = "policy_llm.serve:app_from_env"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-serve", description="Serve HomeTask decisions over HTTP (SPEC §10)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to bind (default 8000)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--access-log", action="store_true", help="log one line per request (off by default)"
    )
    parser.add_argument(
        "--version", action="version", version=f"policy-serve {version('policy-llm')}"
    )
    return parser


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not 1 <= args.port <= 65535 or args.workers < 1:
        print("policy-serve: --port must be 1-65535 and --workers at least 1", file=sys.stderr)
        return EXIT_CONFIG
    try:
        import uvicorn  # noqa: PLC0415 - the serve extra, needed by this command only

        import policy_llm.serve  # noqa: F401, PLC0415 - fails early, with the install hint
    except ImportError as exc:
        print(f"policy-serve: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        llm_settings = LLMSettings.from_env()
        PolicySettings.from_env()
    except (LLMError, PolicyError) as exc:
        print(f"policy-serve: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if not _loopback(args.host) and not llm_settings.serve.tokens:
        print(
            f"policy-serve: warning: serving on {args.host} without SERVE_TOKENS: anyone who "
            "can reach this address can ask for decisions",
            file=sys.stderr,
        )
    metrics_dir = None
    if args.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        metrics_dir = tempfile.mkdtemp(prefix="policy-serve-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    serve = llm_settings.serve
    # uvicorn ends a stop by raising the signal it caught again, under the handler it found:
    # this one turns that into SystemExit, so the folder made above is removed on the way out.
    for caught in (signal.SIGTERM, signal.SIGINT):
        signal.signal(caught, _exit_on)
    try:
        uvicorn.run(
            _APP,
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            access_log=args.access_log,
            timeout_graceful_shutdown=max(1, round(serve.shutdown_timeout_s / 2)),
            log_level="info",
        )
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def _exit_on(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
