"""Rules from the audits of sets CZ, DA and DB: a word whose blank could show no letter is not blanked (other words
fit its line), and a quoted phrase's letter is the first inside its quotes."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Gap
from sheet_builds import built, material, of_kind, pack_yaml

DECAY = pack_yaml("Ecosystems", "Biology", [
    ("Peat bogs", ["Bogs are waterlogged and **acidic** – little oxygen, so dead moss decays very slowly.",
                   "Peat is dug up and burnt as **fuel**, releasing the stored carbon as carbon dioxide."]),
    ("Decomposers", ["**Decomposers** such as bacteria and fungi break down dead material and waste.",
                     "Decay is fastest when it is warm and moist and there is plenty of **oxygen**."])])


def test_a_word_whose_blank_would_show_no_letter_is_not_blanked():
    """"Bogs are waterlogged and ____ – little oxygen": acidic, cold and nutrient-poor all fit an open line."""
    for seed in ("1", "2", "3"):
        plan, _, _ = built(DECAY, seed, exercises=("gap",))
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert answers and "acidic" not in answers
        assert "oxygen" in answers or "fuel" in answers  # words with a letter of their own ("o____") are asked


def test_a_quoted_phrase_shows_the_first_letter_inside_its_quotes():
    from studypack.layouts.worksheet.exercises.candidates import first_letter
    vietnam = pack_yaml("Vietnam", "History", [
        ("The media", ["Vietnam became the first **\"television war\"**, shown nightly in American homes.",
                       "Reporters such as Walter Cronkite turned against the war after **1968**."])])
    source = material(vietnam)
    term = next(term for terms in source.terms.values() for term in terms if "television" in term.text)
    assert first_letter(term) == "t"
