"""Multiple choice on a glossary's terms: which of a card's terms one of its definitions defines ("Key terms: ____ –
a large molecule made of many repeating monomers", Polymer, Monomer, Hydrolysis or Condensation reaction).

The wrong options are the card's own other defined terms, so every option is of the one kind the card teaches and a
student who has not learned the definitions cannot tell them apart; none that the definition echoes, that holds or
is held by the answer, that differs from it in number ("Monomers" beside "Polymer"), or that another question prints.
Asked only where no year could be (see ``allocate``), after matching has had its definitions."""
from __future__ import annotations

import re

from .claims import echoes
from .material import Candidate, Material, holds, length_score
from .matching import ASIDE_AFTER_TERM, definitions, share_words, title_words
from .questions import Choice, PointRef, Segment
from .candidates import shown_text
from .words import singular

MIN_TERMS = 4
"""How many defined terms a card needs: the answer and three wrong options, all its own."""


def definition_choice_candidates(source: Material) -> list[Candidate]:
    """One candidate per definition of a card that defines ``MIN_TERMS`` terms or more."""
    by_card: dict[int, list[tuple[PointRef, str, str]]] = {}
    for ref, term, meaning in definitions(source):
        by_card.setdefault(ref.card, []).append((ref, term, meaning))
    out = []
    for items in by_card.values():
        if len({term.casefold() for _, term, _ in items}) < MIN_TERMS:
            continue
        terms = tuple(term for _, term, _ in items)
        for ref, term, meaning in items:
            score = 1.5 + length_score(meaning, best=10) + source.jitter()
            out.append(Candidate(score, (ref,), lambda index, ref=ref, term=term, meaning=meaning, terms=terms:
                                 _defined_choice(source, ref, term, meaning, terms)))  # (each card's own terms)
    return out


def _defined_choice(source: Material, ref: PointRef, term: str, meaning: str, terms: tuple[str, ...]) -> Choice | None:
    """The question on one definition, its wrong options three of ``terms`` (its card's); None where it cannot be
    fair."""
    if len(term) >= 6 and any(word[:4] == term.casefold()[:4] for word in re.findall(r"[a-z]{5,}", meaning.casefold())):
        return None  # "____ – liquid that passes through the filter paper": a word of it opens as Filtrate does
    hidden = next((found for found in source.terms.get(ref, ()) if found.text.strip() == term), None)
    if hidden is None or hidden not in source.hideable(ref):
        return None
    asked = {answer.casefold() for answer in source.answers}
    printed = source.printed()
    wrong = sorted({other for other in terms if _fits(other, term, meaning) and other.casefold() not in asked
                    and not holds(printed, other.casefold())})  # (a term another question defines is ruled out)
    if len(wrong) < 3:
        return None
    wrong = source.rng.sample(wrong, 3)
    context = source.context(ref, [hidden])
    if context is None:
        return None
    segments = _unnamed(context + source.segments(ref, {hidden.start: Segment(hidden.text, "blank")}))
    options = (term, *wrong)
    visible = [shown_text(segments), *options]
    if source.gives_away(visible, [term]):
        return None
    source.ask(hidden)
    source.record(visible, [term])
    source.offered += [option.casefold() for option in wrong]
    source.wrong_sets.append(frozenset(option.casefold() for option in wrong))
    return Choice(ref, segments, options, 0, "term")


def _unnamed(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """The question without the symbol or short name its term carries in brackets ("____ (λ) – the distance …"): it
    names the answer to anyone who knows the symbol."""
    out = list(segments)
    for index, segment in enumerate(out[:-1]):
        after = out[index + 1]
        if segment.role == "blank" and after.role == "text":
            aside = ASIDE_AFTER_TERM.match(after.text)
            out[index + 1] = Segment(after.text[aside.end():] if aside else after.text, "text")
    return tuple(out)


def _fits(other: str, term: str, meaning: str) -> bool:
    """Whether another of the card's terms stands as a wrong option: of the answer's number, not inside it nor it
    inside the other ("Condensation" beside "Condensation reaction"), and not a word the definition echoes ("Monomer –
    … to form a polymer" rules out Polymer at sight)."""
    one, two = other.casefold(), term.casefold()
    return one != two and one not in two and two not in one and _plural(other) == _plural(term) \
        and not share_words(title_words(other), title_words(meaning)) and not echoes(meaning, other)


def _plural(term: str) -> bool:
    """Whether a term reads as a plural (its last word not its own singular)."""
    last = term.split()[-1].casefold() if term.split() else ""
    return singular(last) != last
