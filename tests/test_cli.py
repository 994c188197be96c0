"""The command line: exit codes, messages, and nothing written on failure."""
from __future__ import annotations

import pytest
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
    assert "good.yaml: 1 card, 1 warning\n" in result.output  # never "ok" beside warnings, never "1 cards" or "1 warnings"


def test_check_reports_a_bad_pack_on_one_located_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "bad.yaml", BAD)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f'error: {path}:5:9: card 1, point 1: a colon followed by a space starts a mapping; quote the line: - "Result: more power"'
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_check_goes_on_to_the_next_pack_after_a_bad_one(tmp_path):
    result = runner.invoke(app, ["check", str(write(tmp_path, "bad.yaml", BAD)), str(write(tmp_path, "good.yaml", GOOD))])
    assert result.exit_code == 1
    assert "good.yaml: 1 card, 1 warning" in result.output


@pytest.mark.parametrize("command", ["check", "build"])
def test_with_several_packs_each_warning_names_its_pack(tmp_path, command):
    first, second = write(tmp_path, "first.yaml", GOOD), write(tmp_path, "second.yaml", GOOD)
    extra = ["--out", str(tmp_path / "out"), "-q"] if command == "build" else []
    both = runner.invoke(app, [command, str(first), str(second), *extra])
    warnings = [line for line in both.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2 and warnings[0].startswith(f"warning: {first}: ") and warnings[1].startswith(f"warning: {second}: ")
    alone = runner.invoke(app, ["check", str(first)])
    assert not [line for line in alone.output.splitlines() if line.startswith(f"warning: {first}")]  # one pack: no name needed


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


# -- the build options: one table, every boolean with its --no- form, flags win over print: ---------

LONG_BACK = "title: Long\ncards:\n  - title: Reforms\n    points:\n" + "".join(
    f"      - 'Point number {n} says a good deal about the economy, the party and the many reforms of the period.'\n"
    for n in range(1, 31))


def _command_flags(name: str) -> dict[str, list[str]]:
    """Each parameter of a command: its flags (with the --no- form after a boolean's)."""
    import typer.main

    command = typer.main.get_command(app).commands[name]
    return {param.name: [*param.opts, *param.secondary_opts] for param in command.params}


def test_build_and_check_take_the_same_layout_flags_one_for_each_option():
    from studypack.layouts.options import OPTIONS

    build, check = _command_flags("build"), _command_flags("check")
    expected = {spec.attribute: [f"--{spec.name}", f"--no-{spec.name}"] if spec.kind == "boolean" else [f"--{spec.name}"]
                for spec in OPTIONS.values()}
    assert {name: build[name] for name in expected} == expected
    assert {name: check[name] for name in expected} == expected
    assert set(build) - set(check) == {"out", "jobs"} and set(check) - set(build) == set()


def test_every_boolean_option_has_its_no_form_in_help():
    from studypack.layouts.options import OPTIONS

    result = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for spec in OPTIONS.values():
        if spec.kind == "boolean":
            assert f"--{spec.name} / --no-{spec.name}" in result.output


def test_no_strict_on_the_command_line_wins_over_strict_in_the_pack(tmp_path):
    path = write(tmp_path, "long.yaml", LONG_BACK + "print:\n  strict: yes\n")
    out = tmp_path / "out"
    refused = runner.invoke(app, ["build", str(path), "--only", "flashcards", "--out", str(out)])
    assert refused.exit_code == 1 and "lines too long for one card" in refused.output
    built = runner.invoke(app, ["build", str(path), "--only", "flashcards", "--out", str(out), "--no-strict"])
    assert built.exit_code == 0, built.output
    assert "continues on" in built.output and (out / "long" / "flashcards.pdf").is_file()


def test_strict_on_the_command_line_wins_over_strict_off_in_the_pack(tmp_path):
    path = write(tmp_path, "long.yaml", LONG_BACK + "print:\n  strict: no\n")
    result = runner.invoke(app, ["check", str(path), "--only", "flashcards", "--strict"])
    assert result.exit_code == 1 and "lines too long for one card" in result.output


def test_no_fold_on_the_command_line_wins_over_fold_in_the_pack(tmp_path):
    from pdftext import open_pdf

    path = write(tmp_path, "two.yaml", GOOD + "  - title: B\n    points: [Another point.]\nprint:\n  fold: yes\n")
    pages = {}
    for flag in ("--fold", "--no-fold"):
        out = tmp_path / flag
        result = runner.invoke(app, ["build", str(path), "--only", "flashcards", "--out", str(out), flag])
        assert result.exit_code == 0, result.output
        with open_pdf((out / "two" / "flashcards.pdf").read_bytes()) as pdf:
            pages[flag] = len(pdf.pages)
    assert pages == {"--fold": 1, "--no-fold": 2}  # folded: fronts beside backs on one sheet; else a sheet of each


def test_word_bank_on_the_command_line_wins_over_the_pack_in_both_directions(tmp_path):
    from pdftext import text_of

    def bank_shown(setting: str, flag: str) -> bool:
        # three gaps on years, and spare years: a box is printed for three blanks or more
        pack = ('title: T\ncards:\n  - title: The Cold War in Europe\n    points:\n'
                '      - The Berlin Wall was built in **1961** to stop people leaving East Germany.\n'
                '      - The Berlin Airlift began in **1948** after Stalin cut the roads into West Berlin.\n'
                '      - NATO was founded in **1949** as an alliance of Western states.\n'
                '  - title: The Cold War in Asia and Cuba\n    points:\n'
                '      - The Korean War began in **1950** when the North invaded the South.\n'
                '      - The Cuban Missile Crisis took place in **1962** over Soviet missiles on Cuba.\n')
        path = write(tmp_path, f"{setting}.yaml",
                     pack + f"print:\n  word-bank: {setting}\n  exercises: gap\n  questions: 3\n")
        out = tmp_path / f"{setting}{flag}"
        result = runner.invoke(app, ["build", str(path), "--only", "worksheet", "--out", str(out), flag])
        assert result.exit_code == 0, result.output
        text = text_of((out / setting / "worksheet.pdf").read_bytes())
        return "Use the words in the box" in text

    assert bank_shown("no", "--word-bank") and not bank_shown("yes", "--no-word-bank")


# -- rules on outputs, and leaving ------------------------------------------------------------------

def test_calibrate_refuses_to_write_its_pdf_over_a_pack(tmp_path):
    pack = write(tmp_path, "topic.yaml", GOOD)
    result = runner.invoke(app, ["calibrate", "-o", str(pack)])
    assert result.exit_code == 1
    assert result.output == f"error: {pack}: is named like a pack file (.yaml, .yml) — choose a name ending in .pdf with -o\n"
    assert pack.read_text(encoding="utf-8") == GOOD


def test_main_returns_through_system_exit_like_any_program(monkeypatch, capsys):
    import sys

    from studypack.cli import main

    monkeypatch.setattr(sys, "argv", ["studypack", "--version"])
    with pytest.raises(SystemExit) as leaving:
        main()
    assert leaving.value.code in (0, None)
    assert capsys.readouterr().out == f"studypack {__version__}\n"


def test_only_takes_the_outputs_other_names_and_builds_just_those(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(write(tmp_path, "good.yaml", GOOD)), "--only", "Cards, answers", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "good").iterdir()) == ["answers.pdf", "flashcards.pdf", "worksheet.pdf"]


def test_an_unknown_output_in_only_is_a_usage_error_naming_the_outputs(tmp_path):
    result = runner.invoke(app, ["check", str(write(tmp_path, "good.yaml", GOOD)), "--only", "summary,poster"])
    assert result.exit_code == 2
    assert "`poster` is not one of flashcards, summary, worksheet" in result.output
