"""Layout options: one small dataclass per layout, filled from a pack's
``print:`` settings and then from command-line flags (flags win).

Each option parses and checks its own text value, so a bad value is reported
the same way whether it came from a flag or from the pack, with the choices.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

from ..errors import Problem, StudypackError
from ..source.model import Pack, Setting
from . import profiles
from .labels import LANGUAGES, label_problems, parse_language

PAPERS = ("a4", "letter", "a3")
PROFILES = profiles.PROFILE_NAMES
STOCKS = ("a7", "letter-8", "avery-5371", "avery-5388", "avery-c32011", "index-3x5", "index-4x6")
FLIPS = ("long", "short")
CUTS = ("marks", "lines", "both", "none")
ORIENTATIONS = ("auto", "portrait", "landscape")
EXERCISES = ("gap", "match", "mcq", "timeline", "tf", "calc", "short", "translate", "picture")
DIRECTIONS = ("forward", "reverse", "both")
CLASS_VARIANTS = 2
"""Versions printed for a class list when ``--variants`` is not given, so that neighbours' sheets differ."""


@dataclass(frozen=True)
class Style:
    """What every layout shares: the paper, the fonts and the reading profile."""

    paper: str | None = None
    """Paper size name: a4, letter or a3; None means A4 (or, for flashcards, the stock's own paper)."""
    font: Path | None = None
    """A TrueType file for body text; None means the bundled Source Sans Pro."""
    font_bold: Path | None = None
    """A TrueType file for titles and key terms; None means the bold of ``font``."""
    profile: str = "standard"
    """standard, large-print (16 pt floor) or dyslexia (12 pt floor, 1.5 spacing)."""
    lang: str | None = None
    """The printed labels' language (``--lang``); None means the pack's ``lang:``, else English."""
    images: bool = True
    """Print the cards' pictures (``image:``, ``back_image:``); False leaves them out everywhere."""

    @property
    def rules(self) -> profiles.Profile:
        """The sizes and spacing of this style's reading profile (``profiles.PROFILES``)."""
        return profiles.profile(self.profile)


@dataclass(frozen=True)
class FlashcardOptions:
    """How ``flashcards.pdf`` is laid out and printed."""

    style: Style = field(default_factory=Style)
    stock: str | None = None
    """Card stock; None means a7 on A4 and letter-8 on Letter."""
    flip: str = "long"
    """The duplex edge the printer flips on: long or short."""
    back_offset: tuple[float, float] = (0.0, 0.0)
    """Millimetres (x right, y up) to shift every backs page by, from the calibration sheet."""
    cut: str | None = None
    """marks, lines, both or none; None means marks, or none on perforated stock."""
    fold: bool = False
    """One row per sheet with each front beside its back, for single-sided printers."""
    strict: bool = False
    """Refuse to continue an over-long back onto a second card."""
    direction: str = "forward"
    """forward (title on the front), reverse (points on the front, title on the back) or both (every card
    forward, then every card reversed)."""


@dataclass(frozen=True)
class SummaryOptions:
    """How ``summary.pdf`` is fitted onto its page."""

    style: Style = field(default_factory=Style)
    orientation: str = "auto"
    """auto, portrait or landscape."""
    columns: int | None = None
    """1 to 4, or None to search for the best."""
    min_font: float | None = None
    """Smallest body size allowed, in points; None means the profile's floor (7 pt standard)."""
    pages: int = 1
    """Pages allowed; more than one adds page numbers."""


@dataclass(frozen=True)
class WorksheetOptions:
    """Which exercises ``worksheet.pdf`` and ``answers.pdf`` hold, and how they are shuffled."""

    style: Style = field(default_factory=Style)
    exercises: tuple[str, ...] | None = None
    """Sections to include, in order; None means every one the pack supports."""
    questions: int | None = None
    """Cap on questions per section; None means a lesson's worth (6 a section, 8 matching titles,
    1 timeline, 3 short answers)."""
    variants: int = 1
    """Number of shuffled versions (A, B, C …)."""
    seed: str | None = None
    """Shuffle seed; None means one derived from the pack's content."""
    word_bank: bool = True
    """Print a word bank under the gap-fill section."""
    generated: bool = True
    """Add generated questions to the pack's own (``questions:``); False prints only the pack's own."""
    class_list: Path | None = None
    """A file of students' names (``--class``): one named sheet per student, versions in turn."""


@dataclass(frozen=True)
class BuildOptions:
    """Everything one build of one pack needs to know."""

    flashcards: FlashcardOptions = field(default_factory=FlashcardOptions)
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    worksheet: WorksheetOptions = field(default_factory=WorksheetOptions)

    @property
    def style(self) -> Style:
        return self.flashcards.style


# -- parsers: text in, value out, ValueError with the fix ------------------

def _choice(*choices: str) -> Callable[[str, Path], str]:
    def parse(text: str, base: Path) -> str:
        value = text.strip().lower()
        if value not in choices:
            raise ValueError(f"`{text}` is not one of {', '.join(choices)}")
        return value
    return parse


