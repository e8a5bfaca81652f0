"""Tests of akip.evaluasi: the LKE profile, worksheet scoring and the AA–D predikat."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import evaluasi
from akip.evaluasi import (
    DEFAULT_PROFILE,
    PREDIKAT_SCALE,
    Predikat,
    Profile,
    SkalaJawaban,
    available_profiles,
    classify,
    load_profile,
    load_worksheet,
    profile,
    score,
)
from akip.exceptions import AkipError, BandError, InvalidNumber, InvalidValue
from akip.numbers import round_half_up
from tests.strategies import lke_codes

P88 = profile()
N88 = len(P88.criteria())
# The answer scale of PermenPANRB 88/2021 (Tabel Pengisian Nilai A s.d. E).
SCALE_88 = {"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0}
ORDER = ["E", "D", "C", "CC", "B", "BB", "A", "AA"]


def fill(by_sub: dict[str, list[str]]) -> dict[str, str]:
    """Answers for the criteria of each named sub-component, in worksheet order."""
    answers: dict[str, str] = {}
    for komponen in P88.komponen:
        for sub in komponen.subkomponen:
            for kriteria, code in zip(sub.kriteria, by_sub.get(sub.id, []), strict=False):
                answers[kriteria.id] = code
    return answers


def everything(code: str) -> dict[str, str]:
    return {k.id: code for k in P88.criteria()}


def minimal() -> dict[str, object]:
    """A small valid profile: two components, a yes/no scale besides AA–E."""
    return {
        "id": "mini",
        "nama": "Mini",
        "sumber": "test",
        "skala_bawaan": "aa-e",
        "skala": {"aa-e": dict(SCALE_88), "y-t": {"Y": 100, "T": 0}},
        "komponen": [
            {
                "id": "1",
                "nama": "Satu",
                "bobot": 60,
                "subkomponen": [
                    {
                        "id": "1.1",
                        "nama": "Keberadaan",
                        "uraian": "ada",
                        "bobot": 20,
                        "kriteria": [
                            {"id": "1.1.1", "uraian": "a", "skala": "y-t"},
                            {"id": "1.1.2", "uraian": "b"},
                        ],
                    },
                    {
                        "id": "1.2",
                        "nama": "Kualitas",
                        "uraian": "baik",
                        "bobot": 40,
                        "kriteria": [{"id": "1.2.1", "uraian": "c"}],
                    },
                ],
            },
            {
                "id": "2",
                "nama": "Dua",
                "bobot": "40",
                "subkomponen": [
                    {
                        "id": "2.1",
                        "nama": "Pemanfaatan",
                        "uraian": "guna",
                        "bobot": Decimal(40),
                        "kriteria": [{"id": "2.1.1", "uraian": "d"}],
                    }
                ],
            },
        ],
    }


class TestPredikat:
    @pytest.mark.parametrize(
        ("nilai", "expected"),
        [
            (0, Predikat.D),
            (Decimal("0.01"), Predikat.D),
            (30, Predikat.D),
            (Decimal("30.01"), Predikat.C),
            (50, Predikat.C),
            (Decimal("50.01"), Predikat.CC),
            (60, Predikat.CC),
            (Decimal("60.01"), Predikat.B),
            (70, Predikat.B),
            (Decimal("70.01"), Predikat.BB),
            (80, Predikat.BB),
            (Decimal("80.01"), Predikat.A),
            (90, Predikat.A),
            (Decimal("90.01"), Predikat.AA),
            (100, Predikat.AA),
        ],
    )
    def test_band_edges(self, nilai, expected):
        """Lower bounds are exclusive, upper inclusive (table '> 90–100'); 0 is D (A19)."""
        assert expected == classify(nilai)

    @pytest.mark.parametrize("nilai", [Decimal("-0.01"), Decimal("100.01")])
    def test_outside_domain(self, nilai):
        """A score below 0 or above 100 is not a SAKIP score."""
        with pytest.raises(BandError, match="does not cover"):
            classify(nilai)

    def test_junk(self):
        """Junk is refused with a typed error, never a silent band."""
        for junk in (None, True, "90,5", [90], Decimal("NaN")):
            with pytest.raises(InvalidNumber):
                classify(junk)

    def test_labels(self):
        """Codes and labels as the PermenPANRB 88/2021 table prints them, highest first."""
        expected = [
            ("AA", "Sangat Memuaskan"),
            ("A", "Memuaskan"),
            ("BB", "Sangat Baik"),
            ("B", "Baik"),
            ("CC", "Cukup (Memadai)"),
            ("C", "Kurang"),
            ("D", "Sangat Kurang"),
        ]
        assert expected == [(p.name, p.label) for p in Predikat]
        assert list(reversed(Predikat)) == list(PREDIKAT_SCALE.levels)

    def test_markdown(self):
        """The docs table comes from the scale: highest band first, bounds as printed."""
        lines = evaluasi.predikat_markdown().splitlines()
        assert "| 90 < x ≤ 100 | Sangat Memuaskan |" == lines[2]
        assert "| 0 ≤ x ≤ 30 | Sangat Kurang |" == lines[-1]


class TestBundledProfile:
    def test_available(self):
        """The 88/2021 profile is bundled and is the default."""
        assert ("permenpanrb-88-2021",) == available_profiles()
        assert "permenpanrb-88-2021" == DEFAULT_PROFILE == P88.id

    def test_components(self):
        """Components and weights of PermenPANRB 88/2021 (rules-research §3.4)."""
        expected = [
            ("Perencanaan Kinerja", Decimal(30)),
            ("Pengukuran Kinerja", Decimal(30)),
            ("Pelaporan Kinerja", Decimal(15)),
            ("Evaluasi Akuntabilitas Kinerja Internal", Decimal(25)),
        ]
        assert expected == [(k.nama, k.bobot) for k in P88.komponen]

    def test_split_20_30_50(self):
        """Each component splits keberadaan 20 %, kualitas 30 %, pemanfaatan 50 %."""
        for komponen in P88.komponen:
            expected = [
                ("Keberadaan", komponen.bobot * Decimal("0.2")),
                ("Kualitas", komponen.bobot * Decimal("0.3")),
                ("Pemanfaatan", komponen.bobot * Decimal("0.5")),
            ]
            assert expected == [(s.nama, s.bobot) for s in komponen.subkomponen]

    def test_criteria(self):
        """80 criteria (7/10/8, 3/7/10, 6/9/7, 3/5/5 per sub-component), all on AA–E."""
        counts = [len(s.kriteria) for k in P88.komponen for s in k.subkomponen]
        assert [7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5] == counts
        assert 80 == N88
        assert {"aa-e"} == {k.skala for k in P88.criteria()}
        assert SCALE_88 == {code: int(value) for code, value in P88.scale("aa-e").nilai}
        assert "Terdapat pedoman teknis perencanaan kinerja." == P88.criteria()[0].uraian

    def test_unknown(self):
        """An unknown profile id names the bundled ones."""
        with pytest.raises(InvalidValue, match="permenpanrb-88-2021"):
            profile("permenpanrb-12-2015")

    def test_unknown_scale(self):
        """Asking a profile for a scale it lacks is an error."""
        with pytest.raises(InvalidValue, match="no scale: 'y-t'"):
            P88.scale("y-t")

    def test_weights_markdown(self):
        """The weights table is rendered from the profile data."""
        lines = evaluasi.weights_markdown().splitlines()
        assert "| **1. Perencanaan Kinerja** | **30** | 100 % | 25 |" == lines[2]
        assert "| 3.2 Kualitas | 4,5 | 30 % | 9 |" in lines
        assert "| **Total** | **100** | | 80 |" == lines[-1]

    @given(st.sampled_from(available_profiles()))
    def test_weights_sum_to_100(self, name):
        """Component weights of every bundled profile sum to 100, sub-components to theirs."""
        data = profile(name)
        assert Decimal(100) == sum(k.bobot for k in data.komponen)
        for komponen in data.komponen:
            assert komponen.bobot == sum(s.bobot for s in komponen.subkomponen)


class TestScore:
    def test_worked_example(self):
        """A full worksheet scored by hand.

        1.1  7×A          mean 90      × 6   / 100 = 5.4
        1.2  5×BB, 5×B    mean 75      × 9   / 100 = 6.75
        1.3  4×B, 4×CC    mean 65      × 15  / 100 = 9.75      → komponen 1 = 21.9
        2.1  AA, A, BB    mean 90      × 6   / 100 = 5.4
        2.2  7×BB         mean 80      × 9   / 100 = 7.2
        2.3  10×B         mean 70      × 15  / 100 = 10.5      → komponen 2 = 23.1
        3.1  6×AA         mean 100     × 3   / 100 = 3
        3.2  9×A          mean 90      × 4.5 / 100 = 4.05
        3.3  7×BB         mean 80      × 7.5 / 100 = 6         → komponen 3 = 13.05
        4.1  A, A, BB     mean 260/3   × 5   / 100 = 13/3 = 4.333…
        4.2  5×B          mean 70      × 7.5 / 100 = 5.25
        4.3  3×C, 2×CC    mean 54      × 12.5/ 100 = 6.75      → komponen 4 = 16.333…
        total = 21.9 + 23.1 + 13.05 + 16.333… = 74.38333… → 74,38 → BB Sangat Baik
        """
        answers = fill(
            {
                "1.1": ["A"] * 7,
                "1.2": ["BB"] * 5 + ["B"] * 5,
                "1.3": ["B"] * 4 + ["CC"] * 4,
                "2.1": ["AA", "A", "BB"],
                "2.2": ["BB"] * 7,
                "2.3": ["B"] * 10,
                "3.1": ["AA"] * 6,
                "3.2": ["A"] * 9,
                "3.3": ["BB"] * 7,
                "4.1": ["A", "A", "BB"],
                "4.2": ["B"] * 5,
                "4.3": ["C"] * 3 + ["CC"] * 2,
            }
        )
        hasil = score(answers)
        subs = [s.nilai for k in hasil.komponen for s in k.subkomponen]
        expected_subs = ["5.4", "6.75", "9.75", "5.4", "7.2", "10.5", "3", "4.05", "6"]
        assert [Decimal(v) for v in expected_subs] == subs[:9]
        assert Decimal("4.3333333333") == round_half_up(subs[9], 10)
        assert [Decimal("5.25"), Decimal("6.75")] == subs[10:]
        komponen = [round_half_up(k.nilai, 10) for k in hasil.komponen]
        expected_komponen = ["21.9", "23.1", "13.05", "16.3333333333"]
        assert [Decimal(v) for v in expected_komponen] == komponen
        assert Decimal("74.3833333333") == round_half_up(hasil.nilai, 10)
        assert Decimal("74.38") == hasil.rounded
        assert Predikat.BB == hasil.predikat
        assert (0, True) == (hasil.missing, hasil.complete)

    def test_criterion_scores(self):
        """Each criterion keeps its answer and the answer's value."""
        hasil = score(fill({"2.1": ["AA", "D"]}))
        scored = hasil.komponen[1].subkomponen[0].kriteria
        assert [("AA", Decimal(100)), ("D", Decimal(30)), (None, None)] == [
            (k.jawaban, k.nilai) for k in scored
        ]

    def test_partly_answered_sub(self):
        """A sub-component scores the mean of its answered criteria and counts the rest.

        2.1 answered AA, D (third not assessed): mean (100 + 30) / 2 = 65, × 6 / 100 = 3.9.
        """
        hasil = score(fill({"2.1": ["AA", "D"]}))
        sub = hasil.komponen[1].subkomponen[0]
        assert (Decimal(65), Decimal("3.9"), 1) == (sub.rata_rata, sub.nilai, sub.missing)

    def test_unanswered_sub(self):
        """A sub-component with no answer has no score; nor do its component and the total."""
        answers = everything("AA")
        for kriteria in P88.komponen[2].subkomponen[1].kriteria:
            del answers[kriteria.id]
        hasil = score(answers)
        assert (None, None) == (
            hasil.komponen[2].subkomponen[1].rata_rata,
            hasil.komponen[2].subkomponen[1].nilai,
        )
        assert None is hasil.komponen[2].nilai
        assert Decimal(30) == hasil.komponen[0].nilai
        assert (None, None, None) == (hasil.nilai, hasil.rounded, hasil.predikat)
        assert (9, 9, False) == (hasil.komponen[2].missing, hasil.missing, hasil.complete)

    def test_none_is_not_assessed(self):
        """An explicit None (JSON null) is 'not assessed', exactly like an absent id."""
        answers: dict[str, str | None] = dict(everything("B"))
        answers["1.1.1"] = None
        with_none = score(answers)
        del answers["1.1.1"]
        assert score(answers) == with_none
        assert 1 == with_none.missing
        assert Decimal(70) == with_none.nilai

    def test_missing_answer_is_not_zero(self):
        """Leaving a criterion out differs from answering E (0)."""
        answers = everything("AA")
        del answers["1.1.1"]
        assert Decimal(100) == score(answers).nilai
        answers["1.1.1"] = "E"
        assert Decimal("99.14") == score(answers).rounded  # 100 − 6 / 7 = 99.142857…

    def test_empty_worksheet(self):
        """An empty worksheet: every criterion missing, no score."""
        hasil = score({})
        assert (N88, None, None) == (hasil.missing, hasil.nilai, hasil.predikat)

    def test_predikat_of_printed_score(self):
        """The predikat is that of the score rounded HALF_UP to 2 places, as printed."""
        data = minimal()
        data["skala"] = {"x": {"low": "90.004", "high": "90.005"}}
        del data["skala_bawaan"]
        for komponen in data["komponen"]:  # type: ignore[attr-defined]
            for sub in komponen["subkomponen"]:
                for kriteria in sub["kriteria"]:
                    kriteria.pop("skala", None)
        custom = Profile.from_mapping(data)
        low = score({k.id: "low" for k in custom.criteria()}, custom)
        assert (Decimal("90.004"), Decimal("90.00"), Predikat.A) == (
            low.nilai,
            low.rounded,
            low.predikat,
        )
        high = score({k.id: "high" for k in custom.criteria()}, custom)
        assert (Decimal("90.01"), Predikat.AA) == (high.rounded, high.predikat)

    def test_yes_no_criterion(self):
        """A yes/no criterion scores Y = 100, T = 0 (mini profile, hand computed).

        1.1: Y, BB → mean 90 × 20 / 100 = 18; 1.2: C → 50 × 40 / 100 = 20;
        2.1: E → 0. Total 38 → C Kurang. With T, BB: 1.1 is mean 40 × 20 / 100 = 8.
        """
        custom = Profile.from_mapping(minimal())
        hasil = score({"1.1.1": "Y", "1.1.2": "BB", "1.2.1": "C", "2.1.1": "E"}, custom)
        assert [Decimal(38), Decimal(0)] == [k.nilai for k in hasil.komponen]
        assert (Decimal(38), Predikat.C) == (hasil.nilai, hasil.predikat)
        assert (
            Decimal(8)
            == score({"1.1.1": "T", "1.1.2": "BB"}, custom).komponen[0].subkomponen[0].nilai
        )

    @given(st.lists(lke_codes, min_size=N88, max_size=N88))
    def test_total_is_sum_of_components(self, codes):
        """Total = Σ component scores = Σ sub-component scores."""
        hasil = score(dict(zip([k.id for k in P88.criteria()], codes, strict=True)))
        components = [k.nilai for k in hasil.komponen]
        subs = [s.nilai for k in hasil.komponen for s in k.subkomponen]
        assert hasil.nilai == evaluasi._sum(c for c in components if c is not None)
        assert round_half_up(hasil.nilai, 40) == round_half_up(
            evaluasi._sum(s for s in subs if s is not None), 40
        )
        assert Decimal(0) <= hasil.nilai <= Decimal(100)
        assert classify(hasil.rounded) == hasil.predikat

    @given(
        st.lists(lke_codes, min_size=N88, max_size=N88),
        st.integers(min_value=0, max_value=N88 - 1),
        lke_codes,
    )
    def test_raising_an_answer(self, codes, index, higher):
        """Raising any one answer never lowers the total."""
        ids = [k.id for k in P88.criteria()]
        before = score(dict(zip(ids, codes, strict=True)))
        raised = list(codes)
        raised[index] = max(codes[index], higher, key=ORDER.index)
        after = score(dict(zip(ids, raised, strict=True)))
        assert before.nilai is not None
        assert after.nilai is not None
        assert before.nilai <= after.nilai

    @given(st.sampled_from(available_profiles()))
    def test_all_aa_and_all_e(self, name):
        """All answers AA → 100 and AA; all answers E → 0 and D (every bundled profile)."""
        data = profile(name)
        top = score({k.id: "AA" for k in data.criteria()}, data)
        bottom = score({k.id: "E" for k in data.criteria()}, data)
        assert (Decimal(100), Predikat.AA) == (top.nilai, top.predikat)
        assert (Decimal(0), Predikat.D) == (bottom.nilai, bottom.predikat)


