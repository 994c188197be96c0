"""Writing a pack's PDFs: all of them or none, never half a file."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .errors import Problem, StudypackError

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def output_folder(out: Path, pack_path: Path) -> Path:
    """``out/<pack-file-stem>``, the stem made safe so no pack can write outside ``out``."""
    stem = _UNSAFE.sub("-", pack_path.stem).strip(".-") or "pack"
    return out / stem


def write_all(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file to a temporary name first, then rename them all into place.

    If anything fails, the temporary files are removed and the earlier PDFs in
    ``folder`` are left exactly as they were.
    """
    written: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            written.append((Path(temporary), folder / name))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, final in written:
            os.replace(temporary, final)
    except OSError as error:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise StudypackError(
            Problem(f"cannot write the PDFs ({reason}) — choose a folder you can write to with --out", str(folder))
        ) from None
    return [final for _, final in written]
