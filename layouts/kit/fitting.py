"""The one text-fitting routine: set text in a box at the largest size that fits.

Fitting is pure and measured before anything is drawn: ``fit`` returns a
``Fitted`` (size and lines); drawing only places what fitting decided. Words
are measured once at 1 pt and kept in the one word cache (``WordCache``); at a
trial size a line holds ``box width / size`` of those units, so no trial re-measures text.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from itertools import accumulate
from operator import add, itemgetter
from weakref import WeakKeyDictionary
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from .fonts import Face, Fonts, visible
from .fractions import has_fraction, unmarked
from .hyphenation import hyphenated
from .scripts import break_units, breaks_between_characters, shaped


class Word(NamedTuple):
    """A word as drawn: one or more styled pieces with no space between them."""

    pieces: tuple[tuple[str, bool], ...]
    """(text, bold) pieces, such as ("Stalin", True), ("'s", False)."""
    width: float
    """Advance width at 1 pt."""
    space: float
    """Width at 1 pt of the space that follows it (0 for a piece of a broken word)."""


_WIDTH = itemgetter(1)  # Word.width, read in C
_SPACE = itemgetter(2)  # Word.space


class Line(NamedTuple):
    """One line of a block, ready to draw."""

    words: tuple[Word, ...]
    """The words on the line."""
    width: float
    """Width at 1 pt, spaces between words included."""
    block: int
    """Index of the block (paragraph) the line belongs to."""
    first: bool
    """Whether it is the block's first line (where its bullet goes)."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph to set: its styled runs, and whether a bullet hangs to its left."""

    runs: tuple[tuple[str, bool], ...]
    """(text, bold) runs, in order."""
    bullet: bool = False
    """Draw a bullet in the hanging indent of the first line."""


@dataclass(frozen=True)
class TypeSpec:
    """The typographic rules for one box of text."""

    largest: float
    """The size to use when everything fits, in points."""
    smallest: float
    """The floor: never set smaller than this."""
    leading: float = 1.25
    """Baseline-to-baseline distance, per point of size."""
    gap: float = 0.3
    """Extra space between blocks, per point of size."""
    indent: float = 0.0
    """Hanging indent of bulleted blocks, per point of size (0 when nothing is bulleted)."""
    step: float = 0.25
    """Sizes tried are multiples of this, so results are stable and tidy."""
    hyphenate: str | None = None
    """A language code (``en``, ``de`` …): words stay whole down to ``smallest`` (the text shrinks
    rather than breaks a word), and only there a word wider than the line is hyphenated by that
    language's rules, hyphen shown. None: a too-wide word breaks between characters, at any size."""


@dataclass(frozen=True)
class Fitted:
    """What fitting decided: the size, and the lines at that size."""

    size: float
    """The font size chosen."""
    lines: tuple[Line, ...]
    """Every line of every block, in order."""
    height: float
    """Height of the set text, top of the first line's glyphs to the bottom of the last's."""
    fits: bool
    """False when even the smallest size overflows the box (the lines are then at the smallest size)."""


def words_of(runs: Sequence[tuple[str, bool]], fonts: Fonts) -> tuple[Word, ...]:
    """Cut styled runs into measured words; pieces of a word may differ in style.

    A word is measured once per ``fonts`` and the same Word is reused
    wherever it recurs (see ``WordCache``), which saves both time and memory
    on big packs. Whole words inside a run are looked up in C (``map`` over a
    dict that measures on a miss): this is the innermost loop of every layout.
    """
    cache = word_cache(fonts)
    words: list[Word] = []
    pieces: list[tuple[str, bool]] = []  # the word being built, which may go on into the next run
    width = 0.0
    between_characters = False
    for text, bold in runs:
        text = visible(text)
        if not text.isascii():
            text = shaped(text)
            between_characters = between_characters or breaks_between_characters(text)
        table = cache.faces[bold]
        parts = text.split(" ")
        if _NUMBER_THEN_SPACE.search(text):
            parts = glued_units(parts)
        last = len(parts) - 1
        if parts[0]:
            pieces.append((parts[0], bold))
            width += table[parts[0]].width
        if not last:
            continue
        if pieces:  # a space ended the word being built
            words.append(cache.word(pieces, width))
            pieces, width = [], 0.0
        if last > 1:  # whole words, spaces on both sides
            middle = parts[1:last]
            words.extend(map(table.__getitem__, middle if "" not in middle else filter(None, middle)))
        if parts[last]:
            pieces.append((parts[last], bold))
            width += table[parts[last]].width
    if pieces:
        words.append(cache.word(pieces, width))
    if not words and any(not text.isspace() for text, _ in runs if text):  # only invisible marks: still a line
        words.append(cache.faces[False][""])
    if between_characters:
        return tuple(unit for word in words for unit in _units(word, cache))
    return tuple(words)


