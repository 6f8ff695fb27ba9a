"""Fuzz the claim store's readers: any file content ends in a result or a StoreError.

The seeds are real store files (the committed demo store, ``claims/*.json``) and
vector files written by :func:`write_vectors`; Hypothesis feeds random text and bytes,
random JSON, and these seeds cut, spliced, bit-flipped and with a value anywhere in
them replaced by hostile JSON (deep nesting, numbers past Python's digit limit, lone
surrogates, wrong types). A vector file that was changed at all must read as absent,
or as exactly what was written when the change was a no-op.

``EXAMPLES`` inputs per test (``FUZZ_EXAMPLES`` in the environment overrides it); the
total tried is printed at the end of the module's run.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkfacts.errors import StoreError
from checkfacts.store import (
    ClaimStore,
    StoredSource,
    parse_stored,
    parse_vectors,
    read_record,
    read_vectors,
    write_vectors,
)
from conftest import ROOT, need

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(need(ROOT / "claims").glob("*.json"))]
PATH = Path("claims/fuzzed.json")
TRIED: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def report_count(request):
    yield
    line = f"fuzz_store: {sum(TRIED.values())} inputs tried: {dict(sorted(TRIED.items()))}"
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)


def stored_or_store_error(text: str) -> None:
    """The contract of :func:`parse_stored`: a stored source, None, or a StoreError."""
    try:
        result = parse_stored(text, PATH)
    except StoreError as exc:
        assert str(exc).startswith(f"{PATH}"), str(exc)
        assert "\n" not in exc.message
        return
    assert result is None or isinstance(result, StoredSource)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
    st.sampled_from(["", "fact", "date", "txt", "0" * 64, "\ud800", "1" * 5000]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
hostile = st.one_of(
    json_values.map(json.dumps),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.just("9" * 5000),
    st.just('"\\ud800"'),
    st.just("1e999"),
    st.just("NaN"),
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            yield from _paths(child, (*prefix, n))


@st.composite
def mutated_store_files(draw) -> str:
    """A real store file, changed the way a careless hand or a broken disk would."""
    text = draw(st.sampled_from(SEEDS))
    how = draw(st.sampled_from(["replace value", "cut", "splice", "flip", "truncate"]))
    if how == "replace value":
        data = json.loads(text)
        paths = list(_paths(data))
        path = paths[draw(st.integers(0, len(paths) - 1))]
        new = draw(hostile)
        if not path:
            return new
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        marker = "\u0000REPLACED\u0000"
        parent[path[-1]] = marker
        return json.dumps(data, indent=2, ensure_ascii=False).replace(json.dumps(marker), new)
    at = draw(st.integers(0, len(text)))
    if how == "cut":
        return text[:at] + text[at + draw(st.integers(1, 200)) :]
    if how == "splice":
        return text[:at] + draw(st.one_of(st.text(max_size=50), hostile)) + text[at:]
    if how == "flip":
        at = min(at, len(text) - 1)
        return text[:at] + chr(ord(text[at]) ^ (1 << draw(st.integers(0, 6)))) + text[at + 1 :]
    return text[:at]


@FUZZ
@given(st.text())
def test_parse_stored_on_random_text(text):
    TRIED["parse_stored random text"] += 1
    stored_or_store_error(text)


@FUZZ
@given(hostile)
def test_parse_stored_on_hostile_json(text):
    TRIED["parse_stored hostile JSON"] += 1
    stored_or_store_error(text)


@FUZZ
@given(mutated_store_files())
def test_parse_stored_on_mutated_store_files(text):
    TRIED["parse_stored mutated store file"] += 1
    stored_or_store_error(text)


def test_the_seeds_parse():
    assert SEEDS and all(isinstance(parse_stored(s, PATH), StoredSource) for s in SEEDS)


def test_known_hostile_store_files_are_one_line_store_errors():
    for text in ["[" * 100_000, "9" * 5000, '{"a": ' + "1" * 5000 + "}", "\ufeff{}", ""]:
        with pytest.raises(StoreError):
            parse_stored(text, PATH)


@FUZZ
@given(st.binary(max_size=3000))
def test_load_on_random_bytes(tmp_path_factory, data):
    TRIED["ClaimStore.load random bytes"] += 1
    store = ClaimStore(tmp_path_factory.getbasetemp() / "fuzzed-store")
    store.folder.mkdir(exist_ok=True)
    store.path("s").write_bytes(data)
    try:
        result = store.load("s")
    except StoreError:
        return
    assert result is None or isinstance(result, StoredSource)


# --- vector files ------------------------------------------------------------------------


def vectors_of(rows: int, dim: int, seed: int) -> dict[str, np.ndarray]:
    matrix = np.random.default_rng(seed).standard_normal((rows, dim)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return {f"{n:064x}": matrix[n] for n in range(rows)}


def same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return sorted(a) == sorted(b) and all(np.array_equal(a[k], b[k]) for k in a)


def vectors_or_nothing(data: bytes, tmp_path_factory) -> dict[str, np.ndarray]:
    """The contract of :func:`read_vectors`: well-formed vectors of one dimension, or none."""
    path = tmp_path_factory.getbasetemp() / "fuzzed.vectors"
    path.write_bytes(data)
    found = read_vectors(path)
    assert same(found, parse_vectors(data))
    dims = {v.shape for v in found.values()}
    assert len(dims) <= 1
    for key, vector in found.items():
        assert isinstance(key, str) and vector.dtype == np.float32 and vector.ndim == 1
        assert np.isfinite(vector).all()
    return found


@FUZZ
@given(st.one_of(st.binary(max_size=2000), hostile.map(lambda t: t.encode("utf-8", "replace"))))
def test_read_vectors_on_random_bytes(tmp_path_factory, data):
    TRIED["read_vectors random bytes"] += 1
    vectors_or_nothing(data, tmp_path_factory)


@FUZZ
@given(
    st.integers(0, 6),
    st.integers(1, 16),
    st.integers(0, 2**32 - 1),
    st.sampled_from(["flip", "cut", "splice", "truncate", "garbage body", "header"]),
    st.data(),
)
def test_read_vectors_on_mutated_files(tmp_path_factory, rows, dim, seed, how, data):
    TRIED["read_vectors mutated file"] += 1
    written = vectors_of(rows, dim, seed)
    valid = write_vectors(written)
    assert same(parse_vectors(valid), written)
    newline = valid.index(b"\n")
    at = data.draw(st.integers(0, len(valid) - 1))
    if how == "flip":
        bad = (
            valid[:at] + bytes([valid[at] ^ (1 << data.draw(st.integers(0, 7)))]) + valid[at + 1 :]
        )
    elif how == "cut":
        bad = valid[:at] + valid[at + data.draw(st.integers(1, 64)) :]
    elif how == "splice":
        bad = valid[:at] + data.draw(st.binary(min_size=1, max_size=16)) + valid[at:]
    elif how == "truncate":
        bad = valid[:at]
    elif how == "garbage body":
        body = len(valid) - newline - 1
        bad = valid[: newline + 1] + data.draw(st.binary(min_size=body, max_size=body))
    else:
        header = json.loads(valid[:newline])
        key = data.draw(st.sampled_from(sorted(header)))
        header[key] = data.draw(json_values)
        bad = json.dumps(header).encode() + valid[newline:]
    found = vectors_or_nothing(bad, tmp_path_factory)
    assert found == {} or same(found, written), how


@FUZZ
@given(st.one_of(st.binary(max_size=500), st.text(max_size=500).map(str.encode)))
def test_read_record_on_random_bytes(tmp_path_factory, data):
    TRIED["read_record random bytes"] += 1
    path = tmp_path_factory.getbasetemp() / "produced.sha256"
    path.write_bytes(b"# checkfacts: " + data)
    found = read_record(path)
    assert all(len(v) == 64 and k.endswith(".json") for k, v in found.items())
