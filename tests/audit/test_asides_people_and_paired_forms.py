"""Round RJ of the unseen-pack audit: a name left plain inside a bracketed remark ("(oil has been a factor in several
M____ conflicts)") is no blank; a worked step that opens on "Divide by 0.10 →" is no mark-scheme point; a statement
about "her" is no match where a title names a woman by her given name ("Emily Wilding Davison"), nor one that leans
on "this" ("members who disliked this formed …"); a pair of terms is not matched to the one pair of meanings
("Vasodilation / vasoconstriction – widening / narrowing"); and a line printing "thermoregulatory" tells
"T____" (thermoreceptors). Round RK: "The C____ ran the universities" asks what every student knows, and a line
carrying a mnemonic ("… Mnemonic: Dirty Ian Wants Sweets Immediately.") is no question."""
from __future__ import annotations

import pytest

from sheet_builds import fresh_pack, material, of_kind, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Gap, Match


def _blanks(plan) -> list[str]:
    return [segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]


def test_a_plain_name_in_a_bracketed_remark_is_no_blank():
    for seed in "12":
        assert "Middle East" not in _blanks(planned(fresh_pack("geography_energy_security.yaml"), seed))


def test_a_worked_step_is_no_scheme_point():
    source = material(fresh_pack("chemistry_quantitative.yaml"))
    card = next(index for index, card in enumerate(source.pack.cards) if card.title.startswith("Balancing"))
    assert not any(text.startswith("Divide by 0.10") for text in scheme_texts(source, card))


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_statements_that_lean_on_a_person_or_on_this_and_paired_forms_are_not_matched():
    for seed in "12":
        for match in of_kind(planned(fresh_pack("history_votes_for_women.yaml"), seed), Match):
            texts = [pair.text for pair in match.statements]
            assert not any("about her intentions" in text or "who disliked this" in text for text in texts), texts
        for match in of_kind(planned(fresh_pack("biology_homeostasis.yaml"), seed), Match):
            assert not any("/" in pair.title and "/" in pair.text for pair in match.pairs), match.pairs
        assert "Thermoreceptors" not in _blanks(planned(fresh_pack("biology_homeostasis.yaml"), seed))


def test_the_church_is_no_blank_and_a_line_carrying_a_mnemonic_is_no_question():
    for seed in "12":
        plan = planned(fresh_pack("history_medicine_britain.yaml"), seed)
        assert "Church" not in _blanks(plan)
        printed = " ".join(segment.text for section in plan.exercises.sections for question in section.questions
                           for segment in getattr(question, "segments", ()))
        assert "Dirty Ian" not in printed
