"""Hyphenating a word too wide for its line, by its language's rules (pyphen's dictionaries).

Only a word of letters is hyphenated: numbers, units, formulas and anything
with notation in it (``10⁸``, ``mc²``, ``H₂O``) break, if they must, between
characters as before, never at a made-up syllable with a hyphen that would
read as a minus sign.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fitting import Word
    from .fonts import Fonts

HYPHEN = "-"
"""The hyphen shown at the end of a broken word's first part (every font has it)."""
FALLBACK_LANGUAGE = "en"
"""The rules used for a language pyphen has no dictionary for."""


def hyphenated(word: Word, limit: float, fonts: Fonts, language: str) -> tuple[Word, Word] | None:
    """``word`` cut at its last hyphenation point whose first part, hyphen added, fits ``limit``
    (width at 1 pt); None when it is not all letters or no such point exists."""
    from .fitting import Word

    if len(word.pieces) != 1:
        return None
    text, bold = word.pieces[0]
    if not text.isalpha():
        return None
    for position in reversed(_dictionary(language).positions(text)):
        head = text[:position] + HYPHEN
        width = fonts.width(head, bold)
        if width <= limit + 1e-9:
            tail = text[position:]
            return Word(((head, bold),), width, 0.0), Word(((tail, bold),), fonts.width(tail, bold), word.space)
    return None


@lru_cache(maxsize=8)
def _dictionary(language: str):
    import pyphen

    code = language.replace("-", "_")
    return pyphen.Pyphen(lang=pyphen.language_fallback(code) or FALLBACK_LANGUAGE)
