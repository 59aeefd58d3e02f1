"""What every check returns: problems that name the file and line they are about."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem"]


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One mismatch between the documentation and the code, at ``path:line``.

    ``path`` is relative to the repository root, with forward slashes; ``line`` is 1-based.
    ``detail`` (a diff, a stderr tail) is printed indented under the message.

    >>> str(Problem("docs/a.md", 3, "broken link 'b.md'"))
    "docs/a.md:3: broken link 'b.md'"
    """

    path: str
    line: int
    message: str
    detail: str = ""

    def __str__(self) -> str:
        head = f"{self.path}:{self.line}: {self.message}"
        if not self.detail:
            return head
        body = "\n".join(f"    {line}" for line in self.detail.rstrip("\n").splitlines())
        return f"{head}\n{body}"
