"""Card pictures in exports: in the Anki package's media and embedded in Moodle XML; named where a format drops them."""
import base64
import io
import json
import re
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest

from studypack.errors import StudypackError
from studypack.exporters import ExportOptions, export_pack
from studypack.exporters._media import media_name
from studypack.layouts.options import WorksheetOptions
from studypack.source import load
from pngs import png

_IMG_SRC = re.compile(r'<img src="([^"]+)">')


PACK = """\
title: Water
cards:
  - title: The water molecule
    image: pictures/water molecule.png
    back_image: back.png
    points:
      - It is made of **hydrogen** and **oxygen**.
      - Its formula is H~2~O.
      - Each molecule holds two **hydrogen** atoms.
  - title: Ice
    image: pictures/water molecule.png
    points:
      - It floats on **water**.
      - Frozen water is less dense than liquid **water**.
  - title: Steam
    points:
      - It forms at **100 °C**.
      - Boiling water becomes a gas at **100 °C**.
  - title: Rain
    points:
      - Drops fall when **droplets** in the sky grow too heavy.
  - title: Fog
    points:
      - Water vapour near the ground cools into a low **cloud**.
"""


@pytest.fixture
def pictured(tmp_path):
    """The pack above with its two pictures written beside it, loaded; the pictures' bytes."""
    (tmp_path / "pictures").mkdir()
    front, back = png(4, 3, 10), png(2, 2, 200)
    (tmp_path / "pictures" / "water molecule.png").write_bytes(front)
    (tmp_path / "back.png").write_bytes(back)
    path = tmp_path / "water.yaml"
    path.write_text(PACK, encoding="utf-8")
    return load(path), front, back


def test_anki_pictures_are_in_the_media_and_at_the_top_of_their_fields(pictured, apkg):
    pack, front, back = pictured
    data = export_pack(pack, "anki").data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        media = json.loads(archive.read("media"))
        stored = {name: archive.read(number) for number, name in media.items()}
    assert sorted(media) == ["0", "1"]  # the picture two cards share is stored once
    assert sorted(stored.values()) == sorted([front, back])
    notes = apkg(data).notes
    first_front, first_back = notes[0]["fields"]
    assert first_front.startswith("<img src=") and first_front.endswith("<br>The water molecule")
    assert first_back.startswith("<img src=") and first_back.index("<img") < first_back.index("<ul>")
    assert stored[_IMG_SRC.search(first_front).group(1)] == front
    assert stored[_IMG_SRC.search(first_back).group(1)] == back
    assert _IMG_SRC.findall(notes[1]["fields"][0]) == _IMG_SRC.findall(first_front)
    assert "<img" not in notes[2]["fields"][0] + notes[2]["fields"][1]


def test_anki_picture_names_are_safe_unique_and_the_bytes_repeat(pictured):
    pack, front, back = pictured
    first, second = export_pack(pack, "anki").data, export_pack(pack, "anki").data
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        names = list(json.loads(archive.read("media")).values())
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+-[0-9a-f]{12}\.png", name) for name in names), names
    assert names[0].startswith("water-molecule-")


def test_media_names_follow_the_bytes_not_the_typed_name():
    assert media_name("photo.JPEG", png(1, 1)).endswith(".png")
    assert media_name("a.png", png(1, 1, 1)) != media_name("a.png", png(1, 1, 2))
    assert media_name("../../évil name.png", png(1, 1)).startswith("vil-name-")


def test_a_picture_gone_since_loading_is_a_clear_error(pictured, tmp_path):
    pack, _, _ = pictured
    (tmp_path / "back.png").unlink()
    with pytest.raises(StudypackError, match=r"water.yaml:3: the picture .*back.png cannot be read \(No such file"):
        export_pack(pack, "anki")


def _moodle(pack, exercises, seed="7"):
    options = ExportOptions(worksheet=WorksheetOptions(exercises=exercises, seed=seed))
    return ElementTree.fromstring(export_pack(pack, "moodle", options).data)


def _embedded(element):
    """(the names its text's <img>s show, {file name: decoded bytes}) of a questiontext or subquestion."""
    shown = _IMG_SRC.findall(element.find("text").text)
    files = {file.get("name"): base64.b64decode(file.text) for file in element.findall("file")}
    assert all(file.get("path") == "/" and file.get("encoding") == "base64" for file in element.findall("file"))
    return shown, files


def test_moodle_short_answers_embed_their_cards_front_picture(pictured):
    pack, front, _ = pictured
    root = _moodle(pack, ("short",))
    essays = root.findall("question[@type='essay']")
    assert essays
    for essay in essays:
        shown, files = _embedded(essay.find("questiontext"))
        about = essay.find("questiontext/text").text
        if "Steam" in about:
            assert (shown, files) == ([], {})
        else:
            assert len(shown) == 1 and shown[0].startswith("@@PLUGINFILE@@/")
            assert files == {shown[0].removeprefix("@@PLUGINFILE@@/"): front}


def test_moodle_matching_titles_carry_their_cards_pictures(pictured):
    pack, front, _ = pictured
    root = _moodle(pack, ("match",))
    subquestions = [subquestion for subquestion in root.findall("question[@type='matching']/subquestion")
                    if subquestion.find("text").text]  # spare statements have no title
    assert len(subquestions) >= 3
    for subquestion in subquestions:
        shown, files = _embedded(subquestion)
        title = subquestion.find("text").text
        if not title.endswith(("The water molecule", "Ice")):
            assert files == {}
        else:
            assert [f"@@PLUGINFILE@@/{name}" for name in files] == shown and list(files.values()) == [front]


def test_moodle_never_shows_a_back_picture_which_goes_with_the_answers(pictured):
    pack, _, back = pictured
    data = export_pack(pack, "moodle", ExportOptions(worksheet=WorksheetOptions(seed="7"))).data
    assert base64.b64encode(back) not in data


def test_formats_that_cannot_hold_pictures_name_them_in_their_warning(pictured):
    pack, _, _ = pictured
    for name in ("csv", "quizlet"):
        assert "pictures left out, as a row holds only text (cards 1, 2)" in str(export_pack(pack, name).warnings)
    options = ExportOptions(worksheet=WorksheetOptions(exercises=("short",), seed="7"))
    for name in ("gift", "qti"):
        warning = str(export_pack(pack, name, options).warnings)
        assert "card pictures left out" in warning and "export --to moodle" in warning
    assert "picture" not in str(export_pack(pack, "moodle", options).warnings)


def test_moodle_point_questions_show_the_picture_only_where_they_show_the_cards_title(pictured):
    pack, front, _ = pictured
    root = _moodle(pack, ("gap", "tf"), seed="2")  # a seed whose sheet has questions with and without the title
    seen = set()
    for question in root.findall("question[@type='cloze']") + root.findall("question[@type='truefalse']"):
        shown, files = _embedded(question.find("questiontext"))
        text = _IMG_SRC.sub("", question.find("questiontext/text").text)
        titled = re.search(r"(^|>)(The water molecule|Ice): ", text) is not None
        assert (files == {shown[0].removeprefix("@@PLUGINFILE@@/"): front}) if titled else (files == {}), text
        seen.add(titled)
    assert seen == {True, False}
