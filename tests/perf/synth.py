"""Synthetic rare-earth news for benchmarks: deterministic, mixed Chinese and English.

``make_records(n, seed=0)`` builds ``ArticleRecord``s from vocabularies of real entity
names (companies, places, materials, agencies), sentences with numbers, sources and
dates across several years. Most articles have 500-3,000 characters, about one in a
hundred has 20,000. The same ``n`` and ``seed`` always give the same articles.

``build_project(path, n_articles, n_claims)`` makes a project with that many articles
and claims (labels from the default codebook), built once and cached under
``tests/perf/.cache/`` (ignored by git); ``path`` gets a copy, or ``None`` returns the
cached file itself (open it, do not change it).

Run as a script to build a project: ``python tests/perf/synth.py 10000 2000``.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

from rareearth_desk.core.records import ArticleRecord, ClaimRecord

SYNTH_VERSION = 3  # bump when the records or the project schema change
CACHE = Path(__file__).resolve().parent / ".cache"

ZH_ORGS = [
    "中国稀土集团",
    "北方稀土",
    "厦门钨业",
    "盛和资源",
    "五矿稀土",
    "广晟有色",
    "金力永磁",
    "宁波韵升",
    "中科三环",
    "工信部",
    "商务部",
    "自然资源部",
    "海关总署",
    "国家发改委",
    "莱纳斯",
    "MP材料公司",
    "美国国防部",
    "欧盟委员会",
    "日本经济产业省",
    "澳大利亚战略资源公司",
]
ZH_PLACES = [
    "龙岩",
    "赣州",
    "包头",
    "白云鄂博",
    "四川冕宁",
    "江西",
    "内蒙古",
    "广东",
    "福建",
    "缅甸",
    "芒廷山口矿",
    "马来西亚关丹",
    "坦桑尼亚恩瓜拉",
    "格陵兰",
    "越南",
    "巴西",
    "西伯利亚",
    "美国",
    "澳大利亚",
    "日本",
    "印度",
    "俄罗斯",
    "沙特",
    "哈萨克斯坦",
]
ZH_MATERIALS = [
    "稀土",
    "重稀土",
    "轻稀土",
    "镓",
    "锗",
    "石墨",
    "钕铁硼",
    "氧化镨钕",
    "镝",
    "铽",
    "钐钴",
    "锑",
    "钨",
    "钴",
    "锂",
    "永磁材料",
    "稀土氧化物",
    "碳酸稀土",
]
ZH_VERBS = ["表示", "指出", "称", "预计", "宣布", "强调", "透露", "认为"]
ZH_TEMPLATES = [
    "{org}{verb}，{year}年{place}{mat}产量将增长{pct}%，达到{num}万吨。",
    "据{src}报道，{org}计划在{place}投资{money}亿元建设{mat}分离项目。",
    "{place}的{mat}出口在{month}月同比下降{pct}%，{org}{verb}这与出口管制有关。",
    "业内人士{verb}，{mat}价格近期上涨至每吨{num}万元，供应链依赖问题仍然突出。",
    "{org}与{org2}签署合作协议，共同开发{place}的{mat}资源。",
    "{year}年，{org}的{mat}冶炼分离产能预计达到{num}吨，占全球的{pct}%。",
    "分析人士认为，{place}短期内难以摆脱对中国{mat}加工能力的依赖。",
    "{org}{verb}，将加强对{mat}开采总量的监管，并严格审批新项目。",
]
EN_ORGS = [
    "MP Materials",
    "Lynas Rare Earths",
    "Iluka Resources",
    "USA Rare Earth",
    "Energy Fuels",
    "Neo Performance Materials",
    "Arafura Rare Earths",
    "Solvay",
    "Vulcan Elements",
    "the Pentagon",
    "the Department of Energy",
    "the European Commission",
    "China Rare Earth Group",
    "Northern Rare Earth",
    "the Ministry of Commerce",
    "Noveon Magnetics",
    "Ucore",
    "Mkango",
]
EN_PLACES = [
    "Mountain Pass",
    "Kalgoorlie",
    "Texas",
    "Malaysia",
    "Ngualla",
    "Greenland",
    "Brazil",
    "Vietnam",
    "Baotou",
    "Ganzhou",
    "Longyan",
    "Saskatchewan",
    "Oklahoma",
    "Estonia",
    "Japan",
    "India",
    "Australia",
    "the United States",
    "Canada",
    "South Korea",
]
EN_MATERIALS = [
    "rare earths",
    "heavy rare earths",
    "NdFeB magnets",
    "dysprosium",
    "terbium",
    "neodymium",
    "praseodymium",
    "gallium",
    "germanium",
    "graphite",
    "antimony",
    "rare earth oxides",
    "samarium cobalt",
    "tungsten",
]
EN_VERBS = ["said", "expects", "announced", "warned", "noted", "estimated", "reported"]
EN_TEMPLATES = [
    "{org} {verb} that output of {mat} in {place} would rise {pct}% to {num},000 tons by {year}.",
    "According to {src}, {org} plans to invest ${money} million in a {mat} plant in {place}.",
    "Exports of {mat} from {place} fell {pct}% in {monthname}, {org} {verb}, citing export controls.",
    "Prices of {mat} climbed to ${num} per kilogram as buyers worried about supply-chain dependence.",
    "{org} signed an offtake agreement with {org2} covering {mat} from {place}.",
    "Analysts {verb} that {place} will need {year_gap} years to build refining capacity for {mat}.",
    "The deal gives {org} access to {num} tons of {mat} a year, {org2} {verb}.",
    "Permitting delays in {place} could push the {mat} project past {year}, {org} {verb}.",
]
ZH_SOURCES = [
    "新华社",
    "财新网",
    "第一财经",
    "上海有色网",
    "中国有色金属报",
    "证券时报",
    "界面新闻",
]
EN_SOURCES = ["Reuters", "Bloomberg", "Mining.com", "Financial Times", "Nikkei Asia", "Fastmarkets"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ANNOTATORS = ["li", "wang", "emma", "chen", "sam"]
STANCES = ["supportive", "skeptical", "neutral", "unclear"]
TOPICS = ["mining", "processing", "magnets", "export_controls", "prices", "investment",
          "regulation", "defence", "technology", "environment", "diplomacy", "dependence"]  # fmt: skip


def _sentence(rng: random.Random, lang: str) -> str:
    year = rng.randint(2019, 2030)
    values = {
        "year": year,
        "year_gap": rng.randint(3, 15),
        "pct": rng.randint(1, 95),
        "num": rng.randint(2, 9000),
        "money": rng.randint(1, 900),
        "month": rng.randint(1, 12),
        "monthname": rng.choice(MONTHS),
    }
    if lang == "zh":
        orgs, places, mats, verbs, templates, sources = (
            ZH_ORGS, ZH_PLACES, ZH_MATERIALS, ZH_VERBS, ZH_TEMPLATES, ZH_SOURCES,
        )  # fmt: skip
    else:
        orgs, places, mats, verbs, templates, sources = (
            EN_ORGS, EN_PLACES, EN_MATERIALS, EN_VERBS, EN_TEMPLATES, EN_SOURCES,
        )  # fmt: skip
    return rng.choice(templates).format(
        org=rng.choice(orgs),
        org2=rng.choice(orgs),
        place=rng.choice(places),
        mat=rng.choice(mats),
        verb=rng.choice(verbs),
        src=rng.choice(sources),
        **values,
    )


def _text(rng: random.Random, lang: str, target: int) -> str:
    parts: list[str] = []
    size = 0
    while size < target:
        sent_lang = lang if lang != "mixed" else rng.choice(("zh", "en"))
        s = _sentence(rng, sent_lang)
        if sent_lang == "en" and parts:
            s = " " + s
        parts.append(s)
        size += len(s)
        if rng.random() < 0.12:
            parts.append("\n")
    return "".join(parts)


def _title(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return f"{rng.choice(EN_ORGS)} {rng.choice(EN_VERBS)} {rng.choice(EN_MATERIALS)} plan for {rng.choice(EN_PLACES)}"
    return f"{rng.choice(ZH_ORGS)}：{rng.choice(ZH_PLACES)}{rng.choice(ZH_MATERIALS)}项目最新进展"


def make_records(n: int, seed: int = 0) -> list[ArticleRecord]:
    """``n`` distinct synthetic articles, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    start = datetime(2019, 1, 1)
    span_minutes = 8 * 365 * 24 * 60
    seen: set[str] = set()
    out: list[ArticleRecord] = []
    while len(out) < n:
        lang = rng.choices(("zh", "en", "mixed"), weights=(5, 4, 1))[0]
        target = 20_000 if rng.random() < 0.01 else rng.randint(500, 3000)
        text = _text(rng, lang, target)
        if text in seen:
            continue
        seen.add(text)
        sources = EN_SOURCES if lang == "en" else ZH_SOURCES
        out.append(
            ArticleRecord(
                title=_title(rng, lang),
                text=text,
                source=rng.choice(sources),
                published=start + timedelta(minutes=rng.randrange(span_minutes)),
                url=f"https://news.example.org/{seed}/{len(out)}",
                lang="",
                collection=rng.choice(("稀土自主化", "critical minerals", "")),
                excerpt=rng.random() < 0.2,
                origin=f"synth:{seed}:{len(out)}",
            )
        )
    return out