def _units(word: Word, cache: "WordCache") -> tuple[Word, ...]:
    """A word with Chinese, Japanese or Korean text cut into the units a line may end between
    (``scripts.break_units``): each unit but the last has no space after it, so a line set from them
    reads as the text written, and breaking lines needs no rule of its own."""
    text = "".join(piece for piece, _ in word.pieces)
    if not breaks_between_characters(text):
        return (word,)
    units = break_units(text)
    if len(units) == 1:
        return (word,)
    styles = [bold for piece, bold in word.pieces for _ in piece]
    made: list[Word] = []
    start = 0
    for index, unit in enumerate(units):
        pieces: list[tuple[str, bool]] = []
        for offset, char in enumerate(unit):
            bold = styles[start + offset]
            if pieces and pieces[-1][1] == bold:
                pieces[-1] = (pieces[-1][0] + char, bold)
            else:
                pieces.append((char, bold))
        start += len(unit)
        space = word.space if index == len(units) - 1 else 0.0
        made.append(cache.unit(tuple(pieces), space))
    return tuple(made)


_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_NUMBER_THEN_SPACE = re.compile(f"[0-9{_SUPERSCRIPT_DIGITS}] ")
_GROUP_START = re.compile(r"(?:^|[^\d.,])\d{1,3}(?: \d{3})*$")
"""A number's first group of digits ("400" of "400 000"), or the groups so far."""
_DIGIT_GROUP = re.compile(r"\d{3}(?:[.,;:)]|$)")
"""A following group of three digits, written with a space ("400 000")."""
_NUMBER_END = re.compile(f"[0-9][0-9{_SUPERSCRIPT_DIGITS}]*$")
_NUMBER = re.compile(f"[0-9][0-9.,]*[0-9{_SUPERSCRIPT_DIGITS}]*[.,;:)]?$")
_UNIT = re.compile(
    "(?:[kMGTmcdnpµμ]?(?:m|g|s|Hz|Pa|J|W|V|A|N|Ω|C|K|L|l|mol|eV|Bq|Gy|Sv|T|F|H|lx|cd)|mL|ml|min|h|rad|dB|atm|bar"
    f"|°C|°F|°|%|‰)(?:[⁻⁺]?[{_SUPERSCRIPT_DIGITS}]+|²|³)?[.,;:)]?$")


def glued_units(parts: list[str]) -> list[str]:
    """Words split at spaces, with a number and the units after it joined into one unbreakable word
    (``4 mm``, ``25 °C``, ``3.00 × 10⁸ m s⁻¹``), so a line never ends between them; the space stays
    a space in the word, so it is measured and read back as one. The one place this rule lives."""
    joined: list[str] = []
    index, count = 0, len(parts)
    while index < count:
        part = parts[index]
        index += 1
        if not _NUMBER_END.search(part):
            joined.append(part)
            continue
        while index < count and _GROUP_START.search(part) and _DIGIT_GROUP.match(parts[index]):
            part = f"{part} {parts[index]}"  # "400 000 V": the groups of one number stay on one line
            index += 1
        if index + 1 < count and parts[index] == "×" and _NUMBER.match(parts[index + 1]):  # 3.00 × 10⁸
            part = f"{part} × {parts[index + 1]}"
            index += 2
        while index < count and _UNIT.match(parts[index]) and not part.endswith((".", ",", ";", ":", ")")):
            part = f"{part} {parts[index]}"  # a number, then each unit of m s⁻¹ or mol dm⁻³
            index += 1
        joined.append(part)
    return joined


