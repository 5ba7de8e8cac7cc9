"""The Settings dialog: interface language, theme, text size and annotator name.

``SettingsDialog(prefs)`` shows the stored values; ``save()`` writes the chosen ones and
returns them. ``apply_to_window(window, prefs, before, after)`` applies a change of theme,
text size or annotator to a running main window at once (language needs a restart,
which the dialog says).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.preferences import TEXT_SIZES, Preferences
from rareearth_desk.ui.theme import muted_text_colour

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Choices:
    language: str
    theme: str
    text_size: int
    annotator: str


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("Settings", "Settings"))
        self.prefs = prefs
        self.initial = Choices(
            prefs.language(), prefs.theme(), prefs.text_size(), prefs.annotator()
        )

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for value, text in (
            ("system", translate("Settings", "Same as the system")),
            ("zh", "中文 (简体)"),
            ("en", "English"),
        ):
            self.language.addItem(text, value)
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for value, text in (
            ("system", translate("Settings", "Same as the system")),
            ("light", translate("Settings", "Light")),
            ("dark", translate("Settings", "Dark")),
        ):
            self.theme.addItem(text, value)
        self.text_size = QSpinBox(self)
        self.text_size.setObjectName("textSize")
        self.text_size.setRange(*TEXT_SIZES)
        self.text_size.setSuffix(translate("Settings", " pt"))
        self.annotator = QLineEdit(self)
        self.annotator.setObjectName("annotator")
        self.annotator.setPlaceholderText(translate("Settings", "Your name or initials"))

        self.language.setCurrentIndex(max(self.language.findData(self.initial.language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(self.initial.theme), 0))
        self.text_size.setValue(self.initial.text_size)
        self.annotator.setText(self.initial.annotator)

        self.restart_note = QLabel(
            translate("Settings", "A new language applies the next time the app starts."), self
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        colour = muted_text_colour(self.palette()).name()
        self.restart_note.setStyleSheet(f"color: {colour};")
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Settings", "Interface &language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(translate("Settings", "&Theme:"), self.theme)
        form.addRow(translate("Settings", "Article &text size:"), self.text_size)
        form.addRow(translate("Settings", "&Annotator:"), self.annotator)
        hint = QLabel(
            translate("Settings", "The annotator name is stored with every claim you make."),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colour};")
        form.addRow("", hint)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Settings", "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Settings", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)  # the hints fit on one line in English
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _language_changed(self, _index: int) -> None:
        self.restart_note.setVisible(self.language.currentData() != self.initial.language)
        self.adjustSize()  # make room for the note (or take it back)

    def choices(self) -> Choices:
        return Choices(
            str(self.language.currentData()),
            str(self.theme.currentData()),
            int(self.text_size.value()),
            self.annotator.text().strip(),
        )

    def save(self) -> Choices:
        """Write the chosen values to the preferences and return them."""
        c = self.choices()
        self.prefs.set_language(c.language)
        self.prefs.set_theme(c.theme)
        self.prefs.set_text_size(c.text_size)
        if c.annotator != self.initial.annotator:
            self.prefs.confirm_annotator(c.annotator)
        self.prefs.sync()
        return c


def apply_to_window(window: Any, prefs: Preferences, before: Choices, after: Choices) -> None:
    """Make a running main window show the new theme, text size and annotator."""
    from rareearth_desk.ui.theme import apply_theme

    if after.theme != before.theme:
        resolved = apply_theme(after.theme)
        toggle = getattr(window, "toggle_theme", None)
        if callable(toggle):
            toggle(resolved == "dark")  # redraws highlights for the palette
            prefs.set_theme(after.theme)  # keep "system" rather than the resolved value
            apply_theme(after.theme)
        action = getattr(window, "actions_by_id", {}).get("view.dark")
        if action is not None:
            action.setChecked(resolved == "dark")
    if after.text_size != before.text_size and callable(getattr(window, "apply_text_size", None)):
        window.apply_text_size(after.text_size)
    session = getattr(window, "session", None)
    if after.annotator != before.annotator and session is not None:
        session.annotator = after.annotator
        if callable(getattr(window, "update_status", None)):
            window.update_status()
