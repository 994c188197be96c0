import re

import pytest

from studypack.errors import StudypackError
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.writer import dump

PAGE_END = "\nNo comments have yet been made\n"


def _read(text, name="page.txt"):
    return import_text(text, name, "getrevising")


def _titles(imported):
    return [card.title for card in imported.pack.cards]


def _points(card):
    return [point.text for point in card.points]


def test_each_card_is_its_title_points_and_counter(fixtures):
    imported = import_file(fixtures / "getrevising_page.txt")
    assert imported.format == "getrevising"
    assert _titles(imported) == [
        '1956: The "Secret Speech" & its shock',
        "1956",
        "Virgin Lands: aims and results",
        "Reasons for Khrushchev's fall from power in Oct 19",
        "'Peaceful coexistence' with the West",
    ]


def test_site_header_and_footer_are_not_card_text(fixtures):
    imported = import_file(fixtures / "getrevising_page.txt")
    every_text = [text for card in imported.pack.cards for text in [card.title, *_points(card)]]
    assert not [text for text in every_text if re.search("Created|comments|resources", text)]


def test_blank_lines_between_bullets_do_not_split_a_card(fixtures):
    hungary = import_file(fixtures / "getrevising_page.txt").pack.cards[1]
    assert _points(hungary) == [
        "Hungary rose against Soviet control in October.",
        "Soviet tanks crushed the rising in November.",
        "Imre Nagy was later tried in secret and executed.",
    ]


def test_a_card_without_bullets_takes_its_plain_lines_as_points(fixtures):
    virgin_lands = import_file(fixtures / "getrevising_page.txt").pack.cards[2]
    assert _points(virgin_lands) == [
        "Khrushchev wanted grain from unploughed land in Kazakhstan.",
        "Harvests rose at first: 1956 was a record year.",
        "Poor soil and erosion brought dust storms by 1963.",
    ]


def test_asterisks_typed_on_the_site_stay_text_not_key_terms(fixtures):
    card = import_file(fixtures / "getrevising_page.txt").pack.cards[4]
    assert card.points[1].text == "**Not** a key term: just asterisks typed on the site."
    assert card.points[1].terms == ()


def test_pack_title_is_the_file_name_unless_title_is_given(fixtures):
    path = fixtures / "getrevising_page.txt"
    assert import_file(path).pack.title == "getrevising_page"
    assert import_file(path, options=ImportOptions(title="Khrushchev, 1953–64")).pack.title == "Khrushchev, 1953–64"


def test_a_title_at_the_sites_length_limit_is_kept_and_warned_about(fixtures):
    imported = import_file(fixtures / "getrevising_page.txt")
    assert [str(warning) for warning in imported.warnings] == [
        f"{fixtures / 'getrevising_page.txt'}:27: the title “Reasons for Khrushchev's fall from power in Oct 19”"
        " is 50 characters long, the site's limit, so it may be cut short"
        " — compare it with the page and complete it in the pack"
    ]


def test_a_counter_out_of_step_is_a_warning_naming_the_card():
    imported = _read("One\n• a\n1 of 3\nTwo\n• b\n3 of 3\n" + PAGE_END)
    assert [str(warning) for warning in imported.warnings] == [
        "page.txt:6: card “Two” is numbered 3 of 3 but is card 2 on the page — check that no card is missing",
        "page.txt:6: the page holds 2 cards but its counters say 3 — copy the whole page",
    ]
    assert _titles(imported) == ["One", "Two"]


def test_text_after_the_last_counter_but_before_the_footer_is_warned_about():
    imported = _read("One\n• a\n1 of 1\n\nLost card\n• b\n" + PAGE_END)
    assert [str(warning) for warning in imported.warnings] == [
        "page.txt:5: ignored 2 line(s) after the last card counter, starting “Lost card”"
        " — if they are a card, add its “N of M” line under them"
    ]


def test_a_card_with_only_a_title_is_skipped_with_a_warning():
    imported = _read("One\n• a\n1 of 2\nPicture only\n2 of 2\n")
    assert _titles(imported) == ["One"]
    assert [str(warning) for warning in imported.warnings] == [
        "page.txt:4: card 2 of 2, “Picture only”, has no text under its title (perhaps only a picture) — skipped"
    ]


def test_a_page_without_counters_is_an_error_at_its_first_line():
    with pytest.raises(StudypackError, match=re.escape(
        "page.txt:2: no card counter such as “1 of 10” found — copy the whole card page:"
        " each card is its title, its points and a line such as “1 of 10”"
    )):
        _read("\nThe Speech\n• Khrushchev spoke for four hours.\n")


def test_an_empty_page_is_an_error():
    with pytest.raises(StudypackError, match=re.escape("page.txt:1: the file is empty — there is nothing to import")):
        _read("\n  \n")


def test_titles_with_ampersands_quotes_colons_and_a_year_are_written_as_a_person_would(fixtures):
    written = dump(import_file(fixtures / "getrevising_page.txt").pack)
    assert [line for line in written.splitlines() if line.startswith("  - title:")] == [
        "  - title: '1956: The \"Secret Speech\" & its shock'",
        "  - title: 1956",
        '  - title: "Virgin Lands: aims and results"',
        "  - title: Reasons for Khrushchev's fall from power in Oct 19",
        "  - title: \"'Peaceful coexistence' with the West\"",
    ]
