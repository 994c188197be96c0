"""Outputs read back in other languages: no English label left, a pack's own words, German fitting, reversed cards."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from packgen import pack_yaml
from pdftext import open_pdf, text_of
from studypack.cli import app
from studypack.layouts import flashcards
from studypack.layouts.kit.page import PAGE_MARGIN, stock_for
from studypack.layouts.labels import catalogue, labels_for
from studypack.layouts.labels.catalogue import LABELS
from studypack.layouts.options import FlashcardOptions
from studypack.source import loads

from studypack.layouts.kit.page import Rect, Stock


def small_pack(cards: int):
    """Cards whose backs fit one card either way round."""
    return loads(pack_yaml(cards, 1, points=(1, 2), words=(4, 8)))


def words_in(page, rect: Rect) -> list[str]:
    inside = page.crop((max(0, rect.x), max(0, page.height - rect.top), min(page.width, rect.right),
                        min(page.height, page.height - rect.y)), strict=False)
    return [word for word in (inside.extract_text() or "").split() if word != "•"]


def mirrored_slot(stock: Stock, index: int, flip: str) -> Rect:
    """Where a card's back goes: long edge on portrait = mirrored column, same row; short edge = mirrored row."""
    row, column = divmod(index, stock.columns)
    if (flip == "long") != stock.landscape:
        return stock.slot(stock.columns - 1 - column, row)
    return stock.slot(column, stock.rows - 1 - row)


