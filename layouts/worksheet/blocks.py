"""Measured blocks and pages for the worksheet and its key.

Planning measures and breaks every paragraph (with the shared fitting tools)
into ``Block``s: a height and the drawing operations inside it. Pages are
then filled with whole blocks, so a question is never split across pages.
Drawing (``worksheet.draw``) only replays the operations.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Sequence, Union

from ..kit.fitting import Line, TypeSpec, Word, break_lines, text_height
from ..kit.fonts import Fonts
from ..kit.pictures import Picture
from ..options import Style

BLANK = "\u00a0"
"""A blank is a run of no-break spaces (one unbreakable word) with a rule drawn under it."""


def blank_text(width: float, size: float, fonts: Fonts) -> str:
    """A blank ``width`` wide at ``size``: no-break spaces, or underscores in a font that lacks them."""
    char = BLANK if fonts.regular.has(BLANK) and fonts.width(BLANK) > 0 else "_"
    return char * max(1, round(width / (fonts.width(char) * size)))


def unbroken(text: str, fonts: Fonts) -> str:
    """``text`` with its spaces made no-break (where the font has the character)."""
    return text.replace(" ", BLANK) if fonts.regular.has(BLANK) else text


class Text(NamedTuple):
    """A one-line label."""

    x: float
    y: float
    """Baseline: distance below the block's top (in a block) or PDF y (on a page)."""
    text: str
    size: float
    bold: bool = False
    align: str = "left"


class Set(NamedTuple):
    """A line set by the fitting tools."""

    x: float
    y: float
    line: Line
    size: float


class Rule(NamedTuple):
    """A straight line from (x, y) to (x2, y2)."""

    x: float
    y: float
    x2: float
    y2: float
    width: float = 0.6
    grey: float = 0.0


class Box(NamedTuple):
    """A rectangle outline; (x, y) is its top left."""

    x: float
    y: float
    width: float
    height: float
    line_width: float = 0.8


class Image(NamedTuple):
    """A picture scaled to ``width`` × ``height``; (x, y) is its top left."""

    x: float
    y: float
    width: float
    height: float
    picture: Picture


Op = Union[Text, Set, Rule, Box, Image]


@dataclass(frozen=True)
class Block:
    """Something placed whole: its height and what to draw, measured down from its top."""

    height: float
    ops: tuple[Op, ...]
    keep_with_next: bool = False
    """Headings: never left at the foot of a page without what follows."""
    space_before: float = 0.0
    """Space above it, dropped at the top of a page."""
    compact: Block | None = None
    """A smaller form (fewer answer lines), used throughout when that saves a page."""


@dataclass(frozen=True)
class Typography:
    """Sizes for one reading profile."""

    body: float
    """Questions and answers."""
    leading: float
    """Line spacing, per point of size."""
    heading: float
    """Section headings."""
    title: float
    """The pack's title."""
    small: float
    """Footers and labels."""
    key: float
    """Body size of the answer key."""
    key_columns: int
    """Columns of the answer key."""
    floor: float
    """The smallest body size a question may shrink to when it is taller than a page."""

    @property
    def gap_leading(self) -> float:
        """Line spacing of sentences with blanks: room to write above the line."""
        return max(self.leading, 1.9)


WORKSHEET_FLOOR = 8.0
"""A question is never shrunk below this, even where the profile would allow 7 pt: it is to be written on."""


def typography(style: Style) -> Typography:
    """The sizes for ``style``'s profile, kept to the profile's floor and line spacing (``Style.rules``)."""
    rules = style.rules
    return Typography(rules.worksheet_body, max(1.3, rules.leading), rules.worksheet_heading, rules.worksheet_title,
                      max(rules.worksheet_small, rules.floor), max(rules.worksheet_key, rules.floor),
                      rules.worksheet_key_columns, max(WORKSHEET_FLOOR, rules.floor))


def paragraph(words: Sequence[Word], x: float, width: float, size: float, leading: float, fonts: Fonts,
              top: float = 0.0) -> tuple[list[Op], float, list[tuple[float, Line]]]:
    """Words broken into lines ``width`` wide from ``top``: the ops, the height and (baseline, line) pairs."""
    lines = break_lines(words, width / size, fonts=fonts)
    ops: list[Op] = []
    placed: list[tuple[float, Line]] = []
    baseline = top + fonts.ascent * size
    for line in lines:
        ops.append(Set(x, baseline, line, size))
        placed.append((baseline, line))
        baseline += leading * size
    height = text_height(len(lines), 1, size, TypeSpec(size, size, leading=leading), fonts)
    ops.extend(blank_rules(placed, x, size, fonts))
    return ops, height, placed


def blank_rules(placed: list[tuple[float, Line]], x: float, size: float, fonts: Fonts) -> list[Op]:
    """A rule under every blank in the lines: where Document.words will have left its space."""
    rules: list[Op] = []
    for baseline, line in placed:
        cursor = x
        for index, word in enumerate(line.words):
            for text, bold in word.pieces:
                width = fonts.width(text, bold) * size
                if text and text.strip(BLANK) == "":
                    rules.append(Rule(cursor, baseline + 0.15 * size, cursor + width, baseline + 0.15 * size, 0.7))
                cursor += width
            if index < len(line.words) - 1:
                cursor += word.space * size
    return rules


def shifted(ops: Sequence[Op], dx: float = 0.0, dy: float = 0.0) -> list[Op]:
    """Ops moved right by ``dx`` and down by ``dy`` (block coordinates)."""
    moved: list[Op] = []
    for op in ops:
        if isinstance(op, Rule):
            moved.append(op._replace(x=op.x + dx, y=op.y + dy, x2=op.x2 + dx, y2=op.y2 + dy))
        else:
            moved.append(op._replace(x=op.x + dx, y=op.y + dy))
    return moved


def on_page(ops: Sequence[Op], top: float) -> list[Op]:
    """Block ops turned into page ops with the block's top at PDF y ``top``."""
    placed: list[Op] = []
    for op in ops:
        if isinstance(op, Rule):
            placed.append(op._replace(y=top - op.y, y2=top - op.y2))
        else:
            placed.append(op._replace(y=top - op.y))
    return placed


def flow(blocks: Sequence[Block], heights: Sequence[float]) -> list[list[tuple[Block, float]]]:
    """Blocks into frames (columns or pages) of the given heights, whole, keeping headings with what follows.

    Returns per frame the blocks with their offsets down from the frame's top.
    ``heights`` gives the first frames' heights; the last one repeats.
    """
    frames: list[list[tuple[Block, float]]] = [[]]
    used = 0.0
    index = 0

    def room() -> float:
        return heights[min(len(frames) - 1, len(heights) - 1)]

    while index < len(blocks):
        group = [blocks[index]]
        while group[-1].keep_with_next and index + len(group) < len(blocks):
            group.append(blocks[index + len(group)])
        needed = sum(b.height + (b.space_before if i or frames[-1] else 0.0) for i, b in enumerate(group))
        if frames[-1] and used + needed > room() + 0.01:
            frames.append([])
            used = 0.0
        for block in group:
            if frames[-1]:
                used += block.space_before
            frames[-1].append((block, used))
            used += block.height
        index += len(group)
    return frames
