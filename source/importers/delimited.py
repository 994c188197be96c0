"""Term/definition tables: CSV and TSV files from spreadsheets, and Quizlet exports.

Each row is a card: the term is its title, the definition its points (split
at ``;`` and line breaks). Without ``--sep``/``--row-sep`` fields follow the
CSV rules (quotes may hold separators and line breaks), as spreadsheets write
them; with either flag the text is cut exactly where the separators are, as
Quizlet writes its exports (no quoting).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..inline import plain_text
from ..model import Card
from ._base import Findings, Imported, Importer, ImportOptions, pack_title, quoted_text
from ._points import clean, marked_point, translated, translated_heading, with_notation_marks
from ._records import Row, named, rows, separator

TERM_HEADERS = frozenset({"term", "terms", "word", "words", "front", "question", "concept", "key term", "keyword"})
"""First-row words that mark a header row (with one of DEFINITION_HEADERS after them)."""
DEFINITION_HEADERS = frozenset({"definition", "definitions", "meaning", "back", "answer", "description", "explanation"})
"""Second-row words that mark a header row."""

_POINT_BREAKS = re.compile(r"[;\n]")
_HOW_TO = "each row needs a term, a separator and a definition"


def looks_like_tsv(text: str) -> bool:
    """Most lines hold a tab."""
    return _most_lines_hold(text, "\t")


def looks_like_csv(text: str) -> bool:
    """Most lines hold a comma."""
    return _most_lines_hold(text, ",")


def _most_lines_hold(text: str, sep: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()][:50]
    return bool(lines) and sum(sep in line for line in lines) * 2 > len(lines)


def read_csv(text: str, shown: str, options: ImportOptions) -> Imported:
    """Comma-separated term, definition rows."""
    return _read(text, shown, options, ",")


def read_tsv(text: str, shown: str, options: ImportOptions) -> Imported:
    """Tab-separated term, definition rows (Quizlet's default export)."""
    return _read(text, shown, options, "\t")


def _read(text: str, shown: str, options: ImportOptions, default_sep: str) -> Imported:
    findings = Findings(shown)
    sep = separator(options.sep) if options.sep else default_sep
    if options.sep or options.row_sep:
        table = list(_cut(text, sep, separator(options.row_sep) if options.row_sep else "\n"))
    else:
        table = list(rows(text, sep, shown))
    if table and _is_header(table[0]):
        table = table[1:]
    reader = _RowReader(findings, sep)
    cards = [card for row in table if (card := reader.card(row)) is not None]
    return findings.pack(pack_title(options, None, shown), cards, _HOW_TO)


def _cut(text: str, sep: str, row_sep: str) -> Iterator[Row]:
    """Rows cut at each ``row_sep`` and at the first ``sep`` in each row, with no quoting."""
    line = 1
    for raw in text.split(row_sep):
        leading_space = raw[: len(raw) - len(raw.lstrip())]
        start = line + leading_space.count("\n")
        line += raw.count("\n") + row_sep.count("\n")
        if raw.strip():
            yield Row(start, tuple(raw.split(sep, 1)))


def _is_header(row: Row) -> bool:
    cells = [clean(cell).casefold() for cell in row.fields[:2]]
    return len(cells) == 2 and cells[0] in TERM_HEADERS and cells[1] in DEFINITION_HEADERS


class _RowReader:
    """Turns rows into cards, reporting bad rows; says only once that extra columns were dropped."""

    def __init__(self, findings: Findings, sep: str):
        self.findings = findings
        self.sep = sep
        self.warned_extra = False

    def card(self, row: Row) -> Card | None:
        if len(row.fields) < 2:
            self.findings.problem(
                f"this row has one column, {quoted_text(clean(row.fields[0]))} — a card needs a term, {named(self.sep)}"
                " and a definition; if the file uses another separator, name it with --sep", row.line)
            return None
        if len(row.fields) > 2 and not self.warned_extra and any(field.strip() for field in row.fields[2:]):
            self.warned_extra = True
            self.findings.warn("this row has more than two columns: only the first two (term, definition) are used,"
                               " here and in any later rows", row.line)
        term, definition = with_notation_marks(row.fields[0]), with_notation_marks(row.fields[1])
        warn = lambda message: self.findings.warn(message, row.line)  # noqa: E731
        heading = translated_heading(plain_text(clean(term)), warn)
        title = heading.text
        points = [translated(point, warn) for piece in _POINT_BREAKS.split(definition) if (point := marked_point(piece))]
        if not title or not points:
            empty = "term" if not title else "definition"
            self.findings.warn(f"the {empty} is empty — row skipped", row.line)
            return None
        return Card(title=title, title_formulas=heading.formulas, points=tuple(points))


CSV = Importer(
    name="csv",
    summary="term,definition rows from a spreadsheet (.csv)",
    suffixes=(".csv",),
    looks_like=looks_like_csv,
    read=read_csv,
    separators=True,
)

TSV = Importer(
    name="tsv",
    summary="term<TAB>definition rows, such as a Quizlet export (.tsv, .txt)",
    suffixes=(".tsv", ".tab", ".txt"),
    looks_like=looks_like_tsv,
    read=read_tsv,
    separators=True,
)
