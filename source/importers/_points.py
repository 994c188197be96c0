"""Building points and titles from foreign text, so every importer cleans text the same way.

A point is built from runs, pieces of text each either a key term or not,
so that bold in Markdown or HTML and clozes in Anki all become key terms.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..inline import MarkError, mark, normalise_spaces, parse_point
from ..model import Point, Span

Run = tuple[str, bool]
"""A piece of text, and whether it is (part of) a key term."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MATHJAX = re.compile(r"\\\((.*?)\\\)|\\\[(.*?)\\\]", re.DOTALL)
_SCRIPT_TAGS = re.compile(r"<(sup|sub)(?:\s[^<>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_NOTATION = re.compile(r"[\\^~$]")


def clean(text: str) -> str:
    """``text`` on one line with single spaces and no control characters."""
    return normalise_spaces(_CONTROL.sub(" ", text))


def point_from_runs(runs: Iterable[Run]) -> Point | None:
    """One point from its runs, spaces normalised across them; None when there is no text.

    Adjacent key-term runs merge into one term; spaces at a term's edges are
    left outside it.
    """
    chars: list[str] = []
    flags: list[bool] = []
    for text, is_term in runs:
        for char in _CONTROL.sub(" ", text):
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            flags.append(is_term)
    while chars and chars[-1] == " ":
        chars.pop()
        flags.pop()
    if not chars:
        return None
    text = "".join(chars)
    return Point(text, _spans(text, flags))


def _spans(text: str, flags: list[bool]) -> tuple[Span, ...]:
    spans: list[Span] = []
    start: int | None = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            end = index
            while end > start and text[end - 1] == " ":
                end -= 1
            while start < end and text[start] == " ":
                start += 1
            if start < end and _writable(text, start, end):
                spans.append(Span(start, end))
            start = None
    return tuple(spans)


def _writable(text: str, start: int, end: int) -> bool:
    """A term can be written with ``**`` marks unless a backslash touches a mark (``\\**`` reads as an escape)."""
    return text[end - 1] != "\\" and (start == 0 or text[start - 1] != "\\")


def plain_point(text: str) -> Point | None:
    """A point with no key terms: asterisks are text."""
    return point_from_runs([(text, False)])


def marked_point(text: str) -> Point | None:
    """A point whose ``**term**`` marks make key terms, as in a pack; unmatched marks stay as text (notation is
    left as typed: see ``translated``)."""
    cleaned = clean(text)
    if not cleaned:
        return None
    try:
        return parse_point(cleaned, notation=False)
    except MarkError:
        return plain_point(cleaned)


def listed(items: list[list[Run]], separator: str) -> list[Run]:
    """The items' runs one after another, ``separator`` between them."""
    runs: list[Run] = []
    for number, item in enumerate(items):
        if number:
            runs.append((separator, False))
        runs.extend(item)
    return runs


def joined(parent: list[Run], children: list[list[Run]]) -> list[Run]:
    """``parent: child; child`` as runs (no second colon when the parent already ends with one)."""
    if not children:
        return parent
    text = "".join(text for text, _ in parent).rstrip()
    return [*parent, (" " if text.endswith(":") else ": ", False), *listed(children, "; ")]


def with_notation_marks(text: str) -> str:
    """Foreign markup for notation as a pack's: MathJax ``\\(…\\)`` and ``\\[…\\]`` as ``$…$``, HTML
    ``<sup>``/``<sub>`` as ``^…^``/``~…~`` (``\\ce{…}`` is already the pack's)."""
    text = _MATHJAX.sub(lambda match: f"${(match.group(1) if match.group(1) is not None else match.group(2)).strip()}$",
                        text)
    return _SCRIPT_TAGS.sub(lambda match: _script_marks(match.group(1).lower(), match.group(2)), text)


def _script_marks(tag: str, inner: str) -> str:
    mark_char = "^" if tag == "sup" else "~"
    inner = inner.strip()
    return f"{mark_char}{inner}{mark_char}" if inner else ""


def translated(point: Point, warn: Callable[[str], None]) -> Point:
    """``point`` with its notation turned into Unicode, as the loader would; notation that cannot be read is
    kept as typed, with a warning, so the import still succeeds."""
    if not any(_NOTATION.search(text) for text, _ in point.runs()):
        return point
    try:
        return parse_point(mark(point))
    except MarkError as error:
        warn(f"kept {quoted(point.text)} as typed: {error}")
        return point


def translated_heading(text: str, warn: Callable[[str], None]) -> Point:
    """A title with its notation turned into Unicode and its formulas kept (see ``translated``), as a point:
    a card takes its ``text`` as the title and its ``formulas`` as the title's."""
    return translated(Point(text), warn) if text else Point(text)


def quoted(text: str, limit: int = 40) -> str:
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"
