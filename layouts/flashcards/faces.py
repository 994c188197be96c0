"""Typesetting one card's two faces: the title on the front, the points on the back.

Everything is measured here once, with the shared fitting routine; drawing
only places the lines that fitting chose. A back too long for one card at
the floor size is cut into parts, each of which becomes a card of its own.
"""
from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Sequence

from ..kit.fitting import Paragraph, Line, TypeSpec, Word, break_lines, fit, prepare, set_blocks, text_height, words_of
from ..kit.fonts import Fonts
from ..options import Style
from ..kit.page import MM, Rect
from ..kit.document import Document
from ..kit.pictures import Picture, Placed, fitted_size

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
    short_back: TypeSpec
    """A back that is one short point (a meaning, a translation): set like a front, from the title's size."""


BACK_FLOOR = 8.0
"""The smallest size on a card's back in any profile (DESIGN: 8 pt on card backs)."""
TITLE_FLOOR = 12.0
"""The smallest title size in any profile."""
HEADER_SIZE = 7.5
"""The header's size in the standard profile; other profiles raise it to their floor."""


def face_spec(style: Style, fonts: Fonts) -> tuple[FaceSpec, Word]:
    """The sizes for ``style``'s profile (``Style.rules``), kept to its floor and line spacing,
    with the hanging indent fitted to the bullet the font has; and that bullet.

    A title is always at least a quarter larger than the back's floor, so it
    reads as a heading: 12 pt in standard, 15 pt in dyslexia, 20 pt in large print.
    """
    rules = style.rules
    back_floor = max(BACK_FLOOR, rules.floor)
    title_floor = max(TITLE_FLOOR, 1.25 * back_floor)
    glyph = next((char for char in ("•", "–", "-") if fonts.regular.has(char)), "-")
    bullet = words_of(((glyph, False),), fonts)[0]
    return FaceSpec(
        title=TypeSpec(max(rules.card_title, title_floor), title_floor, leading=max(1.15, rules.leading)),
        back=TypeSpec(max(rules.card_back, back_floor), back_floor, leading=max(1.25, rules.leading),
                      gap=0.4, indent=bullet.width + 0.45),
        header=max(HEADER_SIZE, rules.floor),
        short_back=TypeSpec(max(rules.card_title, title_floor), back_floor, leading=max(1.15, rules.leading)),
    ), bullet


@dataclass(frozen=True)
class FaceGeometry:
    """Where a face's text goes, relative to the card's bottom-left corner."""

    inset: float
    """Distance from the card's cut lines to any text."""
    title_box: Rect
    """The box the front's title is fitted into, below the header and as far above the bottom."""
    back_box: Rect
    """The box the back's points are fitted into."""


def geometry(card_width: float, card_height: float, inset: float, spec: FaceSpec, fonts: Fonts) -> FaceGeometry:
    text = Rect(0, 0, card_width, card_height).inset(inset)
    band = (fonts.ascent + fonts.descent) * spec.header + HEADER_GAP
    title_box = Rect(text.x, text.y + band, text.width, text.height - 2 * band)
    return FaceGeometry(inset, title_box, text)


PICTURE_GAP = 2 * MM
"""Space between a picture and the text beside it."""
TITLE_SHARE = 0.4
"""The most of the front's box a title takes when a picture goes under it."""
POINTS_SHARE = 0.6
"""The most of the back's box the points take when a picture goes above them."""


class Shared(NamedTuple):
    """A face shared by text and a picture, relative to the card's lower left corner."""

    text_box: Rect
    """Exactly the set text's height: the text is drawn centred in it."""
    picture: Placed
    """The picture, centred across the face."""


def share(box: Rect, text_height: float, picture: Picture, picture_first: bool) -> Shared:
    """``box`` shared between set text ``text_height`` tall and ``picture`` in the rest (aspect kept,
    never cropped): the picture under the text (a front) or above it (``picture_first``, a back), the
    two centred together."""
    width, height = fitted_size(picture, box.width, box.height - text_height - PICTURE_GAP)
    gap = PICTURE_GAP if height > 0 else 0.0
    top = box.top - (box.height - text_height - gap - height) / 2
    left = box.x + (box.width - width) / 2
    if picture_first:
        placed = Placed(picture, left, top - height, width, height)
        text_top = top - height - gap
    else:
        placed = Placed(picture, left, top - text_height - gap - height, width, height)
        text_top = top
    return Shared(Rect(box.x, text_top - text_height, box.width, text_height), placed)


