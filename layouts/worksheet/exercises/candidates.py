"""Every gap fill, multiple choice and true or false the pack could give, scored (matching and short answers
have modules of their own)."""
from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from ....source._scripts import SUBSCRIPT
from ....source.dates import when
from .beside import around, in_brackets, lettered_with_its_kin, made_from_printed, paired, partners, unit_named
from .claims import echoes
from .distractors import distractors, nounish
from .kinds import MONTH_PATTERN, MONTHS, PERSON_STYLES, SHIP_PREFIXES, is_element
from .questions import Choice, Gap, PointRef, Segment, TrueFalse, plain
from .material import (Candidate, Material, antonym_told, compound_told, compound_of_printed, holds, length_score,
                       lists_of_a_kind, spelled_like, stem_told, translated, worked_beside)
from .roles import (CAUSE_LABEL, IN_A_RELATIVE, STEPS_RUN_ON, THING_UNNAMED, WORKED_SUM, gives_for_working, has_verb,
                    starts_with_pronoun)
from .terms import is_date_context, number_value
from .words import (ADJECTIVES, GLOSS_DASH, IRREGULAR_PAST, TRADE_NAMES, YEAR, capitalised, common_phrase, cued,
                    content_words, english_zipf, everyday, everyday_compound, familiar, fields, known_people,
                    listed_together, other_words_for, restated, root_shared, shares_root, singular, spans_in, stem,
                    stock_phrase, word_count)

MAX_BLANKS = 3
"""A gap-fill sentence hides at most this many terms; more would leave too little to go on."""
FAMILIAR_LAST = 1.5
"""How far a line whose every term is a familiar word ranks behind the rest for a gap fill."""


# -- gap fill ----------------------------------------------------------------

def gap_candidates(source: Material) -> list[Candidate]:
    out = []
    for ref in source.refs:
        terms = source.terms[ref]
        if not terms:
            continue
        count = min(len(terms), blanks_for(source.point(ref).text))
        score = {1: 3.0, 2: 3.0, 3: 1.5}[count] + (1.0 if terms[0].marked else 0.0) - 0.5 * (len(terms) - count)
        if all(familiar(term.text) for term in terms):
            score -= FAMILIAR_LAST  # the topic's own words first: "h____ gas", "genetically identical c____" are
            # often answered from the line alone
        score += length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _gap(source, ref)))
    return out


def _verb_slot(text: str, term) -> bool:
    """Whether a one-word term stands where a method's step puts its verb ("then r____ to find the missing value"):
    a step to take, which the line's own words give, not a fact of the card."""
    return " " not in term.text.strip() and term.kind == "term" \
        and re.search(r"(?i)\b(?:then|first|next|always|never|must|should|can)\s+$", text[:term.start]) is not None \
        and re.match(r"\s+(?:to|the|it|them|both|each|all|a|an|your|its|their)\b", text[term.end:]) is not None


_COMPASS_FIRST = re.compile(r"(?i)(?:north|south|east|west|northern|southern|eastern|western|central|"
                            r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+[^\W\d_]")
"""An answer opening on a compass point ("West Africa")."""
_COMPASS_REST = 3.5
"""How common (Zipf) the words after the compass point must be for the letter to give them away."""


def _or_another(text: str, term) -> bool:
    """Whether another formula stands beside the blank as its alternative ("____ or KOH", "NaOH or ____")."""
    return re.match(r"\s*(?:or|/)\s*[A-Z][A-Za-z₀-₉()]*", text[term.end:]) is not None \
        or re.search(r"[A-Z][A-Za-z₀-₉()]*\s*(?:or|/)\s*$", text[:term.start]) is not None


_REGNAL_AFTER_TITLE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Pope|Tsar|Tsarina|Sultan|Shah|Kaiser|Pharaoh)\s*$")
_REGNAL = re.compile(r"\s(?:[IVX]{1,4})\b")
"""A ruler's title before a blank, and a reign's number in a name: beside names without one, the title picks it."""


_BASE = re.compile(r"(?i)adenine|thymine|cytosine|guanine|uracil")
_BASES_SHORT = re.compile(r"\b[ACGTU](?:p|\s*[–-]\s*)?[ACGTU]\b|\b[ACGTU]{3,}\b")
"""A base's name, and bases written by their letters ("a CpG site", "A–T", "ATG")."""


_CLASS_ENDINGS = {"ketone": "one", "ketones": "one", "aldehyde": "al", "aldehydes": "al", "alcohol": "ol",
                  "alcohols": "ol", "alkene": "ene", "alkenes": "ene", "alkane": "ane", "alkanes": "ane",
                  "alkyne": "yne", "ester": "oate", "esters": "oate", "amine": "amine", "amines": "amine"}
"""Classes of compound and the ending that names their members ("propanone" is a ketone)."""


_COUNTERPARTS = {"husband": "wife", "wife": "husband", "mother": "father", "father": "mother", "male": "female",
                 "female": "male", "son": "daughter", "daughter": "son", "brother": "sister", "sister": "brother",
                 "boy": "girl", "girl": "boy", "men": "women", "women": "men", "man": "woman", "woman": "man",
                 "king": "queen", "queen": "king", "sperm": "egg", "egg": "sperm", "maternal": "paternal",
                 "paternal": "maternal", "multiplying": "adding", "adding": "multiplying", "dividing": "subtracting",
                 "subtracting": "dividing", "fission": "fusion", "fusion": "fission", "oxidation": "reduction",
                 "reduction": "oxidation", "anode": "cathode", "cathode": "anode", "mitosis": "meiosis",
                 "meiosis": "mitosis", "haploid": "diploid", "diploid": "haploid", "dominant": "recessive",
                 "recessive": "dominant", "endothermic": "exothermic", "exothermic": "endothermic",
                 "exports": "imports", "imports": "exports", "crests": "troughs", "troughs": "crests",
                 "crest": "trough", "trough": "crest", "peaks": "troughs", "peak": "trough"}
"""Words that come in pairs: beside one, a blank's letter gives the other ("Deal with the adding or subtracting first,
then the m____ (3 words)", "right of the peak release energy by f____" beside fusion)."""


def _opposite_taught(source: Material, answer: str) -> bool:
    """Whether the pack also teaches the answer's first word negated ("anaerobic" beside "aerobic bacteria")."""
    first = re.match(r"[^\W\d_]+", answer.strip())
    if first is None:
        return False
    negations = {stem(f"{prefix}{first.group().casefold()}") for prefix in ("an", "un", "in", "non")}
    return any(negations & source.card_words(card) for card in range(len(source.pack.cards)))


def _counterpart_printed(text: str, term) -> bool:
    """Whether a blank opens on a word whose partner its line prints ("using the h____ (2 words) and wife's egg":
    husband's sperm)."""
    first = re.match(r"[^\W\d_]+", term.text.strip())
    partner = _COUNTERPARTS.get(first.group().casefold()) if first else None
    rest = text[:term.start] + " " + text[term.end:]
    return partner is not None and re.search(rf"(?i)\b{partner}(?:s|['’]s)?\b", rest) is not None


def _class_by_its_ending(text: str, term) -> bool:
    """Whether a gap asks a compound's class where its line names a member by the class's ending ("Product is an
    aromatic k____" beside "phenylethanone"): the name tells the class to anyone taught the endings."""
    ending = _CLASS_ENDINGS.get(term.text.strip().casefold())
    rest = text[:term.start] + " " + text[term.end:]
    return ending is not None and re.search(rf"(?i)\b[a-z-]*(?:meth|eth|prop|but|pent|hex|hept|oct|non|dec)[a-z-]*"
                                            rf"{ending}\b", rest) is not None


def _names_a_title(source: Material, term) -> bool:
    """Whether a card's title is the term, or the term with what the title adds after a dash or in brackets."""
    name = term.text.strip().casefold().removeprefix("the ")
    return any(re.split(r"\s+[–—-]\s+|\s*\(", card.title.casefold())[0].strip(" .:").removeprefix("the ") == name
               for card in source.pack.cards)


def _subscript_told(text: str, title: str, term) -> bool:
    """Whether a symbol's subscript spells a word its line or its card's title prints ("Feasible when ΔSₜₒₜₐₗ is
    positive" under "Entropy of the surroundings (total entropy)"): the symbol's letter and that word give it."""
    spelled = "".join(_SUBSCRIPT_LETTERS.get(char, " ") for char in term.text)
    rest = f"{title} {text[:term.start]} {text[term.end:]}".casefold()
    return any(re.search(rf"\b{re.escape(word.casefold())}", rest) for word in re.findall(r"\w{3,}", spelled))


_SUBSCRIPT_LETTERS = {form: letter for letter, form in SUBSCRIPT.items() if letter.isalpha()}
"""Each subscript letter ("ₜ"), to its letter."""


def _abbreviation_printed(text: str, term) -> bool:
    """Whether the line prints the answer's words shortened and run together ("c____ (2 words) to form acetyl CoA":
    coenzyme A): the short form spells its start."""
    words = re.findall(r"[^\W\d_]+", term.text.casefold())
    if len(words) < 2:
        return False
    shape = "".join(rf"{re.escape(word[0])}{''.join(f'(?:{re.escape(letter)}' for letter in word[1:3])}"
                    rf"{')?' * len(word[1:3])}" for word in words)
    rest = text[:term.start] + " " + text[term.end:]
    return any(re.fullmatch(shape, token.casefold()) for token in re.findall(r"[^\W\d_]{3,}", rest)
               if not token.islower())


def _worked_from_line(text: str, term) -> bool:
    """Whether a figure is the product or the sum of two others its line prints ("32 turbines of 700 MW each → total
    capacity of about ____" for 22,500 MW), a span of years among them: a sum the line sets, not a figure to recall."""
    answer = number_value(term.text)
    rest = text[:term.start] + " " + text[term.end:]
    figures = [number_value(found) for found in re.findall(r"\d[\d,]*(?:\.\d+)?", rest)
               if not YEAR.fullmatch(found)]  # (a year is no amount to work with)
    figures = [value for value in figures if value]
    years = [int(found) for found in re.findall(r"\b(?:1\d{3}|20\d{2})\b", rest)]
    if len(years) == 2:  # "About ____ of land lost between 1600 and 1850 – roughly 1 m a year" (250 m): the span's
        figures.append(float(abs(years[1] - years[0])))  # length is an amount the line gives
    if not answer or len(figures) < 2:
        return False
    return any(abs(result - answer) <= 0.03 * answer for i, first in enumerate(figures) for second in figures[i + 1:]
               for result in (first * second, first + second))


def _taught(source: Material, ref: PointRef, term) -> bool:
    """Whether the pack teaches a term as one of its own: its line opens on it ("Conventional current flows from + to
    −"), it names a card, a line defines it ("Activation energy – the least energy …"), or it is a key term of two
    lines or more."""
    name = re.escape(term.text.strip())
    return re.fullmatch(r"\W*(?:[a-z\d]{1,2}[).]\s*)?", source.point(ref).text[:term.start]) is not None \
        or source.pool.frequency_of(term) >= 2 or any(
        re.fullmatch(rf"(?i)\W*{name}\W*", card.title) for card in source.pack.cards) or any(
        re.match(rf"(?i)\W*{name}\W*(?:\([^()]*\)\s*)?(?:[–—=:-]|\b(?:is|are|means)\b)", point.text)
        for card in source.pack.cards for point in card.points)


