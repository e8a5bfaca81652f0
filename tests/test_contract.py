"""Contract tests that walk every public akip module (stdnum's robustness walk).

For each public module: the docstring opens with the term and its gloss and cites its
sources; and every public function and value type, fed junk in every required argument,
either returns or raises an `AkipError` — never `ZeroDivisionError`,
`decimal.InvalidOperation`, `KeyError`, `AttributeError` or a bare `TypeError`.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import akip
from akip.exceptions import AkipError

if TYPE_CHECKING:
    from types import ModuleType

#: Modules that need an optional extra, or are entry points rather than rules.
OPTIONAL = {"akip.frame", "akip.__main__", "akip.cli"}

JUNK: list[object] = [
    None,
    True,
    "",
    "abc",
    "1,5",
    float("nan"),
    float("inf"),
    Decimal("NaN"),
    -1,
    0,
    Decimal("1E+70"),  # more digits than akip's 60-digit context
    Decimal("-1E-70"),
    Decimal("1E+999999"),
    [],
    {},
    object(),
]


def public_modules() -> list[ModuleType]:
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(akip.__path__, "akip.")
        if not info.name.split(".")[-1].startswith("_") and info.name not in OPTIONAL
    )
    return [importlib.import_module(name) for name in names]


def public_callables() -> list[tuple[str, object]]:
    found: dict[int, tuple[str, object]] = {}
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.isfunction(obj) or (
                inspect.isclass(obj) and hasattr(obj, "__attrs_attrs__")
            ):
                found.setdefault(id(obj), (f"{module.__name__}.{name}", obj))
    return sorted(found.values(), key=lambda item: item[0])


def required_params(obj: object) -> list[inspect.Parameter]:
    try:
        signature = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # pragma: no cover - builtins without signatures
        return []
    return [
        p
        for p in signature.parameters.values()
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


@pytest.mark.parametrize("module", public_modules(), ids=lambda m: m.__name__)
def test_module_docstring(module):
    """Each rule module opens with 'term (…gloss…).' or a title line, and cites sources."""
    doc = inspect.getdoc(module) or ""
    assert doc, f"{module.__name__} has no docstring"
    first = doc.splitlines()[0]
    assert first.endswith("."), first


@pytest.mark.parametrize(("name", "obj"), public_callables(), ids=str)
def test_junk_gets_akip_error(name, obj):
    """Junk in every required argument gives an AkipError or a result, never a crash."""
    params = required_params(obj)
    if not params:
        return
    combos = [[junk] * len(params) for junk in JUNK]
    combos += [list(c) for c in itertools.islice(itertools.product(JUNK, repeat=len(params)), 60)]
    for values in combos:
        kwargs = {
            p.name: v for p, v in zip(params, values, strict=True) if p.kind is p.KEYWORD_ONLY
        }
        args = [v for p, v in zip(params, values, strict=True) if p.kind is not p.KEYWORD_ONLY]
        try:
            obj(*args, **kwargs)
        except AkipError:
            pass
        except Exception as exc:  # noqa: BLE001 - the point is to catch anything else
            pytest.fail(f"{name}{tuple(args)} {kwargs} raised {type(exc).__name__}: {exc}")
