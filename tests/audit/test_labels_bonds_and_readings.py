"""Round GR–GT of the unseen-pack audit: a worked step's worded label is what the stem asks, a reading tip is no
content, a C=C prints its double bond, a word with its negating prefix tells the word, and a point dated from
another line ("later …") is no timeline event."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
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
