"""Round 31 of the unseen-pack audit: a scheme keeps no line of another aspect, no step and no memory tip; a
bracket that lists the statement's own subject proves it; a scale is not matched to the one meaning that measures;
initials in the title spell a name; "To reduce it" leans on the line before; "e.g." is no part of a word."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.candidates import _gap, _known_by_initials, _lists_its_subject
from studypack.layouts.worksheet.exercises.matching import definition_candidates
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import _another_aspect
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml


def test_a_scheme_keeps_no_line_of_another_aspect_no_step_and_no_memory_tip():
    assert _another_aspect("Primary vs secondary effects", "Immediate responses = hours/days after (rescue, aid)")
    assert not _another_aspect("Primary vs secondary effects", "Primary effects = caused directly by the shaking")
    assert not _another_aspect("Nepal 2015", "Immediate responses: international aid, field hospitals")
    assert is_scaffolding('Think – "the equilibrium does the opposite of what you did"')


def test_a_bracket_that_lists_the_statements_subject_proves_it():
    assert _lists_its_subject("Nigeria is one of the MINT countries (Mexico, Indonesia, Nigeria, Turkey)")
    assert not _lists_its_subject("Greenhouse gases (carbon dioxide, methane) trap heat")


def test_a_scale_is_not_matched_to_the_one_meaning_that_measures():
    hazards = pack_yaml("Tectonic hazards", "Geography", [
        ("Measuring earthquakes", ["**Mercalli scale** – measures the effects and damage seen (I–XII)",
                                   "**Epicentre** – the point on the surface directly above the focus"]),
        ("Plate margins", ["**Constructive** – plates move apart, magma rises to fill the gap",
                           "**Destructive** – an oceanic plate sinks under a continental one"])])
    terms = [candidate.build(0).title for candidate in definition_candidates(material(hazards))]
    assert "Epicentre" in terms and "Mercalli scale" not in terms


def test_initials_in_the_title_spell_the_name_beside_the_blank():
    assert _known_by_initials("Franklin D. ", "Roosevelt", "FDR and the New Deal: ")
    assert not _known_by_initials("Won by ", "Roosevelt", "FDR and the New Deal: ")
    deal = pack_yaml("America", "History", [("FDR and the New Deal", [
        "Franklin D. **Roosevelt** won the 1932 election – promised a New Deal"])])
    gap = _gap(material(deal), PointRef(0, 0))
    assert gap is None or all(blank.text != "Roosevelt" for blank in gap.answers)


def test_a_line_that_does_something_to_it_leans_on_the_line_before():
    assert leans_on_previous("To reduce it → close tissue-type match + immunosuppressant drugs for life")
    assert not leans_on_previous("To reduce the risk → wash hands, cover wounds")


def test_an_examples_e_g_is_no_part_of_the_word():
    family = pack_yaml("Mi familia", "Spanish", [("Possessives", [
        "e.g. mis primos – my cousins; nuestra casa – our house"])])
    words = [word for _, word, _ in vocabulary(loads(family, "f.yaml"))]
    assert words == ["mis primos", "nuestra casa"]


def test_a_point_said_again_inside_another_is_not_two_marks():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    light = pack_yaml("Photosynthesis", "Biology", [("Inverse square law", [
        "Light intensity ∝ 1/d^2^ – double the distance, intensity drops to **¼**",
        "light intensity ∝ 1/d^2^",
        "Halve the distance → intensity rises **four** times"])])
    source = material(light)
    for candidate in short_candidates(source):
        question = candidate.build(0)
        texts = [source.point(ref).text for ref in question.scheme]
        assert not any(a != b and b.casefold().replace(" ", "") in a.casefold().replace(" ", "")
                       for a in texts for b in texts)


def test_a_term_that_holds_a_word_of_its_meaning_is_not_matched():
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    assert _same_stem("Embankments", "raise the banks so the river holds more")
    assert _same_stem("Bearberry", "leathery leaves, red berries for birds")
    assert not _same_stem("Traction", "large boulders rolled along the bed")


def test_a_false_year_the_sheet_gives_another_event_is_not_set():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    normans = pack_yaml("Norman England", "History", [
        ("William Rufus", ["Rufus killed by an arrow while hunting in the New Forest, 2 Aug **1100**"]),
        ("The Conqueror's death", ["William I died 9 Sept **1087** at Rouen after an injury at Mantes"])])
    source = material(normans)
    source.record(["Rufus killed by an arrow while hunting in the New Forest, 2 Aug 1100"], [])
    statement = _true_false(source, PointRef(1, 0), False)
    assert statement is None or "1100" not in "".join(segment.text for segment in statement.segments)


def test_what_was_it_like_names_no_topic():
    from studypack.layouts.worksheet.exercises.material import title_topic
    assert title_topic("What was life like on the home front, 1939–45?") == \
        "What was life like on the home front, 1939–45?"
    assert title_topic("What is a tropical storm?") == "Tropical storm"


def test_a_title_that_counts_its_jobs_gets_that_count_or_no_question():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    bile = pack_yaml("Organisation", "Biology", [("Bile – 2 jobs (and it is NOT an enzyme)", [
        "Made in the **liver**, stored in the **gall bladder**, released into small intestine",
        "Job 1: it is **alkaline** → **neutralises** the hydrochloric acid from the stomach",
        "Job 2: **emulsifies** fats → bigger **surface area** for lipase",
        "Net result = faster fat digestion"])])
    for candidate in short_candidates(material(bile)):
        question = candidate.build(0)
        assert question is None or question.marks == 2


def test_a_title_that_names_its_topic_before_a_question_lends_that_topic():
    from studypack.layouts.worksheet.exercises.material import title_topic
    assert title_topic("Hot deserts - where and what's the climate?") == "Hot deserts"
    assert title_topic("Thar Desert: what are the opportunities?") == "Thar Desert"
    assert title_topic("Case study: why did Boscastle flood?") == "Case study: why did Boscastle flood?"
    assert title_topic("Why did Germany lose – and who was to blame?") == "Why did Germany lose – and who was to blame?"
    assert leans_on_previous("All 3 needed for economic and social well-being – health, jobs, industry")


def test_bare_figures_of_the_answers_unit_say_not_which_side_is_asked():
    from studypack.layouts.worksheet.exercises.calculations import worked
    card = loads(pack_yaml("Geometry", "Maths", [("Pythagoras' theorem", [
        "Longest side: square, ADD, square root. e.g. 6 cm, 8 cm → √(36 + 64) = √100 = **10 cm**"])]),
        "p.yaml").cards[0]
    assert worked(card.points[0], card.title) is None


def test_a_blank_after_a_possessive_is_no_word_bank_question():
    from studypack.layouts import worksheet
    from studypack.layouts.options import WorksheetOptions
    from studypack.layouts.worksheet.exercises.questions import Gap
    cold = pack_yaml("Cold War", "History", [
        ("Origins", ["Kennan's **Long Telegram** (Feb 1946) told Washington the USSR wanted to expand",
                     "**Marshall Plan** (1947) – $13 billion of aid to rebuild Europe"]),
        ("Crises", ["The **Brezhnev Doctrine** (1968) – no country could leave the Warsaw Pact",
                    "The **Nuclear Non-Proliferation Treaty** (1968) limited the spread of weapons"])])
    for seed in "123":
        plan = worksheet.plan(loads(cold, "c.yaml"), WorksheetOptions(seed=seed, exercises=("gap",)))
        gaps = [question for section in plan.exercises.versions[0].sections for question in section.questions
                if isinstance(question, Gap)]
        assert not any("Kennan" in "".join(segment.text for segment in gap.segments) for gap in gaps)


def test_whose_government_gets_no_choice_of_the_packs_people():
    from studypack.layouts.worksheet.exercises.candidates import _choice
    health = pack_yaml("Public health", "History", [
        ("Public Health Act 1875", ["Passed by **Disraeli**'s Conservative government – councils had to act"]),
        ("Cholera", ["**John Snow** removed the Broad Street pump handle in 1854"]),
        ("Reports", ["**Edwin Chadwick** wrote the Report on the Sanitary Condition of the Labouring Population"]),
        ("Sewers", ["**Joseph Bazalgette** built London's sewers after the Great Stink of 1858"])])
    assert _choice(material(health), PointRef(0, 0)) is None


def test_a_figure_compared_with_another_or_one_penny_is_not_changed_and_examples_to_learn_is_advice():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    theatre = pack_yaml("Elizabethan theatre", "History", [("The Globe", [
        "Groundlings paid **1 penny** to stand in the yard; more (2d–3d) to sit in the galleries",
        "Built on the **South Bank** in 1599 by the Lord Chamberlain's Men"])])
    statement = _true_false(material(theatre), PointRef(0, 0), False)
    assert statement is None or "1 penny" in "".join(segment.text for segment in statement.segments)
    assert is_scaffolding("Examples to learn")


def test_a_line_that_opens_on_a_gerund_is_not_asked_without_its_topic():
    brain = pack_yaml("Nervous system", "Biology", [("How do scientists study the brain?", [
        "**Electrically stimulating** parts of the brain and seeing what happens (e.g. a muscle twitches)",
        "MRI scans show which **regions** are active during a task"])])
    assert _gap(material(brain), PointRef(0, 0)) is None


def test_round_34_maths_figures_bounds_lists_and_peoples():
    from studypack.layouts.worksheet.exercises.candidates import _demonym_of, _true_false
    stats = pack_yaml("Statistics", "Maths", [("Mean from a frequency table", [
        "Goals 0, 1, 2, 3 with frequencies 4, 6, 7, 3 → **mode** = 2", "**Mode** = 2 (the most common value)"])])
    assert all(_true_false(material(stats), PointRef(0, point), True) is None for point in (0, 1))
    bacteria = pack_yaml("Evolution", "Biology", [("Antibiotic resistance", [
        "Bacteria reproduce very fast (can divide every **20 min** in ideal conditions)",
        "Resistant bacteria survive a course of antibiotics and spread in **hospitals**"])])
    statement = _true_false(material(bacteria), PointRef(0, 0), False)
    assert statement is None or "20 min" in "".join(segment.text for segment in statement.segments)
    assert _demonym_of("Polish", "Case study: Poland → UK: approx. 900 000+ ")
    assert not _demonym_of("Warsaw", "Case study: Poland → UK: ")
    terms = pack_yaml("Population", "Geography", [("Key terms for population", [
        "**Life expectancy**, infant mortality rate (deaths under 1 yr per 1000 live births)",
        "**Birth rate** = live births per 1000 people per year"])])
    assert _gap(material(terms), PointRef(0, 0)) is None
    assert leans_on_previous("What happens depends on the wavelength and the materials")
    light = pack_yaml("Light", "Physics", [("Refraction", [
        "Glass → air → speeds up → bends **away** from the normal", "Air → glass → slows down → bends towards it"])])
    assert "away" not in hideable(light, "Glass")


def test_a_length_of_time_beside_its_dates_gets_no_choice_of_figures():
    from studypack.layouts.worksheet.exercises.candidates import _choice
    boycott = pack_yaml("Civil rights", "History", [
        ("Montgomery", ["Buses desegregated Dec 1956 – boycott lasted **381 days**"]),
        ("Little Rock", ["Nine students escorted by **1,000** paratroopers in 1957"]),
        ("Freedom Rides", ["Riders attacked at Anniston; **over 400** volunteers took part in 1961"]),
        ("Birmingham", ["Over **900** children arrested in the Children's Crusade, 1963"])])
    assert _choice(material(boycott), PointRef(0, 0)) is None


def test_a_defined_name_gets_no_choice_of_people_and_a_described_festival_is_no_word():
    from studypack.layouts.worksheet.exercises.candidates import _choice
    saxons = pack_yaml("Anglo-Saxon England", "History", [
        ("Government", ["**Witan** = council of leading nobles + churchmen, advised the king"]),
        ("Edward the Confessor", ["Married **Edith**, daughter of Earl **Godwin** – but no children"]),
        ("Claimants", ["**Harold Godwinson** – chosen by the Witan + Edward's deathbed promise",
                       "**Harald Hardrada** – deal between Magnus of Norway and King **Harthacnut** (d.1042)"]),
        ("Coronation", ["Witan chose Harold; crowned the next day, **6 January 1066**"])])
    assert _choice(material(saxons), PointRef(0, 0)) is None
    fetes = pack_yaml("Les fêtes", "French", [("Festivals", [
        "la Fête de la musique – free music in the streets", "le Père Noël – Father Christmas",
        "le sapin de Noël – the Christmas tree"])])
    words = [word for _, word, _ in vocabulary(loads(fetes, "f.yaml"))]
    assert "la Fête de la musique" in words  # a word of the pack's list …
    from studypack.layouts.worksheet.exercises.translate import translations
    import random
    asked = [item.shown for item in translations(loads(fetes, "f.yaml"), random.Random(1), 10)]
    asked += [item.answer for item in translations(loads(fetes, "f.yaml"), random.Random(1), 10)]
    assert "la Fête de la musique" not in asked and "le Père Noël" in asked  # … but never asked


def test_a_year_worked_out_from_an_age_and_a_formula_after_its_name_are_not_asked():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    henry = pack_yaml("Henry VIII", "History", [("Henry's accession", [
        "Born 1491, became king in April **1509** aged 17"])])
    assert "1509" not in hideable(henry, "Born 1491")
    acids = pack_yaml("Acids", "Chemistry", [
        ("Acids and alkalis", ["Common lab acids → hydrochloric **HCl**, sulfuric **H~2~SO~4~**, nitric **HNO~3~**."]),
        ("Alkalis", ["Sodium hydroxide **NaOH** and potassium hydroxide **KOH** are alkalis"])])
    statement = _true_false(material(acids), PointRef(0, 0), False)
    assert statement is None


def test_a_formula_beside_its_compound_and_a_note_above_a_sum_give_nothing_away():
    from studypack.layouts.worksheet.exercises.calculations import worked
    giant = pack_yaml("Bonding", "Chemistry", [("Giant covalent structures", [
        "Other giant covalent: **silicon dioxide**, SiO~2~ (sand), mp approx. 1700 °C"])])
    assert "silicon dioxide" not in hideable(giant, "Other giant")
    card = loads(pack_yaml("Density", "Physics", [("Density", [
        "Also in g/cm^3^ – 1 g/cm^3^ = 1000 kg/m^3^ (water is approx. 1000 kg/m^3^).",
        "e.g. m = 540 g, V = 200 cm^3^ → ρ = 540 ÷ 200 = **2.7 g/cm^3^** (aluminium)"])]), "d.yaml").cards[0]
    found = worked(card.points[1], card.title, card.points[0])
    assert found is None or not found.context.startswith("Also")


def test_the_last_of_what_only_its_title_says():
    closed = pack_yaml("The Tudors", "History", [("How were the monasteries closed?", [
        "Last to go – **Waltham Abbey**, March 1540. Approx. 800+ houses closed in total.",
        "The **Court of Augmentations** managed the land and money taken"])])
    assert _gap(material(closed), PointRef(0, 0)) is None
