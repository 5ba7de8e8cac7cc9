"""PySide6 6.12 on Python 3.11: ``Signal.emit()`` hands back True without a reference.

The wheels are built for the stable ABI of Python 3.12 and later, where True and False
are immortal. On 3.11 every ``emit()`` then takes one reference away from ``True``, and
after a few thousand signals the process aborts ("bool_dealloc"). ``rareearth_desk.ui``
makes ``None`` immortal for the same reason; importing this module does the same for
True and False, once per process. The modules that emit many signals import it first.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 12):
    import ctypes

    for _value in (True, False):
        ctypes.c_ssize_t.from_address(id(_value)).value += 1 << 48