class TestScoreJunk:
    @pytest.mark.parametrize(
        ("answers", "match"),
        [
            ({"9.9.9": "AA"}, "'9.9.9', which is in no sub-component"),
            ({"1.1": "AA"}, "'1.1', which is in no sub-component"),
            ({"1.1.1": "F"}, r"'jawaban.1.1.1' must be one of AA, A, BB, B, CC, C, D, E .*'F'"),
            ({"1.1.1": "aa"}, "'aa'"),
            ({"1.1.1": 100}, "100"),
            ({"1.1.1": "Y"}, "'Y'"),
        ],
    )
    def test_bad_answer(self, answers, match):
        """An unknown criterion or an answer outside the scale is named in the error."""
        with pytest.raises(InvalidValue, match=match):
            score(answers)

    @pytest.mark.parametrize("junk", [None, ["AA"], "AA", 5])
    def test_not_a_mapping(self, junk):
        """A worksheet must be a mapping of criterion id to answer."""
        with pytest.raises(InvalidValue, match="must be a mapping"):
            score(junk)


class TestProfileData:
    def test_minimal(self):
        """A valid mapping builds a profile; numbers of any accepted form are exact."""
        custom = Profile.from_mapping(minimal())
        assert ["1.1.1", "1.1.2", "1.2.1", "2.1.1"] == [k.id for k in custom.criteria()]
        assert ["y-t", "aa-e", "aa-e", "aa-e"] == [k.skala for k in custom.criteria()]
        assert [Decimal(60), Decimal(40)] == [k.bobot for k in custom.komponen]

    def test_single_scale_is_default(self):
        """With one scale and no skala_bawaan, criteria use that scale."""
        data = minimal()
        del data["skala_bawaan"]
        data["skala"] = {"y-t": {"Y": 100, "T": 0}}
        for sub in data["komponen"][0]["subkomponen"]:  # type: ignore[index]
            for kriteria in sub["kriteria"]:
                kriteria.pop("skala", None)
        assert {"y-t"} == {k.skala for k in Profile.from_mapping(data).criteria()}

    @pytest.mark.parametrize(
        ("path", "value", "match"),
        [
            (
                ("komponen", 0, "subkomponen", 0, "bobot"),
                21,
                "'komponen.1.subkomponen' weights must sum to the component's bobot 60: 61",
            ),
            (("komponen", 1, "subkomponen", 0, "kriteria", 0, "id"), "1.1.1", "criterion"),
            (("komponen", 1, "id"), "1", "duplicate component id in profile 'mini': '1'"),
            (("komponen", 1, "subkomponen", 0, "id"), "1.1", "duplicate sub-component"),
            (("komponen", 1, "subkomponen", 0, "id"), "1.1.1", "duplicate"),
            (("komponen", 0, "subkomponen", 0, "kriteria", 0, "skala"), "abc", "'abc'"),
            (("komponen", 0, "subkomponen", 0, "kriteria"), [], "at least one criterion"),
            (("komponen", 1, "subkomponen"), [], "at least one sub-component"),
            (("komponen",), [], "at least one component"),
            (("komponen", 0, "bobot"), 0, "'komponen.1.bobot' must be > 0: 0"),
            (("komponen", 0, "bobot"), True, "not bool"),
            (("komponen", 0, "bobot"), "enam puluh", "'komponen.1.bobot'"),
            (("komponen", 0, "subkomponen", 0, "bobot"), -20, "must be > 0"),
            (("skala", "aa-e", "AA"), 101, "'skala.aa-e.AA' must be between 0 and 100: 101"),
            (("skala", "aa-e", "E"), "-1", "between 0 and 100"),
            (("skala", "aa-e", "E"), None, "'skala.aa-e.E'"),
            (("skala", "y-t"), {}, "at least one answer"),
            (("skala",), [], "must be a table"),
            (("skala", "aa-e"), ["AA"], "must be a table"),
            (("komponen",), {}, "must be an array"),
            (("komponen", 0, "subkomponen"), "1.1", "must be an array"),
            (("komponen", 0), "Satu", "must be a table"),
            (("id",), 7, "'id' must be non-empty text: 7"),
            (("nama",), "  ", "'nama' must be non-empty text"),
            (("komponen", 0, "subkomponen", 0, "kriteria", 1, "uraian"), None, "uraian"),
        ],
    )
    def test_invalid(self, path, value, match):
        """Each invalid profile is refused with an error naming field and value."""
        data = minimal()
        target: object = data
        for key in path[:-1]:
            target = target[key]  # type: ignore[index]
        target[path[-1]] = value  # type: ignore[index]
        with pytest.raises(InvalidValue, match=match):
            Profile.from_mapping(data)

    @pytest.mark.parametrize(
        ("where", "key", "match"),
        [
            ((), "versi", "'profile' has unknown keys \\['versi'\\]"),
            (("komponen", 0), "catatan", "'komponen\\[0\\]' has unknown keys"),
            (("komponen", 0, "subkomponen", 1), "x", "'komponen.1.subkomponen\\[1\\]'"),
            (
                ("komponen", 0, "subkomponen", 1, "kriteria", 0),
                "catatan",
                "'subkomponen.1.2.kriteria\\[0\\]' has unknown keys \\['catatan'\\]",
            ),
        ],
    )
    def test_unknown_keys(self, where, key, match):
        """Unknown keys at any level are refused, never ignored."""
        data = minimal()
        target: object = data
        for step in where:
            target = target[step]  # type: ignore[index]
        target[key] = 1  # type: ignore[index]
        with pytest.raises(InvalidValue, match=match):
            Profile.from_mapping(data)

    def test_weights_not_100(self):
        """Component weights that do not sum to 100 are refused, naming the sum."""
        data = minimal()
        data["komponen"][1]["bobot"] = 41  # type: ignore[index]
        data["komponen"][1]["subkomponen"][0]["bobot"] = 41  # type: ignore[index]
        with pytest.raises(InvalidValue, match="weights of profile 'mini' must sum to 100: 101"):
            Profile.from_mapping(data)

    def test_missing_keys(self):
        """A missing key is named."""
        data = minimal()
        del data["komponen"][0]["subkomponen"][0]["bobot"]  # type: ignore[index]
        with pytest.raises(InvalidValue, match="missing the keys \\['bobot'\\]"):
            Profile.from_mapping(data)

    def test_no_default_scale(self):
        """With several scales, a criterion must name its own when there is no default."""
        data = minimal()
        del data["skala_bawaan"]
        with pytest.raises(InvalidValue, match=r"'subkomponen.1.1.kriteria\[1\].skala' is needed"):
            Profile.from_mapping(data)

    def test_scale_objects(self):
        """Answer scales check their codes; a profile refuses two scales of one id."""
        with pytest.raises(InvalidValue, match="repeats the answer code: 'Y'"):
            SkalaJawaban("y-t", (("Y", Decimal(100)), ("Y", Decimal(0))))
        with pytest.raises(InvalidValue, match="must be non-empty text"):
            SkalaJawaban("y-t", (("", Decimal(100)),))
        good = Profile.from_mapping(minimal())
        with pytest.raises(InvalidValue, match="names a scale twice"):
            Profile(good.id, good.nama, good.sumber, good.skala * 2, good.komponen)

    def test_errors_are_akip_errors(self):
        """Every refusal is an AkipError (and so a ValueError)."""
        with pytest.raises(AkipError):
            Profile.from_mapping({"id": "x"})
        with pytest.raises(ValueError, match="unknown keys"):
            Profile.from_mapping({"x": 1})
        with pytest.raises(InvalidValue, match="must be a table"):
            Profile.from_mapping([])  # type: ignore[arg-type]


