"""Round MK of the unseen-pack audit: "Spartacists = German communists who wanted a revolution like Russia's in 1917"
stood on a timeline dated 1917; "The value is higher than the true 900 J/kg °C …" was set as a statement with no
word of what value; "Catalysts let factories run at higher temperatures, saving energy and money" was false at
sight; "Plot ____ on the y-axis against ____ on the x-axis" was asked with no word of which graph. Round ML:
"Long-term: the 20-year Flood Action Plan …; 8 km dredged in 2014; …" stood on a timeline; "k____ – to get to know"
printed "kennengelernt" beside it; "Ich bin ____ groß – say it as eins fünfundsechzig" read its figure aloud;
"Pipette exactly 10 cm³ of alkali" was set false; "Decay is slower when it is warm …" sat beside "… so they rot
faster". Round MM: "leave near the b____; short chains leave at the top" told its answer; "Rose black spot (fungus)"
named its title "Fungal and protist diseases"; "boiling points" as an answer kept "Write four points about" off the
sheet; "The land around Bristol Temple Meads station, designed by Brunel and opened." stood on a timeline; "Brazil's
capital until 1960, when the government moved to ____" offered districts of Bristol. Round MN: "Always fill in the
intersection first, then work inwards" was set as a statement; "a 1 : 1 ratio, i.e. a ____ chance" printed its
answer. Round MO: "Richard intercepted Edward V at Titulus Regius" swapped an act for a place; "Married Elizabeth of
York" stood on a timeline with no one to marry; "Richard's remains were found under a Leicester car park" (2012)
stood last by sight on a sheet of 1455–1487; "because of the ____ ions" offered OH⁻ among molecules; "sodium is
____" offered 1,124 for 2,8,1; "lamp moved from ____ to ____. Distance × 3" took any pair; "measured in v____" sat
beside "→ V = ____ V". Round MP: "The Factory Act" (1833) stood on a timeline and as a prompt beside the 1844 and
1850 Acts; "Putting it together – identifying a salt" was asked with its one sample unsaid; "dilute acid" was
swapped for "dilute hydrochloric acid"; "80S ribosomes" was offered beside 105S and 210S; "it rained (regnen takes
haben)" printed its verb; "einfach – single" was asked beside "single room". Round MQ: "epicentre … near Talcahuano"
was set false for Concepción next door; "A car cruising at a steady ____" took any speed; "A positive acceleration
is a deceleration (slowing down)" was false at sight; "pH, acids and alkalis: p____ scale" printed its answer; "made
himself ____" offered people for a post; a scheme paid one mark for four features on one line. Round MR: "Unit:
s____" printed the symbol of seconds; "Not everyone opposed it." was set as a statement; "Predicting state at ____:"
took any temperature. Round MS: "PM₂.₅ = particles smaller than ____" printed its figure in its name; "How oxygen
increased: … became low enough" was false by its title; "Drake's raid on Cadiz: Drake attacked … in Cadiz harbour"
said its title twice; "Write 'alternate angles', not 'Z angles'" was credited in a scheme; "D____: draw a
right-angled triangle" sat beside "→ distance = ____"; "C'était un désastre ! – useful as a past opinion" was keyed
with its note. Round MT: "… a bonus due in 1945" dated a march of 1932, beside "The Bonus Army" itself; "Boom first:
the Dow Jones peaked" placed itself; "579,000" stood among 926,400 and 347,400; "No real device is ____ efficient"
left one figure worth denying. Round MU: "G7" was swapped for "Liverpool2"; "in the 1900s" was read as a century;
"volume in ____; any units work" and "mass in kg and height in m; unit ____" asked what the line leaves free or
prints. Round MV: "→ higher crop yields and food insecurity" was false at sight; "They shall not pass" was blanked
beside "(Ils ne passeront pas)"; "the same number of electrons" was set false for protons. Round MW: "International
migration: … Windrush generation, 1950s–60s … in 2004" stood as one event; "The company ended the ban." said not
which; "Public Health Act" (1875) stood beside a card line on the Act of 1848. Own read: "Published On the Fabric of
the Human Body" had no author; "Why the change: …" stood on a timeline. Round MX: "Advocatus Sancti Sepulchri", a
title, was offered among people; "The crusaders broke in …" said not where; "T____: warmer → …" said its quantity;
"Direction: upwards only | up and down" stood as a statement; "Industrial output rises when power is short" and
"shifted away from the red end" under "Red-shift" were false at sight. Own read: "Cycling City: money for cycle
lanes; the Railway Path runs 13 miles" stood on a timeline. Round MY: "the black American athlete ____" offered Nazi
leaders beside Jesse Owens. Final read: "Elite schools — ____ and Adolf Hitler Schools" offered churchmen beside the
Napolas. And the timeline now keeps to four or more dated cards where a pack has them, with no event cut from a
line."""
from __future__ import annotations

from sheet_builds import material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, Match, PointRef, TrueFalse, plain
from studypack.layouts.worksheet.exercises.roles import leans_on_previous


def _events(source) -> list[str]:
    """The texts of the timeline events the material offers."""
    return [candidate.event.text for candidate in event_candidates(source)]

