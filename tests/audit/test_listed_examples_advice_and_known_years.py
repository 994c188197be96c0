"""What the blind audit of set UK struck: "Takes no account of q____ (3 words): leisure time, health, pollution";
"Both examples make good case studies for an evaluation question" paid as a point of a scheme; "In ____ the COVID-19
lockdowns caused the largest fall in UK output"; "placed in a coffin or s____"; and "Bacteria respire aerobically and
use up the d____ (2 words) → fish suffocate". And of set UL: "county s____ and town marshals"; "Emitter = a surface
that gives out radiation; ab____ = a surface that takes in radiation"; "→ you may need moles = ____ mol/dm³", the left
side of a tip's formula printed as what a sum works out; and "most lost marks here are adding up errors" paid as a
point. And of set UM: "short" to put into French, keyed "courts" alone where the pack also gives "petit(e) –
short/small"; and "O____ (2 words) – for an ohmic conductor …" (Ohm's law). And of set UN: "Root hair cells have
lots of m____ to release that energy", the energy of the line before."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises import Calc
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, of_kind, pack_yaml, planned, translated


@pytest.mark.parametrize("title, line, answer", [
    ("Limits of GDP", "Takes no account of **quality of life**: leisure time, health, pollution, stress, crime.",
     "quality of life"),
    ("UK recessions", "In **2020** the COVID-19 lockdowns caused the largest fall in UK output for 300 years.", "2020"),
    ("Mummification", "Body wrapped in linen bandages, face mask added; placed in a coffin or **sarcophagus**.",
     "sarcophagus"),
    ("Eutrophication", "Bacteria respire aerobically and use up the **dissolved oxygen** → fish and other animals "
                       "suffocate and die.", "dissolved oxygen"),
    ("Law and order", "Law officers were US marshals (federal) and county **sheriffs** and town marshals.", "sheriffs"),
    ("Key words", "**Emitter** = a surface that gives out radiation; **absorber** = a surface that takes in "
                  "radiation.", "absorber"),
])
def test_an_answer_the_line_gives_to_anyone_is_not_blanked(title, line, answer):
    assert answer not in blanked(pack_yaml("Revision", "Geography", [(title, [line])]))


def test_a_note_on_case_studies_for_an_exam_question_is_advice():
    assert is_scaffolding("Both examples make good case studies for an evaluation question on the causes of recession.")


def test_a_list_after_a_colon_that_describes_is_no_list_of_examples():
    prague = pack_yaml("The Cold War", "History", [("Czechoslovakia, 1968", [
        "Alexander Dubček began the **Prague Spring**: 'socialism with a human face' – less censorship, more freedom "
        "to travel, some free-market reform."])])
    assert "Prague Spring" in blanked(prague)


def test_a_tip_is_no_name_for_what_a_sum_works_out():
    moles = pack_yaml("Concentration", "Chemistry", [("Concentration in mol/dm³", [
        "Concentration (mol/dm³) = moles ÷ volume (dm³).",
        "You may need moles = mass ÷ Mr first (the two-step question).",
        "Example: 4.0 g of NaOH (Mr = 40) made up to 250 cm³ → 4.0 ÷ 40 = 0.10 mol → 0.10 ÷ 0.250 = 0.40 mol/dm³."])])
    stems = [plain(calc.segments) for seed in "12" for calc in of_kind(planned(moles, seed), Calc)]
    assert stems and not any("may need" in stem for stem in stems), stems


def test_marks_lost_to_slips_is_advice():
    assert is_scaffolding("Work out the Mr carefully – most lost marks here are adding up errors.")


def test_a_meaning_the_pack_gives_two_words_for_is_not_put_back_into_the_language():
    asked = translated("Describing people", "French", [
        "longs – long; courts – short; raides – straight; frisés – curly",
        "grand(e) – tall; petit(e) – short/small; de taille moyenne – medium height"])
    assert asked and not any("shown='short'" in item for item in asked), asked


def test_a_law_named_for_a_person_is_not_lettered_beside_a_word_made_from_the_name():
    ohm = pack_yaml("Resistors", "Physics", [("Key words", [
        "**Ohm's law** – for an ohmic conductor at constant temperature, I is directly proportional to V."])])
    assert "Ohm's law" not in blanked(ohm)


def test_a_thing_pointed_at_as_that_leans_on_the_line_before():
    assert leans_on_previous("Root hair cells have lots of mitochondria to release that energy, but no chloroplasts.")
    assert not leans_on_previous("Mitochondria release the energy in glucose, and muscle cells need that energy.")