WORD_CACHE_LIMIT = 65_536
"""The most words each table of a ``WordCache`` keeps: past it the table starts afresh. A
10,000-card pack uses about 12,000 (a few MB), so a big build measures each word once, while a
long-running process or an endless vocabulary cannot grow the cache without bound."""


class _FaceWords(dict):
    """The single-piece Words of one face by their text, each measured on first use."""

    def __init__(self, face: Face, bold: bool):
        super().__init__()
        self.face = face
        self.bold = bold
        self.space = face.width(" ")

    def __missing__(self, text: str) -> Word:
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        word = self[text] = Word(((text, self.bold),), self.face.width(text), self.space)
        return word


class WordCache:
    """The words measured with one Fonts: the one width cache every layout shares.

    ``faces[bold]`` maps a single-piece word's text to its Word; words of
    several pieces (``**Stalin**'s``) are kept by their pieces. Each table is
    bounded by ``WORD_CACHE_LIMIT``.
    """

    def __init__(self, regular: Face, bold: Face):
        self.faces = {False: _FaceWords(regular, False), True: _FaceWords(bold, True)}
        self.joined: dict[tuple[tuple[str, bool], ...], Word] = {}
        self.units: dict[tuple[tuple[tuple[str, bool], ...], float], Word] = {}

    def word(self, pieces: list[tuple[str, bool]], width: float) -> Word:
        """The Word of ``pieces`` (which together measure ``width``), the same object wherever it recurs."""
        if len(pieces) == 1:
            text, bold = pieces[0]
            return self.faces[bold][text]
        key = tuple(pieces)
        word = self.joined.get(key)
        if word is None:
            if len(self.joined) >= WORD_CACHE_LIMIT:
                self.joined.clear()
            word = self.joined[key] = Word(key, width, self.faces[pieces[-1][1]].space)
        return word

    def unit(self, pieces: tuple[tuple[str, bool], ...], space: float) -> Word:
        """The Word of ``pieces`` with ``space`` after it (0 inside Chinese, Japanese or Korean text), measured once."""
        key = (pieces, space)
        word = self.units.get(key)
        if word is None:
            if len(self.units) >= WORD_CACHE_LIMIT:
                self.units.clear()
            width = sum(self.faces[bold].face.width(text) for text, bold in pieces)
            word = self.units[key] = Word(pieces, width, space)
        return word

    def __len__(self) -> int:
        return len(self.faces[False]) + len(self.faces[True]) + len(self.joined) + len(self.units)


_WORD_CACHES: "WeakKeyDictionary[Fonts, WordCache]" = WeakKeyDictionary()


def word_cache(fonts: Fonts) -> WordCache:
    """The one WordCache of ``fonts``, made on first use and dropped with them."""
    cache = _WORD_CACHES.get(fonts)
    if cache is None:
        cache = _WORD_CACHES[fonts] = WordCache(fonts.regular, fonts.bold)
    return cache


def shortened(text: str, limit: float, fonts: Fonts, bold: bool = False, lines: int = 1) -> str:
    """``text`` if it is at most ``limit`` wide (at 1 pt) — or, with ``lines``, takes at most that many
    lines that wide — else its longest beginning that does, ended with "…": cut after a word, or inside the
    first word if no whole word fits. For headers and footers, which must not run into their neighbours,
    down the page or off it."""
    if lines > 1:
        return _shortened_to_lines(text, limit, fonts, bold, lines)
    if fonts.width(text, bold) <= limit + 1e-9:
        return text
    mark = _ellipsis(fonts, bold)
    room = limit - fonts.width(mark, bold)
    width = 0.0
    fits = after_word = 0  # characters that fit; the same, ending at a word's end
    for index, char in enumerate(text):
        width += fonts.width(char, bold)
        if width > room + 1e-9:
            break
        fits = index + 1
        if text[fits:fits + 1] == " ":
            after_word = fits
    return text[:after_word or fits].rstrip() + mark


