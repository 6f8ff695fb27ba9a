"""Stage 1, ingest: files on disk -> :class:`~checkfacts.models.Document`.

Reads ``.txt``, ``.md`` (YAML front matter) and ``.html`` (article text extracted
with trafilatura), finds the publication date (front matter, page metadata, a
dateline at the top, or a source credit at the end) and marks the boilerplate a
scraper drags along (menus, captions, donation pleas, author bios, comment forms)
so that it yields no claims. Every span indexes ``Document.content.text``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from checkfacts.errors import InputError
from checkfacts.models import DateBasis, Document, Published, Skipped, Source, SourceText

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
"""File suffixes read as sources, and the format each is read as."""

IGNORED_NAMES = re.compile(r"^(readme|license|changelog)(\.|$)", re.IGNORECASE)
"""Files inside a folder that describe the folder rather than report the story."""


@dataclass(frozen=True)
class Input:
    """A source file found on disk."""

    given: str
    """The path as the user would see it (the folder given, joined with the file's place)."""
    file: Path
    """The file to read."""
    key: str
    """The path relative to the folder given (or the file name), used for the source id."""


def discover(paths: Sequence[str | Path]) -> list[Input]:
    """Expand files and folders into the source files to read, in a stable order.

    Raises :class:`InputError` for a missing path or a folder holding no articles.
    """
    found: list[Input] = []
    for raw in paths:
        given = str(raw)
        path = Path(given)
        if path.is_dir():
            inside = []
            for p in sorted(path.rglob("*")):
                if p.suffix.lower() not in SUFFIXES or IGNORED_NAMES.match(p.name):
                    continue
                parts = p.relative_to(path).parts
                if any(part.startswith(".") for part in parts[:-1]) or not p.is_file():
                    continue  # inside a hidden folder (.git, .venv): never articles
                if parts[-1].startswith("."):
                    warn(
                        "skipped: hidden file (its name starts with '.'); "
                        "give it as a PATH to read it",
                        os.path.join(given, *parts),
                    )
                    continue
                if _our_report(p):
                    warn(
                        "skipped: a report checkfacts wrote, not an article; "
                        "give it as a PATH to read it",
                        os.path.join(given, *parts),
                    )
                    continue
                inside.append(p)
            if not inside:
                raise InputError("folder holds no articles (.txt, .md or .html files)", path=given)
            for p in inside:
                rel = p.relative_to(path).as_posix()
                found.append(Input(given=os.path.join(given, rel), file=p, key=rel))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    "read are .txt, .md and .html",
                    path=given,
                )
            found.append(Input(given=given, file=path, key=path.name))
        else:
            raise InputError("no such file or folder", path=given)
    return found


REPORT_MARKS = (b"# checkfacts report\n", b'<meta name="generator" content="checkfacts ')
"""How a report checkfacts wrote begins (Markdown) or names its maker (HTML)."""


def _our_report(path: Path) -> bool:
    """Whether a file in a folder is a report checkfacts wrote, not an article.

    "checkfacts report . -o out" run twice would read the first run's report.md and
    report.html as two more sources, each quoting every claim: a folder's own reports
    are never its articles. Only the file's first 4 KiB are read.
    """
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False  # read later, where an unreadable file gets its one-line error
    return head.startswith(REPORT_MARKS[0]) or REPORT_MARKS[1] in head


def warn(message: str, path: str) -> None:
    """Say on stderr, in one line, something about an input that did not stop the run."""
    print(f"checkfacts: warning: {path}: {message}", file=sys.stderr)


def source_ids(inputs: Sequence[Input], root: str | Path | None = None) -> list[str]:
    """Give each input a stable, readable, unique id derived from its path.

    Two inputs of one name are told apart by a hash of the path from ``root`` (the
    configuration root; the working folder when None), so that their ids do not
    depend on the folder the run starts in.
    """
    bases = [_slug(re.sub(r"\.[A-Za-z]+$", "", i.key)) for i in inputs]
    ids = []
    for base, inp in zip(bases, inputs, strict=True):
        if bases.count(base) > 1:
            where = Path(os.path.relpath(os.path.abspath(inp.given), root or os.curdir))
            base = f"{base}-{hashlib.sha1(where.as_posix().encode()).hexdigest()[:6]}"
        ids.append(base)
    return ids


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug or "source"


