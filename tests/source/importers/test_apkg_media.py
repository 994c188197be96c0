"""Pictures in Anki packages: taken from the package's media, written beside the pack by `studypack import -o`."""
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import zstandard
from typer.testing import CliRunner

from studypack.cli import app
from studypack.exporters import export_pack
from studypack.source import load
from studypack.source.importers import import_file
from pngs import png


_SCHEMA = """
CREATE TABLE col (id integer PRIMARY KEY, ver integer);
CREATE TABLE notetypes (id integer PRIMARY KEY, name text);
CREATE TABLE decks (id integer PRIMARY KEY, name text);
CREATE TABLE notes (id integer PRIMARY KEY, mid integer, tags text, flds text);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer, did integer, ord integer);
INSERT INTO col VALUES (1, 18);
INSERT INTO notetypes VALUES (100, 'Basic');
INSERT INTO decks VALUES (7, 'Science' || char(31) || 'Chemistry');
"""


def _collection(tmp_path, notes) -> bytes:
    """A newer (schema 18) collection's bytes, zstd-compressed as collection.anki21b holds it: the notes
    (id, front, back), Basic, in one deck."""
    path = tmp_path / f"collection-{len(list(tmp_path.iterdir()))}.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(_SCHEMA)
    for nid, front, back in notes:
        connection.execute("INSERT INTO notes VALUES (?, 100, '', ?)", (nid, f"{front}\x1f{back}"))
        connection.execute("INSERT INTO cards VALUES (?, ?, 7, 0)", (nid * 10, nid))
    connection.commit()
    connection.close()
    return zstandard.ZstdCompressor().compress(path.read_bytes())


def _zip(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PACK = """\
title: Water
cards:
  - title: The water molecule
    image: molecule.png
    back_image: shape.png
    points:
      - Its formula is H~2~O.
  - title: Steam
    points:
      - It forms at **100 °C**.
"""


def _run(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args])


def _exported_package(tmp_path) -> tuple[Path, bytes, bytes]:
    """The pack above, with its two pictures, exported to Anki: the package's path and the pictures' bytes."""
    source = tmp_path / "source"
    source.mkdir()
    front, back = png(3, 2, 40), png(2, 2, 90)
    (source / "molecule.png").write_bytes(front)
    (source / "shape.png").write_bytes(back)
    (source / "water.yaml").write_text(PACK, encoding="utf-8")
    package = tmp_path / "water.apkg"
    package.write_bytes(export_pack(load(source / "water.yaml"), "anki").data)
    return package, front, back


def test_pack_to_anki_and_back_writes_the_pictures_beside_the_pack(tmp_path):
    package, front, back = _exported_package(tmp_path)
    output = tmp_path / "packs" / "water.yaml"
    result = _run("import", package, "-o", output)
    assert result.exit_code == 0, result.output + result.stderr
    assert result.stderr == ""
    assert "2 pictures in" in result.stdout and "water-media" in result.stdout
    card = load(output).cards[0]
    assert card.image.parent == card.back_image.parent == (tmp_path / "packs" / "water-media").resolve()
    assert (card.image.read_bytes(), card.back_image.read_bytes()) == (front, back)
    assert "    image: water-media/molecule-" in output.read_text(encoding="utf-8")
    assert load(output).cards[1].image is None
    built = _run("build", output, "--out", tmp_path / "out", "--only", "flashcards")
    assert built.exit_code == 0, built.output + built.stderr


def test_an_existing_pack_is_kept_and_no_picture_written_without_force(tmp_path):
    package, _, _ = _exported_package(tmp_path)
    output = tmp_path / "water.yaml"
    output.write_text("mine", encoding="utf-8")
    result = _run("import", package, "-o", output)
    assert result.exit_code == 1 and "already exists — add --force" in result.stderr
    assert output.read_text(encoding="utf-8") == "mine" and not (tmp_path / "water-media").exists()
    assert _run("import", package, "-o", output, "--force").exit_code == 0
    assert len(list((tmp_path / "water-media").iterdir())) == 2