def blanks_for(text: str) -> int:
    """How many blanks a sentence can take and still be answerable: one per seven words, one to three."""
    return max(1, min(MAX_BLANKS, word_count(text) // 7))


def _figure_unasked(source: Material, ref: PointRef, term) -> bool:
    """Whether a figure or a year is no fair blank however its line reads: what fills it is not what the card
    teaches."""
    text = source.point(ref).text
    before = text[:term.start]
    if _year_shaped(term) and (term.kind == "year" or not _SUM_BEFORE.search(before)) and not _dated_slot(text, term):
        return True  # "executed ____ for resisting": "publicly" fits as well as 1539
    if _year_shaped(term) and _PLACED_IN.search(before):
        return True  # "The Second Continental Congress met in ____": Philadelphia fits as well as May 1775
    if _year_shaped(term) and re.search(r"(?i)\bcensus", text) and any(year != term.text.strip()
                                                                       for year in YEAR.findall(text)):
        return True  # "472,000 (2021 census), up from about 428,000 in ____": a census comes every ten years
    if term.kind == "year" and _negated(text, term):
        return True  # "Calvinism was not recognised in ____": nor in the years after it, until 1648
    if term.kind != "number":
        return False
    figure = term.text.strip()
    return (number_value(figure) == 1  # "→ ____ turn per turn"
            or gives_for_working(source.pack.cards[ref.card].points, ref.point)  # "6 g H₂ and ____ g O₂": a worked
            # example's given, which any figure fills
            or _negated(text, term)  # "No vaccine is ____ effective": "fully" fits as well as 100%
            or re.fullmatch(r"100\s*%", figure) is not None and _NEARLY.search(before) is not None  # "almost ____"
            or figure == "100" and re.search(r"[×x*]\s*$", before) is not None)  # "× ____": a percentage's hundred


_DATED_NAME = re.compile(r"\(\s*(?:c\.\s*)?\d{3,4}(?:\s*[–—-]\s*\d{2,4})?\s*\)\s*$")
"""A name that carries its year in brackets ("Days of May (1832)")."""
_NAMED_METHOD = re.compile(r"(?:['’]s)?\s+(?:process|cycle|principle|effect|law|reaction|equation|scale|disease|"
                           r"syndrome)\b")
"""The kind of thing a one-word name before it names ("the Haber process", "the Doppler effect", "Parkinson's
disease")."""
_PLACED_IN = re.compile(r"(?i)\b(?:met|meets|held|gathered|assembled|convened|sat|signed|born|died|lived|settled|"
                        r"landed|founded|built|based|stationed|imprisoned|buried|crowned|married)\s+in\s*$")
"""A verb that happens somewhere, then "in" ("met in ____"): a place reads there as well as a date."""


_GRAMMAR_NAME = re.compile(
    r"(?i)(?:(?:il|lo|la|le|l['’]|el|der|die|das|o|a|het|de)\s*)?"
    r"(?:futur[oe]?(?:\s+(?:simple|proche|semplice|anteriore|próximo))?|passato\s+(?:prossimo|remoto)|"
    r"passé\s+(?:composé|simple)|imparfait|imperfetto|imperfecto|imperfeito|pretérito(?:\s+\w+)?|presente|présent|"
    r"präsens|perfekt|präteritum|plusquamperfekt|plus-que-parfait|trapassato(?:\s+prossimo)?|condizionale|"
    r"conditionnel|condicional|konjunktiv(?:\s+i{1,2})?|subjonctif|congiuntivo|subjuntivo|conjuntivo|infinitivo|"
    r"infinitif|infinitiv|infinito|imperativo|impératif|imperativ|gerundio|gérondif|participio(?:\s+passato)?|"
    r"participe(?:\s+passé)?|partizip(?:\s+i{1,2})?)")
"""A tense's or a verb form's name in the language taught ("il futuro", "le passé composé", "das Perfekt"): each is
its English name's cousin, so its letter gives it to any student."""


def _year_shaped(term) -> bool:
    """Whether a term is a year, or a bare four-figure number that reads as one (2100 too, a projection's year)."""
    return term.kind == "year" \
        or term.kind == "number" \
        and re.fullmatch(r"1\d{3}|2[01]\d{2}|\d{1,4}\s*(?:CE|BCE|AD|BC)", term.text.strip()) is not None
    # ("starting in 610 CE": a year by its era, and "starting in ____ in the cave" takes "Ramadan" as well)


def _too_long_to_recall(term) -> bool:
    """Whether an answer is too long to write word for word from its first letter: five words or more ("Against the
    Murderous, Thieving Hordes of Peasants"), or a name of four that is no "Treaty of …" ("Murtala Muhammed
    International Airport – a hub for West Africa": nothing says an airport is asked)."""
    words = re.sub(r"\s*\([^()]*\)", "", term.text).split()
    return len(words) >= 5 or len(words) == 4 and term.kind == "name" and "of" not in words


def _gap(source: Material, ref: PointRef) -> Gap | None:
    if _MISTAKES_TITLE.search(source.pack.cards[ref.card].title):
        return None  # "Common mistakes: Forgetting the p____ in LHWP – examiners want …": a slip to avoid, or advice
    if source.word_list and _ARTICLE.match(source.pack.cards[ref.card].title) and ref.point == 0:
        return None  # "h____ – often shortened to TPC" on the card "os trabalhos de casa": a word's card holds its
        # meaning, which translation asks, and a gap would ask the English word
    if source.word_list and GLOSS_DASH.search(source.point(ref).text) \
            and _GRAMMAR_GLOSS.search(GLOSS_DASH.split(source.point(ref).text, maxsplit=1)[-1]):
        return None  # "Non mi è p____ la spiaggia – the participle agrees with la spiaggia": after the dash, a note on
        # the very form the blank asks, where a meaning would stand
    if _QUERY_CODE.search(source.point(ref).text):
        return None  # "S____ (2 words), Price FROM Books …" (SELECT Title): a line of code, its words the language's
        # own or the example's, which no card teaches
    # after "a" or "an" the article would pick the answer out of a word bank, and so would the one describing word or
    # verb among nouns: a gap hides a noun, a name, a number or a date
    hideable = [term for term in source.hideable(ref) if not term.article and term.sort not in _NOT_GAPS
                and not (term.kind == "term" and term.place and not nounish(term))  # "the network ____." takes a verb
                and not _CLAUSE.search(term.text) and not unit_named(term)
                and not re.fullmatch(r"(?i)\s*(?:how|what|when|where|why|which)(?:\s+\w+)?\s*", term.text)  # "and
                # h____ (2 words) it is switched on": "how long" is a question's words, which English gives
                and not _CHANGE_OF_STATE.fullmatch(term.text.strip())  # "the plant w____", "water vapour c____ →
                # cloud": a verb of change every pupil knows, which the line's own words give
                and not (term.kind == "name" and not term.marked and len(term.text.strip()) <= 3)  # "About 90% of
                # ____ cases are Type 2": a bare "UK" gets no letter, and "diabetes" or "all" fit as well
                and not _BOUNDED.match(term.text)  # "Rainfall usually ____": "low" fits, where the answer is
                # "under 250 mm a year"
                and not re.match(r"[^.!?;]*\?", source.point(ref).text[term.end:])  # "Given the d____? Halve it
                # first!": a question's word, which any word could end
                and not re.match(r"[a-z]+(?:s|ed)\s+\d|[a-z]+\s+(?:about|around|roughly|over|under|nearly|almost|only|"
                                 r"just|to|by)\s+\d", term.text)  # "The UK ____ of its food": "imports about 40%" is
                # a verb and a figure ("protein 1" is a name)
                and not (term.kind == "number" and re.match(r"\S+\s+[^\W\d_]+\s+[^\W\d_]+", term.text))  # "The
                # Act appointed ____": "factory inspectors" fits as well as "4 factory inspectors", and the 4 goes
                # untested
                and not _too_long_to_recall(term)
                and not re.search(r"(?i)\b(?:button|key)s?\s*$", term.text)  # "Use the n____ (2 words) on your
                # calculator": a calculator's button, which one who has pressed nCr knows
                and not (_ON_THE_PH_SCALE.search(term.text) and (source.banked or re.search(
                    r"(?i)\bneutral", source.point(ref).text)))  # "Starts at low pH, about ____" beside "pH 7", "above
                # 7" in a word box, "Equivalence point at ____, as NaCl(aq) is a neutral salt": the line's words place
                # it on the scale
                and not re.search(r"(?i)\bvery\s|\b(?:quickly|slowly|rapidly|gradually|suddenly|steadily)\b", term.text)
                # ("Usually c____ (3 words) – the number of correct decimal places roughly doubles": converges very
                # quickly, a description the line goes on to give)
                and not _adjective_of_topic(source.pack.title, term)  # ("stimulates the au____ (2 words)" on a
                # sheet headed "The Ear, Hearing and …")
                and not _verb_slot(source.point(ref).text, term)
                and not (term.sort.startswith("person")
                         and (_REGNAL.search(term.text) or source.banked and " " not in term.text.strip())
                         and _REGNAL_AFTER_TITLE.search(source.point(ref).text[:term.start]))
                # ("Emperor ____" for Alexius I Comnenus: the one name of the bank with a reign's number fits the title;
                # "King ____" for Baudouin, the one name of one word among Patrice Lumumba and Moïse Tshombe)
                and not (term.kind == "number" and _worked_from_line(source.point(ref).text, term))
                and not _class_by_its_ending(source.point(ref).text, term)
                and not (_BASE.fullmatch(term.text.strip()) and _BASES_SHORT.search(source.point(ref).text))
                # ("added to the c____ base, usually next to a guanine (a CpG site)": the short form names it)
                and not _subscript_told(source.point(ref).text, source.pack.cards[ref.card].title, term)
                and not _counterpart_printed(source.point(ref).text, term)
                and not _abbreviation_printed(source.point(ref).text, term)
                and not (term.sort in ("formula", "code") and _or_another(source.point(ref).text, term))
                # ("aqueous ____ or KOH": the other of the pair, under "Substitution with hydroxide ions", names it)
                and not (term.kind == "term" and re.fullmatch(r"\s*[a-z]{4,}ing\s*", term.text)
                         and re.match(r"\s+(?:the|a|an|its|their|his|her|this|these|those)\s",
                                      source.point(ref).text[term.end:]))
                # ("used to finish io____ the acid": a verb with its object, which the line's words give)
                and not (term.kind in ("term", "name") and _glued_to_a_formula(source.point(ref).text, term))
                and not (term.kind in ("year", "number") and _in_a_range(source.point(ref).text, term))  # "on
                # 4–____" (6 December 2015), "____–851": one end of a range, cut from the other
                and not (term.kind == "year" and _SPAN_TO_ANOTHER.search(source.point(ref).text))  # "In ____
                # Drake raided Cádiz → delayed the Armada by a year"
                and not _known_outside(source, term, source.point(ref).text)
                and not _GRAMMAR_NAME.fullmatch(term.text.strip())  # "il f____: quest'estate andrò in Spagna": a
                # tense's name is its English name's cousin, and "I will go" beside it says which
                and not _topic_word_fits(source, ref, term)
                and not _famous_for_printed(source.point(ref).text, term)  # "M____'s 1869 periodic table"
                and not (term.kind == "name" and _CAPITAL_BEFORE.search(source.point(ref).text[:term.start]))
                # ("capital K____ on the south coast": a country's capital, with its letter, is known outside)
                and not (term.kind in ("number", "year") and _a_day(source.point(ref).text, term))  # "died on ____
                # October 899": a day, which no card teaches as a fact to recall
                and not (source.banked and _DATED_NAME.search(term.text))  # "Catholic Emancipation (1829)" in a word
                # bank: its year, beside the line's or the title's span, picks it out
                and not (term.kind == "name" and " " not in term.text.strip()
                         and _NAMED_METHOD.match(source.point(ref).text[term.end:]))  # "(the H____ process)": one
                # letter and the kind of thing it names leave one famous name (Haber)
                and not _initial_picks_it(source, term)  # "O____ was the bloodiest beach" beside "Utah, Omaha, …"
                and "=" not in term.text  # "To find the temperature change: Δ____" (Δθ = ΔE ÷ (m c)): a symbol's
                # first letter says not whether the symbol or the whole equation is asked
                and not _UNIT_OF.match(term.text)  # "several c____ or metres of concrete": the letter is the unit's
                # ("cm of lead"), and "cm" fills the line
                and not _SAID_EQUAL.search(source.point(ref).text[:term.start])  # "washes nutrients down through the
                # soil = l____": a note's "=" for "is called" reads garbled before a blank
                and not (term.sort in ("formula", "code") and re.search(r"[A-Z][a-z]?[₀-₉]", term.text)
                         and _BARE_IS.search(source.point(ref).text[:term.start]))  # "Rust is ____.": a compound's
                # formula is one way to say what it is, and "hydrated iron(III) oxide" or "flaky" fit as well
                and not _open_line(source, ref, term)
                and not (term.kind == "term" and lists_of_a_kind(source.pack.cards[ref.card].title)
                         and word_count(re.sub(r"\([^()]*\)", "", source.point(ref).text)) <= 7)  # "Biotic
                # factors: Availability of food; new ____ arriving": pathogens, the next line's item, fits too
                and not _figure_unasked(source, ref, term)
                and not (_year_shaped(term) and re.match(r"\s+[a-z]", source.point(ref).text[term.end:])
                         and not re.search(r"(?i)\b(?:in|by|from|since|until|till|of|to|after|before|during|c\.|"
                                           r"circa|around|about|early|late|mid)\s*$",
                                           source.point(ref).text[:term.start]))  # "poaching; ____ national census
                # counted …": a year as a word before a noun, where "the" or "a" fit as well
                and not _numbered_code(source, term)
                and not (_RANKED.match(term.text.strip()) and re.search(r"(?i)\b(?:after|behind|only to)\s+(?:the\s+)?"
                                                                       r"[A-Z]", source.point(ref).text[term.end:]))]
    # ("the world's s____ producer of palm oil, after Indonesia": the one it follows tells the place)
    if not hideable:
        return None
    ranked = sorted(hideable, key=lambda term: (-_KIND_PREFERENCE[term.kind], familiar(term.text),
                                                source.pool.frequency_of(term), term.start))  # (of "water" and
    # "xylem" in one line, the xylem, which only the topic teaches)
    count = blanks_for(source.point(ref).text) if ranked[0].marked else 1  # one found name or year is enough
    keep = _apart(source.point(ref).text, source.terms[ref], ranked, count)
    hidden = [term for term in hideable if id(term) in keep]
    if len(hidden) > 1:  # "Now (a) ____ on about (b) ____ of track": a count hidden with its noun says not what
        hidden = [term for term in hidden
                  if not (term.kind == "number" and _COUNTED_NOUN.search(term.text))] or hidden[:1]
    figures = [term for term in hidden if term.kind == "number"]
    if len(figures) > 1:  # "loses (a) ____ in (b) ____, so the mean rate is 0.006 g/s": figures a line works out
        # together are filled by any pair in their ratio; one left printed pins the other
        hidden = [term for term in hidden if term.kind != "number" or term is figures[0]]
    hidden.sort(key=lambda term: term.start)
    hidden = [term for index, term in enumerate(hidden) if not index or not re.fullmatch(
        r"\s*(?:to|and|or|[–—-])\s*", source.point(ref).text[hidden[index - 1].end:term.start])]  # "worth (a) ____
    # to (b) ____ a year": of two amounts, the smaller comes first, so a pair of blanks is filled by their order
    if len(hidden) > 1:
        hidden = [term for term in hidden if source.point(ref).text[:term.start].strip(" \"'“‘")]  # "(a) ____ about
        # (b) ____ – still low human development": a line keeps the word it opens on when another is blanked
    context = source.context(ref, hidden)
    if context is None:  # "Crude oil and hydrocarbons: A m____ of lots of compounds – mostly hydrocarbons": the
        # title prints one answer, so another is asked alone
        context, hidden = next(((found, [term]) for term in ranked
                                if (found := source.context(ref, [term])) is not None), (None, hidden))
    if context is None or not readable(source.point(ref).text, hidden):
        return None
    if not context and any(re.fullmatch(r"(?i)\W*an?\s+", source.point(ref).text[:term.start])
                           and re.match(r"\s*(?:[–—:-]|$)", source.point(ref).text[term.end:]) for term in hidden):
        return None  # "A B____ (3 words) – so the UK government was responsible": a fragment said of the card's
        # subject (Montserrat), which no title prints
    text = source.point(ref).text
    if any(_heads_definition(text, term) and (_SYNONYM_IN_BRACKETS.search(text[term.end:])
                                              or _ALIAS_LAST.search(text[term.end:])) for term in hidden):
        return None  # "____ – contains more than one substance (a mixture)", "S____ (2 words) – people copy what
        # others do (herd behaviour)": the words in brackets fill the blank too
    if any(term.kind in ("year", "number") and _heads_definition(text, term) for term in hidden):
        return None  # "____ – Geiger & Marsden fire alpha particles at gold foil": nothing says a year or an amount
        # is asked
    if any(term.kind == "year" and re.search(r"[;.]\s*$", text[:term.start])
           and re.match(r"\s*['‘\"“]", text[term.end:]) for term in hidden):
        return None  # "The Terror = rule by fear …; ____ 'terror is the order of the day'": nothing before the quote
        # says a date is asked, and "its slogan was" fits as well
    if any(_year_shaped(term) and not text[:term.start].strip(" \"'“‘") and re.match(r"\s+[^\W\d_]", text[term.end:])
           for term in hidden):
        return None  # "____ Imperial Insurance Code – …", "____ divorce law – …": a date labelling the name after it,
        # and "The" or "Nazi" fills it
    if any(_heads_definition(text, term) and _sibling_alike(source, ref, term) for term in hidden):
        return None  # "C____ – a tough barrier microbes find hard to get through": Cuticle, on the same card, fits
    if any(echoes(around(text, term), term.text) for term in hidden if term.kind in ("term", "name")):
        return None  # "____: flea bite → swellings called buboes" (Bubonic plague): a word of the line, another
        # form of the answer's, spells it
    if STEPS_RUN_ON.search(text):
        return None  # "Write the parents' genotypes. 3. Write their gametes …": a method's numbered steps run together
    if any(re.match(r"[^()]*\?\s*\)", text[term.end:]) and "(" in text[:term.start] for term in hidden):
        return None  # "some places (N. E____?) may grow more": a guess the author hedges in brackets
    if any(term.kind == "name" and re.search(r"\b[a-z]{2,5}-[A-Z][a-z]+\s+$", text[:term.start]) for term in hidden):
        return None  # "mostly sub-Saharan A____": the name's own prefix says which continent
    if any(_one_of_few(term) and (_MEMBER_JOINED_AFTER.match(text[term.end:])
                                  or _MEMBER_JOINED_BEFORE.search(text[:term.start])) for term in hidden):
        return None  # "Adding halogens: works the same with ____ and iodine": beside another of its few, any of the
        # others fits, and no letter may say which (it would name the answer)
    if any(term.kind == "name" and _demonym_of(term.text, shown_text(context) + text[:term.start]) for term in hidden):
        return None  # "Case study: Poland → UK … 900 000+ P____ people": the place printed names its people
    if any(term.kind == "name" and not term.sort.startswith("person") and _people_printed(
            term.text, shown_text(context) + text[:term.start] + text[term.end:]) for term in hidden):
        return None  # "wool exports to F____ – Flemish towns relied on English wool": its people's word names the place
    if any(_known_by_initials(text[:term.start], term.text, shown_text(context)) for term in hidden):
        return None  # "FDR and the New Deal: Franklin D. R____": the title's initials spell the name
    if any(_other_after_same_words(text[:term.start], term.text, shown_text(context)) for term in hidden):
        return None  # "Dorset coast (Isle of Purbeck): … joining the Isle of P____": the title's Purbeck fits the
        # letter and is wrong
    if source.banked and any(re.search(r"[A-Z][\w-]*['’]s\s+$", text[:term.start]) for term in hidden):
        return None  # "Kennan's ____ (Feb 1946)": of a word bank's names, those named after another person are out
    if source.banked and any(re.search(r"(?i)\ban?\s+$", text[:term.start]) for term in hidden):
        return None  # "shared an ____ fund" beside "£11 million" and "£3 million" in a word box: "an" fits one
    if source.banked and any(re.search(r"(?i)\b(?:more|less|most|least|very|too|quite|rather|fairly)\s+$",
                                       text[:term.start]) for term in hidden):
        return None  # "a larger sample gives a more ____ result": of a word bank's nouns, the one describing word fits
    if any(term.kind == "number" and "°" in term.text and _SHAPE_NAMED.search(text) for term in hidden):
        return None  # "CO₂ … → linear, ____" (180°): the shape the line names has its one angle
    if any(" " not in term.text.strip() and re.match(r"\s+(?:itself|themselves)\b", text[term.end:])
           for term in hidden):
        return None  # "the control agent r____ itself, so it need not be reapplied": a verb, which its letter and the
        # line give
    if source.word_list and any(english_zipf(_ARTICLE.sub("", term.text.strip()).casefold()) >= _ENGLISH_TOO
                                for term in hidden if re.fullmatch(r"(?:\w+\s)?[^\W\d_]{4,}", term.text.strip())):
        return None  # "r____ und saisonal einkaufen – to buy local and seasonal food": "regional" is an English word
        # too, which its letter and the line give to a student who never learned it
    if any(_REFERENCE.fullmatch(term.text.strip()) and not text[:term.start].strip(" \"'“‘") for term in hidden):
        return None  # "____ – 'In the beginning was the Word' …" (John 1): a reference heading its quotation, which
        # "Creation" or "Jesus" fills as well
    if any(_glossed_after(text, term) for term in hidden):
        return None  # "Hardwoods come from ____ trees – broad leaves, and most lose them in winter", "The streltsy were
        # later d____ – the old army replaced by a new one": the words after the dash say what the blank means
    if source.banked and any(term.kind == "name" and _PLACED_WITHIN.match(text[term.end:]) for term in hidden):
        return None  # "studied shipbuilding at ____ in England" beside Voronezh and Kronstadt in a word box: the one
        # English name fits
    if source.banked and any(term.kind == "name" and re.search(r"(?i)\bthe\s+$", text[:term.start]) for term in hidden):
        return None  # "sent to help the Dutch under the ____": of a word bank's names, only "Earl of Leicester" takes
        # "the"
    labels = "abc" if len(hidden) > 1 else ("",) * MAX_BLANKS
    replaced = {term.start: Segment(term.text, "blank", labels[i],
                                    "" if _heads_among_names(source, ref, term) else _letter(source, term),
                                    dated=term.kind == "year" or _year_shaped(term) and _dated_slot(text, term))
                for i, term in enumerate(hidden)}  # ("IPCC projections for ____ (year)": 2100, read as a figure)
    if any(len(re.sub(r"\W", "", blank.text)) - len(re.sub(r"\W", "", blank.hint)) <= 3 and " " in blank.hint.strip()
           for blank in replaced.values()):
        return None  # "À mon avis, il f____ recycler davantage. – we must …": the word before and the letter leave
        # three letters to write
    if any(replaced[term.start].hint and fields(term.text) & fields(text[:term.start] + text[term.end:])
           for term in hidden):
        return None  # "T____ (2 words) – the rounds of spending take months or years": the line's words are of the
        # answer's field (time lags), and its letter names it
    if any(replaced[term.start].hint and (term.kind == "term" or term.sort == "country") and " " in term.text.strip()
           and common_phrase(term.text)
           and not _taught(source, ref, term) and not re.match(r"[\"“‘']", term.text) for term in hidden):
        return None  # "lower rates of h____ (2 words)", "cars with n____ (2 words) ending in two given digits": words
        # every student has met, which the letter and the line give to one who never learned the card (heart disease,
        # number plates), where the pack does not teach them as a term of its own (nor quote them: "jobs for life")
    if any(replaced[term.start].hint and (term.sort == "formula" or re.match(r"(?:[A-Z][a-z]?[₀-₉]*){1,4}[⁺⁻₀-₉]",
                                                                            term.text.strip())) for term in hidden):
        return None  # "to give O____ ions" (OH⁻ ions): a letter cut from a formula reads as a word's, and
        # "hydroxide ions" is as right
    if any(len(replaced[term.start].hint) >= 2 and _opposite_taught(source, term.text) for term in hidden):
        return None  # "Effluent is treated by ae____ (2 words)" where the pack teaches anaerobic too: the two letters
        # settle the one choice the line asks
    if re.match(r"(?i)\W*causes?\s*(?:→|->|and|&)\s*effects?\b", text):
        return None  # "Cause → effect – repeal split the C____ (2 words) → Peel resigned": the author's label and
        # arrows printed inside the sentence
    if any(re.search(r"(?i)\bcovid|\bcoronavirus|\bpandemic\b", term.text) for term in hidden):
        return None  # "workers returned home during ____ in 2020": every pupil has lived through Covid-19
    if any(replaced[term.start].hint and term.text.strip().casefold() in TRADE_NAMES for term in hidden):
        return None  # "K____ – benzene-1,4-diamine + benzene-1,4-dicarboxylic acid": the one polymer every pupil has
        # heard of on K, whatever the line defines
    if any(replaced[term.start].hint and stock_phrase(term.text)
           and not _heads_definition(text, term) and not _names_a_title(source, term) for term in hidden):
        return None  # "behind the I____ (2 words)", "Nagy back as P____ (2 words)", "H____ (2 words) Island ceded to
        # Britain": a phrase of everyday English (Iron Curtain, Prime Minister, Hong Kong), which the letter and the
        # line give to one who never learned the card, where no line defines it and no card is named by it
    if any(replaced[term.start].hint and _COMPASS_FIRST.match(term.text.strip()) and not _heads_definition(text, term)
           and all(english_zipf(word) >= _COMPASS_REST for word in term.text.split()[1:]) for term in hidden):
        return None  # "Ghana is in W____ (2 words)", "the low-lying e____ (2 words)": the letter gives the compass
        # point, and the everyday word after it follows (West Africa, eastern suburbs)
    if any(term.kind == "term" and not replaced[term.start].hint
           and re.match(r"(?i)[ai][a-z]+\s+[a-z]", term.text.strip()) for term in hidden):
        return None  # "a big ____ build-up" (arms race): words on a/i show no letter, lest it read as the article,
        # and with none one word ("missile", "military") fills the line as well
    if any(re.fullmatch(r"\W*A\s*", text[:start]) and not blank.hint for start, blank in replaced.items()):
        return None  # "A ____ shows what happens at ONE electrode": with no letter of its own, the article reads as
        # the answer's first letter
    if any(not content_words(text[:start]) and re.match(r"\s*[.;](?:\s|$)", text[start + len(blank.text):])
           for start, blank in replaced.items()):
        return None  # "S____. Still over half forested …": the blank is a sentence of its own, which nothing asks
    if any((not blank.hint or re.search(r",[^,]+,|,[^,(]+\(", text[start + len(blank.text):]))
           and not content_words(text[:start]) and re.match(r"\s*,", text[start + len(blank.text):])
           for start, blank in replaced.items()):
        return None  # "All ____, all travel at the same speed in a vacuum": with no letter and no word before it,
        # "EM waves" completes the line as well as "transverse"
    if any(not blank.hint and paired(blank.text) and re.match(r"\s+[a-z]+s\b", text[start + len(blank.text):])
           for start, blank in replaced.items()):
        return None  # "two ____ cells, genetically identical" (diploid): one of a pair, with no letter, before a
        # noun, where "daughter" or "new" describes the cells as well
    if any(not blank.hint and not content_words(text[:start]) and blank.text[:1].isdigit()
           and re.match(r"\s+[a-z]+s\b", text[start + len(blank.text):]) for start, blank in replaced.items()):
        return None  # "____ limits on most residential streets" (20 mph): with no word before it, "Speed" completes
        # the line as well
    if any(re.search(r"[.!?]\s+$", text[:start]) and re.fullmatch(r"[\s.!]*", text[start + len(blank.text):])
           for start, blank in replaced.items()):
        return None  # "Tube C: nail in dry air with anhydrous calcium chloride. N____": a sentence of its own, the
        # result, which nothing on the line asks for
    if any(len(term.text.split()) >= 3 and _CLAUSE_VERB.search(term.text) for term in hidden):
        return None  # "their d____ (4 words) while they were away" (dole had been cut): a clause blanked whole, its
        # subject's letter given, leaves only the verb any reader supplies
    if any(_pronoun_for_the_unnamed(source, text, term) for term in hidden):
        return None  # "A French fleet under d____ blocked Chesapeake Bay, so he could not be rescued": "he" is
        # Cornwallis, whom the line leaves out, and reads as the blank
    if any(_symbol_after_spells(text, term) for term in hidden):
        return None  # "the c____ (2 words) r." (common ratio r): the symbol after the blank is its last word's letter
    if any(_share_of_a_ratio(text, term) for term in hidden):
        return None  # "→ 2 XX : 2 XY, so the chance of a boy is ____" (50%): the ratio beside it works it out
    if any(_decade_dated_beside(text, term) for term in hidden):
        return None  # "changed teaching in the ____ – e.g. the Plowden Report (1967)": the year beside it dates the
        # decade asked
    segments = context + source.segments(ref, replaced)
    printed = " ".join(segment.text for segment in segments if segment.role not in ("blank", "context"))
    if not context and len(content_words(printed)) + len(re.findall(r"\d+(?:\.\d+)?", printed)) <= 1:
        return None  # "Biggest = J____.", a sentence cut from its line: nothing says of what
    visible = [shown_text(segments)]
    answers = [term.text for term in hidden]
    if any(len(blank.hint) == 1 and re.search(rf"(?<![\w.]){re.escape(blank.hint)}\s*(?:=|is\b|stands\s+for\b)",
                                              shown_text(segments)) for blank in replaced.values()):
        return None  # "h is the change in h____": the symbol it defines starts the word, and names it
    if any(compound_told(visible[0], answer) or compound_of_printed(visible[0], answer) or stem_told(visible[0], answer)
           or antonym_told(visible[0], answer)
           or spelled_like(f"{visible[0]}\0{source.pack.title}", answer) or worked_beside(visible[0], answer)
           or made_from_printed(answer, visible[0]) or lettered_with_its_kin(answer, visible[0]) for answer in answers):
        return None  # "Sunderland – from ships to cars: Once a huge s____ town" (shipbuilding)
    if any(replaced[term.start].hint and _opening_shared(term.text, around(text, term))
           for term in hidden):
        return None  # "extracted by e____, which uses a lot of electricity": with its letter, the printed word's
        # opening leads to electrolysis
    if any((replaced[term.start].hint or source.banked)
           and _stem_beside(term.text, around(text, term), 3 if source.banked else 4) for term in hidden):
        return None  # "____ – inactivated toxin" (toxoid), "____ – weakened living pathogen" (live attenuated): the
        # printed word's stem picks the answer from a word box, or with its letter names it
    if any(term.kind == "number" and _worked_from_beside(term.text, around(text, term))
           for term in hidden):
        return None  # "About ____ men were rescued (roughly 198,000 British and 140,000 French …)": their sum
    if any(replaced[term.start].hint and _spelled_alike_beside(term.text, around(text, term)) for term in hidden):
        return None  # "(the word m____ was coined)" beside Mafeking: the place spells mafficking
    if any(_unit_symbol_beside(term.text, around(text, term)) or _unit_ladder(term.text, around(text, term))
           for term in hidden):
        return None  # "Measured with a barometer in m____; average … about 1013 mb": the symbol printed spells it
    if any(_named_for_its_substrate(term.text, around(text, term)) for term in hidden):
        return None  # "L____ breaks lipids → fatty acids + glycerol": an enzyme is named for what it breaks
    if any(_initials_printed(answer, visible[0]) for answer in answers):
        return None  # "TNCs in Nigeria: T____ (2 words) = a company that operates in more than one country"
    if any(_acronym_begun(term.text, around(text, term)) for term in hidden):
        return None  # "where the I____ removed all intermediate-range nuclear missiles" (INF Treaty)
    if any(_span_printed(f"{visible[0]}\0{source.pack.title}\0{source.printed()}", term) for term in hidden):
        return None  # "house arrest for the next ____" (19 years) under "…, 1568–1587": the years printed give it
    if any(_clipped_in_title(source.pack.title, answer) for answer in answers):
        return None  # "H____ = base 16" under "… Binary and Hex": the title prints the word cut short
    if any(_named_place_adjective(answer, visible[0]) for answer in answers):
        return None  # "Small areas of al____ tundra … e.g. in the Alps": the name printed makes the word
    if any(_root_printed(f"{visible[0]}\0{source.pack.title}", answer) for answer in answers):
        return None  # "… and the menstrual cycle" over "M____ (a period)": menstruation's root, with its letter
    if any("ₙ" in term.text
           and len(re.findall(r"[A-Z][a-z]?[₀-₉ₙ]+", text[:term.start] + text[term.end:])) >= 3
           for term in hidden):
        return None  # "General formula ____. First four: methane CH₄, ethane C₂H₆, propane C₃H₈": the examples beside
        # it give the general formula
    if any(replaced[term.start].hint and _examples_follow(text, term) for term in hidden):
        return None  # "Isotopes: Their p____ (2 words) differ slightly (e.g. mass and density)": the examples name
        # the kind, and the letter the word
    if any(_part_printed(around(text, term), term.text) for term in hidden):
        return None  # "S____: keeps every data value; leaves are single digits" (stem-and-leaf): a word of the
        # answer, in any form, is on its line
    if any(_compared_with_term(source, ref, term) for term in hidden):
        return None  # "the s____ is stronger than the backwash": the line's one fact is which of the pair is the
        # stronger, and the word printed across "than", with the letter, names the other
    if any(term.kind == "name" and (re.match(r"\s+(?:and|&)\s+[A-Z][a-z]", text[term.end:])
                                    or re.search(r"\b[A-Z][a-z]+\s+(?:and|&)\s+$", text[:term.start]))
           for term in hidden):
        return None  # "found by W____ and Crick": one of a pair of names, the other printed, is known to all
    if any(_head_printed(f"{visible[0]}\0{source.pack.title}", blank) for blank in replaced.values()):
        return None  # "The inverse square law: … inversely proportional to the s____ from the source" (square
        # of the distance): the letter and the printed word give the answer's first word, the rest follows
    if source.gives_away(visible, answers) or source.bank_gives_away(answers):
        return None
    if _proves_a_statement(source, visible[0]):
        return None  # "The MOSE barrier: … first used for real on 3 October 2020" beside the true statement "MOSE – an
        # evaluation: since 2020 it has kept out many tides": the year, printed on its subject, proves it true
    if any(blank.hint and re.fullmatch(r"[^\W\d_]{5,}", blank.text.strip()) and echoes(source.printed(), blank.text)
           for blank in replaced.values()):
        return None  # "z____ splits an area into parts" beside "the park was rezoned": with its letter, another form
        # printed on the sheet spells the word
    for term in hidden:
        source.ask(term)
    source.record(visible + (answers if source.banked else []), answers)
    source.filled.append(plain(segments))
    return Gap(ref, segments, tuple(_banked(term) for term in hidden))


def _proves_a_statement(source: Material, shown: str) -> bool:
    """Whether a line prints a year a true statement on the sheet turns on, with a word of its subject."""
    printed = shown.casefold()
    words = content_words(printed)
    return any(re.search(rf"(?<!\d){year}(?!\d)", printed) and {word for word in content_words(statement)
                                                                if len(word) >= 4} & words
               for statement in source.statements for year in re.findall(r"(?<!\d)1\d{3}|20\d{2}(?!\d)", statement))


_KIND_NOUNS = frozenset({"properties", "features", "factors", "characteristics", "methods", "types", "kinds", "ways",
                         "effects", "reasons", "symptoms", "resources", "sources", "products", "uses", "measures",
                         "conditions", "changes", "hazards", "impacts"})
"""Nouns that name a kind of thing ("physical properties"), which examples of it tell."""


def _examples_follow(text: str, term) -> bool:
    """Whether the answer names a kind of thing (``_KIND_NOUNS``) and the line after it gives examples of it ("(e.g.
    mass and density)", "such as …", "the l____ of photosynthesis (light, temperature, carbon dioxide)"), or is in
    everyday words with a list of what it names just after, in brackets or after a colon."""
    words = term.text.strip().casefold().split()
    return bool(words) and words[-1] in _KIND_NOUNS and re.search(
        r"(?i)\(\s*(?:e\.\s?g\.?|eg\b|such as|for example|including)|\bsuch as\b|"
        r"^[^.;()]{0,40}\([^()]*(?:,|\band\b)[^()]*\)", text[term.end:]) is not None \
        or familiar(term.text) and (re.match(r"(?:\s+[^\W\d_]+){0,2}\s*\([^()]*(?:,|\band\b)[^()]*\)",
                                             text[term.end:]) or _SHORT_LIST.match(text[term.end:])) is not None
    # ("long-term m____ (2 words) impacts (trauma, anxiety)", "no account of q____ (3 words): leisure time, health,
    # pollution": everyday words, and what they name listed)


_SHORT_LIST = re.compile(r"\s*[:–—]\s*(?:[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2},\s*){2,}(?:and\s+)?[^\W\d_][\w'’-]*"
                         r"(?:\s+[\w'’-]+){0,2}\s*(?:\([^()]*\)\s*)?(?:[.;]|$)")
"""A colon or a dash, then a list of three things or more, each of a word or three ("leisure time, health, pollution,
stress, crime.", "– blood, semen, breast milk (e.g. HIV)")."""


def _demonym_of(answer: str, shown: str) -> bool:
    """Whether the answer is a people's or a language's name ("Polish", "Chinese") and the line prints its place
    ("Poland", "China")."""
    word = answer.strip().split()[0] if answer.strip() else ""
    return re.fullmatch(r"[A-Z][a-z]{2,}(?:ish|ese|ian|an|ic|i)", word) is not None and any(
        place[:3] == word[:3] and place != word for place in re.findall(r"\b[A-Z][a-z]{3,}\b", shown))


_PEOPLES_WORD = re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|an|ic)\b")
"""A word in the form of a people's or a language's name ("Flemish", "Genoese", "Castilian")."""


def _people_printed(answer: str, shown: str) -> bool:
    """Whether the line prints a people's word that opens as the place does ("Flemish" beside Flanders, "Spanish"
    beside Spain), or its people's adjective ("Dutch N____" for New Netherland): with its letter before the line, the
    place is named."""
    words = [word for word in answer.strip().split()[:2] if word[:1].isupper() and word not in _COMPASS]
    printed = set(re.findall(r"[a-z]+", shown.casefold()))
    return any(len(word) > 2 and any(found[:2] == word[:2] and found.casefold() != word.casefold()
                                     for found in _PEOPLES_WORD.findall(shown))
               or any(adjective in printed and noun.startswith(word.casefold()[:6]) for noun, adjective in ADJECTIVES)
               for word in words)


_COMPASS = frozenset({"New", "Old", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                      "Upper", "Lower", "Great", "Little"})
"""Words a place's name may open on that say nothing of which people it is ("New Netherland")."""


def _known_by_initials(before: str, answer: str, heading: str) -> bool:
    """Whether a name's words before the blank and the answer make initials the heading prints ("Franklin D." and
    "Roosevelt" under "FDR and the New Deal")."""
    parts = re.findall(r"[A-Z][\w'’-]*\.?", re.search(r"(?:[A-Z][\w'’-]*\.?\s+)*$", before).group()) + answer.split()
    initials = "".join(part[0] for part in parts if part[:1].isupper())
    return len(initials) >= 2 and len(parts) >= 2 and re.search(rf"\b{re.escape(initials)}\b", heading) is not None


def _first_letter_changed(answer: str) -> bool:
    """Whether a rare word is a common one with another first letter ("Nollywood" of Hollywood, "Bollywood"): its
    letter, and the common word, spell it."""
    word = answer.casefold()
    return re.fullmatch(r"[a-z]{6,}", word) is not None and english_zipf(word) < 3.0 \
        and any(english_zipf(letter + word[1:]) >= 4.0 for letter in "abcdefghijklmnopqrstuvwxyz" if letter != word[0])


_CLAUSE_VERB = re.compile(r"(?i)\b(?:had|has|have|was|were|is|are)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b")
"""A verb of a clause, told with its helper ("had been cut", "was banned")."""


_PARTICLE_NAME = re.compile(r"(?:de|von|van|da|di|du|le|la|del|della|van\s+der|von\s+der)\s+[A-Z][\w'’-]+")
"""A surname after its particle ("de Grasse", "von Moltke"): a person, though it opens in lower case."""


def _pronoun_for_the_unnamed(source: Material, text: str, term) -> bool:
    """Whether a person blanked is the only one its line names, and "he" or "she" after the blank is someone else."""
    person = term.kind == "name" and term.sort.startswith("person") or _PARTICLE_NAME.fullmatch(term.text.strip())
    rest = text[:term.start] + " " + text[term.end:]
    return bool(person) and re.search(r"\b(?:he|she|him)\b", text[term.end:]) is not None \
        and not any(word in source.words.persons for word in re.findall(r"[A-Z][\w'’-]+", rest))


def _symbol_after_spells(text: str, term) -> bool:
    """Whether a one-letter symbol after a blank of two words or more is the initial of a word after its first."""
    words = term.text.split()
    symbol = re.match(r"\s*\(?([A-Za-z])\)?(?![\w'’])", text[term.end:])
    return len(words) >= 2 and symbol is not None \
        and symbol.group(1).casefold() in {word[:1].casefold() for word in words[1:]}


def _share_of_a_ratio(text: str, term) -> bool:
    """Whether a percentage or a fraction asked is one part's share of a ratio its line prints ("1 BB : 2 Bb : 1 bb
    … ____" for 25%)."""
    asked = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%|(\d+)\s*(?:/|in|out\s+of)\s*(\d+)", term.text.strip())
    if not asked:
        return False
    value = float(asked.group(1)) if asked.group(1) else 100 * int(asked.group(2)) / max(1, int(asked.group(3)))
    rest = text[:term.start] + " " + text[term.end:]
    for ratio in re.finditer(r"\d+(?:\s*[^\W\d_]{1,3})?(?:\s*:\s*\d+(?:\s*[^\W\d_]{1,3})?)+", rest):
        parts = [int(part) for part in re.findall(r"(?<![\w.])\d+", ratio.group())]
        if len(parts) >= 2 and sum(parts) and any(abs(100 * part / sum(parts) - value) < 0.5 for part in parts):
            return True
    return False


def _decade_dated_beside(text: str, term) -> bool:
    """Whether a decade asked ("1960s", "1960s–70s") holds a year the rest of its line prints."""
    found = re.fullmatch(r"(?:the\s+)?(\d{3})0['’]?s(?:\s*[–—-]\s*(?:\d{2})?(\d)0['’]?s)?", term.text.strip())
    if not found:
        return False
    first = int(found.group(1)) * 10
    last = (first // 100 * 100 + int(found.group(2)) * 10 if found.group(2) else first) + 9
    rest = text[:term.start] + " " + text[term.end:]
    return any(first <= int(year) <= last for year in re.findall(r"(?<!\d)(\d{4})(?!\d|['’]?s)", rest))


def _letter(source: Material, term) -> str:
    """The first letter a blank shows, if any: a name gets one too ("Member of the A____ and the Commonwealth",
    "N____ – thousands of oil spills"), as other names of its kind may fit the line."""
    if not _letter_tells(source, term) or paired(term.text):
        return ""  # (and "At the negative electrode, the C____": of a pair, the letter alone says which)
    if _first_letter_changed(term.text.strip()):
        return ""  # "Home of N____, one of the biggest film industries": Nollywood is Hollywood with its letter
    bare = term.text.strip().removeprefix("the ").removeprefix("The ")
    if re.search(r"\d", bare) or re.match(r"[^\W\d_][\s-]", bare):
        return ""  # "≈ U____" for "US$7 billion" reads as a word; "x ____" for "x values" prints its first word
    if term.kind == "name" and bare.split(" ", 1)[0].casefold().rstrip(".") in _STYLES_AND_PREFIXES and " " in bare:
        return ""  # "Commander S____" for "Sir Thomas Fairfax", "launched H____" for "HMS Dreadnought": the style's
        # letter points away from the name
    if term.kind == "name" and len(bare) > 3 and bare[:1].isupper():
        return bare[:1]
    return first_letter(term, source.word_list)


def _glued_to_a_formula(text: str, term) -> bool:
    """Whether a figure, a subscript or a bond sign touches a term ("CH2=CHCH3"): it is a part of a formula, and
    blanked as a word it leaves "CH2=C____3"."""
    touching = text[term.start - 1:term.start] if term.start else ""
    return bool(re.fullmatch(r"[=≡\d₀-₉]", touching) or re.match(r"[=≡\d₀-₉]", text[term.end:]))


_THEN_AND_NOW = re.compile(r"(?i)\b(?:today|now|nowadays|currently)\b")
"""A word for the present after a dated figure ("in the late 1960s; today it is under 10%"): the year marks a
state then, set against now."""
_BARE_IS = re.compile(r"(?i)^\W*(?:(?:an?|the)\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:is|are)\s*$")
"""A thing and "is" before the blank, and nothing else ("Rust is ____")."""
_SAID_EQUAL = re.compile(r"(?:[^\W\d_]{2,}[\s,()]+){3,}=\s*$")
"""A clause of words ending on "=" ("… through the soil ="): note-speak for "is called"."""
_BOUNDED = re.compile(r"(?i)\W*(?:under|over|below|above|about|around|roughly|approximately|less than|more than|"
                      r"fewer than|up to|at least|at most|nearly|almost)\s+[−-]?\d")
"""An amount with the word that bounds it ("under 250 mm a year"): blanked whole, a word ("low") fills it too."""
_UNIT_OF = re.compile(r"\s*(?:[mcdkµμn]?m|[mk]?g|m?[lL]|cm[²³]|m[²³]|dm³|mm[²³])\s+of\s")
"""A unit and "of" opening a term ("cm of lead", "mm of aluminium"): the thing measured is what is asked."""
_COUNTED_NOUN = re.compile(r"\d\s+[^\W\d_]{3,}s?\s*$")
"""A figure with the noun it counts ("99 stops"), not a unit ("103 km")."""


_ALIAS_LAST = re.compile(r"\(\s*[a-z][^\W\d_]+(?:[\s-][a-z][^\W\d_]+)?\s*\)\s*[.;]?\s*$")
"""One or two lower-case words in brackets that end a definition ("… copy what others do (herd behaviour)"): another
name for what it defines."""
_SYNONYM_IN_BRACKETS = re.compile(r"\((?:i\.e\.|=|or|also called|also known as|aka|an?)\s+[^\W\d_]+(?:\s[^\W\d_]+)?\)"
                                  r"\s*[.;]?\s*$")
"""A word in brackets that ends a definition as another name for what it defines ("(a mixture)", "(or bases)")."""


def _heads_definition(text: str, term) -> bool:
    """Whether a term is the word a line defines ("Cellulose cell walls – a tough barrier …"), or a date that heads
    it after a preposition ("From the 1960s – high-yielding varieties …")."""
    before = text[:term.start].strip(" \"'“‘")
    return (not before or term.kind == "year" and re.fullmatch(r"(?i)(?:from|in|by|since|until|after|before|during|"
                                                                 r"around|c\.)(?: the)?", before) is not None) \
        and GLOSS_DASH.match(text[term.end:]) is not None


_REFERENCE = re.compile(r"(?:[1-3]\s*)?[A-Z][a-z]+\s+\d{1,3}(?::\d{1,3}(?:[–-]\d{1,3})?)?")
"""A book's chapter and verse ("John 1", "Genesis 1:27", "1 Corinthians 13")."""
_ENGLISH_TOO = 3.5
"""How common (Zipf) in English a word of the language taught is at least, written the same ("regional", "Hotel"),
to be known to a student who never learned it."""


def _glossed_after(text: str, term) -> bool:
    """Whether a one-word term's blank, or it and the noun it describes, is followed by a dash and a lower-case account
    of what it means ("from ____ trees – broad leaves, and most lose them in winter"): the line defines its own
    answer. A line the term heads, alone or with others ("Starch and ____ – polymers of glucose"), is a definition,
    which has its own rules."""
    before = text[:term.start]
    return term.kind == "term" and " " not in term.text.strip() and bool(before.strip(" \"'“‘")) \
        and not re.fullmatch(r"\W*(?:[A-Z][\w'’-]*\**\s*(?:,|\band\b|\bor\b|&)\s*)+", before) \
        and re.match(r"(?:\s+[a-z][\w'’-]*)?\s+[–—]\s+(?!e\.g\.|i\.e\.|see\b)[a-z]", text[term.end:]) is not None


_SHAPE_NAMED = re.compile(r"(?i)\b(?:linear|trigonal planar|tetrahedral|octahedral|square planar|"
                          r"trigonal bipyramidal)\b")
"""A molecule's shape that has one bond angle ("linear": 180°)."""
_PLACED_WITHIN = re.compile(rf"\s+in\s+(?:the\s+)?(?!{MONTH_PATTERN}\b)[A-Z][a-z]+(?!\s*\d)")
"""A place's blank followed by the land it lies in ("at ____ in England"): of a word box's places, those in other
lands are out at sight."""


def _heads_among_names(source: Material, ref: PointRef, term) -> bool:
    """Whether a name heads its line's definition on a card whose other lines are headed by other names ("Maslow –
    people have a range of needs …" beside "Taylor – …" and "Herzberg – …"): the letter would pick it from the
    card's few, and the line's words, with none, must say which."""
    if term.kind != "name" or not _heads_definition(source.point(ref).text, term):
        return False
    heads = []
    for point in source.content(ref.card):
        first = min(source.terms.get(point, ()), key=lambda found: found.start, default=None)
        if first is not None and first.kind == "name" and _heads_definition(source.point(point).text, first):
            heads.append(first.text.strip()[:1])
    return len(heads) >= 3 and len(set(heads)) == len(heads)


def _sibling_alike(source: Material, ref: PointRef, term) -> bool:
    """Whether another term of the card starts with the blank's letter: the definition, and the letter, fit both."""
    initial = term.text.strip()[:1].casefold()
    return any(other.key != term.key and other.kind == term.kind and other.text.strip()[:1].casefold() == initial
               for point in source.content(ref.card) + tuple(r for r in source.lists if r.card == ref.card)
               for other in source.terms.get(point, ()))


def _letter_tells(source: Material, term) -> bool:
    """Whether a first letter narrows the answer without naming it: not where the answer is one of a set the pack
    lists whose members all start differently ("M____ – chromosomes line up": Metaphase, among PMAT). In a language
    pack such a set is often of alternatives ("Se debe", "Hay que", "Está prohibido"), and only the letter says which
    one the line asks for."""
    if source.word_list:
        return True
    if _one_of_few(term):
        return False  # "Chloride → w____ precipitate": of white, cream and yellow, the letter names it; so it does
        # of the three particles ("a different no. of n____") and of the five oceans
    family = source.pool.families.get(term.key, ())
    return not family or len({key.split(":", 1)[-1][:1] for key in family}) < len(family)


def _initial_picks_it(source: Material, term) -> bool:
    """Whether a name is one of a few a line of the pack lists, each with its own initial ("Utah, Omaha, Gold, Juno,
    Sword"): its letter would pick it out, and with none any of them fills the line."""
    names = source.listed_with(term.text) if term.kind == "name" else frozenset()
    return len({name[:1] for name in names}) == len(names) >= 3


_COLOUR = re.compile(r"(?i)(?:(?:pale|light|dark|deep|bright|brick|blue|yellow|orange|apple|grey)[\s-])?"
                     r"(?:white|cream|yellow|orange|red|crimson|lilac|purple|violet|blue|green|brown|black|grey|gray|"
                     r"pink|colourless|colorless|silver|golden)")
"""A colour, the answer of a test ("lilac flame", "cream precipitate"): one of a few the line chooses among."""


_CLOSED_SET = re.compile(r"(?i)(?:protons?|neutrons?|electrons?|(?:the\s+)?(?:Indian|Atlantic|Pacific|Arctic|Southern)"
                         r"(?:\s+Ocean)?|fluorine|chlorine|bromine|iodine|astatine|helium|neon|argon|krypton|xenon|"
                         r"radon|lithium|sodium|potassium|rubidium|caesium|hydrogen|oxygen|"
                         r"(?-i:Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune)|"
                         rf"{_BASE.pattern[4:]}|"
                         r"(?:north|south)(?:-?(?:east|west))?(?:wards?|erly)?|"
                         r"(?:east|west)(?:wards?|erly)?|(?:north|south|east|west)[\w-]*\s+to\s+(?:the\s+)?"
                         r"(?:north|south|east|west)[\w-]*|opposite(?:\s+directions?|\s+ways?)?|"
                         r"(?:the\s+)?same(?:\s+directions?|\s+ways?)?|(?:anti-?)?clockwise)")
"""Answers from a set of a few everyone knows (the three particles, the five oceans, a group's elements, the planets,
the bases of DNA, the compass points, the same way or the opposite, the two gases of water): the line chooses among
them, and a letter would name the one ("B____ – red-brown liquid", "Mars and V____", "the drift is from n____",
"meshed gears turn in o____", "at the anode o____ is made")."""


_FEW = f"(?:{_CLOSED_SET.pattern[4:]}|{_COLOUR.pattern[4:]})"
"""One of a few (a colour, a particle, an ocean, a group's element), as a pattern without its flags."""
_MEMBER_JOINED_AFTER = re.compile(rf"\s*(?:,|\band\b|\bor\b|/)\s*{_FEW}", re.I)
"""Another of a few just after a blank, in one list with it ("____ and iodine")."""
_MEMBER_JOINED_BEFORE = re.compile(rf"{_FEW}\s*(?:,|\band\b|\bor\b|/)\s*$", re.I)
"""Another of a few just before a blank, in one list with it ("chlorine or ____")."""


def _known_outside(source: Material, term, text: str) -> bool:
    """Whether the answer is an English word every student knows outside the topic ("The C____ ran the universities",
    "jobs in t____ and hospitality"): its letter and the line around it give it to one who never learned the card. Not
    an element ("more reactive than c____" asks which) nor one of a few the line chooses among (a colour). So is a
    familiar term that a blank would show the first letter of, a programming language's name, two very common words
    run together ("ironworks"), a people every student has met ("the T____": Turks), an answer the line's other words
    call up ("rising m____ feeds volcanoes") and a word a rare letter leaves alone ("Q____ grows on the Altiplano")."""
    if source.word_list:
        return False
    if cued(term.text, text[:term.start] + text[term.end:]):
        return True  # (an element too: "volcanoes released n____, which built up" in the air is nitrogen)
    if is_element(term.text) or _one_of_few(term):
        return False
    return any(everyday(part.strip()) or everyday_compound(part.strip()) for part in term.text.split("/")) \
        or term.kind == "name" and known_people(term.text.strip()) \
        or re.fullmatch(r"[QXZqxz][^\W\d_]+", term.text.strip()) is not None and bool(_letter(source, term)) \
        and english_zipf(term.text.strip()) >= RARE_LETTER_KNOWN \
        or _familiar_term(source, term, text) and bool(_letter(source, term)) \
        or _LANGUAGE_OF_CODE.fullmatch(term.text.strip()) is not None  # ("wind / air movement": either way, "w____")


RARE_LETTER_KNOWN = 2.8
"""How common (Zipf) a word opening on Q, X or Z must be for its letter to give it away ("Q____ grows on the
Altiplano": quinoa; not zeitgebers, which only the topic teaches)."""


_CHANGE_OF_STATE = re.compile(r"(?i)(?:condens|evaporat|melt|freez|boil|dissolv|wilt|expand|contract|shrink|swell|"
                              r"sink|float|erod|rott|decay|burn|rust)(?:e?s|ed|ing)")
"""A verb of change every pupil knows, in one of its forms ("condenses", "wilts", "dissolves")."""


_UNIT_PREFIXES = {"milli": "m", "centi": "c", "kilo": "k", "mega": "M", "micro": "µ", "hecto": "h", "giga": "G",
                  "tera": "T", "peta": "P", "nano": "n"}
"""The prefixes of units and their symbols."""
_PREFIX = f"(?:{'|'.join(_UNIT_PREFIXES)})"


def _unit_ladder(answer: str, line: str) -> bool:
    """Whether the answer is a prefixed unit and the line prints the same unit with another prefix ("1 gigabyte (GB) =
    1000 MB, and 1 t____ = 1000 GB"): the next rung of the ladder, which its letter names."""
    found = re.match(rf"(?i)\s*{_PREFIX}([a-z]{{3,}})", answer)
    return found is not None and re.search(rf"(?i){_PREFIX}{found.group(1)}", line) is not None


def _unit_symbol_beside(answer: str, line: str) -> bool:
    """Whether the answer is a prefixed unit and the line prints its symbol ("measured in m____; about 1013 mb",
    millibars): the letter and the symbol spell it."""
    found = re.fullmatch(rf"(?i)({_PREFIX})([a-z])[a-z]*",
                         re.sub(r"\s*\([^()]*\)", "", answer).strip())  # ("millibars (mb)")
    return found is not None and re.search(
        rf"\d\s*{re.escape(_UNIT_PREFIXES[found.group(1).casefold()])}{found.group(2)}", line) is not None


_CAPITAL_BEFORE = re.compile(r"(?i)\bcapital(?:\s+city)?(?:\s+(?:is|was|of\s+\w+(?:\s+\w+)?\s+is))?[\s,:–—-]*$")
"""What comes before a country's capital's name ("capital Kingston", "the capital city is Nairobi")."""


_LANGUAGE_OF_CODE = re.compile(r"(?i)python|java|javascript|scratch|html|css|sql|c\+\+|c#|visual basic|vb\.net|"
                               r"ruby|php|swift|kotlin")
"""Programming languages, whose names every computing student knows ("input() in P____ returns a string"): the
line's fact is about the code, not the name."""


def _topic_word_fits(source: Material, ref: PointRef, term) -> bool:
    """Whether a one-word blank opening its line after "The" has a letter that starts a word the pack's title names
    its topic by ("The e____ was near Barpak" under "The 2015 Nepal Earthquake": earthquake fits as well as
    epicentre)."""
    answer = term.text.strip().casefold()
    letter = _letter(source, term).casefold()
    opening = re.fullmatch(r"\W*the\s+", source.point(ref).text[:term.start], re.IGNORECASE) is not None
    return term.kind == "term" and opening and " " not in answer and bool(letter) and any(
        word.startswith(letter) and not shares_root(word, singular(answer), 4)
        for word in re.findall(r"[^\W\d_]{5,}", source.pack.title.casefold())
        if word not in _HEADING_WORDS and singular(word) == word)  # (one thing, the topic's own: "Cells" names a
    # kind, and "The c____ is where most reactions happen" asks for a part of one)


_HEADING_WORDS = frozenset({"cause", "effect", "response", "impact", "consequence", "feature", "factor", "reason",
                            "change", "problem", "solution", "management", "introduction", "overview", "study",
                            "revision", "basic", "topic", "origin", "result", "development"})
"""Words a title sorts its topic by ("Causes, Effects and Responses"), which name nothing a blank could be."""


def _familiar_term(source: Material, term, text: str) -> bool:
    """Whether a term is one word met outside the topic ("polymers of g____, a sugar", "N____ is the addictive drug",
    "c____ (karuna)"), or a name that is such a word the pack writes in lower case elsewhere ("C____ – tallest trees"
    beside "through the canopy") or that opens a line defining it ("Q____ – a request to search a database"). In the
    blind audits of sets SO and SP, teachers struck 8 of 15 lettered blanks of familiar words and 5 of 45 of others.
    Familiar words together make terms of the topic's own ("activation energy", "potential difference"), and
    quotation marks a slogan ("jobs for life")."""
    word = re.sub(r"\s*\([^()]*\)", "", term.text).strip()  # ("compassion (karuna)": the word asked)
    defined = not text[:term.start].strip(" \"'“‘") and re.match(r"\s*[–—:=-]\s", text[term.end:]) is not None
    return (term.kind == "term" or term.kind == "name" and (word.casefold() in source.words.lower or defined)) \
        and len(word.split()) == 1 and familiar(word) and not re.match(r"[\"“‘']", word)


def _opening_shared(answer: str, line: str) -> bool:
    """Whether another word of the line opens as the answer does: its first six letters ("electricity" beside
    electrolysis), a shorter word all but its last letter ("boron" beside borosilicate), a word the answer is made
    from ("ions" beside ionise), a German participle of its stem ("geöffnet" beside Öffnungszeiten), or a word made
    from the name the answer is a possessive of ("ohmic" beside Ohm's law), or a longer word a short answer's first
    four letters open ("testosterone" beside testes)."""
    words = re.findall(r"[^\W\d_]{4,}", line.casefold())
    printed = [word for word in words if len(word) >= 5]
    answers = re.findall(r"[^\W\d_]{6,}", answer.casefold())
    return any(other[:min(6, len(other) - 1)] == word[:min(6, len(other) - 1)] and other != word
               for word in answers for other in printed) \
        or any(len(other) >= len(word) + 3 and other[:4] == word[:4] for other in printed
               for word in re.findall(r"(?<![^\W\d_])[^\W\d_]{5,6}(?![^\W\d_])", answer.casefold())) \
        or any(re.fullmatch(rf"{re.escape(singular(other))}(?:ise|ize|ised|ized|isation|ization|ic|ical)", word)
               for word in answers for other in words) \
        or any(len(os.path.commonprefix((word, other[2:]))) >= max(4, len(other) - 4)
               for word in answers for other in printed if other.startswith("ge") and len(other) >= 7) \
        or any(_participle_of(other, word) for word in re.findall(r"[^\W\d_]{4,}", answer.casefold())
               for other in printed) \
        or any(other.startswith(name) for name in re.findall(r"([^\W\d_]{3,})['’]s\b", answer.casefold())
               for other in words)  # ("split into ions" beside "Io____":
    # ionise; "geöffnet" beside "Ö____ – opening hours", past its ge-; "ohmic" beside "O____ (2 words)", Ohm's law)


_ON_THE_PH_SCALE = re.compile(r"(?i)\bpH\s*\d|\b(?:above|below)\s+7\b|\bpK\S*\s*±")
"""A place on the pH scale ("pH 1", "above 7", "pKIn ± 1")."""


def _adjective_of_topic(title: str, term) -> bool:
    """Whether the answer opens on the adjective of a word the pack's title prints ("stimulates the au____ (2
    words)", auditory nerve, on a sheet headed "The Ear and Hearing"): the heading and the letter name it."""
    first = re.findall(r"[^\W\d_]+", term.text.casefold())[:1]
    heading = set(re.findall(r"[^\W\d_]+", title.casefold()))
    return bool(first) and any(first[0] == adjective and {noun, f"{noun}s"} & heading for noun, adjective in ADJECTIVES)


def _participle_of(printed: str, word: str) -> bool:
    """Whether a printed word is a Dutch or German participle of the verb ``word`` ("gekookt" of koken, "gekocht" of
    kochen): past its ge- and its ending, a stem of three letters or more that opens the verb, doubled letters read
    once."""
    stem = re.match(r"ge([^\W\d_]{3,}?)(?:en|t|d)$", printed)
    if stem is None:
        return False
    stem_once, verb_once = (re.sub(r"(.)\1", r"\1", text) for text in (stem.group(1), word))
    return len(stem_once) >= 3 and verb_once.startswith(stem_once) and verb_once != stem_once \
        or _strong_participle_of(printed, word)


def _strong_participle_of(printed: str, word: str) -> bool:
    """Whether a printed word is the strong participle of the verb ``word``, its vowel changed ("gestohlen" of
    stehlen, "gestolen" of stelen): past its ge- and the -en both end on, the same consonants in the same order."""
    stem = re.fullmatch(r"ge([^\W\d_]{3,})en", printed)
    verb = re.fullmatch(r"([^\W\d_]{3,})e?n", word)
    if stem is None or verb is None:
        return False
    consonants = [re.sub(r"[aeiouyäöüëï]+", "", re.sub(r"(.)\1", r"\1", text))
                  for text in (stem.group(1), verb.group(1))]
    return len(consonants[0]) >= 3 and consonants[0] == consonants[1]


def _stem_beside(answer: str, line: str, least: int) -> bool:
    """Whether a word of the line opens as a word of the answer does, ``least`` letters at least and most of the
    shorter word ("toxin" beside toxoid picks it from a word box; "living" beside live, with its letter, names it)."""
    share = 0.6 if least < 4 else 0.7
    printed = re.findall(r"[^\W\d_]{4,}", line.casefold())
    for word in re.findall(r"[^\W\d_]{4,}", answer.casefold()):
        for other in printed:
            shared = len(os.path.commonprefix([word, other]))
            if other != word and shared >= least and shared >= share * min(len(word), len(other)):
                return True
    return False


def _worked_from_beside(answer: str, line: str) -> bool:
    """Whether a figure is the sum or the difference of two figures its line prints ("____ men (roughly 198,000
    British and 140,000 French)")."""
    value = number_value(answer.strip())
    figures = [number_value(found) for found in re.findall(r"(?<![\d.,])\d{2,}(?:,\d{3})*(?:\.\d+)?", line)]
    figures = [figure for figure in figures if figure]
    return bool(value) and any(abs(one + other - value) <= 0.005 * value or abs(one - other - value) <= 0.005 * value
                               for index, one in enumerate(figures) for other in figures[index + 1:])


def _named_for_its_substrate(answer: str, line: str) -> bool:
    """Whether an enzyme's name is what it breaks down plus "-ase", and the line prints that ("lipids" beside
    lipase, "proteins" beside protease, "maltose" beside maltase)."""
    enzyme = re.fullmatch(r"\s*([^\W\d_]{3,})ase[s]?\s*", answer.casefold())
    return enzyme is not None and re.search(rf"(?<![^\W\d_]){re.escape(enzyme.group(1))}", line.casefold()) is not None


def _initials_printed(answer: str, text: str) -> bool:
    """Whether the line prints a phrase answer's short form: its initials or the one it carries in brackets ("TNCs"
    beside "Transnational corporation (TNC)", "LEDCs" beside less economically developed countries)."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", "", answer))
    shorts = {"".join(word[0] for word in words).upper()} | set(re.findall(r"\(([A-Z]{2,})\)", answer))  # ("… (TNC)")
    return len(words) >= 2 and any(short.rstrip("s") in shorts for short in re.findall(r"\b[A-Z]{2,}s?\b", text))


def _acronym_begun(answer: str, line: str) -> bool:
    """Whether the line's words spell all but the last letter of an acronym in the answer (three letters or more):
    the expansion is printed beside its short form."""
    acronym = next((word for word in answer.split() if re.fullmatch(r"[A-Z]{3,}", word)), "")
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’-]*", line)).upper()  # ("intermediate-range"
    # is one word, I)
    return bool(acronym) and acronym[:-1] in initials


def _one_of_few(term) -> bool:
    """Whether an answer is one of a few the line chooses among: a colour, a particle, an ocean."""
    return _COLOUR.fullmatch(term.text.strip()) is not None or _CLOSED_SET.fullmatch(term.text.strip()) is not None


def _open_line(source: Material, ref: PointRef, term) -> bool:
    """Whether a word's blank is left open with no word bank to narrow it (see ``shows_no_letter``)."""
    return not source.banked and shows_no_letter(source, term, source.point(ref).text)


def shows_no_letter(source: Material, term, text: str) -> bool:
    """Whether a blank in ``text`` would show no letter and nothing else says what kind of answer it wants: with no
    word bank, other words fit its line as well ("Bogs are waterlogged and ____ – little oxygen": acidic, cold,
    nutrient-poor; "____ stay in the blood afterwards": memory cells, antibodies). A word heading its definition is
    pinned down by the definition; a count with its noun ("toured ____ in 1086" for 7 circuits) shows no figure is
    asked unless a word before it says so ("about ____"), nor an amount after "a" that describes a noun ("a ____
    'super sewer'" for 25 km: "huge" fills it as well), nor a date that opens a note's arrow ("____ → war
    declared")."""
    if term.kind == "number":
        return _counted_unasked(text, term) or re.search(r"(?i)\b(?:a|an)\s+$", text[:term.start]) is not None
    if term.kind == "year" and not text[:term.start].strip(" \"'“‘") \
            and re.match(r"\s*(?:→|->)", text[term.end:]):
        return True  # "____ → Viceroy Linlithgow declared war": a date opening a note's arrow, which nothing asks
    return (term.kind in ("term", "name") and term.sort not in ("formula", "code")
            and not _letter(source, term) and not _heads_definition(text, term)
            and not (term.kind == "term" and paired(term.text)) and not _one_of_few(term))
    # (one of a pair, "At the ____, metals are deposited", is a choice of two the line decides, as a colour is of a
    # few; not a region, "Spread across the ____", where "country" fits as well as "South")


def _counted_unasked(text: str, term) -> bool:
    """Whether a figure blanked with the noun it counts ("7 circuits", "three-core cable") stands where nothing
    before it asks for an amount."""
    words = re.findall(r"[^\W\d_]{3,}", term.text)
    if not words or all(word.casefold() in _MAGNITUDES for word in words):
        return False
    if not all(word.casefold() in _MAGNITUDES or word.casefold().rstrip("s") in _MEASURES or not word.isalpha()
               or len(word) <= 3 and not word.islower() for word in words):  # (a unit: "kHz", "km²")
        return True  # "c. ____, approx. 1.1 million homes damaged" for 6 300 deaths: a cue asks for a figure, only
        # the hidden noun says which
    return not _AMOUNT_CUE.search(text[:term.start])


_MEASURES = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
                       "centurie", "metre", "meter", "kilometre", "mile", "yard", "feet", "foot", "inche", "acre",
                       "hectare", "litre", "gallon", "tonne", "ton", "kilogram", "gram", "pound", "ounce", "degree",
                       "knot", "yr", "ago", "and", "mark", "shilling", "penny", "pence", "dollar", "euro", "franc",
                       "rouble", "ruble", "yuan", "rupee", "peso", "crown", "guinea"})
