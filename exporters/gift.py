"""``gift``: the worksheet's questions in Moodle's GIFT text format, one question a paragraph.

The questions are the printed worksheet's for the same options and seed, each
named by its number there (``A3`` for question 3 of version A when there are
several versions). Multiple choice and true/false map one to one; a gap fill
becomes one short-answer question per blank (``Q3a``, ``Q3b``), the other
blanks shown as lines; matching stays matching; a translation is a short answer (``{=meaning}``); a short answer becomes an
essay with the mark scheme as its general feedback. GIFT has no ordering
question and no marks: timelines and marks above 1 are named in the warning.
"""
from __future__ import annotations

import re

from ..layouts.worksheet.exercises import Choice, Gap, Match, Timeline, Translate, TrueFalse
from ..layouts.worksheet.exercises.questions import Segment
from ..source._scripts import plain_scripts
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._quiz import (LINE, MATCH_PROMPT, Asked, note_left_out, pictures_asked, scheme, stem, translate_prompt,
                    worksheet_quiz)

_SPECIAL = re.compile(r"([~=#{}:])")


def escape(text: str) -> str:
    """Text with GIFT's special characters (``~ = # { } :``) escaped by a backslash."""
    return _SPECIAL.sub(r"\\\1", text)


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The worksheet's questions, every version, in GIFT."""
    quiz = worksheet_quiz(pack, options)
    losses = Losses("GIFT", noun="question")
    note_left_out(quiz, losses)
    paragraphs = [f"// {escape(pack.title)}: worksheet questions, seed {quiz.seed}"]
    for asked in quiz.asked:
        paragraphs += _question(pack, asked, losses)
        if pictures_asked(pack, asked.question):
            losses.add("card pictures left out, as GIFT is text (export --to moodle to carry them)", asked.name)
    return Exported(".gift", plain_scripts("\n\n".join(paragraphs) + "\n").encode("utf-8"),
                    quiz.skipped + losses.warnings(pack))


def _question(pack: Pack, asked: Asked, losses: Losses) -> list[str]:
    name, title, question = asked.name, asked.section, asked.question
    if isinstance(question, Timeline):
        losses.add("timelines left out, as GIFT has no ordering question", name)
        return []
    if question.marks > 1 and not isinstance(question, (Gap, Match)):
        losses.add("marks above 1 left out, as GIFT has none (set them in Moodle)", name)
    if isinstance(question, Choice):
        options = " ".join(("=" if index == question.answer else "~") + escape(option)
                           for index, option in enumerate(question.options))
        return [_paragraph(name, title, escape(stem(question.segments)), f"{{{options}}}")]
    if isinstance(question, TrueFalse):
        if question.true:
            return [_paragraph(name, title, escape(stem(question.segments)), "{TRUE}")]
        feedback = escape(f"False: it should say {question.correction}.")
        return [_paragraph(name, title, escape(stem(question.segments)), f"{{FALSE#{feedback}#{feedback}}}")]
    if isinstance(question, Gap):
        return [_gap(name, title, question, blank) for blank in question.answers]
    if isinstance(question, Translate):
        return [_paragraph(name, title, escape(translate_prompt(question)), f"{{={escape(question.answer)}}}")]
    if isinstance(question, Match):
        pairs = " ".join(f"={escape(pair.title)} -> {escape(pair.text)}" for pair in question.pairs)
        return [_paragraph(name, title, MATCH_PROMPT, f"{{{pairs}}}")]
    marking = " ".join(f"• {point}" for point in scheme(pack, question))
    return [_paragraph(name, title, escape(question.prompt), f"{{####{escape('Mark scheme: ' + marking)}}}")]


def _gap(name: str, title: str, question: Gap, asked: Segment) -> str:
    """One blank asked in place as GIFT's "missing word" short answer; the question's other blanks stay lines."""
    text = "".join(f"{{={escape(segment.text)}}}" if segment is asked else
                   LINE if segment.role == "blank" else escape(segment.text) for segment in question.segments)
    return _paragraph(f"{name}{asked.label}", title, text, "")


def _paragraph(name: str, title: str, text: str, answer: str) -> str:
    return f"::{escape(name + ' ' + title)}::{text}{' ' + answer if answer else ''}"


EXPORTER = Exporter(name="gift", summary="the worksheet's questions for Moodle (GIFT text, .gift)", suffix=".gift",
                    write=write)
