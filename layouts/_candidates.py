"""Every question the pack could give, scored, for the allocator to choose from.

A candidate is cheap to list (a score and the points it would use); the
question itself is built only when chosen, because drawing wrong answers
from a large pack costs more than scoring.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from ..source.model import Pack, Point
from ._distractors import Pool, build_pool, distractors
from ._questions import Choice, Event, Gap, Pair, PointRef, Question, Segment, Short, TrueFalse
from ._terms import MONTHS, PackWords, Term, pack_words, starts_with_pronoun, terms_of, word_count

MAX_BLANKS = 3
"""A gap-fill sentence hides at most this many terms; more would leave too little to go on."""
MAX_SHORT_MARKS = 6
"""A short answer is worth one mark per point on its card, up to this."""
_EXPLAIN_WORDS = ("motive", "reason", "cause", "why", "impact", "effect", "consequence", "significance",
                  "importance", "success", "failure", "result", "aim", "outcome")
_YEAR_IN_TEXT = re.compile(r"(?<![\w,.])(?:1[0-9]{3}|20[0-9]{2})(?!\w)")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|by|from|during|until|since|on)\s+$", re.I)
_CONNECTIVE = re.compile(r"^(?:so|and|but|then|also|thus|therefore),?\s+", re.I)


@dataclass
class Candidate:
    """A question that could be asked."""

    score: float
    """Higher is better."""
    uses: tuple[PointRef, ...]
    """The points it would print or mark against."""
    build: Callable[[int], Question | None]
    """Makes the question (given how many its section already has); None if it cannot after all."""
    card: int | None = None
    """For matching and short answers, the card it is about."""
    event: Event | None = None
    """For the timeline, the event."""


SAMPLE_POINTS = 2000
"""A large pack is read from a seeded sample of its cards holding about this many points (or more,
when many questions are asked for): a worksheet needs dozens of questions, not every point's."""


