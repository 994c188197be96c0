"""Superscript and subscript characters set as the face's own glyphs, smaller and raised or lowered.

A face's designed ² or ₄ (where it has one) sits at full size beside a ⁺ or ₍ drawn
by the fallback face, in another design; and a reader of the PDF sees neither as
smaller nor raised. So every superscript and subscript form is drawn instead
with its base glyph (² with 2, ⁻ with −) at SCALE of the size, moved up by RAISE
or down by LOWER: a copy of the face whose character map sends each form to its
base's glyph does it, so the text layer still holds the form itself (x², Na⁺,
H₂O copy and search as typed). The copy is made on first use: packs without
scripts never pay for it.
"""
from __future__ import annotations

import io
from pathlib import Path

from ...source._scripts import SUBSCRIPT, SUPERSCRIPT

SCALE = 0.7
"""A script's size per point of the text's, as in LaTeX's script style."""
RAISE = 0.33
"""How far a superscript's baseline is raised, per point of the text's size."""
LOWER = -0.15
"""How far a subscript's baseline is lowered (negative: down), per point of the text's size."""

_PREFERRED_BASE = {"-": "\u2212"}
"""⁻ and ₋ are the forms of both - and −: the minus sign is drawn, where the face has it."""


def _bases(forms: dict[str, str]) -> dict[str, tuple[str, ...]]:
    bases: dict[str, list[str]] = {}
    for base, form in forms.items():
        bases.setdefault(form, []).append(base)
    return {form: tuple(sorted(options, key=lambda base: base not in _PREFERRED_BASE.values()))
            for form, options in bases.items()}


RAISED_BASES = _bases(SUPERSCRIPT)
"""Each superscript form, to the characters it is a form of (the preferred first)."""
LOWERED_BASES = _bases(SUBSCRIPT)
"""Each subscript form, to the characters it is a form of."""
SCRIPT_FORMS = frozenset(RAISED_BASES) | frozenset(LOWERED_BASES)
"""Every character drawn as a script."""


def base_of(form: str, has) -> str | None:
    """The character whose glyph draws ``form``, among those ``has`` (a face's test) says it has; None if none."""
    for base in RAISED_BASES.get(form) or LOWERED_BASES.get(form) or ():
        if has(base):
            return base
    return None


def script_font_bytes(path: Path, raised: bool) -> bytes:
    """The font file at ``path`` with each superscript (``raised``) or subscript form mapped to its base's glyph."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), lazy=False)
    forms = RAISED_BASES if raised else LOWERED_BASES
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for form, bases in forms.items():
            base = next((base for base in bases if ord(base) in table.cmap), None)
            if base is not None:
                table.cmap[ord(form)] = table.cmap[ord(base)]
    suffix = "Sup" if raised else "Sub"
    names = font["name"]
    postscript = names.getDebugName(6) or "Font"
    names.setName(f"{postscript[:58]}-{suffix}", 6, 3, 1, 0x409)  # a PDF names each font by it: two alike clash
    for record in [record for record in names.names if record.nameID == 6 and record.platformID != 3]:
        names.names.remove(record)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
