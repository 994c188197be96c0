"""Rules from the audits of sets DM to DT: a theme or a years-long war is no event on a timeline; a blank that shows
no letter is left open; an equation title or a label naming another quantity makes no calculation's context; tips
about learning are no key points; a day of a month is never scaled; a compound's last part, a word-for-word phrase
and an answer's other form give it away; a name the pack shortens is told by its short form; "it again" and a bare
"these" lean on the line before."""
from __future__ import annotations

from sheet_builds import material, pack_yaml

_HOME_FRONT = """title: The Home Front
subject: History
cards:
  - title: Women's war work
    date: December 1941
    points:
      - "**Conscription** of unmarried women aged 20–30 from December 1941."
      - "By 1943 about **7 million** women were in war work."
  - title: The First World War
    date: August 1914
    points:
      - "Suffragettes stopped their campaign and backed the war effort."
  - title: The Great Depression hits Germany
    date: October 1929
    points:
      - "US loans were called in and firms closed."
  - title: The Battle of Britain
    date: July 1940
    points:
      - "The RAF held off the Luftwaffe over southern England."
"""


def test_a_theme_or_a_years_long_war_is_no_event_to_place():
    from studypack.layouts.worksheet.exercises.events import event_candidates
    source = material(_HOME_FRONT)
    titles = {candidate.event.text for candidate in event_candidates(source) if isinstance(candidate.event.source, int)}
    assert "Women's war work" not in titles  # "war" describes the work
    assert "The First World War" not in titles  # four years long: the pack's other events fall inside it
    assert {"The Great Depression hits Germany", "The Battle of Britain"} <= titles


def _term(source, text: str):
    return next((ref, term) for ref, terms in source.terms.items() for term in terms if term.text == text)


def test_a_blank_with_no_letter_is_open_unless_its_definition_pins_it():
    from studypack.layouts.worksheet.exercises.candidates import shows_no_letter
    cells = pack_yaml("Immunity", "Biology", [
        ("White blood cells", ["Three kinds: **phagocytes**, **lymphocytes** and **memory cells**.",
                               "**Phagocytes** – engulf and digest pathogens.",
                               "**Memory cells** stay in the blood afterwards."])])
    source = material(cells)
    for ref, term in ((ref, term) for ref, terms in source.terms.items() for term in terms):
        text = source.point(ref).text
        if text.startswith("**Memory") or text.startswith("Memory"):
            assert shows_no_letter(source, term, text)  # a set's members start differently, so no letter; then
            # antibodies or lymphocytes fit the line as well
        if text.startswith("Phagocytes"):
            assert not shows_no_letter(source, term, text)  # its definition pins it down


def test_a_count_with_its_noun_is_blanked_only_where_an_amount_is_asked():
    from studypack.layouts.worksheet.exercises.candidates import _counted_unasked
    domesday = "Commissioners toured 7 circuits in 1086."
    assert _counted_unasked(domesday, _Span(domesday, "7 circuits"))  # "toured ____": England fits as well
    mains = "Most appliances connect to the mains with three-core cable."
    assert _counted_unasked(mains, _Span(mains, "three-core cable"))
    women = "By 1943 about 7 million women were in war work."
    assert not _counted_unasked(women, _Span(women, "7 million"))
    blitz = "London was bombed for 57 nights in a row."
    assert not _counted_unasked(blitz, _Span(blitz, "57 nights"))


class _Span:
    """A term's place and text, as the rules read it."""

    def __init__(self, text: str, term: str):
        self.text, self.start = term, text.index(term)
        self.end = self.start + len(term)


def test_an_equation_title_is_no_calculations_context():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    found = worked(parse_point("Charge – 10 A for 1 minute → Q = It = 10 × 60 = **600 C**"),
                   "Worked examples – E = Pt and cost")
    assert found is not None and found.context == ""  # "E = Pt" would print the method, and point to another one
    assert worked(parse_point("2 A for 30 s → 2 × 30 = **60 C**"), "Q = It") is None  # nothing names what is asked
    assert worked(parse_point("Cost – a 1.5 kW heater on for 4 hours → E = 1.5 × 4 = **6 kWh**"),
                  "Paying for energy") is None  # labelled cost, asks the energy


def test_a_label_before_an_example_names_its_subject_and_a_verdict_is_no_given():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    found = worked(parse_point("Tower – e.g. distance from base = 20 m, elevation = 52° → height = 20 × tan 52° = "
                               "**25.6 m**"), "Angles of elevation & depression")
    assert found is not None and found.context == "Tower"
    found = worked(parse_point("Another one – e.g. H = 15 cm, θ = 62° → A = 15 × cos 62° = **7.04 cm**"), "Cosine")
    assert found is not None and found.context == "Cosine"
    assert worked(parse_point("23.20 and 23.10 are concordant → mean = (23.20 + 23.10) ÷ 2 = **23.15 cm^3^**"),
                  "Mean titre") is None  # the givens pass the verdict the method is for


