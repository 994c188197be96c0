"""Round FQ–FS of the unseen-pack audit: a thing something is done to is no person, the place after "Archbishop of"
is a see, a mistakes card gives no gap, two glued entries are no translation, a drawback's sign needs its title, a
line of several facts is a reason, "3D" is no value, and a first step the card's next line finishes is no sum."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef, Translate
from sheet_builds import material, of_kind, pack_yaml, planned


def test_a_thing_declared_illegal_is_no_person_and_a_see_is_a_place():
    civil_war = material(pack_yaml("Civil War", "History", [("Causes", [
        "**Ship Money** – old tax on coastal towns, extended inland in 1635.",
        "Earl of **Strafford** executed May 1641; Ship Money declared illegal"])]))
    assert "Ship Money" not in civil_war.words.persons
    text = "Row over who should be the next Archbishop of Canterbury"
    start = text.index("Canterbury")
    assert name_sort("Canterbury", text, start, start + 10, frozenset()) == "place"


def test_a_mistakes_card_gives_no_gap_and_a_sign_needs_its_title():
    water = pack_yaml("Water", "Geography", [
        ("Common mistakes", ["Forgetting the **people** in LHWP – examiners want both winners and losers"]),
        ("Is tourism good for Jamaica?", ["(−) **Locals** shut out of some beaches → private hotel beaches"])])
    source = material(water)
    assert _gap(source, PointRef(0, 0)) is None
    assert source.context(PointRef(1, 0), [source.terms[PointRef(1, 0)][0]]) is None


def test_glued_entries_are_no_translation():
    jobs = ("title: El trabajo\nsubject: Spanish\nlang: es\ncards:\n  - title: Places of work\n    points:\n"
            "      - una oficina – an office · una escuela primaria – a primary school · un hospital · una empresa – "
            "a company\n      - la tienda – the shop\n      - la fábrica – the factory\n")
    for seed in "123":
        plan = planned(jobs, seed, exercises=("translate",))
        assert all("·" not in question.shown + question.answer for question in of_kind(plan, Translate))


def test_3d_is_no_value_and_a_first_step_the_next_line_finishes_is_no_sum():
    shapes = pack_yaml("Structures", "Chemistry", [
        ("Diamond", ["Each carbon atom forms **4 covalent bonds** to 4 other C atoms → rigid 3D giant lattice."]),
        ("Higher – area of a segment", [
            "Segment = sector − triangle",
            "e.g. r = 6 cm, θ = 60° → sector = ⅙ × 36π = 6π = 18.85 cm^2^",
            "triangle = ½ × 6 × 6 × sin 60° = 15.59 cm^2^ → segment = 18.85 − 15.59 = **3.26 cm^2^** (3 s.f.)"]),
        ("Circumference", ["e.g. r = 5 cm → C = 2 × π × 5 = 10π = **31.4 cm** (1 d.p.)"])])
    plan = planned(shapes, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["31.4 cm"]


def test_a_note_arrow_running_into_a_reaction_is_no_true_or_false_statement():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    furnace = material(pack_yaml("Metals", "Chemistry", [("The blast furnace (iron)", [
        "**Limestone** removes sandy impurities as slag → CaCO~3~ → CaO + CO~2~, then CaO + SiO~2~ → CaSiO~3~"])]))
    assert _true_false(furnace, PointRef(0, 0), True) is None and _true_false(furnace, PointRef(0, 0), False) is None


def test_a_line_dated_by_a_span_is_no_event_of_a_timeline():
    from studypack.layouts.worksheet.exercises.events import event_candidates
    vote = material(pack_yaml("Votes for women, 1897–1928", "History", [("Hunger strikes", [
        "Emmeline Pankhurst in and out of prison many times 1913–14",
        "The Cat and Mouse Act was passed in 1913."])]))
    assert not any("–14" in candidate.event.text for candidate in event_candidates(vote))


def test_a_numbered_equation_another_line_holds_is_no_given_and_a_quoted_question_opens_a_sentence():
    equations = pack_yaml("Simultaneous equations", "Maths", [
        ("Elimination", ["(1) 2x + y = 8, (2) x + y = 5", "Subtract: x = **3**",
                         "Sub into (2) → 3 + y = 5 → **y = 2**"]),
        ("Solving", ["e.g. 3x + 5 = 20 → 3x = 15 → **x = 5**"])])
    plan = planned(equations, "1", exercises=("calc",))
    assert "y = 2" not in [calc.result for calc in of_kind(plan, Calc)]
    from studypack.layouts.worksheet.exercises.terms import at_sentence_start
    text = 'Asked "Will the Liberal government give votes to women?" → thrown out'
    assert at_sentence_start(text, text.index("Will"))


def test_an_element_symbol_is_no_letter_and_a_slash_parts_two_glossed_entries():
    from studypack.layouts.worksheet.exercises.candidates import first_letter
    alloys = material(pack_yaml("Metals", "Chemistry", [("Alloys", [
        "**Aluminium alloys** → low density + strong → aircraft bodies"])]))
    assert first_letter(alloys.terms[PointRef(0, 0)][0]) == ""
    from studypack.layouts.worksheet.exercises.translate import entries
    assert entries("le demi-frère – half-brother, stepbrother / la demi-sœur – half-sister, stepsister") == [
        "le demi-frère – half-brother, stepbrother", "la demi-sœur – half-sister, stepsister"]


def test_a_fact_with_a_decimal_is_no_worked_sum_and_stays_in_its_scheme():
    from studypack.layouts.worksheet.exercises.roles import WORKED_SUM
    assert not WORKED_SUM.search("Typical reaction time = 0.2 s to 0.9 s")
    assert WORKED_SUM.search("Work done = 120 J")


def test_a_figure_given_in_the_example_above_is_no_given_of_this_one():
    rivers = pack_yaml("Rivers", "Geography", [("Reading a hydrograph", [
        "e.g. peak rainfall 09:00 (14 mm), peak discharge 21:00 (40 cumecs) → lag time = 21 − 9 = **12 hours**",
        "Base flow 8 cumecs → storm rise = 40 − 8 = **32 cumecs**"]),
        ("Polygons", ["e.g. exterior angle 24° → n = 360 ÷ 24 = **15 sides**",
                      "e.g. interior angle 150° → exterior = 180 − 150 = 30° → n = 360 ÷ 30 = **12 sides**"])])
    plan = planned(rivers, "1", exercises=("calc",))
    results = [calc.result for calc in of_kind(plan, Calc)]
    assert "32 cumecs" not in results and "12 sides" in results


def test_a_question_is_never_keyed_by_the_next_example_on_its_card():
    waves = pack_yaml("EM waves", "Physics", [("Radio waves", [
        "FM radio station broadcasts at f = 100 MHz. What is the wavelength?",
        "f = 100 MHz = 100 × 10^6^ Hz = 1.0 × 10^8^ Hz",
        "λ = v/f = 3.0 × 10^8^ ÷ 1.0 × 10^8^ = **3.0 m**",
        "Long wave radio: f = 198 kHz = 198 000 Hz → λ = 3.0 × 10^8^ ÷ 198 000 ≈ **1500 m** (1.5 km!)"]),
        ("Wave speed", ["e.g. f = 50 Hz, λ = 2 m → v = 50 × 2 = **100 m/s**"])])
    for seed in "12":
        plan = planned(waves, seed, exercises=("calc",))
        assert all(not (calc.result == "1500 m" and "100 MHz" in "".join(segment.text for segment in calc.segments))
                   for calc in of_kind(plan, Calc))
