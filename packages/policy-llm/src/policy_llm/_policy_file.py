"""The policy file: which endpoint, model and settings serve each LLM task.

A TOML file read once by ``load_policy_file``: ``${VAR}`` placeholders in string values are
filled from the environment, then the document is validated into frozen models. Every problem
raises ``LLMMisconfiguredError`` naming the file, the dotted key (``profiles.fast.temperature``)
and what is wrong, and never the API key.

Placeholders, in string values only (keys and non-string values are left alone):

- ``${VAR}``: the variable's value; unset, empty or blank is an error naming it and the key.
- ``${VAR:-default}``: the default when the variable is unset, empty or blank; the default may
  itself hold placeholders (``${LLM_STRONG_MODEL:-${LLM_MODEL}}``) and is read only when used.
- ``$${``: a literal ``${``. Any other ``$`` is itself. A substituted value is never re-read.

Numbers may be written as TOML numbers or as strings, since that is how a placeholder arrives
(``timeout_s = "${LLM_TIMEOUT_S:-15}"``); true and false are not numbers.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    model_validator,
)

from policy_llm._endpoint import EndpointSettings
from policy_llm._prices import ModelPrice, estimated_cost
from policy_llm._prompt import PromptStyle
from policy_llm._wire import StructuredMode, TokenParameter
from policy_llm.exceptions import LLMMisconfiguredError

__all__ = [
    "DEFAULT_POLICY_FILE",
    "MAX_POLICY_FILE_BYTES",
    "PolicyFile",
    "Profile",
    "TaskRoute",
    "load_policy_file",
]

#: The policy file shipped inside policy-llm, used when no path is given.
DEFAULT_POLICY_FILE = "policy.default.toml"
#: A policy file is a few dozen lines; anything this big is a mistake, refused before parsing.
MAX_POLICY_FILE_BYTES = 1_048_576
#: The most examples a prompt may show (each costs prompt tokens on every call).
MAX_FEW_SHOT = 8

_NAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# What the placeholder scanner stops at: an escape, a placeholder, or a default's closing brace.
_MARK = re.compile(r"\$\$\{|\$\{|\}")
# Redacting a shorter "key" would mangle ordinary words; no real API key is this short.
_MIN_REDACTED_LENGTH = 8
# How much of a name an error message quotes.
_MAX_SHOWN = 64


def _name(kind: str) -> AfterValidator:
    def check(value: str) -> str:
        if not _NAME_PATTERN.fullmatch(value):
            raise ValueError(
                f"a {kind} name is 1 to 64 ASCII letters, digits, '_' or '-', "
                f"starting with a letter; got {_shown(value)}"
            )
        return value

    return AfterValidator(check)


def _shown(value: str) -> str:
    """A name as an error message quotes it: escaped to ASCII (homoglyphs show), and short."""
    return ascii(value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "...")


def _plain_number(value: object) -> object:
    """Refuse what pydantic's lax mode would let through: true as 1, and nan or inf meeting a
    range check first (its message would then be the misleading one)."""
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    number = value
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value  # pydantic says what is wrong with it
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError("expected a finite number")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


#: The value of ``temperature`` that leaves it out of the request.
OMIT = "omit"


def _omitted(value: object) -> object:
    """``"omit"`` (any case, spaces around) as None: the request sends no temperature."""
    if isinstance(value, str) and value.strip().lower() == OMIT:
        return None
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            raise ValueError(f'expected a number from 0 to 2, or "{OMIT}"') from None
    return value


_Number = BeforeValidator(_plain_number)
_ProfileName = Annotated[str, _name("profile")]
_TaskName = Annotated[str, _name("task")]


class Profile(BaseModel):
    """How one LLM call is made: model, sampling, limits and structured-output mode.

    ``temperature = "omit"`` sends none (OpenAI's reasoning models refuse any other value
    than their default), and ``token_parameter`` names the field ``max_tokens`` is sent in.

    >>> Profile(temperature=0, max_tokens=400).structured_output
    'json_schema'
    >>> Profile(temperature="omit", token_parameter="max_completion_tokens").temperature is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    model: Annotated[str, AfterValidator(_not_blank)] | None = Field(
        default=None, description="None: the endpoint's model (endpoint.model)."
    )
    temperature: Annotated[
        Annotated[float, _Number, Field(ge=0, le=2, allow_inf_nan=False)] | None,
        BeforeValidator(_omitted),
    ] = 0.0
    max_tokens: Annotated[int, _Number, Field(ge=1)] = 512
    token_parameter: TokenParameter = "max_tokens"  # noqa: S105 - a field name, no secret
    timeout_s: Annotated[float, _Number, Field(gt=0, allow_inf_nan=False)] = 10.0
    structured_output: StructuredMode = "json_schema"
    escalate_to: str | None = Field(
        default=None, description="The stronger profile tried after invalid output."
    )


