"""Rules from the audits of sets DL to DQ: an auxiliary's form, an answer's symbol or a unit's symbol beside its
blank; a count of one; a worked example's givens; an opening exclamation that points back; "the same job"; an equation
left from a diagram's reasoning; a step taken for the answer to the question above it; a compound's last part in its
definition; a call to the student as a short answer's subject."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Gap
from sheet_builds import material, of_kind, pack_yaml, planned


def _told(pack: str, answer: str) -> bool:
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack)
    return next(told_beside(source.point(ref), term) for ref, terms in source.terms.items() for term in terms
                if term.text == answer)


def test_an_auxiliarys_form_or_an_answers_symbol_beside_the_blank_tells_it():
    german = """title: Tagesablauf\nsubject: German\nlang: de\ncards:\n  - title: Perfekt\n    points:
      - "**sein** for movement – ich bin aufgewacht, ich bin ins Bett gegangen"
      - "**haben** for most others – ich habe gefrühstückt"
      - "**aufwachen** – to wake up"\n"""
    assert _told(german, "sein") and _told(german, "haben")
    assert not _told(german, "aufwachen")
    moments = pack_yaml("Moments", "Physics", [("Moments", ["Unit = the **newton metre**, N m.",
                                                           "In the **iron nail** test, rust forms.",
                                                           "A larger **force** gives a larger moment."])])
    assert _told(moments, "newton metre")
    assert not _told(moments, "iron nail")  # "In" is a word, no symbol


def test_a_count_of_one_and_a_worked_examples_givens_are_no_gaps():
    sums = pack_yaml("Moles", "Chemistry", [
        ("Limiting reactants", ["6 g of hydrogen and **32 g** of oxygen react to make water.",
                                "Oxygen = 32 ÷ 32 = 1 mol; hydrogen = 6 ÷ 2 = 3 mol, so **oxygen** is limiting.",
                                "The reactant that is used up first is the **limiting reactant**."]),
        ("Gears", ["Low gear – 32 teeth front, 32 teeth back → **1** turn per turn.",
                   "A **bigger** gear at the back gives a bigger moment on the wheel."]),
        ("Burning metals", ["Magnesium burns with a bright white **flame** in oxygen.",
                            "Iron wool glows **orange** when it is heated in air.",
                            "Copper turns **black** as an oxide layer forms on it.",
                            "Rust forms when iron reacts with water and **oxygen**."])])
    for seed in ("1", "2", "3"):
        plan = planned(sums, seed, exercises=("gap",))
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert answers and "32 g" not in answers and "1" not in answers


def test_notes_that_point_back_are_left_off_or_lean_on_their_line():
    from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, leans_on_previous
    assert LEFT_OFF.sub("", "Nobody in 1665 knew any of this! Yersin identified the bacterium in 1894.") == \
        "Yersin identified the bacterium in 1894."
    assert leans_on_previous("For gases, higher pressure does the same job – same particles in a smaller space.")


def test_an_equation_left_from_a_diagrams_reasoning_is_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    assert worked(parse_point("e.g. (22 − x) + x + (25 − x) + 4 = 40 → 51 − x = 40 → **x = 11**"),
                  "Venn diagrams") is None
    assert worked(parse_point("e.g. 3x + 5 = 20 → 3x = 15 → **x = 5**"), "Solving linear equations") is not None


def test_a_units_symbol_beside_its_blank_tells_it():
    heating = pack_yaml("Specific heat capacity", "Physics", [
        ("The equation", ["m = mass in **kilograms (kg)**; c = specific heat capacity in J/kg °C",
                          "ΔE = change in thermal energy, in **joules (J)**",
                          "Water has a high specific heat capacity of **4200 J/kg °C**."])])
    assert _told(heating, "kilograms (kg)")  # "mass in k____ … J/kg °C"
    assert not _told(heating, "joules (J)")


def test_a_question_whose_next_line_is_a_step_is_not_asked_with_that_step_as_its_answer():
    from studypack.layouts.worksheet.exercises.calculations import _examples
    from studypack.source import loads
    decay = pack_yaml("Half-life", "Physics", [
        ("Half-life calculations", ["A sample has an activity of 800 Bq. Its half-life is 3 days. What is the "
                                    "activity after 9 days?",
                                    "Number of half-lives = 9 ÷ 3 = **3**.",
                                    "800 → 400 → 200 → **100 Bq**."])])
    assert not [found for _, found in _examples(loads(decay, "decay.yaml"), 0) if found.number == "3"]


def test_a_compounds_last_part_in_its_definition_and_a_call_to_the_student_are_no_questions():
    from studypack.layouts.worksheet.exercises.allocate import _root_inside
    from studypack.layouts.worksheet.exercises.questions import Short
    assert _root_inside("a sheet of graphene rolled into a tube", "Nanotubes")
    assert not _root_inside("one layer of carbon atoms", "Graphene")
    cells = pack_yaml("Microscopy", "Biology", [
        ("Units – get these right first!", ["There are a thousand **micrometres** in a millimetre.",
                                           "There are a thousand **nanometres** in a micrometre.",
                                           "An **electron microscope** shows objects a few nanometres across."]),
        ("Light microscopes", ["A light microscope magnifies up to about **1500** times.",
                               "Cells are stained so that the **nucleus** shows up.",
                               "The **coarse focus** knob is used first."])])
    for seed in ("1", "2"):
        plan = planned(cells, seed, exercises=("short",))
        assert all("get these right" not in short.prompt for short in of_kind(plan, Short))
