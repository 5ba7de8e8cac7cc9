"""The Qt layer: the only package that imports PySide6.

PySide6 6.12 wheels are built for the stable ABI of Python 3.12 and later, where
``None`` is immortal and Qt's void methods hand it back without taking a reference.
On Python 3.11 every such call then takes one reference away from ``None`` and the
process aborts ("none_dealloc") after enough calls. Before any Qt use, ``None`` is made
as immortal as 3.12 makes it.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
