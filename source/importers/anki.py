"""Anki's "Notes in Plain Text" export: one note a record, fields split by the separator.

Basic notes: the front is the card's title, the back (and any further
fields) its points. Cloze notes: the title is the text with each cloze shown
as ``[…]`` (or ``[hint]``), as Anki shows the question; the text itself is a
point whose clozed words are key terms. Fields in HTML are converted (see
``_html``); the guid, notetype, deck and tags columns are not card text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Card, Point
from ._anki_header import Header, read_header, starts_with_header
from ._base import Findings, Imported, Importer, ImportOptions, media_folder, pack_title, quoted_text
from ._html import html_lines, looks_like_html
from ._pictures import found_picture, picture_sources, with_pictures, without_pictures
from ._points import Run, point_from_runs, translated, translated_heading, with_notation_marks
from ._records import Row, named, rows

_CLOZE = re.compile(r"\{\{c\d+::((?:(?!\{\{|\}\}).)*?)\}\}", re.DOTALL)
"""An innermost cloze; its text is ``answer`` or ``answer::hint``."""
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_OPEN, _CLOSE = "\ue0f4", "\ue0f5"  # private-use marks around clozed words while the HTML is parsed
_HOW_TO = "each line is a note: its fields separated by the “#separator:” character (a tab by default)"


@dataclass(frozen=True)
class _Note:
    """One record, split into card text and the columns about it."""

    line: int
    """The line the record starts on."""
    fields: tuple[str, ...]
    """The text fields, in order, trailing empty ones dropped."""
    notetype: str
    """The note type's name, or empty when the file does not say."""
    deck: str | None
    """The deck's name, when the file says."""
    tags: tuple[str, ...]
    """The header's tags, then the note's own."""


def looks_like(text: str) -> bool:
    """Anki's exports start with header lines such as ``#separator:tab``."""
    return starts_with_header(text)


def read(text: str, shown: str, options: ImportOptions) -> Imported:
    """The notes' cards; the pack title is ``--title``, else the notes' one deck, else the file name."""
    findings = Findings(shown)
    lines = text.split("\n")
    header = read_header(lines, findings)
    body = "\n".join(lines[header.body_line - 1:])
    notes = [_note(row, header) for row in rows(body, header.separator, shown, header.body_line, comments=True)]
    html = header.html if header.html is not None else any(looks_like_html(f) for note in notes for f in note.fields)
    folder = media_folder(options, shown)
    cards = [card for note in notes if (card := _card(note, html, header.separator, findings, folder)) is not None]
    return findings.pack(pack_title(options, _deck_title(notes), shown), cards, _HOW_TO)


def _note(row: Row, header: Header) -> _Note:
    meta = {name: row.fields[column - 1] if column <= len(row.fields) else ""
            for name, column in header.meta_columns.items()}
    skipped = set(header.meta_columns.values())
    fields = [text.replace(_OPEN, "").replace(_CLOSE, "")
              for number, text in enumerate(row.fields, start=1) if number not in skipped]
    while fields and not fields[-1].strip():
        fields.pop()
    return _Note(
        line=row.line,
        fields=tuple(fields),
        notetype=meta.get("notetype") or header.notetype or "",
        deck=meta.get("deck") or header.deck,
        tags=tuple(dict.fromkeys([*header.tags, *meta.get("tags", "").split()])),
    )


def _deck_title(notes: list[_Note]) -> str | None:
    """The last part of the deck name (``History::Khrushchev`` → Khrushchev) when every note is in one deck."""
    decks = {note.deck for note in notes}
    if len(decks) == 1 and (deck := decks.pop()):
        return deck.split("::")[-1]
    return None