def _no_path(value: object) -> object:
    """A blank path (an unset ``${VAR:-}``) is no path."""
    return None if isinstance(value, str) and not value.strip() else value


class TaskRoute(BaseModel):
    """Which profile serves a task, how many repair attempts invalid output gets, and the
    prompt: its ``prompt`` style and ``few_shot`` examples nearest to the command, taken from
    the golden case files at ``examples``.

    >>> TaskRoute(profile="fast", few_shot="3", examples="golden/cases").few_shot
    3
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    profile: str
    repair_attempts: Annotated[int, _Number, Field(ge=0, le=3)] = 1
    prompt: PromptStyle = "full"
    few_shot: Annotated[int, _Number, Field(ge=0, le=MAX_FEW_SHOT)] = 0
    examples: Annotated[str | None, BeforeValidator(_no_path)] = None

    @model_validator(mode="after")
    def _examples_for_few_shot(self) -> TaskRoute:
        if self.few_shot and self.examples is None:
            raise ValueError("few_shot needs examples (the golden case files to take them from)")
        return self


class _ReferenceError(ValueError):
    """Cross-references that do not hold; ``problems`` pairs a dotted key with what is wrong."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{key}: {problem}" for key, problem in self.problems))


class PolicyFile(BaseModel):
    """A validated policy file: the endpoint, the named profiles, the task routes, and the
    prices of models (US dollars per million tokens) that estimate what calls cost.

    Build it with ``load_policy_file``; ``source`` says where it was read from.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    version: Annotated[Literal[1], _Number]
    endpoint: EndpointSettings
    profiles: dict[_ProfileName, Profile]
    tasks: dict[_TaskName, TaskRoute]
    prices: dict[Annotated[str, AfterValidator(_not_blank)], ModelPrice] = Field(
        default_factory=dict
    )

    _source: str = PrivateAttr(default="<PolicyFile>")

    def model_post_init(self, context: Any, /) -> None:
        if isinstance(context, Mapping) and isinstance(context.get("source"), str):
            self._source = context["source"]

    @model_validator(mode="after")
    def _check_references(self) -> PolicyFile:
        problems = _reference_problems(self.profiles, self.tasks)
        if problems:
            raise _ReferenceError(problems)
        return self

    @property
    def source(self) -> str:
        """The file this policy was read from, as error messages name it."""
        return self._source

    def route_for(self, task: str) -> TaskRoute:
        """The route of ``task``; an unknown task raises ``LLMMisconfiguredError``."""
        try:
            return self.tasks[task]
        except KeyError:
            known = ", ".join(sorted(self.tasks))
            key = f"tasks.{_key_part(task)}"
            raise self._missing(key, f"no such task (tasks: {known})") from None

    def profile_for(self, task: str) -> Profile:
        """The profile that serves ``task`` first."""
        return self.profiles[self.route_for(task).profile]

    def escalation(self, profile_name: str) -> tuple[str, Profile] | None:
        """The profile to try after ``profile_name`` produced invalid output, if any."""
        try:
            profile = self.profiles[profile_name]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            key = f"profiles.{_key_part(profile_name)}"
            raise self._missing(key, f"no such profile (profiles: {known})") from None
        if profile.escalate_to is None:
            return None
        return profile.escalate_to, self.profiles[profile.escalate_to]

    def escalation_chain(self, task: str) -> tuple[tuple[str, Profile], ...]:
        """The task's profile, then each escalation in turn (finite: cycles are refused)."""
        name = self.route_for(task).profile
        chain = [(name, self.profiles[name])]
        while (step := self.escalation(chain[-1][0])) is not None:
            chain.append(step)
        return tuple(chain)

    def model_for(self, profile: Profile) -> str:
        """The model ``profile`` names, or the endpoint's model when it names none."""
        return profile.model if profile.model is not None else self.endpoint.model

    def estimated_cost(
        self, models: tuple[str | None, ...], input_tokens: int | None, output_tokens: int | None
    ) -> float | None:
        """US dollars for the tokens at the price of the first of ``models`` priced here;
        None when none is, or a count is unknown."""
        return estimated_cost(self.prices, models, input_tokens, output_tokens)

    def _missing(self, key: str, problem: str) -> LLMMisconfiguredError:
        return _error(self.source, [_Problem(key, problem)])


