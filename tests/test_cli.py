"""The command line: exit codes, messages, and nothing written on failure."""
from __future__ import annotations

from typer.testing import CliRunner

from studypack import __version__
from studypack.cli import app

runner = CliRunner()

GOOD = "title: T\ncards:\n  - title: A\n    tags: [x]\n    points: [The **airlift** began.]\n"
BAD = "title: T\ncards:\n  - title: A\n    points:\n      - Result: more power\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_version_is_printed():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"studypack {__version__}"


def test_help_shows_examples():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "studypack build packs/khrushchev.yaml --paper letter" in result.output


def test_check_accepts_a_valid_pack(tmp_path):
    result = runner.invoke(app, ["check", str(write(tmp_path, "good.yaml", GOOD))])
    assert result.exit_code == 0, result.output
    assert "good.yaml: ok, 1 cards" in result.output


def test_check_reports_a_bad_pack_on_one_located_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "bad.yaml", BAD)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f'error: {path}:5:9: cards[1].points[1]: a colon followed by a space starts a mapping; quote the line: - "Result: more power"'
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_check_goes_on_to_the_next_pack_after_a_bad_one(tmp_path):
    result = runner.invoke(app, ["check", str(write(tmp_path, "bad.yaml", BAD)), str(write(tmp_path, "good.yaml", GOOD))])
    assert result.exit_code == 1
    assert "good.yaml: ok" in result.output


def test_failed_build_leaves_earlier_pdfs_untouched(tmp_path):
    path = write(tmp_path, "topic.yaml", BAD)
    earlier = tmp_path / "out" / "topic" / "summary.pdf"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"%PDF earlier")
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert earlier.read_bytes() == b"%PDF earlier"
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["summary.pdf"]


def test_an_unknown_choice_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(write(tmp_path, "good.yaml", GOOD)), "--paper", "a5"])
    assert result.exit_code == 2
    assert "a5" in result.output


def test_a_bad_back_offset_says_how_to_write_it(tmp_path):
    result = runner.invoke(app, ["build", str(write(tmp_path, "good.yaml", GOOD)), "--back-offset", "left"])
    assert result.exit_code == 2
    assert "X,Y in millimetres" in result.output


def test_a_tag_no_card_has_lists_the_tags_there_are(tmp_path):
    result = runner.invoke(app, ["check", str(write(tmp_path, "good.yaml", GOOD)), "--tags", "economy"])
    assert result.exit_code == 1
    assert "no card is tagged economy — its tags are: x" in result.output


def test_a_folder_without_packs_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["check", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "the folder holds no pack files" in result.output


def test_bad_print_setting_in_a_pack_is_located(tmp_path):
    path = write(tmp_path, "p.yaml", GOOD + "print:\n  paper: a5\n  stok: avery-5371\n")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0] == f"error: {path}:7:10: print.paper: `a5` is not one of a4, letter, a3"
    assert lines[1].startswith(f"error: {path}:8:9: print.stok: unknown print option — did you mean `stock`?")


def test_two_packs_with_the_same_name_would_collide(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = write(tmp_path / "a", "t.yaml", GOOD), write(tmp_path / "b", "t.yaml", GOOD)
    result = runner.invoke(app, ["build", str(first), str(second), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "would both write to" in result.output