class Source:
    """The pack read once for question-making: its terms, its distractor pool, a seeded random source."""

    def __init__(self, pack: Pack, rng: random.Random, wanted: int = 0):
        self.pack = pack
        self.rng = rng
        self.cards = _sample(pack, rng, max(SAMPLE_POINTS, 4 * wanted))
        """Indices of the cards questions are made from (every card, unless the pack is large)."""
        self.words: PackWords = pack_words(pack.cards[index] for index in self.cards)
        self.refs = tuple(PointRef(c, p) for c in self.cards for p in range(len(pack.cards[c].points)))
        self.terms: dict[PointRef, tuple[Term, ...]] = {ref: terms_of(self.point(ref), self.words) for ref in self.refs}
        self.pool: Pool = build_pool(list(self.terms.values()))
        self.decades = len({year // 10 for year in self.pool.years})
        self.titles: list[str] = []
        """Card titles printed on the sheet so far: an answer printed in one is a giveaway."""

    def point(self, ref: PointRef) -> Point:
        return self.pack.cards[ref.card].points[ref.point]

    def jitter(self) -> float:
        return self.rng.random()

    def hideable(self, ref: PointRef) -> list[Term]:
        """Terms that can be hidden: printed once in their point and in no title on the sheet."""
        text = self.point(ref).text.casefold()
        return [term for term in self.terms[ref]
                if text.count(term.text.casefold()) == 1 and not self.in_titles(term.text)]

    def in_titles(self, text: str) -> bool:
        pattern = re.compile(r"(?<!\w)" + re.escape(text.strip('"“”').casefold()) + r"(?!\w)")
        return any(pattern.search(title.casefold()) for title in self.titles)

    def has_alternatives(self, term: Term, needed: int) -> bool:
        """A quick test that the pack holds ``needed`` wrong answers of the term's kind."""
        if term.kind == "year":
            return (self.decades if term.form == "decade" else len(self.pool.years)) > needed
        return len(self.pool.terms.get(term.kind, ())) > needed

    def context(self, ref: PointRef, hidden: list[Term]) -> tuple[Segment, ...]:
        """The card's title before a point that starts "He …" or "It …", unless it gives an answer away."""
        text = self.point(ref).text
        title = self.pack.cards[ref.card].title
        if not starts_with_pronoun(text) or any(term.text.strip('"').casefold() in title.casefold() for term in hidden):
            return ()
        if title.casefold() in text.casefold():
            return ()  # the point names its subject already
        return (Segment(f"{title}: ", "context"),)

    def segments(self, ref: PointRef, replaced: dict[int, Segment]) -> tuple[Segment, ...]:
        """The point as segments, with the terms starting at the keys of ``replaced`` swapped for its values."""
        text = self.point(ref).text
        out: list[Segment] = []
        cursor = 0
        marked = [(span.start, span.end) for span in self.point(ref).terms]
        hidden = [(term.start, term.end) for term in self.terms[ref] if term.start in replaced]
        for start, end in sorted(set(marked) | set(hidden)):
            if start > cursor:
                out.append(Segment(text[cursor:start], "text"))
            out.append(replaced.get(start, Segment(text[start:end], "term")))
            cursor = end
        if cursor < len(text):
            out.append(Segment(text[cursor:], "text"))
        return tuple(out)


def _sample(pack: Pack, rng: random.Random, points: int) -> tuple[int, ...]:
    """All card indices, or for a large pack a seeded sample of cards holding about ``points`` points."""
    if sum(len(card.points) for card in pack.cards) <= points:
        return tuple(range(len(pack.cards)))
    order = list(range(len(pack.cards)))
    rng.shuffle(order)
    chosen, held = [], 0
    for index in order:
        if held >= points:
            break
        chosen.append(index)
        held += len(pack.cards[index].points)
    return tuple(sorted(chosen))


def _length_score(text: str, best: int = 16) -> float:
    words = word_count(text)
    return -abs(words - best) / 8 - (2.0 if words < 5 else 0.0)


# -- gap fill ----------------------------------------------------------------

def gap_candidates(source: Source) -> list[Candidate]:
    out = []
    for ref in source.refs:
        terms = source.terms[ref]
        if not terms:
            continue
        count = min(len(terms), blanks_for(source.point(ref).text))
        score = {1: 3.0, 2: 3.0, 3: 1.5}[count] + (1.0 if terms[0].marked else 0.0) - 0.5 * (len(terms) - count)
        score += _length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _gap(source, ref)))
    return out


def blanks_for(text: str) -> int:
    """How many blanks a sentence can take and still be answerable: one per seven words, one to three."""
    return max(1, min(MAX_BLANKS, word_count(text) // 7))


def _gap(source: Source, ref: PointRef) -> Gap | None:
    hideable = source.hideable(ref)
    if not hideable:
        return None
    ranked = sorted(hideable, key=lambda term: (-_KIND_PREFERENCE[term.kind], source.pool.frequency_of(term), term.start))
    keep = set(id(term) for term in ranked[:blanks_for(source.point(ref).text)])
    hidden = [term for term in hideable if id(term) in keep]
    labels = "abc" if len(hidden) > 1 else ("",) * MAX_BLANKS
    replaced = {term.start: Segment(term.text, "blank", labels[i]) for i, term in enumerate(hidden)}
    return Gap(ref, source.context(ref, hidden) + source.segments(ref, replaced), tuple(term.inline for term in hidden))


# -- multiple choice ---------------------------------------------------------

_KIND_PREFERENCE = {"year": 1.0, "name": 1.0, "term": 1.2, "number": 0.6}


def choice_candidates(source: Source) -> list[Candidate]:
    out = []
    for ref in source.refs:
        usable = [term for term in source.terms[ref] if source.has_alternatives(term, 3)]
        if not usable:
            continue
        best = max(_KIND_PREFERENCE[term.kind] - 0.1 * source.pool.frequency_of(term) for term in usable)
        score = 2.0 + best + _length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _choice(source, ref)))
    return out


