"""Rules from the audits of sets T and U: what printed titles already answer, which letters a blank shows, what
a language pack's lines give, and the key's marking notes."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from studypack.layouts.worksheet.exercises import Gap, Short, TrueFalse
from studypack.layouts.worksheet.exercises.beside import _deadline, _enumerated
from studypack.layouts.worksheet.exercises.candidates import _within_titles, first_letter
from studypack.layouts.worksheet.exercises.distractors import _stands_apart, distractors
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.layouts.worksheet.exercises.translate import gives_meaning, vocabulary
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind

SEEDS = ("1", "2", "3", "4")


def _term(text: str, answer: str, kind: str = "name", **fields) -> Term:
    start = text.index(answer)
    return Term(answer, start, start + len(answer), kind, f"{kind}:{answer.casefold()}", True, **fields)


@pytest.mark.parametrize("line", ["Worth learning – a 6-marker on comparing the two comes up a lot.",
                                  "Sum-up for essays – unification and pride vs millions of deaths.",
                                  "Aside – Manchester Piccadilly is a major rail hub."])
def test_exam_advice_and_asides_are_no_content(line):
    assert is_scaffolding(line)
    assert not is_scaffolding("Concentrations are constant, not necessarily equal.")


MAO = """title: Mao's China, 1949–76
subject: History
cards:
  - title: The People's Republic
    points:
      - On 1 October 1949 **Mao Zedong** proclaimed the People's Republic in Beijing.
      - The Guomindang had lost; **Chiang Kai-shek** fled to **Taiwan** with two million troops.
      - Mao was Party Chairman; **Zhou Enlai** was Premier.
      - Soviet advisers came from **Moscow** and aid from **Mongolia**.
      - In **1950** the USSR signed a treaty of friendship with **China**.
  - title: Recovery, 1962–65
    points:
      - Liu and Deng brought back private plots, **BUT Mao** saw revisionism.
      - Output recovered by 1965 under **Liu Shaoqi** and **Deng Xiaoping**.
  - title: The end of the Mao era
    points:
      - Mao died on 9 September 1976, aged 82, and **Hua Guofeng** took over.
      - In 1971 **Lin Biao** died in a plane crash over **Mongolia**.
      - US President **Nixon** visited **Beijing** in **1972**.
  - title: Famine
    points:
      - Grain was exported while villagers starved; Sichuan, Anhui and Henan were worst hit.
      - "**Peng Dehuai** criticised the Leap at the Lushan Conference in 1959."
