"""What fresh blind audits struck, and a worked example the sheet missed: blanks on words every student knows
("fizzing as h____ gas") set before the topic's own words; a worked line written with no bold and no arrow ("Ek =
½ × 2 × 3² = 9 J") never asked; a census year beside the census that dates it; a phrase sharing a word with its
definition; a compound beside the formulae it is made from; one word in two forms blanked twice; an acronym's
expansion printed after it; and vocabulary whose prompt prints the answer's initials or whose "meaning" is a label."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Calc, Gap, Translate
from studypack.layouts.worksheet.exercises.words import familiar
from sheet_builds import built, fresh_pack, of_kind, planned

SEEDS = ("1", "2")


def blanked(plan) -> list[str]:
    return [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]


def test_familiar_means_every_word_is_common_outside_the_topic():
    assert familiar("carbon dioxide") and familiar("North Sea") and familiar("clones") and familiar("nucleus")
    assert not familiar("osmosis") and not familiar("respiration") and not familiar("Garden of Gethsemane")
    assert not familiar("1066") and not familiar("42 kJ")


PLANTS = """\
title: Plant cells and transport
subject: Biology
cards:
  - title: Plant cells
    points:
      - Photosynthesis takes place in the **chloroplasts**, which hold the green pigment.
      - Plant cell walls are made of **cellulose**, which keeps the cell rigid.
      - Proteins are made on the **ribosomes**, found in the cytoplasm.
      - Asexual reproduction gives offspring that are genetically identical **clones** of the parent.
      - The permanent **vacuole** is filled with cell sap, which keeps the cell firm.
  - title: Transport in plants
    points:
      - Water moves up from the roots through the **xylem**, in dead hollow tubes.
      - Sugars are carried up and down the plant in the **phloem** by translocation.
      - Water vapour leaves the leaf through pores called **stomata**, mostly on the underside.
      - With sodium, ethanol gives off **hydrogen** gas with gentle fizzing.
  - title: The atom
    points:
      - Gamma rays come from changes in the **nucleus** of an atom during radioactive decay.
      - Most alpha particles passed straight through, so the atom is mostly **empty space**.
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_gap_fill_blanks_the_topics_own_words_before_words_everyone_knows(seed):
    plan, sheet, key = built(PLANTS, seed, exercises=("gap",))  # (alone: no other section takes a line first)
    answers = blanked(plan)
    assert len(answers) == 6 and not any(familiar(answer) for answer in answers), answers
    assert "g____ gas" not in sheet and "mostly e" not in sheet


ENERGY = """\
title: Energy
subject: Physics
cards:
  - title: Kinetic energy
    points:
      - "**Kinetic energy** is the energy a moving object has: Ek = ½ m v²."
      - "Example: a 2 kg trolley at 3 m/s has Ek = ½ × 2 × 3² = 9 J."
  - title: Relative atomic mass
    points:
      - "**Relative atomic mass** is the mean mass of an element's atoms, weighted by how common each isotope is."
      - "Try it: boron is 20% boron-10 and 80% boron-11. Answer = (10 × 20 + 11 × 80) ÷ 100 = 10.8"
"""


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_a_worked_line_with_no_bold_and_no_arrow_is_asked_with_its_result_hidden(seed):
    plan, sheet, key = built(ENERGY, seed, exercises=("calc",))
    sums = of_kind(plan, Calc)
    assert len(sums) == 2
    assert "a 2 kg trolley at 3 m/s → Ek =" in sheet and "= 9 J" not in sheet
    assert "boron is 20% boron-10 and 80% boron-11 →" in sheet and "Try it" not in sheet and "10.8" not in sheet
    assert "9 J" in key and "10.8" in key


@pytest.mark.parametrize("seed", SEEDS)
def test_no_census_year_beside_its_census_and_no_phrase_beside_a_word_of_it(seed):
    city = blanked(planned(fresh_pack("geography_bristol_urban_issues.yaml"), seed))
    assert "2011" not in city, city  # "(2021 census), up from about 428,000 in ____"
    money = blanked(planned(fresh_pack("maths_percentages_interest.yaml"), seed))
    assert city and money and not any(answer.startswith("per annum") for answer in money), money  # "____ = per year"


@pytest.mark.parametrize("seed", SEEDS)
def test_no_word_in_two_forms_no_compound_beside_its_reactants_and_no_acronym_beside_its_words(seed):
    water = [answer.casefold() for answer in blanked(planned(fresh_pack("chemistry_water_and_metals.yaml"), seed))]
    assert not ("sterilise" in water and "sterilisation" in water), water
    assert "oxides of nitrogen (noₓ)" not in water, water
    cold_war = blanked(planned(fresh_pack("history_cold_war_superpowers.yaml"), seed))
    assert water and cold_war and "INF Treaty" not in cold_war, cold_war


@pytest.mark.parametrize("seed", SEEDS)
def test_no_word_is_asked_beside_its_initials_nor_glossed_by_its_lists_label(seed):
    spanish = of_kind(planned(fresh_pack("spanish_school_future.yaml"), seed), Translate)
    german = of_kind(planned(fresh_pack("german_family_relationships.yaml"), seed), Translate)
    assert len(spanish) >= 6 and len(german) >= 6
    assert not any("FP in Spain" in item.shown + item.answer for item in spanish)
    assert not any({"Positive", "In between", "Negative"} & {item.shown, item.answer} for item in german)


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_no_blank_beside_a_word_of_its_opening_and_no_rounding_tip_in_a_scheme(seed):
    metals = blanked(planned(fresh_pack("chemistry_reactivity_redox.yaml"), seed))
    assert metals and "electrolysis" not in metals, metals  # "by e____ …, which uses a lot of electricity"
    plan, sheet, key = built(fresh_pack("maths_pythagoras_trigonometry.yaml"), seed)
    assert "calculator value" not in key and "only round" not in key


@pytest.mark.parametrize("seed", SEEDS)
def test_no_blank_is_a_name_printed_beside_it_made_an_adjective(seed):
    from studypack.layouts.worksheet.exercises.candidates import _named_place_adjective
    assert _named_place_adjective("Andean", "farming in the Andes") and not _named_place_adjective("Tudor", "Tudors")
    tundra = blanked(planned(fresh_pack("geography_tundra.yaml"), seed))
    assert tundra and "alpine tundra" not in tundra, tundra  # "al____ tundra … e.g. in the Alps"


def test_a_worked_probability_with_a_fraction_for_its_result_is_asked():
    plan, sheet, key = built(fresh_pack("maths_probability_trees_venn.yaml"), "1", exercises=("calc",))
    assert "a bag holds 3 red, 5 blue and 2 green counters → P(blue) =" in sheet and "1/2" in key