def _reference_problems(
    profiles: Mapping[str, Profile], tasks: Mapping[str, TaskRoute]
) -> list[tuple[str, str]]:
    known = ", ".join(sorted(profiles)) or "none"
    problems: list[tuple[str, str]] = []
    if "extraction" not in tasks:
        problems.append(("tasks", "the task 'extraction' is missing (add a [tasks.extraction])"))
    for task, route in tasks.items():
        if route.profile not in profiles:
            problems.append(
                (
                    f"tasks.{task}.profile",
                    f"no profile named {_shown(route.profile)} (profiles: {known})",
                )
            )
    for name, profile in profiles.items():
        if profile.escalate_to is not None and profile.escalate_to not in profiles:
            problems.append(
                (
                    f"profiles.{name}.escalate_to",
                    f"no profile named {_shown(profile.escalate_to)} (profiles: {known})",
                )
            )
    reported: set[str] = set()
    for start in profiles:
        path = [start]
        step = profiles[start].escalate_to
        while step is not None and step in profiles and step not in path:
            path.append(step)
            step = profiles[step].escalate_to
        if step == start and start not in reported:
            reported.update(path)
            loop = " -> ".join([*path, start])
            problems.append((f"profiles.{start}.escalate_to", f"escalation cycle {loop}"))
    return problems


