"""Answerable terms in a point, and what kind of thing each one is.

A worksheet question hides a term: a key term the author marked with ``**``
or, in a point with none, a year, a number or a proper name found in the
text. Each term has a kind (year, number, name, term) so that wrong answers
can be drawn from the same kind, and a key that makes equivalent spellings
(``the USSR`` and ``USSR``, ``one-third`` and ``1/3``) compare equal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from typing import Iterable

from ....source.model import Card, Point
from .countries import UK_COUNTIES, US_STATES, is_country
from .given_names import GIVEN_NAMES
from .words import QUOTES
from .kinds import (MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTH_WORDS, MONTHS, agents, defined_as_thing, fellows,
                    full_month, given_named, known_place, said_to_be, article_before, counted_before, describes_next,
                    is_formula, is_plural, name_sort, slot_of, term_sort, words_before)

_YEAR = re.compile(r"^(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>" + MONTH_PATTERN + r")\s+)?(?P<year>1[0-9]{3}|20[0-9]{2})$",
                   re.I)
_EARLY_YEAR = re.compile(r"(?:(?P<month>" + MONTH_PATTERN + r")\s+)?(?:(?P<era>AD|CE)\s*)?(?P<year>\d{1,3})"
                         r"(?:\s*(?P<after>AD|CE|BCE?))?")
"""A year before 1000 as written in a pack that dates such things: ``367``, ``AD 43``, ``410 CE``, ``44 BC``."""
_BC_LATER = re.compile(r"[^.;:()]*?\d\s*BCE?\b")
"""An era written once after two years ("in 123 and again in 122 BC", "133–121 BC"): the first is BC too."""
_ADJECTIVE_ENDINGS = ("al", "ish", "ian", "ean", "ese", "ic", "ican")
"""Endings of capitalised describing words (National, British, Victorian, Chinese, Atlantic, American)."""
_NAMED_THEN_DATED = re.compile(r"(?:[A-Z][\w'’-]+\*{0,2}|\))\s*[,(]\s*\*{0,2}$")
"""A name then a comma or bracket before a figure ("the Battle of Brunanburh, 937", "Athelstan (924"): its date."""
_DECADE = re.compile(r"^(?:the\s+)?(?P<decade>1[0-9]{2}0|20[0-9]0)s$", re.I)
_FOUND_YEAR = re.compile(r"(?<![\w,.])(?:(?:[0-3]?\d\s+)?(?:" + MONTH_PATTERN + r")\s+)?(?:1[0-9]{3}|20[0-9]{2})"
                         r"(?![\w%]|[.,]\d)")  # (with its day: "Died 3 October 1929" has no figure 3 to ask)
_FOUND_NUMBER = re.compile(r"(?<![\w,./])(?<!\d\s)\d+(?:,\d{3})*(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:\.\d+)?"
                           r"(?:%| per cent| percent| million| billion| thousand| CE\b| AD\b| BCE?\b)?(?![\w]|/\d)")
"""A figure the author did not mark: "1,500", "10 000" (a space between thousands is one number, never "000"), "45%";
none either side of a slash ("1/10 000" is a fraction, no amount to blank)."""
_CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(char for char in map(chr, range(0x100, 0x180)) if char.isupper())
"""A capital letter, accented too ("É", "Ł"), to open a name."""
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_FOUND_NAME = re.compile(rf"(?<![\w'’-])(?:[{_CAPITAL}][\w'’-]*[{_LETTER}]|[A-Z]{{2,}})(?:(?<=s)['’](?=\s+[A-Z]))?"
                         rf"(?:\s+(?:of\s+the\s+|of\s+)?[{_CAPITAL}][\w'’-]*[{_LETTER}](?:(?<=s)['’](?=\s+[A-Z]))?)*")
"""A run of capitalised words, accented letters too ("Hulhumalé", "Éire": never "Hulhumal"), with "of" or "of the"
between them and a plural's apostrophe inside ("Nazi Teachers' League", "Workers' Party": one name, never "Nazi
Teachers" alone)."""
_ORDINAL_NAME = re.compile(r"^\d+(?:st|nd|rd|th)\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?:]\s*[\"'“‘(]*$")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 10**6, "billion": 10**9, "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "several": None, "dozen": 12, "dozens": None, "hundreds": None, "thousands": None,
    "millions": None,
}
_NOT_NAMES = {"I", "A", "An", "The", "In", "On", "At", "By", "For", "From", "To", "Of", "And", "But", "Or", "So",
              "Some", "Others", "Many", "Most", "Each", "Every", "This", "That", "These", "Those", "He", "She",
              "It", "They", "His", "Her", "Its", "Their", "After", "Before", "During", "Despite", "When",
              "While", "Although", "As", "With", "Without", "Under", "Over", "Between", "Nothing", "Having",
              "Another", "Any", "All", "Both", "Other", "Such", "Also", "Then", "There", "Here"}


