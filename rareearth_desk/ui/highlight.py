"""Character formats for the article view, built from layers of spans in one sweep.

Layers (all offsets in code points of the article text): headings and citation marks
from the layout, entities by type, claims by stance colour (overlaps get a stronger
shade and an underline in the other claim's colour; the current claim is shaded
strongest and underlined). Suggested claims and the sentence cursor are drawn by the
view as extra selections, not here. ``format_runs`` cuts a range into
runs of one state each and returns one ``QTextCharFormat`` per run, so applying them is
a single pass of ``setCharFormat`` and re-applying a range is idempotent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

ENTITY_COLOURS_LIGHT: dict[str, str] = {
    "GPE": "#1554a8",
    "ORG": "#7b1fa2",
    "PERSON": "#b0125b",
    "LOC": "#2e7d32",
    "MATERIAL": "#a04f00",
    "QUANTITY": "#00737a",
    "DATE": "#716200",
}
ENTITY_COLOURS_DARK: dict[str, str] = {
    "GPE": "#7db7ff",
    "ORG": "#d59cf0",
    "PERSON": "#ff8fc0",
    "LOC": "#8fd694",
    "MATERIAL": "#ffb866",
    "QUANTITY": "#5fdde6",
    "DATE": "#e3d36a",
}
ENTITY_NAMES: dict[str, str] = {
    "GPE": QT_TRANSLATE_NOOP("Entities", "Country / place"),
    "ORG": QT_TRANSLATE_NOOP("Entities", "Organisation"),
    "PERSON": QT_TRANSLATE_NOOP("Entities", "Person"),
    "LOC": QT_TRANSLATE_NOOP("Entities", "Mine / location"),
    "MATERIAL": QT_TRANSLATE_NOOP("Entities", "Material"),
    "QUANTITY": QT_TRANSLATE_NOOP("Entities", "Quantity"),
    "DATE": QT_TRANSLATE_NOOP("Entities", "Date"),
}
NO_STANCE_COLOUR = "#9e9e9e"


def entity_name(entity_type: str) -> str:
    """The interface name of an entity type ("Country / place" for GPE)."""
    name = ENTITY_NAMES.get(entity_type)
    return QCoreApplication.translate("Entities", name) if name else entity_type


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def entity_colour(entity_type: str, dark: bool) -> QColor:
    table = ENTITY_COLOURS_DARK if dark else ENTITY_COLOURS_LIGHT
    return QColor(table.get(entity_type, "#888888"))


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    start: int
    end: int
    colour: str
    claim_id: int


@dataclass(slots=True)
class Layers:
    """Everything that colours an article; offsets are code points."""

    entities: Sequence[tuple[int, int, str]] = ()
    claims: Sequence[ClaimSpan] = ()
    citations: Sequence[tuple[int, int]] = ()
    headings: Sequence[tuple[int, int]] = ()
    hidden_types: set[str] = field(default_factory=set)
    current_claim: int | None = None


# state: (entity_type, claim colour, other claim colour, depth, current, citation, heading)
_State = tuple[str | None, str | None, str | None, int, bool, bool, bool]
_PLAIN: _State = (None, None, None, 0, False, False, False)


class FormatFactory:
    """Builds (and caches) the char format of each state for one palette and font."""

    def __init__(self, palette: QPalette, base_font: QFont) -> None:
        self.dark = is_dark(palette)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.dim = palette.color(QPalette.ColorRole.PlaceholderText)
        self.base = palette.color(QPalette.ColorRole.Base)
        self.base_font = base_font
        self._cache: dict[_State, QTextCharFormat] = {}

    def plain(self) -> QTextCharFormat:
        return self.get(_PLAIN)

    def get(self, state: _State) -> QTextCharFormat:
        fmt = self._cache.get(state)
        if fmt is None:
            fmt = self._cache[state] = self._build(state)
        return fmt

    def _build(self, state: _State) -> QTextCharFormat:
        etype, colour, other, depth, current, citation, heading = state
        fmt = QTextCharFormat()
        fmt.setFont(self.base_font)
        fmt.setForeground(self.text)
        if heading:
            fmt.setFontWeight(QFont.Weight.Bold)
            size = self.base_font.pointSizeF()
            if size > 0:
                fmt.setFontPointSize(size * 1.12)
        if etype is not None:
            fmt.setForeground(entity_colour(etype, self.dark))
            fmt.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.DemiBold)
        if citation:
            fmt.setForeground(self.dim)
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if colour is not None:
            shade = QColor(colour)
            alpha = 60 if not self.dark else 85
            if depth > 1:
                alpha += 45
            if current:
                alpha = 105 if not self.dark else 135
            fmt.setBackground(blend(shade, self.base, alpha / 255))
            if depth > 1 and other is not None:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(other))
            elif current:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(colour))
        return fmt


def _events(layers: Layers, lo: int, hi: int) -> list[tuple[int, int, int, object]]:
    """(pos, +1/-1, layer index, payload) for every span meeting [lo, hi)."""
    ev: list[tuple[int, int, int, object]] = []

    def add(spans: Iterable[tuple[int, int]], layer: int, payload_of: object = None) -> None:
        for i, span in enumerate(spans):
            s, e = span[0], span[1]
            if e <= lo or s >= hi or e <= s:
                continue
            payload = payload_of[i] if isinstance(payload_of, list) else None
            ev.append((max(s, lo), 1, layer, payload))
            ev.append((min(e, hi), -1, layer, payload))

    ents = [m for m in layers.entities if m[2] not in layers.hidden_types]
    add(ents, 0, [m[2] for m in ents])
    add([(c.start, c.end) for c in layers.claims], 1, list(layers.claims))
    add(layers.citations, 2)
    add(layers.headings, 3)
    ev.sort(key=lambda x: (x[0], x[1]))
    return ev


def format_runs(
    layers: Layers, lo: int, hi: int, factory: FormatFactory
) -> list[tuple[int, int, QTextCharFormat]]:
    """Runs ``(start, end, format)`` covering ``[lo, hi)`` exactly, adjacent runs differ."""
    if hi <= lo:
        return []
    events = _events(layers, lo, hi)
    runs: list[tuple[int, int, _State]] = []
    etypes: list[str] = []
    claims: list[ClaimSpan] = []
    counts = [0, 0, 0, 0]
    current = layers.current_claim
    state_of = _state
    pos = lo
    i = 0
    n = len(events)
    last_state: _State | None = None
    while pos < hi:
        while i < n and events[i][0] <= pos:
            _p, delta, layer, payload = events[i]
            counts[layer] += delta
            if layer == 0:
                if delta > 0:
                    etypes.append(payload)  # type: ignore[arg-type]
                else:
                    etypes.remove(payload)  # type: ignore[arg-type]
            elif layer == 1:
                if delta > 0:
                    claims.append(payload)  # type: ignore[arg-type]
                else:
                    claims.remove(payload)  # type: ignore[arg-type]
            i += 1
        nxt = events[i][0] if i < n else hi
        if nxt > hi:
            nxt = hi
        state = state_of(etypes, claims, counts, current)
        if state == last_state:
            runs[-1] = (runs[-1][0], nxt, state)
        else:
            runs.append((pos, nxt, state))
            last_state = state
        pos = nxt
    get = factory.get
    return [(s, e, get(st)) for s, e, st in runs if e > s]


def _state(
    etypes: list[str], claims: list[ClaimSpan], counts: list[int], current: int | None
) -> _State:
    etype = etypes[-1] if etypes else None
    if not claims:
        return (etype, None, None, 0, False, counts[2] > 0, counts[3] > 0)
    if len(claims) == 1:
        c = claims[0]
        return (etype, c.colour, None, 1, c.claim_id == current, counts[2] > 0, counts[3] > 0)
    # the current claim, else the shortest (innermost) one gives the shade; the next the underline
    ordered = sorted(claims, key=lambda c: (c.claim_id != current, c.end - c.start))
    first = ordered[0]
    return (
        etype,
        first.colour,
        ordered[1].colour,
        len(claims),
        first.claim_id == current,
        counts[2] > 0,
        counts[3] > 0,
    )


def blend(colour: QColor, base: QColor, amount: float) -> QColor:
    """``colour`` laid over ``base`` at ``amount``, as an opaque colour.

    Opaque shades keep neighbouring runs (an entity inside a claim) from drawing darker
    seams where their backgrounds meet.
    """
    a = max(0.0, min(amount, 1.0))
    return QColor(
        round(colour.red() * a + base.red() * (1 - a)),
        round(colour.green() * a + base.green() * (1 - a)),
        round(colour.blue() * a + base.blue() * (1 - a)),
    )


def suggestion_colour(dark: bool) -> QColor:
    return QColor("#c08a00" if not dark else "#f0c040")
