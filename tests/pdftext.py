"""Reading our PDFs back in tests: pages, words with positions, and sizes."""
from __future__ import annotations

import hashlib
import io

import pdfplumber
from pdfplumber.utils.text import extract_text, extract_words

from studypack.layouts.kit.script_faces import SCRIPT_FORMS

MM = 72 / 25.4


def open_pdf(data: bytes) -> pdfplumber.PDF:
    """The PDF parsed by pdfplumber (use as a context manager)."""
    return pdfplumber.open(io.BytesIO(data))


def page_words(page) -> list[dict]:
    """Words with positions (x0, x1, top, bottom in points from the top left) and size; a superscript or
    subscript is read as part of its word (its own position and size stay on its character)."""
    return extract_words(on_their_lines(page.chars), extra_attrs=["size", "fontname"], keep_blank_chars=False,
                         use_text_flow=True)


def text_of(data: bytes) -> str:
    """All text of the PDF, page after page, superscripts and subscripts read on their lines (read once per
    process for the same bytes: many tests build the same sheet)."""
    key = hashlib.sha256(data).digest()
    if key not in _TEXTS:
        with open_pdf(data) as pdf:
            _TEXTS[key] = "\n".join(page_text(page) for page in pdf.pages)
    return _TEXTS[key]


_TEXTS: dict[bytes, str] = {}


def page_text(page) -> str:
    """A page's text, as pdfplumber reads it, with superscripts and subscripts read on their lines."""
    return extract_text(on_their_lines(page.chars)) or ""


SCRIPT_FORMS = frozenset(SCRIPT_FORMS)


def on_their_lines(chars: list[dict]) -> list[dict]:
    """``chars`` with each superscript or subscript form put, for reading, at the height of the character
    before it (the PDF draws it smaller and raised or lowered: pdfplumber, clustering lines by the tops of
    characters, would read it as a line of its own, where poppler's pdftotext reads it in place)."""
    out, base = [], None
    for char in chars:
        scripted = char["text"] in SCRIPT_FORMS or char.get("fontname", "").endswith(("-Sub", "-Sup"))  # (a letter
        # with no form of its own is drawn by a script face and reads as itself)
        if scripted and base is not None and char["size"] < base["size"]:
            char = {**char, **{key: base[key] for key in ("top", "bottom", "doctop", "y0", "y1")}}
        else:
            base = char
        out.append(char)
    return out


def words_of_text(text: str) -> list[str]:
    """The words of ``text`` as they should come back out of a PDF (marks removed)."""
    return text.replace("**", "").split()
