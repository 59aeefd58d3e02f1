"""The exceptions policy-observability raises on purpose.

::

    ObservabilityError             root of every error this package raises
    ├── SettingsError              an environment variable or setting has a bad value
    ├── UnknownLogTypeError        a name that is not one of the six log types
    ├── RecordValidationError      a document does not match its log type's record schema
    └── AggregationInputError      a path given to the aggregation does not exist

Only configuration, schema look-ups and the aggregation raise. Emitting a record never does:
``LogHub.emit`` counts a failure, warns once through ``logging`` and carries on.
"""

from __future__ import annotations

__all__ = [
    "AggregationInputError",
    "ObservabilityError",
    "RecordValidationError",
    "SettingsError",
    "UnknownLogTypeError",
]


class ObservabilityError(Exception):
    """Root of every error policy-observability raises on purpose."""


class SettingsError(ObservabilityError, ValueError):
    """A setting is invalid; ``variable`` names the environment variable it comes from.

    >>> str(SettingsError("POLICY_LOG_MAX_BYTES", "-1", "must be an integer >= 0"))
    "POLICY_LOG_MAX_BYTES='-1': must be an integer >= 0"
    """

    def __init__(self, variable: str, value: object, problem: str) -> None:
        self.variable = variable
        self.value = value
        self.problem = problem
        super().__init__(f"{variable}={value!r}: {problem}")


class UnknownLogTypeError(ObservabilityError, ValueError):
    """``name`` is not one of the log types (``LogType``)."""

    def __init__(self, name: object) -> None:
        self.name = name
        super().__init__(f"unknown log type {name!r}")


class RecordValidationError(ObservabilityError, ValueError):
    """A record document breaks its schema; ``errors`` holds ``(json_pointer, message)`` pairs."""

    def __init__(self, log_type: str, errors: tuple[tuple[str, str], ...]) -> None:
        self.log_type = log_type
        self.errors = errors
        details = "; ".join(f"{pointer or '/'}: {message}" for pointer, message in errors)
        super().__init__(f"invalid {log_type} record: {details}")


class AggregationInputError(ObservabilityError, FileNotFoundError):
    """A path named for aggregation does not exist."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"no such file or directory: {path}")
