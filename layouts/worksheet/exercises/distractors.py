"""Wrong answers of the right kind, drawn from elsewhere in the pack.

Years are offered with years (in the answer's form: ``February 1957`` beside
``February 1956``), numbers with numbers (same unit first), names with names
and other terms with terms, the closest in shape first. No two options are
equivalent, and none is printed in the question it belongs to.
"""
from __future__ import annotations

import os
import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ....source._scripts import plain_scripts
from .kinds import (ELEMENT_GROUPS, HEADS_OF_STATE, MONTH_PATTERN, PERSON_STYLES, fits_article, is_formula, is_plural,
                    is_ruler, same_station, station)
from .words import GLOSS_DASH, capital_initials, content_words, listed_together, numbers_in, same_sense, word_count
from .beside import elements_named, names_its_element
from .given_names import GIVEN_NAMES, gender_of
from .terms import MONTHS, Term, number_key, number_value, text_key, written_unit


@dataclass(frozen=True)
class Pool:
    """Every distinct term of the pack by kind, for drawing distractors from."""

    terms: dict[str, tuple[Term, ...]]
    """Kind to distinct terms (by key), in pack order."""
    years: tuple[int, ...]
    """Every distinct year in the pack, ascending."""
    frequency: dict[str, int] = field(default_factory=dict)
    """Key to the number of points it appears in."""
    cards: dict[str, frozenset[int]] = field(default_factory=dict)
    """Key to the cards it appears on: a wrong answer from a neighbouring card is a plausible one."""
    texts: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    """Key to the content words of the points it appears in: a wrong answer that another point says the same of is
    no wrong answer."""
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    """Key to the content words of the points it appears in and of their cards' titles: what it is talked about with."""
    headings: dict[str, tuple[tuple[int, frozenset[str]], ...]] = field(default_factory=dict)
    """Key to the cards it appears on with their titles' content words: a wrong answer from a card about what the stem
    says ("Covalent bonding" for "… forms four covalent bonds") might be right."""
    listed: dict[str, frozenset[str]] = field(default_factory=dict)
    """Key to the content words of the titles of cards that list it (``Velocity, force, momentum`` under "Vectors
    and scalars"): it is one of those, and no wrong answer where one of them is right."""
    families: dict[str, frozenset[str]] = field(default_factory=dict)
    """Key to its family: the pack's noun phrases sharing its last word, where three or more do (``primary``,
    ``secondary`` and ``tertiary sector``), or the terms of a point that only lists three or more — a set the author
    gives as alternatives."""

    said_with: dict[str, frozenset[str]] = field(default_factory=dict)
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    """Key to the keys the pack gives as other names of it ("**Co-interior angles** (also called **allied
    angles**)"): never one another's wrong answer, nor two wrong answers side by side."""
    """Content word to the keys whose points hold it: which keys a stem could say the same of, found without reading
    every point of a large pack."""
    eras: dict[str, frozenset[int]] = field(default_factory=dict)
    """A person's key to the years of the points that name them: Kennedy (1961, 1963) is no fair guess for who
    "became leader in 1985" beside Reagan (1983, 1987)."""
    points_saying: dict[str, int] = field(default_factory=dict)
    """Content word to the number of points that hold it: a rare word ties the few points that say it."""
    glosses: dict[str, str] = field(default_factory=dict)
    """A vocabulary word's key to its meaning as the pack glosses it ("amable" to "kind")."""

    def frequency_of(self, term: Term) -> int:
        return self.frequency.get(term.key, 0)

    def may_say(self, claim: set[str]) -> set[str]:
        """The keys ``_says`` can be true of for ``claim``: a point saying the same holds two thirds of its words, so
        it holds one at least of the rarest third and one (those words' keys are few to gather)."""
        if len(claim) < 3:
            return set()
        needed = max(2, -(-2 * len(claim) // 3))
        rarest = sorted(claim, key=lambda word: (len(self.said_with.get(word, ())), word))[:len(claim) - needed + 1]
        return set().union(*(self.said_with.get(word, ()) for word in rarest))


def _unbalanced(text: str) -> bool:
    """Whether a phrase opens a Spanish question or exclamation it does not close, or closes one it did not open
    ("¿Hay un", "por aquí?"): a part of a sentence the author marked in two pieces."""
    return any((opening in text) != (closing in text) for opening, closing in (("¿", "?"), ("¡", "!")))


def build_pool(terms_by_point: list[tuple[Term, ...]], cards_of_points: list[int] | None = None,
               texts_of_points: list[str] | None = None, titles_of_points: list[str] | None = None,
               listing: frozenset[int] = frozenset()) -> Pool:
    """The pool from every point's terms (marked or found); ``cards_of_points`` gives each point's card,
    ``texts_of_points`` its text and ``titles_of_points`` its card's title; ``listing`` holds the indices of points
    that are only a list of key terms."""
    seen: dict[str, Term] = {}
    frequency: dict[str, int] = {}
    cards: dict[str, set[int]] = {}
    texts: dict[str, list[frozenset[str]]] = {}
    topics: dict[str, set[str]] = {}
    headings: dict[str, set[tuple[int, frozenset[str]]]] = {}
    listed: dict[str, set[str]] = {}
    years: set[int] = set()
    eras: dict[str, set[int]] = {}
    glosses: dict[str, str] = {}
    point_words = [frozenset(content_words(text)) for text in texts_of_points] if texts_of_points is not None else []
    title_words: dict[str, frozenset[str]] = {}
    for index, terms in enumerate(terms_by_point):
        for key in dict.fromkeys(term.key for term in terms):
            frequency[key] = frequency.get(key, 0) + 1
            if cards_of_points is not None:
                cards.setdefault(key, set()).add(cards_of_points[index])
            if texts_of_points is not None:
                words = point_words[index]
                texts.setdefault(key, []).append(words)
                topics.setdefault(key, set()).update(words)
                if titles_of_points is not None:
                    title = titles_of_points[index]
                    heading = title_words.setdefault(title, frozenset(content_words(title)))
                    topics[key] |= heading
                    if cards_of_points is not None:
                        headings.setdefault(key, set()).add((cards_of_points[index], heading))
                    if index in listing:
                        listed.setdefault(key, set()).update(heading)
        dated = years_printed(texts_of_points[index]) if texts_of_points is not None else set()
        for term in terms:
            gloss = _GLOSS_AFTER.match(texts_of_points[index][term.end:]) \
                if texts_of_points is not None and term.sort.startswith("foreign") else None
            if gloss:
                glosses.setdefault(term.key, gloss.group(1))
            if dated and term.kind == "name":
                eras.setdefault(term.key, set()).update(dated)
            seen.setdefault(term.key, term)
            if term.kind == "name" and term.definite and not seen[term.key].definite:
                seen[term.key] = replace(seen[term.key], definite=True)  # "Church taxes", then "the Church was rich":
                # the pack's name is "the Church", never "Church met 1529–36"
            if term.kind == "year" and term.form != "decade":
                years.add(term.year)
    by_kind: dict[str, list[Term]] = {}
    for term in seen.values():
        by_kind.setdefault(term.kind, []).append(term)
    heads: dict[str, set[str]] = {}
    for term in by_kind.get("term", ()):
        if term.sort == "concept" and len(term.key.split()) > 1 and not _PHRASE.search(term.text):
            heads.setdefault(term.key.split()[-1], set()).add(term.key)  # ("opposite in direction", "changing
            # direction": phrases that end alike, no kinds of one thing)
    families = {key: frozenset(keys) for keys in heads.values() if len(keys) >= 3 for key in keys}
    groups: dict[str, set[str]] = {}  # "chlorine", "bromine" and "iodine": elements of one group of the table
    for term in by_kind.get("term", ()):
        if (group := ELEMENT_GROUPS.get(term.key.removeprefix("term:"))) is not None:
            groups.setdefault(group, set()).add(term.key)
    families.update((key, frozenset(keys)) for keys in groups.values() if len(keys) >= 2 for key in keys)
    if texts_of_points is not None:  # "avoir or être": two the author gives as alternatives, offered only as a pair
        for index, terms in enumerate(terms_by_point):
            ordered = sorted((term for term in terms if term.kind == "term"), key=lambda term: term.start)
            for first, second in zip(ordered, ordered[1:]):
                if texts_of_points[index][first.end:second.start] == " or " and first.key not in families \
                        and second.key not in families:
                    families.update({first.key: frozenset({first.key, second.key}),
                                     second.key: frozenset({first.key, second.key})})
    if texts_of_points is not None:  # "move to the cathode; … move to the anode": two the author sets side by side
        for first, second in _parallel(terms_by_point, texts_of_points, cards_of_points):
            if first not in families and second not in families:
                families.update({first: frozenset({first, second}), second: frozenset({first, second})})
    if texts_of_points is not None and cards_of_points is not None:  # "**Prophase**: …", "**Metaphase**: …"
        for run in _labelled_runs(terms_by_point, texts_of_points, cards_of_points):
            if not run & families.keys():
                families.update((key, frozenset(run)) for key in run)
    for index in sorted(listing):  # "Monitoring, prediction, protection, planning": the author's own set
        keys = frozenset(term.key for term in terms_by_point[index] if term.kind == "term"
                         and not (texts_of_points is not None and _inside_item(texts_of_points[index], term)))
        if len(keys) >= 3:
            families.update((key, keys) for key in keys)
    if texts_of_points is not None:  # "erode by hydraulic action, abrasion, attrition and solution": a set the
        # sentence names, unless its terms already have one
        for index, terms in enumerate(terms_by_point):
            concepts = [term for term in terms if term.kind == "term" and term.sort == "concept"]
            for run in listed_together(texts_of_points[index], concepts):
                if len(run) >= 3 and not run & families.keys():
                    families.update((key, frozenset(run)) for key in run)
    return Pool({kind: tuple(terms) for kind, terms in by_kind.items()}, tuple(sorted(years)), frequency,
                {key: frozenset(found) for key, found in cards.items()},
                {key: tuple(found) for key, found in texts.items()}, {key: frozenset(words) for key, words in topics.items()},
                {key: tuple(sorted(found, key=lambda item: item[0])) for key, found in headings.items()},
                {key: frozenset(words) for key, words in listed.items()}, families, _said_with(texts),
                _synonyms(terms_by_point, texts_of_points or []),
                {key: frozenset(found) for key, found in eras.items()},
                dict(Counter(word for words in point_words for word in words)), glosses)


_PHRASE = re.compile(r"(?i)\b(?:in|of|on|at|to|with|by|for|from|the|and)\b|^\W*\w+ing\b")
"""A term that is a phrase (a preposition, an article or a participle in it), not a kind named by its last word."""
_GLOSS_AFTER = re.compile(r"\s*[–—-]\s+([^;·•|]+)")
"""A vocabulary word's meaning after its dash, up to the next entry."""
_WORN = 5.0
"""How far an option other questions already offer falls behind: the same three wrong names under every question
make each answer the odd one out."""
_FRAME_WORDS = 2
"""How many words before two terms must match for them to stand in one frame ("move to the cathode", "move to the
anode")."""
_CLAUSES_APART = re.compile(r"[;,]|\s(?:and|but|while|whereas)\s")


def _inside_item(text: str, term: Term) -> bool:
    """Whether a listed term is only part of its item ("amount of **chlorophyll**" among limiting factors): the item
    is of the list's kind, the term may not be (chlorophyll is a pigment, no factor)."""
    item = re.split(r"[,;]|\band\b|\bor\b", text[:term.start])[-1]
    return re.search(r"[^\W\d_]{2,}", item.replace("*", "")) is not None


def _frame(text: str, start: int) -> tuple[str, ...]:
    """The words just before a term, lowercased: the slot it fills."""
    words = re.findall(r"[^\W\d_]+", text[:start].casefold())
    return tuple(words[-_FRAME_WORDS:]) if len(words) >= _FRAME_WORDS else ()


def _one_frame(first: Term, first_text: str, second: Term, second_text: str) -> bool:
    """Whether two different terms of one sort fill the same slot of their texts."""
    frame = _frame(second_text, second.start)
    return first.key != second.key and first.sort == second.sort and bool(frame) \
        and frame == _frame(first_text, first.start)


def _parallel(terms_by_point: list[tuple[Term, ...]], texts: list[str],
              cards: list[int] | None) -> list[tuple[str, str]]:
    """Pairs of concepts the author sets in the same frame: in two clauses of one point ("Positive ions move to the
    **cathode**; negative ions move to the **anode**") or at the same place of two neighbouring points of one card
    ("At the **cathode** positive ions gain electrons" above "At the **anode** negative ions lose electrons"). Each
    in the other's place makes a plainly false statement, where a term the pack names elsewhere might be as true."""
    pairs = []
    concepts = [[term for term in terms if term.kind == "term" and term.sort in ("concept", "predicate")]
                for terms in terms_by_point]
    for index, terms in enumerate(concepts):
        text = texts[index]
        for position, first in enumerate(terms):
            for second in terms[position + 1:]:
                if _one_frame(first, text, second, text) and _CLAUSES_APART.search(text[first.end:second.start]):
                    pairs.append((first.key, second.key))
        if index and cards is not None and cards[index - 1] == cards[index]:
            above = texts[index - 1]
            pairs += [(first.key, second.key) for first in concepts[index - 1] for second in terms
                      if _one_frame(first, above, second, text)
                      and len(re.findall(r"[^\W\d_]+", above[:first.start]))
                      == len(re.findall(r"[^\W\d_]+", text[:second.start]))]
    return pairs


def _labelled_runs(terms_by_point: list[tuple[Term, ...]], texts: list[str], cards: list[int]) -> list[set[str]]:
    """Concepts that open neighbouring points of one card as their labels, each with the same mark after it
    ("**Prophase**: chromosomes condense", "**Metaphase**: chromosomes line up"): the author's set of one kind,
    whose members swapped make a plainly false line."""
    runs: list[set[str]] = []
    previous: tuple[int, str] | None = None  # (card, mark) of the point before, when it opened on a label
    for index, terms in enumerate(terms_by_point):
        label = label_of(terms, texts[index])
        if label and re.search(rf";\s*\**[^\W\d_][^;:=]{{0,30}}\s*{re.escape(label[1])}\s", texts[index]):
            label = None  # "Active = erupted recently; dormant = …; extinct = …": a line of its own set, whose first
            # word ("Active") is of another kind than the next lines' ("Lahar = a volcanic mudflow")
        here = (cards[index], label[1]) if label else None
        if label and here == previous and runs:
            runs[-1].add(label[0])
        elif label:
            runs.append({label[0]})
        previous = here
    return [run for run in runs if len(run) >= 2]


def label_of(terms: tuple[Term, ...], text: str) -> tuple[str, str] | None:
    """A point's opening concept and the mark after it (":", "=", "–"), where the point opens on it as a label."""
    first = min(terms, key=lambda term: term.start, default=None)
    if first is None or first.kind != "term" or first.sort != "concept" or text[:first.start].strip(" \"'“‘"):
        return None
    mark = _LABEL_MARK.match(text[first.end:])
    return (first.key, mark.group(1)) if mark else None


_LABEL_MARK = re.compile(r"\s*([:=]|[–—-](?=\s))")


_ALSO_CALLED = re.compile(r"(?i)\s*[(,–—-]?\s*(?:also\s+(?:called|known\s+as)|a\.?k\.?a\.?|otherwise\s+known\s+as|"
                          r"sometimes\s+called|or)\s+(?:the\s+)?$")


def _synonyms(terms_by_point: list[tuple[Term, ...]], texts: list[str]) -> dict[str, frozenset[str]]:
    """Terms a point gives as two names of one thing: the second right after "also called", "aka" or "or" in
    brackets."""
    found: dict[str, set[str]] = {}
    for terms, text in zip(terms_by_point, texts):
        ordered = sorted(terms, key=lambda term: term.start)
        for first, second in zip(ordered, ordered[1:]):
            between = text[first.end:second.start]
            if _ALSO_CALLED.fullmatch(between) and not between.strip() in ("or", ", or"):
                found.setdefault(first.key, set()).add(second.key)
                found.setdefault(second.key, set()).add(first.key)
    return {key: frozenset(keys) for key, keys in found.items()}


def _said_with(texts: dict[str, list[frozenset[str]]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for key, found in texts.items():
        for words in found:
            for word in words:
                index.setdefault(word, set()).add(key)
    return {word: frozenset(keys) for word, keys in index.items()}


def distractors(answer: Term, pool: Pool, rng: random.Random, count: int, shown: str = "",
                avoid: tuple[str, ...] = (), strict: bool = True, near: int | None = None,
                only_near: bool = True, about: frozenset[str] | None = None,
                within: tuple[int | None, int | None] = (None, None), kin_of: bool = False,
                worn: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """``count`` distinct wrong answers of ``answer``'s kind and sort, or None when the pack has too few.

    ``shown`` is the text printed around the answer: an option found in it is
    left out (it would be a giveaway). ``avoid`` holds keys to leave out too
    (the sheet's other answers). A wrong answer must fit where the answer
    stands: the same sort (a person for a person, a plural noun for a plural
    noun, after ``an`` a word that takes it) and, for a number, the same unit
    and far enough from the answer and the other options that nobody could
    round one to another. ``strict=False`` (the word bank's spare words) only
    keeps to the kind and sort. With ``near`` (a card), a term or name must
    come from that card or the two either side, where the pack talks of the
    same things; with ``only_near=False`` neighbours are only preferred. With ``about`` (the
    content words of the point and its card's title), a term must be talked
    about with one of them somewhere in the pack, or be of the answer's
    family: "A larger electron microscope increases the rate of diffusion" is
    absurd, not false. ``within`` bounds a wrong year (exclusive) where the
    answer is one end of a range. A concept (not a name, number, formula or unit) is offered only beside one of its
    family or beside a term of the same card, both one word ("popular consent" for "foreign trade" reads as a swap of
    kinds). Options in ``worn``
    (offered by the sheet's other questions) come last.
    """
    shown_folded = shown.casefold()
    taken = {answer.key, *avoid}
    scored: list[tuple[float, str, str]] = []
    family = pool.families.get(answer.key)
    claim = content_words(shown)
    suspects = pool.may_say(claim) if strict else set()
    answer_words = content_words(answer.text)
    kin_only = strict and answer.kind == "term" and not family and answer.sort not in _KINDS_OF_THEIR_OWN \
        and not answer.sort.startswith("foreign")
    if kin_only:
        return None  # "very high aqueous", "a giant ionic lattice" for "a noble gas", "lattice" among diamond and
        # graphite: a concept is only fairly swapped for one the author groups with it (listed together, joined by
        # "or", sharing a last word)
    if answer.kind == "name" and answer.sort.startswith("person") and (_RANK_BEFORE.search(shown[:answer.start])
                                                                      or _CALLING_BEFORE.search(shown[:answer.start])
                                                                      or _SUCCESSION_BEFORE.search(shown[:answer.start])
                                                                      or _OFFICE_AFTER.match(shown[answer.start:])
                                                                      or _FOUGHT_AFTER.match(shown[answer.start:])
                                                                      or _DEATH_OF.search(shown[:answer.start])):
        return None  # "Led by Lieutenant ____", "____ – South Korean President": only an officer, or the one
        # Korean, fits, and the pack does not say who else was one; "____ fought the Mughals": the pack's other people
        # are mostly Mughals; "the murders of ____ (1968)": the pack's others mostly lived on
    partners = _partners(answer, pool, shown) if strict else frozenset()
    lacking = {symbol for found in _LACKING.finditer(shown) for symbol in elements_named(found.group())} \
        if answer.sort in ("formula", "code") else set()
    named = {symbol for symbol in elements_named(shown[:answer.start] + " " + shown[answer.start:])
             if re.search(rf"{symbol}(?![a-z])", answer.text)} if answer.sort in ("formula", "code") else set()
    slot = _slot_gender(shown[:answer.start]) or _said_to_be_a_woman(answer, shown[answer.start:]) \
        if answer.kind == "name" else ""
    own = gender_of(answer.text) if answer.kind == "name" and answer.sort.startswith("person") and not slot else ""
    sized = _size_hinted(shown[:answer.start]) if answer.kind == "number" and count >= 3 else 0
    position = (rng.randrange(_OPTION_PLACES) if count >= 3 else _ALONE) if answer.kind == "number" else None  # a
    # false statement's one wrong amount is half or double the right one
    if sized and position == (0 if sized < 0 else _OPTION_PLACES - 1):
        position = 1 if sized < 0 else _OPTION_PLACES - 2  # "London gets only about ____ of rain": never the smallest
    ceiling = re.search(r"(?i)\bup to\s+(?:about\s+|around\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)\s*([^\s\d.,;:()]*)",
                        shown[:answer.start] + " " + shown[answer.start:]) if answer.kind == "number" else None
    highest = number_value(ceiling.group(1)) if ceiling else None
    if highest is not None and (answer.value is None or answer.value >= highest
                                or ceiling.group(2) != written_unit(answer).split(" ")[0]):
        highest = None  # (a ceiling the answer is not under, or in another unit, "up to 400 kV" beside 230 V, says
        # nothing of the options)
    if answer.kind == "number" and re.search(r"(?i)\bhours?\b", answer.text) \
            and re.match(r"(?i)\s*(?:a|per|each|every)\s+(?:day|night|shift)\b|\s*daily\b", shown[answer.start:]):
        highest = 24.5  # "max 12 hours a day", offered the Acts' 58 or 48 hours a week: no day is that long
    if answer.kind == "number" and count >= 3 and re.match(r"\s*(?:9\d(?:\.\d+)?|100)\s*(?:%|per ?cent)", answer.text):
        return None  # "the yield is already about ____ at low pressure": no share goes above 99%, so the answer would
        # stand highest among the options, and "already" or "almost all" says the highest is right
    if answer.kind == "number" and re.fullmatch(r"\s*\d[spdf]\s*", answer.text) \
            and (re.match(r"\s*(?:electrons?|orbitals?|sub-?shells?)\b", shown[answer.start:], re.I)
                 or re.search(r"\b\d[spdf][⁰-⁹]", shown)):
        return None  # "lose the ____ electrons first: Fe²⁺ is [Ar] 3d⁶": a sub-shell, no amount in seconds ("10s")
    if answer.kind == "number" and re.match(rf"\s*(?:and|or|to|–|-)\s*\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\b",
                                            shown[answer.start:]):
        return None  # "resolutions of ____ and 27 June": a day of the month, and 62 or 100 is none
    if answer.kind == "number" and _half_said(answer, shown):
        return None  # "Artillery caused most casualties – around ____ of wounds": 60% is the one option over half
    if answer.kind == "number" and re.search(r"\(.*\)", answer.text):
        return None  # "12d (one shilling)": its gloss would stand beside every made-up figure, true only of the answer
    if answer.kind == "term" and answer.sort in ("formula", "code") and names_its_element(answer.text, shown):
        return None  # "Iron(II), ____ → green precipitate": Fe²⁺ is the one option of iron
    if answer.kind == "number" and (_EQUIPMENT.search(answer.text + " " + shown[answer.start:answer.start + 20])
                                    or _KIT_LIST.match(shown)):
        return None  # "holds a ____ ruler" (30 cm), "Kit: 1 kg metal block, immersion heater …": a size of kit is no
        # fact, and a 120 cm ruler is absurd, not wrong
    if answer.kind == "number" and _ORDINAL.search(answer.text):
        return None  # "the 23rd pair": its made-up neighbours would read "5rd pair"
    if answer.kind == "number" and _BOUND_BEFORE.search(shown[:answer.start]):
        return None  # "repeat until results are within ____ of each other": 0.05 cm³ is within 0.10 cm³ too
    if answer.kind == "number" and count >= 3 and _EXTREME.search(shown):
        return None  # "the peak, ____ km² in 2004": the largest of the options is the answer
    if answer.kind == "number" and count >= 3 and _RATIO_SAID.search(shown[answer.start:]):
        return None  # "Top of Everest: about ____ – about a third of sea-level pressure": beside 100 kPa among the
        # options, the sum answers it
    dated = years_printed(shown) if answer.sort.startswith("person") else set()
    around = _elements_around(shown) if answer.sort == "formula" and "→" in shown else None  # (an equation's elements)
    for key, text, score in _candidates(answer, pool, strict, shown[:answer.start], shown[answer.start:], position):
        if dated and pool.eras.get(key):
            score += 3.0 if min(abs(year - other) for year in dated for other in pool.eras[key]) <= _ERA else 0.0
            # who "became leader in 1985": Reagan and Andropov before Kennedy, whom the pack dates to 1961–63
        if slot and gender_of(text) != slot:
            continue  # "his half-sister ____": no man, nor anyone the pack does not say is a woman
        if own and gender_of(text) != own and (own == "f" or gender_of(text) == "f"):
            continue  # "He had fallen for ____": Anne Boleyn only among women, never the one woman among men
        if key in taken or _overlaps(key, answer.key) or text.casefold() in shown_folded:
            continue
        if answer.kind == "term" and _stem_word_of(text, shown_folded):
            continue  # "water evaporates; plants lose water vapour by ____" offering "evaporation": a word the stem
            # says in another form is part of what it tells, and roughly true beside it
        if _unbalanced(text) != _unbalanced(answer.text) or text.strip().startswith("-") \
                != answer.text.strip().startswith("-"):
            continue  # "¿Hay un", "por aquí?" beside "Perdone": the halves of a question, no phrase of their own;
            # "phosphoric acid" for "-oic acid": a name where a name's ending goes
        if answer.kind == "number" and not _same_side_of_figures(answer, text, shown):
            continue  # "Around ____ arrested and about 1,800 interned": 1,000 for 3,500 is below those interned
        if _article_fits(shown[:answer.start], answer.text) and not _article_fits(shown[:answer.start], text):
            continue  # "a ____ would redraw the border": "Irish Parliamentary Party" reads "a Irish …", out at sight
        if not _same_side_of_neutral(answer.text, text, shown_folded):
            continue  # "work best slightly alkaline, about ____": pH 2 and pH 7 are ruled out by the line itself
        if answer.kind == "name" and len(text.split()) > 1 and re.search(
                rf"\b{re.escape(text.split()[-1].casefold())}\b", shown_folded):
            continue  # "____ took over from Wilberforce": William Wilberforce cannot be his own successor
        if answer.kind == "name" and answer.sort.startswith("person") and any(
                len(word) > 2 and word[:1].isupper() and re.search(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", shown)
                for word in text.split()[:-1]):
            continue  # "Mao = Party Chairman; ____ = Premier": not Mao Zedong, whose family name comes first (a
            # given name in a full name, "Thomas Cromwell", rules out no other Thomas)
        if answer.kind == "name" and (_same_person(answer.text, text) or answer.sort.startswith("person") and (
                _initials_of(answer.text, text) or _initials_of(text, answer.text))):
            continue  # "Princess Elizabeth" beside "Elizabeth I", "River Severn" beside "Severn Estuary", "JFK"
            # beside "Kennedy": one woman, one river, one president, two right answers
        if answer.kind == "name" and answer.sort.startswith("person") and not re.search(r",|\band\b|&", answer.text) \
                and re.search(r",|\band\b|&", text):
            continue  # "Chaney, Goodman, Schwerner" is three men, no option where one person is asked
        if answer.kind == "name" and answer.sort.startswith("person") and re.search(r",|\band\b|&", answer.text) \
                and not re.search(r",|\band\b|&", text):
            continue  # "Empson and Dudley" among single royal women: the one pair is the answer
        if answer.kind == "name" and answer.sort.startswith("person") and _style(answer.text) != _style(text):
            continue  # "Son ____ born 1486": "Prince Arthur" the one prince among men named bare
        if answer.kind == "name" and answer.sort.startswith("person") and _forename(answer.text) != _forename(text):
            continue  # "put Catholic ____ on the throne": James, a prince by his given name, among surnames
        if answer.kind == "name" and answer.sort.startswith("person") and re.fullmatch(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]?",
                                                                                       text):
            continue  # "QoS" of "Mary QoS" among Parma and Drake: a note's shorthand, no surname
        if strict and answer.kind == "name" and answer.sort.startswith("person") and any(
                len(word) >= 5 and pool.points_saying.get(word, 0) <= 2 for words in pool.texts.get(key, ())
                for word in words & claim):
            continue  # "1587 2nd colony under ____" (John White): Raleigh, whose one other line is his colony, could
            # as well be who it was "under"
        if around is not None and not _elements(text) <= around:
            continue  # "CuO + H₂SO₄ → CaCl₂ + H₂O": calcium and chlorine from nowhere, false at sight
        if answer.kind == "term" and _sorted_by_shape(answer.text, text):
            continue  # "the field of the ____" of a permanent magnet: the bar magnet and the horseshoe magnet are
            # permanent ones too, and "field lines leave the north pole of a horseshoe magnet" is as true
        if answer.sort in ("formula", "code") and ("ₙ" in answer.text) != ("ₙ" in text):
            continue  # "General formula: E10" for CₙH₂ₙ₊₁OH: only a general formula stands for a series
        if answer.sort == "formula" and ("(" in answer.text) != ("(" in text):
            continue  # "Brackets round compound ions … e.g. calcium hydroxide": Ca(OH)₂ the one option in brackets
        if answer.kind == "number" and text[:1].isupper() != answer.text.strip()[:1].isupper():
            continue  # "Thirteen Days", the crisis's name, among "6 days" and "3 days"
        if near is not None and answer.kind in ("term", "name") and key in pool.cards:  # (first: it is cheap)
            close = any(abs(card - near) <= 2 for card in pool.cards[key])
            if not close and only_near:
                continue
            score += 3.0 if close else 0.0
        if kin_of and answer.kind == "term" and answer.sort == "concept" and key not in (family or ()):
            continue  # a word box's spare: a decoy of the answer's family (a neighbour on its card may be another kind)
        if answer.kind == "year" and answer.year is not None and answer.year < _FORECAST <= int(key.rsplit(":", 1)[-1]):
            continue  # "Gas still about a third of electricity in 2050" for 2023: a target year is no wrong date
        if answer.kind == "year" and not _inside(key, within):
            continue
        if answer.kind == "term" and (key in family if family else key in pool.families) != bool(family):
            continue  # a sector among sectors; nothing of a family the answer is not of
        if strict and not fits_article(answer.article, text):
            continue
        if re.match(r"['’](?!s\b)", shown[answer.start:]) and not text.rstrip().endswith(("s", "S")):
            continue  # "1764 – ____' spinning jenny": only a name ending in s takes the apostrophe alone
        if strict and answer.kind == "term" and _NOUN_ENDING.search(text) and not _NOUN_ENDING.search(answer.text) \
                and _attributive(shown, answer):
            continue  # "____ allele – always expressed": a word that describes the noun after it, never "Phenotype"
        worded = answer.kind == "name" or answer.kind == "term" and answer.sort not in ("code", "formula", "unit")
        if about is not None and worded and not family and not answer.sort.startswith("foreign") \
                and not pool.topics.get(key, frozenset()) & about:
            continue
        if text[:4].casefold() == "the " and answer.text.strip()[:4].casefold() != "the ":
            continue  # "left the [The Wealth of Nations]"
        if answer.sort in ("formula", "code") and (_charge_sign(answer.text) != _charge_sign(text) or any(
                not re.search(rf"{symbol}(?![a-z])", text) for symbol in named)):
            continue  # "Mg²⁺ and ____ ions" (O²⁻) among Na⁺, K⁺ and MgO: the one negative ion; "a lone pair
            # on the nitrogen" (NH₃) among H₂O, CH₄ and HF: the one with nitrogen
        if answer.sort == "unit" and _unit_inside(answer.text, text):
            continue  # "the mass of one mole is in grams" for g/mol: a gram is part of the unit, roughly true
        if any(re.search(rf"{symbol}(?![a-z])", plain_scripts(text)) for symbol in lacking):
            continue  # "replaced by ____, which contain no chlorine": CCl₂F₂ contradicts the line at sight
        if highest is not None and (number_value(text) or 0.0) >= highest:
            continue  # "about ____ soldiers dead (recent estimates up to 750,000)": an option above the ceiling
            # the line sets is ruled out by it
        if partners and any(words & partners for words in pool.texts.get(key, ())):
            continue  # "Nixon and ____ pursued détente alongside Brezhnev": Carter, whom another point names with
            # Brezhnev, may have done it too
        if strict and worded and key in suspects and any(_says(claim, other) for other in pool.texts.get(key, ())):
            continue  # another point says the same of it: it might be right too
        if strict and worded and near is not None and any(
                card != near and heading and len(heading & claim) * 3 >= len(heading) * 2
                for card, heading in pool.headings.get(key, ())):
            continue  # "In methane each carbon atom forms four covalent bonds": from the card on covalent bonding
        if strict and worded and pool.listed.get(key, frozenset()) & answer_words:
            continue  # "a momentum has size and direction": the card on vectors lists momentum among them
        if strict and worded and answer_words and any(answer_words <= heading for _, heading in pool.headings.get(key, ())):
            continue  # "An octave is the distance in pitch between two notes": on the card "Intervals", it is one
        if answer.sort.startswith("foreign") and near is not None and near not in pool.cards.get(key, ()):
            continue  # a vocabulary card is a kind: places with places, opinions with opinions
        if answer.sort.startswith("foreign") and not foreign_fits(answer, text, shown if strict else ""):
            continue
        if answer.sort.startswith("foreign") and same_sense(pool.glosses.get(answer.key, ""),
                                                             pool.glosses.get(key, "")):
            continue  # "____ – nice, friendly": "amable – kind" is as right as "simpático"
        scored.append((score + rng.random() - (_WORN if text.casefold() in worn else 0.0), key, text))
    ruler = answer.sort.startswith("person") and is_ruler(answer.text)
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[str, str]] = []
    values = [answer.value] if answer.kind == "number" else []
    for _, key, text in scored:
        if any(_overlaps(key, other) for other, _ in chosen):
            continue
        if key in pool.synonyms.get(answer.key, ()) or any(key in pool.synonyms.get(other, ()) for other, _ in chosen):
            continue  # "Allied angles" beside "Co-interior angles": one thing, two names
        if _overlapping_quantities(answer.text, text):
            continue  # "Temp rise = particles' average internal energy ↑" for kinetic energy: one holds the other
        if answer.kind == "name" and any(_same_person(text, other) or _initials_of(text, other)
                                         or _initials_of(other, text) for _, other in chosen):
            continue  # "JFK" beside "John F. Kennedy": one man offered twice leaves three choices
        if answer.sort.startswith("person") and (is_ruler(text) != ruler or not same_station(answer.text, text)
                                                 or ruler and station(answer.text) != station(text)):
            continue  # "English fleet led by Philip II" for Lord Howard is absurd; "Replaced as Lord Chancellor by
            # ____" offers no Charles V, no Archbishop of Canterbury, no Pope Leo X; "issued by Paul III" no Pope Leo X
        if answer.kind == "number" and answer.value is not None:  # "Word1" is compared as text
            value = number_value(text)
            if value is None or any(not _apart_enough(answer, value, other, shown[:answer.start], shown[answer.start:])
                                    for other in values if other is not None):
                continue
            if any(number_value(figure) == value for figure in re.findall(r"\d[\d,]*(?:\.\d+)?", shown)):
                continue  # "instead of 2000+ °C" beside the option "2000 °C": the stem rules it out
            if _wrong_way(value, shown[:answer.start], shown[answer.start:]):
                continue  # "the population fell from about ____ to under 5,000": 4,000 is no fall
            values.append(value)
        chosen.append((key, text))
        if len(chosen) == count:
            if answer.kind == "year" and answer.year is not None and count >= 3 \
                    and _stands_apart(answer.year, [int(key.rsplit(":", 1)[1]) for key, _ in chosen]):
                return None
            if answer.kind == "year" and answer.year is not None and _alone_near_the_stem(
                    answer.year, [int(key.rsplit(":", 1)[1]) for key, _ in chosen],
                    _stem_years(shown[:answer.start] + " " + shown[answer.start + len(answer.text):])):
                return None
            texts = tuple(text for _, text in chosen)
            if sized and answer.value is not None and all((value - answer.value) * sized < 0 for value in values[1:]):
                return None  # "only about ____ mm": the one option smaller than all the others would be the answer
            return _grouped_alike(answer.text, texts) if answer.kind == "number" else texts
    return None


def _stem_years(text: str) -> set[int]:
    """The years a stem prints, those BC as negative ("captured in 255 BC": −255), as the options' years are."""
    return years_printed(re.sub(r"\b\d{1,4}\s*BCE?\b", " ", text)) | {
        -int(found) for found in re.findall(r"\b(\d{1,4})\s*BCE?\b", text)}


def _alone_near_the_stem(year: int, others: list[int], printed: set[int]) -> bool:
    """Whether the answer is the one option near a year its stem prints, the others three times as far or more
    ("Signed … 1959; came into force in ____" among 1961, 1980, 1983 and 1985; "invaded in ____ but was captured in
    255 BC" among 256, 260, 264 and 270): what follows or leads to the printed year lies next to it."""
    if not printed:
        return False
    def distance(value: int) -> int:
        return min(abs(value - other) for other in printed)
    return distance(year) <= 5 and all(distance(other) >= max(3 * distance(year), 4) for other in others)


_ERA = 12
"""Years either side of a stem's date within which a person the pack dates is of its time."""


def years_printed(text: str) -> set[int]:
    """The years a line prints, read loosely (any whole number from 1000 to 2099): the time it is about."""
    return {int(found) for found in re.findall(r"(?<![\d.,])(?:1\d{3}|20\d{2})(?!\d|[.,]\d)", text)}


def _grouped_alike(answer: str, options: tuple[str, ...]) -> tuple[str, ...]:
    """Wrong amounts written as the right one is: with thousands commas where it has them, without where it has a
    bare figure of four digits or more, and where it says neither, as the other options do ("2,232 m" beside
    "1,345 m", never "2232 m": the odd one out would be the made-up one)."""
    def grouped(text: str) -> bool | None:
        if re.search(r"\d,\d{3}", text):
            return True
        return False if re.search(r"(?<![\d.,])\d{4,}(?![\d,])", text) else None
    style = grouped(answer)
    if style is None:
        styles = [found for found in map(grouped, options) if found is not None]
        style = True if True in styles else None
    if style is None:
        return options

    def restyle(found: re.Match) -> str:
        whole, rest = found.group(1).replace(",", ""), found.group(2) or ""
        if len(whole) < 4 or re.fullmatch(r"1\d{3}|20\d{2}", whole) and not rest and not style:
            return found.group(0)
        return (f"{int(whole):,}" if style else whole) + rest
    return tuple(re.sub(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{4,})(\.\d+)?(?![\d,])", restyle, option)
                 for option in options)


def _stands_apart(year: int, others: list[int]) -> bool:
    """Whether a year is alone in its era among its options ("1894" among 1982, 1992 and 1994): the one old date is
    the answer to anyone who knows the canal is Victorian; or one option is (the 1560s beside the 1960s, 1990s and
    2010s): it is struck off at sight."""
    nearest = min(abs(other - year) for other in others)
    one_side = all(other > year for other in others) or all(other < year for other in others)
    if one_side and nearest > 25 and 2 * nearest > max(others) - min(others):
        return True  # (and 1600 beside 1639, 1668 and 1690 for a charter of Elizabeth I's, who died in 1603: the
        # one option of its century)
    years = (year, *others)
    nearest_each = [min(abs(other - value) for j, other in enumerate(years) if j != i) for i, value in enumerate(years)]
    far = max(nearest_each[1:])  # the loneliest option, against how close the options usually stand
    return far > 50 and far > 3 * sorted(nearest_each)[(len(years) - 1) // 2]


_ELLIPSIS = ("…", "...")


def foreign_fits(answer: Term, other: str, shown: str = "") -> bool:
    """Whether a foreign word or phrase can stand in for ``answer`` among options or in a false statement: of like
    length (word counts within one: a whole sentence among nouns picks itself out), a frame with a gap ("más … que")
    only for another, and where ``shown`` (the point without the answer) is a glossed point, only if the answer is
    the whole of its side ("____ es la química – my favourite subject is chemistry" takes no noun in its gap)."""
    if abs(_foreign_words(answer.text) - _foreign_words(other)) > 1:
        return False
    if any(mark in answer.text for mark in _ELLIPSIS) != any(mark in other for mark in _ELLIPSIS):
        return False
    if _article_number(answer.text) and _article_number(other) and _article_number(answer.text) != _article_number(other):
        return False  # "– small plates to share": "las tapas" the one plural among "la tortilla", "el gazpacho"
    meaning = GLOSS_DASH.split(shown, maxsplit=1)[-1] if GLOSS_DASH.search(shown) else ""
    if not _article_number(answer.text) and re.match(r"(?i)\s*the\s+\w", meaning) and _article_number(other) \
            and _article_number(other) != ("plural" if is_plural(meaning) else "singular"):
        return False  # "____ – the stairs": "le scale" (le is one in French, several in Italian) the one plural among
        # "il tetto", "la finestra"; the meaning says how many
    if not GLOSS_DASH.search(shown):
        return True
    before, after = shown[:answer.start], shown[answer.start:]
    return (not _LETTER.search(before) and GLOSS_DASH.match(" " + after.lstrip()) is not None
            or not _LETTER.search(after) and GLOSS_DASH.search(before.rstrip()[-2:] + " ") is not None)


_LETTER = re.compile(r"[^\W\d_]")
_PLURAL_ARTICLES = {"los", "las", "les", "des", "gli", "i", "unos", "unas", "os", "as", "de", "le"}
_SINGULAR_ARTICLES = {"el", "la", "le", "l'", "un", "una", "une", "il", "lo", "uno", "un'", "o", "a", "der", "das", "ein",
                      "eine", "het", "de"}


def _article_number(text: str) -> str:
    """Whether a foreign noun's article says one or several ("las tapas": plural; "el gazpacho": singular); empty
    where it has none or its article may say either ("die"; "de" in Dutch; "le", plural in Italian)."""
    first = re.match(r"\s*([^\W\d_]+'?)", text.casefold())
    if first is None:
        return ""
    word = first.group(1)
    plural, singular = word in _PLURAL_ARTICLES, word in _SINGULAR_ARTICLES
    return "" if plural == singular else ("plural" if plural else "singular")


def _foreign_words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text))


_KIN_BEFORE = re.compile(r"(?i)\b(?:(?P<f>(?:half-|step-)?(?:sister|daughter|mother|wife|widow|niece|aunt|queen|"
                         r"granddaughter|grandmother))|(?P<m>(?:half-|step-)?(?:brother|son|father|husband|widower|nephew|"
                         r"uncle|grandson|grandfather)))\s*,?\s*$")


_FORECAST = 2030
"""Years from this on are targets and forecasts in a pack ("net zero by 2050"), never a wrong date for a fact."""
_BOUND_BEFORE = re.compile(r"(?i)\b(?:within|up to|at least|at most|no more than|no less than|not more than|"
                           r"less than|more than|fewer than|under|below|above|over|richest|poorest|wealthiest|top|"
                           r"bottom)\s*(?:approx\.?\s*|about\s*|c\.\s*)?$")
"""Words before a figure that make it a bound ("within ____", "at least ____", "the richest ____ own most of the
wealth"): a tighter or looser wrong value is as true."""
_EXTREME = re.compile(r"(?i)\b(?:peak(?:ed)?|highest|record|maximum|largest|biggest|lowest|minimum|smallest|fewest|"
                      r"first ever|earliest|latest|strongest|fastest|deadliest|costliest|hottest|coldest|wettest|"
                      r"driest|deepest|longest|heaviest|\w+est\s+(?:\w+\s+){0,4}ever)\b")
"""A stem that says its figure is the greatest or least: the options' order answers it."""
_EQUIPMENT = re.compile(r"(?i)^\S+\s*(?:[^\W\d_]{1,3}[³²]?\s+)?(?:ruler|beaker|measuring cylinder|cylinder|pipette|"
                        r"burette|flask|test tube|boiling tube|tube|syringe|bottle|cup|tray|dish|rule|metre rule|"
                        r"stopwatch|thermometer|(?:metal\s+|aluminium\s+|copper\s+|steel\s+|brass\s+)?block)s?\b")
"""A size of laboratory kit ("30 cm ruler", "250 cm³ beaker", "1 kg metal block"): the kit's, not the science's."""
_KIT_LIST = re.compile(r"(?i)\W*(?:kit|apparatus|equipment|you\s+need|materials)\s*[:–—-]\s")
"""A line listing a practical's kit ("Kit: 1 kg metal block, immersion heater …")."""
_RATIO_SAID = re.compile(r"(?i)^\W*(?:[–—-]|,|\(|i\.e\.|so|or|which is|that is)?\s*(?:about\s+|around\s+|"
                         r"roughly\s+|nearly\s+|almost\s+|over\s+|just\s+(?:over|under)\s+)?(?:a|one|two|three)[\s-]+"
                         r"(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|"
                         r"^\W*(?:[–—-]|,|\()?\s*(?:about\s+)?(?:twice|double|treble|triple|half|\d+\s+times)\b")
"""A figure followed by its share of another ("____ – about a third of sea-level pressure"): given the other, the
share works it out."""
_ROUGHLY_SAID = r"\s+(?:about\s+|around\s+|approx(?:imately|\.)?\s+|c\.?\s*|~\s*)?$"
_SMALL_HINT = re.compile(r"(?i)\b(?:only|just|merely|mere|as (?:few|little|low) as|barely|a handful of)"
                         + _ROUGHLY_SAID)
_LARGE_HINT = re.compile(r"(?i)\b(?:as (?:many|much|high|long|far) as|a (?:massive|huge|whopping|staggering)|"
                         r"an? (?:enormous|astonishing))" + _ROUGHLY_SAID)
"""Words just before an amount that say it is small ("only about ____") or large ("as many as ____"): the options must
not leave the answer the smallest or the largest."""


def _sorted_by_shape(one: str, other: str) -> bool:
    """Whether two sorts of one thing ("permanent magnet", "bar magnet") are told apart by a shape: that says
    nothing of the other's mark, and one thing may be both."""
    first, second = one.strip().casefold().split(), other.strip().casefold().split()
    return len(first) > 1 and len(second) > 1 and first[-1] == second[-1] \
        and bool(_SHAPE_WORDS & set(first[:-1] + second[:-1]))


_SHAPE_WORDS = frozenset({"bar", "horseshoe", "ring", "disc", "rod", "block", "button", "u-shaped", "cylindrical",
                          "spherical"})
"""Words that sort a made thing by its shape, not by what it is (sizes are left out: the small and the large
intestine are two organs)."""


def _half_said(answer: Term, shown: str) -> bool:
    """Whether a share is asked beside words that say which side of half it is ("most", "a minority")."""
    share = re.match(r"\s*(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", answer.text)
    rest = shown[:answer.start] + " " + shown[answer.start:]
    return share is not None and re.search(r"(?i)(?<!the )\bmost\s+(?:of\s|[a-z]+s\b)|\b(?:majority|more than half|"
                                           r"minority|less than half|fewer than half|only\s+(?:a\s+)?(?:little|"
                                           r"few|tiny|small)|(?:almost|nearly)\s+(?:all|none))\b", rest) is not None
    # (not "the most deprived 10 %"; "only a little is used": the rest, a small share, tells the large one)


def _size_hinted(before: str) -> int:
    """-1 where the words before an amount say it is small, 1 where they say it is large, else 0."""
    return -1 if _SMALL_HINT.search(before) else 1 if _LARGE_HINT.search(before) else 0


_RANK_BEFORE = re.compile(r"\b(?:Lieutenant|Lt|Captain|Capt|Colonel|Col|Major|Sergeant|Sgt|Corporal|Private|General|"
                          r"Gen|Admiral|Commander|Marshal|Senator|Governor|Professor|Prof|Dr|Reverend|Rev|Judge|"
                          r"Justice|Bishop|Cardinal|Secretary(?:\s+of\s+State)?|Minister|Ambassador|Chancellor|"
                          r"Chairman|Chairwoman|Premier|President|King|Queen|Emperor|Pope|Archbishop|Mayor|MP)\.?\s*$")
"""A rank or office written before a person's blank ("Led by Lieutenant ____", "US Secretary of State ____"): the
right answer is the one officer among the options, or the one American."""
_SUCCESSION_BEFORE = re.compile(r"(?i)\b(?:passed|handed|fell)\s+to\s*$|\b(?:succeeded|replaced)\s+by\s*$|"
                                r"\bsuccessor,?\s*$")
"""A successor's blank ("Kennedy was assassinated … – his Vietnam policy passed to ____"): only the one who took the
office fits, and the pack does not say who else held it."""
_OFFICE_AFTER = re.compile(r"\s*[–—:-]\s*(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+){1,3}(?i:president|leader|prime minister|"
                           r"premier|general|commander|king|queen|emperor|chancellor|secretary|minister|dictator|"
                           r"chairman|ambassador)\b")
"""A person's blank glossed by a people's office ("____ – South Korean President"): the one of that people answers."""
_CALLING_BEFORE = re.compile(r"(?i)\b(?:pastor|preacher|priest|minister|vicar|monk|friar|nun|rabbi|imam|clergyman|"
                             r"reverend|diplomat|envoy|journalist|reporter|newsreader|banker|scientist|inventor|"
                             r"engineer|explorer|composer|painter|poet|novelist|playwright|architect|lawyer|surgeon|"
                             r"spymaster|spy|athlete|runner|sprinter|boxer|footballer|cyclist|swimmer|singer|"
                             r"actor|actress)\s*[:,–—-]?\s*$")
"""A calling named just before a person's blank ("led by a young pastor: ____", "US diplomat ____"): the one
churchman, or diplomat, among the options answers, and the pack does not say who else was one."""


def _slot_gender(before: str) -> str:
    """"f" or "m" where a kinship word names the blank ("his half-sister ____"), else ""."""
    found = _KIN_BEFORE.search(before)
    return "" if found is None else "f" if found.group("f") else "m"


def _said_to_be_a_woman(answer: Term, after: str) -> str:
    """"f" where the clause after a person's blank speaks of her ("____ was murdered after a collapsing boat failed
    to drown her") and nothing says the answer is a man: the one woman among men is picked out at sight."""
    clause = re.split(r"[.;]\s", after, maxsplit=1)[0]
    return "f" if answer.sort.startswith("person") and gender_of(answer.text) != "m" \
        and re.search(r"(?i)\b(?:she|her|hers|herself)\b", clause) else ""


_FOUGHT_AFTER = re.compile(r"\s*(?:fought|resisted|rebelled\s+against|defied|held\s+out\s+against|opposed|"
                           r"defeated|beat)\s+(?:the\s+)?[A-Z][a-z]+s\b")
"""A person's blank that fought a people ("____ fought the Mughals"): of the pack's people, most are of that side."""
_DEATH_OF = re.compile(r"(?i)\b(?:murders?|assassinations?|killings?)\s+of\s+(?:\w+\s+)?$")
"""A violent death before a person's blank ("the murders of ____"): swapped, one who lived on is absurd."""
_LACKING = re.compile(r"(?i)\b(?:no|without|free\s+(?:of|from))\s+[a-z]+|\b[a-z]+-free\b")
"""An element a line says a thing lacks ("contain no chlorine", "chlorine-free")."""
_UNIT_AFTER = re.compile(r"\s*(?:[%°]|(?:km|kg|mg|g|m|cm|mm|nm|s|ms|h|hrs?|mph|ml|l|t|J|kJ|W|kW|V|A|N|Pa|kPa)\b)")
"""A unit's symbol after a figure: no bare count."""


_UNIT_SYMBOLS = {"gram": "g", "kilogram": "kg", "metre": "m", "meter": "m", "second": "s", "joule": "J", "mole": "mol",
                 "litre": "l", "newton": "N", "watt": "W", "volt": "V", "amp": "A", "ampere": "A", "kelvin": "K",
                 "hour": "h", "pascal": "Pa", "coulomb": "C", "ohm": "Ω"}
"""Units a pack may write out, by their symbols ("grams" for g)."""


def _unit_inside(one: str, other: str) -> bool:
    """Whether one unit is part of the other ("grams" of g/mol, "m" of m/s): swapped, the statement is roughly true."""
    def parts(unit: str) -> set[str]:
        words = re.findall(r"[^\W\d_]+", plain_scripts(unit))
        return {_UNIT_SYMBOLS.get(word.casefold().rstrip("s"), _UNIT_SYMBOLS.get(word.casefold(), word))
                for word in words}
    mine, theirs = parts(one), parts(other)
    return bool(mine) and bool(theirs) and mine != theirs and (mine <= theirs or theirs <= mine)


def _same_side_of_figures(answer: Term, text: str, shown: str) -> bool:
    """Whether a wrong amount stands above or below each other figure of its unit on the line as the answer does:
    the line's figures bound it ("Around ____ arrested and about 1,800 interned")."""
    value, other = answer.value, number_value(text.strip())
    if value is None or other is None:
        return True
    unit = written_unit(answer)
    for found in re.finditer(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d.])", shown):
        figure = number_value(found.group())
        after = shown[found.end():]
        if figure is None or figure == value or re.fullmatch(r"1\d{3}|20\d{2}", found.group()):
            continue
        if (after.lstrip().startswith(unit) if unit else not _UNIT_AFTER.match(after)) \
                and (value > figure) != (other > figure):
            return False
    return True


def _article_fits(before: str, text: str) -> bool:
    """Whether a word reads after the "a" or "an" a blank follows (always true after any other word)."""
    article = re.search(r"(?i)(?<![\w'’])(an?)\s*$", before)
    if article is None or not text.strip():
        return True
    return article.group(1).casefold() == ("an" if _vowel_sound(text.strip()) else "a")


def _vowel_sound(word: str) -> bool:
    """Whether a word opens on a vowel sound, for "a" or "an" ("an hour", "a union", "an 8% share", "an MP")."""
    folded = word.casefold()
    if re.match(r"(?:uni|use|usu|eu|one\b|once\b)", folded):
        return False
    if re.match(r"(?:hour|honest|honou?r|heir)", folded) or re.match(r"(?:8|11|18)(?!\d)|8\d", folded):
        return True
    if re.match(r"[A-Z]{2,}\b", word):
        return word[0] in "AEFHILMNORSX"
    return folded[:1] in "aeiou"


def _charge_sign(formula: str) -> str:
    """The sign of an ion's charge as a formula prints it ("O²⁻": "-"), "" for no charge."""
    sign = re.search(r"([⁺⁻+−-])\s*$", plain_scripts(formula).strip())
    return "" if sign is None else "+" if sign.group(1) in "⁺+" else "-"


def _partners(answer: Term, pool: Pool, shown: str) -> frozenset[str]:
    """The surnames of the other people a stem names, where it asks one of a pair who did something together ("Nixon
    and ____ pursued détente alongside Brezhnev"): one the pack names with them may have done it as well."""
    if answer.kind != "name" or not answer.sort.startswith("person") or not (
            re.search(r"\band\s+$", shown[:answer.start]) or re.match(r"\s+and\b", shown[answer.start:])):
        return frozenset()
    said = content_words(shown[:answer.start] + " " + shown[answer.start:])
    return frozenset(surname for term in pool.terms.get("name", ()) if term.sort.startswith("person")
                     and term.key != answer.key and (surname := _surname(term.text)) in said)


def _surname(name: str) -> str:
    return (re.findall(r"[^\W\d_]{3,}", name.casefold()) or [""])[-1]


def _says(claim: set[str], words: frozenset[str]) -> bool:
    """Whether a point with content words ``words`` says much the same as a stem with content words ``claim``: two of
    its words and two thirds of them at least."""
    if len(claim) < 3:
        return False  # too little said to say the same
    shared = len(claim & words)
    if shared < 2 or shared * 3 < len(claim) * 2:
        return False
    claimed = numbers_in(claim)  # counted last: the words above rule out nearly every point, and cheaply
    return not claimed or claimed == numbers_in(words)  # "four covalent bonds" is not "three covalent bonds"


def _temperature(answer: Term) -> bool:
    """Whether an amount is a temperature of 10 °C (or 10 K) or more: its wrong values go by steps, not factors
    (298 K beside 179 K and 89 K, at which no solution is liquid, picks itself)."""
    return answer.value is not None and answer.value >= 10 and re.search(r"\d\s*(?:°\s*C|K)\b", answer.text) is not None


def _step(base: float) -> float:
    """A round step about a fifth to a third of a temperature: 10 beside 37 °C, 200 beside 1538 °C."""
    return max((s for s in (5, 10, 20, 50, 100, 200, 500) if s <= base * 0.3), default=5)


def _apart_enough(answer: Term, value: float, other: float, before: str = "", after: str = "") -> bool:
    """Whether two options are clearly different amounts: a step apart for temperatures and ages, else
    ``far_apart``."""
    step = _stepping(answer, before, after)
    return abs(value - other) >= step if step else far_apart(value, other)


def _stepping(answer: Term, before: str, after: str = "") -> float | None:
    """The step between wrong values of a temperature, an age (by twos for a teenager, by threes after: a vote at 18,
    24 or 27 beside 21) or a road speed, or None for an amount, which goes by factors."""
    if _temperature(answer):
        return _step(answer.value)
    if _aged(answer, before) or _aged_after(answer, after):
        return 2 if answer.value < 20 else 3 if answer.value < 40 else 5  # (a teenager by twos: 11 to 23 for 17)
    if answer.value is not None and answer.value >= 20 and answer.value % 10 == 0 and _SPEED.search(answer.text):
        return 10  # "a 30 km/h limit on residential streets": 20, 40 or 50 km/h, where 75 or 120 is absurd (a
        # speed measured, "a mean of 40.5 mph", goes by factors as any amount)
    if answer.value is not None and answer.value >= 100 and _SPEED.search(answer.text):
        return _step(answer.value)  # "winds of about 205 km/h at landfall": 512 or 820 km/h is no wind at all
    if answer.value is not None and answer.value >= 10 and answer.value == int(answer.value) \
            and re.search(r"(?i)\d\s*(?:min(?:ute)?s?|s|secs?|seconds?)\b", answer.text):
        return _step(answer.value)  # "glucose measured every 30 minutes": 9, 18 or 48 minutes is no interval anyone
        # would use
    return None


_SPEED = re.compile(r"\d\s*(?:km/h|kph|mph|km\s?h⁻¹)(?!\w)")
"""A speed on roads, whose wrong values go by steps of 10."""


def _aged_after(answer: Term, after: str) -> bool:
    """Whether a bare whole number is an age by the words after it ("Henry VIII was 17 years old"): halved, it is
    absurd (a king of 8), not wrong."""
    return answer.value is not None and answer.value >= 10 and re.fullmatch(r"\s*\d+\s*", answer.text) is not None \
        and re.match(r"\s*(?:-\s*)?years?[\s-]+old\b", after, re.I) is not None


def _aged(answer: Term, before: str) -> bool:
    """Whether a bare whole number is an age ("gave women the vote at ____", "over ____"): its wrong values go by
    steps (18, 24 beside 21), as a vote at 84 is absurd, not wrong."""
    return answer.value is not None and answer.value >= 10 and re.fullmatch(r"\s*\d+\s*", answer.text) is not None \
        and re.search(r"(?i)\b(?:at|aged?|age of|over|under|after|before)(?:\s+(?:about|around|roughly|c\.))?\s*$|"
                      r"\bage\b[^.;]{0,25}\b(?:to|from|of|at)\s*$", before) \
        is not None  # ("pension age rising to ____", "people need reading glasses after about ____")


def far_apart(first: float, second: float) -> bool:
    """Whether two amounts differ by more than anyone could round away: half as much again at least."""
    low, high = sorted((abs(first), abs(second)))
    return high >= 1.5 * low and high - low > 0 or (low == 0 and high > 0)


def same_sort(answer: Term, other: Term, families: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether ``other`` could stand where ``answer`` stands: kind, sort, and for a noun phrase, number."""
    if answer.kind != other.kind or answer.sort != other.sort and not (
            answer.sort == "person" and other.sort.startswith("person:")):
        return False  # any person where no title stands before the answer; after "Kaiser" only another Kaiser
    if answer.sort == "person" and other.sort.split(":")[-1] in HEADS_OF_STATE:
        return False  # "the boycott, led by ____": President Eisenhower among the movement's leaders is picked out
    if answer.kind == "term" and answer.sort == "code" and _particle(answer.text) != _particle(other.text):
        return False  # "Beta particle written ⁰₋₁e" among ²²²₈₆Rn and ²⁰⁶₈₂Pb: the one particle
    if answer.kind == "term" and answer.sort == "code" and re.search(r"[0-9]", answer.text) \
            and re.sub(r"[0-9]", "", answer.text) != re.sub(r"[0-9]", "", other.text):
        return False  # "G7" for "Liverpool2": codes stand in for each other only where they differ in their figures
        # (70S and 80S ribosomes)
    if answer.kind == "term" and answer.sort == "formula" and _charged(answer.text) != _charged(other.text):
        return False  # "because of the OH⁻ ions" among HCl, Br₂ and Cl₂: the one ion among molecules
    if answer.kind == "term" and ("=" in answer.text) != ("=" in other.text):
        return False  # "Rearrange → mass = c = n / V": an equation stands only where another does
    if answer.kind == "name" and answer.sort in ("other", ""):
        return False  # a name of unknown sort is offered beside nothing
    if answer.kind == "name" and answer.definite != other.definite:
        return False  # "the functions of Party", "added to the Gosplan"
    if answer.kind == "term" and (_NEGATED.match(answer.text) is None) != (_NEGATED.match(other.text) is None):
        return False  # "explosive no volcanoes" for "explosive composite volcanoes": a lack is no thing of the kind
    if answer.kind == "term" and answer.sort == "concept":
        if answer.plural != other.plural:
            return False
        if (answer.article or answer.counted) and not (other.article or other.counted):
            return False  # after "a", only a thing the pack itself counts ("a lattice", not "a methane")
        if answer.valued != other.valued:
            return False  # "a semibreve of 3/4": only a thing that takes a value stands before one
        if answer.numbered and not other.numbered:
            return False  # "the first satellite": only another thing the pack says was first, last or each
        head, other_head = answer.text.split()[-1:], other.text.split()[-1:]
        if head and other_head and text_key(head[0]) == text_key(other_head[0]) \
                and other.key not in (families or {}).get(answer.key, ()):
            return False  # "cell membrane" beside "partially permeable membrane": both could be right (a family of
            # three or more, "primary", "secondary" and "tertiary sector", are the author's alternatives)
        if not fits_slot(answer, other):
            return False
        if is_process(answer.text) != is_process(other.text) or is_doctrine(answer.text) != is_doctrine(other.text) \
                or is_quality(answer.text) != is_quality(other.text):
            return False  # "divide by mitosis": a process among processes, never "by vacuole"
    return True


def _stem_word_of(option: str, shown: str) -> bool:
    """Whether a one-word option is a word of the stem in another form ("evaporation" beside "evaporates")."""
    word = option.strip().casefold()
    return " " not in word and len(word) >= 6 and any(
        other != word and len(os.path.commonprefix((word, other))) >= 6 for other in re.findall(r"[^\W\d_]{6,}", shown))


def _charged(formula: str) -> bool:
    """Whether a formula is an ion: it ends on a charge (OH⁻, Fe³⁺, SO₄²⁻)."""
    return re.search(r"[⁺⁻]$|[+-]$", formula.strip()) is not None


_NEGATED = re.compile(r"(?i)\s*(?:no|not|non|never|none|without)\b")
"""A term that names a lack ("no volcanoes", "not soluble")."""


def head_word(text: str) -> str:
    """A noun phrase's head, lowercased: its last word, or the last before ``of`` (``cult`` of ``cult of
    personality``)."""
    words = re.findall(r"[^\W\d_]+", text.casefold().split(" of ", 1)[0])
    return words[-1] if words else ""


_QUALITY_ENDINGS = ("ity", "ness", "ship", "hood", "dom")


def is_quality(text: str) -> bool:
    """Whether a noun phrase names a quality or a state by its last word's ending (``infant mortality``,
    ``density``, ``awareness``): only another stands in for it ("rely on infant mortality" is no sentence)."""
    head = head_word(text)
    return len(head) > 5 and head.endswith(_QUALITY_ENDINGS)


_PROCESS_ENDINGS = ("tion", "sion", "sis", "ment", "ance", "ence", "ing", "ism", "ysis")


def is_doctrine(text: str) -> bool:
    """Whether a noun phrase names a doctrine or a system of belief (``socialism``, ``Marxism-Leninism``): only
    another stands in for it ("better socialism" for "better housing" is no sentence)."""
    head = head_word(text)
    return len(head) > 5 and head.endswith("ism")


def is_process(text: str) -> bool:
    """Whether an English noun phrase names a process, an activity or a doctrine by its last word's ending
    (``diffusion``, ``mitosis``, ``farming``, ``socialism``)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return bool(words) and len(words[-1]) > 5 and words[-1].endswith(_PROCESS_ENDINGS)


def fits_slot(answer: Term, other: Term) -> bool:
    """Whether ``other`` reads in ``answer``'s place: a noun for a noun, a verb or a particle only for one standing
    where it stands, and in the place of a bare singular ("by diffusion") no count noun that wanted its article."""
    if not answer.place or not other.place:
        return True
    if not nounish(answer):
        return (other.place, other.follows) == (answer.place, answer.follows)
    if not nounish(other):
        return False
    if answer.place != "det" and not answer.plural and not answer.article:
        return not ((other.place == "det" or other.determined) and not other.plural)  # nor "the permanent vacuole"
    return True


def nounish(term: Term) -> bool:
    """Whether a term stands where a noun phrase goes (after an article, a preposition, at the start, or after a verb
    with more of the sentence to come)."""
    return term.place in ("start", "list", "adj", "det", "prep", "num") or term.place == "word" and term.follows == "other"


def _candidates(answer: Term, pool: Pool, strict: bool, before: str = "", after: str = "",
                position: int | None = None):
    """(key, text, closeness) of every same-sort term but the answer; for a number with too few of its unit in the
    pack, the same number scaled (``801 °C`` -> ``1602 °C``)."""
    if answer.kind == "year":
        yield from _year_candidates(answer, pool)
        return
    for term in pool.terms.get(answer.kind, ()):
        if not same_sort(answer, term, pool.families):
            continue
        if answer.kind == "number" and (not _unit_written(answer.text) or not _unit_written(term.text)):
            continue  # "12" (of "a 12 V battery") beside "230 V" stands out; a bare 1000 beside a pH of 7 is another
            # quantity: a bare number is only offered beside its own halves and doubles
        if answer.kind == "number" and answer.value and term.value and not 0.2 <= term.value / answer.value <= 5:
            continue  # 1 kg or 1200 kg for a student's 60 kg: absurd, ruled out by sense alone
        score = 0.0 if answer.kind == "number" else _shape_closeness(answer, term)
        if not term.marked:
            score -= 2.0
        yield term.key, _cased(answer, term), score
    if answer.kind == "number" and answer.value is not None:
        for rank, text in enumerate(scaled(answer, before, after, position)):  # ten times is absurd, not wrong
            yield "number:" + number_key(text), text, -3.0 - 1.5 * rank


_FROM_TO = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}to\s+(?:about\s+|around\s+|under\s+|below\s+|over\s+|just\s+|"
                      r"nearly\s+|almost\s+|c\.\s*)?[£$€]?(\d[\d,]*(?:\.\d+)?)")
