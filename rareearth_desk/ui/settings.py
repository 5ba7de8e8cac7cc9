"""Settings entry points for the app: the translator and the Settings dialog.

``install_translator(app, language)`` loads the interface translation for "zh", "en" or
"system" (the app's own strings and Qt's standard ones) and replaces any installed
before. ``show_settings(window)`` opens the Settings dialog over the window's
preferences and applies what was changed. The stored values themselves are in
``ui.preferences`` (over the window's ``ui.prefs``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rareearth_desk.ui.preferences import Preferences, resolve_language

QM_BASENAME = "rareearth_desk"
LOCALES = {"zh": "zh_CN", "en": "en"}

_installed: list[QTranslator] = []
_current: list[str] = []


def current_language() -> str | None:
    """ "zh" or "en" as last installed by ``install_translator``; None before."""
    return _current[0] if _current else None


def label_name(label: Any) -> str:
    """A codebook label's name in the interface language (the other one if it is empty)."""
    if current_language() == "zh":
        return str(label.name_zh or label.name_en)
    return str(label.name_en or label.name_zh)


def translations_dir() -> Path:
    from rareearth_desk.paths import resource

    return resource("i18n")


def install_translator(app: QCoreApplication, language: str) -> str:
    """Install the translation for ``language`` ("system", "zh" or "en"); returns "zh"/"en".

    Call before the window is built: widgets made earlier keep their text.
    """
    lang = resolve_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = LOCALES[lang]
    ours = QTranslator(app)
    if ours.load(f"{QM_BASENAME}_{locale}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{locale}", qt_dir) or qt.load(f"qt_{locale}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(locale))
    _current[:] = [lang]
    return lang


def show_settings(window: Any) -> bool:
    """The Settings dialog over ``window.prefs``; True when the analyst pressed OK."""
    from rareearth_desk.ui.settings_dialog import SettingsDialog, apply_to_window

    prefs = Preferences.of(window.prefs)
    dialog = SettingsDialog(prefs, window)
    if not dialog.exec():
        return False
    before = dialog.initial
    after = dialog.save()
    apply_to_window(window, prefs, before, after)
    return True
