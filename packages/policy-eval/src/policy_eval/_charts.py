"""The charts of the HTML report, drawn by matplotlib as inline SVG (no script, no network).

matplotlib comes with the optional extra ``policy-eval[report]``; :func:`render_charts`
returns ``None`` without it and the report says how to get the charts. Every chart is drawn
from the report document (and the history lines), never from the cases themselves, so a
chart shows nothing the JSON report does not hold: the sealed half only as counts.

Figures are built with matplotlib's object API (``Figure``, no pyplot and no global figure
state) under an ``rc_context``, and saved with a fixed hash salt and no date, so the same
report gives the same SVG. Each SVG's ids are prefixed with its chart's key, so the charts
of one page never share an id.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["Chart", "charts_available", "render_charts"]

TREND_METRICS: Final = (
    ("pass_rate", "pass"),
    ("intent_accuracy", "intent"),
    ("outcome_accuracy", "outcome"),
    ("item_f1", "item F1"),
    ("false_action_rate", "false action"),
)
_COLOURS: Final = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def _style(**extra: Any) -> dict[Any, Any]:
    """The matplotlib settings of every chart, plus ``extra`` (a fresh dict each time)."""
    return {
        "svg.fonttype": "none",  # text stays text: smaller, searchable, crisp
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 100,
        **extra,
    }


_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(url\(#|href="#)([^)"]+)')


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart: a key (unique on the page), a title, what it shows, and its SVG; a wide
    chart takes a row of the page to itself."""

    key: str
    title: str
    caption: str
    svg: str
    wide: bool = False


def charts_available() -> bool:
    """Whether matplotlib (the extra ``policy-eval[report]``) can be imported."""
    try:
        import matplotlib  # noqa: PLC0415, F401 - optional extra, imported only to ask
    except ImportError:
        return False
    return True


def _svg(figure: Figure, key: str, label: str) -> str:
    import matplotlib  # noqa: PLC0415 - optional extra

    buffer = io.StringIO()
    with matplotlib.rc_context(_style(**{"svg.hashsalt": key})):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    text = buffer.getvalue()
    text = text[text.index("<svg") :]  # drop the XML prolog and doctype: inline SVG
    text = _ID.sub(lambda m: f'id="{key}-{m.group(1)}"', text)
    text = _REFERENCE.sub(lambda m: f"{m.group(1)}{key}-{m.group(2)}", text)
    escaped = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return text.replace("<svg ", f'<svg role="img" aria-label="{escaped}" ', 1)


def _figure(width: float, height: float, rows: int = 1, columns: int = 1) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure  # noqa: PLC0415 - optional extra

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure, figure.subplots(rows, columns, squeeze=False)


def _percent_axis(axes: Axes, which: str = "x") -> None:
    from matplotlib.ticker import PercentFormatter  # noqa: PLC0415 - optional extra

    axis = axes.xaxis if which == "x" else axes.yaxis
    axis.set_major_formatter(PercentFormatter(1.0))


def _confusion(policy: Mapping[str, Any], key: str) -> Chart:
    figure, grid = _figure(9.0, 3.6, 1, 2)
    for axes, name in zip(grid[0], ("intent", "outcome"), strict=True):
        matrix = policy["confusion"][name]
        labels = list(matrix["labels"])
        rows = list(matrix["counts"])
        counts = [[matrix["counts"][row].get(label, 0) for label in labels] for row in rows]
        shares = [[c / (sum(row) or 1) for c in row] for row in counts]
        axes.imshow(shares, cmap="Blues", vmin=0.0, vmax=1.0, aspect="auto")
        axes.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        axes.set_yticks(range(len(rows)), rows)
        axes.set_xlabel("actual")
        axes.set_ylabel("expected")
        axes.set_title(f"{name}: share of each expected row")
        for y, row in enumerate(counts):
            for x, count in enumerate(row):
                if count:
                    colour = "white" if shares[y][x] > 0.55 else "black"
                    axes.text(x, y, str(count), ha="center", va="center", color=colour)
        axes.spines[:].set_visible(False)
    title = f"Confusion matrices: {policy['name']}"
    caption = (
        "Rows are the expected label, columns what the policy answered (error: it raised); "
        "the colour is the share of the row, the number the cases."
    )
    return Chart(key, title, caption, _svg(figure, key, title))


