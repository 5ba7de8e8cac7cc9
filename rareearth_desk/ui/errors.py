"""Logging and error reporting for the app: a log file, and a clear dialog for failures.

``setup_logging()`` writes to ``paths.log_dir()/rareearth-desk.log`` (rotating).
``install_error_handling(app)`` sends uncaught exceptions (main thread and worker
threads) and Qt's warnings to that log, and the exceptions to ``ErrorDialog``: a
one-line summary, the details behind a "Show details" button, and "Copy details". ``show_error(parent, title, message,
details)`` is the same dialog for failures the code catches itself.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.messages import tr_message

translate = QCoreApplication.translate

LOG_NAME = "rareearth-desk.log"
LOGGER = "rareearth_desk"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
MAX_DIALOGS = 3  # error dialogs open at once; later errors go to the log only


def log_path() -> Path:
    from rareearth_desk.paths import log_dir

    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    """The app's logger, writing to the rotating log file (set up once per log file)."""
    logger = logging.getLogger(LOGGER)
    target = str(log_path())
    for h in list(logger.handlers):
        if isinstance(h, RotatingFileHandler):
            if h.baseFilename == target:
                return logger
            logger.removeHandler(h)
            h.close()
    handler = RotatingFileHandler(
        target, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return logger


class ErrorDialog(QDialog):
    """Summary line, expandable details, Copy details, Close."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title)
        self.details_text = details
        icon = QLabel(self)
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(message, self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)

        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(200)
        self.details.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Errors", "Close"))
        self.toggle = QPushButton(translate("Errors", "Show details"), self)
        self.toggle.setObjectName("toggleDetails")
        self.copy = QPushButton(translate("Errors", "Copy details"), self)
        self.copy.setObjectName("copyDetails")
        for b in (self.toggle, self.copy):
            b.setEnabled(bool(details))
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.toggle.clicked.connect(self._toggle)
        self.copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        self.log_hint = QLabel(
            translate("Errors", "Details are also written to the log file: {path}").format(
                path=log_path()
            ),
            self,
        )
        self.log_hint.setWordWrap(True)
        self.log_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_hint.setVisible(bool(details))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _toggle(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle.setText(
            translate("Errors", "Hide details") if show else translate("Errors", "Show details")
        )
        self.adjustSize()

    def copy_details(self) -> None:
        text = self.message.text() + ("\n\n" + self.details_text if self.details_text else "")
        QGuiApplication.clipboard().setText(text)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> ErrorDialog:
    """Show the error dialog (non-blocking: window-modal, opened with ``open``)."""
    logging.getLogger(LOGGER).error("%s: %s%s", title, message, f"\n{details}" if details else "")
    dialog = ErrorDialog(parent, title, tr_message(message), details)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.open()
    return dialog


def _summary(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class _Bridge(QObject):
    """Carries an exception from any thread to the GUI thread."""

    report = Signal(str, str)


class ErrorHandler:
    """Installed as ``sys.excepthook`` and ``threading.excepthook``."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.logger = setup_logging()
        self.bridge = _Bridge()
        self.bridge.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.dialogs: list[ErrorDialog] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self._previous_qt: Any = None

    def excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        self.logger.error("Unhandled error\n%s", details)
        self.bridge.report.emit(_summary(exc), details)

    def thread_excepthook(self, args: Any) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        if len(self.dialogs) >= MAX_DIALOGS:
            return  # an error that repeats (say in a paint event) is only logged
        parent = self.app.activeWindow()
        message = translate(
            "Errors",
            "Something went wrong. Your saved work is safe; the last change may not have "
            "been saved.\n\n{summary}",
        ).format(summary=summary)
        dialog = ErrorDialog(parent, translate("Errors", "Unexpected error"), message, details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.open()

    def _forget(self, dialog: ErrorDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's own warnings go to the log too (and on to whoever listened before)."""
        level = _QT_LEVELS.get(kind)
        if level is not None:
            self.logger.log(level, "Qt: %s", message)
        if self._previous_qt is not None:
            self._previous_qt(kind, context, message)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(self._previous_qt)


_handler: ErrorHandler | None = None


def install_error_handling(app: QApplication) -> ErrorHandler:
    """Log uncaught exceptions and show them in a dialog; returns the handler."""
    global _handler
    if _handler is not None:
        _handler.uninstall()
    _handler = ErrorHandler(app)
    sys.excepthook = _handler.excepthook
    threading.excepthook = _handler.thread_excepthook
    _handler._previous_qt = qInstallMessageHandler(_handler.qt_message)
    _handler.logger.info("RareEarth Desk started")
    return _handler
