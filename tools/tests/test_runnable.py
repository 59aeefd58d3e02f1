"""Runnable examples: run, failures reported with file:line and stderr, outputs compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.docs_check import Problem, run_checks
from tools.docs_check._markdown import parse_markdown
from tools.docs_check._runnable import check_runnable
from tools.tests._tree import line_of, write


def run(root: Path) -> list[Problem]:
    return run_checks(root, ["runnable"]).problems


def test_passing_blocks_share_a_working_directory_and_see_repo(tmp_path: Path) -> None:
    write(
        tmp_path,
        "docs/guide.md",
        """
        # Guide

        ```bash runnable
        echo "hello" > note.txt
        test -d "$REPO/docs"
        ```

        ```python runnable
        from pathlib import Path
        print(Path("note.txt").read_text().strip(), "world")
        ```

        ```text output
        hello world
        ```

        ```bash
        this block is not marked runnable, so it is not run
        ```
        """,
    )
    assert run(tmp_path) == []


def test_a_failing_bash_block_is_reported_with_its_stderr(tmp_path: Path) -> None:
    guide = write(
        tmp_path,
        "docs/guide.md",
        """
        # Guide

        ```bash runnable
        echo "about to fail" >&2
        policy-obs-does-not-exist --help
        echo "never printed"
        ```
        """,
    )
    problems = run(tmp_path)
    assert [(p.path, p.line, p.message) for p in problems] == [
        (
            "docs/guide.md",
            line_of(guide, "```bash runnable"),
            "runnable bash block failed with exit status 127",
        )
    ]
    assert "about to fail" in problems[0].detail
    assert "policy-obs-does-not-exist" in problems[0].detail


def test_a_failing_python_block_shows_the_traceback_tail(tmp_path: Path) -> None:
    guide = write(
        tmp_path,
        "docs/guide.md",
        """
        # Guide

        Text before.

        ```python runnable
        import json
        json.loads("{not json")
        ```
        """,
    )
    problems = run(tmp_path)
    assert [(p.path, p.line) for p in problems] == [
        ("docs/guide.md", line_of(guide, "```python runnable"))
    ]
    assert problems[0].message == "runnable python block failed with exit status 1"
    assert "JSONDecodeError" in problems[0].detail
    assert str(problems[0]).startswith(f"docs/guide.md:{line_of(guide, '```python runnable')}: ")


def test_later_blocks_of_a_file_are_not_run_after_a_failure(tmp_path: Path) -> None:
    write(
        tmp_path,
        "docs/guide.md",
        """
        ```bash runnable
        exit 3
        ```

        ```bash runnable
        exit 4
        ```
        """,
    )
    assert [p.message for p in run(tmp_path)] == ["runnable bash block failed with exit status 3"]


def test_a_different_output_is_reported_with_a_diff(tmp_path: Path) -> None:
    guide = write(
        tmp_path,
        "docs/guide.md",
        """
        ```python runnable
        print("p95 latency: 12 ms")
        ```

        ```text output
        p95 latency: 10 ms
        ```
        """,
    )
    problems = run(tmp_path)
    assert [(p.line, p.message) for p in problems] == [
        (
            line_of(guide, "```text output"),
            "the output of the runnable block at line 1 differs from the documented output",
        )
    ]
    assert "-p95 latency: 10 ms" in problems[0].detail
    assert "+p95 latency: 12 ms" in problems[0].detail


def test_a_block_that_runs_too_long_is_stopped(tmp_path: Path) -> None:
    write(tmp_path, "docs/guide.md", "```bash runnable timeout=0.5\nsleep 30\n```\n")
    assert [p.message for p in run(tmp_path)] == ["runnable bash block timed out after 0.5 s"]


def test_platform_variables_are_removed_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEMO_FLAG", "leaked")
    monkeypatch.setenv("OTHER_FLAG", "kept")
    write(
        tmp_path,
        "docs/guide.md",
        '```bash runnable\necho "${DEMO_FLAG:-unset} ${OTHER_FLAG:-unset}"\n```\n\n```text output\nunset kept\n```\n',
    )
    documents = [parse_markdown(tmp_path / "docs/guide.md", tmp_path)]
    assert check_runnable(tmp_path, documents, scrub=frozenset({"DEMO_FLAG"})) == []


def test_markings_that_cannot_work_are_reported(tmp_path: Path) -> None:
    guide = write(
        tmp_path,
        "docs/guide.md",
        """
        ```ruby runnable
        puts 1
        ```

        ```bash
        echo 1
        ```

        ```text output
        1
        ```
        """,
    )
    assert [str(p) for p in run(tmp_path)] == [
        f"docs/guide.md:{line_of(guide, '```ruby')}: cannot run a 'ruby' block (bash, sh, shell or python)",
        f"docs/guide.md:{line_of(guide, '```text output')}: an output block must come right after a runnable block",
    ]