def load_policy_file(path: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> PolicyFile:
    """Read, fill in and validate a policy file (``None``: the one shipped with policy-llm).

    Every problem raises ``LLMMisconfiguredError`` whose message names the dotted key, the
    problem (with the environment variable, when one is unset) and the file; every problem
    found at that stage is listed. ``field`` is the first problem's dotted key
    ("policy_file" when the file itself cannot be read or parsed).

    >>> env = {"LLM_BASE_URL": "http://127.0.0.1:8080/v1", "LLM_API_KEY": "k-1234567890",
    ...        "LLM_MODEL": "smollm2"}
    >>> policy = load_policy_file(None, env)
    >>> [name for name, _ in policy.escalation_chain("extraction")]
    ['fast', 'careful']
    """
    resource: Traversable
    if path is None:
        resource = files("policy_llm").joinpath(DEFAULT_POLICY_FILE)
        source = str(resource)  # where it is installed: the file an operator copies
    else:
        source = os.fspath(path)
        resource = Path(source)
    document = _parse(source, _read(source, resource))
    substitution = _Substitution(environ)
    filled = {key: substitution.fill(value, (key,)) for key, value in document.items()}
    if substitution.unset or substitution.problems:
        unset = [_unset_problem(name, keys) for name, keys in substitution.unset.items()]
        raise _error(source, [*unset, *substitution.problems])
    secret = _wrap_api_key(filled)
    try:
        return PolicyFile.model_validate(filled, context={"source": source})
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        problems = [p for error in errors for p in _problems_of(error, substitution.origins)]
    # Raised outside the except block: pydantic's error quotes values of the file (names that
    # may be the key), so it must not ride along as __context__ either.
    raise _error(source, problems, secret=secret)


@dataclass(frozen=True, slots=True)
class _Problem:
    key: str
    message: str


def _error(
    source: str, problems: Sequence[_Problem], *, secret: str | None = None
) -> LLMMisconfiguredError:
    """One error for every problem found: ``field`` is the first one's key, and the message
    names the file ("policy_file" stands for the key when the file itself is unusable)."""
    first, *others = problems
    problem = f"{first.message} (in policy file {source}"
    if others:
        problem += f"; {len(problems)} problems)"
        problem += "".join(f"\n  {p.key or 'policy_file'}: {p.message}" for p in others)
    else:
        problem += ")"
    if secret is not None and len(secret) >= _MIN_REDACTED_LENGTH:
        # the whole key, and the part of it a shortened quote would show
        for hidden in (secret, secret[:_MAX_SHOWN]):
            problem = problem.replace(hidden, "**********")
    return LLMMisconfiguredError(first.key or "policy_file", problem)


def _read(source: str, resource: Traversable) -> bytes:
    try:
        with resource.open("rb") as stream:
            data = stream.read(MAX_POLICY_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise _error(source, [_Problem("", "cannot be read: no such file")]) from exc
    except IsADirectoryError as exc:
        raise _error(source, [_Problem("", "cannot be read: it is a directory")]) from exc
    except OSError as exc:
        problem = f"cannot be read: {exc.strerror or type(exc).__name__}"
        raise _error(source, [_Problem("", problem)]) from exc
    if len(data) > MAX_POLICY_FILE_BYTES:
        problem = f"larger than {MAX_POLICY_FILE_BYTES} bytes; a policy file is a few dozen lines"
        raise _error(source, [_Problem("", problem)])
    return data


def _parse(source: str, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")  # tolerate the BOM some editors write
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problem = f"not UTF-8 text (byte {exc.start}, on line {line}, cannot be decoded)"
        raise _error(source, [_Problem("", problem)]) from None  # exc holds the whole file
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(source, [_Problem("", f"not valid TOML: {exc}")]) from exc
    except RecursionError:
        problem = "not valid TOML: arrays or tables nested too deep"
        raise _error(source, [_Problem("", problem)]) from None


class _PlaceholderError(Exception):
    """A malformed placeholder; the message never quotes the value's text."""


@dataclass
class _Substitution:
    """One pass of ``${VAR}`` substitution over a parsed document, collecting every problem."""

    environ: Mapping[str, str]
    #: Unset variable -> the dotted keys that needed it.
    unset: dict[str, list[str]] = field(default_factory=dict)
    problems: list[_Problem] = field(default_factory=list)
    #: Key path -> the variables whose values went into it (named in validation errors).
    origins: dict[tuple[str | int, ...], tuple[str, ...]] = field(default_factory=dict)

    def fill(self, node: object, path: tuple[str | int, ...]) -> object:
        if isinstance(node, str):
            return self._string(node, path)
        if isinstance(node, dict):
            return {key: self.fill(value, (*path, key)) for key, value in node.items()}
        if isinstance(node, list):
            return [self.fill(value, (*path, index)) for index, value in enumerate(node)]
        return node

    def _string(self, text: str, path: tuple[str | int, ...]) -> str:
        used: list[str] = []
        missing: list[str] = []
        try:
            value, _ = _expand(text, 0, self.environ, used, missing, nested=False)
        except _PlaceholderError as exc:
            self.problems.append(_Problem(_dotted(path), str(exc)))
            return text
        for name in missing:
            self.unset.setdefault(name, []).append(_dotted(path))
        if used:
            self.origins[path] = tuple(dict.fromkeys(used))
        if (odd := _invisible_character(value)) is not None:
            problem = (
                f"contains the control or invisible character U+{ord(odd):04X}; policy values "
                "are names, URLs and keys (a trailing newline read from a file?)"
            )
            if used:
                variables = ", ".join(f"${{{name}}}" for name in dict.fromkeys(used))
                problem = f"{problem} (after substituting {variables})"
            self.problems.append(_Problem(_dotted(path), problem))
        return value


def _invisible_character(text: str) -> str | None:
    """The first control or format character (newline, NUL, bidi override, zero width...)."""
    return next((c for c in text if unicodedata.category(c) in ("Cc", "Cf")), None)


def _lookup(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    return value if value is not None and value.strip() else None


def _expand(
    text: str,
    position: int,
    environ: Mapping[str, str] | None,
    used: list[str],
    missing: list[str],
    *,
    nested: bool,
) -> tuple[str, int]:
    """Expand ``text`` from ``position``; inside a default (``nested``) stop at its ``}``.

    ``environ`` None scans without resolving (a default that is not used). Returns the text
    and the position after what was read.
    """
    parts: list[str] = []
    while (mark := _MARK.search(text, position)) is not None:
        parts.append(text[position : mark.start()])
        position = mark.end()
        if mark.group() == "$${":
            parts.append("${")
        elif mark.group() == "}":
            if nested:
                return "".join(parts), position
            parts.append("}")
        else:
            value, position = _placeholder(text, position, environ, used, missing)
            parts.append(value)
    if nested:
        raise _PlaceholderError("a '${' placeholder has no closing '}'")
    parts.append(text[position:])
    return "".join(parts), len(text)


def _placeholder(
    text: str,
    position: int,
    environ: Mapping[str, str] | None,
    used: list[str],
    missing: list[str],
) -> tuple[str, int]:
    """Read one placeholder whose ``${`` ends just before ``position``."""
    name_match = _VARIABLE.match(text, position)
    if name_match is None:
        raise _PlaceholderError(
            "'${' must be followed by a variable name (letters, digits, '_'); "
            "write '$${' for a literal '${'"
        )
    name = name_match.group()
    position = name_match.end()
    value = None if environ is None else _lookup(environ, name)
    if text.startswith("}", position):
        if environ is not None:
            if value is None:
                missing.append(name)
            else:
                used.append(name)
        return value or "", position + 1
    if not text.startswith(":-", position):
        raise _PlaceholderError(f"${{{name} must be followed by '}}' or by ':-default}}'")
    if environ is not None:
        used.append(name)
    resolving = environ if value is None else None
    default, position = _expand(text, position + 2, resolving, used, missing, nested=True)
    return (default if value is None else value), position


def _unset_problem(variable: str, keys: Sequence[str]) -> _Problem:
    also = f", also needed by {', '.join(keys[1:])}" if len(keys) > 1 else ""
    return _Problem(
        keys[0],
        f"environment variable {variable} is not set (or is empty){also}; set it, or write "
        f"${{{variable}:-default}} in the file to give a default",
    )


def _wrap_api_key(document: dict[str, Any]) -> str | None:
    """Hide the API key from pydantic's error inputs; return it for redaction."""
    endpoint = document.get("endpoint")
    if isinstance(endpoint, dict) and isinstance(endpoint.get("api_key"), str):
        secret: str = endpoint["api_key"]
        endpoint["api_key"] = SecretStr(secret)
        return secret
    return None


def _problems_of(
    error: Any, origins: Mapping[tuple[str | int, ...], tuple[str, ...]]
) -> list[_Problem]:
    loc: tuple[str | int, ...] = tuple(error["loc"])
    kind: str = error["type"]
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, _ReferenceError):
        return [_Problem(key, problem) for key, problem in cause.problems]
    if kind == "value_error" and cause is not None:
        message = str(cause)
    elif kind == "extra_forbidden":
        message = _unknown_key(loc)
    elif kind == "missing":
        message = "required key is missing"
    else:
        message = str(error["msg"])
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
    elif loc in origins:
        variables = ", ".join(f"${{{name}}}" for name in origins[loc])
        message = f"{message} (after substituting {variables})"
    return [_Problem(_dotted(loc), message)]


def _unknown_key(loc: tuple[str | int, ...]) -> str:
    model = _model_at(loc[:-1])
    if model is None:  # pragma: no cover - every forbidding model is reachable by _model_at
        return "unknown key"
    known = sorted(model.model_fields)
    close = difflib.get_close_matches(str(loc[-1]), known, n=1)
    if close:
        return f"unknown key; did you mean {close[0]!r}?"
    return f"unknown key; the keys here are {', '.join(known)}"


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that validates the table at ``loc`` (None: not a model)."""
    current: Any = PolicyFile
    for part in loc:
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        elif get_origin(current) is dict:
            current = get_args(current)[1]
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _key_part(part: str | int) -> str:
    if isinstance(part, int):
        return f"[{part}]"
    if len(part) > _MAX_SHOWN:
        part = part[:_MAX_SHOWN] + "..."
    return part if _BARE_KEY.fullmatch(part) else json.dumps(part)


def _dotted(loc: Sequence[str | int]) -> str:
    """A key path as TOML writes it: ``profiles.fast.temperature``, ``a."b c"``, ``a[0]``."""
    text = ""
    for part in loc:
        piece = _key_part(part)
        text += piece if isinstance(part, int) or not text else f".{piece}"
    return text
