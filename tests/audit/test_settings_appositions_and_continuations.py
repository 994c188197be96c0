"""Rules from the audits of sets BU and BV: a practical's timings are no facts; a name printed after the blank in
apposition tells it; a year after "an Act of" is a name's slot; "zones" tells "zoning"; a line carrying on the one
before is no point of its own; "cancelled this" leans on the line before; a title asking how something worked is no
event; a wrong pH sits on the side of neutral its line says; a line French on both sides is no word and meaning; a
definition of a title's aspect is no point about its topic; an answer on a or i shows its first letters, not
the one that reads as a word."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.candidates import first_letter
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.questions import Gap, Short
from studypack.layouts.worksheet.exercises.roles import leans_on_previous
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml


def test_timings_and_amounts_of_a_practicals_steps_are_not_asked():
    practical = pack_yaml("Enzymes", "Biology", [
        ("Amylase practical", ["Every **30 s** put a drop of the mixture onto the **iodine**.",
                               "Read the temperature every minute for about **10 minutes**.",
                               "Amylase works fastest at about **37 °C** in the body."])])
    assert hideable(practical, "Every") == ["iodine"]
    assert hideable(practical, "Read") == []
    assert "37 °C" in hideable(practical, "Amylase")


def test_a_name_printed_after_the_blank_in_apposition_tells_it():
    polymers = pack_yaml("Polymers", "Chemistry", [
        ("Addition polymers", ["Chloroethene → **PVC**, poly(chloroethene) – window frames and pipes.",
                               "Tetrafluoroethene → **PTFE** – non-stick pans."])])
    assert "PVC" not in hideable(polymers, "Chloroethene")
    assert "PTFE" in hideable(polymers, "Tetrafluoroethene")


def test_a_year_after_an_act_of_stands_where_a_name_would():
    reef = pack_yaml("Reefs", "Geography", [
        ("Management", ["Managed by the **Marine Park Authority**, set up by an Act of **1975**.",
                        "Rezoned in **2004**, with a third of the park closed to fishing."])])
    assert "1975" not in hideable(reef, "Managed")
    assert "2004" in hideable(reef, "Rezoned")


def test_another_form_of_the_answer_beside_the_blank_tells_it():
    reef = pack_yaml("Reefs", "Geography", [
        ("Management", ["Marine Protected Areas with **zoning** – **no-take zones** where no fishing is allowed.",
                        "Divers cull the starfish by hand in small areas."])])
    assert "zoning" not in hideable(reef, "Marine")


def test_a_capitalised_common_noun_answer_is_told_by_its_first_word():
    assert "Crown-of-thorns" in _telling("Crown-of-thorns starfish")
    assert "Gulf" not in _telling("Gulf Stream")


def test_a_line_carrying_on_the_one_before_is_no_point_of_its_own():
    heat = pack_yaml("Heat", "Physics", [
        ("Internal energy", ["**Internal energy** – the total kinetic and potential energy of the particles.",
                             "Heating raises it. Either the **temperature** rises…",
                             "…or it **changes state** – the temperature stays the same.",
                             "Changes of state are **physical** changes – mass is conserved."]),
        ("Specific heat capacity", ["Water has a high **specific heat capacity**, 4200 J/kg °C.",
                                    "Metals heat up quickly: copper needs only 385 J/kg °C.",
                                    "Oceans warm and cool slowly, so coasts have milder winters."])])
    source = material(heat)
    assert [source.point(ref).text[:8] for ref in source.content(0)] == ["Internal", "Changes "]
    for seed in "123":
        plan, sheet, key = built(heat, seed, exercises=("short",))
        assert "or it changes state" not in key


def test_a_demonstrative_object_leans_on_the_line_before():
    assert leans_on_previous("1529 Second Diet of Speyer cancelled this; Lutheran princes protested.")
    assert not leans_on_previous("1529 Second Diet of Speyer cancelled the ruling of 1526.")


def test_a_title_asking_how_something_worked_is_no_event():
    assert surveys("The Weimar Constitution – how it worked")
    assert surveys("Treaty of Versailles: why Germans hated it")
    assert not surveys("The Weimar Constitution signed")


def test_a_wrong_ph_is_on_the_side_of_neutral_its_line_says():
    enzymes = pack_yaml("Enzymes", "Biology", [
        ("pH and enzymes", ["Pepsin in the stomach works best at about **pH 2**.",
                            "Enzymes in the small intestine work best slightly alkaline, about **pH 8**.",
                            "Salivary amylase works best around **pH 7**.",
                            "Some soil bacteria prefer **pH 9**.", "Lipase likes **pH 10** in tests."])])
    source = material(enzymes)
    line = "Enzymes in the small intestine work best slightly alkaline, about "
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Enzymes"))
    answer = next(term for term in source.terms[ref] if term.text == "pH 8")
    for seed in range(12):
        options = distractors(answer, source.pool, random.Random(seed), 2, line, (), strict=False) or []
        assert options and all(float(option.split()[-1]) > 7 for option in options), options


def test_a_line_in_the_language_on_both_sides_is_no_word_to_translate():
    pack = loads("""title: Technologie
