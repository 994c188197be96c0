"""The translation exercise: a vocabulary pack's words both ways, read back from the sheet, the key and the exports."""
from __future__ import annotations

from pathlib import Path

import pytest

from pdftext import text_of
from studypack.exporters import ExportOptions, export_pack
from studypack.layouts import worksheet
from studypack.layouts.options import Style, WorksheetOptions
from studypack.layouts.worksheet.exercises import Short, Translate, generate
from studypack.source import load, loads

WORDS = {"el pan": "bread", "la leche": "milk", "el queso": "cheese", "la manzana": "the apple", "el agua": "water",
         "la carne": "meat", "el pescado": "fish", "las verduras": "vegetables", "el arroz": "rice", "la sopa": "soup",
         "el pollo": "chicken", "los huevos": "eggs"}
VOCABULARY = "title: Food\nsubject: Spanish\ncards:\n" + "".join(
    f"  - title: {word}\n    points: [\"{meaning}\"]\n" for word, meaning in WORDS.items())
FRENCH = Path(__file__).parents[1] / "audit" / "packs" / "french_vocab.yaml"
HISTORY = Path(__file__).parents[1] / "audit" / "packs" / "history_weimar.yaml"


@pytest.fixture(scope="module")
def built():
    plan = worksheet.plan(loads(VOCABULARY), WorksheetOptions(seed="t"))
    return plan, worksheet.draw(plan)


def _translations(exercises) -> list[Translate]:
    return [q for section in exercises.sections if section.name == "translate" for q in section.questions]


def test_a_vocabulary_packs_default_worksheet_asks_words_both_ways_one_mark_each(built):
    plan, files = built
    questions = _translations(generate(loads(VOCABULARY), WorksheetOptions(seed="t")))
    assert len(questions) == 10  # up to ten words a sheet
    forward = [q for q in questions if not q.reverse]
    assert {len(forward), len(questions) - len(forward)} == {5}  # half each way
    assert all(WORDS[q.shown] == q.answer for q in forward)
    assert all(q.shown in (WORDS[q.answer], f"the {WORDS[q.answer]}") for q in questions if q.reverse)  # ("the
    # fish": "fish" alone is the verb as well, "pescar")
    sheet = text_of(files["worksheet.pdf"])
    assert "Translation" in sheet and "Translate each word or phrase." in sheet and "[10 marks]" in sheet
    assert sheet.count("[1]") == 10
    for question in questions:
        assert question.shown in sheet and question.answer not in sheet.replace(question.shown, "")
    key = text_of(files["answers.pdf"])
    for question in questions:
        assert f"{question.shown} – {question.answer}" in key  # the key gives each meaning (or word)


def test_the_seed_decides_which_words_go_which_way():
    pack = loads(VOCABULARY)
    first, again = (_translations(generate(pack, WorksheetOptions(seed="a"))) for _ in range(2))
    assert first == again
    others = [_translations(generate(pack, WorksheetOptions(seed=seed))) for seed in "bcdef"]
    assert any(other != first for other in others)


def test_labels_follow_the_class_language():
    plan = worksheet.plan(loads(VOCABULARY), WorksheetOptions(seed="t", style=Style(lang="fr")))
    sheet = text_of(worksheet.draw(plan)["worksheet.pdf"])
    assert "Traduction" in sheet and "Traduis chaque mot ou expression." in sheet


def test_glossed_points_are_translated_and_no_point_feeds_two_sections():
    exercises = generate(load(FRENCH), WorksheetOptions(seed="t"))
    names = [section.name for section in exercises.sections]
    assert "translate" in names  # a vocabulary pack gets it by default
    assert not exercises.reused
    questions = _translations(exercises)
    assert len(questions) == 10 and {q.reverse for q in questions} == {True, False}
    assert all(" – " not in q.shown + q.answer for q in questions)  # the word and its meaning, split at the dash
    assert not any(isinstance(q, Short) and q.items for s in exercises.sections for q in s.questions)  # no duplicate
    text = " ".join(str(q) for section in exercises.sections for q in section.questions)
    assert "Describe the" not in text


def test_a_pack_without_vocabulary_skips_translation_with_its_reason():
    pack = load(HISTORY)
    assert "translate" not in [s.name for s in generate(pack, WorksheetOptions()).sections]  # not by default
    plan = worksheet.plan(pack, WorksheetOptions(exercises=("gap", "translate")))
    (warning,) = [w for w in plan.warnings if "translation" in w]
    assert "no translation section — translation needs vocabulary cards" in warning


