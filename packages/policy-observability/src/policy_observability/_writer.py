"""JsonlWriter: whole-line appends to one file, shared by threads and processes, with rotation.

Why it is safe:

* Each line goes out in one ``os.write`` on an ``O_APPEND`` descriptor. On a local
  filesystem the kernel appends the whole buffer at the end of the file under the inode lock,
  so lines from different processes never interleave. A thread lock serialises the threads of
  one process and guards the descriptor while it is swapped.
* Rotation runs under an exclusive ``flock`` on ``<path>.lock``, taken without blocking (a
  writer that finds it busy just writes on and checks again at its next line). Holding the
  lock, the writer re-checks that the file it is appending to is still ``<path>`` and still too
  big before shifting ``path.N`` to ``path.N+1`` and ``path`` to ``path.1``.
* Writers notice a rotation when their own file grows past the limit (the one extra line they
  appended lands in ``path.1``, not lost) or when a periodic ``stat`` shows ``path`` is another
  inode (also after an outside tool moved it), and reopen ``path``.
* A deleted file (or its whole directory) is noticed at the very next line: an ``fstat`` after
  each write shows no link left to the file. The line is written again to a recreated
  ``path``; the lines before it were on disk when written, and the unlinked copy can no longer
  be read by anyone, so nothing is written twice where a reader could see it.
* A write cut short by a full disk (ENOSPC, EFBIG) leaves part of a line. The writer remembers
  that the file ends mid-line and starts its next line with a newline, so the remainder stands
  alone as one malformed line and never swallows a later record; the cut record is reported as
  failed (``OSError``) and counted by ``LogHub``. It is not truncated away: another process may
  have appended after it in the meantime, and truncating would take its lines too.

Rotated files are never compressed here: compressing megabytes would stall the decision that
happened to trigger the rotation, and a writer that has not yet noticed the rotation could still
append to the file being compressed. Leave compression to logrotate; the aggregation reads
``.gz`` files.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import stat
import threading
import time

__all__ = ["JsonlWriter"]

_LOGGER = logging.getLogger("policy_observability")
_OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
_FILE_MODE = 0o640  # logs may hold user text when LOG_USER_TEXT=true: not world-readable
_DIR_MODE = 0o750
_NEWLINE = ord("\n")


class JsonlWriter:
    """Append whole lines to ``path``; rotate at ``max_bytes`` keeping ``backup_count`` files.

    ``write`` raises ``OSError`` when the line could not be written (the caller decides what
    to do; ``LogHub`` counts and warns). A failed rotation is not a lost line: it is logged
    once and retried after ``retry_seconds`` while lines keep going to the current file.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> with JsonlWriter(path) as writer:
    ...     writer.write(b'{"a":1}\\n')
    >>> path.read_bytes()
    b'{"a":1}\\n'
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_bytes: int = 0,
        backup_count: int = 0,
        check_interval: float = 1.0,
        retry_seconds: float = 30.0,
    ) -> None:
        self._path = os.fspath(path)
        self._max_bytes = max_bytes
        self._backup_count = backup_count
        self._check_interval = check_interval
        self._retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._fd = -1
        self._lock_fd = -1
        self._ident: tuple[int, int] = (0, 0)
        self._torn: tuple[int, int] | None = None  # the file whose last line was cut short
        self._regular = False  # a regular file (not a device or a pipe): followed by path
        self._rotates = False  # ... and rotation is configured
        self._next_check = 0.0
        self._rotation_paused_until = 0.0
        self._rotation_warned = False
        self._closed = False

    @property
    def path(self) -> str:
        """The file this writer appends to."""
        return self._path

    def write(self, line: bytes) -> None:
        """Append ``line`` (one record ending in a newline) with a single ``os.write``."""
        with self._lock:
            if self._closed:
                raise ValueError("write to a closed JsonlWriter")
            if self._fd < 0:
                self._open()
            elif self._regular and time.monotonic() >= self._next_check:
                self._follow_path()
            self._append(line)
            if self._regular and os.fstat(self._fd).st_nlink == 0:
                self._replace_deleted_file(line)
            if self._rotates and os.lseek(self._fd, 0, os.SEEK_CUR) >= self._max_bytes:
                self._rotate()

    def close(self) -> None:
        """Close the file; later writes raise ``ValueError``."""
        with self._lock:
            self._closed = True
            self._close_fd()
            if self._lock_fd >= 0:
                os.close(self._lock_fd)
                self._lock_fd = -1

    def __del__(self) -> None:
        # A writer dropped without close() must not leak its descriptors.
        for fd in (getattr(self, "_fd", -1), getattr(self, "_lock_fd", -1)):
            if fd >= 0:
                try:  # noqa: SIM105 - no contextlib here: this may run at interpreter exit
                    os.close(fd)
                except OSError:
                    pass

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _append(self, line: bytes) -> None:
        data = b"\n" + line if self._torn == self._ident else line
        written = 0
        try:
            written = os.write(self._fd, data)
            if written != len(data):
                # Regular files on local disks are only short-written when the disk fills or
                # a signal lands mid-write; try to finish the line rather than leave it torn.
                view = memoryview(data)
                while written < len(data):
                    more = os.write(self._fd, view[written:])
                    if more == 0:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._path)
                    written += more
        except OSError:
            if written and data[written - 1] != _NEWLINE:
                self._torn = self._ident  # the next line to this file starts on a fresh line
            elif written:
                self._torn = None
            self._close_fd()  # reopened at the next write, after the caller's back-off
            raise
        self._torn = None

    def _replace_deleted_file(self, line: bytes) -> None:
        """``path`` was deleted (or its directory was): recreate it and write ``line`` there."""
        self._close_fd()
        self._open()  # raises if it cannot be recreated: the caller counts the line as lost
        _LOGGER.warning(
            "policy-observability: %s was deleted while it was being written; it was recreated "
            "and the line written to it again",
            self._path,
        )
        self._append(line)

    def _open(self) -> None:
        parent = os.path.dirname(self._path)
        if parent:
            os.makedirs(parent, mode=_DIR_MODE, exist_ok=True)
        fd = os.open(self._path, _OPEN_FLAGS, _FILE_MODE)
        try:
            info = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        self._ident = (info.st_dev, info.st_ino)
        # Devices, pipes and /dev/stdout are written to but never rotated.
        self._regular = stat.S_ISREG(info.st_mode)
        self._rotates = self._regular and self._max_bytes > 0 and self._backup_count > 0
        self._next_check = time.monotonic() + self._check_interval

    def _close_fd(self) -> None:
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            os.close(fd)

    def _reopen(self) -> None:
        self._close_fd()
        self._open()

    def _follow_path(self) -> None:
        """Reopen when ``path`` is no longer the file we append to (rotated, moved, deleted)."""
        self._next_check = time.monotonic() + self._check_interval
        self._current_file()

    def _current_file(self) -> os.stat_result | None:
        """``path``'s status when it is still the file we append to; else reopen, None."""
        try:
            info = os.stat(self._path)
        except FileNotFoundError:
            self._reopen()
            return None
        if (info.st_dev, info.st_ino) != self._ident:
            self._reopen()  # someone else rotated or moved it: follow them
            return None
        return info

    def _rotate(self) -> None:
        now = time.monotonic()
        if now < self._rotation_paused_until:
            return
        try:
            if self._lock_fd < 0:
                self._lock_fd = os.open(
                    self._path + ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, _FILE_MODE
                )
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # another process is rotating; we look again after our next line
            try:
                self._rotate_locked()
            finally:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        except OSError as exc:
            self._rotation_paused_until = now + self._retry_seconds
            if not self._rotation_warned:
                self._rotation_warned = True
                _LOGGER.warning(
                    "policy-observability: cannot rotate %s (%s); lines keep going to the "
                    "current file, rotation is retried every %.0f s",
                    self._path,
                    exc.strerror or exc,
                    self._retry_seconds,
                )

    def _rotate_locked(self) -> None:
        info = self._current_file()
        if info is None or info.st_size < self._max_bytes:
            return
        base = self._path
        # Existing backups are contiguous from .1; shifting only those keeps the order even if
        # one went missing (the gap is filled) and costs one stat per kept file.
        present = 0
        while present < self._backup_count and os.path.exists(f"{base}.{present + 1}"):
            present += 1
        for index in range(min(present, self._backup_count - 1), 0, -1):
            os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        os.replace(base, f"{base}.1")
        self._reopen()
