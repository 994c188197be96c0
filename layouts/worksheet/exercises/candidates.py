"""Every gap fill, multiple choice, true or false, matching and short answer the pack could give, scored."""
from __future__ import annotations

import re

from .distractors import distractors
from .questions import Choice, Gap, Pair, PointRef, Segment, Short, TrueFalse
from .material import Candidate, Material, length_score
from .terms import PackWords, word_count

MAX_BLANKS = 3
"""A gap-fill sentence hides at most this many terms; more would leave too little to go on."""
MAX_SHORT_MARKS = 6
"""A short answer is worth one mark per point on its card, up to this."""
_EXPLAIN_WORDS = ("motive", "reason", "cause", "why", "impact", "effect", "consequence", "significance",
                  "importance", "success", "failure", "result", "aim", "outcome")


# -- gap fill ----------------------------------------------------------------

def gap_candidates(source: Material) -> list[Candidate]:
    out = []
    for ref in source.refs:
        terms = source.terms[ref]
        if not terms:
            continue
        count = min(len(terms), blanks_for(source.point(ref).text))
        score = {1: 3.0, 2: 3.0, 3: 1.5}[count] + (1.0 if terms[0].marked else 0.0) - 0.5 * (len(terms) - count)
        score += length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _gap(source, ref)))
    return out


def blanks_for(text: str) -> int:
    """How many blanks a sentence can take and still be answerable: one per seven words, one to three."""
    return max(1, min(MAX_BLANKS, word_count(text) // 7))


def _gap(source: Material, ref: PointRef) -> Gap | None:
    hideable = source.hideable(ref)
    if not hideable:
        return None
    ranked = sorted(hideable, key=lambda term: (-_KIND_PREFERENCE[term.kind], source.pool.frequency_of(term), term.start))
    count = blanks_for(source.point(ref).text) if ranked[0].marked else 1  # one found name or year is enough
    keep = set(id(term) for term in ranked[:count])
    hidden = [term for term in hideable if id(term) in keep]
    source.asked.update(term.key for term in hidden)
    labels = "abc" if len(hidden) > 1 else ("",) * MAX_BLANKS
    replaced = {term.start: Segment(term.text, "blank", labels[i]) for i, term in enumerate(hidden)}
    return Gap(ref, source.context(ref, hidden) + source.segments(ref, replaced), tuple(term.inline for term in hidden))


# -- multiple choice ---------------------------------------------------------

_KIND_PREFERENCE = {"year": 1.0, "name": 1.0, "term": 1.2, "number": 0.6}


def choice_candidates(source: Material) -> list[Candidate]:
    out = []
    for ref in source.refs:
        usable = [term for term in source.key_terms(ref) if source.has_alternatives(term, 3)]
        if not usable:
            continue
        best = max(_KIND_PREFERENCE[term.kind] - 0.1 * source.pool.frequency_of(term) for term in usable)
        score = 2.0 + best + length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _choice(source, ref)))
    return out


def _choice(source: Material, ref: PointRef) -> Choice | None:
    terms = [term for term in source.hideable(ref) if term in source.key_terms(ref)]
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
        source.asked.add(term.key)
        return Choice(ref, segments, options, 0, term.kind)
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- true or false -----------------------------------------------------------

def true_false_candidates(source: Material, quota: dict[bool, int]) -> list[Candidate]:
    """``quota`` holds how many true and how many false statements are still wanted; a statement is made
    false where its point allows and false ones are wanted, else true."""
    out = []
    for ref in source.refs:
        swappable = any(source.has_alternatives(term, 1) for term in source.key_terms(ref))
        score = (2.0 if swappable else 0.0) + length_score(source.point(ref).text) + source.jitter()
        out.append(Candidate(score, (ref,), lambda index, ref=ref: _statement(source, ref, quota)))
    return out


def _statement(source: Material, ref: PointRef, quota: dict[bool, int]) -> TrueFalse | None:
    for true in (False, True):
        if quota[true] > 0:
            statement = _true_false(source, ref, true)
            if statement is not None:
                quota[true] -= 1
                return statement
    return None


def _true_false(source: Material, ref: PointRef, true: bool) -> TrueFalse | None:
    if true:
        return TrueFalse(ref, source.context(ref, []) + source.segments(ref, {}), True)
    text = source.point(ref).text
    for term in [term for term in source.hideable(ref) if term in source.key_terms(ref)]:
        shown = text[:term.start] + text[term.end:]
        wrong = distractors(term, source.pool, source.rng, 1, shown, tuple(other.key for other in source.terms[ref]))
        if wrong is None:
            continue
        swap = _capitalised(wrong[0]) if term.start == 0 else wrong[0]
        segments = source.context(ref, [term]) + source.segments(ref, {term.start: Segment(swap, "swap")})
        source.asked.add(term.key)
        return TrueFalse(ref, segments, False, term.text)
    return None


# -- matching ----------------------------------------------------------------

def match_candidates(source: Material) -> list[Candidate]:
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
        score = length_score(text, best=12) + 0.75 * min(2, len(source.point(ref).terms)) + source.jitter() * 0.5
        if own and len(words & own) * 2 >= len(own):
            score -= 2.0  # the point repeats the title: too easy
        # words shared with other titles make it ambiguous
        score -= min(3.0, 0.5 * sum(in_titles.get(word, 0) - (word in own) for word in words))
        pair = Pair(ref.card, card.title, ref, text)
        out.append(Candidate(score, (ref,), lambda index, pair=pair: pair, card=ref.card))
    return out


def _content_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.casefold()) if len(word) > 3]


def title_words(title: str) -> set[str]:
    """A title's content words, plural ``s`` dropped, for telling alike titles apart."""
    return {word[:-1] if word.endswith("s") and not word.endswith("ss") else word for word in _content_words(title)}


# -- short answer ------------------------------------------------------------

def short_candidates(source: Material) -> list[Candidate]:
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
