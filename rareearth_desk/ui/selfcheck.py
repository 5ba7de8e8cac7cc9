"""The window part of ``rareearth-desk selftest``: open the main window on a project, close it.

Kept in ``ui`` so that the command layer never imports Qt itself.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, qInstallMessageHandler

from rareearth_desk.ui.app import create_window, make_app


class WindowCheckFailed(Exception):
    """The window did not appear as it should; the message is one line."""


def open_and_close_window(project_path: Path) -> tuple[Any, str, str]:
    """Show the main window on ``project_path`` and close it again.

    Returns (the application, its platform name, the window title it showed).
    """
    app = make_app([])
    # the offscreen platform warns about window hints it cannot honour: not a failure
    previous = qInstallMessageHandler(lambda *_args: None)
    window: Any = create_window(str(project_path))
    try:
        window.show()
        deadline = time.monotonic() + 10
        while not window.isVisible() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(5):
            QCoreApplication.processEvents()
        title = window.windowTitle()
        if not window.isVisible():
            raise WindowCheckFailed("the main window did not appear")
        if project_path.stem not in title:
            raise WindowCheckFailed(f"the main window shows {title!r}, not the self-test project")
        platform = app.platformName()
    finally:
        window.close()
        QCoreApplication.processEvents()
        window.deleteLater()
        QCoreApplication.processEvents()
        qInstallMessageHandler(previous)
    return app, platform, title
