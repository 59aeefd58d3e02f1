"""policy-decide: a CommandDTO in (file or stdin), a DecisionDTO out; exit 2 on invalid input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import sysconfig
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from policy_core import CONTRACT_VERSION
from policy_core._cli import main
from policy_core._schemas import schema_validator
from policy_core.testing import make_command


def _write(tmp_path: Path, document: Any, name: str = "command.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _decision(stdout: str) -> dict[str, Any]:
    """stdout holds exactly one schema-valid DecisionDTO."""
    assert stdout.endswith("\n")
    assert stdout.count("\n") == 1
    document: dict[str, Any] = json.loads(stdout)
    assert not list(schema_validator("decision").iter_errors(document))
    return document


def _feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("POLICY_"):
            monkeypatch.delenv(name)


# --- in process --------------------------------------------------------------------------


def test_a_file_gives_a_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, make_command("Купи 2 литра молока", command_id="cmd-file"))
    assert main([str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    document = _decision(out)
    assert document["command_id"] == "cmd-file"
    # one document, keys sorted, non-ASCII written as itself
    assert out == json.dumps(document, ensure_ascii=False, sort_keys=True) + "\n"


@pytest.mark.parametrize("argv", [[], ["-"]], ids=["no-argument", "dash"])
def test_stdin_gives_a_decision(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    command = make_command("remind Tom to take out the trash tomorrow", command_id="cmd-stdin")
    _feed_stdin(monkeypatch, json.dumps(command).encode("utf-8"))
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert _decision(out)["command_id"] == "cmd-stdin"


def test_a_byte_order_mark_is_tolerated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _feed_stdin(monkeypatch, b"\xef\xbb\xbf" + json.dumps(make_command()).encode("utf-8"))
    assert main([]) == 0
    _decision(capsys.readouterr().out)


def test_deterministic_ids_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, make_command())
    assert main(["--deterministic-ids", str(path)]) == 0
    first = _decision(capsys.readouterr().out)
    assert main([str(path), "--deterministic-ids"]) == 0
    second = _decision(capsys.readouterr().out)
    assert first["decision_id"] == second["decision_id"]
    assert first["trace_id"] == second["trace_id"]
    assert main([str(path)]) == 0
    random = _decision(capsys.readouterr().out)
    assert random["decision_id"] != first["decision_id"]


def test_settings_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, make_command())
    monkeypatch.setenv("POLICY_DETERMINISTIC_IDS", "true")
    assert main([str(path)]) == 0
    first = _decision(capsys.readouterr().out)
    assert main([str(path)]) == 0
    assert _decision(capsys.readouterr().out)["decision_id"] == first["decision_id"]

    monkeypatch.setenv("POLICY_MAX_TEXT_LENGTH", "5")
    assert main([_write(tmp_path, make_command("купи молоко и хлеб"), "long.json").as_posix()]) == 0
    rejected = _decision(capsys.readouterr().out)
    assert rejected["action"] == "reject"
    assert rejected["payload"]["code"] == "text_too_long"


@pytest.mark.parametrize(
    ("name", "value"),
    [("POLICY_MAX_TEXT_LENGTH", "many"), ("POLICY_DETERMINISTIC_IDS", "perhaps")],
)
def test_invalid_settings_exit_2(
    name: str,
    value: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(name, value)
    assert main([str(_write(tmp_path, make_command()))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert name in err
    assert value in err


def _violation_lines(err: str) -> list[tuple[str, str]]:
    lines = err.splitlines()
    assert lines
    pairs = []
    for line in lines:
        pointer, sep, message = line.partition(": ")
        assert sep, line
        assert pointer.startswith("/"), line
        assert message, line
        pairs.append((pointer, message))
    return pairs


def test_every_violation_is_a_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = make_command()
    del command["user_id"]
    command["timestamp"] = "yesterday"
    command["context"]["household"]["members"][0]["user_id"] = 5
    command["a/b"] = 1
    assert main([str(_write(tmp_path, command))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    pointers = [pointer for pointer, _ in _violation_lines(err)]
    assert pointers == [
        "/a~1b",
        "/context/household/members/0/user_id",
        "/timestamp",
        "/user_id",
    ]


def test_a_violation_never_spans_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = make_command()
    command["two\nlines"] = 1
    assert main([str(_write(tmp_path, command))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert _violation_lines(err) == [("/two\\nlines", "is not an allowed property")]


def _main_in_a_thread(argv: list[str]) -> object:
    """``main(argv)`` on a fresh thread: its stack starts empty, so how deep a document may be
    nested before Python's recursion limit is the same under any test runner."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(main(argv))
        except BaseException as exc:  # the test reports whatever escaped
            result.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result[0]


