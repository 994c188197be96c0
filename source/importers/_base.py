"""What every importer shares: its options, its result and the interface the registry holds."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Callable

from ...errors import Problem, StudypackError
from ..model import Card, Pack
from ._points import clean


@dataclass(frozen=True)
class ImportOptions:
    """What the user said on the command line about the file being imported."""

    title: str | None = None
    """``--title``: the pack's title; wins over any title found in the file."""
    sep: str | None = None
    """``--sep``: what separates a term from its definition (csv, tsv), as a name such as ``tab`` or the text itself."""
    row_sep: str | None = None
    """``--row-sep``: what separates one card from the next (csv, tsv); default a line break."""
    media: Path | None = None
    """``--media``: the folder holding the pictures the notes name (Anki's collection.media); default the
    folder of the file being imported."""


def media_folder(options: ImportOptions, shown: str) -> Path:
    """Where the pictures the notes name are looked for: ``--media``, else beside the imported file."""
    return options.media if options.media is not None else Path(shown).parent


@dataclass(frozen=True)
class MediaFile:
    """A picture that came inside the imported file (an Anki package), to be written beside the pack."""

    name: str
    """Its file name: one part, no folder, unique among the import's pictures."""
    data: bytes
    """Its bytes, as the package held them."""


@dataclass(frozen=True)
class Imported:
    """An importer's result: the pack, and what the user should check in it."""

    pack: Pack
    """The cards read from the file."""
    warnings: tuple[Problem, ...] = ()
    """Located notes on what was guessed, skipped or looks wrong; the import still succeeded."""
    format: str = ""
    """The name of the format the file was read as (set by the registry)."""
    media: tuple[MediaFile, ...] = ()
    """Pictures that came inside the file, not written yet: a card showing one has ``image`` (or ``back_image``)
    ``Path(name)``, relative, until ``with_media_in`` places them or ``without_media`` leaves them out."""

    def with_media_in(self, folder: Path) -> Imported:
        """The cards' pictures from ``media`` named as files in ``folder``, where the caller writes them."""
        return replace(self, pack=self._pictures_placed(lambda path: (folder / path).resolve()))

    def without_media(self, why: str) -> Imported:
        """The pack with no picture from ``media`` (they are not written), and a warning saying ``why``."""
        if not self.media:
            return self
        count = f"{len(self.media)} picture{'s' if len(self.media) > 1 else ''}"
        warning = Problem(f"{count} from the file not copied: {why}", self.pack.path)
        return replace(self, pack=self._pictures_placed(lambda path: None), media=(),
                       warnings=(*self.warnings, warning))

    def _pictures_placed(self, placed: Callable[[Path], Path | None]) -> Pack:
        """The pack with each picture from ``media`` replaced by ``placed(its relative path)``."""
        names = {Path(file.name) for file in self.media}

        def card(card: Card) -> Card:
            image = placed(card.image) if card.image in names else card.image
            back = placed(card.back_image) if card.back_image in names else card.back_image
            return replace(card, image=image, back_image=back, image_size=card.image_size if image else None,
                           back_image_size=card.back_image_size if back else None)

        return replace(self.pack, cards=tuple(card(each) for each in self.pack.cards))


@dataclass(frozen=True)
class Importer:
    """One foreign format: how to recognise it and how to read it."""

    name: str
    """The name ``--from`` takes."""
    summary: str
    """A few words saying what files this is, for help and error messages."""
    suffixes: tuple[str, ...]
    """Lower-case file suffixes (with the dot) that point to this format."""
    looks_like: Callable[[str], bool]
    """Whether the text has this format's marks, for ``--from auto`` when the suffix does not settle it."""
    read: Callable[[str, str, ImportOptions], Imported]
    """``read(text, shown, options)``: the pack, or StudypackError naming each bad line of ``shown``."""
    separators: bool = False
    """Whether ``--sep`` and ``--row-sep`` mean anything to this format."""
    read_bytes: Callable[[bytes, str, ImportOptions], Imported] | None = None
    """For a binary format (a zip): ``read_bytes(data, shown, options)``, used instead of decoding the file as text."""


class Findings:
    """Problems and warnings met while reading one file, each located in it.

    Importers collect every problem instead of stopping at the first, so the
    user can fix them all in one go; ``pack`` raises them together.
    """

    def __init__(self, shown: str):
        self.shown = shown
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def problem(self, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(message, self.shown, line))

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(Problem(message, self.shown, line))

    def pack(self, title: str, cards: list[Card], how_to: str) -> Imported:
        """The result, or StudypackError with every problem; ``how_to`` says how cards look in this format."""
        if not cards and not self.problems:
            self.problem(f"found no cards — {how_to}", 1)
        if self.problems:
            raise StudypackError(sorted(self.problems, key=lambda problem: problem.line or 0))
        return Imported(Pack(title=title, cards=tuple(cards), path=self.shown), tuple(self.warnings))


def pack_title(options: ImportOptions, found: str | None, shown: str) -> str:
    """``--title`` if given, else the title the file itself names, else the file's name."""
    for title in (options.title, found):
        if title and clean(title):
            return clean(title)
    return PurePath(shown).stem or "Imported notes"


def quoted_text(text: str, limit: int = 40) -> str:
    """``text`` in quotes for a message, shortened with … past ``limit`` characters."""
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"
