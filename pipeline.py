"""From pack paths to PDF bytes: the work behind ``studypack build`` and ``check``.

Pure apart from reading the pack files: nothing here writes, so a failure
anywhere leaves every earlier output untouched.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

from .collector import collector_paused
from .repeats import capped
from .errors import Problem, StudypackError
from .layouts import LAYOUT_NAMES, layout, options_for
from .layouts.options import BuildOptions, FlashcardOptions, assemble, resolve
from .source import Pack, load

BUNDLED_EXAMPLE = Path(__file__).parent / "packs" / "khrushchev.yaml"
PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Built:
    """One pack's outputs, ready to be written together."""

    files: dict[str, bytes]
    """Output file name to PDF bytes, in build order."""
    warnings: tuple[str, ...]
    """Things the user should know, such as a back continued on a second card."""
    problems: tuple[Problem, ...] = ()
    """Why an output is missing from ``files``: each output stands alone, so the others are still written."""


def find_packs(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The pack files to build (files as named, folders' packs sorted by name),
    and a problem for each folder that holds none.

    With no paths: every pack in ./packs, else the bundled example.
    """
    if not paths:
        local = Path("packs")
        found = _packs_in(local) if local.is_dir() else []
        return (found or [BUNDLED_EXAMPLE]), []
    packs: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.is_dir():
            packs.append(path)
        elif inside := _packs_in(path):
            packs.extend(inside)
        else:
            problems.append(Problem(f"the folder holds no pack files ({', '.join(PACK_SUFFIXES)}) — name a pack file", str(path)))
    return packs, problems


def _packs_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file())


LAYOUT_ALIASES = {"answers": "worksheet", "worksheets": "worksheet", "cards": "flashcards", "flashcard": "flashcards"}
"""Other names people give the outputs (answers.pdf comes with the worksheet)."""


def parse_layout_names(text: str) -> tuple[str, ...]:
    """The layouts named in comma-separated ``text`` (aliases allowed), each once; ValueError names the known ones."""
    names = []
    for raw in text.split(","):
        name = LAYOUT_ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if name not in LAYOUT_NAMES:
            raise ValueError(f"`{raw.strip()}` is not one of {', '.join(LAYOUT_NAMES)}")
        names.append(name)
    return tuple(dict.fromkeys(names))


def parse_tags(text: str | None) -> tuple[str, ...]:
    """The tags in comma-separated ``text``; none when it is empty."""
    return tuple(tag.strip() for tag in (text or "").split(",") if tag.strip())


def select_layouts(only: tuple[str, ...] | None) -> tuple[str, ...]:
    """The layouts to build, in build order: those asked for, else all of them."""
    return tuple(name for name in LAYOUT_NAMES if only is None or name in only)


def prepare(path: Path, flags: dict[str, object], tags: tuple[str, ...] = ()) -> tuple[Pack, BuildOptions]:
    """Load the pack, filter it by tags and settle its options."""
    pack, options, _ = _prepare_numbered(path, flags, tags)
    return pack, options


def _prepare_numbered(path: Path, flags: dict[str, object], tags: tuple[str, ...]) -> tuple[Pack, BuildOptions, Callable[[str], str]]:
    """``prepare``, and what turns the kept cards' numbers in a message into their numbers in the file."""
    whole = load(path)
    pack = filter_by_tags(whole, tags) if tags else whole
    return pack, resolve(pack, flags), numbered_as_in_file(whole, pack)


_CARD_NUMBER = re.compile(r"(\bcard |\bcards\[)(\d+)")


def numbered_as_in_file(whole: Pack, kept: Pack) -> Callable[[str], str]:
    """Layouts count the cards they are given; with --tags the user counts the cards in the file.
    The function returned rewrites ``card 3`` and ``cards[3]`` from the first count to the second."""
    if len(kept.cards) == len(whole.cards):
        return lambda text: text
    position = {id(card): number for number, card in enumerate(whole.cards, start=1)}
    numbers = [position[id(card)] for card in kept.cards]

    def renumber(text: str) -> str:
        def in_file(match: re.Match) -> str:
            number = int(match[2])
            return f"{match[1]}{numbers[number - 1]}" if 0 < number <= len(numbers) else match[0]
        return _CARD_NUMBER.sub(in_file, text)

    return renumber


def _renumbered(problems, renumber: Callable[[str], str]) -> list[Problem]:
    return [replace(problem, message=renumber(problem.message), field=problem.field and renumber(problem.field))
            for problem in problems]


def filter_by_tags(pack: Pack, tags: tuple[str, ...]) -> Pack:
    """The pack with only the cards carrying one of ``tags``; none is an error naming the tags it has."""
    kept = pack.with_tags(tags)
    if not kept.cards:
        present = sorted({tag for card in pack.cards for tag in card.tags}, key=str.casefold)
        have = f"its tags are: {', '.join(present)}" if present else "it has no tags (add `tags: [...]` to cards)"
        raise StudypackError(Problem(f"no card is tagged {', '.join(tags)} — {have}", pack.path))
    return kept


def plan_layouts(pack: Pack, options: BuildOptions, names: tuple[str, ...]) -> tuple[list[tuple[str, object]], list[Problem]]:
    """Every layout's plan (all fitting, no drawing), and the problems of those that cannot be made.

    Each output stands alone: one that fails does not stop the others.
    """
    plans: list[tuple[str, object]] = []
    problems: list[Problem] = []
    for name in names:
        try:
            plans.append((name, layout(name).plan(pack, options_for(name, options))))
        except StudypackError as error:  # an option a layout refuses is still said against the pack it was built for
            for problem in error.problems:  # a bad --font fails every layout alike: say it once
                located = replace(problem, file=problem.file or pack.path)
                if located not in problems:
                    problems.append(located)
    return plans, problems


def build(path: Path, flags: dict[str, object], names: tuple[str, ...], tags: tuple[str, ...] = ()) -> Built:
    """Load, plan and draw one pack: every output that can be made, and the problems of those that cannot;
    raises StudypackError when the pack or its options are wrong, or no output can be made."""
    with collector_paused():
        pack, options, renumber = _prepare_numbered(path, flags, tags)
        plans, problems = plan_layouts(pack, options, names)
        problems = _renumbered(problems, renumber)
        if not plans:
            raise StudypackError(problems)
        del pack  # drawing needs only the plans: the model is freed before the pages are made
        warnings = tuple(map(renumber, _warnings(plans)))
        files: dict[str, bytes] = {}
        while plans:  # each plan is let go once drawn, for the same reason
            name, plan = plans.pop(0)
            files.update(layout(name).draw(plan))
            del plan
    return Built(files, warnings, tuple(problems))


def build_many(paths: list[Path], flags: dict[str, object], names: tuple[str, ...], tags: tuple[str, ...] = (),
               jobs: int | None = None) -> Iterator[tuple[Path, Built | StudypackError]]:
    """Build each pack, several at once on several cores; results come in the order of ``paths``.

    A pack that fails yields its StudypackError instead of stopping the others.
    """
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers <= 1:
        for path in paths:
            yield path, _build_or_error(path, flags, names, tags)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_build_or_error, path, flags, names, tags) for path in paths]
        for path, future in zip(paths, futures):
            yield path, future.result()


