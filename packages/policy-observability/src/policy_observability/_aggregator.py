"""Aggregation: stream log lines into bounded summaries for the report.

Memory does not grow with the number of records: every table keeps at most ``max_keys``
distinct keys (the rest are counted under ``(other)``) and latencies go into
``QuantileSketch``. A line that is not JSON, not an object, of an unknown ``log_type`` or
missing (or mistyping) a field the summary reads is counted as malformed and skipped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from itertools import chain, compress, groupby, islice
from operator import attrgetter, itemgetter, le, methodcaller
from typing import Any

from pydantic import ValidationError

from policy_observability._fastlines import (
    Assist,
    Decision,
    Fallback,
    FastRecord,
    PartialTrust,
    Pipeline,
    Shadow,
    decode_block,
    from_checked,
)
from policy_observability._lines import describe_error, parse_line
from policy_observability._report import AGREEMENT_FIELDS
from policy_observability._rollup import RateTable, SketchTable, Tally, UsageTable
from policy_observability._sketch import QuantileSketch
from policy_observability._types import LlmOutcome, LogType, parse_log_type

__all__ = ["Aggregator"]

_NOT_ATTEMPTED = frozenset({LlmOutcome.SKIPPED.value, LlmOutcome.DISABLED.value})
_LLM_ERRORS = frozenset({LlmOutcome.TIMEOUT.value, LlmOutcome.ERROR.value})
_MICROSECOND = timedelta(microseconds=1)
_TAGS: dict[type[FastRecord], str] = {
    Pipeline: LogType.PIPELINE_LATENCY.value,
    Fallback: LogType.FALLBACK_METRICS.value,
    Shadow: LogType.SHADOW_ROUTER.value,
    Assist: LogType.ASSIST.value,
    PartialTrust: LogType.PARTIAL_TRUST_RISK.value,
    Decision: LogType.DECISION.value,
}
# Column getters: map() with these runs the loop over a block in C.
_TIMESTAMP = attrgetter("timestamp")
_TOTAL = attrgetter("total_s")
_STAGES = attrgetter("stages_s")
_MODE = attrgetter("mode")
_FALLBACK_KEY = attrgetter(
    "mode", "llm_outcome", "error_type", "fallback_reason", "deterministic_used"
)
_LLM_DURATION = attrgetter("llm_duration_s")
_ERROR_TYPE = attrgetter("error_type")
_MODEL = attrgetter("request_model")
_USAGE = attrgetter("request_model", "input_tokens", "output_tokens", "estimated_cost_usd")
_SAMPLED = attrgetter("sampled")
_AGREEMENT = attrgetter("agreement")
_OVERALL = attrgetter("overall_agreement")
_DETERMINISTIC = attrgetter("deterministic_s")
_HINTS = attrgetter("hints")
_HINT_KEY = attrgetter("field", "offered", "accepted", "reason")
_TRUST_KEY = attrgetter("corridor", "sampled", "accepted")
_REASON_CODES = attrgetter("reason_codes")
_RISK_FLAGS = attrgetter("risk_flags")
_AGREEMENT_FIELDS = itemgetter(*AGREEMENT_FIELDS)
_DECISION_KEY = attrgetter("outcome", "action", "status", "language", "decision_version")
_CONFIDENCE = attrgetter("confidence")
_HELD_BACK = attrgetter("held_back")


class Aggregator:
    """Accumulates log lines; ``build_report`` turns it into the summary."""

    def __init__(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        types: Iterable[LogType | str] | None = None,
        max_keys: int = 1000,
    ) -> None:
        self.since = since
        self.until = until
        self.types = frozenset(parse_log_type(t).value for t in types) if types else None
        self.lines = 0
        self.malformed = 0
        self.filtered_out = 0
        self.first_seen: datetime | None = None
        self.last_seen: datetime | None = None
        self.counts = {kind.value: 0 for kind in LogType}
        # Durations are kept in seconds, as records of schema 2 write them; the report shows
        # milliseconds.
        # pipeline_latency
        self.stages = SketchTable(max_keys)  # "total" first, then each stage
        self.total_by_mode = SketchTable(max_keys)
        self.llm_latency = SketchTable(max_keys)  # by log type
        # fallback_metrics
        self.llm_outcomes = Tally(max_keys)
        self.fallback_modes = Tally(max_keys)
        self.fallback_reasons = Tally(max_keys)
        self.fallback_errors = Tally(max_keys)
        self.deterministic_used = RateTable(max_keys)  # by mode
        self.fallback_rate = RateTable(max_keys)  # by mode, over LLM attempts
        self.llm_error_rate = RateTable(max_keys)  # by mode, over LLM attempts
        # fallback_metrics and shadow_router: each LLM call once
        self.usage = UsageTable(max_keys)  # by model and mode
        # shadow_router
        self.shadow_sampled = RateTable(max_keys)
        self.shadow_agreement = RateTable(max_keys)  # by field, and "overall"
        self.shadow_errors = Tally(max_keys)
        self.shadow_deterministic = QuantileSketch()
        # assist
        self.assist_offered = RateTable(max_keys)  # by field
        self.assist_acceptance = RateTable(max_keys)  # by field, over offered hints
        self.assist_rejections = Tally(max_keys)  # "field:reason"
        self.assist_errors = Tally(max_keys)
        # partial_trust_risk
        self.trust_sampled = RateTable(max_keys)  # by corridor
        self.trust_acceptance = RateTable(max_keys)  # by corridor, over sampled candidates
        self.trust_reasons = Tally(max_keys)
        self.trust_flags = Tally(max_keys)
        self.trust_errors = Tally(max_keys)
        # decision
        self.outcomes = Tally(max_keys)
        self.actions = Tally(max_keys)
        self.statuses = Tally(max_keys)
        self.languages = Tally(max_keys)
        self.decision_versions = Tally(max_keys)
        self.held_back = Tally(max_keys)  # by reason: executes asked about instead
        self.confidence = QuantileSketch()

    def feed_block(
        self,
        lines: Sequence[bytes],
        first_number: int = 1,
        on_malformed: Callable[[int, str], None] | None = None,
    ) -> None:
        """Take consecutive lines (``first_number`` is the first one's line number).

        ``on_malformed(number, reason)`` hears of each skipped line. A block that msgspec
        decodes whole is summarised column by column; any other block is read line by line by
        ``parse_line``, which says what is wrong with each line.
        """
        self.lines += len(lines)
        decoded = decode_block(lines)
        exact = decoded is None  # msgspec may round a timestamp where pydantic truncates
        if decoded is None:
            records, lines = self._checked(lines, first_number, on_malformed)
            one_type = False
        else:
            records, one_type = decoded
        if self.types is not None or self.since is not None or self.until is not None:
            records, lines = self._window(records, lines, exact=exact)
        if not records:
            return
        self._extremes(records, lines, exact=exact)
        if one_type or len(set(map(type, records))) == 1:
            self._run(records)
        else:
            for _, run in groupby(records, type):
                self._run(list(run))

    def _checked(
        self,
        lines: Sequence[bytes],
        first_number: int,
        on_malformed: Callable[[int, str], None] | None,
    ) -> tuple[list[FastRecord], list[bytes]]:
        """The block read line by line by the reference parser: its records and their lines."""
        records: list[FastRecord] = []
        kept: list[bytes] = []
        for number, raw in enumerate(lines, first_number):
            try:
                line = parse_line(raw)
            except ValidationError as exc:
                if raw.strip():
                    self.malformed += 1
                    if on_malformed is not None:
                        on_malformed(number, describe_error(exc))
                continue
            records.append(from_checked(line))
            kept.append(raw)
        return records, kept

    def _window(
        self, records: list[FastRecord], lines: Sequence[bytes], *, exact: bool
    ) -> tuple[list[FastRecord], list[bytes]]:
        """The records of the wanted types inside ``[since, until)``, and their lines."""
        types, since, until = self.types, self.since, self.until
        kept: list[FastRecord] = []
        kept_lines: list[bytes] = []
        for record, raw in zip(records, lines, strict=True):
            when = record.timestamp
            if not exact and when in (since, until):
                when = _exact_time(raw)  # one microsecond either way decides
            if (
                (types is not None and _TAGS[type(record)] not in types)
                or (since is not None and when < since)
                or (until is not None and when >= until)
            ):
                self.filtered_out += 1
                continue
            kept.append(record)
            kept_lines.append(raw)
        return kept, kept_lines

    def _extremes(self, records: list[FastRecord], lines: Sequence[bytes], *, exact: bool) -> None:
        """Move first_seen and last_seen out to the block's earliest and latest records."""
        times = list(map(_TIMESTAMP, records))
        if all(map(le, times, islice(times, 1, None))):
            # In time order, as a log usually is: its ends, and the lines near them by bisection.
            low, high = times[0], times[bisect_left(times, times[-1])]  # the first of equals
            if not exact:
                near_low = range(bisect_right(times, low + _MICROSECOND))
                near_high = range(bisect_left(times, high - _MICROSECOND), len(times))
                low = min([_exact_time(lines[index]) for index in near_low])
                high = max([_exact_time(lines[index]) for index in near_high])
        else:
            low, high = min(times), max(times)  # the first of equal values, as line by line
            if not exact:
                low = _exact_extreme(times, lines, low, later=False)
                high = _exact_extreme(times, lines, high, later=True)
        if self.first_seen is None or low < self.first_seen:
            self.first_seen = low
        if self.last_seen is None or high > self.last_seen:
            self.last_seen = high

    def _run(self, records: list[Any]) -> None:
        """Summarise consecutive records of one type."""
        kind = type(records[0])
        self.counts[_TAGS[kind]] += len(records)
        if kind is Pipeline:
            self._pipeline(records)
        elif kind is Decision:
            self._decision(records)
        elif kind is Fallback:
            self._fallback(records)
        elif kind is Shadow:
            self._shadow(records)
        elif kind is Assist:
            self._assist(records)
        else:
            self._partial_trust(records)

    def _pipeline(self, records: list[Pipeline]) -> None:
        totals = list(map(_TOTAL, records))
        stage_maps = list(map(_STAGES, records))
        modes = list(map(_MODE, records))
        columns = _stage_columns(stage_maps)
        distinct_modes = list(dict.fromkeys(modes))
        if (
            "total" in columns
            or not self.stages.fits(["total", *columns])
            or not self.total_by_mode.fits(distinct_modes)
        ):
            # Values of different keys would meet in one sketch ("total", or "(other)" once
            # the table is full): add them one by one, in the order of the lines.
            for record in records:
                self.stages.add("total", record.total_s)
                self.stages.add_items(record.stages_s.items())
                self.total_by_mode.add(record.mode, record.total_s)
            return
        self.stages.add_many("total", totals)
        for name, column in columns.items():
            self.stages.add_many(name, column)
        if len(distinct_modes) == 1:
            self.total_by_mode.add_many(distinct_modes[0], totals)
            return
        by_mode: dict[str, list[float]] = {mode: [] for mode in distinct_modes}
        appends = {mode: values.append for mode, values in by_mode.items()}
        for mode, total in zip(modes, totals, strict=True):
            appends[mode](total)
        for mode, values in by_mode.items():
            self.total_by_mode.add_many(mode, values)

    def _fallback(self, records: list[Fallback]) -> None:
        # One pass counts each combination; every table is then fed from the combinations,
        # which come in the order they were first seen, as the lines would have fed it.
        for (mode, outcome, error, reason, used), count in Counter(
            map(_FALLBACK_KEY, records)
        ).items():
            self.llm_outcomes.add_counts([(outcome, count)])
            self.fallback_modes.add_counts([(mode, count)])
            if reason is not None:
                self.fallback_reasons.add_counts([(reason, count)])
            if error is not None:
                self.fallback_errors.add_counts([(error, count)])
            self.deterministic_used.add_counts(mode, count if used else 0, count)
            if outcome not in _NOT_ATTEMPTED:
                self.fallback_rate.add_counts(mode, count if reason is not None else 0, count)
                self.llm_error_rate.add_counts(mode, count if outcome in _LLM_ERRORS else 0, count)
        self.llm_latency.add_many(
            LogType.FALLBACK_METRICS.value, _present(list(map(_LLM_DURATION, records)))
        )
        if any(map(_MODEL, records)):
            # A shadow comparison's call is counted from its shadow_router record.
            self._usage([r for r in records if r.mode != "shadow"], _MODE)

    def _shadow(self, records: list[Shadow]) -> None:
        sampled = Counter(map(_SAMPLED, records))
        self.shadow_sampled.add_counts("all", sampled[True], len(records))
        for name, votes in _agreement_votes(list(map(_AGREEMENT, records))).items():
            total = votes[True] + votes[False]
            if total:
                self.shadow_agreement.add_counts(name, votes[True], total)
        overall = Counter(map(_OVERALL, records))
        if overall[True] + overall[False]:
            self.shadow_agreement.add_counts(
                "overall", overall[True], overall[True] + overall[False]
            )
        self._errors(self.shadow_errors, records)
        self.shadow_deterministic.add_many(list(map(_DETERMINISTIC, records)))
        self.llm_latency.add_many(
            LogType.SHADOW_ROUTER.value, _present(list(map(_LLM_DURATION, records)))
        )
        if any(map(_MODEL, records)):
            # A reused reading's call is counted from the decision's fallback_metrics record.
            self._usage([r for r in records if not r.reused_reading], _shadow_mode)

    def _assist(self, records: list[Assist]) -> None:
        hints = chain.from_iterable(map(_HINTS, records))
        for (field, offered, accepted, reason), count in Counter(map(_HINT_KEY, hints)).items():
            self.assist_offered.add_counts(field, count if offered else 0, count)
            if offered:
                self.assist_acceptance.add_counts(field, count if accepted else 0, count)
                if not accepted and reason is not None:
                    self.assist_rejections.add_counts([(f"{field}:{reason}", count)])
        self._errors(self.assist_errors, records)
        self.llm_latency.add_many(LogType.ASSIST.value, _present(list(map(_LLM_DURATION, records))))

    def _partial_trust(self, records: list[PartialTrust]) -> None:
        for (corridor, sampled, accepted), count in Counter(map(_TRUST_KEY, records)).items():
            self.trust_sampled.add_counts(corridor, count if sampled else 0, count)
            if sampled:
                self.trust_acceptance.add_counts(corridor, count if accepted else 0, count)
        self.trust_reasons.add_counts(
            Counter(chain.from_iterable(map(_REASON_CODES, records))).items()
        )
        self.trust_flags.add_counts(Counter(chain.from_iterable(map(_RISK_FLAGS, records))).items())
        self._errors(self.trust_errors, records)
        self.llm_latency.add_many(
            LogType.PARTIAL_TRUST_RISK.value, _present(list(map(_LLM_DURATION, records)))
        )

    def _decision(self, records: list[Decision]) -> None:
        for (outcome, action, status, language, version), count in Counter(
            map(_DECISION_KEY, records)
        ).items():
            self.outcomes.add_counts([(outcome, count)])
            self.actions.add_counts([(action, count)])
            self.statuses.add_counts([(status, count)])
            self.languages.add_counts([(language, count)])
            self.decision_versions.add_counts([(version, count)])
        held_back = Counter(map(_HELD_BACK, records))
        held_back.pop(None, None)
        self.held_back.add_counts(held_back.items())
        self.confidence.add_many(list(map(_CONFIDENCE, records)))

    def _usage(self, records: list[Any], mode_of: Callable[[Any], str]) -> None:
        """Add the calls of ``records`` that name a model, in order, by model and mode."""
        add = self.usage.add
        for record in records:
            model, input_tokens, output_tokens, cost = _USAGE(record)
            if model is not None:
                add(model, mode_of(record), input_tokens, output_tokens, cost)

    @staticmethod
    def _errors(tally: Tally, records: list[Any]) -> None:
        errors = Counter(map(_ERROR_TYPE, records))
        errors.pop(None, None)
        tally.add_counts(errors.items())


def _shadow_mode(_record: object) -> str:
    return "shadow"


def _present(values: list[float | None]) -> list[float]:
    """``values`` without its Nones (the list itself when it has none)."""
    if None in values:
        return [value for value in values if value is not None]
    return values  # type: ignore[return-value]  # no None left in it


def _agreement_votes(agreements: list[dict[str, bool | None]]) -> dict[str, Counter[bool | None]]:
    """Agreement field -> how many lines said True, False or nothing (None or absent)."""
    try:
        # Usually every line has every field: one C loop over the lines.
        combinations = Counter(map(_AGREEMENT_FIELDS, agreements))
    except KeyError:
        return {
            name: Counter(map(methodcaller("get", name), agreements)) for name in AGREEMENT_FIELDS
        }
    votes: dict[str, Counter[bool | None]] = {name: Counter() for name in AGREEMENT_FIELDS}
    for combination, count in combinations.items():
        for name, vote in zip(AGREEMENT_FIELDS, combination, strict=True):
            votes[name][vote] += count
    return votes


def _stage_columns(stage_maps: list[dict[str, float]]) -> dict[str, list[float]]:
    """Stage name -> its values in line order; names in the order they were first seen."""
    names = list(stage_maps[0])
    if sum(map(len, stage_maps)) == len(names) * len(stage_maps):
        # Usually every line has the same stages: one C loop per stage. (Each map as long as
        # the first, and each holding all of its names, means each has exactly those.)
        try:
            return {name: list(map(itemgetter(name), stage_maps)) for name in names}
        except KeyError:
            pass
    names = list(dict.fromkeys(chain.from_iterable(stage_maps)))
    columns = {}
    for name in names:
        column = list(map(methodcaller("get", name), stage_maps))
        columns[name] = [value for value in column if value is not None]
    return columns


def _exact_time(raw: bytes) -> datetime:
    """The timestamp of a line msgspec accepted, as the reference parser reads it."""
    when: datetime = parse_line(raw)["timestamp"]
    return when


def _exact_extreme(
    times: list[datetime], lines: Sequence[bytes], extreme: datetime, *, later: bool
) -> datetime:
    """The reference parser's earliest (or latest) timestamp, from msgspec's ``extreme``.

    msgspec rounds a seventh fractional digit where pydantic truncates, so each timestamp is
    the reference's or one microsecond after it: the reference's extreme is on a line msgspec
    read within a microsecond of its own. Those few lines are read again; the first of equal
    values wins, as when the lines were read one at a time.
    """
    if later:
        near = map((extreme - _MICROSECOND).__le__, times)
    else:
        near = map((extreme + _MICROSECOND).__ge__, times)
    exact = [_exact_time(lines[index]) for index in compress(range(len(times)), near)]
    return max(exact) if later else min(exact)
