"""The ``studypack`` command: parse options, call the library, write files, report.

Every command is its options, a docstring and a call into the library. Only
this module catches StudypackError: it prints each problem on one line and
exits 1. Usage mistakes (an unknown flag or choice) exit 2.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import StudypackError
from .progress import BuildProgress
from .layouts import LAYOUT_NAMES
from .layouts import options as layout_options
from .source.import_formats import FORMAT_NAMES

app = typer.Typer(
    name="studypack",
    help=(
        "Turn revision cards written once in YAML into printable study packs:\n\n"
        "double-sided flashcards, a one-page summary sheet, worksheets and answer keys.\n\n"
        "Examples:\n\n"
        "  studypack build                          (every pack in ./packs)\n\n"
        "  studypack build packs/khrushchev.yaml --paper letter\n\n"
        "  studypack build packs/ --only flashcards --stock avery-5371\n\n"
        "  studypack check packs/khrushchev.yaml"
    ),
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ONLY_ALIASES = {"answers": "worksheet", "worksheets": "worksheet", "cards": "flashcards", "flashcard": "flashcards"}


def _echo_problems(problems) -> None:
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)


def _fail(error: StudypackError) -> None:
    _echo_problems(error.problems)
    raise typer.Exit(1)


def _warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


def _parsed(name: str):
    """A Typer callback that parses a flag with the same rules as the pack's ``print:`` section."""

    def callback(value: Optional[str]) -> object:
        if value is None:
            return None
        try:
            return layout_options.parse_option(name, value)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None

    return callback


def _only(value: Optional[str]) -> Optional[tuple[str, ...]]:
    if value is None:
        return None
    names = []
    for raw in value.split(","):
        name = ONLY_ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if name not in LAYOUT_NAMES:
            raise typer.BadParameter(f"`{raw.strip()}` is not one of {', '.join(LAYOUT_NAMES)}")
        names.append(name)
    return tuple(dict.fromkeys(names))


def _tags(value: Optional[str]) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in (value or "").split(",") if tag.strip())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"studypack {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """studypack: printable study packs from revision cards."""


Packs = Annotated[Optional[list[Path]], typer.Argument(show_default=False, help="Pack files or folders of packs. Default: every pack in ./packs, else the bundled example.")]
Only = Annotated[Optional[str], typer.Option(callback=_only, help="Outputs to build, comma-separated: flashcards, summary, worksheet (worksheet.pdf + answers.pdf).")]
Tags = Annotated[Optional[str], typer.Option(help="Only cards with one of these tags, comma-separated.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but warnings and errors.")]


def _choice_option(name: str, choices: tuple[str, ...], help_text: str):
    # An Enum lets Typer list the choices in --help and refuse others with exit 2.
    choice = Enum(name.title().replace("-", ""), [(value, value) for value in choices], type=str)
    return Annotated[Optional[choice], typer.Option(f"--{name}", case_sensitive=False, help=help_text, show_default=False)]


def _value_option(name: str, help_text: str, metavar: str = "TEXT"):
    return Annotated[Optional[str], typer.Option(f"--{name}", callback=_parsed(name), metavar=metavar, help=help_text, show_default=False)]


Paper = _choice_option("paper", layout_options.PAPERS, "Paper size. Default a4.")
Profile = _choice_option("profile", layout_options.PROFILES, "Reading profile: large-print (16 pt floor) or dyslexia (12 pt, 1.5 spacing).")
Font = _value_option("font", "TrueType font file for body text (default: bundled Source Sans Pro).", "REGULAR.ttf")
FontBold = _value_option("font-bold", "TrueType font file for titles and key terms.", "BOLD.ttf")
Stock = _choice_option("stock", layout_options.STOCKS, "Flashcard stock. Default a7 on A4, letter-8 on Letter.")
Flip = _choice_option("flip", layout_options.FLIPS, "Duplex edge the printer flips on. Default long.")
BackOffset = _value_option("back-offset", "Shift every backs page by X,Y mm (read off `studypack calibrate`).", "X,Y")
Cut = _choice_option("cut", layout_options.CUTS, "Cut guides: crop marks, dashed lines on fronts, both, or none.")
Fold = Annotated[Optional[bool], typer.Option("--fold", help="For single-sided printers: each front beside its back, with a fold line.", show_default=False)]
Strict = Annotated[Optional[bool], typer.Option("--strict", help="Fail instead of continuing an over-long back onto a second card.", show_default=False)]
Orientation = _choice_option("orientation", layout_options.ORIENTATIONS, "Summary orientation. Default auto.")
Columns = _value_option("columns", "Summary columns: 1-4 or auto.", "N")
MinFont = _value_option("min-font", "Smallest summary body size in points (never below 7).", "PT")
Pages = _value_option("pages", "Pages the summary may take. Default 1.", "N")
Exercises = _value_option("exercises", "Worksheet sections, comma-separated: gap, match, mcq, timeline, tf, short.", "LIST")
Questions = _value_option("questions", "Most questions per worksheet section (default: 6, or 8 matching titles, 1 timeline, 3 short answers).", "N")
Variants = _value_option("variants", "Shuffled worksheet versions (A, B, C …).", "N")
Seed = _value_option("seed", "Shuffle seed (default: derived from the pack's content).", "S")
WordBank = Annotated[Optional[bool], typer.Option("--word-bank/--no-word-bank", help="Word bank under the gap fill. Default on.", show_default=False)]


def _flags(arguments: dict[str, object]) -> dict[str, object]:
    """The layout options among a command's ``arguments`` (its ``locals()``), by option name,
    the choices' Enums turned back into text; options left unset are left out."""
    flags: dict[str, object] = {}
    for key, value in arguments.items():
        name = key.replace("_", "-")
        if name not in layout_options.OPTION_NAMES:
            continue
        if isinstance(value, Enum):
            value = value.value
        if value is not None:
            flags[name] = value
    return flags


