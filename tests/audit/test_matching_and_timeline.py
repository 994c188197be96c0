"""Matching a strict teacher would strike (a spare or another pair's statement that fits a title too) and timeline
items that do not read as events once their date is taken out."""
from __future__ import annotations

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.source import loads

HARBOUR = """\
title: Harbour town
cards:
  - title: Harbour works
    points:
      - The new pier, opened in 1995, protects the harbour from winter storms.
      - The lighthouse on the point was built in 1860.
      - In 2020 wind farms produced about 40% of the town's electricity.
      - By 1900 the port had 300 fishing boats.
  - title: The railway
    points:
      - The railway reached the town in 1847.
      - Visitors came from the cities every summer.
  - title: The storm of 1953
    date: 1953
    points:
      - A surge flooded the low streets.
      - Sea walls were raised along the front.
  - title: The war on the coast
    date: 1940-05-26
    points:
      - Small boats left the harbour for Dunkirk on 26 May 1940.
      - Guns were placed on the cliffs.
      - Mines were laid in the bay in 1941.
  - title: The Great Fire
    date: 1666
    points:
      - Most of the wooden houses by the quay burned.
      - The town was rebuilt in stone.
  - title: The museum
    points:
      - The town museum was founded in 1921.
"""


def timeline_text(pack: str, seed: str) -> str:
    plan = worksheet.plan(loads(pack, "pack.yaml"), WorksheetOptions(seed=seed, exercises=("timeline",)))
    return " ".join(text_of(worksheet.draw(plan)["worksheet.pdf"]).split())


def test_a_timeline_takes_only_items_that_read_as_events_once_the_date_is_out():
    for seed in "123":
        text = timeline_text(HARBOUR, seed)
        assert "The lighthouse on the point was built." in text and "The railway reached the town." in text
        assert "The Great Fire" in text  # a title naming a moment, its year on no point
        assert "opened" not in text  # "The new pier, opened, protects …": a stray word between commas
        assert "40%" not in text and "300 fishing" not in text  # a statistic is no event
        assert "The storm of 1953" not in text  # a title printing its own year gives the answer
        assert "The war on the coast" not in text  # dated by the day a point tells of: a theme, not that day
