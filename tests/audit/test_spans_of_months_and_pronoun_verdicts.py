"""Round OY of the unseen-pack audit: a card dated by months ("June–July 1940") names a stretch of time, and a line
whose clause opens on a bare pronoun and judges what followed ("…, it meant Britain survived") is no event; a figure
set equal to another ("180° = π rad") is not changed into a false statement; a temperature in kelvin is offered beside temperatures near it; "light" beside "dark" is no gap."""
from __future__ import annotations

import re

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.beside import told_beside
from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.questions import PointRef

BLITZ = """title: The Battle of Britain and the Blitz, 1940–41
subject: History
cards:
  - title: Britain alone — the threat of invasion
    date: June–July 1940
    points: ["After the **fall of France** Britain and its Empire faced Germany alone."]
  - title: Battle of Britain Day
    date: 15 September 1940
    points: ["Two huge daylight raids on London were met by over **20 squadrons**."]
  - title: Black Saturday
    date: 7 September 1940
    points: ["About **350** bombers attacked London's docks and the East End."]
  - title: The Coventry raid
    date: 14 November 1940
    points: ["The city centre and its cathedral were destroyed in one night."]
  - title: Why the Blitz ended
    points: ["Hitler moved most of the Luftwaffe east for the invasion of the USSR in **June 1941**.",
             "Together with the Battle of Britain, it meant Britain survived to become the base for the **D-Day** landings in **1944**."]
"""


def test_a_card_dated_by_months_and_a_pronouns_verdict_are_no_events():
    events = [candidate.event.text for candidate in event_candidates(material(BLITZ))]
    assert "Battle of Britain Day" in events and "The Coventry raid" in events
    assert not any("Britain alone" in event for event in events), events
    assert not any("it meant" in event for event in events), events


def test_a_temperature_in_kelvin_goes_by_steps():
    source = material(pack_yaml("Cells", "Chemistry", [("Standard conditions", [
        "Standard conditions: **298 K**, **100 kPa** and **1.00 mol dm⁻³** solutions."])]))
    kelvin = next(term for term in source.terms[PointRef(0, 0)] if term.text == "298 K")
    values = [float(re.match(r"\d+", option).group()) for option in scaled(kelvin)]
    assert values and all(abs(value - 298) % 50 == 0 for value in values), values  # (not 179, 477 or 89 K)


def test_light_beside_dark_is_told():
    source = material(pack_yaml("Plants", "Biology", [("Stomata", [
        "Stomata open in the **light** and close in the dark."])]))
    light = next(term for term in source.terms[PointRef(0, 0)] if term.text == "light")
    assert told_beside(source.pack.cards[0].points[0], light)
