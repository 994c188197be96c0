"""Fonts: loading TrueType faces, measuring text once, and checking coverage.

The default faces come from the ``font-source-sans-pro`` pip package, so a
fresh machine has Latin, Greek and Cyrillic without system fonts. Widths are
measured at 1 pt: at a fixed font a line's width scales linearly with the size,
so one measurement serves every trial size (``fitting.WordCache`` keeps a
word's, so it is measured once).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import Problem, StudypackError
from ...source.model import Pack
from ..options import Style
from .font_file import check_font_file


@dataclass(eq=False)
class Face:
    """One TrueType face, registered with reportlab."""

    name: str
    """The name it is registered under with reportlab."""
    path: Path
    """The font file."""
    ttfont: object
    """reportlab's TTFont."""
    ascent: float
    """Height above the baseline of the glyph box, per point of size."""
    descent: float
    """Depth below the baseline of the glyph box, per point of size (positive)."""
    family: str
    """The font's own name, for messages."""

    def width(self, text: str) -> float:
        """Advance width of ``text`` at 1 pt (not kept: words are kept by ``fitting.WordCache``)."""
        widths = self.ttfont.face.charWidths
        default = self.ttfont.face.defaultWidth or 0
        return sum(widths.get(ord(char), default) for char in visible(text)) / 1000

    def has(self, char: str) -> bool:
        return ord(char) in self.ttfont.face.charToGlyph


@dataclass(frozen=True, eq=False)
class Fonts:
    """The faces a document uses: regular text, and bold for titles and key terms."""

    regular: Face
    """Body text."""
    bold: Face
    """Titles and key terms."""
    synthetic_bold: bool = False
    """True when no bold file was given: bold is drawn by stroking the regular face."""

    def face(self, bold: bool) -> Face:
        return self.bold if bold else self.regular

    def width(self, text: str, bold: bool = False) -> float:
        """Advance width of ``text`` at 1 pt in the regular or bold face."""
        return (self.bold if bold else self.regular).width(text)

    @property
    def ascent(self) -> float:
        return max(self.regular.ascent, self.bold.ascent)

    @property
    def descent(self) -> float:
        return max(self.regular.descent, self.bold.descent)

    def missing(self, text: str, bold: bool = False) -> set[str]:
        """Characters of ``text`` (other than spaces) that the regular (or bold) face cannot draw."""
        charmap = self.face(bold).ttfont.face.charToGlyph
        return {char for char in set(text) - INVISIBLE if ord(char) not in charmap and not char.isspace()}


INVISIBLE = frozenset(map(chr, (*range(0x200B, 0x2010), 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A))))
"""Zero-width spaces and joiners, direction marks, embeddings and isolates, the word joiner and the
byte-order mark: they have no ink, most fonts have no glyph for them (they would print as boxes) and
without bidi reordering they do nothing, so they are dropped before text is measured or drawn."""
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def visible(text: str) -> str:
    """``text`` without the INVISIBLE characters (every text measured or drawn passes through here)."""
    return text if text.isascii() else text.translate(_DROP_INVISIBLE)


def _bundled(style_name: str) -> Path:
    import font_source_sans_pro

    return Path(font_source_sans_pro.font_files_ttf[style_name])


def fonts_for(style: Style) -> Fonts:
    """The fonts a layout draws with, per ``--font``/``--font-bold`` or the bundled defaults."""
    if style.font is None and style.font_bold is None:
        return _load(_bundled("SourceSansPro"), _bundled("SourceSansProBold"))
    regular = style.font or _bundled("SourceSansPro")
    return _load(regular, style.font_bold)


@lru_cache(maxsize=8)
def _load(regular: Path, bold: Path | None) -> Fonts:
    regular_face = _face(regular, "--font")
    if bold is None:
        return Fonts(regular_face, regular_face, synthetic_bold=True)
    return Fonts(regular_face, _face(bold, "--font-bold"))


