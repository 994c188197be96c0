"""What the rest of a sentence says about a term it would hide or change.

A blank is fair only when its sentence neither prints the answer again (in
another form, a formula, a sum, a figure restated) nor leaves another answer
as right (one item of a list, one of two alternatives, a bound, a year worked
out from a span). Every such test on the text alone lives here; what depends
on the rest of the sheet stays with the material.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from ....source._scripts import SUBSCRIPT, SUPERSCRIPT, plain_scripts
from ....source.model import Point
from .opposites import OPPOSITES
from .roles import has_verb
from .given_names import GIVEN_NAMES
from .kinds import ELEMENT_GROUPS, MONTH_PATTERN, MONTHS
from .terms import NUMBER_WORDS, Term, number_value, written_unit
from .words import (ADJECTIVES, GLOSS_DASH, YEAR, content_words, english_zipf, familiar, inside_word, numbers_in,
                    other_words_for, same_family, shares_root, singular, unaccented)


def around(text: str, term: Term) -> str:
    """A line with its term taken out: what the sheet prints beside the blank."""
    return text[:term.start] + " " + text[term.end:]


@lru_cache(maxsize=8192)
def told_beside(point: Point, term: Term, vocabulary: bool = True) -> bool:
    """Whether ``term``'s own sentence tells it, or would take another answer as well: then it is never hidden.
    (Kept for the next asking: every section asks it of every term again, and a sheet may be chosen twice.) Where
    the pack is no ``vocabulary`` list, a term the author marked after a line's dash is content ("Oxygen – relights
    a **glowing splint**"), not a meaning in English."""
    text = point.text
    example = re.search(r"(?i)\b(?:e\.g\.|such as|like|including|among them),?\s*(?:the\s+|an?\s+)?$",
                        text[:term.start]) is not None or re.match(r"\s*(?:or|and)\s+other\s+[a-z]",
                                                                   text[term.end:]) is not None  # ("e.g. H____
    # dairy cows", "signed by 59 commissioners, including ____", "no ____ or other pollutants": any other of them
    # would do)
    figures_show_which_way = _one_of_two(term.text)  # "Larger molecules have h____ boiling points": higher or
    # lower, and the letter says which; "Boiling points ____ down the group – helium −269 °C, radon −62 °C"
    return example or figures_show_which_way or _describing(text, term) or _alternative(text, term) \
        or _glossed(text, term) or _echoed(text, term) or _deadline(text, term) or _reckoned(text, term) \
        or _enumerated(text, term) or _labelled(text, term) or _qualified(text, term) or _opposed(text, term) \
        or (vocabulary or not term.marked) and _meaning_side(text, term) or _restated(text, term) \
        or _patterned(text, term) or _beside_formula(point, term) or counted_out(text, term) or _in_range(text, term) \
        or _among_figures(text, term) or symbol_beside(text, term) or _equation_beside(text, term) \
        or _named_back(text, term) or _decade_beside(text, term) or _circa(text, term) or _said_in_words(text, term) \
        or _formula_shows(text, term) or _adjective_beside(text, term) or _year_beside(text, term) \
        or _set_by_method(text, term) or _example_figure(text, term) \
        or _contrasted(text, term) or _partner_beside(text, term) or _in_an_aside(text, term) \
        or _after_worked_arrow(text, term) or _count_of_named(text, term) or _rest_of_whole(text, term) \
        or _figure_in_brackets(text, term) or _times_a_hundred(text, term) or _renamed_after(text, term) \
        or _name_slot(text, term) or _worked_out_beside(text, term) or _shown_as(text, term) \
        or _named_by_its_result(text, term) or _opening_printed(text, term) or _next_to_a_range(text, term) \
        or _study_named(text, term) or _surname_after_given_name(text, term) or _heads_its_examples(text, term) \
        or _counted_by_its_prefix(text, term) or _initial_in_bracketed_acronym(text, term) \
        or _conjugated_beside(text, term) or _auxiliary(term) or _day_by_its_date(text, term) \
        or _everyday_outcome(text, term) or _separated_beside(text, term) or _range_after_from(text, term) \
        or _initials_beside(text, term) \
        or _unit_symbol_beside(text, term) \
        or _ending_beside(text, term) or _times_beside(text, term) or _charge_shown(point, term) \
        or electrons_by_charge(text, term) \
        or _disputed_figure(text, term) or _rough_decimal(text, term) or _share_in_words(text, term) \
        or _compared_with_ago(text, term) or _punctuation_shown(text, term) or _pairs_of_total(text, term) \
        or _right_angle_said(text, term) or _nothing_lost_said(text, term) or _denied_beside(text, term) \
        or _figure_of_the_compared(text, term) or _negation_echoed(text, term) or _sex_beside(text, term) \
        or _synonym_beside(text, term) or _sum_beside(text, term) or _other_number_noted(text, term) \
        or _label_beside(text, term) or _reading_given(text, term) or _in_a_methods_heading(text, term) \
        or _units_free(text) or _unit_of_printed_units(text, term) or _said_again_in_brackets(text, term) \
        or _named_by_its_degree(text, term) or _years_between_printed(text, term) or _span_to_a_date(text, term) \
        or _lowered_figure_beside(text, term) or _land_of_name_beside(text, term) or _ratio_beside(text, term) \
        or _worded_its_own_way(term)


_PUNCTUATION = ((r"square brackets?", "["), (r"(?:round brackets?|parenthes[ie]s)", "("), (r"brackets?", "(["),
                (r"(?:curly brackets?|braces?)", "{"), (r"(?:quotation marks?|inverted commas?)", "\"“'‘"),
                (r"colons?", ":"), (r"semicolons?", ";"))
"""Marks of punctuation by name, and the signs that print them."""


def _lowered_figure_beside(text: str, term: Term) -> bool:
    """Whether a code's lowered figure of two characters or more is printed in its line ("PM₁₀ and ____ = particles
    smaller than 10 μm and 2.5 μm across" for PM₂.₅): the line spells the code out; or the other way, a figure
    asked beside the code that lowers it ("PM₁₀, PM₂.₅ — particles smaller than ____ and 2.5 µm across")."""
    def lowered(words: str) -> list[str]:
        return [plain_scripts(found).translate(_SCRIPT_DIGITS).rstrip(".,")
                for found in re.findall(r"[₀-₉][₀-₉.,\ue000-\ue03f]*|(?<=\d)[⁰¹²³⁴-⁹]+", words)]
        # (and a power: "With ____ pairs of chromosomes … 2²³ gametes" prints the 23)
    rest = text[:term.start] + " " + text[term.end:]
    figure = re.match(r"\s*(\d[\d.,]*\d|\d)", term.text) if term.kind == "number" else None
    return any(len(figure) >= 2 and re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", rest)
               for figure in lowered(term.text)) or figure is not None and figure.group(1) in lowered(rest)


def _years_between_printed(text: str, term: Term) -> bool:
    """Whether a number of years is the gap between two years the line prints ("Young Plan (1929): … 59 years to pay
    (until 1988)"): the sum tells it, and shows any other number false."""
    span = re.fullmatch(r"\s*(\d{1,3})\s*(?:-\s*)?years?\b.*", term.text, re.I)
    if span is None:
        return False
    years = [int(year) for year in re.findall(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)",
                                              text[:term.start] + " " + text[term.end:])]
    return any(abs(later - earlier) == int(span.group(1)) for earlier in years for later in years)


def _span_to_a_date(text: str, term: Term) -> bool:
    """Whether a length of time runs to a date the line prints ("power only fully restored about ____ later (August
    2018)"): counted from the event's own date, printed on the sheet, it is a sum and not a fact to recall."""
    return re.fullmatch(r"\s*\d[\d.,]*\s*(?:days?|weeks?|months?|years?)\s*", term.text, re.I) is not None \
        and re.match(r"(?i)\s*(?:later|after(?:wards)?|on)\b[^.;]*?\((?:[A-Z][a-z]+\s+)?(?:1\d{3}|20\d{2})\)",
                     text[term.end:]) is not None


def _punctuation_shown(text: str, term: Term) -> bool:
    """Whether the line prints the mark the answer names ("Put each ion in s____ … → [Na]⁺ [Cl]⁻")."""
    rest = text[:term.start] + " " + text[term.end:]
    signs = next((signs for name, signs in _PUNCTUATION if re.fullmatch(name, term.text.strip().casefold())), "")
    return any(sign in rest for sign in signs)


def _compared_with_ago(text: str, term: Term) -> bool:
    """Whether a figure counts back from now in a comparison ("More women in work than ____ years ago"): any number
    of years makes the line as true."""
    return term.kind == "number" and re.search(r"(?i)\bthan\s+(?:about\s+|around\s+|over\s+)?$", text[:term.start]) \
        is not None and re.match(r"(?i)\s*(?:years?|decades?|months?|centuries|century)?\s*(?:ago|earlier|before)\b",
                                 text[term.end:]) is not None


_SHARE_WORDS = re.compile(r"(?i)\b(?:(?:one|a)[\s-](?:half|third|quarter|fifth|sixth|eighth|tenth)|"
                          r"(?:two|three|four|five|seven|nine)[\s-](?:thirds|quarters|fifths|sixths|eighths|tenths)|"
                          r"half)\b")


def _share_in_words(text: str, term: Term) -> bool:
    """Whether a percentage is said again in words beside it ("About ____ oxygen (roughly one-fifth)"): the words
    narrow it to the one option near them."""
    return "%" in text[term.start:term.end + 2] and _SHARE_WORDS.search(text[:term.start] + " " + text[term.end:]) \
        is not None


def _rough_decimal(text: str, term: Term) -> bool:
    """Whether a figure with decimals is given as rough ("Density roughly ____ g/cm³ (LDPE)": 0.92, or 0.91 or 0.94,
    are all as right)."""
    return term.kind == "number" and re.search(r"\d\.\d", term.text) is not None and re.search(
        r"(?i)(?:\b(?:roughly|about|around|approx(?:imately|\.)?|nearly|almost|circa|c\.)|~|≈)\s*$",
        text[:term.start]) is not None


_DISPUTED = re.compile(r"(?i)\b(?:figures|estimates|counts|sources|numbers|totals)\s+(?:vary|differ|disagree)\b|"
                       r"\bsome (?:counts|estimates|sources|historians|say)\b|\bother (?:counts|estimates|sources)\b")


def _disputed_figure(text: str, term: Term) -> bool:
    """Whether a figure's own line says it is disputed ("About 1,800 deaths (figures vary – some counts are nearer
    1,400)"): any figure near it is as right, and the one printed beside it points to the answer."""
    return term.kind == "number" and _DISPUTED.search(text) is not None


_CHARGE = re.compile(r"(?i)\s*(?:[+\-−]\s*\d?|\d\s*[+\-−]|positive|negative|plus|minus)\s*")


def _charge_shown(point: Point, term: Term) -> bool:
    """Whether a charge is asked beside an ion that prints it ("halide ions with a ____ charge, e.g. Cl⁻")."""
    return _CHARGE.fullmatch(term.text) is not None and (
        re.search(r"[⁺⁻]", point.text[:term.start] + point.text[term.end:]) is not None
        or any(re.search(r"[+\-−]\}$", formula.latex) for formula in point.formulas))  # (\ce{Cl-})


def electrons_by_charge(text: str, term: Term) -> bool:
    """Whether a count of electrons moved is printed beside the charge it leaves ("Mg gives 2 electrons to O →
    [Mg]²⁺ [O]²⁻"): the charge tells the count, hidden or changed."""
    counted = re.fullmatch(r"(?i)\s*(\d|one|two|three|four)\s+electrons?\s*", term.text)
    count = number_value(counted.group(1)) if counted else None
    if not count:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    digit = "" if count == 1 else SUPERSCRIPT[str(int(count))]
    return re.search(rf"(?<![⁰-⁹]){digit}[⁺⁻]", rest) is not None


def _name_slot(text: str, term: Term) -> bool:
    """Whether a year stands where a name would ("set up by an Act of ____": Parliament fills it as well)."""
    return _year_like(term) and re.search(r"\b(?:Acts?|Treaty|Treaties|Battle|Peace|Statute|Edict|Diet|Council|"
                                          r"Congress|Union|Siege)\s+of\s+$", text[:term.start]) is not None


def _surname_after_given_name(text: str, term: Term) -> bool:
    """Whether a one-word name ends a name the line prints the start of: a surname every student has met after its
    given name ("Charles ____ … On the Origin of Species"; not "Michael ____ led the Ten Hours Movement", whose
    Sadler is the topic's), or a name after its particle ("Barra da ____"). The rest of the name and the line find it
    with no study, and a first letter leaves nothing to recall."""
    if term.kind != "name" or re.fullmatch(r"\s*[A-Z][^\W\d_'’-]+\s*", term.text) is None:
        return False
    before = text[:term.start]
    given = re.search(r"(?:^|\s)([A-Z][^\W\d_]+)\s+$", before)
    couple = re.search(r"(?:^|\s)([A-Z][^\W\d_]+)\s+(?:and|&)\s+([A-Z][^\W\d_]+)\s+$", before)  # ("Marie and Pierre
    # C____": the two given names of one famous couple)
    return given is not None and given.group(1).casefold() in GIVEN_NAMES and familiar(term.text) \
        or couple is not None and all(name.casefold() in GIVEN_NAMES for name in couple.groups()) \
        or re.search(r"(?:^|\s)[A-Z][^\W\d_]+\s+(?:da|de|do|dos|das|del|della|di|du|von|van|der|den|la|le)\s+$",
                     before) is not None


