"""Round 30 of the unseen-pack audit: a numbered label leans on its title, a mark of punctuation printed beside its
name gives it away, an apparatus every student has used is no answer, and a compound title is matched to no
statement that holds its last word."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.matching import _same_stem
from studypack.layouts.worksheet.exercises.questions import PointRef
from sheet_builds import hideable, material, pack_yaml


def test_a_numbered_label_is_not_asked_under_a_question_title():
    lenses = pack_yaml("Lenses", "Physics", [("How do I draw a ray diagram for a convex lens?", [
        "Ray 1: parallel to the axis → through F on the far side",
        "Ray 2: through the centre of the lens → carries straight on, no **refraction**"])])
    assert _gap(material(lenses), PointRef(0, 1)) is None
    titled = lenses.replace("How do I draw a ray diagram for a convex lens?", "Ray diagrams")
    gap = _gap(material(titled), PointRef(0, 1))
    assert gap is not None and gap.segments[0].role == "context"


def test_a_mark_printed_beside_its_name_is_not_asked():
    bonding = pack_yaml("Bonding", "Chemistry", [("Dot and cross diagrams", [
        "Put each ion in **square brackets** with its charge outside, top right → [Na]⁺ [Cl]⁻",
        "Ionic compounds: each ion goes in **square brackets** with its charge top right"])])
    assert hideable(bonding, "Put each ion") == []
    assert "square brackets" in hideable(bonding, "Ionic compounds")


def test_an_apparatus_everyone_has_used_or_a_stressed_then_is_not_asked():
    fuels = pack_yaml("Fuels", "Chemistry", [("Complete combustion", [
        "Blue flame on a Bunsen = air hole open = complete",
        "Glucose in filtrate but not urine → filtered **THEN** all reabsorbed"])])
    assert hideable(fuels, "Blue flame") == []
    assert hideable(fuels, "Glucose in") == []


def test_a_compound_title_is_not_matched_to_its_own_last_word():
    assert _same_stem("Bearberry", "hugs the ground, leathery leaves with fine hairs, red berries for birds")
    assert not _same_stem("Arctic poppy", "cup-shaped flowers turn to follow the sun, focusing heat on the centre")
    assert not _same_stem("Polar bear", "thick blubber, hollow hairs trap air, black skin absorbs heat")


def test_a_state_or_a_year_that_dates_an_aside_is_no_timeline_event():
    from studypack.layouts.worksheet.exercises.events import _STATE, _point_events
    assert _STATE.search("Italy stays neutral") and not _STATE.search("Italy joins the Allies")
    crisis = pack_yaml("Causes of WW1", "History", [("The July Crisis", [
        "Italy stays neutral (joins Allies in 1915)", "Britain declares war on Germany in 1914",
        "Italy declares war on Austria-Hungary in 1915"])])
    events = [event.text for _, event in _point_events(material(crisis))]
    assert not any(event.startswith("Italy stays") for event in events)
    assert "Britain declares war on Germany" in events and "Italy declares war on Austria-Hungary" in events


def test_a_line_on_its_question_titles_verb_is_not_asked_without_its_subject():
    storms = pack_yaml("Weather hazards", "Geography", [("Where and how do tropical storms form?", [
        "Form between 5° and 30° N/S of the equator (not ON it – too little **Coriolis effect** to make them spin)",
        "Sea surface temperature at least **27 °C** to a depth of about 50 m"])])
    gap = _gap(material(storms), PointRef(0, 0))
    assert gap is None or gap.segments[0].text == "Tropical storms: "  # what forms, the title's topic says


def test_money_after_interest_is_asked_only_when_the_stem_says_which_sum():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source import loads

    def _worked(line: str, title: str):
        return worked(loads(pack_yaml("Maths", "Maths", [(title, [line])]), "w.yaml").cards[0].points[0], title)
    assert _worked("e.g. £2000 at 3% compound for 4 years → 2000 × 1.03^4^ = **£2251.02**",
                   "Compound interest") is None
    assert _worked("£500 invested at 2% compound interest for 3 years → total amount = 500 × 1.02^3^ = **£530.60**",
                   "Compound interest") is not None


def test_a_stressed_contrast_with_another_card_is_matched_to_no_title():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    rates = pack_yaml("Rates", "Chemistry", [
        ("Concentration and pressure", ["Particles do NOT get more energy – only the frequency changes",
                                        "More particles in the same volume → more frequent collisions"]),
        ("Surface area", ["Powdered CaCO₃ fizzes much faster than marble chips of the same mass"]),
        ("Catalysts", ["Provide a different pathway with a lower activation energy"])])
    texts = [candidate.build(0).text for candidate in match_candidates(material(rates))]
    assert texts and not any("NOT" in text for text in texts)


def test_two_answers_that_differ_by_a_pair_are_not_asked_on_one_sheet():
    from studypack.layouts.worksheet.exercises.material import _paired_answers
    assert _paired_answers("Step-down transformers", "Step-up transformers")
    assert _paired_answers("positive electrode", "negative electrode")
    assert not _paired_answers("Step-down transformers", "National Grid")
    assert not _paired_answers("anode", "cathode")  # one word each: which is which is the fact asked


def test_a_worked_examples_own_label_is_no_topic():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source import loads
    line = "Worked e.g. 25.0 cm^3^ NaOH, 0.100 mol/dm^3^ → moles = 0.100 × 0.0250 = **0.00250 mol**"
    card = loads(pack_yaml("Acids", "Chemistry", [("Titrations", [line])]), "t.yaml").cards[0]
    found = worked(card.points[0], card.title)
    assert found is not None and found.context == "Titrations"


def test_a_false_year_of_another_age_is_not_set():
    from studypack.layouts.worksheet.exercises.candidates import _year_far
    from studypack.layouts.worksheet.exercises.terms import Term
    vesalius = Term("1543", "year", "year:year::1543", 0, 4, True, year=1543)
    assert _year_far("1847", vesalius) and not _year_far("1555", vesalius)


def test_a_word_that_opens_a_line_is_no_name_where_the_pack_writes_it_in_lower_case():
    nigeria = pack_yaml("Nigeria", "Geography", [
        ("Aid", ["**Nets for Life** (NGO) → anti-malaria mosquito nets"]),
        ("How has quality of life changed?", ["Life expectancy up from approx. 46 yrs (1990) → c. 53 yrs now"])])
    assert "Life" not in hideable(nigeria, "Life expectancy")
