"""evaluasi (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, SAKIP evaluation).

Every year the auditors (Inspektorat / APIP, and KemenPANRB for the top level) score each
agency's SAKIP with a worksheet, the *Lembar Kerja Evaluasi* (LKE), and publish a score
(*nilai*, 0–100) and a *predikat* AA–D. The worksheet is data, a versioned
[`Profile`][akip.evaluasi.Profile]:

- four *komponen* with weights summing to 100 (PermenPANRB 88/2021: Perencanaan Kinerja 30,
  Pengukuran Kinerja 30, Pelaporan Kinerja 15, Evaluasi Akuntabilitas Kinerja Internal 25);
- each split into *sub-komponen* with absolute weights summing to the component's weight
  (88/2021: keberadaan 20 %, kualitas 30 %, pemanfaatan 50 % of it);
- each holding *kriteria*, answered on an answer scale (88/2021: AA=100, A=90, BB=80, B=70,
  CC=60, C=50, D=30, E=0; a profile may also name a yes/no scale Y=100, T=0).

The rule, as [`score`][akip.evaluasi.score] computes it:

1. a criterion's *nilai* is the value of its answer (0–100);
2. a sub-component's *nilai* is the mean of its **answered** criteria × its weight / 100; a
   criterion left unanswered is *not assessed* (never 0) and is counted in ``missing``; a
   sub-component with no answered criterion has no *nilai* (``None``);
3. a component's *nilai* is the sum of its sub-components' (``None`` if any is ``None``);
4. the total is the sum of the components' (``None`` if any is ``None``), 0–100;
5. the predikat is the band of the total rounded HALF_UP to 2 decimals (the figure the
   evaluation report prints): AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60,
   C > 30–50, D 0–30. Lower bounds are exclusive, upper bounds inclusive, so 90 is A and
   90,01 is AA. The source prints D as "> 0–30"; akip puts exactly 0 in D (ambiguity A19).

Means of 7 or 9 criteria do not terminate in decimal, so quotients and the sums built on them
are carried to 60 significant digits (akip's decimal context); a worksheet whose figures
terminate is scored exactly.

References:
    - Peraturan Menteri PANRB No. 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja
      Instansi Pemerintah, Lampiran (LKE, components, weights, predikat).
    - LKE transcription (weights, criteria, answer scale, predikat table) in the Mahkamah
      Agung RI tool github.com/workspacericky-dot/t-SEMAR, ``src/lib/data/criteria.ts`` and
      ``references/*.xlsx``; akip specification ``rules-research.md`` §3.4, ambiguities A19
      (score 0) and A22 (versioned profiles; PermenPANRB 12/2015 not yet transcribed).

Examples:
    >>> p = profile()
    >>> p.id, len(p.criteria())
    ('permenpanrb-88-2021', 80)
    >>> hasil = score({k.id: "A" for k in p.criteria()}, p)
    >>> hasil.rounded, hasil.predikat.name, hasil.predikat.label
    (Decimal('90.00'), 'A', 'Memuaskan')
    >>> classify(Decimal("90.01"))
    <Predikat.AA: 'Sangat Memuaskan'>
"""

from __future__ import annotations

import functools
import json
import os
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from akip import _html
from akip._bands import Band, LabelledEnum, Scale
from akip._decimal import CONTEXT, HUNDRED, ONE, ZERO, in_context, quotient, total
from akip._validators import shown, text, tuple_of, typed
from akip.exceptions import BandError, InvalidNumber, InvalidValue
from akip.numbers import format_number, round_half_up, to_decimal

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DEFAULT_PROFILE",
    "PREDIKAT_SCALE",
    "HasilEvaluasi",
    "Komponen",
    "Kriteria",
    "NilaiKomponen",
    "NilaiKriteria",
    "NilaiSubKomponen",
    "Predikat",
    "Profile",
    "SkalaJawaban",
    "SubKomponen",
    "Worksheet",
    "available_profiles",
    "classify",
    "load_profile",
    "load_worksheet",
    "predikat_markdown",
    "profile",
    "score",
    "weights_markdown",
]

DEFAULT_PROFILE: Final = "permenpanrb-88-2021"
"""The profile used when none is named: the LKE of PermenPANRB 88/2021."""

_DATA: Final = ("data", "evaluasi")


