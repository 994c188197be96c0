"""The pack read once for question-making, and what a candidate question is.

A candidate is cheap to list (a score and the points it would use); the
question itself is built only when chosen, because drawing wrong answers
from a large pack costs more than scoring. A large pack is read from a
seeded sample of its cards: a worksheet needs dozens of questions.
"""
from __future__ import annotations

import os
import random
import re
import unicodedata
from dataclasses import dataclass
from itertools import takewhile
from typing import Callable

from ....source._scripts import plain_scripts
from ....source.model import Pack, Point
from .distractors import Pool, build_pool, label_of
from .words import (ARROW, GLOSS_DASH, IRREGULAR_PLURALS, NOT_PLURALS, TWO_LETTER_SYMBOL, YEAR, capital_initials,
                    capitalised, close_forms, content_words, english_zipf, inside_word, other_words_for, parallel,
                    restated, root_shared, shares_root, singular, spans_in, spelled_out, told_with_its_title,
                    unaccented, word_count)
from .questions import Event, PointRef, Question, Segment
from .kinds import MONTHS, body_or_document, name_sort
from .beside import UNIT_NAME, names_of, partners, short_words, symbol_of, told_beside
from .countries import is_country
from .given_names import GIVEN_NAMES
from .translate import gives_meaning, is_language_pack, is_vocabulary_pack, one_entry, subject_language
from .terms import NUMBER_WORDS, PackWords, Term, pack_words, terms_of, text_key, written_unit
from .roles import (DONE_BY_NOBODY, LEFT_OFF, VERB_FIRST, is_bare_list, is_carried_on, is_lead_in, is_placeholder,
                    is_scaffolding, is_term_list, leans_on_previous, has_verb, printed_title, starts_with_pronoun,
                    unnumbered)
from ....source.dates import when as date_of


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


_WORD_CHAR = re.compile(r"\w")

SAMPLE_POINTS = 2000
"""A large pack is read from a seeded sample of its cards holding about this many points (or more,
when many questions are asked for): a worksheet needs dozens of questions, not every point's."""


_NAME_PARTICLES = frozenset({"of", "de", "von", "van", "da", "di", "du", "le", "la", "del", "della", "y", "im", "am",
                             "upon", "on", "en", "sur"})
"""Small words inside a name between its first word and the rest ("Reynald of Châtillon", "Vasco da Gama", "Freiburg
im Breisgau")."""


