"""``quizlet`` and ``csv``: one card a row, its title as the term and its points, joined with "; ",
as the definition.

Quizlet's import box takes ``term<TAB>definition`` lines and shows text as it
is, so key-term marks are left out there; the CSV keeps them as ``**term**``
(the marks ``studypack import`` reads), so a CSV reads back into an equal pack.
Dates and tags have no column in either; a ``;`` inside a point would read
back as a break between points. All of these are named in the one warning.
"""
from __future__ import annotations

import csv
import io

from ..source._scripts import plain_scripts
from ..source.inline import mark
from ..source.model import Card, Pack, Point
from ._base import Exported, Exporter, ExportOptions, Losses

POINT_JOINER = "; "
"""Between a card's points in the definition; the importers split definitions at ``;``."""


def write_quizlet(pack: Pack, options: ExportOptions) -> Exported:
    """``term<TAB>definition`` lines, plain text."""
    losses = Losses("Quizlet")
    lines = []
    for number, card in enumerate(pack.cards, start=1):
        if any(point.terms for point in card.points):
            losses.add("key-term marks left out, as Quizlet's import takes plain text", number)
        _note_losses(card, number, losses)
        lines.append(f"{card.title}\t{POINT_JOINER.join(point.text for point in card.points)}\n")
    return Exported(".txt", plain_scripts("".join(lines)).encode("utf-8"), losses.warnings(pack))


def write_csv(pack: Pack, options: ExportOptions) -> Exported:
    """``term,definition`` rows under that header, quoted where the CSV rules (RFC 4180) need it."""
    losses = Losses("CSV")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("term", "definition"))
    for number, card in enumerate(pack.cards, start=1):
        _note_losses(card, number, losses)
        writer.writerow((mark(Point(card.title)), POINT_JOINER.join(mark(point) for point in card.points)))
    return Exported(".csv", plain_scripts(buffer.getvalue()).encode("utf-8"), losses.warnings(pack))


def _note_losses(card: Card, number: int, losses: Losses) -> None:
    if card.date:
        losses.add("dates left out, as a row has only a term and a definition", number)
    if card.tags:
        losses.add("tags left out, as a row has only a term and a definition", number)
    if card.image is not None or card.back_image is not None:
        losses.add("pictures left out, as a row holds only text", number)
    if any(";" in point.text for point in card.points):
        losses.add("a “;” inside a point, which reads back as a break between two points", number)


QUIZLET = Exporter(name="quizlet", summary="term<TAB>definition lines for Quizlet's import box (.txt)",
                   suffix=".txt", write=write_quizlet)
CSV = Exporter(name="csv", summary="term,definition rows for a spreadsheet (.csv)", suffix=".csv", write=write_csv)
