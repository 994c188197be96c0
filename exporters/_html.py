"""Card text as HTML fields: escaped, key terms in ``<b>``, points as a list, raised and lowered text in
``<sup>`` and ``<sub>``.

Anki, Moodle and Canvas show text as HTML, so every ``<``, ``>`` and ``&`` in
the pack's text is escaped; the only tags are the ones written here. Notation
reaches exporters as Unicode (H₂O, x², Na⁺); many fonts lack those forms, so in
HTML each run of them is written back as its base characters in ``<sup>`` or
``<sub>``, which every browser raises or lowers itself; for Anki, which sets LaTeX
with MathJax, a formula typed as ``$…$`` or ``\\ce{…}`` goes as that LaTeX. Text a student's answer
is compared with keeps the Unicode (``escaped``), as do the plain-text formats.
"""
from __future__ import annotations

import re
from html import escape

from ..source._scripts import SUBSCRIPT, SUPERSCRIPT
from ..source.model import Card, Point

_PREFERRED = {"-": "\u2212"}
"""A base character written for a form that several bases share: ⁻ and ₋ come from both - and −; the minus sign reads better."""


def _bases(forms: dict[str, str]) -> dict[str, str]:
    bases: dict[str, str] = {}
    for base, form in forms.items():
        bases.setdefault(form, _PREFERRED.get(base, base))
    return bases


_RAISED_BASE = _bases(SUPERSCRIPT)
_LOWERED_BASE = _bases(SUBSCRIPT)
_SCRIPT_RUN = re.compile(f"[{re.escape(''.join(_RAISED_BASE))}]+|[{re.escape(''.join(_LOWERED_BASE))}]+")


def escaped(text: str) -> str:
    """Plain text, escaped, characters kept as they are (for answers compared with what a student types)."""
    return escape(text, quote=False)


def text_html(text: str) -> str:
    """Plain text, escaped, each run of superscript or subscript forms in ``<sup>`` or ``<sub>``."""
    return _SCRIPT_RUN.sub(_tagged, escaped(text))


def _tagged(run: re.Match[str]) -> str:
    text = run.group()
    if text[0] in _RAISED_BASE:
        return "<sup>" + "".join(_RAISED_BASE[char] for char in text) + "</sup>"
    return "<sub>" + "".join(_LOWERED_BASE[char] for char in text) + "</sub>"


def point_html(point: Point, mathjax: bool = False) -> str:
    """A point with its key terms in ``<b>``; with ``mathjax``, each formula typed as ``$…$`` or ``\\ce{…}``
    as the LaTeX it was typed in, between ``\\(`` and ``\\)``, for a target that sets it with MathJax."""
    out: list[str] = []
    at = 0
    for text, is_term in point.runs():
        html = _run_html(text, at, point.formulas if mathjax else ())
        out.append(f"<b>{html}</b>" if is_term else html)
        at += len(text)
    return "".join(out)


def _run_html(text: str, at: int, formulas) -> str:
    """A run starting at ``at`` in its point, with the ``formulas`` that lie inside it as MathJax."""
    out: list[str] = []
    cursor = at
    for formula in formulas:
        if formula.start >= cursor and formula.end <= at + len(text):
            out.append(text_html(text[cursor - at:formula.start - at]))
            out.append(f"\\({escaped(formula.latex)}\\)")
            cursor = formula.end
    out.append(text_html(text[cursor - at:]))
    return "".join(out)


def points_html(card: Card, mathjax: bool = False) -> str:
    """The card's back: its points as a bulleted list."""
    return "<ul>" + "".join(f"<li>{point_html(point, mathjax)}</li>" for point in card.points) + "</ul>"


def picture_html(name: str) -> str:
    """An ``<img>`` showing the picture stored as ``name`` beside the text."""
    return f'<img src="{escape(name)}">'
