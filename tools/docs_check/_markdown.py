"""Just enough Markdown reading for the checks: fences, tables, headings, links and markers.

Every element keeps the 1-based line it starts on, so a problem can name ``file:line``. Tables,
headings, links and markers are read only outside fenced code blocks, and links only outside
inline code spans.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Document",
    "Fence",
    "Heading",
    "Link",
    "Marker",
    "Row",
    "Table",
    "doc_files",
    "github_slug",
    "parse_markdown",
    "plain_cell",
]

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")
_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_DELIMITER_CELL = re.compile(r"^\s*:?-{1,}:?\s*$")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
_INLINE_LINK = re.compile(
    r"\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<target>\S+?)>?(?:\s+.*)?$")
_MARKER = re.compile(r"<!--\s*(?P<kind>[a-z][a-z-]*):\s*(?P<argument>[^>]*?)\s*-->")
_HTML_ANCHOR = re.compile(r"<a\s+(?:[^>]*\s)?(?:id|name)=\"(?P<anchor>[^\"]+)\"", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fence:
    """A fenced code block: its info string split into words, and its body."""

    line: int  # the opening fence
    words: tuple[str, ...]  # ("bash", "runnable"), ("json",), ()
    body: str

    @property
    def language(self) -> str:
        """The first word of the info string, lower case ('' when there is none)."""
        return self.words[0].lower() if self.words else ""

    @property
    def end_line(self) -> int:
        """The line of the closing fence (or of the last line, for an unclosed one)."""
        return self.line + self.body.count("\n") + 1


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: its line and its cells (``\\|`` already unescaped)."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table: the header row and the body rows."""

    line: int  # the header row
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def end_line(self) -> int:
        """The line of the last row."""
        return self.rows[-1].line if self.rows else self.line + 1


@dataclass(frozen=True, slots=True)
class Heading:
    """An ATX heading and the anchor GitHub gives it."""

    line: int
    level: int
    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Link:
    """The target of an inline link, image or reference definition."""

    line: int
    target: str


@dataclass(frozen=True, slots=True)
class Marker:
    """An HTML comment ``<!-- kind: argument -->`` that tells docs-check what follows."""

    line: int
    kind: str
    argument: str


@dataclass(slots=True)
class Document:
    """One Markdown file, read into the elements the checks look at."""

    path: Path
    relative: str  # to the repository root, with forward slashes
    lines: list[str]
    fences: list[Fence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)


def doc_files(root: Path) -> list[Path]:
    """The Markdown files docs-check reads: README.md, docs/**/*.md, packages/*/README.md."""
    files = [root / "README.md"] if (root / "README.md").is_file() else []
    docs = root / "docs"
    if docs.is_dir():
        files += sorted(path for path in docs.rglob("*.md") if path.is_file())
    files += sorted(path for path in root.glob("packages/*/README.md") if path.is_file())
    return files


def plain_cell(cell: str) -> str:
    """A table cell without code-span backticks, bold markers and surrounding space."""
    return cell.replace("`", "").replace("**", "").strip()


def github_slug(text: str) -> str:
    """The anchor GitHub derives from a heading's text (before de-duplication).

    Lower case; letters, digits, marks, ``-`` and ``_`` are kept, every space becomes ``-``,
    everything else is dropped.

    >>> github_slug("Aggregation: `policy-obs aggregate`")
    'aggregation-policy-obs-aggregate'
    >>> github_slug("Roll back (kill switch)")
    'roll-back-kill-switch'
    """
    rendered = _rendered_text(text).strip().lower()
    kept = []
    for char in rendered:
        if char == " ":
            kept.append("-")
        elif char in "-_" or unicodedata.category(char)[0] in "LMN":
            kept.append(char)
    return "".join(kept)


def _rendered_text(text: str) -> str:
    """Roughly what GitHub renders of inline Markdown: link text, code without backticks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("`", "").replace("**", "").replace("*", "")


def _split_row(line: str) -> tuple[str, ...]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = re.split(r"(?<!\\)\|", body)
    return tuple(cell.replace("\\|", "|").strip() for cell in cells)


def _is_delimiter(line: str) -> bool:
    if "-" not in line or not line.strip().startswith("|"):
        return False
    return all(_DELIMITER_CELL.match(cell) for cell in _split_row(line))


def _without_code_spans(line: str) -> str:
    return _CODE_SPAN.sub(lambda match: " " * len(match.group(0)), line)


def parse_markdown(path: Path, root: Path) -> Document:
    """Read ``path`` (a Markdown file under ``root``) into a ``Document``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:  # a link that leaves the repository
        relative = path.as_posix()
    document = Document(path=path, relative=relative, lines=lines)
    seen_slugs: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        fence = _FENCE_OPEN.match(line)
        if fence is not None and not (fence.group("mark")[0] == "`" and "`" in fence["info"]):
            index = _read_fence(document, lines, index, fence)
            continue
        if (
            line.lstrip().startswith("|")
            and index + 1 < len(lines)
            and _is_delimiter(lines[index + 1])
        ):
            index = _read_table(document, lines, index)
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            anchor = github_slug(heading["text"])
            count = seen_slugs.get(anchor, 0)
            seen_slugs[anchor] = count + 1
            unique = anchor if count == 0 else f"{anchor}-{count}"
            document.headings.append(
                Heading(number, len(heading["hashes"]), heading["text"], unique)
            )
            document.anchors.add(unique)
        _read_inline(document, line, number)
        index += 1
    return document


def _read_inline(document: Document, line: str, number: int) -> None:
    for marker in _MARKER.finditer(line):
        document.markers.append(Marker(number, marker["kind"], marker["argument"]))
    for anchor in _HTML_ANCHOR.finditer(line):
        document.anchors.add(anchor["anchor"])
    text = _without_code_spans(line)
    definition = _REFERENCE_DEFINITION.match(text)
    if definition is not None:
        document.links.append(Link(number, definition["target"]))
        return
    for link in _INLINE_LINK.finditer(text):
        document.links.append(Link(number, link["target"]))


def _read_fence(document: Document, lines: list[str], start: int, opening: re.Match[str]) -> int:
    indent = len(opening["indent"])
    mark = opening["mark"]
    body: list[str] = []
    index = start + 1
    while index < len(lines):
        candidate = lines[index].strip()
        if candidate.startswith(mark) and set(candidate) == {mark[0]}:
            break
        text = lines[index]
        body.append(text[indent:] if text[:indent].strip() == "" else text.lstrip())
        index += 1
    words = tuple(opening["info"].split())
    document.fences.append(Fence(start + 1, words, "".join(f"{line}\n" for line in body)))
    return index + 1


def _read_table(document: Document, lines: list[str], start: int) -> int:
    header = _split_row(lines[start])
    _read_inline(document, lines[start], start + 1)
    rows: list[Row] = []
    index = start + 2
    while index < len(lines) and lines[index].lstrip().startswith("|"):
        rows.append(Row(index + 1, _split_row(lines[index])))
        _read_inline(document, lines[index], index + 1)
        index += 1
    document.tables.append(Table(start + 1, header, tuple(rows)))
    return index