def picture_room(box: Rect, text_height: float) -> tuple[float, float]:
    """The width and height left for a picture in ``box`` beside text ``text_height`` tall."""
    return box.width, box.height - text_height - PICTURE_GAP


class SetText(NamedTuple):
    """Lines of text set at one size: a title, or one card's worth of a back.

    Kept compact, as one tuple of words and the bounds of each line, since a
    big pack holds tens of thousands of them.
    """

    size: float
    """Font size."""
    height: float
    """Height of the set text, for centring."""
    words: tuple[Word, ...]
    """Every word of the lines, in order (shared by the parts of a continued back)."""
    spans: bytes
    """Per line, start and end in ``words`` (unsigned 32-bit), the end's top bit set on a point's first line."""
    centred: float = 0.0
    """For a back set like a front (one short point): its lines' spacing per point of size, and its lines are
    centred with no bullet; 0 for bulleted points."""

    def rows(self) -> Iterator[tuple[bool, tuple[Word, ...]]]:
        """Each line: whether it starts a block (a point, which takes a bullet), and its words."""
        bounds = memoryview(self.spans).cast("I")
        words = self.words
        for index in range(0, len(bounds), 2):
            end = bounds[index + 1]
            yield end >= _FIRST, words[bounds[index]:end & _END]


_FIRST = 1 << 31
_END = _FIRST - 1


def _compact(parts: Sequence[tuple[float, Sequence[Line], float]]) -> tuple[SetText, ...]:
    """(size, lines, height) parts of one text as SetTexts sharing one tuple of words."""
    words = tuple(word for _, lines, _ in parts for line in lines for word in line.words)
    backs = []
    start = 0
    for size, lines, height in parts:
        bounds = array("I")
        for line in lines:
            end = start + len(line.words)
            bounds.extend((start, end | _FIRST if line.first else end))
            start = end
        backs.append(SetText(size, height, words, bounds.tobytes()))
    return tuple(backs)


class Overflow(NamedTuple):
    """How far a back overflows one card at the floor size."""

    lines: int
    """Lines beyond what one card holds."""
    cards: int
    """Cards the back takes when continued."""


SHORT_POINT_WORDS = 6
"""A back of one point of at most this many words is a meaning or a translation: it is set like a front."""


def is_short(points: Sequence[tuple[tuple[str, bool], ...]]) -> bool:
    """Whether a back is one short point (``SHORT_POINT_WORDS`` words at most)."""
    return len(points) == 1 and len("".join(text for text, _ in points[0]).split()) <= SHORT_POINT_WORDS


def set_back(points: Sequence[tuple[tuple[str, bool], ...]], box: Rect, spec: TypeSpec,
             fonts: Fonts, short: TypeSpec | None = None) -> tuple[tuple[SetText, ...], Overflow | None]:
    """The back set at the largest size that fits; if none does, spread over as few cards as the
    floor size needs, its points shared out evenly and every part at one size. With ``short``, a back
    that is one short point is set like a front by it: large, centred, no bullet."""
    if short is not None and is_short(points):
        block = Paragraph(tuple(points[0]))
        words = prepare([block], fonts)
        fitted = fit([block], box.width, box.height, short, fonts, words)
        if fitted.fits:
            lines = fitted.lines
            if len(lines) > 1:
                lines = _balanced(words[0], len(lines), box.width / fitted.size, fonts)
            return (_compact([(fitted.size, lines, fitted.height)])[0]._replace(centred=short.leading),), None
    blocks = [Paragraph(runs, bullet=True) for runs in points]
    words = prepare(blocks, fonts)
    fitted = fit(blocks, box.width, box.height, spec, fonts, words)
    if fitted.fits:
        return _compact([(fitted.size, fitted.lines, fitted.height)]), None
    parts = _paginate(fitted.lines, fitted.size, box.height, spec, fonts)
    overflow = Overflow(max(1, math.ceil((fitted.height - box.height) / (spec.leading * fitted.size) - 1e-6)), len(parts))
    line_counts = [0] * len(blocks)
    for line in fitted.lines:
        line_counts[line.block] += 1
    balanced = _balanced_parts(blocks, words, line_counts, len(parts), box, spec, fonts)
    if balanced is not None:
        return balanced, overflow
    return _compact([(fitted.size, part, _height(part, fitted.size, spec, fonts)) for part in parts]), overflow