subject: French
cards:
  - title: Les portables
    points:
      - C'est **pratique** en cas d'urgence – on peut appeler ses parents.
      - le **portable** – mobile phone
      - la **tablette** – tablet
      - l'**ordinateur** – computer
      - le **réseau social** – social network
""")
    asked = {(item.shown, item.answer) for item in translations(pack, random.Random(1), 10)}
    assert all("urgence" not in prompt and "urgence" not in answer for prompt, answer in asked), asked
    assert len(asked) == 3  # (and "la tablette – tablet" is no word to learn: its meaning spells it)


def test_a_definition_of_a_titles_aspect_is_no_point_about_its_topic():
    volcano = pack_yaml("Volcanoes", "Geography", [
        ("Montserrat – secondary effects", ["**Secondary effect** – a knock-on result of the primary effects.",
                                            "Over half the people left the island.",
                                            "The capital, Plymouth, was abandoned.",
                                            "Tourism collapsed for years."]),
        ("Mount St Helens – primary effects", ["57 people died.", "Trees flattened over 600 km²."])])
    for seed in "12":
        plan, sheet, key = built(volcano, seed, exercises=("short",))
        short = next(q for q in of_kind(plan, Short) if "Montserrat" in q.prompt)
        assert short.marks == 2 and "knock-on" not in key  # three effects, one to spare


def test_an_answer_on_a_or_i_starts_its_line_with_letters_that_spell_no_word():
    notes = pack_yaml("Rates", "Chemistry", [
        ("Collision theory", ["Particles only react if they collide with at least the **activation energy**.",
                              "The river bed is worn away by **abrasion** as pebbles scrape along it."]),
        ("Immunity", ["Memory cells make **antibodies** quickly on a second infection.",
                      "Smallpox was wiped out by **inoculation** and later vaccination.",
                      "Faster particles have more **kinetic energy**."])])
    source = material(notes)
    starts = {term.text: first_letter(term) for terms in source.terms.values() for term in terms}
    assert starts == {"activation energy": "ac", "abrasion": "ab", "antibodies": "", "inoculation": "",
                      "kinetic energy": "k"}, starts  # "an", "in": a start that is a word shows none
    for seed in "12":
        plan, sheet, key = built(notes, seed, word_bank=False, exercises=("gap",))
        hints = [segment.hint for gap in of_kind(plan, Gap) for segment in gap.answers]
        assert {"ac", "ab"} <= set(hints), hints
        assert "The letters before a line are the start of its answer." in sheet


# From the audits of sets BW and BX.

def test_a_figure_the_lines_other_figures_work_out_is_not_asked():
    city = pack_yaml("Bristol", "Geography", [
        ("Population", ["Up **10.3%** between 2011 and 2021 (428,234 → 472,400).",
                        "About **16%** of people were born abroad in 2021."]),
        ("Hydrogen", ["Releases about **142 kJ/g** – roughly 3 times as much per gram as petrol (about 46 kJ/g).",
                      "Burns to make only **water**."])])
    assert "10.3%" not in hideable(city, "Up") and "16%" in hideable(city, "About")
    assert "142 kJ/g" not in hideable(city, "Releases")


def test_a_bound_governs_the_second_figure_of_its_pair():
    from studypack.layouts.worksheet.exercises.beside import _deadline
    from studypack.layouts.worksheet.exercises.terms import Term
    line = "At least 91 main languages spoken and 187 countries of birth."
    at = line.index("187")
    assert _deadline(line, Term("187", at, at + 3, "number", "number:187", True, value=187))
    plain = line.replace("At least", "Around")
    assert not _deadline(plain, Term("187", at - 1, at + 2, "number", "number:187", True, value=187))


def test_exam_focus_practice_mark_tips_and_grade_bits_are_advice():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    for advice in ("Exam focus – linking Suez and decolonisation", "Evaluating regeneration – exam practice",
                   "6-mark tip – give both sides AND a conclusion", "Grade 9 bit – combine with a modal: Man sollte"):
        assert is_scaffolding(advice), advice
    assert not is_scaffolding("Grade 9 students sit the exam in June.")


def test_a_station_is_offered_only_among_stations_and_an_office_gets_no_options():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    line = "Area around Bristol Temple Meads station – old railway land."
    assert name_sort("Bristol Temple Meads", line, 12, 32, frozenset()) == "thing:station"
    suez = pack_yaml("Suez", "History", [
        ("The offer withdrawn", ["On 19 July 1956 US Secretary of State **John Foster Dulles** withdrew the offer.",
                                 "**Anthony Eden** was Prime Minister.", "**Harold Macmillan** followed him.",
                                 "**Gamal Abdel Nasser** nationalised the canal."])])
    source = material(suez)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("On 19"))
    dulles = next(term for term in source.terms[ref] if term.text == "John Foster Dulles")
    assert distractors(dulles, source.pool, random.Random(1), 3, source.point(ref).text, ()) is None


def test_a_statement_printing_the_formula_its_title_names_is_not_matched():
    from studypack.layouts.worksheet.exercises.beside import prints_symbol_of
    assert prints_symbol_of("Carbon dioxide and climate", "CO₂ is a greenhouse gas; it absorbs infrared.")
    assert not prints_symbol_of("Climate change", "CO₂ is a greenhouse gas; it absorbs infrared.")


def test_a_guess_without_its_subject_a_titles_other_and_a_names_tail_are_not_asked():
    plague = pack_yaml("Plague", "History", [
        ("The Great Plague – what was it?", ["Most likely **bubonic plague**, caused by the bacterium Yersinia pestis.",
                                             "Spread by fleas living on **black rats**."]),
        ("Other properties", ["Ionic compounds are **brittle** – layers of ions slide.",
                              "They dissolve in **water** to make solutions that conduct."]),
        ("India", ["Swachh Bharat (Clean India) Mission, 2014 – a government campaign to build toilets.",
                   "The **Green Revolution** raised yields of wheat.",
                   "The **Punjab** grew most of the new wheat."])])
    assert leans_on_previous("Most likely bubonic plague, caused by the bacterium Yersinia pestis.")
    assert "Mission" not in hideable(plague, "Swachh")
    for seed in "12":
        plan, sheet, key = built(plague, seed, exercises=("gap", "short"))
        assert "Other properties." not in sheet and "bubonic" not in key


def test_a_ratio_printed_beside_the_blank_tells_it():
    ionic = pack_yaml("Ionic", "Chemistry", [
        ("Formulae", ["No separate molecules, so the formula is just the **ratio** of ions (NaCl = 1 : 1).",
                      "The **ratio** of ions makes the charges cancel."])])
    assert "ratio" not in hideable(ionic, "No separate")


def test_a_fragment_with_no_subject_and_nothing_asked_is_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    point = parse_point("Divide by the multiplier to the power n – e.g. worth £4,326.40 after 2 years at 4% growth"
                        " → 4326.40 ÷ 1.04^2^ = £4,000.")
    assert worked(point, "Working backwards – reverse percentages") is None


def test_a_verb_form_in_a_bracket_inside_the_meaning_is_not_printed_with_it():
    pack = loads("""title: Umwelt
