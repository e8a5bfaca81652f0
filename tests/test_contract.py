"""Contract tests that walk every public akip callable (stdnum's robustness walk).

For each public module: the docstring opens with the term and its gloss and cites its
sources. Every public callable — the functions and value types in a module's ``__all__``,
and the public methods of the public classes, found here by introspection, not from a hand
list — fed junk in every required argument raises an `AkipError` whose message is bounded,
and never returns a result for an argument that is invalid wherever it is given.

Enum classes are left out: ``Polarity("x")`` is Python's enum lookup (its ``ValueError``
formats the value with ``repr``), and akip reads every option through
``akip._bands.parse_option``, which the functions taking the option are walked through.
Exception classes are left out too: they are what the walk expects, not entry points.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import akip
from akip.exceptions import AkipError

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

#: Entry points rather than rules (the CLI has its own tests and handler).
ENTRY_POINTS = {"akip.__main__", "akip.cli"}

#: Values that are invalid wherever they are given, by name: a call that returns a result
#: for one of them has accepted junk.
INVALID: dict[str, object] = {
    "int of 5001 digits": 10**5000,  # more digits than Python's int repr allows (4300)
    "-int of 5001 digits": -(10**5000),
    "sNaN": Decimal("sNaN"),  # a signalling NaN: comparing or hashing it raises
    "Decimal NaN": Decimal("NaN"),
    "1E+999999": Decimal("1E+999999"),
    "-1E+999999": Decimal("-1E+999999"),
    "Decimal Infinity": Decimal("Infinity"),
    "float nan": float("nan"),
    "float inf": float("inf"),
    "float -inf": float("-inf"),
    "lone surrogate": "\ud800",  # no UTF-8 form
    "lone surrogates": "\udcff" * 3,
    "datetime": dt.datetime(
        2024, 1, 1, 12, 0, tzinfo=dt.UTC
    ),  # a datetime where a date is expected
    "object()": object(),
}

#: Values that are valid in some places: a result is allowed, a bare exception never.
OTHER: dict[str, object] = {
    "None": None,
    "True": True,
    "empty text": "",
    "abc": "abc",
    "1,5": "1,5",
    "superscript two": "²",  # str.isdigit() says True, int() refuses it
    "Arabic-Indic three": "٣",  # int() reads it as 3
    "fullwidth 12": "１２",
    "-1": -1,
    "0": 0,
    "2024": 2024,
    "1E+70": Decimal("1E+70"),  # more digits than akip's 60-digit context
    "-1E-70": Decimal("-1E-70"),
    "date": dt.date(2024, 1, 1),
    "empty list": [],
    "list of ints": [1, 2],
    "list of a list": [[]],
    "empty dict": {},
    "dict of a list": {"a": []},
}

#: A text extraction with one captioned table, for the importer's samples.
IMPORTER_TEXT = "Tabel 2\nProgram Kerja\n\nNo.\tProgram\tAnggaran\n1.\tProgram A\tRp. 1.000\n"

JUNK: list[tuple[str, object]] = [*INVALID.items(), *OTHER.items()]
_INVALID_IDS = {id(v) for v in INVALID.values()}
ALL_INVALID = frozenset(INVALID)
ALL_JUNK = frozenset(label for label, _ in JUNK)


def _gaps(name: str, junk: frozenset[str] | set[str]) -> set[tuple[str, str]]:
    return {(name, label) for label in junk}


#: (callable, name of the junk in its first required argument) pairs that still fail, in
#: modules being fixed in parallel in their own branches (``akip.check``, ``akip.frame``,
#: ``akip.output``). The walk asserts that each entry still fails, so one that is fixed is
#: reported, and must be removed here.
KNOWN_GAPS: set[tuple[str, str]] = set()


def _importable(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - an optional extra (pandas) not installed
        return None


def public_modules() -> list[ModuleType]:
    """Every public module of akip (and of its subpackages)."""
    names = sorted(
        info.name
        for info in pkgutil.walk_packages(akip.__path__, "akip.")
        if not any(part.startswith("_") for part in info.name.split("."))
        and info.name not in ENTRY_POINTS
    )
    modules = [_importable(name) for name in names]
    return [module for module in modules if module is not None]


def _samples() -> dict[str, Callable[[], object]]:  # noqa: C901 - one builder per class
    """One valid instance of each public class with public methods, by qualified name.

    The walk calls every public method of these; a public class with methods and no
    sample here fails `test_every_class_has_a_sample`.
    """
    from akip import (  # noqa: PLC0415
        anggaran,
        efisiensi,
        evaluasi,
        komparasi,
        periode,
        perubahan,
        report,
    )
    from akip.check import Finding, Severity, codes  # noqa: PLC0415

    def tree() -> object:
        return anggaran.build_tree([anggaran.BudgetLine("Program", 100, 90)])

    def comparison() -> object:
        return komparasi.compare_years({2023: 10, 2024: 20}, {2023: 9, 2024: 21})

    def history() -> object:
        return perubahan.VersionHistory(
            [perubahan.Version("murni", dt.date(2024, 1, 2), {"a": 1})]
        )

    def finding() -> object:
        return Finding("X1", Severity.ERROR, "p", None, None, "rule", "message")

    def sample_report() -> report.Report:
        return report.load(Path(__file__).parents[1] / "examples" / "minimal.toml")

    def sample_ledger() -> Any:
        from akip.check import ledger  # noqa: PLC0415

        return ledger(sample_report())

    def consensus() -> object:
        from akip.check.consensus import decide  # noqa: PLC0415

        return decide([next(sample_report().figures())])

    def claims_index() -> object:
        from akip.check.claims import Index  # noqa: PLC0415

        return Index(sample_report())

    def accessor() -> object:
        import pandas as pd  # noqa: PLC0415

        import akip.frame  # noqa: F401, PLC0415 - registers df.akip

        return pd.DataFrame({"target": [90], "realisasi": [94]}).akip

    def imported() -> Any:
        from akip.importer import import_text  # noqa: PLC0415

        return import_text(IMPORTER_TEXT)

    def raw_table() -> Any:
        from akip.importer.tables import from_text  # noqa: PLC0415

        return from_text(IMPORTER_TEXT)[0]

    def table() -> object:
        from akip.importer.recognise import recognise  # noqa: PLC0415

        return recognise(raw_table())

    def report_scale() -> object:
        band = report.ScaleBand("Lulus", None, Decimal(60), None)
        low = report.ScaleBand("Tidak Lulus", None, None, Decimal(60))
        return report.ReportScale("lulus", None, None, (band, low))

    return {
        "akip.anggaran.BudgetNode": lambda: tree().root,  # type: ignore[attr-defined]
        "akip.anggaran.BudgetTree": tree,
        "akip.anggaran.Pagu": lambda: anggaran.Pagu(100),
        "akip.check.Coverage": lambda: sample_ledger().coverage(),
        "akip.check.Finding": finding,
        "akip.check.Ledger": sample_ledger,
        "akip.check.Verdict": lambda: sample_ledger().verdicts[0],
        "akip.check.claims.Index": claims_index,
        "akip.check.codes.Code": lambda: codes.lookup("SUM_MISMATCH"),
        "akip.check.codes.Tally": lambda: codes.Tally(
            codes.lookup("TRUNCATED"), 1, 1, Severity.WARNING
        ),
        "akip.check.consensus.Consensus": consensus,
        "akip.efisiensi.Aturan": efisiensi.Aturan,
        "akip.evaluasi.Profile": evaluasi.profile,
        "akip.evaluasi.SkalaJawaban": lambda: evaluasi.profile().skala[0],
        "akip.frame.AkipAccessor": accessor,
        "akip.importer.ImportResult": imported,
        "akip.importer.draft.Draft": lambda: imported().draft,
        "akip.importer.recognise.Table": table,
        "akip.importer.tables.RawTable": raw_table,
        "akip.komparasi.Comparison": comparison,
        "akip.periode.Bulan": lambda: periode.Bulan(2024, 3),
        "akip.periode.PeriodeRencana": lambda: periode.PeriodeRencana(2021, 2026),
        "akip.periode.TahunAnggaran": lambda: periode.TahunAnggaran(2024),
        "akip.periode.Triwulan": lambda: periode.Triwulan(2024, 2),
        "akip.perubahan.Version": lambda: history().latest,  # type: ignore[attr-defined]
        "akip.perubahan.VersionHistory": history,
        "akip.report.EfficiencyRule": lambda: report.EfficiencyRule(None, Decimal(1), "ge", None),
        "akip.report.Report": sample_report,
        "akip.report.ReportScale": report_scale,
        "akip.report.ScaleBand": lambda: report.ScaleBand("Lulus", None, Decimal(60), None),
    }


def _public_methods(cls: type) -> list[str]:
    names = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, staticmethod | classmethod) or inspect.isfunction(member):
            names.append(name)
    return sorted(names)


def _walked_class(obj: object) -> bool:
    return inspect.isclass(obj) and not issubclass(obj, BaseException | Enum)


def public_classes() -> list[tuple[str, type]]:
    found: dict[int, tuple[str, type]] = {}
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if _walked_class(obj):
                found.setdefault(id(obj), (f"{module.__name__}.{name}", obj))
    return sorted(found.values(), key=lambda item: item[0])


def public_callables() -> list[tuple[str, Callable[..., object]]]:
    """Every public function, value type and public method of a public class."""
    found: dict[str, Callable[..., object]] = {}
    samples = _samples()
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            qualified = f"{module.__name__}.{name}"
            if inspect.isfunction(obj) and obj.__module__.startswith("akip"):
                found.setdefault(obj.__module__ + "." + obj.__qualname__, obj)
            elif _walked_class(obj) and hasattr(obj, "__attrs_attrs__"):
                found.setdefault(qualified, obj)
    for qualified, cls in public_classes():
        methods = _public_methods(cls)
        if methods and qualified in samples:
            instance = samples[qualified]()
            for method in methods:
                found[f"{qualified}.{method}"] = getattr(instance, method)
    return sorted(found.items())


def required_params(obj: Callable[..., object]) -> list[inspect.Parameter]:
    signature = inspect.signature(obj)
    return [
        p
        for p in signature.parameters.values()
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


def _combos(count: int) -> list[tuple[int, ...]]:
    """Indices into JUNK: each junk in the first place, the others shifted so they differ."""
    n = len(JUNK)
    combos = {tuple([i] * count) for i in range(n)}
    combos |= {tuple((i + k) % n for k in range(count)) for i in range(n)}
    return sorted(combos)


def _call(obj: Callable[..., object], params: list[inspect.Parameter], values: list[Any]) -> None:
    kwargs = {p.name: v for p, v in zip(params, values, strict=True) if p.kind is p.KEYWORD_ONLY}
    args = [v for p, v in zip(params, values, strict=True) if p.kind is not p.KEYWORD_ONLY]
    obj(*args, **kwargs)


def _message(exc: BaseException) -> str:
    try:
        return str(exc)[:200]
    except ValueError:  # str() of a > 4300-digit int inside the exception
        return "<message that cannot be printed>"


def failures(obj: Callable[..., object]) -> dict[str, str]:
    """What *obj* does wrong, keyed by the name of the junk in its first required argument."""
    params = required_params(obj)
    found: dict[str, str] = {}
    if not params:
        return _optional_failures(obj)
    for combo in _combos(len(params)):
        key = JUNK[combo[0]][0]
        values = [JUNK[i][1] for i in combo]
        try:
            _call(obj, params, values)
        except AkipError as exc:
            if len(_message(exc)) > _MAX_MESSAGE:
                found.setdefault(key, "an unbounded message")
        except Exception as exc:  # noqa: BLE001 - the point is to catch anything else
            found.setdefault(key, f"{type(exc).__name__}: {_message(exc)}")
        else:
            if any(id(v) in _INVALID_IDS for v in values):
                found.setdefault(key, "a result for invalid input")
    return found


def _optional_failures(obj: Callable[..., object]) -> dict[str, str]:
    """For a callable without required arguments: junk in each optional one, in turn."""
    found: dict[str, str] = {}
    optional = [
        p
        for p in inspect.signature(obj).parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    for param in optional:
        for key, value in JUNK:
            try:
                obj(**{param.name: value})
            except AkipError:
                pass
            except Exception as exc:  # noqa: BLE001 - the point is to catch anything else
                found.setdefault(key, f"{param.name}: {type(exc).__name__}: {_message(exc)}")
            else:
                if id(value) in _INVALID_IDS:
                    found.setdefault(key, f"{param.name}: a result for invalid input")
    return found


#: A message names a field, a rule and a bounded value: a few hundred characters at most.
_MAX_MESSAGE = 600


@pytest.mark.parametrize("module", public_modules(), ids=lambda m: m.__name__)
def test_module_docstring(module):
    """Each module opens with 'term (…gloss…).' or a title line ending in a full stop."""
    doc = inspect.getdoc(module) or ""
    assert doc, f"{module.__name__} has no docstring"
    first = doc.splitlines()[0]
    assert first.endswith("."), first


def test_every_class_has_a_sample():
    """Every public class with public methods has a sample, so its methods are walked."""
    samples = _samples()
    missing = [q for q, cls in public_classes() if _public_methods(cls) and q not in samples]
    assert [] == missing


def test_discovery_finds_the_rule_surface():
    """The walk finds the entry points the issue names (a guard against a silent empty walk)."""
    names = dict(public_callables())
    for expected in (
        "akip.anggaran.sisa",
        "akip.komparasi.compare_years",
        "akip.periode.Triwulan",
        "akip.periode.Triwulan.shift",
        "akip.report.Report.indicator",
        "akip.report.loads_toml",
        "akip.terbilang.spell",
        "akip.check.check",
    ):
        assert expected in names


_CALLABLES = public_callables()


@pytest.mark.parametrize(("name", "obj"), _CALLABLES, ids=[name for name, _ in _CALLABLES])
def test_junk_gets_akip_error(name, obj, tmp_path, monkeypatch):
    """Junk in every required argument gives an AkipError (or a result for valid junk)."""
    monkeypatch.chdir(tmp_path)  # a writer given the text "abc" as its path writes there
    found = failures(obj)
    known = {junk for callable_, junk in KNOWN_GAPS if callable_ == name}
    unexpected = {junk: what for junk, what in found.items() if junk not in known}
    assert {} == unexpected
    fixed = known - set(found)
    assert set() == fixed, f"KNOWN_GAPS entries of {name} no longer fail: remove them"