def _ellipsis(fonts: Fonts, bold: bool) -> str:
    return "…" if fonts.face(bold).has("…") else "..."


def _shortened_to_lines(text: str, limit: float, fonts: Fonts, bold: bool, lines: int) -> str:
    def count(candidate: str) -> int:
        return len(break_lines(words_of(((candidate, bold),), fonts), limit, fonts=fonts))

    if count(text) <= lines:
        return text
    mark = _ellipsis(fonts, bold)
    ends = [index for index in range(1, len(text)) if text[index] == " " and text[index - 1] != " "]
    low, high, best = 0, len(ends) - 1, None  # the most words that still fit, by bisection
    while low <= high:
        middle = (low + high) // 2
        if count(text[:ends[middle]] + mark) <= lines:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return text[:ends[best]] + mark if best is not None else shortened(text, limit, fonts, bold)


def prepare(blocks: Sequence[Paragraph], fonts: Fonts) -> tuple[tuple[Word, ...], ...]:
    """Every block's measured words."""
    return tuple(words_of(block.runs, fonts) for block in blocks)


def break_lines(words: Sequence[Word], limit: float, block: int = 0, fonts: Fonts | None = None,
                hyphenate: str | None = None) -> list[Line]:
    """Greedy line breaking of one block at ``limit`` (line width in 1 pt units).

    A word wider than a whole line is broken (needs ``fonts``): by the
    ``hyphenate`` language's rules with a hyphen where it can be, else between
    characters; a lone last word is joined by its neighbour where that fits.
    """
    if fonts is not None and words and max(map(_WIDTH, words)) > limit:
        words = [piece for whole in words
                 for piece in (_broken(whole, limit, fonts, hyphenate) if whole.width > limit else (whole,))]
    starts, ends = _offsets(words)
    lines: list[Line] = []
    begin = 0
    for end in _line_ends(starts, ends, limit):
        lines.append(_line((tuple(words[begin:end]), ends[end - 1] - starts[begin], block, not lines)))
        begin = end
    if len(lines) >= 2 and len(lines[-1].words) == 1 and len(lines[-2].words) >= 3:
        _mend_widow(lines, limit)
    return lines


def _offsets(words: Sequence[Word]) -> tuple[list[float], list[float]]:
    """Where each word starts and ends along one endless line, at 1 pt (computed in C by accumulate)."""
    widths = list(map(_WIDTH, words))
    starts = list(accumulate(map(add, widths, map(_SPACE, words)), initial=0.0))
    return starts, list(map(add, starts, widths))


def _line_ends(starts: list[float], ends: list[float], limit: float) -> list[int]:
    """Greedy breaks as the index just past each line's last word.

    The words that fit on a line starting at word i are those ending within
    ``starts[i] + limit``; ``ends`` only grows, so a bisection finds them.
    """
    breaks: list[int] = []
    count = len(ends)
    begin = 0
    while begin < count:
        end = bisect_right(ends, starts[begin] + limit + 1e-9, begin)
        if end == begin:  # a word wider than the line (not broken: no fonts) stands alone
            end = begin + 1
        breaks.append(end)
        begin = end
    return breaks


def _line(fields: tuple) -> Line:
    """A Line without NamedTuple's slow keyword-handling constructor (break_lines makes millions)."""
    return tuple.__new__(Line, fields)


def _broken(word: Word, limit: float, fonts: Fonts, hyphenate: str | None = None) -> list[Word]:
    """A too-wide word as pieces that each fit ``limit`` (a piece of one character may not); a word holding a
    stacked fraction is set with the fraction plain (``a/b``) first, which a line can break."""
    if has_fraction(word.pieces):
        plain = tuple((unmarked(text), bold) for text, bold in word.pieces)
        word = Word(plain, sum(fonts.width(text, bold) for text, bold in plain), word.space)
        if word.width <= limit:
            return [word]
    pieces = []
    while word.width > limit:
        head, tail = (hyphenated(word, limit, fonts, hyphenate) if hyphenate else None) or _break_word(word, limit, fonts)
        if tail is None:
            break
        pieces.append(head)
        word = tail
    pieces.append(word)
    return pieces