def ingest(
    paths: Sequence[str | Path], *, max_bytes: int = 2_000_000, root: str | Path | None = None
) -> list[Document]:
    """Read every source under ``paths`` into documents, sorted by source id.

    ``root`` is the configuration root that ids are stable against (see
    :func:`source_ids`). Raises :class:`InputError` naming the file for the first
    source that cannot be read.
    """
    inputs = discover(paths)
    docs = [
        read_source(inp, sid, max_bytes=max_bytes)
        for inp, sid in zip(inputs, source_ids(inputs, root), strict=True)
    ]
    return sorted(docs, key=lambda d: d.source.id)


def read_source(inp: Input, source_id: str, *, max_bytes: int) -> Document:
    """Read one file into a :class:`Document`."""
    try:
        size = inp.file.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_bytes)",
                path=inp.given,
            )
        data = inp.file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=inp.given) from exc
    raw = _decode(data, inp.given)
    if not raw.strip():
        raise InputError("empty file", path=inp.given)
    fmt = SUFFIXES[inp.file.suffix.lower()]
    sha = hashlib.sha256(data).hexdigest()
    meta: dict[str, str | None] = {}
    published = Published()
    if fmt == "html":
        text, meta, published = _read_html(raw, inp.given)
        body_start = 0
    elif fmt == "md":
        text = raw
        meta, body_start, published = _front_matter(raw, inp.given)
    else:
        text, body_start = raw, 0
    layout = analyse_layout(text, body_start, markdown=fmt == "md")
    if published.basis is DateBasis.NONE and layout.published is not None:
        published = layout.published
    published = _not_future(published, inp.given)
    headline = layout.headline
    title = meta.get("title")
    if title is None and headline is not None:
        title = _clean_inline(text[headline[0] : headline[1]])
    source = Source(
        id=source_id,
        path=inp.given,
        format=fmt,  # type: ignore[arg-type]
        title=title,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=published,
        sha256=sha,
    )
    content = SourceText(
        source_id=source_id,
        text=text,
        body=(body_start, len(text)),
        headline=headline,
        skipped=tuple(layout.skipped),
    )
    return Document(source=source, content=content)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, given: str) -> str:
    """The text of a file: UTF-8 (with or without a BOM), or UTF-16/32 with a BOM.

    Without a BOM, NUL bytes mean a binary file: UTF-16/32 text is only known by its BOM.
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\x00" in data[:8192]:
        raise InputError("binary file, not an article (NUL bytes)", path=given)
    try:
        raw = data.decode(encoding)  # the utf-16/32 codecs read the BOM and drop it
    except UnicodeDecodeError as exc:
        also = "" if encoding == "utf-8-sig" else f", nor {encoding.upper()} as its BOM says"
        raise InputError(
            f"not UTF-8 text{also} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=given,
        ) from exc
    if "\x00" in raw[:8192]:
        raise InputError("binary file, not an article (NUL characters)", path=given)
    return raw


FUTURE_SLACK = dt.timedelta(days=1)
"""How far past the day of the run a publication date may be and still be used: a paper
east of the reader dates its edition a day ahead."""


def _not_future(published: Published, given: str) -> Published:
    """Keep a publication date no later than the day of the run; set a later one aside.

    A date in the future is a typo or a placeholder. Read against it, "Monday" would
    become a day that has not come, and join or make a conflict. The source is read
    as undated instead (compare then reads it as of the earliest dated source, and
    says so), the date is kept in ``future`` for the report, and a warning names it.
    """
    if published.date is None:
        return published
    today = dt.date.today()
    if dt.date.fromisoformat(published.date) <= today + FUTURE_SLACK:
        return published
    warn(
        f"publication date {published.date} is after the day of the run ({today}); "
        "read as unknown, so that relative dates are not resolved against it",
        given,
    )
    return published.model_copy(update={"date": None, "future": published.date})


# --- metadata --------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


FRONT_MAX_DEPTH = 20
"""Deepest nesting of lists and mappings read in front matter."""
FRONT_MAX_CHARS = 65_536
"""Longest front matter read: metadata (title, outlet, url, date) takes a few hundred
characters, and YAML is parsed in pure Python (about 1 s per 100 kB)."""


class _Refused(Exception):
    """Front matter YAML that :class:`_FrontMatterLoader` will not build."""

    def __init__(self, problem: str, mark: yaml.Mark | None):
        super().__init__(problem)
        self.problem = problem
        self.mark = mark


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases and with a cap on nesting.

    An alias (``*name``) repeats a value without repeating its bytes, so a few hundred
    bytes of nested aliases expand to gigabytes ("billion laughs"); front matter never
    needs one. Refusing them keeps what YAML builds no larger than the text it read,
    which ``max_bytes`` bounds. Nesting is capped because the composer recurses.
    """

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """Compose the next node; refuse an alias, and nesting deeper than ``FRONT_MAX_DEPTH``."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _Refused(
                "front matter uses YAML aliases (*name); write each value out", event.start_mark
            )
        depth = getattr(self, "_depth", 0)
        if depth >= FRONT_MAX_DEPTH:
            raise _Refused(
                f"front matter is nested more than {FRONT_MAX_DEPTH} levels deep",
                self.peek_event().start_mark,
            )
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth

    def construct_object(self, node: yaml.Node, deep: bool = False) -> object:
        """Build a value; a date or number out of range is refused, not a crash."""
        try:
            return super().construct_object(node, deep)
        except ValueError:  # 2021-13-45, or an integer of more than 4,300 digits
            kind = {"timestamp": "date", "int": "number", "float": "number"}.get(
                str(node.tag).rsplit(":", 1)[-1], "value"
            )
            raise _Refused(
                f"malformed front matter: {_short(node.value)} cannot be read as a {kind}",
                node.start_mark,
            ) from None


_NOT_PLAIN: object = object()
_PLAIN_LINE = re.compile(r"[A-Za-z_][\w-]*:(?:[ \t]+[^\n]*)?|[ \t]*(?:#[^\n]*)?")
"""A line of flat front matter: ``key: value``, a blank line or a comment."""
_NOT_FLAT = re.compile(r"[*&!|>\[\]{}]|^\s*-|:[ \t]*$", re.M)
"""What only nested, aliased, tagged or block-scalar YAML holds."""


def _plain_front_matter(block: str) -> object:
    """Flat ``key: value`` front matter read by libyaml; ``_NOT_PLAIN`` for anything else.

    Front matter is nearly always a handful of ``key: value`` lines. Those are read by
    YAML's C parser (when PyYAML has it), with the same safe constructors, so the result
    is what the pure-Python loader gives, a hundred times faster over an archive.
    Anything else (nesting, lists, aliases, tags, block scalars, a value that cannot be
    built) goes to :class:`_FrontMatterLoader`, which refuses or reports it exactly.
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None or _NOT_FLAT.search(block):
        return _NOT_PLAIN
    if not all(_PLAIN_LINE.fullmatch(line) for line in block.splitlines()):
        return _NOT_PLAIN
    try:
        return yaml.load(block, Loader=loader)
    except (yaml.YAMLError, ValueError):
        return _NOT_PLAIN


