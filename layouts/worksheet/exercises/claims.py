"""Which matching titles could claim a statement: by the words that mark a card's topic in its pack.

A word of the pack's key terms or titles that stands on few of its cards (``respiration``, ``abrasion``) ties a
statement to every card that holds it; a word on many (``river`` in a pack on rivers) ties it to none, and a word
no key term or title holds (``positive``, ``three``) names no topic. A statement whose marking words stand on another
chosen card (its title or points) could be matched to that title as well, so matching leaves it out.
"""
from __future__ import annotations

import re
from collections import Counter

from ....source.model import Card, Pack, Point
from .words import ADJECTIVES, content_words, stem

_FUNCTION = {stem(word) for word in (
    "because", "usually", "often", "where", "while", "after", "before", "through", "between", "under", "over", "these",
    "those", "would", "could", "should", "many", "much", "every", "both", "either", "example", "called", "make", "made",
    "used", "using", "uses", "like", "same", "different", "first", "well", "just", "even", "then", "being", "does",
    "will", "shows", "means", "forms", "causes", "happens", "gives", "takes", "including", "known", "needs", "less",
    "your", "main", "large", "small", "high", "working", "other", "others", "comparing", "types", "ways", "factors",
    "case", "study", "studies", "introduction", "part", "parts")}
"""Words a title or key term may hold that name no topic ("Working out ionic formulas", "Case study – …")."""


_PRACTICAL = re.compile(r"(?i)\b(?:practical|experiment|investigat\w*|method)\b")
"""A card title that names a practical, whose method and results bear on the topic it measures."""


