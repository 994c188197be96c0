"""``dump(pack) -> str``: a Pack written back as the YAML a person would type.

Block style, keys in the order of the format (title, points, then date,
tags and id), UTF-8 as it is, and quotes only where YAML would not read the plain
text back as the same text: each value is tried plain first and kept plain
only if composing it gives it back unchanged.
"""
from __future__ import annotations

import math

import yaml

from .inline import mark
from .model import Card, Pack, Point
from .yaml_nodes import YAML_LOADER

_HEADER_KEYS = ("subject", "course", "author", "level")


def dump(pack: Pack) -> str:
    """The pack as YAML text that ``source.loads`` reads back to the same content."""
    lines = [f"title: {_text(pack.title)}"]
    lines += [f"{key}: {_text(value)}" for key in _HEADER_KEYS if (value := getattr(pack, key))]
    if pack.settings:
        lines.append("print:")
        lines += [f"  {setting.key}: {_scalar(setting.value)}" for setting in pack.settings]
    lines.append("cards:")
    for number, card in enumerate(pack.cards):
        if number:
            lines.append("")
        lines += _card(card)
    return "\n".join(lines) + "\n"


def _card(card: Card) -> list[str]:
    lines = [f"  - title: {_text(card.title)}", "    points:"]
    lines += [f"      - {_scalar(mark(point), '- ')}" for point in card.points]
    if card.date:
        lines.append(f"    date: {_text(card.date)}")
    if card.tags:
        lines.append(f"    tags: [{', '.join(_flow(tag) for tag in card.tags)}]")
    if card.id:
        lines.append(f"    id: {_text(card.id)}")
    return lines


def _text(text: str) -> str:
    """Plain text for a field the loader reads marks in: a ``*`` is escaped so it stays a ``*``."""
    return _scalar(mark(Point(text)))


def _scalar(value: str, context: str = "key: ") -> str:
    """``value`` as written after ``context`` (a mapping key or a list dash): plain when that reads back, else quoted."""
    if _reads_back(f"{context}{value}", value):
        return value
    return _quoted(value)


def _flow(value: str) -> str:
    """``value`` inside a ``[...]`` list."""
    if _reads_back(f"[{value}]", value):
        return value
    return _quoted(value)


def _quoted(value: str) -> str:
    # Single quotes keep backslashes and double quotes as they are; PyYAML
    # falls back to double quotes (with escapes) for characters they cannot hold.
    style = "'" if ('"' in value or "\\" in value) else '"'
    return yaml.dump(value, default_style=style, allow_unicode=True, width=math.inf).rstrip("\n")


def _reads_back(document: str, value: str) -> bool:
    """Whether ``document`` holds one plain scalar equal to ``value``, in a one-entry mapping or list."""
    try:
        root = yaml.compose(document, Loader=YAML_LOADER)
    except yaml.YAMLError:
        return False
    if isinstance(root, yaml.MappingNode) and len(root.value) == 1:
        node = root.value[0][1]
    elif isinstance(root, yaml.SequenceNode) and len(root.value) == 1:
        node = root.value[0]
    else:
        return False
    return isinstance(node, yaml.ScalarNode) and node.style in (None, "") and node.value == value
