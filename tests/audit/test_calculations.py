"""Calculations: a card's worked example asked with its result blanked, the card's working as the key."""
from __future__ import annotations

import pytest

from studypack.exporters import export_pack
from studypack.exporters import ExportOptions
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Calc
from studypack.layouts.worksheet.exercises.questions import points_used
from studypack.layouts.worksheet.exercises.calculations import _split_question, answered, worked
from studypack.source import loads
from sheet_builds import built, of_kind, planned

PHYSICS = """title: Energy and forces
subject: Physics
cards:
  - title: Kinetic energy
    points:
      - "**Kinetic energy** – E = ½mv², in joules."
      - "Worked example – 2 kg ball at 3 m/s → ½ × 2 × 3^2^ = **9 J**"
  - title: Area of a circle
    points:
      - "A = πr² – square the radius first."
      - "e.g. r = 6 cm → A = 36π = 113.097… = **113.1 cm^2^** (1 d.p.)"
  - title: Power
    points:
      - Power is the rate of transferring energy, in watts.
      - "Worked example – motor transfers 600 J in 20 s → P = 600/20 = **30 W**"
  - title: Newton's second law
    points:
      - Resultant force = mass × acceleration.
      - e.g. 1200 kg car, a = 2.5 m/s^2^ → F = 1200 × 2.5 = **3000 N**
"""

HISTORY = """title: The Berlin Wall
subject: History
cards:
  - title: The wall goes up
    points:
      - In **August 1961** East Germany sealed the border in Berlin overnight.
      - About **3.5 million** people had left the East through Berlin by then.
  - title: Kennedy's visit
    points:
      - "**Kennedy** spoke in West Berlin in **June 1963**."
      - Crowds of about **450,000** came to hear him.
  - title: The wall falls
    points:
      - The border opened on **9 November 1989** after a muddled announcement.
      - Germany was reunited in **October 1990**.
"""


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _read(text: str, before: str = "", title: str = "Topic"):
    """The worked example ``text`` read apart, on a card titled ``title`` under the line ``before``."""
    lines = [before, text] if before else [text]
    card = loads(f"title: t\ncards:\n  - title: {title}\n    points:\n"
                 + "".join(f"      - {_quoted(line)}\n" for line in lines), "w.yaml").cards[0]
    return worked(card.points[-1], title, card.points[0] if before else None)


@pytest.mark.parametrize("line, title, stem, answer", [
    ("e.g. r = 6 cm → A = 36π = 113.097… = **113.1 cm^2^** (1 d.p.)", "Area of a circle",
     "Area of a circle: r = 6 cm → A = ____ cm² (1 d.p.)", "113.1"),
    ("Backwards – C = 40 cm → d = 40 ÷ π = **12.7 cm** (1 d.p.), so r = 6.37 cm.", "Circumference",
     "Circumference: C = 40 cm → d = ____ cm (1 d.p.)", "12.7"),
    ("15% of £80 → 10% = £8, 5% = £4, so 15% = **£12**", "Percentages", "Percentages: 15% of £80 → £____", "12"),
    ("Price £54 including 20% VAT → 54 ÷ 1.2 = **£45** before VAT.", "Reverse percentages",
     "Reverse percentages: Price £54 including 20% VAT → £____ before VAT", "45"),
    ("e.g. sides 5 cm and 12 cm → $c = \\sqrt{25 + 144} = \\sqrt{169} = 13$ cm", "Pythagoras",
     "Pythagoras: sides 5 cm and 12 cm → c = ____ cm", "13"),
    ("Profit – bought for £40, sold for £52 → 12 ÷ 40 × 100 = **30% profit**", "Percentage change",
     "Percentage change: Profit – bought for £40, sold for £52 → ____% profit", "30"),
    ("e.g. sides 6 cm and 8 cm → c² = 36 + 64 = 100, so c = √100 = 10 cm", "Pythagoras",
     "Pythagoras: sides 6 cm and 8 cm → c = ____ cm", "10"),
    ("**Parallelogram** – A = bh. e.g. base 9 m, height 4 m → 36 m^2^", "Area of 2D shapes",
     "Parallelogram: base 9 m, height 4 m → ____ m²", "36"),
    ("e.g. 3x + 5 = 20 → 3x = 15 → **x = 5**", "Solving linear equations",
     "Solving linear equations: 3x + 5 = 20 → x = ____", "5"),
    ("e.g. 7 − 2x = 3x − 8 → 15 = 5x → **x = 3**", "Unknowns on both sides",
     "Unknowns on both sides: 7 − 2x = 3x − 8 → x = ____", "3"),
    ("Efficiency = (biomass passed on ÷ biomass available) × 100. e.g. 150 kg of rabbits from 1,500 kg of grass → "
     "**10%**", "Energy and biomass", "Energy and biomass: 150 kg of rabbits from 1,500 kg of grass → efficiency = ____%", "10"),
    ("Opposite 7 cm, adjacent 10 cm → θ = tan⁻¹(0.7) = **35.0°** (1 d.p.)", "Finding an angle",
     "Finding an angle: Opposite 7 cm, adjacent 10 cm → θ = ____° (1 d.p.)", "35.0"),
    ("e.g. P(rain) = 0.35 → P(no rain) = 1 − 0.35 = **0.65**", "The complement",
     "The complement: P(rain) = 0.35 → P(no rain) = ____", "0.65"),
    ("e.g. P(pass theory) = 0.8, P(pass practical) = 0.7, independent → P(pass both) = 0.8 × 0.7 = **0.56**",
     "Tree diagrams",
     "Tree diagrams: P(pass theory) = 0.8, P(pass practical) = 0.7, independent → P(pass both) = ____", "0.56"),
    ("e.g. a bag of 4 red, 5 blue and 3 green counters → P(blue) = 5/(4 + 5 + 3) = **5/12**", "Probability",
     "Probability: a bag of 4 red, 5 blue and 3 green counters → P(blue) = ____", "5/12"),
])
def test_a_worked_example_asks_its_result_from_its_givens(line, title, stem, answer):
    found = _read(line, title=title)
    assert found is not None
    tail = " ".join(part for part in (found.unit, found.precision) if part)
    gap = (found.spacing if found.unit else " ") if tail else ""
    assert f"{found.context}: {found.givens} → {found.asked}{found.currency}____{gap}{tail}" == stem
    assert found.number == answer


