"""findings (temuan: what the check says about a printed figure, and the rules it names).

The vocabulary every rule module of the check shares: `Finding` (one discrepancy, with its
`Severity`) and the internal `Event` a rule yields for each printed figure it decides on,
agreeing or not. A rule compares a figure with its exact value through `judge`: the figure
agrees when it equals the exact value rounded HALF_UP to the decimals printed; a figure that
is the exact value cut off is ``TRUNCATED``, never silently accepted.

A finding's message, rule and place are English text that keeps its gettext template and
parameters (``akip._i18n.Message``, the numbers already in the report's number style with
their unit): `Finding.message_in`, `Finding.rule_in`, `Finding.place_in` and
`Finding.in_language` give them in Bahasa Indonesia (``"id"``) or English (``"en"``).

References:
    - akip rules §0 (rounding HALF_UP at the printed precision).
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja).

Examples:
    >>> from decimal import Decimal
    >>> from akip.report import Figure, Where
    >>> figure = Figure("104%", Decimal("104"), Where("Tabel 4", "capaian", "1."))
    >>> judge(figure, Decimal("104.444"), "CODE", "rule", "c").status.value
    'agrees'
    >>> judge(figure, Decimal("105.6"), "CODE", "rule", "c").finding.expected
    '106%'
"""

from __future__ import annotations

import enum
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from akip import _html
from akip._decimal import EXPONENT_LIMIT, MAX_PLACES, places_of, quantize
from akip._i18n import N_, Message, checked_language, gettext_in, translated
from akip._validators import typed
from akip.check.ledger import Status
from akip.numbers import format_number, round_half_up
from akip.report import Where  # noqa: TC001 - read by `typed` at run time

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from akip.exceptions import AkipError
    from akip.report import Figure, Label

__all__ = ["Event", "Finding", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is."""

    #: A printed figure is wrong under the rule.
    ERROR = "error"
    #: A figure is inconsistent or follows another method; a human should look.
    WARNING = "warning"
    #: Worth knowing; not wrong.
    INFO = "info"


@typed
@attrs.frozen
class Finding:
    """One discrepancy between what a report prints and what the rules give.

    Attributes:
        code: A stable code (``SUM_MISMATCH``, ``CAPAIAN_MISMATCH`` …).
        severity: `Severity`.
        place: Where it is printed (table / section, row, column).
        printed: The printed text, as printed.
        expected: What the rule gives, printed with the same precision.
        rule: The rule and its regulation.
        message: One sentence for a human, in English. A finding of the check keeps the
            sentence's template and parameters too (the text is an
            ``akip._i18n.Message``): `message_in` gives it in Bahasa Indonesia.
        where: The structured place of the figure, when the finding is at one.
        consequences: The findings this one causes, folded under it.

    Examples:
        >>> from decimal import Decimal
        >>> from akip.report import Figure, Where
        >>> figure = Figure("95%", Decimal("95"), Where("Tabel 5", "realisasi", "1."))
        >>> event = judge(figure, Decimal("94"), "CODE", CAPAIAN, "realisasi")
        >>> event.finding.message
        'realisasi: the rule gives 94%, the report prints 95%'
        >>> event.finding.message_in("id")
        'realisasi: tercetak 95%, seharusnya 94% menurut aturan'
        >>> event.finding.template, dict(event.finding.params)["printed"]
        ('{what}: the rule gives {expected}, the report prints {printed}', '95%')
    """

    code: str
    severity: Severity
    place: str
    printed: str | None
    expected: str | None
    rule: str
    message: str
    #: The structured place (table, row, year, column) when the finding is at one figure.
    where: Where | None = None
    #: Findings caused by this one (a parent's % wrong because a subtotal is wrong, the
    #: same slip copied into another table): listed under their root cause, not as errors
    #: of their own.
    consequences: tuple[Finding, ...] = ()

    @property
    def template(self) -> str:
        """The message's template (its gettext message id); the message itself if it has none."""
        return self.message.template if isinstance(self.message, Message) else self.message

    @property
    def params(self) -> Mapping[str, str]:
        """The values of the template's placeholders (numbers in the report's number style)."""
        return self.message.params if isinstance(self.message, Message) else {}

    def message_in(self, lang: str) -> str:
        """The message in *lang* (``"id"`` or ``"en"``).

        Raises:
            InvalidValue: if *lang* is not ``"id"`` or ``"en"``.
        """
        return translated(self.message, lang)

    def rule_in(self, lang: str) -> str:
        """The rule in *lang* (``"id"`` or ``"en"``); regulation names stay as they are.

        Raises:
            InvalidValue: if *lang* is not ``"id"`` or ``"en"``.
        """
        return translated(self.rule, lang)

    def place_in(self, lang: str) -> str:
        """Where the finding is, in *lang*: ``Tabel 5, baris '1.', kolom realisasi`` in ``"id"``.

        Raises:
            InvalidValue: if *lang* is not ``"id"`` or ``"en"``.
        """
        lang = checked_language(lang)
        if lang != "en" and self.where is not None and self.place == str(self.where):
            return place_text(self.where, lang)
        return translated(self.place, lang)

    def in_language(self, lang: str) -> Finding:
        """This finding with its place, message and rule (and its consequences') in *lang*.

        The copy holds plain text: to show a finding in Jupyter or as a mapping in
        Indonesian, ``finding.in_language("id")``.

        Raises:
            InvalidValue: if *lang* is not ``"id"`` or ``"en"``.
        """
        return attrs.evolve(
            self,
            place=self.place_in(lang),
            message=self.message_in(lang),
            rule=self.rule_in(lang),
            consequences=tuple(f.in_language(lang) for f in self.consequences),
        )

    def _repr_html_(self) -> str:
        """The finding as a small table, for Jupyter."""
        return _html.record(
            f"akip-finding akip-{self.severity.value}",
            [
                ("code", f"{self.code} ({self.severity.value})"),
                ("place", self.place),
                ("printed", self.printed),
                ("expected", self.expected),
                ("message", self.message),
                ("rule", self.rule),
                ("consequences", len(self.consequences) or None),
            ],
        )

    def as_dict(self) -> dict[str, object]:
        """The finding as a JSON-ready mapping (its consequences nested, its place structured)."""
        result: dict[str, object] = {
            "code": self.code,
            "severity": self.severity.value,
            "place": self.place,
            "printed": self.printed,
            "expected": self.expected,
            "rule": self.rule,
            "message": self.message,
        }
        if self.where is not None:
            result["where"] = where_dict(self.where)
        if self.consequences:
            result["consequences"] = [f.as_dict() for f in self.consequences]
        return result

    def all(self) -> Iterator[Finding]:
        """This finding, then every finding folded under it."""
        yield self
        for finding in self.consequences:
            yield from finding.all()


