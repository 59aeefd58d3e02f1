"""``python -m tools.docs_check``, and the real repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.docs_check import CHECKS, run_checks
from tools.docs_check.__main__ import main
from tools.tests._tree import REPO, write


def test_the_repository_documentation_agrees_with_the_code() -> None:
    problems = [str(problem) for problem in run_checks(REPO, CHECKS).problems]
    assert not problems, "\n".join(problems)


def test_problems_are_printed_as_file_line_and_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "docs/a.md", "# A\n\nSee [b](b.md).\n")
    assert main(["--root", str(tmp_path), "--check", "links"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "docs/a.md:3: broken link 'b.md': b.md does not exist\n"
    assert "docs-check: 1 problem(s)" in captured.err


def test_a_clean_tree_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "docs/a.md", "# A\n\nSee [the top](#a).\n")
    assert main(["--root", str(tmp_path), "--check", "links", "--check", "env"]) == 0
    assert capsys.readouterr().err.endswith("docs-check: ok\n")


def test_render_schema_prints_the_guide_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--render-schema", "decision"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!-- schema: decision -->\n| field | type | required | description |\n")
    assert "| `reject_code` | string or null | yes |" in out


def test_an_unknown_check_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown check"):
        run_checks(tmp_path, ["spelling"])