"""Nouns that measure rather than count things ("lasted ____" for 13 days, "approx. ____" for 250 marks), singular,
and the "and" between two readings ("5° and 30°"): after a word asking for an amount, the blank says what it wants."""


_MAGNITUDES = frozenset({"hundred", "thousand", "million", "millions", "billion", "billions", "trillion", "per", "cent",
                         "percent", "mph", "kph", "rpm", "kwh", "mwh", "gwh", "twh", "bbl"})
_AMOUNT_CUE = re.compile(r"(?i)(?:\b(?:about|around|roughly|approximately|approx|over|under|nearly|almost|some|only|"
                         r"just|at least|up to|more than|fewer than|less than|lasted|took|for|after|within|every|"
                         r"each|of|than|had|has|have|was|were|is|are|c)|[~≈=:(])\W*$")
"""Words before a blank that ask for an amount ("about ____", "lasted ____", "a total of ____")."""


def first_letter(term, language: bool = False) -> str:
    """The letter a blank's line starts with: a word's first letter (a name, a date, a figure or a formula is
    already one answer, and a word of three letters or fewer would be half given). In a language pack, the letter of
    the word after its article: "d____" for "die Grundschule" sends a student to the article."""
    bare = term.text.strip().lstrip("\"'“‘")  # '"t____"' for "television war": the letter inside the quote marks
    if not language:
        bare = re.sub(r"(?i)^(?:the|an?)\s+(?=\S)", "", bare)  # "(b) S____ targeted spies" for "the Squad": a "t____"
        # would start the article
    article = _ARTICLE.match(bare) if language else None
    if article:  # "un p____" for "un piso": the letter alone, after no article, reads as another word
        rest = bare[article.end():]
        return article.group() + rest[:1] if len(re.sub(r"\W", "", rest)) >= 4 and rest[:1].isalpha() else ""
    if term.kind != "term" or term.sort in ("formula", "code", "unit") or len(re.sub(r"\W", "", bare)) < 4 \
            or not bare[:1].isalpha() or re.match(r"\w-", bare):
        return ""  # "the first H____" is most of "H-bomb"
    if re.match(r"[A-Z]{2,5}\s+[a-z]", bare):
        return ""  # "Electron absorbs E____" for EM radiation: the letter starts "energy" as well
    if re.match(r"(?i)(?:by|in|on|at|of|to|for|with|from|via)\s", bare):
        return ""  # "B____ = from a hotter object to a cooler one" (By heating): the letter is the preposition's
    if re.match(rf"(?i)(?:{'|'.join(_GENERIC_FIRST)})\s+[a-z]", bare):
        return ""  # "Heat a gas at c____" for constant volume: constant pressure starts alike
    if bare[:1].casefold() in ("a", "i"):  # "enter by a a____": a letter that is a word reads as the article, so the
        # line starts on its first two letters instead ("in the af____ using daylight"), where they make no word
        start = bare[:2]  # (three letters, "inv____" beside "sin⁻¹", "inf____" beside "airports", say too much)
        if re.match(r"[^\W\d_]+", bare).group().casefold() in _ELEMENTS_ON_A_OR_I:
            return ""  # "Al____" for aluminium alloys: the element's own symbol
        first_word = re.match(r"[^\W\d_]+", bare)
        return start if start.isalpha() and start.casefold() not in _WORD_STARTS and len(bare) >= 7 \
            and first_word is not None and len(first_word.group()) >= 6 else ""  # ("Ai____ from traffic" is most of
        # "air pollution"; "io____
        # solution" leaves only iodine: two letters of a short word say too much)
    return bare[:1]


