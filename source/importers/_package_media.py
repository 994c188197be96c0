"""The pictures inside an Anki package, found by the names the notes' ``<img src>`` give.

A package's ``media`` member maps each media file's name to the zip member
holding it: JSON (``{"0": "name.png"}``) in legacy packages; in the newest
(Anki 2.1.50 on, with ``collection.anki21b``) a zstd-compressed protobuf list
whose members are zstd-compressed too. A picture is taken when it is a PNG,
JPEG or SVG by its bytes and not over the size a pack accepts; it is written
under a name that is one safe file-name part (Anki's names can hold anything).
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import NamedTuple
from urllib.parse import unquote

import zstandard

from ..images import MAX_IMAGE_BYTES, KINDS, Picture, picture_kind, pixel_size
from ._base import Findings, MediaFile

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


class PackageMedia:
    """The package's media files, taken as the notes name them; each picture is written once."""

    def __init__(self, archive: zipfile.ZipFile, findings: Findings):
        self._archive = archive
        self._members, self._compressed = _media_list(archive, findings)
        self._taken: dict[str, MediaFile] = {}
        self._pictures: dict[str, Picture | None] = {}
        self._taken_members: set[str] = set()

    def picture(self, source: str, own: Findings) -> Picture | None:
        """The picture ``source`` (an ``<img src>``) names, as ``Path(its written name)``; None, with a warning in
        ``own``, when the package lacks it or it cannot be a card's picture."""
        name = unquote(source)
        if name not in self._pictures:
            self._pictures[name] = self._read(name, own)
        return self._pictures[name]

    @property
    def files(self) -> tuple[MediaFile, ...]:
        """Every picture taken, in the order first named."""
        return tuple(self._taken.values())

    @property
    def unused(self) -> int:
        """How many of the package's media files (listed, or members named by a number) no card takes."""
        every = set(self._members.values()) | {name for name in self._archive.namelist() if name.isdigit()}
        return len(every - self._taken_members)

    def _read(self, name: str, own: Findings) -> Picture | None:
        member = self._members.get(name)
        if member is None:
            own.warn(f"the picture {name} is not in the package — left out; add `image: name.png` to the card"
                     " once you have the file")
            return None
        try:
            data = _member_bytes(self._archive, member, self._compressed)
        except _Unusable as unusable:
            own.warn(f"the picture {name} {unusable} — left out; add `image: name.png` to the card once you have"
                     " a usable file")
            return None
        kind = picture_kind(data[:64 * 1024])
        if kind is None:
            own.warn(f"the picture {name} is not a {', '.join(KINDS[:-1])} or {KINDS[-1]} picture (by its content)"
                     " — left out; save it as one of those and add `image: name.png` to the card")
            return None
        written = self._unique(_safe_name(name))
        self._taken[written] = MediaFile(written, data)
        self._taken_members.add(member)
        return Picture(Path(written), kind, pixel_size(data[:64 * 1024], kind))

    def _unique(self, name: str) -> str:
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        candidate, number = name, 1
        while candidate.casefold() in {taken.casefold() for taken in self._taken}:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
        return candidate


def _safe_name(name: str) -> str:
    """One file-name part: no folders, no leading dot, none of the characters some systems refuse."""
    part = _UNSAFE.sub("-", name).strip(" .-")
    return part[-120:] or "picture"


class _Unusable(Exception):
    """Why a media file cannot be taken, as the end of a sentence starting with its name."""


class _Entry(NamedTuple):
    name: str
    member: str


def _media_list(archive: zipfile.ZipFile, findings: Findings) -> tuple[dict[str, str], bool]:
    """Each media file's name to its zip member, and whether members are zstd-compressed; empty when unreadable."""
    try:
        data = archive.read("media")
    except KeyError:
        return {}, False
    compressed = data.startswith(_ZSTD_MAGIC)
    try:
        if compressed:
            entries = _protobuf_entries(_decompressed(data, None) or b"")
        else:
            entries = [_Entry(name, member) for member, name in json.loads(data or b"{}").items()]
    except (ValueError, zstandard.ZstdError, UnicodeDecodeError):
        findings.warn("the package's media list cannot be read — its pictures are left out; the notes' text is"
                      " imported")
        return {}, compressed
    return {entry.name: entry.member for entry in entries if isinstance(entry.name, str)}, compressed


def _protobuf_entries(data: bytes) -> list[_Entry]:
    """Anki's ``MediaEntries``: repeated field 1, each with its name (field 1) and, in some, its member (255)."""
    entries = []
    for index, (_, value) in enumerate(item for item in _fields(data) if item[0] == 1):
        if not isinstance(value, bytes):
            raise ValueError("a media entry is not a message")
        name, member = None, str(index)
        for inner, inner_value in _fields(value):
            if inner == 1 and isinstance(inner_value, bytes):
                name = inner_value.decode("utf-8")
            elif inner == 255:
                member = str(inner_value)
        if name is not None:
            entries.append(_Entry(name, member))
    return entries


def _fields(data: bytes):
    """(field number, value) of each protobuf field: an int for varints, bytes for length-delimited ones."""
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(data, position)
        elif wire == 2:
            length, position = _varint(data, position)
            value, position = data[position:position + length], position + length
            if len(value) != length:
                raise ValueError("a field runs past the end")
        else:
            raise ValueError(f"wire type {wire} is not one Anki's media list uses")
        yield field, value


def _varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise ValueError("a number runs past the end")
        byte = data[position]
        value |= (byte & 0x7F) << shift
        position, shift = position + 1, shift + 7
        if not byte & 0x80:
            return value, position


def _member_bytes(archive: zipfile.ZipFile, member: str, compressed: bool) -> bytes:
    """The file's bytes; _Unusable when missing, damaged or over the size a pack accepts."""
    too_big = _Unusable(f"is over {MAX_IMAGE_BYTES // 1024 // 1024} MB, the most a pack's picture may be")
    try:
        info = archive.getinfo(member)
        if not compressed and info.file_size > MAX_IMAGE_BYTES:
            raise too_big
        data = archive.read(info)
        if compressed:
            data = _decompressed(data, MAX_IMAGE_BYTES)
    except KeyError:
        raise _Unusable(f"is listed in the package's media, but its file {member} is not there") from None
    except (zipfile.BadZipFile, zstandard.ZstdError, OSError, EOFError) as error:
        raise _Unusable(f"cannot be read from the package ({error})") from None
    if data is None:
        raise too_big
    return data


def _decompressed(data: bytes, limit: int | None) -> bytes | None:
    """zstd data decompressed; None past ``limit`` bytes."""
    chunks, size = [], 0
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)) as reader:
        while chunk := reader.read(1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if limit is not None and size > limit:
                return None
    return b"".join(chunks)
