"""JUnit XML of a report: one test case per open golden case and policy, so CI tools that
read JUnit (test tabs, annotations, flaky-test trackers) show the evaluation case by case.

Per policy, a ``<testsuite name="golden.POLICY">`` holds:

* one ``<testcase>`` per open case (``classname`` golden.POLICY.FILE, ``name`` the case id,
  ``file`` and ``line`` where the case is written). A failing case is a ``<failure>`` naming
  the failed fields, with the text, the expectation and what the policy answered; one the
  baseline lists as failing too is ``<skipped type="known-failure">`` instead (as pytest
  writes an expected failure), so only what this change broke fails the suite;
* one ``<testcase name="sealed half">`` with the sealed half's counts: its cases are never
  listed, not even by id.

A ``<testsuite name="gate">`` holds one test case per threshold applied and one per policy for
the baseline comparison, failed with every regression.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, Final

from policy_eval._format import format_value

__all__ = ["render_junit"]

# Characters XML 1.0 cannot carry at all (a case text may hold a control character).
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def _element(
    parent: ET.Element, tag: str, text: str | None = None, **attributes: Any
) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attributes.items()})
    if text is not None:
        element.text = _clean(text)
    return element


def _location(location: str) -> tuple[str, str]:
    path, _, line = location.rpartition(":")
    return (path, line) if line.isdigit() else (location, "")


def _details(case: Mapping[str, Any], failure: Mapping[str, Any] | None) -> str:
    lines = [f"text: {case['text']}", f"tags: {', '.join(case['tags'])}"]
    if failure is not None:
        lines.append("expected: " + json.dumps(failure["expected"], ensure_ascii=False))
        lines.append("actual: " + json.dumps(failure["actual"], ensure_ascii=False))
    return "\n".join(lines)


def _policy_suite(root: ET.Element, report: Mapping[str, Any], index: int) -> None:
    policy = report["policies"][index]
    gate = report["gate"]
    baseline = gate is not None and gate["baseline"] is not None
    newly = (gate or {}).get("newly_failing", {}).get(policy["name"], {})
    failures = {f["id"]: f for f in policy["failures"]}
    suite = _element(root, "testsuite", name=f"golden.{policy['name']}")
    properties = _element(suite, "properties")
    _element(properties, "property", name="policy_version", value=policy["version"])
    _element(properties, "property", name="dataset_digest", value=report["dataset"]["digest"])
    counts = {"tests": 0, "failures": 0, "skipped": 0}
    for case in report.get("cases") or []:
        result = case["results"][index]
        path, line = _location(case["location"])
        testcase = _element(
            suite,
            "testcase",
            classname=f"golden.{policy['name']}.{PurePath(path).stem}",
            name=case["id"],
            file=path,
            line=line,
        )
        counts["tests"] += 1
        if result["passed"]:
            continue
        fields = ", ".join(result["failed"])
        details = _details(case, failures.get(case["id"]))
        if baseline and case["id"] not in newly:
            counts["skipped"] += 1
            message = f"known failure (the baseline lists it too): {fields}"
            _element(testcase, "skipped", details, type="known-failure", message=message)
        else:
            counts["failures"] += 1
            _element(testcase, "failure", details, type="case-failed", message=f"failed: {fields}")
    sealed = policy["breakdowns"]["split"].get("sealed")
    if sealed is not None:
        counts["tests"] += 1
        failing = policy.get("sealed_failures", 0)
        testcase = _element(
            suite, "testcase", classname=f"golden.{policy['name']}", name="sealed half"
        )
        _element(
            testcase,
            "system-out",
            f"{sealed['cases']} cases, {sealed['cases'] - failing} passed, {failing} failing "
            "(counted, never listed)",
        )
    suite.attrib.update({key: str(value) for key, value in counts.items()}, errors="0")


def _gate_suite(root: ET.Element, gate: Mapping[str, Any]) -> None:
    suite = _element(root, "testsuite", name="gate")
    tests = failed = 0
    for check in gate.get("thresholds", []):
        sign = ">=" if check["bound"] == "min" else "<="
        name = f"{check['policy']} {check['metric']} {sign} {check['limit']}"
        testcase = _element(suite, "testcase", classname="gate.thresholds", name=name)
        tests += 1
        if not check["passed"]:
            failed += 1
            current = format_value(check["metric"], check["current"])
            _element(testcase, "failure", type="threshold", message=f"{name}: is {current}")
    if gate["baseline"] is not None:
        policies = sorted({r["policy"] for r in gate["regressions"]} | set(gate["newly_failing"]))
        for policy in policies:
            testcase = _element(suite, "testcase", classname="gate.baseline", name=policy)
            tests += 1
            found = [r for r in gate["regressions"] if r["policy"] == policy]
            if found:
                failed += 1
                lines = [
                    f"{r['metric']}: baseline {r['baseline']}, current {r['current']} "
                    f"({r['delta']:+}), tolerance {r['tolerance']}"
                    for r in found
                ]
                message = f"{len(found)} regressed against {gate['baseline']}"
                _element(testcase, "failure", "\n".join(lines), type="regression", message=message)
    suite.attrib.update(tests=str(tests), failures=str(failed), skipped="0", errors="0")


def render_junit(report: Mapping[str, Any]) -> str:
    """The JUnit XML document of a report document."""
    root = ET.Element("testsuites", {"name": "policy-eval"})
    for index in range(len(report["policies"])):
        _policy_suite(root, report, index)
    if report["gate"] is not None:
        _gate_suite(root, report["gate"])
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for suite in root:
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    root.attrib.update({key: str(value) for key, value in totals.items()}, errors="0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"
