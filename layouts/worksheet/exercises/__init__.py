"""Worksheet exercises as pure data: ``Pack + seed -> sections of questions with answers``.

Nothing here draws or imports reportlab. ``generate`` picks the questions;
``material`` reads the pack's sentences and key terms once; ``terms`` tells
what kind of thing a term is; ``candidates``, ``events`` and ``distractors``
make each kind of question; ``allocate`` shares the points between sections;
``questions`` holds the question types.
"""
from .generate import (LETTERS, TITLES, Calc, Choice, Event, Exercises, Gap, Match, Pair, PointRef, Question, Section,
                       Segment, Short, Timeline, Translate, TrueFalse, Version, derived_seed, generate, plain, split_match)

__all__ = ["Calc", "Choice", "Event", "Exercises", "Gap", "LETTERS", "Match", "Pair", "PointRef", "Question", "Section",
           "Segment", "Short", "Timeline", "Translate", "TrueFalse", "TITLES", "Version", "derived_seed", "generate", "plain",
           "split_match"]