class Predikat(LabelledEnum):
    """The predikat of a SAKIP evaluation (PermenPANRB 88/2021), named by its official code.

    Examples:
        >>> Predikat.BB.label
        'Sangat Baik'
    """

    AA = "Sangat Memuaskan"
    A = "Memuaskan"
    BB = "Sangat Baik"
    B = "Baik"
    CC = "Cukup (Memadai)"
    C = "Kurang"
    D = "Sangat Kurang"


PREDIKAT_SCALE: Final[Scale[Predikat]] = Scale(
    "permenpanrb88_2021_predikat",
    (
        # PermenPANRB 88/2021 predikat table: "> lower – upper", lower exclusive, upper
        # inclusive. D is printed "> 0–30"; 0 is put in D (ambiguity A19).
        Band(Predikat.D, 0, 30, lower_inclusive=True, upper_inclusive=True),
        Band(Predikat.C, 30, 50, lower_inclusive=False, upper_inclusive=True),
        Band(Predikat.CC, 50, 60, lower_inclusive=False, upper_inclusive=True),
        Band(Predikat.B, 60, 70, lower_inclusive=False, upper_inclusive=True),
        Band(Predikat.BB, 70, 80, lower_inclusive=False, upper_inclusive=True),
        Band(Predikat.A, 80, 90, lower_inclusive=False, upper_inclusive=True),
        Band(Predikat.AA, 90, 100, lower_inclusive=False, upper_inclusive=True),
    ),
    source="PermenPANRB 88/2021, tabel interpretasi predikat (0 → D: ambiguity A19)",
)
"""The predikat bands over the score domain 0–100."""


@in_context
def classify(nilai: object) -> Predikat:
    """Return the predikat of an evaluation score *nilai* (0–100), as given (not rounded).

    Raises:
        InvalidNumber: if *nilai* is not a number.
        BandError: if *nilai* is below 0 or above 100.

    Examples:
        >>> classify(90).name, classify("90.01").name, classify(0).name
        ('A', 'AA', 'D')
    """
    return PREDIKAT_SCALE.classify(nilai)


@in_context
def predikat_markdown() -> str:
    """The predikat table as Markdown, highest band first (for the docs)."""
    return PREDIKAT_SCALE.to_markdown()


# ---------------------------------------------------------------- the profile (structure)


def _check_text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"{shown(field)} must be non-empty text: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _check_weight(value: object, field: str) -> Decimal:
    try:
        weight = to_decimal(value, field=field)
    except InvalidNumber as exc:
        raise InvalidValue(str(exc)) from exc
    if weight <= 0:
        msg = f"{shown(field)} must be > 0: {weight}"
        raise InvalidValue(msg)
    return weight


def _sum(values: Iterable[Decimal]) -> Decimal:
    """Sum means whose digits never end (7 or 9 criteria), rounded to akip's 60 digits."""
    return total(values, exact=False)


@typed
@attrs.frozen
class SkalaJawaban:
    """An answer scale: the codes an assessor may answer and the value of each (0–100).

    Attributes:
        id: The scale's name in the profile (``"aa-e"``, ``"y-t"``).
        nilai: ``(code, value)`` pairs, in the order the worksheet lists them.

    Raises:
        InvalidValue: if the scale is empty, repeats a code, or a value is outside 0–100.
    """

    id: str = attrs.field(validator=text)
    nilai: tuple[tuple[str, Decimal], ...] = attrs.field(validator=tuple_of(tuple))

    def __attrs_post_init__(self) -> None:
        field = f"skala.{self.id}"
        if not self.nilai:
            msg = f"{shown(field)} must list at least one answer: {shown(self.nilai)}"
            raise InvalidValue(msg)
        codes = [code for code, _ in self.nilai]
        for code, value in self.nilai:
            _check_text(code, field)
            if codes.count(code) > 1:
                msg = f"{shown(field)} repeats the answer code: {shown(code)}"
                raise InvalidValue(msg)
            if not ZERO <= value <= HUNDRED:
                msg = f"'{field}.{code}' must be between 0 and 100: {value}"
                raise InvalidValue(msg)

    @property
    def codes(self) -> tuple[str, ...]:
        """The answer codes, in order."""
        return tuple(code for code, _ in self.nilai)

    def value(self, code: object, *, field: str = "jawaban") -> Decimal:
        """Return the value of answer *code*.

        Raises:
            InvalidValue: if *code* is not one of the scale's codes.
        """
        for known, value in self.nilai:
            if code == known:
                return value
        msg = (
            f"{shown(field)} must be one of {', '.join(self.codes)} (scale {self.id}): "
            f"{shown(code)}"
        )
        raise InvalidValue(msg)


