"""Reading profiles: every size and spacing that depends on ``--profile``, in one table.

A profile says how large text may get and how small it may shrink, for each
output. Layouts still keep floors of their own where print asks for more
(8 pt on card backs, 8 pt for a question to be written on); a profile's floor
only ever raises those.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """What one reading profile asks of every layout's text (sizes in points)."""

    name: str
    """The profile's name, as ``--profile`` takes it."""
    floor: float
    """Smallest text size anywhere (a layout may keep a higher floor of its own, such as 8 pt on card backs)."""
    leading: float
    """Smallest baseline-to-baseline distance, per point of size."""
    card_title: float
    """A card front's title size when it has room: fitting shrinks from it."""
    card_back: float
    """A card back's text size when it has room: fitting shrinks from it."""
    summary_body: float
    """The summary's largest body size: body text never grows past it; spare room becomes spacing."""
    worksheet_body: float
    """The worksheet's question text."""
    worksheet_heading: float
    """The worksheet's section headings."""
    worksheet_title: float
    """The worksheet's pack title."""
    worksheet_small: float
    """The worksheet's footers and labels (raised to ``floor`` where lower)."""
    worksheet_key: float
    """The answer key's body text (raised to ``floor`` where lower)."""
    worksheet_key_columns: int
    """Columns of the answer key."""


PROFILES: dict[str, Profile] = {
    profile.name: profile
    for profile in (
        Profile("standard", floor=7.0, leading=1.15, card_title=24.0, card_back=14.0, summary_body=12.0,
                worksheet_body=11.0, worksheet_heading=13.5, worksheet_title=18.0, worksheet_small=8.5,
                worksheet_key=10.0, worksheet_key_columns=2),
        Profile("large-print", floor=16.0, leading=1.25, card_title=32.0, card_back=20.0, summary_body=18.0,
                worksheet_body=16.0, worksheet_heading=20.0, worksheet_title=24.0, worksheet_small=16.0,
                worksheet_key=16.0, worksheet_key_columns=1),
        Profile("dyslexia", floor=12.0, leading=1.5, card_title=24.0, card_back=14.0, summary_body=14.0,
                worksheet_body=13.0, worksheet_heading=16.0, worksheet_title=20.0, worksheet_small=12.0,
                worksheet_key=12.0, worksheet_key_columns=2),
    )
}
"""Every profile by name. 7 pt is the legibility floor anywhere; large print means 16 pt and up;
dyslexia-friendly means 12 pt and up with 1.5 line spacing (and, in every profile, left aligned, no italics)."""

PROFILE_NAMES = tuple(PROFILES)
"""The names ``--profile`` accepts, the default first."""


def profile(name: str) -> Profile:
    """The profile called ``name``; an unknown name is a ValueError naming the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"no reading profile is called {name!r} — choose {', '.join(PROFILE_NAMES)}") from None
