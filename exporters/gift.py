"""``gift``: the worksheet's questions in Moodle's GIFT text format, one question a paragraph.

The questions are the printed worksheet's for the same options and seed, each
named by its number there (``A3`` for question 3 of version A when there are
several versions). Multiple choice and true/false map one to one; a gap fill
becomes one short-answer question per blank (``Q3a``, ``Q3b``), the other
blanks shown as lines; matching stays matching; a short answer becomes an
essay with the mark scheme as its general feedback. GIFT has no ordering
question and no marks: timelines and marks above 1 are named in the warning.
"""
from __future__ import annotations

import re

from ..errors import Problem
from ..layouts.worksheet.exercises import Choice, Gap, Match, Question, Timeline, TrueFalse, generate
from ..layouts.worksheet.exercises.questions import Segment, scheme_points
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses

_SPECIAL = re.compile(r"([~=#{}:])")
_LINE = "_____"


def escape(text: str) -> str:
    """Text with GIFT's special characters (``~ = # { } :``) escaped by a backslash."""
    return _SPECIAL.sub(r"\\\1", text)


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The worksheet's questions, every version, in GIFT."""
    exercises = generate(pack, options.worksheet)
    losses = Losses("GIFT", noun="question")
    several = len(exercises.versions) > 1
    paragraphs = [f"// {escape(pack.title)}: worksheet questions, seed {exercises.seed}"]
    for version in exercises.versions:
        prefix = version.label if several else "Q"
        for section in version.sections:
            for number, question in section.numbered():
                paragraphs += _question(pack, question, prefix, number, section.title, losses)
    skipped = tuple(Problem(f"no {name} questions: {reason}", pack.path) for name, reason in exercises.skipped)
    return Exported(".gift", ("\n\n".join(paragraphs) + "\n").encode("utf-8"), skipped + losses.warnings(pack))


def _question(pack: Pack, question: Question, prefix: str, number: int, title: str, losses: Losses) -> list[str]:
    name = f"{prefix}{number}"
    if isinstance(question, Timeline):
        losses.add("timelines left out, as GIFT has no ordering question", name)
        return []
    if question.marks > 1 and not isinstance(question, (Gap, Match)):
        losses.add("marks above 1 left out, as GIFT has none (set them in Moodle)", name)
    if isinstance(question, Choice):
        options = " ".join(("=" if index == question.answer else "~") + escape(option)
                           for index, option in enumerate(question.options))
        return [_paragraph(name, title, _stem(question.segments), f"{{{options}}}")]
    if isinstance(question, TrueFalse):
        if question.true:
            return [_paragraph(name, title, _stem(question.segments), "{TRUE}")]
        feedback = escape(f"False: it should say {question.correction}.")
        return [_paragraph(name, title, _stem(question.segments), f"{{FALSE#{feedback}#{feedback}}}")]
    if isinstance(question, Gap):
        return [_gap(name, title, question, blank) for blank in question.answers]
    if isinstance(question, Match):
        pairs = " ".join(f"={escape(pair.title)} -> {escape(pair.text)}" for pair in question.pairs)
        last = f"{name}–{number + len(question.pairs) - 1}"
        return [_paragraph(last, title, "Match each title with its statement.", f"{{{pairs}}}")]
    scheme = " ".join(f"• {point.text}" for point in scheme_points(question, pack))
    return [_paragraph(name, title, escape(question.prompt), f"{{####{escape('Mark scheme: ' + scheme)}}}")]


def _stem(segments: tuple[Segment, ...]) -> str:
    return "".join(_LINE if segment.role == "blank" else escape(segment.text) for segment in segments)


def _gap(name: str, title: str, question: Gap, asked: Segment) -> str:
    """One blank asked in place as GIFT's "missing word" short answer; the question's other blanks stay lines."""
    text = "".join(f"{{={escape(segment.text)}}}" if segment is asked else
                   _LINE if segment.role == "blank" else escape(segment.text) for segment in question.segments)
    return _paragraph(f"{name}{asked.label}", title, text, "")


def _paragraph(name: str, title: str, text: str, answer: str) -> str:
    return f"::{escape(name + ' ' + title)}::{text}{' ' + answer if answer else ''}"


EXPORTER = Exporter(name="gift", summary="the worksheet's questions for Moodle (GIFT text, .gift)", suffix=".gift",
                    write=write)
