"""Page geometry: paper sizes, card stocks and the safe distances from edges.

All lengths are PDF points (1/72 in), origin at the bottom left of the page.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...errors import Problem, StudypackError

MM = 72 / 25.4
INCH = 72.0

PAPER_SIZES = {
    "a4": (210 * MM, 297 * MM),
    "letter": (8.5 * INCH, 11 * INCH),
    "a3": (297 * MM, 420 * MM),
}
"""Portrait width and height of each paper."""

UNPRINTABLE_EDGE = 5 * MM
"""Most printers cannot print this close to the paper's edge: nothing that matters goes there."""
PAGE_MARGIN = 12 * MM
"""Margin of sheets of text (summary, worksheets): print-safe with room to spare."""
CARD_INSET = 4 * MM
"""Text stays this far inside a card's cut lines, so a 1–4 mm misregistered back still reads whole."""


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page."""

    x: float
    """Left edge."""
    y: float
    """Bottom edge."""
    width: float
    """Width, positive."""
    height: float
    """Height, positive."""

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def inset(self, distance: float) -> Rect:
        """The rectangle shrunk by ``distance`` on every side."""
        return Rect(self.x + distance, self.y + distance, self.width - 2 * distance, self.height - 2 * distance)

    def shifted(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


def paper_size(name: str | None, landscape: bool = False) -> tuple[float, float]:
    """Width and height of paper ``name`` (None means A4), turned if ``landscape``."""
    width, height = PAPER_SIZES[name or "a4"]
    return (height, width) if landscape else (width, height)


@dataclass(frozen=True)
class Stock:
    """A sheet of cards: its paper, card size and where the grid of cards sits."""

    name: str
    """The --stock name."""
    paper: str
    """Paper name (a key of PAPER_SIZES)."""
    landscape: bool
    """Whether the sheet is used turned to landscape."""
    card_width: float
    """Width of one card."""
    card_height: float
    """Height of one card."""
    columns: int
    """Cards across the sheet."""
    rows: int
    """Cards down the sheet."""
    left: float
    """Distance from the sheet's left edge to the first column."""
    top: float
    """Distance from the sheet's top edge to the first row."""
    column_gap: float = 0.0
    """Space between columns."""
    row_gap: float = 0.0
    """Space between rows."""
    perforated: bool = False
    """Pre-cut stock: needs no cut guides."""

    @property
    def sheet_size(self) -> tuple[float, float]:
        return paper_size(self.paper, self.landscape)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def slot(self, column: int, row: int) -> Rect:
        """The card at ``column`` (from the left) and ``row`` (from the top)."""
        _, sheet_height = self.sheet_size
        x = self.left + column * (self.card_width + self.column_gap)
        top = sheet_height - self.top - row * (self.card_height + self.row_gap)
        return Rect(x, top - self.card_height, self.card_width, self.card_height)


_FIXED_STOCKS = {
    "a7": Stock("a7", "a4", False, 105 * MM, 74.25 * MM, 2, 4, 0.0, 0.0),
    "letter-8": Stock("letter-8", "letter", False, 4.25 * INCH, 2.75 * INCH, 2, 4, 0.0, 0.0),
    "avery-5371": Stock("avery-5371", "letter", False, 3.5 * INCH, 2 * INCH, 2, 5, 0.75 * INCH, 0.5 * INCH, perforated=True),
    "avery-5388": Stock("avery-5388", "letter", False, 5 * INCH, 3 * INCH, 1, 3, 1.75 * INCH, 1 * INCH, perforated=True),
    "avery-c32011": Stock("avery-c32011", "a4", False, 85 * MM, 54 * MM, 2, 5, 15 * MM, 13.5 * MM, column_gap=10 * MM, perforated=True),
}
_INDEX_CARDS = {"index-3x5": (5 * INCH, 3 * INCH), "index-4x6": (6 * INCH, 4 * INCH)}


def stock_for(name: str | None, paper: str | None) -> Stock:
    """The stock to print on: named, else the paper's default (a7 on A4, letter-8 on Letter).

    A fixed stock on the wrong paper is an error; index cards are placed as
    many as fit on the paper, centred, in whichever sheet orientation holds more.
    """
    if name is None:
        name = "letter-8" if paper == "letter" else "a7"
        if paper == "a3":
            raise StudypackError(Problem("there is no flashcard stock for A3 paper — add --stock index-3x5 or --stock index-4x6"
                                         " (as many index cards as fit, centred)"))
    if name in _INDEX_CARDS:
        return _index_stock(name, paper or "a4")
    stock = _FIXED_STOCKS[name]
    if paper is not None and paper != stock.paper:
        raise StudypackError(
            Problem(f"--stock {name} is {stock.paper.upper() if stock.paper == 'a4' else 'Letter'} stock, "
                    f"but --paper is {paper} — drop --paper or choose a stock for {paper}")
        )
    return stock


def _index_stock(name: str, paper: str) -> Stock:
    card_width, card_height = _INDEX_CARDS[name]
    best: Stock | None = None
    for landscape in (False, True):
        width, height = paper_size(paper, landscape)
        usable_w, usable_h = width - 2 * UNPRINTABLE_EDGE, height - 2 * UNPRINTABLE_EDGE
        columns, rows = int(usable_w // card_width), int(usable_h // card_height)
        if columns * rows == 0:
            continue
        left = (width - columns * card_width) / 2
        top = (height - rows * card_height) / 2
        candidate = Stock(name, paper, landscape, card_width, card_height, columns, rows, left, top)
        if best is None or candidate.per_sheet > best.per_sheet:
            best = candidate
    if best is None:
        raise StudypackError(Problem(f"{name} cards do not fit on {paper} paper — choose a larger --paper"))
    return best
