"""Junk into every public callable of akip.output's modules gives an AkipError, never a crash."""

from __future__ import annotations

import inspect

import pytest

from akip import _i18n
from akip.exceptions import AkipError
from akip.output import _bounded, html, sheet, tables

_JUNK = [None, 5, 10**5000, "x", "\ud800", [], {}, (1,), 1.5, float("nan"), b"x", object()]
_CALLABLES = [
    (module.__name__ + "." + name, getattr(module, name))
    for module in (html, sheet, tables)
    for name in module.__all__
]


@pytest.mark.parametrize(("name", "obj"), _CALLABLES, ids=[n for n, _ in _CALLABLES])
@pytest.mark.parametrize("junk", _JUNK, ids=[type(j).__name__ for j in _JUNK])
def test_junk(name, obj, junk):
    """Each required argument given junk: an AkipError (or a result only for no arguments)."""
    params = [
        p
        for p in inspect.signature(obj).parameters.values()
        if p.default is p.empty and p.kind in {p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD}
    ]
    if not params:
        assert isinstance(obj(), tuple), name
        return
    with pytest.raises(AkipError):
        obj(*[junk] * len(params))


@pytest.mark.parametrize("lang", ["fr", 5, None, "\ud800", 10**5000], ids=range(5))
def test_unknown_language(lang):
    """An unknown language is refused with an AkipError naming 'lang'."""
    with pytest.raises(AkipError, match="'lang' must be one of id, en"):
        _i18n.set_language(lang)


def test_bounded_repr():
    """Values in error messages are cut at 80 characters; a failing repr is named by type."""

    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError

    assert 80 == len(_bounded("x" * 500))
    assert "<Broken>" == _bounded(Broken())
    assert len(_bounded(10**5000)) <= 80
