"""Replacing files in one folder as one set: every new file or none of them, one writer at a time,
nothing of ours left behind — not even after Ctrl-C, SIGTERM or a crash.

Each file is written to a hidden temporary beside it, then the old files are moved aside and the
new ones renamed into place; if any step fails (or the run is interrupted) the old set is put back.
Only regular files and new names are written: a device, a pipe, a folder or a symbolic link at a
target's name is refused untouched (``calibrate -o /dev/null`` must not replace /dev/null).
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import Problem, StudypackError

STARTED = time.time()
"""When this process started: a temporary of ours older than this belongs to a run that died."""
_SHORT = 200
"""Bytes of a file's name kept in its temporaries' names, so these stay under the usual 255-byte limit."""


class WriteFailed(Exception):
    """An operating-system error while writing, with the file it happened to."""

    def __init__(self, path: Path, error: OSError):
        super().__init__(f"{path}: {error}")
        self.path = path
        """The file (or folder) that could not be written."""
        self.error = error
        """What the operating system said."""


def replace_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` (name to bytes) into ``folder`` as one set; the paths written.

    Raises StudypackError when a target is not a regular file, WriteFailed naming the file
    when the system refuses; either way the folder holds exactly what it held before.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(folder, error) from None
    with folder_lock(folder):
        for name in files:
            existing_file(folder / name)
        remove_stale_temporaries(folder, files)
        temporaries: dict[str, Path] = {}
        try:
            for name, data in files.items():
                temporaries[name] = _write_temporary(folder, name, data)
            _swap_in(folder, temporaries)
        finally:
            for temporary in temporaries.values():
                temporary.unlink(missing_ok=True)
    return [folder / name for name in files]


def existing_file(path: Path) -> bool:
    """Whether a regular file is at ``path`` (False: nothing is); StudypackError for anything else there."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError as error:
        raise WriteFailed(path, error) from None
    if stat.S_ISREG(mode):
        return True
    if stat.S_ISLNK(mode):
        what = "is a symbolic link — studypack replaces only regular files: name the file it points to, or remove the link"
    elif stat.S_ISDIR(mode):
        what = "is a folder — name a file to write, such as out/calibration.pdf, or move the folder away"
    else:
        what = "is a device, pipe or socket, not a regular file — studypack writes only to regular files: choose another name"
    raise StudypackError(Problem(what, str(path)))


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Held while a set of files is replaced in ``folder``, so two builds into one folder take turns.

    The lock is on the folder itself (no lock file is left in it); where the system has no
    ``flock`` the writes go on unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def remove_stale_temporaries(folder: Path, names) -> list[Path]:
    """Remove the temporaries and backups that an interrupted run left for ``names`` in ``folder``.

    Only files named exactly as ours (``.NAME.XXXXXXXX.tmp`` or ``.old``) and older than this
    process are removed; with the folder locked, no live writer can own them.
    """
    patterns = [re.compile(rf"\.{re.escape(_short(name))}\.[a-z0-9_]{{8}}\.(?:tmp|old)") for name in names]
    removed = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not any(pattern.fullmatch(entry.name) for pattern in patterns):
                continue
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < STARTED:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                continue  # someone else's to clean up, or gone already
    return removed


def _short(name: str) -> str:
    return name.encode("utf-8")[:_SHORT].decode("utf-8", errors="ignore")


def _write_temporary(folder: Path, name: str, data: bytes) -> Path:
    """``data`` in a synced hidden temporary beside ``name``, with the mode a new file gets."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{_short(name)}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteFailed(folder / name, error) from None
    try:
        os.chmod(temporary, _new_file_mode())  # mkstemp makes it private (0600); give it the usual mode
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise WriteFailed(folder / name, error) from None
        raise
    return Path(temporary)


def _swap_in(folder: Path, temporaries: dict[str, Path]) -> None:
    """Move each old file aside, rename each new one into place; on any failure put the old set back."""
    placed: list[tuple[Path, Path | None]] = []  # (target, its old file moved aside, if there was one)
    name = ""
    try:
        for name, temporary in temporaries.items():
            target = folder / name
            placed.append((target, _move_aside(target)))
            os.replace(temporary, target)
    except BaseException as error:
        for target, backup in reversed(placed):
            try:
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
            except OSError:
                continue  # the backup stays, as a hidden file a later run removes
        if isinstance(error, OSError):
            raise WriteFailed(folder / name, error) from None
        raise
    for _, backup in placed:
        if backup is not None:
            backup.unlink(missing_ok=True)


def _move_aside(target: Path) -> Path | None:
    """The hidden name ``target``'s old file now has, or None when there was none."""
    if not os.path.lexists(target):
        return None
    handle, backup = tempfile.mkstemp(prefix=f".{_short(target.name)}.", suffix=".old", dir=target.parent)
    os.close(handle)
    try:
        os.replace(target, backup)
    except BaseException:
        os.unlink(backup)
        raise
    return Path(backup)


def _new_file_mode() -> int:
    """The mode a plainly created file gets here: 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
