"""Trace and span ids from the records' own ``trace_id``, so every record of one decision, and
the shadow comparison that finishes later, lands in one OpenTelemetry trace.

A decision's ``trace_id`` (a UUID) is its OTel trace id; its root span's id is derived from
it. Any other span id is random. ``DecisionIds`` is the SDK's id generator with a one-shot
override, per thread, for the root span the exporter is about to start.
"""

from __future__ import annotations

import hashlib
import threading
import uuid

from opentelemetry.sdk.trace.id_generator import IdGenerator, RandomIdGenerator

__all__ = ["DecisionIds", "otel_ids"]


def otel_ids(trace_id: str) -> tuple[int, int]:
    """The OTel trace id and root span id of the decision whose ``trace_id`` this is."""
    try:
        trace = uuid.UUID(trace_id).int
    except ValueError:  # not a UUID: a hash of it, as wide as a trace id
        trace = int.from_bytes(hashlib.sha256(trace_id.encode()).digest()[:16], "big")
    trace = trace or 1  # zero is the invalid id
    digest = hashlib.sha256(b"root-span:" + trace.to_bytes(16, "big")).digest()
    return trace, int.from_bytes(digest[:8], "big") or 1


class DecisionIds(IdGenerator):
    """Random ids, except for the span started right after ``next_root``."""

    def __init__(self) -> None:
        self._random = RandomIdGenerator()
        self._next = threading.local()

    def next_root(self, trace_id: int, span_id: int) -> None:
        """The next root span started on this thread gets these ids."""
        self._next.ids = (trace_id, span_id)

    def generate_trace_id(self) -> int:
        ids: tuple[int, int] | None = getattr(self._next, "ids", None)
        return ids[0] if ids is not None else self._random.generate_trace_id()

    def generate_span_id(self) -> int:
        ids: tuple[int, int] | None = getattr(self._next, "ids", None)
        if ids is None:
            return self._random.generate_span_id()
        self._next.ids = None
        return ids[1]