class TestFiles:
    def test_json_profile(self, tmp_path):
        """A profile in the user's own JSON file loads to the same profile as the mapping."""
        path = tmp_path / "profil.json"
        data = copy.deepcopy(minimal())
        path.write_text(json.dumps(data, default=str), encoding="utf-8")
        assert Profile.from_mapping(minimal()) == load_profile(path)

    def test_toml_profile(self, tmp_path):
        """A profile in TOML: float weights are read exactly (4.5, not a binary fraction)."""
        path = tmp_path / "profil.toml"
        path.write_text(
            """\
id = "t"
nama = "T"
sumber = "test"
[skala.y-t]
Y = 100
T = 0
[[komponen]]
id = "1"
nama = "Satu"
bobot = 100
[[komponen.subkomponen]]
id = "1.1"
nama = "K"
uraian = "u"
bobot = 95.5
[[komponen.subkomponen.kriteria]]
id = "1.1.1"
uraian = "a"
[[komponen.subkomponen]]
id = "1.2"
nama = "L"
uraian = "u"
bobot = 4.5
[[komponen.subkomponen.kriteria]]
id = "1.2.1"
uraian = "b"
""",
            encoding="utf-8",
        )
        custom = load_profile(str(path))
        assert [Decimal("95.5"), Decimal("4.5")] == [
            s.bobot for s in custom.komponen[0].subkomponen
        ]
        assert Decimal("4.5") == score({"1.1.1": "T", "1.2.1": "Y"}, custom).nilai

    def test_worksheet_toml(self, tmp_path):
        """A worksheet file: answers by criterion id, profile defaulting to 88/2021."""
        path = tmp_path / "lke.toml"
        path.write_text('[jawaban]\n"1.1.1" = "AA"\n"1.1.2" = "B"\n', encoding="utf-8")
        sheet = load_worksheet(path)
        assert (DEFAULT_PROFILE, {"1.1.1": "AA", "1.1.2": "B"}) == (sheet.profil, sheet.jawaban)
        hasil = score(sheet.jawaban, profile(sheet.profil))
        assert Decimal("5.1") == hasil.komponen[0].subkomponen[0].nilai  # (100 + 70) / 2 × 6 %

    def test_worksheet_json(self, tmp_path):
        """A JSON worksheet may mark a criterion null: not assessed."""
        path = tmp_path / "lke.json"
        path.write_text(
            json.dumps({"profil": "permenpanrb-88-2021", "jawaban": {"1.1.1": None}}),
            encoding="utf-8",
        )
        assert {"1.1.1": None} == load_worksheet(path).jawaban
        assert N88 == score(load_worksheet(path).jawaban).missing

    @pytest.mark.parametrize(
        ("name", "text", "match"),
        [
            ("lke.toml", '[jawaban]\n"1.1.1" = 90\n', "'jawaban.1.1.1' must be an answer code"),
            ("lke.toml", 'profil = "x"\nnilai = 90\n[jawaban]\n', "unknown keys \\['nilai'\\]"),
            ("lke.toml", 'profil = "x"\n', "missing the keys \\['jawaban'\\]"),
            ("lke.toml", "jawaban = [1, 2]\n", "'jawaban' must be a table"),
            ("lke.toml", "[jawaban\n", "is not valid TOML"),
            ("lke.json", "{", "is not valid JSON"),
            ("lke.json", "[1]", "'worksheet' must be a table"),
            ("lke.yaml", "jawaban: {}", "must end in .toml or .json"),
            ("lke.toml", "profil = 7\n[jawaban]\n", "'profil' must be non-empty text"),
        ],
    )
    def test_bad_worksheet_file(self, tmp_path, name, text, match):
        """Bad worksheet files are refused with typed errors naming the problem."""
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidValue, match=match):
            load_worksheet(path)

    def test_bad_bytes(self, tmp_path):
        """A file that is not UTF-8 text is refused as invalid, not a crash."""
        path = tmp_path / "profil.json"
        path.write_bytes(b"\xff\xfe\x00")
        with pytest.raises(InvalidValue, match="not valid JSON"):
            load_profile(path)


