"""Round RF of the unseen-pack audit: a year a teacher leaves plain in a line whose names are marked ("**Oath of
Salisbury** (1086): …") is still asked, so a history pack that marks names and not years gets its multiple choice,
true or false and timeline; the other of a pair printed beside a blank ("Homozygous = …; h____ = …") tells it, even
where the pair ends in s; nor is either of two terms set against each other across "than" ("the s____ is stronger
than the backwash"), nor one of two names joined by "and" ("W____ and Crick"); and a phrase whose bracket holds the
word its meaning cuts short ("aller à la fac (l'université) – to go to uni") is not translated; a claim before a
dash that holds none of its line's terms ("Not every plan worked — …") is no statement of its own."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, hideable, material, of_kind, pack_yaml, planned, translated
from studypack.layouts.worksheet.exercises.questions import Choice, Gap, PointRef, Timeline, TrueFalse, plain


@pytest.mark.slow
def test_a_plain_year_beside_marked_names_is_asked():
    source = material(pack_yaml("The Normans", "History", [("Government", [
        "**Oath of Salisbury** (1086): every important landholder swore loyalty directly to William."])]))
    assert [term.text for term in source.key_terms(PointRef(0, 0)) if term.kind == "year"] == ["1086"]
    for seed in "12":
        plan = planned(fresh_pack("history_norman_conquest.yaml"), seed)
        choices = of_kind(plan, Choice)
        assert choices and all(choice.options[choice.answer][-4:].isdigit() for choice in choices), choices
        assert of_kind(plan, Timeline)


@pytest.mark.slow
def test_a_year_left_plain_is_swapped_only_for_another_year():
    for seed in "12":
        for statement in of_kind(planned(fresh_pack("history_vikings.yaml"), seed), TrueFalse):
            swapped = [segment.text for segment in statement.segments if segment.role == "swap"]
            assert all(text.isdigit() for text in swapped), swapped


def test_the_other_of_a_pair_beside_a_blank_tells_it():
    alleles = pack_yaml("Inheritance", "Biology", [("Key words", [
        "**Homozygous** = two identical alleles (BB or bb); **heterozygous** = two different alleles (Bb).",
        "Only **mitosis** is used in asexual reproduction, unlike meiosis.",
        "Plants are **autotrophs**; animals are heterotrophs that eat other organisms."])])
    assert hideable(alleles, "Homozygous") == []
    assert "mitosis" not in hideable(alleles, "Only")
    assert "autotrophs" not in hideable(alleles, "Plants")
    from studypack.layouts.worksheet.exercises.beside import other_start
    assert not other_start("classification", "purification")  # a suffix many words share is no pair


def test_terms_set_against_each_other_and_a_pair_of_names_are_no_blanks():
    for seed in "12":
        waves = [segment.text for gap in of_kind(planned(fresh_pack("geography_coasts.yaml"), seed), Gap)
                 for segment in gap.segments if segment.role == "blank"]
        assert "swash" not in waves and "backwash" not in waves, waves
        named = [segment.text for gap in of_kind(planned(fresh_pack("biology_inheritance.yaml"), seed), Gap)
                 for segment in gap.segments if segment.role == "blank"]
        assert "Watson" not in named and "Crick" not in named, named


def test_a_bracket_holding_the_word_the_meaning_cuts_short_is_not_translated():
    asked = translated("Après le lycée", "French", [
        "aller à la fac (l'université) – to go to uni",
        "faire un apprentissage – to do an apprenticeship",
        "prendre une année sabbatique – to take a gap year",
        "continuer mes études – to continue studying"])
    assert asked and not any("fac" in item or "uni" in item.split() for item in asked), asked


def test_a_claim_before_a_dash_holding_no_term_is_not_judged_alone():
    for seed in "12":
        statements = [plain(statement.segments) for statement in of_kind(planned(fresh_pack("geography_bristol.yaml"),
                                                                                   seed), TrueFalse)]
        assert not any(statement.rstrip(".").endswith("Not every plan worked") for statement in statements), statements
