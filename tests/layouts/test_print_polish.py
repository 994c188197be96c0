"""Print polish from a teacher's trial: A3 summaries grow to use the page, titles shrink then
hyphenate, and the "Print at 100 %" note never lands on a card someone keeps."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from packgen import pack_yaml
from pdftext import open_pdf
from studypack.layouts import summary
from studypack.layouts.options import Style, SummaryOptions
from studypack.source import load, loads

EXAMPLE = load(Path(__file__).parents[2] / "packs" / "khrushchev.yaml")
SMALL = loads(pack_yaml(8, 3, points=(2, 3), words=(6, 12)), "small.yaml")


def body_size(plan) -> float:
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        return Counter(round(char["size"], 2) for char in pdf.pages[0].chars).most_common(1)[0][0]


# -- 19: the summary's largest size grows with the paper ---------------------

def test_an_a3_summary_grows_past_the_a4_cap_to_about_17_pt():
    a4 = summary.plan(SMALL, SummaryOptions(style=Style(paper="a4")))
    a3 = summary.plan(SMALL, SummaryOptions(style=Style(paper="a3")))
    assert a4.body_size == 12.0 and body_size(a4) == 12.0
    assert a3.body_size == 17.0 and body_size(a3) == 17.0


def test_an_a3_summary_of_the_example_fills_its_page():
    plan = summary.plan(EXAMPLE, SummaryOptions(style=Style(paper="a3")))
    assert plan.body_size > 12.0 and len(plan.pages) == 1
    with open_pdf(summary.draw(plan)["summary.pdf"]) as pdf:
        page = pdf.pages[0]
        body = [char for char in page.chars if abs(char["size"] - plan.body_size) < 0.01]
        assert max(char["bottom"] for char in body) > 0.9 * page.height  # no third of the page left blank


@pytest.mark.parametrize("profile, cap", [("dyslexia", 19.75), ("large-print", 25.5)])
def test_every_profile_cap_scales_on_a3(profile, cap):
    from studypack.layouts.summary.frame import Scale

    assert Scale.of(SummaryOptions(style=Style(paper="a3", profile=profile))).largest == cap
    assert Scale.of(SummaryOptions(style=Style(paper="letter", profile=profile))).largest < cap / 1.4