subject: German
cards:
  - title: Recycling
    points:
      - "**recyceln** – to recycle (ich recyc(e)le)"
      - "**der Müll** – rubbish"
      - "**die Umwelt** – the environment"
      - "**schützen** – to protect"
""")
    for seed in range(8):
        for item in translations(pack, random.Random(seed), 4):
            assert "recyc(e)le" not in item.shown, item


def test_a_card_asking_why_after_its_dash_is_no_short_answer():
    light = pack_yaml("Waves", "Physics", [
        ("Wavefronts and refraction – why it bends", [
            "Light slows down when it enters glass.", "One side of the wavefront slows first, so the wave turns.",
            "Draw wavefronts as parallel lines, like rows of marching soldiers.",
            "Required practical – trace light through a glass block.", "Faster in air, slower in glass."]),
        ("Electromagnetic waves", ["Radio waves carry TV signals.", "Microwaves heat food.",
                                   "X-rays pass through soft tissue."])])
    for seed in "12":
        plan, sheet, key = built(light, seed, exercises=("short",))
        assert "marching soldiers" not in key and "Wavefronts" not in sheet and "Write two points about" in sheet


def test_a_neighbouring_decade_is_as_good_as_true():
    from studypack.layouts.worksheet.exercises.candidates import _year_close
    from studypack.layouts.worksheet.exercises.terms import Term
    decade = Term("2000s", 0, 5, "year", "year:decade:2000", True, year=2000, form="decade")
    assert _year_close("2010s", decade) and not _year_close("1980s", decade)


def test_a_places_own_first_word_printed_elsewhere_tells_it():
    assert "Pusan" in _telling("Pusan Perimeter") and "Suez" in _telling("Suez Canal")
    assert "Winston" not in _telling("Winston Churchill")


def test_a_people_and_its_country_are_one_root_for_matching():
    from studypack.layouts.worksheet.exercises.claims import echoes
    assert echoes("China had warned (through India) that it would act.", "Chinese intervention")
    assert echoes("The Korea question went to the UN.", "Korean armistice")
    assert not echoes("UN forces fled south in bitter cold.", "Chinese intervention")


def test_a_person_glossed_by_a_peoples_office_gets_no_options():
    from studypack.layouts.worksheet.exercises.distractors import _OFFICE_AFTER
    assert _OFFICE_AFTER.match(" – South Korean President, refused to sign the armistice.")
    assert _OFFICE_AFTER.match(" – US Secretary of State, withdrew the offer.")
    assert not _OFFICE_AFTER.match(" – replaced MacArthur, stabilised the front.")


def test_a_country_the_heading_names_another_way_is_not_asked():
    energy = pack_yaml("The UK's energy mix", "Geography", [
        ("Targets", ["Government wants nearly all of **Britain**'s electricity low-carbon by 2035.",
                     "Imports gas from **Norway** through pipelines."])])
    assert "Britain" not in hideable(energy, "Government") and "Norway" in hideable(energy, "Imports")


# From the audits of sets BY and BZ.

def test_tips_tricks_and_think_abouts_are_advice_not_points():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    for advice in ("Drawing tip – draw the repeat unit with brackets and an n after.",
                   "Memory trick – the two with initials come from the pituitary.",
                   "Think about – effectiveness, side effects, STI protection.",
                   "Success for containment? The South survived. Good 'how far' question!"):
        assert is_scaffolding(advice), advice
    assert not is_scaffolding("Tipping point – the moment the ice sheet cannot recover.")


def test_a_key_point_label_is_no_matching_statement():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    korea = pack_yaml("Korea", "History", [
        ("MacArthur dismissed", ["Key point – it showed civilian control of the military in the USA.",
                                 "Truman sacked him in April 1951 for insubordination."]),
        ("The armistice", ["Prisoners could choose whether to go home, overseen by India."]),
        ("Inchon", ["Huge tides, mud flats and a narrow channel made the landing a gamble."])])
    texts = [candidate.build(0).text for candidate in match_candidates(material(korea))]
    assert not any(text.startswith("Key point") for text in texts) and any("sacked" in text for text in texts)


def test_a_round_figure_given_roughly_is_offered_among_round_figures():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    from studypack.layouts.worksheet.exercises.terms import Term
    rough = Term("6,900 ha", 0, 8, "number", "number:6900", True, value=6900.0, exact=False)
    assert all(option.replace(",", "").split()[0].endswith("00") for option in scaled(rough))
    exact = Term("6,900 ha", 0, 8, "number", "number:6900", True, value=6900.0)
    assert "10,350 ha" in scaled(exact)  # an exact figure keeps its factors (a run of even steps)


def test_a_worked_line_putting_in_a_figure_from_another_line_or_setting_up_the_equation_is_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    title = "Braking distance – worked numbers"
    assert worked(parse_point("Braking force 6000 N → d = KE ÷ F = 240 000 ÷ 6000 = **40 m**"), title) is None
    assert worked(parse_point("0 − 400 = 2 × a × 40 → a = **−5 m/s^2^**"), title) is None
    assert worked(parse_point("Speed 20 m/s, time 5 s → distance = 20 × 5 = **100 m**"), title) is not None


def test_a_factor_between_two_printed_figures_and_a_meaning_of_several_senses_are_not_asked():
    drive = pack_yaml("Stopping", "Physics", [
        ("Speed", ["Speed ×**3.5** from 20 to 70 mph but stopping distance ×8.", "Speed is the biggest **factor**."])])
    assert "3.5" not in hideable(drive, "Speed ×")
    family = loads("""title: Familie
