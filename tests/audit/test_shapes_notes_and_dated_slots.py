"""Rules from the audits of sets DC, DD and DE: a measure asked under a title of several shapes; a note's question
left off with it; a word glossed by its own derivative; a question title as a calculation's topic; a verb conjugated
in its own example; a figure that follows on from a printed range; a year blanked where no date is asked; a name's
particle kept."""
from __future__ import annotations

from dataclasses import replace

from studypack.layouts.worksheet.exercises.questions import Gap
from sheet_builds import material, of_kind, pack_yaml, planned


def test_a_measure_under_a_title_of_several_shapes_is_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    sphere = parse_point("Worked example: r = 3 cm → V = 4/3 × π × 27 = 36π = **113.1 cm^3^**")
    sector = parse_point("Worked example: θ = 90°, r = 6 cm → ¼ × π × 36 = 9π = **28.3 cm^2^** (1 d.p.)")
    assert worked(sphere, "Spheres and hemispheres") is None  # which of the two, nothing says
    assert worked(sector, "Sectors, arcs and semicircles") is None
    assert worked(sphere, "Spheres") is not None


def test_a_notes_question_is_left_off_with_it():
    from studypack.layouts.worksheet.exercises.roles import LEFT_OFF
    assert LEFT_OFF.sub("", "Radius = half the diameter. Given the diameter? Halve it first!") == \
        "Radius = half the diameter."


def test_a_word_glossed_by_its_own_derivative_is_not_translated():
    from studypack.layouts.worksheet.exercises.translate import _cognate
    assert _cognate("local", "locally produced")
    assert not _cognate("le déchet", "waste")


def test_a_question_title_gives_a_calculation_its_topic_and_worked_numbers_no_short_answer():
    from studypack.layouts.worksheet.exercises.calculations import _topic
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS
    assert _topic("What is pressure?") == "Pressure"  # not "What is pressure?: a 600 N student …"
    assert GENERIC_HEADINGS.match("Worked numbers – liquid pressure")


def test_a_verb_conjugated_in_its_example_or_a_figure_after_a_range_is_told_beside():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    italian = """title: Famiglia\nsubject: Italian\nlang: it\ncards:\n  - title: Verbi\n    points:
      - "**fidarsi di** – to trust: mi fido di mia madre"
      - "**litigare** – to argue"
      - "**andare d'accordo** – to get on well"\n"""
    source = material(italian)
    found = {term.text: (source.point(ref), term) for ref, terms in source.terms.items() for term in terms}
    assert told_beside(*found["fidarsi di"])
    assert not told_beside(*found["litigare"])
    health = pack_yaml("Diabetes", "Biology", [("BMI", ["BMI 18.5–24.9 healthy; 25–29.9 overweight; **30** or over "
                                                        "obese.", "BMI is mass in **kg** divided by height squared."])])
    source = material(health)
    found = {term.text: (source.point(ref), term) for ref, terms in source.terms.items() for term in terms}
    assert told_beside(*found["30"])  # "25–29.9 overweight; ____ or over obese"


def test_a_year_is_blanked_only_where_a_date_is_asked():
    abbeys = pack_yaml("Henry VIII", "History", [
        ("Dissolution", ["The abbots of Glastonbury, Reading and Colchester were executed **1539** for resisting.",
                         "The smaller monasteries were closed in **1536** by Act of Parliament."])])
    for seed in ("1", "2", "3"):
        plan = planned(abbeys, seed, exercises=("gap",))
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert "1539" not in answers
        assert "1536" in answers


def test_a_names_particle_keeps_the_whole_name():
    from studypack.layouts.worksheet.exercises.distractors import _cased
    medicine = pack_yaml("Renaissance medicine", "History", [
        ("Challenging old ideas", ["People felt freer to challenge **Galen** after the Reformation.",
                                   "Artists like **Leonardo da Vinci** studied anatomy closely."]),
        ("Vesalius", ["**Andreas Vesalius** dissected human bodies himself.",
                      "**Galen** had dissected animals, so he made mistakes."])])
    source = material(medicine)
    found = {term.text: term for terms in source.terms.values() for term in terms}
    galen, vesalius, leonardo = (replace(found[name], sort="person") for name in
                                 ("Galen", "Andreas Vesalius", "Leonardo da Vinci"))
    assert _cased(galen, vesalius) == "Vesalius"  # a surname for a surname
    assert _cased(galen, leonardo) == "Leonardo da Vinci"  # not "challenge Vinci"


def test_a_definitions_matchings_spare_comes_from_a_card_of_its_kind():
    """The definition of adaptation beside three human causes of climate change is ruled out at sight; a natural
    cause is not."""
    from studypack.layouts.worksheet.exercises.questions import Match
    climate = pack_yaml("Climate change", "Geography", [
        ("Human causes", ["**Fossil fuels** – burning coal, oil and gas releases carbon dioxide",
                          "**Landfill** – rotting waste in the ground gives off methane",
                          "**Deforestation** – fewer trees to absorb carbon dioxide"]),
        ("Natural causes", ["**Milankovitch cycles** – the orbit stretches and shrinks about every 100,000 years",
                            "Volcanic ash can cool the planet for a year or two."]),
        ("Managing climate change", ["**Adaptation** – responding to the changes to reduce their harm",
                                     "Sea walls and drought-resistant crops help people adapt."])])
    for seed in map(str, range(1, 11)):
        plan = planned(climate, seed, exercises=("match",))
        for block in of_kind(plan, Match):
            assert all("responding to the changes" not in spare.text for spare in block.spares)
