"""Rounds GR–GT and GU–GV of the unseen-pack audit: a worked step's worded label is what the stem asks, a reading
tip is no content, a C=C prints its double bond, a word with its negating prefix tells the word, a point dated from
another line ("later …") is no timeline event, a group's element shows no letter, a word's other form tells it, a
ratio's example tells it, a year labelling the noun after it is no blank, and a bracketed formula is offered among
bracketed ones."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _gap, _letter
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.matching import definition_candidates
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml


def test_a_worked_steps_worded_label_is_what_the_stem_asks():
    circles = loads(pack_yaml("Circle theorems", "Maths", [("Theorem 4 – cyclic quadrilaterals", [
        "Opposite angles add up to 180°.",
        "e.g. angle A = 110° → opposite angle C = 180 − 110 = **70°**"])]), "circles.yaml")
    card = circles.cards[0]
    calc = worked(card.points[1], card.title, card.points[0])
    assert calc is not None and calc.asked == "opposite angle C = " and calc.number == "70"


def test_a_reading_tip_is_no_content():
    assert is_scaffolding("See Steinbeck, The Grapes of Wrath (1939) – good source for the period")
    assert not is_scaffolding("Steinbeck wrote The Grapes of Wrath in 1939.")


def test_a_double_bond_beside_c_equals_c_and_a_word_beside_its_negation_are_told():
    alkenes = pack_yaml("Crude oil", "Chemistry", [
        ("Alkenes", ["Have a C=C **double bond** → unsaturated", "Decolourise **bromine water**."]),
        ("Alkanes", ["**Saturated** – only single C–C bonds", "General formula CₙH₂ₙ₊₂."])])
    assert "double bond" not in hideable(alkenes, "Have a C=C")
    source = material(alkenes)
    source.record(["Alkenes: Have a C=C double bond → unsaturated"], [])
    assert source.gives_away(["Alkanes: S____ – only single C–C bonds"], ["Saturated"])


def test_a_point_dated_from_another_line_is_no_event():
    russia = pack_yaml("Russia 1917", "History", [("The Tsar abdicates", [
        "Nicholas II abdicated on 2 March 1917.",
        "Royal family later held under arrest; shot at Ekaterinburg in July 1918.",
        "The Provisional Government took over in March 1917."])])
    texts = [candidate.event.text for candidate in event_candidates(material(russia))]
    assert not any("later" in text for text in texts)


def test_round_gu_gv_letters_forms_ratios_brackets_and_labelled_years():
    halogens = pack_yaml("Group 7", "Chemistry", [("Appearance at room temperature", [
        "**Fluorine** – pale yellow gas", "**Bromine** – red-brown liquid, gives off orange vapour",
        "**Iodine** – grey-black solid, purple vapour"])])
    source = material(halogens)
    assert all(_letter(source, source.terms[ref][0]) == "" for ref in source.refs)
    lenses = pack_yaml("Light", "Physics", [("Convex lenses", [
        "Object inside F → virtual, upright, magnified → **magnifying glass**.",
        "A convex lens brings light to a **focus**."])])
    assert hideable(lenses, "Object inside F") == []
    water = pack_yaml("Electrolysis", "Chemistry", [("Electrolysis of water", [
        "H₂ and O₂ in a **2 : 1** ratio by volume, e.g. 24 cm³ H₂ → 12 cm³ O₂",
        "Hydrogen at the **cathode**."])])
    assert hideable(water, "H₂ and O₂") == []
    assert leans_on_previous("Which one is discharged depends on reactivity")
    nazi = pack_yaml("Nazi Germany", "History", [("Policies to increase the birth rate", [
        "**1938** divorce law – husband could divorce a wife who could not have children",
        "**Marriage loans** (1933) – couples got 1000 marks."])])
    assert _gap(material(nazi), PointRef(0, 0)) is None


def test_a_bracketed_formula_is_offered_only_among_bracketed_ones():
    formulas = pack_yaml("Ionic compounds", "Chemistry", [
        ("Formulae", ["Brackets round compound ions if you need more than one, e.g. calcium hydroxide **Ca(OH)~2~**",
                      "Sodium chloride is **NaCl**.", "Magnesium oxide is **MgO**.",
                      "Calcium chloride is **CaCl~2~**."])])
    source = material(formulas)
    answer = source.terms[PointRef(0, 0)][0]
    shown = source.point(PointRef(0, 0)).text[:answer.start]
    for seed in range(4):
        options = distractors(answer, source.pool, random.Random(seed), 3, shown) or ()
        assert all("(" in option for option in options)


def test_round_gw_gx_an_earlier_lines_given_initials_and_verdict_labels():
    sound = loads(pack_yaml("Sound", "Physics", [("Measuring the speed of sound", [
        "Method 1 – echo: stand 80 m from a big wall, clap, time the echo",
        "e.g. echo heard after 0.50 s → sound went 2 × 80 = 160 m → v = 160 / 0.50 = **320 m/s**"])]), "sound.yaml")
    card = sound.cards[0]
    assert worked(card.points[1], card.title, card.points[0]) is None
    roots = pack_yaml("Plants", "Biology", [("Root hair cells", [
        "Long hair-like projection → big **surface area** for absorbing water", "Thin walls → short distance."])])
    source = material(roots)
    source.record(["Alveoli: millions of tiny sacs → big SA"], [])
    assert source.gives_away(["Long hair-like projection → big s____ for absorbing water"], ["surface area"])
    assert not source.gives_away(["Sulfur is burnt so the gas escapes"], ["sulfur oxides"])
    quarries = pack_yaml("Limestone", "Chemistry", [("Quarrying", [
        "**Pros** – jobs for locals, better roads, money for the economy.",
        "**Cons** – ugly scar on the landscape, noise and dust.",
        "**Cement** – made by heating limestone with clay."])])
    terms = {candidate.build(0).title for candidate in definition_candidates(material(quarries))}
    assert "Pros" not in terms and "Cons" not in terms
