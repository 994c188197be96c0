"""The student's sheet: every section and question measured into blocks.

A question's number hangs at the left margin and its marks sit at the right
on its first line; text is broken with the shared ``break_lines``. Blanks
are all one width (so their length gives nothing away), wide enough to
write the longest answer on the sheet by hand.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace
from typing import Callable, Sequence

from ...errors import Problem, StudypackError
from .blocks import Block, Box, Image, Op, Rule, Text, Typography, blank_text, paragraph, unbroken
from .exercises.questions import points_used
from .exercises.generate import (LETTERS, Calc, Choice, Gap, Match, Picture, Question, Section, Short, Timeline, Translate,
                                  TrueFalse, Version)
from ..kit.fitting import Word, break_lines, shortened, words_of
from ..kit.fonts import Fonts
from ..kit.page import MM
from ..kit.pictures import fitted_size, picture_of
from ..labels import Labels
from .wording import marks_text, section_instruction, section_title


@dataclass(frozen=True)
class WorksheetGeometry:
    """Where text goes across the page, and in what sizes."""

    left: float
    """The content's left edge."""
    width: float
    """The content's width."""
    fonts: Fonts
    type: Typography
    blank: float
    """Width of every blank, in points."""
    last_number: int = 99
    """The largest question number: the number column is as wide as it, two digits at least."""
    labels: Labels = Labels()
    """The fixed words, in the class's language."""

    @property
    def size(self) -> float:
        return self.type.body

    @property
    def number_width(self) -> float:
        return self.fonts.width(self.number_pattern, True) * self.size + 2.5 * MM

    @property
    def number_pattern(self) -> str:
        """The widest question number, such as ``00.``, for measuring."""
        return "0" * max(2, len(str(self.last_number))) + "."

    @property
    def marks_width(self) -> float:
        return self.fonts.width("[10]") * self.size + 3 * MM

    @property
    def text_left(self) -> float:
        return self.left + self.number_width

    @property
    def text_width(self) -> float:
        return self.width - self.number_width - self.marks_width

    @property
    def right(self) -> float:
        return self.left + self.width


def blank_width(answers: Sequence[str], size: float, fonts: Fonts) -> float:
    """One width for every blank: the longest answer, written by hand, between 28 and 45 mm."""
    longest = max((fonts.width(answer) * size for answer in answers), default=0.0)
    return min(45 * MM, max(28 * MM, longest * 1.5))


def sheet_blocks(version: Version, geometry: WorksheetGeometry, room: float) -> list[Block]:
    """Every section of ``version`` as blocks, in order; a question taller than ``room`` is set smaller."""
    blocks: list[Block] = []
    for index, section in enumerate(version.sections):
        lead = [_heading(section, geometry, first=index == 0)]
        if section.bank:
            lead.append(_bank(section.bank, geometry))
        blocks += lead
        above = lead_height(lead)
        for position, (number, question) in enumerate(section.numbered()):
            blocks.append(shrunk(lambda g: question_block(number, question, g), geometry, room, number, question,
                                 above if position == 0 else 0.0))
    return blocks


def lead_height(lead: Sequence[Block]) -> float:
    """Height of a section's heading (and word bank) as they stand at the top of a page."""
    return sum(block.height + (block.space_before if index else 0.0) for index, block in enumerate(lead))


def shrunk(make: Callable[[WorksheetGeometry], Block], g: WorksheetGeometry, room: float, number: int, question: Question,
           above: float = 0.0) -> Block:
    """The block ``make`` builds, at a smaller body size if it is taller than ``room`` (never below the floor).

    ``above`` is the height of what is kept on the page above it (the first question of a section stays with
    the section's heading), so the two fit a page together."""
    def needed(block: Block) -> float:
        return block.height + (above + block.space_before if above else 0.0)

    block = make(g)
    size = g.type.body
    while needed(block) > room and size - 0.5 >= g.type.floor:
        size -= 0.5
        block = make(replace(g, type=replace(g.type, body=size)))
    if needed(block) > room:
        where = ", ".join(str(ref) for ref in points_used(question)[:3])
        raise StudypackError(Problem(f"question {number} (from {where}) does not fit on one page even at "
                                     f"{size:g} pt — shorten that point or split it in two"))
    return block


