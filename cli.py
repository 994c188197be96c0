"""The ``studypack`` command: parse options, call the library, report.

Every command is its options, a docstring and a call into the library; the
build options' flags are generated from the one option table (cli_options).
Only this module catches StudypackError: it prints each problem on one line
and exits 1. Usage mistakes (an unknown flag or choice) exit 2.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from . import __version__
from .cli_options import choice_option, layout_flags
from .errors import StudypackError, printable
from .progress import BuildProgress
from .export_formats import FORMAT_NAMES as EXPORT_FORMATS
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
        "  studypack check packs/khrushchev.yaml\n\n"
        "  studypack export packs/khrushchev.yaml --to anki"
    ),
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _echo_problems(problems) -> None:
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)


def _fail(error: StudypackError) -> NoReturn:
    _echo_problems(error.problems)
    raise typer.Exit(1) from None


def _warn(message: str) -> None:
    typer.echo(f"warning: {printable(message)}", err=True)


def _warn_all(warnings) -> None:
    """Each warning, ten of a kind at most (then how many more)."""
    from .repeats import capped

    for message in capped(map(str, warnings)):
        _warn(message)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def check_summary(cards: int, warnings: int) -> str:
    """``ok, 10 cards`` — or, when there are warnings, ``10 cards, 2 warnings`` (not ok to ignore)."""
    if warnings:
        return f"{_count(cards, 'card')}, {_count(warnings, 'warning')}"
    return f"ok, {_count(cards, 'card')}"


def _only(value: Optional[str]) -> tuple[str, ...]:
    """The layouts to build, in build order: every one unless --only names some."""
    from .pipeline import parse_layout_names, select_layouts

    try:
        return select_layouts(None if value is None else parse_layout_names(value))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _tags(value: Optional[str]) -> tuple[str, ...]:
    from .pipeline import parse_tags

    return parse_tags(value)


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
Tags = Annotated[Optional[str], typer.Option(callback=_tags, help="Only cards with one of these tags, comma-separated.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but warnings and errors.")]
LayoutFlags = dict[str, object]
"""Stands for the build options' flags, which ``layout_flags`` puts in its place (see cli_options)."""


@app.command()
@layout_flags()
def build(
    packs: Packs = None,
    *,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the PDFs; each pack gets out/<pack>/.")] = Path("out"),
    only: Only = None,
    tags: Tags = None,
    flags: LayoutFlags,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Packs built at once. Default: one per CPU core.", show_default=False)] = None,
    quiet: Quiet = False,
) -> None:
    """Build flashcards.pdf, summary.pdf, worksheet.pdf and answers.pdf for each pack.

    Each pack's PDFs go to OUT/<pack-file-name>/. They are written only when
    all of them are ready, so a failed build leaves earlier PDFs untouched.
    """
    from . import outputs, pipeline

    paths, missing = pipeline.find_packs(packs or [])
    try:
        outputs.refuse_shared_folders(paths, out)
    except StudypackError as error:
        _fail(error)
    builds = pipeline.build_many(paths, flags, only, tags, jobs)
    with BuildProgress([path.stem for path in paths], quiet) as progress:
        ok = progress.report(missing, outputs.write_builds(out, builds))
    if not ok:
        raise typer.Exit(1)


