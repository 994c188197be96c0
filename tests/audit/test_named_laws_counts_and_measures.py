"""Round FH–FJ of the unseen-pack audit: a law named for what it does is never swapped in where it does something
else, a step that brings in its own figure is no calculation, a test named with its subject in brackets is no
definition, a counted label needs its title, a title asking how fast is no list of points, and a meaning that leans
on the entry before is not translated."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Calc, PointRef, Short, Translate
from studypack.layouts.worksheet.exercises.short_answers import _defines_title
from sheet_builds import built, material, of_kind, pack_yaml, planned


def test_a_conversion_that_brings_in_its_own_length_is_no_calculation():
    maps = pack_yaml("Ratio", "Maths", [("Scale drawings and maps", [
        "Map scale 1 : 25 000 → 1 cm on the map = 25 000 cm in real life = 250 m",
        "Map distances are always measured in a straight line."]),
        ("Speed", ["e.g. 120 km in 2 hours → 120 ÷ 2 = **60 km/h**"])])
    plan = planned(maps, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["60 km/h"]


def test_a_test_named_with_its_subject_in_brackets_is_no_definition_of_the_title():
    assert not _defines_title("Biuret test (protein) – add Biuret reagent", "proteins and lipids")
    assert _defines_title("Secondary effects – what follows in the weeks after", "secondary effects")
    assert not _defines_title("Typical reaction time = 0.2 s to 0.9 s", "typical values + ruler drop")


def test_a_counted_label_needs_the_title_the_sheet_does_not_print():
    lagos = pack_yaml("Urbanisation", "Geography", [("Why is urbanisation fastest in LICs and NEEs?", [
        "Two causes: **rural–urban migration** + **natural increase**",
        "Lagos grew from about 300,000 people in 1950 to about **15 million** today."])])
    assert material(lagos).context(PointRef(0, 0), []) is None


def test_a_title_asking_how_fast_is_no_list_of_points():
    lagos = pack_yaml("Urbanisation", "Geography", [
        ("How fast has Lagos grown?", ["About 300,000 people in 1950.", "About 15 million people today.",
                                       "One of the fastest-growing megacities in the world.",
                                       "Very young population – over half under c. 30."]),
        ("Squatter settlements", ["**Makoko** is built on stilts over the lagoon.",
                                  "Homes have no piped water and little electricity.",
                                  "The government cleared part of it in 2012."])])
    plan = planned(lagos, "1", exercises=("short",))
    assert [short.card for short in of_kind(plan, Short)] == [1]


def test_a_meaning_that_leans_on_the_entry_before_is_not_translated():
    school = ("title: L'école\nsubject: French\nlang: fr\ncards:\n  - title: Exams\n    points:\n"
              "      - passer un examen – to sit an exam; réussir un examen – to pass it\n"
              "      - la note – the mark\n      - le bulletin – the school report\n      - la cantine – the canteen\n")
    assert _never_translated(school, "réussir")


def test_a_power_worked_from_current_and_voltage_is_asked_and_givens_may_run_on_with_in():
    home = pack_yaml("Electricity in the home", "Physics", [
        ("Power, current and resistance", ["e.g. TV: I = 0.5 A, V = 230 V → P = 0.5 × 230 = **115 W**"]),
        ("Power", ["e.g. E = 36 000 J in t = 60 s → P = 36 000 ÷ 60 = **600 W**"])])
    plan = planned(home, "1", exercises=("calc",))
    assert sorted(calc.result for calc in of_kind(plan, Calc)) == ["115 W", "600 W"]


def test_a_month_after_a_name_ends_it_and_a_one_word_label_needs_its_title():
    arthur = material(pack_yaml("Tudors", "History", [("Arthur", [
        "Arthur married Catherine Nov 1501 but died April 1502."])]))
    assert "Catherine" in [term.text for term in arthur.terms[PointRef(0, 0)]]
    water = pack_yaml("Water", "Chemistry", [("Where does waste water come from?", [
        "Industrial → may hold **harmful chemicals** → needs extra treatment", "Domestic → from homes."])])
    assert material(water).context(PointRef(0, 0), []) is None


def test_a_side_taken_before_an_arrow_a_key_numbers_card_and_a_first_word_in_the_heading():
    from studypack.layouts.worksheet.exercises.material import _in_heading
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, leans_on_previous
    assert leans_on_previous("Arguments against → economy would collapse, Liverpool jobs")
    assert GENERIC_HEADINGS.match("Key numbers")
    assert _in_heading("red end", "space physics – orbits & red shift")


def test_a_sentence_cut_to_nothing_is_no_gap_and_it_is_is_asked_with_its_subject():
    planets = pack_yaml("Space", "Physics", [("The solar system", [
        "Inner 4 = small + rocky; outer 4 = gas/ice giants. Biggest = **Jupiter**."])])
    source = material(planets)
    from studypack.layouts.worksheet.exercises.candidates import _gap
    gap = _gap(source, PointRef(0, 0))
    assert gap is None or len(" ".join(segment.text for segment in gap.segments).split()) > 3
    school = ("title: El colegio\nsubject: Spanish\nlang: es\ncards:\n  - title: Opinions\n    points:\n"
              "      - es útil – it's useful / es fácil – easy / es difícil – hard\n"
              "      - la asignatura – the subject\n      - el horario – the timetable\n")
    assert _never_translated(school, "fácil")


def _never_translated(pack: str, word: str) -> bool:
    """Whether no translation question shows or keys ``word``, over three seeds."""
    return all(word not in question.shown + question.answer for seed in "123"
               for question in of_kind(built(pack, seed, exercises=("translate",))[0], Translate))
