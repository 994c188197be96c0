"""Markdown notes: ``# Pack title``, ``## Card title``, then the card's points.

Read with a real Markdown parser (markdown-it-py, CommonMark), so escapes,
code spans and lists nested at any indent mean what they mean to any other
Markdown tool. Each list item or paragraph under a card heading is a point;
nested items join their parent as ``parent: child; child``; ``**bold**``
stays a key term. A numbered item keeps its number (``1956.``) unless its
list just counts from 1. Nesting too deep to read is refused at its line.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..images import Picture
from ..model import Card, Point
from ._base import Findings, Imported, Importer, ImportOptions, media_folder, pack_title, quoted_text
from ._pictures import found_picture, with_pictures
from ._points import Run, joined, listed, point_from_runs, translated, translated_heading

_SCRIPT_TAGS = {"<sup>": "^", "</sup>": "^", "<sub>": "~", "</sub>": "~"}
"""Inline HTML for superscript and subscript, as the pack's ``^…^`` and ``~…~``."""

_HEADING = re.compile(r"^ {0,3}#{1,6}\s")
_HOW_TO = "start each card with a “## Card title” heading and put its points under it as “- point” lines"
_LISTS = ("bullet_list", "ordered_list")
_MAX_DEPTH = 40
"""Deepest nesting of lists, quotes and emphasis read; deeper is refused (the tree is built recursively)."""


def looks_like(text: str) -> bool:
    """Markdown notes have ``#`` headings."""
    return any(_HEADING.match(line) for line in text.split("\n"))


def read(text: str, shown: str, options: ImportOptions) -> Imported:
    """The cards under the file's ``##`` headings; the ``#`` heading names the pack."""
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    findings = Findings(shown)
    # The parser silently stops at its nesting limit: set it past ours, so ours is met first and said.
    tokens = MarkdownIt("commonmark", {"maxNesting": _MAX_DEPTH + 10}).parse(text)
    too_deep = _too_deep(tokens)
    if too_deep is not None:
        findings.problem(f"the Markdown here nests lists, quotes or emphasis more than {_MAX_DEPTH} levels deep"
                         " — flatten the lists or remove the extra marks", too_deep)
        return findings.pack("", [], _HOW_TO)
    builder = _CardBuilder(findings, media_folder(options, shown))
    for node in SyntaxTreeNode(tokens).children:
        builder.block(node)
    builder.finish(next_level=None)
    return findings.pack(pack_title(options, builder.pack_title, shown), builder.cards, _HOW_TO)


def _too_deep(tokens) -> int | None:
    """The line where blocks and the inline marks inside them first nest deeper than ``_MAX_DEPTH``, if they do."""
    line = 1
    for token in tokens:
        if token.map:
            line = token.map[0] + 1
        depth = token.level
        for child in token.children or ():
            depth += child.nesting
            if depth > _MAX_DEPTH:
                return line
        if token.level > _MAX_DEPTH:
            return line
    return None


