import csv
import io

from studypack.exporters import export_pack
from studypack.source import loads
from studypack.source.importers import import_file

PACK = """\
title: Cold War
cards:
  - title: Sputnik, "the first"
    points:
      - The first **satellite**, launched in **1957**.
      - It alarmed the "USA".
  - title: U-2 incident
    points:
      - A US spy plane shot down over the **USSR** in 1960.
  - title: Star \\* rating
    points:
      - A 5\\* hotel is not a **key \\* term** joke.
"""


def _cards(pack):
    return [(card.title, [(point.text, point.terms) for point in card.points]) for card in pack.cards]


def _texts(pack):
    return [(card.title, [point.text for point in card.points]) for card in pack.cards]


def test_quizlet_is_one_card_a_line_term_tab_points_joined_with_semicolons():
    exported = export_pack(loads(PACK), "quizlet")
    assert exported.suffix == ".txt"
    assert exported.data.decode("utf-8").split("\n") == [
        'Sputnik, "the first"\tThe first satellite, launched in 1957.; It alarmed the "USA".',
        "U-2 incident\tA US spy plane shot down over the USSR in 1960.",
        "Star * rating\tA 5* hotel is not a key * term joke.",
        "",
    ]


def test_csv_has_a_header_and_quotes_as_rfc_4180_says():
    exported = export_pack(loads(PACK), "csv")
    text = exported.data.decode("utf-8")
    assert exported.suffix == ".csv"
    assert text.startswith('term,definition\r\n"Sputnik, ""the first""","The first **satellite**, launched in **1957**.;'
                           ' It alarmed the ""USA""."\r\nU-2 incident,A US spy plane')
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["term", "definition"] and len(rows) == 4
    assert rows[3] == ["Star \\* rating", "A 5\\* hotel is not a **key \\* term** joke."]


def test_csv_imports_back_into_the_same_cards_with_their_key_terms(tmp_path):
    pack = loads(PACK)
    path = tmp_path / "cold-war.csv"
    path.write_bytes(export_pack(pack, "csv").data)
    assert _cards(import_file(path).pack) == _cards(pack)


def test_quizlet_imports_back_into_the_same_titles_and_points(tmp_path):
    pack = loads(PACK)
    path = tmp_path / "cold-war.txt"
    path.write_bytes(export_pack(pack, "quizlet").data)
    imported = import_file(path)
    assert imported.format == "tsv"
    assert _texts(imported.pack) == _texts(pack)


def test_what_a_row_cannot_hold_is_named_card_by_card_in_one_warning():
    pack = loads(PACK.replace("  - title: U-2 incident\n", "  - title: U-2 incident\n    date: 1960\n    tags: [spies]\n")
                 .replace("in 1960.", "in 1960; Powers was captured."))
    assert [str(warning) for warning in export_pack(pack, "quizlet").warnings] == [
        "<pack>: Quizlet cannot hold everything in this pack — key-term marks left out, as Quizlet's import takes"
        " plain text (cards 1, 2, 3); dates left out, as a row has only a term and a definition (card 2); tags left"
        " out, as a row has only a term and a definition (card 2); a “;” inside a point, which reads back as a break"
        " between two points (card 2)"
    ]
    assert [str(warning) for warning in export_pack(pack, "csv").warnings] == [
        "<pack>: CSV cannot hold everything in this pack — dates left out, as a row has only a term and a definition"
        " (card 2); tags left out, as a row has only a term and a definition (card 2); a “;” inside a point, which"
        " reads back as a break between two points (card 2)"
    ]


def test_a_pack_a_csv_holds_whole_gives_no_warning():
    assert export_pack(loads(PACK), "csv").warnings == ()
