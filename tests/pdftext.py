"""Reading our PDFs back in tests: pages, words with positions, and sizes."""
from __future__ import annotations

import ctypes
import hashlib
import io

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium
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
    process for the same bytes: many tests build the same sheet). Read by pdfium, which parses a sheet several
    times faster than pdfminer: most of the suite's time went on reading sheets back."""
    key = hashlib.sha256(data).digest()
    if key not in _TEXTS:
        document = pypdfium2.PdfDocument(data)
        try:
            _TEXTS[key] = "\n".join(extract_text(on_their_lines(pdfium_chars(page))) or "" for page in document)
        finally:
            document.close()
    return _TEXTS[key]


_TEXTS: dict[bytes, str] = {}


def page_text(page) -> str:
    """A page's text, as pdfplumber reads it, with superscripts and subscripts read on their lines."""
    return extract_text(on_their_lines(page.chars)) or ""


def pdfium_chars(page: pypdfium2.PdfPage) -> list[dict]:
    """A page's characters as pdfplumber describes them (text, box from the top left, size, font name), read
    by pdfium: boxes run from the font's descent to one size above it, as pdfminer's do."""
    textpage = page.get_textpage()
    try:
        return _with_word_gaps(list(_drawn_chars(textpage, page.get_height())))
    finally:
        textpage.close()


def _drawn_chars(textpage, height: float):
    """The characters in pdfium's order, None where pdfium marks a gap with a space of its own."""
    fonts: dict[int, tuple[float, str]] = {}
    x, y, box = ctypes.c_double(), ctypes.c_double(), pdfium.FS_RECTF()
    index, count = 0, textpage.count_chars()
    while index < count:
        code, step = pdfium.FPDFText_GetUnicode(textpage, index), 1
        if pdfium.FPDFText_IsGenerated(textpage, index) == 1:
            if code == 0x20:
                yield None
            index += 1
            continue
        if 0xD800 <= code < 0xDC00:  # a character past the basic plane comes as two halves
            low = pdfium.FPDFText_GetUnicode(textpage, index + 1)
            code, step = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), 2
        index += step
        if code in (0x0D, 0x0A):
            continue
        size = pdfium.FPDFText_GetFontSize(textpage, index - step)
        pdfium.FPDFText_GetCharOrigin(textpage, index - step, ctypes.byref(x), ctypes.byref(y))
        pdfium.FPDFText_GetLooseCharBox(textpage, index - step, ctypes.byref(box))
        descent, fontname = _font(textpage, index - step, fonts)
        bottom = y.value + descent * size
        yield {"text": "-" if code == 0x02 else chr(code), "x0": box.left, "x1": box.right,  # (0x02: a hyphen
               # ending a line)
               "top": height - bottom - size, "bottom": height - bottom, "doctop": height - bottom - size,
               "y0": bottom, "y1": bottom + size, "size": size, "fontname": fontname, "upright": True}


def _with_word_gaps(found: list[dict | None]) -> list[dict]:
    """The characters with pdfium's own spaces kept where they stand between two neighbours on one line, a
    word gap apart (pdfium leaves out a space drawn at the start of a text object and marks the gap instead),
    and each box ending where the next character starts (a loose box may run past the advance)."""
    chars: list[dict] = []
    for place, char in enumerate(found):
        if char is not None:
            chars.append(char)
            continue
        after = found[place + 1] if place + 1 < len(found) else None
        if chars and after is not None:
            before = chars[-1]
            if 0.15 * before["size"] < after["x0"] - before["x1"] < before["size"] and \
                    abs(after["bottom"] - before["bottom"]) < before["size"] / 2:
                chars.append({**before, "text": " ", "x0": before["x1"], "x1": after["x0"]})
    for one, two in zip(chars, chars[1:]):
        if one["x0"] < two["x0"] < one["x1"] < two["x0"] + 1:
            one["x1"] = two["x0"]
    return chars


def _font(textpage, index: int, fonts: dict[int, tuple[float, str]]) -> tuple[float, str]:
    """The descent (per point of size) and name of the font of character ``index``, read once per font."""
    font = pdfium.FPDFTextObj_GetFont(pdfium.FPDFText_GetTextObject(textpage, index))
    key = ctypes.cast(font, ctypes.c_void_p).value
    if key not in fonts:
        descent, name, flags = ctypes.c_float(), ctypes.create_string_buffer(256), ctypes.c_int()
        pdfium.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(descent))
        pdfium.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
        fonts[key] = (descent.value / 1000, name.value.decode("utf-8", "replace"))
    return fonts[key]


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