def test_an_example_whose_givens_say_what_they_are_keeps_its_cards_title():
    found = _read("e.g. triangle with angles 48° and 67° → third angle = 180 − 115 = **65°**",
                  before="Isosceles triangle – two equal sides and two equal angles.", title="Angles in triangles")
    assert found is not None and found.context == "Angles in triangles"


def test_an_example_opening_its_line_works_the_method_the_line_above_names():
    found = _read("e.g. r = 3, h = 10 → 18π + 60π = 78π = **245.0 cm^2^**",
                  before="Cylinder – two circles + curved rectangle = 2πr^2^ + 2πrh", title="Surface area")
    assert found is not None and found.context == "Cylinder"
    assert _read("e.g. r = 6 cm → A = 36π = **113.1 cm^2^**", before="A = πr² – square the radius first.",
                 title="Area of a circle").context == "Area of a circle"  # "A = πr²" is a formula, not a name
    assert _read("e.g. f = 200 Hz, λ = 1.7 m → v = 200 × 1.7 = **340 m/s**",
                 before="Units – v in m/s, f in Hz, λ in m.", title="The wave equation").context == "The wave equation"


@pytest.mark.parametrize("line", [
    "4 builders take 6 days → 4 × 6 = 24 builder-days → 3 builders take 24 ÷ 3 = **8 days**.",  # a given in the working
    "Car bought for £15 000, loses 20% a year → after 3 years 15 000 × 0.8^3^ = **£7680**",  # the years left behind
    "Salaries £18k, £20k, £21k, £22k, £150k → mean = £231k ÷ 5 = **£46,200**, median = **£21,000**.",  # two results
    "e.g. r = 3, h = 4 → l = 5 (Pythagoras) → V = 12π = 37.7 cm^3^, curved SA = 15π = 47.1 cm^2^",  # two results
    "Given the diameter? Halve it! d = 20 cm → r = 10 → A = 100π = 314.2 cm^2^",  # a tip, not givens
    "e.g. triangle ½ × 6 × 4 = 12 cm^2^, length 10 cm → V = **120 cm^3^**",  # working in the givens
    "e.g. 50 s → rate = 1000/50 = **20 s^-1^**",  # too little to go on without the card
    "9 values → median is the 5th = **34**.",  # too little to go on
    "e.g. 70 kg passenger, 15 m/s → 0. Stops in 0.1 s → F = (70 × 15) ÷ 0.1 = **10,500 N**.",  # no result
    "4 molecules (moles) of gas on the left → **2** on the right",  # a fact stated, no sum
    "2O²⁻ → O~2~ + 4e⁻",  # a half equation
    "n must be a whole number, so n = **15** → term = 7 × 15 − 4 = **101**.",  # reasoning, not givens
    "Price including VAT £90 → 90 ÷ 1.2 = **£75** before VAT.",  # the rate is not in the stem
    "e.g. heating 0.5 kg of water from 20 °C to 80 °C → 0.5 × 4200 × 60 = **126,000 J**",  # nor water's c
    "Population c. 900 in 1961 → about **16,000** by 1963",  # a trend, not a sum
    "The UK produces only about 60% of the food it eats → roughly **40%** imported",
    "e.g. x² + 5x + 6 = 0 → (x + 2)(x + 3) = 0 → **x = −2 or x = −3**",  # two answers
    "Bacteria split every **20 min**. e.g. 1 cell after 3 hours → 2^9^ = **512**",  # the rate is before the example
    "ratio Mg to MgO is 2 to 2 (1 to 1) → **0.20 mol MgO**",  # the moles are on the line before
    "motor, 400 J in, 300 J useful → 300 ÷ 400 = **0.75**",  # under a long title: the efficiency or the waste?
    "0.25 mol \\ce{CO2} → 0.25 × 24 = **6.0 dm^3^**",  # a mole of gas's 24 dm³ is not in the stem
    "e.g. 100 kg of rabbit from 1000 kg of grass → **10%**",  # the share passed on, or the share lost?
    "e.g. 1000 kg of grass → 100 kg of rabbits = **10%** efficient.",  # the rabbits' mass is in the working
    "Distance between (1, 2) and (4, 6) – across 3, up 4 → √(3^2^ + 4^2^) = √25 = **5 units**.",  # the first step given
    "Multiplier – increase by 15% → × **1.15**; decrease by 20% → × 0.80.",  # a figure to multiply by, recalled
    "e.g. £40 increased by 12% → 40 × 1.12 = **£44.80**",  # fine as a sum …
])
def test_an_example_that_could_be_read_two_ways_is_not_asked(line):
    found = _read(line, title="Energy transfers in appliances")
    if line.startswith("e.g. £40"):  # … the control: this one is asked
        assert found is not None and found.number == "44.80"
    else:
        assert found is None, found


