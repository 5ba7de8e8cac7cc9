"""RareEarth Desk: an offline annotation tool for rare-earth and critical-mineral news."""

from __future__ import annotations

__all__ = ["__version__", "APP_NAME", "APP_ID"]

APP_NAME = "RareEarth Desk"
APP_ID = "rareearth-desk"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("rareearth-desk")
    except Exception:  # not installed (frozen bundle or bare source tree)
        from rareearth_desk._build_version import VERSION

        return VERSION


__version__ = _version()
