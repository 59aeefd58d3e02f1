"""The Extraction: what one command asks for, resolved, before capability gating.

It is the seam between understanding and deciding: ``_resolve.resolve`` makes one from any
draft (the rules' reading or an LLM's), and ``_decision.build_decision`` turns it into a
DecisionDTO by the same capability gating.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Literal

from policy_core._intent import Intent
from policy_core._items import ItemDraft
from policy_core.lang import Language

__all__ = [
    "Extraction",
    "Grounding",
    "ItemDraft",
    "TaskFields",
    "Unrecognised",
    "new_extraction",
    "new_task_fields",
]

Grounding = Literal["text", "default", "inferred"]
#: Why the rules read no request (intent ``unknown``, missing ``intent``): the family that
#: decided it. ``symbols``: symbols alone ("👍"); ``retracted``: a request taken back;
#: ``unserved``: a question, a request to the assistant, a list edit, a statement, pasted text
#: (row 7 of SPEC §4), and any other family that reads a reason to ask; ``injected``: nothing
#: but injected instructions once they are cut; ``nothing_recognised``: no family gave a
#: reason, and no shopping or task clause was found.
Unrecognised = Literal["symbols", "retracted", "unserved", "injected", "nothing_recognised"]


@dataclass(frozen=True, slots=True)
class TaskFields:
    title: str
    assignee_id: str
    assignee_from: Grounding  # named in the text, the default assignee, or the requester
    zone_id: str | None = None
    due: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one command asks for, with how each field was grounded."""

    language: Language
    intent: Intent
    reject_code: str | None = None
    items: tuple[ItemDraft, ...] = ()
    list_id: str | None = None
    list_from: Grounding | None = None
    task: TaskFields | None = None
    missing: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)
    # Why the intent is unknown, when the rules read the text and found no request.
    unrecognised: Unrecognised | None = None


# A frozen dataclass sets each field through ``object.__setattr__`` by name, at about a tenth
# of a microsecond a field; ``resolve`` builds an Extraction (and a TaskFields) for every
# command. These build the very same instances through the slots' own descriptors, three
# times faster. Every field is given: no default applies here.
_new = object.__new__
_Setter = Callable[[object, object], None]


def _setters(cls: type) -> tuple[_Setter, ...]:
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


(
    _language,
    _intent,
    _reject_code,
    _items,
    _list_id,
    _list_from,
    _task,
    _missing,
    _options,
    _details,
    _unrecognised,
) = _setters(Extraction)
_title, _assignee_id, _assignee_from, _zone_id, _due = _setters(TaskFields)


def new_extraction(  # noqa: PLR0917 - one argument per field, as the class has
    language: Language,
    intent: Intent,
    reject_code: str | None,
    items: tuple[ItemDraft, ...],
    list_id: str | None,
    list_from: Grounding | None,
    task: TaskFields | None,
    missing: tuple[str, ...],
    options: tuple[str, ...],
    details: dict[str, str],
    unrecognised: Unrecognised | None = None,
) -> Extraction:
    """``Extraction(...)`` with every field given in order, built without the dataclass's
    ``__init__`` (the same instance, equal to one built by it)."""
    extraction: Extraction = _new(Extraction)
    _language(extraction, language)
    _intent(extraction, intent)
    _reject_code(extraction, reject_code)
    _items(extraction, items)
    _list_id(extraction, list_id)
    _list_from(extraction, list_from)
    _task(extraction, task)
    _missing(extraction, missing)
    _options(extraction, options)
    _details(extraction, details)
    _unrecognised(extraction, unrecognised)
    return extraction


def new_task_fields(
    title: str,
    assignee_id: str,
    assignee_from: Grounding,
    zone_id: str | None,
    due: str | None,
) -> TaskFields:
    """``TaskFields(...)`` with every field given, built as ``new_extraction`` is."""
    task: TaskFields = _new(TaskFields)
    _title(task, title)
    _assignee_id(task, assignee_id)
    _assignee_from(task, assignee_from)
    _zone_id(task, zone_id)
    _due(task, due)
    return task
