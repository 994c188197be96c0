"""Round EJ–EL of the unseen-pack audit: a question worked over several lines is asked, a tip or a fragment is not,
a judgement or a counted title is marked as it asks, and a charge, a disputed figure or a part of a name printed
beside the blank keeps it from being asked."""
from __future__ import annotations

import re

from studypack.layouts.worksheet.exercises.distractors import _style
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.candidates import _letter, _true_false
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef
from studypack.layouts.worksheet.exercises.calculations import _examples
from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import _WEIGHED, short_candidates
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml, planned

SPRINGS = pack_yaml("Hooke's law", "Physics", [
    ("Worked example 1 – finding the extension", [
        "Q. A spring has k = **40 N/m**. A force of **6.0 N** is applied. Find the extension.",
        "Rearrange F = k e → e = F ÷ k",
        "e = 6.0 ÷ 40 = **0.15 m**"]),
    ("Worked example 2 – finding k from lengths", [
        "Q. A spring is **12.0 cm** long. A **2.8 N** weight stretches it to **15.5 cm**. Calculate k.",
        "Step 1 – extension, e = 15.5 − 12.0 = 3.5 cm = **0.035 m** (convert to m first!)",
        "Step 2 – k = F ÷ e = 2.8 ÷ 0.035 = **80 N/m**",
        "Check with the graph – the gradient is 80 N/m ✓"]),
    ("Elastic deformation", ["An **elastic** object returns to its original shape when the force is removed.",
                             "An **inelastic** object stays stretched.",
                             "The **limit of proportionality** is where the graph stops being straight."])])


def test_a_question_worked_over_several_lines_is_asked_with_its_steps_as_the_working():
    plan, sheet, key = built(SPRINGS, "1", exercises=("calc",))
    calcs = {calc.result: calc for calc in of_kind(plan, Calc)}
    assert set(calcs) == {"0.15 m", "80 N/m"}  # (not the 0.035 m a later step goes on from)
    assert "Rearrange F = k e" in calcs["0.15 m"].working and "Step 1" in calcs["80 N/m"].working
    assert "Check with the graph" not in calcs["80 N/m"].working
    sheet = re.sub(r"\[\d\] ", "", sheet)  # (a question's marks stand at the end of its first line)
    assert "Find the extension. e =" in sheet and "Calculate k. k =" in sheet
    assert "Finding the extension: A spring has" in sheet and "Worked example" not in sheet