def _integer(low: int, high: int, auto: bool = False) -> Callable[[str, Path], int | None]:
    def parse(text: str, base: Path) -> int | None:
        if auto and text.strip().lower() == "auto":
            return None
        try:
            value = int(text.strip())
        except ValueError:
            raise ValueError(f"`{text}` is not a whole number — give one from {low} to {high}{' or auto' if auto else ''}") from None
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range — give one from {low} to {high}")
        return value
    return parse


def _number(text: str, unit: str) -> float:
    """A finite number from ``text``, its ``unit`` suffix allowed; ValueError for anything else (nan, inf)."""
    value = float(text.strip().removesuffix(unit).strip())
    if not math.isfinite(value):
        raise ValueError(f"{text.strip()} is not a finite number")
    return value


def _points_size(text: str, base: Path) -> float:
    try:
        value = _number(text, "pt")
    except ValueError:
        raise ValueError(f"`{text}` is not a size — give points from 7 to 72, such as 7 or 8.5") from None
    if not 7 <= value <= 72:
        raise ValueError(f"{value:g} pt is outside 7–72 pt — smaller is not legible in print")
    return value


def _offset(text: str, base: Path) -> tuple[float, float]:
    parts = text.replace(";", ",").split(",")
    try:
        x, y = (_number(part, "mm") for part in parts)
    except ValueError:
        raise ValueError(f"`{text}` is not X,Y in millimetres, each from -20 to 20 — write it like 1.5,-0.5") from None
    if abs(x) > 20 or abs(y) > 20:
        raise ValueError(f"{x:g},{y:g} mm is more than 20 mm — give each of X,Y from -20 to 20; check the calibration reading")
    return (x, y)


def _boolean(text: str, base: Path) -> bool:
    value = text.strip().lower()
    if value in ("true", "yes", "on", "1"):
        return True
    if value in ("false", "no", "off", "0"):
        return False
    raise ValueError(f"`{text}` is not yes or no")


def _path(text: str, base: Path) -> Path:
    """A file named on the command line (from the current folder) or in a pack (from the pack's folder)."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else base / path


def _exercise_list(text: str, base: Path) -> tuple[str, ...]:
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in EXERCISES]
    if unknown or not names:
        raise ValueError(f"`{text}` — choose from {', '.join(EXERCISES)}, separated by commas")
    return tuple(dict.fromkeys(names))


def _text(text: str, base: Path) -> str:
    return text.strip()


@dataclass(frozen=True)
class OptionSpec:
    """One build option, declared once: a key of a pack's ``print:`` section and a command-line flag."""

    name: str
    """The ``print:`` key; ``--name`` on the command line."""
    group: str
    """The options it sets: style, flashcards, summary or worksheet (the attribute is the name with underscores)."""
    kind: Literal["choice", "boolean", "value"]
    """choice (one of ``choices``), boolean (a flag with its ``--no-`` form) or value (text that ``parse`` reads)."""
    help: str
    """What the option does, for ``--help``."""
    parse: Callable[[str, Path], object]
    """Text to value (the second argument is the folder relative paths start from); ValueError says what was expected."""
    choices: tuple[str, ...] = ()
    """The allowed values of a choice."""
    metavar: str = ""
    """How ``--help`` shows a value option's argument."""
    field: str = ""
    """The field it sets, where the name cannot be one (``class`` is a Python keyword); empty means the name."""

    @property
    def attribute(self) -> str:
        """The field it sets on its group's options."""
        return self.field or self.name.replace("-", "_")


def _choice_option(name: str, group: str, choices: tuple[str, ...], help: str) -> OptionSpec:
    return OptionSpec(name, group, "choice", help, _choice(*choices), choices)


def _boolean_option(name: str, group: str, help: str) -> OptionSpec:
    return OptionSpec(name, group, "boolean", help, _boolean)


def _value_option(name: str, group: str, parse: Callable[[str, Path], object], metavar: str, help: str,
                  field: str = "") -> OptionSpec:
    return OptionSpec(name, group, "value", help, parse, metavar=metavar, field=field)