def _balanced_parts(blocks: Sequence[Paragraph], words: Sequence[Sequence[Word]], line_counts: Sequence[int], count: int,
                    box: Rect, spec: TypeSpec, fonts: Fonts) -> tuple[SetText, ...] | None:
    """Whole points shared out over ``count`` cards as evenly as their lines allow, all set at the
    largest size every part fits; None when a part cannot fit (a single point longer than a card)."""
    if len(blocks) < count:
        return None
    groups = _partition([lines + spec.gap / spec.leading for lines in line_counts], count)
    fitted = [fit(blocks[a:b], box.width, box.height, spec, fonts, words[a:b]) for a, b in groups]
    if not all(part.fits for part in fitted):
        return None
    size = min(part.size for part in fitted)
    backs: list[tuple[float, Sequence[Line], float]] = []
    for (a, b), part in zip(groups, fitted):
        lines = part.lines
        if part.size != size:
            lines = tuple(set_blocks(words[a:b], [True] * (b - a), box.width, size, spec, fonts))
        height = text_height(len(lines), b - a, size, spec, fonts)
        if height > box.height + 1e-6:
            return None
        backs.append((size, lines, height))
    return _compact(backs)


def _partition(weights: Sequence[float], count: int) -> list[tuple[int, int]]:
    """``weights`` cut into ``count`` runs of neighbours (start, end) so the heaviest run is as light as can be;
    among equal cuttings, each last run is as long as it can be.

    For a given number of runs, the best start of the last run only moves right as the end
    does (the runs before it get heavier, the last run lighter), so each end resumes the
    search where the previous one left off: linear per run count, not quadratic, which a
    back of a thousand points needs.
    """
    total = len(weights)
    prefix = [0.0]
    for weight in weights:
        prefix.append(prefix[-1] + weight)
    before = [0.0] + [math.inf] * total
    cuts: list[list[int]] = []
    for groups in range(1, count + 1):
        worst = [math.inf] * (total + 1)
        cut = [0] * (total + 1)
        first = groups - 1  # the last start where the last run still outweighs the runs before it
        for end in range(groups, total + 1):
            best, best_start = math.inf, first
            for start in range(first, end):
                earlier, last = before[start], prefix[end] - prefix[start]
                cost = max(earlier, last)
                if cost < best - 1e-9:
                    best, best_start = cost, start
                if earlier >= last:
                    break  # from here the runs before only get heavier
                first = start
            worst[end], cut[end] = best, best_start
        before = worst
        cuts.append(cut)
    runs, end = [], total
    for cut in reversed(cuts):
        start = cut[end]
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


def set_title(title: str, box: Rect, spec: TypeSpec, fonts: Fonts) -> tuple[SetText, bool]:
    """The title, bold, at the largest size that fits, its lines balanced in length for centring;
    and whether it fits (if not, it is set at the floor)."""
    blocks = [Paragraph(((title, True),))]
    words = prepare(blocks, fonts)
    fitted = fit(blocks, box.width, box.height, spec, fonts, words)
    lines = fitted.lines
    if len(lines) > 1:
        lines = _balanced(words[0], len(lines), box.width / fitted.size, fonts, spec.hyphenate)
    return _compact([(fitted.size, lines, fitted.height)])[0], fitted.fits


