"""The window's remembered preferences (QSettings in the app's config folder).

Annotator, theme, text size, recent projects, window geometry and splitters, the last
project and the last article of each project. Kept in ``paths.config_dir()`` so that
``REDESK_HOME`` (tests, self-test) isolates it.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class Prefs:
    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            from rareearth_desk.paths import config_dir

            settings = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self.s = settings

    def _get(self, key: str, default: object = None) -> object:
        return self.s.value(key, default)

    def annotator(self) -> str:
        value = self._get("annotator")
        if not value:
            try:
                value = getpass.getuser()
            except Exception:  # noqa: BLE001 - no user name available
                value = ""
        return str(value)

    def set_annotator(self, name: str) -> None:
        self.s.setValue("annotator", name)

    def theme(self) -> str:
        return str(self._get("theme", "light"))

    def set_theme(self, theme: str) -> None:
        self.s.setValue("theme", theme)

    def text_size(self) -> int:
        try:
            return int(self._get("text_size", 12))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 12

    def set_text_size(self, size: int) -> None:
        self.s.setValue("text_size", size)

    def recent(self) -> list[str]:
        value = self._get("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        items = [path] + [p for p in self.recent() if p != path]
        self.s.setValue("recent", items[:MAX_RECENT])
        self.s.setValue("last_project", path)
        self.s.sync()

    def last_project(self) -> str | None:
        value = self._get("last_project")
        return str(value) if value else None

    def last_article(self, project: str) -> int | None:
        value = self._get(f"last_article/{_key(project)}")
        try:
            return int(value) if value is not None else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def set_last_article(self, project: str, article_id: int) -> None:
        self.s.setValue(f"last_article/{_key(project)}", article_id)

    def window_state(self) -> tuple[bytes | None, bytes | None, bytes | None, bytes | None]:
        def b(key: str) -> bytes | None:
            value = self._get(key)
            return bytes(value) if value else None  # type: ignore[arg-type]

        return b("geometry"), b("window_state"), b("splitter"), b("right_splitter")

    def save_window_state(self, geometry: bytes, state: bytes, split: bytes, right: bytes) -> None:
        self.s.setValue("geometry", geometry)
        self.s.setValue("window_state", state)
        self.s.setValue("splitter", split)
        self.s.setValue("right_splitter", right)
        self.s.sync()


def _key(project: str) -> str:
    import hashlib

    return hashlib.sha1(project.encode("utf-8")).hexdigest()[:16]
