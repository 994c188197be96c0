"""What blind audits of sets RU to RW struck, and a matching science sheets missed: a lettered blank of several words
that says not how many ("C____ flows from + to −" took "Current" for conventional current); a key word written
"**Lumen** = …", never matched to its meaning; a state ("Britain's empire was mostly trading posts") placed on a
timeline; an element that is the letter left over in its short form ("NPK … (N), … (P) and p____")."""
from __future__ import annotations

import re

from studypack.layouts.labels import labels_for
from studypack.layouts.worksheet.exercises.questions import Gap, Segment, plain
from sheet_builds import built, fresh_pack, of_kind


def test_a_blank_counts_the_words_it_asks_for_less_a_printed_article_and_a_bracket():
    assert Segment("conventional current", "blank", hint="C").words_asked == 2
    assert Segment("Oxides of nitrogen (NOₓ)", "blank", hint="O").words_asked == 3
    assert Segment("the Squad", "blank", hint="S").words_asked == 1
    assert Segment("un piso", "blank", hint="un p").words_asked == 1
    assert Segment("stem-and-leaf", "blank", hint="s").words_asked == 1


def test_a_lettered_blank_of_two_words_says_so_on_the_sheet_and_in_the_pack_language():
    plan, sheet, key = built(fresh_pack("physics_electricity_circuits.yaml"), "1")
    assert re.search(r"C\W*\(2 words\) flows from \+ to −", sheet), sheet[:600]
    assert "conventional current" in key.casefold()
    assert labels_for(None, "fr").count("gap_words", 2) == "(2 mots)"
    assert labels_for(None, "pl").count("gap_words", 5) == "(5 słów)"


BLOOD = """\
title: Blood and vessels
subject: Biology
cards:
  - title: Key words
    points:
      - "**Haemoglobin** = the red, iron-containing protein in red blood cells that carries oxygen."
      - "**Lumen** = the hollow space in the middle of a blood vessel."
      - "**Thrombosis** = a clot forming inside a vessel and blocking it."
      - "**Platelets** = small fragments of cells that help a wound to clot."
      - "**Plasma** = the pale yellow liquid part of blood that carries dissolved substances."
  - title: Heart rate
    points:
      - "Cardiac output = stroke volume × heart rate."
      - "Example: stroke volume 70 cm³ and heart rate 72 beats per minute → cardiac output = 5040 cm³/min."
"""


def test_a_key_word_written_with_an_equals_sign_is_matched_to_its_meaning():
    plan, sheet, key = built(BLOOD, "1", exercises=("match",))
    assert "Write the letter of the matching definition in the box after each term." in sheet
    assert "Haemoglobin" in sheet and "the hollow space in the middle of a blood vessel" in sheet
    assert "Cardiac output" not in sheet  # (a formula's "=" is no meaning)


def test_no_timeline_event_is_how_things_stood_and_no_element_is_the_letter_left_in_its_short_form():
    from studypack.layouts.worksheet.exercises import Timeline
    from sheet_builds import planned
    for seed in "1":
        events = [event.text for line in of_kind(planned(fresh_pack("history_empire_slave_trade.yaml"), seed),
                                                  Timeline) for event in line.events]
        assert not any("was mostly" in text or "trading posts" in text for text in events), events
        blanks = [blank.text for gap in of_kind(planned(fresh_pack("chemistry_haber_fertilisers.yaml"), seed), Gap)
                  for blank in gap.answers]
        assert not any(text.startswith("potassium") for text in blanks), blanks  # "NPK … (N), … (P) and p____"


def test_no_blank_is_a_sum_printed_beside_it_an_enzyme_beside_what_it_breaks_or_the_one_initial_of_a_list():
    from sheet_builds import planned
    for seed in "1":
        war = [blank.text for gap in of_kind(planned(fresh_pack("history_britain_ww2.yaml"), seed), Gap)
               for blank in gap.answers]
        assert "338,000" not in war and "Omaha" not in war, war  # "(198,000 British and 140,000 French …)";
        # "Utah, Omaha, Gold, Juno, Sword" elsewhere makes "O____" Omaha
        food = [blank.text for gap in of_kind(planned(fresh_pack("biology_enzymes_nutrition.yaml"), seed), Gap)
                for blank in gap.answers]
        assert war and food and "Lipase" not in food, food  # "L____ breaks lipids"


def test_no_phrase_is_blanked_beside_its_own_short_form():
    from sheet_builds import planned
    blanks = [blank.text for gap in of_kind(planned(fresh_pack("geography_nigeria_nee.yaml"), "1"), Gap)
              for blank in gap.answers]
    assert blanks and not any(text.startswith("Transnational") for text in blanks), blanks  # under "TNCs in Nigeria"


def test_exam_advice_on_describing_a_pattern_is_no_matching_statement():
    plan, sheet, key = built(fresh_pack("geography_tectonic_hazards.yaml"), "1")
    assert "Describe a pattern with evidence" not in sheet + key


def test_no_year_is_offered_as_the_one_option_of_its_century():
    from studypack.layouts.worksheet.exercises import Choice
    from sheet_builds import planned
    from studypack.layouts.worksheet.exercises.distractors import _stands_apart
    assert _stands_apart(1600, [1639, 1668, 1690]) and not _stands_apart(1807, [1804, 1808, 1813])
    plan = planned(fresh_pack("history_empire_slave_trade.yaml"), "1")
    stems = [plain(question.segments) for question in of_kind(plan, Choice)]
    assert stems and not any("Elizabeth I in" in stem for stem in stems), stems  # (she died in 1603)
