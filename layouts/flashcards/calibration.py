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
from ..labels import Labels, labels_for

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
    labels = labels_for(None, options.style.lang)
    width, height = paper_size(options.style.paper)
    doc = Document(fonts, (width, height), "studypack duplex calibration")
    doc.ask_for_actual_size(options.flip)
    x_scale, y_scale = _scale_places(width, height, options.flip)
    steps = _steps()

    def behind(x: float, y: float) -> tuple[float, float]:
        """Where a point of page 2 lies on page 1 (the sheet turned over on the flip edge)."""
        return (width - x, y) if options.flip == "long" else (x, height - y)

    _instructions(doc, options.flip, width, height, fonts, labels)
    doc.stroke_width(0.6)
    centre_x, top = x_scale
    bottom = top - (len(steps) - 1) * ROW - MARK
    x0, y0 = behind(centre_x, top + LINE_OVERHANG)
    x1, y1 = behind(centre_x, bottom - LINE_OVERHANG)
    doc.segment(x0, y0, x1, y1)
    doc.text(x0, max(y0, y1) + 3 * MM, labels.text("calibration_x_line"), 8, align="center", color=GREY)
    left, centre_y = y_scale
    right = left + (len(steps) - 1) * COLUMN
    x0, y0 = behind(left - LINE_OVERHANG, centre_y)
    x1, y1 = behind(right + LINE_OVERHANG, centre_y)
    doc.segment(x0, y0, x1, y1)
    doc.text(min(x0, x1), y0 + 3 * MM, labels.text("calibration_y_line"), 8, color=GREY)

    doc.new_page()
    room = width - 2 * MARGIN
    doc.text(MARGIN, height - MARGIN - 16, labels.text("calibration_heading"), _within(labels.text("calibration_heading"), 18, room, fonts, True), bold=True)
    hold = [labels.text("calibration_hold"), labels.text("calibration_hold_more")]
    hold_size = min(_within(text, 10, room, fonts) for text in hold)  # the two lines of one sentence alike
    doc.text(MARGIN, height - MARGIN - 34, hold[0], hold_size)
    doc.text(MARGIN, height - MARGIN - 47, hold[1], hold_size)
    doc.stroke_width(0.6)
    # X: one row per value, its mark moved sideways by that value.
    doc.text(centre_x, top + 10 * MM, labels.text("calibration_x_scale"), 10, bold=True, align="center")
    for row, value in enumerate(steps):
        y = top - row * ROW
        x = centre_x + value * MM
        doc.segment(x, y, x, y - MARK)
        doc.text(centre_x - (REACH + 1.5) * MM, y - MARK + 1, _label(value), LABEL_SIZE, bold=value == 0, align="right")
    # Y: one column per value, its mark moved up or down by that value.
    doc.text((left + right) / 2, centre_y + (REACH + 5) * MM, labels.text("calibration_y_scale"), 10, bold=True, align="center")
    for column, value in enumerate(steps):
        x = left + column * COLUMN
        y = centre_y + value * MM
        doc.segment(x - MARK / 2, y, x + MARK / 2, y)
        doc.text(x, centre_y - (REACH + 4) * MM, _label(value), LABEL_SIZE, bold=value == 0, align="center")
    then, misses = labels.text("calibration_then"), labels.text("calibration_misses")
    doc.text(MARGIN, 22 * MM, then, _within(then, 10, room, fonts))
    doc.text(MARGIN, 22 * MM - 14, misses, _within(misses, 8, room, fonts))
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


def _within(text: str, size: float, width: float, fonts, bold: bool = False) -> float:
    """``size``, or the smaller size at which ``text`` fits on one line ``width`` wide (a longer translation)."""
    return min(size, width / max(fonts.width(text, bold), 1e-9))


def _instructions(doc: Document, flip: str, width: float, height: float, fonts, labels: Labels = Labels()) -> None:
    """Page 1: a heading and the steps, numbered, set with the shared fitting routine."""
    title = labels.text("calibration_title")
    doc.text(MARGIN, height - MARGIN - 16, title, _within(title, 20, width - 2 * MARGIN, fonts, True), bold=True)
    edge = labels.text(f"{flip}_edge")
    steps = [
        labels.text("calibration_step_print", edge=edge),
        labels.text("calibration_step_hold", heading=labels.text("calibration_heading")),
        labels.text("calibration_step_read"),
        labels.text("calibration_step_build"),
        labels.text("calibration_step_keep"),
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
