"""The summary: the whole pack on exactly one page, at the largest legible size that fits.

``layout`` plans and draws; ``frame`` is the page around the body (header,
footer, margins, scale); ``body`` sets the cards' text; ``size_search`` finds
the size, columns and spacing; ``columns`` fills and balances columns.
"""
from .layout import OUTPUTS, SummaryPlan, draw, plan, render

__all__ = ["OUTPUTS", "SummaryPlan", "draw", "plan", "render"]
