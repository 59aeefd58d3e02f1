"""LogHub: the one object a service holds to emit records; it never raises and never waits.

``emit`` serialises the record (leaving out sensitive fields unless ``LOG_USER_TEXT=true``)
and hands one line to the type's sink. A sink that fails (disk full, permission denied, path
is a directory) costs its records, not the decision: each lost record is counted in
``failures``, the first failure of an outage is logged once as a warning, and the sink is left
alone for ``retry_seconds`` before it is tried again. A recovery is logged at INFO with the
number of records the outage cost; the next outage warns again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from policy_observability._records import RECORD_MODELS, LogRecord, sensitive_exclusion
from policy_observability._settings import ObservabilitySettings
from policy_observability._types import LogType, parse_log_type
from policy_observability._writer import JsonlWriter

__all__ = ["LogHub", "RecordExporter", "Sink"]

_LOGGER = logging.getLogger("policy_observability")
_MODELS = frozenset(RECORD_MODELS.values())


@runtime_checkable
class Sink(Protocol):
    """Where the lines of one log type go: a ``JsonlWriter`` or a test double."""

    def write(self, line: bytes) -> None:
        """Write one whole line (ending in a newline) or raise ``OSError``."""

    def close(self) -> None:
        """Release the sink."""


@runtime_checkable
class RecordExporter(Protocol):
    """Where every record of some types goes besides its log, as the record itself (the
    OpenTelemetry exporter of the ``otel`` extra). Sensitive fields are its to leave alone."""

    @property
    def kinds(self) -> frozenset[LogType]:
        """The record types it wants: the hub builds and hands it these, logged or not."""

    def export(self, record: LogRecord) -> None:
        """Take one record; may raise (the hub counts it and goes on), should not block."""

    def close(self) -> None:
        """Flush what is pending (within the exporter's own bound) and release it."""


class _Channel:
    """One enabled log type: its sink, what to leave out, and its failure accounting."""

    __slots__ = (
        "exclude",
        "failures",
        "kind",
        "lock",
        "outage_start",
        "retry_at",
        "retry_seconds",
        "serializer",
        "sink",
        "warned",
    )

    def __init__(self, kind: LogType, sink: Sink, exclude: Any, retry_seconds: float) -> None:
        self.kind = kind
        self.sink = sink
        self.exclude = exclude
        self.serializer = RECORD_MODELS[kind].__pydantic_serializer__
        self.retry_seconds = retry_seconds
        self.retry_at = 0.0  # while monotonic() < retry_at the sink is not touched
        self.failures = 0
        self.outage_start = 0  # ``failures`` when the current outage began
        self.warned = False  # this outage was reported
        self.lock = threading.Lock()

    def fail(self, exc: BaseException, *, back_off: bool = True) -> None:
        with self.lock:
            self.failures += 1
            if back_off:
                self.retry_at = time.monotonic() + self.retry_seconds
            if self.warned:
                return
            self.warned = True
            self.outage_start = self.failures - 1
        target = getattr(self.sink, "path", type(self.sink).__name__)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else repr(exc)
        _LOGGER.warning(
            "policy-observability: cannot write the %s log to %s (%s); its records are "
            "dropped and counted in LogHub.failures, the sink is retried every %.0f s",
            self.kind.value,
            target,
            reason,
            self.retry_seconds,
        )

    def drop(self) -> None:
        with self.lock:
            self.failures += 1

    def recovered(self) -> None:
        with self.lock:
            if not self.retry_at:
                return  # another thread reported this recovery
            self.retry_at = 0.0
            self.warned = False  # the next outage is a new one: it warns again
            lost = self.failures - self.outage_start
        target = getattr(self.sink, "path", type(self.sink).__name__)
        _LOGGER.info(
            "policy-observability: the %s log to %s works again; %d records were lost while "
            "it failed",
            self.kind.value,
            target,
            lost,
        )


class LogHub:
    """Emit observability records to the sinks the settings enable.

    Build one per process from the settings and keep it (it holds open files)::

        hub = LogHub(settings_from_env())
        if hub.enabled(LogType.PIPELINE_LATENCY):
            hub.emit(PipelineLatencyRecord(...))
        hub.close()

    ``sinks`` replaces the file sink of some types (an in-memory sink in tests); a type given
    there is enabled whatever the settings say.
    """

    def __init__(
        self,
        settings: ObservabilitySettings,
        *,
        sinks: Mapping[LogType | str, Sink] | None = None,
        exporters: Sequence[RecordExporter] = (),
    ) -> None:
        self._settings = settings
        given = {parse_log_type(name): sink for name, sink in (sinks or {}).items()}
        chosen: dict[LogType, Sink] = {}
        for kind in LogType:
            if kind in given:
                chosen[kind] = given[kind]
            elif kind in settings.enabled:
                # Files open lazily, at the first record: building a hub does no I/O.
                chosen[kind] = JsonlWriter(
                    settings.path_for(kind),
                    max_bytes=settings.max_bytes,
                    backup_count=settings.backup_count,
                    retry_seconds=settings.retry_seconds,
                )
        self._channels: dict[type[LogRecord], _Channel] = {}
        for kind, sink in chosen.items():
            model = RECORD_MODELS[kind]
            exclude = None if settings.log_user_text else sensitive_exclusion(model) or None
            self._channels[model] = _Channel(kind, sink, exclude, settings.retry_seconds)
        self._all_channels = tuple(self._channels.values())
        self._exporters = tuple(exporters)
        self._exported: dict[type[LogRecord], tuple[RecordExporter, ...]] = {
            RECORD_MODELS[kind]: tuple(e for e in self._exporters if kind in e.kinds)
            for kind in LogType
        }
        self._export_lock = threading.Lock()
        self._export_failures = 0
        self._export_warned = False
        self._enabled = frozenset(chosen).union(*(e.kinds for e in self._exporters))
        self._closed = False
        self._misuse_warned = False

    @property
    def settings(self) -> ObservabilitySettings:
        """The settings this hub was built from."""
        return self._settings

    @property
    def log_user_text(self) -> bool:
        """Whether sensitive fields are written; skip computing them when this is false."""
        return self._settings.log_user_text

    def enabled(self, log_type: LogType | str) -> bool:
        """Whether records of ``log_type`` are written (cheap: check before building one)."""
        return log_type in self._enabled

    @property
    def failures(self) -> dict[LogType, int]:
        """Records lost per enabled log type since the hub was built (kept after close)."""
        return {channel.kind: channel.failures for channel in self._all_channels}

    @property
    def export_failures(self) -> int:
        """Records an exporter refused (raised on) since the hub was built."""
        return self._export_failures

    def emit(self, record: LogRecord) -> None:
        """Write ``record`` to its log if that log is enabled, and hand it to the exporters
        that want it. Never raises."""
        exporters = self._exported.get(type(record))
        if exporters:
            self._export(exporters, record)
        channel = self._channels.get(type(record))
        if channel is None:
            if type(record) not in _MODELS:
                self._warn_misuse(record)
            return
        retry_at = channel.retry_at
        if retry_at and time.monotonic() < retry_at:
            channel.drop()  # the sink failed a moment ago: do not touch it again yet
            return
        # Any exception is caught below: a log sink must never break a decision.
        try:
            line = channel.serializer.to_json(record, exclude=channel.exclude) + b"\n"
        except Exception as exc:
            channel.fail(exc, back_off=False)  # this record is bad, the sink is fine
            return
        try:
            channel.sink.write(line)
        except Exception as exc:
            channel.fail(exc)
            return
        if retry_at:
            channel.recovered()

    def _export(self, exporters: tuple[RecordExporter, ...], record: LogRecord) -> None:
        for exporter in exporters:
            try:
                exporter.export(record)
            except Exception:  # an exporter must never break a decision either
                with self._export_lock:
                    self._export_failures += 1
                    first, self._export_warned = not self._export_warned, True
                if first:
                    _LOGGER.warning(
                        "policy-observability: %s failed on a %s record; such records are "
                        "counted in LogHub.export_failures (warned once)",
                        type(exporter).__name__,
                        record.log_type,
                        exc_info=True,
                    )

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called."""
        return self._closed

    def close(self) -> None:
        """Close every sink; records emitted afterwards are dropped silently."""
        if self._closed:
            return
        self._closed = True
        channels = list(self._channels.values())
        self._channels = {}
        exporters, self._exporters = self._exporters, ()
        self._exported = {}
        for exporter in exporters:
            try:
                exporter.close()
            except Exception:
                _LOGGER.debug("closing %s failed", type(exporter).__name__, exc_info=True)
        for channel in channels:
            try:
                channel.sink.close()
            except Exception:
                _LOGGER.debug("closing the %s sink failed", channel.kind.value, exc_info=True)

    def __enter__(self) -> LogHub:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _warn_misuse(self, record: object) -> None:
        if self._misuse_warned:
            return
        self._misuse_warned = True
        _LOGGER.warning(
            "policy-observability: LogHub.emit() was given a %s, not one of the record types; "
            "it was dropped",
            type(record).__name__,
        )
