"""What the blind audits of sets UQ and UR struck: "anti-Jewish p____" (pogroms); "an elected S____ (2 words)" (State
Duma) on a sheet headed "… and the Duma era"; "Alpha, beta and gamma compared" matched to "α most ionising …; γ the
reverse"; a true statement under "Shia beliefs – the Five Roots of Usul ad-Din" that says what its heading says; "No
cure. Control = … grow T____ varieties" with no word of which disease; "less light absorbed → less p____ → less
glucose"; "Ab____ – avoiding intercourse"; "t____ and hairs (roses, cacti, holly)"; and a mark scheme paying for
"Quick check: … if your answer goes the wrong way"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Match, TrueFalse
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, fresh_plans, material, of_kind, pack_yaml, scheme_texts

SEEDS = ("1", "2", "3", "4")



@pytest.mark.parametrize("title, line, answer", [
    ("How the Tsar regained control", "Its street gangs, the Black Hundreds, attacked radicals and carried out "
                                      "anti-Jewish **pogroms**.", "pogroms"),
    ("Tobacco mosaic virus", "Less chlorophyll → less light absorbed → less **photosynthesis** → less glucose → "
                             "stunted growth.", "photosynthesis"),
    ("Plant defences", "Mechanical: **thorns** and **hairs** (roses, cacti, holly leaves) put animals off eating "
                       "them.", "thorns"),
    ("How oxygen increased", "Algae started producing oxygen by **photosynthesis** about 2.7 billion years ago.",
     "photosynthesis"),
    ("Non-hormonal contraception", "**Abstinence** – avoiding intercourse around the time of ovulation.",
     "Abstinence"),
])
def test_a_word_every_pupil_knows_beside_its_clues_is_not_lettered(title, line, answer):
    assert answer not in blanked(pack_yaml("Revision", "Biology", [(title, [line])]))


def test_a_name_whose_own_word_the_sheet_title_prints_is_not_blanked():
    duma = ("title: The Russian Revolution of 1905 and the Duma era\nsubject: History\ncards:\n"
            "  - title: The October Manifesto\n    points:\n"
            "      - Promised an elected **State Duma** and that no law would take effect without its approval.\n"
            "      - It split the opposition, as the liberals accepted it and the **Soviets** did not.\n")
    assert "State Duma" not in blanked(duma)


def test_a_line_that_needs_its_disease_named_is_not_asked_without_it():
    virus = pack_yaml("Plant disease", "Biology", [("Tobacco mosaic virus (TMV)", [
        "Pathogen = a **virus**. Infects tobacco, tomatoes and many related plants.",
        "No cure. Control = remove and destroy infected plants, wash hands and tools, grow **TMV-resistant** "
        "varieties."])])
    assert "TMV-resistant" not in blanked(virus)


def test_a_tip_to_check_an_answer_is_no_point_of_a_scheme():
    inverse = pack_yaml("Proportion", "Maths", [("Inverse proportion", [
        "**Inverse proportion**: as one quantity increases, the other decreases at the same rate.",
        "Graph is a **reciprocal** curve; it never touches either axis.",
        "Quick check: more workers → less time; if your answer goes the wrong way, you've treated it as direct."])])
    assert not any("Quick check" in line for line in scheme_texts(material(inverse), 0))


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_statement_in_greek_letters_is_not_matched_to_the_title_that_spells_them():
    for plan in fresh_plans("physics_radioactive_decay_uses.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any(pair.title.startswith("Alpha, beta") and "α" in pair.text for pair in match.pairs)


@pytest.mark.slow
def test_a_true_statement_is_not_printed_under_a_heading_that_says_it():
    for plan in fresh_plans("rs_islam_pillars_sunni_shia.yaml", SEEDS):
        for statement in of_kind(plan, TrueFalse):
            printed = plain(statement.segments)
            assert not (printed.startswith("Shia beliefs – the Five Roots") and "5 roots" in printed), printed
