"""The validation report as one self-contained HTML page.

Inline CSS only, no scripts, no fonts or styles from elsewhere: the page must
render offline and inside a data portal that embeds it. Every value that comes
from the data or the suites is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transforms.validate import CheckResult, ValidationReport

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.verdict{padding:.75rem 1rem;border-radius:4px;font-weight:600}
.pass{background:#e6f4ea;color:#0b5d1e}.fail{background:#fdecea;color:#8a1c12}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e2e2e2;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}
td.ok{color:#0b5d1e;font-weight:600}td.bad{color:#8a1c12;font-weight:600}
tr.failed{background:#fff6f5}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
pre{white-space:pre-wrap;word-break:break-word;margin:.25rem 0;background:#fafafa;padding:.25rem .4rem}
details summary{cursor:pointer}
.notes{color:#555}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _json(value: Any) -> str:
    return _e(json.dumps(value, ensure_ascii=False, default=str))


def _row(c: CheckResult) -> str:
    outcome = '<td class="ok">passed</td>' if c.success else '<td class="bad">FAILED</td>'
    counts = ""
    if c.unexpected_count is not None:
        counts = f"{c.unexpected_count:,}" + (f" of {c.element_count:,}" if c.element_count is not None else "")
    detail = []
    if c.exception:
        detail.append(f"<pre>error: {_e(c.exception)}</pre>")
    if c.observed_value is not None:
        detail.append(f"<div>observed: <code>{_json(c.observed_value)}</code></div>")
    if c.examples:
        items = "".join(f"<li><code>{_json(x)}</code></li>" for x in c.examples)
        detail.append(f"<details{'' if c.success else ' open'}><summary>{len(c.examples)} example(s)</summary><ul>{items}</ul></details>")
    return (
        f'<tr class="{"passed" if c.success else "failed"}" id="{_e(c.name)}">'
        f"<td><code>{_e(c.name)}</code><div class=\"notes\">{_e(c.notes)}</div></td>"
        f"<td><code>{_e(c.expectation_type)}</code><pre>{_json(c.kwargs)}</pre></td>"
        f"{outcome}<td>{_e(counts)}</td><td>{''.join(detail)}</td></tr>"
    )


def render_report(report: ValidationReport) -> str:
    s = report.statistics
    verdict = (
        f'<p class="verdict pass">Passed: all {s["evaluated_checks"]} checks succeeded.</p>'
        if report.success
        else f'<p class="verdict fail">FAILED: {s["unsuccessful_checks"]} of {s["evaluated_checks"]} checks failed. This release is not published.</p>'
    )
    rows = "".join(f"<tr><td>{_e(t)}</td><td>{n:,}</td></tr>" for t, n in s.get("rows", {}).items())
    facts = (
        f"<dl><dt>Validated at</dt><dd>{_e(report.validated_at)}</dd>"
        f"<dt>Great Expectations</dt><dd>{_e(report.great_expectations_version)}</dd>"
        f"<dt>Parameters</dt><dd><code>{_json(report.parameters)}</code></dd>"
        f"<dt>Time</dt><dd>{_e(s.get('seconds'))} s</dd></dl>"
    )
    failures = ""
    if report.failures:
        items = "".join(f'<li><a href="#{_e(c.name)}"><code>{_e(c.name)}</code></a>: {_e(c.describe())}</li>' for c in report.failures)
        failures = f"<h2>Failed checks</h2><ul>{items}</ul>"
    sections = []
    tables = list(dict.fromkeys(c.table for c in report.checks))
    for table in tables:
        checks = [c for c in report.checks if c.table == table]
        bad = sum(not c.success for c in checks)
        sections.append(
            f"<h2>{_e(table)} <small>({len(checks)} checks, {bad} failed)</small></h2>"
            "<table><thead><tr><th>check</th><th>expectation</th><th>outcome</th><th>unexpected</th><th>details</th></tr></thead>"
            f"<tbody>{''.join(_row(c) for c in checks)}</tbody></table>"
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>Validation report: {'passed' if report.success else 'FAILED'}</title>"
        f"<style>{CSS}</style></head><body>"
        f"<h1>Validation report</h1>{verdict}{facts}"
        f"<h2>Rows</h2><table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{failures}{''.join(sections)}"
        "</body></html>\n"
    )
