"""``read_class(path) -> names``: a class list for named worksheets (``--class``).

Either plain text, one name per line, or a CSV (comma, semicolon or tab)
whose header row has a ``name`` column, as school systems export them. Blank
lines and a UTF-8 byte-order mark are ignored; a list with no names is an
error naming the file.
"""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from ..errors import Problem, StudypackError
from .decode import decode_utf8, read_bytes

FIELD = "class list"
"""What the problems of a class list are about, in messages."""
NAME_HEADERS = ("name", "student", "student name", "full name", "pupil", "pupil name")
"""Header cells that mark the names' column of a CSV (compared ignoring case)."""
_DELIMITERS = (",", ";", "\t")


def read_class(path: Path) -> tuple[str, ...]:
    """The students' names in the file's order; StudypackError when the file is missing or holds none."""
    shown = str(path)
    try:
        text = decode_utf8(read_bytes(path, shown), shown)
    except StudypackError as error:
        raise StudypackError([replace(problem, field=FIELD) for problem in error.problems]) from None
    lines = [line for line in text.splitlines() if line.strip()]
    names = _csv_names(lines, shown) if lines else None
    if names is None:
        names = [line.strip() for line in lines]
    if not names:
        raise StudypackError(Problem("holds no names — write one name per line, or give a CSV with a `name` column",
                                     shown, field=FIELD))
    return tuple(names)


def _csv_names(lines: list[str], shown: str) -> list[str] | None:
    """The names under a CSV's name column; None when the first line is not such a header (then: one per line)."""
    for delimiter in _DELIMITERS:
        header = next(csv.reader([lines[0]], delimiter=delimiter))
        cells = [cell.strip().casefold() for cell in header]
        column = next((cells.index(name) for name in NAME_HEADERS if name in cells), None)
        if column is None:
            continue
        names = []
        for row in csv.reader(lines[1:], delimiter=delimiter):
            if column < len(row) and row[column].strip():
                names.append(" ".join(row[column].split()))
        return names
    if shown.lower().endswith(".csv") and any(delimiter in lines[0] for delimiter in _DELIMITERS):
        raise StudypackError(Problem(f"the CSV has no `name` column (its header is {lines[0].strip()!r}) — name the"
                                     " column of students' names `name`, or give one name per line", shown, 1, None,
                                     FIELD))
    return None
