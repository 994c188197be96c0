"""The worksheet's sections and versions, generated from a pack and a seed.

``generate`` takes the pack's own questions (``authored``) and chooses
generated ones to fill each section (``allocate``) once,
then ``Version`` A, B, C … each shuffle the questions, options, pairs and
events with a random source of their own, and number the questions straight
through. The seed is ``--seed`` or a SHA-256 of the pack's text, so an
unchanged pack gives the same worksheet every time.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from typing import Iterator

from ....errors import Problem, StudypackError
from ....source.inline import mark
from ....source.model import Pack
from .allocate import MAX_PAIRS, Allocation, allocate
from .authored import authored, telling_points
from .calculations import has_worked_examples
from .pictures import has_pictures
from .questions import (LETTERS, Calc, Choice, Event, Gap, Match, Pair, Picture, PointRef, Question, Segment, Short,
                         Timeline, Translate, TrueFalse, numbers_taken, plain, points_used)
from .translate import is_vocabulary_pack
from ...labels import labels_for
from ...options import EXERCISES, WorksheetOptions

TITLES = {"gap": "Gap fill", "match": "Matching", "mcq": "Multiple choice", "timeline": "Timeline",
          "tf": "True or false", "calc": "Calculations", "short": "Short answer", "translate": "Translation", "picture": "What does it show?"}
"""Each section's heading."""


@dataclass(frozen=True)
class Section:
    """One exercise of a worksheet: its questions in printed order."""

    name: str
    """The ``--exercises`` name: gap, match, mcq, timeline, tf, calc, short, translate or picture."""
    questions: tuple[Question, ...]
    """The questions, in printed order."""
    bank: tuple[str, ...] = ()
    """For gap fill with a word bank: the words in printed order."""
    first: int = 1
    """The number of its first question."""

    @property
    def title(self) -> str:
        return TITLES[self.name]

    @property
    def marks(self) -> int:
        return sum(question.marks for question in self.questions)

    @property
    def count(self) -> int:
        """How many question numbers it takes."""
        return sum(numbers_taken(question) for question in self.questions)

    @property
    def hinted(self) -> bool:
        """Whether a blank of the section prints its answer's first letter."""
        return any(blank.hint for blank in self._blanks())

    @property
    def every_blank_hinted(self) -> bool:
        """Whether every blank of the section prints its first letter (a figure or a formula has none to give)."""
        return all(blank.hint for blank in self._blanks())

    def _blanks(self) -> Iterator[Segment]:
        return (segment for question in self.questions if isinstance(question, Gap) for segment in question.answers)

    def numbered(self) -> Iterator[tuple[int, Question]]:
        """Each question with its number (a matching block's number is its first title's)."""
        number = self.first
        for question in self.questions:
            yield number, question
            number += numbers_taken(question)


@dataclass(frozen=True)
class Version:
    """One shuffled version of the worksheet: its sheet and its key come from this."""

    label: str
    """A, B, C …"""
    sections: tuple[Section, ...]
    """The sections with questions shuffled and numbered."""

    @property
    def marks(self) -> int:
        return sum(section.marks for section in self.sections)

    @property
    def count(self) -> int:
        return sum(section.count for section in self.sections)


@dataclass(frozen=True)
class Exercises:
    """Everything a worksheet asks, for every version."""

    seed: str
    """The seed used (``--seed``, or one derived from the pack's text)."""
    versions: tuple[Version, ...]
    """Version A, B, C …: the same questions, shuffled differently."""
    unused: tuple[PointRef, ...]
    """Points that no question prints or marks against."""
    reused: tuple[tuple[PointRef, tuple[str, ...]], ...]
    """Points used by more than one section (only where the pack has too few), with those sections."""
    skipped: tuple[tuple[str, str], ...]
    """Sections asked for that have no questions, with the reason."""
    fewer: tuple[tuple[str, int, int], ...] = ()
    """Sections that got fewer questions than asked for (the pack had too few usable points): name, asked, set."""

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.versions[0].sections


