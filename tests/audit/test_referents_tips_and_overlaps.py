"""Rounds IU–JD of the unseen-pack audit: lines that lean on the one before ("these politicians", "Each one …"),
study tips that are no scheme points, figures given roughly, vocabulary options that agree in number and case, claims
judged without the reason after their dash, and timeline events that overlap, point back or take another clause's
year."""
from __future__ import annotations

import random

import pytest

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import conflicts
from studypack.layouts.worksheet.exercises.questions import Calc, Event, PointRef, Segment
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.source import loads
from studypack.layouts.worksheet.exercises.material import Material


def test_these_politicians_and_were_then_fined_lean_on_the_line_before():
    assert leans_on_previous("Nationalists later called these politicians the November Criminals.")
    assert leans_on_previous("The Jews were then fined 2 billion marks for the damage.")
    assert not leans_on_previous("Nationalists called the men who signed the armistice the November Criminals.")


def test_a_question_then_think_about_is_a_study_tip():
    assert is_scaffolding("Evaluating a method? Think about how effective it is, the side effects and the cost.")
    assert not is_scaffolding("The pill contains hormones that stop eggs maturing.")


def test_a_fraction_result_is_no_method_of_its_own():
    bare = Calc(PointRef(0, 0), (Segment("2:3 → fraction red = ", "text"),), working="red to blue 2:3 → fraction "
                "red = 2/5", result="2/5")
    worked = Calc(PointRef(0, 0), (Segment("5/8 × 4/7 = ", "text"),), working="P(both red) = 5/8 × 4/7 = 5/14",
                  result="5/14")
    assert bare.marks == 1 and worked.marks == 2


def test_a_meaning_in_the_plural_is_offered_only_beside_plurals():
    casa = pack_yaml("La casa", "Italian", [("La casa", [
        "**le scale** – the stairs", "**il tetto** – the roof", "**la finestra** – the window",
        "**il piano terra** – the ground floor", "**la porta** – the door"])]).replace("subject: Italian",
                                                                                     "subject: Italian\nlang: it")
    source = material(casa)
    text = source.point(PointRef(0, 0)).text
    stairs = source.terms[PointRef(0, 0)][0]
    shown = text[:stairs.start] + text[stairs.end:]
    assert not distractors(stairs, source.pool, random.Random(1), 3, shown)


def test_an_event_that_ran_for_months_conflicts_with_one_inside_it():
    battle = Event("Passchendaele (Third Battle of Ypres)", "July–November 1917", (1917, 7), 0)
    village = Event("Canadian troops captured the village", "November 1917", (1917, 11), PointRef(0, 2))
    later = Event("The Germans' spring offensive", "March 1918", (1918, 3), 1)
    assert conflicts(battle, village) and not conflicts(battle, later)


