"""akip.frame's one convention: input plus new columns, never mutated, pd.NA, typed errors."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import frame, report
from akip.anggaran import FlagKind
from akip.exceptions import AkipError, InvalidValue
from akip.frame import display as frame_display
from tests.strategies import money

EXAMPLES = Path(__file__).parent.parent / "examples"


def _iku() -> pd.DataFrame:
    """Tabel 4 of the Dumai LKIP 2024, with a duplicate index label on purpose."""
    return pd.DataFrame(
        {
            "indikator": ["IKU 1", "IKU 2", "IKU 3"],
            "target": [90, 100, None],
            "realisasi": ["94", "85", "1"],
        },
        index=["a", "a", "b"],
    )


def _budget() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode": ["8.01.01.2.01.0001", "8.01.01.2.01.0002", "8.01.02.2.01.0001"],
            "nama": ["Gaji", "Listrik", "Rapat"],
            "pagu": ["100.50", "300", "0"],
            "realisasi": ["90.25", "0", "5"],
        }
    )


ROW_WISE: dict[str, tuple[Any, list[str], Any]] = {
    "capaian": (frame.capaian, ["capaian", "status"], _iku),
    "predikat": (lambda f: frame.predikat(f, column="target"), ["predikat"], _iku),
    "atribut": (lambda f: frame.atribut(f, column="target"), ["atribut"], _iku),
    "kinerja": (frame.kinerja, ["capaian", "status", "predikat", "atribut"], _iku),
    "penyerapan": (frame.penyerapan, ["sisa", "penyerapan", "flag"], _budget),
}


class TestConvention:
    @pytest.mark.parametrize("name", sorted(ROW_WISE))
    def test_input_with_new_columns(self, name):
        """Same rows and index, the input's columns unchanged, then the new ones."""
        run, new, make = ROW_WISE[name]
        data = make()
        out = run(data)
        assert [*data.columns, *new] == list(out.columns)
        assert list(data.index) == list(out.index)
        pd.testing.assert_frame_equal(data, out[list(data.columns)])

    @pytest.mark.parametrize("name", sorted(ROW_WISE))
    def test_never_mutates(self, name):
        """The input equals its copy taken before the call."""
        run, _, make = ROW_WISE[name]
        data = make()
        before = data.copy(deep=True)
        run(data)
        pd.testing.assert_frame_equal(before, data)

    def test_aggregations_never_mutate(self):
        """rollup, partial and combine leave their inputs as they were."""
        data = _budget()
        before = data.copy(deep=True)
        part = frame.partial(data, name="nama")
        part_before = part.copy(deep=True)
        frame.combine(part)
        frame.rollup(data, name="nama")
        pd.testing.assert_frame_equal(before, data)
        pd.testing.assert_frame_equal(part_before, part)

    def test_accessor_is_the_functions(self):
        """df.akip.<f>(...) is frame.<f>(df, ...)."""
        data = _budget()
        pd.testing.assert_frame_equal(frame.rollup(data), data.akip.rollup())
        pd.testing.assert_frame_equal(frame.penyerapan(data), data.akip.penyerapan())
        pd.testing.assert_frame_equal(frame.partial(data), data.akip.partial())
        iku = _iku()
        pd.testing.assert_frame_equal(frame.kinerja(iku), iku.akip.kinerja())
        pd.testing.assert_frame_equal(frame.capaian(iku), iku.akip.capaian())
        done = iku.akip.capaian()
        pd.testing.assert_frame_equal(frame.predikat(done), done.akip.predikat())
        pd.testing.assert_frame_equal(frame.atribut(done), done.akip.atribut())
        assert "Table(3 rows × 3 columns)" == repr(iku.akip.show())


def _missing_cells(data: pd.DataFrame) -> list[object]:
    return [
        v
        for v in data.to_numpy(dtype=object).ravel()
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
    ]


