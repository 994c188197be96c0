"""Subscripts and superscripts of letters Unicode has no form for (R_f, R_T, V_CC, x^q): set smaller and lowered
or raised like every script, read back as their letters, and written by the exporters as <sub>/<sup> or as the
letters."""
from __future__ import annotations

from pdftext import open_pdf, page_text
from studypack.exporters import ExportOptions, export_pack
from studypack.exporters._html import text_html
from studypack.layouts import summary
from studypack.layouts.options import SummaryOptions, WorksheetOptions
from studypack.source import loads
from studypack.source.notation import escape_notation, translate

CHROMATOGRAPHY = """title: Chromatography
subject: Chemistry
cards:
  - title: R~f~ values
    points:
      - "**R~f~** = distance moved by the spot ÷ distance moved by the solvent."
      - "A thermistor's resistance R~T~ falls as it warms; V~CC~ is the supply."
  - title: Purity
    points:
      - "A **pure** substance melts at one sharp temperature."
      - "**Formulations** are mixtures made to a recipe, such as paint."
"""


def test_a_letter_with_no_unicode_form_is_lowered_and_typed_back_as_it_was():
    for typed in ("R~f~ value", "V~CC~ and x^q^ beside H₂O"):
        shown = translate(typed)
        assert "~" not in shown and "^" not in shown and shown != typed
        assert escape_notation(shown) == typed  # a pack written back reads the same


def test_the_summary_sets_rf_smaller_and_lowered_and_its_text_reads_rf():
    data = summary.render(loads(CHROMATOGRAPHY, "chromatography.yaml"), SummaryOptions())
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        text = page_text(page)
        chars = page.chars
    assert "Rf values" in text and "resistance RT falls" in text and "VCC is the supply" in text
    subscript_f = [char for char in chars if char["text"] == "f" and char["fontname"].endswith("-Sub")]
    assert subscript_f
    for char in subscript_f:
        base = chars[chars.index(char) - 1]
        assert base["text"] == "R" and char["size"] < 0.8 * base["size"] and char["bottom"] > base["bottom"]


def test_exporters_write_the_letter_in_sub_tags_or_plain():
    pack = loads(CHROMATOGRAPHY, "chromatography.yaml")
    assert text_html(pack.cards[0].title) == "R<sub>f</sub> values"
    for name in ("csv", "quizlet"):
        text = export_pack(pack, name).data.decode("utf-8")
        assert "Rf values" in text and not any("\ue000" <= char <= "\uf8ff" for char in text)
    options = ExportOptions(worksheet=WorksheetOptions(exercises=("short",), seed="1"))
    for name in ("gift", "moodle"):
        text = export_pack(pack, name, options).data.decode("utf-8")
        assert not any("\ue000" <= char <= "\uf8ff" for char in text), name


def test_a_fractional_power_is_raised_whole():
    for typed in (r"$a^{1/n}$", "16^3/4^", r"$27^{-\frac{2}{3}}$"):
        shown = translate(typed)
        assert "/" not in shown and "⅔" not in shown and translate(escape_notation(shown)) == shown, typed


def test_a_decimal_point_inside_a_subscript_is_lowered_with_its_figures():
    shown = translate("PM~2.5~ and 10^1,5^")
    assert "~" not in shown and "^" not in shown and translate(escape_notation(shown)) == shown
    pack = CHROMATOGRAPHY.replace("V~CC~ is the supply.", "PM~2.5~ is fine soot.")
    data = summary.render(loads(pack, "chromatography.yaml"), SummaryOptions())
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        text = page_text(page)
        chars = page.chars
    assert "PM₂.₅ is fine soot" in text  # (the point copies as a point)
    (point,) = [char for char in chars if char["text"] == "." and char["fontname"].endswith("-Sub")]
    five = chars[chars.index(point) + 1]
    assert five["text"] == "₅" and abs(point["bottom"] - five["bottom"]) < 0.5 and point["size"] == five["size"]
