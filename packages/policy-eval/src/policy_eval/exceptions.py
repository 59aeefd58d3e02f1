"""The exceptions policy-eval raises.

::

    PolicyError                   policy-core's root of every platform error
    └── EvalError                 root of policy-eval's errors
        ├── DatasetError          the golden dataset is invalid; ``issues`` lists every problem
        ├── BaselineError         the baseline file is missing, unreadable or not a baseline
        ├── SpecError             a command-line spec (tolerance, threshold, policy name) is wrong
        └── PolicyDiscoveryError  a policy plug-in could not be loaded or is not a Policy

A policy that raises while deciding a case is *not* an error of the evaluation: the runner
records the failure against that case (with an error type) and carries on.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy_core import PolicyError

__all__ = [
    "BaselineError",
    "DatasetError",
    "DatasetIssue",
    "EvalError",
    "PolicyDiscoveryError",
    "SpecError",
]


class EvalError(PolicyError):
    """Root of every error policy-eval raises on purpose."""


@dataclass(frozen=True, slots=True)
class DatasetIssue:
    """One problem in the golden dataset, located as precisely as the input allows.

    ``field`` is a JSON pointer into the case (``/expected/items/0/name``; ``/`` is the whole
    line). ``line`` is 1-based, or ``None`` for a problem with a whole file.

    >>> str(DatasetIssue("golden/cases/ru.jsonl", 7, "/context", "unknown context 'x'"))
    "golden/cases/ru.jsonl:7: /context: unknown context 'x'"
    """

    path: str
    line: int | None
    field: str
    problem: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.field}: {self.problem}"


class DatasetError(EvalError, ValueError):
    """The golden dataset is invalid; ``issues`` holds every problem found, in file order."""

    def __init__(self, issues: tuple[DatasetIssue, ...]) -> None:
        self.issues = issues
        count = len(issues)
        noun = "problem" if count == 1 else "problems"
        listing = "\n".join(f"  {issue}" for issue in issues)
        super().__init__(f"invalid golden dataset: {count} {noun}\n{listing}")


class BaselineError(EvalError, ValueError):
    """The baseline at ``path`` cannot be used: ``problem`` says why."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class SpecError(EvalError, ValueError):
    """A spec given on the command line is malformed: ``option`` is the flag, ``value`` its text."""

    def __init__(self, option: str, value: str, problem: str) -> None:
        self.option = option
        self.value = value
        self.problem = problem
        super().__init__(f"{option} {value!r}: {problem}")


class PolicyDiscoveryError(EvalError, RuntimeError):
    """A policy plug-in failed to load; ``source`` names it (``policy_llm.evaluation_policies``)."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")