"""


def test_emphasis_on_a_linking_word_and_the_pack_titles_years_give_no_answer():
    source = material(MAO)
    asked = {term.text for ref in source.refs for term in source.hideable(ref)}
    assert "BUT Mao" not in asked and not any(text.startswith("BUT") for ref in source.terms
                                                 for text in (term.text for term in source.terms[ref]))
    years = {term.year for ref in source.refs for term in source.hideable(ref) if term.kind == "year"}
    assert years and not years & {1949, 1976}  # printed at the top of every page: "Mao's China, 1949–76"
    assert "Sichuan" not in asked and "Anhui" not in asked  # one of a list of three: any other would do


def test_a_list_of_two_after_a_comma_is_no_list_of_three():
    text = "In 1956, Khrushchev and Bulganin visited Britain."
    assert not _enumerated(text, _term(text, "Khrushchev")) and not _enumerated(text, _term(text, "Bulganin"))
    text = "Grain was exported; Sichuan, Anhui and Henan were worst hit."
    assert all(_enumerated(text, _term(text, name)) for name in ("Sichuan", "Anhui", "Henan"))
    text = "NPK fertilisers contain compounds of nitrogen, phosphorus and potassium – improve yields."
    assert _enumerated(text, _term(text, "phosphorus", "term"))
    text = "He disliked the idea of jobs for life, which bred a culture of privilege and complacency."
    assert not _enumerated(text, _term(text, "jobs for life", "term"))


def test_a_year_after_by_the_end_of_is_a_deadline():
    text = "By the end of 1956 almost all peasant households were in cooperatives."
    assert _deadline(text, _term(text, "1956", "year", year=1956))  # by the end of 1957 it was as true


def test_no_option_shares_a_name_printed_in_the_stem_and_the_pack_titles_place_is_its_setting():
    source = material(MAO)
    for ref in source.refs:
        text = source.point(ref).text
        for term in source.terms[ref]:
            if term.text == "Zhou Enlai":
                shown = text[:term.start] + text[term.end:]
                for seed in range(8):
                    wrong = distractors(term, source.pool, random.Random(seed), 3, shown, only_near=False) or ()
                    assert "Mao Zedong" not in wrong  # "Mao was Party Chairman; ____ was Premier"
    china = {term.key for terms in source.terms.values() for term in terms if term.text == "China"}
    assert china and source.setting == china  # where the sheet's events happen: "Chiang fled to China" is absurd


def test_a_year_alone_in_its_era_among_its_options_and_years_outside_the_titles_span_are_not_offered():
    assert _stands_apart(1894, [1982, 1992, 1994])
    assert not _stands_apart(1894, [1830, 1761, 1992]) and not _stands_apart(1964, [1960, 1969, 1957])
    text = "Hindenburg died in August 1934."
    term = _term(text, "1934", "year", year=1934)
    assert _within_titles((None, None), term, ("Making the dictatorship, 1933–34", "Weimar")) == (1932, 1935)
    assert _within_titles((1930, None), term, ("Weimar, 1918–39",)) == (1930, 1940)


def test_a_question_title_is_no_topic_printed_before_a_line_and_a_span_of_years_no_gap():
    source = material("""title: Nigeria
subject: Geography
cards:
  - title: Where is Nigeria, and why does it matter?
    points:
      - "**Abuja** – capital since 1991, replacing **Lagos** as the seat of government."
      - Population about **220 million**.
      - When the oil price crashed in **2014–16** the economy went into **recession**.
""")
    for ref in source.refs:
        context = source.context(ref, [])
        assert not context or "?" not in context[0].text
    ref = next(ref for ref in source.refs if "crashed" in source.point(ref).text)
    assert [term.text for term in source.hideable(ref)] == ["recession"]


def test_a_count_beside_the_list_it_counts_is_no_gap_and_rivers_are_water():
    text = """title: Weimar
subject: History
cards:
  - title: Hitler in power
    points: ["Only **3** Nazis sat in the cabinet (Hitler, Frick, Göring).", "The **Reichstag** burned in 1933."]
"""
    assert hideable(text, "Only") == []
    line = "Nigeria lies on the Rivers Niger and Benue."
    start = line.index("Niger ")
    assert name_sort("Niger", line, start, start + 5, frozenset()) == "water"
    assert name_sort("Niger", "Niger borders Nigeria.", 0, 5, frozenset()) == "country"


def test_a_language_packs_letter_skips_the_article_and_a_set_of_alternatives_keeps_its_letters():
    line = "die Grundschule – primary school"
    assert first_letter(_term(line, "die Grundschule", "term", sort="foreign"), True) == "die G"  # the article shown
    assert first_letter(_term(line, "die Grundschule", "term", sort="foreign"), False) == "d"
    pack = """title: Reglas
subject: Spanish
cards:
  - title: Las reglas
    points:
      - "**Se debe** llegar a tiempo – you must arrive on time."
      - "**Está prohibido** usar el móvil – using your phone is banned."
      - "**Hay que** llevar uniforme – you have to wear uniform."
      - "**Se puede** comer en el patio – you can eat in the playground."
  - title: Notes
    points:
      - "**Futur** = **werden** + infinitive – Ich werde gehen."
      - Usually no uniform, and many schools finish around **13 Uhr** – but more all-day schools now.
