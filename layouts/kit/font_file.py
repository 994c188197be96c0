"""Checking a font file before reportlab reads it.

reportlab trusts the file: a truncated one fails halfway through drawing, and
a character map claiming billions of characters makes it allocate until memory
runs out. So a file is first bounded in size, its character-map ranges checked
by hand (before anything expands them), and its tables and every glyph parsed
with fontTools; what fails is one StudypackError naming the file and the option.
"""
from __future__ import annotations

import struct
from pathlib import Path

from ...errors import Problem, StudypackError

MAX_FONT_BYTES = 50 * 1024 * 1024
"""The largest font file read: the biggest CJK fonts are about 20 MB."""
LAST_CODE_POINT = 0x10FFFF
"""No character map may reach past Unicode's last code point."""
REQUIRED_TABLES = ("head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf")
"""What reportlab reads of a TrueType font (``post`` and ``name`` are optional to it)."""


def check_font_file(path: Path, option: str) -> None:
    """Raise StudypackError unless ``path`` is a TrueType font reportlab can read without harm."""
    if not path.is_file():
        raise StudypackError(Problem(f"{option}: no font file at {path} — check the path", str(path)))
    problem = _why_unusable(path)
    if problem is not None:
        raise StudypackError(Problem(
            f"{option}: not a usable TrueType font ({problem}) — give a TrueType .ttf file that opens in a font"
            f" viewer (as {option} or the pack's print: {option.removeprefix('--')}:), or leave it out to use the"
            " bundled Source Sans Pro", str(path)))


def _why_unusable(path: Path) -> str | None:
    size = path.stat().st_size
    if size > MAX_FONT_BYTES:
        return f"the file is {size / 1024 / 1024:.0f} MB, more than any font needs ({MAX_FONT_BYTES // 1024 // 1024} MB)"
    with path.open("rb") as stream:
        data = stream.read(MAX_FONT_BYTES + 1)
    if len(data) < 12:
        return "the file is too short to be a font"
    if data[:4] == b"OTTO":
        return "it is an OpenType font with CFF outlines, which reportlab cannot embed"
    if data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        return "it is not a TrueType font (it does not start like one)"
    try:
        tables = _table_directory(data)
        missing = [tag for tag in REQUIRED_TABLES if tag not in tables]
        if missing:
            return f"it has no {', '.join(missing)} table{'s' if len(missing) > 1 else ''}"
        problem = _cmap_problem(data, *tables["cmap"])
        return problem or _parse_problem(data)
    except (struct.error, IndexError, ValueError):
        return "it is truncated or damaged (its table directory cannot be read)"


def _table_directory(data: bytes) -> dict[str, tuple[int, int]]:
    """Each table's (offset, length), each checked to lie inside the file."""
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * index)
        if offset + length > len(data):
            raise ValueError("a table runs past the end of the file")
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _cmap_problem(data: bytes, offset: int, length: int) -> str | None:
    """Why the character map would make a reader expand too much (format 12/13 ranges), or None."""
    cmap = data[offset:offset + length]
    (count,) = struct.unpack_from(">H", cmap, 2)
    for index in range(count):
        _, _, start = struct.unpack_from(">HHL", cmap, 4 + 8 * index)
        (form,) = struct.unpack_from(">H", cmap, start)
        if form not in (12, 13):
            continue
        (groups,) = struct.unpack_from(">L", cmap, start + 12)
        if start + 16 + 12 * groups > len(cmap):
            return "its character map (cmap) is truncated"
        for group in range(groups):
            first, last, _ = struct.unpack_from(">LLL", cmap, start + 16 + 12 * group)
            if first > last or last > LAST_CODE_POINT:
                return f"its character map (cmap) claims characters up to {last:#x}, past Unicode's last"
    return None


def _parse_problem(data: bytes) -> str | None:
    """Parse every table reportlab reads, and every glyph, with fontTools; what fails, or None."""
    import io

    from fontTools.ttLib import TTFont

    try:
        font = TTFont(io.BytesIO(data), lazy=True)
        for tag in REQUIRED_TABLES:
            font[tag]
        order = font.getGlyphOrder()
        known = set(order)
        glyphs = font["glyf"]
        for name in order:
            glyph = glyphs[name]
            if glyph.isComposite():
                stray = next((part.glyphName for part in glyph.components if part.glyphName not in known
                              or part.glyphName == name), None)
                if stray is not None:
                    return f"its glyph {name} is built from a glyph that does not exist or is itself"
    except Exception as error:  # noqa: BLE001 — a damaged file makes fontTools fail in any way it can
        detail = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        return f"it is truncated or damaged ({detail})"
    return None