class Material:
    """The pack read once for question-making: its terms, its distractor pool, a seeded random source."""

    def __init__(self, pack: Pack, rng: random.Random, wanted: int = 0):
        self.pack = pack
        self.rng = rng
        self._points: dict[PointRef, Point] = {}
        self._handles: dict[str, str] = {}
        self._protagonists: frozenset[str] | None = None
        self._texts: list[str] | None = None
        self._card_words: list[frozenset[str]] | None = None
        self._cards_using: dict[str, int] | None = None
        self._listed_names: dict[str, frozenset[str]] | None = None
        sampled = _sample(pack, rng, max(SAMPLE_POINTS, 4 * wanted))
        self.cards = tuple(index for index in sampled
                           if pack.cards[index].quiz and not _WORKED.search(pack.cards[index].title))
        """Indices of the cards questions are made from (every card, unless the pack is large; never one with
        ``quiz: false``, nor a worked example, whose figures are made up for the sum)."""
        self.worked_cards = tuple(index for index in sampled if pack.cards[index].quiz)
        """The cards a calculation may come from: every card's worked examples, a worked-example card's among them."""
        self.maths = _MATHS.search(pack.subject or "") is not None
        """Whether the pack teaches mathematics: its figures are examples ("A bag has 3 red and 5 blue counters"),
        none a fact to recall."""
        self.word_list = is_language_pack(pack)
        """Whether the pack teaches a language: its ``la gare – the station`` lines need no title to be asked."""
        self.glossed_only = self.word_list and subject_language(pack.subject or "") != "english"
        """Whether a blank needs its meaning beside it: in a foreign-language pack, "Ich ____ gesünder ____" with no
        meaning takes any verb that fits, and an English grammar note asks grammar, not the language."""
        self.words: PackWords = pack_words((pack.cards[index] for index in self.cards), self.word_list
                                           or is_vocabulary_pack(pack) or not (pack.subject or "").strip(),
                                           _dates_early(pack))
        # (a pack of no subject may teach a language; one of Biology does not)
        every = tuple(PointRef(c, p) for c in self.cards for p in range(len(pack.cards[c].points)))
        self.lists = tuple(ref for ref in every if (is_term_list(self.point(ref)) or is_bare_list(self.point(ref).text))
                           and not is_scaffolding(self.point(ref).text))  # "[DIAGRAM: table of …, …]" lists nothing
        """Points that are only key terms (``**Temperature**``) or a list with no verb (``Wind, solar and biofuel``):
        asked as a recall question from their card, if at all."""
        self.refs = tuple(ref for ref in every if ref not in self.lists and not is_scaffolding(self.point(ref).text)
                          and not is_lead_in(self.point(ref).text) and not is_carried_on(self.point(ref).text))
        """The points that are content: sentences to ask about (never a placeholder, site chrome or a bare term)."""
        self.terms: dict[PointRef, tuple[Term, ...]] = {
            ref: terms_of(self.point(ref), self.words, _years(pack.cards[ref.card].date)) for ref in every
            if not is_scaffolding(self.point(ref).text)}  # "an exam tip on the Acts" offers no "Acts" to swap in
        listing = set(self.lists)
        self.pool: Pool = build_pool(list(self.terms.values()), [ref.card for ref in self.terms],
                                     [self.point(ref).text for ref in self.terms],
                                     [pack.cards[ref.card].title for ref in self.terms],
                                     frozenset(index for index, ref in enumerate(self.terms) if ref in listing))
        self.decades = len({year // 10 for year in self.pool.years})
        self.title_years = frozenset(year for heading in (pack.title, pack.course or "", pack.level or "")
                                     for found in spans_in(heading) for year in found)
        """The years the sheet's heading prints, in the pack's title, course or level ("Mao's China, 1949–76", "GCSE
        Russia, 1894–1945"): a question whose answer is one is answered at the top of the sheet."""
        self.setting = frozenset(term.key for term in self.pool.terms.get("name", ())
                                 if term.sort.split(":")[0] in _SETTINGS
                                 and re.search(rf"(?<!\w){re.escape(term.text.strip())}(?!\w)", pack.title))
        """The places the pack's title names ("Mao's China"): where its events happen, so never a wrong option
        ("Chiang fled to China")."""
        self.marked = any(term.marked for terms in self.terms.values() for term in terms)
        """Whether the author marked key terms (then only those are asked about in choices and swaps)."""
        self.titles: list[str] = []
        """Card titles printed on the sheet so far: an answer printed in one is a giveaway."""
        self.matched: dict[int, str] = {}
        """The matching's statement for each card whose title it asks: another line of that card printed under the
        title, and sharing a word with the statement, pairs them for the student."""
        self.heading = "\0".join(heading.casefold() for heading in (pack.title, *pack.facts()))
        """What the sheet's heading prints (the pack's title, subject, course and level): an answer printed there is a
        giveaway ("Energy changes and rates of reaction" answers "____ is how fast reactants turn into products";
        "Worksheet · German" answers "Deutsch")."""
        self.asked: set[str] = set()
        """Keys of the terms already asked about: the same answer twice makes a dull sheet."""
        self._titles_joined = ""
        self._titles_seen = 0
        self.shown: list[str] = []
        """Everything printed on the sheet so far (stems, options, statements, titles, prompts), as printed: a symbol's
        case tells it ("H₂" prints hydrogen, "h" is a letter)."""
        self.answers: list[str] = []
        """The answers of the questions chosen so far: printing one elsewhere on the sheet would give it away."""
        self.offered: list[str] = []
        """The wrong years multiple choice offers, casefolded: printed later as another event's, each is ruled out at
        sight ("Fleming noticed the mould in ____" offering 1940 and 1941 beside "first tested on a patient in
        1941"). A sheet asks few, so keeping them off the rest of it costs little."""
        self.wrong_sets: list[frozenset[str]] = []
        """Each multiple choice's wrong options, casefolded: three questions offering the same three leave each answer
        the odd one out."""
        self.swaps: list[str] = []
        """The years changed into false statements: a true statement printing one would show that one false."""
        self.statements: list[str] = []
        """The true or false statements so far, casefolded."""
        self.worked_out: list[str] = []
        """The quantities the calculations ask by name ("lag time"), casefolded: a statement defining one hands over the
        sum's method."""
        self.banked = False
        """Whether the gap fill prints its answers in a word bank (then they are visible like any stem)."""
        self.glossary_choices = False
        """Whether multiple choice may ask a card's defined terms: where no year could be asked, and after matching
        has had its definitions."""
        self.recalled: list[str] = []
        self.translated: list[tuple[str, str]] = []  # each word to translate, and its meaning
        """Answers written from memory (a recall question's items, translations): a word bank printing one of their
        words would hand it over."""
        self.schemed: list[str] = []
        self.scheme_topics: dict[str, str] = {}  # a scheme's point: the title its prompt asks about
        """The lines short answers' mark schemes pay for: a line printed elsewhere that says one again in other words
        hands over its mark ("Memory cell – a lymphocyte that stays in the blood …" beside the point "Some of these
        lymphocytes become memory cells, which stay in the blood for years")."""
        self.scheme_heads: list[tuple[str, tuple[str, ...]]] = []
        """Each short answer's title, and its scheme points by the key word each opens on or first marks."""
        self.pairs: list[tuple[str, str]] = []
        """The matching's key terms and their definitions, as printed."""
        self.filled: list[str] = []
        """Each gap fill's line with its blanks filled: what a student who answers it has read ("Tangent = a straight
        line touching a curve …; its gradient gives the rate at that instant" tells the point "The rate at one moment
        is the gradient of a tangent")."""
        self.dated: list[str] = []
        """The lines the timeline's events come from, their years kept: a line printed elsewhere that tells one again
        with its year dates the event ("voluntary arms embargo 1963, mandatory 1977" beside "Biko died …; same year
        the UN made its arms embargo mandatory")."""
        self._words: dict[str, set[str]] = {}
        self._common: frozenset[str] | None = None

    def gives_away(self, visible: list[str], answers: list[str]) -> bool:
        """Whether a question printing ``visible`` with ``answers`` would show another question's answer, or have
        its own answers shown by what the sheet already prints."""
        if any(spelled_out(answer, part) or _surname_shown(answer, part) or _opposite_printed(answer, part.casefold())
               or any(holds(part.casefold(), name) for name in (*names_of(answer), *self._named_in_full(answer)))
               for answer in answers for part in visible):
            return True  # (and "Silicon dioxide (silica): Formula ____": the name prints SiO₂)
        if any(_meaning_beside(word, meaning, part) for word, meaning in self.translated for part in visible):
            return True  # "Odio planchar porque es aburrido. – I hate ironing …" beside "planchar" to translate
        printed = self.printed()
        if any(_reckoned_year(answer, part.casefold()) for answer in answers for part in visible) \
                or any(_reckoned_year(answer, printed) for answer in answers) \
                or any(_reckoned_year(answer, part.casefold()) for answer in self.answers for part in visible):
            return True  # "fled to England in 1568 and was held prisoner for nearly 19 years" beside "beheaded in
            # ____" (1587): the sum of the two is the answer
        if any(_overlapping(answer, other) or _paired_answers(answer, other) or _two_forms(answer, other)
               or _negated_form(answer, other)
               or self.banked and _year_of(answer, other) or _close_figures(answer, other)
               for answer in answers for other in self.answers):
            return True  # "a large s____" (surface area to volume ratio) beside another line's "surface area"; "S____
            # → reduce p.d." beside "S____ → increase p.d." (step-down and step-up transformers); "S____ – kill
            # microbes" beside "Step 2 – s____: chlorine … kills harmful microbes" (sterilise, sterilisation)
        text = _heads_shared_out(_ranges_in_full("\0".join(part.casefold() for part in visible)))
        if any(holds(text, option) for option in self.offered):
            return True
        if any(_YEAR_SWAP.fullmatch(swap.strip()) and holds(text, swap) for swap in self.swaps):
            return True  # "independence in 1991" (for 1947) beside a prompt on "Opening up – 1991 reforms": the year
            # the sheet gives another event shows the statement false (so does "937" in a pack on 793–1042, and
            # "AD 51" in one on Roman Britain)
        if any(holds(text, part) or _root_told(text, part)
               for answer in self.answers for part in self._told_by(answer)):
            return True
        shown = _heads_shared_out(_ranges_in_full(printed))
        if any(holds(shown, part) or _root_told(shown, part) for answer in answers for part in self._told_by(answer)):
            return True
        if any(_ends_a_word(answer, shown) or _opposite_printed(answer, shown) or _abbreviated(answer, shown)
               or _initialled(answer, shown) for answer in answers) \
                or any(_ends_a_word(answer, text) or _opposite_printed(answer, text) or _abbreviated(answer, text)
                       or _initialled(answer, text) for answer in self.answers):
            return True
        if any(_words_told(part, answer) for answer in answers for part in shown.split("\0")) \
                or any(_words_told(part, answer) for answer in self.answers for part in text.split("\0")):
            return True
        if any(said_again(point, " ".join((part, *answers))) for point in self.schemed + self.dated
               for part in visible) or any(restated(content_words(point.casefold()),
                                                    content_words(" ".join((part, *answers)).casefold()))
                                           for point in self.schemed for part in visible):
            return True  # (its blanks filled: a student who fills them, or reads the word bank, has the line whole)
        if any(topic_told(point, " ".join((part, *answers)), title) for point, title in self.scheme_topics.items()
               for part in visible):
            return True
        if self.heads_given(visible):
            return True
        if any(self.pair_told(part.casefold()) for part in visible):
            return True
        return any(parallel(self._content(part.casefold()), self._content(other.casefold())) for part in visible
                   for other in self.shown)

    def heads_given(self, visible: list[str], title: str = "", heads: tuple[str, ...] = ()) -> bool:
        """Whether the sheet, with ``visible``, names the key words heading two points of one mark scheme in lines on
        its topic ("Write four points about: White blood cells" beside a matching line "The white blood cells are
        stimulated to make the right antibodies, and memory cells are formed"): two marks copied. With ``title``
        and ``heads``, of a scheme about to be set."""
        for topic, points in ([(title, heads)] if heads else self.scheme_heads):
            words = content_words(topic) - self._common_words()
            shown, new = ([part.casefold() for part in parts if words & content_words(part)]
                          for parts in (self.shown, visible))
            before = sum(1 for head in points if any(holds(part, head) for part in shown))
            after = sum(1 for head in points if any(holds(part, head) for part in shown + new))
            if after >= 2 and (after > before or heads):
                return True
        return False

    def pair_told(self, text: str) -> bool:
        """Whether a line names a matching's term beside a word of its statement the pack uses seldom ("At a
        collision margin both plates are continental" beside "Collision" and "two continental plates push
        together"): the line makes the pair, or the pair prints the line's point."""
        return any(holds(text, title.casefold()) and not holds(text, statement.casefold())
                   and content_words(statement) - content_words(title) - self._common_words() & content_words(text)
                   for title, statement in self.pairs) \
            or any(told_with_its_title(self.pack.cards[card].title, statement, text)
                   for card, statement in self.matched.items())

    def printed(self) -> str:
        """Everything the sheet prints so far, casefolded, its parts apart."""
        return "\0".join(self.shown).casefold()

    @property
    def protagonists(self) -> frozenset[str]:
        """The people the pack keeps coming back to (on a third of its cards or more, three at least), casefolded:
        swapped into a false statement, the story's main figure is false at sight ("Hardrada, joined by Harold's
        exiled brother William")."""
        if self._protagonists is None:
            least = max(3, -(-len(self.pack.cards) // 3))
            cards = self._card_texts()
            people = {term.text.strip() for terms in self.terms.values() for term in terms
                      if term.kind == "name" and term.sort.startswith("person")}
            self._protagonists = frozenset(
                name.casefold() for name in people
                if sum(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", card) is not None for card in cards) >= least)
        return self._protagonists

    def _named_in_heading(self, answer: str) -> bool:
        """Whether the sheet's heading prints the name the pack calls ``answer`` by ("Freiburg" for Freiburg im
        Breisgau, under "Sustainable cities: Freiburg")."""
        handle = self._handle(answer)
        follower = _FOLLOWERS.get(singular(answer.strip().casefold()))
        return bool(handle) and _in_heading(handle, self.heading) or bool(follower) and _in_heading(follower,
                                                                                                    self.heading)

    def _told_by(self, answer: str) -> list[str]:
        """What tells ``answer`` printed anywhere (see ``_telling``), and the name the pack calls it by."""
        handle = self._handle(answer)
        return _telling(answer) + ([handle] if handle else [])

    def _handle(self, answer: str) -> str:
        """The first word of a name the pack also uses alone ("Deng" for Deng Xiaoping, "Edgar" for Edgar
        Aetheling): so the pack calls the person; "" for any other answer."""
        if answer not in self._handles:
            words = [word.strip(",;") for word in re.sub(r"\s*\([^()]*\)", "", answer).split()]  # ("Richard, Duke
            # of Gloucester"; "Senqu (Orange) River" is the Senqu River, and "the Senqu/Orange" names it)
            handle = ""
            surname = 2 if len(words) >= 3 and words[1] in _NAME_PARTICLES else 1  # "Reynald of Châtillon"
            if len(words) > surname and len(words[0]) >= 3 and words[0][:1].isupper() and words[surname][:1].isupper():
                alone = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+[A-Z])")  # ("Thomas More" is
                # no Thomas alone)
                if any(alone.search(text) for text in self._card_texts()):
                    handle = words[0]
            self._handles[answer] = handle
        return self._handles[answer]

    def _named_in_full(self, answer: str) -> list[str]:
        """The name a code stands for, where the pack writes the code in brackets after it ("26th of July Movement
        (M-26-7)"): its last two words or more, casefolded ("july movement"); none for any other answer. Printed
        beside a blank, the name hands over its code."""
        code = answer.strip()
        if not re.fullmatch(r"[\w.-]{2,10}", code) or not re.search(r"[A-Z\d]", code[1:]) \
                or not re.search(r"[^\W\d_]", code):  # (a year is no code: "reforms (1919)")
            return []
        names = []
        for text in self._card_texts():
            for found in re.finditer(rf"((?:[\w'’-]+\s+){{1,5}}[\w'’-]+)\s*\(\s*{re.escape(code)}\s*\)", text):
                words = found.group(1).split()
                names += [" ".join(words[start:]).casefold() for start in range(len(words) - 1)
                          if content_words(words[start])]
        return names

    def card_text(self, card: int) -> str:
        """A card's title and points as one text (see ``_card_texts``)."""
        return self._card_texts()[card]

    def cards_using(self, word: str) -> int:
        """How many cards use a content word (see ``card_words``), counted once for the whole pack."""
        if self._cards_using is None:
            counts: dict[str, int] = {}
            for index in range(len(self.pack.cards)):
                for each in self.card_words(index):
                    counts[each] = counts.get(each, 0) + 1
            self._cards_using = counts
        return self._cards_using.get(word, 0)

    def listed_with(self, name: str) -> frozenset[str]:
        """The one-word names a line of the pack marks together with ``name``, three or more, a mnemonic's line too
        ("Five beaches: **Utah**, **Omaha**, **Gold**, **Juno**, **Sword**"); read once for the whole pack."""
        if self._listed_names is None:
            self._listed_names = {}
            for card in self.pack.cards:
                for point in card.points:
                    names = frozenset(found for span in point.terms
                                      if (found := point.text[span.start:span.end].strip())[:1].isupper()
                                      and " " not in found)
                    if len(names) >= 3:
                        for found in names:
                            self._listed_names.setdefault(found, names)
        return self._listed_names.get(name.strip(), frozenset())

    def _pervasive(self, term: Term, card: int) -> bool:
        """Whether a one-word answer is an everyday word the pack speaks of on three other cards or more ("lived in
        s____" on a sheet about Dharavi, whose cards speak of slums throughout): the letter and the sheet give it
        (a term of the subject's own, "zeitgebers", is still one to learn)."""
        words = content_words(term.text)
        if term.kind != "term" or len(words) != 1 or english_zipf(next(iter(words))) < _EVERYDAY_TOPIC:
            return False
        root = next(iter(words))  # (content words are stemmed already, as each card's are)
        return sum(root in self.card_words(other) for other in range(len(self.pack.cards)) if other != card) >= 3

    def card_words(self, card: int) -> frozenset[str]:
        """A card's content words, title and points together (see ``content_words``)."""
        if self._card_words is None:
            self._card_words = [content_words(text) for text in self._card_texts()]
        return self._card_words[card]

    def _card_texts(self) -> list[str]:
        """Each card's title and points as one text, the parts joined by a NUL, which no pattern reads as a space."""
        if self._texts is None:
            self._texts = ["\0".join((card.title, *(point.text for point in card.points))) for card in self.pack.cards]
        return self._texts

    def _content(self, text: str) -> set[str]:
        if text not in self._words:
            self._words[text] = content_words(text)
        return self._words[text]

    def bank_gives_away(self, words: list[str]) -> bool:
        """Whether word-bank words would hand over a recall question's or a translation's answer (``la naranja`` in
        the bank, ``el zumo de naranja`` to write from memory)."""
        return self.banked and any(content_words(word) & content_words(answer) or holds(answer.casefold(), word)
                                   for word in words for answer in self.recalled)

    def record(self, visible: list[str], answers: list[str]) -> None:
        """Note what a chosen question prints and what it asks for."""
        self.shown += list(visible)
        self.answers += [answer for answer in answers if answer.strip()]

    def about(self, ref: PointRef, shown: str) -> frozenset[str]:
        """What a stem is about: the content words of its text and its card's title, less the words that a
        good share of the pack's points use (``cell`` in a pack on cells ties everything to everything)."""
        return frozenset((content_words(shown) | content_words(self.pack.cards[ref.card].title)) - self._common_words())

    def _common_words(self) -> frozenset[str]:
        """The content words a good share of the pack's points use."""
        if self._common is None:
            counts: dict[str, int] = {}
            for each in self.refs:
                for word in content_words(self.point(each).text):
                    counts[word] = counts.get(word, 0) + 1
            limit = max(3, len(self.refs) // 8)
            self._common = frozenset(word for word, count in counts.items() if count > limit)
        return self._common

    def content(self, card: int) -> tuple[PointRef, ...]:
        """A card's points that are content, in order."""
        return tuple(ref for ref in self.refs if ref.card == card)

    def point(self, ref: PointRef) -> Point:
        if ref not in self._points:
            self._points[ref] = unnumbered(self.pack.cards[ref.card].points[ref.point])
        return self._points[ref]

    def jitter(self) -> float:
        return self.rng.random()

    def foreign(self, ref: PointRef) -> bool:
        """Whether a point opens on a word of the language taught (``la gare`` in ``la gare – the station``)."""
        terms = self.terms[ref]
        return bool(terms) and terms[0].sort.startswith("foreign")

    def key_terms(self, ref: PointRef) -> tuple[Term, ...]:
        """The point's terms to ask about in multiple choice and true or false: the marked ones and its dates ("In
        1866 a petition …": a year is what a history sheet asks, marked or not), or in a pack with no marks at all,
        the years, numbers and names found in it."""
        return tuple(term for term in self.terms[ref] if term.marked or not self.marked or term.kind == "year")

    def label_siblings(self, ref: PointRef) -> tuple[PointRef, ...]:
        """The card's other points labelled by one of the set this point's label belongs to ("**Anaphase**: …"
        beside "**Metaphase**: …"): printed elsewhere on the sheet, each rules itself out as an option or shows
        its label swapped in false."""
        label = label_of(self.terms[ref], self.point(ref).text)
        family = self.pool.families.get(label[0], frozenset()) if label else frozenset()
        return tuple(other for other in self.refs if other.card == ref.card and other != ref
                     and (found := label_of(self.terms[other], self.point(other).text)) and found[0] in family)

    def hideable(self, ref: PointRef) -> list[Term]:
        """Terms that can be hidden: printed once in their point, in no title on the sheet, not asked yet, with
        nothing beside them that says what they are (``Silicon dioxide (SiO2)``) and none of their words elsewhere in
        the sentence."""
        point = self.point(ref)
        text = point.text
        folded = text.casefold()
        if len(GLOSS_DASH.findall(text)) > 1:
            return []  # "propre – clean; sale – dirty": a blank beside the other pair reads garbled
        gloss = GLOSS_DASH.search(text)
        labelled = gloss is not None and _LISTS_KINDS.search(self.pack.cards[ref.card].title) is not None
        if self.glossed_only and not gives_meaning(text):
            return []  # "Futur = werden + infinitive – Ich werde …", "Usually no uniform – but more Ganztagsschulen":
            # a rule or a note in English, no word of the language with its meaning
        return [term for term in self.terms[ref] if folded.count(term.text.casefold()) == 1
                and term.text.strip().casefold() not in _QUESTION_WORDS  # "can say w____ earthquakes are likely
                # (along plate margins)": the words around a question word say which
                and not (self.marked and not term.marked and term.kind == "number")  # "Rivers not dredged for c.
                # ____ yrs": where the author marks what matters, a figure left plain is a detail, not a fact to test
                and not (self.marked and not term.marked and term.kind == "name" and is_country(term.text.strip()))
                # "190 000 dead in E____ & Wales": a country left plain is the setting, and its letter names it
                and not (self.marked and not term.marked and term.kind == "name"
                         and (text[:term.start].count("(") > text[:term.start].count(")")
                              or re.search(r"(?i)\be\.\s?g\.", text[:term.start])))  # "(streaming subscriptions
                # in, D____ out)": a name left plain in an example is the author's aside, no fact to learn
                and not (self.word_list and (term.kind == "name" or len(term.text.split()) > 2))  # "Abito a ____":
                # any town, and no Italian; "À ____ – Bless you!": tes souhaits or vos souhaits, a phrase is open
                and not (self.maths and (term.kind != "term" or term.sort in ("formula", "code", "named")
                                         or re.search(r"[\d=]", term.text) or re.search(r"\d", text)
                                         or point.formulas))  # "x + 3 = 20 → ____" is arithmetic, and in
                # "S____ numbers – nth term n²" the formula names the word
                and not (gloss and term.end <= gloss.start() and not one_entry(text[term.start:gloss.start()]))
                and not (term.kind == "term" and _symbol_of(term.text, text))  # "find the w____ first – W = m g"
                and not (term.kind == "number" and _span_of(term.text, text))  # "____ in exile (1471–85)": 14 years
                and not (labelled and not text[:term.start].strip(" \"'“‘") and gloss.start() == term.end)  # "Alaska:
                # opportunities: T____ – around 2 million visitors a year, on cruise ships": the line tells its label
                and term.key not in self.asked and _written(term) not in self.asked and not self.in_titles(term.text)
                and not _in_heading(term.text, self.heading) and not self._named_in_heading(term.text)
                and not (term.kind == "year" and term.year in self.title_years)
                and not self._pervasive(term, ref.card)
                and not (term.kind == "year" and _YEAR_KNOWN_TO_ALL.search(text))  # "In ____ the COVID-19 lockdowns
                # caused the largest fall in output": a year every pupil lived through
                and not (YEAR.fullmatch(term.text.strip()) and re.search(r"(?i)\baged?\s+\d{1,3}\b", text)
                         and YEAR.search(text[:term.start] + text[term.end:]))  # "Born
                # 1491, became king in April ____ aged 17": the sum gives the year
                and not (term.sort == "shells" and _ELECTRONS_MOVED.search(text)
                         and re.search(r"\d,\d", text[:term.start] + text[term.end:]))  # "Chlorine atom: ____ →
                # gains 1 electron → Cl⁻ ion: 2,8,8": the other arrangement and the one electron give it
                and not re.search(r"(?i)\bnobel\b", term.text)  # "won the N____ in Chemistry": known to all
                and not (term.kind == "year" and _SPAN_OF_YEARS.search(text[:term.start] + text[term.end:]))
                # "Babur died in ____ – he ruled for only four years": the year he came, printed on the sheet, and
                # the span give it
                and not (term.kind == "year" and _BORN_IN.search(text[:term.start])
                         and any(_AGE_TOLD.search(other.text) for other in self.pack.cards[ref.card].points))
                # "Born ____ at Le Mans" beside "crowned … 1154, aged 21" on its card: another question may print
                # the sum
                and not any(last > first for first, last in spans_in(term.text))  # "crashed in 2014–16": a
                # student writing 2014 is right too
                and not (term.kind == "number" and (_RANGE.search(term.text) or _RANGE_END.match(text[term.end:])
                                                    or _RANGE_START.search(text[:term.start])))  # "reaction times are
                # around 0.2–0.9 s", "approx. ×1500–2000": which ends the card chose, no student could know
                and not (term.sort in ("formula", "code") and re.search(r"(?i)\bmol(?:es)?\s+of\s*$", text[:term.start])
                         and re.search(r"(?i)\b(?:molecules|particles|atoms|ions)\b", text[term.end:]))  # "0.5 mol
                # of ____ contains 3.01 × 10²³ molecules": as true of CO₂ as of H₂O
                and not (term.kind == "number" and "?" in text[term.end:])  # "yield is ____. What mass of iron is
                # made?", "How much energy turns ____ of ice at 0 °C into water?": a given of a problem the line sets,
                # which any other figure would set as well
                and not (term.kind == "number" and ARROW.search(text[:term.start].rstrip()[-2:]))  # "ratio 1 to 1
                # → ____ mol": a step's result, worked from a line the sheet does not print
                and not (term.kind == "name" and term.text.strip() in _EVERYONE_KNOWS)  # "the E____'s crust"
                and not (term.kind == "number" and re.search(r"[~≈]\s*$", text[:term.start]) and term.value is not None
                         and abs(term.value) <= 10)  # "Boil leaf in water ~1 min": roughly one, so two is as right
                and not _SHOUTED.search(term.text)  # "O____ – nothing else made" for "Only ONE product": a phrase
                # the author stressed, and the line says it again
                and not (term.text.strip().casefold() in _EMPHASIS)  # "The number of protons N____ changes", "A
                # catalyst does ____ change …": a small word marked for stress, which the letter and the grammar give
                and not (term.kind == "name" and not term.marked and term.text.strip().casefold() in _NAME_TAILS)
                # "Swachh Bharat (Clean India) M____": the common word that ends a name, which "Movement" fills too
                and not (term.kind == "number" and re.fullmatch(r"\s*1\s*", term.text)
                         and re.match(r"\s+in\s+\d", text[term.end:]))  # "About ____ in 25 people carry it": the
                # "1" of a "1 in 25" is how the ratio is written, and its 25 is the fact
                and not _labels_formula(point, term)  # "C____: Al³⁺ + 3e⁻ → Al", "carbon–carbon d____ C=C":
                # the formula beside it says it, or reduction and the negative electrode fit the label as well
                and not (re.fullmatch(r"\s*\d+\s*:\s*\d+\s*", term.text)
                         and len(re.findall(r"\d+(?:\.\d+)?", text[:term.start] + text[term.end:])) >= 2)  # "a ____
                # ratio, e.g. 24 cm³ H₂ → 12 cm³ O₂": the example's figures give 2 : 1
                and not (term.kind == "number" and _OR_BEYOND.match(text[term.end:]))  # "can drop to approx.
                # ____ or lower": any more extreme figure is as true
                and not (term.kind == "number" and _CONVERTED_BESIDE.match(text[term.end:]))  # "approx. ____ Pa
                # (c. 101 kPa)": the figure beside it in another unit
                and not any(re.search(rf"(?<!\w){re.escape(initials)}(?!\w)", text[:term.start] + text[term.end:])
                            for initials in re.findall(r"\(([A-Z][A-Za-z]{0,5})\)", term.text))  # "s____ (b).
                # 1000 mSv = 1 Sv" for "sieverts (Sv)": the symbol is printed beside it
                and not _ends_working(text[:term.start])  # "Top 210 − 4 = 206, bottom 84 − 2 = 82 → … so X =
                # ____": the line's own working reaches it
                and not (term.text.strip().isupper() and len(term.text.strip()) >= 2
                         and re.match(r"\s*(?:[a-z]+\s+){0,2}\([A-Z]", text[term.end:]))  # "C____ talks
                # (Convention for a Democratic South Africa)": an acronym before its words
                and not (term.start == 0 and re.match(r"\s*:", text[term.end:])
                         and term.text.strip().casefold() in _SCALE_LABELS)  # "G____: European airspace closed":
                # the heading of a list of effects, not a fact
                and not ((not term.marked or term.kind == "number") and _in_example(text, term))  # "(e.g. old
                # C____ lights)": an everyday example the author did not mark asks nothing of the topic, and "e.g. at
                # 0.04% and ____ CO₂" is a value chosen for the graph, any other as good
                and not _derived_in_series(text, term)  # "sulfuric acid → sulfates; nitric acid → n____"
                and not told_beside(point, term, self.word_list)]

    def ask(self, term: Term) -> None:
        """Note a term as asked: by its key, and by its words as written (``1950s`` and ``1950`` are one answer to a
        student reading the bank)."""
        self.asked.update((term.key, _written(term)))

    def in_titles(self, text: str) -> bool:
        """Whether ``text`` appears as whole words in a title printed so far (case ignored).

        The titles are searched as one string, cut by NUL (which no pack text
        holds and which is not a word character, so each title keeps its
        edges): a substring search, then a look at the characters either side.
        """
        if not self.titles:
            return False
        if self._titles_seen != len(self.titles):
            self._titles_joined = "\0".join(title.casefold() for title in self.titles)
            self._titles_seen = len(self.titles)
        joined = self._titles_joined
        needle = text.strip('"“”').casefold()
        at = joined.find(needle)
        while at != -1:
            end = at + len(needle)
            if not (at and _WORD_CHAR.match(joined, at - 1)) and not _WORD_CHAR.match(joined, end):
                return True
            at = joined.find(needle, at + 1)
        return False

    def has_alternatives(self, term: Term, needed: int) -> bool:
        """A quick test that the pack holds ``needed`` wrong answers of the term's kind."""
        if term.kind == "year":
            return (self.decades if term.form == "decade" else len(self.pool.years)) > needed
        return len(self.pool.terms.get(term.kind, ())) > needed

    def context(self, ref: PointRef, hidden: list[Term]) -> tuple[Segment, ...] | None:
        """The heading a line is printed under (see ``_context``); None where it would print a matching title beside
        words of that title's statement ("Giant covalent structures: Graphite – each C bonded to 3 others" beside the
        matching's "Graphite conducts because …")."""
        heading = self._context(ref, hidden)
        statement = self.matched.get(ref.card)
        if heading and statement and shares_a_word(self.point(ref).text, statement):
            return None  # (and "older people became apprentices" beside "Apprenticeship ended early")
        return heading

    def _names_people(self, text: str) -> bool:
        """Whether a line names someone the pack knows as a person."""
        return any(word in self.words.persons for word in re.findall(r"[A-Z][\w'’-]+", text))

    def _context(self, ref: PointRef, hidden: list[Term]) -> tuple[Segment, ...] | None:
        """The card's title before the point (it says what the point is about); empty where the point names its
        topic or the title would give a hidden term away; None where the point leans on its title ("He …", "Others …",
        "The other …") and that title would give a hidden term away, or leans on the sentence before it."""
        text = self.point(ref).text
        if is_placeholder(self.pack.cards[ref.card].title):
            return None  # "[DIAGRAM: population pyramids of China, 1980 and 2020]: 2020 – narrowing base": the lines
            # under a picture's placeholder read it, and the sheet prints no picture
        title = title_topic(printed_title(self.pack.cards[ref.card].title))
        said = re.sub(r"\W+", " ", printed_title(self.pack.cards[ref.card].title).casefold()).strip()
        if len(said.split()) >= 2 and re.sub(r"\W+", " ", text.casefold()).strip().startswith(said):
            return ()  # "Makoko – a squatter settlement partly built on s____" under "Makoko: a squatter settlement":
            # the line opens on its title's words, printed twice
        person = _PERSON.search(text) is not None and not self.names_person(title, text)
        if person:
            return None  # "He married …" on "The Battle of Bosworth": who married is on another line
        if _IT_AFTER_OPENER.match(text):
            return None  # "On the way it fired on British trawlers …" under "Battle of Tsushima": what "it" is (the
            # Baltic Fleet), the line above said
        if re.match(r"\W*They\s+[a-z]+", text) and ref.point and not self._names_people(title) \
                and self._names_people(self.pack.cards[ref.card].points[ref.point - 1].text):
            return None  # "They chose prison rather than pay a fine" below "Christabel Pankhurst and Annie Kenney
            # heckled …", under "Early militant tactics": who they are, the line above said
        pronoun = _PERSON.search(text)
        named_first = pronoun is not None and self._names_people(text[:pronoun.start()])
        if pronoun and not named_first and self._other_person_above(ref, title):
            return None  # "His successor R____ waged a war of terror" under "Dessalines and the war of independence",
            # below "… Leclerc himself died", and "In 754 his son Pepin …" below Charles Martel: whose, the line above
            # said
        if (_DONE_BY_FIRST.match(text) or DONE_BY_NOBODY.match(text)) and _TWO_THINGS.search(title):
            return None  # "Threats from left and right, 1919–22: Put down by the Freikorps", "The Dumas and Stolypin:
            # Assassinated at the Kiev opera": which rising, or who, the card's order said
        if _THING_FIRST.match(text) and (_TWO_THINGS.search(title) or _NO_THING.match(title)
                                         or _PROCESS_TITLE.search(title)):
            return None  # "Constructive and destructive waves: They are high …": which of the two, the card's order said
        if leans_on_previous(text) or self.continues(ref):
            return None  # "This was the background to …", "Afterwards …": no title stands for the sentence before
        if _VERDICT_LABEL.match(text):
            return None  # "Evaluate: real improvements in some places, but …": the author's verdict under an exam
            # command, which printed in a stem reads as an instruction to the student
        opening = re.sub(r"^[^.!?]{1,30}!\s+", "", text)  # "Spread too thin! Ruled Spain, …": who ruled, the title says
        later = any(leans_on_previous(sentence) or starts_with_pronoun(sentence)
                    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[1:])  # "… not counted. So the drop
        # looks better than it was": the drop in what, the title says
        needed = later or starts_with_pronoun(text) or _PERSON.search(text) and not self._names_person_first(text) \
            or _AMOUNT_FIRST.match(text) \
            or _SUBJECTLESS.match(text) or _OUTCOME_OF_UNSAID.match(text) or _answers_with_its_verb(title, text) \
            or _GERUND_FIRST.match(text) \
            or _COUNTED_LABEL.match(text) or _STEP_LABEL.match(text) or _LIKENED.match(text) \
            or re.match(r"(?i)\W*to\s+[a-z]{2,}\b", text) \
            or _DEFINITE.search(text) and not _defines_hidden(text, hidden) \
            or VERB_FIRST.match(opening) and opening.split(" ", 1)[0] not in self.words.proper \
            or _PRESENT_VERB_FIRST.match(text) is not None \
            or not self.word_list and any(term.start == 0 for term in hidden) and GLOSS_DASH.search(text) is not None \
            or any(term.start == 0 and re.match(r"\s*=(?!=)", text[term.end:]) for term in hidden) \
            or not GLOSS_DASH.search(text) and (
                _THING.search(text) or _short(text) or _thin(text, hidden))
        defined = any(term.start == 0 for term in hidden) and not _THEIR_FEATURES.search(text)  # ("____ = building
        # artificial structures …" under "Hard engineering": the blank is what the line defines, and its definition
        # says enough; not "____ have some but not all of the features", the features of the card's topic)
        naming = re.compile(rf"(?<!\w){re.escape(title.casefold())}(?!\w)")
        longer = [term for term in self.terms[ref]
                  if len(term.text) > len(title) and naming.search(term.text.casefold())]
        unsaid = {} if defined else {term.start: term for term in [*hidden, *longer]}  # ("… through the bile duct"
        # names the duct, not "Bile")
        if naming.search(LEFT_OFF.sub("", _blanked(text, list(unsaid.values()))).casefold()) \
                and not starts_with_pronoun(text) \
                or self.word_list and _word_and_meaning(text) and not needed \
                or _names_every_name(title, LEFT_OFF.sub("", text), hidden) and not needed:
            return ()  # the sentence names its topic (not in a blank: "… through the ____" for the bile duct, under
            # "Bile"; not in a note the sheet leaves off: "(And respiration counts as
            # metabolism!)", nor inside a longer word: "anaerobic respiration" is not "Aerobic respiration"); a word
            # with its meaning needs none, where the pack teaches a
            # language ("Electrically – a current in a circuit" is a way of transferring energy only by its title)
        label = re.match(r"([^:;–—]{2,40}):\s", text)
        if label and not any(term.start < label.end() for term in hidden) \
                and content_words(label.group(1)) and content_words(label.group(1)) <= content_words(title):
            return ()  # "1825 Act: unions were legal …" under "Repeal and the 1825 Act": its label is the title's
            # topic, and printed before it the title reads "…the 1825 Act: 1825 Act:"
        shown = _blanked(text, hidden)
        named = [found.group() for found in re.finditer(r"(?:^|(?<=\s))[A-Z][\w'’-]+", title)
                 if len(found.group()) > 2 and found.group().casefold() not in _OPENING_WORDS
                 and (found.start() > 0 or found.group() in self.words.proper)]  # ("Happisburgh – what has been
        # done?", not "Reaction time and thinking distance")
        named += [found.group() for found in _PERIOD.finditer(title)]  # ("Why did medieval people think they got
        # ill?": when, only the title says, on a sheet of 750 years)
        named = [word for word in named if not re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", self.heading)]
        # ("How is Rio tackling its traffic?" on a sheet headed "Urban growth: a case study of Rio de Janeiro")
        case_missing = bool(named) and not any(re.search(rf"(?<!\w){re.escape(word)}", shown) for word in named)
        # ("Case study – Happisburgh, Norfolk: Village on the N____ coast": which village, only the title says)
        if any(holds(title.casefold(), term.text.strip('"')) or _shares_a_word(term.text, title) or _initials_in(term.text, title)
               or inside_word(term.text, title) or inside_word(title, term.text)
               or _figure_in(term, title) or _other_figure_in(term, title)
               or _akin(content_words(term.text), content_words(title)) or _head_akin(term.text, title)
               or _led_by(term.text, title) or _opens_a_title_word(term.text, title) for term in hidden):
            # "Act and rule utilitarianism: ____ judges each action …" prints the answer's words, "Lamarck vs Darwin:
            # ____ suggested …" a part of the name, "Work and power: W____ is force times distance" half of "Work done",
            # "Hormones to treat infertility: F____ drugs" most of "Fertility"
            topic = content_words(title) & {word for term in hidden for word in content_words(term.text)}
            return None if needed or case_missing or len(hidden) > 1 and not topic & content_words(shown) else ()
            # ("Effect of temperature: Rate is fastest at the (a) o____, about (b) ____": the title's word, hidden
            # with one answer, leaves two blanks about nothing, where "optimum pH … pH 7" fits as well)
        if re.search(r"\?\s*(?:\([^()]*\))?\s*$", title):  # ("How far did the reforms help? (evaluation)")
            if _ANSWER_LABEL.match(text):
                return None  # "Evidence against / uncertainty: the record only goes back to 1884" under "Is UK
                # weather becoming more extreme?": against what, only the question says
            if case_missing:
                return None  # "Why did Boscastle flood?: Ground already saturated after a wet start to August": the
                # case the line is about is in the title the sheet does not print
            said = re.sub(r"(?i)\b(?:of|an?|the|with|by|for|from|in|on)\s+[a-z]+ed\b|,?\s*(?:e\.g\.|such as)\s.*$",
                          "", text)  # (a word in -ed before its noun, "damaged tissue", tells nothing done)
            if any(term.start == 0 for term in hidden) and not has_verb(said):
                return None  # "R____ of damaged tissue, e.g. healing a cut" under "Why do cells divide by mitosis?":
                # an item that opens a line under a question, with no verb, is an answer to it, and alone, plain
                # English
            return None if needed or not has_verb(re.sub(r"\([^()]*\)", "", text)) else ()  # "Where is Nigeria,
            # and why does it matter? Population about ____": a question is no topic to print before a line, and a
            # line with no verb but in a note ("Reply to the US missiles in T____", "Rack-renting (landlords hiked
            # rents) + decline in the cloth trade") answers only it
        # Every other sentence carries its card's title too: "At the cathode, hydrogen is made if the metal is more
        # reactive" is true of a solution, false of a melt, and only the title says which
        return (Segment(f"{title} " if title.rstrip().endswith("!") else f"{title}: ", "context"),)

    def continues(self, ref: PointRef) -> bool:
        """Whether the point completes a sentence an earlier point of its card left open ("As the chain gets
        longer..." then "Flammability goes down"): without that opening it says not when; or takes its subject from
        the line above ("2. The atrium contracts" under "… enters the right atrium", "Spread by …" under a disease).
        """
        points = self.pack.cards[ref.card].points
        return any(re.search(r"(?:\.\.\.|…)\s*$", point.text) for point in points[:ref.point]) \
            or ref.point > 0 and _one_of_two_before(points[ref.point].text, points[ref.point - 1].text) \
            or ref.point > 0 and _STEP_DONE_BY_BEFORE.match(points[ref.point].text) is not None \
            or ref.point > 0 and _STEP_COMPARED.match(points[ref.point].text) is not None \
            and not re.search(r"(?i)\bthan\b", points[ref.point].text) \
            or ref.point > 0 and _DONE_TO_ONE.match(points[ref.point].text) is not None \
            and sum(bool(point.terms) and point.terms[0].start == 0 and GLOSS_DASH.search(point.text) is not None
                    for point in points) >= 2  # "Spread by undercooked food …" under "Salmonella – …" and
        # "Gonorrhoea – …": which disease is spread, only the line above says

    def _names_person_first(self, text: str) -> bool:
        """Whether the point names a person before its he, she, his or her ("Pope Pius V … excommunicated Elizabeth
        and told Catholics they need not obey her"): the line says whom it means, with no title."""
        pronoun = _PERSON.search(text)
        return pronoun is not None and any(found.start() < pronoun.start()
                                           and found.group() in self.words.persons | self.words.possessive
                                           for found in _NAMED.finditer(text))

    def _other_person_above(self, ref: PointRef, title: str) -> bool:
        """Whether the line above on the card names a person the title does not."""
        if not ref.point:
            return False
        above = self.point(PointRef(ref.card, ref.point - 1)).text
        return any(word in self.words.persons and word not in title
                   for word in re.findall(r"[A-Z][\w'’-]+", above.replace("'s", "").replace("’s", "")))

    def names_person(self, title: str, text: str) -> bool:
        """Whether a card's title, the pack's title or the point itself names the person its he, she, his or her
        stands for: a name seen acting in the pack, or a title of capitalised words only (``Mary I``, ``Adam Smith``)
        that names no event, group, document or place."""
        if self._names_person_first(text):
            return True  # "Keynes argued that his …"
        people = self.words.persons | {word for word in self.words.possessive if not body_or_document(word)}  # ("the
        # Company's army": a body, no person)
        people |= {name.split()[-1] for name in self.words.persons if " " in name}  # ("Bohr" of Niels Bohr)
        words = title.replace("'s", "").replace("’s", "").split()
        sheet = self.pack.title.replace("'s", "").replace("’s", "").split()
        named = [part for part in re.split(r",|;|&|\band\b|\bvs?\.?(?=\s)|\bversus\b|[–—/]", " ".join(words))
                 if any(word.strip(",.:") in people for word in part.split())]
        if len(named) > 1:
            return False  # "Bohr, protons and Chadwick: His calculations matched …": whose, the card's order said
        if any(word.strip(",.:") in people for word in words + sheet):
            return True  # the card's title names a person, or the whole sheet is about one ("Khrushchev in power")
        return bool(words) and words[0] not in ("The", "A", "An") and all(
            word[:1].isupper() or word in ("of", "de", "von", "van", "the") for word in words) and not any(
            kind in ("organisation", "document", "event", "water", "place", "country", "region", "landform", "street")
            for kind in (name_sort(title, title, 0, len(title), frozenset()),))

    def segments(self, ref: PointRef, replaced: dict[int, Segment]) -> tuple[Segment, ...]:
        """The point as segments, with the terms starting at the keys of ``replaced`` swapped for its values."""
        text = self.point(ref).text
        note = next((found for found in LEFT_OFF.finditer(text) if found.end() == len(text.rstrip())), None)
        if note is not None and all(start < note.start() for start in replaced):  # "… in the Hall of Mirrors –
            # remember the terms as **LAMB**.": the closing note goes with the terms inside it
            text = text[:note.start()]
        out: list[Segment] = []
        cursor = 0
        spans = {span.start: span.end for span in self.point(ref).terms if span.end <= len(text)}
        spans.update((term.start, term.end) for term in self.terms[ref] if term.start in replaced)  # (a hidden
        # term may end before its mark does: "**Duke of Parma's**" hides "Duke of Parma", and prints "'s")
        for start, end in sorted(spans.items()):
            if start > cursor:
                piece = LEFT_OFF.sub("", text[cursor:start])
                out.append(Segment(piece.lstrip() if cursor == 0 else piece, "text"))  # "(HT) The rate …"
            out.append(replaced.get(start, Segment(text[start:end], "term")))
            cursor = end
        if cursor < len(text):
            out.append(Segment(LEFT_OFF.sub("", text[cursor:]), "text"))  # "v = s / t (recall this one!)"
        return tuple(out)


def _years(date: str | None) -> frozenset[int]:
    if not date:
        return frozenset()
    placed = date_of(date)
    if placed is not None:
        return frozenset({placed[0]})
    if re.search(r"\b(?:AD|CE)\b", date):  # "AD 60–61"
        return frozenset(int(year) for year in re.findall(r"\b\d{1,4}\b", date))
    return frozenset(int(year) for year in re.findall(r"\b(1\d{3}|20\d{2})\b", date))


def _dates_early(pack: Pack) -> bool:
    """Whether the pack dates things before the year 1000: a card's date, or "AD 43", "133–44 BC" or "793–1066" in
    its title."""
    return re.search(r"\b(?:AD|CE)\s*\d|\b\d{1,3}\s*(?:AD|CE|BCE?)\b|(?<![\d.,])\d{3}\s*[–—-]\s*\d{3,4}\b",
                     pack.title) is not None or any(
        0 < abs(year) < 1000 for card in pack.cards for year in _years(card.date))


_FOLLOWERS = {"muslim": "Islam", "christian": "Christianity", "jew": "Judaism", "jewish": "Judaism",
              "buddhist": "Buddhism", "hindu": "Hinduism", "sikh": "Sikhism"}
"""A faith's followers, by the faith: "said to become a M____" under "Islam: beliefs …" is known to all."""
_EVERYONE_KNOWS = {"Earth", "Sun", "Moon", "the Earth", "the Sun", "the Moon", "Bunsen", "Bunsens", "God", "Jesus",
                   "Christ", "Jesus Christ", "Allah", "Europe", "Africa", "Asia", "America", "Church", "the Church",
                   "Judas", "Judas Iscariot"}
"""Names every student knows before the topic: "the E____'s crust", "Blue flame on a B____", "bowing at the name of
J____" ask nothing."""
_SETTINGS = ("place", "country", "region", "continent")
_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")
"""A person the sentence does not name: the card's title must."""
_IT_AFTER_OPENER = re.compile(r"\W*(?:On|In|At|After|During|By|From|With|Before|Along|Near)\s+(?:[a-z]+\s+){1,3}"
                              r"(?:it|they)\s+[a-z]+")
"""An opening phrase of place or time, then "it" or "they" as the subject ("On the way it fired …")."""
_PRESENT_VERB_FIRST = re.compile(r"\W*(?:Uses|Has|Contains|Produces|Makes|Gives|Allows|Shows|Needs|Takes|Works|"
                                 r"Is|Are|Can|Cannot|Carries|Forms|Releases|Absorbs|Stores|Controls)"
                                 r"\s+(?:a|an|the|[a-z]{2,})\b")
"""A line that opens on a verb in the present, its subject the card's title ("Uses a beam of electrons instead of
light" under "Electron microscope"): printed without the title, it says not what does it."""
_AMOUNT_FIRST = re.compile(r"(?i)^(?:(?:typically|usually|normally|generally|often)\s+)?"
                           r"(?:(?:over|about|around|nearly|almost|more than|fewer than|less than|up to|roughly|"
                           r"approximately|at least)\b|\d)")
"""A sentence that opens on an amount ("Over 200,000 people died.", "Typically around 500 km across"): what it
counts is in the card's title."""
_THING = re.compile(r"(?i)\b(?:it|its|they|them|their)\b")
"""A thing the sentence does not name ("… found a way to mass-produce it"): the card's title says what."""
_SCALE_LABELS = frozenset({"local", "national", "regional", "global", "international", "primary", "secondary",
                           "social", "economic", "environmental", "political", "short-term", "long-term", "immediate",
                           "positive", "negative", "advantages", "disadvantages"})
"""Labels that head a line of a list of effects or responses ("Global: …", "Short-term: …")."""
_OPENING_WORDS = frozenset({"the", "why", "how", "what", "when", "where", "who", "which", "whose", "was", "were",
                            "did", "does", "can", "could", "should", "case", "key", "main", "more", "other", "some",
                            "this", "these", "those", "its", "their", "our", "your", "and", "for", "from", "with",
                            "into", "after", "before", "during", "under", "over", "life", "early", "late", "new",
                            "old"})
"""Capitalised words that open a title without naming its case ("Why …", "Case study – …", "The …")."""
_COUNTED_LABEL = re.compile(r"(?i)\W*(?:(?:two|three|four|five|\d+|main|key|other)\s+(?:causes?|reasons?|effects?|"
                            r"factors?|types?|ways?|problems?|benefits?|impacts?)\s*[:–—]|"
                            r"[A-Z][a-z]+(?:\s+\d+[a-z]?)?\s*(?::|→)|"
                            r"\(\s*[+−-]\s*\))")
"""A line headed by a count of things ("Two causes: …"), by a one-word label ("Treatment: …", "Industrial → may
hold …"), by a numbered one ("Ray 2: through the centre") or by a sign ("(−) Locals shut out of beaches"): causes,
treatment, a drawback or a ray of what, its title says."""
_THEIR_FEATURES = re.compile(r"(?i)\bthe\s+(?:features|characteristics|properties)\b(?!\s+of\b)")
"""The features of something a line does not name ("have some but not all of the features"): its card's topic."""
_LIKENED = re.compile(r"(?i)\W*(?:(?:like|unlike)\s+(?:a|an|the)\s+\w|(?:contrast(?:ed)?|compared?|in contrast)\s+"
                      r"(?:with|to)\b|similar\s+to\b|as opposed to\b)")
"""A line that opens by likening its subject to another ("Like a triglyceride, but one fatty acid is replaced …",
"Contrast with private goods, which are excludable"): what is likened, only its card says."""
_STEP_LABEL = re.compile(r"(?i)\W*(?:(?:first|second|third|next|final|last)\s+step|step\s*\d+)\s*[:–—.-]")
"""A line headed as a step ("First step: choose a suitable source …"): a step of what, only its card says."""
_ASKED_TOPIC = re.compile(r"(?i)^\W*(?:what|who)\s+(?:is|are|was|were|affects|controls|decides|determines)\s+"
                          r"(?:an?\s+|the\s+)?((?:(?!\b(?:how|why|where|when|what|which|who)\b)[^?]){3,60}?)"
                          r"(?:\s+(?:really|actually|truly|honestly))?(?:\s+like)?\s*\?\s*$")
# ("What is the UK's climate like?", "What is a favela actually like?")
"""A title asking what a thing is ("What is a tropical storm?"): the thing is the topic a line is printed under (not
where it asks more: "What are pathogens and how do they spread?")."""
_DOING_TOPIC = re.compile(r"(?i)^\W*(?:where|when|why|how)(?:\s+and\s+(?:where|when|why|how))?\s+(?:do|does|did)\s+"
                          r"(?:an?\s+|the\s+)?([^?]{3,40}?)\s+(?:[a-z]+\s+(?:and|or)\s+)?"
                          r"(?:form|happen|occur|develop|start|begin|grow|spread|live|work|move|change)\s*\?\s*$")
"""A title asking where, when, why or how a thing does what it does ("Where and when do tropical storms form?", "Why
did Lutheranism survive and spread?")."""
_SUBJECTLESS = re.compile(r"(?i)^\W*(?:(?:only|also|just|mostly|mainly|usually|often|always|never|still|even)\s+"
                          r"[a-z]|(?:with|in|on|at|by|from|under|when|if|during)\s+[^→,:;.]{1,30}→|"
                          r"(?:first|last|next)\s+to\s+[a-z]+|"
                          r"(?:products|results|effects|causes|consequences|benefits|advantages|disadvantages|impacts|"
                          r"outcomes)\s+(?:are|were|can|may|include|included)\b|"
                          r"part\s+of\s+(?:the|a|an)\s+[^,.;:]{1,40}?\s*[–—-]\s|"
                          r"too\s+(?:high|low|much|little|hot|cold|many|few)\b|not\s+[a-z]+(?:ed|en)\b|"
                          r"(?:one|some)\s+of\s+the\s+(?:[a-z]+est|most|first|last|biggest|main)\b|"
                          r"needs?\s+(?:two|three|four|both|to)\b|no\s+(?:known\s+)?(?:cure|treatment|vaccine)\b|"
                          r"(?:very\s+)?(?:good|poor|bad|high|low|strong|weak)\s+[a-z]+(?:\s+[a-z]+)?\s+because\b)")
"""A line with no subject of its own ("Only partially ionise in water", "With water → metal hydroxide + …", "Last to
go – Waltham Abbey", "Good thermal conductors because …"), or one whose subject is of something unsaid ("Products are
used to build new molecules": of digestion), or a fragment naming only what it is part of ("Part of the water cycle –
transpiration makes rain"): what does so, the last of what or the products of what, only its title says; "Not caused
by a pathogen – …" says not what is not, "One of the largest slums in Asia" not what is, "Need two things – …" not
what needs them."""
_GERUND_FIRST = re.compile(r"\W*(?:[A-Za-z]+ly\s+)?[A-Za-z]{2,}ing\b(?!\s+(?:is|are|was|were|has|can)\b)")
"""A line that opens on a gerund ("Electrically stimulating parts of the brain …"): a method with no subject, whose
topic only its title says."""


_PERIOD = re.compile(r"(?i)\b(?:medieval|mediaeval|ancient|prehistoric|early modern|modern-day|industrial|"
                     r"pre-industrial|post-war|wartime|inter-war)\b")
"""An age a title names in a word of its own ("Why did medieval people think they got ill?")."""


def _answers_with_its_verb(title: str, text: str) -> bool:
    """Whether the line opens on the verb its question title ends on ("Where and how do tropical storms form?": "Form
    between 5° and 30° …"): what forms, only the title says."""
    asked = re.search(r"([^\W\d_]{3,})\s*\?\s*$", title)
    first = re.match(r"\W*([^\W\d_]+)", text)
    return asked is not None and first is not None and first.group(1).casefold() == asked.group(1).casefold()


_DONE_BY_FIRST = re.compile(r"\W*[A-Z][a-z]+(?:\s+(?:down|up|out|off))?\s+by\b")
"""A line that opens on what was done and by whom, with no subject ("Put down by the Freikorps")."""
_THING_FIRST = re.compile(r"(?i)^\W*(?:it|its|they|their|them|these|those|this|both|each)\b")
_TWO_THINGS = re.compile(r"(?i)\s(?:and|or|vs\.?|versus)\s|&|,")
"""A title naming two things ("Constructive and destructive waves"): it cannot say which one "They" is."""
_NO_THING = re.compile(r"(?i)^\W*(?:the\s+)?(?:impacts?|effects?|causes?|reasons?|consequences?|results?|comparing|"
                      r"comparisons?|advantages?|disadvantages?|problems?|benefits?|uses?|types?|features?|factors?|"
                      r"case study|examples?)\b")
"""A title that names no thing a "They" could be ("Impacts of migration: They can lose young workers")."""
_PROCESS_TITLE = re.compile(r"(?i)(?:tion|sion|ment|ing|ance|ence|ity|ism)\W*$")
"""A title naming a process or a quality ("Decomposition"): no "They" does it."""
_DEFINITE = re.compile(r"^(?:An?|an?) (?:\w+ )?(?:version|copy|result|effect|consequence|reason|outcome|response|"
                       r"reaction|example|part|member|section)\b|^(?:An?|an?) [a-z]+ of\b|^(?:The|the) [a-z]|"
                       r"\bthe (?:village|town|city|area|region|site|scheme|project|campaign|plan|policy|dam|country|"
                       r"company|war|battle|treaty|experiment|speech|government|island|coast|valley|river|community|"
                       r"school|report|study|features|characteristics)\b")
"""A thing named only by "the" ("The campaign failed …", "… just above the village") or a part of something unnamed
("An edited version went to …", "A mixture of lots of compounds – mostly …"): which one, the title says."""


def _span_of(answer: str, text: str) -> bool:
    """Whether a count of years is the length of a span of years the line prints ("14 years in exile (1471–85)")."""
    count = re.fullmatch(r"\s*(\d{1,3})\s+years?\s*", answer)
    if count is None:
        return False
    for start, end in re.findall(r"\b(1\d{3}|20\d{2})\s*[–—-]\s*(\d{2,4})\b", text):
        finish = int(end) if len(end) == 4 else int(start[:4 - len(end)] + end)
        if finish - int(start) == int(count.group(1)):
            return True
    return False


def _symbol_of(answer: str, text: str) -> bool:
    """Whether the line's equation has the answer's first letter for its subject ("W = m g" beside "weight")."""
    letter = answer.strip()[:1].upper()
    return letter.isalpha() and re.search(rf"(?<![\w.°]){re.escape(letter)}\s*=", text) is not None  # ("950 °C =
    # less energy" is no symbol C)


def _overlapping(answer: str, other: str) -> bool:
    """Whether one answer opens with the other's words ("surface area" and "surface area to volume ratio"): with its
    first letter, either line takes either answer; or one name ends the other ("Cressingham", "Hugh de Cressingham"):
    the same person asked twice, each blank calling up the other."""
    mine, theirs = answer.casefold().split(), other.casefold().split()
    shorter, longer = sorted((mine, theirs), key=len)
    return 0 < len(shorter) < len(longer) and (
        longer[:len(shorter)] == shorter and len(shorter[0]) >= 4
        or answer[:1].isupper() and other[:1].isupper() and longer[-len(shorter):] == shorter
        and len(shorter[-1]) >= 4)


def _negated_form(answer: str, other: str) -> bool:
    """Whether one answer is the other with a negating prefix ("Abiotic" and "Biotic", "non-renewable" and
    "renewable"): each blank, with its letter, gives the other."""
    one, two = sorted((answer.strip().casefold(), other.strip().casefold()), key=len)
    return len(one) >= 4 \
        and re.fullmatch(rf"(?:a|ab|an|non-?|un|in|im|ir|il|dis|anti-?){re.escape(one)}", two) is not None


def _close_figures(answer: str, other: str) -> bool:
    """Whether two answers are figures of one unit within a twentieth of each other ("90%" of electricity from
    hydropower, "89%" of new cars electric): a line saying "about" either takes either, and no key can tell them
    apart."""
    mine, theirs = (re.fullmatch(r"[£$€]?\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)", text.strip()) for text in (answer, other))
    if not mine or not theirs or not mine.group(2) or mine.group(2) != theirs.group(2) \
            or answer.strip() == other.strip():
        return False
    first, second = (float(found.group(1).replace(",", "")) for found in (mine, theirs))
    return max(first, second) > 0 and abs(first - second) <= 0.05 * max(first, second)


def _year_of(answer: str, other: str) -> bool:
    """Whether one answer is a bare year and the other a date in it ("1676", "September 1676"): printed in a word
    bank, the year tells the other line's ("In ____ Bacon led poor farmers" beside "Rebels burned Jamestown in
    September 1681", false)."""
    mine, theirs = answer.strip(), other.strip()
    return mine != theirs and any(re.fullmatch(r"\d{3,4}", one) and re.search(rf"(?<!\d){one}$", two)
                                  for one, two in ((mine, theirs), (theirs, mine)))


def _two_forms(answer: str, other: str) -> bool:
    """Whether two one-word answers are one word in two forms ("Sterilise", "sterilisation"; "navvy", "navvies"):
    whoever knows one writes both, and either line tells the other."""
    mine, theirs = answer.strip().casefold(), other.strip().casefold()
    return mine != theirs and " " not in mine + theirs \
        and (shares_root(mine, theirs, 6) or singular(mine) == singular(theirs) or _prefixed(mine, theirs))


_ORDINALS = frozenset("first second third fourth fifth 1st 2nd 3rd 4th 5th".split())
_SERIES_NUMBERS = frozenset("1 2 3 4 5 i ii iii iv".split())
"""Numbers that name one of a series after its word ("Type 2 diabetes", "Stage II")."""


_YEARS_LATER = re.compile(r"\b(\d{3,4})\b[^.;]{0,60}?\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)"
                          r"\s+years\b")
"""A year and a count of years after it in one sentence ("in 1568 and was held prisoner for nearly 19 years")."""


def _reckoned_year(answer: str, text: str) -> bool:
    """Whether a year answer is a printed year plus the years the same sentence counts on from it (to a year)."""
    asked = re.fullmatch(r"\s*(?:[A-Za-z]+\s+)?(\d{3,4})\s*", answer)
    if asked is None:
        return False
    return any(abs(int(year) + (int(count) if count.isdigit() else NUMBER_WORDS[count]) - int(asked.group(1))) <= 1
               for year, count in _YEARS_LATER.findall(text) if year != asked.group(1))


def _paired_answers(answer: str, other: str) -> bool:
    """Whether two answers differ only by the two words of a pair ("step-up transformers", "step-down
    transformers"), or by their first word ("red blood cells", "white blood cells"): asked on one sheet, either calls
    up the other."""
    mine, theirs = answer.casefold().split(), other.casefold().split()
    differing = [(one, two) for one, two in zip(mine, theirs) if one != two]
    return len(mine) == len(theirs) > 1 and len(differing) == 1 and (
        partners(*differing[0]) or mine[0] != theirs[0] and len("".join(mine[1:])) >= 5
        or set(differing[0]) <= _ORDINALS
        or set(differing[0]) <= _SERIES_NUMBERS
        and all(word.isalpha() and len(word) >= 4 for word in mine if word not in differing[0]))
    # ("R____ (3 words) carry oxygen" beside "W____ (3 words) … defend
    # against pathogens": whoever writes red blood cells has the other's "blood cells"; so "S____ (2 words)" beside
    # "P____ (2 words)", spongy and palisade mesophyll; and "First law" beside "Second law", or "Type 1 diabetes"
    # beside "Type 2 diabetes", the one left of two)


def compound_told(text: str, answer: str) -> bool:
    """Whether ``text`` prints a one-word compound answer's first word ("from ships to cars … s____ town" for
    shipbuilding), or the answer clipped ("co-op" for co-operatives): with its letter, the rest follows."""
    word = answer.strip().casefold()
    joined = word.replace("-", "")
    if re.fullmatch(r"[^\W\d_]{6,}", joined) and any(
            len(clip.replace("-", "").rstrip(".")) >= 4 and joined.startswith(clip.replace("-", "").rstrip("."))
            for clip in re.findall(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])|(?<![\w-])[^\W\d_]+\.",
                                   text.casefold())):
        return True
    return re.fullmatch(r"[^\W\d_]{8,}", word) is not None and any(
        len(word) - cut >= 5 and re.search(rf"(?<!\w){re.escape(word[:cut])}s?(?!\w)", text.casefold())
        for cut in range(4, len(word) - 4)) or re.fullmatch(r"[^\W\d_]{7,}", word) is not None and re.search(
        rf"(?<!\w){re.escape(word[:3])}(?!\w)", text.casefold()) is not None and word[3:] in _WORD_ENDS
    # ("E____: the ring of cloud around the eye": eyewall)


def compound_of_printed(text: str, answer: str) -> bool:
    """Whether a compound word of an answer is a word its line prints joined to an English word ("F____ (2 words) =
    wearing away of paths", footpath erosion; "In the ear, sound waves make the e____ vibrate", eardrum): with its
    letter, the other part is all there is to find."""
    printed = text.casefold()

    def shown(part: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(part)}(?:s|es)?(?!\w)", printed) is not None

    return any(shown(word[cut:]) and english_zipf(word[:cut]) >= COMPOUND_PART
               or shown(word[:cut]) and len(word) - cut >= 4 and english_zipf(word[cut:]) >= COMPOUND_PART
               for word in re.findall(r"[^\W\d_]{7,}", answer.casefold()) for cut in range(3, len(word) - 3))


COMPOUND_PART = 3.0
"""How common (Zipf) the part of a compound not printed must be for it to be a word of its own ("foot" in footpath,
"drum" in eardrum)."""


_WORD_ENDS = frozenset({"wall", "light", "shine", "line", "land", "water", "way", "ways", "side", "stone", "wood",
                        "work", "fall", "flow", "ball", "berg", "bed", "head", "port", "ship", "storm"})
"""Words a compound ends on ("eyewall", "sunlight", "seawall"): printed, its first word of three letters tells it."""


def _opposite_printed(answer: str, shown: str) -> bool:
    """Whether the sheet prints an answer without its negating prefix ("Ir____ solid" beside "Regular solid – …"),
    or with the opposite prefix ("downhill" for "uphill"): with the letters before the line, the answer is that word
    negated or turned."""
    word = answer.strip().casefold()
    prefix = re.match(r"(?:ir|il|im|in|un|non-?|dis)(?=[^\W\d_]{5,})|a(?=[^\W\d_]{6,})", word)  # ("Ab____ factors"
    # beside "Biotic factors")
    if prefix is not None and re.search(rf"(?<!\w){re.escape(word[prefix.end():])}(?!\w)", shown) is not None:
        return True
    return any(word.startswith(side) and re.fullmatch(r"-?[^\W\d_]{3,}", word[len(side):])
               and re.search(rf"(?<!\w){other}-?{re.escape(word[len(side):].lstrip('-'))}(?!\w)", shown) is not None
               for side, other in _PREFIX_OPPOSITES) \
        or any(word.startswith(side) and re.fullmatch(r"-?[^\W\d_]{5,}", word[len(side):])
               and re.search(rf"(?<!\w){other}-?[^\W\d_]{{5,}}", shown) is not None
               for side, other in _PREFIX_OPPOSITES if len(side) >= 4) \
        or _other_side_printed(word, shown)
    # ("Positive m → u____; negative m → downhill" (uphill); "o____ and underconsumption": overproduction)


def _other_side_printed(answer: str, shown: str) -> bool:
    """Whether the sheet prints a phrase answer with its first word turned to the other side ("U____ (2 words)"
    beside "Lower epidermis"): with its letter, the answer is the other of the pair."""
    first, _, rest = answer.partition(" ")
    other = _SIDES.get(first)
    return other is not None and len(rest) >= 4 and re.search(rf"(?<!\w){other}[\s-]+{re.escape(rest)}(?!\w)",
                                                                shown) is not None


def spelled_like(text: str, answer: str) -> bool:
    """Whether ``text`` prints a word spelled all but alike to a one-word answer ("The Sahel" over "Name comes from the
    Arabic s____", sahil): with its letter, the answer is read off the page."""
    word = answer.strip().casefold()
    if not re.fullmatch(r"[^\W\d_]{4,}", word):
        return False
    return any(other[0] == word[0] and _one_letter_apart(other, word) and other.rstrip("s") != word.rstrip("s")
               for other in set(re.findall(r"[^\W\d_]{4,}", text.casefold())))


def _one_letter_apart(one: str, other: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    start = len(os.path.commonprefix((one, other)))
    return one[start + (len(one) >= len(other)):] == other[start + (len(other) >= len(one)):]


def worked_beside(text: str, answer: str) -> bool:
    """Whether a line with an equation prints a whole-number answer, or two numbers it is the difference of, in one
    script ("Alpha decay: mass number down by ____ … ²³⁸₉₂U → ²³⁴₉₀Th + ⁴₂He": 238 − 234, and the 4 of ⁴₂He), or
    holds a chemical equation a small count is read off."""
    if not re.fullmatch(r"\d{1,4}", answer.strip()) or not re.search(r"→|=|⇌", text):
        return False
    wanted = int(answer)
    if wanted <= 20 and re.search(r"[A-Z][a-z]?[₀-₉]*\s*(?:\+\s*\d*\s*[A-Z][a-z]?[₀-₉]*\s*)*(?:→|⇌)", text):
        return True  # "N₂ + 3H₂ ⇌ 2NH₃ has ____ gas molecules on the left": a count the equation beside it shows
    for script in (r"[0-9]+", r"[⁰¹²³⁴-⁹]+", r"[₀-₉]+"):
        numbers = [int(unicodedata.normalize("NFKC", found)) for found in re.findall(script, text)]
        if wanted in numbers or any(first - second == wanted for first in numbers for second in numbers):
            return True
    return False


def topic_told(point: str, text: str, title: str) -> bool:
    """Whether a line names a short answer's topic and says a point of its scheme, three of the point's words in some
    form ("The liver makes bile; the gall bladder stores it" beside "Write three points about: Bile", whose scheme
    credits "Made in the liver, stored in the gall bladder, …")."""
    core = re.sub(r"(?i)^\W*the\s+", "", printed_title(title)).strip(" .:").casefold()
    if not core or not re.search(rf"\b{re.escape(core)}", text.casefold()):
        return False
    own, told = content_words(point.casefold()) - content_words(core), content_words(text.casefold())
    return sum(any(word == other or shares_root(word, other, 4) for other in told) for word in own) >= 3


def said_again(point: str, text: str) -> bool:
    """Whether ``text`` says most of ``point`` in other words: most of its content words, four at least; or its year
    and three more of its words ("August 1918: Fanny Kaplan shoots and wounds Lenin → the Red Terror is stepped up"
    beside "After the attack on Lenin in August 1918 it launched the Red Terror": one event told twice)."""
    words = content_words(point)
    shared = words & content_words(text)
    return len(words) >= 4 and (len(shared) >= max(4, 0.6 * len(words))
                                or len(shared) >= 4 and any(YEAR.fullmatch(word) for word in shared))


def antonym_told(text: str, answer: str) -> bool:
    """Whether a line prints the opposite of a one-word answer, in any degree ("Crossing a synapse is the s____ part,
    so fewer synapses give a faster response": slowest; "open in the l____ … close in the dark"): with its letter,
    the answer is the other of the pair."""
    word = answer.strip().casefold()
    printed = set(re.findall(r"[^\W\d_]+", text.casefold()))
    return any(word in _degrees(base) and printed & _degrees(other) for base, other in _ANTONYMS)


def _degrees(base: str) -> set[str]:
    """An adjective and its comparative and superlative ("big", "bigger", "biggest"; "large", "larger")."""
    stem = base[:-1] if base.endswith("e") else base[:-1] + "i" if base.endswith("y") else \
        base + base[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base) else base
    return {base, stem + "er", stem + "est"}


_ANTONYMS = frozenset(way for pair in (("slow", "fast"), ("high", "low"), ("large", "small"), ("big", "small"),
                                       ("long", "short"), ("hot", "cold"), ("strong", "weak"), ("light", "dark"),
                                       ("wet", "dry"), ("thick", "thin"), ("heavy", "light"), ("early", "late"),
                                       ("deep", "shallow"), ("warm", "cool"), ("wide", "narrow"),
                                       ("salinity", "fresh"), ("salty", "fresh"), ("saline", "fresh"))
                      for way in (pair, pair[::-1]))
"""Adjectives whose opposite beside the blank names them (and the saltiness that "fresher water" names)."""


_PREFIX_OPPOSITES = (("up", "down"), ("down", "up"), ("over", "under"), ("under", "over"), ("endo", "exo"),
                     ("exo", "endo"), ("hyper", "hypo"), ("hypo", "hyper"), ("inter", "intra"), ("intra", "inter"),
                     ("pre", "post"), ("post", "pre"), ("im", "ex"), ("ex", "im"), ("in", "out"), ("out", "in"),
                     ("in", "ex"), ("ex", "in"))
"""Prefixes that say the opposite of each other: a word's other half printed tells the word."""
_SIDES = {one: other for pair in ("upper lower", "inner outer", "left right", "north south", "east west",
                                   "positive negative", "anterior posterior", "front back", "top bottom",
                                   "internal external", "maximum minimum", "input output", "male female")
          for one, other in (pair.split(), pair.split()[::-1])}
"""Words that name the two sides of a pair: one printed before the rest of a phrase tells the phrase with the
other."""


_ELEMENT_OF_CLASS = {"oxide": "oxygen", "chloride": "chlorine", "bromide": "bromine", "iodide": "iodine",
                     "fluoride": "fluorine", "sulfide": "sulfur", "sulphide": "sulphur", "nitride": "nitrogen",
                     "hydride": "hydrogen", "carbide": "carbon"}
"""A class of compounds and the element whose name tells it ("oxides" beside "oxygen")."""


def stem_told(text: str, answer: str) -> bool:
    """Whether ``text`` prints a one-word answer's stem inside a longer word ("measured in v____ with a voltmeter"
    asking "volts"), a plural answer's singular, its words written as one ("Fairtrade" for fair trade), or the root
    an answer's first word grows from by a suffix ("East" for "easterly winds"): the word beside the blank spells it."""
    word = re.sub(r"\s*\([^()]*\)", "", answer).strip().casefold()  # ("volts (V)")
    stem = word[:-1] if word.endswith(("s", "e")) and len(word) >= 5 else word
    if re.fullmatch(r"[^\W\d_]{4,}", stem) is not None \
            and re.search(rf"(?<!\w){re.escape(stem)}[^\W\d_]{{3,}}", text.casefold()) is not None:
        return True  # ("classed as o____" under "Diet, exercise and obesity": "obese" less its e opens "obesity")
    printed = {found[:-1] if found.endswith("s") else found for found in re.findall(r"[^\W\d_]{3,}", text.casefold())}
    if any(word == root + ending for root in printed if len(root) >= 3
           for ending in ("ise", "ises", "ised", "ize", "izes", "ized", "isation", "ization")):
        return True  # "… it i____ into ions": "ionises" is "ion" made a verb
    element = _ELEMENT_OF_CLASS.get(re.sub(r"s$", "", word))
    if element and re.search(rf"(?<!\w){element}(?!\w)", text.casefold()):
        return True  # "Most metals are found as o____ … (removing the oxygen)": the element names its compounds
    singulars = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]} if word.endswith("s") else set()
    if any(re.fullmatch(r"[^\W\d_]{3,}", form) and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text.casefold())
           for form in singulars):
        return True  # ("Pressure only matters for g____ – … fewer molecules of gas")
    joined = re.sub(r"\s+", "", word)
    if joined != word and re.fullmatch(r"[^\W\d_]{6,}", joined) \
            and re.search(rf"(?<!\w){re.escape(joined)}", text.casefold()):
        return True  # "Fair trade: … plus a Fairtrade Premium": the words printed as one
    head = re.match(r"[^\W\d_]{6,}(?!\w)", word)
    printed |= {found.removesuffix("er") for found in printed if found.endswith("er")}  # ("a denser liquid": dens-)
    return head is not None and any(4 <= len(root) and 2 <= len(head.group()) - len(root) <= 4
                                    and head.group().startswith(root) for root in printed)
    # ("The Beast from the East: … pushed e____ towards the UK": "East" grown by a suffix is "easterly winds";
    # "Pressure increases with d____, because a denser liquid …": "density")


def _derived_in_series(text: str, term) -> bool:
    """Whether a blank follows an arrow from a word of its own root, in a line of such pairs ("Hydrochloric acid →
    chlorides; sulfuric acid → sulfates; nitric acid → n____"): the examples beside it show how to make it."""
    segment = re.split(r"[;,]", text[:term.start])[-1]
    if "→" not in segment or text.count("→") < 2:
        return False
    start = term.text.strip().casefold()[:4]
    return len(start) == 4 and any(word.casefold().startswith(start)
                                   for word in re.findall(r"[^\W\d_]{4,}", segment.split("→")[0]))


def _root_told(text: str, answer: str) -> bool:
    """Whether ``text`` prints a one-word answer in another form ("condensation" among options, "Water vapour cools
    and c____" asking "condenses")."""
    word = answer.strip().casefold()
    if re.fullmatch(r"[^\W\d_]{3,}[aeo]", word) and re.search(rf"(?<!\w){re.escape(word[:-1])}(?!\w)", text):
        return True  # "especially s____ for animal feed" beside "the Soy Moratorium": soya, short of its vowel
    if re.fullmatch(r"[^\W\d_]{3,4}", word):  # "Non-metals g____ electrons" beside "has lost or gained electrons"
        forms = "|".join(re.escape(form) for form in (f"{word}s", f"{word}es", f"{word}d", f"{word}ed", f"{word}ing",
                                                       *_IRREGULAR.get(word, ())))
        return re.search(rf"(?<!\w)(?:{forms})(?!\w)", text) is not None
    if compound_told(text, word):
        return True
    if re.fullmatch(r"[^\W\d_]{5,}", word) and any(
            word.startswith(prefix + root) for prefix, root in
            re.findall(r"(?<!\w)((?:[^\W\d_]{2,}?)?)ge([^\W\d_]{4,}?)(?:et|t|en)(?!\w)", text)):
        return True  # "bullying – das Mobbing" beside "gemobbt werden": the German participle prints the noun's root;
        # "kennenlernen" beside "kennengelernt", a separable verb's
    if any(_prefixed(word, other) for other in re.findall(r"[^\W\d_]{7,}", text)):
        return True  # "D____ moves the parts of each file back together" beside "Fragmentation – parts of a file
        # scattered": the printed word with a prefix before it
    if not re.fullmatch(r"[^\W\d_]{5,}", word) or word[:5] not in text:
        return False
    return any(other != word and shares_root(other, word, 5) for other in re.findall(r"[^\W\d_]{5,}", text))


def _prefixed(word: str, other: str) -> bool:
    """Whether one of two long words is the other with a prefix before it ("defragmentation", "fragmentation"):
    whoever knows one has the other."""
    shorter, longer = sorted((word.casefold(), other.casefold()), key=len)
    return len(shorter) >= 7 and re.fullmatch(r"[^\W\d_]+", longer) is not None \
        and any(longer == prefix + shorter for prefix in _PREFIXES)


_PREFIXES = ("de", "dis", "un", "non", "anti", "counter", "mis", "re", "over", "under", "sub", "super", "inter",
             "trans", "pre", "post", "semi", "multi", "hyper", "hypo")
"""Prefixes that make a word from another the student knows ("defragmentation" from "fragmentation")."""


def _meaning_beside(word: str, meaning: str, text: str) -> bool:
    """Whether a line prints a word to translate and its meaning in some form ("planchar … I hate ironing" for "to
    iron")."""
    folded = text.casefold()
    if not re.search(rf"(?<!\w){re.escape(word.strip().casefold())}(?!\w)", folded):
        return False
    printed = re.findall(r"[^\W\d_]{3,}", folded)
    return any(other.startswith(said) for said in content_words(meaning.casefold()) if len(said) >= 3
               for other in printed)


def _words_told(text: str, answer: str) -> bool:
    """Whether one printed line holds every word of an answer of two or three long words, each in some form
    ("Converters use platinum … as catalysts" for "c____ in car exhausts", catalytic converters)."""
    words = re.findall(r"[^\W\d_]+", answer.casefold())
    if not 2 <= len(words) <= 3 or any(len(word) < 5 for word in words):
        return False
    printed = re.findall(r"[^\W\d_]{5,}", text)
    return all(any(len(os.path.commonprefix((word, other))) >= max(5, 0.6 * min(len(word), len(other)))
                   for other in printed) for word in words)


_DIATOMIC = frozenset({"H", "N", "O", "F", "Cl", "Br", "I"})
"""Elements a sheet prints as molecules of two atoms ("O₂" for oxygen)."""
_IRREGULAR = {"lose": ("lost", "losing"), "lost": ("lose", "loses"), "give": ("gave", "given"), "take": ("took", "taken"),
              "make": ("made", "making"), "rise": ("rose", "risen", "rising"), "fall": ("fell", "fallen"),
              "grow": ("grew", "grown"), "find": ("found",), "lead": ("led",), "sell": ("sold",), "hold": ("held",),
              "keep": ("kept",), "send": ("sent",), "win": ("won", "winning"), "won": ("win", "wins")}
"""Short verbs' other forms that print them ("lost" tells "lose")."""


_VERDICT_LABEL = re.compile(r"(?i)^\W*(?:evaluate|evaluation|assess|assessment|judgement|judgment|verdict|"
                            r"conclusion|to what extent|how far)\s*[:–—-]\s")
"""A line the author heads with an exam command or a verdict ("Evaluate: …", "Verdict – …")."""
_DONE_TO_ONE = re.compile(r"\W*(?:Spread|Caused|Carried|Transmitted|Passed|Treated|Prevented|Controlled|Cured|"
                          r"Diagnosed|Prevent|Treat|Control|Cure)\b")
"""A line that opens on what is done to something, or what to do about it, with no subject ("Spread by …")."""
_STEP_DONE_BY_BEFORE = re.compile(r"\W*\d+[.)]\s+[A-Z][a-z]+s\s+(?:across|along|through|to|into|from|down|up|over|"
                                  r"the|a|an|its|their|on|out|back|via|it|them)\b")
"""A numbered step that opens on its verb ("3. Passes across a synapse to a relay neurone"): what passes, the step
before said."""
_STEP_COMPARED = re.compile(r"(?i)\W*\d+[.)]\s+(?:an?|the)\s+(?:[a-z]{2,}er|more|less)\s+[a-z]")
"""A numbered step that opens on a comparison ("2. A bigger proportion of collisions have energy ≥ Eₐ"): bigger than
when, the step before said."""
_PAIRED = (r"(?:left|right|upper|lower|inner|outer|positive|negative|top|bottom|front|back|northern|southern|"
           r"male|female)")
"""Words that tell one of a pair apart ("right atrium", "left ventricle")."""


def _one_of_two_before(text: str, before: str) -> bool:
    """Whether the point opens on "the" and a thing the line before names as one of a pair ("2. The atrium contracts
    …" under "1. … enters the right atrium"): which of the two, only that line says."""
    opening = re.match(r"(?i)\W*(?:\d+[.)]\s*)?the\s+([a-z]+)\b", text)
    return opening is not None and re.search(rf"(?i)\b{_PAIRED}\s+{re.escape(opening.group(1))}\b", before) is not None


def _in_heading(answer: str, heading: str) -> bool:
    """Whether ``answer``'s words stand in the heading, each with or without a plural ending ("rates of reaction"
    prints "rate of reaction"), or the heading names its country another way ("The UK's energy mix" answers
    "B____'s electricity")."""
    bare = ARTICLE.sub("", re.sub(r"\s*\([^()]*\)", "", answer).strip(' "“”')).casefold()  # "der Urlaub" under
    # "Urlaub und Reisen"; "Avogadro's constant (N_A)" under "… and Avogadro's Constant"
    if any(bare in names and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", heading)
                                                       for name in names) for names in _ONE_COUNTRY):
        return True
    words = [re.sub(r"(?<=\w{3})e?s$", "", word) for word in bare.split()]
    if len(words) == 2 and len(words[1]) >= 4 and answer.split()[-1][:1].isupper() \
            and english_zipf(words[0]) >= _EVERYDAY_ZIPF and re.search(rf"(?<!\w){re.escape(words[1])}(?!\w)", heading):
        return True  # "Promised an elected S____ (2 words)" (State Duma) under "… and the Duma era": the name's own
        # word is printed, and its everyday first word follows from the letter
    if not words or words[0] not in heading:
        return False  # (a plain look first: most answers are not in the heading at all)
    if len(words) == 2 and len(words[0]) >= 3 and re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", heading):
        return True  # "shifted towards the r____ of the spectrum" (red end) under "… & red shift": its first word
    plural = r"\s+".join(re.escape(word) + r"(?:e?s|e)?" for word in words)  # ("resources" under "Resource
    # management": the ending taken off with its e)
    return re.search(rf"(?<!\w){plural}(?!\w)", heading) is not None


_ONE_COUNTRY = (("uk", "britain", "great britain", "united kingdom", "the uk", "british"),
                ("usa", "us", "america", "united states", "the usa", "the us", "american"),
                ("ussr", "soviet union", "russia", "the ussr", "soviet"))
"""Names of one country: the heading printing one prints the others (a sheet on Russia names the USSR only loosely,
but a student reads it so)."""
_RANGE = re.compile(r"\d\s*(?:[–—-]|to)\s*\d")
"""An amount given as a range ("0.2–0.9 s", "30 to 50%")."""
_RANGE_END = re.compile(r"\s*[–—-]\s*\d")
_RANGE_START = re.compile(r"\d\s*[–—-]\s*$")
"""What follows or goes before a figure that starts or ends a range ("×1500–2000")."""


def translated(text: str) -> bool:
    """Whether a point gives a sentence with its meaning ("Il a fait chaud. – It was hot."): a vocabulary line, no
    fact to write about."""
    return GLOSS_DASH.search(text) is not None


_LISTS_KINDS = re.compile(r"(?i)\b(?:challenges|opportunities|impacts|effects|causes|reasons|advantages|disadvantages|"
                          r"problems|benefits|threats|responses|strategies|solutions|consequences|factors|issues|"
                          r"risks|pros|cons|ways|methods|measures|approaches|schemes|techniques|sustainable)\b")
"""A title over a list of labelled lines ("Alaska: challenges of development" over "Inaccessibility – most villages
aren't on any road"): each line's label is what its description says, no fact to recall."""


def lists_of_a_kind(title: str) -> bool:
    """Whether a card lists things of one kind ("Physical causes of flooding", "Biotic factors"): what one line says
    of its item often holds for the others, so another item fits its blank, or swapped in, leaves it true."""
    return _LISTS_KINDS.search(title) is not None


def title_topic(title: str) -> str:
    """The topic a title names: the thing a "What is …?" or "What affects …?" title asks about ("What is a tropical
    storm?": "Tropical storm"), which reads before a line as a topic ("Tropical storm: Typically around ____ across",
    "Rate of diffusion: Higher t____ → faster"); other titles as they are."""
    title = unchatty(title)
    headed = re.match(r"([^?:–—]{3,}?)(?:\s+[–—-]|\s*:)\s+[^?]*\?\s*$", title)
    if headed and not re.match(r"(?i)\W*(?:why|how|what|who|when|where|which|did|does|do|was|were|is|are|can|could|"
                                r"should|would|will|has|have|case study|key question|exam question|question)\b",
                                headed.group(1)):
        return headed.group(1)  # "Hot deserts - where and what's the climate?": the topic, then the question on it
    doing = _DOING_TOPIC.match(title)
    if doing:
        return doing.group(1)[:1].upper() + doing.group(1)[1:]  # "Where and when do tropical storms form?": what
        # forms is the topic
    asked = _ASKED_TOPIC.match(title)
    if asked and (re.search(r"(?i)\s(?:for|to|about|from|with|of|in|on|at|by)$", asked.group(1))
                  or re.search(r"(?i)\slike\b", asked.group(1))):
        return title  # "What is bile for?" asks what it does, and "Bile for" names nothing; "What was life like on
        # the home front?" asks what it was like, and "Life like on the home front" is no topic
    return asked.group(1)[:1].upper() + asked.group(1)[1:] if asked else title


def unchatty(title: str) -> str:
    """A title without the friendly opening some teachers give it ("Meet the noble gases": The noble gases), nor the
    note of the card's form it may end on ("Adrenaline vs thyroxine – summary table in words")."""
    form = _FORM_TAIL.search(title)
    if form is not None and form.start() > 0:
        title = title[:form.start()]
    chatty = _CHATTY_LEAD.match(title)
    if chatty is None or len(title) == chatty.end():
        return title
    return capitalised(title[chatty.end():])


_CHATTY_LEAD = re.compile(r"(?i)\W*(?:meet|introducing|say hello to|getting to know|all about|a look at)\s+")
"""A friendly opening a title puts before its topic ("Meet the alkali metals")."""
_FORM_TAIL = re.compile(r"(?i)\s*(?:[–—:]|\s-)\s*(?:an?\s+)?(?:quick\s+)?(?:summary|overview|recap|table|flow\s?chart|"
                        r"diagram|mind\s?map)(?:\s+table)?(?:\s+in\s+words)?\s*$")
"""The form a card's title says it takes, at its end ("– summary table in words", ": a quick recap")."""
_EXAMPLE_ASIDE = re.compile(r"(?i)\(\s*(?:e\.\s?g\.?|for example|such as)[^()]*\)|"
                            r"\b(?:e\.\s?g\.|for example)(?:[^.;:()–—]|(?<=\d)\.(?=\d))*")
"""An example the line gives in passing ("(e.g. old Christmas lights)", "e.g. summer thunderstorms")."""


_CONVERTED_BESIDE = re.compile(r"\s*(?:[^\W\d_]{1,4}\s*)?\(\s*(?:c\.|ca\.|approx\.?|about|≈|=|~)?\s*[\d.,]+\s*[^\W\d_]")
"""A figure in brackets after a blank's figure ("____ Pa (c. 101 kPa)"): the answer in another unit."""


def _labels_formula(point: Point, term) -> bool:
    """Whether a term labels a formula that is all its line says ("Cathode: Al³⁺ + 3e⁻ → Al"), or stands right
    before a formula that writes it ("double bond C=C")."""
    text = point.text
    after = text[term.end:]
    if re.match(r"\s+[A-Z][a-z]?\s*(?:[=≡]|[₀-₉])", after) and not re.search(r"[₀-₉=≡]", term.text):
        return True
    if text[:term.start].strip(" \"'“‘*") or not re.match(r"\s*(?::|[–—]|-\s)", after):
        return False
    rest = list(after)
    for formula in point.formulas:
        if formula.start >= term.end:
            rest[formula.start - term.end:formula.end - term.end] = " " * (formula.end - formula.start)
    return bool(point.formulas) and not re.search(r"[^\W\d_]{3,}", "".join(rest))


def _ends_working(before: str) -> bool:
    """Whether a blank would stand at the end of a line's own sum ("… 84 − 2 = 82 → element 82 = lead, so X =")."""
    return re.search(r"(?:→|\bso\b)[^→]*=\s*$", before) is not None \
        and re.search(r"\d\s*[−–+×÷*/-]\s*\d", before) is not None


def _in_example(text: str, term) -> bool:
    """Whether a term stands inside an example given in passing."""
    return any(found.start() <= term.start and term.end <= found.end() for found in _EXAMPLE_ASIDE.finditer(text))


def _defines_hidden(text: str, hidden: list[Term]) -> bool:
    """Whether the line opens on "The" and the answer, then says what it is ("The ____ is the molten or dissolved
    ionic compound"): the sentence names its thing by the definition, and no title is needed."""
    return any(re.fullmatch(r"(?:The|the)\s+", text[:term.start]) and re.match(r"\s+(?:is|are)\s+(?:the|an?)\s",
                                                                              text[term.end:])
               and word_count(text[term.end:]) >= 6 for term in hidden)


_OUTCOME_OF_UNSAID = re.compile(r"(?i)^\W*(?:[a-z]+\s+)?[a-z]+\s+(?:left|given|released|produced|formed|made|lost|"
                                r"gained|taken|transferred|absorbed)(?:\s+(?:behind|off|out|up|over|in))?\s*(?:=|→|:)")
"""A line naming what a process leaves or gives off ("Core left behind = very dense neutron star", "Gas given off →
oxygen"): what process, only its title says (a white dwarf is a dense core left too)."""


def _short(text: str) -> bool:
    """A sentence of four words or fewer ("Stroke volume falls."): too short to say in what case."""
    return word_count(text) <= 4


def _thin(text: str, hidden: list[Term]) -> bool:
    """Whether what stays printed once ``hidden`` is blanked says two things or fewer ("The ____ was written in
    English": the Bible fits too), so the card's title must say what the sentence is about."""
    return bool(hidden) and len(content_words(_blanked(text, hidden)) - _GRAPH_FRAME) <= 2


_GRAPH_FRAME = frozenset({"plot", "against", "axi", "axe", "graph", "draw", "sketch"})
"""The words of a graph's frame ("Plot ____ on the y-axis against ____ on the x-axis"): which graph, they say not."""


def _blanked(text: str, hidden: list[Term]) -> str:
    """``text`` with the ``hidden`` terms taken out, as the sheet prints it around its blanks."""
    for term in sorted(hidden, key=lambda term: -term.start):
        text = text[:term.start] + " " + text[term.end:]
    return text


_NAMED = re.compile(r"[A-Z][\w'’-]*[a-z]")


def _opens_a_title_word(answer: str, title: str) -> bool:
    """Whether the answer's first word (without its "'s") opens a longer word of the title ("Ohm's law" under "Ohmic
    conductors"): with its letter before the line, the title spells it."""
    first = re.sub(r"['’]s$", "", answer.strip().split()[0]).casefold() if answer.strip() else ""
    return len(first) >= 3 and any(word.startswith(first) and word != first
                                   for word in re.findall(r"[^\W\d_]+", title.casefold()))


_NOT_SHORT_FORMS = {"the", "and", "for", "was", "are", "has", "had", "not", "all", "can", "per", "its", "any", "one",
                    "two", "six", "ten", "now", "new", "old", "out", "off", "own", "way", "day", "age", "war", "law"}


def _abbreviated(answer: str, text: str) -> bool:
    """Whether casefolded ``text`` prints a one-word answer cut short as a label ("Hyp 12 cm, angle 35°" for
    hypotenuse, "opp = 5"): the short form names the word."""
    word = answer.strip().casefold()
    return re.fullmatch(r"[a-z]{6,}", word) is not None and any(
        word.startswith(found.group(1)) and found.group(1) not in _NOT_SHORT_FORMS
        for found in re.finditer(r"(?<![\w-])([a-z]{3,4})\.?\s*(?==|\d)", text))


_EVERYDAY_TOPIC = 3.0
"""How common a word must be (Zipf) for a pack's topic word to come to any pupil from its letter ("slums", "fleas")."""


def _initialled(answer: str, text: str) -> bool:
    """Whether casefolded ``text`` prints the initials of a name of three words or more ("The MPC raised Bank Rate"
    beside "The M____ (3 words)", the Monetary Policy Committee): with its first letter, the rest follows."""
    words = [word for word in re.findall(r"[^\W\d_]+", answer) if word.casefold() not in ("of", "the", "and", "for")]
    initials = "".join(word[0] for word in words).casefold()
    return len(words) >= 3 and all(word[0].isupper() for word in words) \
        and re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", text) is not None


_DERIVED = ("ish", "ian", "ic", "ese", "an", "ist", "ism")
"""Endings that make a people's or a thing's adjective of its noun ("Jews": Jewish)."""


_APOSTROPHE_NAMES = re.compile(r"\b[A-Z][^\W\d_]*'(?!s\b)[^\W\d_]+")
"""A name spelled with an apostrophe inside ("Shi'a", "Qur'an", "Ka'bah"), which content words split and lose."""


def _apostrophe_names(text: str) -> set[str]:
    return set(_APOSTROPHE_NAMES.findall(text.replace("’", "'")))


def shares_a_word(line: str, statement: str) -> bool:
    """Whether a line printed under a title shares a word with that title's matching statement, in any form
    ("the drop moves 24 mm" beside "The drop of coloured liquid … moves", "older people became apprentices" beside
    "Apprenticeship ended early", "a leader of British Jews" beside "a national home for the Jewish people"): printed
    together, the two pair the title with its statement."""
    ours, theirs = content_words(line), content_words(statement)
    return any(len(word) > 2 for word in ours & theirs) or root_shared(line, statement) \
        or bool(_apostrophe_names(line) & _apostrophe_names(statement)) or any(
        len(base := word.removesuffix("s")) >= 3 and other.startswith(base) and other[len(base):] in _DERIVED
        for word in ours | theirs for other in ours | theirs)


_YEAR_SWAP = re.compile(r"\d{3,4}|(?i:(?:AD|CE)\s*\d{1,4}|\d{1,4}\s*(?:BCE?|AD|CE))")
"""A year a false statement took: of three or four figures, or marked by its era ("AD 51")."""


def holds(text: str, answer: str) -> bool:
    """Whether ``answer`` appears in ``text`` as whole words, with a plural ending or, for a plural, without it (case
    ignored)."""
    needle = re.sub(r"\s+", " ", plain_scripts(answer.strip(' "“”')).casefold())
    text = re.sub(r"[ \t]+", " ", plain_scripts(text))  # ("Rf" holds R with its lowered f; a question's text joins its
    # parts with spaces, "towards the  red  end", which hold "towards the red end")
    other = needle[:-1] + "ies" if re.search(r"[^\Waeiou]y$", needle) else \
        singular(needle) if re.search(r"\w{3}ies$", needle) else ""
    if other and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", text.casefold()):
        return True  # "thousands of jobs (navvies, …)" holds "Navvy", and "a navvy" holds "navvies"
    if needle.endswith("s") and len(needle) > 3 and needle[-2:] != "ss" and needle not in NOT_PLURALS:  # ("ores"
        # is told by "from ore to electrolyte")
        needle = needle[:-2] if needle.endswith("es") and needle[:-2] in text else needle[:-1]  # "common ancestors"
        # is told by "the common ancestor"
    if needle in IRREGULAR_PLURALS and holds(text, IRREGULAR_PLURALS[needle]):
        return True  # "a 12-tooth driver" holds "teeth"
    if not needle or needle not in text:
        return False  # (a plain look first: most texts do not hold the words at all)
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?:e?s|e)?(?!\w)", text) is not None  # "iglesias" holds
    # "iglesia": a plural shows the word as well


def _ends_a_word(answer: str, text: str) -> bool:
    """Whether an ending asked ("-ería") ends a word the sheet prints ("la frutería" to translate): the word shows
    it."""
    ending = answer.strip().casefold()
    return ending.startswith("-") and len(ending) >= 3 and re.search(rf"\w{re.escape(ending[1:])}\b", text) is not None


_EVERYDAY_ZIPF = 4.5
"""How common (Zipf) the first of two words is at least, to be guessed from its first letter where the second is
printed ("Mass", "Hard"; not "Conventional" of conventional current)."""


_SHEET_WORDS = frozenset({"points", "answers", "questions", "letters", "statements", "events", "sentences"})
"""Words the sheet's own instructions print ("Write four points about: …"): they tell no answer."""


_PREFIXED = re.compile(r"(?i)(?:ultra|micro|macro|hyper|hypo|super|sub|trans|inter|intra|anti|counter|photo|"
                       r"bio|geo|thermo|electro|semi|multi|poly|mono)-?([a-z]{6,})")
"""A word made of a prefix and a word of its own ("ultrafiltration", "photosynthesis"): the word printed tells it."""


_AMOUNT_IN_WORDS = re.compile(r"(?i)\b(?:(half)\s+a|an?|one|(\w+))\s+(hundred|thousand)?\s*"
                              r"(grams?|kilos?|kilograms?|litres?|liters?|millilitres?|metres?|kilometres?)\b")
_UNIT_SYMBOLS = {"gram": "g", "kilo": "kg", "kilogram": "kg", "litre": "l", "liter": "l", "millilitre": "ml",
                 "metre": "m", "kilometre": "km"}


def _in_figures(answer: str) -> list[str]:
    """An amount the answer words ("a hundred grams of", "half a kilo") as the sheet would print it in figures ("100
    g", "100 grams", "500 g" for half a kilo): a line printing it so tells the answer."""
    found = _AMOUNT_IN_WORDS.search(answer)
    if found is None:
        return []
    half, count, scale, unit = found.groups()
    value = 0.5 if half else (NUMBER_WORDS.get(count.casefold()) if count else 1)
    if not value:
        return []
    value *= {"hundred": 100, "thousand": 1000}.get((scale or "").casefold(), 1)
    unit = unit.casefold().rstrip("s")
    symbol = _UNIT_SYMBOLS[unit]
    figures = [f"{value:g} {symbol}", f"{value:g}{symbol}", f"{value:g} {unit}s"]
    if half and symbol in ("kg", "l"):
        figures += [f"500 {'g' if symbol == 'kg' else 'ml'}", f"½ {symbol}"]
    return figures


def _telling(answer: str) -> list[str]:
    """An answer and, for a name, each of its longer words after the first (``Newton's first law`` gives away
    ``Isaac Newton``; ``Thomas More`` on the sheet does not give away ``Thomas Cromwell``: a given name is shared);
    its initials in brackets ("CCS" tells "Casualty Clearing Station (CCS)"); for a word negated by its prefix, the
    word ("Saturated" beside "U____" tells "Unsaturated"); for a date, its year; for 90°, a right angle; for words
    that may be written as one ("fair trade"), that one word ("Fairtrade Premium")."""
    joined = re.sub(r"\s+", "", answer) if re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+)+", answer.strip()) else ""
    told = [answer, *re.findall(r"\((?=[A-Za-z]{2,6}\))([a-z]{0,2}[A-Z][A-Za-z]{0,4})\)", answer),
            *([joined] if len(joined) >= 6 else [])]  # ("sieverts (Sv)" beside "1000 mSv = 1 Sv", "kilowatt-hour
    # (kWh)" beside "28p per kWh")
    unit = UNIT_NAME.fullmatch(answer.strip())
    if unit and unit.group(1):  # "measured in v____" (volts (V)) beside "→ V = ____ V": the symbol the sheet
        told.append(unit.group(1))  # prints names the unit
    words = answer.split()
    if len(words) >= 3 and len(words[0]) >= 6 and words[0].isalpha() \
            and not any(word[:1].isupper() for word in words[1:]):
        told.append(words[0])  # "D____: draw a right-angled triangle …" (distance between two points) beside
        # "→ distance = ____": the head word and its letter name it
    unbracketed = re.sub(r"\s*\([^()]*\)\s*$", "", answer)
    if unbracketed.strip() and unbracketed != answer:
        told.append(unbracketed)  # "Finding the hypotenuse" tells "Hypotenuse (H)"
    alias = re.fullmatch(r"(\S.*\s)[^\W\d_]+\s*\(([^\W\d_]{4,})\)\s*", answer)
    if alias:
        told.append(alias.group(1) + alias.group(2))  # "Ash plume rose to 9 km" tells "Ash cloud (plume)"
    told += _in_figures(answer)
    symbol = symbol_of(answer)
    if len(symbol) > 1:
        told.append(symbol)  # "CO₂ approx. 420 ppm" on the sheet tells "c____ released" (carbon dioxide)
    if symbol in _DIATOMIC:
        told.append(f"{symbol}₂")  # "fast diffusion of O₂" on the sheet tells "carry o____ from the lungs" (oxygen)
    if re.fullmatch(r"[^\W\d_]{3,}", answer.strip()):
        told += other_words_for(singular(answer.strip().casefold()))  # "Absorbs fats from the small intestine" on
        # the sheet tells "rich in l____" (lipids)
    prefixed = _PREFIXED.fullmatch(answer.strip())
    if prefixed:  # "Filtration" as a title on the sheet tells "u____" (ultrafiltration): the prefix is all that is
        told.append(prefixed.group(1))  # left to recall
    negated = _NEGATED.fullmatch(answer.strip())
    if negated:
        told.append(negated.group(1) or negated.group(2))
    elif re.fullmatch(r"[^\W\d_]{5,}(?:\s+[^\W\d_]+)?", answer.strip()):  # "C=C → unsaturated" on the sheet tells
        # "S____ – only single bonds" (Saturated), and "Informal sector – jobs not taxed" tells "F____ (2 words)": the
        # word with its negating prefix
        folded = answer.strip().casefold()
        told += [f"un{folded}", f"non-{folded}", f"an{folded}" if folded[:1] in "aeiou" else f"a{folded}"] \
            + ([f"in{folded}"] if folded[:1] not in "bmpl" else [])  # (and "Abiotic factors" tells "B____ factors")
    if len(words) == 2 and (answer.islower() or english_zipf(words[0]) >= _EVERYDAY_ZIPF) \
            and (len(words[1]) >= 6 or len(words[1]) >= 4 and words[1][:1].isupper()) \
            and words[0].isalpha() and words[1].replace("-", "").isalpha() and words[1].casefold() not in _SHEET_WORDS:
        told.append(words[1])  # "Pacemakers: … the natural pacemaker" on the sheet tells "ar____" (artificial
        # pacemaker), and the title "Extinction" "M____ (2 words) = many species die out" (Mass extinction); not
        # "points" of "boiling points", which "Write four points about" prints ("covalent cross-links"); a name's
        # last word may be short ("the Duma era" in the sheet's title tells "S____ (2 words)", State Duma)
    if len(words) == 2 and answer.islower() and all(word.isalpha() for word in words) \
            and f"{words[0][0]}{words[1][0]}" not in _TWO_LETTER_WORDS:
        told.append(f"{words[0][0]}{words[1][0]}".upper())  # "big SA" on the sheet tells "big s____" (surface area)
    if len(words) >= 3 and all(word[:1].isupper() for word in words[:-1]) and re.fullmatch(r"[a-z]{4,}", words[-1]) \
            and words[-1] not in _SHEET_WORDS:
        told.append(words[-1])  # "tiger attacks" on the sheet tells "Home to the R____ (3 words)" (Royal Bengal tiger):
        # the kind is printed, and the letter names the famous one
    measure = re.fullmatch(r"([A-Z][A-Za-z]*[:/][A-Za-z]+|[A-Z]{2,5})\s+(?:ratio|value|number|constant|scale|index)",
                           answer.strip())
    if measure:  # "Larger organisms have a smaller SA:V" tells "a big S____" (SA:V ratio)
        told.append(measure.group(1))
    figure = re.match(r"(\d{2,}(?:[.,]\d+)?)(?:\s+|-)[^\W\d_]", answer.strip())
    if figure:  # "Gametes have only 23 – one from each pair" tells "23 pairs", "160 acres" "160-acre"
        told.append(figure.group(1))
    article = ARTICLE.match(answer.strip())
    if article and len(answer.strip()) - article.end() >= 3:  # "dolce" printed to translate tells "il dolce", "die See" "der See"
        told.append(answer.strip()[article.end():])
    epithet = re.fullmatch(r"([A-Z][a-z]{3,}) (?:the [A-Z][a-z]+|[IVX]{1,4})", answer.strip())
    if epithet:  # "Edward named him on his deathbed" tells "E____ the Confessor"; "Charles loses" tells "C____ ruled
        # without Parliament" (Charles I)
        told.append(epithet.group(1))
    dated = _DATED.fullmatch(answer.strip())
    if dated:  # "trial began 20 January 1649" tells "30 January 1649" among the same day of other years
        told.append(dated.group(1))
    if _RIGHT_ANGLE.fullmatch(answer.strip()):  # "at right angles to the field" tells "90°"
        told += ["right angle", "right angles", "perpendicular"]
    turned = re.fullmatch(r"(?i)(\w+-)(up|down)(\b.*)", answer.strip())
    if turned:  # "Step-down transformers reduce it again" tells "Step-up transformers"
        told.append(turned.group(1) + ("down" if turned.group(2).casefold() == "up" else "up") + turned.group(3))
    compared = re.fullmatch(r"(?i)(more|less|fewer|higher|lower|greater|smaller) ([a-z]{3,}(?: [a-z]+)?)", answer.strip())
    if compared:  # "much more energy than anaerobic" tells "so much ____ is released": less energy
        told.append(f"{_COMPARED[compared.group(1).casefold()]} {compared.group(2)}")
    parts = [part.strip("'\"‘’“”") for part in answer.split() if part.strip("'\"‘’“”")]  # "Henry 'Orator' Hunt"
    if len(parts) == 2 and answer.strip()[1:].islower() and len(parts[0]) >= 5 \
            and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", parts[0]):
        told.append(parts[0])  # "minerals" printed fills "Carries water and dissolved m____" (mineral ions);
        # "crown-of-thorns outbreaks" fills "C____ eat coral polyps" (Crown-of-thorns starfish, capital only as the
        # line opens on it)
    if len(parts) >= 3 and answer.strip()[1:].islower() and all(len(part) >= 4 for part in parts[-2:]):
        told.append(" ".join(parts[-2:]))  # "The Human Genome Project: …" tells "map the w____" (whole human genome)
    named = len(list(takewhile(lambda part: part[:1].isupper(), parts)))
    if 2 <= named < len(parts) and all(part.islower() for part in parts[named:]):
        told.append(" ".join(parts[:named]))  # "The South before 1954 – Jim Crow" tells "J____" for Jim Crow laws
    if len(parts) < 2 or not all(part[:1].isupper() or part in _JOINING for part in parts[1:]) \
            or not parts[0][:1].isupper():
        return told  # a name's words are capitalised, but for its joining words ("Gulf of Tonkin Resolution")
    first = parts[0].strip("\"'“‘(").casefold()
    if len(first) > 3 and first not in GIVEN_NAMES and first not in _GROUPS and parts[-1].casefold() in _PLACE_TAILS:
        told.append(parts[0])  # "Pusan and the Inchon landings" tells "P____ Perimeter": a place's own word leads
    return [*told, *(part for part in parts[1:] if len(part) > 3 and part.casefold() not in _GROUPS)]