PLAIN_LIST = """title: Au collège – school life
subject: French
cards:
  - title: Les matières
    points:
      - les maths – maths
      - l'histoire (f) – history
      - la chimie – chemistry
      - Tip – say j'aime les maths, never j'aime maths, because French always wants the article.
  - title: Les gens
    points:
      - le professeur – the teacher
      - l'élève – the pupil
      - le directeur – the head teacher; la directrice – the head teacher (f)
  - title: Les lieux
    points:
      - la cantine – the canteen
      - la bibliothèque – the library
      - la cour – the playground
  - title: Verbes
    points:
      - querer (e → ie) – quiero
      - They have no accents – fui, not fuí.
      - le collège – school
"""
GLOSSARY = """title: Rivers
subject: Geography
cards:
  - title: Erosion
    points:
      - Hydraulic action – the force of water
      - Abrasion – rocks scraping the bed
  - title: Transport
    points:
      - Traction – boulders rolled along
      - Saltation – pebbles bounced along
  - title: Landforms
    points:
      - Meander – a bend in the river
      - Oxbow lake – a cut-off meander
"""


def test_a_language_packs_plain_word_list_is_translated_without_key_term_marks():
    questions = _translations(generate(loads(PLAIN_LIST), WorksheetOptions(seed="t")))
    pairs = {(q.answer, q.shown) if q.reverse else (q.shown, q.answer) for q in questions}
    assert len(questions) == 8 and pairs <= {  # "les maths – maths" asks nothing of a student with no French
        ("l'histoire (f)", "history"), ("la chimie", "chemistry"),
        ("le professeur", "the teacher"), ("l'élève", "the pupil"), ("la cantine", "the canteen"),
        ("la bibliothèque", "the library"), ("la cour", "the playground"),
        ("le directeur", "the head teacher"), ("la directrice", "the head teacher (f)")}  # no tip; of a line of two
    # words with one meaning, one is asked, never from the meaning (the other, printed, would tell it)
    assert not any(q.reverse and "head teacher" in q.shown for q in questions)
    assert sum("head teacher" in q.answer for q in questions) == 1


def test_a_glossary_of_another_subject_is_no_word_list_to_translate():
    names = [s.name for s in generate(loads(GLOSSARY), WorksheetOptions(seed="t")).sections]
    assert "translate" not in names


@pytest.mark.parametrize("to, expected", [
    ("gift", "Translate\\: {shown} {{={answer}}}"),
    ("moodle", "<text>Translate: {shown}</text>"),
])
def test_text_exports_carry_each_word_as_a_short_answer(to, expected):
    pack = loads(VOCABULARY)
    options = WorksheetOptions(seed="t")
    exported = export_pack(pack, to, ExportOptions(worksheet=options))
    text = exported.data.decode("utf-8")
    for question in _translations(generate(pack, options)):
        assert expected.format(shown=question.shown, answer=question.answer) in text
    if to == "moodle":
        assert text.count('type="shortanswer"') == 10


def test_qti_carries_short_answers_and_kahoot_names_what_it_leaves_out():
    import io
    import zipfile
    pack = loads(VOCABULARY)
    options = ExportOptions(worksheet=WorksheetOptions(seed="t"))
    archive = zipfile.ZipFile(io.BytesIO(export_pack(pack, "qti", options).data))
    body = next(archive.read(name).decode() for name in archive.namelist() if name != "imsmanifest.xml")
    assert body.count("short_answer_question") == 10
    for question in _translations(generate(pack, options.worksheet)):
        assert f'<varequal respident="response1">{question.answer}</varequal>' in body
    warnings = [str(w) for w in export_pack(pack, "kahoot", options).warnings]
    assert any("translation left out" in w and "Q10" in w for w in warnings)


def test_a_language_pack_is_told_why_it_has_no_matching():
    plan = worksheet.plan(loads(PLAIN_LIST), WorksheetOptions(seed="t", exercises=("match", "translate")))
    assert any("no matching section — matching is not set for a language pack" in w for w in plan.warnings)


def test_a_language_packs_grammar_card_asks_no_points_to_write_about():
    grammar = PLAIN_LIST + """  - title: Le passé composé
    points:
      - It is formed with avoir or être and a past participle.
      - Most verbs take avoir, such as j'ai mangé.
      - Verbs of movement take être, such as je suis allé.
"""
    exercises = generate(loads(grammar), WorksheetOptions(seed="t", exercises=("short",)))
    assert not any("points about" in question.prompt for section in exercises.sections for question in section.questions)


def test_a_language_packs_part_marked_words_and_phrase_cards_still_make_a_translation_section():
    pack = """title: Au collège
subject: French
cards:
  - title: Les matières
    points: ["les **maths** – maths", "le **dessin** – art", "la musique – music"]
  - title: Opinions
    points: ["J'adore le dessin parce que c'est créatif.", "Je déteste les maths.", "Le prof est sympa mais sévère."]
  - title: La journée
    points: ["Les cours commencent à huit heures.", "On mange à midi.", "la récré – break"]
"""
    questions = _translations(generate(loads(pack), WorksheetOptions(seed="t")))
    pairs = {(q.answer, q.shown) if q.reverse else (q.shown, q.answer) for q in questions}
    assert pairs == {("le dessin", "art"), ("la musique", "music"),
                     ("la récré", "break")}  # not "les maths – maths", the same word in both
