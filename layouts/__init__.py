"""Layouts: each turns a Pack into PDF bytes.

Every layout module offers the same small interface:

- ``OUTPUTS``: the file names it produces, such as ``("flashcards.pdf",)``;
- ``plan(pack, options) -> plan``: all measuring and fitting, no drawing; the
  plan has ``warnings`` (tuple of str) and raises StudypackError when the pack
  cannot be laid out;
- ``draw(plan) -> dict[str, bytes]``: file name to PDF bytes;
- ``render(pack, options) -> bytes``: the first output, for scripts and tests.

Modules are imported only when used, so ``studypack --help`` stays quick.
"""
from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from .options import BuildOptions

LAYOUT_NAMES = ("flashcards", "summary", "worksheet")
"""Every layout, in build order; ``--only`` takes these names."""


def layout_module(name: str) -> ModuleType:
    """The module for layout ``name`` (imported on first use)."""
    return importlib.import_module(f"{__name__}.{name}")


def is_available(name: str) -> bool:
    """Whether layout ``name`` is built yet (layouts land one by one)."""
    return importlib.util.find_spec(f"{__name__}.{name}") is not None


def options_for(name: str, options: BuildOptions) -> object:
    """The options dataclass that layout ``name`` takes."""
    return getattr(options, name)
