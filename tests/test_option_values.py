"""Numeric options refuse what is not a finite number in range, from a flag or a pack's `print:`, saying the range."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.layouts.options import parse_option

PACK = "title: T\nprint:\n  back-offset: {value}\ncards:\n  - title: A\n    points: [The **airlift** began.]\n"


@pytest.mark.parametrize("value", ["nan,nan", "nan,0", "0,inf", "-inf,1", "1e400,0", "NaN mm,0"])
def test_a_back_offset_that_is_not_a_finite_number_is_refused_with_its_range(value):
    with pytest.raises(ValueError, match=r"is not X,Y in millimetres, each from -20 to 20 — write it like 1\.5,-0\.5"):
        parse_option("back-offset", value)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e999pt"])
def test_a_min_font_that_is_not_a_finite_number_is_refused_with_its_range(value):
    with pytest.raises(ValueError, match="is not a size — give points from 7 to 72"):
        parse_option("min-font", value)


def test_out_of_range_numbers_name_the_range():
    with pytest.raises(ValueError, match="give each of X,Y from -20 to 20"):
        parse_option("back-offset", "25,0")
    with pytest.raises(ValueError, match="is out of range — give one from 1 to 50"):
        parse_option("pages", "9" * 30)
    assert parse_option("back-offset", "-1.5mm, 2") == (-1.5, 2.0)


def test_nan_in_a_packs_print_section_is_located_and_nothing_is_written(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(PACK.format(value="nan,nan"), encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}:3:16: print.back-offset: `nan,nan` is not X,Y in millimetres")
    assert not (tmp_path / "out").exists()


def test_nan_on_the_command_line_is_a_usage_error():
    result = CliRunner().invoke(app, ["build", "--back-offset", "nan,nan"])
    assert result.exit_code == 2 and "is not X,Y in millimetres, each from -20 to 20" in result.output
