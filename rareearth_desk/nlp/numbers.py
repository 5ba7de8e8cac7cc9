"""Reading numbers as written in the news: 2,500 / 91.62 / 十五 / 两千 / 2500亿 / 0.01万."""

from __future__ import annotations

ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_BIG = {"万": 10_000, "亿": 100_000_000}
ZH_NUMERAL_CHARS = "".join(ZH_DIGITS) + "".join(ZH_UNITS) + "".join(ZH_BIG)

EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}  # fmt: skip

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12,
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "千万": 1e7, "百万": 1e6,
    "十万": 1e5, "万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2,
}  # fmt: skip


def parse_arabic(text: str) -> float:
    """'2,500' -> 2500.0, '91.62' -> 91.62."""
    return float(text.replace(",", "").replace(" ", ""))


def parse_chinese(text: str) -> float | None:
    """Chinese numerals, '十五' -> 15, '两千' -> 2000, '三亿五千万' -> 350000000."""
    if not text:
        return None
    total = 0.0
    section = 0.0
    digit: float | None = None
    for ch in text:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch] if digit is None else digit * 10 + ZH_DIGITS[ch]
        elif ch in ZH_UNITS:
            section += (1 if digit is None else digit) * ZH_UNITS[ch]
            digit = None
        elif ch in ZH_BIG:
            section += digit or 0
            big = ZH_BIG[ch]
            if big == 1e8:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def parse_en_word(text: str) -> float | None:
    return EN_WORDS.get(text.lower())
