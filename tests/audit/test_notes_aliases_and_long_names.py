"""Rules from the audits of sets CN, CO and CP: a closing note to self is left off, and "Be able to …" is advice; an
option is never the answer under its initials, a group where one person is asked, or the one prince among bare
names; "takes in … → endothermic" tells its blank; a province is no battlefield; a why-scheme keeps a chain of
changes and drops a bare figure; a plan or a process is no event; a long name is no gap; a word half printed in the
sheet's title is not asked; "____ = distance travelled" needs its title; a bare label is no calculation's topic, and
a result with no method shown is worth one mark."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.distractors import _initials_of, _style, distractors
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import Calc, Choice
from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import asks_a_question
from studypack.layouts.worksheet.exercises.translate import _cognate, _printed_in, translations
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml, planned


def test_a_closing_note_to_self_is_left_off_and_be_able_to_is_advice():
    noted = "Covalent bonds are STRONG. Remember this – it matters later."
    assert LEFT_OFF.sub("", noted) == "Covalent bonds are STRONG."
    assert LEFT_OFF.sub("", "Learn this list of ions.") == "Learn this list of ions."  # a whole line is the card's
    assert is_scaffolding("Be able to draw dot and cross diagrams for all of these; only outer shells needed.")
    assert not is_scaffolding("Able to conduct electricity when molten.")


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_an_option_is_never_the_answer_by_its_initials_a_group_or_the_one_styled_name():
    assert _initials_of("JFK", "Kennedy") and _initials_of("LBJ", "Lyndon B. Johnson")
    assert not _initials_of("JFK", "Nixon") and not _initials_of("Kennedy", "JFK")
    assert _style("Prince Arthur") == "prince" and _style("Perkin Warbeck") == "" and _style("King") == ""
    for name in ("history_civil_rights.yaml", "history_henry_vii.yaml"):
        text = (Path(__file__).parent / "fresh" / name).read_text(encoding="utf-8")
        for seed in ("1", "2", "3"):
            plan = planned(text, seed)
            for choice in of_kind(plan, Choice):
                if choice.kind != "name":
                    continue
                answer = choice.options[choice.answer]
                others = [option for option in choice.options if option != answer]
                assert not any(_initials_of(one, two) for one in choice.options for two in choice.options), choice
                if "," not in answer:
                    assert not any("," in option for option in others), choice  # "Chaney, Goodman, Schwerner"
                assert len({_style(option) for option in choice.options}) == 1, choice  # one "Prince Arthur"


def test_a_word_printed_as_the_blanks_meaning_tells_it():
    energy = pack_yaml("Energy changes", "Chemistry", [
        ("Bonds", ["Breaking bonds **takes in** energy → **endothermic**.",
                   "Making bonds **releases** energy → **exothermic**.",
                   "The **activation energy** is the least energy particles need to react."])])
    assert "takes in" not in hideable(energy, "Breaking") and "releases" not in hideable(energy, "Making")


def test_a_province_is_no_battlefield():
    text = "Years in exile, mostly in Brittany."
    assert name_sort("Brittany", text, 26, 34, frozenset()) == "region"


@pytest.mark.parametrize("title, asks", [
    ("Why does resistance increase with temperature?", True),
    ("How plants use glucose", True),
    ("Choosing an isotope – why", True),
    ("Who was who? The social hierarchy", False),
    ("Resistance and temperature", False),
])
def test_a_title_that_asks_a_question_is_told_from_a_topic(title, asks):
    assert asks_a_question(title) is asks


@pytest.mark.parametrize("title, survey", [
    ("The Schlieffen Plan", True), ("Mobilisation – the crisis spreads", True), ("Collectivisation", True),
    ("The assassination at Sarajevo", False), ("The Battle of the Marne", False),
])
def test_a_plan_or_a_process_is_no_event(title, survey):
    assert surveys(title) is survey


def test_a_long_name_is_no_gap():
    lagos = pack_yaml("Lagos", "Geography", [
        ("Why Lagos matters", ["Capital of Nigeria until **1991**, when the government moved to **Abuja**.",
                               "Major port – **Apapa** and the new **Lekki Deep Sea Port** (opened 2023).",
                               "**Murtala Muhammed International Airport** – a hub for West Africa.",
                               "Home of **Nollywood**, one of the world's biggest film industries."])])
    def blanked(text: str, opening: str) -> list[str]:
        source = material(text)
        ref = next(ref for ref in source.refs if source.point(ref).text.startswith(opening))
        gap = _gap(source, ref)
        return [segment.text for segment in gap.segments if segment.role == "blank"] if gap else []

    assert "Murtala Muhammed International Airport" in hideable(lagos, "Murtala")  # a fair term, but no gap:
    assert blanked(lagos, "Murtala") == []  # nothing says an airport is asked, and four words from one letter
    assert blanked(lagos, "Home of") == []  # (set ZY: "Home of N____" is Hollywood with its letter changed, and a
    # name with no letter beside "film industries" takes any of them)


def test_a_word_half_printed_in_the_sheets_title_is_not_asked():
    text = ("title: La santé et le bien-être (health and well-being)\nsubject: French\nlang: fr\ncards:\n"
            + "".join(f"  - title: Mots {n}\n    points:\n" + "".join(f"      - \"**{word}** – {meaning}\"\n"
                                                                        for word, meaning in words)
                      for n, words in enumerate([
                          [("la santé mentale", "mental health"), ("le stress", "stress"), ("fumer", "to smoke")],
                          [("le sommeil", "sleep"), ("maigrir", "to lose weight"), ("la drogue", "drugs")],
                          [("boire", "to drink"), ("la cigarette", "the cigarette"),
                           ("grossir", "to put on weight")]])))
    items = translations(loads(text, "sante.yaml"), random.Random(1), 9)
    asked = [item.answer if item.reverse else item.shown for item in items]
    assert "la santé mentale" not in asked and "le sommeil" in asked


def test_an_answer_defined_by_an_equals_sign_needs_its_title():
    forces = pack_yaml("Forces", "Physics", [
        ("Velocity–time graphs", ["**Gradient** = acceleration.",
                                  "**Area under the graph** = distance travelled (split into triangles & rectangles, "
                                  "or count squares).",
                                  "Horizontal line = constant velocity.", "Line sloping down = deceleration."])])
    source = material(forces)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Area"))
    assert source.context(ref, [source.terms[ref][0]]) is None


def test_a_bare_label_is_no_calculations_topic_and_a_result_alone_is_worth_one_mark():
    pack = pack_yaml("Straight lines", "Maths", [
        ("Gradient from two points", ["Formula – m = rise ÷ run",
                                      "e.g. (1, 3) and (4, 9) → m = (9 − 3) ÷ (4 − 1) = 6 ÷ 3 = **2**"]),
        ("Real life", ["A car goes **120 km** in 2 h.", "e.g. 120 km in 2 h → **60 km/h**"])])
    plan, sheet, _ = built(pack, "1", exercises=("calc",))
    calcs = {question.result: question for question in of_kind(plan, Calc)}
    assert "Gradient from two points: (1, 3) and (4, 9)" in sheet and "Formula:" not in sheet
    assert calcs["2"].marks == 2
    assert calcs["60 km/h"].marks == 1


def test_a_space_between_thousands_is_one_number_and_a_fraction_none():
    atom = pack_yaml("Atoms", "Physics", [
        ("The atom", ["The radius of the nucleus is less than 1/10 000 of the radius of the atom.",
                      "About 10 000 atoms side by side would span a hair's width."])])
    assert hideable(atom, "The radius") == []
    assert "10 000" in hideable(atom, "About")


@pytest.mark.parametrize("line", [
    "Was easily treated with penicillin until resistant strains appeared.",
    "Detect it with a Geiger–Müller tube.",
    "× 100 for a percentage",
])
def test_a_line_without_its_subject_leans_on_the_one_before(line):
    assert leans_on_previous(line)


def test_more_notes_cognates_and_regnal_names():
    assert is_scaffolding("6-mark Q? Give a cause AND its effect.")
    assert _cognate("babysitten", "to babysit") and not _cognate("la maison", "the house")
    assert _printed_in("una casa", "mi casa y mi barrio (home and local area)")
    assert "Charles" in _telling("Charles I") and "Charles" not in _telling("Charles Darwin")


def test_a_woman_is_offered_among_women():
    from studypack.layouts.worksheet.exercises.given_names import gender_of
    assert gender_of("Sarah Nelmes") == "f" and gender_of("Rosa Parks") == "f" and gender_of("Edward Jenner") == "m"