"""Where a change ended, after the blank for where it started ("… to under 5,000")."""
_FALLING = re.compile(r"(?i)\b(?:fell|falls?|falling|dropped|drops?|declined?|declining|decreased?|shrank|cut|"
                      r"reduced)\b[^.;]{0,20}\bfrom\s+(?:about\s+|around\s+|c\.\s*|over\s+|nearly\s+)?$")
_RISING = re.compile(r"(?i)\b(?:rose|rises?|rising|grew|grows?|growing|increased?|increasing|doubled|climbed)\b"
                     r"[^.;]{0,20}\bfrom\s+(?:about\s+|around\s+|c\.\s*|under\s+|nearly\s+)?$")
"""A fall or a rise said before the blank for where it started ("fell from about ____")."""


def _wrong_way(value: float, before: str, after: str) -> bool:
    """Whether a figure offered for where a change started goes the wrong way from where it ended ("fell from about
    ____ to under 5,000": 4,000 is no fall)."""
    end = _FROM_TO.match(after)
    if end is None:
        return False
    target = float(end.group(1).replace(",", ""))
    return _FALLING.search(before) is not None and value <= target \
        or _RISING.search(before) is not None and value >= target


def _unit_written(text: str) -> bool:
    return re.search(r"[^\d\s.,]", text.strip()) is not None


