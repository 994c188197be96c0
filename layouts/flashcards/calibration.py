"""The duplex calibration sheet: measures how far a printer misplaces the back of a page.

Page 1 says what to do and carries two long black lines; page 2 carries two
scales of short marks, one mark per half millimetre of offset, each with its
number. Printed double-sided and held to the light, the line from page 1
sits on one mark of each scale: its number is the value to pass as
``--back-offset X,Y``. The scales are drawn where the lines fall behind
the page when the sheet is turned over on the edge named by ``--flip``,
so a perfect printer reads 0,0.
"""
from __future__ import annotations

from ..kit.fitting import Paragraph, TypeSpec, fit
from ..kit.fonts import fonts_for
from ..options import FlashcardOptions
from ..kit.page import MM, Rect, paper_size
from ..kit.document import Document

STEP = 0.5
"""Millimetres of offset between neighbouring marks of a scale."""
REACH = 5.0
"""The scales read from −REACH to +REACH millimetres."""
MARK = 2.0 * MM
"""Length of one mark."""
ROW = 3.0 * MM
"""Distance between the X scale's rows."""
COLUMN = 6.2 * MM
"""Distance between the Y scale's columns: room for a label such as −5.5 under each."""
LINE_OVERHANG = 12 * MM
"""How far the page-1 lines run past their scale, so a sideways error still crosses every mark."""
LABEL_SIZE = 7.0
GREY = (0.4, 0.4, 0.4)
MARGIN = 20 * MM


def _steps() -> list[float]:
    count = round(REACH / STEP)
    return [index * STEP for index in range(-count, count + 1)]


def _label(value: float) -> str:
    if value == 0:
        return "0"
    return f"{'+' if value > 0 else '−'}{abs(value):g}"


def render(options: FlashcardOptions = FlashcardOptions()) -> bytes:
    """The two-page calibration PDF for ``options.style.paper`` and ``options.flip``."""
    fonts = fonts_for(options.style)
    width, height = paper_size(options.style.paper)
    doc = Document(fonts, (width, height), "studypack duplex calibration")
    doc.ask_for_actual_size(options.flip)
    x_scale, y_scale = _scale_places(width, height, options.flip)
    steps = _steps()

    def behind(x: float, y: float) -> tuple[float, float]:
        """Where a point of page 2 lies on page 1 (the sheet turned over on the flip edge)."""
        return (width - x, y) if options.flip == "long" else (x, height - y)

    _instructions(doc, options.flip, width, height, fonts)
    doc.stroke_width(0.6)
    centre_x, top = x_scale
    bottom = top - (len(steps) - 1) * ROW - MARK
    x0, y0 = behind(centre_x, top + LINE_OVERHANG)
    x1, y1 = behind(centre_x, bottom - LINE_OVERHANG)
    doc.segment(x0, y0, x1, y1)
    doc.text(x0, max(y0, y1) + 3 * MM, "X line: read it from the other side", 8, align="center", color=GREY)
    left, centre_y = y_scale
    right = left + (len(steps) - 1) * COLUMN
    x0, y0 = behind(left - LINE_OVERHANG, centre_y)
    x1, y1 = behind(right + LINE_OVERHANG, centre_y)
    doc.segment(x0, y0, x1, y1)
    doc.text(min(x0, x1), y0 + 3 * MM, "Y line: read it from the other side", 8, color=GREY)

    doc.new_page()
    doc.text(MARGIN, height - MARGIN - 16, "Read the offsets on this side", 18, bold=True)
    doc.text(MARGIN, height - MARGIN - 34,
             "Hold the sheet against a window or a lamp, this side towards you. Each scale has one mark that", 10)
    doc.text(MARGIN, height - MARGIN - 47,
             "sits exactly on the black line showing through from the other side: its number is the offset.", 10)
    doc.stroke_width(0.6)
    # X: one row per value, its mark moved sideways by that value.
    doc.text(centre_x, top + 10 * MM, "X offset (mm)", 10, bold=True, align="center")
    for row, value in enumerate(steps):
        y = top - row * ROW
        x = centre_x + value * MM
        doc.segment(x, y, x, y - MARK)
        doc.text(centre_x - (REACH + 1.5) * MM, y - MARK + 1, _label(value), LABEL_SIZE, bold=value == 0, align="right")
    # Y: one column per value, its mark moved up or down by that value.
    doc.text((left + right) / 2, centre_y + (REACH + 5) * MM, "Y offset (mm)", 10, bold=True, align="center")
    for column, value in enumerate(steps):
        x = left + column * COLUMN
        y = centre_y + value * MM
        doc.segment(x - MARK / 2, y, x + MARK / 2, y)
        doc.text(x, centre_y - (REACH + 4) * MM, _label(value), LABEL_SIZE, bold=value == 0, align="center")
    doc.text(MARGIN, 22 * MM, "Then build your cards with both numbers, X first:  studypack build --back-offset X,Y", 10)
    doc.text(MARGIN, 22 * MM - 14, "If a line misses its scale, the printer is off by more than 5 mm: check the paper guides and try again.", 8)
    return doc.finish()


def _scale_places(width: float, height: float, flip: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """(centre x, top y) of the X scale and (left x, centre y) of the Y scale on page 2.

    Placed so that page 1's lines, which lie behind them, miss page 1's
    instructions in its top third: low on the page when the sheet turns on
    its long edge (heights stay), high when it turns on its short edge
    (heights are mirrored).
    """
    count = len(_steps())
    left = (width - (count - 1) * COLUMN) / 2
    if flip == "long":
        return (width / 2, height * 0.56), (left, height * 0.2)
    return (width / 2, height * 0.8), (left, height * 0.44)


def _instructions(doc: Document, flip: str, width: float, height: float, fonts) -> None:
    """Page 1: a heading and the steps, numbered, set with the shared fitting routine."""
    doc.text(MARGIN, height - MARGIN - 16, "Duplex calibration for flashcards", 20, bold=True)
    steps = [
        f"Print both pages of this file on one sheet: double-sided, flip on {flip} edge, at 100 % (actual size), "
        "on the printer, tray and paper you will use for your flashcards.",
        "Turn the sheet over and hold it against a window or a lamp, the side headed "
        "“Read the offsets on this side” towards you. The two black lines on this side show through.",
        "On the X scale, find the mark that sits exactly on the line showing through, and read its number "
        "(minus means the backs must move left). Do the same on the Y scale (minus means down).",
        "Build your flashcards with both numbers, X first, for example: studypack build --back-offset -1.5,0.5 "
        "(0,0 means your printer already lines the backs up).",
        "The numbers hold for that printer and paper: keep them, and calibrate again when either changes.",
    ]
    spec = TypeSpec(12, 9, leading=1.3, gap=0.5, indent=1.6)
    box = Rect(MARGIN, height * 0.64, width - 2 * MARGIN, height - MARGIN - 36 - height * 0.64)
    fitted = fit([Paragraph(((text, False),), bullet=True) for text in steps], box.width, box.height, spec, fonts)
    size = fitted.size
    y = box.top - fonts.ascent * size
    for index, line in enumerate(fitted.lines):
        if line.first:
            if index:
                y -= spec.gap * size
            doc.text(box.x, y, f"{line.block + 1}.", size, bold=True)
        doc.line(box.x + spec.indent * size, y, line, size)
        y -= spec.leading * size
