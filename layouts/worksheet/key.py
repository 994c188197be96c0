"""The answer key: each answer beside its number, key terms in bold, mark schemes for short answers.

Blocks are built for one column at x = 0 and placed by the caller, in two
columns where the profile allows, so a key fits on as few pages as it can.
"""
from __future__ import annotations

from .blocks import Block, Op, Text, paragraph, unbroken
from .student import WorksheetGeometry, shrunk
from .exercises.generate import (LETTERS, Calc, Choice, Gap, Match, Picture, Section, Short, Timeline, Translate, TrueFalse,
                                  Version)
from .exercises.questions import scheme_points
from .exercises.translate import is_language_pack
from ..kit.fitting import shortened, words_of
from ..kit.page import MM
from ..kit.fractions import stacked_runs
from ...source.model import Pack
from ..labels import Labels
from .wording import marks_text, section_title


def key_blocks(version: Version, pack: Pack, g: WorksheetGeometry, room: float) -> list[Block]:
    """Every section of the key for ``version``, in the sheet's order and numbering."""
    blocks: list[Block] = []
    for index, section in enumerate(version.sections):
        heading = _heading(section, g, index == 0)
        blocks.append(heading)
        note = _NOTES.get(section.name) if not section.bank else None
        if note:
            blocks.append(_note(g.labels.text(note), g))
        for position, (number, question) in enumerate(section.numbered()):
            blocks.append(shrunk(lambda geometry: _entry(number, question, pack, geometry), g, room, number, question,
                                 heading.height if position == 0 else 0.0))
    return blocks


_NOTES = {"gap": "key_gap_other", "translate": "key_translate_other", "tf": "key_tf_other", "calc": "scheme_calc"}
"""A section's marking note: a line's key is the card's word, and another that makes it as true earns the mark too
(with a word bank, only the bank's words are answers); a false statement can be put right more than one way; a
calculation's working is one method of several."""


def _note(text: str, g: WorksheetGeometry) -> Block:
    ops, height, _ = paragraph(words_of(((text, False),), g.fonts), g.left, g.width, g.size, g.type.leading, g.fonts, 0.0)
    return Block(height, tuple(ops), keep_with_next=True, space_before=0.3 * g.size)


def _heading(section: Section, g: WorksheetGeometry, first: bool) -> Block:
    size = g.type.heading
    baseline = g.fonts.ascent * size
    marks = marks_text(section.marks, g.labels)
    title = shortened(section_title(section, g.labels), (g.width - g.fonts.width(marks) * g.size - 3 * MM) / size, g.fonts, bold=True)
    ops: list[Op] = [Text(g.left, baseline, title, size, True), Text(g.right, baseline, marks, g.size, align="right")]
    return Block((g.fonts.ascent + g.fonts.descent) * size + 1 * MM, tuple(ops), keep_with_next=True,
                 space_before=0 if first else 1.3 * g.size)


def answer_runs(question, labels: Labels = Labels()) -> list[tuple[str, bool]]:
    """The answer to one question as styled runs (key terms bold)."""
    if isinstance(question, Gap):
        runs: list[tuple[str, bool]] = []
        for blank in question.answers:
            if runs:
                runs.append(("   ", False))
            if blank.label:
                runs.append((f"({blank.label}) ", False))
            runs.append((blank.text, True))
        return runs
    if isinstance(question, Choice):
        return [(LETTERS[question.answer], True), (" – ", False), (question.options[question.answer], True)]
    if isinstance(question, TrueFalse):
        if question.true:
            return [(labels.text("true"), True)]
        wrong = next((segment.text for segment in question.segments if segment.role == "swap"), None)
        if wrong is None:  # an authored statement corrected as a whole
            return [(labels.text("false"), True), (" – ", False), (question.correction, False)]
        return [(labels.text("false"), True), (" – ", False), (question.correction, True),
                (labels.text("not_wrong", wrong=wrong), False)]
    if isinstance(question, Timeline):
        return [(", ".join(question.answer), True)]
    if isinstance(question, Picture):
        letter = [(LETTERS[question.answer], True), (" – ", False)] if question.options else []
        return letter + [(question.title, True)]
    if isinstance(question, Translate):
        return [(question.shown, False), (" – ", False), (question.answer, True)]
    raise TypeError(f"no one-line answer for {type(question).__name__}")