def test_printed_to_stdout_the_pack_names_no_picture_and_a_warning_says_why(tmp_path):
    package, _, _ = _exported_package(tmp_path)
    result = _run("import", package)
    assert result.exit_code == 0, result.stderr
    assert "image" not in result.stdout
    assert "2 pictures from the file not copied: the pack is printed, not written — import with -o" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["source", "water.apkg"]


def _protobuf_media_list(names: list[str]) -> bytes:
    """Anki's MediaEntries: field 1 repeated, each entry's name in its field 1 (names under 128 bytes)."""
    entries = b""
    for name in names:
        encoded = name.encode("utf-8")
        entry = b"\x0a" + bytes([len(encoded)]) + encoded + b"\x10" + bytes([5])  # name, then a size field
        entries += b"\x0a" + bytes([len(entry)]) + entry
    return entries


def test_the_newest_package_format_with_compressed_media_gives_its_pictures(tmp_path):
    picture = png(5, 4, 7)
    notes = [(1, '<img src="my%20diagram.png">Water', "<b>H<sub>2</sub>O</b>"),
             (2, "Sound", '<img src="clip.gif">it is a [sound:clip.mp3] <img src="absent.png">')]
    compress = zstandard.ZstdCompressor().compress
    collection = _collection(tmp_path, notes)
    path = tmp_path / "new.apkg"
    path.write_bytes(_zip({"collection.anki21b": collection, "meta": b"\x08\x03",
                           "media": compress(_protobuf_media_list(["my diagram.png", "clip.gif", "clip.mp3"])),
                           "0": compress(picture), "1": compress(b"GIF89a...."), "2": compress(b"ID3")}))
    imported = import_file(path)
    assert [(file.name, file.data) for file in imported.media] == [("my diagram.png", picture)]
    first, second = imported.pack.cards
    assert (first.title, first.image, first.image_size, first.back_image) == ("Water", Path("my diagram.png"), (5, 4), None)
    assert second.back_image is None
    assert [str(warning) for warning in imported.warnings] == [
        f"{path}, note 2: the picture clip.gif is not a PNG, JPEG or SVG picture (by its content) — left out; save it"
        " as one of those and add `image: name.png` to the card",
        f"{path}: 2 media files left out (sounds, or pictures after the first on a side) — a card shows one picture a"
        " side; the notes' text is imported",
    ]


def test_a_legacy_package_names_a_picture_it_lacks_and_keeps_unsafe_names_inside_the_folder(tmp_path):
    picture = png(1, 1)
    notes = [(1, '<img src="../../escape.png">Front', '<img src="gone.png">Back')]
    path = tmp_path / "old.apkg"
    path.write_bytes(_zip({"collection.anki21b": _collection(tmp_path, notes),
                           "media": json.dumps({"0": "../../escape.png"}), "0": picture}))
    imported = import_file(path)
    assert [file.name for file in imported.media] == ["escape.png"]
    assert imported.pack.cards[0].image == Path("escape.png")
    assert [str(warning) for warning in imported.warnings] == [
        f"{path}, note 1: the picture gone.png is not in the package — left out; add `image: name.png` to the card"
        " once you have the file"]


def test_the_media_option_names_the_folder_of_an_anki_text_exports_pictures(tmp_path):
    folder = tmp_path / "collection.media"
    folder.mkdir()
    (folder / "cell.png").write_bytes(png(2, 2))
    notes = tmp_path / "notes.txt"
    notes.write_text('#separator:tab\n#html:true\n<img src="cell.png">Cell\tThe unit of life\n', encoding="utf-8")
    output = tmp_path / "cells.yaml"
    assert _run("import", notes, "-o", output).stderr.count("picture left out") == 1
    result = _run("import", notes, "-o", output, "--media", folder, "--force")
    assert result.exit_code == 0 and result.stderr == ""
    assert load(output).cards[0].image == (folder / "cell.png").resolve()
