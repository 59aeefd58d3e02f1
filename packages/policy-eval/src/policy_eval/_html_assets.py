"""The HTML report's style sheet and its one script (the per-case table's filters), inlined
into the page so it opens with no network."""

from __future__ import annotations

from typing import Final

__all__ = ["SCRIPT", "STYLE"]

STYLE: Final = """
:root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
  color: #1f2328; background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line);
  padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .note, figcaption { color: var(--muted); }
.verdict { font-size: 17px; font-weight: 600; padding: 10px 14px; border-radius: 6px;
  margin: 12px 0; border: 1px solid; }
.verdict.passed { color: var(--ok); background: #dafbe1; border-color: #4ac26b; }
.verdict.failed { color: var(--bad); background: #ffebe9; border-color: #ff8182; }
.verdict.none { color: #1f2328; background: #f6f8fa; border-color: var(--line); }
nav a { margin-right: 12px; }
table { border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top;
  text-align: left; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.headline td:first-child { font-weight: 600; }
.ci { color: var(--muted); font-size: 12px; }
.pass { color: var(--ok); font-weight: 600; }
.fail { color: var(--bad); font-weight: 600; }
.known { color: var(--warn); }
.charts { display: flex; flex-wrap: wrap; gap: 18px; }
figure.chart { margin: 0; flex: 1 1 520px; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart.wide { flex-basis: 100%; }
.filters { position: sticky; top: 0; background: #fff; padding: 8px 0;
  border-bottom: 1px solid var(--line); display: flex; gap: 16px; flex-wrap: wrap;
  align-items: center; z-index: 1; }
#case-table td.text { max-width: 360px; overflow-wrap: anywhere; }
#case-table code, .tags { font-size: 12px; }
details pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px;
  background: #f6f8fa; padding: 6px; margin: 4px 0; max-width: 480px; }
footer { max-width: 1200px; margin: 30px auto; padding: 0 20px; color: var(--muted); }
"""

# Filters the per-case table: rows carry data-differs, data-failing and data-lang; the
# search box matches the row's text content. No library, no network.
SCRIPT: Final = """
(function () {
  "use strict";
  var table = document.getElementById("case-table");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var differs = document.getElementById("filter-differs");
  var failing = document.getElementById("filter-failing");
  var lang = document.getElementById("filter-lang");
  var search = document.getElementById("filter-search");
  var count = document.getElementById("filter-count");
  function apply() {
    var words = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!differs.checked || row.dataset.differs === "1")
        && (!failing.checked || row.dataset.failing === "1")
        && (!lang.value || row.dataset.lang === lang.value)
        && (!words || row.textContent.toLowerCase().indexOf(words) !== -1);
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " cases shown";
  }
  [differs, failing, lang, search].forEach(function (control) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  });
  apply();
}());
"""