def place_text(where: Where, lang: str) -> str:
    """*where* written as `akip.report.Where` writes it, in *lang* (``"id"`` or ``"en"``)."""
    parts = [where.place]
    if where.row is not None:
        parts.append(gettext_in(lang, N_("row {row}")).format(row=repr(where.row)))
    if where.year is not None:
        parts.append(gettext_in(lang, N_("year {year}")).format(year=where.year))
    parts.append(gettext_in(lang, N_("column {column}")).format(column=where.column))
    return ", ".join(parts)


def where_dict(where: Where) -> dict[str, object]:
    """A structured place as a JSON-ready mapping (``table``, ``row``, ``year``, ``column``)."""
    return {"table": where.place, "row": where.row, "year": where.year, "column": where.column}


class Event(NamedTuple):
    """A rule's decision on one printed figure or label (internal to the check).

    ``status`` ``None`` is a note: a finding (a plausibility warning, an informational
    hint) that does not by itself decide whether the figure agrees. ``inputs`` are the
    printed figures the rule read; a finding whose input is itself wrong is a consequence.
    """

    subject: Figure | Label | None
    status: Status | None
    finding: Finding | None = None
    expected: str | None = None
    rule: str | None = None
    reason: str | None = None
    inputs: tuple[Figure | Label, ...] = ()
    family: str = ""
    #: A finding this one follows from, when it is not at an input figure.
    cause: Finding | None = None


