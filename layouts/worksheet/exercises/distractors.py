"""Wrong answers of the right kind, drawn from elsewhere in the pack.

Years are offered with years (in the answer's form: ``February 1957`` beside
``February 1956``), numbers with numbers (same unit first), names with names
and other terms with terms, the closest in shape first. No two options are
equivalent, and none is printed in the question it belongs to.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .terms import Term, unit_of, word_count


@dataclass(frozen=True)
class Pool:
    """Every distinct term of the pack by kind, for drawing distractors from."""

    terms: dict[str, tuple[Term, ...]]
    """Kind to distinct terms (by key), in pack order."""
    years: tuple[int, ...]
    """Every distinct year in the pack, ascending."""
    frequency: dict[str, int] = field(default_factory=dict)
    """Key to the number of points it appears in."""

    def frequency_of(self, term: Term) -> int:
        return self.frequency.get(term.key, 0)


def build_pool(terms_by_point: list[tuple[Term, ...]]) -> Pool:
    """The pool from every point's terms (marked or found)."""
    seen: dict[str, Term] = {}
    frequency: dict[str, int] = {}
    years: set[int] = set()
    for terms in terms_by_point:
        for key in dict.fromkeys(term.key for term in terms):
            frequency[key] = frequency.get(key, 0) + 1
        for term in terms:
            seen.setdefault(term.key, term)
            if term.kind == "year" and term.form != "decade":
                years.add(term.year)
    by_kind: dict[str, list[Term]] = {}
    for term in seen.values():
        by_kind.setdefault(term.kind, []).append(term)
    return Pool({kind: tuple(terms) for kind, terms in by_kind.items()}, tuple(sorted(years)), frequency)


def distractors(answer: Term, pool: Pool, rng: random.Random, count: int, shown: str = "",
                avoid: tuple[str, ...] = (), strict: bool = True) -> tuple[str, ...] | None:
    """``count`` distinct wrong answers of ``answer``'s kind, or None when the pack has too few.

    ``shown`` is the text printed around the answer: an option found in it is
    left out (it would be a giveaway). ``avoid`` holds keys to leave out too.
    ``strict`` keeps numbers to the answer's unit (``four hours`` is no
    alternative to ``several million`` in a sentence).
    """
    shown_folded = shown.casefold()
    taken = {answer.key, *avoid}
    scored: list[tuple[float, str, str]] = []
    for key, text, score in _candidates(answer, pool, strict):
        if key in taken or _overlaps(key, answer.key) or text.casefold() in shown_folded:
            continue
        scored.append((score + rng.random(), key, text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[str, str]] = []
    for _, key, text in scored:
        if any(_overlaps(key, other) for other, _ in chosen):
            continue
        chosen.append((key, text))
        if len(chosen) == count:
            return tuple(text for _, text in chosen)
    return None


def _candidates(answer: Term, pool: Pool, strict: bool):
    """(key, text, closeness) of every same-kind term but the answer."""
    if answer.kind == "year":
        yield from _year_candidates(answer, pool)
        return
    unit = unit_of(answer) if answer.kind == "number" else ""
    for term in pool.terms.get(answer.kind, ()):
        if answer.kind == "number":
            if strict and unit_of(term) != unit:
                continue
            score = 0.0
        else:
            score = _shape_closeness(answer, term)
        if not term.marked:
            score -= 2.0
        yield term.key, term.inline, score


def _year_candidates(answer: Term, pool: Pool):
    if answer.form == "decade":
        decades = sorted({year // 10 * 10 for year in pool.years} - {answer.year})
        for decade in decades:
            yield f"year:decade:{decade}", f"{decade}s", -abs(decade - answer.year) / 10
        return
    for year in pool.years:
        if year == answer.year:
            continue
        text = f"{answer.month} {year}" if answer.form == "month" else str(year)
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


def _bare(text: str) -> str:
    return text.strip()


def _overlaps(key: str, other: str) -> bool:
    """Whether two keys are the same or one holds the other's words (``Party`` and ``Party committees``)."""
    if key == other:
        return True
    a, b = key.split(":")[-1].split(), other.split(":")[-1].split()
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))
