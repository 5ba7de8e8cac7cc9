"""The entity cache's text form of an article's mentions: compact and quick to read.

An export of 100,000 claims reads the cached mentions of every article, millions of
them, so reading them back must cost far less than finding them did. JSON (a list a
mention) spent most of an export's time in its parser; this form keeps the numbers in
one base64 run that the C library turns back into integers at once::

    2|GPE,ORG|0110|<base64 of little-endian int32: every start, then every end>|{"3": [5.0, "t"]}

Fields: format version; the types named in this entry; one character a mention giving
its type's place in that list (``0``-``9`` then letters); starts and ends; the value and
unit of the mentions that have them (usually a few quantities), by index, as JSON.

Cache rows come from project files that analysts pass to each other, so ``decode``
treats them as untrusted: anything malformed, out of the text's bounds or not sorted
gives None (the caller then computes the mentions again), never an exception.
"""

from __future__ import annotations

import binascii
import json
import sys
from array import array
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import le, lt
from typing import Any, NamedTuple, overload

from rareearth_desk.nlp.entities import Mention

VERSION = "2"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SWAP = sys.byteorder == "big"  # the stored integers are little-endian
_new = tuple.__new__


class LightMention(NamedTuple):
    """``Mention``'s fields as a tuple: several times cheaper to make, for bulk reads."""

    start: int
    end: int
    text: str
    type: str
    value: float | None = None
    unit: str | None = None


def encode(mentions: Any) -> str:
    """The cache text of ``mentions`` (sorted by start, as ``extract`` gives them)."""
    items = list(mentions)
    names: dict[str, int] = {}
    for m in items:
        names.setdefault(m.type, len(names))
    if len(names) > len(_DIGITS):
        raise ValueError("too many entity types for one cache entry")
    kinds = "".join(_DIGITS[names[m.type]] for m in items)
    numbers = array("i", [m.start for m in items] + [m.end for m in items])
    if _SWAP:
        numbers.byteswap()
    extra = {
        str(i): [m.value, m.unit]
        for i, m in enumerate(items)
        if m.value is not None or m.unit is not None
    }
    return "|".join(
        [
            VERSION,
            ",".join(names),
            kinds,
            binascii.b2a_base64(numbers.tobytes(), newline=False).decode("ascii"),
            json.dumps(extra, ensure_ascii=False, separators=(",", ":")) if extra else "",
        ]
    )


def _columns(data: str, text: str) -> tuple[Any, ...] | None:
    """(starts, ends, types, values, units) of a valid entry for ``text``, else None."""
    try:
        version, names, kinds, numbers, extra = data.split("|", 4)
        if version != VERSION:
            return None
        table = dict(zip(_DIGITS, names.split(","), strict=False)) if names else {}
        types = list(map(table.__getitem__, kinds))
        ints = array("i")
        ints.frombytes(binascii.a2b_base64(numbers))
        if _SWAP:
            ints.byteswap()
        n = len(types)
        if len(ints) != 2 * n:
            return None
        values: list[Any] = [None] * n
        units: list[Any] = [None] * n
        if extra:
            for key, pair in json.loads(extra).items():
                i = int(key)
                if not 0 <= i < n:
                    return None
                value, unit = pair
                if value is not None:
                    value = float(value)
                if unit is not None and not isinstance(unit, str):
                    return None
                values[i], units[i] = value, unit
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, binascii.Error):
        return None
    starts, ends = ints[:n].tolist(), ints[n:].tolist()
    if (
        n
        and (
            starts[0] < 0
            or max(ends) > len(text)
            or not all(map(lt, starts, ends))  # no empty mention
            or not all(map(le, starts[:-1], starts[1:]))  # sorted by start
        )
    ):
        return None
    return starts, ends, types, values, units


class LightMentions(Sequence[LightMention]):
    """An entry's mentions as columns, made into ``LightMention`` tuples only when read.

    A big export reads every article's mentions but looks closely at few of them: the
    claims' entities need the mentions inside each claim (``starts`` finds them), the
    Entities sheet needs texts and types (``texts``, ``types``) to count.
    """

    __slots__ = ("text", "starts", "ends", "types", "values", "units")

    def __init__(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        types: list[str],
        values: list[float | None],
        units: list[str | None],
    ) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.types = types
        self.values = values
        self.units = units

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> LightMention: ...

    @overload
    def __getitem__(self, i: slice) -> list[LightMention]: ...

    def __getitem__(self, i: int | slice) -> LightMention | list[LightMention]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        s, e = self.starts[i], self.ends[i]
        return _new(
            LightMention, (s, e, self.text[s:e], self.types[i], self.values[i], self.units[i])
        )

    def __iter__(self) -> Iterator[LightMention]:
        rows = zip(
            self.starts, self.ends, self.texts(), self.types, self.values, self.units, strict=True
        )
        return map(_new, repeat(LightMention), rows)

    def texts(self) -> Iterator[str]:
        """Each mention's text, in order."""
        return map(self.text.__getitem__, map(slice, self.starts, self.ends))

    def __repr__(self) -> str:
        return f"LightMentions({list(self)!r})"


def decode_light(data: str, text: str) -> LightMentions | None:
    """The entry's mentions as ``LightMentions``, or None if it does not fit."""
    cols = _columns(data, text)
    if cols is None:
        return None
    return LightMentions(text, *cols)


def decode(data: str, text: str) -> list[Mention] | None:
    """The entry's mentions as ``Mention`` objects, or None if it does not fit."""
    cols = _columns(data, text)
    if cols is None:
        return None
    return [Mention(s, e, text[s:e], t, v, u) for s, e, t, v, u in zip(*cols, strict=True)]
