"""SVG labels set in the document's faces where the SVG's own font cannot draw them.

svglib sets an SVG's text in reportlab's standard fonts (Helvetica, Times, Courier), which have only the
Western European characters: reportlab prints "Na⁺" with a black box for ⁺ and "CO₂" with one for ₂, and
an arrow in Symbol's look. A label holding such a character is set again in the document's faces, which
(with the bundled fallback) draw science notation, Greek and Cyrillic; the others keep the SVG's font.
"""
from __future__ import annotations

from copy import deepcopy

from .fonts import Fonts, visible

STANDARD_ENCODING = "cp1252"
"""The characters reportlab's standard fonts draw (WinAnsiEncoding)."""


def with_drawable_text(drawing, fonts: Fonts):
    """A copy of an svglib ``drawing`` whose labels that its standard fonts cannot draw are set in ``fonts``
    (the drawing itself, unchanged, when every label can be drawn as it is)."""
    if not any(_needs_faces(string) for string in _strings(drawing)):
        return drawing
    drawing = deepcopy(drawing)
    _reset(drawing, fonts)
    return drawing


def claim_font_names(fonts: Fonts) -> None:
    """Point reportlab's font registry at ``fonts``' faces, as reportlab draws a label by looking its font up by
    name. The registry gives a new name the font first registered with the same PostScript name, so after a
    second load of a font file a label would be set in the first load's font, whose subsets are another
    document's (and the file could not be written)."""
    from reportlab.pdfbase import pdfmetrics

    for face in (fonts.regular, fonts.bold):
        for each in (face, face.fallback, *face.scripts.values()):
            if each is not None:
                pdfmetrics._fonts[each.name] = each.ttfont  # noqa: SLF001 — the registry has no public setter


def characters_set_in_faces(drawing) -> str:
    """The characters of ``drawing``'s labels that ``with_drawable_text`` sets in the document's faces (the
    document reserves them in its font subsets before it draws a page)."""
    return "".join(string.text for string in _strings(drawing) if _needs_faces(string))


def drawing_words(drawing) -> str:
    """Every label of ``drawing``, one per line: what a reader sees printed in the picture."""
    return "\n".join(string.text for string in _strings(drawing))


def _strings(group):
    for node in getattr(group, "contents", ()):
        if _is_string(node):
            yield node
        else:
            yield from _strings(node)


def _is_string(node) -> bool:
    from reportlab.graphics.shapes import String

    return isinstance(node, String)


def _needs_faces(string) -> bool:
    try:
        string.text.encode(STANDARD_ENCODING)
    except UnicodeEncodeError:
        return True
    return False


def _reset(group, fonts: Fonts) -> None:
    for index, node in enumerate(group.contents):
        if _is_string(node):
            if _needs_faces(node):
                group.contents[index] = _in_faces(node, fonts)
        elif hasattr(node, "contents"):
            _reset(node, fonts)


def _in_faces(string, fonts: Fonts):
    """``string`` as a group of strings, one per face that draws a run of it (scripts smaller and moved),
    placed along the baseline as the label's anchor says."""
    from reportlab.graphics.shapes import Group, String

    face = fonts.face("Bold" in string.fontName)
    size = string.fontSize
    runs = [(run, part, run.width(part) * size) for run, part in face.runs(visible(string.text))]
    width = sum(advance for _, _, advance in runs)
    x = string.x - {"middle": width / 2, "end": width}.get(string.textAnchor, 0.0)
    group = Group()
    for run, part, advance in runs:
        group.add(String(x, string.y + run.rise * size, part, fontName=run.name, fontSize=size * run.scale,
                         fillColor=string.fillColor, fillOpacity=getattr(string, "fillOpacity", None)))
        x += advance
    return group