class TestMissingIsNA:
    def test_results(self):
        """Not assessed, no predikat, no penyerapan, no flag: each is pd.NA."""
        done = frame.kinerja(_iku())
        assert done.loc["b", "capaian"] is pd.NA
        assert done.loc["b", "predikat"] is pd.NA
        out = frame.penyerapan(_budget())
        assert out["penyerapan"][2] is pd.NA
        assert out["flag"][0] is pd.NA

    @pytest.mark.parametrize("rows", [frame.indicator_rows, frame.budget_rows])
    def test_report_rows(self, rows):
        """Every missing cell of the Dumai report's rows is pd.NA: no None, no NaN."""
        data = rows(report.load(EXAMPLES / "dumai-2024.toml"))
        missing = _missing_cells(data)
        assert missing  # the report leaves cells empty
        assert all(v is pd.NA for v in missing)

    def test_rollup(self):
        """Nodes without a name and without penyerapan hold pd.NA."""
        tree = frame.rollup(_budget())
        missing = _missing_cells(tree)
        assert missing
        assert all(v is pd.NA for v in missing)


class TestNames:
    def test_most_printed_name_and_conflict(self):
        """A code printed 'Rapat' twice and 'Rapat Koordinasi' once: 'Rapat', flagged.

        The flag is conflicting names; its program, named by one line only, is not flagged.
        """
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.0001"] * 3 + ["8.01.01.2.01.0002"],
                "nama": ["Rapat", "Rapat Koordinasi", "Rapat", "Gaji"],
                "program": ["PROGRAM PENUNJANG", None, None, None],
                "pagu": [1, 1, 1, 1],
                "realisasi": [1, 1, 1, 1],
            }
        )
        tree = frame.rollup(lines, name={"sub_kegiatan": "nama", "program": "program"})
        assert "Rapat" == tree.loc["8.01.01.2.01.0001", "name"]
        assert FlagKind.CONFLICTING_NAMES.value == tree.loc["8.01.01.2.01.0001", "flag"]
        assert "Gaji" == tree.loc["8.01.01.2.01.0002", "name"]
        assert tree.loc["8.01.01.2.01.0002", "flag"] is pd.NA
        assert "PROGRAM PENUNJANG" == tree.loc["8.01.01", "name"]
        assert tree.loc["8.01.01", "flag"] is pd.NA
        assert tree.loc["8.01", "name"] is pd.NA  # no bidang name was given
        assert 3 == tree.loc["8.01.01.2.01.0001", "lines"]

    def test_tie_goes_to_sort_order(self):
        """One line 'B', one line 'A': 'A' (sort order), whatever the row order."""
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.0001"] * 2,
                "nama": ["B", "A"],
                "pagu": [1, 1],
                "realisasi": [0, 0],
            }
        )
        assert "A" == frame.rollup(lines, name="nama").loc["8.01.01.2.01.0001", "name"]
        reverse = lines.iloc[::-1]
        assert "A" == frame.rollup(reverse, name="nama").loc["8.01.01.2.01.0001", "name"]

    def test_tabel_iii_11_names(self):
        """Tabel III.11: program 8.01.03 is the Kesbangpol programme as printed."""
        lines = pd.read_csv(EXAMPLES / "tabel-iii-11.csv", dtype=str)
        names = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub_kegiatan"}
        tree = frame.rollup(lines, kode="kode_ilustratif", name=names)
        assert tree["flag"].isna().all()
        assert "Administrasi Umum Perangkat Daerah" == tree.loc["8.01.01.2.02", "name"]
        assert "Penyediaan Gaji dan Tunjangan ASN" == tree.loc["8.01.01.2.01.0001", "name"]

    @settings(max_examples=30)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["A", "B"]),
                st.integers(1, 3),
                st.sampled_from(["x", "y"]),
                money,
                money,
            ),
            min_size=1,
            max_size=20,
        )
    )
    def test_names_change_no_sum(self, rows):
        """With names or without, grouped or not, the sums and levels are the same."""
        lines = pd.DataFrame(
            {
                "pemda": [g for g, _, _, _, _ in rows],
                "kode": [f"1.01.01.2.01.000{k}" for _, k, _, _, _ in rows],
                "nama": [n for _, _, n, _, _ in rows],
                "pagu": [p for _, _, _, p, _ in rows],
                "realisasi": [r for _, _, _, _, r in rows],
            }
        )
        columns = ["level", "lines", "pagu", "realisasi", "sisa", "penyerapan"]
        for by in (None, "pemda"):
            named = frame.rollup(lines, by=by, name="nama")
            plain = frame.rollup(lines, by=by)
            assert plain[columns].equals(named[columns])


