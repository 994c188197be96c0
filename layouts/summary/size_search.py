"""The summary's search: which orientation, columns and body size, and what to say when none fits.

Candidates are tried in order of preference (fewer columns, then portrait);
a later one wins only with a strictly larger body size, so ties go to the
earlier. Sizes are searched by bisection, each trial refused cheaply by
``may_fit`` where it can before any line is broken. A pack that cannot fit
even by its count of cards and points is refused without measuring a word.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from itertools import chain, repeat

from ...errors import Problem
from ...source.model import Pack
from .columns import balance, balanced_cap, fill, fits
from .frame import LOOSENESS, MEASURE, Scale, Spacing, frame_for
from ..labels import labels_for
from .body import Body, SetBody, least_height, may_fit, set_body
from ..kit.fonts import Fonts
from ..kit.pictures import Picture
from ..options import SummaryOptions

SAMPLE_CHARACTERS = 60_000
"""Past this much text, a refused pack's length is measured on its first cards and scaled up."""
_PAPER_NAMES = {"a4": "A4", "letter": "Letter", "a3": "A3"}


@dataclass(frozen=True)
class Arrangement:
    """A layout the search settled on."""

    columns: int
    """Columns per page."""
    landscape: bool
    """Whether the paper is turned."""
    size: float
    """Body size."""


def candidates(options: SummaryOptions) -> list[tuple[int, bool]]:
    """Columns × orientation to try, in order of preference: fewer columns, then portrait."""
    columns = [options.columns] if options.columns else [1, 2, 3, 4]
    turns = {"portrait": (False,), "landscape": (True,)}.get(options.orientation, (False, True))
    return [(count, landscape) for count in columns for landscape in turns]


