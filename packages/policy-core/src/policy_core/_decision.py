"""Turning an Extraction into a DecisionDTO: capability gating, payloads, messages, confidence.

Capability gating (SPEC §4): an action appears only if the command grants it. Execution
prefers ``start_job`` (its proposed_actions hold the ``propose_*`` actions that are granted);
without it one action is returned directly and several become a ``confirm``. A command with
both shopping and a task is always a ``confirm``. When the needed action is not granted the
answer is a clarify naming ``capability.<action>`` if clarify is granted, else the terminal
reject ``capability_not_granted``.

Confidence scale (documented in the package README):

* execute / confirm: the calibrated probability that the whole decision is right
  (``_confidence``); below ``min_execute_confidence``, or for the rules' own reading of a
  wording the evidence model (``_evidence``) scores below ``min_action_evidence``, a clarify;
* corridor reject: 0.9; ``text_too_long``: 0.99; ``capability_not_granted``: 0.9;
* clarify: ``0.2 + 0.3 × grounded share`` of what *was* understood (≤ 0.5); 0.1 when nothing
  was understood (blank text, unknown intent).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from policy_core._confidence import SHIPPED_CALIBRATION, Calibration
from policy_core._contracts import (
    ACTION_SHAPES,
    Action,
    Capability,
    CommandDTO,
    DecisionDTO,
    JobHint,
)
from policy_core._evidence import SHIPPED_EVIDENCE, EvidenceModel
from policy_core._extraction import Extraction
from policy_core._ids import IdFactory
from policy_core._messages import Messages, message, quoted_list, sentence
from policy_core._schemas import CONTRACT_VERSION
from policy_core.lang import BUILT_IN, Languages

__all__ = ["DecisionContext", "HeldBack", "build_decision"]

#: Why an execute was held back and asked about instead: its wording scored below
#: ``min_action_evidence`` ("evidence") or its confidence was below ``min_execute_confidence``
#: ("confidence"). Not part of the DecisionDTO: the decision record carries it.
HeldBack = Literal["evidence", "confidence"]
# the explanation of each
_HELD_BACK_WHY: Final[dict[HeldBack, str]] = {"evidence": "x.unheard", "confidence": "x.unsure"}

_WEIGHT: Final = {"text": 1.0, "default": 0.5, "inferred": 0.5, None: 1.0}
# Every task's job hint is this one: a frozen model, shared, which the payload's validator
# takes as it is instead of building a new one from a dict each decision.
_TASK_HINT: Final = JobHint(job_type="create_task")
_CLARIFY_CAP: Final = 0.5  # a clarify is never more confident than this (SPEC §4.3)
_ADD_ITEM: Final = "propose_add_shopping_item"
_CREATE_TASK: Final = "propose_create_task"
# The kinds of action an execute proposes, by (items?, task?), sorted (the order in which a
# missing capability is asked for).
_KINDS: Final[dict[tuple[bool, bool], tuple[Action, ...]]] = {
    (True, True): (_ADD_ITEM, _CREATE_TASK),
    (True, False): (_ADD_ITEM,),
    (False, True): (_CREATE_TASK,),
    (False, False): (),
}


class DecisionContext:
    """Everything about one call that is not the extraction: ids, clock, versions; and, once
    the decision is built, whether it held back an execute (``held_back``)."""

    __slots__ = (
        "_held_back",
        "calibration",
        "command",
        "created_at",
        "decision_version",
        "evidence",
        "ids",
        "languages",
        "max_length",
        "min_action_evidence",
        "min_execute_confidence",
        "ttl_seconds",
        "wording",
    )

    def __init__(
        self,
        command: CommandDTO,
        ids: IdFactory,
        created_at: datetime,
        *,
        decision_version: str,
        ttl_seconds: int,
        max_length: int,
        languages: Languages = BUILT_IN,
        calibration: Calibration | None = None,
        min_execute_confidence: float = 0.0,
        min_action_evidence: float = 0.0,
        evidence: EvidenceModel | None = None,
        wording: str | None = None,
    ) -> None:
        self.command = command
        # the text the evidence model weighs, normalised, as the rules read it (Russian typed
        # in Latin letters in Cyrillic: ``_translit``); None: the command's text as sent
        self.wording = wording
        self.ids = ids
        self.created_at = created_at
        self.decision_version = decision_version
        self.ttl_seconds = ttl_seconds  # a timedelta only for a confirm, which expires
        self.max_length = max_length
        self.languages = languages
        self.calibration = calibration or SHIPPED_CALIBRATION
        self.min_execute_confidence = min_execute_confidence
        self.min_action_evidence = min_action_evidence  # 0: the wording is not weighed
        self.evidence = evidence or SHIPPED_EVIDENCE
        # ``_held_back`` is set only by a decision that holds back (``hold_back``): the others,
        # nearly all, spend nothing on it.

    def hold_back(self, why: HeldBack) -> None:
        """Note that the decision held back an execute, and why."""
        self._held_back = why

    @property
    def held_back(self) -> HeldBack | None:
        """Why the decision built in this context held back an execute; None when it did not
        (or is not built yet). Read it for a record only: it is not free."""
        return getattr(self, "_held_back", None)


def _grounded_share(ext: Extraction) -> float:
    weights = [1.0 for _ in ext.items]
    if ext.items:
        weights.append(_WEIGHT[ext.list_from])
    if ext.task is not None:
        weights.append(1.0)  # the title is always the user's words
        weights.append(_WEIGHT[ext.task.assignee_from])
        weights.extend(1.0 for value in (ext.task.zone_id, ext.task.due) if value is not None)
    return sum(weights) / len(weights) if weights else 0.0


def _item_actions(ext: Extraction, command_id: str) -> list[dict[str, Any]]:
    actions = []
    for n, item in enumerate(ext.items):
        body: dict[str, Any] = {"name": item.name}
        if item.quantity is not None:
            body["quantity"] = item.quantity
        if item.unit is not None:
            body["unit"] = item.unit
        if ext.list_id is not None:
            body["list_id"] = ext.list_id
        actions.append(
            {
                "action": "propose_add_shopping_item",
                "payload": {"item": body, "idempotency_key": f"{command_id}/item/{n}"},
            }
        )
    return actions


def _task_action(ext: Extraction, command_id: str) -> list[dict[str, Any]]:
    if ext.task is None:
        return []
    task: dict[str, Any] = {"title": ext.task.title, "assignee_id": ext.task.assignee_id}
    if ext.task.zone_id is not None:
        task["zone_id"] = ext.task.zone_id
    if ext.task.due is not None:
        task["due"] = ext.task.due
    payload = {"task": task, "idempotency_key": f"{command_id}/task", "job_hint": _TASK_HINT}
    return [{"action": "propose_create_task", "payload": payload}]


class _Builder:
    def __init__(self, ctx: DecisionContext, ext: Extraction) -> None:
        self.ctx = ctx
        self.ext = ext
        self.lang: Messages = ctx.languages.messages(ext.language)
        # (six at most: a look-up in the list is as quick as in a set built for it)
        self.caps: Sequence[Capability] = ctx.command.capabilities

    def decision(
        self, action: Action, payload: dict[str, Any], confidence: float, why: str
    ) -> DecisionDTO:
        outcome, status, payload_model = ACTION_SHAPES[action]
        ctx = self.ctx
        # The payload is validated against its own model first, so the envelope's union
        # field only has to recognise an instance instead of trying six shapes on a dict.
        # Both validators are called directly: ``model_validate`` only forwards its (unused)
        # options, at a microsecond a call.
        decision: DecisionDTO = DecisionDTO.__pydantic_validator__.validate_python(
            {
                "decision_id": ctx.ids.new("decision"),
                "command_id": ctx.command.command_id,
                "status": status,
                "action": action,
                "decision_outcome": outcome,
                "confidence": round(min(max(confidence, 0.0), 1.0), 3),
                "payload": payload_model.__pydantic_validator__.validate_python(payload),
                "explanation": why,
                "trace_id": ctx.ids.new("trace"),
                "schema_version": CONTRACT_VERSION,
                "decision_version": ctx.decision_version,
                "created_at": ctx.created_at.isoformat(),
            }
        )
        return decision

    def reject(self, code: str, confidence: float, **values: object) -> DecisionDTO:
        reason = message(self.lang, f"r.{code}", **values)
        payload: dict[str, Any] = {"code": code, "reason": reason, "ui_message": reason}
        details = {"intent": self.ext.intent, **{k: str(v) for k, v in values.items()}}
        payload["details"] = details
        return self.decision(
            "reject", payload, confidence, sentence(self.lang["x.reject"], "code", code)
        )

    def clarify(
        self,
        missing: tuple[str, ...],
        question: str,
        options: list[str],
        confidence: float,
        why: str | None = None,
    ) -> DecisionDTO:
        """Ask for ``missing``; ``why`` is the explanation when it is not "Missing: …"."""
        if "clarify" not in self.caps:
            return self.reject("capability_not_granted", 0.9, action="clarify")
        payload: dict[str, Any] = {"question": question, "missing_fields": list(missing)}
        if options:
            payload["options"] = options
        if why is None:
            why = sentence(self.lang["x.clarify"], "fields", ", ".join(missing))
        return self.decision("clarify", payload, confidence, why)

    def not_granted(self, action: str) -> DecisionDTO:
        if "clarify" in self.caps:
            question = message(self.lang, "q.capability", action=action)
            return self.clarify((f"capability.{action}",), question, [], 0.5)
        return self.reject("capability_not_granted", 0.9, action=action)

    def build(self) -> DecisionDTO:
        ext = self.ext
        if ext.reject_code is not None:
            confidence = 0.99 if ext.reject_code == "text_too_long" else 0.9
            return self.reject(ext.reject_code, confidence, **(
                {"limit": self.ctx.max_length} if ext.reject_code == "text_too_long" else {}
            ))  # fmt: skip
        if ext.missing:
            return self._clarify_missing()
        return self._execute()

    def _clarify_missing(self) -> DecisionDTO:
        ext = self.ext
        field = ext.missing[0]
        options = list(ext.options)
        if field == "intent":
            options = [message(self.lang, "opt.shopping"), message(self.lang, "opt.task")]
        values = {"options": quoted_list(options), **ext.details}
        if field == "task.assignee_id":
            values["name"] = ext.details.get("unknown_assignee", "")
        question = message(self.lang, f"q.{field}", **values)
        understood = ext.items or ext.task is not None
        confidence = 0.2 + 0.3 * _grounded_share(ext) if understood else 0.1
        if field in {"item.list_id", "task.assignee_id"}:
            confidence = 0.35
        return self.clarify(ext.missing, question, options, confidence)

    def _unsure(
        self, confidence: float, held_back: HeldBack, score: float, minimum: float
    ) -> DecisionDTO:
        """An execute below ``min_execute_confidence`` (``held_back`` "confidence": explained
        by "x.unsure"), or whose wording scores below ``min_action_evidence`` ("evidence":
        "x.unheard"): ask instead of acting, the explanation saying which, with the score and
        the threshold. The context notes which (for the decision record)."""
        self.ctx.hold_back(held_back)
        question = message(self.lang, "q.low_confidence")
        options = [message(self.lang, "opt.shopping"), message(self.lang, "opt.task")]
        reason = _HELD_BACK_WHY[held_back]
        why = message(self.lang, reason, score=f"{score:.3g}", minimum=f"{minimum:.3g}")
        return self.clarify(("intent",), question, options, min(confidence, _CLARIFY_CAP), why)

    def _unheard(self, confidence: float) -> DecisionDTO | None:
        """The clarify for wording that scores below ``min_action_evidence``, or None (weighed
        only once the command grants what the decision needs: a refusal for a capability
        stands as it is)."""
        ctx = self.ctx
        minimum = ctx.min_action_evidence
        if not minimum:
            return None
        text_words = ctx.languages.vocabulary.text
        if ctx.wording is None:  # a reading made elsewhere: the command's text as sent
            score = ctx.evidence.opinion(ctx.command.text, text_words)
        else:  # the text the rules read, normalised already
            score = ctx.evidence.opinion(ctx.wording, text_words, normalised=True)
        if score is None or score >= minimum:  # None: the model knows none of its words
            return None
        return self._unsure(confidence, "evidence", score, minimum)

    def _execute(self) -> DecisionDTO:
        ext, ctx, caps, lang = self.ext, self.ctx, self.caps, self.lang
        command = ctx.command
        command_id = command.command_id
        items, task = _item_actions(ext, command_id), _task_action(ext, command_id)
        actions = items + task
        confidence = ctx.calibration.probability_for(ext, len(command.text.split()))
        if confidence < ctx.min_execute_confidence:
            return self._unsure(confidence, "confidence", confidence, ctx.min_execute_confidence)
        title = ext.task.title if ext.task else ""
        kinds = _KINDS[bool(items), bool(task)]
        if ext.intent == "mixed" or (len(actions) > 1 and "start_job" not in caps):
            for needed in ("confirm", *kinds):
                if needed not in caps:
                    return self.not_granted(needed)
            if (unheard := self._unheard(confidence)) is not None:
                return unheard
            return self._confirm(items, actions, title, confidence)
        # The capability checks come before the sentences: a refusal shows none of them.
        job = "start_job" in caps
        if job:
            # Never a job without what the user asked for: a missing propose_* is asked for.
            missing = [kind for kind in kinds if kind not in caps]
            if missing:
                return self.not_granted(missing[0])
        elif actions[0]["action"] not in caps:
            return self.not_granted(actions[0]["action"])
        if (unheard := self._unheard(confidence)) is not None:
            return unheard
        if items:
            ui = message(lang, "ui.items", items=quoted_list([item.name for item in ext.items]))
            what = sentence(lang["w.items"], "count", len(items))
        else:
            ui = message(lang, "ui.task", title=title)
            what = lang["w.task"]  # (``message`` with no values: the sentence as it is)
        why = sentence(lang["x.execute"], "what", what)
        if job:
            payload: dict[str, Any] = {
                "job_id": ctx.ids.new("job"),
                "job_type": "add_shopping_item" if items else "create_task",
                "ui_message": ui,
                "proposed_actions": actions,
            }
            return self.decision("start_job", payload, confidence, why)
        only = actions[0]
        return self.decision(only["action"], only["payload"], confidence, why)

    def _confirm(
        self,
        items: list[dict[str, Any]],
        actions: list[dict[str, Any]],
        title: str,
        confidence: float,
    ) -> DecisionDTO:
        ctx = self.ctx
        names = quoted_list([item.name for item in self.ext.items])
        mixed = self.ext.intent == "mixed"
        summary = (
            message(self.lang, "ui.mixed", items=names, title=title)
            if mixed
            else message(self.lang, "ui.items_confirm", items=names)
        )
        payload = {
            "confirmation_id": ctx.ids.new("confirmation"),
            "summary": summary,
            "reasons": [message(self.lang, "why.mixed" if mixed else "why.several")],
            "proposed_actions": actions,
            "expires_at": (ctx.created_at + timedelta(seconds=ctx.ttl_seconds)).isoformat(),
            "ui_message": summary,
        }
        what = sentence(self.lang["w.items"], "count", len(items)) + (
            " + " + self.lang["w.task"] if mixed else ""
        )
        return self.decision(
            "confirm", payload, confidence, sentence(self.lang["x.confirm"], "what", what)
        )


def build_decision(ctx: DecisionContext, extraction: Extraction) -> DecisionDTO:
    """The DecisionDTO for ``extraction`` under the command's capabilities (``ctx.held_back``
    then says whether it held back an execute, and why)."""
    return _Builder(ctx, extraction).build()