def _cased(answer: Term, other: Term) -> str:
    """``other`` as it would read in ``answer``'s place: a concept lowercased mid-sentence, a name as written, or its
    surname where the answer is one."""
    if answer.kind == "term" and answer.sort == "concept":
        return other.inline
    if other.kind != "name":
        return other.inline
    name = other.text.strip()
    if answer.sort.startswith("person") and other.sort.startswith("person") and " " not in answer.text.strip() \
            and " " in name and not is_ruler(name) and not _PARTICLE.search(name) \
            and name.split(" ", 1)[0].casefold() not in _DESCRIBED_NAMES | _FAMILY_NAME_FIRST:
        return name.rsplit(" ", 1)[1]  # "Joseph ____'s father", "William ____": Lister beside Pasteur, not Louis
        # Pasteur, which a surname asked would set apart, or make "William Joseph Lister"
    return name


_PARTICLE = re.compile(r"\b(?:of|the|de|da|di|du|del|della|des|von|van|der|den|le|la)\b")
"""A name's particle ("Leonardo da Vinci", "Charles de Gaulle"): such a name is said whole, never as "Vinci"."""
_DESCRIBED_NAMES = frozenset({"red", "black", "white", "yellow", "little", "big", "sitting", "crazy", "spotted",
                              "standing", "running", "roman", "two", "young", "old", "iron", "great"})
