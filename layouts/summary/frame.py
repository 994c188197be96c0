"""The summary sheet's type scale and page geometry: sizes from the reading profile, spacing, header, footer and body boxes.

The header and footer do not depend on the body size being tried, so a sheet
is measured once per orientation and shared by every trial of the search;
spacing and gutters are per point of body size.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import PurePath

from ...source.model import Pack
from ..kit.fitting import Paragraph, Line, TypeSpec, fit, shortened, text_height
from ..labels import Labels
from ..kit.fonts import Fonts
from ..options import SummaryOptions
from ..kit.page import MM, UNPRINTABLE_EDGE, Rect, paper_size

ACCENT = (0.11, 0.24, 0.44)
"""Titles, headings and bullets: a dark blue that prints as near-black in greyscale."""
GREY = (0.36, 0.36, 0.36)
"""The information line, dates and the footer."""
RULE_GREY = (0.70, 0.70, 0.70)
"""Hairlines between cards and in the column gutters."""

SHEET_MARGIN = 2 * UNPRINTABLE_EDGE
"""Margin on every side of the sheet (10 mm): twice the edge printers cannot reach, and no
more, so a one-page summary keeps as much room for text as is safe."""
SIZE_STEP = 0.25
"""Body sizes tried are multiples of this."""
HEADING_SCALE = 1.25
"""Card headings are this many times the body size (the rule asks for at least 1.2)."""
MEASURE = (16.0, 46.0)
"""Narrowest and widest column, in ems of the body size (about 37 and 105 characters),
when the columns are chosen automatically."""
BULLET_INDENT = 0.9
"""Hanging indent of the points, per point of body size."""
TITLE_LINES = 3
"""The most lines the pack title takes in the header (two at its usual sizes; a third at the smallest)."""
LOOSENESS = (1.0, 0.75, 0.5, 0.25, 0.0)
"""Spacing levels tried, loosest first, once the body size is settled."""


@dataclass(frozen=True)
class Scale:
    """The sizes a summary may use, from its options and reading profile."""

    floor: float
    """Smallest body size allowed."""
    largest: float
    """Largest body size used, however much room there is."""
    leading: float
    """Body line spacing, per point of size, before loosening."""
    title: float
    """The pack title's size."""
    info: float
    """The information line's size (subject, course, card count)."""
    footer: float
    """The footer's size."""

    @classmethod
    def of(cls, options: SummaryOptions) -> Scale:
        rules = options.style.rules
        floor = max(options.min_font or rules.floor, rules.floor)  # --min-font only ever raises the profile's floor
        grow = enlargement(options.style.paper)
        largest = max(_on_grid(rules.summary_body * grow), floor)
        return cls(floor, largest, rules.leading, _on_grid(max(18.0, round(rules.floor * 1.6)) * grow),
                   max(9.0, rules.floor), rules.floor)

    def sizes(self) -> list[float]:
        """Every body size on the grid from the floor to the largest, smallest first."""
        low = round(self.floor / SIZE_STEP + 0.4999)
        high = int(self.largest / SIZE_STEP + 1e-9)
        return [index * SIZE_STEP for index in range(low, max(low, high) + 1)]


def enlargement(paper: str | None) -> float:
    """How much larger than on A4 the summary's text may get on ``paper``: paper bigger than A4 is for
    posters and enlarged copies, read from further away, so sizes grow with its length (the square root
    of its area), as a photocopier's enlargement would (A3: ×1.41, a 12 pt cap becomes 17 pt).
    Desk paper (A4, Letter) keeps the profile's sizes."""
    width, height = paper_size(paper)
    desk_width, desk_height = paper_size("a4")
    return max(1.0, math.sqrt(width * height / (desk_width * desk_height)))


def _on_grid(size: float) -> float:
    return round(size / SIZE_STEP) * SIZE_STEP


@dataclass(frozen=True)
class Spacing:
    """Vertical spacing of the body, per point of body size."""

    leading: float
    """Baseline to baseline within a point."""
    point_gap: float
    """Extra space between two points of a card."""
    head_gap: float
    """White space between a heading's glyphs and its first point's."""
    card_gap: float
    """White space between one card's last line and the next heading (a hairline sits in it)."""

    @classmethod
    def of(cls, scale: Scale, looseness: float) -> Spacing:
        """Compact spacing at looseness 0, generous at 1."""
        return cls(scale.leading + 0.1 * looseness, 0.12 + 0.25 * looseness, 0.15 + 0.2 * looseness,
                   0.75 + 1.0 * looseness)

    def body_spec(self, size: float) -> TypeSpec:
        return TypeSpec(size, size, self.leading, self.point_gap, BULLET_INDENT, SIZE_STEP)

    def heading_spec(self, size: float) -> TypeSpec:
        return TypeSpec(size, size, max(1.15, self.leading - 0.1), 0.0, 0.0, SIZE_STEP)


