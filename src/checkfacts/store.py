"""The claim store: one JSON file per source with its claims, fields and spans.

Written deterministically (same input, same bytes) and atomically, so that it can be
committed and diffed in review. Beside the JSON files, ``.cache/`` keeps the claims'
embedding vectors (one file per source and model) so that a run over sources the
store already holds embeds nothing, and ``.lock`` serialises runs on one store.

A source's stored claims are reused while its SHA-256, the checkfacts version (and
the hash of the code that reads claims), the embedding model, the spaCy pipeline and
:data:`STORE_VERSION` all match; otherwise it is read again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import Field, ValidationError

from checkfacts import __version__
from checkfacts.errors import StoreError
from checkfacts.models import Claim, Contract, Source

STORE_VERSION = 2
CACHE_FOLDER = ".cache"
LOCK_NAME = ".lock"
MAX_STEM = 100


READER_MODULES = ("ingest.py", "claims.py", "fields.py", "nlp.py", "embed.py", "models.py")
"""Modules whose code decides a source's claims and fields (with ``extractors/``)."""


@cache
def reader_digest() -> str:
    """A short hash of the code that turns a source into claims with fields.

    Stored claims are read again when it changes, even within one version of
    checkfacts (an editable install under development).
    """
    package = Path(__file__).parent
    files = [package / m for m in READER_MODULES] + sorted((package / "extractors").glob("*.py"))
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


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


class ClaimStore:
    """The store folder: stored sources, cached embeddings and the lock."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

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
        return parse_stored(text, path)

    def cache_folder(self, model: str) -> Path:
        """Where the embeddings of ``model`` are cached."""
        return self.folder / CACHE_FOLDER / f"embeddings-{slug(model)}"

    def embeddings(self, model: str) -> dict[str, np.ndarray]:
        """Every cached vector of ``model``: text key -> float32 vector."""
        found: dict[str, np.ndarray] = {}
        folder = self.cache_folder(model)
        if not folder.is_dir():
            return found
        for path in sorted(folder.glob("*.vectors")):
            found.update(read_vectors(path))
        return found

    def files(
        self,
        stored: Sequence[StoredSource],
        vectors: Mapping[str, np.ndarray],
        texts: Mapping[str, Sequence[str]],
    ) -> dict[Path, str | bytes]:
        """The store's files: one JSON file and one vector file per source.

        ``texts`` maps each source id to the embedded texts of its claims, in order.
        """
        files: dict[Path, str | bytes] = {}
        for entry in stored:
            files[self.path(entry.source.id)] = dump_stored(entry)
            keys = sorted({text_key(t) for t in texts.get(entry.source.id, ())})
            cache = self.cache_folder(entry.model) / f"{file_stem(entry.source.id)}.vectors"
            files[cache] = write_vectors({k: vectors[k] for k in keys if k in vectors})
        return files

    def stale(self, keep: Iterable[Path]) -> list[Path]:
        """Store and cache files that no current source owns."""
        keep_set = {p.resolve() for p in keep}
        if not self.folder.is_dir():
            return []
        candidates = [*self.folder.glob("*.json"), *self.folder.glob(f"{CACHE_FOLDER}/*/*.vectors")]
        return sorted(p for p in candidates if p.resolve() not in keep_set)


def dump_stored(entry: StoredSource) -> str:
    """The file text of a stored source: sorted keys, two-space indent, one final newline."""
    return json.dumps(entry.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def parse_stored(text: str, path: Path) -> StoredSource | None:
    """Parse a store file; a bad one raises :class:`StoreError` with its file and line.

    A file of another layout (an older ``store_version``) gives None: its source is
    read again and the file rewritten.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"not valid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
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


# --- vectors ---------------------------------------------------------------------------


def write_vectors(vectors: Mapping[str, np.ndarray]) -> bytes:
    """One JSON header line (keys in order, dimension), then little-endian float32 rows."""
    keys = sorted(vectors)
    dim = int(vectors[keys[0]].shape[0]) if keys else 0
    header = json.dumps({"dim": dim, "keys": keys}, separators=(",", ":")).encode() + b"\n"
    rows = [np.asarray(vectors[k], dtype="<f4").tobytes() for k in keys]
    return header + b"".join(rows)


def read_vectors(path: Path) -> dict[str, np.ndarray]:
    """Read a vector file; an unreadable one is ignored (it is only a cache)."""
    try:
        data = path.read_bytes()
        head, _, body = data.partition(b"\n")
        meta = json.loads(head)
        keys, dim = list(meta["keys"]), int(meta["dim"])
        matrix = np.frombuffer(body, dtype="<f4").reshape(len(keys), dim)
    except (OSError, ValueError, KeyError, TypeError):
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
    except ValueError:
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
