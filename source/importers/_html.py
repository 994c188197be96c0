"""HTML fields as lines of runs, with the standard library's HTML parser.

Anki stores fields as HTML. Line breaks, blocks and list items start a new
line (a new point); ``<b>`` and ``<strong>`` mark key terms; entities are
decoded; every other tag is dropped, keeping its text.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ._points import Run

_BLOCKS = frozenset({"br", "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "hr",
                     "h1", "h2", "h3", "h4", "h5", "h6", "pre"})
_TERMS = frozenset({"b", "strong"})
_HIDDEN = frozenset({"script", "style"})
_LOOKS_LIKE_HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds a tag or an entity."""
    return bool(_LOOKS_LIKE_HTML.search(text))


def html_lines(fragment: str) -> list[list[Run]]:
    """The fragment's text as lines of runs, blank lines left out."""
    parser = _LineParser()
    parser.feed(fragment)
    parser.close()
    return [line for line in parser.lines if any(text.strip() for text, _ in line)]


class _LineParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[Run]] = [[]]
        self.bold = 0
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _TERMS:
            self.bold += 1
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.lines.append([])

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:  # <br/>, <hr/>: a break, and nothing left open
            self.lines.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _TERMS:
            self.bold = max(0, self.bold - 1)
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.lines.append([])

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1].append((data, self.bold > 0))
