import html
import os
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from studypack.errors import StudypackError
from studypack.exporters import ExportOptions, export, export_pack
from studypack.source import load, loads
from studypack.source.writer import dump

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"

PACK = """\
title: Cold War
subject: History
cards:
  - title: Sputnik
    date: 1957
    tags: [space, soviet union]
    points:
      - The first **satellite**, launched in **1957**.
      - It alarmed the USA.
  - title: U-2 <incident> & after
    points:
      - A US spy plane shot down over the **USSR** in 1960.
"""


def _edited(text: str) -> str:
    return text.replace("It alarmed the USA.", "It alarmed the **USA** and started the space race.")


def test_one_note_per_card_in_a_subdeck_of_the_subject(apkg):
    pack = load(EXAMPLE)
    package = apkg(export(EXAMPLE, "anki").data)
    assert len(package.notes) == len(pack.cards)
    assert [html.unescape(note["fields"][0]) for note in package.notes] == [card.title for card in pack.cards]
    assert list(package.decks.values()) == ["History::Khrushchev in power, 1953–64"]
    assert {deck for _, deck, _ in package.cards} == set(package.decks)


def test_a_pack_without_a_subject_is_a_top_level_deck(apkg):
    pack = loads(PACK.replace("subject: History\n", ""))
    assert list(apkg(export_pack(pack, "anki").data).decks.values()) == ["Cold War"]


def test_guids_stay_when_a_point_is_edited_so_anki_updates_the_notes(apkg, pack_file):
    path = pack_file(PACK)
    before = apkg(export(path, "anki").data)
    path.write_text(_edited(PACK), encoding="utf-8")
    os.utime(path, (before.notes[0]["mod"] + 60, before.notes[0]["mod"] + 60))
    after = apkg(export(path, "anki").data)
    assert [note["guid"] for note in after.notes] == [note["guid"] for note in before.notes]
    assert "started the space race" in after.notes[0]["fields"][1]
    assert after.notes[0]["mod"] > before.notes[0]["mod"]  # newer: Anki's "update if newer" takes it
    assert list(after.decks) == list(before.decks) and list(after.models) == list(before.models)


def test_a_renamed_card_keeps_its_guid_only_with_an_id(apkg):
    with_id = PACK.replace("  - title: Sputnik\n", "  - title: Sputnik\n    id: sputnik\n")
    renamed = with_id.replace("title: Sputnik", "title: Sputnik 1")
    guids = [apkg(export_pack(loads(text), "anki").data).notes[0]["guid"] for text in (PACK, with_id, renamed)]
    assert guids[1] == guids[2] != guids[0]
    assert apkg(export_pack(loads(PACK.replace("Sputnik", "Sputnik 1")), "anki").data).notes[0]["guid"] != guids[0]


def test_cards_sharing_a_title_get_their_own_notes(apkg):
    twice = PACK.replace("title: U-2 <incident> & after", "title: Sputnik")
    guids = [note["guid"] for note in apkg(export_pack(loads(twice), "anki").data).notes]
    assert len(set(guids)) == 2


def test_two_cards_with_one_id_are_refused_naming_the_second():
    twice = PACK.replace("    date: 1957\n", "    id: a\n").replace("    points:\n      - A US", "    id: a\n    points:\n      - A US")
    with pytest.raises(StudypackError, match=r"<pack>:10: card 2, id: the id “a” is also on card 1 — each card's id"):
        export_pack(loads(twice), "anki")


def test_fields_are_well_formed_html_with_key_terms_bold_and_text_escaped(apkg):
    notes = apkg(export_pack(loads(PACK), "anki").data).notes
    fronts = [ElementTree.fromstring(f"<div>{note['fields'][0]}</div>") for note in notes]
    backs = [ElementTree.fromstring(f"<div>{note['fields'][1]}</div>") for note in notes]
    assert fronts[1].text == "U-2 <incident> & after"
    items = backs[0].findall("./ul/li")
    assert ["".join(item.itertext()) for item in items] == ["The first satellite, launched in 1957.", "It alarmed the USA."]
    assert [bold.text for bold in items[0].findall("b")] == ["satellite", "1957"]
    assert [bold.text for bold in backs[1].iter("b")] == ["USSR"]


def test_card_tags_become_anki_tags_and_what_anki_cannot_hold_is_one_warning(apkg):
    exported = export_pack(loads(PACK), "anki")
    assert [note["tags"] for note in apkg(exported.data).notes] == [["space", "soviet_union"], []]
    assert [str(warning) for warning in exported.warnings] == [
        "<pack>: Anki cannot hold everything in this pack — spaces in tags written as _, as an Anki tag is one word"
        " (card 1); dates left out, as a note has no date (card 1)"
    ]


def test_a_pack_anki_holds_whole_gives_no_warning():
    plain = PACK.replace("    date: 1957\n", "").replace("soviet union", "ussr")
    assert export_pack(loads(plain), "anki").warnings == ()


def test_the_same_pack_file_gives_the_same_bytes():
    assert export(EXAMPLE, "anki").data == export(EXAMPLE, "anki").data


def test_the_note_type_is_the_same_for_every_pack_and_the_deck_id_follows_the_deck_name(apkg):
    first = apkg(export_pack(loads(PACK), "anki").data)
    other = apkg(export_pack(loads(PACK.replace("Cold War", "Space race")), "anki").data)
    assert list(first.models) == list(other.models)
    assert list(first.decks) != list(other.decks)
    assert list(first.decks) == list(apkg(export_pack(loads(_edited(PACK)), "anki").data).decks)


def test_both_directions_use_a_reversed_card_note_type(apkg):
    package = apkg(export_pack(loads(PACK), "anki", ExportOptions(direction="both")).data)
    (model,) = package.models.values()
    assert [template["qfmt"] for template in model["tmpls"]] == ["{{Front}}", "{{Back}}"]
    assert sorted(ordinal for _, _, ordinal in package.cards) == [0, 0, 1, 1]


def test_an_unknown_direction_is_refused():
    with pytest.raises(StudypackError, match="--direction sideways — Anki exports take forward or both"):
        export_pack(loads(PACK), "anki", ExportOptions(direction="sideways"))


def test_tags_option_exports_only_the_tagged_cards(apkg):
    assert len(apkg(export_pack(loads(PACK), "anki", ExportOptions(tags=("space",))).data).notes) == 1


def test_an_unknown_format_lists_the_known_ones():
    with pytest.raises(StudypackError, match="unknown export format “word” — the formats are anki: "):
        export_pack(loads(PACK), "word")


def test_the_card_id_field_loads_and_is_written_back():
    pack = loads(PACK.replace("    date: 1957\n", "    id: sputnik-1\n"))
    assert pack.cards[0].id == "sputnik-1" and pack.cards[1].id is None
    assert loads(dump(pack)).cards[0].id == "sputnik-1"
