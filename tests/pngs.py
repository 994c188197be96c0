"""Small real PNGs for tests, written with zlib and struct only (no imaging library)."""
from __future__ import annotations

import struct
import zlib


def png(width: int, height: int, shade: int = 0) -> bytes:
    """A decodable grey PNG of ``width`` × ``height`` pixels; each ``shade`` gives different bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\0" + bytes([shade]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
