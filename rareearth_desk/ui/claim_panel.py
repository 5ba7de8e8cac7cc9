"""The claims of the current article in text order, and the editor of the current claim.

Selecting a claim in the list makes it current (the view scrolls to it). The editor
shows its stance, topics and note; every edit is emitted as a signal that the main
window turns into an undoable command. The note field commits while typing (after a
pause), on Esc (which also hands the keyboard back to the text) and on leaving it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.settings import label_name

translate = QCoreApplication.translate


class NoteEdit(QPlainTextEdit):
    """Plain-text note; Esc or leaving the field commits it."""

    done = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.done.emit()


class _WrapDelegate(QStyledItemDelegate):
    """Row heights measured with the fonts really used (CJK lines are taller than Latin)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802 - Qt API
        base = super().sizeHint(option, index)
        view = self.parent()
        width = max(view.viewport().width() - 36 if isinstance(view, QWidget) else base.width(), 80)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = self._heights.get((text, width))
        if height is None:
            if len(self._heights) > 2000:
                self._heights.clear()
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(option.font)
            doc.setTextWidth(width)
            doc.setPlainText(text)
            height = self._heights[(text, width)] = int(doc.size().height()) + 8
        return QSize(base.width(), max(base.height(), height))


def swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class ClaimPanel(QWidget):
    claimSelected = Signal(int)
    stanceChosen = Signal(int, object)  # claim id, label id or None
    topicToggled = Signal(int, int)  # claim id, label id
    noteEdited = Signal(int, str)  # claim id, new note
    noteDone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claims: list[Any] = []
        self.current: Any = None
        self.codebook: Any = None
        self._topic_boxes: dict[int, QCheckBox] = {}
        self._note_timer = QTimer(self, singleShot=True, interval=700)
        self._note_timer.timeout.connect(self.commit_note)

        self.title = QLabel(translate("ClaimPanel", "Claims"), self)
        self.title.setObjectName("claimTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("claimList")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(_WrapDelegate(self.list))
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)  # three claims, even at 800 px
        self.list.currentItemChanged.connect(self._item_changed)

        self.editor = QGroupBox(translate("ClaimPanel", "Current claim"), self)
        form = QFormLayout(self.editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stance = QComboBox(self.editor)
        self.stance.setObjectName("stanceBox")
        self.stance.activated.connect(self._stance_activated)
        form.addRow(translate("ClaimPanel", "Stance"), self.stance)
        self.topics = QWidget(self.editor)
        self.topics_layout = QGridLayout(self.topics)
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        self.topics_layout.setHorizontalSpacing(8)
        self.topics_layout.setVerticalSpacing(1)
        form.addRow(translate("ClaimPanel", "Topics"), self.topics)
        self.note = NoteEdit(self.editor)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(translate("ClaimPanel", "Note (N); Esc returns to the text"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.note.done.connect(self._note_done)
        form.addRow(translate("ClaimPanel", "Note"), self.note)
        self.meta = QLabel(self.editor)
        self.meta.setObjectName("claimMeta")
        self.meta.setWordWrap(True)
        form.addRow(self.meta)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        self._show_current()

    # ------------------------------------------------------------ content

    def set_codebook(self, codebook: Any) -> None:
        self.codebook = codebook
        self.stance.clear()
        self.stance.addItem(translate("ClaimPanel", "(no stance)"), None)
        dim = codebook.stance_dimension
        for lab in dim.labels if dim else []:
            key = f"{lab.shortcut}  " if lab.shortcut else ""
            self.stance.addItem(swatch(lab.colour), f"{key}{lab.name_zh} {lab.name_en}", lab.id)
        while self.topics_layout.count():
            item = self.topics_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._topic_boxes.clear()
        n = 0
        for d in codebook.topic_dimensions:
            for lab in d.labels:
                key = f"{lab.shortcut}  " if lab.shortcut else ""
                # the Chinese names are short enough for two columns in a narrow panel
                name = (lab.name_zh or label_name(lab)).replace("&", "&&")
                box = QCheckBox(f"{key}{name}", self.topics)
                box.setToolTip(f"{lab.name_zh} {lab.name_en}: {lab.description}")
                box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                box.clicked.connect(lambda _c=False, lid=lab.id: self._topic_clicked(lid))
                self.topics_layout.addWidget(box, n // 2, n % 2)
                self._topic_boxes[lab.id] = box
                n += 1

    def set_claims(self, claims: list[Any], current_id: int | None) -> None:
        self.commit_note()
        self.claims = claims
        self.list.blockSignals(True)
        self.list.clear()
        cb = self.codebook
        for c in claims:
            lab = cb.label(c.stance_id) if (cb and c.stance_id is not None) else None
            topics = (
                ", ".join(
                    label_name(t) for t in (cb.label(i) for i in c.topic_ids) if t is not None
                )
                if cb
                else ""
            )
            quote = c.quote if len(c.quote) <= 140 else c.quote[:137] + "…"
            text = quote + (f"\n{topics}" if topics else "") + ("\n✎ " + c.note if c.note else "")
            item = QListWidgetItem(swatch(lab.colour if lab else "#9e9e9e"), text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(claim_tip(c, cb))
            self.list.addItem(item)
        self.list.blockSignals(False)
        n = len(claims)
        self.title.setText(
            translate("ClaimPanel", "Claims ({n})").format(n=n)
            if n
            else translate("ClaimPanel", "Claims: select text and press a stance key")
        )
        self.set_current(current_id)

    def set_current(self, claim_id: int | None) -> None:
        if self.current is not None and (claim_id is None or self.current.id != claim_id):
            self.commit_note()
        self.current = next((c for c in self.claims if c.id == claim_id), None)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == claim_id:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                break
        else:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        c = self.current
        self.editor.setEnabled(c is not None)
        self.stance.blockSignals(True)
        idx = self.stance.findData(c.stance_id) if c is not None else 0
        self.stance.setCurrentIndex(max(idx, 0))
        self.stance.blockSignals(False)
        for lid, box in self._topic_boxes.items():
            box.setChecked(c is not None and lid in c.topic_ids)
        if not self.note.hasFocus() or c is None:
            self.note.blockSignals(True)
            self.note.setPlainText(c.note if c is not None else "")
            self.note.blockSignals(False)
        if c is None:
            self.meta.setText("")
        else:
            when = c.updated.strftime("%Y-%m-%d %H:%M") if c.updated else ""
            who = c.annotator or translate("ClaimPanel", "unknown annotator")
            self.meta.setText(f"{who} · {when} · #{c.id}")

    # ------------------------------------------------------------ edits

    def _item_changed(self, item: QListWidgetItem | None, _prev: Any) -> None:
        if item is not None:
            self.claimSelected.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _stance_activated(self, index: int) -> None:
        if self.current is not None:
            self.stanceChosen.emit(self.current.id, self.stance.itemData(index))

    def _topic_clicked(self, label_id: int) -> None:
        if self.current is not None:
            self.topicToggled.emit(self.current.id, label_id)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def commit_note(self) -> None:
        self._note_timer.stop()
        c = self.current
        if c is None:
            return
        text = self.note.toPlainText()
        if text != c.note:
            self.noteEdited.emit(c.id, text)

    def _note_done(self) -> None:
        self.commit_note()
        if self.note.hasFocus():
            self.noteDone.emit()

    def focus_note(self) -> bool:
        if self.current is None:
            return False
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)
        return True


def claim_tip(c: Any, codebook: Any) -> str:
    """Stance, topics and note of a claim, for tooltips."""
    if codebook is None:
        return c.quote
    lab = codebook.label(c.stance_id) if c.stance_id is not None else None
    stance = f"{lab.name_zh} {lab.name_en}" if lab else translate("ClaimPanel", "(none)")
    lines = [translate("ClaimPanel", "Stance: {name}").format(name=stance)]
    topics = [codebook.label(i) for i in c.topic_ids]
    if topics:
        names = "; ".join(f"{x.name_zh} {x.name_en}" for x in topics if x)
        lines.append(translate("ClaimPanel", "Topics: {names}").format(names=names))
    if c.note:
        lines.append(translate("ClaimPanel", "Note: {note}").format(note=c.note))
    return "\n".join(lines)
