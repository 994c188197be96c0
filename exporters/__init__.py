"""Exporters: a pack turned into a file for another app, one module per format.

Each format is an ``Exporter`` (see ``_base``): its name, its file suffix and
``write(pack, options)`` returning the bytes and one warning naming whatever
the target cannot hold. The registry below is explicit; ``export`` is the one
call the command line makes (writing the file is its job).
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ..errors import Problem, StudypackError
from ..source.loader import load
from ..source.model import Pack
from . import anki, gift, kahoot, moodle, qti, tables
from ._base import Exported, Exporter, ExportOptions
from ..export_formats import FORMAT_NAMES

__all__ = ["EXPORTERS", "FORMAT_NAMES", "ExportOptions", "Exported", "Exporter", "export", "export_pack"]

EXPORTERS: dict[str, Exporter] = {exporter.name: exporter for exporter in (
    anki.EXPORTER, tables.QUIZLET, tables.CSV, gift.EXPORTER, moodle.EXPORTER, qti.EXPORTER, kahoot.EXPORTER)}
"""Every exporter by its ``--to`` name."""

if FORMAT_NAMES != tuple(EXPORTERS):  # the list the command line shows must be the registry's
    raise RuntimeError(f"formats.FORMAT_NAMES is out of step with the registry: {tuple(EXPORTERS)}")


def export(pack_path: Path, to: str, options: ExportOptions = ExportOptions()) -> Exported:
    """The pack file at ``pack_path`` as format ``to``; Anki notes are stamped with the file's modification time."""
    pack = load(pack_path)
    if options.timestamp is None:
        options = replace(options, timestamp=int(os.stat(pack_path).st_mtime))
    return export_pack(pack, to, options)


def export_pack(pack: Pack, to: str, options: ExportOptions = ExportOptions()) -> Exported:
    """A pack already loaded, as format ``to``, with only the cards tagged ``options.tags`` if any."""
    if to not in EXPORTERS:
        known = "; ".join(f"{name}: {exporter.summary}" for name, exporter in EXPORTERS.items())
        raise StudypackError(Problem(f"unknown export format “{to}” — the formats are {known}"))
    if options.tags:
        from ..pipeline import filter_by_tags

        pack = filter_by_tags(pack, options.tags)
    return EXPORTERS[to].write(pack, options)