JUNK = [None, 5, "text", [1, 2], {"a": 1}, 10**5000, np.array([1])]
FUNCTIONS: dict[str, Any] = {
    "capaian": frame.capaian,
    "predikat": frame.predikat,
    "atribut": frame.atribut,
    "kinerja": frame.kinerja,
    "penyerapan": frame.penyerapan,
    "partial": frame.partial,
    "rollup": frame.rollup,
    "rollup_dask": frame.rollup_dask,
    "show": frame.show,
    "plot_capaian": frame.plot_capaian,
    "plot_penyerapan": frame.plot_penyerapan,
    "indicator_rows": frame.indicator_rows,
    "budget_rows": frame.budget_rows,
    "combine": frame.combine,
    "verdicts": frame.verdicts,
    "findings": frame.findings,
}


class TestErrors:
    @pytest.mark.parametrize("junk", JUNK, ids=lambda v: type(v).__name__)
    @pytest.mark.parametrize("name", sorted(FUNCTIONS))
    def test_not_a_frame(self, name, junk):
        """A non-DataFrame gives an AkipError naming the parameter, its repr ≤ 80 chars."""
        with pytest.raises(AkipError) as caught:
            FUNCTIONS[name](junk)
        message = str(caught.value)
        assert message.startswith("'")  # the parameter, quoted
        assert len(message.split(": ", 1)[1]) <= 80

    @pytest.mark.parametrize(
        ("call", "param"),
        [
            (lambda: frame.capaian(_iku(), target="tgt"), "target"),
            (lambda: frame.capaian(_iku(), realisasi=cast("Any", ["x"])), "realisasi"),
            (lambda: frame.capaian(_iku(), polarity_column="p"), "polarity_column"),
            (lambda: frame.predikat(_iku()), "column"),
            (lambda: frame.atribut(_iku(), column=cast("Any", True)), "column"),
            (lambda: frame.penyerapan(_budget(), pagu="anggaran"), "pagu"),
            (lambda: frame.rollup(_budget(), kode="code"), "kode"),
            (lambda: frame.rollup(_budget(), name="judul"), "name"),
            (lambda: frame.rollup(_budget(), name={"bab": "nama"}), "name"),
            (lambda: frame.rollup(_budget(), unit="juta"), "unit"),
            (lambda: frame.plot_capaian(frame.kinerja(_iku()), name="judul"), "name"),
            (lambda: frame.plot_penyerapan(_budget(), column="x"), "column"),
            (lambda: frame.plot_penyerapan(frame.rollup(_budget()), level="bab"), "level"),
            (lambda: frame.show(_iku(), places=-1), "places"),
            (lambda: frame.combine([_budget()]), "partials"),
            (lambda: frame.combine(cast("Any", 5)), "partials"),
            (lambda: frame.use_display(cast("Any", "yes")), "enabled"),
        ],
    )
    def test_bad_argument_is_named(self, call, param):
        """A wrong column name or argument raises InvalidValue naming the parameter."""
        with pytest.raises(InvalidValue, match=rf"^'{param}'"):
            call()

    def test_unknown_option(self):
        """An option the scalar rule does not take is refused by name (no TypeError)."""
        with pytest.raises(InvalidValue, match=r"unknown option of capaian.compute: 'foo'"):
            frame.capaian(_iku(), foo=1)
        with pytest.raises(InvalidValue, match=r"unknown option of predikat.classify"):
            frame.predikat(_iku(), column="target", foo=1)
        with pytest.raises(InvalidValue, match=r"unknown option of atribut.classify"):
            frame.atribut(_iku(), column="target", foo=1)

    def test_duplicate_column(self):
        """A column name that names two columns is refused, not half-used."""
        data = pd.DataFrame([[1, 2, 3]], columns=["target", "target", "realisasi"])
        with pytest.raises(InvalidValue, match=r"'target' names 2 columns"):
            frame.capaian(data)

    def test_huge_values_bounded(self):
        """A 5.000-digit cell or column name is shown by its size, never in full."""
        with pytest.raises(InvalidValue) as caught:
            frame.capaian(_iku(), target=10**5000)  # type: ignore[arg-type]
        assert "<int of about 5001 digits>" in str(caught.value)  # 10**5000: 1 and 5000 zeros
        with pytest.raises(InvalidValue) as caught:
            frame.capaian(_iku(), target="x" * 1000)
        assert len(str(caught.value)) < 300

    def test_unhashable_code_cell(self):
        """A list in the code column is a bad code, named; never a TypeError."""
        lines = pd.DataFrame({"kode": [["8"]], "pagu": [1], "realisasi": [1]})
        with pytest.raises(AkipError, match=r"row 0, column 'kode'"):
            frame.rollup(lines)


