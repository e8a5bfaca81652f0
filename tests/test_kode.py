"""Tests of akip.kode: code levels, parents, strict and repairing normalisation."""

from __future__ import annotations

import pytest

from akip import kode
from akip.exceptions import AkipError, CodeError, InvalidValue
from akip.kode import CodeLevel


class TestCodeLevel:
    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("1", CodeLevel.URUSAN),
            ("1.02", CodeLevel.BIDANG),
            ("1.02.02", CodeLevel.PROGRAM),
            ("1.02.02.2.02", CodeLevel.KEGIATAN),
            ("1.02.02.2.02.0001", CodeLevel.SUB_KEGIATAN),
        ],
    )
    def test_levels(self, code, expected):
        """The levels of research §7's examples (Kepmendagri 050-5889/2021)."""
        assert expected == kode.code_level(code)

    def test_legacy_only_with_option(self):
        """The NTB RKPA 2021 code 4.01.05.1.01.01 is a 2-digit (90/2019) sub kegiatan."""
        assert kode.is_valid_code("4.01.05.1.01.01") is False
        assert CodeLevel.SUB_KEGIATAN == kode.code_level("4.01.05.1.01.01", legacy=True)

    def test_malformed_refused(self):
        """The seed-data hazard 1.01.01.02.01.0001 (2-digit L) is not a valid code."""
        with pytest.raises(CodeError, match=r"U\.BB\.PP\.L\.KK\.SSSS"):
            kode.code_level("1.01.01.02.01.0001")

    def test_messages(self):
        """Errors name the rule: segment count, or the legacy pattern."""
        with pytest.raises(CodeError, match="1, 2, 3, 5 or 6"):
            kode.code_level("1.02.02.2")
        with pytest.raises(CodeError, match="legacy"):
            kode.code_level("4.01.05.1.01.0001", legacy=True)

    def test_depth(self):
        """Urusan is depth 0 and sub kegiatan depth 4."""
        assert (0, 4) == (CodeLevel.URUSAN.depth, CodeLevel.SUB_KEGIATAN.depth)


class TestParentCode:
    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("1.02.02.2.02.0001", "1.02.02.2.02"),
            ("1.02.02.2.02", "1.02.02"),
            ("1.02.02", "1.02"),
            ("1.02", "1"),
            ("1", None),
        ],
    )
    def test_prefix(self, code, expected):
        """The parent is the code one level up (a prefix)."""
        assert expected == kode.parent_code(code)

    def test_legacy_parent(self):
        """A legacy sub kegiatan's parent is its kegiatan."""
        assert "4.01.05.1.01" == kode.parent_code("4.01.05.1.01.01", legacy=True)


class TestNormalize:
    def test_strict_strips_spaces_only(self):
        """Strict mode accepts a well-formed code with surrounding spaces."""
        assert "1.02.02.2.02.0001" == kode.normalize_code("  1.02.02.2.02.0001\n")

    def test_strict_refuses_malformed(self):
        """Strict mode (default) refuses 1.01.01.02.01.0001."""
        with pytest.raises(CodeError):
            kode.normalize_code("1.01.01.02.01.0001")

    def test_repair_two_digit_l(self):
        """Non-strict mode trims the leading zero of L and says so."""
        repair = kode.repair_code("1.01.01.02.01.0001")
        assert "1.01.01.2.01.0001" == repair.code
        assert ("segment 4 '02' trimmed to '2'",) == repair.repairs
        assert repair.repaired is True
        assert "1.01.01.2.01.0001" == kode.normalize_code("1.01.01.02.01.0001", strict=False)

    def test_repair_pads(self):
        """Short segments are zero-padded: 1.1.1 → 1.01.01, sub kegiatan 1 → 0001."""
        assert "1.01.01" == kode.normalize_code("1.1.1", strict=False)
        assert "1.02.02.2.02.0001" == kode.normalize_code("1.02.02.2.02.1", strict=False)
        assert kode.repair_code("1.02").repaired is False

    def test_repair_spaces_inside(self):
        """Spaces around dots are removed."""
        assert "1.02.02" == kode.normalize_code("1 . 02 . 02", strict=False)

    @pytest.mark.parametrize(
        "junk", ["1.02.02.2.02.01", "1.02.02.2", "1.0x", "", "1..02", "1.123", "12.02"]
    )
    def test_unrepairable(self, junk):
        """Legacy width without the option, 4 segments, letters, empty, a wide segment."""
        with pytest.raises(CodeError):
            kode.normalize_code(junk, strict=False)

    def test_legacy_repair(self):
        """With legacy=True a 2-digit sub kegiatan is kept as it is."""
        assert "4.01.05.1.01.01" == kode.normalize_code(
            "4.01.05.1.01.01", strict=False, legacy=True
        )


class TestJunk:
    @pytest.mark.parametrize("junk", [None, 1, 1.02, b"1.02", ["1"]])
    @pytest.mark.parametrize(
        "function",
        [kode.code_level, kode.parent_code, kode.normalize_code, kode.repair_code],
    )
    def test_non_text(self, function, junk):
        """Every public function refuses non-text with an AkipError."""
        with pytest.raises(AkipError):
            function(junk)

    def test_is_valid_refuses_non_text(self):
        """is_valid_code answers for text only: None is no code, not an invalid one (issue 13)."""
        with pytest.raises(CodeError):
            kode.is_valid_code(None)

    def test_is_valid_answers_false_for_bad_text(self):
        """Text that is not a code (a superscript or Arabic-Indic digit) is not valid."""
        assert [False, False] == [kode.is_valid_code("1.0²"), kode.is_valid_code("١.٠٢")]

    def test_is_valid_refuses_a_lone_surrogate(self):
        """A lone surrogate has no UTF-8 form: it is not text a report can hold."""
        with pytest.raises(CodeError):
            kode.is_valid_code("\ud800")


class TestTable:
    def test_markdown_table(self):
        """The docs table lists every level and the legacy pattern."""
        table = kode.markdown_table()
        assert "`U.BB.PP.L.KK.SSSS`" in table
        assert "`^\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}$`" in table
        assert "`U.BB.PP.L.KK.SS`" in table


class TestLegacyFlag:
    def test_legacy_must_be_a_bool(self):
        """legacy=1 or legacy="no" is refused, not read as truthy (issue 13)."""
        with pytest.raises(InvalidValue, match="'legacy' must be True or False"):
            kode.pattern(legacy="no")  # type: ignore[arg-type]
