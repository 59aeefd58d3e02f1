"""ObservabilitySettings: the one configuration object, and the function that reads it from env.

Every log is off unless its ``<TYPE>_LOG_ENABLED`` is true: a library must not start writing
files into its host's working directory (or user data anywhere) uninvited. An enabled log is
written to ``<POLICY_LOG_DIR>/<log_type>.jsonl`` unless ``<TYPE>_LOG_PATH`` says otherwise.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from policy_observability._types import LogType, parse_log_type
from policy_observability.exceptions import SettingsError, UnknownLogTypeError

__all__ = ["ENV_VARIABLES", "ObservabilitySettings", "settings_from_env"]

DEFAULT_LOG_DIR = "logs"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_BACKUP_COUNT = 5
DEFAULT_RETRY_SECONDS = 30.0

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
_SIZE = re.compile(r"^(\d+)\s*([kmg]i?b?)?$", re.IGNORECASE | re.ASCII)
_COUNT = re.compile(r"^\d+$", re.ASCII)
_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3}

#: Every environment variable ``settings_from_env`` reads, with its default as documented.
ENV_VARIABLES: Mapping[str, str] = MappingProxyType(
    {
        "POLICY_LOG_DIR": DEFAULT_LOG_DIR,
        "POLICY_LOG_MAX_BYTES": str(DEFAULT_MAX_BYTES),
        "POLICY_LOG_BACKUP_COUNT": str(DEFAULT_BACKUP_COUNT),
        "POLICY_LOG_RETRY_SECONDS": str(int(DEFAULT_RETRY_SECONDS)),
        "LOG_USER_TEXT": "false",
        **{f"{kind.env_prefix}_LOG_ENABLED": "false" for kind in LogType},
        **{f"{kind.env_prefix}_LOG_PATH": f"{kind.value}.jsonl" for kind in LogType},
    }
)


@dataclass(frozen=True, slots=True)
class ObservabilitySettings:
    """Which logs are written where, how they rotate, and whether user text may appear.

    ``paths`` overrides a type's file; a relative path (and the default ``<type>.jsonl``) is
    taken relative to ``log_dir``. Rotation happens only when both ``max_bytes`` and
    ``backup_count`` are above zero.

    >>> s = ObservabilitySettings(enabled={"decision"}, log_dir=Path("/var/log/policy"))
    >>> str(s.path_for(LogType.DECISION)), s.is_enabled("assist")
    ('/var/log/policy/decision.jsonl', False)
    """

    enabled: frozenset[LogType] = field(default_factory=frozenset)
    log_dir: Path = Path(DEFAULT_LOG_DIR)
    paths: Mapping[LogType, Path] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    backup_count: int = DEFAULT_BACKUP_COUNT
    log_user_text: bool = False
    retry_seconds: float = DEFAULT_RETRY_SECONDS

    def __post_init__(self) -> None:
        try:
            enabled = frozenset(parse_log_type(kind) for kind in self.enabled)
            paths = {parse_log_type(kind): Path(path) for kind, path in self.paths.items()}
        except UnknownLogTypeError as exc:
            raise SettingsError("enabled/paths", exc.name, "not a log type") from exc
        object.__setattr__(self, "enabled", enabled)
        object.__setattr__(self, "paths", MappingProxyType(paths))
        object.__setattr__(self, "log_dir", Path(self.log_dir))
        _check_int("POLICY_LOG_MAX_BYTES", self.max_bytes)
        _check_int("POLICY_LOG_BACKUP_COUNT", self.backup_count)
        retry = self.retry_seconds
        if isinstance(retry, bool) or not isinstance(retry, int | float) or not 0 <= retry < 1e9:
            raise SettingsError("POLICY_LOG_RETRY_SECONDS", retry, "must be a number >= 0")
        for variable, path in [("POLICY_LOG_DIR", self.log_dir), *_path_items(paths)]:
            if "\x00" in str(path):
                raise SettingsError(variable, str(path), "must not contain a NUL character")

    def is_enabled(self, log_type: LogType | str) -> bool:
        """Whether a log type is switched on."""
        return parse_log_type(log_type) in self.enabled

    def path_for(self, log_type: LogType | str) -> Path:
        """The file a log type is written to (relative paths are under ``log_dir``)."""
        kind = parse_log_type(log_type)
        return self.log_dir / self.paths.get(kind, Path(f"{kind.value}.jsonl"))

    @property
    def rotation_enabled(self) -> bool:
        """Whether files rotate (both ``max_bytes`` and ``backup_count`` above zero)."""
        return self.max_bytes > 0 and self.backup_count > 0


def _path_items(paths: Mapping[LogType, Path]) -> list[tuple[str, Path]]:
    return [(f"{kind.env_prefix}_LOG_PATH", path) for kind, path in paths.items()]


def _check_int(variable: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(variable, value, "must be an integer >= 0")


def _read(env: Mapping[str, str], name: str) -> str | None:
    # Unset and set-but-empty (VAR= in a compose file) both mean "use the default".
    raw = env.get(name)
    if raw is None or not raw.strip():
        return None
    if "\x00" in raw:
        raise SettingsError(name, raw.strip(), "must not contain a NUL character")
    return raw.strip()


def _parse_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _read(env, name)
    if raw is None:
        return default
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise SettingsError(name, raw, "expected one of true/false, 1/0, yes/no, on/off")


def _parse_size(env: Mapping[str, str], name: str, default: int) -> int:
    raw = _read(env, name)
    if raw is None:
        return default
    match = _SIZE.match(raw)
    if match is None:
        raise SettingsError(name, raw, "expected a byte count >= 0, e.g. 10485760 or 10M")
    unit = (match.group(2) or " ")[0].lower()
    return int(match.group(1)) * _UNITS.get(unit, 1)


def _parse_count(env: Mapping[str, str], name: str, default: int) -> int:
    raw = _read(env, name)
    if raw is None:
        return default
    if not _COUNT.match(raw):
        raise SettingsError(name, raw, "expected an integer >= 0")
    return int(raw)


def _parse_seconds(env: Mapping[str, str], name: str, default: float) -> float:
    raw = _read(env, name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < 1e9:
        raise SettingsError(name, raw, "expected a number of seconds >= 0")
    return value


def _absolute(path: str) -> Path:
    return Path(os.path.expanduser(path)).absolute()


def settings_from_env(environ: Mapping[str, str] | None = None) -> ObservabilitySettings:
    """Build the settings from environment variables (``os.environ`` by default).

    A relative ``POLICY_LOG_DIR`` is resolved against the current directory now, so a later
    ``chdir`` does not move the logs. See ``ENV_VARIABLES`` for every name and default.

    >>> s = settings_from_env({"DECISION_LOG_ENABLED": "true", "POLICY_LOG_DIR": "/srv/logs"})
    >>> [kind.value for kind in s.enabled], str(s.path_for("decision"))
    (['decision'], '/srv/logs/decision.jsonl')
    """
    env = os.environ if environ is None else environ
    enabled: set[LogType] = set()
    paths: dict[LogType, Path] = {}
    for kind in LogType:
        if _parse_bool(env, f"{kind.env_prefix}_LOG_ENABLED", default=False):
            enabled.add(kind)
        path = _read(env, f"{kind.env_prefix}_LOG_PATH")
        if path is not None:
            paths[kind] = Path(os.path.expanduser(path))
    return ObservabilitySettings(
        enabled=frozenset(enabled),
        log_dir=_absolute(_read(env, "POLICY_LOG_DIR") or DEFAULT_LOG_DIR),
        paths=paths,
        max_bytes=_parse_size(env, "POLICY_LOG_MAX_BYTES", DEFAULT_MAX_BYTES),
        backup_count=_parse_count(env, "POLICY_LOG_BACKUP_COUNT", DEFAULT_BACKUP_COUNT),
        log_user_text=_parse_bool(env, "LOG_USER_TEXT", default=False),
        retry_seconds=_parse_seconds(env, "POLICY_LOG_RETRY_SECONDS", DEFAULT_RETRY_SECONDS),
    )
