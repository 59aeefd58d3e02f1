"""decide(): the deterministic policy's public entry point."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from functools import cache, lru_cache
from importlib.metadata import version
from time import perf_counter_ns
from typing import Any

from policy_core._analysis import Extraction, extract, precheck
from policy_core._assemble import Draft, assemble
from policy_core._contracts import CommandDTO, DecisionDTO
from policy_core._decision import DecisionContext, build_decision
from policy_core._household import (
    HouseholdIndex,
    HouseholdKey,
    build_household_index,
    household_key,
)
from policy_core._ids import IdFactory
from policy_core._intent import Intent
from policy_core._morphology import Morphology
from policy_core._rfc3339 import parse_date_time
from policy_core._settings import PolicySettings
from policy_core._telemetry import StageClock, emit_decision_records
from policy_core._text import detect_language, normalise_text
from policy_core._validation import parse_command
from policy_core._words import analyse_words

__all__ = ["Explanation", "RulePolicy", "decide", "default_policy", "explain"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """A decision together with what the policy understood before capability gating."""

    decision: DecisionDTO
    extraction: Extraction

    @property
    def intent(self) -> Intent:
        """What the user asked for, even when gating turned it into a clarify or reject."""
        return self.extraction.intent


class RulePolicy:
    """The deterministic rule policy. Holds the morphology analyser; otherwise stateless."""

    def __init__(self, morphology: Morphology | None = None) -> None:
        self.morphology = morphology or Morphology()
        self.version = f"deterministic/{version('policy-core')}"
        self._household: Callable[[HouseholdKey], HouseholdIndex] = lru_cache(maxsize=1024)(
            lambda key: build_household_index(key, self.morphology)
        )

    def extract(self, command: CommandDTO, settings: PolicySettings) -> Extraction:
        """What the command asks for, before capability gating."""
        text = normalise_text(command.text)
        early = precheck(text, settings.max_text_length)
        if early is not None:
            return early
        words = analyse_words(text, self.morphology, normalised=True)
        household = self._household(household_key(command))
        now = parse_date_time(command.timestamp)
        if now is None:  # pragma: no cover - parse_command already enforced the format
            raise ValueError("timestamp")
        return extract(
            words,
            household,
            self.morphology,
            user_id=command.user_id,
            now=now,
        )

    def context(
        self, command: CommandDTO, settings: PolicySettings, version: str
    ) -> DecisionContext:
        created = settings.clock()
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        return DecisionContext(
            command,
            IdFactory(command.command_id, deterministic=settings.deterministic_ids),
            created,
            decision_version=version,
            ttl_seconds=settings.confirm_ttl_seconds,
            max_length=settings.max_text_length,
        )

    def explain(
        self, command: CommandDTO, settings: PolicySettings, clock: StageClock | None = None
    ) -> Explanation:
        """Decide ``command``; ``clock`` carries stage timings begun by the caller."""
        clock = clock or StageClock(perf_counter_ns())
        extraction = self.extract(command, settings)
        clock.mark("extract", perf_counter_ns())
        decision = build_decision(self.context(command, settings, self.version), extraction)
        clock.mark("build", perf_counter_ns())
        if settings.log_hub is not None:
            emit_decision_records(settings.log_hub, command, decision, extraction.language, clock)
        return Explanation(decision, extraction)

    def decide(self, command: CommandDTO, settings: PolicySettings) -> DecisionDTO:
        return self.explain(command, settings).decision

    def decide_extraction(
        self,
        command: CommandDTO,
        extraction: Extraction,
        settings: PolicySettings,
        *,
        decision_version: str,
    ) -> DecisionDTO:
        """Turn an extraction made elsewhere (an LLM's) into a decision by the same rules and
        capability gating as the deterministic one. Writes no log record: the caller that made
        the extraction knows the mode and writes its own."""
        return build_decision(self.context(command, settings, decision_version), extraction)

    def assemble(self, command: CommandDTO, draft: Draft) -> Extraction:
        """The Extraction of fields read elsewhere (``Draft``), resolved by SPEC §4's order:
        unnamed list and assignee from the household's defaults, missing fields and options."""
        return assemble(
            draft,
            self._household(household_key(command)),
            language=detect_language(command.text),
            user_id=command.user_id,
        )

    def ungrounded_words(self, phrase: str, text: str) -> tuple[str, ...]:
        """The words of ``phrase`` that do not occur in ``text``, allowing inflection and the
        speller's corrections ("молока" grounds "молоко"; "apples" grounds "apple").

        An empty result means the phrase is grounded in the text.
        """
        spoken = analyse_words(text, self.morphology).vocabulary
        phrase_words = analyse_words(phrase, self.morphology)
        return tuple(
            token.text
            for token, info in zip(phrase_words.tokens, phrase_words.infos, strict=True)
            if info is not None and info.lemmas.isdisjoint(spoken) and token.norm not in spoken
        )


@cache
def default_policy() -> RulePolicy:
    """The process-wide rule policy ``decide()`` uses (built once: loading dictionaries)."""
    return RulePolicy()


def decide(
    command: CommandDTO | Mapping[str, Any],
    settings: PolicySettings | None = None,
    *,
    policy: RulePolicy | None = None,
) -> DecisionDTO:
    """Decide one command.

    ``command`` is a CommandDTO or a JSON-like mapping; an invalid one raises
    CommandValidationError listing every violation. The same input always gives the same
    decision (ids and created_at aside; with ``deterministic_ids`` the ids too).
    """
    return explain(command, settings, policy=policy).decision


def explain(
    command: CommandDTO | Mapping[str, Any],
    settings: PolicySettings | None = None,
    *,
    policy: RulePolicy | None = None,
) -> Explanation:
    """Like ``decide()``, and also return what the rules understood (intent, extraction).

    Evaluation uses it to score intent even where capability gating answered with a clarify.
    """
    clock = StageClock(perf_counter_ns())
    settings = settings or PolicySettings()
    dto = parse_command(command)
    clock.mark("validate", perf_counter_ns())
    return (policy or default_policy()).explain(dto, settings, clock)
