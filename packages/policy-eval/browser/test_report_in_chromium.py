"""report.html in a real browser: headless Chromium opens it from disk, offline, and it renders
with no console error, every chart drawn, the per-case filters working.

Chromium is the system's (Debian's ``chromium`` package; GitHub's runners have one on PATH),
driven by Playwright through ``executable_path``: no browser is downloaded. ``nox -s eval``
installs Chromium when it is missing and runs this module on the report it has just written
(``--html-report reports/report.html``) besides the report the test writes itself: the open
half's first cases under two policies (the rules, and the rules asked for a higher execute
confidence), so the side-by-side columns and the "differs" filter have something to show.
The screenshots go to ``--screenshot-dir`` (``reports/`` in the eval session).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright

import policy_core
from policy_core import CommandDTO, Explanation, PolicySettings
from policy_eval import (
    DeterministicPolicy,
    build_report,
    check_gate,
    default_tolerances,
    evaluate,
    load_golden,
    parse_thresholds,
    select_cases,
    write_reports,
)
from policy_eval._history import history_entry
from policy_eval._jsonschema import parse_rfc3339

REPO_ROOT = Path(__file__).resolve().parents[3]
OWN_REPORT = "two-policies"
CHROMIUM = ("chromium", "chromium-browser")
# Every report draws these (one confusion figure per policy comes first).
ALWAYS_DRAWN = ("chart-by-tag", "chart-by-lang", "chart-reliability", "chart-latency")


@dataclass(frozen=True)
class WaryPolicy:
    """The rules with a high bar for executing: a less sure execute becomes a question."""

    name: str = "wary"
    version: str = "test"
    concurrent: bool = False

    def decide(self, command: CommandDTO) -> Explanation:
        moment = parse_rfc3339(command.timestamp)
        settings = PolicySettings(
            deterministic_ids=True, clock=lambda: moment, min_execute_confidence=0.97
        )
        return policy_core.explain(command, settings)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "report_name" in metafunc.fixturenames:
        given = [str(path) for path in metafunc.config.getoption("html_report")]
        metafunc.parametrize("report_name", [OWN_REPORT, *given])


def _own_report(folder: Path) -> Path:
    dataset = select_cases(load_golden(REPO_ROOT / "golden").split("open"), limit=120)
    evaluation = evaluate(dataset, [DeterministicPolicy(), WaryPolicy()])
    thresholds = parse_thresholds(["intent_accuracy=0.5"], "min")
    gate = check_gate(evaluation, None, default_tolerances(), thresholds)
    report = build_report(
        evaluation, gate=gate, run={"time": "2026-03-04T10:00:00Z", "commit": None}
    )
    earlier = history_entry(report) | {"time": "2026-03-03T10:00:00Z"}
    return write_reports(report, folder, history=[earlier, history_entry(report)]).html


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    if executable is None:
        pytest.fail("no Chromium on PATH: apt-get install chromium (nox -s eval installs it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True)
        yield launched
        launched.close()


@dataclass
class Opened:
    page: Page
    problems: list[str]
    requests: list[str]
    report: dict[str, Any] | None


@contextmanager
def _open(browser: Browser, path: Path) -> Iterator[Opened]:
    """``path`` in a fresh offline page, console errors, page errors and requests recorded."""
    sidecar = path.with_name("report.json")
    report = json.loads(sidecar.read_text("utf-8")) if sidecar.is_file() else None
    context = browser.new_context(offline=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    requests: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(f"console {message.type}: {message.text}")

    def on_request(request: Request) -> None:
        requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", on_request)
    page.goto(path.as_uri(), wait_until="load")
    try:
        yield Opened(page, problems, requests, report)
    finally:
        context.close()


@pytest.fixture(scope="module")
def own_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _own_report(tmp_path_factory.mktemp("two-policies"))


@pytest.fixture
def opened(browser: Browser, report_name: str, own_report: Path) -> Iterator[Opened]:
    path = own_report if report_name == OWN_REPORT else Path(report_name).resolve()
    with _open(browser, path) as found:
        yield found


def _screenshot_dir(config: pytest.Config, tmp_path: Path) -> Path:
    chosen: Path | None = config.getoption("screenshot_dir")
    folder = chosen or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_it_renders_offline_with_no_console_error(opened: Opened) -> None:
    page = opened.page
    assert page.title() == "Golden evaluation report"
    verdict = page.locator("#verdict")
    assert verdict.is_visible()
    assert re.match(r"(PASSED|FAILED|No gate)", verdict.inner_text())
    assert page.locator("#metrics table tbody tr").count() > 20
    assert opened.problems == []
    # Nothing but the page itself was fetched: no script, font or style from elsewhere.
    assert {url for url in opened.requests if not url.startswith("data:")} == {page.url}


def test_every_chart_is_drawn(opened: Opened) -> None:
    page = opened.page
    assert page.locator("#no-charts").count() == 0, (
        "charts missing: is policy-eval[report] installed?"
    )
    keys = list(page.locator("figure.chart").evaluate_all("(fs) => fs.map(f => f.id)"))
    policies = len(opened.report["policies"]) if opened.report else 1
    assert keys[:policies] == [f"chart-confusion-{i}" for i in range(policies)]
    for key in ALWAYS_DRAWN:
        assert key in keys
    for key in keys:
        svg = page.locator(f"#{key} svg")
        svg.scroll_into_view_if_needed()
        box = svg.bounding_box()
        assert box is not None, key
        assert box["width"] > 200, (key, box)
        assert box["height"] > 100, (key, box)
        # drawn, not an empty frame: marks (paths, markers, a heat map's image) and labels
        assert svg.locator("path, use, image").count() > 3, key
        assert svg.locator("text").count() > 3, key


def test_the_differs_filter_shows_only_where_the_policies_differ(opened: Opened) -> None:
    page = opened.page
    rows = page.locator("#case-table tbody tr")
    total = rows.count()
    if opened.report is not None:
        assert total == len(opened.report["cases"])  # the open half, every case
    differing = page.locator('#case-table tbody tr[data-differs="1"]').count()
    assert page.locator("#filter-count").inner_text() == f"{total} of {total} cases shown"
    page.locator("#filter-differs").check()
    assert page.locator("#case-table tbody tr:visible").count() == differing
    assert page.locator("#filter-count").inner_text() == f"{differing} of {total} cases shown"
    page.locator("#filter-differs").uncheck()
    page.locator("#filter-failing").check()
    failing = page.locator('#case-table tbody tr[data-failing="1"]').count()
    assert page.locator("#case-table tbody tr:visible").count() == failing
    assert opened.problems == []


def test_two_policies_side_by_side(browser: Browser, own_report: Path) -> None:
    with _open(browser, own_report) as opened:
        page = opened.page
        headers = page.locator("#case-table thead th").all_inner_texts()
        assert headers[-2:] == ["deterministic", "wary"]
        assert page.locator('#case-table tbody tr[data-differs="1"]').count() > 0
        assert page.locator("#chart-trend svg").count() == 1
        assert opened.problems == []


def test_screenshot(
    opened: Opened, report_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    folder = _screenshot_dir(request.config, tmp_path)
    stem = "report-two-policies" if report_name == OWN_REPORT else Path(report_name).stem
    page = opened.page
    top = folder / f"{stem}-top.png"
    page.screenshot(path=str(top))
    charts = folder / f"{stem}-charts.png"
    page.locator("#charts").screenshot(path=str(charts))
    for shot in (top, charts):
        assert shot.stat().st_size > 10_000, shot  # an image with something in it
    assert opened.problems == []
