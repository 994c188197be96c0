"""Pictures named by foreign notes (``<img src>``, ``![alt](path)``) found in the folder they were exported with.

A picture that is there becomes the card's ``image:`` (or ``back_image:``);
one that is not, or that is not a PNG, JPEG or SVG, is a warning: the text is
still imported.
"""
from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from pathlib import Path
from urllib.parse import unquote

from ..images import Picture, PictureError, check_picture
from ..model import Card
from ._base import Findings

_IMG = re.compile(r"<img\s[^<>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^<>]*>", re.IGNORECASE)


def picture_sources(html: str) -> list[str]:
    """The ``src`` of each ``<img>`` in ``html``, entities decoded, in order."""
    return [unescape(next(group for group in match.groups() if group is not None)) for match in _IMG.finditer(html)]


def without_pictures(html: str) -> str:
    """``html`` with its ``<img>`` tags removed (their pictures are taken separately)."""
    return _IMG.sub(" ", html)


def found_picture(source: str, folder: Path, findings: Findings, line: int | None) -> Picture | None:
    """The picture file ``source`` names, in ``folder``; None, with a warning, when it cannot be used."""
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        findings.warn(f"the picture {source} is on the web, not in the media folder — left out; save it beside the"
                      " pack and add `image: name.png` to the card", line)
        return None
    try:
        return check_picture(unquote(source), folder)
    except PictureError as error:
        findings.warn(f"picture left out: {error}; or name the folder that holds the export's pictures with --media",
                      line)
        return None


def with_pictures(card: Card, front: list[Picture | None], back: list[Picture | None]) -> Card:
    """``card`` with the first usable picture of each side."""
    image = next(filter(None, front), None)
    back_image = next(filter(None, back), None)
    return replace(card, image=image and image.path, image_size=image and image.size,
                   back_image=back_image and back_image.path, back_image_size=back_image and back_image.size)