def _balanced(words: Sequence[Word], count: int, limit: float, fonts: Fonts, hyphenate: str | None = None) -> list[Line]:
    """The narrowest breaking into ``count`` lines, so a centred title is not one long line and a stub.

    Starts at the narrowest width that could hold the words in ``count``
    lines and widens only to the next width at which some line takes one
    more word, so it needs a few breakings rather than a search.
    """
    total = sum(word.width + word.space for word in words) - words[-1].space
    width = max(min(max(word.width for word in words), limit), total / count)
    while width < limit:
        lines = break_lines(words, width, 0, fonts, hyphenate)
        if len(lines) <= count:
            return lines
        wider = [line.width + line.words[-1].space + after.words[0].width for line, after in zip(lines, lines[1:])]
        width = min([candidate for candidate in wider if candidate > width + 1e-9] + [limit])
    return break_lines(words, limit, 0, fonts, hyphenate)


# -- drawing ---------------------------------------------------------------

def width_of(words: Sequence[Word]) -> float:
    """Width at 1 pt of ``words`` set on one line."""
    return sum(word.width + word.space for word in words) - words[-1].space if words else 0.0


TAG_GAP = 1.5 * MM
"""Space between a gender mark and the card number."""


def draw_front(doc: Document, card: Rect, title: SetText, header: Sequence[Word], label: str,
               geo: FaceGeometry, spec: FaceSpec, shared: Shared | None = None, tag: str = "") -> None:
    """The header (pack title left, card number right, a noun's gender mark ``tag`` beside the number) and
    the title centred in its box (``shared``: in its part of the face, the picture under it)."""
    fonts = doc.fonts
    text = card.inset(geo.inset)
    baseline = text.top - fonts.reach([piece for word in header for piece, _ in word.pieces]) * spec.header
    number = words_of(((label, False),), fonts)
    if tag:
        mark = words_of(((tag, True),), fonts)
        room = width_of(number) * spec.header + TAG_GAP
        x = text.x + room if doc.right_to_left else text.right - room - width_of(mark) * spec.header
        doc.rows(((x, baseline, mark),), spec.header, GREY)
    if doc.right_to_left:  # the pack's title where reading starts, on the right
        doc.rows(((text.right - width_of(header) * spec.header, baseline, header), (text.x, baseline, number)),
                 spec.header, GREY)
    else:
        doc.rows(((text.x, baseline, header), (text.right - width_of(number) * spec.header, baseline, number)),
                 spec.header, GREY)
    box = (shared.text_box if shared else geo.title_box).shifted(card.x, card.y)
    if shared:
        doc.picture(shared.picture, card.x, card.y)
    size = title.size
    top = box.y + (box.height + title.height) / 2 - fonts.ascent * size
    centre = box.x + box.width / 2
    step = spec.title.leading * size
    doc.rows([(centre - width_of(words) * size / 2, top - index * step, words)
              for index, (_, words) in enumerate(title.rows())], size)


def draw_back(doc: Document, card: Rect, back: SetText, bullet: Word, geo: FaceGeometry, spec: TypeSpec,
              shared: Shared | None = None) -> None:
    """The points, left aligned with hanging bullets, the block centred vertically on the card (``shared``:
    in its part of the face, the picture above them)."""
    box = (shared.text_box if shared else geo.back_box).shifted(card.x, card.y)
    if shared:
        doc.picture(shared.picture, card.x, card.y)
    size = back.size
    y = box.y + (box.height + back.height) / 2 - doc.fonts.ascent * size
    if back.centred:
        centre, step = box.x + box.width / 2, back.centred * size
        doc.rows([(centre - width_of(words) * size / 2, y - index * step, words)
                  for index, (_, words) in enumerate(back.rows())], size)
        return
    bullets = (bullet,)
    indent = box.x + spec.indent * size
    step, gap = spec.leading * size, spec.gap * size
    right_to_left = doc.right_to_left
    rows = []
    for index, (first, words) in enumerate(back.rows()):
        if first:
            if index:
                y -= gap
            rows.append((box.right - bullet.width * size if right_to_left else box.x, y, bullets))
        rows.append((box.right - spec.indent * size - width_of(words) * size if right_to_left else indent, y, words))
        y -= step
    doc.rows(rows, size)
