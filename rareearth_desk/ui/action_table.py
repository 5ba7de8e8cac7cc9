"""The main window's actions as data: id, text, shortcuts, handler; menus and toolbar.

``ACTIONS`` lists the fixed actions and ``ENTITY_TOGGLES`` one per entity type; a handler
is a dotted attribute path on the window (``"tagging.delete_claim"``) plus fixed
arguments, so this module holds no behaviour. ``MENUS`` and ``TOOLBAR`` name actions by
id. Texts, tips, groups and menu titles are English source texts marked for lupdate
(context "Actions"); ``ui.actions`` translates them where the Qt objects are made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rareearth_desk.ui.highlight import entity_name

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """The interface translation of a text marked in this module."""
    return translate("Actions", text) if text else text


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str
    handler: str
    shortcuts: tuple[str, ...] = ()
    args: tuple[Any, ...] = ()
    tip: str = ""
    checkable: bool = False
    group: str = ""  # keyboard-map heading
    needs: str = ""  # "project", "article" or "" (always enabled)
    extra: dict[str, Any] = field(default_factory=dict)  # fields of ``{name}`` in text

    def label(self) -> str:
        """The translated text with its ``extra`` fields filled in."""
        text = tr(self.text)
        if not self.extra:
            return text
        fields = {k: entity_name(v) if k == "type" else v for k, v in self.extra.items()}
        return text.format(**fields)


ACTIONS: tuple[ActionSpec, ...] = (
    # file
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("Actions", "&New project…"),
        "ops.new_project",
        ("Ctrl+N",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("Actions", "&Open project…"),
        "ops.open_project",
        ("Ctrl+O",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
    ),
    ActionSpec(
        "file.sample",
        QT_TRANSLATE_NOOP("Actions", "Open the &sample project"),
        "ops.open_sample",
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
    ),
    ActionSpec(
        "file.import",
        QT_TRANSLATE_NOOP("Actions", "&Import files…"),
        "ops.import_files",
        ("Ctrl+I",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
        needs="project",
    ),
    ActionSpec(
        "file.import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import a &folder…"),
        "ops.import_folder",
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
        needs="project",
    ),
    ActionSpec(
        "file.paste",
        QT_TRANSLATE_NOOP("Actions", "&Paste as article"),
        "ops.paste_articles",
        ("Ctrl+Shift+V",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
        needs="project",
    ),
    ActionSpec(
        "file.export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "ops.export",
        ("Ctrl+E",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
        needs="project",
    ),
    ActionSpec(
        "file.close",
        QT_TRANSLATE_NOOP("Actions", "&Close project"),
        "close_project",
        ("Ctrl+W",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
        needs="project",
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "close",
        ("Ctrl+Q",),
        group=QT_TRANSLATE_NOOP("Actions", "Project"),
    ),
    # edit
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "undo",
        ("Ctrl+Z",),
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
        needs="project",
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "redo",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
        needs="project",
    ),
    ActionSpec(
        "edit.find",
        QT_TRANSLATE_NOOP("Actions", "&Search articles"),
        "focus_search",
        ("Ctrl+F",),
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
        needs="project",
    ),
    ActionSpec(
        "edit.codebook",
        QT_TRANSLATE_NOOP("Actions", "&Codebook…"),
        "ops.codebook",
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
        needs="project",
    ),
    ActionSpec(
        "edit.annotator",
        QT_TRANSLATE_NOOP("Actions", "&Annotator name…"),
        "ops.ask_annotator",
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
    ),
    ActionSpec(
        "edit.settings",
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        "ops.settings",
        ("Ctrl+,",),
        group=QT_TRANSLATE_NOOP("Actions", "Edit"),
    ),
    # annotate (stance and topic keys come from the codebook)
    ActionSpec(
        "claim.sentence_mode",
        QT_TRANSLATE_NOOP("Actions", "&Sentence mode"),
        "tagging.toggle_sentence_mode",
        ("S", "F8"),
        checkable=True,
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Up/Down or J/K move the sentence cursor; a stance key tags the sentence"
        ),
    ),
    ActionSpec(
        "claim.accept",
        QT_TRANSLATE_NOOP("Actions", "&Accept suggestion"),
        "tagging.accept_suggestion",
        ("A", "G"),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Tag the suggested claim under (or after) the cursor; then press a stance key",
        ),
    ),
    ActionSpec(
        "claim.note",
        QT_TRANSLATE_NOOP("Actions", "Edit &note"),
        "tagging.focus_note",
        ("N",),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
    ),
    ActionSpec(
        "claim.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete claim"),
        "tagging.delete_claim",
        ("Delete",),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
    ),
    ActionSpec(
        "claim.next",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt claim"),
        "tagging.step_claim",
        ("]",),
        args=(1,),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
    ),
    ActionSpec(
        "claim.prev",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious claim"),
        "tagging.step_claim",
        ("[",),
        args=(-1,),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
    ),
    ActionSpec(
        "claim.entity",
        QT_TRANSLATE_NOOP("Actions", "Correct &entity…"),
        "tagging.entity_menu_at_cursor",
        ("Ctrl+M",),
        group=QT_TRANSLATE_NOOP("Actions", "Claims"),
        needs="article",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Add, retype or suppress the entity at the cursor or the selection"
        ),
    ),
    # go
    ActionSpec(
        "go.done_next",
        QT_TRANSLATE_NOOP("Actions", "Mark &done, next unfinished"),
        "done_and_next",
        ("Ctrl+Return", "Ctrl+Enter"),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="article",
    ),
    ActionSpec(
        "go.next",
        QT_TRANSLATE_NOOP("Actions", "&Next article"),
        "step_article",
        ("Alt+Down", "Ctrl+J"),
        args=(1,),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="project",
    ),
    ActionSpec(
        "go.prev",
        QT_TRANSLATE_NOOP("Actions", "&Previous article"),
        "step_article",
        ("Alt+Up", "Ctrl+K"),
        args=(-1,),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="project",
    ),
    ActionSpec(
        "go.unfinished",
        QT_TRANSLATE_NOOP("Actions", "Next &unfinished"),
        "next_unfinished",
        ("Ctrl+Shift+J",),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="project",
    ),
    ActionSpec(
        "go.list",
        QT_TRANSLATE_NOOP("Actions", "Go to the &list"),
        "focus_list",
        ("Ctrl+L",),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="project",
    ),
    ActionSpec(
        "go.text",
        QT_TRANSLATE_NOOP("Actions", "Go to the &text"),
        "focus_text",
        ("Ctrl+T",),
        group=QT_TRANSLATE_NOOP("Actions", "Articles"),
        needs="article",
    ),
    # view
    ActionSpec(
        "view.bigger",
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        "zoom",
        ("Ctrl++", "Ctrl+="),
        args=(1,),
        group=QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "view.smaller",
        QT_TRANSLATE_NOOP("Actions", "&Smaller text"),
        "zoom",
        ("Ctrl+-",),
        args=(-1,),
        group=QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "view.dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark theme"),
        "toggle_theme",
        checkable=True,
        group=QT_TRANSLATE_NOOP("Actions", "View"),
    ),
    ActionSpec(
        "help.keys",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard map"),
        "ops.show_keymap",
        ("F1",),
        group=QT_TRANSLATE_NOOP("Actions", "Help"),
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "&About RareEarth Desk"),
        "ops.show_about",
        group=QT_TRANSLATE_NOOP("Actions", "Help"),
    ),
)

ENTITY_TOGGLES: tuple[ActionSpec, ...] = tuple(
    ActionSpec(
        f"view.entity.{t}",
        QT_TRANSLATE_NOOP("Actions", "Show {type} highlights"),
        "entities.toggle_type",
        (f"Alt+{i}",),
        args=(t,),
        group=QT_TRANSLATE_NOOP("Actions", "View"),
        extra={"type": t},
    )
    for i, t in enumerate(("GPE", "ORG", "PERSON", "LOC", "MATERIAL", "QUANTITY", "DATE"), start=1)
)

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "file.new",
            "file.open",
            "@recent",
            "file.sample",
            None,
            "file.import",
            "file.import_folder",
            "file.paste",
            "file.export",
            None,
            "file.close",
            "file.quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "edit.undo",
            "edit.redo",
            None,
            "edit.find",
            None,
            "edit.codebook",
            "edit.annotator",
            "edit.settings",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Annotate"),
        (
            "@stances",
            None,
            "@topics",
            None,
            "claim.sentence_mode",
            "claim.accept",
            "claim.note",
            "claim.next",
            "claim.prev",
            "claim.delete",
            "claim.entity",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Go"),
        ("go.done_next", "go.next", "go.prev", "go.unfinished", None, "go.list", "go.text"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        ("view.bigger", "view.smaller", "view.dark", None, "@entity_toggles"),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.keys", "help.about")),
)

TOOLBAR: tuple[str | None, ...] = (
    "file.open",
    "file.import",
    "file.export",
    None,
    "edit.undo",
    "edit.redo",
    None,
    "claim.sentence_mode",
    "claim.accept",
    "go.done_next",
    "go.prev",
    "go.next",
)
