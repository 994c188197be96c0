"""The questions a worksheet holds, as plain data with their answers.

Each question knows what it prints on the student's sheet, what its answer
is and which of the pack's points it uses. A question is arranged (options,
pairs or events in printed order) by the version it appears in; its answer
follows the arrangement, so a key can never disagree with its sheet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Union

from ....source.model import Pack, Point
from .roles import restates, unnumbered

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class PointRef(NamedTuple):
    """A point of the pack: card and point, counted from 0."""

    card: int
    """Index of the card in the pack."""
    point: int
    """Index of the point on its card."""

    def __str__(self) -> str:
        return f"card {self.card + 1} point {self.point + 1}"


class AuthoredRef(NamedTuple):
    """A question of the pack's own ``questions:`` list, counted from 0: what an authored question is made from."""

    index: int
    """Index of the question in ``Pack.questions``."""

    def __str__(self) -> str:
        return f"questions[{self.index + 1}]"


Source = Union[PointRef, AuthoredRef]
"""Where a question comes from: a point of a card, or a question the teacher wrote."""


class Segment(NamedTuple):
    """A piece of a question's text."""

    text: str
    """The text; for a blank, the answer it hides."""
    role: str
    """``text``; ``term`` (a key term left showing); ``blank`` (hidden, printed as a line);
    ``swap`` (a term replaced by a wrong one, in a false statement); ``context`` (the card's title)."""
    label: str = ""
    """A blank's label (``a``, ``b`` …) when its question has several, else empty."""
    hint: str = ""
    """A blank's first letter, printed before its line where the gap fill has no word bank: "secure the T____"
    asks for the Tudor dynasty, not for any word that fits (the succession, the throne)."""
    dated: bool = False
    """Whether a blank's answer is a year or a date, which the sheet says ("In ____ (year) Carothers made nylon"):
    "In the USA" fills the line as well."""

    @property
    def words_asked(self) -> int:
        """How many words a lettered blank asks for, an article the sheet does not ask aside ("the Squad": one) and
        a bracket the answer carries ("Oxides of nitrogen (NOₓ)": three)."""
        bare = re.sub(r"^(?:the|an?)\s+", "", re.sub(r"\s*\([^()]*\)", "", self.text).strip(), flags=re.I)
        bare = bare.split(" / ", 1)[0]  # ("Ionise / dissociate": either, one word)
        return max(1, len(bare.split()) - (len(self.hint.split()) - 1))  # ("un p____": the article is printed)


def plain(segments: tuple[Segment, ...]) -> str:
    """The segments' text as one string (blanks show their answers)."""
    return "".join(segment.text for segment in segments)


@dataclass(frozen=True)
class Gap:
    """A point with its key terms blanked out."""

    point: Source
    """The point it is made from (or the authored question)."""
    segments: tuple[Segment, ...]
    """The sentence; the blanks carry their answers."""
    words: tuple[str, ...] = ()
    """The answers as they go in a word bank (``foreign trade``, not the sentence-initial ``Foreign trade``)."""

    @property
    def answers(self) -> tuple[Segment, ...]:
        """The blanks, in reading order."""
        return tuple(segment for segment in self.segments if segment.role == "blank")

    @property
    def marks(self) -> int:
        return len(self.answers)


@dataclass(frozen=True)
class Calc(Gap):
    """A worked example with its result blanked: the student works it out, and the key shows the card's working.

    It is a gap with one blank, so every quiz format that asks a gap asks it (the answer is the number alone)."""

    working: str = ""
    """The example as the card works it: the key's mark scheme."""
    result: str = ""
    """The answer as the key prints it, with its sign and unit ("£45.50", "113.1 cm²")."""
    worked_on: tuple[Source, ...] = ()
    """The point the card works the question out on, where that is the line after the question."""

    @property
    def marks(self) -> int:
        working = re.sub(r"\s*\((?:or|alternatively)\b[^()]*\)\s*$", "", self.working)  # ("… → x = 5 (or divide both
        # sides by 3 first → x + 4 = 9)": another way, no step of this one)
        last = working.rfind(self.result) if self.result else -1
        working = working[:last] + working[last + len(self.result):] if last >= 0 else working
        if _one_sum(working):
            return 1
        steps = working.split("→", 1)[-1]  # (the givens' own "ψₛ = −900 kPa, ψₚ = +500 kPa" are no working)
        return CALC_MARKS if re.search(r"[×÷+*√^]|\d\s*/\s*\d|\s[−-]\s|=.*=", steps) else 1  # (not the
        # result's own "/": "2:3 → fraction red = 2/5" shows no method to mark)