def test_a_definition_and_a_year_of_what_it_is_compared_with_are_no_timeline_events():
    source = material(pack_yaml("Weimar in crisis", "History", [
        ("The Spartacist Uprising", [
            "**Spartacists** = German communists who wanted a revolution like Russia's in **1917**.",
            "Led by **Rosa Luxemburg** and **Karl Liebknecht**."]),
        ("The Kapp Putsch", ["Freikorps troops seized Berlin in **March 1920**.",
                             "A general strike by Berlin workers ended it."]),
        ("The Ruhr", ["French and Belgian troops marched into the Ruhr in **1923**.",
                      "Workers answered with passive resistance."]),
        ("Reform", ["Germany moved to a new currency like Austria's in **1924**."])]))
    events = _events(source)
    assert not any("Spartacists" in text or "currency" in text for text in events), events
    assert any("Ruhr" in text for text in events), events


def test_a_value_worked_out_in_the_lines_before_is_not_asked_alone():
    assert leans_on_previous("The value is higher than the true 900 J/kg °C because some energy is lost.")
    assert leans_on_previous("Your final answer will be too low if heat escapes.")
    assert not leans_on_previous("The value of c for water is 4200 J/kg °C.")
    pack = pack_yaml("Heating things up", "Physics", [
        ("Measuring c", [
            "Heat a 1 kg aluminium block with a **50 W** heater for 10 minutes.",
            "The value is higher than the true **900 J/kg °C** because energy is **lost to the surroundings**.",
            "Wrap the block in **insulation** to cut losses."]),
        ("Specific heat capacity", ["Water has a high specific heat capacity of **4200 J/kg °C**.",
                                    "Copper needs only **390 J/kg °C**.", "Oil heats up faster than water."]),
        ("Latent heat", ["Melting ice needs **334,000 J/kg**.", "Boiling water needs **2,260,000 J/kg**."])])
    for seed in "1234":
        for question in of_kind(planned(pack, seed), (Gap, TrueFalse)):
            assert question.point != PointRef(0, 1), (seed, plain(question.segments))


def test_a_graph_frame_with_its_axes_blanked_keeps_its_title_or_is_not_asked():
    source = material(pack_yaml("Rates", "Chemistry", [
        ("Measuring rate – volume of gas", [
            "Collect the gas in a **gas syringe**.",
            "Plot **volume of gas (cm^3^)** on the y-axis against **time (s)** on the x-axis"])]))
    ref = PointRef(0, 1)
    assert source.context(ref, list(source.terms[ref])) is None


def test_a_list_of_responses_under_a_hyphenated_label_is_no_timeline_event():
    source = material(pack_yaml("Flooding in Somerset", "Geography", [
        ("Somerset Levels floods", [
            "Heavy rain fell through **January 2014**.",
            "Long-term: the 20-year **Flood Action Plan**; **8 km** of river dredged in **2014**; roads raised."]),
        ("Boscastle", ["A flash flood swept through the village in **August 2004**."]),
        ("Cumbria", ["Storm Desmond flooded Carlisle in **December 2015**."])]))
    events = _events(source)
    assert not any("Flood Action Plan" in text for text in events), events
    assert any("flash flood" in text for text in events), events


def test_a_separable_verbs_participle_and_a_figure_read_aloud_give_their_answers_away():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    from studypack.layouts.worksheet.exercises.material import _root_told
    assert _root_told("to meet / get to know. ich habe ihn in der grundschule kennengelernt.", "kennenlernen")
    assert not _root_told("to meet / get to know. ich habe ihn in der grundschule getroffen.", "kennenlernen")
    source = material(pack_yaml("Wie siehst du aus?", "German", [
        ("Größe", ["Ich bin **1,65 m** groß – say it as *eins fünfundsechzig*.", "Er ist **1,80 m** groß."])]))
    said, plain_figure = source.terms[PointRef(0, 0)][0], source.terms[PointRef(0, 1)][0]
    assert told_beside(source.pack.cards[0].points[0], said)
    assert not told_beside(source.pack.cards[0].points[1], plain_figure)


_TITRATION = pack_yaml("Moles and titrations", "Chemistry", [
    ("Titration method", [
        "**Pipette** exactly **25.0 cm^3^** of alkali into a conical flask.",
        "Add acid from the **burette** until the indicator just changes colour.",
        "Repeat until titres agree within **0.10 cm^3^**."]),
    ("Gas volumes", ["One mole of any gas fills **24 dm^3^** at room temperature.",
                     "20 cm^3^ of hydrogen needs **10 cm^3^** of oxygen."]),
    ("Decomposition", [
        "Decay is faster when it is **warm**, **moist** and there is plenty of **oxygen**.",
        "**Decomposers** such as bacteria and fungi break down dead matter.",
        "**Compost** heaps: gardeners turn them (adds oxygen) and keep them damp so they rot faster."]),
    ("Concentration", ["Concentration is measured in **mol/dm^3^**.", "Divide moles by volume in **dm^3^**."]),
    ("Yield", ["Percentage yield is always below **100%**.", "Some product is lost when filtering."])])


def test_a_method_step_is_no_statement_and_a_turned_line_never_sits_beside_its_cards_own_words():
    for seed in map(str, range(1, 13)):
        plan = planned(_TITRATION, seed)
        statements = of_kind(plan, TrueFalse)
        assert not any(question.point == PointRef(0, 0) for question in statements), seed
        turned = [question for question in statements if question.point == PointRef(2, 0) and not question.true]
        if turned:
            printed = " ".join(plain(getattr(question, "segments", ())) for question in
                               (question for section in plan.exercises.sections for question in section.questions))
            printed += " ".join(pair.text for block in of_kind(plan, Match) for pair in block.pairs + block.spares)
            assert "rot faster" not in printed, seed


