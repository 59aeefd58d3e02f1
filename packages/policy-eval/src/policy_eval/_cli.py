"""``policy-eval``: validate the golden dataset, run the evaluation, gate on the baseline.

Exit status: 0 ok; 1 a regression beyond tolerance (with ``--fail-on-regression``) or a
failed ``--min``/``--max`` threshold; 2 bad input or usage (an invalid dataset, baseline or
option). With an invalid dataset no report is written and stale ones are removed.
Every run appends a line to the history file and, in GitHub Actions, writes the job summary
and prints annotations (``_outputs``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Final

from policy_core import PolicyError
from policy_eval._baseline import baseline_document, load_baseline, write_json
from policy_eval._cache import ResponseCache
from policy_eval._cases import SPLITS
from policy_eval._changes import change_lines
from policy_eval._console import gate_lines, summary_lines
from policy_eval._dataset import check_golden
from policy_eval._evaluate import evaluate
from policy_eval._format import plural
from policy_eval._gate import check_gate, parse_thresholds, parse_tolerances
from policy_eval._history import run_stamp
from policy_eval._metrics import METRICS
from policy_eval._outputs import HISTORY_FILE, OUTPUT_FILES, write_outputs
from policy_eval._policies import (
    VARIANT_SETTINGS,
    discover_policies,
    rules_variant,
    select_policies,
)
from policy_eval._progress import progress_for
from policy_eval._report import build_report
from policy_eval._runner import DEFAULT_CONCURRENCY
from policy_eval._selection import CaseFilter, parse_filter, select_cases
from policy_eval._slice import Bucket, parse_bucket

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_REGRESSION", "main"]

EXIT_OK: Final = 0
EXIT_REGRESSION: Final = 1
EXIT_BAD_INPUT: Final = 2


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


def _filter(text: str) -> CaseFilter:
    try:
        return parse_filter(text)
    except PolicyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-eval",
        description="Golden-dataset evaluation of HomeTask policies.",
        epilog="exit status: 0 ok, 1 regression or failed threshold, 2 bad input or usage",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('policy-eval')}")
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
        "--filter",
        action="append",
        default=[],
        type=_filter,
        metavar="KIND:PATTERN",
        help="only the cases whose tag, lang or id matches a shell pattern (tag:typo, "
        "lang:ru, id:ru-shop-*); repeatable: one kind is either, different kinds all",
    )
    run.add_argument(
        "--limit", type=_positive, metavar="N", help="only the first N cases (after the filters)"
    )
    run.add_argument(
        "--policy",
        action="append",
        metavar="NAME",
        help="evaluate this policy (repeatable or comma-separated; default: every one "
        "available). The deterministic policy always runs, as the reference.",
    )
    run.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=VALUE[,...]",
        help="also evaluate the deterministic policy with these thresholds "
        f"({', '.join(VARIANT_SETTINGS)}), named deterministic@NAME=VALUE; repeatable",
    )
    run.add_argument("--baseline", type=Path, help="baseline (or earlier report.json) to gate on")
    run.add_argument(
        "--fail-on-regression", action="store_true", help="exit 1 when a metric regresses"
    )
    run.add_argument("--tolerance", action="append", default=[], metavar="METRIC=VALUE")
    run.add_argument(
        "--noisy",
        action="append",
        default=[],
        metavar="NAME",
        help="gate this policy with its 95%% intervals: a drop must also leave the interval "
        "(repeatable; a policy may also say it is noisy itself)",
    )
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
    run.add_argument(
        "--history",
        type=Path,
        metavar="FILE",
        help=f"append this run's summary line here (default: REPORT_DIR/{HISTORY_FILE})",
    )
    run.add_argument("--no-history", action="store_true", help="append no history line")
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
        _error(f"{plural(len(check.issues), 'problem')} in {golden}")
        return EXIT_BAD_INPUT
    dataset = check.dataset
    sealed = len(dataset.split("sealed").cases)
    held = f"; {sealed} of them sealed" if sealed else ""
    found = f"{plural(len(dataset.cases), 'case')} in {plural(len(dataset.files), 'file')}"
    print(f"{golden}: {found}, all valid{held}")
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
        for name in OUTPUT_FILES:  # a stale report must not pass for this run's
            (args.report_dir / name).unlink(missing_ok=True)
        _error(f"{plural(len(check.issues), 'problem')} in {args.golden}; no report written")
        return EXIT_BAD_INPUT
    cache = ResponseCache(args.cache_dir) if args.cache_dir is not None else None
    names = [n.strip() for given in args.policy or () for n in given.split(",") if n.strip()]
    policies = select_policies(discover_policies(os.environ, cache=cache), names or None)
    variants = tuple(rules_variant(spec) for spec in dict.fromkeys(args.variant))
    policies = (*policies, *variants)
    progress = progress_for(sys.stderr, enabled=not args.no_progress)
    dataset = check.dataset.split(args.split)
    if args.bucket is not None:
        dataset = args.bucket.of(dataset)
    dataset = select_cases(dataset, args.filter, args.limit)
    evaluation = evaluate(dataset, policies, concurrency=args.concurrency, progress=progress)
    gate = None
    if baseline is not None or thresholds:
        noisy = {*args.noisy, *(p.name for p in policies if getattr(p, "noisy", False) is True)}
        gate = check_gate(evaluation, baseline, tolerances, thresholds, noisy=noisy)
    report = build_report(
        evaluation,
        gate=gate,
        cache=cache.stats if cache is not None else None,
        selection=_selection(args),
        run=run_stamp(os.environ, args.golden),
    )
    history = None if args.no_history else args.history or args.report_dir / HISTORY_FILE
    written = write_outputs(report, args.report_dir, history=history, environ=os.environ)
    for line in [*summary_lines(report), *change_lines(evaluation)]:
        print(line)
    print(f"reports: {', '.join(str(path) for path in (*written.reports, written.junit))}")
    if written.history is not None:
        print(f"history: {written.history}")
    if args.write_baseline is not None:
        write_json(args.write_baseline, baseline_document(evaluation))
        print(f"baseline written: {args.write_baseline} (review the diff before committing)")
    if gate is None:
        return EXIT_OK
    for line in gate_lines(gate, fail_on_regression=args.fail_on_regression):
        print(line)
    for command in written.annotations:  # GitHub Actions shows these as annotations
        print(command)
    if gate.threshold_failures or (gate.regressions and args.fail_on_regression):
        return EXIT_REGRESSION
    return EXIT_OK


def _selection(args: argparse.Namespace) -> dict[str, object]:
    """Which cases ran, as the report and the history line record it."""
    chosen: dict[str, object] = {
        "split": args.split,
        "filters": [str(f) for f in args.filter],
        "limit": args.limit,
    }
    if args.bucket is not None:
        chosen["bucket"] = f"{args.bucket.index}/{args.bucket.count}"
    return chosen