subject: German
cards:
  - title: Freunde
    points:
      - "**der Freund / die Freundin** – friend, or boyfriend / girlfriend"
      - "**die Tante** – aunt"
      - "**der Onkel** – uncle"
      - "**die Schwester** – sister"
""")
    for seed in range(10):
        for item in translations(family, random.Random(seed), 4):
            assert not (item.reverse and "boyfriend" in item.shown), item


def test_a_worked_example_and_a_line_pointing_above_are_no_mark_scheme_points():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    assert is_scaffolding("So 94% was not passed on – lost as above.")
    assert not is_scaffolding("Energy is lost as heat from respiration.")
    biomass = pack_yaml("Ecosystems", "Biology", [
        ("Efficiency of biomass transfer", ["Only about 10% of biomass passes to the next level.",
                                            "Worked example: producers 2500 g/m², primary consumers 150 g/m²",
                                            "Biomass is lost as waste, such as urea and faeces.",
                                            "Much glucose is used in respiration for energy.",
                                            "Some material cannot be eaten, such as bones and roots."]),
        ("Decomposition", ["Microorganisms break down dead matter.", "Warmth and moisture speed it up."])])
    for seed in "12":
        plan, sheet, key = built(biomass, seed, exercises=("short",))
        assert "2500" not in key and "Write three points about: Efficiency of biomass transfer" in sheet


# From the audits of sets CA and CB, and science packs that work examples without arrows.

def test_a_worked_line_without_arrows_is_read_as_givens_then_steps():
    from studypack.layouts.worksheet.exercises.calculations import arrowed, worked
    from studypack.source.inline import parse_point
    line = parse_point("Q2 – a car goes from rest to 20 m/s in 8 s. a = 20 ÷ 8 = **2.5 m/s^2^**")
    chained = arrowed(line)
    assert chained.text == "a car goes from rest to 20 m/s in 8 s → a = 20 ÷ 8 = 2.5 m/s²"
    assert chained.text[chained.terms[-1].start:chained.terms[-1].end] == "2.5 m/s²"
    found = worked(chained, "Speed and acceleration")
    assert (found.givens, found.asked, found.number, found.unit) == ("a car goes from rest to 20 m/s in 8 s", "a = ",
                                                                     "2.5", "m/s²")
    pythagoras = arrowed(parse_point("Sides 6 cm and 8 cm. c^2^ = 36 + 64 = 100, c = √100 = **10 cm**"))
    assert pythagoras.text == "Sides 6 cm and 8 cm → c² = 36 + 64 = 100 → c = √100 = 10 cm"
    for unasked in ("Worked example: a car bought for £8,000, sold for £6,200. Loss = £1,800. "
                    "1,800 ÷ 8,000 × 100 = **22.5% loss**.",  # the last step is a sum with no name
                    "λ = v / f = 340 / 440 = 0.773… ≈ **0.77 m** (2 s.f.)",  # no givens
                    "e.g. 48 cm^3^ of gas → **0.8 cm^3^/s**"):  # arrowed already
        assert arrowed(parse_point(unasked)) is None, unasked


def test_a_word_in_capitals_for_stress_and_one_of_gain_or_lose_are_no_gaps():
    atoms = pack_yaml("Atoms", "Chemistry", [
        ("Protons", ["The number of protons NEVER changes in a chemical reaction.",
                     "At the cathode, positive ions **gain** electrons.",
                     "The **nucleus** holds the protons and neutrons."])])
    assert "NEVER" not in hideable(atoms, "The number") and "gain" not in hideable(atoms, "At the cathode")
    assert "nucleus" in hideable(atoms, "The nucleus")


def test_an_acronym_in_the_title_tells_the_name_it_shortens():
    nato = pack_yaml("Cold War", "History", [
        ("NATO", ["The **North Atlantic Treaty** was signed in Washington in April 1949.",
                  "Twelve countries joined at first."]),
        ("Berlin", ["The **airlift** flew in supplies for eleven months."])])
    for seed in "12":
        plan, sheet, key = built(nato, seed, exercises=("gap",))
        assert not ("NATO" in sheet and "North Atlantic Treaty" in key), sheet


def test_an_exam_tip_card_is_no_matching_title():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    pack = pack_yaml("Electrolysis", "Chemistry", [
        ("Exam tip – linking it up", ["Questions often join electrolysis to the reactivity series."]),
        ("Molten compounds", ["Lead bromide must be melted so its ions can move."]),
        ("Aqueous solutions", ["Hydrogen forms at the cathode if the metal is more reactive than hydrogen."]),
        ("Copper purification", ["The impure copper anode dissolves and pure copper plates the cathode."])])
    titles = {candidate.build(0).title for candidate in match_candidates(material(pack))}
    assert "Exam tip – linking it up" not in titles and "Molten compounds" in titles


def test_an_event_with_a_verdict_and_a_title_named_twice_are_not_on_the_timeline():
    from studypack.layouts.worksheet.exercises.events import event_candidates
    pack = loads("""title: America
