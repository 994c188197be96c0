"""Round QG of the unseen-pack audit: an event whose words place it first or last is no timeline event, and a number
the line's own equation shows is no blank."""
from __future__ import annotations

from sheet_builds import material, of_kind, planned
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline

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
  - title: Penetration
    points:
      - Alpha is stopped by **paper**; gamma needs thick **lead** or concrete.
  - title: Half-life
    points:
      - The **half-life** is the time for half the nuclei to decay.
"""


def test_a_number_the_lines_equation_shows_is_no_blank():
    blanks = [blank.text for candidate in gap_candidates(material(DECAY))
              if isinstance(gap := candidate.build(0), Gap) for blank in gap.answers]
    assert blanks and "4" not in blanks and "2" not in blanks, blanks
