"""The registry of finding codes (akip.check.codes): complete, honest, and rendered."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import attrs
import pytest

from akip import check, report
from akip.check import codes
from akip.check.codes import CODES, Code, lookup
from akip.check.findings import Finding, Severity
from akip.exceptions import AkipError, UnknownId

_CHECK = Path(check.__file__).parent
_ROOT = Path(__file__).parent.parent
_DOCS = _ROOT / "docs" / "codes"
_EXAMPLES = _ROOT / "examples"

#: The guide's table (docs/guides/checking-an-lkjip.md §10, as it was written by hand before
#: the registry replaced it): each code and its severities, worst first.
_GUIDE = {
    "CAPAIAN_MISMATCH": ("error",),
    "PREDIKAT_MISMATCH": ("error", "info"),
    "ATRIBUT_MISMATCH": ("error",),
    "PCT_MISMATCH": ("error",),
    "MEAN_OF_RATIOS": ("error", "warning"),
    "FORMULA_VARIANT": ("warning",),
    "PERIODE_MISMATCH": ("error",),
    "SUM_MISMATCH": ("error", "info"),
    "RATIO_MISMATCH": ("error",),
    "CATEGORY_MISMATCH": ("error",),
    "TRUNCATED": ("warning",),
    "TERBILANG_MISMATCH": ("error",),
    "CROSS_TABLE_CONFLICT": ("error", "warning", "info"),
    "SUPERSEDED_TARGET": ("error",),
    "MIXED_UNITS": ("warning",),
    "RENSTRA_YEAR": ("error",),
    "STATEMENT_MISMATCH": ("error", "info"),
    "EVALUASI_MISMATCH": ("error",),
    "NOT_COMPUTABLE": ("warning",),
    "PLAUSIBILITY": ("warning", "info"),
}


# ---------------------------------------------------------------- the scan of the rule modules
@attrs.define
class _Through:
    """A callable that takes a finding's code (``Finding`` or a helper passing it on)."""

    code: int  # the position of its ``code`` parameter
    severities: set[str]  # what the findings it makes can be (empty for Finding: per call)
    default: ast.expr | None = None  # the default of ``code``, when it has one


@attrs.define
class _Scan:
    """What the rule modules' source says about the codes they emit."""

    modules: dict[str, set[str]] = attrs.Factory(dict)
    severities: dict[str, set[str]] = attrs.Factory(dict)
    compared: set[str] = attrs.Factory(set)
    strings: dict[str, set[str]] = attrs.Factory(dict)  # module -> its string literals


def _module(path: Path) -> str:
    return "akip.check" if path.stem == "__init__" else f"akip.check.{path.stem}"


def _trees(skip: frozenset[str] = frozenset({"codes.py"})) -> dict[str, ast.Module]:
    """Every module of akip.check but the registry itself, parsed."""
    return {
        _module(path): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(_CHECK.glob("*.py"))
        if path.name not in skip
    }


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _severities(node: ast.expr, where: str) -> set[str]:
    """``Severity.X`` (or a conditional choosing between two) as severity values."""
    if isinstance(node, ast.IfExp):
        return _severities(node.body, where) | _severities(node.orelse, where)
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Severity"
    ):
        return {Severity[node.attr].value}
    msg = f"{where}: a severity the scan does not understand: {ast.unparse(node)}"
    raise AssertionError(msg)


def _parameters(function: ast.FunctionDef) -> list[str]:
    return [a.arg for a in function.args.posonlyargs + function.args.args]


def _default(function: ast.FunctionDef, name: str) -> ast.expr | None:
    names = _parameters(function)
    defaults = function.args.defaults
    index = names.index(name) - (len(names) - len(defaults))
    return defaults[index] if index >= 0 else None


