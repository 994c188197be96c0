"""Import → write → load gives back the same content, for every format and for awkward text."""
import pytest

from studypack.source import loads
from studypack.source.importers import import_file, import_text
from studypack.source.writer import dump

FIXTURE_FILES = ["getrevising_page.txt", "khrushchev_notes.md", "terms.csv", "quizlet_export.txt", "anki_notes.txt"]


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_every_fixture_reads_back_the_same_after_writing(fixtures, content, name):
    pack = import_file(fixtures / name).pack
    assert content(loads(dump(pack))) == content(pack)


@pytest.mark.parametrize("title, point", [
    ("1956", "**Stalin** died: a colon and a star first"),
    ("Result: more power", "- a dash, # a hash and 'quotes'"),
    ('"Thaw": a novel', 'He said "no" \\ and left'),
    ("[1956]", "{braces} & &anchors *stars*"),
    ("? what", "ends with a colon:"),
])
def test_awkward_getrevising_text_reads_back_the_same(content, title, point):
    imported = import_text(f"{title}\n• {point}\n1 of 1\n", "page.txt", "getrevising")
    assert content(loads(dump(imported.pack))) == content(imported.pack)
    assert imported.pack.cards[0].points[0].text == point


@pytest.mark.parametrize("markdown", [
    "## C\n- a **term** then \\*\\* literal\n",
    "## C\n- **a**\\\\ backslash after a term\n",
    "## C\n- a backslash before a term \\\\**b**\n",
    "## C\n- **term ending in a backslash\\\\**\n",
    "## C\n- `code with **stars**` and **bold `code`**\n",
])
def test_key_terms_next_to_stars_or_backslashes_read_back_the_same(content, markdown):
    pack = import_text(markdown, "notes.md").pack
    assert content(loads(dump(pack))) == content(pack)
