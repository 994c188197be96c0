"""What blind audits of sets UZ and VA struck: a lettered blank of everyday words ("lower rates of h____ (2 words)"),
a short answer whose opening starts a longer word of its line ("Testosterone – made by the t____"), a unit of symbols
counted as words, the English meaning on a word's card asked as a gap, two true-or-false items resting on one year, a
worked line whose blank named an earlier step's quantity, a scale factor with no direction, a title matched to its
statement by "gas" or by the one line of data, "She" under a region's title, and a siege placed on a timeline by the
day it ended."""
from __future__ import annotations

import pytest

import re

from studypack.layouts.worksheet.exercises import Gap
from studypack.layouts.worksheet.exercises.beside import unit_named
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _opening_shared
from studypack.layouts.worksheet.exercises.events import _STATE
from studypack.layouts.worksheet.exercises.matching import share_words, title_words
from studypack.layouts.worksheet.exercises.questions import Choice, Match, TrueFalse
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.layouts.worksheet.exercises.words import common_phrase, singular
from studypack.source import loads
from studypack.source.inline import parse_point
from sheet_builds import blanked, fresh_pack, material, of_kind, pack_yaml, planned

HARD_WATER = pack_yaml("Hard water", "Chemistry", [
    ("Benefits", ["Some studies link hard water with lower rates of **heart disease**.",
                  "Hard water tastes better to many people because of its **dissolved minerals**."]),
    ("Current", ["**Conventional current** flows from + to − around the circuit.",
                 "Scale forms when **temporary hardness** is boiled away."]),
    ("Energy", ["Particles need the **activation energy** to react.",
                "**Activation energy** – the least energy particles need to react."])])


def test_a_lettered_blank_of_everyday_words_is_asked_only_where_the_pack_teaches_them():
    assert common_phrase("heart disease") and common_phrase("United Kingdom") and common_phrase("number plates")
    assert not common_phrase("bone marrow") and not common_phrase("fossil fuels")
    answers = blanked(HARD_WATER)
    assert "heart disease" not in answers  # any pupil says it from "lower rates of h____"
    assert "Conventional current" in answers  # its line opens on it: the card teaches it
    assert "activation energy" in answers or "Activation energy" in answers  # a line defines it


def test_a_short_answer_opening_a_longer_word_of_its_line_is_not_lettered():
    assert _opening_shared("testes", "Testosterone – made by the")
    assert not _opening_shared("testes", "Sperm cells are made in the")


def test_a_unit_of_symbols_is_no_blank():
    def term(text: str) -> Term:
        return Term(text, 0, len(text), "term", text, True)
    assert unit_named(term("kg m⁻² s⁻¹")) and unit_named(term("m/s")) and not unit_named(term("the big cat"))
    text = pack_yaml("Ultrasound", "Physics", [("Impedance", [
        "Acoustic impedance Z = ρc (density × speed of sound), unit **kg m^-2^ s^-1^**.",
        "Gel removes **air** between the probe and the skin."])])
    assert not any("kg" in answer for answer in blanked(text))


def test_a_words_card_does_not_ask_its_english_meaning_as_a_gap():
    text = ("title: A escola\nlang: pt\ncards:\n"
            "  - title: os trabalhos de casa\n    points:\n      - \"**homework** – often shortened to **TPC**\"\n"
            "  - title: a biblioteca\n    points:\n      - the library\n"
            "  - title: Opiniões\n    points:\n"
            "      - Tenho **demasiados** trabalhos de casa – I have too much homework\n")
    assert "homework" not in blanked(text)


def test_no_two_true_or_false_or_choice_items_rest_on_one_year():
    irish = fresh_pack("history_irish_home_rule.yaml")  # ("Introduced in April 1890" beside "Defeated in June 1890")
    pack = loads(irish, "irish.yaml")
    for seed in "123":
        plan = planned(irish, seed)
        asked = [*of_kind(plan, TrueFalse), *of_kind(plan, Choice)]
        assert len(asked) >= 4
        lines = [pack.cards[question.point.card].points[question.point.point].text for question in asked]
        years = [year for line in lines for year in set(re.findall(r"\b1\d{3}\b", line))]
        assert len(years) == len(set(years)), lines


def test_a_worked_line_asks_the_quantity_its_result_is_and_a_scale_factor_needs_its_direction():
    chain = worked(parse_point("e.g. 10.0 g CaCO3 → moles = 10.0 ÷ 100 = 0.100, mass of CaO = 0.100 × 56 = **5.6 g**"),
                   "Reacting masses")
    assert chain is not None and chain.asked == "mass of CaO = "  # not "moles = ____ g"
    assert worked(parse_point("e.g. volumes 16 cm^3^ and 54 cm^3^ → volume scale factor = 54 ÷ 16 = 3.375, length "
                              "scale factor = ∛3.375 = **1.5**"), "Volume scale factor") is None  # 1.5 or 2/3
    assert worked(parse_point("e.g. AB = 4 cm, PQ = 10 cm → scale factor = 10 ÷ 4 = **2.5**"),
                  "Finding missing lengths") is None  # 2.5 or 0.4
    cones = worked(parse_point("e.g. small cone 4 cm, large cone 10 cm → scale factor = 10 ÷ 4 = **2.5**"),
                   "Similar cones")
    assert cones is not None and cones.number == "2.5"


