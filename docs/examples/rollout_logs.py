"""Write one synthetic day of logs from a service at the 5% partial-trust stage.

Used by docs/guides/observability.md for its worked example of ``policy-obs aggregate``:
the records are made up (no LLM is called) but shaped the way the platform writes them for
12,000 commands with shadow mode on for 10% of commands and partial trust on for 5% of the
``add_shopping_item`` corridor. The same seed always gives the same files, so the guide can
show the aggregation's exact output.

    python docs/examples/rollout_logs.py logs/
"""

from __future__ import annotations

import hashlib
import math
import random
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, TypedDict

from policy_observability import (
    DecisionRecord,
    FallbackMetricsRecord,
    LlmOutcome,
    LogHub,
    LogType,
    Mode,
    ObservabilitySettings,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
)

COMMANDS = 12_000
START = datetime(2026, 3, 14, tzinfo=UTC)
SHADOW_SAMPLE_RATE = 0.10
PARTIAL_TRUST_SAMPLE_RATE = 0.05
PARTIAL_TRUST_BUDGET_MS = 1500.0
SHADOW_BUDGET_MS = 5000.0
RULES_VERSION = "deterministic/0.1.0"
LLM_VERSION = "llm/extraction-v1/qwen2.5-7b-instruct"
MODEL = "qwen2.5-7b-instruct"  # a local model: no price in the policy file, so no cost
# Why a sampled candidate was refused, with the share of refusals each accounts for.
REFUSALS = (
    ("item_not_grounded", 0.30),
    ("items_dropped", 0.25),
    ("low_confidence", 0.25),
    ("list_unresolved", 0.10),
    ("intent_mismatch", 0.10),
)


class Join(TypedDict):
    """The fields every record of one command shares."""

    command_id: str
    trace_id: str
    timestamp: datetime


def in_sample(command_id: str, rate: float, salt: str) -> bool:
    """Stable sampling by a keyed hash of the command id, as the platform samples."""
    digest = hashlib.blake2b(command_id.encode(), digest_size=8, key=salt.encode()).digest()
    return int.from_bytes(digest, "big") / 2.0**64 < rate


@dataclass(slots=True)
class Draw:
    """Seeded random figures; only ``random()`` is used, so every Python gives the same."""

    rng: random.Random

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def lognormal_ms(self, median: float, sigma: float) -> float:
        u1, u2 = 1.0 - self.rng.random(), self.rng.random()
        z = math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
        return round(median * math.exp(sigma * z), 3)

    def between(self, low: float, high: float) -> float:
        return round(low + (high - low) * self.rng.random(), 3)

    def pick(self, weighted: tuple[tuple[str, float], ...]) -> str:
        roll = self.rng.random() * sum(weight for _, weight in weighted)
        for value, weight in weighted:
            roll -= weight
            if roll < 0:
                return value
        return weighted[-1][0]


@dataclass(slots=True)
class Rules:
    """What the deterministic policy decided for one command."""

    intent: str
    outcome: str
    action: str
    status: str
    confidence: float
    reject_code: str | None
    stages: dict[str, float]
    held_back: Literal["evidence", "confidence"] | None = None


def rules_decision(draw: Draw) -> Rules:
    stages = {
        "validate": draw.lognormal_ms(0.03, 0.3),
        "extract": draw.lognormal_ms(0.30, 0.45),
        "build": draw.lognormal_ms(0.06, 0.3),
    }
    roll = draw.rng.random()
    intent = "add_shopping_item" if roll < 0.45 else "create_task" if roll < 0.80 else "unsupported"
    if intent == "unsupported" and draw.chance(0.5):
        return Rules(intent, "reject", "reject", "error", 0.9, "payment_not_supported", stages)
    if intent == "unsupported":
        return Rules(intent, "clarify", "clarify", "clarify", draw.between(0.1, 0.5), None, stages)
    if draw.chance(0.08):
        # an execute the rules asked about, some of them held back by the evidence gate or the
        # confidence floor (read from the confidence already drawn: the other figures stay)
        confidence = draw.between(0.1, 0.5)
        held_back = _held_back(confidence)
        return Rules(intent, "clarify", "clarify", "clarify", confidence, None, stages, held_back)
    return Rules(intent, "execute", "start_job", "ok", draw.between(0.8, 0.99), None, stages)


