"""A noun's grammatical gender on a flashcard's front: from ``gender:``, or from the article in its title.

The mark is the dictionary abbreviation (m., f., n.) in bold, in the header's
grey, beside the card number: letters read the same in colour, in greyscale
and to a colour-blind student, where a coloured dot alone would not.
"""
from __future__ import annotations

import re

from ...source.model import Card

ARTICLES = {
    "fr": {"le": "m", "la": "f", "un": "m", "une": "f"},
    "de": {"der": "m", "die": "f", "das": "n", "ein": "", "eine": "f"},
    "es": {"el": "m", "la": "f", "un": "m", "una": "f"},
    "it": {"il": "m", "lo": "m", "la": "f", "un": "m", "uno": "m", "una": "f"},
    "pt": {"o": "m", "a": "f", "um": "m", "uma": "f"},
    "nl": {"het": "n"},
}
"""Per language (the pack's ``lang:``), the articles that show a singular noun's gender. Plurals (les, los),
elided forms (l') and articles shared by two genders (Dutch de, German ein) say nothing."""

_GLOSSED = re.compile(r"\S\s+[–—-]\s+\S")
"""A point that pairs a word with its meaning ("la fruta – fruit"): a card of several is a topic's word list."""

MARKS = {"m": "m.", "f": "f.", "n": "n."}
"""The mark printed for each gender."""


def gender_mark(card: Card, lang: str | None) -> str:
    """The gender mark for ``card``'s front: its ``gender:``, else its title's article in the pack's language,
    else "" (no mark)."""
    if card.gender:
        return MARKS[card.gender]
    articles = ARTICLES.get((lang or "").split("-")[0].split("_")[0].lower())
    words = card.title.split(maxsplit=1)
    if not articles or len(words) < 2 or sum(1 for point in card.points if _GLOSSED.search(point.text)) >= 2:
        return ""  # "La comida sana" over "la fruta – fruit", "el pescado – fish": a topic, no word to learn
    return MARKS.get(articles.get(words[0].lower(), ""), "")