subject: History
cards:
  - title: Background
    points:
      - The **Treaty of Paris (1763)** ended the Seven Years' War.
      - Stalin lifted the blockade in 1949, after eleven months. Humiliation for the USSR.
      - The Stamp Act was passed in 1765.
  - title: The Treaty of Paris
    date: 1783
    points:
      - Britain recognised American independence.
  - title: Yorktown
    date: 1781
    points:
      - Cornwallis surrendered to Washington.
""")
    events = [candidate.event.text for candidate in event_candidates(Material(pack, random.Random(1)))]
    assert "Yorktown" in events and "The Treaty of Paris" not in events
    assert not any("Humiliation" in text for text in events) and any("Stamp Act" in text for text in events)


def test_a_definition_holding_its_term_inside_a_longer_word_and_a_notes_table_title_are_not_used():
    from studypack.layouts.worksheet.exercises.allocate import _root_inside
    from studypack.layouts.worksheet.exercises.short_answers import _PART_OF_TOPIC
    assert _root_inside("hollow molecules of carbon, e.g. buckminsterfullerene C₆₀", "Fullerenes")
    assert not _root_inside("each C bonded to 3 others, in layers of hexagons", "Graphite")
    assert _PART_OF_TOPIC.search("Comparing structures – quick table in words")
    assert not _PART_OF_TOPIC.search("Comparing structures")


def test_a_hedged_line_or_one_opening_on_a_note_is_no_true_or_false_item_and_bare_figures_make_no_sum():
    from studypack.layouts.worksheet.exercises.candidates import _GUARDED
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.short_answers import short_prompt
    from studypack.source.inline import parse_point
    assert _GUARDED.search("Population perhaps fell from about 5 million (historians argue over exact numbers).")
    assert _GUARDED.search("Short-term trigger! In 1381 officials were sent to find tax dodgers.")
    assert not _GUARDED.search("In 1381 officials were sent to find tax dodgers.")
    assert worked(parse_point("Add an **fx** column – 0, 6, 10, 12, 8 → total **36**"), "Frequency tables") is None
    assert worked(parse_point("e.g. 4, 7, 7, 9, 13 → mean = 40 ÷ 5 = **8**"), "Mean") is not None
    assert short_prompt("Which average? + comparing data sets", 3) == \
        "Write three points about: Which average? + comparing data sets."


def test_a_nickname_in_quotes_leaves_the_surname_telling_and_a_rough_small_figure_is_no_gap():
    assert "Hunt" in _telling("Henry 'Orator' Hunt")
    leaf = pack_yaml("Photosynthesis", "Biology", [
        ("Starch test", ["Boil leaf in water ~**1 min** – kills it.", "Warm it in ethanol for **5 minutes**.",
                         "Add **iodine** solution – orange-brown to blue-black."])])
    assert "1 min" not in hideable(leaf, "Boil")
    source = material(leaf)
    iodine = next(term for terms in source.terms.values() for term in terms if term.text == "iodine")
    assert first_letter(iodine) == ""  # "io____ solution" leaves only iodine


def test_worked_lines_stepping_by_a_sum_and_a_price_from_nowhere():
    from studypack.layouts.worksheet.exercises.calculations import arrowed, worked
    from studypack.source.inline import parse_point
    title = "Percentage increase and decrease"
    found = worked(arrowed(parse_point("£240 increased by 15% – 240 × 1.15 = **£276**")), title)
    assert (found.givens, found.currency, found.number) == ("£240 increased by 15%", "£", "276")
    assert arrowed(parse_point("Price goes from £50 to £62 – change £12, 12 ÷ 50 × 100 = **24% increase**")) is None
    assert worked(parse_point("Adding **VAT** at 20% → × 1.2, so £35 + VAT = **£42**"), title) is None


# From the audits of sets CE and CF.

def test_stressed_small_words_units_and_rough_complements_tell_the_blank():
    notes = pack_yaml("Rates", "Chemistry", [
        ("Equilibrium", ["A catalyst does **not** change the position of equilibrium.",
                         "Higher **temperature** makes particles move faster; a 10 °C rise can double the rate.",
                         "Everything an animal cell has, **PLUS** three extra parts."]),
        ("Diabetes", ["About **90%** of cases are type 2; roughly 8% are type 1.",
                      "About **4 million** people in the UK have diabetes."])])
    assert hideable(notes, "A catalyst") == [] and "temperature" not in hideable(notes, "Higher")
    assert "PLUS" not in hideable(notes, "Everything") and "90%" not in hideable(notes, "About 90")
    assert "4 million" in hideable(notes, "About 4")


def test_relative_times_purposes_and_second_dates_lean_on_what_the_card_said():
    assert leans_on_previous("Only weeks earlier (15 June 1961) Ulbricht said nobody meant to build a wall.")
    assert not leans_on_previous("On 13 August 1961 the border was sealed overnight.")
    assert surveys("The Western response")
    from studypack.layouts.worksheet.exercises.events import event_candidates
    armada = loads("""title: Armada
