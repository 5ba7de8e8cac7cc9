"""Full-text index over article titles and texts, for Chinese and English alike.

SQLite's own tokenisers do not fit Chinese: ``unicode61`` takes a run of Chinese
characters as one word and ``trigram`` cannot find two-character words such as 稀土 or
龙岩. So the text is rewritten in Python before FTS5 sees it (``index_text``): a run of
CJK characters becomes its first character alone, its overlapping bigrams and its last
character alone ("中国稀土" -> "中 中国 国稀 稀土 土", "镓" -> "镓 镓"); Latin words are
left to ``unicode61`` (lower-cased, accents removed).

A query term gives the tokens the text has at that place (``phrase``) and is searched
as a phrase, so a word of two or more characters matches exactly those characters side
by side ("出口管制" -> "出口 口管 管制"). A lone character becomes a prefix, "镓" ->
``"镓"*``, which finds 镓 wherever it stands: every occurrence begins a bigram or is the
last character of its run. Traditional and simplified characters are not folded.

The index is a contentless FTS5 table ``article_fts`` whose rowid is ``article.id``;
triggers on ``article`` keep it in step inside the same transaction, calling the SQL
functions that ``register_functions`` adds to every connection. (Other SQLite tools
open and read the project freely; only a write to ``article`` from such a tool fails,
because it lacks the functions, and so cannot leave the index out of step.) Bulk
inserts (``Repository.add_articles``) switch the insert trigger off for their thread
with ``manual_indexing`` and write the index rows themselves in one statement, which
is much cheaper than a trigger firing per row.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import add

FTS_TABLE = "article_fts"
FTS_FUNCTION = "redesk_fts_text"
FTS_AUTO_FUNCTION = "redesk_fts_auto"  # 1 unless this thread indexes by hand
# Bump when index_text changes: a new version must rebuild the index (see migrations).
TOKENISER_VERSION = 3
# FTS5 merges a level of its index once it holds this many segments (FTS5's default: 4).
# Fewer merges make an import into a big project much cheaper (each level is written
# about half as often); searches over 100,000 articles stay as fast.
AUTOMERGE = 8

_CJK_CHAR = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\U00020000-\U0003134f"  # extensions B-H
)
_CJK_RUN = re.compile(f"([{_CJK_CHAR}]+)")
# full-width digits and letters (２０２５, ＭＰ): the only characters worth NFKC here
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# a query: "quoted phrases" or runs of non-space
_QUERY_TERM = re.compile(r'"([^"]*)"|(\S+)')
# what unicode61 would split on anyway; removed from query terms so that they cannot
# be read as FTS5 syntax
_QUERY_JUNK = re.compile(r"[^\w\s]+")


_SPACE32 = " ".encode("utf-32-le")


def _pairs(chars: str) -> str:
    """ "abcd" -> "ab bc cd " (every neighbouring pair, each followed by a space).

    Done on UTF-32 bytes with strided slices, so the work per character stays in C.
    """
    n = len(chars) - 1
    if n <= 0:
        return ""
    src = chars.encode("utf-32-le")
    out = bytearray(12 * n)
    for lane in range(4):
        out[lane::12] = src[lane : 4 * n : 4]
        out[4 + lane :: 12] = src[4 + lane :: 4]
        out[8 + lane :: 12] = _SPACE32[lane : lane + 1] * n
    return out.decode("utf-32-le")


def _runs_tokens(runs: list[str]) -> list[str]:
    """Tokens of each CJK run: "中国稀土" -> "中 中国 国稀 稀土 土", "镓" -> "镓 镓".

    The runs are strung together between NUL marks and paired in one go; the pairs
    that hold a mark are the first and last characters alone, and a mark on both
    sides of a space is where one run ends and the next begins.
    """
    stream = _pairs("\x00" + "\x00".join(runs) + "\x00")
    pieces = stream.split("\x00 \x00")
    pieces[0] = pieces[0][1:]
    pieces[-1] = pieces[-1][:-2]
    return pieces


def _split(text: str) -> list[str]:
    """Text cut into [other, CJK run, other, CJK run, ..., other], width-normalised."""
    if _WIDE.search(text):
        text = unicodedata.normalize("NFKC", text)
    return _CJK_RUN.split(text)


def index_text(text: str) -> str:
    """The form of ``text`` that FTS5 indexes (see the module text)."""
    if text.isascii():  # known without a scan
        return text
    parts = _split(text)
    if len(parts) == 1:
        return parts[0]
    # odd items are the CJK runs; the join also sets them apart from their neighbours
    # ("2500亿" -> "2500 亿 亿")
    parts[1::2] = _runs_tokens(parts[1::2])
    return " ".join(parts)


def article_index_text(title: str | None, text: str | None) -> str:
    """What is indexed for one article: title and text."""
    return index_text(f"{title or ''}\n{text or ''}")


def query_terms(query: str) -> list[str]:
    """The terms of a user's query: quoted phrases kept whole, other words split on spaces."""
    terms: list[str] = []
    for m in _QUERY_TERM.finditer(query):
        term = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if term:
            terms.append(term)
    return terms


