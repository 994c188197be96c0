"""The second bundled pack, physics with notation, builds on every output and shows its formulas set."""
from __future__ import annotations

from pathlib import Path

from pdftext import open_pdf
from studypack import pipeline

PHYSICS = Path(__file__).resolve().parents[2] / "packs" / "forces-and-motion.yaml"


def test_the_physics_pack_builds_every_output_with_its_formulas_set():
    built = pipeline.build(PHYSICS, {}, ("flashcards", "summary", "worksheet"))
    assert sorted(built.files) == ["answers.pdf", "flashcards.pdf", "summary.pdf", "worksheet.pdf"]
    with open_pdf(built.files["summary.pdf"]) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        stream = "".join(char["text"] for char in page.chars).replace("\xa0", " ")
        assert "v = s/t" in stream and "Eₖ = ½mv²" in stream and "m s⁻²" in stream
        assert any(rect["height"] < 1 for rect in page.rects)  # the rule of a stacked fraction
        chars = page.chars
        assert all(char["size"] < chars[index - 1]["size"] for index, char in enumerate(chars) if char["text"] == "⁻")