def _build_or_error(path: Path, flags: dict[str, object], names: tuple[str, ...], tags: tuple[str, ...]) -> Built | StudypackError:
    try:
        return build(path, flags, names, tags)
    except StudypackError as error:
        return error


def check(path: Path, flags: dict[str, object], names: tuple[str, ...],
          tags: tuple[str, ...] = ()) -> tuple[Pack, tuple[str, ...], tuple[Problem, ...]]:
    """Load and plan one pack without drawing: the pack, the warnings of the outputs that can be made and
    the problems of those that cannot (as ``build`` would report them); StudypackError when the pack is wrong."""
    with collector_paused():
        pack, options, renumber = _prepare_numbered(path, flags, tags)
        plans, problems = plan_layouts(pack, options, names)
        return pack, tuple(map(renumber, _warnings(plans))), tuple(_renumbered(problems, renumber))


def check_many(paths: list[Path], flags: dict[str, object], names: tuple[str, ...], tags: tuple[str, ...] = ()
               ) -> Iterator[tuple[Path, tuple[Pack, tuple[str, ...], tuple[Problem, ...]] | StudypackError]]:
    """Check each pack in turn; a pack that fails yields its StudypackError instead of stopping the others."""
    for path in paths:
        try:
            yield path, check(path, flags, names, tags)
        except StudypackError as error:
            yield path, error


def calibration_sheet(flags: dict[str, object]) -> tuple[bytes, FlashcardOptions]:
    """The duplex test sheet for the paper and flip edge in ``flags``, and the options it was made with."""
    from .layouts.flashcards import calibration

    options = assemble(flags).flashcards
    return calibration.render(options), options


def export(path: Path, to: str, flags: dict[str, object], tags: tuple[str, ...] = (), direction: str = "forward"):
    """The pack at ``path`` as export format ``to``: quiz formats carry the worksheet the same flags would print.

    Anki notes are stamped with the pack file's modification time, so an edited
    pack's notes are newer and Anki's "update if newer" takes them.
    """
    from .exporters import ExportOptions, export_pack

    pack, options = prepare(path, flags, tags)
    stamp = int(path.stat().st_mtime)
    return export_pack(pack, to, ExportOptions(direction=direction, worksheet=options.worksheet, timestamp=stamp))


def _warnings(plans: list[tuple[str, object]]) -> tuple[str, ...]:
    # The same font warning comes from every layout: say it once; and the same warning about
    # thousands of cards only a few times.
    return tuple(capped(dict.fromkeys(w for _, plan in plans for w in getattr(plan, "warnings", ()))))
