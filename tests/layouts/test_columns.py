"""Cutting a flow of lines into columns (``layouts._columns``), on hand-made flows of one-point lines."""
from __future__ import annotations

from studypack.layouts.summary.columns import Flow, balance, fill, fits


def two_cards(lead: float) -> Flow:
    """Two cards, each a heading and three lines; every line 1 high, baselines 1 apart.
    A column may not start just after a heading; one that starts inside a card needs ``lead``."""
    penalty = [0.0, None, 1.0, 1.0, 0.0, None, 1.0, 1.0]
    leads = [0.0 if index in (0, 4) else lead for index in range(8)]
    return Flow(list(range(8)), [0.5] * 8, [0.5] * 8, penalty, leads)


def test_without_leads_each_column_takes_all_it_can():
    flow = two_cards(0.0)
    assert fill(flow, [6, 2]).starts == (0, 6)
    assert fits(flow, [6, 2]) and not fits(flow, [5, 2])


def test_a_label_is_part_of_the_height_of_a_column_that_starts_inside_a_card():
    flow = two_cards(3.0)
    assert flow.height(6, 8) == 2 + 3 and flow.height(4, 8) == 4
    assert flow.furthest(6, 4) == 7 and flow.furthest(6, 3.9) is None  # label and one line: 4 high


def test_ending_a_column_before_a_heading_is_tried_when_filling_it_leaves_no_room_for_the_label():
    flow = two_cards(3.0)
    # filling the first column (lines 0-5) leaves 6-7 plus a 3-high label for a 4-high column;
    # ending it before the second heading leaves lines 4-7, which fit
    filling = fill(flow, [6, 4])
    assert filling.starts == (0, 4) and filling.placed == 8
    assert not fits(flow, [6, 3])
    assert balance(flow, [6, 4], [4, 4], 1.0) == (0, 4)


def test_a_flow_that_does_not_fit_reports_how_far_it_got():
    filling = fill(two_cards(3.0), [3, 3])
    assert filling.placed < 8 and filling.starts[0] == 0
