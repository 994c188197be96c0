import re

import pytest

from studypack.errors import StudypackError
from typer.testing import CliRunner

from studypack.cli import app
from studypack.source.importers import FORMAT_NAMES, IMPORTERS, ImportOptions, choose, import_file, import_text

PAGE = "The Speech\n• Four hours long.\n1 of 1\n"


@pytest.mark.parametrize("name, text, expected", [
    ("notes.md", "## Card\n- point\n", "markdown"),
    ("terms.csv", "Sputnik,satellite\n", "csv"),
    ("terms.tsv", "Sputnik\tsatellite\n", "tsv"),
    ("page.txt", PAGE, "getrevising"),
    ("deck.txt", "#separator:tab\n#html:true\nSputnik\tsatellite\n", "anki"),
    ("quizlet.txt", "Sputnik\tsatellite\nGagarin\tcosmonaut\n", "tsv"),
    ("notes.txt", "# Pack\n## Card\n- point\n", "markdown"),
    ("clipboard", PAGE, "getrevising"),
])
def test_auto_picks_the_format_by_suffix_then_by_content(name, text, expected):
    assert choose(name, text).name == expected


@pytest.mark.parametrize("name, expected", [("quizlet.txt", "tsv"), ("terms.csv", "csv"), ("notes", "csv")])
def test_separators_point_auto_to_the_table_importers(name, expected):
    assert choose(name, "# Sputnik|||satellite", options=ImportOptions(row_sep=";;")).name == expected


@pytest.mark.parametrize("name", ["auto", *IMPORTERS])
def test_every_format_is_offered_to_from(tmp_path, name):
    # `studypack import --from NAME` takes every importer in the registry (and auto), and reads the file with it
    notes = tmp_path / "notes.txt"
    notes.write_text("Sputnik\tsatellite\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(notes), "--from", name, "--quiet"])
    # 2 would be the command line refusing the name; 1 is the importer refusing this file's content
    assert result.exit_code == 0 or (result.exit_code == 1 and result.output.startswith("error: ")), result.output
    assert name in FORMAT_NAMES


def test_an_unknown_format_lists_the_known_ones():
    with pytest.raises(StudypackError, match=re.escape(
        "unknown format “word” — the formats are anki: an Anki “Notes in Plain Text” export"
        " (.txt with #separator: lines); getrevising: a GetRevising card page copied as text (.txt); markdown:"
    )):
        import_text("x", "notes.doc", "word")


def test_a_file_whose_format_cannot_be_told_lists_the_known_ones():
    with pytest.raises(StudypackError, match=re.escape(
        "notes.doc: cannot tell the format from the file's name or content — name it with --from: the formats are anki:"
    )):
        import_text("Just a sentence.\n", "notes.doc")


def test_separators_given_to_a_format_without_columns_are_a_warning():
    imported = import_text(PAGE, "page.txt", "getrevising", ImportOptions(sep=";"))
    assert [str(warning) for warning in imported.warnings] == [
        "page.txt: --sep and --row-sep apply to csv and tsv files only: ignored for getrevising"
    ]


def test_windows_line_endings_read_like_unix_ones():
    assert import_text(PAGE.replace("\n", "\r\n"), "page.txt").pack.cards[0].title == "The Speech"


def test_utf8_with_a_bom_is_read_without_a_warning(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes("\ufeffChrushchow,Erster Sekretär\n".encode("utf-8"))
    imported = import_file(path)
    assert imported.pack.cards[0].title == "Chrushchow"
    assert imported.warnings == ()


def test_windows_1252_is_read_with_a_warning_naming_the_first_odd_byte(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes("Sputnik,satellite\nKhrushchev,“Thaw” leader\n".encode("cp1252"))
    imported = import_file(path)
    assert imported.pack.cards[1].points[0].text == "“Thaw” leader"
    assert [str(warning) for warning in imported.warnings] == [
        f"{path}:2:12: not UTF-8 (byte 0x93 here), so it was read as Windows-1252"
        " — check accents and quotes, or save the file as UTF-8"
    ]


def test_bytes_no_encoding_can_read_are_an_error_at_their_place(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes(b"Sputnik,satellite\nGagarin,\x81\n")
    with pytest.raises(StudypackError, match=re.escape(
        f"{path}:2:9: neither UTF-8 nor Windows-1252: byte 0x81 at byte offset 26 cannot be read"
        " — save the file as UTF-8 (Save As… → Encoding: UTF-8)"
    )):
        import_file(path)


def test_an_empty_file_is_an_error(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("")
    with pytest.raises(StudypackError, match=f"^{re.escape(str(path))}:1: the file is empty — there is nothing to import$"):
        import_file(path)


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(StudypackError, match="no such file — check the name and folder"):
        import_file(tmp_path / "gone.txt")