def test_tips_about_learning_are_no_key_points():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    for tip in ("Interpretation Q? Remember Orderic was half English – consider his provenance.",
                "Not on the formula sheet – you must learn it.",
                "Some people use a rhyme (\"Some Old Horses\") – whatever works.",
                "Formula triangles help with rearranging."):
        assert is_scaffolding(tip), tip
    assert not is_scaffolding("Orderic Vitalis, a monk writing 50 years later, claimed over 100,000 died.")


def test_a_day_of_a_month_is_never_scaled():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    norman = pack_yaml("1066", "History", [
        ("Invasions", ["**20 Sept** – Battle of Gate Fulford near York.", "**25 Sept** – Battle of Stamford Bridge."])])
    _, term = _term(material(norman), "20 Sept")
    assert scaled(term) == []  # not "40 Sept" nor "10 Sept" made up: no "32 Sept" among the options


def test_a_compounds_last_part_in_a_two_word_title_tells_it():
    from studypack.layouts.worksheet.exercises.allocate import _root_inside
    assert _root_inside("boots wear away vegetation and soil; paths become wide scars", "Footpath erosion")
    assert not _root_inside("water moves from a dilute to a concentrated solution", "Osmosis")


def test_a_phrase_english_word_for_word_is_no_translation():
    from studypack.layouts.worksheet.exercises.translate import _cognate, _english_too
    assert _cognate("un film de science-fiction", "a sci-fi film") and _english_too("le week-end")
    assert not _cognate("un dessin animé", "a cartoon") and not _cognate("les sous-titres", "subtitles")


def test_a_word_beside_its_answers_other_form_tells_it():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    titration = pack_yaml("Titration", "Chemistry", [
        ("Method", ["First a quick **rough titration** to find roughly where the end point is.",
                    "Add the acid dropwise near the **end point**."])])
    source = material(titration)
    ref, term = _term(source, "rough titration")
    assert told_beside(source.point(ref), term)


def test_a_name_the_pack_shortens_is_told_by_its_short_form():
    mao = pack_yaml("Mao's China", "History", [
        ("Recovery", ["Liu and **Deng Xiaoping** brought in pragmatic policies.",
                      "Deng – \"It doesn't matter whether a cat is black or white.\""]),
        ("Purges", ["Liu Shaoqi died in prison in 1969; Deng sent to work in a tractor factory."])])
    source = material(mao)
    source.record(["Liu Shaoqi died in prison in 1969; Deng sent to work in a tractor factory."], [])
    assert source.gives_away(["Liu and ____ brought in pragmatic policies."], ["Deng Xiaoping"])
    assert not material(mao).gives_away(["Liu and ____ brought in pragmatic policies."], ["Deng Xiaoping"])


def test_it_again_and_a_bare_these_point_to_the_line_before():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("Step-down transformers at substations lower it again (e.g. 33 kV).")
    assert leans_on_previous("After the Reformation these faded out; Protestants disliked them.")
    assert not leans_on_previous("In these conditions the enzyme works fastest.")


def test_the_storys_main_figure_is_never_swapped_in():
    conquest = pack_yaml("The Norman Conquest", "History", [
        ("Claimants", ["Duke **William** of Normandy said Edward had promised him the crown.",
                       "**Harald Hardrada** of Norway claimed it through an old deal."]),
        ("Stamford Bridge", ["Hardrada landed in Yorkshire, joined by Harold's exiled brother **Tostig**.",
                             "William waited for the wind in Normandy."]),
        ("Hastings", ["William's cavalry used feigned retreats.", "**Harold** was killed late in the day."]),
        ("After", ["William was crowned on Christmas Day 1066.", "William built castles such as the Tower."])])
    source = material(conquest)
    assert "william" in source.protagonists and "tostig" not in source.protagonists


def test_a_symbol_of_two_letters_ties_a_title_to_its_statement():
    from studypack.layouts.worksheet.exercises.matching import share_words, title_words
    from studypack.source.notation import translate
    assert share_words(title_words(translate("Paper chromatography and R~f~ values")),
                       title_words(translate("R~f~ = distance moved by the spot ÷ distance moved by the solvent")))


