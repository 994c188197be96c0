"""The summary's body at one trial size: every card as a heading and its points, as a Flow of lines.

The words are measured once per pack (``Body``); each trial only breaks them
into lines at its column width and size (``fitting.set_blocks``) and stacks
the lines with their spacing. ``may_fit`` rejects hopeless trials from the
text's length alone, before any line is broken.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ...source.model import Card, Pack
from .columns import Flow
from .frame import BULLET_INDENT, HEADING_SCALE, Spacing
from ..kit.fitting import Paragraph, Line, prepare, set_blocks
from ..kit.fonts import Fonts

POINT_BREAK = 6.0
"""Cost, in body lines, of a column break between two points of a card (between cards: 0)."""
LINE_BREAK = 12.0
"""Cost of a column break inside a point."""
LONE_LINE = 10.0
"""Extra cost when that break leaves one line of the point alone at a column's foot or head;
a tidy setting does not allow it at all."""


def heading_runs(card: Card, fonts: Fonts) -> tuple[tuple[str, bool], ...]:
    """A card's heading: its title in bold, then its date if it has one, kept whole on one
    line (no-break spaces, where the font has them)."""
    if not card.date:
        return ((card.title, True),)
    glue = "\u00a0" if fonts.regular.has("\u00a0") else " "
    return ((card.title, True), (" ·" + glue + glue.join(card.date.split()), False))


class Body:
    """A pack's cards measured once: heading words and point words."""

    def __init__(self, pack: Pack, fonts: Fonts, measured: bool = True):
        """With ``measured`` False, nothing is measured: only the counts of cards and points are
        known (every width is 0), enough for ``least_height`` to rule out a hopeless pack at once."""
        self.fonts = fonts
        self.point_counts = tuple(len(card.points) for card in pack.cards)
        self.card_count = len(self.point_counts)
        self.point_count = sum(self.point_counts)
        if measured:
            self.heads = prepare([Paragraph(heading_runs(card, fonts)) for card in pack.cards], fonts)
            self.points = prepare([Paragraph(point.runs(), True) for card in pack.cards for point in card.points], fonts)
        else:
            self.heads, self.points = (), ()
        self.head_widths = tuple(_width(words) for words in self.heads)
        self.point_widths = tuple(_width(words) for words in self.points)


def _width(words) -> float:
    return sum(word.width + word.space for word in words) - (words[-1].space if words else 0.0)


@dataclass(frozen=True)
class Row:
    """One line of the body, as stacked."""

    kind: str
    """heading, bullet (a point's first line) or text (a point's later line)."""
    line: Line
    """The words."""
    size: float
    """Its font size."""
    baseline: float
    """Baseline, downwards from the first line's."""
    card: int
    """Index of its card."""


@dataclass(frozen=True)
class SetBody:
    """The body set at one size and width."""

    rows: tuple[Row, ...]
    """Every line, in reading order."""
    flow: Flow
    """The same lines, measured for cutting into columns."""


def set_body(body: Body, width: float, size: float, spacing: Spacing, tidy: bool = False) -> SetBody:
    """Every card set at body ``size`` in columns ``width`` wide; with ``tidy``, no column may
    break a point where that leaves one of its lines alone."""
    fonts = body.fonts
    heading = size * HEADING_SCALE
    heading_spec, body_spec = spacing.heading_spec(heading), spacing.body_spec(size)
    head_lines = set_blocks(body.heads, [False] * len(body.heads), width, heading, heading_spec, fonts)
    point_lines = set_blocks(body.points, [True] * len(body.points), width, size, body_spec, fonts)
    up, down = fonts.ascent, fonts.descent
    rows: list[Row] = []
    ascent: list[float] = []
    descent: list[float] = []
    penalty: list[float | None] = []
    lead: list[float] = []
    continued = continued_lead(fonts, size, spacing)
    baseline = 0.0
    head_at = point_at = block = 0
    for card, points in enumerate(body.point_counts):
        first = True
        while head_at < len(head_lines) and head_lines[head_at].block == card:
            if rows:
                baseline += (down * size + spacing.card_gap * size + up * heading) if first else heading_spec.leading * heading
            rows.append(Row("heading", head_lines[head_at], heading, baseline, card))
            ascent.append(up * heading)
            descent.append(down * heading)
            penalty.append(0.0 if first else None)
            lead.append(0.0)
            head_at += 1
            first = False
        fresh = True  # no point line since the heading yet
        for _ in range(points):
            count = 0
            while point_at < len(point_lines) and point_lines[point_at].block == block:
                count += 1
                point_at += 1
            for index in range(count):
                line = point_lines[point_at - count + index]
                if fresh:
                    baseline += down * heading + spacing.head_gap * size + up * size
                    cost = None  # a heading never ends a column alone
                    fresh = False
                elif index == 0:
                    baseline += (spacing.leading + spacing.point_gap) * size
                    cost = POINT_BREAK
                else:
                    baseline += spacing.leading * size
                    lone = index == 1 or index == count - 1
                    cost = None if lone and tidy else LINE_BREAK + (LONE_LINE if lone else 0.0)
                rows.append(Row("bullet" if index == 0 else "text", line, size, baseline, card))
                ascent.append(up * size)
                descent.append(down * size)
                penalty.append(cost)
                lead.append(continued)
            block += 1
    baselines = [row.baseline for row in rows]
    return SetBody(tuple(rows), Flow(baselines, ascent, descent, penalty, lead))


def continued_lead(fonts: Fonts, size: float, spacing: Spacing) -> float:
    """Room a "Title (cont.)" label takes above a column that starts inside a card: one bold
    line at body ``size``, then the gap a heading leaves before its first point."""
    return (fonts.ascent + fonts.descent + spacing.head_gap) * size


def least_height(body: Body, width: float, size: float, spacing: Spacing) -> float:
    """A lower bound on the body's height in one column ``width`` wide: each block takes at
    least its width over the line's, however its lines break. No line is broken."""
    fonts = body.fonts
    up, down = fonts.ascent, fonts.descent
    heading = size * HEADING_SCALE
    head_limit = width / heading
    point_limit = width / size - BULLET_INDENT
    if head_limit <= 0 or point_limit <= 0:
        return math.inf
    head_leading = spacing.heading_spec(heading).leading * heading
    height = (up * heading + down * size
              + (body.card_count - 1) * (down * size + spacing.card_gap * size + up * heading)
              + body.card_count * (down * heading + spacing.head_gap * size + up * size)
              + (body.point_count - body.card_count) * (spacing.leading + spacing.point_gap) * size)
    extra_head_lines = sum(max(1, math.ceil(w / head_limit - 1e-9)) - 1 for w in body.head_widths)
    extra_point_lines = sum(max(1, math.ceil(w / point_limit - 1e-9)) - 1 for w in body.point_widths)
    return height + extra_head_lines * head_leading + extra_point_lines * spacing.leading * size


def may_fit(body: Body, width: float, size: float, spacing: Spacing, caps: list[float]) -> bool:
    """False when the text cannot fit columns ``caps`` high (``least_height``, less the space
    dropped at each column's top); True means only that a full trial is worth making."""
    fonts = body.fonts
    widest_gap = size * max(spacing.card_gap, spacing.leading + spacing.point_gap - fonts.ascent - fonts.descent)
    return least_height(body, width, size, spacing) - (len(caps) - 1) * widest_gap <= sum(caps) + 1e-6
