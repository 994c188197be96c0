"""The worksheet's picture exercise: the card's picture printed with its question number, the card's title as
the answer in the key, four titles to choose from where the pack has enough, a line to write on where not."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from pdftext import open_pdf
from studypack.exporters import _quiz
from studypack.exporters._base import ExportOptions
from studypack.exporters import gift
from studypack.layouts import worksheet
from studypack.layouts.options import Style, WorksheetOptions
from studypack.layouts.worksheet.exercises import generate
from studypack.layouts.worksheet.exercises.questions import Picture
from studypack.source import load

TITLES = ("Animal cell", "Plant cell", "Bacterium", "Red blood cell", "Neuron")


def _pack(tmp_path: Path, pictured: int) -> Path:
    Image.new("RGB", (600, 300), (40, 120, 200)).save(tmp_path / "cell.png")
    lines = ["title: Cells", "cards:"]
    for index, title in enumerate(TITLES):
        lines.append(f"  - title: {title}")
        if index < pictured:
            lines.append("    image: cell.png")
        lines += ["    points:", f"      - The {title.lower()} has a **membrane** and **cytoplasm**."]
    path = tmp_path / "cells.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pictures(exercises) -> list[Picture]:
    return [question for section in exercises.sections if section.name == "picture" for question in section.questions]


def test_the_picture_is_printed_beside_its_number_and_the_key_gives_the_title(tmp_path):
    pack = load(_pack(tmp_path, pictured=4))
    options = WorksheetOptions(exercises=("picture",))
    questions = _pictures(generate(pack, options))
    assert len(questions) == 4
    files = worksheet.draw(worksheet.plan(pack, options))
    with open_pdf(files["worksheet.pdf"]) as pdf:
        images = [image for page in pdf.pages for image in page.images]
        words = [word for page in pdf.pages[:1] for word in page.extract_words()]
    assert len(images) == 4
    numbers = [word for word in words if word["text"] in ("1.", "2.", "3.", "4.")]
    first = min(images, key=lambda image: image["top"])
    number = next(word for word in numbers if word["text"] == "1.")
    assert abs(number["top"] - first["top"]) < 6 * 72 / 25.4 and number["x1"] < first["x0"]
    assert abs((first["x1"] - first["x0"]) / (first["bottom"] - first["top"]) - 2.0) < 0.02
    assert abs(first["bottom"] - first["top"] - 35 * 72 / 25.4) < 0.5  # scaled to the 35 mm box
    with open_pdf(files["answers.pdf"]) as pdf:
        key = pdf.pages[0].extract_text()
    for question in questions:
        assert question.title in key


def test_options_hold_the_answer_once_among_four_titles(tmp_path):
    pack = load(_pack(tmp_path, pictured=4))
    for question in _pictures(generate(pack, WorksheetOptions(exercises=("picture",), variants=3))):
        assert len(question.options) == 4 and question.options.count(question.title) == 1
        assert question.options[question.answer] == question.title


def test_without_enough_titles_the_student_writes_the_answer(tmp_path):
    pack = load(_pack(tmp_path, pictured=3))
    short = replace(pack, cards=pack.cards[:3])
    options = WorksheetOptions(exercises=("picture",))
    questions = _pictures(generate(short, options))
    assert len(questions) == 3 and all(question.options == () for question in questions)
    with open_pdf(worksheet.render(short, options)) as pdf:
        assert len(pdf.pages[0].images) == 3
        assert len(pdf.pages[0].lines) >= 3  # a line under each picture to write on


def test_the_exercise_is_a_default_section_only_with_three_pictured_cards(tmp_path):
    with_pictures = generate(load(_pack(tmp_path, pictured=3)), WorksheetOptions())
    assert "picture" in [section.name for section in with_pictures.sections]
    (tmp_path / "two").mkdir()
    without = generate(load(_pack(tmp_path / "two", pictured=2)), WorksheetOptions())
    assert "picture" not in [section.name for section in without.sections]
    no_images = generate(load(_pack(tmp_path, pictured=3)), WorksheetOptions(style=Style(images=False)))
    assert "picture" not in [section.name for section in no_images.sections]


def test_quiz_exports_name_the_picture_questions_they_leave_out(tmp_path):
    pack = load(_pack(tmp_path, pictured=4))
    options = ExportOptions(worksheet=WorksheetOptions(exercises=("mcq", "picture")))
    quiz = _quiz.worksheet_quiz(pack, options)
    assert quiz.left_out and not any(isinstance(asked.question, Picture) for asked in quiz.asked)
    warnings = gift.write(pack, options).warnings
    assert any("picture questions left out" in problem.message for problem in warnings)


def test_a_word_a_pictures_label_prints_is_asked_by_no_other_question(tmp_path):
    labels = ("Screening", "Sedimentation", "Digestion")
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
           + "".join(f'<text x="10" y="{30 * (index + 1)}">{label}</text>' for index, label in enumerate(labels))
           + "</svg>")
    lines = ["title: Sewage", "subject: Chemistry", "cards:"]
    for index, (title, point) in enumerate((("Stage one", "**Screening** removes grit and large objects."),
                                            ("Stage two", "**Sedimentation** lets the sludge settle out."),
                                            ("Stage three", "Anaerobic **digestion** of the sludge makes biogas."),
                                            ("Effluent", "Aerobic bacteria break down the **organic matter**."),
                                            ("Uses", "Biogas from the sludge is burned as a **fuel**."))):
        (tmp_path / f"stage{index}.svg").write_text(svg, encoding="utf-8")
        lines += [f"  - title: {title}", f"    image: stage{index}.svg", "    points:", f"      - '{point}'",
                  "      - The works treats the **waste water** of a town."]
    path = tmp_path / "sewage.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for seed in ("1", "2", "3"):
        exercises = generate(load(path), WorksheetOptions(seed=seed))
        assert _pictures(exercises)
        asked = {segment.text.casefold() for section in exercises.sections if section.name != "picture"
                 for question in section.questions for segment in getattr(question, "segments", ())
                 if segment.role in ("blank", "swap")}
        assert not asked & {label.casefold() for label in labels}, asked


def test_a_picture_labelled_with_its_own_titles_word_is_not_asked(tmp_path):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
           '<text x="10" y="40">pure metal</text><text x="150" y="40">alloy</text></svg>')
    (tmp_path / "layers.svg").write_text(svg, encoding="utf-8")
    Image.new("RGB", (600, 300), (40, 120, 200)).save(tmp_path / "cell.png")
    lines = ["title: Metals", "cards:"]
    for title in ("Alloys", "Rusting", "Galvanising", "Sacrificial protection"):
        lines += [f"  - title: {title}", f"    image: {'layers.svg' if title == 'Alloys' else 'cell.png'}",
                  "    points:", f"      - {title} matters for **iron** in the **air**."]
    path = tmp_path / "metals.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for seed in ("1", "2", "3"):
        asked = [question.title for question in _pictures(generate(load(path), WorksheetOptions(seed=seed)))]
        assert asked and "Alloys" not in asked
