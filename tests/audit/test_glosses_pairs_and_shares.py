"""Round IR–IT of the unseen-pack audit: a figure glossed in brackets is no multiple choice, a count of pairs beside
its total is no blank, a share the givens count out is no calculation, a sum under a title naming two things says
which it asks, and a line naming someone's act with no verb is no statement."""
from __future__ import annotations

import random

from sheet_builds import built, hideable, material, of_kind, pack_yaml
from studypack.layouts.worksheet.exercises import Choice
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _true_false
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.source import loads


def test_a_figure_glossed_in_brackets_gets_no_made_up_neighbours():
    source = material(pack_yaml("Elizabeth I", "History", [("The settlement", [
        "Missing church on Sunday meant a **12d (one shilling)** fine.",
        "The Act of Supremacy passed with **21** votes to **18**.",
        "About **8,000** clergy took the oath."])]))
    glossed = source.terms[PointRef(0, 0)][0]
    assert glossed.kind == "number"
    assert distractors(glossed, source.pool, random.Random(1), 3, source.point(PointRef(0, 0)).text) is None


def test_a_count_of_pairs_beside_the_total_it_halves_is_no_blank():
    pack = pack_yaml("Inheritance", "Biology", [("Chromosomes", [
        "Human body cells have **23 pairs** of chromosomes (46 in total).",
        "Gametes have **23** chromosomes."])])
    assert "23 pairs" not in hideable(pack, "Human body cells")


def _read(line: str, title: str):
    card = loads(pack_yaml("Sums", "Maths", [(title, [line])]), "w.yaml").cards[0]
    return worked(card.points[0], title)


def test_a_share_the_givens_count_out_is_no_calculation():
    assert _read("e.g. fair dice, 3 of the 6 numbers are prime (2, 3, 5) → P(prime) = 3/6 = **1/2**", "Probability") is None
    assert _read("e.g. 18 pupils play football, 5 of them also play tennis → P(tennis | football) = **5/18**",
                 "Conditional probability") is not None  # the 18 is the new whole, which is the point of the sum


def test_a_sum_under_a_title_naming_two_things_says_which_it_asks():
    assert _read("e.g. stroke volume 70 cm^3^, heart rate 72 beats/min → 70 × 72 = **5040 cm^3^/min**",
                 "Heart rate and cardiac output") is None
    assert _read("e.g. stroke volume 70 cm^3^, heart rate 72 beats/min → cardiac output = 70 × 72 = "
                 "**5040 cm^3^/min**", "Heart rate and cardiac output") is not None


