"""The labels catalogue: every language complete and well formed, plural forms, a pack's lang: and labels:."""
from __future__ import annotations

import gettext
import io
import re
from pathlib import Path

import pytest

from studypack.errors import StudypackError
from studypack.layouts.labels import LANGUAGES, labels_for, parse_language
from studypack.layouts.labels.catalogue import LABELS, placeholders
from studypack.layouts.labels.msgfmt import compile_mo, read_po
from studypack.source import loads
from studypack.source.writer import dump

LOCALE = Path(__file__).parents[2] / "layouts" / "labels" / "locale"


def entries(code: str):
    return {entry.msgid: entry for entry in read_po((LOCALE / f"{code}.po").read_text(encoding="utf-8"), code)}


def test_every_language_but_english_has_a_catalogue_and_no_other_is_there():
    assert {path.stem for path in LOCALE.glob("*.po")} == set(LANGUAGES) - {"en"}


def test_message_ids_are_unique_so_no_two_labels_share_a_translation():
    texts = [label.text for label in LABELS.values()]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("code", sorted(set(LANGUAGES) - {"en"}))
def test_every_label_is_translated_keeping_its_placeholders(code):
    found = entries(code)
    forms = int(re.search(r"nplurals=(\d+)", found[""].strings[0]).group(1))
    for label in LABELS.values():
        entry = found.get(label.text)
        assert entry is not None, f"{code}: {label.name} is missing"
        assert entry.plural == label.plural
        assert len(entry.strings) == (forms if label.plural else 1), f"{code}: {label.name}"
        for text in entry.strings:
            assert text.strip(), f"{code}: {label.name} is empty"
            assert placeholders(text) == placeholders(label.text) | placeholders(label.plural), f"{code}: {label.name}"
            assert text.startswith(" ") == label.text.startswith(" "), f"{code}: {label.name} lost its leading space"


def test_the_compiled_catalogue_reads_back_through_the_standard_gettext():
    po = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
          'msgid "Name"\nmsgstr "Nom"\n\n#, fuzzy\nmsgid "Class"\nmsgstr "Clase"\n\n'
          'msgid "{count} mark"\nmsgid_plural "{count} marks"\nmsgstr[0] "{count} point"\nmsgstr[1] "{count} "\n"points"\n')
    catalogue = gettext.GNUTranslations(io.BytesIO(compile_mo(read_po(po))))
    assert catalogue.gettext("Name") == "Nom"
    assert catalogue.gettext("Class") == "Class"  # a fuzzy entry is not used
    assert [catalogue.ngettext("{count} mark", "{count} marks", n) for n in (0, 1, 2)] == \
        ["{count} point", "{count} point", "{count} points"]


@pytest.mark.parametrize("count, expected", [(1, "1 punkt"), (2, "2 punkty"), (4, "4 punkty"), (5, "5 punktów"),
                                             (12, "12 punktów"), (22, "22 punkty"), (25, "25 punktów"), (0, "0 punktów")])
def test_polish_counts_marks_with_its_three_plural_forms(count, expected):
    assert labels_for(None, "pl").count("marks", count) == expected


def test_languages_format_the_labels_a_native_teacher_would_expect():
    french, german = labels_for(None, "fr"), labels_for(None, "de")
    assert (french.text("page", page=1, pages=2), french.count("marks", 1), french.count("marks", 2)) == \
        ("Page 1 sur 2", "1 point", "2 points")
    assert (german.text("answers"), german.count("marks", 2), german.number(1.5)) == ("Lösungen", "2 Punkte", "1,5")
    assert labels_for(None, "en").number(1.5) == "1.5"


def test_a_language_code_is_read_loosely_and_an_unknown_one_lists_the_languages():
    assert [parse_language(text) for text in ("FR", "de-AT", "pt_BR")] == ["fr", "de", "pt"]
    with pytest.raises(ValueError, match=r"`xx` is not a language with printed labels — give one of en \(English\), "
                                         r"fr \(français\).*pl \(polski\)"):
        parse_language("xx")


PACK = "title: Test\nlang: {lang}\nlabels:\n{labels}\ncards:\n  - title: A\n    points:\n      - one\n"


def pack_with(lang: str = "fr", labels: str = "  name: Nom et prénom"):
    return loads(PACK.format(lang=lang, labels=labels), "pack.yaml")


def test_the_packs_lang_and_labels_choose_the_words_and_the_flag_wins_over_its_lang():
    pack = pack_with(labels="  name: Nom et prénom\n  marks: [\"{count} pt\", \"{count} pts\"]")
    french = labels_for(pack)
    assert (french.text("name"), french.text("class"), french.count("marks", 3)) == ("Nom et prénom", "Classe", "3 pts")
    german = labels_for(pack, "de")
    assert (german.text("name"), german.text("class")) == ("Nom et prénom", "Klasse")


def test_lang_and_labels_are_written_back_as_they_were_read():
    pack = pack_with(labels="  page: 'Page {page}/{pages}'\n  marks: [\"{count} pt\", \"{count} pts\"]")
    again = loads(dump(pack))
    assert (again.lang, again.labels) == (pack.lang, pack.labels)


@pytest.mark.parametrize("lang, labels, message", [
    ("xx", "  name: Nom", r"pack.yaml:2:7: lang: `xx` is not a language with printed labels — give one of en"),
    ("fr", "  nmae: Nom", r"pack.yaml:4:9: labels.nmae: there is no label `nmae` — did you mean `name`\?"),
    ("fr", "  page: Page", r"pack.yaml:4:9: labels.page: “Page” leaves out \{page\}, \{pages\}"),
    ("fr", "  name: 'Nom {x}'", r"labels.name: “Nom \{x\}” has \{x\}, which this label cannot fill"),
    ("fr", "  page: 'Page {page of {pages}'", r"labels.page: “Page \{page of \{pages\}” has an unmatched brace"),
    ("fr", "  marks: ['a {count}', 'b {count}', 'c {count}']", r"labels.marks: `marks` has 3 forms, but français counts with 2"),
])
def test_a_bad_lang_or_label_is_reported_at_its_place_with_the_fix(lang, labels, message):
    with pytest.raises(StudypackError) as caught:
        labels_for(pack_with(lang, labels))
    assert re.search(message, str(caught.value)), str(caught.value)
