"""The article view: header plus a read-only text view with entity, claim and suggestion highlights.

``ArticleText`` renders one article (see ``rendering``) and applies the highlight layers
(see ``highlight``) in one pass inside one edit block; later changes (a claim added,
entities arrived, a type toggled) re-apply only the affected range. It reports spans in
article code points, never in Qt positions. Sentence mode (``SentenceCursor``) is
driven from here: Up/Down or J/K move it, a click selects a sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QToolTip, QVBoxLayout, QWidget

from rareearth_desk.ui.highlight import (
    ClaimSpan,
    FormatFactory,
    Layers,
    format_runs,
    is_dark,
    suggestion_colour,
)
from rareearth_desk.ui.rendering import Block, DocMap, build_document, layout_of
from rareearth_desk.ui.sentence_mode import SentenceCursor

translate = QCoreApplication.translate

REFRESH_CHUNK = 20_000  # characters formatted per turn of the event loop in a long refresh
MAX_HINTS = 300  # more suggestions than this: underline those near the visible text only
HINT_MARGIN = 4_000  # characters around the visible text whose suggestions are underlined


class ArticleText(QTextEdit):
    """Read-only, keyboard-selectable text of one article with highlight layers."""

    claimClicked = Signal(object)  # claim id or None
    claimStep = Signal(int)  # +1 / -1 (Tab / Shift+Tab)
    contextMenuAt = Signal(object, int)  # QContextMenuEvent, code point under the mouse
    sentenceMoved = Signal()
    refreshed = Signal()  # a long refresh finished its last piece

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setObjectName("articleText")
        self.text = ""
        self.map: DocMap | None = None
        self.layers = Layers()
        self.claims: list[Any] = []
        self.claim_tips: dict[int, str] = {}
        self.sentences = SentenceCursor(self)
        self.suggestions: list[tuple[int, int]] = []
        self._sentence: tuple[int, int] | None = None
        self._factory: FormatFactory | None = None
        self._mouse_press: QPoint | None = None
        self._own_document: QTextDocument | None = None  # ours to free when replaced
        self._refresh_gen = 0
        self._hints_key: object = None
        self._hints: list[QTextEdit.ExtraSelection] = []
        self._hint_timer = QTimer(self, singleShot=True, interval=40)
        self._hint_timer.timeout.connect(self._update_extra)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self.document().setDocumentMargin(14)

    # ------------------------------------------------------------ rendering

    def factory(self) -> FormatFactory:
        if self._factory is None:
            self._factory = FormatFactory(self.palette(), self.font())
        return self._factory

    def show_text(self, text: str, layers: Layers) -> None:
        """Render ``text`` with every layer in one pass."""
        self._refresh_gen += 1
        self.text = text
        blocks, citations = layout_of(text)
        layers.citations = citations
        layers.headings = [(b.start, b.end) for b in blocks if b.kind == "heading"]
        self.layers = layers
        self.map = DocMap(text, blocks)
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(14)
        doc.setDefaultFont(self.font())
        factory = self.factory()
        build_document(doc, text, blocks, factory.plain())
        self._apply(doc, 0, len(text), skip_plain=True)
        old = self._own_document
        self.setDocument(doc)
        self._own_document = doc
        if old is not None:
            old.deleteLater()
        self.suggestions = []
        self._hints_key = None
        self._sentence = None
        self.sentences.reset(text, [(b.start, b.end) for b in blocks if b.kind != "heading"])
        self._update_extra()

    def _apply(self, doc: QTextDocument, lo: int, hi: int, *, skip_plain: bool = False) -> None:
        """Set the format of every run in ``[lo, hi)`` (plain runs skipped on a fresh document)."""
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        self._apply_runs(cursor, lo, hi, skip_plain=skip_plain)
        cursor.endEditBlock()

    def _apply_runs(
        self, cursor: QTextCursor, lo: int, hi: int, *, skip_plain: bool = False
    ) -> None:
        if self.map is None:
            return
        factory = self.factory()
        plain = factory.plain()
        to_doc = self.map.to_doc
        set_position = cursor.setPosition
        set_format = cursor.setCharFormat
        keep = QTextCursor.MoveMode.KeepAnchor
        for s, e, fmt in format_runs(self.layers, lo, hi, factory):
            if skip_plain and fmt is plain:
                continue
            set_position(to_doc(s))
            set_position(to_doc(e), keep)
            set_format(fmt)

    def refresh(self, lo: int = 0, hi: int | None = None) -> None:
        """Re-apply the layers over ``[lo, hi)`` (the whole text by default).

        A long range is done in pieces of ``REFRESH_CHUNK`` characters, the visible part
        first, one piece per turn of the event loop: a 200,000-character article takes its
        entities without freezing the window.
        """
        lo, hi = max(lo, 0), len(self.text) if hi is None else hi
        self._refresh_gen += 1
        if hi - lo <= 2 * REFRESH_CHUNK:
            self._apply(self.document(), lo, hi)
            return
        first = min(max(self.cp_at(QPoint(0, 0)), lo), hi)
        pieces = [(a, min(a + REFRESH_CHUNK, hi)) for a in range(first, hi, REFRESH_CHUNK)]
        pieces += [(a, min(a + REFRESH_CHUNK, first)) for a in range(lo, first, REFRESH_CHUNK)]
        gen, doc = self._refresh_gen, self.document()

        def step() -> None:
            if gen != self._refresh_gen or doc is not self.document() or not pieces:
                return
            a, b = pieces.pop(0)
            self._apply(doc, a, b)
            if pieces:
                QTimer.singleShot(0, step)
            else:
                self.refreshed.emit()

        step()

    def set_claims(self, claims: list[Any], colours: dict[int, str], current: int | None) -> None:
        """New claim layer; only the spans that changed are re-formatted."""
        old = {(c.start, c.end, c.colour, c.claim_id) for c in self.layers.claims}
        new_spans = [ClaimSpan(c.start, c.end, colours.get(c.id, "#9e9e9e"), c.id) for c in claims]
        new = {(c.start, c.end, c.colour, c.claim_id) for c in new_spans}
        prev_current = self.layers.current_claim
        self.claims = claims
        self.layers.claims = new_spans
        self.layers.current_claim = current
        touched = old ^ new
        if touched and (self.suggestions or self._sentence is not None):
            self._update_extra()
        if prev_current != current:
            touched |= {
                (c.start, c.end, "", 0) for c in self.claims if c.id in (prev_current, current)
            }
            touched |= {(c[0], c[1], "", 0) for c in old if c[3] == prev_current}
        self.refresh_spans([(t[0], t[1]) for t in touched])

    def set_current_claim(self, claim_id: int | None) -> None:
        prev = self.layers.current_claim
        if prev == claim_id:
            return
        self.layers.current_claim = claim_id
        self.refresh_spans(
            [(c.start, c.end) for c in self.layers.claims if c.claim_id in (prev, claim_id)]
        )

    def refresh_spans(self, spans: list[tuple[int, int]]) -> None:
        """Re-apply the layers over each span (overlapping spans merged), in one edit block."""
        if not spans or self.map is None:
            return
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for s, e in merged:
            self._apply_runs(cursor, s, e)
        cursor.endEditBlock()

    # ------------------------------------------------------------ positions

    def selection_span(self) -> tuple[int, int] | None:
        cur = self.textCursor()
        if self.map is None or not cur.hasSelection():
            return None
        s, e = self.map.to_cp(cur.selectionStart()), self.map.to_cp(cur.selectionEnd())
        return (s, e) if e > s else None

    def cursor_cp(self) -> int:
        return self.map.to_cp(self.textCursor().position()) if self.map else 0

    def cp_at(self, viewport_pos: QPoint) -> int:
        if self.map is None:
            return 0
        return self.map.to_cp(self.cursorForPosition(viewport_pos).position())

    def select_span(self, start: int, end: int, *, scroll: bool = True) -> None:
        if self.map is None:
            return
        cur = self.textCursor()
        cur.setPosition(self.map.to_doc(end))
        cur.setPosition(self.map.to_doc(start), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)
        if scroll:
            self.ensureCursorVisible()

    def place_cursor(self, cp: int) -> None:
        if self.map is None:
            return
        cur = self.textCursor()
        cur.setPosition(self.map.to_doc(cp))
        self.setTextCursor(cur)
        self.ensureCursorVisible()

    def doc_rect_of(self, start: int) -> Any:
        cur = QTextCursor(self.document())
        cur.setPosition(self.map.to_doc(start) if self.map else 0)
        return self.cursorRect(cur)

    def claims_at(self, cp: int) -> list[Any]:
        return [c for c in self.claims if c.start <= cp < c.end]

    def mention_at(self, cp: int) -> tuple[int, int, str] | None:
        for m in self.layers.entities:
            if m[0] <= cp < m[1]:
                return m
        return None

    def set_suggestions(self, spans: list[tuple[int, int]]) -> None:
        self.suggestions = list(spans)
        self._update_extra()

    def show_sentence(self, span: tuple[int, int] | None) -> None:
        """The sentence cursor; like suggestions an extra selection (the document is untouched)."""
        self._sentence = span
        self._update_extra()
        if span is None or self.map is None:
            return
        plain = QTextCursor(self.document())
        plain.setPosition(self.map.to_doc(span[0]))
        self.setTextCursor(plain)
        self.ensureCursorVisible()

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        assert self.map is not None
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        cur.setPosition(self.map.to_doc(span[0]))
        cur.setPosition(self.map.to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    def _hint_window(self) -> tuple[int, int] | None:
        """With many suggestions only those near the visible text are drawn (None: all)."""
        if len(self.suggestions) <= MAX_HINTS:
            return None
        top = self.cp_at(QPoint(0, 0))
        bottom = self.cp_at(QPoint(self.viewport().width(), self.viewport().height()))
        step = HINT_MARGIN
        return (max(top - step, 0) // step * step, (bottom + 2 * step) // step * step)

    def _scrolled(self) -> None:
        if len(self.suggestions) > MAX_HINTS:
            self._hint_timer.start()

    def _hint_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Dotted underlines of the suggestions that no claim touches (kept until they change)."""
        claimed = sorted((c.start, c.end) for c in self.layers.claims)
        window = self._hint_window()
        key = (id(self.suggestions), tuple(claimed), window)
        if self._hints_key == key:
            return self._hints
        hint = QTextCharFormat()
        hint.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        hint.setUnderlineColor(suggestion_colour(is_dark(self.palette())))
        starts = [c[0] for c in claimed]
        reach = []  # furthest claim end among claims starting at or before each index
        far = -1
        for _, e in claimed:
            far = max(far, e)
            reach.append(far)
        hints = []
        window = self._hint_window()
        for s, e in self.suggestions:
            if window is not None and (e <= window[0] or s >= window[1]):
                continue
            i = bisect_left(starts, e) - 1  # claims starting before the suggestion ends
            if i < 0 or reach[i] <= s:
                hints.append(self._selection((s, e), hint))
        self._hints_key, self._hints = key, hints
        return hints

    def _update_extra(self) -> None:
        """Suggestions not yet tagged (dotted underline) and the sentence cursor."""
        if self.map is None:
            self.setExtraSelections([])
            return
        selections = list(self._hint_selections())
        claimed = [(c.start, c.end) for c in self.layers.claims]
        if self._sentence is not None:
            # a shade where the sentence is free; over claims (which keep their own shade) a line
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            line = QTextCharFormat()
            line.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            line.setUnderlineColor(colour)
            colour.setAlpha(110 if is_dark(self.palette()) else 55)  # a dark base swallows it
            shade = QTextCharFormat()
            shade.setBackground(colour)
            shade.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            shade.setUnderlineColor(line.underlineColor())
            pos, end = self._sentence
            for cs, ce in sorted(claimed):
                if ce <= pos or cs >= end:
                    continue
                if cs > pos:
                    selections.append(self._selection((pos, cs), shade))
                selections.append(self._selection((max(cs, pos), min(ce, end)), line))
                pos = max(pos, ce)
            if pos < end:
                selections.append(self._selection((pos, end), shade))
        self.setExtraSelections(selections)

    # ------------------------------------------------------------ events

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002,N802 - Qt API
        self.claimStep.emit(1 if next else -1)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cur = self.textCursor()
            if cur.hasSelection():
                cur.clearSelection()
                self.setTextCursor(cur)
            else:
                self.claimClicked.emit(None)
            return
        if self.sentences.active and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_J: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_K: -1,
            }.get(Qt.Key(event.key()))
            if step is not None:
                self.sentences.move(step)
                self.sentenceMoved.emit()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._mouse_press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.map is None:
            return
        pos = event.position().toPoint()
        cp = self.cp_at(pos)
        dragged = self._mouse_press is not None and (pos - self._mouse_press).manhattanLength() > 3
        if self.sentences.active and not dragged:
            self.sentences.go_to(cp)
            self.sentenceMoved.emit()
            return
        span = self.selection_span()
        if span is not None:
            self._snap_selection(span)
            return
        hits = self.claims_at(cp)
        self.claimClicked.emit(min(hits, key=lambda c: c.end - c.start).id if hits else None)

    def _snap_selection(self, span: tuple[int, int]) -> None:
        s, e = snap(self.text, *span)
        if (s, e) != span:
            self.select_span(s, e, scroll=False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        self.contextMenuAt.emit(event, self.cp_at(event.pos()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.map is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            cp = self.cp_at(self.viewport().mapFrom(self, pos))
            lines = [self.claim_tips.get(c.id, "") for c in self.claims_at(cp)]
            m = self.mention_at(cp)
            if m is not None:
                lines.append(f"{self.text[m[0] : m[1]]}: {m[2]}")
            tip = "\n\n".join(t for t in lines if t)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole words (jieba for Chinese) by nlp.sentences.snap_to_words."""
    try:
        from rareearth_desk.nlp.sentences import snap_to_words
    except ImportError:
        return start, end
    s, e = snap_to_words(text, start, end)
    return (s, e) if e > s else (start, end)


class ArticlePane(QWidget):
    """Title, source, date and collection above the article text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(14, 8, 14, 4)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = ArticleText(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.show_header(None)

    def show_header(self, article: Any | None) -> None:
        if article is None:
            self.header.setText("<i>" + translate("ArticlePane", "No article selected") + "</i>")
            return
        from html import escape

        date = (
            article.published.strftime("%Y-%m-%d %H:%M")
            if article.published
            else translate("ArticlePane", "no date")
        )
        bits = [escape(article.source or translate("ArticlePane", "unknown source")), date]
        if article.collection:
            bits.append(escape(article.collection))
        if article.excerpt:
            bits.append(translate("ArticlePane", "excerpt (cut by the search tool)"))
        bits.append(translate("ArticlePane", "{n} characters").format(n=f"{article.chars:,}"))
        title = escape(article.title or translate("ArticlePane", "(untitled)"))
        dim = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.header.setText(
            f"<div style='font-size:15pt; font-weight:600'>{title}</div>"
            f"<div style='color:{dim}'>{' · '.join(bits)}</div>"
        )


__all__ = ["ArticlePane", "ArticleText", "Block", "snap"]
