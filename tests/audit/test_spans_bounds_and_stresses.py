"""Round GL–GN of the unseen-pack audit: a name that is a description is offered whole, an event that runs through
another's year is not set beside it, a rule's condition leans on the rule, a figure with "or lower" is a bound, a
statement about a death tells its person's title, a country left plain is the setting, a thing something is done to
is no person, a phrase stressed in capitals is not blanked, a particle or an ocean shows no letter, an equation
sheet note is advice, and a pair of people is not offered among single ones."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.candidates import _letter
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import conflicts
from studypack.layouts.worksheet.exercises.kinds import agents
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.questions import Event, PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from sheet_builds import hideable, material, pack_yaml


def test_a_name_that_is_a_description_is_offered_whole():
    west = pack_yaml("The American West", "History", [
        ("Little Bighorn", ["**Custer** died with about 210 men of the 7th Cavalry."]),
        ("Red Cloud's War", ["**Red Cloud** led the Lakota against the forts."]),
        ("Sand Creek", ["**John Chivington** led the attack on a peaceful camp."]),
        ("The Mormons", ["**Brigham Young** led the Mormons to Salt Lake."])])
    source = material(west)
    custer = source.terms[PointRef(0, 0)][0]
    shown = source.point(PointRef(0, 0)).text.replace("Custer", "", 1)
    offered = {option for seed in range(8) for option in distractors(custer, source.pool, random.Random(seed), 3,
                                                                     shown) or ()}
    assert "Red Cloud" in offered and "Cloud" not in offered


def test_an_event_that_runs_through_another_years_is_not_set_beside_it():
    buffalo = Event("Destruction of the buffalo", "1870s–1883", (1870, 0), 0)
    bighorn = Event("The Battle of the Little Bighorn", "25 June 1876", (1876, 6), 1)
    wounded_knee = Event("Wounded Knee", "December 1890", (1890, 12), 2)
    assert conflicts(buffalo, bighorn) and conflicts(bighorn, buffalo)
    assert not conflicts(buffalo, wounded_knee)


def test_a_rules_condition_leans_on_the_rule():
    assert leans_on_previous("Only works if the limit of proportionality isn't exceeded.")
    assert not leans_on_previous("Only 3% of the Earth's water is fresh.")


def test_a_figure_with_or_lower_is_a_bound_and_a_country_left_plain_is_the_setting():
    deserts = pack_yaml("Hot deserts", "Geography", [("Climate", [
        "Winter nights much colder – can drop to approx. **5 °C** or lower.",
        "Approx. 190 000 dead in England & Wales from **disease**."])])
    assert hideable(deserts, "Winter nights") == []
    assert hideable(deserts, "Approx. 190 000") == ["disease"]


def test_a_statement_about_a_death_tells_its_persons_title():
    weimar = pack_yaml("Weimar Germany", "History", [
        ("Stresemann abroad", ["**Gustav Stresemann** signed the **Locarno Pact** (1925).",
                               "Died Oct 1929 (just before the Wall Street Crash)"]),
        ("Hyperinflation", ["Prices doubled every few days by late 1923.", "Savings became worthless overnight."]),
        ("The Ruhr", ["French and Belgian troops marched in, January 1923.", "Workers went on passive resistance."]),
        ("Gustav Stresemann", ["He was Chancellor for 100 days in 1923.", "He called off passive resistance."])])
    texts = [pair.text for candidate in match_candidates(material(weimar)) if (pair := candidate.build(0))]
    assert texts and not any(text.startswith("Died") for text in texts)


def test_a_thing_something_is_done_to_is_no_person():
    assert agents("Ship Money made illegal, Star Chamber abolished, Triennial Act passed") == set()
    assert agents("1637 – new Prayer Book forced on Scotland") == set()
    assert agents("Thomas Cromwell organised the dissolution") == {"Thomas Cromwell"}


def test_a_phrase_stressed_in_capitals_is_not_blanked():
    polymers = pack_yaml("Polymers", "Chemistry", [("Addition polymers", [
        "The C=C opens up and links to the next monomer. **Only ONE product** – nothing else made",
        "**Poly(ethene)** is made from ethene."])])
    assert hideable(polymers, "The C=C") == []
    respiration = pack_yaml("Respiration", "Biology", [("Aerobic respiration", [
        "Glucose fully oxidised → releases **LOTS** of energy", "Happens in the **mitochondria**."])])
    assert hideable(respiration, "Glucose fully") == []


def test_a_particle_or_an_ocean_shows_no_letter():
    atoms = pack_yaml("Atoms", "Chemistry", [
        ("Isotopes", ["Isotopes = atoms with the same no. of protons but a different no. of **neutrons**",
                      "Carbon-12 and carbon-14 are isotopes of **carbon**."]),
        ("The Maldives", ["Approx. 1200 coral islands in the **Indian Ocean**.",
                          "Most land is under **1 m** above sea level."])])
    source = material(atoms)
    for ref in (PointRef(0, 0), PointRef(1, 0)):
        term = source.terms[ref][0]
        assert _letter(source, term) == ""


def test_an_equation_sheet_note_is_advice_and_a_pair_is_not_offered_among_single_people():
    assert is_scaffolding("Given on the equation sheet (HT) – but you need to know which symbol is which.")
    tudors = pack_yaml("Henry VII", "History", [
        ("Henry VIII's first moves", ["Henry VIII arrested **Empson and Dudley** straight away → popular move."]),
        ("Plots", ["**Margaret of Burgundy** backed the pretenders.", "**Elizabeth of York** married Henry in 1486.",
                   "**Margaret Tudor** married James IV of Scotland."])])
    source = material(tudors)
    pair = source.terms[PointRef(0, 0)][0]
    shown = source.point(PointRef(0, 0)).text.replace(pair.text, "", 1)
    assert all(distractors(pair, source.pool, random.Random(seed), 3, shown) is None for seed in range(4))