def test_a_title_is_matched_to_no_statement_by_its_own_word_nor_by_the_one_line_of_data():
    assert singular("gases") == "gas" and singular("gas") == "gas" and singular("lenses") == "lens"
    assert share_words(title_words("Gases"), title_words("so a gas fills any container"))
    states = pack_yaml("States of matter", "Chemistry", [
        ("Solids", ["Particles are packed closely in a regular **lattice**.", "Solids keep a fixed shape."]),
        ("Liquids", ["Particles slide past each other, so liquids **flow**.", "Liquids take the container's shape."]),
        ("Gases", ["Forces between particles are very weak, so a gas fills any container.",
                   "Particles move quickly in **random** directions."]),
        ("Useful data", ["Oxygen – mp −218 °C, bp −183 °C", "Water boils at **100 °C** at sea level."]),
        ("Diffusion", ["A white ring of **ammonium chloride** forms nearer the HCl end.",
                       "Heavier particles diffuse more slowly."])])
    for seed in "123":
        for block in of_kind(planned(states, seed, exercises=("match",)), Match):
            for pair in block.pairs:
                assert not (pair.title == "Gases" and "gas" in pair.text.casefold()), pair
                assert not pair.text.startswith("Oxygen – mp"), pair


def test_she_under_a_regions_title_is_not_asked():
    text = pack_yaml("The Indian Rebellion and the End of Company Rule", "History", [
        ("Central India", ["**Rani Lakshmibai** of **Jhansi** had lost her state to the Company's rule.",
                           "She was killed fighting near **Gwalior** in **June 1858**."]),
        ("Florence Nightingale", ["She cut death rates at **Scutari** by cleaning the wards."])])
    source = material(text)
    assert not source.names_person("Central India", "She was killed fighting near Gwalior")
    assert source.names_person("Florence Nightingale", "She cut death rates at Scutari")
    answers = blanked(text)
    assert "Gwalior" not in answers and "Scutari" in answers


def test_a_siege_through_the_summer_is_no_event_of_one_day():
    assert _STATE.search("British forces besieged the city from the Delhi Ridge through the summer and stormed it")
    assert not _STATE.search("British forces stormed Delhi in September 1857")


def test_gaps_of_the_everyday_kind_leave_the_sheet_its_taught_terms():
    for seed in "12":
        gaps = of_kind(planned(HARD_WATER, seed, exercises=("gap",)), Gap)
        assert gaps and not any(blank.text == "heart disease" for gap in gaps for blank in gap.answers)


def test_from_set_vb_a_referent_left_on_its_card_a_spare_naming_its_topic_and_a_dutch_s():
    from studypack.layouts.worksheet.exercises.events import _POINTS_BACK
    from studypack.layouts.worksheet.exercises.translate import vocabulary
    assert _POINTS_BACK.search("Landsteiner won the Nobel Prize in 1930 for this work.")
    assert _POINTS_BACK.search("Rayleigh and William Ramsay showed the difference was due to a new gas, argon.")
    assert not _POINTS_BACK.search("Landsteiner discovered the ABO blood groups in 1901.")
    air = fresh_pack("chemistry_air_fractional_distillation.yaml")
    for seed in "123":
        spares = [spare.text for match in of_kind(planned(air, seed), Match) for spare in match.spares]
        assert not any(spare.casefold().startswith("oxygen") for spare in spares), spares
    dutch = loads(fresh_pack("dutch_op_school.yaml"), "dutch.yaml")
    words = {word for _, word, _ in vocabulary(dutch)}
    assert "'s middags" in words and "s middags" not in words


def test_from_set_vb_a_fragment_of_the_cards_subject_and_the_years_of_the_event_itself():
    montserrat = fresh_pack("geography_montserrat_eruption.yaml")
    assert "British Overseas Territory" not in blanked(montserrat)  # "A B____ (3 words) – so the UK government …"
    from studypack.layouts.worksheet.exercises.candidates import year_bounds
    source = material(montserrat)  # a long-term response, after the eruption of 1995–97 in the sheet's title: no
    ref = next(ref for ref in source.refs if "Gerald" in source.point(ref).text)  # wrong year of the eruption's own
    year = next(term for term in source.terms[ref] if term.kind == "year")
    assert year.text == "2005" and year_bounds(source, ref, year)[0] >= 1997