class _CardBuilder:
    """Walks the top-level blocks in order, opening a card at each heading."""

    def __init__(self, findings: Findings, folder: Path):
        self.findings = findings
        self.folder = folder
        self.pictures: list[Picture | None] = []
        self.pack_title: str | None = None
        self.cards: list[Card] = []
        self.title: str | None = None
        self.level = 0
        self.line = 0
        self.points: list[Point] = []

    def block(self, node) -> None:
        if node.type == "heading":
            self.heading(node)
        elif node.type == "paragraph":
            self.take_pictures(node.children[0], node)
            self.add(_inline_runs(node.children[0], self.title is not None), node)
        elif node.type in _LISTS:
            for item in node.children:
                self.take_pictures(item, item)
                self.add(_numbered(item, _item_runs(item, pictures=self.title is not None)), item)
        elif node.type in ("fence", "code_block"):
            self.add([(node.content, False)], node)
        elif node.type == "blockquote":
            for child in node.children:
                self.block(child)
        elif node.type == "html_block":
            self.findings.warn("ignored an HTML block — write its text as Markdown", _line(node))

    def take_pictures(self, inline, node) -> None:
        """The pictures (``![alt](path)``) under a card heading, found beside the notes; the first is its image."""
        if self.title is None:
            return
        for image in _images(inline):
            self.pictures.append(found_picture(image.attrs.get("src", ""), self.folder, self.findings, _line(node)))

    def heading(self, node) -> None:
        level = int(node.tag[1:])
        text = point_from_runs(_inline_runs(node.children[0]))
        if level == 1 and self.pack_title is None and not self.cards and self.title is None:
            self.pack_title = text.text if text else None
            return
        self.finish(next_level=level)
        self.title, self.level, self.line, self.points = (text.text if text else None), level, _line(node), []
        self.pictures = []
        if self.title is None:
            self.findings.warn("an empty heading: its points are skipped — write the card's title after the #s", self.line)

    def add(self, runs: list[Run], node) -> None:
        point = point_from_runs(runs)
        if point is None:
            return
        if self.title is None and self.level == 0:
            self.findings.warn(f"ignored {quoted_text(point.text)}: it comes before the first card heading"
                               " — put it under a “## Card title” heading", _line(node))
            return
        self.points.append(point)

    def finish(self, next_level: int | None) -> None:
        """Close the open card; a heading with no points is a section heading when a deeper one follows."""
        if self.title is not None and self.points:
            warn = lambda message: self.findings.warn(message, self.line)  # noqa: E731
            heading = translated_heading(self.title, warn)
            card = Card(title=heading.text, title_formulas=heading.formulas,
                        points=tuple(translated(p, warn) for p in self.points))
            self.cards.append(with_pictures(card, self.pictures, []))
        elif self.title is not None and (next_level is None or next_level <= self.level):
            self.findings.warn(f"the card {quoted_text(self.title)} has no points — skipped;"
                               " put “- point” lines under its heading", self.line)


def _line(node) -> int | None:
    return node.map[0] + 1 if node.map else None


def _images(node) -> list:
    """The image nodes inside ``node``, in order."""
    if node.type == "image":
        return [node]
    return [image for child in node.children for image in _images(child)]


def _item_runs(item, depth: int = 0, pictures: bool = False) -> list[Run]:
    """A list item as runs: its own text, then its nested items joined to it."""
    own: list[Run] = []
    children: list[list[Run]] = []
    for child in item.children:
        if child.type in _LISTS:
            children.extend(_numbered(grandchild, _item_runs(grandchild, depth + 1, pictures))
                            for grandchild in child.children)
        elif child.type == "paragraph":
            runs = _inline_runs(child.children[0], pictures)
            own.extend([(" ", False), *runs] if own else runs)
        elif child.type in ("fence", "code_block"):
            own.append((" " + child.content, False))
    if not own:  # an item that only holds a list, such as "- 1. first"
        return listed(children, "; ")
    if depth and children:  # deeper levels in brackets, so "a: b (c, d); e" keeps its shape
        return [*own, (" (", False), *listed(children, ", "), (")", False)]
    return joined(own, children)


def _numbered(item, runs: list[Run]) -> list[Run]:
    """An ordered list item's runs with its number as written (``1956.``), unless the list only counts 1, 2, 3…

    A list of steps numbered from 1 keeps its order as points, so the count
    adds nothing; any other number (a year, a list resumed at 4) is content.
    """
    if item.type != "list_item" or not item.info:
        return runs
    siblings = item.parent.children
    if len(siblings) > 1 and siblings[0].info.lstrip("0") == "1":
        return runs
    return [(f"{item.info}{item.markup} ", False), *runs]


def _inline_runs(inline, pictures: bool = False) -> list[Run]:
    """The inline content's text; strong emphasis marks key terms, other markup keeps only its text; ``<sup>`` and
    ``<sub>`` become notation; with ``pictures`` an image is taken as a picture, so its alt text is left out."""
    runs: list[Run] = []

    def walk(node, strong: bool) -> None:
        if node.type == "strong":
            strong = True
        if node.type in ("text", "code_inline"):
            runs.append((node.content, strong))
        elif node.type in ("softbreak", "hardbreak"):
            runs.append((" ", strong))
        elif node.type == "html_inline" and node.content.lower() in _SCRIPT_TAGS:
            runs.append((_SCRIPT_TAGS[node.content.lower()], strong))
        elif node.type == "image":
            if not pictures:
                runs.append((node.content, strong))
            return
        for child in node.children:
            walk(child, strong)

    walk(inline, False)
    return runs


IMPORTER = Importer(
    name="markdown",
    summary="Markdown notes: # pack, ## card, - point (.md)",
    suffixes=(".md", ".markdown"),
    looks_like=looks_like,
    read=read,
)
