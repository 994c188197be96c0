"""``worksheet.pdf`` (the students' sheet) and ``answers.pdf`` (the key), for every version.

``plan`` generates the exercises (``exercises.generate``), measures every
question into whole blocks and fills pages with them; ``draw`` replays the
pages. Each version starts on a new sheet: a version with an odd number of
pages is followed by a blank one, so duplex copies never share a sheet.
With a class list (``--class``) the sheet holds one copy per student, their
name on the Name line and versions in turn, each padded the same way; the
key ends with the class list (name → version).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...errors import Problem, StudypackError
from ...source.model import Pack
from ...source.roster import read_class
from .class_list import Student, assign, class_list_blocks
from .exercises.allocate import MIN_PAIRS
from .blocks import Block, Box, Image, Op, Rule, Set, Text, Typography, flow, on_page, paragraph, shifted, typography
from .key import key_blocks
from .student import WorksheetGeometry, blank_width, question_block, sheet_blocks
from .exercises.generate import TITLES, Exercises, Match, Version, generate, split_match
from ..kit.fitting import shortened, words_of
from ..kit.fonts import Fonts, check_coverage, fonts_for
from ..options import WorksheetOptions
from ..kit.page import MM, PAGE_MARGIN, UNPRINTABLE_EDGE, paper_size
from ..kit.document import Document
from ..kit.pictures import Placed
from ..labels import Labels, labels_for

OUTPUTS = ("worksheet.pdf", "answers.pdf")
KEY_SMALLEST = 8.5
"""The answer key may be set down to this (or the profile's floor, if higher) to save a page."""
COLUMN_GAP = 8 * MM

Page = tuple[Op, ...]


@dataclass(frozen=True)
class WorksheetPlan:
    """Everything decided about both PDFs: the exercises and every page's drawing."""

    title: str
    """The pack's title."""
    page_size: tuple[float, float]
    """Width and height of the paper."""
    fonts: Fonts
    """The fonts to draw with."""
    exercises: Exercises
    """The questions and answers of every version (as printed)."""
    sheet: tuple[Page, ...]
    """The pages of worksheet.pdf, every version (or every student's copy), blank padding pages included."""
    key: tuple[Page, ...]
    """The pages of answers.pdf, one key per version, then the class list if there is one."""
    sheet_starts: tuple[int, ...]
    """Index of each version's first page in ``sheet``; with a class list, of each student's first page."""
    key_starts: tuple[int, ...]
    """Index of each version's first page in ``key``."""
    warnings: tuple[str, ...] = ()
    """Sections missing, points used twice, characters the font lacks."""
    students: tuple[Student, ...] = ()
    """With a class list: each student and their version, in the list's order (``sheet_starts`` follows it)."""
    class_list_start: int | None = None
    """With a class list: the index of its first page in ``key``."""
    subject: str = ""
    """The pack's subject and course, for the PDFs' metadata."""
    author: str = ""
    """The pack's author, for the PDFs' metadata."""


def plan(pack: Pack, options: WorksheetOptions) -> WorksheetPlan:
    fonts = fonts_for(options.style)
    check_coverage(fonts, pack, ("title", "subject", "course", "level"))
    kind = typography(options.style)
    width, height = paper_size(options.style.paper)
    labels = labels_for(pack, options.style.lang)
    exercises = generate(pack, options)
    try:
        return _planned(pack, options, exercises, fonts, kind, (width, height), labels)
    except StudypackError as error:  # say which file the over-long point is in
        raise StudypackError([replace(problem, file=problem.file or pack.path) for problem in error.problems]) from None


def _planned(pack: Pack, options: WorksheetOptions, exercises: Exercises, fonts: Fonts, kind: Typography,
             size: tuple[float, float], labels: Labels = Labels()) -> WorksheetPlan:
    width, height = size
    if not exercises.sections:
        reasons = "; ".join(reason for _, reason in exercises.skipped)
        raise StudypackError(Problem(f"no worksheet exercise can be made from this pack: {reasons} — add points with "
                                     "**key terms**, or build the other outputs with --only flashcards,summary", pack.path))
    answers = [segment.text for version in exercises.versions[:1] for section in version.sections
               for question in section.questions for segment in getattr(question, "segments", ()) if segment.role == "blank"]
    geometry = WorksheetGeometry(PAGE_MARGIN, width - 2 * PAGE_MARGIN, fonts, kind, blank_width(answers, kind.body, fonts),
                        exercises.versions[0].count, labels)
    body = _body_height(height, fonts, kind)
    labelled = options.variants > 1
    names = read_class(options.class_list) if options.class_list is not None else ()
    key: list[Page] = []
    key_starts, versions, copies = [], [], {}
    for version in exercises.versions:
        version = _fitted(version, geometry, body)
        versions.append(version)
        copies[version.label] = (version, sheet_blocks(version, geometry, body))
        key_starts.append(len(key))
        key += _key_pages(pack, version, fonts, kind, labelled, (width, height), labels)
    students = assign(names, tuple(copies))
    sheet: list[Page] = []
    sheet_starts = []
    for name, label in students or ((None, label) for label in copies):
        version, blocks = copies[label]
        sheet_starts.append(len(sheet))
        pages = _sheet_pages(pack, version, blocks, geometry, body, labelled, (width, height), name)
        sheet += pages
        if (labelled or students) and len(pages) % 2:
            sheet.append(())
    class_list_start = len(key) if students else None
    if students:
        key += _class_list_pages(pack, students, fonts, kind, (width, height), labels)
    exercises = replace(exercises, versions=tuple(versions))
    return WorksheetPlan(pack.title, (width, height), fonts, exercises, tuple(sheet), tuple(key),
                         tuple(sheet_starts), tuple(key_starts), _warnings(pack, options, exercises, fonts), students,
                         class_list_start, " · ".join(pack.facts("subject", "course")), pack.author or "")


def draw(plan: WorksheetPlan) -> dict[str, bytes]:
    return {"worksheet.pdf": _paint(plan, plan.sheet, "worksheet"), "answers.pdf": _paint(plan, plan.key, "answers")}


def render(pack: Pack, options: WorksheetOptions) -> bytes:
    return draw(plan(pack, options))[OUTPUTS[0]]


# -- the sheet ---------------------------------------------------------------

def _fitted(version: Version, g: WorksheetGeometry, body: float) -> Version:
    """The version with any matching block taller than 60 % of a page split in two (so pages fill well)."""
    sections = []
    for section in version.sections:
        questions = []
        for number, question in section.numbered():
            pending = [question]
            while pending:
                current = pending.pop(0)
                if isinstance(current, Match) and len(current.pairs) >= 2 * MIN_PAIRS and \
                        question_block(number, current, g).height > 0.6 * body:
                    pending = list(split_match(current)) + pending
                    continue
                questions.append(current)
        sections.append(replace(section, questions=tuple(questions)))
    return replace(version, sections=tuple(sections))


def _sheet_pages(pack: Pack, version: Version, questions: list[Block], g: WorksheetGeometry, body: float,
                 labelled: bool, size: tuple[float, float], name: str | None = None) -> list[Page]:
    blocks = [_header(pack, version, g, labelled, name)] + questions
    frames = flow(blocks, [body])
    compact = flow([block.compact or block for block in blocks], [body])
    if len(compact) < len(frames):  # fewer answer lines (for every answer alike) is better than another page
        frames = compact
    footer = (pack.title, f" · {g.labels.text('worksheet')}" + (f" · {g.labels.text('version')} {version.label}" if labelled else ""))
    return [_page(frame, g, size, footer, index, len(frames)) for index, frame in enumerate(frames)]


def _header(pack: Pack, version: Version, g: WorksheetGeometry, labelled: bool, name: str | None = None) -> Block:
    size = g.type.title
    title = shortened(pack.title, g.width * 0.75 / size, g.fonts, bold=True, lines=TITLE_LINES)
    ops, height, _ = paragraph(words_of(((title, True),), g.fonts), g.left, g.width * 0.75, size, 1.15, g.fonts)
    ops = list(ops)
    about = " · ".join((g.labels.text("worksheet"), *pack.facts()))
    y = height + 1.6 * MM + g.fonts.ascent * g.size
    ops.append(Text(g.left, y, shortened(about, g.width / g.size, g.fonts), g.size))
    if labelled:
        ops.append(Text(g.right, g.fonts.ascent * size, f"{g.labels.text('version')} {version.label}", size, True, "right"))
    y += 2.2 * g.size
    x = g.left
    for key, share in (("name", 0.5), ("class", 0.22), ("date", 0.28)):
        label = shortened(g.labels.text(key), g.width * share * 0.6 / g.size, g.fonts, bold=True)  # a line stays to write on
        ops.append(Text(x, y, label, g.size, True))
        start = x + g.fonts.width(label, True) * g.size + 2 * MM
        end = x + g.width * share - (4 * MM if share != 0.28 else 0)
        ops.append(Rule(start, y + 0.2 * g.size, end, y + 0.2 * g.size, 0.5))
        if key == "name" and name:  # a class set: the student's name already written in
            ops.append(Text(start + 1.5 * MM, y, shortened(name, (end - start - 1.5 * MM) / g.size, g.fonts), g.size))
        x = x + g.width * share
    y += 2.2 * g.size
    total = f"/ {g.labels.count('marks', version.marks)}"
    ops.append(Text(g.right, y, total, g.size, True, "right"))
    mark_end = g.right - g.fonts.width(total, True) * g.size - 1.5 * MM
    ops.append(Text(mark_end - 20 * MM - 2 * MM, y, g.labels.text("total"), g.size, True, "right"))
    ops.append(Rule(mark_end - 20 * MM, y + 0.2 * g.size, mark_end, y + 0.2 * g.size, 0.5))
    count = version.count
    ops.append(Text(g.left, y, g.labels.count("questions", count), g.size))
    y += g.fonts.descent * g.size + 2.5 * MM
    ops.append(Rule(g.left, y, g.right, y, 1.0))
    return Block(y + 1.5 * MM, tuple(ops))


def _page(frame: list[tuple[Block, float]], g: WorksheetGeometry, size: tuple[float, float], footer: tuple[str, str],
          index: int, count: int) -> Page:
    top = size[1] - PAGE_MARGIN
    ops: list[Op] = []
    for block, offset in frame:
        ops += on_page(block.ops, top - offset)
    ops += _footer(g, footer, index, count)
    return tuple(ops)


FOOTER_BASELINE = UNPRINTABLE_EDGE + 3 * MM


def _body_height(height: float, fonts: Fonts, kind: Typography) -> float:
    """Height for questions: from the top margin down to 4 mm above the footer."""
    bottom = max(PAGE_MARGIN, FOOTER_BASELINE + fonts.ascent * kind.small + 4 * MM)
    return height - PAGE_MARGIN - bottom


def _footer(g: WorksheetGeometry, footer: tuple[str, str], index: int, count: int) -> list[Op]:
    """The pack title and what the page is (`` · Worksheet · Version A``) at the left, shortening the title
    to leave room for the page number at the right."""
    baseline = FOOTER_BASELINE
    small = g.type.small
    title, what = footer
    page = g.labels.text("page", page=index + 1, pages=count)
    room = g.width / small - g.fonts.width(page) - g.fonts.width(what) - 6 * MM / small
    return [Text(g.left, baseline, shortened(title, room, g.fonts) + what, small),
            Text(g.right, baseline, page, small, align="right")]


TITLE_LINES = 3
"""The most lines the pack title takes in the sheet's header; a longer title is shortened with …."""


# -- the key -----------------------------------------------------------------

def _key_pages(pack: Pack, version: Version, fonts: Fonts, kind: Typography, labelled: bool,
               size: tuple[float, float], labels: Labels = Labels()) -> list[Page]:
    width, height = size
    full = width - 2 * PAGE_MARGIN
    body = _body_height(height, fonts, kind)
    best: tuple[int, list] | None = None
    sizes = [kind.key - 0.5 * step for step in range(4) if kind.key - 0.5 * step >= max(KEY_SMALLEST, kind.floor)]
    for key_size in sizes:  # the largest size that needs the fewest pages
        key_type = replace(kind, body=key_size, heading=round(key_size * 1.25, 2))
        columns = kind.key_columns
        column = (full - COLUMN_GAP * (columns - 1)) / columns
        header_geometry = WorksheetGeometry(PAGE_MARGIN, full, fonts, key_type, 0.0, labels=labels)
        header = _key_header(pack, version, header_geometry, labelled)
        geometry = WorksheetGeometry(0.0, column, fonts, key_type, 0.0, version.count, labels)
        frames = flow(key_blocks(version, pack, geometry, body - header.height), [body - header.height] * columns + [body])
        pages = -(-len(frames) // columns)
        if best is None or pages < best[0]:
            best = (pages, [header, frames, columns, column, header_geometry])
    pages_needed, (header, frames, columns, column, header_geometry) = best
    footer = (pack.title, f" · {labels.text('answers')}" + (f" · {labels.text('version')} {version.label}" if labelled else ""))
    out: list[Page] = []
    top = height - PAGE_MARGIN
    for page in range(pages_needed):
        ops: list[Op] = list(on_page(header.ops, top)) if page == 0 else []
        below = header.height if page == 0 else 0.0
        for column_index in range(columns):
            frame_index = page * columns + column_index
            if frame_index >= len(frames):
                break
            x = PAGE_MARGIN + column_index * (column + COLUMN_GAP)
            for block, offset in frames[frame_index]:
                ops += on_page(shifted(block.ops, dx=x), top - below - offset)
        ops += _footer(header_geometry, footer, page, pages_needed)
        out.append(tuple(ops))
    return out


def _key_header(pack: Pack, version: Version, g: WorksheetGeometry, labelled: bool) -> Block:
    size = g.type.title
    ops: list[Op] = [Text(g.left, g.fonts.ascent * size, g.labels.text("answers"), size, True)]
    if labelled:
        ops.append(Text(g.right, g.fonts.ascent * size, f"{g.labels.text('version')} {version.label}", size, True, "right"))
    y = (g.fonts.ascent + g.fonts.descent) * size + 1.5 * MM + g.fonts.ascent * g.size
    total = g.labels.text("total_marks", marks=g.labels.count("marks", version.marks))
    room = g.width / g.size - g.fonts.width(total, True) - 6 * MM / g.size
    ops.append(Text(g.left, y, shortened(pack.title, room, g.fonts, bold=True), g.size, True))
    ops.append(Text(g.right, y, total, g.size, True, "right"))
    y += g.fonts.descent * g.size + 2.5 * MM
    ops.append(Rule(g.left, y, g.right, y, 1.0))
    return Block(y + 3 * MM, tuple(ops))


def _class_list_pages(pack: Pack, students: tuple[Student, ...], fonts: Fonts, kind: Typography,
                      size: tuple[float, float], labels: Labels = Labels()) -> list[Page]:
    """The class list (name → version) on pages of its own after the keys."""
    width, height = size
    geometry = WorksheetGeometry(PAGE_MARGIN, width - 2 * PAGE_MARGIN, fonts, kind, 0.0, labels=labels)
    frames = flow(class_list_blocks(pack.title, students, geometry), [_body_height(height, fonts, kind)])
    return [_page(frame, geometry, size, (pack.title, f" · {labels.text('class_list')}"), index, len(frames))
            for index, frame in enumerate(frames)]


# -- drawing -----------------------------------------------------------------

def _paint(plan: WorksheetPlan, pages: tuple[Page, ...], name: str) -> bytes:
    document = Document(plan.fonts, plan.page_size, f"{plan.title} – {name}", plan.subject, plan.author)
    for index, page in enumerate(pages):
        if index:
            document.new_page()
        for op in page:
            if isinstance(op, Set):
                document.line(op.x, op.y, op.line, op.size)
            elif isinstance(op, Text):
                document.text(op.x, op.y, op.text, op.size, op.bold, op.align)
            elif isinstance(op, Rule):
                document.stroke_width(op.width)
                document.stroke_color(op.grey)
                document.segment(op.x, op.y, op.x2, op.y2)
            elif isinstance(op, Box):
                document.stroke_width(op.line_width)
                document.stroke_color(0)
                document.rectangle(op.x, op.y - op.height, op.width, op.height)
            elif isinstance(op, Image):
                document.picture(Placed(op.picture, op.x, op.y - op.height, op.width, op.height))
    return document.finish()


# -- warnings ----------------------------------------------------------------

def _warnings(pack: Pack, options: WorksheetOptions, exercises: Exercises, fonts: Fonts) -> tuple[str, ...]:
    """One warning for every section that came out missing or short: the teacher reads why in one place."""
    parts: list[str] = []
    for name, reason in exercises.skipped:
        quiet = options.exercises is None and (name == "timeline"  # many packs have no dates, by design
                                               or name != "gap"  # (a vocabulary pack's gap fill, short at one seed,
                                               # is said missing at another, as it is said short)
                                               and any(s.name == "translate" for s in exercises.sections))  # vocabulary
        if not quiet:
            parts.append(f"no {TITLES[name].lower()} section — {reason}")
    words = [(asked, got) for name, asked, got in exercises.fewer if name == "translate"]
    if words:
        parts.append(f"{TITLES['translate'].lower()} {words[0][1]} of {words[0][0]} — a word is asked only from a "
                     f"line of a word and its meaning (**das Fest** – the festival) that nothing else on the sheet "
                     f"prints: more such lines give more to choose from")
    fewer = [(name, asked, got) for name, asked, got in exercises.fewer if name != "translate"]
    if fewer:
        shown = ", ".join(f"{TITLES[name].lower()} {got} of {asked}" for name, asked, got in fewer)
        parts.append(f"{shown} — a point is asked only where its question is fair (its answer neither told by its "
                     f"own line nor printed elsewhere on the sheet; multiple choice only on years or a card's defined "
                     f"terms, false statements only on years), and no point is used twice: more points with **key "
                     f"terms** and dates give more to choose from")
    if not parts:
        return ()
    return (f"worksheet: fewer questions than asked: {'; '.join(parts)}",)
