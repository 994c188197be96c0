"""What blind audits of sets SA and SB struck, and a matching science sheets missed: key words written
"**Battery**: two or more cells …", never matched to their meanings; a matching that printed a calculation's method
("Magnification" beside "image height ÷ object height"); a gap beside another form of its answer ("____: flea bite →
swellings called buboes"); a group of people placed on a timeline ("The rebels in London"), and a view dated by what
it was of ("Astrologers blamed a conjunction … in 1345"); a worked line's first step asked under the task its last step
answers ("mass of ethanol from 90 g of glucose → moles of glucose = ____")."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises import Gap, Match, Timeline
from studypack.layouts.worksheet.exercises.questions import Calc, plain
from sheet_builds import built, fresh_pack, of_kind, planned

CELLS = """\
title: Cells and batteries
subject: Chemistry
cards:
  - title: Key words
    points:
      - "**Battery**: two or more cells connected in series."
      - "**Electrolyte**: an ionic solution or paste that lets charged particles move."
      - "**Anode**: the electrode where oxidation takes place."
      - "**Catalyst**: a substance that speeds up a reaction without being used up."
      - "**Alloy**: a mixture of a metal with small amounts of other elements."
      - "**Isotope**: an atom of an element with a different number of neutrons."
      - "**Polymer**: a long chain molecule built from many small monomers."
  - title: Cells in series
    points:
      - "Cells in series → voltages add: 3 × 1.5 V = 4.5 V."
"""


def test_a_key_word_written_with_a_colon_is_matched_to_its_meaning():
    plan, sheet, key = built(CELLS, "1", exercises=("match",))
    pairs = {pair.title: pair.text for match in of_kind(plan, Match) for pair in match.pairs}
    assert len(pairs) >= 3, sheet[:600]
    assert pairs.get("Battery", "two or more cells connected in series") == "two or more cells connected in series"
    assert all(title in ("Battery", "Electrolyte", "Anode", "Catalyst", "Alloy", "Isotope", "Polymer") for title in pairs)


def test_no_matching_prints_the_method_of_a_calculation_on_the_sheet():
    for seed in "12":
        plan = planned(fresh_pack("physics_light.yaml"), seed)
        asked = " ".join(plain(calc.segments) for calc in of_kind(plan, Calc))
        matched = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert "magnification =" in asked.casefold(), asked
        assert "Magnification" not in matched, matched


def test_no_gap_stands_beside_another_form_of_its_answer():
    for seed in "12":
        gaps = of_kind(planned(fresh_pack("history_black_death_peasants_revolt.yaml"), seed), Gap)
        answers = [blank.text.casefold() for gap in gaps for blank in gap.answers]
        assert gaps and "bubonic plague" not in answers, answers


def test_no_timeline_event_is_a_group_of_people_or_a_view_dated_by_its_object():
    for seed in "12":
        events = [event.text for line in of_kind(planned(fresh_pack("history_black_death_peasants_revolt.yaml"), seed),
                                                  Timeline) for event in line.events]
        assert not any(text.startswith(("The rebels", "Astrologers")) for text in events), events


def test_a_claim_to_land_keeps_its_year_on_the_timeline():
    from studypack.layouts.worksheet.exercises.events import _BLAMED_ON
    assert _BLAMED_ON.search("Astrologers blamed a conjunction of Saturn, Jupiter and Mars in ")
    assert not _BLAMED_ON.search("Humphrey Gilbert claimed Newfoundland in ")


def test_no_calculation_asks_a_first_step_under_the_task_its_last_step_answers():
    from studypack.layouts.worksheet.exercises.calculations import _NAMES_ITS_SUM
    for seed in "12":
        calcs = [plain(calc.segments) for calc in of_kind(planned(fresh_pack("chemistry_alcohols_acids_esters.yaml"),
                                                                   seed), Calc)]
        assert not any("moles of glucose" in text for text in calcs), calcs
    assert _NAMES_ITS_SUM.match("mass of ethanol from 90 g of glucose")
    assert not _NAMES_ITS_SUM.match("r = 3 cm, h = 10 cm")
