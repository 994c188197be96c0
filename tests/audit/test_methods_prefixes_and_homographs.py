"""What the blind audit of set SK, and an own read of sets SI and SJ, struck: a method's name beside its steps or its
purpose ("d____: boil the sea water, then cool and condense the steam", "s____ to kill microbes", "f____ to remove
solids"), "c____ – every council had to", a unit beside its symbol ("1 k____ = 1000 bytes; 1 MB = 1000 kB"), a word
built on a number beside the number ("t____: groups of three similar elements"), a word whose initial a short form in
brackets spells ("M____ – … vaccinated (MMR)"), a French word shown alone that reads as English ("sale", dirty), and
a tier label opening a title ("Higher: extracting copper"). From set SL: "endangered or already e____"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.questions import Translate
from sheet_builds import fresh_pack, hideable, material, of_kind, planned, scheme_texts


def test_a_method_is_not_blanked_beside_its_steps_or_its_purpose():
    resources = fresh_pack("chemistry_using_resources.yaml")
    assert hideable(resources, "Method 1") == []
    assert not {"filter beds", "sterilise"} & set(hideable(resources, "Treatment: choose"))
    assert "compulsory" not in hideable(fresh_pack("history_industrial_revolution_reform.yaml"), "1875 Public Health")


def test_a_unit_is_not_blanked_beside_its_symbol():
    assert "kilobyte (kB)" not in hideable(fresh_pack("computing_data_representation.yaml"), "1 kilobyte")
    assert "kilobyte" not in hideable(fresh_pack("computing_data_representation.yaml"), "1 kilobyte")


def test_a_word_built_on_a_number_or_spelled_by_a_short_form_is_not_blanked_beside_it():
    assert "triads" not in hideable(fresh_pack("chemistry_periodic_table.yaml"), "Döbereiner")
    assert "Measles" not in hideable(fresh_pack("biology_communicable_diseases.yaml"), "Measles")


def test_a_word_that_reads_as_english_is_asked_from_its_meaning():
    for seed in "1234":
        for item in of_kind(planned(fresh_pack("french_home_town.yaml"), seed), Translate):
            assert item.shown != "sale", item


def test_a_tier_label_opening_a_title_is_not_printed():
    from studypack.layouts.worksheet.exercises.roles import printed_title
    assert printed_title("Higher: extracting copper from low-grade ores") == "Extracting copper from low-grade ores"
    assert printed_title("Foundation and Higher overlap") == "Foundation and Higher overlap"


def test_a_word_is_not_blanked_beside_its_partner():
    """From set SL: "many species are now endangered or already e____": of the pair, the one not printed."""
    assert "extinct" not in hideable(fresh_pack("biology_ecology_cycles.yaml"), "Human activities are reducing")


def test_the_event_itself_is_no_cause_and_a_list_label_no_word_to_translate():
    """From set SM: "A flash flood hit Boscastle … on 16 August 2004" as a point of "Boscastle flood 2004 – causes";
    "Other problems: das Mobbing" set to translate with its label."""
    rivers = material(fresh_pack("geography_rivers_flooding_boscastle.yaml"))
    card = next(index for index, card in enumerate(rivers.pack.cards)
                if card.title == "Boscastle flood 2004 – causes")
    scheme = scheme_texts(rivers, card)
    assert scheme and not any("16 August 2004" in point for point in scheme), scheme
    for seed in "1234":
        for item in of_kind(planned(fresh_pack("german_school_future.yaml"), seed), Translate):
            assert "problems:" not in f"{item.shown} {item.answer}", item


@pytest.mark.slow
def test_a_false_year_before_a_named_dated_battle_and_a_halogen_beside_halide_ions_are_not_set():
    """From set SM: "The Germans called the Somme the 'muddy grave' … in early 1914 they fell back" beside the card
    "The Battle of the Somme" (1916); "halide ions … the h____"."""
    from studypack.layouts.worksheet.exercises import TrueFalse
    from studypack.layouts.worksheet.exercises.questions import plain
    for seed in "1234":
        for statement in of_kind(planned(fresh_pack("history_ww1_western_front.yaml"), seed), TrueFalse):
            assert statement.true or "1914" not in plain(statement.segments), plain(statement.segments)
    assert "halogen" not in hideable(fresh_pack("chemistry_electrolysis_aluminium.yaml"), "At the anode")


def test_from_set_sn_a_fee_a_form_a_powder_and_a_churchman():
    """"C____ (2 words): daily fee for driving into central London", "the d____ (4 words); a² − b² = …", "S____
    (2 words) ↑ (powder rather than lumps)", and Bishop von Galen the one churchman in a word bank."""
    from studypack.layouts.worksheet.exercises.allocate import _peers
    assert hideable(fresh_pack("geography_urban_change_london.yaml"), "Congestion Charge (February") == []
    assert hideable(fresh_pack("maths_sequences_algebraic_fractions.yaml"), "Look out for the difference") == []
    assert "surface area" not in [term.casefold() for term in hideable(
        fresh_pack("chemistry_rates_le_chatelier.yaml"), "Surface area")]
    source = material(fresh_pack("history_nazi_germany_1933_45.yaml"))
    terms = {term.text: term for terms in source.terms.values() for term in terms}
    assert not _peers(terms["Bishop von Galen"], terms["Reinhard Heydrich"], source.pool)
