"""The reading profiles' table: each profile keeps the printing rules, and an unknown one is one clear error."""
from __future__ import annotations

import pytest

from studypack.layouts import flashcards, summary, worksheet
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions, WorksheetOptions, parse_option
from studypack.layouts.profiles import PROFILE_NAMES, PROFILES, profile
from studypack.source import loads

PACK = loads("title: Tiny\ncards:\n  - title: Sputnik\n    points:\n      - In **1957** the USSR launched a satellite.\n")


def test_the_default_profile_is_standard_and_every_profile_is_named_by_its_key():
    assert PROFILE_NAMES[0] == "standard"
    assert all(PROFILES[name].name == name for name in PROFILE_NAMES)


def test_large_print_is_16_pt_and_up_and_dyslexia_12_pt_and_up_with_one_and_a_half_spacing():
    assert profile("standard").floor == 7.0
    large, dyslexia = profile("large-print"), profile("dyslexia")
    sizes = ("card_title", "card_back", "summary_body", "worksheet_body", "worksheet_heading", "worksheet_title",
             "worksheet_small", "worksheet_key")
    assert large.floor >= 16 and all(getattr(large, size) >= 16 for size in sizes)
    assert dyslexia.floor >= 12 and dyslexia.leading >= 1.5 and all(getattr(dyslexia, size) >= 12 for size in sizes)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_every_profiles_headings_are_a_fifth_larger_than_its_body_text(name):
    rules = profile(name)
    assert rules.worksheet_heading >= 1.2 * rules.worksheet_body
    assert rules.card_title >= 1.2 * rules.card_back


def test_an_unknown_profile_is_a_value_error_naming_the_known_ones():
    with pytest.raises(ValueError, match=r"^no reading profile is called 'huge' — choose standard, large-print, dyslexia$"):
        profile("huge")


@pytest.mark.parametrize("plan, options", [
    (flashcards.plan, FlashcardOptions), (summary.plan, SummaryOptions), (worksheet.plan, WorksheetOptions)])
def test_every_layout_refuses_an_unknown_profile_with_the_same_error(plan, options):
    with pytest.raises(ValueError, match="no reading profile is called 'huge'"):
        plan(PACK, options(style=Style(profile="huge")))


def test_the_profile_option_takes_exactly_the_tables_names():
    assert [parse_option("profile", name) for name in PROFILE_NAMES] == list(PROFILE_NAMES)
    with pytest.raises(ValueError, match="standard, large-print, dyslexia"):
        parse_option("profile", "huge")