def test_the_other_half_of_a_pair_beside_the_blank_fills_it():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("Crude oil", "Chemistry", [("Fractional distillation", [
        "Long chains (high boiling points) leave near the **bottom**; short chains leave at the **top** as gases.",
        "Bitumen is drawn off near the **bottom** of the column."])]))
    point, other = source.pack.cards[0].points
    assert told_beside(point, source.terms[PointRef(0, 0)][0])
    assert not told_beside(other, source.terms[PointRef(0, 1)][0])


def test_a_latin_form_of_the_titles_word_names_its_title():
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    assert _same_stem("Fungal and protist diseases", "Rose black spot (fungus): purple or black spots on leaves")
    assert _same_stem("Viral diseases", "Measles virus spreads by droplets")
    assert not _same_stem("Fungal and protist diseases", "Malaria: spread by mosquitoes; causes recurring fevers")


def test_a_two_word_answer_ending_in_a_word_of_the_sheets_instructions_tells_no_prompt():
    from studypack.layouts.worksheet.exercises.material import _telling
    assert "points" not in _telling("boiling points")
    assert "pacemaker" in _telling("artificial pacemaker")


def test_a_thing_described_with_the_participle_its_date_closed_is_no_event():
    source = material(pack_yaml("Bristol and the Americas", "History", [
        ("Temple Meads", ["The land around **Temple Meads** station, designed by **Brunel** and opened in **1840**.",
                          "Later the old station became a museum."]),
        ("Independence", ["The Declaration was written by **Jefferson** and adopted on **4 July 1776**."]),
        ("The war ends", ["Britain recognised American independence in **1783**."])]))
    events = _events(source)
    assert not any("Temple Meads" in text for text in events), events
    assert any("Declaration" in text for text in events), events


_TWO_CITIES = pack_yaml("Urban issues in Rio and Bristol", "Geography", [
    ("Rio de Janeiro — location", [
        "Brazil's capital until **1960**, when the government moved to **Brasília**.",
        "Built between the mountains and the Atlantic."]),
    ("Rio's growth", ["Migrants arrive from the poor **north-east** of Brazil.",
                      "Over **6 million** people live in Rio."]),
    ("Rio's Olympics", ["Metro **Line 4** runs to **Barra da Tijuca**.", "The Games were held in **2016**."]),
    ("Bristol's port", ["Big ships moved to **Avonmouth** and **Portbury**.", "Tobacco factories closed."]),
    ("Temple Quarter", ["A planned arena was moved to **Filton** in **2018**.", "Up to **22,000** jobs are planned."]),
    ("Bristol today", ["About **470,000** people live in **Bristol**.", "The **Engine Shed** opened in **2013**."])])


def test_a_place_a_possessive_name_places_is_offered_only_among_its_own_cards_places():
    from studypack.layouts.worksheet.exercises.questions import Choice
    for seed in map(str, range(1, 9)):
        for question in of_kind(planned(_TWO_CITIES, seed), Choice):
            if question.point == PointRef(0, 0):
                assert not {"Avonmouth", "Filton", "Portbury"} & set(question.options), (seed, question.options)


def test_a_method_step_after_always_is_no_statement():
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION
    assert _INSTRUCTION.match("Always fill in the intersection first, then work outwards.")


def test_a_figure_restated_after_a_ratio_is_read_off_its_line():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("Genetic crosses", "Biology", [("Ratios", [
        "A cross of **Bb × bb** gives a **1 : 1** ratio, i.e. a **50%** chance of each phenotype.",
        "About **25%** of the offspring of two carriers have the disorder."])]))
    said = next(term for term in source.terms[PointRef(0, 0)] if term.text == "50%")
    alone = source.terms[PointRef(0, 1)][0]
    assert told_beside(source.pack.cards[0].points[0], said)
    assert not told_beside(source.pack.cards[0].points[1], alone)


def test_four_dated_cards_make_the_timeline_without_events_cut_from_lines():
    cards = [(title, [f"{line} in **{year}**.", "Many people were killed."]) for title, line, year in (
        ("The Kapp Putsch", "Freikorps units seized Berlin", "1920"),
        ("The Munich Putsch", "The Nazis marched through Munich", "1923"),
        ("The Spartacist Uprising", "Communists rose in Berlin", "1919"),
        ("The Weimar Constitution", "A new constitution was agreed at Weimar", "1919"),
        ("Hyperinflation", "Prices doubled every few days", "1923"))]
    text = pack_yaml("Weimar Germany", "History", cards).replace(
        "  - title: The Kapp Putsch\n", "  - title: The Kapp Putsch\n    date: March 1920\n").replace(
        "  - title: The Munich Putsch\n", "  - title: The Munich Putsch\n    date: November 1923\n").replace(
        "  - title: The Spartacist Uprising\n", "  - title: The Spartacist Uprising\n    date: January 1919\n").replace(
        "  - title: The Weimar Constitution\n", "  - title: The Weimar Constitution\n    date: August 1919\n")
    events = [candidate.event for candidate in event_candidates(material(text))]
    assert len(events) == 4 and all(isinstance(event.source, int) for event in events), events
    fewer = text.replace("    date: August 1919\n", "")
    assert any(not isinstance(candidate.event.source, int) for candidate in event_candidates(material(fewer)))