def _face(path: Path, flag: str) -> Face:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    check_font_file(path, flag)
    name = f"studypack-{len(_registered) + 1}"
    try:
        ttfont = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError, TypeError) as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise StudypackError(
            Problem(f"{flag}: not a usable TrueType font ({detail}) — give a .ttf file (OpenType .otf with CFF outlines is not supported)", str(path))
        ) from None
    pdfmetrics.registerFont(ttfont)
    _registered.append(name)
    face = ttfont.face
    return Face(name, path, ttfont, face.ascent / 1000, -face.descent / 1000, face.name.decode("latin-1", "replace") if isinstance(face.name, bytes) else str(face.name))


_registered: list[str] = []


def coverage_warning(fonts: Fonts, texts_by_card: list[tuple[int, str]], bold: bool = False) -> str | None:
    """One warning naming the characters the regular (or bold) face lacks and the cards they are on, or None."""
    missing_by_char: dict[str, list[int]] = {}
    for number, text in texts_by_card:
        for char in sorted(fonts.missing(text, bold)):
            missing_by_char.setdefault(char, []).append(number)
    if not missing_by_char:
        return None
    chars = " ".join(f"{char} (U+{ord(char):04X})" for char in sorted(missing_by_char))
    cards = sorted({number for numbers in missing_by_char.values() for number in numbers})
    where = ", ".join(str(number) for number in cards[:12]) + (" …" if len(cards) > 12 else "")
    plural = "s" if len(cards) > 1 else ""
    if bold:
        return (f"the bold font {fonts.bold.family} has no glyph for {chars} in the titles or key terms of card{plural}"
                f" {where} — they would print as empty boxes; pass --font-bold with a font that has them")
    return (f"the font {fonts.regular.family} has no glyph for {chars} on card{plural} {where}"
            " — they would print as empty boxes; pass --font with a font that has them")


def pack_coverage(fonts: Fonts, pack: Pack, fields: tuple[str, ...]) -> tuple[str, ...]:
    """Warnings naming every character a face lacks in the pack's text: for the regular face, one for
    the cards (titles, points and dates, by card number) and one for each of the pack's ``fields``
    (title, subject, course, level, author) that a layout prints; for a bold face of its own, one for
    what is set in bold (card titles, key terms, the pack's title). Layouts word them alike, so a
    build says each once."""
    texts = [(number, " ".join((card.title, card.date or "", *(point.text for point in card.points))))
             for number, card in enumerate(pack.cards, start=1)]
    warnings = [warning for warning in (coverage_warning(fonts, texts),) if warning]
    for name in fields:
        missing = sorted(fonts.missing(getattr(pack, name) or ""))
        if missing:
            chars = " ".join(f"{char} (U+{ord(char):04X})" for char in missing)
            warnings.append(f"the font {fonts.regular.family} has no glyph for {chars} in the pack's {name}"
                            " — it would print as empty boxes; pass --font with a font that has them")
    if fonts.bold is not fonts.regular:
        bold_texts = [(number, " ".join((card.title, *(text for point in card.points
                                                        for text, bold in point.runs() if bold))))
                      for number, card in enumerate(pack.cards, start=1)]
        regular_lacks = {char for _, text in texts for char in fonts.missing(text)} | fonts.missing(pack.title)
        bold_texts = [(number, "".join(char for char in text if char not in regular_lacks))  # said above already
                      for number, text in bold_texts]
        warning = coverage_warning(fonts, bold_texts, bold=True)
        warnings.extend([warning] if warning else [])
        missing = sorted(fonts.missing(pack.title, bold=True) - regular_lacks)
        if missing:
            chars = " ".join(f"{char} (U+{ord(char):04X})" for char in missing)
            warnings.append(f"the bold font {fonts.bold.family} has no glyph for {chars} in the pack's title"
                            " — it would print as empty boxes; pass --font-bold with a font that has them")
    return tuple(warnings)
