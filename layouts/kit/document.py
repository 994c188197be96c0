"""A PDF being drawn: reportlab's canvas for pages and shapes, plus fast text.

Text is written as PDF operators straight into the page, from words that
fitting already measured; each styled piece is encoded into the font's
subset once per document and reused. Documents are invariant (no dates, no
random IDs), so the same input gives byte-identical files.
"""
from __future__ import annotations

import io
import struct
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Sequence

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas

from .second_core import split_map
from .fitting import Line, Word
from .fonts import Fonts, visible
from ...source._fractions import around
from .fractions import (DENOMINATOR_DROP, NUMERATOR_RISE, REACH, RULE_AXIS, RULE_THICKNESS, SCALE, SIDE, fraction_width,
                        has_fraction, segments)
from .pictures import Placed
from .scripts import has_right_to_left

rl_config.useA85 = 0  # ASCII85 only bloats compressed streams by a quarter and costs time


def _to_unicode_cmap(font_name: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap for a font subset, with each character written as UTF-16BE as the
    PDF reference asks: reportlab writes a code point past U+FFFF as five hex digits, which readers
    take for another character (😀 read back as ὠ). An Arabic positional form (drawn to join letters)
    reads back as the letter it is a form of, and the lam-alef ligature as its two letters, so the text
    layer has the text as written. Other characters in the BMP are written as before."""
    def utf16(code: int) -> str:
        text = _ARABIC_FORMS.get(code) or chr(code)
        return "".join(f"{unit:04X}" for unit in struct.unpack(f">{len(text.encode('utf-16-be', 'surrogatepass')) // 2}H",
                                                                  text.encode("utf-16-be", "surrogatepass")))

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({font_name})", f"/Ordering ({font_name})", "/Supplement 0", ">> def",
        f"/CMapName /{font_name} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


_ARABIC_FORMS = {code: unicodedata.normalize("NFKC", chr(code))
                 for code in (*range(0xFB50, 0xFDFE), *range(0xFE70, 0xFEFD))
                 if unicodedata.decomposition(chr(code)).startswith(("<initial>", "<medial>", "<final>", "<isolated>"))}
"""Arabic presentation forms (what ``scripts.shaped`` draws) and the letters they are forms of."""

ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up here when it writes each subset

BLACK = (0.0, 0.0, 0.0)


class _ScriptFont(str):
    """A font resource name whose text is set smaller and raised or lowered (a script face's)."""

    scale: float
    rise: float


def _font_key(name: str, face) -> str:
    """How a chunk names its font: the resource name, carrying the scale and rise of a script face."""
    if face.scale == 1.0:
        return name
    key = _ScriptFont(name)
    key.scale, key.rise = face.scale, face.rise
    return key


UNSEEN = 0.01
"""The size of the invisible brackets and slash of a fraction: they are there to be read, so they take no room
a reader could take for ink (or select over the parts)."""


def _rules(bars: Sequence[tuple[float, float, float, float]]) -> str:
    """Fill operators for the rules of stacked fractions (x, y, width, height each), after a text object."""
    return "".join(f" {x:.2f} {y:.2f} {width:.2f} {height:.2f} re" for x, y, width, height in bars) + " f" if bars else ""


def _font_operators(font: str, size: float, previous: str | None) -> str:
    """The operators that set ``font`` at ``size`` (a script smaller and moved off the baseline), after ``previous``."""
    if font.__class__ is _ScriptFont:
        return f"{font} {size * font.scale:.2f} Tf {size * font.rise:.2f} Ts"
    return f"{font} {size:.2f} Tf 0 Ts" if previous.__class__ is _ScriptFont else f"{font} {size:.2f} Tf"


class _Info(PDFInfo):
    """The document information: what the pack says and nothing made up. reportlab writes "anonymous"
    and "unspecified" for a missing author and subject, and, in invariant mode, 1 January 2000 as the
    creation and modification dates; a missing field is left out instead, and so are the dates."""

    def __init__(self, title: str, subject: str, author: str):
        super().__init__()
        self.title, self.subject, self.author, self.creator = title, subject, author, "studypack"

    def format(self, document) -> bytes:
        fields = {"Title": self.title, "Author": self.author, "Subject": self.subject,
                  "Creator": self.creator, "Producer": self.producer}
        return PDFDictionary({key: PDFString(value) for key, value in fields.items() if value}).format(document)


_PAINTS = {(BLACK, False): "0 g ", (BLACK, True): "0 g 0 G "}


def _paint(color: tuple[float, float, float], stroke: bool) -> str:
    if color == BLACK:
        return "0 g 0 G " if stroke else "0 g "
    fill = "{0:.3f} {1:.3f} {2:.3f}".format(*color)
    return f"{fill} rg {fill} RG " if stroke else f"{fill} rg "


class Document:
    """One PDF file under construction."""

    def __init__(self, fonts: Fonts, page_size: tuple[float, float], title: str, subject: str = "", author: str = "",
                 right_to_left: bool | None = None):
        """``right_to_left``: the direction of the pack's paragraphs (None: each line's own, from its first letter)."""
        self.fonts = fonts
        self.right_to_left = right_to_left
        self._bidi = bool(right_to_left)  # set on the first Hebrew or Arabic word: lines then go through bidi
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=page_size, invariant=1, pageCompression=1)
        self._doc = self.canvas._doc
        self._doc.info = _Info(title, subject, author)
        self._code = self.canvas._code
        self._encoded: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self._words: dict[int, tuple[Word, tuple, tuple]] = {}  # id(word) -> (word, chunks, chunks with a space)
        self._svgs: dict[Path, object] = {}  # an SVG's drawing, its labels set in these fonts where need be

    # -- pages -------------------------------------------------------------
    def new_page(self, page_size: tuple[float, float] | None = None) -> None:
        """End the current page and start another (of ``page_size`` if given)."""
        self.canvas.showPage()
        self._code = self.canvas._code
        if page_size is not None:
            self.canvas.setPageSize(page_size)

    def ask_for_actual_size(self, flip: str | None) -> None:
        """Ask print dialogs to print at 100 % ("actual size") and, when ``flip`` is long or short,
        double-sided flipping on that edge; None asks for one-sided printing. Cards only line up so."""
        self.canvas.setViewerPreference("PrintScaling", "None")
        duplex = {"long": "DuplexFlipLongEdge", "short": "DuplexFlipShortEdge"}.get(flip or "", "Simplex")
        self.canvas.setViewerPreference("Duplex", duplex)

    def reserve(self, characters: str, pictures: Iterable["Placed"] = ()) -> None:
        """Give every character the document will draw its code in the font subsets now, in code-point
        order, and allow no others; then pages can be drawn in any order, or in another process, and
        the file is the same. Characters the font lacks are left out (they are reported as missing).
        The labels of SVG ``pictures`` that are set in the document's faces count among the characters."""
        from .pictures import svg_drawing
        from .svg_text import characters_set_in_faces

        svgs = sorted({placed.picture.path for placed in pictures if placed.picture.svg})
        characters += "".join(characters_set_in_faces(svg_drawing(path)) for path in svgs)
        faces = [self.fonts.regular] if self.fonts.bold is self.fonts.regular else [self.fonts.regular, self.fonts.bold]
        wanted = "".join(sorted(set(visible(characters)) | {" "}))
        if has_right_to_left(wanted):
            self._bidi = True
            forms = {chr(code) for code, letters in _ARABIC_FORMS.items() if set(letters) <= set(wanted)}
            forms = {char for char in forms | set(_mirrored(wanted)) if self.fonts.regular.has(char)}
            wanted = "".join(sorted(set(wanted) | forms))
        for face in faces:
            by_face: dict[int, tuple] = {}  # the face itself first; its fallback only if some character needs it
            for char in wanted:
                drawn_by = face.drawing(char)
                by_face.setdefault(id(drawn_by), (drawn_by, []))[1].append(char)
            for drawn_by, chars in by_face.values():
                ttfont = drawn_by.ttfont
                ttfont.splitString("".join(chars), self._doc)
                state = ttfont.state[self._doc]
                for subset in range(len(state.subsets)):
                    ttfont.getSubsetInternalName(subset, self._doc)
                state.frozen = True

    def reserve_pictures(self, pictures: Iterable["Placed"]) -> None:
        """Put every PNG and JPEG the pages will show into the file now, once each, so pages drawn in
        any order (or in a forked process) only refer to them."""
        canvas = self.canvas
        for path in sorted({placed.picture.path for placed in pictures if not placed.picture.svg}):
            code, used = len(self._code), len(canvas._formsinuse)
            canvas.drawImage(_image(path), 0, 0, 1, 1, mask="auto")
            del self._code[code:], canvas._formsinuse[used:]  # registered, not drawn

    def draw_pages(self, count: int, draw_page: Callable[[int], None], worth: int = 200) -> None:
        """Draw ``count`` pages, page ``i`` by ``draw_page(i)``; from ``worth`` pages the later half is
        drawn on the second core. Call ``reserve`` first: a forked copy must encode text as this one would."""
        canvas = self.canvas

        def page_operators(index: int) -> tuple[list[str], list[str]]:
            draw_page(index)
            operators, pictures = canvas._code, canvas._formsinuse
            canvas._restartAccumulators()  # what showPage does to start a page, without adding one
            canvas.init_graphics_state()
            canvas.state_stack = []
            self._code = canvas._code
            return operators, pictures

        for index, (operators, pictures) in enumerate(split_map(page_operators, range(count), worth)):
            if index:
                self.new_page()
            self._code.extend(operators)
            canvas._formsinuse.extend(pictures)  # the page's resources name the pictures it shows

    def finish(self) -> bytes:
        """The finished PDF."""
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()

    # -- text --------------------------------------------------------------
    def _encode(self, text: str, bold: bool, spaced: bool = False) -> list[tuple[str, str]]:
        """(font resource name, escaped PDF string) chunks for one styled piece, a space after it if ``spaced``."""
        key = (text, bold, spaced)
        chunks = self._encoded.get(key)
        if chunks is None:
            face = self.fonts.face(bold)
            text = text + " " if spaced else text
            runs = ((face, text),) if text.isascii() else face.runs(text)
            chunks = [
                (_font_key(run.ttfont.getSubsetInternalName(subset, self._doc), run), escapePDF(data))
                for run, part in runs for subset, data in run.ttfont.splitString(part, self._doc)
            ]
            self._encoded[key] = chunks
        return chunks

    def words(self, x: float, y: float, words: Sequence[Word], size: float, color: tuple[float, float, float] = BLACK) -> None:
        """Draw ``words`` with their left end at ``x`` and baseline at ``y``."""
        self.rows(((x, y, words),), size, color)

    def rows(self, rows: Iterable[tuple[float, float, Sequence[Word]]], size: float,
             color: tuple[float, float, float] = BLACK) -> None:
        """Draw lines of words, each ``(x, y, words)`` with its left end at x and baseline at y, as one
        text object: for a block of lines, quicker and smaller than a ``words`` call per line."""
        if self._bidi:
            return self._rows_in_visual_order(rows, size, color)
        rows = list(rows)
        if self.fonts.synthetic_bold:
            if any(has_right_to_left(text) for _, _, words in rows for word in words for text, _ in word.pieces):
                self._bidi = True
                return self._rows_in_visual_order(rows, size, color)
            return self._rows_stroking_bold(rows, size, color)
        # The hot path of every layout: one lookup per word, of its encoding with and without the space
        # after it. Words are shared objects (fitting interns them), so they are found by identity.
        known = self._words
        bars: list[tuple[float, float, float, float]] = []  # the rules of stacked fractions, drawn after the text
        ops: list[str] = []
        current_font = None
        place = "{0:.2f} {1:.2f} Td"  # the first row moves from the origin; later ones set the position outright
        for x, y, words in rows:
            ops.append(place.format(x, y))
            place = "1 0 0 1 {0:.2f} {1:.2f} Tm"
            pending: list[str] = []
            last = len(words) - 1
            for index, word in enumerate(words):
                entry = known.get(id(word))
                if entry is None or entry[0] is not word:
                    if any(has_right_to_left(text) for text, _ in word.pieces):  # from here on, lines go through bidi
                        self._bidi = True
                        return self._rows_in_visual_order(rows, size, color)
                    entry = known[id(word)] = ((word, None, None) if has_fraction(word.pieces) else
                                               (word, self._word_chunks(word, False), self._word_chunks(word, True)))
                if entry[1] is None:  # a stacked fraction: placed part by part
                    if pending:
                        ops.append(f"({''.join(pending)}) Tj")
                        pending = []
                    ops.extend(self._fraction_word(words, index, x, y, size, bars, "0 Tr"))
                    current_font = None
                    continue
                for font, data in entry[2] if index < last and word.space else entry[1]:
                    if font != current_font:
                        if pending:
                            ops.append(f"({''.join(pending)}) Tj")
                            pending = []
                        ops.append(_font_operators(font, size, current_font))
                        current_font = font
                    pending.append(data)
            if pending:
                ops.append(f"({''.join(pending)}) Tj")
        self._end_text(ops, color, False, current_font, False, bars)

    def _end_text(self, ops: list[str], color: tuple[float, float, float], stroking: bool, font: str | None,
                  bold: bool, bars: Sequence[tuple[float, float, float, float]]) -> None:
        """Write ``ops`` to the page as one text object in ``color``, leaving no rise (``font`` last set) or stroked
        bold (``bold`` still on) behind, as text state outlives ET; then the rules of its stacked fractions."""
        if font.__class__ is _ScriptFont:
            ops.append("0 Ts")
        if bold:
            ops.append("0 Tr")
        self._code.append(f"{_PAINTS.get((color, stroking)) or _paint(color, stroke=stroking)}BT {' '.join(ops)} ET{_rules(bars)}")

    def _word_chunks(self, word: Word, spaced: bool) -> tuple[tuple[str, str], ...]:
        """A word's (font, escaped string) chunks, a space after it if ``spaced``, same-font chunks merged."""
        chunks: list[tuple[str, str]] = []
        final = len(word.pieces) - 1
        for index, (text, bold) in enumerate(word.pieces):
            for font, data in self._encode(text, bold, spaced and index == final):
                if chunks and chunks[-1][0] == font:
                    chunks[-1] = (font, chunks[-1][1] + data)
                else:
                    chunks.append((font, data))
        return tuple(chunks)

    def _fraction_word(self, words: Sequence[Word], index: int, x: float, y: float, size: float,
                       bars: list[tuple[float, float, float, float]], mode: str) -> list[str]:
        """Operators placing ``words[index]``, which holds a stacked fraction, on the row at ``x``, ``y``: its
        plain parts on the baseline, each numerator and denominator smaller above and below the rule (added to
        ``bars``), the brackets and slash the text reads invisible between them (then render ``mode`` again),
        and the position left after the word and its space, for the words that follow. The fraction is also
        marked with its text as /ActualText, which readers that place text by position (poppler, Acrobat)
        read instead of the stacked glyphs."""
        word = words[index]
        spaced = index < len(words) - 1 and word.space
        start = x + size * sum(before.width + before.space for before in words[:index])
        ops: list[str] = []
        cursor = start

        def show(text: str, bold: bool, at_x: float, at_y: float, at_size: float, invisible: bool = False) -> None:
            if not text:
                return
            ops.append(f"1 0 0 1 {at_x:.2f} {at_y:.2f} Tm")
            if invisible:
                ops.append("3 Tr")
            previous = None
            for font, data in self._encode(text, bold):
                ops.append(_font_operators(font, at_size, previous))
                ops.append(f"({data}) Tj")
                previous = font
            ops.append("0 Ts")
            if invisible:
                ops.append(mode)

        for text, bold in word.pieces:
            face = self.fonts.face(bold)
            for part in segments(text):
                if isinstance(part, str):
                    show(part, bold, cursor, y, size)
                    cursor += face.width(part) * size
                    continue
                top, bottom = part
                top_width, bottom_width = face.width(top) * SCALE * size, face.width(bottom) * SCALE * size
                inner = max(top_width, bottom_width)
                left = cursor + SIDE * size
                small = size * SCALE
                before, between, after = around(top, bottom)
                top_x, bottom_x = left + (inner - top_width) / 2, left + (inner - bottom_width) / 2
                top_y, bottom_y = y + NUMERATOR_RISE * size, y - DENOMINATOR_DROP * size
                ops.append(f"/Span <</ActualText <FEFF{(before + top + between + bottom + after).encode('utf-16-be').hex().upper()}>>> BDC")
                show(before, bold, top_x, top_y, UNSEEN, invisible=True)
                show(top, bold, top_x, top_y, small)
                show(between, bold, left + inner / 2, y + RULE_AXIS * size, UNSEEN, invisible=True)
                show(bottom, bold, bottom_x, bottom_y, small)
                show(after, bold, bottom_x + bottom_width, bottom_y, UNSEEN, invisible=True)
                ops.append("EMC")
                reach = REACH * size
                bars.append((left - reach, y + (RULE_AXIS - RULE_THICKNESS / 2) * size, inner + 2 * reach,
                             RULE_THICKNESS * size))
                cursor += fraction_width(face.width(top), face.width(bottom)) * size
        if spaced:
            show(" ", word.pieces[-1][1], cursor, y, size)
        ops.append(f"1 0 0 1 {start + (word.width + (word.space if spaced else 0)) * size:.2f} {y:.2f} Tm")
        return ops

    def _rows_stroking_bold(self, rows: Iterable[tuple[float, float, Sequence[Word]]], size: float,
                            color: tuple[float, float, float]) -> None:
        """``rows`` for a font without a bold face: bold pieces are drawn filled and stroked."""
        ops: list[str] = []
        bars: list[tuple[float, float, float, float]] = []
        current_font = None
        bold_now = False
        place = "{0:.2f} {1:.2f} Td"
        for x, y, words in rows:
            ops.append(place.format(x, y))
            place = "1 0 0 1 {0:.2f} {1:.2f} Tm"
            pending: list[str] = []
            last = len(words) - 1
            for index, word in enumerate(words):
                if has_fraction(word.pieces):  # a stacked fraction: placed part by part
                    if pending:
                        ops.append(f"({''.join(pending)}) Tj")
                        pending = []
                    ops.extend(self._fraction_word(words, index, x, y, size, bars, "2 Tr" if bold_now else "0 Tr"))
                    current_font = None
                    continue
                final = len(word.pieces) - 1 if index < last and word.space else -1
                for piece_index, (text, bold) in enumerate(word.pieces):
                    if bold != bold_now:
                        if pending:
                            ops.append(f"({''.join(pending)}) Tj")
                            pending = []
                        ops.append(f"2 Tr {size * 0.03:.3f} w" if bold else "0 Tr")
                        bold_now = bold
                    for font, data in self._encode(text, bold, piece_index == final):
                        if font != current_font:
                            if pending:
                                ops.append(f"({''.join(pending)}) Tj")
                                pending = []
                            ops.append(_font_operators(font, size, current_font))
                            current_font = font
                        pending.append(data)
            if pending:
                ops.append(f"({''.join(pending)}) Tj")
        self._end_text(ops, color, True, current_font, bold_now, bars)

    def _rows_in_visual_order(self, rows: Iterable[tuple[float, float, Sequence[Word]]], size: float,
                              color: tuple[float, float, float]) -> None:
        """``rows`` in a document with Hebrew or Arabic: each line reordered by the bidi algorithm
        (``bidi.placed``) and its characters drawn in reading order at their visual places, so the page
        reads right to left and the text layer in logical order."""
        from .bidi import placed

        stroking = self.fonts.synthetic_bold
        ops: list[str] = []
        current_font = None
        bold_now = False
        for x, y, words in rows:
            for glyphs in placed(words, self.fonts, self.right_to_left):
                ops.append(f"1 0 0 1 {x + glyphs.x * size:.2f} {y:.2f} Tm")
                if stroking and glyphs.bold != bold_now:
                    ops.append(f"2 Tr {size * 0.03:.3f} w" if glyphs.bold else "0 Tr")
                    bold_now = glyphs.bold
                for font, data in self._encode(glyphs.text, glyphs.bold):
                    if font != current_font:
                        ops.append(_font_operators(font, size, current_font))
                        current_font = font
                    ops.append(f"({data}) Tj")
        self._end_text(ops, color, stroking, current_font, bold_now, ())

    def stroke_width(self, width: float) -> None:
        """Set the width of the lines drawn next."""
        self.canvas.setLineWidth(width)

    def stroke_color(self, color: float | tuple[float, float, float]) -> None:
        """Set the colour of the lines drawn next: a grey level (0 black, 1 white) or an RGB triple."""
        if isinstance(color, tuple):
            self.canvas.setStrokeColorRGB(*color)
        else:
            self.canvas.setStrokeGray(color)

    def segment(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """Stroke a straight line in the current width and colour."""
        self.canvas.line(x1, y1, x2, y2)

    def rectangle(self, x: float, y: float, width: float, height: float) -> None:
        """Stroke a rectangle's outline (``x``, ``y`` its lower left corner)."""
        self.canvas.rect(x, y, width, height, stroke=1, fill=0)

    def segments(self, segments: Iterable[tuple[float, float, float, float]], width: float, grey: float,
                 dash: tuple[float, ...] = ()) -> None:
        """Stroke ``segments`` as one path in ``grey``, dashed if ``dash`` is given; the style is not kept."""
        segments = tuple(segments)
        if not segments:
            return
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(width)
        canvas.setStrokeGray(grey)
        if dash:
            canvas.setDash(list(dash))
        path = canvas.beginPath()
        for x1, y1, x2, y2 in segments:
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()

    def line(self, x: float, y: float, line: Line, size: float, color: tuple[float, float, float] = BLACK) -> None:
        """Draw one fitted line at ``x`` (its left end) and baseline ``y``."""
        self.words(x, y, line.words, size, color)

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left",
             color: tuple[float, float, float] = BLACK) -> float:
        """Draw a short single-line label; ``align`` places ``x`` at its left, centre or right. Returns its width."""
        from .fitting import words_of

        words = words_of(((text, bold),), self.fonts)
        width = (sum(word.width + word.space for word in words) - (words[-1].space if words else 0)) * size
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        self.words(x, y, words, size, color)
        return width

    # -- pictures -----------------------------------------------------------
    def picture(self, placed: "Placed", dx: float = 0.0, dy: float = 0.0) -> None:
        """Draw a placed picture, its lower left corner at its place shifted by ``dx``, ``dy``: a PNG or
        JPEG as an image (kept once per file), an SVG as vector shapes."""
        x, y = placed.x + dx, placed.y + dy
        if placed.width <= 0 or placed.height <= 0:
            return
        picture = placed.picture
        if not picture.svg:
            self.canvas.drawImage(_image(picture.path), x, y, placed.width, placed.height, mask="auto")
            return
        from reportlab.graphics import renderPDF

        from .pictures import svg_drawing
        from .svg_text import claim_font_names, with_drawable_text

        drawing = self._svgs.get(picture.path)
        if drawing is None:
            drawing = self._svgs[picture.path] = with_drawable_text(svg_drawing(picture.path), self.fonts)
        claim_font_names(self.fonts)
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(placed.width / picture.largest[0], placed.height / picture.largest[1])
        renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)
        canvas.restoreState()


def _mirrored(text: str) -> str:
    """The mirror images of the brackets in ``text`` (a bracket in right-to-left text is drawn mirrored)."""
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(char, "") for char in text)


_IMAGES: dict = {}


def _image(path):
    """reportlab's reader of a PNG or JPEG, one per file (named in the PDF by its content, not its path)."""
    from reportlab.lib.utils import ImageReader

    reader = _IMAGES.get(path)
    if reader is None:
        if len(_IMAGES) > 256:
            _IMAGES.clear()
        reader = _IMAGES[path] = ImageReader(str(path))
    return reader