def _functions(tree: ast.Module) -> list[ast.FunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


def _calls(node: ast.AST) -> list[ast.Call]:
    return [call for call in ast.walk(node) if isinstance(call, ast.Call)]


def _through(trees: dict[str, ast.Module]) -> dict[str, _Through]:
    """``Finding``, and every function that passes its ``code`` parameter on to one."""
    finding = next(
        node
        for node in ast.walk(trees["akip.check.findings"])
        if isinstance(node, ast.ClassDef) and node.name == "Finding"
    )
    fields = [
        s.target.id
        for s in finding.body
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
    ]
    assert ["code", "severity"] == fields[:2]
    through = {"Finding": _Through(0, set())}
    changed = True
    while changed:  # a helper calling a helper (judge → disagreement → Finding)
        changed = False
        for module, tree in trees.items():
            for function in _functions(tree):
                if function.name in through or "code" not in _parameters(function):
                    continue
                found: set[str] = set()
                passes = False
                for call in _calls(function):
                    callee = through.get(_name(call) or "")
                    if callee is None:
                        continue
                    arg = _argument(call, callee.code, "code")
                    if isinstance(arg, ast.Name) and arg.id == "code":
                        passes = True
                        if _name(call) == "Finding":
                            severity = _argument(call, 1, "severity")
                            assert severity is not None
                            found |= _severities(severity, f"{module}:{call.lineno}")
                        else:
                            found |= callee.severities
                if passes:
                    index = _parameters(function).index("code")
                    through[function.name] = _Through(index, found, _default(function, "code"))
                    changed = True
    return through


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's names bound to a string at its top level."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _codes(node: ast.expr | None, constants: dict[str, str], where: str) -> list[str] | None:
    """The code(s) an argument gives; ``None`` for a ``code`` parameter passed on."""
    if node is None:
        msg = f"{where}: a call without a code and without a default"
        raise AssertionError(msg)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return (_codes(node.body, constants, where) or []) + (
            _codes(node.orelse, constants, where) or []
        )
    if isinstance(node, ast.Name) and node.id == "code":
        return None
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    msg = f"{where}: a code the scan does not understand: {ast.unparse(node)}"
    raise AssertionError(msg)


def _emitted(
    call: ast.Call, callee: _Through, constants: dict[str, str], where: str, *, passes: bool
) -> tuple[list[str], set[str]] | None:
    """The codes and severities *call* emits; ``None`` where it passes its ``code`` on.

    Only a call inside a function with a ``code`` parameter (*passes*) may pass one on: a
    local variable named ``code`` would hide the codes it holds from the scan.
    """
    arg = _argument(call, callee.code, "code")
    found = _codes(arg if arg is not None else callee.default, constants, where)
    if found is None:
        if not passes:
            msg = f"{where}: a code the scan does not understand: a local named code"
            raise AssertionError(msg)
        return None
    if _name(call) == "Finding":
        severity = _argument(call, 1, "severity")
        assert severity is not None, where
        return found, _severities(severity, where)
    return found, callee.severities


def _scan(trees: dict[str, ast.Module] | None = None) -> _Scan:
    """Every code the rule modules can emit, with its modules and severities."""
    trees = _trees() if trees is None else trees
    through = _through(trees)
    scan = _Scan()
    for module, tree in trees.items():
        constants = _constants(tree)
        # The calls inside a function with a ``code`` parameter: only they may pass it on.
        passing = {id(c) for f in _functions(tree) if "code" in _parameters(f) for c in _calls(f)}
        scan.strings[module] = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        for call in _calls(tree):
            callee = through.get(_name(call) or "")
            where = f"{module}:{call.lineno}"
            if callee is None:
                continue
            emitted = _emitted(call, callee, constants, where, passes=id(call) in passing)
            if emitted is None:
                continue  # a helper passing its own parameter on: its callers are scanned
            found, severities = emitted
            for code in found:
                scan.modules.setdefault(code, set()).add(module)
                scan.severities.setdefault(code, set()).update(severities)
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == "code" for s in sides):
                    scan.compared |= {
                        s.value
                        for s in sides
                        if isinstance(s, ast.Constant) and isinstance(s.value, str)
                    }
    return scan


@pytest.fixture(scope="module")
def scan() -> _Scan:
    """The scan of the rule modules, made once."""
    return _scan()