def test_a_step_of_a_method_is_no_statement():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("Photosynthesis", "Biology", [("Pondweed practical", [
        "Put pondweed in a test tube of water with **sodium hydrogencarbonate**.",
        "The pondweed gives off **oxygen** bubbles."])]))
    assert _true_false(source, PointRef(0, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None


def test_a_term_that_is_only_part_of_a_listed_item_is_not_of_the_lists_kind():
    families = material(pack_yaml("Photosynthesis", "Biology", [("Limiting factors", [
        "**Light intensity**, **CO~2~ concentration**, **temperature**, amount of **chlorophyll**",
        "Chloroplasts hold **chlorophyll**, which absorbs light."])])).pool.families
    assert "term:chlorophyll" not in families
    assert "term:temperature" in families


def test_a_claim_before_its_reason_is_a_statement_and_the_reason_is_left_off():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("Infection", "Biology", [("Antibiotics and painkillers", [
        "Antibiotics **cannot** kill viruses – viruses live inside our cells, so it is hard to kill them.",
        "**Penicillin** – discovered by Alexander Fleming in 1928."])]))
    statement = _true_false(material(pack_yaml("Infection", "Biology", [("Antibiotics and painkillers", [
        "Antibiotics **cannot** kill viruses – viruses live inside our cells, so it is hard to kill them."])])),
        PointRef(0, 0), True)
    assert statement is not None
    assert "".join(segment.text for segment in statement.segments) \
        == "Antibiotics and painkillers: Antibiotics cannot kill viruses."
    assert _true_false(source, PointRef(0, 1), True) is None  # a label and its description states nothing


def test_a_term_the_pack_defines_twice_is_no_definition_to_match():
    from studypack.layouts.worksheet.exercises.matching import definition_candidates
    source = material(pack_yaml("Glaciation", "Geography", [
        ("Arêtes", ["**Arête** – a narrow knife-edge ridge left when two corries erode back to back.",
                    "**Pyramidal peak** – a sharp summit left when three or more corries erode back to back."]),
        ("Maps", ["**Arête** – a narrow ridge with tightly packed contours on both sides.",
                  "**Corrie** – an armchair-shaped hollow, often holding a tarn."])]))
    titles = [candidate.build(0).title for candidate in definition_candidates(source)]
    assert "Arête" not in titles and "Corrie" in titles


def test_how_things_stood_and_a_yearly_figure_are_no_timeline_events():
    from studypack.layouts.worksheet.exercises.events import _point_events
    history = pack_yaml("Tudor England", "History", [("The Church in 1509", [
        "In **1509** England was a **Catholic** country and the **Pope** in Rome was head of the Church.",
        "Mexico received over **US$60 billion** in **remittances** in **2023**.",
        "Henry broke with Rome in **1534**."])])
    events = [event.text for _, event in _point_events(material(history))]
    assert not any("Catholic country" in event or "remittances" in event for event in events)
    assert any("broke with Rome" in event for event in events)


def _options(pack: str, ref: PointRef, index: int = 0, seed: int = 1) -> tuple[str, ...]:
    source = material(pack)
    text = source.point(ref).text
    term = source.terms[ref][index]
    return distractors(term, source.pool, random.Random(seed), 3, text[:term.start] + text[term.end:]) or ()


def test_a_name_before_an_apostrophe_alone_is_offered_only_beside_names_ending_in_s():
    mills = pack_yaml("Industrial Revolution", "History", [("Textile inventions", [
        "1764 – **James Hargreaves**' spinning jenny.", "1769 – **Richard Arkwright** built the water frame.",
        "1779 – **Samuel Crompton** invented the mule.", "1785 – **Edmund Cartwright** built a power loom.",
        "1769 – **James Watt** improved the steam engine.", "**Thomas Newcomen** built an early engine."])])
    assert all(option.endswith("s") for option in _options(mills, PointRef(0, 0)))


def test_no_lifespan_is_offered_that_no_one_lives_to():
    people = pack_yaml("Population", "Geography", [("Development", [
        "World **life expectancy** is about **73 years**.", "Japan's life expectancy is about **84 years**."])])
    for seed in range(6):
        wrong = _options(people, PointRef(0, 0), index=1, seed=seed)
        assert all(float(option.split()[0].replace(",", "")) <= 100 for option in wrong), wrong


def test_a_calculator_key_tip_is_scaffolding_and_a_subjectless_line_under_two_defined_terms_leans_above():
    assert is_scaffolding("Use the π button, not 3.14, unless the question tells you to.")
    diseases = pack_yaml("Infection", "Biology", [("Bacterial diseases", [
        "**Salmonella** – fever and vomiting, caused by the bacteria's **toxins**.",
        "Spread by undercooked food; UK **poultry** are vaccinated against it.",
        "**Gonorrhoea** – a **sexually transmitted disease**."])])
    source = material(diseases)
    assert source.continues(PointRef(0, 1)) and not source.continues(PointRef(0, 2))


def test_a_rough_figures_year_is_asked_only_among_years_well_apart():
    from studypack.layouts.worksheet.exercises.candidates import _MEASURED
    assert _MEASURED.search("About 55% of people lived in urban areas in ____")
    assert not _MEASURED.search("Hargreaves built the spinning jenny in ____")


def test_a_claim_that_ends_on_a_comparative_keeps_what_follows_its_dash():
    from studypack.layouts.worksheet.exercises.candidates import clause_before_dash
    source = material(pack_yaml("Glaciation", "Geography", [("Ice ages", [
        "Earlier glaciations went further – ice once reached the **Thames valley**.",
        "Glaciers eroded deep valleys in the uplands – e.g. **Borrowdale**."])]))
    assert clause_before_dash(source, PointRef(0, 0)) is None
    assert clause_before_dash(source, PointRef(0, 1)) is not None


def test_a_harbour_is_water_not_a_person_named_pearl():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    line = "US government funding after Pearl Harbor led to mass production."
    start = line.index("Pearl")
    assert name_sort("Pearl Harbor", line, start, start + len("Pearl Harbor"), frozenset()) == "water"


def test_a_timeline_event_told_against_the_line_before_or_labelled_as_a_case_is_not_set_so():
    from studypack.layouts.worksheet.exercises.events import _point_events, event_candidates
    west = pack_yaml("The American West", "History", [("The railroad", [
        "The Central Pacific started building east in **1863**.",
        "The two lines met at **Promontory Summit** on **10 May 1869**.",
        "The Great Fire of London followed in **1666** (some say it ended the plague).",
        "Aftermath: Crazy Horse surrendered in **1877** and was killed that year."])])
    events = [event.text for _, event in _point_events(material(west))]
    assert not any(event.startswith("The two lines") or "followed" in event or "that year" in event
                   for event in events)
    quakes = """title: Tectonic hazards
cards:
  - title: "Case study: Chile earthquake"
    date: 27 February 2010
    points: ["Magnitude **8.8**; about **500** people died."]
"""
    assert "Chile earthquake" in [candidate.event.text for candidate in event_candidates(material(quakes))]


def test_tips_to_learn_and_key_ideas_for_the_exam_are_scaffolding():
    assert is_scaffolding("Crimson, yellow, lilac, orange-red, green – learn the colours in order.")
    assert is_scaffolding("Key words to learn – eukaryote, prokaryote, organelle.")
    assert is_scaffolding("Key idea for the exam: the UK has enough water overall, but not in the right place.")


def test_a_symbol_beside_an_element_or_unit_named_with_a_bracket_tells_it():
    from sheet_builds import hideable
    pack = pack_yaml("Analysis", "Chemistry", [("Tests", [
        "Metal hydroxide precipitates: **Copper(II)**, Cu²⁺ → blue precipitate.",
        "Dose is measured in **sieverts (Sv)**; a typical UK dose is about 2.7 mSv a year."])])
    assert "Copper(II)" not in hideable(pack, "Metal hydroxide")
    assert "sieverts (Sv)" not in hideable(pack, "Dose is")


def test_no_false_statement_turns_zero_or_a_year_beside_a_decade_or_a_labelled_instruction():
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION, _true_false
    assert _INSTRUCTION.match("Stay safe: use tongs, wear gloves and keep your distance.")
    for line in ("Where the change in mass is **0**, the solution has the same concentration as the cells.",
                 "In **1970** most UK electricity came from coal; by the 1990s gas had taken over."):
        source = material(pack_yaml("Mixed", "Science", [("Card", [line, "Other **facts** here to pad it."])]))
        statement = _true_false(source, PointRef(0, 0), False)
        assert statement is None or statement.segments[-1].role != "swap" and not any(
            segment.role == "swap" and segment.text[:1].isdigit() for segment in statement.segments)


def test_a_rough_figure_is_asked_only_among_options_well_apart():
    from studypack.layouts.worksheet.exercises.candidates import _choice
    furnace = pack_yaml("Metals", "Chemistry", [("Extracting metals", [
        "Blast furnace, about **1500 °C** – iron oxide is reduced by carbon monoxide.",
        "**Limestone** removes impurities as **slag**."])])
    for seed in range(8):
        choice = _choice(Material(loads(furnace, "m.yaml"), random.Random(seed)), PointRef(0, 0))
        if choice is not None and "1500 °C" in choice.options:
            assert all(abs(float(option.split()[0].replace(",", "")) - 1500) >= 375 for option in choice.options
                       if option != "1500 °C"), choice.options


def test_round_ja_jb_small_rules():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from sheet_builds import hideable
    assert leans_on_previous("Each one has an active site that fits one substrate.")
    assert leans_on_previous("Each part is implanted into a host mother.")
    trig = pack_yaml("Trigonometry", "Maths", [("Calculators", [
        "Calculator must be in **degrees** mode (look for D or DEG on the screen)."])])
    assert "degrees" not in hideable(trig, "Calculator")
    tsar = pack_yaml("Russia", "History", [("Nicholas II and autocracy", [
        "He believed in **autocracy**.",
        "Under **autocracy** the Tsar ruled alone, answerable to God and never to an elected parliament."])])
    assert _true_false(material(tsar), PointRef(0, 0), True) is None
    assert _true_false(material(tsar), PointRef(0, 1), True) is not None


@pytest.mark.parametrize("line, word", [
    ("Newspapers and letters were censored; the **Daily Worker** was banned in **1941**.", "censored"),
    ("The Pope excommunicated Henry (the sentence was finally published in **1538**).", "excommunicated"),
])
def test_a_year_of_another_clause_dates_no_event(line, word):
    from studypack.layouts.worksheet.exercises.events import _point_events
    history = pack_yaml("History", "History", [("Events", [line, "Britain declares war on Germany in **1939**."])])
    events = [event.text for _, event in _point_events(material(history))]
    assert not any(word in event for event in events) and any("Britain" in event for event in events)


def test_a_whole_share_beside_power_in_equals_power_out_is_told():
    from sheet_builds import hideable
    coils = pack_yaml("Electromagnetism", "Physics", [("Transformers", [
        "If **100%** efficient: Vp × Ip = Vs × Is (power in = power out)",
        "A step-up transformer is about **95%** efficient."])])
    assert "100%" not in hideable(coils, "If") and "95%" in hideable(coils, "A step-up")


def test_a_step_to_do_and_a_verb_a_doesnt_leaves_out_are_asked_no_question():
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION
    from sheet_builds import hideable
    assert _INSTRUCTION.match("Do 3 minutes of step-ups at a steady pace.")
    breath = pack_yaml("Respiration", "Biology", [("Aerobic and anaerobic", [
        "Oxygen – aerobic **needs it**, anaerobic doesn't.", "Aerobic respiration releases **more** energy."])])
    assert "needs it" not in hideable(breath, "Oxygen")


def test_a_word_box_keeps_no_spare_chosen_beside_a_gap_it_took_back():
    from pathlib import Path
    from studypack.layouts.worksheet.exercises.allocate import allocate
    from studypack.layouts.worksheet.exercises.generate import default_sections, random_for
    pack = loads((Path(__file__).parent / "fresh" / "history_cold_war_crises.yaml").read_text(encoding="utf-8"),
                 "cold.yaml")
    chosen = allocate(pack, default_sections(pack, True), None, random_for("1", "choose"), True)
    answers = {blank.text for gap in chosen.questions["gap"] for blank in gap.answers}
    assert not {"Bulgaria", "Romania", "Czechoslovakia"} & set(chosen.bank) or answers & {"Japan", "Hungary"}, \
        (chosen.bank, answers)  # (spares chosen beside "Japan" went back with its gap, whose other blank had no peer)


def test_a_labelled_numbered_step_and_a_sample_to_send_are_instructions_and_a_day_is_no_peer_of_a_year():
    from studypack.layouts.worksheet.exercises.allocate import _bank_sort
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION
    from studypack.layouts.worksheet.exercises.terms import Term
    assert _INSTRUCTION.match("Crystallisation: 1. heat gently to evaporate some water until the solution is saturated")
    assert _INSTRUCTION.match("Send a sample of the plant to a laboratory.")
    day = Term("21 May 1471", 0, 11, "year", "year", True)
    year = Term("1453", 0, 4, "year", "year", True)
    assert _bank_sort(day) != _bank_sort(year)


def test_a_headings_question_with_its_notes_is_no_statement_and_no_count_passes_its_whole():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    usa = pack_yaml("The USA", "History", [("The New Deal", [
        'Not far enough? Huey Long ("Share Our Wealth"), Father Coughlin (radio priest), Dr Townsend (pensions).',
        "In the 1932 election **Franklin D. Roosevelt** beat Hoover, winning **42** of the 48 states."])])
    assert _true_false(material(usa), PointRef(0, 0), True) is None
    for seed in range(6):
        wrong = _options(usa, PointRef(0, 1), index=1, seed=seed)
        assert all(float(option) <= 48 for option in wrong), wrong
