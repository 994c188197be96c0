"""Caps on repeated messages: a pack with a million unknown keys gets ten errors and one line
saying how many more there were, not a million lines (nor the memory to hold them).

Two messages are of one kind when they read the same with their particulars taken out:
numbers, `quoted names` and “titles”.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from .errors import Problem

LIMIT = 10
"""Messages of one kind shown before the rest are counted instead."""

_PARTICULARS = re.compile(r"`[^`]*`|“[^”]*”|\d[\d,.]*")


def kind(message: str) -> str:
    """What ``message`` says, without the particulars that make one repeat differ from the next."""
    return _PARTICULARS.sub("#", message)


def more_like_this(count: int) -> str:
    """The line that stands for ``count`` messages left out."""
    return f"… and {count:,} more like this — fix those above, then check again to see the rest"


def capped(messages: Iterable[str], limit: int = LIMIT) -> list[str]:
    """``messages`` in order with at most ``limit`` of each kind, each capped kind followed by the count left out."""
    counts: Counter[str] = Counter()
    kept: list[tuple[str, str]] = []
    for message in messages:
        key = kind(message)
        counts[key] += 1
        if counts[key] <= limit:
            kept.append((key, message))
    return _with_counts(kept, counts, limit, more_like_this)


class ProblemList(list):
    """A list of problems that keeps at most ``LIMIT`` of each kind and only counts the rest."""

    def __init__(self, limit: int = LIMIT):
        super().__init__()
        self.limit = limit
        self.counts: Counter[str] = Counter()

    def append(self, problem: Problem) -> None:
        key = kind(problem.message)
        self.counts[key] += 1
        if self.counts[key] <= self.limit:
            super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def reported(self, order=None) -> list[Problem]:
        """The problems kept (sorted by ``order`` if given), each capped kind followed by a problem saying how many more."""
        kept = sorted(self, key=order) if order else list(self)
        file = next((problem.file for problem in kept if problem.file), None)
        return _with_counts([(kind(problem.message), problem) for problem in kept], self.counts, self.limit,
                            lambda count: Problem(more_like_this(count), file))


def _with_counts(kept: list[tuple[str, object]], counts: Counter[str], limit: int, stand_in) -> list:
    last = {key: index for index, (key, _) in enumerate(kept)}
    result = []
    for index, (key, item) in enumerate(kept):
        result.append(item)
        if last[key] == index and counts[key] > limit:
            result.append(stand_in(counts[key] - limit))
    return result
