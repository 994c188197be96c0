import io
import json
import re
import sqlite3
import zipfile

import pytest
import zstandard

from studypack.errors import StudypackError
from studypack.exporters import export_pack
from studypack.source import loads
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.inline import mark

PACK = """\
title: Cold War
subject: History
cards:
  - title: Sputnik & <after>
    tags: [space, ussr]
    points:
      - The first **satellite**, launched in **1957**.
      - It alarmed the USA.
  - title: U-2 incident
    points:
      - A US spy plane shot down over the **USSR** in 1960.
"""

_SCHEMA_18 = """
CREATE TABLE col (id integer PRIMARY KEY, crt integer, mod integer, scm integer, ver integer, dty integer,
  usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
CREATE TABLE notetypes (id integer PRIMARY KEY, name text, mtime_secs integer, usn integer, config blob);
CREATE TABLE decks (id integer PRIMARY KEY, name text, mtime_secs integer, usn integer, common blob, kind blob);
CREATE TABLE notes (id integer PRIMARY KEY, guid text, mid integer, mod integer, usn integer, tags text,
  flds text, sfld integer, csum integer, flags integer, data text);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer, did integer, ord integer, mod integer, usn integer,
  type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer,
  left integer, odue integer, odid integer, flags integer, data text);
INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
"""

_SCHEMA_11 = """
CREATE TABLE col (id integer PRIMARY KEY, crt integer, mod integer, scm integer, ver integer, dty integer,
  usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
CREATE TABLE notes (id integer PRIMARY KEY, guid text, mid integer, mod integer, usn integer, tags text,
  flds text, sfld integer, csum integer, flags integer, data text);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer, did integer, ord integer, mod integer, usn integer,
  type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer,
  left integer, odue integer, odid integer, flags integer, data text);
"""