"""
    for seed in SEEDS[:2]:
        plan, sheet, key = built(pack, seed, exercises=("gap",), word_bank=False)
        blanks = [segment for gap in of_kind(plan, Gap) for segment in gap.answers]
        assert blanks and all(segment.hint == segment.text.strip()[:1] for segment in blanks)
        assert not {"Futur", "13 Uhr", "werden"} & {segment.text for segment in blanks}
    assert gives_meaning("Se debe llegar a tiempo – you must arrive on time.")
    assert not gives_meaning("Futur = werden + infinitive – Ich werde an die Uni gehen.")
    assert not gives_meaning("Usually no uniform, and many schools finish around 13 Uhr – but more all-day schools.")


SCHOOL = """title: Schule
subject: German
cards:
  - title: Fächer
    points:
      - "**Erdkunde** – geography (NOT Geographie in most schools!), **Geschichte** – history"
      - "**Naturwissenschaften** – sciences; Biologie, Chemie, Physik"
      - "**das Lieblingsfach** – favourite subject. Mein Lieblingsfach ist Kunst."
      - Ich **trage Zeitungen aus** (austragen – to deliver). Ich **babysitte** am Wochenende.
      - "**sitzenbleiben** – to repeat a year (Er ist sitzengeblieben.)"
"""


def test_a_line_of_two_words_gives_both_and_a_note_or_example_after_a_meaning_is_not_printed():
    pack = loads(SCHOOL, "schule.yaml")
    words = [(word, meaning) for _, word, meaning in vocabulary(pack)]
    assert ("Erdkunde", "geography") in words and ("Geschichte", "history") in words
    assert ("Naturwissenschaften", "sciences") in words and ("das Lieblingsfach", "favourite subject") in words
    assert not any("deliver" in meaning or "Ich" in meaning for _, meaning in words)
    assert hideable(SCHOOL, "sitzenbleiben") == []  # the example shows the verb: "(Er ist sitzengeblieben.)"


def test_the_key_says_another_right_word_or_translation_earns_the_mark():
    text = """title: Rivers
subject: Geography
cards:
  - title: Erosion
    points:
      - "**Hydraulic action** is the force of water breaking rock apart."
      - "**Abrasion** is rock scraped by the load the river carries."
      - "**Attrition** is stones knocking together and wearing smaller."
      - "**Solution** is rock such as limestone dissolved in water."
"""
    plan, sheet, key = built(text, "1", exercises=("gap",), word_bank=False)
    assert of_kind(plan, Gap) and "Accept any other answer that makes the line true." in key
    plan, sheet, key = built(text.replace("subject: Geography", "subject: Geography\nlang: fr"), "1",
                             exercises=("gap",), word_bank=False)
    assert "Accepter toute autre réponse qui rend la ligne juste." in key
    example = (Path(__file__).parents[2] / "packs" / "khrushchev.yaml").read_text()
    plan, sheet, key = built(example, "1", exercises=("tf",))
    assert of_kind(plan, TrueFalse) and "Accept any other correction that makes a false statement true." in key
    plan, sheet, key = built(text, "1", exercises=("gap",), word_bank=True)
    if plan.exercises.versions[0].sections[0].bank:
        assert "Accept any other answer" not in key  # the box's words are the answers


def test_a_maths_cards_figures_are_a_worked_example_not_points_to_write():
    text = """title: Averages
subject: Maths
cards:
  - title: Grouped data – estimating the mean
    points:
      - Use the **midpoints** – 155, 165, 175.
      - Multiply each midpoint by its frequency, 155 × 4 = 620.
      - It is only an **estimate**, because the exact values are lost.
      - The **modal class** is the class with the highest frequency.
  - title: Which average?
    points:
      - The **mean** uses every value but outliers pull it.
      - The **median** is not affected by outliers.
      - The **mode** suits data that are not numbers.
  - title: Averages compared
    points:
      - The **mean** uses every value but outliers pull it.
      - The **median** is not affected by outliers.
      - The **mode** suits data that are not numbers.
"""
    for seed in SEEDS[:2]:
        plan, sheet, key = built(text, seed, exercises=("short",))
        for short in of_kind(plan, Short):
            assert "155" not in key and "620" not in key, key


def test_a_definitions_blank_is_not_set_where_a_sibling_starts_alike_and_a_name_shows_its_letter():
    text = """title: Plant defences
