"""Remake the bundled fallback faces (layouts/kit/fallback/): DejaVu Sans cut down to science notation.

Source Sans Pro, the default face, lacks most super- and subscripts, arrows and maths signs; the kit
draws each character it lacks with these faces instead. Only the ranges below are kept, so the
files stay small (tens of KB). DejaVu's licence (Bitstream Vera, with public-domain DejaVu changes)
lets a modified font be shipped under a name without "Bitstream" or "Vera": the subset is renamed.

    python tools/make_fallback_font.py [DEJAVU_FOLDER]   # default /usr/share/fonts/truetype/dejavu
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

RANGES = (
    (0x00A0, 0x00FF),  # Latin-1 signs: ± × ÷ ° µ · ½ ¼ ¾ ¹ ² ³
    (0x0300, 0x036F),  # combining marks: x̄ (U+0304) and the rest
    (0x0370, 0x03FF),  # Greek
    (0x1F00, 0x1FFF),  # Greek with accents
    (0x2010, 0x205E),  # punctuation: ′ ″ ‴ and dashes
    (0x2070, 0x209F),  # superscripts and subscripts: ⁰–⁹ ⁺ ⁻ ⁼ ⁽ ⁾ ⁿ, ₀–₉ ₊ ₋ ₌ ₍ ₎ and letter forms
    (0x20D0, 0x20FF),  # combining marks for symbols: the vector arrow (U+20D7)
    (0x2100, 0x214F),  # letterlike symbols: ℃ ℓ Ω Å
    (0x2150, 0x218F),  # number forms: ⅓ ⅔ ⅛
    (0x2190, 0x21FF),  # arrows: → ← ↔ ⇌ ⇒ ↑ ↓
    (0x2200, 0x22FF),  # mathematical operators: ≤ ≥ ≠ ≈ ∞ √ ∑ ∫ ∂ ∆ ∝ ∇
    (0x2300, 0x23FF),  # technical: ⌀ and brackets
    (0x25A0, 0x25FF),  # geometric shapes: ○ △ □
    (0x1D00, 0x1DBF),  # phonetic extensions: the remaining superscript letters (ᵃ ᵇ ᵢ …)
    (0x2605, 0x2606),  # stars: ★ ☆
    (0x2610, 0x2612),  # ballot boxes: ☐ ☑ ☒
    (0x2640, 0x2642),  # ♀ ♂ (genetics)
    (0x26A0, 0x26A0),  # ⚠
    (0x2713, 0x2718),  # ticks and crosses: ✓ ✔ ✕ ✖ ✗ ✘
)
FACES = {"DejaVuSans.ttf": "FallbackSans.ttf", "DejaVuSans-Bold.ttf": "FallbackSans-Bold.ttf"}
FAMILY = "Studypack Fallback Sans"
OUT = Path(__file__).resolve().parent.parent / "layouts" / "kit" / "fallback"


def make(source: Path, target: Path, bold: bool) -> None:
    """Subset ``source`` to RANGES, rename it, and write it to ``target`` without timestamps that change."""
    options = subset.Options()
    options.layout_features = []  # reportlab draws glyph by glyph: no shaping tables needed
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    options.hinting = False  # printed at 300 dpi and up: hints only add bytes
    options.recalc_timestamp = False
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for first, last in RANGES for code in range(first, last + 1)])
    subsetter.subset(font)
    style = "Bold" if bold else "Regular"
    names = font["name"]
    for record_id, value in ((1, FAMILY), (2, style), (3, f"{FAMILY} {style}; subset of DejaVu Sans"),
                             (4, f"{FAMILY} {style}"), (6, f"StudypackFallbackSans-{style}")):
        names.setName(value, record_id, 3, 1, 0x409)
        names.setName(value, record_id, 1, 0, 0)
    font.save(str(target))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/truetype/dejavu")
    OUT.mkdir(parents=True, exist_ok=True)
    for source, target in FACES.items():
        make(folder / source, OUT / target, bold="Bold" in source)
        print(f"{OUT / target}: {(OUT / target).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
