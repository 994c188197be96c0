"""Worksheet exercises as pure data: ``Pack + seed -> sections of questions with answers``.

Nothing here draws or imports reportlab. ``generate`` picks the questions;
``material`` reads the pack's sentences and key terms once; ``terms`` tells
what kind of thing a term is; ``candidates``, ``events`` and ``distractors``
make each kind of question; ``allocate`` shares the points between sections;
``questions`` holds the question types.
"""
import re

from .generate import (LETTERS, TITLES, Calc, Choice, Event, Exercises, Gap, Match, Pair, PointRef, Question, Section,
                       Segment, Short, Timeline, Translate, TrueFalse, Version, derived_seed, generate, plain, split_match)

__all__ = ["Calc", "Choice", "Event", "Exercises", "Gap", "LETTERS", "Match", "Pair", "PointRef", "Question", "Section",
           "Segment", "Short", "Timeline", "Translate", "TrueFalse", "TITLES", "Version", "derived_seed", "generate", "plain",
           "split_match"]

PATTERN_CACHE = 4096
"""How many compiled patterns Python's ``re`` keeps. Its default, 512, is fewer than the rules here match per line, so
past it each pattern was compiled again on every call: a worksheet took about 30% longer to choose its questions."""
if getattr(re, "_MAXCACHE", PATTERN_CACHE) < PATTERN_CACHE:
    re._MAXCACHE = PATTERN_CACHE  # (a private setting of ``re``; where a Python has none, nothing changes)
