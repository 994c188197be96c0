"""Round FW–FY of the unseen-pack audit: a unit's or a substance's symbol tells its name, an acronym before its
words is no blank, a line opening on "Same …" or "Second reason …" leans on another, a title's "(2nd example)" is a
note, a method's imperative needs its title, and an arrow that reads "to" keeps a calculation off the sheet."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef
from studypack.layouts.worksheet.exercises.roles import leans_on_previous, printed_title
from sheet_builds import hideable, material, of_kind, pack_yaml, planned


def test_a_symbol_tells_its_name_and_an_acronym_before_its_words_is_no_blank():
    assert "CO₂" in _telling("carbon dioxide") and "Sv" in _telling("sieverts") and "UV" in _telling("Ultraviolet")
    talks = pack_yaml("South Africa", "History", [("The end of apartheid", [
        "**CODESA** talks (Convention for a Democratic South Africa) began Dec 1991",
        "**Mandela** was released in February 1990."])])
    assert "CODESA" not in hideable(talks, "CODESA")


def test_same_and_an_ordinal_reason_lean_and_an_example_number_is_a_titles_note():
    assert leans_on_previous("Same Congress → ban on factions = no organised groups inside the Party")
    assert leans_on_previous("Second reason is the more important one")
    assert printed_title("Why did the 2015 Cumbria floods happen? (2nd example)") \
        == "Why did the 2015 Cumbria floods happen?"


def test_a_methods_imperative_needs_its_title():
    flames = pack_yaml("Tests for ions", "Chemistry", [("Flame test – method", [
        "Hold in the **blue (roaring) flame** of a Bunsen burner – observe colour",
        "Dip a clean **nichrome wire** loop in acid first."])])
    source = material(flames)
    assert source.context(PointRef(0, 0), [source.terms[PointRef(0, 0)][0]]) is None


def test_an_arrow_that_reads_to_keeps_its_calculation_off_the_sheet():
    density = pack_yaml("Density", "Physics", [
        ("Measuring density", ["e.g. water level 35 cm^3^ → 55 cm^3^ so V = 20 cm^3^; m = 158 g → ρ = 158 ÷ 20 = "
                               "**7.9 g/cm^3^**"]),
        ("Specific heat capacity", ["e.g. kettle, m = 0.5 kg, c = 4200 J/kg°C, 20 °C → 100 °C so Δθ = 80 °C → "
                                    "ΔE = 0.5 × 4200 × 80 = **168 000 J**"]),
        ("Area", ["e.g. base 9 m, height 4 m → **36 m^2^**"])])
    plan = planned(density, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["36 m²"]


def test_a_wrong_year_stays_inside_the_decade_its_cards_title_names():
    from studypack.layouts.worksheet.exercises.candidates import _within_titles
    march = material(pack_yaml("Apartheid", "History", [("Early opposition – the ANC in the 1950s", [
        "Women's march on Pretoria, Aug **1956** – approx. 20,000 women protest against passes"])]))
    answer = march.terms[PointRef(0, 0)][0]
    assert _within_titles((None, None), answer, ("Early opposition – the ANC in the 1950s",)) == (1949, 1960)


def test_a_value_a_step_states_outright_must_follow_from_the_givens():
    tables = pack_yaml("Averages", "Maths", [
        ("Mean from a frequency table", ["fx = 0, 8, 8, 6, 4 → Σfx = 26, Σf = 20 → mean = 26 ÷ 20 = **1.3 pets**"]),
        ("Zones of inhibition", ["e.g. clear zone diameter 18 mm → r = 9 mm → A = π × 9^2^ = π × 81 = "
                                 "**254 mm^2^**"])])
    plan = planned(tables, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["254 mm²"]


def test_a_scale_label_a_compare_aside_a_month_and_a_joined_title_are_never_asked():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    from studypack.layouts.worksheet.exercises.questions import Short
    assert is_scaffolding("Compare with a declining rural area e.g. Outer Hebrides – young people leave")
    volcano = pack_yaml("Volcanoes", "Geography", [("Eyjafjallajökull – effects", [
        "**Global**: European airspace closed for approx. 6 days, 100 000 flights cancelled",
        "**Local**: ash covered farmland; about 800 people evacuated"])])
    assert hideable(volcano, "Global") == [] and hideable(volcano, "Local") == []
    korea = material(pack_yaml("Korea", "History", [("The invasion", ["Seoul captured within 3 days, 28 Oct 1950."])]))
    assert "Oct" not in [term.text for term in korea.terms[PointRef(0, 0)]]
    chains = pack_yaml("Food chains", "Biology", [
        ("Working backwards + why chains are short", ["Energy is lost at each level as heat.",
                                                      "Only about 10% passes on.", "So chains rarely have 5 links."]),
        ("Decomposers", ["**Decomposers** break down dead material.", "They release **carbon dioxide**.",
                         "They return minerals to the soil."])])
    plan = planned(chains, "1", exercises=("short",))
    assert [short.card for short in of_kind(plan, Short)] == [1]


def test_a_date_reached_along_an_arrow_is_no_calculation():
    korea = pack_yaml("Korea", "History", [
        ("From Pusan to the Yalu", ["UN forces crossed the 38th parallel (7 Oct) → Pyongyang taken 19 Oct."]),
        ("Speed", ["e.g. 120 km in 2 hours → 120 ÷ 2 = **60 km/h**"])])
    plan = planned(korea, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["60 km/h"]