def holds(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is in ``words``, in order and together."""
    return any(words[start:start + len(part)] == part for start in range(len(words) - len(part) + 1))


def point_words(pack, number: int) -> list[str]:
    return [word for point in pack.cards[number].points for word in point.text.split()]

WORD = re.compile(r"[^\W\d_]{4,}")


def words(text: str) -> set[str]:
    return {word.casefold() for word in WORD.findall(text)}


def build(tmp_path, lang: str, pack_text: str, *extra: str) -> dict[str, str]:
    """Every output of the pack (two versions, a class list) and the calibration sheet, as text."""
    pack = tmp_path / "paquet.yaml"
    pack.write_text(pack_text, encoding="utf-8")
    (tmp_path / "eleves.txt").write_text("Ana\nBea\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(pack), "--out", str(tmp_path / "out"), "--lang", lang, "--variants", "2",
                                 "--class", str(tmp_path / "eleves.txt"), "--quiet", *extra])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["calibrate", "--lang", lang, "-o", str(tmp_path / "out" / "cal.pdf"), "--quiet"])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "out").rglob("*.pdf"))
    return {path.name: text_of(path.read_bytes()) for path in files}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "de", "es"])
def test_no_english_label_is_left_on_any_output(tmp_path, lang):
    text = pack_yaml(14, seed=3)
    printed = build(tmp_path, lang, text, "--back-offset", "1.5,0")
    assert set(printed) == {"answers.pdf", "cal.pdf", "flashcards.pdf", "summary.pdf", "worksheet.pdf"}
    labels = labels_for(None, lang)
    translations = catalogue(lang)
    translated = words(" ".join(translations.ngettext(label.text, label.plural, count) if label.plural
                                else translations.gettext(label.text) for label in LABELS.values() for count in (1, 2, 5)))
    english = words(" ".join(label.text + " " + label.plural for label in LABELS.values()))
    pack = loads(text)
    own = words(" ".join([pack.title, pack.subject or ""] + [card.title + " " + " ".join(point.text for point in card.points)
                                                             for card in pack.cards]))
    left_out = english - translated - own - {"explain", "describe"}  # generated prompts: not labels
    assert {"name", "answers", "worksheet", "marks", "true", "false", "earliest", "print", "cards"} <= left_out | translated
    for name, found in printed.items():
        assert not words(found) & left_out, f"{name}: {sorted(words(found) & left_out)}"
    assert labels.text("answers") in printed["answers.pdf"]
    assert labels.text("calibration_heading") in printed["cal.pdf"]


@pytest.mark.slow
def test_a_packs_own_label_is_printed_instead_of_the_catalogues(tmp_path):
    text = pack_yaml(10, seed=2).replace("cards:\n", "lang: fr\nlabels:\n  name: Nom et prénom\n  answers: Correction\n"
                                                   "  page: 'p. {page}/{pages}'\ncards:\n", 1)
    printed = build(tmp_path, "fr", text)
    assert "Nom et prénom" in printed["worksheet.pdf"] and "Classe" in printed["worksheet.pdf"]
    assert "Correction" in printed["answers.pdf"] and "Corrigé" not in printed["answers.pdf"]
    assert "p. 1/" in printed["worksheet.pdf"]


@pytest.mark.slow
def test_german_labels_stay_inside_the_margins_and_a_long_name_label_leaves_room_for_the_others(tmp_path):
    text = pack_yaml(16, seed=5).replace("cards:\n", "labels:\n  name: Vollständiger Vor- und Nachname der Schülerin "
                                                     "oder des Schülers laut Klassenbuch\ncards:\n", 1)
    build(tmp_path, "de", text)
    for name in ("worksheet.pdf", "answers.pdf"):
        data = next((tmp_path / "out").rglob(name)).read_bytes()
        with open_pdf(data) as pdf:
            for page in pdf.pages:
                assert all(PAGE_MARGIN - 0.5 <= char["x0"] and char["x1"] <= page.width - PAGE_MARGIN + 0.5
                           for char in page.chars), name
            header = [word for word in pdf.pages[0].extract_words() if word["text"] in ("Klasse", "Datum")]
            name_words = [word for word in pdf.pages[0].extract_words() if word["text"].startswith("Vollständig")]
            if name == "worksheet.pdf":
                assert name_words and header
                assert max(word["x1"] for word in pdf.pages[0].extract_words()
                           if abs(word["top"] - name_words[0]["top"]) < 1 and word["x0"] < header[0]["x0"]) < header[0]["x0"]


@pytest.mark.slow
def test_polish_totals_take_the_plural_form_of_their_number(tmp_path):
    printed = build(tmp_path, "pl", pack_yaml(14, seed=3))
    total = re.search(r"/ (\d+) (punkt\w*)", printed["worksheet.pdf"])
    assert total and labels_for(None, "pl").count("marks", int(total.group(1))) == f"{total.group(1)} {total.group(2)}"
    assert "Imię i nazwisko" in printed["worksheet.pdf"] and "Strona 1 z" in printed["worksheet.pdf"]


def test_an_unknown_language_is_refused_with_the_languages_there_are(tmp_path):
    result = CliRunner().invoke(app, ["build", "--lang", "xx", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "give one of en (English), fr (français)" in " ".join(result.output.split())


# -- --direction ---------------------------------------------------------------

@pytest.mark.parametrize("flip", ["long", "short"])
def test_reversed_cards_put_the_points_on_the_front_and_the_title_behind_it(flip):
    pack = small_pack(11)
    data = flashcards.render(pack, FlashcardOptions(flip=flip, direction="reverse"))
    stock = stock_for(None, None)
    with open_pdf(data) as pdf:
        assert len(pdf.pages) == 4
        for number, card in enumerate(pack.cards):
            sheet, index = divmod(number, stock.per_sheet)
            front = words_in(pdf.pages[2 * sheet], stock.slot(index % stock.columns, index // stock.columns))
            assert holds(front, point_words(pack, number))
            assert f"{number + 1}/11" in front
            back = words_in(pdf.pages[2 * sheet + 1], mirrored_slot(stock, index, flip))
            assert back == card.title.split()


def test_both_ways_prints_every_card_forward_then_every_card_reversed_each_lined_up():
    pack = small_pack(5)
    data = flashcards.render(pack, FlashcardOptions(direction="both"))
    stock = stock_for(None, None)
    with open_pdf(data) as pdf:
        assert len(pdf.pages) == 4  # ten cards: a full sheet of 8 and 2
        for printed in range(10):
            number, turned = printed % 5, printed >= 5
            sheet, index = divmod(printed, stock.per_sheet)
            front = words_in(pdf.pages[2 * sheet], stock.slot(index % stock.columns, index // stock.columns))
            back = words_in(pdf.pages[2 * sheet + 1], mirrored_slot(stock, index, "long"))
            title, points = pack.cards[number].title.split(), point_words(pack, number)
            assert f"{printed + 1}/10" in front
            if turned:
                assert holds(front, points) and back == title
            else:
                assert (" ".join(title) in " ".join(front), back) == (True, points)


def test_direction_is_a_print_setting_of_the_pack_too(tmp_path):
    pack = loads(pack_yaml(3, seed=1).replace("cards:\n", "print:\n  direction: reverse\ncards:\n", 1))
    from studypack.layouts.options import resolve
    assert resolve(pack, {}).flashcards.direction == "reverse"
    assert resolve(pack, {"direction": "both"}).flashcards.direction == "both"
