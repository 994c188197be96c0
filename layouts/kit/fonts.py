"""Fonts: loading TrueType faces, measuring text once, and checking coverage.

The default faces come from the ``font-source-sans-pro`` pip package, so a
fresh machine has Latin, Greek and Cyrillic without system fonts. Widths are
measured at 1 pt: at a fixed font a line's width scales linearly with the size,
so one measurement serves every trial size (``fitting.WordCache`` keeps a
word's, so it is measured once).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ...errors import Problem, StudypackError
from ...source.model import Pack
from ..options import Style
from .font_file import check_font_file
from .fractions import OPEN, fraction_width, segments
from .script_faces import LOWER, RAISE, RAISED_BASES, SCALE, SCRIPT_FORMS, base_of, script_ttfont
from .scripts import scripts_named

RAISED_FORMS = frozenset(RAISED_BASES)
"""The superscript forms: a line holding one reaches higher than the faces' ascent."""


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
    fallback: "Face | None" = None
    """The face that draws the characters this one lacks (the bundled science-notation subset), if any."""
    scale: float = 1.0
    """Size per point of the text's: below 1 for a script face (``script_faces``)."""
    rise: float = 0.0
    """Baseline shift per point of the text's size: up for superscripts, down (negative) for subscripts."""
    scripts: dict = field(default_factory=dict)
    """This face's script faces, made on first use: True → superscripts, False → subscripts."""

    def width(self, text: str) -> float:
        """Advance width of ``text`` at 1 pt, each character in the face that draws it (not kept:
        words are kept by ``fitting.WordCache``)."""
        text = visible(text)
        if not text.isascii() and OPEN in text:  # a stacked fraction: as wide as its wider part, set smaller
            return sum(self.width(part) if isinstance(part, str) else
                       fraction_width(self.width(part[0]), self.width(part[1])) for part in segments(text))
        if text.isascii() or SCRIPT_FORMS.isdisjoint(text):
            try:  # the common case: this face has every character
                return sum(map(self.ttfont.face.charWidths.__getitem__, map(ord, text))) / 1000
            except KeyError:
                pass
        return sum(face.ttfont.face.charWidths.get(ord(char), face.ttfont.face.defaultWidth or 0) * face.scale
                   for char in text for face in (self.drawing(char),)) / 1000

    def has(self, char: str) -> bool:
        """Whether this face itself (not its fallback) has a glyph for ``char``."""
        return ord(char) in self.ttfont.face.charToGlyph

    def drawing(self, char: str) -> "Face":
        """The face that draws ``char``: a superscript or subscript form, this face's script face when it has the
        base glyph; else this one, else the fallback when it has it, else this one (a box)."""
        if char in SCRIPT_FORMS and self.scale == 1.0 and base_of(char, self.has) is not None:
            return self.script_face(char in RAISED_BASES)
        if ord(char) in self.ttfont.face.charToGlyph or self.fallback is None or not self.fallback.has(char):
            return self
        return self.fallback

    def script_face(self, raised: bool) -> "Face":
        """This face drawing superscripts (``raised``) or subscripts with its own base glyphs, smaller and moved."""
        face = self.scripts.get(raised)
        if face is None:
            from reportlab.pdfbase import pdfmetrics

            ttfont = script_ttfont(self.ttfont, raised, f"{self.name}-{'sup' if raised else 'sub'}")
            pdfmetrics.registerFont(ttfont)
            face = self.scripts[raised] = replace(self, ttfont=ttfont, name=ttfont.fontName, fallback=None, scale=SCALE,
                                                  rise=RAISE if raised else LOWER, scripts={})
        return face

    def runs(self, text: str) -> list[tuple["Face", str]]:
        """``text`` cut into runs each drawn by one face, in order (one run when this face has it all)."""
        runs: list[tuple[Face, str]] = []
        for char in text:
            face = self.drawing(char)
            if runs and runs[-1][0] is face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs


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

    def reach(self, texts: Sequence[str]) -> float:
        """How high the characters of ``texts`` reach above the baseline, per point of size: the faces' ascent,
        or a little more where a superscript is raised (for a line set against the top of the printable area)."""
        ascent = self.ascent
        if any(not text.isascii() and not RAISED_FORMS.isdisjoint(text) for text in texts):
            return max(ascent, RAISE + SCALE * ascent)
        return ascent

    @property
    def descent(self) -> float:
        return max(self.regular.descent, self.bold.descent)

    def missing(self, text: str, bold: bool = False) -> set[str]:
        """Characters of ``text`` (other than spaces) that neither the regular (or bold) face nor its fallback can draw."""
        face = self.face(bold)
        return {char for char in set(text) - INVISIBLE
                if not char.isspace() and face.drawing(char) is face and not face.has(char)}


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


FALLBACK_FOLDER = Path(__file__).resolve().parent / "fallback"
"""DejaVu Sans cut down to super/subscripts, arrows, maths and Greek (tools/make_fallback_font.py; LICENSE.txt)."""


@lru_cache(maxsize=8)
def _load(regular: Path, bold: Path | None) -> Fonts:
    regular_face = _face(regular, "--font")
    regular_face.fallback = _fallback("FallbackSans.ttf")
    if bold is None:
        return Fonts(regular_face, regular_face, synthetic_bold=True)
    bold_face = _face(bold, "--font-bold")
    bold_face.fallback = _fallback("FallbackSans-Bold.ttf")
    return Fonts(regular_face, bold_face)


@lru_cache(maxsize=2)
def _fallback(file_name: str) -> Face:
    """A bundled fallback face, loaded once; registered under a name of its own, so the names of the
    faces given by --font stay as they were."""
    return _face(FALLBACK_FOLDER / file_name, "the bundled fallback font", f"studypack-{file_name.removesuffix('.ttf')}")