def _choice(source: Source, ref: PointRef) -> Choice | None:
    terms = source.hideable(ref)
    terms.sort(key=lambda term: (-_KIND_PREFERENCE[term.kind] + 0.1 * source.pool.frequency_of(term), term.start))
    text = source.point(ref).text
    for term in terms:
        shown = text[:term.start] + text[term.end:]
        avoid = tuple(other.key for other in source.terms[ref])
        wrong = distractors(term, source.pool, source.rng, 3, shown, avoid)
        if wrong is None:
            continue
        at_start = term.start == 0
        options = (term.text,) + tuple(_capitalised(option) if at_start else option for option in wrong)
        segments = source.context(ref, [term]) + source.segments(ref, {term.start: Segment(term.text, "blank")})
        return Choice(ref, segments, options, 0, term.kind)
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- true or false -----------------------------------------------------------

def true_false_candidates(source: Source, pattern: list[bool]) -> list[Candidate]:
    """``pattern[i]`` says whether the i-th statement chosen should be true."""
    out = []
    for ref in source.refs:
        swappable = any(source.has_alternatives(term, 1) for term in source.terms[ref])
        score = (2.0 if swappable else 0.0) + _length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _true_false(source, ref, pattern[index % len(pattern)])))
    return out


def _true_false(source: Source, ref: PointRef, true: bool) -> TrueFalse | None:
    if true:
        return TrueFalse(ref, source.context(ref, []) + source.segments(ref, {}), True)
    text = source.point(ref).text
    for term in source.hideable(ref):
        shown = text[:term.start] + text[term.end:]
        wrong = distractors(term, source.pool, source.rng, 1, shown, tuple(other.key for other in source.terms[ref]))
        if wrong is None:
            continue
        swap = _capitalised(wrong[0]) if term.start == 0 else wrong[0]
        segments = source.context(ref, [term]) + source.segments(ref, {term.start: Segment(swap, "swap")})
        return TrueFalse(ref, segments, False, term.text)
    return None


# -- matching ----------------------------------------------------------------

def match_candidates(source: Source) -> list[Candidate]:
    """One candidate per (card, point): the allocator takes at most one per card."""
    out = []
    titles = {index: set(_content_words(source.pack.cards[index].title)) for index in source.cards}
    in_titles: dict[str, int] = {}  # word -> how many titles hold it
    for words in titles.values():
        for word in words:
            in_titles[word] = in_titles.get(word, 0) + 1
    for ref in source.refs:
        card = source.pack.cards[ref.card]
        text = source.point(ref).text
        words = set(_content_words(text))
        own = titles[ref.card]
        score = _length_score(text, best=12) + 0.75 * min(2, len(source.point(ref).terms)) + source.jitter() * 0.5
        if own and len(words & own) * 2 >= len(own):
            score -= 2.0  # the point repeats the title: too easy
        # words shared with other titles make it ambiguous
        score -= min(3.0, 0.5 * sum(in_titles.get(word, 0) - (word in own) for word in words))
        pair = Pair(ref.card, card.title, ref, text)
        out.append(Candidate(score, (ref,), lambda index, pair=pair: pair, card=ref.card))
    return out


def _content_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.casefold()) if len(word) > 3]


# -- timeline ----------------------------------------------------------------

