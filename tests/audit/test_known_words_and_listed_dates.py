"""Round RL of the unseen-pack audit: a gap never blanks an English word every student knows outside the topic
("[Inflation]: prices rose faster than wages", "g____ provides the force", "The C____ ran the universities"), though
an element ("more reactive than c____") and a colour are still asked; a year opening a line of a list of dates ("1543 –
Copernicus …") is a date, and a verb written after it in lower case ("1579 – raided Spanish settlements …") has its
doer in the card's title; and a name written with its initials ("Guomindang (GMD)") keeps its capital in the word
bank. Round RM: "Obesity" is as well known as "gravity", and an English Literature pack with English labels
is no word list, though its quotations are set "Birling – “unsinkable …”"."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, hideable, material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline


def _blanks(plan) -> list[str]:
    return [segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_a_word_known_to_all_is_no_blank_but_an_element_and_a_colour_are():
    for seed in "12":
        blanks = _blanks(planned(fresh_pack("history_elizabethan_england.yaml"), seed))
        assert "Inflation" not in blanks, blanks
        blanks = _blanks(planned(fresh_pack("physics_space.yaml"), seed))
        assert "gravity" not in blanks and "Gravity" not in blanks, blanks
    metals = pack_yaml("Metals", "Chemistry", [("Reactivity", [
        "Aluminium is more reactive than **carbon**, so it cannot be reduced by it.",
        "Chloride ions give a **white** precipitate with silver nitrate.",
        "Sewage is first passed through a **screen** to remove large objects."])])
    assert hideable(metals, "Aluminium") == ["carbon"]
    from studypack.layouts.worksheet.exercises.candidates import _known_outside
    source = material(metals)
    white, screen = ((term, source.point(ref).text) for word in ("white", "screen") for ref in source.refs
                     for term in source.terms[ref] if term.text == word)
    assert not _known_outside(source, *white) and _known_outside(source, *screen)


def test_a_year_opening_a_line_of_dates_is_one():
    source = material(fresh_pack("physics_space.yaml"))
    years = {term.text for ref in source.refs for term in source.terms[ref] if term.kind == "year"}
    assert {"1543", "1924"} <= years, years
    for seed in "12":
        events = [event.text for timeline in of_kind(planned(fresh_pack("history_elizabethan_england.yaml"), seed),
                                                     Timeline) for event in timeline.events]
        assert not any(text.startswith("Raided") for text in events), events


def test_a_name_with_its_initials_keeps_its_capital_in_the_bank():
    source = material(fresh_pack("history_maos_china.yaml"))
    terms = [term for ref in source.refs for term in source.terms[ref] if term.text.startswith("Guomindang")]
    assert terms and all(term.inline.startswith("Guomindang") for term in terms)


def test_obesity_is_known_to_all_and_an_english_literature_pack_is_no_word_list():
    for seed in "12":
        assert "Obesity" not in _blanks(planned(fresh_pack("biology_homeostasis.yaml"), seed))
    from studypack.layouts.worksheet.exercises.translate import is_language_pack
    from studypack.source import loads
    assert not is_language_pack(loads(fresh_pack("english_inspector_calls.yaml"), "calls.yaml"))