def _front_matter(raw: str, given: str) -> tuple[dict[str, str | None], int, Published]:
    """Parse YAML front matter; return metadata, where the body starts, and the date."""
    if not raw.startswith("---"):
        return {}, 0, Published()
    m = _FRONT.match(raw)
    if m is None:
        raise InputError("front matter opened with '---' is never closed", path=given, line=1)
    if len(m.group(1)) > FRONT_MAX_CHARS:
        raise InputError(
            f"front matter is {len(m.group(1)):,} characters, over the limit of "
            f"{FRONT_MAX_CHARS:,}",
            path=given,
            line=1,
        )
    try:
        data = _plain_front_matter(m.group(1))
        if data is _NOT_PLAIN:
            data = yaml.load(m.group(1), Loader=_FrontMatterLoader)  # a SafeLoader
    except _Refused as exc:
        line = None if exc.mark is None else exc.mark.line + 2
        raise InputError(exc.problem, path=given, line=line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = None if mark is None else mark.line + 2
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"malformed front matter: {problem}", path=given, line=line) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("malformed front matter: not a mapping of keys", path=given, line=2)
    meta = {
        key: _meta_text(data.get(key), key, m.group(1), given) for key in ("title", "outlet", "url")
    }
    published = Published()
    value = data.get("published", data.get("date"))
    if value is not None:
        day = _as_date(value)
        if day is None:
            raise InputError(
                f"malformed front matter: published {_short(value)} is not a date (YYYY-MM-DD)",
                path=given,
                line=_key_line(m.group(1), "published") or _key_line(m.group(1), "date"),
            )
        published = Published(date=day.isoformat(), basis=DateBasis.FRONT_MATTER)
    return meta, m.end(), published