@typed
@attrs.frozen
class Kriteria:
    """One criterion of the worksheet.

    Attributes:
        id: Its id, unique in the profile (``"1.1.1"``).
        uraian: The criterion as the LKE states it.
        skala: The id of the answer scale it is answered on.
        bobot: Its weight inside its sub-component, when the criteria of the sub-component
            do not weigh equally (``None``: equal weights, as in PermenPANRB 88/2021).
    """

    id: str
    uraian: str
    skala: str
    bobot: Decimal | None = None

    def __attrs_post_init__(self) -> None:
        # A weight of 0 would drop the criterion from the mean, a negative one invert it.
        if self.bobot is not None:
            _check_weight(self.bobot, f"kriteria.{self.id}.bobot")


@typed
@attrs.frozen
class SubKomponen:
    """A sub-component (keberadaan, kualitas, pemanfaatan) and its criteria.

    Attributes:
        id: Its id, unique in the profile (``"1.1"``).
        nama: Its short name (``"Keberadaan"``).
        uraian: What it assesses, as the LKE states it.
        bobot: Its weight in points of the total 100 (``6`` for 20 % of 30).
        kriteria: Its criteria, which weigh equally.

    Raises:
        InvalidValue: if it has no criteria or a weight ≤ 0.
    """

    id: str = attrs.field(validator=text)
    nama: str = attrs.field(validator=text)
    uraian: str = attrs.field(validator=text)
    bobot: Decimal
    kriteria: tuple[Kriteria, ...] = attrs.field(validator=tuple_of(Kriteria))

    def __attrs_post_init__(self) -> None:
        _check_weight(self.bobot, f"subkomponen.{self.id}.bobot")
        weighted = {k.bobot is not None for k in self.kriteria}
        if len(weighted) > 1:
            msg = (
                f"'subkomponen.{self.id}.kriteria' must give a bobot to every criterion or "
                f"to none: {[k.id for k in self.kriteria if k.bobot is None]} have none"
            )
            raise InvalidValue(msg)
        if not self.kriteria:
            msg = f"'subkomponen.{self.id}.kriteria' must list at least one criterion: []"
            raise InvalidValue(msg)


@typed
@attrs.frozen
class Komponen:
    """A component of the evaluation and its sub-components.

    Attributes:
        id: Its id, unique in the profile (``"1"``).
        nama: Its name (``"Perencanaan Kinerja"``).
        bobot: Its weight in points of the total 100.
        subkomponen: Its sub-components; their weights sum to *bobot*.

    Raises:
        InvalidValue: if it has no sub-components or their weights do not sum to *bobot*.
    """

    id: str = attrs.field(validator=text)
    nama: str = attrs.field(validator=text)
    bobot: Decimal
    subkomponen: tuple[SubKomponen, ...] = attrs.field(validator=tuple_of(SubKomponen))

    def __attrs_post_init__(self) -> None:
        _check_weight(self.bobot, f"komponen.{self.id}.bobot")
        if not self.subkomponen:
            msg = f"'komponen.{self.id}.subkomponen' must list at least one sub-component: []"
            raise InvalidValue(msg)
        parts = _sum(sub.bobot for sub in self.subkomponen)
        if parts != self.bobot:
            msg = (
                f"'komponen.{self.id}.subkomponen' weights must sum to the component's "
                f"bobot {self.bobot}: {parts}"
            )
            raise InvalidValue(msg)