_GENERIC_FIRST = ("constant", "high", "higher", "low", "lower", "large", "larger", "small", "smaller", "same",
                  "different", "more", "less", "increased", "decreased", "fixed", "equal")
"""Words that open many answers ("constant volume", "constant pressure"): their letter alone says not which."""
_STYLES_AND_PREFIXES = frozenset(PERSON_STYLES) | SHIP_PREFIXES
"""Words before a name whose letter would point away from it ("Sir", "Commander", "HMS")."""
_ELEMENTS_ON_A_OR_I = frozenset({"aluminium", "aluminum", "argon", "arsenic", "astatine", "actinium", "americium",
                                  "indium", "iridium"})
"""Elements whose first two letters are their symbol ("Al" of aluminium): the letters name the element."""
_WORD_STARTS = frozenset({"an", "in", "is", "it", "if", "at", "as", "am", "ah", "ad", "ax", "id", "and", "any", "all",
                          "are", "its", "ill", "inn", "act", "add", "air", "aim", "art", "arm", "ask", "ant", "ice", "ink"})
"""Words an answer's first two or three letters can spell: printed before a line, they read as a word of the line."""


_ARTICLE = re.compile(r"(?i)^(?:der|die|das|den|dem|des|ein|eine|einen|le|la|les|l['’]|un|une|el|los|las|il|lo|gli|"
                      r"i|una|uno|un['’]|o|a|os|as|um|uma|de|het|een)\s*(?=\w)(?<=\s|['’])")