def _meta_text(value: object, key: str, block: str, given: str) -> str | None:
    """A front matter value as text, or None when absent."""
    if value is None:
        return None
    try:
        return str(value).strip()
    except ValueError:  # an integer too long to write out
        raise InputError(
            f"malformed front matter: {key} is a number too long to read",
            path=given,
            line=_key_line(block, key),
        ) from None


def _short(value: object, width: int = 40) -> str:
    """``repr(value)``, cut to ``width`` characters."""
    try:
        text = repr(value)
    except ValueError:
        text = "(a number too long to write)"
    return text if len(text) <= width else text[: width - 1] + "…"


def _key_line(block: str, key: str) -> int | None:
    for n, line in enumerate(block.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return n
    return None


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:  # not a date, or an integer too long to write out
        return None


def _read_html(raw: str, given: str) -> tuple[str, dict[str, str | None], Published]:
    """Extract the article text and metadata from a web page with trafilatura."""
    import trafilatura  # heavy: imported only when an HTML source is read

    text = trafilatura.extract(
        raw, output_format="txt", include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise InputError("no article text found in the page", path=given)
    meta_doc = trafilatura.extract_metadata(raw)
    meta: dict[str, str | None] = {"title": None, "outlet": None, "url": None}
    published = Published()
    if meta_doc is not None:
        meta = {"title": meta_doc.title, "outlet": meta_doc.sitename, "url": meta_doc.url}
        day = _as_date(meta_doc.date) if meta_doc.date else None
        if day is not None:
            published = Published(date=day.isoformat(), basis=DateBasis.HTML_META)
    title = meta.get("title")
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    # trafilatura separates paragraphs by single newlines; keep one paragraph per block.
    text = re.sub(r"\n(?=\S)", "\n\n", text.strip()) + "\n"
    return text, meta, published


# --- layout: headline, dateline, credit, boilerplate ---------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
)
"""A weekday, in full or cut short as feeds and wire pages stamp it ("Thu Nov 10, 2011")."""
_DATE_WORDS = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\.?,?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
)
_TIME = (
    r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2})?)?"
)
DATELINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted|Date)\s*:?\s*(?:on\s+)?)?(?P<date>{_DATE_WORDS}){_TIME}\s*$",
    re.I,
)
"""A line that holds nothing but a date (and maybe a time): "Thursday, July, 07, 2022 03:35:08"."""
_DATE_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _DATE_WORDS)
""":data:`_DATE_WORDS` without its named groups, for a second date in one pattern."""
_CLOCK = r"\d{1,2}:\s?\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*(?:[A-Z]{1,3}T|UTC)\b)?"
_LABEL = r"(?i:published|updated|posted|date|(?:story )?created|last updated)"


def _stamp(date: str) -> str:
    """A date stamp around ``date`` (a pattern): a label before it, a time after it.

    A bare lower-case "on" is a label too ("on Apr 12 2007 A fired clerk ..."): no
    sentence opens with it.
    """
    return (
        rf"(?:{_LABEL}\s*:?\s*(?:(?i:on)\s+)?|on\s+)?"
        rf"(?i:{date})(?:(?:\s*[,|]\s*|\s+(?:(?i:at)|@|-|–|—)\s+|\s+){_CLOCK})?"
    )


