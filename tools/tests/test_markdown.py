"""The Markdown reading the checks rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.docs_check._markdown import github_slug, parse_markdown
from tools.tests._tree import write


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Record schemas", "record-schemas"),
        ("Aggregation: `policy-obs aggregate`", "aggregation-policy-obs-aggregate"),
        ("`pipeline_latency`", "pipeline_latency"),
        ("Go / no-go", "go--no-go"),
        ("Runbook: rolling out partial trust", "runbook-rolling-out-partial-trust"),
        ("See [the guide](guide.md) first", "see-the-guide-first"),
        ("Журнал решений", "журнал-решений"),
        ("Update the baseline (deliberately)", "update-the-baseline-deliberately"),
    ],
)
def test_github_anchors(heading: str, anchor: str) -> None:
    assert github_slug(heading) == anchor


def test_elements_keep_their_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "doc.md",
        """
        # Title

        <!-- schema: decision -->
        | field | type \\| kind | required |
        |---|:---:|--:|
        | `a` | `x \\| y` | yes |

        ```bash runnable timeout=5
        | not | a | table |
        # not a heading
        ```

        ## Title
        """,
    )
    document = parse_markdown(path, tmp_path)
    assert [(h.line, h.anchor) for h in document.headings] == [(1, "title"), (13, "title-1")]
    assert [(m.line, m.kind, m.argument) for m in document.markers] == [(3, "schema", "decision")]
    (table,) = document.tables
    assert table.line == 4
    assert table.header == ("field", "type | kind", "required")
    assert [(row.line, row.cells) for row in table.rows] == [(6, ("`a`", "`x | y`", "yes"))]
    (fence,) = document.fences
    assert (fence.line, fence.language, fence.words[1:]) == (8, "bash", ("runnable", "timeout=5"))
    assert fence.body == "| not | a | table |\n# not a heading\n"


def test_a_longer_fence_holds_a_shorter_one(tmp_path: Path) -> None:
    path = write(tmp_path, "doc.md", "````\n```bash runnable\nexit 1\n```\n````\n")
    (fence,) = parse_markdown(path, tmp_path).fences
    assert fence.words == ()
    assert "```bash runnable" in fence.body
