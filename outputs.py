"""Writing output files: a pack's PDFs, an imported pack — all of them or none, never half a file —
and the rules on where they may go (never onto a file being read, never two packs in one folder)."""
from __future__ import annotations

import errno
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .atomic import WriteFailed, existing_file, replace_files
from .errors import Problem, StudypackError

if TYPE_CHECKING:
    from .pipeline import Built

_KEPT_PUNCTUATION = "._-"


def output_folder(out: Path, pack_path: Path) -> Path:
    """``out/<pack-file-stem>``: the stem's letters and digits in any script (NFC), ``.``, ``_`` and ``-`` kept,
    every other run of characters made one ``-``, so no pack can write outside ``out``."""
    stem = unicodedata.normalize("NFC", pack_path.stem)
    safe = "".join(char if char.isalnum() or char in _KEPT_PUNCTUATION else " " for char in stem)
    return out / ("-".join(safe.split()).strip(".-") or "pack")


def refuse_shared_folders(pack_paths: list[Path], out: Path) -> None:
    """Two different packs whose names make the same output folder would overwrite each other's PDFs.

    Names that differ only in case count as the same folder: on macOS and Windows they are.
    """
    seen: dict[str, Path] = {}
    for path in pack_paths:
        folder = output_folder(out, path)
        key = folder.name.casefold()
        if key in seen and not _same_path(seen[key], path):
            raise StudypackError(Problem(f"{seen[key]} and {path} would both write to {folder} — rename one of them"))
        seen[key] = path


def refuse_output_onto_input(output: Path, source: Path) -> None:
    """Writing an imported pack over the notes it came from would lose them."""
    if _same_path(output, source):
        raise StudypackError(Problem("is the file being imported — choose another name with -o", str(output)))


def _same_path(first: Path, second: Path) -> bool:
    # realpath, unlike Path.resolve, does not raise on a symbolic link loop
    return os.path.realpath(first) == os.path.realpath(second)


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
    """Why an output, or the whole pack, was not written."""


def write_builds(out: Path, builds: Iterable[tuple[Path, Built | StudypackError]]) -> Iterator[Written]:
    """Write each pack's PDFs to ``out/<pack>/`` as its build arrives: the outputs that were made, as one set,
    even when another output of the pack failed. A failure is yielded, not raised, so later packs are still written."""
    for path, built in builds:
        if isinstance(built, StudypackError):
            yield Written(path, (), (), tuple(built.problems))
            continue
        try:
            files = write_all(output_folder(out, path), built.files)
        except StudypackError as error:
            yield Written(path, (), (), tuple(error.problems) + built.problems)
        else:
            yield Written(path, tuple(files), built.warnings, built.problems)


def export_path(out: Path, pack_path: Path, suffix: str) -> Path:
    """Where ``export`` writes by default: ``out/<pack>/<pack><suffix>``, beside the pack's PDFs."""
    folder = output_folder(out, pack_path)
    return folder / f"{folder.name}{suffix}"


def write_all(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file into ``folder`` as one set (see ``atomic``): if anything fails, the
    earlier files in ``folder`` are left exactly as they were and the error names the file."""
    try:
        return replace_files(folder, files)
    except WriteFailed as failed:
        raise _cannot_write("the PDFs", failed, "choose a folder you can write to with --out") from None


def write_new(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write one file atomically, refusing to replace an existing one unless ``force``, and
    anything but a regular file ever."""
    try:
        if existing_file(path) and not force:
            raise StudypackError(Problem("already exists — add --force to replace it, or choose another name with -o", str(path)))
        return replace_files(path.parent, {path.name: data})[0]
    except WriteFailed as failed:
        raise _cannot_write("the file", failed, "choose a folder you can write to") from None


def write_pack_with_media(path: Path, text: str, media: dict[str, bytes], media_folder: Path, *,
                          force: bool = False) -> Path:
    """Write an imported pack and the pictures it names: the pictures first, the pack last, so a
    failure never leaves a pack naming a picture that is not there; an existing pack without
    ``force`` is refused before anything is written."""
    if existing_file(path) and not force:
        raise StudypackError(Problem("already exists — add --force to replace it, or choose another name with -o", str(path)))
    for name, data in media.items():
        write_new(media_folder / name, data, force=force)
    return write_new(path, text.encode("utf-8"), force=force)


def _cannot_write(what: str, failed: WriteFailed, fix: str) -> StudypackError:
    """The one-line error for a write the system refused, at the file it refused."""
    code = failed.error.errno
    if code == errno.ENAMETOOLONG:
        fix = "choose a shorter name"
    elif code == errno.ELOOP:
        fix = "the path goes round a loop of symbolic links: choose another path"
    reason = failed.error.strerror or str(failed.error)
    return StudypackError(Problem(f"cannot write {what} ({reason}) — {fix}", str(failed.path)))