LEDE_DATELINE = re.compile(
    rf"^\s*{_stamp(_DATE_WORDS)}(?:\s+{_stamp(_DATE_PLAIN)})?\s*[-–—|]?\s+(?=[\"“‘']?[A-Z])"
)
"""A dateline run into the lede: "March 14, 2019 4:10 PM EDT Rescuers pulled ...".
A scraped page often loses the break between its date line and its first paragraph; a
date (and time, and a second "Updated" stamp) that opens the first paragraph, with a
sentence after it, is the page's date, not a fact of the lede. Case matters outside the
date, so that a time zone is told from the lede's first word."""
_STAMP_PART = rf"(?:(?i:{_DATE_PLAIN})|{_CLOCK})(?:\s*,?\s*(?:(?i:{_DATE_PLAIN})|{_CLOCK}))?"
PAGE_STAMP = re.compile(
    rf"^\s*(?:{_LABEL}\s*:?\s*)?{_STAMP_PART}(?:\s*\|\s*{_LABEL}\s*:?\s*{_STAMP_PART})+"
    r"\s+(?=[\"“‘']?[A-Z])"
)
"""A page's stamp of when it was published and updated, run into a sentence anywhere in
the text: "Monday, Sep 10, 2012 | Updated 9:01 AM EDT The murder trial ...", "PUBLISHED:
02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013 An orderly protest ...". A
scraped page that loses its line breaks glues the stamp to the sentence after it. Only a
stamp with a second, labelled part ("| Updated ...") is read so, wherever it stands: a
date alone may open a sentence."""
CREDIT = re.compile(
    rf"^\s*(?:Source(?:\s+credit)?|Credit|Originally published(?:\s+(?:by|in))?)\s*:?\s*"
    rf"(?P<who>.*?)[,;]?\s*(?P<date>{_DATE_WORDS})?\s*\.?\s*$",
    re.I,
)
"""A source credit line: "Source: BBC Chinese, March 10, 2021"."""

_MONTH_NUM = {m.lower()[:3]: i for i, m in enumerate(_MONTHS.split("|")[:12], start=1)}

