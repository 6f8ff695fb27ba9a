"""JUnit XML: one test case per finding at or above ``--fail-on``, failed when new.

Control characters, which XML 1.0 forbids, are stripped from the articles' words.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checkfacts.gate import GateResult
from checkfacts.inert import strip_controls


def render_junit(result: GateResult) -> str:
    """A ``<testsuites>`` document with one suite, ``checkfacts``."""
    new = len(result.new)
    suites = ET.Element("testsuites", name="checkfacts", tests=str(len(result.findings)))
    suites.set("failures", str(new))
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="checkfacts",
        tests=str(len(result.findings)),
        failures=str(new),
        errors="0",
        skipped="0",
    )
    for f in result.findings:
        loc = f.location
        path, explanation = strip_controls(loc.path), strip_controls(f.explanation)
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"checkfacts.{f.verdict.value}",
            name=f"{f.field}: {' '.join(strip_controls(f.statement).split())} [{f.fingerprint}]",
            file=path,
            line=str(loc.line),
        )
        if f.state == "new":
            failure = ET.SubElement(
                case, "failure", message=explanation, type=f"checkfacts.{f.verdict.value}"
            )
            failure.text = (
                f"{path}:{loc.line}:{loc.column}: {strip_controls(loc.text)}\n{explanation}"
            )
        else:
            out = ET.SubElement(case, "system-out")
            out.text = f"accepted in the baseline: {explanation}"
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