@app.command()
def build(
    packs: Packs = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the PDFs; each pack gets out/<pack>/.")] = Path("out"),
    only: Only = None,
    tags: Tags = None,
    paper: Paper = None,
    profile: Profile = None,
    font: Font = None,
    font_bold: FontBold = None,
    stock: Stock = None,
    flip: Flip = None,
    back_offset: BackOffset = None,
    cut: Cut = None,
    fold: Fold = None,
    strict: Strict = None,
    orientation: Orientation = None,
    columns: Columns = None,
    min_font: MinFont = None,
    pages: Pages = None,
    exercises: Exercises = None,
    questions: Questions = None,
    variants: Variants = None,
    seed: Seed = None,
    word_bank: WordBank = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Packs built at once. Default: one per CPU core.", show_default=False)] = None,
    quiet: Quiet = False,
) -> None:
    """Build flashcards.pdf, summary.pdf, worksheet.pdf and answers.pdf for each pack.

    Each pack's PDFs go to OUT/<pack-file-name>/. They are written only when
    all of them are ready, so a failed build leaves earlier PDFs untouched.
    """
    from . import outputs, pipeline

    flags = _flags(locals())
    paths, missing = pipeline.find_packs(packs or [])
    try:
        _refuse_shared_folders(paths, out)
    except StudypackError as error:
        _fail(error)
    names = pipeline.select_layouts(only)
    failed = bool(missing)
    with BuildProgress(len(paths), quiet) as progress:
        progress.problems(missing)
        if paths:
            progress.building(paths[0].stem)
        for index, (path, result) in enumerate(pipeline.build_many(paths, flags, names, _tags(tags), jobs)):
            try:
                if isinstance(result, StudypackError):
                    raise result
                written = outputs.write_all(outputs.output_folder(out, path), result.files)
            except StudypackError as error:
                failed = True
                progress.problems(error.problems)
            else:
                for message in result.warnings:
                    progress.warn(message)
                progress.info(f"{path}: wrote {', '.join(str(p) for p in written)}")
            progress.advance()
            if index + 1 < len(paths):
                progress.building(paths[index + 1].stem)
    if failed:
        raise typer.Exit(1)


