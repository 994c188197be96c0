"""Loading packs: text exactly as typed, and errors that say where and how to fix."""
from __future__ import annotations

import pytest

from studypack.errors import StudypackError
from studypack.source import load, loads

VALID = """\
title: The Cold War
cards:
  - title: Berlin
    points:
      - The **airlift** began in **1948**.
"""


def problems_of(text: str, name: str = "p.yaml") -> list[str]:
    with pytest.raises(StudypackError) as caught:
        loads(text, name)
    return [str(problem) for problem in caught.value.problems]


def write(tmp_path, text: str | bytes, name: str = "pack.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# -- what a valid pack becomes ------------------------------------------------

def test_valid_pack_loads_cards_points_and_key_terms():
    pack = loads(VALID)
    assert pack.title == "The Cold War"
    point = pack.cards[0].points[0]
    assert point.text == "The airlift began in 1948."
    assert tuple(text for text, is_term in point.runs() if is_term) == ("airlift", "1948")
    assert point.runs() == (("The ", False), ("airlift", True), (" began in ", False), ("1948", True), (".", False))


def test_every_scalar_stays_text_exactly_as_typed():
    pack = loads("title: 1956\ncards:\n  - title: 2004-08-16\n    date: 1956-02-25\n    points:\n      - yes\n      - 3.50\n      - 1e3\n      - null\n")
    card = pack.cards[0]
    assert pack.title == "1956"
    assert card.title == "2004-08-16" and card.date == "1956-02-25"
    assert [point.text for point in card.points] == ["yes", "3.50", "1e3", "null"]


def test_points_may_be_one_string_and_tags_a_comma_list():
    pack = loads("title: T\ncards:\n  - title: A\n    points: Only one fact\n    tags: politics, economy\n")
    assert [p.text for p in pack.cards[0].points] == ["Only one fact"]
    assert pack.cards[0].tags == ("politics", "economy")


def test_optional_pack_fields_and_locations_are_kept():
    pack = loads("title: T\nsubject: History\ncourse: A-level\nauthor: Ms Lee\nlevel: Year 12\ncards:\n  - title: A\n    points: [x]\n")
    assert (pack.subject, pack.course, pack.author, pack.level) == ("History", "A-level", "Ms Lee", "Year 12")
    assert pack.cards[0].line == 7


def test_utf8_with_a_byte_order_mark_loads(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + "title: Café\ncards:\n  - title: Ж\n    points: [Привет]\n".encode())
    pack = load(path)
    assert pack.title == "Café" and pack.cards[0].points[0].text == "Привет"


def test_escaped_asterisk_is_literal_and_spaces_are_normalised():
    pack = loads('title: T\ncards:\n  - title: A\n    points:\n      - "2 \\\\* 3   is\\n six"\n')
    assert pack.cards[0].points[0].text == "2 * 3 is six"


# -- files ---------------------------------------------------------------------

def test_missing_file_is_named(tmp_path):
    with pytest.raises(StudypackError, match=r"nope\.yaml: no such file — check the name and folder$"):
        load(tmp_path / "nope.yaml")


def test_folder_instead_of_file_is_named(tmp_path):
    with pytest.raises(StudypackError, match="is a folder, not a file — name a pack file inside it"):
        load(tmp_path)


def test_bytes_that_are_not_utf8_are_located_by_offset(tmp_path):
    path = write(tmp_path, b"title: T\ncards:\n  - title: caf\xe9\n")
    with pytest.raises(StudypackError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}:3:15: not UTF-8: byte 0xE9 at byte offset 30 cannot be read"
        " — save the file as UTF-8 (Save As… → Encoding: UTF-8)"
    )


def test_utf16_file_is_refused_with_the_fix(tmp_path):
    path = write(tmp_path, "title: T\n".encode("utf-16"))
    with pytest.raises(StudypackError, match="the file is UTF-16 — save it as UTF-8"):
        load(path)


def test_empty_file_says_what_a_pack_needs(tmp_path):
    path = write(tmp_path, "  \n")
    with pytest.raises(StudypackError, match=r"the file is empty — a pack needs a title and cards"):
        load(path)


def test_file_of_only_comments_is_treated_as_empty():
    assert problems_of("# nothing yet\n") == ["p.yaml: the file holds only comments — a pack needs a title and cards (see packs/khrushchev.yaml)"]


# -- YAML syntax ------------------------------------------------------------------

