"""Rules from the audits of sets BA and BB: a spare matching statement never comes from a card whose title shares a
topic word with a title asked, nor names a member of a kind-of-thing title; exam tips and lists of conditions are no
titles to match; a line of several words split by middle dots gives each word."""
from __future__ import annotations

import random
import re

from studypack.layouts.worksheet.exercises import Match, Translate
from studypack.layouts.worksheet.exercises.claims import Claims
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.questions import Pair, PointRef
from studypack.layouts.worksheet.exercises.translate import translations, vocabulary
from studypack.source import loads
from sheet_builds import built, of_kind, pack_yaml, planned

SEEDS = [str(seed) for seed in range(1, 9)]

ECOSYSTEMS = pack_yaml("Ecosystems", "Biology", [
    ("The water cycle", ["Water evaporates from the sea and condenses into clouds.",
                         "Plants lose water vapour from their leaves by transpiration."]),
    ("Decomposers and detritivores", ["Bacteria and fungi release enzymes onto dead matter.",
                                      "Earthworms and woodlice break dead leaves into small pieces."]),
    ("Factors affecting the rate of decay", ["Warmth speeds up the enzymes of the microorganisms.",
                                            "Moist, airy heaps rot fastest because microorganisms need oxygen."]),
    ("Biodiversity", ["A wide variety of species makes an ecosystem more stable.",
                      "Each species depends on others for food and shelter."]),
    ("Required practical – decay of milk", ["Time how long the pink colour of the indicator takes to vanish.",
                                            "Repeat the test in water baths at several different temperatures."]),
    ("Food chains", ["Producers such as grass make their own glucose by photosynthesis.",
                     "An apex predator sits at the top with no natural enemies."]),
    ("Pyramids of biomass", ["Each bar shows the dry mass of living material at one level.",
                             "Units are usually grams per square metre of ground."]),
    ("Greenhouse gases", ["Cattle and rice fields give off methane into the atmosphere.",
                          "Burning coal and oil releases stored carbon dioxide."]),
    ("Deforestation", ["Trees are felled to clear land for cattle ranching and palm oil.",
                       "Fewer trees take up less carbon dioxide from the air."])])


def test_a_spare_never_comes_from_a_card_whose_title_shares_a_topic_word_with_a_title_asked():
    """The milk practical varies the temperature: its method is a factor affecting the rate of decay, and what makes
    a heap rot fastest reads as the practical's finding."""
    claims = Claims(loads(ECOSYSTEMS, "eco.yaml"))
    assert claims.kin(2, 4) and not claims.kin(0, 4)
    for seed in SEEDS:
        plan = planned(ECOSYSTEMS, seed)
        for match in of_kind(plan, Match):
            titles = {pair.card for pair in match.pairs}
            assert not any({2, 4} == titles & {2, 4} | {spare.card} for spare in match.spares), seed


DIGESTION = pack_yaml("Digestion", "Biology", [
    ("Enzymes as catalysts", ["Enzymes speed up reactions without being used up.",
                              "Each one is a large protein folded into a particular shape."]),
    ("Organs of the digestive system", ["**Stomach** – a muscular bag that churns food and makes hydrochloric acid.",
                                        "**Pancreas** – makes three kinds of enzyme and releases them into the gut.",
                                        "**Small intestine** – where soluble food is absorbed through the villi."]),
    ("Lock and key model", ["The substrate fits the active site like a key fits a lock.",
                            "A different shape cannot fit, so each enzyme is specific."]),
    ("Effect of temperature", ["Activity rises until the optimum of about 37 °C.",
                               "Above it the active site changes shape and the enzyme denatures."]),
    ("Bile", ["Made in the liver and stored in the gall bladder, then released into the small intestine.",
              "It neutralises stomach acid so the enzymes work at the right pH."]),
    ("Food tests", ["Iodine turns from orange to blue-black with starch.",
                    "Benedict's solution turns brick red with sugar when heated."]),
    ("Effect of pH", ["Pepsin works best in strongly acidic conditions.",
                      "Enzymes in the small intestine work best near neutral pH."]),
    ("Required practical – amylase", ["Spot the mixture onto iodine every thirty seconds.",
                                      "The time until starch is gone shows how fast the amylase works."])])