# ---------------------------------------------------------------- rules and their regulations
CAPAIAN: Final = Message(N_("capaian = realisasi / target × 100 (PermenPANRB 8/2021)"))
CAPAIAN_MIN: Final = Message(
    N_("capaian = (2·target − realisasi) / target × 100 (PermenPANRB 8/2021)")
)
CAPAIAN_T_OVER_R: Final = Message(
    N_("capaian = target / realisasi × 100, the report's declared lower-is-better formula")
)
PARTS: Final = Message(N_("realisasi = pembilang / penyebut × 100 (akip.capaian.persentase)"))
PERIODS: Final = Message(
    N_("realisasi = the consolidation of its periods by the indicator's rule (akip.periode)")
)
NATIONAL: Final = Message(
    N_("a national target is the same wherever it is printed; never this unit's")
)
TINGKAT: Final = Message(
    N_("tingkat efisiensi = indeks efisiensi − standar efisiensi (akip.efisiensi)")
)
PREDIKAT: Final = Message(
    N_("Skala Nilai Peringkat Kinerja (Permendagri 86/2017), edge rule lower_bound")
)
ATRIBUT: Final = Message(N_("Atribut capaian (Tabel III.2 of the report)"))
PENYERAPAN: Final = Message(
    N_("penyerapan = realisasi / pagu × 100, ratio of sums (akip rules §3)")
)
SUM: Final = Message(N_("a total is the exact sum of its parts (akip rules §3)"))
INDEKS: Final = Message(N_("indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4)"))
FISIK: Final = Message(
    N_("capaian fisik = realisasi / target × 100; units are never added (akip rules §3)")
)
WORDS: Final = Message(N_("terbilang: the amount in words spells the figure (akip rules §6)"))
DOMAIN: Final = Message(
    N_("every rule has a domain: no target of 0, no negative amount (akip rules §0–§4)")
)
LKE: Final = Message(
    N_(
        "nilai = Σ sub-components (mean of answers × bobot / 100); predikat on the profile's "
        "table (PermenPANRB 88/2021)"
    )
)
ROUNDING: Final = Message(
    N_("figures are rounded HALF_UP to the printed decimals (akip rules §0)")
)
EFISIENSI: Final = Message(
    N_("efisiensi anggaran = (Σpagu − Σrealisasi) / Σpagu × 100, ratio of sums (akip rules §3)")
)
NILAI: Final = Message(
    N_("nilai anggaran = the exact sum of the indicator's programs (akip rules §3)")
)
STATEMENT: Final = Message(
    N_("a narrative change states what the report's own figures give (akip rules §5)")
)
POINTS: Final = Message(
    N_(
        "a change of a percentage is new − old in points, or (new − old) / old × 100 in "
        "percent (akip rules §5)"
    )
)
CONSENSUS: Final = Message(
    N_(
        "one value per quantity: the value printed in most places (ties: the one the rule "
        "recomputes) is the reference (akip's own method: no regulation says which place is "
        "right)"
    )
)
SUPERSEDED: Final = Message(
    N_(
        "capaian is measured against the latest Perjanjian Kinerja: a perubahan supersedes the "
        "murni target (PermenPANRB 53/2014)"
    )
)

#: Why a capaian (kinerja) differs: the row's realisasi is printed in its place.
REALISASI_AS_CAPAIAN: Final = Message(N_("the realisasi is printed where the capaian is named"))
#: Why a capaian differs: the printed 100 is the capaian above 100 % capped at 100.
CAPPED_AT_100: Final = Message(
    N_(
        "the capaian capped at 100 %: the rule does not cap it; a report that caps declares "
        'capaian_cap = "100" in [report]'
    )
)


# ---------------------------------------------------------------- comparing
def show(value: Decimal, figure: Figure) -> str:
    """*value* printed like *figure*: its decimals, its number style, its ``%``."""
    text = format_number(value, figure.decimals, locale=figure.locale)
    return text + "%" if figure.percent_sign else text


def number(value: Decimal, like: Figure, places: int | None = None) -> str:
    """*value* for a message, in the number style of *like*, with its unit (``Rp``, ``%``).

    *places* defaults to the decimals *value* is written with, at least those printed in
    *like*: a reference value 92,384 beside a printed 89,47 shows as ``92,384``.
    """
    if places is None:
        places = max(like.decimals, min(places_of(value.normalize()), like.decimals + 4))
    text = format_number(value, places, locale=like.locale)
    if like.percent_sign:
        return text + "%"
    if like.text.lstrip().lower().startswith("rp"):
        return "Rp " + text
    return text


def agrees_value(printed: Decimal, decimals: int, exact: Decimal) -> bool:
    """Whether *exact* rounded HALF_UP to *decimals* is *printed*."""
    if exact == printed:
        return True
    if (
        exact.__class__ is Decimal
        and exact.is_finite()
        and -EXPONENT_LIMIT <= exact.adjusted() <= EXPONENT_LIMIT
        and decimals.__class__ is int
        and 0 <= decimals <= MAX_PLACES
    ):
        # What round_half_up does once it has checked its arguments, as they are here.
        return quantize(exact, decimals, ROUND_HALF_UP) == printed
    return round_half_up(exact, decimals) == printed


def agrees(figure: Figure, exact: Decimal) -> bool:
    """Whether *figure* is *exact* at its printed precision."""
    return agrees_value(figure.value, figure.decimals, exact)


def truncated(figure: Figure, exact: Decimal) -> bool:
    """Whether *figure* is *exact* cut off (not rounded) to its printed decimals."""
    return quantize(exact, figure.decimals, ROUND_DOWN) == figure.value


def same_text(text: str, expected: str) -> bool:
    """Whether two labels are the same words (case and spacing aside)."""
    return " ".join(text.lower().split()) == expected.lower()


