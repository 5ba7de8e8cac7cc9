"""HTML pages: the readable main text, with title, date, source and address where present.

The main text comes from readability-lxml (the page body when readability finds
nothing better), turned into paragraphs, one a line. Title: ``og:title``, then
``<title>``, then the first ``<h1>``. Date: ``article:published_time`` and similar
meta tags, ``<time datetime>``, JSON-LD ``datePublished``. Source: ``og:site_name`` or
the JSON-LD publisher. Address: the canonical link or ``og:url``.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from typing import Any

from lxml import etree, html

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import ReadError
from rareearth_desk.io.importers.dates import parse_date
from rareearth_desk.io.importers.detect import decode

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "br", "table", "ul", "ol", "dd", "dt", "figcaption", "header",
}  # fmt: skip
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def decode_html(data: bytes) -> str:
    """The page's text: UTF-8 when it decodes strictly, else the declared charset, else sniffed."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(name, name)
        try:
            return data.decode(name).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data).lstrip("\ufeff")


def parse_html(data: bytes, origin: str) -> ArticleRecord:
    """One article from a page; raises ReadError when the page has no readable text."""
    markup = decode_html(data)
    if not markup.strip():
        raise ReadError("no text in the page")
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses it in a str
    try:
        tree = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"not a readable HTML page ({exc})") from None
    meta = _meta(tree)
    ld = _json_ld(tree)
    published = _published(tree, meta, ld)
    text = _main_text(tree)
    title = (
        meta.get("og:title")
        or _first_text(tree, "//title")
        or _first_text(tree, "//h1")
        or str(ld.get("headline") or "")
    )
    title = _WS.sub(" ", title).strip()
    first, _, rest = text.partition("\n")
    if rest.strip() and first.strip() in (title, _first_text(tree, "//h1")):
        text = rest
    if not text.strip():
        raise ReadError("no readable text in the page")
    return ArticleRecord(
        title=title,
        text=text,
        source=meta.get("og:site_name") or _publisher(ld),
        published=published,
        url=_canonical(tree) or meta.get("og:url", ""),
        origin=origin,
    )


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _first_text(tree: Any, xpath: str) -> str:
    for el in tree.xpath(xpath):
        text = _WS.sub(" ", el.text_content()).strip()
        if text:
            return str(text)
    return ""


def _canonical(tree: Any) -> str:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return str(el.get("href")).strip()
    return ""


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (or the first object at all)."""
    objects: list[dict[str, Any]] = []
    for el in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                objects.extend(x for x in graph if isinstance(x, dict))
            else:
                objects.append(item)
    for obj in objects:
        if "datePublished" in obj or "headline" in obj:
            return obj
    return objects[0] if objects else {}


def _publisher(ld: dict[str, Any]) -> str:
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict):
        return str(publisher.get("name") or "").strip()
    return str(publisher or "").strip()


def _published(tree: Any, meta: dict[str, str], ld: dict[str, Any]) -> datetime | None:
    for key in _DATE_META:
        if key in meta:
            found = parse_date(meta[key])
            if found:
                return found
    for el in tree.iter("time"):
        found = parse_date(el.get("datetime") or el.text_content())
        if found:
            return found
    return parse_date(ld.get("datePublished") or ld.get("dateCreated"))


def _main_text(tree: Any) -> str:
    """The article's text: a single <article> or <main> element, else readability's pick."""
    from readability import Document

    for el in tree.xpath("//nav|//footer|//aside|//form|//script|//style|//noscript"):
        el.drop_tree()
    for tag in ("article", "main"):
        found = tree.xpath(f"//{tag}")
        if len(found) == 1:
            text = _text_of(found[0])
            if text.strip():
                return text
    body = tree.find(".//body")
    fallback = _text_of(tree if body is None else body)
    logging.getLogger("readability").setLevel(logging.ERROR)
    try:
        summary = Document(html.tostring(tree, encoding="unicode")).summary(html_partial=True)
        text = _text_of(html.fragment_fromstring(summary, create_parent="div"))
    except Exception:  # readability raises bare Exceptions on odd pages
        return fallback
    return text if text.strip() else fallback


def _text_of(root: Any) -> str:
    """Text of an element with a line break at every block element, blank lines removed."""
    out: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "head", "template"):
            return
        block = tag in _BLOCKS
        if block:
            out.append("\n")
        if el.text and tag:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(root)
    lines = (_WS.sub(" ", line).strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)