OPTIONS: dict[str, OptionSpec] = {spec.name: spec for spec in (
    _choice_option("paper", "style", PAPERS, "Paper size. Default a4."),
    _choice_option("profile", "style", PROFILES, "Reading profile: large-print (16 pt floor) or dyslexia (12 pt, 1.5 spacing)."),
    _value_option("font", "style", _path, "REGULAR.ttf", "TrueType font file for body text (default: bundled Source Sans Pro)."),
    _value_option("font-bold", "style", _path, "BOLD.ttf", "TrueType font file for titles and key terms."),
    _value_option("lang", "style", parse_language, "CODE",
                  f"Language of the printed labels (Name, Answers, Page 1 of 2 …): {', '.join(LANGUAGES)}."
                  " Default: the pack's `lang:`, else en."),
    _boolean_option("images", "style", "Print the cards' pictures (image:, back_image:); --no-images leaves them out. Default on."),
    _choice_option("stock", "flashcards", STOCKS, "Flashcard stock. Default a7 on A4, letter-8 on Letter."),
    _choice_option("flip", "flashcards", FLIPS, "Duplex edge the printer flips on. Default long."),
    _value_option("back-offset", "flashcards", _offset, "X,Y", "Shift every backs page by X,Y mm (read off `studypack calibrate`)."),
    _choice_option("cut", "flashcards", CUTS, "Cut guides: crop marks, dashed lines on fronts, both, or none."),
    _boolean_option("fold", "flashcards", "For single-sided printers: each front beside its back, with a fold line. Default off."),
    _boolean_option("strict", "flashcards", "Fail instead of continuing an over-long back onto a second card. Default off."),
    _choice_option("direction", "flashcards", DIRECTIONS,
                   "Flashcards: forward (title on the front), reverse (points on the front) or both (every card"
                   " forward, then every card reversed). Default forward."),
    _choice_option("orientation", "summary", ORIENTATIONS, "Summary orientation. Default auto."),
    _value_option("columns", "summary", _integer(1, 4, auto=True), "N", "Summary columns: 1-4 or auto."),
    _value_option("min-font", "summary", _points_size, "PT", "Smallest summary body size in points (never below 7)."),
    _value_option("pages", "summary", _integer(1, 50), "N", "Pages the summary may take. Default 1."),
    _value_option("exercises", "worksheet", _exercise_list, "LIST", "Worksheet sections, comma-separated: gap, match, mcq, timeline, tf, calc, short, translate, picture."),
    _value_option("questions", "worksheet", _integer(1, 500), "N",
                  "Most questions per worksheet section (default: 6, or 8 matching titles, 1 timeline, 4 calculations (6 for maths), 3 short answers)."),
    _value_option("variants", "worksheet", _integer(1, 26), "N", "Shuffled worksheet versions (A, B, C …)."),
    _value_option("seed", "worksheet", _text, "S", "Shuffle seed (default: derived from the pack's content)."),
    _boolean_option("word-bank", "worksheet", "Word bank under the gap fill. Default on."),
    _boolean_option("generated", "worksheet",
                    "Add generated questions to the pack's own `questions:`; --no-generated prints only the pack's own. Default on."),
    _value_option("class", "worksheet", _path, "FILE",
                  "Names of the class (one per line, or a CSV with a name column): one named worksheet per student, "
                  "versions in turn (2 unless --variants says).", field="class_list"),
)}
"""Every build option, in the order ``--help`` lists them; the ``print:`` keys and the flags both come from here."""
OPTION_NAMES = tuple(OPTIONS)


def parse_option(name: str, text: str, base: Path | None = None) -> object:
    """One option's value from text; ValueError says what was expected."""
    return OPTIONS[name].parse(text, base or Path.cwd())


def resolve(pack: Pack, flags: dict[str, object]) -> BuildOptions:
    """The pack's ``print:`` settings overlaid with ``flags`` (already parsed; flags win).

    Every bad setting is collected and reported at its place in the pack file.
    """
    import difflib

    base = Path(pack.path).parent
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for setting in pack.settings:
        if setting.key not in OPTIONS:
            close = difflib.get_close_matches(setting.key, OPTION_NAMES, n=1)
            hint = f"did you mean `{close[0]}`? " if close else ""
            problems.append(_setting_problem(pack, setting, f"unknown print option — {hint}known: {', '.join(OPTION_NAMES)}"))
            continue
        try:
            values[setting.key] = parse_option(setting.key, setting.value, base)
        except ValueError as error:
            problems.append(_setting_problem(pack, setting, str(error)))
    problems += label_problems(pack)
    if problems:
        raise StudypackError(problems)
    values.update((name, value) for name, value in flags.items() if value is not None)
    return assemble(values)


def _setting_problem(pack: Pack, setting: Setting, message: str) -> Problem:
    return Problem(message, pack.path, setting.line, setting.column, f"print.{setting.key}")


def assemble(values: dict[str, object]) -> BuildOptions:
    """The options with ``values`` (parsed, by option name) set and every other one left at its default."""
    groups: dict[str, dict[str, object]] = {"style": {}, "flashcards": {}, "summary": {}, "worksheet": {}}
    if values.get("class") is not None and "variants" not in values:
        values = {**values, "variants": CLASS_VARIANTS}  # neighbours get different versions
    for name, value in values.items():
        spec = OPTIONS[name]
        groups[spec.group][spec.attribute] = value
    style = Style(**groups["style"])
    return BuildOptions(
        flashcards=FlashcardOptions(style=style, **groups["flashcards"]),
        summary=SummaryOptions(style=style, **groups["summary"]),
        worksheet=WorksheetOptions(style=style, **groups["worksheet"]),
    )