def _heads_its_examples(text: str, term: Term) -> bool:
    """Whether an everyday word heads a line of its examples or its effects ("____ and disease – e.g. desert locust
    swarms", "____ → fewer trees to absorb CO₂"): they name it, and with a first letter anyone fills it."""
    return term.kind in ("term", "name") and familiar(term.text) and len(text[:term.start].split()) <= 1 \
        and _EXAMPLES_AFTER.match(text[term.end:]) is not None


_EXAMPLES_AFTER = re.compile(r"(?i)(?:\s+(?:and|&|or)\s+[^\W\d_]+)?\s*(?:(?:[–—:(]|\s-)\s*"
                             r"(?:e\.\s?g\.|eg\b|for example|such as|like)|→)")
"""A heading's dash or bracket, then its examples; or its arrow, then what it leads to."""


def _worded_its_own_way(term: Term) -> bool:
    """Whether the answer is a clause in everyday words rather than a term ("lets the body ____ and coordinate",
    for "react to its surroundings"; "progesterone ____", for "maintains the uterus lining"): a student who learned
    the card says it in words of their own ("respond to changes"), which the key's wording does not accept."""
    words = term.text.split()
    return term.kind == "term" and len(words) >= 3 and words[0][:1].islower() \
        and (any(word in _CLAUSE_WORDS and before != "of" for before, word in zip(words, words[1:]))
             or words[0] in _CLAUSE_OPENERS)  # ("split apart b____ (3 words)", before they specialise)


_CLAUSE_WORDS = {"the", "its", "their", "his", "her", "to", "a", "an", "them", "it"}
"""Small words that make a run of words a clause, not a named term ("division of labour") nor a part of a thing
("centre of the lens")."""
_CLAUSE_OPENERS = {"before", "after", "until", "when", "while", "because", "since", "unless", "once", "so", "if",
                   "although", "whereas", "not", "never"}
"""Words that open a clause, not a term ("before they specialise", "had n____ (3 words) properly" for not been
dredged)."""


def _counted_by_its_prefix(text: str, term: Term) -> bool:
    """Whether a word built on a number ("triads", "octaves", "bilateral") stands in a line that prints that number
    ("t____: groups of three similar elements"): the count spells its start."""
    word = term.text.strip().casefold()
    rest = around(text, term).casefold()
    return term.kind in ("term", "name") and " " not in word and any(
        word.startswith(prefix) and len(word) > len(prefix) + 2 and re.search(rf"\b(?:{numbers})\b", rest)
        for prefix, numbers in _NUMBER_PREFIXES)


_NUMBER_PREFIXES = (("mono", "one|single|1"), ("mon", "one|single|1"), ("uni", "one|single|1"),
                    ("bi", "two|both|pairs?|2"),
                    ("di", "two|pairs?|2"), ("tri", "three|3"), ("tetra", "four|4"), ("quad", "four|4"),
                    ("pent", "five|5"), ("hex", "six|6"), ("oct", "eight|eighth|8"), ("dec", "ten|tenth|10"))
"""Number prefixes, and the words and figures for their numbers."""


def _initial_in_bracketed_acronym(text: str, term: Term) -> bool:
    """Whether a one-word answer's initial is a letter of a short form the line prints in brackets ("M____ – a red
    skin rash …, so children are vaccinated (MMR)"): the short form names it with its first letter."""
    word = term.text.strip()
    return term.kind in ("term", "name") and re.fullmatch(r"[^\W\d_]{4,}", word) is not None and any(
        word[0].upper() in acronym for acronym in re.findall(r"\(([A-Z]{2,5})\)", around(text, term)))


def _year_like(term: Term) -> bool:
    """Whether a term is a year, or a bare figure that reads as one where no date context made it a year ("an Act of
    1975", "from c. 1532")."""
    return term.kind == "year" or re.fullmatch(r"\s*(?:1\d{3}|20\d{2})\s*", term.text) is not None


def _renamed_after(text: str, term: Term) -> bool:
    """Whether a name for the thing follows the term in apposition, before the line's gloss ("→ ____, poly(chloroethene)
    – window frames"): a student copies it, and it makes the line as true."""
    return term.kind in ("term", "name") and _APPOSITION_AFTER.match(text[term.end:]) is not None \
        and "," not in text[:term.start]


_APPOSITION_AFTER = re.compile(r",\s*(?=[^\W\d_])[^\s,;:–—\d]+(?:\s+[^\s,;:–—\d]+)?\s+[–—]\s")
"""A word or two set off by a comma, then a dash: another name for what stands before the comma."""


def _land_of_name_beside(text: str, term: Term) -> bool:
    """Whether one known by their land ("Philip of Spain", "Anne of Cleves") stands in a line that names that land or
    its people ("many feared England would become a Spanish satellite"): among the options, the one from there."""
    land = re.search(r"\bof\s+([A-Z][a-z]{3,})$", term.text.strip())
    if term.kind != "name" or land is None:
        return False
    stems = {land.group(1)[:3].casefold(), _PEOPLE_OF.get(land.group(1).casefold(), "")[:3]} - {""}
    return any(word[:3].casefold() in stems for word in re.findall(r"\b[A-Z][a-z]{3,}", text[:term.start] + " "
                                                                     + text[term.end:]))


_PEOPLE_OF = {"france": "french", "netherlands": "dutch", "holland": "dutch", "wales": "welsh",
              "switzerland": "swiss", "greece": "greek", "norway": "norse", "denmark": "danish"}
"""Lands whose people's name does not open as the land's does ("France", "French")."""


def _rest_of_whole(text: str, term: Term) -> bool:
    """Whether a share's complement stands in its sentence ("imports about ____ of its food – roughly 60% is
    home-grown"): the two make 100%, so the line tells the blank."""
    share = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", term.text.strip())
    if share is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    rough = re.search(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost|over|under|c\.)\s*$|[~≈]\s*$",
                      text[:term.start]) is not None or re.search(r"(?i)\b(?:about|around|roughly|nearly|almost)\b", rest)
    return any(abs(float(other) + float(share.group(1)) - 100) < (3.5 if rough else 0.6)
               for other in re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", rest))  # "About ____ of cases are
    # type 2; roughly 8% are type 1": 90%, near enough 100 − 8


def _count_of_named(text: str, term: Term) -> bool:
    """Whether a count's noun stands again in its sentence ("gives ____ in every solvent; a mixture may give several
    spots" for one spot): the noun is told, and the contrast tells the count."""
    counted = re.fullmatch(r"\S+\s+([^\W\d_]{3,})", term.text.strip())
    if term.kind != "number" or counted is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    return bool(content_words(counted.group(1)) & content_words(rest))


_NUMBER_NOTE = re.compile(r"(?i)\((?:pl|plural|sing|singular|sg)\.?:?\s+([^()]+)\)")
"""A note giving a word's other number ("(pl. die Füße)", "(sing. der Zahn)")."""


def _other_number_noted(text: str, term: Term) -> bool:
    """Whether a note beside a word gives its plural or singular ("____ – the foot (pl. die Füße)" for der Fuß): the
    other form spells most of it."""
    rest = text[:term.start] + " " + text[term.end:]
    answer = [unaccented(word) for word in re.findall(r"[^\W\d_]{3,}", term.text.casefold())]
    return any(word[:3] == own[:3] for note in _NUMBER_NOTE.findall(rest)
               for word in (unaccented(part) for part in re.findall(r"[^\W\d_]{3,}", note.casefold()))
               for own in answer)


_DEGREES = {"temperature": r"warmer|hotter|colder|cooler", "wind": r"windier|windy|stiller",
            "humidity": r"humid|damper|drier", "light intensity": r"brighter|dimmer|darker",
            "concentration": r"more concentrated|more dilute", "pressure": r"higher pressure|lower pressure"}
"""Quantities and the comparatives that say them ("warmer" is more temperature)."""


def _named_by_its_degree(text: str, term: Term) -> bool:
    """Whether the line says more or less of the answer in a word of its own ("T____: warmer → more kinetic
    energy"): the comparative names the quantity."""
    said = _DEGREES.get(term.text.strip().casefold())
    rest = text[:term.start] + " " + text[term.end:]
    return said is not None and re.search(rf"(?i)\b(?:{said})\b", rest) is not None


def _said_again_in_brackets(text: str, term: Term) -> bool:
    """Whether a quoted saying is followed by its own words in another language ('"They shall not pass" (Ils ne
    passeront pas)'): the bracket gives it away to anyone who reads the other language."""
    quoted = re.search(r"[\"“'‘]\s*$", text[:term.start]) is not None
    bracket = re.match(r"[\"”'’]?\s*\(([^()]{6,})\)", text[term.end:])
    return quoted and bracket is not None and len(bracket.group(1).split()) == len(term.text.split()) \
        and not content_words(bracket.group(1)) & content_words(term.text)


def _units_free(text: str) -> bool:
    """Whether the line leaves the units to the student ("volume in m³; any units work as long as they match"): no
    one unit is the answer."""
    return re.search(r"(?i)\b(?:any|whatever)\s+units?\b", text) is not None


def _unit_of_printed_units(text: str, term: Term) -> bool:
    """Whether a compound unit is made of units the line prints ("mass in kg and height in m; unit ____" for
    kg m⁻²): it is read off the line."""
    if re.search(r"[0-9]", term.text):
        return False  # ("1000 kg/m³" is a figure, whose unit the line may well print)
    parts = re.findall(r"[A-Za-zΩµ]+", term.text)
    rest = text[:term.start] + " " + text[term.end:]
    return len(parts) >= 2 and all(len(part) <= 3 for part in parts) \
        and all(re.search(rf"(?<![\w]){re.escape(part)}(?![\w])", rest) for part in parts)


def _in_a_methods_heading(text: str, term: Term) -> bool:
    """Whether a figure stands in a heading that names a method before its colon ("Predicting state at ____: below
    the melting point → solid …"): the rule holds at any figure."""
    head = re.match(r"\W*[A-Z][a-z]+ing\b[^:]*:\s", text)
    return term.kind == "number" and head is not None and term.end <= head.end()


UNIT_NAME = re.compile(r"(?i:(?:milli|kilo|mega|centi|micro)?(?:seconds?|metres?|meters?|grams?|volts?|amps?|"
                       r"amperes?|ohms?|watts?|joules?|newtons?|hertz|pascals?|coulombs?|kelvins?|litres?|liters?))"
                       r"(?:\s*\(([^()\s]{1,4})\))?")
"""A unit by its name, perhaps with its symbol in brackets ("seconds", "volts (V)")."""


def unit_named(term: Term) -> bool:
    """Whether the answer is a unit by its name ("Unit: s____" for seconds): the letter a gap prints before its blank
    is the unit's own symbol (in a false statement or among options the name is fair); or by its symbols ("unit
    k____ (3 words)" for kg m⁻² s⁻¹, which are no words)."""
    text = term.text.strip()
    return UNIT_NAME.fullmatch(text) is not None or _SYMBOLS_UNIT.fullmatch(text) is not None \
        and re.search(r"[⁻¹²³/·]", text) is not None


_SYMBOLS_UNIT = re.compile(r"°?[^\W\d_]{1,3}[⁻¹²³]*(?:[\s·/]+°?[^\W\d_]{1,3}[⁻¹²³]*)+")
"""A unit written in symbols with powers or a slash ("kg m⁻² s⁻¹", "m/s")."""


_HOW_TO_SAY = re.compile(r"(?i)\b(?:say|said|read|spoken|pronounced?)\s+(?:it\s+|this\s+)?(?:as|aloud)\b")


def _reading_given(text: str, term: Term) -> bool:
    """Whether a figure's line says how to read it aloud ("Ich bin ____ groß – say it as eins fünfundsechzig"): the
    reading spells the figure, in any language."""
    return any(character.isdigit() for character in term.text) and _HOW_TO_SAY.search(text) is not None


def _label_beside(text: str, term: Term) -> bool:
    """Whether a point's letter the answer names stands beside it ("'Bearing of B ____' → draw the North line at A"
    for "from A"): the line says which point."""
    labels = re.findall(r"\b(?:from|at|to|of|on)\s+([A-Z])\b", term.text)
    rest = text[:term.start] + " " + text[term.end:]
    return any(re.search(rf"(?<![\w'’]){label}(?![\w'’])", rest) for label in labels)


_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d.])")
"""A figure as notes write it, thousands set off by commas ("198,000")."""


