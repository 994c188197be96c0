"""Reading our PDFs back in tests: pages, words with positions, and sizes."""
from __future__ import annotations

import io

import pdfplumber

MM = 72 / 25.4


def open_pdf(data: bytes) -> pdfplumber.PDF:
    """The PDF parsed by pdfplumber (use as a context manager)."""
    return pdfplumber.open(io.BytesIO(data))


def page_words(page) -> list[dict]:
    """Words with positions (x0, x1, top, bottom in points from the top left) and size."""
    return page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=True)


def text_of(data: bytes) -> str:
    """All text of the PDF, page after page."""
    with open_pdf(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def words_of_text(text: str) -> list[str]:
    """The words of ``text`` as they should come back out of a PDF (marks removed)."""
    return text.replace("**", "").split()