subject: Biology
cards:
  - title: Physical defences
    points:
      - "**Cellulose cell walls** – a tough barrier microorganisms find hard to get through."
      - "**Cuticle** – a waxy layer covering the leaf."
      - "**Bark** – dead cells on trunks that fall away with pathogens."
  - title: Nigeria's places
    points:
      - "**Niger Delta** – thousands of oil spills over the decades."
      - "**Makoko** – a slum built on stilts over the lagoon in Lagos."
"""
    for seed in SEEDS:
        plan, sheet, key = built(text, seed, exercises=("gap",), word_bank=False)
        for gap in of_kind(plan, Gap):
            for segment in gap.answers:
                assert segment.text not in ("Cellulose cell walls", "Cuticle")
                if segment.text in ("Niger Delta", "Makoko"):
                    assert segment.hint == segment.text[:1]


def test_the_example_packs_title_years_are_not_asked_and_it_keeps_a_true_or_false_section():
    example = (Path(__file__).parents[2] / "packs" / "khrushchev.yaml").read_text()
    assert material(example).title_years == {1953, 1964, 1917, 1991}  # the title, and the course line "1917–91"
    for seed in SEEDS[:2]:
        plan, sheet, key = built(example, seed)
        assert of_kind(plan, TrueFalse)


def test_a_title_weighing_the_rest_of_the_pack_is_no_matching_title():
    from studypack.layouts.worksheet.exercises import Match
    cards = "\n".join(f"""  - title: {title}
    points: ["{first}", "{second}"]""" for title, first, second in [
        ("Evaluating the regeneration", "Downside – many new flats are expensive for local people.",
         "Population growth since 2001 shows people want to live here again."),
        ("City-centre living", "Old cotton mills in Ancoats were turned into flats and offices.",
         "A new marina and park were built at New Islington."),
        ("Transport", "Metrolink trams run on old railway lines and city streets.",
         "Cycle lanes and buses form the Bee Network across the region."),
        ("Decline", "Cotton mills closed as cheaper cloth came from abroad after 1950.",
         "The docks shut when container ships grew too big for the canal."),
        ("Salford Quays", "Media companies moved into new studios beside the old docks.",
         "Lottery money paid for an arts centre named after a painter."),
        ("Hulme", "Crescents of deck-access flats were damp and badly built.",
         "They were knocked down and replaced by streets of mixed housing.")])
    text = f"title: Manchester\nsubject: Geography\ncards:\n{cards}\n"
    for seed in SEEDS:
        plan, sheet, key = built(text, seed, exercises=("match",))
        matches = of_kind(plan, Match)
        assert matches and all("Evaluating the regeneration" not in (pair.title for pair in match.statements)
                               for match in matches)


def test_from_set_v_a_bull_is_no_person_a_long_lists_last_item_no_gap_and_a_far_year_no_option():
    line = "June 1520 – the papal bull Exsurge Domine gave him 60 days to recant."
    start = line.index("Exsurge")
    assert name_sort("Exsurge Domine", line, start, start + 14, frozenset()) == "thing:bull"
    text = "Spread too thin! Ruled Spain, the Netherlands, much of Italy and the Empire."
    assert _enumerated(text, _term(text, "Italy")) and _enumerated(text, _term(text, "Empire"))
    text = "Khrushchev's secret speech lasted four hours and was, at heart, a denunciation of Stalin."
    assert not _enumerated(text, _term(text, "four hours", "number"))
    assert _stands_apart(1990, [1960, 1560, 2010])  # the 1560s beside the 1990s: struck off at sight
    assert not _stands_apart(1350, [1290, 1420, 1480])
    assert is_scaffolding("Charles abdicated 1555–56. Exam tip – 1555 is a compromise, not a victory.")


def test_a_titles_note_to_self_is_not_printed_and_an_exclamation_does_not_hide_a_missing_subject():
    from studypack.layouts.worksheet.exercises.roles import printed_title
    assert printed_title("Luther's key beliefs (learn these!)") == "Luther's key beliefs"
    assert printed_title("Stratified sampling (Higher)") == "Stratified sampling (Higher)"
    source = material("""title: Charles V