def test_tab_indentation_is_located_with_the_fix():
    assert problems_of("title: T\ncards:\n\t- title: A\n") == [
        "p.yaml:3:1: a tab is used for indentation; YAML allows only spaces — replace the tab with spaces"
    ]


def test_unclosed_quote_points_at_the_opening_quote():
    assert problems_of('title: "The Cold War\ncards: []\n') == [
        "p.yaml:1:8: this quote is never closed — add the closing quote at the end of the text"
    ]


def test_other_syntax_errors_keep_yamls_own_position():
    [message] = problems_of("title: T\ncards:\n  - title: A\n   points: [x]\n")
    assert message.startswith("p.yaml:4:")
    assert "YAML syntax error" in message or "colon" in message


def test_two_documents_in_one_file_are_refused():
    [message] = problems_of("title: A\n---\ntitle: B\n")
    assert "more than one YAML document" in message and message.startswith("p.yaml:2:")


# -- structure -------------------------------------------------------------------------

def test_top_level_list_is_refused():
    assert problems_of("- a\n- b\n") == [
        "p.yaml:1:1: the top level is a list, but a pack is a mapping — start with `title: ...` then `cards:`"
    ]


def test_missing_cards():
    assert problems_of("title: T\n") == ["p.yaml:1:1: cards: missing — add `cards:` with at least one card under it"]


def test_empty_cards():
    assert problems_of("title: T\ncards: []\n") == [
        "p.yaml:2:8: cards: the list is empty — add at least one card (`- title: ...` and `points:`)"
    ]


def test_cards_that_are_not_a_list():
    assert problems_of("title: T\ncards: lots\n") == [
        'p.yaml:2:8: cards: should be a list of cards, found the text "lots" — start each card with `- title: ...`'
    ]


def test_card_without_title_or_points():
    assert problems_of("title: T\ncards:\n  - title: A\n  - points: [x]\n") == [
        "p.yaml:3:5: card 1, points: missing — add `points:` with at least one `- point` under it",
        "p.yaml:4:5: card 2, title: missing — add `title: ...` to the card",
    ]


def test_card_written_as_plain_text_shows_the_mapping_to_write():
    assert problems_of("title: T\ncards:\n  - Berlin\n") == [
        'p.yaml:3:5: card 1: a card is a mapping with a title and points, found the text "Berlin"'
        " — write `- title: Berlin` and put its points under `points:`"
    ]


def test_unknown_key_suggests_the_close_one_and_does_not_also_say_missing():
    assert problems_of("titel: T\ncards:\n  - title: A\n    points: [x]\n") == [
        "p.yaml:1:1: titel: unknown key `titel` in a pack — did you mean `title`?"
    ]


def test_unknown_key_with_nothing_close_lists_the_allowed_keys():
    assert problems_of("title: T\ncards:\n  - title: A\n    points: [x]\n    colour: red\n") == [
        "p.yaml:5:5: card 1, colour: unknown key `colour` in a card — the keys allowed here are: title, points, date, tags, id, quiz, image, back_image, gender"
    ]


def test_repeated_key_names_the_first_line():
    assert problems_of("title: T\ntitle: U\ncards:\n  - title: A\n    points: [x]\n") == [
        "p.yaml:2:1: title: appears twice (first on line 1) — keep one"
    ]


def test_every_point_with_two_colons_is_told_at_once_with_its_quoted_fix():
    # "- Simplify 12 : 18 to 2 : 3" stops YAML at its second colon: each such line is named in one run
    text = ("title: T\ncards:\n  - title: Ratios\n    points:\n      - Simplify 12 : 18 to 2 : 3.\n"
            "      - Share £50 in the ratio 2 : 3 : 5.\n      - \"Quoted: fine\"\n")
    assert problems_of(text) == [
        'p.yaml:5:9: a colon followed by a space starts a mapping; quote the line: - "Simplify 12 : 18 to 2 : 3."',
        'p.yaml:6:9: a colon followed by a space starts a mapping; quote the line: - "Share £50 in the ratio 2 : 3 : 5."',
    ]


def test_point_read_as_a_mapping_shows_the_quoted_fix():
    assert problems_of("title: T\ncards:\n  - title: A\n    points:\n      - Result: more power\n") == [
        'p.yaml:5:9: card 1, point 1: a colon followed by a space starts a mapping;'
        ' quote the line: - "Result: more power"'
    ]


def test_point_starting_with_key_term_marks_must_be_quoted():
    assert problems_of("title: T\ncards:\n  - title: A\n    points:\n      - **Stalin** died\n") == [
        'p.yaml:5:9: a line that starts with * must be quoted, or YAML reads it as an alias: - "**Stalin** died"'
    ]


