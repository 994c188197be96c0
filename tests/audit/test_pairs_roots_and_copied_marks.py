"""Round RG of the unseen-pack audit: a river's source printed beside "m____" tells its mouth; a worked equation whose
card then rejects one of its roots ("A length can't be negative, so reject x = −8") is no calculation, its key
being one root and its working two; a line printed elsewhere on the sheet that says a short answer's scheme point
again in other words hands over its mark; two years in a word bank each need a spare year, or the one a student
knows leaves the other. Round RH: "s____ for animal feed" beside "the Soy Moratorium" is soya given away; and
"return" alone, put back into German, reads as the verb, so "hin und zurück – return" is asked the other way."""
from __future__ import annotations

import pytest

import re

from sheet_builds import calculations, fresh_pack, hideable, material, of_kind, pack_yaml, planned, translated
from studypack.layouts.worksheet.exercises.questions import Gap, Short


def test_a_rivers_source_tells_its_mouth():
    rivers = pack_yaml("Rivers", "Geography", [("The drainage basin – key words", [
        "**Source** = where the river starts; **mouth** = where it meets the sea or a lake.",
        "A **tributary** is a smaller river that joins a larger one."])])
    assert "mouth" not in hideable(rivers, "Source")


def test_a_root_the_card_rejects_is_no_calculation():
    asked = calculations(fresh_pack("maths_quadratics.yaml"))
    assert not any(stem.startswith("x(x + 3) = 40") or "x = 5 or x = −8" in stem for stem in asked), asked
    assert any("or" in stem for stem in asked)  # (a root pair the card keeps is asked)


def test_a_scheme_point_said_again_elsewhere_keeps_its_short_answer_off_the_sheet():
    source = material(fresh_pack("biology_immune_system.yaml"))
    source.schemed.append("Some of these lymphocytes become memory cells, which stay in the blood for years.")
    assert source.gives_away(["Key words: ____ – a lymphocyte that stays in the blood and gives a fast secondary "
                              "response"], ["Memory cell"])
    assert not source.gives_away(["Key words: ____ – a protein made by lymphocytes"], ["Antibody"])
    for seed in "12":
        plan = planned(fresh_pack("biology_immune_system.yaml"), seed)
        memory = any("a lymphocyte that stays in the blood" in "".join(segment.text for segment in gap.segments)
                     for gap in of_kind(plan, Gap))
        prompts = [short.prompt for short in of_kind(plan, Short)]
        assert not (memory and any("Primary and secondary immune response" in prompt for prompt in prompts)), prompts


@pytest.mark.slow
def test_two_years_in_a_word_bank_each_have_a_spare():
    for seed in "1234":
        plan = planned(fresh_pack("biology_immune_system.yaml"), seed)
        bank = plan.exercises.sections[0].bank if plan.exercises.sections else ()
        years = [word for word in bank if re.fullmatch(r"1\d{3}|20\d{2}", word)]
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.segments if blank.role == "blank"
                   and re.fullmatch(r"1\d{3}|20\d{2}", blank.text)]
        assert not bank or len(answers) < 2 or len(years) > len(answers), (bank, answers)


def test_a_word_printed_short_of_its_vowel_tells_it():
    for seed in "12":
        plan = planned(fresh_pack("geography_rainforests.yaml"), seed)
        if "Soy Moratorium" in " ".join(str(question) for section in plan.exercises.sections
                                        for question in section.questions):
            assert not any(blank.text == "soya" for gap in of_kind(plan, Gap) for blank in gap.segments
                           if blank.role == "blank")


def test_a_meaning_that_reads_as_a_verb_is_not_put_back_without_its_article():
    asked = translated("Reisen", "German", [
        "die Fahrkarte – the ticket; einfach – single; hin und zurück – return",
        "der Bahnhof – the station", "der Flughafen – the airport", "das Gepäck – the luggage"], seeds=8)
    assert not any("shown='return'" in item for item in asked), asked
    assert any("hin und zurück" in item for item in asked), asked
