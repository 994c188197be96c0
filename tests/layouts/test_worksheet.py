"""worksheet.pdf and answers.pdf, read back: numbering, answers, versions, seeds, layout."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from studypack.layouts.labels import ENGLISH
from studypack.layouts.worksheet.wording import section_instruction
from packgen import pack_yaml, write_pack
from pdftext import MM, open_pdf, page_words, text_of
from studypack.layouts import worksheet
from studypack.layouts.worksheet.exercises.generate import LETTERS, Choice, Gap, Short
from studypack.layouts.options import Style, WorksheetOptions
from studypack.errors import StudypackError
from studypack.source import load, loads

EXAMPLE = Path(__file__).resolve().parents[2] / "packs" / "khrushchev.yaml"
NUMBER = re.compile(r"^\d+\.$")


@pytest.fixture(scope="module")
def example():
    return load(EXAMPLE)


@pytest.fixture(scope="module")
def built(example):
    plan = worksheet.plan(example, WorksheetOptions())
    return plan, worksheet.draw(plan)


@pytest.fixture(scope="module")
def versions(example):
    plan = worksheet.plan(example, WorksheetOptions(variants=3))
    return plan, worksheet.draw(plan)


def numbers(data: bytes, pages: range | None = None) -> list[int]:
    """The bold question numbers ``12.`` in reading order."""
    found = []
    with open_pdf(data) as pdf:
        for index, page in enumerate(pdf.pages):
            if pages is not None and index not in pages:
                continue
            found += [int(w["text"][:-1]) for w in page_words(page) if NUMBER.match(w["text"]) and "Bold" in w["fontname"]]
    return found


def version_pages(starts: tuple[int, ...], total: int, index: int) -> range:
    end = starts[index + 1] if index + 1 < len(starts) else total
    return range(starts[index], end)


def questions(plan, version: int = 0):
    return [(n, q) for s in plan.exercises.versions[version].sections for n, q in s.numbered()]


# -- the sheet and its key ------------------------------------------------------------

def test_outputs_are_the_worksheet_and_its_answers(built, example):
    plan, files = built
    assert list(files) == ["worksheet.pdf", "answers.pdf"] == list(worksheet.OUTPUTS)  # drawn as declared
    assert worksheet.render(example, WorksheetOptions()) == files["worksheet.pdf"]


def test_the_sheet_has_a_header_with_name_class_date_and_total_marks(built):
    plan, files = built
    text = text_of(files["worksheet.pdf"])
    first = text.splitlines()[:6]
    assert first[0] == "Khrushchev in power, 1953–64"
    assert "Name" in text and "Class" in text and "Date" in text
    assert f"/ {plan.exercises.versions[0].marks} marks" in text


def test_the_header_prints_a_fact_once_where_the_course_already_says_it():
    pack = loads("title: Reefs\nsubject: Geography\ncourse: GCSE Geography – The living world\nlevel: GCSE\n"
                 "cards:\n  - title: Reefs\n    points:\n      - Reefs cover less than **1%** of the sea floor.\n"
                 "      - They hold about **25%** of marine species.\n  - title: Threats\n    points:\n"
                 "      - Coral **bleaching** follows warm water.\n      - Farm **sediment** blocks the light.\n")
    files = worksheet.draw(worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",))))
    about = text_of(files["worksheet.pdf"]).splitlines()[1]
    assert about == "Worksheet · GCSE Geography – The living world", about  # not "Geography · … · GCSE"
    assert pack.facts() == ("GCSE Geography – The living world",)
    assert loads("title: T\nsubject: History\nlevel: Year 9\ncards:\n  - title: A\n    points:\n      - b\n"
                 ).facts() == ("History", "Year 9")


def test_questions_are_numbered_straight_through_and_the_key_uses_the_same_numbers(built):
    plan, files = built
    sheet = numbers(files["worksheet.pdf"])
    assert sheet == list(range(1, len(sheet) + 1))
    assert len(sheet) >= 15
    assert sorted(numbers(files["answers.pdf"])) == sheet


def test_every_section_has_a_heading_an_instruction_and_its_marks(built):
    plan, files = built
    text = text_of(files["worksheet.pdf"])
    for section in plan.exercises.versions[0].sections:
        assert section.title in text
        assert section_instruction(section, ENGLISH).split(".")[0] in text.replace("\n", " ")
        assert f"[{section.marks} marks]" in text


def _question_regions(data: bytes) -> dict[int, list[str]]:
    """The words printed from each question number to the next."""
    regions: dict[int, list[str]] = {}
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            current = None
            for word in sorted(page_words(page), key=lambda w: (round(w["top"]), w["x0"])):
                if NUMBER.match(word["text"]) and "Bold" in word["fontname"] and word["x0"] < 40:
                    current = int(word["text"][:-1])
                    regions[current] = []
                elif current is not None:
                    regions[current].append(word["text"])
    return regions


def test_the_sheet_never_prints_a_gaps_answer_in_its_question(built):
    plan, files = built
    regions = _question_regions(files["worksheet.pdf"])
    gaps = [(n, q) for n, q in questions(plan) if isinstance(q, Gap)]
    assert gaps
    for number, question in gaps:
        region = " ".join(regions[number])
        for blank in question.answers:
            assert not re.search(r"(?<!\w)" + re.escape(blank.text) + r"(?!\w)", region), (number, blank.text)
    # and the sentence around the blank is there
    number, question = gaps[0]
    around = max((s.text for s in question.segments if s.role == "text"), key=len).split()
    assert around[0].strip("(),.;") in " ".join(regions[number])


def test_every_blank_is_the_same_length(built):
    plan, files = built
    with open_pdf(files["worksheet.pdf"]) as pdf:
        lengths = {round(line["x1"] - line["x0"], 1) for page in pdf.pages for line in page.lines
                   if abs(line["linewidth"] - 0.7) < 0.01 and line["y0"] == line["y1"]}
    assert len(lengths) == 1 and lengths.pop() >= 28 * MM - 1


def test_a_multiple_choice_question_is_never_split_from_its_options(built):
    plan, files = built
    with open_pdf(files["worksheet.pdf"]) as pdf:
        pages = [" ".join(w["text"] for w in page_words(page)) for page in pdf.pages]
    for number, question in questions(plan):
        if isinstance(question, Choice):
            page = next(p for p in pages if re.search(rf"(^| ){number}\. ", p))
            for option in question.options:
                assert option in page


def test_key_gives_each_answer_beside_its_number_with_key_terms_bold(built):
    plan, files = built
    with open_pdf(files["answers.pdf"]) as pdf:
        words = [w for page in pdf.pages for w in page_words(page)]
    for number, question in questions(plan):
        if isinstance(question, Choice):
            at = next(i for i, w in enumerate(words) if w["text"] == f"{number}." and "Bold" in w["fontname"])
            following = words[at + 1:at + 4]
            assert following[0]["text"] == LETTERS[question.answer]
            answer_first = question.options[question.answer].split()[0]
            bold = [w for w in words[at + 1:at + 10] if w["text"] == answer_first]
            assert bold and "Bold" in bold[0]["fontname"]


def test_the_key_holds_the_mark_scheme_of_each_short_answer(built, example):
    plan, files = built
    key = text_of(files["answers.pdf"]).replace("\n", " ")
    for number, question in questions(plan):
        if isinstance(question, Short):
            for ref in question.scheme:
                words = example.cards[ref.card].points[ref.point].text.split()
                assert " ".join(words[:4]) in key


def test_the_example_key_fits_one_page(built):
    plan, files = built
    with open_pdf(files["answers.pdf"]) as pdf:
        assert len(pdf.pages) == 1


# -- versions ----------------------------------------------------------------------

@pytest.mark.slow  # (a long build read back whole: make test-slow, which CI runs)
def test_each_version_is_labelled_on_every_page_of_the_sheet_and_the_key(versions):
    plan, files = versions
    for name, starts, pages in (("worksheet.pdf", plan.sheet_starts, plan.sheet), ("answers.pdf", plan.key_starts, plan.key)):
        with open_pdf(files[name]) as pdf:
            for index in range(3):
                for page in version_pages(starts, len(pages), index):
                    text = pdf.pages[page].extract_text() or ""
                    if text:
                        assert f"Version {LETTERS[index]}" in text
                        assert not any(f"Version {LETTERS[other]}" in text for other in range(3) if other != index)


def test_each_versions_key_matches_its_sheet(versions):
    plan, files = versions
    for index in range(3):
        sheet = numbers(files["worksheet.pdf"], version_pages(plan.sheet_starts, len(plan.sheet), index))
        key = numbers(files["answers.pdf"], version_pages(plan.key_starts, len(plan.key), index))
        assert sorted(key) == sheet == list(range(1, len(sheet) + 1))
    with open_pdf(files["answers.pdf"]) as pdf:
        keys = [" ".join(w["text"] for w in page_words(pdf.pages[plan.key_starts[i]])) for i in range(3)]
    for index, version in enumerate(plan.exercises.versions):
        for number, question in questions(plan, index):
            if isinstance(question, Choice):
                assert f"{number}. {LETTERS[question.answer]} – " in keys[index]


def test_versions_shuffle_the_questions(versions):
    plan, files = versions
    orders = {tuple(q.options for _, q in questions(plan, i) if isinstance(q, Choice)) for i in range(3)}
    assert len(orders) == 3


def test_each_version_starts_on_a_new_sheet_with_a_blank_page_after_an_odd_count(example):
    plan = worksheet.plan(example, WorksheetOptions(variants=2, exercises=("gap",), questions=3))
    files = worksheet.draw(plan)
    assert plan.sheet_starts == (0, 2)
    with open_pdf(files["worksheet.pdf"]) as pdf:
        assert len(pdf.pages) == 4
        texts = [page.extract_text() or "" for page in pdf.pages]
    assert "Version A" in texts[0] and "Version B" in texts[2]
    assert texts[1] == "" and texts[3] == ""


def test_a_single_version_is_not_labelled(built):
    plan, files = built
    assert "Version" not in text_of(files["worksheet.pdf"])


# -- seeds ---------------------------------------------------------------------------

def test_rebuilding_an_unchanged_pack_gives_identical_pdfs(example, built):
    plan, files = built
    again = worksheet.draw(worksheet.plan(load(EXAMPLE), WorksheetOptions()))
    assert again == files


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_order(example):
    def build(seed):
        return worksheet.draw(worksheet.plan(example, WorksheetOptions(seed=seed, variants=2)))
    first, second, other = build("lesson 4"), build("lesson 4"), build("lesson 5")
    assert first == second
    assert text_of(first["worksheet.pdf"]) != text_of(other["worksheet.pdf"])
    assert text_of(first["answers.pdf"]) != text_of(other["answers.pdf"])


# -- options and odd packs -----------------------------------------------------------

def test_exercises_and_questions_options_are_honoured_in_the_pdf(example):
    plan = worksheet.plan(example, WorksheetOptions(exercises=("mcq", "short"), questions=2))
    text = text_of(worksheet.draw(plan)["worksheet.pdf"])
    assert "Multiple choice" in text and "Short answer" in text
    assert not any(title in text for title in ("Gap fill", "Matching", "Timeline", "True or false"))
    assert numbers(worksheet.draw(plan)["worksheet.pdf"]) == [1, 2, 3, 4]


def test_a_pack_with_no_dates_has_no_timeline_and_no_warning_about_it(tmp_path):
    pack = loads(pack_yaml(6, seed=3).replace("    date:", "    tags: [x]\n    #"))
    plan = worksheet.plan(pack, WorksheetOptions())
    text = text_of(worksheet.draw(plan)["worksheet.pdf"])
    assert "Timeline" not in text and "Gap fill" in text
    assert not any("timeline" in warning for warning in plan.warnings)
    asked = worksheet.plan(pack, WorksheetOptions(exercises=("timeline", "gap")))
    assert any("no timeline section — timeline needs" in w for w in asked.warnings)


def test_a_one_card_pack_builds_and_warns_which_sections_are_missing():
    pack = loads("title: One\ncards:\n  - title: The 20th Party Congress\n    points:\n"
                 "      - In February **1956** **Khrushchev** denounced **Stalin** in a secret speech.\n"
                 "      - The speech lasted **four hours**.\n")
    plan = worksheet.plan(pack, WorksheetOptions())
    files = worksheet.draw(plan)
    assert "Short answer" in text_of(files["worksheet.pdf"])
    assert any("no matching section — matching needs at least 3 cards" in w for w in plan.warnings)
    assert not plan.exercises.reused  # its two points are not stretched over two sections


def test_a_pack_with_nothing_to_ask_is_refused_with_the_fix():
    pack = loads("title: Plain\ncards:\n  - title: Something\n    points:\n      - nothing to see here.\n")
    with pytest.raises(StudypackError, match="no worksheet exercise can be made from this pack: .* — add points with"):
        worksheet.plan(pack, WorksheetOptions())


# -- layout ---------------------------------------------------------------------------

def _check_layout(data: bytes, page_size, smallest: float) -> None:
    width, height = page_size
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            chars = page.chars
            for char in chars:
                assert 5 * MM <= char["x0"] and char["x1"] <= width - 5 * MM
                assert 5 * MM <= char["top"] and char["bottom"] <= height - 5 * MM
                assert char["size"] >= smallest - 0.01
            words = page_words(page)
            for i, a in enumerate(words):
                for b in words[i + 1:]:
                    overlap_x = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    overlap_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    assert overlap_x <= 0.5 or overlap_y <= 0.5, (a["text"], b["text"])


@pytest.mark.parametrize("source, profile, paper, smallest", [
    ("example", "standard", None, 8.5), pytest.param("generated", "standard", "letter", 8.5, marks=pytest.mark.slow),
    pytest.param("example", "large-print", None, 16, marks=pytest.mark.slow),
    pytest.param("example", "dyslexia", None, 12, marks=pytest.mark.slow),
])
def test_text_stays_inside_the_printable_area_without_overlaps(example, source, profile, paper, smallest):
    pack = example if source == "example" else loads(pack_yaml(20, seed=2))
    plan = worksheet.plan(pack, WorksheetOptions(style=Style(paper=paper, profile=profile), variants=2))
    files = worksheet.draw(plan)
    _check_layout(files["worksheet.pdf"], plan.page_size, smallest)
    _check_layout(files["answers.pdf"], plan.page_size, smallest)


def test_large_print_body_text_is_16_pt(example):
    plan = worksheet.plan(example, WorksheetOptions(style=Style(profile="large-print")))
    with open_pdf(worksheet.draw(plan)["worksheet.pdf"]) as pdf:
        sizes = {round(c["size"], 1) for page in pdf.pages for c in page.chars}
    assert min(sizes) == 16


def test_the_cli_builds_both_pdfs_with_the_worksheet_flags(tmp_path):
    from typer.testing import CliRunner
    from studypack.cli import app

    path = write_pack(tmp_path, "history", 12)
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(tmp_path / "out"), "--only", "worksheet",
                                      "--variants", "2", "--seed", "s1", "--exercises", "gap,short", "--questions", "4",
                                      "--no-word-bank"])
    assert result.exit_code == 0, result.output
    sheet = (tmp_path / "out" / "history" / "worksheet.pdf").read_bytes()
    answers = (tmp_path / "out" / "history" / "answers.pdf").read_bytes()
    assert "Version B" in text_of(sheet) and "Version B" in text_of(answers)
    assert numbers(sheet)[:8] == list(range(1, 9))


def _long_point_pack(words: int):
    """Built as a model: the loader refuses points this long, but a layout must cope with any Pack."""
    from studypack.source import Card, Pack
    from studypack.source.inline import parse_point

    text = " ".join(["reform"] * words)
    points = (parse_point(f"In **1956** {text}."), parse_point("Short **1957** point."))
    return Pack(title="Long", cards=(Card(title="Long card", points=points),))


def test_a_question_taller_than_a_page_is_set_smaller_rather_than_clipped():
    # 850 words: too tall for a page at 11 pt, fits at 8 pt with the section's heading and word bank above it
    plan = worksheet.plan(_long_point_pack(850), WorksheetOptions(exercises=("gap",)))
    data = worksheet.draw(plan)["worksheet.pdf"]
    with open_pdf(data) as pdf:
        sizes = {round(c["size"], 2) for page in pdf.pages for c in page.chars if c["text"] == "r"}
    assert min(sizes) < 11 and min(sizes) >= 8
    _check_layout(data, plan.page_size, 8)


def test_a_point_too_long_for_any_page_is_refused_with_the_fix():
    with pytest.raises(StudypackError, match=r"question \d+ \(from card 1 point 1\) does not fit on one page even at 8 pt"
                                             r" — shorten that point"):
        worksheet.plan(_long_point_pack(3000), WorksheetOptions(exercises=("gap",)))


def test_a_matching_block_too_tall_for_large_print_is_split_and_keeps_its_numbers():
    names = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo")
    pack = loads("title: Long statements\ncards:\n" + "".join(
        f"  - title: {name.capitalize()}\n    points:\n      - "
        + " ".join(f"it{name[:3]}{word}" for word in range(22)) + ".\n" for name in names))
    plan = worksheet.plan(pack, WorksheetOptions(style=Style(profile="large-print"), exercises=("match",)))
    blocks = [q for s in plan.exercises.versions[0].sections for q in s.questions]
    assert len(blocks) > 1 and all(len(block.pairs) >= 3 for block in blocks)
    files = worksheet.draw(plan)
    count = sum(len(block.pairs) for block in blocks)
    assert count >= 6 and numbers(files["worksheet.pdf"]) == list(range(1, count + 1))
    assert sorted(numbers(files["answers.pdf"])) == list(range(1, count + 1))
    _check_layout(files["worksheet.pdf"], plan.page_size, 16)


def test_characters_the_font_lacks_are_an_error_not_printed_as_boxes():
    pack = loads("title: T\ncards:\n" + "".join(f"  - title: Card {n}\n    points:\n      - The **term{n}** 漢 appeared in {1950 + n}.\n"
                                                 for n in range(4)))
    with pytest.raises(StudypackError, match=r"has no glyph for 漢 \(U\+6F22\) on cards 1, 2, 3, 4"):
        worksheet.plan(pack, WorksheetOptions())


def test_every_missing_or_short_section_is_told_in_one_warning():
    pack = loads("""title: Thin
cards:
  - title: Sound
    points: ["Sound travels as **compressions** and rarefactions.", "Sound is a **longitudinal** wave."]
  - title: Light
    points: ["Light travels at **300,000 km/s** in a vacuum.", "Light is a **transverse** wave."]
""", "thin.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("gap", "mcq", "match", "tf")))
    told = [warning for warning in plan.warnings if warning.startswith("worksheet:")]
    assert len(told) == 1
    assert "no multiple choice section" in told[0] and "no matching section" in told[0]
