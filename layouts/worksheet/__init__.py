"""Worksheets and answer keys: exercises generated from the cards, in shuffled versions.

``exercises`` is the pure question generation (no drawing); ``blocks`` are the
measured pieces pages are made of; ``student`` sets the students' pages;
``key`` sets the answer key; ``layout`` plans and draws both files.
"""
from .layout import OUTPUTS, WorksheetPlan, draw, plan, render

__all__ = ["OUTPUTS", "WorksheetPlan", "draw", "plan", "render"]