_PLACE_TAILS = {"perimeter", "river", "sea", "bay", "canal", "strait", "straits", "peninsula", "island", "islands",
                "mountains", "hills", "valley", "lake", "reservoir", "line", "wall", "gap", "pass", "front", "coast",
                "harbour", "port", "station", "airport", "bridge", "basin", "delta", "desert", "forest", "plateau",
                "gulf", "channel", "estuary", "heights", "ridge", "plain", "plains", "park", "square", "street"}
"""Last words that make a name a place's ("Pusan Perimeter", "Suez Canal"): its first word is its own, no given
name, and printed elsewhere it tells the place."""


_JOINING = {"of", "the", "de", "da", "del", "di", "du", "von", "van", "and", "on", "for"}
"""Small words inside a name ("Gulf of Tonkin", "Leonardo da Vinci") that are not capitalised."""
_DATED = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{'|'.join(MONTHS)})\s+(\d{{3,4}})")
"""A date of a month and year: its year printed elsewhere tells it, as its options differ by the year alone."""
_RIGHT_ANGLE = re.compile(r"(?i)90\s*(?:°|degrees?)")
"""A right angle in figures: "at right angles" printed elsewhere tells it."""
ARTICLE = re.compile(r"(?i)^(?:(?:the|an?|le|la|les|un|une|el|los|las|una|il|lo|gli|uno|der|die|das|ein|eine)\s+|l['’])")
"""An article before a noun answer ("il dolce", "a ticket"): the noun printed alone tells it."""
_COMPARED = {"more": "less", "less": "more", "fewer": "more", "higher": "lower", "lower": "higher", "greater": "smaller",
             "smaller": "greater"}