def _mend_widow(lines: list[Line], limit: float) -> None:
    before, last = lines[-2], lines[-1]
    moved = before.words[-1]
    joined = moved.width + moved.space + last.width
    if joined <= limit:
        kept = before.words[:-1]
        kept_width = before.width - moved.width - kept[-1].space
        lines[-2] = Line(kept, kept_width, before.block, before.first)
        lines[-1] = Line((moved,) + last.words, joined, last.block, False)


def _break_word(word: Word, limit: float, fonts: Fonts) -> tuple[Word, Word | None]:
    """Split a too-wide word after as many characters as fit in ``limit``; a formula wider than the line (its spaces
    are no-break spaces) is split at its last such space that fits, so "total number of outcomes" never reads
    "ou / tcomes"."""
    taken: list[tuple[str, bool]] = []
    width = 0.0
    space_at: tuple[int, int, float] | None = None  # the last no-break space that fits: piece, character, width
    for piece_index, (text, bold) in enumerate(word.pieces):
        for char_index, char in enumerate(text):
            char_width = fonts.width(char, bold)
            if width + char_width > limit and (taken or char_index):
                if space_at is not None:
                    return _split_at(word, *space_at, fonts)
                if char_index:
                    taken.append((text[:char_index], bold))
                rest = ((text[char_index:], bold),) + word.pieces[piece_index + 1:]
                rest_width = sum(fonts.width(t, b) for t, b in rest)
                return Word(tuple(taken), width, 0.0), Word(rest, rest_width, word.space)
            if char in _NO_BREAK and (taken or char_index):
                space_at = (piece_index, char_index, width)
            width += char_width
        taken.append((text, bold))
    return word, None


_NO_BREAK = "\u00a0\u202f"


def _split_at(word: Word, piece_index: int, char_index: int, width: float, fonts: Fonts) -> tuple[Word, Word]:
    """``word`` cut at the no-break space at ``char_index`` of piece ``piece_index``, the space dropped."""
    text, bold = word.pieces[piece_index]
    head = word.pieces[:piece_index] + (((text[:char_index], bold),) if char_index else ())
    rest = (((text[char_index + 1:], bold),) if text[char_index + 1:] else ()) + word.pieces[piece_index + 1:]
    rest_width = sum(fonts.width(t, b) for t, b in rest)
    return Word(head, width, 0.0), Word(rest, rest_width, word.space)


def set_blocks(prepared: Sequence[Sequence[Word]], bullets: Sequence[bool], width: float, size: float,
               spec: TypeSpec, fonts: Fonts) -> list[Line]:
    """All blocks broken into lines at ``size`` in a box ``width`` wide."""
    plain_limit = width / size
    bullet_limit = plain_limit - spec.indent
    lines: list[Line] = []
    for index, words in enumerate(prepared):
        limit = bullet_limit if bullets[index] else plain_limit
        if limit <= 0:
            limit = plain_limit
        lines.extend(break_lines(words, limit, index, fonts, spec.hyphenate))
    return lines


def text_height(line_count: int, block_count: int, size: float, spec: TypeSpec, fonts: Fonts) -> float:
    """Height of ``line_count`` lines in ``block_count`` blocks at ``size``."""
    if line_count == 0:
        return 0.0
    return size * (fonts.ascent + fonts.descent + (line_count - 1) * spec.leading + (block_count - 1) * spec.gap)