def question_block(number: int, question, geometry: WorksheetGeometry) -> Block:
    maker = {Gap: _gap, Calc: _calc, Choice: _choice, TrueFalse: _true_false, Match: _match, Timeline: _timeline, Short: short_block,
             Translate: _translate, Picture: _picture}
    return maker[type(question)](number, question, geometry)


def _heading(section: Section, g: WorksheetGeometry, first: bool) -> Block:
    size = g.type.heading
    marks = marks_text(section.marks, g.labels)
    room = (g.width - g.fonts.width(marks) * g.size - 4 * MM) / size
    ops: list[Op] = [Text(g.left, g.fonts.ascent * size, shortened(section_title(section, g.labels), room, g.fonts, bold=True),
                          size, True),
                     Text(g.right, g.fonts.ascent * size, marks, g.size, align="right")]
    top = (g.fonts.ascent + g.fonts.descent) * size + 1.2 * MM
    words = words_of(((section_instruction(section, g.labels), False),), g.fonts)
    text_ops, height, _ = paragraph(words, g.left, g.width, g.size, g.type.leading, g.fonts, top)
    ops += text_ops
    ops.append(Rule(g.left, top - 0.6 * MM, g.right, top - 0.6 * MM, 0.5, 0.6))
    return Block(top + height + 2 * MM, tuple(ops), keep_with_next=True, space_before=0 if first else 2.2 * g.size)


def _bank(words: tuple[str, ...], g: WorksheetGeometry) -> Block:
    """The word bank: a box of words in centred rows."""
    size, pad, spacing = g.size, 3 * MM, 6 * MM
    inner = g.width - 2 * pad
    measured: list[tuple[str, float]] = []
    for word in words:
        width = g.fonts.width(word) * size
        if width <= inner:
            measured.append((word, width))
            continue
        # an answer wider than the box takes rows of its own, broken like any text, never cut
        for line in break_lines(words_of(((word, False),), g.fonts), inner / size, fonts=g.fonts):
            measured.append((" ".join("".join(text for text, _ in part.pieces) for part in line.words), line.width * size))
    rows = _rows(measured, inner, spacing)
    if len(rows) > 1:  # the same number of rows, as even as can be
        total = sum(width for _, width in measured) + spacing * (len(measured) - len(rows))
        even = _rows(measured, total / len(rows) + spacing, spacing)
        rows = even if len(even) == len(rows) else rows
    step = g.type.leading * size * 1.15
    ops: list[Op] = []
    baseline = pad + g.fonts.ascent * size
    for row in rows:
        total = sum(width for _, width in row) + spacing * (len(row) - 1)
        x = g.left + (g.width - total) / 2
        for word, width in row:
            ops.append(Text(x, baseline, word, size))
            x += width + spacing
        baseline += step
    height = pad * 2 + (g.fonts.ascent + g.fonts.descent) * size + step * (len(rows) - 1)
    ops.append(Box(g.left, 0, g.width, height, 0.8))
    return Block(height + 1.5 * MM, tuple(ops), keep_with_next=True, space_before=1 * MM)


def _rows(measured: list[tuple[str, float]], limit: float, spacing: float) -> list[list[tuple[str, float]]]:
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for word, width in measured:
        if rows[-1] and used + spacing + width > limit:
            rows.append([])
            used = 0.0
        used += (spacing if rows[-1] else 0.0) + width
        rows[-1].append((word, width))
    return rows


def _numbered(number: int, marks: int | None, g: WorksheetGeometry, first_baseline: float) -> list[Op]:
    ops: list[Op] = [Text(g.left, first_baseline, f"{number}.", g.size, True)]
    if marks is not None:
        ops.append(Text(g.right, first_baseline, f"[{marks}]", g.size, align="right"))
    return ops


