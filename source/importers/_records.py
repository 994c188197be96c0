"""Rows of delimited text (CSV rules) with the line each starts on, and separator names.

Shared by the csv/tsv and Anki importers: both read fields that may be quoted
and hold separators or line breaks, and both name separators in words.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Iterator

from ...errors import Problem, StudypackError

SEPARATOR_NAMES = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "pipe": "|",
    "space": " ",
    "colon": ":",
    "newline": "\n",
}
"""Separators by the names Anki's ``#separator:`` header and ``--sep`` take (any case)."""

_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r\\n": "\r\n"}


def separator(text: str) -> str:
    """The separator a name stands for (``tab``, ``\\t``), else the text itself."""
    return SEPARATOR_NAMES.get(text.strip().lower()) or _ESCAPES.get(text) or text


def named(sep: str) -> str:
    """The separator in words for messages: ``a tab``, ``the separator “|||”``."""
    names = {value: f"a {name}" for name, value in SEPARATOR_NAMES.items()}
    return names.get(sep, f"the separator “{sep}”")


@dataclass(frozen=True)
class Row:
    """One record of the file."""

    line: int
    """1-based line the record starts on."""
    fields: tuple[str, ...]
    """The fields, unquoted, as written otherwise."""


def rows(text: str, delimiter: str, shown: str, first_line: int = 1, comments: bool = False) -> Iterator[Row]:
    """The non-blank records of ``text`` (line feeds only), read with CSV quoting rules.

    ``first_line`` is the file line ``text`` starts on. With ``comments``,
    a line starting with ``#`` between records is skipped, as Anki does.
    """
    feed = _Lines(text, first_line, comments)
    reader = csv.reader(feed, delimiter=delimiter, strict=False)
    try:
        for fields in reader:
            start = feed.record_start
            if feed.ended_inside_record:
                raise StudypackError(
                    Problem("a quote opened in this record is never closed, so it would run to the end of the file"
                            " — add the closing \" (and write a \" inside a quoted field as \"\")", shown, start)
                )
            feed.record_done()
            if any(field.strip() for field in fields):
                yield Row(start, tuple(fields))
    except csv.Error as error:
        if "field limit" in str(error):  # the csv module's only cap, and not a quoting slip
            raise StudypackError(
                Problem(f"a field is longer than {csv.field_size_limit()} characters, the most a CSV field may hold"
                        " — shorten it (no card needs that much text)", shown, feed.record_start)
            ) from None
        raise StudypackError(
            Problem(f"cannot read this record ({error}) — check its quotes: a quoted field must end with a closing \"",
                    shown, feed.record_start)
        ) from None


class _Lines:
    """Feeds csv.reader line by line, noting where each record starts and skipping comment lines between records."""

    def __init__(self, text: str, first_line: int, comments: bool):
        # Split on line feeds only: splitlines() would also split on characters
        # such as U+2028 that may sit inside a field.
        self._lines = iter(enumerate((line + "\n" for line in text.split("\n")), start=first_line))
        self._comments = comments
        self._between_records = True
        self.record_start = first_line
        self.ended_inside_record = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            number, line = next(self._lines)
            while self._between_records and self._comments and line.startswith("#"):
                number, line = next(self._lines)
        except StopIteration:
            self.ended_inside_record = not self._between_records
            raise
        if self._between_records:
            self.record_start = number
            self._between_records = False
        return line

    def record_done(self) -> None:
        self._between_records = True