def _sum_beside(text: str, term: Term) -> bool:
    """Whether a figure's parts are added up beside it ("About ____ troops rescued (c. 198,000 British + c. 140,000
    French)" for 338,000), or the whole and the other parts stand there for a part: the sum is the answer. Without a
    "+", a whole and a part count where they are figures of the answer's measure ("about 4.2 million visitors –
    around 2.7 million stopover and ____ cruise" for 1.5 million: 4.2 − 2.7; or for 4.2 million, the sum)."""
    answer = _FIGURE.search(term.text)
    if answer is None:
        return False
    value = number_value(answer.group()) or 0.0
    rest = text[:term.start] + " " + text[term.end:]
    if "+" in text:
        others = [number_value(figure) or 0.0 for figure in _FIGURE.findall(rest)]
    elif (measure := re.match(r"\s*(%|[^\W\d_]+)", term.text[answer.end():])) is not None:
        others = [number_value(found.group()) or 0.0 for found in _FIGURE.finditer(rest)
                  if rest[found.end():].lstrip().startswith(measure.group(1))]
    else:  # a bare count among bare counts ("There are ____ in the UK: 10 in England, 3 in Wales, 2 in Scotland")
        others = [number_value(found.group()) or 0.0 for found in _FIGURE.finditer(rest)
                  if not YEAR.fullmatch(found.group()) and not re.match(r"\s*[%°]", rest[found.end():])]
    if value <= 0 or len(others) < 2:
        return False
    largest = max(others)
    return _near(sum(others), value) or _near(value + sum(others) - largest, largest) or any(
        _near(value + one, other) for at, one in enumerate(others) for to, other in enumerate(others) if at != to)


def _ratio_beside(text: str, term: Term) -> bool:
    """Whether a figure stands beside another and the times one is of the other ("about ____ compared with about
    US$49,000 in the UK, so roughly 23 times lower" for US$2,100): the division is the answer."""
    answer = _FIGURE.search(term.text)
    rest = text[:term.start] + " " + text[term.end:]
    times = [number_value(found) or 0.0 for found in re.findall(r"(\d+(?:\.\d+)?)\s*(?:times|×|x)\b", rest)]
    if answer is None or not times:
        return False
    value = number_value(answer.group()) or 0.0
    others = [number_value(figure) or 0.0 for figure in _FIGURE.findall(rest)]
    return value > 0 and any(abs(value * factor - other) <= 0.1 * other or abs(other * factor - value) <= 0.1 * value
                             for factor in times if factor > 1 for other in others if other > 0 and other != factor)


def _near(one: float, other: float) -> bool:
    """Whether two figures agree as rounded notes do (within 2%)."""
    return abs(one - other) <= 0.02 * max(one, other)


def _pairs_of_total(text: str, term: Term) -> bool:
    """Whether a count of pairs stands beside the total it halves ("____ of chromosomes (46 in total)" for 23 pairs):
    the sum is the answer."""
    pairs = re.fullmatch(r"(\d+)\s+pairs?", term.text.strip())
    rest = text[:term.start] + " " + text[term.end:]
    return pairs is not None and re.search(rf"(?<![\d.,]){2 * int(pairs.group(1))}(?![\d.,])", rest) is not None


def _right_angle_said(text: str, term: Term) -> bool:
    """Whether a right angle is asked beside words that say it ("runs straight back down, at ____ to the coast",
    "perpendicular"): the line gives 90°."""
    rest = text[:term.start] + " " + text[term.end:]
    return re.fullmatch(r"\s*90\s*°\s*", term.text) is not None \
        and re.search(r"(?i)\bstraight\b|\bperpendicular|\bright\s+angles?\b|\bsquare\s+on\b", rest) is not None


def _nothing_lost_said(text: str, term: Term) -> bool:
    """Whether a whole share is asked beside words that say nothing is lost ("If ____ efficient: … (power in = power
    out)"): the line gives 100%."""
    rest = text[:term.start] + " " + text[term.end:]
    return re.fullmatch(r"\s*100\s*%\s*", term.text) is not None and re.search(
        r"(?i)\bin\s*=\s*[\w ]{0,12}\bout\b|\bno (?:energy|power|heat) (?:is )?(?:lost|wasted)\b", rest) is not None


def _denied_beside(text: str, term: Term) -> bool:
    """Whether the line sets the answer's verb against a "doesn't" that leaves it out ("aerobic n____, anaerobic
    doesn't"): the other clause says what the answer does."""
    return term.kind == "term" and term.text[:1].islower() and re.search(
        r"(?i)\b(?:doesn[’']t|does not|don[’']t|do not|can[’']t|cannot|isn[’']t|aren[’']t)\s*(?:[.,;)]|$)",
        text[term.end:]) is not None


def _negation_echoed(text: str, term: Term) -> bool:
    """Whether an answer that says "no" stands beside another "no" that tells it ("N____ given off … – no
    fizzing!"): the line says the nothing twice."""
    return re.match(r"(?i)\W*(?:no|not|never|none)\b", term.text) is not None \
        and re.search(r"(?i)\b(?:no|not|never|none)\b", text[:term.start] + " " + text[term.end:]) is not None


def _after_worked_arrow(text: str, term: Term) -> bool:
    """Whether the term is the result of a worked step ("Genotypes 1 TT : 2 Tt : 1 tt → phenotypes ____"): it follows
    from the figures before the arrow, and from what the card says they stand for, which the line leaves out."""
    return re.search(r"\d[^→]*→\s*(?:[^\W\d_]+\s+){0,2}$", text[:term.start]) is not None


def _named_by_its_result(text: str, term: Term) -> bool:
    """Whether the line prints the word that means the answer ("Breaking bonds t____ energy → endothermic"): to call
    it endothermic is to say it takes energy in."""
    answer = term.text.strip().casefold()
    named = {answer, answer.split()[0]} if answer.split() else {answer}  # ("filter beds" is named as a filter is)
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    return any(named & set(meanings) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest)
               for word, meanings in _MEANT_BY.items())


_STERILISE = ("sterilise", "sterilised", "sterilising", "sterilisation", "sterilize", "sterilized", "sterilization")
_DISTIL = ("distillation", "distil", "distilled", "distilling", "simple distillation", "fractional distillation")
_FILTER = ("filter", "filters", "filtered", "filtering", "filtration")
_CAMPS = ("concentration camps", "concentration camp")
_SQUARES = ("difference of two squares", "the difference of two squares")
_MEANT_BY = {"endothermic": ("takes in", "take in", "taken in", "absorbs", "absorb", "absorbed"),
             "exothermic": ("releases", "release", "released", "gives out", "give out", "given out"),
             "oxidation": ("loses", "loss of", "lose"), "oxidised": ("loses", "loss of", "lose"),
             "reduction": ("gains", "gain of", "gain"), "reduced": ("gains", "gain of", "gain"),
             "milky": ("limewater",), "cloudy": ("limewater",),
             "blue-black": ("iodine", "iodine solution", "iodine solution (orange-brown)"),
             "brick-red": ("benedict's", "benedict's solution", "benedict's reagent"),
             "white": ("bleaches", "bleach", "bleached"), "colourless": ("bleaches", "bleach", "bleached"),
             "had to": ("compulsory",), "kill microbes": _STERILISE, "kills microbes": _STERILISE,
             "kill bacteria": _STERILISE, "kills bacteria": _STERILISE, "kill germs": _STERILISE,
             "condense": _DISTIL, "condenses": _DISTIL, "condensed": _DISTIL,
             "remove solids": _FILTER, "removes solids": _FILTER, "insoluble solids": _FILTER,
             "fee for driving": ("congestion charge",), "charge for driving": ("congestion charge",),
             "to cut traffic": ("congestion charge",), "a² − b²": _SQUARES, "a² - b²": _SQUARES,
             "x² − y²": _SQUARES, "x² - y²": _SQUARES, "powder": ("surface area",), "droplets": ("surface area",),
             "hot sunny days": ("heatwave", "heatwaves"), "hot days": ("heatwave", "heatwaves"),
             "swore": ("oath",), "sworn": ("oath",), "swear": ("oath",),
             "smaller pieces": ("surface area",), "solution": ("dissolve", "dissolves", "dissolved"),
             **dict.fromkeys(("ignite", "ignites", "catch fire", "catches fire"), ("flammable", "flammability")),
             **dict.fromkeys(("under the water", "underwater"), ("full immersion", "total immersion", "immersion")),
             "definite pitch": ("tuned percussion", "untuned percussion", "pitched percussion", "unpitched percussion",
                                "tuned", "untuned", "pitched", "unpitched"),
             **dict.fromkeys(("dachau", "buchenwald", "sachsenhausen", "belsen", "ravensbrück"), _CAMPS),
             **dict.fromkeys(("controlled by", "catalysed by", "sped up by", "speeded up by"), ("enzymes", "enzyme")),
             **dict.fromkeys(("vapour", "vapor"), ("evaporating", "evaporation", "evaporate", "evaporates",
                                                   "evaporated")),
             **dict.fromkeys(("trees", "tree"), ("deforestation",))}
"""Words and what they mean, printed beside a blank for the meaning ("c____ – every council had to"); a classic test's
result, printed beside a blank for its reagent or its action ("bubble the gas through l____, which turns milky", "it
b____ damp litmus paper (it goes red, then white)"); a method's steps or purpose beside a blank for its name
("d____: boil the sea water, then cool and condense the steam", "s____ to kill microbes", "C____ – a daily fee for
driving into central London"); a form beside its name ("the d____ (4 words); a² − b² = …"); a camp beside its
kind ("C____ (2 words) – Dachau opened"); what enzymes do beside them ("reactions controlled by e____"); and the
vapour a liquid makes beside its evaporating ("stops the solvent e____, so the air stays saturated with vapour"),
and trees beside their loss ("D____ → if trees are burned more CO₂ is released")."""


def _study_named(text: str, term: Term) -> bool:
    """Whether the answer is a study's name and the line says it is the study of something ("G____ – the study of
    rocks"): "-ology" is Greek for it, and every student knows the word."""
    return re.fullmatch(r"(?i)\s*[^\W\d_]+(?:ology|ologist|ologists|ography)\s*", term.text) is not None \
        and re.search(r"(?i)\bstud(?:y|ies|ying)\s+of\b", around(text, term)) is not None


def _shown_as(text: str, term: Term) -> bool:
    """Whether the line prints an example of what the answer names ("the r____ of ions (NaCl = 1 : 1)": a ratio)."""
    shape = _SHAPES.get(term.text.strip().casefold().removesuffix("s"))
    return shape is not None and re.search(shape, text[:term.start] + " " + text[term.end:]) is not None


_SHAPES = {"ratio": r"\d\s*:\s*\d", "percentage": r"\d\s*%", "fraction": r"\d\s*/\s*\d", "decimal": r"\d\.\d",
           "temperature": r"\d\s*°\s*C\b|\d\s*K\b", "mass": r"\d\s*(?:kg|g)\b", "volume": r"\d\s*(?:cm³|dm³|m³|ml|litres?)\b",
           "pressure": r"\d\s*(?:atm|Pa|kPa)\b", "time": r"\d\s*(?:s|min|minutes|hours?)\b",
           "density": r"\d\s*(?:k?g/(?:c?m|dm)³|k?g\s*(?:c?m|dm)⁻³)", "speed": r"\d\s*(?:m/s|km/h|mph)\b",
           "energy": r"\d\s*(?:k|M)?J\b", "power": r"\d\s*(?:k|M)?W\b", "force": r"\d\s*k?N\b"}
"""What a ratio, a percentage, a fraction or a decimal looks like when printed, and the units a quantity is
measured in ("Higher t____ … a 10 °C rise")."""


