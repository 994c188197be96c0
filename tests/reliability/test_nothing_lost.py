"""Nothing lost: every word of the pack comes back out of the PDFs, where it belongs.

For each layout, the pack's words are compared with the words read back
(``readback``): flashcards, every title on its front and every point on its
back, continued backs included; the summary, all of it in order; the
worksheet and its key, every point in a question or in the key, or listed by
the plan as not used. For the example pack, a generated 60-card pack, and
random packs.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from packgen import pack_yaml
from reliability import readback
from reliability.packs_strategy import examples, pack_specs, yaml_text

from studypack.errors import StudypackError
from studypack.layouts import flashcards, summary, worksheet
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions, WorksheetOptions
from studypack.source import load, loads

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"


def assert_nothing_lost(pack, style: Style = Style(), fold: bool = False, pages: int = 1,
                        refusals_allowed: bool = False) -> None:
    """Plan, draw and read back every layout; with ``refusals_allowed``, a layout may refuse the pack
    (a summary that cannot fit, a title too long for a card) if it says how to fix it."""
    layouts = (
        (flashcards, FlashcardOptions(style=style, fold=fold), readback.check_flashcards),
        (summary, SummaryOptions(style=style, pages=pages), readback.check_summary),
        (worksheet, WorksheetOptions(style=style), readback.check_worksheet),
    )
    for module, options, check in layouts:
        try:
            plan = module.plan(pack, options)
        except StudypackError as error:
            if not refusals_allowed:
                raise
            assert all(" — " in problem.message for problem in error.problems), error
            continue
        files = module.draw(plan)
        check(pack, plan, files if module is worksheet else files[module.OUTPUTS[0]])


@pytest.mark.slow
@pytest.mark.parametrize("profile, pages", [("standard", 1), ("large-print", 3), ("dyslexia", 2)])
def test_every_word_of_the_example_pack_is_in_its_pdfs(profile, pages):
    assert_nothing_lost(load(EXAMPLE), Style(profile=profile), pages=pages)


@pytest.mark.slow  # (a long build read back whole: make test-slow, which CI runs)
def test_every_word_of_the_example_pack_is_on_folded_cards_and_letter_paper():
    assert_nothing_lost(load(EXAMPLE), Style(paper="letter"), fold=True)


@pytest.mark.slow
def test_every_word_of_a_60_card_pack_is_in_its_pdfs():
    pack = loads(pack_yaml(60, seed=7), "sixty.yaml")
    assert_nothing_lost(pack, pages=3)


@pytest.mark.slow  # (a long build read back whole: make test-slow, which CI runs)
def test_every_word_of_long_backs_is_on_their_continuation_cards():
    pack = loads(pack_yaml(12, seed=3, points=(6, 9), words=(25, 40)), "long.yaml")
    plan = flashcards.plan(pack, FlashcardOptions())
    assert len(plan.cards) > len(pack.cards)  # the case is exercised: some backs continue
    readback.check_flashcards(pack, plan, flashcards.draw(plan)["flashcards.pdf"])


@examples(0.75)
@given(spec=pack_specs(max_cards=6, max_points=5))
def test_every_word_of_a_random_pack_is_in_its_pdfs(spec):
    try:
        pack = loads(yaml_text(spec), "random.yaml")
    except StudypackError:
        return  # the loader's refusals are the subject of test_fuzz_sources and test_properties
    assert_nothing_lost(pack, refusals_allowed=True)


@pytest.mark.parametrize("text", [
    "title: x²\ncards:\n  - title: the\n    points: [the]\n",  # a raised header at the top of the sheet
    "title: the\ncards:\n  - title: the\n    points: ['the $\\frac{a}{b}$']\n",  # invisible / between a and b
], ids=["raised-header", "fraction"])
def test_notation_the_random_search_found_reads_back_whole_inside_the_paper_and_unoverprinted(text):
    assert_nothing_lost(loads(text), refusals_allowed=True)  # a one-point pack makes no worksheet
