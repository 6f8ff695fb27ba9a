"""The claim store: one JSON file per source with its claims, fields and spans.

Written deterministically (same input, same bytes) and atomically, so that it can be
committed and diffed in review. Beside the JSON files, ``.cache/`` keeps the claims'
embedding vectors (one file per source and model) so that a run over sources the
store already holds embeds nothing, and ``.lock`` serialises runs on one store.

A source's stored claims are reused while its SHA-256, the checkfacts version (and
the hash of the code that reads claims), the embedding model, the spaCy pipeline and
:data:`STORE_VERSION` all match; otherwise it is read again.

Stored claims are checked, not trusted (:class:`Trust`): a store file is taken as it is
only when its bytes are those of the base revision in git, or those this checkout's own
runs produced by reading the source (``.cache/produced.sha256``). Any other file is read
again, and a file that claims to hold a source's claims but disagrees with them stops
the run. The store removes only files it recognises as its own: a store file starts
with :data:`STORE_MAGIC` and is named after the source it holds; a vector file starts
with :data:`VECTORS_MAGIC`; a staging file left by a killed run matches
:data:`STAGING` and starts like the file it was to become.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import Field, TypeAdapter, ValidationError

from checkfacts import __version__
from checkfacts.errors import ConfigError, StoreError
from checkfacts.models import Claim, Cluster, Contract, Source

STORE_VERSION = 3
"""Layout of a store file: 3 since field values are typed (dates carry `basis` as a
reading and `basis_text`); a file of an older layout is read again, not trusted."""
CACHE_FOLDER = ".cache"
LOCK_NAME = ".lock"
RECORD_NAME = "produced.sha256"
MAX_STEM = 100

STORE_MAGIC = b'{\n  "store_version": '
"""How every store file begins (:func:`dump_stored`): the mark of a file the store owns."""
VECTORS_MAGIC = b'{"dim":'
"""How every vector file begins (:func:`write_vectors`)."""
RECORD_MAGIC = b"# checkfacts: "
"""How the record of produced store files begins (:func:`dump_record`)."""
STAGING = re.compile(
    r"\.(?P<target>[a-z0-9_-]+\.(?:json|vectors|sha256|clusters))\.[a-z0-9_]{8}\.tmp"
)
"""Name of a staging file of :func:`checkfacts.atomic.write_files` for a store file:
``.<target>.<8 characters of tempfile.mkstemp>.tmp``."""


READER_MODULES = (
    "ingest.py",
    "claims.py",
    "fields.py",
    "nlp.py",
    "embed.py",
    "models.py",
    "vocabulary.py",
)
"""Modules whose code decides a source's claims and fields (with ``extractors/``)."""


@cache
def reader_digest() -> str:
    """A short hash of the code that turns a source into claims with fields.

    Stored claims are read again when it changes, even within one version of
    checkfacts (an editable install under development).
    """
    package = Path(__file__).parent
    files = [package / m for m in READER_MODULES] + sorted((package / "extractors").glob("*.py"))
    return _files_digest(package, files)


@cache
def code_digest() -> str:
    """A short hash of all of checkfacts' code: a stored comparison is reused only under it."""
    package = Path(__file__).parent
    return _files_digest(package, sorted(package.rglob("*.py")), __version__.encode() + b"\0")


def _files_digest(package: Path, files: Sequence[Path], seed: bytes = b"") -> str:
    """A short hash of ``seed``, then each file's name (within ``package``) and bytes."""
    digest = hashlib.sha256(seed)
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


_STORY_FILE = re.compile(r"s[0-9a-f]{24}\.clusters")

STORIES_FOLDER = "stories"
"""Folder of the cache (under :data:`CACHE_FOLDER`) of each story's aligned clusters."""

_CLUSTERS = TypeAdapter(tuple[Cluster, ...])


