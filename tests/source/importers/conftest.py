"""Helpers shared by the importer tests: the fixtures folder and a pack's content without line numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _content(pack):
    """What a pack says, leaving out where it was (lines, path), so imported and loaded packs compare."""
    cards = tuple(
        (card.title, tuple((point.text, point.terms) for point in card.points), card.date, card.tags)
        for card in pack.cards
    )
    return pack.title, cards


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def content():
    return _content