def test_a_note_equals_sign_makes_no_gap():
    from studypack.layouts.worksheet.exercises.candidates import _gap
    fields = pack_yaml("Electric fields", "Physics", [
        ("Electric fields", ["The field is **strongest** close to the object and gets weaker further away.",
                             "Rain washes nutrients down through the soil = **leaching**."])])
    source = material(fields)
    by_text = {source.point(ref).text[:9]: ref for ref in source.refs}
    gap = _gap(source, by_text["Rain wash"])
    assert gap is None or "leaching" not in [blank.text for blank in gap.answers]


def test_two_of_a_pair_are_not_blanked_side_by_side():
    from studypack.layouts.worksheet.exercises.beside import partners
    assert partners("large", "small") and partners("small", "big") and not partners("large", "positive")


def test_a_first_step_of_the_cards_sum_and_a_numbered_examples_label_make_no_calculation():
    from studypack.layouts.worksheet.exercises.calculations import _examples, worked
    from studypack.source import loads
    from studypack.source.inline import parse_point
    means = loads(pack_yaml("Averages", "Maths", [
        ("Combined mean", ["Class A – 20 pupils, mean test score 65 → total 1300.",
                           "Class B – 10 pupils, mean score 80 → total 800.",
                           "Combined mean = (1300 + 800) ÷ 30 = 2100 ÷ 30 = **70**"])]), "means.yaml")
    assert not [found for _, found in _examples(means, 0) if found.number in ("1300", "800")]
    found = worked(parse_point("Worked example 2: 0.9 cm^3^ of oxygen in 6 minutes → 0.9 ÷ 6 = **0.15 cm^3^/min**."),
                   "Rate calculations")
    assert found is not None and found.givens == "0.9 cm³ of oxygen in 6 minutes"


def test_a_line_of_index_or_standard_form_working_is_a_calculation():
    from studypack.layouts.worksheet.exercises.calculations import equated
    from studypack.source.inline import parse_point
    from studypack.source.notation import translate

    def sum_of(typed: str):
        return equated(parse_point(translate(typed)), "Index laws")

    found = sum_of("e.g. $3^4 \\times 3^5 = 3^9$, $7^8 \\div 7^2 = 7^6$")
    assert (found.givens.replace("\u00a0", " "), found.number) == ("3⁴ × 3⁵", "3⁹")  # (a formula's spaces do not
    # break)
    found = sum_of("$(3 \\times 10^4) \\times (5 \\times 10^6) = 15 \\times 10^{10} = 1.5 \\times 10^{11}$")
    assert found.number.replace("\u00a0", " ") == "1.5 × 10¹¹"
    assert sum_of("150 ÷ 2500 × 100 = 6%") is None  # plain arithmetic: a step of an applied example
    assert sum_of("1/2 = 0.5 = 50%") is None  # 0.5 is as right as 50%
    assert sum_of("2y + 4x = 10") is None  # an equation, not an expression to simplify
    assert sum_of("So $17^0 = 1$ always") is None  # words say more than the sum


def test_a_name_before_rising_is_a_movement_not_a_person():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "Kenya: the Mau Mau rising began in 1952, led by Kikuyu fighters."
    start = text.index("Mau Mau")
    assert name_sort("Mau Mau", text, start, start + len("Mau Mau"), frozenset()) == "organisation"


def test_notes_to_self_asides_and_steps_run_together_make_no_questions():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.candidates import _gap
    from studypack.layouts.worksheet.exercises.roles import printed_title
    from studypack.source.inline import parse_point
    from studypack.source.notation import translate
    assert printed_title("Election results – learn these!") == "Election results"
    assert worked(parse_point(translate("Aside – x = 0.9 → 10x − x = 9 → x = **1**")), "Recurring decimals") is None
    assert worked(parse_point(translate("3% for 4 years → × 1.03^4^.")), "Compound interest") is None  # "× ____ ⁴"
    crosses = pack_yaml("Genetic crosses", "Biology", [
        ("Punnett squares", ["Write the parents' genotypes. 3. Write their gametes. 4. Fill in the **Punnett square**.",
                             "Each box is one possible **offspring** genotype."])])
    source = material(crosses)
    assert _gap(source, next(ref for ref in source.refs if source.point(ref).text.startswith("Write"))) is None


def test_a_word_spelled_alike_is_no_translation():
    from studypack.layouts.worksheet.exercises.translate import _cognate, _english_too
    assert _cognate("el tenis", "tennis") and _english_too("el fútbol") and not _cognate("la natación", "swimming")


def test_an_examples_bracketed_label_and_a_rounding_note_stay_off_the_stem():
    from studypack.layouts.worksheet.exercises.calculations import arrowed, worked
    from studypack.source.inline import parse_point
    from studypack.source.notation import translate
    point = arrowed(parse_point(translate("Worked example (amylase): at pH 6 the starch was gone after **150 s**. "
                                          "Rate = 1 ÷ 150 = **0.0067 s^-1^** (2 s.f. – don't round to 0!).")))
    found = worked(point, "Rate of reaction")
    assert found.givens == "at pH 6 the starch was gone after 150 s" and found.precision == "(2 s.f.)"


