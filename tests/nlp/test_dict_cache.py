"""The cached jieba dictionary with the gazetteer's user words: same words, safe when damaged."""

from __future__ import annotations

from rareearth_desk.nlp import dict_cache


def test_round_trip_and_damage() -> None:
    freq = {"稀土": 5, "稀": 0, "中国稀土集团": 800, "中": 7, "Mountain Pass": 3}
    tags = {"中国稀土集团": "nt", "龙岩": "ns"}
    dict_cache.write("k1", freq, 815, tags)
    got = dict_cache.read("k1")
    assert got == (freq, 815, tags)
    assert dict_cache.read("other") is None
    path = dict_cache.path_for("k1")
    data = path.read_bytes()
    path.write_bytes(data[:-3])
    assert dict_cache.read("k1") is None
    path.write_bytes(b"junk" + data)
    assert dict_cache.read("k1") is None
    dict_cache.write("k2", freq, 815, tags)
    assert not path.exists() and dict_cache.read("k2") is not None


def test_digest_follows_user_words() -> None:
    import jieba

    a = dict_cache.digest(jieba, [("龙岩", "ns")], 800)
    assert a == dict_cache.digest(jieba, [("龙岩", "ns")], 800)
    assert a != dict_cache.digest(jieba, [("龙岩", "nt")], 800)
    assert a != dict_cache.digest(jieba, [("龙岩", "ns")], 801)
