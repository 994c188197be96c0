"""The ``picture`` exercise: a card's front picture, and "what does it show?" — the card's title.

Options are other cards' titles: first those of cards with pictures (a picture
of the same sort of thing), then titles about as long as the answer; with fewer
than three such titles, the student writes the answer on a line instead.
"""
from __future__ import annotations

import random

from ....source.model import Card, Pack
from .questions import Picture

MIN_PICTURED = 3
"""Cards with pictures a pack needs before the exercise joins the default sections."""
WRONG_OPTIONS = 3
"""Wrong titles offered beside the right one."""


def has_pictures(pack: Pack) -> bool:
    """Whether enough cards have a front picture for the exercise to be on a worksheet by default."""
    return sum(1 for card in pack.cards if card.image is not None and card.quiz) >= MIN_PICTURED


def picture_questions(pack: Pack, cap: int, rng: random.Random) -> list[Picture]:
    """Up to ``cap`` questions, one per card with a front picture (``quiz: false`` cards left out), chosen at
    random; each with options where the pack has enough titles of its sort."""
    cards = [index for index, card in enumerate(pack.cards) if card.image is not None and card.quiz]
    chosen = sorted(rng.sample(cards, min(cap, len(cards))))
    return [_question(pack, index, rng) for index in chosen]


def _question(pack: Pack, index: int, rng: random.Random) -> Picture:
    card = pack.cards[index]
    wrong = _wrong_titles(pack, index, rng)
    options = (card.title, *wrong) if len(wrong) == WRONG_OPTIONS else ()
    return Picture(index, card.image, card.image_size, card.title, options, 0)


def _wrong_titles(pack: Pack, index: int, rng: random.Random) -> list[str]:
    """Up to WRONG_OPTIONS other titles, none the same as the answer: pictured cards' first, then titles of a
    similar length (in words), each group in a random order."""
    answer = pack.cards[index].title
    seen = {answer.casefold()}
    pictured, similar = [], []
    for other, card in enumerate(pack.cards):
        if other == index or card.title.casefold() in seen:
            continue
        seen.add(card.title.casefold())
        if card.image is not None:
            pictured.append(card.title)
        elif _similar(card, answer):
            similar.append(card.title)
    rng.shuffle(pictured)
    rng.shuffle(similar)
    return (pictured + similar)[:WRONG_OPTIONS]


def _similar(card: Card, answer: str) -> bool:
    """Whether ``card``'s title is about as long as ``answer`` (a word or two either way), so neither stands out."""
    return abs(len(card.title.split()) - len(answer.split())) <= 2
