"""The PDFs' document information says what the pack says: no "anonymous", no "unspecified", no made-up dates."""
from __future__ import annotations

from pdftext import open_pdf
from studypack.layouts import flashcards, summary, worksheet
from studypack.layouts.options import FlashcardOptions, SummaryOptions, WorksheetOptions
from studypack.source import loads

PACK_TEXT = """title: Cells and tissues
subject: Biology
course: GCSE
author: Ms Okafor
cards:
  - title: Nucleus
    points: [holds the **chromosomes**]
"""
PACK = loads(PACK_TEXT)


def metadata(data: bytes) -> dict:
    with open_pdf(data) as pdf:
        return dict(pdf.metadata)


def test_title_author_and_subject_come_from_the_pack():
    cards = metadata(flashcards.render(PACK, FlashcardOptions()))
    sheet = metadata(summary.draw(summary.plan(PACK, SummaryOptions()))["summary.pdf"])
    assert cards["Title"] == "Cells and tissues — flashcards" and cards["Author"] == "Ms Okafor" and cards["Subject"] == "Biology"
    assert sheet["Title"] == "Cells and tissues" and sheet["Author"] == "Ms Okafor" and sheet["Subject"] == "Biology · GCSE"


def test_the_worksheet_and_its_key_carry_the_packs_author_and_subject_too():
    pack = loads(PACK_TEXT.replace("points: [holds the **chromosomes**]",
                                   "points: [The nucleus holds the **nucleolus**, which makes ribosomes.]")
                 + "".join(f"  - title: Organelle {n}\n    points: [Organelle {n} makes **protein {n}** in the cell.]\n"
                           for n in range(1, 6)))
    for name, data in worksheet.draw(worksheet.plan(pack, WorksheetOptions())).items():
        info = metadata(data)
        assert info["Author"] == "Ms Okafor" and info["Subject"] == "Biology · GCSE", (name, info)


def test_nothing_is_made_up_for_what_the_pack_does_not_say(example_pdfs):
    for name, pdf in example_pdfs.items():
        info = dict(pdf.metadata)
        assert "CreationDate" not in info and "ModDate" not in info, (name, info)
        assert "anonymous" not in info.values() and "unspecified" not in info.values(), (name, info)
        assert "Author" not in info, (name, info)  # the example pack names no author
        assert info["Title"].startswith("Khrushchev in power"), (name, info)
