"""HTML report: one self-contained file, templates shipped as package data.

Rendered through Jinja2 with autoescape on; the page's only script and style are
inline and allowed by hash in a Content-Security-Policy that forbids everything
else (no network, no other scripts), so hostile article text stays text.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from functools import cache
from importlib import resources

import jinja2

from checkfacts import __version__
from checkfacts.formats.view import ReportView, verdict_label
from checkfacts.models import Report


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("checkfacts.formats", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    return resources.files("checkfacts.formats").joinpath("templates", name).read_text("utf-8")


def _csp_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(report: Report) -> str:
    """Render the report as one HTML page that works offline."""
    return "".join(stream_html(report))


def stream_html(report: Report) -> Iterator[str]:
    """:func:`render_html`'s page, piece by piece as the template makes it."""
    script, style = _asset("report.js"), _asset("report.css")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; media-src 'none'; "
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"
    )
    return (
        _environment()
        .get_template("report.html.j2")
        .generate(
            report=report,
            view=ReportView(report),
            csp=csp,
            script=script,
            style=style,
            version=__version__,
            verdict_label=verdict_label,
        )
    )
