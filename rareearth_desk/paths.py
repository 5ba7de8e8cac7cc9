"""Where RareEarth Desk keeps and finds its files.

* ``resource(...)``: files shipped in ``resources/``, found the same way from a source
  tree, an installed wheel (``rareearth_desk/_resources``) and a frozen bundle.
* ``data_dir()``, ``cache_dir()``, ``log_dir()``, ``config_dir()``: the user's own
  folders (platformdirs), created on first use. Setting ``REDESK_HOME`` puts all four
  below one folder, which tests and self-tests use to leave the user's folders alone.

Nothing here ever writes into the install folder or the shared temp folder.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from rareearth_desk import APP_ID

_MARKER = "codebook.default.json"


@cache
def resources_dir() -> Path:
    """The folder that holds the shipped resources."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here.parent / "resources")  # source tree / editable install
    candidates.append(here / "_resources")  # installed wheel
    for c in candidates:
        if (c / _MARKER).is_file():
            return c
    raise FileNotFoundError(
        "RareEarth Desk's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource("gazetteer", "orgs.tsv")``."""
    return resources_dir().joinpath(*parts)


def _user_dir(kind: str) -> Path:
    home = os.environ.get("REDESK_HOME")
    if home:
        path = Path(home) / kind
    else:
        import platformdirs

        getter = {
            "data": platformdirs.user_data_dir,
            "cache": platformdirs.user_cache_dir,
            "log": platformdirs.user_log_dir,
            "config": platformdirs.user_config_dir,
        }[kind]
        path = Path(getter(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Projects the app makes for the user (the sample project copy), backups."""
    return _user_dir("data")


def cache_dir() -> Path:
    """Rebuildable files: jieba's dictionary cache and the like."""
    return _user_dir("cache")


def log_dir() -> Path:
    return _user_dir("log")


def config_dir() -> Path:
    return _user_dir("config")
