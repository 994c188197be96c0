"""Round EY–FA of the unseen-pack audit: a figure after "e.g." is a given, a question title is no calculation's
topic, an example in passing, a formula's label or a list card's item is not blanked, a list card's items are not
swapped for each other, a name's core on the sheet tells it, a place is no timeline event, a case study's lines keep
their case, a word list is no mark-scheme point, and a box needs three blanks."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.candidates import _before_its_card, _gap, _true_false
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.questions import Calc, Gap, PointRef, Short
from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, is_scaffolding
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml, planned


def test_a_figure_after_eg_is_a_given_and_a_question_title_is_no_topic_for_the_calculation():
    ladder = pack_yaml("Pythagoras", "Maths", [("Why does the ladder question always come up?", [
        "Ladder = hypotenuse, wall & ground make the right angle",
        "e.g. 5 m ladder, foot 1.5 m from wall. How high up the wall?",
        "h^2^ = 5^2^ − 1.5^2^ = 25 − 2.25 = 22.75 → h = $\\sqrt{22.75}$ = **4.77 m** (3 s.f.)"])])
    plan, sheet, _ = built(ladder, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["4.77 m"]
    assert "5 m ladder, foot 1.5 m from wall. How high up the wall?" in sheet
    assert "always come up" not in sheet


def test_an_example_in_passing_a_formulas_label_and_a_term_before_its_formula_are_not_blanked():
    circuits = pack_yaml("Circuits", "Physics", [("Series circuits", [
        "One bulb breaks → whole circuit stops (e.g. old Christmas lights)",
        "Same **current** everywhere in a series circuit"]),
        ("Extracting aluminium", ["Cathode: \\ce{Al^3+ + 3e- -> Al}",
                                  "**Cryolite** lowers the melting point of the aluminium oxide."]),
        ("Alkenes", ["Contain a carbon–carbon **double bond** C=C → the **functional group**"])])
    assert "Christmas" not in hideable(circuits, "One bulb breaks")
    assert hideable(circuits, "Cathode") == []
    assert hideable(circuits, "Contain a carbon") == ["functional group"]


def test_a_list_cards_short_item_is_not_blanked_nor_swapped_for_another_item_of_the_card():
    flooding = pack_yaml("Flooding", "Geography", [
        ("Physical causes of flooding", [
            "**Prolonged rainfall** → soil becomes **saturated** → no more infiltration → more surface runoff",
            "**Heavy (intense) rainfall** – e.g. summer thunderstorms, rain falls faster than it can soak in",
            "**Steep slopes** → water reaches the river faster"]),
        ("Biotic factors", ["Availability of food; new **predators** arriving",
                            "New **pathogens** (e.g. ash dieback killing ash trees in the UK)"]),
        ("Storm hydrographs", ["The **lag time** is the gap between peak rainfall and **peak discharge**."])])
    source = material(flooding)
    assert _gap(source, PointRef(1, 0)) is None and _gap(source, PointRef(2, 0)) is not None
    statement = _true_false(source, PointRef(0, 0), False)
    assert statement is None or "Heavy" not in " ".join(segment.text for segment in statement.segments)


def test_the_named_part_of_an_answer_printed_elsewhere_tells_it():
    assert "Jim Crow" in _telling("Jim Crow laws")
    assert "Black Death" in _telling("Black Death victims")


def test_a_place_is_no_event_on_a_timeline_but_what_happened_there_is():
    assert surveys("Little Rock Central High School")
    assert not surveys("The storming of the Winter Palace")
    assert not surveys("Montgomery Bus Boycott")


def test_a_case_studys_line_is_not_asked_without_the_question_title_that_names_the_case():
    boscastle = pack_yaml("Flooding", "Geography", [
        ("Why did Boscastle flood?", ["Ground already **saturated** after a wet start to August",
                                      "Boscastle sits where two **steep** valleys meet, so water arrived fast"]),
        ("Hard engineering", ["**Dams** hold back water and release it slowly.",
                              "**Levees** raise the river banks so more water stays in the channel."])])
    plan, sheet, _ = built(boscastle, "1", exercises=("tf", "gap"))
    assert "Ground already" not in sheet
    source = material(boscastle)
    assert source.context(PointRef(0, 0), []) is None
    assert source.context(PointRef(0, 1), []) == ()


def test_a_list_of_key_words_is_no_point_of_a_mark_scheme():
    assert is_scaffolding("Key words – Sovnarkom, decree, Cheka, nationalisation")
    assert is_scaffolding("Key terms: yield, pesticide, fertiliser")
    decrees = pack_yaml("Russia 1917", "History", [("Early Bolshevik decrees", [
        "Decree on Land – land taken from the nobles and given to the peasants",
        "Decree on Peace – Russia to leave the war",
        "Eight-hour working day; workers' control of factories",
        "Opposition newspapers banned; the Cheka set up in December 1917",
        "Key words – Sovnarkom, decree, Cheka, nationalisation"])])
    plan, _, key = built(decrees, "1", exercises=("short",))
    assert of_kind(plan, Short) and "Sovnarkom" not in key


def test_a_word_box_is_printed_for_three_blanks_or_more():
    years = pack_yaml("The Cold War", "History", [
        ("The Cold War in Europe", ["The Berlin Wall was built in **1961** to stop people leaving East Germany.",
                                    "The Berlin Airlift began in **1948** after Stalin cut the roads into West Berlin.",
                                    "NATO was founded in **1949** as an alliance of Western states."]),
        ("The Cold War in Asia and Cuba", ["The Korean War began in **1950** when the North invaded the South.",
                                           "The Cuban Missile Crisis took place in **1962** over Soviet missiles."])])
    plan = planned(years, "1", exercises=("gap",), questions=2)
    assert len(of_kind(plan, Gap)) == 2 and not plan.exercises.sections[0].bank
    plan = planned(years, "1", exercises=("gap",), questions=3)
    assert len(of_kind(plan, Gap)) == 3 and plan.exercises.sections[0].bank


def test_a_false_year_never_falls_before_the_event_its_card_is_dated_by():
    gorkha = ("title: Tectonic hazards\nsubject: Geography\ncards:\n"
              "  - title: Gorkha earthquake, Nepal\n    date: 25 April 2015\n    points:\n"
              "      - Long term → roads rebuilt, tourism restarted from late **2015**, but homes took years\n"
              "  - title: Christchurch earthquake\n    date: 22 February 2011\n    points:\n"
              "      - The city centre cordon was finally lifted in **2013**.\n"
              "  - title: Haiti earthquake\n    date: 12 January 2010\n    points:\n"
              "      - Cholera broke out in **2010**, months after the quake.\n")
    card = loads(gorkha, "x.yaml").cards[0]
    term = material(gorkha).terms[PointRef(0, 0)][0]
    assert _before_its_card(card, term, "2010") and _before_its_card(card, term, "2013")
    assert not _before_its_card(card, term, "2019")


def test_a_note_on_how_to_use_a_line_and_the_day_of_a_date_are_never_asked():
    assert LEFT_OFF.sub("", "No way of enforcing it though (hint for evaluation questions).") \
        == "No way of enforcing it though."
    assert LEFT_OFF.sub("", "Germany joined in 1926 (good for 16-mark questions)") == "Germany joined in 1926"
    stresemann = pack_yaml("Weimar Germany, 1923–29", "History", [("Gustav Stresemann", [
        "Died 3 October 1929 – just weeks before the Wall Street Crash."])])
    assert hideable(stresemann, "Died") == []