class TestOtherWorksheets:
    """What an older or regional worksheet needs, as profile data (no code change)."""

    @staticmethod
    def weighted() -> dict[str, object]:
        """Sub-component 2.1 of `minimal` as three criteria worth 3, 1,5 and 3 points.

        This is how one 2015-era application scores *kinerja output* (7,5 points, see the
        guide "SAKIP evaluation"): points are added, not averaged.
        """
        data = minimal()
        sub = data["komponen"][1]["subkomponen"][0]  # type: ignore[index]
        sub["kriteria"] = [
            {"id": "2.1.1", "uraian": "d", "bobot": 3},
            {"id": "2.1.2", "uraian": "e", "bobot": "1.5"},
            {"id": "2.1.3", "uraian": "f", "bobot": 3},
        ]
        return data

    def test_weighted_criteria(self):
        """Answers AA (100), C (50), E (0) weighted 3, 1,5, 3.

        Weighted mean (3 × 100 + 1,5 × 50 + 3 × 0) / 7,5 = 375 / 7,5 = 50; the
        sub-component's nilai 50 × 40 / 100 = 20. Equal weights would give 50 too
        (150 / 3); answers AA, E, E tell them apart: 300 / 7,5 = 40 against 100 / 3.
        """
        profile = Profile.from_mapping(self.weighted())
        sub = score({"2.1.1": "AA", "2.1.2": "C", "2.1.3": "E"}, profile).komponen[1]
        assert (Decimal(50), Decimal(20)) == (sub.subkomponen[0].rata_rata, sub.nilai)
        other = score({"2.1.1": "AA", "2.1.2": "E", "2.1.3": "E"}, profile).komponen[1]
        assert Decimal(40) == other.subkomponen[0].rata_rata

    def test_weights_all_or_none(self):
        """A sub-component weighing some criteria and not others is ambiguous: refused."""
        data = self.weighted()
        del data["komponen"][1]["subkomponen"][0]["kriteria"][1]["bobot"]  # type: ignore[index]
        with pytest.raises(InvalidValue, match=r"bobot to every criterion or to none.*2\.1\.2"):
            Profile.from_mapping(data)

    #: The predikat table of the 2013 KemenPANRB evaluation (see the guide): an example of
    #: bands other than 88/2021's.
    BANDS_2013: ClassVar[dict[str, str]] = {
        "AA": "85",
        "A": "75",
        "CC": "50",
        "C": "30",
        "D": "0",
    }

    @pytest.mark.parametrize(
        ("nilai", "code"),
        [
            (Decimal(0), "D"),
            (Decimal(30), "D"),
            (Decimal("30.01"), "C"),
            (Decimal(75), "CC"),
            (Decimal(85), "A"),  # the bound itself stays below, as in 88/2021
            (Decimal("85.01"), "AA"),
            (Decimal(100), "AA"),
        ],
    )
    def test_profile_predikat(self, nilai, code):
        """A profile's own table: code = lower bound, the bound excluded, 0 in the lowest."""
        profile = Profile.from_mapping({**minimal(), "predikat": self.BANDS_2013})
        assert Predikat[code] is profile.predikat.classify(nilai)

    def test_score_uses_the_profile_table(self):
        """The same worksheet, 78 points: BB under 88/2021 (> 70–80), A under the older table.

        1.1: (T 0 + AA 100) / 2 × 20 / 100 = 10; 1.2: A 90 × 40 / 100 = 36; 2.1: BB 80 ×
        40 / 100 = 32; total 78.
        """
        answers = {"1.1.1": "T", "1.1.2": "AA", "1.2.1": "A", "2.1.1": "BB"}
        plain = score(answers, Profile.from_mapping(minimal()))
        assert (Decimal(78), Predikat.BB) == (plain.nilai, plain.predikat)
        older = Profile.from_mapping({**minimal(), "predikat": self.BANDS_2013})
        assert Predikat.A is score(answers, older).predikat

    @pytest.mark.parametrize(
        ("table", "match"),
        [
            ({"AAA": "90", "D": "0"}, "codes must be among"),
            ({"AA": "100", "D": "0"}, "bound from 0 to below 100"),
            ({"AA": "90", "A": "80"}, "lowest code the bound 0"),
            ({"AA": "90", "A": "90", "D": "0"}, "empty"),
            ({}, "lowest code the bound 0"),
        ],
    )
    def test_bad_tables(self, table, match):
        """A predikat table that is no partition of 0–100 is refused, naming what is wrong."""
        with pytest.raises(InvalidValue, match=match):
            Profile.from_mapping({**minimal(), "predikat": table})


class TestHostileInput:
    """Issue 13: the profile and the weights are checked."""

    def test_profile_must_be_a_profile(self):
        """score({}, "x") was an AttributeError."""
        with pytest.raises(InvalidValue, match="'profile' must be a Profile"):
            evaluasi.score({}, "x")  # type: ignore[arg-type]

    @pytest.mark.parametrize("bobot", [Decimal(0), Decimal(-1)])
    def test_criterion_weight_must_be_positive(self, bobot):
        """A weight of 0 was counted as 1 (``bobot or 1``); a negative one was accepted."""
        with pytest.raises(InvalidValue, match=r"'kriteria\.1\.bobot' must be > 0"):
            evaluasi.Kriteria("1", "uraian", "aa-e", bobot)
