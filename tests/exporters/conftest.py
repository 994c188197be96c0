"""Helpers shared by the exporter tests: a pack file written from YAML, and an .apkg read back with SQLite."""
from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Package:
    """What an .apkg holds, as Anki would read it."""

    notes: list[dict]
    """guid, fields (split at the unit separator), tags (split at spaces), model id, mod, in note-id order."""
    decks: dict[int, str]
    """Deck names by id, Anki's built-in Default left out."""
    models: dict[int, dict]
    """Note types by id, as the collection's JSON has them."""
    cards: list[tuple[int, int, int]]
    """(note id, deck id, template ordinal) of every card."""
    names: list[str]
    """The zip's member names."""


def read_apkg(data: bytes, tmp_path: Path) -> Package:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        collection = tmp_path / "read-back.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(collection)
    try:
        rows = connection.execute("SELECT id, guid, flds, tags, mid, mod FROM notes ORDER BY id").fetchall()
        notes = [{"id": nid, "guid": guid, "fields": flds.split("\x1f"), "tags": tags.split(), "mid": mid, "mod": mod}
                 for nid, guid, flds, tags, mid, mod in rows]
        decks_json, models_json = connection.execute("SELECT decks, models FROM col").fetchone()
        cards = connection.execute("SELECT nid, did, ord FROM cards ORDER BY id").fetchall()
    finally:
        connection.close()
    decks = {int(key): deck["name"] for key, deck in json.loads(decks_json).items() if deck["name"] != "Default"}
    models = {int(key): model for key, model in json.loads(models_json).items()}
    return Package(notes, decks, models, cards, names)


@pytest.fixture
def apkg(tmp_path):
    """``apkg(data)``: the package read back."""
    return lambda data: read_apkg(data, tmp_path)


@pytest.fixture
def pack_file(tmp_path):
    """``pack_file(yaml_text, name="topic.yaml")``: the text written as a pack file, its path returned."""
    def write(text: str, name: str = "topic.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write
