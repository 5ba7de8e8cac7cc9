"""Reading raw files safely: size limits, binary sniffing, text encodings, zip checks.

Encodings, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a
mark when the NUL bytes say so; strict UTF-8; GB18030 (a superset of GBK and GB2312)
or Big5, chosen by how plausible the decoded Chinese is (charset-normalizer is unsure
on short texts, so common-character sets decide first); then charset-normalizer for the
rest. Anything else is refused with a reason instead of being imported as mojibake.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from functools import cache
from pathlib import Path

from rareearth_desk.io.importers.base import (
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_UNCOMPRESSED,
    ZIP_RATIO_FLOOR,
    ReadError,
    size_text,
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·￥％　,.;:?!\"'()[]-")
# Codecs charset-normalizer may pick that we accept; others are refused as undecodable.
_ACCEPTED_GUESSES = ("utf_16", "utf_32", "gb18030", "gbk", "gb2312", "big5", "cp950", "big5hkscs")
_WESTERN_GUESSES = ("cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman")


def check_size(path: Path, limit: int, kind: str) -> None:
    """Refuse a missing, empty or oversized file before reading it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None
    if size == 0:
        raise ReadError("empty file")
    if size > limit:
        raise ReadError(f"file is {size_text(size)}, over the {size_text(limit)} limit for {kind}")


def read_bytes(path: Path, limit: int, kind: str) -> bytes:
    """The file's bytes, refusing a missing, unreadable, empty or oversized file."""
    check_size(path, limit, kind)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None
    if not data:
        raise ReadError("empty file")
    return data


def decode(data: bytes) -> str:
    """Text of a file's bytes in whichever supported encoding it uses (see module doc)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    sample = data[:_SAMPLE]
    has_nul = b"\x00" in sample
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if has_nul or controls > max(2, len(sample) // 50):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        what = "NUL bytes" if has_nul else "control characters"
        raise ReadError(f"binary file, not text (it contains {what})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    chinese = _best_chinese(data)
    if chinese is not None:
        return chinese
    if _mostly_utf8(data):
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise ReadError(f"invalid UTF-8 bytes on line {line} (byte {utf8_error.start})", line)
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise ReadError("undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"undecodable bytes for {encoding.upper()} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: ASCII-heavy (NUL pattern) or plausible Chinese."""
    if len(data) % 2 or len(data) < 4:
        return None
    has_nul = b"\x00" in data[:_SAMPLE]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            whole = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = whole[: _SAMPLE // 2]
        if any(ord(c) in _CONTROL for c in text) or "\ufffd" in text:
            continue
        ascii_share = sum(1 for c in text if ord(c) < 128) / len(text)
        if ascii_share > 0.5 and has_nul:
            return whole
        if len(_CJK.findall(text)) >= 2 and plausibility(text) >= 0.85:
            return whole
    return None


# Very frequent characters, simplified and traditional: they break ties on short texts.
_FREQUENT = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下"
    "自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部"
    "其些主样理心本前开但因只从想实日军者意无力与长把机十民第公此已工使情明性知全三又关点"
    "正业外将两高间由问很最重并物手应战向头文体政美相见被利二等产或新制身果加西月合回特代"
    "内信表化给世位次度门任常先海通教原东声提立及比员解水名真论处走义各入口认条平系气题活"
    "更别打变四总何电数安少报才结反受目量再感建务做接必场件计管期市直资命山金指克许统区保"
    "至形社便空决治展马科司五基非则强即难且权思完设式路记南品告类求据程北边该交规万取格望"
    "术领共确传观清今切让识带导争运步改收根干造言联持组每济车亲极服快办议往元英证近转令准"
    "布始存未远单影具罗字击流备连调深商算质团集百需价花党华城石级整府离况亚请技际约示复究"
    "稀矿供链口税协美澳俄日欧盟企公司市场出口管制加工精炼磁铁钕镝铽"
    "這個們來為國說時會對於著過發後裡經麼學現當沒動還進間問關點業將兩應戰頭體實軍無與長機"
    "開從樣見產親議讓區門電話給東聲資時場稱據貿鏈稀礦價錢億萬歐盟俄協產業鏈進"
)


@cache
def _common_chinese() -> frozenset[str]:
    """All GB2312 characters (6763 simplified) and Big5 level 1 (5401 traditional).

    A GB18030 text read as Big5 lands mostly outside Big5 level 1, and a Big5 text read
    as GB18030 lands on kana, symbols and private-use characters, so the share of these
    characters tells the two apart.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation."""
    common = _common_chinese()
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return 1.0
    good = sum(1 for c in wide if c in common or c in _PUNCT)
    return good / len(wide)


def _frequent_share(text: str) -> float:
    cjk = _CJK.findall(text)
    return sum(1 for c in cjk if c in _FREQUENT) / len(cjk) if cjk else 0.0


def _best_chinese(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CJK.findall(text[:_SAMPLE])) < 2:
            continue
        plausible = plausibility(text[:_SAMPLE])
        if plausible < 0.85:
            continue
        score = plausible + 0.2 * _frequent_share(text[:_SAMPLE])
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None:
        return best[1]
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 text with a few bad bytes (not another encoding)."""
    text = data[:_SAMPLE].decode("utf-8", errors="replace")
    wide = sum(1 for c in text if ord(c) > 127)
    bad = text.count("\ufffd")
    return wide - bad >= 2 and bad <= max(2, (wide - bad) // 10)


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[: 4 * _SAMPLE]).best()
    if match is None:
        return None
    encoding = match.encoding.lower()
    if encoding.startswith(_WESTERN_GUESSES):
        # only Western text with scattered accented letters; Chinese bytes come in runs
        sample = data[:_SAMPLE]
        high = [i for i, b in enumerate(sample) if b > 127]
        runs = sum(1 for i in high if i + 1 < len(sample) and sample[i + 1] > 127)
        if runs > len(high) // 4:
            return None
        for candidate in ("cp1252", encoding):
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
        return None
    if not encoding.startswith(_ACCEPTED_GUESSES):
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def check_zip(path: Path) -> None:
    """Refuse a damaged zip container or a zip bomb, from its directory alone."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ReadError("damaged or truncated file (not a readable zip container)") from None
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReadError(f"suspicious file: {len(members)} parts inside (limit {MAX_ZIP_MEMBERS})")
    total = sum(m.file_size for m in members)
    if total > MAX_ZIP_UNCOMPRESSED:
        raise ReadError(
            f"suspicious file: unpacks to {size_text(total)}, over the "
            f"{size_text(MAX_ZIP_UNCOMPRESSED)} limit (zip bomb?)"
        )
    for m in members:
        if m.file_size > ZIP_RATIO_FLOOR and m.file_size > MAX_ZIP_RATIO * max(1, m.compress_size):
            raise ReadError(
                f"suspicious file: part {m.filename} is compressed "
                f"{m.file_size // max(1, m.compress_size)}:1 (zip bomb?)"
            )
