"""Rules from the audits of sets CT, CU and CV: a definitions matching takes its spare from its own cards first; one
event under one name is placed once; a closing exclamation and a tip on how to use a case study are notes; an
acronym's plural is spelled by its expansion."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.events import Event, conflicts
from studypack.layouts.worksheet.exercises.questions import Match
from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, is_scaffolding
from studypack.layouts.worksheet.exercises.words import spelled_out
from sheet_builds import built, of_kind, pack_yaml, planned

SPECTRUM = pack_yaml("Waves", "Physics", [
    ("Uses of EM waves", ["**X-rays** – medical images of broken bones, airport security scanners",
                          "**Microwaves** – satellite communications, mobile phones, cooking food",
                          "**Infrared** – electric heaters, thermal imaging cameras, remote controls",
                          "**Visible light** – fibre optic communications, seeing, photography",
                          "**Ultraviolet** – energy-efficient lamps, sun tanning, security marks"]),
    ("Ultrasound", ["**Ultrasound** – frequency above 20 kHz, too high for humans to hear",
                    "Used for pre-natal scans and finding flaws in metal castings."]),
    ("Describing a wave", ["**Amplitude** – the greatest displacement of a point from its rest position",
                           "**Wavelength** – the distance from one point on a wave to the same point on the next"])])


def test_a_definitions_matching_takes_its_spare_from_its_own_cards():
    """"frequency above 20 kHz" among the uses of the spectrum is ruled out at sight: the last pair comes by
    elimination."""
    for seed in ("1", "2", "3"):
        plan = planned(SPECTRUM, seed, exercises=("match",))
        for block in of_kind(plan, Match):
            cards = {pair.card for pair in block.pairs}
            assert all(spare.card in cards for spare in block.spares), (block.pairs, block.spares)


def test_one_event_under_one_name_is_placed_once():
    first = Event("My Lai massacre", "1968", (1968, 3), 0)
    second = Event("My Lai massacre: covered up for over a year; exposed by Seymour Hersh", "1969", (1969, 11), 1)
    assert conflicts(first, second)
    assert not conflicts(first, Event("Tet Offensive", "1968", (1969, 1), 2))


def test_a_closing_exclamation_and_a_tip_on_using_a_case_study_are_notes():
    assert LEFT_OFF.sub("", "faulenzen – to laze around, chill out. Useful!") == "faulenzen – to laze around, chill out."
    assert LEFT_OFF.sub("", "Sound goes there AND back!") == "Sound goes there AND back!"  # a line's own exclamation
    assert is_scaffolding("Use Mappleton for 'evaluate a coastal management scheme' questions – always give both sides")
    assert is_scaffolding("Read graphs carefully – which factor is limiting?")
    assert not is_scaffolding("Used for pre-natal scans and finding flaws in metal castings.")


def test_an_acronyms_plural_is_spelled_by_its_expansion():
    assert spelled_out("NEEs", "____ – newly emerging economies such as China and Brazil")
    assert not spelled_out("Gas", "good as ever")


def test_a_styled_name_shows_no_letter_of_its_style():
    war = pack_yaml("Civil War", "History", [
        ("The New Model Army", ["Commander **Sir Thomas Fairfax**; Cromwell stayed on as Lieutenant-General.",
                                "Many soldiers were godly **Independents**."])])
    plan, sheet, _ = built(war, "1", exercises=("gap",))
    assert "Commander S" not in sheet and "Sir Thomas Fairfax" not in sheet


def test_a_sum_under_two_topics_or_a_bare_label_says_what_it_works_out():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    assert worked(parse_point("£2000 at 3% for 4 years → 2000 × 1.03^4^ = **£2251.02**"),
                  "Compound interest & depreciation") is None  # which of the two, nothing says
    assert worked(parse_point("£2000 at 3% compound interest for 4 years → amount = 2000 × 1.03^4^ = **£2251.02**"),
                  "Compound interest & depreciation") is not None
    assert worked(parse_point("2 A for 30 s → Q = 2 × 30 = **60 C**"), "Equations") is None
    assert worked(parse_point("2 A for 30 s → Q = 2 × 30 = **60 C**"), "Charge and current") is not None


def test_a_year_labelling_the_name_after_it_is_no_gap():
    from studypack.layouts.worksheet.exercises.candidates import _gap
    from sheet_builds import material
    germany = pack_yaml("Germany", "History", [
        ("Social reform", ["**1911** Imperial Insurance Code – brought the schemes together for more workers.",
                           "Old-age pensions began in **1889** for workers over 70."])])
    source = material(germany)
    for ref in source.refs:
        gap = _gap(source, ref)
        blanks = [segment.text for segment in gap.segments if segment.role == "blank"] if gap else []
        assert "1911" not in blanks


def test_a_lower_surface_is_never_turned_higher_and_arguably_is_a_hedge():
    from studypack.layouts.worksheet.exercises.candidates import _GUARDED
    assert _GUARDED.search("Arguably the real 'winner' was peace: both sides stepped back.")


def test_a_clause_of_change_is_no_gap():
    from studypack.layouts.worksheet.exercises.candidates import _CLAUSE
    assert _CLAUSE.search("Melting point decreases") and _CLAUSE.search("reactivity increases")
    assert not _CLAUSE.search("increases") and not _CLAUSE.search("melting point")