def test_a_spare_never_names_a_member_of_a_kind_of_thing_title():
    """"Made in the liver … the small intestine" is about organs, so it fits "Organs of the digestive system", though
    the small intestine is named on too many cards to mark any one card's topic."""
    from studypack.layouts.worksheet.exercises.allocate import _names_a_member
    source = Material(loads(DIGESTION, "digestion.yaml"), random.Random(1))
    organs = Pair(1, "Organs of the digestive system", PointRef(1, 0), source.pack.cards[1].points[0].text)
    bile = source.pack.cards[4].points[0].text
    assert _names_a_member(source, bile, organs)
    assert not _names_a_member(source, "Enzymes speed up reactions without being used up.", organs)
    assert not _names_a_member(source, bile, Pair(3, "Effect of temperature", PointRef(3, 0), "Activity rises."))


SPANISH = """title: Mi insti
subject: Spanish
cards:
  - title: Las asignaturas
    points:
      - "**las matemáticas** – maths · **la historia** – history · **la música** – music"
      - "**las ciencias** – science · **la química** – chemistry · **el dibujo** – art"
  - title: Opiniones
    points:
      - "**fácil** – easy · **difícil** – hard · **útil** – useful"
      - "**aburrido/a** – boring · **divertido/a** – fun"
"""


def test_a_line_of_words_split_by_middle_dots_gives_each_word():
    pairs = dict((word, meaning) for _, word, meaning in vocabulary(loads(SPANISH, "es.yaml")))
    assert pairs["la química"] == "chemistry" and pairs["difícil"] == "hard" and pairs["divertido/a"] == "fun"
    asked = translations(loads(SPANISH, "es.yaml"), random.Random(1), 10)
    assert len(asked) >= 6 and not any("·" in item.shown + item.answer for item in asked)
    plan, sheet, _ = built(SPANISH, "1")
    items = re.findall(r"\d+\. (.*?) \[1\]", sheet.split("Translate each word or phrase.", 1)[1])
    assert len(items) == len(of_kind(plan, Translate)) >= 6
    assert not any("·" in item or "–" in item for item in items), items


def test_another_form_of_the_answer_or_a_word_holding_it_gives_it_away():
    """"… Commonwealth migrants … EU migrants" beside "Long history of ____" gives "migration"; a title's
    "infertility" gives "Fertility drugs", in matching and before a gap."""
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    from studypack.layouts.worksheet.exercises.words import same_family
    from sheet_builds import hideable
    assert same_family("migration", "migrants") and same_family("produce", "production")
    assert not same_family("international", "interest") and not same_family("control", "contract")
    city = pack_yaml("Manchester", "Geography", [("Migration and culture", [
        "Long history of **international migration** – Irish in the 1800s, then Commonwealth migrants after WW2."])])
    assert hideable(city, "Long history") == []
    assert _same_stem("Hormones to treat infertility (HT)", "Fertility drugs containing FSH and LH.")
    hormones = pack_yaml("Hormones", "Biology", [("Hormones to treat infertility", [
        "**Fertility drugs** containing FSH and LH help eggs to mature.", "IVF puts embryos back into the uterus."])])
    source = Material(loads(hormones, "h.yaml"), random.Random(1))
    ref = source.refs[0]
    assert not any("infertility" in segment.text for segment in source.context(ref, source.hideable(ref)) or ())