class Claims:
    """The pack's cards' words and how many cards hold each, to tell which titles could claim a statement."""

    def __init__(self, pack: Pack):
        self.words = [_card_words(card) for card in pack.cards]
        self.places = [set(re.findall(r"(?<=\s)[A-Z][a-z]{3,}\b", card.title)) for card in pack.cards]
        """Each title's capitalised words after its first ("Dales" of "Conflicts and management in the Dales")."""
        self.acronyms = [set().union(*map(_acronyms, card.points)) for card in pack.cards]
        """Each card's key terms that are short acronyms ("FSH"): no content word holds them."""
        spread: dict[str, int] = {}
        for words in self.words:
            for word in words:
                spread[word] = spread.get(word, 0) + 1
        self.spread = spread
        self.limit = max(2, round(len(pack.cards) / 5))
        """A word on more cards than this is the pack's common ground, no card's own."""
        self.topics = set().union(*(content_words(card.title) for card in pack.cards),
                                  *(content_words(point.text[term.start:term.end])
                                    for card in pack.cards for point in card.points for term in point.terms))
        """The words of the pack's titles and key terms: the ones that name what a card is about."""
        self.titles = [self.marking(card.title) | {word for word in content_words(card.title) if word[:1].isdigit()}
                       for card in pack.cards]
        """Each title's marking words and figures ("20th Party Congress" is not the 22nd)."""
        self.terms = [[words for point in card.points for term in point.terms
                       if (words := content_words(point.text[term.start:term.end])) and self.marking(" ".join(words))]
                      for card in pack.cards]
        """Each card's key terms, as words, that mark a topic."""
        self.phrases = [[words for point in card.points for term in point.terms
                         if len(words := content_words(point.text[term.start:term.end])) >= 2] for card in pack.cards]
        """Each card's key terms of two words or more, as words, whether or not they mark a topic."""
        self.marked = [set().union(*(content_words(point.text[term.start:term.end]) for point in card.points
                                     for term in point.terms)) for card in pack.cards]
        """Each card's key terms' words, however many cards hold them."""
        self.title_words = [content_words(card.title) - _FUNCTION for card in pack.cards]
        """Each title's words that name a topic."""
        in_titles = Counter(word for words in self.title_words for word in words)
        few = max(2, len(pack.cards) // 4)
        self.heads = [{word for word in words if in_titles[word] <= few and not word[:1].isdigit()}
                      for words in self.title_words]
        """Each title's words that few titles share ("decay" in a pack on ecosystems, not "cycle" if most titles
        hold it)."""
        self.practicals = [bool(_PRACTICAL.search(card.title)) for card in pack.cards]
        self.named = [{content_words(point.text[term.start:term.end]) for point in card.points for term in point.terms}
                      for card in pack.cards]
        """Each card's key terms, as words, however many cards hold them."""
        tagged = Counter(tag for card in pack.cards for tag in {tag.casefold() for tag in card.tags})
        self.tags = [{tag.casefold() for tag in card.tags if tagged[tag.casefold()] * 2 <= len(pack.cards)}
                     for card in pack.cards]
        """Each card's tags that half the pack's cards or fewer carry: the author's own word that cards are of one
        topic ("public health" on "Growing towns" and "King Cholera and Chadwick"); a tag on most cards says nothing."""

    def marking(self, text: str) -> set[str]:
        """The words of ``text`` that mark a topic: a title's or key term's, on few of the pack's cards."""
        return {word for word in content_words(text)
                if word in self.topics and word not in _FUNCTION and not word[:1].isdigit()
                and self.spread.get(word, 0) <= self.limit}

    def claimed(self, point: Point, card: int) -> bool:
        """Whether ``point`` and ``card`` share a key term ("… through hydraulic action and abrasion" beside "Erosion
        processes"; "Energy is lost in **respiration**" beside a carbon cycle "by respiration"), or ``card`` (its
        title or a point) holds two words that mark ``point``'s topic: one alone may be shared in passing. A key term
        both cards mark counts however many cards hold it ("**miasma**" on the Black Death's card and the Great
        Plague's: a cause "still blamed on miasma" reads as either's). A key term of three words or more is shared
        when all but one stand in ``point`` ("the Church of England, with the monarch as its head" tells of the
        **Supreme Head of the Church of England**). So is a short acronym both mark, which has no content word
        ("Inhibits **FSH** release" beside Progesterone, whose card marks **FSH** too), and so is a tag the author gave
        ``card`` ("The quaternary sector … is the fastest-growing" beside a card tagged "quaternary")."""
        words = content_words(point.text)
        own = (content_words(point.text[term.start:term.end]) for term in point.terms)
        return (any(term <= words or len(term) >= 3 and len(term - words) <= 1 for term in self.terms[card])
                or any(term and (self.marking(" ".join(term)) or term in self.named[card]) and term <= self.words[card]
                       for term in own)
                or len(self.marking(point.text) & self.words[card]) >= 2
                or bool(_acronyms(point) & self.acronyms[card])
                or any(content_words(tag) and content_words(tag) <= words for tag in self.tags[card]))

    def inflected(self, point: Point, card: int) -> bool:
        """Whether ``point`` holds every word of a key term of two words or more of ``card`` in some form ("Semilunar
        valves stay closed" beside Diastole, whose card marks **semilunar valves close**): a spare that the title's
        card says too, worded another way."""
        words = content_words(point.text)
        return any(all(any(_one_word(word, own) for own in words) for word in term) for term in self.phrases[card])

    def worded(self, point: Point, card: int) -> bool:
        """Whether most of a statement's words (three at least) stand on another card ("Only works when the wire is
        at right angles to the field" on the card of Fleming's left-hand rule), or four of them do, two of which
        that card marks ("Knowledge-based firms … cluster near universities" beside Science parks, whose card marks
        **cluster** and **university**): it reads as that card's too, though the words are the pack's common
        ground."""
        words = {word for word in content_words(point.text) if not word[:1].isdigit()}
        shared = words & self.words[card]
        return len(words) >= 3 and len(shared) * 5 >= len(words) * 3 \
            or len(shared) >= 4 and len(shared & self.marked[card]) >= 2

    def related(self, first: int, second: int) -> bool:
        """Whether one card's points speak of the other's topic (``Trophic levels`` tells of each "food chain"), or
        the author tagged both with one topic ("My Lai massacre" and "Opposition at home", both "opposition"), or
        both titles name one place or body ("Yorkshire Dales National Park", "Conflicts and management in the
        Dales"): a statement of either could belong to both titles."""
        return bool(self.tags[first] & self.tags[second]) or bool(self.places[first] & self.places[second]) or any(
            self.titles[one] and self.titles[one] <= self.words[other] for one, other in ((first, second), (second, first)))

    def kin(self, first: int, second: int) -> bool:
        """Whether one card is a practical and the other's title shares a word with its title that few titles hold
        ("Required practical – decay of milk" and "Factors affecting the rate of decay"): the practical measures
        what the other card says, so a statement of either may answer both titles."""
        return bool(self.heads[first] & self.heads[second]) and any(self.practicals[card] for card in (first, second))

    def part_of(self, first: int, second: int) -> bool:
        """Whether the first card's title is a key term of the second's ("The brain" and "CNS = **brain** + **spinal
        cord**"): the first card's statements are about a part of the second's topic, so they fit its title too."""
        own = self.title_words[first]
        return bool(own) and own in self.named[second]


def _one_word(word: str, other: str) -> bool:
    """Whether two words are one word's forms by a plain ending ("close", "closed"; "valve", "valves")."""
    if word == other:
        return True
    short, long = sorted((word, other), key=len)
    return len(short) >= 4 and long.startswith(short) and long[len(short):] in ("s", "es", "d", "ed", "e")


def _acronyms(point: Point) -> set[str]:
    """The point's key terms that are acronyms of two to five capitals ("FSH", "LH", "DNA")."""
    return {found for term in point.terms
            if re.fullmatch(r"[A-Z]{2,5}", found := point.text[term.start:term.end].strip(" *"))}


def echoes(text: str, title: str) -> bool:
    """Whether ``text`` holds a word of ``title`` in another form of its root ("eroded" for "Erosion", "deposited"
    for "Deposition", "transported" for "Transportation"), or its abbreviation ("UV" for Ultraviolet, "Rh" for
    Rhesus): such a statement reads as that title's."""
    roots = {_root(word) for word in re.findall(r"[a-z]+", title.casefold())} - {""}
    words = re.findall(r"[a-z]+", text.casefold())
    words += [unprefixed.group(1) for word in words if (unprefixed := _PREFIXED.fullmatch(word))]  # "outcompeting"
    return any(one == other or min(len(one), len(other)) >= 4 and (one.startswith(other) or other.startswith(one))
               for one in roots for other in {_root(word) for word in words} - {""}) \
        or any(_abbreviates(token, title) for token in _SHORT_FORM.findall(text)) \
        or _names_alike(text, title) or _adjective_of(text, title)


def _adjective_of(text: str, title: str) -> bool:
    """Whether ``text`` holds a title word's adjective of another form, or the noun of its adjective ("slides over its
    base" beside "Basal slip", "the Pope's power" beside "Papal authority")."""
    mine, theirs = set(re.findall(r"[a-z]+", text.casefold())), set(re.findall(r"[a-z]+", title.casefold()))
    return any(noun in mine and adjective in theirs or adjective in mine and noun in theirs
               for noun, adjective in ADJECTIVES)


def _names_alike(text: str, title: str) -> bool:
    """Whether a name in ``text`` opens with the same four letters as a name in ``title`` ("Named after Surtur"
    beside "Surtsey, a brand-new island"): the spelling pairs them, whatever the student knows."""
    starts = {name[:4].casefold() for name in _names_in(title)}
    return any(name[:4].casefold() in starts for name in _names_in(text))


def _names_in(text: str) -> list[str]:
    """The capitalised words of five letters or more that do not open a sentence or a clause ("Transport in plants"
    names nothing; "Named after Surtur" names Surtur)."""
    return [found.group() for found in re.finditer(r"(?<![\w-])[A-ZÀ-Þ][^\W\d_]{4,}", text)
            if text[:found.start()].strip() and text[:found.start()].rstrip()[-1] not in ".:;!?–—-(\"'“‘"]


_PREFIXED = re.compile(r"(?:out|over|under)([a-z]{6,})")
"""A word made from another by a prefix ("outcompeting" from "competing"): it echoes a title of that root
("Competition")."""


_SHORT_FORM = re.compile(r"\b[A-Z]{2,5}\b|\b[A-Z][b-df-hj-np-tv-xz]\b")
"""A word in capitals ("UV"), or a capital and a consonant ("Rh"): a name's short form."""


def _abbreviates(token: str, title: str) -> bool:
    """Whether a capitals token shortens ``title`` ("UV" for Ultraviolet, "IR" for Infrared, "PD" for Potential
    difference): it opens as the title does and its other letters follow in order."""
    name = re.sub(r"[^a-z]", "", re.sub(r"(?i)^\W*(?:the|an?)\s+", "", title).casefold())  # ("The Rhesus factor")
    letters = token.casefold()
    if not name or letters[0] != name[0] or len(name) < 2 * len(letters):
        return False
    position = 1
    for letter in letters[1:]:
        position = name.find(letter, position) + 1
        if position == 0:
            return False
    return True


_ENDINGS = ("ation", "tion", "sion", "ment", "ised", "ized", "ing", "ise", "ize", "ese", "ish", "ian", "ed", "es", "an",
            "e", "s", "a")
"""Endings that hide a shared root, a people's among them ("Chinese" and "China", "Korean" and "Korea"), and a verb's
("oxidised" and "Oxidation")."""


def _root(word: str) -> str:
    """A word's root for ``echoes``, without its ending and a last ``d``, ``s`` or ``t`` (erode, erosion: ero); empty
    for a word too short to tell."""
    if len(word) < 5 or not word.isalpha():
        return ""
    if word.endswith(("ings", "ments", "tions", "sions")):
        word = word[:-1]  # "landings" is "landing" in the plural: its root is "landed"'s
    ending = next((end for end in _ENDINGS if word.endswith(end) and len(word) - len(end) >= 3), "")
    root = word[:len(word) - len(ending)]
    root = root[:-1] if root[-1:] in ("d", "s", "t") and len(root) > 3 else root
    return root if len(root) >= 3 else ""


def _card_words(card: Card) -> set[str]:
    return set().union(content_words(card.title), *(content_words(point.text) for point in card.points))
