"""``load(path) -> Pack``: a pack file read, checked and turned into the model.

Every problem in the file is collected and raised together, each located by
line, column and field path (cards and points are counted from 1, as printed
on the cards), with the fix in the message.
"""
from __future__ import annotations

import difflib
import gc
from pathlib import Path

import yaml

from ..errors import Problem, StudypackError
from .decode import decode_utf8, read_bytes
from .inline import MarkError, parse_point
from .model import Card, Pack, Point, Setting
from .yaml_nodes import compose, quoted

PACK_KEYS = ("title", "subject", "course", "author", "level", "cards", "print")
CARD_KEYS = ("title", "points", "date", "tags")
_EXAMPLE = "title: The 20th Party Congress\n    points:\n      - ..."


def load(path: str | Path) -> Pack:
    """Read the pack at ``path``; raise StudypackError listing every problem."""
    shown = str(path)
    text = decode_utf8(read_bytes(Path(path), shown), shown)
    return loads(text, shown)


def loads(text: str, shown: str = "<pack>") -> Pack:
    """Read a pack from YAML text; ``shown`` names it in messages."""
    if not text.strip():
        raise StudypackError(
            Problem("the file is empty — a pack needs a title and cards (see packs/khrushchev.yaml)", shown)
        )
    # Building a large pack makes hundreds of thousands of objects and no
    # cycles: the cyclic garbage collector would only rescan them (3× slower).
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = compose(text, shown)
        if root is None:
            raise StudypackError(
                Problem("the file holds only comments — a pack needs a title and cards (see packs/khrushchev.yaml)", shown)
            )
        return _PackReader(text, shown).read(root)
    finally:
        if collecting:
            gc.enable()


