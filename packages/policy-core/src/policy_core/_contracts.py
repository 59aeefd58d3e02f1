"""pydantic v2 models mirroring the published JSON Schemas of contract 2.1.0.

The schemas in ``schemas/`` are the contract; these models are its typed Python face. A test
(``test_contract_agreement.py``) proves both accept and reject the same documents. Models are
strict (no type coercion), forbid unknown fields and reject explicit ``null`` for optional
fields, because the schemas do.
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal, TypeAlias, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    StrictFloat,
    StrictInt,
    StrictStr,
    model_validator,
)
from pydantic_core import core_schema

from policy_core._limits import MAX_ITEMS
from policy_core._rfc3339 import DATE_TIME_PATTERN

__all__ = [
    "CAPABILITIES",
    "PARENT_ROLE",
    "Action",
    "AddShoppingItemPayload",
    "Capability",
    "ClarifyPayload",
    "CommandContext",
    "CommandDTO",
    "ConfirmPayload",
    "ContextDefaults",
    "ContextPolicies",
    "CreateTaskPayload",
    "DecisionDTO",
    "DecisionOutcome",
    "DecisionStatus",
    "Household",
    "JobHint",
    "JobType",
    "Member",
    "Payload",
    "ProposedAction",
    "ProposedAddShoppingItem",
    "ProposedCreateTask",
    "RejectPayload",
    "ShoppingItem",
    "ShoppingList",
    "StartJobPayload",
    "Task",
    "Zone",
]

Capability: TypeAlias = Literal[
    "start_job",
    "propose_create_task",
    "propose_add_shopping_item",
    "clarify",
    "reject",
    "confirm",
]
CAPABILITIES: tuple[Capability, ...] = get_args(Capability)  # in the contract's order
Action: TypeAlias = Capability
DecisionOutcome: TypeAlias = Literal["execute", "clarify", "reject", "confirm"]
DecisionStatus: TypeAlias = Literal["ok", "clarify", "error"]
JobType: TypeAlias = Literal["create_task", "add_shopping_item", "unknown"]

_DUE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2})?$"
_QUANTITY_PATTERN = r"^[0-9]+(\.[0-9]+)?$"
_SEMVER_PATTERN = r"^[0-9]+\.[0-9]+\.[0-9]+$"


def _integral_float_to_int(value: object) -> object:
    # JSON Schema counts 3.0 as an integer; the model must agree.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _NotNullable:
    """Marks ``X | None`` as optional but never null: a document may leave the field out (its
    default is None) but not give it as ``null``, as in the schemas.

    The ``nullable`` core schema of ``X | None`` is replaced by the schema of ``X``, so the
    check stays inside pydantic-core and constraints such as ``pattern`` apply to ``X``
    natively; a Python validator per field cost a decision about 2 µs.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)
        if schema["type"] != "nullable":  # pragma: no cover - only ever put on ``X | None``
            raise TypeError(f"_NotNull needs an optional type, not {source!r}")
        inner: core_schema.CoreSchema = schema["schema"]
        return inner


_NotNull = _NotNullable()
NonEmptyStr: TypeAlias = Annotated[StrictStr, Field(min_length=1)]
# RFC 3339 checked natively (``_rfc3339.DATE_TIME_PATTERN`` is ``is_date_time`` as a pattern):
# a Python validator here cost every command and every decision about a microsecond each.
DateTimeStr: TypeAlias = Annotated[StrictStr, Field(pattern=DATE_TIME_PATTERN)]
OptStr: TypeAlias = Annotated[StrictStr | None, _NotNull]
OptNonEmptyStr: TypeAlias = Annotated[NonEmptyStr | None, _NotNull]
OptStrList: TypeAlias = Annotated[list[StrictStr] | None, _NotNull]
# The size limit of a command's arrays: the schema's ``maxItems`` (see ``_limits``).
_AtMostMaxItems = Field(max_length=MAX_ITEMS)


