"""Rounds RP–RQ of the unseen-pack audit: an analogy ("Think of it as the system being 'awkward'") and a mnemonic in
brackets ("(mnemonic: ROS)") are study aids, no scheme points; "Cash flow" is not matched to a definition of
"inflows" and "outflows"; a short word sounded out as its meaning ("der Tee – tea", "der Kaffee – coffee") is not
translated; a blank on "wind / air movement" is an everyday word either way; and a title's "Hex" tells
"H____ = base 16". Round RR: "C____: from Cluny" gives the Cluniacs, and a "History aside" is no scheme point."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, of_kind, planned, translated
from studypack.layouts.worksheet.exercises.questions import Gap, Match


def _blanks(plan) -> list[str]:
    return [segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]


def test_analogies_and_bracketed_mnemonics_are_no_scheme_points():
    from studypack.layouts.worksheet.exercises.questions import Short, scheme_points
    from studypack.source import loads
    texts = []
    for name in ("chemistry_rates_equilibrium.yaml", "business_finance.yaml"):
        pack = loads(fresh_pack(name), name)
        for seed in "12":
            texts += [point.text for short in of_kind(planned(fresh_pack(name), seed), Short)
                      for point in scheme_points(short, pack)]
    assert texts and not any("Think of it as" in text or "mnemonic" in text for text in texts), texts


def test_a_term_is_not_matched_to_a_definition_printing_it_inside_a_word():
    for seed in "12":
        for match in of_kind(planned(fresh_pack("business_finance.yaml"), seed), Match):
            assert not any(pair.title == "Cash flow" and "inflows" in pair.text for pair in match.pairs), match.pairs


def test_a_short_word_sounded_out_as_its_meaning_is_not_translated():
    asked = translated("Essen und Trinken", "German", [
        "der Tee – tea", "der Kaffee – coffee", "das Wasser – water", "die Gabel – the fork",
        "das Messer – the knife", "der Löffel – the spoon", "die Rechnung – the bill"], seeds=8)
    assert asked and not any(word in item for item in asked for word in ("Tee", "Kaffee", "Wasser")), asked


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_a_slashed_everyday_word_and_a_title_clipping_are_no_blanks():
    for seed in "12":
        plants = _blanks(planned(fresh_pack("biology_plants.yaml"), seed))
        assert not any(answer.startswith("wind") for answer in plants), plants
        assert "Hexadecimal" not in _blanks(planned(fresh_pack("computing_systems.yaml"), seed))


def test_a_name_grown_from_a_printed_place_and_a_history_aside_are_not_asked():
    from studypack.layouts.worksheet.exercises.questions import Short, scheme_points
    from studypack.source import loads
    for seed in "12":
        assert "Cluniacs" not in _blanks(planned(fresh_pack("history_church_crusades.yaml"), seed))
        pack = loads(fresh_pack("chemistry_energy_changes.yaml"), "energy.yaml")
        points = [point.text for short in of_kind(planned(fresh_pack("chemistry_energy_changes.yaml"), seed), Short)
                  for point in scheme_points(short, pack)]
        assert not any(text.startswith("History aside") for text in points), points
