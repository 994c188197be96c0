"""Round RE of the unseen-pack audit: a title held, said of no one named ("In 2015 the first UK city to be European
Green Capital"), is no timeline event; and one of a pair shown with no letter before a noun ("two ____ cells",
diploid) is no blank: "daughter" describes the cells as well."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline, plain


@pytest.mark.slow
def test_a_title_held_is_no_event():
    for seed in "12":
        events = [event.text for timeline in of_kind(planned(fresh_pack("geography_sustainable_cities.yaml"), seed),
                                                      Timeline) for event in timeline.events]
        assert not any("first UK city" in text for text in events), events


def test_one_of_a_pair_before_a_noun_shows_a_letter_or_is_not_asked():
    for seed in "12":
        for gap in of_kind(planned(fresh_pack("biology_stem_cells.yaml"), seed), Gap):
            line = plain(gap.segments)
            assert not ("diploid" in gap.words and "End product" in line), line
