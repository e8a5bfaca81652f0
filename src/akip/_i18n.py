"""Bahasa Indonesia and English for akip's own labels, through gettext catalogs.

The message ids are English; ``akip/locale/<lang>/LC_MESSAGES/akip.mo`` (compiled with Babel's
message tools from the ``.po`` next to it) translates them. `_` looks a message up in the
language chosen with `set_language` (``"id"`` or ``"en"``); `language_for` gives the default
for a report: Indonesian for an ``id_ID`` report, English otherwise.

This module is private: the command line and `akip.output` use it.
"""

from __future__ import annotations

import gettext
import os
from typing import Final

from akip.exceptions import InvalidValue

__all__ = ["LANGUAGES", "language", "language_for", "ngettext", "set_language"]

#: The languages akip has catalogs for.
LANGUAGES: Final = ("id", "en")
_DOMAIN: Final = "akip"
_LOCALE_DIR: Final = os.path.join(os.path.dirname(__file__), "locale")  # noqa: PTH118, PTH120
_catalogs: dict[str, gettext.NullTranslations] = {}
_current: list[str] = ["en"]


def _catalog(lang: str) -> gettext.NullTranslations:
    if lang not in _catalogs:
        _catalogs[lang] = gettext.translation(_DOMAIN, _LOCALE_DIR, [lang], fallback=True)
    return _catalogs[lang]


def set_language(lang: str) -> None:
    """Choose the language of every later `_` (``"id"`` or ``"en"``)."""
    if not isinstance(lang, str) or lang not in LANGUAGES:
        given = repr(lang[:60]) if isinstance(lang, str) else f"<{type(lang).__name__}>"
        msg = f"'lang' must be one of {', '.join(LANGUAGES)}: {given}"
        raise InvalidValue(msg)
    _current[0] = lang


def language() -> str:
    """The language chosen last (``"en"`` until one is chosen)."""
    return _current[0]


def language_for(locale: object) -> str:
    """The default language of a report printed in *locale*: ``"id"`` for ``id_ID``.

    >>> language_for("id_ID"), language_for("en_US")
    ('id', 'en')
    """
    text = locale if isinstance(locale, str) else ""
    return "id" if text.split("_", maxsplit=1)[0].split(".")[0].lower() == "id" else "en"


def _(message: str) -> str:
    """*message* in the current language (itself when the catalog has no translation)."""
    return _catalog(_current[0]).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural *message* for *n*, in the current language."""
    return _catalog(_current[0]).ngettext(singular, plural, n)