def test_a_worked_line_naming_its_result_in_words_is_asked_from_its_givens():
    from studypack.layouts.worksheet.exercises.calculations import arrowed, worked
    from studypack.source import loads
    for line, title, stem, answer in (
            ("Example: a fair coin is flipped **50** times. Expected heads = ½ × 50 = **25**", "Expected outcomes",
             "Expected outcomes: a fair coin is flipped 50 times → Expected heads = ____", "25"),
            ("Example: a pin lands point up **42** times in **120** throws. Relative frequency = 42/120 = **0.35**",
             "Relative frequency", "Relative frequency: a pin lands point up 42 times in 120 throws → "
                                   "Relative frequency = ____", "0.35")):
        card = loads(f"title: t\ncards:\n  - title: {title}\n    points:\n      - '{line}'\n", "w.yaml").cards[0]
        found = worked(arrowed(card.points[0]), title)
        assert found is not None, line
        assert f"{found.context}: {found.givens} → {found.asked}____" == stem
        assert found.number == answer


def test_a_verb_done_to_a_name_is_dated_under_its_title_and_a_law_set_out_in_a_document_is_no_place():
    source = material(pack_yaml("The Wars of the Roses", "History", [
        ("Henry VII secures the throne", ["Married **Elizabeth of York** on **18 January 1486**.",
                                          "Crowned at Westminster before the wedding."]),
        ("Richard III's seizure of power", [
            "Richard intercepted Edward V at **Stony Stratford** on **30 April 1483**.",
            "The claim was later set out in **Titulus Regius** (**1484**)."]),
        ("Bosworth", ["**Henry Tudor** defeated Richard at **Bosworth** on **22 August 1485**."])]))
    events = _events(source)
    assert "Henry VII secures the throne: married Elizabeth of York." in events, events
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Titulus Regius"] == "document" and sorts["Stony Stratford"] == "place", sorts


def test_an_event_far_outside_the_packs_period_is_no_timeline_event():
    source = material(pack_yaml("The Wars of the Roses, 1455–1487", "History", [
        ("Bosworth", ["Richard III was killed at Bosworth in **1485**.",
                      "Richard's remains were found under a Leicester car park in **2012**."]),
        ("Towton", ["Edward IV won at Towton in **1461**."]),
        ("St Albans", ["York's men killed Somerset at St Albans in **1455**."]),
        ("Stoke", ["Henry VII beat the rebels at Stoke in **1487**."])]))
    events = _events(source)
    assert not any("car park" in text for text in events), events
    assert any("Towton" in text for text in events), events


def test_an_electron_arrangement_is_no_figure_and_an_ion_stands_only_among_ions():
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    source = material(pack_yaml("The periodic table", "Chemistry", [
        ("Group 1", ["Worked example: sodium is **2,8,1** → group 1.",
                     "The solution is alkaline because of the **OH^-^** ions.",
                     "Chlorine is **2,8,7**; it forms **Cl^-^** ions."]),
        ("Group 7", ["Chlorine gas is **Cl~2~**; bromine is **Br~2~**.", "Hydrogen chloride is **HCl**."])]))
    terms = {term.text: term for ref in source.refs for term in source.terms[ref]}
    assert terms["2,8,1"].kind == "term" and terms["2,8,1"].sort == "shells"
    assert same_sort(terms["2,8,1"], terms["2,8,7"])
    assert not same_sort(terms["OH⁻"], terms["Cl₂"]) and not same_sort(terms["OH⁻"], terms["HCl"])


def test_a_worked_examples_figures_related_by_a_step_are_not_blanked():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("Light and photosynthesis", "Biology", [("Inverse square law", [
        "Worked example: lamp moved from **10 cm** to **30 cm**. Distance × 3, so intensity × 1/9.",
        "Light intensity falls to a quarter when the lamp is **twice** as far."])]))
    point = source.pack.cards[0].points[0]
    assert all(told_beside(point, term) for term in source.terms[PointRef(0, 0)] if term.kind == "number")


def test_a_units_symbol_printed_on_the_sheet_tells_the_units_name():
    from studypack.layouts.worksheet.exercises.material import _telling
    assert "V" in _telling("volts (V)") and "Ω" in _telling("ohms (Ω)")
    assert "A" not in _telling("current (A)")


def test_an_expression_the_cards_title_says_to_expand_or_factorise_is_asked_with_its_result():
    from studypack.layouts.worksheet.exercises.calculations import equated
    from studypack.source import loads

    def read(line: str, title: str):
        card = loads(f"title: t\ncards:\n  - title: {title}\n    points:\n      - '{line}'\n", "a.yaml").cards[0]
        return equated(card.points[0], title)
    found = read("(x + 3)(x + 5) = x^2^ + 5x + 3x + 15 = **x^2^ + 8x + 15**", "Expanding double brackets")
    assert (found.context, found.givens, found.number) == ("Expanding double brackets", "(x + 3)(x + 5)",
                                                           "x² + 8x + 15")
    found = read("Expand and simplify: 3(x + 2) - 2(x - 4) = 3x + 6 - 2x + 8 = **x + 14**", "Brackets")
    assert (found.context, found.number) == ("Expand and simplify", "x + 14")
    assert read("6x + 15 = **3(2x + 5)**", "Factorising").number == "3(2x + 5)"
    assert read("6x + 15 = **3(2x + 5)**", "Two ways to write it") is None  # (nothing says to factorise)


