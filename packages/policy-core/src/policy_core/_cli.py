"""``policy-decide``: decide one CommandDTO from a file or stdin and print the DecisionDTO.

::

    policy-decide command.json              # or: cat command.json | policy-decide
    policy-decide --deterministic-ids -     # ids derived from command_id

Exit status: 0 with one DecisionDTO JSON document on stdout; 2 when the input is not a valid
CommandDTO (unreadable file, bytes that are not UTF-8, bad JSON, schema violations; every
violation on stderr, one per line as ``<json-pointer>: <message>``, nothing on stdout) or when
the ``POLICY_*`` environment settings are invalid.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from policy_core._policy import decide
from policy_core._schemas import CONTRACT_VERSION
from policy_core._settings import PolicySettings
from policy_core._validation import parse_command_json
from policy_core.exceptions import CommandValidationError, SettingsError, Violation

__all__ = ["main"]

PROG = "policy-decide"
EXIT_OK = 0
EXIT_INVALID = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Decide one HomeTask CommandDTO and print its DecisionDTO as JSON.",
        epilog="Settings come from POLICY_* environment variables. Exit status 2: invalid "
        "input (each violation on stderr as '<json-pointer>: <message>') or settings.",
    )
    parser.add_argument(
        "source",
        nargs="?",
        default="-",
        metavar="FILE",
        help="a CommandDTO JSON file; '-' or nothing reads stdin",
    )
    parser.add_argument(
        "--deterministic-ids",
        action="store_true",
        help="derive every id from command_id (overrides POLICY_DETERMINISTIC_IDS)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {version('policy-core')} (contract {CONTRACT_VERSION})",
    )
    return parser


def _read_source(source: str) -> bytes | str:
    if source != "-":
        return Path(source).read_bytes()
    if sys.stdin is None:  # started without a stdin (a GUI launcher, a closed descriptor)
        raise OSError(errno.EBADF, "no standard input")
    # Bytes when the stream has them, so the UTF-8 check below sees what was really sent.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read()


def _load_text(source: str) -> str:
    """The input as text, or a CommandValidationError naming why it cannot be read."""
    where = "stdin" if source == "-" else source
    try:
        raw = _read_source(source)
    except OSError as exc:
        problem = exc.strerror or exc.__class__.__name__
        raise CommandValidationError((Violation("", f"cannot read {where}: {problem}"),)) from exc
    if isinstance(raw, str):
        return raw
    try:
        # utf-8-sig: a byte order mark (as some Windows tools write) is not part of the JSON.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"{where} is not valid UTF-8: {exc.reason} at byte {exc.start}"
        raise CommandValidationError((Violation("", message),)) from exc


def _print_violations(error: CommandValidationError) -> None:
    for violation in error.violations:
        # A pointer or message may quote a key holding a line break; keep one violation a line.
        line = str(violation).replace("\r", "\\r").replace("\n", "\\n")
        print(line, file=sys.stderr)


def _dump(document: dict[str, Any]) -> str:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        # A stdout that cannot carry the characters (or text echoing a lone surrogate) still
        # gets the same document, with \u escapes instead.
        text = json.dumps(document, ensure_ascii=True, sort_keys=True)
    return text


def _settings(deterministic_ids: bool) -> PolicySettings:
    settings = PolicySettings.from_env()
    if deterministic_ids:
        settings = settings.model_copy(update={"deterministic_ids": True})
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``policy-decide`` with ``argv`` (``sys.argv[1:]`` when None); return the exit status.

    >>> main(["--version"])  # doctest: +SKIP
    policy-decide 0.1.0 (contract 2.1.0)
    0
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse already printed
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID
    try:
        settings = _settings(args.deterministic_ids)
    except SettingsError as exc:
        print(f"{PROG}: invalid settings: {exc}", file=sys.stderr)
        return EXIT_INVALID
    try:
        command = parse_command_json(_load_text(args.source))
        decision = decide(command, settings)
    except CommandValidationError as exc:
        _print_violations(exc)
        return EXIT_INVALID
    sys.stdout.write(_dump(decision.to_json_dict()) + "\n")
    sys.stdout.flush()
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover - the console script calls main() directly
    sys.exit(main())