def add_claims(records: list[ArticleRecord], n_claims: int, seed: int = 0) -> None:
    """Spread ``n_claims`` claims (sentence-like spans, random labels) over ``records``."""
    rng = random.Random(seed + 1)
    for _ in range(n_claims):
        rec = rng.choice(records)
        text = rec.text
        start = rng.randrange(0, max(1, len(text) - 40))
        end = min(len(text), start + rng.randint(15, 120))
        created = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(500_000))
        rec.claims.append(
            ClaimRecord(
                start=start,
                end=end,
                stance=rng.choice(STANCES) if rng.random() < 0.9 else None,
                topics=rng.sample(TOPICS, rng.randint(0, 3)),
                note="" if rng.random() < 0.8 else "checked against the source",
                annotator=rng.choice(ANNOTATORS),
                created=created,
                updated=created,
            )
        )


def build_project(
    path: Path | str | None, n_articles: int, n_claims: int = 0, seed: int = 0
) -> Path:
    """A project with ``n_articles`` articles and ``n_claims`` claims; see the module text."""
    from rareearth_desk.core.store import create_project

    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"synth-v{SYNTH_VERSION}-{n_articles}-{n_claims}-{seed}.redesk"
    if not cached.exists():
        records = make_records(n_articles, seed)
        add_claims(records, n_claims, seed)
        # a name of its own, so that two processes building at once do not collide
        tmp = cached.with_name(f"{cached.name}.building-{os.getpid()}")
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)
        with create_project(tmp) as project:
            for i in range(0, len(records), 2000):
                project.repo.add_articles(records[i : i + 2000])
        os.replace(tmp, cached)
    if path is None:
        return cached
    target = Path(path)
    shutil.copyfile(cached, target)
    return target


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    c = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(build_project(None, n, c))
