"""Fonts and files: every mistake is a clear message, never a traceback or half a file."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.layouts.kit import second_core

runner = CliRunner()
PACK = "title: T\ncards:\n  - title: Слово\n    points: [Привет **мир**, and more]\n  - title: B\n    points: [plain]\n"
CJK_PACK = "title: T\ncards:\n  - title: Слово 中文\n    points: [Привет **мир**, 汉字 and more]\n  - title: B\n    points: [plain]\n"


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def test_a_missing_font_file_is_named(pack, tmp_path):
    result = runner.invoke(app, ["build", str(pack), "--out", str(tmp_path / "out"), "--font", str(tmp_path / "nope.ttf")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'nope.ttf'}: --font: no font file at {tmp_path / 'nope.ttf'} — check the path" in result.output
    assert not (tmp_path / "out").exists()


def test_a_file_that_is_not_a_font_is_refused_clearly(pack, tmp_path):
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"this is not a TrueType font at all" * 10)
    result = runner.invoke(app, ["build", str(pack), "--out", str(tmp_path / "out"), "--font-bold", str(fake)])
    assert result.exit_code == 1
    assert "--font-bold: not a usable TrueType font" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_characters_no_face_has_are_an_error_naming_them_with_their_cards(tmp_path):
    pack = tmp_path / "cjk.yaml"
    pack.write_text(CJK_PACK, encoding="utf-8")
    result = runner.invoke(app, ["build", str(pack), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if "has no glyph" in line]
    assert len(errors) == 1  # said once, not once per layout
    assert "中 (U+4E2D)" in errors[0] and "汉 (U+6C49)" in errors[0] and "card 1 " in errors[0]
    assert "it is Chinese/Japanese (Han) text: pass --font with a TrueType (.ttf) font that covers Chinese/Japanese (Han)" in errors[0]
    assert "Привет" not in errors[0]  # Cyrillic is covered
    assert not (tmp_path / "out").exists()


def test_an_unwritable_out_folder_is_a_clear_error_and_writes_nothing(pack, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder")
    result = runner.invoke(app, ["build", str(pack), "--out", str(blocker), "--only", "summary"])
    assert result.exit_code == 1
    assert "cannot write the PDFs" in result.output and "choose a folder you can write to with --out" in result.output
    assert blocker.read_text() == "a file, not a folder"


def test_a_pack_named_to_escape_the_out_folder_stays_inside(tmp_path):
    sneaky = tmp_path / "..yaml"
    sneaky.write_text(PACK, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(sneaky), "--out", str(out), "--only", "summary"])
    assert result.exit_code == 0, result.output
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.pdf")] == ["pack/summary.pdf"]


def test_the_second_core_returns_results_in_order_and_passes_errors_back(monkeypatch, forks):
    monkeypatch.setattr(second_core, "WORTH_A_FORK", 1)
    assert second_core.split_map(lambda n: n * n, list(range(10))) == [n * n for n in range(10)]
    assert len(forks) == 1  # the second half really came from a forked copy

    def fails_late(n: int) -> int:
        if n == 9:
            raise ValueError("card nine")
        return n

    with pytest.raises(ValueError, match="card nine"):
        second_core.split_map(fails_late, list(range(10)))
    assert len(forks) == 2  # raised in the child, passed back


def test_the_bundled_fonts_pass_the_check_a_users_font_gets_and_are_not_checked_again_on_each_load(monkeypatch):
    """Ours are trusted at load (checking every glyph costs a third of a second a run), so the suite checks them."""
    from studypack.layouts.kit import fonts as font_module
    from studypack.layouts.kit.font_file import check_font_file

    bundled = [font_module._bundled("SourceSansPro"), font_module._bundled("SourceSansProBold"),
               *sorted(font_module.FALLBACK_FOLDER.glob("*.ttf"))]
    for path in bundled:
        check_font_file(path, "--font")  # raises if the file is unusable
    checked = []
    monkeypatch.setattr(font_module, "check_font_file", lambda path, flag: checked.append(path))
    font_module._face(bundled[0], "--font", "studypack-test-bundled")  # a name of its own: later names stay as they were
    assert checked == []
    font_module._face(bundled[-1], "--font", "studypack-test-bundled-too")
    assert checked == []