def _one_sum(working: str) -> bool:
    """Whether the working after its one arrow is one sum or difference of two numbers ("titre = 23.05 − 0.50 ="), or
    a share out by a count ("mean = 45 ÷ 10 ="): a reading taken from another, worth the answer's one mark, not the
    two of a method (a formula's product, "F = 1200 × 2.5", keeps its method mark)."""
    step = working.rsplit("→", 1)[-1]
    operators = re.findall(r"[×÷*√^]|\d\s*/\s*\d|\s[−+-]\s", step)
    figures = re.findall(r"\d[\d,]*(?:\s\d{3}(?!\d))*(?:\.\d+)?", step)  # ("12 000 − 9 500": two figures)
    shared = bool(operators) and re.search(r"[÷/]", operators[0]) is not None and figures[-1].isdigit() \
        and re.search(rf"(?<![\d.]){figures[-1]}\s+[a-z]{{3,}}s\b", working) is not None  # (a count: "10 quadrats",
    # not "20 s")
    return working.count("→") == 1 and len(operators) == 1 and len(figures) == 2 \
        and (operators[0].strip() in "−+-" or bool(shared))


CALC_MARKS = 2
"""A calculation's marks: one for the method, one for the answer. A card that gives only the result ("12 V, 0.5 A →
R = 24 Ω") shows no method for the key to mark, so its calculation is worth the answer's one mark."""


@dataclass(frozen=True)
class Choice:
    """A point with one key term blanked and four options, one of them right."""

    point: Source
    """The point it is made from (or the authored question)."""
    segments: tuple[Segment, ...]
    """The stem; its one blank carries the answer."""
    options: tuple[str, ...]
    """The options in printed order (A, B, C, D)."""
    answer: int
    """Index of the right option."""
    kind: str
    """The kind of the answer (year, number, name, term); every option is of it."""
    marks: int = 1


@dataclass(frozen=True)
class Pair:
    """A card title and a short point from that card."""

    card: int | None
    """Index of the card (None for an authored pair)."""
    title: str
    """The card's title (left column)."""
    point: Source
    """The point shown in the right column (or the authored question)."""
    text: str
    """The point's text."""
    defines: bool = False
    """Whether the left column is a key term and the right its definition (from a ``**term** – meaning`` point)."""


@dataclass(frozen=True)
class Match:
    """Card titles (numbered) to match with points (lettered)."""

    pairs: tuple[Pair, ...]
    """The pairs, in the printed order of the titles."""
    right: tuple[int, ...]
    """The printed order of the statements, as indices into ``statements`` (pairs, then spares)."""
    spares: tuple[Pair, ...] = ()
    """Statements that belong to no title here (from other cards), so the last pair is not found by elimination."""

    @property
    def statements(self) -> tuple[Pair, ...]:
        """Every statement printed on the right: the pairs', then the spares."""
        return self.pairs + self.spares

    @property
    def answers(self) -> tuple[str, ...]:
        """For each title in printed order, the letter of its point."""
        return tuple(LETTERS[self.right.index(index)] for index in range(len(self.pairs)))

    @property
    def marks(self) -> int:
        return len(self.pairs)


@dataclass(frozen=True)
class Event:
    """Something that happened at a known time."""

    text: str
    """What happened (a card title, or a point with its date taken out)."""
    date: str
    """The date as written in the pack."""
    when: tuple[int, ...]
    """(year, month or 0), or for an authored event (year, month or 0, day or 0), for ordering."""
    source: Source | int
    """The point it comes from, the card's index for a card's own date, or the authored question."""