def _face(path: Path, flag: str, name: str | None = None) -> Face:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not _bundled_file(path):  # ours are checked once, when they are made; a user's font on every load
        check_font_file(path, flag)
    counted, name = name is None, name or f"studypack-{len(_registered) + 1}"
    try:
        ttfont = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError, TypeError) as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise StudypackError(
            Problem(f"{flag}: not a usable TrueType font ({detail}) — give a .ttf file (OpenType .otf with CFF outlines is not supported)", str(path))
        ) from None
    pdfmetrics.registerFont(ttfont)
    if counted:
        _registered.append(name)
    face = ttfont.face
    return Face(name, path, ttfont, face.ascent / 1000, -face.descent / 1000, face.name.decode("latin-1", "replace") if isinstance(face.name, bytes) else str(face.name))


_registered: list[str] = []


def _bundled_file(path: Path) -> bool:
    """Whether ``path`` is one of the fonts studypack ships or installs (Source Sans Pro, the fallback faces):
    checking every glyph of them costs a third of a second on each run and can find nothing."""
    return path.parent == FALLBACK_FOLDER or path in (_bundled("SourceSansPro"), _bundled("SourceSansProBold"))


def _named(chars: set[str] | list[str]) -> str:
    if scripts_named(chars) and len(chars) > 8:  # a whole script missing: a few letters say enough
        return " ".join(f"{char} (U+{ord(char):04X})" for char in sorted(chars)[:8]) + f" and {len(chars) - 8} more"
    return " ".join(f"{char} (U+{ord(char):04X})" for char in sorted(chars))


def _remedy(chars, flag: str, pronoun: str = "them") -> str:
    """What to pass: a font that has the characters, naming their script and a font that covers it when they
    belong to one a Latin font lacks (Arabic, Hebrew, Chinese/Japanese (Han), Korean (Hangul), Thai …)."""
    scripts = scripts_named(chars)
    if not scripts:
        return f"pass {flag} with a font that has {pronoun}"
    names = [name for name, _ in scripts]
    names = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    fonts = ", ".join(dict.fromkeys(font for _, font in scripts))
    return (f"{'it is' if len(scripts) == 1 else 'they are'} {names} text: pass {flag} with a TrueType (.ttf) font that"
            f" covers {names}, such as {fonts}")


def coverage_problem(fonts: Fonts, pack: Pack, texts_by_card: list[tuple[int, str]], bold: bool = False) -> Problem | None:
    """One problem naming the characters no regular (or bold) face has — neither the font nor the
    bundled fallback — and the cards they are on (at the first one's line), or None."""
    missing_by_char: dict[str, list[int]] = {}
    for number, text in texts_by_card:
        for char in sorted(fonts.missing(text, bold)):
            missing_by_char.setdefault(char, []).append(number)
    if not missing_by_char:
        return None
    cards = sorted({number for numbers in missing_by_char.values() for number in numbers})
    where = ", ".join(str(number) for number in cards[:12]) + (" …" if len(cards) > 12 else "")
    plural = "s" if len(cards) > 1 else ""
    line = pack.cards[cards[0] - 1].line
    if bold:
        return Problem(f"the bold font {fonts.bold.family} has no glyph for {_named(missing_by_char)} in the titles or"
                       f" key terms of card{plural} {where} — they would print as empty boxes; {_remedy(missing_by_char, '--font-bold')}",
                       pack.path, line)
    return Problem(f"the font {fonts.regular.family} has no glyph for {_named(missing_by_char)} on card{plural} {where}"
                   f" — they would print as empty boxes; {_remedy(missing_by_char, '--font')}", pack.path, line)


def check_coverage(fonts: Fonts, pack: Pack, fields: tuple[str, ...]) -> None:
    """StudypackError unless some face draws every character of the pack's text that a layout prints: for the
    regular face, the cards (titles, points and dates, by card number) and the pack's ``fields`` (title,
    subject, course, level, author); for a bold face of its own, what is set in bold (card titles, key
    terms, the pack's title). Each face draws what it lacks with the bundled fallback (super- and
    subscripts, arrows, maths, Greek); what neither has would print as empty boxes, losing text. Layouts
    word the problems alike, so a build says each once."""
    texts = [(number, " ".join((card.title, card.date or "", *(point.text for point in card.points))))
             for number, card in enumerate(pack.cards, start=1)]
    problems = [problem for problem in (coverage_problem(fonts, pack, texts),) if problem]
    for name in fields:
        missing = fonts.missing(getattr(pack, name) or "")
        if missing:
            problems.append(Problem(f"the font {fonts.regular.family} has no glyph for {_named(missing)} in the pack's"
                                    f" {name} — it would print as empty boxes; {_remedy(missing, '--font')}",
                                    pack.path, None, None, name))
    if fonts.bold is not fonts.regular:
        bold_texts = [(number, " ".join((card.title, *(text for point in card.points
                                                        for text, bold in point.runs() if bold))))
                      for number, card in enumerate(pack.cards, start=1)]
        regular_lacks = {char for _, text in texts for char in fonts.missing(text)} | fonts.missing(pack.title)
        bold_texts = [(number, "".join(char for char in text if char not in regular_lacks))  # said above already
                      for number, text in bold_texts]
        problems.extend(problem for problem in (coverage_problem(fonts, pack, bold_texts, bold=True),) if problem)
        missing = fonts.missing(pack.title, bold=True) - regular_lacks
        if missing:
            problems.append(Problem(f"the bold font {fonts.bold.family} has no glyph for {_named(missing)} in the pack's"
                                    f" title — it would print as empty boxes; {_remedy(missing, '--font-bold')}",
                                    pack.path, None, None, "title"))
    if problems:
        raise StudypackError(problems)
