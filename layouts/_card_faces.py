"""Typesetting one card's two faces: the title on the front, the points on the back.

Everything is measured here once, with the shared fitting routine; drawing
only places the lines that fitting chose. A back too long for one card at
the floor size is cut into parts, each of which becomes a card of its own.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import NamedTuple, Sequence

from .fitting import Block, Fitted, Line, TypeSpec, Word, break_lines, fit, prepare, set_blocks, text_height, words_of
from .fonts import Fonts
from .page import MM, Rect
from .pdf import Document

HEADER_GAP = 2 * MM
"""Space between the front's small header and the title's box (kept free at the bottom too, so the title is centred)."""
GREY = (0.42, 0.42, 0.42)
"""The colour of the front's header: present, but quieter than the title."""


class FaceSpec(NamedTuple):
    """The type sizes of a reading profile."""

    title: TypeSpec
    """The front's title: bold, centred."""
    back: TypeSpec
    """The back's bulleted points (``indent`` is set from the font's bullet)."""
    header: float
    """Size of the front's header (pack title, card number)."""


PROFILE_SPECS = {
    "standard": FaceSpec(TypeSpec(24, 12, leading=1.15), TypeSpec(14, 8, leading=1.25, gap=0.4), 7.5),
    "large-print": FaceSpec(TypeSpec(32, 20, leading=1.15), TypeSpec(20, 16, leading=1.3, gap=0.4), 12),
    "dyslexia": FaceSpec(TypeSpec(26, 16, leading=1.2), TypeSpec(14, 12, leading=1.5, gap=0.5), 9),
}
"""Per profile: large print never goes under 16 pt on a back; dyslexia keeps 12–14 pt at 1.5 spacing."""


def face_spec(profile: str, fonts: Fonts) -> tuple[FaceSpec, Word]:
    """The profile's sizes, with the hanging indent fitted to the bullet the font has, and that bullet."""
    spec = PROFILE_SPECS[profile]
    glyph = next((char for char in ("•", "–", "-") if fonts.regular.has(char)), "-")
    bullet = words_of(((glyph, False),), fonts)[0]
    indent = bullet.width + 0.45
    return spec._replace(back=replace(spec.back, indent=indent)), bullet


@dataclass(frozen=True)
class Geometry:
    """Where a face's text goes, relative to the card's bottom-left corner."""

    inset: float
    """Distance from the card's cut lines to any text."""
    title_box: Rect
    """The box the front's title is fitted into, below the header and as far above the bottom."""
    back_box: Rect
    """The box the back's points are fitted into."""


def geometry(card_width: float, card_height: float, inset: float, spec: FaceSpec, fonts: Fonts) -> Geometry:
    text = Rect(0, 0, card_width, card_height).inset(inset)
    band = (fonts.ascent + fonts.descent) * spec.header + HEADER_GAP
    title_box = Rect(text.x, text.y + band, text.width, text.height - 2 * band)
    return Geometry(inset, title_box, text)


class Back(NamedTuple):
    """One card's worth of a back: its lines at one size."""

    size: float
    """Font size."""
    lines: tuple[Line, ...]
    """The lines, in order; a line that is not its point's first has no bullet."""
    height: float
    """Height of the set text, for centring."""


class Overflow(NamedTuple):
    """How far a back overflows one card at the floor size."""

    lines: int
    """Lines beyond what one card holds."""
    cards: int
    """Cards the back takes when continued."""


def set_back(points: Sequence[tuple[tuple[str, bool], ...]], box: Rect, spec: TypeSpec,
             fonts: Fonts) -> tuple[tuple[Back, ...], Overflow | None]:
    """The back set at the largest size that fits; if none does, spread over as few cards as the
    floor size needs, its points shared out evenly and every part at one size."""
    blocks = [Block(runs, bullet=True) for runs in points]
    words = prepare(blocks, fonts)
    fitted = fit(blocks, box.width, box.height, spec, fonts, words)
    if fitted.fits:
        return (Back(fitted.size, fitted.lines, fitted.height),), None
    parts = _paginate(fitted.lines, fitted.size, box.height, spec, fonts)
    overflow = Overflow(max(1, math.ceil((fitted.height - box.height) / (spec.leading * fitted.size) - 1e-6)), len(parts))
    line_counts = [0] * len(blocks)
    for line in fitted.lines:
        line_counts[line.block] += 1
    balanced = _balanced_parts(blocks, words, line_counts, len(parts), box, spec, fonts)
    if balanced is not None:
        return balanced, overflow
    return tuple(Back(fitted.size, part, _height(part, fitted.size, spec, fonts)) for part in parts), overflow


def _balanced_parts(blocks: Sequence[Block], words: Sequence[Sequence[Word]], line_counts: Sequence[int], count: int,
                    box: Rect, spec: TypeSpec, fonts: Fonts) -> tuple[Back, ...] | None:
    """Whole points shared out over ``count`` cards as evenly as their lines allow, all set at the
    largest size every part fits; None when a part cannot fit (a single point longer than a card)."""
    if len(blocks) < count:
        return None
    groups = _partition([lines + spec.gap / spec.leading for lines in line_counts], count)
    fitted = [fit(blocks[a:b], box.width, box.height, spec, fonts, words[a:b]) for a, b in groups]
    if not all(part.fits for part in fitted):
        return None
    size = min(part.size for part in fitted)
    backs = []
    for (a, b), part in zip(groups, fitted):
        lines = part.lines
        if part.size != size:
            lines = tuple(set_blocks(words[a:b], [True] * (b - a), box.width, size, spec, fonts))
        height = text_height(len(lines), b - a, size, spec, fonts)
        if height > box.height + 1e-6:
            return None
        backs.append(Back(size, lines, height))
    return tuple(backs)