def test_a_line_naming_someones_act_with_no_verb_is_no_statement():
    source = material(pack_yaml("The Normans", "History", [("The Harrying of the North", [
        "William's answer to the 1069 rising, over the winter of **1069–70**.",
        "Villages were burned and **livestock** killed."])]))
    assert _true_false(source, PointRef(0, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None


def test_a_line_on_them_with_nothing_named_before_or_on_what_was_done_leans_on_the_line_before():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("Archbishop Grindal refused to ban them in 1576, so he was suspended.")
    assert leans_on_previous("Discovered → Norfolk executed in 1572.")
    assert not leans_on_previous("The Puritans wanted a plainer church; Elizabeth fined them.")
    assert not leans_on_previous("Grindal refused to ban the prophesyings in 1576.")


def test_the_word_beside_that_spells_the_answers_start_tells_it():
    crude = pack_yaml("Crude oil", "Chemistry", [("Fuels", [
        "**Hydrocarbon** – a compound of **hydrogen** and **carbon** atoms only.",
        "**Particulates** – tiny solid particles (soot) that damage lungs.",
        "The carbon anodes burn away (\\\\ce{C + O2 -> CO2}) and must be replaced.",
        "Cracking needs a hot **catalyst** to break long molecules."])])
    assert "hydrogen" not in hideable(crude, "Hydrocarbon")
    assert "Particulates" not in hideable(crude, "Particulates")
    assert "catalyst" in hideable(crude, "Cracking")


def test_an_element_named_first_in_a_term_is_told_by_its_symbol_in_the_lines_equation():
    pack = pack_yaml("Aluminium", "Chemistry", [("Extraction", [
        "The **carbon anodes** burn away (C + O₂ → CO₂) and must be replaced.",
        "The **carbon anodes** are replaced at 950 °C."])])
    assert "carbon anodes" not in hideable(pack, "The carbon anodes burn")
    assert "carbon anodes" in hideable(pack, "The carbon anodes are")  # °C is no carbon


RIVERS = """title: Rivers
subject: Geography
cards:
  - title: Flood hydrographs
    points:
      - "**Lag time** – the time between peak rainfall and peak discharge."
      - e.g. peak rainfall at 10:00, peak discharge at 22:00 → lag time = 22 − 10 = **12 hours**
      - Urban areas have a **shorter** lag time.
  - title: Meanders
    points:
      - "**Meanders** – bends in the river's middle course."
      - Erosion is fastest on the **outside** of the bend.
  - title: Waterfalls
    points:
      - "**Waterfalls** – form where hard rock lies over soft rock."
      - The soft rock is undercut, making a **plunge pool**.
  - title: Deltas
    points:
      - "**Deltas** – form where a river deposits sediment at its mouth."
      - The Nile has a large **delta**.
"""


def test_no_statement_defines_the_quantity_a_calculation_asks():
    from studypack.layouts.worksheet.exercises.matching import _pair
    from studypack.layouts.worksheet.exercises.questions import Pair
    source = material(RIVERS)
    source.worked_out.append("lag time")
    definition = Pair(0, "Flood hydrographs", PointRef(0, 0), "Lag time – the time between peak rainfall and peak "
                      "discharge")
    assert _pair(source, definition) is None
    assert _pair(source, Pair(0, "Flood hydrographs", PointRef(0, 2), "Urban areas have a shorter lag time")) \
        is not None
    for seed in "123":
        _, sheet, _ = built(RIVERS, seed, exercises=("calc", "match"))
        assert "lag time =" in sheet and "the time between peak rainfall" not in sheet


def test_a_right_angle_the_line_says_is_no_blank_and_no_angle_offered_is_past_a_straight_line():
    coast = pack_yaml("Coasts", "Geography", [("Waves", [
        "**Backwash** runs straight back down, at **90°** to the coastline.",
        "**Swash** moves up the beach at an angle of about **45°**.",
        "The cliff face is at **90°** to the beach."])])
    assert "90°" not in hideable(coast, "Backwash")
    assert "90°" in hideable(coast, "The cliff face")
    source = material(coast)
    swash = next(term for term in source.terms[PointRef(0, 1)] if term.kind == "number")
    wrong = distractors(swash, source.pool, random.Random(1), 3, source.point(PointRef(0, 1)).text) or ()
    assert all(float(option.rstrip("°")) <= 180 for option in wrong)


def test_a_verdict_under_an_exam_command_is_no_stem():
    rio = pack_yaml("Rio", "Geography", [("Improving the favelas", [
        "Metro **Line 4** to **Barra da Tijuca** (2016) helped with traffic congestion.",
        "Evaluate: real improvements in some places, but lots of money went on the Olympics rather than on the "
        "favelas."])])
    for seed in "1234":
        _, sheet, _ = built(rio, seed, exercises=("gap", "tf"))
        assert "Evaluate" not in sheet


def test_words_in_quotation_marks_are_a_slogan_not_a_person_unless_a_kings_name():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    slogan = 'Stokely Carmichael made "Black Power" a slogan in 1966.'
    start = slogan.index('"Black')
    assert name_sort("Black Power", slogan, start, start + len('"Black Power"'), frozenset({"Black Power"})) == "other"
    crowned = 'Simnel was crowned "Edward VI" in Dublin.'
    start = crowned.index('"Edward')
    assert name_sort("Edward VI", crowned, start, start + len('"Edward VI"'), frozenset()) == "person"


def test_a_count_of_two_the_line_names_in_a_and_a_is_no_number_to_change():
    source = material(pack_yaml("Inheritance", "Biology", [("Sexual reproduction", [
        "Sexual reproduction needs **two parents** and the fusion of a male and a female gamete.",
        "Asexual reproduction needs only **one parent**."])]))
    statement = _true_false(source, PointRef(0, 0), False)
    assert statement is None or "three parents" not in " ".join(segment.text for segment in statement.segments)
    assert "two parents" not in [term.text for term in source.hideable(PointRef(0, 0))]


def test_a_word_before_the_noun_it_describes_is_offered_only_beside_words_that_can_describe():
    genes = pack_yaml("Inheritance", "Biology", [("Key terms", [
        "**Dominant**, **recessive**, **homozygous**, **heterozygous**, **genotype**, **phenotype**",
        "**Dominant** allele – always expressed, even if only one copy is present.",
        "**Genotype** = the alleles you have; **phenotype** = the characteristic you see."])])
    source = material(genes)
    text = source.point(PointRef(0, 1)).text
    dominant = source.terms[PointRef(0, 1)][0]
    shown = text[:dominant.start] + text[dominant.end:]
    for seed in range(4):
        wrong = distractors(dominant, source.pool, random.Random(seed), 3, shown) or ()
        assert wrong and not {"genotype", "phenotype"} & {option.casefold() for option in wrong}, wrong


def test_a_title_asking_where_and_when_a_thing_forms_lends_the_thing_as_topic():
    from studypack.layouts.worksheet.exercises.material import title_topic
    assert title_topic("Where and when do tropical storms form?") == "Tropical storms"
    assert title_topic("How do vaccines work?") == "Vaccines"


def test_a_guess_of_three_words_before_a_dash_leans_on_the_line_before():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("Probably not more frequent – the total number may stay the same or even fall.")


def test_a_symbol_the_working_solves_for_but_the_stem_never_names_is_no_calculation():
    assert _read("e.g. 300 N child sits 2.0 m left of the pivot; 400 N child on the right → 300 × 2.0 = 400 × d → "
                 "d = 600 ÷ 400 = **1.5 m**", "Principle of moments") is None
    assert _read("e.g. F = 12 N, m = 3 kg → a = F ÷ m = 12 ÷ 3 = **4 m/s^2^**", "Newton's second law") is not None


def test_a_unit_that_is_a_word_says_what_a_sum_under_two_things_asks():
    assert _read("e.g. carbon-14, A = 14, Z = 6 → 14 − 6 = **8 neutrons**", "Atoms and isotopes") is not None
    assert _read("e.g. carbon-14, A = 14, Z = 6 → 14 − 6 = **8 neutrons**", "Atomic number, mass number and isotopes") \
        is not None


def test_a_conversion_and_a_magnification_are_asked():
    assert _read("e.g. cell 0.025 mm wide → 0.025 × 1000 = **25 µm**", "Units and sizes") is not None
    assert _read("e.g. 420 ppm as a percentage → 420 ÷ 1 000 000 × 100 = **0.042%**", "Carbon dioxide and methane") \
        is not None
    assert _read("e.g. image 12 mm at ×400 → real size = 12 ÷ 400 = **0.03 mm**", "Magnification") is not None
    assert _read("e.g. 12 × 400 mm → 4800 mm → **4.8 m**", "Units and sizes") is None  # a product in the givens


def test_a_numbered_step_that_says_find_is_no_question():
    from studypack.layouts.worksheet.exercises.calculations import _examples
    steps = pack_yaml("Fractions", "Maths", [("How do I add and subtract fractions?", [
        "1. Find a **common denominator** (the **LCM** of the denominators keeps numbers small).",
        "2. Convert each fraction. 3. Add or subtract the **numerators** only. 4. Simplify.",
        "e.g. 2/3 + 1/4 → 8/12 + 3/12 = **11/12**"])])
    asked = [found.givens for positions, found in _examples(loads(steps, "f.yaml"), 0) if 0 in positions]
    assert not asked, asked
