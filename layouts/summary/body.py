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
from typing import Sequence

from ..kit.fitting import Paragraph, Line, TypeSpec, Word, prepare, set_blocks
from ..kit.fonts import Fonts
from ..kit.pictures import Picture, fitted_size
from ..kit.fractions import stacked_runs, stacked_title

POINT_BREAK = 6.0
"""Cost, in body lines, of a column break between two points of a card (between cards: 0)."""
LINE_BREAK = 12.0
"""Cost of a column break inside a point."""
LONE_LINE = 10.0
"""Extra cost when that break leaves one line of the point alone at a column's foot or head;
a tidy setting does not allow it at all."""
THUMBNAIL_SHARE = 0.2
"""Width of the room for a card's picture, as a share of the column: its text is narrowed beside it."""
THUMBNAIL_TALLEST = 1.25
"""The room's height, as a multiple of its width (a tall picture is scaled down to it)."""
THUMBNAIL_GAP = 0.6
"""Space between a card's text and its picture, per point of body size."""


def heading_runs(card: Card, fonts: Fonts) -> tuple[tuple[str, bool], ...]:
    """A card's heading: its title in bold, then its date if it has one, kept whole on one
    line (no-break spaces, where the font has them)."""
    title = stacked_title(card)
    if not card.date:
        return ((title, True),)
    glue = "\u00a0" if fonts.regular.has("\u00a0") else " "
    return ((title, True), (" ·" + glue + glue.join(card.date.split()), False))


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
            self.points = prepare([Paragraph(stacked_runs(point), True) for card in pack.cards for point in card.points], fonts)
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
class Thumbnail:
    """A card's picture beside its text, at the column's right, its top level with the heading's glyphs."""

    row: int
    """Index of the card's first heading row."""
    width: float
    """Printed width."""
    height: float
    """Printed height."""
    picture: Picture
    """What is drawn."""


@dataclass(frozen=True)
class SetBody:
    """The body set at one size and width."""

    rows: tuple[Row, ...]
    """Every line, in reading order."""
    flow: Flow
    """The same lines, measured for cutting into columns."""
    thumbnails: tuple[Thumbnail, ...] = ()
    """The cards' pictures, in card order."""


def thumbnail_room(width: float, size: float) -> tuple[float, float]:
    """The width left for a pictured card's text in a column ``width`` wide, and the picture's room width."""
    room = THUMBNAIL_SHARE * width
    return width - room - THUMBNAIL_GAP * size, room


def _lines(prepared: Sequence[Sequence[Word]], bullet: bool, width: float, size: float, spec: TypeSpec, fonts: Fonts,
           narrowed: set[int], narrow: float) -> list[Line]:
    """Every block broken into lines ``width`` wide, those of blocks in ``narrowed`` only ``narrow`` wide."""
    lines = set_blocks(prepared, [bullet] * len(prepared), width, size, spec, fonts)
    if not narrowed:
        return lines
    beside = set_blocks(prepared, [bullet] * len(prepared), narrow, size, spec, fonts)
    kept = [line for line in lines if line.block not in narrowed] + [line for line in beside if line.block in narrowed]
    return sorted(kept, key=lambda line: line.block)


def set_body(body: Body, width: float, size: float, spacing: Spacing, tidy: bool = False,
             pictures: tuple[Picture | None, ...] = ()) -> SetBody:
    """Every card set at body ``size`` in columns ``width`` wide; with ``tidy``, no column may
    break a point where that leaves one of its lines alone. A card with one of ``pictures`` (one per
    card, or none) has its text narrowed beside it; no column breaks the card above the picture's
    foot, and the card reaches at least down to it."""
    fonts = body.fonts
    heading = size * HEADING_SCALE
    heading_spec, body_spec = spacing.heading_spec(heading), spacing.body_spec(size)
    pictured = {card for card, picture in enumerate(pictures) if picture is not None}
    narrow, room = thumbnail_room(width, size)
    card_of_point = [card for card, count in enumerate(body.point_counts) for _ in range(count)]
    pictured_points = {block for block, card in enumerate(card_of_point) if card in pictured}
    head_lines = _lines(body.heads, False, width, heading, heading_spec, fonts, pictured, narrow)
    point_lines = _lines(body.points, True, width, size, body_spec, fonts, pictured_points, narrow)
    thumbnails: list[Thumbnail] = []
    up, down = fonts.ascent, fonts.descent
    rows: list[Row] = []
    ascent: list[float] = []
    descent: list[float] = []
    penalty: list[float | None] = []
    lead: list[float] = []
    continued = continued_lead(fonts, size, spacing)
    baseline = 0.0
    head_at = point_at = block = 0
    foot = -math.inf  # the foot of the last card's picture
    for card, points in enumerate(body.point_counts):
        first = True
        if rows and foot > baseline + descent[-1]:  # the picture reaches below the card's text
            baseline += foot - (baseline + descent[-1])
            descent[-1] = foot - rows[-1].baseline
        foot = -math.inf
        while head_at < len(head_lines) and head_lines[head_at].block == card:
            if first and card in pictured:
                drawn = fitted_size(pictures[card], room, room * THUMBNAIL_TALLEST)
                thumbnails.append(Thumbnail(len(rows), drawn[0], drawn[1], pictures[card]))
                foot = (baseline + (down * size + spacing.card_gap * size + up * heading if rows else 0.0)
                        - up * heading + drawn[1])
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
                if foot > rows[-1].baseline + descent[-1] + 1e-6:  # a column may not cut the picture
                    cost = None
                rows.append(Row("bullet" if index == 0 else "text", line, size, baseline, card))
                ascent.append(up * size)
                descent.append(down * size)
                penalty.append(cost)
                lead.append(continued)
            block += 1
    if rows and foot > baseline + descent[-1]:
        descent[-1] = foot - rows[-1].baseline
    baselines = [row.baseline for row in rows]
    return SetBody(tuple(rows), Flow(baselines, ascent, descent, penalty, lead), tuple(thumbnails))


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
