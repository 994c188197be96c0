"""Dates as a teacher types them, read into something that can be put in order.

Used for the events of an authored ``order`` question: the loader refuses a
date it cannot place, so a timeline's key can never be wrong about the order.
"""
from __future__ import annotations

import re

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")

_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?$")
_WORDS = re.compile(
    r"^(?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+)?"
    r"(?:(?P<month>(?!(?:ad|ce)\b)[a-z]+)\.?\s+)?(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?"
    r"(?:(?:ad|ce)\s*)?(?P<year>\d{1,4})(?:\s*(?P<era>bc|bce|ad|ce))?$")  # ("AD 14" as well as "14 AD")

DATE_EXAMPLES = "1956, February 1956, 25 February 1956, 1956-02-25, 44 BC or AD 43"
"""The forms accepted, for messages."""


def when(date: str) -> tuple[int, int, int] | None:
    """(year, month or 0, day or 0) of ``date``, years BC negative, a span of days placed on its first; None when
    it is not a date we can place."""
    text = " ".join(date.strip().casefold().replace(",", " ").split())
    iso = _ISO.match(text)
    if iso:
        return _checked(int(iso["year"]), int(iso["month"]), int(iso["day"] or 0))
    words = _WORDS.match(text)
    if not words:
        return None
    month = 0
    if words["month"]:
        month = _month(words["month"])
        if not month:
            return None
    day = int(words["day1"] or words["day2"] or 0)
    if day and not month:
        return None
    year = int(words["year"])
    if words["era"] in ("bc", "bce"):
        year = -year
    return _checked(year, month, day)


def _month(word: str) -> int:
    for number, name in enumerate(MONTH_NAMES, start=1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return number
    return 0


def _checked(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    if not 0 <= month <= 12 or not 0 <= day <= 31:
        return None
    return (year, month, day)
