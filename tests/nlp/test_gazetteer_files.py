"""Format and consistency checks over every gazetteer file in resources/gazetteer/.

Each data line is `TYPE<TAB>canonical<TAB>alias1|alias2|...`. The checks: three
columns, a known type, no empty names, Chinese names of two characters or more, no
alias that is a common word, no name that carries two different types (or two
different canonical names of one type) across files, after the highlighter's folding of
traditional characters, unless it is allow-listed below.
Run this module directly to print the entry counts by type.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from rareearth_desk.nlp.charfold import fold

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "resources" / "gazetteer"
TYPES = ("GPE", "ORG", "PERSON", "LOC", "MATERIAL")

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")

# Words that must never be an alias, whatever the type (compared case-insensitively,
# except that an all-capitals acronym such as "US" or "IN" is allowed: the highlighter
# matches short all-capitals acronyms case-sensitively).
COMMON_WORDS = frozenset(
    """
    a an the and or of to in on at by as be is it its no not am are was were will may
    can could should would shall must might do does did has have had i we us you he she
    they them our his her this that these those from with for into over under up down
    out new old one two top best more most less mine mines mining metal metals ore ores
    iron lead gold silver steel oil gas power energy market markets plant plants group
    company state states union island islands north south east west central city port
    co inc ltd plc corp llc
    """.split()
)

# Element symbols that look like words, abbreviations or surnames in news text.
UNSAFE_SYMBOLS = frozenset(
    "B C F H I K N O P S U V W Y Li Be As In At Am Es No Co Mo La Ce Eu Ho Er Tm Lu Sc Ge Ti Ta Sn".split()
)

# Element names of one Chinese character (simplified and traditional) that are safe to
# match as MATERIAL: each character is used for its element only. 铁 金 银 铅 锡 磷 碳 氟
# are not here because they occur inside everyday words and place names (地铁, 无锡);
# 铜 is here, with 铜陵/铜川/铜仁 listed as GPE so that the longer name wins.
SINGLE_CHARACTER_ELEMENTS = frozenset(
    "镧鑭铈鈰镨鐠钕釹钷鉕钐釤铕銪钆釓铽鋱镝鏑钬鈥铒鉺铥銩镱鐿镥鑥鎦钪鈧钇釔"
    "镓鎵锗鍺锑銻钨鎢锂鋰钴鈷镍鎳锰錳铜銅铀鈾钒釩钛鈦锆鋯铪鉿铟銦碲铋鉍钼鉬铌鈮钽鉭"
    "铍鈹镁鎂硅矽铂鉑钯鈀铑銠铱銥钌釕锇鋨铬鉻锌鋅铝鋁硼氦镉鎘硒砷锶鍶铯銫铷銣钍釷"
)

# The only two-letter element symbols listed as MATERIAL. They are safe only when matched
# case-sensitively (Nd, not ND for North Dakota; Pr, not PR; Tb, not TB).
ELEMENT_SYMBOLS = frozenset("Nd Pr Dy Tb Sm Gd Yb Ga".split())
SYMBOL_SHAPE = re.compile(r"[A-Z][a-z]")

# Names that are always wrong for a given type (e.g. a country is never an ORG).
DENIED_FOR_TYPE: dict[str, frozenset[str]] = {
    "ORG": frozenset(
        "China 中国 中國 US USA America 美国 美國 Japan 日本 EU Russia 俄罗斯 Australia "
        "澳大利亚 Beijing 北京 Washington".split()
    ),
    "PERSON": frozenset("China 中国 Washington Beijing 北京 Jordan Chad".split()),
    "MATERIAL": frozenset(["Mountain Pass", "Bayan Obo", "白云鄂博"]),
}

# Names deliberately listed under more than one type or canonical name. Keep this short;
# every line says why. Key: the name, case-folded.
ALLOWED_SHARED: dict[str, str] = {
    # (empty: every name has one type and one canonical name)
}


@dataclass(frozen=True)
class Entry:
    path: str
    line: int
    type: str
    canonical: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


def _files() -> list[Path]:
    return sorted(GAZETTEER_DIR.glob("*.tsv"))


def _read(path: Path) -> tuple[list[Entry], list[str]]:
    entries: list[Entry] = []
    problems: list[str] = []
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path.name}: starts with a byte-order mark")
    if b"\r" in raw:
        problems.append(f"{path.name}: has carriage returns")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [f"{path.name}: not UTF-8 ({exc})"]
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name}:{number}"
        cols = line.split("\t")
        if len(cols) != 3:
            problems.append(f"{where}: {len(cols)} columns, expected 3")
            continue
        kind, canonical, alias_col = cols
        if kind not in TYPES:
            problems.append(f"{where}: unknown type {kind!r}")
        aliases = tuple(alias_col.split("|")) if alias_col else ()
        for name in (canonical, *aliases):
            if not name.strip():
                problems.append(f"{where}: empty name")
            elif name != name.strip() or "  " in name:
                problems.append(f"{where}: stray whitespace in {name!r}")
        entries.append(Entry(path.name, number, kind, canonical, aliases))
    return entries, problems


def load_all() -> tuple[list[Entry], list[str]]:
    entries: list[Entry] = []
    problems: list[str] = []
    for path in _files():
        got, bad = _read(path)
        entries.extend(got)
        problems.extend(bad)
    return entries, problems


def counts_by_type(entries: list[Entry]) -> dict[str, Counter[str]]:
    """Entries and names (canonical plus aliases) per type."""
    result: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        result[e.type]["entries"] += 1
        result[e.type]["names"] += len(set(e.names))
    return dict(result)


def _name_problems(e: Entry) -> list[str]:
    problems: list[str] = []
    where = f"{e.path}:{e.line}"
    seen: set[str] = set()
    for name in e.names:
        if name in seen:
            problems.append(f"{where}: {name!r} listed twice")
        seen.add(name)
        if CJK.search(name):
            if len(name) < 2 and not (e.type == "MATERIAL" and name in SINGLE_CHARACTER_ELEMENTS):
                problems.append(f"{where}: Chinese name {name!r} is one character")
            continue
        if len(name) < 2:
            problems.append(f"{where}: name {name!r} is one character")
        if name.lower() in COMMON_WORDS and not name.isupper():
            problems.append(f"{where}: {name!r} is a common word")
        if name in UNSAFE_SYMBOLS:
            problems.append(f"{where}: {name!r} is an unsafe short symbol")
        if e.type == "MATERIAL" and SYMBOL_SHAPE.fullmatch(name) and name not in ELEMENT_SYMBOLS:
            problems.append(f"{where}: symbol {name!r} is not in the safe symbol list")
    denied = DENIED_FOR_TYPE.get(e.type, frozenset())
    for name in e.names:
        if name in denied:
            problems.append(f"{where}: {name!r} must not be typed {e.type}")
    return problems


@pytest.fixture(scope="module")
def gazetteer() -> list[Entry]:
    entries, problems = load_all()
    assert not problems, "\n".join(problems)
    return entries


def test_files_exist() -> None:
    names = {p.name for p in _files()}
    assert {"gpe.tsv", "loc.tsv", "materials.tsv"} <= names


def test_every_line_well_formed() -> None:
    _, problems = load_all()
    assert not problems, "\n".join(problems[:50])


def test_names_are_safe(gazetteer: list[Entry]) -> None:
    problems = [p for e in gazetteer for p in _name_problems(e)]
    assert not problems, "\n".join(problems[:50])


def name_clashes(entries: list[Entry]) -> list[str]:
    """Names that mean two things (two types, or two canonical names of one type)."""
    meanings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    where: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        for name in set(e.names):
            # The highlighter folds traditional characters to simplified before matching.
            key = fold(name).casefold()
            meanings[key].add((e.type, e.canonical))
            where[key].append(f"{e.path}:{e.line}")
    return [
        f"{key!r}: {sorted(m)} at {', '.join(where[key])}"
        for key, m in sorted(meanings.items())
        if len(m) > 1 and key not in ALLOWED_SHARED
    ]


def test_no_name_with_two_meanings(gazetteer: list[Entry]) -> None:
    clashes = name_clashes(gazetteer)
    assert not clashes, "\n".join(clashes[:50])


def test_clash_check_sees_folded_names() -> None:
    entries = [
        Entry("a.tsv", 1, "GPE", "格鲁吉亚", ("Georgia",)),
        Entry("b.tsv", 2, "PERSON", "乔治亚", ("georgia",)),
        Entry("c.tsv", 3, "MATERIAL", "钕", ("釹",)),
        Entry("d.tsv", 4, "ORG", "钕业", ("钕",)),
    ]
    clashes = name_clashes(entries)
    assert any(c.startswith("'georgia'") for c in clashes)
    assert any(c.startswith("'钕'") for c in clashes)
    assert len(clashes) == 2


def test_no_duplicate_entries(gazetteer: list[Entry]) -> None:
    seen: dict[tuple[str, str], str] = {}
    duplicates = []
    for e in gazetteer:
        key = (e.type, e.canonical)
        if key in seen:
            duplicates.append(f"{e.path}:{e.line} repeats {seen[key]} ({e.canonical})")
        seen.setdefault(key, f"{e.path}:{e.line}")
    assert not duplicates, "\n".join(duplicates[:50])


def test_allow_list_is_used(gazetteer: list[Entry]) -> None:
    used = {fold(name).casefold() for e in gazetteer for name in e.names}
    stale = sorted(set(ALLOWED_SHARED) - used)
    assert not stale, f"allow-list names no longer in any file: {stale}"


def test_each_entry_has_chinese_and_english(gazetteer: list[Entry]) -> None:
    missing = [
        f"{e.path}:{e.line} {e.canonical}"
        for e in gazetteer
        if e.path in {"gpe.tsv", "loc.tsv", "materials.tsv"}
        and not (any(CJK.search(n) for n in e.names) and any(LATIN.search(n) for n in e.names))
    ]
    assert not missing, "\n".join(missing[:50])


def test_checks_catch_bad_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# c\nGPE\t美国\nPLACE\t北京\tBeijing\nGPE\t美\tmay|US\n", encoding="utf-8")
    entries, problems = _read(bad)
    assert any("2 columns" in p for p in problems)
    assert any("unknown type 'PLACE'" in p for p in problems)
    name_problems = [p for e in entries for p in _name_problems(e)]
    assert any("one character" in p for p in name_problems)
    assert any("'may' is a common word" in p for p in name_problems)
    assert not any("'US'" in p for p in name_problems)
    symbol = Entry("x.tsv", 1, "MATERIAL", "钬", ("Ho", "Dy"))
    assert [p for p in _name_problems(symbol) if "Ho" in p]
    assert not [p for p in _name_problems(symbol) if "Dy" in p]


def test_counts_by_type(gazetteer: list[Entry], capsys: pytest.CaptureFixture[str]) -> None:
    counts = counts_by_type(gazetteer)
    with capsys.disabled():
        print("\n" + _format_counts(counts))
    assert counts["GPE"]["entries"] >= 1100
    assert counts["LOC"]["entries"] >= 580
    assert counts["MATERIAL"]["entries"] >= 400


def _format_counts(counts: dict[str, Counter[str]]) -> str:
    rows = [f"{'type':<9}{'entries':>8}{'names':>8}"]
    for kind in TYPES:
        c = counts.get(kind, Counter())
        rows.append(f"{kind:<9}{c['entries']:>8}{c['names']:>8}")
    return "\n".join(rows)


if __name__ == "__main__":
    all_entries, all_problems = load_all()
    print(_format_counts(counts_by_type(all_entries)))
    for problem in all_problems:
        print(problem, file=sys.stderr)