def story_key(sources: Sequence[Source], settings: Mapping[str, object]) -> str:
    """What a story's clusters depend on: its sources (bytes, dates), the code, settings."""
    digest = hashlib.sha256(code_digest().encode() + b"\0")
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode() + b"\0")
    for source in sorted(sources, key=lambda s: s.id):
        digest.update(source.model_dump_json(exclude={"path"}).encode() + b"\0")
    return "s" + digest.hexdigest()[:24]


class StoredSource(Contract):
    """One file of the claim store."""

    store_version: int = Field(STORE_VERSION, description="Version of this file's layout.")
    checkfacts: str = Field(__version__, description="Version of checkfacts that wrote it.")
    reader: str = Field(
        default_factory=reader_digest,
        description="Hash of the code that reads claims and fields (see reader_digest).",
    )
    model: str = Field(description="Embedding model the claims were aligned with.")
    spacy_model: str = Field(description="spaCy pipeline the claims were read with.")
    source: Source = Field(description="The source, with the SHA-256 of its bytes.")
    claims: tuple[Claim, ...] = Field(description="The source's claims with fields and spans.")

    def matches(self, source: Source, model: str, spacy_model: str) -> bool:
        """Whether these claims are still those of ``source`` read with these models."""
        return (
            self.store_version == STORE_VERSION
            and self.checkfacts == __version__
            and self.reader == reader_digest()
            and self.model == model
            and self.spacy_model == spacy_model
            and self.source.id == source.id
            and self.source.sha256 == source.sha256
        )


def slug(text: str) -> str:
    """Lower-case letters, digits, ``_`` and ``-`` only; never empty, never dotted."""
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-") or "source"


def file_stem(source_id: str) -> str:
    """A safe, distinct file stem for a source id.

    The stem is the id itself when it is already safe and short; otherwise its slug
    plus a short hash of the raw id, so that ids such as ``a/b`` and ``a-b`` never
    share a file and nothing can name a path outside the store.
    """
    safe = slug(source_id)
    if safe == source_id and len(safe) <= MAX_STEM:
        return safe
    return f"{safe[:80]}-{hashlib.sha256(source_id.encode()).hexdigest()[:8]}"


def file_name(source_id: str) -> str:
    """The store file of a source id."""
    return f"{file_stem(source_id)}.json"


def text_key(text: str) -> str:
    """Key of an embedded text in the cache."""
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Trust:
    """Which files of the store a run may take as they are.

    Paths are relative to the store folder, with ``/``. The default trusts nothing:
    every stored source is read again and checked.
    """

    base: str | None = None
    """The git revision compared with, or None (no repository, or no commit yet)."""
    unchanged: frozenset[str] = frozenset()
    """Files the base revision holds with the same content as the working tree."""
    changed: frozenset[str] = frozenset()
    """Tracked files that differ from the base revision (added, changed or deleted)."""
    produced: Mapping[str, str] = field(default_factory=dict)
    """Store file name -> SHA-256 of the bytes this checkout's runs produced from a source."""

    def trusts(self, path: Path, data: bytes) -> bool:
        """Whether store file ``path`` (with bytes ``data``) may be used without a re-read."""
        return path.name in self.unchanged or self.vouched(path, data)

    def vouched(self, path: Path, data: bytes) -> bool:
        """Whether this checkout's own runs produced store file ``path`` with bytes ``data``."""
        digest = self.produced.get(path.name)
        return digest is not None and digest == hashlib.sha256(data).hexdigest()


