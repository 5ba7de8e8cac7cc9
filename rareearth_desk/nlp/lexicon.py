"""Small word lists shipped in ``resources/nlp/`` (titles, cues, stop lists), read once."""

from __future__ import annotations

from functools import cache

from rareearth_desk import paths


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``resources/nlp/<name>``."""
    text = paths.resource("nlp", name).read_text(encoding="utf-8")
    return tuple(
        s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")
    )


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(lines(name))


@cache
def char_set(name: str) -> frozenset[str]:
    """Every character of every line of ``resources/nlp/<name>``."""
    return frozenset("".join(lines(name)))


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, two-character surnames)."""
    single: set[str] = set()
    double: set[str] = set()
    for line in lines("zh_surnames.txt"):
        if len(line) == 2:
            double.add(line)
        else:
            single.update(line)
    return frozenset(single), frozenset(double)
