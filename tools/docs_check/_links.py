"""Relative links: every one must reach a file or folder, and every #anchor a heading.

Links with a scheme (``https:``, ``mailto:``) are not followed. An anchor is checked against
the headings of the target Markdown file (GitHub's anchors, ``-1``/``-2`` for repeated
headings) and its ``<a id="...">`` tags; ``#L10``-style line anchors are accepted on any file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

from tools.docs_check._markdown import Document, parse_markdown
from tools.docs_check._problems import Problem

__all__ = ["check_links"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_LINE_ANCHOR = re.compile(r"^L\d+(?:-L\d+)?$")


def check_links(root: Path, documents: Sequence[Document]) -> list[Problem]:
    """Every relative link and anchor in ``documents`` resolves."""
    by_path = {document.path.resolve(): document for document in documents}
    problems: list[Problem] = []
    for document in documents:
        for link in document.links:
            target = link.target.strip()
            if not target or _SCHEME.match(target) or target.startswith("//"):
                continue
            path_part, _, anchor = target.partition("#")
            path_part = unquote(path_part.split("?", 1)[0])
            if path_part:
                resolved = (
                    (root / path_part.lstrip("/"))
                    if path_part.startswith("/")
                    else (document.path.parent / path_part)
                )
                if not resolved.exists():
                    problems.append(
                        Problem(
                            document.relative,
                            link.line,
                            f"broken link '{target}': {path_part} does not exist",
                        )
                    )
                    continue
            else:
                resolved = document.path
            if not anchor:
                continue
            anchor = unquote(anchor)
            if resolved.is_dir() or resolved.suffix.lower() != ".md":
                if _LINE_ANCHOR.match(anchor) or resolved.is_dir():
                    continue
                problems.append(
                    Problem(
                        document.relative,
                        link.line,
                        f"broken link '{target}': no anchors in {path_part}",
                    )
                )
                continue
            key = resolved.resolve()
            if key not in by_path:
                by_path[key] = parse_markdown(resolved, root)
            if anchor not in by_path[key].anchors:
                where = "this file" if resolved == document.path else path_part
                problems.append(
                    Problem(
                        document.relative,
                        link.line,
                        f"broken link '{target}': no heading or anchor '#{anchor}' in {where}",
                    )
                )
    return problems
