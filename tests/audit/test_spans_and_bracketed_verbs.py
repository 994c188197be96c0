"""Rounds HJ–HO of the unseen-pack audit: false statements that a student could not judge (a year outside the
heading's span, a subject the pack only lists, a thing of another sort, a quoted place), a figure hidden with what it
counts, names and words of the wrong kind, and a mark scheme's reason kept without the line it explains."""
from __future__ import annotations

import random
import re
from pathlib import Path

from studypack.layouts.worksheet.exercises.candidates import _counted_unasked, _true_false
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.material import Material, title_topic
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml

ELIZABETH = pack_yaml("Early Elizabethan England, 1558–88", "History", [
    ("Poverty", ["Population grew from about 3 million (1558) to about 4 million by 1600.",
                 "The Poor Law of 1601 came after the period."]),
    ("Why was poverty increasing?", ["**Rack-renting** (landlords hiked rents) + decline in the cloth trade",
                                     "Bad harvests made **food** dearer."]),
    ("Plots", ["The Ridolfi Plot planned a Spanish invasion in 1571.", "Walsingham ran a network of spies."]),
    ("Execution of Mary Queen of Scots", ["Put on trial Oct 1586 → found guilty of treason",
                                          "She was beheaded at Fotheringhay."])])


def _counted(line: str, figure: str) -> bool:
    start = line.index(figure)
    return _counted_unasked(line, Term(figure, start, start + len(figure), "number", "number:" + figure, True))


def _statements(text: str, ref: PointRef, true: bool) -> list:
    found = []
    for seed in range(12):
        statement = _true_false(Material(loads(text, "tudors.yaml"), random.Random(seed)), ref, true)
        if statement is not None:
            found.append("".join(segment.text for segment in statement.segments))
    return found


def test_a_false_year_stays_inside_the_span_the_heading_prints():
    falsified = _statements(ELIZABETH, PointRef(3, 0), False)
    assert falsified
    assert all(1558 <= int(year) <= 1588 for line in falsified for year in re.findall(r"\b1\d{3}\b", line))


def test_a_line_under_a_question_whose_only_verb_is_in_a_note_states_nothing():
    assert _statements(ELIZABETH, PointRef(1, 0), True) == []
    assert _statements(ELIZABETH, PointRef(1, 1), True)


def test_a_title_asking_more_than_what_a_thing_is_names_no_topic():
    assert title_topic("What are pathogens and how do they spread?") == "What are pathogens and how do they spread?"
    assert title_topic("What is a tropical storm?") == "Tropical storm"
    assert title_topic("What is bile for?") == "What is bile for?"


def test_a_figure_hidden_with_what_it_counts_is_not_asked_but_one_with_its_measure_is():
    assert _counted("Primary: c. 6 300 deaths, approx. 1.1 million homes damaged", "6 300 deaths")
    assert not _counted("The siege lasted 13 days in all.", "13 days")
    assert not _counted("A loaf cost approx. 200 000 million marks (Nov 1923).", "200 000 million marks")


def test_a_figure_said_to_be_the_greatest_ever_is_no_choice_among_figures():
    haiyan = pack_yaml("Weather hazards", "Geography", [("Typhoon Haiyan", [
        "One of the strongest tropical storms ever to reach land – winds up to approx. **315 km/h**",
        "Storm surge up to **5 m** high flooded Tacloban.",
        "Category 5 = winds over **252 km/h**."])])
    source = material(haiyan)
    winds = next(term for term in source.terms[PointRef(0, 0)] if term.text == "315 km/h")
    shown = source.point(PointRef(0, 0)).text
    assert all(distractors(winds, source.pool, random.Random(seed), 3, shown) is None for seed in range(6))


def test_a_place_the_card_only_quotes_is_no_swap_for_where_things_happen():
    korea = (Path(__file__).parent / "fresh" / "history_korea.yaml").read_text(encoding="utf-8")
    invasion = next(index for index, line in enumerate(re.findall(r"(?m)^  - title: (.*)$", korea))
                    if line == "The invasion")
    assert not any("Munich" in line for line in _statements(korea, PointRef(invasion, 1), False))


