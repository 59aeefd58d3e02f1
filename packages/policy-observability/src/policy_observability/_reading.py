"""Finding log files and streaming their lines: plain, rotated and gzipped, in bounded memory."""

from __future__ import annotations

import functools
import gzip
import io
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from policy_observability.exceptions import AggregationInputError

__all__ = ["MAX_LINE", "OVERSIZED", "discover_files", "iter_blocks", "iter_lines"]

# In a directory: x.jsonl, rotated x.jsonl.3, and compressed x.jsonl.gz, x.jsonl.3.gz or
# logrotate's x.jsonl-20260314.gz. Lock files (x.jsonl.lock) and other files are skipped.
_LOG_NAME = re.compile(r"\.jsonl(?:\.\d+)?(?:\.gz)?$|\.jsonl[^/]*\.gz$")
_GZIP_MAGIC = b"\x1f\x8b"
_BUFFER = 1 << 20
_GZIP_BUFFER = 1 << 16
#: How much ``iter_blocks`` reads at a time (its lists hold about this many bytes of lines).
BLOCK = 1 << 20
_HELD = 2  # lists iter_blocks holds back: the older is a whole BLOCK, more than a break loses
#: Lines are read at most this long, so one corrupt file without newlines cannot fill memory.
MAX_LINE = 1 << 20
#: What ``iter_lines`` yields in place of a longer line: not JSON, so it counts as malformed.
OVERSIZED = b"<line longer than 1 MiB>"


def _rotation_order(name: str) -> tuple[str, int]:
    # Oldest first within one log: x.jsonl.3, x.jsonl.2, x.jsonl.1, x.jsonl.
    match = re.search(r"\.jsonl\.(\d+)", name)
    stem = name[: name.index(".jsonl")] if ".jsonl" in name else name
    return (stem, -int(match.group(1)) if match else 0)


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand ``paths``: files as given, directories searched recursively for log files.

    Raises ``AggregationInputError`` for a path that does not exist.
    """
    found: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            candidates: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs.sort()
                names = sorted((n for n in files if _LOG_NAME.search(n)), key=_rotation_order)
                candidates.extend(os.path.join(root, name) for name in names)
        elif os.path.exists(path):
            candidates = [path]
        else:
            raise AggregationInputError(path)
        for candidate in candidates:
            key = os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _open(path: str) -> BinaryIO:
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        # GzipFile reads 8 KiB at a time; a 64 KiB buffer in front of it cuts the cost per
        # line by a third (larger buffers gain nothing and lose more of a truncated file).
        return io.BufferedReader(gzip.GzipFile(path, "rb"), buffer_size=_GZIP_BUFFER)
    return open(path, "rb", buffering=_BUFFER)


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(MAX_LINE)
        if not chunk or chunk.endswith(b"\n"):
            return


def iter_lines(path: str, on_error: Callable[[str, int, str], None]) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, line)`` of a file, gunzipping it when it starts with gzip magic.

    A line longer than ``MAX_LINE`` bytes is not kept in memory: it is skipped and yielded as
    ``OVERSIZED``, which no parser accepts. A file that cannot be read, or a gzip stream that
    breaks off, ends the iteration after ``on_error(path, last_line_number, reason)``; the
    lines before it are kept (for a truncated gzip file, up to the last 64 KiB before the
    break are lost with it).
    """
    number = 0
    try:
        handle = _open(path)
    except OSError as exc:
        on_error(path, 0, exc.strerror or str(exc))
        return
    try:
        for number, line in enumerate(iter(functools.partial(handle.readline, MAX_LINE), b""), 1):
            if len(line) == MAX_LINE and not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
                yield number, OVERSIZED
            else:
                yield number, line
    except (OSError, EOFError, zlib.error) as exc:
        on_error(path, number, f"unreadable after line {number}: {exc}")
    finally:
        handle.close()


def _open_raw(path: str) -> gzip.GzipFile | io.FileIO:
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        return gzip.GzipFile(path, "rb")
    return io.FileIO(path, "rb")


def iter_blocks(path: str, on_error: Callable[[str, int, str], None]) -> Iterator[list[bytes]]:
    """The lines of a file (without their newlines) in lists of about ``BLOCK`` bytes.

    The same lines as ``iter_lines``, read a megabyte at a time rather than a line at a time:
    a line of ``MAX_LINE`` bytes or more is not kept (``OVERSIZED`` stands for it) and a last
    line without a newline is a line. A file that cannot be read, or a gzip stream that breaks
    off, ends the lists after ``on_error(path, last_line_number, reason)``, with exactly the
    lines ``iter_lines`` gives before the break: it loses up to 72 KiB in its buffers, so the
    last two lists are held back until the next is read, and a break cuts them to its count.
    """
    try:
        handle = _open_raw(path)
    except OSError as exc:
        on_error(path, 0, exc.strerror or str(exc))
        return
    number = 0
    held: list[list[bytes]] = []  # read, not yet handed out
    try:
        for lines in _read_blocks(handle):
            held.append(lines)
            if len(held) > _HELD:
                first = held.pop(0)
                number += len(first)
                yield first
    except (OSError, EOFError, zlib.error) as exc:
        kept = sum(1 for _ in iter_lines(path, lambda *_: None))  # what iter_lines gives
        rest = [line for lines in held for line in lines][: max(0, kept - number)]
        if rest:
            number += len(rest)
            yield rest
        on_error(path, number, f"unreadable after line {number}: {exc}")
        return
    finally:
        handle.close()
    yield from held


def _read_blocks(handle: gzip.GzipFile | io.FileIO) -> Iterator[list[bytes]]:
    """``iter_blocks`` without its care for errors: the lines read before one, then it."""
    # read1: one read of the gzip stream per call, so that what a call returned is never lost
    # by a later one failing.
    read = handle.read1 if isinstance(handle, gzip.GzipFile) else handle.read
    rest = b""  # the start of a line whose newline has not been read yet
    oversized = False  # inside a line of MAX_LINE bytes or more, whose bytes are dropped
    failure: BaseException | None = None
    ended = False
    while not ended and failure is None:
        pieces, size = [rest], len(rest)
        try:
            while not ended and (size < BLOCK or len(pieces) == 1):  # at least one read
                chunk = read(BLOCK)
                ended = not chunk
                pieces.append(chunk)
                size += len(chunk)
        except (OSError, EOFError, zlib.error) as exc:
            failure = exc
        if len(pieces) == 2:  # the usual one read: no copy of the megabyte to join it
            lines = pieces[1].split(b"\n")
            lines[0] = rest + lines[0]
        else:
            lines = b"".join(pieces).split(b"\n")
        rest = lines.pop()
        if oversized and lines:
            lines[0], oversized = OVERSIZED, False
        elif oversized:
            rest = b""
        if lines and max(map(len, lines)) >= MAX_LINE:
            lines = [OVERSIZED if len(line) >= MAX_LINE else line for line in lines]
        if len(rest) >= MAX_LINE:
            rest, oversized = b"", True
        if lines:
            yield lines
    if failure is not None:
        raise failure
    if oversized or rest:
        yield [OVERSIZED if oversized else rest]