_FACTORY_ACTS = pack_yaml("Industrial Britain", "History", [
    ("The Factory Act", ["Applied to **textile mills**.", "No children under **9** to be employed.",
                         "Children aged 9–13 worked at most **9 hours** a day.", "Four **inspectors** enforced it."]),
    ("Later reforms", ["The **1844 Factory Act** limited women to **12 hours**.",
                       "The **1850 Factory Act** fixed the working day."]),
    ("The Mines Act", ["Banned women and children under **10** from working underground."]),
    ("Canals", ["The **Bridgewater Canal** halved the price of coal in Manchester."])]).replace(
    "  - title: The Factory Act\n", "  - title: The Factory Act\n    date: 1833\n").replace(
    "  - title: The Mines Act\n", "  - title: The Mines Act\n    date: 1842\n").replace(
    "  - title: Canals\n", "  - title: Canals\n    date: 1761\n")


def test_a_title_another_card_names_beside_another_year_is_no_event_and_its_prompt_carries_its_date():
    from studypack.layouts.worksheet.exercises.questions import Short
    events = _events(material(_FACTORY_ACTS))
    assert "The Factory Act" not in events and "The Mines Act" in events, events
    prompts = {question.prompt for seed in "1234" for question in of_kind(planned(_FACTORY_ACTS, seed), Short)}
    assert "Write three points about: The Factory Act (1833)." in prompts, prompts


def test_a_card_working_one_unknown_sample_is_no_short_answer():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    source = material(pack_yaml("Chemical analysis", "Chemistry", [
        ("Putting it together – identifying a salt", [
            "Flame test: **lilac** flame → potassium ions.", "Add nitric acid, then silver nitrate → **cream** "
            "precipitate.", "Cream precipitate means bromide ions.", "So the salt is **potassium bromide**."]),
        ("Flame tests", ["Lithium gives a **crimson** flame.", "Sodium gives a **yellow** flame.",
                         "Potassium gives a **lilac** flame.", "Copper gives a **green** flame."])]))
    asked = {candidate.card for candidate in short_candidates(source)}
    assert 0 not in asked and 1 in asked, asked


def test_a_figure_with_a_letter_glued_on_is_a_name_not_an_amount():
    source = material(pack_yaml("Cells", "Biology", [("Organelles", [
        "Eukaryotic cells have **80S ribosomes**; bacteria have **70S ribosomes**.",
        "A **12V** supply lights the microscope lamp."])]))
    terms = {term.text: term for ref in source.refs for term in source.terms[ref]}
    assert terms["80S ribosomes"].kind == "term" and terms["80S ribosomes"].sort == "code"
    assert terms["12V"].kind == "number"


def test_a_grammar_note_naming_the_word_and_a_meaning_that_opens_another_are_not_asked():
    from random import Random
    from studypack.layouts.worksheet.exercises.translate import translations
    from studypack.source import loads
    pack = loads(pack_yaml("Urlaub", "German", [("Reisen", [
        "**Es hat geregnet** – it rained (regnen takes haben); **Es hat geschneit** – it snowed",
        "**das Einzelzimmer** – single room; **das Doppelzimmer** – double room",
        "**die Fahrkarte** – ticket; **einfach** – single; **hin und zurück** – return",
        "**der Bahnhof** – station", "**der Zug** – train", "**das Gepäck** – luggage"])]), "u.yaml")
    asked = [item for seed in range(8) for item in translations(pack, Random(seed), 10)]
    assert not any("einfach" in str(item) for item in asked), asked
    assert not any("regnen" in str(item) for item in asked), asked
    assert any("geregnet" in str(item) for item in asked), asked


def test_an_option_the_stem_says_in_another_form_is_not_offered():
    from studypack.layouts.worksheet.exercises.distractors import _stem_word_of
    shown = "the sun heats water → water evaporates; plants lose water vapour by ."
    assert _stem_word_of("evaporation", shown)
    assert not _stem_word_of("condensation", shown) and not _stem_word_of("transpiration", shown)


def test_a_place_near_the_one_named_and_a_speed_held_steady_are_not_asked():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    quake = pack_yaml("Tectonic hazards", "Geography", [
        ("Chile 2010", ["Magnitude **8.8**, epicentre off the coast, near **Concepción**.",
                        "The port of **Talcahuano** was damaged.", "About **500** people died."]),
        ("Nepal 2015", ["Magnitude **7.8**, epicentre near **Gorkha**.", "Almost **9,000** people died.",
                        "Temples in **Kathmandu** collapsed."])])
    for seed in map(str, range(1, 9)):
        for statement in of_kind(planned(quake, seed), TrueFalse):
            assert not (statement.point == PointRef(0, 0) and not statement.true and statement.correction
                        == "Concepción"), seed
    source = material(pack_yaml("Forces", "Physics", [("Balanced forces", [
        "A car cruising at a steady **30 m/s** has driving force = **friction** + **air resistance**."])]))
    figure = next(term for term in source.terms[PointRef(0, 0)] if term.kind == "number")
    assert told_beside(source.pack.cards[0].points[0], figure)


