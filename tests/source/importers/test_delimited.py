import re

import pytest

from studypack.errors import StudypackError
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.inline import mark


def _read(text, name="terms.csv", format="auto", **options):
    return import_text(text, name, format, ImportOptions(**options))


def _cards(imported):
    return [(card.title, [mark(point) for point in card.points]) for card in imported.pack.cards]


def test_a_header_row_is_recognised_and_skipped(fixtures):
    imported = import_file(fixtures / "terms.csv")
    assert imported.format == "csv"
    assert [card.title for card in imported.pack.cards] == [
        "Secret speech", "Virgin Lands", "Peaceful coexistence, 1956"
    ]


def test_a_first_row_of_ordinary_words_is_a_card_not_a_header():
    assert _cards(_read("Question,Stalin\nKhrushchev,First Secretary\n"))[0] == ("Question", ["Stalin"])


@pytest.mark.parametrize("header", ["Term,Definition", "word,meaning", "Front,Back", "Question,Answer"])
def test_common_header_words_are_recognised_in_any_case(header):
    assert _cards(_read(f"{header}\nSputnik,First satellite\n")) == [("Sputnik", ["First satellite"])]


def test_semicolons_and_line_breaks_in_a_definition_make_several_points(fixtures):
    cards = _cards(import_file(fixtures / "terms.csv"))
    assert cards[0][1] == ["Khrushchev's attack on Stalin", "delivered to the 20th Party Congress"]
    assert cards[2][1] == ["War with the West is not inevitable", "Competition instead of conflict"]


def test_key_term_marks_in_a_definition_are_honoured(fixtures):
    assert _cards(import_file(fixtures / "terms.csv"))[1][1] == ["Scheme to farm new land in **Kazakhstan**"]


def test_a_quizlet_export_is_read_as_tab_separated(fixtures):
    imported = import_file(fixtures / "quizlet_export.txt")
    assert imported.format == "tsv"
    assert _cards(imported) == [
        ("Sputnik", ["The first artificial satellite, launched in 1957"]),
        ("Gagarin", ["First man in space", "flew in April 1961"]),
    ]


def test_sep_names_a_separator_and_cuts_at_its_first_occurrence_without_quoting():
    text = 'Sputnik | "The first" satellite | 1957\nGagarin | First man in space\n'
    assert _cards(_read(text, name="terms.txt", sep=" | ")) == [
        ("Sputnik", ['"The first" satellite | 1957']),
        ("Gagarin", ["First man in space"]),
    ]


def test_sep_and_row_sep_read_a_quizlet_custom_export():
    text = "Sputnik\tFirst satellite\nlaunched 1957;;Gagarin\tFirst man in space;;"
    imported = _read(text, name="quizlet.txt", sep="tab", row_sep=";;")
    assert _cards(imported) == [
        ("Sputnik", ["First satellite", "launched 1957"]),
        ("Gagarin", ["First man in space"]),
    ]


def test_a_row_with_one_column_is_an_error_naming_its_line():
    with pytest.raises(StudypackError, match=re.escape(
        "terms.csv:3: this row has one column, “Gagarin” — a card needs a term, a comma and a definition;"
        " if the file uses another separator, name it with --sep"
    )):
        _read("Sputnik,First satellite\n\nGagarin\n")


def test_every_bad_row_is_reported_at_once():
    with pytest.raises(StudypackError) as raised:
        _read("Sputnik\nGagarin\nTereshkova,First woman in space\n")
    assert [problem.line for problem in raised.value.problems] == [1, 2]


def test_a_quote_never_closed_is_an_error_at_its_record():
    with pytest.raises(StudypackError, match=re.escape(
        'terms.csv:2: a quote opened in this record is never closed, so it would run to the end of the file'
    )):
        _read('Sputnik,First satellite\nGagarin,"First man\nin space\n')


def test_extra_columns_are_dropped_with_one_warning():
    imported = _read("Sputnik,First satellite,1957\nGagarin,First man in space,1961\n")
    assert _cards(imported)[1] == ("Gagarin", ["First man in space"])
    assert [str(warning) for warning in imported.warnings] == [
        "terms.csv:1: this row has more than two columns: only the first two (term, definition) are used,"
        " here and in any later rows"
    ]


def test_a_row_with_an_empty_definition_is_skipped_with_a_warning():
    imported = _read("Sputnik,\nGagarin,First man in space\n")
    assert [card.title for card in imported.pack.cards] == ["Gagarin"]
    assert [str(warning) for warning in imported.warnings] == ["terms.csv:1: the definition is empty — row skipped"]
