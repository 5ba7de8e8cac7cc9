"""The entity correction menu of the article view (right click, Menu key or Ctrl+M).

On a selection: add it as an entity of a type, for this article or the whole project.
On a highlight: change its type or suppress it, for this article or the whole project.
Each choice calls ``correct(action, term, entity_type, article_id_or_None)``, which the
caller turns into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from rareearth_desk.ui.article_view import ArticleText
from rareearth_desk.ui.entity_panel import TYPES
from rareearth_desk.ui.highlight import entity_name

translate = QCoreApplication.translate


def _scopes(article_id: int) -> tuple[tuple[bool, int | None], ...]:
    return ((True, article_id), (False, None))


def correction_menu(
    view: ArticleText,
    article_id: int,
    cp: int,
    correct: Callable[[str, str, str, int | None], None],
    parent: QWidget,
) -> QMenu:
    """Corrections for the selection, or else for the highlight at ``cp``."""
    menu = QMenu(parent)
    span = view.selection_span()
    if span is not None:
        term = view.text[span[0] : span[1]].strip()
        if term:
            for here, scope_id in _scopes(article_id):
                text = (
                    translate("EntityMenu", "Add “{term}” as entity (this article)")
                    if here
                    else translate("EntityMenu", "Add “{term}” as entity (whole project)")
                )
                sub = menu.addMenu(text.format(term=term[:30]))
                for t in TYPES:
                    sub.addAction(
                        f"{entity_name(t)} ({t})",
                        lambda t=t, a=scope_id, term=term: correct("add", term, t, a),
                    )
    m = view.mention_at(cp)
    if m is not None:
        term = view.text[m[0] : m[1]]
        if not menu.isEmpty():
            menu.addSeparator()
        for here, scope_id in _scopes(article_id):
            text = (
                translate("EntityMenu", "Change type of “{term}” (this article)")
                if here
                else translate("EntityMenu", "Change type of “{term}” (whole project)")
            )
            sub = menu.addMenu(text.format(term=term[:30]))
            for t in TYPES:
                if t != m[2]:
                    sub.addAction(
                        f"{entity_name(t)} ({t})",
                        lambda t=t, a=scope_id, term=term: correct("retype", term, t, a),
                    )
        menu.addAction(
            translate("EntityMenu", "Not an entity: suppress “{term}” in this article").format(
                term=term[:30]
            ),
            lambda term=term: correct("suppress", term, "", article_id),
        )
        menu.addAction(
            translate("EntityMenu", "Not an entity: suppress “{term}” in the whole project").format(
                term=term[:30]
            ),
            lambda term=term: correct("suppress", term, "", None),
        )
    if menu.isEmpty():
        hint = translate("EntityMenu", "Select text to add an entity, or right-click a highlight")
        menu.addAction(hint).setEnabled(False)
    return menu
