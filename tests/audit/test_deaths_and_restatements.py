"""Round QP of the unseen-pack audit: a false statement never dates a deed after the death its card gives ("In 1553
he set up the Navy Board" beside "by his death in 1547 he had around 50 warships"); and a line that says the one
before again ("In other words: …"), warns it is often missed, or quotes the title ('Drake called the raid
"singeing the King of Spain's beard"') is no point of a mark scheme; a statement printing a symbol another title's
card marks ("the true ΔT" beside "Calorimetry") is no spare; and a verbless note ("Last natural case, in Somalia")
is no timeline event."""
from __future__ import annotations

import pytest

import re

from sheet_builds import fresh_pack, material, of_kind, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Match, Short, Timeline, TrueFalse, plain

NAVY = fresh_pack("history_tudor_navy.yaml")


@pytest.mark.slow
def test_no_false_statement_dates_a_deed_after_its_doers_death():
    for seed in "1234":
        for statement in of_kind(planned(NAVY, seed), TrueFalse):
            line = plain(statement.segments)
            if not statement.true and "Navy Board" in line:
                assert int(re.search(r"\b1\d{3}\b", line).group()) < 1547, line


THEOREM = pack_yaml("Circle theorems", "Maths", [("Alternate segment theorem", [
    "The angle between a **tangent** and a **chord** equals the angle in the **alternate segment**.",
    "In other words: the angle between the tangent and the chord equals the angle at the circumference on the other "
    "side of that chord.",
    "Find the chord that starts at the point of contact, then follow it to the triangle on the far side.",
    "This is the theorem most often missed, so look for it whenever a tangent and a triangle appear together."])])


def test_a_restatement_and_a_warning_are_no_scheme_points():
    lines = scheme_texts(material(THEOREM), 0)
    assert lines and not any(line.startswith(("In other words", "This is the theorem")) for line in lines), lines


def test_a_scheme_point_quoting_the_title_is_left_out():
    for seed in "12":
        plan = planned(NAVY, seed)
        for short in of_kind(plan, Short):
            if short.card is not None and "beard" in short.prompt:
                assert not any("Drake called the raid" in line for line in _scheme(short)), short


def _scheme(short: Short) -> list[str]:
    from studypack.source import loads
    cards = loads(NAVY, "navy.yaml").cards
    return [cards[ref.card].points[ref.point].text for ref in short.scheme]


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_a_symbol_of_a_titles_card_is_no_spare_and_a_verbless_note_no_event():
    energetics = fresh_pack("chemistry_energetics.yaml")
    disease = fresh_pack("biology_disease_prevention.yaml")
    for seed in "12":
        for match in of_kind(planned(energetics, seed), Match):
            if any(pair.title.startswith("Calorimetry") for pair in match.pairs):
                assert not any("ΔT" in spare.text for spare in match.spares), match.spares
        events = [event.text for timeline in of_kind(planned(disease, seed), Timeline) for event in timeline.events]
        assert not any(text.startswith("Last natural case") for text in events), events
