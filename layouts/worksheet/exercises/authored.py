"""The teacher's own questions (a pack's ``questions:``) as worksheet questions, ready for their sections.

An authored question is printed as written: an ``mcq`` keeps its options (the
right one first until a version shuffles them), a ``gap`` blanks its
``**terms**``, a false ``tf`` keeps its ``**wrong part**`` for the key, a
``short`` carries its own mark scheme, a ``match`` is a block of its own and an
``order`` is a timeline. They take their places before generated questions,
and no generated question may use a point that shows one of their answers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat

from ....source.dates import when
from ....source.model import AuthoredQuestion, Pack, Point
from .questions import (LETTERS, AuthoredRef, Choice, Event, Gap, Match, Pair, PointRef, Question, Segment, Short,
                        Timeline, TrueFalse)

SECTION_OF = {"mcq": "mcq", "gap": "gap", "tf": "tf", "short": "short", "match": "match", "order": "timeline"}
"""The worksheet section each kind of authored question goes in."""
_WRITE_ON_LINE = re.compile(r"_{3,}")


@dataclass(frozen=True)
class Authored:
    """The pack's own questions, by section, in the pack's order."""

    questions: dict[str, tuple[Question, ...]]
    """Section name to its authored questions (only sections asked for)."""
    answers: tuple[str, ...]
    """The answers they ask for, as written: a point showing one would give it away."""

    @property
    def words(self) -> tuple[str, ...]:
        """The gap fills' answers, for the word bank."""
        return tuple(word for question in self.questions.get("gap", ()) for word in question.words)

    def places(self) -> dict[str, int]:
        """How many of each section's places they take (matching: one per pair), so generated ones fill the rest."""
        return {name: sum(len(question.pairs) if isinstance(question, Match) else 1 for question in questions)
                for name, questions in self.questions.items()}

    def __bool__(self) -> bool:
        return any(self.questions.values())


def authored(pack: Pack, sections: tuple[str, ...]) -> Authored:
    """The pack's questions that belong in ``sections``."""
    by_section: dict[str, list[Question]] = {}
    answers: list[str] = []
    for index, written in enumerate(pack.questions):
        section = SECTION_OF[written.kind]
        if section not in sections:
            continue
        question = _MAKERS[written.kind](written, AuthoredRef(index))
        by_section.setdefault(section, []).append(question)
        answers += _answers(question)
    return Authored({name: tuple(questions) for name, questions in by_section.items()}, tuple(answers))


def telling_points(pack: Pack, answers: tuple[str, ...]) -> frozenset[PointRef]:
    """The points that show one of ``answers`` (as a whole word or phrase, any case): kept off the sheet."""
    if not answers:
        return frozenset()
    pattern = re.compile("|".join(r"(?<!\w)" + re.escape(answer.casefold()) + r"(?!\w)"
                                  for answer in sorted(set(answers), key=len, reverse=True)))
    return frozenset(PointRef(c, p) for c, card in enumerate(pack.cards) for p, point in enumerate(card.points)
                     if pattern.search(point.text.casefold()))


# -- each kind ------------------------------------------------------------------

def _segments(point: Point, role_of_terms: str) -> list[Segment]:
    return [Segment(text, role_of_terms if is_term else "text") for text, is_term in point.runs()]


def _choice(written: AuthoredQuestion, ref: AuthoredRef) -> Choice:
    """The stem as written; a ``___`` in it is the blank the answer fills."""
    segments: list[Segment] = []
    blanked = False
    for segment in _segments(written.text, "term"):
        line = _WRITE_ON_LINE.search(segment.text) if not blanked and segment.role == "text" else None
        if line is None:
            segments.append(segment)
            continue
        before, after = segment.text[:line.start()], segment.text[line.end():]
        segments += [Segment(before, "text")] * bool(before) + [Segment(written.answer, "blank")]
        segments += [Segment(after, "text")] * bool(after)
        blanked = True
    return Choice(ref, tuple(segments), (written.answer, *written.wrong), 0, "authored")


def _gap(written: AuthoredQuestion, ref: AuthoredRef) -> Gap:
    count = len(written.text.terms)
    labels = iter(LETTERS.lower()) if count > 1 else repeat("")
    segments = tuple(Segment(segment.text, "blank", next(labels)) if segment.role == "term" else segment
                     for segment in _segments(written.text, "term"))
    return Gap(ref, segments, tuple(segment.text for segment in segments if segment.role == "blank"))


def _true_false(written: AuthoredQuestion, ref: AuthoredRef) -> TrueFalse:
    """In a false statement the marked term is the wrong part (the key says "correction, not wrong part")."""
    segments = _segments(written.text, "term" if written.true else "swap")
    return TrueFalse(ref, tuple(segments), bool(written.true), written.correction)


def _short(written: AuthoredQuestion, ref: AuthoredRef) -> Short:
    marks = written.marks if written.marks is not None else len(written.scheme)
    return Short(None, written.text.text, marks, (ref,), written.scheme)


def _match(written: AuthoredQuestion, ref: AuthoredRef) -> Match:
    pairs = tuple(Pair(None, left, ref, right) for left, right in written.pairs)
    return Match(pairs, tuple(range(len(pairs))))


def _timeline(written: AuthoredQuestion, ref: AuthoredRef) -> Timeline:
    events = [Event(text, date, when(date), ref) for text, date in written.events]  # the loader placed every date
    return Timeline(tuple(sorted(events, key=lambda event: event.when)))


_MAKERS = {"mcq": _choice, "gap": _gap, "tf": _true_false, "short": _short, "match": _match, "order": _timeline}


def _answers(question: Question) -> list[str]:
    if isinstance(question, Choice):
        return [question.options[question.answer]]
    if isinstance(question, Gap):
        return list(question.words)
    if isinstance(question, TrueFalse) and not question.true and any(s.role == "swap" for s in question.segments):
        return [question.correction]
    return []