subject: History
cards:
  - title: Up the Channel
    points:
      - Armada sighted off the Lizard, Cornwall, on 29 July 1588 (19 July by the English calendar).
      - The English fleet sailed out of Plymouth in 1588 to follow it.
""")
    events = [candidate.event.text for candidate in event_candidates(Material(armada, random.Random(1)))]
    assert not any("Lizard" in text for text in events)


def test_a_peak_figure_gets_no_options_and_an_evaluating_title_no_prompt():
    from studypack.layouts.worksheet.exercises.distractors import _EXTREME
    from studypack.layouts.worksheet.exercises.roles import OTHER_THAN as _OTHER_THAN
    assert _EXTREME.search("Deforestation hit its peak in 2004, about 27,800 km² cleared.")
    assert not _EXTREME.search("About 11,000 km² was cleared in 2022.")
    assert _OTHER_THAN.match("Evaluating the options") and not _OTHER_THAN.match("Evaluating the Green Revolution")


def test_a_body_named_by_its_plural_is_no_person():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    line = "Pig clubs and backyard hens; British Restaurants served cheap meals."
    assert name_sort("British Restaurants", line, 30, 49, frozenset()) == "organisation"
    assert name_sort("Soviet Union", "Trade with the Soviet Union grew.", 15, 27, frozenset()) == "country"


# From the audit of sets CG and CH (the last of the session).

def test_a_line_of_several_words_splits_at_slashes_between_entries():
    from studypack.layouts.worksheet.exercises.translate import entries
    assert entries("une ville – a town  /  une grande ville – a city  /  un village – a village") == [
        "une ville – a town", "une grande ville – a city", "un village – a village"]
    one = "dans le nord / le sud de l'Angleterre – in the north / south of England"
    assert entries(one) == [one]
    pack = """title: Where I live
