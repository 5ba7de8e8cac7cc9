"""What the analyst does inside one article: tag claims, label them, correct entities.

``Tagging`` holds the open article (its claims, entities and suggestions), keeps the
article view and the claim and entity panels in step with the store, and turns key
presses into undoable commands. Entities arrive from a worker thread (the highlighter
loads off the GUI thread); the view never waits for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMenu, QWidget

from rareearth_desk.ui import commands as cmd
from rareearth_desk.ui.article_view import ArticlePane, snap
from rareearth_desk.ui.claim_panel import ClaimPanel, claim_tip
from rareearth_desk.ui.entity_menu import correction_menu
from rareearth_desk.ui.entity_panel import EntityPanel
from rareearth_desk.ui.highlight import NO_STANCE_COLOUR, Layers
from rareearth_desk.ui.session import Session
from rareearth_desk.ui.text_jobs import (
    FIRST_LOAD_DELAY_MS,
    SYNC_LIMIT,
    Relay,
    TextJob,
    highlighter_ready,
    load_mentions,
)

translate = QCoreApplication.translate


class Tagging(QObject):
    """The open article and every annotation action on it."""

    message = Signal(str)  # status-bar message
    claimsChanged = Signal()
    entitiesShown = Signal()

    def __init__(
        self, session: Session, pane: ArticlePane, claims: ClaimPanel, entities: EntityPanel
    ) -> None:
        super().__init__(pane)
        self.session, self.pane, self.view = session, pane, pane.view
        self.panel, self.entities = claims, entities
        self.article: Any = None
        self.claims: list[Any] = []
        self.current: int | None = None
        self.mentions: list[Any] | None = None
        self.suggestions: list[tuple[int, int]] = []
        self._gen = 0
        self._relay = Relay(self)
        self._relay.ready.connect(self._entities_ready)
        session.changed.connect(self._on_changes)
        self.view.claimClicked.connect(self.set_current)
        self.view.claimStep.connect(self.step_claim)
        self.view.contextMenuAt.connect(self._context_menu)
        self.panel.claimSelected.connect(lambda cid: self.set_current(cid, scroll=True))
        self.panel.stanceChosen.connect(self._stance_from_panel)
        self.panel.topicToggled.connect(
            lambda cid, lid: self._push(cmd.ToggleLabel(session, cid, lid))
        )
        self.panel.noteEdited.connect(self._note_from_panel)
        self.panel.noteDone.connect(lambda: self.view.setFocus())
        self.entities.hiddenTypesChanged.connect(self._hidden_types)
        self.entities.mentionChosen.connect(lambda s, e: self.view.select_span(s, e))

    # ------------------------------------------------------------ opening

    @property
    def article_id(self) -> int | None:
        return None if self.article is None else int(self.article.id)

    def open_article(self, article: Any | None) -> None:
        self._gen += 1
        self.article = article
        self.current = None
        self.pane.show_header(article)
        if article is None:
            self.claims, self.mentions, self.suggestions = [], None, []
            self.view.show_text("", Layers())
            self.panel.set_claims([], None)
            self.entities.set_mentions(None, "")
            return
        from rareearth_desk.core.annotate import claims_for_article

        assert self.session.project is not None
        self.claims = claims_for_article(self.session.project, article.id)
        self.mentions, self.suggestions = None, []
        if highlighter_ready() and article.chars <= SYNC_LIMIT:
            try:
                self.mentions = load_mentions(self.session.project, article.id)
            except Exception:  # noqa: BLE001 - shown without entities rather than not at all
                self.mentions = None
        self.view.show_text(article.text, self._layers())
        self.view.claim_tips = {c.id: claim_tip(c, self.session.codebook) for c in self.claims}
        self.panel.set_claims(self.claims, None)
        self.entities.set_mentions(None, "")
        if self.mentions is not None:
            QTimer.singleShot(0, self._fill_entity_panel)
            self.entitiesShown.emit()
        # the first load of the highlighter is heavy: let the window paint first
        delay = 0 if self.mentions is not None or highlighter_ready() else FIRST_LOAD_DELAY_MS
        QTimer.singleShot(delay, self.request_entities)

    def _fill_entity_panel(self) -> None:
        if self.article is not None and self.mentions is not None:
            self.entities.set_mentions(self.mentions, self.article.text)

    def request_entities(self) -> None:
        """Suggestions (and entities, if not shown yet) from a worker; applied when they arrive."""
        if self.article is None or self.session.project is None:
            return
        self._gen += 1
        job = TextJob(
            self._relay,
            self._gen,
            self.session.project,
            self.article.id,
            self.article.text,
            self.mentions is None,
        )
        QThreadPool.globalInstance().start(job)

    def _entities_ready(
        self, gen: int, article_id: int, mentions: list[Any] | None, suggestions: Any
    ) -> None:
        if gen != self._gen or article_id != self.article_id:
            return
        if mentions is not None:
            self.show_mentions(mentions)
        if suggestions is not None:
            self.suggestions = list(suggestions)
            self.view.set_suggestions(self.suggestions)

    def show_mentions(self, mentions: list[Any]) -> None:
        self.mentions = mentions
        self.view.layers.entities = self._entity_spans()
        self.view.refresh()
        QTimer.singleShot(0, self._fill_entity_panel)
        self.entitiesShown.emit()

    def _entity_spans(self) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.type) for m in self.mentions or []]

    def _layers(self) -> Layers:
        from rareearth_desk.ui.highlight import ClaimSpan

        colours = self._colours()
        return Layers(
            entities=self._entity_spans(),
            claims=[
                ClaimSpan(c.start, c.end, colours.get(c.id, NO_STANCE_COLOUR), c.id)
                for c in self.claims
            ],
            hidden_types=self.entities.hidden_types(),
            current_claim=self.current,
        )

    def _colours(self) -> dict[int, str]:
        cb = self.session.codebook
        out = {}
        for c in self.claims:
            lab = cb.label(c.stance_id) if c.stance_id is not None else None
            out[c.id] = lab.colour if lab else NO_STANCE_COLOUR
        return out

    def _hidden_types(self, hidden: set[str]) -> None:
        self.view.layers.hidden_types = set(hidden)
        self.view.refresh()

    # ------------------------------------------------------------ store changes

    def _on_changes(self, changes: Any) -> None:
        aid = self.article_id
        if aid is None:
            return
        mine = {c.id for c in self.claims}
        if aid in changes.articles or changes.claims & mine or changes.codebook:
            self.reload_claims()
        if changes.rules and (not changes.articles or aid in changes.articles):
            self.request_entities_now()
        for text in getattr(changes, "messages", []) or []:
            self.message.emit(text)

    def reload_claims(self) -> None:
        from rareearth_desk.core.annotate import claims_for_article

        if self.session.project is None or self.article is None:
            return
        self.claims = claims_for_article(self.session.project, self.article.id)
        if self.current not in {c.id for c in self.claims}:
            self.current = None
        self.view.claim_tips = {c.id: claim_tip(c, self.session.codebook) for c in self.claims}
        self.view.set_claims(self.claims, self._colours(), self.current)
        self.panel.set_claims(self.claims, self.current)
        self.claimsChanged.emit()

    def request_entities_now(self) -> None:
        """After a correction: synchronous when the highlighter is ready, else a worker."""
        if self.article is None or self.session.project is None:
            return
        if highlighter_ready() and self.article.chars <= SYNC_LIMIT:
            self._gen += 1
            self.show_mentions(load_mentions(self.session.project, self.article.id))
        else:
            self.mentions = None
            self.request_entities()

    # ------------------------------------------------------------ current claim

    def set_current(self, claim_id: int | None, *, scroll: bool = False) -> None:
        self.current = claim_id
        self.view.set_current_claim(claim_id)
        self.panel.set_current(claim_id)
        c = self.claim(claim_id)
        if c is not None and scroll:
            self.view.place_cursor(c.start)
        self.claimsChanged.emit()

    def claim(self, claim_id: int | None) -> Any | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def step_claim(self, delta: int) -> None:
        if not self.claims:
            self.message.emit(translate("Tagging", "This article has no claims yet."))
            return
        ids = [c.id for c in self.claims]
        if self.current in ids:
            i = (ids.index(self.current) + delta) % len(ids)
        else:
            pos = self.view.cursor_cp()
            after = [i for i, c in enumerate(self.claims) if c.start >= pos]
            i = (
                (after[0] if after else 0)
                if delta > 0
                else ((after[0] - 1) if after else len(ids) - 1)
            )
        self.set_current(ids[i], scroll=True)

    # ------------------------------------------------------------ tagging

    def _push(self, command: Any) -> Any:
        self.session.undo_stack.push(command)
        return command

    def target_span(self) -> tuple[int, int] | None:
        """The snapped selection, else the sentence under the sentence cursor."""
        span = self.view.selection_span()
        if span is not None:
            return snap(self.view.text, *span)
        return self.view.sentences.current()

    def stance(self, label_id: int) -> None:
        if self.article is None:
            return
        span = self.target_span()
        if span is not None:
            same = next((c for c in self.claims if (c.start, c.end) == span), None)
            if same is not None:
                self._set_stance(same.id, label_id)
                return
            self._add_claim(span, (label_id,))
            if self.view.sentences.active and self.view.selection_span() is None:
                self.view.sentences.move(1)
            return
        if self.current is not None:
            self._set_stance(self.current, label_id)
            return
        self.message.emit(
            translate(
                "Tagging",
                "Select some text (or use sentence mode: S) before pressing a stance key.",
            )
        )

    def _add_claim(self, span: tuple[int, int], label_ids: tuple[int, ...]) -> None:
        assert self.article is not None
        command = self._push(
            cmd.AddClaim(self.session, self.article.id, span[0], span[1], label_ids)
        )
        if command.claim_id is not None:
            cur = self.view.textCursor()
            cur.clearSelection()
            self.view.setTextCursor(cur)
            self.set_current(command.claim_id)

    def _set_stance(self, claim_id: int, label_id: int | None) -> None:
        c = self.claim(claim_id)
        if c is None or c.stance_id == label_id:
            return
        self._push(cmd.SetStance(self.session, claim_id, label_id, c.stance_id))
        self.set_current(claim_id)

    def _stance_from_panel(self, claim_id: int, label_id: int | None) -> None:
        self._set_stance(claim_id, label_id)

    def topic(self, label_id: int) -> None:
        if self.current is None:
            self.message.emit(
                translate(
                    "Tagging", "Choose a claim first (Tab, [ ] or a click), then press a topic key."
                )
            )
            return
        self._push(cmd.ToggleLabel(self.session, self.current, label_id))

    def _note_from_panel(self, claim_id: int, note: str) -> None:
        c = self.claim(claim_id)
        if c is not None and c.note != note:
            self._push(cmd.SetNote(self.session, claim_id, note, c.note))

    def focus_note(self) -> None:
        if not self.panel.focus_note():
            self.message.emit(
                translate("Tagging", "Choose a claim first, then press N to write its note.")
            )

    def delete_claim(self) -> None:
        if self.current is None:
            self.message.emit(translate("Tagging", "No claim is selected."))
            return
        self._push(cmd.DeleteClaim(self.session, self.current))

    def toggle_sentence_mode(self, on: bool) -> None:
        self.view.sentences.set_active(on)
        self.view.setFocus()
        self.message.emit(
            translate(
                "Tagging", "Sentence mode: Up/Down or J/K move, a stance key tags the sentence."
            )
            if on
            else translate("Tagging", "Sentence mode off.")
        )

    def accept_suggestion(self) -> None:
        """Tag the suggestion under the cursor (or the next one) as a claim with no stance yet."""
        if self.article is None:
            return
        if not self.suggestions:
            self.message.emit(translate("Tagging", "No suggested claims in this article (yet)."))
            return
        pos = self.view.cursor_cp()
        taken = {(c.start, c.end) for c in self.claims}
        free = [s for s in self.suggestions if s not in taken]
        hit = next((s for s in free if s[0] <= pos < s[1]), None) or next(
            (s for s in free if s[0] >= pos), None
        )
        if hit is None:
            self.message.emit(translate("Tagging", "No suggestion at or after the cursor."))
            return
        self._add_claim(hit, ())
        self.message.emit(
            translate("Tagging", "Suggestion accepted: press a stance key (1-4) and topic keys.")
        )

    # ------------------------------------------------------------ entity corrections

    def entity_menu_at_cursor(self) -> None:
        rect = self.view.cursorRect()
        self._show_entity_menu(
            self.view.viewport().mapToGlobal(rect.bottomLeft()), self.view.cursor_cp()
        )

    def _context_menu(self, event: Any, cp: int) -> None:
        self._show_entity_menu(event.globalPos(), cp)

    def _show_entity_menu(self, global_pos: Any, cp: int) -> None:
        menu = self.entity_menu(cp, self.view)
        if menu is not None:
            menu.exec(global_pos)

    def entity_menu(self, cp: int, parent: QWidget) -> QMenu | None:
        """Corrections for the selection, or else for the highlight at ``cp``."""
        if self.article is None:
            return None
        return correction_menu(self.view, self.article.id, cp, self.correct, parent)

    def correct(self, action: str, term: str, entity_type: str, article_id: int | None) -> None:
        self._push(cmd.AddEntityRule(self.session, action, term, entity_type, article_id))
