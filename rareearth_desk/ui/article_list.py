"""The article list: a filter bar over a lazy table of articles.

Filters: full-text search, status, and (behind "Filters") source, collection, date
range, topic, stance, annotator and entity. Every change builds one
``core.repository.ArticleFilter`` and reloads the ids of the lazy model.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.models import ArticleTableModel
from rareearth_desk.ui.settings import label_name

_ANY_DATE = QDate(1900, 1, 1)
translate = QCoreApplication.translate


def article_count_text(n: int) -> str:
    if n == 1:
        return translate("ArticleList", "1 article")
    return translate("ArticleList", "{n} articles").format(n=f"{n:,}")


class _DateBox(QDateEdit):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_ANY_DATE)
        self.setSpecialValueText(translate("ArticleList", "any"))
        self.setDate(_ANY_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == _ANY_DATE else date(d.year(), d.month(), d.day())


class ArticleList(QWidget):
    """Filter bar, article table and a count; emits the chosen article's id."""

    articleChosen = Signal(int)
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.repo: Any = None
        self.codebook: Any = None
        self._choices_stale = True
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply_filter)

        self.search = QLineEdit(
            self,
            placeholderText=translate("ArticleList", "Search titles and text  (Ctrl+F)"),
            clearButtonEnabled=True,
        )
        self.search.setObjectName("searchBox")
        self.status = QComboBox(self)
        for text, value in (
            (translate("ArticleList", "All"), None),
            (translate("ArticleList", "New"), "new"),
            (translate("ArticleList", "Started"), "started"),
            (translate("ArticleList", "Done"), "done"),
        ):
            self.status.addItem(text, value)
        self.status.setToolTip(translate("ArticleList", "Status"))
        self.more = QToolButton(self, text=translate("ArticleList", "Filters"), checkable=True)
        self.more.setToolTip(
            translate("ArticleList", "Source, collection, stance, topic, annotator, entity, dates")
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.more)

        self.extra = QWidget(self)
        grid = QGridLayout(self.extra)
        grid.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox(self.extra)
        self.collection = QComboBox(self.extra)
        self.topic = QComboBox(self.extra)
        self.stance = QComboBox(self.extra)
        self.annotator = QComboBox(self.extra)
        self.entity = QLineEdit(
            self.extra,
            placeholderText=translate("ArticleList", "entity, e.g. 镝 or Lynas"),
            clearButtonEnabled=True,
        )
        self.date_from = _DateBox(self.extra)
        self.date_to = _DateBox(self.extra)
        rows = [
            (
                translate("ArticleList", "Source"),
                self.source,
                translate("ArticleList", "Collection"),
                self.collection,
            ),
            (
                translate("ArticleList", "Stance"),
                self.stance,
                translate("ArticleList", "Topic"),
                self.topic,
            ),
            (
                translate("ArticleList", "Annotator"),
                self.annotator,
                translate("ArticleList", "Entity"),
                self.entity,
            ),
            (
                translate("ArticleList", "From"),
                self.date_from,
                translate("ArticleList", "To"),
                self.date_to,
            ),
        ]
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(QLabel(l2), r, 2)
            grid.addWidget(w2, r, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for combo in (self.source, self.collection, self.topic, self.stance, self.annotator):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.entity.setMinimumWidth(60)
        self.extra.setVisible(False)
        self.more.toggled.connect(self._show_extra)

        self.table = QTableView(self)
        self.table.setObjectName("articleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate(self._column_widths(), start=1):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.count = QLabel(self)
        self.count.setObjectName("articleCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.extra)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.entity.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (
            self.status,
            self.source,
            self.collection,
            self.topic,
            self.stance,
            self.annotator,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(lambda _d: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _column_widths(self) -> list[int]:
        """Source, date, claims and status wide enough for their texts in this language."""
        fm = self.table.fontMetrics()
        pad = 18

        def widest(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        heads = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        return [
            max(widest(heads[1]), fm.horizontalAdvance("M") * 8),
            widest(heads[2], "2026-12-31"),
            widest(heads[3], "999"),
            widest(heads[4], *self.model.status_texts()),
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # a narrow list keeps room for the titles: the source is in the tooltip and header
        widths = self._column_widths()
        narrow = self.table.viewport().width() - sum(widths[1:]) < 2 * widths[0]
        if self.table.isColumnHidden(1) != narrow:
            self.table.setColumnHidden(1, narrow)

    # ------------------------------------------------------------ set-up

    def set_project(self, repo: Any, codebook: Any) -> None:
        self.repo, self.codebook = repo, codebook
        self._choices_stale = True
        if self.extra.isVisible():
            self._fill_choices()
        self.model.repo = repo
        self.apply_filter()

    def _show_extra(self, on: bool) -> None:
        if on and self._choices_stale and self.repo is not None:
            self._fill_choices()
        self.extra.setVisible(on)

    def _fill_choices(self) -> None:
        """Sources, collections, annotators and labels of the filter boxes (when first shown)."""
        self._choices_stale = False
        repo, codebook = self.repo, self.codebook
        self._fill(
            self.source, translate("ArticleList", "All sources"), [(s, s) for s in repo.sources()]
        )
        self._fill(
            self.collection,
            translate("ArticleList", "All collections"),
            [(c, c) for c in repo.collections()],
        )
        self._fill(
            self.annotator,
            translate("ArticleList", "All annotators"),
            [(a, a) for a in repo.annotators()],
        )
        stance = codebook.stance_dimension
        self._fill(
            self.stance,
            translate("ArticleList", "Any stance"),
            [(label_name(lab), lab.id) for lab in (stance.labels if stance else [])],
        )
        self._fill(
            self.topic,
            translate("ArticleList", "Any topic"),
            [(label_name(lab), lab.id) for d in codebook.topic_dimensions for lab in d.labels],
        )

    def clear_project(self) -> None:
        self.repo = None
        self.model.repo = None
        self.model.reload()
        self._update_count()

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, value in items:
            if text:
                combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    # ------------------------------------------------------------ filtering

    def current_filter(self) -> Any:
        from rareearth_desk.core.repository import ArticleFilter

        return ArticleFilter(
            status=self.status.currentData(),
            source=self.source.currentData(),
            collection=self.collection.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            topic=self.topic.currentData(),
            stance=self.stance.currentData(),
            annotator=self.annotator.currentData(),
            entity=self.entity.text().strip() or None,
            search=self.search.text().strip() or None,
        )

    def apply_filter(self) -> None:
        if self.repo is None:
            return
        keep = self.current_id()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_id(keep, emit=False)
        self.filterChanged.emit()

    def _update_count(self) -> None:
        self.count.setText(article_count_text(len(self.model.ids)))

    # ------------------------------------------------------------ navigation

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def select_id(self, article_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self._select_row(row, emit=emit)
        return True

    def _select_row(self, row: int, *, emit: bool = True) -> None:
        idx = self.model.index(row, 0)
        sm = self.table.selectionModel()
        if not emit:
            sm.blockSignals(True)
        sm.setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not emit:
            sm.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(idx)

    def step(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) article of the list."""
        if not self.model.ids:
            return False
        cur = self.table.currentIndex()
        row = (cur.row() + delta) if cur.isValid() else 0
        if not 0 <= row < len(self.model.ids):
            return False
        self._select_row(row)
        return True

    def _row_changed(self, current: Any, _previous: Any) -> None:
        aid = self.model.id_at(current.row()) if current.isValid() else None
        if aid is not None:
            self.articleChosen.emit(aid)
