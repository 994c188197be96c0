"""Rounds RM–RN of the unseen-pack audit: a card title's span after its name ("Prohibition 1920–1933") is no part of
an event printed under it, which would date the repeal to 1920; a "Key word check" is a study aid, no scheme point;
"o____ and underconsumption" is told by its other prefix; a general formula beside its examples ("General formula
____. First four: methane CH₄, ethane C₂H₆ …") is no blank; nor is an answer a word of which its line prints
("S____: … leaves are single digits" for stem-and-leaf). Round RO: a statement on "the movement" under a title that
names none ("Political reform and protest") is not judged, and Judas is known to all."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, material, of_kind, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline


def _blanks(plan) -> list[str]:
    return [segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]


def test_a_titles_span_and_a_key_word_check_are_no_part_of_a_question():
    for seed in "12":
        events = [event.text for timeline in of_kind(planned(fresh_pack("history_usa_1919_1941.yaml"), seed), Timeline)
                  for event in timeline.events]
        assert not any("Prohibition 1920" in text for text in events), events
    source = material(fresh_pack("history_usa_1919_1941.yaml"))
    card = next(index for index, card in enumerate(source.pack.cards) if card.title.startswith("Opposition"))
    assert not any(text.startswith("Key word check") for text in scheme_texts(source, card))


@pytest.mark.slow
def test_prefixes_general_formulas_and_printed_parts_tell_their_blanks():
    for seed in "12":
        assert "overproduction" not in _blanks(planned(fresh_pack("history_usa_1919_1941.yaml"), seed))
        assert not any("ₙ" in answer for answer in _blanks(planned(fresh_pack("chemistry_organic.yaml"), seed)))
        assert "stem-and-leaf" not in [answer.casefold() for answer in
                                      _blanks(planned(fresh_pack("maths_statistics.yaml"), seed))]


@pytest.mark.slow
def test_a_statement_on_a_thing_called_by_its_kind_and_judas_are_not_set():
    from studypack.layouts.worksheet.exercises.questions import TrueFalse, plain
    for seed in "12":
        statements = [plain(statement.segments) for statement in
                      of_kind(planned(fresh_pack("history_industrial_revolution.yaml"), seed), TrueFalse)]
        assert not any("the movement faded" in text for text in statements), statements
        assert not any(answer.startswith("Judas") for answer in
                       _blanks(planned(fresh_pack("rs_christianity_beliefs.yaml"), seed)))
