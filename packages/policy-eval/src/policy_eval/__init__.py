"""policy-eval: golden-dataset evaluation, reports and the regression gate of HomeTask.

>>> from policy_eval import discover_policies, evaluate, load_golden  # doctest: +SKIP
>>> evaluation = evaluate(load_golden("golden"), discover_policies())  # doctest: +SKIP

The command line (``policy-eval run``/``validate``/``metrics``) is the usual entry point;
see docs/guides/golden-dataset.md.
"""

from importlib.metadata import version as _version

from policy_eval._baseline import Baseline, BaselinePolicy, baseline_document, load_baseline
from policy_eval._bootstrap import Interval, bootstrap_intervals
from policy_eval._cache import CacheStats, ResponseCache
from policy_eval._cases import (
    UNCHECKED,
    Dataset,
    Expectation,
    ExpectedItem,
    ExpectedTask,
    GoldenCase,
)
from policy_eval._compare import CaseCheck, Comparer
from policy_eval._dataset import GoldenCheck, check_golden, load_golden
from policy_eval._evaluate import Confusion, Evaluation, PolicyResult, evaluate
from policy_eval._gate import (
    GateResult,
    Regression,
    Threshold,
    ThresholdCheck,
    ThresholdFailure,
    check_gate,
    default_tolerances,
    parse_thresholds,
    parse_tolerances,
)
from policy_eval._html import render_html
from policy_eval._junit import render_junit
from policy_eval._markdown import render_markdown
from policy_eval._metrics import METRICS, MetricSpec, percentile
from policy_eval._normalise import TITLE_PASS_THRESHOLD, NameNormaliser
from policy_eval._policies import (
    LLM_HOOK,
    VARIANT_SETTINGS,
    AsyncPolicy,
    DeterministicPolicy,
    Policy,
    discover_policies,
    rules_variant,
    select_policies,
)
from policy_eval._report import ReportPaths, build_report, write_reports
from policy_eval._runner import CaseRun, PolicyRun, run_policies, run_policy
from policy_eval._schemas import eval_schema
from policy_eval._selection import CaseFilter, parse_filter, select_cases
from policy_eval.exceptions import (
    BaselineError,
    DatasetError,
    DatasetIssue,
    EvalError,
    PolicyDiscoveryError,
    SpecError,
)

__version__ = _version("policy-eval")

__all__ = [
    "LLM_HOOK",
    "METRICS",
    "TITLE_PASS_THRESHOLD",
    "UNCHECKED",
    "VARIANT_SETTINGS",
    "AsyncPolicy",
    "Baseline",
    "BaselineError",
    "BaselinePolicy",
    "CacheStats",
    "CaseCheck",
    "CaseFilter",
    "CaseRun",
    "Comparer",
    "Confusion",
    "Dataset",
    "DatasetError",
    "DatasetIssue",
    "DeterministicPolicy",
    "EvalError",
    "Evaluation",
    "Expectation",
    "ExpectedItem",
    "ExpectedTask",
    "GateResult",
    "GoldenCase",
    "GoldenCheck",
    "Interval",
    "MetricSpec",
    "NameNormaliser",
    "Policy",
    "PolicyDiscoveryError",
    "PolicyResult",
    "PolicyRun",
    "Regression",
    "ReportPaths",
    "ResponseCache",
    "SpecError",
    "Threshold",
    "ThresholdCheck",
    "ThresholdFailure",
    "__version__",
    "baseline_document",
    "bootstrap_intervals",
    "build_report",
    "check_gate",
    "check_golden",
    "default_tolerances",
    "discover_policies",
    "eval_schema",
    "evaluate",
    "load_baseline",
    "load_golden",
    "parse_filter",
    "parse_thresholds",
    "parse_tolerances",
    "percentile",
    "render_html",
    "render_junit",
    "render_markdown",
    "rules_variant",
    "run_policies",
    "run_policy",
    "select_cases",
    "select_policies",
    "write_reports",
]