def fit(blocks: Sequence[Paragraph], width: float, height: float, spec: TypeSpec, fonts: Fonts,
        prepared: Sequence[Sequence[Word]] | None = None) -> Fitted:
    """The largest size on the ``spec.step`` grid at which ``blocks`` fit the box, with its lines.

    Starts from an estimate made from the text's area, and each trial bounds
    the answer from its height (at a fixed line count, height is proportional
    to size), so a typical box takes one or two trials. Trials only count
    lines; the lines themselves are made once, at the size chosen.
    """
    words = prepared if prepared is not None else prepare(blocks, fonts)
    bullets = [block.bullet for block in blocks]
    offsets = [_offsets(block_words) for block_words in words]
    widest = [_widest(block_words) for block_words in words]
    lowest = _grid_index(spec.smallest, spec.step, up=True)
    highest = max(lowest, _grid_index(spec.largest, spec.step, up=False))
    if spec.hyphenate is not None:  # shrink before breaking a word: above the floor, the widest word fits its line
        whole = [width / (word + (spec.indent if bullet else 0.0)) for word, bullet in zip(widest, bullets) if word > 0]
        highest = max(lowest, min([highest] + [_grid_index(size, spec.step, up=False) for size in whole]))

    heights: dict[int, float] = {}
    good, bad = lowest - 1, highest + 1  # largest index known to fit, smallest known not to

    def attempt(index: int) -> int:
        """Measure the text at grid ``index``, narrow (good, bad), and return a likely next index."""
        nonlocal good, bad
        if index not in heights:
            size = index * spec.step
            count = _count_lines(words, offsets, widest, bullets, width / size, spec.indent, fonts, spec.hyphenate)
            heights[index] = text_height(count, len(blocks), size, spec, fonts)
        used = heights[index]
        if used <= height + 1e-6:
            good = max(good, index)
            if used > 0 and math.isfinite(height):  # a larger size has at least as many lines
                bad = min(bad, math.floor(index * (height + 1e-6) / used + 1e-9) + 1)
            return index + 1
        bad = min(bad, index)
        # a smaller size has at most as many lines: its height shrinks at least in proportion
        return math.floor(index * height / used + 1e-9)

    total = sum(block_offsets[0][-1] for block_offsets in offsets)
    probe = min(highest, max(lowest, _estimate(total, len(blocks), width, height, spec)))
    while bad - good > 1:
        proposal = attempt(probe)
        probe = proposal if good < proposal < bad else (good + bad) // 2
    fits = good >= lowest
    chosen = good if fits else lowest
    size = chosen * spec.step
    lines = set_blocks(words, bullets, width, size, spec, fonts)
    return Fitted(size, tuple(lines), text_height(len(lines), len(blocks), size, spec, fonts), fits)


def _count_lines(words: Sequence[Sequence[Word]], offsets: list[tuple[list[float], list[float]]], widest: list[float],
                 bullets: Sequence[bool], plain_limit: float, indent: float, fonts: Fonts,
                 hyphenate: str | None = None) -> int:
    """How many lines ``set_blocks`` would make, without making them."""
    count = 0
    for block_words, (starts, ends), block_widest, bullet in zip(words, offsets, widest, bullets):
        limit = plain_limit - indent if bullet and plain_limit - indent > 0 else plain_limit
        if block_widest > limit:  # words to break: count the real thing
            count += len(break_lines(block_words, limit, 0, fonts, hyphenate))
        else:
            count += len(_line_ends(starts, ends, limit))
    return count


def _widest(words: Sequence[Word]) -> float:
    return max(map(_WIDTH, words)) if words else 0.0


def _grid_index(size: float, step: float, up: bool) -> int:
    ratio = size / step
    return math.ceil(ratio - 1e-9) if up else math.floor(ratio + 1e-9)


def _estimate(total: float, blocks: int, width: float, height: float, spec: TypeSpec) -> int:
    """Grid index of the size at which text ``total`` long (at 1 pt, one endless line) about fills the box."""
    blocks = max(1, blocks)
    if not math.isfinite(height):
        return _grid_index(spec.largest, spec.step, up=False)
    # lines ≈ total·s/width + blocks/2 ; height ≈ s·leading·lines + s·gap·blocks
    a = spec.leading * total / max(width, 1e-6)
    b = spec.leading * blocks / 2 + spec.gap * blocks
    size = (-b + math.sqrt(b * b + 4 * a * height)) / (2 * a) if a > 0 else spec.largest
    return _grid_index(size, spec.step, up=False)