def _sqlite(tmp_path, script, notes, rows=()):
    """A collection's bytes: ``script``, then ``rows`` (sql, values), then notes (id, mid, did, fields, tags)."""
    path = tmp_path / f"collection-{len(list(tmp_path.iterdir()))}.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(script)
    for sql, values in rows:
        connection.execute(sql, values)
    for nid, mid, did, fields, tags in notes:
        connection.execute("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')",
                           (nid, f"g{nid}", mid, tags, "\x1f".join(fields)))
        connection.execute("INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                           (nid * 10, nid, did))
    connection.commit()
    connection.close()
    return path.read_bytes()


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _newer_package(tmp_path):
    """A package as Anki 2.1.50+ writes it: zstd-compressed collection.anki21b beside a stub collection.anki2."""
    notes = [
        (1, 100, 7, ("H<sub>2</sub>O", "<b>water</b><br>boils at 100&nbsp;°C"), " chem liquids "),
        (2, 200, 7, ("The {{c1::anode::electrode}} is where {{c2::oxidation}} happens.", "Think of AN OX"), ""),
        (3, 100, 7, ("Only a front",), ""),
    ]
    rows = [("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)", (100, "Basic", b"\x10\x00")),
            ("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)", (200, "Lückentext", b"\x08\x01\x10\x00")),
            ("INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'')", (1, "Default")),
            ("INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'')", (7, "Science\x1fChemistry"))]
    collection = zstandard.ZstdCompressor().compress(_sqlite(tmp_path, _SCHEMA_18, notes, rows))
    stub = _sqlite(tmp_path, _SCHEMA_11, [(1, 5, 1, ("Please update to the latest Anki version", "x"), "")],
                   [("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '', ?, ?, '', '')",
                     (json.dumps({"5": {"name": "Basic", "type": 0}}), json.dumps({"1": {"name": "Default"}})))])
    return _zip({"collection.anki2": stub, "collection.anki21b": collection, "media": b"", "0": b"\x89PNG", "1": b"ID3"})


def _cards(pack):
    return [(card.title, [mark(point) for point in card.points], card.tags) for card in pack.cards]


def test_a_pack_exported_to_anki_imports_back_into_the_same_cards(tmp_path):
    pack = loads(PACK)
    path = tmp_path / "cold-war.apkg"
    path.write_bytes(export_pack(pack, "anki").data)
    imported = import_file(path)
    assert (imported.format, imported.warnings) == ("apkg", ())
    assert (imported.pack.title, imported.pack.subject) == ("Cold War", "History")
    assert _cards(imported.pack) == _cards(pack)


def test_the_newer_compressed_collection_is_read_with_basic_and_cloze_notes(tmp_path):
    path = tmp_path / "chemistry.apkg"
    path.write_bytes(_newer_package(tmp_path))
    imported = import_file(path)
    assert (imported.pack.title, imported.pack.subject) == ("Chemistry", "Science")
    assert _cards(imported.pack) == [
        ("H₂O", ["**water**", "boils at 100 °C"], ("chem", "liquids")),
        ("The [electrode] is where […] happens.", ["The **anode** is where **oxidation** happens.", "Think of AN OX"], ()),
    ]
    assert [str(warning) for warning in imported.warnings] == [
        f"{path}, note 3: the note has one field with text, so no back — skipped",
        f"{path}: 2 media files left out (sounds, or pictures after the first on a side) — a card shows one picture a"
        " side; the notes' text is imported",
    ]


def test_a_colpkg_of_an_older_collection_is_read_too(tmp_path):
    models = {"300": {"name": "Lückentext", "type": 1}}
    collection = _sqlite(tmp_path, _SCHEMA_11, [(1, 300, 9, ("{{c1::Gagarin}} flew in 1961.",), "")],
                         [("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '', ?, ?, '', '')",
                           (json.dumps(models), json.dumps({"9": {"name": "Space"}})))])
    path = tmp_path / "collection.colpkg"
    path.write_bytes(_zip({"collection.anki21": collection}))
    imported = import_file(path)
    assert imported.pack.title == "Space" and imported.pack.subject is None
    assert _cards(imported.pack) == [("[…] flew in 1961.", ["**Gagarin** flew in 1961."], ())]


def test_the_title_option_wins_over_the_deck(tmp_path):
    path = tmp_path / "chemistry.apkg"
    path.write_bytes(_newer_package(tmp_path))
    assert import_file(path, options=ImportOptions(title="Mine")).pack.title == "Mine"


def test_a_zip_is_read_as_a_package_whatever_its_name(tmp_path):
    path = tmp_path / "download.bin"
    path.write_bytes(_newer_package(tmp_path))
    assert import_file(path).format == "apkg"


@pytest.mark.parametrize("members, message", [
    (None, "is not an Anki package: not a readable zip file (File is not a zip file)"),
    ({"notes.txt": b"x"}, "holds no Anki collection (collection.anki21b, collection.anki21, collection.anki2)"
                          " — is it an Anki package?"),
    ({"collection.anki21": b"not sqlite at all" * 100}, "the package's collection is not a readable Anki database"
                                                        " (file is not a database): the package is damaged"),
    ({"collection.anki21b": b"not zstd"}, "the package's collection cannot be decompressed"),
])
def test_a_bad_package_is_a_clear_error_naming_the_file(tmp_path, members, message):
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"just text, no zip" if members is None else _zip(members))
    with pytest.raises(StudypackError, match=re.escape(f"{path}: {message}")):
        import_file(path)


def test_a_collection_without_the_notes_table_is_a_clear_error(tmp_path):
    path = tmp_path / "deck.apkg"
    path.write_bytes(_zip({"collection.anki2": _sqlite(tmp_path, "CREATE TABLE col (id integer);", [])}))
    with pytest.raises(StudypackError, match=re.escape(f"{path}: the package's collection is not a readable Anki"
                                                       " database (no such column: models)")):
        import_file(path)


def test_a_package_given_as_text_says_to_import_the_file():
    with pytest.raises(StudypackError, match="deck.apkg: an Anki package is a zip file, not text"):
        import_text("PK", "deck.apkg", "apkg")
