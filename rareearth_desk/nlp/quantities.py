"""Quantities: percents, money, tonnage and counts, with a normalised value and unit.

Conventions (the same ones the development set is annotated with):

* The span is the number with its currency, scale and unit: hedges stay outside
  (超过 **90%**, over **700 billion rubles**, **90%**以上, approximately **63 billion yuan**).
* Ranges are one mention (**2-3万吨**, **10%-15%**, **10%至15%**); the value is the
  lower bound. So are 多/余 inside an amount (**5万多吨**, **10余家**).
* Counts of things are quantities when written with digits, or with a Chinese numeral of
  ten or more, directly followed by a classifier or a count noun (**15种**, **3,500 jobs**,
  **十五种**); small spelled-out counts (三个主要障碍, five plants) are ordinary language.
* Bare numbers and bare years are not quantities; a bare amount with 万/亿 is (**40亿**,
  unit None).

Values: ``7成`` is 70 with unit ``%``; ``2500亿美元`` is 2.5e11 ``USD``; ``0.01万吨`` is
100 ``t``; ``₹7,280 crore`` is 7.28e10 ``INR``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rareearth_desk.nlp.numbers import (
    EN_WORDS,
    SCALES,
    ZH_NUMERAL_CHARS,
    parse_arabic,
    parse_chinese,
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float | None
    unit: str | None


_CUR_PREFIX = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "USD": "USD", "US $": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "HK$": "HKD", "S$": "SGD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "CNY", "RMB": "CNY", "CNY": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "INR": "INR", "RUB": "RUB", "₽": "RUB", "JPY": "JPY", "KRW": "KRW", "₩": "KRW",
}  # fmt: skip

_EN_UNITS = {
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "Australian dollars": "AUD", "Canadian dollars": "CAD", "euros": "EUR", "euro": "EUR",
    "yuan": "CNY", "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "rupees": "INR", "rupee": "INR", "yen": "JPY", "won": "KRW",
    "pounds sterling": "GBP", "USD": "USD", "CNY": "CNY", "RMB": "CNY", "EUR": "EUR",
    "RUB": "RUB", "INR": "INR", "AUD": "AUD", "JPY": "JPY",
    "metric tons": "t", "metric tonnes": "t", "tonnes": "t", "tonne": "t", "tons": "t",
    "ton": "t", "t": "t", "kt": "kt", "Mt": "Mt", "mt": "t",
    "kilograms": "kg", "kilogram": "kg", "kg": "kg", "grams": "g", "gram": "g", "g": "g",
    "pounds": "lb", "lbs": "lb", "lb": "lb", "ounces": "oz", "oz": "oz",
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "pp",
    "MW": "MW", "GW": "GW", "kW": "kW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "km": "km", "kilometres": "km", "kilometers": "km", "metres": "m", "meters": "m",
    "square kilometres": "km2",
    "square kilometers": "km2", "hectares": "ha", "acres": "acre",
}  # fmt: skip

_ZH_UNITS = {
    "美元": "USD", "美金": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY",
    "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "卢布": "RUB", "印度卢比": "INR",
    "卢比": "INR", "澳元": "AUD", "澳大利亚元": "AUD", "加元": "CAD", "港元": "HKD",
    "港币": "HKD", "韩元": "KRW", "新台币": "TWD",
    "公吨": "t", "吨": "t", "公斤": "kg", "千克": "kg", "克": "g", "盎司": "oz", "磅": "lb",
    "%": "%", "个百分点": "pp", "百分点": "pp",
    "兆瓦": "MW", "吉瓦": "GW", "千瓦时": "kWh", "千瓦": "kW", "度": "kWh",
    "平方公里": "km2", "公里": "km", "千米": "km", "平方米": "m2", "立方米": "m3", "米": "m",
    "公顷": "ha", "亩": "mu",
}  # fmt: skip

_UNIT_SCALE = {"kt": ("t", 1e3), "Mt": ("t", 1e6)}

# classifiers and count nouns (counts are quantities when written with digits)
_ZH_CLASSIFIERS = "种家个座项名人处条艘辆台件批所位套架枚款份例宗口"
_EN_COUNT_NOUNS = (
    "jobs|workers|employees|people|plants|mines|projects|companies|firms|factories|"
    "facilities|refineries|smelters|vehicles|cars|units|sites|licences|licenses|permits|"
    "countries|nations|deposits|elements|minerals|metals|members|products|patents|"
    "shipments|contracts|agreements|households|ships|vessels|aircraft|jets|drones|"
    "missiles|turbines|magnets|batteries|tariffs|items|states|cities|provinces"
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_SCALE = r"trillion|billion|million|thousand|lakh crore|crores?|lakhs?|bn|mn|mln|tn|m|k|b"
_ZH_SCALE = r"万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|千|百"

_ARABIC = re.compile(
    rf"(?P<pre>{_alt(_CUR_PREFIX)})?\s?"
    rf"(?<![A-Za-z0-9.,])(?P<num>{_NUM})"
    rf"(?:%?\s?(?P<rsep>[-~～至到])\s?(?P<pre2>{_alt(_CUR_PREFIX)})?(?P<num2>{_NUM}))?"
    rf"(?:[多余](?=[万亿]))?"
    rf"(?:(?P<zhscale>{_ZH_SCALE})|\s?(?P<enscale>(?i:{_EN_SCALE}))(?![A-Za-z]))?"
    rf"(?:[多余](?=[{_ZH_CLASSIFIERS}吨万亿元美公千克]))?"
    rf"(?:(?P<zhunit>{_alt(_ZH_UNITS)}|成(?![员为立功本果长都熟交绩效]))"
    rf"|\s?(?P<enunit>{_alt(_EN_UNITS)}|(?i:percent|per cent))(?![A-Za-z])"
    rf"|(?P<zhcls>[{_ZH_CLASSIFIERS}])(?!月|小时|钟头|星期|礼拜|工作日|季度|世纪|百分点)"
    rf"|\s(?P<ennoun>{_EN_COUNT_NOUNS})(?![A-Za-z]))?"
    rf"(?:\s?(?:/|per\s|每)\s?(?P<per>吨|公斤|千克|克|盎司|磅|tonnes?|tons?|t|kg|kilograms?|lb|pound|ounce|oz)(?![A-Za-z]))?"
)

_ZH_NUMERAL = re.compile(
    rf"(?<![第数几\d{ZH_NUMERAL_CHARS}])(?:(?P<pct>百分之)(?P<pnum>[{ZH_NUMERAL_CHARS}]+)"
    rf"|(?P<num>[零〇一二两三四五六七八九十][{ZH_NUMERAL_CHARS}]*)"
    rf"(?:(?P<zhunit>{_alt(_ZH_UNITS)}|成(?![员为立功本果长都熟交绩效]))|(?P<zhcls>[{_ZH_CLASSIFIERS}])(?!月|小时|钟头|星期|礼拜|工作日|季度|世纪))?)"
)


_EN_WORD_NUM = "|".join(sorted((w for w in EN_WORDS if " " not in w), key=len, reverse=True))
_EN_SPELLED = re.compile(
    rf"\b(?P<w>(?i:{_EN_WORD_NUM}))(?:-(?P<w2>(?i:{_EN_WORD_NUM})))?"
    rf"(?:\s(?P<scale>hundred|thousand|million|billion|trillion))?"
    rf"\s(?P<unit>(?:US |Australian |Canadian )?dollars|euros|yuan|rubles|roubles|rupees|yen|"
    rf"metric tons|metric tonnes|tonnes|tons|percent|per cent|kilograms|ounces)\b"
)


def _spelled(m: re.Match[str]) -> Quantity | None:
    """Measures written in words: two million tonnes, twenty-five percent."""
    value = float(EN_WORDS[m.group("w").lower()])
    if m.group("w2"):
        value += EN_WORDS[m.group("w2").lower()]
    if m.group("scale"):
        value *= SCALES[m.group("scale")]
    unit = _EN_UNITS.get(m.group("unit")) or _EN_UNITS.get(m.group("unit").lower())
    start = m.start()
    if m.group("w").lower() == "hundred" and m.string[max(0, start - 2) : start].lower() == "a ":
        start -= 2
    return Quantity(start, m.end(), _clean(value), unit)


def _scale(m: re.Match[str]) -> float:
    if m.group("zhscale"):
        return SCALES[m.group("zhscale")]
    if m.group("enscale"):
        return SCALES[m.group("enscale").lower()]
    return 1.0


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` (already folded: ASCII digits, simplified characters)."""
    out: list[Quantity] = []
    for m in _ARABIC.finditer(text):
        q = _arabic(m)
        if q is not None:
            out.append(q)
    for m in _ZH_NUMERAL.finditer(text):
        q = _chinese(m)
        if q is not None:
            out.append(q)
    for m in _EN_SPELLED.finditer(text):
        q = _spelled(m)
        if q is not None:
            out.append(q)
    return out


