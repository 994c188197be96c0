"""Layouts: each turns a Pack into PDF bytes.

The tree: ``kit/`` is what every output shares (text fitting, fonts, page
geometry, the PDF document and its drawing operations, the second-core
helper); ``flashcards/``, ``summary/`` and ``worksheet/`` are one package per
output; ``options`` and ``profiles`` are the settings they take.

Every layout package satisfies :class:`Layout`: ``OUTPUTS``, then
``plan(pack, options)`` (all measuring and fitting, raising StudypackError when
the pack cannot be laid out) and ``draw(plan)`` (file name to PDF bytes). The
registry below names them; packages are imported only when used, so
``studypack --help`` stays quick.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Mapping, Protocol

if TYPE_CHECKING:
    from ..source.model import Pack
    from .options import BuildOptions

REGISTRY: Mapping[str, str] = {
    "flashcards": "flashcards",
    "summary": "summary",
    "worksheet": "worksheet",
}
"""Every layout (name to package), in build order; ``--only`` takes these names."""

LAYOUT_NAMES = tuple(REGISTRY)


class Plan(Protocol):
    """What a layout decided before drawing: everything measured, nothing drawn."""

    warnings: tuple[str, ...]
    """Things the user should know, such as a back continued on a second card."""


class Layout(Protocol):
    """One output: its file names, its plan and its drawing."""

    OUTPUTS: tuple[str, ...]

    def plan(self, pack: Pack, options: object) -> Plan: ...

    def draw(self, plan: Plan) -> dict[str, bytes]: ...


def layout(name: str) -> Layout:
    """The layout called ``name``, imported on first use; an unknown name is a ValueError naming the known ones."""
    try:
        package = REGISTRY[name]
    except KeyError:
        raise ValueError(f"no layout is called {name!r}; the layouts are {', '.join(LAYOUT_NAMES)}") from None
    return importlib.import_module(f"{__name__}.{package}")  # type: ignore[return-value]


def options_for(name: str, options: BuildOptions) -> object:
    """The options dataclass that layout ``name`` takes."""
    return getattr(options, name)
