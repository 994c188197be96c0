"""Anki packages (.apkg, .colpkg): a zip holding the SQLite collection, read note by note.

Three generations of collection: ``collection.anki2`` (Anki 2.0),
``collection.anki21`` (2.1) and the zstd-compressed ``collection.anki21b``
(2.1.50 on), which newer packages hold beside a stub ``collection.anki2`` for
old versions: the newest one present is read. Older collections keep note
types and decks as JSON in ``col``; newer ones in tables of their own. Each
note's fields are read as the text importer reads them (``anki``: Basic and
Cloze, fields in HTML); its deck names the pack: the last part of the deck
name is the title, the part before it the subject. The first picture
(``<img>``) of a note's front becomes the card's ``image:``, the first of its
back its ``back_image:``: the files are taken from the package (see
``_package_media``) and returned in ``Imported.media`` for the caller to write
beside the pack; other media files (sounds, later pictures) are counted in a warning.
"""
from __future__ import annotations

import io
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import zstandard

from ...errors import Problem, StudypackError
from ..model import Card
from ._base import Findings, Imported, Importer, ImportOptions, pack_title
from ._package_media import PackageMedia
from ._pictures import picture_sources, with_pictures
from .anki import _CLOZE, _card, _Note

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
"""The collection's names, newest first: the first one present is read."""
_ZIP_MAGIC = b"PK\x03\x04"
_HOW_TO = "the package's collection holds no notes with text — export the deck from Anki again"
_AGAIN = "export the deck from Anki again (File → Export → Anki Deck Package)"


_Notes = list[tuple[tuple[str, ...], str, "str | None", tuple[str, ...]]]
"""(fields, note type name, deck name with ``::`` between parts, tags) per note, in the notes' order."""


def looks_like_zip(data: bytes) -> bool:
    """Every Anki package is a zip."""
    return data.startswith(_ZIP_MAGIC)


def read_package(data: bytes, shown: str, options: ImportOptions) -> Imported:
    """The package's notes as cards; StudypackError naming ``shown`` when it is not a readable package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        collection_name = next((name for name in COLLECTIONS if name in names), None)
        if collection_name is None:
            raise StudypackError(Problem(f"holds no Anki collection ({', '.join(COLLECTIONS)}) — is it an Anki package?"
                                         f" {_AGAIN}", shown))
        collection = archive.read(collection_name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        raise StudypackError(Problem(f"is not an Anki package: not a readable zip file ({error}) — {_AGAIN}", shown)) from None
    if collection_name.endswith("b"):
        collection = _decompressed(collection, shown)
    notes = _read_collection(collection, shown)
    findings = Findings(shown)
    media = PackageMedia(archive, findings)
    cards = []
    for number, (fields, notetype, deck, tags) in enumerate(notes, start=1):
        card = _note_card(_Note(0, fields, notetype, deck, tags), Findings(f"{shown}, note {number}"), findings, media)
        if card is not None:
            cards.append(card)
    if media.unused:
        findings.warn(f"{media.unused} media file{'s' if media.unused > 1 else ''} left out (sounds, or pictures after"
                      " the first on a side) — a card shows one picture a side; the notes' text is imported")
    title, subject = _title_and_subject([deck for _, _, deck, _ in notes])
    imported = findings.pack(pack_title(options, title, shown), cards, _HOW_TO)
    return replace(imported, pack=replace(imported.pack, subject=subject), media=media.files)


def _decompressed(collection: bytes, shown: str) -> bytes:
    try:
        return zstandard.ZstdDecompressor().decompressobj().decompress(collection)
    except zstandard.ZstdError as error:
        raise StudypackError(Problem(f"the package's collection cannot be decompressed ({error}): the package is"
                                     f" damaged — {_AGAIN}", shown)) from None


def _read_collection(collection: bytes, shown: str) -> _Notes:
    """The notes, through a temporary file: sqlite3 opens files, and ``deserialize`` needs Python 3.11."""
    with tempfile.TemporaryDirectory(prefix="studypack-apkg-") as folder:
        path = Path(folder) / "collection.sqlite"
        path.write_bytes(collection)
        connection = sqlite3.connect(path)
        try:
            return _query(connection)
        except sqlite3.DatabaseError as error:
            raise StudypackError(Problem(f"the package's collection is not a readable Anki database ({error}): the"
                                         f" package is damaged — {_AGAIN}", shown)) from None
        finally:
            connection.close()


def _query(connection: sqlite3.Connection) -> _Notes:
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    notetypes, decks = _tables_schema(connection) if "notetypes" in tables else _json_schema(connection)
    note_decks = dict(connection.execute("SELECT nid, did FROM cards ORDER BY ord DESC, id DESC"))
    notes = []
    for nid, mid, flds, tags in connection.execute("SELECT id, mid, flds, tags FROM notes ORDER BY id"):
        fields = list(flds.split("\x1f"))
        while fields and not fields[-1].strip():
            fields.pop()
        notes.append((tuple(fields), notetypes.get(mid, ""), decks.get(note_decks.get(nid)), tuple(tags.split())))
    return notes


def _json_schema(connection: sqlite3.Connection) -> tuple[dict[int, str], dict[int, str]]:
    """Anki 2.0 and 2.1 collections: note types and decks as JSON in ``col``."""
    models_json, decks_json = connection.execute("SELECT models, decks FROM col").fetchone()
    try:
        models, decks = json.loads(models_json or "{}"), json.loads(decks_json or "{}")
    except json.JSONDecodeError as error:
        raise sqlite3.DatabaseError(f"its note types or decks are not JSON: {error}") from None
    return ({int(key): model.get("name", "") for key, model in models.items()},
            {int(key): deck.get("name", "") for key, deck in decks.items()})


def _tables_schema(connection: sqlite3.Connection) -> tuple[dict[int, str], dict[int, str]]:
    """Anki 2.1.28+ collections: tables of note types and decks; a deck name's parts are split by \\x1f."""
    notetypes = dict(connection.execute("SELECT id, name FROM notetypes"))
    decks = {did: name.replace("\x1f", "::") for did, name in connection.execute("SELECT id, name FROM decks")}
    return notetypes, decks


