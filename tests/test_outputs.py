"""Writing outputs: all or nothing, and never outside --out."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from studypack.errors import StudypackError
from studypack.outputs import output_folder, write_all


def test_all_files_are_written_and_no_temporary_files_remain(tmp_path):
    written = write_all(tmp_path / "pack", {"a.pdf": b"A", "b.pdf": b"B"})
    assert [p.name for p in written] == ["a.pdf", "b.pdf"]
    assert sorted(p.name for p in (tmp_path / "pack").iterdir()) == ["a.pdf", "b.pdf"]


def test_a_failed_write_leaves_earlier_files_untouched(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"old")
    with pytest.raises(StudypackError, match="cannot write the PDFs"):
        write_all(folder, {"a.pdf": b"new", "missing-dir/b.pdf": b"B"})
    assert (folder / "a.pdf").read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["a.pdf"]


def test_an_unwritable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StudypackError, match=r"cannot write the PDFs \(.*\) — choose a folder you can write to with --out"):
        write_all(blocker / "pack", {"a.pdf": b"A"})


@pytest.mark.parametrize(
    "pack_name, folder",
    [("khrushchev.yaml", "khrushchev"), ("../../etc/passwd.yaml", "passwd"), ("..yaml", "pack"),
     ("my notes (v2).yaml", "my-notes-v2"), ("Über.yml", "Über")],
)
def test_output_folder_is_the_sanitised_stem_inside_out(pack_name, folder):
    result = output_folder(Path("out"), Path(pack_name))
    assert result == Path("out") / folder
    assert result.parent == Path("out")


def test_two_packs_that_would_share_an_output_folder_are_refused(tmp_path):
    from studypack.outputs import refuse_shared_folders

    first, second = tmp_path / "a" / "t.yaml", tmp_path / "b" / "t.yaml"
    with pytest.raises(StudypackError, match=f"^{re.escape(f'{first} and {second} would both write to out/t — rename one of them')}$"):
        refuse_shared_folders([first, second], Path("out"))
    refuse_shared_folders([first, first, tmp_path / "u.yaml"], Path("out"))  # the same pack twice is one folder


def test_an_import_written_onto_its_own_notes_is_refused(tmp_path):
    from studypack.outputs import refuse_output_onto_input

    notes = tmp_path / "notes.md"
    with pytest.raises(StudypackError, match="is the file being imported — choose another name with -o"):
        refuse_output_onto_input(tmp_path / "." / "notes.md", notes)
    refuse_output_onto_input(tmp_path / "notes.yaml", notes)


@pytest.mark.parametrize("name, refused", [("packs/topic.yaml", True), ("topic.YML", True), ("out/calibration.pdf", False)])
def test_a_pdf_named_like_a_pack_is_refused(name, refused):
    from studypack.outputs import refuse_pdf_onto_pack

    if refused:
        with pytest.raises(StudypackError, match=r"is named like a pack file \(\.yaml, \.yml\)"):
            refuse_pdf_onto_pack(Path(name))
    else:
        refuse_pdf_onto_pack(Path(name))