def test_a_two_letter_symbol_in_the_title_names_the_hidden_term_and_a_post_is_no_person():
    source = material(pack_yaml("Acids", "Chemistry", [
        ("pH, acids and alkalis", ["**pH scale**: **0–14**; below 7 acidic, **7** neutral, above 7 alkaline",
                                   "Acids make **hydrogen ions** in water."])]))
    hidden = [term for term in source.terms[PointRef(0, 0)] if term.text == "pH scale"]
    assert not source.context(PointRef(0, 0), hidden)  # (no title printed: it names the answer)
    source = material(pack_yaml("Russia", "History", [("War", [
        "In **September 1915** Nicholas made himself **Commander-in-Chief** of the army."])]))
    sorts = {term.text: term.sort for term in source.terms[PointRef(0, 0)]}
    assert sorts["Commander-in-Chief"] == "office", sorts


def test_a_line_of_features_set_apart_by_semicolons_keeps_its_card_off_the_short_answers():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    source = material(pack_yaml("Russia", "History", [
        ("War Communism and the Red Terror", [
            "**War Communism** = the economic policy used to supply the army during the civil war.",
            "**grain requisitioning**; **nationalisation** of industry; ban on **private trade**; rationing",
            "The **Cheka** executed thousands of 'class enemies'.", "Peasants hid their grain from the state."]),
        ("Dual Power", ["The **Provisional Government** shared power with the **Petrograd Soviet**.",
                        "**Order No. 1** let the Soviet control the army.", "Neither side could rule alone.",
                        "The war went on, and so did the shortages."])]))
    asked = {candidate.card for candidate in short_candidates(source)}
    assert 0 not in asked and 1 in asked, asked


def test_a_unit_by_name_is_no_gap_but_stays_a_fair_swap():
    from studypack.layouts.worksheet.exercises.beside import unit_named
    source = material(pack_yaml("Waves", "Physics", [("Period", [
        "**Period** = time for one wave to pass a point. Unit: **seconds (s)**.",
        "Potential difference is measured in **volts** with a **voltmeter**."])]))
    units = [term for ref in source.refs for term in source.terms[ref] if unit_named(term)]
    assert {term.text for term in units} == {"seconds (s)", "volts"}
    for seed in map(str, range(1, 7)):
        for gap in of_kind(planned(_WAVES, seed), Gap):
            assert not any(unit_named(term) for term in material(_WAVES).terms[gap.point]
                           if any(blank.text == term.text for blank in gap.answers)), seed


_WAVES = pack_yaml("Waves", "Physics", [
    ("Describing waves", ["**Period** = time for one wave to pass a point. Unit: **seconds (s)**.",
                          "**Wavelength** = distance from crest to crest. Unit: **metres (m)**.",
                          "**Amplitude** = the greatest height from the rest position."]),
    ("Wave speed", ["Wave speed = **frequency** × **wavelength**.", "Sound travels at about **330 m/s** in air."]),
    ("Light", ["Light travels at **300,000 km/s**.", "**Refraction** is the bending of light at a boundary."])])


def test_a_short_clause_ending_on_it_and_a_figure_in_a_methods_heading_are_not_asked():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    assert leans_on_previous("Not everyone opposed it – Nixon claimed the support of a silent majority.")
    assert not leans_on_previous("Johnson escalated the war after the Gulf of Tonkin.")
    source = material(pack_yaml("States", "Chemistry", [("Melting and boiling", [
        "Predicting state at **25 °C**: below the melting point → solid; above the boiling point → gas.",
        "Water boils at **100 °C** at sea level."])]))
    rule, fact = (source.terms[PointRef(0, index)][0] for index in (0, 1))
    assert told_beside(source.pack.cards[0].points[0], rule)
    assert not told_beside(source.pack.cards[0].points[1], fact)


def test_advice_on_wording_is_no_scheme_point_and_a_usage_note_is_no_meaning():
    from random import Random
    from studypack.layouts.worksheet.exercises.short_answers import _ANSWERING_ADVICE
    from studypack.layouts.worksheet.exercises.translate import translations
    from studypack.source import loads
    assert _ANSWERING_ADVICE.match("Write 'alternate angles', not 'Z angles': the letter names get no marks.")
    assert not _ANSWERING_ADVICE.match("Alternate angles are equal (Z shape).")
    pack = loads(pack_yaml("Les vacances", "French", [("Opinions", [
        "**C'était un désastre !** – useful as a past opinion", "**C'était génial** – it was great",
        "**la plage** – the beach", "**le camping** – the campsite", "**l'hôtel** – the hotel"])]), "v.yaml")
    asked = [str(item) for seed in range(6) for item in translations(pack, Random(seed), 10)]
    assert not any("désastre" in item for item in asked), asked


def test_the_head_word_of_a_long_answer_printed_elsewhere_tells_it():
    from studypack.layouts.worksheet.exercises.material import _telling
    assert "Distance" in _telling("Distance between two points")
    assert "Battle" not in _telling("Battle of Hastings")


