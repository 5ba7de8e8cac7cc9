"""The entity cache's text form: exact round trips, and no trust in what a file holds."""

from __future__ import annotations

import binascii
from array import array

import pytest

from rareearth_desk.nlp.entities import Mention, extract
from rareearth_desk.nlp.mention_codec import LightMention, decode, decode_light, encode

TEXT = (
    "美国国防部称，中国稀土集团在龙岩的氧化镨钕产量为 5,000 吨，同比增长 12%。"
    " MP Materials said Mountain Pass shipped 50,000 tons of rare earth oxides."
)


def _fields(ms: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(m.start, m.end, m.text, m.type, m.value, m.unit) for m in ms]


def test_round_trip_of_real_mentions() -> None:
    found = extract(TEXT)
    assert any(m.value is not None for m in found), "the text has quantities"
    data = encode(found)
    assert data.startswith("2|")
    back = decode(data, TEXT)
    light = decode_light(data, TEXT)
    assert back is not None and light is not None
    assert _fields(back) == _fields(found)
    assert _fields(light) == _fields(found)
    assert all(isinstance(m, LightMention) for m in light)
    assert all(isinstance(m, Mention) for m in back)


def test_empty_and_unit_only_entries() -> None:
    assert decode(encode([]), "anything") == []
    ms = [Mention(0, 2, "稀土", "MATERIAL"), Mention(3, 6, "50%", "QUANTITY", 0.5, "%")]
    text = "稀土 50%"
    assert _fields(decode(encode(ms), text) or []) == _fields(ms)
    odd = [Mention(0, 2, "稀土", "MATERIAL", None, "吨")]
    assert _fields(decode(encode(odd), text) or []) == _fields(odd)


def _numbers(*ints: int) -> str:
    return binascii.b2a_base64(array("i", ints).tobytes(), newline=False).decode()


@pytest.mark.parametrize(
    "data",
    [
        "",
        '[[0, 2, "GPE", null, null]]',  # an older cache format
        "1|GPE|0|" + _numbers(0, 2) + "|",  # another version
        "2|GPE|0|" + _numbers(0, 2),  # a field missing
        "2|GPE|0|not base64!|",
        "2|GPE|0|" + _numbers(0) + "|",  # one number short
        "2|GPE|00|" + _numbers(0, 2) + "|",  # more mentions than numbers
        "2|GPE|1|" + _numbers(0, 2) + "|",  # a type that is not in the list
        "2|GPE|0|" + _numbers(-1, 2) + "|",  # before the text
        "2|GPE|0|" + _numbers(0, 99) + "|",  # past the end of the text
        "2|GPE|0|" + _numbers(2, 2) + "|",  # empty
        "2|GPE|00|" + _numbers(3, 0, 5, 2) + "|",  # not sorted
        "2|GPE|0|" + _numbers(0, 2) + '|{"5":[1.0,"t"]}',  # extra for no mention
        "2|GPE|0|" + _numbers(0, 2) + '|{"0":["x","t"]}',  # a value that is no number
        "2|GPE|0|" + _numbers(0, 2) + '|{"0":[1.0,7]}',  # a unit that is no text
        "2|GPE|0|" + _numbers(0, 2) + "|[1, 2]",  # extra not a mapping
        "2|GPE|0|" + _numbers(0, 2) + "|{broken",
    ],
)
def test_malformed_entries_read_as_missing(data: str) -> None:
    text = "中国 美国"
    assert decode(data, text) is None
    assert decode_light(data, text) is None


def test_a_valid_entry_for_another_text_does_not_fit() -> None:
    data = encode(extract(TEXT))
    assert decode(data, TEXT[:10]) is None


def test_too_many_types_for_one_entry() -> None:
    many = [Mention(i, i + 1, "x", f"T{i}") for i in range(70)]
    with pytest.raises(ValueError):
        encode(many)
