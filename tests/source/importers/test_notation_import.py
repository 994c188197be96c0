
from studypack.source import load
from studypack.source.importers import ImportOptions, import_file, import_text
from studypack.source.inline import mark
from studypack.source.writer import dump
from pngs import png

NBSP = "\u00a0"
ANKI_HEADER = "#separator:tab\n#html:true\n"


def _anki(text, **options):
    return import_text(ANKI_HEADER + text, "deck.txt", "anki", ImportOptions(**options))


def test_anki_sup_sub_and_mathjax_become_unicode():
    imported = _anki("H<sub>2</sub>SO<sub>4</sub>\tNa<sup>+</sup> and \\(x^2 + \\frac{1}{2}\\) and \\[\\ce{NH4+}\\]\n")
    card = imported.pack.cards[0]
    assert card.title == "H₂SO₄"
    assert card.points[0].text == f"Na⁺ and x²{NBSP}+{NBSP}½ and NH₄⁺"
    assert imported.warnings == ()


def test_anki_ce_is_kept_as_notation_and_a_bold_formula_is_a_key_term():
    card = _anki("Acid rain\t<b>\\ce{SO2}</b> dissolves to \\ce{H2SO3}\n").pack.cards[0]
    assert mark(card.points[0]) == "**SO₂** dissolves to H₂SO₃"


def test_anki_notation_that_cannot_be_read_is_kept_as_typed_with_a_warning():
    imported = _anki("Area\tx^2 of a square\n")
    assert imported.pack.cards[0].points[0].text == "x^2 of a square"
    assert [str(warning) for warning in imported.warnings] == [
        "deck.txt:3: kept “x^2 of a square” as typed: this ^ opens a superscript that is never closed — close it"
        " with ^ (x^2^), or write \\^ for a literal ^"]
    assert load_back(imported.pack).cards[0].points[0].text == "x^2 of a square"


def load_back(pack, folder=None):
    from studypack.source import loads
    return loads(dump(pack, folder), "again.yaml", folder)


def test_anki_pictures_are_found_in_the_media_folder(tmp_path):
    media = tmp_path / "collection.media"
    media.mkdir()
    (media / "cell.png").write_bytes(png(800, 600))
    (media / "organelles.png").write_bytes(png(10, 10))
    notes = tmp_path / "deck.txt"
    notes.write_text(ANKI_HEADER + 'Animal cell <img src="cell.png">\tHas a nucleus<br><img src="organelles.png">\n',
                     encoding="utf-8")
    imported = import_file(notes, "anki", ImportOptions(media=media))
    card = imported.pack.cards[0]
    assert (card.title, card.image, card.image_size) == ("Animal cell", (media / "cell.png").resolve(), (800, 600))
    assert card.back_image == (media / "organelles.png").resolve()
    written = dump(imported.pack, tmp_path)
    assert "    image: collection.media/cell.png\n    back_image: collection.media/organelles.png\n" in written
    (tmp_path / "cells.yaml").write_text(written, encoding="utf-8")
    assert load(tmp_path / "cells.yaml").cards[0].image == card.image


def test_an_anki_picture_that_is_not_there_is_a_warning_and_the_text_is_kept(tmp_path):
    notes = tmp_path / "deck.txt"
    notes.write_text(ANKI_HEADER + 'Animal cell <img src="cell.png">\tHas a nucleus\n', encoding="utf-8")
    imported = import_file(notes, "anki")
    assert (imported.pack.cards[0].title, imported.pack.cards[0].image) == ("Animal cell", None)
    assert len(imported.warnings) == 1
    assert "picture left out: no file cell.png beside the pack" in str(imported.warnings[0])
    assert str(imported.warnings[0]).endswith("or name the folder that holds the export's pictures with --media")


def test_markdown_images_become_the_card_picture_and_sub_sup_become_notation(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "cell.png").write_bytes(png(300, 200))
    notes = tmp_path / "cells.md"
    notes.write_text("# Cells\n\n## Animal cell\n\n![an animal cell](pictures/cell.png)\n\n"
                     "- makes CO<sub>2</sub> and uses O<sub>2</sub>\n- area is $\\pi r^2$ and **\\ce{H2O}** in\n",
                     encoding="utf-8")
    imported = import_file(notes)
    card = imported.pack.cards[0]
    assert card.image == (tmp_path / "pictures" / "cell.png").resolve()
    assert [mark(point) for point in card.points] == ["makes CO₂ and uses O₂", "area is πr² and **H₂O** in"]
    assert imported.warnings == ()


def test_a_markdown_image_that_is_not_there_is_a_warning(tmp_path):
    notes = tmp_path / "cells.md"
    notes.write_text("# Cells\n\n## Animal cell\n\n- ![cell](missing.png) nucleus\n", encoding="utf-8")
    imported = import_file(notes)
    assert imported.pack.cards[0].image is None
    assert [warning.line for warning in imported.warnings] == [5]


def test_csv_cells_take_sub_and_sup():
    imported = import_text("H<sub>2</sub>O,water; Na<sup>+</sup> ions\n", "terms.csv", "csv")
    card = imported.pack.cards[0]
    assert card.title == "H₂O"
    assert [point.text for point in card.points] == ["water", "Na⁺ ions"]


def test_imported_notation_survives_writing_and_reading_back():
    imported = _anki("\\ce{2H2 + O2 -> 2H2O}\t<b>\\(\\Delta H\\)</b> is negative; costs $5 and $10; ~50 kJ\n")
    again = load_back(imported.pack)
    assert [(c.title, c.points) for c in again.cards] == [(c.title, c.points) for c in imported.pack.cards]