def _git(folder: Path, *args: str) -> bytes | None:
    """Output of ``git -C folder args``, or None when git fails or is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, check=False, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _names(output: bytes) -> frozenset[str]:
    return frozenset(os.fsdecode(n) for n in output.split(b"\0") if n)


class ClaimStore:
    """The store folder: stored sources, cached embeddings and the lock."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self._loaded: dict[str, tuple[StoredSource, str]] = {}
        """What :meth:`load` read, so that an entry written back unchanged is not dumped again."""

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold ``.lock`` in the store: one run at a time reads and writes the store."""
        from filelock import FileLock

        self.folder.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.folder / LOCK_NAME)):
            yield

    def path(self, source_id: str) -> Path:
        """The file that holds ``source_id``'s claims."""
        return self.folder / file_name(source_id)

    def load(self, source_id: str) -> StoredSource | None:
        """The stored claims of ``source_id``, or None where the store has none (or old ones).

        Raises :class:`StoreError` naming the file and line when the file is corrupt.
        """
        path = self.path(source_id)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"cannot read claim store file: {exc}", path=path) from exc
        entry = parse_stored(text, path)
        if entry is not None:
            self._loaded[source_id] = (entry, text)
        return entry

    def cache_folder(self, model: str) -> Path:
        """Where the embeddings of ``model`` are cached."""
        return self.folder / CACHE_FOLDER / f"embeddings-{slug(model)}"

    def embeddings(self, model: str, skip: Collection[str] = ()) -> dict[str, np.ndarray]:
        """Every cached vector of ``model``: text key -> float32 vector.

        Files named in ``skip`` (relative to the store, such as :attr:`Trust.changed`)
        are not read.
        """
        found: dict[str, np.ndarray] = {}
        folder = self.cache_folder(model)
        if not folder.is_dir():
            return found
        for path in sorted(folder.glob("*.vectors")):
            if path.relative_to(self.folder).as_posix() not in skip:
                found.update(read_vectors(path))
        return found

    def story_path(self, key: str) -> Path:
        """The cache file of the clusters of the story whose :func:`story_key` is ``key``."""
        return self.folder / CACHE_FOLDER / STORIES_FOLDER / f"{key}.clusters"

    def story(self, key: str) -> tuple[Cluster, ...] | None:
        """The stored clusters of story ``key``, or None (a missing or unreadable cache file)."""
        try:
            return _CLUSTERS.validate_json(self.story_path(key).read_bytes())
        except (OSError, ValueError):
            return None

    @property
    def record_path(self) -> Path:
        """The record of the store files this checkout produced (in the ignored cache)."""
        return self.folder / CACHE_FOLDER / RECORD_NAME

    def trust(self, base: str | None = None) -> Trust:
        """What this run may take from the store as it is (see :class:`Trust`).

        ``base`` is a git revision (default: ``HEAD`` when the store is in a git
        repository with a commit; otherwise there is no base). Raises
        :class:`~checkfacts.errors.ConfigError` when ``base`` is given and is not a
        revision of the store's repository, :class:`StoreError` when git cannot compare.
        """
        record = self.record_path.relative_to(self.folder).as_posix()
        folder = self.folder
        inside = _git(folder, "rev-parse", "--is-inside-work-tree") if folder.is_dir() else None
        if inside is None or inside.strip() != b"true":
            if base is not None:
                raise ConfigError(f"--base {base}: {self.folder} is not in a git repository")
            return Trust(produced=read_record(self.record_path))
        commit = _git(
            self.folder, "rev-parse", "--verify", "--quiet", f"{base or 'HEAD'}^{{commit}}"
        )
        if commit is None:
            if base is not None:
                raise ConfigError(
                    f"--base {base}: not a revision of the git repository of {self.folder}"
                )
            return Trust(produced=read_record(self.record_path))
        rev = commit.decode().strip()
        listed = _git(self.folder, "ls-tree", "-r", "--name-only", "-z", rev, "--", ".")
        diff = _git(
            self.folder, "diff", "--name-only", "-z", "--relative", "--no-renames", rev, "--", "."
        )
        if listed is None or diff is None:
            raise StoreError(
                f"git cannot compare the claim store with {base or 'HEAD'}", path=self.folder
            )
        changed = _names(diff)
        return Trust(
            base=base or "HEAD",
            unchanged=_names(listed) - changed,
            changed=changed,
            produced={} if record in changed else read_record(self.record_path),
        )

    def files(
        self,
        stored: Sequence[StoredSource],
        vectors: Mapping[str, np.ndarray],
        texts: Mapping[str, Sequence[str]],
        *,
        read: Collection[str] = (),
        trust: Trust | None = None,
        stories: Mapping[str, Sequence[Cluster]] | None = None,
    ) -> dict[Path, str | bytes]:
        """The store's files: one JSON file and one vector file per source, and the record.

        With ``stories`` (by :func:`story_key`), also each story's clusters, so that a
        later run whose story has the same sources, code and settings reuses them.

        ``texts`` maps each source id to the embedded texts of its claims, in order.
        The record lists the files of sources ``read`` in this run, and those whose file
        (as it is now, before it is written) ``trust`` vouches for: never one taken on
        the base revision's word alone.
        """
        files: dict[Path, str | bytes] = {}
        produced: dict[str, str] = {}
        for entry in stored:
            path = self.path(entry.source.id)
            loaded = self._loaded.get(entry.source.id)
            # an entry read from its file and written back unchanged keeps the file's text
            unchanged = loaded is not None and loaded[0] == entry
            files[path] = text = loaded[1] if loaded and unchanged else dump_stored(entry)
            if entry.source.id in read or (
                trust is not None and path.is_file() and trust.vouched(path, path.read_bytes())
            ):
                produced[path.name] = hashlib.sha256(text.encode()).hexdigest()
            keys = sorted({text_key(t) for t in texts.get(entry.source.id, ())})
            cache = self.cache_folder(entry.model) / f"{file_stem(entry.source.id)}.vectors"
            files[cache] = write_vectors({k: vectors[k] for k in keys if k in vectors})
        for key, clusters in (stories or {}).items():
            files[self.story_path(key)] = _CLUSTERS.dump_json(tuple(clusters)).decode() + "\n"
        files[self.record_path] = dump_record(produced)
        return files

    def stale(self, keep: Iterable[Path]) -> list[Path]:
        """Store and vector files of this store that no current source owns.

        Only files the store recognises as its own are listed: anything else in the
        folder (a ``package.json``, a hand-made copy of a store file) is never touched.
        """
        keep_set = {os.path.abspath(p) for p in keep}
        if not self.folder.is_dir():
            return []

        def unkept(pattern: str) -> list[Path]:
            return [p for p in self.folder.glob(pattern) if os.path.abspath(p) not in keep_set]

        # what is kept needs no look inside; only the rest is checked to be the store's own
        return sorted(
            [
                *(p for p in unkept("*.json") if owned_store_file(p)),
                *(
                    p
                    for p in unkept(f"{CACHE_FOLDER}/embeddings-*/*.vectors")
                    if _starts_with(p, VECTORS_MAGIC)
                ),
                *(
                    p
                    for p in unkept(f"{CACHE_FOLDER}/{STORIES_FOLDER}/*.clusters")
                    if _STORY_FILE.fullmatch(p.name) and _starts_with(p, b"[")
                ),
            ]
        )

    def leftovers(self) -> list[Path]:
        """Staging files a killed run left behind (:data:`STAGING`), to remove under the lock.

        A file counts only where the store would stage it and when its bytes start
        like the file it was to become (or it is empty).
        """
        places = [
            (self.folder, r"[a-z0-9_-]+\.json", STORE_MAGIC),
            (self.folder / CACHE_FOLDER, re.escape(RECORD_NAME), RECORD_MAGIC),
            *(
                (folder, r"[a-z0-9_-]+\.vectors", VECTORS_MAGIC)
                for folder in self.folder.glob(f"{CACHE_FOLDER}/embeddings-*")
            ),
            (self.folder / CACHE_FOLDER / STORIES_FOLDER, _STORY_FILE.pattern, b"["),
        ]
        found = []
        for folder, target, magic in places:
            for path in folder.glob(".*.tmp"):
                match = STAGING.fullmatch(path.name)
                if (
                    match is not None
                    and re.fullmatch(target, match["target"])
                    and path.is_file()
                    and _starts_like(path, magic)
                ):
                    found.append(path)
        return sorted(found)