def _held_back(confidence: float) -> Literal["evidence", "confidence"] | None:
    if confidence < 0.15:  # made-up shares
        return "evidence"
    return "confidence" if confidence < 0.18 else None


def write_day(directory: Path, seed: int = 20260314) -> None:
    """Write the day's six logs into ``directory``."""
    draw = Draw(random.Random(seed))  # noqa: S311 - made-up figures, not secrets
    settings = ObservabilitySettings(enabled=frozenset(LogType), log_dir=directory, max_bytes=0)
    with LogHub(settings) as hub:
        for number in range(COMMANDS):
            when = START + timedelta(seconds=number * 86_400 / COMMANDS)
            join = Join(
                command_id=f"cmd-{number:05d}", trace_id=f"trace-{number:05d}", timestamp=when
            )
            rules = rules_decision(draw)
            deterministic_ms = round(sum(rules.stages.values()), 3)
            version, mode, stages = RULES_VERSION, Mode.SHADOW, dict(rules.stages)
            shadow = in_sample(join["command_id"], SHADOW_SAMPLE_RATE, "shadow")
            if rules.intent == "add_shopping_item":
                mode = Mode.PARTIAL_TRUST
                accepted, llm_ms = partial_trust(hub, draw, join)
                if llm_ms is not None:
                    stages["llm"] = llm_ms
                if accepted:
                    version = LLM_VERSION
            elif not shadow:
                hub.emit(
                    FallbackMetricsRecord(
                        **join,
                        mode=Mode.SHADOW,
                        llm_outcome=LlmOutcome.SKIPPED,
                        fallback_reason="not_sampled",
                        deterministic_used=True,
                    )
                )
            stages["shadow"] = draw.lognormal_ms(0.015, 0.3)
            if shadow:
                shadow_comparison(
                    hub, draw, join, rules=rules, deterministic_ms=deterministic_ms, mode=mode
                )
            hub.emit(
                PipelineLatencyRecord(
                    **join,
                    total_s=round(sum(stages.values()) / 1000, 6),
                    stages_s={stage: ms / 1000 for stage, ms in stages.items()},
                    mode=mode,
                    llm_enabled=True,
                    decision_version=version,
                )
            )
            hub.emit(
                DecisionRecord(
                    **join,
                    decision_id=f"dec-{number:05d}",
                    status="ok" if version == LLM_VERSION else rules.status,
                    outcome="execute" if version == LLM_VERSION else rules.outcome,
                    action="start_job" if version == LLM_VERSION else rules.action,
                    confidence=rules.confidence,
                    contract_version="2.1.0",
                    decision_version=version,
                    language="ru" if draw.chance(0.62) else "en",
                    reject_code=rules.reject_code,
                    held_back=None if version == LLM_VERSION else rules.held_back,
                )
            )
        if any(hub.failures.values()):
            raise SystemExit(f"records lost: {dict(hub.failures)}")


