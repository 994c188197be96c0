"""A person's era: a wrong answer for who did something in a given year is drawn first from people the pack dates
near that year (Reagan and Andropov before Kennedy for who "became leader in 1985")."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.questions import PointRef
from sheet_builds import material, pack_yaml


def test_a_dated_stem_is_offered_people_of_its_time_first():
    cold_war = pack_yaml("The Cold War", "History", [
        ("Cuba", ["**John Kennedy** faced down the missiles in 1962.",
                  "**Nikita Khrushchev** backed down in 1962."]),
        ("Vietnam", ["**Lyndon Johnson** sent ground troops in 1965."]),
        ("The second Cold War", ["**Ronald Reagan** called the USSR an evil empire in 1983.",
                                 "**Yuri Andropov** led the USSR from 1982 to 1984.",
                                 "**Helmut Kohl** took the missiles in West Germany in 1983."]),
        ("The end", ["**Mikhail Gorbachev** became Soviet leader in 1985."])])
    source = material(cold_war)
    gorbachev = next(term for term in source.terms[PointRef(3, 0)] if term.text == "Mikhail Gorbachev")
    shown = source.point(PointRef(3, 0)).text
    for seed in range(10):
        options = distractors(gorbachev, source.pool, random.Random(seed), 3, shown)
        assert set(options) == {"Ronald Reagan", "Yuri Andropov", "Helmut Kohl"}