def test_the_sheet_asks_calculations_and_the_key_gives_the_result_and_the_cards_working():
    plan, sheet, key = built(PHYSICS, "1")
    calcs = of_kind(plan, Calc)
    assert len(calcs) == 4 and all(question.marks == 2 for question in calcs)
    assert "Calculations" in sheet and "Work out each answer and write it on the line. Show your working." in sheet
    assert "Area of a circle: r = 6 cm → A =" in sheet and "cm² (1 d.p.)" in sheet
    assert "Newton's second law: 1200 kg car, a = 2.5 m/s² → F =" in sheet
    assert "113.1" not in sheet and "3000" not in sheet and "9 J" not in sheet  # no result printed
    assert "113.1 cm² [2] r = 6 cm → A = 36π = 113.097… = 113.1 cm² (1 d.p.)" in key
    assert "3000 N [2] 1200 kg car, a = 2.5 m/s² → F = 1200 × 2.5 = 3000 N" in key
    assert "one mark for the answer, and one for a correct method where it is worth two" in key
    assert "Calculations [8 marks]" in sheet


def test_a_probability_keeps_its_name_beside_the_blank_and_its_fraction_in_the_key():
    pack = """title: Probability
subject: Maths
cards:
  - title: Without replacement
    points:
      - e.g. 5 red and 3 blue sweets, two taken without replacement → P(both red) = 5/8 × 4/7 = 20/56 = **5/14**
"""
    plan, sheet, key = built(pack, "1", exercises=("calc",))
    assert len(of_kind(plan, Calc)) == 1
    assert "Without replacement: 5 red and 3 blue sweets, two taken without replacement" in sheet
    assert "→ P(both red) =" in sheet  # the probability's name held to the blank
    assert "5/14" not in sheet and "5/14 [2]" in key


def test_a_pack_with_no_worked_examples_has_no_calculations_and_no_warning_about_them():
    plan, sheet, _ = built(HISTORY, "1")
    assert "Calculations" not in sheet
    assert not any("calculation" in warning for warning in plan.warnings)
    plan = planned(HISTORY, "1", exercises=("gap", "calc"))
    assert any("calculations need worked examples" in warning for warning in plan.warnings)


def test_a_maths_pack_asks_more_calculations_than_a_science_one():
    many = "".join(f"""
  - title: Circle {index}
    points:
      - "e.g. r = {index} cm → A = {index * index}π = **{round(3.14159 * index * index, 1)} cm^2^**"
      - "e.g. d = {index * 2} cm → C = {index * 2}π = **{round(3.14159 * index * 2, 1)} cm**"
""" for index in range(2, 8))
    maths = built("title: Circles\nsubject: Maths\ncards:" + many, "1")[0]
    science = built("title: Circles\nsubject: Physics\ncards:" + many, "1")[0]
    assert len(of_kind(maths, Calc)) == 6 and len(of_kind(science, Calc)) == 4