def partial_trust(hub: LogHub, draw: Draw, join: Join) -> tuple[bool, float | None]:
    """One corridor candidate: sampled or not, answered or not, accepted or not."""
    if not in_sample(join["command_id"], PARTIAL_TRUST_SAMPLE_RATE, "partial_trust"):
        hub.emit(
            PartialTrustRiskRecord(
                **join, corridor="add_shopping_item", sampled=False, accepted=False
            )
        )
        hub.emit(
            FallbackMetricsRecord(
                **join,
                mode=Mode.PARTIAL_TRUST,
                llm_outcome=LlmOutcome.SKIPPED,
                fallback_reason="not_sampled",
                deterministic_used=True,
            )
        )
        return False, None
    roll = draw.rng.random()
    error: str | None = None
    if roll < 0.012:
        error, latency = "timeout", draw.between(PARTIAL_TRUST_BUDGET_MS, 1510.0)
    elif roll < 0.020:
        error, latency = "unavailable", draw.between(40.0, 900.0)
    else:
        latency = min(draw.lognormal_ms(640.0, 0.32), PARTIAL_TRUST_BUDGET_MS - 1)
    reasons: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    confidence: float | None = None
    if error is None:
        confidence = draw.between(0.8, 0.98)
        if draw.chance(0.14):
            reasons = (draw.pick(REFUSALS),)
            if reasons == ("low_confidence",):
                confidence = draw.between(0.45, 0.79)
        elif draw.chance(0.07):
            # The one risk flag (a changed quantity or an added item is a refusal); drawn
            # all the same, so that every figure after it stays as the guide shows it.
            risks = (draw.pick((("outcome_changed", 1.0),)),)
    accepted = error is None and not reasons
    hub.emit(
        PartialTrustRiskRecord(
            **join,
            corridor="add_shopping_item",
            sampled=True,
            accepted=accepted,
            reason_codes=(error,) if error else reasons,
            risk_flags=risks,
            confidence=confidence,
            llm_duration_s=None if error == "unavailable" else latency / 1000,
            error_type=error,
            provider="openai",
            request_model=MODEL,
        )
    )
    if accepted:
        outcome, reason = LlmOutcome.OK, None
    elif error == "timeout":
        outcome, reason = LlmOutcome.TIMEOUT, error
    elif error is not None:
        outcome, reason = LlmOutcome.ERROR, error
    else:
        outcome, reason = LlmOutcome.REJECTED, reasons[0]
    hub.emit(
        FallbackMetricsRecord(
            **join,
            mode=Mode.PARTIAL_TRUST,
            llm_outcome=outcome,
            error_type=error,
            fallback_reason=reason,
            deterministic_used=not accepted,
            llm_duration_s=latency / 1000,
            provider="openai",
            request_model=MODEL,
        )
    )
    return accepted, latency


def shadow_comparison(
    hub: LogHub,
    draw: Draw,
    join: Join,
    *,
    rules: Rules,
    deterministic_ms: float,
    mode: Mode,
) -> None:
    """One background comparison (and its fallback record when no other mode wrote one)."""
    roll = draw.rng.random()
    error = "timeout" if roll < 0.005 else "schema_invalid" if roll < 0.008 else None
    if error == "timeout":
        latency = SHADOW_BUDGET_MS
    else:
        latency = min(draw.lognormal_ms(700.0, 0.35), SHADOW_BUDGET_MS - 1)
    agreement = ShadowAgreement()
    if error is None:
        shopping = rules.intent == "add_shopping_item"
        names = draw.chance(0.94) if shopping else None
        agreement = ShadowAgreement(
            intent=draw.chance(0.975),
            outcome=draw.chance(0.97),
            action=draw.chance(0.97),
            item_names=names,
            quantities=draw.chance(0.96) if names else None,
            task_fields=draw.chance(0.88) if rules.intent == "create_task" else None,
        )
    hub.emit(
        ShadowRouterRecord(
            **join,
            sampled=True,
            agreement=agreement,
            overall_agreement=agreement.overall(),
            deterministic_s=deterministic_ms / 1000,
            llm_duration_s=latency / 1000,
            error_type=error,
            reused_reading=mode is Mode.PARTIAL_TRUST,
            provider="openai",
            request_model=MODEL,
        )
    )
    if mode is Mode.SHADOW:
        hub.emit(
            FallbackMetricsRecord(
                **join,
                mode=Mode.SHADOW,
                llm_outcome=LlmOutcome.OK
                if error is None
                else LlmOutcome.TIMEOUT
                if error == "timeout"
                else LlmOutcome.ERROR,
                error_type=error,
                fallback_reason=None,
                deterministic_used=True,
                llm_duration_s=latency / 1000,
                provider="openai",
                request_model=MODEL,
            )
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python rollout_logs.py DIRECTORY")
    write_day(Path(sys.argv[1]).absolute())
