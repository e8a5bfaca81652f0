"""akip.frame on dask.dataframe: per-partition sums and the exact combine step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import frame
from akip.exceptions import CodeError, InvalidValue
from akip.frame import dask as frame_dask
from tests.strategies import money

if TYPE_CHECKING:
    from collections.abc import Mapping

dask = pytest.importorskip("dask")
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
        monkeypatch.setattr(frame_dask, "_MERGE_FAN_IN", 2)
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


@pytest.mark.usefixtures("client")
class TestRollupDaskHeld:
    """Partitions held by the cluster (persisted): one task per worker thread sums them."""

    LINES = pd.DataFrame(
        {
            "kode": [f"1.0{i % 3 + 1}.0{i % 4 + 1}.2.01.{i % 5 + 1:04d}" for i in range(300)],
            "pagu": [i * 101 + 1 for i in range(300)],
            "realisasi": range(300),
        }
    )

    @staticmethod
    def held(client: Any, lines: pd.DataFrame, npartitions: int) -> Any:
        """*lines* in *npartitions* partitions, in the workers' memory."""
        data = client.persist(dd.from_pandas(lines, npartitions=npartitions))
        distributed.wait(data)
        return data

    def test_persisted_equals_pandas(self, client):
        """The 300 lines of test_sen_amounts_many_partitions, persisted in 7 partitions.

        Not waited for: a partition still being computed has no holder yet.
        """
        data = client.persist(dd.from_pandas(self.LINES, npartitions=7))
        result = frame.rollup_dask(data, unit="sen")
        assert frame.rollup(self.LINES, unit="sen").equals(result)
        # Σ (101·i + 1) for i < 300 = 101 · 44850 + 300 = 4,530,150 sen.
        assert "45301.50" == str(result.loc["1", "pagu"])

    def test_one_task_per_thread(self, client):
        """Seven held partitions on one worker of one thread are summed by one task."""
        data = self.held(client, self.LINES, 7)
        with distributed.get_task_stream(client) as stream:
            frame.rollup_dask(data, unit="sen")
        names = [str(t["key"]) for t in stream.data]
        assert 1 == len(names)
        assert names[0].startswith("_chunk_sums")

    def test_work_on_held_partitions_is_dask_work(self, client):
        """A frame computed from held partitions is not held itself: partial per partition."""
        data = self.held(client, self.LINES, 3)
        odd = data[data["realisasi"] % 2 == 1]
        expected = frame.rollup(self.LINES[self.LINES["realisasi"] % 2 == 1], unit="sen")
        with distributed.get_task_stream(client) as stream:
            result = frame.rollup_dask(odd, unit="sen")
        assert expected.equals(result)
        assert not any(str(t["key"]).startswith("_chunk_sums") for t in stream.data)

    def test_default_scheduler(self):
        """Without the cluster (dask's synchronous scheduler) the same tree."""
        with dask.config.set(scheduler="sync"):
            result = frame.rollup_dask(dd.from_pandas(self.LINES, npartitions=4), unit="sen")
        assert frame.rollup(self.LINES, unit="sen").equals(result)

    def test_bad_code_named(self, client):
        """A bad code in a held partition is named by its row, as `frame.rollup` names it."""
        lines = self.LINES.assign(kode=self.LINES["kode"].where(self.LINES.index != 250, "1.01"))
        data = self.held(client, lines, 3)
        with pytest.raises(CodeError, match=r"^row 250, column 'kode': ") as raised:
            frame.rollup_dask(data, unit="sen")
        with pytest.raises(CodeError) as direct:
            frame.rollup(lines, unit="sen")
        assert str(direct.value) == str(raised.value)

    def test_overflow_refused(self, client):
        """Three held partitions of 2**61 sen each pass alone; their sum could overflow."""
        lines = pd.DataFrame(
            {"kode": ["1.01.01.2.01.0001"] * 3, "pagu": [2**61] * 3, "realisasi": [0] * 3}
        )
        data = self.held(client, lines, 3)
        with pytest.raises(InvalidValue, match=r"^column 'pagu_sen': the total could overflow"):
            frame.rollup_dask(data, unit="sen")

    def test_two_threads_two_tasks(self):
        """On a worker of two threads, seven held partitions go to two tasks (the split: below)."""
        with (
            distributed.LocalCluster(
                n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
            ) as cluster,
            distributed.Client(cluster, set_as_default=False) as two,
            two.as_current(),
        ):
            data = self.held(two, self.LINES, 7)
            with distributed.get_task_stream(two) as stream:
                result = frame.rollup_dask(data, unit="sen")
            futures = distributed.futures_of(data)
            assert frame.rollup(self.LINES, unit="sen").equals(result)
            assert 2 == len(stream.data)
            assert 7 == len(futures)

    def test_uneven_holders_are_evened(self):
        """Seven partitions all held by one of two workers: one task on each worker.

        The second worker fetches the partitions beyond the first one's even share (how many
        each task gets: `TestDealing`).
        """
        with (
            distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
            ) as cluster,
            distributed.Client(cluster, set_as_default=False) as two,
            two.as_current(),
        ):
            first = min(two.nthreads())
            data = two.persist(dd.from_pandas(self.LINES, npartitions=7), workers=[first])
            distributed.wait(data)
            assert {(first,)} == {tuple(where) for where in two.who_has(data).values()}
            with distributed.get_task_stream(two) as stream:
                result = frame.rollup_dask(data, unit="sen")
            assert frame.rollup(self.LINES, unit="sen").equals(result)
            workers = sorted(t["worker"] for t in stream.data if "_chunk_sums" in str(t["key"]))
            assert sorted(two.nthreads()) == workers


