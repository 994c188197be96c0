"""A card's picture checked when the pack is loaded: there, a regular file, PNG, JPEG or SVG, not too big.

Checking at load time means a wrong path is a located error before any PDF is
started. PNG and JPEG headers are read here for their pixel size, so the
layouts can warn when a picture would print blurred, without an image library.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAX_IMAGE_BYTES = 20 * 1024 * 1024
"""A bigger picture than this is a photo straight off a camera: it would bloat every PDF it is printed in."""
KINDS = ("PNG", "JPEG", "SVG")
_HEAD = 64 * 1024
"""Bytes read to tell the kind and the size: JPEG's size marker can come after a long EXIF block."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture file that passed the checks."""

    path: Path
    """The file, resolved against the pack's folder."""
    kind: str
    """One of KINDS, from the file's first bytes (not its name)."""
    size: tuple[int, int] | None
    """Width and height in pixels (PNG, JPEG); None for SVG, which has no pixels."""


class PictureError(ValueError):
    """The picture cannot be used; the message says why and how to fix it."""


def check_picture(typed: str, folder: Path) -> Picture:
    """The picture ``typed`` (relative to ``folder``, the pack's) checked; PictureError says what is wrong."""
    path = (folder / typed).resolve()
    try:
        if not path.exists():
            raise PictureError(f"no file {typed} beside the pack (looked for {path}) — check the name, or give the"
                               " path relative to the pack file")
        if not path.is_file():
            raise PictureError(f"{typed} is not a file — give the path of a PNG, JPEG or SVG picture")
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise PictureError(f"{typed} is {size / 1024 / 1024:.1f} MB; the most is {MAX_IMAGE_BYTES // 1024 // 1024} MB"
                               " — save it smaller (a card needs at most about 1500 pixels across)")
        with path.open("rb") as file:
            head = file.read(_HEAD)
    except OSError as error:
        raise PictureError(f"{typed} cannot be read ({error.strerror or 'unreadable'}) — check its permissions") from None
    kind = picture_kind(head)
    if kind is None:
        raise PictureError(f"{typed} is not a PNG, JPEG or SVG picture (by its content) — save it as one of those")
    return Picture(path, kind, pixel_size(head, kind))


def picture_kind(head: bytes) -> str | None:
    """PNG, JPEG or SVG from a file's first bytes; None for anything else."""
    if head.startswith(b"\x89PNG"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if (text.startswith(b"<?xml") or text.startswith(b"<svg")) and b"<svg" in text:
        return "SVG"
    return None


def pixel_size(head: bytes, kind: str) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR or a JPEG's start-of-frame marker; None when they are not there."""
    if kind == "PNG":
        if len(head) >= 24 and head[12:16] == b"IHDR":
            width, height = struct.unpack(">II", head[16:24])
            return (width, height) if width and height else None
        return None
    if kind == "JPEG":
        return _jpeg_size(head)
    return None


_START_OF_FRAME = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 4 <= len(head):
        if head[position] != 0xFF:
            return None
        marker = head[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers with no length
            position += 2
            continue
        length = int.from_bytes(head[position + 2:position + 4], "big")
        if marker in _START_OF_FRAME:
            if position + 9 > len(head):
                return None
            height, width = struct.unpack(">HH", head[position + 5:position + 9])
            return (width, height) if width and height else None
        position += 2 + length
    return None