_NAV = re.compile(
    r"^(?:"
    # the page's own links and buttons
    r"skip to (?:main )?content|back to top(?: button| link)?|home|menu|search|sign (?:in|up)|"
    r"log ?in|subscribe|newsletter|share(?: this)?(?: article| story| post| page)?|"
    r"follow us(?: on [\w ,&]{1,40})?|"
    # headings over a list of other articles
    r"(?:related|latest|top|popular|trending|recommended)(?: articles| news| stories| posts)?|"
    r"more (?:from|on|in) (?:this |the |our )?\w+(?: \w+)?|you (?:may|might) also like|"
    # a link from a republished copy back to the original
    r"read more|continue reading|(?:read|view|see) (?:the )?(?:full |original )?"
    r"(?:article|story|post)(?: origin| source)?(?: here| online)?|"
    # advertising labels
    r"advertisement|sponsored(?: content)?|"
    # a template's placeholder left unrendered: one snake_case token ("spot_img", "[ad_1]")
    r"\[?[a-z]+(?:_[a-z0-9]+)+\]?"
    r")\W*$",
    re.I,
)
"""A line that is the site's furniture, not the article, in five categories: the page's
own links and buttons, headings over a list of other articles, a link from a republished
copy back to the original, advertising labels, and a template's unrendered placeholder.
Each category is written from what many sites share, not from one site's menu."""
_COMMENT_FORM = re.compile(
    r"please enter your (comment|name|email)|leave a (comment|reply)|post a comment|"
    r"your email address will not be published|required fields are marked|akismet|"
    r"comment data is processed|save my name, email",
)
_CALL_TO_ACTION = re.compile(
    r"\b(donat(e|ion|ions)|support (our|us|independent)|become a (member|supporter|patron)|"
    r"subscribe (now|today|to our)|sign up for (our|the) newsletter|"
    r"contributions? from (our )?readers|powered by (our )?(supporters|readers))\b",
)
_NAME = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
_BIO = re.compile(
    rf"^([Aa]bout the author\b|(?:[Mm]eet {_NAME},|{_NAME} (?:is|was)) (?:a|an|the) "
    r"(?:freelance |staff |senior |contributing |former )?[\w -]{0,30}(?:reporter|writer|"
    r"journalist|correspondent|contributor|editor|columnist|blogger|reviewer)\b)",
)
"""An author's bio: a name said to be (or introduced, "Meet X,", as) a writer of some
kind. "Meet X," alone is a feature's opening as often as a bio, so the role is needed."""
_CAPTION = re.compile(
    r"^(\(?(photo|image|picture|file photo|illustration|video)\b[^a-z]|"
    r"(a|an|the) (photo|image|picture|view|file photo|illustration|screenshot)s? "
    r"(of|shows|taken)\b|"
    r"pictured\b|caption\b)|"
    r"\((photo|image|credit)s?\s*:|\b(getty images|afp via getty|photo by|image credit|"
    r"photograph:)",
)
""":data:`_COMMENT_FORM`, :data:`_CALL_TO_ACTION` and :data:`_CAPTION` are searched in
the lowered line: a case-blind search of many words is several times slower in ``re``."""
_PHOTO_CREDIT = re.compile(
    r"^\W*(photo|image|picture|video|credit|illustration)s?\s*(:|by\b)", re.I
)
_BYLINE = re.compile(r"^\W*by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\b(?!\s+[a-z]+\s+[a-z])", re.I)
_MENU = re.compile(r"(\S\s+[|•·]\s+\S.*){2,}")
_MENU_MARKS = frozenset("|•·")
"""A line without one of these is no menu: the cheap test before :data:`_MENU`."""
_MD_ITALIC_LINE = re.compile(r"^\s*([*_])(?!\1).+\1\s*$")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_MD_MARK = re.compile(r"^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+)")
_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")


@dataclass
class Layout:
    """What :func:`analyse_layout` found in a text."""

    headline: tuple[int, int] | None
    skipped: list[Skipped]
    published: Published | None