def differs(
    subject: Figure | Label,
    finding: Finding,
    inputs: tuple[Figure | Label, ...] = (),
    cause: Finding | None = None,
) -> Event:
    """The event of a finding at *subject*: a difference, a note, or not computable."""
    finding = attrs.evolve(finding, where=subject.where)
    if finding.code == "NOT_COMPUTABLE":
        status: Status | None = Status.NOT_COMPUTABLE
    elif finding.severity is Severity.INFO or finding.code == "PLAUSIBILITY":
        status = None
    else:
        status = Status.DIFFERS
    return Event(
        subject, status, finding, finding.expected, finding.rule, inputs=inputs, cause=cause
    )


def agreed(subject: Figure | Label, expected: str, rule: str, reason: str | None = None) -> Event:
    """The event of a figure that agrees with its rule."""
    return Event(subject, Status.AGREES, None, expected, rule, reason)


def unchecked(subject: Figure | Label, reason: str, rule: str | None = None) -> Event:
    """The event of a figure a rule looked at and could not decide (``reason`` says why)."""
    return Event(subject, Status.NOT_CHECKED, None, None, rule, reason)


def agreement(figure: Figure, rule: str, inputs: tuple[Figure | Label, ...] = ()) -> Event:
    """The event of *figure* agreeing with *rule*: what `judge` gives a figure that agrees."""
    # The printed text is what the rule gives at its precision.
    return Event(figure, Status.AGREES, None, figure.text, rule, None, inputs)


def judge(  # noqa: PLR0917 - an internal helper called positionally throughout
    figure: Figure,
    exact: Decimal,
    code: str,
    rule: str,
    what: str | Callable[[], str],
    why: str = "",
    inputs: tuple[Figure | Label, ...] = (),
) -> Event:
    """The verdict on *figure* against *exact* at its printed precision.

    *what* names the figure in the message; a function giving it is called only when the
    figure differs (a `Message` costs more than the agreement it would name). Every rule
    decides on one figure with one event.
    """
    if agrees(figure, exact):
        return agreement(figure, rule, inputs)
    return disagreement(figure, exact, code, rule, what, why, inputs)


def disagreement(  # noqa: PLR0917 - an internal helper called positionally throughout
    figure: Figure,
    exact: Decimal,
    code: str,
    rule: str,
    what: str | Callable[[], str],
    why: str = "",
    inputs: tuple[Figure | Label, ...] = (),
) -> Event:
    """`judge` of a figure the caller knows does not agree with *exact*."""
    if callable(what):
        what = what()
    if truncated(figure, exact):
        finding = Finding(
            "TRUNCATED",
            Severity.WARNING,
            str(figure.where),
            figure.text,
            show(exact, figure),
            ROUNDING,
            Message(
                N_("{what} {value} is printed cut off, not rounded HALF_UP"),
                what=what,
                value=number(exact, figure, figure.decimals + 2),
            ),
        )
        return differs(figure, finding, inputs)
    expected = show(exact, figure)
    if why:
        message = Message(
            N_("{what}: the rule gives {expected}, the report prints {printed} ({why})"),
            what=what,
            expected=expected,
            printed=figure.text,
            why=why,
        )
    else:
        message = Message(
            N_("{what}: the rule gives {expected}, the report prints {printed}"),
            what=what,
            expected=expected,
            printed=figure.text,
        )
    finding = Finding(
        code, Severity.ERROR, str(figure.where), figure.text, expected, rule, message
    )
    return differs(figure, finding, inputs)


def error_text(exc: AkipError) -> str:
    """The message of *exc*: the `Message` it was raised with (translatable), else its text.

    >>> from akip.exceptions import NotComputable
    >>> error_text(NotComputable(Message(N_("'pagu' is 0")))).template
    "'pagu' is 0"
    >>> error_text(NotComputable("plain"))
    'plain'
    """
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def not_computable(figure: Figure, rule: str, exc: AkipError) -> Event:
    """A printed figure that cannot be recomputed: its inputs are outside the rule's domain."""
    finding = Finding(
        "NOT_COMPUTABLE",
        Severity.WARNING,
        str(figure.where),
        figure.text,
        None,
        rule,
        Message(
            N_("the figure cannot be recomputed from the report's own figures: {error}"),
            error=error_text(exc),
        ),
    )
    return differs(figure, finding)


def rest_not_checked(place: str, exc: AkipError) -> Finding:
    """The finding of a part of a report whose check ended at a refused figure (*exc*).

    A family of rules (or one evaluasi worksheet) that meets an error it cannot turn into
    a verdict stops there, with this ``NOT_COMPUTABLE`` warning naming *place*, so that
    the rest of the report is still checked and nothing is skipped in silence.
    """
    return Finding(
        "NOT_COMPUTABLE",
        Severity.WARNING,
        place,
        None,
        None,
        DOMAIN,
        Message(
            N_("{error}; the rest of {place} was not checked"),
            error=error_text(exc),
            place=place,
        ),
    )