@dataclass(frozen=True)
class Timeline:
    """Events to put in chronological order."""

    events: tuple[Event, ...]
    """The events in printed (lettered) order."""

    @property
    def answer(self) -> tuple[str, ...]:
        """The letters in chronological order."""
        order = sorted(range(len(self.events)), key=lambda index: self.events[index].when)
        return tuple(LETTERS[index] for index in order)

    @property
    def marks(self) -> int:
        return len(self.events)


@dataclass(frozen=True)
class TrueFalse:
    """A statement that is a point as written (true) or with one term swapped (false)."""

    point: Source
    """The point it is made from (or the authored question)."""
    segments: tuple[Segment, ...]
    """The statement; in a false one, the ``swap`` segment holds the wrong term."""
    true: bool
    """Whether the statement is true."""
    correction: str = ""
    """For a false statement, the term that makes it true."""
    marks: int = 1


@dataclass(frozen=True)
class Short:
    """A question on a whole card, marked against its points."""

    card: int | None
    """Index of the card (None for an authored question)."""
    prompt: str
    """The question (``Explain the …``)."""
    marks: int
    """Marks available: one per point, capped."""
    scheme: tuple[Source, ...]
    """The points a good answer makes (the mark scheme); for an authored question, the question itself."""
    written: tuple[Point, ...] = ()
    """An authored question's mark scheme, as the teacher wrote it (then ``scheme`` names the question)."""
    items: tuple[str, ...] = ()
    """For a recall question (``Name the three …``, ``Write the French for …``), the answers, one mark each."""


@dataclass(frozen=True)
class Picture:
    """A card's front picture: what does it show? The card's title is the answer."""

    card: int
    """Index of the card."""
    image: Path
    """The picture file (the card's ``image:``)."""
    pixels: tuple[int, int] | None
    """A raster's size in pixels (None for SVG), so the sheet can size it without reading the pack."""
    title: str
    """The card's title: the answer."""
    options: tuple[str, ...] = ()
    """Titles to choose from in printed order (A, B, C, D), or none: a line to write the answer on."""
    answer: int = 0
    """Index of the title among ``options``, when there are options."""
    marks: int = 1



@dataclass(frozen=True)
class Translate:
    """A word to translate, or a meaning to put back into the word: one line to write on, one mark."""

    point: Source
    """The point that holds the word's meaning (a one-point card's only point, or a ``**word** – meaning`` point)."""
    shown: str
    """What is printed: the word, or for a reverse question its meaning."""
    answer: str
    """What the student writes: the meaning, or for a reverse question the word."""
    reverse: bool
    """True when the meaning is shown and the word asked."""
    marks: int = 1



Question = Union[Gap, Calc, Choice, Match, Timeline, TrueFalse, Short, Translate, Picture]


def scheme_points(question: Short, pack: Pack) -> tuple[Point, ...]:
    """The mark scheme's points, as printed in the key: the teacher's own, or the card's points (a list of its key
    terms among them, so "monitoring" earns its mark), less a bare term its title already says."""
    if question.written:
        return question.written
    title = pack.cards[question.card].title if question.card is not None else ""
    return tuple(point for point in (unnumbered(pack.cards[ref.card].points[ref.point]) for ref in question.scheme)
                 if not restates(point, title))


def numbers_taken(question: Question) -> int:
    """How many question numbers ``question`` takes (a matching block: one per title)."""
    return len(question.pairs) if isinstance(question, Match) else 1


def points_used(question: Question) -> tuple[Source, ...]:
    """The points (or authored questions) a question prints or marks against."""
    if isinstance(question, Calc):
        return (question.point, *question.worked_on)
    if isinstance(question, (Gap, Choice, TrueFalse, Translate)):
        return (question.point,)
    if isinstance(question, Match):
        return tuple(pair.point for pair in question.statements)
    if isinstance(question, Timeline):
        return tuple(event.source for event in question.events if isinstance(event.source, (PointRef, AuthoredRef)))
    if isinstance(question, Picture):
        return ()
    return question.scheme
