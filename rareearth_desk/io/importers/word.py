"""Word ``.docx`` documents: one article a file, paragraphs and tables in document order.

The title is the first heading (a ``Title`` or ``Heading`` style), else the document's
title property, else the first paragraph; a title taken from the top of the document
is not repeated in the text. Table rows become lines with cells separated by tabs.
The file is checked as a zip container (damage, zip bombs) before python-docx opens it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import MAX_TITLE_CHARS, ReadError
from rareearth_desk.io.importers.detect import check_zip


def parse_docx(path: Path, origin: str) -> ArticleRecord:
    """One article from a .docx file; raises ReadError for damaged or empty documents."""
    check_zip(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"damaged or not a Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml and python-docx raise many kinds on broken parts
        raise ReadError(f"damaged Word document ({type(exc).__name__}: {exc})") from None

    blocks: list[tuple[str, bool]] = []  # (text, is heading)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            style = (para.style.name if para.style is not None else "") or ""
            heading = style.startswith(("Heading", "Title"))
            blocks.append((para.text.strip(), heading))
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells]
                # merged cells repeat their text: keep one copy
                unique = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]
                line = "\t".join(unique).strip()
                if line:
                    blocks.append((line, False))
    blocks = [(text, heading) for text, heading in blocks if text]
    if not blocks:
        raise ReadError("no text in the document")

    title_index = next((i for i, (_, heading) in enumerate(blocks) if heading), None)
    property_title = (document.core_properties.title or "").strip()
    if title_index is not None:
        title = blocks[title_index][0]
    elif property_title:
        title = property_title
    else:
        title_index = 0
        title = blocks[0][0]
    if title_index == 0 and len(blocks) > 1:
        blocks = blocks[1:]
    text = "\n".join(text for text, _ in blocks)
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rstrip() + "…"
    return ArticleRecord(title=title, text=text, origin=origin)
