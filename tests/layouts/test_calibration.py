"""The duplex calibration sheet: its scales read the --back-offset that cancels a printer's error."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pdftext import MM, open_pdf
from studypack.cli import app
from studypack.layouts.flashcards import calibration
from studypack.layouts.options import FlashcardOptions, Style
from studypack.layouts.kit.page import PAPER_SIZES


def render(paper: str, flip: str) -> bytes:
    return calibration.render(FlashcardOptions(style=Style(paper=paper), flip=flip))


def label_value(text: str) -> float:
    return float(text.replace("−", "-").replace("+", ""))


def front_lines(page) -> tuple[dict, dict]:
    """Page 1's long vertical (X) line and long horizontal (Y) line."""
    vertical = [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.01 and line["height"] > 30 * MM]
    horizontal = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.01 and line["width"] > 30 * MM]
    assert len(vertical) == 1 and len(horizontal) == 1
    return vertical[0], horizontal[0]


def scale_marks(page, vertical: bool) -> list[tuple[float, float]]:
    """Page 2's short marks with their labels' values: the X scale's (vertical marks, label to the left) as
    (x, value), or the Y scale's (horizontal marks, label below) as (top, value)."""
    words = page.extract_words()
    marks = []
    for line in page.lines:
        length = line["height"] if vertical else line["width"]
        if length > 3 * MM or (abs(line["x0"] - line["x1"]) if vertical else abs(line["top"] - line["bottom"])) > 0.01:
            continue
        if vertical:  # the nearest label on the same row, to the left
            middle = (line["top"] + line["bottom"]) / 2
            near = [w for w in words if w["x1"] < line["x0"] and abs((w["top"] + w["bottom"]) / 2 - middle) < 1.4 * MM]
            label = min(near, key=lambda w: line["x0"] - w["x1"])
        else:  # the nearest label in the same column, below
            middle = (line["x0"] + line["x1"]) / 2
            near = [w for w in words if w["top"] > line["bottom"] and abs((w["x0"] + w["x1"]) / 2 - middle) < 2 * MM]
            label = min(near, key=lambda w: w["top"])
        marks.append((line["x0"] if vertical else line["top"], label_value(label["text"])))
    return marks


@pytest.mark.parametrize("paper", ["a4", pytest.param("letter", marks=pytest.mark.slow)])
@pytest.mark.parametrize("flip", ["long", "short"])
@pytest.mark.parametrize("error", [(0.0, 0.0), (1.5, -2.0), (-3.0, 2.5)])
def test_the_mark_on_the_line_reads_the_offset_that_cancels_the_printers_error(paper, flip, error):
    """The printer puts page 2 ``error`` mm off (x right, y up); the reading, passed as --back-offset, cancels it."""
    width, height = PAPER_SIZES[paper]
    error_x, error_y = error
    with open_pdf(render(paper, flip)) as pdf:
        assert len(pdf.pages) == 2 and (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((width, height))
        x_line, y_line = front_lines(pdf.pages[0])
        back = pdf.pages[1]
        # Where page 1's lines lie behind page 2, in page 2's own coordinates (top-down y).
        behind_x = width - x_line["x0"] if flip == "long" else x_line["x0"]
        behind_top = y_line["top"] if flip == "long" else height - y_line["top"]
        on_x = [value for x, value in scale_marks(back, vertical=True) if abs(x + error_x * MM - behind_x) < 0.05]
        on_y = [value for top, value in scale_marks(back, vertical=False) if abs(top - error_y * MM - behind_top) < 0.05]
    assert on_x == [pytest.approx(-error_x)] and on_y == [pytest.approx(-error_y)]


def test_the_scales_cover_five_millimetres_each_way_in_half_millimetres():
    with open_pdf(render("a4", "long")) as pdf:
        values = sorted(value for _, value in scale_marks(pdf.pages[1], vertical=True))
        assert values == [step / 2 for step in range(-10, 11)]
        assert sorted(value for _, value in scale_marks(pdf.pages[1], vertical=False)) == values


@pytest.mark.parametrize("flip", ["long", "short"])
def test_the_first_page_explains_it_in_plain_words_and_its_lines_miss_the_text(flip):
    with open_pdf(render("a4", flip)) as pdf:
        page = pdf.pages[0]
        text = " ".join(page.extract_text().split())
        assert f"double-sided, flip on {flip} edge, at 100 % (actual size)" in text
        assert "window" in text and "--back-offset" in text and "minus" in text
        for line in front_lines(page):
            for char in page.chars:
                assert (line["x1"] < char["x0"] or line["x0"] > char["x1"]
                        or line["bottom"] < char["top"] or line["top"] > char["bottom"]), char["text"]


def test_the_sheet_is_the_same_bytes_every_time():
    assert render("letter", "short") == render("letter", "short")


def test_calibrate_writes_out_calibration_pdf_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["calibrate"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "calibration.pdf"
    assert written.is_file() and "double-sided" in result.output
    with open_pdf(written.read_bytes()) as pdf:
        assert len(pdf.pages) == 2 and pdf.pages[0].width == pytest.approx(PAPER_SIZES["a4"][0])


def test_calibrate_takes_paper_flip_and_an_output_file(tmp_path):
    target = tmp_path / "sheets" / "printer.pdf"
    result = CliRunner().invoke(app, ["calibrate", "--paper", "letter", "--flip", "short", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in target.parent.iterdir()] == ["printer.pdf"]  # no temporary file left behind
    with open_pdf(target.read_bytes()) as pdf:
        assert pdf.pages[0].width == pytest.approx(612)
        assert "flip on short edge" in " ".join(pdf.pages[0].extract_text().split())


def test_calibrate_reports_a_folder_it_cannot_write(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["calibrate", "-o", str(blocker / "calibration.pdf")])
    assert result.exit_code == 1 and "cannot write" in result.output