@app.command()
def check(
    packs: Annotated[list[Path], typer.Argument(help="Pack files or folders of packs to check.")],
    only: Only = None,
    tags: Tags = None,
    paper: Paper = None,
    profile: Profile = None,
    font: Font = None,
    font_bold: FontBold = None,
    stock: Stock = None,
    flip: Flip = None,
    back_offset: BackOffset = None,
    cut: Cut = None,
    fold: Fold = None,
    strict: Strict = None,
    orientation: Orientation = None,
    columns: Columns = None,
    min_font: MinFont = None,
    pages: Pages = None,
    exercises: Exercises = None,
    questions: Questions = None,
    variants: Variants = None,
    seed: Seed = None,
    word_bank: WordBank = None,
    quiet: Quiet = False,
) -> None:
    """Check packs and report what would not fit or not render; writes nothing."""
    from . import pipeline

    flags = _flags(locals())
    paths, missing = pipeline.find_packs(packs)
    _echo_problems(missing)
    failed = bool(missing)
    names = pipeline.select_layouts(only)
    for path in paths:
        try:
            pack, warnings = pipeline.check(path, flags, names, _tags(tags))
        except StudypackError as error:
            failed = True
            _echo_problems(error.problems)
            continue
        for message in warnings:
            _warn(message)
        if not quiet:
            typer.echo(f"{path}: ok, {len(pack.cards)} cards")
    if failed:
        raise typer.Exit(1)


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The notes file to import.", show_default=False)],
    from_: _choice_option("from", FORMAT_NAMES, "The file's format. Default auto: by its suffix, then its content.") = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the pack to this file (such as packs/topic.yaml) instead of printing it.", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option(help="The pack's title. Default: the title in the file, else the file's name.", show_default=False)] = None,
    sep: Annotated[Optional[str], typer.Option("--sep", help="csv/tsv: what separates a term from its definition: tab, comma, semicolon, pipe, space, or the text itself.", show_default=False)] = None,
    row_sep: Annotated[Optional[str], typer.Option("--row-sep", help="csv/tsv: what separates one card from the next: newline (default), semicolon, or the text itself.", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the -o file if it exists.")] = False,
    quiet: Quiet = False,
) -> None:
    """Turn notes from another tool into a pack file that `studypack build` takes as it is.

    Formats: getrevising (a card page copied as text), markdown (# pack, ## card,
    - point), csv and tsv (term, definition; Quizlet exports), anki (Notes in
    Plain Text). Without -o the pack is printed, so it can be piped or checked first.
    """
    from .errors import Problem
    from .outputs import write_new
    from .source.importers import ImportOptions, import_file
    from .source.writer import dump

    try:
        imported = import_file(file, from_.value if from_ else "auto", ImportOptions(title=title, sep=sep, row_sep=row_sep))
        text = dump(imported.pack)
        if output is not None and output.resolve() == file.resolve():
            raise StudypackError(Problem("is the file being imported — choose another name with -o", str(output)))
        if output is not None:
            write_new(output, text.encode("utf-8"), force=force)
    except StudypackError as error:
        _fail(error)
    for warning in imported.warnings:
        _warn(str(warning))
    if output is None:
        typer.echo(text, nl=False)
    elif not quiet:
        typer.echo(f"{file}: wrote {output}, {len(imported.pack.cards)} cards (read as {imported.format})")


@app.command()
def calibrate(
    paper: Paper = None,
    flip: Flip = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The PDF to write.")] = Path("out/calibration.pdf"),
    quiet: Quiet = False,
) -> None:
    """Write a duplex test sheet that measures your printer's --back-offset.

    Print it double-sided (same printer, paper and flip edge as your cards),
    hold it to the light, read the X and Y numbers off the scales, then build
    with --back-offset X,Y.
    """
    from . import outputs
    from .layouts.flashcards import calibration
    from .layouts.options import FlashcardOptions, Style

    flags = _flags(locals())
    options = FlashcardOptions(style=Style(paper=flags.get("paper")), flip=flags.get("flip", "long"))
    try:
        written = outputs.write_all(output.parent, {output.name: calibration.render(options)})
    except StudypackError as error:
        _fail(error)
    if not quiet:
        typer.echo(f"wrote {written[0]} — print it double-sided, flip on {options.flip} edge, at 100 %;"
                   " its first page says how to read it")


def _refuse_shared_folders(paths: list[Path], out: Path) -> None:
    from .errors import Problem
    from .outputs import output_folder

    seen: dict[Path, Path] = {}
    for path in paths:
        folder = output_folder(out, path)
        if folder in seen and seen[folder].resolve() != path.resolve():
            raise StudypackError(Problem(f"{seen[folder]} and {path} would both write to {folder} — rename one of them"))
        seen[folder] = path


def main() -> None:
    """Entry point of the ``studypack`` console script.

    Every file is written and synced before the command returns, so the
    process leaves at once instead of freeing a big pack object by object
    (a tenth of a second on 10,000 cards).
    """
    try:
        app()
        code = 0
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)
        if isinstance(leaving.code, str):
            sys.stderr.write(leaving.code + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
