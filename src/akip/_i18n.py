"""Bahasa Indonesia and English for akip's own labels, through gettext catalogs.

The message ids are English; ``akip/locale/<lang>/LC_MESSAGES/akip.mo`` (compiled with Babel's
message tools from the ``.po`` next to it) translates them. `_` looks a message up in the
language chosen with `set_language` (``"id"`` or ``"en"``); `language_for` gives the default
for a report: Indonesian for an ``id_ID`` report, English otherwise.

The check's findings are built before any language is chosen: their text is a `Message`, the
English sentence that keeps its template (marked with `N_` for ``pybabel extract``) and its
parameters (numbers already in the report's number style, with their unit), so that
`translated` renders it in either language afterwards.

This module is private: the command line, `akip.check` and `akip.output` use it.

Examples:
    >>> found = Message(
    ...     N_("{what} {value} is printed cut off, not rounded HALF_UP"),
    ...     what="capaian",
    ...     value="104,4%",
    ... )
    >>> found
    'capaian 104,4% is printed cut off, not rounded HALF_UP'
    >>> translated(found, "id")
    'capaian 104,4% tercetak terpotong, tidak dibulatkan HALF_UP'
"""

from __future__ import annotations

import functools
import gettext
import os
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Self

from akip.exceptions import InvalidValue

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "LANGUAGES",
    "N_",
    "Message",
    "gettext_in",
    "joined",
    "language",
    "language_for",
    "ngettext",
    "set_language",
    "translated",
]

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


def checked_language(lang: object) -> str:
    """*lang* itself when it is one of `LANGUAGES`.

    Raises:
        InvalidValue: naming ``lang`` and a bounded repr of it, for anything else.
    """
    if not isinstance(lang, str) or lang not in LANGUAGES:
        given = repr(lang[:60]) if isinstance(lang, str) else f"<{type(lang).__name__}>"
        msg = f"'lang' must be one of {', '.join(LANGUAGES)}: {given}"
        raise InvalidValue(msg)
    return lang


def set_language(lang: str) -> None:
    """Choose the language of every later `_` (``"id"`` or ``"en"``)."""
    _current[0] = checked_language(lang)


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


def gettext_in(lang: str, message: str) -> str:
    """*message* in *lang* (``"id"`` or ``"en"``), whatever the current language."""
    return _catalog(checked_language(lang)).gettext(message)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for the no-op marker
    """*message* itself: marks a template for ``pybabel extract`` (looked up later)."""
    return message


class Message(str):
    """An English text that keeps its template and parameters, to be shown in any language.

    It *is* the English text (a ``str``: compared, hashed, searched and serialised as that
    text); `translated` renders the template's translation with the same parameters. A
    parameter is plain text (a number already in the report's number style, a name: never
    translated) or itself a `Message` (rendered in the same language).
    """

    __slots__ = ("_params", "_template")
    _template: str
    _params: dict[str, str]

    def __new__(cls, template: str, /, **params: str) -> Self:
        """The English text of *template* (a `N_`-marked message id) with *params*."""
        text = super().__new__(cls, template.format_map(params) if params else template)
        text._template = template
        text._params = params
        return text

    @property
    def template(self) -> str:
        """The message id: the English template, with ``{named}`` placeholders."""
        return self._template

    @property
    def params(self) -> Mapping[str, str]:
        """The values of the placeholders (a read-only view)."""
        return MappingProxyType(self._params)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled as its template and parameters (not as the English text alone)."""
        return (_rebuild, (self._template, self._params))

    def __deepcopy__(self, memo: object) -> Self:
        """A message is immutable: its own deep copy."""
        return self

    def __copy__(self) -> Self:
        """A message is immutable: its own copy."""
        return self

    @staticmethod
    def cached(template: str, /, **params: str) -> Message:
        """The `Message` of *template* with *params*, made once per distinct parameters.

        For a message repeated across many figures (``consensus of 2 of 2 places``): a
        message is immutable, so equal ones are shared instead of built again.

        >>> both = N_("consensus of {count} of {total} places")
        >>> one = Message.cached(both, count="2", total="2")
        >>> one is Message.cached(both, count="2", total="2"), one
        (True, 'consensus of 2 of 2 places')
        """
        return _cached(template, **params)


@functools.lru_cache(maxsize=4096)
def _cached(template: str, /, **params: str) -> Message:
    return Message(template, **params)


def _rebuild(template: str, params: dict[str, str]) -> Message:
    return Message(template, **params)


def translated(text: str, lang: str) -> str:
    """*text* in *lang*: a `Message` from its template's translation, other text as it is.

    Raises:
        InvalidValue: if *lang* is not one of `LANGUAGES`.
    """
    lang = checked_language(lang)
    if not isinstance(text, Message):
        return text
    if lang == "en":
        return str.__str__(text)
    template = _catalog(lang).gettext(text.template)
    if not text._params:  # noqa: SLF001 - the module's own type
        return template
    return template.format_map(
        {
            name: translated(value, lang)
            for name, value in text._params.items()  # noqa: SLF001
        }
    )


def joined(separator: str, parts: Iterable[str]) -> str:
    """*parts* joined by *separator*, each part still translatable (a `Message` if one is).

    >>> both = joined("; ", [Message(N_("or {value}"), value="1"), "2"])
    >>> both, translated(both, "id")
    ('or 1; 2', 'atau 1; 2')
    """
    items = list(parts)
    if not any(isinstance(item, Message) for item in items):
        return separator.join(items)
    names = [f"p{i}" for i in range(len(items))]
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{{n}}}" for n in names)
    return Message(template, **dict(zip(names, items, strict=True)))