def _note_card(note: _Note, own: Findings, findings: Findings, media: PackageMedia) -> Card | None:
    """The note's card, as the text importer makes it, with the first picture of each side from the package;
    what it says about the note is located by note number."""
    cloze = "cloze" in note.notetype.lower() or (note.fields and _CLOZE.search(note.fields[0]))
    if len(note.fields) < 2 and not cloze:
        own.warn("the note has one field with text, so no back — skipped")
        card = None
    else:
        card = _card(note, True, "\t", own)
    if card is not None:
        back_sources = [source for field in note.fields[1:] for source in picture_sources(field)]
        front = [media.picture(source, own) for source in picture_sources(note.fields[0])[:1]]
        back = [media.picture(source, own) for source in back_sources[:1]]
        card = with_pictures(card, front, back)
    findings.warnings.extend(own.warnings)
    findings.problems.extend(own.problems)
    return card


def _title_and_subject(decks: list[str | None]) -> tuple[str | None, str | None]:
    """The deck all notes share (their common parent when in several): its last part and the part before."""
    paths = [deck.split("::") for deck in decks if deck]
    if not paths:
        return None, None
    common = paths[0]
    for path in paths[1:]:
        length = next((index for index, (a, b) in enumerate(zip(common, path)) if a != b), min(len(common), len(path)))
        common = common[:length]
    if not common:
        return None, None
    return common[-1], (common[-2] if len(common) > 1 else None)


def _text_given(text: str, shown: str, options: ImportOptions) -> Imported:
    raise StudypackError(Problem("an Anki package is a zip file, not text — import the .apkg or .colpkg file itself",
                                 shown))


IMPORTER = Importer(
    name="apkg",
    summary="an Anki package (.apkg, .colpkg)",
    suffixes=(".apkg", ".colpkg"),
    looks_like=lambda text: False,
    read=_text_given,
    read_bytes=read_package,
)
