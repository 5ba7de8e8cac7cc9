"""QApplication set-up and the window's start: ``run(project_path_or_None, qt_args) -> int``.

Start-up does only what the first paint needs: the window, the project (the given one,
else the last one, else a copy of the sample project built on first use) and its last
article. The highlighter (jieba and the gazetteer) loads in a worker thread afterwards;
entities appear when it is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from rareearth_desk import APP_ID, APP_NAME
from rareearth_desk.ui.messages import tr_message


class _LoadHighlighter(QRunnable):
    def run(self) -> None:
        try:
            from rareearth_desk.nlp.entities import ensure_loaded

            ensure_loaded()
        except Exception:  # noqa: BLE001 - the view keeps working without entities
            pass


def app_icon() -> QIcon:
    from rareearth_desk.paths import resource

    icon = QIcon()
    for name in ("app-256.png", "app-48.png", "app.svg"):
        path = resource("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def make_app(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else APP_ID, *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from rareearth_desk.ui.errors import install_error_handling, setup_logging

    setup_logging()
    install_error_handling(app)
    return app


def start_project(project_path: str | None, last: str | None) -> str | None:
    """The project to open: the one asked for, else the last one, else the sample."""
    if project_path:
        return project_path
    if last and Path(last).exists():
        return last
    from rareearth_desk.ui.sample_project import ensure_sample_project

    return str(ensure_sample_project())


def create_window(project_path: str | None) -> object:
    """The main window with its project open (used by ``run`` and the tests)."""
    from PySide6.QtWidgets import QMessageBox

    from rareearth_desk.ui.annotator_prompt import maybe_prompt_annotator
    from rareearth_desk.ui.main_window import MainWindow
    from rareearth_desk.ui.preferences import Preferences
    from rareearth_desk.ui.settings import install_translator
    from rareearth_desk.ui.theme import apply_theme, follow_system_theme

    prefs = Preferences()
    app = QApplication.instance()
    if app is not None:
        install_translator(app, prefs.language())
    apply_theme(prefs.theme())
    window = MainWindow(prefs)
    follow_system_theme(prefs.theme, window.theme_changed, owner=window)
    maybe_prompt_annotator(window, prefs)
    try:
        path = start_project(project_path, prefs.last_project())
    except Exception as exc:  # noqa: BLE001 - the sample could not be built: say so
        title = QCoreApplication.translate("ProjectOps", "Cannot build the sample project")
        QMessageBox.warning(window, title, tr_message(str(exc)))
        path = None
    if path is not None:
        window.open_project(path)
    return window


def run(project_path: str | None, qt_args: list[str]) -> int:
    app = make_app(qt_args)
    window = create_window(project_path)
    window.show()  # type: ignore[attr-defined]
    QTimer.singleShot(150, lambda: QThreadPool.globalInstance().start(_LoadHighlighter()))
    return int(app.exec())
