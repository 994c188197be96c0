"""Right-to-left lines: where each character of a fitted line goes, by the Unicode bidi algorithm.

Lines are broken on the text in logical (reading) order, as every other
script; only then is each line reordered for display. ``placed`` says, for
each character in logical order, where along the line it is drawn, so the
document can draw the characters in reading order at their visual places:
the page shows Hebrew and Arabic right to left (with numbers and Latin
words inside them left to right), and the PDF's text layer, which follows
the drawing order, reads in logical order for search and copy.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from .fitting import Word
from .fractions import unmarked
from .fonts import Fonts


class Glyphs(NamedTuple):
    """Characters drawn together, left to right from ``x``."""

    x: float
    """Where the first is drawn, from the line's left end, at 1 pt."""
    text: str
    """The characters as drawn (a bracket inside right-to-left text is mirrored)."""
    bold: bool
    """Whether they are set in the bold face."""


def placed(words: Sequence[Word], fonts: Fonts, right_to_left: bool | None) -> tuple[Glyphs, ...]:
    """The line of ``words`` as runs of characters in logical order, each with its place along the line.

    ``right_to_left`` is the paragraph's direction: True for a right-to-left pack, False for a
    left-to-right one, None to take it from the line's first strong character (rules P2, P3). A run is
    what reads left to right without a gap (a Latin word, a number); right-to-left characters are runs of one.
    """
    chars: list[tuple[str, bool, float]] = []
    last = len(words) - 1
    for index, word in enumerate(words):
        for text, bold in word.pieces:
            chars.extend((char, bold, fonts.width(char, bold)) for char in unmarked(text))  # a fraction set a/b here
        if index < last and word.space:
            chars.append((" ", word.pieces[-1][1], word.space))
    visual = _visual_order("".join(char for char, _, _ in chars), right_to_left)
    x_of = [0.0] * len(chars)
    drawn = [""] * len(chars)
    x = 0.0
    for logical, char in visual:
        x_of[logical], drawn[logical] = x, char
        x += chars[logical][2]
    runs: list[Glyphs] = []
    for logical, (_, bold, width) in enumerate(chars):
        if runs and runs[-1].bold == bold and abs(end - x_of[logical]) < 1e-9:
            runs[-1] = Glyphs(runs[-1].x, runs[-1].text + drawn[logical], bold)
        else:
            runs.append(Glyphs(x_of[logical], drawn[logical], bold))
        end = x_of[logical] + width
    return tuple(runs)


def _visual_order(text: str, right_to_left: bool | None) -> list[tuple[int, str]]:
    """(logical index, character as drawn) of every character of ``text``, left to right on the page."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    level = algorithm.get_base_level(text) if right_to_left is None else int(right_to_left)
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["logical"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return [(char["logical"], char["ch"]) for char in storage["chars"]]