@pytest.mark.parametrize("field", ["text", "workload_score"])
def test_deep_nesting_exits_2_naming_the_field(
    field: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = make_command()
    if field == "text":
        command["text"] = "@"
    else:
        command["context"]["household"]["members"][0]["workload_score"] = "@"
    template = json.dumps(command)
    # Around Python's recursion limit, where formatting the value once raised RecursionError.
    for depth in range(900, 1_020):
        path = tmp_path / f"deep-{depth}.json"
        path.write_text(template.replace('"@"', '{"a": ' * depth + "1" + "}" * depth))
        assert _main_in_a_thread([str(path)]) == 2, depth
        out, err = capsys.readouterr()
        assert out == ""
        ((pointer, message),) = _violation_lines(err)
        assert len(err) < 1_000
        if pointer != "/":  # past the JSON parser's own limit, the whole document
            assert field in pointer, depth
        assert "nested" in message, (depth, message)


def test_a_huge_value_is_quoted_short_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = make_command()
    command["timestamp"] = "private words " * 1_000_000
    assert main([str(_write(tmp_path, command))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    ((pointer, message),) = _violation_lines(err)
    assert pointer == "/timestamp"
    assert len(err) < 1_000
    assert "(14,000,000 characters)" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{", "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"text": NaN}', "NaN"),
        (b'{"text": "\xff"}', "not valid UTF-8"),
        (b"\xfe\xff\x00{", "not valid UTF-8"),
        (b"[]", "object"),
        (b"null", "object"),
    ],
    ids=["truncated", "empty", "nan", "latin-1-byte", "utf-16", "array", "null"],
)
def test_unreadable_input_exits_2(
    content: bytes, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main([str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    ((pointer, message),) = _violation_lines(err)
    assert pointer == "/"  # the whole document
    assert words in message


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_a_file_that_cannot_be_read_exits_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nowhere.json" if kind == "missing" else tmp_path
    assert main([str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    ((pointer, message),) = _violation_lines(err)
    assert pointer == "/"
    assert "cannot read" in message
    assert str(path) in message


def test_a_lone_surrogate_still_gives_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "\ud800" is a legal JSON escape for a character UTF-8 cannot carry.
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(make_command("купи \ud800 молоко")), encoding="ascii")
    assert main([str(path)]) in (0, 2)
    out, err = capsys.readouterr()
    if out:
        _decision(out)
    else:
        _violation_lines(err)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"policy-decide {version('policy-core')} (contract {CONTRACT_VERSION})"


def test_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--deterministic-ids" in capsys.readouterr().out
    assert main(["--no-such-flag"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: policy-decide" in err
    assert main(["a.json", "b.json"]) == 2


# --- the installed console script --------------------------------------------------------


def _script() -> Path:
    name = "policy-decide.exe" if os.name == "nt" else "policy-decide"
    script = Path(sysconfig.get_path("scripts")) / name
    assert script.exists(), f"the policy-decide console script is not installed at {script}"
    return script


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_")}
    return subprocess.run(
        [str(_script()), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env={**environment, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )


def test_the_script_decides_a_file(tmp_path: Path) -> None:
    path = _write(tmp_path, make_command("Купи 2 литра молока и хлеб", command_id="cmd-script"))
    result = _run("--deterministic-ids", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    document = _decision(result.stdout.decode("utf-8"))
    assert document["command_id"] == "cmd-script"


def test_the_script_reads_stdin_and_refuses_invalid_input() -> None:
    command = make_command("remind Tom to take out the trash tomorrow", command_id="cmd-pipe")
    ok = _run(stdin=json.dumps(command).encode("utf-8"))
    assert ok.returncode == 0, ok.stderr.decode()
    assert _decision(ok.stdout.decode("utf-8"))["command_id"] == "cmd-pipe"

    del command["text"]
    command["capabilities"] = []
    bad = _run("-", stdin=json.dumps(command).encode("utf-8"))
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert [pointer for pointer, _ in _violation_lines(bad.stderr.decode("utf-8"))] == [
        "/capabilities",
        "/text",
    ]
