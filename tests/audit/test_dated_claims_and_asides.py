"""Round JG–JJ of the unseen-pack audit: a history pack written as a chronology ("1534 – the Act of Supremacy …")
and in sentences with asides ("Elizabeth Barton, the Nun of Kent, prophesied …") had no true or false section, nor
had a physics pack whose measures move together ("… decreases as temperature increases")."""
from __future__ import annotations

import random

from sheet_builds import hideable, material, pack_yaml
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _choice, _labelled_examples, _true_false
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.kinds import _BUSINESS_AFTER
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.source import loads


def _judged(lines: list[str]) -> list[bool]:
    source = material(pack_yaml("Henry VIII", "History", [("The break with Rome", lines)]))
    return [_true_false(source, PointRef(0, index), True) is not None for index in range(len(lines))]


def test_a_year_with_what_happened_in_it_is_a_statement_to_judge():
    assert _judged(["**1536** – smaller monasteries with an income under £200 a year are closed.",
                    "**1539** – a second Act closes the larger **monasteries**.",
                    "**1569** – Revolt of the Northern Earls (Northumberland) tried to free **Mary**."]) == [True, True, True]


def test_a_year_with_only_a_name_is_still_no_statement():
    assert _judged(["**1532** – **Submission of the Clergy**"]) == [False]


def test_a_sentence_with_an_aside_is_a_statement_though_a_name_with_what_it_was_is_none():
    assert _judged(["**Elizabeth Barton**, the Nun of Kent, prophesied against the marriage – executed **1534**.",
                    "**Cromwell** was executed on **28 July 1540**, the same day Henry married **Catherine Howard**.",
                    "**Thomas More**, the former Lord Chancellor of England"]) == [True, True, False]


def test_a_list_of_reasons_after_a_comma_is_no_aside():
    assert _judged(["Family ties, a job, can't afford to move, or trust in **prediction**."]) == [False]


def test_a_label_and_its_examples_is_no_statement():
    assert _judged(["Adaptation e.g. drought-resistant crops, water transfer, the **Thames Barrier** (opened 1982)."]) \
        == [False]
    assert not _labelled_examples("Rich countries build barriers e.g. the Thames Barrier.")  # a claim with its example


def test_a_thing_done_with_this_leans_on_the_line_before():
    assert _judged(["Cromwell arranged the marriage to **Anne of Cleves** in 1540.",
                    "Enemies led by the **Duke of Norfolk** used this against him."]) == [True, False]


def test_a_line_filed_as_an_impact_is_no_event_to_date():
    west = pack_yaml("The American West", "History", [("The Gold Rush", [
        "Gold was found at Sutter's Mill in **1848**.",
        "Impact: California became a state in **1850** and the West was now worth fighting over."])])
    texts = [candidate.event.text for candidate in event_candidates(material(west))]
    assert any("Sutter" in text for text in texts) and not any("California" in text for text in texts)


def test_a_word_the_pack_teaches_with_two_meanings_is_not_translated():
    text = pack_yaml("Al ristorante", "Italian", [("Il menù", [
        "**il dolce** – dessert", "**il primo** – first course", "**il conto** – the bill"]), ("Il gusto", [
        "**dolce** – sweet", "**salato** – salty", "**piccante** – spicy"])]).replace("subject:", "lang: it\nsubject:")
    asked = {item.shown for seed in range(8) for item in translations(loads(text, "i.yaml"), random.Random(seed), 6)}
    assert asked and not any("dolce" in shown or shown in ("sweet", "dessert") for shown in asked)


def test_a_phrase_with_a_describing_word_before_a_dash_is_no_claim():
    assert _judged(["Lots of branched **dendrites** – connect to many other neurones.",
                    "Electrical impulses are carried along the **axon** – fast and one way."]) == [False, True]


def test_a_numbered_step_opening_on_its_verb_leans_on_the_step_before():
    source = material(pack_yaml("Nerves", "Biology", [("The reflex arc", [
        "1. A receptor detects the stimulus.", "2. A **sensory neurone** carries the impulse to the spinal cord.",
        "3. Passes across a synapse to a **relay neurone**."])]))
    assert _true_false(source, PointRef(0, 1), True) is not None
    assert source.context(PointRef(0, 2), []) is None


def test_a_blank_worked_by_the_pattern_of_the_pairs_beside_it_is_not_asked():
    pack = pack_yaml("Salts", "Chemistry", [("Naming salts", [
        "Hydrochloric acid → **chlorides**; sulfuric acid → **sulfates**; nitric acid → **nitrates**.",
        "Neutralisation makes a salt and **water**."])])
    assert "nitrates" not in hideable(pack, "Hydrochloric")
    assert "water" in hideable(pack, "Neutralisation")