def derived_seed(pack: Pack) -> str:
    """A seed from the pack's text: SHA-256 of its title and cards, stable on every machine."""
    digest = hashlib.sha256()
    for text in [pack.title] + [part for card in pack.cards
                                for part in (card.title, card.date or "", *(mark(point) for point in card.points))]:
        digest.update(text.encode("utf-8") + b"\x00")
    return digest.hexdigest()[:16]


def random_for(seed: str, purpose: str) -> random.Random:
    """A random source for one purpose, from the seed text (never Python's salted ``hash``)."""
    digest = hashlib.sha256(f"{seed}\x00{purpose}".encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def generate(pack: Pack, options: WorksheetOptions) -> Exercises:
    """The worksheet's questions for ``pack``: the pack's own first, generated ones filling each section up to its
    cap; chosen once, then shuffled into each version."""
    seed = options.seed if options.seed else derived_seed(pack)
    names = options.exercises if options.exercises is not None else default_sections(pack, options.style.images)
    own = authored(pack, names)
    if options.generated:
        chosen = allocate(pack, names, options.questions, random_for(seed, "choose"), options.word_bank,
                          own.places(), telling_points(pack, own.answers), labels_for(pack, options.style.lang),
                          options.style.images)
    elif own:
        chosen = Allocation(questions={name: [] for name in names})
    else:
        raise StudypackError(Problem(_nothing_authored(pack, names), pack.path))
    base: list[Section] = []
    for name in names:
        questions = chosen.questions[name]
        if name == "match" and questions:
            questions = _blocks(questions, chosen.spares)
        questions = list(own.questions.get(name, ())) + questions
        if not questions:
            continue
        bank = _bank(own.words, chosen, options.word_bank) if name == "gap" else ()
        if bank:
            questions = [_unhinted(question) for question in questions]  # the box already narrows each answer
        base.append(Section(name, tuple(questions), bank))
    # the pack's own text joins the seed, so two packs built with one --seed do not share a pattern of letters
    versions = tuple(_shuffled(tuple(base), LETTERS[index],
                               random_for(seed, f"version {LETTERS[index]} of {derived_seed(pack)}"))
                     for index in range(options.variants))
    used = {ref for section in base for question in section.questions for ref in points_used(question)}
    unused = tuple(PointRef(c, p) for c, card in enumerate(pack.cards) for p in range(len(card.points))
                   if PointRef(c, p) not in used and card.quiz)
    reused = tuple((ref, tuple(dict.fromkeys(names_))) for ref, names_ in sorted(chosen.used.items())
                   if len(set(names_)) > 1)
    skipped = tuple((name, chosen.skipped[name]) for name in names
                    if name in chosen.skipped and name not in own.questions)
    fewer = tuple((name, *chosen.fewer[name]) for name in names if name in chosen.fewer)
    return Exercises(seed, versions, unused, reused, skipped, fewer)


def default_sections(pack: Pack, images: bool) -> tuple[str, ...]:
    """The sections with no --exercises: every one, translation only for a vocabulary pack, calculations only where
    cards work examples, the picture exercise only where cards have pictures to ask about."""
    return tuple(name for name in EXERCISES
                 if (name != "translate" or is_vocabulary_pack(pack)) and (name != "calc" or has_worked_examples(pack))
                 and (name != "picture" or images and has_pictures(pack)))


def _bank(own: tuple[str, ...], chosen: Allocation, wanted: bool) -> tuple[str, ...]:
    """The word bank: the pack's own gap fills' answers, then the generated ones' and their spare words (a spare
    word that is one of the pack's own answers is left out: it would be there twice)."""
    if not wanted:
        return ()
    taken = {word.casefold() for word in own}
    needed = {word for question in chosen.questions.get("gap", ()) for word in question.words}
    return own + tuple(word for word in chosen.bank if word in needed or word.casefold() not in taken)


def _unhinted(question: Question) -> Question:
    if not isinstance(question, Gap):
        return question
    return replace(question, segments=tuple(segment._replace(hint="") for segment in question.segments))


def _nothing_authored(pack: Pack, names: tuple[str, ...]) -> str:
    if not pack.questions:
        return ("--no-generated prints only the pack's own questions, and it has none — add a `questions:` list "
                "(see the README), or leave out --no-generated")
    return (f"--no-generated prints only the pack's own questions, and none of them is in the sections asked for "
            f"({', '.join(names)}) — add them to --exercises, or leave out --no-generated")


def _blocks(pairs: list[Pair], spares: list[Pair]) -> list[Match]:
    """Pairs split into matching blocks of at most MAX_PAIRS, as even as can be; the spare statements shared out."""
    count = -(-len(pairs) // MAX_PAIRS)
    size, extra = divmod(len(pairs), count)
    blocks, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        chunk = tuple(pairs[start:end])
        own = tuple(spares[index::count])
        blocks.append(Match(chunk, tuple(range(len(chunk) + len(own))), own))
        start = end
    return blocks


def _shuffled(sections: tuple[Section, ...], label: str, rng: random.Random) -> Version:
    """One version: questions, options, pairs and events shuffled; numbers straight through."""
    out: list[Section] = []
    number = 1
    choices = sum(isinstance(question, Choice) for section in sections for question in section.questions)
    start = rng.randrange(4)  # a sheet of one or two questions has its answers on any letters, not always A and B
    letters = [(start + index) % 4 for index in range(choices)]  # the right answers spread evenly over A to D
    rng.shuffle(letters)
    for section in sections:
        questions = [_arranged(question, rng, letters) for question in section.questions]
        rng.shuffle(questions)
        bank = list(section.bank)
        rng.shuffle(bank)
        arranged = Section(section.name, tuple(questions), tuple(bank), number)
        number += arranged.count
        out.append(arranged)
    return Version(label, tuple(out))


def _arranged(question: Question, rng: random.Random, letters: list[int]) -> Question:
    if isinstance(question, Choice):
        wrong = [i for i in range(len(question.options)) if i != question.answer]
        rng.shuffle(wrong)
        place = letters.pop() % len(question.options) if letters else rng.randrange(len(question.options))
        order = wrong[:place] + [question.answer] + wrong[place:]
        return replace(question, options=tuple(question.options[i] for i in order), answer=place)
    if isinstance(question, Picture) and question.options:
        order = list(range(len(question.options)))
        rng.shuffle(order)
        return replace(question, options=tuple(question.options[i] for i in order), answer=order.index(question.answer))
    if isinstance(question, Match):
        pairs = list(question.pairs)
        rng.shuffle(pairs)
        for _ in range(50):  # spares go anywhere among the statements; still nothing opposite its own title
            right = list(_derangement(len(pairs), rng))
            for spare in range(len(question.spares)):
                right.insert(rng.randrange(len(right) + 1), len(pairs) + spare)
            if all(right[row] != row for row in range(len(pairs))):
                break
        return Match(tuple(pairs), tuple(right), question.spares)
    if isinstance(question, Timeline):
        events = list(question.events)
        chronological = sorted(events, key=lambda event: event.when)
        for _ in range(50):  # never print the events already in order (or in reverse)
            rng.shuffle(events)
            if events != chronological and events != chronological[::-1]:
                break
        return Timeline(tuple(events))
    return question


def split_match(block: Match) -> tuple[Match, Match]:
    """A matching block cut in two (titles keep their order and numbers), for a page that cannot hold it; each
    half keeps a spare statement where the block had two, the second half where it had one."""
    half = (len(block.pairs) + 1) // 2
    count = len(block.pairs)
    shares = (block.spares[:len(block.spares) // 2], block.spares[len(block.spares) // 2:])
    parts = []
    for indices, spares in zip((range(half), range(half, count)), shares):
        pairs = tuple(block.pairs[i] for i in indices)
        right = [i - indices.start for i in block.right if i in indices]
        if len(right) > 1 and any(right[i] == i for i in range(len(right))):
            right = right[1:] + right[:1]  # rotate: nothing opposite its own title
        for spare in range(len(spares)):
            right.insert((spare * 2 + 1) % (len(right) + 1), len(pairs) + spare)
        parts.append(Match(pairs, tuple(right), spares))
    return parts[0], parts[1]


def _derangement(count: int, rng: random.Random) -> tuple[int, ...]:
    """An order in which no item sits opposite its own title."""
    order = list(range(count))
    for _ in range(200):
        rng.shuffle(order)
        if all(order[index] != index for index in range(count)):
            break
    return tuple(order)