def segment_words(segments, g: WorksheetGeometry, show_answers: bool = False, named: bool = False,
                  dated: bool = False) -> tuple[Word, ...]:
    """A question's text as words; each blank one unbreakable word of no-break spaces. With ``named`` (a
    calculation's unknowns), a line after "x =" shows no letter: what it equals names it; with ``dated`` (a gap
    fill), a blank whose answer is a year or a date says so."""
    runs: list[tuple[str, bool]] = []
    owner = ""  # a possessive's "'s" after a blank, printed before the blank's count
    for index, segment in enumerate(segments):
        if segment.role != "blank" or show_answers:
            runs.append((segment.text[len(owner):], False))  # (an owner is set only by the blank just before)
            owner = ""
            continue
        following = segments[index + 1].text if index + 1 < len(segments) else ""
        owner = found.group() if segment.hint and segment.words_asked > 1 \
            and (found := re.match(r"['’]s\b", following)) else ""
        if segment.label and not (named and runs and re.search(r"=\s*$", runs[-1][0])):
            runs.append((unbroken(f"({segment.label}) ", g.fonts), False))
        if segment.hint:
            runs.append((segment.hint, False))  # glued to its line: one unbreakable word
        runs.append((blank_text(g.blank, g.size, g.fonts), False))
        if segment.hint and segment.words_asked > 1:  # "C____ (2 words) flows from + to −": "Current" alone
            # does not fill it; "S____'s (2 words) Conservative government" keeps its owner's "'s" on the blank
            runs.append((unbroken(owner + " " + g.labels.count("gap_words", segment.words_asked), g.fonts), False))
        elif dated and segment.dated:  # "In ____ (year) Carothers made nylon": "In the USA" fills the line too
            label = "gap_year" if re.fullmatch(r"\d{1,4}(?:\s*(?:CE|BCE|AD|BC))?", segment.text.strip()) else "gap_date"
            runs.append((unbroken(" " + g.labels.text(label), g.fonts), False))
    return words_of(tuple(runs), g.fonts)


def _gap(number: int, question: Gap, g: WorksheetGeometry) -> Block:
    words = segment_words(question.segments, g, named=isinstance(question, Calc), dated=not isinstance(question, Calc))
    ops, height, placed = paragraph(words, g.text_left, g.text_width, g.size, g.type.gap_leading, g.fonts,
                                    top=0.5 * g.size)
    ops = _numbered(number, question.marks, g, placed[0][0]) + ops
    return Block(height + 0.5 * g.size, tuple(ops), space_before=0.5 * g.size)


CALC_WORKING_LINES = 3
"""Lines of space under a calculation for the working (its method earns a mark)."""


def _calc(number: int, question: Calc, g: WorksheetGeometry) -> Block:
    """A calculation: its givens and the line for the result, then room for the working."""
    block = _gap(number, question, g)
    return replace(block, height=block.height + CALC_WORKING_LINES * g.type.leading * g.size)


def _choice(number: int, question: Choice, g: WorksheetGeometry) -> Block:
    words = segment_words(question.segments, g)
    ops, height, placed = paragraph(words, g.text_left, g.text_width, g.size, g.type.leading, g.fonts)
    ops = _numbered(number, question.marks, g, placed[0][0]) + ops
    label = g.fonts.width("M", True) * g.size + 2 * MM
    widths = [g.fonts.width(option) * g.size for option in question.options]
    columns = next(c for c in (4, 2, 1) if c == 1 or max(widths) + label + 6 * MM <= g.text_width / c)
    return _options(ops, question.options, columns, height + 0.6 * g.size, g)


def _options(ops: list[Op], options: Sequence[str], columns: int, top: float, g: WorksheetGeometry) -> Block:
    """A question's lettered options in ``columns`` columns from ``top`` down, after its ``ops``."""
    label = g.fonts.width("M", True) * g.size + 2 * MM
    column_width = g.text_width / columns
    row_top = top
    for row in range(0, len(options), columns):
        row_height = 0.0
        for column, index in enumerate(range(row, min(row + columns, len(options)))):
            x = g.text_left + column * column_width
            option_ops, option_height, lines = paragraph(words_of(((options[index], False),), g.fonts),
                                                         x + label, column_width - label - 2 * MM, g.size,
                                                         g.type.leading, g.fonts, row_top)
            ops.append(Text(x, lines[0][0], LETTERS[index], g.size, True))
            ops += option_ops
            row_height = max(row_height, option_height)
        row_top += row_height + 0.35 * g.size
    return Block(row_top - 0.35 * g.size, tuple(ops), space_before=0.9 * g.size)