def test_a_figure_in_a_name_a_direction_in_the_title_and_a_title_the_line_names_in_full():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("Air pollution", "Chemistry", [("Pollutants", [
        "**PM~2.5~** = particles smaller than **2.5 μm**, which reach deep into the lungs.",
        "Soot particles are about **10 μm** across."])]))
    figure = next(term for term in source.terms[PointRef(0, 0)] if term.text == "2.5 μm")
    assert told_beside(source.pack.cards[0].points[0], figure)
    source = material(pack_yaml("Elizabeth I", "History", [("Drake's raid on Cadiz", [
        "**Drake** attacked the Spanish fleet in **Cadiz** harbour in **1587**.",
        "About **30** ships were destroyed."])]))
    assert source.context(PointRef(0, 0), []) == ()
    assert source.context(PointRef(0, 1), [])  # (the second line names neither: it keeps its title)


def test_a_year_still_to_come_an_order_label_and_a_line_of_a_dated_cards_own_event_make_no_timeline_events():
    from studypack.layouts.worksheet.exercises.events import conflicts
    text = pack_yaml("The USA, 1929–1941", "History", [
        ("The Wall Street Crash", ["Boom first: the **Dow Jones** peaked at **381** in **September 1929**.",
                                   "Share prices fell by a third in a week."]),
        ("The Bonus Army", ["About **17,000** veterans marched on **Washington** to demand a bonus due in **1945**.",
                            "Hoover sent in the army in **July 1932**."]),
        ("The New Deal", ["**Roosevelt** won the election in **1932**."]),
        ("Re-election", ["FDR was re-elected in **1936**, winning 46 of the 48 states."])]).replace(
        "  - title: The Bonus Army\n", "  - title: The Bonus Army\n    date: July 1932\n").replace(
        "  - title: The Wall Street Crash\n", "  - title: The Wall Street Crash\n    date: October 1929\n")
    source = material(text)
    events = _events(source)
    assert not any("bonus due" in event or "Boom first" in event for event in events), events
    from studypack.layouts.worksheet.exercises.questions import Event
    army = Event("The Bonus Army", "July 1932", (1932, 7), 1)
    march = Event("Veterans marched on Washington.", "1932", (1932, 0), PointRef(1, 0))
    hoover = Event("Hoover sent in the army.", "August 1932", (1932, 8), PointRef(1, 1))
    crash = Event("The Wall Street Crash", "October 1929", (1929, 10), 0)
    assert conflicts(army, hoover) and conflicts(march, army) and not conflicts(crash, hoover)
    assert not conflicts(Event("Roosevelt won.", "1932", (1932, 0), PointRef(2, 0)),
                         Event("FDR was re-elected.", "1936", (1936, 0), PointRef(2, 1)))


def test_figures_rounded_to_the_thousand_are_offered_among_thousands_and_a_denial_asks_no_figure():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    source = material(pack_yaml("Migration", "Geography", [("Poles in the UK", [
        "In 2011 there were **579,000** Polish-born people in the UK.", "No real device is **100%** efficient."])]))
    figure = next(term for term in source.terms[PointRef(0, 0)] if term.marked)
    assert figure.text == "579,000"
    assert all(option.endswith(",000") for option in scaled(figure, "", "", 1)), scaled(figure, "", "", 1)
    for seed in "1234":
        from studypack.layouts.worksheet.exercises.questions import Choice
        assert not any(choice.point == PointRef(0, 1) for choice in of_kind(planned(pack_yaml("Energy", "Physics", [
            ("Efficiency", ["No real device is **100%** efficient.", "A kettle is about **90%** efficient.",
                            "A filament bulb is about **10%** efficient.", "An LED is about **40%** efficient."])]),
            seed), Choice)), seed


def test_codes_of_other_shapes_a_century_decade_and_units_left_free_or_printed_are_not_asked():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    source = material(pack_yaml("The UK economy", "Geography", [("Links", [
        "The **Liverpool2** container terminal opened in **2016**.", "The UK is in the **G7** and **G20**.",
        "Coal employed over a million people in the **1910s**; by the **1980s** pits were closing."])]))
    terms = {term.text: term for ref in source.refs for term in source.terms[ref]}
    assert not same_sort(terms["G7"], terms["Liverpool2"]) and same_sort(terms["G7"], terms["G20"])
    from studypack.layouts.worksheet.exercises.distractors import _year_candidates
    assert all("1900s" not in text for _, text, _ in _year_candidates(terms["1910s"], source.pool))
    source = material(pack_yaml("Particles", "Physics", [("Gas pressure", [
        "Compare two states: **p~1~V~1~ = p~2~V~2~** (pressure in **Pa**, volume in **m^3^**; any units work)",
        "BMI = mass ÷ height², with mass in **kg** and height in **m**; unit **kg m^-2^**.",
        "Density of water is **1000 kg/m^3^**."])]))
    point = {ref: source.pack.cards[0].points[ref.point] for ref in source.refs}
    cubed = next(term for term in source.terms[PointRef(0, 0)] if term.text == "m³")
    assert told_beside(point[PointRef(0, 0)], cubed)
    unit = next(term for term in source.terms[PointRef(0, 1)] if term.text.startswith("kg m"))
    assert told_beside(point[PointRef(0, 1)], unit)