class TestRegistryIsHonest:
    def test_every_emitted_code_is_registered(self, scan):
        """Every code a rule module passes to Finding, judge, disagreement … is in CODES."""
        assert set() == set(scan.modules) - set(CODES)

    def test_no_dead_entries(self, scan):
        """Every registered code is emitted by some rule module."""
        assert set() == set(CODES) - set(scan.modules)

    def test_the_scan_sees_every_family(self, scan):
        """The scan finds the codes passed positionally, by default and through helpers.

        ``ATRIBUT_MISMATCH`` is the sixth argument of capaian's ``_on_scale``,
        ``PREDIKAT_MISMATCH`` its default, ``TRUNCATED`` a literal inside ``disagreement``.
        """
        assert {"akip.check.capaian"} == scan.modules["ATRIBUT_MISMATCH"]
        assert {"akip.check.capaian"} == scan.modules["PREDIKAT_MISMATCH"]
        assert {"akip.check.findings"} == scan.modules["TRUNCATED"]
        assert {"error", "info"} == scan.severities["PREDIKAT_MISMATCH"]

    def test_a_conditional_code_gives_both(self):
        """A code chosen by a conditional is read as either code.

        Capaian's label on a declared scale is such a call: the atribut column's slip is
        ATRIBUT_MISMATCH, the predikat column's PREDIKAT_MISMATCH.
        """
        trees = {"akip.check.findings": _trees()["akip.check.findings"]}
        trees["akip.check.extra"] = ast.parse(
            "def f(figure, kind):\n"
            "    yield judge(figure, 1, 'A_CODE' if kind else 'B_CODE', 'rule', 'what')\n"
        )
        found = _scan(trees).modules
        assert {"A_CODE", "B_CODE"} == {c for c, m in found.items() if "akip.check.extra" in m}

    def test_modules_are_the_emitting_ones(self, scan):
        """Each code names exactly the modules whose source emits it."""
        assert {c: set(scan.modules[c]) for c in CODES} == {
            c: set(entry.modules) for c, entry in CODES.items()
        }

    def test_severities_are_what_the_source_gives(self, scan):
        """Each code's severities are exactly those its emitting calls can give."""
        assert {c: scan.severities[c] for c in CODES} == {
            c: {s.value for s in entry.severities} for c, entry in CODES.items()
        }

    def test_compared_codes_are_registered(self, scan):
        """A code the check compares with (``finding.code == "NOT_COMPUTABLE"``) exists."""
        assert {"NOT_COMPUTABLE", "PLAUSIBILITY"} <= scan.compared
        assert set() == scan.compared - set(CODES)

    def test_rules_are_cited_by_the_emitting_modules(self, scan):
        """Each rule a code rests on is a rule text of its modules (or of findings)."""
        for entry in CODES.values():
            texts = set().union(
                *(scan.strings[m] for m in (*entry.modules, "akip.check.findings"))
            )
            assert entry.rules
            assert set() == set(entry.rules) - texts, entry.code

    def test_an_unregistered_code_fails_the_check(self):
        """The scan of a module emitting a new code finds it (so the first test would fail)."""
        trees = _trees()
        extra = ast.parse(
            "def f(figure):\n"
            "    yield judge(figure, 1, 'NEW_CODE', 'rule', 'what')\n"
            "    yield Finding(code='OTHER_CODE', severity=Severity.INFO)\n"
        )
        trees["akip.check.extra"] = extra
        found = _scan(trees)
        assert {"NEW_CODE", "OTHER_CODE"} == set(found.modules) - set(CODES)
        assert {"error"} == found.severities["NEW_CODE"]
        assert {"info"} == found.severities["OTHER_CODE"]

    @pytest.mark.parametrize(
        "source",
        [
            "def f(figure, kind):\n    yield judge(figure, 1, kind, 'rule', 'what')\n",
            "def f():\n    return Finding('X', level)\n",
            "def f(figure):\n    code = 'X'\n    yield judge(figure, 1, code, 'rule', 'what')\n",
        ],
    )
    def test_an_argument_the_scan_cannot_read_fails(self, source):
        """A code or severity passed in a way the scan does not know fails loudly."""
        trees = _trees()
        trees["akip.check.extra"] = ast.parse(source)
        with pytest.raises(AssertionError, match="does not understand"):
            _scan(trees)

    def test_severities_are_the_guides(self):
        """The severities of each code are those of the guide's table, in its order."""
        assert _GUIDE == {c: tuple(s.value for s in e.severities) for c, e in CODES.items()}

    def test_registry_order_is_the_guides(self):
        """CODES keeps the guide's order (the overview table reads like the old one)."""
        assert list(_GUIDE) == list(CODES)


