"""Reading a pack file's bytes into text, with located errors.

Separate from YAML parsing so that importers share the same checks.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import Problem, StudypackError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger files are refused before reading: no pack or notes file is this big."""

_UTF8_BOM = b"\xef\xbb\xbf"


def read_bytes(path: Path, shown: str) -> bytes:
    """The file's bytes, or a clear error if it is missing, a folder or too big."""
    try:
        if path.is_dir():
            raise StudypackError(Problem("is a folder, not a file — name a pack file inside it", shown))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise StudypackError(
                Problem(
                    f"the file is {size / 1048576:.0f} MB; the limit is {MAX_FILE_BYTES // 1048576} MB"
                    " — split it into several packs",
                    shown,
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise StudypackError(Problem("no such file — check the name and folder", shown)) from None
    except PermissionError:
        raise StudypackError(Problem("cannot read the file (permission denied) — check its permissions", shown)) from None
    except OSError as error:
        raise StudypackError(Problem(f"cannot read the file ({error.strerror}) — check that it is a regular file", shown)) from None


def decode_utf8(data: bytes, shown: str) -> str:
    """UTF-8 text with any BOM removed; a bad byte is named with its offset and place."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise StudypackError(
            Problem("the file is UTF-16 — save it as UTF-8 (Save As… → Encoding: UTF-8)", shown, 1, 1)
        )
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = position_of_byte(data, error.start)
        raise StudypackError(
            Problem(
                f"not UTF-8: byte 0x{data[error.start]:02X} at byte offset {error.start} cannot be read"
                " — save the file as UTF-8 (Save As… → Encoding: UTF-8)",
                shown,
                line,
                column,
            )
        ) from None


def position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column