@typed
@attrs.frozen
class Profile:
    """A versioned evaluation worksheet: answer scales, components, sub-components, criteria.

    Build one with [`profile`][akip.evaluasi.profile] (bundled),
    [`load_profile`][akip.evaluasi.load_profile] (a TOML or JSON file) or
    [`Profile.from_mapping`][akip.evaluasi.Profile.from_mapping].

    Attributes:
        id: The profile's id (``"permenpanrb-88-2021"``).
        nama: Its title.
        sumber: The regulation it transcribes.
        skala: Its answer scales.
        komponen: Its components; their weights sum to 100.
        predikat: Its predikat bands over 0–100 (default: the PermenPANRB 88/2021 table,
            `PREDIKAT_SCALE`).

    Raises:
        InvalidValue: if the component weights do not sum to 100, an id (component,
            sub-component or criterion) is used twice, or a criterion names an unknown scale.
    """

    id: str = attrs.field(validator=text)
    nama: str = attrs.field(validator=text)
    sumber: str = attrs.field(validator=text)
    skala: tuple[SkalaJawaban, ...] = attrs.field(validator=tuple_of(SkalaJawaban))
    komponen: tuple[Komponen, ...] = attrs.field(validator=tuple_of(Komponen))
    predikat: Scale[Predikat] = attrs.field(
        default=PREDIKAT_SCALE, validator=attrs.validators.instance_of(Scale), kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if not self.komponen:
            msg = f"'komponen' of profile {shown(self.id)} must list at least one component: []"
            raise InvalidValue(msg)
        weights = _sum(k.bobot for k in self.komponen)
        if weights != HUNDRED:
            msg = f"'komponen' weights of profile {shown(self.id)} must sum to 100: {weights}"
            raise InvalidValue(msg)
        scales = {s.id for s in self.skala}
        if len(scales) != len(self.skala):
            names = [s.id for s in self.skala]
            msg = f"'skala' of profile {shown(self.id)} names a scale twice: {shown(names)}"
            raise InvalidValue(msg)
        seen: set[str] = set()
        for what, item_id in self._ids():
            if item_id in seen:
                msg = f"duplicate {what} id in profile {shown(self.id)}: {shown(item_id)}"
                raise InvalidValue(msg)
            seen.add(item_id)
        for kriteria in self.criteria():
            if kriteria.skala not in scales:
                msg = (
                    f"'kriteria.{kriteria.id}.skala' must be one of {sorted(scales)}: "
                    f"{shown(kriteria.skala)}"
                )
                raise InvalidValue(msg)

    def _ids(self) -> Iterable[tuple[str, str]]:
        for komponen in self.komponen:
            yield "component", komponen.id
            for sub in komponen.subkomponen:
                yield "sub-component", sub.id
                for kriteria in sub.kriteria:
                    yield "criterion", kriteria.id

    def criteria(self) -> tuple[Kriteria, ...]:
        """Every criterion, in worksheet order."""
        return tuple(k for komp in self.komponen for sub in komp.subkomponen for k in sub.kriteria)

    def scale(self, skala_id: str) -> SkalaJawaban:
        """Return the answer scale named *skala_id*.

        Raises:
            InvalidValue: if the profile has no such scale.
        """
        for skala in self.skala:
            if skala.id == skala_id:
                return skala
        msg = f"'skala' of profile {shown(self.id)} has no scale: {shown(skala_id)}"
        raise InvalidValue(msg)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Profile:
        """Build a profile from plain data (a parsed TOML or JSON document).

        The layout (see ``akip/data/evaluasi/permenpanrb-88-2021.toml``)::

            id = "..."; nama = "..."; sumber = "..."; skala_bawaan = "aa-e"
            [skala.aa-e]        # one table per answer scale: code = value
            [[komponen]]        # id, nama, bobot, subkomponen
            [[komponen.subkomponen]]            # id, nama, uraian, bobot, kriteria
            [[komponen.subkomponen.kriteria]]   # id, uraian, optional skala and bobot
            [predikat]          # optional: code = lower bound, e.g. AA = "90"

        Numbers may be integers, decimal text (``"4.5"``) or `Decimal`. A criterion without
        ``skala`` is answered on ``skala_bawaan``. Criteria weigh equally unless every
        criterion of the sub-component has a ``bobot``. Without ``[predikat]`` the
        PermenPANRB 88/2021 table applies; with it, each listed code (AA … D) holds the
        scores above its bound up to the next code's bound, the bound itself excluded as in
        88/2021, and the lowest code holds 0 too.

        Raises:
            InvalidValue: for unknown or missing keys, wrong types, and every check of
                [`Profile`][akip.evaluasi.Profile] and its parts.
        """
        top = _fields(
            data,
            "profile",
            {"id", "nama", "sumber", "skala", "komponen"},
            {"skala_bawaan", "predikat"},
        )
        profile_id = _check_text(top["id"], "id")
        default = top.get("skala_bawaan")
        scales = _table(top["skala"], "skala")
        skala = tuple(
            SkalaJawaban(
                _check_text(name, "skala"),
                tuple(
                    (code, _answer_value(value, f"skala.{name}.{code}"))
                    for code, value in _table(values, f"skala.{name}").items()
                ),
            )
            for name, values in scales.items()
        )
        if default is None and len(skala) == 1:
            default = skala[0].id
        komponen = tuple(
            _komponen(item, index, default)
            for index, item in enumerate(_array(top["komponen"], "komponen"))
        )
        bands = top.get("predikat")
        return cls(
            profile_id,
            _check_text(top["nama"], "nama"),
            _check_text(top["sumber"], "sumber"),
            skala,
            komponen,
            predikat=PREDIKAT_SCALE if bands is None else _predikat_scale(bands, profile_id),
        )


def _predikat_scale(data: object, profile_id: str) -> Scale[Predikat]:
    """A profile's predikat bands from ``code = lower bound`` (bound excluded, 0 in the lowest).

    Raises:
        InvalidValue: an unknown code, a bound outside 0–100, two codes on one bound, no 0.
    """
    table = _table(data, "predikat")
    bounds: list[tuple[Decimal, Predikat]] = []
    for code, value in table.items():
        if code not in Predikat.__members__:
            msg = f"'predikat' codes must be among {list(Predikat.__members__)}: {shown(code)}"
            raise InvalidValue(msg)
        bound = _answer_value(value, f"predikat.{code}")
        if not ZERO <= bound < HUNDRED:
            msg = f"'predikat.{code}' must be a bound from 0 to below 100: {bound}"
            raise InvalidValue(msg)
        bounds.append((bound, Predikat[code]))
    bounds.sort(key=lambda item: item[0])
    if not bounds or bounds[0][0] != ZERO:
        msg = f"'predikat' of profile {shown(profile_id)} must give the lowest code the bound 0"
        raise InvalidValue(msg)
    uppers = [bound for bound, _ in bounds[1:]] + [HUNDRED]
    try:
        return Scale(
            f"{profile_id}_predikat",
            tuple(
                Band(code, lower, upper, lower_inclusive=lower == ZERO, upper_inclusive=True)
                for (lower, code), upper in zip(bounds, uppers, strict=True)
            ),
            source=f"profile {profile_id}",
        )
    except BandError as exc:  # two codes on one bound leave an empty band
        msg = f"'predikat' of profile {shown(profile_id)}: {exc}"
        raise InvalidValue(msg) from exc


def _answer_value(value: object, field: str) -> Decimal:
    try:
        return to_decimal(value, field=field)
    except InvalidNumber as exc:
        raise InvalidValue(str(exc)) from exc


def _fields(
    data: object, where: str, required: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> dict[str, object]:
    table = _table(data, where)
    unknown = sorted(set(table) - required - set(optional))
    if unknown:
        allowed = sorted(required | set(optional))
        msg = f"{shown(where)} has unknown keys {shown(unknown)}; allowed: {allowed}"
        raise InvalidValue(msg)
    missing = sorted(required - set(table))
    if missing:
        msg = f"{shown(where)} is missing the keys {missing}: {sorted(table)}"
        raise InvalidValue(msg)
    return table


def _table(data: object, where: str) -> dict[str, object]:
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        msg = f"{shown(where)} must be a table (mapping of names to values): {shown(data)}"
        raise InvalidValue(msg)
    return data


def _array(data: object, where: str) -> list[object]:
    if not isinstance(data, list):
        msg = f"{shown(where)} must be an array: {shown(data)}"
        raise InvalidValue(msg)
    return data


def _komponen(data: object, index: int, default: object) -> Komponen:
    where = f"komponen[{index}]"
    row = _fields(data, where, {"id", "nama", "bobot", "subkomponen"})
    komponen_id = _check_text(row["id"], f"{where}.id")
    subs = tuple(
        _subkomponen(item, f"komponen.{komponen_id}.subkomponen[{number}]", default)
        for number, item in enumerate(_array(row["subkomponen"], f"{where}.subkomponen"))
    )
    return Komponen(
        komponen_id,
        _check_text(row["nama"], f"{where}.nama"),
        _check_weight(row["bobot"], f"komponen.{komponen_id}.bobot"),
        subs,
    )


def _subkomponen(data: object, where: str, default: object) -> SubKomponen:
    row = _fields(data, where, {"id", "nama", "uraian", "bobot", "kriteria"})
    sub_id = _check_text(row["id"], f"{where}.id")
    kriteria = []
    for number, item in enumerate(_array(row["kriteria"], f"{where}.kriteria")):
        here = f"subkomponen.{sub_id}.kriteria[{number}]"
        fields = _fields(item, here, {"id", "uraian"}, {"skala", "bobot"})
        skala = fields.get("skala", default)
        if skala is None:
            msg = f"'{here}.skala' is needed: the profile has several scales and no skala_bawaan"
            raise InvalidValue(msg)
        weight = fields.get("bobot")
        kriteria.append(
            Kriteria(
                _check_text(fields["id"], f"{here}.id"),
                _check_text(fields["uraian"], f"{here}.uraian"),
                _check_text(skala, f"{here}.skala"),
                None if weight is None else _check_weight(weight, f"{here}.bobot"),
            )
        )
    return SubKomponen(
        sub_id,
        _check_text(row["nama"], f"{where}.nama"),
        _check_text(row["uraian"], f"{where}.uraian"),
        _check_weight(row["bobot"], f"subkomponen.{sub_id}.bobot"),
        tuple(kriteria),
    )


def _read(source: object, what: str) -> dict[str, object]:
    """Parse a TOML or JSON file (by its suffix), numbers as exact `Decimal`."""
    if not isinstance(source, str | os.PathLike):
        msg = f"{shown(what)} file must be a path: {shown(source)}"
        raise InvalidValue(msg)
    path = Path(source)
    suffix = path.suffix.lower()
    try:
        if suffix == ".toml":
            with path.open("rb") as stream:
                data: object = tomllib.load(stream, parse_float=Decimal)
        elif suffix == ".json":
            with path.open(encoding="utf-8") as stream:
                data = json.load(stream, parse_float=Decimal)
        else:
            msg = f"{what} file must end in .toml or .json: {shown(str(path))}"
            raise InvalidValue(msg)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        msg = f"{what} file {shown(str(path))} is not valid {suffix[1:].upper()}: {exc}"
        raise InvalidValue(msg) from exc
    except OSError as exc:
        msg = f"{what} file {shown(str(path))} cannot be read: {exc.strerror or exc}"
        raise InvalidValue(msg) from exc
    return _table(data, what)


@in_context
def available_profiles() -> tuple[str, ...]:
    """The ids of the profiles bundled with akip.

    Examples:
        >>> available_profiles()
        ('permenpanrb-88-2021',)
    """
    folder = resources.files("akip").joinpath(*_DATA)
    return tuple(
        sorted(
            item.name.removesuffix(".toml")
            for item in folder.iterdir()
            if item.name.endswith(".toml")
        )
    )


@in_context
def profile(name: str = DEFAULT_PROFILE) -> Profile:
    """Return a bundled profile by its id (default: PermenPANRB 88/2021).

    Raises:
        InvalidValue: if akip bundles no profile of that id.
    """
    # Checked before the cache sees it: a list cannot be hashed, nor can Decimal('sNaN').
    if not isinstance(name, str) or name not in available_profiles():
        msg = f"'profile' must be one of {list(available_profiles())}: {shown(name)}"
        raise InvalidValue(msg)
    return _bundled(name)


@functools.cache
def _bundled(name: str) -> Profile:
    resource = resources.files("akip").joinpath(*_DATA, f"{name}.toml")
    with resources.as_file(resource) as path:
        return Profile.from_mapping(_read(path, "profile"))


def _default_profile() -> Profile:
    return profile()


@in_context
def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a profile from the user's own TOML or JSON file (layout of `Profile.from_mapping`).

    Raises:
        InvalidValue: if the file is not ``.toml`` / ``.json``, does not parse, or the
            profile is invalid.
    """
    return Profile.from_mapping(_read(path, "profile"))


# ---------------------------------------------------------------- the worksheet and its score


@typed
@attrs.frozen
class Worksheet:
    """A filled worksheet: the profile it answers and the answers by criterion id.

    Attributes:
        profil: The id of the bundled profile it answers.
        jawaban: Answer code by criterion id; ``None`` (JSON ``null``) or an absent id means
            *not assessed*.
    """

    profil: str
    jawaban: Mapping[str, str | None]


@in_context
def load_worksheet(path: str | os.PathLike[str]) -> Worksheet:
    """Read a filled worksheet from a TOML or JSON file.

    The file holds an optional ``profil`` (a bundled profile id, default
    ``"permenpanrb-88-2021"``) and a ``jawaban`` table of answer codes by criterion id::

        profil = "permenpanrb-88-2021"
        [jawaban]
        "1.1.1" = "AA"
        "1.1.2" = "B"

    Answers are checked against a profile by [`score`][akip.evaluasi.score].

    Raises:
        InvalidValue: for another suffix, a parse error, unknown keys, or an answer that is
            not text (or ``null``).
    """
    data = _fields(_read(path, "worksheet"), "worksheet", {"jawaban"}, {"profil"})
    profil = _check_text(data.get("profil", DEFAULT_PROFILE), "profil")
    jawaban: dict[str, str | None] = {}
    for key, value in _table(data["jawaban"], "jawaban").items():
        if value is not None and not isinstance(value, str):
            msg = f"'jawaban.{key}' must be an answer code (text): {shown(value)}"
            raise InvalidValue(msg)
        jawaban[key] = value
    return Worksheet(profil, jawaban)


@typed
@attrs.frozen
class NilaiKriteria:
    """The score of one criterion.

    Attributes:
        kriteria: The criterion.
        jawaban: The answer code, or ``None`` if not assessed.
        nilai: The answer's value (0–100), or ``None`` if not assessed.
    """

    kriteria: Kriteria
    jawaban: str | None
    nilai: Decimal | None


@typed
@attrs.frozen
class NilaiSubKomponen:
    """The score of one sub-component.

    Attributes:
        subkomponen: The sub-component.
        kriteria: Its criteria's scores.
        rata_rata: The mean of its answered criteria (0–100), weighted by their bobot if the
            profile gives them; ``None`` if none is answered.
        nilai: ``rata_rata × bobot / 100``, ``None`` if none is answered.
    """

    subkomponen: SubKomponen
    kriteria: tuple[NilaiKriteria, ...]
    rata_rata: Decimal | None
    nilai: Decimal | None

    @property
    def missing(self) -> int:
        """How many of its criteria are not assessed."""
        return sum(1 for k in self.kriteria if k.nilai is None)


@typed
@attrs.frozen
class NilaiKomponen:
    """The score of one component.

    Attributes:
        komponen: The component.
        subkomponen: Its sub-components' scores.
        nilai: The sum of theirs, ``None`` if any sub-component has no score.
    """

    komponen: Komponen
    subkomponen: tuple[NilaiSubKomponen, ...]
    nilai: Decimal | None

    @property
    def missing(self) -> int:
        """How many of its criteria are not assessed."""
        return sum(sub.missing for sub in self.subkomponen)


@typed
@attrs.frozen
class HasilEvaluasi:
    """The result of scoring a worksheet.

    Attributes:
        profile: The profile scored against.
        komponen: The components' scores.
        nilai: The total 0–100 (sum of the components'), ``None`` if any sub-component has
            no answered criterion.
        predikat: The predikat of [`rounded`][akip.evaluasi.HasilEvaluasi.rounded], ``None``
            with *nilai*.
    """

    profile: Profile
    komponen: tuple[NilaiKomponen, ...]
    nilai: Decimal | None
    predikat: Predikat | None

    @property
    def missing(self) -> int:
        """How many criteria of the worksheet are not assessed."""
        return sum(k.missing for k in self.komponen)

    @property
    def complete(self) -> bool:
        """Whether every criterion is answered."""
        return self.missing == 0

    @property
    def rounded(self) -> Decimal | None:
        """The total as printed: rounded HALF_UP to 2 decimals."""
        return None if self.nilai is None else round_half_up(self.nilai, 2)

    def _repr_html_(self) -> str:
        """Components, total and predikat as a table, for Jupyter."""
        rows: list[tuple[object, ...]] = [
            (k.komponen.id, k.komponen.nama, k.komponen.bobot, k.nilai, str(k.missing))
            for k in self.komponen
        ]
        rows.append(("", "Nilai", Decimal(100), self.nilai, str(self.missing)))
        rows.append(("", "Predikat", None, self.predikat, ""))
        header = ("", "komponen", "bobot", "nilai", "not assessed")
        return _html.grid("akip-evaluasi", header, rows)


@in_context
def score(jawaban: Mapping[str, object], profile: Profile | None = None) -> HasilEvaluasi:
    """Score a filled worksheet: answers by criterion id against *profile*.

    Args:
        jawaban: Answer code by criterion id (``{"1.1.1": "AA"}``); an absent id or
            ``None`` is *not assessed*.
        profile: The worksheet's profile (default: the bundled PermenPANRB 88/2021).

    Returns:
        The scores per criterion, sub-component, component and in total, the predikat and
        the count of criteria not assessed.

    Raises:
        InvalidValue: if *jawaban* is not a mapping, names a criterion that is in no
            sub-component of the profile, or gives an answer outside the criterion's scale.

    Examples:
        >>> hasil = score({"1.1.1": "AA", "1.1.2": "B"})
        >>> sub = hasil.komponen[0].subkomponen[0]
        >>> sub.rata_rata, sub.nilai, sub.missing
        (Decimal('85'), Decimal('5.1'), 5)
        >>> hasil.missing, hasil.nilai, hasil.predikat
        (78, None, None)
    """
    if profile is None:
        profile = _default_profile()
    given_profile: object = profile  # refused at run time, whatever the annotation says
    if not isinstance(given_profile, Profile):
        msg = f"'profile' must be a Profile (see evaluasi.profile) or None: {shown(profile)}"
        raise InvalidValue(msg)
    given: object = jawaban  # refused at run time, whatever the annotation says
    if not isinstance(given, Mapping):
        msg = f"'jawaban' must be a mapping of criterion id to answer code: {shown(jawaban)}"
        raise InvalidValue(msg)
    known = {k.id for k in profile.criteria()}
    for key in jawaban:
        if key not in known:
            msg = (
                f"'jawaban' names criterion {shown(key)}, which is in no sub-component of "
                f"profile {shown(profile.id)}"
            )
            raise InvalidValue(msg)
    komponen = tuple(_score_komponen(k, jawaban, profile) for k in profile.komponen)
    parts = [k.nilai for k in komponen]
    nilai = None if None in parts else _sum(p for p in parts if p is not None)
    predikat = None if nilai is None else profile.predikat.classify(round_half_up(nilai, 2))
    return HasilEvaluasi(profile, komponen, nilai, predikat)


def _score_komponen(
    komponen: Komponen, jawaban: Mapping[str, object], profile: Profile
) -> NilaiKomponen:
    subs = tuple(_score_sub(sub, jawaban, profile) for sub in komponen.subkomponen)
    parts = [sub.nilai for sub in subs]
    nilai = None if None in parts else _sum(p for p in parts if p is not None)
    return NilaiKomponen(komponen, subs, nilai)


def _score_sub(
    sub: SubKomponen, jawaban: Mapping[str, object], profile: Profile
) -> NilaiSubKomponen:
    scored: list[NilaiKriteria] = []
    for kriteria in sub.kriteria:
        answer = jawaban.get(kriteria.id)
        if answer is None:
            scored.append(NilaiKriteria(kriteria, None, None))
            continue
        value = profile.scale(kriteria.skala).value(answer, field=f"jawaban.{kriteria.id}")
        scored.append(NilaiKriteria(kriteria, str(answer), value))
    answered = [
        (ONE if k.kriteria.bobot is None else k.kriteria.bobot, k.nilai)
        for k in scored
        if k.nilai is not None
    ]
    if not answered:
        return NilaiSubKomponen(sub, tuple(scored), None, None)
    # PermenPANRB 88/2021 LKE: criteria of a sub-component weigh equally (bobot 100 / n). A
    # profile may weigh them (the criteria's bobot): the weighted mean of the answered ones.
    products = _sum(CONTEXT.multiply(weight, value) for weight, value in answered)
    rata_rata = quotient(products, _sum(weight for weight, _ in answered))
    nilai = quotient(CONTEXT.multiply(rata_rata, sub.bobot), HUNDRED)
    return NilaiSubKomponen(sub, tuple(scored), rata_rata, nilai)


# ---------------------------------------------------------------- docs tables


@in_context
def weights_markdown(profile_id: str = DEFAULT_PROFILE) -> str:
    """The weights of a bundled profile as a Markdown table (for the docs).

    One row per component (bold) and per sub-component: weight in points of 100, share of
    the component, number of criteria.
    """
    data = profile(profile_id)
    rows = [
        "| Komponen / sub-komponen | Bobot | Bagian dari komponen | Kriteria |",
        "|---|---:|---:|---:|",
    ]
    for komponen in data.komponen:
        count = sum(len(sub.kriteria) for sub in komponen.subkomponen)
        rows.append(
            f"| **{komponen.id}. {komponen.nama}** | **{_points(komponen.bobot)}** | 100 % "
            f"| {count} |"
        )
        for sub in komponen.subkomponen:
            share = quotient(CONTEXT.multiply(sub.bobot, HUNDRED), komponen.bobot)
            rows.append(
                f"| {sub.id} {sub.nama} | {_points(sub.bobot)} | {_points(share)} % "
                f"| {len(sub.kriteria)} |"
            )
    total = sum(len(sub.kriteria) for k in data.komponen for sub in k.subkomponen)
    rows.append(f"| **Total** | **{_points(_sum(k.bobot for k in data.komponen))}** | | {total} |")
    return "\n".join(rows)


def _points(value: Decimal) -> str:
    places = max(0, -int(value.normalize().as_tuple().exponent))
    return format_number(value, min(places, 2))