def _reports() -> list[Path]:
    """Every example that is a report (lke-2024.toml is an LKE worksheet, not a report)."""
    paths = sorted([*_EXAMPLES.glob("*.toml"), *_EXAMPLES.glob("*.json")])
    return [path for path in paths if path.name != "lke-2024.toml"]


@pytest.mark.parametrize("path", _reports(), ids=lambda path: path.name)
def test_examples_give_only_registered_severities(path):
    """Every finding of every example report has a registered code and severity."""
    book = check.ledger(report.load(path))
    for root in book.findings:
        for finding in root.all():
            assert finding.severity in lookup(finding.code).severities, finding.code


def test_examples_cover_most_codes():
    """The examples exercise the registry: their findings use at least these codes.

    From the reports' own figures: Dumai 2024 (the seed) has the consensus, capaian,
    budget, efficiency, terbilang and narrative slips; BBPOM Yogyakarta 2020 a truncation.
    """
    seen: dict[str, set[str]] = {}
    for path in _reports():
        for root in check.ledger(report.load(path)).findings:
            for finding in root.all():
                seen.setdefault(finding.code, set()).add(finding.severity.value)
    assert {"error", "warning"} == seen["MEAN_OF_RATIOS"]
    assert {"error", "info"} == seen["PREDIKAT_MISMATCH"]
    assert {"warning"} == seen["TRUNCATED"]


def test_lke_example_is_not_a_report():
    """lke-2024.toml (the only example left out above) is refused as a report."""
    with pytest.raises(AkipError):
        report.load(_EXAMPLES / "lke-2024.toml")


# ---------------------------------------------------------------- the value type and lookup
class TestCode:
    def test_lookup_gives_the_entry(self):
        """lookup of a registered code gives its entry."""
        entry = lookup("CROSS_TABLE_CONFLICT")
        assert (Severity.ERROR, Severity.WARNING, Severity.INFO) == entry.severities
        assert "error / warning / info" == entry.severity_text
        assert "akip.check.consensus" in entry.modules

    def test_entries_are_frozen(self):
        """A registered code cannot be changed."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            lookup("TRUNCATED").code = "X"  # type: ignore[misc]

    def test_fields_are_checked(self):
        """A Code holds what it says: a severity that is no Severity is refused."""
        with pytest.raises(AkipError, match="severities"):
            Code("X", ("error",), "s", ("m",), ("r",), "e")  # type: ignore[arg-type]

    def test_every_text_has_indonesian(self):
        """Every summary and explanation has its own Indonesian text in the catalog."""
        for entry in CODES.values():
            assert entry.summary_in("en") == entry.summary
            assert entry.summary_in("id") != entry.summary, entry.code
            assert entry.explanation_in("id") != entry.explanation, entry.code

    def test_rules_keep_regulation_names(self):
        """The rules in Indonesian still name the regulation (PermenPANRB 8/2021)."""
        assert "PermenPANRB 8/2021" in lookup("CAPAIAN_MISMATCH").rules_in("id")[0]
        assert "aturan akip §3" in lookup("SUM_MISMATCH").rules_in("id")[0]


class TestLookup:
    def test_unknown_code_names_it_and_the_nearest(self):
        """A misspelt code: UnknownId naming it and the nearest registered code."""
        with pytest.raises(UnknownId) as raised:
            lookup("SUM_MISMATHC")
        assert "unknown finding code 'SUM_MISMATHC'; the nearest is SUM_MISMATCH" == str(
            raised.value
        )

    def test_lowercase_finds_the_nearest(self):
        """A code in lower case is not registered, but its upper case is the suggestion."""
        with pytest.raises(UnknownId, match="the nearest is TRUNCATED"):
            lookup("truncated")

    def test_is_a_key_error_and_an_akip_error(self):
        """UnknownId is an AkipError and a KeyError: callers may catch either."""
        with pytest.raises(KeyError):
            lookup("NOPE")
        with pytest.raises(AkipError):
            lookup("NOPE")

    @pytest.mark.parametrize("value", [None, 12, b"SUM_MISMATCH", ["SUM_MISMATCH"]])
    def test_not_text(self, value):
        """A code that is no text is unknown, named by its repr."""
        with pytest.raises(UnknownId, match=f"unknown finding code {value!r}".replace("[", r"\[")):
            lookup(value)

    def test_bounded_repr(self):
        """A huge value is cut in the message (at most 80 characters of it)."""
        with pytest.raises(UnknownId) as raised:
            lookup("X" * 10_000)
        assert len(str(raised.value)) < 200

    def test_message_in_indonesian(self):
        """The error's message is a translatable Message."""
        from akip._i18n import translated  # noqa: PLC0415
        from akip.check.findings import error_text  # noqa: PLC0415

        with pytest.raises(UnknownId) as raised:
            lookup("SUM")
        assert "kode temuan 'SUM' tidak dikenal; yang terdekat adalah SUM_MISMATCH" == (
            translated(error_text(raised.value), "id")
        )