subject: History
cards:
  - title: Charles V's problems (learn these!)
    points: ["Spread too thin! Ruled **Spain** and the **Empire** at once.", "The **Ottomans** attacked Vienna."]
""")
    ref = source.refs[0]
    context = source.context(ref, [])
    assert context and context[0].text == "Charles V's problems: "  # who ruled, only the title says


def test_from_set_w_debates_acronyms_broad_titles_tips_and_verb_forms():
    from studypack.layouts.worksheet.exercises.matching import _JUDGING, _same_stem
    from studypack.layouts.worksheet.exercises.short_answers import asks_a_question
    from studypack.layouts.worksheet.exercises.events import surveys
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, leans_on_previous
    from studypack.layouts.worksheet.exercises.translate import _cognate, _plain_gloss
    assert surveys("Socialism in One Country v Permanent Revolution")  # a debate, no dated event
    assert asks_a_question("Politics – who decides?")
    assert _same_stem("The Five-Year Plans", "3rd FYP 1938–41 – rearmament took over.")
    assert not _same_stem("Collectivisation", "3rd FYP 1938–41 – rearmament took over.")
    assert all(_JUDGING.match(title) for title in ("The Amazon – key facts", "Impacts on the environment",
                                                   "Conditions needed", "Conditions for rusting"))
    assert not _JUDGING.match("Conditions in the trenches") and not _JUDGING.match("Factors affecting braking distance")
    assert not _JUDGING.match("Negative impact of the economic reforms")
    assert is_scaffolding("Say 'hydrogen and carbon ONLY' or you lose the mark.")
    assert is_scaffolding("Watch the units – grams to kg first!") and GENERIC_HEADINGS.match("Number work")
    assert leans_on_previous("The second effect is the bigger one.")
    assert not leans_on_previous("The second Five-Year Plan built heavy industry.")
    assert _plain_gloss("bere – bevo, bevi, beve, beviamo, bevete, bevono") is None
    assert _plain_gloss("Object pronoun goes before the verb – Je l'utilise tous les jours") is None
    assert _cognate("il menù", "the menu")


def test_from_set_v_a_word_printed_inside_the_answer_or_its_opposite_tells_it():
    text = """title: Radiation
subject: Physics
cards:
  - title: Dangers
    points:
      - "**Irradiation** – being exposed to radiation from outside."
      - Alpha is the most dangerous **inside** the body, least dangerous outside.
      - "**Contamination** – radioactive atoms get onto or into something."
  - title: Fertility treatment
    points: ["**Infertility** – being unable to conceive.", "**IVF** joins egg and sperm outside the body."]
  - title: Amazon
    points:
      - Spread across **9 countries**; most is in Brazil, the rest in Peru and Colombia (plus Bolivia, Ecuador,
        Venezuela, Guyana, Suriname, French Guiana).
      - Huge projects like the **Belo Monte** dam flooded forest.
