import re

import pytest

from studypack.errors import StudypackError
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.inline import mark


def _read(text, **options):
    return import_text(text, "deck.txt", "anki", ImportOptions(**options))


def _cards(imported):
    return [(card.title, [mark(point) for point in card.points]) for card in imported.pack.cards]


def test_meta_columns_are_not_card_text_and_tags_become_card_tags(fixtures):
    imported = import_file(fixtures / "anki_notes.txt")
    assert imported.format == "anki"
    first = imported.pack.cards[0]
    assert (first.title, first.tags) == ("Secret speech", ("politics", "1956"))
    assert not [card for card in imported.pack.cards if "History::" in card.title or "Basic" in card.title]


def test_the_one_deck_of_every_note_names_the_pack(fixtures):
    assert import_file(fixtures / "anki_notes.txt").pack.title == "Khrushchev era"


def test_title_option_wins_over_the_deck(fixtures):
    assert import_file(fixtures / "anki_notes.txt", options=ImportOptions(title="Mine")).pack.title == "Mine"


def test_html_breaks_become_points_bold_key_terms_and_entities_are_decoded(fixtures):
    assert _cards(import_file(fixtures / "anki_notes.txt"))[0][1] == [
        "Given in **1956**.", "Attacked Stalin's cult & the purges."
    ]


def test_a_cloze_is_asked_in_the_title_and_answered_with_key_terms(fixtures):
    assert _cards(import_file(fixtures / "anki_notes.txt"))[1] == (
        "In […] the [satellite] was launched.",
        ["In **1957** the **Sputnik** was launched.", "The first artificial satellite"],
    )


def test_quoted_fields_may_hold_tabs_and_line_breaks_and_lists_become_points(fixtures):
    assert _cards(import_file(fixtures / "anki_notes.txt"))[2] == (
        "Virgin Lands: an overview", ["Kazakhstan", "Western Siberia", "Dust storms by 1963"]
    )


@pytest.mark.parametrize("name, sep", [
    ("tab", "\t"), ("Tab", "\t"), ("comma", ","), ("Semicolon", ";"), ("pipe", "|"), ("space", " "), ("colon", ":"),
    ("|", "|"),
])
def test_the_separator_header_names_the_field_separator(name, sep):
    assert _cards(_read(f"#separator:{name}\n#html:false\nSputnik{sep}satellite\n")) == [("Sputnik", ["satellite"])]


def test_without_a_separator_header_fields_are_tab_separated():
    assert _cards(_read("#html:false\nSputnik\tFirst, satellite\n")) == [("Sputnik", ["First, satellite"])]


def test_html_false_keeps_tags_as_text_and_line_breaks_as_points():
    text = '#separator:tab\n#html:false\nSputnik\t"<b>not bold</b>\nlaunched 1957"\n'
    assert _cards(_read(text)) == [("Sputnik", ["<b>not bold</b>", "launched 1957"])]


def test_without_an_html_header_html_is_recognised_in_the_fields():
    assert _cards(_read("#separator:tab\nSputnik\tFirst <b>satellite</b>\n")) == [("Sputnik", ["First **satellite**"])]


def test_columns_header_names_a_tags_column():
    text = "#separator:Pipe\n#html:true\n#columns:Front|Back|Tags\nSputnik|First satellite|space 1957\n"
    imported = _read(text)
    assert _cards(imported) == [("Sputnik", ["First satellite"])]
    assert imported.pack.cards[0].tags == ("space", "1957")


def test_tags_deck_and_notetype_headers_apply_to_every_note():
    text = "#separator:tab\n#tags:khrushchev exam\n#deck:Russia::Thaw\n#notetype:Cloze\n#html:false\nThe {{c1::Thaw}} eased censorship.\n"
    imported = _read(text)
    assert imported.pack.title == "Thaw"
    assert _cards(imported) == [("The […] eased censorship.", ["The **Thaw** eased censorship."])]
    assert imported.pack.cards[0].tags == ("khrushchev", "exam")


def test_a_legacy_tags_first_line_tags_every_note():
    assert _read("tags:old\n#separator:tab\nSputnik\tsatellite\n").pack.cards[0].tags == ("old",)


def test_guid_and_notetype_columns_are_left_out():
    text = "#separator:comma\n#guid column:1\n#notetype column:2\nabc123,Basic,Sputnik,satellite\n"
    assert _cards(_read(text)) == [("Sputnik", ["satellite"])]


def test_comment_lines_between_notes_are_skipped():
    assert [card.title for card in _read("#separator:tab\nA\ta\n# a comment\nB\tb\n").pack.cards] == ["A", "B"]


def test_cloze_hints_nesting_and_bold_inside_a_cloze():
    text = "#separator:tab\nIn {{c1::<b>1961</b> {{c2::Gagarin::who}}::when and who}} flew.\t\n"
    assert _cards(_read(text)) == [("In [when and who] flew.", ["In **1961 Gagarin** flew."])]


def test_other_tags_are_dropped_with_their_style_and_sounds():
    text = ('#separator:tab\n#html:true\n<i>Sputnik</i>[sound:beep.mp3]\t'
            '<style>.x{}</style><span class="x">First</span> <img src="s.png">satellite &lt;1957&gt;\n')
    assert _cards(_read(text)) == [("Sputnik", ["First satellite <1957>"])]


def test_an_unknown_header_is_a_warning_naming_its_line():
    imported = _read("#separator:tab\n#colour:red\nSputnik\tsatellite\n")
    assert [str(warning) for warning in imported.warnings] == [
        "deck.txt:2: unknown header line “#colour:” ignored — Anki's headers are #separator, #html, #columns,"
        " #tags, #deck, #notetype and #guid/#notetype/#deck/#tags column"
    ]


def test_bad_header_values_are_errors_naming_their_lines():
    with pytest.raises(StudypackError) as raised:
        _read("#separator:dash\n#html:maybe\n#tags column:last\nSputnik\tsatellite\n")
    assert [str(problem) for problem in raised.value.problems] == [
        "deck.txt:1: unknown separator “dash” — write one of tab, comma, semicolon, pipe, space, colon,"
        " or the separating character itself",
        "deck.txt:2: “#html:” should be true or false, found “maybe”",
        "deck.txt:3: “#tags column:” needs a column number counted from 1, found “last”",
    ]


def test_a_basic_note_with_one_field_is_an_error_naming_its_line():
    with pytest.raises(StudypackError, match=re.escape(
        "deck.txt:3: this note has one field, “Gagarin” — a Basic note needs a front and a back separated by a tab;"
        " if the file uses another separator, say so with a “#separator:” line"
    )):
        _read("#separator:tab\nSputnik\tsatellite\nGagarin\n")