subject: French
cards:
  - title: Places
    points:
      - "**une ville** – a town  /  **une grande ville** – a city  /  **un village** – a village"
      - "**la gare** – the station  /  **la mairie** – the town hall"
      - "**la piscine** – the swimming pool  /  **le parc** – the park"
"""
    for seed in "12":
        plan, sheet, key = built(pack, seed)
        assert " / " not in sheet.split("Translation", 1)[-1], sheet  # no prompt holds another entry


def test_a_target_year_is_no_wrong_date_and_an_article_does_not_hide_a_word_the_title_prints():
    from studypack.layouts.worksheet.exercises.material import _in_heading
    assert _in_heading("der Urlaub", "urlaub und reisen – holidays and travel")
    energy = pack_yaml("Energy", "Geography", [
        ("Gas", ["Gas was still about a third of electricity in **2023**.", "Coal ended in **2024**.",
                 "Net zero is the target for **2050**.", "Wind passed gas in **2022**."])])
    source = material(energy)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Gas"))
    year = next(term for term in source.terms[ref] if term.text == "2023")
    for seed in range(10):
        options = distractors(year, source.pool, random.Random(seed), 3, source.point(ref).text, (), strict=False) or []
        assert "2050" not in options, options


def test_a_verdict_is_no_event_and_a_figure_in_the_box_reads_as_a_figure():
    from studypack.layouts.worksheet.exercises.events import event_candidates
    weimar = loads("""title: Hitler