def test_a_timeline_event_found_guilty_says_whose_it_is():
    queen = pack_yaml("Elizabeth I", "History", [("Mary, Queen of Scots", [
        "Found guilty of plotting after the Babington Plot and executed at Fotheringhay in **1587**."])])
    texts = [candidate.event.text for candidate in event_candidates(material(queen))]
    assert texts == ["Mary, Queen of Scots: found guilty of plotting after the Babington Plot and executed at "
                     "Fotheringhay."]


def test_this_as_the_subject_after_a_comma_leans_on_the_line_before():
    source = material(pack_yaml("Rivers", "Geography", [("Levees", [
        "In a flood the river drops its coarsest sediment beside the channel.",
        "Flood after flood, this builds raised banks called **levees**."])]))
    assert source.context(PointRef(0, 1), []) is None


def test_a_count_beside_a_bare_count_of_the_same_things_is_not_changed():
    source = material(pack_yaml("Cells", "Biology", [("Mitosis vs meiosis", [
        "Mitosis makes **2** cells; meiosis makes **4**."])]))
    assert _true_false(source, PointRef(0, 0), False) is None


def test_an_event_done_to_it_with_nothing_named_is_no_event():
    medicine = pack_yaml("Medicine", "History", [("Penicillin", [
        "Fleming noticed mould killing bacteria on a dish in **1928**.",
        "Howard Florey and Ernst Chain purified it and tested it on mice in **1940**."])])
    texts = [candidate.event.text for candidate in event_candidates(material(medicine))]
    assert any("Fleming" in text for text in texts) and not any("Florey" in text for text in texts)


def test_a_line_under_a_question_title_that_names_its_age_is_not_asked_without_it():
    source = material(pack_yaml("Medicine through time", "History", [
        ("Why did medieval people think they got ill?", [
            "Most people believed disease was a punishment from **God** for sin."]),
        ("The NHS", ["The NHS was set up by **Aneurin Bevan** in 1948."])]))
    assert source.context(PointRef(0, 0), []) is None


def test_a_blank_the_stem_calls_a_city_is_offered_only_cities():
    storms = material(pack_yaml("Weather hazards", "Geography", [
        ("Typhoon Haiyan", ["A **storm surge** of over **5 m** swept through **Tacloban** city."]),
        ("Hurricane Katrina", ["Hit **New Orleans** on **29 August 2005** as a **Category 3** storm."]),
        ("UK heat", ["On **19 July 2022** the UK topped 40 °C – **40.3 °C** at **Coningsby**, Lincolnshire."]),
        ("Evidence", ["Burning fossil fuels releases CO₂ – over **420 ppm** today (measured at **Mauna Loa**)."])]))
    asked = _choice(storms, PointRef(0, 0))
    assert asked is None or "Mauna Loa" not in asked.options


def test_a_formula_is_no_statement_to_match():
    stats = material(pack_yaml("Statistics", "Maths", [
        ("The mean", ["Formula: x̄ = (∑x)/n", "Add up all the values and share the total out equally."])]))
    used = [stats.point(candidate.uses[0]).text for candidate in match_candidates(stats)]
    assert used == ["Add up all the values and share the total out equally."]


def test_a_shop_named_for_its_founder_is_no_person_to_offer():
    rights = material(pack_yaml("Civil rights", "History", [("Sit-ins", [
        "Four students sat at a whites-only **Woolworth's** lunch counter in 1960."])]))
    assert [term.sort for term in rights.terms[PointRef(0, 0)] if term.text.startswith("Woolworth")] == ["other"]
    assert _BUSINESS_AFTER.match("'s lunch counter") and not _BUSINESS_AFTER.match("'s mill at Cromford")


def test_a_step_with_a_phrasal_verb_is_no_statement():
    assert _judged(["Fill in the **overlap** first, then work outwards.",
                    "Workers went on strike in **1926**."]) == [False, True]


def test_round_jm_referents_labels_and_recalled_arrangements():
    weimar = material(pack_yaml("Germany", "History", [
        ("Threats from left and right, 1919–22", [
            "Spartacist Uprising, January 1919: communists tried to seize Berlin.",
            "Put down by the **Freikorps** (armed ex-soldiers); both leaders were murdered."]),
        ("Kristallnacht", ["Synagogues and shops were attacked in November 1938.",
                           "Jews were then made to pay a **1 billion mark** fine for the damage."]),
        ("Treaty of Versailles", ["Money: **reparations**, fixed in **1921** at £6,600 million."])]))
    assert weimar.context(PointRef(0, 1), []) is None
    assert weimar.context(PointRef(1, 1), []) is None
    assert not any("reparations" in candidate.event.text for candidate in event_candidates(weimar))
    card = loads(pack_yaml("Atoms", "Chemistry", [("Electronic structure", [
        "e.g. sodium, 11 electrons → 2 + 8 + 1 = **2,8,1**"])]), "a.yaml").cards[0]
    assert worked(card.points[0], card.title) is None
