"""Cutting a run of lines into columns: how far each column reaches, and balanced breaks.

A ``Flow`` is every line of a text, top to bottom, with its baseline position
and glyph box, and the cost of a column break before each line (None where
a break is not allowed, such as just after a heading). Column heights are
glyph-box heights (top of the first line's glyphs to the bottom of the last's),
the same measure as ``fitting.text_height``; the space before a column's first
line is dropped. A column that starts inside a card begins with a label naming
the card ("Title (cont.)"), so each line may carry a ``lead``: the height that
label adds above it when a column starts there.

``fill`` packs each column as full as it holds (or, where that would leave the
next column no room for its label, up to a card's heading): the test of whether
a text fits at all. ``balance`` then chooses the breaks a reader would want:
columns of even length, breaks between cards rather than inside them.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence


class Flow:
    """Lines to cut into columns, measured once; positions are from the top of the run."""

    __slots__ = ("penalty", "lead", "top", "bottom", "ends", "headings", "length")

    def __init__(self, baseline: Sequence[float], ascent: Sequence[float], descent: Sequence[float],
                 penalty: Sequence[float | None], lead: Sequence[float] | None = None):
        """``baseline[m]``: line m's baseline, downwards from the first's (never decreasing);
        ``ascent``/``descent``: its glyph box above and below the baseline;
        ``penalty[m]``: cost of starting a column at line m, None where that is not allowed;
        ``lead[m]``: height added above line m when a column starts there (none by default)."""
        self.length = len(baseline)
        self.penalty = tuple(penalty)
        self.lead = tuple(lead) if lead is not None else (0.0,) * self.length
        self.top = [base - up for base, up in zip(baseline, ascent)]
        """Top of each line's glyph boxes."""
        self.bottom = [base + down for base, down in zip(baseline, descent)]
        """Bottom of each line's glyph boxes (never decreasing)."""
        self.ends = [index for index in range(1, self.length) if self.penalty[index] is not None] + [self.length]
        """Where a column may end: before a line that may start one, or at the end."""
        self.headings = [end for end in self.ends[:-1] if not self.lead[end]]
        """The ends after which the next column opens with no label (on a card's heading)."""

    def height(self, start: int, end: int) -> float:
        """Height of a column holding lines ``start`` to ``end - 1``."""
        return self.bottom[end - 1] - self.top[start] + self.lead[start] if end > start else 0.0

    def furthest(self, start: int, cap: float) -> int | None:
        """The furthest allowed end of a column from ``start`` no taller than ``cap``; None if none fits."""
        reach = bisect_right(self.bottom, self.top[start] - self.lead[start] + cap + 1e-6)  # lines start..reach-1 fit
        slot = bisect_right(self.ends, reach) - 1
        if slot < 0 or self.ends[slot] <= start:
            return None
        return self.ends[slot]


@dataclass(frozen=True)
class Filling:
    """How a flow was cut into columns."""

    starts: tuple[int, ...]
    """First line of each column used."""
    placed: int
    """Lines placed; all of them when the flow fits."""


def fill(flow: Flow, caps: Iterable[float]) -> Filling:
    """Pack each column with as much as fits under its cap, in order: the test of whether the
    flow fits at all.

    Where a column that starts inside a card needs a label (a ``lead``), ending a column before
    the last card heading in its reach can carry further than filling it, so both ends are
    followed. Of the starts reached at each column only two can matter, the furthest that opens
    on a heading and the furthest that needs a label: a later start of the same kind reaches
    at least as far.
    """
    if not flow.length:
        return Filling((), 0)
    states: list[tuple[tuple[int, ...], int]] = [((), 0)]  # (starts of the columns so far, the next start)
    best = states[0]
    for cap in caps:
        following: dict[bool, tuple[tuple[int, ...], int]] = {}
        for starts, start in states:
            end = flow.furthest(start, cap)
            if end is None:
                continue
            if end >= flow.length:
                return Filling(starts + (start,), flow.length)
            slot = bisect_right(flow.headings, end) - 1
            for stop in {end, flow.headings[slot]} if slot >= 0 and flow.headings[slot] > start else (end,):
                labelled = bool(flow.lead[stop])
                if labelled not in following or stop > following[labelled][1]:
                    following[labelled] = (starts + (start,), stop)
        if not following:
            break
        states = list(following.values())
        best = max(states, key=lambda state: state[1])
    return Filling(*best)


def fits(flow: Flow, caps: Sequence[float]) -> bool:
    """Whether the whole flow fits the columns ``caps``."""
    return fill(flow, caps).placed >= flow.length


def balanced_cap(flow: Flow, caps: Sequence[float], last: int) -> float:
    """The lowest common height for the final ``last`` columns at which the flow still fits
    (the earlier columns keep their caps); the flow must fit ``caps``."""
    head = list(caps[:-last])
    low, high = 0.0, max(caps[-last:])
    while high - low > 0.25:
        middle = (low + high) / 2
        if fits(flow, head + [min(middle, cap) for cap in caps[-last:]]):
            high = middle
        else:
            low = middle
    return high


def balance(flow: Flow, caps: Sequence[float], targets: Sequence[float], unit: float) -> tuple[int, ...]:
    """Column starts that fit ``caps`` at the least cost; the flow must fit ``caps``.

    A column costs half the square of its distance from its target height in
    ``unit``s (a body line), so a line or two short is cheap and half a column
    dear; the column where the text ends pays only for its excess. Each break
    adds its penalty. Candidate ends are searched within a window around each
    target, widened until a layout is found.
    """
    window = 8 * unit
    widest = 2 * max(caps) + unit
    while True:
        found = _cheapest(flow, caps, targets, unit, window)
        if found is not None:
            return found
        if window > widest:
            raise ValueError("the flow does not fit these columns")
        window *= 2


def _cheapest(flow: Flow, caps: Sequence[float], targets: Sequence[float], unit: float,
              window: float) -> tuple[int, ...] | None:
    count = flow.length
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    done: tuple[float, tuple[int, ...]] | None = None
    for cap, target in zip(caps, targets):
        following: dict[int, tuple[float, tuple[int, ...]]] = {}
        for start in sorted(best):
            cost, starts = best[start]
            furthest = flow.furthest(start, cap)
            if furthest is None:
                continue
            slot = bisect_right(flow.ends, furthest) - 1
            while slot >= 0 and flow.ends[slot] > start:
                end = flow.ends[slot]
                slot -= 1
                height = flow.height(start, end)
                if end < count:
                    if height < target - window:
                        break
                    total = cost + _misfit(target - height, unit) + flow.penalty[end]
                    if end not in following or total < following[end][0]:
                        following[end] = (total, starts + (start,))
                else:
                    total = cost + _misfit(min(0.0, target - height), unit)
                    if done is None or total < done[0]:
                        done = (total, starts + (start,))
        best = following
        if not best:
            break
    return done[1] if done is not None else None


def _misfit(distance: float, unit: float) -> float:
    lines = distance / unit
    return 0.5 * lines * lines
