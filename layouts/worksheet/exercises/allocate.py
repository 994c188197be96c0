"""Choosing the questions: the best candidates per section, each point used once.

Sections that need particular points choose first (the timeline dated
points, short answers whole cards, matching one point per card); then gap
fill, multiple choice and true or false take turns, so none starves. A point
used by one question is not printed by another, so no question gives away
another's answer; where the pack has too few points, sections get fewer
questions and ``fewer`` says so.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ....source.model import Card, Pack, Point
from ...labels import ENGLISH, Labels
from .calculations import calc_candidates
from .candidates import (choice_candidates, gap_candidates, shows_no_letter, true_false_candidates, year_bounds,
                         year_in)
from .defined_choices import definition_choice_candidates
from .matching import (NAMES_A_FORM, defined_at, definition_candidates, definition_mark, faith_told, known_by_figure,
                       match_candidates, opens_on_label, printed_together, share_words, short_noun_shared, title_words)
from .short_answers import short_candidates
from .claims import Claims, echoes
from .events import conflicts, event_candidates
from .given_names import gender_of
from .kinds import body_or_document, document_kind, is_churchman, is_plural, is_ruler
from .material import Candidate, Material, holds, said_again, shares_a_word
from .roles import DONE_BY_NOBODY, GENERIC_HEADINGS, starts_with_pronoun
from .distractors import Pool, distractors, foreign_fits, same_sort, scaled
from ...kit.pictures import picture_words
from .pictures import picture_questions
from .questions import Event, Gap, Pair, PointRef, Question, Timeline
from .translate import translations, why_none
from .terms import number_value
from .words import (YEAR, close_forms, content_words, fields, parallel, said_words, singular, spans_in,
                    told_with_its_title)

DEFAULT_CAPS = {"gap": 6, "match": 8, "mcq": 6, "timeline": 1, "tf": 6, "calc": 4, "short": 3, "translate": 10, "picture": 4}
"""Questions per section when ``--questions`` is not given: a worksheet for one lesson."""
MATHS_CALCS = 2
"""More calculations a maths pack's sheet asks by default: its figures are examples, so few other sections fill."""
MIN_PAIRS = 3
"""Fewer titles than this is not a matching exercise."""
MAX_PAIRS = 8
"""Titles per matching block; more are split into blocks of their own."""
MIN_EVENTS, MAX_EVENTS = 3, 6
"""Events per timeline question."""
MAX_SPARES = 2
"""Spare statements in a matching block: with none, the last pair comes by elimination."""
MATCH_TRIES = 12
"""Most choices of titles that matching tries, each leaving out one more title that ruled out the spares."""
BANK_EXTRAS = 3
"""Wrong words added to a word bank."""
POINT_SECTIONS = ("gap", "mcq", "tf")
EARLY_GAPS = 2
"""Gap fills chosen before matching and the short answers take their points: enough for a section."""
SMALL_PACK = 6
"""Cards a small pack has at most: there matching's spare may come from a title's neighbour (no card is next to
none of its titles), and gap fill and true statements wait for the short answers, which need whole cards."""
AUTHORED = "authored"
"""What ``Allocation.used`` records for a point kept off the sheet because it shows an authored question's answer."""
RESERVED = "reserved"
"""What ``Allocation.used`` records for the points of the card kept for a short answer while the sections that ask
one point each choose theirs: spread over every card, they would leave no whole card to write about."""


@dataclass
class Allocation:
    """What was chosen, and what could not be."""

    questions: dict[str, list[Question]] = field(default_factory=dict)
    """Section name to its questions (matching: pairs; grouped into blocks later)."""
    used: dict[PointRef, list[str]] = field(default_factory=dict)
    """Point to the sections that use it."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Section name to why it has no questions."""
    bank: tuple[str, ...] = ()
    """The gap fill's word bank: every answer plus a few wrong words."""
    spares: list[Pair] = field(default_factory=list)
    """Matching's spare statements: from cards that are not among its titles, so the last pair is no gift."""
    fewer: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Section name to (asked for, set) where the pack had too few usable points to fill it."""
    open_lines: bool = False
    """Whether a gap shows no letter, fair only beside a word bank."""


def allocate(pack: Pack, sections: tuple[str, ...], cap: int | None, rng: random.Random, word_bank: bool,
             taken: dict[str, int] | None = None, kept_out: frozenset[PointRef] = frozenset(),
             labels: Labels = ENGLISH, images: bool = True) -> Allocation:
    """Choose every section's questions from ``pack``.

    ``taken`` is how many places of each section the teacher's own questions hold (generated ones fill the
    rest); ``kept_out`` are points that would give one of their answers away; ``images`` False (--no-images)
    leaves the picture exercise empty.

    Matching claims its statements before the gap fills, as a rule. Where that leaves no gap fill, the sheet is
    chosen again with the gap fills first, and kept if it is fuller: a matching title that prints "sodium
    hydroxide" takes away every gap that would blank it, though other titles would have served.

    A gap may leave its blank without a letter where a word bank will narrow it; where the bank is then left out
    (it would give answers away), the sheet is chosen again as one with no bank."""
    start = rng.getstate()
    result = _fullest(pack, sections, cap, rng, word_bank, taken, kept_out, labels, images)
    if word_bank and not result.bank and result.open_lines:
        rng.setstate(start)
        result = _fullest(pack, sections, cap, rng, False, taken, kept_out, labels, images)
    return result


def _fullest(pack: Pack, sections: tuple[str, ...], cap: int | None, rng: random.Random, word_bank: bool,
             taken: dict[str, int] | None, kept_out: frozenset[PointRef], labels: Labels, images: bool) -> Allocation:
    """The sheet with matching's statements claimed first, or with the gap fills first where that is fuller, or with
    matching before the timeline where the timeline's events left it no spare."""
    start = rng.getstate()
    result = _allocate(pack, sections, cap, rng, word_bank, taken, kept_out, labels, images, gaps_first=False)
    if "gap" in sections and "match" in sections and not result.questions["gap"] and result.questions["match"]:
        result = _fuller(result, start, rng, lambda: _allocate(pack, sections, cap, rng, word_bank, taken, kept_out,
                                                               labels, images, gaps_first=True))
    if "match" in sections and "timeline" in sections and not result.questions["match"]:
        result = _fuller(result, start, rng, lambda: _allocate(pack, sections, cap, rng, word_bank, taken, kept_out,
                                                               labels, images, gaps_first=False, match_first=True))
    if "short" in sections and not result.questions["short"] and len(pack.cards) > SMALL_PACK:
        result = _fuller(result, start, rng, lambda: _allocate(pack, sections, cap, rng, word_bank, taken, kept_out,
                                                               labels, images, gaps_first=False, keep_a_card=True))
    return result


def _fuller(result: Allocation, start: tuple, rng: random.Random, again: Callable[[], Allocation]) -> Allocation:
    """The fuller of ``result`` and the sheet chosen ``again`` from the state ``start`` (more sections; as many, more
    questions); the random state as the kept one left it."""
    end = rng.getstate()
    rng.setstate(start)
    other = again()
    if _filled(other) > _filled(result):
        return other
    rng.setstate(end)
    return result


def _filled(result: Allocation) -> tuple[int, int]:
    """How full a sheet is: its sections with questions, then its questions."""
    return (sum(1 for questions in result.questions.values() if questions),
            sum(len(questions) for questions in result.questions.values()))