class TestDisplay:
    def test_escapes_labels(self):
        """Column names, index labels and group labels are escaped: <script> never runs."""
        data = pd.DataFrame(
            {"<script>alert(1)</script>": [Decimal("1.005")]},
            index=pd.MultiIndex.from_tuples([("<b>pemda</b>", "8")], names=["<i>", "kode"]),
        )
        text = frame.show(data)._repr_html_()
        assert "<script>" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert "&lt;b&gt;pemda&lt;/b&gt;" in text
        assert "<th style='text-align:left'>&lt;b&gt;pemda&lt;/b&gt;</th>" in text
        assert "<th>&lt;i&gt;</th>" in text
        assert "<td style='text-align:right'>1,01</td>" in text  # 1,005 HALF_UP

    def test_rounded_for_reading_exact_underneath(self):
        """45.195.966.217 / 41.007.152.300 shows 90,73; the cell keeps 60 digits."""
        pagu, real = Decimal(45195966217), Decimal(41007152300)
        out = frame.penyerapan(pd.DataFrame({"pagu": [pagu], "realisasi": [real]}))
        assert "90,73" in frame.show(out)._repr_html_()
        assert len(out["penyerapan"][0].as_tuple().digits) == 60

    def test_ipython_html(self):
        """The display hook rounds Decimal frames and leaves other frames to pandas."""
        out = frame.penyerapan(pd.DataFrame({"pagu": [3], "realisasi": [1]}))
        html = frame_display._frame_html(out)
        assert html is not None
        assert "33,33" in html
        plain = pd.DataFrame({"x": [1.5]})
        assert cast("Any", plain)._repr_html_() == frame_display._frame_html(plain)
        long = pd.concat([out] * 70, ignore_index=True)
        assert "70 rows; first 60 shown." in (frame_display._frame_html(long) or "")


