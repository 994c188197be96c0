"""The card-source model: what a pack *is*, independent of YAML or PDF."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Span:
    """A key term inside a point's plain text: ``text[start:end]``."""

    start: int
    """Index of the term's first character."""
    end: int
    """Index just past the term's last character."""


@dataclass(frozen=True, slots=True)
class Fraction:
    """A ``\\frac`` in a formula, written ``a/b`` or ``(a+b)/c`` in the text: where it and its parts lie, counted
    from the formula's start, so a layout can set it stacked."""

    start: int
    """Index of its first character (a bracket, or the numerator's)."""
    end: int
    """Index just past its last character."""
    numerator: tuple[int, int]
    """Start and end of the numerator, brackets left out."""
    denominator: tuple[int, int]
    """Start and end of the denominator, brackets left out."""


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula typed as ``$…$`` or ``\\ce{…}``: where its Unicode sits in a text, and the LaTeX it was typed in
    (``\\frac{1}{2}mv^2``, ``\\ce{H2SO4}``), which MathJax targets set themselves and the writer writes back."""

    start: int
    """Index of the formula's first character in the translated text."""
    end: int
    """Index just past its last character."""
    latex: str
    """The LaTeX as typed: a ``$…$`` formula's inside, or ``\\ce{…}`` whole."""
    fractions: tuple[Fraction, ...] = ()
    """Its fractions to set stacked (outermost only), from the formula's start."""


@dataclass(frozen=True, slots=True)
class Point:
    """One bullet of a card's back: plain text plus the key terms marked in it."""

    text: str
    """The text with the ``**`` marks removed."""
    terms: tuple[Span, ...] = ()
    """Key-term spans, in order and not overlapping."""
    line: int | None = field(default=None, compare=False)
    """1-based line of the point in its pack file, for messages (not part of its content)."""
    formulas: tuple[Formula, ...] = ()
    """The formulas typed in the point, in order; a formula lies inside one run (never across a key term's edge)."""

    def tail(self, start: int) -> Point:
        """The point from ``start`` on, its key terms and formulas moved with the text (a term cut by ``start`` is
        dropped): for reading "3. producing antitoxins" without its list number."""
        return replace(self, text=self.text[start:],
                       terms=tuple(Span(span.start - start, span.end - start) for span in self.terms if span.start >= start),
                       formulas=tuple(replace(formula, start=formula.start - start, end=formula.end - start)
                                      for formula in self.formulas if formula.start >= start))

    def without(self, start: int, end: int) -> Point:
        """The point with ``text[start:end]`` taken out, its key terms and formulas after it moved back (one cut into
        is dropped): for reading "1) guerrilla tactics; 2) aid" without the second item's number."""
        width = end - start

        def moved(at: int) -> int:
            return at - width if at >= end else at

        return replace(self, text=self.text[:start] + self.text[end:],
                       terms=tuple(Span(moved(span.start), moved(span.end)) for span in self.terms
                                   if span.end <= start or span.start >= end),
                       formulas=tuple(replace(formula, start=moved(formula.start), end=moved(formula.end))
                                      for formula in self.formulas if formula.end <= start or formula.start >= end))

    def runs(self) -> tuple[tuple[str, bool], ...]:
        """The text cut into (text, is_key_term) pieces, in order, none empty."""
        pieces: list[tuple[str, bool]] = []
        cursor = 0
        for span in self.terms:
            if span.start > cursor:
                pieces.append((self.text[cursor:span.start], False))
            pieces.append((self.text[span.start:span.end], True))
            cursor = span.end
        if cursor < len(self.text):
            pieces.append((self.text[cursor:], False))
        return tuple(pieces)


@dataclass(frozen=True, slots=True)
class Card:
    """One revision card: its title is the front, its points are the back."""

    title: str
    """The front of the card."""
    points: tuple[Point, ...]
    """The back of the card, at least one."""
    date: str | None = None
    """Optional date as typed (``1956``, ``February 1956``), for timelines."""
    tags: tuple[str, ...] = ()
    """Optional tags, for ``--tags`` filtering."""
    id: str | None = None
    """Optional stable id, for exports: an Anki note made from the card keeps its identity when the title changes."""
    quiz: bool = True
    """False (``quiz: false``) keeps the card off worksheets: it is still a flashcard and on the summary."""
    gender: str | None = None
    """Optional grammatical gender of the noun on the front (``gender: f``): m, f or n; marked on the flashcard."""
    image: Path | None = None
    """Optional picture on the front, under the title (``image:``): a checked PNG, JPEG or SVG file."""
    back_image: Path | None = None
    """Optional picture on the back, above the points (``back_image:``)."""
    image_size: tuple[int, int] | None = None
    """The front picture's width and height in pixels (None for SVG), for the warning when it would print blurred."""
    back_image_size: tuple[int, int] | None = None
    """The back picture's width and height in pixels (None for SVG)."""
    title_formulas: tuple[Formula, ...] = ()
    """The formulas typed in the title (see Point.formulas)."""
    line: int | None = field(default=None, compare=False)
    """1-based line of the card in its pack file, for messages (not part of its content)."""

    @property
    def heading(self) -> Point:
        """The title as a point, formulas and all: for whatever sets or writes a title as it sets a point."""
        return Point(self.title, formulas=self.title_formulas)


