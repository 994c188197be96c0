"""A damaged --font is refused before reportlab reads it: once, with the file and the fix, and only for its pack."""
from __future__ import annotations

import struct
from pathlib import Path

import font_source_sans_pro
import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.errors import StudypackError
from studypack.layouts.kit.font_file import MAX_FONT_BYTES, check_font_file
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.options import Style

REGULAR = Path(font_source_sans_pro.font_files_ttf["SourceSansPro"])


def table(data: bytes, wanted: bytes) -> tuple[int, int]:
    (count,) = struct.unpack_from(">H", data, 4)
    for index in range(count):
        tag, _, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * index)
        if tag == wanted:
            return offset, length
    raise AssertionError(f"no {wanted!r} table")


def damaged(tmp_path: Path, name: str, change) -> Path:
    data = bytearray(REGULAR.read_bytes())
    change(data)
    path = tmp_path / name
    path.write_bytes(bytes(data))
    return path


def truncate(data: bytearray) -> None:
    del data[20_000:]


def garble_glyphs(data: bytearray) -> None:
    """Overwrite the glyph outlines with a repeating pattern, as a bad download might."""
    offset, length = table(data, b"glyf")
    for index in range(offset, offset + length, 7):
        data[index] = 0xFF


def cmap_bomb(data: bytearray) -> None:
    """Make the first range of every format-12 character map end at 0x7FFFFFFF (two billion characters)."""
    offset, _ = table(data, b"cmap")
    (count,) = struct.unpack_from(">H", data, offset + 2)
    for index in range(count):
        _, _, start = struct.unpack_from(">HHL", data, offset + 4 + 8 * index)
        if struct.unpack_from(">H", data, offset + start)[0] == 12:
            struct.pack_into(">L", data, offset + start + 16 + 4, 0x7FFFFFFF)


@pytest.mark.parametrize("change, reason", [
    (truncate, "truncated or damaged"),
    (garble_glyphs, "truncated or damaged"),
    (cmap_bomb, "claims characters up to 0x7fffffff"),
])
def test_a_damaged_font_is_refused_naming_the_file_the_option_and_the_fix(tmp_path, change, reason):
    path = damaged(tmp_path, "bad.ttf", change)
    with pytest.raises(StudypackError, match=reason) as caught:
        fonts_for(Style(font=path))
    message = str(caught.value)
    assert str(path) in message and "--font: not a usable TrueType font" in message and "print: font:" in message


def test_a_damaged_bold_font_names_font_bold(tmp_path):
    path = damaged(tmp_path, "bold.ttf", truncate)
    with pytest.raises(StudypackError, match=r"--font-bold: not a usable TrueType font.*print: font-bold:"):
        fonts_for(Style(font_bold=path))


def test_an_opentype_cff_font_and_a_file_that_is_no_font_are_refused(tmp_path):
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO" + bytes(200))
    text = tmp_path / "notes.ttf"
    text.write_text("these are not glyphs\n" * 10)
    with pytest.raises(StudypackError, match="CFF outlines"):
        check_font_file(cff, "--font")
    with pytest.raises(StudypackError, match="not a TrueType font"):
        check_font_file(text, "--font")


def test_a_font_file_past_the_size_bound_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.ttf"
    with huge.open("wb") as stream:  # sparse: no disk used
        stream.truncate(MAX_FONT_BYTES + 1)
    with pytest.raises(StudypackError, match="more than any font needs"):
        check_font_file(huge, "--font")


def test_the_bundled_fonts_pass_the_check():
    for style in ("SourceSansPro", "SourceSansProBold"):
        check_font_file(Path(font_source_sans_pro.font_files_ttf[style]), "--font")


def test_a_packs_bad_print_font_is_said_once_and_does_not_stop_the_next_pack(tmp_path):
    bad = damaged(tmp_path, "broken.ttf", garble_glyphs)
    (tmp_path / "a.yaml").write_text(f"title: A\nprint:\n  font: {bad.name}\ncards:\n  - title: One\n    points: [a point]\n")
    (tmp_path / "b.yaml").write_text("title: B\ncards:\n  - title: Two\n    points: [another point]\n")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), "--only",
                                      "flashcards,summary", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert result.output.count("broken.ttf") == 1, result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / "b" / "flashcards.pdf").is_file() and not (tmp_path / "out" / "a").exists()