@app.command()
@layout_flags()
def check(
    packs: Annotated[list[Path], typer.Argument(help="Pack files or folders of packs to check.")],
    *,
    only: Only = None,
    tags: Tags = None,
    flags: LayoutFlags,
    quiet: Quiet = False,
) -> None:
    """Check packs and report what would not fit or not render; writes nothing."""
    from . import pipeline

    paths, missing = pipeline.find_packs(packs)
    _echo_problems(missing)
    ok = not missing
    for path, checked in pipeline.check_many(paths, flags, only, tags):
        if isinstance(checked, StudypackError):
            ok = False
            _echo_problems(checked.problems)
            continue
        pack, warnings, problems = checked
        for message in warnings:  # with several packs, each warning names its own
            _warn(f"{path}: {message}" if len(paths) > 1 else message)
        if problems:  # as build would: the outputs that can be made are fine, these cannot
            ok = False
            _echo_problems(problems)
        elif not quiet:
            typer.echo(f"{path}: {check_summary(len(pack.cards), len(warnings))}")
    if not ok:
        raise typer.Exit(1)


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The notes file to import.", show_default=False)],
    from_: choice_option("from", FORMAT_NAMES, "The file's format. Default auto: by its suffix, then its content.") = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the pack to this file (such as packs/topic.yaml) instead of printing it.", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option(help="The pack's title. Default: the title in the file, else the file's name.", show_default=False)] = None,
    sep: Annotated[Optional[str], typer.Option("--sep", help="csv/tsv: what separates a term from its definition: tab, comma, semicolon, pipe, space, or the text itself.", show_default=False)] = None,
    row_sep: Annotated[Optional[str], typer.Option("--row-sep", help="csv/tsv: what separates one card from the next: newline (default), semicolon, or the text itself.", show_default=False)] = None,
    media: Annotated[Optional[Path], typer.Option("--media", help="anki/markdown: the folder holding the pictures the export refers to. Default: the imported file's folder.", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the -o file (and its pictures) if it exists.")] = False,
    quiet: Quiet = False,
) -> None:
    """Turn notes from another tool into a pack file that `studypack build` takes as it is.

    Formats: getrevising (a card page copied as text), markdown (# pack, ## card,
    - point), csv and tsv (term, definition; Quizlet exports), anki (Notes in
    Plain Text), apkg (an Anki package, .apkg or .colpkg). Without -o the pack is printed, so it can be piped or checked first.
    An Anki package's pictures are written beside the -o pack, in <pack>-media/.
    """
    from . import outputs
    from .source.importers import ImportOptions, import_file
    from .source.writer import dump

    try:
        options = ImportOptions(title=title, sep=sep, row_sep=row_sep, media=media)
        imported = import_file(file, from_.value if from_ else "auto", options)
        if output is None:
            imported = imported.without_media("the pack is printed, not written — import with -o packs/name.yaml to"
                                              " copy them beside it")
            text = dump(imported.pack)
        else:
            outputs.refuse_output_onto_input(output, file)
            media_folder = output.parent / f"{output.stem}-media"
            imported = imported.with_media_in(media_folder)
            text = dump(imported.pack, output.parent)
            pictures = {picture.name: picture.data for picture in imported.media}
            outputs.write_pack_with_media(output, text, pictures, media_folder, force=force)
    except StudypackError as error:
        _fail(error)
    _warn_all(imported.warnings)
    if output is None:
        typer.echo(text, nl=False)
    elif not quiet:
        pictures = f" and {_count(len(imported.media), 'picture')} in {media_folder}" if imported.media else ""
        typer.echo(f"{file}: wrote {output}, {_count(len(imported.pack.cards), 'card')}{pictures} (read as {imported.format})")


@app.command()
@layout_flags("exercises", "questions", "variants", "seed", "generated")
def export(
    pack: Annotated[Path, typer.Argument(help="The pack file to export.", show_default=False)],
    *,
    to: choice_option("to", EXPORT_FORMATS, "anki (.apkg), quizlet (text to paste), csv, gift or moodle (Moodle quiz), qti (Canvas quiz .zip), kahoot (.xlsx).") = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The file to write. Default: out/<pack>/<pack>.<ext>.", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    tags: Tags = None,
    direction: choice_option("direction", ("forward", "both"), "anki: ask title → points only, or both ways. Default forward.") = None,
    flags: LayoutFlags,
    quiet: Quiet = False,
) -> None:
    """Export a pack for Anki, Quizlet, a spreadsheet, Moodle, Canvas or Kahoot.

    Quiz formats (gift, moodle, qti, kahoot) carry the same questions as the printed worksheet for the
    same --exercises, --questions, --variants and --seed. Whatever a format cannot
    hold is named in one warning.
    """
    from . import outputs, pipeline

    if to is None:
        raise typer.BadParameter(f"name the format with --to: {', '.join(EXPORT_FORMATS)}", param_hint="--to")
    try:
        exported = pipeline.export(pack, to.value, flags, tags, direction.value if direction else "forward")
        target = output or outputs.export_path(Path("out"), pack, exported.suffix)
        outputs.refuse_output_onto_input(target, pack)
        outputs.write_new(target, exported.data, force=force)
    except StudypackError as error:
        _fail(error)
    _warn_all(exported.warnings)
    if not quiet:
        typer.echo(f"{pack}: wrote {target}")


@app.command()
@layout_flags("paper", "flip", "lang")
def calibrate(
    *,
    flags: LayoutFlags,
    output: Annotated[Path, typer.Option("--output", "-o", help="The PDF to write.")] = Path("out/calibration.pdf"),
    quiet: Quiet = False,
) -> None:
    """Write a duplex test sheet that measures your printer's --back-offset.

    Print it double-sided (same printer, paper and flip edge as your cards),
    hold it to the light, read the X and Y numbers off the scales, then build
    with --back-offset X,Y.
    """
    from . import outputs, pipeline

    try:
        outputs.refuse_pdf_onto_pack(output)
        sheet, options = pipeline.calibration_sheet(flags)
        written = outputs.write_all(output.parent, {output.name: sheet})
    except StudypackError as error:
        _fail(error)
    if not quiet:
        typer.echo(f"wrote {written[0]} — print it double-sided, flip on {options.flip} edge, at 100 %;"
                   " its first page says how to read it")


def _stop_on_terminate() -> None:
    """SIGTERM ends the run as Ctrl-C does, through every ``finally``: nothing half-written is left behind."""
    import signal

    def terminate(number: int, frame: object) -> NoReturn:
        raise SystemExit(128 + number)

    signal.signal(signal.SIGTERM, terminate)


def main() -> None:
    """Entry point of the ``studypack`` console script."""
    _stop_on_terminate()
    app()
