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
    """The file's bytes, or a clear error if it is missing, a folder or too big.

    The size is counted as the bytes arrive, not taken from the file system,
    so a device or a pipe that never ends (``/dev/zero``, ``yes |``) is cut off
    at the limit instead of filling the memory.
    """
    try:
        if path.is_dir():
            raise StudypackError(Problem("is a folder, not a file — name a pack file inside it", shown))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(f"is {size / 1048576:.0f} MB", shown)
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_big("is over " + _megabytes(MAX_FILE_BYTES), shown)
        return data
    except FileNotFoundError:
        raise StudypackError(Problem("no such file — check the name and folder", shown)) from None
    except PermissionError:
        raise StudypackError(Problem("cannot read the file (permission denied) — check its permissions", shown)) from None
    except OSError as error:
        raise StudypackError(Problem(f"cannot read the file ({error.strerror}) — check that it is a regular file", shown)) from None


def _too_big(size: str, shown: str) -> StudypackError:
    return StudypackError(
        Problem(f"the file {size}; the limit is {_megabytes(MAX_FILE_BYTES)} — split it into several packs", shown)
    )


def _megabytes(count: int) -> str:
    return f"{count // 1048576} MB" if count >= 1048576 else f"{count} bytes"


def decode_utf8(data: bytes, shown: str) -> str:
    """UTF-8 text with any BOM removed; a bad byte is named with its offset and place."""
    wide = wide_encoding(data)
    if wide is not None:
        raise StudypackError(
            Problem(f"the file is {wide} — save it as UTF-8 (Save As… → Encoding: UTF-8)", shown, 1, 1)
        )
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _unreadable(data, error.start, shown, "not UTF-8") from None


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
              (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
_SAMPLE = 512
"""Bytes looked at to tell UTF-16 or UTF-32 without a byte-order mark."""


def wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when ``data`` is in one of them, with or without a byte-order mark; else None.

    Without a mark, such text of mostly Latin letters shows as zero bytes in
    fixed places: every other byte for UTF-16, three bytes in four for UTF-32.
    """
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    head = data[:_SAMPLE]
    sample = head[:len(head) - len(head) % 4]
    if len(sample) < 4 or b"\x00" not in sample[:4]:
        return None
    zeros = [sample[place::4].count(0) / len(sample[place::4]) for place in range(4)]
    if min(zeros[1:]) > 0.9 or min(zeros[:3]) > 0.9:
        return "UTF-32"
    if min(zeros[1], zeros[3]) > 0.5 > max(zeros[0], zeros[2]) or min(zeros[0], zeros[2]) > 0.5 > max(zeros[1], zeros[3]):
        return "UTF-16"
    return None


def _unreadable(data: bytes, offset: int, shown: str, tried: str) -> StudypackError:
    line, column = position_of_byte(data, offset)
    return StudypackError(
        Problem(
            f"{tried}: byte 0x{data[offset]:02X} at byte offset {offset} cannot be read"
            " — save the file as UTF-8 (Save As… → Encoding: UTF-8)",
            shown,
            line,
            column,
        )
    )


def position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode_notes(data: bytes, shown: str) -> tuple[str, Problem | None]:
    """Text of a foreign notes file, and a warning when it was not UTF-8.

    Notes come from websites and old spreadsheets, so after UTF-8 (with or
    without a BOM) we try Windows-1252, the usual encoding of such files, and
    say so: a wrong guess shows as odd accents or quotes.
    """
    try:
        return decode_utf8(data, shown), None
    except StudypackError:
        if wide_encoding(data) is not None:
            raise
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _unreadable(data, error.start, shown, "neither UTF-8 nor Windows-1252") from None
    first_bad = _first_non_utf8(data)
    line, column = position_of_byte(data, first_bad)
    return text, Problem(
        f"not UTF-8 (byte 0x{data[first_bad]:02X} here), so it was read as Windows-1252"
        " — check accents and quotes, or save the file as UTF-8",
        shown,
        line,
        column,
    )


def _first_non_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return 0
