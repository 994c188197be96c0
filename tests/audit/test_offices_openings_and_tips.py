"""Rules from the audits of sets BA and BB outside matching: a person's options share the answer's standing (no
office, no pope beside a knight, rulers only beside rulers); a line that completes an opening left with "..." or
points to the event before it is never asked alone; study tips, recap cards and a name glossed as a thing within a
sentence make no questions."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises import Short
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.kinds import defined_as_thing, is_office, same_station
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from sheet_builds import material, pack_yaml

HENRY = pack_yaml("Henry VIII and Rome", "History", [
    ("Background", ["Henry needed a dispensation from **Pope Julius II** to marry Catherine.",
                    "In 1521 **Pope Leo X** named him Defender of the Faith."]),
    ("Wolsey", ["Cardinal **Thomas Wolsey** was given the job of getting the annulment.",
                "Replaced as Lord Chancellor by **Sir Thomas More**.",
                "The Pope was under the control of **Charles V** after 1527."]),
    ("The break", ["**Thomas Cromwell** steered the break through Parliament.",
                   "**Thomas Cranmer** became **Archbishop of Canterbury** in 1533.",
                   "Bishop **John Fisher** refused the oath.", "**Robert Aske** led the northern rebels."])])


def test_a_persons_options_share_the_answers_standing():
    """A Lord Chancellor is no pope, no emperor and no office."""
    assert is_office("Archbishop of Canterbury") and is_office("the Lord Chancellor") and not is_office("Sir Thomas More")
    assert not same_station("Sir Thomas More", "Pope Leo X") and same_station("Pope Paul III", "Pope Leo X")
    source = material(HENRY)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Replaced"))
    (term,) = [term for term in source.terms[ref] if term.text == "Sir Thomas More"]
    shown = source.point(ref).text.replace(term.text, "")
    for seed in range(6):
        wrong = distractors(term, source.pool, random.Random(seed), 3, shown, near=ref.card, only_near=False)
        assert wrong is None or not set(wrong) & {"Pope Leo X", "Pope Julius II", "Charles V",
                                                  "Archbishop of Canterbury"}, wrong


CRUDE_OIL = pack_yaml("Crude oil", "Chemistry", [
    ("Trends in properties", ["As the hydrocarbon chain gets longer...",
                              "**Flammability** goes down – harder to ignite.",
                              "**Viscosity** goes up – runs less easily."]),
    ("Fractional distillation", ["Crude oil is heated to about **350 °C** so most of it boils.",
                                 "The column is hottest at the bottom and coolest at the top."]),
    ("Cracking", ["Long alkanes are broken into shorter, more useful ones.",
                  "It needs a catalyst of hot **aluminium oxide**."])])


def test_a_line_completing_an_opening_left_with_dots_is_never_asked_alone():
    """"Flammability goes down" says not when: the opening "As the chain gets longer..." is another point."""
    source = material(CRUDE_OIL)
    following = [ref for ref in source.refs if ref.card == 0]
    assert following and all(source.continues(ref) for ref in following)
    assert all(source.context(ref, list(source.hideable(ref))) is None for ref in following)
    assert not any(candidate.card == 0 for candidate in match_candidates(source))


def test_a_line_whose_event_or_object_is_the_one_before_leans_on_it():
    assert leans_on_previous("Charles left London soon after. He did not come back until he was a prisoner.")
    assert leans_on_previous("Puritans saw this as creeping popery.")
    assert not leans_on_previous("He left London soon after the battle.")
    assert not leans_on_previous("Soon after the war ended, rationing continued.")


def test_study_tips_are_no_content():
    assert is_scaffolding("Always draw a sketch and mark the right angle.")
    assert is_scaffolding("Label every missing length on the diagram before you start.")
    assert is_scaffolding("Use Haiti vs Chile to explain why **level of development** affects the impact.")
    assert is_scaffolding("8 August in the Spanish calendar – don't panic if a book gives a different date!")
    assert not is_scaffolding("Farmers use fertilisers to increase their yield.")
    assert not is_scaffolding("Always found in pairs on the chromosomes.")


def test_a_recap_card_asks_no_short_answer():
    """"Electroplating (and quick recap)" mixes other topics' points into its own: no scheme for one question."""
    pack = pack_yaml("Electrolysis", "Chemistry", [
        ("Electroplating (and quick recap)", ["The object to be plated is the cathode.",
                                              "The anode is made of the plating metal.",
                                              "Reduction happens at the cathode in every electrolysis.",
                                              "Oxidation is loss of electrons."]),
        ("Molten compounds", ["Ions must be free to move, so the compound is melted.",
                              "The metal forms at the cathode.", "The non-metal forms at the anode."])])
    asked = {candidate.build(0).card for candidate in short_candidates(material(pack))}
    assert 1 in asked and 0 not in asked


def test_a_name_glossed_as_a_thing_within_a_sentence_is_no_person():
    text = ("He raised money without Parliament, most famously through Ship Money – an old tax on coastal counties for "
            "the navy.")
    assert defined_as_thing(text) == "Ship Money"
    assert defined_as_thing("He was advised by John Pym – a leader of the Commons.") is None
