"""Inline marks inside a point: ``**key term**``, the ``\\*`` escape, and science notation.

Kept apart from YAML so importers can build points the same way. Notation
(see ``notation``) is translated between the marks, so a key term's span
covers the translated text (``**\\ce{CO2}**`` is the key term CO₂).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Formula, Point, Span
from .notation import NotationError, escape_notation, translate_keeping_formulas

_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""Runs of white space, except the no-break spaces: those are typed (or made by notation) to hold words together."""


class MarkError(ValueError):
    """An inline mark is wrong; ``offset`` is where in the normalised text."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


def normalise_spaces(text: str) -> str:
    """One space between words: a point is one line however it was typed (no-break spaces are kept)."""
    return _SPACES.sub(" ", text).strip(" ")


_MARKS = re.compile(r"(\\\*|\*\*)")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]*?[^\s*\\])\*(?![\w*])")
"""``*Homo sapiens*``: emphasis as teachers type it (a book's title, a Latin name). Its asterisks are dropped, never
printed: the faces have no italic, and "*On the Origin of Species*" on a sheet reads garbled. ``5 * 3`` and ``2*3``
are no emphasis."""


def parse_point(text: str, line: int | None = None, notation: bool = True) -> Point:
    """Read ``**term**`` marks (and, with ``notation``, science notation) out of ``text``; raise MarkError on an
    unmatched mark or notation that cannot be read."""
    source = normalise_spaces(text)
    if '\\"' in source:
        source = source.replace('\\"', '"')  # (an unquoted line's \", typed as in JSON, is the quote mark)
    if "*" in source:
        source = _EMPHASIS.sub(r"\1", source.replace("**", "\0")).replace("\0", "**")
    if "*" not in source:  # most points: nothing to parse
        if not notation:
            return Point(source, (), line)
        translated, formulas = _translated(source, 0)
        return Point(translated, (), line, formulas)
    plain: list[str] = []
    spans: list[Span] = []
    formulas: list[Formula] = []
    opened_at: int | None = None  # offset in `source` of the open mark
    term_start = length = offset = 0
    for part in _MARKS.split(source):
        if part == "**":
            if opened_at is None:
                opened_at, term_start = offset, length
            else:
                spans.append(_trimmed_span("".join(plain), term_start, length, opened_at))
                opened_at = None
        else:
            if part == "\\*" or not notation:
                literal = "*" if part == "\\*" else part
            else:
                literal, found = _translated(part, offset)
                formulas.extend(replace(f, start=f.start + length, end=f.end + length) for f in found)
            plain.append(literal)
            length += len(literal)
        offset += len(part)
    if opened_at is not None:
        raise MarkError(
            "this ** opens a key term that is never closed — close it with ** after the term,"
            " or write \\* for a literal asterisk",
            opened_at,
        )
    text, spans, formulas = _single_spaced("".join(plain), spans, formulas)
    return Point(text, spans, line, formulas)


def _translated(part: str, offset: int) -> tuple[str, tuple[Formula, ...]]:
    """``part`` (found at ``offset`` in the point) with its notation translated, and its formulas; a
    NotationError becomes a MarkError."""
    try:
        return translate_keeping_formulas(part)
    except NotationError as error:
        raise MarkError(str(error), offset + error.offset) from None


def _single_spaced(plain: str, spans: list[Span], formulas: list[Formula]
                   ) -> tuple[str, tuple[Span, ...], tuple[Formula, ...]]:
    """The text with the spaces a mark held (``**the ** end``, ``** the**``) no longer doubled or at an
    end, and the spans and formulas moved to match: the point reads as typed, and is written back the same."""
    if "  " not in plain and plain[:1] != " " and plain[-1:] != " ":
        return plain, tuple(spans), tuple(formulas)
    kept: list[str] = []
    moved = []  # for each index of `plain` (and its end), the index in the tidied text
    for char in plain:
        moved.append(len(kept))
        if char != " " or (kept and kept[-1] != " "):
            kept.append(char)
    moved.append(len(kept))
    if kept and kept[-1] == " ":
        kept.pop()
    end = len(kept)
    return ("".join(kept), tuple(Span(min(moved[span.start], end), min(moved[span.end], end)) for span in spans),
            tuple(replace(f, start=min(moved[f.start], end), end=min(moved[f.end], end)) for f in formulas))


def _trimmed_span(plain: str, start: int, end: int, opened_at: int) -> Span:
    while start < end and plain[start] == " ":
        start += 1
    while end > start and plain[end - 1] == " ":
        end -= 1
    if start == end:
        raise MarkError("empty key term (**** or ** **) — put the term between the marks or remove them", opened_at)
    return Span(start, end)


def plain_text(text: str) -> str:
    """``text`` with marks removed, for titles where emphasis means nothing (notation is left as typed)."""
    try:
        return parse_point(text, notation=False).text
    except MarkError:
        return normalise_spaces(text)


def mark(point: Point, notation: bool = False) -> str:
    """Write a point back with ``**`` marks and ``\\*`` escapes (inverse of parse_point); with ``notation``, the
    characters notation would read (``^ ~ $``) are escaped too, for text that will be loaded again."""
    out: list[str] = []
    runs = point.runs()
    moved = False  # the space after the last term went inside its closing mark
    at = 0  # where the run starts in the point's text
    for index, (text, is_term) in enumerate(runs):
        escaped = _notation_written(text, at, point.formulas) if notation else text.replace("*", "\\*")
        at += len(text)
        if moved:
            escaped, moved = escaped[1:], False
        if not is_term:
            out.append(escaped)
            continue
        after = runs[index + 1][0] if index + 1 < len(runs) else ""
        # `\**` would read as an escaped star: the space after such a term goes inside the closing mark,
        # where it still follows the term but is not part of it (terms are trimmed); at the end of the
        # point a space is put there all the same, and the loader drops a point's trailing space
        moved = escaped.endswith("\\") and (after.startswith(" ") or not after)
        out.append(f"**{escaped}{' ' if moved else ''}**")
    return "".join(out)


def _notation_written(text: str, at: int, formulas: tuple[Formula, ...]) -> str:
    """A run (starting at ``at`` in its point) written for the loader: each formula in it as it was typed,
    the rest with its ``* ^ ~ $`` escaped."""
    out: list[str] = []
    cursor = at
    for formula in formulas:
        if formula.start < cursor or formula.end > at + len(text):
            continue
        out.append(escape_notation(text[cursor - at:formula.start - at]).replace("*", "\\*"))
        out.append(_typed(formula, text[formula.start - at:formula.end - at]))
        cursor = formula.end
    out.append(escape_notation(text[cursor - at:]).replace("*", "\\*"))
    return "".join(out)


def _typed(formula: Formula, shown: str) -> str:
    """The formula as a pack writes it (``\\ce{…}`` bare, anything else in dollars), if that reads back as
    ``shown``; else ``shown`` escaped, which loses nothing the page shows."""
    for typed in ((formula.latex,) if formula.latex.startswith("\\ce{") else ()) + (f"${formula.latex}$",):
        try:
            if translate_keeping_formulas(typed)[0] == shown and "*" not in typed:
                return typed
        except NotationError:
            pass
    return escape_notation(shown).replace("*", "\\*")
