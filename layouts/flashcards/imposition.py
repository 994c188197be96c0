"""Where each card's front and back land on the sheets, and the guides for cutting them out.

Duplex: a fronts page, then its backs page, each back behind its own front
once the sheet is turned over on the edge the printer flips on. Fold: for
single-sided printers, each front beside its own back on one page, with a
fold line between them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, NamedTuple

from ...errors import Problem, StudypackError
from ..kit.page import INCH, MM, UNPRINTABLE_EDGE, Rect, Stock

MARK_GAP = 2 * MM
"""Space between a card's corner and its crop mark, so a mark never shows on a cut card."""
MARK_LENGTH = 5 * MM
"""Length of a crop mark in the sheet's margin."""
EDGE_TICK = UNPRINTABLE_EDGE + 5 * MM
"""Length of a tick at the paper's edge on stock without margins: 5 mm of it lands where printers print."""
NOTE_SIZE = 7.0
"""Size of the printing note (the legibility floor for small print)."""
NOTE_CLEARANCE = 1.5 * MM
"""Least space between the printing note and a card or a cut line."""
_EDGE = 0.5  # points: a cut line this close to the paper's edge is the paper's edge

Segment = tuple[float, float, float, float]
"""A straight line: x1, y1, x2, y2."""


@dataclass(frozen=True)
class Imposition:
    """The grid of cards on one sheet, and where each card's back goes."""

    stock: Stock
    """The grid (in fold mode: fronts in even columns, their backs in the odd ones)."""
    fold: bool
    """Fronts and backs side by side on one page, for single-sided printing."""
    mirror_columns: bool
    """Duplex: the back is in the mirrored column (else the mirrored row)."""

    @property
    def size(self) -> tuple[float, float]:
        return self.stock.sheet_size

    @property
    def per_sheet(self) -> int:
        """Cards per sheet (in fold mode, a card takes two slots)."""
        return self.stock.per_sheet // 2 if self.fold else self.stock.per_sheet

    def front(self, index: int) -> Rect:
        """The front of the ``index``-th card of a sheet: left to right, top to bottom."""
        stock = self.stock
        if self.fold:
            row, pair = divmod(index, stock.columns // 2)
            return stock.slot(2 * pair, row)
        row, column = divmod(index, stock.columns)
        return stock.slot(column, row)

    def back(self, index: int) -> Rect:
        """Where the back of the ``index``-th card goes on its page (before any back offset)."""
        if self.fold:
            row, pair = divmod(index, self.stock.columns // 2)
            return self.stock.slot(2 * pair + 1, row)
        front = self.front(index)
        width, height = self.size
        if self.mirror_columns:
            return Rect(width - front.right, front.y, front.width, front.height)
        return Rect(front.x, height - front.top, front.width, front.height)

    def grid(self) -> Rect:
        """The rectangle all the slots of a sheet cover."""
        stock = self.stock
        first, last = stock.slot(0, 0), stock.slot(stock.columns - 1, stock.rows - 1)
        return Rect(first.x, last.y, last.right - first.x, first.top - last.y)

    def cut_positions(self) -> tuple[list[float], list[float]]:
        """The x of every vertical cut and the y of every horizontal cut (a fold is not a cut)."""
        stock = self.stock
        step = 2 if self.fold else 1
        xs: set[float] = set()
        for column in range(0, stock.columns, step):
            xs.add(round(stock.slot(column, 0).x, 3))
            xs.add(round(stock.slot(column + step - 1, 0).right, 3))
        ys: set[float] = set()
        for row in range(stock.rows):
            slot = stock.slot(0, row)
            ys.update((round(slot.y, 3), round(slot.top, 3)))
        return sorted(xs), sorted(ys)


def arrange(stock: Stock, flip: str, fold: bool) -> Imposition:
    """The sheets for ``stock``; fold mode pairs columns, and refuses stock it cannot fold."""
    mirror_columns = (flip == "long") != stock.landscape
    if not fold:
        return Imposition(stock, False, mirror_columns)
    if stock.perforated:
        raise StudypackError(Problem(
            f"--fold needs stock you cut yourself, but {stock.name} is pre-cut and would come apart at the fold"
            " — drop --fold, or use --stock a7 (A4) or letter-8 (Letter)"))
    if stock.columns < 2:
        width, height = stock.card_width / INCH, stock.card_height / INCH
        raise StudypackError(Problem(
            f"--fold puts each front beside its back, but two {height:g}×{width:g} in cards side by side do not fit"
            f" across {stock.paper.upper() if stock.paper != 'letter' else 'Letter'} paper"
            " — use --stock index-3x5, or drop --fold"))
    if stock.columns % 2:  # an odd column out: drop it and centre the pairs again
        stock = replace(stock, columns=stock.columns - 1, left=stock.left + (stock.card_width + stock.column_gap) / 2)
    return Imposition(stock, True, mirror_columns)


# -- cut guides ------------------------------------------------------------

def crop_marks(sheets: Imposition) -> tuple[Segment, ...]:
    """Ticks in line with every cut, outside the cards: in the margin, or at the paper's edge where there is none."""
    width, height = sheets.size
    grid = sheets.grid()
    xs, ys = sheets.cut_positions()
    marks: list[Segment] = []
    for x in xs:
        if _EDGE < x < width - _EDGE:
            for start, edge, outward in ((grid.top, height, 1.0), (grid.y, 0.0, -1.0)):
                a, b = _tick(start, edge, outward)
                marks.append((x, a, x, b))
    for y in ys:
        if _EDGE < y < height - _EDGE:
            for start, edge, outward in ((grid.x, 0.0, -1.0), (grid.right, width, 1.0)):
                a, b = _tick(start, edge, outward)
                marks.append((a, y, b, y))
    return tuple(marks)


def _tick(start: float, edge: float, outward: float) -> tuple[float, float]:
    """Ends of a tick going from the grid's side ``start`` towards the paper's ``edge`` (``outward`` is +1 or -1)."""
    room = abs(edge - start)
    if room >= MARK_GAP + 2 * MM:
        return start + outward * MARK_GAP, start + outward * min(MARK_GAP + MARK_LENGTH, room)
    return edge, edge - outward * EDGE_TICK


def cut_lines(sheets: Imposition, count: int) -> tuple[Segment, ...]:
    """The edges of the first ``count`` cards of a sheet, each once, except where the paper's edge is."""
    width, height = sheets.size
    segments: set[Segment] = set()
    for index in range(count):
        card = sheets.front(index)
        if sheets.fold:
            back = sheets.back(index)
            card = Rect(card.x, card.y, back.right - card.x, card.height)
        x0, y0, x1, y1 = (round(value, 3) for value in (card.x, card.y, card.right, card.top))
        if x0 > _EDGE:
            segments.add((x0, y0, x0, y1))
        if x1 < width - _EDGE:
            segments.add((x1, y0, x1, y1))
        if y0 > _EDGE:
            segments.add((x0, y0, x1, y0))
        if y1 < height - _EDGE:
            segments.add((x0, y1, x1, y1))
    return tuple(sorted(segments))


def fold_lines(sheets: Imposition, count: int) -> tuple[Segment, ...]:
    """In fold mode, the line between each of the first ``count`` fronts and its back."""
    if not sheets.fold:
        return ()
    return tuple((card.right, card.y, card.right, card.top) for card in map(sheets.front, range(count)))


# -- the printing note -----------------------------------------------------

class NotePlace(NamedTuple):
    """Where the one-line printing note is drawn."""

    sheet: int | None
    """The sheet whose fronts page takes it; None for every sheet (it is in a margin)."""
    x: float
    """Its left end."""
    baseline: float
    """Its baseline."""


def note_position(sheets: Imposition, cards: int, note_width: float, note_height: float, descent: float,
                  mark_xs: Iterable[float]) -> NotePlace | None:
    """Where the printing note goes, never on a card someone keeps; None if there is nowhere.

    On every fronts page in the bottom margin if it has room inside the
    printable area, else the top one, clear of any crop marks; on stock
    without margins, in a blank slot of the last sheet (``cards`` is how many
    cards are printed), which is cut away.
    """
    width, height = sheets.size
    grid = sheets.grid()
    bands = ((UNPRINTABLE_EDGE, grid.y - NOTE_CLEARANCE), (grid.top + NOTE_CLEARANCE, height - UNPRINTABLE_EDGE))
    for low, high in bands:
        if high - low >= note_height:
            left = _free_span(width, note_width, sorted(mark_xs))
            if left is not None:
                return NotePlace(None, left, low + (high - low - note_height) / 2 + descent)
    last_sheet, kept = divmod(cards - 1, sheets.per_sheet)
    if kept + 1 == sheets.per_sheet:
        return None  # the last sheet is full
    blank = sheets.front(kept + 1)
    if sheets.fold:  # the blank front and the blank back beside it
        blank = Rect(blank.x, blank.y, sheets.back(kept + 1).right - blank.x, blank.height)
    left = max(blank.x + NOTE_CLEARANCE, UNPRINTABLE_EDGE)
    right = min(blank.right - NOTE_CLEARANCE, width - UNPRINTABLE_EDGE)
    bottom = max(blank.y + NOTE_CLEARANCE, UNPRINTABLE_EDGE)
    top = min(blank.top - NOTE_CLEARANCE, height - UNPRINTABLE_EDGE)
    if right - left < note_width or top - bottom < note_height:
        return None
    return NotePlace(last_sheet, (left + right - note_width) / 2, (bottom + top - note_height) / 2 + descent)


def _free_span(width: float, needed: float, blocked: list[float]) -> float | None:
    """Left end of ``needed`` points of printable width clear of marks at ``blocked``: centred on the page if it can be."""
    edges = [UNPRINTABLE_EDGE] + [x for b in blocked for x in (b - MARK_GAP, b + MARK_GAP)] + [width - UNPRINTABLE_EDGE]
    spans = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2) if edges[i + 1] - edges[i] >= needed]
    if not spans:
        return None
    middle = width / 2
    low, high = next(((a, b) for a, b in spans if a <= middle - needed / 2 and middle + needed / 2 <= b),
                     max(spans, key=lambda span: span[1] - span[0]))
    if low <= middle - needed / 2 and middle + needed / 2 <= high:
        return middle - needed / 2
    return (low + high - needed) / 2
