"""policy-core: contracts 2.1.0 and the deterministic decision policy of HomeTask.

>>> from policy_core import decide, PolicySettings
>>> decision = decide(command_dict, PolicySettings(deterministic_ids=True))  # doctest: +SKIP
"""

from importlib.metadata import version as _version

from policy_core._contracts import CAPABILITIES, CommandDTO, DecisionDTO
from policy_core._extraction import Extraction, ItemDraft, TaskFields
from policy_core._intent import Intent, decision_intent
from policy_core._policy import Explanation, RulePolicy, decide, explain
from policy_core._resolve import Draft, TaskDraft
from policy_core._rfc3339 import parse_date_time
from policy_core._schemas import CONTRACT_VERSION, compile_validator, load_schema
from policy_core._settings import ACTION_THRESHOLD_VARIABLES, PolicySettings
from policy_core._telemetry import StageClock, emit_decision_records
from policy_core._validation import parse_command, parse_command_json, validate_decision
from policy_core.exceptions import CommandValidationError, PolicyError, SettingsError, Violation

__version__ = _version("policy-core")

__all__ = [
    "ACTION_THRESHOLD_VARIABLES",
    "CAPABILITIES",
    "CONTRACT_VERSION",
    "CommandDTO",
    "CommandValidationError",
    "DecisionDTO",
    "Draft",
    "Explanation",
    "Extraction",
    "Intent",
    "ItemDraft",
    "PolicyError",
    "PolicySettings",
    "RulePolicy",
    "SettingsError",
    "StageClock",
    "TaskDraft",
    "TaskFields",
    "Violation",
    "__version__",
    "compile_validator",
    "decide",
    "decision_intent",
    "emit_decision_records",
    "explain",
    "load_schema",
    "parse_command",
    "parse_command_json",
    "parse_date_time",
    "validate_decision",
]
