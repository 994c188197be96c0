"""Card pictures on the summary: a thumbnail at the right of its card's heading and points, inside the card's
column, aspect kept; left out with --no-images, and left out (with one warning) when they would stop the
summary fitting its pages."""
from __future__ import annotations

from pathlib import Path

from pdftext import open_pdf
from studypack.layouts import summary
from studypack.layouts.options import Style, SummaryOptions
from studypack.source import load
from PIL import Image


def png(path: Path, width: int, height: int) -> None:
    Image.new("RGB", (width, height), (48, 128, 192)).save(path)


def _pack(tmp_path: Path, cards: int, points: int = 2, pictured: int = 3, short: bool = False) -> Path:
    png(tmp_path / "wide.png", 600, 300)
    png(tmp_path / "tall.png", 200, 400)
    lines = ["title: Thumbnails", "cards:"]
    for n in range(cards):
        lines.append(f"  - title: Card number {n + 1}")
        if n < pictured:
            lines.append(f"    image: {'wide' if n % 2 else 'tall'}.png")
        lines.append("    points:")
        lines += [f"      - Point {p + 1}." if short else
                  f"      - Point {p + 1} of card {n + 1}, a sentence long enough to wrap across the narrowed column."
                  for p in range(points)]
    path = tmp_path / "thumbnails.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _headings(page) -> dict[str, dict]:
    words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5)
    return {word["text"]: word for word in words if word["text"].startswith("Card number")}


def test_each_pictured_card_shows_its_thumbnail_beside_its_heading_in_its_column_aspect_kept(tmp_path):
    pack = load(_pack(tmp_path, cards=6))
    plan = summary.plan(pack, SummaryOptions())
    assert plan.warnings == ()
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        images = sorted(page.images, key=lambda image: (image["x0"], image["top"]))
        headings = _headings(page)
    assert len(images) == 3
    width = plan.page_size[0]
    for number, image in zip((1, 2, 3), sorted(images, key=lambda image: image["top"])):
        heading = headings[f"Card number {number}"]
        assert abs(image["top"] - heading["top"]) < 2  # level with the heading's glyphs
        assert image["x0"] > heading["x1"]  # to its right, clear of its text
        assert image["x1"] <= width - 10  # inside the page's body
        ratio = (image["x1"] - image["x0"]) / (image["bottom"] - image["top"])
        assert abs(ratio - (2.0 if number % 2 == 0 else 0.5)) < 0.02


def test_no_images_leaves_the_thumbnails_out(tmp_path):
    pack = load(_pack(tmp_path, cards=4))
    with open_pdf(summary.render(pack, SummaryOptions(style=Style(images=False)))) as pdf:
        assert pdf.pages[0].images == []


def test_thumbnails_that_would_stop_the_pack_fitting_are_left_out_with_one_warning(tmp_path):
    pictured = _pack(tmp_path, cards=120, points=1, pictured=120, short=True)
    plain_options = SummaryOptions(style=Style(images=False))
    assert summary.plan(load(pictured), plain_options).pages  # fits without pictures
    plan = summary.plan(load(pictured), SummaryOptions())
    assert len(plan.warnings) == 1 and "leaves out the cards' pictures" in plan.warnings[0]
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        assert len(pdf.pages) == 1 and pdf.pages[0].images == []
