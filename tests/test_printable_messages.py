"""Text from a pack reaches the terminal only as characters that print: no escapes, no reordering."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.errors import Problem, StudypackError, printable


@pytest.mark.parametrize("raw, shown", [
    ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),
    ("a\tb\nc\rd\x00e\x7f", "a\\tb\\nc\\rd\\x00e\\x7f"),
    ("\x85\x9b31m", "\\x85\\x9b31m"),
    ("abc\u202edef", "abc\\u202edef"),
    ("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f\u061c",
     "\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d\\u200e\\u200f\\u061c"),
])
def test_control_and_direction_characters_are_shown_escaped(raw, shown):
    assert printable(raw) == shown


def test_ordinary_text_of_any_script_is_left_as_it_is():
    text = "Хрущёв — Καλημέρα — مرحبا — 日本語 — \\ce{H2SO4} — ½ é ß"
    assert printable(text) == text


def test_a_problem_escapes_its_message_field_and_file():
    problem = Problem("card “\x1b[2J” is \u202eeno", "p\x1b.yaml", 3, 4, "cards[0].title\x07")
    assert str(problem) == "p\\x1b.yaml:3:4: card 0, title\\x07: card “\\x1b[2J” is \\u202eeno"
    assert "\x1b" not in str(StudypackError(problem))


def test_the_command_line_never_prints_a_raw_escape_from_a_file_name():
    result = CliRunner().invoke(app, ["check", "no\x1b]0;title\x07.yaml"])
    assert result.exit_code == 1, result.output
    assert "no\\x1b]0;title\\x07.yaml" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_a_layout_message_reaches_the_terminal_with_its_control_characters_escaped(tmp_path):
    from typer.testing import CliRunner

    from studypack.cli import app

    pack = tmp_path / "pack.yaml"
    # A character no face has makes an error that quotes the pack's text; the title carries an OSC escape.
    pack.write_text('title: "Trap \\e]0;owned\\a ☃"\ncards:\n  - title: One\n    points:\n      - A point.\n',
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(pack), "--only", "flashcards"])
    assert "error: " in result.output and "\\x1b" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
