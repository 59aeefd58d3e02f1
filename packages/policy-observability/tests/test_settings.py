"""Settings from the environment: defaults, every variable, and typed errors naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_observability import (
    ENV_VARIABLES,
    LogType,
    ObservabilitySettings,
    SettingsError,
    settings_from_env,
)


def test_defaults_write_nothing_and_keep_user_text_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = settings_from_env({})
    assert settings.enabled == frozenset()
    assert settings.log_dir == tmp_path / "logs"
    assert settings.max_bytes == 10 * 1024 * 1024
    assert settings.backup_count == 5
    assert settings.log_user_text is False
    assert settings.retry_seconds == 30.0
    assert settings.rotation_enabled
    for kind in LogType:
        assert settings.path_for(kind) == tmp_path / "logs" / f"{kind.value}.jsonl"


def test_the_documented_defaults_are_the_real_ones(tmp_path: Path) -> None:
    documented = settings_from_env(dict(ENV_VARIABLES) | {"POLICY_LOG_DIR": str(tmp_path)})
    default = settings_from_env({"POLICY_LOG_DIR": str(tmp_path)})
    fields = ("enabled", "log_dir", "max_bytes", "backup_count", "log_user_text", "retry_seconds")
    assert [getattr(documented, f) for f in fields] == [getattr(default, f) for f in fields]
    assert [documented.path_for(k) for k in LogType] == [default.path_for(k) for k in LogType]


@pytest.mark.parametrize("kind", list(LogType))
def test_each_log_type_has_its_own_switch_and_path(kind: LogType, tmp_path: Path) -> None:
    env = {
        f"{kind.env_prefix}_LOG_ENABLED": "true",
        f"{kind.env_prefix}_LOG_PATH": "custom/x.jsonl",
        "POLICY_LOG_DIR": str(tmp_path),
    }
    settings = settings_from_env(env)
    assert settings.enabled == {kind}
    assert settings.path_for(kind) == tmp_path / "custom" / "x.jsonl"
    others = [other for other in LogType if other is not kind]
    assert all(settings.path_for(o) == tmp_path / f"{o.value}.jsonl" for o in others)


def test_an_absolute_type_path_ignores_the_directory(tmp_path: Path) -> None:
    settings = settings_from_env(
        {"DECISION_LOG_PATH": "/var/log/audit.jsonl", "POLICY_LOG_DIR": str(tmp_path)}
    )
    assert settings.path_for("decision") == Path("/var/log/audit.jsonl")


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("POLICY_LOG_MAX_BYTES", "1048576", "max_bytes", 1048576),
        ("POLICY_LOG_MAX_BYTES", "64K", "max_bytes", 65536),
        ("POLICY_LOG_MAX_BYTES", "10MiB", "max_bytes", 10 * 1024 * 1024),
        ("POLICY_LOG_MAX_BYTES", "1g", "max_bytes", 1024**3),
        ("POLICY_LOG_MAX_BYTES", "0", "max_bytes", 0),
        ("POLICY_LOG_BACKUP_COUNT", "12", "backup_count", 12),
        ("POLICY_LOG_BACKUP_COUNT", "0", "backup_count", 0),
        ("POLICY_LOG_RETRY_SECONDS", "2.5", "retry_seconds", 2.5),
        ("LOG_USER_TEXT", "true", "log_user_text", True),
        ("LOG_USER_TEXT", "YES", "log_user_text", True),
        ("LOG_USER_TEXT", "1", "log_user_text", True),
        ("LOG_USER_TEXT", "off", "log_user_text", False),
        ("LOG_USER_TEXT", "", "log_user_text", False),  # set but empty: the default
        ("LOG_USER_TEXT", "  on  ", "log_user_text", True),
    ],
)
def test_each_variable(variable: str, value: str, field: str, expected: object) -> None:
    assert getattr(settings_from_env({variable: value}), field) == expected


def test_rotation_needs_both_size_and_count() -> None:
    assert not settings_from_env({"POLICY_LOG_MAX_BYTES": "0"}).rotation_enabled
    assert not settings_from_env({"POLICY_LOG_BACKUP_COUNT": "0"}).rotation_enabled


def test_a_relative_directory_is_fixed_when_the_settings_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = settings_from_env({"POLICY_LOG_DIR": "var/obs"})
    monkeypatch.chdir("/")
    assert settings.path_for("assist") == tmp_path / "var" / "obs" / "assist.jsonl"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("POLICY_LOG_MAX_BYTES", "-1"),
        ("POLICY_LOG_MAX_BYTES", "ten"),
        ("POLICY_LOG_MAX_BYTES", "10 TB"),
        ("POLICY_LOG_MAX_BYTES", "1.5M"),
        ("POLICY_LOG_BACKUP_COUNT", "-3"),
        ("POLICY_LOG_BACKUP_COUNT", "3.0"),
        ("POLICY_LOG_BACKUP_COUNT", "²"),
        ("POLICY_LOG_RETRY_SECONDS", "soon"),
        ("POLICY_LOG_RETRY_SECONDS", "-1"),
        ("POLICY_LOG_RETRY_SECONDS", "nan"),
        ("POLICY_LOG_RETRY_SECONDS", "inf"),
        ("LOG_USER_TEXT", "maybe"),
        ("SHADOW_ROUTER_LOG_ENABLED", "enabled"),
        ("DECISION_LOG_ENABLED", "2"),
        ("POLICY_LOG_DIR", "logs\x00x"),
        ("ASSIST_LOG_PATH", "a\x00b.jsonl"),
    ],
)
def test_bad_values_raise_a_typed_error_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_env({variable: value})
    assert caught.value.variable == variable
    assert caught.value.value == value.strip()
    assert variable in str(caught.value)


def test_settings_built_in_code_are_validated_too() -> None:
    with pytest.raises(SettingsError) as caught:
        ObservabilitySettings(max_bytes=-5)
    assert caught.value.variable == "POLICY_LOG_MAX_BYTES"
    with pytest.raises(SettingsError):
        ObservabilitySettings(enabled=frozenset({"nope"}))  # type: ignore[arg-type]
    assert ObservabilitySettings(enabled=frozenset({"assist"})).is_enabled(LogType.ASSIST)  # type: ignore[arg-type]


def test_settings_are_immutable() -> None:
    settings = ObservabilitySettings()
    with pytest.raises(AttributeError):
        settings.max_bytes = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.paths[LogType.ASSIST] = Path("x")  # type: ignore[index]


def test_env_variables_lists_every_name_the_code_reads() -> None:
    names = set(ENV_VARIABLES)
    assert {f"{k.env_prefix}_LOG_ENABLED" for k in LogType} <= names
    assert {f"{k.env_prefix}_LOG_PATH" for k in LogType} <= names
    assert {
        "POLICY_LOG_DIR",
        "POLICY_LOG_MAX_BYTES",
        "POLICY_LOG_BACKUP_COUNT",
        "LOG_USER_TEXT",
    } <= names
    assert len(names) == 12 + 5
