"""What the blind audits of sets TM and TN struck, and an own read of set TM: "Croke Park" the one park in a word
bank of a camp, a mill and a gaol, beside "a football match in ____"; "B____ (2 words) is made from sand and boron
trioxide" (borosilicate glass); "single-use c____ (2 words) … bag sales fell" (carrier bags); "At the anode o____ is
made", where the letter settles the choice of two gases; "always say why" paid in a scheme, and "Key words to use include …" set as a statement; "Timeline of the eruption"
matched to the one statement opening on a date; "A____ (2 words)" (ash cloud, or plume) beside "Ash plume rose to 9
km"; "Production" matched to "a firm trains its workers …", an example and no meaning; "Half-life" to "the time taken
to halve"; "£2000 grows to £2420 in 2 years → ____% per year" in a pack that teaches simple interest too; "Contrast
with ____" and "____ have some but not all of the features" with no title to say of what; and "Adrenaline vs
thyroxine – summary table in words" as a short answer's topic."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Calc, Gap, Match, Short
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.matching import definition_candidates
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from sheet_builds import built, fresh_pack, material, of_kind, pack_yaml, planned


def _gaps(text: str) -> list[Gap]:
    return [gap for candidate in gap_candidates(material(text)) if isinstance(gap := candidate.build(0), Gap)]


def _blanked(text: str) -> set[str]:
    return {blank.text for gap in _gaps(text) for blank in gap.answers}


MATERIALS = pack_yaml("Materials", "Chemistry", [
    ("Glass", ["**Borosilicate glass** is made from sand and boron trioxide.",
               "Glass is made by melting **silica** sand with sodium carbonate and limestone at about 1500 °C."]),
    ("Reduce, reuse, recycle", ["In England a 5p charge on single-use **carrier bags** began in October 2015; bag "
                                "sales fell by 90%."])])


def test_a_lettered_blank_is_not_set_where_a_shorter_word_of_the_line_opens_as_it_does():
    asked = _blanked(MATERIALS)
    assert "silica" in asked and "Borosilicate glass" not in asked, asked


def test_a_phrase_is_not_blanked_where_its_line_prints_one_of_its_words_in_the_singular():
    asked = _blanked(MATERIALS)
    assert "silica" in asked and "carrier bags" not in asked, asked


def test_one_of_the_two_gases_of_water_shows_no_letter_to_settle_the_choice():
    electrolysis = pack_yaml("Electrolysis", "Chemistry", [("Aqueous solutions", [
        "At the anode: **oxygen** is made, unless the solution contains halide ions, in which case the halogen is "
        "made.",
        "The metal is deposited at the cathode only if it is less reactive than **hydrogen**; otherwise hydrogen "
        "gas forms."])])
    blanks = [blank for gap in _gaps(electrolysis) for blank in gap.answers if blank.text == "oxygen"]
    assert blanks and all(not blank.hint for blank in blanks), blanks


def test_saying_why_and_words_to_use_are_advice_and_no_point_of_a_scheme():
    assert is_scaffolding('Match the **property** to the **use**, and always say why, e.g. "low density, so the bike '
                          'is light".')
    assert is_scaffolding("Key words to use include NEE, FDI, TNC, multiplier effect, HDI and dependency.")
    assert not is_scaffolding("Ceramics are hard and heat resistant but brittle.")


def test_an_example_told_as_a_sentence_or_a_meaning_in_another_form_of_its_word_is_no_definition():
    terms = pack_yaml("Market failure", "Economics", [("Positive externalities", [
        "**Production**: a firm trains its workers, who later move to other firms and take their skills with them.",
        "**Consumption**: vaccination protects the person vaccinated and reduces the spread of disease.",
        "**Third party**: someone outside the deal between buyer and seller.",
        "**Half-life**: the time taken for an amount to halve.",
        "**Principal**: the amount first invested or borrowed."])])
    defined = {pair.title for candidate in definition_candidates(material(terms)) if (pair := candidate.build(0))}
    assert {"Third party", "Principal"} <= defined and not {"Production", "Consumption", "Half-life"} & defined, defined


def test_money_grown_over_years_is_not_asked_where_the_pack_teaches_simple_and_compound_interest():
    interest = pack_yaml("Compound interest", "Maths", [
        ("Simple interest", ["Simple interest is worked out on the original amount each year.",
                             "Example: £500 at 4% simple interest for 3 years → interest = 500 × 0.04 × 3 = £60"]),
        ("Compound interest", ["Compound interest is paid on the interest already added as well."]),
        ("Finding the rate or the number of years", [
            "Finding the rate: £2000 grows to £2420 in 2 years → multiplier² = 2420 ÷ 2000 = 1.21 → multiplier = "
            "√1.21 = 1.1 → 10% per year"])])
    stems = [" ".join(segment.text for segment in calc.segments)
             for seed in "123" for calc in of_kind(planned(interest, seed, exercises=("calc",)), Calc)]
    assert any("simple interest" in stem for stem in stems) and not any("2420" in stem for stem in stems), stems


def test_a_line_likened_to_another_thing_or_on_features_unnamed_keeps_its_title_or_is_not_asked():
    goods = pack_yaml("Market failure", "Economics", [("Public goods", [
        "Public goods are **non-excludable** and non-rival, like street lighting.",
        "**Quasi-public goods** have some but not all of the features, e.g. roads.",
        "Contrast with **private goods**, which are excludable and rival (e.g. a sandwich)."])])
    for gap in _gaps(goods):
        shown = " ".join(segment.text for segment in gap.segments)
        assert "Public goods" in shown or not ({"private goods", "Quasi-public goods"}
                                               & {blank.text for blank in gap.answers}), shown


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_word_bank_gives_a_place_a_spare_of_its_own_kind():
    ireland = fresh_pack("history_ireland_1916_1923.yaml")
    for seed in "1234":
        for section in planned(ireland, seed).exercises.sections:
            if "Croke Park" in section.bank:
                assert sum(word.endswith("Park") for word in section.bank) >= 2, (seed, section.bank)


@pytest.mark.slow
def test_a_timeline_title_is_not_matched_nor_an_answer_printed_by_its_other_name():
    eruption = fresh_pack("geography_eyjafjallajokull_2010.yaml")
    for seed in "1234":
        plan, sheet, _ = built(eruption, seed)
        titles = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert not any("Timeline" in title for title in titles), (seed, titles)
        answers = {blank.text for gap in of_kind(plan, Gap) for blank in gap.answers}
        assert "Ash cloud (plume)" not in answers or "Ash plume" not in sheet, seed


@pytest.mark.slow
def test_a_titles_note_of_its_form_is_no_part_of_a_short_answers_topic():
    hormones = fresh_pack("biology_hormones_adrenaline_thyroxine.yaml")
    prompts = [short.prompt for seed in "1234" for short in of_kind(planned(hormones, seed), Short)]
    assert any("Adrenaline vs thyroxine" in prompt for prompt in prompts), prompts
    assert not any("table" in prompt for prompt in prompts), prompts
