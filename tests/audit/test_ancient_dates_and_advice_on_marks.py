"""Round QJ of the unseen-pack audit: cards dated BC or AD ("490 BC", "AD 43") are put on a timeline in their true
order, a stretch of such years is no moment to place, and a pack titled "… 490–479 BC" keeps its own events; and a
line of advice on earning the marks ("Write it in full for the marks") is no point of a mark scheme."""
from __future__ import annotations

from sheet_builds import built, material, of_kind, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Timeline

ROMAN_BRITAIN = """\
title: Roman Britain
subject: History
cards:
  - title: Caesar's first landing in Britain
    date: 55 BC
    points:
      - Julius Caesar crossed from Gaul with two legions but stayed only a few weeks.
  - title: The Claudian invasion
    date: AD 43
    points:
      - Four legions under Aulus Plautius landed in Kent and pushed north to the Thames.
  - title: Boudica's revolt
    date: AD 60–61
    points:
      - The Iceni queen burned Colchester, London and St Albans before her defeat.
  - title: The building of Hadrian's Wall
    date: AD 122
    points:
      - The emperor Hadrian ordered a stone wall across the north, from the Tyne to the Solway.
  - title: The withdrawal of Roman rule
    date: AD 410
    points:
      - Emperor Honorius told the British cities to see to their own defence.
"""


def _timelines(text: str) -> list[Timeline]:
    return [timeline for seed in "1234" for timeline in of_kind(planned(text, seed, exercises=("timeline",)),
                                                                 Timeline)]


def test_cards_dated_bc_and_ad_make_a_timeline_in_their_true_order():
    timelines = _timelines(ROMAN_BRITAIN)
    assert timelines
    for timeline in timelines:
        in_order = [timeline.events["ABCDEF".index(letter)].text for letter in timeline.answer]
        assert in_order[0] == "Caesar's first landing in Britain", in_order
        assert in_order[-1] == "The withdrawal of Roman rule", in_order
        assert "Boudica's revolt" not in in_order  # AD 60–61: a stretch of time


def test_the_key_gives_the_dates_as_the_pack_writes_them():
    _, _, key = built(ROMAN_BRITAIN, "1", exercises=("timeline",))
    assert "55 BC" in key and "AD 410" in key


PERSIAN_WARS = """\
title: The Persian Wars, 490–479 BC
subject: History
cards:
  - title: The Battle of Marathon
    date: 490 BC
    points:
      - The Athenian hoplites charged across the plain and drove the Persians back to their ships.
  - title: The Battle of Thermopylae
    date: August 480 BC
    points:
      - Leonidas and his Spartans held the pass for three days.
  - title: The Battle of Salamis
    date: September 480 BC
    points:
      - The Greek triremes trapped the Persian fleet in the narrow strait.
  - title: The Battle of Plataea
    date: 479 BC
    points:
      - The Spartan-led army routed the last Persian force in Greece.
"""


def test_a_title_dated_bc_keeps_the_events_of_its_own_years():
    timelines = _timelines(PERSIAN_WARS)
    assert timelines
    for timeline in timelines:
        in_order = [timeline.events["ABCDEF".index(letter)].text for letter in timeline.answer]
        assert in_order == [title for title in ("The Battle of Marathon", "The Battle of Thermopylae",
                                                "The Battle of Salamis", "The Battle of Plataea") if title in in_order]
        assert len(in_order) >= 3


LIMEWATER = pack_yaml("Limestone", "Chemistry", [
    ("Limewater and the test for carbon dioxide", [
        "Limewater = a dilute solution of **calcium hydroxide** in water.",
        "Bubble the gas through limewater: carbon dioxide turns it **cloudy** (milky).",
        "The cloudiness is a fine precipitate of **calcium carbonate**.",
        "Write it in full for the marks: \"limewater turns cloudy\", not just \"it changes\".",
        "Too much carbon dioxide makes it clear again as soluble calcium hydrogencarbonate forms."]),
])


def test_advice_on_earning_the_marks_is_no_point_of_a_scheme():
    lines = scheme_texts(material(LIMEWATER), 0)
    assert lines and not any("for the marks" in line for line in lines), lines
