"""Tests of akip.terbilang: expected words written by hand, a parser written here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import terbilang
from akip.exceptions import InvalidNumber, InvalidValue

# An independent reader of Indonesian number words, used only to check the speller.
_UNIT = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12, "kuadriliun": 10**15}


def read_words(words: str) -> int:
    """Read words such as 'dua ratus satu ribu' back into an int."""
    total = 0
    group = 0
    last = 0
    for word in words.split():
        if word in _UNIT:
            last = _UNIT[word]
            if word == "seribu":
                total += 1000
                last = 0
            else:
                group += last
        elif word == "belas":
            group += 10
        elif word == "puluh":
            group += last * 10 - last
        elif word == "ratus":
            group += last * 100 - last
        elif word in _SCALE:
            total += group * _SCALE[word]
            group = 0
        else:
            raise AssertionError(word)
    return total + group


def read_rupiah(words: str) -> Decimal:
    """Read '… rupiah … sen' back into a Decimal."""
    rupiah_part, _, sen_part = words.partition("rupiah")
    if "sen" in rupiah_part:
        return Decimal(read_words(rupiah_part.replace("sen", ""))) / 100
    sen = read_words(sen_part.replace("sen", "")) if sen_part.strip() else 0
    return Decimal(read_words(rupiah_part)) + Decimal(sen) / 100


class TestSpellInteger:
    @pytest.mark.parametrize(
        ("number", "expected"),
        [
            (0, "nol"),
            (1, "satu"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (19, "sembilan belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (100, "seratus"),
            (101, "seratus satu"),
            (110, "seratus sepuluh"),
            (111, "seratus sebelas"),
            (200, "dua ratus"),
            (1000, "seribu"),
            (1001, "seribu satu"),
            (1100, "seribu seratus"),
            (2000, "dua ribu"),
            (11000, "sebelas ribu"),
            (101000, "seratus satu ribu"),
            (201000, "dua ratus satu ribu"),
            (1000000, "satu juta"),
            (1001000, "satu juta seribu"),
            (1000001000, "satu miliar seribu"),
            (10**12, "satu triliun"),
            (10**12 + 1000, "satu triliun seribu"),
            (10**15, "satu kuadriliun"),
            (3 * 10**15 + 300 * 10**12, "tiga kuadriliun tiga ratus triliun"),
        ],
    )
    def test_hand_written(self, number, expected):
        """Each number is spelled as written by hand (KBBI / PUEBI)."""
        assert expected == terbilang.spell_integer(number)

    @pytest.mark.parametrize("bad", [-1, 10**18, True, 1.0, "5"])
    def test_refuses(self, bad):
        """Negative, too large and non-int values are refused."""
        with pytest.raises(InvalidValue):
            terbilang.spell_integer(bad)

    @given(st.integers(min_value=0, max_value=10**18 - 1))
    def test_round_trip(self, number):
        """Reading the words back gives the number."""
        assert number == read_words(terbilang.spell_integer(number))


class TestSpell:
    def test_seed_total(self):
        """The seed's 45.195.966.217, spelled correctly (the report drops 'lima')."""
        expected = (
            "empat puluh lima miliar seratus sembilan puluh lima juta sembilan ratus enam puluh"
            " enam ribu dua ratus tujuh belas rupiah"
        )
        assert expected == terbilang.spell(45195966217)

    @pytest.mark.parametrize(
        ("amount", "expected"),
        [
            (0, "nol rupiah"),
            ("0.50", "lima puluh sen"),
            (Decimal("1500.50"), "seribu lima ratus rupiah lima puluh sen"),
            (Decimal("1000.01"), "seribu rupiah satu sen"),
            (Decimal("1000.00"), "seribu rupiah"),
            (Decimal("2E+3"), "dua ribu rupiah"),
        ],
    )
    def test_rupiah_and_sen(self, amount, expected):
        """Sen is the two-decimal fraction spelled as a whole number, then 'sen'."""
        assert expected == terbilang.spell(amount)

    @pytest.mark.parametrize("bad", [-1, Decimal("0.001"), 10**18])
    def test_refuses(self, bad):
        """Negative amounts, fractions of a sen and amounts from 10^18 are refused."""
        with pytest.raises(InvalidValue):
            terbilang.spell(bad)

    def test_not_a_number(self):
        """Junk is an InvalidNumber."""
        with pytest.raises(InvalidNumber):
            terbilang.spell("seribu")

    @given(
        st.decimals(
            min_value=0, max_value=Decimal("1e15"), places=2, allow_nan=False, allow_infinity=False
        )
    )
    def test_round_trip(self, amount):
        """Reading the words back gives the amount, sen included."""
        assert amount == read_rupiah(terbilang.spell(amount))


class TestMatches:
    @pytest.mark.parametrize(
        ("words", "amount"),
        [
            ("Seribu Lima Ratus Rupiah", 1500),
            ("seribu  lima ratus", 1500),
            (
                (
                    "(Empat puluh empat milyar sembilan ratus tiga puluh tiga juta enam ratus "
                    "empat puluh dua ribu enam ratus dua puluh sembilan rupiah)"
                ),
                44933642629,
            ),
            ("satu trilyun rupiah.", 10**12),
            ("Seribu rupiah, lima puluh sen", Decimal("1000.50")),
        ],
    )
    def test_accepts_form_differences(self, words, amount):
        """Case, spacing, punctuation, milyar/trilyun and a missing 'rupiah' are tolerated."""
        assert terbilang.matches(words, amount)

    @pytest.mark.parametrize(
        ("words", "amount"),
        [
            ("seratus seribu", 101000),
            ("satu juta satu ribu", 1001000),
            ("seribu rupiah", 1001),
            ("seribu lima ratus rupiah", Decimal("1500.50")),
        ],
    )
    def test_refuses_content_differences(self, words, amount):
        """A wrong or missing number word is a mismatch."""
        assert not terbilang.matches(words, amount)


class TestDifferences:
    def test_seed_total_missing_lima(self):
        """Ringkasan Eksekutif: 'Empat puluh milyar …' for 45.195.966.217 lacks 'lima'."""
        words = (
            "Empat puluh milyar seratus sembilan puluh lima juta sembilan ratus enam puluh enam "
            "ribu dua ratus tujuh belas rupiah"
        )
        assert ["missing 'lima' after 'empat puluh'"] == terbilang.differences(words, 45195966217)

    def test_seed_pk_missing_tiga(self):
        """Tabel 2 text: '… enam ratus tujuh puluh rupiah' for 44.484.704.673 lacks 'tiga'."""
        words = (
            "Empat puluh empat milyar empat ratus delapan puluh empat juta tujuh ratus empat "
            "ribu enam ratus tujuh puluh rupiah"
        )
        assert ["missing 'tiga' after 'ribu enam ratus tujuh puluh'"] == (
            terbilang.differences(words, 44484704673)
        )

    def test_extra_and_replaced(self):
        """Extra words and replaced words are named."""
        assert ["extra 'satu' at the start"] == terbilang.differences("satu seribu", 1000)
        assert ["'satu ribu' instead of 'seribu' after 'satu juta'"] == (
            terbilang.differences("satu juta satu ribu", 1001000)
        )