PICTURE_HEIGHT = 35 * MM
"""Height of the box a picture question's picture is scaled into (aspect kept; never wider than the text)."""


def _picture(number: int, question: Picture, g: WorksheetGeometry) -> Block:
    """The picture at the top of the question, its number beside it; under it the options (as multiple choice)
    or a line to write the answer on."""
    picture = picture_of(question.image, question.pixels)
    width, height = fitted_size(picture, g.text_width, PICTURE_HEIGHT)
    baseline = g.fonts.ascent * g.size
    ops: list[Op] = _numbered(number, question.marks, g, baseline)
    ops.append(Image(g.text_left, 0.0, width, height, picture))
    top = height + 0.6 * g.size
    if not question.options:
        rule_y = top + 2.1 * g.size
        ops.append(Rule(g.text_left, rule_y, g.text_left + min(g.text_width, 90 * MM), rule_y, 0.5, 0.35))
        return Block(rule_y + g.fonts.descent * g.size, tuple(ops), space_before=0.9 * g.size)
    return _options(ops, question.options, 2, top, g)


def _true_false(number: int, question: TrueFalse, g: WorksheetGeometry) -> Block:
    true, false = g.labels.text("true"), g.labels.text("false")
    choice_width = g.fonts.width(f"{true}    {false}", True) * g.size + 4 * MM
    words = segment_words(question.segments, g)
    ops, height, placed = paragraph(words, g.text_left, g.text_width - choice_width, g.size, g.type.leading, g.fonts)
    ops = _numbered(number, question.marks, g, placed[0][0]) + ops
    x = g.text_left + g.text_width - choice_width + 3 * MM
    ops.append(Text(x, placed[0][0], true, g.size, True))
    ops.append(Text(x + g.fonts.width(f"{true}    ", True) * g.size, placed[0][0], false, g.size, True))
    rule_y = height + 1.9 * g.size
    prompt = g.labels.text("if_false")
    ops.append(Text(g.text_left, rule_y, prompt, g.type.small))
    start = g.text_left + g.fonts.width(prompt) * g.type.small + 2 * MM
    ops.append(Rule(start, rule_y + 0.15 * g.size, g.text_left + g.text_width - choice_width, rule_y + 0.15 * g.size, 0.5, 0.35))
    return Block(rule_y + g.fonts.descent * g.size, tuple(ops), space_before=0.9 * g.size)


def _match(number: int, question: Match, g: WorksheetGeometry) -> Block:
    box = max(7 * MM, 1.6 * g.size)
    left_width = 0.36 * (g.width - g.number_width)
    title_width = left_width - box - 3 * MM
    right_x = g.text_left + left_width + 4 * MM
    letter = g.fonts.width("M", True) * g.size + 2 * MM
    right_width = g.right - right_x - letter
    ops: list[Op] = []
    top = 0.0
    rows = len(question.right)  # a spare statement takes a row with no title
    for row in range(rows):
        statement = question.statements[question.right[row]].text
        text_ops, text_height, text_lines = paragraph(words_of(((statement, False),), g.fonts), right_x + letter,
                                                      right_width, g.size, g.type.leading, g.fonts, top)
        title_height = 0.0
        if row < len(question.pairs):
            title_ops, title_height, title_lines = paragraph(words_of(((question.pairs[row].title, False),), g.fonts),
                                                             g.text_left, title_width, g.size, g.type.leading, g.fonts,
                                                             top)
            baseline = title_lines[0][0]
            ops.append(Text(g.left, baseline, f"{number + row}.", g.size, True))
            ops += title_ops
            ops.append(Box(g.text_left + title_width + 2 * MM, baseline - g.fonts.ascent * g.size - (box - g.size) / 2,
                           box, box))
        ops.append(Text(right_x, text_lines[0][0], LETTERS[row], g.size, True))
        ops += text_ops
        row_height = max(title_height, text_height, box - (box - g.size) / 2)
        if row < rows - 1:
            divider = top + row_height + 0.45 * g.size
            ops.append(Rule(g.text_left, divider, g.right, divider, 0.3, 0.75))
        top += row_height + 0.9 * g.size
    return Block(top - 0.9 * g.size, tuple(ops), space_before=0.6 * g.size)


