"""What every exporter shares: its options, its result, the interface the registry holds,
and the one warning that lists what a target could not hold."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from ..errors import Problem
from ..layouts.options import WorksheetOptions
from ..source.model import Pack


@dataclass(frozen=True)
class ExportOptions:
    """What the user said on the command line about the export."""

    direction: str = "forward"
    """``forward`` (title asks, points answer) or ``both`` (Anki also asks the other way round)."""
    tags: tuple[str, ...] = ()
    """Only the cards carrying one of these tags; empty means every card."""
    worksheet: WorksheetOptions = field(default_factory=WorksheetOptions)
    """Seed, variants, exercises and questions: quiz formats carry the worksheet made with these."""
    timestamp: int | None = None
    """Seconds since 1970 stamped on Anki notes as their last change; None means the pack file's
    modification time, so an edited pack's notes are newer and Anki's "update if newer" takes them."""


class Exported(NamedTuple):
    """An exporter's result; writing it is the command line's job."""

    suffix: str
    """The file suffix the target expects, with its dot (``.apkg``)."""
    data: bytes
    """The file's bytes."""
    warnings: tuple[Problem, ...]
    """What the user should know: everything the target could not hold, in one warning, named card by card."""


@dataclass(frozen=True)
class Exporter:
    """One target format."""

    name: str
    """The name ``--to`` takes."""
    summary: str
    """A few words saying what the file is for, for help and error messages."""
    suffix: str
    """The file suffix, with its dot."""
    write: Callable[[Pack, ExportOptions], Exported]
    """``write(pack, options)``: the file, or StudypackError naming what in the pack stops it."""


class Losses:
    """What a target cannot hold, gathered card by card and reported together in one warning."""

    def __init__(self, target: str, noun: str = "card"):
        self.target = target
        self.noun = noun
        self._cards: dict[str, list[int | str]] = {}

    def add(self, what: str, number: int | str) -> None:
        """Card (or question) ``number`` has ``what``, which the target cannot hold; ``what`` says what became
        of it, such as ``dates left out, as a note has no date``."""
        numbers = self._cards.setdefault(what, [])
        if number not in numbers:
            numbers.append(number)

    def warnings(self, pack: Pack) -> tuple[Problem, ...]:
        """No warning when nothing was lost, else one naming each kind of loss, what became of it, and its cards."""
        if not self._cards:
            return ()
        lost = "; ".join(f"{what} ({_listed(self.noun, numbers)})" for what, numbers in self._cards.items())
        return (Problem(f"{self.target} cannot hold everything in this pack — {lost}", pack.path),)


def _listed(noun: str, numbers: list[int | str]) -> str:
    shown = ", ".join(str(number) for number in numbers[:10])
    more = f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
    return f"{noun}{'s' if len(numbers) > 1 else ''} {shown}{more}"
