"""Importers: notes in a foreign format turned into a Pack, one module per format.

Each format is an ``Importer`` (see ``_base``): the suffixes that point to it,
a check of the text's own marks, and ``read(text, shown, options)`` returning
the pack and warnings. The registry below is explicit; its order is the order
in which ``--from auto`` tries the formats' marks when the suffix does not
settle it.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePath

from ...errors import Problem, StudypackError
from ..decode import decode_notes, read_bytes
from . import anki, apkg, delimited, getrevising, markdown
from ..import_formats import AUTO, FORMAT_NAMES
from ._base import Imported, Importer, ImportOptions
from ._limits import over_limits

__all__ = ["AUTO", "FORMAT_NAMES", "IMPORTERS", "ImportOptions", "Imported", "Importer", "choose", "import_file", "import_text"]

IMPORTERS: dict[str, Importer] = {
    importer.name: importer
    for importer in (anki.IMPORTER, getrevising.IMPORTER, markdown.IMPORTER, delimited.TSV, delimited.CSV, apkg.IMPORTER)
}
"""Every importer by its ``--from`` name."""

if FORMAT_NAMES != (AUTO, *IMPORTERS):  # the list the command line shows must be the registry's
    raise RuntimeError(f"import_formats.FORMAT_NAMES is out of step with the registry: {tuple(IMPORTERS)}")


def import_file(path: str | Path, format: str = AUTO, options: ImportOptions = ImportOptions()) -> Imported:
    """Read the notes file at ``path`` as ``format``; StudypackError names each bad line."""
    shown = str(path)
    data = read_bytes(Path(path), shown)
    binary = _binary_importer(shown, data, format)
    if binary is not None:
        return replace(binary.read_bytes(data, shown, options), format=binary.name)
    text, encoding_warning = decode_notes(data, shown)
    imported = import_text(text, shown, format, options)
    if encoding_warning is None:
        return imported
    return replace(imported, warnings=(encoding_warning, *imported.warnings))


def _binary_importer(shown: str, data: bytes, format: str) -> Importer | None:
    """The importer of a binary file (an Anki package), named, or for ``auto`` by suffix or zip signature."""
    if format != AUTO:
        importer = IMPORTERS.get(format)
        return importer if importer is not None and importer.read_bytes is not None else None
    suffix = PurePath(shown).suffix.lower()
    if suffix in apkg.IMPORTER.suffixes or apkg.looks_like_zip(data):
        return apkg.IMPORTER
    return None


def import_text(text: str, shown: str, format: str = AUTO, options: ImportOptions = ImportOptions()) -> Imported:
    """Read notes already decoded; ``shown`` names the file in messages and gives the default title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise StudypackError(Problem("the file is empty — there is nothing to import", shown, 1))
    importer = choose(shown, text, format, options)
    imported = replace(importer.read(text, shown, options), format=importer.name)
    too_big = over_limits(imported.pack, shown)
    if too_big:
        raise StudypackError(too_big)
    if (options.sep or options.row_sep) and not importer.separators:
        ignored = Problem(f"--sep and --row-sep apply to csv and tsv files only: ignored for {importer.name}", shown)
        imported = replace(imported, warnings=(ignored, *imported.warnings))
    return imported


def choose(shown: str, text: str, format: str = AUTO, options: ImportOptions = ImportOptions()) -> Importer:
    """The importer for ``format``; for ``auto``, by the file's suffix, then by its content."""
    if format != AUTO:
        if format not in IMPORTERS:
            raise StudypackError(Problem(f"unknown format “{format}” — {_known()}"))
        return IMPORTERS[format]
    suffix = PurePath(shown).suffix.lower()
    if options.sep or options.row_sep:  # only tables take separators
        return IMPORTERS["tsv" if suffix in delimited.TSV.suffixes else "csv"]
    claimed = [importer for importer in IMPORTERS.values() if suffix in importer.suffixes]
    if len(claimed) == 1:
        return claimed[0]
    others = [importer for importer in IMPORTERS.values() if importer not in claimed]
    for importer in claimed + others:
        if importer.looks_like(text):
            return importer
    raise StudypackError(
        Problem(f"cannot tell the format from the file's name or content — name it with --from: {_known()}", shown)
    )


def _known() -> str:
    return "the formats are " + "; ".join(f"{name}: {importer.summary}" for name, importer in IMPORTERS.items())