"""
    assert hideable(text, "Irradiation") == [] and hideable(text, "Alpha") == []
    assert hideable(text, "Spread") == [] and hideable(text, "Huge") == []
    source = material(text)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Infertility"))
    infertility = source.terms[ref][0]
    assert source.context(ref, [infertility]) in ((), None)  # never "Fertility treatment: I____"


def test_a_plural_answer_has_no_singular_peer_in_the_word_box():
    from studypack.layouts.worksheet.exercises.allocate import _peers
    source = material(MAO)
    line = "All the leading Old Bolsheviks were gone; Gosplan set the targets."
    bolsheviks = _term(line, "Old Bolsheviks", sort="organisation")
    gosplan = _term(line, "Gosplan", sort="organisation")
    assert not _peers(bolsheviks, gosplan, source.pool) and not _peers(gosplan, bolsheviks, source.pool)
    assert _peers(gosplan, _term("The Comintern met.", "Comintern", sort="organisation"), source.pool)


CELLS = """title: Cells
subject: Biology
cards:
  - title: Animal cells
    points:
      - "**Nucleus** – holds the genetic material that controls the cell."
      - "**Mitochondria** – where aerobic respiration releases energy."
      - "**Ribosomes** – where proteins are made from amino acids."
  - title: Plant cells
    points:
      - "**Chloroplasts** – absorb light for photosynthesis."
      - "**Permanent vacuole** – filled with sap that keeps the plant firm."
  - title: Bacteria
    points:
      - "**Plasmids** – small extra rings of DNA."
      - "**Flagellum** – a whip-like tail that moves the bacterium."
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_where_titles_give_no_matching_key_terms_are_matched_to_their_definitions(seed):
    from studypack.layouts.worksheet.exercises import Match
    plan, sheet, key = built(CELLS, seed, exercises=("match",))
    matches = of_kind(plan, Match)
    assert matches and "Write the letter of the matching definition in the box after each term." in sheet
    lines = {point.split(" – ")[0].strip('"*'): point.split(" – ")[1] for point in re.findall(r'- "(.+)"', CELLS)}
    for match in matches:
        assert len(match.pairs) >= 3 and match.spares
        for pair in match.statements:
            assert pair.defines and lines[pair.title.strip("*")].startswith(pair.text)
            assert f"{pair.title} " in sheet.replace("*", "") or pair in match.spares
    plan, sheet, key = built(CELLS.replace("subject: Biology", "subject: Biology\nlang: fr"), seed, exercises=("match",))
    assert "Écris la lettre de la définition correspondante" in sheet


def test_one_person_under_two_styles_is_not_two_options_and_an_ordinal_gets_no_made_up_neighbours():
    from studypack.layouts.worksheet.exercises.distractors import _same_person
    assert _same_person("Princess Elizabeth", "Elizabeth I") and _same_person("Mary", "Mary I")
    assert not _same_person("Thomas More", "Thomas Cromwell")
    source = material("""title: Chromosomes
subject: Biology
cards:
  - title: Sex determination
    points: ["22 pairs control general characteristics; the **23rd pair** are the sex chromosomes.",
             "There are **46** chromosomes in a body cell and **23** in a gamete."]
""")
    ref = source.refs[0]
    term = source.terms[ref][0]
    text = source.point(ref).text
    assert distractors(term, source.pool, random.Random(1), 3, text[:term.start] + text[term.end:]) is None


def test_lines_opening_on_but_all_part_of_or_for_others_lean_back():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    for line in ("BUT – rearmament created a labour shortage.", "All part of building the Volksgemeinschaft.",
                 "For others it was exciting – camps and uniforms."):
        assert leans_on_previous(line)
    assert not leans_on_previous("Butter was rationed from 1940.")


def test_one_river_under_two_names_a_verb_first_present_line_and_a_vocab_card():
    from studypack.layouts.worksheet.exercises.distractors import _same_person
    from studypack.layouts.worksheet.exercises.roles import VERB_FIRST, names_word_list
    assert _same_person("River Severn", "Severn Estuary") and not _same_person("North Korea", "South Korea")
    assert VERB_FIRST.match("Repeats over time so the waterfall retreats upstream.")
    assert names_word_list("Drainage basin vocab")


def test_from_set_y_sinking_sums_ranges_the_earth_and_easy_marks():
    from studypack.layouts.worksheet.exercises.beside import _in_range
    text = "Whole storm can be several hundred km wide (up to about 500–650 km)."
    assert _in_range(text, _term(text, "500", "number")) and _in_range(text, _term(text, "650 km", "number"))
    assert is_scaffolding("Draw and label a cross-section – easy marks.")
    text = """title: Aluminium
subject: Chemistry
cards:
  - title: Extraction
    points:
      - Most abundant metal in the Earth's crust, extracted by electrolysis since 1886.
      - 1 tonne of **alumina** gives 108/204 = about **0.53 tonnes** of aluminium.
      - Aluminium is more reactive than **carbon**, so it cannot be reduced by it.
"""
    assert "Earth" not in hideable(text, "Most abundant")
    for seed in SEEDS[:2]:
        plan, sheet, key = built(text, seed, exercises=("tf", "gap"))
        assert not any("108/204" in "".join(segment.text for segment in statement.segments)
                       for statement in of_kind(plan, TrueFalse))


