"""Translation of the English messages that core, io and nlp hand to the window.

Those layers never import Qt and speak English (the command line shows their messages
as they are). The window passes each such message through ``tr_message`` before showing
it: a table of patterns recognises the known messages, and the matching template is
translated in the "Messages" context with the captured parts (numbers, file names,
system error texts) put back unchanged. A message no pattern knows comes back as it is.
Several lines are translated one by one; a "path: reason" line keeps its path and has
its reason translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Messages"


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: re.Pattern[str]
    template: str
    nested: tuple[int, ...] = ()  # captured groups that are messages themselves


def _e(pattern: str, template: str, nested: tuple[int, ...] = ()) -> _Entry:
    return _Entry(re.compile(pattern, re.DOTALL), template, nested)


# Templates use {0}, {1}… for the captured groups, in order. More specific patterns come
# before the general ones they overlap with.
_TABLE: tuple[_Entry, ...] = (
    # progress of exports, imports and entity jobs
    _e(r"exporting claims", QT_TRANSLATE_NOOP("Messages", "exporting claims")),
    _e(r"exporting articles", QT_TRANSLATE_NOOP("Messages", "exporting articles")),
    _e(r"claims ([\d,]+) of ([\d,]+)", QT_TRANSLATE_NOOP("Messages", "claims {0} of {1}")),
    _e(r"articles ([\d,]+) of ([\d,]+)", QT_TRANSLATE_NOOP("Messages", "articles {0} of {1}")),
    _e(r"writing the workbook", QT_TRANSLATE_NOOP("Messages", "writing the workbook")),
    _e(r"finding entities", QT_TRANSLATE_NOOP("Messages", "finding entities")),
    _e(
        r"entities of ([\d,]+) of ([\d,]+) articles",
        QT_TRANSLATE_NOOP("Messages", "entities of {0} of {1} articles"),
    ),
    _e(r"reading files", QT_TRANSLATE_NOOP("Messages", "reading files")),
    _e(r"(.+): (\d+) imported", QT_TRANSLATE_NOOP("Messages", "{0}: {1} imported")),
    # import failures: paths and files
    _e(r"not a regular file", QT_TRANSLATE_NOOP("Messages", "not a regular file")),
    _e(r"no such file or folder", QT_TRANSLATE_NOOP("Messages", "no such file or folder")),
    _e(
        r"old Word format: save it as \.docx",
        QT_TRANSLATE_NOOP("Messages", "old Word format: save it as .docx"),
    ),
    _e(
        r"old Excel format: save it as \.xlsx",
        QT_TRANSLATE_NOOP("Messages", "old Excel format: save it as .xlsx"),
    ),
    _e(
        r"not enough memory to read the file",
        QT_TRANSLATE_NOOP("Messages", "not enough memory to read the file"),
    ),
    _e(
        r"could not read the file \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "could not read the file ({0})"),
    ),  # noqa: E501
    _e(
        r"cannot read the file \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "cannot read the file ({0})"),
    ),  # noqa: E501
    _e(r"empty file", QT_TRANSLATE_NOOP("Messages", "empty file")),
    _e(r"empty text", QT_TRANSLATE_NOOP("Messages", "empty text")),
    _e(
        r"file is (.+), over the (.+) limit for Word documents",
        QT_TRANSLATE_NOOP("Messages", "file is {0}, over the {1} limit for Word documents"),
    ),
    _e(
        r"file is (.+), over the (.+) limit for Excel workbooks",
        QT_TRANSLATE_NOOP("Messages", "file is {0}, over the {1} limit for Excel workbooks"),
    ),
    _e(
        r"file is (.+), over the (.+) limit for text files",
        QT_TRANSLATE_NOOP("Messages", "file is {0}, over the {1} limit for text files"),
    ),
    _e(
        r"file is (.+), over the (.+) limit for (.+)",
        QT_TRANSLATE_NOOP("Messages", "file is {0}, over the {1} limit for {2}"),
    ),
    _e(
        r"binary file, not text \(it contains NUL bytes\)",
        QT_TRANSLATE_NOOP("Messages", "binary file, not text (it contains NUL bytes)"),
    ),
    _e(
        r"binary file, not text \(it contains control characters\)",
        QT_TRANSLATE_NOOP("Messages", "binary file, not text (it contains control characters)"),
    ),
    _e(
        r"invalid UTF-8 bytes on line (\d+) \(byte (\d+)\)",
        QT_TRANSLATE_NOOP("Messages", "invalid UTF-8 bytes on line {0} (byte {1})"),
    ),
    _e(
        r"undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text",
        QT_TRANSLATE_NOOP(
            "Messages", "undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text"
        ),  # noqa: E501
    ),
    _e(
        r"undecodable bytes for (\S+) at byte (\d+)",
        QT_TRANSLATE_NOOP("Messages", "undecodable bytes for {0} at byte {1}"),
    ),
    _e(
        r"damaged or truncated file \(not a readable zip container\)",
        QT_TRANSLATE_NOOP("Messages", "damaged or truncated file (not a readable zip container)"),
    ),
    _e(
        r"suspicious file: (\d+) parts inside \(limit (\d+)\)",
        QT_TRANSLATE_NOOP("Messages", "suspicious file: {0} parts inside (limit {1})"),
    ),
    _e(
        r"suspicious file: unpacks to (.+), over the (.+) limit \(zip bomb\?\)",
        QT_TRANSLATE_NOOP(
            "Messages", "suspicious file: unpacks to {0}, over the {1} limit (zip bomb?)"
        ),  # noqa: E501
    ),
    _e(
        r"suspicious file: part (.+) is compressed (\d+):1 \(zip bomb\?\)",
        QT_TRANSLATE_NOOP("Messages", "suspicious file: part {0} is compressed {1}:1 (zip bomb?)"),  # noqa: E501
    ),
    _e(
        r"unsupported file type '(.*)' \(supported: (.+), or a digest\)",
        QT_TRANSLATE_NOOP("Messages", "unsupported file type '{0}' (supported: {1}, or a digest)"),  # noqa: E501
    ),
    # import failures: digests, plain text, Word, HTML
    _e(
        r"no articles found \(no 'Source· YYYY-MM-DD HH:MM' lines\)",
        QT_TRANSLATE_NOOP("Messages", "no articles found (no 'Source· YYYY-MM-DD HH:MM' lines)"),
    ),
    _e(r"article '(.*)' has no text", QT_TRANSLATE_NOOP("Messages", "article '{0}' has no text")),
    _e(r"no text in the file", QT_TRANSLATE_NOOP("Messages", "no text in the file")),
    _e(r"no text in the document", QT_TRANSLATE_NOOP("Messages", "no text in the document")),
    _e(r"no text in the page", QT_TRANSLATE_NOOP("Messages", "no text in the page")),
    _e(
        r"no readable text in the page",
        QT_TRANSLATE_NOOP("Messages", "no readable text in the page"),
    ),  # noqa: E501
    _e(r"no text to import", QT_TRANSLATE_NOOP("Messages", "no text to import")),
    _e(
        r"damaged or not a Word document \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "damaged or not a Word document ({0})"),
    ),
    _e(
        r"damaged Word document \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "damaged Word document ({0})"),
    ),  # noqa: E501
    _e(
        r"not a readable HTML page \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "not a readable HTML page ({0})"),
    ),  # noqa: E501
    # import failures: JSON Lines
    _e(
        r"line (\d+) is not valid JSON \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "line {0} is not valid JSON ({1})"),
    ),
    _e(
        r"not valid JSON \(line (\d+): (.*)\)",
        QT_TRANSLATE_NOOP("Messages", "not valid JSON (line {0}: {1})"),
    ),
    _e(r"not valid JSON \((.*)\)", QT_TRANSLATE_NOOP("Messages", "not valid JSON ({0})")),
    _e(
        r"expected a list of articles", QT_TRANSLATE_NOOP("Messages", "expected a list of articles")
    ),  # noqa: E501
    _e(
        r"expected an object, found (\w+)",
        QT_TRANSLATE_NOOP("Messages", "expected an object, found {0}"),
    ),  # noqa: E501
    _e(r"no 'text' field", QT_TRANSLATE_NOOP("Messages", "no 'text' field")),
    _e(r"'claims' is not a list", QT_TRANSLATE_NOOP("Messages", "'claims' is not a list")),
    _e(r"'([^']*)' is not a string", QT_TRANSLATE_NOOP("Messages", "'{0}' is not a string")),
    _e(
        r"unknown status '(.*)' \(use (.*)\)",
        QT_TRANSLATE_NOOP("Messages", "unknown status '{0}' (use {1})"),
    ),
    _e(
        r"unknown lang '(.*)' \(use zh, en or mixed\)",
        QT_TRANSLATE_NOOP("Messages", "unknown lang '{0}' (use zh, en or mixed)"),
    ),
    _e(r"unreadable date '(.*)'", QT_TRANSLATE_NOOP("Messages", "unreadable date '{0}'")),
    _e(
        r"claim (\d+) is not an object", QT_TRANSLATE_NOOP("Messages", "claim {0} is not an object")
    ),  # noqa: E501
    _e(
        r"claim (\d+): 'start' and 'end' must be whole numbers",
        QT_TRANSLATE_NOOP("Messages", "claim {0}: 'start' and 'end' must be whole numbers"),
    ),
    _e(
        r"claim (\d+): 'stance' is not a string",
        QT_TRANSLATE_NOOP("Messages", "claim {0}: 'stance' is not a string"),
    ),
    _e(
        r"claim (\d+): quote does not match the text at (\d+)-(\d+)",
        QT_TRANSLATE_NOOP("Messages", "claim {0}: quote does not match the text at {1}-{2}"),
    ),
    _e(
        r"claim (\d+): span (\d+)-(\d+) is outside the text \(length (\d+)\)",
        QT_TRANSLATE_NOOP("Messages", "claim {0}: span {1}-{2} is outside the text (length {3})"),  # noqa: E501
    ),
    _e(
        r"claim (\d+): 'topics' must be a list of label names",
        QT_TRANSLATE_NOOP("Messages", "claim {0}: 'topics' must be a list of label names"),
    ),
    _e(r"line (\d+): (.+)", QT_TRANSLATE_NOOP("Messages", "line {0}: {1}"), (2,)),
    # import failures: CSV and Excel tables
    _e(
        r"unknown field '(.*)' in the column mapping \(fields: (.*)\)",
        QT_TRANSLATE_NOOP("Messages", "unknown field '{0}' in the column mapping (fields: {1})"),  # noqa: E501
    ),
    _e(r"sheet '(.*?)': (.+)", QT_TRANSLATE_NOOP("Messages", "sheet '{0}': {1}"), (2,)),
    _e(
        r"column (.+) for '(.*)' is outside the sheet",
        QT_TRANSLATE_NOOP("Messages", "column {0} for '{1}' is outside the sheet"),
    ),
    _e(
        r"no column '(.*)' for '(.*)'; columns: (.*)",
        QT_TRANSLATE_NOOP("Messages", "no column '{0}' for '{1}'; columns: {2}"),
    ),
    _e(
        r"no text column; columns found: (.*)",
        QT_TRANSLATE_NOOP("Messages", "no text column; columns found: {0}"),
    ),
    _e(r"row (\d+) has no text", QT_TRANSLATE_NOOP("Messages", "row {0} has no text")),
    _e(r"no rows in the file", QT_TRANSLATE_NOOP("Messages", "no rows in the file")),
    _e(r"no rows", QT_TRANSLATE_NOOP("Messages", "no rows")),
    _e(
        r"damaged or not an Excel workbook \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "damaged or not an Excel workbook ({0})"),
    ),
    _e(r"damaged sheet \((.*)\)", QT_TRANSLATE_NOOP("Messages", "damaged sheet ({0})")),
    # import failures: articles the project refuses
    _e(r"article has no text: (.+)", QT_TRANSLATE_NOOP("Messages", "article has no text: {0}")),
    _e(
        r"unknown stance label (.+) in (.+)",
        QT_TRANSLATE_NOOP("Messages", "unknown stance label {0} in {1}"),
    ),
    _e(
        r"unknown topic label (.+) in (.+)",
        QT_TRANSLATE_NOOP("Messages", "unknown topic label {0} in {1}"),
    ),
    _e(r"unknown status (.+): (.+)", QT_TRANSLATE_NOOP("Messages", "unknown status {0}: {1}")),
    # export errors and warnings
    _e(r"folder does not exist: (.+)", QT_TRANSLATE_NOOP("Messages", "folder does not exist: {0}")),  # noqa: E501
    _e(
        r"is a folder, not a file: (.+)",
        QT_TRANSLATE_NOOP("Messages", "is a folder, not a file: {0}"),
    ),  # noqa: E501
    _e(r"cannot write in (.+): (.+)", QT_TRANSLATE_NOOP("Messages", "cannot write in {0}: {1}")),
    _e(r"cannot write (.+): (.+)", QT_TRANSLATE_NOOP("Messages", "cannot write {0}: {1}")),
    _e(
        r"unknown export format \(use \.xlsx, \.csv or \.jsonl\): (.+)",
        QT_TRANSLATE_NOOP("Messages", "unknown export format (use .xlsx, .csv or .jsonl): {0}"),
    ),
    _e(
        r"(.+): links to Articles on the first ([\d,]+) rows only \(Excel's limit\); ([\d,]+) rows have the article id alone",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "Messages",
            "{0}: links to Articles on the first {1} rows only (Excel's limit); {2} rows have the article id alone",
        ),  # noqa: E501
    ),
    _e(
        r"entities left out: the highlighter is not available \((.*)\)",
        QT_TRANSLATE_NOOP("Messages", "entities left out: the highlighter is not available ({0})"),  # noqa: E501
    ),
    # project errors
    _e(
        r"project file not found: (.+)",
        QT_TRANSLATE_NOOP("Messages", "project file not found: {0}"),
    ),  # noqa: E501
    _e(r"not a project file: (.+)", QT_TRANSLATE_NOOP("Messages", "not a project file: {0}")),
    _e(
        r"project is already open in another window or process: (.+)",
        QT_TRANSLATE_NOOP("Messages", "project is already open in another window or process: {0}"),  # noqa: E501
    ),
    _e(
        r"cannot lock the project \(folder not writable\?\): (.+)",
        QT_TRANSLATE_NOOP("Messages", "cannot lock the project (folder not writable?): {0}"),
    ),
    _e(
        r"not a RareEarth Desk project \(no schema version\): (.+)",
        QT_TRANSLATE_NOOP("Messages", "not a RareEarth Desk project (no schema version): {0}"),
    ),
    _e(
        r"project was made by a newer version of RareEarth Desk \(schema (\d+), this version reads up to (\d+)\): (.+)",  # noqa: E501
        QT_TRANSLATE_NOOP(
            "Messages",
            "project was made by a newer version of RareEarth Desk (schema {0}, this version reads up to {1}): {2}",
        ),  # noqa: E501
    ),
    _e(
        r"project needs upgrading from schema (\d+) but the file is read-only: (.+)",
        QT_TRANSLATE_NOOP(
            "Messages", "project needs upgrading from schema {0} but the file is read-only: {1}"
        ),  # noqa: E501
    ),
    _e(
        r"cannot back up the project before upgrading it: (.+)",
        QT_TRANSLATE_NOOP("Messages", "cannot back up the project before upgrading it: {0}"),
    ),
    _e(
        r"project file is damaged \((.*)\): (.+); newest backup: (.+)",
        QT_TRANSLATE_NOOP("Messages", "project file is damaged ({0}): {1}; newest backup: {2}"),
        (1,),
    ),
    _e(
        r"project file is damaged \((.*)\): (.+)",
        QT_TRANSLATE_NOOP("Messages", "project file is damaged ({0}): {1}"),
        (1,),
    ),
    _e(r"not a SQLite file", QT_TRANSLATE_NOOP("Messages", "not a SQLite file")),
    _e(r"file is cut short", QT_TRANSLATE_NOOP("Messages", "file is cut short")),
    _e(
        r"upgrade from schema (\d+) failed: (.+)",
        QT_TRANSLATE_NOOP("Messages", "upgrade from schema {0} failed: {1}"),
    ),
    _e(
        r"a file of that name already exists: (.+)",
        QT_TRANSLATE_NOOP("Messages", "a file of that name already exists: {0}"),
    ),
    _e(r"folder not found: (.+)", QT_TRANSLATE_NOOP("Messages", "folder not found: {0}")),
    _e(
        r"cannot create the project: (.+)",
        QT_TRANSLATE_NOOP("Messages", "cannot create the project: {0}"),
    ),  # noqa: E501
    # annotation errors
    _e(
        r"article (\d+) does not exist", QT_TRANSLATE_NOOP("Messages", "article {0} does not exist")
    ),  # noqa: E501
    _e(r"label (\d+) does not exist", QT_TRANSLATE_NOOP("Messages", "label {0} does not exist")),
    _e(r"claim (\d+) already exists", QT_TRANSLATE_NOOP("Messages", "claim {0} already exists")),
    _e(
        r"correction (\d+) does not exist",
        QT_TRANSLATE_NOOP("Messages", "correction {0} does not exist"),
    ),  # noqa: E501
    _e(r"a correction needs a term", QT_TRANSLATE_NOOP("Messages", "a correction needs a term")),
    _e(
        r"label (\d+) is not in a single-choice dimension",
        QT_TRANSLATE_NOOP("Messages", "label {0} is not in a single-choice dimension"),
    ),
    _e(
        r"labels (\d+) and (\d+) belong to the same single-choice dimension",
        QT_TRANSLATE_NOOP(
            "Messages", "labels {0} and {1} belong to the same single-choice dimension"
        ),  # noqa: E501
    ),
    _e(
        r"span (\d+)-(\d+) is outside article (\d+) \((\d+)-(\d+)\) or empty",
        QT_TRANSLATE_NOOP("Messages", "span {0}-{1} is outside article {2} ({3}-{4}) or empty"),
    ),
)

_SEPARATOR = ": "


def _translate_line(line: str, depth: int = 0) -> str | None:
    """The translation of one known message, or None if no pattern knows it."""
    if depth > 4:
        return None
    for entry in _TABLE:
        match = entry.pattern.fullmatch(line)
        if match is None:
            continue
        parts = [
            (_translate_line(g, depth + 1) or g) if i in entry.nested else g
            for i, g in enumerate(match.groups(default=""), start=1)
        ]
        return QCoreApplication.translate(_CONTEXT, entry.template).format(*parts)
    return None


def _translate_reason(line: str) -> str:
    """A known message, or "where: message" with the message known: translated."""
    whole = _translate_line(line)
    if whole is not None:
        return whole
    start = line.find(_SEPARATOR)
    while start >= 0:
        reason = _translate_line(line[start + len(_SEPARATOR) :])
        if reason is not None:
            return line[: start + len(_SEPARATOR)] + reason
        start = line.find(_SEPARATOR, start + 1)
    return line


def tr_message(text: str) -> str:
    """``text`` in the interface language if it is a known message, else unchanged."""
    if not text:
        return text
    return "\n".join(_translate_reason(line) for line in text.split("\n"))
