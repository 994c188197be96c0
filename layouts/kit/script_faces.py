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

import copy

from ...source._scripts import DRAWN_FORMS, SUBSCRIPT, SUPERSCRIPT

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


def script_ttfont(ttfont, raised: bool, name: str):
    """A copy of reportlab's ``ttfont``, named ``name``, that draws each superscript (``raised``) or
    subscript form with its base's glyph. The parsed font is shared, only the character map and widths are
    the copy's own, so making one costs next to nothing; its PostScript name gets -Sup or -Sub, as a PDF
    names each embedded font by it and two alike would clash."""
    from weakref import WeakKeyDictionary

    face = copy.copy(ttfont.face)
    face.charToGlyph, face.charWidths = dict(face.charToGlyph), dict(face.charWidths)
    for form in RAISED_BASES if raised else LOWERED_BASES:
        base = base_of(form, lambda char: ord(char) in face.charToGlyph)
        if base is not None:
            face.charToGlyph[ord(form)] = face.charToGlyph[ord(base)]
            face.charWidths[ord(form)] = face.charWidths.get(ord(base), face.defaultWidth)
    suffix = b"-Sup" if raised else b"-Sub"
    face.name = (face.name if isinstance(face.name, bytes) else str(face.name).encode("latin-1", "replace")) + suffix
    script = copy.copy(ttfont)
    script.fontName, script.face, script.state = name, face, WeakKeyDictionary()
    _copied_as_letters(script)
    return script


def _copied_as_letters(script) -> None:
    """Make the PDF's text layer give each of our own script forms (``DRAWN_FORMS``) as its letter: the R_f a
    reader copies is "Rf", not a private character no program knows."""
    from reportlab.pdfbase.ttfonts import SUBSETN, makeToUnicodeCMap

    class LettersCopied(type(script)):
        def addObjects(self, doc) -> None:
            state = self.state.get(doc)
            super().addObjects(doc)  # (which forgets the document's state)
            for number, subset in enumerate(state.subsets if state is not None else ()):
                if any(chr(code) in DRAWN_FORMS for code in subset):
                    name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
                    doc.idToObject["toUnicodeCMap:" + name].content = makeToUnicodeCMap(
                        name, [ord(DRAWN_FORMS.get(chr(code), chr(code))) for code in subset])

    script.__class__ = LettersCopied