def _worked_out_beside(text: str, term: Term) -> bool:
    """Whether the line's other figures work the answer out: a rise between two it prints ("Up ____ between 2011 and
    2021 (428,234 → 472,400)": 10.3%), a multiple of one ("about ____ – roughly 3 times as much per gram as petrol
    (about 46 kJ/g)": 142 kJ/g), or the factor between two ("Speed ×____ from 20 to 70 mph": 3.5)."""
    if term.kind != "number" or term.value is None or term.value == 0:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    figures = [float(found.replace(",", "")) for found in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", rest)
               if not YEAR.fullmatch(found)]
    if re.match(r"\s*(?:%|per ?cent)", text[term.end:]) or "%" in term.text:
        return any(abs((after - before) / before * 100 - abs(term.value)) <= 0.6
                   for before in figures for after in figures if before and before != after)
    times = [float(found) for found in re.findall(r"(?i)(\d+(?:\.\d+)?)\s*(?:times|×|x)\b", rest)]
    if any(abs(factor * figure - term.value) <= 0.1 * abs(term.value)
           for factor in times for figure in figures if figure != factor):
        return True
    if re.search(r"[×x]\s*$", text[:term.start]) is not None and any(
            abs(after / before - term.value) <= 0.02 * abs(term.value)
            for before in figures for after in figures if before and after > before):
        return True  # "Speed ×____ from 20 to 70 mph"
    shares = [float(share) for share in re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", rest)]
    near = 0.1 if re.search(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost)\b|~|≈", text) else 0.02
    return any(abs(whole * part / 100 - share_of) <= near * share_of
               for figure in figures for share in shares for part in (share, 100 - share)
               for whole, share_of in ((figure, term.value), (term.value, figure)) if whole > share_of > 0)
    # ("peaked at about 381 … fell to about ____ – roughly 90% of its value gone": 10% of 381)


def _times_a_hundred(text: str, term: Term) -> bool:
    """Whether the term is the 100 that makes a share a percentage ("% mass = Ar × n ÷ Mr × ____"): the % tells it."""
    return term.text.strip() == "100" and re.search(r"[×x*]\s*$", text[:term.start]) is not None and "%" in text


def _figure_in_brackets(text: str, term: Term) -> bool:
    """Whether an unmarked figure stands in brackets ("High melting points (iron about 1540 °C; …)"): an example
    in passing, not what the card teaches, and nothing says how near an answer must be."""
    return term.kind == "number" and not term.marked and _closing_bracket(text, term) is not None


def _figure_of_the_compared(text: str, term: Term) -> bool:
    """Whether a figure stands in brackets after what the line compares with ("much more rain than the UK (approx.
    ____ a year)"): it may be read as either side's, and the other side's figure is as right."""
    closing = _closing_bracket(text, term)
    opening = text.rfind("(", 0, term.start)
    return term.kind == "number" and closing is not None \
        and re.search(r"(?i)\bthan\s+(?:the\s+|a\s+|an\s+)?[^\W\d_][\w'’ -]{0,30}$",
                      text[:opening].rstrip()) is not None


def _in_an_aside(text: str, term: Term) -> bool:
    """Whether the term stands in a bracketed aside that ends on "!" ("the whole circuit stops (old C____ lights!)"):
    a remark to remember it by, not what is learned; or, unmarked, in an aside that is a clause of its own ("compete
    to control supplies (oil has been a factor in several M____ conflicts)"): a remark beside the point."""
    closing = _closing_bracket(text, term)
    if closing is None:
        return False
    aside = text[text.rfind("(", 0, term.start) + 1:closing]
    return text[:closing].rstrip().endswith("!") or not term.marked and len(aside.split()) >= 5 and has_verb(aside)


def in_brackets(text: str, term: Term) -> bool:
    """Whether the term stands inside a bracketed aside ("(adult men, in 1819 demands)")."""
    return _closing_bracket(text, term) is not None


def _closing_bracket(text: str, term: Term) -> int | None:
    """Where the bracket closes that the term stands inside, or None where it stands in none."""
    opening, closing = text.rfind("(", 0, term.start), text.find(")", term.end)
    return closing if opening != -1 and closing != -1 and ")" not in text[opening:term.start] else None


def _contrasted(text: str, term: Term) -> bool:
    """Whether the answer tells apart two of one thing the line names ("A B____ robin … and an American robin", "the
    ____ ventricle … the right ventricle"): the other one says which the blank is."""
    after = re.match(r"\s+([^\W\d_]{3,})", text[term.end:])
    if term.kind not in ("term", "name") or after is None or len(term.text.split()) > 2:
        return False
    noun = re.escape(after.group(1))
    other = rf"(?i)\b(?!{noun}\b|the\b|a\b|an\b)[^\W\d_]+\s+{noun}\b"  # another word before the same noun
    return re.search(other, text[term.end + after.end():]) is not None or re.search(other, text[:term.start]) is not None


_METHOD = re.compile(r"(?i)^\W*(?:\d+[.)]\s*)?(?:(?:every|after|then|next|now|each)\b[^.;:–—]{0,25}?[\s,]+)?"
                     r"(?:put|add|pour|measure(?:\s+out)?|use|place|take|weigh(?:\s+out)?|fill|set\s+up|dissolve|heat|"
                     r"leave|record|repeat|stir|half[- ]fill|read|time(?=\s+(?:how|the|it|each|until))|wait|shake|swirl|"
                     r"mix|transfer|count|start|stop)\b")
"""A step of a practical's method ("Put 25 cm³ of acid in a polystyrene cup", "Every 30 s put a drop onto the iodine",
"Read the temperature every minute for about 10 minutes"): its amounts are the teacher's choice."""


def _set_by_method(text: str, term: Term) -> bool:
    """Whether a number is an amount a practical's method chooses ("Put ____ of dilute hydrochloric acid in a cup"):
    another amount would do as well, so no other option is wrong."""
    return term.kind == "number" and _METHOD.match(text) is not None


def _example_figure(text: str, term: Term) -> bool:
    """Whether a number is part of an example ("in a set time, e.g. 24 mm in ____"): any figure would do."""
    return term.kind == "number" and (
        re.search(r"(?i)\b(?:e\.g\.|for example|for instance|say)\s[^.;:]*$", text[:term.start]) is not None
        or re.search(r"(?i)\ban?\s+[a-z]+\s+(?:\w+ing\s+)?at\s+an?\s+(?:steady|constant|typical|fixed)\s+$",
                     text[:term.start]) is not None  # "A car cruising at a steady ____ has driving force = …": any
        # speed would do
        or re.match(r"(?i)\W*(?:worked\s+)?example\s*\d*\s*[:–—-]", text) is not None
        and (re.search(r"[×÷]\s*\d", text) is not None or re.match(r"(?i)\W*worked\b", text) is not None
             and not re.search(r"[=→]", text[:term.start])))  # "Worked
    # example: lamp moved from ____ to ____. Distance × 3": any pair three times apart fits; "Worked example: a buffer
    # of 0.100 mol CH₃COOH …; add ____": an example's given, before anything is worked, any amount would do


def _year_beside(text: str, term: Term) -> bool:
    """Whether the line prints a year next to the answer's ("Ordered at Christmas ____; survey carried out in 1086"):
    the blank is the year before or after, read off."""
    if term.kind != "year" or term.year is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    return any(abs(int(found) - term.year) == 1 for found in re.findall(r"(?<![\d.,])\d{4}(?![\d,]|\.\d)", rest))


def _formula_shows(text: str, term: Term) -> bool:
    """Whether a formula in the line shows the answer: the ion a compound's name ends in ("metal h____ … 2Na + 2H₂O →
    2NaOH"), or the charges an answer about charges is ("ions with d____, e.g. Fe²⁺ and Fe³⁺")."""
    if term.kind not in ("term", "name"):  # ("Sodium chloride, NaCl" is read as a name)
        return False
    words = re.sub(r"\s*(?:,\s*|\()[A-Z][A-Za-z₀-₉\d()]*\)?\s*$", "", term.text.strip()).casefold().split()  # ("Sodium
    # chloride, NaCl")
    rest = text[:term.start] + " " + text[term.end:]
    if any(word.startswith("charge") for word in words):
        return len(re.findall(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]*[⁺⁻]", rest)) >= 2
    part = _ION_PARTS.get(re.sub(r"s$", "", words[-1])) if words else None
    if part is None:
        return False
    metal = symbol_of(words[0]) if len(words) == 2 else ""
    return re.search(rf"[A-Z][a-z]?[₀-₉\d]*\(?{part}(?![a-z])", rest) is not None \
        or bool(metal) and all(re.search(rf"(?<![A-Za-z]){symbol}(?![a-z])", rest) for symbol in (metal, part))
    # ("S____ (2 words): one Na gives 1 e⁻ to one Cl → [Na]⁺ and [Cl]⁻": each element's symbol on its own)


_ION_PARTS = {"hydroxide": "OH", "chloride": "Cl", "bromide": "Br", "iodide": "I", "fluoride": "F", "oxide": "O",
              "sulfate": "SO₄", "sulphate": "SO₄", "carbonate": "CO₃", "nitrate": "NO₃", "sulfide": "S", "sulphide": "S"}
"""A compound's last name and how its formula writes that part ("sodium hydroxide", NaOH)."""


def _one_of_two(answer: str) -> bool:
    """Whether an answer is one of a pair of opposites, alone or before its noun ("higher", "high melting points",
    "increases"): a blank for it is a coin toss, and its first letter settles it."""
    words = answer.strip().casefold().split()
    return bool(words) and (words[0] in OPPOSITES or words[0] in ("more", "less", "fewer") or " ".join(words) in OPPOSITES
                            or words[0] in _GIVE_OR_TAKE)


_GIVE_OR_TAKE = {"gain", "gains", "gained", "gaining", "lose", "loses", "lost", "losing", "donate", "donates",
                 "donated", "accept", "accepts", "accepted", "away", "towards", "toward"}
"""Words of a pair a line takes one of ("ions g____ electrons", "bends a____ from the normal"): the letter settles
which."""


def _adjective_beside(text: str, term: Term) -> bool:
    """Whether the line prints the answer's word as its adjective of another root ("____, who sent a papal banner"
    for Pope Alexander II, "P____ orbit – passes over the poles")."""
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    for word in re.findall(r"[^\W\d_]+", term.text.casefold()):
        for noun, adjective in ADJECTIVES:
            if word in (noun, noun + "s", adjective) and re.search(rf"\b(?:{noun}s?|{adjective})\b", rest) \
                    and not re.search(rf"\b{re.escape(word)}\b", rest):
                return True
    return False


def _conjugated_beside(text: str, term: Term) -> bool:
    """Whether the line's example prints the asked verb conjugated ("____ – to trust: mi fido di mia madre" for
    fidarsi di, "____ for movement – ich bin aufgewacht" for sein): its stem or its form picks the answer out."""
    verb = re.findall(r"[^\W\d_]+", term.text.casefold())[:1]
    rest = text[:term.start] + " " + text[term.end:]
    if verb and verb[0] in _IRREGULAR and set(re.findall(r"[^\W\d_]+", rest.casefold())) & _IRREGULAR[verb[0]]:
        return True
    if not term.sort.startswith("foreign"):
        return False
    stem = re.sub(r"(?:ar|er|ir|re)(?:si|se)?$", "", verb[0]) if verb else ""
    if len(stem) < 3 or stem == verb[0]:
        return False
    return any(word.startswith(stem) for word in re.findall(r"[^\W\d_]+", rest.casefold()))


_NAMED_DAYS = {"bonfire night": (11, 5), "guy fawkes night": (11, 5), "christmas day": (12, 25), "christmas": (12, 25),
               "new year's day": (1, 1), "armistice day": (11, 11), "remembrance day": (11, 11), "d-day": (6, 6),
               "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14), "independence day": (7, 4),
               "ve day": (5, 8), "st patrick's day": (3, 17), "may day": (5, 1)}
"""Days every pupil knows by their date (Bonfire Night, 5 November), as (month, day)."""
_MONTH_NUMBERS = {month.casefold(): number for number, month in enumerate(MONTHS, 1)}


def _day_by_its_date(text: str, term: Term) -> bool:
    """Whether the answer is a day every pupil knows by its date, and the line prints that date ("the 5th November
    Act … – the origin of B____ (2 words)")."""
    day = _NAMED_DAYS.get(term.text.strip().casefold().replace("’", "'"))
    if day is None:
        return False
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    dates = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)", rest) \
        + [(number, month) for month, number in re.findall(r"\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b", rest)]
    return any(_MONTH_NUMBERS.get(month) == day[0] and int(number) == day[1] for number, month in dates)


_OUTCOME_VERB = re.compile(r"(?i)\b(?:threaten(?:ing|ed|s)?|caus(?:ing|ed|es?)|le(?:ading|d|ads?)\s+to|"
                           r"result(?:ing|ed|s)?\s+in)\s+$")


def _everyday_outcome(text: str, term: Term) -> bool:
    """Whether the answer is an outcome told in two everyday words after "threatening", "causing" or "leading to"
    ("Rice seed and crops were lost …, threatening f____ (2 words)"): common sense, not the card, fills it."""
    words = term.text.split()
    return len(words) == 2 and term.text.islower() and all(english_zipf(singular(word)) >= 3.8 for word in words) \
        and _OUTCOME_VERB.search(text[:term.start]) is not None


def _range_after_from(text: str, term: Term) -> bool:
    """Whether the answer is both ends of a change after "from" ("Death rate fell from about ____" for "42% to 2%"):
    its first figure alone makes the line true, and the key cannot say whether it earns the mark."""
    return re.search(r"\d.*\bto\b.*\d", term.text) is not None \
        and re.search(r"(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|c\.\s*)?$", text[:term.start]) is not None


def _separated_beside(text: str, term: Term) -> bool:
    """Whether the line prints a one-word verb split in two ("w____ – to hurt, e.g. Mein Bein tut weh" for wehtun,
    "ich stehe um sieben auf" for aufstehen): its first part as a word, and a word opening as the rest's stem."""
    word = term.text.strip().casefold()
    if not re.fullmatch(r"[^\W\d_]{5,}", word):
        return False
    printed = set(re.findall(r"[^\W\d_]+", (text[:term.start] + " " + text[term.end:]).casefold()))
    for cut in range(2, len(word) - 2):
        head, rest = word[:cut], re.sub(r"e?n$", "", word[cut:])
        if head in printed and len(rest) >= 2 and any(other != word and other.startswith(rest) for other in printed):
            return True
    return False


def _auxiliary(term: Term) -> bool:
    """Whether the answer is a form of the verb that makes a past tense ("Wir h____ am Strand gefaulenzt"): the choice
    is between two verbs, and its first letter makes it."""
    return term.text.strip().casefold() in _AUXILIARIES


_IRREGULAR = {"sein": {"bin", "bist", "ist", "sind", "seid", "war", "waren"},
              "haben": {"habe", "hast", "hat", "habt", "hatte", "hatten"},
              "être": {"suis", "es", "est", "sommes", "êtes", "sont", "étais", "était"},
              "avoir": {"ai", "as", "avons", "avez", "ont", "avais", "avait"},
              "ser": {"soy", "eres", "es", "somos", "sois", "son", "era", "fui", "fue"},
              "estar": {"estoy", "estás", "está", "estamos", "estáis", "están", "estaba"},
              "essere": {"sono", "sei", "è", "siamo", "siete", "ero", "era"},
              "avere": {"ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo"},
              "dürfen": {"darf", "darfst", "durfte"}, "können": {"kann", "kannst", "konnte"},
              "müssen": {"muss", "musst", "musste"}, "mögen": {"mag", "magst", "mochte"},
              "wollen": {"will", "willst", "wollte"}, "sollen": {"soll", "sollst", "sollte"},
              "wissen": {"weiß", "weißt", "wusste"}}
"""The auxiliaries and modals whose forms share no stem with them ("ich bin aufgewacht" for sein, "Man darf hier nicht
rauchen" for dürfen)."""
_PAST_MAKERS = ("sein", "haben", "être", "avoir", "essere", "avere")
_AUXILIARIES = frozenset(set().union(*(_IRREGULAR[verb] | {verb} for verb in _PAST_MAKERS))
                         | {"ha", "hemos", "habéis", "han", "haber", "zijn", "hebben", "heb", "hebt", "heeft",
                            "bent"}) \
    - {"es", "as", "a", "era"}
"""The forms of the verbs a past tense is made with, in the languages taught (not those that are also English words
or forms of Spanish "ser")."""


def _synonym_beside(text: str, term: Term) -> bool:
    """Whether the line prints another word for a one-word answer: with its first letter, the answer is read off."""
    words = re.findall(r"[^\W\d_]+", term.text.casefold())
    if len(words) != 1:
        return False
    rest = {singular(word) for word in re.findall(r"[^\W\d_]+", (text[:term.start] + " " + text[term.end:]).casefold())}
    return bool(rest & other_words_for(singular(words[0])))


def _sex_beside(text: str, term: Term) -> bool:
    """Whether the line says "women" beside an answer that is a woman's word ("women allowed on stage as ac____": the
    letters and the sex spell actresses)."""
    return re.search(r"(?i)(?:actress|waitress|mistress|seamstress|princess|duchess|countess|empress|hostess|goddess|"
                     r"heiress|stewardess|abbess|priestess|governess|baroness)(?:es)?$|(?:wom[ae]n|wives|girls?)$",
                     term.text.strip()) is not None \
        and re.search(r"(?i)\b(?:wom[ae]n|female|girls?|wives)\b",
                      text[:term.start] + " " + text[term.end:]) is not None


def _initials_beside(text: str, term: Term) -> bool:
    """Whether the line prints a two- or three-word answer as its symbol ("Unit = the ____, N m" for newton metre,
    "KE" for kinetic energy, "POWs" for prisoners of war, "p = m v" for mass × velocity), or spells out an acronym of
    the answer ("G____ – gross national income …" for GNI per capita), or lists the words a count of their initials
    names ("the ____ – Kinder, Küche, Kirche" for the 3 Ks)."""
    rest = text[:term.start] + " " + text[term.end:]
    if any(re.search(r"(?i)\b" + r"[\w'’]*[\s-]+(?:(?:and|of|the|de|du|des|et|la|le|les|und|der|die|das|von|y|del)"
                                r"\s+)*(?:[dl]['’])?".join(acronym) + r"\w*", rest)
           for acronym in re.findall(r"\b[A-Z]{2,5}\b", term.text)):  # (and "le CDI – centre de documentation et
        # d'information")
        return True
    formula_words = {word.strip()[0].casefold()
                     for word in re.findall(r"[^\W\d_]{3,}(?=\s*[=×÷/])|(?<=[=×÷/])\s*[^\W\d_]{3,}", rest)}
    if any(set(acronym.casefold()) <= formula_words for acronym in re.findall(r"\b[A-Z]{3,5}\b", term.text)):
        return True  # "force = pressure × area (the ____: F on top)" for the PFA triangle: its letters, the formula's
    counted = re.search(r"\b(\d|[a-z]+)\s+([A-Z])['’]?s\b", term.text)  # ("the '3 Ks' – Kinder, Küche, Kirche")
    if counted and (count := number_value(counted.group(1))) and 2 <= count <= 9:
        letter, count = counted.group(2), int(count)
        word = rf"{letter}[\w'’-]*"
        if re.search(rf"(?i)(?<!\w){word}(?:\s*(?:,|/|\+|&|\band\b)\s*{word}){{{count - 1}}}", rest):
            return True
    words = re.findall(r"[^\W\d_]+", term.text)
    if not 2 <= len(words) <= 3:
        return False
    letters = [word[0] for word in words]
    capitals = "".join(letter.upper() for letter in letters)  # "KE"; or spaced as a unit is, "N m" ("In" is a word)
    spaced = r"\s".join(rf"[{letter.upper()}{letter.lower()}]" if index else letter.upper()
                        for index, letter in enumerate(letters))
    if re.search(r"[^\W\d_]\s*[×÷/·*]\s*[^\W\d_]", term.text):  # "Momentum = m____, written p = m v": a product
        # of quantities beside its symbols, in either case
        symbols = r"\s*[×÷/·*]?\s*".join(rf"[{letter.upper()}{letter.lower()}]" for letter in letters)
        if re.search(rf"=\s*{symbols}(?!\w)", rest):
            return True
    return re.search(rf"(?<!\w)(?:{capitals}s?|{spaced})(?!\w)", rest) is not None  # (and "POWs" its plural)


def _unit_symbol_beside(text: str, term: Term) -> bool:
    """Whether the line prints the symbol of the unit the answer names ("mass in k____ … J/kg °C" for kilograms)."""
    symbol = _UNIT_SYMBOLS.get(re.sub(r"s$", "", re.sub(r"\s*\([^()]*\)", "", term.text).strip().casefold()))
    rest = text[:term.start] + " " + text[term.end:]
    return symbol is not None and symbol in re.split(r"[\s/·×()\[\],;:.]+", rest)


_UNIT_SYMBOLS = {"kilogram": "kg", "gram": "g", "joule": "J", "kilojoule": "kJ", "metre": "m", "meter": "m",
                 "second": "s", "newton": "N", "watt": "W", "kilowatt": "kW", "volt": "V", "amp": "A", "ampere": "A",
                 "ohm": "Ω", "pascal": "Pa", "kelvin": "K", "hertz": "Hz", "coulomb": "C", "mole": "mol",
                 "litre": "l", "centimetre": "cm", "millimetre": "mm", "kilometre": "km", "degrees celsiu": "°C",
                 "hour": "h", "minute": "min", "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB",
                 "terabyte": "TB", "bit": "b"}
"""Units a blank may ask by name, and the symbol that, printed beside it, names them."""


def _opening_printed(text: str, term: Term) -> bool:
    """Whether the line prints a separable verb's prefix as a word of its own ("au____ – to go out (ich gehe aus)" for
    ausgehen)."""
    first = re.findall(r"[^\W\d_]+", term.text.casefold())[:1]
    if not first or not first[0].endswith(("en", "rn", "ln")):
        return False
    rest = set(re.findall(r"[^\W\d_]+", (text[:term.start] + " " + text[term.end:]).casefold()))
    return any(first[0].startswith(prefix) and len(first[0]) - len(prefix) >= 3 for prefix in rest & _SEPARABLE)


_SEPARABLE = frozenset({"ab", "an", "auf", "aus", "bei", "ein", "fern", "fest", "her", "hin", "los", "mit", "nach",
                        "teil", "vor", "weg", "zu", "zurück", "zusammen", "fort", "statt", "um", "durch"})
"""German prefixes a verb leaves at the end of its clause ("ich gehe aus")."""


def _times_beside(text: str, term: Term) -> bool:
    """Whether a factor is asked beside another factor the line works from it ("1 pH unit = ____ bigger. pH 2 has
    100× the H⁺ of pH 4"): the printed one is the asked one squared, or a multiple of it."""
    asked = re.fullmatch(r"(\d+)\s*(?:×|x|times)", term.text.strip())
    if asked is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    return any(int(found.group(1)) % int(asked.group(1)) == 0 for found in re.finditer(r"(\d+)\s*(?:×|times)", rest)
               if int(asked.group(1)) > 1)


def _ending_beside(text: str, term: Term) -> bool:
    """Whether a foreign word's ending stands beside it on another word ("The n____ and vosotros forms"): with its
    first letter, the shared ending spells it."""
    if not term.sort.startswith("foreign"):
        return False
    rest = unaccented((text[:term.start] + " " + text[term.end:]).casefold())
    return any(len(word) >= 7 and any(len(other) >= 6 and other != word and other[-5:] == word[-5:]
                                      for other in re.findall(r"[^\W\d_]+", rest))
               for word in re.findall(r"[^\W\d_]+", unaccented(term.text.casefold())))


def _partner_beside(text: str, term: Term) -> bool:
    """Whether the line prints the answer's partner ("The d____ of the fraction tells you the root; the numerator …"):
    of a pair, the one not printed is the answer."""
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", term.text.casefold())
    return any(re.search(rf"\b{partner}s?\b", rest)
               for word in words for partner in _PARTNERS.get(_singular(word), ())) \
        or len(words) == 1 and any(other_start(words[0], other) for other in set(re.findall(r"[^\W\d_]{7,}", rest)))


def other_start(word: str, other: str) -> bool:
    """Whether two words differ only in how they begin ("autotroph" and "heterotroph", "monocotyledon" and
    "dicotyledon"): a shared ending of six letters or more, more than a suffix many words share."""
    shared = len(os.path.commonprefix((word[::-1], other[::-1])))
    return len(word) >= 7 and 6 <= shared < min(len(word), len(other)) \
        and len(_COMMON_SUFFIX.sub("", word[-shared:])) >= 4


_COMMON_SUFFIX = re.compile(r"(?:ications?|ations?|itions?|ically|ical|ness|ments?|ity|ities|ous|ic|al|isms?|ists?|"
                            r"ology|ives?|ively|ables?|ibles?|ised|ized|ising|izing|ers?|ing|ed|ly|es|s)$")
"""Endings many unrelated words share ("classification", "purification"): no pair's sign."""


_PAIRS = (("numerator", "denominator"), ("anode", "cathode"), ("xylem", "phloem"), ("mitosis", "meiosis"),
          ("artery", "vein"), ("acid", "alkali"), ("haploid", "diploid"), ("dominant", "recessive"),
          ("genotype", "phenotype"), ("aerobic", "anaerobic"), ("homozygous", "heterozygous"), ("concave", "convex"),
          ("transverse", "longitudinal"), ("series", "parallel"), ("renewable", "non-renewable"), ("proton", "electron"),
          ("import", "export"), ("sunrise", "sunset"), ("latitude", "longitude"), ("prokaryote", "eukaryote"),
          ("prokaryotic", "eukaryotic"), ("evaporation", "condensation"), ("melting", "freezing"),
          ("erosion", "deposition"), ("constructive", "destructive"), ("birth", "death"), ("input", "output"),
          ("xx", "xy"), ("top-down", "bottom-up"), ("inner", "outer"), ("upstream", "downstream"),
          ("primary", "secondary"), ("exothermic", "endothermic"), ("oxidation", "reduction"), ("north", "south"),
          ("east", "west"), ("left", "right"), ("male", "female"), ("maximum", "minimum"), ("conductor", "insulator"),
          ("predator", "prey"), ("producer", "consumer"), ("sensory", "motor"), ("large", "small"), ("big", "small"),
          ("high", "low"), ("hot", "cold"), ("fast", "slow"), ("strong", "weak"), ("positive", "negative"),
          ("float", "sink"), ("reactant", "product"), ("solute", "solvent"),
          ("emigration", "immigration"), ("emigrant", "immigrant"), ("inhale", "exhale"), ("inhalation", "exhalation"),
          ("afferent", "efferent"), ("systole", "diastole"), ("agonist", "antagonist"), ("debit", "credit"),
          ("supply", "demand"), ("add", "subtract"), ("adding", "subtracting"), ("multiply", "divide"),
          ("multiplying", "dividing"), ("plus", "minus"), ("oxford", "cambridge"), ("step-up", "step-down"),
          ("source", "mouth"), ("swash", "backwash"), ("windward", "leeward"), ("stalactite", "stalagmite"),
          ("anticline", "syncline"), ("cation", "anion"), ("headland", "bay"), ("endangered", "extinct"),
          ("vulnerable", "endangered"), ("halide", "halogen"), ("expansionary", "contractionary"),
          ("expansionary", "deflationary"), ("loose", "tight"), ("inflation", "deflation"),
          ("landslide", "avalanche"), ("heatwave", "drought"), ("concentrated", "dilute"),
          ("crescendo", "diminuendo"))


def _singular(word: str) -> str:
    """A pair's word as ``_PARTNERS`` keys it, with no final s ("floats" is float, "sinks" sink; "mitosis" is mitosi,
    as ``_PARTNERS`` keys it too)."""
    return re.sub(r"s$", "", word.strip().casefold())


_PARTNERS: dict[str, tuple[str, ...]] = {}
for _one, _other in ((_singular(one), _singular(other)) for one, other in _PAIRS):
    _PARTNERS[_one] = (*_PARTNERS.get(_one, ()), _other)
    _PARTNERS[_other] = (*_PARTNERS.get(_other, ()), _one)
"""Pairs a line sets side by side: one printed beside the blank for the other tells it."""


def paired(word: str) -> bool:
    """Whether ``word`` is one of a pair ("cathode", "anode"): of two, its first letter alone says which."""
    return _singular(word) in _PARTNERS


def partners(one: str, other: str) -> bool:
    """Whether two answers are the two of a pair ("large" and "small"): blanked side by side, each calls up the
    other."""
    return _singular(other) in _PARTNERS.get(_singular(one), ())


def _said_in_words(text: str, term: Term) -> bool:
    """Whether a number's line says it again in the other form ("ruled without one for **11 years** – the 'Eleven
    Years' Tyranny'", "**seven** days … a 7-day week"): then the blank is read off its own line."""
    if term.kind != "number":
        return False
    words = term.text.strip().split()
    value = _value_named(words[0].removesuffix("%")) if words else None  # ("10%" beside the "Ten Percent Plan")
    if value is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    pairs = [int(found) for found in re.findall(r"\b(\d+)\s+pairs\b", rest)]  # "____ in 23 pairs": 46
    return value in (2 * count for count in pairs) or any(
        _value_named(word) == value for word in re.findall(r"[\w]+", rest.replace("-", " ")))


def _value_named(word: str) -> int | None:
    """The whole number a word writes, in figures or in English words up to twenty, or a ten ("Eleven", "30")."""
    folded = word.casefold().replace(",", "")
    if folded.isascii() and folded.isdigit():  # (not "¹", a digit to str.isdigit but no number)
        return int(folded)
    return _COUNTING_WORDS.get(folded, NUMBER_WORDS.get(folded))


_COUNTING_WORDS = {"pair": 2, "double": 2, "triple": 3, "fortnight": 14, "decade": 10, "century": 100, "trigonal": 3,
                   "tetrahedral": 4, "pentagonal": 5, "hexagonal": 6, "octahedral": 6}
"""Words that count ("rigid tetrahedral network": 4 bonds), beside the number words ``terms.NUMBER_WORDS``."""


def _circa(text: str, term: Term) -> bool:
    """Whether the line gives the year as approximate ("chief minister from c. 1532"): the years either side are as
    right."""
    return _year_like(term) and re.search(r"(?i)(?:\bc\.|\bca\.|\bcirca|\baround|\babout)\s*$",
                                          text[:term.start]) is not None


def _decade_beside(text: str, term: Term) -> bool:
    """Whether the line dates the asked year by its decade or century ("bred pea plants in the mid-1800s; published
    in ____"): every year outside it is ruled out, and the options with it."""
    if term.kind != "year" or term.year is None:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    for found in re.finditer(r"(?<!\d)(\d{2,3})0s\b", rest):
        digits = found.group(1)
        if (term.year // 100 == int(digits[:2]) if digits.endswith("0") and len(digits) == 3
                else term.year // 10 == int(digits)):
            return True
    return False


def _named_back(text: str, term: Term) -> bool:
    """Whether the line's head is asked and its gloss names it only as "it" ("____ – the first UK city to win it"):
    the gloss says what the head did, not what it is."""
    return term.start <= 1 and GLOSS_DASH.match(text[term.end:]) is not None \
        and re.search(r"(?i)\b(?:it|them|this|these)\b", text[term.end:]) is not None


def _equation_beside(text: str, term: Term) -> bool:
    """Whether a formula is asked beside its own words ("____ – resultant force = mass × acceleration" for F = ma)."""
    return "=" in term.text and "=" in text[:term.start] + text[term.end:]


_SYMBOLS = {"joule": "J", "watt": "W", "newton": "N", "volt": "V", "amp": "A", "ampere": "A", "ohm": "Ω",
            "hertz": "Hz", "pascal": "Pa", "coulomb": "C", "kilogram": "kg", "metre": "m", "second": "s",
            "sodium": "Na", "potassium": "K", "lithium": "Li", "magnesium": "Mg", "calcium": "Ca", "iron": "Fe",
            "copper": "Cu", "zinc": "Zn", "aluminium": "Al", "silver": "Ag", "gold": "Au", "lead": "Pb",
            "chlorine": "Cl", "bromine": "Br", "iodine": "I", "fluorine": "F", "sulfur": "S", "sulphur": "S",
            "hydrogen": "H", "oxygen": "O", "nitrogen": "N", "carbon": "C", "helium": "He", "neon": "Ne", "argon": "Ar",
            "krypton": "Kr", "xenon": "Xe", "radon": "Rn", "rubidium": "Rb", "caesium": "Cs", "cesium": "Cs",
            "francium": "Fr", "astatine": "At", "beryllium": "Be", "strontium": "Sr", "barium": "Ba", "silicon": "Si",
            "phosphorus": "P", "nickel": "Ni", "chromium": "Cr", "manganese": "Mn", "cobalt": "Co", "titanium": "Ti",
            "tin": "Sn", "mercury": "Hg", "platinum": "Pt", "uranium": "U", "boron": "B",
            "carbon dioxide": "CO₂", "ammonia": "NH₃", "methane": "CH₄", "carbon monoxide": "CO",
            "sulfur dioxide": "SO₂", "sulphur dioxide": "SO₂", "nitrogen dioxide": "NO₂", "silicon dioxide": "SiO₂",
            "sodium chloride": "NaCl", "water": "H₂O", "hydrochloric acid": "HCl", "sulfuric acid": "H₂SO₄",
            "sodium hydroxide": "NaOH", "calcium carbonate": "CaCO₃", "metres per second": "m/s",
            "metre per second": "m/s", "metres per second squared": "m/s²", "kilowatt-hour": "kWh",
            "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kilojoule": "kJ", "kilojoules": "kJ",
            "sievert": "Sv", "becquerel": "Bq", "gray": "Gy", "kelvin": "K", "ultraviolet": "UV", "ultra-violet": "UV",
            "infrared": "IR", "infra-red": "IR", "double bond": "C=C", "carbon–carbon double bond": "C=C"}
"""Units and elements by name and symbol: "j____. 1 kJ = 1000 J" and "With s____ … + 2Na →" print the symbol, as
"a C=C d____" prints its double bond."""


def names_its_element(formula: str, text: str) -> bool:
    """Whether ``text`` names the one element of an ion or atom written as a formula ("Iron(II), ____ → green
    precipitate" beside Fe²⁺): the stem spells the answer."""
    symbols = set(re.findall(r"[A-Z][a-z]?", formula))
    if len(symbols) != 1:
        return False
    symbol = symbols.pop()
    folded = text.casefold()
    return any(found == symbol and re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", folded)
               for name, found in _SYMBOLS.items() if " " not in name)


def elements_named(text: str) -> set[str]:
    """The symbols of the elements ``text`` names by name ("a lone pair on the nitrogen": N)."""
    folded = text.casefold()
    return {symbol for name, symbol in _SYMBOLS.items() if name in ELEMENT_GROUPS or name in _NON_METALS
            if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", folded)}


def made_from_printed(answer: str, text: str) -> bool:
    """Whether a compound's elements are printed as the formulae it is made from ("____ ← N₂ and O₂ from the air
    reacting" for oxides of nitrogen): its name is the reactants' names put together."""
    named = elements_named(answer) | ({"O"} if re.search(r"(?i)\boxides?\b", answer) else set())
    printed = {symbol for formula in re.findall(r"(?<![^\W\d_])(?:[A-Z][a-z]?[₀-₉ₓ]*){1,4}(?![^\W\d_])", text)
               if re.search(r"[₀-₉ₓ]|[A-Z][a-z]?[A-Z]", formula) for symbol in re.findall(r"[A-Z][a-z]?", formula)}
    return len(named) >= 2 and named <= printed


def lettered_with_its_kin(answer: str, text: str) -> bool:
    """Whether an element's symbol is a letter of a short form whose other letters are elements the line names
    ("NPK … nitrogen (N), phosphorus (P) and p____": the K left over is potassium)."""
    symbol = symbol_of(re.sub(r"\s*\([^()]*\)", "", answer))  # ("potassium (K)")
    if not re.fullmatch(r"[A-Z][a-z]?", symbol):
        return False
    named = elements_named(text)
    return any(symbol in parts and set(parts) - {symbol} <= named
               for token in re.findall(r"(?<![^\W\d_])[A-Z][A-Za-z]{1,5}(?![^\W\d_])", text)
               if len(parts := re.findall(r"[A-Z][a-z]?", token)) >= 2 and "".join(parts) == token)


_NON_METALS = {"hydrogen", "oxygen", "nitrogen", "carbon", "sulfur", "sulphur", "phosphorus", "silicon", "boron",
               "aluminium", "tin", "lead", "mercury", "uranium"}
"""Elements of no group in ``ELEMENT_GROUPS`` that a course names by name as often."""


def names_of(formula: str) -> list[str]:
    """The names a formula or symbol is written for ("silicon dioxide" for SiO₂), casefolded."""
    return [name for name, symbol in _SYMBOLS.items() if symbol == formula.strip()]


def symbol_of(answer: str) -> str:
    """The symbol or formula an answer is written as ("CO₂" for carbon dioxide, "Sv" for sieverts), or ""."""
    name = answer.strip().casefold()
    return _SYMBOLS.get(name, "") or _SYMBOLS.get(re.sub(r"s$", "", name), "")


def prints_symbol_of(title: str, text: str) -> bool:
    """Whether ``text`` prints the formula or symbol of a substance ``title`` names ("CO₂ is a greenhouse gas" under
    "Carbon dioxide and climate"), a one-letter symbol aside, which reads as a letter; or the Roman numerals a title
    on them names ("iron(III) chloride" under "Naming with Roman numerals")."""
    folded = title.casefold()
    if "roman numeral" in folded and re.search(r"\((?:I{1,3}|IV|VI{0,3}|IX|X)\)", text):
        return True
    return any(len(symbol) > 1 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
               and re.search(rf"(?<![\w₀-₉]){re.escape(symbol)}(?![a-z])", text) for name, symbol in _SYMBOLS.items())


def symbol_beside(text: str, term: Term) -> bool:
    """Whether the answer's unit or element symbol is printed in its line ("Energy is measured in j____. 1 kJ = 1000
    J"; "With s____ – fizzes … 2C₂H₅OH + 2Na →"; "One ____ atom gives M and M+2 peaks (³⁵Cl : ³⁷Cl)")."""
    bare = re.sub(r"\s*\([^()]*\)", "", term.text).strip().casefold()  # "copper(II)", "sieverts (Sv)"
    word = re.sub(r"s$", "", bare) if term.kind == "term" else ""
    symbol = _SYMBOLS.get(word) or _SYMBOLS.get(bare)
    rest = text[:term.start] + " " + text[term.end:]
    first = word.split()[0] if len(word.split()) > 1 else ""
    if symbol is None and re.fullmatch(r"[A-Z][a-z]?", _SYMBOLS.get(first, "")) \
            and (re.search(r"[→⟶⇌]", rest) or len(_SYMBOLS[first]) == 2):
        symbol = _SYMBOLS[first]  # "The c____ anodes burn away (C + O₂ → CO₂)": the equation prints the element;
        # "m____ ion deficiency (Mg is needed …)" its two-letter symbol
    if symbol is None:
        return False
    compound = len(re.findall(r"[A-Z]", symbol)) > 1  # ("CO" is not printed in "CO₂")
    return re.search(rf"(?<!°)(?:\d\s*[kMmµ]?|[₀-₉⁰¹²³⁴⁵⁶⁷⁸⁹\d)]|\b{'|(?<=[A-Z])' if len(symbol) == 2 else ''})"
                     rf"{re.escape(symbol)}(?![a-z{'₀-₉' if compound else ''}])", rest) is not None  # (and "KBr(aq)"
    # prints bromine's Br)


def _among_figures(text: str, term: Term) -> bool:
    """Whether a figure is one of a run of its unit ("iron 1538 °C, copper ____. But sodium only 98 °C"): a table's
    entry, trivia beside its neighbours."""
    unit = written_unit(term)
    rest = text[:term.start] + " " + text[term.end:]
    return bool(unit) and len(re.findall(rf"\d\s*{re.escape(unit)}(?!\w)", rest)) >= 2


def _next_to_a_range(text: str, term: Term) -> bool:
    """Whether a figure follows on from a range the line prints ("25–29.9 overweight; ____ or over obese"): the
    range's end tells it."""
    value = number_value(term.text.strip()) if term.kind == "number" else None
    if not value:
        return False
    rest = text[:term.start] + " " + text[term.end:]
    for found in re.finditer(r"(\d+(?:\.\d+)?)\s*[–—-]\s*(\d+(?:\.\d+)?)", rest):
        if any(0 < abs(value - float(end)) <= 0.05 * abs(value) for end in found.groups()):
            return True
    return False


def _in_range(text: str, term: Term) -> bool:
    """Whether a figure is one end of a range ("up to about ____–650 km"): the blank reads as half a number."""
    return term.kind == "number" and (re.match(r"\s*[–—-]\s*\d", text[term.end:]) is not None
                                      or re.search(r"\d\s*[–—-]\s*$", text[:term.start]) is not None)




_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
             10: "tenth"}
_COUNT_WORDS = {2: r"(?:pairs?\b|double|twins?\b|duo\b)", 3: r"(?:triplets?|triple|trio\b)",
                4: r"(?:quartets?|quadruple)"}
"""Words that say a count ("the triplet code", "base pairs"): beside them, the count is told."""


def counted_out(text: str, term: Term) -> bool:
    """Whether a count is followed by the list it counts ("only 3 Nazis in the cabinet (Hitler, Frick, Göring)",
    "three types: X, Y and Z"): counting the items answers the blank."""
    if term.kind != "number":
        return False
    bare = re.split(r"[\s-]", term.text.strip())[0].casefold() if term.text.strip() else ""  # "two-front war": two
    count = int(bare) if bare.isascii() and bare.isdigit() else NUMBER_WORDS.get(bare)
    if count == 2 and re.match(r"[^.;]*?\b(?:against|between|with|of)\s+[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z]", text[term.end:]):
        return True  # "a two-front war against France and Russia": the two are named
    if count == 2 and re.search(r"\b(?:a|an|one)\s+([a-z]+)\s+(?:and|&)\s+(?:a|an|one)\s+(?!\1\b)[a-z]+",
                                text[term.end:]):
        return True  # "needs two parents and the fusion of a male and a female gamete": the two are named
    if count == 2 and re.search(r"\b(?:one|1)\s+(?:at|on|in)\s+each\s+(?:end|side)\b|\bboth\s+(?:ends|sides)\b",
                                text[term.end:]):
        return True  # "two functional groups each (one at each end)": an end has two
    if count in _COUNT_WORDS and re.search(rf"(?i)\b{_COUNT_WORDS[count]}", text[:term.start] + " " + text[term.end:]):
        return True  # "three bases … = the triplet code": the word for the count is printed
    if count in _ORDINALS and re.search(rf"(?i)\bthe\s+(?:{_ORDINALS[count]})\b(?!\s+(?:of|time|day|year|century))",
                                         text[term.end:]):
        return True  # "split into four zones, with France given the fourth": the last of them counts them
    if count is not None and re.match(rf"[^.;]*?\(([A-Za-z])\1{{{count - 1}}}\)", text[term.end:]) and count >= 2:
        return True  # "needs two copies of the allele (ff)": the genotype spells the count
    if count is None or not 2 <= count <= 12:
        return False
    names = re.findall(r"(?<![\w'’])[A-Z][a-z]+(?:\s[A-Z][a-z]+)*", text[term.end:])
    if count >= 3 and len(set(names)) >= count:
        return True  # "across 9 countries; about 60% in Brazil, the rest Peru and Colombia (plus Bolivia, …)"
    listed = re.search(r"\(([^()]*)\)|(?::|\s[–—-]|\s→)\s*([^.;]*)", text[term.end:])  # ("four zones – USA, Britain,
    # USSR and France")
    if listed is None:
        return False
    items = [item for item in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+",
                                       listed.group(1) or listed.group(2)) if item.strip()]
    return len(items) == count


_BY = re.compile(r"(?i)\b(?:by|until|before|after|since)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+|(?:early|late|mid)[- ]?\s*)?$")


_BOUND = re.compile(r"(?i)\b(?:one\s+of\s+the|among\s+the|in\s+the\s+top|the\s+top|the\s+(?:richest|poorest|"
                    r"wealthiest)|at\s+(?:most|least)|up\s+to|"
                    r"(?:for|over|in|during)\s+the\s+(?:last|past)|(?:no\s+)?(?:more|less|fewer)\s+than|over|under|"
                    r"below|above|exceeds?|exceeding|pass(?:es|ing)?|tops?|reach(?:es|ing)?|maximum\s+of|"
                    r"minimum\s+of)\s+$")
"""A number given as a bound ("at most 10 comparisons"): a larger one is as true, so no other number is clearly wrong."""


_BOUND_SHARED = re.compile(r"(?i)\b(?:at\s+(?:most|least)|up\s+to|(?:no\s+)?(?:more|less|fewer)\s+than|over|under)\s+"
                           r"\d[^.;:–—]*\b(?:and|or)\s+$")
"""A bound that also governs the next number of a pair ("At least 91 languages and 187 countries")."""
_BOUND_AFTER = re.compile(r"(?i)^\s*(?:[^\W\d]+\s+)?(?:and|or|&)\s+(?:above|over|more|higher|older|up(?:wards)?|"
                          r"beyond|under|below|less|fewer|younger)\b|(?:and|or)\s+(?:above|over|more|under|below)\s*$|"
                          r"^\s*\+|^\s*(?:[^\W\d]+\s+)?(?:is|are|can\s+be|becomes?)\s+(?:too\s+|very\s+|extremely\s+)?"
                          r"(?:dangerous|"
                          r"deadly|fatal|lethal|unsafe|harmful|hazardous|risky|life-threatening)\b")
"""A number given as a threshold after it ("about 45 °C and above", "65 or over", "10+", "working outside at 50 °C is
dangerous", "in 50 °C heat is dangerous"): any beyond it is as true, and one a little short of it too."""


def _deadline(text: str, term: Term) -> bool:
    """Whether a year stands after ``by``, ``until``, ``before``, ``after`` or ``since``, or a number after ``at most``,
    ``more than`` or ``up to``: "by 1964 only 5 in 1,000 owned a car" was as true by 1963, so no other year is clearly
    wrong there."""
    if term.kind == "number":
        return _BOUND.search(text[:term.start]) is not None or _BOUND_AFTER.search(term.text) is not None \
            or _BOUND_AFTER.match(text[term.end:]) is not None \
            or _BOUND_SHARED.search(text[:term.start]) is not None  # "about ____ and above", "65 or over", "At least
        # 91 languages spoken and ____ countries of birth"
    return term.kind == "year" and _BY.search(text[:term.start]) is not None


_SPAN = re.compile(r"(?i)\b(?:\d+|[a-z]+)[ -]years?\b|\b(?:decades?|centur(?:y|ies)) (?:later|earlier|after|before)\b")


def _enumerated(text: str, term: Term) -> bool:
    """Whether a term is one item of a list of three or more ("Equipment: ____, pipette, conical flask") or one of
    two examples ("such as ____ and Molotov"): any other item of the kind would answer as well."""
    start = max(text.rfind(mark, 0, term.start) for mark in ":;(") + 1
    stop = re.compile(r"[;)]|\.(?!\d)")  # (not the point of "5.4 million")
    end = next((found.start() for found in stop.finditer(text, term.end)), len(text))
    before, after = text[start:term.start].rstrip(), text[term.end:end].lstrip()
    if re.search(r"(?i)\b(?:such as|e\.g\.?|including)$", before) and re.match(r"(?i)(?:and|or|,)\b", after) \
            or re.search(r"(?i)\b(?:such as|e\.g\.?|including)\s+[^,.;]+\s+(?:and|or)$", before):
        return True  # "such as ____ and Molotov": any other example would do as well
    if text.count(",", start, end) >= 2:  # ("Spain, the Netherlands, much of ____ and the Empire")
        return before.endswith(",") or after.startswith(",") or re.search(r",\s*(?:and|or)$", before) is not None \
            or re.match(r"(?:and|or|&)\s", after) is not None and re.search(r",\s*[^,]{0,30}$", before) is not None \
            or re.search(r",[^,]{1,30}\s(?:and|or|&)(?:\s+(?:the|a|an|much of|most of|part of))?$", before) is not None
    joined = r"(?:and|or|&)"  # a list of three with one comma: "____, Anhui and Henan", "Sichuan, ____ and Henan",
    # "Sichuan, Anhui and ____" (not "In 1956, ____ and Bulganin": that comma ends no item)
    item = r"(?!(?:which|who|whom|that|where|when|while|as|but)\b)[^\s,\d]+(?:\s[^\s,\d]+){0,2}"  # a few words
    return re.match(rf",\s*{item}\s{joined}\s", after) is not None \
        or re.search(rf"(?:^|[;:(])\s*[^,\d;:()]{{1,40}},\s*{item}\s{joined}$", before) is not None \
        or before.endswith(",") and re.match(rf"{joined}\s", after) is not None \
        and re.search(r"(?:^|[\s;:(])[^\s,\d]+(?:\s[^\s,\d]+){0,2},$", before) is not None


_LABEL_WORDS = {"step", "stage", "part", "phase", "figure", "fig", "table", "question", "page", "chapter", "section",
                "type"}


_SUM = re.compile(r"\d\s*[×÷*]\s*\d|\d\s*=\s*\d|=\s*(?:about\s+)?\d")


def _labelled(text: str, term: Term) -> bool:
    """Whether a number only labels ("Step 3", "Figure 2") or repeats a figure of its sentence ("88 g of CO₂ is 2 mol
    because 88 ÷ 44 = 2"): nothing to learn, or the answer printed beside its blank."""
    if term.kind != "number":
        return False
    before = re.findall(r"[^\W\d_]+", text[:term.start].casefold())
    if before and before[-1] in _LABEL_WORDS:
        return True
    if re.search(r"[\d)]\s*[-+×÷*/−]\s*[\d(][^=]*=\s*$", text[:term.start]) or _SUM.search(text):
        return True  # "Bonds made = 2 × 431 = ____", "2.0 A for ____ passes 2.0 × 600 = 1200 C": the sum is done
        # beside the blank, so every figure of it can be worked out from the others
    if re.fullmatch(r"\d+\s*:\s*\d+", term.text.strip()) and "%" in text:
        return True  # "a 1 : 1 ratio – 50% of each": the share says the ratio
    own = re.findall(r"\d+(?:[.,]\d+)?", term.text)
    rest = re.findall(r"\d+(?:[.,]\d+)?", text[:term.start] + " " + text[term.end:])
    return bool(own) and own[0] in rest


_CONTRARY = {"more": {"less", "fewer"}, "less": {"more"}, "fewer": {"more"}, "inside": {"outside"},
             "outside": {"inside"}, "internal": {"external"}, "external": {"internal"}, "top": {"bottom"},
             "bottom": {"top"}, "upper": {"lower"}, "lower": {"upper"}, "inner": {"outer"}, "outer": {"inner"},
             "north": {"south"}, "south": {"north"}, "east": {"west"}, "west": {"east"}, "maximum": {"minimum"},
             "minimum": {"maximum"}, "anode": {"cathode"}, "cathode": {"anode"}, "light": {"dark"}, "dark": {"light"},
             "day": {"night"}, "night": {"day"}, "wet": {"dry"}, "dry": {"wet"}, "open": {"close", "closed", "shut"},
             "closed": {"open"}, "acid": {"alkali"}, "alkali": {"acid"}, "acidic": {"alkaline"}, "alkaline": {"acidic"}}
"""Words whose other half, said in the same sentence, fills the blank by contrast ("leave near the ____; short
chains leave at the top", "Stomata open in the l____ and close in the dark")."""


def _opposed(text: str, term: Term) -> bool:
    """Whether the sentence holds the answer's opposite ("the products have ____ energy …; they have more"): the
    contrast fills the blank."""
    word = term.text.strip().casefold()
    contrary = _CONTRARY.get(word, set()) | ({OPPOSITES[word]} if word in OPPOSITES else set())
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    return any(re.search(rf"\b{re.escape(other)}\b", rest) for other in contrary)


def _meaning_side(text: str, term: Term) -> bool:
    """Whether a term stands in a vocabulary point's meaning ("Sono vegetariano – ____ vegetarian"): the blank would
    test English, not the language."""
    dash = GLOSS_DASH.search(text)
    return dash is not None and term.start >= dash.end()


def _qualified(text: str, term: Term) -> bool:
    """Whether a name is followed by what narrows it ("____ of Spain", "____ of Aragon", "____, Illinois"): the
    options' places give the answer away."""
    after = text[term.end:]
    return term.kind == "name" and (re.match(r"\s+of\s+[A-Z]", after) is not None or term.sort == "place"
                                    and re.match(r",\s*[A-Z][a-z]+\s*(?:[.;)]|$)", after) is not None)


def _reckoned(text: str, term: Term) -> bool:
    """Whether a year can be worked out from the rest of its sentence: another year and a span between them ("ignored
    until 1900, 16 years after his death in ____")."""
    if term.kind != "year":
        return False
    rest = text[:term.start] + text[term.end:]
    return YEAR.search(rest) is not None and _SPAN.search(rest) is not None


_SCRIPT_DIGITS = str.maketrans({form: digit for table in (SUBSCRIPT, SUPERSCRIPT) for digit, form in table.items()
                                if digit.isdigit()})
"""Raised and lowered digits, read as the digits they are."""
_OR_AGAIN_AFTER = re.compile(r"^\s*(?:,\s*)?(?:or|i\.e\.?|=|≈|\()\s*[\d.]")


_OR_AGAIN_BEFORE = re.compile(r"[\d%]\s*(?:[^\W\d_]+\s*)?\)?\s*(?:,\s*)?(?:or|i\.e\.?|=|≈|\()\s*(?:an?\s+|the\s+)?$")
"""A figure said just before in another form ("a 1 : 1 ratio, i.e. a ____ chance", "0.25, or ____")."""


def _patterned(text: str, term: Term) -> bool:
    """Whether a short term is one of a run of its shape ("(s) solid, (l) liquid, (g) gas"): its neighbours show
    the pattern, and the blank fills itself."""
    bare = term.text.strip()
    if len(bare) > 4:
        return False
    shape = "".join(r"[^\W\d_]" if char.isalpha() else r"\d" if char.isdigit() else re.escape(char) for char in bare)
    rest = text[:term.start] + " " + text[term.end:]
    return len(re.findall(rf"(?<!\w){shape}(?!\w)", rest)) >= 2


def _describing(text: str, term: Term) -> bool:
    """Whether a year stands as a describing word ("a 1806 act banning trade"): any word describes an act."""
    return re.fullmatch(r"\d{4}", term.text.strip()) is not None \
        and re.search(r"(?i)\b(?:a|an|the)\s+$", text[:term.start]) is not None


def _alternative(text: str, term: Term) -> bool:
    """Whether the term is one of two written as alternatives ("Guten Appetit! / Mahlzeit!"): either is right."""
    return re.match(r"\s*/", text[term.end:]) is not None or re.search(r"/\s*$", text[:term.start]) is not None


def _beside_formula(point: Point, term: Term) -> bool:
    """Whether a formula typed in the point stands right beside a named term ("Sulfate SO₄²⁻ – add acid …"), or an
    ion the term names is printed in the point's formulas ("Carbonates – … CaCO₃ + 2HCl → …"): the formula spells
    the name out."""
    if term.kind != "term":
        return False
    if any(0 <= formula.start - term.end <= 2 or 0 <= term.start - formula.end <= 2
           for formula in point.formulas if not term.start <= formula.start < term.end):
        return True
    rest = point.text[:term.start] + " " + point.text[term.end:]
    return any(word in term.text.casefold() and re.search(group, rest) for word, group in _ION_GROUPS.items())


_ION_GROUPS = {"carbonate": r"CO[3₃]", "sulfate": r"SO[4₄]", "sulphate": r"SO[4₄]", "nitrate": r"NO[3₃]",
               "ammonium": r"NH[4₄]", "hydroxide": r"OH[⁻-]|\(OH\)", "phosphate": r"PO[4₄]", "sulfite": r"SO[3₃]"}
"""Ions by name and as written in a formula: "CaCO₃" beside "C____" names the carbonate."""


def _restated(text: str, term: Term) -> bool:
    """Whether a number is said again in another form beside it ("an efficiency of 0.25, or 25%"), or its figure is
    printed again in the sentence ("pH 7 is neutral; below 7 is acidic"), or a date's year is: hidden, it can be
    read off its neighbour; changed, the sentence contradicts itself."""
    if term.kind == "year" and re.match(r"\s*[–—-]\s*\d{2}(?!\d)", text[term.end:]):
        return True  # "closed the schools in 1958–59": the school year's end tells its start
    if term.kind == "year" and term.year is not None:  # "married Anne of Cleves (1540); executed July 1540"
        return re.search(rf"(?<!\d){term.year}(?!\d)", text[:term.start] + " " + text[term.end:]) is not None
    figure = re.search(r"\d[\d,.]*", term.text)
    if figure is None or term.kind != "number" and not re.match(r"[A-Za-z]{1,3}\s*\d", term.text.strip()):
        return False  # (a label such as "protein 1" is no figure: "Organelle 1 makes protein 1" gives nothing away)
    rest = plain_scripts(text[:term.start] + " " + text[term.end:]).translate(_SCRIPT_DIGITS)  # ("PM₂.₅ =
    # particles smaller than ____")
    return bool(term.kind == "number" and (_OR_AGAIN_AFTER.match(text[term.end:])
                                           or _OR_AGAIN_BEFORE.search(text[:term.start]))
                or re.search(rf"(?<![\d.,]){re.escape(figure.group().rstrip('.,'))}(?![\d,]|\.\d)", rest))


def _process_root(word: str) -> str:
    """A process noun's root, its "-ation" or "-ion" ending off ("filtration": filtr, "condensation": condens), which
    a word for its tool or act opens on, give or take a letter ("filter", "condenser"); empty for another word."""
    root = re.sub(r"(?:ation|ition|ion)$", "", word)
    return root if root != word and len(root) >= 4 else ""


def _echoed(text: str, term: Term) -> bool:
    """Whether a word of the term stands elsewhere in its sentence ("sit in the Lords as Lords Spiritual", "Stroke
    volume is the volume of …"): hidden, half of it would still be printed beside the blank."""
    if term.kind not in ("term", "name"):
        return False
    rest = text[:term.start] + " " + text[term.end:]
    bare = term.text.strip(' "“”')
    if bare.startswith("-") and re.search(r"\w" + re.escape(bare[1:]) + r"\b", rest, re.I):
        return True  # "-re verbs take -u, as in vendu": the example ends as the answer does
    words = content_words(term.text) - numbers_in(content_words(term.text))
    if words & content_words(rest):
        return True
    if short_words(bare) & set(_THREE_LETTERS.findall(rest.casefold())):
        return True  # "universal law … as a law for everyone"
    if inside_word(bare, rest):
        return True  # "I____ – being exposed to radiation": the rest spells most of "Irradiation"
    if any(word.startswith(short.casefold()) and short.casefold() != word
           for word in re.findall(r"[^\W\d_]{4,}", bare.casefold()) for short in re.findall(r"\b[A-Z]{3,}\b", rest)):
        return True  # "in d____ mode (look for D or DEG on the screen)": the screen's abbreviation opens the answer
    if bare.isupper() and len(bare.split()) > 1 and all(
            re.search(rf"(?i)\b{re.escape(word)}", rest) for word in bare.split() if len(word) >= 2):
        return True  # "Reduction at the cathode … (R____, AN OX)": a mnemonic spelled by the words beside it
    if any(len(other) >= 4 and word.startswith(other) and other != word
           for word in re.findall(r"[^\W\d_]{7,}", bare.casefold()) for other in re.findall(r"[^\W\d_]{4,}", rest.casefold())):
        return True  # "P____ – very long chains, e.g. poly(ethene)": the example opens the answer
    if any(other != word and len(os.path.commonprefix([word[::-1], other[::-1]])) >= max(7, len(word) - 3)
           for word in re.findall(r"[^\W\d_]{8,}", bare.casefold())
           for other in re.findall(r"[^\W\d_]{8,}", rest.casefold())):
        return True  # "steeper → ac____; less steep → decelerating": the word beside differs by its prefix alone
    if {_stem(word).rstrip("iy") for word in re.findall(r"[^\W\d_]{7,}", bare.casefold())} \
            & {_stem(other).rstrip("iy") for other in re.findall(r"[^\W\d_]{7,}", rest.casefold())}:
        return True  # "upright, magnified → m____" for "magnifying glass": the line prints the word in another form
    if any(len(prefix := os.path.commonprefix([word, other])) >= 6 and len(prefix) * 3 >= len(other) * 2
           for word in re.findall(r"[^\W\d_]{7,}", bare.casefold())
           for other in re.findall(r"[^\W\d_]{7,}", rest.casefold())):
        return True  # "P____ – tiny solid particles" for particulates: two thirds of the word beside opens the answer
    if any(root and other.startswith(root[:-1]) and len(other) <= len(root) + 3
           for root in (_process_root(word) for word in re.findall(r"[^\W\d_]{8,}", bare.casefold()))
           for other in re.findall(r"[^\W\d_]{5,}", rest.casefold())):
        return True  # "f____ – passing through wire meshes & filter beds" for filtration: the tool beside names the
        # process
    words_beside = set(re.findall(r"[^\W\d_]{4,}", rest.casefold()))
    if any(whole != part and whole.endswith(part) and len(whole) - len(part) >= 4
           and word.startswith(whole[:len(whole) - len(part)])
           for word in re.findall(r"[^\W\d_]{6,}", bare.casefold()) for whole in words_beside for part in words_beside):
        return True  # "Hydrocarbon – a compound of h____ and carbon": the compound word beside spells the answer's
        # start
    example = unaccented(" ".join(re.findall(r"\(([^)]*)\)", rest)).casefold())
    if any(other[:5] == word[:5] for word in re.findall(r"[^\W\d_]{6,}", unaccented(bare.casefold()))
           for other in re.findall(r"[^\W\d_]{6,}", example)):
        return True  # "sitzenbleiben – to repeat a year (Er ist sitzengeblieben.)": the example shows the verb
    others = set(re.findall(r"[^\W\d_]{4,}", unaccented(rest.casefold())))
    if any(word[-2:] in ("al", "ic", "ed", "er", "es", "ly", "us") and other != word and other.startswith(word[:-2])
           and other[3:4] in "aeiouy" and len(other) - len(word) <= 3
           for word in re.findall(r"(?<![^\W\d_])[^\W\d_]{5}(?![^\W\d_])", unaccented(bare.casefold()))
           for other in others):
        return True  # "v____ infections … they don't work on viruses": a five-letter answer in another form
    if any(re.fullmatch(rf"{re.escape(word)}(?:ly|ness|er|est|ed|ing)", other)
           for word in re.findall(r"(?<![^\W\d_])[^\W\d_]{4,5}(?![^\W\d_])", unaccented(bare.casefold()))
           for other in others):
        return True  # "a quick r____ to find roughly where the end point is": "roughly" spells rough titration
    return any(len(other) >= 5 and (other.startswith(word[:len(word) - 2]) and abs(len(other) - len(word)) <= 3
                                    or shares_root(word, other, 5) or word[:5] in other and not other.startswith(word[:5]))
               or word.startswith(other) and word != other and len(other) * 3 >= len(word) * 2
               or same_family(word, other) or _stem(word) == _stem(other)
               or len(other) >= 6 and other[:5] in word and not word.startswith(other[:5])  # "B____ – … a
               # leachate" for Bioleaching
               for word in re.findall(r"[^\W\d_]{6,}", unaccented(bare.casefold())) for other in others)
    # (another form of the answer: "rex totius Britanniae – … Britain", "hydrochloric acid → c____" for chlorides,
    # "… acid" beside "____ solutions" for acidic)


def _stem(word: str) -> str:
    """A word less its ending, where three letters or more stay ("zoning" and "zones" are both "zon")."""
    stem = re.sub(r"(?:ing|ed|es|s|e)$", "", word)
    return stem if len(stem) >= 3 else word


_THREE_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]{3}(?![^\W\d_])")


