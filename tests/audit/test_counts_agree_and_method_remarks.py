"""Rules from the audits of sets DI, DJ and DK: a count its dashed list spells out; a changed count that no longer
agrees with its noun; a method remark is no given; a figure only a whole or a percentage's hundred fits; an option
its stem rules out; a title's other figure; interest asked where a total reads; "ones" leaning on the line before."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Gap
from sheet_builds import material, of_kind, pack_yaml, planned


def test_a_count_its_dashed_list_spells_out_is_told():
    from studypack.layouts.worksheet.exercises.beside import counted_out
    yalta = pack_yaml("Yalta", "History", [
        ("Agreements", ["Germany (and Berlin) to be split into **four zones** – USA, Britain, USSR and France.",
                        "Free elections were promised in **Poland**."])])
    source = material(yalta)
    point, term = next((source.point(ref), term) for ref, terms in source.terms.items() for term in terms
                       if term.text == "four zones")
    assert counted_out(point.text, term)


def test_a_method_remark_is_no_given():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    found = worked(parse_point("Quicker in g and cm – V = 100 cm^3^, m = 270 g → 2.7 g/cm^3^. Same answer."),
                   "Identify the metal")
    assert found is not None and found.givens == "V = 100 cm³, m = 270 g"


def test_only_a_whole_or_a_percentages_hundred_is_no_gap():
    methods = pack_yaml("Contraception", "Biology", [
        ("Surgery", ["Sterilisation is almost **100%** effective and basically permanent.",
                     "The **condom** also protects against sexually transmitted infections."]),
        ("Efficiency", ["Efficiency = useful energy out ÷ total energy in × **100**",
                        "A filament bulb is only about **10%** efficient."])])
    for seed in ("1", "2", "3"):
        plan = planned(methods, seed, exercises=("gap",))
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert "100%" not in answers and "100" not in answers


def test_an_option_its_stem_rules_out_is_never_offered():
    import random
    from studypack.layouts.worksheet.exercises.distractors import distractors
    metals = pack_yaml("Extracting metals", "Chemistry", [
        ("Aluminium", ["Cryolite lowers the melting point to about **1000 °C** instead of 2,050+ °C.",
                       "Aluminium oxide melts at about **2050 °C**."]),
        ("Iron", ["The blast furnace reaches about **1500 °C**.", "Iron melts at **1538 °C**."])])
    source = material(metals)
    ref, term = next((ref, term) for ref, terms in source.terms.items() for term in terms if term.text == "1000 °C")
    text = source.point(ref).text
    offered = {option for seed in range(10) for option in distractors(
        term, source.pool, random.Random(seed), 3, text[:term.start] + text[term.end:], near=ref.card) or ()}
    assert offered and "2050 °C" not in offered  # "instead of 2,050+ °C" rules it out


def test_a_titles_other_figure_and_a_hanging_ones_need_their_line():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.material import _other_figure_in
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    from studypack.source.inline import parse_point
    one = material(pack_yaml("Ecology", "Biology", [
        ("Biomass and 10%", ["Producers transfer only about **1%** of the light energy.", "Plants make glucose."])]))
    term = next(term for terms in one.terms.values() for term in terms if term.text == "1%")
    assert _other_figure_in(term, "Biomass and 10%")  # "Biomass and 10%: … about ____" steers to 10%
    assert leans_on_previous("Social & economic ones too – homelessness, lost tourism")
    assert worked(parse_point("£2000 at 3% per year for 4 years → 2000 × 0.03 × 4 = **£240**"), "Simple interest") \
        is None  # a student gives the total


def test_a_worked_line_pointing_to_another_and_a_word_its_meaning_prints_are_not_asked():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.translate import _cognate, _without_note
    from studypack.source.inline import parse_point
    assert worked(parse_point("e.g. the 6 Ω branch above — 2 A, 12 V → P = 2 × 12 = **24 W**"), "Power") is None
    assert worked(parse_point("e.g. a lamp on 2 A at 12 V → P = 2 × 12 = **24 W**"), "Power") is not None
    assert _cognate("das Whiteboard", "interactive whiteboard")
    assert not _cognate("die Stunde", "lesson")
    assert _without_note("every day (same thing)") == "every day"
