"""Whatever a pack or notes file holds, reading it ends in a Pack or a clear StudypackError.

"Clear" is checked too: every problem has a message of words (no Python
reprs, no traceback text) and, for packs, the file it is in.
"""
from __future__ import annotations

import re

from hypothesis import given, strategies as st

from studypack.errors import StudypackError
from studypack.source import load, loads
from studypack.source.importers import IMPORTERS, import_text
from studypack.source.writer import dump

_REPR = re.compile(r"<class |Traceback|object at 0x|Error\(")

# Pieces that make YAML and our marks go wrong in every known way.
_FRAGMENTS = st.sampled_from([
    "title:", "title: T", "cards:", "  - title: A", "    points:", "      - ", "      - x", "  -", "- ",
    "**", "*", "&a", "*a", "<<: *a", ": ", "\t", "'", '"', "[", "]", "{", "}", "|", ">", "#", "---", "...",
    "Result: more", "**Stalin** died", "\\*", "%YAML 1.1", "!!str", "!!binary", "? ", "@", "`", "1956",
    "yes", "null", "~", "3.50", "\u00a0", "\ufeff", "é", "Ж", "中", "\x00", "\x85", "\u2028",
])


@st.composite
def yamlish(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        indent = " " * draw(st.sampled_from([0, 2, 4, 6, 3]))
        lines.append(indent + "".join(draw(st.lists(_FRAGMENTS, min_size=1, max_size=4))))
    return "\n".join(lines)


def assert_clear(error: StudypackError, name: str | None = None) -> None:
    assert error.problems
    for problem in error.problems:
        assert problem.message and not _REPR.search(problem.message), problem.message
        if name is not None:
            assert problem.file == name


def read_or_refuse(text: str):
    try:
        return loads(text, "fuzz.yaml")
    except StudypackError as error:
        assert_clear(error, "fuzz.yaml")
        return None


@given(st.text(max_size=300))
def test_any_text_loads_or_is_refused_clearly(text):
    read_or_refuse(text)


@given(yamlish())
def test_broken_yaml_loads_or_is_refused_clearly(text):
    read_or_refuse(text)


@given(st.binary(max_size=300))
def test_any_bytes_load_or_are_refused_clearly(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "pack.yaml"
    path.write_bytes(data)
    try:
        load(path)
    except StudypackError as error:
        assert_clear(error, str(path))


_POINT_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@given(st.lists(st.tuples(_POINT_TEXT, st.lists(_POINT_TEXT, min_size=1, max_size=3)), min_size=1, max_size=4), _POINT_TEXT)
def test_a_pack_that_loads_survives_writing_and_reading_back(cards, title):
    lines = [f"title: {_quote(title)}", "cards:"]
    for card_title, points in cards:
        lines.append(f"  - title: {_quote(card_title)}")
        lines.append("    points:")
        lines += [f"      - {_quote(point)}" for point in points]
    pack = read_or_refuse("\n".join(lines) + "\n")
    if pack is not None:
        again = loads(dump(pack), "again.yaml")
        assert again.title == pack.title
        assert [(c.title, c.points) for c in again.cards] == [(c.title, c.points) for c in pack.cards]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


_NOTE_FRAGMENTS = st.sampled_from([
    "•", "  • ", "1 of 3", "2 of 3", "12 of 2", "Created by: x", "No comments have yet been made",
    "# ", "## ", "- ", "  - ", "**", "*", "`", "> ", "1. ", "---",
    "\t", ",", ";", '"', '""', "term", "definition",
    "#separator:tab", "#separator:comma", "#html:true", "#html:false", "#columns:Front\tBack\tTags",
    "#tags column:3", "#deck column:1", "#notetype column:2", "#guid column:1", "{{c1::", "}}", "::hint",
    "<b>", "</b>", "<br>", "<div>", "</div>", "<ul><li>", "&amp;", "&#x41;", "&bogus;", "<script>",
    "Stalin", "1956", "é", "Ж",
])


@st.composite
def notes(draw) -> str:
    lines = ["".join(draw(st.lists(_NOTE_FRAGMENTS, max_size=5))) for _ in range(draw(st.integers(0, 12)))]
    return "\n".join(lines)


@given(st.sampled_from(sorted(IMPORTERS) + ["auto"]), st.one_of(notes(), st.text(max_size=200)))
def test_any_notes_import_or_are_refused_clearly_and_imports_read_back(format_name, text):
    suffix = {"markdown": ".md", "csv": ".csv", "tsv": ".tsv", "anki": ".txt", "getrevising": ".txt"}.get(format_name, ".txt")
    try:
        imported = import_text(text, f"notes{suffix}", format_name)
    except StudypackError as error:
        assert_clear(error)
        return
    again = loads(dump(imported.pack), "again.yaml")
    assert [(c.title, c.points) for c in again.cards] == [(c.title, c.points) for c in imported.pack.cards]
