"""``kahoot``: the worksheet's multiple-choice and true/false questions in Kahoot's spreadsheet template (.xlsx).

Kahoot's quiz import takes one question a row: the question (at most 120
characters), two to four answers (at most 75 each), a time limit from a fixed
list and the number of the right answer. So only multiple choice and true/false
go in, named by their worksheet numbers in the first column; gap fills,
matching, timelines, short answers and translations are left out, and so is a question that
still runs over a limit once its spaces are squeezed and its blank shortened
(nothing else is cut, as a cut question or answer could change its meaning).
Every question left out is named in the one warning.

openpyxl stamps the time on the workbook's properties and on the zip's members;
both are fixed here, so the same pack and options give the same bytes.
"""
from __future__ import annotations

import datetime
import io
import re
import zipfile
from typing import TYPE_CHECKING

from ..layouts.worksheet.exercises import Choice, TrueFalse
from ..source._scripts import plain_scripts
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._quiz import Asked, note_left_out, pictures_asked, stem, worksheet_quiz
from ._zip import rezipped

if TYPE_CHECKING:
    from openpyxl import Workbook

QUESTION_LIMIT = 120
"""Kahoot's longest question, in characters."""
ANSWER_LIMIT = 75
"""Kahoot's longest answer, in characters."""
ANSWERS = 4
"""Kahoot's most answers to a question."""
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
"""The time limits (seconds) Kahoot takes."""
HEADERS = ("", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
           "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
           "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one")
"""The template's header row, column A (the question's number, for people only) to H."""
HEADER_ROW = 8
"""The template's header row; questions start on the row below."""
SECONDS = {Choice: 30, TrueFalse: 20}
"""Time to answer: four options take longer to read than a statement."""
FIXED_TIME = datetime.datetime(2024, 1, 1)
"""The workbook's created and modified time (any fixed time would do)."""
_BLANK = "___"
_SPACES = re.compile(r"\s+")


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The workbook Kahoot's "Import spreadsheet" takes, with the questions it can hold."""
    from openpyxl import Workbook  # here, not on top: every other export would pay its 0.1 s import

    quiz = worksheet_quiz(pack, options)
    losses = Losses("Kahoot", noun="question")
    note_left_out(quiz, losses)
    rows = []
    for asked in quiz.asked:
        row = _row(asked, losses)
        if row:
            rows.append(row)
            if pictures_asked(pack, asked.question):
                losses.add("card pictures left out, as Kahoot's spreadsheet holds none (add them in Kahoot)",
                           asked.name)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet["B2"] = "Quiz template"
    sheet["B3"] = f"{pack.title}: the worksheet's multiple choice and true or false questions, seed {quiz.seed}"
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(HEADER_ROW, column, header or None)
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            sheet.cell(HEADER_ROW + offset, column, plain_scripts(value) if isinstance(value, str) else value)
    return Exported(".xlsx", _saved(workbook), quiz.skipped + losses.warnings(pack))


def _row(asked: Asked, losses: Losses) -> tuple | None:
    """The question's row (number, question, four answers, seconds, right answer), or None if Kahoot cannot hold it."""
    question = asked.question
    if isinstance(question, Choice):
        text, answers, right = stem(question.segments, _BLANK), question.options, question.answer
    elif isinstance(question, TrueFalse):
        text, answers, right = stem(question.segments, _BLANK), ("True", "False"), 0 if question.true else 1
    else:
        losses.add(f"{asked.section.lower()} left out, as Kahoot's quiz questions are multiple choice", asked.name)
        return None
    text, answers = _squeezed(text), tuple(_squeezed(answer) for answer in answers)
    if len(text) > QUESTION_LIMIT:
        losses.add(f"left out, as the question runs over Kahoot's {QUESTION_LIMIT} characters", asked.name)
        return None
    if any(len(answer) > ANSWER_LIMIT for answer in answers):
        losses.add(f"left out, as an answer runs over Kahoot's {ANSWER_LIMIT} characters", asked.name)
        return None
    if len(answers) > ANSWERS:
        losses.add(f"left out, as Kahoot takes at most {ANSWERS} answers", asked.name)
        return None
    padding = (None,) * (ANSWERS - len(answers))
    return (asked.name, text, *answers, *padding, SECONDS[type(question)], right + 1)


def _squeezed(text: str) -> str:
    """Runs of spaces and line breaks as one space, none at the ends: shorter, and nothing lost."""
    return _SPACES.sub(" ", text).strip()


def _saved(workbook: Workbook) -> bytes:
    """The .xlsx bytes with fixed times (openpyxl's ``save`` would stamp the current one)."""
    from openpyxl.writer.excel import ExcelWriter

    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return rezipped(buffer.getvalue())


EXPORTER = Exporter(name="kahoot", summary="the worksheet's multiple choice for Kahoot (spreadsheet template, .xlsx)",
                    suffix=".xlsx", write=write)