"""The comparative a line prints that tells one asked ("more energy than anaerobic" tells "less energy")."""
_NEGATED = re.compile(r"(?i)(?:un|non-?|dis)([a-z]{5,})|(?:im(?=[pmb])|ir(?=r)|il(?=l))([a-z]{4,})")
"""A word made negative by its prefix ("unsaturated", "impure", "irregular"): the word without it tells it."""


_EMPHASIS = {"never", "always", "not", "only", "and", "or", "both", "all", "none", "no", "must", "cannot", "can't", "plus",
             "don't", "doesn't", "isn't", "aren't", "won't", "every", "each", "also", "too", "before", "after", "first",
             "last", "same", "different", "more", "less", "most", "least", "very", "just", "even", "still", "else",
             "instead", "again", "any", "whole", "exactly", "nothing", "anything", "everything", "something", "then"}
"""Common words a teacher writes in capitals for stress ("NEVER changes", "BOTH sides"): no term to ask."""
_NAME_TAILS = {"mission", "movement", "campaign", "scheme", "programme", "program", "project", "initiative", "plan",
               "act", "fund", "party", "league", "union", "council", "agreement", "treaty", "policy", "strategy"}
"""Common words that end a name ("… Mission", "… Scheme"): found alone, capitalised, they are the tail of a name."""
_GROUPS = {"party", "congress", "committee", "league", "treaty", "river", "plan", "nations", "union", "council",
           "resolution", "accords", "agreement", "declaration", "conference", "report", "offensive", "campaign"}


