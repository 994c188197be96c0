"""Rounds QG–QI of the unseen-pack audit: an event whose words place it first or last, or the road to one, is no
timeline event; a number the line's own equation shows, a word its symbol's letter or its one-word form spells, is no
blank; a term that opens on a preposition shows no letter (it would be the preposition's); and no matching statement
prints the year a false statement took, three-figure years too."""
from __future__ import annotations

import pytest

import re
from pathlib import Path

from sheet_builds import material, of_kind, planned
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, Match, Timeline, TrueFalse
from studypack.source import loads

EMPIRE = """\
title: The end of empire in Africa, 1956–1968
subject: History
cards:
  - title: Ghana, the first to go
    date: March 1957
    points:
      - Kwame Nkrumah led the Gold Coast to independence as **Ghana**.
  - title: The Suez Crisis
    date: November 1956
    points:
      - Britain and France invaded Egypt after Nasser took the canal.
  - title: The Wind of Change speech
    date: February 1960
    points:
      - Macmillan spoke to the South African parliament in Cape Town.
  - title: Kenyan independence
    date: December 1963
    points:
      - Jomo Kenyatta became prime minister of an independent Kenya.
  - title: Rhodesia's UDI
    date: November 1965
    points:
      - Ian Smith declared independence without Britain's consent.
  - title: East of Suez
    date: January 1968
    points:
      - Britain announced it would pull its forces back from east of Suez.
"""


def test_an_event_whose_words_place_it_first_is_no_timeline_event():
    events = []
    for seed in "123456":
        events += [event.text for timeline in of_kind(planned(EMPIRE, seed, exercises=("timeline",)), Timeline)
                   for event in timeline.events]
    assert events and not any("first" in text for text in events), events


DECAY = """\
title: Radioactive decay
subject: Physics
cards:
  - title: Nuclear equations
    points:
      - 'Alpha decay: mass number down by **4**, atomic number down by **2**. \\ce{^{238}_{92}U -> ^{234}_{90}Th + ^{4}_{2}He}'
      - A **beta particle** is a fast electron from the nucleus.
      - "**Geiger counters** detect the radiation near a source."
  - title: Penetration
    points:
      - Alpha is stopped by **paper**; gamma needs thick **lead** or concrete.
  - title: Half-life
    points:
      - The **half-life** is the time for half the nuclei to decay.
      - Gamma rays are emitted from the **nucleus** of an unstable atom.
"""


def test_a_number_the_lines_equation_shows_is_no_blank():
    blanks = [blank.text for candidate in gap_candidates(material(DECAY))
              if isinstance(gap := candidate.build(0), Gap) for blank in gap.answers]
    assert blanks and "4" not in blanks and "2" not in blanks, blanks


CHARTISTS = """\
title: Reform and the Chartists, 1832–1867
subject: History
cards:
  - title: The Great Reform Act
    date: June 1832
    points:
      - The Act gave the vote to middle-class men in the towns.
  - title: The People's Charter
    date: May 1838
    points:
      - The Charter set out six points, among them the secret ballot.
  - title: The Newport Rising
    date: November 1839
    points:
      - Troops fired on Chartists marching on the Westgate Hotel.
  - title: Kennington Common
    date: April 1848
    points:
      - The last great Chartist petition was carried to Parliament.
  - title: The road to the Second Reform Act
    date: July 1866
    points:
      - Reform League crowds pulled down the Hyde Park railings.
  - title: The Second Reform Act
    date: August 1867
    points:
      - Most male householders in the towns got the vote.
"""


def test_the_road_to_an_event_is_no_event():
    events = []
    for seed in "123456":
        events += [event.text for timeline in of_kind(planned(CHARTISTS, seed, exercises=("timeline",)), Timeline)
                   for event in timeline.events]
    assert events and not any(text.startswith("The road to") for text in events), events


LINES = """\
title: Energy and development
subject: Science
cards:
  - title: Gravitational store
    points:
      - h is the change in **height**, not the distance along a slope.
      - The **gravitational field strength** on Earth is about 9.8 N/kg.
  - title: Ways energy is transferred
    points:
      - "**By heating** = from a hotter object to a cooler one."
      - "**Radiation** is carried by waves, such as light from the Sun."
  - title: Closing the gap
    points:
      - "**Fair trade**: farmers get a guaranteed price plus a Fairtrade Premium for community projects."
      - "**Microfinance** lends small sums to people banks will not lend to."
  - title: Equilibrium
    points:
      - N₂ + 3H₂ ⇌ 2NH₃ has **4** gas molecules on the left and 2 on the right.
      - A **catalyst** speeds up both the forward and the reverse reaction.
"""


def test_a_blank_its_symbol_preposition_joined_form_or_equation_gives_away_is_not_set():
    gaps = [gap for candidate in gap_candidates(material(LINES)) if isinstance(gap := candidate.build(0), Gap)]
    blanks = {blank.text: blank.hint for gap in gaps for blank in gap.answers}
    assert "Microfinance" in blanks, blanks
    assert "height" not in blanks  # "h is the change in h____"
    assert "Fair trade" not in blanks  # "… plus a Fairtrade Premium"
    assert "4" not in blanks  # "N₂ + 3H₂ ⇌ 2NH₃ has ____ gas molecules on the left"
    assert blanks.get("By heating", "") == ""  # "B____" would be the preposition's letter


VIKINGS = (Path(__file__).parent / "fresh" / "history_vikings.yaml").read_text(encoding="utf-8")


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_no_matching_statement_prints_the_year_a_false_statement_took():
    for seed in ("1", "2", "3", None):
        plan = planned(VIKINGS, seed) if seed else worksheet.plan(loads(VIKINGS, "vikings.yaml"), WorksheetOptions())
        printed = " ".join(pair.text for match in of_kind(plan, Match) for pair in match.pairs + match.spares)
        for statement in of_kind(plan, TrueFalse):
            if not statement.true:  # "… killed at Stainmore in 937" beside "937: won the Battle of Brunanburh"
                swap = next(segment.text for segment in statement.segments if segment.role == "swap")
                assert not re.search(rf"(?<!\d){re.escape(swap)}(?!\d)", printed), (seed, swap)
