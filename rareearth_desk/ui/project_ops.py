"""Project-level operations of the main window: new, open, sample, import, paste, export.

Each function takes the window and does one thing the File, Edit or Help menu offers;
the dialogs themselves live in ``import_dialog``, ``export_dialog``, ``codebook_editor``
and ``settings``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from rareearth_desk.ui.messages import tr_message

if TYPE_CHECKING:
    from rareearth_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate


def project_filter() -> str:
    return translate("ProjectOps", "RareEarth Desk projects (*.redesk);;All files (*)")


def _start_dir(window: MainWindow) -> str:
    project = window.session.project
    return str(Path(project.path).parent) if project is not None else str(Path.home())


# ---------------------------------------------------------------- projects


def new_project(window: MainWindow) -> None:
    from rareearth_desk.core.store import ProjectError, create_project

    name, _ = QFileDialog.getSaveFileName(
        window, translate("ProjectOps", "New project"), _start_dir(window), project_filter()
    )
    if not name:
        return
    path = Path(name if name.endswith(".redesk") else name + ".redesk")
    try:
        create_project(path).close()
    except ProjectError as exc:
        QMessageBox.warning(
            window, translate("ProjectOps", "Cannot create the project"), tr_message(str(exc))
        )
        return
    window.open_project(path)


def open_project_dialog(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, translate("ProjectOps", "Open project"), _start_dir(window), project_filter()
    )
    if name:
        window.open_project(name)


def open_sample(window: MainWindow) -> None:
    from rareearth_desk.ui.sample_project import ensure_sample_project

    try:
        path = ensure_sample_project()
    except Exception as exc:  # noqa: BLE001 - shown, never raised
        QMessageBox.warning(
            window, translate("ProjectOps", "Cannot build the sample project"), tr_message(str(exc))
        )
        return
    window.open_project(path)


# ---------------------------------------------------------------- import, paste, export


def import_files(window: MainWindow, paths: list[str] | None = None) -> None:
    from rareearth_desk.ui import import_dialog

    import_dialog.import_files(window, paths)


def import_folder(window: MainWindow) -> None:
    from rareearth_desk.ui import import_dialog

    import_dialog.import_folder(window)


def paste_articles(window: MainWindow) -> None:
    from rareearth_desk.ui import import_dialog

    import_dialog.paste_articles(window)


def export(window: MainWindow) -> None:
    from rareearth_desk.ui import export_dialog

    export_dialog.export(window)


# ---------------------------------------------------------------- settings and help


def codebook(window: MainWindow) -> None:
    from rareearth_desk.ui import codebook_editor

    codebook_editor.edit_codebook(window)


def settings(window: MainWindow) -> None:
    from rareearth_desk.ui import settings as settings_module

    settings_module.show_settings(window)


def ask_annotator(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window,
        translate("ProjectOps", "Annotator"),
        translate("ProjectOps", "Your name (stored with every claim you make):"),
        text=window.session.annotator,
    )
    if ok:
        window.session.annotator = name.strip()
        window.prefs.set_annotator(name.strip())
        window.update_status()


def show_keymap(window: MainWindow) -> None:
    from rareearth_desk.ui.actions import keymap_rows

    rows = keymap_rows(
        [*window.actions_by_id.values(), *window.codebook_actions], window.keymap_groups
    )
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("ProjectOps", "Keyboard map"))
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels(
        [
            translate("ProjectOps", "Keys"),
            translate("ProjectOps", "Action"),
            translate("ProjectOps", "Group"),
        ]
    )
    for r, (group, keys, text) in enumerate(rows):
        for c, value in enumerate((keys, text, group)):
            table.setItem(r, c, QTableWidgetItem(value))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    width = sum(table.columnWidth(c) for c in range(3)) + 60
    screen = window.screen().availableGeometry()
    dialog.resize(min(width, screen.width() - 80), min(720, screen.height() - 80))
    dialog.exec()


def show_about(window: MainWindow) -> None:
    from rareearth_desk import APP_NAME, __version__

    QMessageBox.about(
        window,
        translate("ProjectOps", "About {app}").format(app=APP_NAME),
        f"<b>{APP_NAME}</b> {__version__}<br>"
        + translate(
            "ProjectOps",
            "Offline annotation of rare-earth news in Chinese and English: entities, claims, stances and topics, exported as Excel workbooks.",  # noqa: E501 - one literal for lupdate
        ),
    )


class ProjectOps:
    """The window's File, Edit and Help handlers, named by ``actions.py`` as ``ops.<name>``."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def new_project(self) -> None:
        new_project(self.window)

    def open_project(self) -> None:
        open_project_dialog(self.window)

    def open_sample(self) -> None:
        open_sample(self.window)

    def import_files(self) -> None:
        import_files(self.window)

    def import_folder(self) -> None:
        import_folder(self.window)

    def paste_articles(self) -> None:
        paste_articles(self.window)

    def export(self) -> None:
        export(self.window)

    def codebook(self) -> None:
        codebook(self.window)

    def settings(self) -> None:
        settings(self.window)

    def ask_annotator(self) -> None:
        ask_annotator(self.window)

    def show_keymap(self) -> None:
        show_keymap(self.window)

    def show_about(self) -> None:
        show_about(self.window)