def _entry(number: int, question, pack: Pack, g: WorksheetGeometry) -> Block:
    if isinstance(question, Match):
        return _match(number, question, g)
    ops: list[Op] = []
    top = 0.0
    first_baseline = None
    paragraphs: list[tuple[list[tuple[str, bool]], bool]] = []
    if isinstance(question, Short) and question.items:
        paragraphs.append(([(g.labels.text("scheme_items"), False)], False))
        for item in question.items:
            paragraphs.append(([(item, True)], True))
        if is_language_pack(pack):  # "Opinion adjectives: name six": the card's words are some of the right ones
            paragraphs.append(([(g.labels.text("scheme_other"), False)], False))  # (interessant, aardig)
    elif isinstance(question, Calc):
        paragraphs.append(([(question.result, True)], False))
        paragraphs.append(([(question.working, False)], False))
    elif isinstance(question, Short):
        count = len(scheme_points(question, pack))
        lead = (g.labels.text("scheme_each", marks=question.marks) if count <= question.marks
                else g.labels.text("scheme_any", marks=question.marks, count=count))
        paragraphs.append(([(lead, False)], False))
        for point in scheme_points(question, pack):
            paragraphs.append((list(stacked_runs(point)), True))
        if not question.written and not question.items:  # a card's points are a model, not the only right ones
            paragraphs.append(([(g.labels.text("scheme_other"), False)], False))
    else:
        paragraphs.append((answer_runs(question, g.labels), False))
        if isinstance(question, Timeline):
            paragraphs.insert(0, ([(g.labels.text("scheme_timeline"), False)], False))
            dates: list[tuple[str, bool]] = []
            for letter in question.answer:
                event = question.events[LETTERS.index(letter)]
                dates += [("  ·  " if dates else "", False), (letter, True), (unbroken(" " + event.date, g.fonts), False)]
            paragraphs.append((dates, False))
    bullet = g.fonts.width("•", False) * g.size + 1.5 * MM
    for runs, bulleted in paragraphs:
        x = g.text_left + (bullet if bulleted else 0.0)
        width = g.text_width - (bullet if bulleted else 0.0)
        text_ops, height, lines = paragraph(words_of(tuple((t, b) for t, b in runs if t), g.fonts), x, width,
                                            g.size, g.type.leading, g.fonts, top)
        if bulleted:
            ops.append(Text(g.text_left, lines[0][0], "•", g.size))
        ops += text_ops
        first_baseline = first_baseline if first_baseline is not None else lines[0][0]
        top += height + 0.25 * g.size
    ops = [Text(g.left, first_baseline, f"{number}.", g.size, True)] + ops
    ops.append(Text(g.right, first_baseline, f"[{question.marks}]", g.size, align="right"))
    return Block(top - 0.25 * g.size, tuple(ops), space_before=0.45 * g.size)


def _match(number: int, question: Match, g: WorksheetGeometry) -> Block:
    """Every title's letter, in a grid: ``7. D   8. G …``."""
    cell = g.fonts.width(g.number_pattern + "M", True) * g.size + 6.5 * MM
    per_row = max(1, int(g.width // cell))
    per_row = -(-len(question.answers) // -(-len(question.answers) // per_row))  # rows as even as can be
    ops: list[Op] = []
    step = g.type.leading * g.size
    for index, letter in enumerate(question.answers):
        row, column = divmod(index, per_row)
        baseline = g.fonts.ascent * g.size + row * step
        x = g.left + column * cell
        ops.append(Text(x, baseline, f"{number + index}.", g.size, True))
        ops.append(Text(x + g.fonts.width(g.number_pattern, True) * g.size + 1.5 * MM, baseline, letter, g.size, True))
    rows = -(-len(question.answers) // per_row)
    height = (g.fonts.ascent + g.fonts.descent) * g.size + (rows - 1) * step
    return Block(height, tuple(ops), space_before=0.45 * g.size)
