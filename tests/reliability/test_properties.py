"""Whatever a pack holds and however it is built, a run ends in complete PDFs or in a clear message.

Random packs, written as YAML the way a user would, are built through the
command line with random options. A build that succeeds has written every
output asked for, byte for byte what the planned layouts draw, with every
word of every title and point read back from the PDF it belongs in (see
``readback``) and every character the font lacks named in a warning. A build
that fails exits 1 with ``error:`` lines that name the pack file and say how
to fix it, no traceback or Python repr, and nothing written.
"""
from __future__ import annotations

import re
import traceback
from pathlib import Path

import pytest
from hypothesis import currently_in_test_context, event, given, strategies as st
from typer.testing import CliRunner

from packgen import pack_yaml
from reliability import readback
from reliability.packs_strategy import build_options, cli_args, examples, pack_specs, quoted, yaml_text

from studypack import pipeline
from studypack.cli import app
from studypack.errors import StudypackError
from studypack.layouts import layout
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.options import OPTION_NAMES, parse_option
from studypack.source import loads
from studypack.source.writer import dump

runner = CliRunner()
_REPR = re.compile(r"Traceback|object at 0x|<class |\w+Error\(")
_PRINT_SETTINGS = set(OPTION_NAMES)


def note(text: str) -> None:
    """Count ``text`` in ``--hypothesis-show-statistics`` (when called from a property)."""
    if currently_in_test_context():
        event(text)