class TestPlots:
    @pytest.fixture(autouse=True)
    def _agg(self):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")

    def test_several_rows_per_indicator(self):
        """IKU 1 printed twice: each bar is labelled with its own value, at its own place.

        2023: 90 of 90 = 100; 2024: 94 of 90 = 104,44; the two rows are told apart.
        """
        data = pd.DataFrame(
            {
                "name": ["IKU 1", "IKU 1", "IKU 2"],
                "target": [90, 90, 100],
                "realisasi": [90, 94, 85],
            },
            index=[2023, 2024, 2024],
        )
        fig = frame.plot_capaian(frame.kinerja(data))
        ax = fig.axes[0]
        bars = ax.containers[0]
        texts = {round(cast("Any", t).xy[1]): t.get_text() for t in ax.texts}
        assert {0: "100,00%", 1: "104,44%", 2: "85,00%"} == texts
        assert [100.0, 94 / 90 * 100, 85.0] == pytest.approx([b.get_width() for b in bars])
        assert [0.0, 1.0, 2.0] == pytest.approx([b.get_y() + b.get_height() / 2 for b in bars])
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert ["IKU 1 [2023]", "IKU 1 [2024]", "IKU 2"] == labels

    def test_legend_outside_and_export(self):
        """The band legend is anchored right of the axes; PNG and SVG are written."""
        data = frame.kinerja(pd.DataFrame({"target": [90], "realisasi": [94]}))
        fig = frame.plot_capaian(data)
        legend = fig.axes[0].get_legend()
        assert legend is not None
        assert 5 == len(legend.get_texts())
        fig.canvas.draw()
        box = legend.get_window_extent()
        assert box.x0 >= fig.axes[0].get_window_extent().x1
        for kind, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=kind)
            assert buffer.getvalue().startswith(magic)

    def test_penyerapan_every_row(self):
        """level=None draws every row of a penyerapan frame, ranked as given."""
        out = frame.penyerapan(
            pd.DataFrame({"name": ["Dumai", "Siak"], "pagu": [4, 2], "realisasi": [1, 2]})
        ).sort_values("penyerapan", ascending=False)
        fig = frame.plot_penyerapan(out, level=None)
        ax = fig.axes[0]
        assert ["Siak", "Dumai"] == [t.get_text() for t in ax.get_yticklabels()]
        assert ["100,00%", "25,00%"] == [t.get_text() for t in ax.texts]
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg")
        assert b"Siak" in buffer.getvalue() or b"<svg" in buffer.getvalue()


class TestDocumented:
    @pytest.mark.parametrize("name", [n for n in frame.__all__ if callable(getattr(frame, n))])
    def test_every_public_callable_has_an_example(self, name):
        """Every public function and class of akip.frame shows an example (run as doctest)."""
        doc = getattr(frame, name).__doc__ or ""
        assert ">>> " in doc


class TestCallerContext:
    def test_same_answer_in_any_decimal_context(self):
        """A caller's 3-digit ROUND_DOWN context changes nothing: Rp 45.195.966.217,00.

        Tabel III.11's total and 90,73 % (41.007.152.300 / 45.195.966.217) as printed.
        """
        import decimal  # noqa: PLC0415 - only this test changes the context

        lines = pd.read_csv(EXAMPLES / "tabel-iii-11.csv", dtype=str)
        expected = frame.rollup(lines, kode="kode_ilustratif")
        per_line = frame.penyerapan(lines)
        with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN)):
            tree = frame.rollup(lines, kode="kode_ilustratif")
            again = frame.penyerapan(lines)
        assert expected.equals(tree)
        assert per_line.equals(again)
        assert Decimal("45195966217.00") == tree.loc["8", "pagu"]
        assert "90.73" == str(tree.loc["8", "penyerapan"])[:5]


class TestPercent:
    @given(st.lists(st.tuples(money, money), min_size=1, max_size=20))
    def test_penyerapan_is_the_scalar_percent(self, rows):
        """Column-wise penyerapan equals akip._decimal.percent of each row, value for value."""
        from akip._decimal import percent  # noqa: PLC0415

        data = pd.DataFrame(rows, columns=["pagu", "realisasi"])
        out = frame.penyerapan(data)
        expected = [percent(Decimal(r), Decimal(p)) if p else None for p, r in rows]
        got = [None if v is pd.NA else v for v in out["penyerapan"]]
        assert expected == got