def dump_stored(entry: StoredSource) -> str:
    """The file text of a stored source: keys in model order, two-space indent, a newline.

    pydantic's serializer writes what ``json.dumps(..., indent=2, ensure_ascii=False)``
    writes, byte for byte (tests/test_store_stories.py holds it to that), several times
    faster: a store of thousands of sources is dumped at every run.
    """
    return entry.model_dump_json(indent=2) + "\n"


def parse_stored(text: str, path: Path) -> StoredSource | None:
    """Parse a store file; a bad one raises :class:`StoreError` with its file and line.

    A file of another layout (an older ``store_version``) gives None: its source is
    read again and the file rewritten.
    """
    try:  # the common case, in one pass; any doubt takes the careful way below
        entry = StoredSource.model_validate_json(text)
        if entry.store_version == STORE_VERSION:
            return entry
    except ValueError:
        pass
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"not valid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
    except RecursionError as exc:
        raise StoreError("not valid JSON: nested too deeply", path=path) from exc
    except ValueError as exc:  # a number too long to convert
        raise StoreError(f"not valid JSON: {exc}", path=path) from exc
    version = data.get("store_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version != STORE_VERSION:
        return None
    try:
        return StoredSource.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise StoreError(
            f"{where}: {err['msg']} (hand-edited? delete the file to read the source again)",
            path=path,
            line=locate_line(text, err["loc"]),
        ) from exc


def owned_store_file(path: Path) -> bool:
    """Whether ``path`` is a store file: begins as dumped, named after its source."""
    if not _starts_with(path, STORE_MAGIC):
        return False
    try:
        data = json.loads(path.read_bytes())
        return file_name(data["source"]["id"]) == path.name
    except (OSError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
        return False


def _head(path: Path, size: int) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def _starts_with(path: Path, magic: bytes) -> bool:
    return _head(path, len(magic)) == magic


def _starts_like(path: Path, magic: bytes) -> bool:
    """Whether ``path`` starts with ``magic``, or is cut short inside it (or is empty)."""
    head = _head(path, len(magic))
    return head is not None and magic.startswith(head)


# --- the record of produced files ------------------------------------------------------


_RECORD_LINE = re.compile(r"(?P<digest>[0-9a-f]{64})  (?P<name>[a-z0-9_-]+\.json)")


def dump_record(produced: Mapping[str, str]) -> str:
    """The record's text: a comment, then ``sha256sum`` lines sorted by file name."""
    lines = [f"{digest}  {name}\n" for name, digest in sorted(produced.items())]
    head = RECORD_MAGIC.decode() + "store files this checkout produced from their sources\n"
    return head + "".join(lines)


def read_record(path: Path) -> dict[str, str]:
    """The record at ``path``: file name -> SHA-256; missing or unreadable, it is empty.

    Lines that are not ``<sha256>  <store file name>`` are ignored.
    """
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, ValueError):
        return {}
    if not text.startswith(RECORD_MAGIC.decode()):
        return {}
    found = {}
    for line in text.splitlines()[1:]:
        match = _RECORD_LINE.fullmatch(line)
        if match is not None:
            found[match["name"]] = match["digest"]
    return found


# --- vectors ---------------------------------------------------------------------------


def write_vectors(vectors: Mapping[str, np.ndarray]) -> bytes:
    """One JSON header line (dimension, keys in order, checksum), then float32 rows.

    The rows are little-endian; the checksum covers the dimension, keys and rows.
    """
    keys = sorted(vectors)
    dim = int(vectors[keys[0]].shape[0]) if keys else 0
    body = b"".join(np.asarray(vectors[k], dtype="<f4").tobytes() for k in keys)
    header = {"dim": dim, "keys": keys, "sha256": _vectors_digest(dim, keys, body)}
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + body


def _vectors_digest(dim: int, keys: Sequence[str], body: bytes) -> str:
    """SHA-256 of a vector file's dimension, keys and rows: everything but the checksum."""
    head = json.dumps([dim, list(keys)], separators=(",", ":")).encode()
    return hashlib.sha256(head + b"\n" + body).hexdigest()


def read_vectors(path: Path) -> dict[str, np.ndarray]:
    """Read a vector file; an unreadable one, or one whose checksum fails, counts as absent.

    It is only a cache: its statements are embedded again.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    return parse_vectors(data)


def parse_vectors(data: bytes) -> dict[str, np.ndarray]:
    """The vectors of a vector file's bytes; empty unless every check passes."""
    head, newline, body = data.partition(b"\n")
    try:
        meta = json.loads(head)
    except (ValueError, RecursionError):
        return {}
    if not newline or not isinstance(meta, dict):
        return {}
    dim, keys, digest = meta.get("dim"), meta.get("keys"), meta.get("sha256")
    if (
        type(dim) is not int
        or dim <= 0
        or not isinstance(keys, list)
        or not all(isinstance(k, str) for k in keys)
        or len(set(keys)) != len(keys)
        or len(body) != 4 * dim * len(keys)
        or digest != _vectors_digest(dim, keys, body)
    ):
        return {}
    matrix = np.frombuffer(body, dtype="<f4").reshape(len(keys), dim)
    if not np.isfinite(matrix).all():
        return {}
    return {k: matrix[n].astype(np.float32) for n, k in enumerate(keys)}


# --- where a validation error is -------------------------------------------------------


def locate_line(text: str, loc: Sequence[int | str]) -> int:
    """The 1-based line of the JSON value (or key) at path ``loc`` in ``text``.

    Follows ``loc`` as far as it goes; where a key is missing, the line of the
    object that lacks it. Line 1 when the text cannot be followed at all.
    """
    try:
        node = _Node.parse(text)
    except (ValueError, RecursionError):
        return 1
    pos = node.start
    for part in loc:
        child = node.child(part)
        if child is None:
            break
        pos, node = child
    return text.count("\n", 0, pos) + 1


class _Node:
    """A JSON value with the offset it starts at, and its children's offsets."""

    _decoder = json.JSONDecoder()

    def __init__(self, start: int):
        self.start = start
        self.keys: dict[str, tuple[int, _Node]] = {}
        self.items: list[_Node] = []

    def child(self, part: int | str) -> tuple[int, _Node] | None:
        if isinstance(part, int):
            return (self.items[part].start, self.items[part]) if part < len(self.items) else None
        return self.keys.get(part)

    @classmethod
    def parse(cls, text: str) -> _Node:
        node, _ = cls._value(text, cls._skip(text, 0))
        return node

    @staticmethod
    def _skip(text: str, i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    @classmethod
    def _value(cls, text: str, i: int) -> tuple[_Node, int]:
        node = cls(i)
        if i >= len(text):
            raise ValueError("end of text")
        if text[i] == "{":
            i = cls._skip(text, i + 1)
            while i < len(text) and text[i] != "}":
                key_start = i
                key, i = cls._decoder.raw_decode(text, i)
                i = cls._skip(text, i)
                if text[i : i + 1] != ":":
                    raise ValueError("expected ':'")
                value, i = cls._value(text, cls._skip(text, i + 1))
                node.keys[str(key)] = (key_start, value)
                i = cls._skip(text, i)
                if text[i : i + 1] == ",":
                    i = cls._skip(text, i + 1)
            return node, i + 1
        if text[i] == "[":
            i = cls._skip(text, i + 1)
            while i < len(text) and text[i] != "]":
                value, i = cls._value(text, i)
                node.items.append(value)
                i = cls._skip(text, i)
                if text[i : i + 1] == ",":
                    i = cls._skip(text, i + 1)
            return node, i + 1
        _, end = cls._decoder.raw_decode(text, i)
        return node, end
