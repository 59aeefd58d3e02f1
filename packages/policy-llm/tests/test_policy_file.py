"""The policy file: substitution, validation, the shipped default, and errors that say where.

The tables are the specification: one row per kind of mistake an operator can make, with the
dotted key the error must name and a fragment of what it must say.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Mapping
from importlib.resources import files
from pathlib import Path

import pytest
from pydantic import ValidationError

from policy_llm._endpoint import EndpointSettings
from policy_llm._policy_file import (
    MAX_POLICY_FILE_BYTES,
    PolicyFile,
    Profile,
    TaskRoute,
    load_policy_file,
)
from policy_llm.exceptions import LLMMisconfiguredError

# A marker key: no message, repr or traceback may ever contain it.
KEY = "sk-MARKER-7f3a9c1e5b2d"
ENV = {
    "LLM_BASE_URL": "http://127.0.0.1:8080/v1",
    "LLM_API_KEY": KEY,
    "LLM_MODEL": "smollm2",
}

# A key longer than an error message quotes a name: its quoted prefix must not show either.
LONG_KEY_ENV = {**ENV, "LLM_API_KEY": KEY * 8, "LONG_KEY": KEY * 8}

VALID = """\
version = 1

[endpoint]
base_url = "${LLM_BASE_URL}"
api_key = "${LLM_API_KEY}"
model = "${LLM_MODEL}"

[profiles.fast]
temperature = 0
max_tokens = 400
timeout_s = 15
structured_output = "json_schema"
escalate_to = "careful"

[profiles.careful]
model = "strong-model"
max_tokens = 800