QUESTION_KINDS = ("mcq", "gap", "tf", "short", "match", "order")
"""The kinds of question a teacher can write in a pack's ``questions:`` list, each named by its first key."""


@dataclass(frozen=True, slots=True)
class AuthoredQuestion:
    """A question written by the teacher in the pack's ``questions:`` list, printed as written.

    Which fields are set depends on ``kind``; the others keep their empty defaults.
    """

    kind: str
    """One of QUESTION_KINDS."""
    text: Point | None = None
    """The question's own text: an mcq's stem, a gap's sentence (its ``**terms**`` are the blanks), a tf's
    statement (in a false one, a ``**term**`` is the wrong part), a short answer's prompt. None for match and order."""
    answer: str = ""
    """mcq: the right option."""
    wrong: tuple[str, ...] = ()
    """mcq: the wrong options."""
    true: bool | None = None
    """tf: whether the statement is true."""
    correction: str = ""
    """tf, when false: what makes the statement true."""
    marks: int | None = None
    """short: the marks it is worth (None: one per scheme point)."""
    scheme: tuple[Point, ...] = ()
    """short: the points a good answer makes."""
    pairs: tuple[tuple[str, str], ...] = ()
    """match: (left, right) pairs, as written."""
    events: tuple[tuple[str, str], ...] = ()
    """order: (event, date) pairs, as written."""
    line: int | None = field(default=None, compare=False)
    """1-based line of the question in its pack file, for messages."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One entry of a pack's optional ``print:`` section, as typed."""

    key: str
    """The option name, as on the command line without ``--``."""
    value: str
    """The value as written."""
    line: int | None = field(default=None, compare=False)
    """1-based line, for messages."""
    column: int | None = field(default=None, compare=False)
    """1-based column of the value, for messages."""


@dataclass(frozen=True, slots=True)
class LabelText:
    """One entry of a pack's optional ``labels:`` section: the pack's own words for a printed label."""

    name: str
    """The label's name (``name``, ``page``, ``marks`` …)."""
    forms: tuple[str, ...]
    """The text as written; a counted label may give one per plural form of the language."""
    line: int | None = field(default=None, compare=False)
    """1-based line, for messages."""
    column: int | None = field(default=None, compare=False)
    """1-based column of the value, for messages."""


@dataclass(frozen=True, slots=True)
class Pack:
    """A topic's revision cards plus the facts printed in headers."""

    title: str
    """The pack's title, printed on every output."""
    cards: tuple[Card, ...]
    """The cards, at least one, in the author's order."""
    subject: str | None = None
    """Optional subject, such as History."""
    course: str | None = None
    """Optional course or exam, such as AQA A-level."""
    author: str | None = None
    """Optional author, printed in footers."""
    level: str | None = None
    """Optional level, such as Year 12."""
    settings: tuple[Setting, ...] = ()
    """The pack's own ``print:`` settings; command-line flags win over them."""
    questions: tuple[AuthoredQuestion, ...] = ()
    """The teacher's own worksheet questions (``questions:``), printed before generated ones in their sections."""
    lang: str | None = None
    """Optional language of the printed labels (``lang: fr``), as typed; ``--lang`` wins over it."""
    labels: tuple[LabelText, ...] = ()
    """The pack's own words for printed labels (``labels:``), such as a school's "Nom et prénom" for Name."""
    lang_at: tuple[int, int] | None = field(default=None, compare=False)
    """1-based line and column of ``lang:``, for messages."""
    path: str = field(default="<pack>", compare=False)
    """The file the pack came from, as the user named it, for messages."""

    def facts(self, *names: str) -> tuple[str, ...]:
        """The pack's ``subject``, ``course`` and ``level`` (or those ``names``) that are set, less one that another
        already prints ("GCSE" beside "GCSE Geography – The living world"), for the line under a title."""
        given = [value.strip() for value in (getattr(self, name) for name in names or ("subject", "course", "level"))
                 if value and value.strip()]
        return tuple(fact for index, fact in enumerate(given)
                     if not any(other != fact and _printed_in(fact, other) for other in given)
                     and fact not in given[:index])

    def with_tags(self, tags: tuple[str, ...]) -> Pack:
        """Only the cards carrying at least one of ``tags`` (case-insensitive)."""
        wanted = {tag.casefold() for tag in tags}
        kept = tuple(card for card in self.cards if wanted & {t.casefold() for t in card.tags})
        return replace(self, cards=kept)


def _printed_in(fact: str, other: str) -> bool:
    """Whether ``fact`` stands in ``other`` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(fact.casefold())}(?!\w)", other.casefold()) is not None
