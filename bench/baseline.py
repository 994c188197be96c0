"""The benchmark's baseline: the simplest honest flashcard script in bare reportlab.

It draws what studypack's flashcards draw — each card's title on a fronts
page, its points on the mirrored slot of the backs page (long-edge flip),
cut lines — at fixed sizes with ``simpleSplit`` and ``drawString``: no
fitting, no key-term bold, nothing checked. Same paper, same stock (A7 on A4)
and, by default, the same embedded TrueType font as studypack.

    python bench/baseline.py PACK.yaml OUT.pdf [--font helvetica]
"""
from __future__ import annotations

import sys

import yaml
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

CARD_W, CARD_H, COLUMNS, ROWS = 105 * mm, 74.25 * mm, 2, 4
INSET = 4 * mm
TITLE_SIZE, BODY_SIZE = 18, 10


def main(pack_path: str, out_path: str, font: str = "ttf") -> None:
    if font == "ttf":
        import font_source_sans_pro

        pdfmetrics.registerFont(TTFont("Body", font_source_sans_pro.font_files_ttf["SourceSansPro"]))
        pdfmetrics.registerFont(TTFont("Title", font_source_sans_pro.font_files_ttf["SourceSansProBold"]))
        body, title = "Body", "Title"
    else:
        body, title = "Helvetica", "Helvetica-Bold"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(pack_path, encoding="utf-8") as stream:
        pack = yaml.load(stream, Loader=loader)
    cards = pack["cards"]
    canvas = Canvas(out_path, pagesize=A4, invariant=1)
    per_sheet = COLUMNS * ROWS
    for first in range(0, len(cards), per_sheet):
        sheet = cards[first:first + per_sheet]
        for index, card in enumerate(sheet):  # fronts
            x, y = slot(index, mirrored=False)
            canvas.setLineWidth(0.3)
            canvas.setDash(2, 2)
            canvas.rect(x, y, CARD_W, CARD_H)
            canvas.setFont(title, TITLE_SIZE)
            canvas.drawCentredString(x + CARD_W / 2, y + CARD_H / 2, str(card["title"]))
        canvas.showPage()
        for index, card in enumerate(sheet):  # backs, mirrored for a long-edge flip
            x, y = slot(index, mirrored=True)
            canvas.setFont(body, BODY_SIZE)
            baseline = y + CARD_H - INSET - BODY_SIZE
            for point in card["points"]:
                text = "• " + str(point).replace("**", "")
                for line in simpleSplit(text, body, BODY_SIZE, CARD_W - 2 * INSET):
                    canvas.drawString(x + INSET, baseline, line)
                    baseline -= BODY_SIZE * 1.2
        canvas.showPage()
    canvas.save()


def slot(index: int, mirrored: bool) -> tuple[float, float]:
    column, row = index % COLUMNS, index // COLUMNS
    if mirrored:
        column = COLUMNS - 1 - column
    return column * CARD_W, A4[1] - (row + 1) * CARD_H


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "helvetica" if "--font" in sys.argv and sys.argv[-1] == "helvetica" else "ttf")
