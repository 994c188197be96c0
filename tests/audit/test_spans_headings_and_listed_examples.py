"""What the blind audits of sets UI and UJ struck: "it helped bring down Somerset in October 1554" set false on the
sheet that prints "Somerset ruled for Edward VI (1547–49)"; "long-term m____ (2 words) impacts (trauma, anxiety)";
"Av____ (2 words) – 6.02 × 10²³ particles per mole" under the heading "Moles and Avogadro's Constant"; and "the largest
h____ (2 words) station … runs on water released from the dam"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import TrueFalse
from studypack.layouts.worksheet.exercises.material import _ranges_in_full
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, fresh_pack, of_kind, pack_yaml, planned


@pytest.mark.slow  # (whole sheets of a fresh pack: in make test-slow)
def test_a_year_set_false_is_not_told_by_a_span_written_short_elsewhere_on_the_sheet():
    text = fresh_pack("history_tudor_rebellions.yaml")
    for seed in "123":
        plan = planned(text, seed)
        printed = " ".join(plain(question.segments) for section in plan.exercises.sections
                           for question in section.questions if hasattr(question, "segments"))
        for statement in of_kind(plan, TrueFalse):
            if not statement.true and "Somerset" in plain(statement.segments):
                assert "1547–49" not in printed, printed


def test_a_span_written_short_is_read_in_full():
    assert "1547–1549" in _ranges_in_full("Somerset ruled for Edward VI (1547–49)")


def test_everyday_words_are_not_lettered_before_a_list_of_what_they_name():
    fires = pack_yaml("Australian bushfires", "Geography", [("Social effects", [
        "Over 3,000 homes lost → homelessness; long-term **mental health** impacts (trauma, anxiety), especially in "
        "small rural towns."])])
    assert "mental health" not in blanked(fires)


def test_an_answer_with_its_symbol_in_brackets_is_not_asked_under_a_heading_that_prints_it():
    moles = pack_yaml("Moles and Avogadro's Constant", "Chemistry", [("Key words", [
        "**Avogadro's constant (N_A)** – 6.02 × 10²³ particles per mole.",
        "**Mole** – the amount of substance holding that many particles."])])
    assert not {answer for answer in blanked(moles) if answer.startswith("Avogadro")}


def test_hydroelectric_power_is_not_lettered_beside_water_from_a_dam():
    kielder = pack_yaml("Water transfer", "Geography", [("Kielder Water", [
        "Pros: the largest **hydroelectric power** station in England (about 6 MW) runs on water released from the "
        "dam."])])
    assert "hydroelectric power" not in blanked(kielder)