_WORKED = re.compile(r"(?i)(?:^\W*(?:a |an )?|\b)(?:worked|example|sample|practice|exam[- ]style) "
                     r"(?:examples?|calculations?|questions?|problems?|sums?)\b|"
                     r"\b(?:sums?|calculations?)\b(?:\s*[–—:-]\s*[^–—:()]{1,40})?(?:\s*\([^)]*\))?\W*$")
"""A card of a worked calculation ("Worked example – mean rate", "Magnification – worked examples", "Titration sum
(1:1 ratio)", "Titration calculation – 2 to 1 ratio (HT)"): its figures are made up to show the method, so no
question can ask for one, and "Write four points about: Worked example" asks for nothing."""


def _initials_in(answer: str, title: str) -> bool:
    """Whether the title prints an acronym the answer's words open ("NATO: N____ signed in Washington" for North
    Atlantic Treaty), or spell whole."""
    initials = capital_initials(answer)
    words = re.findall(r"[^\W\d_]{3,}", answer)
    spelled = "".join(word[0] for word in words).upper() if len(words) >= 2 else ""  # "CNS and PNS: The p____ is
    # all the nerves …" for peripheral nervous system
    return any(len(initials) >= 2 and acronym.startswith(initials) or spelled and acronym == spelled
               for acronym in re.findall(r"\b[A-Z]{2,6}\b", title))


