"""``studypack import`` through Typer's CliRunner: what a user sees and what lands on disk."""
import os
import shutil

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.source import load, loads

FIXTURE_FILES = ["getrevising_page.txt", "khrushchev_notes.md", "terms.csv", "quizlet_export.txt", "anki_notes.txt"]


def _run(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_each_import_writes_a_pack_that_builds(fixtures, tmp_path, content, name):
    from pdftext import text_of

    output = tmp_path / "packs" / "topic.yaml"
    result = _run("import", fixtures / name, "-o", output)
    assert result.exit_code == 0, result.output
    built = _run("build", output, "--out", tmp_path / "out")
    assert built.exit_code == 0, built.output
    folder = tmp_path / "out" / "topic"
    assert sorted(p.name for p in folder.iterdir()) == ["answers.pdf", "flashcards.pdf", "summary.pdf", "worksheet.pdf"]
    first_card = load(output).cards[0]
    flashcards = " ".join(text_of((folder / "flashcards.pdf").read_bytes()).split())
    assert " ".join(first_card.title.split()[:2]) in flashcards
    assert " ".join(first_card.points[0].text.split()[:3]) in flashcards


def test_without_output_the_pack_is_printed_and_warnings_go_to_stderr(fixtures):
    result = _run("import", fixtures / "getrevising_page.txt", "--title", "Khrushchev")
    assert result.exit_code == 0, result.output
    assert loads(result.stdout).title == "Khrushchev"
    assert result.stderr.startswith(f"warning: {fixtures / 'getrevising_page.txt'}:27: the title “Reasons for")


def test_writing_says_what_was_written_and_in_which_format(fixtures, tmp_path):
    output = tmp_path / "terms.yaml"
    result = _run("import", fixtures / "terms.csv", "-o", output)
    assert result.stdout == f"{fixtures / 'terms.csv'}: wrote {output}, 3 cards (read as csv)\n"
    assert [card.title for card in load(output).cards][0] == "Secret speech"


def test_an_existing_output_is_kept_unless_force_is_given(fixtures, tmp_path):
    output = tmp_path / "terms.yaml"
    output.write_text("mine\n")
    refused = _run("import", fixtures / "terms.csv", "-o", output)
    assert refused.exit_code == 1
    assert refused.stderr == f"error: {output}: already exists — add --force to replace it, or choose another name with -o\n"
    assert output.read_text() == "mine\n"
    forced = _run("import", fixtures / "terms.csv", "-o", output, "--force")
    assert forced.exit_code == 0, forced.output
    assert load(output).cards[0].title == "Secret speech"


def test_the_imported_file_itself_is_never_the_output(fixtures, tmp_path):
    notes = tmp_path / "terms.csv"
    shutil.copy(fixtures / "terms.csv", notes)
    result = _run("import", notes, "-o", notes, "--force")
    assert result.exit_code == 1
    assert result.stderr == f"error: {notes}: is the file being imported — choose another name with -o\n"


def test_no_temporary_file_is_left_beside_the_output(fixtures, tmp_path):
    _run("import", fixtures / "terms.csv", "-o", tmp_path / "terms.yaml")
    assert [path.name for path in tmp_path.iterdir()] == ["terms.yaml"]


def test_bad_input_is_one_located_error_line_and_exit_1(tmp_path):
    notes = tmp_path / "terms.csv"
    notes.write_text("Sputnik,satellite\nGagarin\n")
    result = _run("import", notes)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {notes}:2: this row has one column, “Gagarin” — a card needs a term, a comma and a definition;"
        " if the file uses another separator, name it with --sep\n"
    )
    assert result.stdout == ""


def test_an_unknown_from_value_is_a_usage_error_listing_the_formats(fixtures):
    result = _run("import", fixtures / "terms.csv", "--from", "word")
    assert result.exit_code == 2
    assert "'auto', 'anki', 'getrevising', 'markdown', 'tsv', 'csv'" in result.output


def test_from_overrides_the_suffix(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("## Card\n- point\n")
    result = _run("import", notes, "--from", "markdown")
    assert result.exit_code == 0, result.output
    assert loads(result.stdout).cards[0].title == "Card"


def test_the_written_pack_gets_the_usual_file_mode_not_a_private_one(fixtures, tmp_path):
    umask = os.umask(0o022)
    try:
        _run("import", fixtures / "terms.csv", "-o", tmp_path / "terms.yaml")
    finally:
        os.umask(umask)
    assert (tmp_path / "terms.yaml").stat().st_mode & 0o777 == 0o644
