"""Card text as HTML fields: escaped, key terms in ``<b>``, points as a list.

Anki shows fields as HTML, so every ``<``, ``>`` and ``&`` in the pack's text
is escaped; the only tags are the ones written here.
"""
from __future__ import annotations

from html import escape

from ..source.model import Card, Point


def text_html(text: str) -> str:
    """Plain text, escaped."""
    return escape(text, quote=False)


def point_html(point: Point) -> str:
    """A point with its key terms in ``<b>``."""
    return "".join(f"<b>{text_html(text)}</b>" if is_term else text_html(text) for text, is_term in point.runs())


def points_html(card: Card) -> str:
    """The card's back: its points as a bulleted list."""
    return "<ul>" + "".join(f"<li>{point_html(point)}</li>" for point in card.points) + "</ul>"