@dataclass(frozen=True)
class Term:
    """A hideable piece of a point: its place, its kind and its comparison key."""

    text: str
    """The term as printed in the point."""
    start: int
    """Index of its first character in the point's text."""
    end: int
    """Index just past its last character."""
    kind: str
    """year, number, name or term: wrong answers are always of the answer's kind."""
    key: str
    """Equivalence key: two terms with the same key are the same answer."""
    marked: bool
    """True for a key term the author marked, False for one found in the text."""
    year: int | None = None
    """For a year-kind term, the year (the first year of a decade)."""
    form: str = ""
    """For a year-kind term: ``year``, ``month`` (``February 1956``) or ``decade`` (``1950s``)."""
    month: str = ""
    """For a ``month`` form, the month as written."""
    category: str = ""
    """For a name, a guess at what it names: ``person`` (seen with ``'s``), ``group`` (Committee, Party …),
    ``acronym`` (USSR), ``single`` (another one-word name) or ``other``; wrong answers share it where they can."""
    neutral: str = ""
    """The term as it reads mid-sentence (``foreign trade`` for a point that began ``Foreign trade``)."""
    sort: str = ""
    """Finer than the kind: for a name ``person``, ``place``, ``organisation``, ``document``, ``event`` or ``other``;
    for a term ``concept``, ``verb``, ``predicate``, ``formula`` or ``foreign-…``; for a number its unit. Only terms
    of one sort are offered together (``other`` with nothing)."""
    plural: bool = False
    """For a concept, whether it reads as plural: an option must agree with the verb after it."""
    article: str = ""
    """``a`` or ``an`` when the point has that article just before the term: an option must fit it."""
    exact: bool = True
    """For a number, False when the point gives it as roughly (``about 330 m/s``)."""
    value: float | None = None
    """For a number, its value where it reads as one (``1,538`` -> 1538.0)."""
    place: str = ""
    """For a term, what stands before it (``start``, ``det``, ``prep``, ``be``, ``modal``, ``num``, ``word``): see
    ``kinds.slot_of``."""
    follows: str = ""
    """For a term, what follows it (``end``, ``det``, ``link`` or ``other``)."""
    counted: bool = False
    """For a term, whether ``a`` or ``an`` comes before it, next to it or before its describing words."""
    definite: bool = False
    """For a name, whether ``the`` stands before it (``the Politburo``, never ``the Gosplan``): only a name written
    the same way reads in its place."""
    determined: bool = False
    """For a noun phrase after a describing word, whether an article or a determiner stands before that word."""
    valued: bool = False
    """For a noun phrase, whether ``of`` and a figure follow it (``a time signature of 3/4``)."""
    numbered: bool = False
    """For a noun phrase, whether a counting word stands before it (``the first satellite``): only a thing the pack
    counts with ``a`` or ``an`` may stand in for it."""

    @property
    def inline(self) -> str:
        """The text to use for this term in the middle of another sentence."""
        return self.neutral or self.text


@dataclass(frozen=True)
class PackWords:
    """Facts about the whole pack that classifying one term needs."""

    proper: frozenset[str]
    """Capitalised words seen other than at the start of a sentence (so proper nouns)."""
    possessive: frozenset[str]
    """Capitalised words seen with ``'s`` after them (people, most likely)."""
    persons: frozenset[str] = frozenset()
    """Names seen acting (``Mendeleev published``) or with ``'s`` anywhere in the pack: people."""
    foreign: bool = True
    """Whether the pack teaches a language: else "**Ecosystem** – the interaction of …" is a concept with its
    meaning, not a foreign word."""
    early: bool = False
    """Whether the pack dates things before the year 1000 ("Roman Britain, AD 43–410"): then "in 367" is a year."""
    peers: frozenset[str] = frozenset()
    """Places the pack names as a title ("the Earl of Leicester"): said alone ("commanded by Leicester"), a person."""
    plurals: frozenset[str] = frozenset()
    """Plural nouns the pack writes in lower case ("teachers", "stations"): a name ending on one is a group or a
    thing, no person and no place."""
    points: frozenset[str] = frozenset()
    """Capitals the pack names as points of a diagram ("beyond F", "between F and 2F"): "2F" glued to one is a place
    twice as far, no amount in farads."""
    lower: frozenset[str] = frozenset()
    """Words the pack writes in lower case ("quality of life"): opening a line, "Life expectancy" is the word, though
    "Nets for Life" makes it a name elsewhere."""


