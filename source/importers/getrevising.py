"""GetRevising revision cards: the text of a card page, as copied from the site.

Each card is a title line, its points and a counter line such as ``2 of 10``.
Points are bullet lines, or plain lines on cards without bullets; blank lines
inside a card do not split it. The page's header ("Created by", "Created on")
and footer (comments, similar resources) are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Card
from ._base import Findings, Imported, Importer, ImportOptions, pack_title, quoted_text
from ._points import clean, plain_point

SITE_TITLE_LIMIT = 50
"""The site cuts card titles at this many characters."""

_COUNTER = re.compile(r"^\s*([0-9]+)\s+of\s+([0-9]+)\s*$")
_COUNTER_DIGITS = 6
"""More digits than this in a counter is not a card page (a million cards): refused, not read as a number."""
_BULLET = re.compile(r"^\s*[•●◦▪‣∙]\s*")
_HEADER = re.compile(r"^\s*[•●]?\s*Created (by|on)\s*:", re.IGNORECASE)
_FOOTER = re.compile(
    r"^\s*(No comments have yet been made|\d+ comments?\b|Similar .*resources\s*:?|See all .*resources\s*»)",
    re.IGNORECASE,
)
_HOW_TO = "copy the whole card page: each card is its title, its points and a line such as “1 of 10”"


@dataclass(frozen=True)
class _Chunk:
    """The lines of one card, up to and including its counter."""

    lines: tuple[tuple[int, str], ...]
    """(line number, text) of the lines before the counter."""
    counter_line: int
    """Line number of the ``N of M`` line."""
    number: int
    """N."""
    total: int
    """M."""


def looks_like(text: str) -> bool:
    """A card page has ``N of M`` counter lines."""
    return any(_COUNTER.match(line) for line in text.split("\n"))


def read(text: str, shown: str, options: ImportOptions) -> Imported:
    """The page's cards; the pack title comes from ``--title``, else the file name."""
    findings = Findings(shown)
    lines = list(enumerate(text.split("\n"), start=1))
    chunks, trailing = _chunks(lines, findings)
    if not chunks:
        first = next((number for number, line in lines if line.strip()), 1)
        findings.problem(f"no card counter such as “1 of 10” found — {_HOW_TO}", first)
    else:
        _check_trailing(trailing, findings)
    cards = [card for position, chunk in enumerate(chunks, start=1)
             if (card := _card(chunk, position, findings)) is not None]
    _check_total(chunks, findings)
    return findings.pack(pack_title(options, None, shown), cards, _HOW_TO)


def _chunks(lines: list[tuple[int, str]], findings: Findings) -> tuple[list[_Chunk], list[tuple[int, str]]]:
    """The cards' chunks, and the lines after the last counter; a counter with an absurd number is a problem."""
    chunks: list[_Chunk] = []
    current: list[tuple[int, str]] = []
    for number, line in lines:
        match = _COUNTER.match(line)
        if match:
            if not chunks:
                current = _without_header(current)
            if max(len(match.group(1)), len(match.group(2))) > _COUNTER_DIGITS:
                findings.problem(f"the card counter has a number of more than {_COUNTER_DIGITS} digits"
                                 " — a counter reads like “1 of 10”; correct or delete this line", number)
                counted = (0, 0)
            else:
                counted = (int(match.group(1)), int(match.group(2)))
            chunks.append(_Chunk(tuple(current), number, *counted))
            current = []
        else:
            current.append((number, line))
    return chunks, current


def _without_header(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(number, line) for number, line in lines if not _HEADER.match(line)]


def _card(chunk: _Chunk, position: int, findings: Findings) -> Card | None:
    content = [(number, line) for number, line in chunk.lines if line.strip()]
    if position == 1:
        content = _drop_leading_bullets(content, findings)
    label = f"card {chunk.number} of {chunk.total}"
    if not content:
        findings.warn(f"{label} has no text, not even a title (perhaps only a picture) — skipped", chunk.counter_line)
        return None
    title_line, title = content[0][0], clean(_BULLET.sub("", content[0][1]))
    if chunk.number != position:
        findings.warn(f"card {quoted_text(title)} is numbered {chunk.number} of {chunk.total} but is card {position}"
                      " on the page — check that no card is missing", chunk.counter_line)
    points = [point for _, line in content[1:] if (point := plain_point(_BULLET.sub("", line)))]
    if not points:
        findings.warn(f"{label}, {quoted_text(title)}, has no text under its title (perhaps only a picture) — skipped",
                      title_line)
        return None
    if len(title) >= SITE_TITLE_LIMIT:
        findings.warn(f"the title {quoted_text(title, 60)} is {len(title)} characters long, the site's limit,"
                      " so it may be cut short — compare it with the page and complete it in the pack", title_line)
    return Card(title=title, points=tuple(points))


def _drop_leading_bullets(content: list[tuple[int, str]], findings: Findings) -> list[tuple[int, str]]:
    """Bullets before the first card's title belong to the page header, not to a card."""
    leading = 0
    while leading < len(content) and _BULLET.match(content[leading][1]):
        leading += 1
    if leading and leading < len(content):
        dropped = clean(_BULLET.sub("", content[0][1]))
        findings.warn(f"ignored {leading} bullet line(s) before the first card's title, starting {quoted_text(dropped)}"
                      " — they look like the page header", content[0][0])
        return content[leading:]
    return content


def _check_trailing(trailing: list[tuple[int, str]], findings: Findings) -> None:
    """Text after the last counter is the page footer; anything before the footer is a card without its counter."""
    stray: list[tuple[int, str]] = []
    for number, line in trailing:
        if _FOOTER.match(line):
            break
        if line.strip():
            stray.append((number, line))
    if stray:
        findings.warn(f"ignored {len(stray)} line(s) after the last card counter, starting {quoted_text(clean(stray[0][1]))}"
                      " — if they are a card, add its “N of M” line under them", stray[0][0])


def _check_total(chunks: list[_Chunk], findings: Findings) -> None:
    if chunks and len(chunks) != chunks[-1].total:
        last = chunks[-1]
        findings.warn(f"the page holds {len(chunks)} cards but its counters say {last.total}"
                      " — copy the whole page", last.counter_line)


IMPORTER = Importer(
    name="getrevising",
    summary="a GetRevising card page copied as text (.txt)",
    suffixes=(".txt",),
    looks_like=looks_like,
    read=read,
)