def event_candidates(source: Source) -> list[Candidate]:
    out = []
    for index in source.cards:
        card = source.pack.cards[index]
        when = _when(card.date or "")
        if when is not None:
            event = Event(card.title, card.date, when, index)
            score = 2.0 + (0.5 if when[1] else 0.0) - max(0, word_count(card.title) - 8) / 5
            # Its points that give the year away are kept off the sheet.
            telling = tuple(PointRef(index, p) for p, point in enumerate(card.points) if str(when[0]) in point.text)
            out.append(Candidate(score + source.jitter(), telling, lambda i, event=event: event, card=index, event=event))
    for ref in source.refs:
        text = source.point(ref).text
        years = [term for term in source.terms[ref] if term.kind == "year" and term.form != "decade"]
        if len(years) != 1 or len(_YEAR_IN_TEXT.findall(text)) != 1:
            continue
        described = _without_date(text, years[0])
        if described is None:
            continue
        event = Event(described, years[0].text, (years[0].year, _month(years[0].month)), ref)
        score = -max(0, word_count(described) - 12) / 5 - (1.0 if starts_with_pronoun(described) else 0.0)
        out.append(Candidate(score + source.jitter(), (ref,), lambda i, event=event: event, event=event))
    return out


def _when(date: str) -> tuple[int, int] | None:
    year = _YEAR_IN_TEXT.search(date)
    if year is None:
        return None
    month = next((m for m in MONTHS if m.casefold() in date.casefold()), "")
    return (int(year.group()), _month(month))


def _month(name: str) -> int:
    return next((index + 1 for index, month in enumerate(MONTHS) if month.casefold() == name.casefold()), 0)


def _without_date(text: str, term: Term) -> str | None:
    """The point with "in 1957" taken out, as a sentence; None when that would not read."""
    before, after = text[:term.start], text[term.end:]
    preposition = _YEAR_PREPOSITION.search(before)
    if preposition is None:
        return None
    head = before[:preposition.start()].rstrip()
    tail = after.lstrip(", ") if not head else after
    joined = head + (" " if head and tail[:1].isalnum() else "") + tail
    joined = _CONNECTIVE.sub("", re.sub(r"\s+", " ", joined).strip())
    if not joined or word_count(joined) < 3:
        return None
    joined = joined[0].upper() + joined[1:]
    first = joined.split(" ", 1)[0].lower()
    if first in ("this", "it", "these", "those", "such", "its"):
        return None
    return joined


def conflicts(first: Event, second: Event) -> bool:
    """Whether two events cannot be told apart in time (same year, and same or unknown month)."""
    (year_a, month_a), (year_b, month_b) = first.when, second.when
    return year_a == year_b and (month_a == month_b or not month_a or not month_b)


# -- short answer ------------------------------------------------------------

def short_candidates(source: Source) -> list[Candidate]:
    out = []
    for index in source.cards:
        card = source.pack.cards[index]
        count = len(card.points)
        if count < 2:
            continue
        refs = tuple(PointRef(index, p) for p in range(count))
        prompt = short_prompt(card.title, source.words)
        termless = sum(1 for ref in refs if not source.terms[ref]) / count
        score = (2.0 if 3 <= count <= MAX_SHORT_MARKS else 1.0 if count > MAX_SHORT_MARKS else 0.0)
        score += (1.0 if prompt.startswith("Explain") else 0.0) + 1.5 * termless + source.jitter()
        question = Short(index, prompt, min(count, MAX_SHORT_MARKS), refs)
        out.append(Candidate(score, refs, lambda i, question=question: question, card=index))
    return out


def short_prompt(title: str, words: PackWords) -> str:
    """An "Explain …" or "Describe …" question from a card's title."""
    text = title.strip().rstrip(".:")
    if text.endswith("?"):
        return text
    first, _, rest = text.partition(" ")
    if first.lower() in ("how", "why", "what", "who", "whether", "when", "where"):
        return f"Explain {first.lower()} {rest}.".replace(" .", ".")
    verb = "Explain" if any(word in text.lower() for word in _EXPLAIN_WORDS) else "Describe"
    proper = first in words.proper or first[:1].isdigit() or (len(first) > 1 and first.isupper())
    if first.lower() in ("the", "a", "an"):
        return f"{verb} {first.lower()} {rest}."
    if first.endswith(("'s", "’s")) or (proper and first in words.possessive):
        return f"{verb} {text}."
    lead = first if proper else first[:1].lower() + first[1:]
    return f"{verb} the {lead}{' ' + rest if rest else ''}."
