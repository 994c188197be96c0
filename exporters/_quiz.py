"""The printed worksheet's questions, as the quiz formats (GIFT, Moodle XML, QTI, Kahoot) carry them.

One place decides which questions an export holds and what each is called, so
every quiz format asks exactly what the worksheet made with the same options and
seed asks, named by its number there: ``Q3``, or ``A3`` for question 3 of
version A when there are several versions; a matching block is named by the
numbers its titles take (``Q7–10``).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import Problem
from ..layouts.worksheet.exercises import (LETTERS, Choice, Gap, Match, Question, Segment, Short, Timeline, Translate,
                                           TrueFalse, generate)
from ..layouts.worksheet.exercises.questions import Pair, Picture, PointRef, scheme_points
from ..source.model import Pack
from ._base import ExportOptions, Losses
from ._html import text_html

LINE = "_____"
"""What a blank shows where a format prints it as text."""

TIMELINE_PROMPT = "Put the events in the order they happened, earliest first."
MATCH_PROMPT = "Match each title with its statement."


def translate_prompt(question: Translate) -> str:
    """A translation question as a short-answer question's text: ``Translate: la gare``."""
    return f"Translate: {question.shown}"


class Asked(NamedTuple):
    """One worksheet question, with what names it."""

    name: str
    """Its worksheet number with the version's letter or ``Q`` (``A3``, ``Q7–10`` for a matching block)."""
    section: str
    """The title of its section (``Multiple choice``)."""
    bank: tuple[str, ...]
    """Its section's word bank (gap fill with a bank), else empty."""
    question: Question
    """The question, arranged as its version prints it."""


class Quiz(NamedTuple):
    """What a quiz export holds."""

    seed: str
    """The seed the worksheet was made with, for the file's heading."""
    asked: tuple[Asked, ...]
    """Every question of every version, in printed order."""
    skipped: tuple[Problem, ...]
    """One warning per section asked for that has no questions, with the reason."""
    left_out: tuple[str, ...] = ()
    """The names of the questions no quiz format here holds (picture questions), for the export's one warning."""


def worksheet_quiz(pack: Pack, options: ExportOptions) -> Quiz:
    """The questions of the worksheet that ``options.worksheet`` makes of ``pack``, every version."""
    exercises = generate(pack, options.worksheet)
    several = len(exercises.versions) > 1
    asked, left_out = [], []
    for version in exercises.versions:
        prefix = version.label if several else "Q"
        for section in version.sections:
            for number, question in section.numbered():
                last = f"–{number + len(question.pairs) - 1}" if isinstance(question, Match) else ""
                if isinstance(question, Picture):
                    left_out.append(f"{prefix}{number}")
                    continue
                asked.append(Asked(f"{prefix}{number}{last}", section.title, section.bank, question))
    skipped = tuple(Problem(f"no {name} questions: {reason}", pack.path) for name, reason in exercises.skipped)
    return Quiz(exercises.seed, tuple(asked), skipped, tuple(left_out))


def note_left_out(quiz: Quiz, losses: Losses) -> None:
    """Name the questions the quiz formats cannot hold among the export's losses (never dropped silently)."""
    for name in quiz.left_out:
        losses.add("picture questions left out", name)


def stem(segments: tuple[Segment, ...], blank: str = LINE) -> str:
    """A question's text as the student sees it: blanks as lines (``blank``)."""
    return "".join(blank if segment.role == "blank" else segment.text for segment in segments)


def scheme(pack: Pack, question: Short) -> tuple[str, ...]:
    """The points a good short answer makes (its mark scheme), as text."""
    return tuple(point.text for point in scheme_points(question, pack))


def scheme_html(pack: Pack, question: Short) -> str:
    """The mark scheme as HTML: a heading and the points as a list."""
    points = "".join(f"<li>{text_html(point)}</li>" for point in scheme(pack, question))
    return f"<p>Mark scheme:</p><ul>{points}</ul>"


def timeline_pairs(question: Timeline) -> list[tuple[str, str]]:
    """A timeline as matching: each event, lettered as printed, with its place in time (``1st`` = earliest)."""
    places = chronological(question)
    return [(f"{LETTERS[index]}. {event.text}", ordinal(place))
            for index, (event, place) in enumerate(zip(question.events, places))]


def chronological(question: Timeline) -> tuple[int, ...]:
    """For each event in printed order, its place in time, counted from 1 (the worksheet key's order)."""
    order = sorted(range(len(question.events)), key=lambda index: question.events[index].when)
    return tuple(order.index(index) + 1 for index in range(len(question.events)))


def ordinal(place: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th`` … ``11th``, ``21st``."""
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place}{suffix}"


def question_picture(pack: Pack, question: Question) -> Path | None:
    """The card's front picture (``image:``) a question shows, if any.

    A short answer asks about one whole card by its title, so it shows the card's
    picture. A gap fill, multiple choice or true/false is made from one point of a
    card and shows the picture only when it shows the card's title too (the
    worksheet leaves the title out where it would give an answer away, and a
    picture of the card could as well). Matching shows each title's picture
    beside it (``pair_picture``); a timeline mixes cards and shows none. Back
    pictures (``back_image:``) go with the answers, so no question shows them.
    """
    if isinstance(question, Short):
        return pack.cards[question.card].image if question.card is not None else None
    if isinstance(question, (Gap, Choice, TrueFalse)) and isinstance(question.point, PointRef):
        if any(segment.role == "context" for segment in question.segments):
            return pack.cards[question.point.card].image
    return None


def pair_picture(pack: Pack, pair: Pair) -> Path | None:
    """A matching title's card's front picture, shown beside the title."""
    return pack.cards[pair.card].image if pair.card is not None else None


def pictures_asked(pack: Pack, question: Question) -> tuple[Path, ...]:
    """Every picture a question shows where the format can hold pictures (Moodle XML), for the formats that cannot."""
    pairs = question.pairs if isinstance(question, Match) else ()
    found = (question_picture(pack, question), *(pair_picture(pack, pair) for pair in pairs))
    return tuple(picture for picture in found if picture is not None)
