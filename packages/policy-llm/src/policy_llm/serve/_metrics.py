"""The service's Prometheus metrics, one registry per application.

Counted: decisions by action and outcome, executes held back by reason (the evidence gate or
the confidence floor), decision latency, HTTP requests by route and status, request latency. With several worker processes, ``PROMETHEUS_MULTIPROC_DIR`` (which
``policy-serve --workers N`` sets to a fresh folder when it is unset) makes ``/metrics``
answer for all of them, whichever worker a scrape reaches.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.types import Message, Send

from policy_core import DecisionDTO

__all__ = ["CONTENT_TYPE", "ServiceMetrics", "StatusOf"]

CONTENT_TYPE = CONTENT_TYPE_LATEST

# Decisions take tens of microseconds with the rules alone and up to the LLM budgets with a
# synchronous mode: buckets from 100 µs to 10 s.
_SECONDS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)  # fmt: skip


class ServiceMetrics:
    """The collectors of one application, and their exposition."""

    def __init__(self) -> None:
        self._multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        # In multiprocess mode the values live in the shared folder, and the exposition
        # reads them all from there (a fresh registry per scrape, as the library expects).
        self.registry = CollectorRegistry(auto_describe=True)
        self.decisions = Counter(
            "hometask_decisions",
            "Decisions answered, by action and outcome.",
            ("action", "outcome"),
            registry=self.registry,
        )
        self.held_back = Counter(
            "hometask_decisions_held_back",
            "Executes answered with a clarify instead, by reason: the wording scored under "
            "POLICY_MIN_ACTION_EVIDENCE (evidence) or the confidence under "
            "POLICY_MIN_EXECUTE_CONFIDENCE (confidence).",
            ("reason",),
            registry=self.registry,
        )
        self.decision_seconds = Histogram(
            "hometask_decision_duration_seconds",
            "Time to decide a valid command, the LLM modes included.",
            buckets=_SECONDS,
            registry=self.registry,
        )
        self.requests = Counter(
            "hometask_http_requests",
            "HTTP requests answered, by route and status code.",
            ("route", "status"),
            registry=self.registry,
        )
        self.request_seconds = Histogram(
            "hometask_http_request_duration_seconds",
            "Time from the request's arrival to its answer, by route.",
            ("route",),
            buckets=_SECONDS,
            registry=self.registry,
        )

        # The children of the labelled collectors, found once per label set: labels() costs
        # microseconds a call, on every request. The label sets are few (actions x outcomes,
        # routes x statuses), so these stay small.
        self._decision_counts: dict[tuple[str, str], Counter] = {}
        self._held_back_counts: dict[str, Counter] = {}
        self._request_counts: dict[tuple[str, int], tuple[Counter, Histogram]] = {}

    def decided(self, decision: DecisionDTO, seconds: float, held_back: str | None = None) -> None:
        """Count one decision; ``held_back``: why it asked instead of acting, if it did
        (``Explanation.held_back``)."""
        key = (decision.action, decision.decision_outcome)
        counter = self._decision_counts.get(key)
        if counter is None:
            counter = self._decision_counts[key] = self.decisions.labels(*key)
        counter.inc()
        if held_back is not None:
            held = self._held_back_counts.get(held_back)
            if held is None:
                held = self._held_back_counts[held_back] = self.held_back.labels(held_back)
            held.inc()
        self.decision_seconds.observe(seconds)

    def answered(self, route: str, status: int, seconds: float) -> None:
        key = (route, status)
        children = self._request_counts.get(key)
        if children is None:
            children = (
                self.requests.labels(route, str(status)),
                self.request_seconds.labels(route),
            )
            self._request_counts[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def exposition(self) -> bytes:
        """The metrics in the Prometheus text format."""
        if self._multiprocess:
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


class StatusOf:
    """An ASGI ``send`` that remembers the status of the response it started (500 until one
    starts: what an error before the answer will be counted as)."""

    def __init__(self, send: Send) -> None:
        self.status = 500
        self._send = send

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        await self._send(message)
