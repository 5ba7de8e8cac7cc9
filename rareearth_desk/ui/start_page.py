"""The start page shown when no project is open: new, open, recent projects, the sample.

``StartPage`` only offers; the window does the work when a signal arrives:
``newProjectRequested``, ``openProjectRequested``, ``sampleRequested`` and
``recentChosen(path)`` (a recent project chosen by double click or Return).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.theme import muted_text_colour

translate = QCoreApplication.translate

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    newProjectRequested = Signal()
    openProjectRequested = Signal()
    sampleRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        from rareearth_desk import APP_NAME

        title = QLabel(APP_NAME, self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        muted = muted_text_colour(self.palette()).name()
        subtitle = QLabel(
            translate(
                "StartPage",
                "Read rare-earth news in Chinese and English, mark claims, tag their stance "
                "and topics, export workbooks.",
            ),
            self,
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet(f"color: {muted};")

        self.new_button = QPushButton(translate("StartPage", "New project…"), self)
        self.new_button.setObjectName("newProject")
        self.open_button = QPushButton(translate("StartPage", "Open project…"), self)
        self.open_button.setObjectName("openProject")
        self.sample_button = QPushButton(translate("StartPage", "Open the sample project"), self)
        self.sample_button.setObjectName("openSample")
        self.new_button.clicked.connect(self.newProjectRequested.emit)
        self.open_button.clicked.connect(self.openProjectRequested.emit)
        self.sample_button.clicked.connect(self.sampleRequested.emit)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.sample_button):
            b.setMinimumHeight(34)
            buttons.addWidget(b)
        buttons.addStretch(1)

        recent_title = QLabel(translate("StartPage", "Recent projects"), self)
        bold = QFont(recent_title.font())
        bold.setBold(True)
        recent_title.setFont(bold)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(self._chosen)
        self.none_yet = QLabel(translate("StartPage", "No recent projects yet."), self)
        self.none_yet.setStyleSheet(f"color: {muted};")

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(recent_title)
        column.addWidget(self.none_yet)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 32, 24, 24)

    def set_recent(self, paths: Iterable[str]) -> None:
        """List recent projects (newest first); a missing file is shown, and cannot be chosen."""
        self.recent.clear()
        missing = translate("StartPage", "(file not found)")
        for path in paths:
            p = Path(path)
            exists = p.exists()
            text = f"{p.stem}\n{p}" + ("" if exists else f"  {missing}")
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(p))
            item.setToolTip(str(p))
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        empty = self.recent.count() == 0
        self.none_yet.setVisible(empty)
        self.recent.setVisible(not empty)
        if not empty:
            self.recent.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.recentChosen.emit(str(item.data(PATH_ROLE)))
