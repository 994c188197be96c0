"""What the blind audits of sets UO and UP struck: "D____ moves the parts of each file back together" beside the
matching term "Fragmentation"; "Write four points about: Peripherals, users and files" beside the matching pair
"Device driver" and "translates OS instructions for a particular piece of hardware"; "Working backwards: V = 1000 cm³,
r = 5 cm → h = ____" where the card's "Example (cylinder)" named the solid; "cells make thick, sticky m____" (mucus);
and "Barriers to entry" matched to "anything that makes it hard for new firms to enter a market"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Gap, Match, Short
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, calculations, fresh_plans, of_kind, pack_yaml

SEEDS = ("1", "2", "3", "4")



def _printed(plan) -> str:
    """What a sheet prints of its gap fills and matching, answers left out."""
    gaps = [plain(tuple(part for part in gap.segments if part.role != "blank")) for gap in of_kind(plan, Gap)]
    pairs = [f"{pair.title} {pair.text}" for match in of_kind(plan, Match) for pair in match.pairs + match.spares]
    return " ".join(gaps + pairs).casefold()


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_word_is_not_asked_beside_itself_with_a_prefix():
    for plan in fresh_plans("computing_os_utilities_fetch_execute.yaml", SEEDS):
        answers = {blank.text.casefold() for gap in of_kind(plan, Gap) for blank in gap.answers}
        printed = _printed(plan)
        assert not ("defragmentation" in answers and ("fragmentation" in answers or "fragmentation" in printed))
        assert not ("fragmentation" in answers and "defragmentation" in printed)


@pytest.mark.slow
def test_a_short_answer_is_not_set_where_a_matching_pair_restates_one_of_its_points():
    for plan in fresh_plans("computing_os_utilities_fetch_execute.yaml", SEEDS):
        pairs = {pair.title for match in of_kind(plan, Match) for pair in match.pairs}
        prompts = " ".join(short.prompt for short in of_kind(plan, Short))
        assert not ("Device driver" in pairs and "Peripherals, users and files" in prompts)


def test_the_case_an_example_is_labelled_with_stays_in_its_stem():
    solids = pack_yaml("Volume", "Maths", [("Working backwards", [
        "Substitute what you know, then rearrange to find the missing length.",
        "Example (cylinder): V = 1000 cm³, r = 5 cm → 25πh = 1000 → h = 1000 ÷ 25π ≈ 12.7 cm."])])
    stems = calculations(solids)
    assert stems and all("Working backwards (cylinder):" in stem for stem in stems), stems


def test_a_label_of_difficulty_is_no_case():
    harder = pack_yaml("Volume", "Maths", [("Cylinders", [
        "V = πr²h, where r is the radius and h the height.",
        "Example (harder): V = 1000 cm³, r = 5 cm → 25πh = 1000 → h = 1000 ÷ 25π ≈ 12.7 cm."])])
    assert not any("harder" in stem for stem in calculations(harder)), calculations(harder)


def test_mucus_is_not_lettered_beside_sticky():
    lungs = pack_yaml("Genetic disorders", "Biology", [("Cystic fibrosis", [
        "The CFTR protein is a channel in cell membranes; when it fails, cells make thick, sticky **mucus**.",
        "It is caused by a **recessive allele**, so a child needs two copies to have it."])])
    assert "mucus" not in blanked(lungs)


@pytest.mark.slow
def test_a_term_is_not_matched_to_a_definition_that_holds_its_verb():
    for plan in fresh_plans("economics_market_structures.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any(pair.title.startswith("Barriers to entry") and " enter " in f" {pair.text} "
                           for pair in match.pairs)
