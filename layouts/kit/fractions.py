"""Stacked fractions: a formula's ``\\frac`` set as numerator over a rule over denominator, in the line.

A point's text holds each fraction plain, ``(a+b)/c``, and its formula says
where the parts lie (``source.model.Fraction``). ``stacked_runs`` marks them in
the runs a layout sets; a face measures the marked form (``Face.width``) and
the document draws it (``Document.rows``). The parts are set at SCALE of the
size, as LaTeX sets a fraction inside a line of text, so a fraction stays within
the height of its line and the lines around it keep their leading. Its brackets
and slash are drawn invisible where they stand, so the text layer still reads
``(a+b)/c`` in order, for search, copy and screen readers.
"""
from __future__ import annotations

from typing import Sequence

from ...source._fractions import BAR, CLOSE, OPEN, unstacked
from ...source.model import Card, Point
from .scripts import has_right_to_left

SCALE = 0.65
"""The size of a numerator and a denominator, per point of the text's."""
NUMERATOR_RISE = 0.38
"""How far the numerator's baseline sits above the text's, per point of size."""
DENOMINATOR_DROP = 0.29
"""How far the denominator's baseline sits below the text's, per point of size."""
RULE_AXIS = 0.25
"""Height of the middle of the rule above the baseline, per point of size (the maths axis, where − sits)."""
RULE_THICKNESS = 0.04
"""The rule's thickness, per point of size."""
SIDE = 0.08
"""Room left and right of the rule, per point of size, so a fraction does not touch its neighbours."""
REACH = 0.03
"""How far the rule reaches past the wider part on each side, per point of size."""
# With these, a fraction with ascenders on top and descenders below spans about 0.84 above the baseline
# to 0.43 below it: inside the 1.15 leading of the tightest profile, between the descenders of the line
# above and the ascenders of the line below.

def stacked_runs(point: Point) -> tuple[tuple[str, bool], ...]:
    """The point's runs, each fraction of its formulas marked to be set stacked (a point with right-to-left
    text keeps its fractions plain: its lines are reordered character by character)."""
    runs = point.runs()
    if not any(formula.fractions for formula in point.formulas) or has_right_to_left(point.text):
        return runs
    spans = sorted((formula.start + fraction.start, formula.start + fraction.end,
                    formula.start + fraction.numerator[0], formula.start + fraction.numerator[1],
                    formula.start + fraction.denominator[0], formula.start + fraction.denominator[1])
                   for formula in point.formulas for fraction in formula.fractions)
    whole = point.text
    out: list[tuple[str, bool]] = []
    at = 0
    for text, bold in runs:
        end = at + len(text)
        pieces, cursor = [], at
        for start, stop, top_start, top_end, bottom_start, bottom_end in spans:
            if start >= cursor and stop <= end:
                pieces.append(whole[cursor:start])
                pieces.append(f"{OPEN}{whole[top_start:top_end]}{BAR}{whole[bottom_start:bottom_end]}{CLOSE}")
                cursor = stop
        pieces.append(whole[cursor:end])
        out.append(("".join(pieces), bold))
        at = end
    return tuple(out)


def stacked_title(card: Card) -> str:
    """The card's title with its fractions marked to be set stacked (a title is one bold run)."""
    return "".join(text for text, _ in stacked_runs(card.heading))


def segments(text: str) -> list[str | tuple[str, str]]:
    """Marked text cut into plain strings and (numerator, denominator) pairs, in order."""
    out: list[str | tuple[str, str]] = []
    position = 0
    while True:
        start = text.find(OPEN, position)
        if start < 0:
            break
        bar, close = text.find(BAR, start), text.find(CLOSE, start)
        if not start < bar < close:
            break  # (a mark left unclosed is set as it stands, never read again from the start)
        if start > position:
            out.append(text[position:start])
        out.append((text[start + 1:bar], text[bar + 1:close]))
        position = close + 1
    if position < len(text):
        out.append(text[position:])
    return out


def fraction_width(numerator: float, denominator: float) -> float:
    """A stacked fraction's advance at 1 pt, from its parts' widths at 1 pt (before scaling)."""
    return max(numerator, denominator) * SCALE + 2 * SIDE


def unmarked(text: str) -> str:
    """Marked text as the point has it, fractions plain (for lines drawn character by character)."""
    return unstacked(text)[0] if OPEN in text else text


def has_fraction(pieces: Sequence[tuple[str, bool]]) -> bool:
    """Whether a word's pieces hold a marked fraction."""
    return any(OPEN in text for text, _ in pieces)
