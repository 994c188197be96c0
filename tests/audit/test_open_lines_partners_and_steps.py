"""Rules from the audits of sets CZ, DA and DB: a word whose blank could show no letter is not blanked (other words
fit its line); a quoted phrase's letter is the first inside its quotes; no plural after "a" in a swap; a figure under
"no" is not changed; a title prints no answer as its acronym or its singular; a pair's partner or a verb's separated
prefix beside a blank tells it; a worked step on the way, a relation the line before gave and a card's convention
make no calculation."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Gap
from sheet_builds import built, material, of_kind, pack_yaml, planned

DECAY = pack_yaml("Ecosystems", "Biology", [
    ("Peat bogs", ["Bogs are waterlogged and **acidic** – little oxygen, so dead moss decays very slowly.",
                   "Peat is dug up and burnt as **fuel**, releasing the stored carbon as carbon dioxide."]),
    ("Decomposers", ["**Decomposers** such as bacteria and fungi break down dead material and waste.",
                     "Decay is fastest when it is warm and moist and there is plenty of **oxygen**."])])


def test_a_word_whose_blank_would_show_no_letter_is_not_blanked():
    """"Bogs are waterlogged and ____ – little oxygen": acidic, cold and nutrient-poor all fit an open line."""
    for seed in ("1", "2", "3"):
        plan = planned(DECAY, seed, exercises=("gap",))
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert answers and "acidic" not in answers
        assert {"oxygen", "fuel", "Decomposers"} & set(answers)  # words with a letter of their own are asked


def test_a_quoted_phrase_shows_the_first_letter_inside_its_quotes():
    from studypack.layouts.worksheet.exercises.candidates import first_letter
    vietnam = pack_yaml("Vietnam", "History", [
        ("The media", ["Vietnam became the first **\"television war\"**, shown nightly in American homes.",
                       "Reporters such as Walter Cronkite turned against the war after **1968**."])])
    source = material(vietnam)
    term = next(term for terms in source.terms.values() for term in terms if "television" in term.text)
    assert first_letter(term) == "t"


def test_no_plural_follows_a_in_a_swap_and_a_line_opening_on_equals_continues():
    from studypack.layouts.worksheet.exercises.kinds import fits_article
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert not fits_article("a", "Mensheviks")  # "Duma leaders set up a Mensheviks"
    assert fits_article("a", "Provisional Committee")
    assert leans_on_previous("= 6–7 November NS, which is why the USSR marked the anniversary on 7 November.")


def test_a_figure_under_no_is_never_changed_nor_blanked():
    vaccines = pack_yaml("Vaccination", "Biology", [
        ("Vaccines", ["A vaccine contains dead or weakened **pathogens** or their antigens.",
                      "No vaccine is **100%** effective.",
                      "**Herd immunity** protects people who cannot be vaccinated."]),
        ("Antibiotics", ["Antibiotics such as **penicillin** kill bacteria but not viruses.",
                         "About **70%** of a town must be vaccinated for herd immunity to work."])])
    for seed in ("1", "2", "3", "4"):
        plan, sheet, _ = built(vaccines, seed, exercises=("tf", "gap"))
        assert "No vaccine is 100%" in sheet or "No vaccine is" not in sheet  # asked only as it is, true: neither
        # "No vaccine is 50% effective" nor "No vaccine is ____ effective" ("fully" fits)


def test_an_exam_checklist_is_no_short_answers_topic():
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS
    assert GENERIC_HEADINGS.match("Exam checklist – coastal landforms")
    assert GENERIC_HEADINGS.match("Key terms: rivers")
    assert not GENERIC_HEADINGS.match("Coastal landforms")
    assert not GENERIC_HEADINGS.match("Examples of erosion")


def test_a_title_prints_no_answer_as_its_acronym_or_its_singular():
    from studypack.layouts.worksheet.exercises.material import _initials_in, _shares_a_word
    assert _initials_in("peripheral nervous system", "CNS and PNS")  # "CNS and PNS: The p____ is all the nerves"
    assert not _initials_in("peripheral nervous system", "Reflex arcs")
    assert _shares_a_word("spies and informers", "Walsingham and the spy network")
    assert not _shares_a_word("informers", "Walsingham and the spy network")


def test_a_pairs_partner_or_a_separated_prefix_beside_the_blank_tells_it():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    from studypack.source.inline import parse_point

    def told(line: str, answer: str) -> bool:
        point = parse_point(line)
        source = material(pack_yaml("T", "Physics", [("C", [line, "Other **words** here for the pool."])]))
        term = next(term for terms in source.terms.values() for term in terms if term.text == answer)
        return told_beside(point, term)
    assert told("Field lines go from **north** to south outside the magnet.", "north")
    assert told("**ausgehen** – to go out (ich gehe aus)", "ausgehen")
    assert not told("**ausgehen** – to go out with friends", "ausgehen")


def test_a_step_on_the_way_a_relation_from_the_line_before_and_a_cards_convention_make_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import answered, worked
    from studypack.source.inline import parse_point
    assert answered(parse_point("Amy and Ben share money in the ratio 2:7. Ben gets £35 more than Amy. How much does "
                                "each get?"),
                    parse_point("The **difference** is 7 − 2 = **5 parts** = £35, so 1 part = £7."), "Sharing") is None
    assert worked(parse_point("When x = 4 → y = 5 × 16 = **80**."), "Proportion with powers") is None
    assert worked(parse_point("Worked example: starch gone after 120 s → rate = 1000 ÷ 120 = **8.3 s^-1^** (1 d.p.)"),
                  "Calculating rate of reaction") is None
    assert worked(parse_point("Speed 36 km/h → 36 × 1000 ÷ 3600 = **10 m/s**"), "Speed") is not None  # a unit change
