"""The loader's limits applied to an imported pack, so import never writes a pack that build refuses."""
from __future__ import annotations

from ...errors import Problem
from .. import loader
from ..model import Pack
from ._base import quoted_text


def over_limits(pack: Pack, shown: str) -> list[Problem]:
    """A problem for each card or text beyond what the loader accepts (``loader.MAX_CARDS``, ``loader.MAX_TEXT``)."""
    if len(pack.cards) > loader.MAX_CARDS:
        return [Problem(f"the notes hold {len(pack.cards):,} cards; a pack holds at most {loader.MAX_CARDS:,}"
                        " — split the notes into several files, one per topic", shown)]
    problems = []
    most = f"a pack's text holds at most {loader.MAX_TEXT:,}"
    if len(pack.title) > loader.MAX_TEXT:
        problems.append(Problem(f"the pack's title is {len(pack.title):,} characters long; {most} — shorten it", shown))
    for number, card in enumerate(pack.cards, start=1):
        where = f"card {number} {quoted_text(card.title)}"
        if len(card.title) > loader.MAX_TEXT:
            problems.append(Problem(f"{where}: the title is {len(card.title):,} characters long; {most} — shorten it",
                                    shown, card.line))
        problems.extend(
            Problem(f"{where}: point {index} is {len(point.text):,} characters long; {most}"
                    " — split it into several points", shown, point.line or card.line)
            for index, point in enumerate(card.points, start=1) if len(point.text) > loader.MAX_TEXT
        )
    return problems