def _by_tag(policies: Sequence[Mapping[str, Any]], key: str) -> Chart:
    reference = policies[0]["breakdowns"]["tag"]
    tags = sorted(reference, key=lambda tag: (reference[tag]["pass_rate"] or 0.0, tag))
    height = max(3.0, 0.2 * len(tags) * max(1, len(policies)) ** 0.5 + 1.0)
    figure, grid = _figure(11.0, height)
    axes = grid[0][0]
    band = 0.8 / len(policies)
    for index, policy in enumerate(policies):
        table = policy["breakdowns"]["tag"]
        values = [(table.get(tag) or {}).get("pass_rate") or 0.0 for tag in tags]
        positions = [i + (index - (len(policies) - 1) / 2) * band for i in range(len(tags))]
        axes.barh(positions, values, height=band, label=policy["name"], color=_COLOURS[index % 6])
    axes.set_yticks(
        range(len(tags)), [f"{tag} ({reference[tag]['cases']})" for tag in tags], fontsize=8
    )
    axes.set_xlim(0, 1)
    _percent_axis(axes)
    axes.set_xlabel("pass rate")
    axes.invert_yaxis()
    axes.grid(axis="x", alpha=0.3)
    if len(policies) > 1:
        axes.legend(loc="lower right")
    title = "Pass rate by tag"
    caption = "Worst tags first (by the reference policy); the number is the tag's cases."
    return Chart(key, title, caption, _svg(figure, key, title), wide=True)


def _by_language(policies: Sequence[Mapping[str, Any]], key: str) -> Chart:
    langs = list(policies[0]["breakdowns"]["lang"])
    figure, grid = _figure(8.0, 3.0, 1, 2)
    band = 0.8 / len(policies)
    for axes, (metric, label) in zip(
        grid[0],
        (("pass_rate", "pass rate"), ("false_action_rate", "false-action rate")),
        strict=True,
    ):
        for index, policy in enumerate(policies):
            table = policy["breakdowns"]["lang"]
            values = [(table.get(lang) or {}).get(metric) or 0.0 for lang in langs]
            positions = [i + (index - (len(policies) - 1) / 2) * band for i in range(len(langs))]
            bars = axes.bar(
                positions, values, width=band, label=policy["name"], color=_COLOURS[index % 6]
            )
            axes.bar_label(bars, labels=[f"{v:.1%}" for v in values], fontsize=7, padding=2)
        counts = policies[0]["breakdowns"]["lang"]
        axes.set_xticks(range(len(langs)), [f"{lang} ({counts[lang]['cases']})" for lang in langs])
        _percent_axis(axes, "y")
        axes.set_title(label)
        axes.margins(y=0.15)
    if len(policies) > 1:
        grid[0][0].legend(loc="lower left")
    title = "Pass and false-action rates by language"
    caption = "The number beside each language is its cases."
    return Chart(key, title, caption, _svg(figure, key, title))


def _reliability(policies: Sequence[Mapping[str, Any]], key: str) -> Chart:
    figure, grid = _figure(5.5, 5.0, 2, 1)
    top, bottom = grid[0][0], grid[1][0]
    top.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfect calibration")
    for index, policy in enumerate(policies):
        bins = policy.get("reliability") or []
        colour = _COLOURS[index % 6]
        top.plot(
            [b["mean_confidence"] for b in bins],
            [b["accuracy"] for b in bins],
            marker="o",
            color=colour,
            label=policy["name"],
        )
        bottom.bar(
            [(b["low"] + b["high"]) / 2 for b in bins],
            [b["count"] for b in bins],
            width=0.1 * 0.8 / len(policies),
            color=colour,
            label=policy["name"],
        )
    top.set_xlim(0, 1)
    top.set_ylim(0, 1.02)
    top.set_xlabel("mean confidence of the bin")
    top.set_ylabel("share passed")
    top.legend(loc="upper left")
    bottom.set_xlim(0, 1)
    bottom.set_xlabel("confidence")
    bottom.set_ylabel("decisions")
    title = "Reliability of confidence (execute and confirm decisions)"
    caption = (
        "Ten equal-width bins: a point under the diagonal is over-confident. "
        "Below, how many decisions each bin holds."
    )
    return Chart(key, title, caption, _svg(figure, key, title))