class _PackReader:
    """Walks the node tree once, collecting problems instead of stopping."""

    def __init__(self, text: str, shown: str):
        self.lines = text.splitlines()
        self.shown = shown
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.misspelt: set[tuple[str | None, str]] = set()  # (owner field, key) a typo stood for

    # -- reporting -------------------------------------------------------
    def problem(self, node: yaml.Node, field: str | None, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(message, self.shown, mark.line + 1, mark.column + 1, field))

    # -- the pack --------------------------------------------------------
    def read(self, root: yaml.Node) -> Pack:
        if not isinstance(root, yaml.MappingNode):
            self.problem(root, None, f"the top level is {_kind(root)}, but a pack is a mapping — start with `title: ...` then `cards:`")
            raise StudypackError(self.problems)
        fields = self.mapping(root, None, PACK_KEYS, "a pack")
        title = self.required_text(root, fields, "title", None, "add `title: Your topic` at the top of the file")
        extras = {key: self.optional_text(fields, key, key) for key in ("subject", "course", "author", "level")}
        cards = self.cards(root, fields.get("cards"))
        settings = self.settings(fields.get("print"))
        if self.problems:
            raise StudypackError(sorted(self.problems, key=lambda p: (p.line or 0, p.column or 0)))
        return Pack(title=title, cards=cards, settings=settings, path=self.shown, **extras)

    def cards(self, root: yaml.Node, node: yaml.Node | None) -> tuple[Card, ...]:
        if node is None:
            self.problem(root, "cards", "missing — add `cards:` with at least one card under it")
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "cards", f"should be a list of cards, found {_kind(node)} — start each card with `- title: ...`")
            return ()
        if not node.value:
            self.problem(node, "cards", "the list is empty — add at least one card (`- title: ...` and `points:`)")
            return ()
        cards = []
        for number, card_node in enumerate(node.value, start=1):
            card = self.card(card_node, f"cards[{number}]")
            if card is not None:
                cards.append(card)
        return tuple(cards)

    def card(self, node: yaml.Node, field: str) -> Card | None:
        if not self.first_visit(node, field):
            return None
        if isinstance(node, yaml.ScalarNode):
            self.problem(
                node, field,
                f"a card is a mapping with a title and points, found the text {quoted(node.value)}"
                f" — write `- title: {node.value}` and put its points under `points:`",
            )
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, f"a card is a mapping with a title and points, found {_kind(node)} — write `- title: ...`")
            return None
        fields = self.mapping(node, field, CARD_KEYS, "a card")
        title = self.required_text(node, fields, "title", field, "add `title: ...` to the card")
        points = self.points(node, fields.get("points"), field)
        date = self.optional_text(fields, "date", f"{field}.date")
        tags = self.tags(fields.get("tags"), f"{field}.tags")
        if title is None or not points:
            return None
        return Card(title=title, points=points, date=date, tags=tags, line=node.start_mark.line + 1)

    def points(self, card: yaml.Node, node: yaml.Node | None, field: str) -> tuple[Point, ...]:
        if node is None:
            self.problem(card, f"{field}.points", "missing — add `points:` with at least one `- point` under it")
            return ()
        if isinstance(node, yaml.ScalarNode):
            point = self.point(node, f"{field}.points")
            return (point,) if point else ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{field}.points", f"should be a list of points, found {_kind(node)} — write each point as `- text`")
            return ()
        if not node.value:
            self.problem(node, f"{field}.points", "the list is empty — add at least one `- point`")
            return ()
        points = []
        for number, point_node in enumerate(node.value, start=1):
            point = self.point(point_node, f"{field}.points[{number}]")
            if point is not None:
                points.append(point)
        return tuple(points)

    def point(self, node: yaml.Node, field: str) -> Point | None:
        if not self.first_visit(node, field):
            return None
        if isinstance(node, yaml.MappingNode):
            self.problem(
                node, field,
                f"a colon followed by a space starts a mapping; quote the line: - {quoted(self.source_line_from(node))}",
            )
            return None
        if isinstance(node, yaml.SequenceNode):
            self.problem(node, field, "a point is one line of text, found a nested list — join it into one point or make separate points")
            return None
        if not node.value.strip():
            self.problem(node, field, "the point is empty — write its text after the dash, or delete the line")
            return None
        return self.marked_text(node, field)

    def marked_text(self, node: yaml.ScalarNode, field: str) -> Point | None:
        try:
            return parse_point(node.value, node.start_mark.line + 1)
        except MarkError as error:
            mark = node.start_mark
            column = mark.column + 1
            one_line = node.end_mark.line == mark.line and node.style in (None, "", "'", '"')
            if one_line:  # point at the mark itself
                column += error.offset + (1 if node.style in ("'", '"') else 0)
            self.problems.append(Problem(str(error), self.shown, mark.line + 1, column, field))
            return None

    def tags(self, node: yaml.Node | None, field: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, yaml.ScalarNode):
            values = node.value.split(",")
        elif isinstance(node, yaml.SequenceNode) and all(isinstance(item, yaml.ScalarNode) for item in node.value):
            values = [item.value for item in node.value]
        else:
            self.problem(node, field, f"tags should be a list of words, found {_kind(node)} — write `tags: [politics, economy]`")
            return ()
        return tuple(tag.strip() for tag in values if tag.strip())

    def settings(self, node: yaml.Node | None) -> tuple[Setting, ...]:
        if node is None:
            return ()
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "print", f"should be a mapping of options, found {_kind(node)} — write `print:` then `  paper: letter`")
            return ()
        settings = []
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if isinstance(value_node, yaml.SequenceNode) and all(isinstance(v, yaml.ScalarNode) for v in value_node.value):
                value = ",".join(item.value for item in value_node.value)
            elif isinstance(value_node, yaml.ScalarNode):
                value = value_node.value
            else:
                self.problem(value_node, f"print.{key}", f"should be a value, found {_kind(value_node)}")
                continue
            mark = value_node.start_mark
            settings.append(Setting(key, value.strip(), mark.line + 1, mark.column + 1))
        return tuple(settings)

    # -- shared helpers --------------------------------------------------
    def mapping(self, node: yaml.MappingNode, field: str | None, allowed: tuple[str, ...], what: str) -> dict[str, yaml.Node]:
        """The mapping's values by key; unknown and repeated keys are reported."""
        fields: dict[str, yaml.Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            path = f"{field}.{key}" if field else key
            if key not in allowed:
                suggestion = _closest(key, allowed)
                self.problem(key_node, path, _unknown_key_message(key, suggestion, allowed, what))
                if suggestion:
                    self.misspelt.add((field, suggestion))
            elif key in fields:
                self.problem(key_node, path, f"appears twice (first on line {first_line[key]}) — keep one")
            else:
                fields[key] = value_node
                first_line[key] = key_node.start_mark.line + 1
        return fields

    def required_text(self, owner: yaml.Node, fields: dict, key: str, field: str | None, fix: str) -> str | None:
        path = f"{field}.{key}" if field else key
        node = fields.get(key)
        if node is None:
            if (field, key) not in self.misspelt:  # "did you mean" already said it
                self.problem(owner, path, f"missing — {fix}")
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, path, f"should be text, found {_kind(node)} — write it on one line after `{key}:`")
            return None
        if not node.value.strip():
            self.problem(node, path, f"is empty — {fix}")
            return None
        point = self.marked_text(node, path)
        return point.text if point else None

    def optional_text(self, fields: dict, key: str, path: str) -> str | None:
        node = fields.get(key)
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, path, f"should be text, found {_kind(node)} — write it on one line after `{key}:`")
            return None
        point = self.marked_text(node, path) if node.value.strip() else None
        return point.text if point else None

    def first_visit(self, node: yaml.Node, field: str) -> bool:
        """Refuse a node met twice: that is an alias, and aliases can multiply a file a billionfold."""
        if id(node) in self.seen:
            self.problem(node, field, "anchors and aliases (&name, *name) are not supported in packs — write the text out")
            return False
        self.seen.add(id(node))
        return True

    def source_line_from(self, node: yaml.Node) -> str:
        """The text of the node's first line as typed, for quoting it back to the user."""
        mark = node.start_mark
        return self.lines[mark.line][mark.column:].strip()


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the text {quoted(node.value)}" if node.value else "nothing"


def _closest(key: str, allowed: tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown_key_message(key: str, suggestion: str | None, allowed: tuple[str, ...], what: str) -> str:
    if suggestion:
        return f"unknown key `{key}` in {what} — did you mean `{suggestion}`?"
    return f"unknown key `{key}` in {what} — the keys allowed here are: {', '.join(allowed)}"
