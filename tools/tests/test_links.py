"""Relative links and anchors."""

from __future__ import annotations

from pathlib import Path

from tools.docs_check import run_checks
from tools.tests._tree import line_of, write


def link_problems(root: Path) -> list[str]:
    return [str(problem) for problem in run_checks(root, ["links"]).problems]


def make_repo(root: Path) -> Path:
    write(
        root,
        "packages/demo/README.md",
        "# Demo\n\n## Settings\n\nBack to [the guide](../../docs/guide.md#top-matter).\n",
    )
    write(root, "packages/demo/src/demo/__init__.py", "")
    return write(
        root,
        "docs/guide.md",
        """
        # Top matter

        See [settings](../packages/demo/README.md#settings), [the code](../packages/demo/src/demo/),
        [below](#a-section-with-code-and-punctuation), [the repeat](#repeat-1), [an id](#custom),
        [a line](../packages/demo/src/demo/__init__.py#L1) and [the web](https://example.com/x.md).

        ## A section, with `code` and punctuation!

        ## Repeat

        ## Repeat

        <a id="custom"></a>

        ```markdown
        [not a link](nowhere.md)
        ```

        Inline `[not a link either](nowhere.md)` code.

        [ref]: ../packages/demo/README.md
        """,
    )


def test_resolving_links_and_anchors_pass(tmp_path: Path) -> None:
    make_repo(tmp_path)
    assert link_problems(tmp_path) == []


def test_a_broken_relative_link_is_reported(tmp_path: Path) -> None:
    guide = make_repo(tmp_path)
    guide.write_text(
        guide.read_text() + "\nRead [the runbook](runbook.md) too.\n", encoding="utf-8"
    )
    assert link_problems(tmp_path) == [
        (
            f"docs/guide.md:{line_of(guide, 'the runbook')}: broken link 'runbook.md': runbook.md "
            "does not exist"
        )
    ]


def test_a_broken_anchor_in_the_same_file_is_reported(tmp_path: Path) -> None:
    guide = make_repo(tmp_path)
    guide.write_text(guide.read_text() + "\nSee [rollback](#roll-back).\n", encoding="utf-8")
    assert link_problems(tmp_path) == [
        (
            f"docs/guide.md:{line_of(guide, '(#roll-back)')}: broken link '#roll-back': no heading "
            "or anchor '#roll-back' in this file"
        )
    ]


def test_a_broken_anchor_in_another_file_is_reported(tmp_path: Path) -> None:
    make_repo(tmp_path)
    readme = tmp_path / "packages/demo/README.md"
    readme.write_text(readme.read_text().replace("#top-matter", "#bottom-matter"), encoding="utf-8")
    assert link_problems(tmp_path) == [
        (
            f"packages/demo/README.md:{line_of(readme, 'bottom-matter')}: broken link "
            "'../../docs/guide.md#bottom-matter': no heading or anchor '#bottom-matter' in "
            "../../docs/guide.md"
        )
    ]


def test_a_broken_reference_definition_and_image_are_reported(tmp_path: Path) -> None:
    guide = make_repo(tmp_path)
    guide.write_text(
        guide.read_text() + "\n![diagram](img/flow.png)\n\n[gone]: ../old.md\n", encoding="utf-8"
    )
    assert link_problems(tmp_path) == [
        (
            f"docs/guide.md:{line_of(guide, 'img/flow.png')}: broken link 'img/flow.png': "
            "img/flow.png does not exist"
        ),
        f"docs/guide.md:{line_of(guide, '[gone]:')}: broken link '../old.md': ../old.md does not exist",
    ]


def test_a_root_readme_link_is_checked(tmp_path: Path) -> None:
    make_repo(tmp_path)
    readme = write(
        tmp_path, "README.md", "# R\n\n| doc | what |\n|---|---|\n| [guide](docs/guides.md) | x |\n"
    )
    assert link_problems(tmp_path) == [
        (
            f"README.md:{line_of(readme, 'docs/guides.md')}: broken link 'docs/guides.md': "
            "docs/guides.md does not exist"
        )
    ]
