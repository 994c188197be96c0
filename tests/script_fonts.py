"""Fonts for the script tests, from pip packages in the test extras (never a path only one machine has).

Noto Sans Arabic and Hebrew come as TrueType and are used as installed. Noto Sans JP comes as
OpenType with CFF outlines, which reportlab cannot read: the characters a test needs are cut out
with fontTools and their outlines converted to TrueType quadratics, into the test's own folder.
A test whose package is missing is skipped, saying which package to install.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest


def _package(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        pytest.skip(f"the font package {name.replace('_', '-')} is not installed — pip install -e '.[test]'")


def arabic_font() -> Path:
    """Noto Sans Arabic (TrueType), as the pylopdf-fonts-ar package installed it."""
    return Path(_package("pylopdf_fonts_ar").sans_path())


def hebrew_font() -> Path:
    """Noto Sans Hebrew (TrueType), as the pylopdf-fonts-he package installed it."""
    return Path(_package("pylopdf_fonts_he").sans_path())


def japanese_font(folder: Path, text: str) -> Path:
    """Noto Sans JP cut down to the characters of ``text`` (and ASCII) and converted to TrueType, in ``folder``."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    source = Path(_package("pylopdf_fonts_jp").sans_path())
    font = TTFont(source)
    options = subset.Options()
    options.layout_features, options.notdef_outline, options.hinting = [], True, False
    cutter = subset.Subsetter(options)
    cutter.populate(text="".join(sorted(set(text) | set(map(chr, range(0x20, 0x7F))))))
    cutter.subset(font)
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = font.getGlyphOrder(), glyphs
    font["loca"] = newTable("loca")
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = folder / "NotoSansJP-subset.ttf"
    font.save(path)
    return path