def pack_words(cards: Iterable[Card], foreign: bool = True, early: bool = False) -> PackWords:
    """Scan the cards once for proper nouns and possessives (``foreign``: whether the pack teaches a language;
    ``early``: whether it dates things before the year 1000)."""
    proper: set[str] = set()
    possessive: set[str] = set()
    persons: set[str] = set()
    peers: set[str] = set()
    word = re.compile(r"[A-Z][\w-]*[A-Za-z]|[A-Z]{2,}")
    cards_seen = list(cards)
    for card in cards_seen:
        sentence_case = any(part[:1].islower() and len(part) > 3 for part in card.title.split())
        for match in (word.finditer(card.title) if sentence_case else ()):  # "The Boscastle flood": a name wherever else it begins a sentence
            if match.start() and match.group() not in _NOT_NAMES and not card.title[:match.start()].rstrip().endswith(":"):
                proper.add(match.group())
        for point in card.points:
            text = point.text
            persons |= agents(text) | given_named(text)
            peers |= set(_PEERAGE.findall(text))
            listed = _LISTED_WITH_NAME.match(text)
            if listed and listed.group(1) not in _NOT_NAMES:
                proper.add(listed.group(1))  # "Greece and Turkey received aid": listed with a name, a name
            for match in word.finditer(text):
                if not at_sentence_start(text, match.start()):
                    proper.add(match.group())
                if text.startswith(("'s", "’s"), match.end()):
                    possessive.add(match.group())
    plurals = {found for card in cards_seen for point in card.points
               for found in re.findall(r"(?<![\w'’-])[a-z]{3,}s(?![\w'’-])", point.text) if not found.endswith("ss")}
    lower = {found for card in cards_seen for text in (card.title, *(point.text for point in card.points))
             for found in re.findall(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text)}
    persons -= {defined_as_thing(point.text) for card in cards_seen for point in card.points}
    persons -= {found.group(1) for card in cards_seen for point in card.points
                for found in _IN_ITS_REGION.finditer(point.text)
                if (found.group(2).casefold() in UK_COUNTIES or found.group(2).casefold() in US_STATES
                    or is_country(found.group(2)))
                and not any(span.start <= found.start(2) < span.end for span in point.terms)}  # ("Villagers of
    # Fobbing, Essex, refused …": a village, though its people act; not "Gardiner, **Norfolk**", two marked men)
    for card in cards_seen:  # "Stalin, Roosevelt and Churchill": listed with a person, a person
        for point in card.points:
            persons |= fellows(point.text, persons)
    points = {found for card in cards_seen for point in card.points for found in _POINT_NAMED.findall(point.text)}
    return PackWords(frozenset(proper), frozenset(possessive), frozenset(persons), foreign, early, frozenset(peers),
                     frozenset(plurals), frozenset(points), frozenset(lower))


_POINT_NAMED = re.compile(r"\b(?:at|beyond|between|past|through|inside|outside|towards?)\s+([A-Z])\b(?![=\d'’.])")
"""A capital named as a point ("at F", "between F and 2F")."""