def _card(note: _Note, html: bool, separator: str, findings: Findings, folder: Path | None = None) -> Card | None:
    """The note's card: its text with notation translated, and with ``folder`` its pictures found there."""
    card = _text_card(note, html, separator, findings)
    if card is None:
        return None
    warn = lambda message: findings.warn(message, note.line)  # noqa: E731
    heading = translated_heading(card.title, warn)
    card = replace(card, title=heading.text, title_formulas=heading.formulas,
                   points=tuple(translated(point, warn) for point in card.points))
    if folder is None or not html:
        return card
    front = [found_picture(source, folder, findings, note.line) for source in picture_sources(note.fields[0])]
    back = [found_picture(source, folder, findings, note.line)
            for field in note.fields[1:] for source in picture_sources(field)]
    return with_pictures(card, front, back)


def _text_card(note: _Note, html: bool, separator: str, findings: Findings) -> Card | None:
    if not note.fields:
        findings.warn("this note has no text — skipped", note.line)
        return None
    if "cloze" in note.notetype.lower() or _CLOZE.search(note.fields[0]):
        title = _title(_questioned(note.fields[0]), html)
        points = _points(_answered(note.fields[0]), html) + _extra_points(note.fields[1:], html)
    elif len(note.fields) < 2:
        findings.problem(f"this note has one field, {quoted_text(_title(note.fields[0], html))} — a Basic note needs a"
                         f" front and a back separated by {named(separator)}; if the file uses another separator,"
                         " say so with a “#separator:” line", note.line)
        return None
    else:
        title = _title(note.fields[0], html)
        points = _extra_points(note.fields[1:], html)
    if not title or not points:
        side = "front" if not title else "back"
        findings.warn(f"the note's {side} has no text (perhaps only a picture or a sound) — skipped", note.line)
        return None
    return Card(title=title, points=tuple(points), tags=note.tags)


def _questioned(text: str) -> str:
    """The cloze text as its question: each cloze shown as ``[hint]`` or ``[…]``."""
    return _replace_clozes(text, lambda answer, hint: f"[{hint or '…'}]")


def _answered(text: str) -> str:
    """The cloze text with each answer between private-use marks, turned into key terms later."""
    return _replace_clozes(text, lambda answer, hint: f"{_OPEN}{answer}{_CLOSE}")


def _replace_clozes(text: str, show) -> str:
    for _ in range(100):  # innermost first; clozes nest, but not this deep
        replaced = _CLOZE.sub(lambda match: show(*_answer_and_hint(match.group(1))), text)
        if replaced == text:
            return replaced
        text = replaced
    return text


def _answer_and_hint(inside: str) -> tuple[str, str | None]:
    answer, _, hint = inside.partition("::")
    return answer, hint or None


def _field_lines(text: str, html: bool) -> list[list[Run]]:
    text = with_notation_marks(_SOUND.sub(" ", text))
    if html:
        return html_lines(without_pictures(text))
    return [[(line, False)] for line in text.split("\n") if line.strip()]


def _title(text: str, html: bool) -> str:
    runs: list[Run] = []
    for line in _field_lines(text, html):
        runs.extend([(" ", False), *((piece, False) for piece, _ in line)])
    point = point_from_runs(runs)
    return point.text if point else ""


def _points(text: str, html: bool) -> list[Point]:
    """The field's lines as points: bold and clozed words are key terms."""
    depth = 0
    points = []
    for line in _field_lines(text, html):
        runs: list[Run] = []
        for piece, bold in line:
            for part in re.split(f"([{_OPEN}{_CLOSE}])", piece):
                if part in (_OPEN, _CLOSE):
                    depth = depth + 1 if part == _OPEN else max(0, depth - 1)
                elif part:
                    runs.append((part, bold or depth > 0))
        if point := point_from_runs(runs):
            points.append(point)
    return points


def _extra_points(fields: tuple[str, ...], html: bool) -> list[Point]:
    return [point for text in fields for point in _points(text, html)]


IMPORTER = Importer(
    name="anki",
    summary="an Anki “Notes in Plain Text” export (.txt with #separator: lines)",
    suffixes=(".txt",),
    looks_like=looks_like,
    read=read,
)