def test_a_railroad_is_no_person_even_where_it_acts():
    line = "Transcontinental Railroad's opening in 1869 brought settlers west."
    assert name_sort("Transcontinental Railroad", line, 0, 25, frozenset({"Transcontinental Railroad"})) \
        == "thing:railroad"


def test_round_ho_what_a_name_or_a_word_is():
    line = "Machines came from **Machine Tractor Stations** in every district."
    assert name_sort("Machine Tractor Stations", line, 21, 45, frozenset()) == "thing:station"
    nazis = pack_yaml("Nazi Germany", "History", [("Young people", [
        "School – teachers had to join the Nazi Teachers' League; race studies were taught."])])
    assert "Nazi Teachers' League" in [term.text for term in material(nazis).pool.terms.get("name", ())]
    photosynthesis = pack_yaml("Photosynthesis", "Biology", [("Limiting factors", [
        "Graph rises then levels off → plateau = something ELSE is now limiting",
        "**Carbon monoxide** reduces the ore: Fe₂O₃ + 3CO → 2Fe + 3CO₂",
        "**Carbon dioxide** is made when **carbon monoxide** burns: 2CO + O₂ → 2CO₂"])])
    assert hideable(photosynthesis, "Graph rises") == []
    assert "Carbon monoxide" not in hideable(photosynthesis, "**Carbon monoxide**".strip("*"))
    assert is_scaffolding("Also learn mean, median, mode & range for the data.")


def test_a_scheme_keeps_no_reason_without_the_line_it_explains():
    nazis = pack_yaml("Nazi Germany", "History", [("From Chancellor to Führer, 1933–34", [
        "Reichstag Fire (27 Feb 1933) – a communist blamed → emergency decree.",
        "Enabling Act (23 March 1933) – Hitler can pass laws without the Reichstag.",
        "Trade unions banned (May 1933); other parties banned (July 1933).",
        "Night of the Long Knives (30 June 1934) – SS kill Röhm and other SA leaders (approx. 400 killed).",
        "Why? Army feared the SA (3 million men), Röhm wanted a 2nd revolution.",
        "Hindenburg dies 2 Aug 1934 → Hitler combines both jobs = Führer."])])
    source = material(nazis)
    (short,) = short_candidates(source)
    scheme = [source.point(ref).text[:10] for ref in short.build(0).scheme]
    assert "Night of t" in scheme and "Why? Army " in scheme
    after_a_diagram = pack_yaml("Nazi Germany", "History", [("The police state", [
        "The SS ran the camps and the Gestapo.",
        "[DIAGRAM: the Nazi police state – see textbook p.88]",
        "Why? Fear kept people from speaking out.",
        "Informers reported neighbours to the Gestapo.",
        "Concentration camps held opponents from 1933."])])
    source = material(after_a_diagram)
    (short,) = short_candidates(source)
    assert not any(source.point(ref).text.startswith("Why?") for ref in short.build(0).scheme)


def test_a_name_ending_on_a_plural_the_pack_writes_in_lower_case_is_no_place():
    line = "Act in Restraint of Appeals (1533) – no appeals to Rome"
    assert name_sort("Restraint of Appeals", line, 7, 27, frozenset()) == "place"
    assert name_sort("Restraint of Appeals", line, 7, 27, frozenset(), frozenset({"appeals"})) == "other"


def test_a_figure_that_is_a_bound_has_no_wrong_values():
    titration = pack_yaml("Acids", "Chemistry", [("Titration", [
        "Repeat until results are within **0.10 cm³** of each other.",
        "Fill the burette to **50.00 cm³** first.", "Pipette **25.0 cm³** of alkali into the flask.",
        "Read the burette to **0.05 cm³**."])])
    source = material(titration)
    bound = next(term for term in source.terms[PointRef(0, 0)] if term.text == "0.10 cm³")
    shown = source.point(PointRef(0, 0)).text
    assert all(distractors(bound, source.pool, random.Random(seed), count, shown) is None
               for seed in range(4) for count in (1, 3))