_IN_ITS_REGION = re.compile(r"\b([A-Z][\w'’-]+)\**,\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
"""A name followed by the county, state or country it lies in ("Fobbing, Essex")."""
_PEER_TITLES = r"Earl|Duke|Lord|Count|Countess|Duchess|Marquess|Marquis|Baron|Viscount"
_PEERAGE = re.compile(rf"\b(?:{_PEER_TITLES}|Bishop|Archbishop)\s+of\s+([A-Z][a-z]+)\b")
_PEER_OF = re.compile(rf"\b(?:{_PEER_TITLES})\s+of\s+\**$")
"""A peer's title before the place it is of ("Earl of ____")."""
_LISTED_WITH_NAME = re.compile(r"^[\"'“‘(]*([A-Z][\w'’-]*[a-z])\s*(?:,|and|or|&)\s+(?:[A-Z][\w'’-]*[a-z])")


def at_sentence_start(text: str, index: int) -> bool:
    """Whether ``text[index]`` begins a sentence (the text's start, after . ! ? or :, or an opening quote mark)."""
    before = text[:index].rstrip(QUOTES + " ")
    return not before or bool(_SENTENCE_END.search(text[:index])) \
        or re.fullmatch(r"\s*\(?\d{1,2}[.)]\s*", text[:index]) is not None \
        or re.search(r"(?:^|\s)[\"“‘]$", text[:index]) is not None  # (Asked "Will the Liberal government …?";
    # "5) Read off the ratio": a step's number opens its sentence)


_SHOUTED_LINK = re.compile(r"^\W*(?:BUT|AND|NOT|ONLY|ALSO|OR|SO|YET|THEN|STILL|EVEN)\s+\S")
"""Bold taking in a linking word ("**BUT Mao** saw revisionism"): the author's stress, no answer a student would
write."""


def terms_of(point: Point, words: PackWords, dated: frozenset[int] = frozenset()) -> tuple[Term, ...]:
    """The point's marked key terms; failing those, the years, numbers and names found in its text.

    ``dated`` holds the years of its card's ``date:``: a number that is one of them is a year wherever it stands.
    Nothing found inside a formula is a term (the 1 of ``T = 1/f`` is no gap); a whole formula the author marked is."""
    if point.terms:
        marked = tuple(classify(point.text, _after_article(point.text, span.start, span.end),
                                _owner_end(point.text, span.start, span.end), True, words, dated)
                       for span in point.terms if not _SHOUTED_LINK.match(point.text[span.start:span.end]))
        return marked + _plain_years(point, words, dated, marked)
    return tuple(term for term in found_terms(point.text, words, dated)
                 if not any(formula.start < term.end and term.start < formula.end for formula in point.formulas))


def _after_article(text: str, start: int, end: int) -> int:
    """Where a marked name starts once a lower-case "the" before it is left to the line ("**the Nore**" is asked as
    "the N____", its answer Nore): a blank lettered by the name would not agree with a key that begins "the"."""
    found = re.match(r"the\s+(?=[A-Z])", text[start:end])
    return start + found.end() if found else start


def _plain_years(point: Point, words: PackWords, dated: frozenset[int], marked: tuple[Term, ...]) -> tuple[Term, ...]:
    """The dates a point with marked terms leaves plain ("**Oath of Salisbury** (1086): …"): teachers mark names and
    ideas and write years as they are, and a year is what a history sheet asks."""
    return tuple(term for term in _years_and_figures(point.text, words, dated) if term.kind == "year"
                 and not any(other.start < term.end and term.start < other.end for other in marked)
                 and not any(formula.start < term.end and term.start < formula.end for formula in point.formulas))


def _owner_end(text: str, start: int, end: int) -> int:
    """Where a marked name ends without its possessive ("**Duke of Parma's** army" is Duke of Parma, whose blank
    reads "the ____'s army"): a name with "'s" stands out among names in a word box."""
    if end - start > 3 and text[end - 2:end] in ("'s", "’s") and text[start:start + 1].isupper():
        return end - 2
    return end


def _years_and_figures(text: str, words: PackWords, dated: frozenset[int]) -> list[Term]:
    """The years, then the other figures (an early year among them: "632 CE"), in unmarked ``text``."""
    years = [term for term in (classify(text, m.start(), m.end(), False, words, dated) for m in _FOUND_YEAR.finditer(text))
             if term.kind == "year"]
    taken = [(t.start, t.end) for t in years]
    return years + [classify(text, m.start(), m.end(), False, words, dated) for m in _FOUND_NUMBER.finditer(text)
                    if not any(s <= m.start() < e for s, e in taken)]


def found_terms(text: str, words: PackWords, dated: frozenset[int] = frozenset()) -> tuple[Term, ...]:
    """Years, then numbers, then proper names in unmarked ``text``, best first."""
    figures = _years_and_figures(text, words, dated)
    taken = [(t.start, t.end) for t in figures]
    names = []
    for match in _FOUND_NAME.finditer(text):
        start, name = match.start(), match.group()
        while name.split(" ", 1)[0] in _NOT_NAMES or name.split(" ", 1)[0].capitalize() in _NOT_NAMES:  # "The
            # Party": the name is "Party"; "BUT Mao": "Mao"
            if " " not in name:
                break
            skipped = name.split(" ", 1)[0]
            name = name[len(skipped) + 1:]
            start += len(skipped) + 1
        for ending in ("'s", "’s"):
            name = name.removesuffix(ending)
        while " " in name and name.rsplit(" ", 1)[1].rstrip(".").casefold() in MONTH_WORDS:
            name = name.rsplit(" ", 1)[0]  # "Arthur married Catherine Nov 1501": Catherine, then a date
        if name in _NOT_NAMES or (at_sentence_start(text, start) and name.split()[0] not in words.proper):
            continue
        if at_sentence_start(text, start) and " " not in name and name.casefold() in words.lower \
                and re.match(r"\s+[a-z]", text[start + len(name):]):
            continue  # "Life expectancy up …" where the pack writes "quality of life": the word, not "Nets for Life"
        if " " not in name and name.isupper() and len(name) >= 5 and not any(ch.isdigit() for ch in name):
            continue  # "the PATIENT's", "It's a PROBABILITY": a word shouted for stress, no name
        if name.casefold().endswith(("ist", "ists", "ism", "esque")) \
                or name.rstrip(".").casefold() in MONTH_WORDS:
            continue  # Stalinist, Communist: describing words, not names; October, Oct: part of a date
        if " " not in name and name.casefold().endswith(_ADJECTIVE_ENDINGS) and not is_country(name) \
                and name.casefold() not in GIVEN_NAMES and re.match(r"\s+[a-z]", text[start + len(name):]):
            continue  # "National output", "a British robin": a describing word before a noun, not a name
        if any(s < start + len(name) and start < e for s, e in taken):
            continue
        if re.match(r"\s+(?:\d|[IVX]+\b)", text[start + len(name):]) and " " not in name:
            continue  # "Type 2", "Stage 3", "Apollo 11": a label with its number, no name to blank alone
        names.append(classify(text, start, start + len(name), False, words))
    return tuple(t for t in figures + names if t.kind != "term")


def classify(text: str, start: int, end: int, marked: bool, words: PackWords, dated: frozenset[int] = frozenset()) -> Term:
    """The term ``text[start:end]`` with its kind and key."""
    term = text[start:end]
    bare = term.strip(QUOTES + " ")
    year = _YEAR.match(bare)
    if year and (year.group("month") or int(year.group("year")) in dated or is_date_context(text, start, end)):
        value = int(year.group("year"))
        month = full_month(year.group("month") or "")  # ("Sept 1945" is September's)
        form = "month" if month else "year"
        return Term(term, start, end, "year", f"year:{form}:{month.lower()}:{value}", marked, value, form, month)
    early = _EARLY_YEAR.fullmatch(bare) if words.early and not year else None
    if early and re.search(r"\d{3,4}\s*[–—-]\s*$", text[:start]):
        early = None  # "(1831-32)": the end of a span, written short, never the year 32
    if early and not (early.group("era") or early.group("after")) and int(early.group("year")) < 10:
        early = None  # "year 1 of the Islamic calendar": a count of its own calendar's years
    if early and 0 < int(early.group("year")) < 1000 and (
            early.group("era") or early.group("after") or early.group("month") or int(early.group("year")) in dated
            or is_date_context(text, start, end) or _NAMED_THEN_DATED.search(text[:start])
            and re.match(r"\s*(?:[,.;:)–—]|$)", text[end:])
            or not text[:start].strip(QUOTES + " *") and re.match(r"\s*[–—:]\s", text[end:])):  # ("866 – captured
            # York": a line of a list of dates)
        before_christ = (early.group("after") or "").startswith("BC") or not early.group("era") \
            and _BC_LATER.match(text[end:]) is not None  # ("tribune in 123 and again in 122 BC")
        value = int(early.group("year")) * (-1 if before_christ else 1)  # "in 367", "AD 43", "June 793", "the Battle
        # of Brunanburh, 937": a year of a pack on Roman Britain or the Vikings; "91 BC", before the year 1, counts
        # down
        month = full_month(early.group("month") or "")
        form = "month" if month else "year"
        return Term(term, start, end, "year", f"year:{form}:{month.lower()}:{value}", marked, value, form, month)
    decade = _DECADE.match(bare)
    if decade:
        value = int(decade.group("decade"))
        return Term(term, start, end, "year", f"year:decade:{value}", marked, value, "decade")
    if _LETTERED_FIGURE.fullmatch(bare) or re.fullmatch(r"\d+([A-Z])", bare) and bare[-1] in words.points:
        return Term(term, start, end, "term", "term:" + text_key(bare), marked, sort="code")  # "80S ribosomes", "5G":
        # a name with a figure in it, no amount to halve or double (1,124S is no ribosome, 8F no place by a lens)
    if _LOCANTS.fullmatch(bare):
        return Term(term, start, end, "term", "term:" + text_key(bare), marked, sort="code")  # "2,2-dimethylpropane":
        # a compound's name, its figures where its groups are (33-dimethylpropane is no compound)
    if _SHELLS.fullmatch(bare):
        return Term(term, start, end, "term", "term:" + text_key(bare), marked, sort="shells")  # "sodium is 2,8,1":
        # electrons shell by shell, no figure of 281 (and only another arrangement stands in for it)
    first = bare.split(" ")[0].lower().split("-")[0] if bare else ""
    coded = re.match(r"[A-Z]{1,3}(?=[$£€¥₹]\d)", bare)  # "US$250 billion": a sum of money, its currency's code
    # first
    if any(char.isdigit() for char in bare) and number_value(bare) is None and first not in NUMBER_WORDS \
            and not is_formula(bare) and not _ORDINAL_NAME.match(bare) and re.match(r"^[^\W\d_]", bare) \
            and not coded:
        return Term(term, start, end, "term", "term:" + text_key(bare), marked,
                    sort="code" if " " not in bare else "named")  # T1, Word2: labels; "Salvarsan 606", "D-Day
        # (1944)": a drug and a day, offered beside nothing but their own family
    if (any(char.isdigit() for char in bare) and not _ORDINAL_NAME.match(bare) and not is_formula(bare)) \
            or first in NUMBER_WORDS or _A_FRACTION.match(bare):
        exact = not (set(words_before(text, start, 2)) & _ROUGHLY) and not (first in NUMBER_WORDS
                                                                          and NUMBER_WORDS[first] is None) \
            and not re.search(r"[~≈]\s*$", text[:start])  # ("Warm ~50 °C dilute acid")
        # "several million" says no number: 15 million is as true of it
        figure = bare[coded.end():] if coded else bare
        return Term(term, start, end, "number", "number:" + number_key(figure), marked,
                    sort=_number_unit(figure, text, end), exact=exact, value=number_value(figure))
    if _is_name(bare, text, start, words) and not bare.casefold().endswith(("ism", "ist", "ists")) \
            and not is_formula(bare) \
            and _sort(bare, text, start, end, words) not in ("foreign-noun", "foreign-noun-person"):
        possessive = bare in words.possessive or text.startswith(("'s", "’s"), end)
        sort = name_sort(bare, text, start, end, words.persons | words.possessive, words.plurals)
        if bare in words.peers and sort in ("place", "region") and not re.search(
                r"(?i)\b(?:in|to|into|from|at|near|across|through|of|took|captured|seized|sacked|raided|besieged|"
                r"invaded|attacked|conquered|defended)\s+$",
                text[:start]) \
                and not re.match(r"\s+(?:still\s+)?(?:stood|fell|survived|remained|held out|was (?:overrun|conquered|"
                                 r"invaded|divided|ruled))\b", text[end:]) and not said_to_be(text[end:]):
            sort = "person"  # "commanded by Leicester", the Earl: no port to sail from ("back to Normandy" is the
            # duchy, though its duke is named too; "only Wessex still stood" the kingdom, though an earl held it, as
            # is "Wessex was left as an independent kingdom")
        elif bare in words.peers and sort in ("place", "region") and _PEER_OF.search(text[:start]) \
                and not known_place(bare):
            sort = "other"  # "Earl of Strafford (Thomas Wentworth)": a man by his title's place, which no one travels
            # to ("raised his standard at Strafford"), and no person either where "Earl of ____" is asked
        if not marked and not sort.startswith("person") and describes_next(bare, text, end):
            sort = "other"  # "Soviet history": a describing word here, offered beside nothing
        return Term(term, start, end, "name", "name:" + text_key(bare), marked, category=_category(bare, possessive),
                    sort=sort, definite=words_before(text, start, 1) == ["the"])
    proper = bare.split(" ", 1)[0] in words.proper
    sort = _sort(bare, text, start, end, words)
    neutral = term[0].lower() + term[1:] if term[:1].isupper() and at_sentence_start(text, start) and not proper \
        and sort == "concept" and not term[1:2].isupper() and not any(char.isdigit() for char in term) \
        and not re.match(r"[A-Z]-", term) and not re.search(r"\([A-Z]{2,}\)", term + text[end:end + 10]) \
        else ""  # "P-waves", "X-rays" keep their capital, as does a name with its initials ("Guomindang (GMD)")
    place, follows = slot_of(text, start, end)
    article = article_before(text, start)
    counted = bool(article)
    numbered = bool(set(words_before(text, start, 1)) & _COUNTING) and not is_plural(bare)
    if numbered:
        place = "det"  # "the first satellite": a thing that is counted stands here, never "the first infant mortality"
    if not article and place in ("word", "adj") and follows != "end" and counted_before(text, start):
        place, counted = "det", True  # "A larger surface area increases …": counted, though not next to its "a"
    return Term(term, start, end, "term", "term:" + text_key(bare), marked, neutral=neutral, sort=sort,
                plural=sort == "concept" and is_plural(bare), article=article, place=place,
                follows=follows, counted=counted, numbered=numbered,
                determined=place == "adj" and _DETERMINED.search(text[:start]) is not None,
                valued=_VALUED.match(text[end:]) is not None)


def _sort(bare: str, text: str, start: int, end: int, words: PackWords) -> str:
    sort = term_sort(bare, text, start, end)
    return "concept" if sort.startswith("foreign") and not words.foreign else sort


_DETERMINED = re.compile(r"(?i)\b(?:the|a|an|its|their|this|these)\s+[a-z]+\s+$")
"""An article before a term's describing word ("The permanent vacuole"): a thing, never "made of ____"."""
_VALUED = re.compile(r"^\s+of\s+[\d(−-]")
"""A term given a value ("a time signature of 3/4", "a pH of 7"): only another thing the pack gives a value reads there."""
_COUNTING = {"first", "second", "third", "fourth", "fifth", "last", "each", "every", "another", "single"}
"""Words that count what follows them: only a thing that can be counted stands there ("the first satellite", never
"the first infant mortality")."""
_ROUGHLY = {"about", "around", "approximately", "roughly", "nearly", "almost", "over", "than", "some", "c", "circa",
            "typical", "typically", "up", "under", "estimated", "passed", "exceeded", "some", "approx", "ca", "est"}
"""Words before a figure that make it rough ("about 330 m/s", "Approx. 1 million", "c. 6,000")."""
_DATE_BEFORE = {"in", "by", "from", "during", "until", "till", "since", "of", "before", "after", "around", "c", "circa",
                "early", "late", "mid", "summer", "spring", "autumn", "winter", "year", "between", "and", "to",
                "on"} | MONTH_ABBREVIATIONS
_LIFE_EVENTS = {"died", "born", "crowned", "founded", "abdicated", "executed", "assassinated", "murdered", "baptised"}
"""Verbs a date follows with nothing between ("Died 899")."""
_SUM = re.compile(r"(?i)\b(?:divid|multipl)\w*\b")
"""Words that make a ``by`` arithmetic."""
_NOT_DATE_BEFORE = {"divide", "divided", "multiply", "multiplied", "times", "increase", "increased", "increases",
                    "decrease", "decreased", "fell", "rose", "grew", "reduced", "reduce", "up", "down", "of", "over"}
_UNIT_AFTER = re.compile(r"^\s*(?:°|%|(?:g|kg|mg|m|km|cm|mm|s|ms|h|l|ml|dm|n|j|kj|w|kw|v|hz|pa|mol|k|t|ft|mph)\b|per\b|degrees|metres|meters|grams|tonnes|kilo|joules|mph|km|kg|m/s|"
                         r"people|men|women|soldiers|homes|troops|deaths|seats|votes|marks|pounds|dollars|roubles)", re.I)


_A_FRACTION = re.compile(r"(?i)^an?\s+(?:half|third|quarter|fifth|tenth|hundred|thousand|million|dozen)\b")
"""``a third``, ``a quarter``: amounts, though they open on ``a``."""


_FIGURE_BEFORE = re.compile(r"(?<![A-Za-z])[×÷*~≈]\s*(?:\d{3,4}\s*[–-]\s*)?$")
"""A sign before a figure, or before the range it ends, that makes it a figure ("×1500–2000", "~1000")."""


def is_date_context(text: str, start: int, end: int) -> bool:
    """Whether the four-digit number ``text[start:end]`` is written as a date: ``in 1956``, ``(1911)``, ``by 1964``,
    ``1919–20``; never one with a unit after it or a sum before it (``divide by 1000``, ``1538 °C``)."""
    if _UNIT_AFTER.match(text[end:]) or _FIGURE_BEFORE.search(text[:start]):
        return False  # ("×1500–2000": a magnification, both ends)
    if text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith((")", "–", "-")):
        return True
    if not text[:start].strip(QUOTES + " *") and re.match(r"\s*[–—:]\s", text[end:]):
        return True  # "1543 – Copernicus put the Sun at the centre": a line of a list of dates
    if re.match(r"^\s*[–-]\s*\d{2,4}\b(?!\s*%)", text[end:]) or re.search(r"\d{4}\s*[–-]\s*$", text[:start]):
        return True  # (not "About 85–90%", a share)
    before = words_before(text, start, 2)
    if re.search(r"[;:,.(]\s*[\w'’-]+\s+$", text[:start]):
        before = before[-1:]  # "divided up; in 1963": a clause starts at "in"
    if before and before[-1] in _LIFE_EVENTS:
        return not re.match(r"\s+(?!(?:in|at|near|aged|age|after|before|when|while|and|of|on|from|during)\b)[a-z]{3,}",
                            text[end:])  # "Died 899 → …", "born 1920 in Leeds": a date ("executed 300 rebels" a count)
    if not before or before[-1] not in _DATE_BEFORE:
        return False
    if before[-1] == "by" and _SUM.search(re.split(r"[;:.]", text[:start])[-1]):
        return False  # "divide the mass by 1000": a sum, however many words stand between
    if before[-1] == "of":  # "the summer of 1956", not "a mass of 1000"
        return len(before) > 1 and before[-2] in ("summer", "spring", "autumn", "winter", "end", "start", "beginning")
    return not (len(before) > 1 and before[-2] in _NOT_DATE_BEFORE)


def written_unit(term: Term) -> str:
    """The unit a number term prints after its figure ("°C" of "801 °C", "%" of "40%"), empty for a bare figure: the
    unit other figures on the line or in a title are matched by."""
    return re.sub(r"^[£$€]?[\d,.\s]+", "", term.text.strip()) if term.kind == "number" else ""


_LETTERED_FIGURE = re.compile(r"\d+[BDEGHIMOPQRSTUXYZ](?:\s+[a-z]+)?")
"""A figure with a capital glued to it that is no unit's symbol ("80S", "5G"; "12V" and "60W" are amounts)."""
_LOCANTS = re.compile(r"\d+(?:,\d+)*-[a-z]+(?:-\d+(?:,\d+)*-[a-z]+)*"
                      r"(?:(?<=ane|ene|yne|one|ate|ine|ide)|(?<=ol|al)|(?<=ic)(?=\s+acid))(?:\s+acid)?|"
                      r"\d{1,2}(?:,\d{1,2})+-[a-z]+(?:\s+[a-z]+)?")
"""An organic compound named with its locants ("2,2-dimethylpropane", "3-methylbutan-1-ol", "1,2-dibromoethane"), or
a bond by the atoms it joins ("1,4-glycosidic bond")."""
_SHELLS = re.compile(r"\d{1,2}(?:,\d{1,2}){2,6}|\d{1,2}(?:\.\d{1,2}){2,6}")
"""An electron arrangement ("2,8,1", "2.8.8"): a figure per shell, no one number (two figures, "2,8", may be a
decimal written with a comma)."""


def number_value(bare: str) -> float | None:
    """The value of a number as written (``1,538 °C`` -> 1538, ``two-thirds`` -> 0.667), or None."""
    words = re.split(r"[\s-]+", bare.casefold())
    scale = 1.0
    for word in words[1:3]:
        if word in ("hundred", "thousand", "million", "billion"):
            scale *= NUMBER_WORDS[word]
    match = re.match(r"^[£$€]?(\d[\d,]*(?:\.\d+)?)(?![\d/^²³×])", bare)
    if match and "×" not in bare and "^" not in bare:
        return float(match.group(1).replace(",", "")) * scale
    if words and NUMBER_WORDS.get(words[0]) is not None and words[0] not in ("hundred", "thousand", "million"):
        return float(NUMBER_WORDS[words[0]]) * scale
    if len(words) > 1 and words[0] in ("a", "an") and NUMBER_WORDS.get(words[1]) is not None:
        return float(NUMBER_WORDS[words[1]])  # "a third"
    return None


def _number_unit(bare: str, text: str, end: int) -> str:
    """A number's unit: in the term (``801 °C``, ``five years``), or the noun just after it (``230 seats``)."""
    cleaned = re.sub(r"[£$€]", "£", bare.casefold())
    unit = re.sub(r"^£?\d[\d,.\s]*|^[a-z]+(?:[\s-](?:hundred|thousand|million|billion))?\s*", "", cleaned, count=1)
    if cleaned.startswith("£"):
        unit = "£" + unit
    if unit:
        return unit.strip()
    for scale in ("thousand", "million", "billion"):
        if scale in cleaned:
            return scale
    for word in re.findall(r"[a-z]+", text[end:].casefold())[:2]:
        if word in _NOT_UNITS:
            return ""
        if not word.endswith(("al", "ent", "ic", "ive", "ous", "ful", "ant")):
            return word
    return ""


_NOT_UNITS = {"could", "can", "was", "were", "is", "are", "and", "or", "of", "in", "to", "for", "by", "per", "had",
              "has", "have", "will", "would", "the", "a", "an", "that", "which", "at", "on", "with", "as"}


_GROUP_WORDS = {"committee", "committees", "party", "congress", "council", "ministry", "ministries", "union",
                "bureau", "politburo", "presidium", "parliament", "assembly", "army", "league", "church", "court",
                "agency", "commission", "senate", "government", "cabinet", "duma", "soviet", "conspiracy", "front",
                "movement", "organisation", "organization", "company", "society", "association", "gosplan"}


def _category(bare: str, possessive: bool) -> str:
    parts = re.split(r"[\s-]+", bare.casefold())
    if any(part in _GROUP_WORDS for part in parts):
        return "group"
    if len(bare) > 1 and bare.replace("-", "").replace(" ", "").isupper():
        return "acronym"
    if possessive:
        return "person"
    return "single" if len(parts) == 1 else "other"


_LETTER_SHAPED = re.compile(r"^[A-Z]-[a-z]+$")


def _is_name(bare: str, text: str, start: int, words: PackWords) -> bool:
    if not bare or not (bare[0].isupper() or _ORDINAL_NAME.match(bare)):
        return False
    last = bare.split()[-1]
    if " " in bare and last[:1].islower() and last not in ("of", "the"):
        return False  # "V-shaped valley": a capital at the start of a phrase does not make a name
    if _LETTER_SHAPED.match(bare):
        return False  # "V-shaped", "X-ray": a letter joined to a word names a shape or a thing, not one of a kind
    parts = bare.split()
    if not at_sentence_start(text, start) or _ORDINAL_NAME.match(bare) or bare in words.persons:
        return True
    if len(bare) > 1 and bare.replace("-", "").isupper():
        return True
    if any(part[:1].isupper() for part in parts[1:]):
        return True
    return parts[0] in words.proper


def text_key(text: str) -> str:
    """Comparison key of a name or term: case, quotes, hyphens, ``the`` and plural ``s`` ignored."""
    value = text.casefold().replace("’", "'")
    value = re.sub(r"'s\b", "", value)
    value = re.sub(r"[^\w\s]", " ", value)
    parts = value.split()
    if parts and parts[0] == "the":
        parts = parts[1:]
    parts = [part[:-1] if len(part) > 3 and part.endswith("s") and not part.endswith("ss") else part for part in parts]
    return " ".join(parts)


def number_key(text: str) -> str:
    """Comparison key of a number: its value and unit, so ``two-thirds`` equals ``2/3``."""
    value = text.casefold().replace(",", "").replace("per cent", "%").replace("percent", "%")
    fraction = re.match(r"^(\d{1,15})\s*/\s*(\d{1,15})(.*)$", value)
    if fraction and int(fraction.group(2)):  # 0/0 or a run of digits too long for a number stays text
        return _value_key(int(fraction.group(1)) / int(fraction.group(2)), fraction.group(3))
    words = re.split(r"[\s-]+", value)
    if words and words[0] in NUMBER_WORDS and NUMBER_WORDS[words[0]] is not None:
        amount = NUMBER_WORDS[words[0]]
        rest = words[1:]
        if rest and rest[0] in ("third", "thirds", "quarter", "quarters", "half"):
            amount *= NUMBER_WORDS[rest[0]]
            rest = rest[1:]
        return _value_key(amount, " ".join(rest))
    return re.sub(r"\s+", " ", value).strip()


def _value_key(amount: float, unit: str) -> str:
    return f"{amount:.6g}{unit.strip()}"


