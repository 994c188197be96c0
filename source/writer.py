"""``dump(pack) -> str``: a Pack written back as the YAML a person would type.

Block style, keys in the order of the format (title, points, then date,
tags, id, quiz and gender; the pack's own ``questions:`` after the cards), UTF-8 as it is, and quotes only where YAML would not read the plain
text back as the same text: each value is tried plain first and kept plain
only if composing it gives it back unchanged.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import yaml

from .inline import mark
from .model import AuthoredQuestion, Card, Pack, Point
from .yaml_nodes import YAML_LOADER

_HEADER_KEYS = ("subject", "course", "author", "level")


def dump(pack: Pack, folder: Path | None = None) -> str:
    """The pack as YAML text that ``source.loads`` reads back to the same content when the text is saved in
    ``folder`` (default: the current folder), which pictures are written relative to."""
    lines = [f"title: {_text(pack.title)}"]
    lines += [f"{key}: {_text(value, notation=key == 'subject')}" for key in _HEADER_KEYS if (value := getattr(pack, key))]
    if pack.lang:
        lines.append(f"lang: {_text(pack.lang, notation=False)}")
    if pack.labels:
        lines.append("labels:")
        lines += [f"  {own.name}: {_label_forms(own.forms)}" for own in pack.labels]
    if pack.settings:
        lines.append("print:")
        lines += [f"  {setting.key}: {_scalar(setting.value)}" for setting in pack.settings]
    lines.append("cards:")
    for number, card in enumerate(pack.cards):
        if number:
            lines.append("")
        lines += _card(card, Path.cwd() if folder is None else folder)
    if pack.questions:
        lines += ["", "questions:"]
        for question in pack.questions:
            lines += _question(question)
    return "\n".join(lines) + "\n"


def _label_forms(forms: tuple[str, ...]) -> str:
    """A label's text, or its plural forms as a flow list."""
    return _scalar(forms[0]) if len(forms) == 1 else f"[{', '.join(_flow(form) for form in forms)}]"


def _card(card: Card, folder: Path) -> list[str]:
    lines = [f"  - title: {_scalar(mark(card.heading, notation=True))}", "    points:"]
    lines += [f"      - {_scalar(mark(point, notation=True), '- ')}" for point in card.points]
    if card.date:
        lines.append(f"    date: {_text(card.date, notation=False)}")
    if card.tags:
        lines.append(f"    tags: [{', '.join(_flow(tag) for tag in card.tags)}]")
    if card.id:
        lines.append(f"    id: {_text(card.id, notation=False)}")
    if not card.quiz:
        lines.append("    quiz: false")
    if card.gender:
        lines.append(f"    gender: {card.gender}")
    for key, picture in (("image", card.image), ("back_image", card.back_image)):
        if picture is not None:
            lines.append(f"    {key}: {_scalar(_relative(picture, folder))}")
    return lines


def _relative(picture: Path, folder: Path) -> str:
    """The picture's path as the pack names it: relative to the pack's folder, with forward slashes."""
    try:
        return Path(os.path.relpath(Path(picture).resolve(), Path(folder).resolve())).as_posix()
    except ValueError:  # another drive (Windows): only the full path reaches it
        return Path(picture).resolve().as_posix()


def _question(question: AuthoredQuestion) -> list[str]:
    """One authored question: its kind as the first key, holding its text (or its list of pairs)."""
    kind = question.kind
    if question.text is not None:
        lines = [f"  - {kind}: {_scalar(mark(question.text, notation=True))}"]
    else:
        pairs = question.pairs if kind == "match" else question.events
        lines = [f"  - {kind}:"] + [f"      - {_key(left)}: {_text(right)}" for left, right in pairs]
    if kind == "mcq":
        lines.append(f"    answer: {_text(question.answer)}")
        lines.append(f"    wrong: [{', '.join(_flow(_escaped(option)) for option in question.wrong)}]")
    elif kind == "tf":
        lines.append(f"    answer: {'true' if question.true else 'false'}")
        if question.correction:
            lines.append(f"    correction: {_text(question.correction)}")
    elif kind == "short":
        if question.marks is not None:
            lines.append(f"    marks: {question.marks}")
        lines.append("    scheme:")
        lines += [f"      - {_scalar(mark(point, notation=True), '- ')}" for point in question.scheme]
    return lines


def _escaped(text: str) -> str:
    """Text with its ``*`` and notation characters escaped, as the loader reads marks and notation in it."""
    return mark(Point(text), notation=True)


def _key(text: str) -> str:
    """Text as a mapping key (the left side of a pair): plain when that reads back, else quoted."""
    value = _escaped(text)
    if _reads_back(f"{value}: x", value, key=True):
        return value
    return _quoted(value)


def _text(text: str, notation: bool = True) -> str:
    """Plain text for a field the loader reads marks in: a ``*`` is escaped so it stays a ``*``, and with
    ``notation`` so are ``^ ~ $`` (the text holds notation already translated, never notation to read)."""
    return _scalar(mark(Point(text), notation=notation))


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


def _reads_back(document: str, value: str, key: bool = False) -> bool:
    """Whether ``document`` holds one plain scalar equal to ``value``, in a one-entry mapping (its value, or with
    ``key`` its key) or list."""
    try:
        root = yaml.compose(document, Loader=YAML_LOADER)
    except yaml.YAMLError:
        return False
    if isinstance(root, yaml.MappingNode) and len(root.value) == 1:
        node = root.value[0][0 if key else 1]
    elif isinstance(root, yaml.SequenceNode) and len(root.value) == 1:
        node = root.value[0]
    else:
        return False
    return isinstance(node, yaml.ScalarNode) and node.style in (None, "") and node.value == value