def _arabic(m: re.Match[str]) -> Quantity | None:
    pre, zhunit, enunit = m.group("pre"), m.group("zhunit"), m.group("enunit")
    zhcls, ennoun, enscale = m.group("zhcls"), m.group("ennoun"), m.group("enscale")
    num = parse_arabic(m.group("num"))
    unit: str | None = None
    if pre:
        unit = _CUR_PREFIX[pre.strip()]
    if zhunit:
        unit = "%" if zhunit == "成" else _ZH_UNITS[zhunit]
        if zhunit == "成":
            num *= 10
    elif enunit:
        unit = _EN_UNITS.get(enunit) or _EN_UNITS.get(enunit.lower(), enunit)
        if unit == enunit and enunit.lower() in ("percent", "per cent"):
            unit = "%"
    elif zhcls:
        unit = zhcls
    elif ennoun:
        unit = ennoun.lower()
    if enscale and enscale.lower() in ("m", "b", "k", "bn", "mn", "tn", "mln") and not pre:
        # 35m, 5k are measures or model names unless money is written before them
        if not (enunit and unit and unit.isupper()):
            return None
    if unit is None and not m.group("zhscale") and not (enscale and pre):
        return None
    if (
        unit is None
        and m.group("zhscale")
        and m.group("zhscale")
        not in ("万", "亿", "万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万")
    ):
        return None
    value = num * _scale(m)
    if unit in _UNIT_SCALE:
        unit, factor = _UNIT_SCALE[unit]
        value *= factor
    if m.group("per") and unit:
        unit = f"{unit}/{_per_unit(m.group('per'))}"
    start = m.start("pre") if pre else m.start("num")
    end = m.end()
    while end > start and m.string[end - 1] == " ":
        end -= 1
    return Quantity(start, end, _clean(value), unit)