# ---------------------------------------------------------------- Markdown
class TestMarkdown:
    def test_table_has_a_row_per_code(self):
        """The overview table: a header, a rule, then one row per code in the guide's order."""
        lines = codes.markdown_table().splitlines()
        assert "| Code | Severity | Summary |" == lines[0]
        assert "|---|---|---|" == lines[1]
        assert len(_GUIDE) == len(lines) - 2
        assert [f"`{c}`" for c in _GUIDE] == [line.split(" | ")[0][2:] for line in lines[2:]]

    def test_table_row(self):
        """A row: the code, its severities as the guide writes them, its summary."""
        row = codes.markdown_table().splitlines()[2 + list(_GUIDE).index("MEAN_OF_RATIOS")]
        assert (
            "| `MEAN_OF_RATIOS` | error / warning | a percentage is the mean of the parts' "
            "ratios, not the ratio of their sums |" == row
        )

    def test_table_links(self):
        """With a link prefix each code links to its page."""
        row = codes.markdown_table("../codes/").splitlines()[2]
        assert row.startswith("| [`CAPAIAN_MISMATCH`](../codes/CAPAIAN_MISMATCH.md) | error |")

    def test_table_in_indonesian(self):
        """The table in Bahasa Indonesia: translated header and summaries."""
        lines = codes.markdown_table(lang="id").splitlines()
        assert "| Kode | Tingkat | Ringkasan |" == lines[0]
        assert lines[2 + list(_GUIDE).index("SUM_MISMATCH")].endswith(
            "| jumlah yang tercetak berbeda dengan jumlah persis rinciannya |"
        )

    def test_page(self):
        """A code's page: title, summary, severities, modules, rules, explanation."""
        page = codes.markdown_page("TRUNCATED")
        lines = page.splitlines()
        assert "# TRUNCATED" == lines[0]
        assert "A printed figure is the exact value cut off, not rounded HALF_UP." == lines[2]
        assert "- **Severity**: warning" == lines[4]
        assert "- **Emitted by**: `akip.check.findings`" == lines[5]
        assert "- **Rule**:" == lines[6]
        assert (
            "    - figures are rounded HALF_UP to the printed decimals (akip rules §0)" == lines[7]
        )
        assert "104,45 is 104,5 at one decimal, not 104,4" in lines[9]
        assert page.endswith(".\n")

    def test_page_in_indonesian(self):
        """The page in Bahasa Indonesia."""
        lines = codes.markdown_page("SUM_MISMATCH", "id").splitlines()
        assert "Jumlah yang tercetak berbeda dengan jumlah persis rinciannya." == lines[2]
        assert "- **Tingkat**: error / info" == lines[4]
        assert lines[5].startswith("- **Dihasilkan oleh**: `akip.check.anggaran`")

    def test_page_of_unknown_code(self):
        """The page of an unknown code is UnknownId."""
        with pytest.raises(UnknownId, match="SUM_MISMATCH"):
            codes.markdown_page("SUM_MISMATC")

    def test_all_text(self):
        """akip rule --all: one aligned line per code (code, severities, summary)."""
        lines = codes.all_text().splitlines()
        assert len(_GUIDE) == len(lines)
        assert lines[0].startswith(
            "CAPAIAN_MISMATCH      error                   a printed capaian"
        )
        assert lines[12].startswith("CROSS_TABLE_CONFLICT  error / warning / info  a place prints")


