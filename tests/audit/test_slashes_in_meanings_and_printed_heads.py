"""Round QX of the unseen-pack audit: a slash inside a meaning ("se baigner – to swim / bathe; bronzer – to
sunbathe") does not cut the line into a stray "bathe" that throws out all its entries; a French holiday pack whose
words stood on such lines had a one-question sheet; and a blank of several words whose first word its line or the
sheet's title prints ("… and the inverse square law": "the s____ from the light source" for square of the distance)
is not set with that letter."""
from __future__ import annotations

from sheet_builds import fresh_pack, of_kind, planned, translated
from studypack.layouts.worksheet.exercises.questions import Gap
from studypack.layouts.worksheet.exercises.translate import entries


def test_a_slash_inside_a_meaning_keeps_the_entry_whole():
    assert entries("se baigner – to swim / bathe; bronzer – to sunbathe; faire de la voile – to go sailing") == [
        "se baigner – to swim / bathe", "bronzer – to sunbathe", "faire de la voile – to go sailing"]
    assert entries("une ville – a town / un village – a village") == [
        "une ville – a town", "un village – a village"]


def test_the_entries_of_such_a_line_are_asked():
    asked = translated("Les vacances", "French", [
        "**se baigner** – to swim / bathe; **bronzer** – to sunbathe; **faire de la voile** – to go sailing",
        "**la plage** – the beach", "**le camping** – the campsite"])
    assert any("bronzer" in item for item in asked), asked


def test_a_blank_whose_first_word_its_title_prints_shows_no_such_letter():
    text = fresh_pack("biology_photosynthesis_light.yaml")
    for seed in "12":
        answers = [word for gap in of_kind(planned(text, seed), Gap) for word in gap.words]
        assert not any(answer.startswith("square") for answer in answers), answers
