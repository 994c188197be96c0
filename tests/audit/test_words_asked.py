"""A lettered blank whose answer is several words says how many ("C____ (2 words) flows from + to −"): blind audits
struck "Current" for conventional current and "England" for East Yorkshire, one-word answers the key had to accept."""
from __future__ import annotations

import re

from studypack.layouts.labels import labels_for
from studypack.layouts.worksheet.exercises.questions import Segment
from sheet_builds import built, fresh_pack


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
