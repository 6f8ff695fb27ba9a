"""Score date normalization on TempEval-3 platinum TIMEX3 values and Duckling's corpus.

Run from the project root::

    python benchmarks/temporal.py            # through `checkfacts fields -`
    python benchmarks/temporal.py --direct   # DateExtractor in-process

Each benchmark row becomes one JSON line ``{"text": expression, "published":
reference_date[:10]}``; the field covering most of the expression is scored (the
first one on ties). The data lives in ``../shared/benchmarks/temporal/`` and is
read, never copied.

TempEval-3: exact match of our ``timex`` with the gold TIMEX3 value, by gold type.

Duckling: compared at the row's grain (a finer-than-day grain compares the day,
since date fields stop at days). Instants need our interval to lie inside the
gold unit; intervals ``[start, end)`` need our earliest day in the unit of
``start`` and our latest day in the unit of ``end`` minus a second; open intervals
compare their one end. Negative rows are correct when no field comes back.

Duckling is an assistant's corpus: it reads every expression as the next such time
(future). News reads a bare weekday as the last one on or before the dateline. So
each row is fed with a ``"tense"`` hint (an optional key of the ``fields -``
protocol) and scored in three columns:

news convention
    bare weekdays ("Tuesday", "on Fri at 3pm") fed with ``tense: past`` and scored
    against the last such weekday on or before the reference date; every other
    expression fed with ``tense: future`` (the corpus means it so) and scored
    against Duckling's gold;
Duckling's own
    every expression fed with ``tense: future``, scored against Duckling's gold;
no hint
    the bare expression as the extractor reads it on its own (news defaults: past),
    bare weekdays scored by the news convention.

The CLI reads only ``text`` and ``published`` today, so without ``--direct`` the
two hinted columns still come from :class:`DateExtractor` in-process (the no-hint
column goes through ``checkfacts fields -``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "temporal"
TE3 = DATA / "te3_platinum_timex.jsonl"
DUCKLING = DATA / "duckling_en_time.jsonl"

Row = dict[str, Any]
Field = dict[str, Any]

_WEEKDAY = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\b\.?", re.IGNORECASE)
_NOT_BARE = re.compile(
    r"\b(next|last|this|coming|past|previous|following|after|before|of|from|week|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d+(st|nd|rd|th))\w*\b|/",
    re.IGNORECASE,
)


def load(path: Path) -> list[Row]:
    """Read a JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_cli(requests: list[Row]) -> list[list[Field] | None]:
    """Fields for each request through ``checkfacts fields -`` (None on an error line)."""
    payload = "".join(json.dumps(r) + "\n" for r in requests)
    proc = subprocess.run(
        [sys.executable, "-m", "checkfacts", "fields", "-"],
        input=payload,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if len(lines) != len(requests):
        raise SystemExit(
            f"checkfacts fields - answered {len(lines)} lines for {len(requests)} "
            f"(exit {proc.returncode}): {proc.stderr[-2000:]}"
        )
    out: list[list[Field] | None] = []
    for line in lines:
        obj = json.loads(line)
        out.append(None if "error" in obj else list(obj.get("fields", [])))
    return out


def run_direct(requests: list[Row]) -> list[list[Field] | None]:
    """Fields for each request from :class:`DateExtractor` in-process."""
    sys.path.insert(0, str(ROOT / "src"))
    from checkfacts.extractors.dates import DateExtractor
    from checkfacts.extractors.interface import Context

    ex = DateExtractor()
    out: list[list[Field] | None] = []
    for r in requests:
        pub = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        fields = ex.extract(r["text"], Context(published=pub), tense=r.get("tense"))
        out.append([f.model_dump(mode="json") for f in fields])
    return out


def pick(
    fields: list[Field] | None, text: str, target: tuple[int, int] | None = None
) -> Field | None:
    """The date field covering most of ``target`` (default: the whole text); first on ties.

    A range's ends carry their own words and values (``parts`` with ``within``), as
    TIMEX3 annotates "2009" and "2011" in "from 2009 to 2011" apart: an end that covers
    as much of the target as its range, in fewer words, stands in for the range.
    """
    lo, hi = target if target is not None else (0, len(text))
    best: Field | None = None
    best_cover = 0
    for f in fields or []:
        if f.get("kind") != "date":
            continue
        s, e = f["span"]
        cover = min(e, hi) - max(s, lo)
        for part in f["value"].get("parts") or []:
            if "within" not in part:
                continue
            ps, pe = s + part["within"][0], s + part["within"][1]
            if min(pe, hi) - max(ps, lo) >= cover and pe - ps < e - s:
                f = {"kind": "date", "text": part["text"], "span": [ps, pe], "value": part}
                s, e = ps, pe
        if cover > best_cover:
            best, best_cover = f, cover
    return best


# ---------------------------------------------------------------------------
# TempEval-3
# ---------------------------------------------------------------------------


def score_te3(
    rows: list[Row], runner: Any, with_sentence: bool
) -> tuple[dict[str, list[int]], list[str]]:
    """Accuracy of TIMEX3 values by gold type; returns tallies and the misses."""
    requests = []
    targets: list[tuple[int, int] | None] = []
    for r in rows:
        text = r["expression"]
        target = None
        if with_sentence and r.get("sentence") and r["expression"] in r["sentence"]:
            text = r["sentence"]
            start = text.index(r["expression"])
            target = (start, start + len(r["expression"]))
        requests.append({"text": text, "published": r["reference_date"][:10]})
        targets.append(target)
    answers = runner(requests)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for r, req, target, fields in zip(rows, requests, targets, answers, strict=True):
        f = pick(fields, req["text"], target)
        got = f["value"].get("timex") if f else None
        ok = got == r["expected_value"]
        for key in (r["type"], "all"):
            tally[key][0] += ok
            tally[key][1] += 1
        if not ok:
            misses.append(
                f"TE3 {r['type']:8} {r['expression']!r:32} gold={r['expected_value']} got={got}"
            )
    return tally, misses


# ---------------------------------------------------------------------------
# Duckling
# ---------------------------------------------------------------------------


def _parse_dt(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _unit_key(d: dt.date, grain: str) -> tuple[int, ...]:
    if grain == "week":
        iy, iw, _ = d.isocalendar()
        return (iy, iw)
    if grain == "month":
        return (d.year, d.month)
    if grain == "quarter":
        return (d.year, (d.month - 1) // 3)
    if grain == "year":
        return (d.year,)
    return (d.year, d.month, d.day)


def is_bare_weekday(expression: str) -> bool:
    """A weekday with nothing that fixes its week ("Tuesday", "on Fri at 3pm")."""
    return bool(_WEEKDAY.search(expression)) and not _NOT_BARE.search(expression)


def news_weekday_gold(row: Row) -> Row:
    """The row with a bare weekday moved to the last one on or before the reference date."""
    expected = _parse_dt(row["expected_value"])
    ref = _parse_dt(row["reference_date"])
    back = (ref.date().weekday() - expected.date().weekday()) % 7
    target = ref.date() - dt.timedelta(days=back)
    moved = expected + dt.timedelta(days=(target - expected.date()).days)
    return dict(row, expected_value=moved.isoformat())


def duckling_correct(row: Row, field: Field | None) -> bool:
    """Whether ``field`` matches a Duckling row at the row's grain (BC years never do)."""
    try:
        return _duckling_correct(row, field)
    except ValueError:
        return False


def _duckling_correct(row: Row, field: Field | None) -> bool:
    kind = str(row["kind"])
    if kind.startswith("negative"):
        return field is None
    if field is None:
        return False
    value = field["value"]
    lo_s, hi_s = value.get("earliest"), value.get("latest")
    lo = dt.date.fromisoformat(lo_s) if lo_s else None
    hi = dt.date.fromisoformat(hi_s) if hi_s else None
    grain = str(row["grain"])
    expected = str(row["expected_value"])
    if kind == "instant":
        d = _parse_dt(expected).date()
        return (
            lo is not None
            and hi is not None
            and _unit_key(lo, grain) == _unit_key(d, grain) == _unit_key(hi, grain)
        )
    if kind.startswith("interval"):
        s, e = expected.split("/")
        start = _parse_dt(s).date()
        end = (_parse_dt(e) - dt.timedelta(seconds=1)).date()
        return (
            lo is not None
            and hi is not None
            and _unit_key(lo, grain) == _unit_key(start, grain)
            and _unit_key(hi, grain) == _unit_key(end, grain)
        )
    if kind == "open_interval":
        side, when = expected.split(" ", 1)
        d = _parse_dt(when)
        if side == "after":
            return lo is not None and _unit_key(lo, grain) in {
                _unit_key(d.date(), grain),
                _unit_key((d + dt.timedelta(seconds=1)).date(), grain),
            }
        return hi is not None and _unit_key(hi, grain) in {
            _unit_key(d.date(), grain),
            _unit_key((d - dt.timedelta(seconds=1)).date(), grain),
        }
    return False


def score_duckling(
    rows: list[Row], runner: Any, hinted_runner: Any
) -> tuple[dict[str, list[int]], list[str]]:
    """Accuracy under the news convention, Duckling's own and with no hint, with slices."""
    plain = [{"text": r["expression"], "published": r["reference_date"][:10]} for r in rows]
    bares = [
        r.get("kind") == "instant" and not r.get("holiday") and is_bare_weekday(r["expression"])
        for r in rows
    ]
    news_q = [
        dict(q, tense="past" if bare else "future") for q, bare in zip(plain, bares, strict=True)
    ]
    duck_q = [dict(q, tense="future") for q in plain]
    plain_a, news_a, duck_a = runner(plain), hinted_runner(news_q), hinted_runner(duck_q)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for r, q, bare, fp, fn, fd in zip(rows, plain, bares, plain_a, news_a, duck_a, strict=True):
        gold_news = news_weekday_gold(r) if bare else r
        f_news = pick(fn, q["text"])
        ok_news = duckling_correct(gold_news, f_news)
        ok_duck = duckling_correct(r, pick(fd, q["text"]))
        ok_plain = duckling_correct(gold_news, pick(fp, q["text"]))
        grain = r.get("grain")
        slices = ["all", "holiday" if r.get("holiday") else "non-holiday"]
        if grain in {"hour", "minute", "second"}:
            slices.append("time of day")
        elif not r.get("holiday") and not str(r["kind"]).startswith("negative"):
            slices.append("dates (no holiday, day+ grain)")
        if bare:
            slices.append("bare weekday")
        if str(r["kind"]).startswith("negative"):
            slices.append("negative")
        for s in slices:
            for conv, ok in (("news", ok_news), ("duck", ok_duck), ("plain", ok_plain)):
                tally[f"{conv}|{s}"][0] += ok
                tally[f"{conv}|{s}"][1] += 1
        if not ok_news:
            f = f_news
            got = (f["text"], f["value"].get("earliest"), f["value"].get("latest")) if f else None
            misses.append(
                f"DUCK {grain!s:7} {r['expression']!r:40} gold={gold_news['expected_value']} "
                f"got={got}"
            )
    return tally, misses


def _fmt(tally: dict[str, list[int]], key: str) -> str:
    ok, n = tally.get(key, [0, 0])
    return f"{ok / n:6.3f} ({ok:4d}/{n:4d})" if n else "     -"


def report(te3: dict[str, list[int]], duck: dict[str, list[int]]) -> Iterable[str]:
    """A compact table of the figures."""
    yield "benchmark                            accuracy"
    yield "-" * 92
    for key in ("DATE", "DURATION", "TIME", "SET", "all"):
        yield f"TE3 TIMEX3 value, type {key:13} {_fmt(te3, key)}"
    yield "-" * 92
    heads = ("news convention", "Duckling's own", "no hint")
    yield f"{'Duckling slice':31} " + " ".join(f"{h:>19}" for h in heads)
    slices = [
        "all",
        "dates (no holiday, day+ grain)",
        "holiday",
        "time of day",
        "bare weekday",
        "negative",
    ]
    for s in slices:
        yield (
            f"{s:31} {_fmt(duck, 'news|' + s):>19} {_fmt(duck, 'duck|' + s):>19} "
            f"{_fmt(duck, 'plain|' + s):>19}"
        )


def main(argv: list[str] | None = None) -> int:
    """Command line entry: score and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--direct", action="store_true", help="call DateExtractor in-process")
    ap.add_argument(
        "--with-sentence",
        action="store_true",
        help="TE3: feed the whole sentence (tense cues) and score the field over the expression",
    )
    ap.add_argument("--misses", action="store_true", help="list the rows scored wrong")
    args = ap.parse_args(argv)
    runner = run_direct if args.direct else run_cli
    te3, te3_miss = score_te3(load(TE3), runner, args.with_sentence)
    duck, duck_miss = score_duckling(load(DUCKLING), runner, run_direct)
    for line in report(te3, duck):
        print(line)
    if args.misses:
        print()
        for line in te3_miss + duck_miss:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
