"""Rules from the audits of sets BC to BH: a count whose noun stands again in its line is told; an "H-bomb" shows
no letter; a surname asked is offered among surnames; "Still not accepted until after …" is no event; a worked
calculation's card and a year heading a line are no gaps; advice before a line of words is no word to translate."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.candidates import first_letter, gap_candidates
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import _STATE
from studypack.layouts.worksheet.exercises.material import _WORKED
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml


def test_a_count_whose_noun_stands_again_in_its_line_is_never_blanked():
    contrast = pack_yaml("Analysis", "Chemistry", [("Chromatography", [
        "A **pure** substance gives **one spot** in every solvent; a mixture may give several spots."])])
    assert "one spot" not in hideable(contrast, "A pure")
    plain = pack_yaml("Analysis", "Chemistry", [("Chromatography", ["A pure substance gives **one spot** in every solvent."])])
    assert "one spot" in hideable(plain, "A pure")


def test_a_letter_and_hyphen_answer_shows_no_first_letter():
    assert first_letter(Term("H-bomb", 0, 6, "term", "term:h-bomb", True)) == ""
    assert first_letter(Term("hydrogen", 0, 8, "term", "term:hydrogen", True)) == "h"


MEDICINE = pack_yaml("Medicine", "History", [
    ("Germ theory", ["**Louis Pasteur** showed that microbes cause decay in 1861.",
                     "**Robert Koch** found the cholera microbe in 1883."]),
    ("Antiseptics", ["Joseph **Lister**'s father made microscope lenses.", "**Ignaz Semmelweis** made doctors wash hands.",
                     "**John Snow** mapped the cholera deaths in Soho."])])


def test_a_surname_asked_is_offered_among_surnames():
    source = material(MEDICINE)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Joseph"))
    (term,) = [term for term in source.terms[ref] if term.text == "Lister"]
    shown = source.point(ref).text.replace("Lister", "", 1)
    offered = [distractors(term, source.pool, random.Random(seed), 3, shown, near=ref.card, only_near=False)
               for seed in range(4)]
    assert any(offered) and all(" " not in option for options in offered if options for option in options), offered


def test_a_state_reached_only_later_is_no_event():
    assert _STATE.search("Still not fully accepted until after Pasteur's germ theory and Koch's work in 1883.")
    assert not _STATE.search("Koch found the cholera microbe in 1883.")


def test_a_worked_calculations_card_and_a_year_heading_a_line_make_no_gaps():
    assert _WORKED.search("Titration calculation – 2 to 1 ratio (HT)") and not _WORKED.search("Calculation of Rf values")
    atom = pack_yaml("Radioactivity", "Physics", [("The atom", [
        "**1909** – **Geiger** and Marsden fire alpha particles at thin gold foil.",
        "Most alpha particles passed straight through the foil."])])
    source = material(atom)
    gaps = [candidate.build(0) for candidate in gap_candidates(source)]
    assert not any(segment.text == "1909" and segment.role == "blank" for gap in gaps if gap for segment in gap.segments)


def test_advice_before_a_line_of_words_is_no_word_to_translate():
    pack = loads("title: Meine Stadt\nsubject: German\ncards:\n  - title: Adjectives\n    points:\n"
                 "      - 'Use qualifiers! **sehr** – very, **ziemlich** – quite, **ein bisschen** – a bit'\n"
                 "      - '**laut** – noisy'\n", "de.yaml")
    words = {word: meaning for _, word, meaning in vocabulary(pack)}
    assert words.get("sehr") == "very" and not any("qualifiers" in word for word in words)


def test_an_age_is_offered_among_ages_and_advice_to_use_an_example_is_no_fact():
    """"gave women the vote at ____": 18, 24 or 27 beside 21, never 84."""
    from studypack.layouts.worksheet.exercises.distractors import scaled
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    age = Term("21", 0, 2, "number", "number:21", True, value=21.0)
    for position in range(4):
        assert all(10 <= int(option) <= 35 for option in scaled(age, "gave women the vote at ", ", as men.", position))
    assert is_scaffolding("Use as an example of how far militancy had gone by 1913.")


def test_from_sets_be_and_bf_shares_lists_pointers_letters_and_notes():
    """A share's complement on its line tells it; a list with asides is still a list; "all three is" points back;
    a definition spelling its term's letters is no matching pair; a note of the word's own root is not printed."""
    from studypack.layouts.worksheet.exercises.matching import definition_candidates
    from studypack.layouts.worksheet.exercises.roles import is_bare_list, leans_on_previous
    from studypack.layouts.worksheet.exercises.translate import translations
    food = pack_yaml("Resources", "Geography", [("Food", ["The UK **imports** about **40%** of its food – roughly 60% is "
                                                          "home-grown."])])
    assert "40%" not in hideable(food, "The UK")
    assert is_bare_list("Organic farming, permaculture (working with nature, e.g. forest gardens) and urban farming.")
    assert leans_on_previous("Supply of all three is uneven.") and not leans_on_previous("The three estates were unequal.")
    terms = pack_yaml("Development", "Geography", [("Key terms", [
        "**GNI per capita** – gross national income of a country divided by its population",
        "**Development gap** – the difference in standards of living between rich and poor countries",
        "**Birth rate** – the number of live births per 1000 people per year"])])
    defined = {candidate.build(0).title for candidate in definition_candidates(material(terms))}
    assert "Development gap" in defined and "GNI per capita" not in defined
    italian = loads("title: La routine\nsubject: Italian\ncards:\n  - title: Verbs\n    points:\n"
                    "      - '**pranzo** – I have lunch (pranzare); **ceno** – I have dinner (cenare)'\n"
                    "      - '**mi alzo** – I get up'\n      - '**mi vesto** – I get dressed'\n", "it.yaml")
    for seed in range(6):
        for question in translations(italian, random.Random(seed), 10):
            assert not (question.reverse and "(" in question.shown), question


def test_a_short_answer_crowded_out_by_other_sections_says_so():
    """The warning said "needs a card with at least 2 points of content" of a pack full of them; the other
    sections had used a point of each card, and a teacher needs to hear that instead."""
    from studypack.layouts.worksheet.exercises.allocate import _why_empty
    pack = pack_yaml("Armada", "History", [
        ("The fleet", ["The Armada sailed from Lisbon in May 1588.", "Storms drove it back to Corunna."]),
        ("The battle", ["Fireships broke the crescent at Calais.", "The English won at Gravelines."])])
    source = material(pack)
    assert "other sections already ask a point of every card" in _why_empty("short", source.pack, source, ("short",),
                                                                            crowded=True)
    assert "at least 2 points of content" in _why_empty("short", source.pack, source, ("short",))


def test_from_sets_bg_and_bh_months_trials_brackets_and_bounds():
    """Two events named by their months in one year place themselves; a trial marked "(not enough)" is no answer;
    a figure in brackets, an amount with its bound and "the N____ – … Dutch rebels" are no blanks; "Step-down"
    printed tells "Step-up"; a note "Same with …" is no word to translate; "Evaluate – …" matches no title."""
    from studypack.layouts.worksheet.exercises.events import conflicts
    from studypack.layouts.worksheet.exercises.questions import Event
    from studypack.layouts.worksheet.exercises.calculations import calc_candidates
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    february = Event("The February Revolution", "1917-03", (1917, 3), 0)
    october = Event("The October Revolution", "1917-11", (1917, 11), 1)
    assert conflicts(february, october) and not conflicts(Event("Kornilov Affair", "1917-09", (1917, 9), 2), october)
    years = pack_yaml("Percentages", "Maths", [("How many years?", [
        "Question: £5,000 is invested at 4% compound interest. After how many whole years is it worth more than £6,000?",
        "Trial – 5,000 × 1.04^4^ = £5,849.29 (not enough)."])])
    from studypack.layouts.labels import ENGLISH
    assert not [candidate.build(0) for candidate in calc_candidates(material(years), ENGLISH)]
    metals = pack_yaml("Structure", "Chemistry", [("Metals", [
        "High melting points (iron about 1540 °C; mercury is liquid).", "Rainfall usually **under 250 mm a year**.",
        "The **Netherlands** – Protestant Dutch rebels fought Spain."])])
    assert hideable(metals, "High") == [] and hideable(metals, "The") == []
    assert not any(gap for gap in (c.build(0) for c in gap_candidates(material(metals)))
                   if gap and any(s.role == "blank" and s.text.startswith("under") for s in gap.segments))
    source = material(metals)
    source.record(["Step-down transformers reduce it again."], [])
    assert source.gives_away(["____ raise the p.d."], ["Step-up transformers"])
    french = loads("title: Jobs\nsubject: French\ncards:\n  - title: Être\n    points:\n"
                   "      - '**Je suis professeur** – I am a teacher'\n"
                   "      - 'Same with **devenir** – Je voudrais devenir avocat.'\n", "fr.yaml")
    assert not any("Same" in question.shown + question.answer for question in translations_of(french))
    deserts = pack_yaml("Deserts", "Geography", [
        ("Managing desertification", ["Evaluate – strategies work best when local people benefit directly.",
                                      "Terraces stop soil washing away on slopes."]),
        ("The Sahara", ["Daytime temperatures can pass 45 °C in summer.", "Nights are cold under clear skies."])])
    assert not any(candidate.build(0).text.startswith("Evaluate") for candidate in match_candidates(material(deserts)))
    assert is_scaffolding("Either calendar is fine in an answer – just be consistent.")


def translations_of(pack):
    from studypack.layouts.worksheet.exercises.translate import translations
    return [question for seed in range(4) for question in translations(pack, random.Random(seed), 10)]


def test_from_set_bi_determiners_commas_and_directions():
    """"Another" after a tier note is no name; "cm ÷ 100, mm ÷ 1000" blanks 100, not "100,"; "Going that way"
    leans on the line before; "Convert first!" is advice."""
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
    from studypack.layouts.worksheet.exercises.terms import _FOUND_NUMBER
    waves = pack_yaml("Waves", "Physics", [("Seismic waves", [
        "(Triple only.) Another example of using waves to find out about something you cannot see."])])
    assert "Another" not in hideable(waves, "(Triple")
    assert [found.group() for found in _FOUND_NUMBER.finditer("cm ÷ 100, mm ÷ 1000, 12,500 people")] == \
        ["100", "1000", "12,500"]
    assert leans_on_previous("Going that way, frequency increases and the energy carried goes up too.")
    assert is_scaffolding("Convert first! kHz × 10³, MHz × 10⁶.")


def test_an_event_named_after_its_city_is_an_event():
    """"1968 ____ – the Black Power salute on the podium": the Mexico City Olympics among Detroit and Chicago was the
    only event, picked out at sight."""
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "1968 Mexico City Olympics – Tommie Smith and John Carlos give the salute."
    start = text.index("Mexico")
    assert name_sort("Mexico City Olympics", text, start, start + len("Mexico City Olympics"), frozenset()) == "event"
    assert name_sort("Detroit", "Riots in Detroit in 1967.", 9, 16, frozenset()) == "place"


def test_the_hundred_that_makes_a_percentage_is_no_blank():
    pack = pack_yaml("Moles", "Chemistry", [("Percentage by mass", [
        "% mass of an element = Ar × number of atoms ÷ Mr × **100**", "About **100** atoms were counted."])])
    assert hideable(pack, "% mass") == [] and hideable(pack, "About") == ["100"]


def test_from_set_bj_counts_with_nouns_pointers_tips_and_rules():
    """"appointed ____" keyed "4 factory inspectors" takes "factory inspectors" too; "finally explained why." says
    not what; "that's where the marks are" is advice; "Towns take à" is a rule, no word to translate."""
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
    reformers = pack_yaml("Industry", "History", [("Reformers", [
        "The 1833 Act appointed **4 factory inspectors** – for thousands of mills.",
        "Michael **Sadler** led the Ten Hours Movement in Parliament."])])
    blanks = [segment.text for gap in (candidate.build(0) for candidate in gap_candidates(material(reformers))) if gap
              for segment in gap.segments if segment.role == "blank"]
    assert "Sadler" in blanks and "4 factory inspectors" not in blanks
    assert leans_on_previous("Louis Pasteur's germ theory (1861) – finally explained why.")
    assert is_scaffolding("Link each use to a property – that's where the marks are.")
    french = loads("title: Vacances\nsubject: French\ncards:\n  - title: Places\n    points:\n"
                   "      - '**la gare** – the station'\n      - 'Towns take **à** – à Paris, à Londres'\n"
                   "      - '**la plage** – the beach'\n", "fr.yaml")
    assert not any("take" in question.shown + question.answer for question in translations_of(french))