def test_a_line_checking_an_answer_another_way_is_no_calculation_of_its_own():
    cube = pack_yaml("Upthrust", "Physics", [("Worked example – upthrust on a cube", [
        "Resultant = 29.4 − 19.6 = **9.8 N upwards** = upthrust",
        "Check: volume displaced = 0.001 m^3^ → mass of water = 1 kg → weight = 9.8 N. Same answer ✓"]),
        ("Pressure", ["e.g. F = 40 N, A = 0.5 m^2^ → p = 40 ÷ 0.5 = **80 Pa**"])])
    plan = planned(cube, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["80 Pa"]


def test_a_tip_to_learn_or_to_say_why_is_no_content_and_a_bare_reason_or_a_pointing_line_leans_on_another():
    assert is_scaffolding("p = h ρ g is given on the equation sheet (higher tier); p = F/A you must LEARN.")
    assert is_scaffolding("Always say which way it shifts AND why – that's the 2 marks.")
    assert is_scaffolding("Chemical formula C₉H₁₃NO₃ (not needed for the exam – just shows it's a small molecule).")
    assert not is_scaffolding("Pressure is the force on each square metre of a surface.")
    assert leans_on_previous("Because molecules get bigger → stronger intermolecular forces to overcome")
    assert not leans_on_previous("Because of the war, prices rose sharply.")
    assert leans_on_previous("In the 1800s and early 1900s this was one of the busiest ports in the world.")
    assert leans_on_previous("Campeggio adjourned it in July 1529 (delaying on the Pope's orders).")
    assert not leans_on_previous("Parliament passed the Act in 1534.")
    assert not leans_on_previous("Henry wanted it to end.")
    assert leans_on_previous("Water is 13.6× less dense, so a water barometer would need a tube over 10 m tall!")
    assert not leans_on_previous("Mercury is 13.6 times more dense than water.")
    assert leans_on_previous("ExComm was ready to accept... then things got worse.")
    assert not leans_on_previous("Sugar, oil, machinery... all came from Moscow.")


KENYA = pack_yaml("Development", "Geography", [
    ("Does tourism reduce the gap?", ["Tourism brings in **foreign currency** for the government.",
                                      "Hotels and safaris create **jobs** for local people.",
                                      "Much of the profit goes to **foreign companies**.",
                                      "Jobs are often seasonal and low paid."]),
    ("Freiburg – how successful? (evaluate)", ["Solar panels on many roofs cut **emissions**.",
                                              "Trams and bike lanes cut **car use**.",
                                              "House prices rose, so poorer families moved out.",
                                              "Visitors come to see its **green** districts."]),
    ("White blood cells – 3 ways to fight back", ["**Phagocytes** engulf and digest pathogens.",
                                                  "Some make **antibodies** that stick to antigens.",
                                                  "Some make **antitoxins** that neutralise toxins.",
                                                  "They travel in the blood plasma.",
                                                  "There are far more of them during an infection."])])


def test_a_title_asking_a_judgement_gets_no_points_list_and_a_counted_title_gets_its_count():
    questions = [candidate.build(0) for candidate in short_candidates(material(KENYA))]
    cards = {question.card: question for question in questions if question is not None}
    assert 0 not in cards and 1 not in cards  # "Does tourism reduce the gap?" wants both sides weighed, not points
    assert 2 not in cards  # three ways to fight back among five lines: which three, no scheme can say
    counted = pack_yaml("Immunity", "Biology", [("White blood cells – 3 ways to fight back", [
        "**Phagocytes** engulf and digest pathogens.", "Some make **antibodies** that stick to antigens.",
        "Some make **antitoxins** that neutralise toxins."])])
    (question,) = [candidate.build(0) for candidate in short_candidates(material(counted))]
    assert question.marks == 3 and "three points" in question.prompt
    assert _WEIGHED.search("Hydrogen – a cleaner fuel?") and _WEIGHED.search("Winners and losers?")
    assert not _WEIGHED.search("What is an enzyme?") and not _WEIGHED.search("Sources – how do we know?")


def test_a_charge_beside_its_ion_a_disputed_figure_and_a_part_of_a_name_printed_elsewhere_are_not_asked():
    halogens = pack_yaml("Group 7", "Chemistry", [("The halogens", [
        "Gain one electron to form **halide** ions with a **-1** charge, e.g. \\ce{Cl-} (chloride)."])])
    assert hideable(halogens, "Gain") == ["halide"]
    storms = pack_yaml("Tropical storms", "Geography", [("Hurricane Katrina", [
        "About **1,800** deaths (figures vary - some counts are nearer 1,400).",
        "About **1,800** deaths in New Orleans and nearby."])])
    assert hideable(storms, "About **1,800** deaths (".replace("**", "")) == []
    assert hideable(storms, "About 1,800 deaths in") == ["1,800"]
    crusades = pack_yaml("The Crusades", "History", [("Hattin", [
        "**Reynald of Châtillon** kept attacking Muslim caravans, breaking truces.",
        "Guy captured, the True Cross lost, Reynald executed."])])
    assert "Reynald" in material(crusades)._told_by("Reynald of Châtillon")
    freiburg = pack_yaml("Sustainable cities – Freiburg", "Geography", [("Where it is", [
        "**Freiburg im Breisgau** is a city in south-west Germany.", "Freiburg has about 230,000 people."])])
    assert "Freiburg im Breisgau" not in hideable(freiburg, "Freiburg im")
    gni = pack_yaml("Development", "Geography", [("Measuring development", [
        "**GNI per capita** – gross national income divided by the population; given in US dollars."])])
    assert hideable(gni, "GNI") == []  # "G____ – gross national income …" spells the answer out


def test_a_military_rank_styles_a_name_as_a_title_does():
    assert _style("Colonel John Chivington") == "colonel" and _style("Chief Joseph") == "chief"
    assert _style("Crazy Horse") == ""


def test_the_working_of_a_question_stops_at_the_next_question_and_never_ends_on_a_given():
    circuits = pack_yaml("Circuits", "Physics", [
        ("Worked example 1 – using V = IR", [
            "Q – a 12 V supply is connected across a 4 Ω resistor. Find the current.",
            "Write the equation first – I = V ÷ R",
            "I = 12 ÷ 4 = **3 A**",
            "Q2 – a lamp has 3.0 V across it and a current of 0.20 A. R = V ÷ I = 3.0 ÷ 0.20 = **15 Ω**",
            "Q3 – 9 V across a 3 kΩ resistor. 3 kΩ = 3000 Ω, so I = 9 ÷ 3000 = 0.003 A = **3 mA**"]),
        ("Sequences", [
            "Q. A Fibonacci-type sequence has 3rd term 7 and 5th term 19. Find the first two terms.",
            "Terms → a, b, a + b, a + 2b, 2a + 3b",
            "a + b = 7 and 2a + 3b = 19",
            "Double the first → 2a + 2b = 14. Subtract → **b = 5**, so **a = 2**"])])
    plan = planned(circuits, "1", exercises=("calc",))
    asked = {calc.result: calc.working for calc in of_kind(plan, Calc)}
    assert "3 A" in asked and "Q2" not in asked["3 A"]  # (the current, never the lamp's 15 Ω)
    assert not [result for result in asked if result in ("19", "5", "2")]  # two terms asked, and 19 was given


def test_a_mistakes_card_gives_no_true_or_false_and_a_rough_decimal_or_a_bare_after_is_not_asked():
    cells = pack_yaml("Chemical cells", "Chemistry", [
        ("Common mistakes", ["Electrons flow in the wire; ions flow in the electrolyte.",
                             "A cell stops when one of its reactants is used up."]),
        ("Cells", ["A **cell** has two different metals in an electrolyte.",
                   "The bigger the difference in **reactivity**, the bigger the voltage.",
                   "**Alkaline** batteries cannot be recharged."]),
        ("Fuel cells", ["A **hydrogen** fuel cell makes only water.", "Fuel cells have no moving parts.",
                        "**Oxygen** from the air is the other reactant."])])
    source = material(cells)
    assert _true_false(source, PointRef(2, 1), True) is not None  # "Fuel cells have no moving parts."
    assert _true_false(source, PointRef(0, 0), True) is None and _true_false(source, PointRef(0, 1), True) is None
    plastics = pack_yaml("Polymers", "Chemistry", [("LDPE", [
        "Density roughly **0.92** g/cm^3^ (LDPE); made at high pressure."])])
    assert hideable(plastics, "Density") == []
    assert leans_on_previous("After → Bond of Association (1584) – loyal subjects swore to kill any plotter.")
    assert is_scaffolding("Watch the genders – la planète, le recyclage, les déchets (m pl)")
    assert leans_on_previous("Repeated over time, so the cliff retreats inland and gets higher.")
    assert LEFT_OFF.sub("", "Camel – hump stores fat, NOT water (common exam mistake!).") == \
        "Camel – hump stores fat, NOT water."


def test_a_question_asking_two_things_is_no_calculation():
    motion = pack_yaml("Motion", "Physics", [("Worked example – a car speeding up", [
        "A car at 10 m/s accelerates at 2 m/s^2^ for 5 s. How far does it go, and how fast is it going at the end?",
        "s = ut + ½at^2^ = 10 × 5 + ½ × 2 × 25 = **75 m**",
        "v = u + at = 10 + 2 × 5 = **20 m/s**"])])
    assert not list(_examples(loads(motion, "motion.yaml"), 0))
    surds = pack_yaml("Surds", "Maths", [("Simplifying surds", [
        "Find the biggest **square number** factor (4, 9, 16, 25, 36, 49 …)",
        "$\\sqrt{72} = \\sqrt{36} \\times \\sqrt{2} = 6\\sqrt{2}$",
        "$\\sqrt{48} = \\sqrt{16 \\times 3} = 4\\sqrt{3}$",
        "Adding only works with **like surds** – $\\sqrt{50} + \\sqrt{18} = 5\\sqrt{2} + 3\\sqrt{2} = 8\\sqrt{2}$",
        "Multiplying – $2\\sqrt{5} \\times 3\\sqrt{5} = 6 \\times 5 = 30$"])])
    assert not [found for positions, found in _examples(loads(surds, "surds.yaml"), 0) if 0 in positions]  # the
    # method line is asked of no example below it ("2√5 × 3√5 = ____", asked on its own line, is a sum of its own)


def test_a_line_opening_on_an_early_year_in_a_pack_dated_before_1000_is_a_year():
    vikings = pack_yaml("The Vikings in England, 793–1066", "History", [("The Great Heathen Army", [
        "**866** – captured **York**; Northumbria fell.",
        "**869** – King **Edmund** of East Anglia killed."])])
    terms = [term for ref in material(vikings).refs for term in material(vikings).terms[ref]]
    assert {term.text: term.kind for term in terms}["866"] == "year"
    plain = vikings.replace("The Vikings in England, 793–1066", "The Vikings in England")
    kinds = {term.text: term.kind for ref in material(plain).refs for term in material(plain).terms[ref]}
    assert kinds["866"] != "year"


def test_a_share_said_in_words_a_step_of_working_or_a_bare_name_is_never_a_question_of_its_own():
    air = pack_yaml("The atmosphere", "Chemistry", [("Today's air", [
        "About **21%** **oxygen** (roughly one-fifth)", "About **78%** nitrogen, mostly unreactive."])])
    assert "21%" not in hideable(air, "About 21%") and "78%" in hideable(air, "About 78%")
    work = pack_yaml("UK economy", "Geography", [("Changes", [
        "More women in work than **50 years** ago.", "About **80%** of jobs are now in services."])])
    assert hideable(work, "More women") == [] and hideable(work, "About 80%") == ["80%"]
    bonds = pack_yaml("Bond energies", "Chemistry", [
        ("Working backwards", ["−93 = 2253 − 6x, so 6x = 2346 and x = **391 kJ/mol**.",
                               "Breaking bonds **takes in** energy; making bonds **gives out** energy."]),
        ("Reforms", ["Miners' Minimum Wage Act 1909.", "The **Trade Boards Act** set minimum wages in 1909."])])
    source = material(bonds)
    assert _true_false(source, PointRef(0, 0), True) is None and _true_false(source, PointRef(1, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None


def test_reactants_beside_the_blank_tell_products_as_a_pair_does():
    bonds = pack_yaml("Bond energies", "Chemistry", [("Breaking and making bonds", [
        "In a reaction the old bonds in the **reactants** break first, then new bonds form in the **products**."])])
    assert hideable(bonds, "In a reaction") == []


def test_a_call_to_the_student_is_left_off_a_matching_statement_and_a_one_letter_word_gets_no_letter():
    rivers = pack_yaml("River landforms", "Geography", [
        ("Meanders", ["In a cross-section – deep on the outside, shallow on the inside (asymmetric). Draw it!"]),
        ("Waterfalls", ["Hard rock lies over soft rock, which is worn away faster."]),
        ("Floodplains", ["Wide flat land beside the river, covered in silt after floods."]),
        ("Levees", ["Raised banks built up by deposits when the river floods."]),
        ("Ox-bow lakes", ["A meander neck is cut through and the old loop is sealed off."]),
        ("Estuaries", ["Tidal mouths where fresh water meets the sea and mudflats form."]),
        ("High Force", ["Good one to name-drop for an extra mark; also **Cauldron Snout** further up the Tees."])])
    pairs = [candidate.build(0) for candidate in match_candidates(material(rivers)) if candidate.card == 0]
    assert [pair.text for pair in pairs] == ["In a cross-section – deep on the outside, shallow on the inside "
                                             "(asymmetric)."]
    assert is_scaffolding("Good one to name-drop for an extra mark; also Cauldron Snout further up the Tees.")
    averages = pack_yaml("Averages", "Maths", [("Range", [
        "Range – largest and smallest **x values**, not frequencies."])])
    source = material(averages)
    (term,) = [term for ref in source.refs for term in source.terms[ref] if term.text == "x values"]
    assert _letter(source, term) == ""