def test_a_judgement_label_or_a_pointer_to_both_makes_no_matching_statement():
    """"Criticism – residents priced out" fits every regeneration scheme; "Symptoms of both" says not of what."""
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    city = pack_yaml("Manchester", "Geography", [
        ("Hulme – a regeneration case study", ["Criticism – some original residents were priced out of the area.",
                                               "The deck-access crescents were knocked down in the 1990s."]),
        ("East Manchester", ["Debate – critics say long-term residents did not get the new jobs.",
                             "The stadium was built for the Commonwealth Games in 2002."]),
        ("Diabetes", ["Symptoms of both – thirst, tiredness and weight loss.",
                      "Type 1 is treated with insulin injections."])])
    statements = {candidate.build(0).text for candidate in match_candidates(Material(loads(city, "c.yaml"),
                                                                                     random.Random(1)))}
    assert "The deck-access crescents were knocked down in the 1990s." in statements
    assert not any(text.startswith(("Criticism", "Debate", "Symptoms of both")) for text in statements)


def test_a_spare_from_a_card_whose_title_is_a_key_term_of_a_title_asked_is_never_set():
    """The brain is part of the central nervous system: "Medulla – controls heart rate" fits "CNS and PNS"."""
    nerves = pack_yaml("Nerves", "Biology", [
        ("CNS and PNS", ["The **central nervous system** is the **brain** and **spinal cord**.",
                         "Sense organs with receptors send impulses along sensory neurones."]),
        ("Synapses", ["A chemical diffuses across the gap to the next neurone.", "Impulses only go one way."]),
        ("The brain", ["**Medulla** – controls unconscious activities such as heart rate.",
                       "The cerebellum coordinates muscle movement and balance."])])
    claims = Claims(loads(nerves, "n.yaml"))
    assert claims.part_of(2, 0) and not claims.part_of(1, 0) and not claims.part_of(0, 2)


def test_a_statement_told_mostly_in_another_cards_words_is_no_pair_beside_its_title():
    """"Only works when the wire is at right angles to the field" reads as Fleming's left-hand rule's too."""
    motors = pack_yaml("Motors", "Physics", [
        ("Fleming's left-hand rule", ["Thumb, first finger and second finger at right angles to each other.",
                                      "First finger points along the field, second finger along the current."]),
        ("The motor effect", ["Only works when the wire is at right angles to the field.",
                              "A current-carrying wire in a magnetic field feels a force."]),
        ("Transformers", ["A step-up transformer has more turns on the secondary coil.",
                          "They only work with alternating current."])])
    source = Material(loads(motors, "m.yaml"), random.Random(1))
    claims = Claims(source.pack)
    assert claims.worded(source.pack.cards[1].points[0], 0)
    assert not claims.worded(source.pack.cards[2].points[0], 0)


def test_a_definition_matching_sets_no_term_that_is_the_only_one_of_its_card():
    """"Amplitude – the maximum displacement" among uses of the spectrum was the one of its kind on both sides."""
    waves = pack_yaml("Waves", "Physics", [
        ("Wave terms", ["**Amplitude** – the maximum displacement of a point from its rest position"]),
        ("The spectrum", ["**Microwaves** – satellite communications, mobile phones, cooking food",
                          "**Infrared** – electric heaters, grills, thermal imaging cameras",
                          "**Ultraviolet** – ages the skin early and raises the risk of skin cancer",
                          "**Visible light** – seeing, photography and fibre optics",
                          "**X-rays** – medical images of bones and airport security scanners"])])
    for seed in SEEDS:
        plan = planned(waves, seed)
        for match in of_kind(plan, Match):
            assert "Amplitude" not in {pair.title for pair in match.pairs}, seed


def test_an_ending_asked_is_told_by_a_word_the_sheet_prints_with_it():
    source = Material(loads(pack_yaml("Town", "Spanish", [("Shops", ["Most shops end in **-ería**."])]), "s.yaml"),
                      random.Random(1))
    source.record(["la frutería"], [])
    assert source.gives_away(["Most shops end in ____."], ["-ería"])
    assert not source.gives_away(["Most shops end in ____."], ["-ista"])
