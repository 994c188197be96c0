"""Which way round the cards are printed (``--direction``): a reversed card asks for the title.

A reversed card is an ordinary card with its faces swapped, so it goes through
the same imposition and lines up duplex like any other: its front carries the
usual header and the back's points, set as on a back but in the front's box
under the header; its back carries the title, set as on a front but in the
back's whole box. ``both`` prints every card forward, then every card reversed,
so the two decks can be cut and kept apart.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import NamedTuple, Sequence

from ...source.model import Card
from ..kit.document import Document
from ..kit.fitting import Word
from ..kit.page import Rect
from ..kit.second_core import split_map
from ..kit.fractions import stacked_runs, stacked_title
from .faces import FaceGeometry, FaceSpec, SetText, draw_back, draw_front, set_back, set_title, width_of


class ReversedFaces(NamedTuple):
    """One part of a reversed card, set."""

    points: SetText
    """The back's points (or a part of them), for the front face."""
    title: SetText
    """The title (with the continuation mark after the first part), for the back face."""


def set_reversed(card: Card, geo: FaceGeometry, spec: FaceSpec, fonts, cont: str) -> tuple[ReversedFaces, ...]:
    """One card reversed: its points fitted into the front's box (continued on more cards if they must be), and the
    title for each part fitted into the back's box. Pure, so cards can be set on two cores."""
    title = stacked_title(card)
    parts, _ = set_back([stacked_runs(point) for point in card.points], geo.title_box, spec.back, fonts, spec.short_back)
    faces = []
    for index, points in enumerate(parts):
        text = title if not index else f"{title} {cont}"
        faces.append(ReversedFaces(points, set_title(text, geo.back_box, spec.title, fonts)[0]))
    return tuple(faces)


def reversed_cards(cards: Sequence[Card], geo: FaceGeometry, spec: FaceSpec, fonts,
                   cont: str) -> list[tuple[int, ReversedFaces]]:
    """Every card reversed, as (card number from 1, faces) in print order, continuations after their card."""
    faces = split_map(partial(set_reversed, geo=geo, spec=spec, fonts=fonts, cont=cont), cards)
    return [(number, part) for number, parts in enumerate(faces, start=1) for part in parts]


_NO_TITLE = SetText(0.0, 0.0, (), b"")


def draw_points_front(doc: Document, card: Rect, points: SetText, header: Sequence[Word], label: str, bullet: Word,
                      geo: FaceGeometry, spec: FaceSpec) -> None:
    """A reversed card's front: the usual header, and the points where the title would be."""
    draw_front(doc, card, _NO_TITLE, header, label, geo, spec)
    draw_back(doc, card, points, bullet, replace(geo, back_box=geo.title_box), spec.back)


def draw_title_back(doc: Document, card: Rect, title: SetText, geo: FaceGeometry, spec: FaceSpec) -> None:
    """A reversed card's back: the title, centred in the back's box, with no header."""
    box = geo.back_box.shifted(card.x, card.y)
    size = title.size
    top = box.y + (box.height + title.height) / 2 - doc.fonts.ascent * size
    centre = box.x + box.width / 2
    step = spec.title.leading * size
    doc.rows([(centre - width_of(words) * size / 2, top - index * step, words)
              for index, (_, words) in enumerate(title.rows())], size)
