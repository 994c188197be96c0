"""The printed labels in the class's language: ``labels_for(pack, style) -> Labels``.

The language is ``--lang`` (or ``print: lang:``), else the pack's ``lang:``,
else English; the pack's ``labels:`` override single labels. Translations
are gettext catalogues (``locale/<code>.po``), compiled on first use and read
with the standard ``gettext`` module; English is the message ids themselves.
"""
from __future__ import annotations

import difflib
import gettext
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ...errors import Problem, StudypackError
from ...source.model import LabelText, Pack
from .catalogue import LABEL_NAMES, LABELS, Label, placeholders, placeholders_of
from .msgfmt import compile_mo, read_po

LANGUAGES = {"en": "English", "fr": "français", "de": "Deutsch", "es": "español", "it": "italiano",
             "pt": "português", "nl": "Nederlands", "pl": "polski"}
"""Every language with labels (code to its own name); each but English has ``locale/<code>.po``."""
DEFAULT_LANGUAGE = "en"

__all__ = ["DEFAULT_LANGUAGE", "LABELS", "LABEL_NAMES", "LANGUAGES", "Labels", "english", "label_problems",
           "labels_for", "language_code", "parse_language"]


def language_code(text: str) -> str | None:
    """The code of the language ``text`` names (``fr``, ``FR``, ``fr-CA``, ``fr_FR`` all give fr), or None."""
    code = text.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def parse_language(text: str, base: Path | None = None) -> str:
    """``--lang`` and ``print: lang:``: a language code; ValueError lists the languages there are."""
    code = language_code(text)
    if code is None:
        raise ValueError(f"`{text.strip()}` is not a language with printed labels — give one of {_known()}")
    return code


def _known() -> str:
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


@dataclass(frozen=True)
class Labels:
    """The labels of one language, with a pack's overrides: what every layout prints its fixed words with."""

    language: str = DEFAULT_LANGUAGE
    """The language code."""
    overrides: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Label name to the pack's own text (one form, or one per plural form)."""
    _catalogue: gettext.NullTranslations = field(default_factory=gettext.NullTranslations, repr=False, compare=False)

    def text(self, name: str, **values: object) -> str:
        """The label ``name`` with its ``{placeholders}`` filled from ``values``."""
        own = dict(self.overrides).get(name)
        text = own[0] if own else self._catalogue.gettext(LABELS[name].text)
        return text.format(**values)

    def count(self, name: str, count: int, **values: object) -> str:
        """The counted label ``name`` in the form the language uses for ``count`` ("1 mark", "2 marks")."""
        label = LABELS[name]
        own = dict(self.overrides).get(name)
        if own:
            text = own[min(self.plural_form(count), len(own) - 1)] if len(own) > 1 else own[0]
        else:
            text = self._catalogue.ngettext(label.text, label.plural, count)
        return text.format(count=count, **values)

    def plural_form(self, count: int) -> int:
        """Which of the language's plural forms ``count`` takes (0 for the singular)."""
        rule = getattr(self._catalogue, "plural", None)
        return int(rule(count)) if rule else int(count != 1)

    @property
    def plural_forms(self) -> int:
        """How many plural forms the language has (2 in English, 3 in Polish)."""
        return _plural_count(self._catalogue)

    def number(self, value: float) -> str:
        """A number the tool prints itself, shortest form, with the language's decimal sign (1.5, 1,5)."""
        text = f"{value:g}"
        sign = self._catalogue.info().get("x-decimal-sign", ".")
        return text.replace(".", sign)


def english() -> Labels:
    """The English labels, with no overrides."""
    return Labels()


ENGLISH = Labels()
"""English with no overrides: what code that is not told a language prints with."""


def labels_for(pack: Pack | None, language: str | None = None) -> Labels:
    """The labels for ``pack`` (its ``lang:`` and ``labels:``) in ``language`` if given (the flag wins);
    StudypackError, located in the pack, for an unknown language or label."""
    problems = label_problems(pack) if pack is not None else []
    if problems:
        raise StudypackError(problems)
    code = language or (pack and pack.lang and language_code(pack.lang)) or DEFAULT_LANGUAGE
    overrides = tuple((own.name, own.forms) for own in pack.labels) if pack is not None else ()
    return _labels(code, overrides)


@lru_cache(maxsize=32)
def _labels(code: str, overrides: tuple[tuple[str, tuple[str, ...]], ...]) -> Labels:
    return Labels(code, overrides, catalogue(code))


@lru_cache(maxsize=None)
def catalogue(code: str) -> gettext.NullTranslations:
    """The gettext catalogue of ``code``, compiled from its ``.po`` file (English needs none)."""
    if code == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    text = resources.files(__name__).joinpath("locale", f"{code}.po").read_text(encoding="utf-8")
    return gettext.GNUTranslations(io.BytesIO(compile_mo(read_po(text, f"{code}.po"))))


def _plural_count(translations: gettext.NullTranslations) -> int:
    forms = translations.info().get("plural-forms", "nplurals=2;")
    return int(forms.split("nplurals=")[1].split(";")[0])


def label_problems(pack: Pack) -> list[Problem]:
    """What is wrong with the pack's ``lang:`` and ``labels:``, each at its place in the file."""
    problems: list[Problem] = []
    line, column = pack.lang_at or (None, None)
    if pack.lang is not None and language_code(pack.lang) is None:
        problems.append(Problem(f"`{pack.lang}` is not a language with printed labels — give one of {_known()}",
                                pack.path, line, column, "lang"))
    code = (pack.lang and language_code(pack.lang)) or DEFAULT_LANGUAGE
    for own in pack.labels:
        message = _override_problem(own, code)
        if message:
            problems.append(Problem(message, pack.path, own.line, own.column, f"labels.{own.name}"))
    return problems


def _override_problem(own: LabelText, code: str) -> str | None:
    label = LABELS.get(own.name)
    if label is None:
        close = difflib.get_close_matches(own.name.lower(), LABEL_NAMES, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`? " if close else ""
        return f"there is no label `{own.name}` — {hint}the labels are: {', '.join(LABEL_NAMES)}"
    if len(own.forms) > 1 and not label.plural:
        return f"`{own.name}` is one text, not a list — write `{own.name}: your words`"
    forms = _plural_count(catalogue(code))
    if len(own.forms) > 1 and len(own.forms) != forms:
        return (f"`{own.name}` has {len(own.forms)} forms, but {LANGUAGES[code]} counts with {forms}"
                f" — give one text for every number, or {forms} in the order of the {code} catalogue")
    wanted = placeholders_of(label)
    for text in own.forms:
        if not text.strip():
            return f"the text is empty — write the words to print, or delete the line"
        try:
            found = placeholders(text)
        except ValueError:
            return f"“{text}” has an unmatched brace — keep the {_listed(wanted) or 'text'} and write {{{{ for a brace itself"
        if found != wanted:
            return _placeholder_message(text, wanted, found)
    return None


def _placeholder_message(text: str, wanted: frozenset[str], found: frozenset[str]) -> str:
    missing, extra = wanted - found, found - wanted
    if missing:
        return f"“{text}” leaves out {_listed(missing)} — keep {_listed(wanted)}, where the numbers go"
    return f"“{text}” has {_listed(extra)}, which this label cannot fill — it takes {_listed(wanted) or 'no {…}'}"


def _listed(names: frozenset[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names))
