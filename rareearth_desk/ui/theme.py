"""Themes: Fusion with a light, dark or system palette; text on label colours that reads.

``apply_theme("light" | "dark" | "system")`` sets the application's style and palette;
"system" follows the desktop's colour scheme where Qt can tell, else light.
``follow_system_theme`` re-applies "system" when the desktop switches.
``contrast_text(colour)`` picks black or white text for a label colour, so that a
swatch reads in both themes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#35373b",
    QPalette.ColorRole.AlternateBase: "#3b3e42",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#2f3135",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.ToolTipBase: "#393b40",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9da3",
    QPalette.ColorRole.Link: "#7db7ff",
    QPalette.ColorRole.LinkVisited: "#c39bff",
    QPalette.ColorRole.Light: "#45484d",
    QPalette.ColorRole.Midlight: "#3a3d41",
    QPalette.ColorRole.Mid: "#303235",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
}
DARK_DISABLED = "#777a80"


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return False
    return bool(scheme() == Qt.ColorScheme.Dark)


def resolve_theme(theme: str) -> str:
    """ "light" or "dark" for a theme choice."""
    if theme == "system":
        return "dark" if system_prefers_dark() else "light"
    return "dark" if theme == "dark" else "light"


def follow_system_theme(
    choice: Callable[[], str], on_change: Callable[[str], None], owner: QObject | None = None
) -> bool:
    """Re-apply the "system" theme when the desktop switches between light and dark.

    ``choice()`` gives the current theme choice; when it is "system" and the desktop
    changes, the theme is applied again and ``on_change("light" | "dark")`` lets the
    window redraw what it colours itself. With an ``owner`` the watch ends when the owner
    is destroyed. False when Qt cannot tell the desktop's scheme.
    """
    hints = QGuiApplication.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is None:
        return False

    def changed(_scheme: object) -> None:
        if choice() == "system":
            on_change(apply_theme("system"))

    signal.connect(changed)
    if owner is not None:
        owner.destroyed.connect(lambda *_a: signal.disconnect(changed))
    return True


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in DARK.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_DISABLED))
    return p


def apply_theme(theme: str) -> str:
    """Apply a theme choice to the running application; returns "light" or "dark"."""
    resolved = resolve_theme(theme)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return resolved
    app.setStyle("Fusion")
    if resolved == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return resolved


def is_dark(palette: QPalette | None = None) -> bool:
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def contrast_text(colour: str | QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    c = QColor(colour)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


def muted_text_colour(palette: QPalette | None = None) -> QColor:
    """A secondary text colour that stays legible on the palette's window colour."""
    return QColor("#a0a4aa") if is_dark(palette) else QColor("#5f6368")


def error_text_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b71c1c")


def ok_text_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#81c784") if is_dark(palette) else QColor("#2e7d32")