def _apart(text: str, terms, ranked, count: int) -> set[int]:
    """The ids of the first ``count`` of ``ranked`` to blank, none listed beside another ("by (a) ____ or by (b) ____"
    is right in either order, but a key gives one), nor two of a pair ("very (a) l____ or very (b) s____": large
    calls up small)."""
    runs = listed_together(text, terms)
    keep: list = []
    for term in ranked:
        if len(keep) == count:
            break
        if not any(term.key in run and other.key in run for run in runs for other in keep) \
                and not any(partners(term.text, other.text) for other in keep):
            keep.append(term)
    return {id(term) for term in keep}


def _numbered_code(source: Material, term) -> bool:
    """Whether a code of a letter or two and a lowered figure is one of a series the pack names ("G₁" beside "G₂"):
    its blank has no letter to give, and the series printed elsewhere fills it by its pattern."""
    if term.kind != "term" or term.sort != "code" or not re.fullmatch(r"[^\W\d_]{1,2}[₀-₉]+", term.text.strip()):
        return False
    letters = re.sub(r"[₀-₉]", "", term.text)
    return any(other.key != term.key and other.sort == "code" and re.sub(r"[₀-₉]", "", other.text) == letters
               for other in source.pool.terms.get("term", ()))


_RANKED = re.compile(r"(?i)(?:second|third|2nd|3rd)(?:[- ](?:largest|biggest|highest|most|best|greatest))?$")
"""A place in a ranking ("second-largest"): beside the one ahead of it, the letter tells it."""
_NOT_GAPS = ("verb", "predicate", "modifier", "pair", "unit", "particle", "adverb")


def _banked(term) -> str:
    """A gap's answer as the word bank prints it: as written in the pack, lowercased only where a sentence began
    with an ordinary word."""
    return term.inline.strip()


def readable(text: str, hidden) -> bool:
    """Whether a sentence with ``hidden`` taken out still has enough to read: two words besides its blanks, so a
    stem is three words at least."""
    rest = text
    for term in sorted(hidden, key=lambda term: -term.start):
        rest = rest[:term.start] + " " + rest[term.end:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2


def shown_text(segments) -> str:
    """What a question prints: its text with the blanks left empty."""
    return " ".join(segment.text if segment.role != "blank" else " " for segment in segments)


# -- multiple choice ---------------------------------------------------------

_GRAMMAR_GLOSS = re.compile(r"(?i)\b(?:agrees?|agreement|participle|feminine|masculine|auxiliary|infinitive|"
                            r"conjugat\w*|takes\s+(?:être|essere|sein|avere|avoir|haben))\b")
"""A note on grammar ("the participle agrees with la spiaggia") standing after a line's dash where its meaning would."""
_QUERY_CODE = re.compile(r"\b(?:SELECT|UPDATE|DELETE|INSERT)\b[^.;]*\b(?:FROM|SET|WHERE|INTO|VALUES)\b")
"""A database query written out ("SELECT Title, Price FROM Books WHERE Price < 10")."""
_KIND_PREFERENCE = {"year": 1.0, "name": 1.0, "term": 1.2, "number": 0.6}
CHOICE_KINDS = ("year",)
"""The terms multiple choice asks for. In the blind audits of 62 fresh sets (1,159 multiple-choice questions), teachers
struck 2 in 100 asking for a year, 7 in 100 asking for a figure and 11 to 15 in 100 asking for a name or a term: the
pack's other figures, people and places made options that were absurd ("14 chromosomes"), of another kind (a law among
people, Cape Town beside Port Said) or ruled out by the stem, and no rule told them apart."""


def choice_candidates(source: Material) -> list[Candidate]:
    out = []
    for ref in source.refs:
        usable = [term for term in source.key_terms(ref)
                  if term.kind in CHOICE_KINDS and source.has_alternatives(term, 3)]
        if not usable:
            continue
        best = max(_KIND_PREFERENCE[term.kind] - 0.1 * source.pool.frequency_of(term) for term in usable)
        score = 2.0 + best + length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,) + source.label_siblings(ref), lambda index, ref=ref: _choice(source, ref)))
    return out


_AGE_GIVEN = re.compile(r"(?i)\baged\s+(?:just\s+|only\s+|about\s+)?\d{1,3}\b|\bat\s+(?:the\s+)?age\s+of\s+\d{1,3}\b")
"""An age printed beside an event ("crowned … aged just 13"): with the event's year, it gives a birth year."""


def _choice(source: Material, ref: PointRef) -> Choice | None:
    terms = [term for term in source.hideable(ref) if term in source.key_terms(ref) and term.kind in CHOICE_KINDS]
    terms.sort(key=lambda term: (-_KIND_PREFERENCE[term.kind] + 0.1 * source.pool.frequency_of(term), term.start))
    text = source.point(ref).text
    worn = frozenset().union(*source.wrong_sets)  # the wrong options the sheet's other questions offer
    for term in terms:
        if _ERA_NAMED.search(text):
            continue  # "mass-produced in the ____, during the Second World War": the era named dates the line
        if _not_the_lines_own(text, term):
            continue
        if _THEN_AND_NOW.search(text[term.end:]):
            continue  # "a third of UK workers in the late ____; today it is under 10%": a state then, against now,
            # held for decades either side (the 1970s as well), and a recent decade contradicts "today"
        shown = text[:term.start] + text[term.end:]
        if in_brackets(text, term):
            continue  # "universal suffrage = a vote for all (adult men, in ____ demands)": an aside's year, no event
        if _in_a_range(text, term) or _a_day(text, term):
            continue  # "____–851 – a Viking army stayed the winter": the other end of the span pins it; "died on
            # ____ October 899" asks a day, no year
        if term.year is not None and re.search(rf"['’‘]{str(term.year)[-2:]}\b",
                                               f"{source.pack.cards[ref.card].title} {text}"):
            continue  # "Soup kitchens and Black '47: in ____ …": the year is in the title's own name for it
        if re.search(r"(?i)\bborn\b", text) and any(_AGE_GIVEN.search(point.text) for card in source.pack.cards
                                                      for point in card.points):
            continue  # "Akbar was born in ____" beside "crowned in 1556, aged just 13": the age and the year printed
            # work out the birth
        if _AGE_GIVEN.search(text) and any(re.search(r"(?i)\bborn\b[^;]{0,40}?(?<!\d)\d{3,4}\b", point.text)
                                           for card in source.pack.cards for point in card.points):
            continue  # "burned on ____, aged about 19" beside "born c.1412": the age and the birth year work it out
        if term.year is not None and any(first <= term.year <= last + 1 for first, last in spans_in(shown)):
            continue  # "after a bloody insurgency (1963–67), British forces left in ____": the span printed pins the
            # year, and the options inside it are out at sight
        avoid = tuple(other.key for other in source.terms[ref]) + tuple(source.asked) + tuple(source.setting)
        context = source.context(ref, [term])
        if context is None or not readable(text, [term]):
            continue
        if term.kind == "year" and _SPAN_TO_ANOTHER.search(shown):
            continue  # "In ____ Drake raided Cádiz → delayed the Armada by a year": 1588 less one
        if _CAUSE_GIVEN.search(text[term.end:]):
            continue  # "removed from power in ____; the crisis was one reason": a year before the crisis is out at
            # sight, and the options after it leave the answer the earliest
        if _famous_year(text + "\n" + source.pack.cards[ref.card].title, term) or _death_ends_a_span(source.pack,
                                                                                                   text, term) \
                or _dated_by_another_title(source, ref, text, term):
            continue  # "cut to 0.1% in ____ at the start of the Covid-19 pandemic": every pupil knows 2020; "stabbed
            # to death in ____" beside "Prime Minister 1958–66" is answered by the span
        wrong = distractors(term, source.pool, source.rng, 3, shown, avoid, near=ref.card, only_near=True,
                            about=source.about(ref, shown), within=year_bounds(source, ref, term), worn=worn)
        if wrong is None or any(len({option.casefold() for option in wrong} & earlier) >= 2
                                for earlier in source.wrong_sets):
            continue  # (two of the three wrong options another question offered: its answer the odd one out)
        if _year_apart_from_options(term, wrong):
            continue  # "May 1997" beside May 2009, May 2010 and May 2011: the one far from the rest is the answer
        if _oldest_is_earliest(shown, term, wrong):
            continue  # "Founded … in ____ – the UK's oldest science park": the earliest option, at sight
        at_start = term.start == 0 and term.text[:1].isupper()  # ("The 1960s" opening its line)
        options = (term.text.strip(),) + tuple(capitalised(option) if at_start else option for option in wrong)
        segments = context + source.segments(ref, {term.start: Segment(term.text, "blank")})
        visible = [shown_text(segments), *options]
        if term.year is not None and _MEASURED.search(shown) and any(
                abs(int(option[:4]) - term.year) < _YEARS_APART for option in wrong if option[:4].isdigit()):
            continue  # "About 55% of people lived in urban areas in ____": 2017 is about as true as 2018, a figure
            # taken a year apart differs by less than its "about"
        if source.gives_away(visible, [term.text]) or any(holds(source.printed(), option.casefold())
                                                          for option in wrong):
            continue  # (a wrong year the sheet prints as another's is ruled out at sight: "Nobel Prize in 1945"
            # beside "Discovered by Fleming in ____": 1928 / 1945 / 1944 / 1940)
        source.ask(term)
        source.record(visible, [term.text])
        source.offered += [option.casefold() for option in wrong]
        source.wrong_sets.append(frozenset(option.casefold() for option in wrong))
        return Choice(ref, segments, options, 0, term.kind)
    return None


_MEASURED = re.compile(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost|over|under|c\.)\s*[£$€]?\d|\d\s*%")
"""A figure the line gives roughly or as a share: a measure that drifts from year to year."""
_YEARS_APART = 5
"""How far apart the years offered for a measured figure must be from its own."""


def opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` is its sentence's first ("… no conduction. Giant covalent → …"): a word swapped
    in there takes a capital."""
    return re.search(r"(?:^|[.!?]\s+)[\"“‘']?$", text[:start]) is not None


_CLAUSE = re.compile(r"(?i)^\S+(?:\s+\S+)*\s+(?:is|are|was|were|stays?|remains?|becomes?|gets?|has|have|does|do)"
                     r"(?:\s+\S+)+$|^\S+(?:\s+\S+)*\s+(?:increases?|decreases?|rises?|falls?|goes\s+(?:up|down))$")
"""A key term that is a whole clause ("frequency stays the same", "current is the same", "Melting point decreases"):
blanked, the line keeps no word to say what is asked, and "current flows" would make it as true."""


def _span_printed(text: str, term) -> bool:
    """Whether a number of years is the gap between two years ``text`` prints (19 years beside 1568 and 1587)."""
    found = re.fullmatch(r"\s*(\d{1,3})\s+years?\b.*", term.text) if term.kind == "number" else None
    if found is None:
        return False
    years = {int(year) for year in YEAR.findall(text)}
    return any(later - int(found.group(1)) in years for later in years)


def _root_printed(text: str, answer: str) -> bool:
    """Whether ``text`` prints another word that opens on a one-word answer's first seven letters or more, most of
    the shorter word ("menstrual" for menstruation)."""
    word = answer.strip().casefold()
    if answer.strip()[:1].isupper() and re.fullmatch(r"[^\W\d_]{6,}", word) and any(
            other.casefold() != word and 4 <= len(os.path.commonprefix((word, other.casefold()))) >= 0.75 * len(other)
            for other in re.findall(r"(?<![\w-])[A-Z][^\W\d_]{3,}", text)):
        return True  # "C____: from Cluny in Burgundy" (Cluniacs): the place the name grows from is printed
    return re.fullmatch(r"[^\W\d_]{7,}", word) is not None and any(
        other != word and (shares_root(word, other, 7) or len(os.path.commonprefix((word, other))) >= 8)
        for other in set(re.findall(r"[^\W\d_]{6,}", text.casefold())))  # ("thermoregulatory" beside T____,
    # thermoreceptors)


_ADJECTIVE_ENDINGS = ("ine", "ian", "ean", "an", "n", "ic", "ish", "ese", "i")
"""Endings that make a place's name an adjective ("Alp" + "ine", "Ande" + "an", "Sahara" + "n")."""


def _named_place_adjective(answer: str, text: str) -> bool:
    """Whether a word of the answer is a name printed in the line made an adjective ("alpine" beside the Alps,
    "Andean" beside the Andes, "Saharan" beside the Sahara)."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]{4,}", answer)]
    names = {name.casefold() for name in re.findall(r"(?<![\w-])[A-Z][^\W\d_]{2,}", text)}
    stems = {stem for name in names for stem in (name, re.sub(r"(?:es|s|e|a)$", "", name)) if len(stem) >= 3}
    return any(word != stem and word.startswith(stem) and word[len(stem):] in _ADJECTIVE_ENDINGS
               for word in words for stem in stems)


def _clipped_in_title(title: str, answer: str) -> bool:
    """Whether the sheet's title prints a one-word answer cut short ("Hex" for hexadecimal, "Maths" for
    mathematics)."""
    word = answer.strip().casefold()
    return re.fullmatch(r"[^\W\d_]{7,}", word) is not None and any(
        len(clip) >= 3 and word.startswith(clip) and clip not in ("the", "and", "for", "with", "from", "into")
        for clip in re.findall(r"[^\W\d_]+", title.casefold()))


_SHARED_FREELY = frozenset({"the", "and", "for", "with", "from", "into", "not", "its", "their", "his", "her", "new"})
"""Words a short phrase answer may share with its line without pointing to it."""


def _part_printed(rest: str, answer: str) -> bool:
    """Whether the rest of a line prints a word of a hyphenated or several-word answer, of four letters or more, as
    written or in its plural ("leaves" for stem-and-leaf); or, of a phrase of two or three words, any word of three
    letters or more that says something ("per annum" beside "= per year": the shared word pairs them in a box, and
    half prints the answer)."""
    words = [word for word in re.findall(r"[^\W\d_]{4,}", answer.casefold()) if word not in ("with", "from", "into")]
    if len(re.findall(r"[^\W\d_]+", answer)) < 2:
        return False
    printed = {singular(word) for word in re.findall(r"[^\W\d_]{4,}", rest.casefold())}
    printed |= {word[:-2] + "f" for word in printed if word.endswith("ve")}  # ("leaves", singular "leave": leaf)
    if any(singular(word) in printed for word in words):
        return True
    bare = re.sub(r"\([^()]*\)", "", answer)  # (the bracket an answer carries: "per annum (p.a.)")
    short = {IRREGULAR_PAST.get(word, singular(word)) for word in re.findall(r"[^\W\d_]{3,}", rest.casefold())}
    # ("bag sales" beside "single-use c____ (2 words)": carrier bags; "swept through long grass" beside a sweep net)
    return 2 <= len(re.findall(r"[^\W\d_]+", bare)) <= 3 and any(
        singular(word) in short or other_words_for(singular(word)) & short
        for word in re.findall(r"[^\W\d_]{3,}", bare.casefold()) if word not in _SHARED_FREELY)  # ("faith without
    # d____ (3 words) is dead, so belief must lead to action": deeds, said as action)


def _compared_with_term(source: Material, ref: PointRef, term) -> bool:
    """Whether the line sets the term against another key term across "than" in one clause ("the swash is stronger
    than the backwash")."""
    text = source.point(ref).text
    for other in source.terms[ref]:
        if other is term or other.kind != term.kind:
            continue
        first, last = (term, other) if term.start < other.start else (other, term)
        between = text[first.end:last.start]
        if re.search(r"\bthan\b", between) and not re.search(r"[;.:]", between):
            return True
    return False


def _head_printed(text: str, blank) -> bool:
    """Whether a blank of several words shows its first letter and ``text`` (its line, its title, the sheet's
    title) prints the first word whole, or all words but the last together ("o____ (4 words)" under "Energy in
    Norway – hydropower, oil and gas", oil and gas exporters)."""
    words = blank.text.split()
    return len(words) >= 2 and len(blank.hint) == 1 and (
        len(words[0]) >= 5 and re.search(rf"(?i)(?<![\w-]){re.escape(words[0])}(?![\w-])", text) is not None
        or len(words) >= 3
        and re.search(rf"(?i)(?<![\w-]){re.escape(' '.join(words[:-1]))}(?![\w-])", text) is not None)


def _spelled_alike_beside(answer: str, line: str) -> bool:
    """Whether a word of the line opens as the answer does and is spelled much as it is ("the relief of Mafeking …
    the word m____ was coined", mafficking): with the letter, the printed word spells the answer."""
    folded = answer.strip(" \"'“”‘’").casefold()
    return " " not in folded and len(folded) >= 6 and any(
        word != folded and word[:3] == folded[:3] and SequenceMatcher(None, word, folded).ratio() >= 0.75
        for word in re.findall(r"[^\W\d_]{5,}", line.casefold()))


def year_range(text: str, term) -> tuple[int | None, int | None]:
    """The years a wrong year must fall between to keep its order with the sentence's other years: before 1792 in
    "knighted in ____ and died in 1792", after 1950 in "between 1950 and ____" (else "between 1958 and 1956", or a
    knighthood after the death, gives the answer away)."""
    if term.kind != "year":
        return None, None
    others = [int(year) for year in YEAR.findall(around(text, term))]
    if term.year is not None and term.year < 0:  # "Renewed at Luca (56 BC) → consuls again in ____": after 56 BC
        others += [-int(year) for year in re.findall(r"(?<![\d.,])(\d{1,3})\s*BCE?\b", around(text, term))]
    lower = [year for year in others if year < term.year]
    higher = [year for year in others if year > term.year]
    return (max(lower) if lower else None), (min(higher) if higher else None)


def year_bounds(source, ref, term) -> tuple[int | None, int | None]:
    """The years a wrong year for ``term`` must lie between: its line's range, its titles' spans, its card's date."""
    card = source.pack.cards[ref.card]
    lower, upper = _within_titles(year_range(source.point(ref).text, term), term, (card.title, source.pack.title),
                                  min(map(int, YEAR.findall(card.date or "")), default=None))
    event = {int(year) for year in re.findall(r"\b(1\d{3}|20\d{2})\b", source.pack.title)}
    if len(event) == 1 and term.kind == "year" and term.year is not None and term.year >= min(event) \
            and _AFTERMATH.search(card.title):  # "Long-term responses" to "the 2011 Tōhoku earthquake": 1933 or
        lower = min(event) - 1 if lower is None else max(lower, min(event) - 1)  # 1981 is out at sight
    if len(event) == 1 and term.kind == "year" and term.year is not None and term.year < min(event):
        upper = min(event) if upper is None else min(upper, min(event))  # "Paxton sketched his design in ____" under
        # "The Great Exhibition of 1851": what came before the event the title dates takes no year after it
    for first, last in spans_in(source.pack.title):
        if term.kind == "year" and term.year is not None and term.year > last:
            lower = last if lower is None else max(lower, last)  # "Long-term responses: a new airport opened in ____"
            # under "… eruption (1995–97)": the eruption's own years are out at sight
        if term.kind == "year" and term.year is not None and term.year < first:
            upper = first if upper is None else min(upper, first)  # "crushed the Byzantines at Manzikert in ____"
            # (1071) under "The Crusades 1095–1291": the one option before the sheet's years is the answer
    if term.kind == "year" and term.year is not None and _LEAD_UP.search(card.title):  # "Getting ready for war:
        upper = term.year + 1 if upper is None else min(upper, term.year + 1)  # … Act, September 1942" is false at
        # sight: a card on what came before the event takes no later year
    for era, first, last in _ERAS:
        if term.year is not None and first <= term.year <= last and re.search(era, source.point(ref).text):
            lower = first - 1 if lower is None else max(lower, first - 1)
            upper = last + 1 if upper is None else min(upper, last + 1)
    return lower, upper


_AFTERMATH = re.compile(r"(?i)\b(?:responses?|effects?|impacts?|aftermath|recovery|consequences?|rebuilding|"
                        r"reconstruction|long-term|legacy)\b")
"""A card title of what followed the event a pack's title dates."""
_LEAD_UP = re.compile(r"(?i)\b(?:getting ready|preparations?|preparing|build-?up|lead-?up|run-?up|road to|"
                      r"countdown|on the eve)\b")
"""A card title of what came before an event ("Getting ready for war", "The road to war")."""


_ERAS = ((r"\bUSSR\b|\bSoviet Union\b", 1922, 1991), (r"\bEast Germany\b|\bGDR\b", 1949, 1990),
         (r"\bWest Germany\b|\bFRG\b", 1949, 1990), (r"\bYugoslavia\b", 1918, 1992),
         (r"\bCzechoslovakia\b", 1918, 1992), (r"\bEast Pakistan\b", 1955, 1971), (r"\bRhodesia\b", 1965, 1979),
         (r"\bZaire\b", 1971, 1997), (r"\bCeylon\b", 1948, 1972),
         (r"(?i)\bpandemic\b|\bcovid\b|\blockdowns?\b", 2020, 2022))
"""States that lasted a span of years, and the Covid pandemic: a line naming one ("Chernobyl, then part of the USSR",
"During the pandemic, Bank Rate was cut …") rules out a year outside it."""


_CAUSE_GIVEN = re.compile(r"(?i)\b(?:was|were)\s+(?:one|a|the|another|part\s+of\s+the)\s+(?:main\s+|key\s+|big\s+)?"
                          r"(?:reasons?|causes?)\b|\bbecause\b|\bdue\s+to\b|\bas\s+a\s+result\s+of\b|\bfollowing\b")
"""Words after a dated event that give its cause ("…; the crisis was one reason", "because of …")."""
_SPAN_TO_ANOTHER = re.compile(r"(?i)\bby\s+(?:a|one|two|three|four|five|six|ten|a\s+few|several|\d+)\s+"
                              r"(?:years?|decades?)\b|"
                              r"\b(?:a|one|two|three|four|five|six|ten|\d+)\s+(?:years?|decades?)\s+(?:later|earlier|"
                              r"before|after)\b|\bthe\s+(?:following|next|previous)\s+year\b")
"""Words that date an event against another ("→ delayed the Armada by a year", "two years later"): with the other's
year, known or printed, a year asked of the line is worked out, and a year changed in it is false at sight."""
_FROM_THEN_ON = re.compile(r"(?i)\b(?:from|since|after|by|starting\s+in|beginning\s+in)\s+"
                           r"(?:about\s+|around\s+|c\.\s*)?(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?"
                           r"(?:[A-Z][a-z]+\s+)?$")
"""Words before a year that make the claim hold from then on ("From 1574 seminary priests arrived", "by 1600"): a
later year is as true."""
_UNTIL_THEN = re.compile(r"(?i)\b(?:until|till|up\s+to|before)\s+(?:about\s+|around\s+|c\.\s*)?(?:\d{1,2}\s+)?"
                         r"(?:[A-Z][a-z]+\s+)?$")
"""Words before a year that make the claim hold up to then ("until 1603"): an earlier year is as true."""


def _within_titles(bounds: tuple[int | None, int | None], term, titles: tuple[str, ...],
                   dated: int | None = None) -> tuple[int | None, int | None]:
    """``bounds`` narrowed to the span a printed title gives the answer's year ("Making the dictatorship, 1933–34:
    Hindenburg died in ____", "The Cold War, 1945–62"), and to no earlier than the year its card is dated by where
    the answer is that late ("Berlin Blockade" of 1948: "lifted the blockade ____" is never 1945), or to the side of a
    year the title says it is ("Britain and the slave trade by 1700"): a year outside is ruled out at sight."""
    if term.kind != "year" or term.year is None:
        return bounds
    lower, upper = bounds
    if dated is not None and term.year >= dated:
        lower = dated - 1 if lower is None else max(lower, dated - 1)
    for title in titles:
        decades = [(int(decade), int(decade) + 9) for decade in re.findall(r"\b(1\d{2}0|20\d0)s\b", title)]
        for first, last in spans_in(title) + decades:  # ("Early opposition – the ANC in the 1950s")
            if first < last and first <= term.year <= last:
                lower = first - 1 if lower is None else max(lower, first - 1)
                upper = last + 1 if upper is None else min(upper, last + 1)
        for word, year in re.findall(r"(?i)\b(by|before|until|till|to|after|from|since)\s+(1\d{3}|20\d{2})\b", title):
            if word.casefold() in ("after", "from", "since") and term.year >= int(year):  # ("Britain after 1945")
                lower = int(year) - 1 if lower is None else max(lower, int(year) - 1)
            elif word.casefold() not in ("after", "from", "since") and term.year <= int(year):  # ("… by 1700")
                upper = int(year) + 1 if upper is None else min(upper, int(year) + 1)
    return lower, upper


# -- true or false -----------------------------------------------------------

FALSE_KINDS = ("year",)
"""The terms a false statement changes: a year. In 62 blind audits teachers struck nearly 1 in 3 statements made false
by swapping a word, a name or a place for another of the pack or by turning a word into its opposite ("promoted to the
lower level", "London Bridge … at Rochester", "loft insulation" for thermal insulation), 1 in 8 made false by a changed
figure (a day of 58 hours, "90° = π rad", "400 000 V" for the neutral wire) and 1 in 13 by a changed year, none of the
last 13: what a figure means to its line (a bound, a sum, a count, a limit) is past any rule, a year's is not."""


def true_false_candidates(source: Material, quota: dict[bool, int]) -> list[Candidate]:
    """``quota`` holds how many true and how many false statements are still wanted; a statement is made
    false where its point allows and false ones are wanted, else true."""
    out = []
    for ref in source.refs:
        swappable = any(source.has_alternatives(term, 1) for term in source.key_terms(ref) if term.kind in FALSE_KINDS)
        score = (2.0 if swappable else 0.0) + length_score(source.point(ref).text) + source.jitter()
        if swappable:  # false statements are tried first: the few points that make a fair one go to them
            out.append(Candidate(score + 4.0, (ref,), lambda index, ref=ref: _false_first(source, ref, quota)))
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _statement(source, ref, quota)))
    return out


def _false_first(source: Material, ref: PointRef, quota: dict[bool, int]) -> TrueFalse | None:
    if quota[False] <= 0:
        return None
    statement = _true_false(source, ref, False)
    if statement is not None:
        quota[False] -= 1
    return statement


def _statement(source: Material, ref: PointRef, quota: dict[bool, int]) -> TrueFalse | None:
    for true in (False, True):
        if quota[true] > 0:
            statement = _true_false(source, ref, true)
            if statement is not None:
                quota[true] -= 1
                return statement
    return None


def _lists_its_subject(text: str) -> bool:
    """Whether a bracketed list names again a name the statement makes its claim of ("Nigeria … (Mexico, Indonesia,
    Nigeria, Turkey)")."""
    outside = re.sub(r"\([^()]*\)", " ", text)
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", outside)
               for listed in re.findall(r"\(([^()]*,[^()]*)\)", text)
               for name in re.findall(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", listed))


_VERDICT_TITLE = re.compile(r"(?i)\b(?:successes|benefits|advantages|pros|strengths|achievements|positives|"
                            r"criticisms|problems|disadvantages|cons|weaknesses|failures|negatives|drawbacks)\b")
"""A title that judges its lines good or bad: the verdict a true-or-false item would ask, printed before it."""
_WHOSE_THING = re.compile(r"\W*[A-Z][\w-]*['’]s\s+[a-z]+\s+(?:to|of|for|against|on)\b")
"""A line that opens on someone's thing ("William's answer to the 1069 rising, …"): with no verb, a name for its
title, which states nothing."""


_INSTRUCTION = re.compile(r"\W*(?:[A-Z][a-z]+(?: [a-z]+)?:\s*(?=[a-z\d]))?(?:\d+[.)]\s*)?"  # ("Stay safe: use …")
                          r"(?:(?:Always|Never|First|Then|Next|Finally|Now),?\s+)?"  # ("Always fill in …")
                          r"(?i:(?:Fill|Work|Write|Read|Cross|Rule)\s+(?:in|out|down|off|up)\s+[a-z\d]+\b|"  # ("Fill in the
                          # overlap first, then work outwards": a method's step)
                          r"(?:Heat|Warm|Cool|Boil|Repeat|Leave|Wait|Stir|Mix|Pour|Dip|Rinse|Add|Filter|Evaporate|"
                          r"Dissolve)\s+(?:on|in|to|into|for|with|until|over|under)\s+[a-z\d]+\b|"  # ("Heat on a water
                          # bath …", "Repeat to get concordant results", "Measure with an infrared detector": no
                          # one is heated, repeated or measured)
                          r"(?-i:Measure|Record|Weigh|Count|Plot|Observe|Check)\s+(?:with|at|from)\s+[a-z\d]+\b|"
                          r"(?:Put|Push|Pass|Add|Place|Measure|Record|Time|Count|Repeat|Heat|Mix|Stir|Pour|"
                          r"Weigh|Fill|Leave|Wait|Collect|Switch|Shine|Set up|Plot|Label|Draw|Note|Observe|Dip|Rinse|"
                          r"Remove|Cover|Connect|Move|Turn|Use|Wear|Keep|Stay|Avoid|Do|Take|Run|Walk|Breathe|Send|"
                          r"Change|Vary|Calculate|Compare|Check|Choose|Start|Stop|Find|Show|Sketch|Identify|"
                          r"Explain|Shade|Complete|Clamp|Hang|Attach|Release|Drop|Hold|Tie|Fix|Pipette|Titrate|"
                          r"Swirl|Shake|Transfer|Secure|Store|Seal|Sterilise|Sterilize|Incubate|Soak|Wash|Invert|"
                          r"Discard|Dispose|Separate|Distinguish|Link|Consider|Evaluate|Mention|Include|Reduce|"
                          r"Increase|Improve|Encourage|Promote|Insulate)\s+"
                          r"(?!(?:on|in|to|into|out|up|off|down|under|by|at|for|with|from|as)\b)[a-z\d]+\b)")
"""A line that tells the student what to do (a practical's step), not a thing done to someone ("Put on trial …")."""


_MISTAKES_TITLE = re.compile(r"(?i)\b(?:mistakes?|misconceptions?|myths?|errors?|slips?|traps?|pitfalls?|"
                             r"(?:exam|revision|top)\s+tips?|tips|exam\s+(?:focus|technique|skills?|practice))\b")
"""A card of mistakes to avoid ("Common mistakes") or of exam tips: its title before a statement says "this is wrong"
or "do this", true or not."""


_ENGLISH_GLUE = re.compile(r"(?i)\b(?:the|is|are|goes|go|before|after|with|of|to|and|for|in|an?|it|you|use|when)\b")
"""English words a rule about a language is written with ("After weil the verb goes to the end")."""
_PARTICIPLE_FIRST = re.compile(r"(?i)\W*(?:[a-z]+ed|made|found|kept|held|sent|built|known|taken|given|seen|"
                               r"shown|grown|thrown|drawn)\s+(?:in|into|by|to|from|at|on|as|through|around)\b")
"""A line that opens on a past participle ("Carried in the blood …", "Made in the liver"): its subject is the line
before's, or the card's title's."""
_GERUND_PREDICATE = re.compile(r"(?i)\W*(?:[^\W\d_]+\s+){0,2}(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)"
                               r"(?<!\btheir\s)[^\W\d_]{3,}(?<!\bthing)ing\b")
"""A subject and an -ing word for its verb ("One species outcompeting another …"): a happening named, as an item of a
list, not said to be so ("A falling object speeds up" has its -ing word after an article)."""


def _in_a_range(text: str, term) -> bool:
    """Whether a figure is one end of a span the line prints ("850–851", "873–874"): the other end pins it."""
    return re.match(r"\s*[–—-]\s*\d", text[term.end:]) is not None \
        or re.search(r"\d\s*[–—-]\s*$", text[:term.start]) is not None


def _a_day(text: str, term) -> bool:
    """Whether a figure is a day of the month the line names after it ("died on 26 October 899")."""
    return re.match(rf"\s*{MONTH_PATTERN}(?![^\W\d_])", text[term.end:]) is not None


def _same_year(answer: str, wrong: str) -> bool:
    """Whether a changed date keeps the answer's year ("30 October 899" for "26 October 899")."""
    year = re.search(r"\d{3,4}\s*$", answer.strip())
    return year is not None and re.search(r"\d", answer.strip()[:year.start()]) is not None \
        and wrong.strip().endswith(year.group().strip())


def _famous_year(text: str, term) -> bool:
    """Whether a year is one every pupil knows, beside the event it dates: changed, it is false at sight."""
    return term.year is not None and any(year == term.year and re.search(event, text) for event, year in _FAMOUS)


_FAMOUS = ((r"\bGreat Fire\b", 1666), (r"\bHastings\b", 1066), (r"\bArmada\b", 1588), (r"\bMagna Carta\b", 1215),
           (r"\bColumbus\b", 1492), (r"(?i)\bmoon landing|\bApollo 11\b", 1969), (r"\bGunpowder Plot\b", 1605),
           (r"(?i)\b(?:First World War|World War (?:One|1|I)|WW1|WWI)\b", 1914),
           (r"(?i)\b(?:Second World War|World War (?:Two|2|II)|WW2|WWII)\b", 1939),
           (r"(?i)\bSeptember 11|9/11\b", 2001),
           (r"(?i)\bstart of the Covid|\bCovid(?:-19)? (?:pandemic )?began", 2020),
           (r"(?i)\bRussia\w*\b[^.;]{0,20}\binvade[ds]?\s+Ukraine|\binvasion of Ukraine", 2022))
"""Events every pupil knows the year of, and that year."""


def _famous_for_printed(text: str, term) -> bool:
    """Whether a name blanked with its letter is a scientist's or a doctor's whom every pupil knows by the work the
    line prints ("M____'s 1869 periodic table", "J____ tried cowpox against smallpox"), a place by its event
    ("atomic bombs on H____"), or a term by the words the news tells it with ("the o____ hole … CFCs")."""
    words = term.text.strip().casefold().split()
    works = _FAMOUS_FOR.get(words[-1].removesuffix("'s")) if term.kind == "name" and words else None
    rest = (text[:term.start] + " " + text[term.end:]).casefold()
    told = (clue for answer, clues in _KNOWN_TOGETHER.items() if answer in term.text.casefold() for clue in clues)
    return works is not None and any(work in rest for work in works) or any(clue in rest for clue in told)


_FAMOUS_FOR = {"mendeleev": ("periodic table",), "darwin": ("natural selection", "evolution", "origin of species"),
               "newton": ("gravity", "laws of motion"), "einstein": ("relativity",), "fleming": ("penicillin",),
               "pasteur": ("germ theory", "pasteuris"), "jenner": ("smallpox", "cowpox", "vaccin"), "ali": ("boxer",),
               "mendel": ("pea plants", "peas"), "rutherford": ("gold foil", "alpha scattering"),
               "nightingale": ("scutari", "nursing", "nurses"), "lister": ("carbolic", "antiseptic"),
               "galileo": ("telescope",), "copernicus": ("sun at the centre", "heliocentric"),
               "hiroshima": ("bomb",), "nagasaki": ("bomb",)}
"""Scientists and doctors, and the work every pupil knows them by; places, and the event every pupil knows them
for."""

_KNOWN_TOGETHER = {"ozone": ("cfc", "montreal protocol"), "fossil fuel": ("coal", "crude oil", "oil and gas",
                                                                        "natural gas"),
                   "herbicide": ("weed",), "fungicide": ("fungus", "fungal", "mould"), "canar": ("yellow",),
                   "long sight": ("far",), "long-sight": ("far",), "short sight": ("near", "close"),
                   "short-sight": ("near", "close"), "commandment": ("you shall", "thou shalt"),
                   "salmonella": ("food poisoning",),
                   "transpiration": ("water lost", "water loss", "loss of water", "loses water", "lose water"),
                   "global warming": ("greenhouse",), "racial": ("jews", "jewish"),
                   "hydroelectric": ("from the dam", "from a dam", "falling water", "flowing water"),
                   "sarcophag": ("coffin",), "mucus": ("sticky", "slimy", "phlegm"),
                   "pogrom": ("jewish", "jews", "semit"), "thorn": ("rose", "cact", "holly", "bramble"),
                   "photosynthes": ("glucose", "light", "plant", "alga", "chlorophyll", "chloroplast", "leaf",
                                    "leaves"), "abstinence": ("avoid",),
                   "dissolved oxygen": ("aerobic", "suffocat"), "sheriff": ("county",), "spinal cord": ("brain and",),
                   "appeas": ("hitler", "mussolini", "munich", "1930s"), "drift": ("snow",),
                   "holy spirit": ("the son", "father"), "holy ghost": ("the son", "father"),
                   "seat belt": ("passenger", "driver", "car"), "watergate": ("nixon",),
                   "regular exercise": ("diet and", "diet,"), "everest": ("climber", "mountaineer"),
                   "respiration": ("glucose", "returns co", "releases energy", "release energy"),
                   "deforestation": ("fossil fuel",)}
"""Terms and the words every pupil knows them by ("found the o____ hole … Montreal Protocol banned CFCs", "F____
fuels = coal, oil and gas", munition workers' "c____" for their yellow skin, "L____ sight: can see far things"): beside
those words, the letter gives the term."""


def _true_false(source: Material, ref: PointRef, true: bool) -> TrueFalse | None:
    text = source.point(ref).text
    if true and _VERDICT_TITLE.search(source.pack.cards[ref.card].title) \
            and not re.search(r"\d", text[:clause_before_dash(source, ref) or len(text)]):
        return None  # "Successes: Most venues have a long-term use.": the title says it is so, and with no figure
        # or year in it, there is nothing a student could find wrong
    if any(term.year is not None and term.year in (first, last) for term in source.terms[ref]
           for first, last in spans_in(source.pack.title)):
        return None  # "In 618 Li Yuan took the throne, founding the Tang" under "The Tang Dynasty of China, 618–907":
        # the sheet's title prints the year its span opens or closes on
    if not has_verb(re.sub(r"\([^()]*\)", "", text)) and re.search(r",\s*e\.g\.\s", text) \
            and not re.search(r"[=→:;]|\s[–—-]\s", text):
        return None  # "Major cities at altitude, e.g. La Paz (about 3,600 m) and Quito": a note's examples, no claim
    if CAUSE_LABEL.match(text):
        return None  # "Effect → Philip decided on open war …" under the Armada's causes: the label prints the
        # author's note, and the effect is true at sight
    title_names = set(re.findall(r"[A-Z][\w'’-]{3,}", source.pack.cards[ref.card].title))
    if true and any(term.kind == "name" and title_names & set(re.findall(r"[A-Z][\w'’-]{3,}", term.text))
                    for term in source.terms[ref]):
        return None  # "The Dowding system: Designed under … Sir Hugh Dowding": the title names the man, so the
        # statement is true at sight
    unnamed = THING_UNNAMED.search(text)
    if unnamed and unnamed.group().split()[-1].casefold() not in ("group", "order") \
            and not re.search(r"\s[A-Z]", source.pack.cards[ref.card].title):
        return None  # "Petitions were rejected …; the movement faded" under "Political reform and protest": which
        # movement, only the line before said ("down the group" is a table's, not a thing unnamed)
    if _MISTAKES_TITLE.search(source.pack.cards[ref.card].title) or re.match(r"\W*[−-]?\d[\d,.]*\s*=", text) \
            or not has_verb(text) and (len(text.split()) <= 6 or lists_of_a_kind(source.pack.cards[ref.card].title)
                                       and re.match(r"\W*(?:The|A|An)\s", text)) \
            and not re.search(r"[=→:–—;]|\s-\s", text) \
            or not has_verb(text) and _WHOSE_THING.match(text) and not re.search(r"[=→:;]|\s[–—-]\s", text):
        return None  # (nor "−93 = 2253 − 6x, so …", a step of a worked example; nor "Miners' Minimum Wage Act
        # 1909.", a name, nor "The high cost of raising children, …" under "Japan: causes of ageing", an item, nor
        # "William's answer to the 1069 rising, over the winter of 1069–70.", which state nothing)
    if not has_verb(text) and _GERUND_PREDICATE.match(text) and not re.search(r"[=→:–—;<>≈~]|\s-\s", text):
        return None  # "One species outcompeting another so numbers no longer sufficient to breed": an item of its
        # title's list, a happening named, no claim
    if re.match(r"\W*[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s*;\s*[a-z]+ed\b", text):
        return None  # "Long-term effect; helped build support for reform …": a label, then a clause with no subject
    if re.search(r"\?\s*[\"'”’)]?\s*$", text):
        return None  # "Irish Rebellion (October 1641) → who should control an army to crush it, king or Parliament?":
        # a question, neither true nor false
    if not has_verb(text) and ";" in text and re.search(r"(?i)\b(?:such as|like|e\.g\.|including)\s", text) \
            and not re.search(r"[=→:–—<>≈~]|\s-\s", text):
        return None  # "Dance crazes such as the Charleston; sports stars like Babe Ruth.": a list of things named by
        # their examples, no claim
    if not has_verb(text) and re.match(r"(?i)\W*(?:for|in|with|during|at|on)\s", text) \
            and not re.search(r"[=→:–—;]|\s-\s", text):
        return None  # "For stars much bigger than the Sun.": the case the lines after it are about, no claim
    if len(re.findall(r"(?<![^\W\d_])(?![aAI]\b)[^\W\d_]\s+in\s+[^\s,;]+", text)) >= 2:
        return None  # "h in m, ρ in kg/m³, g = 9.8 N/kg on Earth, p in Pa": the units to work in, no claim
    if re.search(r"→\s*(?:swap|put|add|write|draw|remove|replace|take|circle|label|count|divide|multiply|test)\b",
                 text, re.I) or re.match(r"(?i)\W*(?:method|steps?|how to|procedure|to do)\s*[:–—-]", text):
        return None  # "Monomer → swap C=C for C–C, put it in brackets, …, write n", "Method: heat to evaporate some
        # water → leave to cool → …": steps to follow, no claim
    if re.search(r"[A-Z][a-z]?[₀-₉]*\s*(?:\+\s*\d*[A-Z][a-z]?[₀-₉]*\s*)*→", text) \
            and not has_verb(re.sub(r"\([^()]*\)", "", text)):
        return None  # "Methane: CH₄ + 2O₂ → CO₂ + 2H₂O (C–H 413, O=O 498 …)": a reaction and its data, no claim
    if re.match(r"\W*(?:Explains|Shows|Means|Causes|Leads|Gives|Makes|Helps|Allows|Stops|Prevents|Contains|"
                r"Produces|Needs|Uses|Lets|Keeps)\s", text):
        return None  # "Explains why Ar is often not a whole number": what explains it is the line before, and under
        # its title ("Relative atomic mass: Explains why Ar …") it reads as its own cause
    if re.search(r"[✔✓✗✘]", text):
        return None  # "Cracking equations must balance: C 10 = 8 + 2, H 22 = 18 + 4 ✔": a check ticked, no claim
    if re.match(r"(?i)\W*(?:under|with|through|despite|without|by|for|after|in)\s+(?:its|their)\s", text):
        return None  # "Under its protection the SRs set up Komuch at Samara": whose protection, the line before says
    if _PARTICIPLE_FIRST.match(text) and re.search(r"\b(?:they|them|their|it|its)\b", text):
        return None  # "Carried in the blood to a target organ, where they cause an effect": under "The endocrine
        # system" the title reads as what is carried, and "they" names nothing the sheet prints
    if source.word_list and len(_ENGLISH_GLUE.findall(re.sub(r"\([^()]*\)", "", text))) < 2:
        return None  # "On perd du temps → la dépendance; je suis accro à mon portable": the language's own words,
        # a vocabulary note and a model sentence, not a rule in English to judge
    if re.match(r"[^?.!]{1,30}\?\s+\S", text):
        return None  # "Not far enough? Huey Long ("Share Our Wealth"), Father Coughlin …": a heading's question and the
        # notes that answer it, no claim
    if _INSTRUCTION.match(text):
        return None  # "Put pondweed in a test tube of water with sodium hydrogencarbonate": a step of a method to
        # follow, neither true nor false
    if re.search(r"\s(?:vs\.?|v\.|versus)\s", text) and not has_verb(re.sub(r"\([^()]*\)", "", text)):
        return None  # "Internal (within a country) vs international (between countries)": two labels set side by
        # side, no claim
    if _lists_its_subject(text):
        return None  # "Nigeria is one of the MINT countries (Mexico, Indonesia, Nigeria, Turkey)": its bracket proves
        # it
    if source.maths and re.search(r"[\d=]", text):
        return None  # "Mode = 2", "Median class → 10.5th value → cumulative 5, 13": in maths a figure is a worked
        # example's, whose data the sheet does not print
    if text.count("→") >= 2 and re.search(r"[A-Z][a-z]?[₀-₉]", text):
        return None  # "Limestone removes impurities as slag → CaCO₃ → CaO + CO₂": a note's arrow runs into a
        # reaction's, and the statement reads as slag turning into CaCO₃
    cut = clause_before_dash(source, ref)
    named = re.sub(r"\b[A-Z][\w'’-]*(?:\s+(?:do|da|de|dos|das|del|di|du|von|van|der|la|le)\s+[A-Z][\w'’-]*)*", "",
                   text[:cut]) if cut is not None else ""  # (a name's "do", "Complexo do Alemão", is no verb)
    if cut is not None and word_count(text[:cut]) <= 7 and not has_verb(named) \
            and not re.search(r"\b[a-z]{3,}(?:s|ed)\b(?!\s+of\b)", named):  # ("Fixed terms of service – from AD 5
        # …": a plural before "of" is a noun's, no verb)
        return None  # "Cable car in Complexo do Alemão – opened 2011, …": the part before the dash names a thing and
        # claims nothing
    if len(re.findall(r"[^\W\d_]+", text)) < 3 or len(re.findall(r"[^\W\d_]{2,}", text)) < 2 \
            or translated(text) and cut is None and not _dated_claim(text) \
            or _apposition(text) \
            or WORKED_SUM.search(text) or re.search(r"\d\s*[×÷/]\s*\d[^=]*=", text) or _GUARDED.search(text) \
            or re.match(r"(?i)\W*(?:(?:a\s+)?worked\s+example|example|e\.g\.)\b", text) or _labelled_examples(text) \
            or text[:1].islower() and not has_verb(text) \
            and not re.search(r"[=→:–—;]|\s-\s|\b(?:is|are|was|were|has|have|had)\b", text) \
            or re.match(r"(?i)\W*now\s+(?:an?|the|one)\s", text):
        return None  # "sympa – strict" is too little to judge; "der Zug – the car" is put right on either side;
        # "Cellulose – a polymer of glucose", "Bohemond, a Norman from Italy" state nothing; "108/204 = about 0.53
        # tonnes" is a sum to check, not a fact to judge; "disposal at the end of its useful life", an item of a list
        # the line above led into, claims nothing; "Adaptation e.g. drought-resistant crops, water transfer" only
        # names examples; "Now a hub for oil refining" says not what is one
    if true:
        context = source.context(ref, [])
        if context is None:
            return None
        segments = context + _before_dash(source.segments(ref, {}), cut is not None)
        said, heading = plain(segments[len(context):]), plain(context)
        if context and len(content_words(said) & content_words(heading)) >= 3 and not starts_with_pronoun(said):
            segments, context, heading = segments[len(context):], (), ""  # "Shia beliefs – the Five Roots of Usul
            # ad-Din: Usul ad-Din = 'the foundations of religion'; the 5 roots accepted by Twelver Shia": the heading
            # says what the statement claims, and the statement names its topic itself
        beyond = len(content_words(said) - content_words(heading))  # what the statement says besides its title
        if context and any(beyond <= 2 if holds(heading.casefold(), term.text.strip().casefold())
                           else beyond <= 3 and term.kind == "term" and " " not in term.text.strip()
                           and root_shared(term.text, heading)
                           for term in source.key_terms(ref)
                           if term.kind in ("term", "name") and (cut is None or term.end <= cut)):
            return None  # "Nicholas II and autocracy: He believed in autocracy.": the title printed before it says
            # all the statement does, as "Alkali metals + water: The solution left is alkaline." does
        if cut is not None and not any(term.end <= cut for term in source.key_terms(ref)):
            return None  # "He came home rich and famous – seen as a hero in England, a **pirate** in Spain": cut at
            # its dash, the claim keeps none of the terms the card teaches, and any pupil would call it true
        if context and _heading_says(said, heading):
            return None  # "Verona and the end of the Congress System: Verona was the last congress.": its first
            # sentence is the heading's words again
        figures = [term.text for term in source.key_terms(ref) if term.kind == "number"]
        if source.gives_away([plain(segments)], figures) or any(holds(plain(segments).casefold(), swap)
                                                                  for swap in source.swaps):
            return None  # a true statement printing a year changed into a false one would show that one false; one
            # whose figure another question prints ("… g = 9.8 m/s² → t =") is proved true by it
        years = [str(term.year) for term in source.key_terms(ref)
                 if term.kind == "year" and term.year is not None and (cut is None or term.end <= cut)]
        subject = {word for word in content_words(plain(segments).casefold()) if len(word) >= 4}
        if any(holds(other.casefold(), year) and subject & content_words(other.casefold())
               for year in years for other in source.shown):
            return None  # "MOSE – an evaluation: since 2020 it has kept out many tides" beside a gap's "The MOSE
            # barrier: … first used for real on 3 October 2020": the year it turns on, printed on the same subject by
            # another question, proves it true
        said_words = content_words(said.casefold())
        if any(restated(said_words, content_words(other.casefold())) for other in source.shown):
            return None  # "Reverse the direction of spin → reverse the current or swap the poles" beside a matching
            # statement "To reverse the force, reverse the current OR swap the magnetic poles": proved true by it
        source.record([plain(segments)], figures)
        source.statements.append(plain(segments).casefold())
        return TrueFalse(ref, segments, True)
    for term in [term for term in source.hideable(ref) if term in source.key_terms(ref) and term.kind in FALSE_KINDS
                 and (cut is None or term.end <= cut)]:
        if _THEN_AND_NOW.search(text[term.end:]):
            continue  # "far higher in 1970 than they are today": another year before today is as likely true
        if _ERA_NAMED.search(text):
            continue  # "mass-produced in the 1980s, during the Second World War" contradicts itself
        if term.kind == "year" and _SPAN_TO_ANOTHER.search(text[:term.start] + text[term.end:]):
            continue  # "In 1585 Drake raided Cádiz → delayed the Armada by a year": false at sight beside 1588
        if _not_the_lines_own(text, term):
            continue
        if _dates_a_figure(text, term):
            continue  # "South Korea's fertility fell to about 0.7 in 2020" (for 2023): a figure still moving is
            # about as true a few years either side
        if _COMPARED_WITH.search(text[:term.start]):
            continue  # "died in the wars than in the First World War": swapped, the comparison is absurd or as true
        if _famous_year(text + "\n" + source.pack.cards[ref.card].title, term):
            continue  # "The Great Fire began on 2 September 1670": every pupil knows 1666
        if _in_a_range(text, term) or _a_day(text, term):
            continue  # "873–874: army wintered at Repton" as "878–874": a span that runs backwards is false at sight;
            # "died on 30 October 899" for the 26th: a day moved is roughly true
        if year_range(text, term) != (None, None) or YEAR.search(source.pack.cards[ref.card].title) \
                or YEAR.search(re.sub(r"(\d{4})s\b", r"\1", text[:term.start] + text[term.end:])) \
                or any(other.kind == "year" and other.start != term.start for other in source.terms[ref]):
            continue  # "carved between 1436 and 1504" is as true as "between 1501 and 1504"; "crowned in 1571 after
            # Mary's death in 1558" is absurd beside the other year; "1917 – a turning point: … in 1914" shows it false
        if re.search(r"(?i)\bcensus\b", text):
            continue  # "In Leicester's 2021 census about 41% were born abroad" as 2018: the figures of a census a few
            # years off are roughly true
        shown = text[:term.start] + text[term.end:]
        context = source.context(ref, [term])
        if context is None:
            continue
        avoid = tuple(other.key for other in source.terms[ref]) + tuple(source.asked) + tuple(source.setting)
        within = year_bounds(source, ref, term)  # "Put on trial Oct 1600" under "Elizabethan England, 1558–88"
        if term.year is not None and _CAUSE_GIVEN.search(text[term.end:]):
            within = (term.year if within[0] is None else max(within[0], term.year), within[1])  # "removed from
            # power in October 1959; the crisis was one reason": an earlier year may come before its cause
        if term.year is not None and _FROM_THEN_ON.search(text[:term.start]):
            within = (within[0], term.year if within[1] is None else min(within[1], term.year))  # "From 1577
            # seminary priests arrived" (for 1574) is as true: they went on arriving
        if term.year is not None and _UNTIL_THEN.search(text[:term.start]):
            within = (term.year if within[0] is None else max(within[0], term.year), within[1])  # "ruled until 1600"
            # (for 1603) is as true
        wrong = distractors(term, source.pool, source.rng, 1, shown, avoid, near=ref.card, about=source.about(ref, shown),
                            within=within)
        if wrong is not None and (_year_close(wrong[0], term) or _year_far(wrong[0], term)):
            wider = distractors(term, source.pool, source.rng, 3, shown, avoid, near=ref.card,
                                about=source.about(ref, shown), within=within) or []
            wrong = [year for year in wider if not _year_close(year, term) and not _year_far(year, term)][:1] or None
            # "Black Hills taken in 1876" for 1877: a year either side is roughly true, as events straddle years;
            # "Vesalius … published the Fabrica in 1847" is false at sight to anyone who knows his century
        if wrong is not None and _same_year(term.text, wrong[0]):
            continue  # "Alfred died on 30 October 899" for 26 October: a few days out is roughly true
        if wrong is not None and _said_elsewhere(source, ref, text[:term.start] + wrong[0] + text[term.end:]):
            continue  # another line of the pack opens on the changed statement, which it says is true
        if wrong is not None and holds(source.printed(), wrong[0].casefold()):
            continue  # "William I died 9 Sept 1100" beside "Rufus killed … 2 Aug 1100": a year the sheet gives
            # another event is false at sight
        if wrong is not None and _out_of_order(source, ref, wrong[0]):
            continue  # "Left Plymouth in December 1581" on a card whose next lines date 1578 and 1580: the card's
            # own order, printed elsewhere on the sheet, shows it false
        if wrong is not None and _crosses_the_span(source.pack.title, term, wrong[0]):
            continue  # "Long-term causes: the Seljuk Turks crushed the Byzantines at Manzikert in 1096" under "The
            # Crusades, 1095–1192": a cause dated inside the story it led to is false at sight
        if wrong is not None and _true_elsewhere(source, ref, text, term, wrong[0]):
            continue  # "Henry was captured in 1471 and kept in the Tower" (for 1465), beside "Henry VI died in the
            # Tower on 21 May 1471": in that year it was as true
        if wrong is not None and _beyond_the_story(source, ref, term, wrong[0]):
            continue  # "Seoul fell again in January 1956" on the card before "MacArthur sacked" (1951) and "The
            # armistice" (1953): a year past the cards that follow is false at sight
        if wrong is not None and _named_by_a_dated_title(source, ref, text, term, wrong[0]):
            continue  # "Germany's unification in 1890" beside the card "The Franco-Prussian War and German
            # unification" (1870–1871): the card that names the event dates it
        if wrong is not None and _after_a_death(source.pack, source.pack.cards[ref.card], text, term, wrong[0]):
            continue  # "In 1553 he set up the Navy Board" beside "by his death in 1547": a deed after its doer died
        if _death_ends_a_span(source.pack, text, term):
            continue  # "Verwoerd was stabbed to death in 1963" beside "Prime Minister 1958–66": the span ends on it
        if wrong is not None and _before_its_card(source.pack.cards[ref.card], term, wrong[0]):
            continue  # "Gorkha earthquake (25 April 2015): tourism restarted from late 2010": before the event itself
        if wrong is not None and _still_so_later(text, term, wrong[0]):
            continue  # "In 1764 the Bridgewater Canal … carried coal to Manchester" (1761): carrying went on, and a
            # few years later it was as true
        if wrong is None:
            continue
        swap = capitalised(wrong[0]) if opens_sentence(text, term.start) and term.text[:1].isupper() else wrong[0]
        segments = context + _before_dash(source.segments(ref, {term.start: Segment(swap, "swap")}), cut is not None)
        visible = [plain(segments)]
        # a true statement printing the swapped-in term would show this one false
        if source.gives_away(visible, [term.text]) or any(holds(text, swap) for text in source.statements):
            continue
        source.ask(term)
        source.record(visible, [term.text])
        source.swaps.append(swap)
        source.statements.append(visible[0].casefold())
        return TrueFalse(ref, segments, False, term.text.strip())
    return None


_ENDS = {"last": "end", "final": "end", "ended": "end", "ends": "end", "first": "start", "began": "start",
         "begins": "start", "beginning": "start", "start": "start", "end": "end"}
"""Words for a story's ends, one word for each end: "the last congress" is "the end of the Congress System"."""


def _heading_says(said: str, heading: str) -> bool:
    """Whether a statement's first sentence says only what its heading does, words for an end read alike."""
    def words(found) -> set[str]:
        return {_ENDS.get(word, singular(word)) for word in found}
    first = re.split(r"(?<=[a-z])\.\s+|;\s+", said, maxsplit=1)[0]
    said_words = words(content_words(first.casefold()) | (set(first.casefold().split()) & set(_ENDS)))
    return len(said_words) >= 2 and said_words <= words(re.findall(r"[^\W\d_]+", heading.casefold()))


_GUARDED = re.compile(r"(?i)\bperhaps\b|\bpossibly\b|\barguably\b|\bhistorians (?:argue|disagree|debate)\b|\bestimates (?:vary|differ)\b|"
                      r"\b(?:disputed|debated|unclear|uncertain)\b|^[^.!?]{1,40}!\s+\S|"
                      r"[.!?)]\s+[^.!?]{1,40}!\s*$|(?:^|[.!?:;–—]\s+)(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})+)[.!]?\s*$")
"""A statement the line hedges ("Population perhaps fell … (historians argue over exact numbers)"), which only a
"True" can answer, or one that opens or ends on a note ("Short-term trigger! In 1381 …", "… (outside the magnet).
Arrows on every line!", "… bromide ions are oxidised. OIL RIG."): a tip or a mnemonic is neither true nor false."""


CLOSE_YEARS = 2
"""How near a false statement's year may not be to the true one: a year or two out is roughly true."""
FAR_YEARS = 20
"""How far a false statement's year may be from the true one: further out, the line's people, inventions and eras
contradict it (William Harvey publishing in 1661, four years after his death; penicillin mass-produced in the 1980s
"during the Second World War")."""


def _said_elsewhere(source: Material, ref: PointRef, swapped: str) -> bool:
    """Whether another line of the pack opens on the swapped statement's first clause of four words or more: the
    false statement is one the pack says is true."""
    clause = re.split(r"\s[–—-]\s|[;:,.(]|\s(?:because|so|as|which|but)\s", swapped, maxsplit=1)[0].strip().casefold()
    if len(clause.split()) < 4:
        return False
    return any(other != ref and source.point(other).text.casefold().lstrip(" \"'“‘*").startswith(clause)
               for other in source.refs)


def _out_of_order(source: Material, ref: PointRef, wrong: str) -> bool:
    """Whether a year swapped into a line of a card told in order of time falls before or in the year of a line above
    it, or in or after the year of a line below it."""
    found = re.search(r"\b\d{4}\b", wrong)
    if found is None:
        return False
    dated = [(index, int(year)) for index, point in enumerate(source.pack.cards[ref.card].points)
             for year in YEAR.findall(point.text)[:1]]
    years = [year for _, year in dated]
    if len(dated) < 2 or years != sorted(years):
        return False  # (a card not told in order, its own line's year in its place, says nothing of where a year
        # falls; "Began … at Louth in early October 1536" then "After Bigod's Rising (January 1537) …" is in order)
    dated = [(index, year) for index, year in dated if index != ref.point]
    year = int(found.group())
    return any(index < ref.point and year <= other or index > ref.point and year >= other for index, other in dated)
    # (a year shared with a line below is as wrong: "Left Plymouth in December 1580" before "Returned September
    # 1580")


def _true_elsewhere(source, ref, text: str, answer, wrong: str) -> bool:
    """Whether another line of the pack dates something of the same people and places by the false statement's year:
    the statement may hold of that year as well."""
    year = year_in(wrong)
    if year is None:
        return False
    own = {word for word in re.findall(r"\b[A-Z][a-z]{2,}\b", text[:answer.start] + " " + text[answer.end:])
           if word not in ("The", "She", "They")}
    for other in source.refs:
        line = source.point(other).text
        if other != ref and str(year) in YEAR.findall(line) and len(own & set(re.findall(r"\b[A-Z][a-z]{2,}\b",
                                                                                      line))) >= 2:
            return True
    return False


def _beyond_the_story(source, ref, answer, wrong: str) -> bool:
    """Whether a false statement's year falls past the next two dated cards, or before the two before, where they
    run in order of time: the pack's own story shows it false."""
    year = year_in(wrong)
    if year is None or answer.year is None:
        return False
    dated = [(index, min(years), max(years)) for index, card in enumerate(source.pack.cards)
             if (years := [int(found) for found in YEAR.findall(card.date or "")])]
    here = next((place for place, (index, _, _) in enumerate(dated) if index == ref.card), None)
    if here is None:
        return False
    after, before = dated[here + 1:here + 3], dated[max(0, here - 2):here]
    return (len(after) == 2 and after[0][1] <= after[1][1] and answer.year <= after[1][2] < year) or (
        len(before) == 2 and before[0][1] <= before[1][1] and year < before[0][1] <= answer.year)


_KILLED = r"was\s+(?:executed|killed|murdered|assassinated)"
_DEATH_DATE = r"\s*(?:in\s+|on\s+)?(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>1\d{3}|20\d{2}))\b"
"""The date after a death ("on 21 January 1924", "in 1547")."""
_DEATH = re.compile(rf"(?i)\b(?:(?:his|her|their)\s+death|died|{_KILLED}|d\.){_DEATH_DATE}")
_NAMED_DEATH = re.compile(rf"\b([A-Z][\w'’-]{{2,}})\s+(?:died|{_KILLED}){_DEATH_DATE}")
"""A death another card dates, and the name before it ("Lenin died on 21 January 1924")."""


def _oldest_is_earliest(shown: str, answer, wrong: list[str]) -> bool:
    """Whether the stem calls its thing the oldest or the earliest, or the newest or the latest, and the answer is
    the earliest (or the latest) of the options."""
    years = [year for option in wrong if (year := year_in(option)) is not None]
    if answer.kind != "year" or answer.year is None or not years:
        return False
    if re.search(r"(?i)\b(?:oldest|earliest)\b", shown):
        return answer.year < min(years)
    return re.search(r"(?i)\b(?:newest|latest|most recent)\b", shown) is not None and answer.year > max(years)


def _year_apart_from_options(answer, wrong: list[str]) -> bool:
    """Whether a year answer stands far from wrong years bunched together on one side of it: more than five years
    away, and more than twice their own spread."""
    years = [year for option in wrong if (year := year_in(option)) is not None]
    if answer.kind != "year" or answer.year is None or len(years) < 2:
        return False
    gap = min(abs(year - answer.year) for year in years)
    one_side = all(year > answer.year for year in years) or all(year < answer.year for year in years)
    return one_side and gap > 5 and gap > 2 * (max(years) - min(years))


def _dated_by_another_title(source, ref, text: str, answer) -> bool:
    """Whether the stem names, by a capitalised name, another card whose ``date:`` is the answer's year alone ("the
    first tanks, used during the Somme, on ____" beside the card "The Somme", 1916): the card gives the year away."""
    if answer.kind != "year" or answer.year is None:
        return False
    shown = text[:answer.start] + " " + text[answer.end:]
    names = {name.casefold() for name in re.findall(r"\b[A-Z][a-z]{3,}\b", shown)} - _COMMON_CAPITALS
    return any(index != ref.card and {int(found) for found in YEAR.findall(card.date or "")} == {answer.year}
               and names & {name.casefold() for name in re.findall(r"\b[A-Z][a-z]{3,}\b", card.title)}
               for index, card in enumerate(source.pack.cards))


def _named_by_a_dated_title(source, ref, text: str, answer, wrong: str) -> bool:
    """Whether another card, dated by its ``date:``, has a title that names what the false statement dates (a word of
    six letters or more in common), and its dates hold the true year and not the false one."""
    year = year_in(wrong)
    if year is None or answer.year is None:
        return False
    shown = text[:answer.start] + " " + text[answer.end:]
    words = set(re.findall(r"[^\W\d_]{6,}", shown.casefold()))
    names = {name.casefold() for name in re.findall(r"\b[A-Z][a-z]{3,}\b", shown)} - _COMMON_CAPITALS
    for index, card in enumerate(source.pack.cards):
        years = [int(found) for found in YEAR.findall(card.date or "")]
        if index == ref.card or not years or not min(years) - 1 <= answer.year <= max(years) + 1 \
                or min(years) - 1 <= year <= max(years) + 1:
            continue
        if any(shares_root(word, other, 6) for word in words
               for other in re.findall(r"[^\W\d_]{6,}", card.title.casefold())) \
                or names & {name.casefold() for name in re.findall(r"\b[A-Z][a-z]{3,}\b", card.title)}:
            return True  # (and "the Somme", a name of five letters, beside "The Battle of the Somme" of 1916)
    return False


_COMMON_CAPITALS = frozenset({"the", "this", "that", "these", "those", "then", "there", "when", "what", "after",
                              "before", "from", "with", "during", "while", "once", "some", "many", "most", "both"})
"""Words a sentence may open on with a capital, which name nothing."""


def _after_a_death(pack, card, text: str, answer, wrong: str) -> bool:
    """Whether a false statement's date falls after a death its card dates ("by his death in 1547"), or a death
    another card dates of someone its line names ("NEP announced by Lenin … March 1924" beside "Lenin died on 21
    January 1924"), where the true one does not: what the dead did later is false at sight."""
    dated = _month_of(wrong)
    if dated is None or answer.year is None:
        return False
    deaths = [found for point in card.points for found in _DEATH.finditer(point.text)]
    deaths += [found for other in pack.cards if other is not card for point in other.points
               for found in _NAMED_DEATH.finditer(point.text) if re.search(rf"\b{re.escape(found.group(1))}\b", text)]
    return any(answer.year <= int(found.group("year")) and _month_of(found.group("date")) < dated for found in deaths)


def _death_ends_a_span(pack, text: str, answer) -> bool:
    """Whether a line dates a death and the pack gives someone the line names a span of years ending that year
    ("Prime Minister 1958–66"): changed, the death falls inside the span, false at sight."""
    if answer.year is None or not _DIED.search(text):
        return False
    names = {name for name in re.findall(r"\b[A-Z][a-z]{3,}\b", text) if when(name) is None}  # (no month)
    for card in pack.cards:
        for point in card.points:
            if point.text == text or not any(re.search(rf"\b{name}\b", point.text) for name in names):
                continue
            if any(first < last == answer.year for first, last in spans_in(point.text)):
                return True
    return False


_DIED = re.compile(r"(?i)\b(?:died|dies|killed|assassinated|murdered|executed|stabbed|shot dead|put to death)\b")
"""Words that say a person died."""


def _month_of(text: str) -> tuple[int, int] | None:
    """A date's year and month (0 where it gives none), to tell "21 January 1924" before "March 1924"."""
    year = year_in(text)
    if year is None:
        return None
    placed = when(text)
    return (year, placed[1]) if placed is not None and placed[0] == year else (year, 0)


_GOING_ON = re.compile(r"(?i)\b(?:carried|ran|used|lived|worked|ruled|operated|employed|produced|held|kept|"
                       r"supplied|served|housed)\b")
"""Past verbs of what went on for years once begun ("carried coal", "employed children")."""


def _still_so_later(text: str, answer, wrong: str) -> bool:
    """Whether a false year a few years after the true one dates a line of something that went on ("carried coal"):
    it was still so then, and the statement is true."""
    year = year_in(wrong)
    return year is not None and answer.year is not None and (
        0 < year - answer.year <= 10 and _GOING_ON.search(text) is not None
        or abs(year - answer.year) <= 5 and _SHARE_REACHED.search(text) is not None)


_SHARE_REACHED = re.compile(r"(?i)\b(?:over|more\s+than|under|less\s+than|about|around|nearly|almost|roughly)\s+"
                            r"(?:a\s+|one\s+|two\s+|three\s+)?(?:quarter|third|half|fifth|tenth|\d+(?:\.\d+)?\s*%)")
"""A share a thing had reached ("wind made over a quarter of the UK's electricity in 2023"): a few years either side,
it was much the same, and the statement is roughly true."""


def _before_its_card(card, answer, wrong: str) -> bool:
    """Whether a false statement's year falls before the year its card is dated by (its ``date:`` or a year in its
    title), where the true one does not: what followed an event, dated before it, is false at sight; or long after
    it, where the true one is not ("In 1929 Nicholas made himself Commander-in-Chief" on a card dated 1917)."""
    year = year_in(wrong)
    dated = [int(found) for found in YEAR.findall(f"{card.date or ''} {card.title}")]
    return year is not None and bool(dated) and answer.year is not None and (
        answer.year >= min(dated) > year or answer.year <= max(dated) < year - _LONG_AFTER)


_LONG_AFTER = 5
"""Years past its card's date that put a false statement's year outside the card's story."""


def _crosses_the_span(title: str, answer, wrong: str) -> bool:
    """Whether a false statement's year lies on the other side of an end of the span the pack's title prints than
    the true year does: what came before the story moved inside it, or the reverse, is out at sight."""
    year = year_in(wrong)
    if year is None or answer.year is None:
        return False
    return any((answer.year < first) != (year < first) or (answer.year > last) != (year > last)
               for first, last in spans_in(title))


_ERA_NAMED = re.compile(r"(?i)\b(?:(?:First|Second)\s+World\s+War|Great\s+War|WW\s?(?:1|2|I|II)\b|"
                        r"(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth))\s+century)")
"""A short era a line names beside its year ("during the Second World War", "in the 18th century"): it dates the
line, so a changed year contradicts it and a wrong option is ruled out by it."""


def _not_the_lines_own(text: str, term) -> bool:
    """Whether a year is not the date of what its line says, so neither asked nor changed: an example's ("a glacial
    flood, e.g. from Grímsvötn in 1996": other floods came in other years, 2004 too), a relative clause's ("John's
    ally, which mattered in 1215": it mattered the years either side as well), or one of a pair ("in the 1970s and
    1980s": only the decade before the 1980s reads with it, and a pair out of order is false at sight)."""
    before, after = text[:term.start], text[term.end:]
    return _AN_EXAMPLE.search(before) is not None or IN_A_RELATIVE.search(before) is not None \
        or re.match(rf"\s*{_PAIRED}\d{{4}}", after) is not None \
        or re.search(rf"\d{{4}}s?\s*{_PAIRED}$", before) is not None


def _dates_a_figure(text: str, term) -> bool:
    """Whether a year's clause gives a measure then ("fell to about 0.7 in 2023", "about 281 million people lived
    abroad in 2020"): the year dates a level on the way, not a moment, and a few years off it is about as true."""
    start = max(text.rfind(mark, 0, term.start) for mark in (";", ". ")) + 1
    ends = [found for found in (text.find(mark, term.end) for mark in (";", ". ")) if found != -1]
    clause = YEAR.sub("", re.sub(r"\b\d{4}s\b", "", text[start:min(ends, default=len(text))]))
    return _MOVED_TO.search(clause) is not None


_MOVED_TO = re.compile(r"(?i)\b(?:(?:fell|rose|reached|grew|dropped|declined|increased|decreased|peaked|climbed|hit|"
                       r"passed)\s+(?:to\s+|by\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|just\s+)?|"
                       r"(?:about|around|over|nearly|almost|roughly|approximately|c\.|some|more\s+than|fewer\s+than|"
                       r"less\s+than|under)\s+)[£$€]?\d")
"""A figure moving to a level ("fell to 0.7", "reached 8 billion") or one rounded ("about 281 million"): a measure."""


_PAIRED = r"(?:and|or|to|[–—/-])\s*(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
"""What joins a year to the other of its pair ("and the late", "–", "or")."""
_AN_EXAMPLE = re.compile(r"(?i)(?:\be\.\s?g\.|\bfor (?:example|instance)\b|\bsuch as\b)[^;.]*$")
"""An example named before a year in its clause: the year is one instance's, and the kind's others have theirs."""


def _years_apart(wrong: str, answer) -> int | None:
    """How many years a wrong option's year (or decade) lies from the answer's; None where either has none."""
    year = year_in(wrong)
    if year is None and answer.year is not None and answer.year < 100:
        early = re.search(r"\b\d{1,2}\b", wrong)  # "83" for the "84" of "from about AD 77 to 84"
        year = int(early.group()) if early else None
    return abs(year - answer.year) if answer.year is not None and year is not None else None


def year_in(option: str) -> int | None:
    """The year an option or a changed statement's term gives ("1847", "the 1960s" as 1960, "May 1902", "12 CE"), if
    any."""
    found = re.search(r"\b\d{3,4}(?=s?\b)", option)
    if found:
        return int(found.group())
    early = re.search(r"\b(\d{1,2})\s*(?:CE|AD)\b|\b(?:AD|CE)\s*(\d{1,2})\b", option)
    return int(early.group(1) or early.group(2)) if early else None


def _year_close(wrong: str, answer) -> bool:
    """Whether a wrong option's year is within CLOSE_YEARS of the answer's, or its decade next to the answer's ("grew
    fast from the 2010s" for the 2000s is as good as true of a rise that ran on)."""
    apart = _years_apart(wrong, answer)
    return apart is not None and apart <= (10 if answer.form == "decade" else CLOSE_YEARS)


def _year_far(wrong: str, answer) -> bool:
    """Whether a false statement's year is more than FAR_YEARS from the true one: another age's year is false at
    sight, and tests nothing."""
    apart = _years_apart(wrong, answer)
    return apart is not None and apart > FAR_YEARS


def _other_after_same_words(before: str, answer: str, heading: str) -> bool:
    """Whether the heading prints the two words before the blank followed by another word of the answer's first
    letter: the letter then points to the heading's word, not the answer."""
    lead = re.search(r"([^\W\d_]+\s+[^\W\d_]+)\s*$", before)
    if lead is None or not answer.strip():
        return False
    return any(found.group(1)[:1].casefold() == answer.strip()[:1].casefold()
               and found.group(1).casefold() != answer.strip().split()[0].casefold()
               for found in re.finditer(rf"(?i)\b{re.escape(lead.group(1))}\s+([^\W\d_]+)", heading))


_NOT_UNITS = frozenset({"and", "or", "to", "of", "in", "on", "at", "by", "for", "the", "a", "an", "is", "are", "was",
                        "were", "from", "with", "per", "than", "then", "so", "as", "each", "more", "less", "over",
                        "under", "about", "times", "ad", "bc", "bce", "ce"})
"""Words that may follow a bare figure without being its unit ("2 and 3", "10 times", "55 BC")."""

_NEGATED = re.compile(r"(?i)\b(?:no|not|never|none|nothing|nobody|neither|nor|cannot|can['’]t|isn['’]t|aren['’]t|"
                      r"wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t)\b")
"""A clause's negation: a figure after it is a limit denied, and another figure denied is as true."""
_NEARLY = re.compile(r"(?i)\b(?:almost|nearly|virtually|practically|close to)\s*$")
"""A word that sets a figure just short of a whole ("almost 100% effective")."""
_SUM_BEFORE = re.compile(r"(?i)(?:\bby|\btimes|\bof|[×÷*/=+−-])\s*$")
"""What sets a figure in a sum ("divide by 1000"), where a year-shaped number is an amount."""


def _dated_slot(text: str, term) -> bool:
    """Whether a year's blank stands where a date is asked: after "in", "by", a month, a bracket or a dash, or heading
    its line ("Abbots … executed ____ for resisting" takes "publicly" as well as 1539)."""
    before = text[:term.start].rstrip()
    return not before.strip(" \"'“‘") or is_date_context(text, term.start, term.end) \
        or re.search(rf"(?:[(–—:,;]|\b(?:{'|'.join(MONTHS)})|\b\d{{1,2}}(?:st|nd|rd|th)?)$", before) is not None


def _negated(text: str, term) -> bool:
    """Whether the term's clause is negated before it ("No vaccine is 100% effective"): the figure is a limit denied,
    and blanked or changed, other words and figures make the line as true."""
    return _NEGATED.search(re.split(r"[.;!?]\s", text[:term.start])[-1]) is not None


_COMPARED_WITH = re.compile(r"(?i)\bthan\s+(?:(?:in|at|during|on|of|with|the|a|an|that|those)\s+)*$")
"""What a sentence compares with ("… than in the ____"): the measure it is held against, no fact of its own."""
_APPOSITION = re.compile(r"^([A-Z][\w'’ -]*), (?:a|an|the) [^,]*(?:, ([a-z]\w*))?")
"""A name and what it was, with no verb ("Bohemond of Taranto, a Norman from northern Italy"): no statement."""


def _labelled_examples(text: str) -> bool:
    """Whether a line is a label and its examples with no verb ("Adaptation e.g. drought-resistant crops, water
    transfer, coastal defences"): it names things and claims nothing of them."""
    label = re.match(r"\W*([^.;:–—,]{1,40}?)\s+e\.\s?g\.", text)
    return label is not None and word_count(label.group(1)) <= 3 and not has_verb(label.group(1))


def _apposition(text: str) -> bool:
    """Whether a line only names someone and says what they were ("Bohemond of Taranto, a Norman from northern
    Italy"), not a sentence that has its verb before the comma ("Cromwell was executed on 28 July 1540, the same day
    …") or after the aside ("Elizabeth Barton, the Nun of Kent, prophesied against …")."""
    found = _APPOSITION.match(text)
    aside = found is not None and found.group(2) is not None and has_verb(found.group(2)) \
        and re.search(r",\s*(?:and|or)\b", text) is None  # ("Family ties, a job, can't afford to move, or trust in
    # prediction" lists reasons)
    return found is not None and not has_verb(found.group(1)) and not aside \
        and re.search(r"\b(?:is|are|was|were|has|had|became|led|won)\b", text[found.end(1):]) is None


_MOVES = re.compile(r"\b(?:increases?|decreases?|rises?|falls?)\s+(?:down|up|across|along|with|as|when)\b")
"""A measure's verb of direction with where it moves ("Melting point decreases down the group"): a claim."""
_DESCRIBING = re.compile(r"(?i)\b(?:of|a|an|the|many|some|few|very|more|most)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
"""A word in -ed after a determiner ("lots of branched dendrites", "the most densely populated desert"): it
describes, and is no verb."""


_DAY_OF_MAY = re.compile(r"\b\d{1,2}\s+May\b|\bMay\s+\d")
"""A date in May ("17 May 1954"): the month, no "may" of a verb."""


def clause_before_dash(source: Material, ref: PointRef) -> int | None:
    """Where a line that makes a claim, then gives its reason or example after a dash, ends its claim ("Antibiotics
    cannot kill viruses – viruses live inside our cells"): the claim alone is a statement to judge, where the reason
    beside it would show a changed figure false. None for a word with its meaning, a label and its description, or a
    vocabulary pack's line."""
    text = source.point(ref).text
    dash = GLOSS_DASH.search(text)
    if dash is None or source.word_list or source.foreign(ref):
        return None
    claim = text[:dash.start()]
    closing = GLOSS_DASH.search(text, dash.end())
    if closing is not None and re.match(r"\s*(?:to|in\s+order\s+to|so\s+as\s+to|against|on|at|into|for|with)\b",
                                         text[closing.end():]):
        return None  # "Ebert used the Freikorps – ex-soldiers' … units – to crush it": the dashes hold an aside, and
        # what the claim is about comes after them
    if len(claim.split()) < 4 or not claim[:1].isupper() \
            or not (has_verb(_DESCRIBING.sub("", _DAY_OF_MAY.sub("", claim))) or _MOVES.search(claim)) \
            or re.search(r"[:=→(]", claim) or re.match(r"(?i)\W*(?:why|how|what|when|where|who|which|other|another)\b",
                                                       claim) \
            or re.search(r"(?i)\b(?:further|farther|more|less|fewer|[a-z]{3,}er)\s*$", claim) \
            or _SUPERLATIVE_HEAD.match(claim) \
            or re.search(r"(?i)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)\s+(?:a|an)\s+[a-z]+\s*$", claim):
        return None  # ("Earlier glaciations went further – ice once reached the Thames valley": how far, the rest
        # says; "Lots of branched dendrites – …" has no verb, only a word in -ed that describes; "Why people voted
        # Nazi – …" heads a list, as "Other high peaks shaped by ice – …" does; "Papen did a deal – Hitler as
        # Chancellor, …": which deal, the rest says)
    if not any(term.end <= dash.start() for term in source.terms[ref]) and (
            len(content_words(claim) - _VAGUE) < 3 or len(claim.split()) <= 5 and not re.search(r"\d|\s[A-Z]", claim)
            and re.search(r"(?i)(?:[a-z]{3,}ed|began|grew|rose|fell|arose|emerged)\W*$", claim)) \
            or len(claim.split()) <= 5 and not re.search(r"\d", claim) and re.search(r"\d", text[dash.end():]) \
            and re.search(r"(?i)(?:[a-z]{3,}ed|began|grew|rose|fell|came|went)\s+(?:in|out|up|down|off|away|on)\W*$",
                          claim):
        return None  # "Not every plan worked — the Bristol Arena … was dropped in 2018": a claim holding none of the
        # line's terms, in a few common words, says too little to judge alone ("Rival armed leagues formed – the
        # Protestant Union (1608) and …": which leagues, only the rest says; "Japanese public opinion felt cheated –
        # no indemnity …": cheated of what); nor does "The forty-niners poured in", its figures after the dash
    return dash.start()


_SUPERLATIVE_HEAD = re.compile(r"(?i)\W*(?:the\s+)?(?:[a-z]{2,}est|most|least)\s+[a-z]+"
                               r"(?!.*\b(?:is|are|was|were|has|have|had|will|can|could|would)\b)")
"""A claim that is a superlative's heading with no verb of its own ("Coldest temperature ever recorded on the ground –
−89.2 °C"): the record is after the dash, and the heading alone says nothing to judge."""
_VAGUE = frozenset({"every", "some", "many", "most", "much", "thing", "things", "work", "plan", "idea", "change",
                    "good", "well", "always", "never", "part"})
"""Words that say how much or how well, of nothing named."""
_DATED = re.compile(rf"^\W*(?:[Aa]lso\s+|[Bb]y\s+|[Ii]n\s+)?(?:c\.\s*)?{YEAR.pattern}\s+[–—-]\s+(?=\w)")
"""A year that heads a line before a dash ("1534 – …", "By 1540 – …")."""


def _dated_claim(text: str) -> bool:
    """Whether a line is a year, a dash and what happened in it ("1534 – the Act of Supremacy makes Henry Supreme
    Head of the Church", "1588 – defeat of the Spanish Armada"): a chronology's claim, true or false as a whole, where
    a word's dash and its meaning ("der Zug – the train") is none."""
    dated = _DATED.match(text)
    rest = re.sub(r"\([^()]*\)", "", text[dated.end():]) if dated else ""
    return dated is not None and word_count(rest) >= 4 and GLOSS_DASH.search(rest) is None \
        and (rest[:1].islower() or has_verb(rest))  # ("1569 – Revolt of the Northern Earls tried to free Mary", not
    # "1532 – Submission of the Clergy", a name)


def _before_dash(segments: tuple[Segment, ...], claim_first: bool) -> tuple[Segment, ...]:
    """The segments up to the line's first dash, ended with a full stop, where the line has its claim there
    (``claim_first``)."""
    if not claim_first:
        return segments
    out: list[Segment] = []
    for segment in segments:
        dash = GLOSS_DASH.search(segment.text) if segment.role == "text" else None
        if dash is None:
            out.append(segment)
            continue
        if segment.text[:dash.start()]:
            out.append(Segment(segment.text[:dash.start()], segment.role))
        break
    return tuple(out) + (Segment(".", "text"),)