_OPENING_NAMES = {"The", "A", "An", "How", "Why", "What", "When", "Where", "Who", "Which", "Case", "Causes", "Effects",
                  "Impacts", "Results", "Reasons", "Key", "Example", "Examples"}
"""Capitalised words that open a title without naming anyone ("The", "Why", "Causes")."""


def _names_every_name(title: str, text: str, hidden: list[Term]) -> bool:
    """Whether a line prints every name of its title, two at least, none of them hidden ("Drake attacked the Spanish
    fleet in Cadiz harbour" under "Drake's raid on Cadiz"): the title would only say it again."""
    names = {re.sub(r"['’]s$", "", found) for found in re.findall(r"\b[A-Z][\w'’-]*[a-zA-Z]", title)} - _OPENING_NAMES
    # ("FDR and the New Deal": the initials are a name too)
    shown = _blanked(text, hidden)
    return len(names) >= 2 and all(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", shown) for name in names)


def _spelt_plain(word: str) -> str:
    """A word in plain letters, its accents and its ligatures taken off ("Ørsted" and "Oersted" are "orsted")."""
    plain = unaccented(word.casefold().replace("ø", "o").replace("æ", "ae").replace("ß", "ss"))
    return re.sub(r"([aou])e", r"\1", plain)


def _shares_a_word(answer: str, title: str) -> bool:
    """Whether the title prints a word of the answer ("Work and power" over "Work done"); a figure is no word ("Card
    0")."""
    if any(not word[0].isdigit() for word in content_words(answer) & content_words(title)):
        return True
    if any(not word[0].isdigit() for word in {_spelt_plain(word) for word in content_words(answer)}
           & {_spelt_plain(word) for word in content_words(title)}):
        return True  # "Oersted's discovery: … H____ (Hans Christian Ørsted)": one name in two spellings
    if set(TWO_LETTER_SYMBOL.findall(answer)) & set(TWO_LETTER_SYMBOL.findall(title)):
        return True  # "pH, acids and alkalis: p____: 0–14" for the pH scale: a symbol of two letters is a word too
    return bool((short_words(answer) | content_words(answer)) & short_words(title))  # "Sex determination: … the
    # s____" for sex chromosomes, "Walsingham and the spy network: … a network of s____" for spies


def _other_figure_in(term: Term, title: str) -> bool:
    """Whether the title prints another figure of the answer's unit ("Biomass and 10%: Producers transfer only about
    ____" for 1%): it steers the student to the wrong one."""
    unit = written_unit(term)
    return bool(unit) and re.search(rf"\d\s*{re.escape(unit)}(?!\w)", title) is not None


_QUESTION_WORDS = frozenset({"where", "when", "why", "how", "what", "who", "which", "whether"})
"""Words that ask, whose blank the line's own words fill ("where … (along plate margins)")."""
_ANSWER_LABEL = re.compile(r"(?i)^\W*(?:(?:evidence|arguments?|the\s+case|points?)\s+)?(?:for|against|yes|no)\b"
                           r"[^:]{0,30}:")
"""A label that answers a title's question one way ("Evidence against / uncertainty:", "Yes:", "For:")."""
_SHARED_HEAD = re.compile(r"\b([^\W\d_]+)\s+(?:vs\.?|versus|and|or|&)\s+([^\W\d_]+)\s+([^\W\d_]{3,})\b")
"""Two words before one head ("hard vs soft engineering"): each says its own phrase ("hard engineering")."""


def _heads_shared_out(text: str) -> str:
    """``text`` with each phrase of a shared head added whole ("hard vs soft engineering" also as "hard engineering"
    and "soft engineering"), so an answer it prints in two parts is found."""
    phrases = [f"{found.group(1)} {found.group(3)}\0{found.group(2)} {found.group(3)}"
               for found in _SHARED_HEAD.finditer(text)]
    return "\0".join([text, *phrases])


_YEAR_KNOWN_TO_ALL = re.compile(r"(?i)\bcovid|\bcoronavirus|\b9/11\b")
"""Events whose year every pupil knows: a line naming one asks no year."""


def _ranges_in_full(text: str) -> str:
    """``text`` with each span of years written short added in full ("1547–49" also as "1547–1549"), so the year
    that ends it is found ("Somerset ruled for Edward VI (1547–49)" tells a statement's "fell in 1549"), and each
    share written "7 in every 10" added as "7 in 10"."""
    spans = [f"{found.group(1)}–{found.group(1)[:2]}{found.group(2)}"
             for found in re.finditer(r"(?<!\d)(1\d{3}|20\d\d)\s*[–-]\s*(\d\d)(?!\d)", text)]
    shares = [f"{found.group(1)} in {found.group(2)}"
              for found in re.finditer(r"(?i)\b(\d+)\s+(?:in|out of)\s+every\s+(\d+)\b", text)]  # ("roughly 7 in
    # every 10 deaths" tells "about ____ lung cancers", 7 in 10)
    return "\0".join([text, *spans, *shares])


def _figure_in(term: Term, title: str) -> bool:
    """Whether a number's figure or a date's year is printed in the title ("Group 7: ____ electrons in the outer
    shell", "1923 – the year of crisis: … in ____" for January 1923)."""
    if term.kind == "year" and term.year is not None:
        return re.search(rf"(?<!\d){term.year}(?!\d)", title) is not None or any(
            term.year == int(start[:4 - len(end)] + end) for start, end in
            re.findall(r"(?<!\d)(1\d{3}|20\d{2})\s*[–—-]\s*(\d{2})(?!\d)", title))  # ("Securing the throne,
        # 1485–86: Prince Arthur born ____" for September 1486: the span's end, written short)
    figure = re.match(r"\d+(?:[.,]\d+)?", term.text.strip()) if term.kind == "number" else None
    return figure is not None and re.search(rf"(?<![\d.,]){re.escape(figure.group())}(?![\d]|[.,]\d)", title) is not None


def _led_by(answer: str, title: str) -> bool:
    """Whether the title holds a word that starts as the answer's first word does and means the like ("climate,
    invaders, overuse: I____ species", "… O____ – overfishing"): printed before the blank with its first letter, it
    leads the student there."""
    first = re.findall(r"[^\W\d_]+", answer.casefold())[:1]
    return bool(first) and len(first[0]) >= 6 and any(
        len(word) >= 6 and word[:4] == first[0][:4] for word in re.findall(r"[^\W\d_]+", title.casefold()))


def _akin(words: frozenset[str], title: frozenset[str]) -> bool:
    """Whether every word of an answer is a title word in another form ("Reflexes" under "Reflex actions"), its
    negation counted as one ("unequal" under "Social inequality": equal, equality)."""
    return bool(words) and all(any(close_forms(word, other) or close_forms(_unnegated(word), _unnegated(other), 3)
                                   for other in title) for word in words)


def _head_akin(answer: str, title: str) -> bool:
    """Whether an answer's last word is a title word in another form ("new species" under "Speciation"): with its
    first letter, the title names it."""
    words = re.findall(r"[^\W\d_]+", answer.casefold())
    return bool(words) and any(close_forms(words[-1], other, 3) for other in content_words(title))


def _unnegated(word: str) -> str:
    """A word without the prefix that negates it ("unequal": equal), where five letters or more are left."""
    negation = re.match(r"(?:un|in|im|il|ir|dis|non-?)(?=[a-z]{5})", word)
    return word[negation.end():] if negation else word


def _word_and_meaning(text: str) -> bool:
    """``la gare – the station``, ``Quisiera medio kilo de uvas, por favor. – I would like half a kilo of grapes``: a
    word, a phrase or a short sentence, then its meaning (not a sentence with an example after a dash)."""
    parts = GLOSS_DASH.split(text, maxsplit=1)
    return len(parts) == 2 and 0 < len(parts[0].split()) <= 10


_MATHS = re.compile(r"(?i)\b(?:maths?|mathematics|statistics|algebra|geometry|arithmetic|numeracy|calculus)\b")


    # warehouse; i grandi magazzini": another form of the word, in a language the stemmer does not know


_ELECTRONS_MOVED = re.compile(r"(?i)\b(?:gains?|gained|loses?|lost|gives?|gave|takes?|took)\s+(?:\d|one|two|three)\s+"
                              r"electrons?\b")
"""Electrons a line says an atom gains or loses ("loses 1 electron")."""
_SPAN_OF_YEARS = re.compile(r"(?i)\b(?:for|after|within|lasted|ruled|reigned)\s+(?:only\s+|just\s+|about\s+|nearly\s+)?"
                            r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                            r"twenty|thirty|forty|fifty)\s+years\b|\b(?:\d{1,2}|two|three|four|five|ten)\s+years\s+"
                            r"(?:later|earlier|after|before)\b")
"""A span of years a line states ("he ruled for only four years", "ten years later")."""
_BORN_IN = re.compile(r"(?i)\b(?:born|b\.)\s*(?:in\s+|on\s+)?(?:c\.\s*|circa\s+|about\s+)?\**$")
"""The words before a birth year's blank ("Born ____", "b. c. ____")."""
_AGE_TOLD = re.compile(r"(?i)\baged?\s+\d{1,3}\b|\bat\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,3}\b|"
                       r"\b\d{1,3}\s+years?\s+old\b|\b(?:he|she)\s+was\s+(?:only\s+|just\s+)?\d{1,3}\b")
"""An age the card states ("aged 21", "before he was 20"): with the year it was reached, it gives the birth year."""


def _written(term: Term) -> str:
    return "written:" + text_key(term.text)


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


def length_score(text: str, best: int = 16) -> float:
    words = word_count(text)
    return -abs(words - best) / 8 - (2.0 if words < 5 else 0.0)


_SHOUTED = re.compile(r"\b(?:ONE|TWO|THREE|ONLY|NOT|NO|ALL|BOTH|EACH|NEVER|ALWAYS|MORE|LESS|SAME|LOTS|LOADS|MUCH|"
                      r"MANY|FEW)\b")
"""A common word in capitals for stress, alone or in a marked phrase ("Only ONE product", "releases LOTS of
energy"); kept apart from ``_EMPHASIS``, which holds whole terms in any case ("NEVER", "before")."""
_OR_BEYOND = re.compile(r"(?i)\s*(?:or\s+(?:lower|less|more|higher|above|below|over|under|fewer|greater|colder|"
                        r"hotter|longer|shorter)\b|\+)")
"""Words after a figure that make it a bound ("5 °C or lower", "45 °C+"), not the one value."""


_TWO_LETTER_WORDS = frozenset("in on at an is it as of or to be we he me no so up us do go by my if am oh ok id hi"
                               .split())
"""Initials that are words too ("so" for sulfur oxides): printed, they tell nothing."""


def _surname_shown(answer: str, text: str) -> bool:
    """Whether ``text`` prints a named answer's last name alone, as written ("____ and Bishop Fisher executed (Fisher
    June, More July)" for Thomas More), where the answer itself is not printed (an option is)."""
    words = answer.split()
    last = words[-1].strip(".,;") if len(words) >= 2 else ""
    return len(last) >= 3 and last[:1].isupper() and last[1:].islower() and answer.strip() not in text \
        and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text) is not None
