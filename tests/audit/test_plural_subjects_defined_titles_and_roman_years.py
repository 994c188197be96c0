"""Rounds QK–QL of the unseen-pack audit: a line placing something by an "it" it never names is no question; two
cards one of which defines itself by the other ("Translocation = … through the phloem" and "Phloem") are not both
matching titles, nor a spare beside the other; advice on how to answer is no scheme point, label or none; and a
false statement on a line dated AD 77 to 84 keeps its years, and never takes a year another line of the sheet
prints ("AD 51") nor one a year from the truth ("AD 84" for 83); a number the line prints as a power ("2²³")
is no blank; and values listed side by side ("crosses twice = 2 roots, just touches = 1 repeated root") are no
calculation."""
from __future__ import annotations

import re

from sheet_builds import built, calculations, fresh_pack, hideable, material, of_kind, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Match, TrueFalse
from studypack.layouts.worksheet.exercises.roles import leans_on_previous
from studypack.source import loads


def test_a_line_placing_things_by_an_unnamed_it_leans_on_the_line_before():
    assert leans_on_previous("Settlers were given plots of land along it; side roads created a fishbone pattern.")
    assert leans_on_previous("Dozens of smaller cannon were used alongside it along the land walls.")
    assert not leans_on_previous("Limewater turns cloudy when carbon dioxide bubbles through it.")
    assert not leans_on_previous("Settlers cleared the forest along the highway and farmed beside it.")


def test_no_question_prints_the_line_whose_it_the_sheet_never_names():
    brazil = fresh_pack("geography_brazil.yaml")
    for seed in "12":
        _, sheet, _ = built(brazil, seed)
        assert "along it" not in sheet, sheet


PLANTS = fresh_pack("biology_plant_transport.yaml")


def test_a_title_defined_by_another_is_not_matched_beside_it():
    titles_of = [card.title for card in loads(PLANTS, "plants.yaml").cards]
    for seed in "1234":
        for match in of_kind(planned(PLANTS, seed, exercises=("match",)), Match):
            shown = {pair.title for pair in match.pairs} | {titles_of[pair.card] for pair in match.spares}
            assert not {"Phloem", "Translocation"} <= shown, shown


TRANSPIRATION = pack_yaml("Transpiration", "Biology", [
    ("Factors affecting the rate of transpiration", [
        "**Light**: more light opens more stomata, so the rate rises.",
        "**Temperature**: warmer water molecules evaporate and diffuse faster.",
        "**Wind**: moving air keeps the concentration gradient steep.",
        "**Humidity**: humid air makes the gradient shallower, so the rate falls.",
        "Explain each factor in terms of either stomata or the concentration gradient, not just \"it goes faster\"."]),
])


def test_advice_on_how_to_answer_is_no_scheme_point():
    lines = scheme_texts(material(TRANSPIRATION), 0)
    assert lines and not any("Explain each factor" in line for line in lines), lines


ROMAN = """\
title: Roman Britain, 55 BC to AD 410
subject: History
cards:
  - title: Caratacus and the resistance
    date: AD 43–51
    points:
      - He led the **Silures** and **Ordovices** of Wales in a guerrilla war.
      - Defeated in battle in **AD 51**, he fled north to the **Brigantes**.
      - Queen **Cartimandua** handed him over to the Romans in chains.
  - title: Boudica's revolt
    date: AD 60–61
    points:
      - The druids were attacked on their stronghold of **Anglesey** in **AD 60**.
      - The Iceni rose when **Prasutagus** died and the Romans seized his kingdom.
      - Her army burned **Camulodunum**, **Londinium** and **Verulamium**.
  - title: Agricola and the far north
    date: AD 77–84
    points:
      - "**Agricola** was governor of Britain from about **AD 77** to **84**."
      - Victory at **Mons Graupius** in **AD 83** over the Caledonians.
      - His son-in-law **Tacitus** wrote his life, so the account favours him.
  - title: Hadrian's Wall
    date: AD 122
    points:
      - Emperor **Hadrian** ordered the wall in **AD 122** after visiting Britain.
      - It ran **73 miles** from the Tyne to the Solway.
      - The **Antonine Wall** of **AD 142** lay further north and was built of turf.
  - title: Towns and roads
    points:
      - "**Londinium** was founded around **AD 50** and became the capital after the revolt."
      - About **2,000 miles** of paved roads let troops move fast.
      - Towns had a **forum**, **basilica** and **public baths**.
"""


def test_a_dated_stretch_keeps_its_years_and_no_false_year_is_printed_elsewhere():
    for seed in "12345678":
        plan, sheet, key = built(ROMAN, seed, exercises=("tf", "match", "gap", "short"))
        for question in of_kind(plan, TrueFalse):
            line = " ".join(segment.text for segment in question.segments)
            assert "Agricola was governor" not in line or question.answer, line
        for true, wrong in re.findall(r"False – AD (\d+), not (AD \d+)", key):
            assert sheet.count(wrong) == 1, (wrong, sheet)
            assert abs(int(true) - int(wrong[3:])) > 1, (true, wrong)  # "Mons Graupius in AD 84": as good as true


def test_a_number_printed_as_a_power_on_its_line_is_no_blank():
    genetics = pack_yaml("Variation", "Biology", [("Where variation comes from", [
        "With **23** pairs of chromosomes, independent assortment alone gives **2^23^** ≈ **8.4 million** gametes.",
        "Mutations are random changes in the **DNA** base sequence.",
        "Most mutations have **no effect** on the phenotype."])])
    assert "23" not in hideable(genetics, "With")


def test_values_listed_side_by_side_are_no_calculation():
    roots = pack_yaml("Quadratic graphs", "Maths", [("Solving equations with graphs", [
        "The roots of x^2^ − 5x + 6 = 0 are where y = x^2^ − 5x + 6 crosses the **x-axis**.",
        "Number of roots: crosses twice = **2 roots**, just touches = **1 repeated root**, misses = **no real roots**.",
        "Example: x^2^ − 5x + 6 = 0 → (x − 2)(x − 3) = 0 → x = **2** or x = **3**."])])
    assert not any("just touches" in stem for stem in calculations(roots)), calculations(roots)
