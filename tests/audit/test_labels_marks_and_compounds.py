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
        "Ray 2: through the **centre of the lens** → carries straight on, no bending"])])
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
