"""The gettext catalogs (akip._i18n): complete, current, and chosen by --lang / the report."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from akip import _i18n
from akip.__main__ import main
from akip._i18n import _
from akip.exceptions import InvalidValue

_LOCALE = Path(_i18n.__file__).parent / "locale"
_SOURCES = ["__main__.py", "_i18n.py", "_locate.py", "output"]


def _catalog(lang: str):
    with (_LOCALE / lang / "LC_MESSAGES" / "akip.po").open("rb") as stream:
        return read_po(stream, locale=lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_mo_is_current(lang):
    """Each committed .mo is exactly what Babel compiles from the committed .po."""
    compiled = io.BytesIO()
    write_mo(compiled, _catalog(lang))
    assert compiled.getvalue() == (_LOCALE / lang / "LC_MESSAGES" / "akip.mo").read_bytes()


def test_po_is_current_with_the_template(tmp_path):
    """The .po files are what translate_id.py makes from the template (make messages)."""
    spec = importlib.util.spec_from_file_location("translate_id", _LOCALE / "translate_id.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "akip.pot").write_bytes((_LOCALE / "akip.pot").read_bytes())
    assert 0 == module.main(str(tmp_path))
    for lang in ("id", "en"):
        made = (tmp_path / lang / "LC_MESSAGES" / "akip.po").read_bytes()
        assert made == (_LOCALE / lang / "LC_MESSAGES" / "akip.po").read_bytes()


def test_template_has_every_message(tmp_path):
    """Every _() / ngettext() message of the sources is in the template (pybabel extract)."""
    pot = tmp_path / "akip.pot"
    sources = [str(Path(_i18n.__file__).parent / name) for name in _SOURCES]
    CommandLineInterface().run(  # type: ignore[no-untyped-call]
        [
            "pybabel",
            "--quiet",
            "extract",
            "--omit-header",
            "--no-location",
            "--sort-output",
            "-k",
            "_",
            "-k",
            "ngettext:1,2",
            "-o",
            str(pot),
            *sources,
        ]
    )
    with pot.open("rb") as stream:
        extracted = {m.id for m in read_po(stream) if m.id}
    with (_LOCALE / "akip.pot").open("rb") as stream:
        committed = {m.id for m in read_po(stream) if m.id}
    assert extracted == committed


def test_every_message_translated():
    """No Indonesian message is empty."""
    empty = [
        m.id
        for m in _catalog("id")
        if m.id and not all(m.string if isinstance(m.string, tuple) else (m.string,))
    ]
    assert [] == empty


def test_language_choice():
    """set_language switches every later lookup; an unknown language is refused."""
    _i18n.set_language("id")
    assert "Jumlah" == _("Total")
    assert "3 temuan akibat temuan ini" == _i18n.ngettext(
        "{n} finding caused by this one", "{n} findings caused by this one", 3
    ).format(n=3)
    _i18n.set_language("en")
    assert "Total" == _("Total")
    assert "{n} findings caused by this one" == _i18n.ngettext(
        "{n} finding caused by this one", "{n} findings caused by this one", 3
    )
    assert "en" == _i18n.language()
    with pytest.raises(InvalidValue, match="'lang' must be one of id, en: 'fr'"):
        _i18n.set_language("fr")


@pytest.mark.parametrize(
    ("locale", "lang"), [("id_ID", "id"), ("id", "id"), ("en_US", "en"), ("C.UTF-8", "en")]
)
def test_language_for(locale, lang):
    """Indonesian for an id_ID report (or an id environment), English otherwise."""
    assert lang == _i18n.language_for(locale)


def test_help_language_from_environment(monkeypatch, capsys):
    """Without --lang, the help follows $LANG: Indonesian for id_ID.UTF-8."""
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    with pytest.raises(SystemExit):
        main(["table", "--help"])
    assert "berkas laporan (.toml atau .json)" in capsys.readouterr().out
