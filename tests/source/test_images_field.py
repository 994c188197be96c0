"""Card pictures (`image:`, `back_image:`): checked when the pack loads, written back relative to the pack."""
import struct

import pytest

from studypack.errors import StudypackError
from studypack.source import load, loads
from studypack.source.images import MAX_IMAGE_BYTES, picture_kind, pixel_size
from studypack.source.writer import dump

from pngs import png


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\x01\x01\0\0\x01\0\x01\0\0"
    frame = b"\xff\xc0" + struct.pack(">HBHH", 17, 8, height, width) + b"\x03" + b"\0" * 9
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


def pack_with(folder, card_fields: str, name: str = "pack.yaml"):
    path = folder / name
    path.write_text(f"title: Cells\ncards:\n  - title: Animal cell\n    points: [nucleus]\n{card_fields}",
                    encoding="utf-8")
    return path


def test_pictures_are_resolved_beside_the_pack_with_their_pixel_size(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "cell.png").write_bytes(png(1200, 800))
    (tmp_path / "back.jpg").write_bytes(jpeg(640, 480))
    card = load(pack_with(tmp_path, "    image: pictures/cell.png\n    back_image: back.jpg\n")).cards[0]
    assert card.image == (tmp_path / "pictures" / "cell.png").resolve()
    assert card.back_image == (tmp_path / "back.jpg").resolve()
    assert (card.image_size, card.back_image_size) == ((1200, 800), (640, 480))


def test_an_svg_picture_has_no_pixel_size(tmp_path):
    (tmp_path / "cell.svg").write_bytes(SVG)
    card = load(pack_with(tmp_path, "    image: cell.svg\n")).cards[0]
    assert (card.image, card.image_size) == ((tmp_path / "cell.svg").resolve(), None)


def test_a_missing_picture_is_an_error_at_its_field(tmp_path):
    path = pack_with(tmp_path, "    image: cell.png\n")
    with pytest.raises(StudypackError, match=r"pack\.yaml:5:12: card 1, image: no file cell\.png beside the pack"
                                             r" \(looked for .*\) — check the name, or give the path relative to the"
                                             r" pack file$"):
        load(path)


def test_a_folder_is_not_a_picture(tmp_path):
    (tmp_path / "pictures").mkdir()
    with pytest.raises(StudypackError, match=r":5:17: card 1, back_image: pictures is not a file — give the path"
                                             r" of a PNG, JPEG or SVG picture$"):
        load(pack_with(tmp_path, "    back_image: pictures\n"))


def test_a_file_that_is_not_a_picture_is_refused_by_its_content_not_its_name(tmp_path):
    (tmp_path / "cell.png").write_bytes(b"GIF89a not really a png")
    with pytest.raises(StudypackError, match=r"card 1, image: cell\.png is not a PNG, JPEG or SVG picture"
                                             r" \(by its content\) — save it as one of those$"):
        load(pack_with(tmp_path, "    image: cell.png\n"))


def test_a_picture_over_the_size_limit_is_refused(tmp_path):
    (tmp_path / "huge.png").write_bytes(png(10, 10) + b"\0" * MAX_IMAGE_BYTES)
    with pytest.raises(StudypackError, match=r"huge\.png is 20\.0 MB; the most is 20 MB — save it smaller"):
        load(pack_with(tmp_path, "    image: huge.png\n"))


def test_a_picture_field_must_be_a_path(tmp_path):
    with pytest.raises(StudypackError, match=r"card 1, image: should be the path of a picture, found a list"):
        load(pack_with(tmp_path, "    image: [a, b]\n"))


def test_every_picture_problem_is_reported_with_the_other_problems(tmp_path):
    path = pack_with(tmp_path, "    image: a.png\n    back_image: b.png\n  - title: B\n")
    with pytest.raises(StudypackError) as caught:
        load(path)
    assert [problem.field for problem in caught.value.problems] == ["cards[1].image", "cards[1].back_image",
                                                                     "cards[2].points"]


def test_pictures_are_written_relative_to_the_folder_the_pack_is_written_to(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "cell.png").write_bytes(png(4, 3))
    pack = load(pack_with(tmp_path, "    image: pictures/cell.png\n    back_image: pictures/cell.png\n"))
    elsewhere = tmp_path / "out" / "packs"
    elsewhere.mkdir(parents=True)
    written = dump(pack, elsewhere)
    assert "    image: ../../pictures/cell.png\n    back_image: ../../pictures/cell.png\n" in written
    (elsewhere / "copy.yaml").write_text(written, encoding="utf-8")
    assert load(elsewhere / "copy.yaml") == pack


def test_a_pack_without_pictures_has_none(tmp_path):
    card = loads("title: T\ncards:\n  - title: A\n    points: [x]\n").cards[0]
    assert (card.image, card.back_image, card.image_size, card.back_image_size) == (None, None, None, None)


@pytest.mark.parametrize(("head", "kind"), [
    (png(1, 1), "PNG"), (jpeg(1, 1), "JPEG"), (SVG, "SVG"), (b"\xef\xbb\xbf  <svg width='1'/>", "SVG"),
    (b"<?xml version='1.0'?><html/>", None), (b"GIF89a", None), (b"", None),
])
def test_the_kind_of_picture_is_told_by_its_first_bytes(head, kind):
    assert picture_kind(head) == kind


def test_a_jpeg_size_is_found_after_other_segments_and_a_truncated_header_has_none():
    assert pixel_size(jpeg(3000, 2000), "JPEG") == (3000, 2000)
    assert pixel_size(jpeg(3000, 2000)[:25], "JPEG") is None
    assert pixel_size(png(5, 7)[:20], "PNG") is None