"""Words that open a name that is a description ("Red Cloud", "Sitting Bull"): said whole, never as "Cloud"."""
_FAMILY_NAME_FIRST = frozenset({"zhou", "lin", "mao", "deng", "liu", "jiang", "hua", "chiang", "sun", "xi", "hu",
                                 "wang", "zhang", "li", "chen", "yang", "zhao", "huang", "wu", "zhu", "peng", "kang",
                                 "kim", "ho", "park", "chun"})
"""Family names said first ("Zhou Enlai", "Lin Biao", "Kim Il-sung", "Ho Chi Minh"): the last word is a given name,
never a surname to offer ("Enlai", "Biao")."""
_KINDS_OF_THEIR_OWN = ("formula", "unit", "code", "ending")
"""Sorts whose members stand in for each other without the author grouping them: a formula for a formula, a unit
for a unit."""
_SCALES = ((1.5, 2.5, 4, 2, 3), (0.6, 1.5, 2.2, 3, 0.4), (0.3, 0.6, 1.6, 2.4, 0.2), (0.25, 0.5, 0.75, 0.2, 0.4),
           (0.5, 2, 3, 4, 0.25))
"""Factors that make wrong amounts, by where the answer stands among the four options (smallest, second, third,
largest), then for a false statement's one wrong amount (half or double: plainly not the card's); each set's first
three make a run the answer belongs to, its others stand in where one will not do. Where the answer stands is chosen
per question: always second, among its half, double and triple, it was the one a test-wise student picks, and so it
was among a quarter, a half and its double: where it is second or third, the others are no half, double or triple
of it (59, 149 and 218 beside 99, not 50, 198 and 297); where it is the smallest, the others are no whole multiples
of it (13.8 beside 27.6 and 41.4 is the base of a series); where it is the largest, the others step up to it
(55,000, 110,000, 165,000 beside 220,000), never stopping short of it (44,000, 88,000, 132,000 beside 220,000 sets
the answer apart)."""
_OPTION_PLACES = 4
"""Where an answer may stand among four options: the first four of ``_SCALES`` and ``_STEPS``."""
_ALONE = _OPTION_PLACES
"""The place of ``_SCALES`` and ``_STEPS`` after those, for a false statement's one wrong amount."""
_FALSE_FACTORS = (1.5, 2.5, 4, 2, 3, 0.5, 0.25, 0.2, 0.4)
"""The factors a false statement may use: none as close as three quarters, which a student could call roughly
true; a statement stands alone, so a plain double or half serves it best."""
_FRACTION_AFTER = re.compile(r"(?i)^[\s-]*(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b")