def test_a_swap_opening_a_sentence_takes_its_capital():
    from studypack.layouts.worksheet.exercises.candidates import opens_sentence
    text = "Simple molecular → low m.p. Giant covalent → very high m.p."
    assert opens_sentence(text, 0) and opens_sentence(text, text.index("Giant"))
    assert not opens_sentence(text, text.index("low"))


def test_floats_beside_sinks_a_foreign_words_ending_beside_it_and_again_at_the_end_tell_or_lean():
    from studypack.layouts.worksheet.exercises.beside import partners, told_beside
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert partners("floats", "sinks")
    assert leans_on_previous("Spending was raised again.") and leans_on_previous("She campaigned for both groups.")
    assert leans_on_previous("Transects: the number of plants changes with that factor.")
    assert not leans_on_previous("The war started again in 1950 after a pause.")
    assert leans_on_previous("After that most growth came from new Commonwealth countries.")
    spanish = pack_yaml("La rutina", "Spanish", [
        ("Reflexive verbs", ["The **nosotros** and vosotros forms don't change – nos acostamos.",
                             "**me levanto** – I get up"])])
    source = material(spanish)
    for ref, terms in source.terms.items():
        for term in terms:
            if term.text == "nosotros" and term.sort.startswith("foreign"):
                assert told_beside(source.point(ref), term)


def test_a_factor_beside_its_multiple_and_advice_to_always_quote_units_make_no_gap():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    ph = material(pack_yaml("pH", "Chemistry", [
        ("The pH scale", ["Each drop of **1 pH unit** = H^+^ concentration **10 times** bigger. pH 2 has 100× the H^+^ "
                          "of pH 4!", "Acids have a pH below **7**."])]))
    ref, term = _term(ph, "10 times")
    assert told_beside(ph.point(ref), term)
    assert is_scaffolding("Always quote numbers WITH **units** from the graph, e.g. 'peaks at 11 mmol/L'.")


def test_a_short_first_word_gets_no_two_letter_hint_and_a_units_symbol_and_a_learn_note_tell_or_go():
    from studypack.layouts.worksheet.exercises.beside import told_beside
    from studypack.layouts.worksheet.exercises.candidates import first_letter
    from studypack.layouts.worksheet.exercises.roles import LEFT_OFF
    lagos = material(pack_yaml("Lagos", "Geography", [
        ("Issues", ["**Air pollution** from traffic and generators.", "**Informal settlements** such as Makoko."])]))
    _, air = _term(lagos, "Air pollution")
    assert first_letter(air) == ""  # "Ai____ from traffic" is most of air pollution
    speed = material(pack_yaml("Speed", "Physics", [
        ("Speed", ["Unit = **metres per second**, m/s.", "Speed = **distance** ÷ time."])]))
    ref, unit = _term(speed, "metres per second")
    assert told_beside(speed.point(ref), unit)
    assert LEFT_OFF.sub("", "Most Black adults in Mississippi could not vote. Learn the stats!") == \
        "Most Black adults in Mississippi could not vote."


def test_a_sum_going_on_from_the_line_before_and_a_mark_count_make_no_questions():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    from studypack.source.inline import parse_point
    assert worked(parse_point("Now add thinking distance – reaction time 0.7 s → 20 × 0.7 = 14 m, so stopping "
                              "distance = **54 m**."), "Braking distance") is None
    assert is_scaffolding("The KEY phrase for **3** marks – increases the time → reduces the force.")


def test_one_of_a_pair_shows_no_letter_yet_stays_askable():
    from studypack.layouts.worksheet.exercises.candidates import _letter, shows_no_letter
    cells = material(pack_yaml("Electrolysis", "Chemistry", [
        ("Electrodes", ["Metals and hydrogen form at the **cathode** (negative electrode).",
                        "Non-metals form at the **anode**."])]))
    ref, cathode = _term(cells, "cathode")
    assert _letter(cells, cathode) == ""  # "the C____" would say which of the two
    assert not shows_no_letter(cells, cathode, cells.point(ref).text)  # the line decides between the two


def test_rearranging_labels_the_step_not_the_givens():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    found = worked(parse_point("Rearranging – spot 0.62 of the way, solvent front 6.5 cm → spot distance = 0.62 × 6.5 "
                               "= **4.0 cm** (2 s.f.)"), "Chromatography values")
    assert found is not None and found.givens == "spot 0.62 of the way, solvent front 6.5 cm"
