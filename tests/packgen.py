"""Deterministic synthetic packs for tests and benchmarks.

Titles of 3–6 words, 2–6 points of 8–22 words, some words marked as key
terms, years and numbers sprinkled in: close enough to real revision cards
to exercise fitting, and the same for the same arguments on every machine.
"""
from __future__ import annotations

import random

_WORDS = (
    "reform industry party congress policy speech leader economy grain housing ministry region "
    "planning workers peasants support opposition power state soviet union western capitalist "
    "rival military spending consumer goods quality education students science technology space "
    "satellite trade pensions wages conditions living standards decree committee members rule "
    "change culture privilege complacency conspiracy sacking command forces history revision"
).split()
_NAMES = ("Khrushchev", "Stalin", "Malenkov", "Molotov", "Zhukov", "Bulganin", "Gosplan", "Politburo", "Presidium", "Moscow")


def _sentence(rng: random.Random, words: int) -> str:
    out = []
    for index in range(words):
        roll = rng.random()
        if roll < 0.08:
            out.append(f"**{rng.randint(1917, 1991)}**")
        elif roll < 0.14:
            out.append(f"**{rng.choice(_NAMES)}**")
        elif roll < 0.18:
            out.append(str(rng.randint(2, 900)))
        else:
            out.append(rng.choice(_WORDS))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def pack_yaml(cards: int, seed: int = 1, title: str = "Synthetic pack", points: tuple[int, int] = (2, 6),
              words: tuple[int, int] = (8, 22)) -> str:
    """A pack of ``cards`` cards as YAML text."""
    rng = random.Random(seed)
    lines = [f"title: {title}", "subject: Testing", "cards:"]
    for number in range(1, cards + 1):
        card_title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 6))).capitalize()
        lines.append(f"  - title: {card_title} {number}")
        lines.append(f"    date: {rng.randint(1917, 1991)}")
        lines.append("    points:")
        for _ in range(rng.randint(*points)):
            lines.append(f'      - "{_sentence(rng, rng.randint(*words))}"')
    return "\n".join(lines) + "\n"


def write_pack(folder, name: str, cards: int, **options) -> "Path":
    """Write ``pack_yaml(cards, ...)`` to ``folder/name.yaml`` and return its path."""
    from pathlib import Path

    path = Path(folder) / f"{name}.yaml"
    path.write_text(pack_yaml(cards, **options), encoding="utf-8")
    return path
