"""A small msgfmt: a ``.po`` catalogue read and compiled to ``.mo`` bytes for the standard ``gettext``.

The catalogues are compiled when first used rather than shipped compiled, so
a ``.po`` edited by a translator is what prints, with no build step to forget.
Only what studypack's catalogues use is read: ``msgid``, ``msgid_plural``,
``msgstr`` and ``msgstr[n]``, strings continued over several lines, the usual
backslash escapes, comments; an entry marked ``#, fuzzy`` is left out, as
GNU msgfmt does.
"""
from __future__ import annotations

import ast
import struct
from typing import NamedTuple


class Entry(NamedTuple):
    """One message of a catalogue."""

    msgid: str
    """The English text ("" for the header)."""
    plural: str
    """The English plural, for a counted message; else empty."""
    strings: tuple[str, ...]
    """The translation: one text, or one per plural form."""
    line: int
    """Line of its ``msgid``, for messages."""


class PoError(ValueError):
    """A ``.po`` file that cannot be read, with its line."""


def read_po(text: str, name: str = "<po>") -> list[Entry]:
    """The entries of a ``.po`` file's text, fuzzy ones left out."""
    entries: list[Entry] = []
    fields: dict[str, list[str]] = {}
    current: str | None = None
    fuzzy = False
    start = 0

    def finish() -> None:
        nonlocal fields, fuzzy, current
        if "msgid" in fields and not fuzzy:
            forms = sorted((key for key in fields if key.startswith("msgstr")), key=_form_index)
            entries.append(Entry("".join(fields["msgid"]), "".join(fields.get("msgid_plural", [])),
                                 tuple("".join(fields[key]) for key in forms), start))
        fields, current, fuzzy = {}, None, False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if current is not None and current.startswith("msgstr"):
                finish()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        if line.startswith('"'):
            if current is None:
                raise PoError(f"{name}:{number}: a string with no msgid or msgstr before it")
            fields[current].append(_unquoted(line, name, number))
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgid" and current is not None and current.startswith("msgstr"):
            finish()
        if keyword not in ("msgid", "msgid_plural") and not keyword.startswith("msgstr"):
            raise PoError(f"{name}:{number}: `{keyword}` is not a .po keyword — expected msgid, msgid_plural or msgstr")
        if keyword == "msgid":
            start = number
        current = keyword
        fields[keyword] = [_unquoted(rest.strip(), name, number)]
    finish()
    return entries


def _form_index(key: str) -> int:
    return int(key[7:-1]) if key.startswith("msgstr[") else 0


def _unquoted(text: str, name: str, number: int) -> str:
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise PoError(f"{name}:{number}: expected a string in double quotes, found {text!r}")
    try:
        return ast.literal_eval(text)  # a .po string's escapes are C's, which Python's literals share
    except (SyntaxError, ValueError):
        raise PoError(f"{name}:{number}: the string {text} has a broken escape") from None


MAGIC = 0x950412DE


def compile_mo(entries: list[Entry]) -> bytes:
    """The ``.mo`` file (GNU format, little-endian, no hash table) holding ``entries``."""
    pairs = []
    for entry in entries:
        if not any(entry.strings):
            continue  # untranslated: gettext falls back to the English
        key = entry.msgid + ("\0" + entry.plural if entry.plural else "")
        pairs.append((key.encode("utf-8"), "\0".join(entry.strings).encode("utf-8")))
    pairs.sort()
    count = len(pairs)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    tables: list[int] = []
    blob = bytearray()
    for column in (0, 1):
        for pair in pairs:
            text = pair[column]
            tables += [len(text), data_at + len(blob)]
            blob += text + b"\0"
    header = struct.pack("<7I", MAGIC, 0, count, originals_at, translations_at, 0, data_at)
    return header + struct.pack(f"<{len(tables)}I", *tables) + bytes(blob)