def _allocate(pack: Pack, sections: tuple[str, ...], cap: int | None, rng: random.Random, word_bank: bool,
              taken: dict[str, int] | None, kept_out: frozenset[PointRef], labels: Labels, images: bool,
              gaps_first: bool, keep_a_card: bool = False, match_first: bool = False) -> Allocation:
    """One choice of every section's questions, matching's statements claimed before or after the first gap fills;
    with ``keep_a_card``, the best short answer's card kept from the sections that ask one point."""
    caps = {name: cap if cap is not None else DEFAULT_CAPS[name] for name in sections}
    caps.update((name, max(0, caps[name] - count)) for name, count in (taken or {}).items() if name in caps)
    source = Material(pack, rng, sum(caps.values()) * MAX_EVENTS)
    if cap is None and "calc" in caps and source.maths:
        caps["calc"] += MATHS_CALCS  # a maths sheet's own exercise, where its figures make no other questions
    source.banked = word_bank and "gap" in sections and not source.word_list  # (a language pack has no bank)
    result = Allocation(questions={name: [] for name in sections}, used={ref: [AUTHORED] for ref in kept_out})
    if "picture" in sections and images:  # first: a picture's labels print words ("Screening", "131") that the
        # other sections then leave unasked
        for question in picture_questions(pack, caps["picture"], rng):
            words = picture_words(question.image)
            if content_words(words) & content_words(question.title):
                continue  # a diagram labelled "alloy" is no question beside the one title "Alloys"
            result.questions["picture"].append(question)
            source.record([words], [])
            for ref in source.refs:  # its card's lines, under its title or beside its labels, would name the answer
                if ref.card == question.card:  # ("Write three points about: The greenhouse effect" beside the
                    result.used.setdefault(ref, []).append("picture")  # labelled diagram)
    if match_first and "match" in sections:  # (the timeline's events may take the one line a spare statement needs)
        _match(result, source, caps["match"])
    if "timeline" in sections:
        _timeline(result, source, caps["timeline"])
    if "translate" in sections:
        _translate(result, source, caps["translate"])
    if "calc" in sections:  # a worked example asks its sum here, and nothing elsewhere
        calcs = calc_candidates(source, labels)
        _take(result, "calc", calcs, caps["calc"], cards=True)  # one card's examples after every card has had one:
        _take(result, "calc", calcs, caps["calc"])  # expanding and factorising both, not two of one bracket
    if "tf" in sections:  # first, false statements: only a year makes one, and each lets a true statement stand beside
        # it, where a year asked in multiple choice is one question (and prints three more years, each then a year the
        # sheet gives another event, which a false statement may not take)
        _take_turns(result, source, ["tf"], {"tf": (caps["tf"] + 1) // 2}, false_only=True)
    if "mcq" in sections:  # half first: its fair questions are the fewest, and matching or a short answer takes them
        _take_turns(result, source, ["mcq"], {"mcq": (caps["mcq"] + 1) // 2})
    if gaps_first and "gap" in sections:
        _take_turns(result, source, ["gap"], {"gap": min(EARLY_GAPS, caps["gap"])})
    if "match" in sections and not match_first:  # before the short answers: they take whole cards, it one statement
        # of each of its titles' cards
        _match(result, source, caps["match"])
    reserved = _reserve_short(result, source, sections, labels) if keep_a_card else ()  # (after the sections a pack
    # has least for)
    early = [name for name in ("tf", "gap") if name in sections and len(pack.cards) > SMALL_PACK]
    if early:  # before the short answers take whole cards: up to half the true or false statements, false ones (they
        # are few), and two gap fills, so a sheet keeps both sections (not in a small pack: its cards are few)
        _take_turns(result, source, early, {"tf": (caps.get("tf", 0) + 1) // 2, "gap": min(EARLY_GAPS, caps.get("gap", 0))},
                    false_only=True)
    if "short" in sections:
        for ref in reserved:
            del result.used[ref]
        sharing = any(name in sections for name in ("gap", "match", "mcq", "tf"))
        limit = min(caps["short"], max(1, len(pack.cards) // 3)) if sharing else caps["short"]
        _take(result, "short", short_candidates(source, labels, vocabulary="translate" not in sections), limit,
              cards=True)
        source.titles += [pack.cards[q.card].title for q in result.questions["short"]]
    source.glossary_choices = "mcq" in sections and not result.questions["mcq"]  # (a glossary's terms where no year
    # could be asked, once matching has had its definitions: each question prints three terms no other may then ask)
    _take_turns(result, source, [name for name in POINT_SECTIONS if name in sections], caps)
    if "tf" in sections:
        _balance_true_false(result)
    if "tf" in sections and all(statement.true for statement in result.questions["tf"]):
        _drop(result, "tf")  # all true is no exercise
    if word_bank and result.questions.get("gap") and not source.word_list:  # beside its meaning, a word in a box
        # of three is found by elimination
        result.bank = _bank(result, source, result.questions["gap"])
    result.open_lines = any(shows_no_letter(source, term, source.point(gap.point).text)
                            for gap in result.questions.get("gap", ())
                            for term in source.terms.get(gap.point, ())
                            if any(blank.text == term.text for blank in gap.answers))
    if "picture" in sections and not images:
        result.skipped["picture"] = "--no-images leaves the pictures out"
    for name in sections:
        if not result.questions[name] and name not in result.skipped:
            crowded = any(result.questions[other] for other in sections if other != name)
            result.skipped[name] = _why_empty(name, pack, source, sections, crowded)
        elif name not in ("match", "timeline", "calc", "short", "picture") \
                and 0 < len(result.questions[name]) < caps[name]:
            result.fewer[name] = (caps[name], len(result.questions[name]))
    return result


def _reserve_short(result: Allocation, source: Material, sections: tuple[str, ...],
                   labels: Labels) -> tuple[PointRef, ...]:
    """Keep the best short answer's card from the other sections (claimed as ``RESERVED``), and say which points."""
    for candidate in _ranked(short_candidates(source, labels, vocabulary="translate" not in sections)):
        if _free(result, candidate.uses, "short"):
            for ref in candidate.uses:
                result.used[ref] = [RESERVED]
            return candidate.uses
    return ()


def _free(result: Allocation, uses: tuple[PointRef, ...], section: str, reuse: bool = False) -> bool:
    """Whether no question uses any of ``uses`` yet: one point never feeds two questions."""
    return all(ref not in result.used for ref in uses)


def _claim(result: Allocation, uses: tuple[PointRef, ...], section: str) -> None:
    for ref in uses:
        result.used.setdefault(ref, []).append(section)


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    order = sorted(range(len(candidates)), key=lambda index: (-candidates[index].score, index))
    return [candidates[index] for index in order]


def _take(result: Allocation, section: str, candidates: list[Candidate], limit: int, cards: bool = False,
          fits: Callable[[Candidate], bool] = lambda candidate: True) -> None:
    """Fill ``section`` from the best candidates that ``fits`` allows, each on points no other question uses."""
    ranked = _ranked(candidates)
    chosen = result.questions[section]
    taken_cards: set[int] = set()
    for candidate in ranked:
        if len(chosen) >= limit:
            break
        if cards and candidate.card in taken_cards or not _free(result, candidate.uses, section):
            continue
        if not fits(candidate):
            continue
        question = candidate.build(len(chosen))
        if question is None:
            continue
        chosen.append(question)
        taken_cards.add(candidate.card)
        _claim(result, candidate.uses, section)


def _match(result: Allocation, source: Material, cap: int) -> None:
    if cap < MIN_PAIRS:
        result.skipped["match"] = f"matching needs at least {MIN_PAIRS} titles, but --questions allows {cap}"
        return
    claims = Claims(source.pack)
    candidates = match_candidates(source)
    tried: list[frozenset[int]] = [frozenset()]  # sets of titles left out, tried in turn
    spareless = False
    for attempt, banned in enumerate(tried):  # (it grows as it goes)
        if attempt == MATCH_TRIES:
            break
        blockers = _match_once(result, source, candidates, cap, claims, banned)
        if result.questions["match"]:
            return
        spareless = spareless or bool(blockers)
        tried += [banned | {card} for card in blockers if banned | {card} not in tried]
    defined = [] if source.word_list else definition_candidates(source)
    if defined and (_match_definitions(result, source, defined, min(cap, MAX_DEFINITIONS))
                    or _match_definitions(result, source, defined, min(cap, MAX_DEFINITIONS), one_card=True)):
        return
    if spareless:
        result.skipped["match"] = ("matching needs one statement more than its titles, from a card it does not ask, "
                                   "that fits none of them (so the last pair is not left to elimination), and no "
                                   "card left out of it had one")


_UNIT_LAST = re.compile(r"\((?:[^()]*,\s*)?[A-Za-zΩµμ°][A-Za-z/²³⁻¹·]{0,5}\)\W*$")
"""A meaning that ends on its quantity's unit in brackets ("… each second (hertz, Hz)", "… rest position (m)")."""

MAX_DEFINITIONS = 6
"""Key terms a matching of definitions asks at most: the rest of the pack's definitions stay for the gap fill."""


def _match_definitions(result: Allocation, source: Material, candidates: list[Candidate], cap: int,
                       one_card: bool = False) -> bool:
    """Key terms matched to their definitions, where the card titles gave no matching: no definition holds a word of
    another chosen term (it would point to it), and one or two more definitions stand as spares; each term beside
    another of its card's, pair or spare. With ``one_card``, only the terms of the card that defines most. Whether it
    made one."""
    if cap < MIN_PAIRS:
        return False
    pairs: list[Pair] = result.questions["match"]
    if one_card:  # "Warm water" (a reef's needs) beside "Atoll" (a reef's shape) and "Marine protected areas" (its
        # care), one of each card: each meaning is the one of its kind, and pairs at sight
        free = Counter(candidate.card for candidate in candidates if _free(result, candidate.uses, "match"))
        best = max(free, key=lambda card: (free[card], -card), default=None)
        if best is None or free[best] < MIN_PAIRS + 1:
            return False
        candidates = [candidate for candidate in candidates if candidate.card == best]

    meanings = [(defined_at(source, candidate.uses[0]) or ("", ""))[1] for candidate in candidates]
    covering = {candidate.uses[0] for candidate, meaning in zip(candidates, meanings)
                if any(other != meaning and _said_within(other, meaning) for other in meanings)}  # Diesel oil's "fuel
    # for lorries, buses, some cars and trains" says all of Petrol's "fuel for cars": printed with it, it fits both

    def apart(candidate: Candidate) -> bool:  # "Sovkhoz – a state farm, unlike a kolkhoz": it points to Kolkhoz
        term, meaning = defined_at(source, candidate.uses[0]) or ("", "")
        if _root_inside(meaning, term) or candidate.uses[0] in covering:
            return False  # "Bioleaching – bacteria produce leachate solutions": the meaning spells the term's root
        return all(not share_words(title_words(term), title_words(pair.text))
                   and not share_words(title_words(pair.title), title_words(meaning)) and not _alike(term, pair.title)
                   and not (pair.card == candidate.card and (_names_its_card(source, candidate.card, term)
                                                             or _names_its_card(source, pair.card, pair.title)))
                   for pair in pairs)  # ("White blood cell" beside "Lymphocyte" under "White blood cells": the
        # card's topic beside a kind of it, whose meaning fits both)

    def give_back(pair: Pair) -> None:  # a pair taken back: its point free again, its texts no longer printed
        pairs.remove(pair)
        result.used.pop(pair.point, None)
        for text in (pair.title, pair.text):
            source.shown.remove(text)
        source.pairs.remove((pair.title, pair.text))

    printed, paired = len(source.shown), len(source.pairs)
    _take(result, "match", candidates, cap, fits=apart)
    cards = Counter(pair.card for pair in pairs)
    lone = [pair for pair in pairs if cards[pair.card] == 1]
    if lone and len(pairs) - len(lone) >= MIN_PAIRS:  # "Amplitude" from the wave terms beside uses of the spectrum
        # is the one term of its kind, its definition the one of its kind: the layout matches them
        for pair in lone:
            give_back(pair)

    def kin(candidate: Candidate) -> int:  # 0: a pairs' own card; 1: a card whose title shares a word with theirs
        # ("Natural causes" beside "Human causes"); 2: any other
        own = {pair.card for pair in pairs}
        if candidate.card in own:
            return 0
        titles = [title_words(source.pack.cards[card].title) for card in own]
        return 1 if any(share_words(title_words(source.pack.cards[candidate.card].title), words) for words in titles) \
            else 2

    def filed_under_a_term(candidate: Candidate) -> bool:  # "Tissue culture – cells grown on a medium …" from the
        # card "Cloning plants" is a way of cloning: beside the term "Cloning" it matches two
        card_title = title_words(source.pack.cards[candidate.card].title)
        return any(pair.card != candidate.card and (words := title_words(pair.title))
                   and all(share_words({word}, card_title) for word in words) for pair in pairs)

    def written_alike(candidate: Candidate) -> bool:  # from a card apart, a line written as the pairs' are: "Khejri
        # tree: very deep roots reach groundwater" describes a plant, not a word of the glossary ("Arid – very dry")
        marks = {definition_mark(source, pair.point) for pair in pairs}
        return kin(candidate) < 2 or definition_mark(source, candidate.uses[0]) in marks

    def other_kind(candidate: Candidate) -> bool:  # "shape that gives a large surface area …" beside meanings that
        # name no shape: ruled out at sight; so is a meaning with no unit ("change in direction when a wave changes
        # speed", refraction) beside quantities' that each end on theirs ("… each second (hertz, Hz)", "… (m)")
        _, meaning = defined_at(source, candidate.uses[0]) or ("", "")
        if all(_UNIT_LAST.search(pair.text) for pair in pairs) and not _UNIT_LAST.search(meaning):
            return True
        opening = _KIND_OPENING.match(meaning)
        return opening is not None and not any(
            (found := _KIND_OPENING.match(pair.text)) and found.group(1).casefold() == opening.group(1).casefold()
            for pair in pairs)

    def spare_choices() -> list[Candidate]:  # a definition from the pairs' own cards first: one of their kind ("X-rays
        # – …" beside the uses of the spectrum), never one the titles rule out at sight ("frequency above 20 kHz")
        return sorted((candidate for candidate in _ranked(candidates) if _free(result, candidate.uses, "match")
                       and apart(candidate) and not filed_under_a_term(candidate) and written_alike(candidate)
                       and not other_kind(candidate)
                       and not (candidate.card not in {pair.card for pair in pairs}
                                and _names_own_topic(source, candidate, meaning=True))
                       and not (kin(candidate) == 2 and one_kind())),
                      key=kin)

    def one_kind() -> bool:  # beside the leaf's layers, all of one card, "Fats and oils – an energy store" from the
        # uses of glucose is no layer at all; a glossary's terms ("Key words") are of no one kind
        cards = {pair.card for pair in pairs}
        return len(cards) == 1 and not GENERIC_HEADINGS.match(source.pack.cards[next(iter(cards))].title)

    spares = spare_choices()
    if spares and kin(spares[0]) == 2 and len(pairs) > MIN_PAIRS:  # the definition of adaptation beside three causes
        # is ruled out at sight: one of the causes stands spare instead, where that leaves enough pairs
        give_back(pairs[-1])
        spares = spare_choices()
    while not spares and len(pairs) > MIN_PAIRS:  # every definition is asked: give one up to stand spare
        give_back(pairs[-1])
        spares = spare_choices()
    owners = {card for card, count in Counter(pair.card for pair in pairs).items() if count > 1}
    if len(owners) > 1 and spares:  # terms of two cards (plate margins beside the 4 Ps): a spare of each card's kind,
        # lest the last of its terms come by elimination among its kind; one of its pairs stands spare where it has none
        for card in sorted(owners - {candidate.card for candidate in spares}):
            if len(pairs) > MIN_PAIRS:
                give_back(next(pair for pair in reversed(pairs) if pair.card == card))
        spares = spare_choices()
        owners = {card for card, count in Counter(pair.card for pair in pairs).items() if count > 1}
        other = next((candidate for candidate in spares[1:] if candidate.card in owners - {spares[0].card}), None)
        spares = spares[:1] + ([other] if other else [])
        cards = Counter(pair.card for pair in pairs)
        for pair in [pair for pair in pairs if cards[pair.card] == 1
                     and pair.card not in {candidate.card for candidate in spares}]:
            if len(pairs) > MIN_PAIRS:  # "Quantitative analysis" left the one analysis term beside the gas tests,
                give_back(pair)  # its partner given up to stand spare and dropped: its kind pairs it at sight
    cards = Counter(pair.card for pair in pairs)
    lone = next((pair for pair in pairs if len(cards) == 2 and cards[pair.card] == 1 and _outsider(source, pair, pairs)
                 and pair.card not in {candidate.card for candidate in spares}), None)
    if lone is not None:  # "Resolution" beside Lossy and Lossless, its spare "1 binary digit": with no spare of its
        # own card, the one term of its kind is paired at sight
        if len(pairs) > MIN_PAIRS:
            give_back(lone)
        else:
            own = next((candidate for candidate in spare_choices() if candidate.card == lone.card), None)
            spares = [own, *spares] if own is not None else []
    chosen = spares[:len(spares) if len(owners) > 1 else 1 if len(pairs) < MAX_PAIRS else 2]
    printed_by = Counter([pair.card for pair in pairs] + [candidate.card for candidate in chosen])
    if len(pairs) < MIN_PAIRS or not spares or any(printed_by[pair.card] < 2 for pair in pairs):
        _drop(result, "match")
        del source.shown[printed:]
        del source.pairs[paired:]
        return False
    for candidate in chosen:
        spare = candidate.build(0)
        if spare is not None:
            result.spares.append(spare)
            _claim(result, candidate.uses, "match")
    if not result.spares:
        _drop(result, "match")
        del source.shown[printed:]
        return False
    return True


def _match_once(result: Allocation, source: Material, candidates: list[Candidate], cap: int, claims: Claims,
                banned: frozenset[int]) -> list[int]:
    """Choose the pairs and their spares, titles of ``banned`` cards left out. When no statement can be a spare,
    all is taken back and the titles' cards are returned, those ruling out the most spares first, to try again
    without one of them (none when the choice stands, or too few titles were found)."""
    pairs: list[Pair] = result.questions["match"]
    chosen_words: list[set[str]] = []  # each chosen pair's title words, in order
    chosen_titles: list[str] = []
    holding: dict[str, list[int]] = {}  # word -> the chosen pairs whose titles hold it

    def distinct(candidate: Candidate) -> bool:  # "The Speech" beside "Highlights of the speech" is ambiguous
        if candidate.card in banned or _OVERVIEW.search(source.pack.cards[candidate.card].title):
            return False  # ("Why resources matter" as a title fits the other cards' statements too)
        title = source.pack.cards[candidate.card].title
        if NAMES_A_FORM.search(title) or "=" in title:
            return False  # "Formulae of the first four alcohols" pairs with the one formula by its look (its
            # statements may still be spares), and "F = BIl" with the one statement on a symbol it prints
        for pair in pairs[len(chosen_words):]:
            chosen_words.append(title_words(pair.title))
            chosen_titles.append(pair.title)
            for word in chosen_words[-1]:
                holding.setdefault(word, []).append(len(chosen_words) - 1)
        words = title_words(source.pack.cards[candidate.card].title)
        sharing = {index for word in words for held, indexes in holding.items() if word == held
                   or close_forms(word, held) for index in indexes}  # only these can be alike ("Medicine …" and
        # "Medical …" too)
        if any(_alike(source.pack.cards[candidate.card].title, chosen_titles[index]) for index in sharing):
            return False
        if any(_one_moment(source.pack.cards[candidate.card], source.pack.cards[pair.card])
               or _defined_through(source.pack.cards[candidate.card], source.pack.cards[pair.card])
               or _defined_through(source.pack.cards[pair.card], source.pack.cards[candidate.card])
               or _example_of(source.pack.cards[candidate.card], source.pack.cards[pair.card])
               or _example_of(source.pack.cards[pair.card], source.pack.cards[candidate.card])
               or _marks_titles_term(source.pack.cards[candidate.card], source.pack.cards[pair.card])
               or _marks_titles_term(source.pack.cards[pair.card], source.pack.cards[candidate.card])
               for pair in pairs):
            return False
        # "Jane Seymour gave birth to the future Edward VI" is no statement where "Edward VI" is a title too
        point = source.point(candidate.uses[0])
        text = point.text
        if share_words(title_words(text), set(holding)) or any(share_words(words, title_words(pair.text))
                                                               for pair in pairs):
            return False
        if any(shown.startswith(f"{title}: ") and shares_a_word(shown[len(title):], text) for shown in source.shown):
            return False  # "Slavery Abolition Act: … older people became apprentices", asked already, pairs the
            # title with "Apprenticeship ended early"; "Measuring the rate of respiration: the drop moves 24 mm …"
            # with "The drop of coloured liquid … moves towards the organisms"
        if any(echoes(text, pair.title) or echoes(pair.text, title) or _names_a_rank(text, pair.title)
               or _names_a_rank(pair.text, title) for pair in pairs):
            return False  # "material is deposited" is no statement where "Deposition" is a title, nor "Henry
            # removed the Earl of Kildare" where "Controlling the nobility" is
        if not _own_word(source, candidate.card, text) or known_by_figure(title, text):
            return False
        if any(fields(text) & fields(pair.title) - fields(title)
               or fields(pair.text) & fields(title) - fields(pair.title) for pair in pairs):
            return False  # "Mi'ad – the Day of Judgement and resurrection" under "The five roots of Usul ad-Din" beside
            # "Akhirah – life after death": the meaning of its words fits the other title
        if any(told_with_its_title(title, text, shown) for shown in source.shown):
            return False  # "Presented their petition in Parliament" under "Ellen Wilkinson", beside the timeline's
            # "Ellen Wilkinson presented the petition to the House of Commons": the sheet pairs them already
        if any(_opening(text) == _opening(pair.text) for pair in pairs):
            return False  # "Loveless wrote: 'We raise the watchword …'" beside "Loveless wrote a pamphlet …": which
            # of his writings went with the trial and which with his return, both read alike
        if fields(text) & fields(title) - frozenset().union(*(fields(pair.title) for pair in pairs)):
            return False  # "Passed by Pitt the Younger's government" under "The Combination Acts", the one law among
            # the titles chosen before it: the meaning of its words pairs them at sight
        return not any(_ambiguous(claims, candidate.card, point, pair.card, source.point(pair.point)) for pair in pairs)

    printed, titled = len(source.shown), len(source.titles)  # what matching prints is forgotten again if dropped
    _take(result, "match", candidates, cap, cards=True, fits=distinct)
    if len(pairs) < MIN_PAIRS:
        _drop(result, "match")
        del source.shown[printed:]
        return []
    source.titles += [pair.title for pair in pairs]
    _spares(result, source, candidates, pairs, claims)
    while not result.spares and len(pairs) > MIN_PAIRS:  # every card is a title: give one up for spares
        dropped = pairs.pop()
        result.used.pop(dropped.point, None)
        source.titles.remove(dropped.title)
        for text in (dropped.title, dropped.text):
            source.shown.remove(text)
        _spares(result, source, candidates, pairs, claims)
    if result.spares:
        source.matched = {pair.card: pair.text for pair in pairs}
        return []
    blocked = {(candidate.card, pair.card) for candidate in _spare_choices(result, source, candidates, pairs)
               for pair in pairs if _beside(source, claims, candidate, pair)}
    blocking = Counter(card for _, card in blocked)  # title -> the cards whose statements it rules out as spares
    _drop(result, "match")  # the last pair would come by elimination
    del source.shown[printed:]
    del source.titles[titled:]
    return sorted((pair.card for pair in pairs), key=lambda card: -blocking[card])


def _opening(text: str) -> tuple[str, ...]:
    """A statement's first two words, as a doer and a deed ("Loveless wrote"), to compare with another's."""
    return tuple(re.findall(r"[\w'’-]+", text.casefold())[:2])


_MEASURED_BY_NOBODY = re.compile(r"\W*(?:Costs?|Took|Takes|Holds|Protects|Covers|Carries|Employs|Houses|Serves|"
                                 r"Stretches|Reaches)\s+(?:around|about|over|under|roughly|nearly|up\s+to|[£$€\d])")
"""A statement that opens on a verb and an amount, its subject the card's title ("Cost around £110 million and
protects about 3,000 homes", the Jubilee River's): as a spare, it names nothing of its own."""


def _spare_choices(result: Allocation, source: Material, candidates: list[Candidate],
                   pairs: list[Pair]) -> list[Candidate]:
    """The statements that might be spares, best first: from cards not among the titles, on free points, with a
    subject of their own ("They contain …" has none, nor "Made in the liver, stored in the gall bladder …", bile's,
    which reads as the liver's beside "Organs and their jobs"), not set out as a label and its meaning where no
    statement is ("Diamond – a decision …" beside sentences on sorting), not naming their own card's topic, nor from an
    overview ("Why resources matter": "About 700 million people have no electricity" belongs under "Global energy
    security" too; as a title, it fits every statement)."""
    cards = {pair.card for pair in pairs}
    people = any(source.names_person(pair.title, "") for pair in pairs)
    return [candidate for candidate in _ranked(candidates)
            if candidate.card not in cards and _free(result, candidate.uses, "match")
            and not (people and _opens_on_person(source, candidate.uses[0]))
            and not _OVERVIEW.search(source.pack.cards[candidate.card].title)
            and _a_statement_of_its_own(source.point(candidate.uses[0]).text, pairs)
            and _own_word(source, candidate.card, source.point(candidate.uses[0]).text)
            and not _names_own_topic(source, candidate)]


def _a_statement_of_its_own(text: str, pairs: list[Pair]) -> bool:
    """Whether a spare statement has its own subject and the pairs' form: no pronoun, verb or verb and amount opening
    it, and no label with its meaning beside statements that are sentences."""
    return not (starts_with_pronoun(text) or DONE_BY_NOBODY.match(text) or _MEASURED_BY_NOBODY.match(text)
                or opens_on_label(text) and not any(opens_on_label(pair.text) for pair in pairs))


def _said_within(meaning: str, other: str) -> bool:
    """Whether another meaning says all that one says ("fuel for cars" within "fuel for lorries, buses, some cars and
    trains")."""
    words = said_words(meaning)
    return bool(words) and words <= said_words(other)


def _outsider(source: Material, pair: Pair, pairs: list[Pair]) -> bool:
    """Whether a term of matching shares no word with the others, nor its card's title with theirs ("Resolution",
    from "Images", beside Lossy and Lossless from "Compression"; not "Clone" beside "Cloning")."""
    own = title_words(source.pack.cards[pair.card].title)
    return not any(share_words(title_words(pair.title), title_words(other.title))
                   or share_words(own, title_words(source.pack.cards[other.card].title))
                   for other in pairs if other.card != pair.card)


def _opens_on_person(source: Material, ref: PointRef) -> bool:
    """Whether a statement opens on a person's name ("Joseph Lister used carbolic acid …"): beside titles that are
    people (Robert Koch, William Harvey), a spare about someone no title names is out at sight."""
    return any(term.kind == "name" and term.sort.startswith("person")
               and not source.point(ref).text[:term.start].strip(" *\"'“‘") for term in source.terms[ref])


def _names_own_topic(source: Material, candidate: Candidate, meaning: bool = False) -> bool:
    """Whether a spare statement (``meaning``: a definition's meaning, which is all a spare of definitions prints)
    names its own card's topic ("Steelmaking – oxygen blown through molten iron" under "Uses of oxygen"): beside
    Helium, Neon and Argon it is ruled out at sight, and the last pair comes by elimination."""
    split = defined_at(source, candidate.uses[0]) if meaning else None
    text = split[1] if split else source.point(candidate.uses[0]).text
    return share_words(title_words(source.pack.cards[candidate.card].title), title_words(text))


def _own_word(source: Material, card: int, text: str) -> bool:
    """Whether a matching statement holds a word no other card of the pack uses: one told only in words other cards
    share ("No treatment kills the virus once a person has it" under "Measles", beside "HIV and AIDS"; "High melting
    and boiling points" under "Metallic bonding", beside "Diamond") is as true of their titles."""
    others = (each for each in range(len(source.pack.cards)) if each != card)
    return bool(content_words(text) - frozenset().union(*(source.card_words(each) for each in others)))


_OVERVIEW = re.compile(r"(?i)\b(?:overview|introduction|intro|basics|background|summary|key (?:ideas|terms|facts)|"
                       r"improvements|evaluation|evaluating|limitations|"
                       r"at a glance|in brief|in a nutshell|facts and figures|fact ?file)\b|^\W*why\b.*\bmatters?\b")
"""A card that surveys the whole topic, or judges the practicals of the others ("Errors and improvements"): each of its
statements fits one of the other cards' titles as well."""


def _beside(source: Material, claims: Claims, candidate: Candidate, pair: Pair) -> bool:
    """Whether a spare statement could be taken for ``pair``'s title's: it holds a word of the title ("eroded"
    beside "Erosion"), shares a key term with its card, or comes from a card alike, related or kin to it, or next to
    it (the practical's method beside "The practical – controls and errors"; the decay practical's beside "Factors
    affecting the rate of decay"; "The brain"'s beside "CNS and PNS", which marks **brain**), or from a card one of
    the two defines itself by ("Translocation = … through the phloem" beside "Phloem")."""
    point = source.point(candidate.uses[0])
    return (share_words(title_words(point.text), title_words(pair.title)) or echoes(point.text, pair.title)
            or _told_alike(point.text, pair.text)
            or claims.claimed(point, pair.card) or claims.inflected(point, pair.card) or claims.worded(point, pair.card)
            or claims.related(candidate.card, pair.card)
            or claims.kin(candidate.card, pair.card) or claims.part_of(candidate.card, pair.card)
            or _alike(source.pack.cards[candidate.card].title, pair.title)
            or abs(candidate.card - pair.card) == 1 and len(source.pack.cards) > SMALL_PACK
            or short_noun_shared(point.text, pair.title) or _names_a_member(source, point.text, pair)
            or _names_a_rank(point.text, pair.title) or _speaks_as(source, point.text, pair.card)
            or _land_and_people(point.text, pair.title) or _land_and_people(pair.title, point.text)
            or _defined_through(source.pack.cards[candidate.card], source.pack.cards[pair.card])
            or _defined_through(source.pack.cards[pair.card], source.pack.cards[candidate.card])
            or _symbol_shared(point.text, source.pack.cards[pair.card])
            or _topic_marked(source, candidate.card, pair.card)
            or _term_spoken_of(source, candidate.uses[0], pair.card) or _a_toll_of_effects(point.text, pair.title)
            or _marks_titles_term(source.pack.cards[candidate.card], source.pack.cards[pair.card])
            or faith_told(pair.title, f"{source.pack.cards[candidate.card].title} {point.text}")  # ("Humans are given
            # dominion over the earth", from "The creation stories in Genesis", beside "Liberal and Catholic
            # Christian views": the faith's book makes it a Christian view too)
            or bool(fields(point.text) & fields(pair.title)))  # ("Mi'ad – the Day of Judgement" beside "Akhirah –
    # life after death": the meaning of their words pairs them)


_EFFECTS = re.compile(r"(?i)\b(?:effects?|impacts?|consequences?|aftermath|results?|damage|costs?)\b")
_TOLL = re.compile(r"(?i)\b(?:killed|died|dead|deaths?|death toll|injured|injuries|casualties|homeless|displaced|"
                   r"evacuated|destroyed|damaged|flooded|lost their homes?|without (?:power|water|electricity))\b")


def _a_toll_of_effects(text: str, title: str) -> bool:
    """Whether a statement counts the dead, the homeless or the damage beside a title that names effects ("Over
    6,300 people killed, about 4 million displaced" beside "Primary effects"): a toll is an effect, whichever card
    it came from."""
    return bool(_EFFECTS.search(title) and _TOLL.search(text))


def _term_spoken_of(source: Material, ref: PointRef, card: int) -> bool:
    """Whether the title's card speaks of a word the spare marks, one few cards use ("Germany's **Navy Laws** …"
    beside "Kaiser Wilhelm II", whose card gives his aim of "a big navy"): the spare fits that title too."""
    marked = set().union(*(content_words(term.text) for term in source.terms[ref] if term.marked))
    rare = {word for word in marked if word.isalpha() and source.cards_using(word) <= 2}
    return bool(rare & source.card_words(card))


def _topic_marked(source: Material, card: int, other: int) -> bool:
    """Whether a word of ``card``'s title that few cards use is a key term ``other`` marks ("Predator–prey cycles"
    beside "Biotic factors", whose card marks **predators**): ``card``'s topic is one of ``other``'s, so its
    statements fit both. (A word on many cards, "Party" in a pack on Khrushchev, ties nothing.)"""
    marked = {singular(word) for point in source.pack.cards[other].points for span in point.terms
              for word in re.findall(r"[a-z]+", point.text[span.start:span.end].casefold())}
    return any(len(word) >= 5 and word in marked
               and sum(word in source.card_text(each).casefold() for each in range(len(source.pack.cards))) <= 3
               for word in title_words(source.pack.cards[card].title))


def _symbol_shared(text: str, card: Card) -> bool:
    """Whether a statement prints a symbol the card marks as a key term ("… extrapolate back to find the true ΔT"
    beside "Calorimetry — measuring heat", whose card marks **ΔT**): a symbol has no content word for the other
    tests to find, and it ties the statement to that card."""
    marked = {point.text[span.start:span.end].strip() for point in card.points for span in point.terms}
    return any(re.fullmatch(r"[^\W\d_]{0,2}[Δ∆ΣλμρθΩ][^\W_]{0,3}|[A-Za-z]?[Δ∆][A-Za-z]", symbol)
               and re.search(rf"(?<!\w){re.escape(symbol)}(?!\w)", text) for symbol in marked)


_LANDS_OF = {"american": ("USA", "US", "America", "United States"), "british": ("UK", "Britain", "England"),
             "soviet": ("USSR", "Soviet Union", "Russia"), "russian": ("Russia", "USSR"), "french": ("France",),
             "german": ("Germany",), "chinese": ("China", "PRC"), "japanese": ("Japan",), "indian": ("India",),
             "italian": ("Italy",), "spanish": ("Spain",), "irish": ("Ireland",)}
"""A people's adjective and the names of its land ("American": the USA)."""


def _land_and_people(text: str, title: str) -> bool:
    """Whether a statement names the land whose people's adjective a title holds ("The USA replied …" beside "The
    American response"): it answers that title too."""
    words = set(re.findall(r"[a-z]+", title.casefold()))
    return any(re.search(rf"\b{re.escape(land)}\b", text) for people, lands in _LANDS_OF.items() if people in words
               for land in lands)


def _speaks_as(source: Material, text: str, card: int) -> bool:
    """Whether a statement shares two words with a card's own lines that few other cards use ("One spot in several
    solvents suggests a pure substance" beside "Testing for purity", whose lines speak of pure substances): it
    reads as that card's, though it came from another."""
    cards = range(len(source.pack.cards))
    common = max(3, -(-len(cards) // 3))
    rare = {word for word in content_words(text) if sum(word in source.card_words(each) for each in cards) < common}
    return len(rare & source.card_words(card)) >= 2


_CATEGORY = re.compile(r"(?i)^\W*(?:the |main |key )*(?:organs|parts|types|kinds|stages|features|structures|components|"
                       r"examples|members|groups|classes)\b")
"""A title that names a kind of thing ("Organs of the digestive system"): any statement about one of its members
answers it."""


def _names_a_member(source: Material, text: str, pair: Pair) -> bool:
    """Whether a statement names a key term that a kind-of-thing title's card lists ("Made in the liver, … into the
    small intestine" beside "Organs of the digestive system", whose card marks **Small intestine**), however many
    other cards name it too."""
    if not _CATEGORY.match(pair.title):
        return False
    folded = text.casefold()
    return any(re.search(rf"\b{re.escape(point.text[term.start:term.end].strip().casefold())}\b", folded)
               for point in source.pack.cards[pair.card].points for term in point.terms
               if len(point.text[term.start:term.end].strip()) >= 3)


_NOBLE_RANKS = frozenset({"duke", "dukes", "earl", "earls", "baron", "barons", "lord", "lords", "marquess", "viscount",
                          "noble", "nobles", "nobleman", "noblemen", "magnate", "magnates", "peer", "peers"})
_CLERICAL_RANKS = frozenset({"archbishop", "archbishops", "bishop", "bishops", "abbot", "abbots", "priest", "priests",
                             "monk", "monks", "cardinal", "cardinals", "clergy", "clergymen", "vicar", "vicars"})
_ESTATES = {"nobility": _NOBLE_RANKS, "nobles": _NOBLE_RANKS, "barons": _NOBLE_RANKS, "aristocracy": _NOBLE_RANKS,
            "clergy": _CLERICAL_RANKS}
"""An estate a title names and the ranks of its members."""


def _names_a_rank(text: str, title: str) -> bool:
    """Whether a statement names a member of the estate its title names ("The Earl of Kildare was the most powerful
    Irish lord; Henry removed him" beside "Controlling the nobility"): it is about that title."""
    words = set(re.findall(r"[a-z]+", text.casefold()))
    return any(words & _ESTATES.get(word, frozenset()) for word in re.findall(r"[a-z]+", title.casefold()))


def _spares(result: Allocation, source: Material, candidates: list[Candidate], pairs: list[Pair],
            claims: Claims) -> None:
    """One or two statements that no title could claim ("A plunge pool forms through hydraulic action" is not
    one beside "Erosion processes"), from cards not among the titles."""
    wanted = MAX_SPARES if len(pairs) <= MAX_PAIRS else 2 * -(-len(pairs) // MAX_PAIRS)
    taken: set[int] = set()
    for candidate in _spare_choices(result, source, candidates, pairs):
        if len(result.spares) >= wanted:
            break
        if candidate.card in taken or not _free(result, candidate.uses, "match"):
            continue
        if any(_beside(source, claims, candidate, pair) for pair in pairs):
            continue
        if source.gives_away([source.point(candidate.uses[0]).text], []):
            continue  # "937: won the Battle of Brunanburh" beside "Eric Bloodaxe … was killed at Stainmore in 937": the
            # year a false statement took is another event's on the sheet
        spare = candidate.build(0)
        if spare is None:
            continue
        result.spares.append(spare)
        taken.add(candidate.card)
        _claim(result, candidate.uses, "match")


def _ambiguous(claims: Claims, card: int, point: Point, other: int, other_point: Point) -> bool:
    """Whether two pairs of a matching could swap statements: either's statement holds a word marking the other's
    card or is told mostly in its words, or one card speaks of the other's topic."""
    return claims.claimed(point, other) or claims.claimed(other_point, card) or claims.related(card, other) \
        or claims.worded(point, other) or claims.worded(other_point, card) or _told_alike(point.text, other_point.text)


def _told_alike(one: str, other: str) -> bool:
    """Whether two statements share three words of what they say ("Cables – Ethernet … or fibre optic (light, faster
    …)" and "Wired is usually faster …; fibre is faster than copper"), or a figure ("g is about 9.8 N/kg" and "objects
    in free fall accelerate at about 9.8 m/s²"): either fits the other's title."""
    shared = said_words(one) & said_words(other)
    return sum(1 for word in shared if re.fullmatch(r"[^\W\d_]{3,}", word)) >= 3 \
        or bool(set(_FIGURE.findall(one)) & set(_FIGURE.findall(other)))


_FIGURE = re.compile(r"(?<![\w.,])(?:\d+[.,]\d+|[1-9]\d{1,})(?![\w.,]?\d)")
"""A figure worth comparing: a decimal or two digits or more ("9.8", "230"), not a count such as "3"."""


def _balance_true_false(result: Allocation) -> None:
    """At most one true statement more than false ones, the last chosen given back: beside one false statement, three
    true ones let a student who ticks True throughout score three in four."""
    statements = result.questions["tf"]
    extra = sum(statement.true for statement in statements) - sum(not statement.true for statement in statements) - 1
    for statement in [statement for statement in statements if statement.true][::-1][:max(0, extra)]:
        statements.remove(statement)
        _release(result, statement.point, "tf")


def _release(result: Allocation, point: PointRef, section: str) -> None:
    """Free ``point`` from ``section``, as a question taken back no longer uses it."""
    sections = result.used.get(point, [])
    if section in sections:
        sections.remove(section)
        if not sections:
            del result.used[point]


def _root_inside(meaning: str, term: str) -> bool:
    """Whether a word of ``meaning`` opens on five letters that stand inside a word of ``term`` ("leachate" in
    "Bioleaching"), or a word of ``term`` (less a plural ending) stands inside one of ``meaning`` ("fullerene" in
    "buckminsterfullerene" for Fullerenes), or a short word of ``meaning`` ends one of ``term`` ("tube" for
    Nanotubes, "paths" for Footpath erosion, "gas" for Biogas)."""
    folded = term.casefold()
    words = re.findall(r"[^\W\d_]{5,}", meaning.casefold())
    tails = {re.sub(r"(?<=[^\Ws]{4})s$", "", word) for word in re.findall(r"\b[^\W\d_]{3,5}\b", meaning.casefold())} - {
        "that", "with", "from", "into", "they", "them", "than", "more", "each", "only", "also", "when", "there",
        "their", "these", "those", "which", "where", "about", "other", "after", "under", "while", "being", "the",
        "and", "for", "are", "was", "not", "but", "its", "can", "has", "had", "one", "two", "any", "all", "out",
        "use", "you", "off", "per", "via", "who", "how", "why", "new", "may", "own", "way", "too", "yet", "few"}
    return any(word[:5] in folded for word in words) or any(
        re.sub(r"e?s$", "", own) in word for own in re.findall(r"[^\W\d_]{6,}", folded) for word in words) or any(
        len(own) >= 6 and own != tail and (own.endswith(tail) or re.sub(r"s$", "", own).endswith(tail))
        for own in re.findall(r"[^\W\d_]+", folded) for tail in tails)  # "Nanotubes – … rolled into a tube",
    # "Biogas – a fuel gas": the compound's last part


def _drop(result: Allocation, section: str) -> None:
    """Take back every question of ``section`` (too few to make the exercise) and free their points."""
    for ref, sections in list(result.used.items()):
        if section in sections:
            sections.remove(section)
            if not sections:
                del result.used[ref]
    result.questions[section] = []


def _alike(first: str, second: str) -> bool:
    """Whether two titles share a quarter of their words, or open or end on the same one (or open on two forms of
    one): parts of one topic ("Electrolysis of copper sulfate" and "Electrolysis of aqueous solutions", "The Speech"
    and "Highlights of the speech", "Medicine on the Western Front" and "Medical breakthroughs of the war"), too alike
    to match statements to, as one statement often fits both."""
    one, other = _ordered_words(first), _ordered_words(second)
    if not one or not other:
        return False
    shared = set(one) & set(other)
    return len(shared) * 4 >= len(set(one) | set(other)) or one[0] == other[0] or one[-1] == other[-1] \
        or close_forms(one[0], other[0]) or any(_NAMED_CASE.match(title) and words[-1] in shared
                                                for title, words in ((first, one), (second, other))) \
        or any(_names_in(title) & set(re.findall(r"[\w'’-]+", other_title))
               for title, other_title in ((first, second), (second, first))) \
        or any(_CASE_STUDY.match(title) and shared for title in (first, second))
    # ("Makoko – the floating slum", a name and the kind it is of, names a case of "Challenge: slums and squatter
    # settlements"; "Conflicts and management in the Dales" and "Yorkshire Dales National Park" are one place's;
    # "Case study – Cwm Idwal" is a case of "Cwms (cirques)")


def _names_in(title: str) -> set[str]:
    """The names a title in sentence case gives inside a clause ("Dales" in "Conflicts and management in the Dales"):
    a capital there marks a name, not the start of a clause; none where every word has a capital."""
    if not re.search(r"(?<![\w'’-])[a-z]{4,}", title):
        return set()
    return {match.group(1) for match in re.finditer(r"(?<=[\w,'’)])\s+([A-Z][\w'’-]{2,})", title)
            if not re.match(r"(?:The|A|An)$", match.group(1))}


_CASE_STUDY = re.compile(r"(?i)\W*case\s+study\b")
"""A title on a case study: a case of whatever kind another title shares a word with."""
_NAMED_CASE = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*[–—:,-]\s*(?:the|a|an)\s+")
"""A title that names a case and then its kind ("Makoko – the floating slum")."""


def _example_of(case: Card, kind: Card) -> bool:
    """Whether ``case``'s title opens on a name ``kind`` gives as an example ("Shell in the Niger Delta" beside "TNCs
    in Nigeria", whose card lists "Examples: Shell, Unilever …"): what the case's card says fits the kind's title."""
    name = re.match(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", case.title)
    if name is None or name.group(1).casefold() in ("the", "a", "an"):
        return False
    return any(re.search(rf"(?i)(?:\bexamples?\b[^.;]*|\be\.g\.[^.;]*|\bsuch as\b[^.;]*|\bincluding\b[^.;]*)"
                         rf"(?<!\w){re.escape(name.group(1))}(?!\w)", point.text) for point in kind.points)


_TIME_OF = re.compile(r"(?i)^\W*(?:the\s+)?(?:end|ending|close|start|beginning|outbreak|aftermath)\s+of\b")
"""A title that names a time of something ("The end of the war"), not a thing done in it."""


_KIND_OPENING = re.compile(r"(?i)\W*(?:an?\s+|the\s+)?(shape|colour|process|substance|protein|cell|organ|"
                          r"molecule|chemical|structure|force|unit|tissue|gas|liquid|solid|rock|mineral|person|place|"
                          r"document|law|period)\b")
"""A definition opening on the kind of thing its term is ("shape that gives …", "a protein made …")."""


def _names_its_card(source: Material, card: int, term: str) -> bool:
    """Whether a defined term is its card's topic ("White blood cell" under "White blood cells")."""
    return singular(term.strip().casefold()) == singular(source.pack.cards[card].title.strip().casefold())


def _marks_titles_term(card: Card, other: Card) -> bool:
    """Whether a card gives, as its example, a key term the other's title names ("Some pesticides (e.g. **DDT**) …"
    under "Bioaccumulation and biomagnification" beside "Case study: DDT and birds of prey"; "e.g. measles, **HIV**"
    under "Viruses" beside "HIV and AIDS"): the one is the other's case, and their statements fit both."""
    title = other.title.casefold()
    return any(len(term) >= 3 and re.search(r"(?i)\be\.\s?g\.[^.;()]*$", point.text[:span.start])
               and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", title)
               for point in card.points for span in point.terms
               if (term := point.text[span.start:span.end].strip().casefold()))


def _one_moment(first: Card, second: Card) -> bool:
    """Whether two cards are dated alike and one's title names a time ("The end of the war" and "The Armistice", both
    1918): what happened then fits both titles."""
    return bool(first.date) and first.date.strip() == (second.date or "").strip() \
        and any(_TIME_OF.match(card.title) for card in (first, second))


_DEFINITION_OPENING = re.compile(r"\W*([^=:–—]{1,40}?)\**\s*(?:=|[–—-]\s|:\s|\s(?:is|are|means)\s)")
"""The term a definition opens on ("**Translocation** = …", "Transpiration is …")."""


def _defined_through(card: Card, other: Card) -> bool:
    """Whether ``card`` defines its own title by ``other``'s ("Translocation = the movement of sugars through the
    phloem" beside "Phloem"): what is said of the one is true of the other, and their statements swap."""
    own, others = title_words(card.title), title_words(other.title)
    for point in card.points:
        opening = _DEFINITION_OPENING.match(point.text)
        if opening and title_words(opening.group(1)) == own and others <= title_words(point.text[opening.end():]):
            return True  # (the whole of each: "Testing for sulfate ions: … " shares "ions" with every ion test)
    return False


def _ordered_words(title: str) -> list[str]:
    words = title_words(title)
    return [word for word in (singular(found) for found in re.findall(r"[a-z0-9]+", title.casefold())) if word in words]


def _translate(result: Allocation, source: Material, cap: int) -> None:
    """Words to translate, on points no other question uses; what they print and ask is kept off the rest."""
    def free(ref: PointRef, word: str, meaning: str) -> bool:  # "breakfast" is no question beside "Zum Frühstück …
        # – For breakfast …" on the sheet
        return _free(result, (ref,), "translate") and not source.gives_away([meaning], [word]) \
            and not source.gives_away([word], [meaning])

    for question in translations(source.pack, source.rng, cap, free):
        result.questions["translate"].append(question)
        _claim(result, (question.point,), "translate")
        source.record([question.shown], [question.answer])
        source.recalled.append(question.answer)
        source.translated.append((question.answer, question.shown) if question.reverse
                                 else (question.shown, question.answer))


def _timeline(result: Allocation, source: Material, cap: int) -> None:
    ranked = _ranked(event_candidates(source))
    chosen: list[Timeline] = result.questions["timeline"]
    placed: set[int] = set()  # candidates already in a question
    while len(chosen) < cap:
        events: list[tuple[int, Event]] = []
        for index, candidate in enumerate(ranked):
            event = candidate.event
            if len(events) == MAX_EVENTS:
                break
            if index in placed or not _free(result, candidate.uses, "timeline") \
                    or any(said_again(source.point(ref).text, shown) for ref in _dated_lines(source, candidate)
                           for shown in source.shown):
                continue  # (and not an event whose year another section prints beside its words)
            if any(conflicts(event, other) for _, other in events):
                continue
            if any(told_with_its_title(pair.title, pair.text, event.text)
                   for pair in result.questions.get("match", ())):
                continue  # "Ellen Wilkinson presented the petition to the House of Commons" beside the pair "Ellen
                # Wilkinson" and "… presented their petition in Parliament": the event pairs them
            if any(printed_together(event.text, title, text) for title, text in source.pairs):
                continue  # "The James Webb Space Telescope was launched, mainly observing infrared" beside the pair
                # "Infrared" and "space (JWST) or …": the event prints the pair together
            if any(parallel(content_words(event.text.casefold()), content_words(shown.casefold()))
                   for shown in source.shown):
                continue  # "Niels Bohr suggested electrons orbit the nucleus at fixed distances (energy levels)"
                # beside the matching's "Electrons orbit the nucleus in shells (energy levels)": one said twice
            events.append((index, event))
        if len(events) < MIN_EVENTS or len(events) == MIN_EVENTS and _title_places_an_end(events, source.pack.title):
            break
        for index, event in events:
            placed.add(index)
            _claim(result, ranked[index].uses, "timeline")
            if isinstance(event.source, int):
                source.titles.append(event.text)
        source.record([event.text for _, event in events], [])  # (a dated card's points that print its year are its own)
        source.dated += [source.point(ref).text for index, _ in events for ref in _dated_lines(source, ranked[index])]
        chosen.append(Timeline(tuple(sorted((event for _, event in events), key=lambda e: e.when))))


def _title_places_an_end(events: list[tuple[int, Event]], title: str) -> bool:
    """Whether the sheet's title prints the year of the first or the last of three events ("The Black Death and the
    Peasants' Revolt, 1348–1381"): one placed by the title, the other two follow by cause and effect."""
    years = [event.when[0] for _, event in events]
    return any(first == min(years) or last == max(years) for first, last in spans_in(title))


def _dated_lines(source: Material, candidate: Candidate) -> tuple[PointRef, ...]:
    """The points an event is told by: its own line, where it comes from one (a card's event is its title and date)."""
    return (candidate.event.source,) if isinstance(candidate.event.source, PointRef) else ()


def _take_turns(result: Allocation, source: Material, names: list[str], caps: dict[str, int],
                false_only: bool = False) -> None:
    """Gap fill, multiple choice and true or false choose one question each in turn (``false_only``: true or false
    takes only false statements, which a section needs; true ones printed before it has one would hold other
    questions back, and an all-true section is dropped)."""
    wanted = caps.get("tf", 0)
    chosen = result.questions.get("tf", [])
    false = sum(not statement.true for statement in chosen)  # (chosen in an earlier turn)
    quota = ({False: wanted - false, True: 0} if false_only else
             {False: wanted - wanted // 2 - false, True: wanted // 2 - (len(chosen) - false)})  # about half false
    makers = {"gap": lambda: gap_candidates(source),
              "mcq": lambda: choice_candidates(source) + (definition_choice_candidates(source)
                                                          if source.glossary_choices else []),
              "tf": lambda: true_false_candidates(source, quota)}
    ranked = {name: _ranked(makers[name]()) for name in names}
    cursor = {name: 0 for name in names}
    active = list(names)
    while active:
        for name in list(active):
            chosen = result.questions[name]
            if len(chosen) >= caps[name] or not _next(result, source, name, ranked[name], cursor):
                active.remove(name)


def _next(result: Allocation, source: Material, name: str, ranked: list[Candidate], cursor: dict[str, int]) -> bool:
    """Add the section's best remaining question; False when it has none left."""
    chosen = result.questions[name]
    while cursor[name] < len(ranked):
        candidate = ranked[cursor[name]]
        cursor[name] += 1
        if not _free(result, candidate.uses, name) \
                or name in _ON_YEARS and _year_taken(result, source, candidate.uses):
            continue
        question = candidate.build(len(chosen))
        if question is not None:
            chosen.append(question)
            _claim(result, candidate.uses, name)
            return True
    return False


_ON_YEARS = ("mcq", "tf")
"""Sections whose questions rest on a line's year."""


def _year_taken(result: Allocation, source: Material, uses: tuple[PointRef, ...]) -> bool:
    """Whether a line's year is one a multiple choice or true-or-false question already rests on: "Introduced in
    April 1890" beside "Defeated in June 1890" asks one date twice, and the answer to one is the answer to the other."""
    years = {year for ref in uses for year in YEAR.findall(source.point(ref).text)}
    return bool(years) and any(years & set(YEAR.findall(source.point(question.point).text))
                               for section in _ON_YEARS for question in result.questions.get(section, ())
                               if isinstance(question.point, PointRef))


MIN_BANKED = 3
"""The fewest blanks a word box is printed for."""


def _bank(result: Allocation, source: Material, gaps: list[Gap]) -> tuple[str, ...]:
    """Every gap's answer plus a few spare words of the same sorts, decoys from the answers' own cards: never another
    question's answer, nor a term of a card a short answer asks about, nor a word the sheet prints elsewhere (a spare
    seen in its own sentence is no longer a choice, so the last answer of its sort comes by elimination), nor a number
    made by scaling the answer. No answer is the only word of its sort in the box (the one year, the one verb would
    fill its gap by its form alone): it gets a spare of its sort, or its gap is taken back; where that would take back
    half the gaps, there is no box."""
    def answered(chosen: list[Gap]) -> list:  # the terms the gaps blank
        return [term for gap in chosen for term in source.terms[gap.point]
                if any(blank.text == term.text for blank in gap.answers)]

    answers = answered(gaps)
    if len(answers) < MIN_BANKED:
        return ()  # a box of one or two answers and a spare is a choice of two or three, read off its form
    refs = {id(term): gap.point for gap in gaps for term in source.terms[gap.point]}  # each answer's line
    keys = tuple(source.asked)
    extras: list[str] = []
    used = {ref.card for ref, names in result.used.items() if "short" in names}  # would hint at a mark scheme
    busy = tuple(key for key, cards in source.pool.cards.items() if cards & used)

    def spare(term) -> str | None:
        line = source.point(refs[id(term)]).text
        if term.sort == "formula" and _PROPERTY_AFTER.match(line[term.end:]):
            return None  # "not all – ____ is insoluble" (CaCO₃): a spare compound may be insoluble as well, and the
            # pack does not say which are
        if placed_in_region(term, line):
            return None  # "interned, many at ____ in Wales": a spare town outside Wales is out at sight, and which
            # towns are in Wales the pack does not say
        made_up = set(scaled(term)) if term.kind == "number" else set()
        within = year_bounds(source, refs[id(term)], term)  # ("trial ran from ____ to 1795": a spare after 1795 is
        # out at sight, and the one year before it is the answer; so is 1858 for a battle under "The Crimean War,
        # 1853–1856")
        wrong = next((found for count in (4, 3, 2, 1) if (found := distractors(
            term, source.pool, source.rng, count, " ".join([line, *extras]), keys + busy + tuple(extras),
            strict=False, near=refs[id(term)].card, only_near=False, kin_of=True, within=within))), None)
        for word in wrong or ():
            if word in made_up:
                continue  # 37.0 and 55.5 million beside 18.5 million: the one number with its multiples is the answer
            if term.kind == "name" and gender_of(term.text) == "f" and gender_of(word) != "f":
                continue  # a man is no spare beside the one woman a line may ask for ("a pre-contract with ____")
            if term.kind == "name" and _site_word(term.text) != _site_word(word):
                continue  # a gaol is no spare for the one park a line may ask for ("a football match in ____")
            if term.kind == "name" and _bank_sort(term)[1] and any(
                    other.text.strip() == word.strip() and _bank_sort(other) != _bank_sort(term)
                    for other in source.pool.terms.get("name", ())):
                continue  # a firm is no spare for the one man a line asks for ("set up by ____, Environment
                # Secretary"): among places and firms his name fills it by its kind
            if _label_of(term.text) != _label_of(word) \
                    or term.sort == "named" and body_or_document(term.text) != body_or_document(word):
                continue  # "US$4 billion" is no spare for "stage 3", nor "stage 2" for a noun, nor a battle for
                # "Treaty of Birgham (1290)"
            if term.sort == "named" and term.text.strip()[:1].isupper() != word.strip()[:1].isupper():
                continue  # "executed in 1076" is no spare for "Christmas Day 1066": a deed, not a day, out at sight
            if term.kind not in ("number", "year") and re.search(r"\d", word) \
                    and re.sub(r"\d+", "#", word) == re.sub(r"\d+", "#", term.text.strip()):
                continue  # "Race Relations Act 1968" beside "… 1965": the same law a few years on may fit the line
                # as well
            if _after_the_death(line, word):
                continue  # "Civil Rights Act 1964 … assassinated in Memphis in 1968": the Equality Act 2010 is no deed
                # of his, out at sight
            if term.kind == "number" and _far_apart(term.text, word):
                continue  # "lowered the lake by about ____" (3 m) beside 4,580 m: an altitude, out at sight
            if term.kind == "year" and _year_far_off(word, answers, source.pool.years):
                continue  # 1984 and 1986 beside the CMA's cases of 2016 and 2023: decades before the body existed,
                # out at sight, and the two answers are sorted by their stems
            if term.kind in ("number", "year") and _figure_shape(term.text) != _figure_shape(word):
                continue  # "Hindenburg 53%" beside "4,000" and "9,000": a figure in the box reads as a figure (and
                # "Mühlberg" is no spare for 1529, nor "Kerala 94%" for "US$250 billion")
            if word not in extras and not source.gives_away([word], []) and not source.bank_gives_away([word]) \
                    and not holds(source.printed(), word) \
                    and not any(holds(answer.casefold(), word) or holds(word.casefold(), answer)
                                for answer in source.answers):
                return word
        return None

    orphans = []
    made_for: dict[str, int] = {}  # each spare word: the answer it was chosen beside
    pairs = [term for term in answers
             if sum(1 for other in answers if other is not term and _peers(term, other, source.pool)) == 1]
    # ("advanced only about ____" and "their biggest gains, about ____" beside 6 miles and 40 miles: two figures of
    # one unit and none spare are sorted by the stems' words, each pair needs a spare figure of its own unit; so do
    # two years, 1980 and 1945, where the one a student knows leaves the other, two places, Berkhamsted and Rouen, and
    # two plant features, lianas and buttress roots)
    firsts = [term for index, term in enumerate(answers)
              if sum(1 for other in answers if other is not term and _peers(term, other, source.pool)) >= 2
              and not any(_peers(term, other, source.pool) for other in answers[:index])]  # ("Henry VI became king
    # in ____" beside two years of his breakdown: three years of three gaps are sorted by their stems, and the group
    # needs one spare of its own)
    for term in (term for term in answers if term in pairs or term in firsts
                 or not any(other is not term and _peers(term, other, source.pool) for other in answers)):
        word = spare(term)
        if word is not None:
            extras.append(word)
            made_for[word] = id(term)
        else:
            orphans.append(term)
    for term in answers * 2:
        if len(extras) >= BANK_EXTRAS:
            break
        if term in orphans:
            continue
        word = spare(term)
        if word is not None:
            extras.append(word)
            made_for[word] = id(term)
    if not extras or len(orphans) * 2 > len(answers):
        # no spare word at all (a box would give the last gap by elimination), or a box only half the gaps could
        # keep: no box, every gap kept, asked from memory
        return ()
    kept = {id(term) for term in answered([gap for gap in gaps if not any(
        blank.text == orphan.text for orphan in orphans for blank in gap.answers)])}
    extras = [word for word in extras if made_for[word] in kept]  # ("Bulgaria", "Romania" chosen beside "Japan",
    # whose gap goes back with its other blank: beside two dates they are no choice)
    if not extras:
        return ()
    for term in orphans:
        _take_back(result, gaps, term)
    left = answered(gaps)
    for term in left:  # "1529" beside "1556", whose gap went back with "Ferdinand": the one year left needs a spare;
        # so do two years left of three, whose third went back
        group = {id(term)} | {id(other) for other in left if other is not term and _peers(term, other, source.pool)}
        if len(group) <= 2 and not group & set(made_for.values()) and id(term) in map(id, answered(gaps)):
            word = spare(term)
            if word is None and len(group) == 2:
                return ()  # two of a sort and no spare: no box, the gaps asked from memory
            if word is None:
                _take_back(result, gaps, term)
            else:
                extras.append(word)
                made_for[word] = id(term)
    if not gaps:
        return ()
    return tuple(word for gap in gaps for word in gap.words) + tuple(extras)


_CURRENCY = re.compile(r"\s*((?:[A-Z]{1,3})?[£$€¥₹]|Rs\.?\s?)?")


def _figure_shape(text: str) -> tuple[str, bool]:
    """How a figure reads in the box: its currency sign, and whether a figure comes next ("US$250 billion": US$ and a
    figure; "Kerala 94%" has neither)."""
    sign = _CURRENCY.match(text)
    return (sign.group(1) or "").strip(), text[sign.end():].lstrip()[:1].isdigit()


_PROPERTY_AFTER = re.compile(r"\s+(?:is|are)\s+(?:not\s+|very\s+)?[a-z]+\W*$")
"""A property said of the blank at the line's end ("… is insoluble.")."""


def placed_in_region(term, line: str) -> bool:
    """Whether a place is followed by the region it lies in ("Frongoch in Wales", "Phalodi, Rajasthan")."""
    return term.kind == "name" and term.sort.split(":")[0] in ("place", "region", "landform", "water") \
        and re.match(r"\s*(?:,|in|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer)[\w-]*\s+)?[A-Z]",
                     line[term.end:]) is not None  # ("Wennington, east London")


def _bank_sort(term) -> tuple[str, str]:
    """What a word in the box reads as: a year, a number of its unit, a name of its sort (a place among people, a
    treaty among battles gives itself away; a name of no known sort has no peer), or a term of its sort."""
    if term.kind == "year":
        return (term.kind, "day" if re.match(r"\s*\d{1,2}\s", term.text) else "")  # ("on ____": "21 May 1471" the one
        # day among years)
    if term.kind == "name":
        sort = term.sort if term.sort.startswith("thing:") else term.sort.split(":")[0]  # a Kaiser is a person
        if sort in ("place", "street") and _site_word(term.text):
            return (term.kind, f"site:{_site_word(term.text)}")  # ("a football match in ____": Croke Park, the one
            # park among a camp, a mill and a gaol)
        if sort == "document":
            return (term.kind, f"document:{document_kind(term.text)}")  # ("1572 ____ – beggars whipped": the one Act
            # among a prayer book and people)
        return (term.kind, sort if sort in _NAME_SORTS or sort.startswith("thing:") else "")  # a place among people
    label = _label_of(term.text)
    if label:
        return ("label", label)  # ("sits in ____": "stage 3" the one numbered stage among nouns)
    if term.sort == "named":  # a name with its date ("Treaty of Birgham (1290)", "Falkirk, 22 July 1298")
        kind = body_or_document(term.text)
        return (term.kind, f"named:{kind}:{document_kind(term.text) if kind == 'document' else ''}")  # (the one
        # treaty among battles, or among Acts)
    return (term.kind, term.sort.removesuffix("-of"))




_NUMBERED_LABEL = re.compile(r"(?i)(stage|phase|level|group|period|step|key\s+stage|tier|class|type|article|clause|"
                             r"section|amendment|chapter|point)\s+\d+[a-z]?")
"""A numbered label ("stage 3", "Group 7", "Type 2", "Article 48")."""


def _label_of(text: str) -> str:
    """The label a numbered label is of ("stage" for "Stage 3"); "" for any other word."""
    label = _NUMBERED_LABEL.fullmatch(text.strip())
    return label.group(1).casefold() if label else ""


def _peers(term, other, pool: Pool) -> bool:
    """Whether two words in the box read as one sort, so neither fills its gap by its form alone: a noun beside a noun
    that could stand in its place (never "molten" or "lose" beside "positive ions", nor a process beside a thing),
    and of its card or family ("electrons" beside "lengths" and "thermostats" is still the one particle)."""
    if _label_of(term.text) or _label_of(other.text):
        return _bank_sort(term) == _bank_sort(other)  # "stage 3" is a peer of "stage 2" alone
    if term.sort.startswith("foreign") and not foreign_fits(term, other.text):
        return False  # "gehe" alone among whole phrases is the one verb
    if term.kind == "name" and not _bank_sort(term)[1]:
        return False  # "Stockton" beside "Brunel": names of no known sort may be a town and a man
    if term.kind == "name" and gender_of(term.text) == "f" and gender_of(other.text) != "f":
        return False  # "a pre-contract with ____": Lady Eleanor Butler, the one woman among men
    if term.kind == "name" and (is_ruler(term.text) != is_ruler(other.text)
                                or is_churchman(term.text) != is_churchman(other.text)):
        return False  # "Catholic ____" for Mary I: the one ruler among Askew, More and Somerset; "____ preached
        # against the killing of the disabled": Bishop von Galen, the one churchman among Himmler and Heydrich
    if term.kind in ("name", "term") and is_plural(term.text) != is_plural(other.text):
        return False  # "All the leading ____ were gone": Old Bolsheviks, the one plural among Party and Gosplan
    if term.kind == "term" and term.sort == "concept" and other.kind == "term" and other.sort == "concept":
        return (same_sort(term, other, pool.families) or same_sort(other, term, pool.families)) \
            and other.key in pool.families.get(term.key, ())  # "root nodules" beside processes on the next card is
        # still the one structure: only the author's grouping says two concepts are of a kind
    if term.kind == "number" and other.kind == "number" and _far_apart(term.text, other.text):
        return False  # "lowered the lake by about ____" (3 m) beside the answer 4,580 m (an altitude): no choice
    return _bank_sort(term) == _bank_sort(other)


_DEATH_YEAR = re.compile(r"(?i)\b(?:died|killed|assassinated|executed|murdered|death)\b\D{0,30}?\b(1\d{3}|20\d{2})\b")
"""A death and its year on a line ("assassinated in Memphis in 1968")."""


def _after_the_death(line: str, word: str) -> bool:
    """Whether a spare word is dated after the death the line gives: no deed of the one who died."""
    death = _DEATH_YEAR.search(line)
    return death is not None and any(int(year) > int(death.group(1)) for year in YEAR.findall(word))


FAR_APART = 30
"""How many times larger one figure of a unit must be than another to be out at sight beside it in a word box."""


def _year_far_off(word: str, answers: list, years: tuple[int, ...]) -> bool:
    """Whether a spare year lies far from every year the box answers: more than 20 years, or a quarter of the span
    of the pack's years where that is more."""
    spare = year_in(word)
    asked = [term.year for term in answers if term.kind == "year" and term.year]
    if spare is None or not asked or not years:
        return False
    reach = max(20, (max(years) - min(years)) / 4)
    return min(abs(spare - year) for year in asked) > reach


def _far_apart(one: str, other: str) -> bool:
    """Whether two figures of the box are so far apart in size that one cannot fill the other's gap (3 m beside
    4,580 m); percentages, bounded, never are."""
    values = [number_value(text.strip()) for text in (one, other)]
    return "%" not in one + other and all(values) and max(values) > FAR_APART * min(values)


_SITE = re.compile(r"\b(Park|Gaol|Jail|Prison|Mill|Castle|Abbey|Cathedral|Church|Palace|Hall|House|Bridge|Stadium|"
                   r"Camp|Square|Street|Road|Station|Harbour|Hospital|College|University|School|Tower|Barracks|Docks?|"
                   r"Field|Mine|Colliery|Works|Factory)\s*$")
"""The word that ends a place's name and says what kind of place it is ("Croke Park", "Kilmainham Gaol")."""


def _site_word(name: str) -> str:
    """What kind of place a name's last word says it is ("park" for Croke Park), or ""."""
    site = _SITE.search(name.strip())
    return site.group(1).casefold() if site else ""


_NAME_SORTS = ("person", "place", "water", "country", "region", "continent", "landform", "street", "organisation",
               "members", "document", "event")
"""Names a word box keeps apart: a town beside towns, a country beside countries, a treaty beside treaties."""


def _take_back(result: Allocation, gaps: list[Gap], term) -> None:
    """Take back the gap that hides ``term`` and free its point."""
    for gap in list(gaps):
        if any(blank.text == term.text for blank in gap.answers):
            gaps.remove(gap)
            _release(result, gap.point, "gap")
            return


def _why_empty(name: str, pack: Pack, source: Material, sections: tuple[str, ...] = (), crowded: bool = False) -> str:
    """Why a section came out empty, and what would fill it; ``crowded`` where other sections asked questions, which
    may have used the points it needed."""
    if name == "gap" and any(source.terms.values()):
        return ("gap fill found no key term it could blank fairly: each is a word every student knows outside the "
                "topic, is told by its own sentence, or is printed"
                + (" or used by another section of the sheet — choose fewer sections (--exercises) to keep a gap fill"
                   if crowded else " elsewhere on the sheet"))
    if name == "gap":
        return "gap fill needs points with a **key term**, a year, a number or a name to blank out"
    if name == "mcq":
        return ("multiple choice asks only for years and for a card's defined terms (other options were too "
                "often absurd or ruled out by the question): it needs points dated with a year, with three other years "
                "of the pack near it to offer as wrong answers, or a card defining four terms or more (**term** – "
                "meaning) whose terms no other section has asked or printed")
    if name == "tf":
        return ("true or false needs points dated with a year another of the pack's years can replace to make a false "
                "statement (a changed word or figure too often leaves the line absurd or still true)")
    if name == "match" and source.word_list:
        return ("matching is not set for a language pack: its example sentences fit more than one grammar or topic "
                "card")
    if name == "match":
        return (f"matching needs at least {MIN_PAIRS} cards each with a sentence no other section used that fits "
                "its title alone (not a word with its meaning, a tip, an equation or a line naming its own title)")
    if name == "translate":
        return why_none(pack)
    if name == "timeline":
        if not any(card.date for card in pack.cards) and not any(
                term.kind == "year" for terms in source.terms.values() for term in terms):
            return "timeline needs cards with a `date:` or points with a year — the pack has none"
        return f"timeline needs at least {MIN_EVENTS} events with different dates (card `date:`s or points with one year)"
    if name == "calc":
        return ("calculations need worked examples written `givens → working = result`, such as "
                "`e.g. r = 6 cm → A = 36π = 113.1 cm^2^` — the pack has none that give only values before the arrow "
                "and one number after")
    if name == "picture":
        return "the picture exercise needs cards with an `image:` — the pack has none"
    if name == "short" and "translate" in sections:
        return "short answer needs a card with at least 2 points that are not words to translate (translation asks those)"
    if crowded and any(len(source.content(index)) >= 2 for index in source.cards):
        return ("short answer takes a whole card, and the other sections already ask a point of every card that could "
                "hold one — ask fewer questions of the others (--questions) or choose sections (--exercises)")
    return ("short answer needs a card with at least 2 points of content (sentences, not words to translate, tips, "
            "placeholders or a heading's list)")
