"""Writing systems: which way a text runs, Arabic joining, where CJK lines may break, and script names.

Pure functions over text, used by fitting (shaping and break units, before
anything is measured), by the document (right-to-left lines) and by font
checks (naming the script a font lacks). Text that is ASCII never gets past
the first test, so Latin packs pay nothing for any of this.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

RIGHT_TO_LEFT_LANGUAGES = frozenset({"he", "ar", "fa", "ur", "yi", "ps", "sd", "ug", "dv"})
"""Languages written right to left: a pack whose ``lang:`` is one of them is set right-aligned."""

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
"""Letters that join (Arabic, Persian, Urdu): shaped into their positional forms before measuring."""
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Hebrew, Arabic and their presentation forms: a line with one of them goes through the bidi algorithm."""

_BREAKS_BETWEEN_CHARACTERS = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
"""Han, kana, Hangul and their punctuation and full-width forms: a line may end between any two of them."""

NO_LINE_START = frozenset(
    "、。，．・：；？！‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー‐゠–〜～…‥）］｝〕〉》」』】〙〗〟’”｠»"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ",.:;?!)]}%‰℃°′″")
"""Kinsoku: characters no line may start with (closing brackets and quotes, stops and commas, small kana,
the prolonged sound mark, iteration marks), full-width and ASCII alike."""
NO_LINE_END = frozenset("（［｛〔〈《「『【〘〖〝‘“｟«([{¥$£€#＄￥")
"""Kinsoku: characters no line may end with (opening brackets and quotes, currency signs before a number)."""


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` has a Hebrew or Arabic character, so its lines need reordering for display."""
    return not text.isascii() and _RIGHT_TO_LEFT.search(text) is not None


def shaped(text: str) -> str:
    """``text`` with Arabic letters in the positional forms that join them (initial, medial, final, and the
    lam-alef ligature), in logical order still; other text is returned as it is. The fonts map those forms,
    so the joined letters are measured and drawn as they print, and the document's text layer reads each
    back as its letter."""
    if text.isascii() or _ARABIC.search(text) is None:
        return text
    return _reshape(text)


@lru_cache(maxsize=4096)
def _reshape(text: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def breaks_between_characters(text: str) -> bool:
    """Whether ``text`` has Chinese, Japanese or Korean characters, between which a line may end."""
    return not text.isascii() and _BREAKS_BETWEEN_CHARACTERS.search(text) is not None


def break_units(text: str) -> list[str]:
    """``text`` (one space-free word) cut where a line may end: between two characters when either is
    Chinese, Japanese or Korean, except before a character no line starts with (``。``, ``」``, small kana)
    and after one no line ends with (``「``, ``（``); a run of Latin letters or digits inside stays whole."""
    units: list[str] = []
    start = 0
    for index in range(1, len(text)):
        before, after = text[index - 1], text[index]
        if not (_BREAKS_BETWEEN_CHARACTERS.match(before) or _BREAKS_BETWEEN_CHARACTERS.match(after)):
            continue
        if after in NO_LINE_START or before in NO_LINE_END:
            continue
        units.append(text[start:index])
        start = index
    units.append(text[start:])
    return units


def right_to_left_share(texts: Iterable[str]) -> float:
    """The share of the letters of ``texts`` that are Hebrew or Arabic (0 when there are no letters)."""
    letters = rtl = 0
    for text in texts:
        if text.isascii():
            letters += sum(map(str.isalpha, text))
            continue
        for char in text:
            if char.isalpha():
                letters += 1
                rtl += _RIGHT_TO_LEFT.match(char) is not None
    return rtl / letters if letters else 0.0


def is_right_to_left(texts: Iterable[str], lang: str | None) -> bool:
    """Whether a pack reads right to left: its ``lang:`` is a right-to-left language, or most of its letters are
    Hebrew or Arabic. Such a pack's text is aligned to the right."""
    if lang and lang.split("-")[0].split("_")[0].lower() in RIGHT_TO_LEFT_LANGUAGES:
        return True
    return right_to_left_share(texts) > 0.5


_SCRIPTS = (  # (first, last, name, an example font that has it)
    (0x0590, 0x05FF, "Hebrew", "Noto Sans Hebrew"),
    (0xFB1D, 0xFB4F, "Hebrew", "Noto Sans Hebrew"),
    (0x0600, 0x08FF, "Arabic", "Noto Sans Arabic"),
    (0xFB50, 0xFDFF, "Arabic", "Noto Sans Arabic"),
    (0xFE70, 0xFEFF, "Arabic", "Noto Sans Arabic"),
    (0x0700, 0x074F, "Syriac", "Noto Sans Syriac"),
    (0x0780, 0x07BF, "Thaana", "Noto Sans Thaana"),
    (0x0900, 0x097F, "Devanagari", "Noto Sans Devanagari"),
    (0x0980, 0x09FF, "Bengali", "Noto Sans Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi", "Noto Sans Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati", "Noto Sans Gujarati"),
    (0x0B80, 0x0BFF, "Tamil", "Noto Sans Tamil"),
    (0x0C00, 0x0C7F, "Telugu", "Noto Sans Telugu"),
    (0x0C80, 0x0CFF, "Kannada", "Noto Sans Kannada"),
    (0x0D00, 0x0D7F, "Malayalam", "Noto Sans Malayalam"),
    (0x0E00, 0x0E7F, "Thai", "Noto Sans Thai"),
    (0x0E80, 0x0EFF, "Lao", "Noto Sans Lao"),
    (0x0F00, 0x0FFF, "Tibetan", "Noto Sans Tibetan"),
    (0x1000, 0x109F, "Myanmar", "Noto Sans Myanmar"),
    (0x10A0, 0x10FF, "Georgian", "Noto Sans Georgian"),
    (0x0530, 0x058F, "Armenian", "Noto Sans Armenian"),
    (0x1200, 0x139F, "Ethiopic", "Noto Sans Ethiopic"),
    (0x1780, 0x17FF, "Khmer", "Noto Sans Khmer"),
    (0x1100, 0x11FF, "Korean (Hangul)", "Noto Sans KR"),
    (0x3130, 0x318F, "Korean (Hangul)", "Noto Sans KR"),
    (0xA960, 0xA97F, "Korean (Hangul)", "Noto Sans KR"),
    (0xAC00, 0xD7FF, "Korean (Hangul)", "Noto Sans KR"),
    (0x3040, 0x309F, "Japanese (Hiragana)", "Noto Sans JP"),
    (0x30A0, 0x30FF, "Japanese (Katakana)", "Noto Sans JP"),
    (0x31F0, 0x31FF, "Japanese (Katakana)", "Noto Sans JP"),
    (0x3100, 0x312F, "Chinese (Bopomofo)", "Noto Sans TC"),
    (0x2E80, 0x2FDF, "Chinese/Japanese (Han)", "Noto Sans SC or Noto Sans JP"),
    (0x3000, 0x303F, "Chinese/Japanese/Korean punctuation", "Noto Sans SC or Noto Sans JP"),
    (0x3400, 0x4DBF, "Chinese/Japanese (Han)", "Noto Sans SC or Noto Sans JP"),
    (0x4E00, 0x9FFF, "Chinese/Japanese (Han)", "Noto Sans SC or Noto Sans JP"),
    (0xF900, 0xFAFF, "Chinese/Japanese (Han)", "Noto Sans SC or Noto Sans JP"),
    (0xFF00, 0xFFEF, "full-width forms (Chinese/Japanese/Korean)", "Noto Sans SC or Noto Sans JP"),
    (0x20000, 0x3FFFF, "Chinese/Japanese (Han)", "Noto Sans SC or Noto Sans JP"),
)


def script_of(char: str) -> tuple[str, str] | None:
    """The writing system ``char`` belongs to and an example of a font that has it, for a script a Latin
    font usually lacks; None for Latin, Greek, Cyrillic, symbols and the like (they are named by character)."""
    code = ord(char)
    for first, last, name, font in _SCRIPTS:
        if first <= code <= last:
            return name, font
    return None


def scripts_named(chars: Iterable[str]) -> list[tuple[str, str]]:
    """The distinct (script, example font) of ``chars``, in the order of their first character."""
    found: dict[str, str] = {}
    for char in sorted(chars):
        script = script_of(char)
        if script is not None:
            found.setdefault(script[0], script[1])
    return list(found.items())



def pack_reads_right_to_left(pack) -> bool:
    """``is_right_to_left`` for a pack's title and cards."""
    texts = [pack.title, *(text for card in pack.cards for text in (card.title, *(point.text for point in card.points)))]
    return is_right_to_left(texts, pack.lang)
