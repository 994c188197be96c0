"""Fractions in a formula: marked while the maths is read, then written out plain, with where they lie.

``\\frac{a+b}{c}`` is read as ``OPEN a+b BAR c CLOSE``; ``unstacked`` turns that
into the text every reader of a point sees, ``(a+b)/c``, and says where the
numerator and denominator are in it, so a layout can set the fraction stacked
while worksheets, exports and the text layer keep the plain form.
"""
from __future__ import annotations

from .model import Fraction

OPEN, BAR, CLOSE = "\ue0f0", "\ue0f1", "\ue0f2"
"""Private-use characters that mark a fraction in the maths reader's output (never in a point's text), apart from the
script forms of our own (U+E000 to U+E07F: the subscript b of "f~objective~" is U+E000, and read as a fraction's
opening it would leave a fraction never closed)."""


_DIGITS = frozenset("0123456789")
"""The digits of a whole number (not ``²``, which ``str.isdigit`` counts too)."""


def marked(numerator: str, denominator: str) -> str:
    """A fraction as the maths reader writes it, for ``unstacked`` to read."""
    return f"{OPEN}{numerator}{BAR}{denominator}{CLOSE}"


def single_token(text: str) -> bool:
    """Whether ``text`` reads as one thing without brackets: a number, a word, a letter with its marks."""
    return bool(text) and all(char.isalnum() or char in ".′" or "\u0300" <= char <= "\u036f"
                              or "\u20d0" <= char <= "\u20ff" for char in text)


def unstacked(text: str) -> tuple[str, tuple[Fraction, ...]]:
    """``text`` with each marked fraction written ``a/b`` (a part that is not one token in brackets), and where
    each outermost fraction and its parts lie in the result; fractions inside a fraction are left plain."""
    if OPEN not in text:
        return text, ()
    out: list[str] = []
    fractions: list[Fraction] = []
    length = index = 0
    while index < len(text):
        char = text[index]
        if char != OPEN:
            out.append(char)
            length += 1
            index += 1
            continue
        bar, close = _parts(text, index)
        numerator, denominator = unstacked(text[index + 1:bar])[0], unstacked(text[bar + 1:close])[0]
        if out and out[-1][-1:] in _DIGITS and numerator[:1] in _DIGITS:
            out.append(" ")  # a mixed number, "2\frac{2}{7}": written plain as "2 2/7", never "22/7"
            length += 1
        before, between, after = around(numerator, denominator)
        written = before + numerator + between + denominator + after
        top_start = length + len(before)
        bottom_start = top_start + len(numerator) + len(between)
        fractions.append(Fraction(length, length + len(written), (top_start, top_start + len(numerator)),
                                  (bottom_start, bottom_start + len(denominator))))
        out.append(written)
        length += len(written)
        index = close + 1
    return "".join(out), tuple(fractions)


def around(numerator: str, denominator: str) -> tuple[str, str, str]:
    """What a fraction is written with in plain text: before the numerator, between the parts, and after the
    denominator (``(``, ``)/(``, ``)`` where a part is more than one token; else just the ``/``)."""
    before = "" if single_token(numerator) else "("
    after = "" if single_token(denominator) else ")"
    return before, (")" if before else "") + "/" + ("(" if after else ""), after


def _parts(text: str, start: int) -> tuple[int, int]:
    """The index of the BAR and of the CLOSE of the fraction opened at ``start``."""
    depth, bar = 0, -1
    for index in range(start, len(text)):
        char = text[index]
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth -= 1
            if depth == 0:
                return bar, index
        elif char == BAR and depth == 1:
            bar = index
    raise AssertionError("a fraction the maths reader marked is not closed")  # the reader always closes them