def _partition(weights: Sequence[float], count: int) -> list[tuple[int, int]]:
    """``weights`` cut into ``count`` runs of neighbours (start, end) so the heaviest run is as light as can be."""
    total = len(weights)
    prefix = [0.0]
    for weight in weights:
        prefix.append(prefix[-1] + weight)
    worst = [[math.inf] * (total + 1) for _ in range(count + 1)]
    cut = [[0] * (total + 1) for _ in range(count + 1)]
    worst[0][0] = 0.0
    for groups in range(1, count + 1):
        for end in range(groups, total + 1):
            for start in range(groups - 1, end):
                cost = max(worst[groups - 1][start], prefix[end] - prefix[start])
                if cost < worst[groups][end] - 1e-9:
                    worst[groups][end], cut[groups][end] = cost, start
    runs, end = [], total
    for groups in range(count, 0, -1):
        start = cut[groups][end]
        runs.append((start, end))
        end = start
    return runs[::-1]


def _height(lines: Sequence[Line], size: float, spec: TypeSpec, fonts: Fonts) -> float:
    blocks = len({line.block for line in lines})
    return text_height(len(lines), blocks, size, spec, fonts)


def _paginate(lines: Sequence[Line], size: float, height: float, spec: TypeSpec, fonts: Fonts) -> list[tuple[Line, ...]]:
    """Cut lines into parts that each fit ``height``: a point moves whole to the next card when
    it fits there, otherwise it is split between lines, never leaving one line behind alone."""
    def fits(part: list[Line]) -> bool:
        return _height(part, size, spec, fonts) <= height + 1e-6

    by_block: dict[int, list[Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    parts: list[tuple[Line, ...]] = []
    current: list[Line] = []
    for block_lines in by_block.values():
        while block_lines:
            if fits(current + block_lines):
                current += block_lines
                break
            if current and fits(block_lines):
                parts.append(tuple(current))
                current = []
                continue
            taken = 0
            while taken < len(block_lines) and fits(current + block_lines[:taken + 1]):
                taken += 1
            if len(block_lines) - taken == 1 and taken > 2:
                taken -= 1  # no lone line at the top of the next card
            if current and taken < 2:
                parts.append(tuple(current))  # no lone line at the bottom of this one
                current = []
                continue
            taken = max(taken, 1)  # a card that cannot hold one line still gets one, rather than loop
            current += block_lines[:taken]
            block_lines = block_lines[taken:]
            parts.append(tuple(current))
            current = []
    if current:
        parts.append(tuple(current))
    return parts


def set_title(title: str, box: Rect, spec: TypeSpec, fonts: Fonts) -> Fitted:
    """The title, bold and centred, at the largest size that fits, its lines balanced in length."""
    blocks = [Block(((title, True),))]
    words = prepare(blocks, fonts)
    fitted = fit(blocks, box.width, box.height, spec, fonts, words)
    if len(fitted.lines) < 2:
        return fitted
    return replace(fitted, lines=tuple(_balanced(words[0], len(fitted.lines), box.width / fitted.size, fonts)))


def _balanced(words: Sequence[Word], count: int, limit: float, fonts: Fonts) -> list[Line]:
    """The narrowest breaking into ``count`` lines, so a centred title is not one long line and a stub."""
    widest = max(word.width for word in words)
    total = sum(word.width + word.space for word in words) - words[-1].space
    low, high = max(min(widest, limit), total / count) - 1e-6, limit
    best = break_lines(words, high, 0, fonts)
    for _ in range(12):
        middle = (low + high) / 2
        lines = break_lines(words, middle, 0, fonts)
        if len(lines) <= count:
            high, best = middle, lines
        else:
            low = middle
        if high - low < 0.01:
            break
    return best


# -- drawing ---------------------------------------------------------------

def draw_front(doc: Document, card: Rect, title: Fitted, header: Sequence[Word], label: str,
               geo: Geometry, spec: FaceSpec) -> None:
    """The header (pack title left, card number right) and the title centred in its box."""
    fonts = doc.fonts
    text = card.inset(geo.inset)
    baseline = text.top - fonts.ascent * spec.header
    doc.words(text.x, baseline, header, spec.header, GREY)
    doc.text(text.right, baseline, label, spec.header, align="right", color=GREY)
    box = geo.title_box.shifted(card.x, card.y)
    size = title.size
    y = box.y + (box.height + title.height) / 2 - fonts.ascent * size
    centre = box.x + box.width / 2
    step = spec.title.leading * size
    for line in title.lines:
        doc.line(centre - line.width * size / 2, y, line, size)
        y -= step


def draw_back(doc: Document, card: Rect, back: Back, bullet: Word, geo: Geometry, spec: TypeSpec) -> None:
    """The points, left aligned with hanging bullets, the block centred vertically on the card."""
    box = geo.back_box.shifted(card.x, card.y)
    size = back.size
    y = box.y + (box.height + back.height) / 2 - doc.fonts.ascent * size
    bullets = (bullet,)
    indent = box.x + spec.indent * size
    step, gap = spec.leading * size, spec.gap * size
    for index, line in enumerate(back.lines):
        if line.first:
            if index:
                y -= gap
            doc.words(box.x, y, bullets, size)
        doc.line(indent, y, line, size)
        y -= step
