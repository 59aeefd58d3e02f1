"""The HTML report: one self-contained page for people, rendered from the report document.

Reading order: the verdict, the headline metrics with their 95% intervals, the charts, the
gate (regressions, the floors and ceilings that applied, tolerances), the per-case table with
the policies side by side (filters: where they differ, failing, language, search), and the
metric definitions. Style, script and charts (inline SVG) are all in the page: it opens from
disk with no network. Without matplotlib (``policy-eval[report]``) the page says so where
the charts would be, and the tables carry the same figures.

The sealed half is never listed: the per-case table holds the open cases, the sealed ones
appear as counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any, Final

from policy_eval._charts import Chart, render_charts
from policy_eval._format import (
    HEADLINE_METRICS,
    format_delta,
    format_interval,
    format_value,
    plural,
    verdict,
)
from policy_eval._html_assets import SCRIPT, STYLE

__all__ = ["render_html"]

_NO_CHARTS: Final = (
    "Charts need matplotlib, which comes with the optional extra: "
    "<code>pip install 'policy-eval[report]'</code>. The tables below hold the same figures."
)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _framed(header: Sequence[str], body: str, *, id_: str = "") -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    ident = f' id="{id_}"' if id_ else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table of already-escaped cells; a cell starting with ``<td`` is used as it is."""
    body = "".join(
        "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return _framed(header, body)


def _num(text: str) -> str:
    return f'<td class="num">{text}</td>'


def _intro(report: Mapping[str, Any]) -> str:
    dataset, tool = report["dataset"], report["tool"]
    langs = ", ".join(f"{lang} {n}" for lang, n in dataset["by_lang"].items())
    selection = report.get("selection") or {}
    chosen = [f"split {selection['split']}"] if selection.get("split", "all") != "all" else []
    chosen += [f"filter {f}" for f in selection.get("filters", [])]
    if selection.get("limit"):
        chosen.append(f"limit {selection['limit']}")
    if selection.get("bucket"):
        chosen.append(f"bucket {selection['bucket']}")
    run = report.get("run") or {}
    when = f" Run {run.get('time')}" if run.get("time") else ""
    commit = f" on commit <code>{_e(str(run['commit'])[:12])}</code>" if run.get("commit") else ""
    line = (
        f"{plural(dataset['cases'], 'case')} from <code>{_e(dataset['root'])}</code> "
        f"({_e(langs)}){'; ' + _e(', '.join(chosen)) if chosen else ''}; "
        f"contract {_e(tool['contract_version'])}, policy-eval {_e(tool['policy_eval'])}."
        f"{when}{commit}."
    )
    return f'<p class="meta">{line}</p>'


def _metrics(report: Mapping[str, Any]) -> str:
    policies = report["policies"]
    header = ["metric"] + [_e(f"{p['name']} {p['version']}") for p in policies]
    header += [_e(f"Δ {p['name']}") for p in policies[1:]]
    rows = []
    for definition in report["metric_definitions"]:
        name = definition["name"]
        cells = [f'<td title="{_e(definition["description"])}"><code>{_e(name)}</code></td>']
        for policy in policies:
            value = format_value(name, policy["metrics"].get(name))
            interval = format_interval(name, (policy.get("intervals") or {}).get(name))
            shown = f'{value} <span class="ci">[{interval}]</span>' if interval else value
            cells.append(_num(shown))
        cells += [_num(format_delta(name, (p["delta"] or {}).get(name))) for p in policies[1:]]
        css = ' class="headline"' if name in HEADLINE_METRICS else ""
        rows.append(f"<tr{css}>" + "".join(cells) + "</tr>")
    bootstrap = report["settings"].get("bootstrap") or {}
    note = (
        f'<p class="note">In brackets: the 95% interval, a bootstrap over cases '
        f"({bootstrap.get('resamples', '?')} resamples, seed {bootstrap.get('seed', '?')}); "
        "ECE and latency have none. Headline metrics in bold.</p>"
    )
    return _framed(header, "".join(rows)) + note


def _charts(charts: list[Chart] | None) -> str:
    if charts is None:
        return f'<p class="note" id="no-charts">{_NO_CHARTS}</p>'
    figures = [
        f'<figure class="chart{" wide" if c.wide else ""}" id="chart-{_e(c.key)}">'
        f"<h3>{_e(c.title)}</h3>{c.svg}"
        f"<figcaption>{_e(c.caption)}</figcaption></figure>"
        for c in charts
    ]
    return f'<div class="charts">{"".join(figures)}</div>'


def _gate(report: Mapping[str, Any]) -> str:
    gate = report["gate"]
    if gate is None:
        return "<p>No baseline and no threshold was given: nothing was gated.</p>"
    parts = []
    source = f"Baseline <code>{_e(gate['baseline'])}</code>" if gate["baseline"] else "No baseline"
    parts.append(f"<p>{source}; {'passed' if gate['passed'] else '<b>FAILED</b>'}.</p>")
    if gate.get("thresholds"):
        rows = [
            [
                _e(c["policy"]),
                f"<code>{_e(c['metric'])}</code>",
                _e(("≥ " if c["bound"] == "min" else "≤ ") + format_value(c["metric"], c["limit"])),
                _num(format_value(c["metric"], c["current"])),
                '<span class="pass">met</span>'
                if c["passed"]
                else '<span class="fail">not met</span>',
            ]
            for c in gate["thresholds"]
        ]
        parts.append("<h3>Floors and ceilings (--min, --max)</h3>")
        parts.append(_table(["policy", "metric", "required", "current", ""], rows))
    for title, found in (
        ("Regressions", gate["regressions"]),
        ("Within the noise (noisy policies: reported, not failed)", gate.get("within_noise", [])),
    ):
        if not found:
            continue
        rows = [
            [
                _e(r["policy"]),
                f"<code>{_e(r['metric'])}</code>",
                _num(format_value(r["metric"], r["baseline"])),
                _num(format_value(r["metric"], r["current"])),
                _num(format_delta(r["metric"], r["delta"])),
                _num(str(r["tolerance"])),
                _num(format_interval(r["metric"], r.get("interval"))),
            ]
            for r in found
        ]
        parts.append(f"<h3>{_e(title)}</h3>")
        header = ["policy", "metric", "baseline", "current", "Δ", "tolerance", "95% interval"]
        parts.append(_table(header, rows))
    if gate.get("noisy"):
        noisy = ", ".join(gate["noisy"])
        parts.append(
            f"<p>Noisy policies ({_e(noisy)}): a drop beyond the tolerance fails only when the "
            "baseline's figure is also outside the run's 95% interval.</p>"
        )
    items = [f"<li>{_e(note)}</li>" for note in gate["notes"]]
    for policy, cases in gate["newly_failing"].items():
        if cases:
            listed = ", ".join(f"<code>{_e(case)}</code>" for case in cases)
            items.append(f"<li>{_e(policy)}: failing now, passing in the baseline: {listed}</li>")
    for policy, passing in gate["newly_passing"].items():
        if passing:
            listed = ", ".join(f"<code>{_e(case)}</code>" for case in passing)
            items.append(f"<li>{_e(policy)}: passing now: {listed}</li>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    tolerances = ", ".join(
        f"<code>{_e(name)}</code> {_e(value)}" for name, value in gate["tolerances"].items()
    )
    if gate["baseline"]:
        parts.append(f'<p class="note">Tolerances: {tolerances}.</p>')
    return "".join(parts)


def _sealed(report: Mapping[str, Any]) -> str:
    rows = []
    for policy in report["policies"]:
        sealed = policy["breakdowns"]["split"].get("sealed")
        if sealed is None:
            continue
        failing = policy.get("sealed_failures", 0)
        rows.append(
            f"{_e(policy['name'])}: {plural(sealed['cases'], 'case')}, "
            f"{sealed['cases'] - failing} passed, {failing} failing "
            f"(pass rate {format_value('pass_rate', sealed['pass_rate'])})"
        )
    if not rows:
        return ""
    return (
        '<p class="note" id="sealed-half">The sealed half is counted, never listed: '
        + "; ".join(rows)
        + ".</p>"
    )


def _differs(results: Sequence[Mapping[str, Any]]) -> bool:
    answers = {(r["passed"], r["outcome"], r["action"], r["intent"]) for r in results}
    return len(answers) > 1


def _answer(result: Mapping[str, Any], failure: Mapping[str, Any] | None) -> str:
    mark = '<span class="pass">✓</span>' if result["passed"] else '<span class="fail">✗</span>'
    text = f"{mark} {_e(result['outcome'])} · {_e(result['action'])}"
    if result["failed"]:
        text += f"<br><small>failed: {_e(', '.join(result['failed']))}</small>"
    if failure is not None:
        expected = json.dumps(failure["expected"], ensure_ascii=False, indent=1)
        actual = json.dumps(failure["actual"], ensure_ascii=False, indent=1)
        text += (
            f"<details><summary>expected / actual</summary><pre>{_e(expected)}</pre>"
            f"<pre>{_e(actual)}</pre></details>"
        )
    return f"<td>{text}</td>"


def _cases(report: Mapping[str, Any]) -> str:
    policies = report["policies"]
    cases = report.get("cases") or []
    failures = [{f["id"]: f for f in p["failures"]} for p in policies]
    rows = []
    for case in cases:
        results = case["results"]
        differs = _differs(results)
        failing = not all(r["passed"] for r in results)
        expected = case["expected"]
        cells = [
            f"<td><code>{_e(case['id'])}</code><br><small>{_e(case['location'])}</small></td>",
            f"<td>{_e(case['lang'])}</td>",
            (
                f'<td class="text">{_e(case["text"])}<br>'
                f'<span class="tags">{_e(", ".join(case["tags"]))}</span></td>'
            ),
            (
                f"<td>{_e(expected['outcome'])} · {_e(expected['action'])}<br>"
                f"<small>{_e(expected['intent'])}</small></td>"
            ),
        ]
        cells += [
            _answer(result, found.get(case["id"]))
            for result, found in zip(results, failures, strict=True)
        ]
        rows.append(
            f'<tr data-differs="{int(differs)}" data-failing="{int(failing)}" '
            f'data-lang="{_e(case["lang"])}">{"".join(cells)}</tr>'
        )
    langs = sorted({case["lang"] for case in cases})
    options = "".join(f'<option value="{_e(lang)}">{_e(lang)}</option>' for lang in langs)
    differing = sum(1 for case in cases if _differs(case["results"]))
    filters = (
        '<div class="filters">'
        f'<label><input type="checkbox" id="filter-differs"> only where the policies differ '
        f"({differing})</label>"
        '<label><input type="checkbox" id="filter-failing"> only failing</label>'
        f'<label>language <select id="filter-lang"><option value="">all</option>{options}'
        "</select></label>"
        '<label>search <input type="search" id="filter-search" placeholder="id, text, tag">'
        '</label><span id="filter-count"></span></div>'
    )
    header = ["case", "lang", "text and tags", "expected"] + [_e(p["name"]) for p in policies]
    table = _framed(header, "".join(rows), id_="case-table")
    note = (
        '<p class="note">Differ: the policies do not all give the same verdict, outcome, '
        "action and intent. Each answer reads outcome · action; expand a failure for the "
        "expectation and what the policy proposed.</p>"
    )
    return _sealed(report) + note + filters + table


def _definitions(report: Mapping[str, Any]) -> str:
    rows = [
        [
            f"<code>{_e(d['name'])}</code>",
            _e(d["direction"]),
            _e("not gated" if d["default_tolerance"] is None else d["default_tolerance"]),
            _e(d["description"]),
        ]
        for d in report["metric_definitions"]
    ]
    return _table(["metric", "better", "default tolerance", "definition"], rows)


def _breakdowns(report: Mapping[str, Any]) -> str:
    parts = []
    for policy in report["policies"]:
        for dimension, table in policy["breakdowns"].items():
            if not table:
                continue
            columns = list(next(iter(table.values())))
            rows = [
                [_e(group)] + [_num(format_value(c, row[c])) for c in columns]
                for group, row in table.items()
            ]
            parts.append(f"<h3>{_e(policy['name'])} by {_e(dimension)}</h3>")
            parts.append(_table([_e(dimension), *(_e(c) for c in columns)], rows))
    return f"<details><summary>Breakdown tables</summary>{''.join(parts)}</details>"


def render_html(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]] = ()) -> str:
    """The HTML page of a report document; ``history`` feeds the trend chart."""
    css, line = verdict(report)
    charts = render_charts(report, history)
    sections = [
        ("metrics", "Headline metrics", _metrics(report)),
        ("charts", "Charts", _charts(charts)),
        ("gate", "The gate", _gate(report)),
        ("cases", "Cases, policies side by side", _cases(report)),
        ("breakdowns", "Breakdowns", _breakdowns(report)),
        ("definitions", "Metric definitions", _definitions(report)),
    ]
    nav = "".join(f'<a href="#{key}">{_e(title)}</a>' for key, title, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{_e(title)}</h2>{content}</section>'
        for key, title, content in sections
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        "<title>Golden evaluation report</title>"
        f"<style>{STYLE}</style></head><body>"
        "<header><h1>Golden evaluation report</h1>"
        f"{_intro(report)}"
        f'<p class="verdict {css}" id="verdict">{_e(line)}</p>'
        f"<nav>{nav}</nav></header>"
        f"<main>{body}</main>"
        "<footer>Written by policy-eval; the same figures are in report.json "
        "(schema policy_eval/schemas/report.schema.json) and report.md.</footer>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
