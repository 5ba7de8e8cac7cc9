"""The codebook editor: dimensions and their labels, edited through ``core.codebook``.

The tree lists each dimension with its labels (colour, key, shortcut, how many claims
use it). The form beside it renames (both languages), describes, recolours and sets
the shortcut of the chosen label, with clashes shown as the key is typed. Labels and
dimensions are added, moved (buttons, Ctrl+Up/Down or drag), merged and deleted; a
label that claims use is never dropped silently (``codebook_removal``). Every edit
is one call into ``core.codebook`` and is announced by ``changed(Changes)``.
``edit_codebook(window)`` opens the editor over the main window's project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.core import codebook as cb
from rareearth_desk.ui.codebook_form import DimensionForm, LabelForm
from rareearth_desk.ui.codebook_questions import NamesDialog, ask_codebook_file, clash_lines
from rareearth_desk.ui.codebook_removal import Removal
from rareearth_desk.ui.codebook_tree import DIM, LABEL, CodebookTree
from rareearth_desk.ui.preferences import start_folder
from rareearth_desk.ui.theme import error_text_colour

translate = QCoreApplication.translate

# edits after which the claims of any label may have changed
RECOUNT = {"merge_labels", "delete_label", "delete_dimension", "restore_labels", "import_codebook"}


class CodebookEditor(QDialog):
    """Edit the project's codebook; ``changed`` carries each edit's ``Changes``."""

    changed = Signal(object)

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookEditor")
        self.setWindowTitle(translate("CodebookEditor", "Codebook"))
        self.project = project
        self.read_only = bool(getattr(project, "read_only", False))
        self.codebook: Any = None
        self.removal = Removal(self)
        self.counts: dict[int, int] = {}  # claims per label id

        self.tree = CodebookTree(self)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.orderChanged.connect(self._order_changed)
        self.label_form = LabelForm(self)
        self.label_form.applyRequested.connect(self.apply_label_form)
        self.label_form.colourRequested.connect(self.choose_colour)
        self.dim_form = DimensionForm(self)
        self.dim_form.applyRequested.connect(self.apply_dimension_form)
        self.empty = QLabel(translate("CodebookEditor", "Choose a dimension or a label."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("addLabel", translate("CodebookEditor", "Add label…"), self.add_label),
            ("addDimension", translate("CodebookEditor", "Add dimension…"), self.add_dimension),
            ("up", translate("CodebookEditor", "Move up"), lambda: self.move_current(-1)),
            ("down", translate("CodebookEditor", "Move down"), lambda: self.move_current(1)),
            ("merge", translate("CodebookEditor", "Merge into…"), self.merge_current),
            ("delete", translate("CodebookEditor", "Delete…"), self.delete_current),
            ("undo", translate("CodebookEditor", "Undo delete"), lambda: self.removal.undo()),
        ):
            self.buttons[name] = self._button(name, text, slot, row)
        self.buttons["undo"].setEnabled(False)
        row.addStretch(1)
        bottom = QHBoxLayout()
        self.buttons["import"] = self._button(
            "import", translate("CodebookEditor", "Import from file…"), self.import_file, bottom
        )
        self.buttons["export"] = self._button(
            "export", translate("CodebookEditor", "Export to file…"), self.export_file, bottom
        )
        bottom.addStretch(1)
        self.buttons["close"] = self._button(
            "close", translate("CodebookEditor", "Close"), self.accept, bottom
        )

        self.status = QLabel(self)
        self.status.setObjectName("codebookStatus")
        self.status.setWordWrap(True)
        self.clashes = QLabel(self)
        self.clashes.setObjectName("clashBanner")
        self.clashes.setWordWrap(True)
        self.clashes.setStyleSheet(f"color: {error_text_colour(self.palette()).name()};")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label_form, self.dim_form, self.empty):
            right_layout.addWidget(w)
        right_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([620, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.clashes)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        for keys, slot in (
            ("Delete", self.delete_current),
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(1)),
            ("F2", self._edit_name),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.resize(1100, 660)
        self.reload()
        if self.read_only:
            self.status.setText(
                translate("CodebookEditor", "The project is read-only: the codebook can be viewed.")
            )

    def _button(
        self, name: str, text: str, slot: Callable[[], Any], row: QHBoxLayout
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # ------------------------------------------------------------ reading

    def reload(self, select: tuple[str, int] | None = None, *, recount: bool = False) -> None:
        """Rebuild the tree from the store, keeping (or moving) the selection.

        Claims per label are counted for new labels, and for all with ``recount``.
        """
        if select is None:
            select = self.current()
        self.codebook = cb.load_codebook(self.project)
        if recount:
            self.counts.clear()
        for lab in self.codebook.labels:
            if lab.id not in self.counts:
                self.counts[lab.id] = len(cb.claims_using_label(self.project, lab.id))
        self.tree.fill(self.codebook, self.counts, select)
        self._show_current()
        self._show_clashes()

    def current(self) -> tuple[str, int] | None:
        return self.tree.current()

    def select(self, kind: str, ident: int) -> None:
        self.tree.select(kind, ident)

    def _show_current(self) -> None:
        cur = self.current()
        label = self.codebook.label(cur[1]) if cur and cur[0] == LABEL else None
        dim = self.codebook.dimension(cur[1]) if cur and cur[0] == DIM else None
        self.label_form.setVisible(label is not None)
        self.dim_form.setVisible(dim is not None)
        self.empty.setVisible(label is None and dim is None)
        if label is not None:
            self.label_form.show_label(label, self.codebook)
        if dim is not None:
            self.dim_form.show_dimension(dim)
        editable = not self.read_only
        for name in ("addLabel", "addDimension", "import"):
            self.buttons[name].setEnabled(editable)
        for name in ("up", "down", "delete"):
            self.buttons[name].setEnabled(editable and cur is not None)
        self.buttons["merge"].setEnabled(editable and label is not None)
        self.label_form.setEnabled(editable)
        self.dim_form.setEnabled(editable)

    def _show_clashes(self) -> None:
        lines = clash_lines(self.codebook)
        self.clashes.setText("\n".join(lines))
        self.clashes.setVisible(bool(lines))

    def _edit_name(self) -> None:
        cur = self.current()
        form = self.label_form if cur and cur[0] == LABEL else self.dim_form
        form.name_zh.setFocus(Qt.FocusReason.ShortcutFocusReason)
        form.name_zh.selectAll()

    # ------------------------------------------------------------ editing

    def run(
        self,
        edit: Callable[..., Any],
        *args: Any,
        select: tuple[str, int] | None = None,
        **kwargs: Any,
    ) -> Any:
        """One edit through ``core.codebook``; a refused edit is said, never raised."""
        try:
            changes = edit(self.project, *args, **kwargs)
        except cb.CodebookError as exc:
            self.say(str(exc), error=True)
            return None
        except Exception as exc:  # noqa: BLE001 - the store refused: say so, lose nothing
            self.say(
                translate("CodebookEditor", "Not saved: {reason}").format(reason=exc), error=True
            )
            return None
        self.changed.emit(changes)
        self.reload(select, recount=getattr(edit, "__name__", "") in RECOUNT)
        messages = list(getattr(changes, "messages", []) or [])
        self.say("\n".join(messages) if messages else translate("CodebookEditor", "Saved."))
        return changes

    def say(self, text: str, *, error: bool = False) -> None:
        colour = error_text_colour(self.palette()).name() if error else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def apply_label_form(self) -> None:
        cur = self.current()
        if not cur or cur[0] != LABEL:
            return
        label = self.codebook.label(cur[1])
        f = self.label_form
        zh, en = f.name_zh.text().strip(), f.name_en.text().strip()
        key = f.shortcut.text().strip()
        description = f.description.toPlainText().strip()
        if f.clash_with(key) is not None:
            self.say(f.clash.text(), error=True)
            return
        if (zh, en) != (label.name_zh, label.name_en):
            if self.run(cb.rename_label, label.id, zh, en, select=cur) is None:
                return
        if description != label.description:
            if self.run(cb.set_label_description, label.id, description, select=cur) is None:
                return
        if key != label.shortcut:
            self.run(cb.set_shortcut, label.id, key, select=cur)

    def choose_colour(self) -> None:
        cur = self.current()
        if not cur or cur[0] != LABEL:
            return
        label = self.codebook.label(cur[1])
        colour = QColorDialog.getColor(
            QColor(label.colour), self, translate("CodebookEditor", "Label colour")
        )
        if colour.isValid() and colour.name().lower() != label.colour.lower():
            self.run(cb.recolour_label, label.id, colour.name(), select=cur)

    def apply_dimension_form(self) -> None:
        cur = self.current()
        if not cur or cur[0] != DIM:
            return
        d = self.codebook.dimension(cur[1])
        zh, en = self.dim_form.name_zh.text().strip(), self.dim_form.name_en.text().strip()
        if (zh, en) != (d.name_zh, d.name_en):
            self.run(cb.rename_dimension, d.id, zh, en, select=cur)

    def _dimension_of_current(self) -> Any:
        cur = self.current()
        if cur is None:
            return self.codebook.dimensions[-1] if self.codebook.dimensions else None
        if cur[0] == DIM:
            return self.codebook.dimension(cur[1])
        return self.codebook.dimension_of(cur[1])

    def add_label(self) -> None:
        dim = self._dimension_of_current()
        if dim is None:
            return
        dialog = NamesDialog(
            translate("CodebookEditor", "New label in “{dim}”").format(dim=dim.name(_lang())), self
        )
        if dialog.exec():
            zh, en, _kind = dialog.values()
            changes = self.run(cb.add_label, dim.id, zh, en)
            if changes is not None:
                self.select(LABEL, int(changes.undo))
                self._edit_name()

    def add_dimension(self) -> None:
        dialog = NamesDialog(translate("CodebookEditor", "New dimension"), self, with_kind=True)
        if dialog.exec():
            zh, en, kind = dialog.values()
            changes = self.run(cb.add_dimension, zh, en, kind)
            if changes is not None:
                self.select(DIM, int(changes.undo))

    def move_current(self, step: int) -> None:
        cur = self.current()
        if cur is None:
            return
        if cur[0] == DIM:
            ids = [d.id for d in self.codebook.dimensions]
        else:
            ids = [lab.id for lab in self.codebook.dimension_of(cur[1]).labels]
        i = ids.index(cur[1])
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]
        if cur[0] == DIM:
            self.run(cb.reorder_dimensions, ids, select=cur)
        else:
            self.run(cb.reorder_labels, self.codebook.dimension_of(cur[1]).id, ids, select=cur)

    def _order_changed(self, what: Any) -> None:
        if isinstance(what, tuple):
            self.reload()  # a drop across levels: put the tree back as stored
            return
        order = self.tree.structure()
        cur = self.current()
        if what is None:
            self.run(cb.reorder_dimensions, [d for d, _labels in order], select=cur)
        else:
            labels = next(labels for d, labels in order if d == what)
            self.run(cb.reorder_labels, what, labels, select=cur)

    def merge_current(self) -> None:
        cur = self.current()
        if cur and cur[0] == LABEL:
            self.removal.merge(cur[1])

    def delete_current(self) -> None:
        cur = self.current()
        if cur is None:
            return
        if cur[0] == LABEL:
            self.removal.delete_label(cur[1])
        else:
            self.removal.delete_dimension(cur[1])

    # ------------------------------------------------------------ files

    def import_file(self) -> None:
        name = ask_codebook_file(self, start_folder(self.project), save=False)
        if name:
            self.run(cb.import_codebook, name)

    def export_file(self) -> None:
        default = start_folder(self.project) / (Path(self.project.path).stem + ".codebook.json")
        name = ask_codebook_file(self, default, save=True)
        if not name:
            return
        try:
            cb.export_codebook(self.project, name)
        except cb.CodebookError as exc:
            self.say(str(exc), error=True)
            return
        self.say(translate("CodebookEditor", "Codebook written to {path}").format(path=name))


def _lang() -> str:
    """The interface language in use: the installed translation, else the preference."""
    from rareearth_desk.ui.preferences import Preferences
    from rareearth_desk.ui.settings import current_language

    return current_language() or Preferences().effective_language()


def edit_codebook(window: Any) -> CodebookEditor | None:
    """Edit > Codebook of the main window: each edit reaches the window's views at once."""
    session = window.session
    if session.project is None:
        return None
    editor = CodebookEditor(session.project, window)

    def publish(changes: Any) -> None:
        session.publish(changes)
        session.saved.emit()

    editor.changed.connect(publish)
    editor.exec()
    return editor