def test_a_language_packs_list_question_accepts_other_right_words():
    from studypack.layouts import worksheet
    from studypack.layouts.options import WorksheetOptions
    from pdftext import text_of
    pack = loads(fresh_pack("dutch_op_school.yaml"), "dutch.yaml")
    for seed in "12":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("short",)))
        key = " ".join(text_of(worksheet.draw(plan)["answers.pdf"]).split())
        assert "noem er 6" in " ".join(text_of(worksheet.draw(plan)["worksheet.pdf"]).split())
        assert "leuk" in key and "Elk ander juist punt telt ook." in key


@pytest.mark.slow
def test_from_set_vc_one_person_asked_twice_roman_numerals_and_moles_of_what():
    from studypack.layouts.worksheet.exercises.beside import prints_symbol_of
    from studypack.layouts.worksheet.exercises.material import _overlapping
    assert _overlapping("Cressingham", "Hugh de Cressingham") and _overlapping("Hugh de Cressingham", "Cressingham")
    assert not _overlapping("heat", "latent heat")
    scots = fresh_pack("history_scottish_wars_independence.yaml")
    for seed in "123":
        answers = [blank.text for gap in of_kind(planned(scots, seed), Gap) for blank in gap.answers]
        assert not ("Cressingham" in answers and "Hugh de Cressingham" in answers), answers
    assert prints_symbol_of("Naming with Roman numerals", "Iron(II) sulfate is FeSO4; iron(III) chloride is FeCl3")
    assert not prints_symbol_of("Naming with Roman numerals", "The charge on the ion is written in brackets.")
    peroxide = "e.g. 3.40 g H~2~O~2~, M~r~ = 34.0 → n = 3.40 / 34.0 = 0.100 mol → n(O~2~) = **0.0500 mol**"
    found = worked(parse_point(peroxide), "Disproportionation of H2O2")
    assert found is not None and found.asked == "n(O₂) = "
    unnamed = "e.g. 3.40 g H~2~O~2~, M~r~ = 34.0 → 3.40 / 34.0 = 0.100 → 0.100 ÷ 2 = **0.0500 mol**"
    assert worked(parse_point(unnamed), "Disproportionation of H2O2") is None  # moles of the peroxide, or of O₂?


def test_from_set_vc_a_list_head_a_step_to_take_a_return_and_a_case_of_a_kind():
    from studypack.layouts.worksheet.exercises.allocate import _alike
    from studypack.layouts.worksheet.exercises.questions import Timeline
    snowdonia = fresh_pack("geography_snowdonia_glaciation.yaml")
    for seed in "123":
        plan = planned(snowdonia, seed)
        statements = ["".join(segment.text for segment in statement.segments)
                      for statement in of_kind(plan, TrueFalse)]
        assert not any(text.endswith("Other high peaks shaped by ice.") for text in statements), statements
        events = [event.text for timeline in of_kind(plan, Timeline) for event in timeline.events]
        assert not any("returned" in text for text in events), events
    assert "rearrange" not in blanked(fresh_pack("maths_arcs_sectors.yaml"))  # "then r____ to find the missing value"
    assert _alike("Cwms (cirques)", "Case study – Cwm Idwal") and not _alike("Case study – Boscastle", "Coasts")


def test_from_set_vd_figures_a_key_cannot_tell_apart_a_title_that_spells_the_answer_and_an_unnamed_act():
    from studypack.layouts.worksheet.exercises.events import _THE_ONE_BEFORE
    from studypack.layouts.worksheet.exercises.material import _close_figures
    assert _close_figures("90%", "89%") and _close_figures("1,500 m", "1,520 m")
    assert not _close_figures("90%", "3%") and not _close_figures("1066", "1067")
    norway = fresh_pack("geography_norway_hydropower.yaml")
    assert "oil and gas exporters" not in blanked(norway)  # "o____ (4 words)" under "…, oil and gas, …"
    for seed in "123":
        answers = [blank.text for gap in of_kind(planned(norway, seed), Gap) for blank in gap.answers]
        assert not ("90%" in answers and "89%" in answers), answers
    assert _THE_ONE_BEFORE.match("The Act was repealed by the Attlee Labour government in 1946.")


def test_from_set_ve_a_question_with_its_note_a_purity_test_and_a_subjectless_now():
    from studypack.layouts.worksheet.exercises.short_answers import asks_a_question
    from studypack.layouts.worksheet.exercises.questions import Short
    assert asks_a_question("Why did slavery end? – exam overview") and not asks_a_question("Who was who? The nobles")
    slavery = fresh_pack("history_abolition_slavery_usa.yaml")
    for seed in "123":
        assert not any("overview" in short.prompt for short in of_kind(planned(slavery, seed), Short))
    assert share_words(title_words("Testing for purity"), title_words("Impurities lower the melting point"))
    singapore = fresh_pack("geography_singapore_city.yaml")
    for seed in "123":
        statements = ["".join(segment.text for segment in statement.segments)
                      for statement in of_kind(planned(singapore, seed), TrueFalse)]
        assert not any("Now a hub" in text for text in statements), statements
