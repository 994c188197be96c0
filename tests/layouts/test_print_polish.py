"""Print polish from a teacher's trial: A3 summaries grow to use the page, titles shrink then
hyphenate, and the "Print at 100 %" note never lands on a card someone keeps."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from packgen import pack_yaml
from pdftext import open_pdf
from studypack.layouts import flashcards, summary
from studypack.layouts.kit.page import UNPRINTABLE_EDGE
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions
from studypack.source import load, loads

EXAMPLE = load(Path(__file__).parents[2] / "packs" / "khrushchev.yaml")
SMALL = loads(pack_yaml(8, 3, points=(2, 3), words=(6, 12)), "small.yaml")


def body_size(plan) -> float:
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        return Counter(round(char["size"], 2) for char in pdf.pages[0].chars).most_common(1)[0][0]


# -- 19: the summary's largest size grows with the paper ---------------------

def test_an_a3_summary_grows_past_the_a4_cap_to_about_17_pt():
    a4 = summary.plan(SMALL, SummaryOptions(style=Style(paper="a4")))
    a3 = summary.plan(SMALL, SummaryOptions(style=Style(paper="a3")))
    assert a4.body_size == 12.0 and body_size(a4) == 12.0
    assert a3.body_size == 17.0 and body_size(a3) == 17.0


def test_an_a3_summary_of_the_example_fills_its_page():
    plan = summary.plan(EXAMPLE, SummaryOptions(style=Style(paper="a3")))
    assert plan.body_size > 12.0 and len(plan.pages) == 1
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        page = pdf.pages[0]
        body = [char for char in page.chars if abs(char["size"] - plan.body_size) < 0.01]
        assert max(char["bottom"] for char in body) > 0.9 * page.height  # no third of the page left blank


@pytest.mark.parametrize("profile, cap", [("dyslexia", 19.75), ("large-print", 25.5)])
def test_every_profile_cap_scales_on_a3(profile, cap):
    from studypack.layouts.summary.frame import Scale

    assert Scale.of(SummaryOptions(style=Style(paper="a3", profile=profile))).largest == cap
    assert Scale.of(SummaryOptions(style=Style(paper="letter", profile=profile))).largest < cap / 1.4


# -- 17: the printing note lands on no card that is kept ----------------------

STOCKS = ["a7", "letter-8", "avery-5371", "avery-5388", "avery-c32011", "index-3x5", "index-4x6"]
NOTE_GREY = (0.45, 0.45, 0.45)


def overlaps(char: dict, rect, page_height: float) -> bool:
    """Whether a pdfplumber character's box meets ``rect`` (PDF coordinates)."""
    top, bottom = page_height - rect.top, page_height - rect.y
    return char["x1"] > rect.x and char["x0"] < rect.right and char["bottom"] > top and char["top"] < bottom


@pytest.mark.parametrize("fold", [False, True], ids=["duplex", "fold"])
@pytest.mark.parametrize("stock", STOCKS)
@pytest.mark.parametrize("last_sheet", ["partial", pytest.param("full", marks=pytest.mark.slow)])
def test_the_printing_note_is_on_no_kept_card_and_said_on_the_terminal_when_off_the_paper(stock, fold, last_sheet):
    probe = FlashcardOptions(stock=stock, fold=fold)
    try:
        per_sheet = flashcards.plan(loads(pack_yaml(1, 1, points=(1, 1), words=(3, 5))), probe).sheets.per_sheet
    except Exception as error:  # stock that cannot be folded is refused, and tested elsewhere
        assert fold, error
        return
    count = per_sheet + (per_sheet if last_sheet == "full" else max(1, per_sheet - 1))
    pack = loads(pack_yaml(count, 2, points=(1, 2), words=(4, 8)))
    plan = flashcards.plan(pack, probe)
    assert len(plan.cards) == count  # no continued backs: the count of kept cards is known
    sheets = plan.sheets
    width, height = sheets.size
    expected = ("Print at 100 % (actual size), single-sided; fold on the dotted lines, then cut" if fold
                else "Print at 100 % (actual size), double-sided, flip on long edge")
    sides = 1 if fold else 2
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        fronts = pdf.pages[::sides]
        notes = []
        for sheet, page in enumerate(fronts):
            note = [char for char in page.chars if char["non_stroking_color"] == NOTE_GREY and char["size"] == pytest.approx(7)]
            kept = min(per_sheet, count - sheet * per_sheet)
            cards = [sheets.front(index) for index in range(kept)] + ([sheets.back(index) for index in range(kept)] if fold else [])
            for char in note:
                assert not any(overlaps(char, card, page.height) for card in cards), (sheet, char["text"], char["x0"], char["top"])
                assert UNPRINTABLE_EDGE - 0.01 <= char["x0"] and char["x1"] <= width - UNPRINTABLE_EDGE + 0.01
                assert UNPRINTABLE_EDGE - 0.01 <= char["top"] and char["bottom"] <= height - UNPRINTABLE_EDGE + 0.01
            for line in page.lines:  # nor on a crop mark or cut line
                assert not any(line["x1"] >= char["x0"] and line["x0"] <= char["x1"] and line["bottom"] >= char["top"]
                               and line["top"] <= char["bottom"] for char in note)
            notes.append("".join(char["text"] for char in note))
        for page in pdf.pages[1::2] if not fold else ():
            assert not [char for char in page.chars if char["non_stroking_color"] == NOTE_GREY]
    said = [warning for warning in plan.warnings if "printing note" in warning]
    if any(notes):
        assert all(note in ("", expected) for note in notes) and not said, (notes, said)
        has_margin = plan.note_at.sheet is None
        assert notes == [expected] * len(notes) if has_margin else notes[-1] == expected and not any(notes[:-1])
    else:  # nowhere safe on the paper: it goes to the terminal
        assert stock in ("a7", "letter-8") and last_sheet == "full"
        assert len(said) == 1 and expected[1:].lower() in said[0].lower(), said


# -- 20: titles shrink before a word breaks, and then break with a hyphen -------

def title_lines(plan, number: int) -> list[str]:
    return ["".join(text for word in words for text, _ in word.pieces) for _, words in plan.cards[number].title.rows()]


def test_a_long_compound_title_shrinks_to_the_floor_before_it_breaks_and_then_shows_a_hyphen():
    compound = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenver"[:58]
    pack = loads(f"title: Wörter\ncards:\n  - title: {compound}\n    points: [ein Punkt]\n")
    plan = flashcards.plan(pack, FlashcardOptions())
    assert plan.cards[0].title.size == 12.0
    lines = title_lines(plan, 0)
    assert len(lines) == 2 and lines[0].endswith("-") and lines[0][:-1] + lines[1] == compound
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        sizes = {round(char["size"], 2) for char in pdf.pages[0].chars if "Bold" in char["fontname"]}
        assert sizes == {12.0} and lines[0] in pdf.pages[0].extract_text()


def test_a_title_whose_words_fit_at_a_smaller_size_shrinks_rather_than_breaks():
    pack = loads("title: Words\ncards:\n  - title: Internationalisierungsbestrebungen heute\n    points: [a point]\n")
    plan = flashcards.plan(pack, FlashcardOptions())
    assert 12.0 < plan.cards[0].title.size < 24.0
    assert title_lines(plan, 0) == ["Internationalisierungsbestrebungen", "heute"]


def test_numbers_with_units_are_never_hyphenated():
    pack = loads("title: Units\ncards:\n  - title: 1234567890123456789012345678901234567890mm\n    points: [a point]\n")
    plan = flashcards.plan(pack, FlashcardOptions())
    assert not any(line.endswith("-") for line in title_lines(plan, 0))