class _Held:
    """A stand-in for a ``distributed.Future``: only its key is read when dealing."""

    def __init__(self, key: str) -> None:
        self.key = key


class _Cluster:
    """A stand-in for a ``distributed.Client``: who holds what, threads, and the tasks made."""

    def __init__(self, threads: dict[str, int], holders: Mapping[str, tuple[str, ...]]) -> None:
        self.threads, self.holders = threads, holders
        self.tasks: list[tuple[list[str], list[str] | None]] = []

    def who_has(self, held: list[_Held]) -> dict[str, tuple[str, ...]]:
        return {f.key: self.holders.get(f.key, ()) for f in held}

    def nthreads(self) -> dict[str, int]:
        return dict(self.threads)

    def submit(self, _fn: object, parts: list[_Held], _options: object, **kw: Any) -> int:
        self.tasks.append(([f.key for f in parts], kw.get("workers")))
        return len(self.tasks) - 1

    def gather(self, tasks: list[int]) -> list[int]:
        return tasks


class TestDealing:
    """How `rollup_dask` deals held partitions to tasks (one per worker thread), by hand.

    Seven partitions p0…p6 and two threads: the even share of a thread is ⌈7 / 2⌉ = 4.
    """

    HELD: ClassVar[list[_Held]] = [_Held(f"p{i}") for i in range(7)]

    def test_one_worker_two_threads(self):
        """Dealt in turn to its two threads: p0 p2 p4 p6 and p1 p3 p5 (4 + 3)."""
        cluster = _Cluster({"A": 2}, {f"p{i}": ("A",) for i in range(7)})
        frame_dask._chunk_results(cluster, self.HELD, {})
        assert [
            (["p0", "p2", "p4", "p6"], ["A"]),
            (["p1", "p3", "p5"], ["A"]),
        ] == cluster.tasks

    def test_all_held_by_one_of_two_workers(self):
        """A's one thread takes its share p0…p3; the 3 beyond go to B, which fetches them."""
        cluster = _Cluster({"A": 1, "B": 1}, {f"p{i}": ("A",) for i in range(7)})
        frame_dask._chunk_results(cluster, self.HELD, {})
        assert [(["p0", "p1", "p2", "p3"], ["A"]), (["p4", "p5", "p6"], ["B"])] == cluster.tasks

    def test_each_worker_keeps_what_it_holds(self):
        """Held 4 by A and 3 by B, within each one's share: nothing moves."""
        holders = {f"p{i}": ("A",) if i % 2 == 0 else ("B",) for i in range(7)}
        cluster = _Cluster({"A": 1, "B": 1}, holders)
        frame_dask._chunk_results(cluster, self.HELD, {})
        assert [(["p0", "p2", "p4", "p6"], ["A"]), (["p1", "p3", "p5"], ["B"])] == cluster.tasks
