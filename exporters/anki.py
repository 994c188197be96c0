"""``anki``: the pack as an Anki package (.apkg), one note per card, written with genanki.

A card's ``image:`` sits at the top of the note's Front, its ``back_image:`` at
the top of its Back, as ``<img>`` naming a file in the package's media; the
names carry a hash of the picture (``_media``), so they cannot clash with other
decks' files in Anki's one media folder.

Re-importing an edited pack must update the notes already in Anki, not add
duplicates, so nothing in the package depends on when or where it was made:

- the note type's id is one constant for every pack (one "studypack" note type
  in the user's collection, whichever packs they import);
- the deck's id is derived from the deck's name, which Anki also matches on;
- each note's GUID, which Anki matches notes on, comes from the card's ``id:``
  when it has one, else from the pack's title and the card's title, so editing
  a point keeps it (and renaming a card without an ``id:`` makes a new note);
- each note's modification time is the pack file's (``ExportOptions.timestamp``):
  an edited pack's notes are newer, which Anki's "update if newer" asks for, and
  an unchanged pack gives the same bytes;
- the zip is written here, with fixed member dates, instead of genanki's
  ``write_to_file``, which stamps the current time on its members.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
import sqlite3
import tempfile
from pathlib import Path

import genanki

from ..errors import Problem, StudypackError
from ..source.model import Card, Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._html import picture_html, point_html, points_html
from ._media import MediaFile, MediaFiles
from ._zip import fixed_zip

NO_FILE_TIME = 1_704_067_200
"""Notes' modification time when the pack has no file to take it from (2024-01-01, any fixed time would do)."""
_SPACES = re.compile(r"\s+")
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }\nul { margin: 0; padding-left: 1.2em; }\n"


def _stable_id(name: str) -> int:
    """An id in genanki's recommended range [2^30, 2^31), the same for the same name on every machine."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


_TEMPLATE_FORWARD = {"name": "Title → points", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}
_TEMPLATE_REVERSE = {"name": "Points → title", "qfmt": "{{Back}}", "afmt": "{{FrontSide}}<hr id=answer>{{Front}}"}
_FIELDS = [{"name": "Front"}, {"name": "Back"}]

MODELS = {
    "forward": genanki.Model(_stable_id("studypack note type: Basic, v1"), "studypack: Basic",
                             fields=_FIELDS, templates=[_TEMPLATE_FORWARD], css=_CSS),
    "both": genanki.Model(_stable_id("studypack note type: Basic (and reversed card), v1"),
                          "studypack: Basic (and reversed card)",
                          fields=_FIELDS, templates=[_TEMPLATE_FORWARD, _TEMPLATE_REVERSE], css=_CSS),
}
"""The note type for each ``--direction``; change a name's ``v1`` if its fields or templates change."""


def deck_name(pack: Pack) -> str:
    """``Subject::Title`` (a subdeck of the subject) when the pack names its subject, else the title."""
    return f"{pack.subject}::{pack.title}" if pack.subject else pack.title


def note_guids(pack: Pack) -> tuple[str, ...]:
    """Each card's note GUID: from its ``id:``, else from the pack's and the card's titles.

    Two cards with one title and no ``id:`` are told apart by their order among
    themselves; StudypackError when two cards share an ``id:``.
    """
    _check_ids(pack)
    seen: dict[str, int] = {}
    guids = []
    for card in pack.cards:
        if card.id is not None:
            guids.append(genanki.guid_for("studypack", pack.title, "id", card.id))
            continue
        seen[card.title] = seen.get(card.title, 0) + 1
        repeat = () if seen[card.title] == 1 else (str(seen[card.title]),)
        guids.append(genanki.guid_for("studypack", pack.title, "title", card.title, *repeat))
    return tuple(guids)


def _check_ids(pack: Pack) -> None:
    first: dict[str, int] = {}
    problems = []
    for number, card in enumerate(pack.cards, start=1):
        if card.id is None:
            continue
        if card.id in first:
            problems.append(Problem(f"the id “{card.id}” is also on card {first[card.id]} — each card's id must be"
                                    " its own, or Anki would take the two cards for one note", pack.path, card.line,
                                    field=f"cards[{number}].id"))
        else:
            first[card.id] = number
    if problems:
        raise StudypackError(problems)


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The .apkg's bytes; dates and spaces in tags, which Anki cannot hold, are named in the warning."""
    if options.direction not in MODELS:
        raise StudypackError(Problem(f"--direction {options.direction} — Anki exports take {' or '.join(MODELS)}"))
    model = MODELS[options.direction]
    losses = Losses("Anki")
    deck = genanki.Deck(_stable_id(f"studypack deck: {deck_name(pack)}"), deck_name(pack))
    media = MediaFiles(pack.path)
    for number, (card, guid) in enumerate(zip(pack.cards, note_guids(pack)), start=1):
        deck.add_note(genanki.Note(model=model, fields=list(note_fields(card, media)),
                                   tags=_tags(card, number, losses), guid=guid))
        if card.date:
            losses.add("dates left out, as a note has no date", number)
    timestamp = options.timestamp if options.timestamp is not None else NO_FILE_TIME
    return Exported(".apkg", _package(genanki.Package(deck), timestamp, media.files), losses.warnings(pack))


def note_fields(card: Card, media: MediaFiles) -> tuple[str, str]:
    """The note's Front and Back: the title and the points, each side's picture at its top (added to ``media``)."""
    front, back = point_html(card.heading, mathjax=True), points_html(card, mathjax=True)
    if card.image is not None:
        front = f"{picture_html(media.add(card.image, card.line))}<br>{front}"
    if card.back_image is not None:
        back = picture_html(media.add(card.back_image, card.line)) + back
    return front, back


def _tags(card: Card, number: int, losses: Losses) -> list[str]:
    """Anki's tags are single words: a space inside a tag becomes ``_``."""
    tags = []
    for tag in card.tags:
        if _SPACES.search(tag):
            losses.add("spaces in tags written as _, as an Anki tag is one word", number)
        tags.append(_SPACES.sub("_", tag))
    return list(dict.fromkeys(tags))


def _package(package: genanki.Package, timestamp: int, media: tuple[MediaFile, ...]) -> bytes:
    """The zip Anki imports, with fixed dates: the collection (SQLite), the media list (``{"0": name}``, as
    Anki's legacy packages have it, which every Anki version reads) and each picture as a member named by its number."""
    with tempfile.TemporaryDirectory(prefix="studypack-anki-") as folder:
        path = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
            connection.commit()
        finally:
            connection.close()
        collection = path.read_bytes()
    media_list = json.dumps({str(number): file.name for number, file in enumerate(media)}).encode("utf-8")
    pictures = [(str(number), file.data) for number, file in enumerate(media)]
    return fixed_zip((("collection.anki2", collection), ("media", media_list), *pictures))


EXPORTER = Exporter(name="anki", summary="an Anki package (.apkg), one note per card", suffix=".apkg", write=write)