def test_a_later_sentence_leaning_back_keeps_the_title_and_stem_changers_are_grammar():
    from studypack.layouts.worksheet.exercises.translate import _plain_gloss
    assert _plain_gloss("Other stem-changers here – pedir, dormir") is None
    source = material("""title: Nazi Germany
subject: History
cards:
  - title: Unemployment and the RAD
    points:
      - Historians talk about **invisible unemployment** – sacked women were not counted. So the drop looks better.
      - The **RAD** gave young men six months of labour service.
""")
    ref = source.refs[0]
    assert source.context(ref, [source.terms[ref][0]]) is None  # the title would print "unemployment"


def test_a_double_bond_is_no_equation():
    from studypack.layouts.worksheet.exercises.roles import EQUATION
    assert not EQUATION.search("Monomers must have a C=C double bond.") and not EQUATION.search("CH₂=CH₂ opens up.")
    assert all(EQUATION.search(text) for text in ("v = fλ", "x=5", "F=ma", "N₂ + 3H₂ ⇌ 2NH₃"))


def test_a_verbless_line_under_a_question_title_and_a_named_number_among_amounts():
    from studypack.layouts.worksheet.exercises.roles import has_verb
    assert not has_verb("Reply to the US Jupiter missiles in Turkey and Italy, right on the Soviet doorstep.")
    assert has_verb("The missiles were removed in November.") and has_verb("Khrushchev backed down.")
    source = material("""title: Cuba
subject: History
cards:
  - title: Why did Khrushchev put missiles in Cuba?
    points: ["Reply to the US **Jupiter missiles** in **Turkey** and Italy.", "He wanted to protect **Castro**."]
  - title: The Bay of Pigs
    points: ["Exiles were beaten within about **3 days**.", "The crisis became known as the **Thirteen Days**.",
             "About **1,400** exiles landed.", "Over **1,000** were captured and **100** killed."]
""")
    assert source.context(source.refs[0], []) is None
    ref = next(ref for ref in source.refs if "beaten" in source.point(ref).text)
    term = source.terms[ref][0]
    text = source.point(ref).text
    for seed in range(6):
        assert "Thirteen Days" not in (distractors(term, source.pool, random.Random(seed), 3,
                                                   text[:term.start] + text[term.end:]) or ())


def test_from_set_aa_formulas_in_maths_lines_title_words_regions_money_letters_and_lists_to_learn():
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS
    from studypack.layouts.worksheet.exercises.translate import _printed_in
    text = """title: Sequences
subject: Maths
cards:
  - title: Special sequences
    points: ["**Square numbers** – 1, 4, 9, 16 … nth term n².", "An **arithmetic** sequence adds the same amount."]
"""
    assert hideable(text, "Square") == [] and hideable(text, "An arithmetic") == ["arithmetic"]
    assert _printed_in("la città", "la mia città") and not _printed_in("il", "la mia città")
    line = "John Ball was executed in Central Asia."
    start = line.index("Central")
    assert name_sort("Central Asia", line, start, start + 12, frozenset()) == "region"
    from studypack.layouts.worksheet.exercises.candidates import _letter
    assert _letter(material(MAO), _term("About US$7 billion.", "US$7 billion")) == ""  # "≈ U____" reads as a word
    assert _letter(material(MAO), _term("Member of the African Union.", "African Union")) == "A"
    assert GENERIC_HEADINGS.match("Numbers to learn")


def test_a_number_its_title_prints_and_a_how_many_title():
    source = material("""title: Groups
subject: Chemistry
cards:
  - title: Group 7
    points: ["The halogens have **7** electrons in their outer shell.", "**Chlorine** is a green gas."]
  - title: How many people, and where?
    points: ["About **67 million** people live in the UK.", "Most live in **England**.", "**London** is the largest city."]
""")
    ref = source.refs[0]
    seven = source.terms[ref][0]
    assert source.context(ref, [seven]) in ((), None)  # never "Group 7: The halogens have ____ electrons"
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    assert not any(candidate.card == 1 for candidate in short_candidates(source))


