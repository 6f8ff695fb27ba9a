"""JSON report: the versioned contract CI users and other tools read."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from checkfacts.models import Report

_ITEM_INDENT = " " * 4
"""Where an item of a top-level list starts: two levels of two-space indent."""


def render_json(report: Report) -> str:
    """Serialize the report, keys in model order, two-space indent, trailing newline.

    pydantic's serializer writes what ``json.dumps(..., indent=2, ensure_ascii=False)``
    writes, byte for byte, five times faster (tests/test_report.py holds it to that).
    """
    return report.model_dump_json(indent=2) + "\n"


def stream_json(report: Report) -> Iterator[str]:
    """:func:`render_json`'s text, piece by piece: one top-level key or list item each.

    The whole report of an archive is hundreds of megabytes as one string; written
    from these pieces it never is. Each list item is serialized alone and indented to
    its depth (a JSON string holds no raw line break, so every line of an item moves
    in by the same four spaces); tests/test_report.py holds the joined pieces to be
    :func:`render_json`'s text, byte for byte.
    """
    names = list(type(report).model_fields)
    yield "{\n"
    for n, name in enumerate(names):
        tail = ",\n" if n < len(names) - 1 else "\n"
        value = getattr(report, name)
        if not (isinstance(value, tuple) and value and isinstance(value[0], BaseModel)):
            whole = report.model_dump_json(indent=2, include={name})
            yield whole[2:-2] + tail  # the one key's lines, without the braces around them
            continue
        yield f'  "{name}": [\n'
        for k, item in enumerate(value):
            text = item.model_dump_json(indent=2).replace("\n", "\n" + _ITEM_INDENT)
            yield _ITEM_INDENT + text + (",\n" if k < len(value) - 1 else "\n")
        yield "  ]" + tail
    yield "}\n"
