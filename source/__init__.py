"""Card sources: the model, the YAML loader and inline marks."""
from .loader import load, loads
from .model import Card, Pack, Point, Setting, Span

__all__ = ["Card", "Pack", "Point", "Setting", "Span", "load", "loads"]