def test_a_point_with_a_colon_before_a_key_term_is_quoted_whole():
    assert problems_of("title: T\ncards:\n  - title: A\n    points:\n      - Exam tip: **always** date it\n") == [
        "p.yaml:5:9: a point with ': ' before a key term must be quoted, or YAML reads it as a mapping:"
        ' - "Exam tip: **always** date it"'
    ]


def test_a_field_whose_value_starts_with_key_term_marks_gets_its_value_quoted():
    assert problems_of("title: T\ncards:\n  - title: **Lenin** returns\n    points:\n      - ok\n") == [
        'p.yaml:3:12: a line that starts with * must be quoted, or YAML reads it as an alias: - title: "**Lenin** returns"'
    ]


@pytest.mark.parametrize("line, fix", [
    ('- "Make in India" campaign, 2014', """- '"Make in India" campaign, 2014'"""),
    ("- 'Ostpolitik' means eastern policy", '- "\'Ostpolitik\' means eastern policy"'),
])
def test_a_point_opening_on_a_quoted_phrase_is_quoted_whole(line, fix):
    # YAML ends the text at the closing quote and reports only "did not find expected '-' indicator"
    assert problems_of(f"title: T\ncards:\n  - title: A\n    points:\n      {line}\n      - ok\n") == [
        "p.yaml:5:9: a text that opens on a quoted phrase must be quoted whole, or YAML ends it at the closing quote: "
        + fix
    ]


def test_a_whole_quoted_point_with_escaped_quotes_is_no_slip_when_another_line_is():
    # a real slip elsewhere makes the scan run over every line; an escaped quote does not close the text
    text = ('title: T\ncards:\n  - title: A\n    points:\n'
            '      - "Kennedy\'s verdict – \\"a wall is better than a war\\"."\n      - **Stalin** died\n')
    assert [problem.split(":")[1] for problem in problems_of(text)] == ["6"]
    doubled = "title: T\ncards:\n  - title: A\n    points:\n      - **Stalin** died\n      - 'Higher tier: it''s fine'\n"
    assert [problem.split(":")[1] for problem in problems_of(doubled)] == ["5"]  # '' is an apostrophe, no closing quote


def test_every_star_slip_is_reported_at_once():
    text = "title: T\ncards:\n  - title: A\n    points:\n      - **Stalin** died\n      - ok\n      - **Lenin** too\n"
    assert [m.split(":")[1] for m in problems_of(text)] == ["5", "7"]


def test_unmatched_key_term_mark_points_at_the_mark():
    assert problems_of("title: T\ncards:\n  - title: A\n    points:\n      - The **airlift began\n") == [
        "p.yaml:5:13: card 1, point 1: this ** opens a key term that is never closed"
        " — close it with ** after the term, or write \\* for a literal asterisk"
    ]


def test_empty_point_and_empty_points_list():
    assert problems_of("title: T\ncards:\n  - title: A\n    points:\n      -\n  - title: B\n    points: []\n") == [
        "p.yaml:5:8: card 1, point 1: the point is empty — write its text after the dash, or delete the line",
        "p.yaml:7:13: card 2, points: the list is empty — add at least one `- point`",
    ]


def test_all_problems_of_a_file_are_reported_together():
    text = "titel: T\ncards:\n  - title: A\n    points:\n      - Result: more\n      - x ** y\n  - title: B\n"
    messages = problems_of(text)
    assert len(messages) == 4
    assert [int(m.split(":")[1]) for m in messages] == sorted(int(m.split(":")[1]) for m in messages)


def test_aliases_are_refused_where_they_stand_so_an_alias_bomb_never_expands():
    bomb = ["title: T", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 12):
        previous = f"*a{level - 1}"
        bomb.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    bomb.append("cards:\n  - title: A\n    points: *a11\n")
    text = "\n".join(bomb)
    messages = problems_of(text)  # expanded, the bomb would hold 10^12 items
    refused = [m for m in messages if "anchors and aliases (&name, *name) are not supported" in m]
    assert text.count("*a") == 111
    assert len(refused) == len({m.split(": ")[0] for m in refused}) == 10  # the first ten, each at its own place
    assert "p.yaml: … and 101 more like this — fix those above, then check again to see the rest" in messages  # then a count, not 101 more lines
    assert any("unknown key `a0`" in message for message in messages)


