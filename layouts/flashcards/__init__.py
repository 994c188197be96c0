"""Flashcards: double-sided cut-out cards whose fronts and backs line up when printed duplex.

``layout`` plans and draws; ``faces`` sets one card's front and back;
``imposition`` places cards on the paper (duplex mirroring, cut guides);
``calibration`` is the duplex test sheet that measures a printer's back offset.
"""
from .layout import OUTPUTS, FlashcardPlan, draw, plan, render

__all__ = ["OUTPUTS", "FlashcardPlan", "draw", "plan", "render"]
