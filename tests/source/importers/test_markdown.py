import pytest

from studypack.errors import StudypackError
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.inline import mark


def _read(text, **options):
    return import_text(text, "notes.md", "markdown", ImportOptions(**options))


def _marked(card):
    return [mark(point) for point in card.points]


def test_hash_heading_is_the_pack_title_and_double_hash_headings_are_cards(fixtures):
    pack = import_file(fixtures / "khrushchev_notes.md").pack
    assert pack.title == "The Khrushchev era"
    assert [card.title for card in pack.cards] == [
        "The Secret Speech", "De-Stalinisation: first steps", "Hungary, 1956", "Cuba, 1962"
    ]


def test_bold_stays_a_key_term_and_other_emphasis_keeps_only_its_text(fixtures):
    speech = import_file(fixtures / "khrushchev_notes.md").pack.cards[0]
    assert tuple(text for text, is_term in speech.points[0].runs() if is_term) == ("February 1956", "20th Party Congress")
    assert speech.points[3].text == "Delegates were stunned; some fainted."


def test_nested_bullets_join_their_parent_and_deeper_ones_go_in_brackets(fixtures):
    speech = import_file(fixtures / "khrushchev_notes.md").pack.cards[0]
    assert _marked(speech)[1:3] == [
        "Its charges: the **cult of personality**; the purges of the 1930s",
        "Reactions: shock (riots in Georgia); applause",
    ]


def test_numbered_lists_code_links_and_escapes_keep_their_text(fixtures):
    steps = import_file(fixtures / "khrushchev_notes.md").pack.cards[1]
    assert [point.text for point in steps.points] == [
        "Release of prisoners from the Gulag.",
        "Stalin's body was removed from the mausoleum in 1961.",
        "A literal *asterisk* stays text.",
    ]
    assert steps.points[2].terms == ()


def test_a_heading_with_only_deeper_headings_under_it_is_a_section_not_a_card(fixtures):
    imported = import_file(fixtures / "khrushchev_notes.md")
    assert "Foreign policy" not in [card.title for card in imported.pack.cards]
    assert not [warning for warning in imported.warnings if "Foreign policy" in warning.message]


def test_paragraphs_and_quotes_under_a_heading_become_points(fixtures):
    cuba = import_file(fixtures / "khrushchev_notes.md").pack.cards[3]
    assert _marked(cuba) == ["The missiles were withdrawn from **Cuba**."]


def test_text_before_the_first_card_is_ignored_with_a_warning(fixtures):
    imported = import_file(fixtures / "khrushchev_notes.md")
    assert [str(warning) for warning in imported.warnings] == [
        f"{fixtures / 'khrushchev_notes.md'}:3: ignored “A short introduction that belongs to no…”:"
        " it comes before the first card heading — put it under a “## Card title” heading"
    ]


def test_a_card_heading_without_points_is_skipped_with_a_warning():
    imported = _read("# Pack\n\n## Empty\n\n## Full\n\n- a point\n")
    assert [card.title for card in imported.pack.cards] == ["Full"]
    assert [str(warning) for warning in imported.warnings] == [
        "notes.md:3: the card “Empty” has no points — skipped; put “- point” lines under its heading"
    ]


def test_title_option_wins_over_the_hash_heading():
    assert _read("# In the file\n## Card\n- point\n", title="Given").pack.title == "Given"


def test_without_a_hash_heading_the_pack_is_named_after_the_file():
    assert _read("## Card\n- point\n").pack.title == "notes"


def test_a_file_without_card_headings_is_an_error():
    with pytest.raises(StudypackError, match=(
        "^notes.md:1: found no cards — start each card with a “## Card title” heading"
        " and put its points under it as “- point” lines$"
    )):
        _read("# Only a title\n")
