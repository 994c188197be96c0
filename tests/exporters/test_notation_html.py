"""Notation in exports: <sup>/<sub> in the HTML formats' display text, Unicode in plain text and in answers."""
import io
import zipfile

from studypack.exporters import ExportOptions, export_pack
from studypack.exporters._html import escaped, text_html
from studypack.layouts.options import WorksheetOptions
from studypack.source import loads
from studypack.source.importers import import_file
from studypack.source.writer import dump

PACK = """\
title: Acids
cards:
  - title: Sulfuric acid, H~2~SO~4~
    points:
      - It gives **SO~4~^2-^** ions in **water**.
      - Its ions conduct because Na^+^ & Cl^-^ move.
  - title: Area
    points:
      - A square of side x has area **x^2^**, so 5^th^ powers grow fast.
"""


def test_runs_of_raised_and_lowered_forms_become_sup_and_sub_with_their_base_characters():
    assert text_html("H₂SO₄ & SO₄²⁻ <b> 5ᵗʰ") == "H<sub>2</sub>SO<sub>4</sub> &amp; SO<sub>4</sub><sup>2−</sup> &lt;b&gt; 5<sup>th</sup>"
    assert text_html("no notation here") == "no notation here"
    assert escaped("H₂O <") == "H₂O &lt;"


def test_anki_fields_carry_sup_and_sub_and_import_back_as_the_same_unicode(apkg, tmp_path):
    pack = loads(PACK)
    data = export_pack(pack, "anki").data
    notes = apkg(data).notes
    assert notes[0]["fields"][0] == "Sulfuric acid, H<sub>2</sub>SO<sub>4</sub>"
    assert "<b>SO<sub>4</sub><sup>2−</sup></b> ions" in notes[0]["fields"][1]
    assert "Na<sup>+</sup> &amp; Cl<sup>−</sup> move" in notes[0]["fields"][1]
    assert "5<sup>th</sup> powers" in notes[1]["fields"][1]
    path = tmp_path / "acids.apkg"
    path.write_bytes(data)
    back = import_file(path).pack
    assert [card.title for card in back.cards] == [card.title for card in pack.cards]
    assert [point.text for card in back.cards for point in card.points] == [
        point.text for card in pack.cards for point in card.points]


def _quiz(name, exercises):
    options = ExportOptions(worksheet=WorksheetOptions(exercises=exercises, seed="3"))
    return export_pack(loads(PACK), name, options).data


def test_moodle_shows_sub_and_sup_but_a_gaps_answer_keeps_the_unicode_a_student_types():
    text = _quiz("moodle", ("gap",)).decode("utf-8")
    assert "SHORTANSWER:=SO₄²⁻}" in text or "SHORTANSWER:=x²}" in text
    assert "&lt;sub&gt;" in text or "&lt;sup&gt;" in text
    assert "SHORTANSWER:=SO&lt;sub" not in text and "SHORTANSWER:=x&lt;sup" not in text


def test_qti_question_text_carries_sub_and_sup():
    with zipfile.ZipFile(io.BytesIO(_quiz("qti", ("tf", "short")))) as archive:
        assessment = next(archive.read(name).decode("utf-8") for name in archive.namelist() if name != "imsmanifest.xml")
    assert "&lt;sub&gt;" in assessment or "&lt;sup&gt;" in assessment


def test_plain_text_formats_keep_the_unicode_characters():
    pack = loads(PACK)
    for name in ("csv", "quizlet"):
        text = export_pack(pack, name).data.decode("utf-8")
        assert "H₂SO₄" in text and "Na⁺" in text and "<su" not in text
    gift = _quiz("gift", ("gap", "tf", "short")).decode("utf-8")
    assert "<su" not in gift and any(form in gift for form in ("₄", "²", "⁺"))


FORMULAS = r"""title: Energy
cards:
  - title: Kinetic energy $E_k$
    points:
      - It is $\frac{1}{2}mv^2$, so doubling **v** gives four times the energy.
      - Burning **\ce{CH4}** gives \ce{CO2 + 2H2O} and costs \$5 < $10.
"""


def test_anki_sets_typed_formulas_with_mathjax_and_mhchem_as_typed(apkg):
    notes = apkg(export_pack(loads(FORMULAS), "anki").data).notes
    front, back = notes[0]["fields"]
    assert front == r"Kinetic energy \(E_k\)"
    assert r"It is \(\frac{1}{2}mv^2\), so doubling <b>v</b>" in back
    assert r"Burning <b>\(\ce{CH4}\)</b> gives \(\ce{CO2 + 2H2O}\) and costs $5 &lt; $10." in back
    assert "½" not in back and "₂" not in back  # the formulas go as LaTeX, not as their Unicode


def test_formulas_come_back_from_anki_as_the_same_cards_and_are_written_back_as_typed(apkg, tmp_path):
    pack = loads(FORMULAS)
    path = tmp_path / "energy.apkg"
    path.write_bytes(export_pack(pack, "anki").data)
    back = import_file(path).pack
    assert back.cards[0].title == "Kinetic energy Eₖ" and back.cards[0].title_formulas == pack.cards[0].title_formulas
    assert [card.points for card in back.cards] == [card.points for card in pack.cards]
    written = dump(back)
    assert r"$\frac{1}{2}mv^2$" in written and r"**\ce{CH4}**" in written and r"\ce{CO2 + 2H2O}" in written
    assert loads(written).cards == pack.cards