[tasks.extraction]
profile = "fast"
"""


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "policy.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _variant(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def _load(tmp_path: Path, text: str, env: Mapping[str, str] = ENV) -> PolicyFile:
    return load_policy_file(_write(tmp_path, text), env)


def _error(
    tmp_path: Path, text: str | bytes, env: Mapping[str, str] = ENV
) -> LLMMisconfiguredError:
    path = _write(tmp_path, text)
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(path, env)
    error = caught.value
    assert str(path) in str(error), "every error names the file"
    _assert_no_key(error)
    return error


def _assert_no_key(error: BaseException) -> None:
    shown = [str(error), repr(error), *map(str, error.args)]
    shown.append("".join(traceback.format_exception(error)))
    link: BaseException | None = error
    while link is not None:  # the whole chain, shown in a traceback or not
        shown += [str(link), repr(link)]
        link = link.__cause__ or link.__context__
    assert not any(KEY in text for text in shown)


def _with_model(value: str) -> str:
    return _variant('model = "strong-model"', f'model = "{value}"')


# -- the shipped default ---------------------------------------------------------------------


def test_the_default_loads_with_only_the_three_variables() -> None:
    policy = load_policy_file(None, ENV)
    fast = policy.profile_for("extraction")
    assert policy.endpoint.base_url == ENV["LLM_BASE_URL"]
    assert policy.endpoint.api_key.get_secret_value() == KEY
    assert policy.model_for(fast) == "smollm2"
    assert (fast.temperature, fast.timeout_s, fast.structured_output) == (0.0, 15.0, "json_schema")
    assert [name for name, _ in policy.escalation_chain("extraction")] == ["fast", "careful"]
    careful = policy.profiles["careful"]
    assert policy.model_for(careful) == "smollm2"
    assert careful.max_tokens > fast.max_tokens
    assert careful.timeout_s > fast.timeout_s
    assert policy.tasks["extraction"] == TaskRoute(profile="fast", repair_attempts=1)
    assert Path(policy.source).name == "policy.default.toml"


def test_the_default_takes_its_optional_variables() -> None:
    env = {
        **ENV,
        "LLM_STRONG_MODEL": "big-model",
        "LLM_TIMEOUT_S": "7.5",
        "LLM_STRONG_TIMEOUT_S": "45",
        "LLM_STRUCTURED_OUTPUT": "prompt",
    }
    policy = load_policy_file(None, env)
    fast, careful = policy.profiles["fast"], policy.profiles["careful"]
    assert (policy.model_for(fast), policy.model_for(careful)) == ("smollm2", "big-model")
    assert (fast.timeout_s, careful.timeout_s) == (7.5, 45.0)
    assert fast.structured_output == careful.structured_output == "prompt"


@pytest.mark.parametrize(
    ("variable", "key"),
    [
        ("LLM_BASE_URL", "endpoint.base_url"),
        ("LLM_API_KEY", "endpoint.api_key"),
        ("LLM_MODEL", "endpoint.model"),
    ],
)
def test_the_default_names_a_missing_variable_and_its_key(variable: str, key: str) -> None:
    env = {name: value for name, value in ENV.items() if name != variable}
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(None, env)
    assert caught.value.field == key
    assert f"environment variable {variable} is not set" in str(caught.value)
    assert "policy.default.toml" in str(caught.value)


def test_the_default_with_no_environment_lists_every_missing_variable() -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(None, {})
    message = str(caught.value)
    assert "3 problems" in message
    for variable in ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"):
        assert message.count(f"environment variable {variable} ") == 1


def test_a_blank_variable_counts_as_unset() -> None:
    with pytest.raises(LLMMisconfiguredError, match="LLM_MODEL is not set"):
        load_policy_file(None, {**ENV, "LLM_MODEL": "  "})


def test_a_bad_structured_output_variable_names_the_key_and_the_variable() -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(None, {**ENV, "LLM_STRUCTURED_OUTPUT": "json"})
    assert caught.value.field == "profiles.fast.structured_output"
    assert "'json_schema', 'json_object', 'grammar' or 'prompt'" in str(caught.value)
    assert "after substituting ${LLM_STRUCTURED_OUTPUT}" in str(caught.value)


def test_the_default_documents_every_variable_it_reads() -> None:
    text = files("policy_llm").joinpath("policy.default.toml").read_text(encoding="utf-8")
    header = text.split("version = 1")[0]
    documented = set(re.findall(r"^#\s+(LLM_[A-Z_]+)\s", header, flags=re.MULTILINE))
    used = set(re.findall(r"\$\{(LLM_[A-Z_]+)", text.split("version = 1")[1]))
    assert documented == used


def test_the_defaults_commented_endpoint_settings_are_real_and_current(tmp_path: Path) -> None:
    text = files("policy_llm").joinpath("policy.default.toml").read_text(encoding="utf-8")
    pattern = re.compile(r"^# (\w+) = (\S+)", flags=re.MULTILINE)
    shown = dict(pattern.findall(text))
    assert shown, "the [endpoint] section shows its optional settings"
    uncommented = pattern.sub(r"\1 = \2", text)
    policy = _load(tmp_path, uncommented)
    defaults = EndpointSettings(base_url="http://h", api_key="k" * 8, model="m")
    for name in shown:
        assert getattr(policy.endpoint, name) == getattr(defaults, name), name


def test_the_default_file_ships_inside_the_package() -> None:
    assert files("policy_llm").joinpath("policy.default.toml").is_file()


# -- a valid file ----------------------------------------------------------------------------


def test_a_valid_file_loads_into_frozen_models(tmp_path: Path) -> None:
    policy = _load(tmp_path, VALID)
    assert policy.source == str(tmp_path / "policy.toml")
    assert policy.profiles["careful"] == Profile(model="strong-model", max_tokens=800)
    with pytest.raises(ValidationError):
        policy.profiles["fast"].temperature = 1.0  # type: ignore[misc]
    with pytest.raises(ValidationError):
        policy.version = 1  # type: ignore[misc]


def test_a_path_may_be_a_string(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID)
    assert load_policy_file(str(path), ENV).source == str(path)


def test_the_lookups(tmp_path: Path) -> None:
    policy = _load(tmp_path, VALID)
    fast, careful = policy.profiles["fast"], policy.profiles["careful"]
    assert policy.profile_for("extraction") is fast
    assert policy.route_for("extraction").repair_attempts == 1
    assert policy.escalation("fast") == ("careful", careful)
    assert policy.escalation("careful") is None
    assert policy.escalation_chain("extraction") == (("fast", fast), ("careful", careful))
    assert policy.model_for(fast) == "smollm2"  # none named: the endpoint's
    assert policy.model_for(careful) == "strong-model"


def test_a_longer_escalation_chain_and_more_tasks(tmp_path: Path) -> None:
    text = VALID.replace("max_tokens = 800", 'max_tokens = 800\nescalate_to = "best"')
    text += '[tasks.summary]\nprofile = "careful"\nrepair_attempts = 0\n[profiles.best]\n'
    policy = _load(tmp_path, text)
    chain = [name for name, _ in policy.escalation_chain("extraction")]
    assert chain == ["fast", "careful", "best"]
    assert [name for name, _ in policy.escalation_chain("summary")] == ["careful", "best"]
    assert policy.route_for("summary").repair_attempts == 0


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda policy: policy.profile_for("summary"), "tasks.summary"),
        (lambda policy: policy.route_for("summary"), "tasks.summary"),
        (lambda policy: policy.escalation_chain("summary"), "tasks.summary"),
        (lambda policy: policy.escalation("slow"), "profiles.slow"),
    ],
)
def test_looking_up_an_unknown_name_is_a_misconfiguration(
    tmp_path: Path, call: Callable[[PolicyFile], object], field: str
) -> None:
    policy = _load(tmp_path, VALID)
    with pytest.raises(LLMMisconfiguredError) as caught:
        call(policy)
    assert caught.value.field == field
    assert policy.source in str(caught.value)


def test_the_api_key_never_shows_in_a_loaded_policy(tmp_path: Path) -> None:
    policy = _load(tmp_path, VALID)
    assert KEY not in repr(policy)
    assert KEY not in str(policy)
    assert KEY not in str(policy.model_dump())
    assert KEY not in policy.model_dump_json()


# -- validation: one row per mistake ---------------------------------------------------------

# (text in VALID, what replaces it, the dotted key the error names, a fragment of its message)
# fmt: off
MISTAKES = [
    # wrong type
    ("temperature = 0", 'temperature = "hot"', "profiles.fast.temperature", 'or "omit"'),
    ("temperature = 0", "temperature = true", "profiles.fast.temperature", "boolean"),
    ("max_tokens = 400", "max_tokens = 1.5", "profiles.fast.max_tokens", "fractional"),
    ("max_tokens = 400", "max_tokens = [400]", "profiles.fast.max_tokens", "valid integer"),
    ("timeout_s = 15", "timeout_s = {s = 1}", "profiles.fast.timeout_s", "valid number"),
    ('model = "strong-model"', "model = 7", "profiles.careful.model", "valid string"),
    ('escalate_to = "careful"', "escalate_to = 1", "profiles.fast.escalate_to", "valid string"),
    ('profile = "fast"', "profile = false", "tasks.extraction.profile", "valid string"),
    ("version = 1", "version = true", "version", "boolean"),
    ("[profiles.careful]", "[profiles.careful.model]", "profiles.careful.model", "valid string"),
    # out of range
    ("temperature = 0", "temperature = 2.5", "profiles.fast.temperature", "less than or equal to 2"),
    ("temperature = 0", "temperature = -0.1", "profiles.fast.temperature", "greater than or equal to 0"),
    ("temperature = 0", "temperature = nan", "profiles.fast.temperature", "finite number"),
    ("max_tokens = 400", "max_tokens = 0", "profiles.fast.max_tokens", "greater than or equal to 1"),
    ("timeout_s = 15", "timeout_s = 0", "profiles.fast.timeout_s", "greater than 0"),
    ("timeout_s = 15", "timeout_s = -inf", "profiles.fast.timeout_s", "finite number"),
    ('profile = "fast"', 'profile = "fast"\nrepair_attempts = 4', "tasks.extraction.repair_attempts", "less than or equal to 3"),
    ('profile = "fast"', 'profile = "fast"\nrepair_attempts = -1', "tasks.extraction.repair_attempts", "greater than or equal to 0"),
    ("version = 1", "version = 2", "version", "Input should be 1"),
    ('model = "strong-model"', 'model = "  "', "profiles.careful.model", "blank"),
    # the structured-output mode
    ('"json_schema"', '"json"', "profiles.fast.structured_output", "'json_schema', 'json_object', 'grammar' or 'prompt'"),
    ('"json_schema"', '"JSON_SCHEMA"', "profiles.fast.structured_output", "'json_schema', 'json_object', 'grammar' or 'prompt'"),
    # unknown keys: typos are caught, with a suggestion when one is close
    ("temperature = 0", "temprature = 0", "profiles.fast.temprature", "did you mean 'temperature'?"),
    ("[profiles.fast]", 'api_keys = "x"\n[profiles.fast]', "endpoint.api_keys", "did you mean 'api_key'?"),
    ('profile = "fast"', 'profile = "fast"\nrepairs = 1', "tasks.extraction.repairs", "did you mean 'repair_attempts'?"),
    ("[profiles.fast]", "[profile.fast]", "profile", "did you mean 'profiles'?"),
    ("version = 1", "version = 1\ncolour = 'blue'", "colour", "the keys here are endpoint, prices, profiles, tasks, version"),
    ("[profiles.fast]", "[endpoint.extra]\n[profiles.fast]", "endpoint.extra", "unknown key"),
    # required keys
    ("version = 1", "", "version", "required key is missing"),
    ('model = "${LLM_MODEL}"', "", "endpoint.model", "required key is missing"),
    ('profile = "fast"', "repair_attempts = 1", "tasks.extraction.profile", "required key is missing"),
    # the endpoint's own checks
    ('base_url = "${LLM_BASE_URL}"', 'base_url = "ftp://host/v1"', "endpoint.base_url", "http:// or https://"),
    ("[profiles.fast]", "max_retries = 99\n[profiles.fast]", "endpoint.max_retries", "less than or equal to 10"),
    ("[profiles.fast]", "backoff_max_s = 0.1\n[profiles.fast]", "endpoint", "backoff_max_s must be >= backoff_initial_s"),
    ("[profiles.fast]", 'max_retries = "${R:-2x}"\n[profiles.fast]', "endpoint.max_retries", "(after substituting ${R})"),
    # tables given as plain values
    ("[endpoint]", 'endpoint = "http://h"\n[x]', "endpoint", "valid dictionary"),
    ("[tasks.extraction]", "[tasks]\nextraction = 'fast'\n[y]", "tasks.extraction", "valid dictionary"),
    # names and cross-references
    ('escalate_to = "careful"', 'escalate_to = "carefull"', "profiles.fast.escalate_to", "no profile named 'carefull' (profiles: careful, fast)"),
    ('profile = "fast"', 'profile = "fsat"', "tasks.extraction.profile", "no profile named 'fsat'"),
    ('profile = "fast"', 'profile = "f\\u0430st"', "tasks.extraction.profile", "no profile named 'f\\u0430st'"),
    ("[tasks.extraction]", "[tasks.extract]", "tasks", "the task 'extraction' is missing"),
    ("[profiles.careful]", '[profiles."very careful"]', 'profiles."very careful"', "a profile name is"),
    ("[profiles.careful]", '[profiles."c\\u0430reful"]', 'profiles."c\\u0430reful"', "got 'c\\u0430reful'"),
    ("[tasks.extraction]", '[tasks.2nd]\nprofile = "fast"\n[tasks.extraction]', "tasks.2nd", "a task name is"),
    # escalation that loops
    ('model = "strong-model"', 'escalate_to = "fast"', "profiles.fast.escalate_to", "escalation cycle fast -> careful -> fast"),
    ('escalate_to = "careful"', 'escalate_to = "fast"', "profiles.fast.escalate_to", "escalation cycle fast -> fast"),
    # control and invisible characters in values
    ('model = "strong-model"', 'model = "strong\\u202emodel"', "profiles.careful.model", "U+202E"),
    ('model = "strong-model"', 'model = "strong\\nmodel"', "profiles.careful.model", "U+000A"),
    ('model = "strong-model"', 'model = "zero\\u200bwidth"', "profiles.careful.model", "U+200B"),
]
# fmt: on


@pytest.mark.parametrize(("old", "new", "field", "fragment"), MISTAKES)
def test_a_mistake_names_its_key_and_the_problem(
    tmp_path: Path, old: str, new: str, field: str, fragment: str
) -> None:
    error = _error(tmp_path, _variant(old, new))
    assert error.field == field
    assert fragment in str(error)
    assert str(error).startswith(f"{field}: ")


def test_non_ascii_letters_in_values_are_kept(tmp_path: Path) -> None:
    policy = _load(tmp_path, _with_model("модель-😀-é"))
    assert policy.profiles["careful"].model == "модель-😀-é"


def test_every_problem_of_a_stage_is_listed(tmp_path: Path) -> None:
    text = _variant("temperature = 0", "temperature = 9").replace(
        "max_tokens = 800", "max_tokens = 0"
    )
    error = _error(tmp_path, text)
    assert error.field == "profiles.fast.temperature"
    assert "2 problems" in str(error)
    assert "\n  profiles.careful.max_tokens: " in str(error)


def test_no_profiles_at_all(tmp_path: Path) -> None:
    text = 'version = 1\n[endpoint]\nbase_url = "http://h"\napi_key = "k"\nmodel = "m"\n'
    text += "[profiles]\n[tasks.extraction]\nprofile = 'fast'\n"
    error = _error(tmp_path, text)
    assert error.field == "tasks.extraction.profile"
    assert "(profiles: none)" in str(error)


def test_a_rho_shaped_escalation_reports_its_loop_once(tmp_path: Path) -> None:
    text = _variant('model = "strong-model"', 'escalate_to = "best"')
    text += '[profiles.best]\nescalate_to = "careful"\n'
    error = _error(tmp_path, text)
    assert error.field == "profiles.careful.escalate_to"
    assert str(error).count("escalation cycle") == 1
    assert "careful -> best -> careful" in str(error)


# -- substitution ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "env", "expected"),
    [
        ("plain", {}, "plain"),
        ("${A}", {"A": "x"}, "x"),
        ("pre-${A}-post", {"A": "x"}, "pre-x-post"),
        ("${A}${B}", {"A": "x", "B": "y"}, "xy"),
        ("${A:-d}", {}, "d"),
        ("${A:-d}", {"A": ""}, "d"),
        ("${A:-d}", {"A": " \t"}, "d"),
        ("${A:-d}", {"A": "x"}, "x"),
        ("m${A:-}", {}, "m"),
        ("${A:-a-b_c.d/e:f=g}", {}, "a-b_c.d/e:f=g"),
        ("${A:-two words}", {}, "two words"),
        # nested defaults, read only when used
        ("${A:-${B}}", {"B": "y"}, "y"),
        ("${A:-${B}}", {"A": "x"}, "x"),
        ("${A:-${B:-${C:-deep}}}", {}, "deep"),
        ("${A:-pre-${B:-b}-post}", {}, "pre-b-post"),
        # escapes and lone dollars
        ("$${A}", {"A": "x"}, "${A}"),
        ("$${A:-x}", {}, "${A:-x}"),
        ("$$${A}", {"A": "x"}, "$${A}"),
        ("${A:-$${B}", {}, "${B"),
        ("cost $5", {}, "cost $5"),
        ("$", {}, "$"),
        ("$$", {}, "$$"),
        ("a}b", {}, "a}b"),
        ("{A}", {"A": "x"}, "{A}"),
        # a substituted value is never read again
        ("${A}", {"A": "${B}"}, "${B}"),
        ("${A}", {"A": "$${B}"}, "$${B}"),
        # the value is used as it is, inner spaces and all
        ("${A}", {"A": "two  words"}, "two  words"),
    ],
)
def test_substitution(tmp_path: Path, value: str, env: dict[str, str], expected: str) -> None:
    # profiles.careful.model carries the value (the model check strips outer spaces)
    policy = _load(tmp_path, _with_model(value), {**ENV, **env})
    assert policy.profiles["careful"].model == expected


@pytest.mark.parametrize(
    "value",
    ["${}", "${1A}", "${ A }", "${A", "${A:-x", "${A-x}", "${A:=x}", "${A:?x}", "x${", "${A:-${B}"],
)
def test_a_malformed_placeholder_is_refused(tmp_path: Path, value: str) -> None:
    error = _error(tmp_path, _with_model(value), {**ENV, "A": "set", "B": "set"})
    assert error.field == "profiles.careful.model"
    assert "'${'" in str(error) or "${A must be followed" in str(error)


def test_an_unset_variable_names_itself_and_its_key(tmp_path: Path) -> None:
    error = _error(tmp_path, _with_model("${NOT_SET_ANYWHERE}"))
    assert error.field == "profiles.careful.model"
    assert "environment variable NOT_SET_ANYWHERE is not set" in str(error)
    assert "${NOT_SET_ANYWHERE:-default}" in str(error)


def test_an_unset_variable_inside_a_used_default_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, _with_model("${A:-${INNER}}"))
    assert "environment variable INNER is not set" in str(error)
    assert "environment variable A " not in str(error)


def test_one_variable_missing_in_many_places_is_one_line(tmp_path: Path) -> None:
    text = _with_model("${GONE}").replace('profile = "fast"', 'profile = "${GONE}"')
    error = _error(tmp_path, text)
    assert error.field == "profiles.careful.model"
    assert str(error).count("GONE is not set") == 1
    assert "also needed by tasks.extraction.profile;" in str(error)


def test_substitution_reaches_into_arrays_and_names_the_index(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant("temperature = 0", 'temperature = [0, "${NOPE}"]'))
    assert error.field == "profiles.fast.temperature[1]"


def test_keys_are_never_substituted(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant("[profiles.careful]", '[profiles."${A}"]'), {**ENV, "A": "x"})
    assert error.field == 'profiles."${A}"'
    assert "a profile name is" in str(error)


def test_a_variable_value_with_a_control_character_is_refused(tmp_path: Path) -> None:
    error = _error(tmp_path, VALID, {**ENV, "LLM_API_KEY": KEY + "\n"})
    assert error.field == "endpoint.api_key"
    assert "U+000A" in str(error)


# -- coercion --------------------------------------------------------------------------------


def test_numbers_that_arrive_as_strings_are_converted(tmp_path: Path) -> None:
    text = (
        _variant("temperature = 0", 'temperature = "${T:-0.7}"')
        .replace("max_tokens = 400", 'max_tokens = "${N}"')
        .replace("timeout_s = 15", 'timeout_s = "${LLM_TIMEOUT_S:-10}"')
        .replace('profile = "fast"', 'profile = "fast"\nrepair_attempts = "${R:-2}"')
        .replace("[profiles.fast]", 'max_retries = "${RETRIES:-3}"\n[profiles.fast]')
    )
    policy = _load(tmp_path, text, {**ENV, "N": "300", "LLM_TIMEOUT_S": "12.5"})
    fast = policy.profiles["fast"]
    assert (fast.temperature, fast.max_tokens, fast.timeout_s) == (0.7, 300, 12.5)
    assert policy.tasks["extraction"].repair_attempts == 2
    assert policy.endpoint.max_retries == 3


def test_quoted_numbers_written_in_the_file_are_converted_too(tmp_path: Path) -> None:
    policy = _load(tmp_path, _variant("timeout_s = 15", 'timeout_s = "20"'))
    assert policy.profiles["fast"].timeout_s == 20.0


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("abc", "valid number"),
        ("0", "greater than 0"),
        ("nan", "finite number"),
        ("1e400", "finite number"),
    ],
)
def test_a_bad_number_from_a_variable_names_the_variable(
    tmp_path: Path, value: str, fragment: str
) -> None:
    text = _variant("timeout_s = 15", 'timeout_s = "${LLM_TIMEOUT_S:-10}"')
    error = _error(tmp_path, text, {**ENV, "LLM_TIMEOUT_S": value})
    assert error.field == "profiles.fast.timeout_s"
    assert fragment in str(error)
    assert "(after substituting ${LLM_TIMEOUT_S})" in str(error)


# -- the file itself -------------------------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "policy.toml"
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(path, ENV)
    assert caught.value.field == "policy_file"
    assert "no such file" in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(LLMMisconfiguredError, match="directory"):
        load_policy_file(tmp_path, ENV)


def test_bad_toml_gives_line_and_column(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant("max_tokens = 400", "max_tokens = "))
    assert error.field == "policy_file"
    assert "not valid TOML" in str(error)
    assert "line 10, column" in str(error)


def test_a_duplicate_key_is_bad_toml(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant("temperature = 0", "temperature = 0\ntemperature = 1"))
    assert "not valid TOML" in str(error)


def test_bad_toml_does_not_echo_the_file(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant('api_key = "${LLM_API_KEY}"', f'api_key = "{KEY}" oops'))
    assert "not valid TOML" in str(error)


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    error = _error(tmp_path, VALID.encode() + b"# caf\xe9\n")
    assert error.field == "policy_file"
    assert "not UTF-8" in str(error)
    assert f"line {VALID.count(chr(10)) + 1}" in str(error)


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    assert _load(tmp_path, "\ufeff" + VALID).version == 1


def test_windows_line_endings_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(VALID.replace("\n", "\r\n").encode())
    assert load_policy_file(path, ENV).profiles["fast"].max_tokens == 400


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    error = _error(tmp_path, b"#" * (MAX_POLICY_FILE_BYTES + 1))
    assert "larger than" in str(error)


def test_a_file_just_under_the_size_limit_loads(tmp_path: Path) -> None:
    text = VALID + "#" * (MAX_POLICY_FILE_BYTES - len(VALID.encode()) - 1) + "\n"
    assert len(text.encode()) == MAX_POLICY_FILE_BYTES
    assert _load(tmp_path, text).version == 1


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    error = _error(tmp_path, VALID + "deep = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deep" in str(error)


def test_a_huge_value_is_carried_not_echoed(tmp_path: Path) -> None:
    long_name = "x" * 100_000
    error = _error(tmp_path, _variant('profile = "fast"', f'profile = "{long_name}"'))
    assert error.field == "tasks.extraction.profile"
    assert "'" + "x" * 64 + "...'" in str(error)
    assert len(str(error)) < 500


def test_a_huge_key_is_shortened_in_the_dotted_key(tmp_path: Path) -> None:
    error = _error(tmp_path, _variant("temperature = 0", "k" * 10_000 + " = 0"))
    assert error.field == 'profiles.fast."' + "k" * 64 + '..."'
    assert len(str(error)) < 500


# -- the API key never leaks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "env"),
    [
        # the key given to the wrong field
        (_variant('base_url = "${LLM_BASE_URL}"', 'base_url = "${LLM_API_KEY}"'), ENV),
        (_variant('model = "${LLM_MODEL}"', "model = 5"), ENV),
        ({**ENV, "LLM_BASE_URL": KEY, "LLM_API_KEY": ENV["LLM_BASE_URL"]}, None),
        (_variant('profile = "fast"', 'profile = "${LLM_API_KEY}"'), ENV),
        (_variant('profile = "fast"', 'profile = "${LONG_KEY}"'), LONG_KEY_ENV),
        (_variant("[profiles.careful]", '[profiles."${LONG_KEY}"]'), LONG_KEY_ENV),
        (_variant('escalate_to = "careful"', 'escalate_to = "${LLM_API_KEY}"'), ENV),
        (_variant("[profiles.careful]", '[profiles.careful]\napikey = "${LLM_API_KEY}"'), ENV),
        (_variant("temperature = 0", 'temperature = "${LLM_API_KEY}"'), ENV),
        (_variant("version = 1", "version = 1\n[endpoint.x]"), ENV),
        # the key written into the file, with other things wrong
        (_variant('api_key = "${LLM_API_KEY}"', f'api_key = "{KEY}"\nbogus = 1'), ENV),
        (
            _variant('api_key = "${LLM_API_KEY}"', f'api_key = "{KEY}"').replace("version = 1", ""),
            ENV,
        ),
        (_variant('api_key = "${LLM_API_KEY}"', f'api_key = "{KEY}\\n"'), ENV),
        (_variant('api_key = "${LLM_API_KEY}"', f'api_key = "{KEY}${{"'), ENV),
        (_variant('api_key = "${LLM_API_KEY}"', f'api_key = "${{{KEY}"'), ENV),
        # the key arriving with a control character, or with other problems
        (VALID, {**ENV, "LLM_API_KEY": KEY + "\r\n"}),
        (VALID, {**ENV, "LLM_MODEL": ""}),
        (_variant("[tasks.extraction]", "[tasks.other]"), ENV),
    ],
)
def test_the_api_key_never_appears_in_an_error(
    tmp_path: Path, text: str | dict[str, str], env: dict[str, str] | None
) -> None:
    if isinstance(text, dict):  # the variables swapped, on the default file
        with pytest.raises(LLMMisconfiguredError) as caught:
            load_policy_file(None, text)
        _assert_no_key(caught.value)
        return
    assert env is not None
    _error(tmp_path, text, env)
