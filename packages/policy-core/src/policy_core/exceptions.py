"""The exceptions policy-core raises.

::

    PolicyError                      root of every platform error (other packages subclass it)
    ├── CommandValidationError       a CommandDTO (or any contract document) broke its schema
    └── SettingsError                a settings object could not be built or validated

Every exception carries structured attributes, never only a message.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CommandValidationError", "PolicyError", "SettingsError", "Violation"]

MAX_LINE = 400  # characters of a violation's pointer or message


class PolicyError(Exception):
    """Root of every error the HomeTask Policy Platform raises on purpose."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One way a document breaks its contract.

    ``pointer`` is an RFC 6901 JSON pointer to the offending value ("" is the whole
    document); ``message`` says what is wrong with it. Either is cut to ``MAX_LINE``
    characters, whoever built it: a violation never carries a whole document back.
    """

    pointer: str
    message: str

    def __post_init__(self) -> None:
        for name in ("pointer", "message"):
            text = getattr(self, name)
            if len(text) > MAX_LINE:
                cut = f"{text[: MAX_LINE - 40]}… ({len(text):,} characters)"
                object.__setattr__(self, name, cut)

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


class CommandValidationError(PolicyError, ValueError):
    """A document does not satisfy its contract; ``violations`` lists every problem found."""

    def __init__(self, violations: tuple[Violation, ...], *, document: str = "CommandDTO") -> None:
        self.violations = violations
        self.document = document
        lines = "\n".join(f"  {violation}" for violation in violations)
        count = len(violations)
        noun = "violation" if count == 1 else "violations"
        super().__init__(f"invalid {document}: {count} {noun}\n{lines}")


class SettingsError(PolicyError, ValueError):
    """Settings could not be built: ``field`` names the setting (or environment variable)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
