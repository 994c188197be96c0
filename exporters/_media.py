"""A card's picture as an export carries it: its bytes and a name that is safe and unique wherever it lands.

Anki keeps every deck's pictures in one media folder, and Moodle files sit beside
other questions' files, so a picture's name there must not clash with another
picture's: it is the original name's plain letters plus a short hash of the
bytes, with the suffix of the kind the bytes are (``photo-3f9a1c2b4d5e.png``).
The same picture gets the same name on every run, and two cards sharing a
picture share one file.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import NamedTuple

from ..errors import Problem, StudypackError
from ..source.images import picture_kind

_SUFFIXES = {"PNG": ".png", "JPEG": ".jpg", "SVG": ".svg"}
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_STEM_LIMIT = 40


class MediaFile(NamedTuple):
    """A picture as an export holds it."""

    name: str
    """Its file name in the export: ASCII letters, digits, ``_``, ``-``, a hash and the suffix."""
    data: bytes
    """The picture's bytes, unchanged."""


def media_file(path: Path, pack_path: str, line: int | None = None) -> MediaFile:
    """The picture at ``path`` (a card's ``image:``), named for export; StudypackError when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise StudypackError(Problem(f"the picture {path} cannot be read ({error.strerror or 'unreadable'}) — check"
                                     " that it is still there and readable", pack_path, line)) from None
    return MediaFile(media_name(Path(path).name, data), data)


def media_name(original: str, data: bytes) -> str:
    """``original``'s safe stem, 12 hex digits of the bytes' SHA-256, and the suffix of the bytes' kind."""
    path = Path(original)
    kind = picture_kind(data[:64 * 1024])
    if kind is not None:
        suffix = _SUFFIXES[kind]
    else:  # not a picture kind by its bytes (a pack made in code): keep the typed suffix's letters
        typed = _UNSAFE.sub("", path.suffix.lower())[:8]
        suffix = f".{typed}" if typed else ""
    stem = _UNSAFE.sub("-", path.stem).strip("-")[:_STEM_LIMIT] or "picture"
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"


class MediaFiles:
    """The pictures one export holds, each once, in the order first met (so the export's bytes are fixed)."""

    def __init__(self, pack_path: str):
        self._pack_path = pack_path
        self._names: dict[Path, str] = {}
        self._files: dict[str, MediaFile] = {}

    def add(self, path: Path, line: int | None = None) -> str:
        """The name the picture at ``path`` has in the export, reading it the first time it is met."""
        if path not in self._names:
            file = media_file(path, self._pack_path, line)
            self._names[path] = file.name
            self._files.setdefault(file.name, file)
        return self._names[path]

    @property
    def files(self) -> tuple[MediaFile, ...]:
        """Every picture added, in the order first met."""
        return tuple(self._files.values())