def test_a_styled_name_is_a_person_wherever_it_stands():
    line = "Crown left to Lady Jane Grey – Protestant, and married to Guildford Dudley."
    start = line.index("Lady")
    assert name_sort("Lady Jane Grey", line, start, start + 14, frozenset()) == "person"
    line = "She studied at Queen Mary University in London."
    start = line.index("Queen")
    assert name_sort("Queen Mary University", line, start, start + 21, frozenset()) == "institution"


def test_from_sets_ab_and_ac_examples_figures_tips_pointers_and_temperatures():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    from studypack.layouts.worksheet.exercises.matching import _BARE_POINTER
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    from studypack.layouts.worksheet.exercises.translate import _bare_meaning
    text = """title: Materials
subject: Chemistry
cards:
  - title: Structures
    points:
      - "**Polymers** – very long chains, e.g. poly(ethene)."
      - Metals have high melting points – iron 1538 °C, copper **1085 °C**. But sodium only 98 °C.
"""
    assert hideable(text, "Polymers") == [] and hideable(text, "Metals") == []
    assert is_scaffolding("Draw and label the sequence – it's an easy 4 marks.")
    assert is_scaffolding("Costs vary a lot between textbooks – learn rough figures, not exact ones.")
    assert leans_on_previous("Plus weathering and mass movement.") and leans_on_previous("Most of these are automatic.")
    assert _BARE_POINTER.search("Farmers must balance the cost of these against the extra profit.")
    assert _bare_meaning("sixth-form age school. le lycée – age 15–18") == "sixth-form age school"
    body = _term("Body temperature is kept at 37 °C.", "37 °C", "number", value=37.0)
    options = [float(option.split()[0]) for position in range(4) for option in scaled(body, position=position)]
    assert options and all(abs(option - 37) >= 10 and option < 100 for option in options)  # never 9 or 74 °C


def test_a_year_before_a_noun_is_never_scaled_and_an_upside_down_tip_is_advice():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    census = _term("Counted in the 1890 census.", "1890 census", "number", value=1890.0)
    assert scaled(census) == []  # never "945 census"
    assert scaled(_term("It lasted 1200 years.", "1200 years", "number", value=1200.0))
    assert is_scaffolding("Efficiency > 1 means you've got it upside down!")


def test_from_set_ad_symbols_and_styles():
    from studypack.layouts.worksheet.exercises.beside import symbol_beside
    text = "Energy is measured in joules. 1 kJ = 1000 J."
    assert symbol_beside(text, _term(text, "joules", "term"))
    text = "With sodium it fizzes slowly: 2C₂H₅OH + 2Na → 2C₂H₅ONa + H₂."
    assert symbol_beside(text, _term(text, "sodium", "term"))
    text = "Power is measured in watts."
    assert not symbol_beside(text, _term(text, "watts", "term"))
    source = material("""title: Normans
subject: History
cards:
  - title: Churches
    points: ["Churches were rebuilt in the Romanesque style.", "**Lanfranc** became Archbishop of Canterbury in 1070."]
""")
    assert not any(term.text == "Romanesque" for terms in source.terms.values() for term in terms)
    line = "Churches were rebuilt in the **Romanesque** style."
    start = line.index("Romanesque")
    assert name_sort("Romanesque", line, start, start + 10, frozenset()) == "other"


def test_a_share_beside_the_other_share_is_not_changed_and_an_extra_detail_note_is_no_content():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material("""title: Blood
subject: Biology
cards:
  - title: Blood – the components
    points: ["Plasma ≈ **55%** of blood volume; cells and platelets ≈ 45%.", "**Platelets** help blood to clot."]
""")
    ref = source.refs[0]
    assert _true_false(source, ref, False) is None  # "Plasma ≈ 28%; cells ≈ 45%": the other share says 55%
    assert is_scaffolding("Clot keeps pathogens out. Fibrin mesh traps red cells (extra detail).")
