"""Runnable examples: code blocks marked ``runnable`` are run, and their output compared.

Convention:

* ```` ```bash runnable ```` (also ``sh``, ``shell``) runs with ``bash -e -o pipefail``;
  ```` ```python runnable ```` runs with the Python that runs docs-check, so the installed
  packages are importable and their commands (``policy-obs``) are on ``PATH``.
* The runnable blocks of one file run in order, each in a fresh process, in one temporary
  working directory shared by that file's blocks (a block can read what an earlier one
  wrote). ``$REPO`` is the repository root. Variables the platform's code reads are removed
  from the environment, so an example sees the defaults unless it sets them itself.
* ``timeout=SECONDS`` after ``runnable`` changes the limit of one block (default 60).
* A block marked ``output`` right after a runnable block (the next fence in the file) is its
  expected standard output, compared line by line (trailing spaces and blank lines at either
  end ignored).

The first block of a file that fails stops that file: later blocks may depend on it.
"""

from __future__ import annotations

import difflib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tools.docs_check._markdown import Document, Fence
from tools.docs_check._problems import Problem

__all__ = ["DEFAULT_TIMEOUT_S", "Example", "RunSummary", "check_runnable", "runnable_examples"]

DEFAULT_TIMEOUT_S = 60.0
_SHELLS = frozenset({"bash", "sh", "shell"})
_PYTHONS = frozenset({"python", "py", "python3"})
_TAIL_LINES = 20


@dataclass(frozen=True, slots=True)
class Example:
    """A runnable block, its time limit and (maybe) the output it must print."""

    fence: Fence
    timeout_s: float
    expected: Fence | None


@dataclass(slots=True)
class RunSummary:
    """How many blocks ran, and how long they took together."""

    blocks: int = 0
    seconds: float = 0.0


def runnable_examples(document: Document) -> tuple[list[Example], list[Problem]]:
    """The runnable blocks of a document, and problems with their markings."""
    examples: list[Example] = []
    problems: list[Problem] = []
    fences = document.fences
    for index, fence in enumerate(fences):
        options = fence.words[1:]
        following = fences[index + 1] if index + 1 < len(fences) else None
        if "output" in options and (index == 0 or "runnable" not in fences[index - 1].words[1:]):
            problems.append(
                Problem(
                    document.relative,
                    fence.line,
                    "an output block must come right after a runnable block",
                )
            )
        if "runnable" not in options:
            continue
        if fence.language not in _SHELLS | _PYTHONS:
            problems.append(
                Problem(
                    document.relative,
                    fence.line,
                    f"cannot run a '{fence.language}' block (bash, sh, shell or python)",
                )
            )
            continue
        timeout_s = DEFAULT_TIMEOUT_S
        for option in options:
            if option.startswith("timeout="):
                try:
                    timeout_s = float(option.removeprefix("timeout="))
                except ValueError:
                    problems.append(
                        Problem(document.relative, fence.line, f"bad option {option!r}")
                    )
        expected = following if following is not None and "output" in following.words[1:] else None
        examples.append(Example(fence, timeout_s, expected))
    return examples, problems


def _normal(text: str) -> list[str]:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n").splitlines()


def _tail(text: str) -> str:
    return "\n".join(text.rstrip().splitlines()[-_TAIL_LINES:])


def _run(
    example: Example, work: Path, script: Path, python: str, environment: dict[str, str]
) -> tuple[int | None, str, str]:
    """Run one block; the exit status (None on time-out), stdout and stderr."""
    if example.fence.language in _PYTHONS:
        script = script.with_suffix(".py")
        command = [python, str(script)]
    else:
        script = script.with_suffix(".sh")
        command = ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", str(script)]
    script.write_text(example.fence.body, encoding="utf-8")
    process = subprocess.Popen(  # noqa: S603 - the commands are the repository's own docs
        command,
        cwd=work,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=example.timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        return None, stdout, stderr
    return process.returncode, stdout, stderr


def _environment(root: Path, python: str, scrub: frozenset[str]) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in scrub}
    environment["REPO"] = str(root.resolve())
    environment["PATH"] = os.pathsep.join(
        [str(Path(python).parent), *filter(None, [environment.get("PATH")])]
    )
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    environment["PYTHONIOENCODING"] = "utf-8"
    return environment


def check_runnable(
    root: Path,
    documents: Sequence[Document],
    *,
    python: str = sys.executable,
    scrub: frozenset[str] = frozenset(),
    summary: RunSummary | None = None,
) -> list[Problem]:
    """Run every runnable block of ``documents``; a problem for each failure or wrong output."""
    summary = summary if summary is not None else RunSummary()
    environment = _environment(root, python, scrub)
    problems: list[Problem] = []
    for document in documents:
        examples, marking = runnable_examples(document)
        problems += marking
        if not examples:
            continue
        with tempfile.TemporaryDirectory(prefix="docs-check-") as temporary:
            work = Path(temporary) / "work"
            scripts = Path(temporary) / "scripts"
            work.mkdir()
            scripts.mkdir()
            for number, example in enumerate(examples, start=1):
                started = time.monotonic()
                status, stdout, stderr = _run(
                    example, work, scripts / f"block{number}", python, environment
                )
                summary.blocks += 1
                summary.seconds += time.monotonic() - started
                failure = _failure(document, example, status, stdout, stderr)
                if failure is not None:
                    problems.append(failure)
                    break
    return problems


def _failure(
    document: Document, example: Example, status: int | None, stdout: str, stderr: str
) -> Problem | None:
    fence = example.fence
    if status is None:
        return Problem(
            document.relative,
            fence.line,
            f"runnable {fence.language} block timed out after {example.timeout_s:g} s",
            detail=_tail(stderr or stdout),
        )
    if status != 0:
        return Problem(
            document.relative,
            fence.line,
            f"runnable {fence.language} block failed with exit status {status}",
            detail=_tail(stderr or stdout),
        )
    expected = example.expected
    if expected is not None and _normal(stdout) != _normal(expected.body):
        diff = difflib.unified_diff(
            _normal(expected.body),
            _normal(stdout),
            fromfile="documented",
            tofile="actual",
            lineterm="",
            n=1,
        )
        return Problem(
            document.relative,
            expected.line,
            f"the output of the runnable block at line {fence.line} differs from the documented output",
            detail="\n".join(list(diff)[:40]),
        )
    return None
