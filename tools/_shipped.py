"""What the model fitters (``tools.calibrate``, ``tools.evidence``) share: the golden cases
they read, their common options, and writing a fitted model over the shipped file or checking
that it is up to date."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from policy_eval import Dataset, GoldenCase, load_golden


def golden_cases(
    golden: Path | Dataset, split: str, *, files: str = "*", exclude: str = ""
) -> list[GoldenCase]:
    """The cases of ``split`` ("open", "sealed" or "all") in the files whose name matches the
    shell pattern ``files`` and not ``exclude`` (empty: none left out); ``golden`` is the
    directory, or the dataset already loaded from it (a fitter that reads several splits loads
    it once)."""
    loaded = golden if isinstance(golden, Dataset) else load_golden(golden)
    dataset = loaded.split(split)  # type: ignore[arg-type]
    return [
        case
        for case in dataset.cases
        if fnmatch(name := PurePosixPath(case.source).name, files)
        and not (exclude and fnmatch(name, exclude))
    ]


def fitter_parser(prog: str) -> argparse.ArgumentParser:
    """A parser with the options every fitter takes: ``--golden`` and ``--check``."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--golden", type=Path, default=Path("golden"))
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    return parser


def write_or_check(
    name: str,
    target: Path,
    fitted: Mapping[str, object],
    agrees: Callable[[Mapping[str, object]], bool],
    *,
    check: bool,
    ensure_ascii: bool = True,
    indent: int = 2,
) -> int:
    """Write ``fitted`` (a model's JSON form) to ``target``; with ``check``, write nothing and
    return 1 unless the shipped file's JSON form ``agrees`` with the fit."""
    if check:
        same = agrees(json.loads(target.read_text("utf-8")))
        print(f"{name}: up to date" if same else f"{name}: stale, rerun without --check")
        return 0 if same else 1
    text = json.dumps(fitted, ensure_ascii=ensure_ascii, indent=indent) + "\n"
    target.write_text(text, encoding="utf-8")
    print(f"written: {target}")
    return 0
