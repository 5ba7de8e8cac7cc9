"""The main window: article list left, article centre, claims and entities right; wiring only.

Menus and toolbar come from ``actions``; annotation behaviour lives in ``tagging``,
project-level operations (new, open, import, paste, export) in ``project_ops``; this
module lays the parts out, connects their signals, restores the window's state and
keeps the status bar (counts, annotator, save state) current.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTime, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from rareearth_desk import APP_NAME
from rareearth_desk.ui import actions as A
from rareearth_desk.ui import project_ops
from rareearth_desk.ui.article_list import ArticleList, article_count_text
from rareearth_desk.ui.article_view import ArticlePane
from rareearth_desk.ui.claim_panel import ClaimPanel
from rareearth_desk.ui.entity_fill import EntityFill
from rareearth_desk.ui.entity_panel import EntityPanel
from rareearth_desk.ui.messages import tr_message
from rareearth_desk.ui.prefs import Prefs
from rareearth_desk.ui.session import Session
from rareearth_desk.ui.start_page import StartPage
from rareearth_desk.ui.tagging import Tagging
from rareearth_desk.ui.theme import error_text_colour, ok_text_colour
from rareearth_desk.ui.window_keys import release_window_keys

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, prefs: Prefs | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Prefs()
        self.session = Session(annotator=self.prefs.annotator(), parent=self)
        self.entity_fill = EntityFill(self.session, parent=self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)

        self.list = ArticleList(self)
        self.pane = ArticlePane(self)
        self.claims = ClaimPanel(self)
        self.entities = EntityPanel(self)
        self.tagging = Tagging(self.session, self.pane, self.claims, self.entities)
        self.view = self.pane.view
        for bar in (self.list.table.verticalScrollBar(), self.view.verticalScrollBar()):
            bar.valueChanged.connect(self.entity_fill.note_activity)

        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.claims)
        self.right.addWidget(self.entities)
        self.right.setSizes([640, 240])
        self.right.setStretchFactor(0, 3)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("mainSplitter")
        self.split.addWidget(self.list)
        self.split.addWidget(self.pane)
        self.split.addWidget(self.right)
        for i, stretch in enumerate((2, 3, 1)):  # a smaller window takes from all three
            self.split.setStretchFactor(i, stretch)
        self.split.setSizes([470, 690, 340])
        self.start_page = StartPage(self)
        self.ops = project_ops.ProjectOps(self)
        self.start_page.newProjectRequested.connect(self.ops.new_project)
        self.start_page.openProjectRequested.connect(self.ops.open_project)
        self.start_page.sampleRequested.connect(self.ops.open_sample)
        self.start_page.recentChosen.connect(self.open_project)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.split)
        self.setCentralWidget(self.pages)

        self.actions_by_id: dict[str, QAction] = A.build_actions(self, A.ACTIONS)
        self.actions_by_id.update(A.build_actions(self, A.ENTITY_TOGGLES))
        self.codebook_actions: list[QAction] = []
        self.keymap_groups = {spec.id: spec.group for spec in (*A.ACTIONS, *A.ENTITY_TOGGLES)}
        self.menus = A.build_menus(
            self,
            self.actions_by_id,
            {"entity_toggles": [self.actions_by_id[s.id] for s in A.ENTITY_TOGGLES]},
        )
        self.toolbar = A.build_toolbar(self, self.actions_by_id)
        self._window_keys = release_window_keys(
            self, [self.list.search, self.list.entity, self.claims.note]
        )
        self.menus["recent"].aboutToShow.connect(self._fill_recent)

        self.status_counts = QLabel(self)
        self.status_user = QLabel(self)
        self.status_saved = QLabel(self)
        self.status_saved.setObjectName("saveState")
        for w in (self.status_counts, self.status_user, self.status_saved):
            w.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(w)

        self.list.articleChosen.connect(self.show_article)
        self.list.filterChanged.connect(self.update_status)
        self.session.changed.connect(self._on_changes)
        self.session.saved.connect(self._on_saved)
        self.session.failed.connect(self._on_failed)
        self.session.undo_stack.cleanChanged.connect(lambda _c: self.update_status())
        self.tagging.message.connect(lambda m: self.statusBar().showMessage(m, 6000))
        self.tagging.claimsChanged.connect(self.update_status)

        self.apply_text_size(self.prefs.text_size())
        self._splitters_restored = False
        self.restore_layout()
        self._enable()
        self.update_status()

    # ------------------------------------------------------------ project

    def open_project(self, path: str | Path, *, restore_article: bool = True) -> bool:
        """Open ``path``; a project that cannot be opened gets a clear dialog, never a traceback."""
        from rareearth_desk.core.store import ProjectError

        self.claims.commit_note()
        try:
            project = self.session.open(path)
        except ProjectError as exc:
            QMessageBox.warning(
                self, translate("MainWindow", "Cannot open the project"), tr_message(str(exc))
            )
            return False
        except Exception as exc:  # noqa: BLE001 - anything else the file throws at us
            QMessageBox.warning(
                self, translate("MainWindow", "Cannot open the project"), f"{exc}: {path}"
            )
            return False
        self.prefs.add_recent(str(project.path))
        self.setWindowTitle(
            f"{Path(project.path).stem} — {APP_NAME}"
            + (" " + translate("MainWindow", "(read-only)") if project.read_only else "")
        )
        self._install_codebook()
        self.list.set_project(project.repo, self.session.codebook)
        last = self.prefs.last_article(str(project.path)) if restore_article else None
        if not (last is not None and self.list.select_id(last)):
            first = project.repo.next_unfinished(None) or self.list.model.id_at(0)
            if first is None or not self.list.select_id(first):
                self.tagging.open_article(None)
        self._enable()
        self.update_status()
        self.status_saved.setText(
            translate("MainWindow", "Read-only")
            if project.read_only
            else translate("MainWindow", "All changes saved")
        )
        self.status_saved.setStyleSheet("")
        if project.read_only:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "The project file is read-only: you can read but not annotate."
                )
            )
        return True

    def close_project(self) -> None:
        self.claims.commit_note()
        self.session.close()
        self.tagging.open_article(None)
        self.list.clear_project()
        self.setWindowTitle(APP_NAME)
        self._enable()
        self.update_status()

    def _install_codebook(self) -> None:
        for a in self.codebook_actions:
            self.removeAction(a)
            a.deleteLater()
        stances, topics = A.codebook_actions(self.session.codebook)
        built = A.build_actions(self, stances + topics)
        self.codebook_actions = list(built.values())
        for key, specs in (("@stances", stances), ("@topics", topics)):
            menu = self.menus[key]
            for spec in specs:
                menu.addAction(built[spec.id])
        self.claims.set_codebook(self.session.codebook)
        taken = {QKeySequence(k).toString() for spec in stances + topics for k in spec.shortcuts}
        for spec in (*A.ACTIONS, *A.ENTITY_TOGGLES):
            self.actions_by_id[spec.id].setShortcuts(A.free_keys(spec, taken))
        self.keymap_groups: dict[str, str] = {
            spec.id: spec.group for spec in (*A.ACTIONS, *A.ENTITY_TOGGLES, *stances, *topics)
        }

    def show_article(self, article_id: int) -> None:
        if self.session.project is None:
            return
        self.claims.commit_note()
        try:
            article = self.session.project.repo.get_article(article_id)
        except KeyError:
            self.list.apply_filter()
            return
        self.tagging.open_article(article)
        self.prefs.set_last_article(str(self.session.project.path), article_id)
        self._enable()
        self.update_status()

    # ------------------------------------------------------------ handlers (see actions.py)

    def undo(self) -> None:
        self.claims.commit_note()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()

    def focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()

    def focus_list(self) -> None:
        self.list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_text(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_article(self, delta: int) -> None:
        self.list.step(delta)
        self.view.setFocus()

    def next_unfinished(self) -> None:
        if self.session.project is None:
            return
        nxt = self.session.project.repo.next_unfinished(
            self.tagging.article_id, self.list.current_filter()
        )
        if nxt is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Every article in this list is done."), 6000
            )
        elif not self.list.select_id(nxt):
            self.list.status.setCurrentIndex(0)
            self.list.select_id(nxt)
        self.view.setFocus()

    def done_and_next(self) -> None:
        from rareearth_desk.core.models import STATUS_DONE
        from rareearth_desk.ui.commands import SetStatus

        article = self.tagging.article
        if article is None:
            return
        self.claims.commit_note()
        self.session.undo_stack.push(
            SetStatus(self.session, article.id, STATUS_DONE, article.status)
        )
        self.next_unfinished()

    def zoom(self, step: int) -> None:
        self.apply_text_size(min(max(self.prefs.text_size() + step, 8), 28))

    def apply_text_size(self, size: int) -> None:
        self.prefs.set_text_size(size)
        font = self.view.font()
        font.setPointSize(size)
        self.view.setFont(font)
        self.view._factory = None
        if self.tagging.article is not None:
            self.tagging.open_article(self.tagging.article)

    def toggle_theme(self, dark: bool) -> None:
        from rareearth_desk.ui.theme import apply_theme

        self.prefs.set_theme("dark" if dark else "light")
        self.theme_changed(apply_theme("dark" if dark else "light"))

    def theme_changed(self, resolved: str) -> None:
        """Redraw what the window colours itself after the palette became ``resolved``.

        The widgets take the new application palette from events already queued, so the
        redraw is queued behind them: colours built earlier would be the old theme's.
        """
        self.actions_by_id["view.dark"].setChecked(resolved == "dark")
        QTimer.singleShot(0, self._redraw_colours)

    def _redraw_colours(self) -> None:
        self.view._factory = None
        self.entities._recolour()
        self.status_saved.setStyleSheet("")
        if self.tagging.article is not None and self.session.project is not None:
            self.tagging.open_article(self.tagging.article)

    # ------------------------------------------------------------ store signals

    def _on_changes(self, changes: Any) -> None:
        self.list.model.refresh_articles(set(changes.articles))
        if changes.codebook:
            self._install_codebook()
        article = self.tagging.article
        if article is not None and article.id in changes.articles:
            row = self.list.model.row_of(article.id)
            data = self.list.model.row_data(row) if row is not None else None
            if data is not None:
                article.status = data.status
        self.update_status()

    def _on_saved(self) -> None:
        now = QTime.currentTime().toString("HH:mm:ss")
        self.status_saved.setText(translate("MainWindow", "Saved ✓ {time}").format(time=now))
        self.status_saved.setStyleSheet(f"color: {ok_text_colour(self.palette()).name()};")

    def _on_failed(self, message: str) -> None:
        colour = error_text_colour(self.palette()).name()
        self.status_saved.setStyleSheet(f"color: {colour}; font-weight: 600;")
        if self.session.read_only:  # already said when it opened: no dialog at every key
            self.status_saved.setText(translate("MainWindow", "Read-only"))
            self.statusBar().showMessage(message, 8000)
            return
        self.status_saved.setText(translate("MainWindow", "Not saved"))
        QMessageBox.warning(self, translate("MainWindow", "Not saved"), message)

    def update_status(self) -> None:
        model = self.list.model
        aid = self.tagging.article_id
        row = model.row_of(aid) if aid is not None else None
        total = f"{len(model.ids):,}"
        where = (
            translate("MainWindow", "Article {n} of {total}").format(n=f"{row + 1:,}", total=total)
            if row is not None
            else article_count_text(len(model.ids))
        )
        n = len(self.tagging.claims)
        claims = (
            translate("MainWindow", "1 claim")
            if n == 1
            else translate("MainWindow", "{n} claims").format(n=n)
        )
        self.status_counts.setText(f"{where} · {claims}")
        who = self.session.annotator or translate("MainWindow", "(not set)")
        self.status_user.setText(translate("MainWindow", "Annotator: {name}").format(name=who))
        if self.session.project is None:
            self.status_counts.setText("")  # the start page: nothing to count
            self.status_saved.setText(translate("MainWindow", "No project"))

    def _enable(self) -> None:
        has_project = self.session.project is not None
        if has_project:
            self.pages.setCurrentWidget(self.split)
        else:
            self.start_page.set_recent(self.prefs.recent())
            self.pages.setCurrentWidget(self.start_page)
        has_article = has_project and self.tagging.article is not None
        for a in [*self.actions_by_id.values(), *self.codebook_actions]:
            needs = a.property("needs")
            a.setEnabled(
                needs == ""
                or (needs == "project" and has_project)
                or (needs == "article" and has_article)
            )

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for path in self.prefs.recent():
            menu.addAction(path, lambda p=path: self.open_project(p))
        if menu.isEmpty():
            menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    # ------------------------------------------------------------ window state

    def restore_layout(self) -> None:
        geometry, state, split, right = self.prefs.window_state()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1500, screen.width() - 40), min(920, screen.height() - 60))
        if state:
            self.restoreState(QByteArray(state))
        from rareearth_desk.ui.theme import resolve_theme

        self.actions_by_id["view.dark"].setChecked(resolve_theme(self.prefs.theme()) == "dark")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and self.session.project is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            project_ops.import_files(self, paths)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._splitters_restored:
            return
        self._splitters_restored = True
        _g, _s, split, right = self.prefs.window_state()
        if split:
            self.split.restoreState(QByteArray(split))
        if right:
            self.right.restoreState(QByteArray(right))
        sizes = self.split.sizes()
        if len(sizes) == 3 and sizes[1] < 250:
            total = max(sum(sizes), 900)
            self.split.setSizes([int(total * 0.31), int(total * 0.46), int(total * 0.23)])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.claims.commit_note()
        self.prefs.save_window_state(
            bytes(self.saveGeometry().data()),
            bytes(self.saveState().data()),
            bytes(self.split.saveState().data()),
            bytes(self.right.saveState().data()),
        )
        self.session.close()
        super().closeEvent(event)