def _timeline(number: int, question: Timeline, g: WorksheetGeometry) -> Block:
    letter = g.fonts.width("M", True) * g.size + 2 * MM
    ops: list[Op] = []
    top = 0.0
    first_baseline = None
    for index, event in enumerate(question.events):
        event_ops, height, lines = paragraph(words_of(((event.text, False),), g.fonts), g.text_left + letter,
                                             g.text_width - letter, g.size, g.type.leading, g.fonts, top)
        ops.append(Text(g.text_left, lines[0][0], LETTERS[index], g.size, True))
        ops += event_ops
        first_baseline = first_baseline if first_baseline is not None else lines[0][0]
        top += height + 0.45 * g.size
    ops = _numbered(number, question.marks, g, first_baseline) + ops
    box, arrow = max(9 * MM, 2 * g.size), 7 * MM
    top += 0.8 * g.size
    count = len(question.events)
    x = g.text_left
    for index in range(count):
        ops.append(Box(x, top, box, box))
        if index < count - 1:
            middle = top + box / 2
            start, end = x + box + 1.5 * MM, x + box + arrow - 1.5 * MM
            ops += [Rule(start, middle, end, middle, 0.75), Rule(end - 1.3 * MM, middle - 1 * MM, end, middle, 0.75),
                    Rule(end - 1.3 * MM, middle + 1 * MM, end, middle, 0.75)]
        x += box + arrow
    label_y = top + box + g.fonts.ascent * g.type.small + 1 * MM
    ops.append(Text(g.text_left, label_y, g.labels.text("earliest"), g.type.small))
    ops.append(Text(x - arrow, label_y, g.labels.text("latest"), g.type.small, align="right"))
    return Block(label_y + g.fonts.descent * g.type.small, tuple(ops), space_before=0.6 * g.size)


def _translate(number: int, question: Translate, g: WorksheetGeometry) -> Block:
    """The word (or meaning) in the left column, a line to write its translation on in the right."""
    column = 0.45 * g.text_width
    words = words_of(((question.shown, False),), g.fonts)
    ops, height, placed = paragraph(words, g.text_left, column - 3 * MM, g.size, g.type.leading, g.fonts)
    ops = _numbered(number, question.marks, g, placed[0][0]) + ops
    line_y = placed[-1][0] + 0.15 * g.size
    ops.append(Rule(g.text_left + column, line_y, g.text_left + g.text_width, line_y, 0.5, 0.35))
    return Block(max(height, line_y + g.fonts.descent * g.size), tuple(ops), space_before=1.1 * g.size)


def short_lines(marks: int) -> int:
    """Ruled lines for a short answer: two per mark, at least three."""
    return max(3, 2 * marks)


def short_block(number: int, question: Short, g: WorksheetGeometry, lines: int | None = None) -> Block:
    """A short answer with ``lines`` ruled lines (by default two a mark, with a compact form of one and a half
    used when that saves a page)."""
    block = _short_block(number, question, g, lines if lines is not None else short_lines(question.marks))
    fewest = max(3, -(-3 * question.marks // 2))  # a line and a half per mark
    if lines is None and fewest < short_lines(question.marks):
        block = replace(block, compact=_short_block(number, question, g, fewest))
    return block


def _short_block(number: int, question: Short, g: WorksheetGeometry, lines: int) -> Block:
    words = words_of(((question.prompt, False),), g.fonts)
    ops, height, placed = paragraph(words, g.text_left, g.text_width, g.size, g.type.leading, g.fonts)
    ops = _numbered(number, question.marks, g, placed[0][0]) + ops
    spacing = max(8 * MM, 2.1 * g.size)
    y = height
    for _ in range(lines):
        y += spacing
        ops.append(Rule(g.text_left, y, g.right, y, 0.4, 0.55))
    return Block(y + 1, tuple(ops), space_before=1.2 * g.size)
