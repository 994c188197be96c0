"""Timeline events: cards with a ``date:`` and points with one year, told apart by date."""
from __future__ import annotations

import re

from .questions import Event, PointRef
from .material import Candidate, Material
from .kinds import names_event
from .terms import MONTHS, Term, starts_with_pronoun, word_count

_YEAR_IN_TEXT = re.compile(r"(?<![\w,.])(?:1[0-9]{3}|20[0-9]{2})(?!\w)")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|by|from|during|until|since|on)\s+$", re.I)
_STATE = re.compile(r"\b(?:was|were|is|are|remained|remains|stayed)\s+(?:still|not\s+yet)\b", re.I)
"""A state ("living conditions were still backward"), which has no moment to place on a timeline."""
_DANGLING = re.compile(r"\b\w+ing[.!]?$")
"""An event whose date was the end of its sentence after a verb in -ing ("…, finishing in 1512")."""
_CONNECTIVE = re.compile(r"^(?:so|and|but|then|also|thus|therefore),?\s+", re.I)


def event_candidates(source: Material) -> list[Candidate]:
    out = []
    for index in source.cards:
        card = source.pack.cards[index]
        when = _when(card.date or "")
        if when is not None and not names_event(card.title) and any(
                str(when[0]) in source.point(ref).text for ref in source.content(index)):
            continue  # "Michelangelo", "Eyewitness testimony": a point of the card tells what happened that year
        if when is not None and not surveys(card.title):
            event = Event(card.title, card.date, when, index)
            score = 2.0 + (0.5 if when[1] else 0.0) - max(0, word_count(card.title) - 8) / 5
            # Its points that give the year away are kept off the sheet.
            telling = tuple(PointRef(index, p) for p, point in enumerate(card.points) if str(when[0]) in point.text)
            out.append(Candidate(score + source.jitter(), telling, lambda i, event=event: event, card=index, event=event))
    for ref, event in _point_events(source):
        score = -max(0, word_count(event.text) - 12) / 5 - (1.0 if starts_with_pronoun(event.text) else 0.0)
        out.append(Candidate(score + source.jitter(), (ref,), lambda i, event=event: event, event=event))
    return out


def _point_events(source: Material) -> list[tuple[PointRef, Event]]:
    """The points with one year that read as something that happened then, with the year taken out."""
    out = []
    for ref in source.refs:
        text = source.point(ref).text
        years = [term for term in source.terms[ref] if term.kind == "year" and term.form != "decade"]
        if len(years) != 1 or len(_YEAR_IN_TEXT.findall(text)) != 1:
            continue
        described = _without_date(text, years[0])
        if described is None or _STATE.search(described) or _DANGLING.search(described) \
                or starts_with_pronoun(described):
            continue  # "He painted …": on a timeline no title says who; "…, finishing." says no more when
        out.append((ref, Event(described, years[0].text, (years[0].year, _month(years[0].month)), ref)))
    return out


_SURVEY = {"history", "histories", "timeline", "overview", "introduction", "development", "developments", "origins",
           "summary", "chronology", "background", "dates", "story", "survey"}


_IDEAS = {"theory", "theories", "problem", "problems", "argument", "arguments", "debate", "ethics", "philosophy",
          "principle", "principles", "method", "model", "concept", "idea", "ideas"}


def surveys(title: str) -> bool:
    """Whether a card's title names a stretch of time or an idea rather than a moment ("History of computing", "Key
    dates", "Utilitarianism"): its ``date:`` is where the story or the idea starts, and the title is no event to
    place."""
    words = re.findall(r"[a-z]+", title.casefold())
    return bool(set(words) & _SURVEY) or bool(words) and (words[-1] in _IDEAS or len(words[-1]) > 5 and words[-1].endswith(
        ("ism", "ics")))  # "Utilitarianism", "Kantian ethics", "Trolley problem": an idea, not an event


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
