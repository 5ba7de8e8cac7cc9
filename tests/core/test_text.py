"""Language detection and the normalised content hash used for duplicates."""

from rareearth_desk.core.text import content_hash, detect_lang, normalise


def test_detect_lang() -> None:
    assert detect_lang("中国控制着全球90%以上的稀土加工产能。") == "zh"
    assert detect_lang("Lynas said rare earth prices rose.") == "en"
    assert detect_lang("中国稀土 Lynas MP Materials said rare earth prices") == "mixed"
    assert detect_lang("") == "en"
    assert detect_lang("𠀀𠀁𠀂 稀土") == "zh"


def test_hash_ignores_spacing_width_and_case() -> None:
    a = "稀土 出口管制, Rare Earths"
    b = "稀土出口管制，rare  earths"
    assert normalise(a) == normalise(b)
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash("稀土出口管制, rare earth")
