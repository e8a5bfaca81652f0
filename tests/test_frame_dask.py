"""akip.frame on dask.dataframe: per-partition sums and the exact combine step."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import frame
from akip.exceptions import InvalidValue
from tests.strategies import money

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def client():
    """A local cluster, one in-process worker with one thread (the machine has 2 cores)."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.mark.usefixtures("client")
class TestRollupDask:
    def test_tabel_iii_11(self):
        """Tabel III.11 in 4 partitions: 45.195.966.217 / 41.007.152.300, as pandas gives."""
        lines = pd.read_csv(EXAMPLES / "tabel-iii-11.csv", dtype=str)
        expected = frame.rollup(lines, kode="kode_ilustratif")
        result = frame.rollup_dask(dd.from_pandas(lines, npartitions=4), kode="kode_ilustratif")
        assert expected.equals(result)
        assert "45195966217.00" == str(result.loc["8", "pagu"])
        assert "41007152300.00" == str(result.loc["8", "realisasi"])

    def test_sen_amounts_many_partitions(self):
        """Integer-sen lines split in 7 partitions sum to the pandas result, to the sen."""
        codes = [f"1.0{i % 3 + 1}.0{i % 4 + 1}.2.01.{i % 5 + 1:04d}" for i in range(300)]
        lines = pd.DataFrame(
            {"kode": codes, "pagu": [i * 101 + 1 for i in range(300)], "realisasi": range(300)}
        )
        result = frame.rollup_dask(dd.from_pandas(lines, npartitions=7), unit="sen")
        assert frame.rollup(lines, unit="sen").equals(result)
        # Σ (101·i + 1) for i < 300 = 101 · 44850 + 300 = 4,530,150 sen.
        assert "45301.50" == str(result.loc["1", "pagu"])

    @settings(max_examples=15)  # each example is a round trip through the cluster
    @given(
        st.lists(st.tuples(st.integers(1, 9), money, money), min_size=1, max_size=30),
        st.integers(1, 5),
    )
    def test_equals_pandas(self, rows, npartitions):
        """For any lines and partitioning, the Dask rollup equals the pandas rollup."""
        lines = pd.DataFrame(
            {
                "kode": [f"{k}.01.01.2.0{k}.0001" for k, _, _ in rows],
                "pagu": [p for _, p, _ in rows],
                "realisasi": [r for _, _, r in rows],
            }
        )
        result = frame.rollup_dask(dd.from_pandas(lines, npartitions=npartitions))
        assert frame.rollup(lines).equals(result)

    @settings(max_examples=10)
    @given(
        st.lists(
            st.tuples(st.sampled_from(["Dumai", "Siak"]), st.integers(1, 9), money, money),
            min_size=1,
            max_size=30,
        ),
        st.integers(1, 4),
    )
    def test_by_equals_pandas(self, rows, npartitions):
        """Grouped by pemda, the Dask rollup equals the pandas rollup, group by group."""
        lines = pd.DataFrame(
            {
                "pemda": [g for g, _, _, _ in rows],
                "kode": [f"{k}.01.01.2.0{k}.0001" for _, k, _, _ in rows],
                "pagu": [p for _, _, p, _ in rows],
                "realisasi": [r for _, _, _, r in rows],
            }
        )
        result = frame.rollup_dask(dd.from_pandas(lines, npartitions=npartitions), by="pemda")
        assert frame.rollup(lines, by="pemda").equals(result)

    def test_names_equal_pandas(self):
        """Tabel III.11 with its printed names, in 3 partitions: the pandas tree, names too."""
        lines = pd.read_csv(EXAMPLES / "tabel-iii-11.csv", dtype=str)
        names = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub_kegiatan"}
        expected = frame.rollup(lines, kode="kode_ilustratif", name=names)
        result = frame.rollup_dask(
            dd.from_pandas(lines, npartitions=3), kode="kode_ilustratif", name=names
        )
        assert expected.equals(result)
        assert "Administrasi Keuangan Perangkat Daerah" == result.loc["8.01.01.2.01", "name"]

    def test_merge_tree_of_several_levels(self, monkeypatch):
        """Merged two at a time, 9 partitions take four rounds of merges: the same tree.

        Grouped by pemda and with names, so that every column of a partial result is
        merged; the 300 lines are those of test_sen_amounts_many_partitions, half Dumai.
        """
        monkeypatch.setattr(frame, "_MERGE_FAN_IN", 2)
        codes = [f"1.0{i % 3 + 1}.0{i % 4 + 1}.2.01.{i % 5 + 1:04d}" for i in range(300)]
        lines = pd.DataFrame(
            {
                "pemda": ["Dumai", "Siak"] * 150,
                "kode": codes,
                "nama": [f"sub {i % 5}" for i in range(300)],
                "pagu": [i * 101 + 1 for i in range(300)],
                "realisasi": range(300),
            }
        )
        options = {"unit": "sen", "by": "pemda", "name": "nama"}
        result = frame.rollup_dask(dd.from_pandas(lines, npartitions=9), **options)
        assert frame.rollup(lines, **options).equals(result)
        # Σ (101·i + 1) over the even i < 300 (Dumai) = 101 · 22350 + 150 = 2,257,500 sen.
        assert "22575.00" == str(result.loc[("Dumai", "1"), "pagu"])

    def test_merge_refuses_overflow(self):
        """Three partitions of 2**61 sen each pass alone; their merge could overflow."""
        lines = pd.DataFrame(
            {"kode": ["1.01.01.2.01.0001"] * 3, "pagu": [2**61] * 3, "realisasi": [0] * 3}
        )
        with pytest.raises(InvalidValue, match=r"'pagu_sen'.*overflow"):
            frame.rollup_dask(dd.from_pandas(lines, npartitions=3), unit="sen")

    def test_not_a_dask_frame(self):
        """A pandas frame is not a dask frame: refused by name."""
        with pytest.raises(InvalidValue, match=r"^'frame' must be a dask DataFrame"):
            frame.rollup_dask(pd.DataFrame({"kode": []}))
