"""Hostile or broken input files: refused with a clear, located message, never a crash or a hang."""
from __future__ import annotations

import os
import threading

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.errors import StudypackError
from studypack.source import decode, load, loader, loads
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.loader import MAX_TEXT
from studypack.source.writer import dump


def test_a_device_that_never_ends_is_refused_at_the_size_limit_naming_it():
    with pytest.raises(StudypackError, match=r"^/dev/zero: the file is over 64 MB; the limit is 64 MB — split it"):
        load("/dev/zero")


def test_check_of_an_endless_device_exits_1_with_the_limit():
    result = CliRunner().invoke(app, ["check", "/dev/zero"])
    assert result.exit_code == 1, result.output
    assert "/dev/zero: the file is over 64 MB" in result.output


def test_a_pipe_is_cut_off_at_the_limit_as_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 1000)
    fifo = tmp_path / "notes.yaml"
    os.mkfifo(fifo)

    def endless_writer():
        try:
            with open(fifo, "wb") as pipe:
                while True:
                    pipe.write(b"y\n" * 512)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    with pytest.raises(StudypackError, match=r"notes\.yaml: the file is over 1000 bytes; the limit is 1000 bytes"):
        load(fifo)
    writer.join(timeout=5)
    assert not writer.is_alive()


def problems_of(action) -> list[str]:
    with pytest.raises(StudypackError) as caught:
        action()
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize("counter", ["1 of " + "9" * 5000, "9" * 5000 + " of 1", "1 of " + "9" * 300])
def test_a_getrevising_counter_with_an_absurd_number_is_a_located_problem(counter):
    page = f"The Secret Speech\n- Khrushchev denounced Stalin\n{counter}\n"
    problems = problems_of(lambda: import_text(page, "page.txt", "getrevising"))
    assert problems == ["page.txt:3: the card counter has a number of more than 6 digits"
                        " — a counter reads like “1 of 10”; correct or delete this line"]


@pytest.mark.parametrize("value", ["9" * 5000, "9" * 300, "0" * 4990 + "12345", "1000"])
def test_an_anki_column_header_with_an_absurd_number_is_a_located_problem(value):
    notes = f"#separator:tab\n#deck column:{value}\nfront\tback\tdeck\n"
    problems = problems_of(lambda: import_text(notes, "notes.txt", "anki"))
    assert problems[0].startswith("notes.txt:2: “#deck column:” names column “")
    assert problems[0].endswith("”, but a notes file has at most 999 columns — write the number of the column, counted from 1")


@pytest.mark.parametrize("value", ["²", "٣", "0", "000"])
def test_an_anki_column_header_needs_plain_digits_from_1(value):
    notes = f"#separator:tab\n#deck column:{value}\nfront\tback\tdeck\n"
    problems = problems_of(lambda: import_text(notes, "notes.txt", "anki"))
    assert problems[0] == f"notes.txt:2: “#deck column:” needs a column number counted from 1, found “{value}”"


def test_a_nul_byte_in_a_pack_is_reported_at_its_line_and_column(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_bytes(b"title: Cold War\ncards:\n  - title: Ber\x00lin\n    points: [a]\n")
    assert problems_of(lambda: load(path)) == [
        f"{path}:3:15: the file holds the control character U+0000, which no pack can hold"
        " — delete it (a file with many of them is not a text file, or not UTF-8)"]


@pytest.mark.parametrize("encoding, name", [
    ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-16", "UTF-16"),
    ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-32", "UTF-32"),
])
def test_utf16_and_utf32_are_named_for_what_they_are_with_or_without_a_byte_order_mark(tmp_path, encoding, name):
    path = tmp_path / "pack.yaml"
    path.write_bytes("title: Cold War\ncards:\n  - title: Berlin\n    points: [airlift]\n".encode(encoding))
    for read in (lambda: load(path), lambda: import_file(path)):
        assert problems_of(read) == [f"{path}:1:1: the file is {name} — save it as UTF-8 (Save As… → Encoding: UTF-8)"]


def test_a_csv_field_over_the_csv_limit_is_said_to_be_too_long_not_badly_quoted():
    notes = "front,back\nBerlin," + "a" * 140_000 + "\n"
    assert problems_of(lambda: import_text(notes, "notes.csv", "csv")) == [
        "notes.csv:2: a field is longer than 131072 characters, the most a CSV field may hold"
        " — shorten it (no card needs that much text)"]


def test_import_refuses_a_point_longer_than_a_pack_may_hold_naming_the_card():
    notes = "front,back\nBerlin,short\nMoscow," + "a" * (MAX_TEXT + 1) + "\n"
    assert problems_of(lambda: import_text(notes, "notes.csv", "csv")) == [
        f"notes.csv: card 2 “Moscow”: point 1 is {MAX_TEXT + 1:,} characters long; a pack's text holds at most"
        f" {MAX_TEXT:,} — split it into several points"]


def test_import_refuses_a_title_longer_than_a_pack_may_hold():
    notes = "front,back\n" + "T" * (MAX_TEXT + 1) + ",a point\n"
    problems = problems_of(lambda: import_text(notes, "notes.csv", "csv"))
    assert problems == [f"notes.csv: card 1 “{'T' * 39}…”: the title is {MAX_TEXT + 1:,} characters long;"
                        f" a pack's text holds at most {MAX_TEXT:,} — shorten it"]


def test_import_refuses_more_cards_than_a_pack_may_hold(monkeypatch):
    monkeypatch.setattr(loader, "MAX_CARDS", 3)
    notes = "front,back\n" + "".join(f"term {i},definition {i}\n" for i in range(4))
    assert problems_of(lambda: import_text(notes, "notes.csv", "csv")) == [
        "notes.csv: the notes hold 4 cards; a pack holds at most 3 — split the notes into several files, one per topic"]


def test_what_import_writes_the_loader_reads_back_at_the_limits():
    notes = "front,back\n" + "T" * MAX_TEXT + "," + "a" * MAX_TEXT + "\n"
    pack = import_text(notes, "notes.csv", "csv").pack
    assert loads(dump(pack)).cards[0].points[0].text == "a" * MAX_TEXT


def test_an_imported_pack_title_of_control_characters_falls_back_to_the_file_name():
    pack = import_text("front,back\nBerlin,airlift\n", "cold-war.csv", "csv", ImportOptions(title="\x1b\x07\x9b")).pack
    assert pack.title == "cold-war"
