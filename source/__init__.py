"""Card sources: the model, the YAML loader and inline marks."""
from .loader import load, loads
from .model import AuthoredQuestion, Card, Pack, Point, Setting, Span

__all__ = ["AuthoredQuestion", "Card", "Pack", "Point", "Setting", "Span", "load", "loads"]