def test_calculations_print_in_the_class_language():
    plan, sheet, key = built(PHYSICS.replace("subject: Physics", "subject: Physique\nlang: fr"), "1")
    assert "Calculs" in sheet and "Aire" not in sheet  # the author's own title stays as written
    assert "Area of a circle : r = 6 cm → A =" in sheet  # French sets a space before the colon
    assert "Chaque calcul : un point pour la réponse" in key


def test_a_quiz_export_asks_the_number_alone():
    pack = loads(PHYSICS, "energy.yaml")
    exported = export_pack(pack, "gift", ExportOptions(worksheet=WorksheetOptions(seed="1", exercises=("calc",))))
    text = exported.data.decode("utf-8")
    assert "{=113.1}" in text and "{=3000}" in text


def test_no_calculation_prints_another_ones_result():
    pack = """title: Sales
subject: Maths
cards:
  - title: Reductions
    points:
      - "e.g. Coat costs £60, reduced by 20% → 60 × 0.8 = **£48**"
  - title: Reverse percentages
    points:
      - "e.g. sale price £48 after 20% off → 48 ÷ 0.8 = **£60**"
  - title: Increases
    points:
      - "e.g. Bike costs £150, up by 10% → 150 × 1.1 = **£165**"
"""
    for seed in ("1", "2", "3"):
        calcs = of_kind(built(pack, seed)[0], Calc)
        assert len(calcs) == 2 and "£165" in [calc.result for calc in calcs]


def test_an_equations_coefficient_is_no_other_ones_result():
    pack = "title: Equations\nsubject: Maths\ncards:\n  - title: Solving linear equations\n    points:\n" + "".join(
        f'      - "e.g. {line}"\n' for line in ("3x + 5 = 20 → 3x = 15 → **x = 5**", "2x − 5 = 9 → 2x = 14 → **x = 7**",
                                              "x + 7 = 12 → **x = 5**", "4x = 28 → **x = 7**"))
    calcs = of_kind(built(pack, "1")[0], Calc)
    assert len(calcs) == 4  # "x + 7 = 12" prints 7, another's answer, as a coefficient: no give-away


def test_a_question_the_card_asks_is_set_with_the_next_lines_result_as_its_key():
    pack = """title: Heating
subject: Physics
cards:
  - title: SHC – worked examples
    points:
      - Q1 How much energy to heat 0.5 kg of water from 20 °C to 80 °C?
      - Δθ = 80 − 20 = 60 °C. ΔE = 0.5 × 4200 × 60 = **126 000 J** (126 kJ)
      - Q2 18 000 J raises the temperature of a 2 kg block by 10 °C. Find c.
      - Rearrange → c = ΔE ÷ (m × Δθ) = 18 000 ÷ (2 × 10) = **900 J/kg °C** (aluminium!)
"""
    plan, sheet, key = built(pack, "1", exercises=("calc",))
    (calc,) = of_kind(plan, Calc)  # the first needs water's 4200 J/kg °C, which the question does not print
    assert "SHC: 18 000 J raises the temperature of a 2 kg block by 10 °C. Find c. c =" in sheet
    assert "J/kg °C" in sheet and "900" not in sheet
    assert "900 J/kg °C [2] Rearrange → c = ΔE ÷ (m × Δθ) = 18 000 ÷ (2 × 10) = 900 J/kg °C (aluminium!)" in key
    assert [ref.point for ref in points_used(calc)] == [2, 3]  # the question and the line that works it


def test_a_question_asked_inside_its_line_is_set_with_that_lines_result():
    parts = _split_question(loads("""title: t
cards:
  - title: Trigonometry
    points:
      - "Worked example: hypotenuse 12 cm, angle 35°, find the opposite side x. SOH → x = 12 × sin 35° = 6.882... = 6.88 cm (3 s.f.)"
""", "t.yaml").cards[0].points[0])
    found = answered(*parts, "Worked example – trigonometry")
    assert found is not None and found.context == "Trigonometry"
    assert (found.givens, found.asked, found.number, found.unit, found.precision) == (
        "hypotenuse 12 cm, angle 35°, find the opposite side x.", "x = ", "6.88", "cm", "(3 s.f.)")


def test_an_example_going_on_from_the_result_of_the_line_before_is_not_asked():
    gears = """title: Gears
subject: Physics
cards:
  - title: Gear ratio
    points:
      - Driver has 10 teeth, driven gear has 30 → ratio = 30 ÷ 10 = **3**
      - Driver turns at 90 rpm → driven gear turns at 90 ÷ 3 = **30 rpm**
      - Driver has 12 teeth, driven gear has 36 → ratio = 36 ÷ 12 = **3**
"""
    plan, sheet, _ = built(gears, "1")
    asked = [question.result for question in of_kind(plan, Calc)]
    assert "3" in asked and "30 rpm" not in asked, asked
