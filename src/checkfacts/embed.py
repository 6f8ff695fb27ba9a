"""Stage 4, embed: claims -> one unit vector per claim.

What gets embedded is the claim's ``statement`` with its dates and quantities
masked, so that "signed on Tuesday" and "made public on March 9" meet on the event
rather than drift apart on the date: the fields are compared later, field by field.
What a count counts ("people in the caravan") is embedded too, so that the
across-cluster comparison can tell one crowd from another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from checkfacts.embedders.interface import Embedder
from checkfacts.extractors.dates import dates_the_event
from checkfacts.models import Claim, DateValue, FieldValue, QuantityValue

MASKED_KINDS = {"date": "", "quantity": "some"}
"""Field kinds replaced before embedding, and what replaces them."""


def masked_statement(claim: Claim) -> str:
    """The claim's statement with its dates and quantities masked."""
    statement = claim.statement
    for f in claim.fields:
        if isinstance(f.value, DateValue) and not dates_the_event(f.value):
            continue  # "the former mayor" keeps its words: they say who, not when
        if f.kind in MASKED_KINDS:
            # A quantity keeps what it counts ("150 migrants" -> "some migrants").
            words = f.value.number_text if isinstance(f.value, QuantityValue) else None
            words = " ".join(str(words or f.text).split())
            statement = statement.replace(words, MASKED_KINDS[f.kind], 1)
    return " ".join(statement.split())


def masked_counted(field: FieldValue) -> str | None:
    """What a count counts, with any number in it masked; None if not known."""
    if not field.counted:
        return None
    return " ".join(_NUMBER.sub("some", field.counted).split())


_NUMBER = re.compile(r"\d[\d,.]*")


def embedded_texts(claim: Claim) -> list[str]:
    """Every text embedded for ``claim``: its masked statement, then what its counts count."""
    counted = (masked_counted(f) for f in claim.fields if f.kind == "quantity")
    return [masked_statement(claim), *(t for t in counted if t)]


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """Return an (n, d) float32 matrix of unit vectors, one row per claim, in order."""
    return embedder.encode([masked_statement(c) for c in claims])


class Stream:
    """Embeds texts in a background thread while the pipeline goes on reading sources.

    Parsing runs on one core and the model on another: each source's texts are handed
    over as soon as its claims are read (onnxruntime and the tokenizer release the
    GIL), so that most of the embedding is done when the last source is parsed. Texts
    are sent in lots of :attr:`LOT` (the model batches a lot by length; a source's few
    texts alone would pad badly). A text already known (``key`` in ``known``) or
    already handed over is not embedded again.
    """

    LOT = 1024

    def __init__(self, embedder: Embedder, known: Iterable[str], key: Callable[[str], str]):
        self.embedder = embedder
        self.key = key
        self._seen = set(known)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checkfacts-embed")
        self._batches: list[tuple[list[str], Future[np.ndarray]]] = []
        self._pending: list[str] = []

    def add(self, texts: Iterable[str]) -> None:
        """Queue ``texts`` not yet known or queued; send a lot once enough are waiting."""
        for text in texts:
            if self.key(text) not in self._seen:
                self._seen.add(self.key(text))
                self._pending.append(text)
        if len(self._pending) >= self.LOT:
            self._send()

    def _send(self) -> None:
        lot, self._pending = sorted(self._pending), []
        if lot:
            self._batches.append((lot, self._pool.submit(self.embedder.encode, lot)))

    def vectors(self) -> dict[str, np.ndarray]:
        """Send what waits, wait for every lot; return each text's vector by its key."""
        self._send()
        out: dict[str, np.ndarray] = {}
        for texts, future in self._batches:
            out.update(zip(map(self.key, texts), future.result(), strict=True))
        return out

    def close(self) -> None:
        """Stop the thread (after what is queued) and release the embedder."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.embedder.close()