def _per_unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return {"吨": "t", "公斤": "kg", "千克": "kg", "克": "g", "盎司": "oz", "磅": "lb",
            "tonne": "t", "ton": "t", "t": "t", "kg": "kg", "kilogram": "kg", "lb": "lb",
            "pound": "lb", "ounce": "oz", "oz": "oz"}.get(w, w)  # fmt: skip


def _chinese(m: re.Match[str]) -> Quantity | None:
    if m.group("pct"):
        pvalue = parse_chinese(m.group("pnum"))
        return None if pvalue is None else Quantity(m.start(), m.end(), _clean(pvalue), "%")
    value = parse_chinese(m.group("num"))
    if value is None:
        return None
    zhunit, zhcls = m.group("zhunit"), m.group("zhcls")
    if zhunit:
        if zhunit == "成":
            if value > 10:
                return None
            return Quantity(m.start(), m.end(), _clean(value * 10), "%")
        return Quantity(m.start(), m.end(), _clean(value), _ZH_UNITS[zhunit])
    if zhcls and value >= 10:
        return Quantity(m.start(), m.end(), _clean(value), zhcls)
    return None


def _clean(value: float) -> float | None:
    if not math.isfinite(value) or abs(value) > 1e18:
        return None  # a run of digits, not an amount
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded
