"""Options of the browser check: a report written by ``policy-eval run`` to open besides the
test's own, and where the screenshots go (``nox -s eval`` passes both)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("policy-eval browser check")
    group.addoption(
        "--html-report",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="also open this report.html (repeatable)",
    )
    group.addoption(
        "--screenshot-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep the screenshots here (default: the test's temporary directory)",
    )