def short_words(text: str) -> set[str]:
    """The words of three letters in ``text`` that say something ("law", "sex"), which content words leave out."""
    return set(_THREE_LETTERS.findall(text.casefold())) - _SHORT_COMMON


_SHORT_COMMON = {"the", "and", "for", "are", "was", "but", "not", "has", "had", "its", "his", "her", "who", "how", "why",
                 "can", "may", "all", "any", "one", "two", "six", "ten", "per", "off", "out", "own", "new", "use", "way",
                 "did", "let", "put", "see", "say", "our", "you", "she", "him", "les", "des", "une", "est", "que", "qui"}


def _glossed(text: str, term: Term) -> bool:
    """Whether a term has its own explanation beside it (in brackets, or after ``, or``: "miasma, or bad air"), or
    stands inside brackets."""
    after, before = text[term.end:].lstrip(), text[:term.start].rstrip()
    return after.startswith(("(", "[")) and not _DATE_IN_BRACKETS.match(after) or before.endswith(("(", "[")) \
        or (after.startswith(")") and "(" in before) or text[term.end:].startswith(", or ") \
        or _FORMULA_AFTER.match(text[term.end:]) is not None \
        or text[term.end:term.end + 1] in _GLUED  # "____⁻ ions": the blank is half of "OH⁻"


_DAY_MONTH_YEAR = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_PATTERN}\s+)?"
_DATE_IN_BRACKETS = re.compile(rf"(?i)\(\s*(?:c\.\s*)?{_DAY_MONTH_YEAR}(?:1\d{{3}}|20\d{{2}})s?"
                               rf"(?:\s*[–—-]\s*{_DAY_MONTH_YEAR}\d{{2,4}})?\s*\)")
"""A date in brackets after a name ("the Locarno Pact (Oct 1925)"): when it happened, no gloss of what it is."""


_FORMULA_AFTER = re.compile(r",\s*(?:[A-Z][a-z]?[\d₀-₉]*){1,6}(?:\((?:aq|s|l|g)\))?\s*[.;,)]?\s*$")
"""A formula after the term that names the same thing ("sodium chloride solution, NaCl(aq)")."""


_GLUED = frozenset("⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")