def paragraphs(text: str, start: int = 0) -> Iterable[tuple[int, int]]:
    """Yield the spans of non-empty paragraphs from ``start``, each trimmed of whitespace.

    A paragraph is a line; consecutive lines are joined when the first does not end a
    sentence and the next starts in lower case (prose wrapped by the writer).
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text[start:])]
    spans: list[tuple[int, int]] = []
    last = ""  # the paragraph's last line: a sentence ends there or not at all
    for a, b in lines:
        a, b = a + start, b + start
        seg = text[a:b]
        if not seg.strip():
            continue
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        if (
            spans
            and not _TERMINAL.search(last)
            and text[a].islower()
            and "\n\n" not in text[spans[-1][1] : a].replace("\r", "")
        ):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
        last = text[a:b]
    return spans


def analyse_layout(text: str, body_start: int = 0, *, markdown: bool = False) -> Layout:
    """Find the headline, the dateline or credit, and the boilerplate of a text."""
    paras = list(paragraphs(text, body_start))
    skipped: list[Skipped] = []
    published: Published | None = None
    headline: tuple[int, int] | None = None
    first_prose: int | None = None

    def skip(span: tuple[int, int], reason: str) -> None:
        skipped.append(Skipped(span=span, reason=reason))

    for i, (a, b) in enumerate(paras):
        line = text[a:b]
        plain = _MD_MARK.sub("", line) if markdown else line
        lowered = plain.lower()
        words = plain.split()
        near_top = first_prose is None and i < 6
        near_end = i >= len(paras) - 3
        m = DATELINE.match(line)
        if m and (near_top or near_end):
            day = _match_date(m)
            if day is not None and published is None:
                published = Published(
                    date=day.isoformat(), basis=DateBasis.DATELINE, text=line.strip(), span=(a, b)
                )
            skip((a, b), "dateline")
            continue
        m = LEDE_DATELINE.match(line)
        if m and near_top and published is None and len(line[m.end() :].split()) >= 4:
            day = _match_date(m)  # the first stamp's date: the page's, not its update's
            if day is not None:
                end = a + len(line[: m.end()].rstrip())
                published = Published(
                    date=day.isoformat(), basis=DateBasis.DATELINE, text=text[a:end], span=(a, end)
                )
                skip((a, end), "dateline")
        m = CREDIT.match(line)
        if m and len(words) <= 12 and (near_end or not _TERMINAL.search(line)):
            day = _match_date(m) if m.group("date") else None
            if day is not None and (published is None or published.basis is DateBasis.NONE):
                published = Published(
                    date=day.isoformat(), basis=DateBasis.CREDIT, text=line.strip(), span=(a, b)
                )
            skip((a, b), "source credit")
            continue
        if markdown and _MD_IMAGE.match(line):
            skip((a, b), "image")
            continue
        if _NAV.match(plain.strip()) or (
            not _MENU_MARKS.isdisjoint(plain)
            and _MENU.search(plain)
            and not _TERMINAL.search(plain)
        ):
            skip((a, b), "navigation")
            continue
        if (
            markdown
            and line.lstrip().startswith("#")
            and (headline is not None or line.lstrip().startswith("##"))
        ):
            skip((a, b), "section heading")
            continue
        if _BYLINE.match(plain) and len(words) <= 10:
            skip((a, b), "byline")
            continue
        nxt = text[paras[i + 1][0] : paras[i + 1][1]] if i + 1 < len(paras) else ""
        if _PHOTO_CREDIT.match(plain) and len(words) <= 12:
            skip((a, b), "photo credit")
            continue
        if (_PHOTO_CREDIT.match(nxt) and len(nxt.split()) <= 12) or (
            markdown and near_top and _MD_ITALIC_LINE.match(line)
        ):
            skip((a, b), "caption")
            continue
        if _COMMENT_FORM.search(lowered):
            skip((a, b), "comment form")
            continue
        if _BIO.search(plain.strip()) and not near_top:
            skip((a, b), "author bio")
            continue
        if _CALL_TO_ACTION.search(lowered) and _looks_like_appeal(plain):
            skip((a, b), "call to action")
            continue
        if headline is None and first_prose is None and i < 6 and _headline_like(plain, markdown):
            headline = (a, b)
            continue
        if (headline is not None and first_prose is None and _CAPTION.search(lowered)) or (
            _CAPTION.match(lowered) and len(words) < 40
        ):
            skip((a, b), "caption")
            continue
        if not _TERMINAL.search(plain) and len(words) <= 8:
            prev = skipped[-1] if skipped else None
            if prev is not None and prev.reason == "caption" and prev.span[1] <= a:
                skip((a, b), "photo credit")
            elif near_end or (i + 1 < len(paras) and _BIO.search(text[slice(*paras[i + 1])])):
                skip((a, b), "byline" if _name_like(words) else "navigation")
            else:
                skip((a, b), "fragment" if first_prose is not None else "navigation")
            continue
        if first_prose is None:
            first_prose = i
    return Layout(headline=headline, skipped=skipped, published=published)


def _looks_like_appeal(text: str) -> bool:
    """A donation or subscription plea speaks to the reader: 'you', 'your', 'us', 'please'."""
    return bool(re.search(r"\b(you|your|please|us|our supporters)\b", text, re.I)) or text.endswith(
        "?"
    )


def _headline_like(text: str, markdown: bool) -> bool:
    words = text.split()
    if markdown and _MD_ITALIC_LINE.match(text):
        return False
    return 4 <= len(words) <= 30 and text.count(". ") == 0 and not text.rstrip().endswith(":")


def _name_like(words: list[str]) -> bool:
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _match_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), _MONTH_NUM[g["m1"].lower()[:3]], int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), _MONTH_NUM[g["m2"].lower()[:3]], int(g["d2"]))
        if g.get("y3"):
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except ValueError:
        return None
    return None


def _clean_inline(text: str) -> str:
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()