def _latency(policies: Sequence[Mapping[str, Any]], key: str) -> Chart:
    figure, grid = _figure(7.0, 3.0)
    axes = grid[0][0]
    for index, policy in enumerate(policies):
        histogram = policy.get("latency_histogram") or {"edges": [], "counts": []}
        if histogram["counts"]:
            axes.stairs(
                histogram["counts"],
                histogram["edges"],
                fill=len(policies) == 1,
                alpha=0.8,
                color=_COLOURS[index % 6],
                label=policy["name"],
            )
        for metric, style in (("latency_p50_ms", "--"), ("latency_p95_ms", ":")):
            value = policy["metrics"].get(metric)
            if value:
                axes.axvline(value, linestyle=style, color=_COLOURS[index % 6], linewidth=1)
    axes.set_xscale("log")
    axes.set_xlabel("time of one policy call (ms, log scale); dashed p50, dotted p95")
    axes.set_ylabel("cases")
    if len(policies) > 1:
        axes.legend()
    title = "Latency"
    caption = "Every case's call, warm-up excluded; latency depends on the machine."
    return Chart(key, title, caption, _svg(figure, key, title))


def _trend(
    report: Mapping[str, Any], history: Sequence[Mapping[str, Any]], key: str
) -> Chart | None:
    selection = report.get("selection")
    runs = [entry for entry in history if entry.get("selection") == selection]
    if not runs:
        return None
    shown = "this run alone so far" if len(runs) == 1 else f"the last {len(runs)} runs"
    names = [policy["name"] for policy in report["policies"]]
    figure, grid = _figure(8.0, 3.2)
    axes = grid[0][0]
    positions = range(1, len(runs) + 1)
    for m_index, (metric, label) in enumerate(TREND_METRICS):
        for p_index, name in enumerate(names):
            values = [
                ((run.get("policies") or {}).get(name) or {}).get("metrics", {}).get(metric)
                for run in runs
            ]
            axes.plot(
                positions,
                [v if isinstance(v, int | float) else float("nan") for v in values],
                marker="o",
                markersize=3,
                color=_COLOURS[m_index % 6],
                linestyle=("-", "--", ":", "-.")[p_index % 4],
                label=f"{label}" + (f" ({name})" if len(names) > 1 else ""),
            )
    for index in range(1, len(runs)):
        if runs[index].get("dataset", {}).get("digest") != runs[index - 1].get("dataset", {}).get(
            "digest"
        ):
            axes.axvline(index + 0.5, color="grey", linestyle=":", linewidth=1)
    axes.set_xlim(0.5, len(runs) + 0.5)
    axes.set_ylim(0, 1.02)
    _percent_axis(axes, "y")
    ticks = list(positions)
    if len(ticks) > 12:
        ticks = ticks[:: max(1, len(ticks) // 12)]
    axes.set_xticks(ticks, [str(runs[t - 1].get("time", ""))[:10] for t in ticks], fontsize=7)
    axes.set_xlabel("run (dotted line: the dataset changed)")
    axes.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=7)
    axes.grid(axis="y", alpha=0.3)
    title = "Trend across runs"
    caption = f"Pass, intent, outcome, item F1 and false-action rates: {shown} over the same selection of cases (this one last)."
    return Chart(key, title, caption, _svg(figure, key, title))


def render_charts(
    report: Mapping[str, Any], history: Sequence[Mapping[str, Any]] = ()
) -> list[Chart] | None:
    """Every chart of the report, in page order; ``None`` when matplotlib is missing."""
    if not charts_available():
        return None
    import matplotlib  # noqa: PLC0415 - optional extra

    policies = report["policies"]
    makers: list[tuple[str, Callable[[str], Chart | None]]] = [
        (f"confusion-{index}", partial(_confusion, policy)) for index, policy in enumerate(policies)
    ]
    makers += [
        ("by-tag", partial(_by_tag, policies)),
        ("by-lang", partial(_by_language, policies)),
        ("reliability", partial(_reliability, policies)),
        ("latency", partial(_latency, policies)),
        ("trend", partial(_trend, report, history)),
    ]
    charts = []
    with matplotlib.rc_context(_style()):
        for key, make in makers:
            chart = make(key)
            if chart is not None:
                charts.append(chart)
    return charts