def test_a_card_used_twice_through_an_alias_is_refused():
    text = "title: T\ncards:\n  - &c\n    title: A\n    points: [x]\n  - *c\n"
    assert problems_of(text) == [
        "p.yaml:6:5: anchors and aliases (&name, *name) are not supported in packs — write the text out"
    ]


def test_the_example_pack_loads_with_enough_key_terms():
    from studypack.pipeline import BUNDLED_EXAMPLE

    pack = load(BUNDLED_EXAMPLE)
    assert len(pack.cards) == 10
    assert sum(len(point.terms) for card in pack.cards for point in card.points) >= 15


def test_a_pack_with_too_many_cards_is_refused_as_soon_as_the_limit_is_passed(monkeypatch):
    from studypack.source import loader

    monkeypatch.setattr(loader, "MAX_CARDS", 3)
    cards = "".join(f"  - title: C{n}\n    points: [x]\n" for n in range(1, 6))
    assert problems_of("title: T\ncards:\n" + cards) == [
        "p.yaml:9:5: card 4: the pack has more than 3 cards — split it into several packs, one per topic"
    ]


def test_a_huge_point_is_refused_with_its_length():
    huge = "word " * 2_000
    assert problems_of(f"title: T\ncards:\n  - title: A\n    points:\n      - {huge}\n") == [
        "p.yaml:5:9: card 1, point 1: the text is 9,999 characters long; the most is 5,000 — split it into several points"
    ]


def test_a_backslash_in_double_quotes_is_told_to_use_single_quotes():
    (message,) = problems_of('title: T\ncards:\n  - title: A\n    points:\n      - "Salt is \\ce{NaCl}."\n')
    assert message.startswith("p.yaml:5:") and "use single quotes around this text" in message


def test_a_command_yaml_reads_as_an_escape_in_double_quotes_is_named_where_it_stands():
    """"$\\frac{a}{b}$" in double quotes loads as a form feed and "rac": the pack says so instead of printing it."""
    text = ('title: Probability\ncards:\n  - title: Relative frequency\n    points:\n'
            '      - "Relative frequency $= \\frac{\\text{frequency}}{\\text{trials}}$"\n')
    (problem,) = problems_of(text, "prob.yaml")
    assert problem.startswith("prob.yaml:5:32: card 1, point 1: `\\frac` in double quotes")
    assert "single quotes" in problem and "`\\\\frac`" in problem
    single = text.replace('"Relative frequency $= \\frac{\\text{frequency}}{\\text{trials}}$"',
                          "'Relative frequency $= \\frac{\\text{frequency}}{\\text{trials}}$'")
    assert loads(single, "prob.yaml").cards[0].points[0].text.startswith("Relative frequency")
    assert loads(text.replace("\\frac", "\\\\frac").replace("\\text", "\\\\text"), "prob.yaml").cards
    assert loads('title: T\ncards:\n  - title: C\n    points:\n      - "a\\tbc, written back by the writer"\n',
                 "t.yaml").cards  # a tab before letters that make no maths command is text


def test_a_quoted_field_value_with_colons_is_read_and_an_unquoted_one_is_told_to_quote_its_value():
    """"- title: 'Worked example: masses'" is good YAML: it was reported, with a fix that turned the card into text."""
    text = ("title: Moles\ncards:\n  - title: 'Worked example: reacting masses'\n    points:\n"
            "      - Ratio of moles is 1 : 1 : 1 here.\n")
    (problem,) = problems_of(text, "m.yaml")
    assert problem.startswith("m.yaml:5:9:") and 'quote the line: - "Ratio of moles is 1 : 1 : 1 here."' in problem
    (problem,) = problems_of(text.replace("'Worked example: reacting masses'", "Worked example: reacting masses")
                             .replace("1 : 1 : 1", "1:1:1"), "m.yaml")
    assert problem.startswith("m.yaml:3:12:") and 'quote the value: - title: "Worked example: reacting masses"' in problem


def test_a_quote_typed_with_a_backslash_in_an_unquoted_line_prints_as_the_quote():
    pack = loads('title: Ming\ncards:\n  - title: The tribute system\n    points:\n'
                 '      - China as the \\"Middle Kingdom\\" at the centre of **tribute** missions.\n'
                 "      - 'Envoys called it the \\\"Son of Heaven\\\"'\n")
    assert [point.text for point in pack.cards[0].points] == [
        'China as the "Middle Kingdom" at the centre of tribute missions.', 'Envoys called it the "Son of Heaven"']
    assert pack.cards[0].points[0].terms  # (the mark after the quotes is still read)