def gutter(size: float) -> float:
    """Space between columns at body ``size``."""
    return max(6 * MM, 1.5 * size)


@dataclass(frozen=True)
class Frame:
    """One orientation of the paper: where the header, the body columns and the footer go."""

    page_size: tuple[float, float]
    """Width and height."""
    landscape: bool
    """Whether the paper is turned."""
    header: tuple[tuple[str, float, float, Line, float], ...]
    """The header's lines as (kind, x, baseline, line, size): the title's, then the information line's."""
    header_rule: float
    """Height of the rule under the header."""
    first_body: Rect
    """The body box on the first page, under the header."""
    body: Rect
    """The body box on later pages."""
    footer_baseline: float
    """Baseline of the footer."""

    def column_width(self, columns: int, size: float) -> float:
        return (self.body.width - (columns - 1) * gutter(size)) / columns

    def caps(self, columns: int, pages: int) -> list[float]:
        """Column heights, page after page."""
        return [self.first_body.height] * columns + [self.body.height] * columns * (pages - 1)


def info_text(pack: Pack, labels: Labels = Labels()) -> str:
    """The line under the title: subject, course, level and the card count."""
    count = len(pack.cards)
    return " · ".join((*pack.facts(), labels.count("cards", count)))


def footer_text(pack: Pack) -> str:
    """The footer's left part: the source pack's file name, and its author."""
    name = PurePath(pack.path).name
    return f"{name} · {pack.author}" if pack.author else name


def frame_for(pack: Pack, paper: str | None, landscape: bool, scale: Scale, fonts: Fonts,
              labels: Labels = Labels()) -> Frame:
    """Measure the header and footer on ``paper`` turned or not, and the body boxes they leave."""
    width, height = paper_size(paper, landscape)
    inner = Rect(SHEET_MARGIN, SHEET_MARGIN, width - 2 * SHEET_MARGIN, height - 2 * SHEET_MARGIN)
    title_spec = TypeSpec(scale.title, max(scale.info, 0.7 * scale.title), 1.15, 0.0, 0.0, SIZE_STEP)
    two_lines = text_height(2, 1, scale.title, title_spec, fonts)
    title = fit([Paragraph(((pack.title, True),))], inner.width, two_lines, title_spec, fonts)
    if len(title.lines) > TITLE_LINES:  # a title that would fill the page is shortened, at the smallest size
        text = shortened(pack.title, inner.width / title.size, fonts, bold=True, lines=TITLE_LINES)
        title = fit([Paragraph(((text, True),))], inner.width, two_lines, title_spec, fonts)
    info_spec = TypeSpec(scale.info, scale.info, 1.2, 0.0, 0.0, SIZE_STEP)
    info = fit([Paragraph(((info_text(pack, labels), False),))], inner.width, inner.height, info_spec, fonts)
    up = fonts.ascent
    header: list[tuple[str, float, float, Line, float]] = []
    baseline = inner.top - up * title.size
    for line in title.lines:
        header.append(("title", inner.x, baseline, line, title.size))
        baseline -= title_spec.leading * title.size
    bottom = inner.top - title.height
    beside = len(title.lines) == 1 and len(info.lines) == 1 and (
        (title.lines[0].width * title.size + 2 * scale.info + info.lines[0].width * info.size) <= inner.width)
    if beside:  # the information line on the title's baseline, at the right
        header.append(("info", inner.right - info.lines[0].width * info.size, header[0][2], info.lines[0], info.size))
    else:
        baseline = bottom - 0.3 * title.size - up * info.size
        for line in info.lines:
            header.append(("info", inner.x, baseline, line, info.size))
            baseline -= info_spec.leading * info.size
        bottom -= 0.3 * title.size + info.height
    header_rule = bottom - 2 * MM
    body_top = header_rule - 4 * MM
    footer_height = scale.footer * (fonts.ascent + fonts.descent)
    body_bottom = inner.y + footer_height + 3 * MM
    return Frame(
        page_size=(width, height),
        landscape=landscape,
        header=tuple(header),
        header_rule=header_rule,
        first_body=Rect(inner.x, body_bottom, inner.width, body_top - body_bottom),
        body=Rect(inner.x, body_bottom, inner.width, inner.top - body_bottom),
        footer_baseline=inner.y + scale.footer * fonts.descent,
    )