def test_a_saying_with_its_other_language_in_brackets_and_protons_for_electrons_are_not_asked():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("The First World War", "History", [("Verdun", [
        'French defence led by **Pétain**; slogan "**They shall not pass**" (Ils ne passeront pas).',
        "Haig's order was 'backs to the wall', given in **April 1918**."])]))
    saying = next(term for term in source.terms[PointRef(0, 0)] if term.text == "They shall not pass")
    assert told_beside(source.pack.cards[0].points[0], saying)
    assert not told_beside(source.pack.cards[0].points[1], source.terms[PointRef(0, 1)][0])
    atoms = pack_yaml("Atomic structure", "Chemistry", [
        ("Isotopes", ["Isotopes = atoms of the same element with the same number of **protons** but a different "
                      "number of **neutrons**.", "Chlorine has two isotopes, **Cl-35** and **Cl-37**."]),
        ("Particles", ["**Electrons** orbit the nucleus in shells.", "**Protons** and **neutrons** make up the "
                       "nucleus.", "**Electrons** have almost no mass."])])
    for seed in map(str, range(1, 9)):
        for statement in of_kind(planned(atoms, seed), TrueFalse):
            assert not (statement.point == PointRef(0, 0) and not statement.true
                        and statement.correction == "protons"), seed


def test_a_list_spanning_decades_is_no_event_and_the_ones_named_before_take_their_title():
    source = material(pack_yaml("Urban change in Bristol", "Geography", [
        ("Migration", ["International migration: **Caribbean** (Windrush generation, 1950s–60s) and **Poland** "
                       "after EU enlargement in **2004**."]),
        ("Bristol Bus Boycott", ["The **Bristol Omnibus Company** refused to employ Black crews.",
                                 "The company ended the ban in **August 1963**."]),
        ("Harbourside", ["The **Arnolfini** arts centre opened in **1975**."])]))
    events = _events(source)
    assert not any("Windrush" in event for event in events), events
    assert "Bristol Bus Boycott: the company ended the ban." in events, events


def test_an_act_its_own_card_dates_twice_a_book_published_and_a_why_label_are_dated_with_care():
    text = pack_yaml("Medicine in Britain", "History", [
        ("Public Health Act", ["The **1848** Public Health Act was voluntary.",
                               "The **1875** Public Health Act was compulsory."]),
        ("Andreas Vesalius", ["Published *On the Fabric of the Human Body* in **1543**."]),
        ("Public health reform", ["Why the change: cholera, Snow's evidence and the vote for working men in "
                                  "**1867**."]),
        ("The NHS", ["The **NHS** was launched by **Aneurin Bevan** in **1948**."])]).replace(
        "  - title: Public Health Act\n", "  - title: Public Health Act\n    date: 1875\n")
    events = _events(material(text))
    assert "Public Health Act" not in events, events
    assert "Andreas Vesalius: published On the Fabric of the Human Body." in events, events
    assert not any(event.startswith("Why") for event in events), events


def test_a_title_held_a_doer_named_before_a_degree_said_and_a_table_row_are_not_asked_as_they_stand():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    source = material(pack_yaml("The Crusades, 1095–1192", "History", [
        ("The capture of Jerusalem", ["The crusaders broke in on **15 July 1099** and massacred many inhabitants.",
                                      "**Godfrey of Bouillon** refused the title of king: **Advocatus Sancti "
                                      "Sepulchri**."]),
        ("Hattin", ["**Saladin** destroyed the crusader army at Hattin in **July 1187**."]),
        ("Xylem vs phloem", ["Direction: upwards only | up and down", "**Xylem** carries water up the plant."]),
        ("Transpiration", ["**Temperature**: warmer → water molecules have more kinetic energy → faster "
                           "evaporation.", "**Temperature** affects the rate of transpiration."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Advocatus Sancti Sepulchri"] == "office", sorts
    assert "The capture of Jerusalem: the crusaders broke in and massacred many inhabitants." in _events(source)
    temperature = source.terms[PointRef(3, 0)][0]
    assert told_beside(source.pack.cards[3].points[0], temperature)
    assert not told_beside(source.pack.cards[3].points[1], source.terms[PointRef(3, 1)][0])
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    assert not any(PointRef(2, 0) in candidate.uses for candidate in match_candidates(source))


def test_a_name_and_what_it_holds_is_no_event():
    source = material(pack_yaml("Bristol", "Geography", [
        ("Sustainable transport", ["**Cycling City** in **2008**: money for cycle lanes; the **Railway Path** runs "
                                   "**13 miles**."]),
        ("Harbourside", ["The **Arnolfini** arts centre opened in **1975**."])]))
    events = _events(source)
    assert not any("Cycling City" in event for event in events), events
    assert any("Arnolfini" in event for event in events), events


def test_an_athlete_named_by_calling_is_no_multiple_choice_among_politicians():
    from studypack.layouts.worksheet.exercises.distractors import _CALLING_BEFORE
    assert _CALLING_BEFORE.search("Setback: the black American athlete ")
    assert _CALLING_BEFORE.search("Draft card burning; boxer ")
    assert not _CALLING_BEFORE.search("The Olympics were opened by ")


def test_a_name_listed_with_schools_is_a_school():
    source = material(pack_yaml("Nazi Germany", "History", [("Education", [
        "Elite schools for future leaders — **Napolas** and **Adolf Hitler Schools** (from 1937).",
        "Schools taught race studies; **Rust** was the education minister."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Napolas"] == "institution" and sorts["Rust"] != "institution", sorts
