"""Writing output files: a pack's PDFs, an imported pack — all of them or none, never half a file —
and the rules on where they may go (never onto a file being read, never two packs in one folder)."""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import Problem, StudypackError

if TYPE_CHECKING:
    from .pipeline import Built

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def output_folder(out: Path, pack_path: Path) -> Path:
    """``out/<pack-file-stem>``, the stem made safe so no pack can write outside ``out``."""
    stem = _UNSAFE.sub("-", pack_path.stem).strip(".-") or "pack"
    return out / stem


def refuse_shared_folders(pack_paths: list[Path], out: Path) -> None:
    """Two different packs whose names make the same output folder would overwrite each other's PDFs."""
    seen: dict[Path, Path] = {}
    for path in pack_paths:
        folder = output_folder(out, path)
        if folder in seen and seen[folder].resolve() != path.resolve():
            raise StudypackError(Problem(f"{seen[folder]} and {path} would both write to {folder} — rename one of them"))
        seen[folder] = path


def refuse_output_onto_input(output: Path, source: Path) -> None:
    """Writing an imported pack over the notes it came from would lose them."""
    if output.resolve() == source.resolve():
        raise StudypackError(Problem("is the file being imported — choose another name with -o", str(output)))


def refuse_pdf_onto_pack(output: Path) -> None:
    """A PDF named like a pack would replace the pack, or be read as one by the next build."""
    from .pipeline import PACK_SUFFIXES

    if output.suffix.lower() in PACK_SUFFIXES:
        raise StudypackError(Problem(f"is named like a pack file ({', '.join(PACK_SUFFIXES)}) — choose a name ending in .pdf with -o", str(output)))


@dataclass(frozen=True)
class Written:
    """What became of one pack's build."""

    pack: Path
    """The pack file."""
    files: tuple[Path, ...]
    """The files written; none when the build or the writing failed."""
    warnings: tuple[str, ...]
    """The build's warnings."""
    problems: tuple[Problem, ...]
    """Why nothing was written, if it was not."""


def write_builds(out: Path, builds: Iterable[tuple[Path, Built | StudypackError]]) -> Iterator[Written]:
    """Write each pack's PDFs to ``out/<pack>/`` as its build arrives; a failure is yielded, not raised,
    so the packs after it are still written."""
    for path, built in builds:
        if isinstance(built, StudypackError):
            yield Written(path, (), (), tuple(built.problems))
            continue
        try:
            files = write_all(output_folder(out, path), built.files)
        except StudypackError as error:
            yield Written(path, (), (), tuple(error.problems))
        else:
            yield Written(path, tuple(files), built.warnings, ())


def export_path(out: Path, pack_path: Path, suffix: str) -> Path:
    """Where ``export`` writes by default: ``out/<pack>/<pack><suffix>``, beside the pack's PDFs."""
    folder = output_folder(out, pack_path)
    return folder / f"{folder.name}{suffix}"


def write_all(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file to a temporary name first, then rename them all into place.

    If anything fails, the temporary files are removed and the earlier PDFs in
    ``folder`` are left exactly as they were.
    """
    try:
        return _replace_all(folder, files)
    except OSError as error:
        reason = error.strerror or str(error)
        raise StudypackError(
            Problem(f"cannot write the PDFs ({reason}) — choose a folder you can write to with --out", str(folder))
        ) from None


def write_new(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write one file atomically, refusing to replace an existing one unless ``force``."""
    if path.is_dir():
        raise StudypackError(Problem("is a folder — name the file to write, such as packs/topic.yaml", str(path)))
    if path.exists() and not force:
        raise StudypackError(Problem("already exists — add --force to replace it, or choose another name with -o", str(path)))
    try:
        return _replace_all(path.parent, {path.name: data})[0]
    except OSError as error:
        reason = error.strerror or str(error)
        raise StudypackError(Problem(f"cannot write the file ({reason}) — choose a folder you can write to", str(path))) from None


def _replace_all(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """The one atomic write: temporary files in ``folder``, synced, then renamed; none left behind on failure."""
    written: list[tuple[Path, Path]] = []
    mode = _new_file_mode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            written.append((Path(temporary), folder / name))
            os.chmod(temporary, mode)  # mkstemp makes it private (0600); give it the usual mode
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, final in written:
            os.replace(temporary, final)
    except OSError:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    return [final for _, final in written]


def _new_file_mode() -> int:
    """The mode a plainly created file gets here: 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