def build(folder: Path, text: str, options: dict[str, str], in_pack: bool = False):
    """Write the pack and run ``studypack build`` on it as a user would; (result, pack path, out folder)."""
    flags = dict(options)
    if in_pack:  # the pack's own print: settings instead of flags (except --only, which has none)
        settings = {name: ("yes" if value == "" else value) for name, value in flags.items() if name in _PRINT_SETTINGS}
        flags = {name: value for name, value in flags.items() if name not in settings}
        section = "print:\n" + "".join(f'  {name}: "{value}"\n' for name, value in settings.items())
        text = re.sub(r"^cards:$", lambda match: section + "cards:", text, count=1, flags=re.M)
    path = folder / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    out = folder / "out"
    result = runner.invoke(app, ["build", str(path), "--out", str(out), "--quiet", *cli_args(flags)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError("the build crashed:\n" + "".join(traceback.format_exception(result.exception)))
    return result, path, out


def assert_clear_refusal(result, path: Path, out: Path, options: dict[str, str] | None = None) -> None:
    """Exit 1, ``error:`` lines naming the file and the fix; only the outputs that could be made are written
    (each output stands alone), exactly as planned."""
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert lines and not result.stdout, result.output
    for line in lines:
        assert line.startswith("error: ") and str(path) in line, line
        assert " — " in line and not _REPR.search(line), line
    written = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} if out.exists() else {}
    assert written == _drawn(path, options or {}), f"the build wrote {sorted(written)}"
    note("refused: " + re.sub(r"[\d,.]+|“.*?”|`.*?`|\".*?\"", "#", lines[0].split(" — ")[0].split(": ")[-1])[:70])


def _drawn(path: Path, options: dict[str, str]) -> dict[str, bytes]:
    """The files of every output the pack's plan can make with ``options``; none if the pack itself is refused."""
    flags = {name: True if value == "" else parse_option(name, value)
             for name, value in options.items() if name in _PRINT_SETTINGS}
    names = pipeline.select_layouts(tuple(options["only"].split(",")) if "only" in options else None)
    try:
        pack, build_options = pipeline.prepare(path, flags)
    except StudypackError:
        return {}
    drawn: dict[str, bytes] = {}
    for name, plan in pipeline.plan_layouts(pack, build_options, names)[0]:
        drawn.update(layout(name).draw(plan))
    return drawn


def assert_complete(result, path: Path, out: Path, options: dict[str, str]) -> None:
    """Every output written, as planned, every word read back, every missing glyph named."""
    assert result.exit_code == 0, result.output
    warnings = [line.removeprefix("warning: ") for line in result.stderr.splitlines()]
    assert all(line.startswith("warning: ") for line in result.stderr.splitlines()), result.stderr
    flags = {name: True if value == "" else parse_option(name, value)
             for name, value in options.items() if name in _PRINT_SETTINGS}
    names = pipeline.select_layouts(tuple(options["only"].split(",")) if "only" in options else None)
    pack, build_options = pipeline.prepare(path, flags)
    plans = dict(pipeline.plan_layouts(pack, build_options, names)[0])
    written = {p.name: p.read_bytes() for p in (out / path.stem).iterdir()}
    drawn = {}
    for name, plan in plans.items():
        drawn.update(layout(name).draw(plan))
    assert sorted(written) == sorted(drawn) and all(written[n] == drawn[n] for n in drawn), "output differs from its plan"
    if "flashcards" in plans:
        readback.check_flashcards(pack, plans["flashcards"], written["flashcards.pdf"])
    if "summary" in plans:
        readback.check_summary(pack, plans["summary"], written["summary.pdf"])
    if "worksheet" in plans:
        readback.check_worksheet(pack, plans["worksheet"], written)
    texts = [pack.title] + [text for card in pack.cards for text in (card.title, *(p.text for p in card.points))]
    if "summary" in plans or "worksheet" in plans:  # their headers print the pack's details
        texts += [pack.subject or "", pack.course or "", pack.level or ""]
    if "summary" in plans:  # its headings print the dates, its footer the author
        texts += [card.date or "" for card in pack.cards] + [pack.author or ""]
    readback.assert_missing_named(warnings, texts, fonts_for(build_options.style))
    note(f"built {', '.join(sorted(plans))}")


@examples(1.0)
@given(spec=pack_specs(), options=build_options(), in_pack=st.booleans(), rewritten=st.booleans())
def test_any_pack_with_any_options_builds_whole_or_is_refused_clearly(tmp_path_factory, spec, options, in_pack, rewritten):
    folder = tmp_path_factory.mktemp("build")
    text = yaml_text(spec)
    if rewritten:  # the same pack as `studypack import` writes it: plain where YAML allows
        try:
            pack = loads(text, "pack.yaml")
        except StudypackError:
            note("pack refused by the loader")
        else:
            text = dump(pack)
            again = loads(text, "pack.yaml")
            assert again == pack, f"the pack written back reads differently: {_difference(pack, again)}"
    result, path, out = build(folder, text, options, in_pack)
    if result.exit_code == 0:
        assert_complete(result, path, out, options)
    else:
        assert_clear_refusal(result, path, out, options)


def _difference(pack, again) -> str:
    for name in ("title", "subject", "course", "author", "level", "settings"):
        if getattr(pack, name) != getattr(again, name):
            return f"{name} {getattr(pack, name)!r} became {getattr(again, name)!r}"
    card = next(i for i, (a, b) in enumerate(zip(pack.cards, again.cards)) if a != b)
    return f"card {card + 1} {pack.cards[card]!r} became {again.cards[card]!r}"


@examples(0.5)
@given(spec=pack_specs(max_cards=4))
def test_check_agrees_with_build_and_writes_nothing(tmp_path_factory, spec):
    folder = tmp_path_factory.mktemp("check")
    path = folder / "pack.yaml"
    path.write_text(yaml_text(spec), encoding="utf-8")
    checked = runner.invoke(app, ["check", str(path), "--quiet"])
    assert checked.exception is None or isinstance(checked.exception, SystemExit), checked.exception
    assert sorted(p.name for p in folder.iterdir()) == ["pack.yaml"]
    built = runner.invoke(app, ["build", str(path), "--out", str(folder / "out"), "--quiet"])
    assert checked.exit_code == built.exit_code, (checked.output, built.output)
    assert checked.stderr == built.stderr


# -- regressions: each bug these properties found, as a plain test -------------------

GOOD_PACK = 'title: "Pack"\ncards:\n  - title: "Card"\n    points:\n      - "In **1956** he gave the speech."\n'


def test_an_option_a_layout_refuses_names_the_pack_it_was_refused_for(tmp_path):
    # found: `--stock a7 --paper letter` printed "error: --stock a7 is A4 stock, …" without the pack's file
    options = {"stock": "a7", "paper": "letter"}
    result, path, out = build(tmp_path, GOOD_PACK, options)
    assert_clear_refusal(result, path, out, options)
    assert f"\nerror: {path}: --stock a7 is A4 stock, but --paper is letter" in "\n" + result.stderr


def pack_text(title: str = "Pack", cards: int = 4, term: str = "speech", **fields: str) -> str:
    """A small pack with dated cards and marked terms, enough for every worksheet section."""
    lines = [f"title: {quoted(title)}"] + [f"{key}: {quoted(value)}" for key, value in fields.items()] + ["cards:"]
    for n in range(cards):
        lines += [f"  - title: {quoted(f'Card {n + 1} about the {term}')}", f"    date: {1950 + n}", "    points:",
                  f"      - {quoted(f'In **{1950 + n}** the leader gave the **{term}** to congress {n}.')}",
                  f"      - {quoted(f'**Leader{n}** spoke for **{n + 2}** hours in Moscow.')}"]
    return "\n".join(lines) + "\n"


def test_a_long_pack_title_is_shortened_in_worksheet_headers_and_footers_not_run_off_the_page(tmp_path):
    # found: a 480-character pack title ("the the the …") ran off the page in the worksheet's and the
    # key's footers, over "Total: 12 marks" in the key's header, and down the page in the sheet's header
    options = {"only": "worksheet"}
    result, path, out = build(tmp_path, pack_text(" ".join(["the"] * 1200)), options)
    assert_complete(result, path, out, options)


def test_a_key_term_wider_than_the_word_bank_is_broken_over_its_rows_not_run_off_the_page(tmp_path):
    # found: a 150-letter key term in the word bank ran off both sides of the page ("AAAA…")
    options = {"only": "worksheet", "exercises": "gap"}
    text = "title: Bank\ncards:\n" + "".join(f"  - title: Card {n}\n    points:\n      - The **{'A' * 150}{n}** was key.\n"
                                             for n in range(3))
    result, path, out = build(tmp_path, text, options)
    assert_complete(result, path, out, options)


def test_characters_no_face_has_in_the_packs_details_and_dates_are_named_once(tmp_path):
    # found: with `level: "ا"` no warning was given, though the summary and worksheet print the level;
    # a card's date and the pack's subject, course and author were not checked either, and the summary
    # said the pack title's characters were "on card 0"
    text = pack_text("Pack 中", subject="歴史", level="ا", author="😀 Author").replace("date: 1950", 'date: "1950 年"')
    result, path, out = build(tmp_path, text, {})
    assert_clear_refusal(result, path, out, {})
    errors = result.stderr.splitlines()
    assert len(errors) == len(set(errors)) and "card 0" not in result.stderr
    assert any("U+0627" in e and "in the pack's level" in e for e in errors)
    assert any("U+5E74" in e and "on card 1 —" in e for e in errors)


def test_a_long_author_is_shortened_in_the_summary_footer_not_run_off_the_page(tmp_path):
    # found: an author of 600 characters ran off the right edge of the page in the summary's footer
    options = {"only": "summary", "pages": "2"}
    result, path, out = build(tmp_path, pack_text(author=" ".join(["Author"] * 100)), options)
    assert_complete(result, path, out, options)


def test_a_back_offset_that_would_push_text_off_the_paper_is_refused(tmp_path):
    # found: `--back-offset 6,0` on a7 stock (cards to the paper's edge) drew the backs of the right-hand
    # cards up to 1 mm past the paper's edge, where the text was cut off
    result, path, out = build(tmp_path, GOOD_PACK, {"back-offset": "6,0"})
    assert_clear_refusal(result, path, out, {"back-offset": "6,0"})
    assert [line for line in result.stderr.splitlines() if line.startswith("error: ")][0] == (f"error: {path}: --back-offset 6,0 moves the backs 6 mm right, but the text of the cards at"
                             " the sheet's right edge is 5.0 mm from it and would be cut off — printers misplace backs"
                             " by 1–4 mm: measure again with `studypack calibrate`")
    options = {"back-offset": "-4,4", "stock": "a7"}  # within the margin: built, every back whole
    result, path, out = build(tmp_path, GOOD_PACK, options)
    assert_complete(result, path, out, options)


def test_a_pack_title_that_would_fill_the_summary_page_is_shortened_not_blamed_on_the_cards(tmp_path):
    # found: a 4,950-character pack title made the summary refuse a four-card pack, saying "a card's heading
    # and first line do not fit a column at 7 pt — choose fewer cards with --tags or print on A3"
    options = {"only": "summary"}
    result, path, out = build(tmp_path, pack_text(" ".join(["Khrushchev"] * 450)), options)
    assert_complete(result, path, out, options)


@pytest.mark.slow
def test_three_digit_question_numbers_stand_clear_of_their_questions(tmp_path):
    # found: with 120 cards, `--questions 40 --profile large-print` numbers question 100 and up, and "100."
    # was drawn over the first letter of its question (the number column was as wide as "00.")
    options = {"only": "worksheet", "questions": "40", "profile": "large-print"}
    result, path, out = build(tmp_path, pack_yaml(120, seed=3), options)
    assert_complete(result, path, out, options)


def test_a_sections_first_question_fits_its_page_together_with_the_sections_heading(tmp_path):
    # found: a matching block with a 5,000-character statement was shrunk to fit a page by itself, but it is
    # kept with the section's heading, so together they ran down over the footer and off the page
    huge = " ".join(["7.38 tonnes of grain"] * 238)
    titles = ["Leader", "Lands party", "Congress speech", "Crushed in Hungary"]
    points = ["Cuba became a crisis.", "Malenkov lost to him.", "Economy of the Soviet Union.", huge]
    text = "title: Matching\ncards:\n" + "".join(f"  - title: {quoted(title)}\n    points:\n      - {quoted(point)}\n"
                                               for title, point in zip(titles, points))
    options = {"only": "worksheet", "exercises": "match"}
    result, path, out = build(tmp_path, text, options)
    assert_complete(result, path, out, options)


def test_flashcards_on_a3_without_a_stock_are_refused_with_the_fix(tmp_path):
    # found: "error: pack.yaml: flashcards on A3 need a --stock: index-3x5 or index-4x6" gave the fix in
    # another form than every other message ("what is wrong — how to fix it")
    result, path, out = build(tmp_path, GOOD_PACK, {"paper": "a3"})
    assert_clear_refusal(result, path, out, {"paper": "a3"})
    assert [line for line in result.stderr.splitlines() if line.startswith("error: ")][0] == (f"error: {path}: there is no flashcard stock for A3 paper — add --stock"
                                             " index-3x5 or --stock index-4x6 (as many index cards as fit, centred)")


def test_a_key_term_ending_in_a_backslash_is_written_back_so_that_it_reads_back():
    # found: `**C:\ ** now` loads as the term `C:\`, which the writer (`studypack import`, dump) wrote back
    # as `**C:\**`, where `\*` is an escaped star: the pack it wrote did not load
    pack = loads("title: T\ncards:\n  - title: A\n    points:\n      - Save it in **C:\\ ** now\n", "pack.yaml")
    assert tuple(text for text, is_term in pack.cards[0].points[0].runs() if is_term) == ("C:\\",)
    assert loads(dump(pack), "pack.yaml") == pack


def test_a_space_inside_a_key_terms_marks_leaves_one_space_and_the_pack_reads_back_the_same():
    # found: `**the ** the` loaded as "the  the" (the space inside the mark kept beside the one after it),
    # which the writer could only write back as `**the** the`, read as "the the": a pack changed on import
    pack = loads('title: T\ncards:\n  - title: A\n    points:\n      - "**the ** the, ** Stalin** died"\n', "pack.yaml")
    point = pack.cards[0].points[0]
    assert point.text == "the the, Stalin died" and tuple(text for text, is_term in point.runs() if is_term) == ("the", "Stalin")
    assert loads(dump(pack), "pack.yaml") == pack


def test_a_card_too_tall_for_any_summary_column_is_named(tmp_path):
    # found: a card title of 4,950 characters in large print was refused as "a card's heading and first line
    # do not fit a column at 16 pt — choose fewer cards with --tags …", naming neither the card nor the fix
    text = pack_text(cards=5).replace("Card 3 about the speech", " ".join(["Khrushchev"] * 450))
    result, path, out = build(tmp_path, text, {"only": "summary", "profile": "large-print"})
    assert_clear_refusal(result, path, out, {"only": "summary", "profile": "large-print"})
    assert result.stderr.startswith(
        f"error: {path}: the summary does not fit on one page of A4 paper: card 3 (“Khrushchev Khrushchev Khrushchev"
        " Khrushc…”) has a heading and first line taller than a column at 16 pt — shorten its title or its first point")