# ---------------------------------------------------------------- statistics
def _finding(code: str, severity: Severity, *consequences: Finding) -> Finding:
    return Finding(code, severity, "T", "1", "2", "r", "m", None, consequences)


class TestStatistics:
    def test_counts_roots_and_consequences(self):
        """Consequences count, roots are only the top level, the worst severity wins.

        Three roots: an info SUM_MISMATCH with a PCT_MISMATCH and an error SUM_MISMATCH under
        it, a PCT_MISMATCH and a TRUNCATED: SUM_MISMATCH 2 findings, 1 root, worst error;
        PCT_MISMATCH 2 findings, 1 root, error; TRUNCATED 1, 1, warning. Equal counts are
        ordered by code.
        """
        findings = [
            _finding(
                "SUM_MISMATCH",
                Severity.INFO,
                _finding("PCT_MISMATCH", Severity.ERROR),
                _finding("SUM_MISMATCH", Severity.ERROR),
            ),
            _finding("PCT_MISMATCH", Severity.ERROR),
            _finding("TRUNCATED", Severity.WARNING),
        ]
        got = [
            (t.code.code, t.count, t.roots, t.severity.value) for t in codes.statistics(findings)
        ]
        assert [
            ("PCT_MISMATCH", 2, 1, "error"),
            ("SUM_MISMATCH", 2, 1, "error"),
            ("TRUNCATED", 1, 1, "warning"),
        ] == got

    def test_consequence_of_a_consequence(self):
        """Findings nested two deep are counted once each."""
        deep = _finding(
            "CAPAIAN_MISMATCH",
            Severity.ERROR,
            _finding("CAPAIAN_MISMATCH", Severity.ERROR, _finding("PLAUSIBILITY", Severity.INFO)),
        )
        got = [(t.code.code, t.count, t.roots) for t in codes.statistics([deep])]
        assert [("CAPAIAN_MISMATCH", 2, 1), ("PLAUSIBILITY", 1, 0)] == got

    def test_no_findings(self):
        """No findings, no tallies; the text is the header alone."""
        assert () == codes.statistics([])
        assert "count  roots  code  severity  summary\n" == codes.statistics_text(())
        assert "[]\n" == codes.statistics_json(())

    def test_unregistered_code(self):
        """A finding with an unregistered code cannot be counted silently."""
        with pytest.raises(UnknownId, match="'NEW'"):
            codes.statistics([_finding("NEW", Severity.INFO)])

    def test_text_and_json(self):
        """The text aligns the columns; the JSON has stable English keys."""
        tallies = codes.statistics(
            [_finding("MIXED_UNITS", Severity.WARNING), _finding("MIXED_UNITS", Severity.WARNING)]
        )
        assert (
            "count  roots  code         severity  summary\n"
            "    2      2  MIXED_UNITS  warning   a fisik total adds only the lines in one unit\n"
        ) == codes.statistics_text(tallies)
        assert [
            {
                "code": "MIXED_UNITS",
                "count": 2,
                "roots": 2,
                "severity": "warning",
                "summary": "jumlah fisik hanya menjumlahkan baris-baris dengan satu satuan",
            }
        ] == json.loads(codes.statistics_json(tallies, "id"))


# ---------------------------------------------------------------- the docs pages
def test_a_docs_page_per_code():
    """docs/codes/ holds index.md and one page per registered code, nothing else."""
    pages = {path.stem for path in _DOCS.glob("*.md")}
    assert {"index", *CODES} == pages


@pytest.mark.parametrize("code", list(CODES))
def test_docs_page_renders_its_code(code):
    """Each page is only the marker rendering its own code from the registry."""
    text = (_DOCS / f"{code}.md").read_text(encoding="utf-8")
    assert f"<!-- akip-table akip.check.codes:markdown_page('{code}') -->\n" == text


def test_overview_renders_the_table():
    """docs/codes/index.md renders the linked table from the registry."""
    text = (_DOCS / "index.md").read_text(encoding="utf-8")
    assert "<!-- akip-table akip.check.codes:markdown_table('') -->" in text