class _Contract(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


# --- CommandDTO --------------------------------------------------------------------------


PARENT_ROLE: Final = "parent"  # a member's role: a parent of the household's children


class Member(_Contract):
    user_id: NonEmptyStr
    display_name: OptStr = None
    role: OptStr = None
    # JSON numbers are unbounded: an integer past the float range (10**400) is still a
    # schema "number", so integers stay int instead of being squeezed into a float.
    workload_score: Annotated[
        Annotated[StrictFloat, Field(allow_inf_nan=False)] | StrictInt | None, _NotNull
    ] = None


class Zone(_Contract):
    zone_id: NonEmptyStr
    name: StrictStr


class ShoppingList(_Contract):
    list_id: NonEmptyStr
    name: StrictStr


class Household(_Contract):
    household_id: OptStr = None
    members: Annotated[list[Member], Field(min_length=1), _AtMostMaxItems]
    zones: Annotated[list[Zone] | None, _NotNull, _AtMostMaxItems] = None
    shopping_lists: Annotated[list[ShoppingList] | None, _NotNull, _AtMostMaxItems] = None


class ContextDefaults(_Contract):
    default_assignee_id: OptStr = None
    default_list_id: OptStr = None


class ContextPolicies(_Contract):
    quiet_hours: OptStr = None
    max_open_tasks_per_user: Annotated[
        StrictInt | None, _NotNull, BeforeValidator(_integral_float_to_int), Field(ge=0)
    ] = None


class CommandContext(_Contract):
    household: Household
    defaults: Annotated[ContextDefaults | None, _NotNull] = None
    policies: Annotated[ContextPolicies | None, _NotNull] = None


class CommandDTO(_Contract):
    """A household member's command: the input of ``decide()``."""

    command_id: NonEmptyStr
    user_id: NonEmptyStr
    text: StrictStr
    timestamp: DateTimeStr
    capabilities: Annotated[list[Capability], Field(min_length=1), _AtMostMaxItems]
    context: CommandContext


# --- DecisionDTO -------------------------------------------------------------------------


class Task(_Contract):
    title: NonEmptyStr
    description: OptStr = None
    assignee_id: OptNonEmptyStr = None
    zone_id: OptNonEmptyStr = None
    due: Annotated[StrictStr | None, _NotNull, Field(pattern=_DUE_PATTERN)] = None


class ShoppingItem(_Contract):
    name: NonEmptyStr
    quantity: Annotated[StrictStr | None, _NotNull, Field(pattern=_QUANTITY_PATTERN)] = None
    unit: OptNonEmptyStr = None
    list_id: OptNonEmptyStr = None


class JobHint(_Contract):
    job_type: Annotated[JobType | None, _NotNull] = None
    job_id: OptNonEmptyStr = None


class CreateTaskPayload(_Contract):
    task: Task
    idempotency_key: OptNonEmptyStr = None
    job_hint: Annotated[JobHint | None, _NotNull] = None


class AddShoppingItemPayload(_Contract):
    item: ShoppingItem
    idempotency_key: OptNonEmptyStr = None


class ProposedCreateTask(_Contract):
    action: Literal["propose_create_task"]
    payload: CreateTaskPayload


class ProposedAddShoppingItem(_Contract):
    action: Literal["propose_add_shopping_item"]
    payload: AddShoppingItemPayload


ProposedAction: TypeAlias = Annotated[
    ProposedCreateTask | ProposedAddShoppingItem, Field(discriminator="action")
]


class StartJobPayload(_Contract):
    job_id: NonEmptyStr
    job_type: JobType
    proposed_actions: Annotated[list[ProposedAction] | None, _NotNull] = None
    ui_message: OptStr = None


class ClarifyPayload(_Contract):
    question: NonEmptyStr
    options: OptStrList = None
    missing_fields: OptStrList = None
    job_id: OptNonEmptyStr = None


class RejectPayload(_Contract):
    code: NonEmptyStr
    reason: NonEmptyStr
    ui_message: OptStr = None
    details: Annotated[dict[str, Any] | None, _NotNull] = None


class ConfirmPayload(_Contract):
    confirmation_id: NonEmptyStr
    summary: NonEmptyStr
    reasons: OptStrList = None
    proposed_actions: Annotated[list[ProposedAction], Field(min_length=1)]
    expires_at: DateTimeStr
    ui_message: OptStr = None


Payload: TypeAlias = (
    StartJobPayload
    | CreateTaskPayload
    | AddShoppingItemPayload
    | ClarifyPayload
    | RejectPayload
    | ConfirmPayload
)

# action -> (outcome, status, payload model): the table of SPEC section 3.
PayloadModel: TypeAlias = (
    type[StartJobPayload]
    | type[CreateTaskPayload]
    | type[AddShoppingItemPayload]
    | type[ClarifyPayload]
    | type[RejectPayload]
    | type[ConfirmPayload]
)
ACTION_SHAPES: dict[Action, tuple[DecisionOutcome, DecisionStatus, PayloadModel]] = {
    "start_job": ("execute", "ok", StartJobPayload),
    "propose_create_task": ("execute", "ok", CreateTaskPayload),
    "propose_add_shopping_item": ("execute", "ok", AddShoppingItemPayload),
    "clarify": ("clarify", "clarify", ClarifyPayload),
    "reject": ("reject", "error", RejectPayload),
    "confirm": ("confirm", "ok", ConfirmPayload),
}


class DecisionDTO(_Contract):
    """The platform's proposal for one command: the output of ``decide()``."""

    decision_id: NonEmptyStr
    command_id: NonEmptyStr
    status: DecisionStatus
    action: Action
    decision_outcome: DecisionOutcome
    confidence: Annotated[StrictFloat, Field(ge=0, le=1, allow_inf_nan=False)]
    payload: Payload
    explanation: StrictStr
    trace_id: NonEmptyStr
    schema_version: Annotated[StrictStr, Field(pattern=_SEMVER_PATTERN)]
    decision_version: NonEmptyStr
    created_at: DateTimeStr

    @model_validator(mode="after")
    def _action_matches_outcome_status_payload(self) -> DecisionDTO:
        outcome, status, payload_type = ACTION_SHAPES[self.action]
        problems = []
        if self.decision_outcome != outcome:
            problems.append(f"decision_outcome must be {outcome!r} for action {self.action!r}")
        if self.status != status:
            problems.append(f"status must be {status!r} for action {self.action!r}")
        if not isinstance(self.payload, payload_type):
            problems.append(f"payload must be a {payload_type.__name__} for action {self.action!r}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def to_json_dict(self) -> dict[str, Any]:
        """The decision as a JSON-ready dict, optional fields that are unset left out."""
        return self.model_dump(mode="json", exclude_none=True)
