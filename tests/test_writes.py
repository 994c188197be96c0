"""Hostile places to write: nothing but a regular file is ever replaced, nothing of ours is left
behind after an interruption, a pack's files change as one set, and odd names get clear errors."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studypack import atomic
from studypack.cli import app
from studypack.errors import StudypackError
from studypack.outputs import output_folder, refuse_shared_folders, write_all, write_new

PACK = "title: T\ncards:\n  - title: A\n    points: [The **airlift** began.]\n"
runner = CliRunner()


def _pack(tmp_path: Path, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(PACK, encoding="utf-8")
    return path


def _clean_exit(result, code: int) -> None:
    """The exit code, said on error: lines, without a traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


# -- 1. only regular files and new names ----------------------------------------------------

def _targets(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    return {"a pipe": fifo, "a link to a pipe": link, "a symbolic link loop": loop}


@pytest.mark.parametrize("command", ["calibrate", "import", "export"])
def test_a_pipe_or_a_symbolic_link_at_the_output_is_refused_and_left_as_it_was(tmp_path, command):
    pack = _pack(tmp_path)
    for what, target in _targets(tmp_path).items():
        before = os.lstat(target)
        args = {"calibrate": ["calibrate", "-o", str(target)],
                "import": ["import", str(tmp_path / "notes.md"), "-o", str(target), "--force"],
                "export": ["export", str(pack), "--to", "csv", "-o", str(target), "--force"]}[command]
        (tmp_path / "notes.md").write_text("# Pack\n## Card\n- a point\n", encoding="utf-8")
        result = runner.invoke(app, args)
        _clean_exit(result, 1)
        assert f"error: {target}: " in result.output, what
        assert "is a device, pipe or socket" in result.output or "is a symbolic link" in result.output, what
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino), f"{what} was replaced"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_regular_file_is_still_replaced_in_place(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    result = runner.invoke(app, ["calibrate", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")


def test_a_folder_at_a_file_name_is_refused(tmp_path):
    (tmp_path / "pack" / "a.pdf").mkdir(parents=True)
    with pytest.raises(StudypackError, match=r"a\.pdf: is a folder — "):
        write_all(tmp_path / "pack", {"a.pdf": b"A"})


# -- 2. nothing left behind -----------------------------------------------------------------

def test_ctrl_c_while_writing_leaves_no_temporary_and_the_old_files(tmp_path, monkeypatch):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"old a")
    calls = []

    def interrupted(handle):
        calls.append(handle)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_all(folder, {"a.pdf": b"new a", "b.pdf": b"new b"})
    assert sorted(p.name for p in folder.iterdir()) == ["a.pdf"]
    assert (folder / "a.pdf").read_bytes() == b"old a"


def test_sigterm_while_writing_leaves_no_temporary_and_exits_143(tmp_path):
    folder = tmp_path / "pack"
    script = (
        "import os, signal\n"
        "from studypack import atomic, cli, outputs\n"
        "cli._stop_on_terminate()\n"
        "atomic.os.fsync = lambda handle: os.kill(os.getpid(), signal.SIGTERM)\n"
        f"outputs.write_all(__import__('pathlib').Path({str(folder)!r}), {{'a.pdf': b'A', 'b.pdf': b'B'}})\n"
    )
    finished = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert finished.returncode == 143, finished.stderr
    assert list(folder.iterdir()) == []


def test_a_later_write_removes_the_temporaries_a_killed_run_left_and_nothing_else(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    stale = [folder / ".a.pdf.k3j_9xq0.tmp", folder / ".a.pdf.abcdefgh.old"]
    kept = [folder / ".a.pdf.abcdefgh.tmp.keep", folder / ".notes.abcdefgh.tmp", folder / "a.pdf.abcdefgh.tmp"]
    for path in stale + kept:
        path.write_bytes(b"x")
        os.utime(path, (atomic.STARTED - 60, atomic.STARTED - 60))
    fresh = folder / ".a.pdf.zzzzzzzz.tmp"  # made since this run started: perhaps another live writer's
    fresh.write_bytes(b"x")
    write_all(folder, {"a.pdf": b"A"})
    assert sorted(p.name for p in folder.iterdir()) == sorted(["a.pdf", fresh.name] + [p.name for p in kept])


# -- 3. one set, named failures, one writer at a time ------------------------------------------

def test_a_failed_rename_puts_the_old_set_back_and_names_the_file(tmp_path, monkeypatch):
    folder = tmp_path / "pack"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf"):
        (folder / name).write_bytes(b"old " + name.encode())
    real_replace = os.replace

    def failing(source, target):
        if str(target).endswith("b.pdf") and str(source).endswith(".tmp"):
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", failing)
    with pytest.raises(StudypackError) as caught:
        write_all(folder, {"a.pdf": b"new a", "b.pdf": b"new b", "c.pdf": b"new c"})
    assert str(caught.value) == (f"{folder / 'b.pdf'}: cannot write the PDFs (No space left on device)"
                                 " — choose a folder you can write to with --out")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"a.pdf": b"old a.pdf", "b.pdf": b"old b.pdf"}


def test_two_writers_to_one_folder_take_turns(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    with atomic.folder_lock(folder):
        writer = threading.Thread(target=write_all, args=(folder, {"a.pdf": b"A"}))
        writer.start()
        time.sleep(0.3)
        assert writer.is_alive() and not (folder / "a.pdf").exists()  # waiting for the lock
    writer.join(10)
    assert not writer.is_alive() and (folder / "a.pdf").read_bytes() == b"A"


@pytest.mark.slow  # (concurrent builds in processes, 1.5 s: in make test-slow)
def test_concurrent_builds_of_one_folder_each_leave_a_complete_set(tmp_path):
    pack = _pack(tmp_path)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "studypack", "build", str(pack), "--out", str(out), "--only", "summary,worksheet", "-q"]
    runs = [subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE) for _ in range(3)]
    assert all(run.wait(120) == 0 for run in runs), [run.stderr.read() for run in runs]
    assert sorted(p.name for p in (out / "t").iterdir()) == ["answers.pdf", "summary.pdf", "worksheet.pdf"]


# -- 4. folder names keep their letters --------------------------------------------------------

@pytest.mark.parametrize("name, folder", [("Café.yaml", "Café"), ("История.yaml", "История"), ("Γεια.yaml", "Γεια"),
                                          (unicodedata.normalize("NFD", "Café.yaml"), "Café"), ("日本史 1.yaml", "日本史-1")])
def test_output_folders_keep_letters_and_digits_of_every_script_in_nfc(name, folder):
    assert output_folder(Path("out"), Path(name)) == Path("out") / folder


def test_packs_whose_folders_differ_only_in_case_or_normal_form_are_refused(tmp_path):
    first, second = tmp_path / "Topic.yaml", tmp_path / "b" / "topic.yaml"
    with pytest.raises(StudypackError, match="would both write to out/topic — rename one of them"):
        refuse_shared_folders([first, second], Path("out"))
    refuse_shared_folders([tmp_path / "История.yaml", tmp_path / "Γεια.yaml"], Path("out"))


def test_cyrillic_and_greek_packs_build_into_their_own_folders(tmp_path):
    packs = [_pack(tmp_path, "История.yaml"), _pack(tmp_path, "Γεια.yaml")]
    result = runner.invoke(app, ["build", *map(str, packs), "--out", str(tmp_path / "out"), "--only", "summary"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(["История", "Γεια"])


# -- 5. odd names, clear errors ------------------------------------------------------------------

def test_a_name_too_long_for_the_filesystem_is_a_clear_error(tmp_path):
    target = tmp_path / ("x" * 300 + ".pdf")
    result = runner.invoke(app, ["calibrate", "-o", str(target)])
    _clean_exit(result, 1)
    assert "(File name too long) — choose a shorter name" in result.output
    with pytest.raises(StudypackError, match="choose a shorter name"):
        write_new(target.with_suffix(".yaml"), b"x")


def test_a_name_of_250_bytes_is_written_although_its_temporary_would_be_longer(tmp_path):
    target = tmp_path / ("é" * 123 + ".pdf")  # 250 bytes
    write_new(target, b"x")
    assert target.read_bytes() == b"x"


def test_a_symbolic_link_loop_named_twice_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("loop.yaml").symlink_to("loop.yaml")
    result = runner.invoke(app, ["build", "loop.yaml", "loop.yaml"])
    _clean_exit(result, 1)
    assert "error: loop.yaml: cannot read the file (Too many levels of symbolic links)" in result.output
    assert not Path("out").exists()
