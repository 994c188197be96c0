"""A zip whose bytes depend only on what is in it, for the formats that are zips (.apkg, QTI, .xlsx).

``zipfile`` stamps each member with the current time and the platform it runs
on; here every member gets one fixed date, the Unix creator and ordinary file
permissions, so the same pack gives the same file on every run and machine.
"""
from __future__ import annotations

import io
import zipfile
from typing import Iterable

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
"""Every member's date: the earliest a zip can hold."""


def fixed_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """The members (name, bytes), in the order given, deflated, with fixed dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def rezipped(data: bytes) -> bytes:
    """A zip written by another library (openpyxl) with its members' dates and platform fixed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return fixed_zip((info.filename, archive.read(info)) for info in archive.infolist())
