"""Settings beyond the window's own ``Prefs``: interface language, theme choice, first start.

``Preferences`` extends ``ui.prefs.Prefs`` (same QSettings file, same keys) with the
interface language ("system", "zh" or "en"), a theme that may also be "system", and
whether the analyst has confirmed the annotator name offered at the first start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths

from rareearth_desk.ui.prefs import Prefs

LANGUAGES = ("system", "zh", "en")
THEMES = ("system", "light", "dark")
TEXT_SIZES = (8, 28)


class Preferences(Prefs):
    """The window's preferences plus language, theme choice and first-start state."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__(settings)

    @classmethod
    def of(cls, prefs: Prefs) -> Preferences:
        """Preferences over the same settings store as ``prefs``."""
        return prefs if isinstance(prefs, Preferences) else cls(prefs.s)

    def language(self) -> str:
        value = str(self._get("language", "system"))
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.s.setValue("language", language)
        self.s.sync()

    def effective_language(self) -> str:
        """ "zh" or "en": the chosen language, or the system's when "system"."""
        return resolve_language(self.language())

    def theme(self) -> str:
        value = str(self._get("theme", "light"))
        return value if value in THEMES else "light"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self.s.setValue("theme", theme)
        self.s.sync()

    def set_text_size(self, size: int) -> None:
        super().set_text_size(min(max(int(size), TEXT_SIZES[0]), TEXT_SIZES[1]))

    def annotator_confirmed(self) -> bool:
        value = self._get("annotator_confirmed", False)
        return value in (True, "true", "1", 1)

    def set_annotator_confirmed(self, confirmed: bool = True) -> None:
        self.s.setValue("annotator_confirmed", bool(confirmed))
        self.s.sync()

    def confirm_annotator(self, name: str) -> None:
        """Store the annotator name and remember that the analyst chose it."""
        self.set_annotator(name.strip())
        self.set_annotator_confirmed(True)

    def sync(self) -> None:
        self.s.sync()


def resolve_language(language: str) -> str:
    if language in ("zh", "en"):
        return language
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def start_folder(project: object) -> Path:
    """Where file dialogs start for a project: its folder, unless the app keeps it in its
    own data folder (the sample project); then the user's Documents (or home)."""
    from rareearth_desk.paths import data_dir

    path = getattr(project, "path", None)
    if path is not None:
        folder = Path(str(path)).resolve().parent
        if not folder.is_relative_to(data_dir().resolve()):
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
