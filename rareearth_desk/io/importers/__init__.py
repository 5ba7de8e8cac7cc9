"""Importers: news files of every supported kind into ``ArticleRecord`` values and the project.

One module per format (``digest``, ``plain``, ``html_page``, ``word``, ``table`` for CSV
and Excel, ``jsonl``), ``detect`` for encodings and file sniffing, ``files`` for
choosing readers, ``job`` for the batched import with progress and cancel. Limits
(file sizes, zip checks, batch size) are constants in ``base``.
"""

from __future__ import annotations

from rareearth_desk.io.importers.base import ImportFailure, ImportReport, Progress
from rareearth_desk.io.importers.files import read_file, read_paths, read_text
from rareearth_desk.io.importers.job import import_paths, import_text, run_import

__all__ = [
    "ImportFailure",
    "ImportReport",
    "Progress",
    "import_paths",
    "import_text",
    "read_file",
    "read_paths",
    "read_text",
    "run_import",
]
