"""The header lines of an Anki "Notes in Plain Text" export (``#separator:tab`` …).

Anki reads ``#key:value`` lines at the top of the file (and a legacy first
line ``tags:…``); keys are case-insensitive. Each one we meet is honoured or
reported: a bad value is an error naming the line, an unknown key a warning.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace

from ._base import Findings, quoted_text
from ._records import SEPARATOR_NAMES

_META = ("guid", "notetype", "deck", "tags")
_MAX_COLUMN = 999
"""The largest column number a header may name: more columns than this is not a notes file."""
_SEPARATORS = {name: value for name, value in SEPARATOR_NAMES.items() if name != "newline"}
_ANKI_LINE = re.compile(r"#(separator|html|columns|tags|deck|notetype|guid|if matches)[a-z ]*:", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """What the header lines say about the notes below them."""

    separator: str = "\t"
    """The field separator; Anki's own exports use a tab."""
    html: bool | None = None
    """Whether fields are HTML; None when no ``#html:`` line says (then guessed from the fields)."""
    columns: tuple[str, ...] = ()
    """The column names from ``#columns:``."""
    tags: tuple[str, ...] = ()
    """Tags for every note, from ``#tags:``."""
    deck: str | None = None
    """The deck of every note, from ``#deck:``."""
    notetype: str | None = None
    """The note type of every note, from ``#notetype:``."""
    meta_columns: dict[str, int] = field(default_factory=dict)
    """1-based column of each of guid, notetype, deck and tags that the file has: not card text."""
    body_line: int = 1
    """The first line after the header."""


def starts_with_header(text: str) -> bool:
    """Whether the first line is one of Anki's header lines."""
    return bool(_ANKI_LINE.match(text.lstrip("\ufeff")))


def read_header(lines: list[str], findings: Findings) -> Header:
    """The header at the top of ``lines``; problems and unknown keys go to ``findings``."""
    header = Header()
    raw_columns: tuple[int, str] | None = None
    number = 0
    if lines and lines[0].startswith("tags:"):
        header = replace(header, tags=tuple(lines[0][len("tags:"):].split()))
        number = 1
    while number < len(lines) and lines[number].startswith("#"):
        key, colon, value = lines[number][1:].partition(":")
        key = key.strip().lower()
        if colon and key == "columns":
            raw_columns = (number + 1, value)
        elif colon:
            header = _apply(header, key, value, number + 1, findings)
        number += 1
    if raw_columns is not None:
        header = _with_columns(header, *raw_columns, findings)
    return replace(header, body_line=number + 1)


def _apply(header: Header, key: str, value: str, line: int, findings: Findings) -> Header:
    if key == "separator":
        return _with_separator(header, value, line, findings)
    if key == "html":
        if value.strip().lower() not in ("true", "false"):
            findings.problem(f"“#html:” should be true or false, found {quoted_text(value.strip())}", line)
            return header
        return replace(header, html=value.strip().lower() == "true")
    if key == "tags":
        return replace(header, tags=tuple(value.split()))
    if key in ("deck", "notetype"):
        return replace(header, **{key: value.strip() or None})
    if key.endswith(" column") and key[: -len(" column")] in _META:
        return _with_meta_column(header, key[: -len(" column")], value, line, findings)
    if key != "if matches":  # Anki's rule for updating existing notes: nothing to do here
        findings.warn(f"unknown header line “#{key}:” ignored — Anki's headers are #separator, #html, #columns,"
                      " #tags, #deck, #notetype and #guid/#notetype/#deck/#tags column", line)
    return header


def _with_separator(header: Header, value: str, line: int, findings: Findings) -> Header:
    name = value.strip().lower()
    if name in _SEPARATORS:
        return replace(header, separator=_SEPARATORS[name])
    if len(value) == 1:
        return replace(header, separator=value)
    findings.problem(f"unknown separator {quoted_text(value)} — write one of {', '.join(_SEPARATORS)},"
                     " or the separating character itself", line)
    return header


def _with_meta_column(header: Header, name: str, value: str, line: int, findings: Findings) -> Header:
    digits = value.strip()
    number = digits.lstrip("0")
    if not (digits.isascii() and digits.isdigit() and number):
        findings.problem(f"“#{name} column:” needs a column number counted from 1, found {quoted_text(digits)}", line)
        return header
    if len(number) > len(str(_MAX_COLUMN)) or int(number) > _MAX_COLUMN:
        findings.problem(f"“#{name} column:” names column {quoted_text(digits, 12)}, but a notes file has at most"
                         f" {_MAX_COLUMN} columns — write the number of the column, counted from 1", line)
        return header
    return replace(header, meta_columns={**header.meta_columns, name: int(number)})


def _with_columns(header: Header, line: int, value: str, findings: Findings) -> Header:
    """Column names; a column named guid, notetype, deck or tags is that kind of column unless a header says otherwise."""
    try:
        names = tuple(next(csv.reader([value.strip()], delimiter=header.separator), []))
    except csv.Error as error:
        findings.problem(f"cannot read the column names ({error}) — check their quotes", line)
        return header
    meta = dict(header.meta_columns)
    for number, name in enumerate(names, start=1):
        kind = name.strip().lower()
        if kind in _META and kind not in meta:
            meta[kind] = number
    return replace(header, columns=names, meta_columns=meta)
