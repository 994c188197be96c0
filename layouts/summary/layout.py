"""The one-page summary sheet: every card of a pack on one page, at the largest size that fits.

``plan`` searches orientation × columns × body size for the largest body size
at which every card fits (headings 1.25 × the body, key terms bold), breaking
ties toward fewer columns and portrait; spare room at the largest comfortable
size becomes spacing. It then balances the columns, moving cards whole where
that keeps them balanced, and never leaving a heading alone at a column's foot;
a column that starts inside a card opens with "Title (cont.)".
When nothing fits at the floor it raises StudypackError saying how long the
text is and what would help. ``draw`` only places what the plan decided.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ...errors import StudypackError
from ...source.model import Pack
from .frame import ACCENT, BULLET_INDENT, GREY, HEADING_SCALE, RULE_GREY, Scale, Frame, footer_text, gutter
from .body import SetBody
from .size_search import Arrangement, Search, refusal
from ..kit.fitting import Line, Word, break_lines, shortened, words_of
from ..kit.fonts import Fonts, check_coverage, fonts_for
from ..kit.scripts import pack_reads_right_to_left
from ..options import SummaryOptions
from ..kit.page import MM
from ..kit.document import Document
from ..kit.pictures import Picture, picture_of
from ..kit.pictures import Placed as PlacedPicture
from ..labels import Labels, labels_for

OUTPUTS = ("summary.pdf",)


@dataclass(frozen=True)
class Placed:
    """A line of text where it is drawn."""

    kind: str
    """title, info, heading, continued (a card's title atop a column it carries on in), bullet (a
    point's first line) or text."""
    x: float
    """Left end of the words."""
    baseline: float
    """Baseline, from the bottom of the page."""
    line: Line
    """The words."""
    size: float
    """Font size."""
    card: int | None = None
    """Index of the card the line belongs to; None in the header."""


@dataclass(frozen=True)
class Divider:
    """A straight line: under the header, between cards, or in a gutter."""

    start: tuple[float, float]
    """One end."""
    end: tuple[float, float]
    """The other end."""
    width: float
    """Stroke width."""
    color: tuple[float, float, float]
    """Stroke colour."""


@dataclass(frozen=True)
class Label:
    """A short single-line text, such as the footer."""

    x: float
    """Where it is anchored."""
    baseline: float
    """Its baseline."""
    text: str
    """What it says."""
    size: float
    """Font size."""
    align: str
    """left or right of ``x``."""


@dataclass(frozen=True)
class SheetPage:
    """Everything on one page."""

    lines: tuple[Placed, ...]
    """Text lines: header, headings and points."""
    rules: tuple[Divider, ...]
    """Lines drawn."""
    labels: tuple[Label, ...]
    """Footer texts."""
    pictures: tuple[PlacedPicture, ...] = ()
    """Cards' thumbnails, from the page's lower left corner."""


@dataclass(frozen=True)
class SummaryPlan:
    """What ``draw`` needs: every line placed, and what the search chose."""

    title: str
    """The PDF's title."""
    subject: str
    """The PDF's subject."""
    author: str
    """The PDF's author: the pack's, or empty."""
    fonts: Fonts
    """The fonts to draw with."""
    page_size: tuple[float, float]
    """Width and height of every page."""
    pages: tuple[SheetPage, ...]
    """The pages, in order."""
    body_size: float
    """Size of the points' text."""
    heading_size: float
    """Size of the card headings."""
    columns: int
    """Columns per page."""
    landscape: bool
    """Whether the paper is turned."""
    looseness: float
    """How much of the spare room went to spacing: 0 compact, 1 the most generous."""
    warnings: tuple[str, ...]
    """Things the user should know, such as characters the font lacks."""
    right_to_left: bool = False
    """The pack reads right to left: every line is aligned right, columns run right to left, bullets on the right."""


def plan(pack: Pack, options: SummaryOptions) -> SummaryPlan:
    """Search the layout, settle spacing and column breaks, and place every line."""
    fonts = fonts_for(options.style)
    check_coverage(fonts, pack, ("title", "subject", "course", "level", "author"))
    search = Search(pack, options, fonts)
    warnings: list[str] = []
    pictures = _thumbnails(pack) if options.style.images else ()
    choice = search.with_pictures(pictures).choose() if pictures else None
    if choice is not None:
        search = search.with_pictures(pictures)
    else:
        choice = search.choose()
        if choice is not None and pictures:
            warnings.append("the summary leaves out the cards' pictures: with them it does not fit"
                            f" on {'one page' if options.pages == 1 else f'{options.pages} pages'}"
                            " — allow more pages (--pages), or pass --no-images to leave them out without this warning")
    if choice is None:
        raise StudypackError(refusal(search))
    pages, looseness, setting, starts = search.arrange(choice)
    sheet = search.sheets[choice.landscape]
    placed = _place(pack, search.scale, sheet, setting, starts, choice, pages, fonts, labels_for(pack, options.style.lang))
    right_to_left = pack_reads_right_to_left(pack)
    if right_to_left:
        placed = tuple(_mirrored(page, sheet.body.x + sheet.body.right) for page in placed)
    return SummaryPlan(
        title=pack.title,
        subject=" · ".join(pack.facts("subject", "course")),
        author=pack.author or "",
        fonts=fonts,
        page_size=sheet.page_size,
        pages=placed,
        right_to_left=right_to_left,
        body_size=choice.size,
        heading_size=choice.size * HEADING_SCALE,
        columns=choice.columns,
        landscape=choice.landscape,
        looseness=looseness,
        warnings=tuple(warnings),
    )


def _thumbnails(pack: Pack) -> tuple[Picture | None, ...]:
    """Each card's front picture for a thumbnail, or None; nothing at all when no card has one."""
    if all(card.image is None for card in pack.cards):
        return ()
    return tuple(picture_of(card.image, card.image_size) if card.image is not None else None for card in pack.cards)


def _place(pack: Pack, scale: Scale, sheet: Frame, setting: SetBody, starts: tuple[int, ...], choice: Arrangement,
           page_count: int, fonts: Fonts, wording: Labels = Labels()) -> tuple[SheetPage, ...]:
    """Every line, rule and label at its place on its page."""
    flow = setting.flow
    rows = setting.rows
    width = sheet.column_width(choice.columns, choice.size)
    space = gutter(choice.size)
    ends = starts[1:] + (flow.length,)
    pictured = {thumbnail.row: thumbnail for thumbnail in setting.thumbnails}
    pages: list[SheetPage] = []
    for page in range(page_count):
        box = sheet.first_body if page == 0 else sheet.body
        lines: list[Placed] = _header(sheet) if page == 0 else []
        rules: list[Divider] = [_header_rule(sheet)] if page == 0 else []
        deepest = box.top
        thumbnails: list[PlacedPicture] = []
        used = [index for index in range(len(starts)) if index // choice.columns == page]
        for index in used:
            column = index % choice.columns
            x = box.x + column * (width + space)
            start, end = starts[index], ends[index]
            origin = flow.top[start] - flow.lead[start]
            if rows[start].kind != "heading":  # the column starts inside a card: name it
                label = _continued(pack.cards[rows[start].card].title, width, choice.size, fonts, wording)
                lines.append(Placed("continued", x, box.top - fonts.ascent * choice.size, label, choice.size,
                                    rows[start].card))
            for row_index in range(start, end):
                row = rows[row_index]
                baseline = box.top - (row.baseline - origin)
                indent = 0.0 if row.kind == "heading" else BULLET_INDENT * row.size
                lines.append(Placed(row.kind, x + indent, baseline, row.line, row.size, row.card))
                if row_index in pictured:
                    thumbnail = pictured[row_index]
                    top = box.top - (flow.top[row_index] - origin)
                    thumbnails.append(PlacedPicture(thumbnail.picture, x + width - thumbnail.width, top - thumbnail.height,
                                                    thumbnail.width, thumbnail.height))
                if row_index > start and rows[row_index - 1].card != row.card:  # a hairline between cards
                    gap_middle = box.top - ((flow.bottom[row_index - 1] + flow.top[row_index]) / 2 - origin)
                    rules.append(Divider((x, gap_middle), (x + width, gap_middle), 0.5, RULE_GREY))
            deepest = min(deepest, box.top - flow.height(start, end))
        for index in used[1:]:
            middle = box.x + (index % choice.columns) * (width + space) - space / 2
            rules.append(Divider((middle, box.top), (middle, deepest), 0.5, RULE_GREY))
        number = wording.text("page", page=page + 1, pages=page_count) if page_count > 1 else ""
        room = box.width / scale.footer - (fonts.width(number) + 6 * MM / scale.footer if number else 0.0)
        labels = [Label(box.x, sheet.footer_baseline, shortened(footer_text(pack), room, fonts), scale.footer, "left")]
        if number:
            labels.append(Label(box.right, sheet.footer_baseline, number, scale.footer, "right"))
        pages.append(SheetPage(tuple(lines), tuple(rules), tuple(labels), tuple(thumbnails)))
    return tuple(pages)


def _mirrored(page: SheetPage, span: float) -> SheetPage:
    """``page`` mirrored left to right across the body (``span`` is its left plus its right edge), for a pack
    that reads right to left: each line keeps its width but ends where it began, so lines align right,
    the first column is the rightmost, and the footer's two ends swap."""
    lines = tuple(replace(line, x=span - line.x - line.line.width * line.size) for line in page.lines)
    rules = tuple(replace(rule, start=(span - rule.start[0], rule.start[1]), end=(span - rule.end[0], rule.end[1]))
                  for rule in page.rules)
    swapped = {"left": "right", "right": "left", "center": "center"}
    labels = tuple(replace(label, x=span - label.x, align=swapped[label.align]) for label in page.labels)
    pictures = tuple(picture._replace(x=span - picture.x - picture.width) for picture in page.pictures)
    return SheetPage(lines, rules, labels, pictures)


def _continued(title: str, width: float, size: float, fonts: Fonts, labels: Labels = Labels()) -> Line:
    """"Title (cont.)" on one line ``width`` wide, the title shortened where it must be."""
    mark = f" {labels.text('cont')}"
    text = shortened(title, width / size - fonts.width(mark, True), fonts, bold=True) + mark
    return break_lines(words_of(((text, True),), fonts), math.inf)[0]


def _header(sheet: Frame) -> list[Placed]:
    return [Placed(*entry) for entry in sheet.header]


def _header_rule(sheet: Frame) -> Divider:
    box = sheet.first_body
    return Divider((box.x, sheet.header_rule), (box.right, sheet.header_rule), 0.9, ACCENT)


def draw(plan: SummaryPlan) -> dict[str, bytes]:
    """The summary PDF, drawn as planned."""
    document = Document(plan.fonts, plan.page_size, plan.title, plan.subject, plan.author, plan.right_to_left)
    for number, page in enumerate(plan.pages):
        if number:
            document.new_page()
        for rule in page.rules:
            document.stroke_color(rule.color)
            document.stroke_width(rule.width)
            document.segment(*rule.start, *rule.end)
        for placed in page.lines:
            _draw_line(document, placed)
        for picture in page.pictures:
            document.picture(picture)
        for label in page.labels:
            document.text(label.x, label.baseline, label.text, label.size, align=label.align, color=GREY)
    return {OUTPUTS[0]: document.finish()}


def _draw_line(document: Document, placed: Placed) -> None:
    if placed.kind == "bullet":
        if document.right_to_left:  # in the indent on the line's right
            document.text(placed.x + (placed.line.width + BULLET_INDENT) * placed.size, placed.baseline, "•", placed.size,
                          align="right", color=ACCENT)
        else:
            document.text(placed.x - BULLET_INDENT * placed.size, placed.baseline, "•", placed.size, color=ACCENT)
    if placed.kind == "heading" and document.right_to_left:  # one line, so bidi orders the title and its date together
        document.line(placed.x, placed.baseline, placed.line, placed.size, ACCENT)
        return
    if placed.kind == "heading":
        # The title in the accent colour, a date after it in grey. Each group after the first
        # starts with the space that parts it from the one before, so readers see two words.
        x = placed.x
        words = placed.line.words
        start = 0
        for index in range(1, len(words) + 1):
            if index == len(words) or words[index].pieces[0][1] != words[start].pieces[0][1]:
                group = list(words[start:index])
                bold = group[0].pieces[0][1]
                if start:
                    space = words[start - 1].space
                    x -= space * placed.size
                    (text, first_bold), *rest = group[0].pieces
                    group[0] = Word(((" " + text, first_bold), *rest), group[0].width + space, group[0].space)
                document.words(x, placed.baseline, group, placed.size, ACCENT if bold else GREY)
                x += sum(word.width + word.space for word in group) * placed.size
                start = index
        return
    color = GREY if placed.kind == "info" else ACCENT if placed.kind in ("title", "continued") else (0.0, 0.0, 0.0)
    document.line(placed.x, placed.baseline, placed.line, placed.size, color)


def render(pack: Pack, options: SummaryOptions) -> bytes:
    """``summary.pdf`` for ``pack``."""
    return draw(plan(pack, options))[OUTPUTS[0]]