class Search:
    """Trials of one pack with one set of options: the body set at a size and spacing, and whether it fits."""

    def __init__(self, pack: Pack, options: SummaryOptions, fonts: Fonts, body: Body | None = None,
                 pictures: tuple[Picture | None, ...] = ()):
        """``body``: the pack's words already measured by another search, if any; ``pictures``: each card's
        thumbnail or None (none at all: no thumbnails)."""
        self.pack, self.options, self.fonts = pack, options, fonts
        self.pictures = pictures
        self.scale = Scale.of(options)
        self.compact = Spacing.of(self.scale, 0.0)
        self.sheets = {landscape: frame_for(pack, options.style.paper, landscape, self.scale, fonts,
                                            labels_for(pack, options.style.lang))
                       for landscape in (False, True)}
        self.candidates = candidates(options)
        self._body = body

    @property
    def body(self) -> Body:
        """The pack's words, measured on first use."""
        if self._body is None:
            self._body = Body(self.pack, self.fonts)
        return self._body

    def with_options(self, options: SummaryOptions) -> Search:
        """The same pack and fonts tried with other options, sharing the words measured so far."""
        return Search(self.pack, options, self.fonts, self._body)

    def with_pictures(self, pictures: tuple[Picture | None, ...]) -> Search:
        """The same trials with each card's thumbnail in ``pictures`` beside its text."""
        return Search(self.pack, self.options, self.fonts, self._body, pictures)

    def trial(self, columns: int, landscape: bool, size: float, spacing: Spacing, pages: int | None = None,
              tidy: bool = False) -> SetBody | None:
        """The body set for this layout, or None when it does not fit (``tidy``: as ``set_body``)."""
        sheet = self.sheets[landscape]
        width = sheet.column_width(columns, size)
        caps = sheet.caps(columns, pages or self.options.pages)
        if width <= 0 or not may_fit(self.body, width, size, spacing, caps):
            return None
        setting = set_body(self.body, width, size, spacing, tidy, self.pictures)
        return setting if fits(setting.flow, caps) else None

    def hopeless(self) -> bool:
        """Whether the cards and points are too many to fit at the floor, even one line each."""
        outline = Body(self.pack, self.fonts, measured=False)
        size = self.scale.floor
        for columns, landscape in self.candidates:
            sheet = self.sheets[landscape]
            width = sheet.column_width(columns, size)
            if width > 0 and may_fit(outline, width, size, self.compact, sheet.caps(columns, self.options.pages)):
                return False
        return True

    def choose(self) -> Arrangement | None:
        """The layout to use: within a comfortable measure when the columns are automatic and
        one fits, else the largest at any measure; None when nothing fits at the floor."""
        if self.hopeless():
            return None
        found = self._best(measured=True) if self.options.columns is None else None
        return found or self._best(measured=False)

    def _best(self, measured: bool) -> Arrangement | None:
        best: Arrangement | None = None
        for columns, landscape in self.candidates:
            sheet = self.sheets[landscape]
            sizes = [size for size in self.scale.sizes()
                     if (best is None or size > best.size)
                     and (not measured or MEASURE[0] <= sheet.column_width(columns, size) / size <= MEASURE[1])]
            if not sizes or not self._fits(columns, landscape, sizes[0]):
                continue
            good, bad = 0, len(sizes)
            if self._fits(columns, landscape, sizes[-1]):
                good = bad - 1
            while bad - good > 1:
                middle = (good + bad) // 2
                if self._fits(columns, landscape, sizes[middle]):
                    good = middle
                else:
                    bad = middle
            best = Arrangement(columns, landscape, sizes[good])
        return best

    def _fits(self, columns: int, landscape: bool, size: float) -> bool:
        return self.trial(columns, landscape, size, self.compact) is not None

    def arrange(self, choice: Arrangement) -> tuple[int, float, SetBody, tuple[int, ...]]:
        """Pages used, spacing and column breaks for ``choice``: the loosest spacing that fits
        with every column break between cards, else the loosest whose breaks cost least: a break
        between two points of a card costs less than one inside a point, and one that leaves a
        line of a point alone most (it is made only where no tidy setting fits at this size)."""
        sheet = self.sheets[choice.landscape]
        compact = self.trial(choice.columns, choice.landscape, choice.size, self.compact)
        assert compact is not None, "the search found that the compact spacing fits"
        used = fill(compact.flow, sheet.caps(choice.columns, self.options.pages)).starts
        pages = math.ceil(len(used) / choice.columns)
        caps = sheet.caps(choice.columns, pages)
        best: tuple[float, float, SetBody, tuple[int, ...]] | None = None
        for level in LOOSENESS:
            spacing = Spacing.of(self.scale, level)
            setting = (self.trial(choice.columns, choice.landscape, choice.size, spacing, pages, tidy=True)
                       or (compact if level == 0 else self.trial(choice.columns, choice.landscape, choice.size, spacing, pages)))
            if setting is None:
                continue
            last_page = balanced_cap(setting.flow, caps, choice.columns)
            targets = caps[:-choice.columns] + [last_page] * choice.columns
            starts = balance(setting.flow, caps, targets, spacing.leading * choice.size)
            inside = sum(setting.flow.penalty[start] for start in starts[1:])
            if best is None or inside < best[0]:
                best = (inside, level, setting, starts)
            if inside == 0:
                break
        assert best is not None
        return pages, best[1], best[2], best[3]

    def pages_needed(self) -> float:
        """About how many pages the body takes at the floor, in the candidate that needs fewest.

        A long pack is measured on its first cards (about ``SAMPLE_CHARACTERS`` of text) and
        the answer scaled up by its length.
        """
        lengths = [len(card.title) + sum(len(point.text) for point in card.points) for card in self.pack.cards]
        total = sum(lengths)
        if total <= SAMPLE_CHARACTERS:
            return self._pages_needed()
        count = taken = 0
        while taken < SAMPLE_CHARACTERS:
            taken += lengths[count]
            count += 1
        sample = Search(replace(self.pack, cards=self.pack.cards[:count]), self.options, self.fonts)
        return sample._pages_needed() * total / taken

    def _pages_needed(self) -> float:
        size = self.scale.floor

        def estimate(candidate: tuple[int, bool]) -> float:
            columns, landscape = candidate
            sheet = self.sheets[landscape]
            width = sheet.column_width(columns, size)
            return least_height(self.body, width, size, self.compact) / (columns * sheet.body.height) if width > 0 else math.inf

        columns, landscape = min(self.candidates, key=estimate)
        sheet = self.sheets[landscape]
        setting = set_body(self.body, sheet.column_width(columns, size), size, self.compact)
        filling = fill(setting.flow, chain(sheet.caps(columns, 1), repeat(sheet.body.height)))
        if filling.placed < setting.flow.length:
            return math.inf
        last = len(filling.starts) - 1
        cap = sheet.caps(columns, last // columns + 1)[last]
        share = setting.flow.height(filling.starts[-1], setting.flow.length) / cap
        return last // columns + (last % columns + share) / columns


def refusal(search: Search) -> Problem:
    """Why the pack does not fit, about how long it is at the floor, and what would help."""
    pack, options = search.pack, search.options
    paper = options.style.paper or "a4"
    floor = search.scale.floor
    needed = search.pages_needed()
    allowed = "one page" if options.pages == 1 else f"{options.pages} pages"
    tall = _too_tall(search) if math.isinf(needed) else None
    if tall is not None:  # one card no layout can hold: say which, and that fewer cards would not help
        title = " ".join(pack.cards[tall].title.split())
        title = title if len(title) <= 40 else title[:40].rstrip() + "…"
        length = f"card {tall + 1} (“{title}”) has a heading and first line taller than a column at {floor:g} pt"
        fixes = ["shorten its title or its first point"]
    else:
        if math.isinf(needed):
            length = f"a card's heading and first line do not fit a column at {floor:g} pt"
        else:
            shown = math.ceil(needed * 10) / 10 if needed < 10 else math.ceil(needed)
            length = f"it needs about {shown:g} pages at {floor:g} pt"
        tags = sorted({tag for card in pack.cards for tag in card.tags}, key=str.casefold)
        fixes = ["choose fewer cards with --tags" + (f" (this pack's tags: {', '.join(tags[:8])})" if tags else "")]
    if options.columns is not None or options.orientation != "auto":
        if search.with_options(replace(options, columns=None, orientation="auto")).choose():
            fixes.append("let the sheet choose its own layout (drop --columns and --orientation)")
    if paper != "a3" and search.with_options(replace(options, style=replace(options.style, paper="a3"))).choose():
        fixes.append("print it alone on A3 (--paper a3 --only summary)")  # the other outputs may not take A3
    if search.scale.floor > options.style.rules.floor and search.with_options(
            replace(options, min_font=options.style.rules.floor)).choose():
        fixes.append(f"allow smaller text (--min-font {options.style.rules.floor:g})")
    if not math.isinf(needed) and math.ceil(needed) <= 50:
        fixes.append(f"allow --pages {max(options.pages + 1, math.ceil(needed))}")
    joined = ", ".join(fixes[:-1]) + f" or {fixes[-1]}" if len(fixes) > 1 else fixes[0]
    return Problem(f"the summary does not fit on {allowed} of {_PAPER_NAMES[paper]} paper: {length} — {joined}", pack.path)


def _too_tall(search: Search) -> int | None:
    """The first card whose heading and first line (never parted) are taller than a column at the floor in
    every layout the search may use, if there is one: then no layout can hold it, whatever the other cards."""
    size = search.scale.floor
    found: set[int] | None = None
    for columns, landscape in search.candidates:
        sheet = search.sheets[landscape]
        width = sheet.column_width(columns, size)
        if width <= 0:
            continue
        setting = set_body(search.body, width, size, search.compact)
        first: dict[int, int] = {}  # each card's heading's first row
        tall = set()
        for index, row in enumerate(setting.rows):
            if row.card not in first:
                first[row.card] = index
            elif row.kind == "bullet" and setting.rows[index - 1].kind == "heading":  # the card's first line
                if setting.flow.height(first[row.card], index + 1) > sheet.body.height + 1e-6:
                    tall.add(row.card)
        found = tall if found is None else found & tall
    return min(found) if found else None