subject: History
cards:
  - title: Brüning
    points:
      - Over 40 decrees in 1931 vs only a few Reichstag laws → democracy already being bypassed before Hitler.
      - Brüning resigned in 1932 after losing Hindenburg's support.
""")
    events = [candidate.event.text for candidate in event_candidates(Material(weimar, random.Random(1)))]
    assert not any("decrees" in text for text in events) and any("resigned" in text for text in events)
    hitler = pack_yaml("Hitler", "History", [
        ("The Reichstag Fire", ["Around **4,000** communists were arrested.", "About **9,000** more were held later."]),
        ("Elections", ["2nd round, April 1932 – **Hindenburg 53%**, **Hitler 36.8%**.",
                       "The Nazis won **230** seats in July 1932."])])
    for seed in "123":
        plan, sheet, key = built(hitler, seed, exercises=("gap",))
        bank = plan.exercises.versions[0].sections[0].bank
        assert not any(word.startswith(("Hindenburg", "Hitler")) for word in bank), bank


def test_a_mnemonic_a_root_inside_the_answer_a_bounded_negative_and_a_two_shape_title_tell_or_leave_it_open():
    chem = pack_yaml("Extraction", "Chemistry", [
        ("Electrolysis", ['Reduction at the cathode, oxidation at the anode ("**RED CAT**, AN OX").',
                          "**Bioleaching** – bacteria produce a leachate solution containing copper ions.",
                          "Winters are often **below −30 °C** in the tundra.",
                          "**Phytomining** – plants absorb metal compounds from soil."])])
    assert "RED CAT" not in hideable(chem, "Reduction") and "Bioleaching" not in hideable(chem, "Bioleaching")
    from studypack.layouts.worksheet.exercises.candidates import gap_candidates
    gaps = [candidate.build(0) for candidate in gap_candidates(material(chem))]
    blanks = {segment.text for gap in gaps if gap for segment in gap.segments if segment.role == "blank"}
    assert "below −30 °C" not in blanks and "Phytomining" in blanks, blanks  # "often ____": "cold" fills it too
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.short_answers import _PART_OF_TOPIC
    from studypack.source.inline import parse_point
    assert worked(parse_point("e.g. radius 4 cm → area = ½ × π × 4^2^ = **25.1 cm^2^**"),
                  "Semicircles and quarter circles") is None
    assert worked(parse_point("e.g. radius 4 cm → area = ½ × π × 4^2^ = **25.1 cm^2^**"), "Semicircles") is not None
    assert _PART_OF_TOPIC.search("Xylem vs phloem – quick compare")


def test_wrong_amounts_are_written_with_the_thousands_commas_the_others_use():
    from studypack.layouts.worksheet.exercises.distractors import _grouped_alike
    assert _grouped_alike("893 m", ("2232 m", "3572 m", "1,345 m")) == ("2,232 m", "3,572 m", "1,345 m")
    assert _grouped_alike("4000", ("9,000", "2000", "12000")) == ("9000", "2000", "12000")
    assert _grouped_alike("85", ("120", "200", "600")) == ("120", "200", "600")


def test_a_verbs_forms_are_no_meaning_to_translate():
    pack = loads("""title: Vacaciones
subject: Spanish
cards:
  - title: Preterite
    points:
      - "**tener** – tuve, tuviste"
      - "**el tren** – the train"
      - "**la playa** – the beach"
      - "**viajar** – to travel"
""")
    for seed in range(8):
        asked = {(item.shown, item.answer) for item in translations(pack, random.Random(seed), 4)}
        assert not any("tuve" in shown or "tuve" in answer for shown, answer in asked), asked