def phrase(term: str) -> str | None:
    """One query term as an FTS5 phrase, or None when nothing searchable is left.

    A CJK run gives the tokens the text has at that place: its bigrams, its first
    character alone only if something stands before it in the term (otherwise the
    text's run may begin earlier), its last character alone only if something follows
    it. A lone character with nothing on either side becomes a prefix ("镓"*), which
    finds it at the start, inside or at the end of a run.
    """
    parts = _split(term)
    runs = parts[1::2]
    tokens: list[str] = []
    prefix = False
    for i, other in enumerate(parts[0::2]):
        tokens += _QUERY_JUNK.sub(" ", other).split()
        if i == len(runs):
            break
        run = runs[i]
        before, after = bool(parts[2 * i]), bool(parts[2 * i + 2])
        if before:
            tokens.append(run[0])
        tokens += map(add, run, run[1:])
        if after:
            tokens.append(run[-1])
        if len(run) == 1 and not before and not after:
            tokens.append(run)
            prefix = True
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for ``query`` (every term must occur), None for an empty query."""
    phrases = [p for p in (phrase(t) for t in query_terms(query)) if p]
    if not phrases:
        return None
    return " AND ".join(phrases)


def entity_expression(entity: str) -> str | None:
    """FTS5 MATCH text for an entity name: the whole name as one phrase."""
    return phrase(entity)


_local = threading.local()


def _auto_indexing() -> int:
    return 0 if getattr(_local, "manual", False) else 1


@contextmanager
def manual_indexing() -> Iterator[None]:
    """Within the block, inserts on ``article`` from this thread are not indexed by the
    trigger: the caller must call ``index_rows`` in the same transaction."""
    _local.manual = True
    try:
        yield
    finally:
        _local.manual = False


def index_rows(conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
    """Index new articles given as (id, title, text)."""
    conn.executemany(
        f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)",
        [(i, article_index_text(title, text)) for i, title, text in rows],
    )


def register_functions(conn: sqlite3.Connection) -> None:
    """Add the SQL functions the index triggers call."""
    conn.create_function(FTS_FUNCTION, 2, article_index_text, deterministic=True)
    conn.create_function(FTS_AUTO_FUNCTION, 0, _auto_indexing)


def set_merge_policy(conn: sqlite3.Connection) -> None:
    """Store ``AUTOMERGE`` in the index's own settings (kept in the file)."""
    conn.execute(
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', ?)", (AUTOMERGE,)
    )


def create_index(conn: sqlite3.Connection) -> None:
    """Create the FTS table and its triggers (the caller fills it with ``rebuild``)."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "body, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    set_merge_policy(conn)
    conn.execute(
        f"""CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON article
        WHEN {FTS_AUTO_FUNCTION}() BEGIN
        INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.id, {FTS_FUNCTION}(new.title, new.text));
        END"""
    )
    conn.execute(
        f"""CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body)
            VALUES ('delete', old.id, {FTS_FUNCTION}(old.title, old.text));
        END"""
    )
    conn.execute(
        f"""CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF title, text ON article
        BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body)
            VALUES ('delete', old.id, {FTS_FUNCTION}(old.title, old.text));
        INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.id, {FTS_FUNCTION}(new.title, new.text));
        END"""
    )


def rebuild(conn: sqlite3.Connection) -> None:
    """Empty the index and index every article again (inside the caller's transaction)."""
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
    conn.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, body) SELECT id, {FTS_FUNCTION}(title, text) FROM article"
    )


def matching_ids(conn: sqlite3.Connection, expr: str) -> set[int]:
    """Every article id that an FTS5 MATCH expression finds (read as one JSON array)."""
    row = conn.execute(
        f"SELECT json_group_array(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (expr,)
    ).fetchone()
    return set(json.loads(row[0])) if row and row[0] else set()


def search_ids(conn: sqlite3.Connection, query: str, limit: int | None = 200) -> list[int]:
    """Ids of the articles that contain every term of ``query``, newest import first."""
    expr = match_expression(query)
    if expr is None:
        return []
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC"
    params: Iterable[object] = (expr,)
    if limit is not None:
        sql += " LIMIT ?"
        params = (expr, limit)
    return [row[0] for row in conn.execute(sql, tuple(params))]
