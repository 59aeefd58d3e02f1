"""``python -m tools.calibrate``: which open cases it fits on, over the real golden dataset."""

from __future__ import annotations

import re

import pytest

from tools.calibrate.__main__ import main
from tools.tests._tree import REPO


def _fitted(out: str) -> int:
    match = re.search(r"^fit on open: (\d+) decisions", out, re.MULTILINE)
    assert match is not None, out
    return int(match.group(1))


def test_fit_on_takes_only_the_matching_files(capsys: pytest.CaptureFixture[str]) -> None:
    golden = str(REPO / "golden")
    main(["--golden", golden, "--l2", "1.0", "--check"])
    everything = _fitted(capsys.readouterr().out)
    main(["--golden", golden, "--l2", "1.0", "--check", "--fit-on", "b3_*.jsonl"])
    out = capsys.readouterr().out
    newest = _fitted(out)
    assert 0 < newest < everything
    assert "check on sealed:" in out  # the check still runs over the whole sealed half


def test_a_pattern_that_matches_no_file_is_an_error() -> None:
    with pytest.raises(SystemExit, match="no independent open cases in files matching 'nope'"):
        main(["--golden", str(REPO / "golden"), "--fit-on", "nope", "--check"])
