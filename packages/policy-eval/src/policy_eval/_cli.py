"""``policy-eval``: validate the golden dataset, run the evaluation, gate on the baseline.

Exit status: 0 ok; 1 a regression beyond tolerance (with ``--fail-on-regression``) or a
failed ``--min``/``--max`` threshold; 2 bad input or usage (an invalid dataset, baseline or
option). With an invalid dataset no report is written and stale ones are removed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from policy_core import PolicyError
from policy_eval._baseline import baseline_document, load_baseline, write_json
from policy_eval._cache import ResponseCache
from policy_eval._cases import SPLITS
from policy_eval._console import gate_lines, summary_lines
from policy_eval._dataset import check_golden
from policy_eval._evaluate import evaluate
from policy_eval._gate import check_gate, parse_thresholds, parse_tolerances
from policy_eval._metrics import METRICS
from policy_eval._policies import discover_policies, select_policies
from policy_eval._progress import progress_for
from policy_eval._report import build_report, write_reports
from policy_eval._runner import DEFAULT_CONCURRENCY
from policy_eval._slice import Bucket, parse_bucket

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_REGRESSION", "main"]

EXIT_OK: Final = 0
EXIT_REGRESSION: Final = 1
EXIT_BAD_INPUT: Final = 2
_REPORT_FILES: Final = ("report.json", "report.md")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _bucket(text: str) -> Bucket:
    try:
        return parse_bucket(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-eval",
        description="Golden-dataset evaluation of HomeTask policies.",
        epilog="exit status: 0 ok, 1 regression or failed threshold, 2 bad input or usage",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser("validate", help="check every golden case; report all problems")
    validate.add_argument("--golden", type=Path, default=Path("golden"), help="golden directory")
    commands.add_parser("metrics", help="list the metrics, their direction and default tolerance")
    run = commands.add_parser("run", help="evaluate the policies and write the reports")
    run.add_argument("--golden", type=Path, default=Path("golden"), help="golden directory")
    run.add_argument("--report-dir", type=Path, default=Path("reports"), help="where reports go")
    run.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="which cases: all (default), open (cases/) or sealed (sealed/, report only)",
    )
    run.add_argument(
        "--bucket",
        type=_bucket,
        metavar="B/N",
        help="only the cases whose sha256(id) is B modulo N: a fixed slice (after --split)",
    )
    run.add_argument(
        "--policy",
        action="append",
        metavar="NAME",
        help="evaluate this policy (repeatable or comma-separated; default: every one "
        "available). The deterministic policy always runs, as the reference.",
    )
    run.add_argument("--baseline", type=Path, help="baseline (or earlier report.json) to gate on")
    run.add_argument(
        "--fail-on-regression", action="store_true", help="exit 1 when a metric regresses"
    )
    run.add_argument("--tolerance", action="append", default=[], metavar="METRIC=VALUE")
    run.add_argument("--min", action="append", default=[], metavar="[POLICY:]METRIC=VALUE")
    run.add_argument("--max", action="append", default=[], metavar="[POLICY:]METRIC=VALUE")
    run.add_argument(
        "--concurrency",
        type=_positive,
        default=DEFAULT_CONCURRENCY,
        help=f"cases in flight at once for LLM policies (default {DEFAULT_CONCURRENCY})",
    )
    run.add_argument("--cache-dir", type=Path, help="cache LLM responses in this directory")
    run.add_argument("--write-baseline", type=Path, metavar="FILE", help="write a baseline here")
    run.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    try:
        if args.command == "validate":
            return _validate(args.golden)
        if args.command == "metrics":
            return _metrics()
        return _run(args)
    except PolicyError as exc:
        _error(str(exc))
        return EXIT_BAD_INPUT


def _error(message: str) -> None:
    print(f"policy-eval: error: {message}", file=sys.stderr)


def _validate(golden: Path) -> int:
    check = check_golden(golden)
    for issue in check.issues:
        print(issue, file=sys.stderr)
    if check.issues:
        _error(f"{len(check.issues)} problem(s) in {golden}")
        return EXIT_BAD_INPUT
    dataset = check.dataset
    sealed = len(dataset.split("sealed").cases)
    held = f"; {sealed} of them sealed" if sealed else ""
    print(f"{golden}: {len(dataset.cases)} cases in {len(dataset.files)} files, all valid{held}")
    return EXIT_OK


def _metrics() -> int:
    for spec in METRICS:
        tolerance = "not gated" if spec.tolerance is None else f"tolerance {spec.tolerance}"
        print(f"{spec.name:<24} {spec.direction:<6} {tolerance:<15} {spec.description}")
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    tolerances = parse_tolerances(args.tolerance)
    thresholds = parse_thresholds(args.min, "min") + parse_thresholds(args.max, "max")
    if args.fail_on_regression and args.baseline is None:
        _error("--fail-on-regression needs --baseline")
        return EXIT_BAD_INPUT
    baseline = load_baseline(args.baseline) if args.baseline is not None else None
    check = check_golden(args.golden)
    if check.issues:
        for issue in check.issues:
            print(issue, file=sys.stderr)
        for name in _REPORT_FILES:  # a stale report must not pass for this run's
            (args.report_dir / name).unlink(missing_ok=True)
        _error(f"{len(check.issues)} problem(s) in {args.golden}; no report written")
        return EXIT_BAD_INPUT
    cache = ResponseCache(args.cache_dir) if args.cache_dir is not None else None
    names = [n.strip() for given in args.policy or () for n in given.split(",") if n.strip()]
    policies = select_policies(discover_policies(os.environ, cache=cache), names or None)
    progress = progress_for(sys.stderr, enabled=not args.no_progress)
    dataset = check.dataset.split(args.split)
    if args.bucket is not None:
        dataset = args.bucket.of(dataset)
    evaluation = evaluate(dataset, policies, concurrency=args.concurrency, progress=progress)
    gate = None
    if baseline is not None or thresholds:
        gate = check_gate(evaluation, baseline, tolerances, thresholds)
    report = build_report(evaluation, gate=gate, cache=cache.stats if cache is not None else None)
    json_path, md_path = write_reports(report, args.report_dir)
    for line in summary_lines(report):
        print(line)
    print(f"reports: {json_path}, {md_path}")
    if args.write_baseline is not None:
        write_json(args.write_baseline, baseline_document(evaluation))
        print(f"baseline written: {args.write_baseline} (review the diff before committing)")
    if gate is None:
        return EXIT_OK
    for line in gate_lines(gate, fail_on_regression=args.fail_on_regression):
        print(line)
    if gate.threshold_failures or (gate.regressions and args.fail_on_regression):
        return EXIT_REGRESSION
    return EXIT_OK