_MONTH_NAMES = "|".join(MONTHS)
_DAY_OF_MONTH = re.compile(rf"(?i)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}|"
                           rf"{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?")
"""A day of a month with no year ("20 Sept", "May 4th")."""


_STEPS = ((1, 2, 3, -1), (-1, 1, 2, 3), (-2, -1, 1, 2), (-3, -2, -1, 1), (-1, 1, 2, 3))
"""Steps that make wrong temperatures, by where the answer stands among the four options, as ``_SCALES`` does for
amounts: a temperature's half or double means nothing (9 °C or 74 °C for the body's 37 °C)."""


def scaled(answer: Term, before: str = "", after: str = "", position: int | None = None) -> list[str]:
    """The answer's number multiplied by factors nobody could round away, written the way it was (``1,538`` style,
    same decimals, same unit), for numbers the pack has too few others of; none for a place on a scale (``before`` is
    the text before it: "a magnitude ____") or a day of a month (``after``, the text after it: "____ October").
    ``position`` picks the factors that put the answer there among the options; None gives every factor."""
    text = answer.text.strip()
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    words = re.match(r"^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text, re.I)
    out: list[str] = []
    if words and answer.value is not None:
        names = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
        value = int(answer.value) if answer.value < 13 else 0
        counted = bool(text[words.end():].strip())  # "one God": a noun after it would have to change with it
        if _FRACTION_AFTER.match(text[words.end():]):
            return out  # "two-thirds": "three-thirds" is more than the whole, "one-thirds" no word
        if re.search(rf"(?i)\b{words.group(1)}\b", f"{before} {after}"):
            return out  # "two-nation theory = … two separate nations": the line says the count again
        for other in (value + 1, value - 1, value * 2, value + 2):
            if 1 <= other <= 12 and other != value and not (counted and (value == 1) != (other == 1)):
                word = names[other - 1]
                out.append(text[:words.start()] + (word.capitalize() if text[0].isupper() else word) + text[words.end():])
        return list(dict.fromkeys(out))
    if _DAY_OF_MONTH.fullmatch(text):
        return out  # "20 Sept": a day, which doubled is no date ("40 Sept")
    if re.search(r"\d\s*(?:hPa|mb|mbar|millibars?)\b", text):
        return out  # "a very low central pressure of 895 hPa": air pressure keeps to a narrow band, and 268 or 1432 hPa
        # is no pressure at all
    if re.fullmatch(r"\d{2,3}0s", text):
        return out  # "Lost to the Visigoths by the 620s": a decade of an early century, which scaled is one to come
    if re.fullmatch(r"\d{3,4}", text) and re.search(r"(?i)\b(?:in|since|until|c\.)\s*$", before):
        return out  # "Earlier eruptions in 920, 1612 and 1821": a year of three figures, which scaled is another
        # age's or one to come ("2208")
    if match is None or "×" in text or "^" in text or re.search(r"\d\s*[–-]\s*\d|\d[+−⁺⁻]", text) \
            or len(re.findall(r"\d+(?:[.,]\d+)*", text)) > 1:
        return out  # "6–8" is a range: changing one end does not make a number; "2+" is a charge, not an amount;
        # "15° and 30°" changed at one end may become "30° and 30°"
    if re.match(r"\s*(?:d\.p\.|decimal places|s\.f\.|sig(?:nificant)? fig)", text[match.end():] + " " + after, re.I):
        return out  # "to 2 d.p.": 10 decimal places is absurd, not wrong
    if re.fullmatch(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|heures?|horas?|ore))?", text, re.I) \
            or re.fullmatch(r"(?:[01]?\d|2[0-3])\s*(?:uhr|heures?|horas?|o'clock)", text, re.I):
        return out  # "8.30", "7.45 Uhr" are times of day: "16.60" or "14.90 Uhr" is no time at all
    if re.match(r"(?:1\d{3}|20\d{2})(?![\d,.])(?!\s*(?:[a-zµ°%]{1,3}\b|[µ°%]|m/s|(?:years?|months?|weeks?|days?|hours?|"
                r"minutes?|miles?|metres?|meters?|litres?|tonnes?|people|deaths|soldiers|troops|men|women|children)\b))",
                text):
        return out  # "1963", "the 2012 Olympic Park", "the 1890 census": a year wherever it stands, and 4024 or
        # "945 census" would be absurd
    if re.match(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_NAMES})\b", text[match.end():] + " " + after) \
            or re.search(rf"\b(?:{_MONTH_NAMES})\s*$", before):
        return out  # "28 October" is a day: "56 October" is none
    if re.search(r"(?i)\b(?:magnitude|ph|richter|grade|level|stage|scale|category|force)\s*(?:of\s*)?$", before):
        return out  # a place on a scale: a magnitude of 15.6 or a pH of 14 doubled is absurd, not wrong
    decimals = len(match.group(1) or "")
    commas = "," in match.group()
    base = float(match.group().replace(",", ""))
    whole = match.group().replace(",", "").split(".")[0]
    round_to = 10 ** (len(whole) - len(whole.rstrip("0"))) if base >= 10 and not answer.exact else 1  # "About
    # 6,900 ha": a figure given roughly is offered among figures as round
    figures = max(3, len(whole.rstrip("0"))) if decimals == 0 and len(whole) - len(whole.rstrip("0")) >= 3 else 0
    # ("579,000": three figures, and 926,400 beside it would leave the answer the one round figure)
    lasting = re.match(r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b", text[match.end():], re.I)
    factors = _SCALES[position] if position is not None else _FALSE_FACTORS
    stepping = _stepping(answer, before, after)
    counted = decimals == 0 and base <= 12 and not re.match(r"\s*(?:%|per ?cent|[a-zµ°Ω]{1,3}\b|[µ°Ω])",
                                                           text[match.end():] + " " + after, re.I)
    step = 1 if counted else stepping or _step(base)  # "forms ____ covalent bonds": 3, 5, 6 beside 4, never 10 or 16
    offsets = _STEPS[position] if position is not None else tuple(dict.fromkeys(o for s in _STEPS for o in s))
    by_steps = bool(stepping) or counted
    for factor in (offsets if by_steps else factors):
        value = round(base + factor * step, decimals) if by_steps else round(base * factor, decimals)  # half of 315 mm
        # is offered as 158 mm; a temperature moves by steps (27, 47, 57 °C beside 37 °C, not 9 or 74 °C)
        if not by_steps and decimals == 0 and round_to > 1:
            value = round(value / round_to) * round_to  # among 11,000 and 4,100, not 11,040 and 4,140: the one
            # round figure would be the answer
            if value == base:
                continue
        if figures and not by_steps and round_to == 1:
            value = round(value, figures - len(str(int(value))))
            if value == base:
                continue
        if value < 2 and decimals == 0 or value == 0:  # "1 moles" would not read
            continue
        if lasting and lasting.group().strip(" -").lower().startswith("hour") and base <= 24 < value:
            continue  # "26-hour shifts": no day is that long, so the statement is absurd, not false
        if value > 100 and re.search(r"(?i)life expectancy|\baged?\b|\byears? old\b|\blived? to\b",
                                     f"{before} {text} {after}"):
            continue  # "world life expectancy is about 292 years": no one lives that long, so absurd, not wrong
        whole = re.match(r"\s+(?:[a-z]+\s+){0,2}of\s+(?:the\s+|all\s+)?(\d[\d,]*)\b", f"{text[match.end():]} {after}")
        if whole and value > float(whole.group(1).replace(",", "")):
            continue  # "winning ____ of the 48 states": 67 of 48 is absurd, not wrong
        if (value > 100 or value == 100 > base) and re.search(r"%|per ?cent", text[match.end():]):
            continue  # "imports about 120% of its food": no share is more than the whole, and all of it is no share
        if base < 100 <= value and re.match(r"\s*°\s*C\b", text[match.end():]):
            continue  # "a water bath at 105 °C" boils: absurd, not wrong
        if base <= 180 < value and re.match(r"\s*°(?!\s*[CF]\b)", text[match.end():]):
            continue  # "at 270° to the coastline": an angle past a straight line is the same line seen the other way
        number = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
        written = text[:match.start()] + number + text[match.end():]
        if re.fullmatch(r"1\d{3}|20\d{2}", written):
            continue  # a bare 1050 ("replaced by 1050 regional ministries") reads as a year
        out.append(written)
    return list(dict.fromkeys(out))


_PH = re.compile(r"(?i)\s*ph\s*(\d+(?:\.\d+)?)\s*$")
"""A pH written as one ("pH 8")."""


def _same_side_of_neutral(answer: str, other: str, shown: str) -> bool:
    """Whether a wrong pH is acid where the line says acid, alkaline where it says alkaline (any pH where it says
    neither, or both)."""
    wrong = _PH.match(other)
    if not _PH.match(answer) or not wrong:
        return True
    acid, alkaline = re.search(r"\bacid", shown) is not None, re.search(r"\b(?:alkal|basic\b)", shown) is not None
    value = float(wrong.group(1))
    return acid == alkaline or (value < 7 if acid else value > 7)


def _inside(key: str, within: tuple[int | None, int | None]) -> bool:
    year = int(key.rsplit(":", 1)[-1])
    low, high = within
    return (low is None or year > low) and (high is None or year < high)


def _year_candidates(answer: Term, pool: Pool):
    if answer.form == "decade":
        decades = sorted({year // 10 * 10 for year in pool.years} - {answer.year})
        for decade in (decade for decade in decades if decade % 100):  # ("the 1900s" is as often the whole century)
            yield f"year:decade:{decade}", f"{decade}s", -abs(decade - answer.year) / 10
        return
    written = answer.text.strip()
    for year in pool.years:
        if year == answer.year or (year < 0) != (answer.year < 0):
            continue  # (a year BC is offered beside years BC, written as the answer is: "88 BC" for "91 BC")
        shown, asked = str(abs(year)), str(abs(answer.year))
        text = written.replace(asked, shown) if asked in written else shown
        # in the answer's own form: "13 August 1949" beside "13 August 1961", never "August 1949" to pick it out
        key = f"year:{answer.form}:{answer.month.lower()}:{year}"
        yield key, text, -abs(year - answer.year) / 6


def _shape_closeness(answer: Term, other: Term) -> float:
    """How alike two names or terms look: word count, capitals, length, ending, what a name names."""
    a, b = _bare(answer.text), _bare(other.text)
    score = 2.0 - min(2, abs(word_count(a) - word_count(b)))
    score += 2.0 if _case_shape(a) == _case_shape(b) else 0.0
    score += 1.0 - min(1.0, abs(len(a) - len(b)) / max(len(a), len(b)))
    if answer.kind == "name":
        if answer.category == other.category:
            score += 2.5
        elif {answer.category, other.category} == {"person", "single"}:
            score += 1.0
    if a.startswith('"') != b.startswith('"'):
        score -= 1.0
    if ("-" in a) == ("-" in b):
        score += 0.5
    if a.casefold().strip('"')[-3:] == b.casefold().strip('"')[-3:]:
        score += 1.5  # socialism with communism, decentralisation with collectivisation
    return score


def _case_shape(text: str) -> str:
    letters = text.replace("-", "").replace(" ", "")
    if len(letters) > 1 and letters.isupper():
        return "acronym"
    if text[:1].isdigit():
        return "ordinal"
    return "capital" if text[:1].isupper() else "lower"


_NOUN_ENDING = re.compile(r"(?i)(?:type|tion|sion|ment|ness|ity|ism|ship|ogy)s?$")
"""Endings only nouns have ("genotype", "mutation", "mitosis" has none)."""
_NOT_NOUNS = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must", "and", "or",
                        "but", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which",
                        "means", "gives", "makes", "causes", "forms", "does", "did", "not"})


def _attributive(shown: str, answer: Term) -> bool:
    """Whether a one-word answer stands before a noun it describes ("____ allele"); ``shown`` is the stem with the
    answer left out."""
    after = re.match(r"\s+([a-z]{3,})\b", shown[answer.start:]) if " " not in answer.text.strip() else None
    return after is not None and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith(("ed", "ly"))


def _bare(text: str) -> str:
    return text.strip()


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_STYLES = PERSON_STYLES | {"saint", "st", "the", "of", "river", "estuary", "lake", "loch", "mount", "mountains", "sea",
                           "bay", "city"}
"""Words that style a name rather than tell one person or place from another."""


def _same_person(one: str, other: str) -> bool:
    """Whether two names may be one person or place under different styles ("Princess Elizabeth", "Elizabeth I";
    "River Severn", "Severn Estuary"): one's names, titles, numerals and kinds of place aside, are all among the
    other's."""
    def core(name: str) -> set[str]:
        return {word for word in re.findall(r"[^\W\d_]+", name.casefold())
                if word not in _STYLES and not re.fullmatch(r"[ivxl]+", word)}
    if _ALIASES.get(_bare_name(one), _bare_name(one)) == _ALIASES.get(_bare_name(other), _bare_name(other)):
        return True  # "US" for "USA", "Britain" for "UK": one country
    first, second = core(one), core(other)
    return bool(first) and bool(second) and (first <= second or second <= first)


def _bare_name(name: str) -> str:
    """A name without "the" and full stops ("the U.S.A." is "usa"), as ``_ALIASES`` holds it."""
    return re.sub(r"^the\s+|\.", "", name.strip().casefold())


_ALIASES = {"us": "usa", "america": "usa", "united states": "usa", "united states of america": "usa",
            "uk": "uk", "britain": "uk", "great britain": "uk", "united kingdom": "uk",
            "ussr": "ussr", "soviet union": "ussr", "prc": "china", "people's republic of china": "china",
            "frg": "west germany", "gdr": "east germany", "ddr": "east germany"}
"""Names of one country ("US", "USA", "America"): never one another's wrong answer."""


def _elements(formula: str) -> set[str]:
    """The element symbols of a formula ("CaCl₂" gives Ca and Cl)."""
    return set(re.findall(r"[A-Z][a-z]?", formula))


def _elements_around(equation: str) -> set[str]:
    """The elements of an equation's other species (its words left out): what a product or reactant may be made of."""
    return set().union(*(_elements(token) for token in re.split(r"[\s+→⇌=,;:]+", equation)
                         if is_formula(token.strip("()[]"))))


def _particle(text: str) -> bool:
    """Whether a nuclear symbol is a particle's ("⁰₋₁e", "¹₀n", "⁴₂α"): its letter small or Greek, where a nuclide's
    is an element's capital ("¹³¹₅₄Xe")."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not letters[0].isupper()


def _style(name: str) -> str:
    """The style a person's name opens on ("prince" of "Prince Arthur"), or "" for a bare name: an option styled
    alone among bare names, or bare among princes, stands out by its form."""
    first = name.strip().split(" ", 1)[0].casefold().rstrip(".")
    return first if first in PERSON_STYLES and " " in name.strip() else ""


_OVERLAPPING = tuple(frozenset(group.split(",")) for group in (
    "kinetic energy,internal energy,thermal energy,heat energy,heat", "speed,velocity",
    "final velocity,terminal velocity", "distance,displacement", "weight,force", "current,charge flow"))
"""Quantities that hold or stand for each other: one for the other makes a statement roughly true, not false."""


def _overlapping_quantities(answer: str, other: str) -> bool:
    """Whether two terms name quantities of one group (their last words, "average kinetic energy" as "kinetic
    energy")."""
    def named(text: str) -> set[int]:
        bare = " ".join(re.findall(r"[a-z]+", text.casefold()))
        return {index for index, group in enumerate(_OVERLAPPING) if any(re.search(rf"(?:^| ){re.escape(item)}$", bare)
                                                                       for item in group)}
    return bool(named(answer) & named(other))


def _forename(name: str) -> bool:
    """Whether a person is named by a given name alone ("James", as a prince is): an option so named stands out among
    surnames ("Coleman", "Newton")."""
    return " " not in name.strip() and name.strip().casefold() in GIVEN_NAMES


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` by its initials ("LBJ" for "Lyndon B. Johnson"), or ends on the initial of the one
    surname it stands beside ("JFK" beside "Kennedy")."""
    letters = short.strip()
    if not re.fullmatch(r"[A-Z]{2,4}", letters):
        return False
    initials = capital_initials(name)
    return bool(initials) and (initials == letters or len(initials) == 1 and len(name.split()) == 1
                               and initials == letters[-1] and len(name.strip()) > 2)


def _overlaps(key: str, other: str) -> bool:
    """Whether two keys are the same or one holds the other's words (``Party`` and ``Party committees``)."""
    if key == other:
        return True
    a, b = key.split(":")[-1].split(), other.split(":")[-1].split()
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))
